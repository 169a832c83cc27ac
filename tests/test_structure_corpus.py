"""公文 structure on real documents: tests/corpus and the policy itself."""
from __future__ import annotations

import pytest

from gwlint.readers import read_path
from gwlint.structure import analyze, chinese_to_int, parse_date

from .conftest import CORPUS, DATA, POLICY, need


def _truth():
    rows = []
    for line in (DATA / "govcn_truth.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.split("\t"))
    return rows


def test_govcn_doc_number_title_issuer_at_least_57_of_60():
    need(CORPUS / "govcn")
    rows = _truth()
    assert len(rows) == 60
    right, wrong = 0, []
    for name, docno, title, issuer, kind in rows:
        st = analyze(read_path(CORPUS / "govcn" / name))
        got = (st.doc_number.text if st.doc_number else None, st.title.text if st.title else "-",
               st.issuer.name if st.issuer else None, st.issuer.kind if st.issuer else None)
        if got == (docno, title, issuer, kind):
            right += 1
        else:
            wrong.append((name, got))
    assert right >= 57, wrong


def test_policy_web_copy_wrapper_and_boilerplate_are_noise():
    st = analyze(read_path(need(POLICY)))
    assert st.doc_number.text == "赣府发〔2019〕3号"
    assert st.title.text.startswith("江西省人民政府关于印发全省政府系统推动")
    assert st.title.text.endswith("若干措施(试行)的通知")
    assert st.title.line == 2  # line 1 is the site's wrapper
    assert 1 in st.noise_lines and st.noise_lines[-1] == 39  # 扫描二维码 关注我们
    assert (st.issuer.name, st.issuer.kind, st.issuer.level) == ("江西省人民政府", "government", "province")
    assert st.recipient_list == ["各市、县(区)人民政府", "省政府各部门"]
    assert st.signature.text == "江西省人民政府"
    assert st.date_value.isoformat() == "2019-02-25"
    assert st.forwarding == "印发" and st.carried_type == "措施"
    assert len(st.attachments) == 1
    assert st.attachments[0].title.text.startswith("全省政府系统推动")
    doc = read_path(POLICY)
    measures = st.measures(doc)
    assert [m.heading.number for m in measures] == list(range(1, 22))  # 1.–21. straight through
    assert measures[0].heading.title == "坚决压减文件简报数量"
    assert st.general_distribution


def test_multiline_title_and_joint_issuers():
    st = analyze(read_path(need(CORPUS / "govcn" / "13.txt")))
    assert st.title.text.endswith("重大执法决定法制审核制度的指导意见")
    assert len(st.title.lines) == 3
    st = analyze(read_path(CORPUS / "govcn" / "19.txt"))
    assert [o.name for o in st.issuers] == ["国务院办公厅", "中央军委办公厅"]
    assert st.date_value.isoformat() == "1996-06-29"  # 一九九六年六月二十九日


def test_order_format_has_no_title_but_a_number():
    st = analyze(read_path(need(CORPUS / "govcn" / "33.txt")))
    assert st.doc_type == "令"
    assert st.title is None
    assert st.doc_number.text == "第707号"


def test_reply_with_attachments_and_note():
    st = analyze(read_path(need(CORPUS / "govcn" / "23.txt")))
    assert st.attachment_note is not None and len(st.attachment_names) == 2
    assert [a.label for a in st.attachments] == ["附件1", "附件2"]
    assert st.doc_type == "函"


@pytest.mark.parametrize("text,value", [("一", 1), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零五", 105), ("7", 7)])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_dates():
    assert parse_date("2019年2月25日").isoformat() == "2019-02-25"
    assert parse_date("二〇〇五年三月三日").isoformat() == "2005-03-03"
    assert parse_date("2019年2月30日") is None  # not a calendar date
    assert parse_date("19年2月5日") is None  # two-digit year


def test_397_pdf_fields():
    from gwlint.api import inspect_path

    d = inspect_path(need(CORPUS / "govdoc-cn" / "397.pdf")).to_dict()
    assert d["doc_number"] == "发改办财金规〔2019〕860号"
    assert d["title"] == "关于加强个人所得税纳税信用建设的通知"
    assert d["doc_type"] == "通知"
    assert [i["name"] for i in d["issuers"]] == ["发展改革委办公厅", "税务总局办公厅"]
    assert (d["issuer_kind"], d["issuer_level"]) == ("department", "national")
    assert len(d["recipients"]) == 3 and d["recipients"][0].startswith("各省、自治区、直辖市")
    assert d["date"] == "2019-08-20"
    assert d["elements"]["signature"]["text"] == "国家发展改革委办公厅 税务总局办公厅"
    levels = [(h["style"], h["number"]) for h in d["headings"]]
    assert [n for s, n in levels if s == "一、"] == [1, 2, 3, 4, 5]
    assert d["measures"] == 9 and d["pages"] == 5

"""Issuers of a joint document in all three formats (issue 15, round 8, hS).

A joint title writes its issuers apart with a space (佛山市民政局 佛山市财政局关于……的通知).  The .txt and .docx
copies keep the space; the .pdf reader must keep it too, or the two names run together into one issuer that
no table knows (the split of run-together names works only where each name opens with a province).  A space
between single glyphs (通 知, 张  三) is letter spacing and stays dropped.  Each draft is rendered to .txt,
.docx and .pdf by gwlint.docgen.
"""
from __future__ import annotations

import pytest

from gwlint.api import inspect_path

from .drafts import render_draft

FORMATS = ("txt", "docx", "pdf")

BODY = "为做好有关工作，现将有关事项通知如下，请结合实际认真组织实施，工作中遇到的问题及时报告。"

CASES = {
    # 市直部门 of a city that is no province: no 江西省/广东省 to split the run-together names at
    "city-depts": ("""@doc_number 佛民〔2026〕21号
@title 佛山市民政局 佛山市财政局关于做好2026年困难群众临时救助工作的通知
@recipients 各区民政局、财政局：
{body}
@signature 佛山市民政局
@signature 佛山市财政局
@date 2026年4月8日
""", ["佛山市民政局", "佛山市财政局"]),
    # 县直部门, the two 署名 on one line apart by a full-width space
    "county-depts-one-line-signature": ("""@title 会昌县农业农村局 会昌县林业局关于做好油茶林春季管护工作的通知
@recipients 各乡镇农业综合服务站、林业工作站：
{body}
@signature 会昌县农业农村局　会昌县林业局
@date 2026年3月2日
""", ["会昌县农业农村局", "会昌县林业局"]),
    # three issuers of a 自治州, the title wrapped over two lines
    "prefecture-three-depts": ("""@title 黔东南苗族侗族自治州民政局 黔东南苗族侗族自治州财政局 黔东南苗族侗族自治州医疗保障局关于做好2026年城乡医疗救助工作的通知
@recipients 各县（市）民政局、财政局、医疗保障局：
{body}
@signature 黔东南苗族侗族自治州民政局
@signature 黔东南苗族侗族自治州财政局
@signature 黔东南苗族侗族自治州医疗保障局
@date 2026年5月6日
""", ["黔东南苗族侗族自治州民政局", "黔东南苗族侗族自治州财政局", "黔东南苗族侗族自治州医疗保障局"]),
    # a 设区市政府 and its 党委 office: a government and a party body
    "party-and-government-offices": ("""@title 中共九江市委办公室 九江市人民政府办公室关于做好2026年春节期间有关工作的通知
@recipients 各县（市、区）党委和人民政府，市直各单位：
{body}
@signature 中共九江市委办公室
@signature 九江市人民政府办公室
@date 2026年1月20日
""", ["中共九江市委办公室", "九江市人民政府办公室"]),
    # four 省直厅局: four 署名 lines, each an issuer of the title
    "four-province-depts": ("""@title 江西省发展和改革委员会 江西省财政厅 江西省自然资源厅 江西省生态环境厅关于做好2026年生态保护补偿资金管理工作的通知
@recipients 各设区市发展改革委、财政局、自然资源局、生态环境局：
{body}
@signature 江西省发展和改革委员会
@signature 江西省财政厅
@signature 江西省自然资源厅
@signature 江西省生态环境厅
@date 2026年4月20日
""", ["江西省发展和改革委员会", "江西省财政厅", "江西省自然资源厅", "江西省生态环境厅"]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_joint_title_gives_each_issuer(case, fmt, tmp_path):
    source, issuers = CASES[case]
    ins = inspect_path(render_draft(source.format(body=BODY), fmt, tmp_path), limits=None)
    assert [o.name for o in ins.structure.issuers] == issuers


SIGNED = ("city-depts", "prefecture-three-depts", "party-and-government-offices", "four-province-depts")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", SIGNED)
def test_a_joint_signature_has_a_line_per_issuer(case, fmt, tmp_path):
    """Three or more bodies sign one line each: every line the title names is a 署名 line."""
    source, issuers = CASES[case]
    ins = inspect_path(render_draft(source.format(body=BODY), fmt, tmp_path), limits=None)
    st, doc = ins.structure, ins.document
    assert [doc.paragraphs[ln - 1].text.strip() for ln in st.signature.lines] == issuers
    assert st.date is not None


@pytest.mark.parametrize("fmt", ("docx", "pdf"))
def test_the_issuers_agree_with_the_txt_reading(fmt, tmp_path):
    source, _ = CASES["city-depts"]
    source = source.format(body=BODY)
    txt = inspect_path(render_draft(source, "txt", tmp_path), limits=None)
    (tmp_path / fmt).mkdir()
    other = inspect_path(render_draft(source, fmt, tmp_path / fmt), limits=None)
    assert [o.name for o in other.structure.issuers] == [o.name for o in txt.structure.issuers]
    assert other.structure.title.text == txt.structure.title.text
    assert [other.document.paragraphs[ln - 1].text for ln in other.structure.signature.lines] == \
        [txt.document.paragraphs[ln - 1].text for ln in txt.structure.signature.lines]


def test_letter_spaced_glyphs_stay_one_word_in_pdf(tmp_path):
    """Spaces between single glyphs spread a short word out; they are no word break."""
    source = """@title 九江市商务局关于报送外贸运行情况的通知
@recipients 各县（市、区）商务局：
{body}
联系人：张  三
@signature 九江市商务局
@date 2026年5月6日
""".format(body=BODY)
    doc = inspect_path(render_draft(source, "pdf", tmp_path), limits=None).document
    texts = [p.text for p in doc.paragraphs]
    assert "联系人：张三" in texts

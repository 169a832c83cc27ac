"""Classes of misses and false alarms of GW7xx found on holdout12 (issue 15, round 12, helper h12e), fixed
as classes in the structure reader; the texts are written apart from the holdout12 drafts.

A 代字 with a parenthesised business code (湘财（行）函) is a 文号; a sentence with a 逗号 after a full
title is the 正文 (a 公告 has no 主送); an OA copy's closing 拟稿/核稿/签发 fields are no attachment and
a 附件说明 item sent apart (（另发）) is not looked for after the text; a 兵团 师市 signs as itself; a
bare place word before a collective of its own (县直各单位) shares no organ name; a joint document's
署名 must name every issuer.
"""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.analysis.orgs import classify
from gwlint.analysis.structure import analyze
from gwlint.readers import read_path

from .drafts import render_draft

FORMATS = ("txt", "docx", "pdf")


def codes(source: str, fmt: str, tmp_path) -> list[str]:
    return [f.code for f in lint_path(render_draft(source, fmt, tmp_path)).findings]


def structure(source: str, fmt: str, tmp_path):
    return analyze(read_path(render_draft(source, fmt, tmp_path)))


# ------------------------------------------------------------ 文号 with a business code
SUBCODE = """@doc_number {number}
@title 湖南省财政厅关于下达2027年农村公路养护补助资金的通知
@recipients 各市州财政局：
各市州财政局收到资金后15日内分解下达到县市区，并同步抄送同级交通运输部门。
@signature 湖南省财政厅
@date 2027年3月12日
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number,bad", [("湘财（建）〔2027〕17号", 0), ("湘财（建）函[2027]17号", 1)])
def test_docno_with_a_parenthesised_business_code(number, bad, fmt, tmp_path):
    src = SUBCODE.format(number=number)
    st = structure(src, fmt, tmp_path)
    assert st.doc_number is not None and st.doc_number.text.replace(" ", "") == number
    assert st.title is not None and st.title.text.startswith("湖南省财政厅关于")
    assert codes(src, fmt, tmp_path).count("GW701") == bad


# ------------------------------------------------------------ title, then the 正文's first sentence
ANNOUNCEMENT = """@doc_number 蓉交〔2027〕6号
@title 成都市交通运输局关于调整部分公交线路的公告{end}
为方便市民出行，结合地铁新线开通，我局对部分公交线路走向和站点作了调整，现广泛听取市民意见。
调整后的线路自2027年5月1日起运行，具体线路可在本局网站查询。
@signature 成都市交通运输局
@date 2027年4月20日
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("end,first,bad", [
    ("", "为方便市民出行，结合地铁新线开通，我局对部分公交线路走向和站点作了调整，现广泛听取市民意见。", 0),
    ("", "现就地铁新线开通后的公交线路调整作出如下规定。", 0),  # no 逗号, a sentence's opening
    ("。", "为方便市民出行，结合地铁新线开通，我局对部分公交线路走向和站点作了调整，现广泛听取市民意见。", 1),
])
def test_first_sentence_is_no_part_of_the_title(end, first, bad, fmt, tmp_path):
    src = ANNOUNCEMENT.format(end=end).replace(
        "为方便市民出行，结合地铁新线开通，我局对部分公交线路走向和站点作了调整，现广泛听取市民意见。", first)
    st = structure(src, fmt, tmp_path)
    assert st.title is not None and st.title.text.rstrip("。").endswith("调整部分公交线路的公告")
    assert codes(src, fmt, tmp_path).count("GW703") == bad


# ------------------------------------------------------------ OA 稿纸 fields; an attachment sent apart
OA_COPY = """@doc_number 昆水发〔2027〕21号
@title 昆明市水务局关于做好2027年城市排水防涝工作的通知
@recipients 各县（市、区）水务局：
各县（市、区）水务局要在5月底前完成易涝点排查，汛期实行24小时值守。
@attachment_note 附件：{note}
@signature 昆明市水务局
@date 2027年4月25日
{tail}主办处室：排水处
拟稿：杨林　核稿：周敏　签发：
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note,tail,bad", [
    ("昆明市2027年易涝点清单", "", 0),  # the attachment is not in this copy: nothing to compare
    ("1.昆明市2027年易涝点清单\n2.昆明市排水防涝应急预案（另发）",
     "@attachment_label 附件1\n@attachment_title 昆明市2027年易涝点清单\n@table 序号|易涝点|责任单位\n"
     "@table 1|环城南路下穿隧道|官渡区水务局\n", 0),
    ("昆明市2027年易涝点清单", "@attachment_label 附件\n@attachment_title 昆明市2027年排水设施维修计划\n"
     "@table 序号|设施|完成时间\n@table 1|盘龙江泵站|5月20日\n", 1),
])
def test_oa_trailer_and_attachment_sent_apart(note, tail, bad, fmt, tmp_path):
    src = OA_COPY.format(note=note, tail=tail)
    st = structure(src, fmt, tmp_path)
    assert all("拟稿" not in a.title.text for a in st.attachments if a.title is not None)
    assert codes(src, fmt, tmp_path).count("GW706") == bad


# ------------------------------------------------------------ 兵团 师市 signing as itself
@pytest.mark.parametrize("name", ["第六师五家渠市", "新疆生产建设兵团第二师铁门关市", "第四师"])
def test_bingtuan_division_is_a_city_level_government(name):
    info = classify(name)
    assert (info.kind, info.level) == ("government", "city")


def test_bingtuan_itself_is_a_province_level_government():
    info = classify("新疆生产建设兵团")
    assert (info.kind, info.level) == ("government", "province")


@pytest.mark.parametrize("fmt", FORMATS)
def test_bingtuan_division_signature(fmt, tmp_path):
    src = """@doc_number 师市发〔2027〕9号
@title 第六师五家渠市关于做好2027年春季造林绿化工作的通知
@recipients 各团场，师市各部门：
各团场要在4月20日前完成春季造林任务，师市林业和草原局负责苗木调运和技术指导。
@signature 第六师五家渠市
@date 2027年3月6日
"""
    assert structure(src, fmt, tmp_path).signature is not None
    assert "GW708" not in codes(src, fmt, tmp_path)


# ------------------------------------------------------------ GW704: a place word before its own collective
RECIPIENTS = """@doc_number 某发〔2027〕3号
@title 江西省某某局关于做好2027年汛期安全工作的通知
@recipients {recipients}
全省各级要在5月底前完成汛前检查，发现隐患及时整改。
@signature 江西省某某局
@date 2027年4月2日
"""


@pytest.mark.parametrize("recipients,n", [
    ("各乡镇，县直各单位：", 0),
    ("各街道，区政府有关部门：", 0),
    ("各市，县（区）水利局：", 1),
])
def test_gw704_place_word_before_a_collective_of_its_own(recipients, n, tmp_path):
    assert codes(RECIPIENTS.format(recipients=recipients), "txt", tmp_path).count("GW704") == n


# ------------------------------------------------------------ GW708: a joint 署名 leaving out an issuer
JOINT = """@doc_number 苏教体〔2027〕4号
@title 江苏省教育厅　江苏省体育局关于举办2027年全省中学生田径运动会的通知
@recipients 各设区市教育局、体育局：
各设区市教育局、体育局要在5月10日前完成代表队组队，运动会于6月在南京举行。
{signature}@date 2027年4月8日
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("signature,n", [
    ("@signature 江苏省教育厅\n", 1),
    ("@signature 江苏省教育厅\n@signature 江苏省体育局\n", 0),
    ("@signature 江苏省教育厅　江苏省体育局\n", 0),
])
def test_gw708_joint_signature_names_every_issuer(signature, n, fmt, tmp_path):
    assert codes(JOINT.format(signature=signature), fmt, tmp_path).count("GW708") == n

"""Readings f28d touched in round 28 (GW401 precision), tested on surfaces of its own.

- GW401 "is the visited side asked for a prepared report, or only to answer the team's questions on the spot": a
  report word (介绍情况, 汇报) in a clause led by the team's asking (调研组现场询问时, 问到具体情况时, 遇调研组提问,
  对调研组提出的问题) is the visited side answering -- the 听实话 the rule wants, no 汇报 demand (holdout31
  gw4/gw401-g43c: 调研组现场询问时，由当班的社区工作者如实介绍情况).  A report asked before the asking (请……介绍
  工作情况并回答调研组询问; 情况介绍材料……询问时一并提交) stays a demand.
  Base 0bd11577: 7 of the 16 surfaces below wrong (all innocent ones read as demands).
- GW302 (GW107, GW301's paperwork through predicates.practice_told) "is this clause others' practice reported, or the
  issuer's own demand": a report opens not only with 据……反映 / 部分地方要求 but with someone reporting at a clause's
  head (有群众来信反映，; 不少社区干部反映，; 有基层林长投诉，), a finding (督查发现，; 调研中了解到，), 据了解，, or
  a 个别/有的 place doing something (有的县区对……以……计分; 部分地方对……) -- not a conditional procedure (接到群众投诉，
  ……要在……办结), an object (对部分市县……进行评价) or a contact line (有关问题请反映); ``，请`` turns back to the
  issuer's own words as 为此/今后 do; paperwork made for an inspection (迎检资料装订成册, 展板) reported so is no
  demand either (holdout30r gw301-g49c).  Base 0bd11577: 6 of the 18 surfaces below wrong.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

_OPEN = "我局将于5月组成调研组赴各县（市、区）开展养老服务体系建设调研，随机走访养老机构和农村幸福院。"


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="民字〔2027〕12号", date="2027年4月20日")


# ------------------------------------------------------------ GW401: an answer on the spot is no report demand
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # innocent: the visited side answers the team's questions
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "调研组现场询问时，由养老机构负责人如实介绍情况。"], False),
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "二、有关要求", "（一）调研组随机询问时，各乡镇工作人员据实介绍情况即可。"], False),
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "调研组将随机走访农户。问到具体情况时，由在岗人员简要介绍有关情况。"], False),
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["我厅将于6月赴各设区市开展高标准农田建后管护调研。", "遇调研组提问，请所到村的管护人员如实介绍管护情况。"], False),
    ("宁波市鄞州区教育局", "各中小学校：",
     ["区教育局将于10月组织调研组到部分学校开展课后服务调研，不打招呼，直奔课堂。",
      "对调研组现场提出的问题，由学校当班教师如实介绍情况，事后可补充说明。"], False),
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "注：调研组入户询问时，由村（社区）工作人员如实介绍情况。"], False),
    ("福州市商务局", "各县（市、区）商务局：",
     ["我局将于7月赴各县（市、区）开展商贸流通企业调研，实地走访重点企业。",
      "调研组在企业现场问询时，请企业负责人如实介绍生产经营情况。"], False),
    # guilty: a prepared report, asked before any question
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "调研组到达后，请各县（市、区）民政局介绍本地养老服务工作情况。"], True),
    ("赣州市民政局", "各县（市、区）民政局：", [_OPEN, "调研期间，请各县（市、区）民政局准备汇报材料。"], True),
    ("赣州市民政局", "各县（市、区）民政局：",
     [_OPEN, "调研组现场察看后，请各县（市、区）民政局介绍工作情况并回答调研组询问。"], True),
    ("赣州市民政局", "各县（市、区）民政局：",
     [_OPEN, "注：请各县（市、区）民政局提前准备情况介绍材料，调研组询问时一并提交。"], True),
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["我厅将于6月赴各设区市开展高标准农田建后管护调研。", "二、有关要求", "（二）调研组到达当天，请各设区市农业农村局作工作情况汇报。"], True),
    ("宁波市鄞州区教育局", "各中小学校：",
     ["区教育局将于10月组织调研组到部分学校开展课后服务调研。", "调研时请各学校校长汇报课后服务开展情况。"], True),
    ("福州市商务局", "各县（市、区）商务局：",
     ["我局将于7月赴各县（市、区）开展商贸流通企业调研。", "调研组询问前，请各县（市、区）商务局先介绍本地商贸流通工作情况。"], True),
    ("赣州市民政局", "各县（市、区）民政局：",
     [_OPEN, "调研组现场询问结束后，请各县（市、区）民政局汇报本地工作情况。"], True),
    ("赣州市民政局", "各县（市、区）民政局：",
     [_OPEN, "调研期间，请各县（市、区）民政局如实介绍工作情况，回答调研组的询问。"], True),
])
def test_gw401_answer_on_the_spot(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, "关于开展调研的通知"), fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: others' practice reported is no demand
_D = "各县（市、区）人民政府，市直有关单位："


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, body, fires", [
    # innocent: what others do, told to correct it
    ("赣州市城市管理局", ["近日，有群众来信反映，个别街道对社区开展检查时只看照片和台账，不看实际效果。",
                      "请各县（市、区）人民政府认真核实，妥善处理。"], False),
    ("赣州市教育局", ["据基层教师反映：一些学校对班主任的考核以家访照片张数计分。", "对此，各县（市、区）教育局要立即纠正。"], False),
    ("赣州市民政局", ["二、存在的问题", "（一）不少社区干部反映，有的街道仍以工作台账厚度评判社区工作。"], False),
    ("赣州市农业农村局", ["督查发现，个别乡镇以驻村工作日志篇数给驻村干部排名。", "各县（市、区）要举一反三，立即整改。"], False),
    ("赣州市卫生健康委员会", ["据了解，部分乡镇卫生院对家庭医生的考核仍以入户照片计分。今后一律不得以照片计分。"], False),
    ("赣州市司法局", ["有的县区对人民调解员的考核以调解卷宗数量和会议记录计分，基层意见较大。"], False),
    ("赣州市林业局", ["注：有基层林长投诉，个别乡镇要求每次巡林上传照片作为考核依据。"], False),
    ("赣州市教育局", ["据了解，一些学校为迎接检查将迎检资料分类装订成册、制作展板，教师负担较重。"], False),
    ("赣州市农业农村局", ["二、存在的问题", "督查发现，个别乡镇为迎接考核组检查专门制作工作展板。"], False),
    ("赣州市教育局", ["为迎接省考核组检查，各县（市、区）教育局要将迎检资料分类装订成册。"], True),
    # guilty: the issuer's own yardstick or demand, even near such words
    ("赣州市城市管理局", ["针对群众反映的问题，各县（市、区）要建立整改台账，整改情况以整改前后照片作为考核依据。"], True),
    ("赣州市教育局", ["有教师反映检查频次过多，为此，今后对各学校的年度考核以工作台账和活动照片计分。"], True),
    ("赣州市民政局", ["据了解，部分县区已完成自评，请各县（市、区）于10月底前报送自评报告及活动照片，作为考核依据。"], True),
    ("赣州市农业农村局", ["二、考核办法", "（一）年度考核以工作台账、会议记录和活动照片为评分依据。"], True),
    ("赣州市卫生健康委员会", ["个别乡镇卫生院工作滞后。各县（市、区）要以家庭医生入户照片数量作为考核卫生院的依据。"], True),
    ("赣州市司法局", ["调研发现调解工作成效明显。今后对各县区的考核，以调解卷宗数量和会议记录计分。"], True),
    ("赣州市林业局", ["各县（市、区）林长办要督促林长每次巡林上传照片，上传照片数量作为年终考核依据。"], True),
    ("赣州市商务局", ["对群众反映集中的问题，各县（市、区）商务局要逐项整改。", "有关整改工作以整改台账和活动照片作为年终考核依据。"], True),
])
def test_gw302_practice_reported(issuer, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, _D, body, "关于进一步规范基层考核工作的通知"), fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]

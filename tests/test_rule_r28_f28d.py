"""Readings f28d touched in round 28 (GW401 precision), tested on surfaces of its own.

- GW401 "is the visited side asked for a prepared report, or only to answer the team's questions on the spot": a
  report word (介绍情况, 汇报) in a clause led by the team's asking (调研组现场询问时, 问到具体情况时, 遇调研组提问,
  对调研组提出的问题) is the visited side answering -- the 听实话 the rule wants, no 汇报 demand (holdout31
  gw4/gw401-g43c: 调研组现场询问时，由当班的社区工作者如实介绍情况).  A report asked before the asking (请……介绍
  工作情况并回答调研组询问; 情况介绍材料……询问时一并提交) stays a demand.
  Base 0bd11577: 7 of the 16 surfaces below wrong (all innocent ones read as demands).

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

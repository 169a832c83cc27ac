"""Round 33, f33r: language knowledge written twice, now once in gwlint/analysis (or dictionaries/), behaviour kept.

- Pivot verbs (督促, 指导, 部署, 请 …): one list, directives.toml ``pivot_verbs`` (:func:`gwlint.analysis.predicates.
  pivot_verbs`), read by GW105's work levels, the relative-modifier reading, GW301's "the pivot's object conducts the
  inspection itself" (a regex of its own before); the partners (会同, 配合 …, ``partner_verbs``) carry work beside
  the subject, who still inspects.
  The submitter's list (组织企业报送, burdens.toml ``pivot_verbs``) stays its own: it takes a firm anywhere before the
  verb, so 请 (请于6月底前将企业运行情况报送我厅) would make 企业 the sender (tests/test_rules_burdens.py).
- GW105's travel note (请各单位自行安排交通): read on the unit's own line, no list shared through the reading.
- GW401: a programme's and a 回执's column headers (陪同人员, 汇报单位, 接待领导) read by one helper,
  :meth:`gwlint.analysis.visited.VisitedSideSettings.column_demands`.
- A deadline's wording in the messages (demands.as_deadline); the issuer's self names (submissions.own_self_names);
  an ad-hoc body's name (orgs.coordination_body), each once.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _probe(issuer, recips, body, fmt, tmp_path, code, **kw):
    return _codes(marked_doc(issuer, recips, body, **kw), fmt, tmp_path, code)


# ------------------------------------------------------------ GW301: the pivot's object inspects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recips, sentence, fires", [
    ("河南省应急管理厅", "各省辖市应急管理局：", "省应急管理厅将督促各省辖市组织开展安全生产大检查。", False),
    ("河南省应急管理厅", "各省辖市应急管理局：", "省应急管理厅将部署各省辖市全面开展安全生产大检查。", False),
    ("赣州市农业农村局", "各县（市、区）农业农村局：", "市农业农村局将指导督促各县（市、区）认真开展自查。", False),
    ("河南省应急管理厅", "各省辖市人民政府：", "省应急管理厅将于6月对各省辖市人民政府安全生产工作开展督查。", True),
])
def test_gw301_pivot_object_inspects(issuer, recips, sentence, fires, fmt, tmp_path):
    found = _probe(issuer, recips, ["为防范化解重大安全风险，现就有关事项通知如下。", sentence], fmt, tmp_path, "GW301",
                   title="关于做好2027年安全生产工作的通知", docno="豫应急〔2027〕18号", date="2027年5月10日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: a programme's escort column, a 回执's
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, cell, fires", [
    ("陪同人员", "南康区人民政府分管副区长", True),
    ("汇报单位", "南康区人民政府", True),
    ("陪同人员", "市局办公室人员", False),  # the team's own side
    ("备注", "南康区人民政府分管副区长", False),  # no column of a demand
])
def test_gw401_programme_column(header, cell, fires, fmt, tmp_path):
    body = ["为了解家具产业转型升级情况，市工业和信息化局定于6月10日赴南康区开展专题调研。现将有关事项通知如下。",
            "一、调研安排", f"@table 时间|调研点|{header}", f"@table 6月10日上午|南康家具产业园|{cell}",
            "二、请南康区工业和信息化局做好相关准备。"]
    found = _probe("赣州市工业和信息化局", "南康区工业和信息化局：", body, fmt, tmp_path, "GW401",
                   title="关于开展家具产业专题调研的通知", docno="赣市工信字〔2027〕30号", date="2027年6月2日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ the analysis helpers the twins now share
def test_pivot_verbs_partners():
    from gwlint.analysis.predicates import pivot_verbs

    assert {"督促", "部署", "请"} <= pivot_verbs(partners=False)
    assert "会同" not in pivot_verbs(partners=False) and "会同" in pivot_verbs()


@pytest.mark.parametrize("found, worded", [("7月10日前报送", "于7月10日前"), ("每季度末", "每季度末"),
                                           ("按月报送", "按月"), ("逐月上报", "逐月")])
def test_as_deadline(found, worded):
    from gwlint.analysis.demands import as_deadline

    assert as_deadline(found) == worded


@pytest.mark.parametrize("name, ad_hoc", [("南昌市防汛抗旱指挥部", True), ("九江市乡村振兴工作领导小组办公室", True),
                                          ("嘉定区安委办", True), ("赣州市安全生产委员会", True),
                                          ("赣州市发展和改革委员会", False), ("赣州市人民政府", False)])
def test_coordination_body(name, ad_hoc):
    from gwlint.analysis.orgs import coordination_body

    assert coordination_body(name) == ad_hoc

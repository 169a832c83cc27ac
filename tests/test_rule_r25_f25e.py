"""Reading f25e fixed in round 25: a lower level's departments written as a level word + department name.

- units (local-department pattern): a department after a level word takes the level the word names, whoever
  issues -- 各县卫生健康局, 各区农业农村局 are county departments (各县 as a subject alone follows the issuer: a
  city's 各县 was shifted to county + township, and GW202 read a county bureau's deputy head as a township's);
  各县级农业农村部门 is 各县级 + department (not 各县 + 级农业农村部门); 所辖县（市）发展改革部门, 区（县）教育局,
  旗县（市、区）林草局, 乡镇（街道）综治中心 are departments found at all (所辖县（市）…部门 was found nowhere,
  所辖县（区）…局 was read city + county).  各市, 各地, 市县 still follow the issuer.
- Effects: GW202 (attendees at a city meeting: 各县农业农村局分管负责同志 is no township's), GW106 (a demand on
  所辖县（市）发展改革部门 to report), GW102/GW105 (（责任单位：所辖县（市）商务部门） names a unit, and the
  counties have work).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each positive and near-miss in a surface of its own."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import find_units

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2026〕21号", date="2026年9月1日")


# ------------------------------------------------------------ the reading itself
@pytest.mark.parametrize("text, name, level, relative", [
    ("各县卫生健康局要加强监督。", "各县卫生健康局", "county", False),
    ("各县级农业农村部门要加强监督。", "各县级农业农村部门", "county", False),
    ("所辖县（市）发展改革部门要加强监督。", "县（市）发展改革部门", "county", False),
    ("所辖县（区）卫生健康局要加强监督。", "县（区）卫生健康局", "county", False),
    ("区（县）教育局负责组织。", "区（县）教育局", "county", False),
    ("各市卫生健康委要加强监督。", "各市卫生健康委", "city", True),  # near-miss: 各市 still follows the issuer
])
def test_level_word_department_level(text, name, level, relative):
    got = [(u.text, u.kind, u.level, u.relative) for u in find_units(text)]
    assert (name, "department", level, relative) in got, got


# ------------------------------------------------------------ GW202: a county bureau's deputy head at a city meeting
_MEETING = ["经研究，定于2026年9月8日上午9:00在市农业农村局三楼会议室召开全市秋粮收购工作推进会。现将有关事项通知如下。",
            "一、参会人员", None, "二、其他事项", "请于9月6日前将参会回执发送至市农业农村局办公室邮箱。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("各县级农业农村部门分管负责同志、粮食产业科科长。", False),
    ("各县农业农村局分管负责同志，各区农业农村局粮食产业科科长。", False),
    ("各乡镇（街道）农业综合服务中心主任。", True),  # a township's people: still too far down
])
def test_gw202_county_bureau_attendees(who, fires, fmt, tmp_path):
    body = [who if b is None else b for b in _MEETING]
    src = _doc("金华市农业农村局", "各县（市、区）农业农村局：", body, "关于召开全市秋粮收购工作推进会的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: 所辖县（市）……部门 asked to report
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("一、所辖县（市）发展改革部门于10月20日前完成本地监测点数据自查，并将自查报告和核查统计表报送市发展改革委价格科。", True),
    ("一、经市人民政府同意，所辖县（市）发展改革部门于10月20日前完成数据自查，并将自查报告和核查统计表报送市发展改革委价格科。", False),
])
def test_gw106_subordinate_county_departments(line, fires, fmt, tmp_path):
    src = _doc("遵义市发展和改革委员会", "所辖县（市）发展改革部门：",
               ["为提高价格监测数据质量，现将有关事项通知如下。", line, "二、市发展改革委将对数据质量进行通报。"],
               "关于开展价格监测数据核查的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102/GW105: （责任单位：所辖县（市）商务部门）
_PLAN = ["《遵义市促进消费扩容提质实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
         "遵义市促进消费扩容提质实施方案", "一、重点任务",
         "（一）培育消费新场景。打造一批夜间消费集聚区，支持商圈改造提升。（责任单位：市商务局、{a}）",
         "（二）提升农村消费。完善县乡村三级物流配送体系，推动快递进村。（责任单位：{b}）",
         "（三）扩大文旅消费。推出精品旅游线路，举办消费季活动。（责任单位：市文化旅游局）"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("a, b, fires", [
    ("所辖县（市）商务部门", "所辖县（市）商务部门", False),
    ("各县级商务部门", "区（县）商务局", False),
    ("市财政局", "有关部门", True),  # a generic body answers for (二): GW102 still fires
])
def test_gw102_gw105_level_word_department_notes(a, b, fires, fmt, tmp_path):
    body = [x.format(a=a, b=b) for x in _PLAN]
    src = _doc("遵义市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", body,
               "关于印发遵义市促进消费扩容提质实施方案的通知")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]
    if not fires:
        assert not _codes(src, fmt, tmp_path, "GW105")

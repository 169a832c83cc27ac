"""Classes f21c fixed in round 21 (holdout25's scenario groups, GW2xx–GW4xx), in other phrasings:

- GW201: the meeting's day under a 时间和地点 heading standing alone is the first dated cell of the table
  there (项目 | 安排 — 会议 | 3月18日); a side row (报到, 签到) dates it only when no other row does, also in a
  programme table (环节 | 时间).  培训时间, 开班时间 and 会期 are 会议时间 fields too; so is a sentence of the
  meeting's own noun dated in its first clause (会议安排在3月12日上午，……; 注：培训会于3月17日开始).
- GW202: an attendance table's unit cell is one list, whatever it holds (各旗县市（区）人民政府、乌拉盖管理区管委会 |
  主要负责同志、分管负责同志: a zone's 管委会 the unit finder does not know); an aside that only renames the role
  before it (县长（主任）) is an equivalent title, not an either-or; 一把手 is a person word (its 把 no preposition).
- GW301: a team that goes to the governments (督查组将于10月20日起深入各乡镇人民政府，检查……) launches the
  inspection, the checking said in the next clause — not the government's own team (县人民政府督查组), not a team
  going to the entities of a locality (深入各乡镇辖区内的食品生产企业); a claim in another sentence (此次督查受县
  人民政府委派) makes it an error, as 根据市人民政府的委托, 受市政府主要领导委托, 受盟行政公署委派 do; 督察组进驻时间
  is a time, no team going anywhere.  An object sentence (督导对象为……人民政府) goes on from the launch of its
  paragraph: the finding points there, not at the title.
- GW303: a compound label that is the name of an item of its own — a schedule's cell (课后服务检查指导), a numbered
  item's title (（三）秸秆综合利用督导调研。), a dated line (11月：垃圾分类巡查调研，……) — is an activity scheduled as
  开展 launches one; not after a duty verb (加强督查指导) nor for things inspected (燃气安全检查指导).
- GW401: a short numbered line naming a unit (2.各市科技局主要负责同志作15分钟工作情况介绍。) is a demand, not a topic
  heading; the visited side as the subject asks a briefing of it; the items of a list right after the visit's
  paragraph speak of the visit.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: str = "2027年2月20日",
         tail: list[str] = ()) -> str:
    lines = ["@doc_number x字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", f"@date {date}", *tail]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW201: the day in a table cell of the time section
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section, fires", [
    (["@heading1 一、时间和地点", "@table 项目|安排", "@table 报到|3月16日14:00前", "@table 会议|3月17日上午9:00",
      "@table 地点|成都市省经济和信息化厅"], True),
    (["@heading1 一、时间和地点", "@table 项目|安排", "@table 报到|3月31日17:00前", "@table 会议|4月1日上午9:00",
      "@table 地点|成都市省经济和信息化厅"], False),
    (["@heading1 一、时间安排", "@table 环节|时间", "@table 签到|3月31日8:30—9:00", "@table 开会|4月1日上午9:00—12:00"],
     False),
    (["一、培训时间：2027年3月24日至25日，23日下午报到。", "二、培训地点：成都市。"], True),
    (["一、会期：2027年3月8日至9日。", "二、地点：成都市。"], True),
    (["会议安排在3月17日上午，地点在成都市。"], True),
    (["会议安排在4月1日上午，参会人员3月31日下午报到。"], False),
    (["二、地点：成都市。", "注：会议于3月17日上午9:00开始，请提前20分钟签到。"], True),
])
def test_gw201_time_section_table_cell(section, fires, fmt, tmp_path):
    src = _doc("四川省经济和信息化厅", "各市（州）经济和信息化局：",
               ["省经济和信息化厅决定于近期召开全省工业园区提质增效推进会议。现将有关事项通知如下。", *section,
                "请各市（州）经济和信息化局分管负责同志参加。"],
               "关于召开全省工业园区提质增效推进会议的通知")
    found = _codes(src, fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: an attendance table's unit cell is one list
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("row, fires", [
    ("@table 各旗县市（区）人民政府、乌拉盖管理区管委会|主要负责同志、分管负责同志", True),
    ("@table 各旗县市（区）人民政府、乌拉盖管理区管委会|主要负责同志或分管负责同志", False),
    ("@table 各旗县市（区）人民政府、乌拉盖管理区管委会|分管负责同志、农牧科负责人", False),
    ("@table 各旗县市（区）人民政府，乌拉盖管理区管委会|旗县市（区）长（主任）、分管副旗县市（区）长（副主任）", True),
    ("@table 各旗县市（区）人民政府，乌拉盖管理区管委会|主要负责同志（或分管负责同志）", False),
    ("@table 各旗县市（区）人民政府|一把手、分管领导", True),
])
def test_gw202_attendance_table_unit_cell(row, fires, fmt, tmp_path):
    src = _doc("锡林郭勒盟行政公署办公室", "各旗县市（区）人民政府，乌拉盖管理区管委会，盟直有关部门：",
               ["经行署领导同意，定于2027年6月9日上午在锡林浩特市召开全盟草原禁牧和草畜平衡工作会议。",
                "参会单位及人员见下表：", "@table 参会单位|参会人员", row, "@table 盟林业和草原局|分管负责同志"],
               "关于召开全盟草原禁牧和草畜平衡工作会议的通知", date="2027年5月29日")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: a team goes to the governments
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires, severity", [
    (["此次督查受县人民政府委派。督查组将于10月20日起逐一深入各乡镇人民政府，检查户厕问题摸排整改情况。"], True, "error"),
    (["县卫生健康局督查组将于10月20日起分赴各乡镇人民政府，查看户厕问题摸排整改情况，督查结果在全县通报。"], True,
     "warning"),
    (["县人民政府督查组将于10月20日起深入各乡镇人民政府，检查户厕问题摸排整改情况，县卫生健康局派员参加。"], False, ""),
    (["县卫生健康局检查组将于10月深入各乡镇辖区内的公共厕所管护单位，检查保洁情况。"], False, ""),
    (["根据县人民政府的委托，县卫生健康局将于10月对各乡镇人民政府改厕工作开展督查。"], True, "error"),
    (["受县政府主要领导委托，县卫生健康局将于10月对各乡镇人民政府改厕工作开展督查。"], True, "error"),
    (["县卫生健康局检查组进驻时间约1个月，由县委、县政府统一组织。"], False, ""),
])
def test_gw301_team_goes_to_governments(body, fires, severity, fmt, tmp_path):
    src = _doc("田林县卫生健康局", "各乡镇人民政府：", ["今年以来，全县新建和改造农村户厕1860座。", *body],
               "关于做好农村改厕工作的通知", date="2027年10月12日")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]
    if fires:
        assert found[0].severity == severity


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw301_object_sentence_points_at_its_launch(fmt, tmp_path):
    src = _doc("屏山县农业农村局", "各乡镇人民政府：",
               ["今年秋冬种，全县计划种植油菜5.3万亩。",
                "县农业农村局将组成3个督导组，于11月10日至20日开展督导。督导对象为全县11个乡镇人民政府，督导结果按乡镇排名。"],
               "关于开展秋冬种生产督导的通知", date="2027年11月3日")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert len(found) == 1 and found[0].excerpt.startswith("县农业农村局将组成3个督导组"), \
        [(f.line, f.excerpt) for f in found]


# ------------------------------------------------------------ GW303: a label naming an item of its own
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    (["@table 时间|活动|方式", "@table 11月|课后服务检查指导|区教体局分管领导带队到各校听课"], True),
    (["（三）课后服务督导调研。11月，区教体局分管领导带队到各校听课。"], True),
    (["11月：课后服务巡查调研，区教体局分管领导带队到各校听课。"], True),
    (["（一）作业设计案例评选（10月）", "（二）课后服务检查指导（11月）", "区教体局分管领导带队到各校听课。"], True),
    (["@table 时间|活动|方式", "@table 11月|加强课后服务检查指导|各校自行安排"], False),
    (["@table 时间|活动|方式", "@table 11月|校园消防安全检查指导|区教体局会同区消防救援大队开展"], False),
    (["@table 时间|活动|方式", "@table 11月|课后服务专项督查|区教体局分管领导带队到各校听课"], False),
])
def test_gw303_label_naming_an_item(item, fires, fmt, tmp_path):
    src = _doc("昆明市五华区教育体育局", "区属各中小学、幼儿园：",
               ["为巩固“双减”成效，现将本学期主要工作安排如下，请各校结合实际落实。", *item,
                "各校按照本学期安排做好日常工作。"],
               "关于2027年秋季学期“双减”工作安排的通知", date="2027年9月5日")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: a briefing asked in a numbered line
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("items, fires", [
    (["1.调研方式：走访企业，与科研人员交流。", "2.各市科技局主要负责同志作15分钟工作情况介绍。"], True),
    (["（一）走访种粮大户和农机合作社。", "（二）各市科技局分管负责同志汇报工作进展。"], True),
    (["1.调研方式：走访企业，不听汇报。", "2.食宿安排", "调研组食宿自理，不需各市安排。"], False),
])
def test_gw401_briefing_in_numbered_line(items, fires, fmt, tmp_path):
    src = _doc("陕西省科学技术厅", "西安市、宝鸡市科学技术局：",
               ["省科技厅决定于6月8日至10日赴有关市开展科技成果转化工作调研。现将有关事项通知如下：", *items],
               "关于开展科技成果转化工作调研的通知", date="2027年5月20日")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]

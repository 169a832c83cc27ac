"""Classes f21c fixed in round 21 (holdout25's scenario groups, GW2xx–GW4xx), in other phrasings:

- GW201: the meeting's day under a 时间和地点 heading standing alone is the first dated cell of the table
  there (项目 | 安排 — 会议 | 3月18日); a side row (报到, 签到) dates it only when no other row does, also in a
  programme table (环节 | 时间).  培训时间, 开班时间 and 会期 are 会议时间 fields too.
- GW202: an attendance table's unit cell is one list, whatever it holds (各旗县市（区）人民政府、乌拉盖管理区管委会 |
  主要负责同志、分管负责同志: a zone's 管委会 the unit finder does not know); an aside that only renames the role
  before it (县长（主任）) is an equivalent title, not an either-or.

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
])
def test_gw202_attendance_table_unit_cell(row, fires, fmt, tmp_path):
    src = _doc("锡林郭勒盟行政公署办公室", "各旗县市（区）人民政府，乌拉盖管理区管委会，盟直有关部门：",
               ["经行署领导同意，定于2027年6月9日上午在锡林浩特市召开全盟草原禁牧和草畜平衡工作会议。",
                "参会单位及人员见下表：", "@table 参会单位|参会人员", row, "@table 盟林业和草原局|分管负责同志"],
               "关于召开全盟草原禁牧和草畜平衡工作会议的通知", date="2027年5月29日")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]

"""Readings f27c touched in round 27 (GW202), tested on surfaces of its own:

- attendance.quota_names_addressed -- "does a head count of one per unit make a two-level collective the addressed
  units?"  各地人社局派1名 may be the 主送's own units (各地 is the cities or the counties); 市、县两级……各1名,
  所辖县（市、区）……1名, 县、乡两级……各1名 name the lower level outright, and when the 主送 does not reach that
  level, one person each still pulls it to the meeting (holdout30r gw202-g32a).  Spared: the 主送 reaches the
  level (各市、县（区）教育局), a bare 各地/各市, a video conference at the local venue.
- attendance: an attendance table's row is told where its fault is -- the levels at the unit's cell (各盟市农牧局，
  所辖旗县（市、区）农牧局 | 分管……负责同志), two roles of one unit at the persons' cell (holdout30r gw202-g32b,
  found at the persons' cell: a miss and a false alarm).

- visited.fronted_demand -- "what a visit asks of the visited: a report material named before its demand".  The
  material as the clause's topic, then 请/由 and the visited side as subject (有关书面材料请所到县（市）农业农村局提前
  备好; 汇报材料由所到设区市……准备; 注：汇报提纲请各区、县（市）商务局……报送调研组) asks the visited side for a report
  (holdout31 gw401-g41b); not when the subject after 请 is the team's own (请调研组成员提前熟悉), a body of the issuer's
  level, or the demand is negated (请各县一律不要准备).  GW401 base: 4 of 5 guilty wrong, 0 of 5 innocent.
- GW202 row place, near-misses: a unit cell of one level (各旗县（市、区）文化和旅游局 | 主要负责同志1人, holdout7 202-p04),
  or persons naming their level themselves (分管副县长, drafts 202-p202), keep the finding at the persons' cell: only a
  unit cell holding two levels (the lower one hidden beside the addressed one) is where the fault is told.
- attendance.held_by_other -- "whose meeting is it": a meeting the sentence hands to a local or lower body to hold
  (调研组每到一地，由所在市（州）自然资源部门组织召开座谈会，邀请……乡镇和牧民代表参加; 由所到县（区）人民政府召集座谈会;
  由承办市教育局主持召开座谈会) invites for that body: its invitees are not a layer called up to the issuer's meeting
  (holdout30r gw401-g34b, a GW202 false alarm).  Still counted: the issuer's own (由省农业农村厅组织召开, 由厅办公室主持,
  由市政府办公室组织召开) and a host that only serves (由南昌市农业农村局承办).  Base: 5 of 5 innocent wrong, 0 of 5
  guilty.

Base d32e0bae on these surfaces (txt): quota -- 5 of 6 guilty wrong (spared; 所辖县 named as a unit of its own was told), 0 of 6
innocent wrong; row place -- 4 of 4
unit-cell rows wrong (told at the persons' cell), 0 of 2 persons-cell rows wrong.
"""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, render_draft

_TITLE = "关于召开全省重点工作推进会的通知"


def _findings(source: str, fmt: str, tmp_path, code: str = "GW202"):
    from gwlint.api import lint_path

    r = lint_path(render_draft(source, fmt, tmp_path))
    assert r.error is None
    return [f for f in r.findings if f.code == code], r.lines


def _meeting(issuer, recipients, body, title=_TITLE):
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕12号", date="2027年6月2日")


# ------------------------------------------------------------ quota: one per unit of two levels
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # guilty: the lower level named outright, the 主送 stops above it
    ("江西省交通运输厅", "各设区市交通运输局：",
     ["省交通运输厅定于2027年6月20日在南昌召开全省农村公路管护工作推进会，会议不设分会场。",
      "请市、县两级交通运输局分管负责同志各1名参加。"], True),
    ("内蒙古自治区林业和草原局", "各盟市林业和草原局：",
     ["自治区林草局定于7月8日在呼和浩特召开全区森林草原防火工作会议。",
      "参会人员：盟市、旗县林业和草原局分管负责同志各1名。"], True),
    ("湖南省水利厅", "各市州水利局：",
     ["省水利厅定于6月18日在长沙召开全省山洪灾害防御工作会议。", "一、参会人员",
      "各市州水利局和所辖县（市、区）水利局分管负责同志1名。", "二、会议地点：省水利厅三楼会议室。"], True),
    ("赣州市人民政府办公室", "各县（市、区）人民政府：",
     ["市政府定于6月25日在市政府常务会议室召开全市防汛工作会议。",
      "县、乡两级人民政府分管负责同志各1名到市政府常务会议室参加。"], True),
    ("福建省卫生健康委员会", "各设区市卫生健康委：",
     ["省卫生健康委定于7月2日在福州召开全省基层卫生工作会议，会议集中召开，不设分会场。",
      "市、县两级卫生健康委各派1名分管负责同志参会，请于7月1日报到。"], True),
    ("四川省农业农村厅", "各市（州）农业农村局：",
     ["省农业农村厅定于8月6日在成都召开全省高标准农田建设推进会。",
      "参会人员：市、县两级农业农村局分管负责同志1名，请提前10分钟入场。"], True),
    # innocent: the 主送 reaches the level, a bare 各地, a video conference, one level only
    ("宁夏回族自治区教育厅", "各市、县（区）教育局：",
     ["自治区教育厅定于6月20日在银川召开全区义务教育质量提升推进会。",
      "请各市、县（区）教育局各派1名分管负责同志参加。"], False),
    ("湖北省人力资源和社会保障厅", "各市、州人力资源和社会保障局：",
     ["省人社厅定于6月20日在武汉召开全省就业工作会议。", "请各地人社局派1名分管负责同志参加。"], False),
    ("江西省交通运输厅", "各设区市交通运输局：",
     ["省交通运输厅定于2027年6月20日召开全省农村公路管护工作电视电话会议。",
      "市、县两级交通运输局分管负责同志各1名在当地分会场参加。"], False),
    ("江西省交通运输厅", "各设区市交通运输局：",
     ["省交通运输厅定于2027年6月20日在南昌召开全省农村公路管护工作推进会，会议不设分会场。",
      "请各设区市交通运输局分管负责同志1名参加。"], False),
    ("赣州市人民政府办公室", "各县（市、区）人民政府，各乡镇人民政府：",
     ["市政府定于6月25日在市政府常务会议室召开全市防汛工作会议。",
      "县、乡两级人民政府分管负责同志各1名到市政府常务会议室参加。"], False),
    ("宁夏回族自治区农业农村厅", "各市、县（区）农业农村局：",
     ["自治区农业农村厅定于9月3日在银川召开全区秋粮收购工作会议。",
      "参会人员：市、县两级农业农村局分管负责同志各1名。"], False),
])
def test_gw202_quota_of_two_levels(issuer, recipients, body, fires, fmt, tmp_path):
    found, _ = _findings(_meeting(issuer, recipients, body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a table row told at the cell holding its fault
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, row, cell", [
    ("内蒙古自治区农牧厅", "各盟市农牧局：", "各盟市农牧局，所辖旗县（市、区）农牧局|分管动物防疫工作的负责同志|1名",
     "所辖旗县"),
    ("江西省应急管理厅", "各设区市应急管理局：", "各设区市应急管理局、各县（市、区）应急管理局|分管负责同志|每单位1人",
     "各县（市、区）应急管理局"),
    ("陕西省交通运输厅", "各设区市交通运输局：", "市、县两级交通运输局|主要负责同志|", "市、县两级"),
    ("云南省商务厅", "各州（市）商务局：", "各州（市）、县（市、区）商务主管部门|分管流通工作的负责同志|", "县（市、区）商务主管部门"),
    # one level in the unit cell, or the persons name their level themselves (分管副县长): the persons' cell
    ("内蒙古自治区文化和旅游厅", "各盟市文化和旅游局：", "各旗县（市、区）文化和旅游局|主要负责同志|1人", "主要负责同志"),
    ("广西壮族自治区水利厅", "各市水利局：", "各县（市、区）人民政府|分管副县长（市长、区长）|1人", "副县长"),
    # two roles of one unit: the persons' cell
    ("云南省商务厅", "各州（市）商务局：", "各州（市）商务局|局长、分管流通工作的副局长|", "副局长"),
    ("江西省应急管理厅", "各设区市应急管理局：", "各设区市应急管理局|主要负责同志和分管负责同志|", "主要负责同志和"),
])
def test_gw202_row_told_at_its_cell(issuer, recipients, row, cell, fmt, tmp_path):
    body = [f"{issuer[:-1] if issuer.endswith('厅') else issuer}定于6月20日在省会集中召开全省重点工作推进会，会议不设分会场。",
            "参会人员见下表。", "@table 参会单位|参会人员|人数", f"@table {row}", "请参会人员提前30分钟入场。"]
    found, lines = _findings(_meeting(issuer, recipients, body), fmt, tmp_path)
    assert found
    assert any(cell in lines[f.line - 1] for f in found), [(lines[f.line - 1], f.message) for f in found]


# ------------------------------------------------------------ GW401: a report material named before its demand
def _visit(issuer, recipients, body, title="关于开展专题调研的通知"):
    return marked_doc(issuer, recipients, body, title=title, docno="调字〔2027〕5号", date="2027年7月20日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # guilty: the material first, then 请/由 + the visited side + its verb
    ("南阳市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局定于8月3日至5日赴各县（市、区）开展秸秆综合利用调研。", "调研期间，书面汇报材料请各县（市、区）农业农村局提前准备。"], True),
    ("嘉兴市民政局", "各县（市、区）民政局：",
     ["我局将于9月赴各县（市、区）开展养老服务设施运营情况调研。", "有关书面材料请所到县（市、区）民政局提前备好。"], True),
    ("江西省工业和信息化厅", "各设区市工业和信息化局：",
     ["省工业和信息化厅将组成调研组赴各设区市开展专精特新企业培育调研。", "一、调研安排",
      "（一）汇报材料由所到设区市工业和信息化局准备，控制在3000字以内。"], True),
    ("绍兴市商务局", "各区、县（市）商务局：",
     ["市商务局将于6月中旬赴各区、县（市）开展外贸企业稳订单调研。", "注：汇报提纲请各区、县（市）商务局于6月5日前报送调研组。"], True),
    ("邵阳市教育局", "各县（市、区）教育局：",
     ["市教育局定于10月开展义务教育课后服务专题调研。", "届时，情况介绍材料请被调研县（市、区）教育局提前一天送调研组。"], True),
    # innocent: the team's own, negated, no visit
    ("南阳市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局定于8月3日至5日赴各县（市、区）开展秸秆综合利用调研。", "调研期间，书面材料请调研组成员提前熟悉。"], False),
    ("嘉兴市民政局", "各县（市、区）民政局：",
     ["我局将于9月赴各县（市、区）开展养老服务设施运营情况调研。", "汇报材料请各县（市、区）民政局一律不要准备。"], False),
    ("江西省工业和信息化厅", "各设区市工业和信息化局：",
     ["省工业和信息化厅将组成调研组赴各设区市开展专精特新企业培育调研。",
      "有关书面材料由调研组自行收集，不需各地准备。"], False),
    ("绍兴市商务局", "各区、县（市）商务局：",
     ["市商务局将于6月中旬赴各区、县（市）开展外贸企业稳订单调研。", "调研结束后，汇报材料由调研组汇总后报局党组。"], False),
    ("邵阳市教育局", "各县（市、区）教育局：",
     ["请各县（市、区）做好秋季学期开学准备工作。", "年度总结材料请各县（市、区）教育局于12月10日前报送。"], False),
])
def test_gw401_material_before_its_demand(issuer, recipients, body, fires, fmt, tmp_path):
    found, _ = _findings(_visit(issuer, recipients, body), fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: whose meeting -- one a lower body is handed to hold
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # innocent: the meeting is held by the visited or local body, its invitees one level below that body
    ("青海省自然资源厅", "各州自然资源局：",
     ["省自然资源厅将于8月组织调研组赴有关市州调研生态修复项目。",
      "调研组每到一地，由所在市（州）自然资源部门组织召开座谈会，邀请项目实施单位、乡镇和牧民代表参加。"], False),
    ("赣州市人民政府办公室", "各县（市、区）人民政府：",
     ["市政府将于9月组成督导组赴各县（市、区）督导秋冬种工作。",
      "督导期间，由所到县（区）人民政府召集座谈会，请乡镇（街道）主要负责同志和村（社区）干部参加。"], False),
    ("浙江省教育厅", "各市教育局：",
     ["省教育厅定于11月在湖州举办全省劳动教育现场观摩活动。",
      "现场观摩后，由承办市教育局主持召开座谈会，邀请部分县（市、区）教育局局长和校长代表参加。"], False),
    ("四川省应急管理厅", "各市（州）应急管理局：",
     ["省应急管理厅定于6月在雅安开展地震应急综合演练。",
      "演练结束后，由当地县级人民政府组织召开总结会，乡镇分管负责同志参加。"], False),
    ("湖南省农业农村厅", "各市州农业农村局：",
     ["省农业农村厅将于5月组织调研组赴各市州调研春耕生产。",
      "调研期间，由被调研市州农业农村局召集座谈，请县（市、区）农业农村局和乡镇农技站负责同志参加。"], False),
    # guilty: the issuer itself (or its own office) holds it
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["省农业农村厅定于4月8日在南昌召开全省春耕生产工作会议。",
      "会议由省农业农村厅组织召开，请各县（市、区）农业农村局局长到南昌参加。"], True),
    ("广东省人民政府办公厅", "各地级以上市人民政府：",
     ["省政府定于3月20日召开全省安全生产工作会议。",
      "会议由省政府办公厅召集，各县（市、区）政府分管负责同志到省政府第一会议室参加。"], True),
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["省农业农村厅定于4月8日在南昌召开全省春耕生产工作会议，由南昌市农业农村局承办。",
      "各县（市、区）农业农村局局长到南昌主会场参加。"], True),
    ("赣州市人民政府办公室", "各县（市、区）人民政府：",
     ["市政府定于6月25日召开全市防汛调度会。", "调度会由市政府办公室组织召开，请各乡镇（街道）主要负责同志参加。"], True),
    ("浙江省教育厅", "各市教育局：",
     ["省教育厅定于11月在杭州召开全省劳动教育推进会。",
      "分组座谈由厅办公室主持，各县（市、区）教育局局长和分管副局长参加。"], True),
])
def test_gw202_meeting_of_another_host(issuer, recipients, body, fires, fmt, tmp_path):
    found, _ = _findings(_meeting(issuer, recipients, body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]

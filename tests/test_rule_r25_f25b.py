"""Readings f25b fixed in round 25 (GW2xx leftovers of holdout28r, holdout28p and holdout25p), in phrasings of its own:

- meetings.time_field: a sentence of the meeting's own noun giving its time by a copula (调度会时间为3月4日下午3时;
  推进会召开时间定为……; 座谈会时间：……) dates the meeting, as 会议时间为 does (holdout28p gw201-g91b).
- attendance: a sentence going on with 各 + a title (各镇长（主任）和分管农业的副镇长一并参加) adds persons of the units
  the sentence before asked; 带队 there is a verb, not a 大队/工作队 naming another unit (gw202-g92b).
- attendance (GW202 escorts): a lead verb ending its clause (由局主要负责同志带领，……局长一同参加) leads the persons of
  the next clause (holdout28r gw202-g63b).
- attendance: the head count right after the persons (分管负责同志1名, 负责人各1人) is read with them: one person per
  unit of a collective of two levels is the recipients, not a layer pulled up (holdout25p gw201-q01a).
- units: a bracketed list of county-level places may end with administrative or management committees
  (各县（市、区、行委）人民政府, 各县（市、区、管委会）人民政府): the collective is the counties' governments (gw202-g93c).
- meetings.listed_meetings: a plan's task cell or item holding an event with how often it is held (每年举办……论坛，
  发布……; （三）每季度召开……研讨会) is an event the plan holds (gw203-g94b).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, title: str, body: list[str], date: str = "2027年6月14日") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date=date)


# ------------------------------------------------------------ GW201: the meeting's noun + 时间为
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["为部署春季森林防火工作，省林业局决定召开全省森林防火工作推进会。推进会召开时间定为3月18日上午9时，会期半天。",
      "请各设区市林业局分管负责同志参加。"], True),
    (["为部署春季森林防火工作，省林业局决定召开全省森林防火工作推进会。", "一、参会人员",
      "各设区市林业局分管负责同志。", "二、其他", "推进会时间：3月18日上午，地点另行通知。"], True),
    (["为部署春季森林防火工作，省林业局决定召开全省森林防火工作推进会。推进会召开时间定为4月18日上午9时，会期半天。",
      "请各设区市林业局分管负责同志参加。"], False),
    (["为部署春季森林防火工作，省林业局决定召开全省森林防火工作推进会。报到时间为3月28日下午，推进会时间为4月1日上午。",
      "请各设区市林业局分管负责同志参加。"], False),
])
def test_gw201_meeting_noun_time_copula(body, fires, fmt, tmp_path):
    src = _doc("湖南省林业局", "各市州林业局：", "关于召开全省森林防火工作推进会的通知", body, "2027年3月2日")
    found = _codes(src, fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: 各 + titles going on after 带队
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["各镇由镇长带队参会。各镇长和分管林业的副镇长一同参加。"], True),
    (["参会人员：县林业局主要负责同志；", "各镇（街道）由镇长（主任）带队参加，各镇长（主任）和分管副镇长（副主任）同时参会。"], True),
    (["各镇由分管林业的副镇长带队参会。各镇林业站站长一同参加。"], False),
    (["各镇由镇长带队参会。各镇长或分管林业的副镇长参加均可。"], False),
])
def test_gw202_each_title_goes_on(lines, fires, fmt, tmp_path):
    src = _doc("遂川县人民政府办公室", "各镇人民政府，县直有关单位：", "关于召开全县森林防火工作会议的通知",
               ["县人民政府定于2027年10月20日上午在县政府第二会议室召开全县森林防火工作会议。", *lines])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: 带领， carried to the next clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各县（市、区）教育局须派员参会。由局主要负责同志带领，局基础教育股和学前教育股负责同志一同参会。", True),
    ("参会人员：各县（市、区）教育局分管负责同志率领，本局学前教育股、教研室负责同志一起参加观摩。", True),
    ("各县（市、区）教育局须派员参会。由局主要负责同志带领，按时参加会议。", False),
    ("各县（市、区）教育局分管负责同志参会。由局办公室带领，统一乘车前往观摩点。", False),
])
def test_gw202_lead_verb_over_comma(line, fires, fmt, tmp_path):
    src = _doc("赣州市教育局", "各县（市、区）教育局：", "关于召开全市学前教育普及普惠推进会的通知",
               ["市教育局定于2027年9月9日在于都县召开全市学前教育普及普惠推进会。", line])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: one person per unit, counted after the persons
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("参会人员：各市、县（区）水务局分管农村供水的负责同志1名。", False),
    ("请各市、县（区）水务局各派分管负责同志1人参会，厅农水处负责同志参加。", False),
    ("参会人员：各市、县（区）水务局分管农村供水的负责同志。", True),
    ("参会人员：各县（区）水务局分管农村供水的负责同志1名。", True),
])
def test_gw202_head_count_after_persons(line, fires, fmt, tmp_path):
    src = _doc("宁夏回族自治区水利厅", "各市、县（区）水务局：", "关于召开全区农村供水保障工作现场会的通知",
               ["自治区水利厅定于2027年8月12日在固原市召开全区农村供水保障工作现场会。", line])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: 县（市、区、行委）, 县（市、区、管委会）
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("注：各县（市、区、行委）人民政府分管负责同志随所在市（州）一同到西宁主会场参会。", True),
    ("各县（市、区、管委会）人民政府分管负责同志到省政府第一会议室参加。", True),
    ("各县（市、区、行委）人民政府分管负责同志在当地分会场参加。", False),
])
def test_gw202_committee_in_county_list(line, fires, fmt, tmp_path):
    src = _doc("青海省人民政府办公厅", "各市、自治州人民政府，省政府各部门：", "关于召开全省草原生态保护工作推进会的通知",
               ["经省政府同意，定于2027年8月19日召开全省草原生态保护工作推进会，设主会场和分会场。",
                "参会人员：各市、自治州人民政府分管负责同志；省林业和草原局负责同志。", line])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: a plan's recurring event
_PLAN = "关于印发文化旅游产业发展三年行动方案的通知"


def _plan(rows: list[str]) -> str:
    return _doc("赣州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", _PLAN,
                ["《文化旅游产业发展三年行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
                 "@attachment_title 文化旅游产业发展三年行动方案", "为推动文化旅游产业提质升级，制定本方案。",
                 "一、重点任务", *rows, "二、保障措施", "市文化广电新闻出版旅游局负责统筹协调。"])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, fires", [
    (["@table 序号|工作任务|完成时限|责任单位", "@table 1|建设智慧旅游服务平台|2028年底|市大数据局",
      "@table 2|每年举办赣南红色旅游发展论坛，发布年度精品线路|每年第三季度|市文化广电新闻出版旅游局"], True),
    (["（一）完善旅游基础设施。市交通运输局负责推进旅游公路建设。", "（二）每半年召开全市文旅融合研讨会。市文化广电新闻出版旅游局负责。"], True),
    (["@table 序号|工作任务|完成时限|责任单位", "@table 1|建设智慧旅游服务平台|2028年底|市大数据局",
      "@table 2|每年组织企业参加全国红色旅游发展论坛|每年第三季度|市文化广电新闻出版旅游局"], False),
    (["@table 序号|工作任务|完成时限|责任单位", "@table 1|建设智慧旅游服务平台|2028年底|市大数据局",
      "@table 2|每年举办红色旅游精品线路推介会，发布年度精品线路|每年第三季度|市文化广电新闻出版旅游局"], False),
])
def test_gw203_recurring_event_in_plan(rows, fires, fmt, tmp_path):
    found = _codes(_plan(rows), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]

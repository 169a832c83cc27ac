"""Readings g25d fixed in round 25 (holdout29p's gw2/ and gw4/ leftovers), in surfaces of its own:

- meetings.time_field (GW201): a notice whose body dates its meeting nowhere (具体安排见附件) dates it in the
  attachment that is the meeting's own arrangements (附件：培训日程安排, 会议须知, 会务安排): a field or a sentence
  there (注：培训会于3月24日上午9时开始; 培训时间：3月11日至12日) first, else the programme table's first dated
  cell (holdout29p gw201-g70c). Other attachments (参会回执, 名额分配表) date nothing: their 3月 is a deadline.
- attendance (GW202): two roles joined only when nothing but a joiner stands between them; an item after a
  joiner whose last word is a noun names another body (……教育局分管负责同志、招生考试机构主要负责同志;
  ……局分管负责同志和文化馆主要负责同志), not the same unit's leaders (holdout29p gw201-g75b). A verb or a
  person word in between (陪同本市人民政府, 、班子成员) keeps the old reading.
- GW401 staging: the visited side asked to pick what the team will look at (请各县（市、区）人民政府提前确定察看企业;
  推荐2—3个调研村; 考察项目由各市发展改革委选定) sets the sites as 现场点 does (第9条“不设线路”, the rule's
  “安排现场点也是接待”) (holdout29p gw401-g74b). The team picking them itself, or a waiver, asks nothing.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, title: str, body: list[str], date: str = "2026年3月2日",
         tail: list[str] | None = None) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综函〔2026〕21号", date=date, tail=tail or ())


def _attachment(title: str, rows: list[str]) -> list[str]:
    return ["@page_break", "@attachment_label 附件", f"@attachment_title {title}", *rows]


# ------------------------------------------------------------ GW201: the meeting's day only in its arrangements
_NOTE = ["@table 时间|内容", "@table 上午|政策解读", "@table 下午|分组讨论"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, att_title, rows, fires", [
    # a 注： sentence after the programme (会议于……开始), a province department
    ("湖南省农业农村厅", "各市州农业农村局：", "关于召开全省高标准农田建设推进会的通知", "会议日程安排",
     [*_NOTE, "注：会议于3月19日上午9时开始，8时30分起签到。"], True),
    # a 培训时间 field in 培训须知, an autonomous region's 全区 training
    ("宁夏回族自治区卫生健康委员会", "各市、县（区）卫生健康局：", "关于举办全区基层卫生人才能力提升培训会的通知",
     "培训须知", ["一、培训时间：3月11日至12日", "二、培训地点：银川市会议中心", "三、报到时间：3月10日下午"], True),
    # only the programme table of 会议议程 dates it
    ("江西省商务厅", "各设区市商务局：", "关于召开全省外贸工作调度会的通知", "会议议程",
     ["@table 时间|议程", "@table 3月26日9:00|通报一季度外贸形势", "@table 10:30|各设区市交流发言"], True),
    # near misses: April; a 回执 whose 3月 is a deadline; the day 另行通知 and a March 报到 only
    ("湖南省农业农村厅", "各市州农业农村局：", "关于召开全省高标准农田建设推进会的通知", "会议日程安排",
     [*_NOTE, "注：会议于4月9日上午9时开始，8时30分起签到。"], False),
    ("江西省商务厅", "各设区市商务局：", "关于召开全省外贸工作调度会的通知", "参会回执",
     ["@table 单位|姓名|职务|电话", "@table  | | | ", "注：请于3月20日前将回执报省商务厅。"], False),
    ("宁夏回族自治区卫生健康委员会", "各市、县（区）卫生健康局：", "关于举办全区基层卫生人才能力提升培训会的通知",
     "培训须知", ["一、培训时间：4月14日至15日", "二、报到时间：3月31日下午"], False),
])
def test_gw201_date_in_the_arrangements_attachment(issuer, recipients, title, att_title, rows, fires, fmt,
                                                   tmp_path):
    body = ["为推进今年重点工作，经研究，决定召开本次会议（培训）。", "参加人员为各地分管负责同志1名。",
            "具体安排见附件。", f"附件：{att_title}"]
    found = _codes(_doc(issuer, recipients, title, body, tail=_attachment(att_title, rows)), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: the second role is another body's
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("各设区市文化和旅游局分管公共服务的负责同志、文化馆主要负责同志各1人。", False),
    ("各设区市民政局分管负责同志和福利彩票发行机构主要负责同志各1人。", False),
    ("各设区市自然资源局主要负责同志、不动产登记机构分管负责同志各1人。", False),
    # near misses: the same unit's two leaders, a person word between them
    ("各设区市文化和旅游局主要负责同志、分管公共服务的负责同志各1人。", True),
    ("各设区市民政局主要负责同志和分管负责同志参加。", True),
])
def test_gw202_second_role_of_another_body(who, fires, fmt, tmp_path):
    body = ["经研究，定于2026年5月14日在南昌召开全省基层公共服务推进会。", "一、参会人员", who,
            "二、会议地点", "省行政中心第三会议室，会期半天。"]
    src = _doc("江西省民政厅", "各设区市民政局：", "关于召开全省基层公共服务推进会的通知", body, "2026年5月4日")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the visited side picks the sites
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, ask, fires", [
    ("宜春市人民政府办公室", "各县（市、区）人民政府：", "关于市政府领导赴各县市区调研工业经济运行情况的通知",
     "请各县（市、区）人民政府根据调研内容提前确定察看企业，于调研前一日告知市政府办公室。", True),
    ("崇义县农业农村局", "各乡镇人民政府：", "关于赴各乡镇开展农村人居环境整治调研的通知",
     "二、有关要求\n（一）请各乡镇推荐2—3个调研村，于5月8日前报县农业农村局。", True),
    ("四川省发展和改革委员会", "各市（州）发展改革委：", "关于赴各市（州）调研重大项目建设情况的通知",
     "考察项目由各市（州）发展改革委提前选定，报我委汇总。", True),
    ("宜春市人民政府办公室", "各县（市、区）人民政府：", "关于市政府领导赴各县市区调研工业经济运行情况的通知",
     "调研期间，请各县（市、区）选取2家示范企业供调研组实地察看。", True),
    # near misses: the team picks them itself; the picking waived
    ("宜春市人民政府办公室", "各县（市、区）人民政府：", "关于市政府领导赴各县市区调研工业经济运行情况的通知",
     "察看企业由调研组随机抽取，不提前通知。", False),
    ("宜春市人民政府办公室", "各县（市、区）人民政府：", "关于市政府领导赴各县市区调研工业经济运行情况的通知",
     "不需各县（市、区）提前确定察看企业，调研组直接到企业了解情况。", False),
])
def test_gw401_visited_side_picks_the_sites(issuer, recipients, title, ask, fires, fmt, tmp_path):
    body = ["经研究，定于2026年5月中旬组成调研组赴各地开展调研。", "调研组成员：相关科室负责同志。", *ask.split("\n"),
            "联系人：办公室 王敏，电话：0795－3210001。"]
    found = _codes(_doc(issuer, recipients, title, body, "2026年4月28日"), fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]

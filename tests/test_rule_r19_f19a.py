"""Classes f19a fixed in round 19 (holdout23), in other phrasings than the drafts that showed them:

- GW102: a 乡镇's or 街道's own organ whose name holds 农村/乡村/村镇 (街道农业农村办, 镇乡村振兴工作站) is a unit of
  its own, as 街道综治中心 is; a 村-level body (镇村两级服务站) is still none.
- GW102: a target section of a 整改/提升 plan (整改目标, 提升目标: dates and figures only) is no measure; a title opening
  with a verb (实现改造目标) is a task.
- GW102: a task table copied to text one cell a line whose header stands under a heading (二、整改清单) and opens with a
  column of its own (问题, 存在问题, 问题描述) reads as in .docx/.pdf: its generic 责任单位 row is found in all three.
- GW102: an empty 牵头单位 cell beside a 配合单位 cell of the lower governments as a whole (各区镇人民政府) has no lead;
  a named department there alone is the one unit that does it.
- GW102: a norm in articles whose articles give tasks to named bodies in their own words (由区自然资源局负责) in two
  articles or more is held to 逐条明确 like one with notes; competence articles (市城管局负责全市……) are no sharing out.
  A 项目所在镇（街道） is a unit named by its role.
- GW103: a leader who 出席会议并讲话 / 到会讲话 gave the speech a later 现将讲话印发 issues.
- Units: a province-run body named after the province without 省 (四川博览事务局, 湖南博物院, 浙江大学医学院附属第一医院)
  or with it (江苏省人民医院) is a unit of the province level: GW105 reads an activity it runs as the issuer's own work.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import find_units

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


def _plan(issuer: str, recipients: str, items: list[str], name: str = "某某工作方案") -> str:
    # signed before the document it issues, as a 印发 notice is laid out
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}关于印发{name}的通知", f"@recipients {recipients}",
             f"现将《{name}》印发给你们，请认真组织实施。", f"@signature {issuer}", "@date 2026年6月14日",
             f"@attachment_title {name}", *items]
    return "\n".join(lines) + "\n"


def _at_measures(found) -> list:
    """The findings at a measure or row (the summary N/M is left out)."""
    return [f for f in found if f.line is not None and "条措施未明确责任单位。" not in f.message]


# ------------------------------------------------------------ a township's own organ named with 农村/乡村
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit_clause, fires", [
    ("街道农业农村办负责统筹，各村具体实施。", False),
    ("由镇乡村振兴工作站牵头实施。", False),
    ("（责任单位：镇村镇建设办公室）", False),
    ("由有关部门负责。", True),
])
def test_township_own_organ_with_village_word(unit_clause, fires, fmt, tmp_path):
    src = _plan("某县某某镇人民政府", "各行政村，镇各办、中心：", [
        "@heading1 一、主要任务",
        f"（一）农房风貌整治。年内整治违建农房30处。{unit_clause}",
        "（二）民宿规范提升。开展民宿星级评定。（责任单位：镇经济发展办）"], "某某镇乡村振兴工作方案")
    found = _at_measures(_codes(src, fmt, tmp_path, "GW102"))
    assert bool(found) == fires, [f.message for f in found]


def test_village_level_body_is_no_township_organ():
    assert find_units("街道农业农村办负责统筹")
    assert not find_units("镇村两级服务站负责")


# ------------------------------------------------------------ a target section is no measure
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, fires", [
    ("一、整改目标", False),
    ("一、提升目标", False),
    ("一、改造目标", False),
    ("一、实现改造目标", True),
])
def test_target_section_is_no_measure(title, fires, fmt, tmp_path):
    src = _plan("某市人民政府办公室", "市政府各部门：", [
        f"@heading1 {title}",
        "2026年10月底前，排查出的隐患全部整改销号，加装率达到100%。",
        "@heading1 二、整改清单",
        "@table 问题|整改措施|责任单位|整改时限",
        "@table 老旧管网腐蚀|完成燃气管网更新改造120公里|市住房和城乡建设局|2026年9月30日",
        "@table 餐饮场所未装报警装置|督促餐饮场所安装报警装置|市市场监管局|2026年8月31日"], "某市燃气隐患整改方案")
    found = _at_measures(_codes(src, fmt, tmp_path, "GW102"))
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a list under a heading, first column unknown
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, unit, fires", [
    ("问题", "有关单位", True),
    ("存在问题", "相关部门", True),
    ("问题描述", "有关部门", True),
    ("存在问题", "区城市管理局", False),
])
def test_rectification_list_under_heading(first, unit, fires, fmt, tmp_path):
    src = _plan("某区人民政府", "区直各单位：", [
        "@heading1 一、整改清单",
        f"@table {first}|整改措施|责任单位|完成时限",
        "@table 排污口设置不规范|完成排污口规范化整治|区生态环境局|2026年9月30日",
        f"@table 工地扬尘管控不到位|开展渣土车辆夜间联合执法|{unit}|2026年10月31日",
        "@table 餐饮油烟扰民|推动油烟净化设施全覆盖|区市场监管局|2026年11月30日",
        "@heading1 二、工作要求",
        "各责任单位要建立整改台账。"], "某区督察反馈问题整改方案")
    found = _at_measures(_codes(src, fmt, tmp_path, "GW102"))
    assert bool(found) == fires, [f.message for f in found]
    assert all("渣土" in f.message for f in found), [f.message for f in found]


# ------------------------------------------------------------ an empty lead beside the lower governments as a whole
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, partner, fires", [
    ("/", "各区镇人民政府", True),
    ("—", "各乡镇", True),
    ("/", "县生态环境局", False),
    ("县应急管理局", "/", False),
])
def test_empty_lead_beside_collective_partner(lead, partner, fires, fmt, tmp_path):
    src = _plan("某县人民政府", "各区镇人民政府，县各委、办、局：", [
        "@heading1 一、攻坚任务",
        "攻坚任务及分工见下表：",
        "@table 序号|攻坚任务|牵头单位|配合单位|完成时限",
        "@table 1|危化企业在线监测全覆盖|县应急管理局|县工业和信息化局|10月31日",
        f"@table 2|小散企业一企一策整治|{lead}|{partner}|11月30日",
        "@table 3|渔船安全检查|县海洋与渔业局|县交通运输局|10月15日"], "某县安全生产攻坚方案")
    found = _at_measures(_codes(src, fmt, tmp_path, "GW102"))
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a norm whose articles give tasks by 由……负责
def _norm(articles: list[str]) -> str:
    return _plan("某市人民政府", "各区人民政府，市政府各部门：",
                 ["第一条 为规范专项资金管理，制定本细则。", *articles, "第九条 本细则自2026年9月1日起施行。"],
                 "某市专项资金管理实施细则")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("articles, fires", [
    (["第二条 资金的归集由市住房城乡建设局负责。", "第三条 专户银行的选定，由市财政局会同市住房城乡建设局负责组织。",
      "第四条 增值收益的核算，由相关部门负责。"], True),
    (["第二条 资金使用的审计由市审计局负责。", "第三条 项目验收由项目所在镇（街道）负责组织。",
      "第四条 现场核查由审批部门负责。"], False),
    (["第二条 市住房城乡建设局负责全市资金的监督管理。", "第三条 市财政局负责资金专户管理。",
      "第四条 增值收益的核算，由相关部门负责。"], False),
])
def test_norm_articles_sharing_out_by_you(articles, fires, fmt, tmp_path):
    found = _at_measures(_codes(_norm(articles), fmt, tmp_path, "GW102"))
    assert bool(found) == fires, [f.message for f in found]
    if fires:
        assert all("第四条" in f.message for f in found), [f.message for f in found]


# ------------------------------------------------------------ GW103: 出席会议并讲话, then 现将讲话印发
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("told, issued, fires", [
    ("副市长王海峰同志出席会议并讲话。", "现将讲话印发给你们，请认真贯彻落实。", True),
    ("区长陈立同志到会讲话。", "现将讲话稿印发给各单位，请认真学习。", True),
    ("县委书记李明同志参加会议并作重要讲话。", "现将讲话全文印发给你们。", True),
    ("常务副市长赵军同志在会上作动员讲话。", "现将讲话印发给你们，请认真学习。", True),
    ("副市长王海峰同志出席会议并讲话。", "现将会议精神传达如下：各县要抓好防汛值守。", False),
    ("副市长王海峰同志出席会议并讲话。", "现将会议纪要印发给你们，请抓好落实。", False),
])
def test_gw103_attended_and_spoke(told, issued, fires, fmt, tmp_path):
    src = _doc("某市人民政府办公室", "各县（市、区）人民政府：",
               [f"5月20日，市政府召开全市防汛工作会议。{told}", "会议对今年防汛工作作出安排。", issued],
               "关于做好防汛工作的通知")
    found = _codes(src, fmt, tmp_path, "GW103")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ units: province-run bodies named after the province
@pytest.mark.parametrize("text, name", [
    ("展会组织由四川博览事务局负责。", "四川博览事务局"),
    ("湖南博物院负责展陈。", "湖南博物院"),
    ("义诊由江苏省人民医院承担。", "江苏省人民医院"),
    ("浙江大学医学院附属第一医院负责医疗保障。", "浙江大学医学院附属第一医院"),
])
def test_province_named_institution_is_province_unit(text, name):
    units = [u for u in find_units(text) if u.name == name]
    assert units and units[0].level == "province" and not units[0].generic, find_units(text)


@pytest.mark.parametrize("text, name, level", [
    ("宜昌市中心医院负责义诊。", "宜昌市中心医院", "city"),
    ("江西南昌县人民医院负责义诊。", "南昌县人民医院", "county"),
    ("由街道城市管理科负责。", "街道城市管理科", "township"),
])
def test_place_named_institution_takes_the_place_level(text, name, level):
    units = [u for u in find_units(text) if u.name == name]
    assert units and units[0].level == level, find_units(text)


@pytest.mark.parametrize("text", ["江西南昌县人民医院负责", "在四川开展文化交流", "全国文化中心建设", "在四川新建图书馆3座",
                                  "在湖南打造非遗展示中心"])
def test_no_province_unit_without_province_body(text):
    assert not [u for u in find_units(text) if u.level == "province"], find_units(text)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["一、展会组织。展位招商和布展由四川博览事务局负责。", "二、安全保障。展会安全保卫由四川博览事务局会同场馆运营方负责。"],
     True),
    (["一、展陈布置。湖南博物院负责展品借展和布展。", "二、医疗保障。由浙江大学医学院附属第一医院派员负责。"], True),
    (["一、展会组织。展位招商和布展由四川博览事务局负责。", "二、各市（州）人民政府要组织本地企业参展，每个市（州）不少于10家。"],
     False),
])
def test_gw105_event_run_by_province_named_body(lines, fires, fmt, tmp_path):
    src = _doc("四川省商务厅", "各市（州）人民政府：",
               ["省商务厅定于10月16日至19日举办农产品博览会。现将有关事项通知如下：", *lines,
                "联系人：刘静，电话：028－86700000。"], "关于举办农产品博览会的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_norm_articles_issuer_and_lower_offices_share_nothing_out(fmt, tmp_path):
    # the issuer by its short name and the lower levels' offices receiving applications: the norm's own procedure
    src = _plan("某省经济和信息化厅", "各市（州）经济和信息化主管部门：", [
        "第一条 为规范专精特新企业认定，制定本细则。",
        "第二条 企业申请由县级经济和信息化主管部门负责受理。",
        "第三条 认定结果的复核由省经济和信息化厅负责。",
        "第四条 已认定企业的跟踪服务，由有关部门负责。",
        "第五条 本细则自2026年9月1日起施行。"], "某省专精特新企业认定实施细则")
    assert not _at_measures(_codes(src, fmt, tmp_path, "GW102"))

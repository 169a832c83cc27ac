"""Classes of round 17 (h17a, issue 15), from leftovers of the held-out sets, in phrasings of their own:

- GW102: a carried 行动方案/行动计划 whose 任务分工 table names the measures in other words (shortened, a summary
  word, or past recognition in a table that goes through the measures one by one): a row whose 牵头单位 is a
  collective (有关部门, 各地) leaves its measure without a unit however specific the 配合单位; a named 牵头 in the
  same row answers for it; the heading of the division section (五、任务分工) is no measure.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


# ------------------------------------------------------------ GW102: reworded rows of a division table
_MEASURES = ["（一）推广绿色建材应用。政府投资工程绿色建材应用比例达到70%。",
             "（二）推进既有建筑节能改造。完成公共建筑节能改造50万平方米。",
             "（三）发展装配式建筑。新开工装配式建筑占比达到30%。",
             "（四）提升城市供排水韧性。改造老旧供水管网120公里。"]


def _plan(rows: list[str], measures: list[str] = _MEASURES, kind: str = "行动方案") -> str:
    name = f"恩施州城乡建设绿色发展{kind}"
    lines = ["@doc_number 恩施州办发〔2026〕9号", f"@title 恩施州人民政府办公室关于印发{name}的通知",
             "@recipients 各县市人民政府，州政府各部门：", f"《{name}》已经州人民政府同意，现印发给你们，请认真贯彻落实。",
             "@signature 恩施州人民政府办公室", "@date 2026年6月2日", "@page_break", f"@attachment_title {name}",
             *measures, "@heading1 （五）任务分工", "@table 序号|工作任务|牵头单位|配合单位|完成时限",
             *[f"@table {i}|{r}" for i, r in enumerate(rows, 1)]]
    return "\n".join(lines) + "\n"


_ROWS = ["绿色建材推广|州住房城乡建设局|州经济和信息化局|2027年底",
         "既有建筑节能改造|州住房城乡建设局|州机关事务服务中心|2027年底",
         "装配式建筑发展|州住房城乡建设局|州发展改革委|2028年底",
         "城市供排水提升|州住房城乡建设局|州水利和湖泊局|2027年底"]


def _measure_findings(found) -> list[int]:
    return sorted(f.data["measure"] for f in found if not f.data.get("summary"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["行动方案", "行动计划"])
@pytest.mark.parametrize("row, lead", [
    (3, "装配式建筑专项行动|有关部门|州住房城乡建设局、州发展改革委|2028年底"),  # reworded, a suffix added
    (4, "管网改造工程|各地|州住房城乡建设局、州水利和湖泊局|2027年底"),  # past recognition: its place says
    (2, "公共建筑节能|有关单位|州机关事务服务中心|2027年底"),
])
def test_gw102_reworded_row_with_generic_lead_leaves_measure_unassigned(fmt, kind, row, lead, tmp_path):
    rows = list(_ROWS)
    rows[row - 1] = lead
    found = _codes(_plan(rows, kind=kind), fmt, tmp_path, "GW102")
    assert _measure_findings(found) == [row]
    assert "泛指" in next(f for f in found if not f.data.get("summary")).message
    assert [f.data["missing"] for f in found if f.data.get("summary")] == [1]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead", ["管网改造工程|州住房城乡建设局|各县市人民政府|2027年底",
                                  "装配式建筑专项行动|州住房城乡建设局|有关部门|2028年底"])
def test_gw102_reworded_row_with_named_lead_answers_for_measure(fmt, lead, tmp_path):
    rows = list(_ROWS)
    rows[3 if lead.startswith("管网") else 2] = lead
    assert _codes(_plan(rows), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_table_of_some_measures_pairs_no_row_by_place(fmt, tmp_path):
    # two rows for four measures: no row stands for a measure by its place; the two others name units in the text
    measures = [_MEASURES[0], _MEASURES[1].replace("。完成", "，由州机关事务服务中心牵头。完成"),
                _MEASURES[2], _MEASURES[3].replace("。改造", "，州水利和湖泊局负责。改造")]
    rows = ["绿色建材推广|州住房城乡建设局|州经济和信息化局|2027年底", "装配式建筑发展|州住房城乡建设局|州发展改革委|2028年底"]
    assert _codes(_plan(rows, measures), fmt, tmp_path, "GW102") == []
    # the same table with a measure neither in the table nor naming a unit: that measure is reported
    found = _codes(_plan(rows, [*measures[:3], _MEASURES[3]]), fmt, tmp_path, "GW102")
    assert _measure_findings(found) == [4]


# ------------------------------------------------------------ GW106: a place or channel between deadline and verb
def _notice(issuer: str, recipients: str, line: str, title: str) -> str:
    lines = ["@doc_number x字〔2026〕12号", f"@title {issuer}{title}", f"@recipients {recipients}",
             "为加强数据管理，现将有关事项通知如下。", "一、各单位要明确专人负责数据管理。", line,
             f"@signature {issuer}", "@date 2026年4月16日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "二、请于每季度首月10日前，在全省危险废物监管信息系统中复核辖区医疗机构的申报数据，汇总后提交市局土壤科。",
    "二、各县（区）局须于每月5日前，通过全市市场主体信用平台核对本地区抽查结果，形成月报后报送市局。",
    "二、请于每年1月20日前，在全省林长制信息平台上审核本辖区巡林记录，汇总后上报市林业局生态保护修复科。",
])
def test_gw106_place_or_channel_after_deadline_still_a_report(fmt, line, tmp_path):
    found = _codes(_notice("襄阳市生态环境局", "各县（市、区）分局：", line, "关于加强数据管理的通知"), fmt, tmp_path,
                   "GW106")
    assert len(found) == 1 and found[0].severity == "warning"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # work done in the system, nothing handed up
    "二、各分局要于每季度首月10日前，在全省危险废物监管信息系统中复核辖区医疗机构的申报数据，对问题督促整改。",
    # a time adverbial before the material: still nothing handed up
    "二、在检查结束后，各分局要对辖区医疗机构的申报数据逐一复核，发现问题及时督促整改。",
])
def test_gw106_place_or_channel_without_handing_up_is_quiet(fmt, line, tmp_path):
    assert _codes(_notice("襄阳市生态环境局", "各县（市、区）分局：", line, "关于加强数据管理的通知"), fmt, tmp_path,
                  "GW106") == []


# ------------------------------------------------------------ GW106: the sentence points to a table that sets the time
def _with_table(line: str, header: str, rows: list[str]) -> str:
    lines = ["@doc_number x字〔2026〕15号", "@title 十堰市文化和旅游局关于做好文旅市场运行监测的通知",
             "@recipients 各县（市、区）文化和旅游局：", "为及时掌握全市文旅市场运行情况，现将有关事项通知如下。",
             "一、各县（市、区）要明确专人负责运行监测。", line, f"@table {header}", *[f"@table {r}" for r in rows],
             "@signature 十堰市文化和旅游局", "@date 2026年5月6日"]
    return "\n".join(lines) + "\n"


_TIMED = ["1|A级景区接待人次|每月3日前登录监测平台汇总审核后提交", "2|星级饭店营业收入|每季度结束后10日内审核后上传监测平台"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, header", [
    ("二、辖区内重点文旅企业经营数据按下表要求报送。", "序号|监测项目|时间要求"),
    ("辖区内A级景区和星级饭店运行数据按下表时间要求填报。", "序号|数据项目|报送时间"),
    ("二、各县（市、区）监测数据按下表时限报送市局。", "序号|监测指标|完成时限"),
])
def test_gw106_sentence_and_table_time_column_make_one_demand(fmt, line, header, tmp_path):
    found = _codes(_with_table(line, header, _TIMED), fmt, tmp_path, "GW106")
    assert len(found) == 1 and found[0].severity == "warning"


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_table_of_standards_with_time_column_asks_no_report(fmt, tmp_path):
    rows = ["1|游乐设施|每日运营前完成试运行检查|每月10日前完成", "2|消防通道|保持畅通、标识清晰|每月10日前完成"]
    assert _codes(_with_table("二、安全检查按下表要求进行。", "序号|检查项目|检查标准|检查时间", rows), fmt, tmp_path,
                  "GW106") == []


# ------------------------------------------------------------ GW105: the issuer's own work, lower departments its counterparts
def _own_work(last: str, recipients: str = "各县（市、区）人民政府：") -> str:
    lines = ["@doc_number x字〔2026〕21号", "@title 南平市市场监督管理局关于开展冬季药品质量抽检的通知",
             f"@recipients {recipients}", "为保障冬季用药安全，我局决定于11月开展全市零售药店药品质量抽检。现将有关事项通知如下。",
             "一、抽检样品由我局委托具有资质的检验机构检验，结果由我局统一公布。", last,
             "@signature 南平市市场监督管理局", "@date 2026年10月28日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last", [
    "二、需要县（市、区）配合的事项，由我局直属执法支队与县（市、区）市场监管部门直接对接。",
    "二、现场抽样由本局稽查科同各县（市、区）市场监管局联系安排。",
    "二、抽检中需要协助的，由我局与各县（市、区）市场监督管理局对接，不另行发文。",
])
def test_gw105_issuer_with_lower_counterparts_leaves_governments_idle(fmt, last, tmp_path):
    found = _codes(_own_work(last), fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["work_levels"] == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last", [
    "二、需要配合的事项，由我局直属执法支队与各县（市、区）人民政府直接对接。",  # the governments are the partners
    "二、各县（市、区）人民政府督促辖区零售药店配合抽样。",  # a task of their own
])
def test_gw105_governments_or_departments_with_work_stay_quiet(fmt, last, tmp_path):
    assert _codes(_own_work(last), fmt, tmp_path, "GW105") == []


# ------------------------------------------------------------ GW102: a unit named by its role towards the measure
def _points(note: str) -> str:
    lines = ["@doc_number x字〔2026〕3号", "@title 抚州市人民政府办公室关于印发抚州市2026年政务服务工作要点的通知",
             "@recipients 市政府各部门：", "《抚州市2026年政务服务工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
             "@signature 抚州市人民政府办公室", "@date 2026年2月20日", "@page_break",
             "@attachment_title 抚州市2026年政务服务工作要点",
             "1.推进政务服务事项标准化，年内完成事项要素统一。（市行政审批局负责）",
             f"2.涉企行政许可事项实行告知承诺制，压减申请材料30%以上。{note}",
             "3.建设“15分钟政务服务圈”，新增便民服务点50个。（市行政审批局负责）"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["（由审批部门负责）", "（起草部门负责）", "由各项许可的受理部门负责。", "（由属地乡镇（街道）负责）"])
def test_gw102_role_of_the_unit_names_it(fmt, note, tmp_path):
    assert _codes(_points(note), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["（由有关部门负责）", "（由相关单位负责）", "（由有关部门的审批单位负责）", "（属地负责）"])
def test_gw102_collective_is_no_role(fmt, note, tmp_path):
    found = _codes(_points(note), fmt, tmp_path, "GW102")
    assert _measure_findings(found) == [2]


# ------------------------------------------------------------ GW806: a doubled character the word boundaries explain
def _prose(line: str) -> str:
    lines = ["@doc_number x字〔2026〕5号", "@title 怀化市民政局关于做好冬季救助工作的通知", "@recipients 各县（市、区）民政局：",
             line, "@signature 怀化市民政局", "@date 2026年11月2日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", ["全市新开通了了却群众多年心愿的救助热线。", "群众反映的的确是实情。",
                                  "检查时要看看看台栏杆是否牢固。", "这次走访是为了了解基层实情。"])
def test_gw806_doubled_across_word_boundary_is_quiet(fmt, line, tmp_path):
    assert _codes(_prose(line), fmt, tmp_path, "GW806") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, pair", [("入冬以来，我们们要把救助工作摆上位置。", "们们"), ("做好救助的的工作。", "的的"),
                                        ("各地要了了解困难群众生活状况。", "了了")])
def test_gw806_real_typos_still_caught(fmt, line, pair, tmp_path):
    found = _codes(_prose(line), fmt, tmp_path, "GW806")
    assert [f.excerpt for f in found] == [pair]


# ------------------------------------------------------------ GW502: a class of recipients as actor, an event as time
def _school_plan(item: str) -> str:
    lines = ["@doc_number x字〔2026〕30号", "@title 赣州市教育局关于印发赣州市中小学寒假安全工作方案的通知",
             "@recipients 各县（市、区）教育局：", "现将《赣州市中小学寒假安全工作方案》印发给你们，请认真贯彻执行。",
             "@signature 赣州市教育局", "@date 2026年1月5日", "@page_break", "@attachment_title 赣州市中小学寒假安全工作方案",
             "一、开展隐患排查。市教育局于1月15日前组织对全市校舍开展一次全面排查。", item]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", ["二、落实家校责任。各学校通过家长会向每一位家长讲清寒假安全注意事项。",
                                  "二、强化家校沟通。放假前，通过致家长一封信讲清防火防溺水要求。",
                                  "二、加强安全教育。各班主任要逐一家访，讲清防溺水要求。"])
def test_gw502_class_actor_or_event_time_makes_measure_checkable(fmt, item, tmp_path):
    assert _codes(_school_plan(item), fmt, tmp_path, "GW502") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw502_bare_slogan_still_vague(fmt, tmp_path):
    found = _codes(_school_plan("二、加强安全教育。强化意识，提升水平。"), fmt, tmp_path, "GW502")
    assert len(found) == 1

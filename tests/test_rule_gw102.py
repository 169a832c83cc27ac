"""GW102 missing-responsibility on the policy, the corpus and drafts (txt, docx, pdf)."""
from __future__ import annotations

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import Config
from gwlint.docgen import parse_marked, plain_text

from .drafts import finding_key, render_draft
from .conftest import CORPUS, POLICY, need


def gw102(result):
    return [f for f in result.findings if f.code == "GW102"]


def wide() -> Config:
    cfg = Config()
    cfg.options["GW102.issuer_levels"] = ["national", "province", "city", "county", "township"]
    return cfg


POLICY_DRAFT = """\
@title 江西省人民政府办公厅关于加快推进高标准农田建设的实施意见
@doc_number 赣府厅发〔2026〕9号
@recipients 各市、县（区）人民政府，省政府各部门：
为加快推进高标准农田建设，现提出如下意见。
@heading1 一、总体要求
@heading2 （一）指导思想。坚持新发展理念，稳步提升粮食产能。
@heading1 二、重点任务
@heading2 （一）统筹规划布局。科学编制高标准农田建设规划，合理确定建设任务。（责任单位：省农业农村厅；配合单位：省自然资源厅）
@heading2 （二）加大资金投入。建立稳定的财政投入保障机制。（省财政厅会同省农业农村厅负责）
@heading2 （三）强化建设管理。省农业农村厅要健全项目储备库，严格项目验收。
@heading2 （四）加强技术指导。各地各部门要组织农技人员下沉一线，开展技术指导服务。
@heading2 （五）严格质量监督。有关部门要加强工程质量检查。
@heading1 三、保障措施
@heading2 （一）加强组织领导。省农业农村厅牵头建立联席会议制度。
@signature 江西省人民政府办公厅
@date 2026年3月2日
"""


def _variant(source: str, fmt: str, tmp_path):
    return lint_path(render_draft(source, fmt, tmp_path))


_key = finding_key


def test_policy_itself_breaks_gw102():
    r = lint_path(need(POLICY))
    fs = gw102(r)
    per_measure = [f for f in fs if not f.data.get("summary")]
    summary = [f for f in fs if f.data.get("summary")]
    assert len(per_measure) == 21
    assert [f.data["measure"] for f in per_measure] == list(range(1, 22))
    assert len(summary) == 1 and summary[0].message.startswith("21/21 条措施未明确责任单位")
    assert all(f.severity == "warning" for f in fs)
    # each finding points at the measure heading
    first = per_measure[0]
    assert first.excerpt.startswith("1.坚决压减文件简报数量")


@pytest.mark.parametrize("name", ["37.txt", "07.txt"])
def test_corpus_examples_pass_clean(name):
    assert gw102(lint_path(need(CORPUS / "govcn" / name))) == []


def test_state_council_notes_are_recognised_even_in_national_scope():
    # 37.txt: 30 items, each （××部负责）; clean also when national documents are in scope
    assert gw102(lint_path(need(CORPUS / "govcn" / "37.txt"), wide())) == []
    # 39.txt: （人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）
    assert gw102(lint_path(need(CORPUS / "govcn" / "39.txt"), wide())) == []


def test_national_documents_are_out_of_scope_by_default():
    path = need(CORPUS / "govcn" / "17.txt")  # 国务院办公厅 意见 without notes
    assert gw102(lint_path(path)) == []
    assert len(gw102(lint_path(path, wide()))) > 0


@pytest.mark.parametrize("name", ["14.txt", "21.txt", "49.txt", "38.txt"])
def test_not_policy_documents(name):
    # 批复, 函, 通报 and an ordinary notice are never checked, whatever the scope
    assert gw102(lint_path(need(CORPUS / "govcn" / name), wide())) == []


def test_draft_flags_only_measures_without_a_specific_unit(tmp_path):
    r = _variant(POLICY_DRAFT, "txt", tmp_path)
    fs = gw102(r)
    flagged = [f.excerpt for f in fs if not f.data.get("summary")]
    assert len(flagged) == 2
    assert flagged[0].startswith("（四）加强技术指导") and flagged[1].startswith("（五）严格质量监督")
    summary = [f for f in fs if f.data.get("summary")]
    # 指导思想 is not a task, nor is 保障措施's （一）加强组织领导 (how the plan is run); the five 重点任务 are
    assert summary[0].message.startswith("2/5 条措施未明确责任单位")


def test_findings_identical_across_formats(tmp_path):
    results = {fmt: _key(gw102(_variant(POLICY_DRAFT, fmt, tmp_path))) for fmt in ("txt", "docx", "pdf")}
    assert len(results["txt"]) == 3
    assert results["docx"] == results["txt"]
    assert results["pdf"] == results["txt"]


def test_responsibility_list_attachment_covers_all_measures(tmp_path):
    src = POLICY_DRAFT.replace(
        "@signature 江西省人民政府办公厅",
        "附件：重点任务责任分工表\n@signature 江西省人民政府办公厅",
    ) + ("@attachment_label 附件\n@attachment_title 重点任务责任分工表\n"
         "@table 序号|任务|责任单位\n@table 4|加强技术指导|省农业农村厅\n@table 5|严格质量监督|省市场监管局\n")
    for fmt in ("txt", "docx"):
        assert gw102(_variant(src, fmt, tmp_path)) == [], fmt


def _with_list(rows: str) -> str:
    return POLICY_DRAFT.replace(
        "@signature 江西省人民政府办公厅",
        "附件：重点任务责任分工表\n@signature 江西省人民政府办公厅",
    ) + "@attachment_label 附件\n@attachment_title 重点任务责任分工表\n@table 序号|任务|责任单位\n" + rows


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_responsibility_list_is_read_row_by_row(fmt, tmp_path):
    # the table names a unit for （四） only: （五） is still unassigned
    src = _with_list("@table 1|统筹规划布局|省农业农村厅\n@table 4|加强技术指导|省农业农村厅、省气象局\n")
    fs = gw102(_variant(src, fmt, tmp_path))
    per = [f for f in fs if not f.data.get("summary")]
    assert [f.excerpt[:9] for f in per] == ["（五）严格质量监督"], fmt
    assert "责任分工表中也没有这一条" in per[0].message
    assert [f.message[:5] for f in fs if f.data.get("summary")] == ["1/5 条"]  # 加强组织领导 is procedural


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_list_naming_an_internal_office_counts(fmt, tmp_path):
    # 省农业农村厅种植业管理处: the office of a named department, one cell per line in .txt
    src = _with_list("@table 4|加强技术指导|省农业农村厅种植业管理处\n"
                     "@table 5|严格质量监督|省市场监管局产品质量监督处、省农业农村厅农产品质量安全监管处\n")
    assert [f.excerpt[:9] for f in gw102(_variant(src, fmt, tmp_path)) if not f.data.get("summary")] == [], fmt


def test_responsibility_list_row_without_unit_does_not_count(tmp_path):
    src = _with_list("@table 4|加强技术指导|省农业农村厅\n@table 5|严格质量监督|有关部门\n")
    per = [f for f in gw102(_variant(src, "docx", tmp_path)) if not f.data.get("summary")]
    assert [f.excerpt[:9] for f in per] == ["（五）严格质量监督"]


def test_list_that_cannot_be_lined_up_is_trusted(tmp_path):
    # other wording and no shared numbers: gwlint cannot map the rows, so it stays quiet
    src = _with_list("@table 一|农田水利设施建设|省水利厅\n@table 二|耕地质量提升|省农业农村厅\n")
    assert gw102(_variant(src, "txt", tmp_path)) == []


@pytest.mark.parametrize("sentence, silent", [
    ("由省农业农村厅负责本意见的组织实施。", True),
    ("试点城市人民政府是高标准农田建设试点的责任主体，要加强组织领导。", True),
    # a territorial duty (本地区, 本行政区域, 辖区) covers no measure: it names no department for one (round 11)
    ("各设区市人民政府是本地区高标准农田建设的责任主体，要加强组织领导。", False),
    ("各设区市人民政府对本行政区域高标准农田建设负总责。", False),
    # one task's owner is not the owner of the whole document
    ("省农业农村厅负责组织实施高标准农田项目验收工作。", False),
    ("有关部门是落实本意见的责任主体。", False),
])
def test_whole_document_responsibility(sentence, silent):
    src = plain_text(parse_marked(POLICY_DRAFT)).replace("为加快推进高标准农田建设，现提出如下意见。",
                                                         "为加快推进高标准农田建设，现提出如下意见。" + sentence)
    assert (gw102(lint_bytes(src.encode("utf-8"), "draft.txt")) == []) is silent


def test_pilot_city_governments_and_guiding_departments_are_responsible():
    # 07: （生态环境部、工业和信息化部指导） notes and 试点城市政府是……责任主体
    r = lint_path(need(CORPUS / "govcn" / "07.txt"), wide())
    assert gw102(r) == []


@pytest.mark.parametrize("title", [
    "江西省人民政府办公厅关于同意设立南昌高新技术产业开发区的批复",
    "江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知",
    "江西省人民政府办公厅关于2025年高标准农田建设情况的通报",
])
def test_same_body_under_non_policy_titles_is_silent(title):
    src = plain_text(parse_marked(POLICY_DRAFT)).replace(
        "江西省人民政府办公厅关于加快推进高标准农田建设的实施意见", title)
    assert gw102(lint_bytes(src.encode("utf-8"), "draft.txt")) == []


def test_issue_notice_carrying_a_plan_is_checked():
    src = plain_text(parse_marked(POLICY_DRAFT)).replace(
        "江西省人民政府办公厅关于加快推进高标准农田建设的实施意见",
        "江西省人民政府办公厅关于印发江西省高标准农田建设实施方案的通知")
    fs = gw102(lint_bytes(src.encode("utf-8"), "draft.txt"))
    assert len(fs) == 3


def test_rule_docs():
    from .conftest import run_cli
    r = run_cli("rule", "GW102")
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    assert "赣府发〔2019〕3号 第2条" in out and "责任单位" in out


def test_names_the_document_defines_for_units_are_responsible():
    from gwlint.analysis.units import defined_aliases, responsible_units

    intro = "相关行业主管部门和相关区政府（以下统称专区监管部门）落实各项重大决策。"
    assert defined_aliases(intro) == ["专区监管部门"]
    assert defined_aliases("本办法所称政务数据（以下简称数据），是指……") == []  # no unit defined
    measure = "（三）加强安全合规监管\n专区监管部门负责监督运营单位健全完善全流程技术规范。"
    assert [u.text for u in responsible_units(measure, aliases=["专区监管部门"])] == ["专区监管部门"]
    assert responsible_units("专区监管部门的经验值得推广。", aliases=["专区监管部门"]) == []


# ------------------------------------------------------------ issue 15 (h15g1): members of a coordination body as units
@pytest.mark.parametrize("note", [
    "（责任单位：省高标准农田建设领导小组成员单位）",
    "（责任单位：省农田建设联席会议各成员单位）",
    "（省十大新兴产业推进组工作专班成员单位按职责分工负责）",
    "（省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位按职责分工负责）",
    "（责任单位：省农田建设工作专班）",
])
def test_members_of_a_named_coordination_body_are_responsible(note):
    src = POLICY_DRAFT.replace("有关部门要加强工程质量检查。", "加强工程质量检查。" + note)
    per = [f.excerpt[:9] for f in gw102(lint_bytes(plain_text(parse_marked(src)).encode(), "d.txt"))
           if not f.data.get("summary")]
    assert "（五）严格质量监督" not in per, note
    assert "（四）加强技术指导" in per  # 各地各部门 still names nobody


@pytest.mark.parametrize("note", ["（责任单位：各成员单位）", "（责任单位：有关成员单位）"])
def test_bare_member_units_still_name_nobody(note):
    src = POLICY_DRAFT.replace("有关部门要加强工程质量检查。", "加强工程质量检查。" + note)
    per = [f.excerpt[:9] for f in gw102(lint_bytes(plain_text(parse_marked(src)).encode(), "d.txt"))
           if not f.data.get("summary")]
    assert "（五）严格质量监督" in per, note


# ------------------------------------------------------------ issue 15 (h15g1): norms whose subject is an activity
@pytest.mark.parametrize("body, quiet", [
    ("专区数据使用应遵循最小授权原则，不得超出授权范围使用。", True),
    ("数据调用应当经数据提供部门审核同意。", True),
    ("经营活动不得占用消防通道。", True),
    # 要 hands the government a task: still a measure that needs a unit
    ("数据共享要加快推进，年底前实现应享尽享。", False),
    ("加强工程质量检查，严格项目验收。", False),
])
def test_norm_for_an_activity_is_no_measure(body, quiet):
    src = POLICY_DRAFT.replace("有关部门要加强工程质量检查。", body)
    per = [f.excerpt[:9] for f in gw102(lint_bytes(plain_text(parse_marked(src)).encode(), "d.txt"))
           if not f.data.get("summary")]
    assert ("（五）严格质量监督" not in per) == quiet, body


def test_note_opening_with_the_leader_then_the_unit():
    src = POLICY_DRAFT.replace("有关部门要加强工程质量检查。", "加强工程质量检查。（责任领导：省政府分管副省长；责任单位：省农业农村厅）")
    per = [f.excerpt[:9] for f in gw102(lint_bytes(plain_text(parse_marked(src)).encode(), "d.txt"))
           if not f.data.get("summary")]
    assert "（五）严格质量监督" not in per
    # a leader alone names no department
    src = POLICY_DRAFT.replace("有关部门要加强工程质量检查。", "加强工程质量检查。（责任领导：省政府分管副省长）")
    per = [f.excerpt[:9] for f in gw102(lint_bytes(plain_text(parse_marked(src)).encode(), "d.txt"))
           if not f.data.get("summary")]
    assert "（五）严格质量监督" in per


def test_territorial_duty_of_lower_governments_covers_no_measure():
    # 各乡镇人民政府是本辖区……的责任主体 in the safeguards: their area, not a department per measure
    src = plain_text(parse_marked(POLICY_DRAFT)).replace(
        "为加快推进高标准农田建设，现提出如下意见。",
        "为加快推进高标准农田建设，现提出如下意见。各设区市人民政府是本辖区高标准农田建设的责任主体。")
    assert gw102(lint_bytes(src.encode("utf-8"), "draft.txt"))


@pytest.mark.parametrize("note, named", [
    ("〔省农业农村厅、省财政厅〕", True),
    ("（省农业农村厅、省财政厅）", True),
    ("〔省农业农村厅〕", True),
    ("（省农业农村厅、有关企业）", False),  # not a list of units only
    ("（2026年）", False),
])
def test_bare_bracketed_units_name_the_responsible(note, named):
    from gwlint.analysis.units import responsible_units

    units = responsible_units("一、支持数字化改造。按设备投资额的10%给予补助。" + note)
    assert bool(units) is named, note


def test_work_arrangement_of_a_leading_group_office_is_checked():
    from gwlint.analysis.units import responsible_units

    assert [u.text for u in responsible_units("各县（市、区）在推进老旧小区改造中，应当统筹电力增容。",
                                              include_generic=True)] == ["各县（市、区）"]
    src = plain_text(parse_marked(POLICY_DRAFT)).replace(
        "江西省人民政府办公厅关于加快推进高标准农田建设的实施意见",
        "江西省人民政府办公厅关于印发2026年全省高标准农田建设重点工作安排的通知")
    assert gw102(lint_bytes(src.encode("utf-8"), "draft.txt"))


# issue 15 (h15k): numbered items nested in several levels — the measure is the highest item with content
# of its own; title-only items above it hand their units down; a unit in one sub-item covers no sibling
NESTED = """\
@title 崇义县人民政府办公室关于印发崇义县竹产业提升行动方案的通知
@doc_number 崇府办字〔2026〕8号
@recipients 各乡镇人民政府，县直各单位：
《崇义县竹产业提升行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。
@signature 崇义县人民政府办公室
@date 2026年5月6日
@page_break
@attachment_title 崇义县竹产业提升行动方案
@heading1 一、重点任务
@heading2 （一）壮大竹林资源{tag}
1.改造低产竹林。{lead}
（1）实施竹林抚育。由县林业局负责，年内抚育竹林5万亩。
（2）推广测土配方施肥。在重点乡镇建设示范基地10个。
2.建设竹林道路。新修竹林作业道100公里。（责任单位：县交通运输局）
@heading1 二、保障措施
县财政每年安排竹产业发展资金，县市场监管局每季度对竹制品质量开展抽检。
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_sub_item_without_unit_beside_one_with_unit(fmt, tmp_path):
    r = _variant(NESTED.format(tag="", lead=""), fmt, tmp_path)
    flagged = [f.excerpt for f in gw102(r) if not f.data.get("summary")]
    assert len(flagged) == 1 and flagged[0].startswith("（2）推广测土配方施肥")


@pytest.mark.parametrize("tag, lead", [
    ("（责任单位：县林业局）", ""),  # a tag on the title line above covers the items below
    ("", "由县林业局牵头，县农业农村局配合，重点抓好以下工作："),  # a lead-in of the measure covers its sub-items
])
def test_unit_above_the_sub_items_covers_them(tag, lead, tmp_path):
    assert not gw102(_variant(NESTED.format(tag=tag, lead=lead), "txt", tmp_path))


def test_finance_of_a_government_level_is_its_finance_department():
    from gwlint.analysis.units import find_units, responsible_units

    assert [u.level for u in find_units("县财政统筹安排治理资金")] == ["county"]
    assert [u.level for u in find_units("省财政对符合条件的项目给予补助")] == ["province"]
    assert not find_units("加大县财政资金投入")  # 财政资金 is money, not a body
    assert [u.name for u in responsible_units("县市场监管局每季度对竹制品质量开展抽检。")] == ["县市场监管局"]


# issue 15 (h15a, holdout3 classes): responsibility forms not read before
@pytest.mark.parametrize("text, names", [
    # a unit chain closing the measure, the manner before the predicate (one jieba token or several)
    ("（三）建设冷链集配中心，年内建成5个，县农业农村局、县商务局按职责分工负责。", ["县农业农村局", "县商务局"]),
    ("推进夜市规范经营，市场监管部门加强抽检，市城市管理局、市市场监管局按照各自职责抓好落实。",
     ["市城市管理局", "市市场监管局"]),
    ("举办招聘月活动，县人力资源社会保障局、县总工会分别负责。", ["县人力资源社会保障局", "县总工会"]),
    # development-zone committees, local mass organisations, party departments before 会同
    ("（二）建设产业园。抚州高新技术产业开发区管委会负责园区道路和标准厂房建设。", ["抚州高新技术产业开发区管委会"]),
    ("开展巾帼创业行动，由县妇联、县农业农村局按职责分工负责。", ["县妇联", "县农业农村局"]),
    ("组织青年志愿服务，团县委牵头组织实施。", ["团县委"]),
    ("加强夜间消防巡查，区消防救援大队负责。", ["区消防救援大队"]),
    ("讲好本地故事，区委宣传部会同区文化旅游局共同负责。", ["区委宣传部", "区文化旅游局"]),
    # departments of an autonomous region
    ("四、强化用地保障。（责任单位：自治区自然资源厅、自治区发展改革委）", ["自治区自然资源厅", "自治区发展改革委"]),
])
def test_responsibility_forms_of_holdout3_classes(text, names):
    from gwlint.analysis.units import responsible_units

    assert [u.text for u in responsible_units(text)] == names


@pytest.mark.parametrize("text", [
    "（五）加强宣传。有关部门按职责分工负责。",  # a collective stays generic whatever follows it
    "组织开展推介活动，有关单位按照各自职责抓好落实。",
    "支持国家级开发区管委会建设服务中心。",  # no zone is named
    "（责任单位：省直各有关部门）",  # a collective in a labelled note
])
def test_collectives_still_name_nobody(text):
    from gwlint.analysis.units import responsible_units

    assert responsible_units(text) == []


def test_labelled_note_names_an_unknown_centre_beside_a_collective():
    from gwlint.analysis.units import responsible_units

    units = responsible_units("一、完善目录。编制政务数据资源目录。（责任单位：市大数据中心，市直各部门）")
    assert [u.text for u in units] == ["市大数据中心"]


def test_a_level_of_governments_named_in_a_note_is_responsible():
    from gwlint.analysis.units import responsible_units

    units = responsible_units("六、建立项目库。实行动态管理。（责任单位：各市、县人民政府）")
    assert [u.kind for u in units] == ["government"] and not units[0].generic


TASK_TABLE = """\
@title 南平市人民政府办公室关于印发南平市农村人居环境整治提升工作方案的通知
@doc_number 南政办〔2026〕15号
@recipients 各县（市、区）人民政府，市直有关单位：
《南平市农村人居环境整治提升工作方案》已经市政府同意，现印发给你们，请认真组织实施。
@signature 南平市人民政府办公室
@date 2026年5月20日
@page_break
@attachment_title 南平市农村人居环境整治提升工作方案
为持续改善农村人居环境，制定本方案。重点任务如下：
@table 序号|重点任务|完成时限|责任单位
@table 1|推进农村户厕改造|2026年10月底|市农业农村局
@table 2|建设农村生活污水处理设施|2026年12月底|{cell2}
@table 3|开展村庄清洁行动|长期坚持|市农业农村局、各县（市、区）人民政府
@table 4|完善垃圾收运体系|2026年11月底|{cell4}
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("cell2, cell4, flagged", [
    ("—", "/", ["建设农村生活污水处理设施", "完善垃圾收运体系"]),
    ("市生态环境局", "", ["完善垃圾收运体系"]),  # an empty last cell: lost in a .txt copy, rebuilt from the numbering
    ("市生态环境局", "市城市管理局", []),
])
def test_task_table_row_with_a_blank_unit_cell(fmt, cell2, cell4, flagged, tmp_path):
    r = _variant(TASK_TABLE.format(cell2=cell2, cell4=cell4), fmt, tmp_path)
    rows = [f for f in gw102(r) if f.data.get("table")]
    assert [f.excerpt for f in rows] == flagged
    summary = [f for f in gw102(r) if f.data.get("summary")]
    assert [f.message.split(" ")[0] for f in summary] == ([f"{len(flagged)}/4"] if flagged else [])


CLOSING = """\
@title 景德镇市人民政府关于印发景德镇市支持陶瓷文化产业发展若干措施的通知
@doc_number 景府发〔2026〕4号
@recipients 各县（市、区）人民政府，市政府各部门：
现将《景德镇市支持陶瓷文化产业发展若干措施》印发给你们，请认真贯彻执行。
@signature 景德镇市人民政府
@date 2026年2月26日
@page_break
@attachment_title 景德镇市支持陶瓷文化产业发展若干措施
一、支持陶瓷企业技术改造。按设备投资额的10%给予补助。（责任单位：市工业和信息化局）
二、培育陶瓷文化品牌。对获评国家级非遗工坊的给予20万元奖励。{tag}
三、拓展陶瓷电商市场。对年网络销售额超过1亿元的企业给予奖励。（责任单位：市商务局）
四、各县（市、区）人民政府和市直各有关部门要按照职责分工，细化配套措施，确保各项政策措施落到实处。
五、本措施由市工业和信息化局负责解释，自印发之日起施行。
"""


@pytest.mark.parametrize("tag, flagged", [("（责任单位：市文化广电新闻出版旅游局）", []), ("", ["二、"])])
def test_numbered_closing_items_are_no_measures(tag, flagged, tmp_path):
    r = _variant(CLOSING.format(tag=tag), "txt", tmp_path)
    per = [f for f in gw102(r) if not f.data.get("summary")]
    assert [f.excerpt[:2] for f in per] == flagged
    assert all("3 条" in f.message or f.message.startswith("1/3") for f in gw102(r) if f.data.get("summary"))


OWN_SYSTEM = """\
@title 江西省商务厅关于推进县域商业体系建设的指导意见
@doc_number 赣商务字〔2026〕21号
@recipients 各设区市商务局：
为推进县域商业体系建设，提出如下意见。
（一）完善县域商业网点。改造提升乡镇商贸中心100个。{tag1}
（二）发展农村电商。培育农村电商带头人1000名。
（三）畅通农产品上行。支持建设产地集配中心。{tag3}
@signature 江西省商务厅
@date 2026年5月9日
"""


@pytest.mark.parametrize("tag1, tag3, fires", [
    ("", "", False),  # its own system, its own work: nothing to share out
    ("（责任单位：省商务厅）", "", False),  # naming itself shares nothing out
    ("（责任单位：省商务厅）", "（责任单位：省农业农村厅、省供销合作社）", True),  # other bodies: a policy to share out
])
def test_department_to_its_own_system_sharing_out_is_checked(tag1, tag3, fires, tmp_path):
    r = _variant(OWN_SYSTEM.format(tag1=tag1, tag3=tag3), "txt", tmp_path)
    per = [f.excerpt[:3] for f in gw102(r) if not f.data.get("summary")]
    assert per == (["（二）"] if fires else [])


# ------------------------------------------------------------ issue 15 round 7 (hA): real-world phrasing
@pytest.mark.parametrize("text, names", [
    ("（厅人才处负责）", ["厅人才处"]),
    ("（局办公室负责）", ["局办公室"]),
    ("（市局法规科、局国土空间规划科负责）", ["市局法规科", "局国土空间规划科"]),
    ("（责任单位：县局造林股）", ["县局造林股"]),
    ("（厅种植业管理处牵头，厅农技推广总站配合）", ["厅种植业管理处", "厅农技推广总站"]),
    ("（厅公路局负责）", ["厅公路局"]),
    # governments the place tables do not know, by their form; each place before the shared 人民政府 is one (hE)
    ("（诸城市、寿光市人民政府负责）", ["诸城市", "寿光市人民政府"]),
    ("（有关县人民政府负责）", []),  # …but a collective is still none
    ("（局各科室负责）", []),  # a collective of divisions names none
    ("（各处室负责）", []),
])
def test_divisions_of_the_issuer_are_units_in_notes(text, names):
    from gwlint.analysis.units import find_notes

    assert [u.name for n in find_notes(text) for u in n.units if not u.generic] == names


@pytest.mark.parametrize("text, names", [
    ("一是提升农贸市场。责任单位：市商务局、市市场监管局。", ["市商务局", "市市场监管局"]),
    ("（一）完善设施。\n牵头单位：州文化旅游广电局。\n配合单位：州住房城乡建设局。", ["州文化旅游广电局"]),
    ("产量达到90万辆。（责任单位：市工业和信息化局、市发展改革委", ["市工业和信息化局", "市发展改革委"]),
    ("二是整治背街小巷。责任单位：各相关单位。", ["各相关单位"]),  # found, but a collective (generic)
    ("要明确责任单位和完成时限。", []),  # the label word inside a sentence is no note
])
def test_label_sentences_and_unclosed_tags_are_notes(text, names):
    from gwlint.analysis.units import find_notes

    got = [u.text for n in find_notes(text) for u in n.units]
    assert got == names


GENERIC_TABLE = """\
@title 赣州市商务局关于印发《赣州市促进消费实施方案》的通知
@doc_number 赣市商字〔2026〕18号
@recipients 各县（市、区）商务局，市直有关单位：
现将《赣州市促进消费实施方案》印发给你们，请认真抓好落实。
@signature 赣州市商务局
@date 2026年5月12日
@page_break
@attachment_title 赣州市促进消费实施方案
为释放消费潜力，制定本方案。重点任务分工如下。
@table 序号|重点任务|责任单位|完成时限|备注
@table 1|举办消费季活动|市商务局、市财政局|2026年10月底|
@table 2|建设县域商业体系示范县|{cell2}|2026年12月底|
@table 3|开展“赣品网上行”活动|{cell3}|2026年11月底|
@table 4|建设海外仓|市商务局|2027年6月底|
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("cell2, cell3, flagged", [
    ("相关部门", "", ["建设县域商业体系示范县", "开展“赣品网上行”活动"]),  # generic; empty middle cell lost in .txt
    ("各市县、各有关部门", "市商务局", ["建设县域商业体系示范县"]),
    ("市直各部门", "市商务局", []),  # every department, each for its own share: a determinate set
    # the lower governments, each for its own area: named (issue 15 hU); beside 有关部门 alone they are 各地各部门
    ("各县（市、区）", "市商务局", []),
    ("各县市区人民政府", "各县市区、各有关部门", ["开展“赣品网上行”活动"]),
    ("市文广新旅局", "市商务局", []),
])
def test_task_table_generic_and_lost_middle_cells(fmt, cell2, cell3, flagged, tmp_path):
    r = _variant(GENERIC_TABLE.format(cell2=cell2, cell3=cell3), fmt, tmp_path)
    rows = [f for f in gw102(r) if f.data.get("table")]
    assert [f.excerpt for f in rows] == flagged
    if cell2 == "相关部门":
        assert "泛指" in rows[0].message and "市××局" in rows[0].message


def test_lost_cells_are_put_back_by_the_deadline_column():
    from gwlint.analysis.tables import build_tables, realign
    from gwlint.model import Document, Paragraph
    import re

    texts = ["序号", "工作任务", "配合单位", "牵头单位", "完成时限",
             "1", "完成除险加固", "市水利局建设管理科", "2026年12月底",
             "2", "建设测报设施", "市气象局", "市水利局水旱灾害防御科", "2026年10月底"]
    doc = Document("t.txt", "txt", [Paragraph(t) for t in texts])
    (t,) = build_tables(doc.paragraphs, list(range(1, len(texts) + 1)), ("序号", "工作任务", "配合单位", "牵头单位", "完成时限"))
    due = {4: re.compile(r"\d{4}年\d{1,2}月底")}
    assert t.rows[1].cells == ["1", "完成除险加固", "市水利局建设管理科", "2026年12月底", ""]  # as the text has it
    # the date goes back to 完成时限, the empty cell to the optional 配合单位 column
    assert realign(t.rows[1], due, {2}).cells == ["1", "完成除险加固", "", "市水利局建设管理科", "2026年12月底"]
    assert realign(t.rows[2], due, {2}).cells == t.rows[2].cells


INLINE = """\
@title 安远县人民政府办公室关于印发安远县和美乡村建设行动方案的通知
@doc_number 安府办字〔2026〕9号
@recipients 各乡（镇）人民政府，县政府各部门：
《安远县和美乡村建设行动方案》已经县政府同意，现印发给你们，请认真组织实施。
@signature 安远县人民政府办公室
@date 2026年3月20日
@page_break
@attachment_title 安远县和美乡村建设行动方案
为推进和美乡村建设，制定本方案。
（一）改善农村人居环境。{lead1}实施户厕改造，完成改厕1500户（责任单位：县农业农村局）；{lead2}推行垃圾分类，行政村覆盖率达到80%{tag2}；{lead3}开展村庄清洁行动（责任单位：县城管局）。
（二）提升乡村治理水平。推广积分制管理，每个乡镇打造2个示范村。（责任单位：县民政局）
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("leads, tag2, flagged", [
    (("一是", "二是", "三是"), "", ["二是推行垃圾分类"]),
    (("第一，", "第二，", "第三，"), "", ["第二，推行垃圾分类"]),
    (("一是", "二是", "三是"), "（责任单位：县城管局）", []),
    (("", "", ""), "", []),  # no list: one measure with units
])
def test_items_listed_inside_a_paragraph_are_measures(fmt, leads, tag2, flagged, tmp_path):
    src = INLINE.format(lead1=leads[0], lead2=leads[1], lead3=leads[2], tag2=tag2)
    r = _variant(src, fmt, tmp_path)
    per = [f for f in gw102(r) if not f.data.get("summary")]
    assert [f.excerpt for f in per] == flagged
    if flagged:
        assert "县××局" in per[0].message
        assert [f.message.split(" ")[0] for f in gw102(r) if f.data.get("summary")] == ["1/3"]


def test_inline_items_are_one_reading_for_gw102_and_gw502():
    from gwlint.analysis.facts import inline_items

    items = inline_items("（一）加强管护。一要各乡（镇）明确专人；二要定期巡查；三要及时修复。统一是关键。")
    assert [(i.lead, i.number, i.style) for i in items] == [("一要", 1, "一要"), ("二要", 2, "一要"), ("三要", 3, "一要")]
    assert inline_items("统一是关键，第二，说明。") == []  # 统一是 is no lead; a lone 第二 is no list


def test_subject_of_the_first_demand_carries_on(tmp_path):
    src = INLINE.format(lead1="一要", lead2="二要", lead3="三要", tag2="").replace(
        "实施户厕改造，完成改厕1500户（责任单位：县农业农村局）", "县农业农村局实施户厕改造，完成改厕1500户").replace(
        "开展村庄清洁行动（责任单位：县城管局）", "开展村庄清洁行动")
    per = [f for f in gw102(_variant(src, "txt", tmp_path)) if not f.data.get("summary")]
    assert per == []


PROCEDURAL = """\
@title 上栗县人民政府关于印发上栗县烟花爆竹安全专项整治方案的通知
@doc_number 栗府发〔2026〕7号
@recipients 各乡（镇）人民政府，县政府各部门：
现将《上栗县烟花爆竹安全专项整治方案》印发给你们，请认真贯彻执行。
@signature 上栗县人民政府
@date 2026年3月25日
@page_break
@attachment_title 上栗县烟花爆竹安全专项整治方案
@heading1 一、重点任务
（一）整治违规生产。严厉打击超范围生产行为。（责任单位：县应急管理局）
（二）打击非法经营。依法取缔无证经营网点。（责任单位：县市场监管局）
@heading1 二、工作步骤
（一）动员部署阶段（2026年4月）。召开动员会，完成企业摸底。
@heading1 三、保障措施
（一）加强组织领导。成立专项整治工作领导小组。
（二）强化督导问效。对推进不力的严肃问责。
（三）{third}
"""


@pytest.mark.parametrize("third, flagged", [
    ("营造良好氛围。利用媒体广泛宣传。", []),
    ("加大资金投入。设立专项整治资金500万元。", ["（三）"]),  # a measure, though in 保障措施
])
def test_procedural_items_of_a_plan_are_no_measures(third, flagged, tmp_path):
    r = _variant(PROCEDURAL.format(third=third), "txt", tmp_path)
    per = [f.excerpt[:3] for f in gw102(r) if not f.data.get("summary")]
    assert per == flagged


@pytest.mark.parametrize("issuer, example", [
    ("江西省人民政府办公厅", "省××厅"),
    ("广西壮族自治区人民政府", "自治区××厅"),
    ("赣州市人民政府", "市××局"),
    ("湘西土家族苗族自治州人民政府", "州××局"),
    ("安远县人民政府", "县××局"),
    ("瑞金市人民政府", "市××局"),
])
def test_message_example_follows_the_issuer_level(issuer, example, tmp_path):
    src = f"""\
@title {issuer}关于促进消费的若干措施
@doc_number 某政发〔2026〕1号
@recipients 各有关单位：
为促进消费，制定如下措施。
一、发放消费券。发放消费券2000万元。
二、举办消费季活动。有关部门要组织开展促销活动。
@signature {issuer}
@date 2026年3月2日
"""
    per = [f for f in gw102(_variant(src, "txt", tmp_path)) if not f.data.get("summary")]
    assert per and all(f"（责任单位：{example}）" in f.message for f in per)


WORK_POINTS = """\
@title 广东省科学技术厅关于印发2026年全省科技工作要点的通知
@doc_number 粤科函规字〔2026〕7号
@recipients 各地级以上市科技局：
现将《2026年全省科技工作要点》印发给你们，请结合实际抓好落实。
@signature 广东省科学技术厅
@date 2026年2月10日
@page_break
@attachment_title 2026年全省科技工作要点
（一）推进科技人才引育。实施科技人才引育计划。（厅人才处负责）
（二）健全省实验室体系。完善省实验室运行机制。
（三）加快核心技术攻关。组织实施重大科技专项。{tag}
"""


@pytest.mark.parametrize("tag, fires", [
    ("（厅基础研究处负责）", False),  # a department's year plan carried by its divisions
    ("（省科技厅会同省工业和信息化厅负责）", True),  # shared out to another body: a policy
])
def test_department_work_points_are_checked_only_when_shared_out(tag, fires, tmp_path):
    per = [f.excerpt[:3] for f in gw102(_variant(WORK_POINTS.format(tag=tag), "txt", tmp_path))
           if not f.data.get("summary")]
    assert per == (["（二）"] if fires else [])


@pytest.mark.parametrize("tag1, tag3, fires", [
    ("（厅市场体系建设处负责）", "（厅电子商务处负责）", True),
    ("（责任单位：江西省商务厅市场体系建设处）", "", True),  # a division after the issuer's full name
    ("（责任单位：省商务厅）", "（省商务厅负责）", False),  # the issuer itself only: its own work
])
def test_own_system_plan_naming_its_divisions_is_checked(tag1, tag3, fires, tmp_path):
    src = OWN_SYSTEM.format(tag1=tag1, tag3=tag3)
    per = [f.excerpt[:3] for f in gw102(_variant(src, "txt", tmp_path)) if not f.data.get("summary")]
    assert per == (["（二）", "（三）"][:1 + (not tag3)] if fires else [])


@pytest.mark.parametrize("text, names", [
    ("二、落实资金。省财政厅每年安排补助资金。", ["江西省财政厅"]),
    ("三、建立平台。省农业农村厅依托“赣农宝”平台建立监测模块。", ["江西省农业农村厅"]),
    ("三、加强调度。县发展改革局定期调度重点项目。", ["县发展改革局"]),
    ("四、培育企业。省科技厅支持的研发项目优先纳入计划。", []),  # a relative clause: the unit is no subject
    ("五、落实责任。省财政厅的资金要及时拨付。", []),
])
def test_a_unit_opening_the_measure_with_a_plain_verb_is_its_subject(text, names):
    from gwlint.analysis.units import responsible_units

    assert [u.name for u in responsible_units(text)] == names


_TWO_DOCS = """\
@title 九江市人民政府办公室关于印发九江市城市停车设施管理办法和九江市停车设施建设三年行动方案的通知
@doc_number 九府办发〔2026〕12号
@recipients 各县（市、区）人民政府，市政府各部门：
《九江市城市停车设施管理办法》和《九江市停车设施建设三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。
@heading1 九江市城市停车设施管理办法
第一条 为规范城市停车设施管理，制定本办法。
第二条 本办法适用于本市中心城区停车设施的规划、建设和管理。
第三条 停车设施经营者应当公示收费标准。
@page_break
@heading1 九江市停车设施建设三年行动方案
@heading2 （一）增加公共泊位。到2028年新增公共停车泊位1万个。（责任单位：市城市管理局，各县〔市、区〕人民政府）
@heading2 （二）推广智慧停车。{second}
@signature 九江市人民政府办公室
@date 2026年4月9日
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_each_carried_document_is_checked_by_its_own_kind(fmt, tmp_path):
    # the 办法 in articles is a norm (no finding on its 第一条); the 方案 after it is checked item by item
    src = _TWO_DOCS.format(second="建设全市统一的智慧停车平台，实现泊位信息实时共享。")
    fs = gw102(_variant(src, fmt, tmp_path))
    assert [f.excerpt[:9] for f in fs if not f.data.get("summary")] == ["（二）推广智慧停车"], fmt
    assert [f.message[:5] for f in fs if f.data.get("summary")] == ["1/2 条"]
    ok = _TWO_DOCS.format(second="建设全市统一的智慧停车平台。（责任单位：市大数据中心）")
    assert gw102(_variant(ok, fmt, tmp_path)) == [], fmt

"""Classes of round 17, wave 2 (issue 15, helper h17c), in phrasings of their own:

- J1 GW102: a plan's sections that state a period or a target (攻坚时间, 投资目标, 实施期限) are no measures.
- J2 GW102: accountability, assessment and running-cost items of 保障措施 (严格督导问责, 实行考核奖惩,
  强化经费保障 with 所需经费纳入预算) are procedural; a funding measure (设立专项资金) is not.
- J3 GW102: a task table's unit cell joining lower governments with a generic department phrase
  (各旗县市和盟直有关部门) is 各地各部门 written out.
- J4 GW102: a government after 支持/鼓励/引导 is the object of the measure, not its responsible unit.
- J5 GW105: a roster notice (调整……指挥部组成人员) gives lower governments that are no members no work.
- J6 GW107: an office copied in a clause of its own after the leader (同时抄送省政府督查室) does not
  route the report sent straight to the leader.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes, _doc


def _plan(items: list[str], issuer: str = "赤峰市人民政府办公室",
          recipients: str = "各旗县区人民政府，市政府各部门：") -> str:
    lines = ["@doc_number 赤政办发〔2026〕19号", f"@title {issuer}关于印发赤峰市冷链物流提升行动方案的通知",
             f"@recipients {recipients}",
             "《赤峰市冷链物流提升行动方案》已经市人民政府同意，现印发给你们。各旗县区人民政府要制定本地落实计划。",
             f"@signature {issuer}", "@date 2026年5月8日", "@page_break", "@attachment_title 赤峰市冷链物流提升行动方案",
             *items]
    return "\n".join(lines) + "\n"


def _measures(found) -> list:
    return [f for f in found if not f.data.get("summary")]


# ------------------------------------------------------------ J1: period and target sections
_J1_TASKS = ["三、建设产地冷藏保鲜设施。新建产地冷藏保鲜设施200个。（责任单位：市农牧局）",
             "四、培育冷链物流企业。对新纳入规模以上统计的冷链企业给予奖励。（责任单位：市商务局）"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second", [
    ("一、攻坚时间。2026年6月至2027年5月。", "二、投资目标。全年冷链物流投资增长10%以上，其中社会投资占比达到60%。"),
    ("一、实施期限。本方案实施期限为2026年7月1日至2028年6月30日。", "二、年度目标。到2026年底，冷库库容达到40万吨。"),
    ("一、行动周期。2026年至2028年。", "二、主要指标。冷链流通率提高到40%，果蔬损耗率降低到8%以下。"),
    ("一、实施时间和范围。2026年至2027年，覆盖全市各旗县区。", "二、预期目标。冷库库容达到50万吨。"),
    ("一、2026年度目标要求。全市冷库库容达到45万吨。", "二、完成时限。2026年12月底前。"),
])
def test_gw102_period_and_target_sections(fmt, first, second, tmp_path):
    assert _codes(_plan([first, second, *_J1_TASKS]), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_task_heading_beside_target_section_still_fires(fmt, tmp_path):
    items = ["一、发展目标。到2028年冷库库容达到60万吨。", "二、加快冷链集配中心建设。对新建集配中心按投资额的10%给予补助。",
             *_J1_TASKS]
    found = _measures(_codes(_plan(items), fmt, tmp_path, "GW102"))
    assert [f.data["measure"] for f in found] == [2] and "冷链集配" in found[0].excerpt


# ------------------------------------------------------------ J2: accountability items of 保障措施
_J2_HEAD = ["一、重点任务", "（一）整治危险路段。对临水临崖路段增设护栏。（责任单位：市交通运输局）",
            "（二）整治客运车辆。对农村客运车辆逐车检查。（责任单位：市交通运输局、市公安局）",
            "二、保障措施", "（一）加强组织领导。成立工作专班，统筹推进整治工作。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("（二）严格督导问责。对因工作不力造成严重后果的，依规依纪严肃追究责任。", False),
    ("（二）实行考核奖惩。对成绩突出的予以通报表扬，对落实不力的予以约谈。", False),
    ("（二）强化责任追究。对瞒报、迟报的，依法依规追究相关人员责任。", False),
    ("（二）强化经费保障。整治所需工作经费列入年度部门预算统筹保障。", False),
    ("（二）落实资金保障。集中整治所需经费统筹列入年度预算。", False),
    ("（二）落实资金保障。每年安排整治资金5000万元，支持隐患路段改造。", True),
    ("（二）强化结果运用。将整治成效纳入年度安全生产目标考核；对整治不力、发生重大事故的，严肃追究责任。", False),
    ("（二）强化激励引导。对整治成效突出的县区，给予一次性奖励资金100万元。", True),  # money: a policy
    ("（二）加大资金投入。设立整治专项资金2000万元，对隐患整治项目给予补助。", True),
    ("（二）强化经费保障。每年安排专项资金3000万元，支持隐患路段改造。", True),
])
def test_gw102_procedural_items_of_support_section(fmt, item, fires, tmp_path):
    found = _measures(_codes(_plan([*_J2_HEAD, item]), fmt, tmp_path, "GW102"))
    assert bool(found) is fires
    if fires:
        assert len(found) == 1 and found[0].excerpt.startswith("（二）")


# ------------------------------------------------------------ J3: 各地各部门 spelled out in a table cell
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("各旗县区和市直有关部门", True),
    ("各县（市、区）和市直有关单位", True),
    ("各区人民政府、市有关部门", True),
    ("各乡镇人民政府，县有关部门", True),
    ("各旗县区人民政府，市农牧局", False),  # a named department beside the collective
    ("各旗县区人民政府", False),  # the lower governments' collective alone: each for its area
])
def test_gw102_table_cell_collective_with_generic_departments(fmt, cell, fires, tmp_path):
    items = ["为提升冷链物流水平，重点任务分工如下。", "@table 序号|重点任务|责任单位|完成时限",
             "@table 1|建设冷链集配中心|市商务局、市发展改革委|2026年12月底",
             f"@table 2|改造农贸市场冷链设施|{cell}|2026年10月底",
             "@table 3|建立冷链监测平台|市市场监管局|2026年9月底"]
    found = _measures(_codes(_plan(items), fmt, tmp_path, "GW102"))
    assert bool(found) is fires
    if fires:
        assert len(found) == 1 and "改造农贸市场" in found[0].excerpt


# ------------------------------------------------------------ J4: a government as the object of 支持/鼓励
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    ("鼓励设区市人民政府设立冷链产业引导基金，引导社会资本参与。", True),
    ("支持宁城县人民政府建设冷链物流园区，对入园企业给予租金减免。", True),
    ("市财政局要支持宁城县人民政府建设冷链物流园区。", False),  # a named subject
])
def test_gw102_government_as_object(fmt, body, fires, tmp_path):
    items = ["一、建设产地冷藏保鲜设施。新建产地冷藏保鲜设施200个。（责任单位：市农牧局）",
             f"二、完善冷链园区布局。{body}",
             "三、培育冷链物流企业。对新纳入规模以上统计的冷链企业给予奖励。（责任单位：市商务局）"]
    found = _measures(_codes(_plan(items), fmt, tmp_path, "GW102"))
    assert [f.data["measure"] for f in found] == ([2] if fires else [])


# ------------------------------------------------------------ J5: a roster notice to townships
_ROSTER = ["为切实加强森林防灭火工作的组织领导，因人事变动，经县人民政府同意，决定对县森林防灭火指挥部成员进行调整。",
           "总指挥：县人民政府县长；副总指挥：分管林业工作的副县长；成员：县林业局、县应急管理局、县公安局主要负责同志。",
           "指挥部办公室设在县林业局。成员因工作变动需要调整的，由所在单位提出意见，报指挥部办公室备案。",
           "请认真遵照执行。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, extra, fires", [
    ("各乡镇人民政府，县直各部门：", [], True),
    ("各乡镇人民政府、街道办事处，县直有关单位：", [], True),
    ("各乡镇人民政府，县直各部门：", ["各乡镇人民政府要相应调整本级森林防灭火指挥机构，于6月底前报县指挥部办公室备案。"], False),
    ("县森林防灭火指挥部各成员单位：", [], False),
    ("各乡镇人民政府，县直各部门：", ["总指挥：负责指挥部全面工作。县林业局：负责指挥部日常工作。"], True),  # members' duties
])
def test_gw105_roster_notice(fmt, recipients, extra, fires, tmp_path):
    src = _doc("宁城县人民政府办公室", recipients, [*_ROSTER[:-1], *extra, _ROSTER[-1]],
               title="关于调整县森林防灭火指挥部成员的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


# ------------------------------------------------------------ J6: a copy to the office beside a leader
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, line, fires", [
    ("贵州省人民政府办公厅", "各牵头单位于每季度末月20日前，将任务进展情况直接报送省政府分管副省长，同时抄送省政府督查室。", True),
    ("遵义市住房和城乡建设局", "各责任单位于每月5日前将进展情况报送市政府分管副市长，并抄送市政府办公室。", True),
    ("遵义市住房和城乡建设局", "各责任单位每月5日前将进展情况报送市政府分管副市长（抄送市政府办公室）。", True),
    ("贵州省人民政府办公厅", "各牵头单位每季度末将进展情况报送省政府分管副省长，同时抄送省政府督查室。", True),  # another body
    ("贵州省人民政府办公厅", "督查结果由省政府督查室汇总后报省政府分管副省长。", False),  # the office itself
    ("贵州省人民政府办公厅", "分管副省长明确要求，项目堵点问题“直接报我”。@各市（州）人民政府每半月将问题清单报送省政府分管副省长，"
     "同时抄送省政府办公厅。", False),  # the leader's own instruction, quoted in the paragraph before
    ("贵州省人民政府办公厅", "各牵头单位于每季度末月20日前将进展情况报省政府办公厅（督查室），由其汇总后呈报省政府分管领导。", False),
    ("贵州省交通运输厅", "分管副省长明确要求：“进展情况要每月报我。”根据这一明确要求，省交通运输厅每月汇总后报送分管副省长。", False),
])
def test_gw107_copy_to_office_beside_leader(fmt, issuer, line, fires, tmp_path):
    src = _doc(issuer, "各市（州）人民政府，省政府各部门：", ["现就有关事项通知如下。", *line.split("@")])
    assert bool(_codes(src, fmt, tmp_path, "GW107")) is fires

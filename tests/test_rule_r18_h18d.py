"""Classes fixed by h18d in round 18 (issue 15), in other phrasings than the drafts that showed them:

- GW106: counts due on a standing cadence (每月10日前报送上月新增就业人数) are a standing report; a one-off
  head count (参训人数) is no work material.
- GW106: a compilation handed up (逐一核对……，汇总后报送) needs no material named, also when a channel and a
  manner adverb open the clause (在“××平台”中逐一核对主体信息); 将报名表汇总后报送 still names its (exempt) form.
- GW106: a table with no material column whose time column writes the submission out (每季度末前登录系统审核
  汇总后提交) is a report table; one whose time column only dates the work is not.  A sentence handing its
  time to the attached table (按附表时间报送) is a demand, and the table behind it adds no second finding.
- GW501: a short notice whose sentence stacks five clauses of stock phrases before the decision is flagged at
  that sentence; three such clauses, or the same sentence in a long notice, are not.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         tail: list[str] = ()) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日", *tail]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW106: counts due on a standing cadence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("南昌市人力资源和社会保障局", "各县（区）人力资源和社会保障局：",
     "各县（区）人力资源和社会保障局每月10日前向市局就业促进科报送上月城镇新增就业人数和失业人员再就业人数。"),
    ("广东省应急管理厅", "各地级以上市应急管理局：",
     "（三）主汛期内，各地级以上市应急管理局于每日17时前报送当日转移避险人数和启用避难场所数量。"),
    ("丽水市卫生健康委员会", "各县（市、区）卫生健康局：",
     "流感流行期间，各县（市、区）卫生健康局于每天上午10点前向市卫生健康委报送前一日辖区发热门诊接诊量。"),
])
def test_gw106_counts_on_a_standing_cadence_are_a_report(fmt, issuer, recipients, line, tmp_path):
    body = ["为做好有关工作，现将有关事项通知如下。", line]
    assert len(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_a_one_off_head_count_is_no_report(fmt, tmp_path):
    body = ["市人力资源和社会保障局定于7月10日举办职业指导师培训班。",
            "请各县（区）人力资源和社会保障局于7月3日前将参训人数报市局人事科。"]
    assert _codes(_doc("南昌市人力资源和社会保障局", "各县（区）人力资源和社会保障局：", body),
                  fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ GW106: a compilation handed up
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "请各县（市、区）农业农村局于9月10日前，在“省农产品质量安全追溯平台”中逐户核对辖区种粮大户的补贴面积，汇总后报送市局计财科。",
    "各县（市、区）农业农村局于每季度末前对辖区农资经营门店逐个核实，审核汇总后报市局质监科。",
    "请各县（市、区）农业农村局于每月10日前登录“省农产品质量安全追溯平台”，对辖区合格证开具记录逐一核对后提交。",
])
def test_gw106_a_compilation_handed_up_needs_no_material_named(fmt, line, tmp_path):
    body = ["为加强农产品质量安全监管，现将有关事项通知如下。", line]
    assert len(_codes(_doc("赣州市农业农村局", "各县（市、区）农业农村局：", body), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "请各县（市、区）农业农村局于9月10日前将技能竞赛报名表汇总后报送市局科教科。",  # 报名表: no work material
    "市局在追溯平台中逐一核对生产经营主体信息，汇总后报送市人民政府。",  # the issuer's own compilation
    "请各县（市、区）农业农村局于9月10日前提出修改意见，汇总后反馈市局法规科。",  # opinions on a draft
    "符合条件的合作社于9月10日前向所在县（市、区）农业农村局提出申请，县（市、区）农业农村局核实后报送市局。",
])
def test_gw106_compilation_of_no_material_or_by_the_issuer_is_quiet(fmt, line, tmp_path):
    body = ["为加强农产品质量安全监管，现将有关事项通知如下。", line]
    assert _codes(_doc("赣州市农业农村局", "各县（市、区）农业农村局：", body), fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ GW106: the submission written in a table
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_time_column_writing_the_submission_makes_a_report_table(fmt, tmp_path):
    body = ["为掌握全市农村供水工程运行状况，现将有关事项通知如下。",
            "农村供水工程运行数据按下表要求办理：",
            "@table 数据项目|统计口径|时间要求",
            "@table 千吨万人工程|供水人口、日供水量、水质达标率|每季度末前登录农村供水管理系统审核汇总后提交",
            "@table 小型集中供水工程|工程处数、停水次数|各县留存备查，不需报送",
            "各县（市、区）水利局要落实水质检测责任。"]
    found = _codes(_doc("吉安市水利局", "各县（市、区）水利局：", body), fmt, tmp_path, "GW106")
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_time_column_dating_the_work_is_no_report_table(fmt, tmp_path):
    body = ["为推进农村供水工程维修养护，现将有关事项通知如下。",
            "维修养护任务按下表要求组织实施：",
            "@table 工程类别|养护内容|时间要求",
            "@table 千吨万人工程|更换老化管网、清洗蓄水池|9月底前完成",
            "@table 小型集中供水工程|更换消毒设备|10月底前完成，不需另行报送进度",
            "各县（市、区）水利局要督促运管单位落实安全措施。"]
    assert _codes(_doc("吉安市水利局", "各县（市、区）水利局：", body), fmt, tmp_path, "GW106") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_time_handed_to_the_attached_table_is_one_demand(fmt, tmp_path):
    body = ["为做好基层医疗机构慢病管理，现将有关事项通知如下。",
            "各单位将慢性病患者规范管理情况按附表时间报送县卫生健康局基层卫生股。",
            "附件：慢性病患者规范管理情况报送表"]
    tail = ["@attachment_label 附件", "@attachment_title 慢性病患者规范管理情况报送表",
            "@table 报送内容|报送时间|报送方式",
            "@table 高血压患者管理人数、糖尿病患者管理人数|每季度首月10日前|电子表格"]
    src = _doc("永新县卫生健康局", "各乡镇卫生院：", body, tail=tail)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == 1 and found[0].data["submitter"] != "table"


# ------------------------------------------------------------ GW501: a sentence of stacked stock clauses
_STACKED = ("为全面贯彻落实健康中国战略，切实加强基层卫生人才培养，大力推进医教协同，着力提高乡村医生执业水平，"
            "扎实做好乡村医生队伍建设，经研究，决定举办2026年乡村医生能力提升培训班。")
_THREE = "为认真落实健康中国战略，切实加强基层卫生人才培养，经研究，决定举办2026年乡村医生能力提升培训班。"
_FACTS = ["一、培训时间：2026年8月3日至7日，8月2日下午报到。",
          "二、培训地点：宜春职业技术学院医学院（宜春市袁州区学府路9号）。",
          "三、参训对象：每个县（市、区）推荐乡村医生20名，共200名。",
          "四、课程安排：常见病诊疗规范、慢病随访、中医适宜技术和急救技能实操。",
          "五、费用：培训费、食宿费由市卫生健康委承担，往返交通费回原单位报销。",
          "六、考核：培训结束时进行理论考试和技能操作考核，两项均合格的颁发结业证书，不合格的参加下一期培训。",
          "七、报到：学员凭身份证和乡村医生执业证书报到，自带笔记本电脑，住宿统一安排在学院专家公寓。",
          "联系人：市卫生健康委基层卫生健康科  袁小芳，电话：0795-3279516。"]


def _training(opening: str, extra: list[str] = ()) -> str:
    return _doc("宜春市卫生健康委员会", "各县（市、区）卫生健康委：", [opening, *_FACTS, *extra],
                "关于举办2026年乡村医生能力提升培训班的通知")


_STACKED_OTHER = ("为深入学习贯彻党的二十大精神，坚持以人民为中心的发展思想，统筹推进城乡医疗资源均衡布局，"
                  "持续提升基层医疗服务能力，推动卫生健康事业高质量发展，市卫生健康委决定举办2026年乡村医生能力提升培训班。")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening", [_STACKED, _STACKED_OTHER])
def test_gw501_short_notice_sentence_stacking_five_stock_clauses(fmt, opening, tmp_path):
    found = _codes(_training(opening), fmt, tmp_path, "GW501")
    assert len(found) == 1 and found[0].data.get("packed") and found[0].line == 4  # at the opening sentence


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw501_three_stacked_clauses_are_quiet(fmt, tmp_path):
    assert _codes(_training(_THREE), fmt, tmp_path, "GW501") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw501_stacked_sentence_in_a_long_notice_is_left_to_the_density(fmt, tmp_path):
    more = [f"第{k + 1}批学员分组：按县（市、区）编为{k + 4}个小组，每组10人，由带教老师"
            f"{k + 2}名负责，上午在门诊跟班，下午在病房查房，晚上7时至9时在教学楼{k + 1}01室完成病例讨论和技能考核。"
            for k in range(12)]
    assert _codes(_training(_STACKED, more), fmt, tmp_path, "GW501") == []

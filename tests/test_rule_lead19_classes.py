"""Classes the lead fixed in round 19, in other phrasings than the drafts that showed them:

- Negation: a reducer (控制, 精简, 压减 …) governs its own clause only: 篇幅控制在3000字以内，调研当天提交 limits
  the length, it does not waive the submission after the comma; 严格控制报表报送频次 still reduces what it governs;
  a space set off around digits (3000 字) is no word between a reducer and what it governs.
- GW105: a clause opening with a verb coordinated with a noun (展销和品鉴在……进行, 咨询和义诊由……承担) or with a
  verbal noun before 由 (活动由省商务厅主办) opens with its subject, not with an order to the reader: an activity
  notice whose every part is done by the issuer's own bodies gives the governments it is sent to no work.
- GW102: a measure whose title stands on a line of its own reads its body as a run-in one does (县乡两级党政主要负责同志
  带头包村 on the next line still names the leaders of a level); a note on its own line after the last of a run of
  items whose siblings carry notes of their own (even a generic （由有关部门负责）) is the last item's, not the run's.
- GW102: a unit named by its role (属地乡镇, 审批部门, 牵头部门) after a subject written before 由 (许可证到期前的现场核查
  由审批部门负责) is named as in 由审批部门负责 alone; 由有关单位负责 after a subject is still generic.
- GW805: a short fixed phrase (seven characters) with its inner word dropped whole (全过程民主 for 全过程人民民主) is
  that phrase written wrong; 全过程监督, 全过程留痕 are other words; 中华民族伟大复兴 is a form of its own (中华民族的伟大复兴
  is written wrong; ……复兴的中国梦 and ……复兴战略全局 are right).
- Units: a collective of county-level places before a department (各县区应急管理局, 各县市区商务局) is the county
  level from a city too (it was read as 各县 + 区……局, one level down: township); 各县市场监督管理局 keeps 各县.
- GW202: 陪同 + attending persons + an attendance verb (陪同本县区企业代表参会) is an escort to the meeting; a 陪同
  paragraph of its own after the paragraph announcing a visit (会前调研) escorts the visit (GW401).
- GW401: 观摩点/参观线路 with no staging verb in the clause (核实观摩点茶园管护情况) is what the team looks at.
- GW106: a form's note (注：……) tells its filler what to do, so a submission there is asked for without 请/要
  (注：……；各县（市、区）人社局报名时另附本地零工市场运行分析); 另附/附送 hand a material up with the form; an 分析 is a
  material; a note that only says how to fill the form asks for nothing.
- Units: levels listed before 两级 (县乡两级党委政府, 市县两级党政主要负责同志) are those levels' governments.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: bool = True) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", *(["@date 2026年6月14日"] if date else [])]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ a reducer's object is in its own clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("请各县（区）农业农村局形成书面总结，篇幅控制在3000字以内，月底前报送市局。", True),
    ("请各县（区）农业农村局形成书面总结，篇幅控制在3000 字以内，月底前报送市局。", True),
    ("各县（区）人社局要形成分析报告，页数压减到5页，季末上报市局就业科。", True),
    ("各县（区）文旅局要作简要总结，篇幅精简到1500字左右，次日报送市局市场科。", True),
    ("严格控制各类报表的报送频次，家庭医生签约情况不再按月报送。", False),
    ("各县（区）卫生健康局要精简报送材料，减少重复填报。", False),
])
def test_reducer_does_not_reach_past_its_clause(sentence, fires, fmt, tmp_path):
    src = _doc("某市农业农村局", "各县（区）农业农村局：", ["为掌握有关工作情况，现将有关事项通知如下。", sentence],
               "关于报送有关工作情况的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: a subject that opens with a verb
_EVENT = ["为扩大消费，省商务厅定于10月1日至7日举办美食消费季活动。现将有关事项通知如下。",
          "@heading1 一、活动内容",
          "（一）名店名菜展。50家老字号现场制作招牌菜品，供市民选购。",
          "（二）线上促销。省商务厅联合本地生活平台发放餐饮消费券。",
          "@heading1 二、组织实施"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["二、活动方式：展销和品鉴免费向公众开放，无需预约。"], True),
    (["活动由省商务厅主办，省博览事务局承办。"], True),
    (["二、服务安排：咨询和义诊由省人民医院专家承担，每天上午进行。"], True),
    (["培训由省商务厅统一组织，学员自愿报名。"], True),
    (["二、活动方式：展销和品鉴免费向公众开放。", "各市（州）人民政府要组织本地餐饮企业参展，每个市（州）不少于10家。"], False),
    (["活动由省商务厅主办，各市（州）人民政府协办。"], False),
])
def test_gw105_event_notice_done_by_the_issuer(lines, fires, fmt, tmp_path):
    src = _doc("四川省商务厅", "各市（州）人民政府，省直有关部门：", [*_EVENT, *lines, "联系人：刘静，电话：028－83225971。"],
               "关于举办2026年美食消费季活动的通知").replace("x字〔2026〕8号", "川商函〔2026〕8号")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: split titles, own-line notes, 两级 collectives
def _plan(items: list[str]) -> str:
    return _doc("某市人民政府办公室", "各县（区）人民政府，市直有关部门：",
                ["《某市防止返贫监测帮扶工作方案》已经市政府同意，现印发给你们，请认真组织实施。",
                 "@attachment_title 某市防止返贫监测帮扶工作方案", *items], "关于印发某市防止返贫监测帮扶工作方案的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("items, missing", [
    (["@heading1 一、压实责任", "@heading2 （一）推行包村联户", "县乡两级党政主要负责同志带头包村，每月走访监测户一次。",
      "@heading2 （二）落实结对帮扶", "由市农业农村局牵头，组织干部与监测户结对。"], 0),
    (["@heading1 一、压实责任", "@heading2 （一）推行领导包案", "市县两级党委政府负责，一案一策推动化解。",
      "@heading2 （二）落实结对帮扶", "由市农业农村局牵头，组织干部与监测户结对。"], 0),
    (["@heading1 一、强化帮扶", "1.对有劳动能力的监测户落实产业帮扶措施。（由有关部门负责）",
      "2.对有务工意愿的监测户优先推荐公益性岗位。", "（市人社局负责）"], 1),
    (["@heading1 一、强化帮扶", "1.对有劳动能力的监测户落实产业帮扶措施。",
      "2.对有务工意愿的监测户优先推荐公益性岗位。", "（责任单位：市农业农村局、市人社局）"], 0),
])
def test_gw102_split_titles_and_own_line_notes(items, missing, fmt, tmp_path):
    found = [f for f in _codes(_plan(items), fmt, tmp_path, "GW102") if f.line is not None and "未明确责任单位（" in f.message]
    assert len(found) == missing, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, missing", [
    ("（二）严把管道质量关。新建管道一律使用合格管材，新建管道的竣工验收由审批部门负责。", 0),
    ("（二）规范液化气配送。推行实名制配送，配送车辆的日常检查由属地镇（街道）负责。", 0),
    ("（二）推行容缺受理。先行受理，欠缺材料的补齐时限由受理部门负责告知。", 0),
    ("（二）严格火源管控。重点时段实行林区入口值守，林区入口的值守由有关单位负责。", 1),
])
def test_gw102_role_unit_after_a_subject(item, missing, fmt, tmp_path):
    items = ["@heading1 一、重点任务", "（一）更新老旧管网。更新改造老旧燃气管道120公里。（责任单位：市住房城乡建设局）", item]
    found = [f for f in _codes(_plan(items), fmt, tmp_path, "GW102") if f.line is not None and "未明确责任单位（" in f.message]
    assert len(found) == missing, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("为践行全过程民主，区人大常委会决定开展代表联络站规范化建设。", True),
    ("二、推动全过程民主在城乡社区落地见效，把停车等事项纳入协商目录。", True),
    ("为践行全过程人民民主，区人大常委会决定开展代表联络站规范化建设。", False),
    ("起草、审核、公布各环节实行全过程监督，做到全过程留痕。", False),
])
def test_gw805_short_phrase_inner_word_dropped(sentence, fires, fmt, tmp_path):
    src = _doc("某市民政局", "各区县民政局：", [sentence, "请各区县民政局于9月底前完成有关工作。"], "关于深化城乡社区协商工作的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW805") if "全过程人民民主" in f.message]
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ units, GW202 and GW401 of meeting plans
def _meeting(issuer: str, recipients: str, body: list[str], title: str) -> str:
    return _doc(issuer, recipients, body, title).replace("x字〔2026〕8号", "萍应急函〔2026〕8号")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("各县区应急管理局分管负责同志参加。", False),
    ("各县市区应急管理局分管负责同志参加。", False),
    ("各县区应急管理局分管负责同志参加，请各县区应急管理局主要负责同志陪同本县区企业代表参会。", True),
    ("各县区应急管理局局长、分管副局长和各乡镇安监站站长参加。", True),
])
def test_gw202_county_collectives_of_a_city(who, fires, fmt, tmp_path):
    body = ["市应急管理局定于2026年3月5日上午在市应急管理局四楼会议室召开全市烟花爆竹安全生产工作会议。",
            "@heading1 一、参会人员", who, "联系人：王海涛，电话：0799－6831025。"]
    src = _meeting("萍乡市应急管理局", "各县区应急管理局：", body, "关于召开全市烟花爆竹安全生产工作会议的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW202")) == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("visit, code, fires", [
    ("会前由局分管负责同志带队赴上栗县开展调研，核实观摩点企业安全管理情况。", "GW401", False),
    ("会前由局分管负责同志带队赴上栗县开展调研，请上栗县应急管理局提前确定观摩点。", "GW401", True),
    ("会前由局分管负责同志带队赴上栗县、芦溪县的烟花爆竹企业开展调研。\n请上栗县、芦溪县应急管理局安排熟悉情况的同志陪同。",
     "GW202", False),
])
def test_meeting_plan_visit_paragraphs(visit, code, fires, fmt, tmp_path):
    body = ["现将《全市烟花爆竹安全生产工作会议方案》印发给你们，请做好相关工作。",
            "@attachment_title 全市烟花爆竹安全生产工作会议方案",
            "@heading1 一、会议安排", "2026年3月5日上午召开，各县区应急管理局分管负责同志参加。",
            "@heading1 二、会前准备", *visit.split("\n"), "@heading1 三、会务分工", "危化科负责会议材料，办公室负责会场。"]
    src = _meeting("萍乡市应急管理局", "局机关各科室，各县区应急管理局：", body, "关于印发全市烟花爆竹安全生产工作会议方案的通知")
    assert bool(_codes(src, fmt, tmp_path, code)) == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("为实现中华民族的伟大复兴凝聚力量，市委宣传部决定开展主题宣传教育活动。", True),
    ("围绕推进中华民族伟大的复兴，讲好身边故事。", True),
    ("引导青少年树立实现中华民族伟大复兴的中国梦的远大理想。", False),
    ("胸怀中华民族伟大复兴战略全局，以中国式现代化全面推进中华民族伟大复兴。", False),
])
def test_gw805_revival_form(sentence, fires, fmt, tmp_path):
    src = _doc("某市教育局", "各县（区）教育局：", [sentence, "请各县（区）教育局于11月底前组织主题班会。"], "关于开展主题教育活动的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW805") if "中华民族伟大复兴" in f.message]
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("注：报名表于7月15日前发送至市人社局邮箱；各县（市、区）人社局报名时另附本地上半年零工市场运行分析。", True),
    ("注：各县（市、区）报名时，附送本县2026年度项目进展情况报告。", True),
    ("备注：各县（市、区）人社局填表时一并附上本地培训需求调查材料。", True),
    ("注：请如实填写，手机号码用于培训通知；住宿自理。", False),
])
def test_gw106_form_note_attachments(note, fires, fmt, tmp_path):
    body = ["为提升零工市场服务能力，市人社局定于7月20日举办培训班。现将有关事项通知如下。", "附件：培训班报名表",
            "@page_break", "@attachment_label 附件", "@attachment_title 培训班报名表", "@table 单位|姓名|职务|手机号码",
            "@table |||", note]
    src = _doc("某市人力资源和社会保障局", "各县（市、区）人力资源和社会保障局：", body, "关于举办零工市场服务能力提升培训班的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW106")) == fires

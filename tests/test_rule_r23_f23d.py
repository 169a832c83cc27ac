"""Readings f23d fixed in round 23 (holdout27's kept drafts), each in phrasings of its own:

- GW104 (facts.directive_hits): a modal governing a predicate of having or meeting something (应具备……,
  须符合……条件, 应满足……) states what a government must be to qualify -- a condition of eligibility, not an order
  (holdout27 gw104-g02c); the same subject with a task verb still orders.
- GW104 (sentences._carried): after a sentence that only says who is responsible (是……责任主体; 对……负总责; 承担……
  属地管理责任), the next sentence's order may open with a time (6月1日前，要……; 汛期到来之前务必……): the subject
  carries over the time (holdout27 gw104-g01b); not when the next sentence has a doer of its own (州局将……; 企业要……).
- GW106 (burdens.toml materials): a 小结/工作小结 is a material handed up like a 总结 (每周五12时前通过小程序上传
  本周巡查工作小结; holdout27 gw106-g01c), also after a bare 上传 with no destination.
- GW106 (report_demands._carried_object): a sentence that hands something up without naming it (每周四12时前报
  市局防汛抗旱科) after a sentence of the same paragraph that makes it (……，形成周调度表。; 排查表按……填写。) hands
  up what that sentence made, and its submitter is that sentence's (holdout27 gw106-g21b); not when the earlier
  sentence makes nothing (调取备案材料；……后提交).
- GW202 (attendance._remote): an in-person marker under a negator (局长不到省里，在县级分会场参加; 无需到会) says who
  does not come: the venue is the 分会场 named next (holdout27 gw202-g32c).
- GW202 (attendance.without_asides, meetings.toml person_words): a title with a short aside inside (副校（园）长,
  乡（镇）长) reads without it, and heads of schools, hospitals, stations and firms (校长, 院长, 站长, 经理) are persons:
  ……副校（园）长随同参加 asks an escort (holdout27 gw202-g31c).
- GW201 (meetings.said_of_meeting): what the notice says of the meeting by reference outside its convening sentence
  (本次会议已报经省政府主要领导同志批准。 in 其他事项 or the closing lines) is said of that meeting: the approval
  第5条 asks for is written (holdout27 gw201-g02c).
- GW303 (inspections.toml permission_words): 视情/可视情（况） grants a power to be used as need arises (专班办公室……可视情
  组织督导调研), as 可 does, though the tokenizer cuts it 可视/情, 视/情 (holdout27 gw303-g02b); a visit launched
  (将于……组织督导调研) still counts.
- GW102 (facts._support_body_procedural; f23b's family): a 保障 section with no items, headed by 保障 in other words
  (六、加强组织保障) and opening with setting up the body that runs the plan (成立……领导小组，办公室设在……), arranges
  the plan itself, as 加强组织领导 does: no measure to share out (holdout27 fmt/gw5/gw502-g01c); one opening with
  money set aside (设立专项资金……) is still a measure.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕12号", date="2027年5月20日")


# ------------------------------------------------------------ GW104: a condition of eligibility is no order
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["@heading1 一、申报条件", "申报的县（区）人民政府须符合以下条件：已建成县级电商公共服务中心，快递进村覆盖率达到90%以上。"],
     False),
    (["（二）参评的设区市应当满足三项条件，即近三年未发生重大安全事故、财政收支平衡、营商环境评价居全省前列。"], False),
    (["入选的各县（市）应具备相对完善的冷链物流网络。省商务厅对入选县给予资金支持。"], False),
    (["申报的县（区）人民政府须于6月30日前完成县级电商公共服务中心建设。"], True),
    (["入选的各县（市）应加快完善冷链物流网络，年底前实现乡镇全覆盖。"], True),
])
def test_gw104_condition_is_no_order(body, fires, fmt, tmp_path):
    src = _doc("湖南省商务厅", "各市州人民政府，各县市区人民政府：", ["现就2027年县域商业体系建设试点有关事项通知如下。", *body])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: the order after a role sentence opens with a time
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["（二）各县（区）人民政府是辖区城镇燃气安全的责任主体。国庆节前，要对老旧管网逐段排查，建立隐患台账。"], True),
    (["各县（区）人民政府对辖区城镇燃气安全负总责。9月30日前务必完成餐饮场所报警装置安装。"], True),
    (["各县（区）人民政府承担城镇燃气安全属地管理责任。供暖季到来之前，要督促燃气企业完成入户安检。"], True),
    (["各县（区）人民政府是辖区城镇燃气安全的责任主体。国庆节前，燃气企业要对老旧管网逐段排查。"], False),
    (["各县（区）人民政府是辖区城镇燃气安全的责任主体。国庆节前，省住房城乡建设厅将组织专家抽查。"], False),
])
def test_gw104_order_after_role_opens_with_time(body, fires, fmt, tmp_path):
    src = _doc("河南省住房和城乡建设厅", "各省辖市人民政府，济源示范区管委会：", ["现就城镇燃气安全有关事项通知如下。", *body])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: 小结 is a material
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["各中队要每周开展一次夜查。", "每周一10时前上传上周夜查工作小结，大队汇总后通报。"], True),
    (["（三）各中队于每月5日前将上月巡查小结报区局法制科。"], True),
    (["各中队要每周开展一次夜查，及时小结经验做法，大队年底组织交流。"], False),
])
def test_gw106_xiaojie_is_material(body, fires, fmt, tmp_path):
    src = _doc("赣州市章贡区城市管理局", "各执法中队：", ["现就夜间市容秩序整治有关事项通知如下。", *body],
               "关于开展夜间市容秩序整治的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: what the sentence before made is handed up
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["@heading1 二、报送方式", "各县（市、区）林业局负责统计本辖区防火巡护情况，编制巡护月报。每月3日前报市局森林防火科。"], True),
    (["注：统计表按乡镇分别填写。请各县（市、区）林业局审核后，于每季度末月25日前通过森林防火信息系统上传。"], True),
    (["2.各县（市、区）林业局汇总形成护林员考勤台账。次月5日前报送市局。"], True),
    (["各县（市、区）林业局要调取卫星热点核查记录；每月3日前由分管负责同志审核后提交。"], False),
    (["各县（市、区）林业局要把防火任务分解到年度工作计划。实施中遇到的重大问题及时报告市林业局。"], False),
])
def test_gw106_object_made_in_sentence_before(body, fires, fmt, tmp_path):
    src = _doc("三明市林业局", "各县（市、区）林业局：", ["为做好2027年春季森林防火工作，现就有关事项通知如下。", *body],
               "关于做好2027年春季森林防火工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: not coming is no 到省
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各县（市、区）应急管理局局长不到省里，在县级分会场参加。", False),
    ("各县（市、区）应急管理局主要负责同志无需到会，在本地分会场收看。", False),
    ("各县（市、区）应急管理局局长到省应急管理厅主会场参加。", True),
])
def test_gw202_negated_presence(line, fires, fmt, tmp_path):
    src = _doc("甘肃省应急管理厅", "各市（州）应急管理局：",
               ["省应急管理厅定于12月3日召开全省冬春火灾防控工作视频会议。",
                "@heading1 一、参会人员", "各市（州）应急管理局分管负责同志在市级分会场参加。", line],
               "关于召开全省冬春火灾防控工作视频会议的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: 副校（园）长, 院长 … as escorts
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各乡镇中心学校校长参加。分管德育工作的副校（园）长随同参加。", True),
    ("各乡镇卫生院院长参加，分管公共卫生的副院长陪同参会。", True),
    ("各乡镇中心学校校长参加，不安排副校（园）长陪同。", False),
])
def test_gw202_institution_heads_escort(line, fires, fmt, tmp_path):
    src = _doc("修水县教育体育局", "各乡镇中心学校，县直各学校：",
               ["县教育体育局定于9月2日在县教体局三楼会议室召开全县秋季开学工作会议。", "@heading1 一、参会人员", line],
               "关于召开全县秋季开学工作会议的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW201: the approval said of 本次会议 in the closing lines
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing, fires", [
    (["@heading1 四、其他事项", "本次会议已报经省政府主要领导同志批准。参会人员食宿自理。"], False),
    (["@heading1 四、其他事项", "（一）此次会议经省政府研究决定召开。", "（二）参会人员食宿自理。"], False),
    (["@heading1 四、其他事项", "本次会议不安排食宿，参会人员食宿自理。"], True),
])
def test_gw201_approval_said_of_meeting(closing, fires, fmt, tmp_path):
    body = ["为做好今年春季动物疫病防控工作，省农业农村厅定于2027年3月16日在西宁召开全省春季动物防疫工作会议。",
            "@heading1 一、会议时间", "2027年3月16日上午9时，会期半天。",
            "@heading1 二、参会人员", "各市（州）农业农村局分管负责同志。",
            "@heading1 三、会议内容", "部署春季集中免疫和疫病监测工作。", *closing]
    src = _doc("青海省农业农村厅", "各市（州）农业农村局：", body, "关于召开全省春季动物防疫工作会议的通知")
    src = src.replace("2027年5月20日", "2027年3月5日")
    found = _codes(src, fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW303: 视情 is a power, not a visit launched
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["@table 机构|职责", "@table 领导小组办公室|承担日常工作，可视情况组织督导调研"], False),
    (["（三）领导小组办公室负责统筹协调，视情开展督导调研，推动各项任务落实。"], False),
    (["（三）领导小组办公室将于10月组织督导调研，推动各项任务落实。"], True),
])
def test_gw303_contingent_power(body, fires, fmt, tmp_path):
    src = _doc("柳州市人民政府办公室", "各县、区人民政府，市政府各部门：",
               ["为推进老旧小区改造，现就工作机制有关事项通知如下。", *body],
               "关于建立老旧小区改造工作推进机制的通知")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: 加强组织保障 opening with 成立……领导小组
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    (["@heading1 四、强化组织保障", "成立由市长任组长的冷链物流发展工作领导小组，领导小组办公室设在市商务局，每半年召开1次推进会。"], False),
    (["@heading1 四、加强组织保障", "组建市冷链物流发展工作专班，专班办公室设在市发展改革委，定期调度各项任务进展。"], False),
    (["@heading1 四、强化组织保障", "设立冷链物流发展专项资金，每年安排3000万元支持冷库建设。"], True),
])
def test_gw102_support_section_setup(last, fires, fmt, tmp_path):
    body = ["为加快冷链物流发展，现提出如下意见。",
            "@heading1 一、建设骨干冷链物流基地", "2027年底前建成骨干冷链物流基地1个。（责任单位：市发展改革委）",
            "@heading1 二、完善农产品产地冷链设施", "新建产地冷藏保鲜设施50个。（责任单位：市农业农村局）",
            "@heading1 三、培育冷链物流企业", "培育年营业收入超亿元的冷链物流企业3家。（责任单位：市商务局）", *last]
    src = _doc("赣州市人民政府", "各县（市、区）人民政府，市政府各部门：", body, "关于加快冷链物流发展的意见")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]

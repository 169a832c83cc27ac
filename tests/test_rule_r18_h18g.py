"""Classes h18g fixed in round 18 (issue 15), in other phrasings than the drafts that showed them:

- GW203: an activity the document launches (决定于……开展……宣传周活动, 关于开展……读书月活动的通知) or a meeting the
  issuer's own printed plan convenes (关于印发……筹备方案的通知) is the issuer's event: a forum held 期间/同期 is its
  side event; a forwarded (转发) document's events stay another's.
- GW302: enterprises named as the object of an inspection (各乡镇对辖区企业开展排查，每次排查都要全程留痕) are the
  inspected: the trace demanded in a later clause is the inspectors'; a material in the clause that names the
  enterprise (要求企业出示……台账) stays a regulated party's.
- GW401: a discipline sentence opening with the team under a compound name (调研督导组, 联合调研指导组) is the team's
  own; a delegation of guests received (来访投资考察团, 企业家考察团) is no research visit; a task table with a duty
  column (时间|工作内容|牵头单位) is the issuer's schedule, not the visit's programme (it read as one only in
  .docx/.pdf, where cells stand one a line); 统一安排 (one jieba token) arranges meals as 安排 does.
- GW202: in a paragraph of a visit, 观摩点/观摩路线/观摩效果 name the sites the visit looks at, not the meeting's
  observation tour: 请所到县……陪同 there escorts the visit (GW401), not the meeting.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_lead17_classes import _doc


# ------------------------------------------------------------ GW203: side events of the issuer's own activity
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    ("江西省生态环境厅", "各设区市生态环境局：", "关于开展2026年六五环境日宣传活动的通知",
     ["省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动。",
      "（一）各设区市生态环境局组织环保设施向公众开放。",
      "（二）活动期间同期举办“美丽江西建设”生态文明论坛，邀请专家学者交流。"]),
    ("成都市武侯区人民政府办公室", "各街道办事处，区级各部门：", "关于印发2026年社区治理工作现场会筹备方案的通知",
     ["现将《2026年社区治理工作现场会筹备方案》印发给你们，请抓好落实。",
      "经区政府研究，定于2026年7月9日在玉林街道召开全区社区治理工作现场会。",
      "现场会同期举办社区营造研讨会，邀请高校学者点评。"]),
])
def test_gw203_forum_beside_the_issuers_own_activity_is_its_own(fmt, issuer, recipients, title, body, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW203")
    assert len(found) == 1 and found[0].data["kind"] in ("论坛", "研讨会")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    # the forwarded notice launches the activity and its forum: another's
    ("南昌市人民政府办公室", "各县（区）人民政府，市政府各部门：", "转发省生态环境厅关于开展2026年六五环境日宣传活动的通知",
     ["现将《江西省生态环境厅关于开展2026年六五环境日宣传活动的通知》转发给你们，请认真贯彻执行。",
      "省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动，活动期间同期举办“美丽江西建设”生态文明论坛。"]),
    # the activity is launched but no event is held beside it (a forum others hold, attended online)
    ("江西省生态环境厅", "各设区市生态环境局：", "关于开展2026年六五环境日宣传活动的通知",
     ["省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动。",
      "活动期间，各设区市生态环境局可组织干部在线收看生态环境部将在北京举办的生态文明论坛。"]),
])
def test_gw203_forwarded_or_attended_forum_is_not_the_issuers(fmt, issuer, recipients, title, body, tmp_path):
    assert _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW203") == []


# ------------------------------------------------------------ GW302: the inspected enterprise keeps no record
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    ["各县（区）生态环境局对辖区重点排污企业开展日常巡查，每轮巡查要做到全过程留痕，巡查记录纳入年度考核。"],
    ["3.各乡镇对辖区烟花爆竹经营商户逐户开展安全检查，检查要事事留痕，县安委办将查阅检查台账并据此排名通报。"],
])
def test_gw302_trace_of_those_who_inspect_enterprises_is_asked(fmt, body, tmp_path):
    doc = _doc("上饶市应急管理局", "各县（市、区）应急管理局：", body, "关于开展安全隐患排查的通知")
    assert len(_codes(doc, fmt, tmp_path, "GW302")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # the enterprise's own ledger, asked in the clause that names it
    ["各县（市、区）应急管理局对辖区烟花爆竹经营企业开展安全检查，检查时要求企业出示进销存台账和安全培训记录。"],
    # an enforcement procedure's own record
    ["各县（市、区）应急管理局对辖区烟花爆竹经营企业开展执法检查，执法全过程留痕，做到程序合法。"],
])
def test_gw302_enterprise_ledgers_and_enforcement_records_stay_quiet(fmt, body, tmp_path):
    doc = _doc("上饶市应急管理局", "各县（市、区）应急管理局：", body, "关于开展安全隐患排查的通知")
    assert _codes(doc, fmt, tmp_path, "GW302") == []


# ------------------------------------------------------------ GW401
_RESEARCH = "{issuer}将于7月中旬组织开展{topic}调研督导，由厅领导带队分组赴各市。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, n", [
    # the team's own discipline under a compound name
    ("三、纪律要求。省联合调研督导组严格遵守中央八项规定精神，统一乘车，就餐安排在机关食堂或工作餐。", 0),
    ("（四）督导调研组成员轻车简从，住宿按差旅标准安排在县城普通宾馆。", 0),
    # lodging the team asked of the visited (统一安排 one token)
    ("调研督导组在各市期间的食宿由所到市水利局统一安排。", 1),
    ("请各市水利局为调研督导组安排食宿。", 1),
])
def test_gw401_team_under_a_compound_name_keeps_its_own_discipline(fmt, sentence, n, tmp_path):
    body = [_RESEARCH.format(issuer="山东省水利厅", topic="农村供水"), sentence]
    doc = _doc("山东省水利厅", "各市水利局：", body, "关于开展农村供水保障调研督导的通知")
    assert len(_codes(doc, fmt, tmp_path, "GW401")) == n


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence", [
    "（二）组织来访的新加坡投资考察团参观临港产业园，临港管委会做好接待和陪同讲解。",
    "（三）邀请长三角企业家考察团来区考察，区投资促进中心负责接待和全程陪同。",
])
def test_gw401_guests_received_are_no_research_visit(fmt, sentence, tmp_path):
    body = ["为推介本区营商环境，定于2026年9月举办投资推介活动。", "（一）发布产业支持政策。", sentence]
    doc = _doc("上海市浦东新区人民政府办公室", "区政府各委、办、局，临港管委会：", body, "关于印发投资推介活动方案的通知")
    assert _codes(doc, fmt, tmp_path, "GW401") == []


_PREP = ["定于2026年11月12日在宜昌市召开全省柑橘产业现场会。",
         "11月3日由厅分管负责同志带队赴秭归县开展会前调研。",
         "@table {head}", "@table {row1}", "@table {row2}"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head, row1, row2, n", [
    # the issuer's own task schedule: no visit programme in any format
    ("时间|工作内容|牵头单位", "11月1日前|确定观摩点位和会议议程|厅办公室", "11月10日前|完成会场布置、食宿和车辆安排|厅机关服务中心", 0),
    # the visit's programme with a reception column naming the visited side: told once
    ("日期|调研地点|接待单位", "11月3日上午|秭归县柑橘示范园|秭归县农业农村局", "11月3日下午|屈原镇脐橙基地|秭归县农业农村局", 1),
])
def test_gw401_task_schedule_is_no_visit_programme(fmt, head, row1, row2, n, tmp_path):
    body = [x.format(head=head, row1=row1, row2=row2) for x in _PREP]
    doc = _doc("湖北省农业农村厅", "厅机关各处室，宜昌市农业农村局：", body, "关于印发全省柑橘产业现场会筹备方案的通知")
    assert len(_codes(doc, fmt, tmp_path, "GW401")) == n


# ------------------------------------------------------------ GW202: a pre-meeting visit's escort
_CONVENE = "定于2026年9月24日在六安市召开全省农村供水规模化建设现场推进会，参会人员为各市水利局分管负责同志。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("visit, n202", [
    ("为掌握观摩点建设进度，9月15日由厅分管负责同志带队赴霍邱县调研。请所到县水利局主要负责同志陪同。", 0),
    ("9月15日由厅分管负责同志带队赴金寨县开展会前调研，确定观摩路线。请所到县水利局负责同志全程陪同。", 0),
    # the meeting's own observation tour: escorting it is escorting the meeting
    ("9月24日上午参会人员观摩霍邱县供水工程，请霍邱县水利局主要负责同志陪同参加观摩。", 1),
])
def test_gw202_escort_of_a_visit_to_observation_sites_is_no_meeting_escort(fmt, visit, n202, tmp_path):
    doc = _doc("安徽省水利厅", "各市水利局：", [_CONVENE, visit], "关于召开全省农村供水规模化建设现场推进会的通知")
    assert len(_codes(doc, fmt, tmp_path, "GW202")) == n202

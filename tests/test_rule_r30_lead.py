"""Readings the lead fixed in round 30 (holdout34, read after its first sight), in surfaces of his own:

- GW102 "is this a plan of an event": a 方案 of any meeting ending in 会 is an event plan -- 推进会, 调度会 included;
  of the words ending in 进会 only 促进会 (an association) is none.  (holdout34 gw201-g55b: 现场推进会方案.)
- GW107 "who sends it to the leader": a table row whose doer cell (承办单位, 责任单位 …) is the government's office
  (区政府办公室) sends it through the channel itself; the issuer's own office (局办公室) still bypasses it.
  (holdout34 gw107-g10c.)
- GW106 "whose team reports": the issuer's teams sent to help, enforce, serve or stay (帮扶组, 执法组, 工作组,
  驻点组) report to it as its 督导组 do -- no burden on the units below.  (holdout34 gw106-g23c.)

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW102: a 推进会 plan arranges the meeting
def _event_plan(plan_name: str, items: list[tuple[str, str]]) -> str:
    lines = ["@doc_number 湘政办函〔2027〕12号", f"@title 湖南省人民政府办公厅关于印发{plan_name}的通知",
             "@recipients 各市州人民政府，省政府各厅委、各直属机构：",
             f"《{plan_name}》已经省人民政府同意，现印发给你们，请认真组织实施。",
             f"@attachment_note 附件：{plan_name}", "@signature 湖南省人民政府办公厅", "@date 2027年4月6日",
             "@page_break", "@attachment_label 附件", f"@attachment_title {plan_name}"]
    for head, text in items:
        lines += [f"@heading1 {head}", text]
    return "\n".join(lines) + "\n"


_MEETING_ITEMS = [("一、时间地点", "2027年5月中旬，会期半天，地点在岳阳市。"),
                  ("二、会议内容", "观摩岳阳港城陵矶港区多式联运项目，通报全省水运建设进展，部署下阶段重点工作。"),
                  ("三、参会人员", "各市州人民政府分管负责同志1名，省交通运输厅、省发展改革委负责同志。")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("plan_name, items, fires", [
    ("全省水运建设现场推进会方案", _MEETING_ITEMS, False),
    ("全省内河航运发展调度会工作方案", _MEETING_ITEMS, False),
    # a plan of measures keeps being checked
    ("全省内河航运高质量发展三年行动方案",
     [("一、提升航道等级", "有关部门要加快湘江、沅水高等级航道建设，2029年底前完成主要航段整治。"),
      ("二、完善港口布局", "推进岳阳、长沙港口资源整合，建设区域性枢纽港。（责任单位：省交通运输厅）"),
      ("三、发展绿色航运", "推广新能源船舶，完善港口岸电设施。（责任单位：省交通运输厅、省发展改革委）")], True),
])
def test_gw102_meeting_plans_end_in_hui(plan_name, items, fires, fmt, tmp_path):
    found = _codes(_event_plan(plan_name, items), fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW107: the row's doer is the office
def _flow_doc(doer: str, last_step: str = "报市政府分管副市长阅示") -> str:
    return "\n".join([
        "@doc_number 株住建发〔2027〕19号", "@title 株洲市住房和城乡建设局关于建立城镇燃气安全月报制度的通知",
        "@recipients 各县市区住房和城乡建设局，各燃气经营企业：",
        "各县市区住房和城乡建设局每月5日前将本地燃气安全检查和隐患整改情况报市住房和城乡建设局城建科。月报的汇总和呈报流程如下。",
        "@table 步骤|承办单位|完成时限",
        "@table 汇总各地月报，形成全市燃气安全月报|市住房和城乡建设局城建科|每月10日前",
        f"@table {last_step}|{doer}|每月15日前",
        "@signature 株洲市住房和城乡建设局", "@date 2027年3月2日"]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("doer, fires", [
    ("市人民政府办公室", False),
    ("市政府办公室综合科", False),
    ("市住房和城乡建设局办公室", True),  # the issuer's own office: past the channel
    ("市住房和城乡建设局", True),
])
def test_gw107_table_row_sent_by_the_office(doer, fires, fmt, tmp_path):
    found = _codes(_flow_doc(doer), fmt, tmp_path, "GW107")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: the issuer's own teams report to it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各执法帮扶组每轮帮扶结束后5日内形成帮扶报告，报局执法监督科汇总。", False),
    ("驻点工作组每周五将驻点情况报局办公室。", False),
    ("3个服务组每月底前形成服务台账，报局规划科备案。", False),
    # the units below keep their burden
    ("各县（区）文化和旅游局每月底前将帮扶情况形成书面报告，报局市场管理科。", True),
])
def test_gw106_own_teams_report_to_the_issuer(sentence, fires, fmt, tmp_path):
    src = marked_doc("遵义市文化和旅游局", "各县（市、区）文化和旅游局：",
                     ["为推动旅游民宿规范提升，我局组成3个执法帮扶组，于7月至9月对全市重点民宿开展执法帮扶。", sentence],
                     title="关于开展旅游民宿执法帮扶工作的通知", docno="遵文旅发〔2027〕33号", date="2027年6月20日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ told: an earlier document's demands (holdout33r, read)
_EARLIER = [
    # the issuer's old notice narrated, its demand several clauses on
    ("一、2025年，我局印发《关于加强城镇燃气安全管理的通知》（黔住建发〔2025〕9号），为掌握各地隐患整改进度，"
     "要求各市（州）住房和城乡建设局须于每月5日前报送隐患整改台账。", False),
    # the old document as a place (……《……》中，要求……)
    ("二、2024年下发的《关于规范农村低保动态管理的通知》中，要求各县（市、区）民政局每季度末报送低保对象变动表，"
     "该项要求自本通知印发之日起停止执行。", False),
    # the earlier document in a sentence of its own: the demand after it is the notice's
    ("2025年印发的《关于加强城镇燃气安全管理的通知》同时废止。各市（州）住房和城乡建设局须于每月5日前报送隐患整改台账。", True),
    # a turn back to now after the citation
    ("2025年，我局印发《关于加强城镇燃气安全管理的通知》，为此，请各市（州）住房和城乡建设局于每月5日前报送隐患整改台账。", True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", _EARLIER)
def test_gw106_earlier_documents_demands_are_told(sentence, fires, fmt, tmp_path):
    src = marked_doc("贵州省住房和城乡建设厅", "各市（州）住房和城乡建设局：",
                     ["为减轻基层负担，现对近年来向市（州）下发的报送要求清理如下。", sentence],
                     title="关于清理规范报表报送要求的通知", docno="黔建函〔2027〕15号", date="2027年5月20日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("2024年，我厅印发《关于加强农村公路养护管理的通知》，为掌握各地资金安排情况，要求各市人民政府须于每年3月底前"
     "将年度养护计划报省交通运输厅备案。自本通知印发之日起，上述备案要求停止执行。", False),
    ("各市人民政府须于每年3月底前将年度养护计划报省交通运输厅备案。", True),
])
def test_gw104_earlier_documents_demands_are_told(sentence, fires, fmt, tmp_path):
    src = marked_doc("陕西省交通运输厅", "各市人民政府：", [sentence],
                     title="关于调整农村公路养护计划备案要求的通知", docno="陕交函〔2027〕41号", date="2027年5月11日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("自下半年起，以下材料不再报送：一是原要求每月报送的党日活动记录；二是原要求“七一”前报送的活动总结和会议记录复印件、活动照片，一律取消。",
     False),
    ("原要求每季度报送的工作台账取消；今后考核时，各镇须提供全年会议记录和活动照片。", True),
])
def test_gw302_objects_of_old_demands_are_told(sentence, fires, fmt, tmp_path):
    src = marked_doc("中共绵阳市游仙区委组织部", "各镇（街道）党（工）委：",
                     ["为减轻基层负担，经研究，决定精简党建工作材料。", sentence],
                     title="关于精简党建工作材料的通知", docno="游组发〔2027〕7号", date="2027年6月21日")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: 你市 in a reply to one lower government
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipient, sentence, fires", [
    ("湖南省自然资源厅", "岳阳市人民政府：", "你市要严格按照批准的范围组织实施，不得擅自扩大用地规模。", True),
    ("台州市生态环境局", "温岭市人民政府：", "请你市于9月30日前督促涉事企业完成整改。", True),  # a county-level city
    ("湖南省自然资源厅", "岳阳市人民政府：", "你市《关于调整用地规模的请示》收悉，经研究，同意调整。", False),
])
def test_gw104_ni_shi_is_the_addressed_government(issuer, recipient, sentence, fires, fmt, tmp_path):
    src = marked_doc(issuer, recipient, [sentence], title="关于有关事项的复函", docno="函〔2027〕5号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW201: where a March meeting's date is written
def _meeting_notice(body: list[str], title: str = "关于召开全省河湖长制工作推进会的通知") -> str:
    return marked_doc("安徽省水利厅", "各市水利（水务）局：", body, title=title, docno="皖水函〔2027〕12号",
                      date="2027年2月22日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    # the field's label closed by a full stop inside a numbered item
    (["经研究，决定召开全省河湖长制工作推进会。现将有关事项通知如下。", "一、会议时间。2027年3月18日上午9时，会期半天。",
      "二、会议地点。合肥市。"], True),
    (["经研究，决定召开全省河湖长制工作推进会。现将有关事项通知如下。", "一、会议时间。2027年4月8日上午9时，会期半天。",
      "二、会议地点。合肥市。"], False),
    # a bare day after the month written earlier in the sentence (not reckoned from the February document date)
    (["经研究，决定召开全省河湖长制工作推进会。", "会议安排：2027年3月24日至25日，24日现场观摩，25日上午召开推进会。"], True),
    (["经研究，决定召开全省河湖长制工作推进会。", "会议安排：2027年4月14日至15日，14日现场观摩，15日上午召开推进会。"], False),
])
def test_gw201_meeting_dates_in_fields(body, fires, fmt, tmp_path):
    found = _codes(_meeting_notice(body), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("day, fires", [("3月23日（星期二）上午观摩，下午召开推进会", True),
                                         ("4月13日（星期二）上午观摩，下午召开推进会", False)])
def test_gw201_arrangement_table_dates_the_meeting(day, fires, fmt, tmp_path):
    body = ["为推广河湖治理经验，省水利厅决定召开全省河湖长制工作现场推进会。现将有关事项通知如下。",
            "@table 项目|安排", "@table 报到|3月22日下午，宣城市接待中心", f"@table 会议|{day}",
            "@table 参会人员|各市水利（水务）局分管负责同志1名"]
    found = _codes(_meeting_notice(body, "关于召开全省河湖长制工作现场推进会的通知"), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: returned papers and self-check replies
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("请各县（市、区）应急管理局于2月28日前将签订的责任书送回市局政策法规科。", True),
    ("请各县（市、区）应急管理局于5月20日前将自查回执报市局基础教育科。", True),
    ("请参会人员于5月20日前将参会回执报市局办公室。", False),
    ("各县（市、区）应急管理局均已于3月31日前报送了自查情况，市局退回补正的报告已全部完成修改。", False),
])
def test_gw106_returned_papers_and_self_check_replies(sentence, fires, fmt, tmp_path):
    src = marked_doc("邯郸市应急管理局", "各县（市、区）应急管理局：", ["为压实安全生产责任，现就有关事项通知如下。", sentence],
                     title="关于做好年度安全生产工作的通知", docno="邯应急函〔2027〕3号", date="2027年2月3日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

"""GW201 meeting-in-no-meeting-month, GW202 escort-attendance, GW203 low-value-event."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import apply_table, load_config

from .conftest import CORPUS, POLICY, need, run_cli
from .drafts import finding_key, render_draft

CODES = ("GW201", "GW202", "GW203")


def notice(title: str, body: list[str], *, issuer: str = "江西省农业农村厅", date: str = "2026年2月20日",
           recipients: str = "各设区市农业农村局，省直有关单位：", number: str = "赣农字〔2026〕10号") -> str:
    return "\n".join([title, number, recipients, *body, issuer, date]) + "\n"


def office(title: str, body: list[str], **kw) -> str:
    kw.setdefault("issuer", "江西省人民政府办公厅")
    kw.setdefault("recipients", "各市、县（区）人民政府，省政府有关部门：")
    kw.setdefault("number", "赣府厅字〔2026〕20号")
    return notice(title, body, **kw)


def lint(text: str, *codes: str, **table):
    cfg = load_config()
    if table:
        apply_table(cfg, table, "test")
    wanted = codes or CODES
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", cfg).findings if f.code in wanted]


SPRING = "江西省农业农村厅关于召开全省春季农业生产工作会议的通知"
MEETING = "全省春季农业生产工作会议"


# ------------------------------------------------------------------ GW201
def test_meeting_dated_in_march_is_an_error_at_the_convening_sentence():
    body = ["经研究，定于2026年3月12日在南昌召开全省春季农业生产工作会议。现将有关事项通知如下。",
            "请各设区市于3月10日前报送参会回执。"]
    fs = lint(notice(SPRING, body), "GW201")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "error" and f.line == 4 and f.basis == "赣府发〔2019〕3号 第5条"
    assert f.excerpt == "经研究，定于2026年3月12日在南昌召开全省春季农业生产工作会议。"
    assert f"“{MEETING}”" in f.message and "“2026年3月12日”" in f.message and "（3月）" in f.message
    assert "省政府主要领导同志批准" in f.message
    assert f.data["months"] == [3] and f.data["date_source"] == "text"


@pytest.mark.parametrize("sentence,shown", [
    ("全省春季农业生产工作推进会定于3月18日在吉安召开，请做好准备。", "3月18日"),
    ("定于2026年2月28日至3月1日召开全省春季农业生产工作会议。", "2026年2月28日至3月1日"),
    ("省农业农村厅拟于3月中旬召开全省春季农业生产工作会议。", "3月中旬"),
    ("经研究，拟于三月召开全省春季农业生产工作会议。", "三月"),
])
def test_meeting_date_forms(sentence, shown):
    fs = lint(notice("江西省农业农村厅关于春季农业生产有关事项的通知", [sentence]), "GW201")
    assert len(fs) == 1 and f"“{shown}”" in fs[0].message


def test_date_in_the_title():
    fs = lint(notice("江西省农业农村厅关于3月12日召开全省春季农业生产工作会议的通知", ["请准时参加。"]), "GW201")
    assert len(fs) == 1 and fs[0].line == 1 and fs[0].data["date_source"] == "title"


def test_meeting_time_field_under_a_heading_and_inline():
    body = ["经研究，决定召开全省春季农业生产工作会议。现将有关事项通知如下。",
            "一、会议时间", "2026年3月12日上午9:00，会期半天。", "二、会议地点", "省农业农村厅三楼会议室。"]
    fs = lint(notice(SPRING, body), "GW201")
    assert [(f.line, f.data["date_source"]) for f in fs] == [(6, "field")]
    body = ["经研究，决定召开全省春季农业生产工作会议。", "一、会议时间：3月中旬（具体另行通知）。"]
    fs = lint(notice(SPRING, body), "GW201")
    assert len(fs) == 1 and "“3月中旬”" in fs[0].message
    # 时间安排 in a work plan is not the meeting's date
    body = ["经研究，决定召开全省春季农业生产工作会议。", "一、时间安排：3月底前完成摸底。"]
    assert lint(notice(SPRING, body), "GW201") == []


def test_soon_uses_the_document_date_only_when_it_is_in_the_no_meeting_month():
    body = ["经研究，拟于近期召开全省春季农业生产工作会议。具体时间另行通知。"]
    fs = lint(notice(SPRING, body, date="2026年3月2日"), "GW201")
    assert len(fs) == 1 and fs[0].data["date_source"] == "document-date"
    assert "“近期”" in fs[0].message and "2026年3月2日" in fs[0].message
    assert lint(notice(SPRING, body, date="2026年2月26日"), "GW201") == []
    # no date and no 近期: the document date says nothing about the meeting
    body = ["经研究，决定召开全省春季农业生产工作会议。具体时间另行通知。"]
    assert lint(notice(SPRING, body, date="2026年3月2日"), "GW201") == []


def test_march_as_document_date_only_is_fine():
    body = ["经研究，定于2026年4月10日在南昌召开全省春季农业生产工作会议。请于3月25日前报送参会回执。"]
    assert lint(notice(SPRING, body, date="2026年3月2日"), "GW201") == []


def test_past_meetings_are_not_convened():
    body = ["为贯彻落实2026年3月5日召开的全省春季农业生产工作会议精神，现就有关事项通知如下。",
            "3月召开的全省优化营商环境大会精神已传达到位。省政府已于3月8日召开全省春耕生产工作会议。",
            "各地要抓紧春耕备耕。"]
    text = notice("江西省农业农村厅关于贯彻落实全省春季农业生产工作会议精神的通知", body, date="2026年3月10日")
    assert lint(text) == []


def test_cited_notice_and_forwarding_do_not_convene():
    body = ["根据《江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知》，请做好准备。"]
    assert lint(notice("江西省农业农村厅关于做好春耕准备的通知", body, date="2026年3月2日"), "GW201") == []
    fwd = office("江西省人民政府办公厅关于转发省农业农村厅关于3月召开全省春季农业生产工作会议的通知的通知",
                 ["现将省农业农村厅《关于3月召开全省春季农业生产工作会议的通知》转发给你们，请认真贯彻执行。"])
    assert lint(fwd, "GW201") == []


@pytest.mark.parametrize("title,sentence", [
    ("江西省人民政府办公厅关于召开全省传达学习贯彻全国两会精神电视电话会议的通知",
     "经省政府同意，定于2026年3月16日召开全省传达学习贯彻全国两会精神电视电话会议。"),
    ("江西省人民政府办公厅关于召开全省经济工作会议的通知",
     "为传达学习中央经济工作会议精神，经省政府同意，定于3月10日召开全省经济工作会议。"),
    ("江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知",
     "为贯彻落实习近平总书记关于春耕生产的重要指示精神，定于3月10日召开全省春季农业生产电视电话会议。"),
    ("江西省应急管理厅关于召开全省防汛抗旱工作电视电话会议的通知",
     "定于2026年3月20日召开全省防汛抗旱工作电视电话会议。"),
    ("江西省应急管理厅关于召开全省安全生产紧急电视电话会议的通知",
     "针对近期接连发生的生产安全事故，定于3月6日召开全省安全生产紧急电视电话会议。"),
    (SPRING, "经省政府主要领导同志批准，定于2026年3月12日召开全省春季农业生产工作会议。"),
])
def test_exemptions(title, sentence):
    assert lint(office(title, [sentence]), "GW201") == []


def test_content_section_shows_central_conveying():
    body = ["经省政府同意，定于3月10日召开全省农村工作会议。", "一、会议内容",
            "传达学习中央农村工作会议精神，部署全省农业农村工作。"]
    assert lint(office("江西省人民政府办公厅关于召开全省农村工作会议的通知", body), "GW201") == []


def test_boilerplate_preamble_is_not_an_exemption():
    body = ["为深入贯彻落实党中央、国务院关于春耕生产的决策部署，经研究，定于3月12日召开全省春季农业生产工作会议。"]
    assert len(lint(notice(SPRING, body), "GW201")) == 1
    # the same words as the meeting's own subject do exempt
    body = ["经省政府同意，定于3月12日召开全省贯彻落实党中央、国务院稳经济一揽子政策部署电视电话会议。"]
    title = "江西省人民政府办公厅关于召开全省贯彻落实党中央、国务院稳经济一揽子政策部署电视电话会议的通知"
    assert lint(office(title, body), "GW201") == []


@pytest.mark.parametrize("title,sentence,kw", [
    ("南昌市人民政府办公厅关于召开全市春季农业生产工作会议的通知", "定于2026年3月12日召开全市春季农业生产工作会议。",
     {"issuer": "南昌市人民政府办公厅"}),
    ("江西省农业农村厅关于召开厅机关2026年度工作会议的通知", "定于2026年3月12日召开厅机关2026年度工作会议。", {}),
    ("江西省农业农村厅关于举办全省农技推广骨干培训班的通知", "定于2026年3月12日至16日在南昌举办全省农技推广骨干培训班。", {}),
    ("南昌市农业农村局关于参加全省春季农业生产工作会议的通知",
     "省农业农村厅定于3月12日召开全省春季农业生产工作会议，我局设分会场。", {"issuer": "南昌市农业农村局"}),
])
def test_not_province_wide_or_not_convened_by_the_issuer(title, sentence, kw):
    assert lint(notice(title, [sentence], **kw), "GW201") == []


@pytest.mark.parametrize("title,sentence", [
    # the topic words of the meeting's own name are not negators
    ("江西省住房和城乡建设厅关于召开全省城乡环境综合整治工作推进会的通知",
     "全省城乡环境综合整治工作推进会定于2026年3月12日在南昌召开。"),
    ("江西省农业农村厅关于召开全省防止返贫监测帮扶工作推进会的通知",
     "全省防止返贫监测帮扶工作推进会定于3月12日在南昌召开。"),
    # 控制 governs 会议规模, not the convening
    ("江西省生态环境厅关于做好一季度生态环境保护工作的通知",
     "为控制会议规模我厅拟于3月20日以视频方式召开全省大气污染防治工作会议。"),
    # 不得不 is not 不得
    (SPRING, "因工作需要，不得不于3月12日召开全省春季农业生产工作会议。"),
])
def test_topic_words_and_lookalikes_do_not_negate(title, sentence):
    fs = lint(notice(title, [sentence]), "GW201")
    assert [f.line for f in fs] == [4]


@pytest.mark.parametrize("sentence", [
    "各部门不得以任何名义在3月召开全省春季农业生产工作会议。",
    "我厅不在3月召开全省春季农业生产工作会议。",
    "严格控制在3月召开全省春季农业生产工作会议。",
    "避免3月召开全省春季农业生产工作会议。",
    "是否于3月召开全省春季农业生产工作会议，请示省政府后确定。",
])
def test_negators_that_govern_the_verb(sentence):
    assert lint(notice("江西省农业农村厅关于做好春季农业生产工作的通知", [sentence]), "GW201") == []


def test_mentioning_the_general_secretary_is_not_conveying_central_instructions():
    title = "江西省农业农村厅关于召开全省农业农村工作会议的通知"
    body = ["定于2026年3月10日在南昌召开全省农业农村工作会议。", "一、会议内容",
            "深入学习贯彻习近平总书记关于“三农”工作的重要论述，总结2025年全省农业农村工作，部署2026年重点任务。"]
    fs = lint(notice(title, body), "GW201")
    assert [f.line for f in fs] == [4]
    # a meeting about his instructions conveys them
    body[2] = "传达学习习近平总书记关于“三农”工作的重要指示批示精神，研究贯彻落实措施。"
    assert lint(notice(title, body), "GW201") == []
    body[2] = "学习贯彻习近平总书记考察江西重要讲话，研究贯彻落实措施。"
    assert lint(notice(title, body), "GW201") == []


def test_urgent_paperwork_and_routine_prevention_are_not_emergencies():
    title = "江西省商务厅关于召开全省外贸稳增长工作会议的紧急通知"
    body = ["定于2026年3月9日在南昌召开全省外贸稳增长工作会议，请各设区市商务局主要负责同志参加。"]
    fs = lint(notice(title, body, issuer="江西省商务厅"), "GW201")
    assert [f.line for f in fs] == [4]
    safety = "江西省应急管理厅关于召开全省安全生产工作会议的通知"
    body = ["定于2026年3月18日在南昌召开全省安全生产工作会议。", "一、会议内容",
            "总结2025年全省安全生产工作，部署坚决遏制重特大事故、全面排查整治火灾隐患等重点任务。"]
    fs = lint(notice(safety, body, issuer="江西省应急管理厅"), "GW201")
    assert [f.line for f in fs] == [4]
    # an accident that has happened is an emergency
    body[2] = "通报“3·05”较大道路交通事故调查情况，深刻吸取事故教训，部署安全生产大检查。"
    assert lint(notice(safety, body, issuer="江西省应急管理厅"), "GW201") == []


POLICY_LIKE = office("江西省人民政府办公厅关于进一步精简会议活动切实减轻基层负担的通知", [
    "一、严格执行“无会月”制度。每年3月为全省政府系统“无会月”，除传达贯彻中央重要会议精神外，省政府原则上不召开全省性工作会议。",
    "确需在3月召开的全省性会议，须报省政府主要领导同志批准。",
    "各部门不得以任何名义在3月召开全省性会议，不得要求市县领导参加。",
    "二、严控会议规模。一律不得要求层层陪会，坚决纠正层层陪会现象。",
    "能以电视电话会议召开的不集中开会，省政府召开的电视电话会议，各设区市、县（市、区）设分会场，不再逐级召开会议。",
    "只听取意见的会议，只请分管负责同志参加，不要求主要负责同志和分管负责同志同时参加。",
    "三、不举办没有实质性内容的研讨会、务虚会、论坛等活动，确需举办的须报批。",
    "对拟出台的重大政策，要召开座谈会、论证会、研讨会听取意见。",
    "请各设区市于3月10日前将本地区2026年会议计划报送省政府办公厅。",
], date="2026年3月2日")


def test_rules_about_meetings_are_not_meetings():
    assert lint(POLICY_LIKE) == []


def test_profile_decides_the_month():
    body = ["定于2026年3月12日召开全省春季农业生产工作会议。"]
    assert len(lint(notice(SPRING, body), "GW201")) == 1
    assert lint(notice(SPRING, body), "GW201", profile="national-2024") == []
    april = {"profiles": {"april": {"extends": "jiangxi-2019", "no_meeting_months": [4]}}, "profile": "april"}
    assert lint(notice(SPRING, body), "GW201", **april) == []
    fs = lint(notice(SPRING, ["定于2026年4月9日召开全省春季农业生产工作会议。"]), "GW201", **april)
    assert len(fs) == 1 and "（4月）" in fs[0].message


def test_scope_words_are_configurable():
    text = notice("南昌市农业农村局关于召开全市春季农业生产工作会议的通知",
                  ["定于2026年3月12日召开全市春季农业生产工作会议。"], issuer="南昌市农业农村局")
    assert lint(text, "GW201") == []
    opts = {"options": {"GW201.scope_words": ["全市"], "GW201.skip_issuer_levels": []}}
    assert len(lint(text, "GW201", **opts)) == 1


# ------------------------------------------------------------------ GW202
IN_PERSON = office("江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知", [
    "经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议。",
    "一、参会人员",
    "省政府有关部门分管负责同志，各设区市政府分管负责同志，各县（市、区）政府分管负责同志。",
])


def test_county_officials_summoned_to_a_province_meeting():
    fs = lint(IN_PERSON, "GW202")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "warning" and f.line == 6 and f.basis == "赣府发〔2019〕3号 第4条"
    assert "县（市、区）一级" in f.message and "各县（市、区）政府分管负责同志" in f.message
    assert "3级（省级、设区市、县（市、区））" in f.message and "分会场" in f.message
    assert f.data["levels"] == ["province", "city", "county"] and f.data["roles"] == ["分管负责同志"]


def test_threshold_from_config():
    assert lint(IN_PERSON, "GW202", options={"GW202.max_depth": 2}) == []


def test_both_leaders_of_one_unit():
    body = ["定于2026年4月8日召开全省春季农业生产工作会议，请各设区市农业农村局主要负责同志和分管负责同志参加。"]
    fs = lint(notice(SPRING, body), "GW202")
    assert len(fs) == 1 and "主要负责同志和分管负责同志同时参加" in fs[0].message
    assert "在当地分会场参会" in fs[0].message
    assert fs[0].data["roles"] == ["主要负责同志", "分管负责同志"]
    # two leaders of each unit are pulled in even when they sit in a branch venue
    body = ["定于2026年4月8日召开全省春季农业生产电视电话会议，各设区市、县（市、区）政府主要负责同志和分管负责同志"
            "在当地分会场参加。"]
    fs = lint(notice(SPRING, body), "GW202")
    assert len(fs) == 1 and "县（市、区）一级" not in fs[0].message
    assert "在分会场参会的有设区市、县（市、区）" in fs[0].message
    assert "以电视电话会议形式" not in fs[0].message  # they are at a branch venue already
    # either one of them is fine
    body = ["定于2026年4月8日召开全省春季农业生产工作会议，请各设区市农业农村局主要负责同志或分管负责同志参加。"]
    assert lint(notice(SPRING, body), "GW202") == []


def test_escort_demanded_outright():
    body = ["定于2026年4月8日召开全省春季农业生产工作会议，各地要层层陪会，确保参会规模。"]
    fs = lint(notice(SPRING, body), "GW202")
    assert len(fs) == 1 and "“层层陪会”" in fs[0].message


def test_video_conference_with_branch_venues_is_the_remedy():
    body = ["经省政府同意，定于2026年4月8日召开全省春季农业生产电视电话会议，各设区市、县（市、区）设分会场。",
            "参会人员：省直有关部门分管负责同志在主会场参加，各设区市、县（市、区）政府分管负责同志在当地分会场参加。"]
    assert lint(office("江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知", body), "GW202") == []
    body = ["经省政府同意，定于2026年4月8日召开全省春季农业生产电视电话会议。", "一、参会人员",
            "（一）主会场：省政府有关部门分管负责同志。",
            "（二）分会场：各设区市政府分管负责同志，各县（市、区）政府分管负责同志。"]
    assert lint(office("江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知", body), "GW202") == []
    # the same people at the main venue are flagged
    body[3] = "（二）各设区市政府分管负责同志，各县（市、区）政府分管负责同志到主会场参加。"
    fs = lint(office("江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知", body), "GW202")
    assert len(fs) == 1 and fs[0].line == 7


def test_roster_reporting_and_negated_attendance_are_not_demands():
    body = ["定于2026年4月8日召开全省春季农业生产工作会议。",
            "请各设区市于3月10日前将参会人员名单报送省农业农村厅。",
            "不再要求各县（市、区）农业农村局主要负责同志和分管负责同志参加。"]
    assert lint(notice(SPRING, body), "GW202") == []


SAFETY = "江西省人民政府办公厅关于召开全省安全生产工作会议的通知"


@pytest.mark.parametrize("sentence", [
    "请各设区市人民政府主要负责同志和分管负责同志参加。",
    "请各设区市人民政府主要负责同志和分管负责同志出席。",
    "省应急管理厅、省公安厅主要负责同志、分管负责同志及有关处室负责同志参加。",
    "全省安全生产工作会议请各设区市人民政府主要负责同志和分管负责同志到会。",
])
def test_bare_attendance_demand_in_a_meeting_notice(sentence):
    body = ["省政府定于2026年4月15日在南昌召开全省安全生产工作会议。", sentence]
    fs = lint(office(SAFETY, body), "GW202")
    assert [f.line for f in fs] == [5]
    assert "主要负责同志和分管负责同志同时参加" in fs[0].message


def test_bare_attendance_outside_meeting_notices_is_not_a_meeting():
    sentence = "请各设区市人民政府主要负责同志和分管负责同志参加。"
    text = office("江西省人民政府办公厅关于开展安全生产大检查的通知", ["各地要开展安全生产大检查。", sentence])
    assert lint(text, "GW202") == []
    # in a meeting notice, 参加 with another object is something else
    body = ["省政府定于2026年4月15日在南昌召开全省安全生产工作会议。",
            "请各设区市人民政府主要负责同志和分管负责同志参加安全生产专题培训。"]
    assert lint(office(SAFETY, body), "GW202") == []


def test_attendance_list_after_a_label_paragraph():
    body = ["省政府定于2026年4月10日在南昌召开全省春季农业生产工作会议。", "参会人员：",
            "各设区市人民政府主要负责同志、分管负责同志；", "各县（市、区）人民政府分管负责同志；",
            "省直有关部门主要负责同志。", "请于4月5日前报送参会回执。"]
    fs = lint(office("江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知", body), "GW202")
    assert [f.line for f in fs] == [6, 7]
    assert "同时参加" in fs[0].message and "县（市、区）一级" in fs[1].message
    # the list ends at a line without persons: a later sentence is not in it
    body[-1] = "各县（市、区）人民政府要认真做好春耕生产工作；"
    assert [f.line for f in lint(office("江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知", body),
                                 "GW202")] == [6, 7]


def test_director_and_deputy_director_are_two_roles():
    water = "江西省水利厅关于召开全省水利工作会议的通知"
    body = ["定于2026年4月8日在南昌召开全省水利工作会议。", "二、参会人员", "（一）各设区市水利局局长、分管副局长；",
            "（二）厅直各单位主要负责同志。"]
    kw = {"issuer": "江西省水利厅", "recipients": "各设区市水利局，厅直各单位："}
    fs = lint(notice(water, body, **kw), "GW202")
    assert [f.line for f in fs] == [6] and fs[0].data["roles"] == ["主要负责同志", "分管负责同志"]
    for item in ("（一）各设区市水利局分管副局长；", "（一）各设区市水利局局长或分管副局长；", "（一）各设区市水利局局长；"):
        body[2] = item
        assert lint(notice(water, body, **kw), "GW202") == [], item


def test_roles_of_different_units_and_declined_roles_are_not_joined():
    body = ["省政府定于2026年4月20日召开全省林长制工作会议。会议设主会场和分会场。", "三、参会人员", "（一）主会场",
            "省林长制办公室成员单位分管负责同志。", "（二）分会场",
            "各设区市、县（市、区）人民政府分管负责同志，林业部门主要负责同志。"]
    assert lint(office("江西省人民政府办公厅关于召开全省林长制工作会议的通知", body), "GW202") == []
    body = ["省政府定于2026年4月15日召开全省防汛抗旱工作电视电话会议。",
            "各设区市政府分管负责同志参加，主要负责同志不需参会。",
            "各设区市政府分管负责同志参加，县（市、区）政府主要负责同志不参加。"]
    assert lint(office("江西省人民政府办公厅关于召开全省防汛抗旱工作电视电话会议的通知", body), "GW202") == []
    # a following clause with a role of the same unit is still that unit
    body = ["省政府定于2026年4月15日在南昌召开全省安全生产工作会议。",
            "请各设区市政府主要负责同志参会，分管负责同志陪同参加。"]
    assert [f.line for f in lint(office(SAFETY, body), "GW202")] == [5]


def test_negator_about_something_else_does_not_cancel_the_demand():
    body = ["省政府定于2026年4月10日在南昌召开全省农村人居环境整治工作会议。",
            "为减少会议数量，本次会议与全省农业农村工作会议合并召开，"
            "请各县（市、区）人民政府主要负责同志到南昌主会场参会。",
            "为减少陪会，请各设区市人民政府分管负责同志参加，降低参会人员级别，不搞层层陪会。"]
    fs = lint(office("江西省人民政府办公厅关于召开全省农村人居环境整治工作会议的通知", body), "GW202")
    assert [f.line for f in fs] == [5] and "县（市、区）一级" in fs[0].message


# ------------------------------------------------------------------ GW203
def test_forum_notice_in_title():
    text = notice("江西省商务厅关于举办2026年全省开放型经济发展论坛的通知",
                  ["定于2026年5月20日在南昌举办2026年全省开放型经济发展论坛。"], issuer="江西省商务厅")
    fs = lint(text, "GW203")
    assert len(fs) == 1  # title and sentence name the same event: reported once
    assert fs[0].severity == "info" and fs[0].line == 1 and fs[0].data["kind"] == "论坛"
    assert "实质性内容" in fs[0].message


@pytest.mark.parametrize("sentence,event", [
    ("为加强交流，拟于5月举办中部地区开放合作高峰论坛。", "中部地区开放合作高峰论坛"),
    ("经研究，定于4月15日召开2026年全厅工作务虚会。", "2026年全厅工作务虚会"),
    ("省社科联拟于6月召开全省乡村振兴理论研讨会。", "全省乡村振兴理论研讨会"),
])
def test_events_convened_in_the_text(sentence, event):
    fs = lint(notice("江西省商务厅关于做好对外开放工作的通知", [sentence], issuer="江西省商务厅"), "GW203")
    assert [f.data["event"] for f in fs] == [event]


def test_forum_names_and_bans_are_not_event_notices():
    body = ["请各地组织企业参加博鳌亚洲论坛年会。", "中国发展高层论坛组委会来函邀请我省参会。",
            "不举办没有实质性内容的研讨会、务虚会、论坛等活动。",
            "定于4月10日召开全省外贸企业座谈会，听取企业意见。",
            "定于4月12日举办全省外贸业务培训班。"]
    assert lint(notice("江西省商务厅关于做好对外开放工作的通知", body, issuer="江西省商务厅"), "GW203") == []


def test_event_named_by_a_demonstrative_is_the_titles_event():
    text = notice("江西省商务厅关于举办2026年江西省数字经济发展论坛的通知",
                  ["为推动数字经济发展，经研究，决定举办本次论坛。", "此次论坛定于5月20日在南昌举办。",
                   "定于5月21日在南昌举办全省乡村振兴理论研讨会。"], issuer="江西省商务厅")
    fs = lint(text, "GW203")
    assert [(f.line, f.data["event"]) for f in fs] == [(1, "2026年江西省数字经济发展论坛"), (6, "全省乡村振兴理论研讨会")]


# ------------------------------------------------------------------ formats
MARKED_MEETING = "\n".join([
    "@issuer_mark 江西省农业农村厅文件",
    "@doc_number 赣农字〔2026〕10号",
    f"@title {SPRING}",
    "@recipients 各设区市农业农村局，省直有关单位：",
    "经研究，定于2026年3月12日在南昌召开全省春季农业生产工作会议。现将有关事项通知如下。",
    "@heading1 一、会议内容",
    "总结2025年全省农业生产工作，分析当前春耕备耕形势，部署2026年春季农业生产重点任务，"
    "交流早稻集中育秧、撂荒地复耕复种和农资保供稳价等方面的经验做法。",
    "@heading1 二、参会人员",
    "省直有关单位主要负责同志和分管负责同志，各设区市农业农村局局长，各县（市、区）农业农村局主要负责同志。",
    "@heading1 三、有关要求",
    "请各设区市于3月10日前将参会人员名单报送省农业农村厅。参会人员请提前十五分钟入场，会议期间请将手机调至静音状态，"
    "自觉遵守会场纪律，会议材料会后统一收回。",
    "@signature 江西省农业农村厅",
    "@date 2026年2月20日",
]) + "\n"

MARKED_FORUM = "\n".join([
    "@doc_number 赣商务字〔2026〕5号",
    "@title 江西省商务厅关于举办2026年全省开放型经济发展论坛的通知",
    "@recipients 各设区市商务局：",
    "定于2026年5月20日在南昌举办2026年全省开放型经济发展论坛。现将有关事项通知如下。",
    "@heading1 一、论坛主题",
    "围绕稳外贸稳外资、内陆开放型经济试验区建设和跨境电商发展，邀请有关专家学者、企业代表作主旨演讲和交流发言，"
    "发布全省开放型经济发展报告，推介重点招商引资项目。",
    "@heading1 二、有关要求",
    "请各设区市商务局于5月10日前将参会人员名单报送省商务厅对外贸易处，参会人员往返交通费用回原单位报销，"
    "论坛期间食宿由主办方统一安排。",
    "@signature 江西省商务厅",
    "@date 2026年4月1日",
]) + "\n"


MARKED_LIST = "\n".join([
    "@doc_number 赣府厅字〔2026〕24号",
    "@title 江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知",
    "@recipients 各市、县（区）人民政府，省政府各部门：",
    "省政府定于2026年4月10日在南昌召开全省春季农业生产工作会议，总结2025年全省农业生产工作，部署春耕备耕、"
    "粮食生产和农资保供稳价等重点任务。现将有关事项通知如下。",
    "参会人员：",
    "各设区市人民政府主要负责同志、分管负责同志；",
    "省直有关部门分管负责同志。",
    "请各设区市于4月5日前将参会人员名单报送省农业农村厅，参会人员请提前十五分钟入场。",
    "@signature 江西省人民政府办公厅",
    "@date 2026年3月20日",
]) + "\n"


@pytest.mark.parametrize("source,expected", [(MARKED_MEETING, ["GW201", "GW202"]), (MARKED_FORUM, ["GW203"]),
                                             (MARKED_LIST, ["GW202"])])
def test_same_findings_in_txt_docx_pdf(source, expected, tmp_path):
    got = {}
    for fmt in ("txt", "docx", "pdf"):
        r = lint_path(render_draft(source, fmt, tmp_path))
        assert r.error is None
        got[fmt] = finding_key([f for f in r.findings if f.code in CODES])
    assert [k[0] for k in got["txt"]] == expected
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


# ------------------------------------------------------------------ corpus and docs
CORPUS_FILES = sorted(glob.glob(str(CORPUS / "govcn" / "*.txt"))) + [str(CORPUS / "govdoc-cn" / "397.pdf")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_corpus_has_no_meeting_findings(path):
    r = lint_path(need(Path(path)))
    assert r.error is None
    assert [f for f in r.findings if f.code in CODES] == []


def test_policy_is_clean_of_its_own_meeting_rules():
    r = lint_path(need(POLICY))
    assert r.error is None
    assert [(f.code, f.line) for f in r.findings if f.code in CODES] == []


@pytest.mark.parametrize("code,words", [("GW201", ["无会月", "第5条", "近期"]), ("GW202", ["层层陪会", "分会场"]),
                                        ("GW203", ["务虚会", "论坛"])])
def test_rule_docs(code, words):
    r = run_cli("rule", code)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    for w in words:
        assert w in out


# ------------------------------------------------------------------ GW201: departments calling in 市县 leaders
def test_department_meeting_calling_in_local_leaders_in_march():
    title = "江西省农业农村厅关于召开春耕生产调度会的通知"
    body = ["定于2026年3月10日在南昌召开春耕生产调度会，请各设区市人民政府分管负责同志参加。"]
    fs = lint(notice(title, body), "GW201")
    assert len(fs) == 1 and fs[0].line == 4
    assert "要求市县领导（各设区市人民政府分管负责同志）参加" in fs[0].message
    assert fs[0].data["scope"] == "local-leaders"
    # the same meeting in April, or for the system's own bureaus, or with the option off
    assert lint(notice(title, [body[0].replace("3月10日", "4月10日")]), "GW201") == []
    assert lint(notice(title, [body[0].replace("人民政府分管负责同志", "农业农村局分管负责同志")]), "GW201") == []
    assert lint(notice(title, body), "GW201", options={"GW201.leader_meeting_issuer_kinds": []}) == []
    # the government's office is bound by the 全省 rule only
    assert lint(office("江西省人民政府办公厅关于召开春耕生产调度会的通知", body), "GW201") == []


# ------------------------------------------------------------------ round 2: rescheduling, approvals, roles
def test_superseded_dates_are_not_the_meetings_date():
    title = "江西省农业农村厅关于做好春耕生产有关工作的通知"
    body = ["原定于3月20日召开全省春耕生产现场推进会，现调整至4月9日召开，请各地做好准备。",
            "原计划于3月下旬举办的全省农产品品牌推介会延期举办，具体时间另行通知。"]
    assert lint(notice(title, body, date="2026年3月2日"), "GW201") == []
    # moved into March: the new date counts, and the name carries over to the second verb
    body = ["原定于4月召开的全省种业振兴工作推进会，提前至3月26日在南昌召开。"]
    fs = lint(notice(title, body, date="2026年3月2日"), "GW201")
    assert len(fs) == 1 and fs[0].line == 4
    assert "“全省种业振兴工作推进会”" in fs[0].message and "“3月26日”" in fs[0].message


def test_tentative_date_markers():
    title = "江西省农业农村厅关于做好春耕生产有关工作的通知"
    fs = lint(notice(title, ["全省春耕生产工作会议暂定3月18日在南昌召开，请各地做好准备。"]), "GW201")
    assert len(fs) == 1 and "“全省春耕生产工作会议”" in fs[0].message and "“3月18日”" in fs[0].message
    assert lint(notice(title, ["全省春耕生产工作会议暂定4月18日在南昌召开。"]), "GW201") == []


def test_next_month_is_reckoned_from_the_document_date():
    body = ["经厅党组研究，拟于下月中旬在南昌召开全省春季农业生产工作会议，具体时间另行通知。"]
    fs = lint(notice(SPRING, body, date="2026年2月25日"), "GW201")
    assert len(fs) == 1 and fs[0].line == 4
    assert "“下月中旬”" in fs[0].message and "2026年2月25日" in fs[0].message and "推算为3月" in fs[0].message
    assert fs[0].data["months"] == [3] and fs[0].data["date_source"] == "document-date"
    assert lint(notice(SPRING, body, date="2026年3月5日"), "GW201") == []


@pytest.mark.parametrize("opening,silent", [
    ("经省政府第28次常务会议研究决定", True),
    ("经省委、省政府研究决定", True),
    ("经省政府同意", True),
    ("经请示省政府主要领导同意", True),
    ("经省长同意", True),
    ("经分管副省长同意", False),
    ("经省政府领导同意", False),
    ("经厅党组研究决定", False),
])
def test_government_decisions_count_as_approval(opening, silent):
    body = [f"{opening}，定于2026年3月20日在南昌召开全省春季农业生产工作会议。"]
    fs = lint(notice(SPRING, body, date="2026年3月5日"), "GW201")
    assert len(fs) == (0 if silent else 1)


def test_approval_denied_is_not_approval():
    body = ["未经省政府批准，各部门不得在3月召开全省性会议。", "定于2026年3月20日在南昌召开全省春季农业生产工作会议。"]
    fs = lint(notice(SPRING, body, date="2026年3月5日"), "GW201")
    assert [f.line for f in fs] == [5]


def test_county_heads_written_as_a_compound_title():
    title = "江西省人民政府办公厅关于召开全省高标准农田建设现场推进会的通知"
    body = ["省政府定于2026年4月22日在上饶市召开全省高标准农田建设现场推进会。", "一、参会人员",
            "（一）各设区市人民政府分管副市长；",
            "（二）各县（市、区）人民政府县（市、区）长、分管副县（市、区）长。"]
    fs = lint(office(title, body), "GW202")
    assert [f.line for f in fs] == [7]
    assert "主要负责同志和分管负责同志同时参加" in fs[0].message and "县（市、区）一级" in fs[0].message
    # one of them, at the branch venue of a video conference, is what clause 4 asks for
    body[0] = "省政府定于2026年4月22日以电视电话会议形式召开全省高标准农田建设现场推进会。"
    body[3] = "（二）各县（市、区）人民政府分管副县（市、区）长在当地分会场参加。"
    assert lint(office(title, body), "GW202") == []


def test_attending_something_other_than_the_meeting():
    title = "江西省教育厅关于召开全省教育督导工作会议的通知"
    kw = {"issuer": "江西省教育厅", "recipients": "各设区市教育局：", "number": "赣教字〔2026〕21号"}
    head = "定于2026年4月17日在南昌召开全省教育督导工作会议，会后举办督学业务培训。"
    body = [head, "请各设区市教育局分管负责同志参加会议，各县（市、区）教育局督导室负责同志参加培训。"]
    assert lint(notice(title, body, **kw), "GW202") == []
    body[1] = "请各设区市教育局分管负责同志参加会议，各县（市、区）教育局督导室负责同志参加会议。"
    fs = lint(notice(title, body, **kw), "GW202")
    assert len(fs) == 1 and "县（市、区）一级" in fs[0].message


def test_urban_rural_construction_bureau_is_not_a_township():
    title = "江西省人民政府办公厅关于召开全省城乡建设工作会议的通知"
    body = ["省政府定于2026年4月8日在南昌召开全省城乡建设工作会议。",
            "各设区市人民政府分管副市长、市住房城乡建设局局长参加。"]
    assert lint(office(title, body), "GW202") == []
    body[1] = "各乡镇人民政府镇长参加。"
    fs = lint(office(title, body), "GW202")
    assert len(fs) == 1 and "乡镇（街道）一级" in fs[0].message


# ------------------------------------------------------------------ round 3 (issue 15): escorts, tables, labels
@pytest.mark.parametrize("sentence", [
    "请各设区市人民政府分管负责同志参加。同时，请市发展改革委主要负责同志陪同参会。",
    "各设区市人民政府分管副市长参加，并由市住房城乡建设局局长陪同。",
    "请各设区市人民政府分管负责同志参会，市农业农村局局长随同参加。",
    "请各设区市人民政府分管负责同志参会，市农业农村局负责同志1人陪同参会。",
    "请各设区市人民政府分管负责同志带领市商务局、市发展改革委主要负责同志参加。",
    "由各设区市人民政府分管负责同志率市发展改革委、市工业和信息化局主要负责同志参加。",
    # departments named by their sectors, not by their full names
    "请各设区市人民政府分管负责同志带领发展改革、工业和信息化、商务部门主要负责同志参会。",
    "请各设区市人民政府分管负责同志带领自然资源、住房城乡建设等部门主要负责同志参加。",
])
def test_escorts_in_other_words(sentence):
    body = ["省政府定于2026年4月8日在南昌召开全省城乡建设工作会议。", sentence]
    fs = lint(office("江西省人民政府办公厅关于召开全省城乡建设工作会议的通知", body), "GW202")
    assert len(fs) == 1 and "陪同参会" in fs[0].message


@pytest.mark.parametrize("sentence", [
    "请各设区市商务局分管负责同志带领本地重点外贸企业代表参加，各地不安排其他人员陪同。",
    "会议期间，会务组安排专人陪同境外采购商参观企业展区。",
    "请各设区市人民政府分管负责同志参加，不需要部门负责同志陪同参会。",
    "请各设区市人民政府分管负责同志参会，并带领1名老旧小区改造居民代表参加座谈交流。",
])
def test_delegations_guests_and_declined_escorts_are_not_escorts(sentence):
    body = ["省政府定于2026年4月8日在南昌召开全省城乡建设工作会议。", sentence]
    assert lint(office("江西省人民政府办公厅关于召开全省城乡建设工作会议的通知", body), "GW202") == []


def test_escort_words_outside_meeting_notices_are_left_to_gw401():
    body = ["省领导将于4月赴各地调研乡村振兴工作。", "调研期间，各设区市人民政府分管负责同志陪同参加座谈。"]
    assert lint(office("江西省人民政府办公厅关于做好省领导调研服务工作的通知", body), "GW202") == []


MARKED_TABLES = [
    # unit and persons in one cell, numbered rows
    ["@table 序号|参会人员|人数", "@table 1|各设区市农业农村局局长、分管副局长|每市2人",
     "@table 2|各县（市、区）农业农村局局长|每县1人"],
    # unit and persons in two columns, no numbers
    ["@table 参会单位|参会人员", "@table 各设区市人民政府|主要负责同志、分管负责同志",
     "@table 赣江新区管委会|分管负责同志"],
]


@pytest.mark.parametrize("rows,expected", [(MARKED_TABLES[0], 2), (MARKED_TABLES[1], 1)])
def test_attendance_tables_in_every_format(rows, expected, tmp_path):
    source = "\n".join([
        "@doc_number 赣农字〔2026〕48号", f"@title {SPRING}", "@recipients 各设区市人民政府：",
        "经研究，定于2026年5月20日在上饶市召开全省春季农业生产工作会议。参会人员如下表。", *rows,
        "联系人：种植业管理处胡晨，电话：0791-86224117。", "@signature 江西省农业农村厅", "@date 2026年4月30日"]) + "\n"
    got = {}
    for fmt in ("txt", "docx", "pdf"):
        r = lint_path(render_draft(source, fmt, tmp_path))
        got[fmt] = [f for f in r.findings if f.code == "GW202"]
        assert len(got[fmt]) == expected, (fmt, [f.message for f in got[fmt]])
        assert all(f.excerpt in ("各设区市农业农村局局长、分管副局长", "各县（市、区）农业农村局局长",
                                 "主要负责同志、分管负责同志") for f in got[fmt]), fmt


def test_receipt_form_is_no_attendance_table():
    body = ["定于2026年5月20日在上饶市召开全省春季农业生产工作会议。", "单位", "姓名", "职务", "联系电话",
            "各设区市农业农村局", "张三", "局长、分管副局长", "13800000000"]
    assert lint(notice(SPRING, body), "GW202") == []


def test_label_in_a_paragraph_opens_a_list():
    body = ["经研究，定于2026年4月23日在赣州市召开全省春季农业生产工作会议。"
            "参会范围：一是省直有关单位联络员；二是各设区市、县（市、区）农业农村局主要负责同志和分管负责同志。"]
    fs = lint(notice(SPRING, body), "GW202")
    assert len(fs) == 1 and "二是各设区市" in fs[0].excerpt
    assert "同时参加" in fs[0].message and "县（市、区）一级" in fs[0].message


def test_label_subheadings_and_another_units_role():
    body = ["经研究，定于2026年5月28日在宜春市召开全省春季农业生产工作会议。", "一、参会人员", "1.各地参会人员",
            "各设区市农业农村局分管负责同志、市农技推广中心主要负责同志。"]
    assert lint(notice(SPRING, body), "GW202") == []


@pytest.mark.parametrize("person,fires", [
    ("南昌市、九江市人民政府分管自然资源工作的副市长", True),
    ("南昌市、九江市人民政府分管交通运输工作的负责同志", True),
    ("南昌市、九江市自然资源局分管耕地保护工作的负责同志", False),
])
def test_gw201_leaders_named_by_their_portfolio(person, fires):
    title = "江西省自然资源厅关于召开赣北片区耕地保护工作座谈会的通知"
    body = [f"我厅定于2026年3月24日在九江市召开赣北片区耕地保护工作座谈会，请{person}参加。"]
    fs = lint(notice(title, body, issuer="江西省自然资源厅"), "GW201")
    assert len(fs) == (1 if fires else 0)


@pytest.mark.parametrize("opening,silent", [
    ("3月8日凌晨，宜春市某化工企业发生爆炸，造成5人死亡。", True),
    ("3月5日以来，南昌、九江相继报告3例人感染H7N9禽流感病例。", True),
    ("近日，我省北部接连出现强降雨，多地发生山洪和泥石流。", True),
    ("去年春季，我省部分地区发生森林火灾，教训深刻。", False),
    ("今年以来，全省共发生生产安全事故120起，同比下降15%。", False),
    ("当前，全省安全生产形势依然严峻复杂。", False),
    ("3月20日以来，我省宜春、萍乡等地遭受冰雹、大风袭击，部分地区农房受损严重。", True),
    ("据气象部门预报，预计3月下旬我省将出现强降雨、大风等强对流天气。", False),
])
def test_emergency_told_by_its_facts(opening, silent):
    title = "江西省应急管理厅关于召开全省安全生产视频调度会的通知"
    body = [opening + "经研究，定于3月9日召开全省安全生产视频调度会。"]
    fs = lint(notice(title, body, issuer="江西省应急管理厅", date="2026年3月8日"), "GW201")
    assert len(fs) == (0 if silent else 1)


def test_urgent_meeting_named_with_two_qualifiers():
    title = "江西省应急管理厅关于召开全省森林防灭火紧急视频调度会的通知"
    body = ["定于3月16日下午4时召开全省森林防灭火紧急视频调度会。"]
    assert lint(notice(title, body, issuer="江西省应急管理厅", date="2026年3月16日"), "GW201") == []


@pytest.mark.parametrize("name", ["全省乡村振兴理论与实践研讨交流会", "全省县级医院学术研讨暨经验交流会",
                                  "2026年度全厅工作务虚座谈会"])
def test_event_variants(name):
    fs = lint(notice("江西省商务厅关于做好对外开放工作的通知", [f"经研究，定于5月20日在南昌举办{name}。"],
                     issuer="江西省商务厅"), "GW203")
    assert [f.data["event"] for f in fs] == [name]


@pytest.mark.parametrize("sentence,fires", [
    ("博鳌亚洲论坛2026年年会将于3月下旬在海南博鳌举行，请做好推介准备。", False),
    ("国务院发展研究中心定于3月22日在北京举办中国发展高层论坛2026年年会，邀请我省派员参加。", False),
    ("2026数字中国建设峰会将于5月下旬在福建福州举行。", False),
    ("经省政府同意，定于10月18日在景德镇举办2026中国（景德镇）国际陶瓷文化产业发展论坛。", True),
    ("省社科联拟于6月召开全省乡村振兴理论研讨会。", True),
])
def test_events_held_by_others_or_elsewhere(sentence, fires):
    fs = lint(notice("江西省商务厅关于做好对外开放工作的通知", [sentence], issuer="江西省商务厅"), "GW203")
    assert len(fs) == (1 if fires else 0)


def test_attending_a_forum_in_the_title_is_not_holding_it():
    text = notice("江西省工业和信息化厅关于组织企业参加2026数字中国建设峰会的通知",
                  ["请各设区市推荐2至3家重点企业参会。"], issuer="江西省工业和信息化厅")
    assert lint(text, "GW203") == []



def test_city_bureaus_named_plainly_are_the_city_level():
    body = ["经研究，定于2026年4月10日在南昌召开全省春季农业生产工作会议，请各市农业农村局分管负责同志参加。"]
    assert lint(notice(SPRING, body), "GW202") == []
    body = ["经研究，定于2026年4月10日在南昌召开全省春季农业生产工作会议，请各市、县（区）农业农村局分管负责同志参加。"]
    assert len(lint(notice(SPRING, body), "GW202")) == 1


@pytest.mark.parametrize("sentence, fires", [
    ("原定于2026年2月26日召开的全省春季农业生产工作会议，因议程调整，改期至2026年3月10日召开。", True),
    # no comma between the superseded date and the new one: the past word belongs to the first verb
    ("原定于2026年2月24日召开的全省春季农业生产工作会议延至2026年3月18日召开，参会人员不变。", True),
    ("原定于2026年3月12日召开的全省春季农业生产工作会议改期至2026年4月9日召开。", False),
    ("全省春季农业生产工作会议已于2026年3月18日召开。", False),
])
def test_rescheduled_meetings_are_judged_by_the_new_date(sentence, fires):
    fs = lint(notice("江西省农业农村厅关于全省春季农业生产工作会议改期的通知", [sentence]), "GW201")
    assert bool(fs) is fires, sentence
    if fires:
        assert f"“{MEETING}”" in fs[0].message


# issue 15 (h15k): an event put on the agenda of the notice's own meeting is held by the issuer, 定于 or not;
# GW201 and GW202 look at the meeting itself, not at the events of its agenda
@pytest.mark.parametrize("sentence, event", [
    ("会议期间同步举办全省种业振兴论坛，邀请专家作报告。", "全省种业振兴论坛"),
    ("（二）3月18日下午，举办县域农业发展研讨交流会。", "县域农业发展研讨交流会"),
    ("会上还将举办数字农业务虚会。", "数字农业务虚会"),
])
def test_event_on_the_agenda_of_the_meeting_is_held(sentence, event):
    text = notice(SPRING, ["定于2026年3月17日召开全省春季农业生产工作会议。", sentence])
    fs = lint(text)
    assert [f.data.get("event") for f in fs if f.code == "GW203"] == [event]
    assert len([f for f in fs if f.code == "GW201"]) == 1  # the meeting, not its agenda item again


def test_agenda_sessions_and_others_events_are_not_held():
    text = notice(SPRING, ["定于2026年4月17日召开全省春季农业生产工作会议。",
                           "会上将部署春耕重点工作，会议期间安排交流发言。",
                           "请各地组织收看农业农村部将在北京举办的全国春季农业生产论坛。"])
    assert not lint(text, "GW203")


# issue 15 (h15k): for the province government's own meeting, 经省政府同意 is its office's formula, not the
# special approval of 第5条; a department's meeting approved so, or a 研究决定, stays exempt
@pytest.mark.parametrize("sentence, fires", [
    ("经省政府同意，省政府定于3月9日召开全省春季农业生产电视电话会议。", True),
    ("经省政府研究决定，省政府定于3月9日召开全省春季农业生产电视电话会议。", False),
])
def test_government_office_formula_is_no_approval(sentence, fires):
    text = office("江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知", [sentence])
    assert bool(lint(text, "GW201")) is fires


def test_department_meeting_approved_by_the_government_is_exempt():
    text = notice(SPRING, ["经省政府同意，定于2026年3月17日召开全省春季农业生产工作会议。"])
    assert not lint(text, "GW201")


# ------------------------------------------------------------ issue 15 (h15d): holdout3 classes
@pytest.mark.parametrize("title, body", [
    ("江西省卫生健康委员会关于全省卫生健康工作会议改期召开的通知",
     "原定于2026年4月9日召开的全省卫生健康工作会议，因工作安排调整，现改为2026年3月26日召开。"),
    ("江西省教育厅关于调整全省职业教育工作会议时间的通知",
     "我厅原定于2026年4月15日召开的全省职业教育工作会议，会议时间调整为2026年3月24日，地点不变。"),
    ("江西省文化和旅游厅关于全省文旅产业发展大会提前召开的通知",
     "全省文旅产业发展大会不再于2026年4月中旬召开，现提前至3月30日在南昌举行。"),
])
def test_gw201_a_rescheduling_into_march_is_read_at_its_new_date(title, body):
    fs = lint(notice(title, [body], issuer=title.split("关于")[0], date="2026年3月9日"), "GW201")
    assert len(fs) == 1 and fs[0].data["months"] == [3]


@pytest.mark.parametrize("title, body", [
    ("江西省工业和信息化厅关于全省工业经济运行调度会改期的通知",
     "原定于2026年3月18日召开的全省工业经济运行调度会，调整为2026年4月8日召开，会议地点不变。"),
    ("江西省教育厅关于调整全省职业教育工作会议时间的通知",
     "原定于2026年3月24日召开的全省职业教育工作会议，会议时间调整为2026年4月15日。"),
])
def test_gw201_a_rescheduling_out_of_march_is_quiet(title, body):
    assert lint(notice(title, [body], issuer=title.split("关于")[0], date="2026年3月2日"), "GW201") == []


@pytest.mark.parametrize("issuer, fires", [
    ("江西省深化“放管服”改革领导小组办公室", True),
    ("江西省河长制工作领导小组办公室", True),
    ("江西省乡村振兴工作专班", True),
    # a party body: checked too since the round-12 ruling (the rules apply to 党委 bodies; h13l, issue 15)
    ("中共江西省委全面深化改革委员会办公室", True),
])
def test_gw201_coordination_body_issuers_are_checked_as_departments(issuer, fires):
    title = f"{issuer}关于召开全省政务服务效能提升电视电话会议的通知"
    body = ["定于2026年3月13日下午3:00召开全省政务服务效能提升电视电话会议，各设区市设分会场。"]
    assert bool(lint(notice(title, body, issuer=issuer, date="2026年3月2日"), "GW201")) is fires


@pytest.mark.parametrize("title, body", [
    ("四川省科学技术厅关于取消2026年科技成果转化研讨会的通知",
     "原定于2026年9月举办的全省科技成果转化研讨会不再举办，有关经验做法改为书面交流。"),
    ("江西省商务厅关于停办2026年赣商发展论坛的通知", "经研究，决定停办原定于10月举办的赣商发展论坛。"),
    ("南昌市人民政府办公室关于不再召开2027年工作务虚会的通知", "今年不再召开2027年工作务虚会，请各部门书面报送明年工作思路。"),
])
def test_gw203_cancelling_an_event_holds_none(title, body):
    assert lint(notice(title, [body], issuer=title.split("关于")[0]), "GW203") == []


def test_gw203_one_finding_for_an_event_named_with_and_without_its_host():
    title = "衡阳市人民政府办公室关于召开市政府2027年工作务虚会的通知"
    body = ["市政府定于2026年11月25日召开2027年工作务虚会。", "请各部门认真准备务虚会发言材料。"]
    assert len(lint(notice(title, body, issuer="衡阳市人民政府办公室"), "GW203")) == 1


@pytest.mark.parametrize("sentence, fires", [
    ("请各地人社局派1名分管负责同志参加。", False),  # 各地: the addressed units, one person each
    ("请各单位派1名分管负责同志参加。", False),
    ("请各县（市、区）人社局各派1名分管负责同志到武汉参加。", True),  # a county level named outright
    ("请各地人社局主要负责同志和分管负责同志参加。", True),
])
def test_gw202_one_person_per_addressed_unit(sentence, fires):
    title = "湖北省人力资源和社会保障厅关于召开全省技能人才评价工作座谈会的通知"
    body = [f"省人力资源和社会保障厅定于2026年8月6日在武汉召开全省技能人才评价工作座谈会，{sentence}"]
    text = notice(title, body, issuer="湖北省人力资源和社会保障厅",
                  recipients="各市、州、直管市、神农架林区人力资源和社会保障局：", number="鄂人社函〔2026〕140号")
    assert bool(lint(text, "GW202")) is fires


def test_gw202_attendance_table_with_a_level_column_in_plain_text():
    body = ["省民政厅定于2026年7月9日在杭州召开全省基层社会治理工作推进会，参会人员安排如下：",
            "层级", "参会人员", "设区市", "各市政府分管负责同志",
            "县（市、区）", "各县（市、区）政府分管负责同志", "乡镇（街道）", "各乡镇（街道）分管负责同志"]
    fs = lint(notice("浙江省民政厅关于召开全省基层社会治理工作推进会的通知", body, issuer="浙江省民政厅",
                     recipients="各市民政局：", number="浙民函〔2026〕63号"), "GW202")
    assert len(fs) == 2


def test_gw201_another_deadline_moved_into_march_is_no_rescheduling():
    title = "江西省教育厅关于调整全省职业教育工作会议时间的通知"
    body = ["全省职业教育工作会议定于2026年4月15日召开，报名时间调整为2026年3月10日，请各单位按时报名。"]
    assert lint(notice(title, body, issuer="江西省教育厅", date="2026年3月2日"), "GW201") == []


# ------------------------------------------------------------------ GW201 classes of round 7 (hC, issue 15)
@pytest.mark.parametrize("issuer,word", [("广西壮族自治区农业农村厅", "全区"), ("上海市农业农村委员会", "全市"),
                                         ("内蒙古自治区商务厅", "全区")])
def test_gw201_province_wide_in_regions_and_municipalities(issuer, word):
    title = f"{issuer}关于召开{word}春季农业生产工作会议的通知"
    body = [f"经研究，定于3月12日召开{word}春季农业生产工作会议。"]
    assert len(lint(notice(title, body, issuer=issuer, recipients="各市农业农村局："), "GW201")) == 1
    # the same meeting in April is allowed
    body = [f"经研究，定于4月12日召开{word}春季农业生产工作会议。"]
    assert lint(notice(title, body, issuer=issuer, recipients="各市农业农村局："), "GW201") == []


@pytest.mark.parametrize("issuer,word", [("江西省农业农村厅", "全区"), ("江西省农业农村厅", "全市"),
                                         ("广西壮族自治区农业农村厅", "全市")])
def test_gw201_other_scope_words_of_a_province_are_not_province_wide(issuer, word):
    title = f"{issuer}关于召开{word}春季农业生产工作会议的通知"
    body = [f"经研究，定于3月12日召开{word}春季农业生产工作会议。"]
    assert lint(notice(title, body, issuer=issuer), "GW201") == []


def test_gw201_meeting_time_in_the_second_sentence(tmp_path):
    body = ["经研究，省农业农村厅决定召开全省春季农业生产工作会议。会议时间为3月20日上午9时，会期半天。",
            "请各设区市农业农村局主要负责同志参加。"]
    fs = lint(notice(SPRING, body), "GW201")
    assert len(fs) == 1 and "3月20日" in fs[0].message
    body[0] = body[0].replace("3月20日", "4月20日")
    assert lint(notice(SPRING, body), "GW201") == []
    # a later sentence about another time (报名时间为……) dates no meeting
    body[0] = "经研究，省农业农村厅决定召开全省春季农业生产工作会议。报名时间为3月2日至3月5日。"
    assert lint(notice(SPRING, body, date="2026年2月20日"), "GW201") == []


# ------------------------------------------------------------------ GW202 classes of round 8 (hY, issue 15)
ONSITE = "江西省林业局关于召开全省油茶产业发展现场观摩会的通知"


@pytest.mark.parametrize("sentence, fires", [
    # 两级/三级 after a list of levels: that many levels' bureaus, the county one among them
    ("请市县两级林业局局长到现场参加。", True),
    ("观摩期间，沿线市、县两级林业部门主要负责同志全程陪同。", True),
    ("沿线市、县两级林业局分管负责同志一同陪同参加观摩。", True),
    ("请各设区市、县（市、区）两级林业局局长参加。", True),
    ("请各设区市林业局分管负责同志参加观摩。", False),
    ("请省、市两级林业部门分管负责同志参加，每个设区市1人。", False),
    ("市、县两级林业部门主要负责同志在当地分会场收看，不到现场。", False),
])
def test_gw202_levels_pulled_in_by_a_two_levels_phrase(sentence, fires):
    body = ["省林业局定于2026年11月5日在赣州市召开全省油茶产业发展现场观摩会。", sentence]
    text = notice(ONSITE, body, issuer="江西省林业局", recipients="各设区市林业局：", number="赣林字〔2026〕40号")
    assert bool(lint(text, "GW202")) is fires, sentence


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw202_a_two_levels_row_of_an_attendance_table(fmt, tmp_path):
    src = ("@title 江西省林业局关于召开全省油茶产业发展推进会的通知\n@doc_number 赣林字〔2026〕41号\n"
           "@recipients 各设区市林业局：\n省林业局定于2026年11月12日在南昌召开全省油茶产业发展推进会。参会人员如下表。\n"
           "@table 类别|参会人员\n@table 省直单位|省林业局有关处室负责同志\n@table 各设区市|市、县两级林业局局长\n"
           "@signature 江西省林业局\n@date 2026年11月2日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW202"]
    assert len(fs) == 1 and "县（市、区）" in fs[0].message, fmt
    (tmp_path / "quiet").mkdir()
    quiet = src.replace("市、县两级林业局局长", "设区市林业局局长")
    assert [f for f in lint_path(render_draft(quiet, fmt, tmp_path / "quiet")).findings if f.code == "GW202"] == []

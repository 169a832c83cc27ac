"""The policy family's classes of round 15's second wave (issue 15, h15p): GW102's scope (event plans, schedules,
a party department's 要点), arrangement headings and 各地各部门 written out in a 由……负责 tag; GW104's topic fronted
by 对; GW105's subject joined across a level word; GW106's results sent down for checking and speakers' texts;
GW107's party committee beside the government's leaders; GW709's contact without a 电话 label.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that must fire and near misses that
must stay quiet, in phrasings the eval drafts (tests/eval/drafts/gw1, gw7: h15p) do not use."""
from __future__ import annotations

from functools import partial

import pytest

from gwlint.analysis.units import responsible_units

from .drafts import lint_codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]

_gw102 = partial(lint_codes, code="GW102")
_gw104 = partial(lint_codes, code="GW104")
_gw105 = partial(lint_codes, code="GW105")
_gw106 = partial(lint_codes, code="GW106")
_gw107 = partial(lint_codes, code="GW107")
_gw709 = partial(lint_codes, code="GW709")


def _carried(issuer: str, recipients: str, carried: str, body: list[str], docno: str = "x府办字〔2026〕9号") -> str:
    """A 印发 notice of ``issuer`` carrying the document ``carried`` whose text is ``body``."""
    return "\n".join([
        f"@doc_number {docno}", f"@title {issuer}关于印发{carried}的通知", f"@recipients {recipients}",
        f"《{carried}》已经同意，现印发给你们，请认真组织实施。", f"@signature {issuer}", "@date 2026年5月6日",
        "@page_break", f"@attachment_title {carried}", *body]) + "\n"


# ------------------------------------------------------------ D1 an event's plan, a schedule, a party body's 要点
_SPORTS_PLAN = ["@heading1 一、时间和地点", "2026年10月在市体育中心举行。",
                "@heading1 二、竞赛项目", "设田径、游泳、篮球、乒乓球、拔河等12个大项。",
                "@heading1 三、参赛单位", "各县（市、区）、市直各单位组队参赛。",
                "@heading1 四、开幕式安排", "开幕式于10月12日上午举行，包括入场式、文艺表演和点火仪式。",
                "@heading1 五、安全保障", "做好场馆安全检查、医疗救护和交通疏导。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_event_plan_is_no_policy(fmt, tmp_path):
    # written after the change: 运动会 (no 活动/会议 in the title) and headings the drafts do not use
    src = _carried("宜春市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "第五届全市职工运动会筹备工作方案",
                   _SPORTS_PLAN)
    assert _gw102(src, fmt, tmp_path) == []


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw102_event_plan_task_section_still_counts(fmt, tmp_path):
    body = [*_SPORTS_PLAN[:4], "@heading1 三、重点任务",
            "（一）改造市体育中心田径场。有关部门要在9月底前完成跑道翻新。",
            "（二）建设全民健身步道。（责任单位：市体育局）"]
    src = _carried("宜春市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "第五届全市职工运动会筹备工作方案", body)
    found = _gw102(src, fmt, tmp_path)
    assert [f.data.get("measure") for f in found if not f.data.get("summary")] == [1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_schedule_entries_are_no_measures(fmt, tmp_path):
    src = _carried("萍乡市人民政府办公室", "各县（区）人民政府，市政府各部门：", "2026年第四季度市政府重点工作安排", [
        "（一）10月10日，召开全市三季度经济形势分析会。",
        "（二）11月上旬　举行全市重大产业项目观摩活动。",
        "（三）12月中下旬，组织召开市政府第十五次全体会议。"])
    assert _gw102(src, fmt, tmp_path) == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw102_dated_tasks_of_a_work_arrangement_still_count(fmt, tmp_path):
    # a deadline first, then a task (no meeting held): a measure, not a schedule entry
    src = _carried("萍乡市人民政府办公室", "各县（区）人民政府，市政府各部门：", "2026年第四季度市政府重点工作安排", [
        "（一）10月底前，完成全市高标准农田建设任务。",
        "（二）11月上旬，召开全市重大产业项目观摩会。"])
    assert [f.data.get("measure") for f in _gw102(src, fmt, tmp_path) if not f.data.get("summary")] == [1]


_POINTS = ["一、加强干部队伍建设。开展年轻干部递进培养计划，组织专题培训班。",
           "二、加强基层组织建设。推进村级组织活动场所规范化建设。",
           "三、加强人才工作。实施“英才计划”，引进高层次人才50名。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer", ["中共新余市委组织部", "新余市总工会"])
def test_gw102_party_or_mass_body_work_points_out_of_scope(fmt, issuer, tmp_path):
    src = _carried(issuer, "各县（区）委组织部，市直各单位：", "2026年全市组织工作要点", _POINTS)
    assert _gw102(src, fmt, tmp_path) == []


@pytest.mark.parametrize("fmt", ["txt"])
def test_gw102_government_work_points_still_checked(fmt, tmp_path):
    src = _carried("新余市人民政府", "各县（区）人民政府，市政府各部门：", "2026年市政府工作要点", _POINTS,
                   docno="余府发〔2026〕3号")
    assert len([f for f in _gw102(src, fmt, tmp_path) if not f.data.get("summary")]) == 3


# ------------------------------------------------------------ D2 headings that say when, where, whom, how
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_arrangement_headings_quiet_tasks_counted(fmt, tmp_path):
    body = ["@heading1 一、适用范围", "全县范围内的自建房。",
            "@heading1 二、参加对象", "各乡镇、县直有关单位。",
            "@heading1 三、主要任务",
            "（一）开展自建房安全排查。（责任单位：县住房和城乡建设局）",
            "（二）整治危房。有关部门要对排查出的危房逐栋制定整治方案。",
            "@heading1 四、有关要求", "（一）提高认识。", "（二）注重实效。",
            "@heading1 五、联系人及联系电话", "县住建局村镇股，0795-7211234。"]
    src = _carried("宜丰县人民政府办公室", "各乡镇人民政府，县政府各部门：", "宜丰县自建房安全专项整治实施方案", body)
    found = [f for f in _gw102(src, fmt, tmp_path) if not f.data.get("summary")]
    assert [f.data.get("measure") for f in found] == [2]


# ------------------------------------------------------------ D3 各地各部门 written out in a 由……负责 tag
@pytest.mark.parametrize("text,named", [
    ("（由各镇街和有关部门负责）", False),
    ("（由各乡镇和相关部门负责）", False),
    ("（由各县区、市有关部门负责）", False),          # the level word of the departments between them
    ("（由各镇街负责）", True),
    ("（由区城管局会同各镇街负责）", True),
    ("（由各乡镇和县住建局负责）", True),
])
def test_generic_pair_in_you_tag(text, named):
    assert any(not u.generic for u in responsible_units(text)) is named


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_you_tag_generic_pair_fires(fmt, tmp_path):
    body = ["@heading1 一、重点任务",
            "1.建设口袋公园。新建口袋公园10个。（由各乡镇和相关部门负责）",
            "2.改造老旧管网。改造供水管网20公里。（由县住房和城乡建设局负责）",
            "3.整治占道经营。（由县城管局会同各乡镇负责）"]
    src = _carried("横峰县人民政府办公室", "各乡镇人民政府，县政府各部门：", "横峰县城市品质提升实施方案", body)
    found = [f for f in _gw102(src, fmt, tmp_path) if not f.data.get("summary")]
    assert [f.data.get("measure") for f in found] == [1]


# ------------------------------------------------------------ D4 lower governments as the topic fronted by 对
_LEAGUE = partial(marked_doc, "锡林郭勒盟生态环境局", "各旗县市（区）人民政府：", docno="锡环发〔2026〕9号")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line,fires", [
    ("对整改不到位的旗县市（区），务必于7月底前完成整改销号。", True),
    ("对逾期未完成整改的旗区（县、区），必须在6月30日前作出书面说明。", True),
    ("对整改不到位的旗县市（区），盟生态环境局将约谈其分管负责同志。", False),   # the issuer acts on them
    ("对整改不到位的排污企业，必须停产整顿。", False),                           # a third party
    ("对排查出隐患的乡镇卫生院（所），必须立即整改。", False),                   # institutions, no governments
])
def test_gw104_topic_fronted_by_dui(fmt, line, fires, tmp_path):
    src = _LEAGUE(["中央生态环境保护督察反馈问题中仍有14项未完成整改。", line])
    assert bool(_gw104(src, fmt, tmp_path)) is fires


# ------------------------------------------------------------ D5 a subject joined across a level word
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients,line", [
    ("各乡镇人民政府，县直有关单位：", "一、各乡镇人民政府和县直相关单位要加强值班值守，严格执行24小时值班制度。"),
    ("各区人民政府，市政府各部门：", "一、各区人民政府、市有关部门要加强值班值守，严格执行24小时值班制度。"),
])
def test_gw105_joint_subject_gives_governments_work(fmt, recipients, line, tmp_path):
    src = marked_doc("九江市人民政府办公室", recipients, [
        "为做好汛期安全防范工作，经市政府同意，现就有关事项通知如下。", line,
        "二、市应急管理局要加强统筹调度。"], docno="九府办字〔2026〕30号")
    assert _gw105(src, fmt, tmp_path) == []


# ------------------------------------------------------------ D6 results sent down for checking; speakers' texts
_RESULTS = partial(marked_doc, "江西省商务厅", "各设区市商务局：", docno="赣商务字〔2026〕15号")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line,fires", [
    ("对评估结果有不同意见的，可于3个工作日内向我厅书面反馈。", False),
    ("若对排名有异议，请在通知下发后7日内提交复核申请及佐证材料。", False),
    ("请在会上作交流发言的设区市于5月15日前将书面发言材料报送我厅。", False),
    ("请各设区市商务局于4月10日前将核对确认后的结果（盖章）报送我厅。", True),
])
def test_gw106_results_sent_down_and_speakers(fmt, line, fires, tmp_path):
    src = _RESULTS(["现将2025年度商务工作评估初步结果发给你们核对。", line])
    assert bool(_gw106(src, fmt, tmp_path)) is fires


# ------------------------------------------------------------ D7 a party committee beside the government's leaders
_REPORT = partial(marked_doc, "于都县农业农村局", "各乡镇人民政府：", docno="于农字〔2026〕40号")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line,fires", [
    ("县农业农村局汇总后形成专报，呈报县委、县政府分管领导。", True),
    ("县农业农村局汇总后报送县委主要领导和县政府分管领导。", True),
    ("县农业农村局汇总后报县委县政府主要领导同志。", True),
    ("县农业农村局汇总后报送县委、县政府办公室。", False),
])
def test_gw107_party_committee_before_leaders(fmt, line, fires, tmp_path):
    src = _REPORT(["请各乡镇每周四前报送秋粮收购进度。", line])
    assert bool(_gw107(src, fmt, tmp_path)) is fires


# ------------------------------------------------------------ D8 a 请示's contact with the number after the name
_REQUEST = ["随着城东片区住宅陆续交付，片区小学学位严重不足。恳请县政府批准新建城东小学。", "妥否，请批示。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note,fires", [
    ("联系人：县农业农村局办公室　胡××　0792-2231234", False),
    ("（联系人及电话：区财政局　张××　0797—8123456）", False),
    ("联系人：市水利局规划科 周×× 15979123456", False),
    ("（联系人：县教育体育局计划财务股　黄××）", True),
])
def test_gw709_contact_number_without_label(fmt, note, fires, tmp_path):
    src = marked_doc("修水县教育体育局", "修水县人民政府：", _REQUEST, title="关于新建城东小学的请示",
                     docno="修教字〔2026〕12号", tail=[f"@note {note}"])
    contact = [f for f in _gw709(src, fmt, tmp_path) if "联系人" in f.message]
    assert bool(contact) is fires

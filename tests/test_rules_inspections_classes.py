"""GW301–GW303, GW401: the classes of misreading fixed after the evaluation set and the
local corpus (issue 15), each with positives and the near-misses that must stay quiet.
Phrasings differ from the evaluation drafts on purpose."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import finding_key, render_draft
from .helpers import config, lint_text


def draft(*body: str, issuer: str = "江西省农业农村厅", recipients: str = "各设区市人民政府：",
          title: str | None = None, number: str = "赣农字〔2026〕9号") -> str:
    title = title or f"{issuer}关于做好2026年春耕生产工作的通知"
    return "\n".join([title, number, recipients, *body, issuer, "2026年3月20日"]) + "\n"


def found(text: str, code: str) -> list:
    return [f for f in lint_text(text) if f.code == code]


# ------------------------------------------------------------ GW301: who is inspected
@pytest.mark.parametrize("recipients", [
    "各设区市住房和城乡建设局：", "各市文化和旅游局：", "各设区市人力资源和社会保障局：",
    "各县（市、区）农业综合服务中心：",
])
def test_gw301_bureaus_named_after_their_locality_are_no_governments(recipients):
    text = draft("我厅将于5月开展燃气安全专项督查。", recipients=recipients)
    assert found(text, "GW301") == []
    # the same launch to the governments themselves is one
    assert len(found(draft("我厅将于5月开展燃气安全专项督查。"), "GW301")) == 1


@pytest.mark.parametrize("sentence", [
    "我厅将组织各设区市对辖区内农产品批发市场冷库开展一次全面检查维护。",
    "我厅将派员赴部分乡村旅游重点村和民宿开展暗访。",
    "我厅将委托第三方对农机作业服务组织开展考核。",
    "我厅将赴农产品加工园区开展督导。",
])
def test_gw301_objects_that_are_no_government_even_with_government_recipients(sentence):
    assert found(draft(sentence), "GW301") == []


@pytest.mark.parametrize("sentence", [
    "我厅将组织专家对各设区市规模养殖场开展防疫条件检查。",
    "我厅将对各设区市农业企业开展信用评价，评价结果排名通报。",
])
def test_gw301_a_locality_naming_whose_entities_are_inspected(sentence):
    assert found(draft(sentence), "GW301") == []


@pytest.mark.parametrize("sentence", [
    "我厅将赴各设区市开展春耕生产暗访。",
    "我厅将对春耕生产工作落实情况开展督导。",
    "我厅将深入基层开展春耕生产督查。",
])
def test_gw301_objects_that_are_the_recipients_work(sentence):
    assert len(found(draft(sentence), "GW301")) == 1


def test_gw301_evaluation_ranked_in_another_paragraph():
    text = draft("我厅将于年底对各设区市人民政府农田建设工作开展评价。", "一、结果运用",
                 "评价结果分为优秀、良好、一般三个等次，在全省通报。")
    assert [f.data["trigger"] for f in found(text, "GW301")] == ["评价"]
    # an evaluation whose results only guide the work is no assessment
    quiet = draft("我厅将于年底对各设区市人民政府农田建设工作开展评价。", "一、结果运用",
                  "评价结果作为改进工作的参考。")
    assert found(quiet, "GW301") == []


def test_gw301_research_under_an_inspection_name_is_gw303s():
    text = draft("我厅将于4月组织开展春耕生产调研督导，赴各设区市了解情况。")
    assert found(text, "GW301") == [] and len(found(text, "GW303")) == 1


@pytest.mark.parametrize("sentence", [
    "由第三方机构进行评估，评估结果排名通报。",
    "承包单位应当定期开展安全检查，检查结果报项目所在地政府。",
])
def test_gw301_another_partys_inspection(sentence):
    assert found(draft(sentence), "GW301") == []


def test_gw301_heading_defers_to_its_section():
    # the section names operators: the heading is no launch of its own
    quiet = draft("一、完善服务", "支持服务机构发展。", "二、组织绩效考核", "我厅每年组织服务机构开展绩效考核。")
    assert found(quiet, "GW301") == []
    # a heading with nothing below about it stands as the launch
    alone = draft("一、开展专项督查", "二、加强宣传", "做好政策解读。")
    assert len(found(alone, "GW301")) == 1


# ------------------------------------------------------------ GW302: evidence and its use
@pytest.mark.parametrize("sentence, word", [
    ("考评时须提供值班日志和交接班签到册。", "日志"),
    ("请于每季度末上传入户走访照片和系统截图，作为季度考评依据。", "截图"),
    ("考核组将查阅各地的会议纪要和工作记录。", "会议纪要"),
    ("请将过程性资料于11月底前送我厅。", "过程性资料"),
])
def test_gw302_more_kinds_of_evidence(sentence, word):
    fs = found(draft(sentence, recipients="各设区市农业农村局："), "GW302")
    assert len(fs) == 1 and word in fs[0].data["evidence"], sentence


@pytest.mark.parametrize("item", ["（2）宣传活动照片和会议记录齐全（8分）；", "2.建立工作台账，台账资料完整（5分）。"])
def test_gw302_points_in_brackets_score_the_material(item):
    text = draft("一、考核内容及分值", "（1）任务完成情况（60分）；", item, recipients="各设区市农业农村局：")
    fs = found(text, "GW302")
    assert len(fs) == 1 and fs[0].data["mode"] == "evaluate"


@pytest.mark.parametrize("sentence", [
    "我厅将健全年度考核工作台账，逐月调度进展。",
    "各地要完善执法检查台账，对问题逐一销号。",
    "各地要建立督查考核问题台账并及时更新。",
    "资料台账齐全规范，有专人管理。",  # 规范 ends its clause: no reducer, and nothing asked
])
def test_gw302_own_records_and_their_names(sentence):
    assert found(draft(sentence, recipients="各设区市农业农村局："), "GW302") == []


def test_gw302_evaluation_still_reaches_a_ledger_others_built():
    fs = found(draft("考核组将查阅各地建立的工作台账。", recipients="各设区市农业农村局："), "GW302")
    assert len(fs) == 1 and fs[0].data["mode"] == "evaluate"


def test_gw302_a_regulated_party_in_a_later_clause_does_not_silence():
    text = draft("考核主要查阅工作台账和活动照片，实地查看主要走访企业。", recipients="各设区市农业农村局：")
    assert len(found(text, "GW302")) == 1
    assert found(draft("要求企业建立安全生产台账，并报送检查照片。", recipients="各设区市农业农村局："), "GW302") == []


# ------------------------------------------------------------ GW303: one finding a document
def test_gw303_one_finding_for_one_labelled_activity():
    text = draft("我厅将组织调研督导组赴各地了解春耕进展。", "一、调研督导内容", "种子供应和农资保障。",
                 title="江西省农业农村厅关于开展春耕生产调研督导的通知", recipients="各设区市农业农村局：")
    fs = found(text, "GW303")
    assert len(fs) == 1 and fs[0].line == 1 and len(fs[0].data["lines"]) == 2


# ------------------------------------------------------------ GW401: escorts said otherwise
@pytest.mark.parametrize("sentence, asked", [
    ("调研期间，请各设区市农业农村局派一名同志随行。", "随行"),
    ("调研期间，请各设区市农业农村局负责同志带领调研组查看田间墒情。", "陪同"),
    ("调研期间，请各设区市农业农村局简要介绍本地春耕生产进展情况。", "介绍情况"),
])
def test_gw401_escort_and_report_in_other_words(sentence, asked):
    text = draft("我厅将于4月赴各设区市开展春耕生产调研。", sentence, recipients="各设区市农业农村局：")
    fs = found(text, "GW401")
    assert len(fs) == 1 and asked in fs[0].data["asked"], sentence


def test_gw401_visit_announced_in_another_paragraph():
    body = ("我厅将于4月组成调研组赴各设区市调研春耕生产。", "一、加强农资保障", "做好种子化肥供应。", "二、有关要求")
    fs = found(draft(*body, "请各设区市农业农村局安排分管负责同志陪同。", recipients="各设区市农业农村局："), "GW401")
    assert len(fs) == 1 and fs[0].line == 8
    # escorting someone else in such a document is the work itself
    quiet = draft(*body, "农机合作社要安排技术员陪同农户检修机具。", recipients="各设区市农业农村局：")
    assert found(quiet, "GW401") == []


def test_gw401_escort_column_of_a_programme_in_every_format(tmp_path):
    source = """\
@doc_number 赣农字〔2026〕9号
@title 江西省农业农村厅关于赴上饶市、抚州市开展春耕生产调研的通知
@recipients 上饶市农业农村局，抚州市农业农村局：
厅领导将于4月赴上饶市、抚州市开展春耕生产调研，日程如下。
@table 时间|调研地点|陪同人员
@table 4月8日上午|鄱阳县|上饶市农业农村局局长、鄱阳县分管副县长
@table 4月8日下午|余干县|厅种植业处
@table 4月9日|南丰县|抚州市人民政府分管副市长
@signature 江西省农业农村厅
@date 2026年3月30日
"""
    got = {}
    for fmt in ("txt", "docx", "pdf"):
        r = lint_path(render_draft(source, fmt, tmp_path), config())
        got[fmt] = finding_key([f for f in r.findings if f.code == "GW401"])
    # one escort column is one demand, told at the header cell that names it (陪同人员, line 7)
    assert [k[1] for k in got["txt"]] == [7]
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


def test_gw401_own_team_rows_before_the_visited_side():
    source = draft("厅领导将于4月赴上饶市开展春耕生产调研，日程如下。", "时间\t调研地点\t陪同人员",
                   "4月8日上午\t鄱阳县\t厅种植业处", "4月8日下午\t余干县\t上饶市农业农村局局长",
                   "4月9日\t万年县\t上饶市农业农村局分管副局长", recipients="上饶市农业农村局：")
    fs = found(source, "GW401")
    assert [f.excerpt for f in fs] == ["陪同人员"]  # made by the rows of the visited side, told at the header
    # the own office alone escorts nobody of the visited side: no demand
    own = source.replace("上饶市农业农村局局长", "厅种植业处").replace("上饶市农业农村局分管副局长", "厅农技推广总站")
    assert found(own, "GW401") == []


def test_gw401_team_column_is_no_escort():
    source = draft("我厅将赴各设区市开展调研，不需陪同。", "组别\t调研地区\t带队领导", "第一组\t南昌、九江\t厅分管负责同志",
                   "第二组\t赣州、吉安\t厅总农艺师", recipients="各设区市农业农村局：")
    assert found(source, "GW401") == []


# ------------------------------------------------------------ GW301: the issuer by its short name leads the clause
@pytest.mark.parametrize("issuer, sentence", [
    ("赣州市自然资源局", "为压实耕地保护责任，市自然资源局决定对各县（市、区）人民政府开展耕地保护责任目标考核，结果全市通报。"),
    ("江西省水利厅", "经研究，省水利厅将于9月对各设区市人民政府河湖长制工作进行督查。"),
])
def test_gw301_the_issuer_named_short_is_the_launcher(issuer, sentence):
    text = draft(sentence, issuer=issuer, recipients="各有关单位：", title=f"{issuer}关于开展有关工作的通知")
    assert len(found(text, "GW301")) == 1


@pytest.mark.parametrize("sentence", [
    # another body leads: its own inspection, not the issuer's
    "市政府督查室将对各县（市、区）人民政府开展耕地保护督查，市自然资源局配合做好相关工作。",
    # the government's own inspection body in other forms: its inspection, the department only helps
    "根据市政府工作安排，市政府督查室将于10月中旬对各县（市、区）人民政府开展实地督查。",
    "赣州市人民政府督查局定于11月对各县（市、区）人民政府耕地保护工作开展专项督查，我局派员参加。",
    "省政府办公厅督查室将于9月对各设区市人民政府开展督查，我局抽调人员参加。",
    "省自然资源厅将于9月对各设区市人民政府开展督查。",
])
def test_gw301_another_body_leading_stays_quiet(sentence):
    # also: the government's inspection office (督查室/督查局) is the government itself, not the department
    text = draft(sentence, issuer="赣州市自然资源局", recipients="各有关单位：", title="赣州市自然资源局关于配合做好督查工作的通知")
    assert found(text, "GW301") == []


@pytest.mark.parametrize("sentence", [
    # the department inspects; the government's inspection office only receives the result
    "我局将于8月对各县（市、区）人民政府高标准农田建设工作开展专项督查，督查结果抄送市政府督查室。",
    "市自然资源局将会同市政府督查室对各县（市、区）人民政府开展耕地保护督查。",
])
def test_gw301_inspection_office_mentioned_but_the_department_leads(sentence):
    text = draft(sentence, issuer="赣州市自然资源局", recipients="各县（市、区）人民政府：", title="赣州市自然资源局关于开展专项督查的通知")
    assert len(found(text, "GW301")) == 1


# ------------------------------------------------------------ GW302: trace demands by name (h15g1)
@pytest.mark.parametrize("sentence", [
    "各县（区）教育局要做到工作全程留痕，每一次劝返都要有据可查。",
    "各地要坚持事事留痕、处处留痕，确保经得起检查。",
    "整治工作要全过程留痕。",
])
def test_gw302_trace_demands_by_name(sentence):
    assert len(found(draft(sentence, recipients="各设区市农业农村局："), "GW302")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "不要求各地提供工作留痕资料，不得以截图、照片代替实际工作。",
    "执法人员要严格落实行政执法全过程留痕制度。",  # the record the law asks for
    # a regulator's procedure made traceable, records left by information systems (govcn 01)
    "规范名单抽取、结果公示、数据存档等抽查检查工作程序，做到全程留痕、责任可追溯。",
    "鼓励运用信息化手段提高问题发现能力，实现全过程留痕。",
    "坚决纠正过度留痕、以痕迹论英雄等问题。",
])
def test_gw302_trace_words_that_are_no_demand(sentence):
    assert found(draft(sentence, recipients="各设区市农业农村局："), "GW302") == [], sentence


# ------------------------------------------------------------ GW302: records named by their form (h15g1)
@pytest.mark.parametrize("sentence", [
    "考核时以微信聊天记录、走访笔记作为工作成效的证明。",
    "各地须提供帮扶手册、民情日记备查，作为考核依据。",
    "将宣传资料发放登记表、群众签字确认单作为考核评分依据。",
    "各设区市每次巡河须拍摄视频并上传至系统，作为考核依据。",
])
def test_gw302_records_named_by_their_form_as_yardstick(sentence):
    assert len(found(draft(sentence, recipients="各设区市农业农村局："), "GW302")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "请各设区市于每月5日前报送巡查记录汇总表。",  # a data report, not proof of work (GW106's matter)
    "各地要认真填写农技推广手册，指导农户科学用药。",
    "考核以群众满意度调查和实地查看为主，不查看工作笔记。",
])
def test_gw302_records_by_form_without_a_yardstick(sentence):
    assert found(draft(sentence, recipients="各设区市农业农村局："), "GW302") == [], sentence


# ------------------------------------------------------------ GW303: ××式调研 (h15g1)
def test_gw303_research_named_after_an_inspection_style():
    text = draft("厅领导将带队赴各地开展蹲点督导式调研，听取意见建议。", recipients="各设区市民政局：",
                 issuer="江西省民政厅", number="赣民字〔2026〕9号")
    assert len(found(text, "GW303")) == 1
    text = draft("我厅定于8月赴各地开展专题调研，不搞督导式调研，不打分、不排名。", recipients="各设区市民政局：",
                 issuer="江西省民政厅", number="赣民字〔2026〕9号")
    assert found(text, "GW303") == []


@pytest.mark.parametrize("sentence", [
    "隐患整改台账由各地留存备查，不再另行报送。",
    "工作情况通过平台实时填报，照片等过程资料不再另行上报。",
    "电梯维护保养单位应当建立维护保养记录台账，每次维保作业后在平台上传现场照片。",  # a regulated party
    "在线监测设备运维单位须每月上传运维记录和现场照片。",
])
def test_gw302_local_keeping_and_regulated_parties(sentence):
    assert found(draft(sentence), "GW302") == [], sentence


@pytest.mark.parametrize("sentence", [
    "请各县（市、区）应急管理局将排查整治台账和现场照片于6月10日前报送市局，作为年度工作考核的依据。",
    "请各设区市将工作台账和现场照片报送我厅，不再另行报送纸质材料。",  # only the paper copy is waived
])
def test_gw302_ledgers_sent_up_as_proof(sentence):
    assert len(found(draft(sentence), "GW302")) == 1, sentence


@pytest.mark.parametrize("item", [
    "建立人居环境整治工作台账并有影像资料（5分）",  # 整治 names the work, it reduces nothing
    "排查整治台账齐全（5分）",
    "工作日志记录完整（3分）",  # 记录 right after the material is part of its name
])
def test_gw302_scoring_items_naming_a_work(item):
    assert len(found(draft("年终考核按以下标准评分：", item), "GW302")) == 1, item


@pytest.mark.parametrize("sentence", [
    "坚决整治过度留痕、台账泛滥问题。",  # 整治 governs the trace words: a reduction
    "台账齐全与否不计分。",
])
def test_gw302_reductions_and_unscored(sentence):
    assert found(draft(sentence), "GW302") == [], sentence


@pytest.mark.parametrize("sentence, fires", [
    ("我厅将于9月赴各设区市对基层医疗机构服务能力提升工作进行调研并督查。", True),  # the work is looked into
    ("我厅将于9月赴各设区市对二级以上医疗机构进行院感防控检查指导。", False),  # the institutions are inspected
])
def test_gw303_object_that_is_a_work_of_institutions(sentence, fires):
    assert bool(found(draft(sentence), "GW303")) is fires, sentence


# ------------------------------------------------------------ GW302: paperwork made for the inspection (h15k)
@pytest.mark.parametrize("sentence", [
    "为迎接省级验收，各地要将项目建设资料汇编成册。",
    "各地要制作图文展板，在检查组到达时集中展示。",
    "请各地按督查组要求准备汇报材料，装订成册后统一送达。",
])
def test_gw302_paperwork_made_for_the_inspection(sentence):
    fs = found(draft(sentence, recipients="各设区市农业农村局："), "GW302")
    assert len(fs) == 1 and fs[0].data["mode"] == "prepare"


@pytest.mark.parametrize("sentence", [
    "我厅将把全省主推技术汇编成册，发到种植大户手中。",  # compiled for use, no inspection
    "督导组直接到田间地头查看，各地不得为迎接督导制作展板、汇编材料。",  # forbidden
])
def test_gw302_compilations_not_for_an_inspection_are_quiet(sentence):
    assert found(draft(sentence, recipients="各设区市农业农村局："), "GW302") == []


# ------------------------------------------------------------ GW401 (h15d): the visited side's leaders, the team's own rules
@pytest.mark.parametrize("sentence", [
    "市政府主要领导定于2026年9月下旬到部分镇街调研秋收秋种工作，调研时镇党委书记、镇长陪同。",
    "县政府主要领导定于6月中旬到部分乡镇调研竹产业发展，调研期间乡镇党委书记、乡镇长全程陪同。",
    "区政府主要领导拟于7月上旬调研老旧小区改造工作。调研时，街道党工委书记、办事处主任全程陪同。",
])
def test_gw401_township_leaders_escorting_without_a_request_word(sentence):
    text = draft(sentence, issuer="平度市人民政府办公室", recipients="各镇人民政府、街道办事处：",
                 title="平度市人民政府办公室关于市政府领导到镇街调研的通知", number="平政办字〔2026〕66号")
    assert len(found(text, "GW401")) == 1


@pytest.mark.parametrize("sentence, fires", [
    ("调研组成员要严格遵守中央八项规定精神，调研期间统一乘车，按标准安排就餐住宿，不影响企业正常生产经营。", False),
    ("调研组成员要遵守廉洁纪律，调研期间统一乘车，按标准安排就餐住宿，不接受宴请。", False),
    ("调研组到达后，请各县市区农业农村局按标准安排就餐住宿。", True),  # asked of the visited side
])
def test_gw401_the_visiting_teams_own_discipline_is_no_demand(sentence, fires):
    text = draft("市农业农村局将于2026年9月组成调研组赴各县市区开展预制菜产业发展调研。", sentence,
                 issuer="潍坊市农业农村局", recipients="各县市区农业农村局：",
                 title="潍坊市农业农村局关于开展预制菜产业发展调研的通知", number="潍农发〔2026〕63号")
    assert bool(found(text, "GW401")) is fires


# ------------------------------------------------------------ issue 15, holdout3 classes (h15c)
@pytest.mark.parametrize("sentence", [
    "根据列入省政府2026年度督查检查考核计划的安排，我厅将于9月对各设区市人民政府春耕生产工作开展督查。",
    "按照省政府2026年度督查检查考核计划的统一安排，我厅将于9月对各设区市人民政府春耕生产工作开展督查。",
])
def test_gw301_the_plan_this_inspection_follows_is_a_filing(sentence):
    assert found(draft(sentence), "GW301") == []


def test_gw301_a_plan_rule_is_still_no_filing():
    # 列入年度计划的督查事项须……备案: a rule quoted, not this inspection's plan
    text = draft("列入年度计划的督查检查考核事项须报省政府督查室备案。",
                 "我厅将于9月对各设区市人民政府春耕生产工作开展督查。")
    assert len(found(text, "GW301")) == 1


def test_gw301_issuer_by_its_short_name_outside_jiangxi():
    # 省交通运输厅 in a Fujian department's notice is the issuer, not another body
    text = draft("为推动农村公路高质量发展，省交通运输厅决定于9月对各设区市、平潭综合实验区及所辖县（市、区）"
                 "人民政府农村公路养护工作开展专项督查。", issuer="福建省交通运输厅",
                 recipients="各设区市人民政府，平潭综合实验区管委会：", number="闽交建〔2026〕47号")
    assert len(found(text, "GW301")) == 1


@pytest.mark.parametrize("sentence", [
    "为深入了解外贸企业的困难和问题，听取企业意见建议，我厅将于6月开展稳外贸工作督导，走访重点外贸企业。",
    "为全面掌握合作社发展现状，我厅将于8月开展合作社发展情况检查，实地走访部分合作社并召开座谈会。",
])
def test_gw303_research_purpose_under_an_inspection_name(sentence):
    fs = found(draft(sentence, recipients="各设区市农业农村局："), "GW303")
    assert len(fs) == 1, sentence


@pytest.mark.parametrize("body", [
    # plain research words: no inspection name
    ("为深入了解外贸企业的困难和问题，我厅将于6月开展调研走访，走访重点外贸企业。",),
    # an inspection that grades and demands rectification is an inspection
    ("为全面了解春耕生产政策落实情况，我厅将于6月开展专项督导，走访部分县（市、区）。",
     "督导发现的问题，要限期整改。"),
    ("为全面了解春耕生产政策落实情况，我厅将于6月开展专项督导，走访部分县（市、区）。",
     "督导结果将在全省通报。"),
    ("为了解各地春耕进展，我厅将于5月组织开展春耕生产督导，走访部分县（市、区）。", "督导情况将纳入年度考核。"),
    # a purpose without visits or talks says nothing of research
    ("为深入了解春耕生产情况，我厅将于5月组织开展春耕生产督导。",),
])
def test_gw303_research_purpose_quiet_cases(body):
    assert found(draft(*body, recipients="各设区市农业农村局："), "GW303") == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw302_evidence_in_a_scoring_column(fmt, tmp_path):
    src = ("@title 台州市卫生健康委员会关于印发家庭医生签约服务考核评分标准的通知\n@doc_number 台卫发〔2026〕37号\n"
           "@recipients 各县（市、区）卫生健康局：\n现将家庭医生签约服务考核评分标准印发给你们，请遵照执行。\n"
           "@table 考核项目|分值|评分依据\n@table 签约服务开展情况|40|以工作台账和活动影像资料为准\n"
           "@table 居民满意度|60|第三方电话回访\n@signature 台州市卫生健康委员会\n@date 2026年3月27日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW302"]
    assert len(fs) == 1, fmt
    # the same table scoring by system data and visits judges no paperwork
    (tmp_path / "clean").mkdir()
    clean = src.replace("以工作台账和活动影像资料为准", "以省家庭医生签约系统数据为准")
    assert [f for f in lint_path(render_draft(clean, fmt, tmp_path / "clean")).findings if f.code == "GW302"] == []


# ------------------------------------------------------------ classes of round 7 (hC, issue 15)
@pytest.mark.parametrize("issuer,sentence", [
    ("云南省住房和城乡建设厅", "省住房城乡建设厅决定于11月对各州、市人民政府城镇燃气安全工作进行考核，结果排名通报。"),
    ("南城县住房和城乡建设局", "县住建局决定于11月对各乡镇人民政府农村危房改造工作进行考核。"),
    ("柳州市交通运输局", "市交通局将组织对各县（区）人民政府农村公路养护工作进行年度考核。"),
    ("湖北省卫生健康委员会", "省卫健委将于11月对各市州人民政府基层卫生工作开展考核。"),  # 委 for 委员会 (hY)
])
def test_gw301_the_issuer_abbreviated_launches_its_inspection(issuer, sentence):
    recips = "各乡镇人民政府：" if "县" in issuer[:6] else ("各州、市人民政府：" if "云南" in issuer else "各县（区）人民政府：")
    assert len(found(draft(sentence, issuer=issuer, recipients=recips), "GW301")) == 1
    # another department of the same level leading the clause inspects in its own name
    other = sentence.replace(sentence.split("将")[0].split("决定")[0], "县应急管理局" if "县" in issuer[:6] else "省应急管理厅")
    assert found(draft(other, issuer=issuer, recipients=recips), "GW301") == []


def test_gw301_delegation_claims_the_governments_name():
    fs = found(draft("受省人民政府委派，省农业农村厅将于10月组成检查组，对各设区市人民政府耕地保护工作进行检查。"), "GW301")
    assert [f.severity for f in fs] == ["error"]


def test_gw301_a_works_name_with_a_reducer_is_no_reduction():
    assert len(found(draft("我厅将于10月对各设区市人民政府撂荒耕地整治情况进行检查。"), "GW301")) == 1
    assert found(draft("我厅将精简对各设区市人民政府的检查。"), "GW301") == []


@pytest.mark.parametrize("sentence,fires", [
    ("我厅将于7月以调研式督查的方式，走访部分县（市、区）农业企业。", True),
    ("我厅将于8月开展基层农技推广能力提升指导考核，了解各地农技推广情况。", True),
    ("严禁以调研名义变相开展检查考核。", False),
    ("我厅将于7月采取调研督导方式，赴各设区市了解情况。", True),
    ("各地要改进检查指导方式，切实减轻基层负担。", False),  # a way of working, no visit
    ("我厅将创新督查指导的方式，提高工作实效。", False),
])
def test_gw303_research_style_and_guidance_labels(sentence, fires):
    assert len(found(draft(sentence, recipients="各设区市农业农村局："), "GW303")) == int(fires)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw302_a_points_column_scores_the_records_in_its_rows(fmt, tmp_path):
    src = ("@title 江西省民政厅关于印发《养老服务工作评分细则》的通知\n@doc_number 赣民字〔2026〕3号\n"
           "@recipients 各设区市民政局：\n现将《养老服务工作评分细则》印发给你们，请遵照执行。\n"
           "@table 考评项目|考评内容|分值\n@table 基础管理|建立养老服务工作台账，会议记录完整|20\n"
           "@table 服务成效|特困老人集中供养率达到60%以上|80\n评分结果在全省民政系统通报。\n"
           "@signature 江西省民政厅\n@date 2026年4月20日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW302"]
    assert len(fs) == 1 and "台账" in fs[0].message
    quiet = src.replace("建立养老服务工作台账，会议记录完整", "养老机构消防设施完好率100%")
    assert [f for f in lint_path(render_draft(quiet, fmt, tmp_path)).findings if f.code == "GW302"] == []


def test_gw302_checking_the_trace_is_no_lawful_procedure():
    s = "驻村工作队员要填写工作纪实手册，做到全过程留痕，县农业农村局每月抽查一次。"
    assert len(found(draft(s, recipients="各乡镇人民政府："), "GW302")) == 1
    lawful = "规范名单抽取、结果公示等抽查工作程序，做到全过程留痕。"
    assert found(draft(lawful, recipients="各乡镇人民政府："), "GW302") == []


@pytest.mark.parametrize("sentence,fires", [
    ("省农业农村厅派出3个指导组，于7月赴各设区市开展实地指导。指导组到达后，请各设区市农业农村局主要负责同志陪同。", True),
    ("省农业农村厅定于6月赴各设区市调研。届时请各设区市农业农村局准备书面材料，介绍本地主要做法。", True),
    ("省农业农村厅派出3个指导组，于7月赴各设区市开展实地指导，不需要各地陪同，不准备书面材料。", False),
])
def test_gw401_guidance_teams_and_written_materials(sentence, fires):
    assert len(found(draft(sentence, recipients="各设区市农业农村局："), "GW401")) == int(fires)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw302_one_finding_per_row_of_a_scoring_table(fmt, tmp_path):
    src = ("@title 江西省民政厅关于印发《养老服务工作评分细则》的通知\n@doc_number 赣民字〔2026〕3号\n"
           "@recipients 各设区市民政局：\n现将《养老服务工作评分细则》印发给你们，请遵照执行。\n"
           "@table 考评项目|考评内容|评分标准|分值\n@table 台账管理|建立养老服务工作台账|台账齐全得20分，缺一项扣2分|20\n"
           "@table 会议记录|会议记录完整，有活动照片|记录齐全得10分|10\n@table 服务成效|特困老人集中供养率达到60%以上|达到得70分|70\n"
           "评分结果在全省民政系统通报。\n@signature 江西省民政厅\n@date 2026年4月20日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW302"]
    # two rows score paperwork: two findings, each at its row's first cell, none repeated for the row's other cells
    assert [f.excerpt for f in fs] == ["台账管理", "会议记录"]


# ------------------------------------------------------------ classes of round 8 (hY, issue 15)
@pytest.mark.parametrize("recipients,sentence", [
    ("各市州自然资源局：", "受省人民政府委托，省自然资源厅将于12月对13个市州人民政府耕地保护目标责任落实情况进行考核。"),
    ("各地级以上市水务局：", "省水利厅代表省人民政府，对21个地级以上市人民政府最严格水资源管理制度落实情况开展考核。"),
])
def test_gw301_governments_counted_by_number_are_lower_governments(recipients, sentence):
    fs = found(draft(sentence, recipients=recipients), "GW301")
    assert [f.severity for f in fs] == ["error"]
    # the same claim over enterprises inspects no government
    quiet = sentence.replace("人民政府", "重点用水企业")
    assert found(draft(quiet, recipients=recipients), "GW301") == []


@pytest.mark.parametrize("filing,fires", [
    ("依据已列入省政府2026年度督查检查考核计划的“春耕备耕督导”事项，", False),
    ("按照列入省政府年度督查检查考核计划的“高标准农田建设检查”项目，", False),
    ("此项督查将争取列入省政府年度督查检查考核计划。", True),
    ("该事项拟列入省政府下一年度督查检查考核计划。", True),
])
def test_gw301_plan_items_by_name_and_plans_not_yet_joined(filing, fires):
    launch = "我厅将于9月对各设区市人民政府春耕生产工作开展督查。"
    body = filing + launch if filing.endswith("，") else launch + filing
    assert len(found(draft(body), "GW301")) == int(fires)


@pytest.mark.parametrize("sentence,fires", [
    # an inspection team hearing reports inspects; a research team hearing them burdens the visited side
    ("省农业农村厅将于9月对各设区市开展秸秆禁烧督查，督查组采取听取汇报、现场抽查相结合的方式。", False),
    ("省农业农村厅将于9月赴各设区市开展秸秆综合利用调研，采取听取汇报、现场察看相结合的方式。", True),
    # sending one's people to the team's talk is taking part; organising others into it is arranging it
    ("省农业农村厅将于9月赴各设区市开展调研，请各设区市农业农村局安排1名业务骨干参加调研组召开的座谈。", False),
    ("省农业农村厅将于9月赴各设区市开展调研，请各设区市农业农村局组织种粮大户参加座谈。", True),
])
def test_gw401_inspection_hearing_and_taking_part_in_talks(sentence, fires):
    assert len(found(draft(sentence, recipients="各设区市农业农村局："), "GW401")) == int(fires)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw401_a_programme_cell_asking_for_a_report(fmt, tmp_path):
    src = ("@title 江西省农业农村厅关于赴赣州市开展脐橙产业调研的通知\n@doc_number 赣农函〔2026〕77号\n"
           "@recipients 赣州市农业农村局：\n省农业农村厅定于2026年10月赴赣州市开展脐橙产业调研，日程如下。\n"
           "@table 日期|地点|内容\n@table 10月12日|信丰县|听取县农业农村局脐橙产业发展情况汇报\n"
           "@table 10月13日|寻乌县|听取县政府工作汇报，察看果园\n@signature 江西省农业农村厅\n@date 2026年9月28日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW401"]
    assert len(fs) == 1 and "汇报" in fs[0].message, fmt  # one table, one demand
    (tmp_path / "quiet").mkdir()
    quiet = src.replace("听取县农业农村局脐橙产业发展情况汇报", "察看脐橙基地").replace("听取县政府工作汇报，察看果园", "与果农座谈")
    assert [f for f in lint_path(render_draft(quiet, fmt, tmp_path / "quiet")).findings if f.code == "GW401"] == []


def test_gw301_a_unified_deployment_named_with_its_matter():
    # the issuer abbreviated (省卫健委) launches it; the deployment is the higher bodies' (第7条 统一部署)
    launch = "省卫健委将于11月对各设区市人民政府家庭医生签约服务开展督查。"
    assert len(found(draft(launch, issuer="江西省卫生健康委员会"), "GW301")) == 1
    filed = "按照省委、省政府关于开展为民办实事督查的统一部署，" + launch
    assert found(draft(filed, issuer="江西省卫生健康委员会"), "GW301") == []

"""Classes the lead fixed after the round-15 measurement of the class probes (holdout17r), in other phrasings:

- GW102: a measure whose division-table row rewords it (……研发制造 for 加快……制造业发展) and names only a generic
  unit is one finding, at the measure's heading, not a second one at the row; a 责任分工 list row whose unit cell
  joins lower governments' collective with generic departments (各县（市、区）政府、市级有关部门) is 各地各部门
  written out, so the measure it stands for has no unit.
- GW401: a schedule table's column that asks the visited side to escort, report or receive is one demand, told at
  the header cell that names it; a run-in topic heading (四、食宿安排。调研组食宿自行安排) asks nobody.
- GW104: a time frame between the subject government and the modal closing with 前/之前/以内/内
  (各市州人民政府在主汛期到来之前的窗口期内，要……) leaves the government the subject.
- GW203: an event's name in quotation marks right after the convening verb (举办“……论坛”) is its name.
- GW203: a later clause of a plan item led by its date that convenes the event (……，12月中旬召开委年度工作务虚会，……).
- GW102: a heading that only points to a schedule (四、重要会议安排如下表) is no measure.
- GW106: 反馈 followed by lower governments (初步结果反馈各市人民政府核对) sends down, not up; a run-in label
  (三、材料要求：) names a topic, not the material.
- GW302: materials named as the proof an assessment is made on (……，作为年终考评……工作的佐证材料; 以……作为佐证材料).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _policy(body: list[str], table: list[str]) -> str:
    lines = ["@doc_number 川府发〔2026〕11号", "@title 四川省人民政府关于促进冰雪经济发展的实施意见",
             "@recipients 各市（州）人民政府，省政府各部门、各直属机构：",
             "为加快冰雪经济发展，现提出以下实施意见。", *body,
             "@attachment_note 附件：重点任务分工表", "@signature 四川省人民政府", "@date 2026年5月8日",
             "@page_break", "@attachment_label 附件", "@attachment_title 重点任务分工表", *table]
    return "\n".join(lines) + "\n"


_BODY = ["（一）提升冰雪旅游品质。打造阿坝、甘孜冰雪旅游精品线路。",
         "（二）办好冰雪赛事活动。每年举办省级冰雪赛事10项以上。",
         "（三）加快冰雪装备制造业发展。支持企业研发造雪机、压雪车等装备。",
         "（四）强化要素保障。优先保障冰雪项目用地。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("generic", ["各地、各有关部门", "有关单位", "各市（州）、省直有关部门"])
def test_gw102_reworded_generic_row_is_one_finding(fmt, generic, tmp_path):
    table = ["@table 序号|任务|责任单位", "@table 1|提升冰雪旅游品质|省文化和旅游厅", "@table 2|办好冰雪赛事活动|省体育局",
             f"@table 3|冰雪装备研发制造|{generic}", "@table 4|强化要素保障|省自然资源厅"]
    found = _codes(_policy(_BODY, table), fmt, tmp_path, "GW102")
    measures = [f for f in found if not f.data.get("summary")]
    # at the heading, not again at the row, saying the row's unit is generic
    assert len(measures) == 1 and measures[0].excerpt == "（三）加快冰雪装备制造业发展"
    assert "分工表中这一条也只写了泛指的单位" in measures[0].message
    summary = [f for f in found if f.data.get("summary")]
    assert len(summary) == 1 and summary[0].data["missing"] == 1 and summary[0].data["measures"] == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_reworded_named_row_answers(fmt, tmp_path):
    table = ["@table 序号|任务|责任单位", "@table 1|提升冰雪旅游品质|省文化和旅游厅", "@table 2|办好冰雪赛事活动|省体育局",
             "@table 3|冰雪装备研发制造|省经济和信息化厅", "@table 4|强化要素保障|省自然资源厅"]
    assert _codes(_policy(_BODY, table), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("各市（州）人民政府、省级有关部门", True),
    ("各县（市、区）政府、市直相关单位", True),
    ("各市（州）人民政府", False),  # a named collective of lower governments
    ("省经济和信息化厅、各市（州）人民政府", False),
])
def test_gw102_list_row_with_governments_and_generic_departments(fmt, cell, fires, tmp_path):
    table = ["@table 序号|重点任务|牵头单位|完成时限", "@table 1|提升冰雪旅游品质|省文化和旅游厅|2027年",
             "@table 2|办好冰雪赛事活动|省体育局|每年", f"@table 3|冰雪装备产业培育|{cell}|持续推进",
             "@table 4|强化要素保障|省自然资源厅|持续推进"]
    body = [b.replace("（三）加快冰雪装备制造业发展", "（三）冰雪装备产业培育") for b in _BODY]
    found = [f for f in _codes(_policy(body, table), fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert bool(found) is fires


def _visit(body: list[str]) -> str:
    lines = ["@doc_number 黑农函〔2026〕21号", "@title 黑龙江省农业农村厅关于赴哈尔滨市开展黑土地保护调研的通知",
             "@recipients 哈尔滨市农业农村局：", "为了解黑土地保护利用情况，厅调研组拟于6月赴哈尔滨市调研，有关事项通知如下。",
             *body, "@signature 黑龙江省农业农村厅", "@date 2026年5月26日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, cell", [("汇报单位", "五常市人民政府"), ("接待人员", "双城区农业农村局局长"),
                                          ("陪同领导", "巴彦县分管副县长")])
def test_gw401_column_told_at_its_header(fmt, header, cell, tmp_path):
    body = ["@heading1 一、调研安排", "@table 时间|调研地点|" + header, f"@table 6月9日|五常市|{cell}",
            "@table 6月10日|双城区|厅耕地质量处"]
    found = _codes(_visit(body), fmt, tmp_path, "GW401")
    assert [f.excerpt for f in found] == [header]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("四、食宿安排。调研组食宿自行安排，严格执行差旅费管理规定。", False),
    ("三、接待要求。调研组不需要地方陪同，不安排座谈。", False),
    ("四、食宿安排。请哈尔滨市农业农村局做好调研组食宿安排。", True),
])
def test_gw401_run_in_topic_heading_asks_nobody(fmt, line, fires, tmp_path):
    found = _codes(_visit(["@heading1 一、调研内容", "黑土地保护性耕作推进和高标准农田建设情况。", line]), fmt, tmp_path, "GW401")
    assert bool(found) is fires


def _dept(line: str) -> str:
    lines = ["@doc_number 湘水发〔2026〕7号", "@title 湖南省水利厅关于做好2026年水库安全度汛工作的通知",
             "@recipients 各市州人民政府：", "为确保水库安全度汛，现就有关事项通知如下。", line,
             "@signature 湖南省水利厅", "@date 2026年4月2日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    # the subject, then a time frame closing with 前/之前/内, then the modal in the next clause
    ("各市州人民政府在主汛期到来之前的窗口期内，要逐库落实防汛“三个责任人”。", True),
    ("各市州人民政府在5月底以前，须完成病险水库除险加固主体工程。", True),
    ("各市州人民政府在接到预警后2小时内，必须组织下游群众转移。", True),
    ("我厅在主汛期到来之前，将派出5个工作组赴各地督导。", False),  # the issuer's own work
])
def test_gw104_time_frame_before_the_modal(fmt, line, fires, tmp_path):
    assert bool(_codes(_dept(line), fmt, tmp_path, "GW104")) is fires


def _county(line: str) -> str:
    lines = ["@doc_number 融农发〔2026〕5号", "@title 融水苗族自治县农业农村局关于开展村庄清洁行动的通知",
             "@recipients 各乡镇农业农村服务中心：", "为改善农村人居环境，现就开展村庄清洁行动通知如下。", line,
             "@signature 融水苗族自治县农业农村局", "@date 2026年3月2日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    # the materials are named as the proof an assessment is made on (作为……考评……的佐证材料, 以……作为佐证材料)
    ("每次清洁行动都要留存现场照片和签到表，作为年终考评各乡镇人居环境工作的佐证材料。", True),
    ("考评组入村核实时，以保洁员巡查日志和整治前后照片作为证明材料，核定各村得分。", True),
    ("各乡镇留存的现场照片仅作工作资料，不作为考评依据。", False),
    ("考评组以入户走访和实地察看为主，不要求提供照片、台账。", False),
])
def test_gw302_materials_named_as_proof(fmt, line, fires, tmp_path):
    assert bool(_codes(_county(line), fmt, tmp_path, "GW302")) is fires


def _plan(item: str) -> str:
    lines = ["@doc_number 厦发改〔2026〕3号", "@title 厦门市发展和改革委员会关于印发2026年工作计划的通知",
             "@recipients 委机关各处室，委属各单位：", "现将《2026年工作计划》印发给你们，请认真抓好落实。",
             "一、推进重大项目建设。全年完成重点项目投资800亿元。（责任单位：重点项目处）", item,
             "@signature 厦门市发展和改革委员会", "@date 2026年1月15日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    # a later clause of a plan item, led by its date, that convenes the activity
    ("二、加强自身建设。组织机关干部参加业务培训，12月中旬召开委年度工作务虚会，谋划下一年度工作。（责任单位：办公室）", True),
    ("二、深化区域合作。对接周边城市，下半年举办闽西南协同发展论坛，形成合作清单。（责任单位：区域处）", True),
    ("二、加强自身建设。组织机关干部参加业务培训，12月中旬完成年度考核。（责任单位：办公室）", False),
    ("二、深化区域合作。下半年参加省里举办的协同发展论坛，做好交流发言。（责任单位：区域处）", False),
])
def test_gw203_dated_clause_of_a_plan_item(fmt, item, fires, tmp_path):
    assert bool(_codes(_plan(item), fmt, tmp_path, "GW203")) is fires


def _assess(line: str, title: str = "河北省生态环境厅关于开展2026年度大气污染防治考核的通知") -> str:
    lines = ["@doc_number 冀环发〔2026〕9号", f"@title {title}", "@recipients 各市（含定州、辛集市）人民政府，雄安新区管委会：",
             "为做好2026年度考核工作，现就有关事项通知如下。", line,
             "@signature 河北省生态环境厅", "@date 2026年11月2日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    # the issuer sends its own results down (反馈 + lower governments right after): nothing is asked of them
    ("2027年1月15日前完成评分，1月20日前将初步结果反馈各市人民政府核对，1月底前公布。", False),
    ("（五）结果反馈。考核结果形成后，反馈给各市人民政府，并抄送省直有关部门。", False),
    # a run-in label names the topic, not the material: the speakers' text is meeting logistics
    ("三、材料要求：交流发言单位提前3天将发言稿发送至厅综合处，每个发言不超过8分钟。", False),
    # the lower governments return something: still a report demand
    ("请各市人民政府于1月25日前将自查报告反馈至厅大气环境处。", True),
    ("三、材料要求：请各市于12月10日前报送本年度大气污染防治工作总结。", True),
])
def test_gw106_sent_down_and_topic_labels(fmt, line, fires, tmp_path):
    assert bool(_codes(_assess(line), fmt, tmp_path, "GW106")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading, fires", [
    ("四、重要会议安排如下表。", False),  # a schedule of meetings, no measure
    ("四、主要活动安排见附表。", False),
    ("四、强化安全生产监管。", True),  # a measure without a unit
])
def test_gw102_schedule_heading_is_no_measure(fmt, heading, fires, tmp_path):
    lines = ["@doc_number 株政办发〔2026〕2号", "@title 株洲市人民政府办公室关于印发2026年第一季度市政府重点工作安排的通知",
             "@recipients 各县市区人民政府，市政府各工作部门：", "现将2026年第一季度市政府重点工作安排印发给你们，请认真抓好落实。",
             "一、抓好春节市场保供。加强粮油肉菜调度。（责任单位：市商务局）", "二、推进重点项目开工。一季度新开工项目50个。（责任单位：市发展改革委）",
             "三、做好春季森林防火。落实巡山护林责任。（责任单位：市林业局）", heading,
             "@table 时间|会议名称|承办单位", "@table 1月上旬|全市经济工作会议|市发展改革委", "@table 2月中旬|全市优化营商环境大会|市营商办",
             "@signature 株洲市人民政府办公室", "@date 2026年1月6日"]
    found = [f for f in _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert bool(found) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    # the event's name in quotation marks right after the convening verb
    ("区政府定于2026年11月12日举办“2026黄埔生物医药创新发展论坛”，地点为广州国际生物岛会议中心。", True),
    ("区商务局拟于12月5日召开“跨境电商发展研讨会”，邀请平台企业参加。", True),
    ("请区科技局组织企业代表参加“2026粤港澳大湾区生物医药论坛”并作交流发言。", False),  # attending, not holding
])
def test_gw203_quoted_event_name(fmt, line, fires, tmp_path):
    lines = ["@doc_number 埔府办函〔2026〕31号", "@title 广州市黄埔区人民政府办公室关于做好产业活动筹备工作的通知",
             "@recipients 区有关部门，长洲街道办事处：", line, "一、区科技局负责议程设计和嘉宾邀请。",
             "@signature 广州市黄埔区人民政府办公室", "@date 2026年10月8日"]
    assert bool(_codes("\n".join(lines) + "\n", fmt, tmp_path, "GW203")) is fires

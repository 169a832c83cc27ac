"""GW102 and GW106 classes of issue 15 round 14 (h14r) on real renderings (.txt and .docx):
unnumbered item marks (★ ■ ●) and 〇一、 as measures; enterprise groups as responsible units;
statistical surveys, event reports and national monitoring systems as lawful reports; several
demands of one sentence each with its own signature; dated entries into a system as submissions."""
from __future__ import annotations

import pytest

from gwlint.analysis.markers import match_marker
from gwlint.api import lint_path

from .drafts import render_draft

FORMATS = ("txt", "docx")

_POLICY_HEAD = """\
@doc_number 赣府厅发〔2026〕21号
@title 江西省人民政府办公厅关于印发江西省加快发展银发经济若干措施的通知
@recipients 各设区市人民政府，省政府各部门：
《江西省加快发展银发经济若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。
@attachment_note 附件：江西省加快发展银发经济若干措施
@signature 江西省人民政府办公厅
@date 2026年5月12日
@page_break
@attachment_label 附件
@attachment_title 江西省加快发展银发经济若干措施
"""


def _policy(*items: str) -> str:
    return _POLICY_HEAD + "\n".join(items) + "\n"


def _notice(*paragraphs: str, issuer: str = "宜春市生态环境局",
            recipients: str = "各县（市、区）生态环境局：") -> str:
    return "\n".join([f"@doc_number 宜环字〔2026〕37号", f"@title {issuer}关于做好有关工作的通知",
                      f"@recipients {recipients}", *paragraphs, f"@signature {issuer}", "@date 2026年5月19日"]) + "\n"


def _codes(source: str, fmt: str, tmp_path, code: str):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path)).findings if f.code == code]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark", ["★", "■", "●"])
def test_marked_items_are_measures(fmt, mark, tmp_path):
    src = _policy(f"{mark}扩大社区助餐服务供给。对新建社区食堂给予补助。（责任单位：省民政厅，各设区市人民政府）",
                  f"{mark}推动老旧小区适老化改造。每年完成适老化改造小区不少于300个。",
                  f"{mark}发展老年旅游产品。开发康养旅居线路。（责任单位：省文化和旅游厅）")
    fs = _codes(src, fmt, tmp_path, "GW102")
    items = [f for f in fs if not f.data.get("summary")]
    assert [f.data["measure"] for f in items] == [2]
    assert f"措施“{mark}推动老旧小区适老化改造”" in items[0].message
    assert any(f.data.get("summary") and f.data["missing"] == 1 and f.data["measures"] == 3 for f in fs)
    # every item named: quiet, also when the unit opens the item after its mark
    named = src.replace("每年完成", "省住房城乡建设厅要每年完成")
    assert _codes(named, fmt, tmp_path, "GW102") == []


def test_zero_padded_number_is_a_first_level_marker():
    m = match_marker("〇三、优化外贸企业融资服务。")
    assert (m.style, m.number, m.body) == ("一、", 3, 3)
    assert match_marker("〇、其他") is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_enterprise_groups_are_units_and_collectives_are_not(fmt, tmp_path):
    src = _policy("（1）下调港口作业包干费。集装箱港口作业包干费平均下调5%。（责任单位：江西省港口集团）",
                  "（2）建设城市充电设施。每年新增公共充电桩1000个。（市城投集团负责）",
                  "（3）落实购车激励。对个人购买新能源乘用车给予消费券支持。（责任单位：省商务厅，各设区市人民政府）")
    assert _codes(src, fmt, tmp_path, "GW102") == []
    generic = src.replace("（市城投集团负责）", "（责任单位：相关企业集团、省属国有企业）")
    fs = [f for f in _codes(generic, fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in fs] == [2]


@pytest.mark.parametrize("fmt", FORMATS)
def test_statistical_survey_cited_anywhere_is_lawful(fmt, tmp_path):
    data = "为及时掌握全市早稻生产情况，请各县（市、区）农业农村局于每周四前报送早稻栽插进度数据。"
    basis = "本项统计执行国家统计局批准的《农业农村部农业生产统计调查制度》，统计口径以该制度为准。"
    recips = "各县（市、区）农业农村局："
    assert _codes(_notice(data, basis, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106") == []
    assert len(_codes(_notice(data, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106")) == 1
    summary = "请各县（市、区）农业农村局于12月10日前将年度工作总结报送市局。"
    fs = _codes(_notice(data, basis, summary, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106")
    assert [f.data["what"] for f in fs] == [["年度工作总结"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_event_report_is_no_paperwork(fmt, tmp_path):
    fire = ("凡发生过火面积10公顷以上的森林草原火灾，各县（区）林业局除按程序报告外，"
            "须在火灾扑灭后两小时内将火灾专报报送市局。")
    info = "各县（区）林业局须在事件确认后2小时内将突发事件信息专报报送市局。"
    assert _codes(_notice(fire, info, issuer="赣州市林业局", recipients="各县（区）林业局："), fmt, tmp_path,
                  "GW106") == []
    monthly = "请各县（区）林业局于每月3日前将上月森林火灾统计月报报送市局防火科。"
    assert len(_codes(_notice(monthly, issuer="赣州市林业局", recipients="各县（区）林业局："), fmt, tmp_path,
                      "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_demand_of_a_sentence_owns_its_signature(fmt, tmp_path):
    two = ("各县（市、区）生态环境局于6月10日前将自查报告上传至省生态环境监管平台，6月20日前报送整改方案，"
           "整改方案须由县（市、区）政府主要负责同志签字。")
    fs = _codes(_notice(two), fmt, tmp_path, "GW106")
    assert sorted((f.severity, tuple(f.data["what"])) for f in fs) == [
        ("error", ("整改方案",)), ("warning", ("整改方案",)), ("warning", ("自查报告",))]
    three = ("各县（市、区）生态环境局每周五前在省生态环境监管平台中更新整改进度，每季度末另行报送季度推进情况书面材料，"
             "12月10日前将年度整改总结上传至省生态环境监管平台。")
    fs = _codes(_notice(three), fmt, tmp_path, "GW106")
    assert [f.data["deadline"] for f in fs] == ["每周五前", "每季度末", "于12月10日前"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_dated_entry_into_a_system_is_a_submission(fmt, tmp_path):
    dated = "各县（市、区）生态环境局于11月5日前将检查结果和整改情况录入江西省生态环境监管信息系统。"
    assert len(_codes(_notice(dated), fmt, tmp_path, "GW106")) == 1
    undated = "各县（市、区）生态环境局要及时将检查结果录入江西省生态环境监管信息系统。"
    national = "各县（市、区）生态环境局于11月5日前将检查结果录入全国排污许可证管理信息平台。"
    assert _codes(_notice(undated, national), fmt, tmp_path, "GW106") == []


# ---------------------------------------------------------------- holdout14 classes (lead's message)
@pytest.mark.parametrize("fmt", FORMATS)
def test_form_filled_through_a_system_is_a_demand(fmt, tmp_path):
    laid_down = "各县（市、区）生态环境局通过市生态环境监测系统在线填写调度表，系统每日自动汇总，不再另行报送纸质材料。"
    fs = _codes(_notice(laid_down), fmt, tmp_path, "GW106")
    assert [f.data["what"] for f in fs] == [["调度表"]]
    schools = "各县（市、区）生态环境局组织辖区学校登录“宜春生态教育平台”，于11月15日前填写环境教育情况调查表。"
    assert len(_codes(_notice(schools), fmt, tmp_path, "GW106")) == 1
    firms = schools.replace("学校", "企业")
    unified = "自2026年7月起，执行报告统一通过监管系统提交，不再要求报送纸质材料。"
    assert _codes(_notice(firms, unified), fmt, tmp_path, "GW106") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_report_upwards(fmt, tmp_path):
    approval = "12月底前完成核定，考核结果报市委、市政府审定后通报。"
    down = "督查发现的问题形成清单，于督查结束后5个工作日内反馈被督查单位。"
    names = "请各县（市、区）自然资源和规划局汇总参会人员名单，于8月18日前报市局国土空间规划科。"
    src = _notice(approval, down, names, issuer="宜春市自然资源局", recipients="各县（市、区）自然资源和规划局：")
    assert _codes(src, fmt, tmp_path, "GW106") == []
    up = "各县（市、区）自然资源和规划局于7月15日前将问题整改情况反馈市局。"
    assert len(_codes(_notice(up, issuer="宜春市自然资源局", recipients="各县（市、区）自然资源和规划局："),
                      fmt, tmp_path, "GW106")) == 1


def _with_table(number: str, issuer: str, matter: str, recipients: str, body: str, attached: str, *rows: str,
                note: bool = False) -> str:
    """A notice with one paragraph and an attachment holding a table (rows as a|b|c)."""
    return "\n".join([f"@doc_number {number}", f"@title {issuer}关于{matter}的通知", f"@recipients {recipients}", body,
                      *([f"@attachment_note 附件：{attached}"] if note else []), f"@signature {issuer}",
                      "@date 2026年3月2日", "@page_break", "@attachment_label 附件", f"@attachment_title {attached}",
                      *(f"@table {r}" for r in rows)]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_bracketed_signature_column_and_office_issuer_sentence(fmt, tmp_path):
    office = "江西省河长制工作领导小组办公室"
    src = _with_table("赣河办字〔2026〕19号", office, "推进幸福河湖建设", "各设区市河长制工作领导小组办公室：",
                      "各设区市河长制工作领导小组办公室每季度最后一个月的25日前，将本地区幸福河湖建设进展情况报送"
                      "省河长制工作领导小组办公室。", "幸福河湖建设承诺书", "单位（盖章）|主要负责同志（签字）|日期", "|  |")
    fs = _codes(src, fmt, tmp_path, "GW106")
    assert sorted(f.severity for f in fs) == ["error", "warning"]
    assert any(f.data.get("sign") == "主要负责同志（签字）" for f in fs)


@pytest.mark.parametrize("fmt", FORMATS)
def test_attachment_table_restates_the_sentence_pointing_to_it(fmt, tmp_path):
    src = _with_table("宜水字〔2026〕27号", "宜春市水利局", "加快农村供水保障工程建设", "各县（市、区）水利局：",
                      "请各县（市、区）水利局按附件要求按季度报送工程建设情况。", "农村供水工程建设情况报送要求",
                      "报送内容|报送时间|报送方式", "农村供水工程建设进度|每季度末|政务邮箱", note=True)
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_attachment_table_restates_a_dated_sentence_asking_for_the_attachment(fmt, tmp_path):
    # the sentence has its own deadline and asks for the attachment itself (按附件表格式报送): the table's
    # 报送内容 row is that demand, whatever its deadline column says
    src = _with_table("西文旅发〔2026〕31号", "普洱市文化和旅游局", "加强汛期旅游安全管理", "各县（区）文化和旅游局：",
                      "各县（区）文化和旅游局于7月10日前按附件表格式报送上半年景区安全检查情况。", "景区安全检查情况表",
                      "报送单位|报送内容|报送时间", "各县（区）文化和旅游局|检查次数、发现隐患数|7月10日前", note=True)
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1
    # a sentence that names no attachment leaves the table's demand its own finding
    alone = src.replace("按附件表格式报送上半年景区安全检查情况", "报送上半年景区安全检查情况")
    assert len(_codes(alone, fmt, tmp_path, "GW106")) == 2

@pytest.mark.parametrize("fmt", FORMATS)
def test_norms_for_the_public_are_no_measures(fmt, tmp_path):
    # a section of the public's precautions, and items whose subject is the public (with a time or condition
    # after it), set rules for citizens: no department is asked for; the government's own item still is
    src = _policy("（一）清除蚊媒孳生地。每周开展一次统一清积水行动。（责任单位：省爱卫办，各设区市人民政府）",
                  "（二）市民外出前往公园、绿地时应当穿着浅色长袖衣物。",
                  "（三）村民在房前屋后种植水生植物的，应当每5天换水一次。",
                  "（四）加强媒体宣传。在政务新媒体开设防蚊知识专栏。")
    fs = [f for f in _codes(src, fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in fs] == [4]
    section = _policy("一、重点措施", "（一）清除蚊媒孳生地。每周开展一次统一清积水行动。（责任单位：省爱卫办）",
                      "二、群众防护指引", "1.家中有发热病人的，应当及时安装纱门纱窗。", "2.外出时穿着浅色长袖衣物。")
    assert _codes(section, fmt, tmp_path, "GW102") == []

@pytest.mark.parametrize("fmt", FORMATS)
def test_coordination_is_no_overall_responsibility(fmt, tmp_path):
    src = _policy("（1）建设冷链物流。在县城建设冷链物流集配中心。",
                  "（2）培育电商主体。每年培训农村电商人才1万人次。（责任单位：省商务厅，各设区市人民政府）",
                  "（3）完善寄递网络。对接邮政快递网点资源，由县经济商务科技发展有限公司负责。",
                  "省商务厅负责本措施实施的统筹协调，每年对实施情况进行评估。")
    fs = [f for f in _codes(src, fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in fs] == [1]
    whole = src.replace("负责本措施实施的统筹协调", "负责本措施的组织实施")
    assert _codes(whole, fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_speech_told_before_and_leaders_own_office(fmt, tmp_path):
    speech = _notice("1月20日，县政府召开全县安全生产工作会议，会上，县长刘建华同志作了讲话，现将讲话印发给你们。",
                     issuer="会昌县人民政府办公室", recipients="各乡（镇）人民政府，县政府各部门：")
    assert len(_codes(speech, fmt, tmp_path, "GW103")) == 1
    office = _notice("督查结果报市政府主要领导同志，对进度滞后的项目下发督办单。", issuer="宜春市人民政府督查室",
                     recipients="各县（市、区）人民政府：")
    assert _codes(office, fmt, tmp_path, "GW107") == []
    bypass = office.replace("督查结果报", "重大问题可直接报送")
    assert len(_codes(bypass, fmt, tmp_path, "GW107")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("work", ["整治结果", "整治方案", "治理进度"])
def test_a_reducer_naming_a_work_does_not_cancel_its_submission(fmt, work, tmp_path):
    # 整治 + 结果/方案/进度 names the work (the results of the rectification), it does not reduce the 报送 after it
    src = _notice(f"{work}由我局汇总后报送市政府分管领导同志。", issuer="宜春市城市管理局",
                  recipients="各县（市、区）城市管理局：")
    assert len(_codes(src, fmt, tmp_path, "GW107")) == 1
    assert _codes(src.replace("市政府分管领导同志", "市政府办公室"), fmt, tmp_path, "GW107") == []

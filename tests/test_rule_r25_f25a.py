"""Readings f25a fixed in round 25 (GW1xx/GW3xx leftovers of holdout24r/26/27/28p/28r), in surfaces of its own:

- units: a 旗's own-level departments written with the bare level word (旗自然资源局, 旗生态环境分局,
  旗林业和草原局) are the 旗's departments, as 县自然资源局 is a county's -- not a bare 自然资源局 of no level,
  nor nothing at all (holdout28r gw102-g26c: 第四条由旗自然资源局、旗生态环境分局按职责负责).  旗县/旗市区 is a
  collective of places, not 旗 + a department.
- units: a named local public-utility company (台州燃气公司, 宁波港口公司, 芜湖港华燃气有限公司), a 设区市 named
  without its 市, is a specific body: named as the subject doing a measure it answers for it (holdout27
  gw102-g23a: 市水务集团、国网台州供电公司、台州燃气公司对……开辟绿色通道).  An ordinary firm
  (江西××科技有限公司, mostly the object of an award or of supervision) is not read.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import find_units, responsible_units

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         cc: str | None = None) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日",
                      tail=[f"@cc {cc}"] if cc else ())


# ------------------------------------------------------------ units: a 旗's own departments
@pytest.mark.parametrize("text, name", [
    ("由旗林业和草原局负责。", "旗林业和草原局"),
    ("旗生态环境分局按职责负责。", "旗生态环境分局"),
    ("（责任单位：旗住房和城乡建设局）", "旗住房和城乡建设局"),
    ("旗农牧局会同旗财政局开展抽查。", "旗农牧局"),
])
def test_banner_department_read(text, name):
    got = [u for u in find_units(text) if u.name == name]
    assert got and got[0].level == "county" and not got[0].generic, [(u.name, u.level) for u in find_units(text)]


@pytest.mark.parametrize("text", ["所到旗县农牧局准备情况介绍。", "旗市区局主要负责同志签字。", "高举旗帜办好人民满意的教育。"])
def test_banner_word_not_a_department(text):
    # 旗县, 旗市区: a collective of places; 旗帜: no level word
    assert not [u.name for u in find_units(text) if u.name.startswith("旗")]


_BANNER = ["为加快草原生态修复，现提出以下意见。",
           "一、开展退化草原普查。对全旗退化草原逐块核查，建立修复台账。",
           "二、实施禁牧休牧。对重度退化区域实行全年禁牧，中度退化区域实行季节性休牧。",
           "三、补播改良。每年完成草原补播改良5万亩。",
           "四、责任分工。第一条由旗林业和草原局牵头；第二条由各苏木镇人民政府负责；第三条由旗林业和草原局、旗农牧局按职责负责。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_banner_departments_assigned_by_number(fmt, tmp_path):
    src = _doc("达拉特旗人民政府", "各苏木镇人民政府，旗直各部门：", _BANNER, title="关于加强草原生态修复的实施意见")
    assert not _codes(src, fmt, tmp_path, "GW102")
    bad = _doc("达拉特旗人民政府", "各苏木镇人民政府，旗直各部门：",
               [*_BANNER[:-1], "四、责任分工。第一条由旗林业和草原局牵头；第二条由各苏木镇人民政府负责；第三条由有关部门按职责负责。"],
               title="关于加强草原生态修复的实施意见")
    assert _codes(bad, fmt, tmp_path, "GW102")


# ------------------------------------------------------------ units: named utility companies as doers
@pytest.mark.parametrize("text, name", [
    ("宁波港口公司要开辟绿色通道。", "宁波港口公司"),
    ("台州燃气公司负责管线迁移。", "台州燃气公司"),
    ("由芜湖港华燃气有限公司负责。", "芜湖港华燃气有限公司"),
])
def test_utility_company_read(text, name):
    assert name in [u.name for u in responsible_units(text, answering=True)]


@pytest.mark.parametrize("text", ["江西格林德能源有限公司负责。", "各地燃气公司要加强巡检。", "有关公司要及时整改。"])
def test_ordinary_or_generic_company_not_read(text):
    assert not [u for u in responsible_units(text, answering=True) if u.name.endswith("公司")]


_PIPES = ["为推进老旧小区改造，制定本方案。", "一、主要任务",
          "（一）简化审批。市住房城乡建设局会同市自然资源和规划局制定联合审查办事指南。",
          "（二）做好管线迁移。宁波水务公司、宁波燃气公司对改造涉及的水、气管线迁移开辟绿色通道，费用按成本价收取。",
          "（三）加强监督。市市场监管局对改造使用的燃气器具开展抽查。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_utility_companies_answer(fmt, tmp_path):
    src = _doc("宁波市人民政府办公室", "各区（县、市）人民政府，市政府各部门、各直属单位：", _PIPES,
               title="关于印发老旧小区改造实施方案的通知")
    assert not _codes(src, fmt, tmp_path, "GW102")
    bad = _doc("宁波市人民政府办公室", "各区（县、市）人民政府，市政府各部门、各直属单位：",
               [*_PIPES[:3], "（二）做好管线迁移。有关企业对改造涉及的水、气管线迁移开辟绿色通道，费用按成本价收取。", _PIPES[4]],
               title="关于印发老旧小区改造实施方案的通知")
    assert _codes(bad, fmt, tmp_path, "GW102")


# ------------------------------------------------------------ tables: an unfamiliar last column; 任务分解 over a table
def _table_plan(unit_cell: str) -> list[str]:
    return ["为推进城镇燃气管道更新改造，制定本方案。",
            "一、目标任务。2027年全县完成老旧燃气管道更新改造80公里（县住房和城乡建设局牵头，各乡镇负责）。",
            "二、资金保障。中央和省级补助资金由县财政局于项目开工后1个月内拨付。",
            "三、目标任务分解。各项任务分解见下表。",
            "@table 任务|责任单位|完成时限|过程记录",
            f"@table 管网普查建档|{unit_cell}|2027年3月底前|普查结果由各乡镇自行留存",
            "@table 施工图审查|县住房和城乡建设局|受理后10个工作日|在审批系统中自动记录",
            "@table 质量安全监管|县建设工程质量安全监督站|施工期间|按日常监管要求执行"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_division_heading_over_table_with_unfamiliar_column(fmt, tmp_path):
    src = _doc("宁都县人民政府办公室", "各乡镇人民政府，县政府各部门：", _table_plan("县住房和城乡建设局"),
               title="关于印发宁都县城镇燃气管道更新改造工作方案的通知")
    assert not _codes(src, fmt, tmp_path, "GW102")
    bad = _doc("宁都县人民政府办公室", "各乡镇人民政府，县政府各部门：", _table_plan("有关部门"),
               title="关于印发宁都县城镇燃气管道更新改造工作方案的通知")
    found = _codes(bad, fmt, tmp_path, "GW102")
    assert any("管网普查建档" in f.message for f in found), [f.message for f in found]
    assert not any("目标任务分解" in f.message for f in found)


# ------------------------------------------------------------ GW106: a table of reports being stopped
def _stopped(lead: str, last_col: str) -> list[str]:
    return ["省级数据共享平台已于今年上半年全面上线，相关数据实现系统自动归集。",
            lead,
            f"@table 序号|报表名称|原报送周期|{last_col}",
            "@table 1|规模以上工业企业用电情况表|每月一次|电力大数据平台",
            "@table 2|重点项目投资进度表|每季度一次|投资项目在线审批监管平台",
            "@table 3|小微企业贷款情况表|每月一次|金融综合服务平台",
            "上述报表停用后，各县（市、区）无需再报送，我局直接从平台提取数据。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, col", [
    ("经研究，我局决定自2027年7月1日起停止使用下列报表。", "数据获取渠道"),
    ("经研究，自2027年7月1日起对下列报表作如下调整。", "取消后数据来源"),
])
def test_gw106_stopped_reports_table(lead, col, fmt, tmp_path):
    src = _doc("赣州市工业和信息化局", "各县（市、区）人民政府：", _stopped(lead, col), title="关于精简部分统计报表的通知")
    assert not _codes(src, fmt, tmp_path, "GW106")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_table_still_asked(fmt, tmp_path):
    body = ["为掌握工业经济运行情况，请各县（市、区）按下表要求报送。",
            "@table 序号|报表名称|报送周期|报送渠道",
            "@table 1|规模以上工业企业用电情况表|每月5日前|电子邮件",
            "@table 2|重点项目投资进度表|每季度首月10日前|电子邮件",
            "@table 3|小微企业贷款情况表|每月5日前|电子邮件"]
    src = _doc("赣州市工业和信息化局", "各县（市、区）人民政府：", body, title="关于报送工业经济运行数据的通知")
    assert _codes(src, fmt, tmp_path, "GW106")


# ------------------------------------------------------------ GW105: the object of the work given by a count
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line, fires", [
    ("阿荣旗林业和草原局", "各乡镇人民政府：", "本次检查的对象是全旗12个乡镇，重点查看护林员巡护记录。", False),
    ("宁都县应急管理局", "各乡镇人民政府：", "考核对象为全县24个乡镇，考核结果在全县通报。", False),
    ("宁都县应急管理局", "各乡镇人民政府：", "检查由县应急管理局组织专家对全县24家危化品企业进行。", True),
])
def test_gw105_counted_objects(issuer, recipients, line, fires, fmt, tmp_path):
    body = [f"为压实防火责任，{issuer[-5:] if False else '我局'}将于2027年3月组织开展专项检查。", line,
            "检查发现的问题由我局建立台账，跟踪整改。"]
    src = _doc(issuer, recipients, body, title="关于开展春季防火专项检查的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) == fires


# ------------------------------------------------------------ GW106: the event in the row's cell before the report
def _event_table(first_cell: str) -> list[str]:
    return ["汛期为5月1日至9月30日。为做好防汛信息报送，现将有关事项通知如下。",
            "一、落实24小时值班制度，各地防汛值班室须保持通讯畅通。",
            "二、严格执行险情报告制度，各地按下表时限报告。",
            "@table 报告情形|报告时限|报告方式",
            f"@table {first_cell}|2小时内反馈处置情况|防汛指挥系统",
            "@table 发生人员伤亡|30分钟内电话报告|电话报告市防汛值班室",
            "三、加强巡堤查险，发现问题立即处置。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_event_in_row_cell(fmt, tmp_path):
    src = _doc("九江市水利局", "各县（市、区）水利局：", _event_table("收到水库超汛限水位预警"),
               title="关于做好2027年汛期信息报送工作的通知")
    assert not _codes(src, fmt, tmp_path, "GW106")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_periodic_row_still_a_demand(fmt, tmp_path):
    src = _doc("九江市水利局", "各县（市、区）水利局：", _event_table("每周一"),
               title="关于做好2027年汛期信息报送工作的通知")
    assert _codes(src, fmt, tmp_path, "GW106")


# ------------------------------------------------------------ GW106: a 回执 that reports the work, sent to a mailbox
def _receipt_doc(att: str) -> str:
    return marked_doc("江西省文化和旅游厅", "各设区市文化广电新闻出版旅游局：",
                      ["今年6月至8月，全省组织开展文化惠民季活动。",
                       "一、活动内容。各地结合实际组织开展送戏下乡、公益电影放映等活动。",
                       "二、有关要求。请于2027年9月5日前将回执发送至省文化和旅游厅公共服务处邮箱，邮箱：ggfwc@163.com。",
                       f"附件：{att}"],
                      title="关于开展2027年文化惠民季活动的通知", docno="赣文旅函〔2027〕31号", date="2027年5月20日",
                      tail=["@page_break", "@attachment_label 附件", f"@attachment_title {att}",
                            "@table 设区市|活动场次|参与人数|联系人"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_report_receipt_to_mailbox(fmt, tmp_path):
    assert _codes(_receipt_doc("文化惠民季活动开展情况回执"), fmt, tmp_path, "GW106")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_meeting_receipt_to_mailbox(fmt, tmp_path):
    assert not _codes(_receipt_doc("文化惠民季启动仪式参会回执"), fmt, tmp_path, "GW106")

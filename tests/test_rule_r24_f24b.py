"""Readings f24b fixed in round 24 (holdout28's family-1 misses and false alarms), in surfaces of its own:

- GW106 / submissions: 反馈 followed by a collective of the lower governments' DEPARTMENTS (问题清单反馈各区应急管理局,
  反馈给各县（市、区）农业农村局) sends results down, as it does before 各市人民政府; a rectification deadline after it
  is no report (holdout28 gw401-g72c).
- GW106 / submissions: a table cell with no subject of its own (评估结束后……提交评估报告) is said of its row's unit
  cell (承担单位, 实施主体, 责任单位 …): a third party, the issuer's own team or the issuer itself submits there, not
  the 主送机关 (gw106-g10c).
- GW106 / submissions: a time adverb opening a sentence (今后, 自即日起, 下一步 …) stands before its subject: 今后我厅
  新增……的报表，一律报省政府办公厅审核 is the issuer's own rule (gw104-g04a).
- GW106 / submissions: a materials table led by a sentence saying they are dropped (停止报送的报表清单如下), or a row
  whose other cell opens with 停止/取消/不再, asks for nothing (gw104-g04a docx/pdf).
- GW105 / facts.work_levels: an award title written after the verb (评选设“无废示范镇街”5个; 对获评“……示范乡镇”的)
  names the level competing; 每个县（市、区） followed by an inspection or a modal is each of them (gw105-g07b,
  gw301-g03b); a tiers' short form not listed (区镇两级, 区、镇（街道）两级) reads each tier's level (gw105-g07 class).
- GW105 / work.own_level_attendance: the attendance told by a headless relative and a copula (参加观摩的为……, 参训的是……,
  到会的有……) names the attendees (gw105-g48c).
- GW102 / facts._generic_cell: a 责任单位 cell writing only a collective and a duty (属地负总责, 各地负责, 属地管理)
  names no unit (gw102-g41c).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕9号", date="2027年6月14日")


# ------------------------------------------------------------ GW106: results fed back down to lower departments
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["督导发现的问题形成清单反馈各县（市、区）农业农村局，各县（市、区）农业农村局于6月30日前整改到位。"], False),
    (["一、抽查结果于10个工作日内反馈给各区教育局，各区教育局于7月15日前完成整改。"], False),
    (["检查结束后，检查组将问题台账反馈各县市区卫生健康局。", "各县市区卫生健康局须于8月10日前整改完毕，市卫生健康委适时复查。"], False),
    (["（三）核查意见书送交各县（市、区）农业农村局，各县（市、区）农业农村局于7月10日前落实整改。"], False),
    (["请各县（市、区）农业农村局于6月30日前将整改报告反馈市农业农村局。"], True),
])
def test_gw106_feedback_down_to_departments(body, fires, fmt, tmp_path):
    src = _doc("赣州市农业农村局", "各县（市、区）农业农村局：", body)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a cell's doer is its row's unit cell
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head, doer, cell, fires", [
    ("环节|承担单位|内容", "受托评估机构", "评估结束后10个工作日内向区卫生健康局提交评估报告", False),
    ("工作事项|实施主体|工作要求", "第三方检测机构", "每月5日前报送水质检测报告", False),
    ("工作环节|责任单位|具体要求", "区局督导组", "督导结束后3日内形成督导报告报局办公室", False),
    ("工作环节|责任单位|具体要求", "各街道办事处", "每月5日前报送排查进度表", True),
])
def test_gw106_cell_doer_from_row(head, doer, cell, fires, fmt, tmp_path):
    body = ["区卫生健康局决定开展基层医疗机构服务质量评估，具体安排如下。", f"@table {head}",
            f"@table 数据核对|各社区卫生服务中心|配合提供近一年的门诊数据",
            f"@table 形成结论|{doer}|{cell}",
            "评估期间，各街道办事处配合做好辖区宣传工作。"]
    src = _doc("南昌市青山湖区卫生健康局", "各街道办事处，各社区卫生服务中心：", body)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a time adverb before the issuer as subject
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["四、今后我局新增面向区县的报表，一律报市政府办公室审核同意后方可下发。"], False),
    (["自即日起，本厅拟新设的统计台账，须报省政府办公厅备案后执行。"], False),
    (["下一步，我委将各地整改情况汇总后报送市政府。"], False),
    (["今后，各区县于每月5日前报送重点项目进度表。"], True),
])
def test_gw106_time_adverb_before_subject(body, fires, fmt, tmp_path):
    src = _doc("贵阳市农业农村局", "各区（市、县）人民政府：", body)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a table of reports dropped
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lead, disposal, fires", [
    ("三、停止报送的报表清单如下。", ["停止，平台提取", "停止，系统共享"], False),
    ("以下报表自即日起不再报送。", ["由统计直报替代", "由平台共享"], False),
    ("三、报表清理结果如下。", ["取消", "一律停报"], False),
    ("三、保留的报表如下，请各市按期报送。", ["保留，按季度报送", "保留，按年度报送"], True),
])
def test_gw106_dropped_reports_table(lead, disposal, fires, fmt, tmp_path):
    body = ["为减轻基层负担，省林业局对面向市县的报表进行了清理。", lead,
            "@table 报表名称|原报送频次|处理方式",
            f"@table 森林督查进度表|季度|{disposal[0]}",
            f"@table 林长制工作台账|月度|{disposal[1]}"]
    src = _doc("江西省林业局", "各设区市人民政府：", body)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: titles after the verb, 每个县 distributive
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("修水县人民政府", "各乡镇人民政府，县政府各部门：",
     ["县政府决定开展生态文明建设示范评选。本次评选设“生态示范乡镇”3个、“绿色学校”5所。",
      "评选由县生态环境局组织，县教育体育局参与。", "评审结果经县政府审定后公布。"], False),
    ("余杭区人民政府", "各镇人民政府、街道办事处，区政府各部门：",
     ["区商务局根据暗访结果评审。", "对获评“放心消费示范镇街”的，区财政给予每个30万元奖补。"], False),
    ("宁波市生态环境局", "各县（市、区）人民政府：",
     ["本次督查由市人民政府督查室牵头组织，市生态环境局配合提供技术支撑。",
      "10月8日至10月20日，每个县（市、区）随机抽查3个工业园区。"], False),
    ("宁波市生态环境局", "各县（市、区）人民政府：",
     ["市生态环境局在每个县（市、区）新建1个空气自动监测站。", "建设资金由市生态环境局统筹安排。"], True),
    ("宁波市市场监管局", "各县（市、区）人民政府：",
     ["市市场监管局组织开展食品安全抽检，每个县（市、区）抽检餐饮单位不少于20家。", "检测费用由市市场监管局承担。"], True),
    ("黔东南州司法局", "各县（市）人民政府：",
     ["州司法局定于8月举办人民调解员培训班。每个县（市）推荐骨干调解员10名参训。"], False),
])
def test_gw105_titles_and_each_place(issuer, recipients, body, fires, fmt, tmp_path):
    title = "关于配合开展工业园区环境管理督查的通知" if "督查" in "".join(body) else "关于做好有关工作的通知"
    found = _codes(_doc(issuer, recipients, body, title=title), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: tiers written short (区镇两级)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("奖补资金由区镇两级按比例分担。", False),
    ("奖补资金由区、镇（街道）两级分担。", False),
    ("二、所需经费由区和镇街两级共同承担。", False),
    ("奖补资金由区财政全额承担。", True),
])
def test_gw105_tiers_short_form(line, fires, fmt, tmp_path):
    body = ["区政府决定开展2027年度垃圾分类示范小区评选，评选由区城市管理局组织。", line, "评审结果经区政府审定后公布。"]
    src = _doc("重庆市璧山区人民政府", "各街道办事处、镇人民政府，区政府各部门：", body, title="关于开展垃圾分类示范小区评选的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: attendance told by a headless relative
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("参加观摩的为县应急管理局、县消防救援大队的分管负责同志和业务骨干。", True),
    ("参训的是县直各部门分管负责同志，每单位1人。", True),
    ("到会的有县发展改革委、县财政局、县自然资源局主要负责同志。", True),
    ("观摩范围：县应急管理局、县消防救援大队分管负责同志。", True),
    ("参加观摩的为各乡镇分管负责同志和县应急管理局业务骨干。", False),
])
def test_gw105_headless_attendance(who, fires, fmt, tmp_path):
    body = ["县应急管理局定于2027年7月12日在县工业园区组织危化品泄漏应急演练，并组织现场观摩。", who,
            "园区企业的安全管理人员由县应急管理局统一通知到场。", "观摩人员请于当日8:30前到园区管委会集合。"]
    src = _doc("上饶县应急管理局", "各乡镇人民政府，县直有关单位：", body, title="关于组织危化品泄漏应急演练现场观摩的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: a unit cell holding only a duty
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("属地负总责", True),
    ("各地负责", True),
    ("属地管理", True),
    ("有关部门负责", True),
    ("属地乡镇负责", False),
    ("市水务局", False),
])
def test_gw102_duty_only_unit_cell(cell, fires, fmt, tmp_path):
    issuer = "九江市水务局"
    lines = ["@doc_number 九水字〔2027〕12号", f"@title {issuer}关于印发2027年河湖清四乱专项行动方案的通知",
             "@recipients 各县（市、区）水务局，局机关各科室：",
             "局党组研究制定了《2027年河湖清四乱专项行动方案》，现印发给你们，请按照任务分解表抓好落实。",
             f"@signature {issuer}", "@date 2027年4月6日", "@attachment_title 2027年河湖清四乱专项行动方案",
             "为巩固河湖管理成效，制定本方案。", "@heading1 一、任务分解", "@table 序号|工作任务|责任单位|完成时限",
             "@table 1|排查河道管理范围内乱占乱采问题|各县（市、区）水务局|5月31日前",
             "@table 2|对排查问题建立台账并跟踪销号|市河湖管理中心|6月30日前",
             f"@table 3|对重点河段开展整改情况复核|{cell}|9月30日前",
             "@table 4|汇总形成全市问题清单并公开|市水务局河湖科|10月31日前",
             "@heading1 二、工作要求", "有关技术问题可咨询市水务局河湖科。"]
    found = _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]

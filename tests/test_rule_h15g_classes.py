"""Policy classes of issue 15, round 15 (h15g), read by structure:

- GW709 一文一事: a 请示's asks (恳请/拟请/请求……同意/批准/支持……) are grouped into matters
  (:mod:`gwlint.analysis.requests`); asks that serve one matter (用地、资金、政策 for one project, a closing
  予以批准, asks announced by 以下) are one; a 报告 or an ask already made asks nothing new.
- GW102: a task-table row that rewords a measure's heading (shortened, reordered, ……工程) answers for that measure;
  a row whose 牵头单位 is only generic (各有关单位, 各地 + 各有关部门) leaves the measure without a unit, reported at
  the measure's heading; the issuer's own division in a cell (厅流通业发展处) is a real unit.  rules.md: "A measure
  whose only actor is generic (各地各部门, 各级政府, 有关部门) counts as missing" -- 各市、县（区）人民政府 names a
  level of government, each answering for its area (as （责任单位：各设区市人民政府） does), so it is a unit.
- GW104: the subject governments and a 开发区/新区 管委会 the issuer addresses, joined by 和/及/、, then a long
  对/针对/就/围绕……phrase, then the modal in the next clause.
- GW106: joint issuers are checked as a whole (any signatory within the rule's scope); a subjectless 请于每月/每季度……
  通过（登录）……平台/系统/小程序 填报/上传/录入 is a report demand; a platform entry for enterprises or the issuer's
  own publishing is not.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that must fire and near misses that
must stay quiet."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         signatures: list[str] | None = None) -> str:
    signatures = signatures or [issuer]
    # joint issuers: every name in the title, one 署名 each
    lines = ["@doc_number 赣文〔2026〕8号", f"@title {' '.join(signatures)}{title}", f"@recipients {recipients}", *body,
             *[f"@signature {s}" for s in signatures], "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


def _request(issuer: str, superior: str, body: list[str], title: str) -> str:
    lines = ["@doc_number 赣文〔2026〕8号", f"@title {issuer}{title}", f"@recipients {superior}", *body,
             "妥否，请批示。", f"@signature {issuer}", "@date 2026年6月14日", "@note （联系人：张三，电话：0791-88888888）"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW709: two matters in one 请示
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, superior, body, title", [
    ("萍乡市水利局", "萍乡市人民政府：",
     ["萍水河城区段堤防已运行30年，部分堤段存在渗漏隐患。", "特请市政府批准对萍水河城区段堤防实施除险加固。",
      "另，为加强水文监测，拟请市政府同意在芦溪县增设水文站2处。"], "关于萍水河堤防除险加固的请示"),
    ("上饶市卫生健康委员会", "上饶市人民政府：",
     ["根据工作需要，现请示如下：", "（1）恳请市政府为市急救中心核定事业编制30名。",
      "（2）恳请市政府批准市第二人民医院更名为上饶市肿瘤医院。"], "关于有关事项的请示"),
    ("吉安县人民政府", "吉安市人民政府：",
     ["为推动县域经济发展，请求市政府同意将吉安县纳入全市低空经济试点；请求市政府批准在吉安县设立市级农产品批发市场。"],
     "关于有关事项的请示"),
    # one body, two actions: extending the park and applying for a new status are two matters
    ("吉州区人民政府", "吉安市人民政府：",
     ["一是恳请市政府同意吉州工业园区向北扩区3.2平方千米；二是请求市政府支持吉州工业园区申报省级高新技术产业开发区。"],
     "关于吉州工业园区发展有关事项的请示"),
    # two projects, each with its own name
    ("抚州市发展和改革委员会", "抚州市人民政府：",
     ["一、恳请市政府批准抚州东乡区抽水蓄能电站项目立项。", "二、恳请市政府同意调整抚州高新区总体规划，新增工业用地2000亩。"],
     "关于有关事项的请示"),
    # the second ask's matter stands before its marker (……需资金1.2亿元，恳请省财政予以安排)
    ("江西省卫生健康委员会", "江西省人民政府：",
     ["一、为适应重大传染病防控需要，恳请增加省疾病预防控制中心事业编制50名。",
      "二、省疾控中心生物安全三级实验室建设需资金1.2亿元，恳请省财政予以安排。"], "关于有关事项的请示"),
])
def test_gw709_two_matters(issuer, superior, body, title, fmt, tmp_path):
    found = [f for f in _codes(_request(issuer, superior, body, title), fmt, tmp_path, "GW709")
             if f.data.get("signal") == "matters"]
    assert len(found) == 1 and found[0].data["count"] == 2, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, superior, body, title", [
    # asks announced by 以下 are the parts of one support
    ("上犹县人民政府", "赣州市人民政府：",
     ["上犹县陡水湖旅游度假区提升项目总投资12亿元，已纳入省重点项目。", "恳请市政府给予以下支持：",
      "1.恳请市政府安排用地指标300亩。", "2.恳请市政府安排专项资金2000万元。"], "关于支持陡水湖旅游度假区提升项目的请示"),
    # a resource for the name the first ask approves
    ("宜春市应急管理局", "宜春市人民政府：",
     ["为提升全市应急物资保障能力，恳请市政府批准新建宜春市应急物资储备库，占地50亩。",
      "恳请市政府安排宜春市应急物资储备库建设资金3000万元。"], "关于新建应急物资储备库的请示"),
    # an ask already made is told, not asked
    ("新余市商务局", "新余市人民政府：",
     ["2025年，我局已恳请省商务厅批准设立新余综合保税区，目前正在审核。", "现恳请市政府同意成立新余综合保税区申建工作专班。"],
     "关于成立综合保税区申建工作专班的请示"),
    # 该项目 points back
    ("抚州市教育局", "抚州市人民政府：",
     ["恳请市政府批准抚州一中新校区建设项目，项目总投资6亿元。", "同时恳请市政府将该项目纳入2027年市级重点建设项目。"],
     "关于抚州一中新校区建设的请示"),
    # a resource with no purpose of its own (活动经费), support in general (在政策和资金上给予支持)
    ("赣州市农业农村局", "赣州市人民政府：",
     ["为扩大赣南脐橙品牌影响，恳请市政府批准举办2026年赣南脐橙采摘节。", "恳请市财政安排活动经费200万元。"],
     "关于举办赣南脐橙采摘节的请示"),
    ("瑞金市人民政府", "赣州市人民政府：",
     ["恳请市政府同意瑞金市创建国家全域旅游示范区。", "恳请市政府在政策和资金上给予支持。"], "关于创建国家全域旅游示范区的请示"),
    # one named matter (……电站项目, 《……行动方案》) asked about in several ways
    ("抚州市发展和改革委员会", "抚州市人民政府：",
     ["（一）恳请市政府批准抚州东乡区抽水蓄能电站项目立项。", "（二）恳请市政府将抚州东乡区抽水蓄能电站项目纳入市级重大项目。",
      "（三）恳请市政府安排抚州东乡区抽水蓄能电站项目前期经费300万元。"], "关于抚州东乡区抽水蓄能电站项目的请示"),
    ("抚州市文化广电新闻出版旅游局", "抚州市人民政府：",
     ["恳请市政府批准《抚州市文旅融合发展三年行动方案》。", "恳请市政府同意以市政府办公室名义印发《抚州市文旅融合发展三年行动方案》。"],
     "关于印发文旅融合发展三年行动方案的请示"),
    # a closing ask whose matter the text told before, and a conditional one (如蒙同意，并请……批复)
    ("抚州市农业农村局", "抚州市人民政府：",
     ["我局拟于9月23日在南丰县举办2027年抚州市农民丰收节，恳请市政府批准。", "如蒙同意，并请市政府批复。"],
     "关于举办2027年抚州市农民丰收节的请示"),
])
def test_gw709_one_matter(issuer, superior, body, title, fmt, tmp_path):
    assert not _codes(_request(issuer, superior, body, title), fmt, tmp_path, "GW709")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw709_report_listing_items_asks_nothing(fmt, tmp_path):
    src = _doc("萍乡市应急管理局", "萍乡市人民政府：",
               ["2026年上半年，全市安全生产形势总体平稳，现将有关情况报告如下。", "一是开展隐患排查整治，整改隐患4210处。",
                "二是完成非煤矿山整合关闭任务。", "特此报告。"], title="关于2026年上半年安全生产工作情况的报告")
    assert not _codes(src, fmt, tmp_path, "GW709")


# ------------------------------------------------------------ GW102: division tables that reword the measures
def _plan(rows: list[str]) -> str:
    heads = [("（一）加快5G基站和千兆光网建设", "2026年新建5G基站2000个。"),
             ("（二）培育壮大光伏新能源产业集群", "光伏产业营业收入突破2000亿元。"),
             ("（三）推动中小企业数字化转型", "完成500家中小企业数字化诊断。")]
    body = ["@doc_number 饶府办字〔2026〕21号", "@title 上饶市人民政府办公室关于印发上饶市数字经济提速行动方案的通知",
            "@recipients 各县（市、区）人民政府，市政府各部门：", "现将《上饶市数字经济提速行动方案》印发给你们，请认真贯彻执行。",
            "@signature 上饶市人民政府办公室", "@date 2026年5月8日", "@page_break", "@attachment_title 上饶市数字经济提速行动方案",
            "@heading1 一、重点任务"]
    for h, t in heads:
        body += [f"@heading2 {h}", t]
    body += ["@heading1 二、任务分工", "@table 序号|工作任务|牵头单位|配合单位", *[f"@table {r}" for r in rows]]
    return "\n".join(body) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, heading", [
    (["1|5G基站和千兆光网建设工程|各有关单位|—", "2|光伏新能源产业集群培育|市工业和信息化局|市发展改革委",
      "3|中小企业数字化转型推动|市工业和信息化局|各县（市、区）人民政府"], "加快5G基站和千兆光网建设"),
    (["1|千兆光网和5G基站|市工业和信息化局|市通信发展管理办公室", "2|光伏产业集群|各地|各有关部门",
      "3|中小企业数字化转型|市工业和信息化局|—"], "培育壮大光伏新能源产业集群"),
])
def test_gw102_generic_row_reworded(rows, heading, fmt, tmp_path):
    found = _codes(_plan(rows), fmt, tmp_path, "GW102")
    at_heading = [f for f in found if heading in f.message]
    summary = [f for f in found if f.data.get("summary")]
    # one finding at the measure's heading (not at the table row), and the summary counts it
    assert len(found) == 2 and len(at_heading) == 1 and summary and summary[0].data["missing"] == 1, \
        [f.message for f in found]
    assert "分工表中这一条也只写了泛指的单位" in at_heading[0].message  # the row is there, its unit is not


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [
    # every row reworded, each with a real lead (各地 only as a partner)
    ["1|5G基站千兆光网建设|市工业和信息化局|各地", "2|光伏新能源产业集群壮大|市发展改革委|各县（市、区）",
     "3|数字化转型（中小企业）|市工业和信息化局|市科技局"],
    # shortened rows, a real lead and only generic partners
    ["1|千兆光网、5G基站建设|市数据管理局|各地", "2|光伏新能源产业集群|市工业和信息化局|各有关部门",
     "3|中小企业数字化转型|市工业和信息化局|各有关单位"],
])
def test_gw102_reworded_rows_with_units(rows, fmt, tmp_path):
    assert not _codes(_plan(rows), fmt, tmp_path, "GW102")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_issuer_division_cell_is_a_unit(fmt, tmp_path):
    # 厅市场体系建设处 alone in the lead cell reads as （牵头单位：厅市场体系建设处） would
    src = "\n".join([
        "@doc_number 豫商流通〔2026〕15号", "@title 河南省商务厅关于印发《河南省县域商业体系建设工作方案》的通知",
        "@recipients 各省辖市商务局：", "现将《河南省县域商业体系建设工作方案》印发给你们，请认真贯彻执行。",
        "@signature 河南省商务厅", "@date 2026年4月7日", "@page_break", "@attachment_title 河南省县域商业体系建设工作方案",
        "@heading1 一、主要任务", "@heading2 （一）改造提升乡镇商贸中心", "每个县改造提升乡镇商贸中心3个。",
        "@heading2 （二）发展农村电子商务", "培育县域电商直播基地20个。",
        "@heading1 二、任务分工", "@table 任务|牵头单位|配合单位", "@table 乡镇商贸中心改造提升|厅市场体系建设处|各地商务主管部门",
        "@table 农村电子商务发展|厅电子商务处|各地"]) + "\n"
    assert not _codes(src, fmt, tmp_path, "GW102")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_named_level_of_government_is_a_unit(fmt, tmp_path):
    # 各市、县（区）人民政府 in a provincial government's 意见 names a level of government, not 各级政府
    src = "\n".join([
        "@doc_number 赣府发〔2026〕12号", "@title 江西省人民政府关于加强城镇燃气安全管理的意见",
        "@recipients 各市、县（区）人民政府，省政府各部门：", "为切实加强城镇燃气安全管理，现提出如下意见。",
        "@heading1 一、重点任务", "@heading2 （一）全面排查整治燃气管网隐患", "2026年底前完成老旧管网更新改造1200公里。",
        "@heading2 （二）规范瓶装液化石油气经营", "全面推广液化石油气钢瓶智能角阀。",
        "@heading1 二、责任清单", "@table 任务|责任单位", "@table 燃气管网隐患排查整治|各市、县（区）人民政府",
        "@table 瓶装液化石油气经营规范|省住房城乡建设厅、省市场监管局",
        "@signature 江西省人民政府", "@date 2026年5月20日"]) + "\n"
    assert not _codes(src, fmt, tmp_path, "GW102")


# ------------------------------------------------------------ GW104: subject (+ 管委会), long phrase, modal
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("江西省商务厅", "南昌市、赣州市人民政府，赣江新区管委会：",
     "南昌市、赣州市人民政府及赣江新区管委会就跨境电商综试区建设中存在的海外仓布局不合理、公共服务平台功能单一等问题，"
     "务必于年底前完成整改。"),
    ("江西省生态环境厅", "各设区市人民政府，赣江新区管委会：",
     "各设区市人民政府、赣江新区管委会对督察反馈意见中涉及本地区的工业园区污水收集处理不到位、尾矿库环境风险隐患等问题，"
     "要逐项制定整改方案。"),
    ("江西省住房和城乡建设厅", "各设区市、县（市、区）人民政府：",
     "各设区市、县（市、区）人民政府针对城镇燃气管道老化更新改造中发现的占压、穿越密闭空间、安全间距不足等突出隐患，"
     "必须在2026年底前整治到位。"),
])
def test_gw104_subject_phrase_modal(issuer, recipients, line, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, ["现就有关事项通知如下。", line]), fmt, tmp_path, "GW104")
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "省住房和城乡建设厅将针对各设区市人民政府燃气安全整治工作进展情况开展专项评估，务必做到客观公正。",
    "根据季度考核结果，省住房和城乡建设厅对九江市、吉安市人民政府给予通报表扬，对进度滞后的某某市人民政府进行通报。",
])
def test_gw104_issuer_acts_on_governments(line, fmt, tmp_path):
    src = _doc("江西省住房和城乡建设厅", "各设区市人民政府：", ["现就有关事项通知如下。", line])
    assert not _codes(src, fmt, tmp_path, "GW104")


# ------------------------------------------------------------ GW106: joint issuers
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("signatures, recipients, line", [
    (["中共江西省委宣传部", "江西省精神文明建设指导委员会办公室"], "各设区市委宣传部、文明办：",
     "请各设区市于11月30日前将活动开展情况总结及典型案例报送省文明办未成年人工作处。"),
    (["中共江西省委组织部", "江西省人力资源和社会保障厅"], "各设区市委组织部、人力资源社会保障局：",
     "请各设区市于10月31日前将本地区基层人才队伍建设情况报告报送省委组织部人才工作处。"),
    (["江西省民政厅", "江西省财政厅"], "各设区市民政局、财政局：",
     "请各设区市于12月10日前将本年度救助资金使用情况报告报送省民政厅、省财政厅。"),
])
def test_gw106_joint_issuers_demand(signatures, recipients, line, fmt, tmp_path):
    src = _doc(signatures[0], recipients, ["现就有关事项通知如下。", line], signatures=signatures)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    ["现就有关事项通知如下。", "中小学教职工编制按照国家规定标准核定，严禁挤占、挪用。"],
    ["经省政府同意，现就有关事项通知如下。", "请各设区市于10月31日前将治超工作情况报送省交通运输厅。"],
    ["现就有关事项通知如下。", "请各设区市依据《农村经济统计调查制度》，于每季度结束后10日内通过农业农村统计直报系统报送主要指标。"],
])
def test_gw106_joint_issuers_no_burden(body, fmt, tmp_path):
    src = _doc("江西省交通运输厅", "各设区市交通运输局、公安局：", body, signatures=["江西省交通运输厅", "江西省公安厅"])
    assert not _codes(src, fmt, tmp_path, "GW106")


# ------------------------------------------------------------ GW106: subjectless 请 + standing deadline + platform
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("吉安市农业农村局", "各县（市、区）农业农村局：",
     "请每季度首月10日前通过全省高标准农田建设管理系统，上报上季度管护台账和问题整改情况。"),
    ("九江市市场监督管理局", "各县（市、区）市场监督管理局：", "请于每月25日前在“九江特设通”小程序录入本辖区电梯维保检查情况。"),
    ("上饶市生态环境局", "各县（市、区）人民政府：",
     "请于每季度最后一个月20日前，登录全市农村生活污水治理信息平台上传治理设施运行维护记录。"),
])
def test_gw106_subjectless_platform_demand(issuer, recipients, line, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, ["现就有关事项通知如下。", line]), fmt, tmp_path, "GW106")
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, line", [
    ("鹰潭市人力资源和社会保障局", "参保企业请于每季度首月20日前登录江西人社网上服务大厅申领稳岗返还资金。"),
    ("景德镇市住房和城乡建设局", "市住建局将于每月10日前在景德镇市房地产信息平台发布上月商品房成交情况。"),
])
def test_gw106_platform_not_a_demand(issuer, line, fmt, tmp_path):
    src = _doc(issuer, "各县（市、区）人力资源和社会保障局：", ["现就有关事项通知如下。", line])
    assert not _codes(src, fmt, tmp_path, "GW106")

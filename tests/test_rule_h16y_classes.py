"""Classes of round 16 fixed by h16y (issue 15), in phrasings other than the drafts':

- G6 GW102: the whole set of departments (units) as the subject of a clause saying each answers for its own share
  (市直各部门对本部门承担的……负责, 各部门按职责分工负责本部门……) names the responsible units, as 市直各部门 in a
  unit column does; 有关部门负责 and 各部门要加强配合 stay generic.
- G8 GW106: a lower department as subject with a daily deadline and no modal (各旗县区住建局每日16时前将……报送
  市住建局) is a report demand.
- G10 GW106: a survey system named without the word 统计 (依据经国家统计局批准执行的《全国农产品成本收益调查制度》,
  按调查制度规定) founds the survey data; 向各县（市、区）反馈 sends results down, not up.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _plan(item: str) -> str:
    lines = ["@doc_number 吉市府办发〔2026〕9号", "@title 吉安市人民政府办公室关于印发吉安市数字政府建设工作要点的通知",
             "@recipients 各县（市、区）人民政府，市政府各部门：",
             "现将《吉安市数字政府建设工作要点》印发给你们，请认真贯彻落实。各县（市、区）人民政府要结合实际制定本地工作措施。",
             "@signature 吉安市人民政府办公室", "@date 2026年3月20日", "@page_break",
             "@attachment_title 吉安市数字政府建设工作要点",
             "一、推进政务数据共享。年底前实现市级部门数据共享率95%。（责任单位：市大数据中心）",
             item,
             "三、提升“赣服通”吉安分厅服务能力。新增高频事项50项。（责任单位：市行政审批局）"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("二、规范政务信息系统管理。市直各部门对本部门建设的政务信息系统的安全运维负责，9月底前完成等保测评。", False),
    ("二、规范政务信息系统管理。全面清理“僵尸”系统。市直各单位应当按照职责分工负责本单位信息系统整合迁移。", False),
    ("二、规范政务信息系统管理。市政府各部门要对本部门数据质量负责，做到一数一源。", False),
    ("二、规范政务信息系统管理。全面清理“僵尸”系统，有关部门对本部门系统负责。", True),  # 有关: not the whole set
    ("二、规范政务信息系统管理。全面清理“僵尸”系统，各部门要加强配合。", True),  # no own share
    ("二、规范政务信息系统管理。各地各部门对本部门系统安全负责。", True),  # 各地各部门 is rules.md's generic pair
])
def test_gw102_whole_set_answering_for_own_share(fmt, item, fires, tmp_path):
    found = [f for f in _codes(_plan(item), fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.excerpt.startswith("二、") for f in found] == ([True] if fires else [])


def _notice(issuer: str, recipients: str, lines: list[str]) -> str:
    out = ["@doc_number 通发〔2026〕3号", f"@title {issuer}关于做好有关工作的通知", f"@recipients {recipients}",
           "为做好有关工作，现通知如下。", *lines, f"@signature {issuer}", "@date 2026年6月1日"]
    return "\n".join(out) + "\n"


_EMERGENCY = ("GW106", "赣州市应急管理局", "各县（市、区）应急管理局：")
_FARMING = ("GW106", "漳州市农业农村局", "各县（市、区）农业农村局：")
_CIVIL = ("GW106", "衡阳市民政局", "各县（市、区）民政局：")
_HEALTH = ("GW106", "赣州市卫生健康委员会", "各县（市、区）卫生健康委：")
_TOWNS = ("GW104", "瑞金市农业农村局", "各乡镇人民政府：")

# (code, issuer, recipients), one line of the notice, whether the code fires
_ONE_LINE = [
    # G8: a lower department with a daily deadline and no modal; the issuer's own deadline, a done report
    (_EMERGENCY, "各县（市、区）应急管理局每日17时前将森林防火巡查情况报送市应急管理局。", True),
    (_EMERGENCY, "各县（市、区）应急管理局每日18时前将值班值守情况上报市应急管理局。", True),
    (_EMERGENCY, "市应急管理局每日17时前将全市森林防火情况报送市人民政府。", False),
    (_EMERGENCY, "各县（市、区）应急管理局已于每日17时前报送森林防火巡查情况。", False),
    # G10 (b): results fed back down by the issuer; up to the issuer still asks
    (_FARMING, "考核结果于次年1月底前向各县（市、区）反馈。", False),
    (_FARMING, "检查结果每季度向各县（区）农业农村局反馈一次。", False),
    (_FARMING, "各县（市、区）农业农村局于11月30日前向市农业农村局反馈整改情况。", True),
    # G10 (c): results told to the person examined or assessed
    (_HEALTH, "核查结果在15个工作日内反馈本人。", False),
    (_HEALTH, "筛查结果于筛查后7日内反馈学生家长。", False),
    (_HEALTH, "随访结果在3个工作日内反馈患者。", False),
    (_HEALTH, "各县（市、区）卫生健康委于15个工作日内将核查结果反馈市卫生健康委。", True),
    # G9: a platform step whose material is named before the verb, or a 明细 reviewed in a system and submitted;
    # near-misses: the institutions enter their own data, their leader uploads, the system fetches by itself
    (_CIVIL, "请于每季度首月10日前，在省社会救助信息系统中审核确认上季度辖区临时救助发放明细后提交。", True),
    (_CIVIL, "辖区养老机构的入住人数、床位数据每月5日前登录平台汇总审核后提交。", True),
    (_CIVIL, "辖区养老机构的服务质量数据按附表要求于每季度末登录平台汇总后提交。", True),
    (_CIVIL, "辖区养老机构每月5日前登录平台填报本机构入住人数。", False),
    (_CIVIL, "养老机构的负责人每月5日前将入住数据上传至平台。", False),
    (_CIVIL, "平台每日自动采集养老机构入住数据，不再另行报送。", False),
    # G11: the towns' own act names the topic object, a modal follows, a later clause sets them a deadline;
    # near-misses: no deadline set to the towns, the issuer's own object, a cooperative's object
    (_TOWNS, "各乡镇签订的禁渔责任书须经乡镇主要负责同志签字，于6月10日前报送县农业农村局。", True),
    (_TOWNS, "各乡（镇）制定的秸秆禁烧方案要经党委会议研究，于5月底前报县农业农村局备案。", True),
    (_TOWNS, "各乡镇报送的材料，必须真实准确。", False),
    (_TOWNS, "县农业农村局印发的责任书须在县政府网站公开，于6月10日前完成。", False),
    (_TOWNS, "合作社签订的承诺书须经理事长签字，于6月10日前报送县农业农村局。", False),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("frame, line, fires", _ONE_LINE)
def test_one_line_classes(fmt, frame, line, fires, tmp_path):
    code, issuer, recipients = frame
    assert bool(_codes(_notice(issuer, recipients, [line]), fmt, tmp_path, code)) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("basis, fires", [
    ("依据经国家统计局批准执行的《农产品生产价格调查制度》，现部署本年度调查。", False),
    ("调查数据按照调查制度规定的口径审核。", False),
    ("请各地认真组织，确保数据质量。", True),  # no basis named
])
def test_gw106_survey_system_without_tongji(fmt, basis, fires, tmp_path):
    doc = _notice("山东省发展和改革委员会", "各市发展改革委：",
                  [basis, "请于每季度结束后10日内将农产品成本调查数据报送省发展改革委。"])
    assert bool(_codes(doc, fmt, tmp_path, "GW106")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_survey_system_does_not_cover_a_summary(fmt, tmp_path):
    doc = _notice("山东省发展和改革委员会", "各市发展改革委：",
                  ["依据经国家统计局批准执行的《农产品生产价格调查制度》，现部署本年度调查。",
                   "请于12月20日前将本地区调查工作总结报送省发展改革委。"])
    assert len(_codes(doc, fmt, tmp_path, "GW106")) == 1


def _policy(table: list[str]) -> str:
    lines = ["@doc_number 湘府发〔2026〕6号", "@title 湖南省人民政府关于加快推进城乡基础设施建设的实施意见",
             "@recipients 各市州人民政府，省政府各部门、各直属机构：", "为补齐城乡基础设施短板，现提出以下实施意见。",
             "（一）加强城市燃气安全管理。完成老旧燃气管网改造5000公里。",
             "（二）推进新型城镇化与农业农村现代化协同发展。建设城乡协同发展示范县20个。",
             "（三）完善农村寄递物流体系。实现快递服务行政村全覆盖。",
             "@attachment_note 附件：重点任务分工表", "@signature 湖南省人民政府", "@date 2026年5月8日",
             "@page_break", "@attachment_label 附件", "@attachment_title 重点任务分工表", "@table 序号|任务|责任单位", *table]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, heading", [
    # G7: a word dropped and a suffix added; a summary word for two heading words
    (["@table 1|城市燃气管理专项行动|有关部门", "@table 2|城乡协同发展|省发展改革委", "@table 3|完善农村寄递物流体系|省邮政管理局"],
     "（一）加强城市燃气安全管理"),
    (["@table 1|加强城市燃气安全管理|省住房城乡建设厅", "@table 2|城乡协同发展|各市州、省直有关部门",
      "@table 3|完善农村寄递物流体系|省邮政管理局"], "（二）推进新型城镇化与农业农村现代化协同发展"),
])
def test_gw102_loosely_reworded_generic_row_is_one_finding(fmt, rows, heading, tmp_path):
    found = _codes(_policy(rows), fmt, tmp_path, "GW102")
    measures = [f for f in found if not f.data.get("summary")]
    assert [f.excerpt for f in measures] == [heading]
    assert len([f for f in found if f.data.get("summary")]) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_loosely_reworded_rows_with_units(fmt, tmp_path):
    rows = ["@table 1|城市燃气管理专项行动|省住房城乡建设厅", "@table 2|城乡协同发展|省发展改革委",
            "@table 3|农村寄递物流提升工程|省邮政管理局"]
    assert _codes(_policy(rows), fmt, tmp_path, "GW102") == []

"""Readings f32a changed in round 32 (issue 15), each on probes written before the change, positives and near-misses:

- GW105 (facts.informing_only): a clause giving a cause (因……实施消防改造, 鉴于……, 由于……) or a count of what is new (新增2个
  企业专区窗口) only tells; a clause with no subject of its own that goes on from the issuer's own act in the same sentence
  (我局已……立案调查，责令其限期整改) is the issuer's act too -- unless it asks another (要求, 督促) or names a body.
- GW105 (facts.work_levels): a higher body's demand on the recipients' own level, reported (州政府办公室印发《……》，要求
  各县（市）人民政府……), reminds them of it, as a cited duty does, while its dated term runs at the document's date (于2027年6月底前 in a
  document of February 2027; an undated 主汛期前 may be over) and the document does not tell that level has done it
  (目前各市均已建立; 全省14个市州已全部完成排查).
- GW106 (submissions._worked_list): a roster handed up in a sentence that opens with a step done (审核无误后, 比对完成后)
  right after the sentence (or paragraph) telling the check (逐户核对) is the check's product; 核对, 比对 are checks.
- GW107: a table column whose header names the material first (整改结果报送对象) is the 报送对象 column.
- GW103 (handouts.handed_items): a listed item's note (（第10页至第24页）, （摘要）, leader dots and a page number) is no
  part of its title.

Drafts rendered by gwlint.docgen; every case in .txt, a few in .docx and .pdf too."""
from __future__ import annotations

import pytest

from .drafts import lint_codes as _codes

CASES = {
    'p103_gw103-n01': ('GW103', False, '@doc_number 吉安府办发〔2027〕13号\n@title 吉安市人民政府办公室关于印发全市安全生产工作会议材料的通知\n@recipients 各县（市、区）人民政府，市直各部门：\n3月5日，市政府召开全市安全生产工作会议。现将会议材料汇编印发给你们，材料目录如下：\n一、市应急管理局关于2026年全市安全生产工作情况的汇报（第1—8页）\n二、2027年全市安全生产工作要点（第9—15页）\n请结合实际抓好落实。\n@signature 吉安市人民政府办公室\n@date 2027年3月12日'),
    'p103_gw103-n02': ('GW103', False, '@doc_number 吉安府办发〔2027〕14号\n@title 吉安市人民政府办公室关于印发全市安全生产工作会议材料的通知\n@recipients 各县（市、区）人民政府，市直各部门：\n3月5日，市政府召开全市安全生产工作会议，副市长刘卫东出席会议并讲话，讲话已在会上印发。现将会议其他材料汇编印发给你们，材料目录如下：\n一、2027年全市安全生产工作要点（第1—7页）\n二、全市安全生产重点任务分工（第8—15页）\n请结合实际抓好落实。\n@signature 吉安市人民政府办公室\n@date 2027年3月12日'),
    'p103_gw103-p01': ('GW103', True, '@doc_number 吉安府办发〔2027〕12号\n@title 吉安市人民政府办公室关于印发全市安全生产工作会议材料的通知\n@recipients 各县（市、区）人民政府，市直各部门：\n3月5日，市政府召开全市安全生产工作会议。现将会议材料汇编印发给你们，材料目录如下：\n一、副市长刘卫东在全市安全生产工作会议上的讲话（第1—8页）\n二、2027年全市安全生产工作要点（第9—15页）\n请结合实际抓好落实。\n@signature 吉安市人民政府办公室\n@date 2027年3月12日'),
    'p103_gw103-p02': ('GW103', True, '@doc_number 遂政办发〔2027〕30号\n@title 遂川县人民政府办公室关于印发全县秋冬季森林防火工作会议资料的通知\n@recipients 各乡镇人民政府，县直各单位：\n经县政府同意，现将会议资料汇编下发，资料目录如下：\n1.县长王建华在全县秋冬季森林防火工作会议上的讲话（摘要）\n2.全县秋冬季森林防火工作方案（第7页至第12页）\n各乡镇要对照方案做好防火准备。\n@signature 遂川县人民政府办公室\n@date 2027年10月8日'),
    'p105_gw105-n01-cause': ('GW105', False, '@doc_number 宜人社发〔2027〕6号\n@title 宜春市人力资源和社会保障局关于社保经办大厅临时搬迁的通知\n@recipients 各县（市、区）人民政府，市直各单位：\n鉴于原社保经办大厅所在办公楼实施抗震加固，社保经办大厅自2027年3月1日起临时搬迁至宜阳大道28号市民中心二楼办公。\n因搬迁期间来访群众较多，各县（市、区）人民政府要做好本地参保群众的解释引导工作。\n@signature 宜春市人力资源和社会保障局\n@date 2027年2月20日'),
    'p105_gw105-n02-enforce': ('GW105', False, '@doc_number 资市监〔2027〕12号\n@title 资阳市市场监督管理局关于一季度电梯安全监督检查情况的通报\n@recipients 各县（区）人民政府：\n2027年一季度，我局对全市住宅小区、商场和医院的在用电梯开展安全监督检查，共检查电梯1260台，发现隐患86处。\n针对检查发现的问题，我局已约谈3家维保企业负责人，责令其限期整改，并督促各县（区）人民政府落实属地管理责任，组织乡镇（街道）开展复查。\n@signature 资阳市市场监督管理局\n@date 2027年4月12日'),
    'p105_gw105-n03-cause': ('GW105', False, '@doc_number 安住建〔2027〕4号\n@title 安顺市住房和城乡建设局关于公积金服务窗口调整的通知\n@recipients 各县（区）人民政府，市直有关部门：\n由于政务服务中心二楼改造，住房公积金服务窗口于2027年4月1日起调整至一楼东侧。调整后窗口由6个增至9个，新增1个老年人绿色通道窗口，请各县（区）人民政府于3月30日前在本地政务服务大厅张贴调整公告。\n@signature 安顺市住房和城乡建设局\n@date 2027年3月25日'),
    'p105_gw105-n04-enforce': ('GW105', False, '@doc_number 龙市监〔2027〕9号\n@title 龙岩市新罗区市场监督管理局关于节前商品价格检查情况的通报\n@recipients 各乡镇人民政府、街道办事处：\n春节前，区市场监管局对辖区超市、农贸市场的明码标价情况开展检查。检查发现5家经营户未按规定标价，区市场监管局已依法立案，责令立即改正，并要求各乡镇（街道）加强对辖区集贸市场的日常巡查。\n@signature 龙岩市新罗区市场监督管理局\n@date 2027年2月18日'),
    'p105_gw105-p01-cause': ('GW105', True, '@doc_number 宜人社发〔2027〕5号\n@title 宜春市人力资源和社会保障局关于社保经办大厅临时搬迁的通知\n@recipients 各县（市、区）人民政府，市直各单位：\n鉴于原社保经办大厅所在办公楼实施抗震加固，社保经办大厅自2027年3月1日起临时搬迁至宜阳大道28号市民中心二楼办公。\n搬迁期间，社保登记、待遇申领等业务照常办理，咨询电话不变。\n@signature 宜春市人力资源和社会保障局\n@date 2027年2月20日'),
    'p105_gw105-p02-after': ('GW105', True, '@doc_number 安住建〔2027〕3号\n@title 安顺市住房和城乡建设局关于公积金服务窗口调整的通知\n@recipients 各县（区）人民政府，市直有关部门：\n由于政务服务中心二楼改造，住房公积金服务窗口于2027年4月1日起调整至一楼东侧。调整后窗口由6个增至9个，新增1个老年人绿色通道窗口，并开设周末延时服务。\n原服务电话继续使用。\n@signature 安顺市住房和城乡建设局\n@date 2027年3月25日'),
    'p105_gw105-p03-enforce': ('GW105', True, '@doc_number 资市监〔2027〕11号\n@title 资阳市市场监督管理局关于一季度电梯安全监督检查情况的通报\n@recipients 各县（区）人民政府：\n2027年一季度，我局对全市住宅小区、商场和医院的在用电梯开展安全监督检查，共检查电梯1260台，发现隐患86处。\n针对检查发现的问题，我局已约谈3家维保企业负责人，责令其限期整改，并对1家未按规定维保的企业立案查处。\n特此通报。\n@signature 资阳市市场监督管理局\n@date 2027年4月12日'),
    'p105_gw105-p04-enforce2': ('GW105', True, '@doc_number 龙市监〔2027〕8号\n@title 龙岩市新罗区市场监督管理局关于节前商品价格检查情况的通报\n@recipients 各乡镇人民政府、街道办事处：\n春节前，区市场监管局对辖区超市、农贸市场的明码标价情况开展检查。检查发现5家经营户未按规定标价，区市场监管局已依法立案，责令立即改正，并处以罚款。\n@signature 龙岩市新罗区市场监督管理局\n@date 2027年2月18日'),
    'p106_gw106-n01': ('GW106', False, '@doc_number 江文旅〔2027〕6号\n@title 南京市江宁区文化和旅游局关于举办2027年社区文艺骨干培训班的通知\n@recipients 各街道办事处：\n各街道要对报名人员的身份信息逐人核对。请各街道于4月10日前将参训人员名单报区文化和旅游局艺术科。\n@signature 南京市江宁区文化和旅游局\n@date 2027年3月20日'),
    'p106_gw106-n02': ('GW106', False, '@doc_number 修教〔2027〕8号\n@title 修水县教育体育局关于举办2027年全县中小学生田径运动会的通知\n@recipients 各乡镇人民政府：\n各参赛学校报名表经所在单位审核无误后，于5月10日前将参赛运动员名单报县教育体育局体卫艺股。\n@signature 修水县教育体育局\n@date 2027年4月20日'),
    'p106_gw106-p01': ('GW106', True, '@doc_number 修民发〔2027〕21号\n@title 修水县民政局关于做好城乡低保对象年度认定工作的通知\n@recipients 各乡镇人民政府：\n各乡镇要组织工作人员入户核对低保家庭人口和收入情况。核对无误后，将低保对象花名册于12月5日前报县民政局社会救助股。\n@signature 修水县民政局\n@date 2027年11月10日'),
    'p106_gw106-p02': ('GW106', True, '@doc_number 江民〔2027〕4号\n@title 南京市江宁区民政局关于发放2027年度高龄津贴的通知\n@recipients 各街道办事处：\n各街道要将辖区80周岁以上老人信息与户籍、殡葬数据逐人比对，剔除已故和迁出人员。比对完成后，高龄津贴发放花名册于3月10日前送区民政局养老服务科。\n@signature 南京市江宁区民政局\n@date 2027年2月20日'),
    'p106_gw106-p03': ('GW106', True, '@doc_number 通农〔2027〕12号\n@title 通化县农业农村局关于做好耕地地力保护补贴发放工作的通知\n@recipients 各乡镇人民政府：\n各乡镇农业站要对照确权数据逐户核对补贴面积。\n审核无误后，由乡镇农业站汇总，连同补贴花名册于10月20日前交县农业农村局种植业股。\n@signature 通化县农业农村局\n@date 2027年9月25日'),
    'p107_gw107-n01': ('GW107', False, '@doc_number 九发改〔2027〕10号\n@title 九江市发展和改革委员会关于报送重点项目推进情况的通知\n@recipients 委机关各科室，委属各单位：\n为及时掌握重点项目推进情况，现将材料报送安排通知如下。\n@table 序号|材料名称|报送时间|材料报送对象\n@table 1|重点项目月度进展|每月5日前|委办公室\n@table 2|项目资金使用情况|每季度末|市政府办公室\n@signature 九江市发展和改革委员会\n@date 2027年3月2日'),
    'p107_gw107-n02': ('GW107', False, '@doc_number 九发改〔2027〕11号\n@title 九江市发展和改革委员会关于重点项目包保责任的通知\n@recipients 委机关各科室，委属各单位：\n现将重点项目包保责任分工通知如下。\n@table 序号|项目名称|包保科室|联系市领导\n@table 1|九江港红光作业区二期|基础产业科|市政府分管副市长\n@signature 九江市发展和改革委员会\n@date 2027年3月2日'),
    'p107_gw107-p01': ('GW107', True, '@doc_number 九发改〔2027〕9号\n@title 九江市发展和改革委员会关于报送重点项目推进情况的通知\n@recipients 委机关各科室，委属各单位：\n为及时掌握重点项目推进情况，现将材料报送安排通知如下。\n@table 序号|材料名称|报送时间|材料报送对象\n@table 1|重点项目月度进展|每月5日前|市政府分管副市长\n@table 2|项目资金使用情况|每季度末|委办公室\n@signature 九江市发展和改革委员会\n@date 2027年3月2日'),
    'p107_gw107-p02': ('GW107', True, '@doc_number 赣农〔2027〕15号\n@title 江西省农业农村厅关于建立春耕生产专报制度的通知\n@recipients 厅机关各处室，厅属各单位：\n春耕期间，厅里建立春耕生产专报制度，安排如下。\n@table 序号|专报内容|责任处室|专报呈送对象\n@table 1|春耕进度|种植业管理处|省政府分管副省长\n@signature 江西省农业农村厅\n@date 2027年3月5日'),
    'pins_gw105-n11': ('GW105', False, '@doc_number 赣应急〔2027〕21号\n@title 赣州市应急管理局关于开展安全生产责任制落实情况专项检查的通知\n@recipients 各县（市、区）人民政府：\n市应急管理局决定于9月对各县（市、区）人民政府安全生产责任制落实情况开展专项检查。检查采取查阅资料、实地抽查的方式，检查结果在全市通报。\n联系人：市应急管理局综合科 李明，电话：0797-8123456。\n@signature 赣州市应急管理局\n@date 2027年8月20日'),
    'pins_gw105-n12': ('GW105', False, '@doc_number 赣应急〔2027〕22号\n@title 赣州市应急管理局关于开展防汛责任落实情况检查的通知\n@recipients 各县（市、区）人民政府：\n为压实防汛责任，市应急管理局将于6月开展防汛责任落实情况检查。检查安排如下：\n@table 检查对象|检查内容|检查方式\n@table 各县（市、区）人民政府|防汛责任人到岗、预案修订、物资储备|查阅资料、现场抽查\n检查中发现的问题，列入年度防汛工作考评。\n@signature 赣州市应急管理局\n@date 2027年5月20日'),
    'pins_gw105-n13': ('GW105', False, '@doc_number 张教督〔2027〕5号\n@title 张家口市教育局关于开展县级政府履行教育职责督导的通知\n@recipients 各县（区）人民政府：\n根据年度工作安排，市教育局定于10月开展县级政府履行教育职责督导。\n一、督导对象。全市16个县（区）人民政府。\n二、督导内容。教育经费保障、教师队伍建设、学校布局调整。\n三、结果运用。督导结果按得分排名，在全市通报。\n@signature 张家口市教育局\n@date 2027年9月10日'),
    'pins_gw105-n14': ('GW105', False, '@doc_number 邵农〔2027〕9号\n@title 邵阳市农业农村局关于开展耕地撂荒整治情况暗访的通知\n@recipients 各县（市、区）人民政府：\n市农业农村局将于7月组织暗访组，采取“四不两直”方式，对各县（市、区）耕地撂荒整治情况进行暗访，暗访情况按县（市、区）排名通报。\n@signature 邵阳市农业农村局\n@date 2027年6月28日'),
    'pins_gw105-p11': ('GW105', True, '@doc_number 赣应急〔2027〕23号\n@title 赣州市应急管理局关于开展危险化学品企业专项执法检查的通知\n@recipients 各县（市、区）人民政府：\n市应急管理局决定于9月对全市危险化学品生产、储存企业开展专项执法检查。检查由市应急管理综合行政执法支队实施，检查结果在市应急管理局门户网站公布。\n@signature 赣州市应急管理局\n@date 2027年8月20日'),
    'pins_gw105-p12': ('GW105', True, '@doc_number 龙科〔2027〕5号\n@title 龙岩市科学技术局关于开展高新技术企业运行情况抽查的通知\n@recipients 各县（市、区）人民政府：\n为了解高新技术企业运行情况，市科学技术局将于11月对部分高新技术企业开展抽查。抽查对象由市科学技术局从名录中随机选取，抽查采取查阅资料和座谈方式，不打分、不排名。\n@signature 龙岩市科学技术局\n@date 2027年10月20日'),
    'prep_gw105-n21': ('GW105', False, '@doc_number 抚农〔2027〕6号\n@title 抚州市农业农村局关于做好高标准农田管护技术指导的通知\n@recipients 各县（区）人民政府：\n今年1月，省政府办公厅印发《高标准农田建后管护办法》，要求各县（市、区）人民政府于2027年底前建立农田管护责任制。\n为配合办法实施，市农业农村局就技术指导事项通知如下。\n一、各县（区）农业农村局要组织技术人员，每季度开展一次管护巡查。\n二、市农业农村局将编印管护技术手册。\n@signature 抚州市农业农村局\n@date 2027年2月10日'),
    'prep_gw105-n22': ('GW105', False, '@doc_number 丽文旅〔2027〕3号\n@title 丽水市文化和旅游局关于乡村博物馆建设技术服务的通知\n@recipients 各县（市、区）人民政府：\n省文化和旅游厅在《乡村博物馆建设导则》中要求各县（市、区）人民政府在2027年底前每县至少建成5家乡村博物馆。\n市文化和旅游局组建专家服务团，为各地免费提供陈列设计咨询。\n二、各县（市、区）文化和旅游局要于4月底前报送本地乡村博物馆建设计划。\n@signature 丽水市文化和旅游局\n@date 2027年3月1日'),
    'prep_gw105-p21': ('GW105', True, '@doc_number 抚农〔2027〕7号\n@title 抚州市农业农村局关于做好高标准农田管护技术指导的通知\n@recipients 各县（区）人民政府：\n去年1月，省政府办公厅印发《高标准农田建后管护办法》，要求各县（市、区）人民政府建立农田管护责任制，目前全市11个县（区）均已建立。\n为配合办法实施，市农业农村局就技术指导事项通知如下。\n一、各县（区）农业农村局要组织技术人员，每季度开展一次管护巡查。\n二、市农业农村局将编印管护技术手册。\n@signature 抚州市农业农村局\n@date 2027年2月10日'),
    'prep_gw105-p22': ('GW105', True, '@doc_number 丽文旅〔2027〕4号\n@title 丽水市文化和旅游局关于乡村博物馆建设技术服务的通知\n@recipients 各县（市、区）人民政府：\n省文化和旅游厅在《乡村博物馆建设导则》中要求各县（市、区）人民政府在2026年底前每县至少建成5家乡村博物馆。\n市文化和旅游局组建专家服务团，为各地免费提供陈列设计咨询。\n@signature 丽水市文化和旅游局\n@date 2027年3月1日'),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_probe_txt(name, tmp_path):
    code, fires, src = CASES[name]
    found = _codes(src + "\n", "txt", tmp_path, code)
    assert bool(found) is fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", ["p105_gw105-p03-enforce", "p105_gw105-n02-enforce", "p106_gw106-p03",
                                  "p107_gw107-p01", "p103_gw103-p02", "prep_gw105-n21"])
def test_probe_other_formats(name, fmt, tmp_path):
    code, fires, src = CASES[name]
    found = _codes(src + "\n", fmt, tmp_path, code)
    assert bool(found) is fires, [f.message for f in found]


def test_two_demands_of_the_roster_sentence(tmp_path):
    """The signature and the roster handed up in one sentence are two findings (holdout33r gw106-g08c's class)."""
    code, fires, src = CASES["p106_gw106-p03"]
    src = src.replace("由乡镇农业站汇总，", "由乡镇农业站站长签字确认，")
    found = _codes(src + "\n", "txt", tmp_path, "GW106")
    assert len(found) == 2 and {f.severity for f in found} == {"error", "warning"}, [f.message for f in found]

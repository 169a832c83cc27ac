"""The holdout8 classes fixed in round 10 (issue 15, h8c): a 纪要's title under its one-line mark,
通知 without a 主送, a 主送 naming a leader by name and title, uploads through a platform/APP,
a check's 花名册, a 佐证资料 column, research aims under an inspection's name, evaluated governments
with nothing to do, 通报 that praise the recipients, work for schools beside towns, 本溪市-like places,
a State Council department's deployment, divisions named inline in an own-system plan, and
attachments placed between the 附件说明 and the 署名.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must fire and a
near miss that must stay quiet."""
from __future__ import annotations

from functools import partial

import pytest

from gwlint.analysis.units import find_units

from .drafts import lint_codes as _codes, marked_doc, render_draft

FORMATS = ["txt", "docx", "pdf"]


_doc = partial(marked_doc, docno="发〔2026〕8号")  # title is given by every test


# ------------------------------------------------------------ GW708: a 纪要's title
_MINUTES = """@issuer_mark 章贡区人民政府专题会议纪要
@title 章贡区人民政府专题会议纪要
2026年9月3日，区长主持召开专题会议，研究老旧小区改造有关事项。纪要如下：
一、同意将水东片区12个老旧小区列入2027年改造计划，由区住房和城乡建设局牵头编制改造方案。
二、改造资金由区财政局会同区发展改革委统筹安排。
@date 2026年9月5日
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_title_under_its_mark_is_read(fmt, tmp_path):
    assert _codes(_MINUTES, fmt, tmp_path, "GW708") == []


def test_minutes_title_line_is_the_title(tmp_path):
    from gwlint.analysis.structure import analyze
    from gwlint.readers import read_path

    gw = analyze(read_path(render_draft(_MINUTES, "txt", tmp_path)))
    assert gw.title is not None and gw.title.text == "章贡区人民政府专题会议纪要"
    assert gw.doc_type == "纪要"
    assert gw.recipients is None  # 2026年9月3日，……纪要如下：opens the text, it names no 主送


# ------------------------------------------------------------ GW704: a 通知 without a 主送
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, title, fires", [
    (["为防范煤气中毒事故，市应急管理局决定于9月在全市冶金企业开展煤气区域安全隐患排查。"],
     "关于开展冶金企业煤气区域安全隐患排查的通知", True),
    (["因管网改造，9月3日8时至20时中心城区暂停供水，请广大市民提前做好储水准备。"],
     "关于中心城区临时停水的通知", False),
    (["为保护渔业资源，每年3月1日至6月30日为禁渔期。", "特此通告。"], "关于禁渔期管理的通告", False),
])
def test_notice_needs_recipients_unless_public(fmt, body, title, fires, tmp_path):
    src = _doc("鞍山市应急管理局", None, body, title=title)
    assert bool(_codes(src, fmt, tmp_path, "GW704")) is fires


# ------------------------------------------------------------ GW107: a leader by name in the 主送
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, leader", [
    ("贵州省能源局", "吴强副省长：", "吴强副省长"),
    ("九江市水利局", "李××市长：", "李××市长"),
    ("内蒙古自治区林业和草原局", "王××副主席、张××秘书长：", "王××副主席"),
    ("九江市水利局", "市人民政府：", None),
])
def test_recipient_leader_by_name(fmt, issuer, recipients, leader, tmp_path):
    src = _doc(issuer, recipients, ["今年汛期工作情况如下，未发生重大险情。", "特此报告。"],
               title="关于汛期工作情况的报告", docno="呈〔2026〕5号")
    found = _codes(src, fmt, tmp_path, "GW107")
    assert [f.data.get("leader") for f in found] == ([leader] if leader else [])


# ------------------------------------------------------------ GW106: platforms, APPs and a check's 花名册
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各县（市、区）市场监管局于9月15日前在“浙江省特种设备智慧监管平台”上传自查报告和整改清单。", True),
    ("各县（区）卫生健康局每季度末通过“柳州健康”小程序报送药品库存核查表。", True),
    ("各县（市、区）市场监管局可登录“浙江省特种设备智慧监管平台”查询、下载检验报告。", False),
    ("各县（市、区）市场监管局无需再在系统中填报季度报表。", False),
])
def test_submission_through_a_platform(fmt, sentence, fires, tmp_path):
    src = _doc("嘉兴市市场监督管理局", "各县（市、区）市场监管局：", [sentence], title="关于做好特种设备安全工作的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW106")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, fires", [
    ("关于开展2026年度低保对象动态核查的通知", True),
    ("关于召开2026年度民政工作会议的通知", False),
])
def test_roster_of_a_check_is_material(fmt, title, fires, tmp_path):
    src = _doc("乐平市民政局", "各乡镇人民政府、街道办事处：",
               ["请各乡镇（街道）于8月25日前将花名册报送市民政局社会救助股。"], title=title)
    assert bool(_codes(src, fmt, tmp_path, "GW106")) is fires


# ------------------------------------------------------------ GW302: a 佐证资料 column
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, cell, fires", [
    ("佐证资料", "附施工前、中、后照片各3张", True),
    ("照片", "近期一寸免冠彩色照片", False),
])
def test_proof_column_photos(fmt, header, cell, fires, tmp_path):
    src = _doc("宜春市农业农村局", "各县（市、区）农业农村局：",
               ["今年全市高标准农田建设任务42万亩，进度滞后的项目由市农业农村局约谈。",
                f"@table 项目名称|建设面积（亩）|{header}", f"@table ××镇项目|5000|{cell}",
                "请各地加快项目建设进度。"], title="关于加快高标准农田建设项目进度的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW302")) is fires


# ------------------------------------------------------------ GW303: research aims under an inspection's name
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("市商务局将于8月开展便民生活圈建设督查，重点了解便民网点布局情况，总结推广各区的好经验好做法。", True),
    ("市商务局将于8月开展便民生活圈建设督查，重点了解便民网点布局情况，发现的问题限期整改。", False),
])
def test_inspection_with_research_aims(fmt, sentence, fires, tmp_path):
    src = _doc("天津市商务局", "各区商务主管部门：", [sentence], title="关于开展便民生活圈建设督查的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW303")) is fires


# ------------------------------------------------------------ GW105
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    # evaluated by data, nothing to prepare, results only guide: no work for the cities
    (["省农业农村厅将于11月依据平台数据对各市（州）高标准农田建设成效开展评价，不到现场、不要求提供材料。",
      "评价结果将用于指导各地改进农田建设管理。"], True),
    # the evaluated prepare a self-assessment
    (["省农业农村厅将于11月对各市（州）高标准农田建设成效开展评价。", "请各市（州）人民政府于11月10日前完成自评。"], False),
    # ranked: the evaluated stay concerned
    (["省农业农村厅将依据平台数据对各市（州）人民政府开展评价，不要求提供材料，评价结果排名后通报。"], False),
])
def test_evaluated_governments_with_nothing_to_do(fmt, body, fires, tmp_path):
    src = _doc("四川省农业农村厅", "各市（州）人民政府：", body, title="关于开展高标准农田建设成效评价的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("praised, fires", [
    ("恭城瑶族自治县、金秀瑶族自治县断面水质稳定保持Ⅰ类，予以通报表扬。", True),
    ("桂林市人民政府、河池市人民政府辖区断面水质全部达到Ⅱ类以上，予以通报表扬。", False),
])
def test_tongbao_praising_the_recipients(fmt, praised, fires, tmp_path):
    body = ["经自治区生态环境厅组织监测，2026年上半年全区地表水国考断面水质优良比例为97.8%。", praised]
    src = _doc("广西壮族自治区生态环境厅", "各设区市人民政府：", body, title="关于地表水环境质量监测结果的通报")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extra, fires", [
    ("", True),
    ("各乡镇人民政府要组织对学校周边水源开展巡查。", False),
])
def test_towns_beside_schools(fmt, extra, fires, tmp_path):
    body = [f"各学校于4月15日前完成饮用水设施的清洗消毒。{extra}"]
    src = _doc("上犹县教育体育局", "各乡镇人民政府，县直各学校：", body, title="关于开展学校饮用水安全排查的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


@pytest.mark.parametrize("text, names", [
    ("责任单位：省体育局，沈阳市、抚顺市、本溪市人民政府。", ["省体育局", "沈阳市", "抚顺市", "本溪市人民政府"]),
    ("全州县人民政府负责日常保护。", ["全州县人民政府"]),
    ("本市人民政府负责日常保护。", []),
    ("本辖区人民政府负责日常保护。", []),
])
def test_places_opening_with_pronoun_characters(text, names):
    assert [u.text for u in find_units(text)] == names


# ------------------------------------------------------------ GW301: a State Council department's deployment
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, fires", [("", True), ("按照文化和旅游部统一部署，", False)])
def test_evaluation_deployed_by_a_ministry(fmt, lead, fires, tmp_path):
    body = [f"{lead}省文化和旅游厅将于10月对各设区市人民政府旅游度假区管理工作开展评估，评估结果在全省通报。"]
    src = _doc("江西省文化和旅游厅", "各设区市人民政府：", body, title="关于开展旅游度假区复核评估的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW301")) is fires


# ------------------------------------------------------------ GW102
_OWN_PLAN = """@doc_number 湘自然资发〔2026〕17号
@title 湖南省自然资源厅关于印发优化不动产登记服务实施方案的通知
@recipients 各市州自然资源和规划局，厅机关各处室：
现将《优化不动产登记服务实施方案》印发给你们，请认真贯彻执行。
@attachment_title 优化不动产登记服务实施方案
@heading2 （一）推行不动产登记“一窗受理”，年底前实现市县全覆盖，由厅不动产登记局负责。
@heading2 （二）加快不动产登记存量数据整合，{second}
@heading2 （三）建立登记服务满意度评价制度，由厅信息中心会同厅法规处负责。
@signature 湖南省自然资源厅
@date 2026年5月6日
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("有关单位要在9月底前完成数据质检。", True),
    ("由局对外合作处在9月底前完成数据质检，由厅对外合作处负责。", False),
])
def test_own_system_plan_with_divisions_inline(fmt, second, fires, tmp_path):
    found = _codes(_OWN_PLAN.replace("{second}", second), fmt, tmp_path, "GW102")
    assert bool(found) is fires


_THREE_FILES = """@doc_number 遵府办发〔2026〕33号
@title 遵义市人民政府办公室关于印发遵义市稻渔产业发展实施方案等文件的通知
@recipients 各县（市、区）人民政府，市直有关单位：
现将《遵义市稻渔产业发展实施方案》《遵义市稻渔产业发展资金管理办法》《遵义市稻渔品牌培育工作方案》印发给你们，请认真组织实施。
@attachment_note 附件：1.遵义市稻渔产业发展实施方案
@attachment_note 2.遵义市稻渔产业发展资金管理办法
@attachment_note 3.遵义市稻渔品牌培育工作方案
@attachment_label 附件1
@attachment_title 遵义市稻渔产业发展实施方案
1.新建稻渔综合种养基地2万亩。（责任单位：各县（市、区）人民政府，市农业农村局）
2.建设稻渔种苗繁育中心3个。（责任单位：市农业农村局）
@attachment_label 附件2
@attachment_title 遵义市稻渔产业发展资金管理办法
第一条　为规范稻渔产业发展资金管理，制定本办法。
第二条　本办法自印发之日起施行。
@attachment_label 附件3
@attachment_title 遵义市稻渔品牌培育工作方案
1.打造“遵义稻渔”区域公用品牌。（责任单位：市农业农村局、市市场监管局）
2.推广稻渔综合种养模式，年内带动农户增收1亿元。{note}
@signature 遵义市人民政府办公室
@date 2026年4月22日
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [("", True), ("（责任单位：市农业农村局）", False)])
def test_attachments_before_the_signature_are_checked(fmt, note, fires, tmp_path):
    src = _THREE_FILES.replace("{note}", note)
    assert bool(_codes(src, fmt, tmp_path, "GW102")) is fires
    assert _codes(src, fmt, tmp_path, "GW706") == []  # three attachments noted, three found

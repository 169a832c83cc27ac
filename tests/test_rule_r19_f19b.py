"""GW105 classes fixed by f19b in round 19, in other phrasings than the drafts that showed them:

- Those inspected, counted (对全县12个乡镇人民政府……开展考核; 对三个区人民政府……进行评估), are concerned by the
  document: 个 after a number is a measure word, no part of a township's name, and a number in Chinese characters
  counts as one in digits.
- The townships' own organs, as a collective with listed or bracketed levels (各镇、街道安全生产监管机构; 各乡镇（街道）
  社会事务办公室), doing work: work of the township level; a township hospital (各乡镇卫生院) is no such organ.
- A clause whose opening 全省/全市 qualifies a thing (全省高速公路预计日均车流量……) and a facility (加油站, 充电站)
  are no doers; 全县 itself as the subject (全县新增……) still is the whole area.
- A one-cell-a-line (.txt) table whose header holds a quoted column name (“跨省通办”事项) is read with its whole
  header, like the .docx/.pdf table.
- 现将有关安排通知如下 is a formula, no order; a ……的 topic set off before a 由 clause (需要县区配合的事项，由我局……)
  orders nobody; 需要/涉及 opens no place name.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import find_units

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, number: str = "某发〔2026〕8号") -> str:
    lines = [f"@doc_number {number}", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ counted inspected governments
@pytest.mark.parametrize("text, unit", [
    ("对全县12个乡镇人民政府开展考核", "乡镇人民政府"),
    ("对三个乡镇人民政府开展考核", "乡镇人民政府"),
    ("三河镇人民政府负责", "三河镇人民政府"),
])
def test_a_measure_word_is_no_part_of_a_township_name(text, unit):
    assert [u.text for u in find_units(text) if u.kind == "government"] == [unit]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("县农业农村局将于12月对全县15个乡镇人民政府农村人居环境整治工作开展年度考核，考核结果排名通报。", False),
    ("县农业农村局将于12月对三个乡镇人民政府农村人居环境整治工作开展年度考核，考核结果排名通报。", False),
    ("县农业农村局将于12月对全县15个农民专业合作社开展年度评估，评估结果由县农业农村局公布。", True),
])
def test_gw105_counted_inspected_governments_are_concerned(sentence, fires, fmt, tmp_path):
    body = ["按照县政府年度督查检查考核计划（已报县政府办公室备案），现将有关事项通知如下。", sentence,
            "联系人：王刚，电话：0943-3221836。"]
    found = _codes(_doc("会宁县农业农村局", "各乡镇人民政府：", body, "关于开展2026年度考核的通知"), fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ the townships' own organs
@pytest.mark.parametrize("text, unit", [
    ("各街道、镇安全监管机构按照属地原则组织排查", "各街道、镇安全监管机构"),
    ("各乡镇（街道）安监站要开展巡查", "各乡镇（街道）安监站"),
    ("各镇、街道综合行政执法队负责", "各镇、街道综合行政执法队"),
])
def test_township_collective_organs_are_township_units(text, unit):
    found = [u for u in find_units(text) if u.text == unit]
    assert found and found[0].reaches == ("township",), find_units(text)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各镇、街道安全生产监管机构按照属地原则组织检查，发现隐患当场交办物业服务企业整改。", False),
    ("各乡镇（街道）应急管理办公室在7月底前组织辖区企业完成自查。", False),
    ("各镇、街道派出所按照属地原则组织检查，发现隐患当场交办物业服务企业整改。", True),
    ("区应急管理局执法大队按照属地原则组织检查，发现隐患当场交办物业服务企业整改。", True),
])
def test_gw105_township_organs_doing_work_is_township_work(sentence, fires, fmt, tmp_path):
    body = ["入汛以来降雨偏多，区应急管理局决定开展汛期地下空间安全检查。", "@heading1 一、检查内容",
            "排水设施运行、挡水板配备和疏散通道畅通情况。", "@heading1 二、检查方式", sentence,
            "联系人：陈斌，电话：025-52718834。"]
    found = _codes(_doc("江宁区应急管理局", "各镇人民政府、街道办事处：", body, "关于开展汛期地下空间安全检查的通知"),
                   fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ 全省 qualifying a thing; facilities
_HOLIDAY = ["@heading1 一、路况信息发布", "省交通运输厅每两小时通过公众号发布路况信息。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["国庆假期全省高速公路预计日均车流量达98万辆次，现将有关事项通知如下。", *_HOLIDAY], True),
    (["现将国庆假期高速公路服务保障有关事项通知如下。", *_HOLIDAY, "@heading1 二、加油充电",
      "加油站储备油品不少于平日的2倍，充电站安排专人引导排队。"], True),
    (["现将国庆假期高速公路服务保障有关事项通知如下。", *_HOLIDAY, "@heading1 二、充电设施",
      "全省今年新增服务区充电桩500个。"], False),
    (["现将国庆假期高速公路服务保障有关事项通知如下。", *_HOLIDAY, "@heading1 二、现场疏导",
      "全省各级路政人员在收费站广场疏导车辆。"], False),
])
def test_gw105_whole_area_qualifying_things_and_facilities(lines, fires, fmt, tmp_path):
    # a government office's notice: its headings make it no informing notice, what its sentences ask decides
    found = _codes(_doc("江西省人民政府办公厅", "各设区市人民政府，省直有关部门：", lines, "关于做好国庆假期高速公路服务保障的通知"),
                   fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ a quoted column name in a one-cell-a-line table
def _list(rows: list[str]) -> str:
    return _doc("洛阳市人民政府办公室", "各区人民政府，市直有关部门：",
                ["经市政府同意，现将《洛阳市第二批“跨省通办”事项清单》印发给你们，请认真组织实施。",
                 "附件：洛阳市第二批“跨省通办”事项清单", "@page_break", "@attachment_label 附件",
                 "@attachment_title 洛阳市第二批“跨省通办”事项清单", "@table 序号|“跨省通办”事项|牵头单位|完成时限", *rows],
                "关于印发洛阳市第二批“跨省通办”事项清单的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, fires", [
    (["@table 1|社保关系转移接续|市人社局|2026年9月", "@table 2|机动车驾驶证补换领|市公安局|2026年10月"], True),
    (["@table 1|社保关系转移接续|市人社局|2026年9月", "@table 2|便民服务站点延伸到村（社区）|各区人民政府|2026年10月"], False),
])
def test_gw105_quoted_column_name_in_a_flattened_table(rows, fires, fmt, tmp_path):
    found = _codes(_list(rows), fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ formulas and topics that order nobody
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("liaison, fires", [
    ("需要县区配合的检查事项，由我局执法支队与各县（区）应急管理局直接对接，不另行发文。", True),
    ("涉及县区的检查事项，由我局执法支队与各县（区）应急管理局直接对接，不另行发文。", True),
    ("需要县区配合的检查事项，由各县（区）人民政府组织落实。", False),
])
def test_gw105_formula_and_topic_before_a_you_clause(liaison, fires, fmt, tmp_path):
    body = ["为防范危险化学品安全风险，我局决定于5月至7月开展专项检查。现将有关安排通知如下。", "@heading1 一、检查方式",
            "我局委托具有资质的安全技术服务机构参与检查，检查费用由我局承担。" + liaison,
            "@heading1 二、结果处理", "检查结果由我局在门户网站公布。", "联系人：刘畅，电话：0710-3512706。"]
    found = _codes(_doc("襄阳市应急管理局", "各县（区）人民政府，市直有关部门：", body, "关于开展危险化学品专项检查的通知"),
                   fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ an event the issuer holds, described item by item
_FAIR = ["@heading1 一、活动内容", "（一）非遗市集。组织100家非遗工坊现场展销，设立手工体验区。",
         "（二）展演活动。安排传统戏曲曲艺每日演出两场。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, opening, tail, fires", [
    ("关于举办2026年非遗购物节的通知", "为促进文旅消费，现将非遗购物节有关事项通知如下。", [], True),
    ("关于2026年非遗购物节有关事项的通知", "我厅定于6月10日至16日在杭州举办2026年非遗购物节，现将有关事项通知如下。", [], True),
    # a plan's items are its tasks
    ("关于2026年非遗购物节活动方案的通知", "我厅定于6月10日至16日在杭州举办2026年非遗购物节，现将活动方案通知如下。", [], False),
    # the issuer holds no event: a notice asking for one to be carried out
    ("关于开展2026年非遗宣传展示活动的通知", "为促进非遗保护传承，现将非遗宣传展示活动有关事项通知如下。", [], False),
    # a section of requirements is no description of the event
    ("关于举办2026年非遗购物节的通知", "为促进文旅消费，现将非遗购物节有关事项通知如下。",
     ["@heading1 二、工作要求", "加强现场安全管理，落实应急疏散预案。"], False),
])
def test_gw105_items_describing_the_issuers_own_event(title, opening, tail, fires, fmt, tmp_path):
    found = _codes(_doc("浙江省文化和旅游厅", "各市人民政府，省直有关部门：", [opening, *_FAIR, *tail,
                                                           "联系人：钱敏，电话：0571-87053126。"], title),
                   fmt, tmp_path, "GW105")
    assert bool(found) is fires, [f.message for f in found]

"""Classes the lead fixed in round 21 (holdout24r's leftovers, read after its measurement), in other phrasings:

- GW201: a notice printing the issuer's own meeting plan (关于印发……会议方案/日程安排/筹备方案的通知) convenes the
  meeting the plan names; its 会议时间 stands in the plan (a field, or the first dated row of a 时间 | 议程 table,
  where a clock time 9:00 is a cell, not a label).  A printed 纪要 is no plan; a forwarded plan is another's.
- GW105: a zone coordinated with the governments in one subject (各设区市、赣江新区、各县（市、区）人民政府要……)
  leaves every government in the list its subject; a frequency after a verb (通报一次|各市进展) makes the unit its
  object; collectives competing for a title (先进县（市、区）评比, 示范乡镇评选) are concerned by the document;
  an evaluation's scoring (打分, 评分) ranks nobody where ranking and reporting are waived in words.
- GW106: a bare 上传 of a report-like material by a date (12月15日前上传年度工作总结) is a submission.
- GW501: stock shapes of closing 工作要求 paragraphs (大力营造……氛围, 摆上重要议事日程, 开创……新局面).
- GW805: a formula's noun written wrongly after its own verb (做到“两个拥护”, 坚定“四个信心”).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: str = "2027年2月20日",
         tail: list[str] = ()) -> str:
    lines = ["@doc_number x字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", f"@date {date}", *tail]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW201: a printed meeting plan
def _plan(title_what: str, plan: list[str], verb: str = "印发") -> str:
    return _doc("四川省经济和信息化厅", "各市（州）经济和信息化局：",
                [f"现将《{title_what}》{verb}给你们，请认真做好参会准备。", f"@attachment_note 附件：{title_what}"],
                f"关于{verb}{title_what}的通知",
                tail=["@attachment_label 附件", f"@attachment_title {title_what}", *plan])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title_what, plan, fires", [
    ("全省工业园区提质增效推进会议方案", ["一、会议时间：2027年3月16日。", "二、会议地点：绵阳市。"], True),
    ("全省工业园区提质增效推进会议日程安排",
     ["@table 时间|议程|主持人", "@table 3月16日上午9:30|通报全省园区发展情况|厅办公室",
      "@table 3月16日上午11:00|交流发言|园区处"], True),
    ("全省工业园区提质增效推进会议筹备方案", ["一、会议时间：2027年4月8日。", "二、会议地点：绵阳市。"], False),
    ("全省工业园区提质增效推进会议纪要", ["会议时间：2027年3月2日。", "会议听取了各市（州）工作汇报。"], False),
])
def test_gw201_printed_meeting_plan(title_what, plan, fires, fmt, tmp_path):
    found = _codes(_plan(title_what, plan), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: subject lists, objects, contests, scores
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing, fires", [
    ("各市、兰州新区、各县（市、区）人民政府要于9月底前完成老旧管网排查。", False),
    ("各州（市）、滇中新区、各县（市、区）人民政府要把这项工作纳入年度重点工作。", False),
    ("各市州、兰州新区管委会要于9月底前完成老旧管网排查。", True),
    ("省住房城乡建设厅每季度通报一次各市州进展。", True),
])
def test_gw105_zone_in_subject_and_frequency(closing, fires, fmt, tmp_path):
    src = _doc("甘肃省人民政府办公厅", "各市、自治州人民政府，兰州新区管委会，各县（市、区）人民政府，省政府各部门：",
               ["经省政府同意，现就城市老旧管网更新改造有关事项通知如下。",
                "一、省住房城乡建设厅负责制定年度改造计划。", "二、省财政厅负责统筹安排补助资金。",
                "三、各市州要于6月底前完成本地改造项目清单编制。", closing],
               "关于做好城市老旧管网更新改造工作的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body, fires", [
    ("关于开展2027年度平安建设先进乡镇（街道）评选的通知",
     ["为表彰先进，我局决定开展2027年度平安建设先进乡镇（街道）评选。", "评选由我局组织专家综合评定，结果报县委政法委审定。"],
     False),
    ("关于开展2027年度民宿服务质量评价的通知",
     ["我局委托专业机构以住客身份体验全县民宿，按卫生、安全、服务三项打分。",
      "本次评价无需各乡镇提供任何材料，结果不排名、不通报，只反馈民宿经营者自行改进。"], True),
    ("关于开展2027年度民宿服务质量评价的通知",
     ["我局委托专业机构以住客身份体验全县民宿，按卫生、安全、服务三项打分。", "评价无需各乡镇提供材料。"], False),
])
def test_gw105_contest_and_scored_evaluation(title, body, fires, fmt, tmp_path):
    src = _doc("宁都县文化广电新闻出版旅游局", "各乡镇人民政府：", body, title)
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a bare upload of a report by a date
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各县（区）农业农村局要在11月30日前上传本年度秸秆禁烧工作总结。", True),
    ("请各县（区）农业农村局每季度末上传工作台账。", True),
    ("各县（区）农业农村局要及时上传巡查照片。", False),
    ("各县（区）农业农村局要及时上传本年度秸秆禁烧工作总结。", False),
])
def test_gw106_bare_upload_of_report(sentence, fires, fmt, tmp_path):
    src = _doc("宿州市农业农村局", "各县（区）农业农村局：", ["为做好秸秆禁烧工作，现就有关事项通知如下。", sentence],
               "关于做好2027年秸秆禁烧工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW805: a formula's noun after its verb
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("引导党员干部增强“四个意识”、坚定“四个信心”、做到“两个维护”。", True),
    ("引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个拥护”。", True),
    ("引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”。", False),
    ("做到两个拥有、两个服从的要求在本单位落实。", False),
])
def test_gw805_formula_noun(sentence, fires, fmt, tmp_path):
    src = _doc("中共某市委组织部", "各县（区）委组织部：", ["为加强基层党组织建设，现就有关事项通知如下。", sentence],
               "关于举办基层党组织书记培训班的通知")
    found = _codes(src, fmt, tmp_path, "GW805")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: an inspection told as held launches nothing
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("2026年，我厅对各设区市人民政府农村供水工作开展了考核，现将结果通报如下。", False),
    ("去年，我厅委托第三方对各设区市人民政府农村供水工作进行过评估，结果已反馈。", False),
    ("今年，我厅将对各设区市人民政府农村供水工作开展考核，结果排名通报。", True),
])
def test_gw301_held_inspection_told(sentence, fires, fmt, tmp_path):
    src = _doc("江西省水利厅", "各设区市人民政府：", [sentence, "请各地对照问题抓好整改。"],
               "关于农村供水工作有关情况的通报", date="2027年1月20日")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: measures as paragraphs each closed by a note
def _measures_doc(second: list[str]) -> str:
    return _doc("泉州市人民政府办公室", "市直有关单位：",
                ["《支持外贸稳规模优结构若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。"],
                "关于印发支持外贸稳规模优结构若干措施的通知", date="2027年3月9日",
                tail=["@attachment_title 支持外贸稳规模优结构若干措施", "为推动全市外贸稳规模优结构，制定以下措施。",
                      "@heading1 一、支持开拓市场", "对企业参加境外展会的，按展位费的50%给予补助。（市商务局负责）",
                      "对新开辟国际航线的，给予航空公司运营补贴。（市交通运输局、市财政局负责）",
                      "@heading1 二、支持新业态", *second,
                      "@heading1 三、强化金融服务", "对出口信用保险保费给予30%补助。（市商务局、市财政局负责）"])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    (["支持建设跨境电商海外仓，对新认定的公共海外仓给予一次性奖励。", "对市场采购贸易主体给予奖励。（市商务局负责）"], True),
    (["对市场采购贸易主体给予奖励。（市商务局负责）", "支持建设跨境电商海外仓，对新认定的公共海外仓给予一次性奖励。"], True),
    (["市商务局对新认定的公共海外仓给予一次性奖励。", "对市场采购贸易主体给予奖励。（市商务局负责）"], False),
    (["对新认定的公共海外仓给予一次性奖励。（市商务局负责）", "对市场采购贸易主体给予奖励。（市商务局负责）"], False),
])
def test_gw102_paragraph_measures(second, fires, fmt, tmp_path):
    found = _codes(_measures_doc(second), fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ read after holdout25r's measurement
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, code, fires", [
    ("各县（区）人民政府不准挤占挪用农村公路养护资金。", "GW104", True),
    ("各县（区）人民政府不得挤占挪用农村公路养护资金。", "GW104", True),
    ("县（区）交通运输局不准挤占挪用农村公路养护资金。", "GW104", False),
    ("深入学习贯彻党的二十届三全会精神，加快农村公路提档升级。", "GW805", True),
    ("深入学习贯彻党的二十届三中全会精神，加快农村公路提档升级。", "GW805", False),
])
def test_holdout25r_read_leftovers(sentence, code, fires, fmt, tmp_path):
    src = _doc("安徽省交通运输厅", "各县（区）人民政府，各县（区）交通运输局：", ["为加强农村公路养护管理，现就有关事项通知如下。", sentence],
               "关于加强农村公路养护资金管理的通知", date="2027年5月8日")
    found = _codes(src, fmt, tmp_path, code)
    assert bool(found) == fires, [f.message for f in found]

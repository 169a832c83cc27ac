"""Classes the lead fixed in round 17, in other phrasings than the drafts that showed them:

- GW105: those a document evaluates are idle (the document goes too wide) where it says they need do nothing and
  nothing is ranked. An inspection (督查、检查、暗访、考核) judges those it inspects, so there the text must also
  waive ranking; an evaluation by data (评估、评价) that never mentions ranking ranks nobody.
- GW202: an organ the 主送 names by itself beside the collectives (各市（州）卫生健康委，梅河口市卫生健康委；
  航空港区城乡建设局) is one of the issuer's own recipients: asking its people to the meeting pulls no level deeper.
- GW303: a reducer inside the name of the activity a launch verb governs (开展防止返贫……调研督导) reduces nothing;
  a grading word among the matters the activity looks into (一、了解内容 …… 摊派考核的情况) grades nobody.
- Numbered items: an item whose text opens with a date (4.10月底前……) is item 4, not the number 4.10, so GW705
  sees no gap; a paragraph opening with a decimal (3.5亿元……) is still no item.
- GW401: an inspection tour of a people's congress or leaders (视察) is a visit like research; asking the visited
  side to stage stops (讲解点) or lay on a meal (午餐、工作餐) is reception.
- GW102: more roles name one unit per case (由决策承办部门负责, 由项目属地镇（街道）负责, 由行业主管部门负责);
  有关/相关 before them still names nobody.
- GW107: a practice reported in order to stop it (部分单位将专报直接送市政府领导……为规范……) asks nothing.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_h17a_classes import _measure_findings, _points


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW105: an inspection that waives materials only
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    ("广西壮族自治区林业局", "各市人民政府：", "关于开展林长制落实情况暗访的通知",
     ["自治区林业局将于9月对各市及所辖县（市、区）人民政府落实林长制情况开展暗访。",
      "暗访采取随机抽取林班、实地查看的方式，不召开座谈会，不要求各地准备汇报材料。"]),
    ("山东省水利厅", "各市人民政府：", "关于开展河湖管理保护专项督查的通知",
     ["省水利厅决定于10月对各市人民政府河湖管理保护工作开展专项督查。",
      "督查以实地查看为主，不听取汇报，无需各市提供书面材料。"]),
])
def test_gw105_inspection_without_ranking_waiver_concerns_the_inspected(fmt, issuer, recipients, title, body,
                                                                        tmp_path):
    assert _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    # the same inspection, ranking waived in words: the inspected have nothing to do with the document
    ("山东省水利厅", "各市人民政府：", "关于开展河湖管理保护专项督查的通知",
     ["省水利厅决定于10月对各市人民政府河湖管理保护工作开展专项督查。",
      "督查以实地查看为主，不听取汇报，无需各市提供书面材料，督查结果不排名、不通报。"]),
    # an evaluation by platform data that never speaks of ranking
    ("河南省自然资源厅", "各省辖市人民政府：", "关于开展耕地保护成效评价的通知",
     ["省自然资源厅将于11月委托第三方机构，依据国土变更调查平台数据，对各省辖市耕地保护成效进行评价，"
      "不到现场、不要求提供材料。"]),
])
def test_gw105_evaluation_that_burdens_and_ranks_nobody_goes_too_wide(fmt, issuer, recipients, title, body,
                                                                      tmp_path):
    assert len(_codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW105")) == 1


# ------------------------------------------------------------ GW202: single organs addressed in the 主送
_MEETING = ["为推进全省{topic}工作，定于2026年10月15日在省会召开全省{topic}工作推进会。",
            "参会人员：{who}",
            "请于10月10日前将参会回执发送至联系人邮箱。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, topic, who", [
    ("吉林省卫生健康委员会", "各市（州）卫生健康委，长白山管委会卫生健康局，梅河口市卫生健康委：", "家庭医生签约服务",
     "各市（州）卫生健康委、梅河口市卫生健康委分管副主任和基层卫生科科长各1人。"),
    ("河南省文化和旅游厅", "各省辖市文化广电和旅游局，济源示范区文化旅游局，航空港区文化旅游局：", "文旅消费",
     "各省辖市文化广电和旅游局、济源示范区文化旅游局分管负责同志1人，航空港区文化旅游局负责同志1人。"),
])
def test_gw202_organs_the_recipients_name_alone_are_no_deeper_level(fmt, issuer, recipients, topic, who, tmp_path):
    body = [x.format(topic=topic, who=who) for x in _MEETING]
    assert _codes(_doc(issuer, recipients, body, f"关于召开全省{topic}工作推进会的通知"), fmt, tmp_path, "GW202") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw202_counties_beside_the_addressed_cities_are_still_deeper(fmt, tmp_path):
    body = [x.format(topic="家庭医生签约服务", who="各市（州）、县（市、区）卫生健康委主要负责同志和分管负责同志。")
            for x in _MEETING]
    found = _codes(_doc("吉林省卫生健康委员会", "各市（州）卫生健康委，梅河口市卫生健康委：", body,
                        "关于召开全省家庭医生签约服务工作推进会的通知"), fmt, tmp_path, "GW202")
    assert len(found) == 1


# ------------------------------------------------------------ GW303: research under an inspection's name
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, first", [
    ("关于开展防止返贫致贫风险排查调研督导的通知",
     "省农业农村厅将于7月组织4个小组，赴部分县开展防止返贫致贫风险排查调研督导，入户走访，不听汇报。"),
    ("关于开展杜绝餐饮浪费专项行动检查指导的通知",
     "市商务局将于8月派员深入部分县区开展杜绝餐饮浪费专项行动检查指导，与餐饮企业座谈，不要求陪同。"),
])
def test_gw303_reducer_inside_the_launched_name_reduces_nothing(fmt, title, first, tmp_path):
    found = _codes(_doc("某省农业农村厅", "各市农业农村局：", [first, "联系人：王敏，电话：0871-6300123。"], title),
                   fmt, tmp_path, "GW303")
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_grading_words_among_the_matters_looked_into_grade_nobody(fmt, tmp_path):
    body = ["为深入了解基层减负措施落地情况，听取乡镇干部的意见建议，市委编办将于9月派出工作人员到部分乡镇走访，"
            "与乡镇干部座谈。现将有关事项通知如下。",
            "@heading1 一、了解内容", "（一）乡镇履行职责事项清单执行情况。",
            "（二）上级部门向乡镇下派考核、评比和报表的情况。",
            "@heading1 二、工作方式", "工作人员直接到乡镇，不要求县级部门陪同。"]
    found = _codes(_doc("某市机构编制委员会办公室", "各县（区）机构编制委员会办公室：", body,
                        "关于开展乡镇减负工作督导的通知"), fmt, tmp_path, "GW303")
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_grading_outside_the_matters_still_makes_an_inspection(fmt, tmp_path):
    body = ["为深入了解基层减负措施落地情况，听取乡镇干部的意见建议，市委编办将于9月派出工作人员到部分乡镇走访，"
            "与乡镇干部座谈。现将有关事项通知如下。",
            "@heading1 一、了解内容", "（一）乡镇履行职责事项清单执行情况。",
            "@heading1 二、结果运用", "督导结果按县（区）排名，纳入年度考核。"]
    found = _codes(_doc("某市机构编制委员会办公室", "各县（区）机构编制委员会办公室：", body,
                        "关于开展乡镇减负工作督导的通知"), fmt, tmp_path, "GW303")
    assert found == []


# ------------------------------------------------------------ numbered items opening with a date
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("items", [
    ["@heading1 一、排查内容", "1.堤防险工险段是否落实巡查责任人。", "2.水库溢洪道是否畅通。",
     "@heading1 二、时间安排", "3.6月15日前，各县（区）水利局完成自查。", "4.7月1日起，市水利局组织抽查。"],
    ["1.各乡镇卫生院完成疫苗冷链设备检查。", "2.11月底前，县疾控中心完成接种门诊评估。",
     "3.12月5日前，县卫生健康局汇总评估结果。"],
])
def test_gw705_items_opening_with_a_date_keep_their_numbers(fmt, items, tmp_path):
    body = ["为做好相关工作，现将有关事项通知如下。", *items]
    assert _codes(_doc("某市水利局", "各县（区）水利局：", body, "关于开展汛前检查的通知"), fmt, tmp_path,
                  "GW705") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw705_a_gap_before_a_dated_item_is_still_a_gap(fmt, tmp_path):
    body = ["为做好相关工作，现将有关事项通知如下。", "1.堤防险工险段是否落实巡查责任人。",
            "3.6月15日前，各县（区）水利局完成自查。"]
    found = _codes(_doc("某市水利局", "各县（区）水利局：", body, "关于开展汛前检查的通知"), fmt, tmp_path, "GW705")
    assert len(found) == 1


# ------------------------------------------------------------ GW107: a reported practice
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("told", [
    "近期，部分单位把专报信息直接呈送市政府分管副市长，数据口径不一。为规范报送程序，现就有关事项通知如下。",
    "据反映，有的部门将调研报告直接报送县政府主要领导，未经县政府办公室审核。为此，现通知如下。",
])
def test_gw107_practice_reported_to_stop_it_asks_nothing(fmt, told, tmp_path):
    body = [told, "一、各单位报送市政府的专报信息，统一由市政府办公室审核后呈报。"]
    assert _codes(_doc("某市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", body,
                       "关于规范专报信息报送工作的通知"), fmt, tmp_path, "GW107") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw107_the_same_notice_asking_it_still_fires(fmt, tmp_path):
    body = ["为及时掌握项目进展，现就有关事项通知如下。", "一、各牵头单位每月5日前将项目进展直接报送市政府分管副市长。"]
    found = _codes(_doc("某市发展和改革委员会", "市直各有关单位：", body, "关于报送重点项目进展的通知"), fmt, tmp_path,
                   "GW107")
    assert len(found) == 1


# ------------------------------------------------------------ GW401: 视察
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("ask", [
    "请各有关县（区）在视察点位安排讲解员，并在园区食堂安排视察组工作餐。",
    "视察期间，请所到乡镇安排好讲解点，中午统一安排午餐。",
])
def test_gw401_inspection_tour_with_reception_fires(fmt, ask, tmp_path):
    body = ["市人大常委会视察组拟于10月22日视察我市农村人居环境整治情况。现将准备工作通知如下。",
            f"一、{ask}", "二、视察组直接察看现场，不召开汇报会。"]
    found = _codes(_doc("某市农业农村局", "各县（区）农业农村局：", body, "关于做好市人大常委会视察准备工作的通知"),
                   fmt, tmp_path, "GW401")
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw401_inspection_tour_that_asks_nothing_is_quiet(fmt, tmp_path):
    body = ["市人大常委会视察组拟于10月22日视察我市农村人居环境整治情况。现将有关事项通知如下。",
            "一、视察组直接察看现场、随机走访农户，食宿自理，不安排陪同，不召开汇报会。"]
    assert _codes(_doc("某市农业农村局", "各县（区）农业农村局：", body, "关于市人大常委会视察有关事项的通知"),
                  fmt, tmp_path, "GW401") == []


# ------------------------------------------------------------ GW102: units named by their role
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["（由决策承办部门负责）", "（由项目属地镇（街道）负责）", "（由行业主管部门负责）",
                                  "（由许可受理部门具体负责）"])
def test_gw102_more_roles_name_one_unit(fmt, note, tmp_path):
    assert _codes(_points(note), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["（由有关主管部门负责）", "（由有关审批部门负责）"])
def test_gw102_roles_after_a_collective_word_name_nobody(fmt, note, tmp_path):
    assert _measure_findings(_codes(_points(note), fmt, tmp_path, "GW102")) == [2]

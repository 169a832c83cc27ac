"""Classes the lead fixed in round 17, in other phrasings than the drafts that showed them:

- GW105: those a document evaluates are idle (the document goes too wide) where it says they need do nothing and
  nothing is ranked. An inspection (督查、检查、暗访、考核) judges those it inspects, so there the text must also
  waive ranking; an evaluation by data (评估、评价) that never mentions ranking ranks nobody.
- GW202: an organ the 主送 names by itself beside the collectives (各市（州）卫生健康委，梅河口市卫生健康委；
  航空港区城乡建设局) is one of the issuer's own recipients: asking its people to the meeting pulls no level deeper.
- GW303: a reducer inside the name of the activity a launch verb governs (开展防止返贫……调研督导) reduces nothing;
  a grading word among the matters the activity looks into (一、了解内容 …… 摊派考核的情况) grades nobody.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


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

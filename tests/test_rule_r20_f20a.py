"""Classes f20a fixed in round 20, in other phrasings than the drafts that showed them:

- GW102: a unit cell or note that names only "the parties" (各有关方面, 相关方面, 有关各方, 相关职能部门,
  有关责任单位) is as generic as 有关部门: nobody answers for the task.
- GW107: a leader named by a tie to the task (挂钩市领导, 包保县级领导, 联系该项目的省领导) is still a government
  leader; the office of a leader written 分管市领导/挂钩县领导 is that level's office.
- GW709: a second matter asked in a section whose heading names it (二、关于……的问题) is shown at that heading,
  where the reader sees the matter open; 增核 (编制) is an ask verb.
- GW804: a two-digit year before a part of that year other than a month (27年春耕前, 26年三季度, 27年汛期) is a
  shortened year; a count of years (连续12年春节期间, 50年一遇) is not.
- GW805: the party congress is counted by 次 and is no 人民代表大会; a Central Committee by 届; the short forms
  take no 第 (党的二十大, 二十届三中全会).
- GW806: a character opening two cities of one province, doubled in a string of city abbreviations before a
  region word (宜荆荆都市圈, 武鄂黄黄都市区), names both cities; a typo beside it is still reported.
- GW704: a 通知 of a department whose 正文 opens by hailing the public (全县各生猪养殖户，……; 尊敬的旅客朋友们，……)
  is written to the public and may go without a 主送.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_lead20_classes import _doc


# ------------------------------------------------------------ GW102: "the parties" as a responsible unit
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit, fires", [
    ("各有关方面", True),
    ("有关各方", True),
    ("相关职能部门", True),
    ("市住房和城乡建设局", False),
    ("市住房和城乡建设局等相关方面", False),
])
def test_gw102_parties_as_unit(unit, fires, fmt, tmp_path):
    src = _doc("上饶市人民政府办公室", "各县（市、区）人民政府，市政府各部门：",
               ["《上饶市城市更新三年行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
                "@attachment_title 上饶市城市更新三年行动方案", "为推进城市更新，制定本方案。",
                "@heading1 一、重点任务",
                "@table 序号|重点任务|责任单位|完成时限",
                "@table 1|改造城镇老旧小区120个|各县（市、区）人民政府|2026年12月底前",
                f"@table 2|推进城市地下管网更新改造|{unit}|2027年6月底前",
                "@table 3|建设城市口袋公园20个|市城市管理局|2026年10月底前"],
               "关于印发上饶市城市更新三年行动方案的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW102") if f.line is not None]
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW107: a leader named by a tie to the task
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, office", [
    ("各县（区）每月5日前将项目进展直接报送挂钩市领导。", "市政府办公室"),
    ("各县（区）每月5日前将项目进展报送联系该项目的市领导。", "市政府办公室"),
    ("各县（区）每月5日前将项目进展呈送包保县级领导。", "县（区）政府办公室"),
    ("各县（区）每月5日前将项目进展报送分管市领导。", "市政府办公室"),
    ("各县（区）每月5日前将项目进展报市政府办公室汇总后呈送挂钩市领导。", None),
    ("挂钩市领导每季度到项目现场调度一次。", None),
])
def test_gw107_leader_by_tie(sentence, office, fmt, tmp_path):
    src = _doc("九江市工业和信息化局", "各县（市、区）工业和信息化局：",
               ["经市政府同意，决定对重点技改项目实行市领导挂钩帮扶。现将有关事项通知如下。", sentence],
               "关于建立重点技改项目挂钩帮扶机制的通知")
    found = _codes(src, fmt, tmp_path, "GW107")
    assert bool(found) == (office is not None), [f.message for f in found]
    if office:
        assert f"请改为报送{office}" in found[0].message


# ------------------------------------------------------------ GW709: the second matter at its section's heading
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, where", [
    (["@heading1 二、关于县图书馆新馆建设用地的问题", "新馆需新增建设用地20亩，恳请市政府在预留指标中统筹安排。"],
     "二、关于县图书馆新馆建设用地的问题"),
    (["@heading1 二、县文化馆编制问题", "县文化馆现有编制9名，请求市政府增核事业编制6名。"], "二、县文化馆编制问题"),
    (["@heading1 二、其他情况", "全县文化场馆免费开放率达到100%。", "此外，请求市政府增核县文化馆事业编制6名。"],
     "请求市政府增核"),  # no heading of its own: at the ask
    (["@heading1 二、关于文化惠民工程配套资金的问题", "恳请市政府将文化惠民工程配套资金纳入年度预算。"], None),
])
def test_gw709_second_matter_at_heading(second, where, fmt, tmp_path):
    src = "\n".join(["@doc_number 宜府文〔2026〕5号", "@title 宜丰县人民政府关于有关问题的请示", "@recipients 宜春市人民政府：",
                     "@heading1 一、关于文化惠民工程资金的问题",
                     "全县文化惠民工程总投资1200万元，恳请市政府安排补助资金400万元。", *second,
                     "妥否，请批示。", "@signature 宜丰县人民政府", "@date 2026年6月14日",
                     "@note （联系人：李××，电话：0795-2××××××）"]) + "\n"
    found = [f for f in _codes(src, fmt, tmp_path, "GW709") if "一文一事" in f.message]
    assert bool(found) == (where is not None), [f.message for f in found]
    if where:
        assert len(found) == 1 and found[0].excerpt == where, found[0].excerpt


# ------------------------------------------------------------ GW804: a short year before a part of the year
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("一、各县（区）27年春耕前完成高标准农田建设。", True),
    ("一、各县（区）于26年第三季度完成验收。", True),
    ("一、各县（区）务必在27年汛期到来之前完工。", True),
    ("一、该服务队已连续12年春节期间坚守一线。", False),
    ("一、堤防按50年一遇标准设防。", False),
])
def test_gw804_short_year_before_part(sentence, fires, fmt, tmp_path):
    src = _doc("某市人民政府办公室", "各县（区）人民政府：", ["现就有关事项通知如下。", sentence], "关于做好有关工作的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW804") if "年份不能简写" in f.message]
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW805: the names of the party's congress and plenums
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name, right", [
    ("党的第二十次全国人民代表大会", "第二十次全国代表大会"),
    ("中国共产党第二十届全国代表大会", "中国共产党第二十次全国代表大会"),
    ("党的二十次全国代表大会", "党的第二十次全国代表大会"),
    ("第二十次中央委员会第四次全体会议", "第二十届中央委员会"),
    ("党的第二十大", "党的二十大"),
    ("党的二十大", None),
    ("中国共产党第二十次全国代表大会", None),
    ("第二十届中央委员会第四次全体会议", None),
    ("第十四届全国人民代表大会第三次会议", None),
])
def test_gw805_party_congress_names(name, right, fmt, tmp_path):
    src = _doc("某县人民政府", "各乡镇人民政府：", [f"为深入贯彻{name}精神，现就有关事项通知如下。",
                                              "一、各乡镇要组织学习。"], "关于做好有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW805")
    assert bool(found) == (right is not None), [f.message for f in found]
    if right:
        assert f"应为“{right}”" in found[0].message


# ------------------------------------------------------------ GW806: city abbreviations sharing a character
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("phrase, fires", [
    ("宜荆荆都市圈", False),
    ("武鄂黄黄都市区", False),
    ("宜荆荆恩城市群", False),
    ("宜荆荆都市圈的的", True),
])
def test_gw806_city_abbreviations(phrase, fires, fmt, tmp_path):
    src = _doc("湖北省发展和改革委员会", "各市、州发展改革委：", [f"一、推进{phrase}协同发展，年内共建产业园区3个。"],
               "关于推进都市圈协同发展的通知")
    found = _codes(src, fmt, tmp_path, "GW806")
    assert bool(found) == fires, [f.message for f in found]
    assert all("“的的”" in f.message for f in found)


# ------------------------------------------------------------ GW704: a notice hailing the public
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening, fires", [
    ("全县各生猪养殖户，夏季高温高湿，疫病容易传播。现将有关防控事项告知如下。", False),
    ("尊敬的旅客朋友们，春运即将开始。现将有关服务措施告知如下。", False),
    ("本市各经营户：夏季用电高峰即将到来。现将有关事项告知如下。", False),
    ("为方便群众办事，现将有关事项通知如下。", True),
])
def test_gw704_notice_hailing_public(opening, fires, fmt, tmp_path):
    src = "\n".join(["@doc_number 沈农〔2026〕14号", "@title 沈丘县农业农村局关于做好夏季有关工作的通知", opening,
                     "一、做好消毒。场所每周至少消毒2次。", "二、发现异常情况，及时拨打县农业农村局电话0394-5211076。",
                     "@signature 沈丘县农业农村局", "@date 2026年6月5日"]) + "\n"
    found = [f for f in _codes(src, fmt, tmp_path, "GW704") if "应有主送机关" in f.message]
    assert bool(found) == fires, [f.message for f in found]

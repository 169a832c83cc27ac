"""Classes helper h18c fixed in round 18 (issue 15), in other phrasings than the drafts that showed them:

- GW105: a department's notice sectioned by topic headings on lines of their own (一、暂停时间 / 二、获奖情况)
  that asks nothing and names no lower unit only informs; 省级各部门 opening a clause in a province's notice is
  work at the issuer's own level; a government's own department running an evaluation that burdens and ranks
  nobody leaves the lower governments idle.  Words holding a task word's character (申请, 响应, 线上报名) ask nothing.
- GW107: a place named between the verb and the leader's title (报送九江市分管副市长, 直接呈送师市主要领导).
- GW301: the governments an award judges, named inside its name (……先进县（市、区）人民政府评比).
- GW303: the activity launched in the opening (……决定开展……督导。现将有关事项通知如下。) is what the notice is
  about, read against the aims and means told in its sections.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW105: an informing notice with topic headings
_PAUSE = ["因机房搬迁，市公积金服务大厅将暂停部分业务。现将有关事项通知如下。",
          "@heading1 一、暂停时间", "2026年7月3日至7月5日。",
          "@heading1 二、期间办理渠道", "期间缴存人可通过手机公积金APP申请提取，办理时限不变。",
          "@heading1 三、咨询方式", "咨询电话：12329。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_topic_headed_informing_notice_goes_too_wide(fmt, tmp_path):
    src = _doc("赣州市住房公积金管理中心", "各县（市、区）人民政府，市直各单位：", _PAUSE, "关于暂停部分业务办理的通知")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # a heading that is a task (做好……) makes the items a plan's
    [*_PAUSE[:5], "@heading1 三、做好解释工作", "各县（市、区）政务服务中心张贴告示。"],
    # the lower governments named in the notice's own words have a part in it
    [*_PAUSE, "各县（市、区）人民政府组织县级服务网点同步暂停受理。"],
    # a heading over a section that speaks of its own matters is read with what it asks (有关要求: 要)
    [*_PAUSE, "@heading1 四、有关要求", "暂停期间窗口工作人员参加业务培训。"],
])
def test_gw105_topic_headings_not_enough(body, fmt, tmp_path):
    src = _doc("赣州市住房公积金管理中心", "各县（市、区）人民政府，市直各单位：", body, "关于暂停部分业务办理的通知")
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_own_level_departments_by_grade(fmt, tmp_path):
    body = ["今年省级部门共精简办事材料800余份。现将有关情况通报如下。",
            "@heading1 一、存在问题", "个别部门精简后的材料清单未及时更新。",
            "@heading1 二、下一步工作", "省级各部门9月底前逐项更新办事指南。"]
    src = _doc("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：", body, "关于精简办事材料情况的通报")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1
    # the cities' work named beside it keeps them concerned
    body[-1] += "各市州人民政府同步完成本地区办事指南更新。"
    src = _doc("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：", body, "关于精简办事材料情况的通报")
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("waiver, fires", [
    ("监测不需要各乡镇提供任何资料，结果不排名、不通报。", True),
    ("监测不需要各乡镇提供任何资料，结果在全县排名通报。", False),
])
def test_gw105_government_department_evaluation(waiver, fires, fmt, tmp_path):
    body = ["县生态环境局将于10月依托空气质量自动监测站数据，对各乡镇秸秆禁烧成效开展监测评估。", waiver]
    src = _doc("崇义县人民政府", "各乡镇人民政府，县直各单位：", body, "关于开展秸秆禁烧成效监测评估的通知")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == (1 if fires else 0)


# ------------------------------------------------------------ GW107: a place before the leader's title
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, leader", [
    ("进展情况由局办公室每周一汇总后报送九江市分管副市长。", "九江市分管副市长"),
    ("各团场每月3日前将统计快报直接呈送师市主要领导。", "师市主要领导"),
])
def test_gw107_place_before_leader(line, leader, fmt, tmp_path):
    src = _doc("九江市农业农村局", "各县（市、区）农业农村局：", ["现就有关事项通知如下。", line], "关于做好统计工作的通知")
    found = _codes(src, fmt, tmp_path, "GW107")
    assert len(found) == 1 and found[0].data["leader"] == leader


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "实施方案报请九江市分管副市长审定后印发。",
    "进展情况报送九江市人民政府办公室，由办公室呈送分管副市长。",
    "进展情况报送局分管领导。",
])
def test_gw107_place_before_leader_near_misses(line, fmt, tmp_path):
    src = _doc("九江市农业农村局", "各县（市、区）农业农村局：", ["现就有关事项通知如下。", line], "关于做好统计工作的通知")
    assert _codes(src, fmt, tmp_path, "GW107") == []


# ------------------------------------------------------------ GW301: governments named inside an award
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("省生态环境厅决定开展2026年度大气污染防治工作先进县（市、区）人民政府评比，评出10个并通报表扬。", True),
    ("省生态环境厅决定开展2026年度大气污染防治工作先进集体和先进个人评选，由各市生态环境局推荐。", False),
])
def test_gw301_award_names_governments(line, fires, fmt, tmp_path):
    src = _doc("河南省生态环境厅", "各省辖市生态环境局：", [line], "关于开展大气污染防治评比的通知")
    assert len(_codes(src, fmt, tmp_path, "GW301")) == (1 if fires else 0)


# ------------------------------------------------------------ GW303: the activity launched in the opening
_OPENING = "为掌握农村寄递物流网点运营现状，市邮政管理局决定于8月组织开展农村寄递物流服务督导。现将有关事项通知如下。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("三、成果运用：汇总形成报告，为制定网点扶持政策提供参考。", True),
    ("三、结果运用：督导发现的问题，由属地限期整改，结果全市通报。", False),
])
def test_gw303_opening_names_the_activity(last, fires, fmt, tmp_path):
    body = [_OPENING, "一、时间安排：8月上旬，每个县半天。",
            "二、主要方式：走访村级寄递服务站，与站点负责人座谈，了解运营成本和派送困难情况。", last]
    src = _doc("景德镇市邮政管理局", "各县（市、区）邮政业发展中心：", body, "关于了解农村寄递网点运营情况的通知")
    assert len(_codes(src, fmt, tmp_path, "GW303")) == (1 if fires else 0)

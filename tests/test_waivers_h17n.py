"""One reading of "a demand waived by what stands before it" (gwlint.analysis.negation.waiver_before),
round 17 (h17n).  Before it, GW105's clause subjects, its pivots, its informing-notice reading, its
evaluation's no-burden and ranking readings and GW302's denied yardstick each kept a word list of their
own, so one sentence was waived for one reading and an order for another (暂不要求各县填报 handed the
counties work through the pivot 要求; 无需各设区市报送材料 was a burden the evaluation reading did not see;
不仅要/不定期/不得不 were waivers for the ranking and informing readings).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.analysis.inspections import yardstick_denied
from gwlint.analysis.negation import waiver_before

from .test_rule_h14w_classes import FORMATS, _codes, _doc


# ------------------------------------------------------------ the reading itself
@pytest.mark.parametrize("before, demand, kind", [
    ("不再要求各地", "报送", "lifting"),
    ("无需各县（市、区）", "报送", "lifting"),
    ("县级政府不必另行", "报送", "lifting"),
    ("自下月起取消各设区市", "填报", "lifting"),
    ("暂不要求各县", "填报", "declining"),
    ("本次不另行要求其", "提供", "declining"),
    ("不要求县（市、区）政府负责同志", "参会", "declining"),
    ("结果不予", "通报", "declining"),
])
def test_waiver_before_reads_the_waiver_and_its_kind(before, demand, kind):
    w = waiver_before(before + demand, len(before), recipient=True)
    assert w is not None and w.kind == kind


@pytest.mark.parametrize("before, demand", [
    ("各地不得不", "报送"),
    ("不仅要", "报送"),
    ("各县要不定期", "报送"),
    ("每季度不少于1次", "报送"),
    ("各设区市要不断", "完善"),
    ("各地不得", "报送"),  # a prohibition on the recipients: an order
])
def test_false_friends_and_prohibitions_on_the_recipients_waive_nothing(before, demand):
    assert waiver_before(before + demand, len(before), recipient=True) is None


def test_a_prohibition_waives_the_issuers_own_demand_only_when_asked():
    text = "不得要求各地报送"
    assert waiver_before(text, text.index("要求")) is None
    assert waiver_before(text, text.index("要求"), forbidding=True).kind == "forbidding"


@pytest.mark.parametrize("text, denied", [
    ("会议记录数量一律不作为考核依据", True),
    ("台账页数不再列为评分内容", True),
    ("照片张数不得纳入考核", True),
    ("照片数量作为考核依据", False),
    ("照片数量不断纳入考核", False),
])
def test_yardstick_denied_by_the_same_reading(text, denied):
    assert yardstick_denied(text) is denied


# ------------------------------------------------------------ GW105: the readings now agree
def _gw105(issuer: str, recipients: str, body: list[str], fmt: str, tmp_path) -> list:
    return _codes(_doc(issuer, recipients, body, "关于开展有关工作的通知"), fmt, tmp_path, "GW105")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # an evaluation the department does alone: the burden waived with the recipient named between
    ["省林业局将于8月利用卫星遥感影像，对各设区市森林督查图斑整改情况进行评价。",
     "评价无需各设区市提供材料，结果不排名、不通报，不纳入年度目标考核。"],
    ["省林业局将于9月委托第三方机构，对各设区市林长制落实情况进行评估。",
     "评估不到现场，也不必各设区市准备汇报材料，评估结果不予排名、不作通报。"],
    # a demand declined through the pivot 要求: nothing handed to the cities
    ["省林业局负责组织全省古树名木普查数据核对，核对工作由省林业调查规划院承担。",
     "核对所需数据从全省林草资源管理平台提取，暂不要求各设区市填报。"],
])
def test_gw105_waived_demands_leave_the_lower_governments_idle(body, fmt, tmp_path):
    assert len(_gw105("江西省林业局", "各设区市人民政府：", body, fmt, tmp_path)) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # a standing duty lifted: the cities must know
    ["为减轻基层负担，自2026年9月1日起，不再要求各设区市报送古树名木季度巡查表。",
     "巡查信息改由护林员通过全省林草巡护系统实时上传，省林业局统一汇总。"],
    ["自2026年9月1日起，取消各设区市林业有害生物月报，有关数据由省林业局从监测系统提取。"],
    # 不仅要……还要, 不定期, 不少于 are orders
    ["各设区市人民政府不仅要组织古树名木日常养护，还要不定期报送养护情况，每年不少于2次。",
     "省林业局负责技术指导。"],
    # an evaluation that burdens nobody but ranks them (不定期通报 is no 不 before 通报): they are concerned
    ["省林业局将于9月依据全省林长制信息系统数据，对各设区市林长制落实情况进行评估，不要求提供材料。",
     "评估结果不定期通报。"],
])
def test_gw105_lifted_duties_and_orders_that_look_negated_keep_the_cities(body, fmt, tmp_path):
    assert _gw105("江西省林业局", "各设区市人民政府：", body, fmt, tmp_path) == []

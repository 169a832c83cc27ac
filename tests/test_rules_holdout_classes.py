"""Classes of misses and false alarms found on the holdout set (tests/eval/holdout/), fixed as
classes: each test has positives and near-misses written apart from the holdout drafts.

GW106 报 before an office named by its short name; GW107 主送 written as a leader; GW202 a
section head (教研室主任) is no principal leader of the unit; GW301 inspecting in the
government's name whoever is inspected, and filing with a city government's office; GW302 the
evaluator named inside 作为…评判…的依据; GW303 an inspection that by its own account judges
nothing; GW401 demands in the paragraph right after the one announcing the visit.
"""
from __future__ import annotations

import pytest

from gwlint.api import lint_bytes


def found(text: str, code: str):
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", limits=None).findings if f.code == code]


def notice(issuer: str, title: str, number: str, recipients: str, *body: str, date: str = "2026年5月12日") -> str:
    return "\n".join([f"{issuer}{title}", number, recipients, *body, issuer, date]) + "\n"


# ------------------------------------------------------------ GW106
def _county(sentence: str) -> str:
    return notice("乐安县卫生健康委员会", "关于开展村卫生室运行情况摸底的通知", "乐卫字〔2026〕12号",
                  "各乡镇卫生院：", "为掌握村卫生室运行情况，现将有关事项通知如下。", sentence)


@pytest.mark.parametrize("sentence", [
    "请各卫生院将摸底统计表于6月10日前报县卫健委基层卫生股。",
    "各卫生院要于每月3日前将村医在岗情况报县卫健委医政医管股。",
    "请于6月10日前将自查报告送县卫健委办公室。",
])
def test_gw106_weak_verb_before_an_office_by_short_name(sentence):
    fs = found(_county(sentence), "GW106")
    assert len(fs) == 1 and fs[0].line == 5, sentence


@pytest.mark.parametrize("sentence", [
    "村卫生室改造方案由各卫生院报县政府同意后实施。",
    "县卫健委将汇总情况报县政府。",
    "各卫生院要做好村医报县级培训的组织工作。",
])
def test_gw106_weak_verb_near_misses(sentence):
    assert found(_county(sentence), "GW106") == [], sentence


# ------------------------------------------------------------ GW107
def _report(recipients: str, issuer: str = "九江市水利局") -> str:
    return notice(issuer, "关于城区防洪工程建设进展情况的报告", "九水字〔2026〕33号", recipients,
                  "按照市政府部署，现将城区防洪工程建设进展情况报告如下。", "特此报告。")


@pytest.mark.parametrize("recipients,leader", [
    ("市政府常务副市长：", "市政府常务副市长"),
    ("分管副市长李建国同志：", "分管副市长"),
    ("市人民政府市长、分管副市长：", "市人民政府市长"),
])
def test_gw107_recipients_written_as_a_leader(recipients, leader):
    fs = found(_report(recipients), "GW107")
    assert len(fs) == 1 and fs[0].line == 3 and fs[0].data["leader"] == leader


@pytest.mark.parametrize("recipients", ["市人民政府：", "市政府办公室：", "市政府各部门，各县（市、区）水利局："])
def test_gw107_recipients_near_misses(recipients):
    assert found(_report(recipients), "GW107") == []


# ------------------------------------------------------------ GW202
def _meeting(attendees: str) -> str:
    return notice("抚州市卫生健康委员会", "关于召开全市基层卫生工作推进会的通知", "抚卫字〔2026〕40号",
                  "各县（区）卫生健康委：", "经研究，定于6月18日在市卫生健康委召开全市基层卫生工作推进会。",
                  f"参会人员：{attendees}。")


@pytest.mark.parametrize("attendees", [
    "各县（区）卫生健康委分管负责同志、信息统计室主任",
    "各县（区）卫生健康委分管负责同志和基层卫生股主任",
])
def test_gw202_section_head_is_no_principal(attendees):
    assert found(_meeting(attendees), "GW202") == [], attendees


def test_gw202_principal_and_deputy_still_found():
    fs = found(_meeting("各县（区）卫生健康委主要负责同志和分管负责同志"), "GW202")
    assert len(fs) == 1


# ------------------------------------------------------------ GW301
def _inspection(sentence: str, recipients: str = "各设区市文化和旅游局：") -> str:
    return notice("江西省文化和旅游厅", "关于开展2026年度全域旅游示范区创建考核的通知", "赣文旅字〔2026〕50号",
                  recipients, sentence, "考核采取实地暗访方式进行。")


@pytest.mark.parametrize("sentence", [
    "受省政府委托，我厅将于10月对各设区市全域旅游示范区创建工作进行考核。",
    "我厅代表省政府对各县（市、区）全域旅游工作开展考核评比，结果在全省通报。",
])
def test_gw301_inspecting_in_the_governments_name(sentence):
    fs = found(_inspection(sentence), "GW301")
    assert len(fs) == 1 and fs[0].severity == "error" and fs[0].data["claim"], sentence


@pytest.mark.parametrize("sentence", [
    "我厅将于10月对各设区市全域旅游示范区创建工作进行考核。",  # the system's bureaus: a business check
    "受省政府委托，我厅将于10月组织专家对全域旅游示范区创建单位开展评审。",  # no inspection of localities
    "该考核已列入省政府2026年度督查检查考核计划。受省政府委托，我厅将于10月对各设区市全域旅游工作进行考核。",
])
def test_gw301_claim_near_misses(sentence):
    assert found(_inspection(sentence), "GW301") == [], sentence


@pytest.mark.parametrize("filing,hits", [
    ("经报县政府办公室备案，", 0),
    ("已报市人民政府办公室备案，", 0),
    ("经报市政府同意后，", 0),
    ("拟报市局办公室审核，", 1),  # the issuer's own office files nothing
])
def test_gw301_filing_with_a_city_or_county_office(filing, hits):
    text = notice("新余市农业农村局", "关于开展2026年度县（区）农村人居环境整治考核的通知", "余农字〔2026〕19号",
                  "渝水区、分宜县人民政府：",
                  f"{filing}我局将于11月对各县（区）人民政府农村人居环境整治工作开展考核，考核结果在全市通报。")
    assert len(found(text, "GW301")) == hits


# ------------------------------------------------------------ GW302
def _evidence(sentence: str) -> str:
    return notice("宜春市城市管理局", "关于做好市容环境整治工作的通知", "宜城管字〔2026〕22号",
                  "各县（市、区）城市管理局：", "为巩固市容环境整治成果，现将有关事项通知如下。", sentence)


@pytest.mark.parametrize("sentence", [
    "各地每次集中整治须留存前后对比照片，作为考评组评判整治成效的依据。",
    "各地要将巡查签到表整理成册，作为检查组认定工作是否到位的标准。",
])
def test_gw302_evaluator_named_in_the_purpose(sentence):
    assert len(found(_evidence(sentence), "GW302")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "各地要留存整治前后对比照片，作为宣传报道素材。",
    "检查组以实地察看为准，不以照片多少作为评判整治成效的依据。",
])
def test_gw302_purpose_near_misses(sentence):
    assert found(_evidence(sentence), "GW302") == [], sentence


# ------------------------------------------------------------ GW303
def _visit(title: str, *body: str, issuer: str = "江西省水利厅") -> str:
    return notice(issuer, title, "赣水字〔2026〕61号", "各设区市水利局：", *body)


def test_gw303_an_inspection_that_judges_nothing():
    fs = found(_visit("关于开展农村供水工程运行管护督查的通知",
                      "为了解农村供水工程运行管护中的困难，听取基层意见建议，我厅决定开展农村供水工程运行管护督查。",
                      "督查以走访座谈为主，不排名、不通报。"), "GW303")
    assert len(fs) == 1 and fs[0].data["label"] == "督查"


def test_gw303_body_launch_with_no_marks():
    fs = found(_visit("关于做好秋冬季水利工程建设的通知",
                      "我厅将于11月对各地水利工程建设进行检查，主要了解项目进展和资金到位情况。",
                      "检查不打分，结果不作为考核依据。"), "GW303")
    assert len(fs) == 1 and fs[0].data["label"] == "检查"


@pytest.mark.parametrize("body", [
    # an inspection that does what inspections do
    ("我厅决定开展农村供水工程运行管护督查。", "督查不打分，对发现的问题下达督办单，限期整改。"),
    # no disclaimer: a real inspection
    ("我厅决定开展农村供水工程运行管护督查。", "督查结果在全省通报。"),
    # research named as research
    ("我厅决定开展农村供水工程运行管护调研。", "调研不打分、不排名。"),
    # a rule forbidding marks, no activity launched under an inspection's name
    ("各地要加强农村供水工程管护。", "各类评比不打分、不排名的，不得以评比名义开展。"),
])
def test_gw303_judges_nothing_near_misses(body):
    assert found(_visit("关于加强农村供水工程运行管护的通知", *body), "GW303") == [], body


# ------------------------------------------------------------ GW401
def _research(*body: str) -> str:
    return notice("鹰潭市商务局", "关于开展外贸企业订单情况调研的通知", "鹰商务字〔2026〕27号",
                  "余江区、贵溪市商务局：", *body)


def test_gw401_demand_right_after_the_visit_paragraph():
    fs = found(_research("我局将于7月上旬赴余江区、贵溪市走访外贸企业，了解订单和用工情况。",
                         "请各地做好接待工作，并准备书面汇报材料。"), "GW401")
    assert len(fs) == 1 and fs[0].line == 5


@pytest.mark.parametrize("body", [
    # the work itself, two paragraphs away from the visit
    ("我局将于7月上旬赴余江区、贵溪市走访外贸企业，了解订单和用工情况。", "联系人：王敏。",
     "各地要做好来访外商接待工作。"),
    # the visit paragraph says no escort is needed; the next one is about the firms
    ("我局将于7月上旬赴余江区、贵溪市走访外贸企业，不需陪同、不听汇报。", "各地要做好节假日游客接待服务。"),
])
def test_gw401_visit_paragraph_near_misses(body):
    assert found(_research(*body), "GW401") == [], body

"""Round 13 (h13m): GW106's reading of shared-form updates and of two demands in one sentence,
on drafts written for this test (txt, docx and pdf for the paragraph that carries two findings)."""
from __future__ import annotations

import pytest

from .drafts import lint_codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ an update of a shared form is a submission
@pytest.mark.parametrize("body, n", [
    ("请各县（区）文化广电旅游局每周一在“文旅项目调度”共享表中更新项目进度和存在问题。", 1),
    ("各县（区）文化广电旅游局要在市文旅项目管理平台中实时录入景区改造进展情况。", 1),
    ("各县（区）文化广电旅游局要通过“一表通”按月滚动更新项目推进情况。", 1),
    ("各县（区）文化广电旅游局要登录省文旅安全监管系统，逐月填写景区隐患整改进度。", 1),
    # no time set: the unit's own record keeping
    ("各县（区）文化广电旅游局要在市文旅项目管理平台中及时录入景区改造进展情况。", 0),
    # the state of the work is not what is updated: its own catalogue of data
    ("各县（区）文化广电旅游局于每月25日前在市一体化数据平台更新本单位公共数据共享目录。", 0),
    # the data is taken by the platform itself; the issuer updates its own list
    ("项目进度由平台自动抓取，各县（区）文化广电旅游局无需另行填报。", 0),
    ("市文化广电旅游局将在“一表通”中滚动更新全市项目清单，各县（区）可随时查询。", 0),
])
def test_shared_form_updates(body, n, tmp_path):
    src = marked_doc("南昌市文化广电旅游局", "各县（区）文化广电旅游局：", [body], docno="洪文旅字〔2026〕21号")
    assert len(lint_codes(src, "txt", tmp_path, "GW106")) == n, body


# ------------------------------------------------------------ two demands of one sentence
@pytest.mark.parametrize("fmt", FORMATS)
def test_platform_update_and_paper_in_one_sentence_are_two_findings(fmt, tmp_path):
    src = marked_doc("广东省工业和信息化厅", "各地级以上市工业和信息化主管部门：", [
        "各地级以上市工业和信息化主管部门要在“一表通”中滚动更新技改项目进度和存在困难，"
        "每季度末另行形成书面材料报省工业和信息化厅。"], docno="粤工信函〔2026〕33号")
    found = lint_codes(src, fmt, tmp_path, "GW106")
    assert len(found) == 2
    assert "每季度末" in found[1].message and found[0].line == found[1].line


@pytest.mark.parametrize("body", [
    # one channel, two materials with their own dates: one demand
    "各地级以上市工业和信息化主管部门须于每月5日前将技改进展情况报送省工业和信息化厅，12月10日前报送年度工作总结。",
])
def test_one_demand_per_sentence_otherwise(body, tmp_path):
    src = marked_doc("广东省工业和信息化厅", "各地级以上市工业和信息化主管部门：", [body], docno="粤工信函〔2026〕33号")
    assert len(lint_codes(src, "txt", tmp_path, "GW106")) == 1, body


def test_update_instead_of_reports_is_information_sharing(tmp_path):
    # the platform replaces the paper (tests/test_rules_burdens.py rules the same of 系统自动生成统计报表)
    src = marked_doc("广东省工业和信息化厅", "各地级以上市工业和信息化主管部门：", [
        "各地级以上市工业和信息化主管部门要在“一表通”中每周更新技改项目进度，不再另行报送纸质材料。"],
        docno="粤工信函〔2026〕33号")
    assert lint_codes(src, "txt", tmp_path, "GW106") == []

"""GW301: a filing named as the basis of the inspection with a short name between 的 and its head word
(根据已报市人民政府办公室备案的2026年度考核评估事项清单) is a filed plan (issue 15 round 14, holdout15r class)."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft


def _notice(basis: str) -> str:
    return "\n".join([
        "@doc_number 长市监发〔2026〕52号", "@title 长治市市场监督管理局关于开展2026年度食品安全工作考核的通知",
        "@recipients 各县（区）人民政府：",
        f"{basis}，我局将于11月对各县（区）人民政府食品安全工作开展年度考核。",
        "考核结果按优秀、良好、一般三个等次在全市通报。", "@signature 长治市市场监督管理局", "@date 2026年10月9日"]) + "\n"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("basis", ["根据已报市人民政府办公室备案的2026年度考核评估事项清单",
                                   "按照已报市政府督查室备案的年度督查检查考核事项目录",
                                   "根据已报市人民政府办公室备案的安排"])
def test_a_filed_list_named_as_the_basis_is_a_filing(fmt, basis, tmp_path):
    assert [f for f in lint_path(render_draft(_notice(basis), fmt, tmp_path)).findings if f.code == "GW301"] == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_filing_rule_or_no_basis_is_no_filing(fmt, tmp_path):
    for basis in ("根据工作安排", "列入已报市人民政府办公室备案的年度计划的考核事项须报备案"):
        found = [f for f in lint_path(render_draft(_notice(basis), fmt, tmp_path)).findings if f.code == "GW301"]
        assert len(found) == 1, basis

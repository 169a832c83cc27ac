"""Classes the lead fixed in round 19, in other phrasings than the drafts that showed them:

- Negation: a reducer (控制, 精简, 压减 …) governs its own clause only: 篇幅控制在3000字以内，调研当天提交 limits
  the length, it does not waive the submission after the comma; 严格控制报表报送频次 still reduces what it governs;
  a space set off around digits (3000 字) is no word between a reducer and what it governs.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: bool = True) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", *(["@date 2026年6月14日"] if date else [])]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ a reducer's object is in its own clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("请各县（区）农业农村局形成书面总结，篇幅控制在3000字以内，月底前报送市局。", True),
    ("请各县（区）农业农村局形成书面总结，篇幅控制在3000 字以内，月底前报送市局。", True),
    ("各县（区）人社局要形成分析报告，页数压减到5页，季末上报市局就业科。", True),
    ("各县（区）文旅局要作简要总结，篇幅精简到1500字左右，次日报送市局市场科。", True),
    ("严格控制各类报表的报送频次，家庭医生签约情况不再按月报送。", False),
    ("各县（区）卫生健康局要精简报送材料，减少重复填报。", False),
])
def test_reducer_does_not_reach_past_its_clause(sentence, fires, fmt, tmp_path):
    src = _doc("某市农业农村局", "各县（区）农业农村局：", ["为掌握有关工作情况，现将有关事项通知如下。", sentence],
               "关于报送有关工作情况的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

"""Classes s26c fixed in round 26 (holdout30r leftovers), in surfaces of its own:

- GW803, reading "is what follows 截止 a time point it runs up to": 截止 before a named day or moment with no
  figures (截止申报日, 截止本通知印发之日, 截止报名结束时, 截止检查当日) is 截至 misspelt (holdout30r
  fmt/gw8/gw803-g46c); 截止 as a deadline (申报截止日, 报名截止时, 5月8日截止申报, 截止日期) is right.
  Base score on these surfaces: 5 of 10 wrong (every guilty one missed).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕19号", date="2027年5月9日")


# ------------------------------------------------------------ GW803: 截止 before a time point it runs up to
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # guilty: 截止 + a named day/moment (截至 meant)
    ("江苏省教育厅", "各设区市教育局：",
     ["一、申报范围。各地推荐的项目应已完成中期检查。",
      "注：截止申报日仍未完成整改的学校，不得推荐。"], True),
    ("台州市人力资源和社会保障局", "各县（市、区）人力资源和社会保障局：",
     ["（二）截止本通知印发之日，尚未录入系统的人员名单请一并核对。"], True),
    ("余干县农业农村局", "各乡镇人民政府：",
     ["报名人数以系统记录为准。", "截止报名结束时已提交材料但未缴费的，视为放弃。"], True),
    ("湖北省市场监督管理局", "各市、州、直管市及神农架林区市场监管局：",
     ["检查对象为辖区内的加油站。", "截止检查当日，企业应当公示最近一次计量检定结果。"], True),
    ("曲靖市财政局", "各县（市、区）财政局：",
     ["附件：项目情况表", "填表说明：资金到位情况统计截止填报之日。"], True),
    # innocent: 截止 as the end of a period, or a word with it
    ("江苏省教育厅", "各设区市教育局：",
     ["一、申报截止日为2027年6月30日。", "注：逾期不予受理。"], False),
    ("台州市人力资源和社会保障局", "各县（市、区）人力资源和社会保障局：",
     ["（二）报名截止时，系统自动关闭填报入口。"], False),
    ("余干县农业农村局", "各乡镇人民政府：",
     ["5月20日截止申报，逾期不再受理。"], False),
    ("湖北省市场监督管理局", "各市、州、直管市及神农架林区市场监管局：",
     ["截止日期以邮戳日期为准，请于截止日前寄出。"], False),
    ("曲靖市财政局", "各县（市、区）财政局：",
     ["申报截止后，市财政局组织专家评审。"], False),
])
def test_gw803_jiezhi_before_a_time_point(issuer, recipients, body, fires, fmt, tmp_path):
    got = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW803")
    assert bool(got) == fires, [f.message for f in got]

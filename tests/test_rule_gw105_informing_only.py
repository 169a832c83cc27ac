"""GW105 on notices that assign no work at all (issue 15, round 9, h8b): a department moving its
window or an office changing a committee's members, sent to the lower governments, has no task for
them; a notice that also asks them to publicise the change, or that convenes a meeting, stays quiet.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft

FORMATS = ["txt", "docx", "pdf"]


def _gw105(issuer: str, recipients: str, body: list[str], fmt: str, tmp_path) -> list:
    lines = ["@doc_number 政办发〔2026〕8号", f"@title {issuer}关于有关事项的通知", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    r = lint_path(render_draft("\n".join(lines) + "\n", fmt, tmp_path))
    assert r.error is None
    return [f for f in r.findings if f.code == "GW105"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body", [
    ("湖南省市场监督管理局", "各市州人民政府：",
     ["因办公场所改造，省市场监督管理局企业登记窗口自2026年8月1日起迁至省政务服务中心新址办公，咨询电话不变。",
      "迁址期间，网上登记业务照常办理。"]),
    ("赣州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：",
     ["因人事变动，经市政府同意，现将市防汛抗旱指挥部成员调整如下：总指挥由市长担任，副总指挥由分管副市长担任。",
      "指挥部办公室设在市应急管理局，负责日常工作。"]),
])
def test_informing_only_notice_fires(issuer, recipients, body, fmt, tmp_path):
    assert _gw105(issuer, recipients, body, fmt, tmp_path)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    ["因办公场所改造，省市场监督管理局企业登记窗口自2026年8月1日起迁至省政务服务中心新址办公。",
     "请各市州人民政府组织辖区企业做好宣传解释。"],
    ["省市场监督管理局定于2026年8月1日召开全省企业登记工作座谈会，各市州人民政府分管负责同志参会。"],
])
def test_notice_with_a_task_for_the_governments_stays_quiet(body, fmt, tmp_path):
    assert not _gw105("湖南省市场监督管理局", "各市州人民政府：", body, fmt, tmp_path)

"""Readings the lead fixed in round 32 (gaps of read sets left by earlier rounds), in surfaces of his own:

- GW303 "the work of the visited": a schedule's cell or an item's name whose topic ends in 工作
  (基层市场监管所食品安全监管工作检查指导) inspects a work of the visited, not things, though the topic holds a
  regulatory word (监管, 安全); 燃气安全检查指导 still inspects things.  (holdout33r gw303-g49b.)

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW303: a cell naming the work of the visited
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("乡镇农产品质量安全监管工作检查指导", True),
    ("基层消防安全网格化管理工作督导调研", True),
    ("县级食品安全执法工作调研督导", True),
    # things inspected, a way of working, a duty
    ("城镇燃气安全检查指导", False),
    ("加强校园食品安全工作检查指导", False),
    ("特种设备隐患排查检查指导", False),
])
def test_gw303_cell_naming_a_work(cell, fires, fmt, tmp_path):
    src = marked_doc("漳州市市场监督管理局", "局机关各科室、各直属单位：",
                     ["现将《漳州市市场监督管理局2027年重点工作安排》印发给你们，请认真抓好落实。",
                      "一、全年重点活动安排如下。",
                      "@table 时间|活动|牵头科室",
                      f"@table 4月|{cell}|综合科",
                      "@table 10月|年度工作总结|办公室"],
                     title="关于印发2027年重点工作安排的通知", docno="漳市监〔2027〕9号", date="2027年2月18日")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]

"""Family 1 (policy rules on the analysis layer) — 精简文件, 责任单位, 行文关系与发送范围
(赣府发〔2019〕3号 第1、2条; 《党政机关公文处理工作条例》第十六条).

One rule per module.  GW103/GW106/GW107 (讲话、报送材料、直报领导) are still in
:mod:`gwlint.rules.burdens`, to be moved here as their own modules.
"""
from __future__ import annotations

from ..base import collect


BASIS_1 = "赣府发〔2019〕3号 第1条"
BASIS_2 = "赣府发〔2019〕3号 第2条"

MODULES = ("gw101_document_too_long", "gw102_missing_responsibility", "gw104_directive_to_lower_government",
           "gw105_distribution_too_wide")


__register__ = collect(__name__, MODULES)

"""Family 1 (policy rules on the analysis layer) — 精简文件简报, 责任单位, 行文关系与发送范围, 报送负担
(赣府发〔2019〕3号 第1、2、3条; 《党政机关公文处理工作条例》第十六条).

One rule per module.
"""
from __future__ import annotations

from ..base import collect


BASIS_1 = "赣府发〔2019〕3号 第1条"
BASIS_2 = "赣府发〔2019〕3号 第2条"
BASIS_3 = "赣府发〔2019〕3号 第3条"

MODULES = ("gw101_document_too_long", "gw102_missing_responsibility", "gw103_speech_reissued",
           "gw104_directive_to_lower_government", "gw105_distribution_too_wide", "gw106_report_burden",
           "gw107_direct_to_leader")


__register__ = collect(__name__, MODULES)

"""Family 5 — 文风 (赣府发〔2019〕3号 第2条 “坚决改进文风”).

basis: “大力提倡发短文、发管用的文，着力增强文件针对性、可操作性。……对基层反映强烈的
‘空头政策’‘无效文件’，视情严格实行责任倒查、严肃问责。” (policy/ganfufa-2019-3.txt)

One rule per module.  All three are advice (info): one finding per document for
stock phrases, one per vague measure, one per overlong sentence, so that they never
bury the warnings and errors of families 1–4.
"""
from __future__ import annotations

from ..base import collect

BASIS = "赣府发〔2019〕3号 第2条"
LEAD_WS = " \u3000\t"

MODULES = ("gw501_empty_phrases", "gw502_vague_measure", "gw503_long_sentence")


__register__ = collect(__name__, MODULES)

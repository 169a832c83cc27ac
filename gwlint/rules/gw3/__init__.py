"""Family 3 (policy rules on the analysis layer) — 督查检查考核 (赣府发〔2019〕3号 第7、8条).

One rule per module.  What the inspection rules share (an inspection launched by the
issuer, its object, its filing) is :mod:`gwlint.analysis.inspections`; words:
``dictionaries/inspections.toml``.
"""
from __future__ import annotations

from ..base import collect

BASIS_7 = "赣府发〔2019〕3号 第7条"
BASIS_8 = "赣府发〔2019〕3号 第8条"

MODULES = ("gw301_unfiled_inspection", "gw302_trace_based_evaluation", "gw303_research_as_inspection")


__register__ = collect(__name__, MODULES)

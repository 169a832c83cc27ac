"""Family 4 (policy rules on the analysis layer) — 调研 (赣府发〔2019〕3号 第17条; 督查组下基层 第9条).

One rule per module; words: ``dictionaries/inspections.toml``.
"""
from __future__ import annotations

from ..base import collect

BASIS_9 = "赣府发〔2019〕3号 第9条"
BASIS_17 = "赣府发〔2019〕3号 第17条"

MODULES = ("gw401_visit_with_escort",)


__register__ = collect(__name__, MODULES)

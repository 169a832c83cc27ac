"""Family 2 — 精减会议活动 (赣府发〔2019〕3号 第4、5条).

One rule per module.  Which meetings a document convenes, when, and whom it asks to
attend are read by the analysis layer (:mod:`gwlint.analysis.meetings`,
:mod:`gwlint.analysis.attendance`); the rules decide.  Settings: ``dictionaries/rules/gw2.toml``.
"""
from __future__ import annotations

from ..base import collect

BASIS_4 = "赣府发〔2019〕3号 第4条"
BASIS_5 = "赣府发〔2019〕3号 第5条"
DATA_FILE = "rules/gw2.toml"

MODULES = ("gw201_meeting_in_no_meeting_month", "gw202_escort_attendance", "gw203_low_value_event")


__register__ = collect(__name__, MODULES)

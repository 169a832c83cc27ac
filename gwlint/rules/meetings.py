"""GW201–GW203 — 精减会议活动 (赣府发〔2019〕3号 第4–6条)."""
from __future__ import annotations

__register__: tuple = ()

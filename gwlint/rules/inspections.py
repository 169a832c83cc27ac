"""GW301–GW303, GW401 — 督查考核与调研 (赣府发〔2019〕3号 第7–9、17条)."""
from __future__ import annotations

__register__: tuple = ()

"""GW501–GW503 — 文风 (赣府发〔2019〕3号 第2条)."""
from __future__ import annotations

__register__: tuple = ()

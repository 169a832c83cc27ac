"""GW103 GW106 GW107 — 讲话、报送材料、直报领导 (赣府发〔2019〕3号 第1–3条)."""
from __future__ import annotations

__register__: tuple = ()

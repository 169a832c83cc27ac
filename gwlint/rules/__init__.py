"""Rule registry: the one table of codes.

Each family is a package of one module per rule (``gw1``, ``gw7``, ``gw8``) or,
until it is split, one module; each lists its rules in ``__register__``.
Importing a rule module must stay cheap (no jieba, no readers) so that
``gwlint rule`` and ``gwlint --help`` start fast.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from .base import Rule

# Family modules in code order.  A code is never reused for another meaning.
RULE_MODULES = (
    "gwlint.rules.tool",  # GW0xx
    "gwlint.rules.gw1",  # GW101–GW107: one module per rule
    "gwlint.rules.gw2",  # GW201–GW203 会议活动: one module per rule
    "gwlint.rules.gw3",  # GW301–GW303 督查考核: one module per rule
    "gwlint.rules.gw4",  # GW401 调研: one module per rule
    "gwlint.rules.gw5",  # GW501–GW503 文风: one module per rule
    "gwlint.rules.gw7",  # GW7xx GB/T 9704 格式: one module per rule
    "gwlint.rules.gw8",  # GW8xx 标点、数字、用词: one module per rule
)

CODE_RE = re.compile(r"^GW\d{0,3}$")


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    rules: list[type[Rule]] = []
    for mod in RULE_MODULES:
        rules.extend(importlib.import_module(mod).__register__)
    rules.sort(key=lambda r: r.code)
    codes = [r.code for r in rules]
    if len(codes) != len(set(codes)):
        raise RuntimeError("duplicate rule code in registry")
    return tuple(rules)


def rule_by_code(code: str) -> type[Rule] | None:
    for r in all_rules():
        if r.code == code.upper():
            return r
    return None


def is_valid_selector(sel: str) -> bool:
    sel = sel.strip().upper()
    if sel == "ALL":
        return True
    if not CODE_RE.match(sel):
        return False
    return any(r.code.startswith(sel) for r in all_rules())


def matches(code: str, selectors: list[str]) -> int:
    """Length of the longest selector matching ``code`` (0 = none); ALL matches
    everything with the lowest priority, like ruff's prefix selection."""
    best = 0
    for s in selectors:
        s = s.strip().upper()
        if s == "ALL":
            best = max(best, 1)
        elif code.startswith(s):
            best = max(best, len(s) + 1)
    return best

"""A fix in words, for the human formats: what to replace, delete or insert."""
from __future__ import annotations

from typing import Sequence

from ..findings import Finding

_SHOWN_EDITS = 4  # edits spelled out before "等"
_QUOTE_MAX = 30


def _q(text: str) -> str:
    text = text if len(text) <= _QUOTE_MAX else text[:_QUOTE_MAX] + "……"
    return f"“{text}”"


def _old(lines: Sequence[str] | None, line: int, start: int, end: int) -> str | None:
    if lines and 1 <= line <= len(lines) and 0 <= start <= end <= len(lines[line - 1]):
        return lines[line - 1][start:end]
    return None


def _one(old: str | None, new: str) -> str:
    if old:
        if not new:
            return f"删除{_q(old)}"
        return f"将{_q(old)}改为{_q(new)}"
    if not new:
        return "删除"
    return f"插入{_q(new)}" if old == "" else f"改为{_q(new)}"


def describe_fix(f: Finding, lines: Sequence[str] | None = None) -> str | None:
    """"建议将“，”改为“，”", "建议删除“的”", "建议修改 3 处：…"; None without a fix.

    ``lines`` are the texts the fix's edits refer to (``LintResult.lines``); without
    them a replacement is still shown, a deletion says only what the title says.
    """
    fx = f.fix
    if fx is None or not fx.edits:
        return None
    edits = sorted(fx.edits, key=lambda e: (e.line, e.start, e.end))
    parts = [_one(_old(lines, e.line, e.start, e.end), e.text) for e in edits]
    if len(edits) == 1:
        part = parts[0]
        if part == "删除":  # a deletion whose text is unknown here
            return f"建议{fx.title or '删除'}"
        if part.startswith("改为"):
            return f"建议修改为：{_q(edits[0].text)}"
        return f"建议{part}"
    shown = "；".join(parts[:_SHOWN_EDITS]) + ("等" if len(parts) > _SHOWN_EDITS else "")
    title = f"{fx.title}，" if fx.title else ""
    return f"建议{title}修改 {len(edits)} 处：{shown}"

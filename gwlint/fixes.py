"""Choosing and applying fixes: the engine's job, never a rule's.

Two rules may propose edits on the same characters (GW801 turns a comma full
width where GW703 deletes it from the end of the title).  :func:`resolve` keeps
a set of fixes whose edits are pairwise disjoint: safe fixes first, then by
rule code, then by position, so the outcome never depends on rule order.  A fix
is all or nothing: when one of its edits collides, the whole fix waits for the
next run.  Applying the chosen fixes and linting again converges, because each
run only removes findings.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .findings import Edit, Finding, Fix


def _priority(f: Finding) -> tuple:
    fx = f.fix
    assert fx is not None
    first = min((e.line, e.start, e.end) for e in fx.edits)
    return (0 if fx.safe else 1, f.code, first)


def resolve(findings: Iterable[Finding], *, unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes are applied together (safe ones only unless ``unsafe``)."""
    chosen: list[Finding] = []
    taken: dict[int, list[Edit]] = {}
    candidates = [f for f in findings if f.fix is not None and f.fix.edits and (unsafe or f.fix.safe)]
    for f in sorted(candidates, key=_priority):
        edits = f.fix.edits
        if _self_overlapping(edits):
            continue
        if any(e.overlaps(t) for e in edits for t in taken.get(e.line, ())):
            continue
        for e in edits:
            taken.setdefault(e.line, []).append(e)
        chosen.append(f)
    return chosen


def _self_overlapping(edits: Sequence[Edit]) -> bool:
    return any(a.overlaps(b) for i, a in enumerate(edits) for b in edits[i + 1:])


def edits_of(findings: Iterable[Finding]) -> list[Edit]:
    """All edits of resolved findings, in document order."""
    out = [e for f in findings if f.fix is not None for e in f.fix.edits]
    return sorted(out, key=lambda e: (e.line, e.start, e.end))


def apply_to_lines(lines: list[str], edits: Iterable[Edit]) -> list[str]:
    """``lines`` (line 1 first: ``LintResult.lines``, the coordinates of findings' edits)
    with disjoint ``edits`` applied."""
    out = list(lines)
    by_line: dict[int, list[Edit]] = {}
    for e in edits:
        by_line.setdefault(e.line, []).append(e)
    for ln, es in by_line.items():
        text = out[ln - 1]
        # right to left so earlier offsets stay valid
        for e in sorted(es, key=lambda e: (e.start, e.end), reverse=True):
            text = text[:e.start] + e.text + text[e.end:]
        out[ln - 1] = text
    return out


__all__ = ["Fix", "Edit", "resolve", "edits_of", "apply_to_lines"]

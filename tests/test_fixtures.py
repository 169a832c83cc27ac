"""One runner for the rule fixtures: ``tests/fixtures/GWnnn/NAME.txt`` (a draft,
one paragraph a line) and ``NAME.expected`` (one ``LINE:COLUMN`` per finding of
GWnnn, ``#`` comments; empty = the rule stays silent).  Each draft is linted with
only GWnnn selected, or the codes of a ``# select: GW703,GW801`` line.

To (re)write the expected files after a deliberate change, run with
``GWLINT_UPDATE_FIXTURES=1`` and review the diff.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from .helpers import lint_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = sorted(FIXTURES.glob("GW*/*.txt"))


def _select(path: Path, code: str) -> list[str]:
    if path.exists():
        for ln in path.read_text(encoding="utf-8").splitlines():
            if ln.startswith("# select:"):
                return [c.strip() for c in ln.split(":", 1)[1].split(",") if c.strip()]
    return [code]


def _expected(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


@pytest.mark.parametrize("draft", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture(draft: Path):
    code = draft.parent.name
    exp_path = draft.with_suffix(".expected")
    found = [f for f in lint_text(draft.read_text(encoding="utf-8"), select=_select(exp_path, code),
                                  name=draft.name) if f.code == code]
    got = [f"{f.line}:{f.column}" for f in found]
    if os.environ.get("GWLINT_UPDATE_FIXTURES"):
        comments = [ln for ln in (exp_path.read_text(encoding="utf-8").splitlines() if exp_path.exists() else [])
                    if ln.lstrip().startswith("#")]
        exp_path.write_text("\n".join(comments + got) + "\n", encoding="utf-8")
        return
    assert got == _expected(exp_path), "\n".join(f"{f.line}:{f.column} {f.message}" for f in found)

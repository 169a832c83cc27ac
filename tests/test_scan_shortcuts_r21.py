"""Shortcuts of round 21 (issue 16) held to their definitions on real and generated text: the width
readings that replace marks in C instead of one Python step per mark."""
from __future__ import annotations

import random
import re

import pytest

from gwlint.analysis.units import _HALF_TO_FULL, normalize
from gwlint.analysis.widths import _DIGITS, _FULL, reading

from .test_scan_shortcuts import _lines

_LATIN = re.compile(r"[0-9A-Za-z]")


def _reading_stepwise(text: str) -> str:
    """:func:`reading` one mark at a time (its definition before round 21)."""
    if re.search("[０-９]", text):
        text = text.translate(_DIGITS)
    out = list(text)
    n = len(text)
    for m in re.finditer(r"[,;:?!()]", text):
        i = m.start()
        ch = text[i]
        if ch not in "()":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if prev and _LATIN.match(prev) and nxt and (_LATIN.match(nxt) or nxt in "/="):
                continue
        out[i] = _FULL[ch]
    return "".join(out)


@pytest.fixture(scope="module")
def lines():
    return _lines()


def _generated(seed: int, n: int) -> list[str]:
    """Short strings of marks, letters, digits (ASCII and full-width), / = and hanzi in every order: each mark
    with every kind of neighbour, at both ends, doubled."""
    alphabet = list(",;:?!()") * 3 + list("aZ09/=.-") + list("１０") + list("县市政府，（） \u3000")
    rng = random.Random(21)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def test_reading_is_the_mark_by_mark_definition(lines):
    changed = kept = 0
    for text in [*lines, *_generated(1, 30000), "1,000", "9:00", "https://a.b/c?x=1&y=2", "a,", ",a", "？!", "２,３"]:
        want = _reading_stepwise(text)
        got = reading(text)
        assert got == want, (text, got, want)
        assert len(got) == len(text)
        changed += got != text
        kept += any(c in ",;:?!" for c in got)
    assert changed > 1000 and kept > 1000  # marks turned full-width and marks kept both occur


def test_reading_keeps_each_condition_of_a_latin_mark():
    # each neighbour that keeps a mark, and one that does not, on each side
    assert reading("a,b") == "a,b" and reading("1:0") == "1:0" and reading("p:/") == "p:/" and reading("?=")
    assert reading("x?=1") == "x?=1" and reading("x?-1") == "x？-1" and reading("县,b") == "县，b"
    assert reading("a,县") == "a，县" and reading(",a") == "，a" and reading("a,") == "a，" and reading("(a)") == "（a）"
    assert reading("２０２６,1") == "2026,1"  # full-width digits read as ASCII first, then the mark between digits


def test_normalize_is_the_translation_and_keeps_unchanged_text_itself(lines):
    changed = 0
    for text in [*lines, *_generated(2, 20000)]:
        got = normalize(text)
        assert got == text.translate(_HALF_TO_FULL)
        if got == text:
            assert got is text  # the unit scan tells a line from its normalised form by identity
        changed += got != text
    assert changed > 500

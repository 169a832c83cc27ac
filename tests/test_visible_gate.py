"""visible.hides: the one-class gate before INVISIBLE (issue 16) says what INVISIBLE.search says, on every line
of the corpus, the samples and the evaluation drafts and on every character INVISIBLE can match, in every
place (after an ideograph, a letter, a space, alone, at either end)."""
from __future__ import annotations

import re

from gwlint.visible import INVISIBLE, hides

from .test_literals import _paragraphs


def _matchable() -> list[str]:
    """Every code point that can appear in a match of INVISIBLE (its classes, read off the pattern)."""
    classes = [re.compile(c) for c in re.findall(r"\[[^\]]*\]", INVISIBLE.pattern)[1:]]  # not the lookbehind's
    return [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
            and any(rx.fullmatch(chr(cp)) for rx in classes)]


def test_gate_agrees_with_invisible_on_every_line():
    lines = _paragraphs()
    assert sum(hides(t) for t in lines) < len(lines)
    for t in lines:
        assert hides(t) == (INVISIBLE.search(t) is not None), t


def test_gate_agrees_with_invisible_on_every_character_in_every_place():
    chars = _matchable()
    assert "\u200b" in chars and "\u0332" in chars and "\U000e0101" in chars and "a" not in chars
    for ch in chars:
        for t in (f"截{ch}止", f"a{ch}b", f" {ch} ", ch, f"截止{ch}", f"{ch}截止", f"\U00020000{ch}"):
            assert hides(t) == (INVISIBLE.search(t) is not None), (hex(ord(ch)), t)
        assert hides(f"截{ch}止")  # after an ideograph every one of them is dropped

"""Half-width punctuation read as the full-width marks it stands for; full-width digits as digits.

A draft typed with a half-width input method or pasted from WeChat/an OA system writes
``,`` ``;`` ``:`` ``(`` ``)`` ``?`` ``!`` where 公文 uses ，；：（）？！.  GW801 reports that;
every other reader (clauses, subjects, signatures, deadlines, unit names) must read the text
as if it had been typed right, or the whole of its knowledge — written with full-width marks —
misses (签字背书制度,县级… read as a topic; 对……的县(市、区),要 losing its clause).

:func:`reading` returns a copy of the same length (offsets are those of the original) with the
half-width marks of Chinese text turned full-width and full-width digits (２０２６年３月, typed with a
full-width input method) turned ASCII, as the word lists write them (派1名, 5个县).  Marks between Latin letters or digits stay
as written (1,000、9:00、https://、a.php?id=1): they are not Chinese punctuation.
"""
from __future__ import annotations

import re

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARKS = re.compile(r"[,;:?!()]")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FW_DIGIT = re.compile("[０-９]")


# a half-width mark that stays as written: between a letter or digit and a letter, digit, / or =
# (1,000 / 9:00 / https:// / ?id=1: a mark inside Latin or numeric text, not Chinese punctuation)
_KEPT = re.compile(r"(?<=[0-9A-Za-z])[,;:?!](?=[0-9A-Za-z/=])")
_FULL_PAIRS = tuple(_FULL.items())


def reading(text: str) -> str:
    """``text`` with the half-width marks of its Chinese text full-width and its full-width
    digits ASCII (same length)."""
    if _FW_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if not _MARKS.search(text):  # most paragraphs have none
        return text
    # every mark replaced in C (one character for one: the offsets hold), then the few inside Latin or
    # numeric text put back; a draft typed half-width has hundreds of commas, each one a Python step before
    out = text
    for half, full in _FULL_PAIRS:
        if half in out:
            out = out.replace(half, full)
    kept = [m.start() for m in _KEPT.finditer(text)]
    if not kept:
        return out
    parts, last = [], 0
    for i in kept:
        parts += (out[last:i], text[i])
        last = i + 1
    parts.append(out[last:])
    return "".join(parts)

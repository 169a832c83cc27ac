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
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")


def _latin(ch: str) -> bool:
    return bool(_ASCII_WORD.match(ch))


def reading(text: str) -> str:
    """``text`` with the half-width marks of its Chinese text full-width and its full-width
    digits ASCII (same length)."""
    if _FW_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if not _MARKS.search(text):  # most paragraphs have none
        return text
    out = list(text)
    n = len(text)
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if ch not in "()":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            # 1,000 / 9:00 / https:// / ?id=1: a mark inside Latin or numeric text
            if prev and _latin(prev) and nxt and (_latin(nxt) or nxt in "/="):
                continue
        out[i] = _FULL[ch]
    return "".join(out)

"""Small text helpers shared by structure recognition and rules."""
from __future__ import annotations

import re
import unicodedata

from .docmemo import per_document

_CJK_RANGES = (
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F),
    (0x3007, 0x3007),  # 〇
)


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


def is_fullwidth_punct(ch: str) -> bool:
    """Full-width / CJK punctuation that Word counts as one 字."""
    o = ord(ch)
    if 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF0F or 0xFF1A <= o <= 0xFF20 \
            or 0xFF3B <= o <= 0xFF40 or 0xFF5B <= o <= 0xFF65 or 0xFE30 <= o <= 0xFE4F:
        return True
    # “ ” ‘ ’ — … · are general punctuation that Chinese text uses as full-width marks.
    return ch in "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7\u2015\u2500"


# each character's 字数 class, learnt on first sight (a document uses a few
# thousand distinct characters): 1 counted alone (CJK, full-width mark), 0 space,
# 3 letter or digit, 2 other (half-width punctuation)
_CLASS: dict[str, int] = {}


def _class_of(ch: str) -> int:
    if is_cjk(ch) or is_fullwidth_punct(ch):
        c = 1
    elif ch.isspace():
        c = 0
    else:
        c = 3 if ch.isalnum() else 2
    if len(_CLASS) < 65536:  # bounded, whatever the input
        _CLASS[ch] = c
    return c


class _ClassDigits(dict):
    """Code point -> its class as a digit ("0".."3"), for ``str.translate``: learnt on first sight."""

    def __missing__(self, o: int) -> str:
        c = "0123"[_class_of(chr(o))]
        if len(self) < 65536:  # bounded, whatever the input
            self[o] = c
        return c


_DIGITS = _ClassDigits()
_COUNTED_RUN = re.compile("2*3[23]*")  # a run of other characters holding a letter or digit


@per_document  # several rules and readers count the same paragraphs and sentences
def word_count(text: str) -> int:
    """Count like Word/WPS 字数: each CJK character and each full-width punctuation
    mark is 1, each run of other non-space characters containing a letter or digit
    (an English word, a number such as 1.5 or 2019) is 1, whitespace and stray
    half-width punctuation 0."""
    # the classes as a string of digits (one pass in C), then counted: what the loop of
    # _word_count_stepwise does one character at a time
    digits = text.translate(_DIGITS)
    return digits.count("1") + len(_COUNTED_RUN.findall(digits))


def _word_count_stepwise(text: str) -> int:
    """:func:`word_count` one character at a time (the definition; tests hold the two equal)."""
    n = 0
    run = 0  # the current run of other characters: 0 none, 2 without, 3 with a letter or digit
    get = _CLASS.get
    for ch in text:
        c = get(ch)
        if c is None:
            c = _class_of(ch)
        if c < 2:
            if run == 3:
                n += 1
            run = 0
            n += c
        elif c == 3:
            run = 3
        elif run == 0:
            run = 2
    if run == 3:
        n += 1
    return n


def prefix_word_counts(text: str, ends) -> list[int]:
    """``[word_count(text)] + [word_count(text[:e]) for e in ends]`` in one pass (``ends`` ascending):
    counting every prefix on its own is quadratic in a long sentence."""
    ends = list(ends)
    out: list[int] = []
    k = 0
    n = 0
    run = 0  # as in word_count
    get = _CLASS.get
    for i, ch in enumerate(text):
        while k < len(ends) and ends[k] <= i:
            out.append(n + (run == 3))
            k += 1
        c = get(ch)
        if c is None:
            c = _class_of(ch)
        if c < 2:
            if run == 3:
                n += 1
            run = 0
            n += c
        elif c == 3:
            run = 3
        elif run == 0:
            run = 2
    if run == 3:
        n += 1
    return [n] + out + [n] * (len(ends) - k)


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide/full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_SPACES = re.compile(r"[\s\u3000]+")


def squeeze(text: str) -> str:
    """Remove all whitespace (titles like 几 个 问 题 的 通 知 are spaced out)."""
    return _SPACES.sub("", text)

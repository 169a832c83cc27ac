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


# the 字数 classes of _class_of as character classes: class 1 (a CJK character or a full-width mark); a
# space is \s (str.isspace), a letter or digit \w without _ (str.isalnum), neither 1 nor a space: class 2 or 3
_ONE = ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\u3007"
        "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe30-\ufe4f"
        "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7\u2015\u2500")
_ONES = re.compile(f"[{_ONE}]+")
# a run of class 2/3 characters holding a letter or digit: its first character (``re`` skips to such characters
# on its own) where the one before is none (a two-character look-behind: linear in the text), then either that
# character is a letter or digit or the run has one later, then the rest of the run
_X, _A = f"[^\\s{_ONE}]", f"[^\\W_{_ONE}]"
_COUNTED_RUN = re.compile(f"{_X}(?<!{_X}{_X})(?:(?<={_A})|{_X}*?{_A}){_X}*")


@per_document  # several rules and readers count the same paragraphs and sentences
def word_count(text: str) -> int:
    """Count like Word/WPS 字数: each CJK character and each full-width punctuation
    mark is 1, each run of other non-space characters containing a letter or digit
    (an English word, a number such as 1.5 or 2019) is 1, whitespace and stray
    half-width punctuation 0."""
    # two scans in C: what the loop of _word_count_stepwise does one character at a time (a class table
    # through str.translate cost ~45 ns a character: an int object per CJK character)
    return sum(map(len, _ONES.findall(text))) + len(_COUNTED_RUN.findall(text))


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

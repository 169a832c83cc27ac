"""List markers and numerals: the one model of 一、 （一） 1. （1） ① 第一章 第一条.

Every numbering style a 公文 uses is described once, here, with its GB/T 9704
level; structure recognition (headings), the sentence readers (a subject after a
marker still opens its clause) and the punctuation rules (a marker's bracket is
no unpaired bracket) all ask this module.

A numbered line is not always a heading.  ``一、总体要求`` is one; ``一、请各设区市
于3月20日前将总结报送我厅。`` is a whole sentence with a predicate: content that
happens to be numbered.  :func:`is_content` draws that line (a heading is short
and carries no demand), so that no rule reads the same sentence as an order when
numbered "一、" and as a heading when numbered "（一）".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..docmemo import per_document

CN_DIGITS = "零一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴ … ⒇, one character each
_CN_VALUE = {c: i for i, c in enumerate(CN_DIGITS)}
_CN_VALUE.update({"〇": 0, "○": 0, "Ｏ": 0, "0": 0})

# (style, level, regex); order matters: 第X章/条 before the rest.  Level 1–4 is the
# GB/T 9704 7.3.3 sequence, 0 a chapter, 5 an article.
STYLES = (
    ("第一章", 0, re.compile(r"^第(?P<n>[一二三四五六七八九十百]+)章\s*")),
    ("第一条", 5, re.compile(r"^第(?P<n>[一二三四五六七八九十百]+)条[\s\u3000]*")),
    # 〇一、〇二、: a designer's zero-padded 一、 (the zero adds nothing to the number)
    ("一、", 1, re.compile(r"^(?P<n>[〇○零]?[一二三四五六七八九十]+)\s*[、，．.]\s*")),
    ("（一）", 2, re.compile(r"^[（(](?P<n>[一二三四五六七八九十]+)[）)]\s*(?P<extra>[、，.．])?\s*")),
    # 3.5亿元 is a number, 4.10月底前 an item whose text opens with a date
    ("1.", 3, re.compile(r"^(?P<n>\d{1,2})\s*(?P<sep>[.．、])(?!\d+(?:[^\d年月日时]|$))\s*")),
    ("（1）", 4, re.compile(r"^[（(](?P<n>\d{1,2})[）)]\s*(?P<extra>[、，.．])?\s*")),
    ("①", 4, re.compile(rf"^(?P<n>[{CIRCLED}])\s*")),
    # less usual item numbers below the four GB/T levels: ⑴ (one character) and 1） (a number
    # closed by a bracket alone); read as items so that no style of numbering escapes the rules
    ("⑴", 4, re.compile(rf"^(?P<n>[{PAREN_DIGITS}])\s*")),
    ("1）", 4, re.compile(r"^(?P<n>\d{1,2})[）)](?![\d）)])\s*")),
)
STYLE_LEVEL = {style: level for style, level, _ in STYLES}
_LEAD_WS = " \u3000\t"
# the characters each style's marker can open with ("" for a decimal digit, as \d reads one): a paragraph
# opening with none of them is tried against no pattern (tests/test_markers_dispatch.py holds every style
# to these, code point by code point)
OPENERS = {"第一章": "第", "第一条": "第", "一、": "〇○零一二三四五六七八九十", "（一）": "（(", "1.": "", "（1）": "（(",
           "①": CIRCLED, "⑴": PAREN_DIGITS, "1）": ""}
_BY_OPENER: dict[str, tuple] = {}


def _styles_opening(ch: str) -> tuple:
    """The entries of STYLES whose marker can open with ``ch``, in STYLES's order."""
    got = _BY_OPENER.get(ch)
    if got is None:
        got = tuple(e for e in STYLES if (ch in OPENERS[e[0]] if OPENERS[e[0]] else ch.isdecimal()))
        if len(_BY_OPENER) < 65536:  # bounded, whatever the input
            _BY_OPENER[ch] = got
    return got


def chinese_to_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十一 → 21, 一百零五 → 105, 一千二百 → 1200; digits and ① pass through."""
    if len(s) == 1 and s in CIRCLED:  # before isdigit(): "①".isdigit() is True
        return CIRCLED.index(s) + 1
    if len(s) == 1 and s in PAREN_DIGITS:
        return PAREN_DIGITS.index(s) + 1
    if s.isdecimal():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_VALUE:
            cur = _CN_VALUE[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


def cn_number(n: int) -> str:
    """Chinese numeral of 0–99 as written in 序号 (十一, 二十, 九十九); larger as digits."""
    cn = "零一二三四五六七八九十"
    if n <= 10:
        return cn[n]
    if n < 20:
        return "十" + cn[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return cn[tens] + "十" + (cn[ones] if ones else "")
    return str(n)


def marker_text(style: str, n: int) -> str:
    """The marker of item ``n`` in ``style`` (（三）, 3., 第三条)."""
    if style == "一、":
        return f"{cn_number(n)}、"
    if style == "（一）":
        return f"（{cn_number(n)}）"
    if style == "1.":
        return f"{n}."
    if style == "（1）":
        return f"（{n}）"
    if style == "第一条":
        return f"第{cn_number(n)}条"
    if style == "第一章":
        return f"第{cn_number(n)}章"
    if style == "①" and 1 <= n <= len(CIRCLED):
        return CIRCLED[n - 1]
    if style == "⑴" and 1 <= n <= len(PAREN_DIGITS):
        return PAREN_DIGITS[n - 1]
    if style == "1）":
        return f"{n}）"
    return str(n)


@dataclass(frozen=True)
class Marker:
    """A list marker at the start of a paragraph.

    ``start``..``end`` is the marker as written (its trailing spaces excluded);
    ``body`` is where the text after it begins (spaces skipped)."""

    style: str
    level: int
    number: int | None
    start: int
    end: int
    body: int
    extra: str | None = None  # a wrong mark after a bracketed marker: （一）、

    def text(self, paragraph: str) -> str:
        return paragraph[self.start:self.end]


@per_document  # the structure and a dozen rules ask it of the same paragraphs
def match_marker(text: str) -> Marker | None:
    """The list marker opening ``text`` (after leading spaces), or None.

    ``1.`` needs text after it and a number below 100 (2019.5 and 10、20 are no
    markers); ``一、`` takes at most three numerals."""
    lead = len(text) - len(text.lstrip(_LEAD_WS))
    t = text[lead:]
    if not t:
        return None
    for style, level, rx in _styles_opening(t[0]):
        m = rx.match(t)
        if not m:
            continue
        num = chinese_to_int(m.group("n"))
        if style in ("1.", "1）") and (num is None or num > 99 or len(t) <= m.end()):
            return None
        if style == "一、" and len(m.group("n").lstrip("〇○零")) > 3:
            return None
        if style in ("一、", "（一）") and num is not None and num < 100 \
                and m.group("n").lstrip("〇○零") not in (cn_number(num), "一" + cn_number(num)):
            return None  # 三七、辣椒 (a herb), 二三、: no numeral as 序号 writes it (三十七, 二十三)
        written = t[:m.end()].rstrip()
        extra = m.groupdict().get("extra")
        return Marker(style, level, num, lead, lead + len(written), lead + m.end(), extra)
    return None


ITEM_BEFORE = frozenset("。！？；：")  # where an item may open inside a paragraph
_MARKER_REACH = 12  # characters: a marker with its spaces


def body_start(text: str, start: int = 0) -> int:
    """Where the words of a paragraph (or of a sentence or clause starting at ``start``)
    begin: after leading spaces and a list marker.

    Later in the paragraph a marker opens a sentence only right after a sentence or clause
    end: an item run into its heading's line (1.改造老化管网。（1）各县要……) or listed
    after a colon (分工如下：①省发展改革委负责……)."""
    if start != 0:
        if text[start - 1:start] not in ITEM_BEFORE:
            return start
        m = match_marker(text[start:start + _MARKER_REACH])
        return start + m.body if m is not None and m.body < _MARKER_REACH else start
    m = match_marker(text)
    if m is not None:
        return m.body
    lead = len(text) - len(text.lstrip(_LEAD_WS))
    if text[lead:lead + 1] and text[lead] in bullet_marks():  # ●市应急管理局要……: the words begin after the mark
        return len(text) - len(text[lead + 1:].lstrip(_LEAD_WS))
    m = _LETTER_ITEM.match(text, lead)
    return m.end() if m is not None else lead


# 第三条 房租减免 承租……: an article's short title (条旨) after its number, set off by a space
_ARTICLE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}[ \u3000]+(?=\S)")


def words_start(text: str, start: int = 0) -> int:
    """:func:`body_start`, and past an article's run-in short title set off by a space (第七条 县级落实 各县（市、区）
    人民政府按照……: the sentence's words begin at 各县): where a clause's subject may stand."""
    b = body_start(text, start)
    if b == start and start != 0:
        return b
    m = match_marker(text[start:start + _MARKER_REACH]) if start else match_marker(text)
    if m is None or m.style != "第一条":
        return b
    t = _ARTICLE_TITLE.match(text, b)
    return t.end() if t is not None else b


@lru_cache(maxsize=1)
def bullet_marks() -> str:
    """The marks that open an unnumbered item (★扩大……。 ■推动……。), from structure.toml."""
    from ..data import load_toml

    return load_toml("structure.toml").get("inline_items", {}).get("bullet_marks", "")


# a）b） / （a） / A. items in running text: no GB/T heading level (not in STYLES, so no heading,
# no GW705 sequence), but the words of the item still begin after the letter
_LETTER_ITEM = re.compile(r"(?:[（(][a-zA-Z][）)]|[a-zA-Z][）)]|[a-zA-Z][.．](?=[\u4e00-\u9fff]))[ \u3000]*")


# ------------------------------------------------------------ heading or content
_CUT = re.compile(r"[。！？]")


def label_of(text: str, marker: Marker) -> str:
    """The words after the marker up to the first sentence end (the heading's title)."""
    rest = text[marker.body:]
    cut = _CUT.search(rest)
    return (rest[:cut.start()] if cut else rest).strip()


@lru_cache(maxsize=1)
def _demand_words() -> tuple[tuple[str, ...], int]:
    from .lexicon import lexicon

    lx = lexicon()
    return tuple(lx.words("demand_markers")), int(lx.get("heading_max_chars", 30))


def is_content(label: str) -> bool:
    """A numbered line whose label is a whole sentence with a demand in it
    (请各设区市……报送, 各地要……) or too long for a heading is content, not a heading."""
    from ..segment import tokenize

    words, longest = _demand_words()
    if len(label) > longest:
        return True
    demand = set(words)
    return any(t.text in demand for t in tokenize(label))

"""Fixed phrases (提法) written slightly wrong, and abbreviations left unquoted.

The canonical forms live in dictionaries/phrasing.toml ([[canon]]).  A form is
found written wrong when a stretch of text begins and ends as the form does and
is within a small edit distance of it (习近平新时代特色社会主义思想 lacks 中国;
以习近平同志为核心党中央 lacks 的).  An abbreviation such as 放管服 or 十五五 is a
coined term that official texts put in quotation marks (深化“放管服”改革).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .elements import literal_mask
from .lexicon import load_data

_ANCHOR = 3  # characters a near-match shares with the form at its start
_TAIL = 2  # … and at its end: a word dropped just before the end (共同体意识 → 共同意识) keeps two
_QUOTES_OPEN = "“‘\"'「『"
_QUOTES_CLOSE = "”’\"'」』"
_BOOK = re.compile(r"《[^《》]*》")


@dataclass(frozen=True)
class Canon:
    form: str
    quoted: bool = False  # an abbreviation written in quotation marks
    note: str = ""


@dataclass(frozen=True)
class NearMatch:
    start: int
    end: int
    canon: Canon


@lru_cache(maxsize=1)
def canons() -> tuple[Canon, ...]:
    return tuple(Canon(e["form"], bool(e.get("quoted")), e.get("note", ""))
                 for e in load_data("phrasing.toml").get("canon", []) if isinstance(e, dict) and e.get("form"))


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b`` (limit + 1 once it exceeds ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _allowed(form: str) -> int:
    """Edits tolerated for a form: a dropped, added or changed word of one or two characters
    (铸牢中华民族命运共同体意识 adds 命运 to an eleven-character form)."""
    return 2 if len(form) >= 11 else 1


def forms_in(text: str, forms: tuple[Canon, ...] | None = None) -> tuple[Canon, ...]:
    """The forms :func:`near_matches` or :func:`unquoted` can find anywhere in ``text`` (a near
    match begins with the form's first characters; an unquoted one is the form itself), in
    order.  Asked once of a whole document, it spares each line the forms the document lacks."""
    # each character of a form looked for in the text (a search in C, stopping at the first absent one), not
    # a set of the whole document's characters (a string object made per character)
    return tuple(c for c in (forms if forms is not None else canons())
                 if (c.quoted and c.form in text) or (len(c.form) >= 8 and c.form[:_ANCHOR] in text)
                 or (not c.quoted and len(c.form) >= _SHUFFLED and all(map(text.__contains__, c.form)))
                 or (not c.quoted and _SHUFFLED <= len(c.form) < 8 and c.form[:_ANCHOR] + c.form[-_TAIL:] in text))


_SHUFFLED = 6  # characters a form needs for its words in another order to be told (人类共同命运体)


def _shuffled(text: str, f: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` holding exactly the characters of ``f`` in another order: the form's
    words swapped (人类共同命运体, 人民全过程民主, 国家治理能力和治理体系现代化)."""
    n, want = len(f), Counter(f)
    # only runs of the form's own characters can hold one (found by the regex engine, not per character)
    for m in _run_of(f).finditer(text):
        for k in range(m.start(), m.end() - n + 1):
            if text[k:k + n] != f and Counter(text[k:k + n]) == want:
                yield k, k + n


@lru_cache(maxsize=None)
def _run_of(f: str) -> re.Pattern:
    return re.compile("[%s]{%d,}" % ("".join(re.escape(ch) for ch in sorted(set(f))), len(f)))


def near_matches(text: str, forms: tuple[Canon, ...] | None = None) -> Iterator[NearMatch]:
    """Stretches of ``text`` that are a canonical form written slightly wrong: its words in another
    order (forms of six characters or more), or a word dropped, added or changed (eight or more: a
    short form is one word away from other words)."""
    for c in forms if forms is not None else canons():
        f = c.form
        if c.quoted or len(f) < _SHUFFLED:
            continue
        if all(map(text.__contains__, f)):  # set(f) <= set(text), without a set of the text
            yield from (NearMatch(a, b, c) for a, b in _shuffled(text, f))
        if len(f) < 8:
            # a short form is one word away from other words: only its inner word dropped whole, its head
            # and tail joined (全过程民主 for 全过程人民民主), is told
            if len(f) - _ANCHOR - _TAIL <= 2:
                bare = f[:_ANCHOR] + f[-_TAIL:]
                yield from (NearMatch(m.start(), m.end(), c) for m in re.finditer(re.escape(bare), text))
            continue
        head, tail = f[:_ANCHOR], f[-_TAIL:]
        k = text.find(head)
        if k < 0:
            continue
        exact = [(m.start(), m.end()) for m in re.finditer(re.escape(f), text)]
        limit = _allowed(f)
        while k >= 0:
            best = None
            for end in range(k + len(f) - limit, k + len(f) + limit + 1):
                if end > len(text) or text[end - _TAIL:end] != tail:
                    continue
                if any(a < end and k < b for a, b in exact):
                    continue
                d = _distance(text[k:end], f, limit)
                if 0 < d <= limit and (best is None or d < best[1]):
                    best = (end, d)
            if best is None:
                best = _last_changed(text, k, f, exact)
            if best is not None:
                yield NearMatch(k, best[0], c)
            k = text.find(head, k + 1)


def _last_changed(text: str, k: int, f: str, exact: list) -> tuple[int, int] | None:
    """The form's last character alone written wrong (共同体意识 → 共同体意思): the tail anchor cannot
    hold it, so it is told apart by everything before that character being the form's own."""
    end = k + len(f)
    if end > len(text) or text[k:end - 1] != f[:-1] or not "\u4e00" <= text[end - 1] <= "\u9fff":
        return None
    if text[end - 1] == f[-1] or any(a < end and k < b for a, b in exact):
        return None
    return end, 1


def unquoted(text: str, forms: tuple[Canon, ...] | None = None) -> Iterator[NearMatch]:
    """Abbreviations of ``quoted`` forms written without quotation marks (深化放管服改革).
    Inside 《》 a title keeps its own spelling, in a 文号 a 机关代字 its letters; a form inside a
    longer number (二十四五) is none."""
    books = None  # the titles' spans, found when a form is first met (most lines hold none)
    mask = None  # a 文号's 机关代字 (赣放管服办〔2026〕3号) is a code, not prose
    for c in forms if forms is not None else canons():
        if not c.quoted or c.form not in text:
            continue
        for m in re.finditer(re.escape(c.form), text):
            a, b = m.start(), m.end()
            if (a and text[a - 1] in _QUOTES_OPEN) or (b < len(text) and text[b] in _QUOTES_CLOSE):
                continue
            if books is None:
                books = [(m.start(), m.end()) for m in _BOOK.finditer(text)]
            if any(x < a < y for x, y in books):
                continue
            mask = literal_mask(text) if mask is None else mask
            if mask[a]:
                continue
            if a and re.match(r"[零〇一二三四五六七八九十百]", text[a - 1]) and re.match(r"[零〇一二三四五六七八九十]", c.form):
                continue
            yield NearMatch(a, b, c)

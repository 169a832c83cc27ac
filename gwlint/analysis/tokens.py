"""Tokens of a paragraph and the one token-aligned word finder.

:class:`TokenIndex` wraps the jieba tokens of one paragraph (from
:func:`gwlint.segment.tokenize`) with what every reader asks of them: is an
offset a token boundary, does a span cut a word in two, which tokens lie in
a span.  Each answer costs O(1) or O(log n), so code that asks per sentence stays
linear in the paragraph's length (asking a set built from every token of the
paragraph, per sentence, was quadratic: issue 12 D7).

:func:`find_words` is the one way to find words of a list in text on token
boundaries.  Two readings exist, chosen by ``mode``:

* ``"aligned"`` — the span cuts no token: whole words or word sequences, or a
  span wholly inside one token (台账 in 工作台账); not 考核 in 参考/核心;
* ``"tail"`` — whole words or word sequences, or the tail of one token
  (控制 in 严格控制); not 不得 in 不得不;
* ``"lead"`` — starts where a token starts and ends where one ends, or inside a
  following word that begins at one of the phrase's own inner dictionary words
  (切实加强 in 切实|加强组织领导; not 全面提升 in 安全|面|提升, nor 形成合力 in
  形成|合|力量).  For stock phrases made of two words.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, Sequence

from .. import segment as _segment  # asked per paragraph: imported once, not per call
from ..docmemo import table as _table


_START, _END = itemgetter(1), itemgetter(2)


class TokenIndex:
    """The tokens of one text with O(1) boundary tests."""

    __slots__ = ("text", "tokens", "_starts", "_start_set", "_end_set")

    def __init__(self, text: str, tokens: Sequence) -> None:
        self.text = text
        self.tokens = tuple(tokens)
        # a token is a (text, start, end) tuple (segment.Token): its fields read in C, not per token in Python
        self._starts = list(map(_START, self.tokens))
        self._start_set = frozenset(self._starts)
        self._end_set = frozenset(map(_END, self.tokens))

    @classmethod
    def of(cls, text: str) -> "TokenIndex":
        return cls(text, _segment.tokenize(text))

    @classmethod
    def beside(cls, text: str, tokens: Sequence, other: "TokenIndex") -> "TokenIndex":
        """The index of ``tokens``, which have the offsets of ``other``'s (the same paragraph as written and as
        read, :func:`gwlint.segment.twin`): its boundary tables shared, not built again."""
        idx = cls.__new__(cls)
        idx.text, idx.tokens = text, tuple(tokens)
        idx._starts, idx._start_set, idx._end_set = other._starts, other._start_set, other._end_set
        return idx

    def __len__(self) -> int:
        return len(self.tokens)

    def is_start(self, i: int) -> bool:
        return i in self._start_set

    def is_end(self, i: int) -> bool:
        return i in self._end_set

    @property
    def starts(self) -> frozenset:
        return self._start_set

    @property
    def ends(self) -> frozenset:
        return self._end_set

    def boundary(self, i: int) -> bool:
        return i == 0 or i == len(self.text) or i in self._start_set or i in self._end_set

    def aligned(self, a: int, b: int) -> bool:
        """``[a, b)`` cuts no token in two, or lies wholly inside one token."""
        if a >= b:
            return True
        if a in self._start_set and b in self._end_set:
            return True
        k = self.index_at(a)
        return k >= 0 and 0 < b <= len(self.text) and self.index_at(b - 1) == k

    def tail_aligned(self, a: int, b: int) -> bool:
        """``[a, b)`` ends on a token end and starts on a token start or inside the
        same token (严格控制 → 控制); 不得 in 不得不 is not."""
        if b not in self._end_set:
            return False
        if a in self._start_set:
            return True
        if b - a <= 1:
            return False
        k = self.index_at(a)
        return k >= 0 and self.index_at(b - 1) == k

    def lead_aligned(self, a: int, b: int, phrase: str) -> bool:
        """``[a, b)`` starts on a token start and ends on a token end or inside a token
        that starts at one of ``phrase``'s inner dictionary words (切实|加强组织领导)."""
        if a not in self._start_set:
            return False
        if b in self._end_set:
            return True
        k = self.index_at(b)
        if k < 0:
            return False
        t = self.tokens[k]
        return t.start < b and t.start - a in inner_word_starts(phrase)

    def index_at(self, i: int) -> int:
        """Index of the token holding offset ``i`` (-1 outside the text).  A search among the
        starts (tokens are ordered and do not overlap): a per-character table cost a Python step
        per character of every paragraph asked, for a handful of questions each."""
        if not 0 <= i < len(self.text):
            return -1
        k = bisect_right(self._starts, i) - 1
        return k if k >= 0 and i < self.tokens[k].end else -1

    def first_from(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self._starts, pos)

    def between(self, a: int, b: int) -> tuple:
        """Tokens that start in ``[a, b)`` (a compound running past ``b`` counts)."""
        return self.tokens[bisect_left(self._starts, a):bisect_left(self._starts, b)]

    def starting_at(self, i: int):
        k = bisect_left(self._starts, i)
        return self.tokens[k] if k < len(self._starts) and self._starts[k] == i else None

    def ending_at(self, i: int):
        k = self.index_at(i - 1)
        return self.tokens[k] if k >= 0 and self.tokens[k].end == i else None


@dataclass(frozen=True)
class WordList:
    """Words to look for, indexed by first character (longest first)."""

    words: frozenset
    lengths: dict  # first char -> lengths, longest first
    starts: re.Pattern | None = None  # one character class of the first characters (None: no words)

    @staticmethod
    @lru_cache(maxsize=512)
    def of(words: tuple) -> "WordList":
        ws = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for w in ws:
            lengths.setdefault(w[0], set()).add(len(w))
        starts = re.compile("[" + "".join(re.escape(c) for c in sorted(lengths)) + "]") if lengths else None
        return WordList(ws, {c: sorted(v, reverse=True) for c, v in lengths.items()}, starts)


@lru_cache(maxsize=1024)
def _wordlist_of(key: tuple | frozenset) -> WordList:
    return WordList.of(tuple(sorted(set(key))))


def _wordlist(words: Iterable[str]) -> WordList:
    if isinstance(words, WordList):
        return words
    # the same lists come back for every sentence: sort and index them once
    return _wordlist_of(words if isinstance(words, (tuple, frozenset)) else tuple(words))


def find_words(text: str, index: TokenIndex, words: Iterable[str], start: int = 0, end: int | None = None,
               *, mode: str = "aligned", overlapping: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, word) of ``words`` in ``text[start:end]`` on token boundaries.

    Longest word first at each position.  Without ``overlapping`` the hits do not
    overlap (scanning goes on after a hit); with it every position is tried.
    Cost: O(length × distinct word lengths per first character)."""
    end = len(text) if end is None else end
    wl = _wordlist(words)
    if mode == "lead":
        ok = lambda a, b: index.lead_aligned(a, b, text[a:b])  # noqa: E731
    else:
        ok = index.aligned if mode == "aligned" else index.tail_aligned
    out: list[tuple[int, int, str]] = []
    if wl.starts is None:
        return out
    lengths, ws = wl.lengths, wl.words
    i = start
    for m in wl.starts.finditer(text, start, end):  # only where some word can start
        p = m.start()
        if p < i:
            continue  # inside the previous hit
        for n in lengths[text[p]]:
            j = p + n
            if j <= end and text[p:j] in ws and ok(p, j):
                out.append((p, j, text[p:j]))
                if not overlapping:
                    i = j
                break
    return out


@lru_cache(maxsize=512)
def inner_word_starts(phrase: str) -> frozenset:
    """Offsets inside ``phrase`` where a dictionary word of two or more characters
    starts (切实加强 → {2}: 加强)."""
    from ..segment import tokenizer

    freq = tokenizer().FREQ
    return frozenset(i for i in range(1, len(phrase) - 1)
                     if any(freq.get(phrase[i:j]) for j in range(i + 2, len(phrase) + 1)))


def starting_in(tokens: Sequence, a: int, b: int) -> Sequence:
    """The run of ``tokens`` (sorted by start) that start in ``[a, b)``, found by bisection: a
    compound such as 开展调研 that starts before ``b`` and runs past it counts."""
    return tokens[bisect_left(tokens, a, key=_start):bisect_left(tokens, b, key=_start)]


def _start(t) -> int:
    return t.start


def index_of(text: str) -> TokenIndex:
    """The token index of ``text``: built once per document (the one
    :meth:`~gwlint.analysis.context.Context.index` hands out for a paragraph of
    that text); outside a document, a small LRU."""
    memo = _table(_INDEXES)
    if memo is None:
        return _index_shared(text)
    idx = memo.get(text)
    if idx is None:
        tokens = _segment.tokenize(text)
        twin = _segment.twin(text)
        other = memo.get(twin) if twin is not None else None  # its twin's index, if built: same offsets, shared
        idx = memo[text] = TokenIndex(text, tokens) if other is None else TokenIndex.beside(text, tokens, other)
    return idx


_INDEXES = "tokens.index_of"


@lru_cache(maxsize=256)
def _index_shared(text: str) -> TokenIndex:
    return TokenIndex.of(text)



# a word starting at a position is looked for this far (在建工地, 在职人员)
_WORD_SPAN = 4


def opens_word(text: str, i: int, min_freq: int = 1) -> bool:
    """A dictionary word of two or more characters (at least ``min_freq`` in the
    dictionary) starts at ``text[i]``, whether or not jieba cut one there: it reads
    在建工地 as 在|建工|地 (建工 outweighs 在建), yet after another 在 the second one
    opens 在建 (a preposition before 在建工地), while in 在在全省 it opens nothing."""
    from ..segment import tokenizer

    freq = tokenizer().FREQ
    return any((freq.get(text[i:j]) or 0) >= min_freq for j in range(i + 2, min(len(text), i + _WORD_SPAN) + 1))


def doubled_across_words(text: str, i: int) -> bool:
    """``text[i] == text[i + 1]`` and each copy belongs to a word of its own: the first closes a word
    with what precedes it (苗寨, 牧区 — the dictionary's or one the HMM finds, as for place names it does not
    list) and the second opens one with what follows (寨主, 区域) or is a noun character, which does not
    stand alone between words the way a typed-twice 的, 在 or 要 does (苗寨|寨老)."""
    from ..segment import tokenizer, word_tag

    tk = tokenizer()
    left = tk.lcut(text[max(0, i - 4):i + 1], HMM=True)
    if not left:
        return False
    right = tk.lcut(text[i + 1:i + 7], HMM=True)
    if len(left[-1]) < 2:  # 三月街|街场, 南门街|街口: a place's generic name, then a word it opens
        return _street_name_end(text, i, left) and bool(right) and len(right[0]) >= 2
    return bool(right) and (len(right[0]) >= 2 or word_tag(text[i]).startswith("n"))


def _street_name_end(text: str, i: int, left: list[str]) -> bool:
    """``text[i]`` is a street's or a place's generic name (街, 路, 巷 -- the lexicon's ``street_suffixes``) closing
    a name of two Han characters or more that the segmenter left apart (三月|街, 南门|街)."""
    from .lexicon import lexicon

    return text[i] in lexicon().get("street_suffixes", []) and len(left) >= 2 and left[-1] == text[i] \
        and len(left[-2]) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in left[-2])


@lru_cache(maxsize=1)
def _place_abbreviations() -> frozenset:
    from ..data import load_toml

    regions = load_toml("regions.toml")
    extra = regions.get("abbreviations", {})
    chars = {p.get("abbr", "") for p in regions.get("province", [])}
    chars.update(a for p in regions.get("province", []) for a in p.get("abbr_alt", []))
    chars.update(extra.get("foreign", []))
    return frozenset(c for c in chars if len(c) == 1) - frozenset(extra.get("not_abbreviations", []))


def opens_abbreviated_place(tokens: Sequence, k: int) -> bool:
    """Token ``k`` is one character and the next token is a one-character place abbreviation
    standing alone (对|澳|供水, 对|俄|贸易): the two read as one word (对澳, 对俄 — a preposition
    or verb with its abbreviated object, like 援疆 or 赴港), whether or not the dictionary lists it."""
    if k + 1 >= len(tokens):
        return False
    t, nxt = tokens[k], tokens[k + 1]
    return len(t.text) == 1 and nxt.start == t.end and len(nxt.text) == 1 and nxt.text in _place_abbreviations()

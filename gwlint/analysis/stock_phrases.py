"""Stock phrases (套话): the closed words (高度重视, 切实加强) and their productive shapes.

A shape is a pattern with a bounded slot inside one clause (大力弘扬……精神, 牢固树立……意识,
以高度的政治责任感和历史使命感, 不断提高……水平): the drafter fills the slot with the topic, so no
closed list can hold them.  Words and shapes are data (``dictionaries/rules/gw501.toml``, compiled
once at config load); this module only reads them.  A match starts where a jieba token starts,
lies outside quotations and titles, and does not count when its clause is rejected (不搞高度重视式)
or goes on to a figure (进一步提高到90%).
"""
from __future__ import annotations

import re
from typing import Sequence

from .negation import negator_in_window
from .sentences import clause_around, clause_end, inside, quoted_spans
from .tokens import TokenIndex, find_words

# a target that makes the clause concrete: 提高到90%, 达到百分之八十, 3个百分点, 翻2倍
_FIGURE = re.compile(r"(?:到|至|达)\s*(?:百分之|\d)|\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍)")


def find_phrases(text: str, index: TokenIndex, phrases: Sequence[str], negators: Sequence[str] = (),
                 window: int = 0, quotes=None,
                 shapes: re.Pattern | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of the stock phrases of ``text``, in order, not overlapping: the closed
    ``phrases`` on token boundaries ("lead" mode: 切实|加强组织领导 yes, 安全|面|提升 no) and the
    productive ``shapes`` (one alternation, :func:`gwlint.analysis.settings.alternation`) from a
    token start, named by the text matched.  A word inside a longer shape counts once, as the shape."""
    quotes = quoted_spans(text) if quotes is None else quotes
    found = [(a, b, w) for a, b, w in find_words(text, index, phrases, mode="lead")]
    for m in shapes.finditer(text) if shapes is not None else ():
        if index.is_start(m.start()):
            found.append((m.start(), m.end(), m.group(0)))
    # longest first at each start, then drop what a kept span covers
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    end = -1
    for a, b, word in found:
        if a < end:
            continue
        end = b  # a rejected shape rejects the words inside it too
        if inside(a, quotes):
            continue
        c0, c1 = clause_around(text, a)
        if any(not inside(f.start(), quotes) for f in _FIGURE.finditer(text, b, c1)):
            continue
        if negators and negator_in_window(text, index, c0, a, negators, window):
            continue
        out.append((a, b, word))
    return out


def covered(hits: Sequence[tuple[int, int, str]]) -> int:
    """Characters of a paragraph its (non-overlapping) phrase hits cover."""
    return sum(b - a for a, b, _ in hits)


_SENTENCE_END = "。！？!?"


def stacked(text: str, hits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The hits of the longest run of consecutive clauses of one sentence that each hold a stock phrase
    (为深入贯彻落实……，牢固树立……，切实加强……，全面提升……，扎实推进……，决定……): a purpose or
    closing sentence built of nothing but stock phrases, however short the phrases are beside the facts
    after them.  Its length in clauses is :func:`clauses`."""
    best: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    n_best = n_run = 0
    last_end = -1  # where the clause of the run's last hit ends
    for hit in hits:
        c0, c1 = clause_around(text, hit[0])
        if run and c1 == last_end:
            run.append(hit)  # a second phrase in the same clause
            continue
        if run and c0 == last_end + 1 and text[last_end] not in _SENTENCE_END:
            run.append(hit)  # the next clause of the same sentence
            n_run += 1
        else:
            run, n_run = [hit], 1
        last_end = c1
        if n_run > n_best:
            best, n_best = run, n_run  # the list itself: a later phrase of its last clause joins it
    return best


def clauses(text: str, hits: Sequence[tuple[int, int, str]]) -> int:
    """How many clauses ``hits`` stand in."""
    return len({clause_end(text, a) for a, _, _ in hits})

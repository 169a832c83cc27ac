"""What the sentence-reading rule families share (burdens, inspections).

* :class:`Lexicon` — the word lists and settings of one ``dictionaries/*.toml``:
  a setting is looked up as config option ``"CODE.key"``, else in the rule's own
  table of the file, else at its top level; and the negation reading built on them.
* :class:`Sent` and the iterators over the sentences of paragraphs and the title.

Cheap to import: jieba and the sentence helpers load on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..analysis.lexicon import load_data


@lru_cache(maxsize=128)
def _compile(patterns: tuple) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# ------------------------------------------------------------ sentences
@dataclass
class Sent:
    """One sentence of a paragraph (or of the title)."""

    line: int | None  # paragraph line; None for the joined title
    text: str  # the whole paragraph
    tokens: tuple
    quotes: list
    start: int
    end: int

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]


def para_sentences(ctx, ln: int) -> Iterator[Sent]:
    text = ctx.text(ln)
    if not text.strip():
        return
    index = ctx.index(ln)
    quotes = ctx.quotes(ln)
    for s, e in ctx.sentences(ln):
        # the sentence's own tokens: per-sentence readers stay linear in the paragraph
        yield Sent(ln, text, index.between(s, e), quotes, s, e)


def sentences(ctx, lines: Iterable[int]) -> Iterator[Sent]:
    for ln in lines:
        yield from para_sentences(ctx, ln)


def title_sentence(ctx, keep_quotes: bool = False) -> Sent | None:
    from ..analysis.sentences import quoted_spans
    from ..segment import tokenize

    title = ctx.gw.title
    if title is None or not title.text.strip():
        return None
    text = title.text
    return Sent(None, text, tuple(tokenize(text)), [] if keep_quotes else quoted_spans(text), 0, len(text))


def tokens_between(sent: Sent, a: int, b: int) -> list:
    """Tokens that start in ``[a, b)`` (a compound token such as 开展调研 that
    starts before ``b`` and runs past it counts)."""
    from bisect import bisect_left

    toks = sent.tokens
    return list(toks[bisect_left(toks, a, key=_start):bisect_left(toks, b, key=_start)])


def _start(t) -> int:
    return t.start


def clause_of(sent: Sent, pos: int) -> tuple[int, int]:
    from ..analysis.sentences import clause_spans

    for a, b in clause_spans(sent.text, sent.start, sent.end):
        if a <= pos < b:
            return a, b
    return sent.start, sent.end


# ------------------------------------------------------------ word lists
class Lexicon:
    """Settings and word lists of one rule family's data file."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    @property
    def data(self) -> dict:
        return load_data(self.filename)  # cached, lexicon deltas expanded

    def opt(self, ctx, code: str, key: str):
        d = self.data
        default = d.get(code, {}).get(key, d.get(key))
        return ctx.config.option(f"{code}.{key}", default)

    def words(self, ctx, code: str, key: str) -> tuple:
        val = self.opt(ctx, code, key) or ()
        return (val,) if isinstance(val, str) else tuple(val)

    def wordset(self, ctx, code: str, key: str) -> frozenset:
        return frozenset(self.words(ctx, code, key))

    def rx(self, ctx, code: str, key: str) -> re.Pattern | None:
        return _compile(self.words(ctx, code, key))

    def vocabulary(self, ctx, code: str):
        """The negation vocabulary of rule ``code`` (:class:`gwlint.analysis.negation.Vocabulary`)."""
        from ..analysis.negation import Vocabulary

        return ctx.memo(("vocabulary", self.filename, code), lambda: Vocabulary(
            self.wordset(ctx, code, "negators"), self.wordset(ctx, code, "weak_negators"),
            self.wordset(ctx, code, "reducers"), self.wordset(ctx, code, "reset_modals"),
            int(self.opt(ctx, code, "reducer_reach") or 6), self.words(ctx, code, "reducer_breaks"),
            self.rx(ctx, code, "reducer_object")))

    def negated(self, ctx, code: str, sent: Sent, pos: int, governors: Iterable[str] = ()) -> str | None:
        """The negator or reducer that cancels what stands at ``pos``, or None
        (see :meth:`gwlint.analysis.negation.Vocabulary.negated`)."""
        return self.vocabulary(ctx, code).negated(sent, pos, governors, clause=clause_of)

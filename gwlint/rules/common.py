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

from ..data import load_toml


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
    from ..sentences import quoted_spans, sentence_spans

    text = ctx.text(ln)
    if not text.strip():
        return
    toks = tuple(ctx.tokens(ln))
    quotes = quoted_spans(text)
    for s, e in sentence_spans(text):
        yield Sent(ln, text, toks, quotes, s, e)


def sentences(ctx, lines: Iterable[int]) -> Iterator[Sent]:
    for ln in lines:
        yield from para_sentences(ctx, ln)


def title_sentence(ctx, keep_quotes: bool = False) -> Sent | None:
    from ..segment import tokenize
    from ..sentences import quoted_spans

    title = ctx.gw.title
    if title is None or not title.text.strip():
        return None
    text = title.text
    return Sent(None, text, tuple(tokenize(text)), [] if keep_quotes else quoted_spans(text), 0, len(text))


def tokens_between(sent: Sent, a: int, b: int) -> list:
    """Tokens that start in ``[a, b)`` (a compound token such as 开展调研 that
    starts before ``b`` and runs past it counts)."""
    return [t for t in sent.tokens if a <= t.start < b]


def clause_of(sent: Sent, pos: int) -> tuple[int, int]:
    from ..sentences import clause_spans

    for a, b in clause_spans(sent.text, sent.start, sent.end):
        if a <= pos < b:
            return a, b
    return sent.start, sent.end


def preamble_matches(ctx, rx: re.Pattern | None) -> bool:
    """``rx`` in the opening of the body (its first two paragraphs before any heading):
    根据《中华人民共和国统计法》… founds the whole document on a law."""
    gw = ctx.gw
    if rx is None or not gw.body_lines:
        return False
    first_heading = min((h.line for h in gw.headings if h.part == 0), default=None)
    for ln in gw.body_lines[:2]:
        if first_heading is not None and ln >= first_heading:
            break
        if rx.search(ctx.text(ln)):
            return True
    return False


# ------------------------------------------------------------ word lists
class Lexicon:
    """Settings and word lists of one rule family's data file."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    @property
    def data(self) -> dict:
        return load_toml(self.filename)  # cached by gwlint.data

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

    def negated(self, ctx, code: str, sent: Sent, pos: int, governors: Iterable[str] = ()) -> str | None:
        """The negator or reducer that cancels what stands at ``pos``, or None.

        On top of :func:`gwlint.sentences.negated_before` (negators, attributive 的,
        reducers with a short reach), read against the characters:

        * ``reducer_breaks`` (工作, 的) between a reducer and ``pos``, not right after the
          reducer, make the phrase a work's name: 防止返贫动态监测帮扶工作台账 (jieba keeps
          工作台账 whole), while 减少工作台账 is still reduced;
        * ``reducer_object``: the reducer's object written as 对…的 + word (减少对基层的陪同接待);
        * with ``governors`` (报送, 查阅 …), a reducer that follows one of them or 请将/要把 in
          its clause sits inside the verb's object (报送黑臭水体整治台账) and reduces nothing.
        """
        from ..sentences import negated_before

        reducers = self.wordset(ctx, code, "reducers")
        negators = self.wordset(ctx, code, "negators")
        resets = self.wordset(ctx, code, "reset_modals")
        word = negated_before(sent.tokens, pos, sent.start, negators, resets,
                              weak=self.wordset(ctx, code, "weak_negators"), reducers=reducers,
                              reach=int(self.opt(ctx, code, "reducer_reach") or 6))
        if word is None:
            return self._reduced_object(ctx, code, sent, pos, reducers)
        if word in negators or word not in reducers:
            return word
        red = next((t for t in reversed(sent.tokens) if t.text == word and sent.start <= t.start and t.end <= pos),
                   None)
        if red is None:
            return word
        gap = sent.text[red.end:pos]
        if any(gap.find(w) > 0 for w in self.words(ctx, code, "reducer_breaks")):
            return None
        if governors:
            ca, _cb = clause_of(sent, red.start)
            toks = tokens_between(sent, ca, red.start)
            for i, t in enumerate(toks):
                if t.text in governors:
                    return None
                # 请将/要把 …: the 把-construction puts what follows under the later verb
                if t.text in ("将", "把") and (t.text == "把" or (i > 0 and toks[i - 1].text in resets)):
                    return None
        return word

    def _reduced_object(self, ctx, code: str, sent: Sent, pos: int, reducers) -> str | None:
        rx = self.rx(ctx, code, "reducer_object")
        if rx is None:
            return None
        ca, _cb = clause_of(sent, pos)
        red = next((t for t in reversed(tokens_between(sent, ca, pos)) if t.text in reducers and t.end <= pos), None)
        if red is not None and rx.fullmatch(sent.text[red.end:pos]):
            return red.text
        return None

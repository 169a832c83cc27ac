"""What the sentence-reading rule families share (burdens, inspections).

* :class:`Lexicon` — the word lists and settings of one ``dictionaries/*.toml``:
  a setting is looked up as config option ``"CODE.key"``, else in the rule's own
  table of the file, else at its top level; and the negation reading built on them.
* :class:`Sent` and the iterators over the sentences of paragraphs and the title
  (now :mod:`gwlint.analysis.sentences`, re-exported).

Cheap to import: jieba and the sentence helpers load on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..analysis.lexicon import load_data


@lru_cache(maxsize=128)
def _compile(patterns: tuple) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# ------------------------------------------------------------ sentences
# moved to the analysis layer (shared with the ported rules); re-exported here
from ..analysis.sentences import (  # noqa: E402,F401
    Sent, clause_of, iter_sentences as sentences, para_sentences, title_sentence, tokens_between)


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

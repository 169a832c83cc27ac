"""One :class:`Context` per linted document: everything rules read, computed once.

The engine makes a Context for a document and hands it to every rule.  Facts
that more than one rule needs (tokens, sentences, quotation spans, units, the
公文 structure, the shared facts of :mod:`gwlint.analysis.facts`) are computed on
first use and kept on the Context, so the tenth rule asking for the tokens of
paragraph 12 pays nothing — and no rule keeps a cache of its own.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config, Profile
    from ..model import Document, Paragraph
    from .structure import Structure
    from .tokens import TokenIndex

_MISSING = object()


class _Lazy:
    """The analysis modules a Context asks per paragraph, imported on first use and then kept (an import
    statement in a method costs a module look-up each call; importing them with this module would load
    the whole analysis layer whenever the package is imported)."""

    def __getattr__(self, name: str):
        import importlib

        mod = importlib.import_module(f"{__package__}.{name}")
        setattr(self, name, mod)
        return mod


_mods: Any = _Lazy()


class Context:
    def __init__(self, doc: "Document", config: "Config", structure: "Structure | None" = None) -> None:
        self.doc = doc
        self.config = config
        self._structure = structure
        self._memo: dict[Any, Any] = {}
        # the per-paragraph facts asked thousands of times, each in its own dict keyed by the line (no key
        # tuple to build and hash per call)
        self._reading: dict[int, str] = {}
        self._index: dict[int, Any] = {}
        self._sentences: dict[int, Any] = {}
        self._quotes: dict[int, Any] = {}

    # ------------------------------------------------------------ document
    @cached_property
    def gw(self) -> "Structure":
        """The recognised 公文 structure (:mod:`gwlint.analysis.structure`)."""
        from .structure import analyze

        return self._structure if self._structure is not None else analyze(self.doc)

    @property
    def profile(self) -> "Profile":
        return self.config.profile

    def para(self, line: int) -> "Paragraph":
        return self.doc.paragraphs[line - 1]

    def text(self, line: int) -> str:
        """Paragraph ``line`` as written (what the punctuation and format rules read)."""
        return self.doc.paragraphs[line - 1].text

    def reading(self, line: int) -> str:
        """Paragraph ``line`` as the language analysis reads it: half-width marks of Chinese
        text full-width (:func:`gwlint.analysis.widths.reading`; same length and offsets)."""
        val = self._reading.get(line)
        if val is None:
            val = self._reading[line] = _mods.widths.reading(self.doc.paragraphs[line - 1].text)
        return val

    @cached_property
    def text_lines(self) -> list[int]:
        """Every line except web-page noise (what the language rules read)."""
        noise = set(self.gw.noise_lines)
        return [p.line for p in self.doc.paragraphs if p.line not in noise]

    # ------------------------------------------------------------ per paragraph
    def memo(self, key: Any, make: Callable[[], Any]) -> Any:
        """``make()`` computed once per document under ``key`` (shared facts)."""
        val = self._memo.get(key, _MISSING)
        if val is _MISSING:
            val = make()
            self._memo[key] = val
        return val

    def index(self, line: int) -> "TokenIndex":
        """Tokens of paragraph ``line`` with O(1) boundary tests."""
        idx = self._index.get(line)  # asked thousands of times: no closure, no import
        if idx is None:
            idx = self._index[line] = _mods.tokens.index_of(self.reading(line))
        return idx

    def tokens(self, line: int) -> tuple:
        """jieba tokens of paragraph ``line`` with offsets."""
        return self.index(line).tokens

    def sentences(self, line: int) -> list[tuple[int, int]]:
        """(start, end) spans of the sentences of paragraph ``line``."""
        val = self._sentences.get(line, _MISSING)
        if val is _MISSING:
            val = self._sentences[line] = _mods.sentences.sentence_spans(self.reading(line))
        return val

    def quotes(self, line: int) -> list[tuple[int, int]]:
        """Spans of quoted text and titles (“…”, 《…》) in paragraph ``line``."""
        val = self._quotes.get(line, _MISSING)
        if val is _MISSING:
            val = self._quotes[line] = _mods.sentences.quoted_spans(self.reading(line))
        return val

    def units(self, line: int) -> tuple:
        """Unit mentions (:func:`gwlint.analysis.units.find_units`) of paragraph ``line``."""
        val = self._memo.get(("units", line), _MISSING)
        if val is _MISSING:
            val = self._memo[("units", line)] = tuple(_mods.units.find_units(self.reading(line)))
        return val

    # ------------------------------------------------------------ rules
    def settings(self, rule: type) -> Any:
        """The typed settings of ``rule`` for this document's config."""
        return _mods.settings.settings_for(rule, self.config)

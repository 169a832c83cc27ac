"""What a rule sees: the document, its 公文 structure, tokens and settings."""
from __future__ import annotations

from functools import cached_property

from .config import Config, Profile
from .model import Document, Paragraph
from .structure import Structure, analyze


class LintContext:
    def __init__(self, doc: Document, config: Config, structure: Structure | None = None) -> None:
        self.doc = doc
        self.config = config
        self._structure = structure

    @cached_property
    def gw(self) -> Structure:
        return self._structure if self._structure is not None else analyze(self.doc)

    @property
    def profile(self) -> Profile:
        return self.config.profile

    def para(self, line: int) -> Paragraph:
        return self.doc.paragraphs[line - 1]

    def text(self, line: int) -> str:
        return self.doc.paragraphs[line - 1].text

    def tokens(self, line: int):
        """jieba tokens of paragraph ``line`` with offsets (memoised in :mod:`segment`)."""
        from .segment import tokenize

        return tokenize(self.text(line))

    def sentences(self, line: int) -> list[tuple[int, int]]:
        """(start, end) spans of the sentences of paragraph ``line``."""
        from .sentences import sentence_spans

        return sentence_spans(self.text(line))

"""The document model every reader produces and every later stage consumes.

A reader turns a file into a :class:`Document`: an ordered list of non-empty
:class:`Paragraph` objects (body paragraphs and table cells in reading order)
plus side material (headers, footers, footnotes) that is kept apart from the
body.  Nothing here knows about 公文 structure or rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TextStyle:
    """Formatting of a paragraph where the source format records it (docx, pdf).

    ``font_east_asia`` is the resolved East Asian font (w:eastAsia slot first);
    sizes are in points.  ``None`` means unknown, never a guess.
    """

    font_east_asia: str | None = None
    font_ascii: str | None = None
    size_pt: float | None = None
    bold: bool | None = None
    alignment: str | None = None  # "left" | "center" | "right" | "justify"
    first_line_indent_pt: float | None = None
    # docx: per-run resolved fonts as (start, end, east_asia_font, size_pt) over the
    # paragraph text; lets layout rules count deviating places without re-reading.
    runs: list[tuple[int, int, str | None, float | None]] | None = None


@dataclass
class Paragraph:
    """One paragraph of extracted text.

    ``line`` is the 1-based position in :attr:`Document.paragraphs` (the
    coordinate rules work in).  ``source_index`` is the 1-based paragraph index in
    the source (docx: body paragraphs and table cells in order, counting empty
    ones; txt: the n-th non-empty line; pdf: the rebuilt paragraph ordinal).
    ``page`` is set for PDF input only.  ``source_line``/``source_column`` (txt/md
    only) are the physical line of the paragraph in the file and the number of
    characters of indentation before its text there: findings are reported at
    these coordinates (see :meth:`Document.position`).
    """

    text: str
    line: int = 0
    source_index: int = 0
    page: int | None = None
    source_line: int | None = None
    source_column: int = 0
    # txt (HZ folded with soft breaks): offsets in ``text`` where the next physical line of the file begins
    source_breaks: tuple[int, ...] = ()
    kind: str = "body"  # "body" | "table_cell"
    table: tuple[int, int, int] | None = None  # (table no., row, column), 1-based
    style: TextStyle | None = None
    # Offsets in ``text`` of spaces that stand for a tab of the source (docx ``w:tab``):
    # a list typed with tabs (序号<tab>报送材料<tab>报送时间) is a table (analysis.tables).
    tabs: tuple[int, ...] = ()
    # Opaque handle back into the source (e.g. the python-docx paragraph) for
    # writers such as the comment annotator; never serialised.
    source: Any = field(default=None, repr=False, compare=False)


@dataclass
class PageSetup:
    """Page geometry of a docx section, in millimetres."""

    width_mm: float | None = None
    height_mm: float | None = None
    top_mm: float | None = None
    bottom_mm: float | None = None
    left_mm: float | None = None
    right_mm: float | None = None


@dataclass
class Suppression:
    """A ``gwlint: ignore`` directive written in the document itself.

    Readers only record where the directive is and which codes it names; the
    engine (:mod:`gwlint.suppress`) decides which findings it silences.
    ``codes`` empty means every code.  ``first_line``..``last_line`` are the
    covered paragraph lines (inclusive, as in ``gwlint text``); ``line`` is where
    an unused directive is reported; ``origin`` says where it was written
    ("comment": a Word comment, "marker": a txt/md marker, "file": a
    whole-file marker), ``source_line`` the physical line of a txt/md marker and
    ``source_span`` its [start, end) character offsets on that line.
    """

    codes: list[str]
    first_line: int
    last_line: int
    line: int
    origin: str = "comment"
    text: str = ""
    source_line: int | None = None
    source_span: tuple[int, int] | None = None


@dataclass
class Document:
    path: str
    format: str  # "docx" | "pdf" | "txt"
    paragraphs: list[Paragraph] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    page_count: int | None = None
    # 1-based pages of a PDF that have no text layer (scanned images).
    pages_without_text: list[int] = field(default_factory=list)
    # Of those, the pages whose text is there but cannot be decoded (fonts without a
    # Unicode mapping: only "(cid:N)" comes out).
    pages_unmapped: list[int] = field(default_factory=list)
    # Of those, the pages whose text runs top to bottom (竖排, one glyph under another) or is all turned:
    # read as horizontal lines it would be a character from each column, never the draft.
    pages_sideways: list[int] = field(default_factory=list)
    # What a reader could not read of a file it did read (a truncated UTF-16 file,
    # invalid bytes): reported as GW001 warnings, so such a file never passes as clean.
    read_problems: list[str] = field(default_factory=list)
    page_setup: list[PageSetup] = field(default_factory=list)
    # Reader-level observations that are not errors (e.g. encoding fallback).
    notes: list[str] = field(default_factory=list)
    # In-document ``gwlint: ignore`` directives (Word comments, txt/md markers).
    suppressions: list[Suppression] = field(default_factory=list)
    # txt/md: the file's physical lines (decoded, without line ends).  Locations of
    # findings are then physical lines and columns, as editors and CI expect.
    source_lines: list[str] | None = None

    def __post_init__(self) -> None:
        self.renumber()

    def renumber(self) -> None:
        for i, p in enumerate(self.paragraphs, 1):
            p.line = i
            if not p.source_index:
                p.source_index = i

    def display_line(self, line: int) -> int:
        """The reported line of paragraph ``line``: its physical line in a text file,
        else the paragraph line itself (the line of ``gwlint text``)."""
        if self.source_lines is not None and 1 <= line <= len(self.paragraphs):
            return self.paragraphs[line - 1].source_line or line
        return line

    def position(self, line: int, offset: int) -> tuple[int, int]:
        """(reported line, 1-based column) of character ``offset`` of paragraph ``line``."""
        if self.source_lines is not None and 1 <= line <= len(self.paragraphs):
            p = self.paragraphs[line - 1]
            if p.source_breaks:  # a paragraph over several lines of the file: the line of the character
                import bisect

                k = bisect.bisect_right(p.source_breaks, offset)
                if k:
                    return p.source_line + k, offset - p.source_breaks[k - 1] + 1
            if p.source_line:
                return p.source_line, p.source_column + offset + 1
        return line, offset + 1

    def text_lines(self) -> list[str]:
        """The text by reported line: the physical lines of a text file, else the paragraphs."""
        if self.source_lines is not None:
            return list(self.source_lines)
        return [p.text for p in self.paragraphs]

    def furniture(self) -> list[tuple[str, str]]:
        """The lines of headers and footers that hold words, not only a page number: ``(where, text)`` with
        ``where`` 页眉 or 页脚, each text once (a header repeats on every page and in every section).  Printed on
        every page, they are checked for wording (GW8) and reported after the body: line
        ``len(text_lines()) + k`` is the k-th of them, as ``gwlint text`` shows them."""
        import re

        out: dict[tuple[str, str], None] = {}
        for where, texts in (("页眉", self.headers), ("页脚", self.footers)):
            for text in texts:
                for line in text.split("\n"):
                    line = line.strip()
                    if any(c.isalpha() for c in re.sub(r"\{[A-Z]+\}", "", line)):  # {PAGE}: a page field
                        out.setdefault((where, line), None)
        return list(out)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


class ReadError(Exception):
    """A file that cannot be read at all.  ``code`` is GW001 or GW002; ``limit`` is
    "memory" when reading ran out of memory (the file's budget, see gwlint.guard)."""

    def __init__(self, message: str, code: str = "GW001", *, limit: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.limit = limit

    def __reduce__(self):
        return (_read_error, (self.message, self.code, self.limit))


def _read_error(message: str, code: str, limit: str | None) -> ReadError:
    return ReadError(message, code, limit=limit)

"""Findings: what a rule reports, resolved to locations a drafter can find."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")


def severity_rank(sev: str) -> int:
    return SEVERITIES.index(sev)


@dataclass
class Violation:
    """What a rule yields: a message and a span inside one paragraph.

    ``line`` is the paragraph line (1-based, as in ``gwlint text``); ``None``
    means the whole document (anchored on the title).  ``start``/``end`` are
    character offsets in that paragraph's text (``end`` None = to the end).
    """

    message: str
    line: int | None = None
    start: int = 0
    end: int | None = None
    severity: str | None = None  # overrides the rule's default for this case
    fix: "Fix | None" = None
    data: dict[str, Any] = field(default_factory=dict)
    basis: str | None = None  # overrides the rule's basis (e.g. the profile's clause)


SAFE, UNSAFE = "safe", "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of ``line`` with ``text`` (empty = delete;
    ``start == end`` = insert).  Offsets are characters of that line's text.

    A rule's edits are in paragraph lines; in a :class:`Finding` they are in the
    reported coordinates of the finding itself (a text file's physical lines and
    columns, else paragraph lines), i.e. they apply to ``LintResult.lines``."""

    line: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.start + 1, "end_column": self.end + 1,
                "start": self.start, "end": self.end, "replacement": self.text}

    def overlaps(self, other: "Edit") -> bool:
        if self.line != other.line:
            return False
        if self.start == self.end or other.start == other.end:
            # an insertion conflicts with an edit that touches its point
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


@dataclass
class Fix:
    """One correction: edits applied together or not at all.

    ``applicability`` is ``safe`` when the meaning cannot change (punctuation
    width, 〔〕 brackets, 虚位 zeros) and ``unsafe`` for a word choice or a
    rewording that the drafter should confirm.  Which of several overlapping
    fixes wins is decided by :func:`gwlint.fixes.resolve`, never by the rules.
    """

    edits: list[Edit]
    title: str = ""
    applicability: str = SAFE

    @classmethod
    def replace(cls, line: int, start: int, end: int, text: str, title: str = "", *,
                applicability: str = SAFE) -> "Fix":
        return cls([Edit(line, start, end, text)], title, applicability)

    @property
    def safe(self) -> bool:
        return self.applicability == SAFE

    # The first edit, for consumers that show one replacement (and the JSON keys
    # older integrations read).
    @property
    def line(self) -> int:
        return self.edits[0].line

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return self.edits[0].end

    @property
    def replacement(self) -> str:
        return self.edits[0].text

    def to_dict(self) -> dict:
        d = self.edits[0].to_dict()
        d["title"] = self.title
        d["applicability"] = self.applicability
        d["edits"] = [e.to_dict() for e in self.edits]
        return d


@dataclass
class Finding:
    """A violation at its reported location (see :meth:`gwlint.model.Document.position`).

    ``data`` is the rule's detail.  One key has a meaning for every rule:
    ``data["highlights"]``, a list of ``[start, end)`` character ranges of the key
    words (e.g. the subject and the modal verb of a directive) that the human
    format underlines instead of the whole span.  Rules give them in paragraph
    offsets like ``Violation.start``; in a finding they are offsets in its line.
    """

    path: str
    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None = None
    paragraph: int | None = None
    excerpt: str = ""
    basis: str = ""
    fix: Fix | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def to_dict(self) -> dict:
        d = {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "location": {"line": self.line, "column": self.column, "page": self.page,
                         "paragraph": self.paragraph},
            "end_location": {"line": self.end_line, "column": self.end_column},
            "excerpt": self.excerpt,
            "basis": self.basis,
        }
        if self.fix is not None:
            d["fix"] = self.fix.to_dict()
        if self.data:
            d["data"] = self.data
        return d

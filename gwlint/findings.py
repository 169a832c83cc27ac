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


@dataclass
class Fix:
    """One mechanical correction: replace ``[start, end)`` of paragraph ``line``."""

    line: int
    start: int
    end: int
    replacement: str
    title: str = ""

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.start + 1, "end_column": self.end + 1,
                "start": self.start, "end": self.end, "replacement": self.replacement,
                "title": self.title}


@dataclass
class Finding:
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

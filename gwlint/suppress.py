"""In-document suppressions: ``gwlint: ignore [CODES]`` where the drafter works.

Readers record the directives (:class:`gwlint.model.Suppression`): a Word
comment whose text is the directive covers the paragraphs its range spans; in
.txt/.md a marker line ``<!-- gwlint: ignore GW104 -->`` covers the next
paragraph, a marker at the end of a line covers that line, and
``<!-- gwlint: ignore-file GW104 -->`` the whole file.  The engine calls
:func:`apply_suppressions` after the rules ran: covered findings are set
apart (shown only with ``--show-suppressed``), and a directive that silenced
nothing becomes a GW003 finding so that stale directives do not pile up (as
ruff's RUF100 does for ``noqa``).

This module must stay cheap to import: the readers use :func:`parse_directive`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .findings import Finding

if TYPE_CHECKING:
    from .config import Config
    from .model import Document

# "gwlint: ignore", "gwlint：ignore GW104, GW801", "gwlint: ignore-file GW1 — 理由"
_DIRECTIVE = re.compile(r"^\s*gwlint\s*[:：]\s*(ignore-file|ignore)(?![\w-])(.*)$", re.I | re.S)
_CODE = re.compile(r"GW\d{0,3}", re.I)
_SEP = re.compile(r"[\s,，、;；]+")

# Codes a directive cannot silence: the file could not be read at all, or the
# report about directives themselves.
UNSUPPRESSIBLE = frozenset({"GW001", "GW002", "GW003"})


def parse_directive(text: str) -> tuple[str, list[str]] | None:
    """("ignore" | "ignore-file", codes) for a directive, else None.

    Codes follow the verb, separated by spaces or commas; the first word that is
    not a code starts a free-text reason.  No codes means every code.
    """
    m = _DIRECTIVE.match(text)
    if m is None:
        return None
    codes: list[str] = []
    for word in _SEP.split(m.group(2).strip()):
        if not word:
            continue
        if not _CODE.fullmatch(word):
            break
        codes.append(word.upper())
    return m.group(1).lower(), codes


@dataclass
class SuppressedFinding(Finding):
    """A finding silenced by an in-document directive, kept for ``--show-suppressed``."""

    def to_dict(self) -> dict:
        d = super().to_dict()
        d["suppressed"] = True
        return d


def is_suppressed(f: Finding) -> bool:
    return isinstance(f, SuppressedFinding)


def _as_suppressed(f: Finding) -> SuppressedFinding:
    return SuppressedFinding(**{k: getattr(f, k) for k in f.__dataclass_fields__})


def _covers(codes: list[str], code: str) -> bool:
    if not codes:
        return True
    from .rules import matches

    return matches(code, codes) > 0


def apply_suppressions(findings: list[Finding], doc: "Document", config: "Config", path: str,
                       make_finding) -> tuple[list[Finding], list[Finding]]:
    """Split ``findings`` into (kept, suppressed) and add GW003 for unused directives.

    ``make_finding(code, message, suppression)`` builds an engine finding at the
    directive (so GW003 passes through the same severity/selection rules).
    Findings are in reported coordinates (:meth:`Document.display_line`), the
    directives' ranges in paragraph lines.
    """
    sups = doc.suppressions
    if not sups:
        return findings, []
    used = [False] * len(sups)
    ranges = [(doc.display_line(s.first_line), doc.display_line(s.last_line)) if s.first_line <= s.last_line
              else (1, 0) for s in sups]
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        hit = False
        if f.code not in UNSUPPRESSIBLE:
            for i, s in enumerate(sups):
                if ranges[i][0] <= f.line <= ranges[i][1] and _covers(s.codes, f.code):
                    used[i] = True
                    hit = True
        if hit:
            suppressed.append(_as_suppressed(f))
        else:
            kept.append(f)
    if config.enabled("GW003", path):
        for s, u in zip(sups, used):
            if u:
                continue
            msg = _unused_message(s, config, path)
            if msg:
                kept.append(make_finding("GW003", msg, s))
    return kept, suppressed


def _where(s) -> str:
    if s.origin == "comment":
        return "批注"
    return f"第 {s.source_line} 行的标记" if s.source_line else "标记"


def _unused_message(s, config: "Config", path: str) -> str | None:
    """Why a directive that silenced nothing is stale, or None when it cannot be judged."""
    from .rules import all_rules

    known = [r.code for r in all_rules()]
    what = f"“{s.text}”" if s.text else "gwlint: ignore"
    if not s.codes:
        return f"{_where(s)}{what}没有抑制任何问题：所覆盖的段落没有检查出问题。请删除这条抑制说明。"
    unknown = [c for c in s.codes if not any(k.startswith(c) for k in known)]
    if unknown:
        return f"{_where(s)}{what}中的 {'、'.join(unknown)} 不是 gwlint 的规则代码，抑制无效。请核对规则代码（gwlint rule 可列出全部规则）。"
    # Codes switched off by the configuration never ran here: a directive for them
    # is not stale, only idle in this run (e.g. --select GW8).
    live = [c for c in s.codes if any(k.startswith(c) and config.enabled(k, path) for k in known)]
    if not live:
        return None
    return (f"{_where(s)}{what}没有抑制任何问题：所覆盖的段落没有 {'、'.join(live)} 问题"
            "（可能已经改正）。请删除这条抑制说明或改正其中的规则代码。")


def mark_for_text(findings: list[Finding]) -> list[Finding]:
    """Suppressed findings with "（已抑制）" before the message, for the human formats."""
    from dataclasses import replace

    return [replace(f, message=f"（已抑制）{f.message}") if is_suppressed(f) else f for f in findings]

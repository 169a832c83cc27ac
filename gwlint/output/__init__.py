"""Formatters: findings → text.  They only format; they never lint."""
from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ..findings import Finding

FORMATS = ("full", "concise", "json", "jsonl", "sarif", "github")


def render(findings: list[Finding], fmt: str, out: TextIO, *, sources: dict[str, list[str]] | None = None,
           color: bool = False, files: int = 0, errors: dict[str, str] | None = None,
           exit_code: int | None = None, unsafe_fixes: bool = False,
           notes: dict[str, list[str]] | None = None) -> None:
    """Write ``findings`` in format ``fmt``.

    ``sources`` maps a path to its paragraph texts (excerpts, SARIF snippets and
    fingerprints); ``errors`` maps unreadable paths to the reason and
    ``exit_code`` is the run's exit status (both recorded in SARIF, as are the
    reader ``notes`` by path; the full report lists them before its summary, the
    CLI says them on stderr for the formats that have no place for them).
    ``unsafe_fixes``: the run applies unsafe fixes too (which findings the
    full format marks as fixable).
    """
    if fmt == "sarif":  # URIs percent-encode the real bytes of file names; JSON escapes controls
        from .sarif import render_sarif

        render_sarif(findings, out, sources=sources, errors=errors, exit_code=exit_code, notes=notes)
        return
    findings, sources, errors, notes = _presentable(findings, sources, errors, notes,
                                                    terminal=fmt not in ("json", "jsonl"))
    if fmt == "github":
        from .github import render_github

        render_github(findings, out, sources=sources)
    elif fmt == "json":
        from ..safeio import json_text

        out.write(json_text([f.to_dict() for f in findings], indent=2) + "\n")
    elif fmt == "jsonl":
        from ..safeio import json_text

        for f in findings:
            out.write(json_text(f.to_dict()) + "\n")
    elif fmt == "concise":
        for f in findings:
            out.write(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}\n")
    else:
        from .full import render_full

        render_full(findings, out, sources or {}, color=color, files=files, unsafe_fixes=unsafe_fixes,
                    notes=notes or {})


def _presentable(findings: list[Finding], sources: dict[str, list[str]] | None, errors: dict[str, str] | None,
                 notes: dict[str, list[str]] | None = None, *, terminal: bool):
    """What the text formats may print: file names that are not UTF-8 as ``\\xNN`` (every format), and for
    formats read on a terminal no control characters from the draft (an ESC or OSC sequence in a .txt would
    drive the reader's terminal: clear it, retitle it, hide findings).  One character stands for one, so
    columns stay right."""
    from dataclasses import replace

    from ..findings import Edit, Fix
    from ..safeio import clean_text, display_path

    def text(s):
        return clean_text(s) if terminal and isinstance(s, str) else s

    out = []
    for f in findings:
        changes = {}
        shown = display_path(f.path, one_line=terminal)
        if shown != f.path:
            changes["path"] = shown
        if terminal:
            for attr in ("message", "excerpt", "basis"):
                v = getattr(f, attr)
                if v and clean_text(v) != v:
                    changes[attr] = clean_text(v)
            if f.fix is not None and any(clean_text(e.text) != e.text for e in f.fix.edits):
                changes["fix"] = Fix([Edit(e.line, e.start, e.end, clean_text(e.text)) for e in f.fix.edits],
                                     text(f.fix.title), f.fix.applicability)
        out.append(replace(f, **changes) if changes else f)
    if sources:
        sources = {display_path(k, one_line=terminal): [text(x) for x in v] if terminal else v for k, v in sources.items()}
    if errors:
        errors = {display_path(k, one_line=terminal): text(v) for k, v in errors.items()}
    if notes:
        notes = {display_path(k, one_line=terminal): [text(x) for x in v] for k, v in notes.items()}
    return out, sources, errors, notes


def statistics(findings: list[Finding], out: TextIO, fmt: str = "full") -> None:
    counts = Counter((f.code, f.name) for f in findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if fmt in ("json", "jsonl"):
        json.dump([{"code": c, "name": n, "count": k} for (c, n), k in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for (code, name), k in rows:
        out.write(f"{k:6d}  {code}  {name}\n")

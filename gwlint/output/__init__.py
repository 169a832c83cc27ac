"""Formatters: findings → text.  They only format; they never lint."""
from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ..findings import Finding

FORMATS = ("full", "concise", "json", "jsonl", "sarif", "github")


def render(findings: list[Finding], fmt: str, out: TextIO, *, sources: dict[str, list[str]] | None = None,
           color: bool = False, files: int = 0, errors: dict[str, str] | None = None,
           exit_code: int | None = None, unsafe_fixes: bool = False) -> None:
    """Write ``findings`` in format ``fmt``.

    ``sources`` maps a path to its paragraph texts (excerpts, SARIF snippets and
    fingerprints); ``errors`` maps unreadable paths to the reason and
    ``exit_code`` is the run's exit status (both recorded in SARIF).
    ``unsafe_fixes``: the run applies unsafe fixes too (which findings the
    full format marks as fixable).
    """
    if fmt == "sarif":
        from .sarif import render_sarif

        render_sarif(findings, out, sources=sources, errors=errors, exit_code=exit_code)
    elif fmt == "github":
        from .github import render_github

        render_github(findings, out, sources=sources)
    elif fmt == "json":
        json.dump([f.to_dict() for f in findings], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for f in findings:
            out.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "concise":
        for f in findings:
            out.write(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}\n")
    else:
        from .full import render_full

        render_full(findings, out, sources or {}, color=color, files=files, unsafe_fixes=unsafe_fixes)


def statistics(findings: list[Finding], out: TextIO, fmt: str = "full") -> None:
    counts = Counter((f.code, f.name) for f in findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if fmt in ("json", "jsonl"):
        json.dump([{"code": c, "name": n, "count": k} for (c, n), k in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for (code, name), k in rows:
        out.write(f"{k:6d}  {code}  {name}\n")

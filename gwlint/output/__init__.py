"""Formatters: findings → text.  They only format; they never lint."""
from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from ..findings import Finding

FORMATS = ("full", "concise", "json", "jsonl")


def render(findings: list[Finding], fmt: str, out: TextIO, *, sources: dict[str, list[str]] | None = None,
           color: bool = False, files: int = 0) -> None:
    if fmt == "json":
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

        render_full(findings, out, sources or {}, color=color, files=files)


def statistics(findings: list[Finding], out: TextIO, fmt: str = "full") -> None:
    counts = Counter((f.code, f.name) for f in findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if fmt in ("json", "jsonl"):
        json.dump([{"code": c, "name": n, "count": k} for (c, n), k in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for (code, name), k in rows:
        out.write(f"{k:6d}  {code}  {name}\n")

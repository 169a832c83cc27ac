"""GitHub Actions workflow commands: each finding becomes an annotation on the
pull request (``::error file=…,line=…::message``)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from ..findings import Finding
from .fixtext import describe_fix

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escaping of a command's message, as the Actions runner decodes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Property values additionally may not contain ``:`` or ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _display_path(path: str, root: Path) -> str:
    """Annotations need paths relative to the checkout (the working directory)."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(root).as_posix()
        except (ValueError, RuntimeError, OSError):  # outside the checkout, or a symlink loop
            return p.as_posix()
    return Path(os.path.normpath(path)).as_posix()


def annotation(f: Finding, root: Path, has_text: bool = True, lines: list[str] | None = None) -> str:
    props = [("file", _display_path(f.path, root))]
    if has_text:
        props += [("line", str(f.line)), ("col", str(f.column))]
        if f.end_line != f.line:
            props.append(("endLine", str(f.end_line)))
        elif f.end_column > f.column:
            props.append(("endColumn", str(f.end_column)))
    props.append(("title", f"{f.code} {f.name}"))
    message = f.message
    fix = describe_fix(f, lines)
    if fix:
        message += f"\n{fix}"
    if f.basis:
        message += f"\n依据：{f.basis}"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS.get(f.severity, 'warning')} {head}::{escape_data(message)}"


def render_github(findings: list[Finding], out: TextIO, *, sources: dict[str, list[str]] | None = None,
                  root: str | Path | None = None) -> None:
    root = Path(root or Path.cwd()).resolve()
    sources = sources or {}
    for f in findings:
        has_text = bool(sources.get(f.path)) or f.paragraph is not None or bool(f.excerpt)
        out.write(annotation(f, root, has_text, sources.get(f.path)) + "\n")

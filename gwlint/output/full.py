"""The default human format: location, code, severity and message, then the
excerpt fitted to the terminal with the span in colour and carets under it (or
under the key words a rule marks in ``data["highlights"]``, or under the several
places one fix changes), then the fix in words.

The excerpt window is measured in display columns (:mod:`.terminal`): the
context around the span is trimmed, never the span itself; a span wider than
the terminal is shown over several rows, each with its own carets.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TextIO

from ..findings import Finding
from .fixtext import describe_fix
from .terminal import ambiguous_width, cell_width, printable, terminal_width

_SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
_SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MORE = "⋯"  # trimmed context (U+22EF: one column in every terminal, unlike …)
_FIT = 2     # columns counted for East Asian ambiguous characters when fitting: never overflow


@dataclass
class Row:
    """Characters ``[a, b)`` of the line, with ``⋯`` before (``lead``) or after (``trail``)."""

    a: int
    b: int
    lead: bool
    trail: bool


def _spans(f: Finding, n: int) -> tuple[int, int, list[tuple[int, int]], bool]:
    """(start, end) of the span in its line, the character ranges to mark with carets and
    whether they are the rule's key words (``data["highlights"]``) rather than the span."""
    start = max(0, min(f.column - 1, n))
    end = f.end_column - 1 if f.end_line == f.line else n
    end = max(start, min(end, n))
    marks = []
    for h in (f.data or {}).get("highlights") or ():
        try:
            a, b = int(h[0]), int(h[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= a < b <= n:
            marks.append((a, b))
    if marks:
        return start, end, marks, True
    # else the characters a fix changes (GW801: each half-width mark), else the span
    if f.fix is not None:
        marks = [(e.start, e.end) for e in f.fix.edits
                 if e.line == f.line and 0 <= e.start < e.end <= n and start <= e.start and e.end <= max(end, start + 1)]
    if marks and len(marks) > 1:
        return start, end, marks, False
    return start, end, [(start, max(end, start + 1))], False


def layout(text: str, start: int, end: int, columns: int) -> list[Row]:
    """Rows of at most ``columns`` display columns showing all of ``[start, end)`` and as much
    context on both sides as fits (ambiguous characters counted wide)."""
    n = len(text)
    # a finding at column 1 of an empty line (a file-level GW001 warning on a blank first line)
    start = min(start, n)
    end = min(max(end, min(start + 1, n)), n)
    budget = max(4, columns - 2)  # room for ⋯ on both sides

    def w(i: int) -> int:
        return cell_width(text[i], _FIT)

    span = sum(w(i) for i in range(start, end))
    if span <= budget:
        a, b, used = start, end, span
        grew = True
        while grew:
            grew = False
            if b < n and used + w(b) <= budget:
                used += w(b)
                b += 1
                grew = True
            if a > 0 and used + w(a - 1) <= budget:
                a -= 1
                used += w(a)
                grew = True
        return [Row(a, b, a > 0, b < n)]
    rows: list[Row] = []
    a, used = start, 0
    for i in range(start, end):
        if used + w(i) > budget:
            rows.append(Row(a, i, False, False))
            a, used = i, 0
        used += w(i)
    rows.append(Row(a, end, False, False))
    rows[0].lead = start > 0
    rows[-1].trail = end < n
    return rows


def excerpt_rows(f: Finding, text: str, width: int, ambiguous: int = 1) -> list[tuple[str, str, list, list]]:
    """(text row, caret row, styled ranges of the text row, marked ranges) per row.

    Ranges are offsets in the returned text row: the span gets the severity colour,
    the rule's key words are underlined; carets go under the key words, else the span."""
    text = printable(text)
    gutter = len(str(f.line)) + 3  # "12 | "
    start, end, marks, keywords = _spans(f, len(text))
    lo = min([start] + [a for a, _ in marks])
    hi = max([end] + [b for _, b in marks])
    out = []
    for row in layout(text, lo, hi, width - gutter):
        shown = (_MORE if row.lead else "") + text[row.a:row.b] + (_MORE if row.trail else "")
        off = 1 if row.lead else 0

        def clip(ranges):
            return [(max(a, row.a) - row.a + off, min(b, row.b) - row.a + off)
                    for a, b in ranges if a < row.b and b > row.a]

        caret = [" "] * (1 if row.lead else 0)
        for i in range(row.a, row.b):
            hit = any(a <= i < b for a, b in marks)
            caret.append(("^" if hit else " ") * cell_width(text[i], ambiguous))
        if start >= len(text) and row.b == len(text) and any(a >= len(text) for a, _ in marks):
            caret.append("^")  # a point after the last character
        out.append((shown, "".join(caret).rstrip(), clip([(start, end)]), clip(marks) if keywords else []))
    return out


def render_full(findings: list[Finding], out: TextIO, sources: dict[str, list[str]], *, color: bool,
                files: int, width: int | None = None, ambiguous: int | None = None,
                unsafe_fixes: bool = False, notes: dict[str, list[str]] | None = None) -> None:
    """The report: each finding with its excerpt, the reader's ``notes`` by path (what it had to do to
    read a file: an encoding guessed), then the summary line."""
    can_fix = {id(f) for f in _applicable(findings, unsafe_fixes)}
    width = width or terminal_width(out)
    ambiguous = ambiguous or ambiguous_width()
    console = None
    if color:
        from rich.console import Console

        console = Console(file=out, highlight=False, soft_wrap=True, width=width, force_terminal=True,
                          emoji=False, markup=False)

    def emit(plain: str, styled=None) -> None:
        if console is not None and styled is not None:
            console.print(styled)
        else:
            out.write(plain + "\n")

    for f in findings:
        _finding(f, sources.get(f.path), emit, console is not None, width, ambiguous, id(f) in can_fix)
    for path in sorted(notes or {}):
        for note in notes[path]:
            line = f"{path}: 说明：{note}"
            emit(line, _styled([(line, "dim")]) if console is not None else None)
    from ..suppress import is_suppressed

    active = [f for f in findings if not is_suppressed(f)]
    n = len(active)
    by = {s: sum(1 for f in active if f.severity == s) for s in ("error", "warning", "info")}
    files_txt = f"检查了 {files} 个文件，" if files else ""
    if n:
        summary = (f"{files_txt}发现 {n} 个问题（错误 {by['error']}，警告 {by['warning']}，提示 {by['info']}）。")
    else:
        summary = f"{files_txt}未发现问题。"
    if n:
        summary += fixable_summary(active, unsafe_fixes)
    if len(findings) > n:  # shown with --show-suppressed, not counted as problems
        summary += f"另有 {len(findings) - n} 个问题已按文档内标注忽略。"
    emit(summary, _styled([(summary, "bold")]) if console is not None else None)


def _applicable(findings: list[Finding], unsafe: bool) -> list[Finding]:
    """Fixable findings of files gwlint can write fixes into (.txt/.md in place, .docx as a revised copy)."""
    from ..fixes import fixable

    return [f for f in fixable(findings, unsafe=unsafe) if not f.path.lower().endswith(".pdf")]


def fixable_summary(findings: list[Finding], unsafe_fixes: bool) -> str:
    """"其中 N 个可自动修正（--fix）", and how many more --unsafe-fixes would fix."""
    now = _applicable(findings, unsafe_fixes)
    more = len(_applicable(findings, True)) - len(now)
    out = ""
    if now:
        how = sorted({"--fix-docx" if f.path.lower().endswith(".docx") else "--fix" for f in now})
        out = f"其中 {len(now)} 个可自动修正（{'、'.join(how)}）。"
    if more:
        out += f"另有 {more} 个可用 --unsafe-fixes 修正。"
    return out


def _styled(parts: Sequence[tuple[str, str | None]]):
    from rich.text import Text

    t = Text()
    for s, style in parts:
        t.append(s, style=style)
    return t


def _finding(f: Finding, lines: list[str] | None, emit, color: bool, width: int, ambiguous: int,
             fixable: bool = False) -> None:
    sev = _SEV_ZH.get(f.severity, f.severity)
    style = _SEV_STYLE.get(f.severity, "")
    page = f" 第{f.page}页" if f.page else ""
    where = f"{f.path}:{f.line}:{f.column}:"
    mark = " [*]" if fixable else ""  # fixable with --fix (or --fix-docx), as ruff marks them
    head = f"{where}{page} {f.code}{mark} [{sev}] {f.message}"
    emit(head, _styled([(where, "bold"), (page + " ", None), (f.code, style), (mark + " ", None),
                        (f"[{sev}]", style), (" " + f.message, None)]) if color else None)
    if lines and 1 <= f.line <= len(lines):
        gutter, pad = str(f.line), " " * len(str(f.line))
        for k, (row, caret, spans, marks) in enumerate(excerpt_rows(f, lines[f.line - 1], width, ambiguous)):
            g = gutter if k == 0 else pad
            styled = None
            if color:
                from rich.text import Text

                t = Text(f"{g} | ", style="dim")
                body = Text(row)
                for a, b in spans:
                    body.stylize(style, a, b)
                for a, b in marks:
                    body.stylize("bold underline", a, b)
                styled = t + body
            emit(f"{g} | {row}", styled)
            if caret.strip():
                emit(f"{pad} | {caret}", _styled([(f"{pad} | ", "dim"), (caret, style)]) if color else None)
    fix = describe_fix(f, lines)
    if fix:
        emit(f"  {fix}", _styled([("  " + fix, "green")]) if color else None)
    emit("")

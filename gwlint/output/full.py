"""The default human format: location, code, message, and the excerpt with the
span underlined (CJK characters are two columns wide)."""
from __future__ import annotations

from typing import TextIO

from ..findings import Finding
from ..textutil import display_width

_WINDOW = 36  # characters of context shown on each side of a span in long paragraphs
_SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
_SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut a window around [start, end) and return it with the span's new offsets."""
    a = max(0, start - _WINDOW)
    b = min(len(text), max(end, start + 1) + _WINDOW)
    if end - start > 2 * _WINDOW:  # very long spans: show their beginning
        b = min(len(text), start + 2 * _WINDOW)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text) else ""
    return prefix + text[a:b] + suffix, start - a + len(prefix), min(end, b) - a + len(prefix)


def render_full(findings: list[Finding], out: TextIO, sources: dict[str, list[str]], *, color: bool,
                files: int, unsafe_fixes: bool = False) -> None:
    can_fix = {id(f) for f in _applicable(findings, unsafe_fixes)}
    console = None
    if color:
        from rich.console import Console

        console = Console(file=out, highlight=False, soft_wrap=True)

    def emit(plain: str, styled: str | None = None) -> None:
        if console is not None and styled is not None:
            console.print(styled)
        else:
            out.write(plain + "\n")

    for f in findings:
        page = f" 第{f.page}页" if f.page else ""
        mark = " [*]" if id(f) in can_fix else ""  # fixable with --fix, as ruff marks them
        head = f"{f.path}:{f.line}:{f.column}:{page} {f.code}{mark} [{_SEV_ZH.get(f.severity, f.severity)}] {f.message}"
        if console is not None:
            from rich.markup import escape

            styled = (f"[bold]{escape(f.path)}:{f.line}:{f.column}:[/]{escape(page)} "
                      f"[{_SEV_STYLE[f.severity]}]{f.code}[/]{escape(mark)} {escape(f.message)}")
            emit(head, styled)
        else:
            emit(head)
        lines = sources.get(f.path)
        if lines and 1 <= f.line <= len(lines):
            text = lines[f.line - 1]
            start = f.column - 1
            end = f.end_column - 1 if f.end_line == f.line else len(text)
            snip, s, e = _snippet(text, start, max(end, start + 1))
            gutter = str(f.line)
            pad = " " * len(gutter)
            caret = " " * display_width(snip[:s]) + "^" * max(1, display_width(snip[s:e]))
            emit(f"{gutter} | {snip}")
            if console is not None:
                from rich.markup import escape

                emit(f"{pad} | {caret}", f"{pad} | [{_SEV_STYLE[f.severity]}]{escape(caret)}[/]")
            else:
                emit(f"{pad} | {caret}")
        if f.fix is not None:
            emit(f"  建议修改为：{f.fix.replacement}")
        emit("")
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
    emit(summary, f"[bold]{summary}[/]" if console is not None else None)


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

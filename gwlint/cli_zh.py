"""The command line's scaffolding in Chinese: help pages and usage errors.

click (inside typer) writes "Usage:", "Options:", "Missing argument …" in
English and has no translation hook in the version typer vendors.  gwlint runs
its command in non-standalone mode, gives every command a context that
translates the help page, and prints usage errors itself from the exception's
fields (which parameter, which option, which choices) — never by translating
click's English sentences word for word.
"""
from __future__ import annotations

import difflib
import re
import sys
from typing import Any

_HELP = [
    (re.compile(r"^Usage: ", re.M), "用法："),
    (re.compile(r"^Options:$", re.M), "选项："),
    (re.compile(r"^Commands:$", re.M), "命令："),
    (re.compile(r"^Arguments:$", re.M), "参数："),
    (re.compile(r"Show this message and exit\."), "显示本帮助并退出。"),
    (re.compile(r"\[default: ([^\]]*)\]"), r"[默认：\1]"),
    (re.compile(r"\[required\]"), "[必填]"),
    (re.compile(r"\[OPTIONS\]"), "[选项]"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "命令 [参数]..."),
]
# metavars: typer >= 0.2x writes <str>, older click TEXT
_METAVARS = {"str": "文本", "text": "文本", "path": "路径", "int": "整数", "integer": "整数", "float": "数值",
             "filename": "文件名"}
_METAVAR = re.compile(r"(?<= )(?:<(str|path|int|float|filename)>|(TEXT|PATH|INTEGER|FLOAT|FILENAME)(?=\s|$|\.\.\.))")
# a help table row: the term, at least two spaces, the description
_ROW = re.compile(r"^(  \S.*?)( {2,})(\S.*)$")


def _width(text: str) -> int:
    from .output.terminal import text_width

    return text_width(text)


def _metavars(line: str) -> str:
    """Metavars in Chinese; the spaces after one absorb its extra width so the table stays aligned."""
    out, pos = [], 0
    for m in _METAVAR.finditer(line):
        new = f"<{_METAVARS[m.group(1)]}>" if m.group(1) else _METAVARS[m.group(2).lower()]
        out.append(line[pos:m.start()] + new)
        pos = m.end()
        extra = _width(new) - len(m.group(0))
        spaces = len(line[pos:]) - len(line[pos:].lstrip(" "))
        if extra > 0 and spaces - extra >= 2:
            pos += extra
        elif extra < 0 and spaces >= 2:
            out.append(" " * -extra)
    out.append(line[pos:])
    return "".join(out)


# a unit of line breaking: an ASCII word, a run of spaces, or one other character
_UNIT = re.compile(r"[!-~]+| +|.", re.S)
# never at the start of a line (line-breaking rules of Chinese typesetting)
_NO_START = set("，。、；：？！）》」』】〕”’…%,.;:?!)]")


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` display columns (CJK counts 2):
    between any two Chinese characters, at spaces between ASCII words, never before a
    closing mark (the character before it moves down with it).  click wraps by
    characters, which lets Chinese help run past the edge."""
    lines: list[str] = []
    cur: list[str] = []  # the units of the line being filled

    def flush(units: list[str]) -> None:
        line = "".join(units).rstrip()
        if line:
            lines.append(line)

    for unit in _UNIT.findall(text.replace("\n", " ")):
        if unit.isspace() and not cur:
            continue
        if cur and not unit.isspace() and _width("".join(cur) + unit) > width:
            carry = [unit]
            while unit in _NO_START and len(cur) > 1:  # carry the word before the closing marks down
                carry.insert(0, cur.pop())
                if carry[0] not in _NO_START:
                    break
            flush(cur)
            cur = carry if carry[0].strip() else carry[1:]
            continue
        cur.append(unit)
    flush(cur)
    return lines


def _joined(lines: list[str]) -> str:
    """Source lines of one paragraph as one line: no space where two Chinese characters meet."""
    out = ""
    for line in (x.strip() for x in lines):
        if out and line and not (ord(out[-1]) > 0x2E80 and ord(line[0]) > 0x2E80):
            out += " "
        out += line
    return out


def _formatter_class(base):
    class ZhFormatter(base):  # type: ignore[misc, valid-type]
        """click's help formatter, wrapping by display columns."""

        def write_text(self, text: str) -> None:
            indent = " " * self.current_indent
            for i, para in enumerate(re.split(r"\n\s*\n", text.strip("\n"))):
                if i:
                    self.write("\n")
                raw = para.split("\n")
                if raw[0].strip() == "\b":  # click's mark for a block kept as written
                    self.write("".join(f"{indent}{x}\n" for x in raw[1:]))
                    continue
                for line in wrap_columns(_joined(raw), max(self.width - self.current_indent, 10)):
                    self.write(f"{indent}{line}\n")

        def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
            rows = list(rows)
            first_col = min(max((_width(a) for a, _ in rows), default=0), col_max) + col_spacing
            for first, second in rows:
                self.write(f"{'':>{self.current_indent}}{first}")
                if not second:
                    self.write("\n")
                    continue
                if _width(first) <= first_col - col_spacing:
                    self.write(" " * (first_col - _width(first)))
                else:
                    self.write("\n" + " " * (first_col + self.current_indent))
                for pat, rep in _HELP:  # before wrapping: "[default: x]" must not be cut in two first
                    second = pat.sub(rep, second)
                lines = wrap_columns(_joined(second.split("\n")), max(self.width - first_col - 2, 10)) or [""]
                self.write(lines[0] + "\n")
                for line in lines[1:]:
                    self.write(f"{'':>{first_col + self.current_indent}}{line}\n")

    return ZhFormatter


def translate_help(text: str) -> str:
    for pat, rep in _HELP:
        text = pat.sub(rep, text)
    return "\n".join(_metavars(x) for x in text.split("\n"))


def _click():
    try:  # typer >= 0.2x vendors click
        from typer import _click as c  # type: ignore[attr-defined]

        c.core, c.exceptions  # noqa: B018
        return c
    except (ImportError, AttributeError):  # pragma: no cover - older typer with click installed
        import click as c

        return c


def _abort() -> type:
    import typer

    return getattr(typer, "Abort", None) or _click().exceptions.Abort


def chinese_command(app) -> Any:
    """The click command of ``app`` with a help-translating context on every (sub)command."""
    import typer.main

    c = _click()
    base = c.core.Context

    class ZhContext(base):  # type: ignore[misc, valid-type]
        formatter_class = _formatter_class(c.formatting.HelpFormatter)

        def get_help(self) -> str:
            return translate_help(super().get_help())

        def get_usage(self) -> str:
            return translate_help(super().get_usage())

    cmd = typer.main.get_command(app)
    todo = [cmd]
    while todo:
        x = todo.pop()
        x.context_class = ZhContext
        todo.extend(getattr(x, "commands", {}).values())
    return cmd


def _param_name(param, ctx) -> str:
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "argument":
        return param.human_readable_name if hasattr(param, "human_readable_name") else param.name
    opts = list(getattr(param, "opts", []) or [])
    return " / ".join(sorted(opts, key=len, reverse=True)[:1]) or param.name


def usage_message(exc) -> str:
    """The Chinese sentence for a click usage error."""
    c = _click()
    E = c.exceptions
    ctx = getattr(exc, "ctx", None)
    msg = getattr(exc, "message", "") or ""
    if isinstance(exc, E.MissingParameter):
        kind = "参数" if getattr(exc.param, "param_type_name", "") == "argument" else "选项"
        return f"缺少{kind} {_param_name(exc.param, ctx)}。"
    if isinstance(exc, E.NoSuchOption):
        text = f"没有选项 {exc.option_name}。"
        close = sorted(exc.possibilities or [])
        if close:
            text += f"您是不是要用 {'、'.join(close)}？"
        return text
    if isinstance(exc, E.BadOptionUsage):
        name = getattr(exc, "option_name", "")
        if "requires an argument" in msg or "requires" in msg and "argument" in msg:
            return f"选项 {name} 后面需要写一个值。"
        return f"选项 {name} 用法有误（{msg}）。"
    if isinstance(exc, E.BadParameter):
        param = exc.param
        name = _param_name(param, ctx) or (exc.param_hint if isinstance(exc.param_hint, str) else "")
        choices = getattr(getattr(param, "type", None), "choices", None)
        if choices:
            got = re.match(r"'(.*?)' is not", msg)
            value = f"“{got.group(1)}”" if got else ""
            opts = "、".join(str(getattr(x, "value", x)) for x in choices)
            return f"{name} 的值{value}无效，可选：{opts}。"
        got = re.match(r"'(.*?)' is not a valid (integer|int|float)", msg)
        if got:
            kind = "数" if got.group(2) == "float" else "整数"
            return f"{name} 的值“{got.group(1)}”不是{kind}。"
        return f"{name} 的值无效：{msg}"
    got = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", msg)
    if got:
        return f"多余的参数：{got.group(1)}。"
    got = re.match(r"No such command '(.*)'", msg)
    if got:
        return unknown_command(got.group(1), ctx)
    return msg


def unknown_command(name: str, ctx=None, commands=None) -> str:
    if commands is None and ctx is not None:
        commands = list(getattr(ctx.command, "commands", {}) or {})
    text = f"没有命令“{name}”。"
    close = difflib.get_close_matches(name, list(commands or []), n=1, cutoff=0.6)
    if close:
        prefix = f"{ctx.command_path} " if ctx is not None else "gwlint "
        text += f"您是不是要用 {prefix}{close[0]}？"
    return text


def show_usage_error(exc, prog: str = "gwlint") -> None:
    ctx = getattr(exc, "ctx", None)
    out = sys.stderr
    if ctx is not None:
        out.write(ctx.get_usage() + "\n")
        help_opt = (ctx.help_option_names or ["--help"])[0]
        out.write(f"用 {ctx.command_path} {help_opt} 查看帮助。\n\n")
    out.write(f"{prog}: 错误：{usage_message(exc)}\n")


def run(app, args: list[str], prog_name: str) -> int:
    """Run the typer ``app`` with Chinese help and usage errors; return the exit code."""
    c = _click()
    cmd = chinese_command(app)
    try:
        rv = cmd.main(args=args, prog_name=prog_name, standalone_mode=False)
    except c.exceptions.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `gwlint` alone: the help page (its message)
            sys.stderr.write(exc.format_message() + "\n")
            return exc.exit_code
        show_usage_error(exc, prog_name)
        return 2
    except c.exceptions.ClickException as exc:  # pragma: no cover - not raised by gwlint's commands
        sys.stderr.write(f"{prog_name}: 错误：{exc.format_message()}\n")
        return exc.exit_code
    except _abort():
        sys.stderr.write("已中止。\n")
        return 1
    return rv if isinstance(rv, int) else 0

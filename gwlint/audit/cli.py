"""``gwlint audit``: batch audits of issued documents into a SQLite database, and their report.

    gwlint audit DIR... [--db gwlint-audit.sqlite] [--jobs N]     (= gwlint audit run DIR...)
    gwlint audit report --db gwlint-audit.sqlite -o report.html [--format html|csv|json]

``report`` is a subcommand, yet ``gwlint audit DIR`` must work: the group
inserts ``run`` when its first argument is not a subcommand name (a folder
literally named ``report`` is written ``./report`` or after ``run``).
Importing this module is cheap; the runner, the store and the report load
when a command runs.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperGroup

DEFAULT_DB = "gwlint-audit.sqlite"


class _AuditGroup(TyperGroup):
    def parse_args(self, ctx, args):
        if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
            if _mistyped(args[0], self.list_commands(ctx)):  # gwlint audit reportt: not a folder named so
                from ..cli_zh import unknown_command

                typer.echo(f"gwlint: 错误：{unknown_command(args[0], ctx)}审计文件夹时请写文件夹路径。", err=True)
                raise typer.Exit(2)
            args = ["run", *args]
        elif args and args[0].startswith("-") and args[0] not in ("-h", "--help"):
            args = ["run", *args]  # gwlint audit --jobs 2 DIR
        return super().parse_args(ctx, args)


def _mistyped(word: str, commands) -> bool:
    """A bare word close to a subcommand (reportt, rnu) that is no path on disk."""
    import difflib

    if any(ch in word for ch in "./\\") or not word.isascii() or Path(word).exists():
        return False
    return bool(difflib.get_close_matches(word.lower(), list(commands), n=1, cutoff=0.6))


audit_app = typer.Typer(
    cls=_AuditGroup,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="批量审计已发文件：并行检查文件夹中的公文，结果存入 SQLite 数据库，并生成统计报告。\n\n"
         "gwlint audit 文件夹... 即执行 run；gwlint audit report 生成报告。",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ReportFmt(str, Enum):
    html = "html"
    csv = "csv"
    json = "json"


def _is_file(p: Path) -> bool:
    try:
        return p.is_file()
    except OSError:  # a symlink loop or a folder without search permission
        return False


def _fail(msg: str) -> typer.Exit:
    typer.echo(f"gwlint: {msg}", err=True)
    return typer.Exit(2)


@audit_app.command("run")
def run(
    paths: List[Path] = typer.Argument(..., help="要审计的文件夹或文件", readable=False),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="审计数据库（SQLite，不存在则新建；再次运行时只检查有变化的文件）"),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", help="并行进程数（默认为 CPU 核数）"),
    timeout: Optional[str] = typer.Option(None, "--timeout",
                                          help="单个文件的处理时限（秒，默认 60，配置项 timeout），超时的文件记为出错并继续"),
    max_memory: Optional[str] = typer.Option(None, "--max-memory",
                                             help="单个文件的内存上限（如 2GiB，默认 2GiB，配置项 max-memory），超出的文件记为出错并继续"),
    config: Optional[Path] = typer.Option(None, "--config", help="配置文件（默认从各文件所在目录向上查找）"),
    profile: Optional[str] = typer.Option(None, "--profile", help="政策配置方案，如 jiangxi-2019、national-2024"),
    prune: bool = typer.Option(False, "--prune", help="从数据库删除这些文件夹中已不存在的文件的记录"),
    fast_pdf: bool = typer.Option(False, "--fast-pdf",
                                  help="用 PDFium 快速提取 PDF 文字（含表格等个别页面仍按默认方式读取）；"
                                       "结果与默认方式分开记录"),
) -> None:
    """审计文件夹中的全部公文（并行、可中断续跑），结果写入数据库。"""
    from ..config import ConfigError, apply_table, load_config, resolved
    from .store import AuditError

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail(f"文件或文件夹不存在：{'、'.join(missing)}")
    if jobs is not None and jobs < 1:
        raise _fail("--jobs 应为正整数")
    overrides: dict = {}
    if profile is not None:
        overrides["profile"] = profile
    if timeout is not None:
        overrides["timeout"] = timeout
    if max_memory is not None:
        overrides["max-memory"] = max_memory
    cache: dict = {}

    def config_for(path: Path):
        key = "explicit" if config is not None else str(path.parent if _is_file(path) else path)
        if key not in cache:
            cfg = load_config(config, for_file=None if config is not None else path)
            if overrides:
                apply_table(cfg, overrides, "命令行参数")
                cfg.profile  # noqa: B018 - validate
            cache[key] = cfg
        return cache[key]

    import sqlite3

    from ..safeio import display_path
    from .runner import run_audit
    from .store import describe_db_error

    progress = _RichProgress() if sys.stderr.isatty() else None
    try:
        config_for(resolved(paths[0]))
        summary = run_audit(paths, db, config_for, jobs=jobs, progress=progress, prune=prune,
                            pdf_engine="pdfium" if fast_pdf else "pdfplumber")
    except (ConfigError, AuditError) as exc:
        raise _fail(str(exc))
    except sqlite3.Error as exc:  # a full disk, damage found mid-run: every stored file is committed
        raise _fail(describe_db_error(exc, db))
    parts = [f"检查 {summary.linted}", f"未变化跳过 {summary.unchanged}", f"重复 {summary.reused}"]
    if summary.unreadable:
        parts.append(f"无法读取 {summary.unreadable}")
    if summary.failed:
        parts.append(f"超时或出错 {summary.failed}")
    if summary.pruned:
        parts.append(f"删除已不存在 {summary.pruned}")
    state = "已中断" if summary.interrupted else "完成"
    typer.echo(f"审计{state}：{summary.seen} 个文件（{'，'.join(parts)}），用时 {summary.seconds:.1f} 秒"
               f"{f'，{summary.seen / summary.seconds:.1f} 个/秒' if summary.seconds and summary.seen else ''}"
               f" → {display_path(db)}", err=True)
    if summary.interrupted:
        raise typer.Exit(130)


@audit_app.command("report")
def report(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="审计数据库"),
    output: Path = typer.Option(..., "-o", "--output", help="输出：html/json 为文件；csv 为文件夹（每张表一个 .csv 文件）"),
    format: ReportFmt = typer.Option(ReportFmt.html, "--format", help="输出格式"),
) -> None:
    """根据审计数据库生成报告（单个 HTML 文件，含图表；或 CSV、JSON 数据表）。"""
    from ..safeio import OutputError, display_path, os_reason
    from .report import build_report, write_csv, write_html, write_json
    from .store import AuditError

    # the database (and its WAL files) is the input: no output may land on it
    inputs = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    try:
        rep = build_report(db)
    except AuditError as exc:
        raise _fail(str(exc))
    inputs += rep.sources  # and so are the audited drafts: `-o 草稿.docx` must not replace one with a report
    try:
        if format == ReportFmt.html:
            write_html(rep, output, inputs=inputs)
        elif format == ReportFmt.json:
            write_json(rep, output, inputs=inputs)
        else:
            write_csv(rep, output, inputs=inputs)
    except OutputError as exc:
        raise _fail(str(exc))
    except OSError as exc:
        raise _fail(f"无法写入 {display_path(output)}：{os_reason(exc)}")
    typer.echo(f"报告已写入 {display_path(output)}（{rep.total_files} 个文件，{rep.unique_documents} 份不重复公文）",
               err=True)


class _RichProgress:
    """Files done, rate and ETA on stderr (a terminal only)."""

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._p = Progress(
            TextColumn("审计"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TextColumn("剩余"), TimeRemainingColumn(), TextColumn("已用"), TimeElapsedColumn(),
            TextColumn("{task.fields[note]}"),
            console=Console(stderr=True), transient=False, refresh_per_second=5,
        )
        self._p.start()
        self._task = self._p.add_task("audit", total=total, rate="", note="")
        self._problems = 0

    def advance(self, status: str, path: str) -> None:
        if status in ("timeout", "memory", "crash", "internal", "unreadable"):
            self._problems += 1
        task = self._p.tasks[0]
        speed = task.speed
        self._p.update(self._task, advance=1, rate=f"{speed:.1f} 个/秒" if speed else "",
                       note=f"出错 {self._problems}" if self._problems else "")

    def stop(self) -> None:
        self._p.stop()

"""Command line: ``gwlint FILE_OR_DIR...`` (= ``gwlint check``), ``text``, ``inspect``, ``rule``.

Heavy modules (jieba, python-docx, pdfplumber) are imported only by the
commands that need them, so ``gwlint --help`` and ``gwlint rule`` start fast.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="gwlint：公文草稿检查工具（精简文件、减轻基层负担政策与 GB/T 9704 格式规范）。\n\n"
         "直接写文件或文件夹即执行 check：gwlint 草稿.docx；gwlint -V 显示版本。",
    context_settings={"help_option_names": ["-h", "--help"]},
)

SUBCOMMANDS = {"check", "text", "inspect", "rule", "version", "serve"}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
# issuer kinds and levels of interface.md, as `gwlint inspect` prints them
ISSUER_KIND_ZH = {"government": "人民政府", "government_office": "政府办公厅（室）", "department": "政府部门",
                  "party": "党的机关", "other": "其他机关"}
ISSUER_LEVEL_ZH = {"national": "中央", "province": "省级", "city": "设区市级", "county": "县级", "township": "乡镇级",
                   "unknown": "层级不明"}


class Fmt(str, Enum):
    full = "full"
    concise = "concise"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"


class Sev(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


class InspectFmt(str, Enum):
    text = "text"
    json = "json"


class RuleFmt(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _fail(msg: str) -> "typer.Exit":
    typer.echo(f"gwlint: {msg}", err=True)
    return typer.Exit(2)


TIMEOUT_HELP = "每个文件的处理时间上限（秒，如 60、90s；0 表示不限；默认 60，配置项 timeout）"
MEMORY_HELP = "每个文件的内存上限（如 2GiB、512MiB；0 表示不限；默认 2GiB，配置项 max-memory）"


def _limit_overrides(timeout: Optional[str], max_memory: Optional[str]) -> dict:
    out = {}
    if timeout is not None:
        out["timeout"] = timeout
    if max_memory is not None:
        out["max-memory"] = max_memory
    return out


def _unreadable(path: Path, message: str) -> "typer.Exit":
    """``text``/``inspect`` on a file that cannot be read: like ``check`` (GW001, exit 1), not a usage error."""
    from .safeio import display_path

    typer.echo(f"gwlint: {display_path(path)}: {message}", err=True)
    return typer.Exit(1)


def _say_notes(shown: str, notes) -> None:
    """What a reader had to do to read a file (an encoding guessed, a conversion): on stderr,
    beside any output format; a note is not a finding and changes no exit code."""
    from .safeio import clean_text

    for note in notes:
        typer.echo(clean_text(f"gwlint: {shown}: 说明：{note}"), err=True)


def _split_codes(values: Optional[List[str]]) -> Optional[List[str]]:
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(x for x in v.replace("，", ",").split(",") if x.strip())
    return [x.strip() for x in out]


@app.command()
def check(
    paths: List[Path] = typer.Argument(..., metavar="文件或文件夹...", readable=False,
                                       help="要检查的 .docx/.pdf/.ofd/.txt/.md 文件（有 LibreOffice 时也可为 .doc/.wps）或文件夹；“-”表示从标准输入读取"),
    format: Fmt = typer.Option(Fmt.full, "--format", help="输出格式"),
    select: Optional[List[str]] = typer.Option(None, "--select", help="只启用这些规则（代码或前缀，如 GW1,GW801）"),
    extend_select: Optional[List[str]] = typer.Option(None, "--extend-select", help="在配置基础上再启用这些规则"),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="忽略这些规则（代码或前缀）"),
    config: Optional[Path] = typer.Option(None, "--config", help="配置文件（默认从文件所在目录向上查找 gwlint.toml 或 pyproject.toml）"),
    profile: Optional[str] = typer.Option(None, "--profile", help="政策配置方案：jiangxi-2019（默认）、national-2024 或配置中自定义的方案"),
    min_severity: Optional[Sev] = typer.Option(None, "--min-severity", help="只报告不低于该级别的问题"),
    fail_on: Optional[Sev] = typer.Option(None, "--fail-on", help="出现不低于该级别的问题时退出码为 1（默认 warning）"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="有问题时退出码仍为 0"),
    statistics: bool = typer.Option(False, "--statistics", help="只输出各规则的问题数量"),
    output_file: Optional[Path] = typer.Option(None, "-o", "--output-file", help="输出写入文件"),
    output_format: Optional[List[str]] = typer.Option(
        None, "--output-format", metavar="格式:文件",
        help="另外以该格式写入文件，可重复，如 --output-format sarif:gwlint.sarif --output-format json:问题.json"),
    stdin_filename: Optional[str] = typer.Option(
        None, "--stdin-filename", help="从标准输入（-）读取时草稿的文件名：决定格式（.docx/.pdf/.ofd/.txt）、显示的路径和配置查找位置"),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="基线文件：只报告基线中没有的问题"),
    write_baseline: bool = typer.Option(False, "--write-baseline",
                                        help="把当前全部问题写入基线文件（--baseline 指定，默认 gwlint-baseline.json）后退出，退出码 0"),
    show_suppressed: bool = typer.Option(False, "--show-suppressed",
                                         help="同时显示被文中“gwlint: ignore”批注或标记抑制的问题（标明已抑制，不影响退出码）"),
    annotate: Optional[Path] = typer.Option(None, "--annotate",
                                            help="把问题作为 Word 批注写入该 .docx 副本（只检查一个 .docx 文件时使用；原文件不变）"),
    annotate_dir: Optional[Path] = typer.Option(None, "--annotate-dir",
                                                help="把每个 .docx 的批注副本写入该文件夹（文件名不变）"),
    fix: bool = typer.Option(False, "--fix", help="自动修正 .txt/.md 文件中可安全修正的问题（直接改写原文件，保持编码和换行）"),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes",
                                      help="同时应用会改动措辞的修正（其它→其他、删去重复字等），用于 --fix、--diff、--fix-docx"),
    diff: bool = typer.Option(False, "--diff", help="只显示 --fix 将做的修改（统一差异格式），不改文件；有修改时退出码为 1"),
    fix_docx: Optional[Path] = typer.Option(None, "--fix-docx",
                                            help="把可修正的问题作为 Word 修订写入该 .docx 副本（原文件不变；与 --annotate 同一文件时，其余问题写成批注）"),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", help="并行进程数（默认为 CPU 核数）"),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="彩色输出（默认：终端上开启）"),
    timeout: Optional[str] = typer.Option(None, "--timeout", help=TIMEOUT_HELP),
    max_memory: Optional[str] = typer.Option(None, "--max-memory", help=MEMORY_HELP),
) -> None:
    """检查公文草稿（默认命令）。"""
    from .config import ConfigError, apply_table, load_config, resolved

    overrides: dict = {}
    for key, val in (("select", _split_codes(select)), ("extend-select", _split_codes(extend_select)),
                     ("ignore", _split_codes(ignore))):
        if val is not None:
            overrides[key] = val
    if "select" in overrides:
        # an explicit --select on the command line starts selection afresh (as in ruff)
        overrides.setdefault("ignore", [])
    if min_severity is not None:
        overrides["min-severity"] = min_severity.value
    if fail_on is not None:
        overrides["fail-on"] = fail_on.value
    if profile is not None:
        overrides["profile"] = profile
    overrides.update(_limit_overrides(timeout, max_memory))
    use_stdin = any(str(p) == "-" for p in paths)
    if stdin_filename is not None and not use_stdin:
        raise _fail("--stdin-filename 只在从标准输入读取（路径写“-”）时使用。")
    stdin_name = stdin_filename or "-"
    paths = [p for p in paths if str(p) != "-"]
    # a path that does not exist is a GW001 finding and the others are still checked (ruff's E902)
    from .readers import path_problem

    problems = {p: path_problem(p) for p in paths}
    missing = [p for p in paths if problems[p]]
    paths = [p for p in paths if not problems[p]]
    extra_outputs = _parse_outputs(output_format)

    cache: dict = {}

    def config_for(path: Path):
        key = str(resolved(path).parent) if config is None else "explicit"
        if key not in cache:
            cfg = load_config(config, for_file=None if config is not None else path)
            if overrides:
                apply_table(cfg, overrides, "命令行参数")
                cfg.profile  # noqa: B018 - validate
            cache[key] = cfg
        return cache[key]

    try:
        base_cfg = config_for(paths[0] if paths else missing[0] if missing else Path(stdin_name))
        from .api import iter_files
        from .walk import distinct_files

        files = distinct_files(iter_files(paths))
        for f in [*files, *missing]:
            config_for(Path(f))
    except ConfigError as exc:
        raise _fail(str(exc))

    annotate_to: dict = {}
    if use_stdin and (annotate is not None or annotate_dir is not None):
        raise _fail("从标准输入读取时不能使用 --annotate/--annotate-dir：请把草稿保存为文件后再生成批注稿。")
    if use_stdin and (fix or diff or fix_docx is not None):
        raise _fail("从标准输入读取时不能使用 --fix/--diff/--fix-docx：请把草稿保存为文件后再修正。")
    if annotate is not None or annotate_dir is not None:
        from .annotate import AnnotateError, plan_targets

        try:  # where each .docx's annotated copy goes; usage errors before the run
            annotate_to = plan_targets(paths, files, out=annotate, out_dir=annotate_dir)
        except AnnotateError as exc:
            raise _fail(str(exc))
    revise_src = None
    revise_annotate = False
    if fix_docx is not None:
        from .fixes import FixError
        from .fixrun import plan_fix_docx
        from .wordml import same_file

        try:
            revise_src = plan_fix_docx(paths, files, fix_docx)
        except FixError as exc:
            raise _fail(str(exc))
        target = annotate_to.get(str(revise_src))
        if target is not None and (target == fix_docx or same_file(target, fix_docx)):
            # one copy: tracked changes for what can be fixed, comments for the rest
            revise_annotate = True
            annotate_to.pop(str(revise_src))

    known_findings = None
    if baseline is not None and not write_baseline:
        from .baseline import BaselineError, load_baseline

        try:  # a broken baseline is a usage error: say so before the long run
            known_findings = load_baseline(baseline)
        except BaselineError as exc:
            raise _fail(str(exc))

    # outputs are opened (under a temporary name beside the target) before the run: a missing folder, a
    # folder or an input as the target, an unwritable place are errors now, not after all the linting
    from .safeio import AtomicOutput, OutputError

    sinks: list = []  # (format, AtomicOutput): the main output first when it goes to a file
    try:
        if write_baseline:
            from .baseline import DEFAULT_BASELINE

            sinks.append(("baseline", AtomicOutput(baseline or Path(DEFAULT_BASELINE), inputs=files,
                                                   what="基线文件")))
        elif output_file is not None:
            sinks.append((format.value, AtomicOutput(output_file, inputs=files)))
        for fmt, dest in extra_outputs:
            sinks.append((fmt, AtomicOutput(dest, inputs=files, what="--output-format 的输出文件")))
    except OutputError as exc:
        for _, sink in sinks:
            sink.discard()
        raise _fail(str(exc))
    try:
        exit_code = _check_run(
            files, missing, config_for, base_cfg, sinks, jobs=jobs, fmt=format.value, to_stdout=output_file is None,
            use_stdin=use_stdin, stdin_name=stdin_name, write_baseline=write_baseline, baseline=baseline,
            known_findings=known_findings, show_suppressed=show_suppressed, exit_zero=exit_zero,
            annotate_to=annotate_to, statistics=statistics, color=color, fix=fix, diff=diff,
            unsafe_fixes=unsafe_fixes, fix_docx=fix_docx, revise_src=revise_src, revise_annotate=revise_annotate)
    except OutputError as exc:
        raise _fail(str(exc))
    finally:
        for _, sink in sinks:
            sink.discard()  # nothing left behind when the run ends early
    raise typer.Exit(exit_code)


def _check_run(files, missing, config_for, base_cfg, sinks, *, jobs, fmt, to_stdout, use_stdin, stdin_name,
               write_baseline, baseline, known_findings, show_suppressed, exit_zero, annotate_to, statistics,
               color, fix, diff, unsafe_fixes, fix_docx, revise_src, revise_annotate) -> int:
    """Lint, then write every output; returns the exit code.  Output failures raise OutputError."""
    from .api import lint_paths
    from .config import ConfigError
    from .engine import unreadable
    from .model import ReadError
    from .safeio import display_path

    stdin_result = None
    if use_stdin:
        from .api import lint_bytes
        from .readers import MAX_BYTES

        try:
            cfg = config_for(Path(stdin_name))
        except ConfigError as exc:
            raise _fail(str(exc))
        # at most one byte past the size limit (an endless stream is refused, not read forever);
        # linted within the per-file budget like any file
        stdin_result = lint_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), stdin_name, cfg)
    progress = _check_progress(len(files))
    try:
        results = lint_paths(files, config_for, jobs=jobs, on_result=progress.advance if progress else None)
    finally:
        if progress:
            progress.stop()
    if fix or diff:
        from .fixrun import fix_text_files

        results, fixed = fix_text_files(results, config_for, unsafe=unsafe_fixes, write=not diff)
        for note in fixed.notes:
            typer.echo(note, err=True)
        if diff:
            sys.stdout.write(fixed.diff)
            if fixed.fixed:
                typer.echo(f"--fix 将修正 {fixed.fixed} 个问题（{fixed.files} 个文件）。", err=True)
            elif not fixed.notes:
                typer.echo("没有可自动修正的问题。", err=True)
            raise typer.Exit(1 if fixed.fixed else 0)
        if fixed.fixed:
            typer.echo(f"已自动修正 {fixed.fixed} 个问题，写回 {fixed.files} 个文件。", err=True)
    if stdin_result is not None:
        results.insert(0, stdin_result)
    from .readers import path_problem

    results += [unreadable(str(p), ReadError(path_problem(p) or "文件或文件夹不存在。"), config_for(p))
                for p in missing]
    if write_baseline:
        from .baseline import Baseline

        sink = sinks[0][1]
        bl = Baseline.from_results(results, sink.target.resolve().parent)
        _finish(sink, lambda out: out.write(bl.dumps()))
        typer.echo(f"已写入基线 {display_path(sink.target)}：{len(bl)} 个问题。", err=True)
        return 0
    if known_findings is not None:
        results, known = known_findings.filter(results)
        if known:
            typer.echo(f"基线 {display_path(baseline)} 中已有的 {known} 个问题未显示。", err=True)
    findings = sorted((f for r in results for f in (r.findings + r.suppressed if show_suppressed else r.findings)),
                      key=lambda f: f.sort_key())
    from .findings import severity_rank
    from .suppress import is_suppressed

    threshold = severity_rank(base_cfg.fail_on)
    failing = any(severity_rank(f.severity) >= threshold for f in findings if not is_suppressed(f))
    exit_code = 1 if failing and not exit_zero else 0
    if annotate_to:
        from .annotate import write_annotations

        notes = write_annotations(results, findings, annotate_to)
        for note in notes:
            typer.echo(note, err=True)
        if getattr(notes, "failed", 0):
            exit_code = 2  # a pipeline must see that an annotated copy is missing
    if revise_src is not None:
        from .fixrun import NotWritten, write_fix_docx

        if any(r.error for r in results):
            typer.echo(f"未生成修订副本 {fix_docx}：{revise_src} 无法读取。", err=True)
        else:
            said = write_fix_docx(revise_src, fix_docx, config_for(revise_src), unsafe=unsafe_fixes,
                                  annotate=revise_annotate)
            typer.echo(said, err=True)
            if isinstance(said, NotWritten):
                exit_code = 2  # as for --annotate: the revised copy is missing
    if not (to_stdout and fmt == "full" and not statistics):  # the full report on stdout lists them itself
        for r in results:
            _say_notes(display_path(r.path), r.notes)
    from .output import render, statistics as render_stats

    sources = {r.path: r.lines for r in results if r.lines}
    errors = {r.path: r.error for r in results if r.error}
    notes = {r.path: r.notes for r in results if r.notes}
    n_files = len(files) + len(missing) + (1 if stdin_result is not None else 0)

    def write(fmt: str, out, use_color: bool) -> None:
        shown = findings
        if show_suppressed and fmt in ("full", "concise", "github"):
            from .suppress import mark_for_text

            shown = mark_for_text(findings)
        if statistics:
            render_stats(shown, out, fmt)
        else:
            render(shown, fmt, out, sources=sources, color=use_color, files=n_files, errors=errors,
                   exit_code=exit_code, unsafe_fixes=unsafe_fixes, notes=notes)

    from .safeio import OutputError

    failed: list[OutputError] = []  # one output that cannot be written costs neither the others nor stdout
    for out_fmt, sink in sinks:
        try:
            _finish(sink, lambda out, out_fmt=out_fmt: write(out_fmt, out, False))
        except OutputError as exc:
            failed.append(exc)
    if to_stdout:
        if sys.stdout is None:
            raise OutputError("标准输出已关闭，无法输出结果；可用 -o 指定输出文件。")
        write(fmt, sys.stdout, color if color is not None else sys.stdout.isatty())
    for exc in failed[1:]:
        typer.echo(f"gwlint: {exc}", err=True)
    if failed:
        raise failed[0]
    return exit_code


def _finish(sink, write) -> None:
    """Write one output file and put it in place; a failed write (a full disk) is an OutputError."""
    try:
        write(sink.file)
    except OSError as exc:
        raise sink.failure(exc) from None
    sink.commit()


def _budget(file: Path, timeout: Optional[str], max_memory: Optional[str]):
    """The per-file budget of ``gwlint text``/``inspect``: the file's config, then the options."""
    from .config import ConfigError, apply_table, load_config

    try:
        cfg = load_config(for_file=file)
        apply_table(cfg, _limit_overrides(timeout, max_memory), "命令行参数")
    except ConfigError as exc:
        raise _fail(str(exc))
    return cfg.limits


@app.command()
def text(
    file: Path = typer.Argument(..., help="要提取文字的文件", readable=False),
    timeout: Optional[str] = typer.Option(None, "--timeout", help=TIMEOUT_HELP),
    max_memory: Optional[str] = typer.Option(None, "--max-memory", help=MEMORY_HELP),
) -> None:
    """输出 gwlint 提取的文字，带行号（问题位置的“行”即指这些行）。

    .txt/.md 的行号是文件本身的行号（空行不显示）；.docx 每段一行，另注原文档中的段落序号；
    .pdf/.ofd 每段一行，另注页码。
    """
    from .api import read_document
    from .model import ReadError
    from .safeio import clean_text, display_path

    try:
        doc = read_document(file, limits=_budget(file, timeout, max_memory))
    except ReadError as exc:
        raise _unreadable(file, exc.message)
    for row in text_rows(doc):
        typer.echo(clean_text(row))  # no control characters from the draft reach the terminal
    _say_notes(display_path(file), doc.notes)
    # what check reports as GW001/GW002 warnings: the text shown is not all of the file
    for problem in doc.read_problems:
        typer.echo(f"gwlint: {display_path(file)}: {problem}", err=True)
    from .readers.legibility import missing_text, problem as unread

    garbled = unread(doc)  # no text layer at all, or mojibake: shown (to see what went wrong), not the text
    if garbled:
        raise _unreadable(file, garbled)
    missing = missing_text(doc)
    if missing:  # some pages only: what check reports as a GW002 warning
        typer.echo(f"gwlint: {display_path(file)}: {missing[0]}", err=True)


def text_rows(doc) -> list[str]:
    """The rows of ``gwlint text``: reported line, then the paragraph (or page), then the text."""
    rows: list[tuple[int, str, str]] = []
    if doc.source_lines is not None:  # txt/md: the file's own lines
        para_at = {p.source_line: p for p in doc.paragraphs}
        for n, raw in enumerate(doc.source_lines, 1):
            if raw.strip():
                p = para_at.get(n)
                rows.append((n, f"第{p.source_index}段" if p is not None else "", raw.rstrip()))
    else:
        for p in doc.paragraphs:
            label = f"第{p.page}页" if p.page else f"第{p.source_index}段"
            rows.append((p.line, label, p.text))
    # headers and footers after the body, numbered on as findings in them are (Document.furniture)
    base = len(doc.text_lines())
    rows.extend((base + k, where, t) for k, (where, t) in enumerate(doc.furniture(), 1))
    if not rows:
        return []
    from .visible import HIDDEN_MARK, read_as

    width = len(str(max(r[0] for r in rows)))
    label_width = max(len(r[1]) for r in rows)
    pad = " " * (width + 2 + (label_width + 2 if label_width else 0))
    out: list[str] = []
    for n, label, t in rows:
        read = read_as(t)
        if read is not None:  # the rules read other characters than the file holds: show both, and where
            t = read[0]
        out.append(f"{n:>{width}}  {label:>{label_width}}  {t}".rstrip() if label_width else f"{n:>{width}}  {t}")
        if read is not None:
            diffs = read[2][:6] + ([f"等 {len(read[2])} 处"] if len(read[2]) > 6 else [])
            legend = f"{HIDDEN_MARK} 处是看不见的字符；" if HIDDEN_MARK in t else ""
            out.append(f"{pad}↳ 规则读作：{read[1]}（{legend}{'；'.join(diffs)}）")
    return out


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="要识别结构的公文文件", readable=False),
    format: InspectFmt = typer.Option(InspectFmt.text, "--format", help="输出格式"),
    timeout: Optional[str] = typer.Option(None, "--timeout", help=TIMEOUT_HELP),
    max_memory: Optional[str] = typer.Option(None, "--max-memory", help=MEMORY_HELP),
) -> None:
    """输出识别出的公文结构（发文字号、标题、主送、署名、日期、附件、层次序号……）。"""
    import json

    from .api import inspect_path
    from .safeio import clean_text, display_path, json_text

    ins = inspect_path(file, limits=_budget(file, timeout, max_memory))
    d = ins.to_dict()
    if isinstance(d.get("path"), str):
        d["path"] = display_path(d["path"])  # a GBK name as \xNN, as check shows it
    if ins.error:
        if format == InspectFmt.json:
            typer.echo(json_text(d, indent=2))
        raise _unreadable(file, ins.error)
    if format == InspectFmt.json:  # JSON escapes C0 controls itself, json_text the rest
        typer.echo(json_text(d, indent=2))
        return

    def echo(line: str) -> None:  # no control characters from the draft reach the terminal
        typer.echo(clean_text(line))

    def category(level: str, kind: str) -> str:
        return f"{ISSUER_LEVEL_ZH.get(level, level)}{ISSUER_KIND_ZH.get(kind, kind)}"

    # a joint document names each issuer (the 主办机关 first), with its own category
    joint = d.get("issuers") or []
    labels = [
        ("发文字号", d["doc_number"]),
        ("发文机关", "；".join(o["name"] for o in joint) if len(joint) > 1 else d["issuer"]),
        ("机关类别", "；".join(category(o["level"], o["kind"]) for o in joint) if len(joint) > 1 else
                     category(d["issuer_level"], d["issuer_kind"]) if d["issuer"] else None),
        ("标题", d["title"]), ("文种", d["doc_type"]), ("主送", "；".join(d["recipients"]) or None),
        ("抄送", "；".join(d["cc"]) or None), ("成文日期", d["date_text"]),
        # the structure strips the title's outer 《》 (《A》和《B》 arrives as A》和《B): put them back to show it
        ("印发", f"《{d['carried_title']}》（{d['carried_type'] or '—'}）" if d["carried_title"] else None),
        # an 附件说明 whose attachments the text does not carry (a web copy without them) still names them
        ("附件", "；".join(a or "（无标题）" for a in d["attachments"])
                 or ("；".join(d.get("attachment_names") or ()) + "（附件说明所列，文中未附）" if d.get("attachment_names") else None)),
        ("字数", f"{d['char_count']}（正文 {d['char_counts'][0]}"
                 + "".join(f"，附件{i} {c}" for i, c in enumerate(d["char_counts"][1:], 1)) + "）"),
        ("措施条数", str(d["measures"])),
    ]
    for k, v in labels:
        echo(f"{k}：{v if v is not None else '（未识别）'}")
    for note in d.get("reader_notes") or ():
        echo(f"读取说明：{note}")
    for note in d.get("view_notes") or ():  # the structure above is that of the text the rules read
        echo(f"提示：{note}")
    if d["measure_list"]:
        echo("措施：")
        for m in d["measure_list"]:
            title = m["title"] if len(m["title"]) <= 24 else m["title"][:24] + "……"
            units = "、".join(m["units"]) or "（未明确）"
            echo(f"  第{m['line']}行  {title}  责任单位：{units}")


@app.command()
def rule(
    code: Optional[str] = typer.Argument(None, metavar="[规则代码]", help="规则代码，如 GW104；省略则列出全部规则"),
    format: RuleFmt = typer.Option(RuleFmt.text, "--format", help="输出格式（markdown：README 中的规则表）"),
) -> None:
    """解释规则：做什么、为什么（依据）、示例和应改为。"""
    import json

    from .rules import all_rules, rule_by_code

    if code is None:
        rules = all_rules()
        if format == RuleFmt.json:
            typer.echo(json.dumps([r.doc() for r in rules], ensure_ascii=False, indent=2))
            return
        if format == RuleFmt.markdown:
            typer.echo(rules_markdown(rules))
            return
        for r in rules:
            typer.echo(f"{r.code}  {r.name:<32} {SEVERITY_ZH[r.severity]}  {r.summary}")
        return
    r = rule_by_code(code)
    if r is None:
        raise _fail(f"没有规则 {code}。用 gwlint rule 查看全部规则。")
    if format != RuleFmt.text:
        typer.echo(json.dumps(r.doc(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{r.code} {r.name}（默认级别：{SEVERITY_ZH[r.severity]}）\n")
    for head, body in (("做什么", r.summary), ("为什么", r.why), ("示例", r.bad), ("应改为", r.good),
                       ("怎么改", r.fix_title), ("依据", r.basis)):
        if body:
            typer.echo(f"## {head}\n{body}\n")


def _parse_outputs(values: Optional[List[str]]) -> list[tuple[str, Path]]:
    """``--output-format FMT:FILE`` values as (format, path); usage errors exit 2.  The files themselves
    (a folder, an input, a missing folder) are checked by :class:`gwlint.safeio.AtomicOutput`."""
    from .output import FORMATS

    outs: list[tuple[str, Path]] = []
    for v in values or []:
        fmt, sep, dest = v.partition(":")
        fmt = fmt.strip().lower()
        if not sep or not dest.strip() or fmt not in FORMATS:
            raise _fail(f"--output-format 应写成“格式:文件”，格式为 {'、'.join(FORMATS)} 之一，如 sarif:gwlint.sarif；"
                        f"收到“{v}”。")
        outs.append((fmt, Path(dest.strip())))
    return outs


def _check_progress(total: int):
    """A progress bar on stderr for runs over several files, when a person watches a terminal:
    not when stderr is redirected, nor when stdout goes into a pipe (a pager would be drawn over)."""
    import os
    import stat

    if total < 2 or not sys.stderr.isatty():
        return None
    try:
        if stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode):
            return None
    except (OSError, ValueError, AttributeError):
        return None
    from .output.progress import CheckProgress

    return CheckProgress(total)


def rules_markdown(rules) -> str:
    """The rule table of the README (kept in sync by a test)."""
    rows = ["| 代码 | 名称 | 级别 | 检查什么 | 依据 |", "|---|---|---|---|---|"]
    for r in rules:
        rows.append(f"| {r.code} | {r.name} | {SEVERITY_ZH[r.severity]} | {r.summary} | {r.basis} |")
    return "\n".join(rows)


@app.command()
def version() -> None:
    """显示版本。"""
    typer.echo(f"gwlint {__version__}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="<地址>", help="监听地址（默认只接受本机访问）"),
    port: int = typer.Option(8080, "--port", help="端口"),
    workers: Optional[int] = typer.Option(None, "--workers", help="检查进程数（默认为 CPU 核数）"),
    token: Optional[str] = typer.Option(None, "--token", envvar="GWLINT_TOKEN", show_envvar=False, metavar="<令牌>",
                                        help="访问令牌：/v1 接口须带 Authorization: Bearer <令牌>（也可用环境变量 GWLINT_TOKEN）"),
    max_upload_mb: float = typer.Option(20.0, "--max-upload-mb", help="上传文件大小上限（MB）"),
    upload_timeout: float = typer.Option(30.0, "--upload-timeout", metavar="<秒数>",
                                         help="上传中途停顿超过此秒数（或总用时超过其 10 倍）即回 408"),
    header_timeout: float = typer.Option(10.0, "--header-timeout", metavar="<秒数>",
                                         help="连接建立后须在此秒数内发完请求头，否则回 408 并断开"),
    max_connections: int = typer.Option(1000, "--max-connections", metavar="<数目>",
                                        help="同时打开的连接数上限：超过时先断开等待最久、还没发完请求头的连接"),
    timeout: str = typer.Option("60", "--timeout", metavar="<秒数>", help="每份文件的检查时间上限（秒，如 60、2m；0 为不限）"),
    max_memory: str = typer.Option("2GiB", "--max-memory", metavar="<大小>", help="每个检查进程的内存上限（如 2GiB、800M；0 为不限）"),
    config: Optional[Path] = typer.Option(None, "--config", help="配置文件（默认从当前目录向上查找）"),
    root_path: str = typer.Option("", "--root-path", metavar="<路径前缀>", help="经反向代理挂在子路径下时的路径前缀，如 /gwlint"),
) -> None:
    """启动 HTTP 服务和网页（默认 http://127.0.0.1:8080/）。"""
    import logging
    import os

    from .config import ConfigError, load_config
    from .guard import parse_seconds, parse_size

    try:
        import uvicorn

        from .serve.app import Settings, create_app, describe_limits
    except ImportError as exc:
        raise _fail(f"gwlint serve 需要额外的依赖（{exc.name}）：pip install 'gwlint[serve]'")
    try:
        settings = Settings(workers=workers or os.cpu_count() or 1, token=token or None,
                            max_upload_mb=max_upload_mb, upload_timeout=upload_timeout, timeout=parse_seconds(timeout),
                            max_memory=parse_size(max_memory),
                            config=load_config(config) if config is not None else load_config(for_file=Path.cwd()))
        settings.limits  # noqa: B018 - validate
    except (ValueError, ConfigError) as exc:
        raise _fail(str(exc))
    if max_upload_mb <= 0:
        raise _fail("--max-upload-mb 应大于 0")
    if upload_timeout <= 0:
        raise _fail("--upload-timeout 应大于 0")
    if header_timeout <= 0:
        raise _fail("--header-timeout 应大于 0")
    if max_connections < 1:
        raise _fail("--max-connections 应至少为 1")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s gwlint: %(message)s"))
    log = logging.getLogger("gwlint.serve")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"gwlint 服务：http://{shown}:{port}{root_path}/  （接口文档 /docs；{describe_limits(settings)}）", err=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.token:
        typer.echo("警告：服务对本机以外开放且没有设置 --token，任何能访问该端口的人都可以使用。", err=True)
    from .serve.protocol import GuardedH11Protocol, connection_cap, raise_open_file_limit

    cap = connection_cap(max_connections, raise_open_file_limit())
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=False,
                root_path=root_path, server_header=False,
                http=GuardedH11Protocol.with_timeouts(header_timeout, upload_timeout, cap))


# ``gwlint audit`` (batch audits); the module is cheap to import, its machinery loads per command
from .audit.cli import audit_app  # noqa: E402

app.add_typer(audit_app, name="audit")
SUBCOMMANDS.add("audit")


def main(argv: Optional[List[str]] = None) -> None:
    # Our own process: the re shortcut is safe to install here; a host that imports gwlint keeps its re as is.
    from .refast import install

    install()
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in (["--version"], ["-V"]):
        args = ["version"]
    if args and args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help"):
        if not args[0].startswith("-") and not Path(args[0]).exists() and _looks_like_command(args[0]):
            from .cli_zh import unknown_command

            typer.echo(f"gwlint: 错误：{unknown_command(args[0], commands=sorted(SUBCOMMANDS))}"
                       "直接检查文件时请写文件名，如 gwlint 草稿.docx。", err=True)
            sys.exit(2)
        args.insert(0, "check")
    from .cli_zh import run
    from .safeio import finish_stdout, setup_streams

    setup_streams()
    code: int | str | None = 0
    try:
        code = run(app, args, "gwlint")
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # pragma: no cover
        code = 130
    except Exception as exc:  # every abnormal end is exit 2 with a message, never a traceback and exit 1
        if os.environ.get("GWLINT_DEBUG"):
            raise
        code = 2
        typer.echo(f"gwlint: 内部错误（{type(exc).__name__}：{exc}），已中止。"
                   "请将命令和相关文件报告给维护者；设置环境变量 GWLINT_DEBUG=1 可显示详细信息。", err=True)
    lost = finish_stdout()
    if lost is not None:  # the output is incomplete: quiet when the reader went away (| head)
        code = 2
        if not isinstance(lost, BrokenPipeError):
            from .safeio import os_reason

            typer.echo(f"gwlint: 无法写出结果（标准输出）：{os_reason(lost)}", err=True)
    sys.exit(code)


def _looks_like_command(word: str) -> bool:
    """A mistyped subcommand (checkk, inpsect), not a file name: a bare word close to a command."""
    import difflib

    if any(ch in word for ch in "./\\") or not word.isascii():
        return False
    return bool(difflib.get_close_matches(word.lower(), SUBCOMMANDS, n=1, cutoff=0.6))

"""The pipeline: read → document model → 公文 structure → rules → findings.

This is the one code path under the CLI, the batch audit and integrations
(see :mod:`gwlint.api`).
"""
from __future__ import annotations

import gc
import os
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .config import Config
from .analysis.context import Context as LintContext
from .findings import Edit, Finding, Fix, Violation, severity_rank
from .model import Document, ReadError
from .rules import all_rules
from .analysis.structure import Structure

EXCERPT_MAX = 80


@dataclass
class LintResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    document: Document | None = None
    structure: Structure | None = None
    error: str | None = None  # set when the file could not be read (GW001)
    # The text by reported line (the paragraphs, or a text file's physical lines;
    # see Document.text_lines), kept for excerpts in reports even when the
    # document itself is dropped (it cannot cross processes).
    lines: list[str] = field(default_factory=list)
    # Findings silenced by in-document ``gwlint: ignore`` directives (gwlint.suppress),
    # reported only on request (--show-suppressed).
    suppressed: list[Finding] = field(default_factory=list)
    # The per-file budget the file ran out of (gwlint.guard): "time" or "memory";
    # then ``error`` says so and the file was not (completely) checked.
    limit: str | None = None
    # What the reader had to do to read the file (Document.notes: an encoding guessed, a
    # conversion): shown beside the findings, never a finding (the file was read).
    notes: list[str] = field(default_factory=list)

    def without_document(self) -> "LintResult":
        return LintResult(path=self.path, findings=self.findings, error=self.error, lines=self.lines,
                          suppressed=self.suppressed, limit=self.limit, notes=self.notes)


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT_MAX else text[:EXCERPT_MAX] + "……"


def make_finding(rule, v: Violation, doc: Document | None, structure: Structure | None,
                 path: str, config: Config) -> Finding:
    """A rule's violation (paragraph line, character offsets) as a finding at the
    reported location: the physical line and column for text files, the paragraph
    line otherwise (:meth:`Document.position`); fix edits and highlights move along."""
    line, start, end = v.line, v.start, v.end
    if line is None:
        # document-level: anchor on the title (or the first paragraph)
        if structure is not None and structure.title is not None:
            line, start, end = structure.title.line, 0, None
        else:
            line, start, end = (1, 0, None)
    page = paragraph = None
    text = ""
    if doc is not None and doc.paragraphs and 1 <= line <= len(doc.paragraphs):
        p = doc.paragraphs[line - 1]
        text, page, paragraph = p.text, p.page, p.source_index
    if end is None or end > len(text):
        end = len(text)
    start = max(0, min(start, end))
    shown_line, column = doc.position(line, start) if doc is not None else (line, start + 1)
    # the end: on the same line of the file but for a paragraph folded over several (HZ soft breaks)
    end_line, end_column = doc.position(line, end) if doc is not None else (line, end + 1)
    if end_line != shown_line and end > start:
        end_line, end_column = doc.position(line, end - 1)
        end_column += 1
    else:
        end_line, end_column = shown_line, column + end - start
    fix, data = v.fix, v.data
    if doc is not None and doc.source_lines is not None:
        fix, data = _fix_at(fix, doc), _highlights_at(data, line, doc)
    return Finding(
        path=path, code=rule.code, name=rule.name,
        severity=config.severity_of(rule.code, v.severity or rule.severity),
        message=v.message, line=shown_line, column=column, end_line=end_line, end_column=end_column,
        page=page, paragraph=paragraph, excerpt=_excerpt(text[start:end]) if text else "",
        basis=v.basis or rule.basis, fix=fix, data=data,
    )


def _fix_at(fix: Fix | None, doc: Document) -> Fix | None:
    """A fix whose edits are in reported coordinates (the file's lines for text files)."""
    if fix is None:
        return None
    edits = []
    for e in fix.edits:
        ln, col = doc.position(e.line, e.start)
        edits.append(Edit(ln, col - 1, col - 1 + e.end - e.start, e.text))
    return replace(fix, edits=edits)


def _highlights_at(data: dict, line: int, doc: Document) -> dict:
    """``data["highlights"]`` (character spans of the violation's paragraph) as spans of its reported line."""
    spans = data.get("highlights") if data else None
    if not spans:
        return data
    shift = doc.position(line, 0)[1] - 1
    return {**data, "highlights": [[a + shift, b + shift] for a, b in spans]}


def _engine_finding(code: str, message: str, path: str, config: Config, *, page: int | None = None,
                    severity: str | None = None) -> Finding:
    from .rules import rule_by_code

    rule = rule_by_code(code)
    return Finding(path=path, code=code, name=rule.name, severity=config.severity_of(code, severity or rule.severity),
                   message=message, line=1, column=1, end_line=1, end_column=1, page=page, paragraph=None,
                   excerpt="", basis=rule.basis)


# Set in processes that gwlint owns and runs single-threaded (the guard's workers: the command
# line, the audit, the HTTP service's and the library API's pools); see own_process().
_PAUSE_COLLECTOR = False


def own_process() -> None:
    """Declare this process gwlint's own (one document at a time, one thread): the
    warmed-up heap (modules, rule classes, the segmenter) is frozen out of the cyclic
    collector's reach, and the collector is paused while the rules run.

    A lint builds a per-document memo of ~0.3 KB per 字 that is all reachable and
    acyclic (a whole lint leaves no cyclic garbage); full collections over it and
    over the warmed-up heap grow with the heap and made the cost per 字 of long
    documents rise (issue 16).  Process-wide switches: never call this from a
    library caller's process or a threaded server."""
    global _PAUSE_COLLECTOR
    gc.freeze()  # no collection first: it would cost a cold start ~8 ms to free a few import-time cycles
    _PAUSE_COLLECTOR = True


# Elsewhere (a library caller's process, maybe linting from several threads) the collector stays on, with
# its young collections spaced out while lints run: gen0's threshold raised to _SPACED_GEN0 by the first
# lint to start, the caller's thresholds put back by the last to end.  A 6k-字 lint allocates ~7k
# long-lived objects (the memo) and crossed the default 700 seven to nine times, each pass traversing what
# the memo held so far (~0.7 ms, and more when the caller's garbage was waiting in gen0); a long document
# still meets the threshold every _SPACED_GEN0 allocations, so cyclic garbage stays bounded.
_SPACED_GEN0 = 50_000
_spacing_lock = threading.Lock()
_spacing: list = [0, None]  # lints in the block, the caller's thresholds


@contextmanager
def collector_paused():
    """The cyclic garbage collector off inside the block, in a process that called
    :func:`own_process`; elsewhere its young collections are spaced out (see
    _SPACED_GEN0).  Restored on the way out, whatever happens inside.  Reference
    counting still frees everything the rules drop."""
    if not _PAUSE_COLLECTOR:
        with _spaced_collections():
            yield
        return
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _after_fork_in_child() -> None:
    """A child forked while another thread of its parent was linting: that lint does not run here (and may have held
    the lock), so the lock is new and the parent's thresholds are put back."""
    global _spacing_lock
    _spacing_lock = threading.Lock()
    saved = _spacing[1]
    _spacing[:] = [0, None]
    if saved is not None and gc.get_threshold()[0] == _SPACED_GEN0:
        gc.set_threshold(*saved)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextmanager
def _spaced_collections():
    with _spacing_lock:
        if _spacing[0] == 0:
            saved = gc.get_threshold()
            # a caller that switched collections off (threshold 0) or spaced them wider keeps its setting
            _spacing[1] = saved if 0 < saved[0] < _SPACED_GEN0 else None
            if _spacing[1] is not None:
                gc.set_threshold(_SPACED_GEN0, *saved[1:])
        _spacing[0] += 1
    try:
        yield
    finally:
        with _spacing_lock:
            _spacing[0] -= 1
            saved = _spacing[1]
            if _spacing[0] == 0 and saved is not None:
                _spacing[1] = None
                if gc.get_threshold()[0] == _SPACED_GEN0:  # unless the caller set its own meanwhile
                    gc.set_threshold(*saved)
                    # the pass the caller's threshold calls for now, inside the lint that made it due
                    if gc.isenabled() and gc.get_count()[0] > saved[0]:
                        gc.collect(0)


def lint_document(doc: Document, config: Config, *, path: str | None = None,
                  structure: Structure | None = None) -> LintResult:
    from .segment import document_tokens

    # each text segmented once per document, however long; the memo goes before the collector is back
    with collector_paused(), document_tokens(join=True):
        return _lint_document(doc, config, path=path, structure=structure)


def _lint_document(doc: Document, config: Config, *, path: str | None,
                   structure: Structure | None) -> LintResult:
    path = path or doc.path
    from .visible import rules_view

    cuts: dict = {}
    if structure is None:
        # the rules read through invisible format characters (a shorter view whose offsets are moved back
        # before findings are made), and a traditional-script draft through a simplified view with the same
        # offsets; findings take their excerpts and locations from ``doc`` itself
        view, cuts = rules_view(doc)
        ctx = LintContext(view, config, structure)
    else:
        ctx = LintContext(doc, config, structure)
    findings: list[Finding] = []
    from .readers.legibility import missing_text

    missing = missing_text(doc)
    if missing:
        msg, page, whole = missing
        if whole:  # nothing was read: the file is unreadable (GW002), not a document with one finding
            return unreadable(path, ReadError(msg, "GW002"), config, page=page, notes=doc.notes)
        findings.append(_engine_finding("GW002", msg, path, config, page=page, severity="warning"))
    for problem in doc.read_problems:
        findings.append(_engine_finding("GW001", problem, path, config, severity="warning"))
    from .readers.legibility import invisible_marks, lookalike_marks

    for warning in (invisible_marks(doc), lookalike_marks(doc)):
        if warning:  # on the first spot, so that the excerpt shows what the message is about
            from .rules import rule_by_code

            findings.append(make_finding(rule_by_code("GW001"), warning, doc, None, path, config))
    if doc.paragraphs:
        from .readers.legibility import check as not_read

        garbled = not_read(doc, lambda i: ctx.tokens(i + 1))  # the rules' own tokens: no second segmentation
        if garbled:  # decoded, but not Chinese prose (wrong encoding, broken font map): never "clean"
            return unreadable(path, ReadError(garbled[1], garbled[0]), config, notes=doc.notes)
    furniture = doc.furniture()
    if doc.paragraphs:
        findings.extend(_run_rules(ctx, doc, cuts, path, config))
    if furniture and doc.paragraphs:
        findings.extend(_furniture_findings(doc, furniture, path, config))
    suppressed: list[Finding] = []
    if doc.suppressions:
        from .suppress import apply_suppressions

        def anchored(code: str, message: str, s) -> Finding:
            from .rules import rule_by_code

            rule = rule_by_code(code)
            f = make_finding(rule, Violation(message, s.line), doc, ctx.gw, path, config)
            if s.source_line is not None and s.source_span is not None and doc.source_lines is not None:
                # a text marker: report it where it is written, not at the paragraph it covers
                a, b = s.source_span
                f = replace(f, line=s.source_line, column=a + 1, end_line=s.source_line, end_column=b + 1,
                            paragraph=None, excerpt=_excerpt(doc.source_lines[s.source_line - 1][a:b]))
            return f

        findings, suppressed = apply_suppressions(findings, doc, config, path, anchored)

    def shown(fs: list[Finding]) -> list[Finding]:
        fs = [f for f in fs if config.enabled(f.code, path)
              and severity_rank(f.severity) >= severity_rank(config.min_severity)]
        return sorted(fs, key=Finding.sort_key)

    return LintResult(path=path, findings=shown(findings), document=doc,
                      structure=ctx.gw if doc.paragraphs else None,
                      lines=doc.text_lines() + [t for _, t in furniture], suppressed=shown(suppressed),
                      notes=list(doc.notes))


def _run_rules(ctx: LintContext, doc: Document, cuts: dict, path: str, config: Config, family: str = "GW"):
    """The findings of the enabled rules whose code starts with ``family`` on ``ctx`` (a view of ``doc``)."""
    from .visible import to_original

    for rule_cls in all_rules():
        if rule_cls.engine_only or not rule_cls.code.startswith(family) or not config.enabled(rule_cls.code, path):
            continue
        rule = rule_cls()
        try:
            for v in rule.check(ctx):
                yield make_finding(rule_cls, to_original(v, cuts), doc, ctx.gw, path, config)
        except MemoryError:
            raise  # the file, not the rule, is at fault: its budget is spent (see lint_file)
        except Exception as exc:  # one faulty rule must not lose the other findings
            if _debug():
                raise
            print(f"gwlint: 内部错误：规则 {rule_cls.code} 处理 {path} 时失败（{type(exc).__name__}: {exc}），"
                  "已跳过该规则。", file=sys.stderr)


def _furniture_findings(doc: Document, furniture: list[tuple[str, str]], path: str, config: Config) -> list[Finding]:
    """The wording rules (GW8) on the lines of headers and footers (:meth:`Document.furniture`), which are printed
    on every page but are no part of the 公文's structure: read apart from the body, reported after it.  No fix:
    an edit is made in the body's coordinates."""
    from .model import Paragraph
    from .visible import rules_view

    side = Document(path=doc.path, format=doc.format, paragraphs=[Paragraph(text=t) for _, t in furniture])
    view, cuts = rules_view(side)
    base = len(doc.text_lines())
    out = []
    for f in _run_rules(LintContext(view, config, None), side, cuts, path, config, family="GW8"):
        where = furniture[f.line - 1][0]
        out.append(replace(f, line=base + f.line, end_line=base + f.end_line, paragraph=None, page=None, fix=None,
                           data={}, message=f"{where}：{f.message}"))
    return out


def _debug() -> bool:
    import os

    return bool(os.environ.get("GWLINT_DEBUG"))


MEMORY_MESSAGE = "处理该文件时内存不足，已停止，该文件未完成检查。文件可能是压缩炸弹或结构异常复杂，请拆分或重新导出后再检查。"


def unreadable(path: str, exc: ReadError, config: Config, *, limit: str | None = None, page: int | None = None,
               notes: list[str] | tuple = ()) -> LintResult:
    """The result of a file that was not (completely) checked: always a GW001/GW002
    finding, whatever the selection (see :meth:`Config.enabled`).  ``notes``: what the
    reader did when the file was read but its text is not the document's."""
    res = LintResult(path=path, error=exc.message, limit=limit or exc.limit, notes=list(notes))
    if config.enabled(exc.code, path):
        res.findings.append(_engine_finding(exc.code, exc.message, path, config, page=page))
    return res


# Characters checked per second of the time budget, with room for a loaded machine: a document of ordinary
# prose is checked at about 90 000 characters a second on one core (round 12, the eval drafts' text), so the default
# 60 s budget takes 2.1 million characters, some 200 times the longest 公文 the policies allow.  A longer file
# (a compilation, a book, a log) would only run into the budget after a minute's work: it is refused at once.
CHARS_PER_SECOND = 35_000


def too_long(doc: Document, config: Config) -> ReadError | None:
    """GW001 for a document too long to check within the configured time budget (none without a budget)."""
    if not config.timeout:
        return None
    cap = int(config.timeout * CHARS_PER_SECOND)
    n = 0
    for para in doc.paragraphs:
        n += len(para.text)
        if n > cap:
            break
    else:
        return None
    n = sum(len(para.text) for para in doc.paragraphs)
    from .guard import format_seconds

    return ReadError(f"文件约有 {n / 10000:.0f} 万字，篇幅过长，检查所需时间将超出上限（{format_seconds(config.timeout)}）："
                     f"按每秒约 3.5 万字计，上限内只能检查 {cap / 10000:.0f} 万字（公文篇幅一般不超过 1 万字）。"
                     "该文件未检查，请拆分后分别检查；确需整体检查时可用 --timeout 放宽上限。", limit="time")


def _lint(read, p: str, config: Config) -> LintResult:
    try:
        doc = read()
    except ReadError as exc:
        return unreadable(p, exc, config)
    except MemoryError:
        return unreadable(p, ReadError(MEMORY_MESSAGE), config, limit="memory")
    except Exception as exc:  # a reader bug must not stop a batch: report it as unreadable
        if _debug():
            raise
        return unreadable(p, ReadError(f"读取文件时出错（{type(exc).__name__}），无法检查。"), config)
    refused = too_long(doc, config)
    if refused is not None:
        return unreadable(p, refused, config, notes=doc.notes)
    try:
        return lint_document(doc, config, path=p)
    except MemoryError:
        return unreadable(p, ReadError(MEMORY_MESSAGE), config, limit="memory")


def lint_file(path: str | Path, config: Config, *, shown: str | None = None) -> LintResult:
    """Lint the file at ``path``; ``shown`` is the path to report (default ``path``)."""
    from .readers import read_path

    return _lint(lambda: read_path(path), shown or str(path), config)


def lint_data(data: bytes, filename: str, config: Config) -> LintResult:
    from .readers import read_bytes

    return _lint(lambda: read_bytes(data, filename), filename, config)

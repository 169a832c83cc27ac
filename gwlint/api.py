"""The library API under the CLI, for OA integrations and the HTTP service.

    import gwlint
    result = gwlint.lint_path("draft.docx")
    for f in result.findings:
        print(f.code, f.line, f.message)

Every call is guarded by default: the file is read and linted in a worker
process with the per-file budget (``limits``: the config's ``timeout`` and
``max-memory``, 60 s and 2 GiB unless set), so a hostile upload costs at most
its budget and comes back as a GW001 finding with ``result.limit`` set to
"time" or "memory" (see :mod:`gwlint.guard`).  The workers are shared by all
threads of the process (``gwlint.guard.shared_guard()``), or pass your own
``guard=``.  ``limits=None`` lints in the calling process instead: no budget,
but ``result.document`` and ``result.structure`` are kept (they cannot cross
processes; a guarded result has ``lines`` and the findings).

Programs that call the API from several threads start workers through the
forkserver, which imports the program's main module: put the program's entry
point under ``if __name__ == "__main__":`` as for any use of multiprocessing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .config import Config, load_config
from .engine import LintResult, lint_data, lint_file, unreadable
from .model import Document, ReadError
from .analysis.structure import Structure, analyze

if TYPE_CHECKING:
    from .guard import Guard, Limits, Outcome

from .walk import WALK_SUFFIXES, Unlisted, distinct_files, iter_files  # noqa: F401 - part of the API


DEFAULT = "default"  # limits=DEFAULT: the budget of the file's config


def _config_for(path: str | Path, config: Config | None) -> Config:
    return config if config is not None else load_config(for_file=path)


def _limits(limits: Any, config: Config) -> "Limits | None":
    if limits is None:
        return None
    if isinstance(limits, str) and limits == DEFAULT:
        return config.limits
    from .guard import Limits

    return Limits.coerce(limits)


def lint_path(path: str | Path, config: Config | None = None, *, limits: Any = DEFAULT,
              guard: "Guard | None" = None) -> LintResult:
    """Lint one file.  Without ``config`` the nearest gwlint.toml/pyproject.toml applies.

    ``limits``: a :class:`gwlint.Limits`, a dict ``{"time": 30, "memory": "1GiB"}``,
    "default" (the config's budget) or None (no budget, in this process)."""
    cfg = _config_for(path, config)
    lim = _limits(limits, cfg)
    if lim is None:
        return lint_file(path, cfg)
    return _guarded(guard, lim, str(path), cfg, _lint_job, "path", os.path.abspath(path), str(path))


def lint_bytes(data: bytes, filename: str, config: Config | None = None, *, limits: Any = DEFAULT,
               guard: "Guard | None" = None) -> LintResult:
    """Lint a file held in memory (an upload); ``filename`` gives its type and the path shown.
    ``limits`` as for :func:`lint_path`."""
    data = _as_bytes(data)
    cfg = config if config is not None else load_config()
    lim = _limits(limits, cfg)
    if lim is None:
        return lint_data(data, filename, cfg)
    return _guarded(guard, lim, filename, cfg, _lint_job, "bytes", data, filename)


def _as_bytes(data: Any) -> bytes:
    """An upload as bytes: a memoryview (a slice of a buffer) cannot be pickled to a guarded worker, and a
    bytearray would be changed under the reader by its owner; a str is no file (its encoding is unknown)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"需要文件内容的字节（bytes），而不是 {type(data).__name__}；文本请先按原编码转成 bytes。")


def fix_bytes(data: bytes, filename: str, unsafe: bool = False, config: Config | None = None) -> bytes:
    """The file with its fixes applied, for integrations and the HTTP service.

    A .docx comes back as a .docx whose fixes are Word tracked changes (修订) by
    author gwlint; a .txt/.md as the fixed text in its own encoding, BOM and line
    endings.  Only safe fixes unless ``unsafe``.  Raises
    :class:`gwlint.fixes.FixError` for other types (PDF) and unreadable files."""
    from .fixes import FixError, fix_text_bytes
    from .readers import sniff

    data = _as_bytes(data)
    config = config if config is not None else load_config()
    try:
        kind = sniff(data, Path(filename).suffix)
    except ReadError as exc:
        raise FixError(exc.message) from None
    if kind == "docx":
        from .revise import revise_bytes

        return revise_bytes(data, filename, config, unsafe=unsafe)[0]
    if kind == "txt":
        outcome = fix_text_bytes(data, filename, config, unsafe=unsafe)
        if outcome.result.error:
            raise FixError(outcome.result.error)
        return outcome.data
    raise FixError("PDF 是版式文件，不能自动修正；请对 .docx 原稿或纯文本使用自动修正。")


# ---------------------------------------------------------------- guarded jobs
def _lint_job(kind: str, source: Any, name: str, config: Config, pdf_engine: str) -> LintResult:
    """In a worker: lint a path or bytes; a memory failure retires the worker (MemoryError)."""
    from .readers import set_pdf_engine

    set_pdf_engine(pdf_engine)
    # a path comes absolute: the worker's working directory is not the caller's
    res = lint_file(source, config, shown=name) if kind == "path" else lint_data(source, name, config)
    if res.limit == "memory":
        raise MemoryError
    return res.without_document()


def _guarded(guard: "Guard | None", limits: "Limits", path: str, config: Config, job: Callable,
             *args: Any) -> LintResult:
    from .guard import shared_guard
    from .readers import pdf_engine

    out = (guard or shared_guard()).run(job, *args, config, pdf_engine(), limits=limits)
    return result_of(out, path, config, limits)


def result_of(out: "Outcome", path: str, config: Config, limits: "Limits", *,
              raise_errors: bool = True) -> LintResult:
    """A guarded job's outcome as a LintResult: over budget or crashed is GW001 with the reason.

    A job that raised is a bug in gwlint: re-raised (as without the guard), or in a
    batch (``raise_errors=False``) this file's GW001, so the other files' results stay."""
    from .engine import unreadable

    if out.ok:
        return out.value
    if out.status == "error":
        if raise_errors:
            raise out.value
        exc = out.value
        return unreadable(path, ReadError(f"内部错误（{type(exc).__name__}: {exc}），该文件未完成检查。"), config)
    kind = out.status if out.status in ("time", "memory") else None
    return unreadable(path, ReadError(limits.message(out.status, out.detail)), config, limit=kind)


def lint_paths(paths: Iterable[str | Path], config_for: Callable[[Path], Config] | None = None, *,
               jobs: int | None = None, keep_documents: bool = False,
               on_result: Callable[[LintResult], None] | None = None, limits: Any = DEFAULT,
               guard: "Guard | None" = None) -> list[LintResult]:
    """Lint many files in guarded worker processes (``jobs`` of them, default one per core).

    ``config_for(path)`` gives each file's config (default: discovered per file);
    ``limits`` as for :func:`lint_path` ("default": each file's config's budget).
    Results come back in input order (``on_result`` sees them in that order too);
    a file that fails, runs out of its budget or kills its worker never stops the
    others.  ``keep_documents`` or ``limits=None`` lint in this process instead.
    """
    files = distinct_files(iter_files(paths))
    if config_for is None:
        from .config import resolved

        per_folder: dict[Path, Config] = {}

        def config_for(p: Path) -> Config:
            folder = resolved(p).parent
            if folder not in per_folder:
                per_folder[folder] = load_config(for_file=p)
            return per_folder[folder]
    jobs = jobs or os.cpu_count() or 1
    tasks = [(str(f), config_for(Path(f))) for f in files]
    # places the walk could not look into: GW001 each, never a silent gap
    unlisted = {i: unreadable(str(f), ReadError(f.message), tasks[i][1])
                for i, f in enumerate(files) if isinstance(f, Unlisted)}
    results: list[LintResult] = []
    if keep_documents or limits is None:
        for i, t in enumerate(tasks):
            r = unlisted.get(i) or lint_file(*t)
            if not keep_documents:
                r = r.without_document()
            results.append(r)
            if on_result:
                on_result(r)
        return results
    from .guard import Guard
    from .readers import pdf_engine

    engine = pdf_engine()
    budgets = [_limits(limits, cfg) for _, cfg in tasks]
    done: dict[int, LintResult] = dict(unlisted)
    own = guard is None
    pool = guard or Guard(min(jobs, max(1, len(tasks) - len(unlisted))))
    try:
        work = ((i, (_lint_job, ("path", os.path.abspath(p), p, cfg, engine)), budgets[i])
                for i, (p, cfg) in enumerate(tasks) if i not in unlisted)
        for i, out in pool.imap(_apply, work, jobs=jobs):
            path, cfg = tasks[i]
            done[i] = result_of(out, path, cfg, budgets[i], raise_errors=False)
            _hand_on(done, results, on_result)
        _hand_on(done, results, on_result)  # unlisted places after the last file
    finally:
        if own:
            pool.close()
    return results


def _hand_on(done: dict[int, LintResult], results: list[LintResult],
             on_result: Callable[[LintResult], None] | None) -> None:
    while len(results) in done:  # hand results on in input order
        r = done.pop(len(results))
        results.append(r)
        if on_result:
            on_result(r)


def _apply(fn: Callable, args: tuple) -> Any:
    return fn(*args)


@dataclass
class Inspection:
    """The recognised 公文 structure of one file (``gwlint inspect``).

    A guarded inspection (the default) carries its dictionaries (``to_dict``) but
    not ``structure``/``document``, which cannot cross processes."""

    path: str
    structure: Structure | None
    document: Document | None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    limit: str | None = None  # "time" | "memory" when the budget ran out (then ``error`` says so)
    views: dict[bool, dict] | None = field(default=None, repr=False)

    def to_dict(self, detail: bool = True) -> dict:
        if self.views is not None:
            return self.views[detail]
        from .inspect_view import inspection_dict

        return inspection_dict(self, detail=detail)

    def portable(self) -> "Inspection":
        """This inspection without the objects that cannot cross processes."""
        return Inspection(path=self.path, structure=None, document=None, error=self.error, extra=self.extra,
                          limit=self.limit, views={True: self.to_dict(True), False: self.to_dict(False)})


def inspect_document(doc: Document, path: str | None = None) -> Inspection:
    from .visible import rules_view

    # the structure of the text the rules read (through invisible characters, look-alikes, traditional script)
    return Inspection(path=path or doc.path, structure=analyze(rules_view(doc)[0]), document=doc)


def inspect_path(path: str | Path, *, limits: Any = DEFAULT, guard: "Guard | None" = None) -> Inspection:
    """The structure of one file; ``limits`` as for :func:`lint_path` ("default": the
    budget of the file's config; None: in this process, keeping structure and document)."""
    if limits is None:
        return _inspect("path", path, str(path))
    lim = _limits(limits, _config_for(path, None) if limits == DEFAULT else Config())
    return _guarded_inspect(guard, lim, "path", os.path.abspath(path), str(path))


def inspect_bytes(data: bytes, filename: str, *, limits: Any = DEFAULT, guard: "Guard | None" = None) -> Inspection:
    data = _as_bytes(data)
    if limits is None:
        return _inspect("bytes", data, filename)
    lim = _limits(limits, load_config() if limits == DEFAULT else Config())
    return _guarded_inspect(guard, lim, "bytes", data, filename)


def _inspect(kind: str, source: Any, name: str) -> Inspection:
    from .readers import read_bytes, read_path

    try:
        doc = read_path(source) if kind == "path" else read_bytes(source, name)
        doc.path = name
    except ReadError as exc:
        return Inspection(path=name, structure=None, document=None, error=exc.message, limit=exc.limit)
    from .readers.legibility import problem

    unread = problem(doc)  # a scan or mojibake has no structure to show: as check, an error
    if unread:
        return Inspection(path=name, structure=None, document=None, error=unread)
    return inspect_document(doc, name)


def _inspect_job(kind: str, source: Any, name: str, pdf_engine: str) -> Inspection:
    from .readers import set_pdf_engine

    set_pdf_engine(pdf_engine)
    ins = _inspect(kind, source, name)
    if ins.limit == "memory":
        raise MemoryError
    return ins.portable()


def _guarded_inspect(guard: "Guard | None", limits: "Limits", kind: str, source: Any, name: str) -> Inspection:
    from .guard import shared_guard
    from .readers import pdf_engine

    out = (guard or shared_guard()).run(_inspect_job, kind, source, name, pdf_engine(), limits=limits)
    if out.ok:
        return out.value
    if out.status == "error":
        raise out.value
    msg = limits.message(out.status, out.detail)
    kind_hit = out.status if out.status in ("time", "memory") else None
    return Inspection(path=name, structure=None, document=None, error=msg, limit=kind_hit,
                      views={True: {"path": name, "error": msg}, False: {"path": name, "error": msg}})


def _read_job(path: str, pdf_engine: str) -> Document:
    from .readers import read_path, set_pdf_engine

    set_pdf_engine(pdf_engine)
    try:
        doc = read_path(path)
    except ReadError as exc:
        if exc.limit == "memory":
            raise MemoryError from None
        raise
    for p in doc.paragraphs:
        p.source = None  # python-docx objects stay in the worker
    return doc


def read_document(path: str | Path, *, limits: Any = DEFAULT, guard: "Guard | None" = None) -> Document:
    """The document gwlint reads from a file (``gwlint text``), within ``limits`` as for
    :func:`lint_path`; guarded, its paragraphs carry no handle into the source file.
    Raises :class:`ReadError` for a file it cannot read or that runs out of its budget."""
    if limits is None:
        from .readers import read_path

        return read_path(path)
    lim = _limits(limits, _config_for(path, None) if limits == DEFAULT else Config())
    from .guard import shared_guard

    out = (guard or shared_guard()).run(_read_job, os.path.abspath(path), _engine(), limits=lim)
    if out.ok:
        doc = out.value
        doc.path = str(path)
        return doc
    if out.status == "error":
        raise out.value
    raise ReadError(lim.message(out.status, out.detail), limit=out.status if out.status != "crash" else None)


def _engine() -> str:
    from .readers import pdf_engine

    return pdf_engine()

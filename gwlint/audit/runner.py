"""Run an audit: walk the folders, lint changed files in worker processes, store each result.

Scheduling.  The parent hashes each file (cheap next to linting; largest files
first, so that big PDFs do not leave one worker busy at the end), skips it
when the database already holds a current result for it, reuses the result of
an identical file (a duplicate), and otherwise hands it to a worker of a
:class:`gwlint.guard.Guard`: the same per-file budget as ``gwlint check``
(``timeout``/``max-memory`` of the config, ``--timeout``/``--max-memory``); a
file over its budget, or whose worker dies, costs that file only (its record
says timeout, memory or crash) and the worker is replaced.  Each result is
committed on arrival (one transaction per file), so a killed audit loses at
most the files in flight.

A timeout or memory failure is final for unchanged content and configuration
unless the budget has since been raised (a looping file would otherwise cost
its whole timeout on every run); a crashed worker is retried on the next run.

Workers start through the forkserver when the process runs other threads (the
progress display), which imports the caller's ``__main__`` module: a script
calling :func:`run_audit` needs the usual ``if __name__ == "__main__":`` guard
(the ``gwlint`` command has it).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

from .. import __version__
from ..config import Config
from .store import AuditError, Store
from .worker import audit_job, content_hash, failed_record, file_hash

if TYPE_CHECKING:
    from ..guard import Limits

# kinds of failure that depend on the budget, not only on the file
BUDGET_ERRORS = ("timeout", "memory")


class Progress(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, status: str, path: str) -> None: ...

    def stop(self) -> None: ...


@dataclass
class AuditSummary:
    run_id: int
    seen: int = 0
    linted: int = 0  # linted by a worker in this run
    unchanged: int = 0  # current result already stored
    reused: int = 0  # identical to a file already linted (duplicate)
    failed: int = 0  # timed out or crashed a worker
    unreadable: int = 0  # GW001 (counted among linted/reused too when a worker said so)
    pruned: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    def counts(self) -> dict[str, int]:
        return {"files_seen": self.seen, "files_linted": self.linted, "files_unchanged": self.unchanged,
                "files_reused": self.reused, "files_failed": self.failed, "files_pruned": self.pruned}


# ---------------------------------------------------------------- fingerprints
_DATA_DIGEST: str | None = None


def data_digest() -> str:
    """Digest of the shipped word lists and profiles: editing one changes results."""
    global _DATA_DIGEST
    if _DATA_DIGEST is None:
        from ..data import data_dir

        h = hashlib.sha256()
        root = data_dir()
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in (".toml", ".txt"):
                h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
        _DATA_DIGEST = h.hexdigest()[:16]
    return _DATA_DIGEST


def _config_basis(config: Config) -> dict:
    from ..rules import all_rules

    return {
        "version": __version__, "data": data_digest(), "rules": [r.code for r in all_rules()],
        "select": config.select, "extend_select": config.extend_select, "ignore": config.ignore,
        "per_file_ignores": config.per_file_ignores, "severity": config.severity,
        "min_severity": config.min_severity, "profile": config.profile.name, "profile_data": config.profile.raw,
        "options": config.options,
    }


class Fingerprints:
    """Fingerprint of the effective configuration; per file it also covers the
    per-file ignores that apply to that path (they change its findings)."""

    def __init__(self, pdf_engine: str = "pdfplumber") -> None:
        self._base: dict[int, tuple[Config, str]] = {}
        self.pdf_engine = pdf_engine

    def base(self, config: Config) -> str:
        hit = self._base.get(id(config))
        if hit is None or hit[0] is not config:
            blob = json.dumps(_config_basis(config), sort_keys=True, ensure_ascii=False, default=str)
            hit = (config, hashlib.sha256(blob.encode()).hexdigest()[:20])
            self._base[id(config)] = hit
        return hit[1]

    def for_file(self, config: Config, path: str) -> str:
        base = self.base(config)
        ignores = sorted(config.file_ignores(path))
        # a PDF read by another engine may read differently: not the same result
        engine = self.pdf_engine if self.pdf_engine != "pdfplumber" and path.lower().endswith(".pdf") else ""
        if not ignores and not engine:
            return base
        return hashlib.sha256(f"{base}|{','.join(ignores)}|{engine}".encode()).hexdigest()[:20]


# ---------------------------------------------------------------- tasks
@dataclass
class Task:
    path: str
    size: int
    hash: str
    fp: str
    config: Config
    limits: "Limits"

    @property
    def key(self) -> tuple[str, str]:
        return (self.hash, self.fp)


def budget_note(limits: "Limits") -> str:
    """How a timeout/memory record remembers the budget it ran out of (in its ``log``)."""
    return f"budget: time={limits.time} memory={limits.memory}"


def budget_grew(log: str | None, limits: "Limits") -> bool:
    """True when ``limits`` allow more than the budget noted in a failed record's log."""
    import re

    m = re.search(r"budget: time=(\S+) memory=(\S+)", log or "")
    if not m:
        return True  # recorded before budgets were noted: try again once

    def more(new: float | None, old: str) -> bool:
        return (new is None and old != "None") or (new is not None and old != "None" and new > float(old))

    return more(limits.time, m.group(1)) or more(limits.memory, m.group(2))


# ---------------------------------------------------------------- the run
def run_audit(paths: Iterable[str | Path], db: str | Path, config_for: Callable[[Path], Config], *,
              jobs: int | None = None, limits: "Limits | None" = None, progress: Progress | None = None,
              prune: bool = False, pdf_engine: str = "pdfplumber") -> AuditSummary:
    """Audit ``paths`` into ``db``.  ``limits`` overrides the per-file budget of
    each file's config; ``pdf_engine="pdfium"`` reads PDFs with the fast engine
    in the workers (see :mod:`gwlint.readers.pdf_fast`)."""
    from ..api import Unlisted, iter_files
    from ..guard import Guard, GuardError
    from ..model import ReadError
    from ..readers import MAX_BYTES, size_text

    t0 = time.perf_counter()
    roots = [os.path.abspath(p) for p in paths]
    files: list[str] = []
    unlisted: dict[str, str] = {}
    seen_set: set[str] = set()
    for f in iter_files(roots):
        a = os.path.abspath(f)
        if isinstance(f, Unlisted):
            unlisted[a] = f.message
        if a not in seen_set:
            seen_set.add(a)
            files.append(a)
    unlisted.update(_outside(files, roots, unlisted))
    # largest first: big PDFs cost the most, and started last they would leave
    # one worker busy while the others idle at the end of the run
    files.sort(key=lambda p: (-_size(p), p))
    jobs = max(1, jobs or os.cpu_count() or 1)
    from ..readers import PDF_ENGINES

    if pdf_engine not in PDF_ENGINES:
        raise AuditError(f"未知的 PDF 读取引擎：{pdf_engine}")
    fps = Fingerprints(pdf_engine)
    for f in files:  # every config mistake is an error now, before the database is touched
        config_for(Path(f))
    guard = Guard(jobs)
    try:
        # workers warm up (imports, dictionary) while this process opens the database
        # and fingerprints the configuration (which imports the rules too)
        if files:
            guard.prestart(min(jobs, len(files)))
        store = Store(db)
        base_cfg = config_for(Path(files[0] if files else roots[0] if roots else "."))
        run_id = store.begin_run(version=__version__, profile=base_cfg.profile.name,
                                 profile_json=_profile_json(base_cfg), config_source=base_cfg.source,
                                 config_fp=fps.base(base_cfg), roots=roots, jobs=jobs)
    except BaseException:
        guard.close()
        raise
    summary = AuditSummary(run_id=run_id, seen=len(files))
    if progress:
        progress.start(len(files))
    todo = deque(files)
    inflight: dict[tuple[str, str], Task] = {}
    parked: dict[tuple[str, str], list[Task]] = {}  # duplicates waiting for the same content

    def done(status: str, path: str) -> None:
        if progress:
            progress.advance(status, path)

    def next_task() -> Task | None:
        """The next file that needs a worker; files that do not are settled here."""
        while todo:
            path = todo.popleft()
            config = config_for(Path(path))
            fp = fps.for_file(config, path)
            if path in unlisted:  # a folder that could not be listed: its files were not checked
                _settle_failed(path, "unread:" + content_hash(os.fsencode(path)), 0, unlisted[path], fp, config)
                continue
            try:
                h, size = file_hash(path)
            except ReadError as exc:
                # no content to name it by: a hash of its own, never a "duplicate" of another
                _settle_failed(path, "unread:" + content_hash(os.fsencode(path)), 0, exc.message, fp, config)
                continue
            except OSError as exc:
                from ..readers import os_message

                _settle_failed(path, "unread:" + content_hash(os.fsencode(path)), 0,
                               os_message("无法读取文件", exc), fp, config)
                continue
            if size > MAX_BYTES:
                msg = f"文件过大（{size_text(size)}），超过 {MAX_BYTES // (1024 * 1024)} MiB 上限，请拆分后检查。"
                _settle_failed(path, h, size, msg, fp, config)
                continue
            task_limits = limits or config.limits
            if store.is_unchanged(path, h, __version__, fp) or _failure_stands(path, h, fp, task_limits):
                summary.unchanged += 1
                done("unchanged", path)
                continue
            key = (h, fp)
            if key in inflight:
                parked.setdefault(key, []).append(Task(path, size, h, fp, config, task_limits))
                continue
            src = store.reusable(h, __version__, fp, path)
            if src is not None:
                store.copy(src, path, run_id)
                summary.reused += 1
                done("reused", path)
                continue
            task = Task(path, size, h, fp, config, task_limits)
            inflight[key] = task
            return task
        return None

    def _failure_stands(path: str, h: str, fp: str, task_limits: "Limits") -> bool:
        """A timeout/memory record for this very content and config, under a budget not smaller."""
        row = store.failure(path)
        return (row is not None and row["error_kind"] in BUDGET_ERRORS and row["content_hash"] == h
                and row["gwlint_version"] == __version__ and row["config_fp"] == fp
                and not budget_grew(row["log"], task_limits))

    def _settle_failed(path: str, h: str, size: int, msg: str, fp: str, config: Config) -> None:
        rec = failed_record(path, h, size, msg, "unreadable", config)
        rec.update(gwlint_version=__version__, config_fp=fp)
        store.save(rec, run_id)
        summary.unreadable += 1
        summary.linted += 1
        done("unreadable", path)

    def settle(task: Task, rec: dict) -> None:
        rec.update(gwlint_version=__version__, config_fp=task.fp)
        doc_id = store.save(rec, run_id)
        failed = rec.get("error_kind") in ("timeout", "memory", "crash")
        if failed:
            summary.failed += 1
        else:
            summary.linted += 1
            if rec.get("error_kind") == "unreadable":
                summary.unreadable += 1
        done(rec.get("error_kind") or "linted", task.path)
        inflight.pop(task.key, None)
        for dup in parked.pop(task.key, []):
            if rec["content_hash"] != task.hash and rec.get("error_kind") not in BUDGET_ERRORS:
                todo.appendleft(dup.path)  # the file changed while it was read: look at the copy afresh
                continue
            if failed:
                # the same content would fail the same way; say so for each path
                r = failed_record(dup.path, dup.hash, dup.size, rec["error"], rec["error_kind"])
                r.update(gwlint_version=__version__, config_fp=dup.fp, log=rec.get("log"))
                store.save(r, run_id)
                summary.failed += 1
            else:
                store.copy(doc_id, dup.path, run_id)
                summary.reused += 1
            done("reused", dup.path)

    def outcome_record(task: Task, out) -> dict:
        if out.ok:
            rec = out.value
            if rec.pop("limit", None) == "time":
                # refused from its length, as too long for this time budget: a timeout known in advance,
                # retried (like one) only once the budget is raised
                rec.update(error_kind="timeout", log=budget_note(task.limits))
            return rec
        if out.status == "error":
            exc = out.value
            return failed_record(task.path, task.hash, task.size,
                                 f"内部错误（{type(exc).__name__}: {exc}），该文件未完成检查。", "internal")
        kind = {"time": "timeout"}.get(out.status, out.status)
        rec = failed_record(task.path, task.hash, task.size, task.limits.message(out.status, out.detail), kind)
        if kind in BUDGET_ERRORS:
            rec["log"] = budget_note(task.limits)
        return rec

    def tasks():
        while True:
            t = next_task()
            if t is None:
                return
            yield t, (t.path, t.config, pdf_engine), t.limits

    interrupted = False
    try:
        # settling a result may send a parked duplicate back to ``todo``: go round until empty
        while todo:
            for task, out in guard.imap(audit_job, tasks(), jobs=jobs):
                settle(task, outcome_record(task, out))
    except GuardError as exc:
        interrupted = True
        raise AuditError(f"{exc}审计中止。") from None
    except KeyboardInterrupt:
        interrupted = True
    except BaseException:
        interrupted = True
        raise
    finally:
        guard.close()
        if progress:
            progress.stop()
        try:
            if prune and not interrupted:
                summary.pruned = store.prune(roots, seen_set)
            summary.seconds = time.perf_counter() - t0
            summary.interrupted = interrupted
            store.finish_run(run_id, "interrupted" if interrupted else "complete", summary.counts())
        except sqlite3.Error:
            if not interrupted:
                raise
            # already ending on an error (a full disk): that one is reported; the run stays 'running'
            # and the next run marks it interrupted (its process is gone)
        finally:
            store.close()
    return summary


def _outside(files: list[str], roots: list[str], unlisted: dict[str, str]) -> dict[str, str]:
    """The files found in a folder that are links to a place outside every folder and file audited: an audit
    reads what it was given, not whatever a link planted in a shared folder points at (its excerpts would go
    into the database and the report)."""
    real_roots = [os.path.realpath(r) for r in roots]
    out: dict[str, str] = {}
    for f in files:
        if f in unlisted or f in roots:
            continue
        real = os.path.realpath(f)
        if any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in real_roots):
            continue
        from ..safeio import display_path

        out[f] = (f"这是指向审计范围之外的链接（指向 {display_path(real)}），gwlint 不读取：批量审计只读所列文件夹中的文件，"
                  "以免经链接读出其他位置的文件。如确需审计，请把该位置也列入审计范围。")
    return out


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _profile_json(config: Config) -> dict:
    p = config.profile
    return {
        "name": p.name, "title": p.title, "basis": p.basis, "no_meeting_months": p.no_meeting_months,
        "targets": p.targets, "length_basis": p.length_basis,
        "length_limit": [{"class": c.name, "limit": c.limit} for c in p.length_classes],
    }

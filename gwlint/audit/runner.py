"""Run an audit: walk the folders, lint changed files in worker processes, store each result.

Scheduling.  The parent hashes each file (cheap next to linting; largest files
first, so that big PDFs do not leave one worker busy at the end), skips it
when the database already holds a current result for it, reuses the result of
an identical file (a duplicate), and otherwise sends its path to a worker.
Workers are our own processes (not a ``ProcessPoolExecutor``) so that one that
runs past the per-file timeout can be killed and replaced without losing the
others; each keeps two tasks queued so it never waits for the parent between
files.  Each result is committed on arrival (one transaction per file), so a
killed audit loses at most the files in flight.

Workers start through ``multiprocessing`` (forkserver where available, else
spawn), which imports the caller's ``__main__`` module in each worker: a
script calling :func:`run_audit` needs the usual ``if __name__ == "__main__":``
guard (the ``gwlint`` command has it).
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable, Protocol

from .. import __version__
from ..config import Config
from .store import AuditError, Store
from .worker import content_hash, failed_record, file_hash, worker_main

DEFAULT_TIMEOUT = 120.0
QUEUE_DEPTH = 2  # tasks per worker: one running, one waiting in its pipe


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
        ignores = sorted(config._file_ignores(path))
        # a PDF read by another engine may read differently: not the same result
        engine = self.pdf_engine if self.pdf_engine != "pdfplumber" and path.lower().endswith(".pdf") else ""
        if not ignores and not engine:
            return base
        return hashlib.sha256(f"{base}|{','.join(ignores)}|{engine}".encode()).hexdigest()[:20]


# ---------------------------------------------------------------- workers
@dataclass
class Task:
    id: int
    path: str
    size: int
    hash: str
    fp: str
    cfg_key: str
    config: Config
    started: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.hash, self.fp)


class _Worker:
    def __init__(self, ctx, pdf_engine: str = "pdfplumber") -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn = parent
        self.proc = ctx.Process(target=worker_main, args=(child, pdf_engine), daemon=True,
                                name="gwlint-audit-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.queue: deque[Task] = deque()
        self.configs_sent: set[str] = set()

    def send(self, task: Task, now: float) -> None:
        # a path, never the bytes: small messages cannot fill the pipe and block
        # this process while the worker is busy (or stuck) with its current file
        cfg = None if task.cfg_key in self.configs_sent else task.config
        self.conn.send((task.id, task.path, task.cfg_key, cfg))
        self.configs_sent.add(task.cfg_key)
        if self.ready and not self.queue:
            task.started = now
        self.queue.append(task)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, ValueError):
            pass
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


def _context():
    methods = mp.get_all_start_methods()
    # forkserver: workers (and replacements started while a progress thread
    # runs) fork from a clean single-threaded server, not from this process
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["gwlint.audit.worker", "gwlint.engine"])
        return ctx
    return mp.get_context("spawn")


# ---------------------------------------------------------------- the run
def run_audit(paths: Iterable[str | Path], db: str | Path, config_for: Callable[[Path], Config], *,
              jobs: int | None = None, timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None,
              prune: bool = False, pdf_engine: str = "pdfplumber") -> AuditSummary:
    """Audit ``paths`` into ``db``; ``pdf_engine="pdfium"`` reads PDFs with the
    fast engine in the workers (see :mod:`gwlint.readers.pdf_fast`)."""
    from ..api import iter_files
    from ..readers import MAX_BYTES

    t0 = time.perf_counter()
    roots = [os.path.abspath(p) for p in paths]
    files: list[str] = []
    seen_set: set[str] = set()
    for f in iter_files(roots):
        a = os.path.abspath(f)
        if a not in seen_set:
            seen_set.add(a)
            files.append(a)
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
    store = Store(db)
    base_cfg = config_for(Path(files[0] if files else roots[0] if roots else "."))
    run_id = store.begin_run(version=__version__, profile=base_cfg.profile.name,
                             profile_json=_profile_json(base_cfg), config_source=base_cfg.source,
                             config_fp=fps.base(base_cfg), roots=roots, jobs=jobs)
    summary = AuditSummary(run_id=run_id, seen=len(files))
    if progress:
        progress.start(len(files))
    todo = deque(files)
    retry: deque[Task] = deque()  # tasks queued behind a killed worker
    inflight: dict[tuple[str, str], Task] = {}
    parked: dict[tuple[str, str], list[Task]] = {}  # duplicates waiting for the same content
    task_ids = iter(range(1, 1 << 62))
    workers: list[_Worker] = []
    ctx = None

    def done(status: str, path: str) -> None:
        if progress:
            progress.advance(status, path)

    def next_task() -> Task | None:
        """The next file that needs a worker; files that do not are settled here."""
        while retry or todo:
            if retry:
                return retry.popleft()
            path = todo.popleft()
            config = config_for(Path(path))
            fp = fps.for_file(config, path)
            try:
                size = os.stat(path).st_size
                h = file_hash(path)
            except OSError as exc:
                # no content to name it by: a hash of its own, never a "duplicate" of another
                _settle_failed(path, "unread:" + content_hash(os.fsencode(path)), 0,
                               f"无法读取文件：{exc.strerror or exc}", fp, config)
                continue
            if size > MAX_BYTES:
                msg = f"文件过大（{size // (1024 * 1024)} MB），超过 {MAX_BYTES // (1024 * 1024)} MB 上限，请拆分后检查。"
                _settle_failed(path, h, size, msg, fp, config)
                continue
            if store.is_unchanged(path, h, __version__, fp):
                summary.unchanged += 1
                done("unchanged", path)
                continue
            key = (h, fp)
            if key in inflight:
                parked.setdefault(key, []).append(Task(0, path, size, h, fp, "", config))
                continue
            src = store.reusable(h, __version__, fp, path)
            if src is not None:
                store.copy(src, path, run_id)
                summary.reused += 1
                done("reused", path)
                continue
            task = Task(next(task_ids), path, size, h, fp, fps.base(config), config)
            inflight[key] = task
            return task
        return None

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
        failed = rec.get("error_kind") in ("timeout", "crash")
        if failed:
            summary.failed += 1
        else:
            summary.linted += 1
            if rec.get("error_kind") == "unreadable":
                summary.unreadable += 1
        done(rec.get("error_kind") or "linted", task.path)
        inflight.pop(task.key, None)
        for dup in parked.pop(task.key, []):
            if rec["content_hash"] != task.hash and rec.get("error_kind") != "timeout":
                todo.appendleft(dup.path)  # the file changed while it was read: look at the copy afresh
                continue
            if failed:
                # the same content would fail the same way; say so for each path
                r = failed_record(dup.path, dup.hash, dup.size, rec["error"], rec["error_kind"])
                r.update(gwlint_version=__version__, config_fp=dup.fp)
                store.save(r, run_id)
                summary.failed += 1
            else:
                store.copy(doc_id, dup.path, run_id)
                summary.reused += 1
            done("reused", dup.path)

    startup_failures = 0

    def replace(w: _Worker, reason: str, now: float) -> None:
        nonlocal startup_failures
        head = w.queue.popleft() if w.queue and w.ready else None
        w.kill()
        if not w.ready:
            # it died before it could take a file: no file is to blame
            startup_failures += 1
            if startup_failures >= 3:
                raise AuditError("检查进程无法启动（连续 3 次在初始化时退出），审计中止。")
        if head is not None:
            msg = (f"处理超时（超过 {timeout:g} 秒），已终止，该文件未完成检查。" if reason == "timeout"
                   else "检查进程意外退出（可能内存不足或解析库崩溃），该文件未完成检查。")
            settle(head, failed_record(head.path, head.hash, head.size, msg, reason))
        for t in w.queue:  # not started: send again elsewhere
            t.started = None
            retry.append(t)
        workers[workers.index(w)] = _Worker(ctx, pdf_engine)

    interrupted = False
    try:
        while True:
            now = time.monotonic()
            # keep every worker's queue full
            exhausted = False
            for w in list(workers):
                while len(w.queue) < QUEUE_DEPTH:
                    t = next_task()
                    if t is None:
                        exhausted = True
                        break
                    w.send(t, now)
                if exhausted:
                    break
            if not workers and not exhausted:
                t = next_task()
                if t is None:
                    exhausted = True
                else:
                    ctx = ctx or _context()
                    n = min(jobs, 1 + len(todo))
                    workers = [_Worker(ctx, pdf_engine) for _ in range(n)]
                    workers[0].send(t, now)
                    continue
            if not any(w.queue for w in workers) and not todo and not retry:
                break
            deadlines = [w.queue[0].started + timeout for w in workers if w.queue and w.queue[0].started]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else 1.0
            ready = wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], timeout=wait_for)
            now = time.monotonic()
            for w in list(workers):
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        replace(w, "crash", now)
                        continue
                    if msg[0] == "ready":
                        w.ready = True
                        if w.queue:
                            w.queue[0].started = now
                        continue
                    task = w.queue.popleft()
                    settle(task, msg[1])
                    if w.queue:
                        w.queue[0].started = now
                elif w.proc.sentinel in ready and not w.proc.is_alive():
                    replace(w, "crash", now)
            for w in list(workers):
                if w.queue and w.queue[0].started and now - w.queue[0].started > timeout:
                    replace(w, "timeout", now)
    except KeyboardInterrupt:
        interrupted = True
    except BaseException:
        interrupted = True
        raise
    finally:
        for w in workers:
            if interrupted:
                w.kill()
            else:
                w.stop()
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

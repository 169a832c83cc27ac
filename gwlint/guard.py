"""The per-file budget: jobs run in worker processes with a time and a memory limit.

A draft can make a parser loop forever (a PDF object that refers to itself),
inflate to gigabytes (a zip bomb), or crash native code.  :class:`Guard` keeps a
small pool of persistent worker processes and runs each job in one of them:

* **time** — wall time from the moment the worker starts the job; past the
  limit the worker is killed (SIGKILL: a loop in C code cannot be interrupted
  any other way) and replaced;
* **memory** — the whole worker process counts (a warm worker is about 130 MiB
  of address space); its address space is capped (``RLIMIT_AS``), so an
  allocation past the limit raises ``MemoryError`` inside the worker, which then
  answers "memory" and retires.  Measured on python-docx, lxml and pdfminer
  bombs: a warm worker's address space is about 35 MB above its resident size
  (133 MB against 113 MB) and stays so under load, so the cap is close to a cap
  on real memory.  The parent also polls the worker's resident size, which
  covers platforms without ``RLIMIT_AS``; RSS polling alone would let a fast
  allocation overshoot between two polls.
* a worker that dies (OOM killer, segfault in native code, killed by hand) is
  replaced; its job's outcome is "crash".

Every outcome is an :class:`Outcome`; a job that raised gives status "error"
with the exception (re-raised by :meth:`Guard.call`).  The caller turns
time/memory/crash into a GW001 finding (see :mod:`gwlint.api`), so one bad file
costs at most its budget and never the other files' results.

Two ways to use a guard, both safe together:

* :meth:`Guard.run` (and :meth:`Guard.call`) — one job, blocking; may be called
  from many threads at once (the HTTP service shares one pool across requests);
  each call borrows an idle worker, starts one when the pool has room, or waits;
* :meth:`Guard.imap` — a batch driven from one thread (``gwlint check DIR``,
  ``gwlint audit``): results come back as they finish.

Start-up cost.  Workers start with ``fork`` when the calling process is
single-threaded and small (the command line: a fork costs a few milliseconds
and the worker inherits what the parent imported), otherwise through the
``forkserver`` (forking a threaded process can deadlock in the child) or
``spawn`` elsewhere.  A worker warms up (imports the pipeline, loads jieba's
dictionary) before it takes its first job; warm-up does not count against the
job's time.
"""
from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import re
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

GiB = 1 << 30
MiB = 1 << 20
DEFAULT_TIME = 60.0
DEFAULT_MEMORY = 2 * GiB
# memory below this is not enough to import the pipeline: refuse it as a setting
MIN_MEMORY = 256 * MiB
START_TIMEOUT = 120.0  # start-up and warm-up of a worker (a cold jieba cache takes seconds)
START_ATTEMPTS = 3  # consecutive workers that die before they are ready: the environment is broken
POLL = 0.25  # seconds between two looks at a busy worker's resident size
# fork only a process smaller than this: a forked worker starts with its parent's address space, which
# counts against the memory limit (a warm worker of its own is about 130 MiB)
SMALL_PARENT = 256 * MiB
PRELOAD = ["gwlint.guard", "gwlint.engine"]


class GuardError(Exception):
    """The guard itself cannot work (workers fail to start, pool closed)."""


# ---------------------------------------------------------------- limits
_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*", re.I)
_TIME_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(s|秒|m|min|分钟?|h|小时)?\s*", re.I)
_OFF = ("", "0", "none", "off", "no", "false", "unlimited", "不限")


def parse_size(value: Any) -> int | None:
    """Bytes from ``2GiB``, ``512M``, ``1.5G``, ``800MB`` or a number of bytes; 0/none/off: no limit."""
    if value is None or value is False:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a memory size: {value!r}")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"not a memory size: {value!r} (0 means no limit)")
        return int(value) if value > 0 else None
    text = str(value).strip().lower()
    if text in _OFF:
        return None
    m = _SIZE_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a memory size: {value!r} (examples: 2GiB, 512M)")
    scale = {"": 1, "k": 1 << 10, "m": MiB, "g": GiB, "t": 1 << 40}[m.group(2)]
    if not m.group(2) and m.group(3).lower() not in ("", "b"):
        raise ValueError(f"not a memory size: {value!r}")
    n = int(float(m.group(1)) * scale)
    return n if n > 0 else None


def parse_seconds(value: Any) -> float | None:
    """Seconds from ``60``, ``90s``, ``2m``, ``1.5``; 0/none/off: no limit."""
    if value is None or value is False:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a time: {value!r}")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"not a time: {value!r} (0 means no limit)")
        return float(value) if value > 0 else None
    text = str(value).strip().lower()
    if text in _OFF:
        return None
    m = _TIME_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a time: {value!r} (examples: 60, 90s, 2m)")
    unit = (m.group(2) or "s")
    scale = 60.0 if unit in ("m", "min", "分", "分钟") else 3600.0 if unit in ("h", "小时") else 1.0
    n = float(m.group(1)) * scale
    return n if n > 0 else None


def format_size(n: int) -> str:
    """``2 GiB``, ``512 MiB``, ``1.5 GiB`` (binary units, as the limit was likely given)."""
    for unit, size in (("GiB", GiB), ("MiB", MiB), ("KiB", 1 << 10)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if abs(v - round(v)) < 0.05 else f"{v:.1f} {unit}"
    return f"{n} 字节"


def format_seconds(s: float) -> str:
    return f"{s:g} 秒"


@dataclass(frozen=True)
class Limits:
    """Per-job budget: ``time`` in seconds of wall time, ``memory`` in bytes of
    address space of the worker; ``None`` for no limit of that kind."""

    time: float | None = DEFAULT_TIME
    memory: int | None = DEFAULT_MEMORY

    def __post_init__(self) -> None:
        # "90s", "1GiB" as well as numbers (frozen: set through object.__setattr__)
        if not isinstance(self.time, (int, float)) or isinstance(self.time, bool):
            object.__setattr__(self, "time", parse_seconds(self.time))
        if not isinstance(self.memory, int) or isinstance(self.memory, bool):
            object.__setattr__(self, "memory", parse_size(self.memory))
        if self.time is not None and not self.time > 0:
            raise ValueError("time limit must be positive (or None)")
        if self.memory is not None and self.memory < MIN_MEMORY:
            raise ValueError(f"memory limit must be at least {format_size(MIN_MEMORY)} (or None)")

    @classmethod
    def parse(cls, time: Any = DEFAULT_TIME, memory: Any = DEFAULT_MEMORY) -> "Limits":
        """Limits from user input (``"90s"``, ``"1GiB"``, numbers; 0/"none": no limit)."""
        return cls(time=parse_seconds(time), memory=parse_size(memory))

    @classmethod
    def coerce(cls, value: Any) -> "Limits":
        """A Limits from a Limits, a mapping ``{"time": …, "memory": …}`` or "default"."""
        if isinstance(value, Limits):
            return value
        if value == "default" or value is True:
            return cls()
        if isinstance(value, dict):
            unknown = set(value) - {"time", "memory"}
            if unknown:
                raise ValueError(f"unknown limit {', '.join(sorted(unknown))} (time, memory)")
            return cls.parse(value.get("time", DEFAULT_TIME), value.get("memory", DEFAULT_MEMORY))
        raise TypeError(f"limits must be a gwlint.Limits, a dict or 'default', not {type(value).__name__}")

    def message(self, kind: str, detail: str = "") -> str:
        """The GW001 message for a job that hit ``kind`` ("time", "memory", "crash")."""
        if kind == "time":
            return (f"处理时间超出上限（{format_seconds(self.time or 0)}），已终止，该文件未完成检查。"
                    "文件可能结构异常（如对象循环引用）或篇幅过长；确需检查时可用 --timeout 放宽上限。")
        if kind == "memory":
            return (f"内存占用超出上限（{format_size(self.memory or 0)}），已终止，该文件未完成检查。"
                    "文件可能是压缩炸弹或结构异常复杂；确需检查时可用 --max-memory 放宽上限。")
        how = f"（{detail}）" if detail else ""
        return f"检查进程意外退出{how}，可能是内存不足或解析库崩溃，该文件未完成检查。"


UNLIMITED = Limits(time=None, memory=None)


@dataclass
class Outcome:
    """How one job ended.

    ``status``: "ok" (``value`` is the job's result), "error" (the job raised:
    ``value`` is the exception), "time" / "memory" (a limit was hit: ``limit``
    holds it), "crash" (the worker died; ``detail`` says how)."""

    status: str
    value: Any = None
    seconds: float = 0.0
    limit: float | int | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def failed(self) -> bool:
        """True when the job produced nothing (limit hit or worker died)."""
        return self.status in ("time", "memory", "crash")


class RemoteTraceback(Exception):
    """Carries a worker's traceback text as the cause of a re-raised exception."""

    def __str__(self) -> str:
        return self.args[0]


# ---------------------------------------------------------------- the worker process
def _prepare_worker(parent_pid: int | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a native crash leaves no core file
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        # die with the parent (the caller, or the forkserver that dies with it): a worker
        # stuck in a loop must not outlive a killed gwlint
        ppid = os.getppid() if parent_pid is None else parent_pid
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() != ppid:
            os._exit(0)  # the parent died before the signal was armed


def _set_memory_limit(limit: int | None) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX: the parent's RSS polling remains
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = hard if limit is None else (limit if hard == resource.RLIM_INFINITY else min(limit, hard))
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError):
        pass


def warm_up() -> None:
    """Import the pipeline and load the segmenter once per worker, before any job."""
    from .rules import all_rules
    from .segment import tokenizer

    tokenizer()
    all_rules()


def _worker_main(conn, parent_pid: int | None, warm: bool) -> None:
    """Loop of a worker: warm up, say ready, then run jobs until told to stop.

    In: ``(fn, args, kwargs, memory_limit)`` or ``None`` (stop).
    Out: ``("ready", pid)`` once, then per job ``(status, value, traceback_text)``.
    """
    _prepare_worker(parent_pid)
    from . import startcache
    from .refast import install

    install()  # a worker is a process gwlint owns (see gwlint.refast)
    try:
        if warm:
            warm_up()
            from .engine import own_process

            own_process()  # one job at a time, one thread: the collector is ours to schedule
        conn.send(("ready", os.getpid()))
        while True:
            msg = conn.recv()
            if msg is None:
                return
            fn, args, kwargs, memory = msg
            _set_memory_limit(memory)
            retire = False
            try:
                reply = ("ok", fn(*args, **kwargs), "")
            except MemoryError:
                reply, retire = ("memory", None, ""), True
            except BaseException as exc:  # noqa: BLE001 - the caller re-raises it
                reply = ("error", exc, traceback.format_exc())
            _set_memory_limit(None)  # sending the answer needs room
            try:
                conn.send(reply)
            except (BrokenPipeError, EOFError, ConnectionError):
                return
            except Exception as exc:  # noqa: BLE001 - an answer that cannot be pickled
                name = getattr(args[0], "__qualname__", "") if fn is _call and args else fn.__qualname__
                conn.send(("error", RuntimeError(f"{name} returned something that cannot be sent "
                                                 f"back: {type(exc).__name__}: {exc}"), traceback.format_exc()))
            startcache.flush()  # what was compiled for the first time, kept for the next start (the answer is out)
            if retire:
                return  # a fresh process, not a fragmented heap, for the next job
    except (BrokenPipeError, EOFError, ConnectionError, KeyboardInterrupt):
        return  # the parent is gone (or going): leave quietly, no traceback on its terminal


class _Worker:
    def __init__(self, ctx, warm: bool) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn = parent
        forked = ctx.get_start_method() == "fork"
        self.proc = ctx.Process(target=_worker_main, args=(child, os.getpid() if forked else None, warm),
                                daemon=True, name="gwlint-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.closed = False
        self.used = False  # given a job (a worker started ahead and never used may be killed at once)
        self.born = time.monotonic()

    @property
    def pid(self) -> int | None:
        return self.proc.pid

    def alive(self) -> bool:
        return not self.closed and self.proc.exitcode is None

    def rss(self) -> int | None:
        try:
            with open(f"/proc/{self.proc.pid}/statm", "rb") as fh:
                return int(fh.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            return None

    def death(self) -> str:
        """How the worker ended, for the crash message."""
        if self.closed:
            return ""
        self.proc.join(5)
        code = self.proc.exitcode
        if code is None:
            return "进程无响应"
        if code < 0:
            import signal

            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"被信号 {name} 终止" + ("，可能是系统内存不足" if name == "SIGKILL" else "")
        return f"退出码 {code}"

    def kill(self) -> None:
        if self.closed:
            return
        try:
            self.proc.kill()
        except (OSError, ValueError, AttributeError):
            pass
        self.proc.join(5)
        self._close()

    def stop(self) -> None:
        if self.closed:
            return
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(1)
        if self.proc.exitcode is None:
            self.kill()
        else:
            self._close()

    def _close(self) -> None:
        self.closed = True
        try:
            self.conn.close()
        except OSError:
            pass
        try:
            self.proc.close()
        except ValueError:
            pass


try:
    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover
    _PAGE = 4096


def _vm_size() -> int:
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 1 << 62


def _context(start_method: str | None):
    methods = mp.get_all_start_methods()
    if start_method is None:
        if (sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1
                and _vm_size() < SMALL_PARENT):
            start_method = "fork"
        elif "forkserver" in methods:
            start_method = "forkserver"
        else:
            start_method = "spawn"
    ctx = mp.get_context(start_method)
    if start_method == "forkserver":
        # the server imports the pipeline once; each worker forks from it warm
        ctx.set_forkserver_preload(PRELOAD)
    return ctx


# ---------------------------------------------------------------- a worker started early
_early: _Worker | None = None


def start_early() -> bool:
    """Start one warm worker now, for a command that is about to lint (``gwlint check``): its
    warm-up (rules, dictionary) runs on another core while this process imports its command
    line and reads its options and configuration.  The first :class:`Guard` that needs a
    worker takes it; unused, it is killed at exit.  Only where workers start with ``fork``
    (the worker is the one a later fork would give: jobs carry everything they need)."""
    global _early
    if _early is not None:
        return True
    ctx = _context(None)
    if ctx.get_start_method() != "fork":
        return False
    _early = _Worker(ctx, True)
    atexit.register(_kill_early)
    return True


def _take_early(start_method: str | None, warm: bool) -> "_Worker | None":
    global _early
    w, _early = _early, None
    if w is None:
        return None
    if warm and start_method in (None, "fork") and w.alive():
        return w
    w.kill()
    return None


def _kill_early() -> None:
    w = _take_early(None, False)  # never handed out: nothing to finish
    if w is not None:  # pragma: no cover - _take_early kills it
        w.kill()


class _Slot:
    """A job waiting for or running in a worker."""

    __slots__ = ("key", "args", "limits", "started")

    def __init__(self, key: Any, args: tuple, limits: Limits) -> None:
        self.key = key
        self.args = args
        self.limits = limits
        self.started: float | None = None


# ---------------------------------------------------------------- the pool
class Guard:
    """A pool of up to ``size`` worker processes running jobs within :class:`Limits`.

    ``fn`` must be a module-level function and its arguments and result
    picklable.  ``limits`` is the default for jobs that do not name their own.
    """

    def __init__(self, size: int | None = None, limits: Limits | None = None, *,
                 start_method: str | None = None, warm: bool = True) -> None:
        self.size = max(1, size or os.cpu_count() or 1)
        self.limits = limits if limits is not None else Limits()
        self.start_method = start_method
        self.warm = warm
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._count = 0  # live workers: idle + lent out
        self._closed = False
        self._failed_starts = 0

    # -- pool bookkeeping (thread-safe)
    def _acquire(self, block: bool = True) -> _Worker | None:
        with self._cond:
            while True:
                if self._closed:
                    raise GuardError("guard is closed")
                while self._idle:
                    w = self._idle.pop()
                    if w.alive():
                        return w
                    self._count -= 1
                    w.kill()
                if self._count < self.size:
                    self._count += 1
                    break
                if not block:
                    return None
                self._cond.wait()
        return self._spawn()

    def _spawn(self) -> _Worker:
        """A new worker, its place in the pool already counted."""
        try:
            return _take_early(self.start_method, self.warm) or _Worker(_context(self.start_method), self.warm)
        except BaseException:
            with self._cond:
                self._count -= 1
                self._cond.notify()
            raise

    def _release(self, w: _Worker, healthy: bool) -> None:
        with self._cond:
            keep = healthy and not self._closed and w.alive()
            if keep:
                self._idle.append(w)
            else:
                self._count -= 1
            self._cond.notify()
        if not keep:
            w.kill()

    def _started(self, ok: bool) -> None:
        with self._cond:
            self._failed_starts = 0 if ok else self._failed_starts + 1
            if self._failed_starts >= START_ATTEMPTS:
                self._failed_starts = 0
                raise GuardError(f"检查进程无法启动（连续 {START_ATTEMPTS} 次在初始化时退出）。")

    def prestart(self, n: int | None = None) -> None:
        """Start workers now, up to ``n`` (default: the pool's size), without waiting
        for them: their warm-up runs while the caller prepares its first jobs."""
        want = min(self.size, n or self.size)
        while True:
            with self._cond:
                if self._closed or self._count >= want:
                    return
                self._count += 1
            self._release(self._spawn(), True)

    # -- one job, blocking, from any thread
    def run(self, fn: Callable, *args: Any, limits: Limits | None = None, **kwargs: Any) -> Outcome:
        """Run ``fn(*args, **kwargs)`` in a worker within ``limits``; never raises for the job's sake
        (a job that raises gives status "error"); raises :class:`GuardError` if no worker starts.

        The same machinery as :meth:`imap` (a batch of one): each call borrows its own worker."""
        job = (None, (fn, args, kwargs), self.limits if limits is None else limits)
        for _, out in self.imap(_call, [job], jobs=1):
            return out
        raise GuardError("no outcome")  # pragma: no cover - a batch of one always yields one

    def call(self, fn: Callable, *args: Any, limits: Limits | None = None, **kwargs: Any) -> Any:
        """Like :meth:`run` but return the value: re-raise the job's exception, and raise
        :class:`LimitExceeded` for time, memory or a crash."""
        out = self.run(fn, *args, limits=limits, **kwargs)
        if out.status == "ok":
            return out.value
        if out.status == "error":
            raise out.value
        raise LimitExceeded(out, limits or self.limits)

    # -- a batch from one thread
    def imap(self, fn: Callable, tasks: Iterable[tuple], *, limits: Limits | None = None,
             jobs: int | None = None) -> Iterator[tuple[Any, Outcome]]:
        """Run ``fn(*args)`` for each ``(key, args)`` or ``(key, args, limits)`` of ``tasks`` on up
        to ``jobs`` workers; yield ``(key, outcome)`` as jobs finish (not in order).

        ``tasks`` is consumed lazily, one task per free worker, so a generator may
        decide per file whether it needs a worker at all; a worker gets its next task
        before the caller sees the last result (it never waits for the caller).
        Leaving the loop early kills the jobs still running."""
        batch = _Batch(self, fn, iter(tasks), self.limits if limits is None else limits,
                       max(1, min(jobs or self.size, self.size)))
        try:
            while True:
                batch.dispatch()
                yield from batch.take_failed()
                if not batch.busy:
                    if batch.exhausted:
                        return
                    continue
                finished = batch.collect()
                batch.dispatch()
                yield from finished
                yield from batch.take_failed()
        finally:
            batch.close()

    # -- life cycle
    def close(self) -> None:
        """Stop idle workers; workers lent out are stopped when they come back."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._count -= len(idle)
            self._cond.notify_all()
        for w in idle:
            if w.used:
                w.stop()
            else:  # started ahead (prestart) and never needed: maybe still warming up, nothing to finish
                w.kill()

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class _Batch:
    """The state of one :meth:`Guard.imap`: the workers it holds and their jobs."""

    def __init__(self, guard: Guard, fn: Callable, tasks: Iterator[tuple], limits: Limits, jobs: int) -> None:
        self.guard, self.fn, self.tasks, self.limits, self.jobs = guard, fn, tasks, limits, jobs
        self.pending: tuple | None = None
        self.exhausted = False
        self.held: list[_Worker] = []
        self.busy: dict[_Worker, _Slot] = {}
        self.failed: list[tuple[Any, Outcome]] = []  # jobs that could not even be sent

    def take_failed(self) -> list[tuple[Any, Outcome]]:
        out, self.failed = self.failed, []
        return out

    def dispatch(self) -> None:
        """Give a task to every free worker (starting workers while there is room)."""
        while not self.exhausted:
            if self.pending is None:
                try:
                    self.pending = next(self.tasks)
                except StopIteration:
                    self.exhausted = True
                    return
            w = next((x for x in self.held if x not in self.busy), None)
            if w is None and len(self.held) < self.jobs:
                w = self.guard._acquire(block=not self.held)
                if w is not None:
                    self.held.append(w)
            if w is None:
                return
            task, self.pending = self.pending, None
            lim = task[2] if len(task) > 2 and task[2] is not None else self.limits
            self._start(w, _Slot(task[0], task[1], lim))

    def _start(self, w: _Worker, slot: _Slot) -> bool:
        # sent at once even to a worker still warming up: it reads the job when
        # ready, and the job's clock starts then (see collect)
        self.busy[w] = slot
        w.used = True
        try:
            w.conn.send((self.fn, slot.args, {}, slot.limits.memory))
        except (OSError, ValueError):
            self._drop(w)
            self.failed.append((slot.key, Outcome("crash", detail=w.death())))
            return False
        if w.ready:
            slot.started = time.monotonic()
        return True

    def _drop(self, w: _Worker) -> None:
        self.busy.pop(w, None)
        self.held.remove(w)
        self.guard._release(w, False)

    def collect(self) -> list[tuple[Any, Outcome]]:
        """Wait for the next events among busy workers; return the jobs that ended."""
        now = time.monotonic()
        step: float | None = None
        for w, slot in self.busy.items():
            lim = slot.limits
            if not w.ready:
                s: float | None = max(0.0, w.born + START_TIMEOUT - now)
            elif lim.memory is not None:
                s = POLL if lim.time is None else min(POLL, max(0.0, slot.started + lim.time - now))
            elif lim.time is not None:
                s = max(0.0, slot.started + lim.time - now)  # type: ignore[operator]
            else:
                s = None
            if s is not None:
                step = s if step is None else min(step, s)
        ready = set(wait([w.conn for w in self.busy] + [w.proc.sentinel for w in self.busy], timeout=step))
        now = time.monotonic()
        out: list[tuple[Any, Outcome]] = []
        for w in list(self.busy):
            slot = self.busy[w]
            lim = slot.limits
            msg = None
            gone = w.proc.sentinel in ready
            if w.conn in ready:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    gone = True
            if msg is not None and msg[0] == "ready":
                w.ready = True
                slot.started = now
                self.guard._started(True)
                continue
            if msg is not None:
                res = _outcome(msg, now - (slot.started or now), lim)
                if res.status in ("ok", "error"):
                    del self.busy[w]
                else:
                    self._drop(w)  # out of memory: the worker retired
                out.append((slot.key, res))
                continue
            if gone:
                detail = w.death()
                self._drop(w)
                if not w.ready:
                    # died while starting: the job is not to blame; run it on a fresh worker
                    self.guard._started(False)
                    self._restart(slot)
                else:
                    out.append((slot.key, Outcome("crash", seconds=now - (slot.started or now), detail=detail)))
                continue
            if not w.ready:
                if now - w.born > START_TIMEOUT:  # hung while starting: not the job's fault either
                    self._drop(w)
                    self.guard._started(False)
                    self._restart(slot)
                continue
            if lim.time is not None and now - slot.started >= lim.time:  # type: ignore[operator]
                self._drop(w)
                out.append((slot.key, Outcome("time", seconds=now - slot.started, limit=lim.time)))  # type: ignore
            elif lim.memory is not None and (w.rss() or 0) > lim.memory:
                self._drop(w)
                out.append((slot.key, Outcome("memory", seconds=now - (slot.started or now), limit=lim.memory)))
        return out

    def _restart(self, slot: _Slot) -> None:
        w = self.guard._acquire()
        self.held.append(w)
        slot.started = None
        self._start(w, slot)

    def close(self) -> None:
        for w in list(self.held):
            self.guard._release(w, w not in self.busy)
        self.held, self.busy = [], {}


def _call(fn: Callable, args: tuple, kwargs: dict) -> Any:
    return fn(*args, **kwargs)


class LimitExceeded(Exception):
    """A job ran out of time or memory, or its worker died (see :meth:`Guard.call`)."""

    def __init__(self, outcome: Outcome, limits: Limits) -> None:
        self.outcome = outcome
        self.kind = outcome.status
        super().__init__(limits.message(outcome.status, outcome.detail))


def _outcome(msg: tuple, seconds: float, limits: Limits) -> Outcome:
    status, value, tb = msg
    if status == "ok":
        return Outcome("ok", value, seconds)
    if status == "memory":
        return Outcome("memory", seconds=seconds, limit=limits.memory)
    if isinstance(value, BaseException) and tb:
        value.__cause__ = RemoteTraceback(tb)
    return Outcome("error", value, seconds)


# ---------------------------------------------------------------- the shared pool
_shared: Guard | None = None
_shared_lock = threading.Lock()


def shared_guard() -> Guard:
    """The process-wide pool (one worker per core) behind the library API's guarded calls."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared._closed:
            _shared = Guard()
            atexit.register(_shared.close)
        return _shared

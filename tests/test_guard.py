"""The per-file budget (gwlint.guard): real worker processes, real loops, real allocations."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from gwlint.guard import (DEFAULT_MEMORY, DEFAULT_TIME, Guard, LimitExceeded, Limits, RemoteTraceback, format_size,
                          parse_seconds, parse_size)

from . import guard_jobs as J

MiB = 1 << 20


@pytest.fixture
def guard():
    # warm=False: these jobs do not need jieba, and the tests stay fast
    g = Guard(2, Limits(time=5, memory=400 * MiB), warm=False)
    yield g
    g.close()


def test_ok_and_error_outcomes(guard):
    out = guard.run(J.echo, {"a": [1, 2]})
    assert out.ok and out.value == {"a": [1, 2]} and out.seconds < 5
    out = guard.run(J.fail, "boom")
    assert out.status == "error" and isinstance(out.value, ValueError)
    with pytest.raises(ValueError, match="boom") as info:
        guard.call(J.fail, "boom")
    assert isinstance(info.value.__cause__, RemoteTraceback) and "guard_jobs.py" in str(info.value.__cause__)
    out = guard.run(J.unpicklable)
    assert out.status == "error" and "cannot be sent back" in str(out.value)
    assert guard.call(J.echo, 3) == 3  # the worker survived all of that


def test_time_limit_kills_a_loop_and_the_pool_goes_on(guard):
    first = guard.call(J.pid)
    t = time.monotonic()
    out = guard.run(J.spin, limits=Limits(time=1, memory=None))
    took = time.monotonic() - t
    assert out.status == "time" and out.limit == 1 and 1 <= took < 10
    with pytest.raises(LimitExceeded) as info:
        guard.call(J.spin, limits=Limits(time=0.5, memory=None))
    assert info.value.kind == "time" and "0.5 秒" in str(info.value)
    assert guard.call(J.echo, "after") == "after"
    assert first not in _live_pids([first])  # the looping worker is gone, not left spinning


def test_memory_limit(guard):
    t = time.monotonic()
    out = guard.run(J.allocate, 2000)  # 2 GB against a 400 MiB cap
    assert out.status == "memory" and out.limit == 400 * MiB
    assert time.monotonic() - t < 10
    assert guard.call(J.allocate, 100) == 100  # a fresh worker: 100 MiB fits
    msg = Limits(memory=400 * MiB).message("memory")
    assert "400 MiB" in msg and "--max-memory" in msg


def test_a_big_caller_does_not_shrink_the_budget():
    # a forked worker would start with the caller's address space; a big caller gets workers
    # from the forkserver instead, so a job has the same budget in any caller
    ballast = bytearray(400 * MiB)
    try:
        with Guard(1, Limits(time=30, memory=400 * MiB), warm=False) as g:
            assert g.call(J.allocate, 100) == 100
    finally:
        del ballast


def test_rss_polling_catches_what_rlimit_does_not(monkeypatch):
    # without RLIMIT_AS (as on platforms that ignore it) the parent's RSS polling kills the worker
    import gwlint.guard as guard_mod

    monkeypatch.setattr(guard_mod, "_set_memory_limit", lambda limit: None)
    with Guard(1, Limits(time=20, memory=300 * MiB), warm=False, start_method="fork") as g:
        out = g.run(J.allocate, 3000)
    assert out.status == "memory"


def test_dead_workers_are_crashes_and_replaced(guard):
    out = guard.run(J.die, 3)
    assert out.status == "crash" and "退出码 3" in out.detail
    out = guard.run(J.kill_self, signal.SIGKILL)
    assert out.status == "crash" and "SIGKILL" in out.detail
    assert "意外退出" in Limits().message("crash", out.detail)
    assert guard.call(J.echo, 1) == 1


def test_threads_share_one_pool():
    # 6 callers, 2 workers: loops are cut at their limit while the others finish
    results: dict[int, str] = {}
    with Guard(2, Limits(time=1.5, memory=None), warm=False) as g:
        def caller(i: int) -> None:
            out = g.run(J.spin) if i % 3 == 0 else g.run(J.sleep, 0.2)
            results[i] = out.status

        t = time.monotonic()
        threads = [threading.Thread(target=caller, args=(i,)) for i in range(6)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        took = time.monotonic() - t
    assert results == {0: "time", 1: "ok", 2: "ok", 3: "time", 4: "ok", 5: "ok"}
    assert took < 90  # no caller waited on a looping one (each loop is cut at 1.5 s); generous for loaded CI


def test_imap_keeps_every_result_when_a_worker_dies(guard):
    tasks = [("a", (J.echo, ("a",))), ("spin", (J.spin, ()), Limits(time=1, memory=None)), ("die", (J.die, (1,))),
             ("big", (J.allocate, (2000,))), ("b", (J.echo, ("b",)))]
    got = dict(guard.imap(J.apply, tasks, limits=Limits(time=30, memory=300 * MiB)))
    assert {k: o.status for k, o in got.items()} == {"a": "ok", "spin": "time", "die": "crash",
                                                     "big": "memory", "b": "ok"}
    assert got["a"].value == "a" and got["b"].value == "b"


def test_imap_is_lazy_and_stops_cleanly(guard):
    pulled = []

    def tasks():
        for i in range(100):
            pulled.append(i)
            yield i, (0.05,)

    it = guard.imap(J.sleep, tasks())
    first = next(it)
    # lazy: each worker's task, each worker's next one (given before the caller sees a result; when both
    # workers finish in the same wait, both get theirs) and one pending -- never all 100
    assert first[1].ok and len(pulled) <= 2 * guard.size + 1
    it.close()  # leaving early: running jobs are dropped, the pool stays usable
    assert guard.call(J.echo, "x") == "x"


def test_worker_does_not_outlive_a_killed_parent(tmp_path):
    # a gwlint killed with SIGKILL while its worker loops must not leave the loop running
    script = tmp_path / "parent.py"
    script.write_text(
        "import sys\n"
        "from gwlint.guard import Guard, Limits\n"
        "from tests import guard_jobs as J\n"
        "if __name__ == '__main__':\n"
        "    g = Guard(1, Limits(time=None, memory=None), warm=False)\n"
        "    print(g.call(J.pid), flush=True)\n"
        "    g.run(J.spin)\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_repo()), os.environ.get("PYTHONPATH", "")])}
    p = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, env=env)
    worker = int(p.stdout.readline())
    time.sleep(0.3)
    assert _live_pids([worker]) == [worker]
    p.kill()
    p.wait()
    deadline = time.monotonic() + 5
    while _live_pids([worker]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _live_pids([worker])


@pytest.mark.parametrize("text,value", [("2GiB", 2 << 30), ("512M", 512 * MiB), ("1.5g", int(1.5 * (1 << 30))),
                                        ("800MB", 800 * MiB), (3 << 30, 3 << 30), ("0", None), ("none", None),
                                        (None, None)])
def test_parse_size(text, value):
    assert parse_size(text) == value


@pytest.mark.parametrize("text,value", [("60", 60.0), ("90s", 90.0), ("2m", 120.0), (1.5, 1.5), ("off", None),
                                        (0, None)])
def test_parse_seconds(text, value):
    assert parse_seconds(text) == value


@pytest.mark.parametrize("bad", ["lots", "2 parsecs", "-1G", True])
def test_bad_limits_are_errors(bad):
    with pytest.raises(ValueError):
        parse_size(bad)


def test_limits_defaults_and_checks():
    assert Limits() == Limits(DEFAULT_TIME, DEFAULT_MEMORY) and DEFAULT_MEMORY == 2 << 30
    assert Limits.coerce({"time": "30s"}) == Limits(30.0, DEFAULT_MEMORY)
    assert Limits.coerce("default") == Limits()
    with pytest.raises(ValueError):
        Limits(memory=10 * MiB)  # too small to run anything: a mistake, not a limit
    with pytest.raises(ValueError):
        Limits.coerce({"cpu": 3})
    assert format_size(2 << 30) == "2 GiB" and format_size(1536 * MiB) == "1.5 GiB"


def _repo():
    from pathlib import Path

    return Path(__file__).resolve().parents[1]


def _live_pids(pids):
    out = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split(") ")[1][0] == "Z":
                    continue  # a zombie has stopped running
            out.append(pid)
        except OSError:
            pass
    return out


def test_prestarted_workers_take_the_jobs_and_unused_ones_end_with_the_pool():
    g = Guard(2, Limits(time=30, memory=None), warm=False)
    g.prestart()
    started = {w.pid for w in g._idle}
    assert len(started) == 2
    g.prestart()  # the pool is full: nothing more
    assert {w.pid for w in g._idle} == started
    used = g.call(J.pid)
    assert used in started  # no third process
    t = time.monotonic()
    g.close()
    assert time.monotonic() - t < 5
    for pid in started:  # the used one stopped, the other one killed: none left running
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)

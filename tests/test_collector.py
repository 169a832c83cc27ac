"""The cyclic garbage collector while rules run (issue 16): paused in gwlint's own
worker processes; in a library caller's process left on, its young collections
spaced out while lints run and the caller's thresholds put back after."""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from gwlint import engine
from gwlint.guard import Guard, Limits

from . import guard_jobs as J

SAMPLE = Path(__file__).resolve().parent.parent / "sample_docs" / "issue-policy-notice.txt"


def _long_text() -> bytes:
    # a long body (~40k characters): the per-document memo grows past every
    # collector threshold when the collector runs
    head, *body = SAMPLE.read_text(encoding="utf-8").splitlines()
    return "\n".join([head, *(body * 12)]).encode("utf-8")


def test_worker_lints_without_collector_passes_and_restores_it():
    with Guard(1, Limits(time=120, memory=None)) as g:
        passes, enabled, frozen = g.call(J.collections_during_lint, _long_text(), "long.txt")
    assert passes == 0
    assert enabled  # on again once the lint is over
    assert frozen > 10_000  # the warmed-up worker's heap (modules, tables, patterns)


def _passes(data: bytes, name: str, spaced: bool) -> int:
    if spaced:
        return J.collections_during_lint(data, name)[0]
    with _unspaced():
        return J.collections_during_lint(data, name)[0]


@contextmanager
def _unspaced(gen0: int | None = None):
    """The lint as before the spacing (the caller's thresholds kept throughout), or spaced by ``gen0``."""
    real = engine._SPACED_GEN0
    engine._SPACED_GEN0 = gen0 or gc.get_threshold()[0]
    try:
        yield
    finally:
        engine._SPACED_GEN0 = real


def test_library_process_keeps_its_collector_with_young_passes_spaced():
    assert not engine._PAUSE_COLLECTOR  # the test process never declared itself gwlint's own
    before = gc.get_threshold(), gc.isenabled()
    data = _long_text()
    spaced, plain = _passes(data, "long.txt", True), _passes(data, "long.txt", False)
    assert plain >= 8 and spaced <= plain // 4, (spaced, plain)  # the same lint: a pass every _SPACED_GEN0 allocations
    assert (gc.get_threshold(), gc.isenabled()) == before
    # the collector is on, not off: a lint that meets the raised threshold is collected
    with _unspaced(2000):
        assert 0 < J.collections_during_lint(data, "long.txt")[0] < plain
    assert (gc.get_threshold(), gc.isenabled()) == before


def test_caller_thresholds_back_after_an_error_and_left_when_its_own():
    before = gc.get_threshold()
    with pytest.raises(ValueError):
        with engine.collector_paused():
            assert gc.get_threshold()[0] == engine._SPACED_GEN0 and gc.isenabled()
            raise ValueError("a rule failed")
    assert gc.get_threshold() == before
    try:
        for own in ((0, 10, 10), (100_000, 10, 10)):  # collections off by threshold, or spaced wider already
            gc.set_threshold(*own)
            with engine.collector_paused():
                assert gc.get_threshold() == own
            assert gc.get_threshold() == own
        gc.set_threshold(*before)
        with engine.collector_paused():
            gc.set_threshold(900, 10, 10)  # the caller changed its mind during the lint: its choice stays
        assert gc.get_threshold() == (900, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_threads_linting_together_restore_the_thresholds_once_all_are_done():
    before = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def first():
        with engine.collector_paused():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second():
        first_in.wait(10)
        with engine.collector_paused():
            second_in.set()
            first_out.wait(10)
            seen.append(gc.get_threshold()[0])  # the first lint ended: the second still runs spaced
        seen.append(gc.get_threshold())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert seen == [engine._SPACED_GEN0, before]
    assert gc.get_threshold() == before


def test_pause_is_restored_after_an_error(monkeypatch):
    monkeypatch.setattr(engine, "_PAUSE_COLLECTOR", True)
    with pytest.raises(ValueError):
        with engine.collector_paused():
            assert not gc.isenabled()
            raise ValueError("a rule failed")
    assert gc.isenabled()
    gc.disable()  # a caller that switched it off itself keeps it off
    try:
        with engine.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_child_forked_during_a_library_lint_lints_with_the_callers_thresholds():
    """A child forked while another thread lints (and holds the lock): no deadlock, the thresholds the caller had,
    spaced again while the child lints and back after."""
    from .helpers import in_forked_child

    before = gc.get_threshold()
    inside, leave = threading.Event(), threading.Event()

    def lint():
        with engine.collector_paused():
            inside.set()
            leave.wait(30)

    t = threading.Thread(target=lint)
    t.start()
    try:
        assert inside.wait(10) and gc.get_threshold()[0] == engine._SPACED_GEN0

        def child() -> bool:
            ok = gc.get_threshold() == before
            with engine.collector_paused():
                ok = ok and gc.get_threshold()[0] == engine._SPACED_GEN0
            return ok and gc.get_threshold() == before

        assert in_forked_child(child, held=[engine._spacing_lock]) == 0
    finally:
        leave.set()
        t.join(30)
    assert gc.get_threshold() == before

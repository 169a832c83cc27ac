"""The cyclic garbage collector while rules run (issue 16): paused in gwlint's own
worker processes, untouched in a library caller's process."""
from __future__ import annotations

import gc
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


def test_library_process_keeps_its_collector():
    assert not engine._PAUSE_COLLECTOR  # the test process never declared itself gwlint's own
    before = gc.get_threshold(), gc.isenabled()
    passes, enabled, _ = J.collections_during_lint(_long_text(), "long.txt")
    assert passes > 0  # the same lint, collected as the caller's process collects
    assert (gc.get_threshold(), gc.isenabled()) == before


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

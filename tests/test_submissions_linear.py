"""The submission reader (materials, nearest, names) is linear in sentence length (issue 12).

A run-on sentence of submission clauses (将……统计表和工作总结报送……) of 24,000 characters once spent
~5 s in gwlint/analysis/submissions.py (each material scanned all of the sentence's tokens) against
~0.1 s for the same clauses cut into short sentences.  Counted here, not timed: the Python lines
executed inside the three functions and everything they call (a trace that runs only while they do).
The count depends on the code and the input alone, never on the machine's load: twice the clauses
must cost twice the steps, and the same clauses as one sentence or as fifty about the same;
bench/bench_submissions.py times it.
"""
from __future__ import annotations

import sys

from gwlint.analysis import submissions
from gwlint.api import lint_bytes
from gwlint.config import Config

HEAD = "江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"
CLAUSES = ("各设区市要于3月底前将春耕生产进度统计表和工作总结报送省农业农村厅",
           "各县要在接到通知后报送整改情况报告", "要加强林区野外用火管理")


def _draft(sentences: int, clauses: int) -> bytes:
    one = "，".join(CLAUSES[k % 3] for k in range(clauses)) + "。"
    return (HEAD + one * sentences + "\n").encode("utf-8")


def test_run_on_submission_sentence_is_linear(monkeypatch):
    steps = [0]
    depth = [0]

    def tracer(frame, event, arg):
        steps[0] += 1  # a call, then each line (every loop turn) of every frame below the wrapped functions
        return tracer

    def counted(fn):
        def wrapper(*a, **kw):
            if depth[0] == 0:
                sys.settrace(tracer)
            depth[0] += 1
            try:
                return fn(*a, **kw)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    sys.settrace(None)
        return wrapper

    for name in ("materials", "nearest", "names"):
        monkeypatch.setattr(submissions, name, counted(getattr(submissions, name)))

    def cost(data: bytes) -> int:
        steps[0] = 0
        res = lint_bytes(data, "long.txt", Config(), limits=None)
        assert any(f.code == "GW106" for f in res.findings)  # the submission reader did its work
        return steps[0]

    cost(_draft(1, 6))  # memos and lazy tables filled: what follows counts the reader's own work
    short, short2 = cost(_draft(50, 10)), cost(_draft(100, 10))
    assert short > 10_000  # the counter sees the work (a trace that saw nothing would pass any bound)
    one, one2 = cost(_draft(1, 500)), cost(_draft(1, 1000))
    # twice the text, twice the work: as sentences of one paragraph (was 3.3×: every sentence covered
    # the whole paragraph's units), and as one run-on sentence (was quadratic: each material scanned
    # all of the sentence's tokens)
    assert 1.8 < short2 / short < 2.2, (short, short2)
    assert 1.8 < one2 / one < 2.2, (one, one2)
    assert one < 1.5 * short, f"1 × 500 clauses: {one:,} steps; 50 × 10 clauses: {short:,} steps"

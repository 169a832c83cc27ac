"""The submission reader (materials, nearest, names) is linear in sentence length (issue 12).

A run-on sentence of submission clauses (将……统计表和工作总结报送……) of 24,000 characters spent
~5 s in gwlint/analysis/submissions.py (each material scanned all of the sentence's tokens) against
~0.1 s for the same clauses cut into short sentences; now both cost the same.  The time inside the
three functions is what is compared (the rest of the pipeline has its own test in
test_linear_time.py); the bound (3) is generous for a loaded machine; bench/bench_submissions.py
measures properly.
"""
from __future__ import annotations

import time

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
    spent = [0.0]

    def timed(fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - t
        return wrapper

    for name in ("materials", "nearest", "names"):
        monkeypatch.setattr(submissions, name, timed(getattr(submissions, name)))

    def cost(data: bytes) -> float:
        best = float("inf")
        for _ in range(2):
            spent[0] = 0.0
            res = lint_bytes(data, "long.txt", Config(), limits=None)
            best = min(best, spent[0])
        assert any(f.code == "GW106" for f in res.findings)  # the submission reader did its work
        return best

    cost(_draft(1, 6))
    one, many = cost(_draft(1, 1000)), cost(_draft(100, 10))
    assert one < 3 * many, f"1 × 1000 clauses: {one:.3f} s; 100 × 10: {many:.3f} s"

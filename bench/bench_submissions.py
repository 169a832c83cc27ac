"""Is the submission reader (gwlint/analysis/submissions.py) linear in sentence length?  (issue 12)

One run-on sentence of submission clauses (将……统计表和工作总结报送……，在接到通知后报送……报告，…)
of 8k/16k/32k/64k characters, linted in one warm process, interleaved, ``--repeat`` times; the
time spent inside ``materials``, ``nearest`` and ``names`` is summed (wrapped timers) and the
slope per doubling is printed (log2 of the time ratio; 1.0 is linear, target <= 1.1).
Before the fix: 62k characters took ~4 s in these functions (quadratic scans of the sentence's
tokens per material).

    .venv/bin/python bench/bench_submissions.py [--repeat 3]

Result (2026-12-03, loaded 2-core machine), time inside materials+nearest+names:
  before: 8k 193 ms, 16k 1,052 ms, 32k 8,387 ms, 64k 34,213 ms (slopes 2.45, 3.00, 2.03)
  after:  8k  36 ms, 16k    58 ms, 32k   117 ms, 64k    218 ms (slopes 0.68, 1.01, 0.90)
"""
from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.analysis import submissions  # noqa: E402
from gwlint.api import lint_bytes  # noqa: E402
from gwlint.config import Config  # noqa: E402

HEAD = "江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"
CLAUSES = ("各设区市要于3月底前将春耕生产进度统计表和工作总结报送省农业农村厅，",
           "各县要在接到通知后报送整改情况报告，", "要加强林区野外用火管理，")
SIZES = (8000, 16000, 32000, 64000)
SPENT = [0.0]


def draft(chars: int) -> bytes:
    s, k = "", 0
    while len(s) < chars:
        s += CLAUSES[k % 3]
        k += 1
    return (HEAD + s + "。\n").encode("utf-8")


def timed(fn):
    def wrapper(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            SPENT[0] += time.perf_counter() - t
    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    for name in ("materials", "nearest", "names"):
        setattr(submissions, name, timed(getattr(submissions, name)))
    lint_bytes(draft(2000), "warm.txt", Config(), limits=None)
    runs: dict[int, list[float]] = {n: [] for n in SIZES}
    for _ in range(args.repeat):
        for n in SIZES:
            SPENT[0] = 0.0
            lint_bytes(draft(n), "bench.txt", Config(), limits=None)
            runs[n].append(SPENT[0])
    med = {n: statistics.median(v) for n, v in runs.items()}
    for n in SIZES:
        print(f"{n:6d} characters: materials+nearest+names {med[n] * 1000:8.1f} ms (median of {args.repeat})")
    for a, b in zip(SIZES, SIZES[1:]):
        print(f"slope {a}->{b}: {math.log2(med[b] / med[a]):.2f}")


if __name__ == "__main__":
    main()

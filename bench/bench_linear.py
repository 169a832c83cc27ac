"""Is linting linear in paragraph length?  (issue 12 D7; run by hand, never in tests)

Lints, in one warm process, a department's notice whose body is
  * one paragraph of N sentences, for N in --sizes, and
  * 16 paragraphs of 100 sentences (the same 1,600 sentences),
interleaved, ``--repeat`` times each, and prints the medians and the ratio of the
1,600-sentence paragraph to the 16 × 100 document (target: within 2×).  The
sentences alternate an order to lower governments and a prohibition, so the
directive, negation and unit readers all work on every sentence.

    python bench/bench_linear.py [--repeat 3] [--sizes 200,400,800,1600]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.api import lint_bytes  # noqa: E402
from gwlint.config import Config  # noqa: E402

SENTENCES = ("各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。",
             "要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。")
HEAD = "江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"


def draft(paragraphs: int, sentences: int) -> bytes:
    body = ["".join(SENTENCES[k % 2] for k in range(sentences)) for _ in range(paragraphs)]
    return (HEAD + "\n".join(body) + "\n").encode("utf-8")


def timed(data: bytes) -> float:
    t = time.perf_counter()
    lint_bytes(data, "bench.txt", Config())
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="200,400,800,1600")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    cases = {f"1 × {n}": draft(1, n) for n in sizes}
    cases["16 × 100"] = draft(16, 100)
    timed(draft(1, 10))  # warm: jieba, data files
    times: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(args.repeat):
        for name, data in cases.items():  # interleaved
            times[name].append(timed(data))
    med = {k: statistics.median(v) for k, v in times.items()}
    for name in cases:
        print(f"{name:>10} sentences: {med[name]:7.2f} s (median of {args.repeat})")
    big = f"1 × {max(sizes)}"
    if max(sizes) == 1600:
        print(f"ratio 1 × 1600 / 16 × 100 = {med[big] / med['16 × 100']:.2f} (target ≤ 2)")


if __name__ == "__main__":
    main()

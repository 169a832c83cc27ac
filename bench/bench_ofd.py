"""OFD reading speed against the PDF of the same draft, ms per page (run by hand, never in tests).

For each sample draft (``sample_docs/src/*.gw``) the OFD written by
``gwlint.docgen.ofd`` (plain, and with split runs and a CTM) and the PDF
written by ``gwlint.docgen.pdf`` are read in a warm process, interleaved, and
the median of ``--repeat`` runs is reported; then the real OFD files of
``tests/corpus/ofd/``.

    python bench/bench_ofd.py [--repeat 7]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.docgen import parse_marked  # noqa: E402
from gwlint.docgen.ofd import write_ofd  # noqa: E402
from gwlint.docgen.pdf import write_pdf  # noqa: E402
from gwlint.readers import read_path  # noqa: E402


def _median_ms(paths: list[Path], repeat: int) -> dict[Path, float]:
    times: dict[Path, list[float]] = {p: [] for p in paths}
    for _ in range(repeat):
        for p in paths:  # interleaved, so load changes hit every file alike
            t = time.perf_counter()
            read_path(p)
            times[p].append((time.perf_counter() - t) * 1000)
    return {p: statistics.median(v) for p, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        rows = []
        for src in sorted((REPO / "sample_docs" / "src").glob("*.gw*")):
            blocks = parse_marked(src.read_text(encoding="utf-8"))
            stem = src.name.split(".")[0]
            pdf, ofd, split = d / f"{stem}.pdf", d / f"{stem}.ofd", d / f"{stem}-split.ofd"
            write_pdf(blocks, pdf)
            write_ofd(blocks, ofd)
            write_ofd(blocks, split, split_runs=True, ctm=True)
            rows.append((stem, pdf, ofd, split))
        paths = [p for r in rows for p in r[1:]]
        real = sorted((REPO / "tests" / "corpus" / "ofd").glob("*.ofd"))
        for p in paths + real:
            read_path(p)  # warm imports and caches
        ms = _median_ms(paths + real, args.repeat)
        print(f"{'draft':32} {'pages':>5} {'pdf ms/p':>9} {'ofd ms/p':>9} {'split ms/p':>10}")
        for stem, pdf, ofd, split in rows:
            n = read_path(pdf).page_count or 1
            print(f"{stem:32} {n:5d} {ms[pdf] / n:9.1f} {ms[ofd] / n:9.1f} {ms[split] / n:10.1f}")
        for p in real:
            n = read_path(p).page_count or 1
            print(f"{p.name:32} {n:5d} {'':9} {ms[p] / n:9.1f}")


if __name__ == "__main__":
    main()

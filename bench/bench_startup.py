"""Benchmarks for issue #2 (run by hand, never in tests):

(a) ``gwlint FILE.docx`` as a new process against the floor: a new Python
    process that opens the same .docx with python-docx and segments its text
    with plain ``jieba.lcut`` (jieba's own cache already built);
(b) per-page time of gwlint's PDF reader against pdfplumber's own
    ``page.extract_text()`` on the same file.

    python bench/bench_startup.py [--runs 9] [--docx sample_docs/clean-notice.docx] [--pdf FILE.pdf]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FLOOR = r"""
import sys, docx, jieba
jieba.setLogLevel(60)
d = docx.Document(sys.argv[1])
text = "\n".join(p.text for p in d.paragraphs)
words = jieba.lcut(text)
print(len(words))
"""


# An installed package has its bytecode; measure that case even where the shell
# sets PYTHONDONTWRITEBYTECODE (the floor script has no modules of its own to compile).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        out.append(time.perf_counter() - t)
    return out


def bench_startup(docx_path: Path, runs: int) -> None:
    py = sys.executable
    gw = [py, "-m", "gwlint", str(docx_path), "--no-color"]
    floor = [py, "-c", FLOOR, str(docx_path)]
    # warm both caches (jieba's temp cache, gwlint's prefix cache) and the OS page cache
    timed(gw, 2)
    timed(floor, 2)
    g = timed(gw, runs)
    f = timed(floor, runs)
    help_t = timed([py, "-m", "gwlint", "--help"], runs)
    mg, mf = statistics.median(g), statistics.median(f)
    print(f"(a) startup on {docx_path.name}: gwlint median {mg * 1000:.0f} ms, floor median {mf * 1000:.0f} ms, "
          f"ratio {mg / mf:.2f} (target <= 0.75); gwlint --help {statistics.median(help_t) * 1000:.0f} ms")


def bench_pdf(pdf_path: Path, runs: int) -> None:
    import pdfplumber

    from gwlint.readers.pdf import read_pdf

    data = pdf_path.read_bytes()
    with pdfplumber.open(pdf_path) as pdf:
        pages = len(pdf.pages)

    def plumber() -> None:
        with pdfplumber.open(pdf_path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()

    def ours() -> None:
        read_pdf(data, str(pdf_path))

    res = {}
    for name, fn in (("pdfplumber.extract_text", plumber), ("gwlint.read_pdf", ours)):
        fn()
        ts = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t)
        res[name] = statistics.median(ts) / pages
    ratio = res["gwlint.read_pdf"] / res["pdfplumber.extract_text"]
    print(f"(b) PDF {pdf_path.name} ({pages} pages): gwlint {res['gwlint.read_pdf'] * 1000:.1f} ms/page, "
          f"pdfplumber extract_text {res['pdfplumber.extract_text'] * 1000:.1f} ms/page, ratio {ratio:.2f} "
          f"(target <= 1.2)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--docx", type=Path, default=REPO / "sample_docs" / "clean-notice.docx")
    ap.add_argument("--pdf", type=Path, action="append")
    args = ap.parse_args()
    bench_startup(args.docx, args.runs)
    pdfs = args.pdf or [p for p in (REPO / "tests" / "corpus" / "govdoc-cn" / "397.pdf",
                                    REPO / "sample_docs" / "overlong-office-circular.pdf") if p.exists()]
    for p in pdfs:
        bench_pdf(p, max(3, args.runs // 3))


if __name__ == "__main__":
    main()

"""Calibration of the "was the text really read" test (gwlint/readers/legibility.py).

Real side: every text the repository ships (tests/corpus, sample_docs, the evaluation drafts), read
by gwlint's own readers where it is a file (.txt/.md/.docx/.pdf/.ofd), and every text cut to its
first N characters (a short notice).  Damaged side: tests/mojibake.py's wrong decodings, whole
and cut the same way.  Prints the word-share distribution of both, the false refusals (must be
0) and the misses, and the margin to the threshold.

    .venv/bin/python bench/bench_legibility.py

Result (threshold word_share < 0.3, 2026-12-03):
  real files through the readers      n=103  min 0.70  median 0.88   refused 0
  real texts whole                    n=686  min 0.70  median 0.85   refused 0
  real texts, first 30/60/100/200/400 min 0.67/0.50/0.62/0.70/0.69   refused 0
  traditional notice, whole and cut   min 0.45                       refused 0
  wrong decodings of 14 documents     n=238  max 0.18                missed 0
  the same cut to 60/100/200 chars    max 0.25/0.22/0.25             missed 0
  PDFs with a wrong ToUnicode map     n=16   max 0.10                missed 0
  cost: 3-7 ms per 200,000 characters (the tokens are the pipeline's own)
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gwlint.model import ReadError  # noqa: E402
from gwlint.readers import read_bytes, read_path  # noqa: E402
from gwlint.readers import legibility  # noqa: E402
from gwlint.segment import tokenize  # noqa: E402
from tests import mojibake  # noqa: E402

SIZES = (30, 60, 100, 200, 400)


def judge_text(text: str) -> tuple[dict, str | None]:
    lines = [ln for ln in (x.strip() for x in text.splitlines()) if ln]
    m = legibility.measure(lines, lambda i: tokenize(lines[i]))
    return m, legibility.verdict(m, "txt")


def judge_file(path: Path) -> tuple[dict | None, str | None]:
    try:
        doc = read_path(path)
    except ReadError as exc:
        return None, "ReadError: " + exc.message
    texts = [p.text for p in doc.paragraphs]
    m = legibility.measure(texts, lambda i: tokenize(texts[i]))
    return m, legibility.verdict(m, doc.format)


def judge_damaged(label: str, data: bytes, name: str) -> tuple[str, dict, str | None]:
    try:
        doc = read_bytes(data, name)
    except ReadError:
        return label, {"han": 0, "word_share": 0.0}, "ReadError"
    texts = [p.text for p in doc.paragraphs]
    m = legibility.measure(texts, lambda i: tokenize(texts[i]))
    return label, m, legibility.verdict(m, doc.format)


def report(label: str, rows: list[tuple[str, dict, str | None]], want_refused: bool) -> None:
    judged = [r for r in rows if r[1] is not None and r[1]["han"] >= legibility.MIN_HANZI]
    shares = sorted(r[1]["word_share"] for r in judged)
    wrong = [r for r in rows if (r[2] is None) == want_refused]
    line = f"{label:44s} n={len(rows):4d} judged={len(judged):4d}"
    if shares:
        line += (f" word_share min={shares[0]:.2f} p5={shares[len(shares) // 20]:.2f} "
                 f"median={statistics.median(shares):.2f} max={shares[-1]:.2f}")
    line += f"  {'missed' if want_refused else 'refused'}={len(wrong)}"
    print(line)
    for name, _m, why in wrong[:5]:
        print(f"    {name}: {why}")


def main() -> None:
    real = mojibake.real_texts()
    print(f"threshold: word_share < {legibility.MIN_WORD_SHARE} (with >= {legibility.MIN_HANZI} hanzi), "
          f"foreign letters > {legibility.MAX_FOREIGN_SHARE:.0%}, no hanzi among >= {legibility.MIN_LETTERS_NO_HAN} letters")
    print("-- real (must all pass)")
    files = [p for d in ("tests/corpus", "sample_docs") for p in sorted((ROOT / d).rglob("*"))
             if p.suffix.lower() in (".txt", ".md", ".docx", ".pdf", ".ofd") and p.name not in ("README.md", "PROVENANCE.md")]
    rows = [(str(p.relative_to(ROOT)), *judge_file(p)) for p in files]
    rows = [r for r in rows if not (r[2] or "").startswith("ReadError")]  # unreadable by design (e.g. invoices)
    report("files read by gwlint's readers", rows, False)
    report("texts whole (corpus, samples, eval drafts)", [(n, *judge_text(t)) for n, t in real], False)
    for n in SIZES:
        report(f"texts, first {n} characters", [(name, *judge_text(mojibake.snippet(t, n))) for name, t in real], False)
    trad = mojibake.TRADITIONAL
    report("traditional notice whole and cut", [(f"trad-{n}", *judge_text(mojibake.snippet(trad, n)))
                                                for n in (*SIZES, 10000)], False)
    print("-- damaged (must all be refused)")
    sources = ["\n".join(ln for ln in t.splitlines() if not ln.startswith("# source:")).strip()
               for name, t in real if name.startswith(("govcn/", "local/"))][::6]
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1500, 60, 100, 200):
            label = f"wrong decodings of {len(sources)} real documents" if n == 1500 else \
                f"wrong decodings, first {n} characters"
            report(label, [judge_damaged(f"{k}/{name}", data, name)
                           for k, src in enumerate(sources)
                           for name, data in mojibake.damaged_texts(src[:n]).items()], True)
        pdfs = []
        for k, src in enumerate(sources[:4]):
            for name, data in mojibake.damaged_pdfs(src[:1500]).items():
                p = Path(tmp) / f"{k}-{name}"
                p.write_bytes(data)
                pdfs.append((f"{k}/{name}", *judge_file(p)))
        report("PDFs with a wrong ToUnicode map", pdfs, True)
    print("-- cost")
    long = "\n".join(t for _, t in real[:60])
    lines = [ln for ln in long.splitlines() if ln.strip()]
    toks = {i: tokenize(lines[i]) for i in range(len(lines))}  # the pipeline segments anyway
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        legibility.measure(lines, toks.__getitem__)
        runs.append(time.perf_counter() - t0)
    print(f"measure on {len(long):,} characters (tokens given): median {statistics.median(runs) * 1000:.1f} ms")


if __name__ == "__main__":
    main()

"""PDF reading speed of the two engines, ms per page (run by hand, never in tests).

For each PDF: the whole read (characters, tables, lines, paragraphs) with
``engine="pdfplumber"`` and ``engine="pdfium"``, best of ``--repeat`` runs in a
warm process, and the pages the fast engine handed to pdfplumber.  Files: the
PDFs of ``tests/corpus/`` and ``sample_docs/``; with ``--libreoffice`` also
``sample_docs/*.docx`` exported to PDF by LibreOffice (``soffice`` on PATH).

    python bench/bench_pdf.py [--repeat 5] [--libreoffice] [FILE.pdf ...]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.readers.pdf import read_pdf  # noqa: E402
from gwlint.readers.pdf_fast import read_pdf_pdfium  # noqa: E402


def libreoffice_exports(dest: Path) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("--libreoffice: soffice not found")
    docx = sorted((REPO / "sample_docs").glob("*.docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{dest / 'profile'}",
                    "--convert-to", "pdf", "--outdir", str(dest / "lo"), *map(str, docx)],
                   check=True, capture_output=True, timeout=300)
    out = []
    for p in sorted((dest / "lo").glob("*.pdf")):
        renamed = p.with_name("lo-" + p.name)
        p.rename(renamed)
        out.append(renamed)
    return out


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--libreoffice", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted((REPO / "tests" / "corpus").rglob("*.pdf")) + sorted(
        (REPO / "sample_docs").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        if args.libreoffice:
            files += libreoffice_exports(Path(tmp))
        print(f"{'file':34} {'pages':>5} {'pdfplumber':>11} {'pdfium':>8} {'speed-up':>8}  fallback pages")
        tot = {"pages": 0, "ref": 0.0, "fast": 0.0}
        for path in files:
            data = path.read_bytes()
            stats: dict = {}
            doc = read_pdf_pdfium(data, path.name, stats)  # warm up both
            read_pdf(data, path.name)
            n = doc.page_count
            ref = best(lambda: read_pdf(data, path.name), args.repeat)
            fast = best(lambda: read_pdf_pdfium(data, path.name), args.repeat)
            tot["pages"] += n
            tot["ref"] += ref
            tot["fast"] += fast
            fell = stats.get("fallback") or []
            print(f"{path.name[:34]:34} {n:5d} {ref * 1000 / n:8.1f} ms {fast * 1000 / n:5.1f} ms {ref / fast:7.1f}×  "
                  f"{', '.join(str(k) for k, _ in fell) if isinstance(fell, list) else fell}")
        if tot["pages"]:
            print(f"{'all':34} {tot['pages']:5d} {tot['ref'] * 1000 / tot['pages']:8.1f} ms "
                  f"{tot['fast'] * 1000 / tot['pages']:5.1f} ms {tot['ref'] / tot['fast']:7.1f}×")


if __name__ == "__main__":
    main()

"""Start-up and per-document cost (issues #2, #16; run by hand, never in tests).

(a) cold: ``gwlint check FILE`` as a new process against the naive floor, a new
    process that reads the same file with the usual library and segments its
    text with plain ``jieba.lcut`` (jieba's own cache already built) — python-docx
    for .docx, pdfplumber for .pdf, a plain read for .txt — on the policy circular
    (``tests/corpus/policy/``) written as .docx/.pdf/.txt by
    gwlint.docgen.  Interleaved runs, medians, peak RSS of each child.
    Targets: ratio <= 0.45, gwlint's peak RSS <= 70 MB.
(b) where a cold run's time goes, in a new process: imports, dictionary,
    reading, structure, rules, output (medians).
(c) warm: in one process that has linted other documents, ``lint_bytes`` of a
    6k-字 .docx it has not seen (the policy, every body sentence changed) against
    python-docx opening it and segmenting its paragraphs, CPU time (target <= 2×):
    the naive floor (plain ``jieba.lcut``, as in (a)) and the strict one (gwlint's
    own faster segmenter, HMM off); once with the collector left alone, once with the
    garbage of earlier calls (each side's python-docx package) freed before each
    timed call, so that neither side pays for freeing the other's.
(d) PDF reading per page: gwlint's reader against pdfplumber's ``extract_text``.

    python bench/bench_startup.py [--runs 9] [--only a,b,c,d] [--keep DIR]
"""
from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (CORPUS, ENV, REPO, SRC, interleaved, load_note, policy_blocks, rule_breakdown,  # noqa: E402
                    varied, write_formats)

FLOOR = {
    ".docx": r"""
import sys, docx, jieba
jieba.setLogLevel(60)
d = docx.Document(sys.argv[1])
text = "\n".join(p.text for p in d.paragraphs)
print(len(jieba.lcut(text)))
""",
    ".pdf": r"""
import sys, pdfplumber, jieba
jieba.setLogLevel(60)
with pdfplumber.open(sys.argv[1]) as pdf:
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
print(len(jieba.lcut(text)))
""",
    ".txt": r"""
import sys, jieba
jieba.setLogLevel(60)
with open(sys.argv[1], encoding="utf-8") as fh:
    text = fh.read()
print(len(jieba.lcut(text)))
""",
}

PHASES = r"""
import json, sys, time
clock = time.process_time  # CPU time: steadier than wall time on a shared machine
t0 = clock()
# what the command line installs in its own processes first (the re shortcut, the start-up caches)
from gwlint.refast import install
install()
from gwlint.cli import main  # noqa: F401  (what the console script imports)
from gwlint.config import load_config
from gwlint.engine import lint_document
from gwlint.readers import read_path
t1 = clock()
from gwlint.segment import tokenizer
tokenizer()
t2 = clock()
doc = read_path(sys.argv[1])
t3 = clock()
from gwlint.structure import analyze
s = analyze(doc)
t4 = clock()
cfg = load_config(for_file=sys.argv[1])
res = lint_document(doc, cfg, structure=s)
t5 = clock()
print(json.dumps({"imports": t1 - t0, "dictionary": t2 - t1, "read": t3 - t2, "structure": t4 - t3,
                  "config+rules": t5 - t4, "findings": len(res.findings)}))
"""


def bench_cold(files: dict[str, Path], runs: int) -> None:
    py = sys.executable
    print(f"(a) cold, new process, {runs} interleaved runs, medians ({load_note()})")
    print(f"    {'file':6} {'gwlint':>8} {'floor':>8} {'ratio':>6}   {'CPU gwlint':>10} {'floor':>8} {'ratio':>6}"
          f"   {'RSS gwlint':>10} {'floor':>9}")
    cmds = {}
    for ext, path in files.items():
        cmds[f"gwlint{ext}"] = [py, "-m", "gwlint", "check", str(path), "--no-color", "--exit-zero"]
        cmds[f"floor{ext}"] = [py, "-c", FLOOR[ext], str(path)]
    cmds["help"] = [py, "-m", "gwlint", "--help"]
    res = interleaved(cmds, runs)
    for ext in files:
        g, f = res[f"gwlint{ext}"], res[f"floor{ext}"]
        if g["codes"] != {0} or f["codes"] != {0}:
            print(f"    {ext}: exit codes gwlint {g['codes']} floor {f['codes']}")
        print(f"    {ext:6} {g['median'] * 1000:6.0f}ms {f['median'] * 1000:6.0f}ms {g['median'] / f['median']:6.2f}   "
              f"{g['cpu_median'] * 1000:8.0f}ms {f['cpu_median'] * 1000:6.0f}ms {g['cpu_median'] / f['cpu_median']:6.2f}"
              f"   {g['rss_median']:7.1f} MB {f['rss_median']:6.1f} MB")
    print(f"    gwlint --help {res['help']['median'] * 1000:.0f} ms (CPU {res['help']['cpu_median'] * 1000:.0f} ms); "
          "targets: ratio <= 0.45, gwlint RSS <= 70 MB")


def bench_phases(path: Path, runs: int) -> None:
    py = sys.executable
    rows = []
    for _ in range(runs):
        r = subprocess.run([py, "-c", PHASES, str(path)], capture_output=True, env=ENV, check=True, cwd=SRC)
        rows.append(json.loads(r.stdout))
    keys = [k for k in rows[0] if k != "findings"]
    med = {k: statistics.median([r[k] for r in rows]) for k in keys}
    total = sum(med.values())
    print(f"(b) in-process phases of a cold run on {path.name}, CPU time (medians of {runs}): " + ", ".join(
        f"{k} {v * 1000:.0f} ms ({v / total * 100:.0f}%)" for k, v in med.items()) + f"; sum {total * 1000:.0f} ms")


def bench_warm(dest: Path, runs: int) -> None:
    """lint_bytes of documents never seen by the process vs python-docx open + segmentation."""
    import io

    import docx

    from gwlint.api import lint_bytes
    from gwlint.config import load_config
    from gwlint.segment import tokenizer

    cfg = load_config()
    clock = time.process_time  # CPU time: steadier than wall time on a shared machine
    # the policy circular with each body sentence changed (a place name in front):
    # text no cache has seen, structure and length of the real thing (~6k 字)
    blocks = policy_blocks()
    variants = []
    for i in range(2 * runs + 2):  # two warm-up documents, then new ones for each way of timing
        path = write_formats(varied(blocks, i), dest, f"warm-{i}", (".docx",))
        variants.append(path[".docx"].read_bytes())
    for data in variants[:2]:  # warm-up: imports, dictionary, rule tables
        lint_bytes(data, "warm.docx", cfg, limits=None)
    tk = tokenizer()

    def floor(data: bytes) -> None:
        d = docx.Document(io.BytesIO(data))
        for p in d.paragraphs:
            list(tk.tokenize(p.text, HMM=False))

    import jieba

    jieba.lcut("预热")  # jieba's own dictionary, loaded once as the naive script would

    def naive(data: bytes) -> None:
        # the floor (its "~40 ms"): what a user's script does, python-docx and jieba.lcut
        d = docx.Document(io.BytesIO(data))
        for p in d.paragraphs:
            jieba.lcut(p.text)

    def lint(data: bytes) -> None:
        lint_bytes(data, "warm.docx", cfg, limits=None)

    # Both sides leave a python-docx package behind as cyclic garbage (its parts point at the
    # package and back), freed by whichever later call the collector happens to run in: as the
    # lint allocates more, it usually pays for freeing the floor's package too.  "collected"
    # frees the garbage before each timed call (untimed), so each side pays for its own work and
    # neither for freeing earlier packages; "as it falls" leaves the collector alone.
    for collect in (False, True):
        lint_t, floor_t, naive_t = [], [], []
        for data in variants[2 + runs * collect:2 + runs * (collect + 1)]:
            for fn, out in ((floor, floor_t), (naive, naive_t), (lint, lint_t)):
                if collect:
                    gc.collect()
                t = clock()
                fn(data)
                out.append(clock() - t)
        lm, fm = statistics.median(lint_t), statistics.median(floor_t)
        how = "garbage collected before each call" if collect else "collector as it falls"
        print(f"(c) warm, policy .docx with new text each time, CPU time ({len(lint_t)} runs, medians, {how}): "
              f"lint_bytes {lm * 1000:.0f} ms, python-docx open + segmentation {fm * 1000:.0f} ms, "
              f"ratio {lm / fm:.2f}; python-docx open + jieba.lcut (the naive floor) "
              f"{statistics.median(naive_t) * 1000:.0f} ms, ratio {lm / statistics.median(naive_t):.2f} (target <= 2)")
    # where lint_bytes's time goes, on more new variants
    parts: dict[str, list[float]] = {}
    for i in range(runs):
        data = write_formats(varied(blocks, 100 + i), dest, f"warm-b{i}", (".docx",))[".docx"].read_bytes()
        rule_breakdown(data, "warm.docx", cfg, parts, "read .docx")
    med = sorted(((statistics.median(v), k) for k, v in parts.items()), reverse=True)
    total = sum(m for m, _ in med)
    print("    breakdown (medians): " + ", ".join(f"{k} {m * 1000:.0f}" for m, k in med[:10])
          + f", {len(med) - 10} more {sum(m for m, _ in med[10:]) * 1000:.0f} ms; sum {total * 1000:.0f} ms")


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

    res = {"plumber": [], "ours": []}
    plumber()
    ours()
    for _ in range(runs):
        for name, fn in (("plumber", plumber), ("ours", ours)):
            t = time.perf_counter()
            fn()
            res[name].append(time.perf_counter() - t)
    o, p = statistics.median(res["ours"]) / pages, statistics.median(res["plumber"]) / pages
    print(f"(d) PDF {pdf_path.name} ({pages} pages): gwlint {o * 1000:.1f} ms/page, pdfplumber extract_text "
          f"{p * 1000:.1f} ms/page, ratio {o / p:.2f} (target <= 1.2)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--only", default="a,b,c,d", help="sections to run, e.g. a,c")
    ap.add_argument("--keep", type=Path, help="write the generated documents here and keep them")
    args = ap.parse_args()
    only = set(args.only.split(","))
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="gwlint-bench-startup-"))
    try:
        files = write_formats(policy_blocks(), tmp, "policy")
        if "a" in only:
            bench_cold(files, args.runs)
        if "b" in only:
            bench_phases(files[".docx"], args.runs)
        if "c" in only:
            bench_warm(tmp, args.runs)
        if "d" in only:
            pdfs = [files[".pdf"]] + [p for p in (CORPUS / "govdoc-cn" / "397.pdf",)
                                      if p.exists()]
            for p in pdfs:
                bench_pdf(p, max(3, args.runs // 3))
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

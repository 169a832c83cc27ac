"""Audit benchmark for issue #7 (run by hand, never in tests).

The 60 real circulars of ``tests/corpus/govcn/`` and the PDF of
``tests/corpus/govdoc-cn/`` are copied ``--copies`` times into a temporary
folder, each copy with a changed byte (a copy number in the web-source line of
the .txt, which structure recognition treats as noise; a PDF comment after
``%%EOF``) so that every file has its own hash and none is skipped as a
duplicate.  Then:

(a) ``gwlint audit DIR --jobs 1`` and ``--jobs 2`` as new processes into fresh
    databases: documents/second and the parallel efficiency
    ``rate(2) / (2 × rate(1))`` (target >= 90% on 2 cores);
(b) per-document cost of the ``--jobs 1`` audit against linting the same files
    in the same order in an already-warm process with ``gwlint.api.lint_path``
    (target <= 1.2×).

    python bench/bench_audit.py [--copies 50] [--jobs 1 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def originals() -> list[Path]:
    files = sorted((CORPUS / "govcn").glob("*.txt"))
    files += sorted((CORPUS / "govdoc-cn").glob("*.pdf"))
    if not files:
        sys.exit(f"corpus not found under {CORPUS}")
    return files


def replicate(files: list[Path], copies: int, dest: Path) -> int:
    n = 0
    for k in range(copies):
        sub = dest / f"batch{k:03d}"
        sub.mkdir(parents=True)
        for f in files:
            data = f.read_bytes()
            if f.suffix == ".pdf":
                data = data + f"\n%gwlint-bench copy {k}\n".encode()
            else:
                first, sep, rest = data.partition(b"\n")
                if first.startswith(b"# source:"):
                    data = first + f" (copy {k})".encode() + sep + rest
                else:
                    data = f"# source: bench copy {k}\n".encode() + data
            (sub / f.name).write_bytes(data)
            n += 1
    return n


def audit(dirpath: Path, db: Path, jobs: int) -> float:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "gwlint", "audit", str(dirpath), "--db", str(db), "--jobs", str(jobs)],
                       capture_output=True, env=ENV, check=False)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"audit failed: {r.stderr.decode()}")
    print(f"    {r.stderr.decode().strip()}")
    return elapsed


def warm_cost(docs: Path, warmup: list[Path]) -> float:
    """Seconds per document of linting the replicated files, in the audit's order
    (largest first), in this process after a warm-up pass over the originals.

    Same files, same order: both sides get the same benefit from gwlint's
    per-process memo caches (copies of one document sit next to each other)."""
    from gwlint.api import lint_path
    from gwlint.config import load_config

    cfg = load_config()
    for f in warmup:  # jieba, rule tables and caches loaded as a long-running process has them
        lint_path(f, cfg)
    files = sorted((p for p in docs.rglob("*") if p.is_file()), key=lambda p: (-p.stat().st_size, str(p.resolve())))
    t = time.perf_counter()
    for f in files:
        lint_path(f, cfg)
    return (time.perf_counter() - t) / len(files)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=50, help="copies of each corpus document")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="build the folder here and keep it")
    args = ap.parse_args()
    files = originals()
    tmp = Path(tempfile.mkdtemp(prefix="gwlint-bench-audit-")) if args.keep is None else args.keep
    try:
        docs = tmp / "docs"
        n = replicate(files, args.copies, docs)
        print(f"{n} files ({len(files)} documents × {args.copies} copies) in {docs}; {os.cpu_count()} CPUs")
        rates = {}
        for j in args.jobs:
            db = tmp / f"audit-j{j}.sqlite"
            elapsed = audit(docs, db, j)
            with sqlite3.connect(db) as conn:
                linted, lint_ms = conn.execute(
                    "SELECT count(*), sum(lint_ms) FROM documents WHERE error IS NULL").fetchone()
            if linted != n:
                sys.exit(f"expected {n} linted documents, the database has {linted}")
            rates[j] = n / elapsed
            # time inside the workers' lint calls against the wall clock: what the
            # pipeline around them (start-up, reading, hashing, IPC, SQLite) adds
            busy = lint_ms / 1000 / j
            print(f"(a) --jobs {j}: {elapsed:.1f} s, {rates[j]:.1f} documents/s, {elapsed / n * 1000:.1f} ms/document; "
                  f"workers linting {busy / elapsed * 100:.0f}% of the wall time; load average "
                  f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if 1 in rates:
            for j in rates:
                if j > 1:
                    print(f"    parallel efficiency --jobs {j}: {rates[j] / (j * rates[1]) * 100:.0f}% (target >= 90%)")
            warm = warm_cost(docs, files)
            per_doc = 1 / rates[1]
            print(f"(b) warm in-process lint: {warm * 1000:.1f} ms/document; audit --jobs 1: {per_doc * 1000:.1f} "
                  f"ms/document; ratio {per_doc / warm:.2f} (target <= 1.2)")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

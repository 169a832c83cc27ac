"""Audit benchmark for issues #7 and #16 (run by hand, never in tests).

The 60 real circulars of ``tests/corpus/govcn/`` and the PDF of
``tests/corpus/govdoc-cn/`` are copied ``--copies`` times into a temporary
folder, each copy with a changed byte (a copy number in the web-source line of
the .txt, which structure recognition treats as noise; a PDF comment after
``%%EOF``) so that every file has its own hash and none is skipped as a
duplicate.  Then, ``--rounds`` times, interleaved:

(a) ``gwlint audit DIR --jobs 1`` and ``--jobs 2`` as new processes into fresh
    databases: documents/second and the parallel efficiency
    ``rate(2) / (2 × rate(1))`` (target >= 90% on 2 cores);
(c) the ceiling of this machine: a plain CPU loop run the same way — a new
    process whose ``--jobs`` worker processes (multiprocessing, forkserver as
    the audit's) take as many items as there are files, each item a pure-Python
    loop as long as the audit's mean CPU time per file — and its efficiency.
    Two cores shared with other work never scale perfectly: the audit is judged
    against what the plain loop gets at the same moment (medians of the rounds).
(b) per-document cost of the ``--jobs 1`` audit against linting the same files
    in the same order in an already-warm process with ``gwlint.api.lint_path``
    (target <= 1.2×): wall time against a guarded lint (at the end), and CPU time
    (the command and its workers) against an in-process lint run in each round
    right after the audits, which a loaded machine blurs far less.

    python bench/bench_audit.py [--copies 10] [--rounds 3] [--jobs 1 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, ENV, SRC, load_note  # noqa: E402


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


def audit(dirpath: Path, db: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its workers) of one audit into a fresh database."""
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "gwlint", "audit", str(dirpath), "--db", str(db), "--jobs", str(jobs)],
                       capture_output=True, env=ENV, check=False, cwd=SRC)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers were waited for: counted too
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if r.returncode != 0:
        sys.exit(f"audit failed: {r.stderr.decode()}")
    print(f"    {r.stderr.decode().strip()}")
    return elapsed, cpu


CPU_LOOP = r"""
import multiprocessing as mp, sys, time

def spin(n):
    x = 0
    for i in range(n):
        x = (x * 31 + i) % 1000003
    return x

def worker(q, n):
    while q.get() is not None:
        spin(n)

if __name__ == "__main__":
    items, jobs, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    q = ctx.Queue()
    for _ in range(items):
        q.put(1)
    for _ in range(jobs):
        q.put(None)
    procs = [ctx.Process(target=worker, args=(q, n)) for _ in range(jobs)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
"""


def spins_for(seconds: float) -> int:
    """Iterations of the CPU loop's ``spin`` that take ``seconds`` here, wall
    clock (the audit's per-file time is wall clock too, under the same load)."""
    ns: dict = {}
    exec(CPU_LOOP.split("def worker")[0], ns)
    n = 200_000
    per = []
    for _ in range(5):
        t = time.perf_counter()
        ns["spin"](n)
        per.append((time.perf_counter() - t) / n)
    return max(1000, int(seconds / statistics.median(per)))


def cpu_loop(items: int, jobs: int, spins: int, folder: Path) -> float:
    script = folder / "cpu_loop.py"  # a file: forkserver/spawn workers import __main__ by its path
    script.write_text(CPU_LOOP, encoding="utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, str(script), str(items), str(jobs), str(spins)], check=True, env=ENV)
    return time.perf_counter() - t


WARM_CPU = r"""
import sys, time
from pathlib import Path
from gwlint.api import lint_path
from gwlint.config import load_config

cfg = load_config()
originals, docs = sys.argv[1].split("\n"), Path(sys.argv[2])
for f in originals:  # jieba, rule tables and patterns loaded as a long-running process has them
    lint_path(f, cfg, limits=None)
files = sorted((p for p in docs.rglob("*") if p.is_file()), key=lambda p: (-p.stat().st_size, str(p.resolve())))
t = time.process_time()
for f in files:
    lint_path(f, cfg, limits=None)
print((time.process_time() - t) / len(files))
"""


def warm_cpu(docs: Path, warmup: list[Path]) -> float:
    """CPU seconds per document of linting the replicated files in the audit's order in one
    process, in-process (no worker), after a warm-up pass over the originals: a new process
    each time, so that it can run between the audits of a round (the same load)."""
    r = subprocess.run([sys.executable, "-c", WARM_CPU, "\n".join(map(str, warmup)), str(docs)],
                       capture_output=True, env=ENV, check=True, cwd=SRC)
    return float(r.stdout)


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
    ap.add_argument("--copies", type=int, default=10, help="copies of each corpus document")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds (medians)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="build the folder here and keep it")
    args = ap.parse_args()
    files = originals()
    tmp = Path(tempfile.mkdtemp(prefix="gwlint-bench-audit-")) if args.keep is None else args.keep
    try:
        docs = tmp / "docs"
        n = replicate(files, args.copies, docs)
        print(f"{n} files ({len(files)} documents × {args.copies} copies) in {docs}; {os.cpu_count()} CPUs")
        audit_t: dict[int, list[float]] = {j: [] for j in args.jobs}
        audit_cpu: dict[int, list[float]] = {j: [] for j in args.jobs}
        warm_cpus: list[float] = []
        loop_t: dict[int, list[float]] = {j: [] for j in args.jobs}
        spins = None
        for r in range(args.rounds):
            for j in args.jobs:
                db = tmp / f"audit-j{j}.sqlite"
                elapsed, cpu = audit(docs, db, j)
                audit_cpu[j].append(cpu)
                with sqlite3.connect(db) as conn:
                    linted, lint_ms = conn.execute(
                        "SELECT count(*), sum(lint_ms) FROM documents WHERE error IS NULL").fetchone()
                if linted != n:
                    sys.exit(f"expected {n} linted documents, the database has {linted}")
                audit_t[j].append(elapsed)
                # time inside the workers' lint calls against the wall clock: what the
                # pipeline around them (start-up, reading, hashing, IPC, SQLite) adds
                busy = lint_ms / 1000 / j
                print(f"    round {r + 1}: audit --jobs {j}: {elapsed:.1f} s, {n / elapsed:.1f} documents/s; workers "
                      f"linting {busy / elapsed * 100:.0f}% of the wall time; {load_note()}", flush=True)
                if spins is None:  # the loop's item: as long as a mean lint, measured once
                    spins = spins_for(lint_ms / 1000 / n)
                loop_t[j].append(cpu_loop(n, j, spins, tmp))
                print(f"    round {r + 1}: CPU loop --jobs {j}: {loop_t[j][-1]:.1f} s", flush=True)
            if 1 in args.jobs:
                warm_cpus.append(warm_cpu(docs, files))
                print(f"    round {r + 1}: audit --jobs 1 CPU {audit_cpu[1][-1] / n * 1000:.1f} ms/document, warm "
                      f"in-process lint CPU {warm_cpus[-1] * 1000:.1f} ms/document", flush=True)
        rate = {j: n / statistics.median(audit_t[j]) for j in args.jobs}
        loop_rate = {j: n / statistics.median(loop_t[j]) for j in args.jobs}
        for j in args.jobs:
            print(f"(a) audit --jobs {j}: {rate[j]:.1f} documents/s ({1000 / rate[j]:.1f} ms/document), median of "
                  f"{args.rounds}; (c) CPU loop --jobs {j}: {loop_rate[j]:.1f} items/s")
        if 1 in rate:
            for j in rate:
                if j > 1:
                    eff, ceil = rate[j] / (j * rate[1]), loop_rate[j] / (j * loop_rate[1])
                    print(f"    parallel efficiency --jobs {j}: audit {eff * 100:.0f}%, plain CPU loop {ceil * 100:.0f}% "
                          f"(the machine's ceiling now); audit / ceiling {eff / ceil * 100:.0f}% (target: audit >= 90%)")
            warm = warm_cost(docs, files)
            per_doc = 1 / rate[1]
            print(f"(b) warm lint (guarded, as lint_path by default): {warm * 1000:.1f} ms/document; audit --jobs 1: "
                  f"{per_doc * 1000:.1f} ms/document; ratio {per_doc / warm:.2f} (wall; target <= 1.2)")
            ratios = [a / n / w for a, w in zip(audit_cpu[1], warm_cpus)]
            print(f"(b) CPU: audit --jobs 1 (command + workers) {statistics.median(audit_cpu[1]) / n * 1000:.1f} "
                  f"ms/document; warm in-process lint {statistics.median(warm_cpus) * 1000:.1f} ms/document; ratio "
                  f"{statistics.median(ratios):.2f} (median of the rounds' ratios; start-up included)")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

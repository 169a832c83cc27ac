"""What the audit worker adds to a lint, per document, in one process (issue 16).

    python bench/bench_audit_worker.py [--rounds 5]

``audit_bytes`` (lint + structure facts + flattening into a record) against
``lint_data`` of the same bytes, interleaved round by round, CPU time, medians:
the worker's own cost without process start-up, worker round trips or SQLite
(``bench_audit.py`` measures the whole command).  Inputs: the vendored local
corpus (.txt, 20 documents) and the policy circular as .docx.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from common import CORPUS, policy_blocks, write_formats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from gwlint.audit.worker import audit_bytes
    from gwlint.config import load_config
    from gwlint.engine import lint_data

    cfg = load_config()
    files = sorted((CORPUS / "local").glob("*.txt"))[:20]
    files.append(write_formats(policy_blocks(), Path(tempfile.mkdtemp(prefix="gwlint-bench-aw-")), "policy",
                               (".docx",))[".docx"])
    datas = [(f.read_bytes(), str(f)) for f in files]
    for d, f in datas:  # warm-up
        audit_bytes(d, f, cfg)
    audit_t, lint_t = [], []
    for _ in range(args.rounds):
        t = time.process_time()
        for d, f in datas:
            lint_data(d, f, cfg)
        lint_t.append(time.process_time() - t)
        t = time.process_time()
        for d, f in datas:
            audit_bytes(d, f, cfg)
        audit_t.append(time.process_time() - t)
    a, m = statistics.median(audit_t), statistics.median(lint_t)
    n = len(datas)
    print(f"{n} documents: lint_data {m / n * 1000:.1f} ms/document, audit_bytes {a / n * 1000:.1f} ms/document, "
          f"ratio {a / m:.2f} (CPU, medians of {args.rounds} interleaved rounds)")


if __name__ == "__main__":
    main()

"""The bad-input corpus (tests/badcorpus.py), one ``gwlint check`` per input: verdict,
exit code, wall time and peak RSS (gwlint and its workers) as a Markdown table.

    python bench/bench_bad_inputs.py [--big] [--timeout 10] [--dest /tmp/badcorpus]

``--big`` adds the GiB-scale bombs (900 MiB document.xml, 1 GiB PDF stream, 900 MiB image).
Entries inside the special folders are reported from one run over their folder.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gwlint.safeio import storable  # noqa: E402
from tests.badcorpus import build, unlock  # noqa: E402
from tests.test_bad_corpus import run_measured, verdict  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--timeout", default="10")
    ap.add_argument("--dest")
    a = ap.parse_args()
    dest = Path(a.dest or tempfile.mkdtemp(prefix="gwlint-bad-"))
    unlock(dest) if dest.exists() else None
    cases = build(dest, big=a.big)
    privileged = os.geteuid() == 0
    print(f"| input | expected | verdict | exit | wall s | peak RSS MiB |\n|---|---|---|---|---|---|")
    folder_runs: dict[str, object] = {}
    for c in cases:
        if c.path.startswith("dirs/"):
            folder = "/".join(c.path.split("/")[:2])
            if folder not in folder_runs:
                folder_runs[folder] = run_measured(["check", str(dest / folder), "--format", "json",
                                                    "--timeout", a.timeout], 600)
            run = folder_runs[folder]
            shown = f"{c.path} (folder run)"
        else:
            args = list(c.args) if "--timeout" in c.args else [*c.args, "--timeout", a.timeout]
            run = run_measured(["check", str(dest / c.path), "--format", "json", *args], 600)
            shown = c.path
        found = defaultdict(list)
        try:
            for f in json.loads(run.out.decode("utf-8", "surrogateescape")):
                found[f["path"]].append(f)
            # JSON holds a file name's undecodable bytes as \xNN (safeio.storable), as the reader should see it
            got = verdict(found.get(storable(str(dest / c.path)), []))
        except ValueError:
            got = "no JSON"
        if b"Traceback" in run.err:
            got += " + TRACEBACK"
        want = c.expected(privileged)
        mark = "" if got in want.split("|") else " ✗"  # "other|unread": either verdict is right
        print(f"| {shown} | {want} | {got}{mark} | {run.rc} | {run.wall:.1f} | {run.peak / (1 << 20):.0f} |",
              flush=True)


if __name__ == "__main__":
    main()

"""Freeze gwlint's findings over fixed inputs, and compare two freezes.

    python bench/freeze/freeze.py run OUT.jsonl [--drafts DIR]   # findings of the current code
    python bench/freeze/freeze.py diff OLD.jsonl NEW.jsonl       # what changed, one line per finding

Inputs: ``sample_docs/``, every folder of ``../shared/corpus/`` that holds .txt/.pdf,
the policy text, and a folder of test drafts (made by ``capture_plugin.py`` while
the test suite runs).  The freeze runs ``gwlint check --format jsonl`` over them, so
it is what a user sees.

The comparison is keyed so that a later merge can regenerate both sides and
compare again: a finding is (file, code, message, column, end column, excerpt,
severity, fix edits without their line numbers) — paragraph *line numbers* are
left out, because the txt reader may renumber lines (physical lines) without any
rule changing.  ``--lines`` compares them too.  Paths are shown relative to the
input root they came from, so two checkouts compare equal.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def inputs(drafts: Path | None) -> list[Path]:
    out = [REPO / "sample_docs"]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        for d in sorted(p for p in corpus.iterdir() if p.is_dir()):
            if any(f.suffix in (".txt", ".pdf") for f in d.rglob("*")):
                out.append(d)
    policy = SHARED / "policy" / "ganfufa-2019-3.txt"
    if policy.is_file():
        out.append(policy)
    if drafts is not None:
        out.append(drafts)
    return out


def run(out: Path, drafts: Path | None, jobs: int) -> None:
    paths = inputs(drafts)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "gwlint", "check", "--format", "jsonl", "--jobs", str(jobs), *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=REPO)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"gwlint check failed with exit {proc.returncode}")
    roots = sorted((str(p.parent if p.is_file() else p) for p in paths), key=len, reverse=True)
    lines = []
    for raw in proc.stdout.decode("utf-8").splitlines():
        if not raw.strip():
            continue
        rec = json.loads(raw)
        path = rec.get("path", "")
        for r in roots:
            if path.startswith(r):
                path = Path(r).name + path[len(r):]
                break
        rec["path"] = path
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    lines.sort()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if "内部错误" in stderr:
        print(stderr, file=sys.stderr)
    print(f"{len(lines)} findings from {len(paths)} inputs -> {out}")


def key(rec: dict, with_lines: bool) -> tuple:
    fix = rec.get("fix") or {}
    edits = tuple((e.get("line") if with_lines else None, e["start"], e["end"], e["replacement"])
                  for e in fix.get("edits", ()))
    loc, end = rec.get("location", {}), rec.get("end_location", {})
    k = (rec["path"], rec["code"], rec["message"], loc.get("column"), end.get("column"), rec.get("excerpt", ""),
         rec["severity"], edits, fix.get("applicability"))
    return k + ((loc.get("line"), end.get("line")) if with_lines else ())


def load(path: Path, with_lines: bool) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            c[key(json.loads(raw), with_lines)] += 1
    return c


def diff(old: Path, new: Path, with_lines: bool) -> int:
    a, b = load(old, with_lines), load(new, with_lines)
    gone, added = a - b, b - a
    for sign, c in (("-", gone), ("+", added)):
        for k, n in sorted(c.items()):
            path, code, msg, col, ecol, excerpt = k[:6]
            print(f"{sign} {path} {code} col {col}-{ecol} ×{n}: {msg} [{excerpt}]")
    print(f"{sum(gone.values())} findings gone, {sum(added.values())} added "
          f"({sum(a.values())} -> {sum(b.values())})", file=sys.stderr)
    return 1 if gone or added else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("--drafts", type=Path, default=None, help="folder of captured test drafts")
    r.add_argument("--jobs", type=int, default=2)
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--lines", action="store_true", help="compare paragraph line numbers too")
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.out, args.drafts, args.jobs)
    else:
        raise SystemExit(diff(args.old, args.new, args.lines))


if __name__ == "__main__":
    main()

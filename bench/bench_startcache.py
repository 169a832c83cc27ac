"""The start cache after an auditor's history (issue 16; run by hand, never in tests).

Grows a start cache (gwlint.startcache) the way an auditor's grows: every labelled draft of
``tests/eval/**`` rendered to .txt and linted by ``gwlint check -j 2 FOLDER``, one command a
folder, all into one ``GWLINT_CACHE_DIR``.  Then reports the file (size, entries per table,
generations) and what a cold lint of the policy .docx loads, uses and compiles afresh (three
new processes in a row: the first may prune).  ``--src`` lints with another checkout (e.g. a
``git archive`` of the base) so that both codes get the same history.

    python bench/bench_startcache.py --cache /tmp/x/cache [--src /tmp/base] [--limit N]

Then ``GWLINT_CACHE_DIR=/tmp/x/cache python bench/bench_startup.py --only a`` times cold runs
with that cache, or ``--ab BASE_SRC:BASE_CACHE`` times cold ``gwlint check`` of the policy
(.docx/.pdf/.txt) with this checkout and cache against another checkout with its cache,
interleaved (copies of both caches: each evolves as its code lets it).
"""
from __future__ import annotations

import argparse
import json
import marshal
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, interleaved, load_note, policy_blocks, write_formats  # noqa: E402

PROBE = r"""
import json, sys
from gwlint import startcache
startcache.install()
loaded = {k: len(v) for k, v in startcache._tables.items()}
from gwlint.api import lint_file
from gwlint.config import load_config
lint_file(sys.argv[1], load_config())
used = {k: sum(1 for t, _ in startcache._used if t == k) for k in loaded}
new = {k: len(v) for k, v in startcache._new.items()}
print(json.dumps({"loaded": loaded, "used": used, "new": new}))
startcache.flush()  # as a worker does after its job
"""


def render(dest: Path, limit: int | None) -> list[Path]:
    from gwlint.docgen import parse_marked, plain_text

    root = REPO / "tests" / "eval"
    drafts = sorted(root.rglob("*.gw"))[:limit]
    folders = set()
    for p in drafts:
        rel = p.relative_to(root)
        folder = dest / rel.parts[0]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ("-".join(rel.parts[1:])[:-3] + ".txt")).write_text(plain_text(parse_marked(p.read_text("utf-8"))),
                                                                     encoding="utf-8")
        folders.add(folder)
    return sorted(folders)


def describe(cache: Path) -> str:
    files = list(cache.glob("start-*.marshal"))
    if len(files) != 1:
        return f"{len(files)} start files"
    data = marshal.loads(files[0].read_bytes())
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    out = f"{files[0].stat().st_size / 1e6:.2f} MB, " + ", ".join(f"{k} {len(v)}" for k, v in tables.items())
    if "gen" in data:
        gens = [r[0] for t in tables.values() for r in t.values()]
        out += f"; generation {data['gen']}, entries marked {min(gens)}–{max(gens)}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True, help="the GWLINT_CACHE_DIR to grow")
    ap.add_argument("--src", type=Path, default=REPO, help="the checkout whose gwlint lints")
    ap.add_argument("--limit", type=int, help="only the first N drafts")
    ap.add_argument("--docs", type=Path, help="render the drafts here (kept) instead of a temp dir")
    ap.add_argument("--folders", help="only these folders of tests/eval (comma-separated)")
    ap.add_argument("--probe-only", action="store_true", help="no audit: describe the cache and probe it")
    ap.add_argument("--ab", help="BASE_SRC:BASE_CACHE: cold runs against that checkout and cache, no audit")
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    if args.ab:
        base_src, base_cache = args.ab.split(":")
        return cold_ab({"new": (args.src, args.cache), "base": (Path(base_src), Path(base_cache))}, args.runs)
    env = {**os.environ, "GWLINT_CACHE_DIR": str(args.cache), "PYTHONPATH": str(args.src)}
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="gwlint-bench-startcache-") as tmp:
        docs = args.docs or Path(tmp) / "docs"
        folders = [] if args.probe_only else render(docs, args.limit)
        if args.folders:
            folders = [f for f in folders if f.name in args.folders.split(",")]
        n = sum(1 for f in folders for _ in f.glob("*.txt"))
        print(f"audit of {n} drafts in {len(folders)} folders with {args.src} ({load_note()})")
        t, cpu = time.perf_counter(), os.times()
        for folder in folders:
            subprocess.run([py, "-m", "gwlint", "check", "--exit-zero", "--format", "json", "-j", "2", str(folder)],
                           env=env, cwd=args.src, stdout=subprocess.DEVNULL, check=True)
        c = os.times()
        print(f"  audit: {time.perf_counter() - t:.0f} s wall, {c.children_user + c.children_system - cpu.children_user - cpu.children_system:.0f} s CPU; "
              f"cache {describe(args.cache)}")
        policy = write_formats(policy_blocks(), Path(tmp), "policy", (".docx",))[".docx"]
        for i in range(3):
            r = subprocess.run([py, "-c", PROBE, str(policy)], env=env, cwd=args.src, capture_output=True, text=True,
                               check=True)
            rep = json.loads(r.stdout.strip().splitlines()[-1])
            print(f"  cold policy lint {i + 1}: loaded {sum(rep['loaded'].values())} {rep['loaded']}, used "
                  f"{sum(rep['used'].values())}, compiled afresh {sum(rep['new'].values())}; then {describe(args.cache)}")
        print(f"  ({load_note()})")


def cold_ab(sides: dict[str, tuple[Path, Path]], runs: int) -> None:
    import shlex
    import shutil

    with tempfile.TemporaryDirectory(prefix="gwlint-bench-startcache-ab-") as tmp:
        files = write_formats(policy_blocks(), Path(tmp), "policy")
        cmds, caches = {}, {}
        for side, (src, cache) in sides.items():
            caches[side] = Path(tmp) / f"cache-{side}"
            shutil.copytree(cache, caches[side])
            print(f"{side}: {src}, cache {describe(caches[side])}")
            for ext, path in files.items():
                # cwd is the checkout: ``python -m`` puts it first on sys.path
                cmds[f"{side}{ext}"] = ["sh", "-c", f"cd {shlex.quote(str(src))} && exec env GWLINT_CACHE_DIR="
                                        f"{shlex.quote(str(caches[side]))} PYTHONPATH={shlex.quote(str(src))} "
                                        f"{shlex.quote(sys.executable)} -m gwlint check --no-color --exit-zero "
                                        f"{shlex.quote(str(path))}"]
        print(f"cold gwlint check, {runs} interleaved runs after 2 warm-ups, medians ({load_note()})")
        res = interleaved(cmds, runs)
        for ext in files:
            row = []
            for side in sides:
                r = res[f"{side}{ext}"]
                row.append(f"{side} {r['median'] * 1000:5.0f} ms wall, {r['cpu_median'] * 1000:4.0f} ms CPU, "
                           f"{r['rss_median']:5.1f} MB")
            print(f"  {ext:6} " + " | ".join(row))
        for side in sides:
            print(f"  {side} cache after: {describe(caches[side])}")
        print(f"  ({load_note()})")


if __name__ == "__main__":
    main()

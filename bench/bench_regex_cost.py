"""What a cold lint of the policy circular spends compiling regular expressions.

Lints the policy .docx in a new process (``lint_bytes``, in process: the
command line runs the lint in a guarded child) with ``re._compile``
wrapped: every pattern that ``re`` really compiles (its own cache misses) is
timed (CPU) and reported with where it was compiled from.  A pattern string
compiled twice with the same flags costs once: ``re`` caches by (type, pattern,
flags).  ``--runs N`` repeats the child and reports medians per pattern.

    python bench/bench_regex_cost.py [--runs 3] [--top 30]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ENV, SRC, policy_blocks, write_formats  # noqa: E402

CHILD = r"""
import json, re, sys, time, traceback
_orig = re._compile
_seen = {}
def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    cached = key in _seen or (type(pattern), pattern, flags) in getattr(re, "_cache", {})
    t0 = time.process_time()
    out = _orig(pattern, flags)
    dt = time.process_time() - t0
    if not cached and not isinstance(pattern, re.Pattern):
        where = "?"
        for fr in traceback.extract_stack()[-4::-1]:
            if "/re/" not in fr.filename and "sre_" not in fr.filename and "<frozen" not in fr.filename and "gwlint_rx" not in fr.filename:
                where = f"{fr.filename.rsplit('/gwlint/', 1)[-1]}:{fr.lineno}"
                break
        _seen[key] = (str(pattern)[:120], flags, where, dt, _big_classes(pattern, flags))
    return out
def _big_classes(pattern, flags):
    # character classes covering more than 1000 BMP code points: sre's compiler
    # fills a 64K map for them one code point at a time
    from re import _parser, _constants as C
    n = 0
    def walk(items):
        nonlocal n
        for op, av in items:
            if op is C.IN:
                if sum(hi - lo + 1 for o, (lo, hi) in ((o, a) for o, a in av if o is C.RANGE)) > 1000:
                    n += 1
            elif isinstance(av, (list, tuple)):
                for a in av:
                    if isinstance(a, _parser.SubPattern):
                        walk(a)
                    elif isinstance(a, list):
                        for b in a:
                            if isinstance(b, _parser.SubPattern):
                                walk(b)
    try:
        walk(_parser.parse(pattern, flags))
    except Exception:
        pass
    return n
re._compile = _compile
from pathlib import Path
from gwlint.api import lint_bytes
from gwlint.config import load_config
lint_bytes(Path(sys.argv[1]).read_bytes(), "policy.docx", load_config(), limits=None)
sys.stdout = sys.__stdout__
print(json.dumps([list(v) for v in _seen.values()]))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_formats(policy_blocks(), Path(tmp), "policy", (".docx",))[".docx"]
        rows = defaultdict(list)
        totals = []
        big_runs = []
        for _ in range(args.runs):
            r = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                               env=ENV, cwd=SRC, check=True)
            got = json.loads(r.stdout.strip().splitlines()[-1])
            totals.append((len(got), sum(g[3] for g in got)))
            for pat, flags, where, dt, big in got:
                rows[(pat, flags, where)].append(dt)
            big_runs.append((sum(g[4] for g in got), sum(1 for g in got if g[4]), sum(g[3] for g in got if g[4])))
    n = statistics.median(t[0] for t in totals)
    tot = statistics.median(t[1] for t in totals)
    print(f"cold lint of the policy .docx: {n:.0f} patterns compiled, {tot * 1000:.0f} ms CPU (median of {args.runs})")
    print(f"  of which {statistics.median(b[1] for b in big_runs):.0f} patterns hold "
          f"{statistics.median(b[0] for b in big_runs):.0f} classes over > 1000 code points (CJK block …): "
          f"{statistics.median(b[2] for b in big_runs) * 1000:.0f} ms")
    med = sorted(((statistics.median(v), k) for k, v in rows.items()), reverse=True)
    for dt, (pat, flags, where) in med[: args.top]:
        print(f"  {dt * 1000:6.2f} ms  {where:40} {flags:4} {pat[:70]!r}")


if __name__ == "__main__":
    main()

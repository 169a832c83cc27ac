"""Time and memory against document length, per rule (issue #16; run by hand).

Documents of 1k to 500k 汉字 are built from real sentences (bench/common.py,
one seed, so each extends the shorter ones:
the policy circular's head and tail around sentences of the policy and the
corpus; a sentence used again gets a place name in front, so that long
documents repeat no more text than real ones).  Each length runs in its own new
process, which first lints a different small document (imports, dictionary,
rule tables and patterns loaded, as in a long-running service) and then times,
on the document of that length: reading (.txt), segmenting every paragraph
once, the 公文 structure, and each rule's ``check``.  Memory: the process's
peak RSS, and its growth over the warmed-up baseline.

Per phase and rule: the log-log slope of time against length (least squares over
all lengths, and over the upper half, where fixed costs no longer hide growth).
Target: slope <= 1.1 for every rule.  By default each child lints as the guard's workers do
(gwlint.engine.own_process: warmed-up heap frozen, collector paused while the rules run);
--library as a library caller's process does, --no-gc with the collector off throughout.

    python bench/bench_scaling.py [--sizes 1000 2000 ... 500000] [--repeat 3] [--repeat-large 1] [--json out.json]

Lengths are measured in rounds (every length once, then again), so that a change
of load on a shared machine hits all lengths alike; "segment (once)" (plain
jieba over the paragraphs, linear by construction) shows how much of a slope
is the machine (cache, memory, neighbours) rather than the code.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, SRC, cjk_count, document_of_length, load_note, sentence_pool, slope  # noqa: E402

SIZES = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000]

CHILD = r"""
import json, resource, sys, time
from gwlint.api import lint_path
from gwlint.config import load_config
from gwlint.context import LintContext
from gwlint.readers import read_path
from gwlint.rules import all_rules
from gwlint.segment import document_tokens

clock = time.process_time  # CPU time: steadier than wall time on a shared machine
warm, target = sys.argv[1], sys.argv[2]
if "calls" in sys.argv[3:]:  # count function calls instead: the work itself, blind to the machine
    import cProfile, pstats

    class Calls:
        def __init__(self):
            self.prof = None

        def __call__(self):
            if self.prof is None:
                self.prof = cProfile.Profile()
                self.prof.enable()
                return 0
            self.prof.disable()
            n, self.prof = pstats.Stats(self.prof).total_calls, None
            return n

    clock = Calls()
cfg = load_config()
lint_path(warm, cfg, limits=None)  # in this process: its imports, tables, patterns
try:
    from gwlint.engine import collector_paused, own_process
except ImportError:  # a checkout from before the collector was scheduled (GWLINT_BENCH_SRC)
    import contextlib

    collector_paused, own_process = contextlib.nullcontext, None
if own_process is not None and "library" not in sys.argv[3:] and "nogc" not in sys.argv[3:]:
    own_process()  # as in the guard's workers, where the command line, the audit and the service lint
if "nogc" in sys.argv[3:]:  # tell garbage-collector passes over a growing heap apart from the code's own cost
    import gc

    gc.collect()
    gc.freeze()
    gc.disable()
base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out = {}
t = clock(); doc = read_path(target); out["read"] = clock() - t
from gwlint.segment import tokenizer
tk = tokenizer()
t = clock()
for p in doc.paragraphs:
    list(tk.tokenize(p.text, HMM=False))
out["segment (once)"] = clock() - t
memo = document_tokens()  # as the engine lints: each text segmented once per document
memo.__enter__()
paused = collector_paused()  # as lint_document runs the rules
paused.__enter__()
ctx = LintContext(doc, cfg)
t = clock(); ctx.gw; out["structure"] = clock() - t
findings = 0
for rule_cls in all_rules():
    if rule_cls.engine_only or not cfg.enabled(rule_cls.code, target):
        continue
    t = clock()
    findings += len(list(rule_cls().check(ctx)))
    out[rule_cls.code] = clock() - t
paused.__exit__(None, None, None)
memo.__exit__(None, None, None)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"times": out, "findings": findings, "rss_peak": peak, "rss_base": base_rss}))
"""


def measure(warm: Path, target: Path, calls: bool = False, nogc: bool = False, library: bool = False) -> dict:
    flags = (["calls"] if calls else []) + (["nogc"] if nogc else []) + (["library"] if library else [])
    r = subprocess.run([sys.executable, "-c", CHILD, str(warm), str(target), *flags],
                       capture_output=True, env=ENV,
                       cwd=SRC, timeout=3600)
    if r.returncode != 0:
        sys.exit(f"child failed on {target.name}:\n{r.stderr.decode()[-3000:]}")
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    ap.add_argument("--repeat", type=int, default=3, help="runs per length below 100k 字 (median)")
    ap.add_argument("--repeat-large", type=int, default=1, help="runs per length from 100k 字 (median)")
    ap.add_argument("--json", type=Path, help="write the raw measurements here")
    ap.add_argument("--top", type=int, default=12, help="rows of the per-rule table (costliest at the top size)")
    ap.add_argument("--calls", action="store_true",
                    help="also count function calls per phase (one more run per length, under cProfile): the "
                         "slope of the work itself, which a busy machine cannot blur")
    ap.add_argument("--no-gc", action="store_true",
                    help="freeze the warmed-up heap and switch the garbage collector off while timing: a slope "
                         "that drops to ~1 is collector passes over a growing heap, not the code")
    ap.add_argument("--library", action="store_true",
                    help="lint as a library caller's process does (collector as the caller left it) instead of "
                         "as the guard's workers do (warmed-up heap frozen, collector paused during the rules)")
    args = ap.parse_args()
    from gwlint.docgen import plain_text

    pool = sentence_pool()
    # GW401 reads every sentence of a document that announces a research visit and only
    # the paragraphs about one otherwise: the visit is in the text at every length, or
    # its slope measures where the pool first offers such a sentence, not the rule's cost
    lead = next(s for s in pool if re.search(r"(?:赴|到|深入)[^。；，]{0,30}?调研", s))
    rows = {}
    with tempfile.TemporaryDirectory(prefix="gwlint-bench-scaling-") as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(plain_text(document_of_length(3000, seed=99, pool=pool)), encoding="utf-8")
        paths = {}
        for n in args.sizes:
            paths[n] = Path(tmp) / f"doc-{n}.txt"
            paths[n].write_text(plain_text(document_of_length(n, seed=0, pool=pool, lead=lead)), encoding="utf-8")
        # rounds over all lengths (not all runs of one length, then the next): a
        # change of the machine's load then hits every length alike
        runs: dict[int, list[dict]] = {n: [] for n in args.sizes}
        for r in range(max(args.repeat, args.repeat_large)):
            for n in args.sizes:
                if r < (args.repeat if n < 100_000 else args.repeat_large):
                    runs[n].append(measure(warm, paths[n], nogc=args.no_gc, library=args.library))
        counts = {n: measure(warm, paths[n], calls=True, nogc=args.no_gc, library=args.library)["times"] for n in args.sizes} if args.calls else {}
        for n in args.sizes:
            chars = cjk_count(paths[n].read_text(encoding="utf-8"))
            times = {k: statistics.median(r["times"][k] for r in runs[n]) for k in runs[n][0]["times"]}
            rows[n] = {"chars": chars, "times": times, "rss_peak": statistics.median(r["rss_peak"] for r in runs[n]),
                       "rss_base": statistics.median(r["rss_base"] for r in runs[n]), "findings": runs[n][0]["findings"],
                       "runs": len(runs[n]), "calls": counts.get(n)}
            total = sum(v for k, v in times.items() if k != "segment (once)")
            print(f"{chars:>7} 字: total {total * 1000:8.0f} ms CPU ({total / chars * 1e6:6.1f} µs/字), peak RSS "
                  f"{rows[n]['rss_peak']:6.1f} MB (+{rows[n]['rss_peak'] - rows[n]['rss_base']:.1f} MB over the "
                  f"warmed-up process), {rows[n]['findings']} findings, {len(runs[n])} runs", flush=True)
    sizes = list(rows)
    xs = [rows[n]["chars"] for n in sizes]
    upper = [i for i, n in enumerate(sizes) if n >= sizes[len(sizes) // 2]]
    phases = list(rows[sizes[0]]["times"])
    big = sizes[-1]
    print(f"\nCPU time per phase/rule{' (garbage collector off)' if args.no_gc else ' (collector as a library caller left it)' if args.library else ' (collector as in the guard workers)'}, log-log slope over {xs[0]}–{xs[-1]} 字 (all) and over the upper half "
          f"(>= {xs[upper[0]]} 字); {load_note()}")
    print(f"{'phase':16} {'ms @' + str(xs[0]):>10} {'ms @' + str(xs[-1]):>12} {'µs/字 @top':>10} {'slope':>6} "
          f"{'upper':>6}" + (f" {'calls':>6} {'upper':>6}  (slope of function calls)" if args.calls else ""))
    totals = [sum(v for k, v in rows[n]["times"].items() if k != "segment (once)") for n in sizes]
    ranked = sorted(phases, key=lambda k: -rows[big]["times"][k])
    for k in ranked[: args.top] + ["total"]:
        ys = totals if k == "total" else [max(rows[n]["times"][k], 1e-6) for n in sizes]
        s_all = slope(xs, ys)
        s_up = slope([xs[i] for i in upper], [ys[i] for i in upper])
        flag = "  <-- > 1.1" if max(s_all, s_up) > 1.1 and ys[-1] > 0.05 else ""
        counted = ""
        if args.calls:
            cs = [sum(v for p, v in counts[n].items() if p != "segment (once)") if k == "total"
                  else max(counts[n][k], 1) for n in sizes]
            counted = f" {slope(xs, cs):6.2f} {slope([xs[i] for i in upper], [cs[i] for i in upper]):6.2f}"
        print(f"{k:16} {ys[0] * 1000:10.1f} {ys[-1] * 1000:12.0f} {ys[-1] / xs[-1] * 1e6:10.2f} {s_all:6.2f} "
              f"{s_up:6.2f}{counted}{flag}")
    rest = [k for k in ranked[args.top:]]
    if rest:
        print(f"(+{len(rest)} cheaper: {', '.join(rest)})")
    mem = [rows[n]["rss_peak"] - rows[n]["rss_base"] for n in sizes]
    print(f"memory: growth over the warmed-up process {mem[0]:.1f} → {mem[-1]:.1f} MB "
          f"({mem[-1] / xs[-1] * 1e3:.2f} KB/字 at the top); upper-half slope "
          f"{slope([xs[i] for i in upper], [max(mem[i], 0.1) for i in upper]):.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Load benchmark of ``gwlint serve`` (issue 18; run by hand, never in tests).

Starts the server on a free loopback port and sends a bounded number of
requests from this machine only:

1. the 6k-字 policy circular (赣府发〔2019〕3号 rendered as .docx by gwlint.docgen)
   at concurrency 1, interleaved with a warm in-process ``gwlint.lint_bytes``
   of the same bytes: medians of both (target: HTTP p50 ≤ 1.5 × in-process);
2. a mix of sample drafts (.docx/.pdf/.txt and the policy .docx) at concurrency
   1, 4 and 16: p50/p99 latency, requests/s, errors (must be 0);
3. memory: resident size (RSS, and PSS which counts shared pages once) of the
   server and all its worker processes before and after a soak of 1,000 requests.

    python bench/bench_serve.py [--workers 2] [--soak 1000] [--policy FILE.txt]

Numbers depend on what else runs on the machine; take medians over runs.

Measured 2026-12-03, 2 workers, on 2 cores shared with other sessions (load
average about 10, so absolute times are inflated; medians):

* policy .docx (44 KB, 6k 字), 15 interleaved runs: in-process ``lint_bytes``
  459 ms, HTTP ``/v1/check`` at concurrency 1 484 ms (p99 1061 ms): ratio 1.05;
* the mix (policy .docx, three sample .docx, two .pdf, a .txt), errors 0:
  concurrency 1: p50 366 ms, p99 800 ms, 2.8 req/s; 4: p50 1377 ms, p99 2896 ms,
  2.8 req/s; 16: p50 5908 ms, p99 10817 ms, 2.6 req/s (two cores: requests queue);
* memory (server, forkserver, resource tracker, 2 workers): RSS 437 MiB before,
  444 / 445 / 466 / 450 MiB after 250 / 500 / 750 / 1,000 requests (PSS 380 →
  393 MiB), errors 0: no growth beyond noise.  A worker is about 180 MiB RSS,
  the server process 55 MiB.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
POLICY_CANDIDATES = [REPO / "tests" / "corpus" / "policy" / "ganfufa-2019-3.txt",
                     REPO.parent / "shared" / "policy" / "ganfufa-2019-3.txt",
                     Path("/work/shared/policy/ganfufa-2019-3.txt")]
SAMPLES = ["dept-directive.docx", "issue-policy-notice.pdf", "clean-notice.txt", "overlong-office-circular.docx",
           "clean-notice.pdf"]


# ------------------------------------------------------------------ inputs
def policy_docx(path: Path | None) -> bytes:
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    src = path or next((p for p in POLICY_CANDIDATES if p.exists()), None)
    if src is None:
        sys.exit("policy text not found: pass --policy ganfufa-2019-3.txt")
    buf = io.BytesIO()
    write_docx(parse_marked(src.read_text(encoding="utf-8")), buf)
    return buf.getvalue()


# ------------------------------------------------------------------ the server
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(workers: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    fh = open(log, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "gwlint", "serve", "--port", str(port), "--workers", str(workers)],
                            stdout=fh, stderr=subprocess.STDOUT, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    t0 = time.monotonic()
    while time.monotonic() - t0 < 180:
        if proc.poll() is not None:
            sys.exit(f"server exited: {log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                print(f"server ready in {time.monotonic() - t0:.1f} s (pid {proc.pid}, {workers} workers)")
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("server did not start")


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def memory(pid: int) -> tuple[int, float, float]:
    """(processes, RSS MiB, PSS MiB) of ``pid`` and all its descendants."""
    rss = pss = 0
    procs = descendants(pid)
    for p in procs:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return len(procs), rss / 1024, pss / 1024


# ------------------------------------------------------------------ requests
_local = threading.local()


def post(url: str, name: str, data: bytes) -> tuple[float, int]:
    import httpx

    client = getattr(_local, "client", None)
    if client is None:
        client = _local.client = httpx.Client(timeout=300)
    t = time.perf_counter()
    r = client.post(url + "/v1/check", files={"file": (name, data)})
    ok = r.status_code == 200 and "findings" in r.json()
    return time.perf_counter() - t, 0 if ok else 1


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


def load(url: str, docs: list[tuple[str, bytes]], concurrency: int, n: int) -> dict:
    jobs = [docs[i % len(docs)] for i in range(n)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as ex:
        results = list(ex.map(lambda d: post(url, *d), jobs))
    wall = time.perf_counter() - t0
    lat = [r[0] for r in results]
    return {"n": n, "errors": sum(r[1] for r in results), "p50": pct(lat, 0.5), "p99": pct(lat, 0.99),
            "rps": n / wall, "wall": wall}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--runs", type=int, default=15, help="interleaved policy runs (HTTP and in-process)")
    ap.add_argument("--soak", type=int, default=1000)
    ap.add_argument("--policy", type=Path)
    args = ap.parse_args()

    from gwlint.api import lint_bytes
    from gwlint.config import Config

    policy = policy_docx(args.policy)
    docs = [("ganfufa-2019-3.docx", policy)] + [(n, (REPO / "sample_docs" / n).read_bytes()) for n in SAMPLES]
    print(f"machine: {os.cpu_count()} cores (shared with other work: figures are medians)")
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-serve-{os.getpid()}.log"
    proc, url = start(args.workers, log)
    try:
        # 1. policy .docx, concurrency 1, interleaved with warm in-process lint_bytes
        cfg = Config()
        for _ in range(3):
            lint_bytes(policy, "ganfufa-2019-3.docx", cfg)
            post(url, "ganfufa-2019-3.docx", policy)
        local, http, errors = [], [], 0
        for _ in range(args.runs):
            t = time.perf_counter()
            lint_bytes(policy, "ganfufa-2019-3.docx", cfg)
            local.append(time.perf_counter() - t)
            s, e = post(url, "ganfufa-2019-3.docx", policy)
            http.append(s)
            errors += e
        ratio = statistics.median(http) / statistics.median(local)
        print(f"\npolicy .docx ({len(policy) // 1024} KB), {args.runs} interleaved runs:")
        print(f"  in-process lint_bytes  median {statistics.median(local) * 1000:7.1f} ms")
        print(f"  HTTP /v1/check c=1     median {statistics.median(http) * 1000:7.1f} ms  p99 {pct(http, .99) * 1000:.1f} ms"
              f"  errors {errors}")
        print(f"  ratio {ratio:.2f} (target ≤ 1.5) {'OK' if ratio <= 1.5 else 'MISSED'}")

        # 2. a mix at concurrency 1, 4, 16
        print("\nmix of", ", ".join(n for n, _ in docs))
        print(f"  {'conc':>4} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>6}")
        for c, n in ((1, 36), (4, 96), (16, 192)):
            r = load(url, docs, c, n)
            print(f"  {c:>4} {r['n']:>8} {r['errors']:>6} {r['p50'] * 1000:>8.0f} {r['p99'] * 1000:>8.0f} {r['rps']:>6.2f}")

        # 3. memory over a soak of small and large drafts
        n0, rss0, pss0 = memory(proc.pid)
        print(f"\nmemory before soak: {n0} processes, RSS {rss0:.0f} MiB, PSS {pss0:.0f} MiB")
        quarter = max(1, args.soak // 4)
        total_err = 0
        for k in range(4):
            r = load(url, docs, 4, quarter)
            total_err += r["errors"]
            n, rss, pss = memory(proc.pid)
            print(f"  after {(k + 1) * quarter:>5} requests: {n} processes, RSS {rss:.0f} MiB, PSS {pss:.0f} MiB, "
                  f"{r['rps']:.2f} req/s, errors {r['errors']}")
        print(f"soak errors: {total_err}")
        for p in descendants(proc.pid):
            try:
                with open(f"/proc/{p}/cmdline", "rb") as fh:
                    cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")[:70]
                with open(f"/proc/{p}/smaps_rollup") as fh:
                    rss = next(int(x.split()[1]) for x in fh if x.startswith("Rss:"))
                print(f"  pid {p:>7}  RSS {rss / 1024:6.0f} MiB  {cmd}")
            except (OSError, StopIteration):
                pass
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()

"""Cost of applying fixes against linting alone (run by hand, never in tests).

A circular of ``--paragraphs`` body paragraphs, each with three half-width
commas (GW801, safe) and a 截止 (GW803, unsafe), as .txt and .docx.  In one warm
process, interleaved, ``--runs`` times each, medians:

* lint only (``lint_bytes``);
* ``--fix`` on the text (``fix_text_bytes``), safe and with unsafe fixes;
* ``--fix-docx`` (``revise_bytes``), safe and with unsafe fixes, and with comments.

Fixing is lint → apply → lint again until nothing applies, so about two to
three lints per file is the expected cost; the Word revisions themselves
(runs split, ``w:del``/``w:ins`` written, the package saved and read back)
should add little on top.

    python bench/bench_fix.py [--paragraphs 60] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=60)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from gwlint.api import lint_bytes
    from gwlint.config import load_config
    from gwlint.fixes import fix_text_bytes
    from gwlint.revise import revise_bytes
    from tests.drafts import render_draft

    body = [f"第{i}项工作,各地要组织农技人员深入田间地头开展指导服务,及时解决困难和问题,请于截止3月{i % 28 + 1}日前报告进展。"
            for i in range(1, args.paragraphs + 1)]
    source = "\n".join(["@issuer_mark 江西省农业农村厅文件", "@doc_number 赣农字〔2026〕8号",
                        "@title 江西省农业农村厅关于抓好春耕生产工作的通知", "@recipients 各设区市农业农村局：",
                        *body, "@signature 江西省农业农村厅", "@date 2026年2月10日"]) + "\n"
    cfg = load_config()
    with tempfile.TemporaryDirectory() as tmp:
        txt = render_draft(source, "txt", Path(tmp)).read_bytes()
        docx = render_draft(source, "docx", Path(tmp)).read_bytes()
    lint_bytes(txt, "warm.txt", cfg)  # jieba and the rules loaded once

    jobs = {
        "lint .txt": lambda: lint_bytes(txt, "d.txt", cfg),
        "lint .docx": lambda: lint_bytes(docx, "d.docx", cfg),
        "--fix .txt": lambda: fix_text_bytes(txt, "d.txt", cfg),
        "--fix --unsafe-fixes .txt": lambda: fix_text_bytes(txt, "d.txt", cfg, unsafe=True),
        "--fix-docx": lambda: revise_bytes(docx, "d.docx", cfg),
        "--fix-docx --unsafe-fixes": lambda: revise_bytes(docx, "d.docx", cfg, unsafe=True),
        "--fix-docx + --annotate": lambda: revise_bytes(docx, "d.docx", cfg, annotate=True),
    }
    times: dict[str, list[float]] = {k: [] for k in jobs}
    for _ in range(args.runs):
        for name, job in jobs.items():
            t = time.perf_counter()
            job()
            times[name].append(time.perf_counter() - t)
    base = {".txt": statistics.median(times["lint .txt"]), ".docx": statistics.median(times["lint .docx"])}
    print(f"{args.paragraphs} paragraphs, {3 * args.paragraphs} half-width commas, median of {args.runs}")
    for name, ts in times.items():
        m = statistics.median(ts)
        ref = base[".docx"] if "docx" in name else base[".txt"]
        print(f"  {name:<28} {m * 1000:8.0f} ms   {m / ref:5.2f}× lint")


if __name__ == "__main__":
    main()

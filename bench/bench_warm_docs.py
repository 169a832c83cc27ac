"""Warm per-rule cost on real documents of different shapes (issue 16).

    python bench/bench_warm_docs.py [--runs 7]

For each document: ``lint_bytes`` CPU time (in-process, no guard, inside the
engine's per-document memo) against python-docx open + jieba segmentation of the
same paragraphs (for a .pdf: pdfplumber text extraction + segmentation), and
where the time goes, rule by rule (the first rule that asks for a shared fact
pays for it).  Every run gets new text (a place name in front of each body
sentence), so no cache has seen it.  Documents:

- the policy circular (~6k 字, headings and measures);
- a long 意见 (``tests/corpus/local/jxgov-011.txt``) with a 责任分工 table
  built from its own numbered measures;
- a short 通知 (``jxgov-015.txt``, an appointment notice);
- a typeset PDF (``tests/corpus/govdoc-cn/397.pdf``: the same file each run,
  text is read anew since the engine keeps nothing between documents).
"""
from __future__ import annotations

import argparse
import io
import re
import statistics
import tempfile
import time
from pathlib import Path

from common import CORPUS, policy_blocks, rule_breakdown, varied, write_formats

clock = time.process_time


def corpus_blocks(name: str, table: bool = False):
    from gwlint.docgen import Block

    lines = [ln.strip() for ln in (CORPUS / "local" / name).read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    blocks = [Block("title", lines[0])]
    heads = []
    for ln in lines[1:]:
        if re.match(r"^[一二三四五六七八九十]+、", ln):
            blocks.append(Block("heading1", ln))
        elif re.match(r"^（[一二三四五六七八九十]+）", ln):
            blocks.append(Block("body", ln))
            heads.append(re.split(r"[。，]", ln)[0])
        elif re.match(r"^\d{4}年\d{1,2}月\d{1,2}日$", ln):
            blocks.append(Block("date", ln))
        else:
            blocks.append(Block("body", ln))
    if table and heads:
        units = ["省发展改革委", "省商务厅", "省科技厅", "省财政厅", "省自然资源厅"]
        rows = [["序号", "工作任务", "责任单位"]] + [
            [str(k + 1), h, units[k % len(units)]] for k, h in enumerate(heads)]
        blocks.append(Block("body", "附件：重点任务分工表"))
        blocks.append(Block("table", rows=rows))
    return blocks


def floor_docx(data: bytes) -> None:
    import docx

    from gwlint.segment import tokenizer

    tk = tokenizer()
    d = docx.Document(io.BytesIO(data))
    for p in d.paragraphs:
        list(tk.tokenize(p.text, HMM=False))
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                list(tk.tokenize(c.text, HMM=False))


def floor_pdf(data: bytes) -> None:
    import pdfplumber

    from gwlint.segment import tokenizer

    tk = tokenizer()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for line in (page.extract_text() or "").splitlines():
                list(tk.tokenize(line, HMM=False))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from gwlint.api import lint_bytes
    from gwlint.config import load_config

    cfg = load_config()
    dest = Path(tempfile.mkdtemp(prefix="gwlint-bench-warm-"))
    docs = {
        "policy circular .docx": lambda i: policy_blocks(),
        "long 意见 + table .docx": lambda i: corpus_blocks("jxgov-011.txt", table=True),
        "short 通知 .docx": lambda i: corpus_blocks("jxgov-015.txt"),
    }
    for label, make in docs.items():
        datas = [write_formats(varied(make(i), i), dest, f"w{i}", (".docx",))[".docx"].read_bytes()
                 for i in range(args.runs + 2)]
        report(label, datas, "doc.docx", floor_docx, lint_bytes, cfg)
    pdf = (CORPUS / "govdoc-cn" / "397.pdf").read_bytes()
    report("typeset .pdf (govdoc-cn/397)", [pdf] * (args.runs + 2), "doc.pdf", floor_pdf, lint_bytes, cfg)


def report(label, datas, name, floor, lint_bytes, cfg) -> None:
    for data in datas[:2]:
        lint_bytes(data, name, cfg, limits=None)
    lint_t, floor_t, parts = [], [], {}
    for data in datas[2:]:  # interleaved: floor, lint, breakdown
        t = clock()
        floor(data)
        floor_t.append(clock() - t)
        t = clock()
        lint_bytes(data, name, cfg, limits=None)
        lint_t.append(clock() - t)
        rule_breakdown(data, name, cfg, parts)
    lm, fm = statistics.median(lint_t), statistics.median(floor_t)
    med = sorted(((statistics.median(v), k) for k, v in parts.items()), reverse=True)
    print(f"{label}: lint_bytes {lm * 1000:.0f} ms, floor {fm * 1000:.0f} ms, ratio {lm / fm:.2f}; "
          + ", ".join(f"{k} {m * 1000:.0f}" for m, k in med[:8])
          + f", {len(med) - 8} more {sum(m for m, _ in med[8:]) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

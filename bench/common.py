"""Shared pieces of the benchmarks in ``bench/`` (run by hand, never in tests).

- the policy circular (``tests/corpus/policy/ganfufa-2019-3.txt``) as 公文 blocks and
  as .docx/.pdf/.txt written by :mod:`gwlint.docgen`, as ``sample_docs`` are;
- documents of any length built from real sentences (policy and corpus);
- interleaved timing of commands in new processes, with each child's peak RSS;
- medians and log-log slopes.

The machine these numbers come from may be shared: every comparison runs its
sides interleaved (A B A B …) and reports medians, so that load drifts hit both
sides alike.  Rerun on a quiet machine for figures to quote.
"""
from __future__ import annotations

import math
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"  # vendored real documents, with provenance
POLICY = CORPUS / "policy" / "ganfufa-2019-3.txt"
# GWLINT_BENCH_SRC=/path/to/other/checkout measures that checkout's gwlint (before/after)
SRC = Path(os.environ.get("GWLINT_BENCH_SRC") or REPO).resolve()
sys.path.insert(0, str(SRC))

# An installed package has its bytecode; measure that case even where the shell
# sets PYTHONDONTWRITEBYTECODE.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in [os.environ.get("PYTHONPATH")] if p])

_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")
# sentences that would end the 正文 where they stand (附件 note, 版记, 此页无正文)
_NOT_BODY = re.compile(r"^\s*(附件|附：|抄送|主送|联系人|（此件|此页)|抄送：|印发|\d{4}年\d{1,2}月\d{1,2}日$")


def policy_text() -> str:
    if not POLICY.exists():
        sys.exit(f"policy text not found: {POLICY}")
    return POLICY.read_text(encoding="utf-8")


def policy_blocks(text: str | None = None):
    """The circular as docgen blocks: 发文字号, 标题, 主送, 正文 with its headings,
    署名, 成文日期 (the first line of the file is its web source, dropped; so is
    the site's trailing QR-code note)."""
    from gwlint.docgen import Block

    lines = [ln.strip() for ln in (text or policy_text()).splitlines() if ln.strip()]
    lines = [ln for ln in lines[1:] if "二维码" not in ln]
    blocks = [Block("title", lines[0]), Block("doc_number", lines[1]), Block("recipients", lines[2])]
    for ln in lines[3:]:
        if _DATE.match(ln):
            role = "date"
        elif ln.endswith("人民政府") and len(ln) <= 12:
            role = "signature"
        elif _HEADING.match(ln):
            role = "heading1"
        else:
            role = "body"
        blocks.append(Block(role, ln))
    return blocks


def write_formats(blocks, dest: Path, stem: str, formats=(".docx", ".pdf", ".txt")) -> dict[str, Path]:
    from gwlint.docgen import plain_text

    dest.mkdir(parents=True, exist_ok=True)
    out = {}
    for ext in formats:
        path = dest / f"{stem}{ext}"
        if ext == ".txt":
            path.write_text(plain_text(blocks), encoding="utf-8")
        elif ext == ".docx":
            from gwlint.docgen.docx import write_docx

            write_docx(blocks, path)
        elif ext == ".pdf":
            from gwlint.docgen.pdf import write_pdf

            write_pdf(blocks, path)
        out[ext] = path
    return out


def cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


# Place names that vary repeated sentences, so that a long document has no more
# repeated text than a real one (repeats would hit the tokenizer's caches).
_PLACES = ("南昌市 九江市 景德镇市 萍乡市 新余市 鹰潭市 赣州市 吉安市 宜春市 抚州市 上饶市 南昌县 进贤县 安义县 "
           "修水县 武宁县 永修县 德安县 都昌县 湖口县 彭泽县 浮梁县 乐平市 莲花县 上栗县 芦溪县 分宜县 余江区 "
           "贵溪市 信丰县 大余县 上犹县 崇义县 安远县 龙南市 定南县 全南县 宁都县 于都县 兴国县 会昌县 寻乌县 "
           "石城县 瑞金市 吉水县 峡江县 新干县 永丰县 泰和县 遂川县 万安县 安福县 永新县 井冈山市 奉新县 "
           "万载县 上高县 宜丰县 靖安县 铜鼓县 丰城市 樟树市 高安市 南城县 黎川县 南丰县 崇仁县 乐安县 "
           "宜黄县 金溪县 资溪县 广昌县 玉山县 铅山县 横峰县 弋阳县 余干县 鄱阳县 万年县 婺源县 德兴市").split()


def varied(blocks, variant: int):
    """The same draft with every body sentence given a place name in front (a
    different one per ``variant``): new text for every cache, same structure."""
    from gwlint.docgen import Block

    out, k = [], 0
    for b in blocks:
        if b.role != "body":
            out.append(b)
            continue
        parts = _SENTENCE.findall(b.text)
        rest = b.text[sum(map(len, parts)):]
        text = ""
        for s in parts:
            text += _PLACES[(variant * 7 + k) % len(_PLACES)] + s
            k += 1
        out.append(Block("body", text + rest))
    return out


def sentence_pool(extra_corpus: bool = True) -> list[str]:
    """Distinct real sentences: the policy's, then the corpus's (if present)."""
    texts = [policy_text()]
    if extra_corpus:
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt")) if p.parent.name != "policy"]
    seen, pool = set(), []
    for t in texts:
        for s in _SENTENCE.findall(t.replace("\n", "")):
            s = s.strip()
            if 8 <= len(s) <= 300 and s not in seen and not _NOT_BODY.search(s):
                seen.add(s)
                pool.append(s)
    return pool


def document_of_length(n_chars: int, seed: int = 0, pool: list[str] | None = None, lead: str | None = None):
    """Blocks of a 公文 of about ``n_chars`` 汉字: the policy's head and tail around
    a body of real sentences (3–6 a paragraph, a heading every 8 paragraphs);
    a sentence used again gets a place name in front, so texts rarely repeat.
    With one seed, a longer document extends a shorter one (same beginning).
    ``lead`` opens the first paragraph: what must be in the text at every length
    (a sentence that changes how a rule reads the whole document)."""
    from gwlint.docgen import Block

    rnd = random.Random(seed)
    pool = pool or sentence_pool()
    head = policy_blocks()
    blocks = head[:3]
    tail = [b for b in head if b.role in ("signature", "date")]
    used = sum(cjk_count(b.text) for b in blocks + tail)
    order = list(range(len(pool)))
    rnd.shuffle(order)
    k, rounds, paras, chinese = 0, 0, 0, "一二三四五六七八九十"
    while used < n_chars:
        if paras % 8 == 0:
            n = paras // 8 % 99 + 1
            label = (chinese[n // 10 - 1] if n >= 20 else "") + ("十" if n >= 10 else "") + (chinese[n % 10 - 1] if n % 10 else "")
            text = f"{label}、{'加强组织领导和统筹协调' if n % 2 else '明确工作目标和重点任务'}"
            blocks.append(Block("heading1", text))
            used += cjk_count(text)
        sents = [lead] if lead and paras == 0 else []
        for _ in range(rnd.randint(3, 6)):
            s = pool[order[k]]
            if rounds:
                s = _PLACES[(rounds * 7 + k) % len(_PLACES)] + s
            sents.append(s)
            k += 1
            if k == len(order):
                k, rounds = 0, rounds + 1
                rnd.shuffle(order)
        text = "".join(sents)
        blocks.append(Block("body", text))
        used += cjk_count(text)
        paras += 1
    return blocks + tail


# --------------------------------------------------------------------------- timing


def run_child(cmd: list[str], *, env=None, cwd=None) -> tuple[float, float, int, float]:
    """Run a command in a new process: (wall seconds, peak RSS in MB, exit code,
    CPU seconds).  CPU time (user + system) is far less disturbed than wall time
    by other processes competing for the cores: compare both."""
    t = time.perf_counter()
    # cwd: ``python -m gwlint`` puts it first on sys.path, so it must be the checkout measured
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV,
                            cwd=cwd or SRC)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def interleaved(commands: dict[str, list[str]], runs: int, warmup: int = 2) -> dict[str, dict]:
    """Each command ``runs`` times, interleaved; per command the median wall and
    CPU time, the median peak RSS and all times (s)."""
    for _ in range(warmup):  # caches: gwlint's dictionary, jieba's, the OS page cache, .pyc
        for cmd in commands.values():
            run_child(cmd)
    res = {name: {"times": [], "cpu": [], "rss": [], "codes": set()} for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            t, rss, code, cpu = run_child(cmd)
            res[name]["times"].append(t)
            res[name]["cpu"].append(cpu)
            res[name]["rss"].append(rss)
            res[name]["codes"].add(code)
    for r in res.values():
        r["median"] = statistics.median(r["times"])
        r["cpu_median"] = statistics.median(r["cpu"])
        r["rss_median"] = statistics.median(r["rss"])
    return res


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-9)) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / den if den else float("nan")


def load_note() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f"; {os.cpu_count()} CPUs"


def rule_breakdown(data: bytes, name: str, cfg, parts: dict, read_label: str = "read") -> None:
    """CPU time of reading ``data``, recognising its structure and each enabled rule, in the
    engine's order inside one per-document memo (the first rule that asks for a shared fact pays
    for it), appended to ``parts`` (label -> list of seconds)."""
    from gwlint.context import LintContext
    from gwlint.readers import read_bytes
    from gwlint.rules import all_rules
    from gwlint.segment import document_tokens

    clock = time.process_time
    with document_tokens():
        t = clock()
        doc = read_bytes(data, name)
        parts.setdefault(read_label, []).append(clock() - t)
        ctx = LintContext(doc, cfg)
        t = clock()
        ctx.gw
        parts.setdefault("structure", []).append(clock() - t)
        for rule_cls in all_rules():
            if rule_cls.engine_only or not cfg.enabled(rule_cls.code, name):
                continue
            t = clock()
            list(rule_cls().check(ctx))
            parts.setdefault(rule_cls.code, []).append(clock() - t)

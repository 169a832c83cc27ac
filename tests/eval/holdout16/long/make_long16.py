"""Assemble the long drafts of holdout16 part B (ho16b) from the hand-written parts in docs_long16.py.

Each measure (title, text, responsible units) is written by hand; the script joins them into numbered
paragraphs in a fixed order and appends, in turn, one sentence from the document's own hand-written
pool of supplementary sentences (so that the text reaches its length).  字数 is counted as rules.md says:
标题 to 成文日期 plus attachments; each CJK character and full-width mark 1, each run of Latin letters
or digits 1, whitespace 0; 版头 (发文字号) excluded.  Run: python3 make_long16.py (writes *.gw beside it).
"""
from __future__ import annotations

import pathlib
import re

from docs_long16 import DOCS

CN = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


def count_zi(text: str) -> int:
    text = re.sub(r"\s+", "", text)
    return len(re.sub(r"[A-Za-z0-9.]+", "x", text))


def build(doc: dict) -> tuple[str, int]:
    pool = list(doc.get("pool", []))
    lines: list[str] = []       # marked lines
    counted: list[str] = []     # text counted for 字数
    for c in doc["comments"]:
        lines.append("# " + c)
    lines.append("@doc_number " + doc["doc_number"])
    lines.append("@title " + doc["title"]); counted.append(doc["title"])
    lines.append("@recipients " + doc["recipients"]); counted.append(doc["recipients"])
    for p in doc["intro"]:
        lines.append(p); counted.append(p)
    carried: list[str] = []
    if doc.get("carried_title"):
        for role, t in doc["tail"]:
            lines.append(f"@{role} {t}"); counted.append(t)
        lines.append(doc["carried_title"]); counted.append(doc["carried_title"]); carried.append(doc["carried_title"])
        for p in doc.get("carried_intro", []):
            lines.append(p); counted.append(p); carried.append(p)
    k = 0
    for i, (h1, items) in enumerate(doc["sections"], 1):
        head = f"{cn_num(i)}、{h1}"
        lines.append("@heading1 " + head); counted.append(head)
        for j, item in enumerate(items, 1):
            if isinstance(item, str):          # a plain paragraph under the heading
                lines.append(item); counted.append(item); carried.append(item); continue
            title, text, unit = item
            para = f"（{cn_num(j)}）{title}。{text}"
            for _ in range(doc.get("pad_n", 1) if pool else 0):
                para += pool[k % len(pool)]; k += 1
            if unit:
                para += f"（{doc.get('unit_word', '责任单位')}：{unit}）"
            lines.append(para); counted.append(para); carried.append(para)
        if False:
            pass
    for p in doc.get("closing", []):
        tag = "@heading1 " if re.match(r"^[一二三四五六七八九十]+、\S{1,10}$", p) else ""
        lines.append(tag + p); counted.append(p); carried.append(p)
    if not doc.get("carried_title"):
        for role, t in doc["tail"]:
            lines.append(f"@{role} {t}")
            if role not in ("note", "cc", "printer"):
                counted.append(t)
    for role, t in doc.get("after", []):
        lines.append(f"@{role} {t}" if role != "body" else t)
        if role not in ("note", "cc", "printer"):
            counted.append(t); carried.append(t)
    n = sum(count_zi(t) for t in counted)
    nc = sum(count_zi(t) for t in carried) if doc.get("carried_title") else 0
    out = "\n".join(lines) + "\n"
    out = out.replace("{ZI}", str(n)).replace("{ZI_CARRIED}", str(nc))
    return out, (n, nc)


if __name__ == "__main__":
    here = pathlib.Path(__file__).parent
    for name, doc in DOCS.items():
        text, n = build(doc)
        (here / f"{name}.gw").write_text(text)
        print(name, n, "字")

"""Build the long drafts of holdout14/long/ (written by ho14b, issue 15, round 14).

Every measure below (title, three actions, target, responsible units) is hand-written for its document;
the script only joins them into paragraphs with a few connective sentences, adds the frame lines and
counts 字 the way rules.md says for GW101 (each CJK character and full-width punctuation mark 1, each run
of Latin letters/digits 1, whitespace 0, 标题 through 成文日期 plus attachments; 版头 and 版记 excluded).
Run: python3 make_ho14b.py  (rewrites the .gw files beside it)
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
OPENERS = ["这项工作涉及面广、群众关注度高。", "", "当前这方面基础仍然薄弱。", "", "这是基层反映较集中的问题。", ""]


def count_zi(text: str) -> int:
    n = 0
    for run in re.finditer(r"[A-Za-z0-9.%]+|\S", text):
        n += 1
    return n


def measure_lines(idx: int, m: str, pool: list[str], per: int, no_unit: bool = False, alt: bool = False) -> list[str]:
    title, a1, a2, a3, goal, units = m.split("|")
    opener = OPENERS[idx % len(OPENERS)]
    n = per + (idx % 2 if alt else 0)
    extra = "".join(pool[(idx * 3 + j) % len(pool)] for j in range(n)) if pool else ""
    unit = "" if no_unit or not units else f"（责任单位：{units}）"
    return [f"@heading2 {title}", f"{opener}{a1}，{a2}，{a3}。{extra}{goal}。{unit}"]


def build(doc: dict) -> tuple[str, int]:
    head = [f"# {line}" for line in doc["comments"]]
    body: list[str] = []
    body += [f"@doc_number {doc['number']}", f"@title {doc['title']}", f"@recipients {doc['recipients']}"]
    body += doc["intro"]
    k = 0
    for h1, measures in doc["sections"]:
        body.append(f"@heading1 {h1}")
        j = 0
        for m in measures:
            if m.startswith("!"):
                body.append(m[1:])
                continue
            j += 1
            m = re.sub(r"^(\*?)（[一二三四五六七八九十]+）", lambda mm: f"{mm.group(1)}（{CN[j]}）", m)
            body += measure_lines(k, m.lstrip("*"), doc.get("pool", []), doc.get("per", 1), no_unit=m.startswith("*"),
                                  alt=doc.get("alt", False))
            k += 1
    body += doc["closing"]
    if doc["signature"]:
        body += [f"@signature {doc['signature']}", f"@date {doc['date']}"]
    body += doc.get("after", [])
    text = "\n".join((line.split(" ", 1)[1] if line.startswith("@") else line).replace("|", "") for line in body
                     if not line.startswith(("@doc_number", "@recipients", "@page_break", "@cc", "@printer")))
    zi = count_zi(text)
    head.insert(2, f"# 字数（按 rules.md 口径，标题至成文日期加附件）：{zi}")
    return "\n".join(head + body) + "\n", zi


from docs_ho14b import DOCS  # noqa: E402  (hand-written contents)

if __name__ == "__main__":
    for name, doc in DOCS.items():
        text, zi = build(doc)
        (HERE / f"{name}.gw").write_text(text, encoding="utf-8")
        print(name, zi)

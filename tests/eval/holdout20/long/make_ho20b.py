"""Assemble the long drafts of holdout20 (ho20b) from the hand-written parts in parts_ho20b.py.

Counting follows rules.md GW101: each CJK character and each full-width punctuation mark 1, each run of
ASCII letters/digits 1, whitespace 0. `body` counts from the first body paragraph to the last paragraph
before 署名 plus attachments (the carried document counted without its own title); `all` adds 标题、主送、署名、日期.
Run: python3 make_ho20b.py (writes long-02.gw, long-03.gw, long-04.gw, long-05.gw, clean-01.gw beside it).
"""
import re
from pathlib import Path

import parts_ho20b as P

HERE = Path(__file__).parent


def count(text: str) -> int:
    n = 0
    for tok in re.findall(r"[A-Za-z0-9]+|\S", text):
        n += 1
    return n


def build(doc, pool, offset):
    out, counted = [], []
    doc["_i"] = 0
    k = [offset]

    def para(line, role=None, count_it=True):
        out.append(f"@{role} {line}" if role else line)
        if count_it:
            counted.append(line)

    def fill(o, n):
        s = []
        for _ in range(n):
            s.append(pool[k[0] % len(pool)].format(o=o))
            k[0] += 1
        return "".join(s)

    def sections(secs):
        for head, paras, measures in secs:
            para(head, "heading1")
            for p in paras or []:
                para(p)
            for (h, o, core, resp) in measures or []:
                para(h, "heading2")
                nf = doc["nfill"] + (1 if doc["_i"] < doc.get("extra", 0) else 0)
                doc["_i"] += 1
                text = core + fill(o, nf)
                if resp:
                    text += f"（责任单位：{resp}）"
                para(text)

    carried = "carried_title" in doc
    if not carried:
        for p in doc["intro"]:
            para(p)
        sections(doc["sections"])
        if "table" in doc:
            for row in doc["table"]:
                out.append("@table " + "|".join(row))
                counted.extend(row)
            for head, paras in doc["after_table"]:
                para(head, "heading1")
                for p in paras:
                    para(p)
        if doc.get("closing"):
            head, paras = doc["closing"]
            para(head, "heading1")
            for p in paras:
                para(p)
        out.append("@signature " + doc["signature"])
        out.append("@date " + doc["date"])
    else:
        for p in doc["intro"]:
            para(p)
        out.append("@signature " + doc["signature"])
        out.append("@date " + doc["date"])
        out.append("@page_break")
        out.append("@attachment_title " + doc["carried_title"])
        notice_n = count("".join(counted))
        counted.clear()
        for p in doc["carried_intro"]:
            para(p)
        sections(doc["sections"])
        head, paras = doc["closing"]
        para(head, "heading1")
        for p in paras:
            para(p)
        doc["_notice_n"] = notice_n
    n = count("".join(counted))
    extra = count(doc["title"] + doc["recipients"] + doc["signature"] + doc["date"])
    if carried:
        m = n + count(doc["carried_title"]) + doc["_notice_n"] + extra
    else:
        m = n + extra
    head = [f"# frame: {doc['frame'].format(n=n)}",
            "# written by ho20b (issue 15, holdout20); assembled by long/make_ho20b.py from hand-written parts in long/parts_ho20b.py",
            f"# 字数（rules.md 口径，脚本计）：body {n}，连同标题、主送、署名、日期（印发的另加印发通知）{m}"]
    head += doc["labels"] + [x.format(n=n, m=m) for x in doc["notes"]]
    head += [f"@doc_number {doc['doc_number']}", f"@title {doc['title']}", f"@recipients {doc['recipients']}"]
    return "\n".join(head + out) + "\n", n, m


for name, doc, pool, off in [("long-02", P.L02, P.POOL_POLICY, 0), ("long-03", P.L03, P.POOL_POLICY, 7),
                             ("clean-01", P.C01, P.POOL_POLICY, 15), ("long-04", P.L04, P.POOL_HEALTH, 0),
                             ("long-05", P.L05, P.POOL_FLOOD, 0)]:
    text, n, m = build(dict(doc), pool, off)
    (HERE / f"{name}.gw").write_text(text, encoding="utf-8")
    print(name, n, m)

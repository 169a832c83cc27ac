"""Assemble the long drafts of holdout18 part B from the hand-written parts in docs_ho18b.py.

Written by ho18b (issue 15, holdout18) without reading any earlier generator or rule code.
Each measure paragraph = its heading + its hand-written sentences + k sentences from the
document's own pool (taken in turn) + its responsibility bracket.  k is set per document
(FILL) so that the 字数 lands where the document is meant to be.  字数 follows rules.md:
each CJK character and full-width punctuation mark 1, each run of Latin letters/digits 1,
whitespace 0, counted over title … date plus attachments (版头 doc_number/issuer_mark,
附注 note and 版记 cc/printer excluded).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docs_ho18b import DOCS  # noqa: E402

FILL = {"clean-01": 3, "long-02": 4, "clean-03": 5, "long-04": 5, "long-05": 5}
SKIP = ("@doc_number", "@issuer_mark", "@note", "@cc", "@printer", "@page_break")


def count_zi(text: str) -> int:
    n = 0
    for run in re.findall(r"[A-Za-z0-9.%]+|\S", text):
        n += 1
    return n


def build(name, doc, fill):
    pool = doc["pool"]
    i = 0
    lines = list(doc["head"]) + list(doc["opening"])
    for h1, measures in doc["sections"]:
        if h1:
            # lead ruling (round 16): a heading on its own line is marked as one (@heading1), as the 标注约定 asks
            lines.append("@heading1 " + h1)
        for head, sents, resp in measures:
            extra = []
            for _ in range(fill):
                extra.append(pool[i % len(pool)])
                i += 1
            sep = "：" if head.startswith("第") else "。"
            lines.append(head + sep + "".join(sents) + "".join(extra) + resp)
    # lead ruling (round 16): a closing section's heading on its own line is marked as one too
    lines += [("@heading1 " + ln if re.fullmatch(r"[一二三四五六七八九十]+、[^。；：:]{1,24}", ln) else ln)
              for ln in doc["closing"]] + list(doc["attachments"])
    zi = 0
    for ln in lines:
        if ln.startswith(SKIP):
            continue
        if ln.startswith("@table"):
            zi += sum(count_zi(c) for c in ln[len("@table"):].split("|"))
            continue
        if ln.startswith("@"):
            ln = ln.split(" ", 1)[1] if " " in ln else ""
        zi += count_zi(ln)
    return lines, zi


def main():
    out = Path(__file__).parent
    for name, doc in DOCS.items():
        lines, zi = build(name, doc, FILL[name])
        head = list(doc["comments"]) + [
            "# written by ho18b (issue 15, holdout18); assembled by make_ho18b.py from docs_ho18b.py",
            f"# 字数（make_ho18b.py 按 rules.md 口径计，标题至成文日期加附件）：约{zi}",
        ]
        (out / f"{name}.gw").write_text("\n".join(head + lines) + "\n", encoding="utf-8")
        print(name, zi)


if __name__ == "__main__":
    main()

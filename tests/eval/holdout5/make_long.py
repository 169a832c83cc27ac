"""Generate the long drafts of holdout5 (tests/eval/holdout5/long/).

Written by ho5 (issue 15) without reading the rule code.  The labelled paragraphs, titles,
recipients and openings are hand-written in DOCS below; the many ordinary measure paragraphs
between them are composed from topic words and sentence patterns so that the documents reach
realistic lengths (near the GW101 limits).  Every composed measure names its responsible units,
so only the hand-written paragraphs carry labelled issues.  Deterministic:
run `python tests/eval/holdout5/make_long.py` after editing; it prints each file's 字数.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent / "long"
CN = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def word_count(text: str) -> int:
    """Word/WPS style: each CJK character or full-width mark 1, each Latin/digit run 1."""
    n = 0
    for token in re.findall(r"[A-Za-z0-9.%]+|\S", text):
        n += 1
    return n


VERBS = ["推进", "完善", "加强", "提升", "健全", "加快", "优化", "拓展", "深化", "强化", "规范", "做实"]
PATTERNS = [
    "聚焦{a}中的薄弱环节，{v}{b}，到{year}年{c}覆盖率达到{p}%以上。",
    "在{place}等地开展{b}试点，每年总结推广{n}个典型案例，形成可复制的经验做法。",
    "建立{a}任务清单，明确年度目标、完成时限和阶段性成果，逐项跟踪推进。",
    "对符合条件的{b}项目，按现行政策给予资金支持，优先保障用地和用能需求。",
    "制定{a}地方标准{n}项以上，推动{b}规范化、标准化建设。",
    "推动{b}数字化改造，上线{c}线上服务模块，办理时限压减{p}%。",
    "支持{b}与{c}协同发展，培育一批示范项目，新增投资{n}亿元以上。",
    "开展{c}专项培训，每年培训基层业务骨干{n}00人次，提高一线服务能力。",
    "完善{a}监测评价指标，按季度发布运行分析，及时解决{b}中的堵点问题。",
    "引导社会资本参与{b}建设运营，推广政府和社会资本合作模式，规范项目管理。",
]
PLACES = ["南部片区", "沿江地区", "山区县", "城乡接合部", "工业园区", "革命老区", "重点镇", "边境地区"]


def measure(rng: random.Random, topic: dict, units: list[str], no: int) -> list[str]:
    a, b, c = rng.sample(topic["words"], 3)
    v = rng.choice(VERBS)
    head = f"（{cn_num(no)}）{v}{a}"
    sents = rng.sample(PATTERNS, 2)
    fill = dict(a=a, b=b, c=c, v=v, year=rng.choice([2027, 2028, 2029, 2030]), p=rng.choice([60, 70, 80, 85, 90, 95]),
                n=rng.choice([3, 5, 6, 8, 10, 12, 15, 20]), place=rng.choice(PLACES))
    body = "".join(s.format(**fill) for s in sents)
    lead, *others = rng.sample(units, min(len(units), rng.choice([1, 2, 3])))
    tag = f"（牵头单位：{lead}；配合单位：{'、'.join(others)}）" if others and rng.random() < 0.5 else \
        f"（责任单位：{'、'.join([lead] + others)}）"
    return [f"@heading2 {head}", body + tag]


def build(doc: dict) -> str:
    rng = random.Random(doc["seed"])
    lines = [f"# frame: {doc['frame']}", "# written by ho5 (issue 15, holdout5)"]
    lines += [f"# {c}" for c in doc.get("comments", [])]
    lines += doc.get("labels", [])
    lines += [f"@doc_number {doc['number']}", f"@title {doc['title']}", f"@recipients {doc['recipients']}"]
    lines += doc["opening"]
    for part in doc["parts"]:
        lines += part.get("before", [])
        target = part.get("chars", 0)
        if part.get("heading"):
            lines.append(f"@heading1 {part['heading']}")
        lines += part.get("hand", [])
        no = part.get("first_no", 1)
        written = 0
        while written < target:
            m = measure(rng, doc["topic"], doc["units"], no)
            lines += m
            written += sum(word_count(x.split(" ", 1)[-1]) for x in m)
            no += 1
        lines += part.get("after", [])
    lines += doc["closing"]
    return "\n".join(lines) + "\n"


def counted(source: str) -> int:
    """字数 of 正文 and attachments (not 文号, 主送, 署名, 日期, 版记)."""
    skip = ("@doc_number", "@recipients", "@signature", "@date", "@cc", "@printer", "@title", "#")
    lines = [l for l in source.splitlines() if l.strip() and not l.startswith(skip + ("@page_break",))]
    return sum(word_count((l.split(" ", 1)[1] if l.startswith("@") else l).replace("|", " ")) for l in lines)


from long_docs import DOCS  # noqa: E402  (the hand-written parts)

if __name__ == "__main__":
    for doc in DOCS:
        text = build(doc)
        (HERE / f"{doc['id']}.gw").write_text(text, encoding="utf-8")
        parts = [counted(p) for p in text.split("@page_break")]
        print(f"{doc['id']}: {counted(text)} 字 (正文+附件, without title/recipients/signature/date); per carried part {parts}")

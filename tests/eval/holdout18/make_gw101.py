"""Assemble the six GW101 long drafts of holdout18/gw1 (written by ho18a, issue 15 round 16).

Each document's issuer, title, recipients, opening, and every measure's heading, core sentence, object and
responsible unit are hand-written below; the rest of each measure is filled from FILL, a list of hand-written
sentence patterns around the measure's object, taken in rotation.  The 字数 (rules.md: each CJK character and
full-width mark 1, each run of Latin letters/digits 1, whitespace 0; body plus attachments, 版头 and 版记 excluded)
is computed here and written into each draft's comment lines.  Run: python3 tests/eval/holdout18/make_gw101.py
"""
from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).parent / "gw1"

FILL = [
    "围绕{obj}，逐项梳理现有政策、项目和资金安排，找准短板弱项，形成任务清单和责任清单，做到底数清、情况明、措施实。",
    "在{obj}中坚持问题导向，优先解决群众和企业反映集中的难点堵点，能当场解决的当场解决，一时解决不了的明确时限逐步解决。",
    "推动{obj}与国土空间规划、产业布局和基础设施建设相衔接，避免各自为政、重复建设，提高资源配置效率。",
    "对{obj}中成效明显的做法，及时总结提炼，形成可复制、可推广的经验，在全省范围内分批次推广。",
    "加大对{obj}的财政投入，统筹中央预算内投资、地方政府专项债券和省级专项资金，引导金融资本和社会资本参与。",
    "建立{obj}的数据共享机制，依托省一体化政务服务平台归集相关数据，实现跨部门、跨层级信息互通，减少重复填报。",
    "加强{obj}的专业人才队伍建设，通过订单培养、岗位培训和柔性引进等方式，补齐基层专业技术力量不足的短板。",
    "完善{obj}的标准体系，对标国内先进地区，制定修订一批地方标准和技术规范，以标准提升引领质量提升。",
    "在{obj}中充分尊重群众意愿，涉及群众切身利益的事项，事先听取意见，做到公开透明、程序规范，防止简单化、一刀切。",
    "健全{obj}的风险防控机制，对可能出现的资金、安全和社会稳定风险提前研判，制定应对预案，守住不发生系统性风险的底线。",
    "鼓励各类市场主体参与{obj}，对符合条件的项目在用地、用能、融资等方面给予支持，营造公平竞争的市场环境。",
    "推进{obj}的数字化转型，推广应用物联网、大数据等技术手段，提升精细化管理和智能化服务水平。",
    "强化{obj}的跨区域协作，加强与周边省份在规划衔接、项目共建和政策互认等方面的合作，形成优势互补的发展格局。",
    "加强{obj}的宣传解读，通过政府网站、政务新媒体等渠道及时发布政策信息，回应社会关切，提高政策知晓度。",
]


def count_zi(text: str) -> int:
    n = 0
    for run in re.findall(r"[A-Za-z0-9.%]+|\S", text):
        n += 1
    return n


def build(doc: dict) -> tuple[str, int]:
    body: list[str] = []
    k = doc.get("offset", 0)
    for para in doc["opening"]:
        body.append(para)
    for part_heading, measures in doc["parts"]:
        body.append("@heading1 " + part_heading)
        for i, (heading, core, obj, unit) in enumerate(measures):
            fills = [FILL[(k + j) % len(FILL)].format(obj=obj) for j in range(doc["fills"])]
            k += doc["fills"] + 1
            first = f"{heading}{core}{fills[0]}（责任单位：{unit}）"
            body.append(first)
            rest = fills[1:]
            half = (len(rest) + 1) // 2
            if rest[:half]:
                body.append("".join(rest[:half]))
            if rest[half:]:
                body.append("".join(rest[half:]))
    for para in doc.get("closing", []):
        body.append(para)
    text_lines = [b[len("@heading1 "):] if b.startswith("@heading1 ") else b for b in body]
    zi = sum(count_zi(t) for t in text_lines)
    lines = list(doc["header"])
    lines.append(f"# 字数（按 rules.md 口径由 make_gw101.py 计出，正文{doc['what']}，不计标题、主送、署名、日期）：约 {zi}")
    lines += doc["labels"]
    lines += [f"@doc_number {doc['number']}", f"@title {doc['title']}", f"@recipients {doc['recipients']}"]
    if doc.get("carrier"):
        lines += doc["carrier"]
        lines += [f"@signature {doc['signature']}", f"@date {doc['date']}", "@page_break",
                  f"@attachment_title {doc['carried_title']}"]
        lines += body
    else:
        lines += body
        lines += [f"@signature {doc['signature']}", f"@date {doc['date']}"]
    return "\n".join(lines) + "\n", zi


from gw101_parts18 import DOCS  # noqa: E402  (hand-written parts)

if __name__ == "__main__":
    for name, doc in DOCS.items():
        text, zi = build(doc)
        (OUT / f"{name}.gw").write_text(text, encoding="utf-8")
        print(name, zi)

"""Assemble the GW101 long drafts of holdout23 (written by ho23a, issue 15, round 19).

Issuer, title, recipients, opening paragraph and, for every measure, its heading, one hand-written sentence, the
object the filler sentences talk about and the responsible units are written by hand below; the rest of each measure
is filled from FILLERS around its object.  字 are counted as rules.md says (each CJK character and full-width mark 1,
each run of ASCII letters/digits 1, whitespace 0) over the body of the carried (or the only) document, and written
into a comment line of each draft.  Run: python3 tests/eval/holdout23/make_gw101.py
"""
from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).parent / "gw1"

FILLERS = [
    "围绕{o}，逐项梳理现有政策和工作基础，查找短板弱项，形成问题清单和任务清单，做到底数清、情况明。",
    "把{o}与年度重点工作统筹安排，按照先易后难、分步实施的原则，明确阶段目标和时间节点，确保按期取得实效。",
    "在推进{o}过程中注重听取基层和群众意见，及时研究解决遇到的新情况新问题，不搞“一刀切”。",
    "加强{o}相关政策的协同衔接，统筹用好中央预算内投资、地方政府专项债券和社会资本，提高资金使用效益。",
    "及时总结{o}的成熟经验和典型做法，发挥示范带动作用，推动面上工作整体提升。",
    "严格执行{o}有关标准规范，强化事前、事中、事后全过程监管，守牢安全底线。",
    "运用大数据、物联网等信息化手段提升{o}的精细化水平，推动数据互联互通、业务协同办理。",
    "坚持因地制宜、分类指导，结合资源禀赋和发展基础，探索符合实际的{o}路径。",
    "加大对{o}的政策解读力度，通过政府网站、政务新媒体等渠道及时发布信息，回应社会关切。",
    "完善{o}的要素保障，在用地、用能、人才等方面予以倾斜，为工作推进创造良好条件。",
    "健全{o}的长效机制，推动阶段性举措向制度性安排转变，防止问题反弹回潮。",
    "对{o}中群众反映集中的问题，建立快速响应机制，做到接诉即办、办结回访。",
]


def count(text: str) -> int:
    n = 0
    for line in text.splitlines():
        n += len(re.findall(r"[A-Za-z0-9]+", line))
        n += len(re.sub(r"[A-Za-z0-9\s]", "", line))
    return n


def measure(i: int, k: int, head: str, sent: str, obj: str, unit: str, nfill: int) -> str:
    fills = "".join(FILLERS[(i * 5 + k * 3 + j * 7) % len(FILLERS)].format(o=obj) for j in range(nfill))
    return f"（{'一二三四五六七八九十'[k] if k < 10 else '十' + '一二三四五六七八九'[k - 10]}）{head}。{sent}{fills}（责任单位：{unit}）"


def build(spec: dict, i: int) -> tuple[str, int]:
    body: list[str] = [spec["opening"]]
    for h1, items in spec["sections"]:
        body.append(f"@heading1 {h1}")
        for k, (head, sent, obj, unit) in enumerate(items):
            body.append(measure(i, k, head, sent, obj, unit, spec["nfill"]))
    body.extend(spec.get("closing", []))
    counted = "\n".join(line.split(" ", 1)[1] if line.startswith("@") else line for line in body)
    n = count(counted)
    head = [f"# frame: {spec['frame']}", "# written by ho23a (issue 15, holdout23); assembled by make_gw101.py",
            f"# 字数（{spec['what']}，按 rules.md 口径由脚本计出）：约 {n} 字；{spec['why']}"]
    head += spec["labels"]
    head += [f"@doc_number {spec['number']}", f"@title {spec['title']}", f"@recipients {spec['recipients']}"]
    if spec.get("carried"):
        head += [spec["cover"], f"@signature {spec['issuer']}", f"@date {spec['date']}", f"@attachment_title {spec['carried']}"]
        tail: list[str] = []
    else:
        tail = [f"@signature {spec['issuer']}", f"@date {spec['date']}"]
    return "\n".join(head + body + tail) + "\n", n


from gw101_parts import SPECS  # noqa: E402  (hand-written parts)

if __name__ == "__main__":
    for i, (name, spec) in enumerate(SPECS.items()):
        text, n = build(spec, i)
        (OUT / f"{name}.gw").write_text(text, encoding="utf-8")
        print(name, n)

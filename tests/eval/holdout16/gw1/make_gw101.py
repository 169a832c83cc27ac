"""Assemble the six GW101 drafts of holdout16 (written by ho16a, issue 15, round 15).

Issuer, title, recipients, opening paragraph, every measure's heading, its own hand-written
sentence and its responsible unit are written out below; the rest of each measure's text is
filled from FILLERS around the measure's object.  The 字数 is counted as rules.md says (each CJK
character and full-width mark 1, each run of Latin letters/digits 1, whitespace 0) and written
into the draft's comment lines.  Run: python3 make_gw101.py (writes gw101-*.gw beside it).
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent

FILLERS = [
    "围绕{o}，先把现状摸清，再把短板列成清单，逐项明确完成时限和验收标准。",
    "{o}涉及面广、链条长，前期准备不充分的，宁可推迟也不仓促上马。",
    "对{o}中群众反映集中的问题，建立台前受理、后台办理、限时反馈的闭环机制。",
    "推进{o}要算好财力账，新增支出优先从存量资金中调剂，不得新增隐性债务。",
    "{o}的年度目标分解到季度，季度末对照目标开展一次分析，偏差较大的及时调整措施。",
    "对在{o}中探索出的好做法，及时总结提炼，成熟一项推广一项。",
    "{o}相关的审批事项，能合并的合并办理，能并联的并联审查，承诺时限向社会公开。",
    "鼓励社会资本参与{o}，通过特许经营、购买服务等方式引入专业运营主体。",
    "{o}所需的用地、用能指标，在年度计划中单列保障，不与一般项目争指标。",
    "加强{o}领域专业人才培养，依托高校和职业院校开设定向培养班。",
    "开展{o}的统计监测，建立反映工作进展的指标体系，数据按季度向社会发布。",
    "{o}涉及多个部门的，由牵头单位召集联席会议，议定事项形成纪要后限期办结。",
    "对{o}中发现的违法违规行为，依法查处并向社会公开处理结果。",
    "在{o}中坚持试点先行，选择基础较好的地方先行先试，取得经验后全面推开。",
    "对{o}的财政补助资金实行全过程绩效管理，绩效评价结果作为下一年度预算安排的依据。",
    "运用大数据、物联网等手段提升{o}的精细化水平，减少人工填报和现场检查频次。",
    "{o}的政策文件出台前，充分听取企业、群众和基层的意见，出台后同步开展政策解读。",
    "加强{o}的区域协作，与周边省份建立信息共享和联合执法机制。",
    "{o}的标准规范缺失的，抓紧制定地方标准，与国家标准做好衔接。",
    "做好{o}的风险评估，对可能出现的问题提前制定应对预案。",
    "对{o}中作出突出贡献的集体和个人，按照国家有关规定给予表彰奖励。",
    "{o}中形成的数据资源，按照共享为原则、不共享为例外的要求向有关单位开放。",
    "对{o}的重点项目实行清单管理，明确项目业主、投资规模和建设进度。",
    "健全{o}的投诉举报渠道，12345热线受理的相关诉求在5个工作日内答复。",
    "{o}实施中遇到政策障碍的，梳理形成问题清单，按程序向国家有关部委争取支持。",
    "各项{o}措施的兑现，推行免申即享，符合条件的直接兑付到企业账户。",
    "开展{o}的第三方评估，评估报告作为完善政策的重要参考。",
    "把{o}与乡村振兴、新型城镇化等重大战略统筹推进，避免重复建设。",
    "加强{o}的宣传引导，讲好典型故事，营造全社会支持参与的良好氛围。",
]


def count_zi(text: str) -> int:
    """字数 as rules.md counts it: CJK and full-width marks 1 each, a Latin/digit run 1, whitespace 0."""
    n = 0
    for line in text.splitlines():
        n += len(re.findall(r"[A-Za-z0-9.%]+", line))
        n += len(re.sub(r"[A-Za-z0-9.%\s]+", "", line))
    return n


def measure(i: int, heading: str, own: str, obj: str, unit: str, k: int) -> str:
    picks = [FILLERS[(i * 7 + j * 11 + k) % len(FILLERS)] for j in range(k)]
    body = "".join(p.format(o=obj) for p in dict.fromkeys(picks))
    return f"{heading}{own}{body}（责任单位：{unit}）"


def build(spec: dict) -> tuple[str, int, int]:
    lines = [f"@doc_number {spec['number']}", f"@title {spec['title']}", f"@recipients {spec['recipients']}"]
    carried: list[str] = []
    if spec.get("carrier"):
        lines.append(spec["carrier"])
        lines += [f"@signature {spec['signature']}", f"@date {spec['date']}", "@page_break",
                  f"@attachment_title {spec['doc_title']}"]
    carried.append(spec["opening"])
    for i, (section, items) in enumerate(spec["sections"]):
        carried.append(f"@heading1 {section}")  # a heading line (黑体 in the .docx), not a body paragraph
        for j, (heading, own, obj, unit) in enumerate(items):
            carried.append(measure(i * 10 + j, heading, own, obj, unit, spec["fill"]))
    lines += carried
    if not spec.get("carrier"):
        lines += [f"@signature {spec['signature']}", f"@date {spec['date']}"]
    body_text = "\n".join(l.split(" ", 1)[1] if l.startswith("@") else l for l in lines
                          if not l.startswith(("@doc_number", "@page_break")))
    carried_text = "\n".join([spec.get("doc_title", "")] + [c.split(" ", 1)[1] if c.startswith("@") else c for c in carried])
    return "\n".join(lines) + "\n", count_zi(body_text), count_zi(carried_text)


from gw101_parts import DOCS  # noqa: E402  (hand-written parts)

if __name__ == "__main__":
    for name, spec in DOCS.items():
        text, whole, carried = build(spec)
        head = [f"# frame: {spec['frame']}", "# written by ho16a (issue 15, holdout16); assembled by make_gw101.py"]
        head += [f"# {c}" for c in spec["comments"]]
        part = "印发的文件（标题和正文）" if spec.get("carrier") else "正文"
        head.append(f"# 字数（脚本按 rules.md 口径计）：标题至成文日期全文约 {whole} 字，其中{part}约 {carried} 字")
        head += spec["labels"]
        (HERE / f"{name}.gw").write_text("\n".join(head) + "\n" + text, encoding="utf-8")
        print(name, whole, carried)

"""Assemble the six long GW101 drafts of holdout20 (ho20a) from hand-written parts in gw101_parts.py.

Each measure's heading, first sentence and responsible unit are hand-written; the rest of its text is
filled from the generic sentences below around the measure's object, round-robin over the measures,
until the counted 字数 reaches the document's target.  字数 as rules.md says: each CJK character and
each full-width punctuation mark 1, each run of Latin letters/digits 1, whitespace 0; body and
attachments, the title, 主送, 署名 and 日期 not counted (a 印发 notice's issued document counted alone).
Run: python3 make_gw101.py  (writes gw101-*.gw beside this file).
"""
from __future__ import annotations

import re
from pathlib import Path

from gw101_parts import DOCS, n2

FILL = [
    "围绕{o}，逐项梳理现有政策和工作短板，找准制约发展的关键环节，分年度确定推进目标。",
    "在{o}中坚持问题导向，对群众和企业反映集中的问题建立清单，逐条明确解决时限。",
    "统筹用好中央和省级各类资金，对{o}中带动作用大的项目优先安排，提高资金使用效益。",
    "推动{o}与产业发展、城乡建设和民生改善紧密结合，避免各自为政、重复建设。",
    "加强{o}的数据共享，依托已有信息平台汇集业务数据，不另建系统、不重复采集。",
    "鼓励各地在{o}方面先行先试，形成一批可复制、可推广的经验做法，成熟一项推广一项。",
    "完善{o}的标准规范，对标国内先进地区，制定符合本地实际的技术导则和服务规范。",
    "引导社会资本参与{o}，通过特许经营、政府购买服务等方式拓宽投入渠道。",
    "加强{o}的人才培养，依托高等院校、职业院校和行业协会开展分层分类培训。",
    "对{o}中涉及群众切身利益的事项，事先充分听取意见，做到程序公开、结果公开。",
    "把{o}纳入相关专项规划统筹考虑，做好与国土空间规划的衔接，保障合理用地需求。",
    "强化{o}的科技支撑，推广应用成熟适用的新技术、新装备和新模式。",
    "建立{o}工作协调机制，定期会商重大事项，协调解决跨地区、跨部门问题。",
    "加强{o}的安全管理，落实安全生产责任，防范化解各类风险隐患。",
    "注重{o}的宣传解读，及时回应社会关切，营造全社会关心支持的良好氛围。",
    "对{o}的实施效果开展第三方评估，根据评估结果及时调整完善政策措施。",
    "推进{o}的区域协作，加强与周边省份和重点城市的交流合作，共享发展机遇。",
    "在{o}中落实绿色低碳要求，节约集约利用资源，减少对生态环境的影响。",
    "简化{o}相关审批环节，能合并的合并办理，能网上办的不再要求现场办理。",
    "加强{o}的运行监测，发现苗头性问题及时预警，防止问题积累扩大。",
    "支持龙头企业在{o}中发挥引领作用，带动中小企业协同发展、共同提升。",
    "对在{o}中工作成效明显的地方，在项目安排和资金分配上给予倾斜支持。",
    "健全{o}的长效运营机制，明确建设、运营、维护各环节的主体和经费来源。",
    "注重发挥基层首创精神，及时总结{o}中的好做法，通过现场观摩等方式交流推广。",
]


def count(text: str) -> int:
    text = re.sub(r"\s+", "", text)
    return len(re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", text))


def build(doc: dict) -> str:
    measures = doc["measures"]
    fills = [[] for _ in measures]
    k = 0

    starts = sorted(set(doc.get("headings", {})) | {0})

    def text_of(i: int) -> str:
        _, head, obj, first, unit = measures[i]
        num = n2(i - max(s for s in starts if s <= i))
        body = first + "".join(FILL[j].format(o=obj) for j in fills[i])
        return f"{num}{head}。{body}（{unit}）"

    def counted() -> int:
        parts = [doc["intro"]] + [text_of(i) for i in range(len(measures))] + list(doc.get("tail", []))
        parts += [p for p in doc.get("headings", {}).values()]
        return sum(count(p) for p in parts)

    while counted() < doc["target"]:
        i = k % len(measures)
        j = (k // len(measures) * 7 + i * 5) % len(FILL)
        while j in fills[i]:
            j = (j + 1) % len(FILL)
        fills[i].append(j)
        k += 1
    n = counted()
    out = [f"# frame: {doc['frame']}", "# written by ho20a (issue 15, holdout20, round 17); assembled by make_gw101.py from gw101_parts.py"]
    out += [f"# 字数（{doc['counted_what']}，按 rules.md 口径，脚本计）：{n}；{doc['limit_note']}"]
    out += doc["labels"]
    out += doc["head"]
    if doc.get("issued"):
        out += doc["issued"]
    out.append(doc["intro"])
    for i, m in enumerate(measures):
        if i in doc.get("headings", {}):
            out.append("@heading1 " + doc["headings"][i])
        out.append(text_of(i))
    out += list(doc.get("tail", []))
    out += doc.get("end", [])
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    here = Path(__file__).parent
    for name, doc in DOCS.items():
        (here / f"{name}.gw").write_text(build(doc), encoding="utf-8")
        print(name, count("".join(l for l in build(doc).splitlines() if not l.startswith(("#", "@")))))

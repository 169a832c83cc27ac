"""Assemble the GW101 long drafts of holdout14 (gw1/gw101-*.gw).

Written by ho14a (issue 15, round 14) without reading the rule code or earlier generators.
Issuer, title, recipients, the opening paragraph and every measure (its heading, one
hand-written sentence and its responsible units) are hand-written below; the body of each
measure is padded with sentences from SENTENCES, filled with the measure's own subject.
The 字数 is counted as rules.md says (each CJK character and full-width mark 1, each run of
Latin letters/digits 1, whitespace 0) over the body and attachments of each carried document
and written into the draft's comment line.

    python tests/eval/holdout14/make_gw101.py
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent / "gw1"

SENTENCES = [
    "围绕{k}，梳理现有政策和工作基础，找准制约发展的突出短板，分类提出解决办法。",
    "到{y}年，{k}的主要指标进入全国第一方阵，形成一批可复制可推广的经验做法。",
    "对{k}中群众和企业反映集中的问题，建立问题清单，明确解决时限，逐项推动销号。",
    "统筹用好中央预算内投资、地方政府专项债券和省级专项资金，对{k}相关项目给予倾斜支持。",
    "鼓励社会资本通过特许经营、股权合作等方式参与{k}，依法保障投资者合法权益。",
    "完善{k}的标准体系，年内制定或修订地方标准{n}项，推动标准与国家标准、行业标准有效衔接。",
    "建立{k}统计监测指标体系，按季度分析运行情况，为科学决策提供数据支撑。",
    "支持高等院校、科研院所与企业共建{k}创新平台，联合开展关键技术攻关。",
    "总结推广{k}的典型案例，通过新闻媒体和政务新媒体加强宣传，营造良好氛围。",
    "在{k}领域推行“一件事一次办”，压减办理环节和申请材料，办理时限压缩一半以上。",
    "加强{k}相关领域的人才引进和培养，对引进的高层次人才按规定落实住房、子女入学等待遇。",
    "开展{k}试点示范，每年遴选{n}个左右示范项目，成熟一批、推广一批。",
    "健全{k}的多元投入机制，引导金融机构开发适合的信贷产品，扩大中长期贷款投放。",
    "加强{k}的区域协作，推动与周边省份在规划衔接、设施互通、政策协同等方面深化合作。",
    "强化{k}的安全管理，落实企业安全生产主体责任，防范化解各类风险隐患。",
    "推进{k}数字化转型，建设全省统一的信息平台，实现数据互通共享、业务协同办理。",
    "优化{k}的空间布局，引导资源要素向优势区域集聚，避免低水平重复建设。",
    "落实{k}的税费优惠政策，确保符合条件的市场主体应享尽享、直达快享。",
    "对{k}中取得突出成效的地方和单位，在资金安排、项目布局上给予倾斜。",
    "建立{k}工作协调机制，定期研究解决跨部门、跨地区的重大问题。",
    "完善{k}的用地保障政策，新增建设用地计划指标优先安排重点项目。",
    "加快补齐{k}的基础设施短板，推动一批带动性强的重大项目开工建设。",
    "支持龙头企业牵头组建相关产业联盟，在{k}中带动上下游中小企业协同发展。",
    "推动{k}绿色低碳发展，推广节能降耗新技术、新工艺、新装备。",
    "加强{k}的知识产权保护，依法打击侵权假冒行为，维护公平竞争的市场秩序。",
    "探索{k}的市场化运营模式，提高项目建成后的运营效率和可持续发展能力。",
    "每年安排不少于{n}亿元资金，集中支持{k}中的关键环节和薄弱环节。",
    "完善{k}的公共服务体系，推动优质服务资源向县城和乡镇延伸。",
    "结合{k}的实际需要，修订完善配套制度，及时清理与发展不相适应的规定。",
    "引导行业协会在{k}中发挥桥梁纽带作用，加强行业自律，开展从业人员培训。",
    "发挥{k}示范项目的带动作用，组织开展现场观摩和经验交流，推动先进经验落地见效。",
    "加强{k}的信息公开，及时发布政策文件、项目进展和办事指南，方便群众和企业查询。",
    "对{k}的政策措施开展实施效果评估，根据评估结果及时调整完善。",
    "推动{k}与乡村振兴、新型城镇化有机衔接，促进城乡要素双向流动。",
    "支持有条件的地方先行先试，在{k}中探索新模式、新路径。",
    "在{k}中落实首台套、首批次、首版次政策，支持创新产品推广应用。",
    "规范{k}项目的招标投标和资金管理，防止出现半拉子工程和资金闲置。",
    "引导各类金融机构加大对{k}的支持，探索设立产业投资基金。",
    "推动{k}的服务向线上延伸，提供在线咨询、在线办理和进度查询服务。",
    "强化{k}的监测预警，对苗头性、倾向性问题早发现、早处置。",
]

# (title of the carried document or None, intro, [(heading, hand-written sentence, units)])
DOCS = {}


def count_zi(text: str) -> int:
    text = re.sub(r"\s+", "", text)
    return len(re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", text))


def measure(rng, i, heading, sentence, units, key, pad):
    if key.endswith("发展") and len(key) > 4:  # “推动……发展绿色低碳发展” reads badly
        key = key[:-2]
    picks = rng.sample(SENTENCES, pad)
    body = "".join(s.format(k=key, y=rng.choice((2027, 2028, 2030)), n=rng.choice((5, 8, 10, 12, 15, 20)))
                   for s in picks)
    return f"{NUMS[i]}{heading}。{sentence}{body}（{units}）"


NUMS = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）",
        "（十一）", "（十二）", "（十三）", "（十四）", "（十五）", "（十六）", "（十七）", "（十八）"]
CN = ["一、", "二、", "三、", "四、", "五、", "六、"]


def sections(rng, parts, pad):
    """parts: [(section heading, [(heading, sentence, units, key)])] → marked lines, numbering (一) on."""
    lines, i = [], 0
    for s, (sec, items) in enumerate(parts):
        lines.append(f"@heading1 {CN[s]}{sec}")
        for heading, sentence, units, key in items:
            lines.append(measure(rng, i, heading, sentence, units, key, pad))
            i += 1
    return lines


def build(name, head, notice, carried, tail, seed, pad, comment):
    rng = random.Random(seed)
    out = list(head)
    body_docs = []
    for title, intro, parts, closing in carried:
        lines = ([f"@title {title}"] if title else []) + [intro] + sections(rng, parts, pad) + closing
        body_docs.append(lines)
    if notice is None:  # the document itself is the policy text
        out += body_docs[0] + tail
        counted = [body_docs[0]]
    else:
        out += notice + tail
        for lines in body_docs:
            out += ["@page_break"] + lines
        counted = body_docs
    sizes = [count_zi("".join(l.split(" ", 1)[1] if l.startswith("@") else l for l in lines
                              if not l.startswith("@title"))) for lines in counted]
    text = "\n".join(comment(sizes) + out) + "\n"
    (HERE / f"{name}.gw").write_text(text, encoding="utf-8")
    return sizes


from gw101_parts import PARTS  # noqa: E402  (the hand-written parts, beside this file)

if __name__ == "__main__":
    for spec in PARTS:
        print(spec["name"], build(**spec))

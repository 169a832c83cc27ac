"""Generate the long documents of tests/eval/holdout4/long/ (deterministic).

Real local circulars are long: many clean paragraphs of measures around a few that break a rule.
This script assembles such documents from hand-written parts (header, the labelled paragraphs,
closing) and measure paragraphs built from topic vocabulary, until each document reaches its target
字数 (counted like Word: each CJK character and full-width mark 1, each run of Latin letters or
digits 1, whitespace 0).  Documents meant to sit just over a GW101 limit are over it even without
标题, 主送, 署名 and 日期; those just under are under it even with them.

    python tests/eval/holdout4/make_long.py            # rewrite long/*.gw
"""
from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent / "long"
_WORD = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")

VERBS = ("完善", "健全", "推进", "加快", "强化", "优化", "提升", "深化", "拓展", "培育", "规范", "创新")

SENTENCES = (
    "围绕{obj}，聚焦经营主体和群众反映集中的问题，逐项明确目标任务、推进路径和完成时限",
    "到{yr}年，{obj}覆盖面进一步扩大，重点环节取得突破性进展，形成一批可复制可推广的经验做法",
    "统筹用好各级财政资金，对{obj}中示范带动作用明显的项目，按照规定给予适当支持",
    "鼓励社会资本通过特许经营、股权合作等方式参与{obj}，形成多元投入格局",
    "建立健全{obj}标准规范，完善技术导则和操作规程，提高规范化、精细化水平",
    "依托高等院校、职业院校和龙头企业建设{obj}实训基地{n}个，每年培养专业技术人才{m}人以上",
    "推动{obj}与{obj2}协同联动，打破数据壁垒和条块分割，提升整体效能",
    "选择基础较好的区域先行先试，及时总结推广{obj}的典型案例",
    "完善{obj}运行监测机制，定期分析形势变化，及时研究解决苗头性、倾向性问题",
    "落实减税降费、用地保障等支持政策，降低{obj}相关主体的制度性交易成本",
    "发挥行业协会、科研院所的专业优势，为{obj}提供咨询论证、技术服务等支撑",
    "加强政策解读，通过政务新媒体、服务热线等渠道及时回应社会关切，营造支持{obj}的良好氛围",
    "力争{yr}年底前，{obj}相关指标比上年提高{p}个百分点以上",
    "坚持市场化、法治化原则，依法保护各类经营主体在{obj}中的合法权益",
    "支持企业联合高校院所开展{obj}关键技术攻关，转化应用一批先进适用成果",
    "对{obj}实行清单化管理，建立项目库并动态更新，成熟一个推进一个",
    "引导金融机构开发适合{obj}特点的信贷产品，扩大中长期贷款和信用贷款投放",
    "推行“一件事一次办”，把{obj}涉及的审批服务事项纳入政务服务平台集成办理",
    "用好对口合作和区域协作机制，推动{obj}在更大范围内共建共享",
    "严格落实安全生产责任，把安全要求贯穿{obj}规划、建设、运营全过程",
)


def count(text: str) -> int:
    return len(_WORD.findall(text))


def _measure(rng: random.Random, doc: dict, used: set[str]) -> tuple[str, str]:
    while True:
        obj = rng.choice(doc["objects"])
        title = rng.choice(VERBS) + obj
        if title not in used:
            used.add(title)
            break
    sents, picked = [], rng.sample(SENTENCES, rng.randint(3, 4))
    for tpl in picked:
        others = [o for o in doc["objects"] if o != obj]
        sents.append(tpl.format(obj=obj, obj2=rng.choice(others), yr=rng.choice((2027, 2028)),
                                n=rng.randint(3, 12), m=rng.choice((200, 300, 500, 800, 1000)),
                                p=rng.randint(2, 6)))
    return title, "。".join(sents) + "。"


def _tag(rng: random.Random, doc: dict) -> str:
    units = doc.get("units")
    if not units:
        return ""
    lead = rng.choice(units)
    coop = [u for u in rng.sample(units, min(2, len(units))) if u != lead]
    local = doc.get("local")
    if doc["tag"] == "lead":
        text = f"（牵头单位：{lead}；配合单位：{'、'.join(coop) or lead}"
        return text + (f"，{local}" if local and rng.random() < 0.5 else "") + "）"
    if doc["tag"] == "resp":
        return f"（责任单位：{lead}{'、' + coop[0] if coop else ''}{('，' + local) if local and rng.random() < 0.5 else ''}）"
    return f"（{lead}负责）"


def _fill(rng: random.Random, doc: dict, part: dict, used: set[str]) -> list[str]:
    """The paragraphs of one part (the 正文, or one attached document) filled to its target."""
    fixed = part.get("intro", []) + part.get("closing", [])
    fixed += [p for sec in part["sections"] for p in [sec["heading"]] + sec.get("before", []) + sec.get("after", [])]
    size = sum(count(p) for p in fixed)
    generated: list[list[str]] = [[] for _ in part["sections"]]
    k = 0
    while size < part["target"]:
        i = k % len(part["sections"])
        sec = part["sections"][i]
        k += 1
        full = [s.get("fixed_only") or len(s.get("before", [])) + len(g) + len(s.get("after", [])) >= len(NUMERALS)
                for s, g in zip(part["sections"], generated)]
        if all(full):
            raise ValueError(f"{doc['name']}: sections full below the target, add a section")
        if full[i]:
            continue
        title, text = _measure(rng, doc, used)
        para = f"{title}。{text}{_tag(rng, doc)}"
        generated[i].append(para)
        size += count(para) + 3
    out = list(part.get("intro", []))
    for i, sec in enumerate(part["sections"]):
        out.append(f"@heading1 {sec['heading']}")
        items = sec.get("before", []) + generated[i] + sec.get("after", [])
        out += [f"（{NUMERALS[j]}）{item}" if sec.get("numbered", True) else item for j, item in enumerate(items)]
    return out + part.get("closing", [])


NUMERALS = "一二三四五六七八九十"


def build(doc: dict) -> str:
    rng = random.Random(doc["name"])
    used: set[str] = set()
    lines = [f"# frame: {doc['frame']}"] + [f"# {x}" for x in doc["labels"]]
    lines += [f"@doc_number {doc['number']}", f"@title {doc['title']}", f"@recipients {doc['recipients']}"]
    tail = [f"@signature {doc['signer']}", f"@date {doc['date']}"]
    parts = doc["parts"]
    if parts[0].get("attachment_title"):  # a 印发 notice: short covering text, then the documents
        lines += doc["notice"] + doc.get("attachment_note", []) + tail
        for n, part in enumerate(parts, 1):
            lines.append("@page_break")
            if len(parts) > 1:
                lines.append(f"@attachment_label 附件{n}")
            lines.append(f"@attachment_title {part['attachment_title']}")
            lines += _fill(rng, doc, part, used)
    else:
        lines += _fill(rng, doc, parts[0], used)
        lines += doc.get("attachment_note", []) + tail
        for part in parts[1:]:
            lines += ["@page_break", "@attachment_label 附件", f"@attachment_title {part['annex_title']}"]
            lines += _fill(rng, doc, part, used)
    return "\n".join(lines) + "\n"


def main() -> None:
    from long_docs import DOCS  # the hand-written parts, beside this script

    HERE.mkdir(exist_ok=True)
    for doc in DOCS:
        text = build(doc)
        (HERE / f"{doc['name']}.gw").write_text(text, encoding="utf-8")
        paras = [l for l in text.splitlines() if l and not l.startswith("#")]
        body = [re.sub(r"^@\w+ ", "", l) for l in paras
                if not l.startswith(("@doc_number", "@title", "@recipients", "@signature", "@date", "@page_break"))]
        whole = sum(count(re.sub(r"^@\w+ ", "", p)) for p in paras)
        print(f"{doc['name']}: body {sum(count(p) for p in body)}, all {whole}")


if __name__ == "__main__":
    main()

"""GW501 empty-phrases — 套话密度 (赣府发〔2019〕3号 第2条 “坚决改进文风”).

Stock phrases are found on jieba tokens (:func:`gwlint.analysis.tokens.find_words`,
``"lead"`` mode); a phrase the clause rejects is read by
:func:`gwlint.analysis.negation.negator_in_window`.  Words and thresholds:
``dictionaries/rules/gw501.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.facts import prose_lines
from ...analysis.negation import negator_in_window
from ...analysis.sentences import clause_around, inside, quoted_spans
from ...analysis.tokens import find_words
from ...findings import Violation
from ..base import Example, Rule, RuleSettings
from . import BASIS

# a target that makes the clause concrete: 提高到90%, 达到百分之八十, 3个百分点, 翻2倍
_FIGURE = re.compile(r"(?:到|至|达)\s*(?:百分之|\d)|\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍)")


@dataclass(frozen=True)
class Settings(RuleSettings):
    per_1000: float = 3.5  # phrases per 1000 字 above which the document is flagged
    min_count: int = 8  # fewer phrases than this: flagged only as a dense short text (below)
    short_min_count: int = 5  # a short text with this many phrases …
    short_factor: float = 6.0  # … at this many times per_1000 (one phrase in about 50 字) is flagged too
    list_max: int = 8  # phrase kinds listed in the message
    phrases: list[str] = field(default_factory=list)  # the stock phrases
    extra_phrases: list[str] = field(default_factory=list)  # the user's additions
    negators: list[str] = field(default_factory=list)  # words that reject a phrase (不搞, 防止)
    negation_window: int = 4  # tokens before the phrase, in its clause, where a negator counts


def find_phrases(text: str, index, phrases, negators=(), window: int = 0,
                 quotes=None) -> list[tuple[int, int, str]]:
    """Stock phrases in ``text`` (with its :class:`TokenIndex` ``index``) outside quotation
    marks and titles, on token boundaries ("lead" mode: 切实|加强组织领导 yes, 安全|面|提升 no).
    Not counted: a phrase the clause rejects (不搞|高度重视|式表态: one of ``negators``
    among the ``window`` tokens before it in its clause), and one whose clause goes on to
    a figure (进一步提高到90%: the target is concrete)."""
    quotes = quoted_spans(text) if quotes is None else quotes
    out = []
    for a, b, word in find_words(text, index, phrases, mode="lead"):
        if inside(a, quotes):
            continue
        c0, c1 = clause_around(text, a)
        if any(not inside(f.start(), quotes) for f in _FIGURE.finditer(text, b, c1)):
            continue
        if negators and negator_in_window(text, index, c0, a, negators, window):
            continue
        out.append((a, b, word))
    return out


class EmptyPhrases(Rule):
    code = "GW501"
    name = "empty-phrases"
    severity = "info"
    basis = BASIS
    summary = ("统计正文中“高度重视”“切实加强”“进一步提高”“大力推进”一类套话的密度（每千字处数），"
               "超过阈值时整篇提示一次，并指出套话最集中的段落。")
    why = ("第2条要求“坚决改进文风”“发短文、发管用的文”。程度副词加泛化动词的组合、表态性套语，"
           "删去后句意不变，读者也无从据以执行，只会拉长篇幅、冲淡真正的要求。"
           "本规则只在套话明显偏多时提示一次：词表和阈值在 dictionaries/rules/gw501.toml，"
           "可用配置项 GW501.per_1000、GW501.min_count、GW501.extra_phrases、GW501.phrases 调整。"
           "按 jieba 分词匹配，引号、书名号内的文字（引用的口号、文件名）不计；"
           "批评套话的说法（不搞高度重视式的表态、防止只停留在层层落实上，词表 GW501.negators）"
           "和后面紧跟具体目标的（进一步提高到90%）也不计。")
    bad = ("各地各部门要高度重视，切实加强组织领导，认真贯彻落实，大力推进各项工作，"
           "进一步提高服务水平，不断提升群众满意度，确保各项措施落到实处、取得实效。")
    good = "各设区市政府于2026年6月底前将政务服务事项网上可办率提高到90%（责任单位：省政务服务办）。"
    fix_title = "删去空泛的表态和修饰语，直接写明做什么、谁来做、何时完成、达到什么标准"
    Settings = Settings
    data_file = "rules/gw501.toml"
    examples = (
        Example(bad * 2, fires=True, frame="dept_to_depts", note="两段套话，十余处，密度远超阈值"),
        Example("各设区市农业农村局要在3月20日前完成早稻种子调运，确保供种率达到100%。"
                "不搞“高度重视”式的表态，不把“层层落实”写成层层转发。" * 3, fires=False, frame="dept_to_depts",
                note="引号内的套话和批评套话的说法不计"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        from ...textutil import word_count

        s: Settings = ctx.settings(type(self))
        phrases = tuple(p for p in [*s.phrases, *s.extra_phrases] if p)
        if not phrases:
            return
        negators = tuple(s.negators)
        chars = 0
        per_line: list[tuple[int, list[tuple[int, int, str]], int]] = []
        for ln in prose_lines(ctx):
            text = ctx.text(ln)
            n = word_count(text)
            chars += n
            hits = find_phrases(text, ctx.index(ln), phrases, negators, s.negation_window, ctx.quotes(ln))
            if hits:
                per_line.append((ln, hits, n))
        total = sum(len(h) for _, h, _ in per_line)
        if not chars:
            return
        density, threshold = total * 1000.0 / chars, float(s.per_1000)
        # a short notice made mostly of stock phrases has too few of them for the count, not for the density
        dense_short = total >= s.short_min_count and density > threshold * float(s.short_factor)
        if not dense_short and (total < s.min_count or density <= threshold):
            return
        counts: dict[str, int] = {}
        for _, hits, _ in per_line:
            for _, _, p in hits:
                counts[p] = counts.get(p, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], phrases.index(kv[0]) if kv[0] in phrases else 0))
        shown = "、".join(f"{p}×{c}" for p, c in ranked[:s.list_max]) + ("等" if len(ranked) > s.list_max else "")
        # densest paragraph: most phrases, then highest share of its length
        ln, hits, n = max(per_line, key=lambda x: (len(x[1]), len(x[1]) / max(x[2], 1), -x[0]))
        a, b, _ = hits[0]
        yield Violation(
            f"套话偏多：每千字 {density:.1f} 处（{total} 处/{chars} 字），超过提示阈值 {threshold:g} 处。"
            f"出现的套话：{shown}。本段最集中（{len(hits)} 处）。"
            f"建议删去空泛的表态和修饰语，直接写明做什么、谁来做、何时完成、达到什么标准。",
            line=ln, start=a, end=b,
            data={"density": round(density, 2), "per_1000": threshold, "count": total, "chars": chars,
                  "phrases": dict(ranked), "densest_line": ln, "densest_count": len(hits)},
        )

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
from ...analysis.settings import alternation
from ...analysis.stock_phrases import clauses, covered, find_phrases, stacked
from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS

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
    shapes: list[Regex] = field(default_factory=list)  # productive shapes: 大力弘扬……精神
    short_max: int = 1000  # a document this short (字) is read with the shapes too …
    packed_min: int = 5  # … and one with a paragraph of its 正文 holding this many phrases …
    packed_share: float = 0.45  # … that cover this share of the paragraph is flagged at that paragraph
    stack_min: int = 5  # … as is one with a sentence of its 正文 stacking this many clauses of stock phrases
    speech_title_re: Regex = r"(?!)"  # a carried speech (讲话, 致辞): GW103's business, not counted here


def _own_lines(ctx, speech_title_re: str) -> list[int]:
    """Running text of the 正文 and attachments, without an attachment that is a leader's speech
    (印发……讲话: whether to issue it at all is GW103's question; its wording is the speaker's)."""
    gw, rx = ctx.gw, re.compile(speech_title_re)
    skip: set[int] = set()
    for k, att in enumerate(gw.attachments, 1):
        title = att.title.text if att.title else (gw.carried_title or "" if gw.forwarding and k == 1 else "")
        if rx.search(title.strip()):
            skip.update(att.lines)
    lines = [ln for ln in prose_lines(ctx) if ln not in skip]
    # 现将……同志的讲话印发给你们 and the speech typed on below its own heading (在……会议上的讲话): from that
    # heading on, the text is the speaker's
    if lines and "讲话" in (gw.title.text if gw.title else "") + ctx.text(lines[0]):
        head = next((k for k, ln in enumerate(lines) if k and rx.search(ctx.text(ln).strip())), None)
        if head is not None:
            lines = lines[:head]
    return lines


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
           "和后面紧跟具体目标的（进一步提高到90%）也不计。"
           "不超过 1000 字的短文还计入套话的能产形式（大力弘扬……精神、牢固树立……理念、以高度的政治责任感、"
           "切实增强……的责任感和紧迫感、不断提高……水平，词表 GW501.shapes）：短通知正文的一段大半是套话，"
           "或正文的一句连续五个分句都是套话（为深入贯彻落实……，牢固树立……，切实加强……，全面提升……，扎实推进……，"
           "决定举办……；GW501.stack_min）时，在该段提示一次。印发的领导讲话不计（是否印发讲话是 GW103 的事）。")
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
        s: Settings = ctx.settings(type(self))
        phrases = tuple(p for p in [*s.phrases, *s.extra_phrases] if p)
        if not phrases:
            return
        lines = _own_lines(ctx, s.speech_title_re)
        per_line, chars = self._read(ctx, s, lines, phrases, None)
        if not chars:
            return
        total = sum(len(h) for _, h, _ in per_line)
        threshold = float(s.per_1000)
        # the density threshold was set on the closed words over long documents (the State Council
        # corpus); the productive shapes are read in short texts only, where a dense paragraph is
        # the whole matter and the closed words miss most of it
        flagged = total >= s.min_count and total * 1000.0 / chars > threshold
        packed = None
        if chars <= s.short_max and not flagged:
            if s.shapes:
                per_line, _ = self._read(ctx, s, lines, phrases, alternation(s.shapes))
                total = sum(len(h) for _, h, _ in per_line)
            # a short notice made mostly of stock phrases has too few of them for the count, not the density
            flagged = total >= s.short_min_count and total * 1000.0 / chars > threshold * float(s.short_factor)
            packed = None if flagged else self._packed(ctx, s, per_line)
            if not flagged and packed is None:
                return
        elif not flagged:
            return
        density = total * 1000.0 / chars
        counts: dict[str, int] = {}
        for _, hits, _ in per_line:
            for _, _, p in hits:
                counts[p] = counts.get(p, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], phrases.index(kv[0]) if kv[0] in phrases else 0))
        shown = "、".join(f"{p}×{c}" for p, c in ranked[:s.list_max]) + ("等" if len(ranked) > s.list_max else "")
        data = {"density": round(density, 2), "per_1000": threshold, "count": total, "chars": chars,
                "phrases": dict(ranked)}
        if packed is not None:
            ln, hits, n = packed
            a, b, _ = hits[0]
            run = stacked(ctx.text(ln), hits)
            what = f"这一段大半是套话：{len(hits)} 处套话占本段 {covered(hits)}/{n} 字"
            if covered(hits) < float(s.packed_share) * n:  # a sentence of stacked stock clauses: point at them
                what, a, b = f"这一句连用 {clauses(ctx.text(ln), run)} 个套话分句", run[0][0], run[-1][1]
            yield Violation(
                f"这篇短文（{chars} 字）的{what}。"
                f"出现的套话：{shown}。建议删去空泛的表态和修饰语，直接写明做什么、谁来做、何时完成、达到什么标准。",
                line=ln, start=a, end=b, data={**data, "densest_line": ln, "densest_count": len(hits), "packed": True})
            return
        # densest paragraph: most phrases, then highest share of its length
        ln, hits, n = max(per_line, key=lambda x: (len(x[1]), len(x[1]) / max(x[2], 1), -x[0]))
        a, b, _ = hits[0]
        yield Violation(
            f"套话偏多：每千字 {density:.1f} 处（{total} 处/{chars} 字），超过提示阈值 {threshold:g} 处。"
            f"出现的套话：{shown}。本段最集中（{len(hits)} 处）。"
            f"建议删去空泛的表态和修饰语，直接写明做什么、谁来做、何时完成、达到什么标准。",
            line=ln, start=a, end=b, data={**data, "densest_line": ln, "densest_count": len(hits)},
        )

    @staticmethod
    def _read(ctx, s: Settings, lines: list[int], phrases: tuple[str, ...], shapes):
        """(line, hits, 字) of each line with stock phrases, and the 字 of all ``lines``."""
        from ...textutil import word_count

        chars, per_line = 0, []
        for ln in lines:
            text = ctx.text(ln)
            n = word_count(text)
            chars += n
            hits = find_phrases(text, ctx.index(ln), phrases, tuple(s.negators), s.negation_window,
                                ctx.quotes(ln), shapes)
            if hits:
                per_line.append((ln, hits, n))
        return per_line, chars

    @staticmethod
    def _packed(ctx, s: Settings, per_line):
        """The paragraph of the 正文 (the issuer's own words: no carried speech or annex) that is
        mostly stock phrases: at least ``packed_min`` of them covering ``packed_share`` of it; else the first
        one with a sentence stacking ``stack_min`` clauses of them (为深入贯彻落实……，牢固树立……，切实加强……，
        全面提升……，扎实推进……，决定……: the facts after it do not thin the sentence out)."""
        body = set(ctx.gw.part_lines(0))
        best = None
        for ln, hits, n in per_line:
            if ln in body and len(hits) >= s.packed_min and covered(hits) >= float(s.packed_share) * n:
                if best is None or covered(hits) / n > covered(best[1]) / best[2]:
                    best = (ln, hits, n)
        if best is None and s.stack_min > 0:
            best = next(((ln, hits, n) for ln, hits, n in per_line
                         if ln in body and clauses(ctx.text(ln), stacked(ctx.text(ln), hits)) >= s.stack_min), None)
        return best

"""GW501–GW503 — 文风 (赣府发〔2019〕3号 第2条).

basis: 赣府发〔2019〕3号 第2条 “坚决改进文风。大力提倡发短文、发管用的文，着力增强文件针对性、
可操作性。……对基层反映强烈的‘空头政策’‘无效文件’，视情严格实行责任倒查、严肃问责。”
source: policy/ganfufa-2019-3.txt; word lists and thresholds in ``dictionaries/style.toml``.

All three are advice (info): one finding per document for stock phrases, one per
vague measure, one per overlong sentence, so that they never bury the warnings
and errors of families 1–4.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Iterator

from ..data import load_toml
from ..findings import Violation
from .base import Rule

BASIS = "赣府发〔2019〕3号 第2条"
_LEAD_WS = " \u3000\t"


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_toml("style.toml")


def _opt(ctx, key: str, default=None):
    """Rule setting ``key`` (e.g. "GW503.max_chars") from the config, else style.toml."""
    return ctx.config.option(key, _data().get(key.split(".", 1)[1], default))


def text_parts(ctx) -> list[int]:
    """Lines of the 正文 and of each attachment (labels, attachment titles and
    web-page noise left out): the running text style advice is about."""
    gw = ctx.gw
    noise = set(gw.noise_lines)
    out: list[int] = []
    for part in range(len(gw.attachments) + 1):
        out.extend(ln for ln in gw.part_lines(part) if ln not in noise)
    return out


# ---------------------------------------------------------------- GW501
@lru_cache(maxsize=16)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    # longest first so that 认真贯彻落实 wins over a shorter phrase at the same place
    alts = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alts)))


def stock_phrases(ctx) -> tuple[str, ...]:
    base = _opt(ctx, "GW501.phrases", [])
    extra = _opt(ctx, "GW501.extra_phrases", [])
    return tuple(p for p in [*base, *extra] if p)


@lru_cache(maxsize=512)
def _inner_word_starts(phrase: str) -> frozenset:
    """Offsets inside ``phrase`` where a dictionary word of two or more
    characters starts (切实加强 → {2}: 加强)."""
    from ..segment import tokenizer

    freq = tokenizer().FREQ
    return frozenset(i for i in range(1, len(phrase) - 1)
                     if any(freq.get(phrase[i:j]) for j in range(i + 2, len(phrase) + 1)))


def find_phrases(text: str, tokens, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Stock phrases in ``text`` outside quotation marks and titles.

    A phrase must start where a jieba token starts (全面提升 is not found in
    安全|面|提升) and end on a token boundary, or inside a following word that
    begins at one of the phrase's own inner words (切实|加强组织领导, but not
    形成|合|力量)."""
    from ..sentences import inside, quoted_spans

    rx = _phrase_regex(phrases)
    if rx is None:
        return []
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    quotes = quoted_spans(text)
    out = []
    for m in rx.finditer(text):
        a, b = m.span()
        if a not in starts or inside(a, quotes):
            continue
        if b not in ends:
            inner = _inner_word_starts(m.group())
            if not any(t.start < b < t.end and t.start - a in inner for t in tokens):
                continue
        out.append((a, b, m.group()))
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
           "本规则只在套话明显偏多时提示一次：词表和阈值在 dictionaries/style.toml，"
           "可用配置项 GW501.per_1000、GW501.min_count、GW501.extra_phrases、GW501.phrases 调整。"
           "按 jieba 分词匹配，引号、书名号内的文字（引用的口号、文件名）不计。")
    bad = ("各地各部门要高度重视，切实加强组织领导，认真贯彻落实，大力推进各项工作，"
           "进一步提高服务水平，不断提升群众满意度，确保各项措施落到实处、取得实效。")
    good = "各设区市政府于2026年6月底前将政务服务事项网上可办率提高到90%（责任单位：省政务服务办）。"
    fix_title = "删去空泛的表态和修饰语，直接写明做什么、谁来做、何时完成、达到什么标准"

    def check(self, ctx) -> Iterator[Violation]:
        from ..textutil import word_count

        phrases = stock_phrases(ctx)
        threshold = float(_opt(ctx, "GW501.per_1000"))
        min_count = int(_opt(ctx, "GW501.min_count"))
        list_max = int(_data()["list_max"])
        chars = 0
        per_line: list[tuple[int, list[tuple[int, int, str]], int]] = []
        for ln in text_parts(ctx):
            text = ctx.text(ln)
            n = word_count(text)
            chars += n
            hits = find_phrases(text, ctx.tokens(ln), phrases)
            if hits:
                per_line.append((ln, hits, n))
        total = sum(len(h) for _, h, _ in per_line)
        if not chars or total < min_count:
            return
        density = total * 1000.0 / chars
        if density <= threshold:
            return
        counts: dict[str, int] = {}
        for _, hits, _ in per_line:
            for _, _, p in hits:
                counts[p] = counts.get(p, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], phrases.index(kv[0]) if kv[0] in phrases else 0))
        shown = "、".join(f"{p}×{c}" for p, c in ranked[:list_max]) + ("等" if len(ranked) > list_max else "")
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


# ---------------------------------------------------------------- GW502
@lru_cache(maxsize=16)
def _any_regex(patterns: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# an Arabic number that is a quantity: not an ordinal (第3), not part of a 文号
_NUMBER = re.compile(r"(?<![第〔\[])\d+(?:\.\d+)?")


def _plain_measure_text(ctx, lines: list[int]) -> str:
    """The measure's text with heading markers removed and quoted text blanked
    (a year inside 《…》 is a title, not a deadline)."""
    from ..sentences import quoted_spans
    from ..structure import parse_heading

    out = []
    for ln in lines:
        text = ctx.text(ln)
        h = parse_heading(text, ln, 0)
        if h is not None:
            lead = len(text) - len(text.lstrip(_LEAD_WS))
            cut = lead + len(h.marker)
            text = " " * cut + text[cut:]
        chars = list(text)
        for a, b in quoted_spans(text):
            for k in range(a, b):
                chars[k] = " "
        out.append("".join(chars))
    return "\n".join(out)


def measure_signals(ctx, lines: list[int]) -> dict:
    """What makes a measure checkable: an actor, a time, a quantity, a deliverable,
    a binding rule (each the first piece of evidence found, or None)."""
    from ..units import find_units

    text = _plain_measure_text(ctx, lines)
    units = find_units(text)
    time_rx = _any_regex(tuple(_opt(ctx, "GW502.time_patterns", [])))
    qty_rx = _any_regex(tuple(_opt(ctx, "GW502.quantity_patterns", [])))
    tm = time_rx.search(text) if time_rx else None
    qm = _NUMBER.search(text) or (qty_rx.search(text) if qty_rx else None)
    deliverable = next((w for w in _opt(ctx, "GW502.deliverables", []) if w and w in text), None)
    binding = set(_opt(ctx, "GW502.binding_words", []))
    norm = None
    if binding:
        from ..segment import tokenize

        norm = next((t.text for t in tokenize(text) if t.text in binding), None)
    return {
        "actor": units[0].text if units else None,
        "time": tm.group() if tm else None,
        "quantity": qm.group() if qm else None,
        "deliverable": deliverable,
        "binding": norm,
    }


class VagueMeasure(Rule):
    code = "GW502"
    name = "vague-measure"
    severity = "info"
    basis = BASIS
    summary = ("政策性文件中的一条措施既没有主体，也没有时间节点、量化指标和具体产出，"
               "属于无法检查落实的“空头政策”，在该条标题处提示。")
    why = ("第2条要求“着力增强文件针对性、可操作性”，并点名基层反映强烈的“空头政策”“无效文件”。"
           "一条措施只写“加强……”“推进……”“完善……”，不说谁来做、什么时候完成、做到多少、交出什么，"
           "就无法督办，也无法验收。与 GW102 的分工：GW102 检查是否明确了具体的责任单位（泛指主体算未明确）；"
           "本规则把“各地”“有关部门”这类泛指主体也算作主体，只在一条任务式措施（标题以加强、推进、完善、"
           "切实……开头）连主体都没有、同时又没有时间节点（2026年、年底前、每季度、限期……）、"
           "数量（数字、百分比、××个、××家……）、具体产出（出台办法、建立清单、建成平台、开展试点……）"
           "和硬性规范（不得、必须、严禁……）时提示，指出的是整条措施不可检查；"
           "条文式规定（第×条）和条件清单不检查。"
           "适用范围与 GW102 相同（本省政府系统的政策性文件，配置项 GW502.issuer_levels），"
           "时间、数量、产出的词表在 dictionaries/style.toml。")
    bad = "（三）加强技术指导服务。强化服务意识，提升服务水平，切实增强技术指导的针对性和实效性。"
    good = ("（三）加强技术指导服务。2026年4月底前组织500名农技人员下沉一线，开展育秧、栽插技术指导。"
            "（责任单位：省农业农村厅）")
    fix_title = "写明由谁负责、何时完成、达到什么数量或交出什么成果，做不到的措施删去"

    def check(self, ctx) -> Iterator[Violation]:
        from .responsibility import listed_measures, overall_responsibility, policy_measures

        scope = policy_measures(ctx, _opt(ctx, "GW502.issuer_levels", []))
        if scope is None:
            return
        issuer, measures = scope
        if overall_responsibility(ctx, issuer.name):
            return  # a unit answers for the whole document
        # a 责任分工 table supplies the actor of the measures it lists (as for GW102)
        in_list = listed_measures(ctx, measures)
        if in_list is None:
            return
        listed = in_list[1]
        openers = tuple(_opt(ctx, "GW502.vague_openers", []))
        for m in measures:
            h = m.heading
            # only task-style measures (加强……, 切实……): not articles (第×条) or condition lists
            if id(m) in listed or h.style == "第一条" or not (h.title or "").lstrip(_LEAD_WS).startswith(openers):
                continue
            sig = measure_signals(ctx, m.lines)
            if any(sig.values()):
                continue
            text = ctx.text(h.line)
            lead = len(text) - len(text.lstrip(_LEAD_WS))
            end = lead + len(h.marker) + len(h.title or "")
            label = f"第{h.marker.strip('、.．')}条" if h.style in ("1.", "（1）") else h.marker
            yield Violation(
                f"措施{label}“{h.title[:24]}”没有写明由谁做、何时完成、做到多少或交出什么成果，"
                f"难以督办和验收（“空头政策”）。请补上责任主体、时间节点和量化指标，或删去这一条。",
                line=h.line, start=lead, end=min(end, len(text)),
                data={"measure": h.number, "style": h.style, **sig},
            )


# ---------------------------------------------------------------- GW503
_OPEN = "“‘《（(〈「『【〔"
_CLOSE = "”’》）)〉」』】〕"


def split_points(text: str, a: int, b: int, parts: int, mark_groups) -> list[int]:
    """Offsets (just after a mark) that cut ``text[a:b]`` into ``parts`` pieces
    of similar 字数, never inside quotes or brackets.  ``mark_groups`` are tried in
    order of preference (e.g. ，： before 、)."""
    from ..textutil import word_count

    depth = 0
    found: list[int] = []
    for i in range(a, b - 1):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(i)
    pool: list[int] = []
    for group in mark_groups:
        pool = [i + 1 for i in found if text[i] in group]
        if pool:
            break
    if not pool:
        return []
    total = word_count(text[a:b])
    prefix = {p: word_count(text[a:p]) for p in pool}
    out: list[int] = []
    for k in range(1, parts):
        target = total * k / parts
        best = min(pool, key=lambda p: abs(prefix[p] - target))
        if best not in out:
            out.append(best)
    return sorted(out)


def _bracketed(sentence: str) -> bool:
    """A sentence that is one parenthetical note as a whole (the 发布/修订 history
    under a 令, 〔…〕): not running prose."""
    t = sentence.strip(_LEAD_WS + "。；;")
    if len(t) < 2 or t[0] not in "（(〔[" or t[-1] not in "）)〕]":
        return False
    depth = 0
    for i, ch in enumerate(t):
        if ch in "（(〔[":
            depth += 1
        elif ch in "）)〕]":
            depth -= 1
        if depth == 0 and i < len(t) - 1:
            return False  # the opening bracket closes before the end
    return True


def _lead_in(text: str, a: int, p: int, width: int = 8) -> str:
    """The few characters before split point ``p``, cut after a quote or bracket
    mark so that the hint does not open with half a quotation."""
    window = text[max(a, p - width):p]
    cut = max((window.rfind(c) for c in _OPEN + _CLOSE), default=-1)
    if cut >= 0 and len(window) - cut - 1 >= 4:
        window = window[cut + 1:]
    return window


class LongSentence(Rule):
    code = "GW503"
    name = "long-sentence"
    severity = "info"
    basis = BASIS
    summary = "一句话（以句号、问号、叹号或分号结束）超过设定字数（默认 150 字，按 Word 字数计）时提示，并建议断句位置。"
    why = ("第2条要求“发短文、发管用的文”。一句话动辄一二百字，读者要反复回读才能分清主语、谓语和并列成分，"
           "执行时容易漏项。分号分隔的并列项按各自的句子计；标点、数字、英文单词按 Word 字数规则计。"
           "上限用配置项 GW503.max_chars 调整（默认 150 字，见 dictionaries/style.toml）。")
    bad = ("各地要以推进政务服务标准化规范化便利化为主线，围绕企业和群众办事的难点堵点，"
           "全面梳理本地区依申请政务服务事项的办理条件、申请材料、办理流程和办理时限，统一编制办事指南，"
           "推动同一事项在不同地区无差别受理、同标准办理，并依托全省一体化在线政务服务平台实现网上申请、"
           "网上受理、网上审批和结果网上送达，同时完善线下窗口综合受理机制，加强窗口工作人员业务培训和作风建设，"
           "切实提升群众的办事体验。")
    good = ("各地要全面梳理本地区依申请政务服务事项的办理条件、申请材料、办理流程和办理时限，统一编制办事指南。"
            "同一事项在不同地区无差别受理、同标准办理。依托全省一体化在线政务服务平台，"
            "实现网上申请、受理、审批和结果送达。")
    fix_title = "在分句处断开，把一句拆成几句；并列的多项内容改用分号分项或分条列出"

    def check(self, ctx) -> Iterator[Violation]:
        from ..textutil import word_count

        limit = int(_opt(ctx, "GW503.max_chars"))
        marks = list(_data()["split_marks"])
        for ln in text_parts(ctx):
            text = ctx.text(ln)
            if word_count(text) <= limit:
                continue
            for a, b in ctx.sentences(ln):
                while a < b and text[a] in _LEAD_WS:
                    a += 1
                n = word_count(text[a:b])
                if n <= limit or _bracketed(text[a:b]):
                    continue
                parts = max(2, math.ceil(n / limit))
                cuts = split_points(text, a, b, parts, marks)
                if cuts:
                    where = "、".join(f"“…{_lead_in(text, a, p)}”" for p in cuts)
                    hint = f"建议在{where}之后断句，拆成 {len(cuts) + 1} 句；并列的多项内容可改用分号分项。"
                else:
                    hint = "建议拆成几句，或把并列的多项内容改用分号分项、分条列出。"
                yield Violation(
                    f"句子长 {n} 字，超过 {limit} 字的上限，不易读懂。{hint}",
                    line=ln, start=a, end=b,
                    data={"chars": n, "max_chars": limit, "split_after": cuts},
                )


__register__ = (EmptyPhrases, VagueMeasure, LongSentence)

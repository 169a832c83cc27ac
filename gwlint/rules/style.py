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

from ..analysis.lexicon import load_data as load_toml
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


def find_phrases(text: str, tokens, phrases: tuple[str, ...],
                 negators: tuple[str, ...] = (), window: int = 0) -> list[tuple[int, int, str]]:
    """Stock phrases in ``text`` outside quotation marks and titles.

    A phrase must start where a jieba token starts (全面提升 is not found in
    安全|面|提升) and end on a token boundary, or inside a following word that
    begins at one of the phrase's own inner words (切实|加强组织领导, but not
    形成|合|力量).  Not counted: a phrase the clause rejects (不搞|高度重视|式表态:
    one of ``negators`` among the ``window`` tokens before it in its clause), and
    one whose clause goes on to a figure (进一步提高到90%: the target is concrete)."""
    from ..analysis.sentences import inside, quoted_spans

    rx = _phrase_regex(phrases)
    if rx is None:
        return []
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    quotes = quoted_spans(text)
    neg = frozenset(negators)
    out = []
    for m in rx.finditer(text):
        a, b = m.span()
        if a not in starts or inside(a, quotes):
            continue
        if b not in ends:
            inner = _inner_word_starts(m.group())
            if not any(t.start < b < t.end and t.start - a in inner for t in tokens):
                continue
        c0, c1 = _clause_around(text, a)
        if any(not inside(f.start(), quotes) for f in _FIGURE.finditer(text, b, c1)):
            continue
        if neg and window:
            before = [t for t in tokens if c0 <= t.start and t.end <= a][-window:]
            # 不搞 is two tokens (不|搞): match the words on token starts; 不能不 is emphasis
            if any(text.startswith(w, t.start) and t.start + len(w) <= a and text[t.start + len(w)] != "不"
                   for t in before for w in neg):
                continue
        out.append((a, b, m.group()))
    return out


_CLAUSE_MARKS = "，,：:。；;！？!?"
# a target that makes the clause concrete: 提高到90%, 达到百分之八十, 3个百分点, 翻2倍
_FIGURE = re.compile(r"(?:到|至|达)\s*(?:百分之|\d)|\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍)")


def _clause_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause holding ``pos`` (between ，：。； marks)."""
    a = max(text.rfind(c, 0, pos) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, pos) for c in _CLAUSE_MARKS) if i >= 0]
    return a, min(ends) if ends else len(text)


class EmptyPhrases(Rule):
    code = "GW501"
    data_file = "style.toml"  # settings schema inferred from it until typed settings are written
    name = "empty-phrases"
    severity = "info"
    basis = BASIS
    summary = ("统计正文中“高度重视”“切实加强”“进一步提高”“大力推进”一类套话的密度（每千字处数），"
               "超过阈值时整篇提示一次，并指出套话最集中的段落。")
    why = ("第2条要求“坚决改进文风”“发短文、发管用的文”。程度副词加泛化动词的组合、表态性套语，"
           "删去后句意不变，读者也无从据以执行，只会拉长篇幅、冲淡真正的要求。"
           "本规则只在套话明显偏多时提示一次：词表和阈值在 dictionaries/style.toml，"
           "可用配置项 GW501.per_1000、GW501.min_count、GW501.extra_phrases、GW501.phrases 调整。"
           "按 jieba 分词匹配，引号、书名号内的文字（引用的口号、文件名）不计；"
           "批评套话的说法（不搞高度重视式的表态、防止只停留在层层落实上，词表 GW501.negators）"
           "和后面紧跟具体目标的（进一步提高到90%）也不计。")
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
        negators = tuple(_opt(ctx, "GW501.negators", []))
        window = int(_opt(ctx, "GW501.negation_window", 4))
        chars = 0
        per_line: list[tuple[int, list[tuple[int, int, str]], int]] = []
        for ln in text_parts(ctx):
            text = ctx.text(ln)
            n = word_count(text)
            chars += n
            hits = find_phrases(text, ctx.tokens(ln), phrases, negators, window)
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


# an Arabic number that is a quantity: not an ordinal (第3), not part of a 文号 or
# of a name such as 5G
_NUMBER = re.compile(r"(?<![第〔\[A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])")
# a 文号 cited in the text (赣府发〔2019〕3号): its figures are no target
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{0,8}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d+\s*号")


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        chars[k] = " "


def _plain_measure_text(ctx, lines: list[int]) -> str:
    """The measure's text with heading markers removed and quoted text, cited 文号
    and words that only look like evidence (一批, 想办法) blanked: a year inside
    《…》 is a title, not a deadline."""
    from ..analysis.sentences import quoted_spans
    from ..analysis.structure import parse_heading

    ignore = _any_regex(tuple(map(re.escape, _opt(ctx, "GW502.ignore_words", []))))
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
            _blank(chars, a, b)
        for m in _DOC_NO.finditer(text):
            _blank(chars, *m.span())
        if ignore is not None:
            for m in ignore.finditer(text):
                _blank(chars, *m.span())
        out.append("".join(chars))
    return "\n".join(out)


def measure_signals(ctx, lines: list[int]) -> dict:
    """What makes a measure checkable: an actor, a time, a quantity, a deliverable,
    a binding rule (each the first piece of evidence found, or None)."""
    from ..analysis.units import find_units

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
    data_file = "style.toml"  # settings schema inferred from it until typed settings are written
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
           "条文式规定（第×条）和条件清单不检查；所附责任分工表中为这一条写明了责任单位（含处室）的，视为有主体。"
           "引用的文号（赣府发〔2019〕3号）、“5G”一类名称中的数字、“一批”“一系列”不算数量，"
           "“想办法”不算出台办法（词表 GW502.ignore_words）；“汛前”“一季度末”“春节前”算时间节点。"
           "适用范围与 GW102 相同（本省政府系统的政策性文件，配置项 GW502.issuer_levels），"
           "时间、数量、产出的词表在 dictionaries/style.toml。")
    bad = "（三）加强技术指导服务。强化服务意识，提升服务水平，切实增强技术指导的针对性和实效性。"
    good = ("（三）加强技术指导服务。2026年4月底前组织500名农技人员下沉一线，开展育秧、栽插技术指导。"
            "（责任单位：省农业农村厅）")
    fix_title = "写明由谁负责、何时完成、达到什么数量或交出什么成果，做不到的措施删去"

    def check(self, ctx) -> Iterator[Violation]:
        from ..analysis.facts import listed_measures, overall_responsibility, policy_measures

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
            # nested quotation marks inside the message's own “…”
            title = h.title[:24].replace("“", "‘").replace("”", "’")
            yield Violation(
                f"措施{label}“{title}”没有写明由谁做、何时完成、做到多少或交出什么成果，"
                f"难以督办和验收（“空头政策”）。请补上责任主体、时间节点和量化指标，或删去这一条。",
                line=h.line, start=lead, end=min(end, len(text)),
                data={"measure": h.number, "style": h.style, **sig},
            )


# ---------------------------------------------------------------- GW503
_OPEN = "“‘《（(〈「『【〔"
_CLOSE = "”’》）)〉」』】〕"


def split_points(text: str, a: int, b: int, parts: int, mark_groups, avoid=frozenset()) -> list[int]:
    """Offsets (just after a mark) that cut ``text[a:b]`` into ``parts`` pieces
    of similar 字数, never inside quotes or brackets.  ``mark_groups`` are tried in
    order of preference (e.g. ，： before 、); offsets in ``avoid`` (inside a
    按照……要求 or 对……的 frame, inside a series) are used only when nothing else is left."""
    from ..textutil import prefix_word_counts

    found = _marks_at_depth0(text, a, b)
    pool: list[int] = []
    for group in mark_groups:
        pool = [i + 1 for i in found if text[i] in group]
        if pool:
            break
    if not pool:
        return []
    pool = [p for p in pool if p not in avoid] or pool
    import bisect

    ends = sorted(set(pool))
    total, *counts = prefix_word_counts(text[a:b], [p - a for p in ends])
    out: list[int] = []
    for k in range(1, parts):
        # the mark whose prefix is nearest the target (the earliest of equals): counts only grow
        target = total * k / parts
        j = bisect.bisect_left(counts, target)
        near = [bisect.bisect_left(counts, counts[i]) for i in (j - 1, j) if 0 <= i < len(counts)]
        best = ends[min(near, key=lambda i: (abs(counts[i] - target), i))]
        if best not in out:
            out.append(best)
    return sorted(out)


def _marks_at_depth0(text: str, a: int, b: int) -> list[int]:
    """Offsets of the marks in ``text[a:b-1]`` outside quotes and brackets."""
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
    return found


# parts of a sentence the drafter cannot shorten
_SENT_MARK = re.compile(r"[。！？；!?;]")
_NOTE = re.compile(r"[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]|以下简称|下称|简称")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that cite rather than say: 《titles》, bracketed notes
    giving a 文号 or a short name (（赣府发〔2019〕3号）, （以下简称《决定》）), and
    quoted passages that hold whole sentences (a leader's words, an article)."""
    from ..analysis.sentences import quoted_spans

    out = list(quoted_spans(text, [("《", "》")]))
    out += [(x, y) for x, y in quoted_spans(text, [("“", "”")]) if _SENT_MARK.search(text, x + 1, max(x + 1, y - 1))]
    out += [m.span() for m in _PAREN.finditer(text) if _NOTE.search(m.group())]
    return out


def counted_chars(text: str, a: int, b: int, skip=()) -> int:
    """Word 字数 of ``text[a:b]`` leaving out the ``skip`` spans."""
    from ..textutil import word_count

    if not skip:
        return word_count(text[a:b])
    chars = list(text[a:b])
    for x, y in skip:
        for k in range(max(a, x), min(b, y)):
            chars[k - a] = " "
    return word_count("".join(chars))


# enumeration markers at the start of a clause: 一是 二是, 其一, 第一, （1）, ①
_ORDINAL = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2}|"
                      r"第[一二三四五六七八九十]{1,3}(?=[，,、是])|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])")
_CONJ_START = ("以及", "或者", "或", "并且", "而且", "及其")


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[a:b]`` cut after ，： outside quotes and brackets."""
    cuts = [i + 1 for i in _marks_at_depth0(text, a, b) if text[i] in "，,：:"]
    starts = [a, *cuts]
    return [(s, e) for s, e in zip(starts, [*cuts, b]) if e > s]


def _core(text: str, s: int, e: int) -> str:
    return text[s:e].strip(_LEAD_WS + "，,：:。；;！？!?")


def enumeration(text: str, a: int, b: int, min_share: float) -> tuple[str, list[int]] | None:
    """(label, item starts) when the sentence is a run of parallel items: clauses
    opened by 一是/二是…, or three or more clauses opened by the same word
    (授予……，授予……) covering ``min_share`` of the sentence."""
    from ..textutil import word_count

    cl = _clauses(text, a, b)
    marks = [(s, m.group().strip(_LEAD_WS)) for s, _ in cl if (m := _ORDINAL.match(text, s))]
    if len(marks) >= 2:
        return f"{marks[0][1]}……{marks[1][1]}……", [s for s, _ in marks]
    heads = [_core(text, s, e)[:2] for s, e in cl]
    best: tuple[int, int] = (0, 0)
    k = 0
    while k < len(cl):
        m = k
        while m + 1 < len(cl) and len(heads[k]) == 2 and heads[m + 1] == heads[k]:
            m += 1
        if m - k > best[1] - best[0]:
            best = (k, m)
        k = m + 1
    k, m = best
    if m - k + 1 >= 3 and word_count(text[cl[k][0]:cl[m][1]]) >= min_share * word_count(text[a:b]):
        return f"{heads[k]}……", [cl[x][0] for x in range(k, m + 1)]
    return None


def awkward_points(text: str, a: int, b: int, openers, closers, topic_openers, means=()) -> frozenset:
    """Clause boundaries of ``text[a:b]`` where a break would cut a construction
    in two: inside a 按照……的要求 / 根据……精神 frame, inside a 对……的 topic and
    right after it, right after a 通过……方式 adverbial, inside a series of clauses
    opened by the same word (哪里……，哪里……), and before 以及/或者."""
    openers, closers, topic_openers, means = map(tuple, (openers, closers, topic_openers, means))
    cl = _clauses(text, a, b)
    core = [_core(text, s, e) for s, e in cl]
    heads = [c[:2] for c in core]
    bad: set[int] = set()
    n = len(cl)
    for j in range(1, n):
        if heads[j] == heads[j - 1] or (j + 1 < n and heads[j] == heads[j + 1] and heads[j] in core[j - 1]):
            bad.add(cl[j][0])
        if core[j].startswith(_CONJ_START):
            bad.add(cl[j][0])
    for j in range(n):
        head = core[j][:8]
        if any(o in head for o in openers) and not core[j].endswith(closers):
            k = next((k for k in range(j + 1, min(n, j + 4)) if core[k].endswith(closers)), None)
            if k is not None:
                bad.update(cl[x][0] for x in range(j + 1, k + 1))
        if means and j + 1 < n and core[j].startswith(means):
            bad.add(cl[j + 1][0])
        if core[j].endswith("的") and text[cl[j][1] - 1] in "，,":
            first = max((k for k in range(j + 1) if core[k].startswith(topic_openers)), default=0)
            bad.update(cl[x][0] for x in range(first + 1, min(n, j + 2)))
    return frozenset(bad)


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
    data_file = "style.toml"  # settings schema inferred from it until typed settings are written
    name = "long-sentence"
    severity = "info"
    basis = BASIS
    summary = "一句话（以句号、问号、叹号或分号结束）超过设定字数（默认 150 字，按 Word 字数计）时提示，并建议断句位置。"
    why = ("第2条要求“发短文、发管用的文”。一句话动辄一二百字，读者要反复回读才能分清主语、谓语和并列成分，"
           "执行时容易漏项。分号分隔的并列项按各自的句子计；标点、数字、英文单词按 Word 字数规则计。"
           "起草人无法缩短的引用部分不计字数：书名号内的文件名、括注的文号和简称（（赣府发〔2019〕3号）"
           "（以下简称《决定》））、含有整句的引文（配置项 GW503.skip_citations 设为 false 时照计）。"
           "“一是……二是……”或同一个词开头的并列分句组成的长句，建议各项之间改用分号；其他长句给出断句位置，"
           "不在“按照……的要求”“对……的，要……”“通过……方式，”这类结构中间断。"
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

        data = _data()
        limit = int(_opt(ctx, "GW503.max_chars"))
        skip_citations = bool(_opt(ctx, "GW503.skip_citations", True))
        marks = list(data["split_marks"])
        share = float(data.get("enumeration_share", 0.6))
        openers = tuple(data.get("frame_openers", ()))
        closers = tuple(data.get("frame_closers", ()))
        topic = tuple(data.get("topic_openers", ()))
        means = tuple(data.get("means_openers", ()))
        for ln in text_parts(ctx):
            text = ctx.text(ln)
            if word_count(text) <= limit:
                continue
            skip = citation_spans(text) if skip_citations else []
            for a, b in ctx.sentences(ln):
                while a < b and text[a] in _LEAD_WS:
                    a += 1
                n = counted_chars(text, a, b, skip)
                if n <= limit or _bracketed(text[a:b]):
                    continue
                raw = word_count(text[a:b])
                size = f"句子长 {n} 字" + ("（不计引用的文件名、文号和引文）" if raw > n else "")
                items = enumeration(text, a, b, share)
                if items:
                    label, starts = items
                    cuts = starts[1:]
                    hint = f"句中“{label}”等 {len(starts)} 项并列，建议各项之间改用分号分隔，或分条列出。"
                else:
                    parts = max(2, math.ceil(n / limit))
                    avoid = awkward_points(text, a, b, openers, closers, topic, means)
                    cuts = split_points(text, a, b, parts, marks, avoid)
                    if cuts:
                        where = "、".join(f"“…{_lead_in(text, a, p)}”" for p in cuts)
                        hint = f"建议在{where}之后断句，拆成 {len(cuts) + 1} 句；并列的多项内容可改用分号分项。"
                    else:
                        hint = "建议拆成几句，或把并列的多项内容改用分号分项、分条列出。"
                yield Violation(
                    f"{size}，超过 {limit} 字的上限，不易读懂。{hint}",
                    line=ln, start=a, end=b,
                    data={"chars": n, "raw_chars": raw, "max_chars": limit, "split_after": cuts,
                          "enumeration": bool(items)},
                )


__register__ = (EmptyPhrases, VagueMeasure, LongSentence)

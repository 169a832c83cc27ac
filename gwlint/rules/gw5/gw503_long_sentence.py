"""GW503 long-sentence — 长句 (赣府发〔2019〕3号 第2条 “发短文、发管用的文”).

Sentences are :meth:`Context.sentences`; the break hint avoids constructions that a
cut would leave half-said.  Thresholds and words: ``dictionaries/rules/gw503.toml``.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ...analysis.facts import prose_lines
from ...analysis.sentences import ENUM_ITEM as _ORDINAL, full_sentences, quoted_spans
from ...findings import Violation
from ...textutil import prefix_word_counts, word_count
from ..base import Example, Rule, RuleSettings
from . import BASIS, LEAD_WS


@dataclass(frozen=True)
class Settings(RuleSettings):
    max_chars: int = 150  # a sentence longer than this (Word 字数) is flagged
    skip_citations: bool = True  # cited titles, 文号 notes and quoted sentences are not counted
    split_marks: list[str] = field(default_factory=list)  # marks to break after, groups in order of preference
    frame_openers: list[str] = field(default_factory=list)  # 按照……的要求: never cut inside the frame
    frame_closers: list[str] = field(default_factory=list)
    topic_openers: list[str] = field(default_factory=list)  # 对……的，要……
    means_openers: list[str] = field(default_factory=list)  # 通过……方式，
    enumeration_share: float = 0.6  # share of a sentence that parallel clauses must cover


_OPEN = "“‘《（(〈「『【〔"
_CLOSE = "”’》）)〉」』】〕"
_BRACKET = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")


def split_points(text: str, a: int, b: int, parts: int, mark_groups, avoid=frozenset()) -> list[int]:
    """Offsets (just after a mark) that cut ``text[a:b]`` into ``parts`` pieces
    of similar 字数, never inside quotes or brackets.  ``mark_groups`` are tried in
    order of preference (e.g. ，： before 、); offsets in ``avoid`` (inside a
    按照……要求 or 对……的 frame, inside a series) are used only when nothing else is left."""
    pool: list[int] = []
    for group in mark_groups:
        pool = [i + 1 for i in _marks_at_depth0(text, a, b, group)]
        if pool:
            break
    if not pool:
        return []
    pool = [p for p in pool if p not in avoid] or pool
    # one pass for every prefix: a run-on sentence of thousands of clauses stays linear
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


def _marks_at_depth0(text: str, a: int, b: int, marks: str) -> list[int]:
    """Offsets of the ``marks`` (characters) in ``text[a:b-1]`` outside quotes and brackets."""
    if not marks:
        return []
    depth = 0
    found: list[int] = []
    for m in _scanner(marks).finditer(text, a, b - 1):  # a step per bracket or mark, not per character
        ch = m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(m.start())
    return found


@lru_cache(maxsize=32)
def _scanner(marks: str) -> re.Pattern:
    return re.compile("[" + re.escape(_OPEN + _CLOSE) + "]|[" + re.escape(marks) + "]")


# parts of a sentence the drafter cannot shorten
_SENT_MARK = re.compile(r"[。！？；!?;]")
_NOTE = re.compile(r"[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]|以下简称|下称|简称")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that cite rather than say: 《titles》, bracketed notes
    giving a 文号 or a short name (（赣府发〔2019〕3号）, （以下简称《决定》）), and
    quoted passages that hold whole sentences (a leader's words, an article)."""
    out = list(quoted_spans(text, [("《", "》")]))
    out += [(x, y) for x, y in quoted_spans(text, [("“", "”")]) if _SENT_MARK.search(text, x + 1, max(x + 1, y - 1))]
    out += [m.span() for m in _PAREN.finditer(text) if _NOTE.search(m.group())]
    return out


def counted_chars(text: str, a: int, b: int, skip=()) -> int:
    """Word 字数 of ``text[a:b]`` leaving out the ``skip`` spans."""
    if not skip:
        return word_count(text[a:b])
    chars = list(text[a:b])
    for x, y in skip:
        for k in range(max(a, x), min(b, y)):
            chars[k - a] = " "
    return word_count("".join(chars))


_CONJ_START = ("以及", "或者", "或", "并且", "而且", "及其")


def _semicolons(text: str, a: int, b: int) -> list[int]:
    """Offsets just after each 分号 at depth 0 inside ``text[a:b]`` (not the last mark)."""
    return [i + 1 for i in _marks_at_depth0(text, a, b, "；;") if i + 1 < b]


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[a:b]`` cut after ，： outside quotes and brackets."""
    cuts = [i + 1 for i in _marks_at_depth0(text, a, b, "，,：:")]
    starts = [a, *cuts]
    return [(s, e) for s, e in zip(starts, [*cuts, b]) if e > s]


def _core(text: str, s: int, e: int) -> str:
    return text[s:e].strip(LEAD_WS + "，,：:。；;！？!?")


def enumeration(text: str, a: int, b: int, min_share: float) -> tuple[str, list[int]] | None:
    """(label, item starts) when the sentence is a run of parallel items: clauses
    opened by 一是/二是…, or three or more clauses opened by the same word
    (授予……，授予……) covering ``min_share`` of the sentence."""
    cl = _clauses(text, a, b)
    marks = [(s, m.group().strip(LEAD_WS)) for s, _ in cl if (m := _ORDINAL.match(text, s))]
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
    t = sentence.strip(LEAD_WS + "。；;")
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
    summary = "一句话（以句号、问号或叹号结束）超过设定字数（默认 150 字，按 Word 字数计）时提示，并建议断句位置。"
    why = ("第2条要求“发短文、发管用的文”。一句话动辄一二百字，读者要反复回读才能分清主语、谓语和并列成分，"
           "执行时容易漏项。按 GB/T 15834-2011，句子以句号、问号、叹号结束，分号只分开句内的分句，分号连起的几个分句按一句计；"
           "用序号分项列举的各项（（一）……；（二）……，一是……；二是……）各自计；标点、数字、英文单词按 Word 字数规则计。"
           "起草人无法缩短的引用部分不计字数：书名号内的文件名、括注的文号和简称（（赣府发〔2019〕3号）"
           "（以下简称《决定》））、含有整句的引文（配置项 GW503.skip_citations 设为 false 时照计）。"
           "“一是……二是……”或同一个词开头的并列分句组成的长句，建议各项之间改用分号；其他长句给出断句位置，"
           "不在“按照……的要求”“对……的，要……”“通过……方式，”这类结构中间断。"
           "上限用配置项 GW503.max_chars 调整（默认 150 字，见 dictionaries/rules/gw503.toml）。")
    bad = ("各地要以推进政务服务标准化规范化便利化为主线，围绕企业和群众办事的难点堵点，"
           "全面梳理本地区依申请政务服务事项的办理条件、申请材料、办理流程和办理时限，统一编制办事指南，"
           "推动同一事项在不同地区无差别受理、同标准办理，并依托全省一体化在线政务服务平台实现网上申请、"
           "网上受理、网上审批和结果网上送达，同时完善线下窗口综合受理机制，加强窗口工作人员业务培训和作风建设，"
           "切实提升群众的办事体验。")
    good = ("各地要全面梳理本地区依申请政务服务事项的办理条件、申请材料、办理流程和办理时限，统一编制办事指南。"
            "同一事项在不同地区无差别受理、同标准办理。依托全省一体化在线政务服务平台，"
            "实现网上申请、受理、审批和结果送达。")
    fix_title = "在分句处断开，把一句拆成几句；并列的多项内容改用分号分项或分条列出"
    Settings = Settings
    data_file = "rules/gw503.toml"
    examples = (
        Example(bad, fires=True, frame="dept_to_depts"),
        Example(good, fires=False, frame="dept_to_depts"),
        Example("按照《江西省人民政府关于深入推进政务服务“一网通办”改革的实施意见》（赣府发〔2026〕3号）"
                "和《江西省人民政府办公厅关于印发江西省优化营商环境若干措施的通知》（赣府厅发〔2026〕5号）"
                "的要求，各设区市政务服务管理局要梳理依申请政务服务事项，统一编制办事指南。", fires=False,
                frame="dept_to_depts", note="引用的文件名和文号不计字数"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        limit, skip_citations, marks, share = s.max_chars, s.skip_citations, list(s.split_marks), s.enumeration_share
        openers, closers, topic, means = (tuple(x) for x in (s.frame_openers, s.frame_closers, s.topic_openers,
                                                               s.means_openers))
        for ln in prose_lines(ctx):
            text = ctx.text(ln)
            # a 字 count never exceeds the length: short texts need no count
            if len(text) <= limit or word_count(text) <= limit:
                continue
            skip = citation_spans(text) if skip_citations else []
            for a, b in full_sentences(text, ctx.sentences(ln)):
                while a < b and text[a] in LEAD_WS:
                    a += 1
                if b - a <= limit:
                    continue
                n = counted_chars(text, a, b, skip)
                if n <= limit or _bracketed(text[a:b]):
                    continue
                raw = word_count(text[a:b])
                size = f"句子长 {n} 字" + ("（不计引用的文件名、文号和引文）" if raw > n else "")
                items = enumeration(text, a, b, share)
                semis = _semicolons(text, a, b)
                if semis:
                    cuts = semis
                    hint = f"分号只分开一句之内的分句，这 {len(semis) + 1} 个分句仍是一句；建议把分号改为句号，各自成句，或分条列出。"
                elif items:
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

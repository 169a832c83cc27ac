"""GW502 vague-measure — 空头措施 (赣府发〔2019〕3号 第2条 “空头政策”).

The measures of a policy document and who answers for them are shared facts
(:func:`gwlint.analysis.facts.policy_measures`, the same scope as GW102); words and
patterns: ``dictionaries/rules/gw502.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ...analysis.facts import inline_items, listed_measures, overall_responsibility, policy_measures
from ...analysis.markers import match_marker
from ...analysis.units import find_notes, find_units
from ...findings import Violation
from ...analysis.settings import alternation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS, LEAD_WS

# an Arabic number that is a quantity: not an ordinal (第3), not part of a 文号 or
# of a name such as 5G
_NUMBER = re.compile(r"(?<![第〔\[A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])")
# a 文号 cited in the text (赣府发〔2019〕3号): its figures are no target
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{0,8}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d+\s*号")


@dataclass(frozen=True)
class Settings(RuleSettings):
    issuer_levels: list[str] = field(default_factory=list)  # issuers checked (as GW102)
    policy_types: list[str] = field(default_factory=list)  # 意见, 措施, 方案 … (as GW102, set apart)
    vague_openers: list[str] = field(default_factory=list)  # a task-style measure title opens with one
    time_patterns: list[Regex] = field(default_factory=list)  # a deadline or period
    quantity_patterns: list[Regex] = field(default_factory=list)  # a quantity besides Arabic numbers
    ignore_words: list[str] = field(default_factory=list)  # look like evidence, are not (一批, 想办法)
    deliverables: list[str] = field(default_factory=list)  # an output one can check (出台, 清单, 平台)
    binding_words: list[str] = field(default_factory=list)  # a binding norm (不得, 必须)
    campaign_periods: list[Regex] = field(default_factory=list)  # 为期两个月, 5月1日至6月30日
    campaign_words: list[str] = field(default_factory=list)  # 集中整治, 专项行动
    actor_patterns: list[Regex] = field(default_factory=list)  # a class of recipients as subject (各学校要)


@lru_cache(maxsize=32)
def _any_regex(patterns: tuple[str, ...]) -> re.Pattern | None:
    return alternation(patterns)  # the rules' one joined form, searched behind its opening characters


def _blanked(text: str, spans: list) -> str:
    """``text`` with every character inside one of ``spans`` replaced by a space (same length)."""
    out, at = [], 0
    for a, b in sorted(spans):
        if a < at:
            a = at
        if b > a:
            out.append(text[at:a])
            out.append(" " * (b - a))
            at = b
    out.append(text[at:])
    return "".join(out)


def plain_measure_text(ctx, lines: list[int], ignore_words=()) -> str:
    """The measure's text with its list marker removed and quoted text, cited 文号 and
    words that only look like evidence (一批, 想办法) blanked: a year inside 《…》 is
    a title, not a deadline."""
    ignore = _any_regex(tuple(map(re.escape, ignore_words)))
    out = []
    for ln in lines:
        text = ctx.text(ln)
        m = match_marker(text)
        if m is not None:
            text = " " * m.end + text[m.end:]
        spans = [*ctx.quotes(ln), *(hit.span() for hit in _DOC_NO.finditer(text))]
        if ignore is not None:
            spans.extend(hit.span() for hit in ignore.finditer(text))
        out.append(_blanked(text, spans) if spans else text)
    return "\n".join(out)


def measure_signals(ctx, lines: list[int], s: Settings, *, any_only: bool = False) -> dict:
    """What makes a measure checkable: an actor, a time, a quantity, a deliverable, a
    binding rule (each the first piece of evidence found, or None).  With ``any_only``
    the answer is only good for ``any(...)``: the cheap text signals are looked for first
    and the actor (a unit scan of a new text) only when none is found."""
    text = plain_measure_text(ctx, lines, s.ignore_words)
    time_rx, qty_rx = _any_regex(tuple(s.time_patterns)), _any_regex(tuple(s.quantity_patterns))
    tm = time_rx.search(text) if time_rx else None
    tm = tm.group() if tm else None
    if any_only and tm:  # any one signal answers: the later ones are not looked for
        return {"time": True}
    qm = _NUMBER.search(text) or (qty_rx.search(text) if qty_rx else None)
    qm = qm.group() if qm else None
    if any_only and qm:
        return {"time": True}
    deliverable = next((w for w in s.deliverables if w and w in text), None)
    if any_only and deliverable:
        return {"time": True}
    # sub-items spelt out inside the measure (一是……二是……, 第一，……第二，……; the one reading GW102 shares):
    # what is to be done is listed, item by item — detail, not a slogan
    items = inline_items(text)
    items = "、".join(it.lead.rstrip("，,、") for it in items[:2]) if items else None
    if any_only and items:
        return {"time": True}
    # a 责任单位 note vouches for names the unit finder does not know (市委党史研究室, 闽西干部学院)
    units = find_units(text) or [u for n in find_notes(text) for u in (*n.lead, *n.partners)]
    if not units:  # a note's unit name may hold a quotation (省推进“三地一区”建设领导小组…), blanked above
        raw = "\n".join(ctx.text(ln) for ln in lines)
        units = [u for n in find_notes(raw) for u in (*n.lead, *n.partners)]
    if not units and (actor_rx := _any_regex(tuple(s.actor_patterns))) is not None \
            and (hit := actor_rx.search(text)) is not None:
        units = [_Actor(hit.group().lstrip("，。；： \n"))]  # 各学校要……: each school knows it is meant
    if any_only and units and units[0].text:
        return {"actor": True}
    binding = set(s.binding_words)
    norm = _first_token_in(text, binding) if binding else None  # after the unit scan: its tokens are memoised
    return {"actor": units[0].text if units else None, "time": tm, "quantity": qm, "deliverable": deliverable,
            "binding": norm, "items": items}


@dataclass(frozen=True)
class _Actor:
    text: str


def _first_token_in(text: str, words: set) -> str | None:
    """The first token of ``text`` that is one of ``words``.  Line by line: jieba cuts at a line
    break, so the lines' tokens (segmented already by the unit scan) are the text's, with a
    ``\n`` token between them."""
    from ...segment import tokenize

    if "\r" in text or "\n" in words:  # a \r\n pair is one token of the whole text
        return next((t.text for t in tokenize(text) if t.text in words), None)
    for line in text.split("\n"):
        for t in tokenize(line):
            if t.text in words:
                return t.text
    return None


def _campaign_line(ctx, s: Settings) -> int | None:
    """The line of the 正文 announcing a time-boxed campaign (自5月1日起……开展为期两个月的集中整治):
    the items the notice lists after it are the recipients' work within that period."""
    periods, words = alternation(s.campaign_periods), tuple(s.campaign_words)
    if periods is None or not words:
        return None
    title = ctx.gw.title
    for ln in ([title.lines[0]] if title is not None else []) + ctx.gw.body_lines:
        text = title.text if title is not None and ln == title.lines[0] else ctx.text(ln)
        if periods.search(text) and any(w in text for w in words):
            return ln
    return None


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
           "条文式规定（第×条）和条件清单不检查；所附责任分工表中为这一条写明了责任单位（含处室）的，视为有主体。"
           "引用的文号（赣府发〔2019〕3号）、“5G”一类名称中的数字、“一批”“一系列”不算数量，"
           "“想办法”不算出台办法（词表 GW502.ignore_words）；“汛前”“一季度末”“春节前”算时间节点。"
           "适用范围与 GW102 相同（本省政府系统的政策性文件，配置项 GW502.issuer_levels、GW502.policy_types），"
           "时间、数量、产出的词表在 dictionaries/rules/gw502.toml。")
    bad = "（三）加强技术指导服务。强化服务意识，提升服务水平，切实增强技术指导的针对性和实效性。"
    good = ("（三）加强技术指导服务。2026年4月底前组织500名农技人员下沉一线，开展育秧、栽插技术指导。"
            "（责任单位：省农业农村厅）")
    fix_title = "写明由谁负责、何时完成、达到什么数量或交出什么成果，做不到的措施删去"
    Settings = Settings
    data_file = "rules/gw502.toml"
    examples = (
        Example(f"一、加强春耕生产组织\n{bad}\n（四）保障农资供应。省市场监管局要加强农资市场监管。", fires=True,
                frame="policy_notice", title="江西省人民政府办公厅关于春季农业生产的若干措施",
                note="第（三）条没有主体、时间、数量和产出"),
        Example(f"一、加强春耕生产组织\n{good}\n（四）保障农资供应。省市场监管局要加强农资市场监管。", fires=False,
                frame="policy_notice", title="江西省人民政府办公厅关于春季农业生产的若干措施"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        scope = policy_measures(ctx, s.issuer_levels, s.policy_types, own_system=True)
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
        openers = tuple(s.vague_openers)
        campaign = _campaign_line(ctx, s)
        for m in measures:
            h = m.heading
            if campaign is not None and h.part == 0 and h.line > campaign:
                continue  # an item of a time-boxed campaign the recipients carry out: actor and period given
            # only task-style measures (加强……, 切实……): not articles (第×条) or condition lists
            if id(m) in listed or h.style == "第一条" or not (h.title or "").lstrip(LEAD_WS).startswith(openers):
                continue
            if any(measure_signals(ctx, m.lines, s, any_only=True).values()):
                continue  # checkable: the full signals are only needed for a finding
            sig = measure_signals(ctx, m.lines, s)
            text = ctx.text(h.line)
            lead = len(text) - len(text.lstrip(LEAD_WS))
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

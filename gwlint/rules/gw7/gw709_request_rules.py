"""GW709 request-rules — 请示: 一文一事, one 主送, 联系人和电话; no 请示 inside a 报告 (条例第十五条)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator

from ...analysis.positions import find_in_lines
from ...analysis.requests import matter_heading, matters
from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_9704, BASIS_RULES


@dataclass(frozen=True)
class Settings(RuleSettings):
    request_phrases: list[str] = field(default_factory=list)  # closing formulas (妥否，请批示)
    relay_verbs: list[str] = field(default_factory=list)  # 提, 报, 呈 …: 提请审批 names the act, closes nothing
    contact_re: Regex = "联系人"
    phone_re: Regex = ""
    ask_markers: list[str] = field(default_factory=list)  # 恳请, 拟请 …
    ask_verbs: list[str] = field(default_factory=list)  # 批准, 安排 …
    approval_verbs: list[str] = field(default_factory=list)  # verbs that ask for one approval
    join_words: list[str] = field(default_factory=list)  # 并请 …
    title_joiners: list[str] = field(default_factory=list)  # 和, 及 …
    title_verbs: list[str] = field(default_factory=list)  # 购置, 维修 …
    mixed_titles: list[str] = field(default_factory=list)  # 请示报告: a title whose 文种 is mixed


def _ask_rx(req: "Settings") -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(ask, joined second ask, two-matter title) patterns from the settings."""
    return _compile_asks(tuple(req.ask_verbs), tuple(req.ask_markers), tuple(req.join_words),
                         tuple(req.title_verbs), tuple(req.title_joiners))


@lru_cache(maxsize=8)
def _compile_asks(ask_verbs, ask_markers, join_words, title_verbs, title_joiners):
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))  # noqa: E731
    verbs = alt(ask_verbs)
    ask = re.compile(f"(?:{alt(ask_markers)})[^，。；！？]{{0,30}}?(?:{verbs})")
    joined = re.compile(f"(?:{alt(join_words)})[^，。；！？]{{0,30}}?(?P<verb>{verbs})")
    tverbs = alt(title_verbs)
    two = re.compile(f"关于(?P<a>(?:{tverbs})[^和及并的]{{2,}})(?:{alt(title_joiners)})"
                     f"(?P<b>(?:{tverbs})[^和及并]{{2,}}?)的请示$")
    return ask, joined, two


def _another_ask(first: str, verb: str, approval: list[str], rest: str = "") -> bool:
    """The verb of a 并请 clause asks for something the first clause did not
    (批准……并请批复 is one approval asked twice; 批准……并请同意将……调整为…… asks
    approval of a second matter, named in ``rest``, the words after the verb)."""
    if verb in approval:
        return not any(v in first for v in approval) or len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 6
    return verb not in first


def _gist(obj: str) -> str:
    """The head of an ask's object, for the message."""
    head = re.split(r"[，,：:]", obj, maxsplit=1)[0]
    return head if len(head) <= 20 else head[:20] + "……"


def _closing(text: str, phrases: list[str], relay: list[str]) -> tuple[int, int, str] | None:
    """The first closing formula of a line.  请审批 right after a relay verb (现提请审批,
    特报请批准) is part of a statement that the matter is submitted, not a formula
    closing the request, so a 请示 saying both is still one request."""
    for ph in phrases:
        k = text.find(ph)
        while k >= 0:
            if not (ph.startswith("请") and k and text[k - 1] in relay):
                return k, k + len(ph), ph
            k = text.find(ph, k + 1)
    return None


class RequestRules(Rule):
    """GW709.  一文一事 is judged on real signs of two matters: two or more numbered
    items that each ask for something (恳请……批准 / 拟请……安排), or a title naming two
    verb–object matters (关于购置车辆和维修办公楼的请示) — warnings; a second ask joined
    by 并请 with a verb of its own (……批准设立……，并请……拨付经费) — an info, since
    both asks may serve one matter; several closing formulas alone (请批示 twice) —
    an info, drafts repeat them."""

    code = "GW709"
    name = "request-rules"
    severity = "warning"
    basis = f"{BASIS_RULES}第十五条；{BASIS_9704} 7.3.6"
    summary = "检查请示的行文规则：一文一事、只主送一个上级机关、附注注明联系人和电话；报告中不得夹带请示事项。"
    why = ("条例第十五条：请示应当一文一事；原则上主送一个上级机关；不得在报告等非请示性公文中夹带请示事项。"
           "GB/T 9704-2012 7.3.6：请示件应当在附注处注明联系人和联系电话。"
           "一份请示中分条提出几项请求、用“并请”连带提出另一项请求，或标题并列两件事，都说明请示事项不止一件；"
           "分节写的（一、关于……  二、关于……的问题），每节的请求为本节标题写的事项（只写“恳请安排补助资金”也一样），"
           "两节事项不同即为两件事；两节都为同一个项目（……项目建设资金、……项目建设用地）的仍是一件事。")
    bad = "关于购置公务用车和维修办公楼的请示（文中：一、恳请批准购置……二、恳请安排维修经费……）"
    good = "购置公务用车、维修办公楼分别行文请示"
    fix_title = "请示一文一事并注明联系人和电话；报告中删去请示事项"
    Settings = Settings
    data_file = "rules/gw709.toml"
    examples = (
        Example("一、恳请市政府批准购置公务用车2辆。\n二、恳请市政府安排办公楼维修经费50万元。\n妥否，请批示。",
                fires=True, frame="county_request", note="两项分别提出请求"),
        Example("因工作需要，恳请市政府批准购置公务用车2辆，所需经费由县财政安排。\n妥否，请批示。",
                fires=False, frame="county_request"),
        Example("拟在县城新建应急物资储备库1座，现报请审批。\n一、储备库选址已完成。\n妥否，请批示。",
                fires=False, frame="county_request", note="“报请审批”是陈述，不是第二个请求结语"),
        Example("江西省林业局关于2025年森林防火工作情况的报告\n江西省人民政府：\n2025年全省未发生重大森林火灾。"
                "恳请省政府在2026年省级预算中安排防火经费500万元。\n特此报告。\n江西省林业局\n2026年1月5日",
                fires=True, frame="whole", note="报告中用“恳请……安排”提出请求"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        dtype = gw.doc_type
        if gw.title is None or dtype not in ("请示", "报告") or gw.forwarding:
            return
        req: Settings = ctx.settings(type(self))
        phrases = sorted(req.request_phrases, key=len, reverse=True)
        hits = []
        for ln in gw.body_lines:
            # in a 报告, 现提请审批 is itself the smuggled request
            hit = _closing(ctx.text(ln), phrases, req.relay_verbs if dtype == "请示" else [])
            if hit:
                hits.append((ln, *hit))
        if dtype == "报告":
            if any(gw.title.text.endswith(t) for t in req.mixed_titles):
                # ……的请示报告: the title's mixed 文种 is the one defect (GW703), not a second one here
                return
            if not hits:
                # no closing formula, but an ask of its own: 恳请省政府……安排……资金
                ask = _ask_rx(req)[0]
                for ln in gw.body_lines:
                    m = ask.search(ctx.text(ln))
                    if m:
                        hits.append((ln, m.start(), m.end(), m.group(0)))
                        break
            for ln, a, b, ph in hits[:1]:
                yield Violation(f"报告中不得夹带请示事项（“{ph}”）。需要上级批准的事项应另行请示。", ln, a, b,
                                data={"phrase": ph})
            return
        signal = self._several_matters(ctx, req)
        if signal is not None:
            yield signal
        elif len(hits) > 1:
            ln, a, b, ph = hits[1]
            yield Violation(f"请示应当一文一事：文中有 {len(hits)} 处请求批示/批准的结语，可能包含多个请示事项。",
                            ln, a, b, severity="info", data={"count": len(hits)})
        if len(gw.recipient_list) > 1:
            yield Violation(f"请示原则上主送一个上级机关，本文主送 {len(gw.recipient_list)} 个：{'、'.join(gw.recipient_list)}。",
                            gw.recipients.line if gw.recipients else None)
        notes = " ".join(n.text for n in gw.notes)
        tail = " ".join(ctx.text(ln) for ln in gw.body_lines[-3:]) + " " + notes
        if not (re.search(req.contact_re, tail) and re.search(req.phone_re, tail)):
            anchor = gw.date.line if gw.date else (gw.body_lines[-1] if gw.body_lines else None)
            yield Violation("请示应在附注处注明联系人和联系电话，如“（联系人：张三，电话：0791-8888888）”。", anchor)

    def _several_matters(self, ctx, req: "Settings") -> Violation | None:
        gw = ctx.gw
        ask, joined, two = _ask_rx(req)
        # 1. asks about different matters (恳请……同意扩区；请求……支持申报), numbered or not; the asks that serve one
        # matter (用地、资金、政策 for one project) are one
        several = matters(ctx, req.ask_markers, req.ask_verbs)
        if len(several) > 1:
            x = several[1][0]
            named = "”“".join(_gist(g[0].obj) for g in several[:3])
            if (head := matter_heading(ctx, x)) is not None:  # the second matter's own section opens there
                a = max(ctx.text(head.line).find(head.marker), 0)
                x = replace(x, line=head.line, start=a, end=a + len(head.marker) + len(head.title or ""))
            return Violation(f"请示应当一文一事：文中分别请求了 {len(several)} 件事（“{named}”），"
                             "不同事项应分别行文请示。", x.line, x.start, x.end,
                             data={"signal": "matters", "count": len(several)})
        # 2. the title names two matters
        t = two.search(gw.title.text)
        if t:
            pos = find_in_lines(ctx, gw.title, t.group("a"))
            ln, k = pos if pos else (gw.title.line, 0)
            return Violation(f"请示应当一文一事：标题并列了“{t.group('a')}”和“{t.group('b')}”两件事，应分别请示。",
                             ln, k, k + len(t.group("a")) if pos else None, data={"signal": "title"})
        # 3. "……批准……，并请……拨付……": a second ask with a verb of its own, in the sentence of
        # the first ask or in a later one (……恳请批准。同时，……并请市政府安排资金……)
        earlier = None  # the document's first ask, for a 并请 that opens a sentence of its own
        for ln in gw.body_lines:
            text = ctx.text(ln)
            for a, b in ctx.sentences(ln):
                first = ask.search(text, a, b)
                if first is None and earlier is None:
                    continue
                second = joined.search(text, first.end() if first else a, b)
                if first is None:
                    first = earlier
                earlier = earlier or first
                if second is None or not _another_ask(first.group(0), second.group("verb"), req.approval_verbs,
                                                      text[second.end():b]):
                    continue
                # cautious: a second ask may still belong to the same matter
                return Violation(f"请示应当一文一事：“{text[second.start():second.end()]}”在前一项请求之外又提出了"
                                 "另一项请求；如属不同事项，应分别请示。", ln, second.start(), second.end(),
                                 severity="info", data={"signal": "joined"})
        return None

"""GW401 visit-with-escort — 调研要求陪同、接待、汇报 (赣府发〔2019〕3号 第17条; 督查组下基层 第9条).

source: policy/ganfufa-2019-3.txt 第17条 “到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式”;
第9条 “不发通知、不打招呼、不设线路、不用陪同”.
Words: ``dictionaries/inspections.toml`` ``[GW401]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.markers import body_start
from ...analysis.negation import NegationSettings
from ...analysis.sentences import Sent, clause_of, iter_sentences, token_in, tokens_between, words_except
from ...analysis.settings import alternation
from ...analysis.units import find_units, reaches_below
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_9, BASIS_17


@dataclass(frozen=True)
class Settings(NegationSettings):
    visit_patterns: list[Regex] = field(default_factory=list)  # 赴…调研, 调研组 …: a research visit
    inspection_visit_patterns: list[Regex] = field(default_factory=list)  # 督查组 …: an inspection visit (第9条)
    not_visit_titles: list[str] = field(default_factory=list)  # 调研报告 …: no visit
    visit_refs: list[str] = field(default_factory=list)  # 调研, 届时 …: a sentence speaking of the visit
    visit_ref_leads: list[Regex] = field(default_factory=list)  # 接待工作由…: so does one opening with a duty
    escort_words: list[str] = field(default_factory=list)  # 陪同, 接待, 迎送
    escort_excluded: list[str] = field(default_factory=list)  # 接待费, 游客接待 …
    staging_words: list[str] = field(default_factory=list)  # 现场点, 参观线路 …
    lodging_words: list[str] = field(default_factory=list)  # 食宿, 用餐 …
    lodging_verbs: list[str] = field(default_factory=list)  # 做好, 提供 … (with arrange_verbs)
    self_paid: list[str] = field(default_factory=list)  # 食宿自理
    report_words: list[str] = field(default_factory=list)  # 汇报, 汇报材料 …
    report_upward: list[str] = field(default_factory=list)  # 向 …: the team reports upward
    to_team_pattern: Regex = ""  # 向调研组汇报: the visited side reports after all
    report_hear: list[str] = field(default_factory=list)  # 听取 …
    routine_words: list[str] = field(default_factory=list)  # 定期听取 …: a standing practice
    visit_terms: list[str] = field(default_factory=list)  # 调研, 届时 …: 听取汇报 of this visit
    meeting_words: list[str] = field(default_factory=list)  # 座谈
    arrange_verbs: list[str] = field(default_factory=list)  # 安排, 组织 …
    meeting_modals: list[str] = field(default_factory=list)  # 由, 届时 … (with reset_modals)
    demand_markers: list[str] = field(default_factory=list)  # 请, 要, 须 …
    assigned_pattern: Regex = ""  # 陪同工作由(各设区市商务局)负责
    asked_labels: dict = field(default_factory=dict)  # how each demand is named in the message


class VisitWithEscort(Rule):
    code = "GW401"
    name = "visit-with-escort"
    severity = "warning"
    basis = BASIS_17
    summary = "调研、考察通知要求被调研方陪同、接待，准备汇报或汇报材料，或安排座谈。"
    why = ("第17条：“到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式听实话、摸实情、谋实招，"
           "坚决防止热热闹闹走过场、轰轰烈烈搞形式。”第9条对督查也提倡“不发通知、不打招呼、不设线路、不用陪同”，"
           "督查、督导组下基层要求陪同的，依据记为第9条。只检查调研、考察（或督查组下基层）活动：标题或所在段落讲的是这类活动；"
           "写明不用陪同、不听汇报、简化接待、轻车简从等的句子不提示；调研组向上级汇报不算。"
           "没有“请”“要”的日程安排（各设区市××局分管负责同志全程陪同）同样是要求；安排现场点、食宿也是接待。"
           "只有标题讲调研时，句子须提到这次调研（调研期间、届时、陪同……），“做好游客接待服务”是工作本身。")
    bad = "调研期间，请各设区市安排一名分管负责同志全程陪同，并准备书面汇报材料。"
    good = "调研组轻车简从，直接到田间地头和企业了解情况，不需各地陪同、接待，不听汇报。"
    fix_title = "删去陪同、接待、汇报、座谈安排的要求，改为不打招呼、直奔一线"
    Settings = Settings
    data_file = "inspections.toml"
    examples = (
        Example("我厅将于4月赴各设区市开展春耕生产调研。调研期间，请各设区市安排一名分管负责同志全程陪同，"
                "并准备书面汇报材料。", fires=True),
        Example("我厅将于4月赴各设区市开展春耕生产调研。调研组轻车简从，直接到田间地头了解情况，"
                "不需各地陪同、接待，不听汇报。", fires=False),
        Example("各地要做好节假日游客接待服务，确保景区安全有序。", fires=False,
                title="江西省文化和旅游厅关于开展假日旅游市场调研的通知", note="接待游客是工作本身"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        research_rx, inspect_rx = alternation(s.visit_patterns), alternation(s.inspection_visit_patterns)
        ref_leads = alternation(s.visit_ref_leads)
        gw = ctx.gw
        title = gw.title.text if gw.title else ""
        title_kind = None
        if title and not any(w in title for w in s.not_visit_titles):
            title_kind = _visit_kind(title, research_rx, inspect_rx)
        asking = [*s.escort_words, *s.report_words, *s.meeting_words, *s.staging_words, *s.lodging_words]
        for ln in gw.content_lines:
            para_kind = _visit_kind(ctx.text(ln), research_rx, inspect_rx)
            kind = para_kind or title_kind
            if kind is None:
                continue
            for sent in iter_sentences(ctx, [ln]):
                # the visit known only from the title: the sentence must speak of it
                # (调研期间, 届时, 调研组, 陪同 …), not of the work (做好游客接待服务)
                if para_kind is None and not any(w in sent.body for w in s.visit_refs) \
                        and not (ref_leads is not None
                                 and ref_leads.match(sent.text, body_start(sent.text, sent.start), sent.end)):
                    continue
                asked: list[str] = []
                for a, b, w in words_except(sent, asking, s.escort_excluded):
                    if not s.vocabulary.negated(sent, a) and self._asked(ctx, s, sent, a, b, w) and w not in asked:
                        asked.append(w)
                if not asked:
                    continue
                what = "、".join(dict.fromkeys(s.asked_labels.get(w, w) for w in asked))
                if kind == "research":
                    msg = (f"调研活动要求被调研方{what}。到基层调研应多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式："
                           f"请删去这些安排，轻车简从、直奔一线。")
                    basis = None
                else:
                    msg = (f"督查检查组下基层要求被检查方{what}。督查应提倡不打招呼、不设线路、不用陪同，直奔基层和现场："
                           f"请删去这些安排。")
                    basis = BASIS_9
                yield Violation(msg, line=ln, start=sent.start, end=sent.end, basis=basis,
                                data={"asked": asked, "visit": kind})

    @staticmethod
    def _asked(ctx, s: Settings, sent: Sent, a: int, b: int, w: str) -> bool:
        """The word at ``a`` (陪同, 汇报, 座谈, 食宿 …) is asked of the visited side."""
        ca, cb = clause_of(sent, a)
        demand, arrange = set(s.demand_markers), set(s.arrange_verbs)
        if w in s.lodging_words:
            # 做好食宿安排 asks the visited side to lodge the team; 食宿自理 does not
            return bool(token_in(sent, ca, cb, arrange | set(s.lodging_verbs))) \
                and not any(x in sent.body for x in s.self_paid)
        if w in s.escort_words or w in s.staging_words:
            return bool(token_in(sent, sent.start, a, demand)) or _lower_subject(ctx, sent, ca, a) \
                or _assigned(ctx, s, sent, b, cb)
        if w in s.meeting_words:
            return bool(token_in(sent, ca, a, arrange)) \
                and bool(token_in(sent, sent.start, a, set(s.reset_modals) | set(s.meeting_modals)))
        if w != "汇报":  # 汇报材料, 书面汇报 …
            return bool(token_in(sent, sent.start, a, demand))
        hear = set(s.report_hear)
        h = next((t for t in tokens_between(sent, ca, a) if t.text in hear), None)
        # jieba keeps 听取汇报 whole: the hearing verb is inside the token
        h = h or next((t for t in sent.tokens if t.start < a < t.end and t.text.startswith(tuple(hear))), None)
        if h is not None:
            # this visit's programme, not a routine 定期听取 or a past 听取了
            past = any(t.start == h.end and t.text in ("了", "过") for t in sent.tokens)
            routine = token_in(sent, ca, h.start, set(s.routine_words))
            return not past and not routine and any(x in sent.body for x in s.visit_terms)
        if token_in(sent, ca, a, set(s.report_upward)):
            # 向调研组汇报 is the visited side; 向省政府汇报 is the team reporting upward
            to_team = alternation(s.to_team_pattern)
            return to_team is not None and bool(to_team.search(sent.text, ca, a))
        return bool(token_in(sent, sent.start, a, demand)) or _lower_subject(ctx, sent, ca, a)


def _below_issuer(ctx, unit) -> bool:
    issuer = ctx.gw.issuer
    return issuer is not None and issuer.level not in (None, "unknown") and reaches_below(unit, issuer.level)


def _assigned(ctx, s: Settings, sent: Sent, b: int, cb: int) -> bool:
    """陪同工作由各设区市商务局负责: after the word, the clause hands it to a lower unit."""
    rx = alternation(s.assigned_pattern)
    m = rx.search(sent.text, b, cb) if rx is not None else None
    if m is None:
        return False
    units = find_units(m.group(1))
    return bool(units) and units[0].start == 0 and _below_issuer(ctx, units[0])


def _lower_subject(ctx, sent: Sent, ca: int, a: int) -> bool:
    """The clause opens with a unit below the issuer (各设区市农业农村局分管负责同志全程陪同):
    in a visit programme, a statement of what the visited side does is a demand."""
    lead = body_start(sent.text, ca)
    for u in find_units(sent.text[lead:a]):
        return u.start == 0 and _below_issuer(ctx, u)
    return False


def _visit_kind(text: str, research_rx: re.Pattern | None, inspect_rx: re.Pattern | None) -> str | None:
    if research_rx is not None and research_rx.search(text):
        return "research"
    if inspect_rx is not None and inspect_rx.search(text):
        return "inspection"
    return None

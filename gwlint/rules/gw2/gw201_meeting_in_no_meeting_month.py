"""GW201 meeting-in-no-meeting-month — “无会月”不召开全省性会议 (赣府发〔2019〕3号 第5条).

source: policy/ganfufa-2019-3.txt 第5条 “将每年3月份确定为全省政府系统‘无会月’”.
The no-meeting months are the profile's ``no_meeting_months``.  Which meetings the
document convenes and when: :mod:`gwlint.analysis.meetings`; who is asked to attend:
:mod:`gwlint.analysis.attendance`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator

from ...analysis.attendance import attendees
from ...analysis.meetings import Meeting, content_text, date_phrase, planned_meetings, said_of_meeting, time_field
from ...analysis.orgs import approving_body, government_coordination_body
from ...analysis.units import normalize
from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_5, DATA_FILE


@dataclass(frozen=True)
class Settings(RuleSettings):
    meeting_suffixes: list[str] = field(default_factory=list)  # what a meeting's name ends with
    extra_meeting_suffixes: list[str] = field(default_factory=list)  # 培训会: a meeting "以任何名义" for 第5条
    scope_words: list[str] = field(default_factory=list)  # a province-wide meeting's name has one (全省)
    regional_scope_words: dict = field(default_factory=dict)  # 全区 → 自治区: province-wide where the issuer's name matches
    leader_meeting_issuer_kinds: list[str] = field(default_factory=list)  # also checked when 市县 leaders are asked
    local_leader_levels: list[str] = field(default_factory=list)
    local_leader_units: Regex = "(?!)"
    skip_issuer_levels: list[str] = field(default_factory=list)  # 设区市、县 issuers are not bound by 第5条
    skip_issuer_kinds: list[str] = field(default_factory=list)
    exempt_central: list[Regex] = field(default_factory=list)  # conveying central meetings and instructions
    exempt_central_topic: list[Regex] = field(default_factory=list)  # … as the meeting's own subject
    exempt_emergency: list[Regex] = field(default_factory=list)  # major emergencies
    emergency_preventive_before: Regex = "(?!)"  # routine prevention, not an event (遏制重特大事故)
    emergency_preventive_after: Regex = "(?!)"
    exempt_approval: list[Regex] = field(default_factory=list)  # approved by the province government
    approval_formula: Regex = ""  # 经省政府同意: the formula of the government's own office …
    approval_formula_not_for_kinds: list[str] = field(default_factory=list)  # … no approval for its own meeting
    party_exempt_approval: list[Regex] = field(default_factory=list)  # 经省委研究决定: for a body of the party
    party_approval_formula: Regex = ""  # 经省委同意: the formula of the party's own office …
    party_formula_issuers: Regex = "(?!)"  # … (办公厅, 办公室)
    approval_of_other: Regex = "(?!)"  # 经省政府同意建立的联席会议: the approval qualifies a noun, not the meeting
    emergency_event: Regex = "(?!)"  # an event that has happened, told in the notice's opening (发生爆炸)
    emergency_history: Regex = "(?!)"  # … unless it is history or statistics (去年发生, 今年以来共发生)


def _month_list(months) -> str:
    return "、".join(f"{m}月" for m in months)


def exemption(s: Settings, topic: list[str], sentences: list[str], occasion: list[str] = (), *,
              own_government: bool = False, party: str = "") -> tuple[str, str] | None:
    """(kind, phrase) when the meeting conveys central instructions, meets an emergency or
    has the approval 第5条 asks for.  ``topic`` = title, meeting name, 会议内容; ``sentences``
    = the convening sentences, whose 为贯彻落实……部署 opening is boilerplate; ``occasion`` =
    what the notice says led to the meeting (an explosion, cases reported: an emergency told by
    its facts, not by a keyword in the name).  ``party``: the issuer is a body of the party
    ("office" when it is the committee's own office), which needs its committee's approval."""
    topic_blob = normalize("\n".join(topic))
    all_blob = normalize("\n".join([*topic, *sentences]))
    approvals, formula = (s.party_exempt_approval, s.party_approval_formula) if party else (s.exempt_approval, s.approval_formula)
    own = own_government or party == "office"
    for kind, patterns, blob in (("central", s.exempt_central, all_blob), ("central", s.exempt_central_topic, topic_blob),
                                 ("approval", approvals, all_blob)):
        for p in patterns:
            m = re.search(p, blob)
            if m and kind == "approval" and own and formula and re.fullmatch(formula, m.group(0)):
                continue  # the province government's (the committee's) own meeting: 经省政府同意 is its office's formula
            if m and kind == "approval" and re.match(s.approval_of_other, blob[m.end():]):
                continue  # 经省政府同意建立的联席会议, 经省政府同意印发的方案: approved is something else
            if m:
                return kind, m.group(0)
    event, history = re.compile(s.emergency_event), re.compile(s.emergency_history)
    for sent in re.split(r"[。；！？\n]", normalize("\n".join(occasion))):
        m = event.search(sent)
        if m and not history.search(sent):
            return "emergency", m.group(0)
    before, after = re.compile(s.emergency_preventive_before), re.compile(s.emergency_preventive_after)
    for p in s.exempt_emergency:
        for m in re.finditer(p, all_blob):
            # 遏制重特大事故, 火灾隐患: routine prevention, not an event that has happened
            if before.search(all_blob, max(0, m.start() - 12), m.start()) or after.match(all_blob, m.end()):
                continue
            return "emergency", m.group(0)
    return None


def _occasion(ctx, group: list[Meeting]) -> list[str]:
    """The notice's opening paragraph and the text of each convening paragraph up to the sentence."""
    first = next((ln for ln in ctx.gw.body_lines if ctx.reading(ln).strip()), None)
    out = [ctx.reading(first)] if first is not None else []
    out.extend(ctx.reading(m.line)[:m.end] for m in group if m.source == "text" and m.end is not None)
    return out


def _local_leaders(ctx, s: Settings, issuer_level: str | None) -> str | None:
    """The first 市县 government or party leaders the notice asks to attend (各设区市人民政府分管负责同志)."""
    units = re.compile(s.local_leader_units)
    levels = set(s.local_leader_levels)
    for p in attendees(ctx, issuer_level, False, meeting_doc=True):
        if p.roles and set(p.levels) & levels and units.search(p.unit):
            return p.unit
    return None


def _when(ctx, name: str, group: list[Meeting], single: bool, any_dated: bool,
          months_off: list[int]) -> tuple[Meeting | None, str]:
    """The statement that puts the meeting ``name`` in a no-meeting month, and how it is dated.
    A date written in a convening sentence wins over the 会议时间 field and 近期; a bare day it reckons from the
    document date (25日上午召开现场会) yields to a field that writes the month (观摩时间：2027年3月24日—25日)."""
    doc_date = ctx.gw.date_value
    dated = next((m for m in group if m.months), None)
    reckoned = dated is not None and dated.relative and all(m.relative for m in group if m.months)
    fieldv = None if (dated is not None or any_dated) and not reckoned else \
        time_field(ctx) if any(m.in_title for m in group) or single else None  # the title's or the only meeting's
    if reckoned and fieldv is not None and fieldv[5]:
        fieldv = None  # 25日上午召开现场会 reckoned from the document date yields only to a month written in the field
    if fieldv is not None:
        ln, a, b, txt, mos, rel = fieldv
        dated = Meeting(name, ln, a, b, txt, mos, source="field", sentence=txt, relative=rel)
    if dated is not None:
        if not set(dated.months) & set(months_off):
            return None, ""
        if dated.relative:
            return dated, (f"会议时间为“{dated.relative}”，按成文日期（{doc_date.year}年{doc_date.month}月"
                           f"{doc_date.day}日）推算为{_month_list(dated.months)}")
        return dated, f"会议时间为“{date_phrase(dated.when[:40] if fieldv else dated.when)}”"
    if any_dated:
        return None, ""
    soon = next((m for m in group if m.soon), None)
    if soon is not None and doc_date is not None and doc_date.month in months_off:
        return soon, (f"通知未写明会议日期，称“{soon.soon}”召开，按成文日期"
                      f"（{doc_date.year}年{doc_date.month}月{doc_date.day}日）判断")
    return None, ""


_SPRING = "江西省农业农村厅关于召开全省春季农业生产工作会议的通知"


class MeetingInNoMeetingMonth(Rule):
    code = "GW201"
    name = "meeting-in-no-meeting-month"
    severity = "error"
    basis = BASIS_5
    summary = ("通知召开全省性会议（或政府部门召开要求市县党政负责同志参加的会议），文中写明的会议日期"
               "（或“近期”召开时的成文日期）落在“无会月”（默认3月，取自配置方案）。")
    why = ("第5条：“将每年3月份确定为全省政府系统‘无会月’，除传达贯彻中央重要会议和重要指示精神及遇有重大紧急事件"
           "必须召开会议外，省政府原则上不召开全省性工作会议，省政府各部门不得以任何名义、任何方式召开全省性或要求"
           "市县领导参加的会议，确因特殊原因必须召开的会议，需经省政府研究决定或省政府主要领导同志批准。”"
           "自治区的“全区”、直辖市的“全市”会议也是全省性会议。以培训为名召开的全省性“培训会”也是会议。gwlint 看会议本身的日期（定于3月12日、3月中旬、拟于3月；段中另起一句的“会议时间为……”“调度会时间为……”也算；“培训时间”“会期”一栏、“会议安排在……”“注：培训会于……开始”这类另起的一句、“时间和地点”一节表格（项目｜安排）中会议一行的日期也算（没有“时间”一栏时，正文中列安排的项目｜安排表格同样），编号条目中“会议时间。3月16日”这样用句号接着写的也是这一栏，同一句先写了月份、后面只写“26日上午召开”的，按那个月份算，报到、签到一行不算会期；正文只写“具体安排见附件”的，会期读附件中会议自己的日程、议程、须知（附件中的一栏或另起的一句优先，其次日程表第一个写了月份的时间格），回执等附件中的日期不算；“下月中旬”“下周四”“20日”“两周后”“月底”这类不写月份的说法按成文日期推算，“下周”横跨两个月的不推算；召开会议的句子只写“25日上午召开”、会议时间（观摩时间）一栏写明了月份的，以这一栏为准），不看通知的成文日期；印发本机关会议方案、日程安排的通知（关于印发全省……会议方案的通知），召开的就是方案中的会议，会期看方案的“会议时间”一项或日程表中第一个写了月份的时间格；通知只说“近期”“即将”召开的，"
           "才以成文日期所在月份为准。回顾已开会议（3月召开的全省……会议精神）不是召开会议。"
           "传达贯彻中央精神、防汛抗旱等重大紧急事件，以及文中写明经省政府研究决定（部门文件中的“经省政府同意”也算；省政府及其办公厅自己召开的会议，"
           "“经省政府同意”只是代省政府行文的固定说法，不算）或省政府主要领导同志批准的，不报；原定日期被改期取代的，看新日期；"
           "“紧急通知”只是公文的紧急程度，会议内容只是提到总书记重要论述、部署遏制事故或例行的疫情防控（防治）等日常工作的，不算例外；通知开篇写明刚发生疫情的，才算重大紧急事件。"
           "日程表各行以日期开头（时间｜内容｜地点：3月31日｜报到｜……；4月1日｜全体会议｜……）时，报到、签到一行不算会期；“火灾统计口径”“地震科普宣传”“抢险演练”一类讲日常工作的说法不是紧急事件。")
    bad = "江西省农业农村厅关于召开全省春季农业生产工作会议的通知：“定于2026年3月12日在南昌召开全省春季农业生产工作会议。”"
    good = ("改到4月召开，或以文件部署代替开会；确需在3月召开的，报经省政府研究决定或省政府主要领导同志批准，"
            "并在通知中写明：“经省政府主要领导同志批准，定于……召开……”")
    fix_title = "把会议改到“无会月”以外，或不开会；确需召开的写明中央精神、紧急事件或省政府的批准"
    Settings = Settings
    data_file = DATA_FILE
    examples = (
        Example("经研究，定于2026年3月12日在南昌召开全省春季农业生产工作会议。", fires=True, title=_SPRING),
        Example("经研究，定于2026年4月9日在南昌召开全省春季农业生产工作会议。", fires=False, title=_SPRING),
        Example("经省政府主要领导同志批准，定于2026年3月12日在南昌召开全省春季农业生产工作会议。", fires=False,
                title=_SPRING, note="写明省政府主要领导同志批准"),
        Example("定于2026年3月10日在南昌召开春耕生产调度会，请各设区市人民政府分管负责同志参加。", fires=True,
                title="江西省农业农村厅关于召开春耕生产调度会的通知", note="部门召开要求市县领导参加的会议"),
        Example("为传达学习中央农村工作会议精神，经研究，定于3月10日召开全省农村工作会议。", fires=False,
                title="江西省农业农村厅关于召开全省农村工作会议的通知", note="传达贯彻中央会议精神"),
        Example("原定于2026年4月9日召开的全省春季农业生产工作会议，现改为2026年3月26日召开。", fires=True,
                title="江西省农业农村厅关于全省春季农业生产工作会议改期召开的通知", note="改期到3月：看新日期"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        months_off = [int(m) for m in (ctx.profile.no_meeting_months or [])]
        if not months_off:
            return
        s: Settings = ctx.settings(type(self))
        gw = ctx.gw
        issuer = gw.issuer
        if issuer is not None and government_coordination_body(issuer):
            issuer = replace(issuer, kind="department")
        if issuer is not None and (issuer.level in s.skip_issuer_levels or issuer.kind in s.skip_issuer_kinds):
            return
        convened = planned_meetings(ctx, tuple(dict.fromkeys([*s.meeting_suffixes, *s.extra_meeting_suffixes])))
        # 全区 of an autonomous region's department, 全市 of a municipality's: the province-level scope
        scope = [*s.scope_words, *(w for w, rx in s.regional_scope_words.items()
                                   if issuer is not None and issuer.level == "province"
                                   and any(re.search(rx, o.name or "") for o in gw.issuers))]
        meetings = [m for m in convened if any(w in m.name for w in scope) and not m.agenda]
        # 第5条 also bars departments from meetings that call in 市县 leaders, 全省 or not
        leaders = None
        if not meetings and convened and issuer is not None and issuer.kind in s.leader_meeting_issuer_kinds:
            leaders = _local_leaders(ctx, s, issuer.level)
            if leaders:
                meetings = convened
        if not meetings:
            return
        content = content_text(ctx)
        body = approving_body(issuer.name, issuer.kind, issuer.level) if issuer is not None else "省政府"
        body = "省政府" if body == "本级政府" else body  # whose decision 第5条 asks for: 省委 for 省委组织部
        title = gw.title.text if gw.title else ""
        doc_date = gw.date_value
        by_name: dict[str, list[Meeting]] = {}
        for m in meetings:
            by_name.setdefault(m.name, []).append(m)
        any_dated = any(m.months for m in meetings)
        for name, group in by_name.items():
            hit, how = _when(ctx, name, group, len(by_name) == 1, any_dated, months_off)
            own = issuer is not None and issuer.level == "province" and issuer.kind in s.approval_formula_not_for_kinds
            party = "" if not body.endswith("委") else "office" if re.search(s.party_formula_issuers, issuer.name) else "body"
            if hit is None or exemption(s, [title, name, content], [*(m.sentence for m in group), *said_of_meeting(ctx)],
                                        _occasion(ctx, group), own_government=own, party=party) is not None:
                continue
            what = "是全省性会议" if leaders is None else f"要求市县领导（{leaders}）参加"
            yield Violation(
                f"本文召开的“{name}”{what}，{how}，在“无会月”（{_month_list(months_off)}）内。"
                f"“无会月”除传达贯彻中央重要会议和重要指示精神、遇有重大紧急事件外，不召开全省性会议，"
                f"省政府各部门也不召开要求市县领导参加的会议。"
                f"请改到其他月份或不开会；确需召开的，须经{body}研究决定或{body}主要领导同志批准，并在通知中写明。",
                line=hit.line, start=hit.start, end=hit.end,
                basis=(ctx.profile.raw.get("no_meeting_basis") or None),
                data={"meeting": name, "months": hit.months or [doc_date.month],
                      "date_source": "document-date" if (hit.soon and not hit.months) or hit.relative
                      else hit.source,
                      "no_meeting_months": months_off, "scope": "province" if leaders is None else "local-leaders"},
            )

"""Inspections launched by the issuer: which sentence sets up a 督查/检查/考核/评比, of whom.

The inspection rules (GW301 unfiled inspections; GW303 research labelled as
inspection) read the same things from a :class:`~gwlint.analysis.sentences.Sent`;
the words come from an :class:`InspectionSettings` (a rule's ``Settings`` derives
from it, defaults in ``dictionaries/inspections.toml``):

* :func:`launches` — sentences (and the title) in which the issuer launches an
  inspection of a lower government: a trigger word (督查, 考核 …; 评估 only when
  ranked or published) after a launch verb (开展, 组织, 赴 …) in its clause, not
  negated, not another body's own inspection (请各设区市人民政府组织…检查, 国家督导组
  将…), not the government's own (纳入省政府对设区市的考核), aimed at a government
  below the issuer (对各设区市人民政府开展督查; 赴各设区市督查 when the document goes
  to governments) rather than at enterprises, projects or the issuer's own area;
* :func:`filed` — the document states that the inspection is in the annual plan,
  filed with the government's 督查室, approved by the government, founded on a law
  or part of a deployment of the government;
* :func:`scoring_cells` — the cells of scoring tables that score work (评分依据 column; every
  cell of a table with a 分值 column), and the row of each cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from .literals import holds_any, may_match
from .markers import body_start
from .negation import NegationSettings, waiver_before
from .predicates import pivot_verbs, practice_told, told_not_asked
from .sentences import (Sent, clause_of, clause_spans, clause_start, inside, iter_sentences, sent_words, title_sentence,
                        token_in, tokens_between, words_except)
from .settings import Regex, alternation
from .submissions import own_self_names
from .tokens import index_of  # asked per sentence: imported once, not per call
from .units import is_own_name as _is_own, reaches_below, street_offices


@dataclass(frozen=True)
class LabelSettings(NegationSettings):
    """The names that dress a research visit up as an inspection (调研督导, 检查指导)."""

    labels: list[str] = field(default_factory=list)  # 督导式调研 …: labels of a fixed form
    label_inspections: list[str] = field(default_factory=list)  # 督查, 巡查 …: the inspection half
    label_research: list[str] = field(default_factory=list)  # 调研, 指导: the research half, either order
    label_means: list[str] = field(default_factory=list)  # 走访, 蹲点: research means as the other half
    accountability: list[str] = field(default_factory=list)  # 整改, 问责 …: what an inspection does
    joined_labels: list[Regex] = field(default_factory=list)  # 调研并督查: each group a whole word
    # how an activity under an inspection's name reads as research (GW303 reports it; GW301 launches nothing then)
    visit_verbs: list[str] = field(default_factory=list)  # 开展, 赴, 深入 … before the label
    visit_suffix: list[str] = field(default_factory=list)  # …组, …活动 after it
    manner_leads: list[str] = field(default_factory=list)  # 以, 采取 … before it
    manner_suffix: list[str] = field(default_factory=list)  # …的方式 after it: how a visit is made
    permission_words: list[str] = field(default_factory=list)  # 可: a body's powers, not a visit
    permission_resets: list[str] = field(default_factory=list)  # 要, 将 … after 可: a visit again
    non_visit_objects: list[str] = field(default_factory=list)  # 对企业…检查指导: regulation
    object_leads: list[str] = field(default_factory=list)  # 对, 抽取 …: the label's object follows
    named_inspections: list[str] = field(default_factory=list)  # 督查, 督导 … as an activity's name
    no_judgement: list[str] = field(default_factory=list)  # 不打分, 不排名 …: the activity judges nothing
    research_purposes: list[Regex] = field(default_factory=list)  # 为深入了解…, 听取…意见建议
    research_means: list[str] = field(default_factory=list)  # 走访, 座谈 …: how research is done
    judgement_words: list[str] = field(default_factory=list)  # 打分, 排名 …: an activity that grades
    research_aims: list[Regex] = field(default_factory=list)  # 了解, 总结经验, 观摩学习 …: what research is for
    plan_names: list[Regex] = field(default_factory=list)  # 列入年度督查检查考核计划: a plan's name, no grading
    inspection_means: list[str] = field(default_factory=list)  # 暗访, 问题清单交办 …: how an inspection is done
    research_words: list[str] = field(default_factory=list)  # 调研: research named as such, another activity
    research_outputs: list[str] = field(default_factory=list)  # 调研报告: the activity's output, no other activity
    regulatory_words: list[str] = field(default_factory=list)  # 安全, 消防: an inspection of things, not of work
    regulatory_goals: list[str] = field(default_factory=list)  # 高质量: a goal of development, no regulation
    work_inspection: Regex = "(?!)"  # ……工作督导: the label inspects a work, whatever its field
    topic_headings: Regex = "(?!)"  # 一、了解内容: the matters looked into (摊派考核的情况 grades nobody)
    duty_verbs: list[str] = field(default_factory=list)  # 加强督查指导: an item naming a way of working

    @cached_property
    def compound_labels(self) -> tuple:
        """The two-word labels: an inspection word with a research word, in either order (调研督导,
        检查指导, 巡查调研), and the fixed forms of ``labels``."""
        pairs = [x for i in self.label_inspections for r in self.label_research for x in (i + r, r + i)]
        return tuple(dict.fromkeys([*pairs, *self.labels]))

    @cached_property
    def means_labels(self) -> tuple:
        """An inspection word run together with a means of research (督查走访, 蹲点督导)."""
        return tuple(x for i in self.label_inspections for m in self.label_means for x in (i + m, m + i))


@dataclass(frozen=True)
class InspectionSettings(LabelSettings):
    """The words that tell an inspection launched by the issuer (see the data file)."""

    triggers: list[str] = field(default_factory=list)  # 督查, 考核, 评比 …
    ranked_triggers: list[str] = field(default_factory=list)  # 评估, 评价: only with ranking_words
    ranking_words: list[str] = field(default_factory=list)  # 排名, 通报 …
    ranking_noun_heads: list[str] = field(default_factory=list)  # 考核|指标体系: a yardstick, no ranking
    ranked_result_words: list[str] = field(default_factory=list)  # 得分, 结果运用: what a ranking sentence ranks
    weak_triggers: list[str] = field(default_factory=list)  # 检查: only of a named government
    explicit_triggers: list[str] = field(default_factory=list)  # 抽查, 回头看: only of a government named as one
    excluded_words: list[str] = field(default_factory=list)  # 督查室, 自查 …
    launch_verbs: list[str] = field(default_factory=list)  # 开展, 组织, 赴 …
    launch_window: int = 30  # characters a launch verb may stand before the trigger
    launch_patterns: list[Regex] = field(default_factory=list)  # 考核对象为…
    declared_object_patterns: list[Regex] = field(default_factory=list)  # 评价对象为…: what is inspected
    title_plan_pattern: Regex = ""  # after a title's trigger: …督查工作方案 launches one
    not_launch: list[str] = field(default_factory=list)  # 配合, 迎接 …: another body's inspection
    actor_markers: list[str] = field(default_factory=list)  # 请, 由 … before another body leading the clause
    agent_markers: list[str] = field(default_factory=list)  # 由: whoever follows acts, unless it is the issuer
    own_words: list[str] = field(default_factory=list)  # 我厅, 本局 …: the issuer itself
    subject_modals: list[str] = field(default_factory=list)  # 应当, 要 … after a clause's subject
    foreign_teams: list[Regex] = field(default_factory=list)  # 国家督导组 …
    team_owner_markers: dict = field(default_factory=dict)  # 按照 → 的工作安排, 配合 → "": the team after them owns it
    own_area_objects: list[str] = field(default_factory=list)  # 对我省开展督导
    non_government_objects: list[str] = field(default_factory=list)  # 企业, 项目 …
    legal_basis: list[Regex] = field(default_factory=list)  # 依据《××条例》 in the sentence
    former_plan: Regex = ""  # 原计划, 原定: a plan told, which the next sentence may call off
    called_off: Regex = ""  # 该项督导评估决定取消
    preamble_legal_basis: list[Regex] = field(default_factory=list)  # the opening founds on a law
    filing_patterns: list[Regex] = field(default_factory=list)  # 列入年度督查计划, 报督查室备案 …
    filing_not_after: list[str] = field(default_factory=list)  # 未列入…; 须报…备案: no filing
    filing_condition_after: list[str] = field(default_factory=list)  # …备案后方可: a rule
    filing_basis_before: list[str] = field(default_factory=list)  # 根据 列入…计划的 安排: the plan followed
    filing_basis_after: list[str] = field(default_factory=list)  # 安排, 要求 after 的
    claim_patterns: list[Regex] = field(default_factory=list)  # 受省政府委托, 代表省政府 …
    object_markers: list[str] = field(default_factory=list)  # 对, 赴 …: what follows is inspected
    destination_markers: list[str] = field(default_factory=list)  # 赴, 分赴 …: a clause going where the next inspects
    work_heads: list[str] = field(default_factory=list)  # 工作, 情况 …: an object that is the work itself
    counted_localities: list[Regex] = field(default_factory=list)  # 12个盟市, 11个设区市: the localities counted
    honoured_governments: list[Regex] = field(default_factory=list)  # 先进县（市、区）人民政府: those an award judges
    object_headers: list[str] = field(default_factory=list)  # 考核对象: a table column or row of the inspected
    object_table_headers: list[str] = field(default_factory=list)  # 考核内容, 结果运用 …: its companions
    row_object_headers: list[str] = field(default_factory=list)  # 对象: a plan's column saying whom each row is about
    local_bodies: Regex = ""  # 乡镇（街道）+ 人民调解委员会: a body named after its locality, not the government
    passive_object: Regex = ""  # 本次考核由……对各县（市、区）人民政府进行: the object after the trigger

    @cached_property
    def claim_rx(self) -> re.Pattern | None:
        return alternation(self.claim_patterns)

    @cached_property
    def object_label_rx(self) -> re.Pattern | None:
        """The declared object labels, and any trigger's own label (暗访对象为, 测评的对象是, 比拼对象：, 督查范围为):
        what the activity is of, whichever word names it."""
        words = sorted({*self.triggers, *self.ranked_triggers}, key=lambda w: (-len(w), w))
        own = [rf"(?:{'|'.join(map(re.escape, words))})(?:工作)?的?(?:对象|范围)(?:主要)?(?:为|是|包括|[：:])"] if words else []
        return alternation([*self.declared_object_patterns, *own])


@dataclass
class Launch:
    line: int
    start: int
    end: int | None
    trigger: str
    target: str  # what made the object a lower government
    named: bool  # the sentence names the governments (not inferred from 主送)


def launches(ctx, s: InspectionSettings, recips: list[str]) -> Iterator[Launch]:
    """The title and content sentences launching an inspection of lower governments
    (``recips``: the lower governments among the 主送)."""
    from .positions import title_location

    gw = ctx.gw
    title = title_sentence(ctx, keep_quotes=gw.forwarding == "印发")
    if title is not None:
        hit = _launch_in(ctx, s, title, recips, in_title=True)
        if hit and not (not hit[2] and _declared_non_government(ctx, s)):
            yield Launch(*title_location(ctx, title.start, title.end), *hit)
    heads = {h.line: h for h in gw.headings if not h.content}
    declared = _declared_non_government(ctx, s)
    run_by_team = team_run(ctx, s)
    rows = row_objects(ctx, s)
    for sent in iter_sentences(ctx, gw.content_lines):
        hit = _launch_in(ctx, s, sent, recips)
        if hit and sent.line in rows:
            # a plan's row says whom its work is about (对象 | 全县行政村): governments named there, or no one of theirs
            govs = _lower_governments(ctx, rows[sent.line])
            if not govs:
                continue
            hit = (hit[0], govs[0], True)
        # 这次督查由市政府督查室牵头组织: the document says whose inspection it is, in a sentence of its own
        if hit and hit[0] in run_by_team:
            continue
        # 评价对象为高校、科研院所的仪器: an inspection whose governments were only inferred from the 主送
        if hit and not hit[2] and declared:
            continue
        # a heading (（二）组织绩效考核评估) names a topic: when its section speaks of the
        # inspection again, the section says whom it inspects (定期组织运营单位开展绩效考核)
        # 原计划于3月对各乡镇开展督导评估。经局务会议研究，该项督导评估决定取消。: a plan called off, no launch
        if hit and _called_off(s, sent):
            continue
        # 2022年以来，省人社厅每年对各市（州）人民政府开展……考核: what was done then (a practice being stopped), no launch
        # 事项 | 原做法 | 调整后: 每月对各乡镇人民政府开展督查并排名 | 停止开展: the old practice lifted, no launch
        if hit and told_not_asked(ctx, sent, max(sent.start, sent.text.find(hit[0], sent.start, sent.end))):
            continue
        if hit and (hit[2] or not _is_heading(sent, heads.get(sent.line))
                    or not _section_mentions(ctx, sent.line, hit[0], heads)):
            yield Launch(sent.line, sent.start, sent.end, *hit)


def _called_off(s: InspectionSettings, sent: Sent) -> bool:
    """The sentence tells a former plan (原计划/原定……开展督导) and the next sentence of its paragraph calls it off."""
    if not s.former_plan or not s.called_off or sent.line is None \
            or not _compiled(s.former_plan).search(sent.text, sent.start, sent.end):
        return False
    nxt = re.match(r"[^。！？]*", sent.text[sent.end:].lstrip("。！？；; \u3000"))
    return nxt is not None and _compiled(s.called_off).search(nxt.group()) is not None


def team_run(ctx, s: InspectionSettings) -> frozenset[str]:
    """The triggers of the inspections the document says another body's team runs, in a sentence of their own
    (这次督查由市政府督查室牵头组织，市水务局派员参加; 本次考核由国家督导组负责): those launches are that team's, the
    issuer only takes part."""
    teams = alternation(s.foreign_teams)
    words = sorted({*s.triggers, *s.ranked_triggers}, key=lambda w: (-len(w), w))
    if teams is None or not words:
        return frozenset()

    def find() -> frozenset[str]:
        rx = re.compile(r"(?:本|这|此|该)次(?:[^，。；：]{0,12}?)(?P<w>%s)(?:工作)?(?:[^，。；：由]{0,8}?)(?:%s)"
                        % ("|".join(map(re.escape, words)), "|".join(map(re.escape, s.agent_markers or ["由"]))))
        # a sentence opening with the bare word goes on with the inspection the sentence before launched
        # (……将对各县（市）区人民政府……开展专项督查。督查由市政府督查室牵头组织，市水利局……配合)
        bare = re.compile(r"(?P<w>%s)(?:工作)?(?:%s)" % ("|".join(map(re.escape, words)),
                                                     "|".join(map(re.escape, s.agent_markers or ["由"]))))
        out = set()
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            found = [*rx.finditer(sent.text, sent.start, sent.end),
                     *filter(None, [bare.match(sent.text, body_start(sent.text, sent.start), sent.end)])]
            for m in found:
                if teams.match(sent.text, m.end(), sent.end) and not s.vocabulary.negated(sent, m.start("w")):
                    out.add(m.group("w"))
        return frozenset(out)

    return ctx.memo(("team-run", id(s)), find)


def _declared_non_government(ctx, s: InspectionSettings) -> bool:
    """The document says what it inspects (考核对象为…, 评价对象：…) and that is enterprises,
    schools, instruments …, no government: an object stated once holds for the whole document."""
    from .units import find_units

    rx = s.object_label_rx
    if rx is None:
        return False
    # 一、检查对象 / （一）全省5A级旅游景区……: the object is the heading's first line
    for _ln, obj in object_headed(ctx, s):
        if any(u.kind in ("government", "government_office") for u in find_units(obj)):
            return False
        if any(w in obj for w in s.non_government_objects):
            return True
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for m in rx.finditer(sent.body):
            obj = re.split(r"[，。；]", sent.body[m.end():], maxsplit=1)[0]
            if any(u.kind in ("government", "government_office") for u in find_units(obj)):
                return False
            if any(w in obj for w in s.non_government_objects):
                return True
    return False


def object_headed(ctx, s: InspectionSettings) -> list[tuple[int, str]]:
    """(line, text) of the first line under a heading that only names the object (一、检查对象; 二、暗访对象：):
    what that section opens with is what the activity is of (（一）全省5A级旅游景区……; 各县（市、区）人民政府)."""
    def find() -> list[tuple[int, str]]:
        trig = "|".join(map(re.escape, sorted({*s.triggers, *s.ranked_triggers}, key=lambda w: (-len(w), w)))) or "(?!)"
        heads = "|".join(map(re.escape, sorted(s.object_headers, key=lambda w: (-len(w), w)))) or "(?!)"
        # 检查对象, 暗访对象, 督查范围, 考核对象和方式
        rx = re.compile(rf"(?:{heads}|(?:{trig})(?:对象|范围))(?:[和及与、](?:范围|方式|时间|内容|重点))?")
        lines = ctx.gw.content_lines
        out = []
        for h in ctx.gw.headings:
            if h.content or not rx.fullmatch(h.title.strip().rstrip("：:")) or h.line not in lines:
                continue
            k = lines.index(h.line) + 1
            if k < len(lines) and lines[k] == h.line + 1:
                out.append((lines[k], ctx.reading(lines[k])))
        return out

    return ctx.memo(("object-headed", id(s)), find)


def declared_governments(ctx, s: InspectionSettings) -> list[tuple[str, int, int, int | None]]:
    """(government, line, start, end) of the lower governments the document says it inspects apart from the
    sentence launching it: after an object label (考核对象为……, 注：参加本次评比的是全县各乡镇人民政府), in a
    table's 考核对象 column or row (考核对象 | 各乡镇人民政府), or after the trigger of a sentence telling how the
    inspection is done (本次考核由市应急管理局对各县（市、区）人民政府进行).  A launch that names no object is
    aimed at them, as at governments in the 主送."""
    return ctx.memo(("declared-governments", id(s)), lambda: _declared_governments(ctx, s))


def _declared_governments(ctx, s: InspectionSettings) -> list[tuple[str, int, int, int | None]]:
    from .tables import tables
    from .units import find_units

    gw = ctx.gw
    level = gw.issuer.level if gw.issuer is not None else None
    if level is None:
        return []
    out: list[tuple[str, int, int, int | None]] = []

    def take(obj: str, ln: int, a: int = 0, b: int | None = None) -> None:
        if any(w in obj for w in s.non_government_objects):
            return  # 吉利区、孟津区重大危险源企业: the places' enterprises
        for u in find_units(obj):
            if (u.kind == "government" or street_offices(u)) and reaches_below(u, level) \
                    and not _locality_of_entities(s, obj, u, 0) and all(u.text != x[0] for x in out):
                out.append((u.text, ln, a, b))

    labels = s.object_label_rx
    # 考核对象 and the like, and any trigger + 对象/范围 (比拼对象, 测评对象, 评价范围): what the activity is of
    headers = [*s.object_headers, *(w + x for w in (*s.triggers, *s.ranked_triggers) for x in ("对象", "范围"))] \
        if s.object_headers else []
    heads = re.compile("|".join(map(re.escape, sorted(set(headers), key=lambda w: (-len(w), w))))) if headers else None
    passive = alternation(s.passive_object)
    lines = gw.content_lines
    for i, ln in enumerate(lines):
        text = ctx.reading(ln).strip()
        if heads is not None and heads.fullmatch(text.rstrip("：: \t")) is not None and i + 1 < len(lines):
            take(ctx.reading(lines[i + 1]), lines[i + 1])  # a row label in a cell of its own, its value the next cell
        if heads is not None and (m := heads.match(text)) is not None and re.match(r"\s*[\t|｜]", text[m.end():]):
            take(text[m.end():], ln)  # 考核对象<tab>各乡镇人民政府
    for ln, obj in object_headed(ctx, s):  # 一、考核对象 / 各县（市、区）人民政府
        take(obj, ln)
    for sent in iter_sentences(ctx, lines):
        for rx in (labels, passive):
            for m in rx.finditer(sent.body) if rx is not None else ():
                if not s.vocabulary.negated(sent, sent.start + m.start()):
                    obj = re.split(r"[，。；]", sent.body[m.end():], maxsplit=1)[0] if rx is labels else m.group("obj")
                    take(obj, sent.line, sent.start, sent.end)
    if heads is not None:
        for t in tables(ctx, lines, [*headers, *s.object_table_headers], numbered=False):
            col = next((k for k, c in enumerate(t.header) if heads.fullmatch(c.strip())), None)
            for r in t.rows[1:] if col is not None else ():
                if col < len(r.cells):
                    take(r.cells[col], r.lines[col])
    return out


def row_objects(ctx, s: InspectionSettings) -> dict[int, str]:
    """Each cell line of a table with an object column (时间 | 工作内容 | 对象 | 实施单位) → its row's object cell."""
    def build() -> dict[int, str]:
        from .tables import tables

        names = {*s.object_headers, *s.row_object_headers}
        out: dict[int, str] = {}
        for t in tables(ctx, ctx.gw.content_lines, [*names, *s.object_table_headers], numbered=False):
            col = next((k for k, c in enumerate(t.header) if c.strip() in names), None)
            for r in t.rows[1:] if col is not None else ():
                if col < len(r.cells) and r.cells[col].strip():
                    for ln in r.lines:
                        out.setdefault(ln, r.cells[col])
        return out

    return ctx.memo(("row-objects", id(s)), build)


def _lower_governments(ctx, text: str) -> list[str]:
    from .units import find_units

    level = ctx.gw.issuer.level if ctx.gw.issuer is not None else None
    return [u.text for u in find_units(text) if (u.kind == "government" or street_offices(u))
            and level is not None and reaches_below(u, level)]


def _is_heading(sent: Sent, head) -> bool:
    if head is None:
        return False
    return sent.text[body_start(sent.text, sent.start):sent.end].rstrip("。；;：: \u3000") == head.title.rstrip("。；;：:")


def _section_mentions(ctx, line: int, word: str, heads: dict) -> bool:
    """``word`` in a paragraph of the section under heading ``line`` (up to the next heading)."""
    lines = ctx.gw.content_lines
    for ln in lines[lines.index(line) + 1:]:
        if ln in heads:
            return False
        if word in ctx.reading(ln):
            return True
    return False


_QUOTED = re.compile(r"“[^”]{1,40}”")
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[）)]")


def filed(ctx, s: InspectionSettings) -> bool:
    """The document says the inspection is planned, filed, approved or founded on a law."""
    from .facts import approval_statement, preamble_matches
    from .units import normalize

    if approval_statement(ctx) is not None or preamble_matches(ctx, alternation(s.preamble_legal_basis)):
        return True
    rx = alternation(s.filing_patterns)
    if rx is None:
        return False
    gw = ctx.gw
    not_after, condition = tuple(s.filing_not_after), tuple(s.filing_condition_after)
    # 根据已报……备案的（2026年度考核评估）事项清单: a short name may stand between 的 and the word
    basis_after = re.compile(r"[^，,；;。“”]{0,16}?(?:%s)" % "|".join(map(re.escape, s.filing_basis_after))) \
        if s.filing_basis_after else None
    basis_before = re.compile(r"(?:%s)[^，。；]*$" % "|".join(map(re.escape, s.filing_basis_before or ["根据"])))
    texts = [gw.title.text] if gw.title else []
    texts += [ctx.reading(ln) for ln in gw.content_lines]
    texts += [n.text for n in gw.notes]
    for t in texts:
        t = normalize(t)
        for m in rx.finditer(t):
            # 未列入年度督查计划的，不得开展; 报督查室备案后方可实施: a rule, not a filing
            if t[max(0, m.start() - 3):m.start()].endswith(not_after) or t.startswith(condition, m.end()):
                continue
            # 列入年度计划的督查事项须…: a rule; 根据列入……计划的（“××督查”）事项: the plan item this
            # inspection follows
            if t.startswith("的", m.end()):
                q = _QUOTED.match(t, m.end() + 1)
                after = q.end() if q else m.end() + 1
                # …计划的“××督查”（第9项），: the quoted item itself (its serial in brackets) is what is followed
                if q:
                    note = _BRACKETED.match(t, after)
                    after = note.end() if note else after
                named = q is not None and (after == len(t) or t[after] in "，,；。")
                if not ((named or (basis_after is not None and basis_after.match(t, after)))
                        and basis_before.search(t, 0, m.start())):
                    continue
            return True
    return False


def ranked(s: InspectionSettings, sent: Sent) -> bool:
    """An unnegated ranking word (排名, 通报 …) in the sentence; one that names a yardstick (配齐考核指标体系,
    制定考核办法) ranks no one."""
    heads = tuple(s.ranking_noun_heads)
    return any(not s.vocabulary.negated(sent, a) and not (heads and sent.text.startswith(heads, b))
               for a, b, _w in words_except(sent, s.ranking_words))


def _ranked_term(s: InspectionSettings, quoted: str) -> bool:
    """A quotation that names a ranked activity as a term (“擂台赛”, “比拼擂台赛”, “县域商业擂台比拼”): short and ending
    in the activity's word, not a slogan that happens to hold it."""
    return len(quoted) <= 10 and quoted.endswith(tuple(s.ranked_triggers))


def ranked_anywhere(ctx, s: InspectionSettings) -> bool:
    """Some sentence ranks or publishes the results of an 评估/评价 (评估结果按得分排序，在全县
    通报; 结果运用 | 按总分由高到低在全盟排名): then every 评估 of the document grades those it evaluates."""
    results = [*(w + "结果" for w in s.ranked_triggers), *s.ranked_result_words]
    return ctx.memo(("inspections.ranked", id(s)), lambda: any(
        any(r in sent.body for r in results) and ranked(s, sent)
        for sent in iter_sentences(ctx, ctx.gw.content_lines)))


def _accountable(ctx, s: LabelSettings) -> bool:
    """The notice holds a means of an inspection (整改, 问责) anywhere, title included."""
    def scan() -> bool:
        gw = ctx.gw
        texts = ([gw.title.text] if gw.title else []) + [ctx.reading(ln) for ln in gw.content_lines]
        return any(holds_any(t, s.accountability) for t in texts)
    return ctx.memo(("inspections.accountable", tuple(s.accountability)), scan)


def topic_lines(ctx, heads: str) -> frozenset[int]:
    """Lines under a heading whose title matches ``heads`` (一、了解内容), up to the next heading of its
    level or above: the matters looked into, not what the activity does to anyone."""
    out: set[int] = set()
    rx = re.compile(heads)
    hs = sorted(ctx.gw.headings, key=lambda h: h.line)
    for i, h in enumerate(hs):
        if not rx.search((h.title or "").strip("。：: ")):
            continue
        end = next((x.line for x in hs[i + 1:] if x.level <= h.level), None)
        out.update(ln for ln in ctx.gw.content_lines if ln > h.line and (end is None or ln < end))
    return frozenset(out)


def research_labels(ctx, s: LabelSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """Research labelled as inspection in ``sent``: label compounds whose two halves are
    each a word or inside one (开展调研/督导), and labels joined by a conjunction
    (调研并督查) whose parts are whole words."""
    index = index_of(sent.text) if sent.line is None else ctx.index(sent.line)
    out = []
    body = sent.text
    joined = alternation(s.joined_labels)
    if joined is not None:
        for m in joined.finditer(body, sent.start, sent.end):
            k, e = m.start(), m.end()
            if inside(k, sent.quotes) or not index.aligned(k, e):
                continue
            # each part (调研 / 并 / 督查) a whole word: not 调研究 or 和检查站
            if all(index.aligned(m.start(i), m.end(i)) for i in range(1, len(m.groups()) + 1)
                   if m.group(i) is not None):
                out.append((k, e, m.group(0)))
    labels = s.compound_labels
    # 督查走访, 蹲点督导: visits and stays under an inspection's name are research in a notice that asks
    # for no 整改 or 问责 (with them, the visit is how an inspection is made)
    if s.means_labels and holds_any(body, s.means_labels, sent.start, sent.end) and not _accountable(ctx, s):
        labels = labels + s.means_labels
    # one scan for all labels first: most sentences hold none of them
    for lab in labels if holds_any(body, labels, sent.start, sent.end) else ():
        half = len(lab) // 2
        k = body.find(lab, sent.start, sent.end)
        while k >= 0:
            if not inside(k, sent.quotes) and index.aligned(k, k + half) and index.aligned(k + half, k + len(lab)):
                out.append((k, k + len(lab), lab))
            k = body.find(lab, k + 1, sent.end)
    return sorted(out)


def title_inspects_things(ctx, s, label: str) -> bool:
    """The title launches an inspection of things (关于开展国庆节前消防安全检查的通知, 特种设备安全检查) with the
    inspection word the body's ``label`` opens with (检查指导组): the body names that inspection's team or work, no
    research under an inspection's name.  A goal (高质量) is no thing inspected."""
    title = ctx.gw.title.text if ctx.gw.title is not None else ""
    if not title or not s.regulatory_words:
        return False
    head = label[:len(label) // 2]
    if head not in ("检查", "督查", "督导", "督察", "巡查"):
        return False  # 旅游市场秩序调研督导: research first, whatever the topic
    for w in s.regulatory_words:
        for m in re.finditer(re.escape(w), title):
            if any(g in title[max(0, m.start() - 2):m.end() + 2] for g in s.regulatory_goals):
                continue
            # (燃气安全检查, 消防安全检查: a thing's word right before; 安全生产工作督导 looks into a work)
            gap = re.match(rf"([^，。；、]{{0,2}}?){re.escape(head)}", title[m.end():])
            if gap and not gap.group(1).endswith("工作"):
                return True
    return False


# an item's lead before its name: a number (（三）, 3.) and a month (11月：, 9月下旬)
_ITEM_LEAD = re.compile(r"[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、])?"
                        r"[\s\u3000]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:上旬|中旬|下旬|初|底|份)?[：:，, ]?)?")


def names_item(sent: Sent, a: int, b: int, way_words: Iterable[str], thing_words: Iterable[str],
               goals: Iterable[str] = ()) -> bool:
    """The label at ``a:b`` is the name of an item of its own — a table cell (课后服务检查指导), a numbered item's
    title (（三）秸秆综合利用督导调研。) or a dated line (11月：垃圾分类巡查调研，……): an activity scheduled
    as 开展 launches one.  A topic of a few words may precede it; none of ``way_words`` (加强督查指导: a way of
    working) nor of ``thing_words`` (燃气安全检查指导: things inspected) unless inside one of ``goals`` (高质量)
    or ending in 工作 (食品安全监管工作检查指导: the work of the visited, not things)."""
    if sent.line is None or sent.start != 0:
        return False
    lead = _ITEM_LEAD.match(sent.text, 0).end()
    topic = sent.text[lead:a]
    if len(topic) > 20 or re.search(r"[，。；、：:,;]", topic) or any(w in topic for w in way_words):
        return False
    for w in goals:
        topic = topic.replace(w, "")
    if not topic.endswith("工作") and any(w in topic for w in thing_words):
        return False
    return b == sent.end or sent.text[b] in "。，；：:,;（("  # （二）课后服务检查指导（11月）


# ------------------------------------------------------------ one sentence
# a purpose clause opening with its aim, the issuer's own act (以利进行年度工作考核, 以便我局开展年度考核)
_PURPOSE_OF_ISSUER = re.compile(r"[，,]?(?:以利于?|以便于?|便于)(?:我[局厅委办]|本[局厅委办])?(?:进行|开展|组织|实施)(?:年度|季度|全年|半年)?(?:工作)?")


def _launch_in(ctx, s: InspectionSettings, sent: Sent, recips: list[str],
               in_title: bool = False) -> tuple[str, str, bool] | None:
    """(trigger, target, named) when the sentence launches an inspection of lower governments."""
    from .units import find_units, level_rank

    issuer = ctx.gw.issuer
    legal = alternation(s.legal_basis)
    if legal is not None and legal.search(sent.body):
        return None
    hits = words_except(sent, s.triggers, s.excluded_words)
    # 开展“回头看”: a trigger that is all its quotation says is the word used as a term, not inside a name
    hits = sorted(hits + [(a + 1, b - 1, sent.text[a + 1:b - 1]) for a, b in sent.quotes
                          if sent.start <= a and b <= sent.end and sent.text[a + 1:b - 1] in s.triggers])
    if ranked(s, sent) or ranked_anywhere(ctx, s):
        # 评估 ranked and published (评估并排名通报) grades the governments: an assessment (开展“擂台赛”: the term quoted)
        hits = sorted(hits + words_except(sent, s.ranked_triggers, s.excluded_words)
                      + [(a + 1, b - 1, sent.text[a + 1:b - 1]) for a, b in sent.quotes
                         if sent.start <= a and b <= sent.end and _ranked_term(s, sent.text[a + 1:b - 1])])
    # 开展调研督导: research under an inspection's name (GW303's finding), no inspection
    labelled = [(x, y) for x, y, _w in research_labels(ctx, s, sent)]
    hits = [h for h in hits if not any(x <= h[0] < y for x, y in labelled)]
    if not hits:
        return None
    units = find_units(sent.body)
    own = {o.name for o in ctx.gw.issuers}
    # a sentence led by another body (各设区市农业农村局要组织自查, 国务院将开展大督查) is not the issuer's launch
    lead_off = body_start(sent.text, sent.start) - sent.start
    if units and units[0].start == lead_off and not _own_unit(units[0], own) and not in_title:
        # ……各镇（街）要将全年工作总结上报我局，以利进行年度工作考核: the purpose clause is the issuer's own assessment
        # of those who report; else the sentence is the leading body's
        hits = [h for h in hits if _PURPOSE_OF_ISSUER.fullmatch(sent.text, clause_of(sent, h[0])[0], h[0])]
        if not hits:
            return None
    offset = sent.start
    claim_rx = s.claim_rx
    claims = [(m.start() + offset, m.end() + offset) for m in claim_rx.finditer(sent.body)] if claim_rx else []

    def owner(u) -> bool:
        """A government at the issuer's level or above (省政府, 国务院) outside a claim phrase."""
        a0 = u.start + offset
        return u.kind in ("government", "government_office", "party") and not reaches_below(u, issuer.level) \
            and level_rank(u.level) <= level_rank(issuer.level) and not any(x <= a0 < y for x, y in claims)

    first = None
    for k, (a, b, word) in enumerate(hits):
        if s.vocabulary.negated(sent, a):
            continue
        # 组织3个暗访组，赴……景区开展暗访检查: the team is formed in a clause naming no one below, what it inspects
        # is told at the later trigger (督导组深入各街道办事处 names them in its own clause)
        if sent.text.startswith(_TEAM_NOUNS, b) and any(x >= clause_of(sent, a)[1] and _goes_to_entities(s, sent, x)
                                                         for x, _y, _w in hits[k + 1:]) \
                and not any(reaches_below(u, issuer.level) for u in units
                            if clause_of(sent, a)[0] <= u.start + offset < clause_of(sent, a)[1]):
            continue
        # 需要开展临时性督查的要报批: a condition, not a launch (a title's 关于开展督导的通知 is its frame)
        if not in_title and sent.text.startswith("的", b):
            continue
        ca, cb = (sent.start, sent.end) if in_title else clause_of(sent, a)
        # 分赴各区县人民政府，督导……: the clause going there is the trigger's, and the team going there launches it
        went = ca if in_title else _went_before(s, sent, ca, a)
        extended, ca = went < ca, went
        # whole words only (利用 in 综合利用工作, the topic 秸秆综合利用, is no 利用……开展检查), and none inside
        # the 对-object (对……土地节约集约利用工作开展督查: the work inspected)
        if any(all(x <= t.start and t.end <= y for t in sent.tokens if t.start < y and x < t.end)
               for x, y, _w in sent_words(sent, s.not_launch, ca, _object_of_dui(sent, ca, a))):
            continue
        # 请各设区市人民政府组织对…开展检查, 国家督导组将…督导: another body's own inspection
        # (以利进行年度工作考核 after the units' report: the purpose is the issuer's, whoever leads the sentence)
        if not in_title and not _PURPOSE_OF_ISSUER.fullmatch(sent.text, ca, a) and _other_actor(s, sent, units, ca, a, own):
            continue
        if not extended and not _launched(s, sent, ca, cb, a, b, in_title):
            continue
        # the government's own inspection (国务院决定…督查, 纳入省政府对设区市的考核) is not the department's
        if any(owner(u) for u in units if ca <= u.start + offset < a):
            continue
        if any(owner(u) and _leads_clause(sent, u.start + offset) for u in units if u.start + offset < a):
            continue
        # 考核对象：各苏木乡镇人民政府 — the object follows the label, past the clause's colon
        if _OBJECT_LABEL.match(sent.text, b):
            stop = re.compile(r"[。；;]").search(sent.text, b, sent.end)
            cb = stop.start() if stop else sent.end
        target = _target(ctx, s, sent, units, ca, cb, a, word in s.weak_triggers, recips,
                         explicit_only=word in s.explicit_triggers)
        if target and target[1]:
            return (word, *target)
        # 开展评比，评比对象为各县人民政府: a later hit may name the governments
        first = first or (target and (word, *target))
    return first or None


def _went_before(s: InspectionSettings, sent: Sent, ca: int, a: int) -> int:
    """Where the trigger's clause begins once a clause going somewhere is read with it: a trigger leading its
    clause goes on from the clause before when that one says where the team goes (于9月中下旬赴17个省辖市人民政府，
    督导……; 深入各乡镇，检查……): 赴X，督导Y is 赴X督导Y.  Else ``ca``."""
    if not s.destination_markers or ca - 2 < sent.start or body_start(sent.text, ca) != a \
            or sent.text[ca - 1] not in "，,":
        return ca
    pa = clause_start(sent.text, ca - 2, sent.start)
    return pa if any(t.text in s.destination_markers for t in tokens_between(sent, pa, ca)) else ca


def _goes_to_entities(s: InspectionSettings, sent: Sent, a: int) -> bool:
    """The trigger at ``a`` has an object (对/赴 ……) that names entities, no unit (赴全市62家A级旅游景区开展暗访)."""
    from .units import find_units

    x = _object_start(s, sent, clause_of(sent, a)[0], a)
    span = sent.text[x:a] if x is not None else ""
    return any(w in span for w in s.non_government_objects) and not find_units(span)


_OBJECT_LABEL = re.compile(r"对象(?:为|是|包括|[：:])")
_TEAM_NOUNS = ("组", "小组", "工作组", "专班")


def object_statement(text: str) -> bool:
    """A line or sentence that only says what is inspected (评比对象：全省各县（市、区）人民政府): it names
    the governments, but the activity is launched elsewhere (the title, 决定开展……评比)."""
    m = _OBJECT_LABEL.search(text)
    return m is not None and m.start() <= 12


def _locality_of_entities(s: InspectionSettings, text: str, unit, offset: int) -> bool:
    """A bare locality (各县（市、区）, no 政府) followed within a few characters by an entity
    (学校, 企业, 项目 …): 各县（市、区）中小学校 are schools."""
    if "政府" in unit.text:
        return False
    after = re.split(r"[，。；、,;（(]", text[unit.end + offset:unit.end + offset + 6], maxsplit=1)[0]
    if any(0 <= after.find(w) <= 2 for w in s.non_government_objects):
        return True
    # 乡镇（街道）人民调解委员会, 县级人民调解委员会: the locality names a body of its own
    return bool(s.local_bodies) and _compiled(s.local_bodies).match(text, unit.end + offset) is not None


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _owner_of_entities(s: InspectionSettings, text: str, unit, offset: int, a: int) -> bool:
    """A government before 的 and an entity ahead of ``a`` (the trigger, or the clause's end when a team
    goes there: 检查组深入各乡镇辖区内的食品生产企业) only says whose they are: 对派驻各乡镇的农技人员开展考核
    assesses the staff, not the townships."""
    after = text[unit.end + offset:a]
    k = after.rfind("的")
    return k >= 0 and not re.search(r"[，。；]", after[:k]) and any(w in after[k + 1:] for w in s.non_government_objects)


def _object_start(s: InspectionSettings, sent: Sent, ca: int, a: int) -> int | None:
    """Where the object of the trigger at ``a`` begins: after the last object marker
    (对, 赴, 深入 …) of its clause that is a token of its own, or None."""
    best = None
    for t in tokens_between(sent, ca, a):
        if t.text in s.object_markers and t.end < a:
            best = t.end
    return best


def _object_of_dui(sent: Sent, ca: int, a: int) -> int:
    """Where the 对-object before the trigger at ``a`` begins (对各省辖市人民政府耕地保护和土地节约集约利用工作
    开展督查), else ``a``: a 配合/利用 … word inside that object names the work inspected, not the way of it."""
    return next((t.start for t in tokens_between(sent, ca, a) if t.text == "对"), a)


def _own_unit(u, own: set[str]) -> bool:
    """The unit is the issuer, by its canonical name or as written: 省交通运输厅 in a Fujian
    department's text is the issuer though the lexicon expands it to another province's."""
    return _is_own(u.name, own) or _is_own(u.text, own)


def _other_actor(s: InspectionSettings, sent: Sent, units, ca: int, a: int, own: set[str]) -> bool:
    """The trigger's clause is led by a body other than the issuer: a unit right at its
    start or after an actor marker (请各设区市人民政府组织…, 由各地负责…), or a higher
    body's team (国家督导组, 农业农村部督查组)."""
    text = sent.text
    lead = body_start(text, ca)
    teams = alternation(s.foreign_teams)
    if teams is not None and teams.match(text, lead, a):
        return True
    if teams is not None:
        # 本次督查由市人民政府督查室牵头组织，于10月下旬对各镇……开展督查: the team named as the agent of an earlier
        # clause of the sentence runs the launch told after it; so does the team whose arrangement the launch
        # follows or which the issuer assists (按照市政府督查室的工作安排，……开展督查; 配合县政府督查室……)
        # (its 安排/部署 followed, not its entrustment -- 根据市政府督查室的委派: the issuer inspects in its name, a
        # claim -- nor a plan filed with it -- 按照已报市政府督查室备案的计划: the issuer's own, filed)
        after = {m: alternation(p) for m, p in s.team_owner_markers.items()}
        for marker in (*s.agent_markers, *after):
            k = text.find(marker, sent.start, a)
            while k >= 0:
                m = teams.match(text, k + len(marker), a)
                if m and (marker not in after or after[marker] is None or after[marker].match(text, m.end(), a)):
                    return True
                k = text.find(marker, k + 1, a)
    for m in sorted(s.actor_markers, key=len, reverse=True):
        if text.startswith(m, lead):
            # 由专区监管部门进行评估: the agent of 由 acts, named as a unit or not
            if m in s.agent_markers and not text.startswith((*s.own_words, *own), lead + len(m)):
                return lead + len(m) < a
            lead += len(m)
            break
    opener = next((u for u in units if u.start + sent.start == lead), None)
    if opener is not None and not _own_unit(opener, own):
        return lead < a
    for u in units:
        # 分片指导各地开展汛前检查, 省厅将督促各县（区）组织开展自查: the pivot's object conducts the inspection itself
        p, q = u.start + sent.start, u.end + sent.start
        if lead <= p and q < a and not _own_unit(u, own) \
                and any(text.endswith(v, max(lead, p - 4), p) for v in pivot_verbs(partners=False)) \
                and _CONDUCTS.fullmatch(text, q, a):
            return True
    if opener is not None:
        return False  # the issuer leads the clause
    if _agent_after_adverbs(s, sent, units, lead, a, own):
        return True
    return _third_party_subject(s, sent, lead, a) or _third_party_subject(s, sent, body_start(text, sent.start), a)


_CONDUCTS = re.compile(r"(?:认真|全面|及时|深入|广泛|扎实)?(?:组织)?(?:开展|进行|实施)[\u4e00-\u9fff]{0,8}")


def _agent_after_adverbs(s: InspectionSettings, sent: Sent, units, lead: int, a: int, own: set[str]) -> bool:
    """An agent marker (由) later in the clause than its lead, after words of time or manner (原定由各区县人民政府
    组织……检查; 今年统一由各县……; 改由各县……; 拟由……): the unit right after it does the inspection -- unless
    it is the issuer's own, or the marker sits inside the 对-object (对由各县负责的项目开展检查)."""
    markers = tuple(s.agent_markers)
    if not markers:
        return False
    dui = sent.text.find("对", lead, a)
    for u in units:
        k = u.start + sent.start
        if lead < k < a and (dui < 0 or k < dui) and sent.text.endswith(markers, lead, k) \
                and not sent.text.startswith((*s.own_words, *own), k):
            return not _own_unit(u, own)
    return False


def _third_party_subject(s: InspectionSettings, sent: Sent, lead: int, a: int) -> bool:
    """运营单位应当…开展等级测评: the clause or sentence opens with a third party's duty (a
    subject naming an enterprise, operator … before a modal)."""
    for t in tokens_between(sent, lead, min(a, lead + 20)):
        if t.text in s.subject_modals:
            return any(w in sent.text[lead:t.start] for w in s.non_government_objects)
    return False


def _leads_clause(sent: Sent, pos: int) -> bool:
    """``pos`` opens a clause of the sentence (after a list marker at most)."""
    return any(x <= pos and pos in (x, body_start(sent.text, x)) for x, _y in clause_spans(sent.text, sent.start, sent.end))


def _launched(s: InspectionSettings, sent: Sent, ca: int, cb: int, a: int, b: int, in_title: bool) -> bool:
    toks = tokens_between(sent, max(ca, a - s.launch_window), a)
    verbs = set(s.launch_verbs)
    for i, t in enumerate(toks):
        if t.text not in verbs:
            continue
        between = [x.text for x in toks[i + 1:]]
        if between[:1] in (["了"], ["过"]):
            continue  # 委托第三方……进行了评估，现将结果通报: one held, told; nothing launched
        # 2016年实施的24项督查激励措施: a modifier, not a launch; 开展对…的督查 is one
        if "的" in between and "对" not in between[:between.index("的")]:
            continue
        return True
    launch_rx = alternation(s.launch_patterns)
    if launch_rx is not None and launch_rx.search(sent.text[ca:cb]):
        return True
    plan = alternation(s.title_plan_pattern)
    return in_title and plan is not None and bool(plan.match(sent.text, b))


_BODY_KINDS = ("government", "government_office", "department", "party")


def _target(ctx, s: InspectionSettings, sent: Sent, units, ca: int, cb: int, a: int, weak: bool,
            recips: list[str], explicit_only: bool = False) -> tuple[str, bool] | None:
    """(lower government the inspection is aimed at, named in the sentence), or None.

    The object is read from 对…开展督查 (from the last 对 before the trigger)
    or else from the trigger's clause (赴各设区市督查, 督查对象为…)."""
    level = ctx.gw.issuer.level
    text = sent.text
    k = text.rfind("对", sent.start, a)
    lo = min(k, ca) if k >= 0 else ca
    area = [u for u in units if lo <= u.start + sent.start < cb]
    # 对各县（市、区）中小学校开展检查: a bare locality before an entity only says whose schools
    # the 街道办事处 answer for their area as townships do (round 20 ruling): inspecting them inspects that level
    govs = [u for u in area if (u.kind == "government" or street_offices(u)) and reaches_below(u, level)
            and not _locality_of_entities(s, text, u, sent.start)
            and not _owner_of_entities(s, text, u, sent.start, a if u.start + sent.start < a else cb)]
    # 对/赴 X 开展检查: X is what is inspected.  Shelters, scenic spots, operators (no unit,
    # not the work of anyone) are no government, whoever organises the check
    x = _object_start(s, sent, ca, a)
    counted = alternation(s.counted_localities)
    if recips and not govs and counted is not None:
        # 对12个盟市开展督导 sent to the 盟行政公署 and 市人民政府: the localities counted are those
        # governments, as a bare 各盟市 is
        m = counted.search(text, x if x is not None else lo, a)
        if m is not None:
            return m.group(), True
    if x is not None:
        span = text[x:a]
        in_obj = [u for u in units if x <= u.start + sent.start < a]
        if not in_obj and (any(w in span for w in s.non_government_objects)
                           or not any(w in span for w in s.work_heads)):
            return None
    # 各设区市人民政府 names governments; a bare locality (各设区市, 各地) does so only
    # when the document goes to governments (sent to 各设区市农业农村局 it means the system)
    explicit = [u for u in govs if "政府" in u.text or "办事处" in u.text]
    if explicit:
        return explicit[0].text, True
    if explicit_only:
        return None  # 对各镇建房审批情况开展抽查, 对整改情况开展回头看: the matters checked, no government named
    # 开展……工作先进县（市、区）人民政府评比: the governments judged are named inside the award's name (the unit
    # reading sees 先进县 as one word and no government in it)
    honoured = alternation(s.honoured_governments)
    m = honoured.search(text, lo, a) if honoured is not None and not govs else None
    if m is not None:
        return m.group(), True
    if govs and recips:
        return govs[0].text, True
    depts = [u for u in area if u.kind in ("department", "mixed") and reaches_below(u, level)]
    if depts or weak:
        return None
    # enterprises, projects, hospitals … are not governments; a launch with no 对-object of a document that
    # declares its objects (考核对象见下表 | 醴陵市人民政府…) is aimed at those, whatever its topic (环境卫生)
    o0, o1 = (k + 1, a) if k >= 0 else (ca, cb)
    # a body's own name says nothing of the object (县卫生健康局……组织交叉暗访: no 卫生 inspected)
    # (a 县人民医院 read as a department stays: it ends in what is inspected)
    bodies = [(u.start + sent.start, u.end + sent.start) for u in units
              if u.kind in _BODY_KINDS and not u.text.endswith(tuple(s.non_government_objects))]
    obj = "".join(" " if any(x <= i < y for x, y in bodies) else text[i] for i in range(o0, o1))
    if any(w in obj for w in s.non_government_objects) and not (k < 0 and declared_governments(ctx, s)):
        return None
    # 对我省开展实地督导: the issuer's own area is inspected by a higher body
    if k >= 0 and obj.startswith(tuple(s.own_area_objects)):
        return None
    return (recips[0], False) if recips else None


# ------------------------------------------------------------ scoring tables
def scoring_cells(ctx, header_patterns, item_patterns, points_patterns, table_cells,
                  proof_patterns=()) -> tuple[set[int], dict[int, int], dict[int, int]]:
    """(scored, rows, proof) of the content's tables: ``scored`` the lines of the cells under a scoring
    column (评分依据, 考核方式, 评分标准 — ``header_patterns``) and of every cell of a table with a
    points column (分值, 得分 — ``points_patterns``): whatever material they name is what the work is
    scored by; ``rows`` maps each cell's line to its row's first line (a row is one problem);
    ``proof`` the lines of the cells under a column of proof (佐证材料 — ``proof_patterns``): what
    they name is to be attached as proof of the work, verb or none; each maps to where the demand is
    told: its column's header in a task table (完成佐证 of a 任务内容 | 完成时限 table asks the proof of
    every task at once), the cell itself in a scoring table (each row earns its own points).
    Header cells: ``table_cells``, any short cell written like a header (考评内容 — ``item_patterns``),
    and with a proof column the task tables' own (重点任务, 责任单位: :func:`facts.list_heads`)."""
    from .facts import list_heads
    from .tables import tables

    rx, items, points = alternation(header_patterns), alternation(item_patterns), alternation(points_patterns)
    proofs = alternation(proof_patterns)
    lines = ctx.gw.content_lines
    heads = set(table_cells)
    for ln in lines:
        cell = ctx.reading(ln).strip()
        # a header's note (证明材料（照片、日志）) does not count to its length
        if len(re.sub(r"（[^（）]*）$", "", cell)) <= 8 and any(x is not None and x.fullmatch(cell)
                                                            for x in (rx, items, points, proofs)):
            heads.add(cell)
    if proofs is not None and any(proofs.fullmatch(c) for c in heads):
        heads.update(list_heads(ctx))  # 序号 | 重点任务 | 责任单位 | 完成时限 | 佐证资料 written a cell a line
    scored: set[int] = set()
    proof: dict[int, int] = {}
    rows: dict[int, int] = {}
    for table in tables(ctx, lines, sorted(heads), numbered=False):
        for row in table.rows:
            for ln in row.lines:
                rows.setdefault(ln, row.lines[0])
        # 考评内容 | 分值: each row's content earns the row's points
        every = points is not None and any(points.fullmatch(c) for c in table.header)
        if proofs is not None:
            pcols = [i for i, c in enumerate(table.header) if proofs.fullmatch(c)]
            scoring = every or (rx is not None and any(rx.fullmatch(c) for c in table.header))
            proof.update((row.lines[i], row.lines[i] if scoring else table.rows[0].lines[i])
                         for row in table.rows[1:] for i in pcols if i < len(row.lines))
        if rx is None:
            continue
        cols = [i for i, c in enumerate(table.header) if rx.fullmatch(c)]
        for row in table.rows[1:]:
            scored.update(row.lines[i] for i in (range(len(row.lines)) if every else cols) if i < len(row.lines))
    return scored, rows, proof


# Evidence used as the yardstick (GW302, 第8条 “留痕多少”): readings of one sentence about one named material.

@lru_cache(maxsize=1)
def _yardstick_verbs():
    from .lexicon import lexicon

    verbs = lexicon().get("yardstick_verbs", [])
    return re.compile("|".join(map(re.escape, verbs))) if verbs else None


def yardstick_denied(text: str) -> bool:
    """照片数量不作为考核依据, 不再列为评分内容, 不得纳入考核: the verb that makes the material a yardstick is
    waived or forbidden (the one waiver reading, :func:`gwlint.analysis.negation.waiver_before`); a 否 in
    是否开展 earlier, 不断纳入 are not."""
    rx = _yardstick_verbs()
    return rx is not None and any(waiver_before(text, m.start(), forbidding=True) for m in rx.finditer(text))


def version_yardstick(sent: Sent, ca: int, a: int, heads) -> bool:
    """会议的详细内容以会议纪要为准: the thing the material is the yardstick of (before 以 in the clause up to the
    material at ``a``) is a text's content or wording, so the material is the authoritative text, no proof of work."""
    k = sent.text.rfind("以", ca, a)
    if k < ca:
        return False
    # 上述安排的具体表述，均以……为准: a clause of adverbs alone takes the clause before as its topic
    topic = sent.text[ca:k].rstrip("均都一律则仍一概统一") or sent.text[sent.start:ca].rstrip("，,")
    return topic.endswith(tuple(heads))


def counted_yardstick(sent, b: int, count_after, count_uses, vocabulary) -> bool:
    """The material named up to ``b`` is followed by its count (张数, 页数, 不少于20张) and the sentence uses a
    count to score, rank or assess (纳入绩效考核, 计分, 排名通报), not negated."""
    count, uses = alternation(count_after), alternation(count_uses)
    if count is None or uses is None or not count.match(sent.text, b, sent.end):
        return False
    return any(not vocabulary.negated(sent, m.start()) for m in uses.finditer(sent.text, sent.start, sent.end))


def evaluation_governs(sent, ca: int, a: int, eval_verbs, keep_verbs, fresh_verbs) -> bool:
    """An evaluation verb before ``a`` in its clause (from ``ca``) governs the material there (查阅台账 / 检查…台账), no
    keep verb (建立, 管理) in between: after a keep verb the material is part of the kept record's name (健全考核工作
    台账, 完善监督检查台账) until a fresh verb (并); a keep verb before 的 is an attribute (查阅各地建立的台账)."""
    evals, keep, fresh = set(eval_verbs), set(keep_verbs), set(fresh_verbs)
    last_eval = None
    kept = False
    toks = tokens_between(sent, ca, a)
    for i, t in enumerate(toks):
        if t.text in evals:
            last_eval = None if kept else t
        elif t.text in keep and not (i + 1 < len(toks) and toks[i + 1].text == "的"):
            last_eval, kept = None, True
        elif t.text in fresh:
            kept = False
    return last_eval is not None


def scored_after(sent, b: int, score_patterns, keep_verbs, vocabulary) -> bool:
    """台账资料齐全的得5分，缺一项扣1分: points given for the material named up to ``b`` later in the sentence."""
    score_rx = alternation(score_patterns)
    if score_rx is None:
        return False
    keep = set(keep_verbs)
    for m in score_rx.finditer(sent.text, b, sent.end):
        # 不计分 cancels the points; a reducer earlier (排查整治台账齐全（5分）) governs no score
        if vocabulary.negated(sent, m.start()) in vocabulary.negators:
            continue
        # 建立台账并上传（5分） scores the keeping; 工作日志记录完整（3分）, 台账建立规范（5分）:
        # a keep word right after the material is part of its name or its state, still scored
        if any(t.text in keep and t.start > b for t in tokens_between(sent, b, m.start())):
            continue
        return True
    return False


# a sentence pointing back at the material of the sentence before (据此, 以此, 根据上述记录): what it does with it
_ANAPHOR = re.compile(r"[^，。；：]{0,16}?(?:据此|以此|依此|凭此|按此|对照此|根据(?:这些|上述|该|此|以上)|依据(?:这些|上述|该|此|以上))")


def use_clause(sent: Sent, cb: int, ctx=None) -> str | None:
    """The clause that may say what the material of the clause ending at ``cb`` is for: the next clause of the
    sentence (留存工作照片，作为年终考核依据), or, when that clause ends the sentence, the first clause of the next
    sentence -- of the paragraph, or of the next content paragraph when the sentence ends its own (with ``ctx``) --
    if it points back at the material (……逐户写明走访情况。街道党工委每季度据此逐人计分)."""
    if cb < sent.end:
        nxt = next(iter(clause_spans(sent.text, cb, sent.end)), None)
        return sent.text[nxt[0]:nxt[1]] if nxt else None
    text, k = sent.text, sent.end
    while k < len(text) and text[k] in "。！？!?；; \u3000":
        k += 1
    if k >= len(text.rstrip()) and ctx is not None:
        # content_lines is a fresh list per call: one set per document keeps this linear in length
        lines = ctx.memo(("inspections.content-set",), lambda: frozenset(ctx.gw.content_lines))
        if sent.line not in lines or sent.line + 1 not in lines:
            return None
        text = ctx.reading(sent.line + 1)
        k = body_start(text, 0)
    end = re.compile(r"[。！？!?]").search(text, k)
    nxt = next(iter(clause_spans(text, k, end.end() if end else len(text))), None)
    if nxt is None or not _ANAPHOR.match(text, nxt[0], nxt[1]):
        return None
    return text[nxt[0]:nxt[1]]


# what may follow a material to the end of its clause when the clause is the material alone (……民情日记和入户走访
# 签字确认单，): more materials joined to it, 等, 等材料
_TOPIC_TAIL = re.compile(r"(?:[和及与、][^，。；：]{1,16}?)?(?:等(?:材料|资料|记录)?)?[，,]")


def topic_comments(sent: Sent, b: int, cb: int) -> list[str]:
    """The later clauses of the sentence when the clause ending at ``cb`` is nothing but the material ending at
    ``b`` (a topic, whatever comes before it): each later clause is said of it, not only the next
    (网格员的民情日记和入户走访签字确认单，由街道综治中心每月抽查，作为绩效考核的主要依据)."""
    if cb >= sent.end or not _TOPIC_TAIL.fullmatch(sent.text, b, cb):
        return []
    return [sent.text[x:y] for x, y in clause_spans(sent.text, cb, sent.end)]


def pictures_again(found: list[str], pictures) -> bool:
    """The sentence's materials hold pictures (上传的照片作为月度考核计分的依据; 每月底汇总照片和日志，作为绩效考核
    的依据) after an earlier sentence of the paragraph asked them of each patrol round: what the pictures are used
    for is the same demand, told once."""
    return any(w in pictures for w in found)


def patrol_demand(ctx, s, sent: Sent) -> tuple[int, int] | None:
    """Span of a capture each patrol must make (每次巡河须拍摄不少于3张照片) asked of the patrolling side: not an
    enterprise patrolling itself, named in the capture's clause (网格员对……企业巡查，每次巡查须拍摄…… asks the grid),
    nor a capture the sentence withdraws (删去原办法中“每次巡河须拍照上传”的条款) or tells as the former demand
    (原要求 | 每次巡查拍照上传不少于3张 | 取消拍照要求)."""
    span = patrol_capture(sent, s.patrol_capture, s.patrol_capture_exempt, s.patrol_capture_objects, s.vocabulary)
    if not span or told_not_asked(ctx, sent, span[0]):
        return None
    ca, cb = clause_of(sent, span[0])
    if regulated_party(sent.text[ca:span[0]], s.regulated_parties, s.service_unit_prefixes) \
            or requirement_removed(sent, span[1], cb, s.removal_heads, s.removal_verbs, a=span[0], ca=ca,
                                   senders=frozenset(s.submit_verbs), lifting=s.lifting_removals):
        return None
    return span


# what may stand before the subject of a clause: a list marker, a time, a lead
_CLAUSE_LEAD = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])?"
                          r"[\s\u3000]*(?:同时|此外|另外|届时|测评期间|检查期间)?[，,]?")


def prepared_paperwork(s, sent: Sent, visit, visit_doc: bool, governors, own: tuple[str, ...] = (),
                       prep=None, inspection_doc: bool = False) -> list[str]:
    """Paperwork made for the inspection itself (迎检资料汇编成册, 制作展板供检查组观看,
    准备汇报材料装订成册): the sentence (or the title) speaks of the inspectors' visit.  What the issuer makes
    itself (``own``: its names as a clause's subject -- 街道将统一制作创建成果展板) is its own work, no burden.
    ``prep`` (one pattern, or None) reads the paperwork by what is done with it rather than by its name: materials
    prepared (准备好相关证明资料, 备齐……证明材料) or archives compiled (资料收集建档, 资料分类归档) for the visit; these are
    read also in a notice whose title launches the inspection of its addressees (``inspection_doc``)."""
    if visit is None:
        return []
    seen = visit_doc or visit.search(sent.body) is not None
    if not seen and not (prep is not None and inspection_doc):
        return []
    if own:
        k = _CLAUSE_LEAD.match(sent.text, sent.start).end()
        if sent.text.startswith(own, k):
            return []

    def asked(a: int) -> bool:
        # 个别地方反映……一些检查以学校迎检资料作为评判依据: others' practice, reported
        return not (s.vocabulary.negated(sent, a, governors) or s.vocabulary.negated(sent, a)
                    or practice_told(sent.text, sent.start, sent.end, a))

    found: list[str] = []
    # by characters, not tokens: jieba reads 资料汇编/成册
    for word in s.inspection_paperwork if seen else ():
        for m in re.finditer(re.escape(word), sent.text[sent.start:sent.end]):
            if not asked(sent.start + m.start()):
                continue
            if not any(word in w or w in word for w in found):
                found.append(word)
            break
    # 请各市州按下表准备佐证材料: the table's proof column is the demand, told there
    # 被检查企业要准备好相关台账资料: a regulated party's papers, shown to a lawful inspection, are no burden of work;
    # 会议记录、签到表、照片等资料整理归档: named materials are read by their names (GW302's evidence), not here
    named = [w for w in s.evidence if w not in s.proof_names and w in sent.body]
    if not found and prep is not None and not named and not _LIST_POINTER.search(sent.text, sent.start, sent.end):
        m = next((m for m in prep.finditer(sent.text, sent.start, sent.end) if asked(m.start())
                  and not regulated_party(sent.text[sent.start:m.start()], s.regulated_parties,
                                          s.service_unit_prefixes)), None)
        if m is not None:
            found.append(m.group())
    return found


@dataclass(frozen=True)
class PaperSettings:
    """GW302's readings of paperwork by what is done with it (dictionaries/inspections.toml ``[GW302]``)."""
    proof_names: list[str] = field(default_factory=list)  # 证明材料: proof's generic name, sent in a work sentence
    inspection_prep: list[Regex] = field(default_factory=list)  # 准备好相关资料, 资料收集建档: made for the visit
    inspection_titles: Regex = ""  # 关于对……进行督查的通知: a notice launching the inspection of its addressees
    unproven_patterns: list[Regex] = field(default_factory=list)  # 资料无法证明……的，按未完成对待: papers decide


def _paper_reads(ctx, s) -> tuple:
    """(prep, inspection_doc, unproven) for :func:`inspection_papers`: the patterns reading paperwork by what is
    done with it, whether the title launches an inspection of the addressees, the patterns of papers deciding."""
    def read() -> tuple:
        launches = alternation(s.inspection_titles)
        title = ctx.gw.title.text if ctx.gw.title is not None else ""
        return (alternation(s.inspection_prep), launches is not None and launches.search(title) is not None,
                alternation(s.unproven_patterns))
    return ctx.memo("inspections.paper_reads", read)


def inspection_papers(ctx, s, sent: Sent, visit, visit_doc: bool, governors, told: set[int]):
    """Paperwork for an inspection in ``sent``: (words, mode) to tell, ([], None) when it is a demand already told
    (``told``: lines told for papers read by what is done with them -- one demand a document), None when there is
    none.  Made for the visit (:func:`prepared_paperwork`), or papers deciding the score: 凡提供的资料无法证明指标
    完成情况的，均按未完成对待 (with the sentence before asking for them, in the same paragraph, one demand)."""
    prep, inspection_doc, unproven = _paper_reads(ctx, s)
    prepared = prepared_paperwork(s, sent, visit, visit_doc, governors, own_self_names(ctx), prep, inspection_doc)
    if prepared and not set(prepared) & set(s.inspection_paperwork):
        # 准备好相关证明资料, 资料收集建档 (by what is done, not by name): ……切实抓好资料收集建档工作 restates it
        if told:
            return [], None
        told.add(sent.line)
    if prepared:
        return prepared, "prepare"
    m = unproven.search(sent.text, sent.start, sent.end) if unproven is not None else None
    if m is None or s.vocabulary.negated(sent, m.start()) or told_not_asked(ctx, sent, m.start()):
        return None
    if sent.line in told:
        return [], None
    told.add(sent.line)
    return ["资料"], "evaluate"


# 迎检材料按附件清单准备, 材料详见附件: the sentence's materials are the list's, elsewhere in the document
_LIST_POINTER = re.compile(r"按(?:照)?(?:附件|附表|下表|所附)[^，。；]{0,12}?(?:清单|目录|要求|表)?|(?:详)?见(?:下表|附表|附件|后附)")


def without_list_pointers(ctx, found: list) -> list:
    """``found`` without the findings that only name a list told later as a whole (a column's header, no end): a
    sentence sending the reader to it (迎检材料按附件清单准备) or the title of the attachment holding it (城乡社区治理
    评估迎检材料清单 over 佐证材料（评估时提供原件）): the demand is the list's, told at its header."""
    columns = [f.line for f in found if f.end is None]
    if not columns:
        return found
    titles = {a.title.line: set(a.lines) for a in ctx.gw.attachments if a.title is not None}

    def names_list(f) -> bool:
        if f.line in titles:
            return any(c > f.line and c in titles[f.line] for c in columns)
        return any(c > f.line for c in columns) and _LIST_POINTER.search(ctx.reading(f.line), f.start or 0, f.end)

    return [f for f in found if f.end is None or not names_list(f)]


def one_per_demand(found: list) -> list:
    """Sentences of one paragraph that name the same material one after another for the same use (迎检资料按……分类整理。
    各社区……将迎检资料汇编成册) state one demand: told once, where it names most.  Another use of it (报送……台账。台账
    资料齐全的得5分: handed in, then scored) is a problem of its own."""
    out: list = []
    for v in found:
        prev = out[-1] if out else None
        if prev is not None and prev.line == v.line and prev.end is not None and v.start is not None \
                and prev.data.get("mode") == v.data.get("mode") and set(prev.data["evidence"]) & set(v.data["evidence"]):
            if len(v.data["evidence"]) > len(prev.data["evidence"]):
                out[-1] = v
            continue
        out.append(v)
    return out


def without_told_titles(ctx, found: list) -> list:
    """``found`` (findings in text order) without those at a heading that only names its topic (二、迎检资料准备)
    when a sentence of its section is told too: the demand is that sentence's, one finding; and without a
    sentence finding at a line that is told as a whole (a proof column at its header cell)."""
    heads = [h for h in ctx.gw.headings if h.part == 0]
    titles = {h.line: h for h in heads if not h.content}
    lines = [f.line for f in found]

    def section_told(h) -> bool:
        end = min((x.line for x in heads if x.line > h.line and x.level <= h.level), default=None)
        return any(ln is not None and ln > h.line and (end is None or ln < end) for ln in lines)

    kept = [f for f in found if f.line not in titles or not section_told(titles[f.line])]
    # a table's proof-column header (佐证资料（上传平台）) read as a sentence and told as the column (a finding of
    # the whole cell, no end): one demand, the column's, which names what its cells ask for
    whole = {f.line for f in kept if f.end is None}
    return [f for f in kept if f.end is None or f.line not in whole]


def other_sense(sent: Sent, a: int, b: int, senses: re.Pattern | None) -> bool:
    """Whether the material word at ``[a, b)`` is part of a compound naming another thing spelled with the same word:
    远程影像, 医学影像中心, 影像诊断, 卫星遥感影像 are a service or a technique, not the pictures that prove work
    (``senses``: the compounds, dictionaries/inspections.toml ``material_senses``)."""
    if senses is None:
        return False
    lo, hi = max(sent.start, a - 8), min(sent.end, b + 8)
    return any(m.start() <= a - lo and b - lo <= m.end() for m in senses.finditer(sent.text[lo:hi]))


def formed_records(patterns: list, sent: Sent, hits) -> list[tuple[int, int, str]]:
    """Records named by their form (走访笔记, 签字确认单) that no listed word already covers:
    proof only when the sentence judges work by them."""
    out = []
    body = sent.text[sent.start:sent.end]
    for rx in patterns:
        if not may_match(rx, body):  # a word every match holds is absent: no scan
            continue
        for m in rx.finditer(body):
            a, b = sent.start + m.start(), sent.start + m.end()
            if not any(x < b and a < y for x, y, _ in [*hits, *out]):
                out.append((a, b, m.group()))
    return out


def patrol_capture(sent, capture, exempt, objects, vocabulary) -> tuple[int, int] | None:
    """Photos or video demanded on every round of a patrol (每次巡护须拍摄不少于3张现场照片, 巡查时拍照上传): the
    pictures prove that the round was made. Photos of a found problem (发现问题拍照取证), an enforcement
    recorder or a monitoring camera are a record of the matter, not of the patrol, and so are photos of a hazard
    named before the capture (巡查时对安全隐患拍照); a negated capture asks nothing."""
    rx = alternation(capture)
    m = rx.search(sent.text, sent.start, sent.end) if rx is not None else None
    if m is None or any(w in sent.body for w in exempt) or any(w in m.group() for w in objects) \
            or vocabulary.negated(sent, m.end() - 2) or practice_told(sent.text, sent.start, sent.end, m.start()):
        return None  # 部分地方要求河湖长每次巡河拍照: a practice reported, not asked
    return m.start(), m.end()


# the object of an inspection (对辖区企业开展拉网式排查): those inspected, not those keeping the record
_INSPECTED = re.compile(r"对[^，。；：]{0,30}?(?:开展|进行|实施|组织)?[^，。；：]{0,12}?(?:排查|检查|巡查|核查|抽查|督查|暗访)")


def regulated_object(sent: Sent, ca: int, a: int, leads, objects, work: re.Pattern) -> bool:
    """The object of the label at ``a`` -- after the last of ``leads`` in its clause: 对, or a verb choosing what
    is checked (随机抽取商超企业开展检查指导, 选取20家工地进行检查指导) -- names parties regulated (``objects``:
    企业, 工地 …), not a work looked into (对基层医疗机构服务能力提升工作进行调研督查)."""
    toks = [t for t in tokens_between(sent, ca, a) if t.text in leads]
    k = toks[-1].end if toks else sent.text.rfind("对", ca, a) + 1 if "对" in leads else 0
    return k > 0 and any(w in sent.text[k:a] for w in objects) and not work.search(sent.text, k, a)


def regulated_party(text: str, parties, service_prefixes, clause: int | None = None, *, sent: Sent | None = None,
                    bystander_leads=frozenset()) -> bool:
    """A regulated party (企业, 医疗机构) is named, not as the system's own grassroots unit (基层医疗机构);
    with ``clause`` (where the material's clause starts in ``text``), a party named before it only as the
    object of an inspection (各乡镇对辖区企业开展排查，每次排查都要全程留痕) is the inspected: the record is the inspector's.
    With ``sent`` (whose text ``text`` is, from ``sent.start``), a party named in an earlier clause as the one
    served, told or accompanied -- right after one of ``bystander_leads`` (网格员陪同燃气企业人员入户，……照片纳入
    网格员考核; 对帮扶企业开展走访，走访照片作为队员考评依据) -- is not who keeps the material either."""
    pre = tuple(service_prefixes)
    inspected = [] if clause is None else [m.span() for m in _INSPECTED.finditer(text, 0, clause)]
    return any(not (pre and text.endswith(pre, 0, m.start())) and not any(a <= m.start() < b for a, b in inspected)
               and not (clause is not None and m.end() <= clause and bystander(sent, sent.start + m.start(),
                                                                                bystander_leads))
               for w in parties for m in re.finditer(re.escape(w), text))


def bystander(sent: Sent | None, pos: int, leads) -> bool:
    """The party at ``pos`` stands, within its clause, as the object of a preposition or a companion verb
    (对/向/为/与 企业, 陪同企业人员): the clause's actor is someone else, serving or accompanying it. ``leads``
    are whole tokens, at most three tokens before the party (对帮扶企业, 陪同燃气企业)."""
    if sent is None or not leads:
        return False
    toks = tokens_between(sent, clause_start(sent.text, pos, sent.start), pos)
    return any(t.text in leads for t in toks[-4:])


def requirement_removed(sent, b: int, cb: int, removal_heads, removal_verbs, *, a: int | None = None,
                        ca: int | None = None, senders=(), lifting=()) -> bool:
    """The material (ending at ``b``) is named inside a requirement the sentence removes: 清理……留痕要求,
    删除要求基层提供佐证材料的内容 (a removal verb before it), ……涉及佐证材料的条款，一并废止 (one after the head).
    With the material's start ``a`` and its clause's ``ca``: a removal verb that is its clause's predicate before the
    material (年度考核取消台账查阅和照片评分; 考核中停止查阅巡河照片 -- the 考核 before it is the topic, not a verb
    taking 取消 as its object) removes the material's use -- a ``lifting`` verb (取消, 停止; not 清理, which also
    names a work: 形成清理台账) -- unless a sending verb (``senders``: 报送取消……) comes
    before it, a new predicate (并, 同时, 须) between, or the material only modifies the removed thing (取消台账造假
    单位的评优资格: a 的 after it)."""
    if _replaced(sent, b):
        return True  # 凡是以留痕材料计分的一律改为实地核查: the old yardstick replaced
    head = next((h for h in words_except(sent, removal_heads) if b <= h[0] < cb), None)
    if head is None:
        # ……报送的台账和影像资料同时停止报送 / ……佐证材料一律取消: the material is the topic of a removal verb that
        # ends its clause (alone or with the verb it stops), the demand it names is withdrawn
        tail = _removal_tail()
        return any(b <= r[0] < cb and tail.match(sent.text, r[1], cb)
                   or a is not None and ca is not None and r[2] in lifting
                   and _predicate_removal(sent, r, a, b, ca, cb, senders)
                   for r in words_except(sent, removal_verbs))
    return any(r[1] <= b or r[0] >= head[1] for r in words_except(sent, removal_verbs))


@lru_cache(maxsize=1)
def _replacement() -> re.Pattern | None:
    """A 的 phrase ending right after the material's clause part, then (一律) 改为: 以留痕材料计分的一律改为……."""
    from .lexicon import lexicon

    verbs = "|".join(map(re.escape, lexicon().get("replaced_by", [])))
    return re.compile(f"[^，。；;,！？]{{0,12}}?的(?:做法|要求|指标|事项|内容)?[，,]?(?:一律|全部|均|统一|逐步)?(?:{verbs})") if verbs else None


def _replaced(sent, b: int) -> bool:
    rx = _replacement()
    return rx is not None and rx.match(sent.text, b, sent.end) is not None


@lru_cache(maxsize=1)
def _removal_tail() -> re.Pattern:
    """After a removal verb that follows the material: at most the verb it stops (the lexicon's
    ``removal_stopped_verbs``), then the clause's end."""
    from .lexicon import lexicon

    verbs = "|".join(map(re.escape, lexicon().get("removal_stopped_verbs", [])))
    return re.compile(f"(?:{verbs})?(?:[，。；;,！]|$)" if verbs else r"(?:[，。；;,！]|$)")


# a new predicate between a removal verb and the material: 取消评优资格并通报台账造假情况
_NEW_PREDICATE = re.compile(r"并|同时|须|要|应|请|将|把")


def _predicate_removal(sent, r, a: int, b: int, ca: int, cb: int, senders) -> bool:
    if not (ca <= r[0] and r[1] <= a) or _NEW_PREDICATE.search(sent.text, r[1], a) or "的" in sent.text[b:cb]:
        return False
    return not any(t.text in senders for t in tokens_between(sent, ca, r[0]))


def entry_list_lines(ctx, entry_heads, contest_titles) -> frozenset[int]:
    """The lines listed under a heading naming what an entry for a selection hands in (二、申报材料。/1.……；2.……) when
    the document holds that selection (评选示范乡镇综合文化站, 先进集体评比): what the list asks to attach is the proof
    the entry is judged by, as a 佐证材料 list is.  A funding or project application (申报……项目资金) judges no work
    done by its list."""
    def find() -> frozenset[int]:
        gw = ctx.gw
        heads, contest = alternation(entry_heads), alternation(contest_titles)
        if heads is None or contest is None or gw.title is None or not contest.search(gw.title.text):
            return frozenset()
        hs = sorted(gw.headings, key=lambda h: h.line)
        out: set[int] = set()
        for i, h in enumerate(hs):
            if not heads.fullmatch(h.title.strip().rstrip("。：:")):
                continue
            nxt = next((x.line for x in hs[i + 1:] if x.level <= h.level), None)
            out.update(ln for ln in gw.content_lines if ln > h.line and (nxt is None or ln < nxt))
            if ctx.reading(h.line).partition("。")[2].strip():
                out.add(h.line)  # 二、申报材料。申报表、活动照片…… on the heading's own line
        # an attachment titled so (附件 申报材料清单): its lines are the list
        for k, att in enumerate(gw.attachments, 1):
            if att.title is not None and heads.search(att.title.text.strip()):
                out.update(gw.part_lines(k))
        return frozenset(out)

    return ctx.memo("inspections_entry_list_lines", find)


def proof_label(sent, a: int, proof_words, noted: bool = False) -> bool:
    """The material at ``a`` is listed under a run-in label naming proof (二、佐证材料：会议记录、现场照片、台账), or in
    the note of such a label when ``noted`` (a reply form's header 佐证资料（现场照片不少于5张、签到表扫描件） over no
    cells of proof: the note is all it asks): like a 佐证材料 column, the label says what is to be shown as proof of
    the work, verb or none."""
    head = sent.text[sent.start:a]
    head = head[body_start(head):]
    mark = r"(?:[：:]|（[^（）]*$)" if noted else r"[：:]"
    return any(re.match(rf"{re.escape(w)}(?:清单|目录)?{mark}", head) for w in proof_words)


@lru_cache(maxsize=1)
def _yardstick() -> re.Pattern:
    """A sentence that scores or ranks by the materials uses them as its yardstick, a demand of its own: the
    lexicon's ``scoring_words`` (计分, 排名 …) or a score (5分)."""
    from .lexicon import lexicon

    words = "|".join(map(re.escape, lexicon().get("scoring_words", [])))
    return re.compile(f"{words}|\\d+\\s*分" if words else r"\d+\s*分")


_POINTER = re.compile(r"(?:详)?见(?:下表|附表|附件|表\d|后附)|如下表")


def restated(sent, found, told: set[str], proof_words, submit_verbs, vocabulary, column: bool = False) -> bool:
    """The proof materials of ``sent`` are those already reported in the document (``told``), or only
    the generic name of proof, and the sentence neither sends nor scores them: how the same materials
    are shown (上述佐证材料现场出示，不需报送; 佐证材料由考核组现场查看) is the same demand told again,
    and a sentence pointing to the list before it (评估内容和佐证材料见下表) only names it.
    A sentence that sends them (将自评报告和佐证材料报送; 同时提供整改前后对比照片) or scores by them
    (台账资料齐全的得5分) is a demand of its own -- except the generic name alone once a table with a proof
    column (``column``: 佐证资料 | 作业公示照片 …) was told: sending 佐证资料 then hands in what the column
    asked for (各学校完成任务后，将佐证资料上传至……平台), one demand."""
    if not all(w in told or w in proof_words for w in found):
        return False
    if column and told and found and all(w in proof_words for w in found) and not _yardstick().search(sent.text, sent.start, sent.end):
        return True
    # 评估内容和佐证材料见下表: a pointer to the list that names them, before it is read
    if not told and not (all(w in proof_words for w in found) and _POINTER.search(sent.text, sent.start, sent.end)):
        return False
    if _yardstick().search(sent.text, sent.start, sent.end):
        return False
    submit = set(submit_verbs)
    return not any(t.text in submit and not vocabulary.negated(sent, t.start)
                   for t in tokens_between(sent, sent.start, sent.end))


# ---------------------------------------------------------------- research under an inspection's name
# the title's matter ends with the activity: 关于……检查的通知, ……督导工作有关事项的通知
_TITLE_MATTER = re.compile(r"(?:工作|活动)?(?:有关事项|相关事项|安排)?的(?:通知|函)")
# a negator before a run of judgement words (不通报, 不进行排名通报, 不搞排名、通报)
_DENY = r"(?:不|不搞|不作|不做|不进行|不予|不再|不会)"


@lru_cache(maxsize=4)
def _denied_judgements(words: tuple) -> re.Pattern | None:
    if not words:
        return None
    alt = "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))
    return re.compile(f"{_DENY}(?:{alt})(?:[、和或]?(?:{alt}))*")


def research_named(ctx, s: LabelSettings):
    """(location, label, disclaimer) of the activity the document launches under a single inspection's name
    (开展××督导) that it says judges nothing, or whose purpose and means are research (为深入了解……，走访、座谈),
    with no means of an inspection anywhere: research under an inspection's name (GW303's finding).  GW301
    reads the same activity as no inspection of the governments.  None otherwise."""
    def find():
        title = title_sentence(ctx)
        sents = ([title] if title is not None else []) + list(iter_sentences(ctx, ctx.gw.content_lines))
        return _judges_nothing(ctx, s, sents, set(s.visit_verbs), tuple(s.visit_suffix))
    return ctx.memo(("research-named", id(s)), find)


def _judges_nothing(ctx, s: LabelSettings, sents: list[Sent], verbs: set, suffix: tuple):
    """(location, label, disclaimer) of an activity launched under an inspection's name (开展××督导,
    对…进行检查) that the notice itself says judges nothing (不打分、不排名) and that has no
    means of an inspection (整改, 问责) anywhere: research under an inspection's name."""
    from .negation import waiver_before
    from .predicates import told_not_asked

    text = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines)
    if any(w in text for w in (*s.accountability, *s.inspection_means)):
        return None
    said = next((w for w in s.no_judgement if w in text), None)
    # 不通报, 不进行排名通报, 不搞评比: any judgement word denied says the same (its words then grade nothing)
    denied = _denied_judgements(tuple(s.judgement_words))
    if said is None and denied is not None:
        m = denied.search(text)
        said = m.group(0) if m is not None else None
    # 为深入了解企业的困难和问题……开展××督导，走访重点企业: an inspection's name on a visit whose
    # own sentence says it is research (its purpose is to learn and listen, its means visits), in a
    # notice that grades nothing
    purpose = alternation(s.research_purposes)
    if said is None and purpose is None and not s.research_aims:
        return None
    # the activity's own name (考核 of 开展能力考核) grades nothing: only other judgement words count
    plans = alternation(s.plan_names)
    topics = topic_lines(ctx, s.topic_headings)
    graded = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines if ln not in topics)
    graded = plans.sub("", graded) if plans is not None else graded
    graded = denied.sub("", graded) if denied is not None else graded
    judged = {w for w in s.judgement_words if w in graded}
    last_means: dict = {}  # paragraph -> where each research means last stands in it (rfind once each)
    for sent in sents:
        found_said = said
        if found_said is None:
            m = purpose.search(sent.text, sent.start, sent.end) if purpose is not None else None
            # the means may follow in the paragraph's next sentence (督查组将深入村组座谈交流)
            if sent.line is not None:  # w in text[start:], without a copy of the paragraph's rest per sentence
                last = last_means.get(sent.text)
                if last is None:
                    last = last_means[sent.text] = [(w, sent.text.rfind(w)) for w in s.research_means]
                means = next((w for w, at in last if at >= sent.start), None)
            else:
                tail = sent.text[sent.start:sent.end]
                means = next((w for w in s.research_means if w in tail), None)
            # 了解……情况，总结推广……经验，为……提供参考: aims of research alone, two or more of them
            aims = [x.group(0) for x in sorted((x for x in (re.search(p, sent.text[sent.start:sent.end])
                                                              for p in s.research_aims) if x is not None),
                                                      key=lambda x: x.start())]
            if m is not None and means is not None:
                found_said = f"{m.group(0)}……{means}"
            elif aims and means is not None:
                # 走访……，召开座谈会，了解……困难: a research aim reached by research means
                found_said = f"{means}……{aims[0]}"
            elif len(aims) >= 2:
                found_said = "……".join(aims[:2])
            else:
                continue
        # the activity is named in this sentence, or, when the sentence names none, in the title
        # (关于开展茶产业发展情况检查的通知: the body tells what the 检查 is for without the word)
        named = named_activity(ctx, s, sent, verbs, suffix, judged, said is None)
        if named is not None and sent.line is not None:
            at = max(sent.text.rfind(named[1], sent.start, sent.end), sent.start)
            # 2026年度，按照……办法，省财政厅对……开展了……考核: a past assessment told; 停止开展……考核: one stopped
            if told_not_asked(ctx, sent, at) or waiver_before(sent.text, at, clause_of(sent, at)[0], reach=16):
                continue
        if named is None and sent.line is not None and sents and sents[0].line is None:
            named = named_activity(ctx, s, sents[0], verbs, suffix, judged, said is None)
        if named is not None:
            return (*named, found_said)
    return _research_in_substance(ctx, s, sents, verbs, suffix, judged, said is None)

def _research_in_substance(ctx, s: LabelSettings, sents: list[Sent], verbs: set, suffix: tuple, judged: set,
                       ungraded_only: bool):
    """The notice as a whole: its aims are research (了解……情况, 总结……经验, 帮助解决……困难) and its
    means visits or talks (走访, 座谈), told in different sections (一、主要内容 … 三、方法步骤), with no
    grading and no means of an inspection anywhere: the activity its title or a heading names
    (关于开展……检查的通知, 二、检查组组成) is research under an inspection's name."""
    body = [x for x in sents if x.line is not None]
    text = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines)
    plans = alternation(s.plan_names)
    # a notice that also names research as such (开展专题调研) keeps its aims for it; an inspection
    # entered in the annual plan (列入年度督查检查考核计划) is one
    activities = text
    for w in s.research_outputs:
        activities = activities.replace(w, "")
    if any(w in activities for w in s.research_words) or (plans is not None and plans.search(text)):
        return None
    aims = {p for p in s.research_aims for x in body if re.search(p, x.text[x.start:x.end])}
    means = next((w for w in s.research_means for x in body if w in x.text[x.start:x.end]), None)
    if judged or not ((aims and means is not None) or len(aims) >= 2):
        return None
    # only an activity the notice is about: named in its title, a heading or the opening that launches it
    # (市卫生健康委决定……开展……督导。现将有关事项通知如下。) -- not 开展种子市场专项检查, one measure of a
    # long plan whose other measures help solve difficulties and sum up experience
    from .facts import opening_lines

    heads = {h.line for h in ctx.gw.headings} | set(opening_lines(ctx))
    for sent in sents:
        if sent.line is not None and sent.line not in heads:
            continue
        # 冬季安全生产检查, 特种设备检查, 对企业……检查: regulation of things and parties, not research
        # (高质量发展工作督导, 粮食安全责任制落实工作督导: a work is looked into)
        matter = sent.text[sent.start:sent.end]
        for w in s.regulatory_goals:
            matter = matter.replace(w, "")
        if any(w in matter for w in (*s.regulatory_words, *s.non_visit_objects)) \
                and not re.search(s.work_inspection, matter):
            continue
        named = named_activity(ctx, s, sent, verbs, suffix, judged, ungraded_only)
        if named is not None:
            said = next(m.group(0) for x in body for p in s.research_aims
                        if (m := re.search(p, x.text[x.start:x.end])) is not None)
            return (*named, said if means is None else f"{said}……{means}")
    return None

def named_activity(ctx, s: LabelSettings, sent: Sent, verbs: set, suffix: tuple, judged: set,
               ungraded_only: bool):
    """(location, label) of an activity ``sent`` launches under an inspection's name: 开展××检查,
    ××督导组, or the manner of a visit (采取检查的形式走访……)."""
    for a, b, label in words_except(sent, s.named_inspections, []):
        if s.vocabulary.negated(sent, a, verbs):
            continue
        if ungraded_only and judged - {label}:
            continue
        ca, _cb = (sent.start, sent.end) if sent.line is None else clause_of(sent, a)
        manner = token_in(sent, ca, a, set(s.manner_leads)) and sent.text.startswith(tuple(s.manner_suffix), b)
        # a title whose matter is the activity itself: 关于茶产业发展情况检查的通知
        matter = sent.line is None and _TITLE_MATTER.match(sent.text, b) is not None
        if not (token_in(sent, ca, a, verbs) or sent.text.startswith(suffix, b) or manner or matter):
            continue
        if permitted(sent, a, set(s.permission_words), set(s.permission_resets)):
            continue
        from .positions import title_location

        where = title_location(ctx, a, b) if sent.line is None else (sent.line, sent.start, sent.end)
        return where, label
    return None

def permitted(sent: Sent, a: int, permits, resets) -> bool:
    """A permission word (可, 可以) before ``a`` in the sentence with no fresh modal after it."""
    seen = False
    for t in tokens_between(sent, sent.start, a):
        if t.text in permits:
            seen = True
        elif t.text in resets:
            seen = False
    return seen

"""GW202 escort-attendance — 不得层层陪会，降低参会人员级别 (赣府发〔2019〕3号 第4条).

source: policy/ganfufa-2019-3.txt 第4条 “严格控制会议规模、规格，一律不得要求层层陪会”.
Who is asked to attend, at which level, with which leader roles and at which venue:
:mod:`gwlint.analysis.attendance`; the meetings convened: :mod:`gwlint.analysis.meetings`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.attendance import (BRANCH_VENUE, Attendee, attendance_declined, attendance_sections, attendees,
                                     escorts_attendee, government_with_department, led_clause, led_sectors, passage,
                                     persons_before, persons_cells, quota_names_addressed, told, venue_above)
from ...analysis.literals import holds_any
from ...analysis.negation import waiver_pattern
from ...analysis.meetings import convened_meetings, vocabulary, words
from ...analysis.orgs import levels_down
from ...analysis.sentences import ENUM_ITEM, clause_end, clause_start, inside, last_clause_with
from ...analysis.tokens import find_words
from ...analysis.units import level_rank, normalize
from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_4, DATA_FILE


@dataclass(frozen=True)
class Settings(RuleSettings):
    meeting_suffixes: list[str] = field(default_factory=list)  # what a meeting's name ends with
    training_suffixes: list[str] = field(default_factory=list)  # 培训班: its trainees are asked like attendees
    video_meeting_words: list[str] = field(default_factory=list)  # a video conference: lower levels at branch venues
    escort_words: list[str] = field(default_factory=list)  # 层层陪会 asked for outright
    escort_criticism: list[str] = field(default_factory=list)  # 陪会现象: the problem named, not asked for
    escort_verbs: list[str] = field(default_factory=list)  # 陪同/随同 + 参会, or ending the clause (局长陪同。)
    escort_adverbs: list[str] = field(default_factory=list)  # 全程 between the persons and 陪同
    lead_verbs: list[str] = field(default_factory=list)  # 带领/率 + other units' leaders + 参加
    led_unit_heads: list[str] = field(default_factory=list)  # 部门, 科: what the led units' names end with
    escort_declined: Regex = "(?!)"  # 不安排……陪同: the escort declined by the verb that would arrange it
    visit_words: list[str] = field(default_factory=list)  # 调研, 实地查看: a sentence about a visit, not the meeting
    visit_title: Regex = "(?!)"  # 关于开展……调研的通知: a notice of a visit
    meeting_refs: list[Regex] = field(default_factory=list)  # 会议, 座谈, 参会: a sentence about the meeting
    max_depth: int = 1  # levels below the issuer that may be called to the main venue
    max_roles: int = 1  # leader roles of one unit that may be asked together
    single_quota: Regex = "(?!)"  # 派1名: one person per unit, a collective of two levels is the recipients
    government_unit: Regex = "(?!)"  # 人民政府: a government's leader listed with its own department's head
    venue_levels: dict = field(default_factory=dict)  # 市 → city: whose 分会场 (市分会场 is not a county's own)
    government_with_department: Regex = "(?!)"  # the same pair inside one attendee's words
    level_labels: dict = field(default_factory=dict)  # city → 设区市: how a finding names a level


def _label(levels, labels: dict) -> str:
    return "、".join(labels.get(x, x) for x in sorted(levels, key=level_rank))


def _escort_phrases(ctx, s: Settings, meeting_doc: bool, training: bool = False) -> list[tuple[int, int, int, str]]:
    """Sentences that ask for escorts: 层层陪会 outright, or (in a notice convening a meeting) a
    person 陪同/随同 参会 or a leader 带领/率 other units' leaders to it — inside an attendance
    demand, not negated, not criticised.  A training the notice holds (``training``) asks the same of its
    opening (开班式由分管副县长带领县自然资源局局长参加), only a bare 陪同 not being read there."""
    d, escorts = words(), (*s.escort_words, *s.escort_verbs, *s.lead_verbs)
    vocab = vocabulary()
    # in a meeting notice, 陪同 alone asks too (观摩期间，……主要负责同志全程陪同。)
    markers = (*d.get("attendance_verbs", []), *d.get("attendance_labels", []), *(s.escort_verbs if meeting_doc else ()))
    section, cells = attendance_sections(ctx), persons_cells(ctx)
    out = []
    for ln in ctx.gw.content_lines:
        text = normalize(ctx.reading(ln))
        index, quotes = ctx.index(ln), ctx.quotes(ln)
        for a, b in ctx.sentences(ln):
            body = text[a:b]  # sliced once, not once per marker
            if ln not in section and ln not in cells and not holds_any(body, markers):
                continue
            # 一律不得要求层层陪会 up to the escort's clause (not ……出席，不得请人代会); 减少陪会 in its clause
            if find_words(text, index, vocab.negators, a, last_clause_with(text, a, b, escorts), mode="tail"):
                continue
            w = _outright(text, index, quotes, a, b, s)
            if w is None and (meeting_doc or training):
                w = _escorting(ctx, ln, text, index, quotes, a, b, s, ln in cells, lone=meeting_doc)
            if w is not None:
                out.append((ln, a, b, w))
    return out


def _outright(text, index, quotes, a, b, s: Settings) -> str | None:
    """层层陪会/陪会 asked for in so many words."""
    prefixes = vocabulary().prefixes
    for w in s.escort_words:
        i = text.find(w, a, b)
        if i < 0 or inside(i, quotes) or (i > 0 and text[i - 1] in prefixes) or attendance_declined(text, index, i, a, b):
            continue
        if not text.startswith(tuple(s.escort_criticism), i + len(w)):
            return w
    return None


def _escorting(ctx, ln, text, index, quotes, a, b, s: Settings, cell: bool = False, lone: bool = True) -> str | None:
    """A person asked to go along (局长陪同参加, ……局长随同。) or a leader asked to bring other
    units' leaders (分管负责同志带领市商务局、市发展改革委主要负责同志参加)."""
    d = words()
    verbs = tuple(d.get("attendance_verbs", []))
    persons = tuple(d.get("person_words", []))
    for i, j, w in find_words(text, index, [*s.escort_verbs, *s.lead_verbs], a, b, mode="tail"):
        c0, (j, c1) = clause_start(text, i, a), led_clause(text, j, b) if w in s.lead_verbs else (j, clause_end(text, j, b))
        h = i  # where the persons before the verb end
        if c0 > a and text[c0:i] in _AND:  # 局长，并带领……: the persons are the clause's before
            c0, h = clause_start(text, c0 - 1, a), c0 - 1
        who = persons_before(text, c0, h, s.escort_adverbs)  # 局长1人陪同, 副校（园）长随同
        if inside(i, quotes) or not who.endswith(persons) or attendance_declined(text, index, i, a, b) \
                or re.search(waiver_pattern(s.escort_declined), text[c0:i]):
            continue
        if w in s.escort_verbs:
            if text.startswith(verbs, j) or escorts_attendee(text, j, c1):  # 陪同参会, 陪同本县企业代表参会
                return text[c0:c1] if c1 - c0 <= 40 else w
            # ……安排熟悉情况的同志陪同。 alone, in a passage or notice of a visit: 陪同 of a visit (GW401), not 陪会
            if lone and not text[j:c1].strip(" \u3000") and not _escorts_visit(ctx, s, text[a:b], (text, passage(ctx, ln))):
                return text[c0:c1] if c1 - c0 <= 40 else w
            continue
        # the led are other units' persons, and they attend
        led = [(u.start, u.end) for u in ctx.units(ln) if j <= u.start < c1 and u.kind in _OFFICIAL]
        if not led:  # 带领发展改革、商务部门主要负责同志, 带领森林防火科负责同志: sectors and sections
            m = led_sectors(tuple(s.led_unit_heads)).match(text, j, c1)
            led = [m.span()] if m else []
        if not led and "副" not in who and "分管" not in who and (m := _DEPUTY.match(text, j, c1)) is not None:
            led = [(j, j)]  # 局长，并带领分管……工作的副局长: the principal brings the unit's own deputy
            if m.end() == c1 or cell:
                return text[c0:c1] if c1 - c0 <= 40 else w
        # a 参会人员 cell asks its persons to attend without a verb (局长，并带领……科长、……负责同志)
        k = min((x for x in (text.find(v, j, c1) for v in verbs) if x >= 0), default=c1 if cell else -1)
        if led and k > led[0][1] and any(p in text[led[0][1]:k] for p in persons):
            return text[i:min(k + 2, c1)] if k + 2 - i <= 40 else w
    return None


def _escorts_visit(ctx, s: Settings, sentence: str, paragraphs: tuple[str, ...]) -> bool:
    # a paragraph of a visit (由厅领导带队，赴……调研。请所到县区……全程陪同。), or with the one before it when the demand
    # stands apart, that speaks of no meeting (观摩, not the 观摩点 a visit looks at): its 陪同 escorts the visit
    refs = "|".join(s.meeting_refs) or "(?!)"
    if any(w in sentence for w in s.visit_words) or any(any(w in p for w in s.visit_words) and not re.search(refs, p)
                                                        for p in paragraphs):
        return True
    return bool(re.search(s.visit_title, ctx.gw.title.text if ctx.gw.title else "")) and not re.search(refs, sentence)


# a deputy of the leader's own unit, led along (分管老旧小区改造工作的副局长, 分管副县长, 分管负责同志)
_DEPUTY = re.compile(r"(?:本[局委办厅]的?)?(?:分管[^，。；、]{0,16}?(?:工作)?的?)?(?:副[\u4e00-\u9fff]{0,4}?[长任记]|分管(?:负责同志|领导|同志))")
_AND = ("并", "并且", "同时", "")  # a clause opening with a lead verb after these goes on with the persons before
_OFFICIAL = ("government", "government_office", "department", "party")


def _summary(people: list[Attendee], labels: dict) -> tuple[str, set, set, list]:
    here = {lv for p in people if not p.remote for lv in p.levels}
    away = {lv for p in people if p.remote for lv in p.levels} - here
    roles = list(dict.fromkeys(r for p in people for r in p.roles))
    parts = []
    if here:
        parts.append(f"到会场参会的有{len(here)}级（{_label(here, labels)}）")
    if away:
        parts.append(f"在分会场参会的有{_label(away, labels)}")
    if roles:
        parts.append(f"涉及领导{len(roles)}种（{'、'.join(roles)}）")
    return (f"本文要求{'，'.join(parts)}。" if parts else ""), here, away, roles


_MEETING = "江西省人民政府办公厅关于召开全省春季农业生产工作会议的通知"


class EscortAttendance(Rule):
    code = "GW202"
    name = "escort-attendance"
    severity = "warning"
    basis = BASIS_4
    summary = ("参会要求层层陪会或领导过多：同一单位要求主要负责同志和分管负责同志都参加，"
               "或省里的会议要求县（市、区）等两级以下的同志到主会场参加。")
    why = ("第4条：“严格控制会议规模、规格，一律不得要求层层陪会，对一些只听取意见、不需要决策的会议降低参会人员级别要求”；"
           "“能以电视电话会议召开的不集中开会”。gwlint 统计通知要求到会的层级和领导角色；"
           "以电视电话会议形式召开、下级在当地分会场参会的，是第4条提倡的做法，不算两级以下到主会场（同一单位的主要负责同志和分管负责同志都要参加的，在分会场也报）；"
           "“主要负责同志或分管负责同志”（二选一）不算陪会。要求某人“陪同参会”“随同参加”，或一位领导“带领”“率”其他部门负责同志参会，"
           "也是陪会（“主要负责同志全程陪同”同样；局长带领本局科室、所属单位负责同志参会也算；“由局主要负责同志带领，分管副局长和所辖县（市）教育局局长一同参加”同样；“不安排……陪同”是否定，不算）；“市、县两级××局”是两个层级的局；现场观摩会的“参加观摩”就是参会；参会人员写在表格里（参会单位｜参会人员；单位格列出的政府、管委会都是这一格的单位；“县长（主任）”“区长（县长、市长）”括注的是同一职务的别称；人员格本身就是参会要求，“局长，并带领××科科长、××负责同志”也是陪会）或“参会范围：一是……；二是……”的，一样统计；印发的活动方案（附件）里“参会范围”“参加人员”“观摩人员”一节写的人员同样统计。"
           "已开会议的出席情况（……副局长参加了会议）和向上级的报告中记述的参会人员是叙述，不是参会要求，不报。"
           "写明“不设分会场”的不是电视电话会议；同一段用分号分开的几处县级同志合报一次（一是、二是分项列出的各报一次）。"
           "用职务写的正副职（局长、分管××的副局长；主任、分管副主任；党组书记、分管副书记；乡镇长、分管副乡镇长；正职和分管副职）就是主要负责同志和分管负责同志，"
           "“参加观摩人员”“参加现场会人员”也是参会人员；只请分管副职和业务科室负责人的不算；主送的就是市、县两级单位、每个单位只请1名（分管负责同志1名）的不算层层陪会；调研段落（由领导带队赴……调研，请所到县区……陪同；为掌握观摩点情况的会前调研也是）的陪同是调研陪同（GW401）。"
           "第二十九轮补充：参会人员分行列出——“一是各市人民政府市长；/二是各市人民政府分管工业的副市长”“第一类：……/第二类：……”，"
           "每行只有一种领导——合起来是同一单位正副职都到，报一次；一段之内用分号分列的不合并；“以往要求……同时参会的做法，……不再执行”"
           "这类讲过去、被取消做法的句子不报。"
           "本文举办的培训班，开班式“由分管副县长带领县自然资源局局长参加”同样是陪会（单说“陪同”、带领学员参观不算）；主送“各市（含定州、辛集市）××局”时，括注中的地方和它们的局与设区市同列，不算下一级。"
           "第三十一轮补充：常务副职（常务副区长、常务副县（市、区）长）也是副职；股长、室主任随同参加也是陪会；主送中单独列出的机关（平潭综合实验区社会事业局；“满洲里市、二连浩特市林业和草原局”中的两个局）与主送的其他单位同列，不算下一级。"
           "会议的承办方不是陪会——发文机关本身（用简称写的“区创建办主任、副主任”出现在创建办的通知里），"
           "以及与它同列、以“工作人员”收尾的几家办公室（“区文明办主任、副主任、区创建办主任、副主任、工作人员”）是会务人员，不统计；"
           "下级的同名机构（各街道创建办主任、副主任）和其他部门的正副职照常统计。第三十二轮补充：按所做的事限定的一类县（退牧还草工程实施县（市）、油茶重点县（市、区）、项目县）后接分管县长、县长的，是这些县的人民政府，省里的会议请它们到主会场同样是两级以下；“分管县长”“分管局长”（不写“副”）是分管负责同志；“会议对象：……”与“参会人员”一样是参会要求。发文机关是党委一侧的议事协调机构办事机构（省委文明办）的，参会要求照样统计：层层陪会、让县一级到省里主会场，对党委和政府的会议同样是第4条和中央减负要求所禁止的。"
           "正职“带领”本单位的副职（局长，并带领分管老旧小区改造工作的副局长）同样是主要负责同志和分管负责同志都参加。第三十三轮补充：写在“参会人员”一节里、表头只写“单位｜人员”的表格也是参会人员表；“乡镇长、分管……的副乡镇长”中的“乡镇”是职务的一部分；单位后的括注（“各旗县市（区）人民政府（管委会）由主要负责同志带队”）不把单位和人员隔开；“各县（市）区由水务局局长带队”“试点县（市、区）经信局由分管负责同志参会”中，“由”前后的局是这些地方自己的局。")
    bad = ("参会人员：省直有关部门主要负责同志和分管负责同志，各设区市政府分管负责同志，"
           "各县（市、区）政府分管负责同志到南昌主会场参加。")
    good = ("会议以电视电话会议形式召开，省直有关部门分管负责同志在主会场参加，"
            "各设区市、县（市、区）政府分管负责同志在当地分会场参加。")
    fix_title = "每个单位只请一位确需参加的同志；市县同志改在当地分会场参会"
    Settings = Settings
    data_file = DATA_FILE
    examples = (
        Example("经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议，请各设区市人民政府主要负责同志"
                "和分管负责同志参加。", fires=True, frame="office_circular", title=_MEETING),
        Example("经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议，请各设区市人民政府主要负责同志"
                "或分管负责同志参加。", fires=False, frame="office_circular", title=_MEETING, note="二选一"),
        Example("经省政府同意，定于2026年4月8日召开全省春季农业生产电视电话会议，各设区市、县（市、区）政府分管负责同志"
                "在当地分会场参加。", fires=False, frame="office_circular",
                title="江西省人民政府办公厅关于召开全省春季农业生产电视电话会议的通知"),
        Example("经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议，各县（市、区）人民政府分管负责同志"
                "到南昌主会场参加。", fires=True, frame="office_circular", title=_MEETING, note="县一级到省里主会场"),
        Example("经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议。请各设区市人民政府分管负责同志参加，"
                "市农业农村局局长陪同参会。", fires=True, frame="office_circular", title=_MEETING, note="陪同参会"),
        Example("经省政府同意，定于2026年4月8日在南昌召开全省春季农业生产工作会议。请各设区市农业农村局分管负责同志"
                "带领本地种粮大户代表参加，不安排其他人员陪同。", fires=False, frame="office_circular", title=_MEETING),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        gw = ctx.gw
        if gw.doc_type == "报告":  # told to the level above: who attended is an account, nobody is asked to come
            return
        issuer = gw.issuer
        ilevel = issuer.level if issuer is not None and issuer.level not in (None, "unknown") else None
        meetings = [m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda]
        # a training the notice holds (举办……培训班): whom it calls to train is asked as attendees are
        training = not meetings and bool(convened_meetings(ctx, tuple(s.training_suffixes)))
        # a video conference, or a meeting with 分会场: lower levels default to their own venue
        video = any(any(w in m.name for w in s.video_meeting_words) for m in meetings) or \
            any(BRANCH_VENUE.search(ctx.reading(ln)) for ln in gw.body_lines)
        people = attendees(ctx, ilevel, video, meeting_doc=bool(meetings) or training, training=training)
        people = [p for p in people if not told(ctx, p)]  # 以往要求……同时参会的做法，……不再执行
        escorts = _escort_phrases(ctx, s, bool(meetings), training)
        if not people and not escorts:
            return
        summary, here, away, roles = _summary(people, s.level_labels)

        def too_deep(p: Attendee) -> list[str]:
            if ilevel is None or training:  # trainees come from the levels that do the work: only roles count
                return []
            deep = [lv for lv in p.levels if levels_down(issuer.name, ilevel, lv) > s.max_depth and level_rank(lv) < 9]
            if deep and len(deep) < len(p.levels) and len(p.roles) <= 1 and re.search(s.single_quota, p.unit + p.quota) \
                    and quota_names_addressed(ctx, p, deep, ilevel):
                return []  # 各地人社局派1名: the addressed units, one person each
            return deep

        by_sentence: dict[tuple[int, int, int], list[str]] = {}
        in_person: set[tuple[int, int, int]] = set()  # sentences asking someone to the main venue
        # one paragraph, one fault, one finding: the deep levels of a paragraph's later sentences (……；梅河口市
        # 交通运输局负责同志) join the reason its first sentence gave
        deep_at: dict[int, tuple[tuple[int, int, int], int, set, list]] = {}
        for p in people:
            key = (p.line, *p.sent)
            deep = [] if p.remote else too_deep(p)
            if deep and p.unit_place and len(deep) < len(p.levels):  # a row's unit cell of two levels: told there
                key = (p.unit_place[0], *p.unit_place[1])
            reasons = by_sentence.setdefault(key, [])
            if not p.remote:
                in_person.add(key)
            if deep:
                # an enumerated item (二是……；三是……) is a demand of its own, told on its own
                first = None if ENUM_ITEM.match(ctx.reading(key[0]), key[1]) else deep_at.get(key[0])
                if first is None:
                    deep_at[key[0]] = (key, len(reasons), set(deep), [p.unit])
                    reasons.append(f"要求{_label(deep, s.level_labels)}一级的同志（{p.unit}）到会场参会")
                elif p.unit not in first[3]:
                    k0, i0, levels, units = first
                    levels.update(deep)
                    units.append(p.unit)
                    by_sentence[k0][i0] = f"要求{_label(levels, s.level_labels)}一级的同志（{'；'.join(units)}）到会场参会"
            if p.joint and len(p.roles) > s.max_roles:
                r = f"要求同一单位的{'和'.join(p.roles)}同时参加（{p.unit}）"
                own = by_sentence.setdefault((p.line, *p.sent), [])  # the roles: the persons' own cell
                if r not in own:
                    own.append(r)
        for p, q in government_with_department(ctx, people, s.government_unit, s.government_with_department):
            # one level down (drafts/gw2/202-p51's 市级 row, holdout3 202-p04) or each in its own 分会场 (201-p81):
            # no layer is pulled up
            if not too_deep(p) or (p.remote and not venue_above(ctx, s.venue_levels, p, q)):
                continue
            r = f"要求{_label(p.levels, s.level_labels)}政府负责同志和本地部门负责同志一同参会（{p.unit}{'' if q is p else '、' + q.unit}）"
            # one finding for a paragraph (a table cell) that already has one: 参会人员|A；B is one demand
            key = next((k for k, v in by_sentence.items() if k[0] == p.line and v), (p.line, *p.sent))
            if r not in by_sentence.setdefault(key, []):
                by_sentence[key].append(r)
        for ln, a, b, w in escorts:
            by_sentence.setdefault((ln, a, b), []).append(f"要求“{w}”" if w in s.escort_words else f"要求陪同参会（“{w}”）")
            in_person.add((ln, a, b))
        for (ln, a, b), reasons in sorted(by_sentence.items()):
            if not reasons:
                continue
            # already at their own 分会场: the remedy is fewer leaders, not a video conference
            remedy = "；市县同志可以电视电话会议形式在当地分会场参会" if (ln, a, b) in in_person else ""
            yield Violation(
                f"参会要求过高：{'；'.join(reasons)}。{summary}第4条要求一律不得层层陪会、降低参会人员级别："
                f"每个单位只请确需参加的一位同志{remedy}。",
                line=ln, start=a, end=b,
                data={"levels": sorted(here, key=level_rank), "remote_levels": sorted(away, key=level_rank),
                      "roles": roles, "reasons": reasons},
            )

"""Report demands of one sentence: whether it asks lower units to submit materials (报送、填报、上传至平台)
or to have their leaders sign, who, what, by when — the reading behind GW106.

Built on :mod:`gwlint.analysis.submissions` (submission verbs, materials, submitters),
:mod:`gwlint.analysis.signatures` (sign words, signers) and :mod:`gwlint.analysis.demands`
(negation, deadlines, relayed demands); words in ``dictionaries/burdens.toml``:

* :func:`burden` — a submission demanded of a lower unit, with the materials named, the deadline and
  a leader's signature asked on them;
* :func:`sign_demand` — a leader below the issuer told to sign with no material named with it
  (承诺书须由局主要负责同志签字, 实行签字背书制度);
* :func:`label` — a requirement label opening the sentence (（一）报送内容：……);
* :func:`topic_ends` — where a heading that only names a topic ends (五、按时报送工作情况).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import demands as dm
from . import signatures as sg
from . import submissions as sb
from .negation import waiver_pattern
from .predicates import cited_earlier, own_meetings_speak, past_frame, past_turn
from .sentences import Sent, clause_of, inside
from .settings import Regex, alternation


@dataclass(frozen=True)
class BurdenSettings(sg.SignSettings):
    """The words that tell a report demand from its exceptions."""

    legal_basis: list[Regex] = field(default_factory=list)  # 依据《××法》, 统计调查制度 … in the sentence
    per_patterns: list[Regex] = field(default_factory=list)  # 按照…要求
    own_requirement_words: list[str] = field(default_factory=list)  # 按照本通知要求: the issuer's own
    higher_authorities: list[str] = field(default_factory=list)  # 国务院, 省委 …
    relative_governments: dict = field(default_factory=dict)  # 市政府 → city: a government without its region
    relative_departments: dict = field(default_factory=dict)  # 省厅 → province: a department without its region
    label_demand: Regex = ""  # （一）报送内容：…
    making_verbs: list[str] = field(default_factory=list)  # 形成, 编制, 填写 …: a sentence makes what the next hands up
    return_verbs: list[str] = field(default_factory=list)  # 交回, 送回: hands back what the issuer handed out
    handed_out_verbs: list[str] = field(default_factory=list)  # 印制, 发放: the issuer hands a paper out to be returned
    destination_needs_no_material: bool = False  # 汇总后上传至××平台 asks for materials unnamed
    shared_update: Regex = ""  # 在“一表通”中滚动更新: channel, then the verb (group "verb")
    update_cadence: Regex = ""  # 滚动, 实时, 每周: how often the shared form is updated
    update_objects: Regex = ""  # 进度, 存在问题: what is updated is the state of the work
    update_replaces_report: Regex = ""  # 自动生成统计报表, 不再另行报送: the platform is shared instead of reports
    later_deadline: list[Regex] = field(default_factory=list)  # 10日内: a second demand's own time, besides deadlines
    channel_form_verbs: list[str] = field(default_factory=list)  # 填写: 通过××系统填写调度表 is a demand as laid down
    statistics_basis: Regex = ""  # 《××统计调查制度》 cited anywhere: its data are a lawful statistical survey
    statistics_narrative_materials: list[str] = field(default_factory=list)  # 工作总结 …: no survey data
    application_materials: Regex = ""  # 申报材料, 申请书: what an application hands in
    assessed_materials: Regex = ""  # 考核, 自评: the application forms of an assessment the units must undergo
    optional_programme: Regex = ""  # 视为放弃, 自愿申报: the units may choose not to apply
    application_condition: Regex = ""  # 有推荐意向的，: the demand binds only those who choose to apply
    programme_call: Regex = ""  # 申报……创建/试点/示范: a call for applications to a programme
    graded_submission: Regex = ""  # 报送情况纳入年度考核: the units' submitting is graded


@dataclass(frozen=True)
class Burden:
    """A submission demanded: who submits, the materials named, the deadline, and the leader's
    signature asked on them as (signer, sign word) or None."""

    who: sb.Who
    what: list[str]
    deadline: str
    sign: tuple[str, str] | None


def label(s: BurdenSettings, sent: Sent) -> tuple[int, int, str] | None:
    """(start, end, verb) of a requirement label that opens the sentence: （一）报送内容：……"""
    rx = alternation(s.label_demand)
    if rx is None:
        return None
    k = sent.start + len(sent.body) - len(dm.strip_marker(sent.body))
    if rx.match(sent.text, k) is None:
        return None
    return k, k + 2, sent.text[k:k + 2]


def heading_only(s: BurdenSettings, sent: Sent, topics: dict[int, int]) -> bool:
    """The sentence is a heading naming a topic (五、按时报送工作情况), the demand follows it."""
    return sent.end <= topics.get(sent.line, -1) and label(s, sent) is None \
        and not sg.pledge_signed(s, sent) and not sg.signing_system(s, sent)


def shared_updates(s: BurdenSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, verb) of updates of a shared form or platform on a cadence or by a deadline
    (在“一表通”中滚动更新, 每周五前在共享调度表中更新, 在××系统中实时录入): the issuer reads
    what is entered there, so it is handed up like a report; an update with no time set
    (动态更新本校台账, 及时录入服务记录) is the unit's own record keeping, and one the sentence sets
    instead of reports (不再另行报送) is the information sharing the policy asks for."""
    rx, cadence, objects = alternation(s.shared_update), alternation(s.update_cadence), alternation(s.update_objects)
    if rx is None or cadence is None or objects is None:
        return []
    instead = alternation(waiver_pattern(s.update_replaces_report))
    if instead is not None and instead.search(sent.text, sent.start, sent.end):
        return []  # 在平台上更新……，系统自动生成统计报表，不再另行报送: information shared instead of reports
    out = []
    for m in rx.finditer(sent.text, sent.start, sent.end):
        a, b = m.span("verb")
        if inside(a, sent.quotes):
            continue
        ca, cb = clause_of(sent, a)
        if not objects.search(sent.text, b, cb):
            continue  # 更新本单位公共数据共享目录: the unit keeps its own data, no state of the work
        if cadence.search(sent.text, ca, cb) or (s.deadline_rx is not None and s.deadline_rx.search(sent.text, ca, cb)):
            out.append((a, b, m.group("verb")))
    return out


def _timed(s: BurdenSettings, sent: Sent, lo: int, hi: int) -> re.Match | None:
    """A deadline or cadence of its own between ``lo`` and ``hi``."""
    found = [m for rx in (s.deadline_rx, alternation(s.standing_deadline), alternation(s.later_deadline),
                          alternation(s.update_cadence)) if rx is not None and (m := rx.search(sent.text, lo, hi))]
    return min(found, key=lambda m: m.start()) if found else None


# a submission verb inside a preposition's object closed by 的 (对填报数据的真实性负责; 就报送材料的质量作出承诺)
_PREP_OBJECT_BEFORE = re.compile(r"(?:对|就|对于|关于)[^，。；]{0,4}$")
_PREP_OBJECT_AFTER = re.compile(r"[^，。；]{1,8}?的(?:真实性|准确性|完整性|质量|时效性|规范性)")

def _others_demand_case(s: BurdenSettings, sent: Sent, a: int) -> bool:
    """The verb at ``a`` stands in a clause that sets a case (……的，) in which someone other than the issuer demands
    it (其他部门、单位要求基层重复填报社会救助数据的，各地可以告知其……): the issuer says what to do then, it asks
    for nothing itself."""
    ca, cb = clause_of(sent, a)
    if not sent.text[ca:cb].rstrip("，,；; ").endswith("的") or cb >= sent.end:
        return False
    k = sent.text.rfind("要求", ca, a)
    if k < 0:
        return False
    who = dm.strip_marker(sent.text[ca:k]).strip(" \u3000")
    return bool(who) and not who.startswith(tuple(s.self_references))


_MOST_DEMANDS = 4  # demands read in one sentence: channels alternate, so a few at most


def burdens(ctx, s: BurdenSettings, sent: Sent, recips: list[str]) -> list[Burden]:
    """The submissions the sentence asks lower units for: the first, then each next one of the other channel
    with a time of its own (在“一表通”中滚动更新……，每季度末另行形成书面材料报……，12月10日前将年度总结上传至……平台:
    an update of a shared platform and a paper handed up are two demands, and a third by the platform again is
    a third; 每月5日前报送进展情况，12月10日前报送总结 is one).  Each demand owns the materials and the signature
    asked between its start and the next one's (……，6月20日前报送整改方案，整改方案须由……签字: the second is signed)."""
    if sent.line is not None and sent.line in sb.dropped_cells(ctx, s):
        return []  # 原要求 | 调整后: a former requirement its row drops (取消报送)
    first = burden(ctx, s, sent, recips)
    if first is None:
        carried = _carried_object(ctx, s, sent, recips)
        return [] if carried is None else [carried]
    platform = _platform_points(s, sent)
    points = _points(ctx, s, sent)
    found: list[tuple[Burden, int, int | None]] = [(*first, None)]  # (demand, its verb, where its span opens)
    while len(found) < _MOST_DEMANDS:
        _, at, _ = found[-1]
        nxt = [p for p in points if p[0] > at and (p[0] in platform) != (at in platform)]
        # the other demand starts in a later clause that sets a time of its own
        m = _timed(s, sent, at, nxt[-1][0]) if nxt else None
        if m is None or not re.search("[，；]", sent.text[at:m.start()]):
            break
        got = burden(ctx, s, sent, recips, (m.start(), at in platform))
        if got is None:
            break
        found.append((*got, m.start()))
    if len(found) == 1:
        return [first[0]]
    out = []
    for k, (hit, at, opens) in enumerate(found):
        until = found[k + 1][2] if k + 1 < len(found) else None
        if until is not None:  # read again within its own span: the next demand's materials and signature are its
            again = burden(ctx, s, sent, recips, None if opens is None else (opens, found[k - 1][1] in platform), until)
            hit = again[0] if again is not None and again[1] == at else hit
        out.append(hit)
    return out


def _carried_object(ctx, s: BurdenSettings, sent: Sent, recips: list[str]) -> Burden | None:
    """A sentence that hands something up without naming it (每周四12时前报市局防汛抗旱科) after a sentence of the same
    paragraph that makes it (各县区应急管理局负责汇总……，形成周调度表。): the two read as one demand, whose object
    and submitter are the earlier sentence's.  Only a submission verb in this sentence counts, and only materials
    of the earlier one; a sentence naming its own material stands alone."""
    from .sentences import previous_sentence

    if sent.line is None or not sb.submissions(ctx, s, sent) or sb.materials(ctx, s, sent):
        return None
    prev = previous_sentence(ctx, sent)
    if prev is None:
        return _carried_over_paragraph(ctx, s, sent, recips) or _handed_back_over_paragraph(ctx, s, sent, recips)
    if sent.text[prev.end:sent.start].strip(" \u3000"):
        return None
    making = frozenset(s.making_verbs)
    if not any(t.text in making for t in prev.tokens) and not _handed_back(s, prev, sent):
        return None  # the earlier sentence makes nothing (调取备案材料, 分解到年度工作计划): nothing is carried
    joined = Sent(sent.line, sent.text, (*prev.tokens, *sent.tokens), sent.quotes, prev.start, sent.end)
    if not any(a < sent.start for a, _, _ in sb.materials(ctx, s, joined)):
        return None
    got = burden(ctx, s, joined, recips)
    return got[0] if got is not None and got[1] >= sent.start and got[0].what else None


def _handed_back(s: BurdenSettings, prev: Sent, sent: Sent) -> bool:
    """``sent`` hands back (交回, 送回) what the sentence before has the issuer print or hand out (责任书由县局统一印制，
    1月12日前发放到各单位。各单位收到后由……签字，于1月20日前送回县局。): the paper handed out is what comes back,
    as when both stand in one sentence (rules.md GW106: 交回、送回发文机关的材料由主送机关交回)."""
    back, out = frozenset(s.return_verbs), frozenset(s.handed_out_verbs)
    return any(t.text in back for t in sent.tokens if sent.start <= t.start < sent.end) \
        and any(t.text in out for t in prev.tokens if prev.start <= t.start < prev.end)


def _handed_back_over_paragraph(ctx, s: BurdenSettings, sent: Sent, recips: list[str]) -> Burden | None:
    """A paragraph opening with a sentence that hands back by a time of its own (二、各林场收到后，由场长签字盖章，于4月10日
    前寄回市林业局。) right after a paragraph whose last sentence has the issuer hand out the paper (一、责任状由市林业局统一
    制作，3月底前发放到各林场。): :func:`_handed_back` over two numbered items, the paper and its return one demand."""
    from bisect import bisect_left

    from .sentences import para_sentences

    content = list(ctx.gw.content_lines)
    k = bisect_left(content, sent.line)
    if k == 0 or k >= len(content) or content[k] != sent.line or _timed(s, sent, sent.start, sent.end) is None:
        return None
    prev = list(para_sentences(ctx, content[k - 1]))
    if not prev or not _handed_back(s, prev[-1], sent):
        return None
    prev = prev[-1]
    mats = sb.materials(ctx, s, prev)
    back = frozenset(s.return_verbs)
    at = next((a for a, _b, v in sb.submissions(ctx, s, sent) if v in back), None)
    if not mats or at is None or dm.negated(s, sent, at):
        return None
    who = sb.submitter(ctx, s, sent, at, recips)
    if who is None or not who.lower:
        return None
    sign = None
    for sa, _sb, w in sg.signs(s, sent):
        signer = sg.signer(s, sent, w, sa)
        if signer and not dm.negated(s, sent, sa):
            sign = (signer[2], w)
            break
    return Burden(who, sb.names(ctx, s, prev, mats), dm.deadline(s, sent), sign)


# a paragraph opening with its time, maybe after what is done first (11月10日前报……; 加盖公章后10月20日前送……)
_OPENS_WITH_TIME = re.compile(r"\s*(?:[^，。；]{1,8}?后[，,]?)?(?:于|在)?\s*(?:\d|每|次月|本月|月底|年底)")


def _carried_over_paragraph(ctx, s: BurdenSettings, sent: Sent, recips: list[str]) -> Burden | None:
    """A paragraph that only says when and where to hand something up (加盖公章后10月20日前送市教育局安全科，同时发送
    电子版。), opening with no number and no subject of its own, right after a paragraph whose last sentence makes the
    material (……由各县（市、区）教育局汇总辖区学校情况后形成书面材料。): one demand split over two paragraphs, whose
    material and submitter are the earlier sentence's.  The paragraph needs a time of its own; the maker must be
    read, and below the issuer."""
    from bisect import bisect_left

    from .sentences import para_sentences

    gw = ctx.gw
    if sent.text[:sent.start].strip(" \u3000\t") or any(h.line == sent.line for h in gw.headings) \
            or dm.strip_marker(sent.body) != sent.body:
        return None
    if _timed(s, sent, sent.start, sent.end) is None or not _OPENS_WITH_TIME.match(sent.text, sent.start):
        return None  # (参会人员名单请于……前反馈: a topic of its own opens the paragraph, nothing is carried)
    content = list(gw.content_lines)
    k = bisect_left(content, sent.line)
    if k == 0 or k >= len(content) or content[k] != sent.line:
        return None
    ln = content[k - 1]
    prev = list(para_sentences(ctx, ln))
    if not prev:
        return None
    prev = prev[-1]
    making = frozenset(s.making_verbs)
    made = [t for t in prev.tokens if t.text in making and prev.start <= t.start < prev.end]
    mats = [m for m in sb.materials(ctx, s, prev) if made and m[0] > made[0].start]
    if not made or not mats:
        return None
    who = sb.submitter(ctx, s, prev, made[0].start, recips)
    if who is None or not who.lower or who.kind == "implicit":
        return None  # the maker unread: nothing says who hands it up
    return Burden(who, sb.names(ctx, s, prev, mats), dm.deadline(s, sent), None)


def _points(ctx, s: BurdenSettings, sent: Sent) -> list[tuple[int, int, str]]:
    return sorted(set(sb.submissions(ctx, s, sent)) | set(shared_updates(s, sent)))


def _platform_points(s: BurdenSettings, sent: Sent) -> set[int]:
    """Where verbs stand that go through a platform or a shared form (上传至××平台, 在××系统中填报, 滚动更新)."""
    return {a for a, _, _ in sb.destination_verbs(s, sent)} | {a for a, _, _ in shared_updates(s, sent)}


def burden(ctx, s: BurdenSettings, sent: Sent, recips: list[str], later: tuple[int, bool] | None = None,
           until: int | None = None) -> tuple[Burden, int] | None:
    """The first submission the sentence asks lower units for, and where its verb stands; ``later``
    (from, platform): only a verb after ``from`` of the other channel than ``platform`` (a second demand);
    ``until``: where the next demand opens (materials and signatures from there on are its)."""
    legal = alternation(s.legal_basis)
    if legal is not None and legal.search(sent.text, sent.start, sent.end):
        return None
    excepted = dm.except_spans(sent)
    found = sb.materials(ctx, s, sent)
    if until is not None:
        found = [f for f in found if f[0] < until]
    lab = label(s, sent)
    # 上传至××平台: where it goes says it is handed up, named or not
    # (通过……系统报送 names no destination: what it hands up must be named)
    bare = {a for a, _, _ in sb.destination_verbs(s, sent, destined_only=True)} \
        if s.destination_needs_no_material else set()
    updates = shared_updates(s, sent)
    bare |= {a for a, _, _ in updates}
    # 通过××系统在线填写调度表: a form to fill in through a system is asked for by being laid down, no 要/请
    # needed (通过考核系统上传 佐证材料 still needs one)
    channel = {a for a, _, v in sb.destination_verbs(s, sent) if v in s.channel_form_verbs}
    points = sb.submissions(ctx, s, sent)
    # 逐户核查……，汇总后报送市局: the compilation is the material (still asked for only with 要/请 or a time)
    summed = sb.compiled(s, sent, points)
    if not found and lab is None and not bare and not summed:
        return None
    if updates:
        points = sorted(set(points) | set(updates))
    if lab is not None:
        points = sorted(set(points) | {lab})
    signs = sg.signs(s, sent)
    other = None if later is None else {p for p in _platform_points(s, sent)}
    past_from = None  # where a past frame's first demand stood
    for a, b, verb in points + signs:
        if later is not None and (a < later[0] or (a in other) == later[1] or sent.text[a - 1:a] == "的"):
            continue  # a second demand: after its own time, by the other channel, a verb (not 的填报)
        if inside(a, excepted) or dm.negated(s, sent, a) or dm.done(s, sent, a, b) or dm.channel_switch(s, sent, a, points):
            continue
        if _PREP_OBJECT_BEFORE.search(sent.text, max(sent.start, a - 6), a) and _PREP_OBJECT_AFTER.match(sent.text, b):
            continue  # 须对填报数据的真实性作出书面承诺: the verb names what a preposition's object is about
        if sent.text.startswith(("后", "之后", "以后"), b) and verb not in {w for _, _, w in signs}:
            continue  # 问题清单反馈后30日内整改: the verb dates what follows, it is not what is asked
        if _others_demand_case(s, sent, a):
            continue  # 其他部门要求基层重复填报……的，各地可以……: a case of another body's demand, not the issuer's
        if past_from is not None and not past_turn(sent.text, past_from, a):
            continue  # ……每月5日前报送……，每季度末报送……: the frame still covers the next demand of its sentence
        if sent.line is not None and past_frame(ctx, sent.line, a, True):
            past_from = a
            continue  # 2026年，各县（市、区）按季度向我厅报送……; 以往，各地须……报送: what was done then, not asked now
        if sent.line is not None and cited_earlier(ctx, sent.line, a):
            continue  # 2025年印发的《……》中，要求各街道每月5日前报送……: an earlier document's demand, told
        # 各市将……扫描件上传至评价系统: a procedure laid down needs no 要/请
        if (a, b, verb) != lab and a not in bare and a not in channel and not sb.recurring(s, sent) \
                and not dm.demanded(s, sent, a) and not sb.table_scheduled(ctx, s, sent):
            continue
        if _relays(ctx, s, sent, a):
            return None  # a higher body asks for it (《通知》要求各地于…报送; 按环保部通知要求填报): the issuer relays it
        who = sb.submitter(ctx, s, sent, a, recips)
        if who is None or not who.lower:
            continue
        if who.kind == "implicit" and a in bare and not found and not dm.demanded(s, sent, a) \
                and _timed(s, sent, sent.start, sent.end) is None:
            # 发现问题当场拍照取证并推送至数字城管平台: a push to a platform with no material, no 要/请, no time and no
            # subject read is a procedure of whoever does the work (the issuer's own examiners, maybe): the
            # recipients are not taken for its subject by default
            continue
        if lab is not None:
            near = found  # （一）报送内容：the list after the label is what is asked for
        else:
            # (not what a negated verb names: ……，不再另行报送纸质材料)
            asked = [p for p in points if p[0] >= a and (p[0] == a or not dm.negated(s, sent, p[0]))]
            near = sb.nearest(sent, found, asked or [(a, b, verb)])
            if not near and a not in bare and a not in summed:
                continue  # what is submitted is no material (有关情况 of an emergency, 项目申请)
        sign = None
        for sa, _sb, w in signs:
            if inside(sa, excepted) or dm.negated(s, sent, sa) or not (later or (0,))[0] <= sa < (until or sent.end):
                continue
            signer = sg.signer(s, sent, w, sa)
            if signer:
                sign = (signer[2], w)
                break
        if verb in {w for _, _, w in signs} and sign is None:
            continue  # a signature by a clerk (填报人签字) is no burden of its own
        if not near and sign is None and a not in bare and a not in summed:
            continue  # （二）报送时间：…… names no material and no signature
        if later is not None:
            m = _timed(s, sent, later[0], a)
            return Burden(who, sb.names(ctx, s, sent, near), dm.as_deadline(m.group(0)) if m else "", sign), a
        return Burden(who, sb.names(ctx, s, sent, near), dm.deadline(s, sent), sign), a
    return None


def _relays(ctx, s: BurdenSettings, sent: Sent, a: int) -> bool:
    """The submission at ``a`` passes a higher body's demand on: a higher body is said to ask for it (《通知》要求各地……),
    the sentence goes by a higher body's requirement (按照国务院要求, 按环保部通知要求), or a 转发 notice collects
    it for the higher body (……报送我局，以便我局及时汇总上报省农业厅)."""
    gw = ctx.gw
    if dm.relayed(sent, a, _own_meeting(ctx, sent)) or dm.per_higher(sent, a, gw.issuer.level, alternation(s.per_patterns),
                                            tuple(s.higher_authorities), tuple(s.own_requirement_words),
                                            s.relative_governments, s.relative_departments):
        return True
    return gw.forwarding == "转发" and dm.passed_up(sent, a, gw.issuer.level, tuple(s.self_references))


def _own_meeting(ctx, sent: Sent) -> bool:
    """The 会议 of the sentence is the issuer's own (its minutes: 会议明确，……): it speaks for the issuer."""
    return sent.line is not None and own_meetings_speak(ctx, sent.line, sent.start, sent.end)


def relayed_materials(ctx, s: BurdenSettings, sent: Sent) -> list[str]:
    """The materials a sentence asks for in relaying a higher body's demand (请你局按环保部通知要求填报本级调查表):
    a next sentence setting the time and place for the same materials (请于3月15日前将调查表报送我厅) carries that
    demand on, it adds none of the issuer's own."""
    # (按照《……通知》要求，各县区水利局……逐库填写《……调查表》: the form the higher body has filled in is what it asks
    # for as well; the next sentence's 调查表请于……报送 sets its time)
    making = frozenset(s.making_verbs)
    made = [(t.start, t.end, t.text) for t in sent.tokens if t.text in making and sent.start <= t.start < sent.end]
    for a, b, v in sorted({*sb.submissions(ctx, s, sent), *made}):
        if _relays(ctx, s, sent, a):
            near = sb.nearest(sent, sb.materials(ctx, s, sent), [(a, b, v)])
            return sb.names(ctx, s, sent, near)
    return []


def programme_application(ctx, s: BurdenSettings, sent: Sent | None, what: list[str], header: str = "") -> bool:
    """The materials are an application to a programme the units may choose to enter (申报国家农业可持续发展试验示范区,
    逾期未报送的视为放弃创建资格; 自愿申报): no report burden; the application forms of an assessment they must undergo
    (考核评估申报材料) stay one.  What the units hand in is the application when each material is named so (申报书),
    when the sentence asks it only of those who choose to apply (有推荐意向的，请于……前将推荐汇总表和建设方案报送……),
    or when a table's column names its rows so (申报材料 | 智慧校园三年建设规划; ``header``)."""
    apply_rx, assessed = alternation(s.application_materials), alternation(s.assessed_materials)
    if apply_rx is None or not what:
        return False
    chosen = alternation(s.application_condition)
    if not (all(apply_rx.search(w) for w in what) or (header and apply_rx.search(header))
            or (sent is not None and chosen is not None and chosen.search(sent.text, sent.start, sent.end))):
        return False
    if assessed is not None and any(assessed.search(w) for w in what):
        return False
    optional, call, graded = alternation(s.optional_programme), alternation(s.programme_call), \
        alternation(s.graded_submission)
    gw = ctx.gw
    if graded is not None and ctx.memo("graded_submission", lambda: any(
            graded.search(ctx.reading(ln)) for ln in gw.content_lines)):
        return False  # 报送情况纳入年度考核: what the units send in is graded, whoever chose to apply
    texts = [sent.text[sent.start:sent.end] if sent is not None else "", gw.title.text if gw.title is not None else ""]
    if call is not None and any(call.search(t) for t in texts):
        return True
    return optional is not None and ctx.memo("optional_programme", lambda: any(
        optional.search(ctx.reading(ln)) for ln in gw.content_lines))


def same_materials(what: list[str], earlier: list[str]) -> bool:
    """Every material of ``what`` is one of ``earlier`` (调查表 of 市州本级调查表): the same papers asked for again."""
    return bool(what) and bool(earlier) and all(any(e.endswith(w) or w.endswith(e) for e in earlier) for w in what)


def relayed_to_attachment(ctx, s: BurdenSettings) -> bool:
    """A 正文 sentence handing its submission to the attachment (请各单位按附表所列内容和时间报送……) that relays a higher
    body's requirement (按照自治区党委、政府……的要求; 《通知》要求各地……): the attachment's table of what to submit is
    that same relayed demand, not one of the issuer's own."""
    from .sentences import iter_sentences

    gw = ctx.gw
    for sent in iter_sentences(ctx, gw.body_lines):
        if not re.search("附件|附表", sent.text[sent.start:sent.end]):
            continue
        for a, _b, _v in sb.submissions(ctx, s, sent):
            if dm.relayed(sent, a) or dm.per_higher(sent, a, gw.issuer.level, alternation(s.per_patterns),
                                                    tuple(s.higher_authorities), tuple(s.own_requirement_words),
                                                    s.relative_governments):
                return True
    return False


def statistics_survey(ctx, s: BurdenSettings, what: list[str]) -> bool:
    """Whether materials ``what`` are data of a statistical survey the document founds on (根据《农业生产经营
    统计调查制度》…… anywhere in it): reports under the 统计法 and its approved survey systems are lawful, not
    a department's own paperwork; a 工作总结 asked for beside them is no survey data."""
    rx = alternation(s.statistics_basis)
    if rx is None:
        return False
    founded = ctx.memo("statistics_basis", lambda: any(rx.search(ctx.reading(ln)) for ln in ctx.gw.content_lines))
    if not founded:
        return False
    narrative = tuple(s.statistics_narrative_materials)
    return not any(w.endswith(narrative) for w in what)


def sign_demand(ctx, s: BurdenSettings, sent: Sent, recips: list[str]) -> tuple[sb.Who, str, str] | None:
    """(who, signer, word) when the sentence asks a leader below the issuer to sign, with
    no material named with it: 承诺书须由局主要负责同志签字, 实行签字背书制度,
    统计表经分管负责同志审核签字后报送."""
    signs = sg.signs(s, sent)
    if not signs:
        return None
    excepted = dm.except_spans(sent)
    system = alternation(s.sign_system_patterns)
    for a, _b, word in signs:
        if inside(a, excepted) or dm.negated(s, sent, a) or dm.relayed(sent, a, _own_meeting(ctx, sent)):
            continue
        found = sg.signer(s, sent, word, a)
        if found is None or found[2].startswith(tuple(s.self_references) + sb.own_short_names(ctx.gw)):
            continue  # the issuer's own leaders sign its own papers
        ca, cb = clause_of(sent, a)
        # 签署承诺书 in a notice to lower units is what they are told to do, with or without 要/请
        if not (dm.demanded(s, sent, a) or sb.submissions(ctx, s, sent) or word in s.object_sign_words
                or sg.assigned_signer(sent, found[0]) or (system is not None and system.search(sent.text, ca, cb))):
            continue
        who = _signer_unit(ctx, sent, found[:2]) or _signer_lower(s, found[2]) or sb.submitter(ctx, s, sent, a, recips)
        if who is not None and who.lower:
            return who, found[2], word
    return None


def _signer_unit(ctx, sent: Sent, span: tuple[int, int]) -> sb.Who | None:
    """The unit named with the leader (各县（市、区）农业农村局局长); 各单位 is left to the submitter."""
    k, b = span
    for u in ctx.units(sent.line) if sent.line is not None else ():
        if u.start < b and k <= u.end and u.level not in (None, "unknown") and not (u.generic and u.relative):
            return sb.Who("unit", u.text, sb.below(u, ctx.gw.issuer.level))
    return None


def _signer_lower(s: BurdenSettings, phrase: str) -> sb.Who | None:
    """The leader's own unit written before the title as a level below the county (乡镇水利站站长, 社区卫生服务中心
    主任, 村委会主任, 街道主要负责同志): a lower official, whatever the clause's subject reads as; not a firm of
    the place (乡镇企业负责人)."""
    lower = max((w for w in s.lower_words if phrase.startswith(w)), key=len, default=None)  # the longest
    if lower is None or len(phrase) <= len(lower) or any(p in phrase for p in s.non_government_parties):
        return None
    return sb.Who("lower", phrase, True)


def topic_ends(ctx, s: BurdenSettings) -> dict[int, int]:
    """line -> offset where a heading's marker and title end (its closing 。 included), for
    headings that name a topic (五、按时报送工作情况); a numbered whole sentence with a demand
    or a deadline (一、请各设区市……报送我厅。 ②每季度结束后15日内，报送…… （2）每日10时前报送……) is content."""
    out = {}
    for h in ctx.gw.headings:
        if h.content or any(r.search(h.title or "") for r in s.time_rxs) or sb.per_table(h.title or ""):
            continue  # （2）每日10时前报送……, 二、……数据按下表要求报送: a standing time or the table's terms make it content
        text = ctx.reading(h.line)
        lead = len(text) - len(text.lstrip(" \u3000\t"))
        end = lead + len(h.marker) + len(h.title or "")
        while end < len(text) and text[end] in "。．.：:；; \u3000":
            end += 1
        out[h.line] = end
    return out

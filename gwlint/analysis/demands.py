"""Demands in a sentence: is the word at a position asked for, by the issuer, now?

The rules that look for burdens laid on others (报送材料, 直报领导, 印发讲话) ask the
same questions of a :class:`~gwlint.analysis.sentences.Sent`; they are answered here,
from the words of a :class:`DemandSettings` (a rule's ``Settings`` derives from it):

* :func:`negated` — the negator or reducer that cancels the word (不得要求…报送, 减少
  报送), with two limits of its reach: a plain negator of an earlier clause does not
  reach a clause with a deadline of its own; a reducer inside the object of 将/把
  after a demand or deadline (每月5日前将…排查整治进展情况报送; 请……于每月5日前，将……整治统计表报送, the 将
  opening the clause after the demand's own) reduces nothing;
* :func:`demanded` — a demand marker (要, 请, 须 …) before the word, or a deadline;
* :func:`deadline` — the deadline as written (于3月20日前, 每月5日前);
* :func:`reported` / :func:`speaks` — the word follows a higher body's reported words
  (国务院要求，各地… / 《通知》要求各地…), which the issuer only relays;
* :func:`per_higher` — 按照<上级机关或法规>要求 before the word: a higher body's
  demand passed on (按照本通知要求 stays the issuer's own).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .lexicon import lexicon
from .markers import body_start
from .negation import NegationSettings
from .sentences import Sent, clause_of, clause_spans, sentence_start, tokens_between
from .settings import Regex, alternation


@lru_cache(maxsize=1)
def _basis_leads() -> tuple[str, ...]:
    """按照/根据…要求 names the basis of a demand, not reported speech (lexicon ``basis_leads``)."""
    return tuple(lexicon().words("basis_leads"))


@lru_cache(maxsize=1)
def _relay_leads() -> frozenset[str]:
    """What may open a clause before a higher body's name: nothing, or a clause lead (同时，《通知》要求…)."""
    return frozenset(("", *lexicon().words("clause_leads")))


@lru_cache(maxsize=1)
def _verb_adverbs() -> frozenset[str]:
    return frozenset(lexicon().words("verb_adverbs"))


@lru_cache(maxsize=1)
def _back_references() -> frozenset[str]:
    return frozenset(lexicon().words("back_references"))

_COUNT = re.compile(r"[\d０-９一二三四五六七八九十两多半]")
_EXCEPT = re.compile(r"除[^。；]{1,60}?(?:外|以外)")


@dataclass(frozen=True)
class DemandSettings(NegationSettings):
    """Words of a demand: its markers, deadlines, and the negators whose reach ends at
    their clause."""

    demand_markers: list[str] = field(default_factory=list)  # 要, 请, 须 …
    deadline_patterns: list[Regex] = field(default_factory=list)  # 于3月20日前, 每月5日前 …
    clause_negators: list[str] = field(default_factory=list)  # 不再 …: only to the end of their clause
    done_markers: list[str] = field(default_factory=list)  # 已, 已经: the act is told as done
    done_after: list[str] = field(default_factory=list)  # 了: 报送了 is told as done
    channel_markers: list[str] = field(default_factory=list)  # 统一: how a thing goes up, not a demand of its own

    @cached_property
    def deadline_rx(self) -> re.Pattern | None:
        return alternation(self.deadline_patterns)


# a place named before a leader's or unit's title (报送鞍山市分管副市长; 报送师市分管领导, of the XPCC)
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,9}?(?:省|自治区|市|州|县|区|旗|盟|师)")


def place_named(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a place's name (鞍山市, 第八师石河子市, 师市), at most ten characters."""
    return b - a <= 10 and _PLACE_BEFORE.fullmatch(text, a, b) is not None


def strip_marker(text: str) -> str:
    """``text`` without its leading spaces and list marker (一、 （二） 3. ① 第四条)."""
    return text[body_start(text):]


def negated(s: DemandSettings, sent: Sent, pos: int) -> str | None:
    """The word that cancels the demand at ``pos`` (:meth:`Vocabulary.negated` with the
    two limits of the module doc), or None."""
    from dataclasses import replace

    word = s.vocabulary.negated(sent, pos)
    if word is None:
        return None
    ca, _cb = clause_of(sent, pos)
    tok = next((t for t in reversed(sent.tokens) if t.text == word and sent.start <= t.start and t.end <= pos), None)
    if tok is None:
        return word
    if tok.start < ca and word == "不" and sent.text[ca:pos].lstrip(" \u3000").startswith(("直接", "径直", "径")):
        return None  # 不经市政府办公室，直接报送……: the clause opens by stating the route; the 不 before negates 经 only
    if tok.start < ca and word in s.clause_negators:
        rx = s.deadline_rx
        if rx is not None and rx.search(sent.text, ca, pos):
            return negated(s, replace(sent, start=ca), pos)
    # a negator well inside the object of 将/把 qualifies a noun (将未接种儿童名单报县卫健委; 把未返校学生名单报……):
    # the verb is not negated; one right before the verb still is (将材料不再报送)
    inner = word not in s.vocabulary.negators or _inside_object(sent, tok, pos)
    if inner:
        opens = set(s.demand_markers) | set(s.reset_modals)
        toks = tokens_between(sent, ca, tok.start)
        rx = s.deadline_rx
        for i, t in enumerate(toks):
            if t.text not in ("将", "把"):
                continue
            if i > 0 and (toks[i - 1].text in opens or toks[i - 1].text.endswith(("前", "内"))
                          or (rx is not None and rx.search(sent.text, ca, t.start))):
                return None
            # 将/把 opening its clause after the demand's own (请各市于每月5日前，将……整治统计表报送): the
            # 把-construction of that demand, not the adverb 将 (市局将压减……)
            if i == 0 and _asked_before(s, sent, ca, opens):
                return None
    return word


def _asked_before(s: DemandSettings, sent: Sent, at: int, opens: set[str]) -> bool:
    """The clause before ``at`` asks (请, 要) or sets a deadline (于每月5日前, 在……5个工作日内)."""
    before = [(a, b) for a, b in clause_spans(sent.text, sent.start, at) if b <= at]
    if not before:
        return False
    a, b = before[-1]
    words = [t.text for t in tokens_between(sent, a, b)]
    rx = s.deadline_rx
    return any(w in opens for w in words) or (rx is not None and rx.search(sent.text, a, b) is not None) \
        or sent.text[a:b].rstrip("，,； ").endswith(("前", "内", "末", "底"))


def _inside_object(sent: Sent, tok, pos: int) -> bool:
    """The negator ``tok`` opens a noun phrase: more than adverbs stand between it and the verb at ``pos``."""
    between = [t.text for t in tokens_between(sent, tok.end, pos) if t.text.strip()]
    adverbs = _verb_adverbs()
    return any(t not in adverbs for t in between)


def demanded(s: DemandSettings, sent: Sent, pos: int) -> bool:
    """A demand marker before ``pos`` or a deadline in the sentence, or the sentence stands in a form's note
    (注：……；各县（市、区）参训人员报名时，另附……报告): a note of a 回执 or 报名表 tells its filler what to do."""
    if (judged := _JUDGED.match(sent.text, sent.start)) is not None and judged.end() <= pos:
        return False  # 会议认为，……街道工作人员每月要花两到三天整理填报: a finding told, no one is asked
    markers = set(s.demand_markers)
    if any(t.text in markers and not _noun_requirement(sent, t) for t in sent.tokens if sent.start <= t.start and t.end <= pos):
        return True
    rx = s.deadline_rx
    # (各市每年报送的养护计划与……一致: a time inside a relative clause describes the papers, it sets no deadline)
    return (rx is not None and any(sent.text[m.end():m.end() + 1] != "的"
                                   for m in rx.finditer(sent.text, sent.start, sent.end))) \
        or _FORM_NOTE.match(sent.text) is not None


# a sentence opening with what someone judged or found (会议认为，; 调研发现，; 基层反映，): it tells a finding
_JUDGED = re.compile(r"[\s\u3000]*[^，。；：:,;]{0,12}?(?:认为|发现|反映|表明|显示|了解到)[，：:,]")

# 该项备案要求执行三年来, 上述要求落实后: 要求 heading a noun phrase a determiner opens is the requirement talked about
_DETERMINED = re.compile(r"(?:该项|这项|此项|该条|这条|这一|这些|上述|以上|前述)[\u4e00-\u9fff]{0,6}$")


def _noun_requirement(sent: Sent, t) -> bool:
    """The token ``t`` is 要求 as a noun a determiner opens (该项备案要求执行三年来): no one is asked anything."""
    if t.text != "要求":
        return False
    ca, _cb = clause_of(sent, t.start)
    return _DETERMINED.search(sent.text, ca, t.start) is not None


_FORM_NOTE = re.compile(r"[\s\u3000]*(?:注|备注|填表说明|填报说明)[：:]")


def channel_switch(s: DemandSettings, sent: Sent, pos: int, points) -> bool:
    """The submission at ``pos`` only says which channel replaces one the sentence drops: 执行报告统一通过
    ××平台提交，不再要求报送纸质材料.  Another submission point of the sentence is negated, and this one
    has no deadline and no marker but a channel marker (统一); 请于7月10日前通过平台提交……，不再报送纸质材料
    still asks."""
    if not s.channel_markers or not any(a != pos and negated(s, sent, a) for a, _b, _w in points):
        return False
    markers, channel = set(s.demand_markers) - set(s.channel_markers), set(s.channel_markers)
    before = [t.text for t in sent.tokens if sent.start <= t.start and t.end <= pos]
    if any(t in markers for t in before):
        return False
    if not any(t in channel for t in before):
        return False  # 通过××系统在线填写调度表，……不再另行报送纸质材料: the form is asked for here, by its channel
    rx = s.deadline_rx
    return rx is None or rx.search(sent.text, sent.start, sent.end) is None


def route_waived(sent: Sent, at: int) -> bool:
    """The channel named at ``at`` is one the clause drops: 不再另行报送市政府办公室, 不经市政府办公室, 无需经办公厅
    转呈 -- the material goes past it, not through it (GW107: 专报直接呈送市政府主要领导，不再另行报送市政府办公室)."""
    from .negation import waiver_before

    ca, _cb = clause_of(sent, at)
    return waiver_before(sent.text, at, ca, forbidding=True, reach=14) is not None


def channel_named(sent: Sent, after: int, channel_words, own_before, separate_leads) -> bool:
    """The sentence names a government office as the channel (``channel_words``: 办公厅, 办公室), not the issuer's own
    office (``own_before``: 由局办公室汇总后……), nor one in a later clause of its own after the leader at ``after``
    (直接报送分管副省长，同时抄送省政府督查室: a copy beside the route, the leader still gets it first), nor one the
    clause drops (:func:`route_waived`)."""
    own = tuple(own_before)
    leads = tuple(separate_leads)
    body = sent.body
    for w in channel_words:
        k = body.find(w)
        while k >= 0:
            at = sent.start + k
            copied = at >= after and ("抄" in sent.text[after:at] or bool(leads) and sent.text[
                clause_of(sent, at)[0]:].lstrip(" \u3000").startswith(leads))  # ……（抄送省政府办公厅）, 同时报……
            if not (own and body[:k].endswith(own)) and not copied and not route_waived(sent, at):
                return True
            k = body.find(w, k + 1)
    return False


def names_channel(text: str, channel_words, own_before) -> bool:
    """``text`` (a doer's name: 区政府办公室) is a government office, the channel itself, not the issuer's own
    office (局办公室)."""
    own = tuple(own_before)
    # every occurrence, as channel_named reads them (局办公室、区政府办公室: the second is the channel)
    return any(not (own and text[:m.start()].endswith(own))
               for w in channel_words for m in re.finditer(re.escape(w), text))


_PLACE_ENDS = "省市州县区旗"


def place_start(sent: Sent, a: int) -> int:
    """Start of the place's name when a leader word at ``a`` opens inside it: 柳州市人民政府主要领导,
    广西壮族自治区人民政府分管副主席, 自治区分管领导 (the match begins at 市/区)."""
    for t in sent.tokens:
        if t.start < a < t.end:
            # the token holds the place before it (柳州市, 自治区, or 江西省人民政府 as one word)
            if sent.text[a] in _PLACE_ENDS and all("\u4e00" <= ch <= "\u9fff" for ch in sent.text[t.start:a]):
                return t.start
            break
    return a



def submitters(sent: Sent, verb: int) -> list:
    """Units that submit at ``verb``: those named before it in its sentence; else, when the sentence opens with
    the very thing the sentence before it ends with (……每周五形成重点项目建设快报。快报径送市长), the units of
    that sentence, which produce it and so send it."""
    from .units import find_units

    by = find_units(sent.text[sent.start:verb])
    if by:
        return by
    toks = [t for t in sent.tokens if sent.start <= t.start < verb]
    back = _back_references()
    while toks and toks[0].text in back:
        toks.pop(0)  # 上述专报, 该快报: the thing pointed back to
    head = toks[0] if toks else None
    if head is None or len(head.text) < 2:
        return []
    a = sentence_start(sent.text, sent.start - 1)
    prev = sent.text[a:sent.start].rstrip(" \u3000。；！？")
    return find_units(prev) if a < sent.start and prev.endswith(head.text) else []


def done(s: DemandSettings, sent: Sent, pos: int, end: int) -> bool:
    """The word at ``pos``–``end`` tells what was done, not what is asked: 各地已于2月底前
    报送了申报材料 (a done-marker earlier in its clause, with no 的 and no demand marker
    between, or 了 right after it); 要将已完成的情况报送 is still a demand."""
    if s.done_after and sent.text.startswith(tuple(s.done_after), end):
        return True
    if not s.done_markers:
        return False
    ca, _cb = clause_of(sent, pos)
    # a fresh modal (要, 请, 须, 要求) opens a demand again; adverbs (按时, 及时) do not
    marks, opens = set(s.done_markers), set(s.reset_modals) | {"要求", "责成"}
    toks = tokens_between(sent, ca, pos)
    for i, t in enumerate(toks):
        if t.text in marks:
            rest = toks[i + 1:]
            # 已有9个市报送 tells what was done; 要在已有基础上报送 does not
            if t.text.endswith("有") and not (rest and _COUNT.match(rest[0].text)):
                continue
            if not any(x.text == "的" or x.text in opens for x in rest):
                return True
    return False


def deadline(s: DemandSettings, sent: Sent, verbs=("报送", "上报", "填报")) -> str:
    """The sentence's deadline as a phrase (于3月20日前; 每月5日前), or ""."""
    rx = s.deadline_rx
    m = rx.search(sent.text, sent.start, sent.end) if rx is not None else None
    if not m:
        return ""
    d = m.group(0)
    if "截止" in d:  # ……报送省厅，截止时间为7月10日: the date after it
        date = re.match(r"[^，。；、]{2,16}", sent.text[m.end():sent.end].lstrip(" \u3000"))
        return "于" + date.group(0).removesuffix("前") + "前" if date else ""
    return as_deadline(d, verbs)


def as_deadline(d: str, verbs=("报送", "上报", "填报")) -> str:
    """A time the deadline pattern found, as the message words it (7月10日前报送 → 于7月10日前; 每季度末)."""
    for w in verbs:
        d = d.removesuffix(w)
    # 逢节假日前1日, 定时, 隔周 stand as they are
    return d if d.startswith(("于", "在", "每", "逢", "按", "逐", "定时", "隔")) else "于" + d


def clause_starts(sent: Sent, upto: int) -> list[int]:
    """Starts of the sentence's clauses up to ``upto``."""
    return [a for a, _ in clause_spans(sent.text, sent.start, sent.end) if a <= upto]


def reported(sent: Sent, positions, own_meeting: bool = False) -> bool:
    """The words at one of ``positions`` follow “国务院要求”“《通知》指出，” (a higher
    body speaks); 按照/根据……要求 is a basis, judged by :func:`per_higher`.  ``own_meeting``: a bare 会议 is the
    issuer's own (its 纪要: 会议明确，……), no higher body."""
    from .sentences import directive_words

    rx = directive_words(own_meeting).reported
    if rx is None:
        return False
    for p in positions:
        m = rx.search(sent.text, sent.start, p)
        if m is None:
            continue
        lead = sent.text[sent.start:m.start()]
        lead = re.split(r"[，,；;。：:]", lead)[-1]
        if strip_marker(lead).startswith(_basis_leads()):
            continue
        if _basis_after_subject(lead):
            continue  # 请各县局按我局通知要求…… (the subject first): 按……通知要求 is a basis too
        return True
    return False


def _basis_after_subject(lead: str) -> bool:
    """The clause before a reporting word ends in a basis phrase after its subject (请各县（市、区）农业农村局按我局
    [通知要求]): 按<body>通知要求 names what the demand goes by, to be judged by :func:`per_higher`, not a higher
    body speaking."""
    m = _basis_tail().search(lead)
    return m is not None and m.start() > 0


@lru_cache(maxsize=1)
def _basis_tail() -> re.Pattern:
    leads = "|".join(sorted(map(re.escape, _basis_leads()), key=len, reverse=True))
    return re.compile(f"(?:{leads})(?!时|期|月|季|年|日|周|旬)[^，。；按根依遵]{{0,20}}$")


def speaks(sent: Sent, pos: int, own_meeting: bool = False) -> bool:
    """``pos`` follows a higher body's words that open its clause without a comma:
    《通知》要求各地于7月10日前报送……, 教育部明确各地……  (``own_meeting`` as for :func:`reported`)"""
    from .sentences import directive_words

    rx = directive_words(own_meeting).reported
    if rx is None:
        return False
    ca, _cb = clause_of(sent, pos)
    for t in tokens_between(sent, ca + 1, pos + 1):
        m = rx.search(sent.text, ca, t.start)
        if m is None:
            continue
        if strip_marker(sent.text[ca:m.start()]).strip(" \u3000") in _relay_leads():
            return True
    return False


def relayed(sent: Sent, pos: int, own_meeting: bool = False) -> bool:
    """:func:`reported` at a clause start up to ``pos``, or :func:`speaks` at ``pos``; ``own_meeting``: the 会议
    speaking is the issuer's own (its 纪要: 会议明确，各所每月……报送的月报……), no higher body."""
    return reported(sent, clause_starts(sent, pos), own_meeting) or speaks(sent, pos, own_meeting)


def except_spans(sent: Sent) -> list[tuple[int, int]]:
    """除…外 spans of the sentence (paragraph offsets): what they name is excluded."""
    return [m.span() for m in _EXCEPT.finditer(sent.text, sent.start, sent.end)]


# what may follow a higher body's name in 按<body>……要求 for the body's own notice: 按环保部通知要求, 按照省厅文件有关要求
_HIGHER_NOTICE = re.compile(r"(?:的)?(?:有关|相关)?(?:通知|文件|来函|函)(?:精神)?(?:的)?(?:有关|相关)?")


def per_higher(sent: Sent, pos: int, issuer_level: str, per_rx: re.Pattern | None,
               higher: tuple[str, ...], own: tuple[str, ...], relative: dict | None = None,
               relative_departments: dict | None = None) -> bool:
    """按照<上级机关或法规>要求 before ``pos``: the issuer passes a higher body's demand on.

    ``higher`` names higher authorities (国务院, 省委 …); ``own`` marks the issuer's own
    text (本通知, 附件格式): 按照本通知要求 is still the issuer's demand; ``relative`` maps a
    government named without its region (市政府) to its level, ``relative_departments`` a department so named
    (省厅, 市局) to its level: it is higher only above the issuer's level."""
    from .units import find_units, level_rank

    if per_rx is None:
        return False

    def outranks(u) -> bool:
        # a government (or its office, or the party) at the issuer's level or above, or any
        # body above it: 省政府, 省委办公厅, 财政部, 农业农村部
        if u.kind in ("government", "government_office", "party") and level_rank(u.level) <= level_rank(issuer_level):
            return True
        return level_rank(u.level) < level_rank(issuer_level)

    def lead_unit(text: str):
        return next((u for u in find_units(text) if u.start == 0), None)

    for m in per_rx.finditer(sent.text, sent.start, pos):
        whose = m.group("whose") if "whose" in per_rx.groupindex and m.group("whose") else m.group(0)
        bare = re.sub(r"《[^》]*》", "", whose)
        for title in re.findall(r"《([^》]+)》", whose):
            if re.search(r"(?:法|条例)$", title) or title.startswith(higher):
                return True
            # 《财政部关于……的通知》: the body that issued the cited document
            if any(u.start == 0 and outranks(u) for u in find_units(title)):
                return True
            # the issuers are all the title holds before 关于, jointly issued ones too (《中共河北省委办公厅
            # 河北省人民政府办公厅关于……的实施意见》, 《中共××市委 ××市人民政府关于……》)
            head = title.split("关于", 1)[0] if "关于" in title else ""
            if head and (any(h in head for h in higher) or any(outranks(u) for u in find_units(head))):
                return True
        if any(h in bare for h in higher):
            return True
        if any(w in bare and level_rank(lv) <= level_rank(issuer_level) for w, lv in (relative or {}).items()):
            return True
        # 按环保部通知要求, 按省农业厅文件要求, 按省厅通知要求: the notice named is the higher body's own (本通知,
        # 我局通知, 上级通知 are not)
        lead = lead_unit(bare)
        if lead is not None and outranks(lead) and _HIGHER_NOTICE.fullmatch(bare, lead.end - lead.start):
            return True
        short = next((w for w in (relative_departments or {}) if bare.startswith(w)), None)
        if short is not None and level_rank(relative_departments[short]) < level_rank(issuer_level) \
                and _HIGHER_NOTICE.fullmatch(bare, len(short)):
            return True
        if any(w in bare for w in own):
            continue
        if any(outranks(u) for u in find_units(bare)):
            return True
    return False


# a purpose clause in which the issuer hands the collected papers on upwards (以便我局及时汇总上报省农业厅)
_PASSED_UP = re.compile(r"(?:以便|便于|以利于?|由)(?P<self>[^，。；]{1,4}?)(?:及时|统一|尽快|按时|按期|集中)?(?:汇总|整理|审核|核实)*(?:后)?"
                        r"(?:及时|统一|尽快|按时|按期|集中)?"
                        r"(?:上报|报送|报|呈报|转报)(?:至|给|到)?(?P<to>[^，。；]{2,20})")


_LEVEL_SELF = re.compile(r"[省市州盟县区旗][厅局委办]")


def passed_up(sent: Sent, pos: int, issuer_level: str, self_refs: tuple[str, ...]) -> bool:
    """After ``pos`` the sentence says the issuer collects what is submitted to hand it on to a body above it
    (……报送我局，以便我局及时汇总上报省农业厅): the papers are the higher body's (only for a 转发 notice, whose
    higher body set the demand)."""
    from .units import find_units, level_rank

    for m in _PASSED_UP.finditer(sent.text, pos, sent.end):
        # (以便市局汇总审核后按时上报省水利厅: the issuer by its level's short name, 市局/县局/省厅)
        if not m.group("self").startswith(self_refs) and not _LEVEL_SELF.fullmatch(m.group("self")):
            continue
        u = next((u for u in find_units(m.group("to")) if u.start == 0), None)
        if u is not None and level_rank(u.level) < level_rank(issuer_level):
            return True
    return False

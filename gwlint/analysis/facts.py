"""Shared facts: what several rules need to know about a document, computed once.

Each function takes the :class:`~gwlint.analysis.context.Context` and caches its
answer on it.  Rules ask these instead of importing each other.

* :func:`approval_statement` — 经省政府同意 (a government at the issuer's level or above);
* :func:`preamble_matches` — the opening founds the document on a law (legal basis);
* :func:`lower_government_recipients` — 主送/抄送 governments below the issuer;
* :func:`directive_hits` — sentences ordering lower governments (各设区市人民政府要……);
* :func:`work_levels` — which lower levels carry work in the text;
* :func:`policy_measures`, :func:`listed_measures`, :func:`overall_responsibility`,
  :func:`responsibility_rows` — the measures of a policy document and who answers for them;
* :func:`length_class` — the profile's length class of the document;
* :func:`prose_lines` — the running text of the 正文 and the attachments;
* :func:`positional_marks` — punctuation that is wrong because of where it stands
  (end of the title, of an 附件 name, of a 主送 line), not because of its width.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load_toml
from ..docmemo import per_document
from . import markers as _markers  # the helpers below are asked per line or per unit: imported once
from . import tokens as _tokens
from . import units as _units
from .lexicon import lexicon as _lexicon
from .lexicon import load_data
from .literals import may_match as _may_match
from .literals import searchable  # patterns searched across paragraphs: behind their opening characters
from .negation import waiver_before
from .orgs import LEVEL_CHARACTERS as _LEVEL_CHARACTERS
from .sentences import sentence_end, sentence_start
from .widths import reading

# The data files' patterns, compiled once per process: asked by string through ``re``'s own cache of 512, which
# the analysis outgrows, so that they were evicted and compiled again (tens of ms each) while linting many drafts
_rx = lru_cache(maxsize=None)(re.compile)


def _directives() -> dict:
    return load_data("directives.toml")


def _responsibility() -> dict:
    return load_data("responsibility.toml")


# ------------------------------------------------------------ approval and legal basis
@lru_cache(maxsize=1)
def _approval_re() -> re.Pattern | None:
    pats = _directives().get("approval_patterns", [])
    return searchable("|".join(f"(?:{p})" for p in pats)) if pats else None


def approval_statement(ctx) -> tuple[int, str] | None:
    """(line, phrase) of a statement that a government at the issuer's level or above
    approved the document.  Not one: 未经省政府同意，不得…; 确需…的，须经省政府同意 (a
    condition); 经本级人民政府同意后报送 (a lower government's approval)."""
    return ctx.memo("approval_statement", lambda: _approval_statement(ctx))


def _approval_statement(ctx) -> tuple[int, str] | None:
    from .tokens import index_of
    from .units import normalize

    rx = _approval_re()
    if rx is None:
        return None
    d = _directives()
    before = tuple(d.get("approval_not_after", ()))
    after = tuple(d.get("approval_condition_after", ()))
    relative = tuple(d.get("approval_relative_words", ()))
    for ln in ctx.gw.content_lines:
        text = normalize(ctx.reading(ln))
        for m in rx.finditer(text):
            head = text[max(0, m.start() - 4):m.start()]
            # the negator or modal is a word of its own (须经, 不经), not the end of one (本纪要经……同意印发)
            if any(head.endswith(w) and index_of(text).boundary(m.start() - len(w)) for w in before) \
                    or text.startswith(after, m.end()):
                continue
            if any(w in m.group(0) for w in relative) or not _approver_ranks(ctx, m.group(0)):
                continue
            if re.search("管委会|管理委员会", m.group(0)) and not _zone_issuer(ctx.gw):
                continue  # a zone's committee approves its own departments' documents only
            return ln, m.group(0)
    return None


def _zone_issuer(gw) -> bool:
    """Every issuer belongs to a 新区/开发区 (赣江新区经济发展局, 南昌经济技术开发区农业农村局)."""
    words = tuple(_directives().get("zone_words", ()))
    return bool(gw.issuers) and bool(words) and all(any(w in o.name for w in words) for o in gw.issuers)


def _approver_ranks(ctx, phrase: str) -> bool:
    """The government named in ``phrase`` is not below the issuer (经南昌市人民政府同意 does
    not authorise a provincial department)."""
    from .units import find_units, level_rank

    issuer = ctx.gw.issuer
    if issuer is None or issuer.level in (None, "unknown"):
        return True
    levels = [u.level for u in find_units(phrase) if u.kind in ("government", "government_office", "party")
              and u.level != "unknown"]
    return not levels or min(level_rank(lv) for lv in levels) <= level_rank(issuer.level)


def opening_lines(ctx) -> list[int]:
    """The opening of the body: its first two paragraphs before any heading (为……，我委决定开展……。现将
    有关事项通知如下。), where a notice says what it is about, as its title does."""
    gw = ctx.gw
    first_heading = min((h.line for h in gw.headings if h.part == 0), default=None)
    return [ln for ln in gw.body_lines[:2] if first_heading is None or ln < first_heading]


def preamble_matches(ctx, rx: re.Pattern | None) -> bool:
    """``rx`` in the opening of the body (:func:`opening_lines`): 根据《中华人民共和国统计法》… founds the
    whole document on a law."""
    return rx is not None and any(rx.search(ctx.reading(ln)) for ln in opening_lines(ctx))


# ------------------------------------------------------------ recipients and directives
def lower_levels(unit, issuer_level: str) -> list[str]:
    """Levels below the issuer that a government unit reaches."""
    level_rank = _units.level_rank
    if unit.kind != "government":
        return []
    return [lv for lv in unit.reaches_for(issuer_level)
            if lv != "unknown" and level_rank(lv) > level_rank(issuer_level)]


def lower_government_recipients(gw, items, *, street_offices: bool = False) -> list[tuple[str, list[str]]]:
    """(recipient as written, lower levels it reaches) for government recipients below the issuer.

    ``street_offices``: also the collective of the 街道办事处 (各街道办事处), the district's agencies at
    township level -- not governments (GW104 leaves them alone), but a document sent to them reaches
    the township level all the same (GW105)."""
    from .units import classify_recipient, level_rank, street_offices as is_street_offices

    issuer = gw.issuer
    out = []
    for item in items:
        levels: list[str] = []
        for u in classify_recipient(item):
            if _locality_of_a_body(item, u):
                continue
            levels.extend(x for x in lower_levels(u, issuer.level) if x not in levels)
            # 各街道办事处经济发展科: a section of the street offices, not the offices themselves (各街道办事处、
            # 地区办事处: the offices and more)
            if street_offices and is_street_offices(u) and level_rank("township") > level_rank(issuer.level) \
                    and "township" not in levels and item[u.end:].strip(" ：:")[:1] in ("", "、", "，", "和", "及"):
                levels.append("township")
        if levels:
            out.append((item, levels))
    return out


_SHARED_PLACES = re.compile(r"^(?:、(?:[\u4e00-\u9fff]{1,8}?(?:市|州|县|区|盟|旗|镇|乡|管委会|管理委员会)|州|盟))+"
                            r"(?=[\u4e00-\u9fff])")


# …人民政府统计站 / 财政所 / 统计机构 / 便民服务中心 / 统计员: a body (or post) inside the governments, their 对口
# line (the statistics line's 统计机构, 统计员), not the governments themselves
_SHARED_ORGAN = re.compile(r"(?:、[\u4e00-\u9fff（）]{1,12}?(?:人民政府|政府|办事处))*"
                           r"[\u4e00-\u9fff]{0,8}(?:服务所|服务站|服务中心|中心|机构|所|站|科|股|(?<!人)员)[：:]?$")


def _locality_of_a_body(item: str, unit) -> bool:
    """A bare locality (各设区市, 各市, 各乡镇) that only opens the name of one of its
    bodies: 各市文化和旅游局, 各设区市住房和城乡建设局, 各乡镇农业综合服务中心 name
    bureaus and centres, not the governments."""
    # 各街道中心校 is a school as 各乡镇卫生院 is a clinic: the 街道 collective (read as the street offices) opens it too
    street = unit.kind == "department" and unit.reaches == ("township",) and "办事处" not in unit.text
    if "政府" in unit.text:
        # 各镇人民政府、街道办事处人社服务所: governments joined by 、 share the organ named after the last one
        return _SHARED_ORGAN.match(item, unit.end) is not None
    if not (unit.kind == "government" or street):
        return False
    rest = item[unit.end:]
    # 各设区市、赣江新区市场监管局: places joined by 、 share one department's name -- the places may be
    # zones run by a 管委会 (各市（州）、长白山管委会文化广电和旅游局) or bare 州, 林区 (各市、州、直管市、林区党委政法委)
    shared = _SHARED_PLACES.sub("", rest)
    if shared != rest:
        return "政府" not in shared and bool(re.search(r"(?:局|委|厅|办|部门|部|中心|站|所)$", shared))
    return bool(rest) and "\u4e00" <= rest[0] <= "\u9fff" and "政府" not in rest


def issuers_of_kinds(gw, kinds) -> bool:
    """Every issuer is of one of ``kinds`` (organisation kinds) and the issuer's level is known."""
    return bool(gw.issuers) and all(o.kind in kinds for o in gw.issuers) \
        and gw.issuer.level not in (None, "unknown")


def governs_townships(gw, recips) -> bool:
    """The issuer is a 新区/开发区 管委会 and the lower governments it writes to are only the
    townships and 街道 it governs directly: there it acts as their government (a dispatched
    agency), not as a department (issue 15 round 10)."""
    rx = _directives().get("dispatched_agency")
    if not rx or not recips or not gw.issuers or not all(re.search(rx, o.name) for o in gw.issuers):
        return False
    return all(lvs == ["township"] for _, lvs in recips)


_TOWNSHIP_OR_OWN = re.compile(r"^(?:各|所辖|辖区)?(?:街道|乡镇|镇|乡|社区)|^(?:区直|管委会|园区|新区)(?:各|有关|相关)?(?:部门|单位|局|机构)")


def governs_townships_only(gw) -> bool:
    """:func:`governs_townships` read from the 主送 as written: a 新区/开发区 管委会 writing only to its 街道、乡镇
    (各街道办事处, whose offices the government lexicon does not count as governments) and its own departments
    (区直各部门, 管委会各部门)."""
    rx = _directives().get("dispatched_agency")
    if not rx or not gw.recipient_list or not gw.issuers or not all(re.search(rx, o.name) for o in gw.issuers):
        return False
    return all(_TOWNSHIP_OR_OWN.search(r) for r in gw.recipient_list) \
        and any(re.search(r"街道|乡镇|镇|乡", r) for r in gw.recipient_list)


def department_issuer(gw) -> bool:
    """Every issuer is a government department of a known level (GW104's scope)."""
    return issuers_of_kinds(gw, ("department",))


def government_department_issuer(gw) -> bool:
    """The issuers are departments and one at least is a department of a *government* (GW104's scope, round 12
    ruling): not a 党委 department, a 人大常委会 or 政协 office, a 纪委 or a court, nor a mass organisation
    (共青团××市委员会, whose 委员会 reads as a government commission), which names alone read as departments.  A
    党委 department issuing jointly with government departments (市发改委、中共××市委社会工作部、市住建局) does not
    take the government departments' text out of the rule (round 32, real32 sc-chengdu-fangan)."""
    return bool(government_departments(gw))


def government_departments(gw) -> list:
    """The issuers that are departments of a government, when every issuer is one or a 党委 department
    (组织部, 社会工作部, 政法委) and the level is known; else none."""
    from .orgs import outside_government_system, party_body

    if not gw.issuers or gw.issuer.level in (None, "unknown"):
        return []
    gov = [o for o in gw.issuers if o.kind == "department" and not outside_government_system(o.name)]
    party = [o for o in gw.issuers if o not in gov and o.kind in ("department", "party") and party_body(o.name)
             and re.search(r"(?:部|政法委|政法委员会)$", o.name)]
    return gov if gov and len(gov) + len(party) == len(gw.issuers) else []


def _team_goes(text: str, head: int, end: int, inspected_verbs) -> bool:
    """An inspection's word stands in the sentence of a visit's lead (赴/分赴/进驻……): after the place (分赴各县
    开展督查) or before the lead, as the team that goes (督导组将分赴各县（市、区）人民政府，重点查看……)."""
    if inspected_verbs.match(text, end):
        return True
    return inspected_verbs.search(text, max(sentence_start(text, head), head - 30), head) is not None


def directive_hits(ctx, issuer_level: str) -> list:
    """(line, Directive) for sentences ordering lower governments."""
    return ctx.memo(("directive_hits", issuer_level), lambda: list(_directive_hits(ctx, issuer_level)))


def relayed_lines(gw) -> set[int]:
    """Lines of the document a 转发 notice passes on (another body's text: its
    demands are not the issuer's)."""
    if gw.forwarding != "转发" or not gw.carried_title:
        return set()
    carried = re.sub(r"[《》\s]", "", gw.carried_title)
    out: set[int] = set()
    for att in gw.attachments:
        title = re.sub(r"[《》\s]", "", att.title.text) if att.title else ""
        if title and (title in carried or carried in title):
            out.update(att.lines)
    return out


def _directive_hits(ctx, issuer_level: str):
    from .predicates import (attributive, cited_earlier, done_before, own_meetings_speak, past_demand, past_frame,
                             qualified_collectives, reported_by_other, stopped_demand)
    from .sentences import directive_words, find_directives

    from .tables import former_cells

    # 请各地周知。: told, not ordered; 原做法 | 调整后: 要求各县每月报送…… | 取消报送: a lifted demand, told
    relayed = relayed_lines(ctx.gw) | informed_lines(ctx) | former_cells(ctx)
    for ln in ctx.gw.content_lines:
        if ln in relayed:
            continue
        text = ctx.reading(ln)
        if not text.strip():
            continue
        # 各乡镇卫生院要……: a unit that qualifies a noun is no subject (by the noun's part of speech)
        subjects = [(_subject_start(ctx, ln, u), u.end) for u in (*ctx.units(ln), *qualified_collectives(ctx, ln))
                    if lower_levels(u, issuer_level) and not attributive(ctx, ln, u)]
        if subjects and "要求" in text:
            # 要求各地填写的周报表，自……起停止使用: the object of a stopped demand is no subject (and frees the
            # sentence's one directive for a later subject of its own: ……停止使用后，各县要……)
            index = ctx.index(ln)
            subjects = [(a, b) for a, b in subjects
                        if not ((t := index.ending_at(a)) is not None and t.text == "要求"
                                and stopped_demand(ctx, ln, t.start))]
        if not subjects:
            continue
        subjects = _with_companions(ctx, ln, text, subjects)
        # 会议要求，各县要……: the issuer's own meeting speaks for it (every 会议 of the line bare, opening its clause)
        words = directive_words(own_meeting=True) if own_meetings_speak(ctx, ln) else None
        for d in find_directives(text, ctx.tokens(ln), subjects, quotes=ctx.quotes(ln),
                                 sentences=ctx.sentences(ln), words=words):
            if d.trigger_start < d.subject_start and (reported_by_other(ctx, ln, d.trigger_start)
                                                      or past_demand(ctx, ln, d.trigger_start)
                                                      or stopped_demand(ctx, ln, d.trigger_start)):
                continue  # 省人民政府办公厅印发《……》，要求各市州……; 此前要求各地……; 要求……的周报表停止使用: not an order
            if cited_earlier(ctx, ln, min(d.trigger_start, d.subject_start)):
                continue  # 2024年，我厅印发《……》，……，要求各市须……: an earlier document's demand, told
            if d.trigger_start > d.subject_end and done_before(ctx, ln, d.trigger_start):
                continue  # 各申报县在申报材料中已承诺须……: a commitment already made, told, not ordered
            if d.trigger_start >= d.subject_end and past_frame(ctx, ln, d.subject_start, not d.trigger.endswith("前")):
                continue  # 2023年以来，各市每年6月底前报送……; 以往，各县须……: a past practice told, not ordered
            if _condition(ctx, ln, d):
                continue  # 试点县（市、区）应具备……: a condition of eligibility, not a task
            yield ln, d


def _condition(ctx, ln: int, d) -> bool:
    """The modal of directive ``d`` governs a predicate of having or meeting something (应具备……条件, 须符合……,
    应满足……): the sentence states what a government must be to qualify, it orders no work."""
    verbs = tuple(_directives().get("condition_verbs", ()))
    if not verbs or not d.trigger:
        return False
    text = ctx.reading(ln)
    at = d.trigger_start + len(d.trigger)
    return text.startswith(verbs, at)


def _with_companions(ctx, ln: int, text: str, subjects: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lower governments' subject spans stretched over the bodies joined to them that the issuer also
    addresses as governments (武汉市、宜昌市人民政府和武汉东湖新技术开发区管委会针对……，须……): a 新区/开发区
    管委会 named in 主送 shares the governments' predicate, so the subject ends after it, not before its 和."""
    from .predicates import companion_bodies

    bodies = companion_bodies(ctx, ln)
    if not bodies:
        return subjects
    joiners = set(_lexicon().words("subject_joiners")) - {"，"}
    out = []
    for a, b in sorted(subjects):
        for c0, c1 in bodies:
            if c0 >= b and text[b:c0] in joiners:
                b = c1
        out.append((a, b))
    return out


def _subject_start(ctx, ln: int, u) -> int:
    """Where the subject headed by ``u`` starts: at the relative clause that opens its clause and says which
    of them (仍存在矛盾图斑的各县市区人民政府，……须……; 排名靠后的设区市政府要……), else at ``u``."""
    from .predicates import relative_modifier

    r = relative_modifier(ctx, ln, u)
    if r is not None and r[1] is None:
        return r[0]
    # 4个市（州）人民政府要……, 上述3个县人民政府须……, 三县人民政府要……: a count of the units opens the subject
    m = _COUNTED.search(ctx.reading(ln), max(0, u.start - 8), u.start)
    return m.start() if m is not None else u.start


_COUNTED = re.compile(r"(?:这|上述|以上|前述|全[省市县区州盟旗]|沿[\u4e00-\u9fff]{1,2}|其余|另外)?"
                      r"[0-9０-９一二三四五六七八九十两]{1,3}个?$")


@lru_cache(maxsize=1)
def _addressed_re() -> re.Pattern | None:
    verbs = _directives().get("addressed_verbs", [])
    if not verbs:
        return None
    # 请结合本地实际，认真贯彻落实: a manner phrase (结合/立足/对照……实际/要求) may stand in a comma clause of its own
    alts = ["请(?:[^，。；：“”《》]{0,12}?(?:结合|立足|根据|按照|对照)[^，。；：“”《》]{0,14}?[，,])?[^，。；：“”《》]{0,12}?(?:%s)"
            % "|".join(map(re.escape, sorted(verbs, key=lambda w: (-len(w), w))))]
    if _directives().get("addressed_deadline"):
        alts.append(_directives()["addressed_deadline"])  # 请于7月15日前将……报送: a deadline set for the recipients
    return searchable("|".join(f"(?:{a})" for a in alts))


def addressed_directives(ctx) -> list:
    """(line, Directive) for 请……贯彻落实/遵照执行 said to the recipients without a
    subject (the closing line of an 印发 notice): an order to every recipient.  The
    Directive's subject is empty."""
    return ctx.memo("addressed_directives", lambda: list(_addressed(ctx)))


def _addressed(ctx):
    from .sentences import Directive, clause_start, directive_words, inside
    from .markers import body_start

    rx = _addressed_re()
    if rx is None:
        return
    from .predicates import fronted_object, predicate_after

    d = _directives()
    asks = directive_words().asks_views  # 请于……前反馈意见: views asked, by the request's own verb or object
    deadline = _rx(d["addressed_deadline"]) if d.get("addressed_deadline") else None
    relayed = relayed_lines(ctx.gw)
    topic = _rx(d["implicit_topic"]) if d.get("implicit_topic") else None
    own_work = _rx(d["department_own_work"]) if d.get("department_own_work") else None
    # the 主送 names bodies besides the lower governments (各县（区）人民政府，市直各部门): a subjectless 请 may
    # speak to those bodies only
    mixed = len(lower_government_recipients(ctx.gw, ctx.gw.recipient_list)) < len(ctx.gw.recipient_list)
    for ln in ctx.gw.content_lines:
        if ln in relayed:
            continue
        text = ctx.reading(ln)
        if topic is not None and "对" in text:
            # 对整改进度滞后的县（市、区），必须……: the recipients are to deal with those places
            quotes = ctx.quotes(ln)
            for s, e in ctx.sentences(ln):
                a = body_start(text) if s == 0 else s
                a += len(text[a:e]) - len(text[a:e].lstrip(" \u3000"))
                m = topic.match(text[:e], a) or _lower_government_topic(ctx.gw, text[:e], a)
                if m is not None and not inside(a, quotes):
                    yield ln, Directive(s, e, "", m.start("modal"), m.start("modal"), m.group("modal"), m.start("modal"))
        if "请" not in text:
            continue
        index, quotes = ctx.index(ln), ctx.quotes(ln)
        for s, e in ctx.sentences(ln):
            for m in rx.finditer(text, s, e):
                a = m.start()
                t = index.starting_at(a)
                if t is None or t.text != "请" or inside(a, quotes):
                    continue
                if deadline is not None and deadline.fullmatch(m.group()) and not predicate_after(ctx, ln, m.end()):
                    continue  # 请于7月1日前: a deadline, and a predicate of the recipients after it in its clause
                c = clause_start(text, a, s)
                c = body_start(text, c) if c == s else c
                if text[c:a].strip(" \u3000") and not fronted_object(ctx, ln, c, a):
                    continue  # 请 opens its clause, or only the object fronted as its topic comes first (整改结果请于……前报送)
                if any(a < u.start < m.end() for u in ctx.units(ln)) or asks(text[a:e]):
                    continue
                if own_work is not None and mixed and own_work.search(text, a, e):
                    continue  # 主送 governments and departments, 请……更新本部门……: the departments' own data
                yield ln, Directive(s, e, "", a, a, "请", a)
                break


_TOPIC = re.compile(r"对(?P<topic>[^，。；：“”]{1,40}?)，(?:还|也|均|都|并|切实)?(?P<modal>必须|务必|要|须|一律|严禁|不得|应当|应)")


def _lower_government_topic(gw, text: str, a: int):
    """对逾期未完成整改的旗区（县、区），必须……: the topic fronted by 对 names places of the levels below the issuer
    (its head noun after the last 的, read as a collective of governments whole), so the governments are the doers
    of the modal clause; 对……的企业，必须…… names a third party, 对……的县区，市局将…… the issuer's own act."""
    m = _TOPIC.match(text, a)
    if m is None or gw.issuer is None:
        return None
    head = m.group("topic").rsplit("的", 1)[-1].strip(" \u3000")
    if not head or head.startswith("各") or len(head) > 12:
        return None
    probe = "各" + head
    # the collective read whole, or with a bracketed list of its levels after it (旗区（县、区）)
    units = [u for u in _units.classify_recipient(probe)
             if u.start == 0 and (u.end == len(probe) or re.fullmatch(r"[（(][^（）()]{1,8}[）)]", probe[u.end:]))]
    return m if any(lower_levels(u, gw.issuer.level) for u in units) else None


# collectives that name every recipient of the document (各单位要严格按照清单履职)
# or every unit the document charges (各责任单位要……): the lower governments it is sent to may be among them
_RECIPIENTS_AS_A_WHOLE = frozenset({"各单位", "各部门各单位", "各级各单位"})
# points back to the units the document names (责任单位 tags, a project list): counted where they are
# named; only a document that names none leaves it meaning the recipients as a whole
_NAMED_ELSEWHERE = frozenset({"各责任单位"})


def _unburdened_by(d: dict):
    """Whether a line says those evaluated have nothing to do (数据分析方式, 依据平台数据; a burden verb
    waived: 不到现场, 无需各设区市报送材料, 不必准备汇报材料), or None when the data say nothing."""
    rx = searchable(d["inspection_no_burden"]) if d.get("inspection_no_burden") else None
    verbs = d.get("inspection_burden_verbs")
    burden = re.compile("|".join(map(re.escape, verbs))) if verbs else None
    if rx is None and burden is None:
        return None

    def says(text: str) -> bool:
        return (rx is not None and rx.search(text) is not None) or (burden is not None and any(
            waiver_before(text, m.start(), recipient=True, forbidding=True) for m in burden.finditer(text)))
    return says


def work_levels(ctx, issuer_level: str, until: int | None = None) -> tuple[bool, set[str]]:
    """(document assigns work, lower levels that carry some of it).

    A level carries work when a unit of that level is the subject of a clause
    with a task predicate (各地要……, 由各设区市负责……, notes), the subject of a
    directive sentence, or the object of a pivot verb that hands it a task
    (督促各地……, 指导市县……, 请各设区市……).  A level that is only mentioned
    (各地经验, 全省各地) does not.

    ``until``: a level rank that settles the question for the caller: the reading stops as soon as it has
    found work and a working level of that rank or deeper (both only grow as the reading goes on, so no later
    line can change an answer that depends only on them: GW105 asks whether any level it sends to lies below
    the deepest working one).  The levels returned are then a part of the full answer."""
    return ctx.memo(("work_levels", issuer_level, until), lambda: _work_levels(ctx, issuer_level, until))


def unresolved_mentions(ctx, issuer_level: str) -> list:
    """(line, unit) of the lower governments the issuer names in its own words whose part no reading of
    :func:`work_levels` decided: not a doer, an object handed work, inspected, waived, past or reported, nor a
    word qualifying another noun (对14个市州人民政府按季度开展擂台赛; 涉及乡镇的问题……帮助制定整改措施; 赤湖镇……负责).
    GW105 says a level has no work only where the text places it; a mention left unread leaves that open."""
    def find() -> list:
        sink: list = []
        _, levels = _work_levels(ctx, issuer_level, None, sink)
        # a bare township the readings did place (街道无需准备汇报材料: a duty lifted) works where the first reading,
        # blind to it, found nothing
        extra = levels - work_levels(ctx, issuer_level)[1]
        return sink + [(0, _units.Unit(lv, 0, 0, lv, "government", lv, False, (lv,),
                                                                        False, "bare")) for lv in sorted(extra)]
    return ctx.memo(("unresolved_mentions", issuer_level), find)


def _bare_township_units(ctx, ln: int, text: str) -> list:
    """乡镇, 街道, 镇街 without 各 and a named town (赤湖镇、……; 塘头镇镇长): the township collective or one township,
    which the unit reading leaves out; read only where townships are sent the document."""
    from .units import Unit

    rx = _bare_township_re()
    if rx is None:
        return []
    taken = [(u.start, u.end) for u in ctx.units(ln)]
    out = []
    for m in rx.finditer(text):
        g = "unit" if m.group("unit") else "named"
        a, b = m.span(g)
        if any(s <= a < e or s < b <= e for s, e in taken):
            continue
        out.append(Unit(m.group(g), a, b, m.group(g), "government", "township", False, ("township",), False, "bare"))
    return out


@lru_cache(maxsize=1)
def _bare_township_re() -> re.Pattern | None:
    d = _directives()
    return searchable(d["bare_townships"]) if d.get("bare_townships") else None


_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
# an event's travel and lodging: what 各单位 are asked there concerns those who attend
_TRAVEL = re.compile(r"交通|食宿|住宿|乘车|用车|报到|集合|到达|着装")
_OBJECT_JOINS = frozenset({"和", "、", "及", "以及", "与"})
# after a collective read from a bare level word: the word is part of another body's name (市直部门, 县级财政)
_OTHER_BODY = re.compile(r"[直属级委局办厅]|部门|单位")


def _work_levels(ctx, issuer_level: str, until: int | None = None, unread: list | None = None) -> tuple[bool, set[str]]:
    from . import work
    from .divisions import elsewhere, province_of
    from .orgs import own_level_word
    from .predicates import (attributive, others_words, past_demand, pivot_verbs, possessed_submission,
                             qualified_collectives, relative_modifier, reported_by_other)
    from .units import find_units, level_rank, responsible_units

    pivots = pivot_verbs()
    d = _directives()
    task_pivots = frozenset(d.get("task_pivots", []))
    attributives = frozenset(d.get("pivot_attributives", []))
    object_rx = searchable(d["object_phrase"]) if d.get("object_phrase") else None
    heads_rx = searchable(d["object_headings"]) if d.get("object_headings") else None
    inspected_lead = searchable(d["inspected_lead"]) if d.get("inspected_lead") else None
    inspected_verbs = searchable(d["inspected_verbs"]) if d.get("inspected_verbs") else None
    # read on the characters before the body: 对部分|县（区）人民政府, 对全省|183|个|县…: not one token
    inspected_text = searchable(d["inspected_lead_text"]) if d.get("inspected_lead_text") else None
    visited_text = searchable(d["visited_lead_text"]) if d.get("visited_lead_text") else None
    contest = searchable(d["contest_after"]) if d.get("contest_after") else None
    partner_lead = searchable(d["partner_lead"]) if d.get("partner_lead") else None
    partner_after = searchable(d["partner_after"]) if d.get("partner_after") else None
    # 会同沿湖各县（区）人民政府: a word limiting the collective stands between the verb and the body
    scope_rx = searchable(d["subject_scope"]) if d.get("subject_scope") else None
    # 评估结果将用于指导各地……: a purpose of the issuer's own work, no task handed to 各地
    purpose_leads = frozenset(d.get("pivot_purpose_leads", []))
    # 任务分解到各市州, 指标下达到各县: the bodies work is split among (a verb of distributing + 到/至/给 right
    # before the unit)
    distributed = _rx(d["distributed_to"] + "$") if d.get("distributed_to") else None

    def distributed_to(text: str, head: int) -> bool:
        m = distributed.search(text[max(0, head - 8):head]) if distributed is not None else None
        if m is None:
            return False
        w = waiver_before(text, max(0, head - 8) + m.start(), forbidding=True)
        return w is None or w.kind == "lifting"  # 不得分解到乡镇: nothing handed to them
    # 通报表扬桂林市人民政府: the recipients praised or criticised by name are concerned by the 通报
    praised = searchable(d["praised_after"]) if d.get("praised_after") else None
    # 评估采取数据分析方式，不到现场: those evaluated have nothing to prepare or do
    unburdened = _unburdened_by(d)
    ranked = searchable(d["inspection_ranked"]) if d.get("inspection_ranked") else None
    # 不排名、不通报，也不纳入年度考核: a ranking waived is none
    # ranked/reported somewhere the waiver does not reach (不排名……但通报结果: ranked)
    waivers = [waiver_before(text, m.start(), reach=10, forbidding=True) is not None
               for ln in ctx.gw.content_lines for text in (ctx.reading(ln),)
               for m in (ranked.finditer(text) if ranked is not None else ())]
    # 打分, 评分: the evaluators' method; it judges those evaluated only where no ranking or report is waived in words
    # (……围绕8个方面打分。……结果不排名、不通报: the scores rank nobody)
    scored = searchable(d["inspection_scored"]) if d.get("inspection_scored") else None
    if not waivers and scored is not None:
        waivers = [waiver_before(text, m.start(), reach=10, forbidding=True) is not None
                   for ln in ctx.gw.content_lines for text in (ctx.reading(ln),) for m in scored.finditer(text)]
    # rules.md GW105: those evaluated are idle where the text says they need do nothing and nothing is ranked
    # (不排名、不通报); an inspection judges those it inspects, so there silence on ranking is no waiver
    judging = searchable(d["inspection_judging"]) if d.get("inspection_judging") else None

    def judges() -> bool:
        return judging is not None and (judging.search(ctx.gw.title.text if ctx.gw.title else "") is not None
                                        or any(judging.search(ctx.reading(ln)) for ln in ctx.gw.content_lines))
    no_burden = unburdened is not None and all(waivers) and any(unburdened(ctx.reading(ln))
                                                                for ln in ctx.gw.content_lines) \
        and (bool(waivers) or not judges())
    ranked_doc = not all(waivers)
    institutions = searchable(d["institution_subjects"]) if d.get("institution_subjects") else None
    non_government = re.compile(d["non_government_units"]) if d.get("non_government_units") else None
    # the heading a line is under: the first of the headings on the greatest line before it, found by
    # bisection over their lines (a scan of every heading per line grew with lines × headings)
    first_head: dict = {}
    for x in ctx.gw.headings:
        first_head.setdefault(x.line, x)
    head_lines = sorted(first_head)

    def in_object_section(ln: int) -> bool:
        if heads_rx is None:
            return False
        k = bisect_left(head_lines, ln)
        if not k:
            return False
        h = first_head[head_lines[k - 1]]
        return bool(heads_rx.search((h.title or "").strip("。：: ")))

    # a table cell or a label line (督导对象 | 全县19个乡镇人民政府, one cell per line in text): the cell after it
    # names the objects as a section under the heading would
    label_objects: set[int] = set()
    if heads_rx is not None:
        lines = ctx.gw.content_lines
        for prev, ln in zip(lines, lines[1:]):
            t = ctx.reading(prev).strip(" \u3000：:")
            m = heads_rx.search(t) if len(t) <= 8 else None
            # 比拼对象, 帮扶对象: whatever word names the act before 对象/范围, the label is one word of its own
            if m is not None and (m.start() == 0 or _LABEL_WORD.fullmatch(t, 0, m.start())):
                label_objects.add(ln)

    assigns = False
    levels: set[str] = set()

    def settled() -> bool:  # the caller's question is answered: nothing read later can change it
        return until is not None and assigns and any(level_rank(lv) >= until for lv in levels)

    gw = ctx.gw
    # 各单位要……: the recipients as a whole, lower governments among them included
    everyone = {lv for _, lvs in lower_government_recipients(gw, [*gw.recipient_list, *gw.cc_list], street_offices=True)
                for lv in lvs} \
        if gw.issuer is not None else set()

    main_levels: list[set[str]] = []

    def addressed() -> set[str]:
        """The lower levels the 主送 reaches: a team going there (赴各街道开展督查) inspects those addressed."""
        if not main_levels:
            main_levels.append({lv for _, lvs in lower_government_recipients(gw, gw.recipient_list, street_offices=True)
                                for lv in lvs} if gw.issuer is not None else set())
        return main_levels[0]

    done_levels: list[set[str]] = []

    def fulfilled() -> set[str]:
        """The lower levels the document tells as having done something (14个市州已全部完成排查; 各市均已建立)."""
        if not done_levels:
            done: set[str] = set()
            for ln in gw.content_lines:
                text = ctx.reading(ln)
                for u in [*find_units(text), *_counted_places(text)]:
                    if _told_done(ctx, ln, text, u):
                        done.update(u.reaches_for(issuer_level))
            done_levels.append(done)
        return done_levels[0]

    named: list[bool] = []

    def names_units() -> bool:
        if not named:
            named.append(any(not u.generic and u.kind in ("department", "government")
                             for ln in gw.content_lines for u in ctx.units(ln)))
        return named[0]

    own_name = gw.issuer.name if gw.issuer is not None else None

    home = province_of(own_name) if own_name else None
    dept_issuer = gw.issuer is not None and gw.issuer.kind == "department"

    own_collective = searchable(d["own_collective_lead"]) if d.get("own_collective_lead") else None

    def add(u, ln: int | None = None, before: str = "") -> None:
        """Read the unit ``u`` of line ``ln`` (None: a table's, the title's, a probe's) as carrying work."""
        if own_name and u.text == own_name:
            return  # 漳州市人民政府将……in its own notice: the issuer, not a county-level city
        if u.source == "division" and elsewhere(u.text, home):
            return  # a bare place of another province (对口支援的喀什地区): none of the issuer's lower governments
        if u.text in _RECIPIENTS_AS_A_WHOLE and own_collective is not None and own_collective.search(before):
            return  # 省政府直属各单位, 市直各单位: the issuer's own level's bodies, not the recipients as a whole
        if u.text in _RECIPIENTS_AS_A_WHOLE and ln is not None and attendees_travel(ctx.reading(ln)):
            return  # 请各单位自行安排交通 to an event only own-level units attend: those who attend travel
        if u.text in _RECIPIENTS_AS_A_WHOLE or (u.name in _NAMED_ELSEWHERE and not names_units()):
            # (各牵头单位, 各成员单位: the same back-reference as 各责任单位)
            levels.update(everyone)
            return
        if u.kind == "department" and non_government is not None and non_government.search(u.text):
            return  # 区属各医疗卫生单位, 各市场监管所: institutions and stations have the work, no lower government
        if dept_issuer and u.kind == "department" and u.reaches != ("township",):
            # a department writes to its counterparts (请各地商务主管部门……): their work is no work of the
            # lower governments it also sends the document to -- those should not get it (round 11);
            # the 街道办事处 stand for the township level itself
            return
        for lv in u.reaches_for(issuer_level):
            if u.source == "named" and lv == "city" and level_rank(issuer_level) >= level_rank("city"):
                lv = "county"  # 诸城市、寿光市人民政府 named by 潍坊: county-level cities
            if lv != "unknown" and level_rank(lv) > level_rank(issuer_level):
                levels.add(lv)

    townships = searchable(d["township_subjects"]) if d.get("township_subjects") else None
    # 由市县两级按比例分担, 县级要……, 属地政府负责……: a level named by its short form ("属地": every level sent to)
    abbreviated = searchable(d["abbreviated_subjects"]) if d.get("abbreviated_subjects") else None
    abbreviated_levels = d.get("abbreviated_levels", {})
    # 所需经费纳入县级财政预算: the county budgets it, the county has work
    lower_plans = searchable(d["lower_plans"]) if d.get("lower_plans") else None
    own_level = searchable(d["own_level_subjects"]) if d.get("own_level_subjects") else None
    # 县级：负责……; a table's 市级 | 负责…… row or 旗县级 column: the duties listed under a level's label
    level_label = re.compile(d["level_labels"]) if d.get("level_labels") else None
    label_levels = d.get("level_label_levels", {})
    last_line = max(ctx.gw.content_lines, default=0)
    own_word = own_level_word(own_name, issuer_level) if own_name else None  # 省 of 省级各部门 in a province's notice
    informed = informed_lines(ctx)
    # 开展……先进县（市、区）评比, 评选……示范乡镇: the collectives competing are judged by the document
    # (每个设区市推荐……, 每个县（市、区）要……: each of them tasked, as 各 would say; 每个县（市、区）随机抽查…… only in a
    # 督查 or 考核 document: elsewhere the places are where samples are drawn, the issuer's own work)
    supervising = bool(d.get("supervision_title")) and gw.title is not None \
        and re.search(d["supervision_title"], gw.title.text) is not None
    contested = [searchable(d[k]) for k in ("contested_collectives", "contested_titles", "distributed_collectives",
                                            *(("distributed_sampled",) if supervising else ())) if d.get(k)]

    def add_contested(text: str) -> None:
        # (获评“无废示范镇街”的, 评选设……示范乡镇: the title after the verb names them as well)
        for m in (m for rx in contested for m in rx.finditer(text)):
            for u in find_units("各" + m.group("unit")):
                add(u)

    # 组织所辖县（市、区）逐村摸排: a collective without 各, narrowed by 所辖, handed a task by a pivot verb
    governed = searchable(d["governed_collectives"]) if d.get("governed_collectives") else None

    inspected_bare = searchable(d["inspected_collectives"]) if d.get("inspected_collectives") else None

    def add_inspected(text: str) -> None:
        """对12个县区的……进行考核, 督导结果按乡镇排名: a collective without 各 judged by the document."""
        if inspected_bare is None or judging is None or no_burden or not ranked_doc:
            return  # 对全区22个县（区）……进行评估 and nothing ranked: the places qualify the matter evaluated
        for m in inspected_bare.finditer(text):
            a, b = sentence_start(text, m.start()), sentence_end(text, m.end())
            if judging.search(text, a, b) is None and (ranked is None or ranked.search(text, a, b) is None):
                continue
            probe = "各" + m.group("unit")
            for u in find_units(probe):
                if u.start == 0 and u.kind == "government" and not _OTHER_BODY.match(probe, u.end):
                    add(u)

    def add_governed(ln: int, text: str) -> bool:
        found = False
        for m in governed.finditer(text) if governed is not None else ():
            if waiver_before(text, m.start(), forbidding=True) is not None or reported_by_other(ctx, ln, m.start()) \
                    or past_demand(ctx, ln, m.start()):
                continue  # 不得要求所辖县……, 此前要求辖区……: nothing handed to them here
            probe = "各" + m.group("unit").removeprefix("各")
            for u in find_units(probe):
                # 各县级政府: the unit is 县级政府; not 各市|直部门 (a level word of another body's name)
                if u.start <= 1 and u.kind == "government" and not _OTHER_BODY.match(probe, u.end):
                    before = len(levels)
                    add(u)
                    found = found or len(levels) > before
        return found

    def add_bare(ln: int, text: str) -> bool:
        found = False
        for u in bare_pivot_units(ctx, ln):
            before = len(levels)
            add(u)
            found = found or len(levels) > before
        return found

    quota_listed: list[bool] = []

    def listed_attendees(ln: int, text: str) -> bool:
        """Line ``ln`` is an attendance label (参训人员：各单位……) of an event notice whose quota table names the
        units that attend, all of the issuer's level or outside (work.own_level_attendance)."""
        from .attendance import inline_label

        if not inline_label().search(text):
            return False
        if not quota_listed:
            quota_listed.append(bool(work.quota_rows(ctx)) and work.own_level_attendance(ctx, issuer_level))
        return quota_listed[0]

    own_event: list[bool] = []

    def attendees_travel(text: str) -> bool:
        """请各单位自行安排交通 in the notice of an event only units of the issuer's level or firms attend: the
        attending units travel, no recipient below (work.own_level_attendance)."""
        if _TRAVEL.search(text) is None:
            return False
        if not own_event:
            own_event.append(work.own_level_attendance(ctx, issuer_level))
        return own_event[0]

    add_contested(gw.title.text if gw.title is not None else "")
    for ln in ctx.gw.content_lines:
        if settled():
            return assigns, levels
        text = ctx.reading(ln)
        if not text.strip() or ln in informed:
            continue
        add_contested(text)
        add_inspected(text)
        assigns = add_governed(ln, text) or assigns
        assigns = add_bare(ln, text) or assigns
        if townships is not None and level_rank("township") > level_rank(issuer_level) \
                and townships.search(text):
            assigns = True
            levels.add("township")  # 各村要……: organised by the townships
        for m in abbreviated.finditer(text) if abbreviated is not None else ():
            named_levels = abbreviated_levels.get(m.group("unit"), _tier_levels(m.group("unit")))
            for lv in (named_levels or everyone) if named_levels is not None else ():
                if level_rank(lv) > level_rank(issuer_level):
                    assigns = True
                    levels.add(lv)
        m = level_label.match(text.strip()) if level_label is not None and len(text.strip()) < 120 else None
        if m is not None and (m.end() < len(text.strip()) or ln < last_line):
            for lv in label_levels.get(m.group("unit"), ()):
                if level_rank(lv) > level_rank(issuer_level):
                    assigns = True
                    levels.add(lv)
        for lv in _incorporating_levels(ctx, ln, text, lower_plans):
            if level_rank(lv) > level_rank(issuer_level):
                assigns = True
                levels.add(lv)
        m = own_level.search(text) if own_level is not None else None
        if m is not None and m.group("grade") in (None, own_word):
            assigns = True  # 市直部门报送……应当……, 省级各部门……自查: work, at the issuer's own level
        if institutions is not None and institutions.search(text):
            assigns = True  # 区属各中小学于……报送: work, for the schools or hospitals addressed, no government's
        # 《条例》规定，县级人民政府应当……: a subject inside another body's words (quoted or reported) is no doer
        # of this document's work -- the predicate reading's verdict, whichever reader found it
        # (a duty so quoted of the recipients' own level reminds them of it: they are concerned)
        label_end = work.run_in_label_end(ctx, ln, text)  # 四、属地配合。……: 属地 names the topic
        actors = [u for u in responsible_units(text, include_generic=True) if u.start >= label_end
                  and (not others_words(ctx, ln, u.start) or everyone.intersection(u.reaches_for(issuer_level)))]
        if actors:
            assigns = True
        for u in actors:
            if u.text in _RECIPIENTS_AS_A_WHOLE and listed_attendees(ln, text):
                continue  # 参训人员：各单位……，名额分配见附件: the units of the quota table, not every recipient
            add(u, ln)
        index = ctx.index(ln)
        objects = in_object_section(ln) or ln in label_objects
        for u in _counted_objects(text, object_rx):
            add(u, ln)  # 暗访的对象是全旗13个苏木镇: the places counted are the lower governments the document is about
        last_object = None  # end of the last unit read as an object of the document in this line
        units = ctx.units(ln)
        if unread is not None and "township" in everyone and level_rank("township") > level_rank(issuer_level):
            units = sorted((*units, *_bare_township_units(ctx, ln, text)), key=lambda x: x.start)
        for u in units:
            if last_object is not None and text[last_object:u.start] in _OBJECT_JOINS:
                add(u, ln)  # 考核对象为各设区市人民政府和各县（市、区）人民政府: the second object too
                last_object = u.end
                continue
            last_object = None
            # 对仍存在矛盾图斑的各县市区人民政府进行通报, 督促进度滞后的县……: the word before the ……的 modifier
            # governs the unit it qualifies
            r = relative_modifier(ctx, ln, u)
            head = r[0] if r is not None and r[1] is not None else u.start
            t = index.ending_at(head)
            hops = 0
            while t is not None and hops < 2 and (t.text in attributives or (
                    scope_rx is not None and scope_rx.fullmatch(t.text))):
                t = index.ending_at(t.start)  # 请被督查设区市人民政府……
                hops += 1
            waived = waiver_before(text, t.start, forbidding=True) if t is not None and t.text in pivots else None
            lifted = waiver_before(text, head, forbidding=True)
            if lifted is not None and lifted.kind == "lifting" and not (no_burden and unburdened(text)):
                add(u, ln)  # 取消各设区市……月报, 无需各县另行……: a duty lifted concerns them (not an evaluation's "无需提供")
            elif waived is not None and waived.kind != "lifting":
                pass  # 暂不要求各县填报, 不要求县级政府负责同志参会, 不得要求各地……: nothing handed to them
            elif t is not None and t.text in pivots:
                lead = index.ending_at(t.start)
                if t.text == "由" and _path_from(ctx, ln, u.end):
                    pass  # 大厅由沈阳市和平区南京南街迁至……: where a thing moves from, no agent
                elif reported_by_other(ctx, ln, t.start):
                    # 省政府办公厅在《……》中要求各市……: another body's demand, no task of this document; but one on
                    # the recipients' own level reminds them of it, as a cited duty does (rules.md GW105)
                    # while its term runs (要求各县（市）人民政府……于2027年6月底前……, the document of February 2027);
                    # a demand with no dated term (在主汛期前完成排查) may be over, one told fulfilled (14个市州已全部
                    # 完成) reminds nobody
                    if everyone.intersection(u.reaches_for(issuer_level)) and _term_runs(gw, text, u.end) \
                            and not set(u.reaches_for(issuer_level)) & fulfilled():
                        add(u, ln)
                elif past_demand(ctx, ln, t.start):
                    pass  # 此前要求各地……: a past demand
                elif lead is None or lead.text not in purpose_leads:  # 评估结果将用于指导各地: a purpose, no task
                    add(u, ln)
                    if t.text in task_pivots and not u.generic and u.kind in ("department", "government"):
                        assigns = True  # 请县财政局……完成: work handed to a named body, maybe of the issuer's own level
            elif possessed_submission(ctx, ln, u):
                assigns = True
                add(u, ln)  # 各地各部门的政务信息统一……报市政府办公室: the possessor sends it up
            elif distributed_to(text, head):
                add(u, ln)  # 任务已下达到各县（区）, 目标任务分配给各乡镇: the body the work is split among carries it
                last_object = u.end  # (分解到省政府各部门和各市州: the second body too)
            elif praised is not None and praised.match(text, u.end):
                # 桂林市人民政府……予以通报表扬: the recipients themselves judged by name (counties praised in a
                # 通报 to the cities concern the counties, not the cities it is sent to)
                if any(lv in everyone for lv in u.reaches_for(issuer_level)):
                    add(u, ln)
            elif t is not None and partner_lead is not None and partner_after is not None \
                    and partner_lead.match(t.text) and partner_after.match(text, u.end):
                add(u, ln)  # 市财政局与各县（市、区）人民政府共同落实……: a partner in the task
            elif contest is not None and contest.match(text, u.end):
                add(u, ln)  # 在各县（市、区）人民政府之间开展……擂台赛: those competing are judged by the document
            elif (objects or (object_rx is not None and object_rx.search(text, max(0, head - 16), head))) \
                    and not no_burden:
                # (an evaluation that asks nothing of those evaluated and ranks nothing: 涉及各市的分析结论反馈各设区市
                # 人民政府 names the places evaluated, none of them has work: rules.md GW105)
                add(u, ln, text[max(0, u.start - 8):u.start])  # 考核对象为各县（市、区）人民政府: the document is about them
                last_object = u.end
            elif not no_burden and inspected_verbs is not None and (
                    (inspected_verbs.match(text, u.end) and (
                        (inspected_lead is not None and t is not None and inspected_lead.search(t.text))
                        or (inspected_text is not None and inspected_text.search(text, max(0, head - 16), head))))
                    or (visited_text is not None and visited_text.search(text, max(0, head - 16), head)
                        and addressed().intersection(u.reaches_for(issuer_level))
                        and _team_goes(text, head, u.end, inspected_verbs))) \
                    and not (u.generic and not ranked_doc and attributive(ctx, ln, u)):
                # 对各设区市人民政府……开展督查: the inspected are concerned by the document; not 对各地资金清算情况
                # 开展抽查 -- a place word qualifying the matter checked names no body, unless the places are ranked
                add(u, ln)
            elif unread is not None and u.kind == "government" and not u.generic and _left_open(ctx, ln, text, u, judges, no_burden):
                unread.append((ln, u))  # no reading placed it: whether it works is left open
    for _ln, d in directive_hits(ctx, issuer_level):
        assigns = True
        # 各涉农县市: a qualified collective the unit reading does not know, read as the collective it narrows
        for u in find_units(d.subject) or [x for x in qualified_collectives(ctx, _ln) if x.start == d.subject_start]:
            add(u, _ln)
    # notes naming several units, task tables, clause subjects, where the public applies,
    # orders to every recipient (gwlint.analysis.work)
    # a department that does the work itself (and maybe leaves the rest to firms or a third party):
    # the document has work, none of it for the lower governments it is sent to (issue 15 hU:
    # rules.md GW105 reads "work falls only on the departments"; a third party is not needed for that)
    own_work = gw.issuer is not None and gw.issuer.kind == "department"
    below_named: list[bool] = []

    def unnamed_below() -> bool:
        """A government's document whose body names no body below it (the 州属 schools, 市属 firms and its own
        departments do the work: 州财政局对……落实……; 市国资委在……考核中将……): the work it hands out is at its own
        level and outside, as in a department's notice (GW105: gw105-g03, round 22)."""
        if not below_named:
            from .predicates import others_words
            from .units import reaches_below
            from .work import own_level

            # any body below named in the issuer's own words, even as a modifier (各乡镇人民政府发动村民……: the
            # reading may miss its predicate); institutions and stations (州属各学校, 各司法所) are none
            below_named.append(any(
                reaches_below(u, issuer_level) and not own_level(ctx, u, issuer_level)
                and not (u.kind == "department" and non_government is not None and non_government.search(u.text))
                and not others_words(ctx, ln, u.start) for ln in gw.content_lines for u in ctx.units(ln)))
        return not below_named[0]
    for ln in ctx.gw.content_lines:
        if settled():
            return assigns, levels
        if not ctx.reading(ln).strip() or ln in informed:
            continue
        # these only add the lower levels they name; work at the issuer's own level is read above
        for u in (*work.note_units(ctx, ln), *work.clause_subjects(ctx, ln)):
            before = len(levels)
            add(u, ln)
            assigns = assigns or len(levels) > before
        for u in work.hosted_units(ctx, ln):
            assigns = True  # 领导小组办公室设在市民政局，负责……: the host carries the group's work
            add(u, ln)
        for u in (*work.local_doers(ctx, ln), *work.pronoun_doers(ctx, ln)):
            before = len(levels)
            add(u, ln)  # 届时请街道分管负责同志随同察看; 由所在镇乡街道负责召集; 告知属地街道办事处，便于其协助……: the place does it
            assigns = assigns or len(levels) > before
        # a government's own department doing an evaluation that asks nothing of those evaluated and ranks
        # nothing (县农业农村局……开展评估，无需各乡镇提供……，不予排名): the department's work, as in its own notice
        if not assigns and (own_work or no_burden or unnamed_below()) and work.own_level_openers(ctx, ln, issuer_level):
            assigns = True  # 省教育厅决定……委托第三方……: work, at the issuer's own level and outside
        if not assigns and own_work and no_burden and work.self_openers(ctx, ln):
            assigns = True  # 我局委托第三方评估，不需要各地报送材料: the issuer's own work, those evaluated have none
        if not assigns and own_work and work.counterpart_openers(ctx, ln, issuer_level):
            assigns = True  # 各地人社部门要……: work placed on the department's counterparts, on no government
        for lv in work.applied_levels(ctx, ln, relieved=not (no_burden and unburdened(ctx.reading(ln)))):
            if level_rank(lv) > level_rank(issuer_level):
                assigns = True
                levels.add(lv)
    if settled():
        return assigns, levels
    attending = work.attendee_levels(ctx, issuer_level)
    if attending is not None:
        assigns = True  # 各设区市人民政府主要负责同志参会: attending the meeting is the work
        levels.update(attending)
    elif not assigns and work.own_level_attendance(ctx, issuer_level):
        assigns = True  # 参会范围：区商务局……主要负责同志: the event's work is at the issuer's own level
    for u in work.table_all_units(ctx):
        before = len(levels)
        add(u)
        # a named unit of any level in a 责任单位 column is work handed out (省财政厅、省教育厅)
        assigns = assigns or len(levels) > before or (not u.generic and u.kind in ("department", "government"))
    if settled():
        return assigns, levels
    main_lower = lower_government_recipients(gw, gw.recipient_list, street_offices=True) if gw.issuer is not None \
        else []
    if not assigns and gw.issuer is not None and work.subjectless_to_peers(ctx, main_lower):
        assigns = True  # 省直有关部门：……请结合职责提出意见: the main recipients' work; governments copied have none
    if work.addressed_to_all(ctx) or work.deadline_orders(ctx) or work.topic_orders(ctx) \
            or (gw.issuer is not None and (work.addressed_implementation(ctx, main_lower)
                                           or work.subjectless_requests(ctx, main_lower))):
        assigns = True
        levels.update(everyone)
    return assigns, levels



def _told_done(ctx, ln: int, text: str, u) -> bool:
    """The clause of ``u`` tells a thing done (各设区市人民政府已于1月15日前完成自评; 全省14个市州已全部完成排查), or its
    predicate goes on in the next clause told as done (……按照市里核定的清单，已于去年完成改造任务), or it stands in a
    frame of the past."""
    from .predicates import past_frame

    words = _directives().get("predicate_done_words", ())
    a, b = sentence_start(text, u.start), sentence_end(text, u.end)
    after = re.split(r"[，；]", text[u.end:b])
    if len(after) > 1 and after[1].lstrip(" \u3000").startswith("已") and any(w in after[1] for w in words):
        return True
    clause = after[0] + re.split(r"[，；]", text[a:u.start])[-1]
    return any(w in clause for w in words) or past_frame(ctx, ln, u.start, False)


_JOINED_PLACES = re.compile(r"^(?:[、和及与][\u4e00-\u9fff]{1,10}?(?:人民政府|[市县区州盟旗镇乡]))+")


def _left_open(ctx, ln: int, text: str, u, judges, burdenless: bool) -> bool:
    """No reading decides what the lower government ``u`` does, and none says it does nothing: it is not a word
    qualifying a noun (各乡镇卫生院, 各市补贴资金), in another body's words, waived (不必各乡镇安排陪同; 各县不作任何
    接待安排), told as done or as a result (已于……完成; 三市排名前三位), a place the issuer acts in or a body it only
    tells (在定州、辛集两市开展; 赴各设区市检查; 反馈各市（州）), a place of another province, nor a bare cell of a
    list or table (所在地 | 襄阳市) unless the document inspects or assesses (检查对象 | 涪城区人民政府)."""
    from .divisions import elsewhere, province_of
    from .predicates import attributive, others_words

    d = _directives()
    if others_words(ctx, ln, u.start) or waiver_before(text, u.start, forbidding=True):
        return False
    if d.get("unread_people") and re.search(d["unread_people"], u.text):
        return False  # 县级总河长, 乡级路长: a post the level sets up, named by its holder, no government
    if attributive(ctx, ln, u):
        # 所在街道（地区）的安全生产主管科室: the place's own office, whose part is the place's (rules.md GW105)
        own = d.get("unread_own_offices")
        return bool(own) and re.match(f"(?:的)?[\u4e00-\u9fff]{{0,8}}?(?:{own})", text[u.end:]) is not None
    if u.source == "division" and ctx.gw.issuer is not None and elsewhere(u.text, province_of(ctx.gw.issuer.name)):
        return False
    # past the places joined to it (赣州市、吉安市、抚州市自评为优秀): the predicate they share
    after = _JOINED_PLACES.sub("", text[u.end:]).lstrip(" \u3000")
    if after.startswith(tuple(d.get("unread_lifted", ()))):
        return not burdenless  # 街道无需准备汇报材料: an old duty lifted concerns them, unless evaluated at no cost
    if after.startswith(tuple(d.get("unread_denied", ()))):
        return False
    a, b = sentence_start(text, u.start), sentence_end(text, u.end)
    if after.startswith("由"):
        # 被调研街道由区民政局养老服务科同志作情况介绍: another body named after 由 does it, the place does nothing
        agents = _units.find_units(after[1:16])
        if agents and agents[0].start == 0 and agents[0].level != u.level:
            return False
    # 各县（区）人民政府去年上报的改造清单: the body heads a relative clause qualifying a noun, no doer of the sentence
    if re.match(r"[^，。；、的要须应请将负]{1,6}的[\u4e00-\u9fff]", text[u.end:]):
        return False
    later = re.split(r"[，；]", text[u.end:b], maxsplit=1)[0]
    before = re.split(r"[，；]", text[a:u.start])[-1]
    if any(w in later for w in d.get("predicate_result_words", ())) or _told_done(ctx, ln, text, u):
        return False
    t = ctx.index(ln).ending_at(u.start)
    if t is not None and t.text in d.get("unread_place_leads", ()):
        return False
    # 在全省11个设区市和定州、辛集两市开展: the place lead before the first of the places joined
    leads = "|".join(map(re.escape, d.get("unread_place_leads", ())))
    if leads and re.search(f"(?:{leads})[^，；。]{{0,16}}(?:和|、|及|与)$", before):
        return False
    # 部分山区乡镇累计降雨量……, 每个街道、镇走访1至2个养老服务机构: a bare collective narrowed by a quantifier describes
    # places, and each of them as the range of a sample names where the issuer looks
    if u.source == "bare":
        lead = text[max(0, u.start - 4):u.start]
        if re.search(d.get("unread_described", "(?!)") + "$", lead) or (
                re.search("(?:每个|每一个)$", lead) and re.search(d.get("unread_sampled", "(?!)"), text[u.end:b])):
            return False
    if not re.sub(r"[、，和及与\s]", "", text.replace(u.text, "")) or text.strip() == u.text:
        return judges()  # a cell or list line of names alone
    return True


def _path_from(ctx, ln: int, pos: int) -> bool:
    """After 由 and a place ending at ``pos``, only place words (nouns, numbers) lead to a verb of moving
    (directives.toml ``path_from_verbs``: 由沈阳市和平区南京南街迁至……): 由 opens the path's start, the place is
    no agent.  Not when a verb or a preposition comes first (由沈阳市负责将档案迁至……: an agent)."""
    from .predicates import tag_of

    verbs = tuple(_directives().get("path_from_verbs", ()))
    if not verbs:
        return False
    text = ctx.reading(ln)
    index = ctx.index(ln)
    k = index.first_from(pos)
    hops = 0
    while k < len(index.tokens) and hops < 6:
        tok = index.tokens[k]
        if text.startswith(verbs, tok.start):
            return True
        if not tag_of(tok.text).startswith(("n", "m", "q")):
            return False
        k += 1
        hops += 1
    return False


def bare_pivot_units(ctx, ln: int) -> list:
    """督促乡镇落实……, 指导县区建立……, 不再要求镇街报送……: a collective of lower governments written without 各, right
    after a pivot verb (:func:`~gwlint.analysis.predicates.pivot_verbs`), read as the collective with 各 (各乡镇, 各县区): it does
    the work, or is relieved of it.  Not one qualifying a noun (指导乡镇卫生院, 组织县区公路站站长), nor one that a
    prohibition (不得要求镇街……), another body's words or a past demand leaves untouched."""
    from . import work
    from .predicates import past_demand, pivot_verbs, qualifies, reported_by_other
    from .units import find_units

    d = _directives()
    if not d.get("bare_pivot_collectives"):
        return []
    text = ctx.reading(ln)
    pivots = pivot_verbs()
    others = frozenset(d.get("bare_collective_other_bodies", []))
    out = []
    index = None
    for m in searchable(d["bare_pivot_collectives"]).finditer(text):
        index = index or ctx.index(ln)
        t = index.ending_at(m.start("unit"))
        if t is None or t.text not in pivots or not index.is_start(m.end()):
            continue
        nxt = index.starting_at(m.end())
        after = index.starting_at(nxt.end) if nxt is not None else None
        if nxt is None or qualifies(nxt.text) or any(u.start < m.end() < u.end for u in ctx.units(ln)) \
                or (after is not None and work.BODY_HEAD.search(after.text)):
            continue  # 指导乡镇卫生院, 由市州自然资源和规划局……, 会同乡镇调解委员会: a modifier of a body's name
        if nxt.text in others:
            continue  # 由县（市、区）委组织部……: a party committee's (or congress') body, no government
        waived = waiver_before(text, t.start, forbidding=True)
        if (waived is not None and waived.kind != "lifting") or reported_by_other(ctx, ln, t.start) \
                or past_demand(ctx, ln, t.start):
            continue  # 不得要求镇街……; 此前要求乡镇……: nothing handed to them here
        out.extend(u for u in find_units("各" + m.group("unit")) if u.start == 0 and u.kind == "government")
    return out


@lru_cache(maxsize=1)
def _done_before() -> re.Pattern:
    """A word of a thing done right before 纳入 (已纳入, 均已纳入, 已全部纳入): the data's done words (已, 已经, 均已 …)."""
    words = sorted(_directives().get("predicate_done_words", []), key=lambda w: (-len(w), w))
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})(?:全部)?$" if words else "(?!)")


def _incorporating_levels(ctx, ln: int, text: str, rx) -> list[str]:
    """Lower levels whose plan or budget takes the work in (纳入县级财政预算, 纳入县（市）国土空间规划; 纳入地方国民经济
    和社会发展年度计划: every lower level sent to): they plan or pay for it.  Not one done (已纳入), waived (不纳入) or in another body's words."""
    from .predicates import others_words

    if rx is None or "纳入" not in text:
        return []
    out = []
    for m in rx.finditer(text):
        if _done_before().search(text, max(0, m.start() - 4), m.start()) \
                or waiver_before(text, m.start(), max(0, m.start() - 4)) is not None or others_words(ctx, ln, m.start()):
            continue
        if m.groupdict().get("local"):  # 纳入地方国民经济和社会发展年度计划: every lower level sent to
            out.extend(lv for _, lvs in lower_government_recipients(ctx.gw, [*ctx.gw.recipient_list, *ctx.gw.cc_list])
                       for lv in lvs if lv not in out)
        out.extend(lv for lv in ("city", "county", "township") if m.group(lv) and lv not in out)
    return out


def document_aliases(ctx) -> list[str]:
    """Names the document defines for units it lists (以下统称专区监管部门)."""
    def find() -> list[str]:
        from .units import defined_aliases

        out: list[str] = []
        for ln in ctx.gw.content_lines:
            text = ctx.reading(ln)
            if "以下" in text:
                out.extend(a for a in defined_aliases(text) if a not in out)
        return out

    return ctx.memo("document_aliases", find)


def binding_norm(ctx) -> bool:
    """A norm in articles (办法, 规定, 细则) that applies throughout the issuer's area
    (本省行政区域内……适用本办法): every level of government there is bound by it."""
    def find() -> bool:
        rx = _directives().get("binding_scope")
        if not rx or not normative_document(ctx.gw, policy_settings(ctx)["policy_types"]):
            return False
        pat = _rx(rx)
        return any(pat.search(ctx.reading(ln)) for ln in ctx.gw.content_lines)

    return ctx.memo("binding_norm", find)


_TOLD_MODAL = searchable(r"(?<![主重需必只])要(?![点素件闻求])|请|须|应当|务必|必须")


def appointment_notice(gw) -> bool:
    """An appointment notice (关于聘任……的通知, 关于××等同志任职的通知): announced to every level by
    custom, whatever support work it also mentions."""
    rx = _directives().get("appointment_titles")
    return bool(rx and gw.title and re.search(rx, gw.title.text))


def informed_lines(ctx) -> frozenset[int]:
    """Lines that only tell the recipients (请各地周知。特此通知，请知悉。): no work for them."""
    def find() -> frozenset[int]:
        rx = _directives().get("work_informed_line")
        if not rx:
            return frozenset()
        told = re.compile(rx)
        return frozenset(ln for ln in ctx.gw.content_lines if told.fullmatch(ctx.reading(ln).strip()))

    return ctx.memo("informed_lines", find)


# the end of a clause that is a noun phrase holding a task word (需要区县配合的事项: what is talked about, no task)
_TOPIC_PHRASE_END = re.compile(r"[^，。；]{0,6}?的(?:事项|问题|情况|内容)\s*$")


# a clause asking another to act (要求限期整改, 督促整改到位): not the issuer's own act, whoever is asked
_ASKS_ANOTHER = re.compile(r"要求|请|责成|督促|通知|指导")


def informing_only(ctx) -> bool:
    """The body asks nothing of anyone (no task word at all): a notice that only
    informs, such as a window moving or a 专班's members changing."""
    def find() -> bool:
        from .predicates import names_lower_unit

        rx = _directives().get("informing_task_words")
        cited = _directives().get("informing_citation_heading")
        if not rx:
            return False
        pat = re.compile(rx)
        citation = re.compile(_directives().get("informing_citation") or r"(?!)")
        # the issuer's own acts (我局委托……) are told like what was done (已于……完成)
        told = "|".join(x for x in (_directives().get("issuer_self_clause"), _directives().get("informing_told_clauses")) if x)
        told_rx = re.compile(told) if told else None
        self_rx = re.compile(_directives()["issuer_self_clause"]) if _directives().get("issuer_self_clause") else None
        told = informed_lines(ctx)
        lines = [ln for ln in ctx.gw.content_lines if ctx.reading(ln).strip() and ln not in told]

        def task_in(c: str) -> bool:
            # 不陪同、不安排接待, 无需各地报送: a task word right after a waiver is a duty waived, not asked
            # (不得、严禁 before it is a prohibition: still asked);
            # 192名选手参加了……的比赛, 我厅组织编制了……: done, not asked
            # 需要区县配合的事项，由我局……对接: a task word inside the noun phrase the clause is about
            return any(not waiver_before(c, m.start(), recipient=True) and not c.startswith("了", m.end())
                       and not _TOPIC_PHRASE_END.match(c, m.end()) for m in pat.finditer(c))

        def asks(text: str) -> bool:
            # 各设区市已于……完成, 经省商务厅组织……, 按照商务部统一部署要求, 因……实施改造: what was done, where it
            # comes from or why, not a task
            # (对已完成的项目要开展验收 still asks: a modal keeps the clause)
            # the words of a cited title (《……关于加强……的通知》) ask nothing of anyone
            for sentence in re.split(r"[。！？]", citation.sub("《》", text)):
                own = False  # the sentence's subject so far is the issuer itself (我局已……立案调查，责令其……整改)
                for c in re.split(r"[，；]", sentence):
                    if _TOLD_MODAL.search(c):
                        own = False
                    elif told_rx is not None and told_rx.search(c):
                        own = self_rx is not None and self_rx.search(c) is not None
                        continue
                    elif own and not _ASKS_ANOTHER.search(c) and not _units.find_units(c):
                        continue  # no subject of its own and nobody asked: the issuer's act goes on
                    else:
                        own = False
                    if task_in(c):
                        return True
            return False

        # items under headings are a plan's tasks, however their sentences are worded (（一）强化组织领导; 一、
        # 行动时间。……: points with their text on the line); but a department's notice sectioned by headings on
        # lines of their own that name topics (一、迁址期间的办理安排, 二、个人成绩) asks nothing by them, when it
        # names no lower unit in its own words (what it says of them may be their part, rules.md GW105: 窗口迁址,
        # 通报竞赛结果); headings citing documents never ask
        headed = [h for h in ctx.gw.headings if not (cited and re.search(cited, h.title or ""))]
        dept = ctx.gw.issuer is not None and ctx.gw.issuer.kind == "department"
        if headed and (not dept or any(h.content or asks(h.title or "") for h in headed) or names_lower_unit(ctx)):
            return False
        return bool(lines) and not any(asks(ctx.reading(ln)) for ln in lines)

    return ctx.memo("informing_only", find)


def roster_notice(ctx) -> bool:
    """A notice that sets or adjusts who sits on a standing body (关于调整县防汛抗旱指挥部组成人员的通知):
    names and posts, where its office sits, how a member is replaced (由所在单位提出意见，报指挥部办公室备案).
    What it asks is the member units' business or a closing formula (请遵照执行); a lower government that is
    no member -- named nowhere in the body -- has nothing to do (GW105).  Not when the body names lower
    governments (各乡镇人民政府要相应调整本级防汛指挥机构: their own work), nor a national issuer's."""
    def find() -> bool:
        d = _directives()
        title, members, closing, rx = (d.get(k) for k in ("roster_title_pattern", "roster_member_words",
                                                          "roster_closing_clause", "informing_task_words"))
        gw = ctx.gw
        if not (title and members and rx and gw.title and gw.issuer) or not re.search(title, gw.title.text):
            return False
        if gw.issuer.level == "national":
            return False  # 国务院办公厅's notices on national bodies go to every province by custom (第1条 speaks to a province)
        from .units import find_units, level_rank

        own = level_rank(gw.issuer.level)
        task, member = re.compile(rx), re.compile(members)
        done = re.compile(closing) if closing else None
        told = informed_lines(ctx)
        told_rx = re.compile(d["informing_told_clauses"]) if d.get("informing_told_clauses") else None
        for ln in ctx.gw.content_lines:
            text = ctx.reading(ln)
            units = find_units(text)
            if any(u.kind in ("government", "government_office") and level_rank(u.level) > own for u in units):
                return False  # 各乡镇人民政府要……, 成员：各乡镇乡镇长: the lower governments have a part in it
            for u in units:  # a task word inside an organ's name (中央宣传部副部长) asks nothing
                text = text[:u.start] + "□" * (u.end - u.start) + text[u.end:]
            if _ROSTER_LABEL.match(text):
                continue  # 指挥长：负责全面工作; 县水利局：负责……: a member's part, told by its label
            if ln in told:
                continue
            for sentence in re.split(r"[。；！？]", text):
                purpose = sentence.lstrip(" \u3000").startswith("为")  # 为切实做好……，确保……，经……同意: why, not a task
                for clause in sentence.split("，"):
                    purpose = purpose and not _ROSTER_CAUSE.search(clause)
                    if purpose or told_rx is not None and told_rx.search(clause) or _ROSTER_HEADING.fullmatch(clause.strip()):
                        continue  # 三、有关要求: a section's name asks nothing
                    if task.search(clause) and not member.search(clause) \
                            and not (done and done.fullmatch(clause.strip())):
                        return False
        return True

    return ctx.memo("roster_notice", find)


_ROSTER_CAUSE = re.compile(r"^\s*(?:因|经|根据|按照|鉴于|决定|现)")
_ROSTER_LABEL = re.compile(r"^[\s\u3000]*[^：:，。；\s\u3000]{1,12}[\s\u3000]*[：:]")
_ROSTER_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[\u4e00-\u9fff]{2,8}")


# ------------------------------------------------------------ policy measures and responsibility
def policy_settings(ctx) -> dict:
    d = _responsibility()
    return {
        "policy_types": ctx.config.option("GW102.policy_types", d.get("policy_types", [])),
        "non_task_titles": d.get("non_task_titles", []),
        "list_titles": d.get("responsibility_list_titles", []),
    }


_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,16}[）)]$")


def policy_title(gw) -> str:
    """The title of the document whose measures count: the carried document of a
    印发/转发 notice (the notice itself only passes it on), else the document's own."""
    if gw.forwarding and gw.carried_title:
        return gw.carried_title.strip("《》 ")
    title = gw.title.text.strip() if gw.title else ""
    rx = _responsibility().get("notice_policy_title")
    if rx and re.search(rx, title):
        return title[:-len("的通知")]  # ……的若干措施的通知: the notice is the measures, in its body
    return title


def policy_form(gw, forms) -> str | None:
    """The name among ``forms`` (意见, 措施, 举措, 办法 …) that the policy title ends with
    (a trailing note such as （试行） ignored), else the recognised 文种 if it is one."""
    t = _TRAILING_NOTE.sub("", policy_title(gw))
    for f in sorted(forms, key=len, reverse=True):
        if f and t.endswith(f):
            return f
    typ = gw.carried_type if gw.forwarding else gw.doc_type
    return typ if typ in forms else None


def is_policy_document(gw, policy_types) -> bool:
    """意见/措施/举措/方案/… itself, or a 印发/转发/批转 notice carrying one."""
    return policy_form(gw, policy_types) is not None


def normative_document(gw, policy_types) -> bool:
    """A 办法/细则/规定 whose title does not present it as a set of measures (若干规定,
    支持……的若干措施): articles of a norm — scope, procedure, duties, entry into force —
    not a list of policy measures (《××考评办法》 实行百分制 needs no 责任单位)."""
    d = _responsibility()
    form = policy_form(gw, [*policy_types, *d.get("normative_types", [])])
    if form not in d.get("normative_types", []):
        return False
    title = policy_title(gw)
    return not any(w in title for w in d.get("measure_list_words", []))


_DEPT_END = re.compile(r"(?:局|厅|委员会|委|办公室|办|部门|中心|站|所)$")


def own_system_document(ctx) -> bool:
    """A department writing only to its own system (lower departments of the same line,
    its offices and directly attached units): its tasks are its own work, not measures
    of the government to be shared out (江西省市场监督管理局 → 各设区市、县（市、区）市场监管局，
    省局机关各处室)."""
    def find() -> bool:
        from .orgs import split_region

        gw = ctx.gw
        if not department_issuer(gw) or not gw.recipient_list:
            return False
        internal = tuple(_responsibility().get("own_system_recipients", []))
        _region, rest = split_region(gw.issuer.name)
        system = re.sub(r"(?:委员会|厅|委|局|办公室|办)$", "", rest)
        grams = {system[k:k + 2] for k in range(len(system) - 1)}
        for item in gw.recipient_list:
            if any(w in item for w in internal) and "政府" not in item:
                continue
            if "政府" in item or "管委会" in item or re.search(r"各部门|有关部门|有关单位|各单位", item):
                return False
            if not _DEPT_END.search(item) or not any(g in item for g in grams):
                return False
        return True

    return ctx.memo("own_system_document", find)


@lru_cache(maxsize=1)
def _norm_patterns() -> tuple:
    d = _responsibility()
    sec, subj = d.get("norm_section_pattern"), d.get("third_party_subject_pattern")
    return (re.compile(sec) if sec else None, re.compile(subj) if subj else None,
            frozenset(d.get("norm_modals", [])))


_BODY_CUT = re.compile(r"[。！？；\n]")
_ROLE = re.compile(r"(?:是|作为)[^，。；]{0,24}(?:主体|责任人)$")


def _demand_subject(sentence: str, modals: frozenset, tokens=None, shift: int = 0) -> str | None:
    """What stands before the first modal of ``sentence`` (a jieba token: 应 in 应用 is
    none) in its clause; for 运营单位作为专区运营主体，负责…… the role clause's head, for 村民……的，应当……
    the clause before.
    ``tokens``: the sentence's tokens when known, at offset ``shift`` in their paragraph."""
    if tokens is None:
        from ..segment import tokenize

        tokens, shift = tokenize(sentence), 0
    for t in tokens:
        if t.text in modals:
            at = t.start - shift
            cs = max(sentence.rfind("，", 0, at), sentence.rfind(",", 0, at)) + 1
            subject = sentence[cs:at]
            if not subject and cs > 0:
                prev = sentence[:cs - 1]
                prev = prev[max(prev.rfind("，"), prev.rfind(",")) + 1:]
                m = _ROLE.search(prev)
                if m:
                    return prev[:m.start()]
                if prev.endswith("的"):
                    return prev  # 村民在房前屋后种植水生植物的，应当……: those the clause describes
            return subject
    return None


def third_party_norm(measure, parent) -> bool:
    """The measure sets rules for third parties, not a task of the government: it (or
    the section above it) is a kind of place's or body's 防控措施/管理要求/规范
    (（二）办公场所和公共场所疫情防控措施), or its first demand has a third party as
    subject (景区经营单位应当……；数据专区采取……模式。运营单位应……；所有发热患者必须留观)."""
    match_marker = _markers.match_marker
    sec, subj, modals = _norm_patterns()
    h = measure.heading
    for head in (h, parent):
        title = (head.title or "").strip().rstrip("。；;：:") if head is not None else ""
        if sec is not None and title and sec.search(title):
            return True
    if subj is None:
        return False
    first = measure.text.split("\n", 1)[0]
    m = match_marker(first)
    body = m.body if m is not None else 0
    label = (h.title or "").strip()
    sentences = _sentence_spans(measure.text, body)
    if sentences and label and sentences[0][0] == label.rstrip("。；;") and len(sentences) > 1 \
            and _demand_subject(sentences[0][0], modals, *sentences[0][1]()) is None:
        sentences = sentences[1:]  # a heading's title (（二）加强技术指导。……); a whole sentence with a modal is read
    activity = _activity_norm()
    for x, toks in sentences:
        subject = _demand_subject(x, modals, *toks())
        if subject is not None:
            if activity is not None and activity.match(x):
                return True  # 专区数据使用应遵循……: a rule for whoever uses the data
            return bool(subject) and subj.search(subject) is not None
    return False


_PIECE = re.compile(r"[^。！？；\n]+")


def _sentence_spans(text: str, body: int) -> list[tuple[str, object]]:
    """The sentences of ``text`` from ``body`` on (cut at 。！？； and line breaks, stripped), each with
    a function giving (its tokens, their offset in the paragraph) from the paragraph's token index —
    (None, 0) where the sentence does not start on a token of the paragraph (a marker glued to a word)."""
    index_of = _tokens.index_of
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]  # in C, not a step per character

    def tokens_of(a: int, n: int):
        li = bisect_left(line_starts, a + 1) - 1
        ls = line_starts[li]
        le = line_starts[li + 1] - 1 if li + 1 < len(line_starts) else len(text)
        idx = index_of(text[ls:le] if (ls, le) != (0, len(text)) else text)
        if not (idx.is_start(a - ls) and idx.is_end(a - ls + n)):
            return None, 0
        return idx.tokens[idx.index_at(a - ls):idx.index_at(a - ls + n - 1) + 1], a - ls

    out = []
    for p in _PIECE.finditer(text, body):
        x = p.group()
        a = p.start() + len(x) - len(x.lstrip())
        x = x.strip()
        if x:
            out.append((x, lambda a=a, n=len(x): tokens_of(a, n)))
    return out


@lru_cache(maxsize=1)
def _activity_norm():
    rx = _responsibility().get("activity_norm_pattern")
    return re.compile(rx) if rx else None


def _closing_cut(measures: list, doc, heads=()) -> list:
    """Measures written one paragraph each (十、标题。正文): the paragraphs after the last
    one are the document's closing words (各地各部门要结合实际……), not part of it."""
    if len(measures) < 3 or len(measures[-1].lines) < 2 or any(len(m.lines) != 1 for m in measures[:-1]):
        return measures
    last = measures[-1]
    if any(h.line in last.lines[1:] for h in heads):
        return measures  # the last measure has items of its own (三、健全长效机制：①…②…)
    first = reading(doc.paragraphs[last.heading.line - 1].text)[last.heading.start:].strip()
    if not last.heading.content and len(first) <= len(last.heading.marker) + len(last.heading.title or "") + 1 \
            and not first.endswith("。"):
        return measures  # a title over its own paragraph (2.完善技能人才评价 / 推动……（责任单位：……）): its body
    # …except a paragraph that is nothing but the last measure's responsibility note, broken onto a
    # line of its own (（3）落实……。 / （市科技局会同市税务局负责）)
    keep = 1
    for ln in last.lines[1:]:
        t = reading(doc.paragraphs[ln - 1].text.strip())
        if not t or not any(n.start == 0 and n.end == len(t) for n in _units.find_notes(t)):
            break
        keep += 1
    if keep == len(last.lines):
        return measures
    own = last.lines[:keep]
    text = "\n".join(doc.paragraphs[ln - 1].text[last.heading.start if ln == last.heading.line else 0:] for ln in own)
    return [*measures[:-1], dataclasses.replace(last, lines=own, text=text)]


@lru_cache(maxsize=1)
def _closing_item_re():
    rx = _responsibility().get("closing_item_pattern")
    return re.compile(rx) if rx else None


def _closing_items_cut(measures: list) -> list:
    """Numbered items closing the list that are no measures: who interprets the document, when it
    takes effect, and the call to carry it out (四、各责任单位要……细化配套措施，确保各项政策落地见效；
    五、本措施由市发展改革委负责解释；六、本措施自……起施行)."""
    rx = _closing_item_re()
    out = list(measures)
    while rx is not None and len(out) > 2 and len(out[-1].lines) == 1:
        text = out[-1].text
        m = _markers.match_marker(text)
        body = text[m.body:] if m is not None else text
        if not rx.match(body.lstrip(" \u3000")):
            break
        out.pop()
    return out


@lru_cache(maxsize=1)
def _inline_lead() -> re.Pattern | None:
    rx = load_toml("structure.toml").get("inline_items", {}).get("lead_re")
    return re.compile(rx) if rx else None


@lru_cache(maxsize=1)
def _inline_ordinals() -> dict:
    return dict(load_toml("structure.toml").get("inline_items", {}).get("ord_numbers", {}))


@dataclass(frozen=True)
class InlineItem:
    """One item of a list written inside running text (一是……；二是……, 第一，……第二，……)."""

    start: int  # offset of the lead (一是) in the text
    end: int  # where the next item starts, or the text's end
    lead: str  # 二是, 第二，
    number: int
    style: str  # 一是 | 一要 | 第一， | 首先， | ★ (a paragraph opening with an item mark)


def _opens_paragraph(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u3000\t")
    return not before or before.endswith("\n")


def inline_items(text: str) -> list[InlineItem]:
    """The enumerated items of ``text``: a run of leads numbered 一, 二, 三 … in one style (两项以上);
    each item runs to the next lead.  One reading for every rule (GW102 asks each item for a unit,
    GW502 counts them as the measure's detail)."""
    chinese_to_int = _markers.chinese_to_int
    rx = _inline_lead()
    if rx is None or not text:
        return []
    bullets = _bullet_items(text)
    if bullets:  # paragraphs marked ★ are the list; an 一是 inside one is a detail of its item
        return bullets
    found = []
    ords = _inline_ordinals()
    for m in rx.finditer(text):
        word = m.groupdict().get("ord")
        if word:  # 首先，……其次，……最后，: the word's place in the list; 最后 follows whatever came before
            found.append((m.start(), m.end(), ords.get(word), "首先"))
            continue
        num = m.group("num") or m.group("num2")
        kind = m.group("kind") or "第，"
        n = chinese_to_int(num)
        if n is not None:
            found.append((m.start(), m.end(), n, kind))
    best: list = []
    run: list = []
    for hit in found:
        if hit[2] is None:  # 最后: closes a run of its own style
            if run and run[-1][3] == hit[3] and len(run) >= 2:
                hit = (hit[0], hit[1], run[-1][2] + 1, hit[3])
            else:
                continue
        if run and hit[3] == run[-1][3] and hit[2] == run[-1][2] + 1:
            run.append(hit)
        elif hit[2] == 1 or (hit[3] != "首先" and _opens_paragraph(text, hit[0])):
            # a paragraph opening with 三是 goes on with the numbering of a list under an earlier heading
            # (一、…… 一是……二是…… 二、…… 三是……四是……): its items are a list of their own
            run = [hit]
        else:
            continue
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    out = []
    style = {"是": "一是", "要": "一要", "首先": "首先，"}
    for k, (a, b, n, kind) in enumerate(best):
        e = best[k + 1][0] if k + 1 < len(best) else len(text)
        out.append(InlineItem(a, e, text[a:b], n, style.get(kind, "第一，")))
    return out


def _bullet_items(text: str) -> list[InlineItem]:
    """Paragraphs opening with one item mark (★扩大……。 ■推动……。), two or more: a list with no numbers, each
    paragraph an item numbered in order.  An item takes along the bracketed notes standing as paragraphs of their
    own after it (（责任单位：……）); the most used mark is the list's."""
    marks = _markers.bullet_marks()
    if not marks or not any(c in text for c in marks):
        return []
    paras, pos = [], 0
    for para in text.split("\n"):
        paras.append((pos, para))
        pos += len(para) + 1
    opened: dict[str, list[int]] = {}
    for k, (_, para) in enumerate(paras):
        body = para.lstrip(" \u3000\t")
        if body[:1] in marks and len(body) > 1:
            opened.setdefault(body[0], []).append(k)
    if not opened:
        return []
    mark, ks = max(opened.items(), key=lambda kv: len(kv[1]))
    if len(ks) < 2:
        return []
    out = []
    for n, k in enumerate(ks, 1):
        a, para = paras[k]
        lead = len(para) - len(para.lstrip(" \u3000\t"))
        lead_end = lead + 1 + len(para[lead + 1:]) - len(para[lead + 1:].lstrip(" \u3000"))
        j = k + 1
        while j < len(paras) and j not in ks and paras[j][1].lstrip(" \u3000").startswith(("（", "(")) \
                and _markers.match_marker(paras[j][1]) is None:
            j += 1
        end = paras[j - 1][0] + len(paras[j - 1][1])
        out.append(InlineItem(a + lead, end, para[lead:lead_end], n, "★"))
    return out


_ITEM_TITLE_END = re.compile(r"[。；;，,：:（(\n]")


def inline_measures(ctx, lines: list[int], part: int, level: int) -> list:
    """The items of a list written inside the paragraphs ``lines`` (一是……二是……), as measures: the
    heading is the lead (二是) with the words up to the first stop as its title."""
    from .structure import Heading, Measure

    if not lines:
        return []
    texts = [ctx.reading(ln) for ln in lines]
    joined = "\n".join(texts)
    items = inline_items(joined)
    if not items:
        return []
    starts = []
    pos = 0
    for ln, t in zip(lines, texts):
        starts.append((pos, ln))
        pos += len(t) + 1

    def line_at(off: int) -> tuple[int, int]:
        base, ln = starts[0]
        for b, l2 in starts:
            if b <= off:
                base, ln = b, l2
        return ln, off - base

    out = []
    for it in items:
        ln, col = line_at(it.start)
        body = joined[it.start + len(it.lead):it.end]
        cut = _ITEM_TITLE_END.search(body)
        title = body[:cut.start()] if cut else body
        covered = sorted({line_at(o)[0] for o in range(it.start, max(it.start + 1, it.end))
                          if o == it.start or joined[o - 1] == "\n"})
        h = Heading(it.style, level, it.number, it.lead, ln, title, part, col)
        out.append(Measure(h, covered, joined[it.start:it.end].rstrip("\n")))
    return out


def _note_close(text: str, generic: bool = False) -> str | None:
    """How a paragraph's last note stands: "closing" after prose of its own (对……给予补助。（省财政厅负责）), "alone"
    when the line is the note (牵头单位：省发展改革委, a label line under the measure), None without one.
    ``generic``: a note naming only a generic unit (（各部门负责）) counts too."""
    named, loose = _note_closes(text)
    return loose if generic else named


def _note_closes(text: str) -> tuple[str | None, str | None]:
    """:func:`_note_close` without and with generic notes, from one reading of the notes."""
    from .units import find_notes

    body = text.rstrip(" \u3000。；;.")
    lead = len(body) - len(body.lstrip(" \u3000"))
    notes = [n for n in find_notes(body) if n.end >= len(body) and n.units]
    named = [n for n in notes if any(not u.generic for u in n.units)]
    return tuple(None if not ns else "alone" if ns[-1].start <= lead + 1 else "closing" for ns in (named, notes))


def _clause_close(text: str) -> str | None:
    """"closing" when a paragraph's last clause gives the work to named units with no bracket (……，区城市管理局、
    区住房城乡建设委按职责分工负责。 ……，区经济信息委牵头，区城市管理局配合。 ……，由区城市管理局负责。): the same
    paragraph-by-paragraph sharing out as a closing note; None otherwise (……，由有关部门负责: a generic unit)."""
    from .units import responsible_units

    body = text.rstrip(" \u3000。；;.")
    cut = max(body.rfind(c) for c in "，,。；;")
    last = body[cut + 1:]
    rx = _responsibility().get("closing_clause_predicate")
    if cut < 0 or not rx or re.search(rx, last) is None:
        return None
    return "closing" if any(not u.generic for u in responsible_units(last, answering=True)) else None


def _sentence_line(text: str) -> bool:
    """A line of prose: it ends a sentence, or with a note (……给予补助（市商务局负责）, ……压缩至5日（各部门负责）: a
    generic one too); not a title (……计划（2021-2023年）)."""
    return bool(re.search(r"[。；;！？!?]$", text.strip())) or _note_close(text, generic=True) is not None


def _paragraph_notes(ctx, part_lines: list[int]) -> bool:
    """At least three and half of the part's prose close with a note, and no note stands on a line of its own.  The
    prose: its paragraphs, and items whose heading line goes on with sentences (（一）……行动。在……)."""
    heads = {h.line for h in ctx.gw.headings}
    paras = [ln for ln in part_lines if (t := ctx.reading(ln).strip()) and (ln not in heads or "。" in t.rstrip("。"))]
    # a paragraph closed by a generic note (（各部门负责）, （相关部门负责）) is shared out the same way, badly: it
    # shows the pattern as much as a named one (two named ones at least)
    closes, loose = zip(*(_note_closes(ctx.reading(ln)) for ln in paras)) if paras else ((), ())
    noted = loose.count("closing")
    return "alone" not in closes and closes.count("closing") >= 2 and noted >= 3 and noted * 2 >= len(paras)


def noted_paragraphs(ctx, measure, part_lines: list[int]) -> list:
    """The paragraphs of ``measure`` as its items, in a document whose measures are unnumbered paragraphs each closed
    by its own note (一、支持应用场景开放 / 对……给予补助。（省工信厅负责） / 鼓励……。（省国资委负责））: at least three
    and half of the prose paragraphs of ``part_lines`` close with a note naming a unit.  Empty otherwise, and where
    notes stand on lines of their own (牵头单位：……, the label lines of the measure above them)."""
    from .structure import Heading, Measure

    own = []
    for ln in measure.lines:
        text = ctx.reading(ln).strip()
        if ln == measure.heading.line or not text:
            continue
        if not _sentence_line(text):
            break  # a title (the next carried document's): the measure's paragraphs end before it
        own.append(ln)
    closing = _closing_item_re()
    own = [ln for ln in own if closing is None or not closing.search(ctx.reading(ln).strip())]
    if len(own) < 2:
        return []
    if not ctx.memo(("noted_paragraphs", tuple(part_lines)), lambda: _paragraph_notes(ctx, part_lines)):
        return []
    out = []
    for i, ln in enumerate(own, 1):
        text = ctx.reading(ln)
        lead = len(text) - len(text.lstrip(" \u3000"))
        cut = _ITEM_TITLE_END.search(text, lead)
        title = text[lead:cut.start()] if cut else text[lead:]
        h = Heading("para", measure.heading.level + 1, i, "", ln, title, measure.heading.part, lead)
        out.append(Measure(h, [ln], text))
    return out


def untitled_section_measures(ctx, part: int) -> list:
    """The measures of a policy part whose sections are titles without numbers (打造夜间消费地标 / 围绕……给予补助。（责任
    单位：市商务局） / 鼓励……): each prose paragraph under such a title is a measure, when at least three and half of
    those paragraphs close with a note naming a unit (the document shares its work out paragraph by paragraph).  A title
    is a short line that ends no sentence; the paragraphs before the first title (为……，制定本方案。) are the preamble.
    Empty when the part has numbered items, a note on a line of its own, or no such titles."""
    from .structure import Heading, Measure

    lines = [ln for ln in ctx.gw.part_lines(part) if ctx.reading(ln).strip()]
    present = set(lines)
    if any(h.line in present for h in ctx.gw.headings) or len(lines) < 4:
        return []
    cells = table_cell_lines(ctx)
    closing = _closing_item_re()
    untitled = not any(not _sentence_line(ctx.reading(ln)) for ln in lines)
    out, title = [], None
    for ln in lines:
        text = ctx.reading(ln)
        if ln in cells:
            return []  # a table: its rows, not paragraphs, carry the work
        if not _sentence_line(text):
            if len(text.strip()) > 24:
                return []  # a long line without a stop: no section title, another layout
            title = ln
            continue
        if closing is not None and closing.search(text.strip()):
            continue
        if title is None and not (untitled and ln != lines[0]):
            continue  # before the first title: the preamble; with no title at all, only the first paragraph is
        lead = len(text) - len(text.lstrip(" \u3000"))
        cut = _ITEM_TITLE_END.search(text, lead)
        h = Heading("para", 1, len(out) + 1, "", ln, text[lead:cut.start()] if cut else text[lead:], part, lead)
        out.append(Measure(h, [ln], text, context=[title] if title is not None else []))
    closes = [_note_close(ctx.reading(m.heading.line)) or _clause_close(ctx.reading(m.heading.line)) for m in out]
    noted = closes.count("closing")
    if "alone" in closes or noted < 3 or noted * 2 < len(out) or noted == len(out):
        return []  # all noted: nothing to find; or too few notes to read the layout
    return out


def assigned_by_number(ctx, measures, named) -> set[tuple[int, int]]:
    """(level, number) of the measures a sentence gives units by their numbers (以上第一至三项由市经信局牵头；第四项由……
    负责；五、责任分工。第一条由……): each ；-part naming a unit covers the numbers it lists, at the measures' levels."""
    w = _responsibility()
    rx, back, head = w.get("item_reference"), w.get("item_reference_lead"), w.get("item_reference_heading")
    if not rx or not back or not measures:
        return set()
    levels = {m.heading.level for m in measures}
    out: set[tuple[int, int]] = set()
    prev = ""  # 五、责任分工 on a line of its own heads the paragraph under it
    for ln in ctx.gw.content_lines:
        text, above, prev = ctx.reading(ln), prev, ctx.reading(ln).strip()
        lead = _rx(back).search(text) or (_rx("").match(text) if head and _rx(head).search(above) else None)
        if lead is None or "第" not in text[lead.end():]:
            continue  # 第三条 市商务局负责……: an article of its own, not a look back at numbered measures
        text = text[lead.start():]
        for part in re.split(r"[；;。]", text):
            refs = list(re.finditer(rx, part))
            if not refs or not named(part[refs[-1].end():]):
                continue
            nums: list[int] = []
            for ref in refs:
                got = [n for n in (_markers.chinese_to_int(x) or (int(x) if x.isdigit() else None)
                                   for x in re.findall(r"[一二三四五六七八九十]+|\d+", ref.group(0))) if n]
                if re.search("[至到—－-]", ref.group(0)) and len(got) == 2:
                    got = list(range(got[0], got[1] + 1))
                nums.extend(got)
            out.update((lv, n) for lv in levels for n in nums)
    return out


def measure_items(ctx, measure) -> list:
    """Items of ``measure`` that are no numbered sub-items: a list inside its text (一是……；二是……；第一，……), or
    its paragraphs where each paragraph is closed by its own note (:func:`noted_paragraphs`)."""
    return inline_measures(ctx, measure.lines, measure.heading.part, measure.heading.level + 1) \
        or noted_paragraphs(ctx, measure, ctx.gw.part_lines(measure.heading.part))


def _procedural(title: str, ancestors) -> bool:
    """An item of a plan's 保障措施/组织保障 section that arranges the work itself (（一）加强组织领导,
    （二）强化督导问效): how the plan is run, not a policy measure to share out."""
    d = _responsibility()
    sections = tuple(d.get("support_section_titles", []))
    items = tuple(d.get("procedural_item_titles", []))
    rx = d.get("procedural_item_pattern")
    if not sections or not (title.lstrip(" \u3000").startswith(items) if items else False) \
            and not (rx and re.fullmatch(rx, _title_words(title))):
        return False
    return _in_support_section(ancestors)


def _support_body_procedural(m) -> bool:
    """A 保障措施 section with no items of its own whose body opens with a procedural item (二、保障措施
    加强组织领导，各县（区）……主要负责同志亲自抓。): the same arrangement written as running text."""
    d = _responsibility()
    sections, items = tuple(d.get("support_section_titles", [])), tuple(d.get("procedural_item_titles", []))
    title = re.sub(r"^[\s\u3000]+", "", m.heading.title or "")
    # 六、加强组织保障: a section headed by 保障 itself is the 保障措施 in other words (as _in_support_section reads it)
    if not sections or not items or not (title.startswith(sections) or _SUPPORT_HEAD.fullmatch(_title_words(title))):
        return False
    body = re.sub(r"^[\s\u3000]+", "", m.text[m.text.find(title) + len(title):].lstrip("。 \u3000\n"))
    first = re.split(r"[。；]", body, maxsplit=1)[0]
    # 成立……领导小组，办公室设在……: setting up the body that runs the plan is 加强组织领导 in its own words
    setup = d.get("coordination_setup_pattern")
    opens = body.startswith(items) or bool(setup and re.match(setup, body))
    return opens and not re.search(d.get("funding_input_pattern") or "(?!)", first)


def _in_support_section(ancestors) -> bool:
    sections = tuple(_responsibility().get("support_section_titles", []))
    # 三、强化保障 / 四、加强组织保障: a section headed by 保障 itself is the plan's 保障措施 in other words
    return bool(sections) and any(re.sub(r"^[\s\u3000]+", "", a.title).startswith(sections)
                                  or _SUPPORT_HEAD.fullmatch(_title_words(a.title)) for a in ancestors)


_SUPPORT_HEAD = re.compile(r"(?:加强|强化|做好|完善|健全|落实)?(?:组织|工作|政策|实施)?保障(?:措施|机制|体系|工作)?")


def _sanctions_only(measure, ancestors) -> bool:
    """An item of a 保障措施 section whose every sentence is a sanction or reward on a condition
    (对因工作不力造成人员伤亡的，依规依纪追究责任; 纳入年度考核): how the plan is enforced, whatever its title;
    elsewhere, one so titled (实行考核奖惩, 严格责任追究) whose every sentence is one."""
    d = _responsibility()
    rx, titled = d.get("sanction_sentence_pattern"), d.get("procedural_item_pattern")
    # outside a 保障措施 section only an item titled as enforcement itself (（五）实行考核奖惩, 严格责任追究)
    if not rx or not (_in_support_section(ancestors) or
                      (titled and re.fullmatch(titled, _title_words(measure.heading.title or "")))):
        return False
    return _all_sanctions(measure, rx)


def _all_sanctions(measure, rx: str) -> bool:
    """Every sentence after the item's title is a sanction or reward on a condition (对……的，依规依纪追究责任)."""
    h = measure.heading
    body = measure.text
    if body.startswith(h.marker):  # 第八条 违规处理。……: past the marker, the spaces after it and the title
        k = len(h.marker) + len(body[len(h.marker):]) - len(body[len(h.marker):].lstrip(" \u3000"))
        body = body[k + len(h.title or ""):] if body.startswith(h.title or "", k) else body[len(h.marker):]
    parts = [p.strip(" \u3000。；;") for p in re.split(r"[。；;]", body)]
    parts = [p for p in parts if p]
    return bool(parts) and all(_rx(rx).match(p) for p in parts)


def _running_costs(measure, ancestors) -> bool:
    """An item of a 保障措施 section that only says where the plan's own running costs come from
    (（四）强化经费保障。整治所需工作经费按规定纳入部门预算): procedural; one that sets up or allots money
    (设立专项资金，每年安排1亿元) is a measure."""
    d = _responsibility()
    rx, words, funding = d.get("running_cost_title_pattern"), d.get("running_cost_words", []), d.get("funding_input_pattern")
    if not rx or not re.fullmatch(rx, _title_words(measure.heading.title)) or not _in_support_section(ancestors):
        return False
    body = measure.text
    return any(w in body for w in words) and not (funding and re.search(funding, body))


def ancestor_map(heads, within: dict | None = None) -> dict[int, list]:
    """id of each heading → the sections above it, nearest last: of the headings on earlier lines of its part
    (and, with ``within``, of its carried document: line → that document's lines), the nearest of each level
    above its own, read in one pass over the headings (a document of thousands of items stays linear)."""
    order = sorted(heads, key=lambda x: x.line)
    levels = sorted({x.level for x in heads})
    chains: dict[tuple, dict] = {}
    out: dict[int, list] = {}

    def doc_of(line: int):
        if not within:
            return 0
        d = within.get(line)
        return None if d is None else id(d)

    i = 0
    while i < len(order):
        j = i
        while j < len(order) and order[j].line == order[i].line:
            j += 1
        group = order[i:j]
        doc = doc_of(group[0].line)
        for h in group:
            chain = chains.get((h.part, doc, h.level), {}) if doc is not None else {}
            out[id(h)] = [chain[lv] for lv in sorted(chain)]
        if doc is not None:
            for p in group:
                for lv in levels:
                    if 0 < p.level < lv or (p.level == 0 and lv != 0):
                        chain = chains.setdefault((p.part, doc, lv), {})
                        chain[p.level] = p
                        for deeper in [x for x in chain if x > p.level]:
                            del chain[deeper]
        i = j
    return out


def _ancestors_of(ctx) -> dict[int, list]:
    return ctx.memo("heading_ancestors", lambda: ancestor_map(ctx.gw.headings))


def _above(above: dict[int, list], heads, h, within: dict | None = None) -> list:
    """The sections above ``h`` from ``above``; a heading made outside the structure's list (an item read
    from running text) is placed among ``heads`` on its own."""
    got = above.get(id(h))
    if got is not None:
        return got
    return ancestor_map([*[p for p in heads if p.line < h.line], h], within)[id(h)]


def procedural_measures(ctx, measures) -> set[int]:
    """ids of the measures that are procedural items of a plan's 保障措施 (（一）加强组织领导): they need no
    responsible unit of their own (GW102), though a slogan there is still vague (GW502 keeps them).
    So are the items that say WHEN, WHERE, WHOM or HOW the work is run rather than what is to be done —
    a heading named 整治时间, 整治对象, 联系方式, the section 工作要求 — the entries of a schedule (7月上旬，召开……会议),
    and in an event's plan (……博览会活动方案, ……会议方案) every item outside a section of tasks
    (活动内容, 活动安排, 安全保障 arrange the event; a 主要任务 section there still holds measures)."""
    above = _ancestors_of(ctx)
    heads = ctx.gw.headings
    event = event_plan(ctx.gw)
    # a plan whose tasks are the rows of a division table: an item named only as a section (二、重点任务。围绕……
    # 实施三大工程。 三、保障措施。……) heads and sums up that section, its tasks being the rows
    tabled = any(_section_name(m.heading.title) for m in measures) and \
        bool(ctx.memo("task_table_rows", lambda: _task_table_rows(ctx)))
    out = set()
    for m in measures:
        ancestors = _above(above, heads, m.heading)
        titles = [a.title for a in ancestors] + [m.heading.title]
        label = _inline_label(m.heading.title)  # 三、工作要求：检查人员按……执法: the label names the item
        if label is not None:
            titles.append(label)
        if _procedural(m.heading.title, ancestors) or _running_costs(m, ancestors) or _sanctions_only(m, ancestors) \
                or _support_body_procedural(m) \
                or any(_arrangement_title(t) for t in titles) \
                or schedule_entry(m.text) or (event and not any(_task_section_title(t) for t in titles[:-1])) \
                or (tabled and _section_name(m.heading.title)) or _division_title(ctx, m.heading.title):
            out.add(id(m))
    return out


def _inline_label(title: str) -> str | None:
    """The label of an item written ``label：text`` on one line (工作要求：……; 重点任务：见下表), or None."""
    head, colon, _rest = title.partition("：")
    return head if colon and 2 <= len(head) <= 8 and not re.search(r"[，。；、]", head) else None


def _division_title(ctx, title: str) -> bool:
    """A heading that names the division of the work itself (五、任务分工, 三、责任分工安排): the table under it
    shares out the measures above, it is no measure of its own.  Named by a list title or as the work broken down
    (四、任务分解, 目标任务分解, 责任分解: 各项任务分工如下表)."""
    pointer = _responsibility().get("division_pointer_pattern")
    if pointer and re.fullmatch(pointer, _title_words(title)):
        return True  # 五、各项任务的牵头单位、配合单位和完成时限见下表: where the division is, no measure
    names = policy_settings(ctx)["list_titles"]
    if not names:
        return False
    rx = f"(?:重点|主要|工作)?(?:{'|'.join(map(re.escape, names))}|(?:目标|任务|责任|工作){{1,2}}(?:分解|分配))" \
         f"(?:表|安排|方案|情况)?"
    return re.fullmatch(rx, _title_words(title)) is not None


def _section_name(title: str) -> bool:
    """A title that names a section of a plan (重点任务, 主要工作, 保障措施, 组织保障), not a task."""
    t = _title_words(title)
    rx = _responsibility().get("task_section_pattern")
    return (bool(rx) and re.fullmatch(rx, t) is not None) or re.fullmatch(r"(?:主要|重点)工作", t) is not None \
        or t in _responsibility().get("support_section_titles", [])


def _title_words(title: str) -> str:
    return re.sub(r"[\s\u3000。．.：:]+$", "", re.sub(r"^[\s\u3000]+", "", title or ""))


def _arrangement_title(title: str) -> bool:
    """A heading that names an arrangement, not a task (整治时间, 活动时间和地点, 适用范围, 工作要求, 联系方式)."""
    rx = _responsibility().get("arrangement_title_pattern")
    return bool(rx) and _rx(rx).fullmatch(_title_words(title)) is not None


def _task_section_title(title: str) -> bool:
    rx = _responsibility().get("task_section_pattern")
    return bool(rx) and re.match(rx, _title_words(title)) is not None


def event_plan(gw) -> bool:
    """The policy document is the plan of an event (……博览会活动方案, ……运动会筹备工作方案, ……会议方案): its items
    arrange the event — time, place, programme, safety, organisers — and are no policy measures."""
    rx = _responsibility().get("event_plan_pattern")
    return bool(rx) and re.search(rx, _TRAILING_NOTE.sub("", policy_title(gw))) is not None


def schedule_entry(text: str) -> bool:
    """An item of a schedule: a date or period first, then a meeting or event held then
    (7月上旬，召开全县上半年经济运行分析会; 10月中旬　举办招商引资项目集中签约活动)."""
    rx = _responsibility().get("schedule_entry_pattern")
    return bool(rx) and re.match(rx, re.sub(r"^[\s\u3000]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)?[\s\u3000]*", "", text)) is not None


def task_measures(ctx, non_task_titles) -> list:
    """Measures at the working level that are tasks (not 指导思想, 基本原则 …, not rules
    for third parties)."""
    gw, doc = ctx.gw, ctx.doc
    docs = carried_documents(ctx)
    if len(docs) > 1:
        # a notice carrying two documents: each is read on its own (its items restart at （一）)
        measures = []
        for d in docs:
            own = _closing_items_cut(_closing_cut(gw.content_measures(doc, part=d.part, lines=d.lines),
                                                  doc, gw.headings))
            measures += own or inline_measures(ctx, d.lines, d.part, 1)
    elif docs and docs[0].part != gw.policy_part() and _division_attachment(ctx, gw.policy_part()) and \
            _rows_follow(ctx, body := _closing_items_cut(_closing_cut(
                gw.content_measures(doc, part=docs[0].part, lines=docs[0].lines), doc, gw.headings))):
        # the carried document printed in the 正文 under its title, its division table the attachment
        # (附件：重点任务分工表) going through its items: the measures are the 正文's items
        measures = body
    else:
        measures = _closing_items_cut(_closing_cut(gw.content_measures(doc), doc, gw.headings))
        if measures:
            measures = sorted(measures + _listed_sections(ctx, measures, gw.policy_part()), key=lambda m: m.heading.line)
    if not measures and len(docs) <= 1:
        # no numbered items: measures listed in running text (一是……。二是……。) are the measures, or paragraphs under
        # titles without numbers that share the work out by closing notes
        part = gw.policy_part()
        measures = inline_measures(ctx, gw.part_lines(part), part, 1) or untitled_section_measures(ctx, part)
    heads = gw.headings

    # 实施步骤, 进度安排 …; 攻坚时间, 投资目标, 实施期限 … (a period or a target, no task)
    patterns = [re.compile(p) for k in ("non_task_title_pattern", "non_task_title_tail_pattern",
                                                  "non_task_target_title_pattern")
                if (p := _responsibility().get(k))]

    def non_task(title: str) -> bool:
        t = re.sub(r"^[\s\u3000]+", "", title)
        return any(t.startswith(x) for x in non_task_titles) or any(rx.match(t) is not None for rx in patterns)

    # a carried document's sections are its own: the one before it ends where it begins
    within = {ln: own for d in docs for own in [set(d.lines)] for ln in d.lines} if len(docs) > 1 else {}
    above = ancestor_map(heads, within) if within else _ancestors_of(ctx)
    cells = table_cell_lines(ctx)
    out = []
    for m in measures:
        h = m.heading
        if non_task(h.title) or h.line in cells:
            continue
        ancestors = _above(above, heads, h, within)
        parent = ancestors[-1] if ancestors else None
        if any(non_task(a.title) for a in ancestors):
            continue
        if third_party_norm(m, parent) or any(third_party_norm(m, a) for a in ancestors[:-1]):
            continue
        out.append(m)
    return out


def _listed_sections(ctx, measures, part: int) -> list:
    """The items listed inline (第一，……；第二，……; 一是……二是……) in a top section of running text that stands
    beside sections of numbered items (二、重点任务 / 第一，……，由小区所在街道办事处负责；第二，……), when they give
    their units item by item (one of them names a specific unit): the section is no frame of the numbered
    measures (二、保障措施 / 三、工作要求 are) but a measure whose listed items each answer for themselves (GW102
    asks each item for its unit)."""
    from .structure import Measure, _measure_text
    from .units import find_notes, measure_unit_names, responsible_units

    gw = ctx.gw
    heads = [h for h in gw.headings if h.part == part and h.level != 0]
    if not heads:
        return []
    top = min(h.level for h in heads)
    taken = {m.heading.line for m in measures} | {ln for m in measures for ln in m.lines}
    part_lines = gw.part_lines(part)
    out = []
    for i, h in enumerate(heads):
        if h.level != top or h.line in taken or _in_support_section([h]):
            continue  # 三、保障措施 / 一是加强督查指导……: how the plan is backed, framing the measures
        nxt = next((x.line for x in heads[i + 1:] if x.level <= top), None)
        deeper = [x for x in heads[i + 1:] if nxt is None or x.line < nxt]
        if deeper:
            continue
        lines = [ln for ln in part_lines if ln >= h.line and (nxt is None or ln < nxt)]
        items = inline_measures(ctx, lines, part, top + 1)
        if len(items) < 2:
            continue
        if not any(any(not u.generic for u in responsible_units(it.text)) or
                   any(not u.generic for n in find_notes(it.text) for u in n.units) for it in items):
            continue
        text = _measure_text(ctx.doc, h, lines)
        out.append(Measure(h, lines, text, measure_unit_names(text)))
    return out


def policy_measures(ctx, levels, policy_types=None, *, own_system: bool = False,
                    allow_empty: bool = False) -> tuple | None:
    """(issuer, task measures) of a policy document (one of ``policy_types``, default
    the lexicon's) whose issuer is at one of ``levels``; None when the document is
    out of scope (GW102 and GW502): no policy form (in a 印发 notice the carried
    document decides), a norm in articles (办法, 细则, 规定), and — unless
    ``own_system`` — a department's document to its own system (its tasks need no
    sharing out among departments, but they can still be vague: GW502 passes True) whose
    responsibility notes name no other body.  ``allow_empty``: (issuer, []) for a document
    in scope without numbered measures (its tasks may be in a table)."""
    gw = ctx.gw
    cfg = policy_settings(ctx)
    if policy_types is None:
        policy_types = cfg["policy_types"]
    docs = carried_documents(ctx) if gw.forwarding else []
    if len(docs) < 2 and not is_policy_document(gw, policy_types):
        return None
    issuer = gw.issuer
    if issuer is None or issuer.level not in levels:
        return None
    measures = ctx.memo("task_measures", lambda: task_measures(ctx, cfg["non_task_titles"]))
    frame = _responsibility().get("norm_frame_article_pattern")
    if frame:  # 第一条 为……，制定本规定; 第二条 本规定适用于……: the frame of articles, in any document, is no measure
        measures = [m for m in measures if m.heading.style != "第一条" or not re.search(frame, m.text)]
    if len(docs) < 2 and normative_document(gw, policy_types):
        # a norm in articles needs no 责任单位 -- unless its articles share work out by notes as a plan's
        # measures do (第三条 ……（责任单位：州林业局、州自然资源局）): then each article that is a task is held to it
        measures = _noted_articles(measures, issuer.name, [h.line for h in gw.headings if h.level == 0])
        if not measures:
            return None
    if len(docs) > 1:
        # each carried document's own 文种 decides: the measures of a 方案 count, the articles of a 办法 do not
        checked = {ln for d in docs if _carried_policy(d, measures, policy_types, issuer.name) for ln in d.lines}
        if not checked:
            return None
        measures = [m for m in measures if m.heading.line in checked]
    if not own_system and own_system_document(ctx) and not _shared_out(measures, issuer.name) \
            and not _table_shared_out(ctx, issuer.name):
        return None
    # a department's 工作要点 plans its own year (its divisions carry the items): a policy to share out
    # among departments only when its notes name other bodies (a government's 要点 always is one)
    if not own_system and department_issuer(gw) and policy_form(gw, policy_types) in _work_point_forms() \
            and not _shared_out(measures, issuer.name, divisions=False):
        return None
    # a party department's or a mass organisation's 要点 (宣传部, 组织部, 团县委, 市妇联) plans work outside the
    # government system, to which 第2条 speaks (rules.md GW102: 要点 is no policy form of its own; a government's
    # or its departments' 要点 that shares work out is held to it like a 方案)
    if not own_system and policy_form(gw, policy_types) in _work_point_forms() \
            and gw.issuers and all(_outside_government(o.name) for o in gw.issuers):
        return None
    return (issuer, measures) if measures or allow_empty else None


def _noted_articles(measures, issuer_name: str, chapters: list[int] = ()) -> list:
    """The task articles of a norm that shares work out by responsibility notes in two articles or more
    ([] otherwise): those that say who answers for them (a note, 由……负责, ……牵头), well or only generically
    (由相关单位负责); an article without such words is a rule of the norm (市级河湖长每年巡河不少于2次), and
    neither its purpose article (为……，制定本细则) nor one on its interpretation or entry into force
    (本细则由……负责解释, 自印发之日起施行) is a task."""
    from .units import find_notes

    if sum(1 for m in measures if _note_shares_out(m.text, issuer_name) or _article_assigns(m.text, issuer_name)) < 2:
        return []
    rx = _responsibility().get("norm_frame_article_pattern")
    kept = [m for m in measures if not (rx and re.search(rx, m.text))]
    noted = [bool(find_notes(m.text) or re.search(r"负责|牵头", m.text)) for m in kept]
    # an article without a note between two noted ones of its chapter (第五条……（××负责） 第六条 人才安居支持……
    # 第七条……（××负责）) is one of the measures shared out, left without its unit: an omission, not a rule
    # -- when the articles are measures titled alike (第三条 落户奖励。…… / 第四条 融资支持 ……); an untitled article
    # (第五条 业主大会成立前，维修资金的使用申请由物业服务企业提出。) is a rule of the norm
    chapters = sorted(chapters)
    chapter = [bisect_right(chapters, m.heading.line) for m in kept]
    titled = [_short_titled(m) for m in kept]
    sanction = _responsibility().get("sanction_sentence_pattern")

    # per chapter: its titled articles, the first and last noted one, the last one without a note (one pass)
    count: dict[int, list[int]] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    open_last: dict[int, int] = {}
    for j in range(len(kept)):
        if not titled[j]:
            continue
        c = count.setdefault(chapter[j], [0, 0])
        c[0] += 1
        if noted[j]:
            c[1] += 1
            first.setdefault(chapter[j], j)
            last[chapter[j]] = j
        else:
            open_last[chapter[j]] = j

    def omitted(i: int) -> bool:
        c, total, done = chapter[i], *count[chapter[i]]
        if first.get(c, i) >= i:
            return False  # no noted article before it: 第二条 河湖巡查。市级河湖长每年巡河…… opens with a rule
        # between two noted ones, or closing a chapter whose titled articles are mostly noted (第四条 人才安居 after
        # 第二条、第三条 with notes)
        return last[c] > i or (done >= 2 and 3 * done >= 2 * total and open_last[c] == i)

    return [m for i, m in enumerate(kept) if noted[i] or (
        titled[i] and not (sanction and _all_sanctions(m, sanction))  # 第八条 违规处理。对……的，依规依纪追究责任: 罚则
        and omitted(i))]


def _short_titled(m) -> bool:
    """The article opens with a short title of its own before its text (第六条 人才安居支持。对……)."""
    title = (m.heading.title or "").strip()
    return 2 <= len(title) <= 12 and len(m.text) > len(m.heading.marker) + len(title) + 4


def _article_assigns(text: str, issuer_name: str) -> bool:
    """An article that gives a task to another named body of the issuer's level in its own words (……的技术审查由
    区自然资源局负责; 由市住建局会同……牵头): it shares work out among the departments as a note does.  A competence
    article (市住建局负责全市……的监督管理) states the norm's organs, and one giving a step of the procedure to the
    lower levels' offices (由县级农业农村主管部门负责受理) is a rule of the norm: neither is a task given out."""
    from .orgs import classify
    from .units import find_units

    rx = _responsibility().get("article_assignment_pattern")
    if not rx:
        return False
    level = classify(issuer_name).level
    # a 新区/开发区 管委会's own departments are named after the zone (高新区经济运行局, 经开区建设局), whatever
    # level the zone's name reads as: they are the issuer's level
    zone = _zone_committee(issuer_name)
    units = find_units(text)  # read in the article (a name alone segments otherwise: 高新区经济运行局)
    for m in re.finditer(rx, text):
        if any(not u.generic and (u.level == level or zone and u.name.startswith(zone))
               and not _names_issuer(u.name, issuer_name)
               for u in units if m.start("who") <= u.start and u.end <= m.end("who")):
            return True
    return False


def _zone_committee(issuer_name: str) -> tuple[str, ...]:
    """The zone words (新区, 开发区, 高新区 …) its departments' names open with, when the issuer is a 新区/开发区
    管委会; () otherwise."""
    rx = _directives().get("dispatched_agency")
    if not rx or not re.search(rx, issuer_name):
        return ()
    return tuple(_directives().get("zone_words", ()))


def _outside_government(name: str) -> bool:
    from .orgs import outside_government_system

    return outside_government_system(name)


def _carried_policy(d, measures, policy_types, issuer_name: str) -> bool:
    """Whether one carried document is a policy document held to 逐条明确责任: its title ends
    with a policy 文种; a 办法/细则/规定 only when it is a list of measures shared out among
    bodies, not a norm in articles (第一条……)."""
    d_ = _responsibility()
    normative = d_.get("normative_types", [])
    t = _TRAILING_NOTE.sub("", d.name.strip("《》 "))
    form = next((f for f in sorted([*policy_types, *normative], key=len, reverse=True) if f and t.endswith(f)), None)
    if form is None:
        return False
    if form not in normative or any(w in t for w in d_.get("measure_list_words", [])):
        return form in policy_types or form in normative
    own = [m for m in measures if m.heading.line in set(d.lines)]
    if not own or any(m.heading.style == "第一条" for m in own):
        return False
    return _shared_out(own, issuer_name)


def _work_point_forms() -> tuple[str, ...]:
    return tuple(_responsibility().get("work_point_types", []))


def _shared_out(measures, issuer_name: str, divisions: bool = True) -> bool:
    """A measure's responsibility note names a body other than the issuer (（责任单位：省财政厅、省农业农村厅）
    in the 农业农村厅's 指导意见 to its own system), or one of the issuer's divisions by name (（厅种植业管理处
    牵头）): the document shares its measures out, so it is held to 逐条明确责任 — a measure left without a
    note is an omission, not the department's own work."""
    return any(_note_shares_out(m.text, issuer_name, divisions) for m in measures) \
        or (divisions and any(_peer_named(m.text, issuer_name) for m in measures))


# a department of a government (……局, ……厅, ……委): not a station, centre or division under the issuer
_PEER_DEPARTMENT = re.compile(r"(?:局|厅|委员会|委|办公室|办)$")


def _peer_named(text: str, issuer_name: str) -> bool:
    """Another department of the issuer's own government named responsible in the sentence itself, not in a
    bracketed note (由州畜牧兽医局负责技术指导 in a 州农业农村局's plan to its system): the plan shares work out."""
    from .orgs import classify, split_region
    from .units import responsible_units

    own, level = split_region(issuer_name)[1], classify(issuer_name).level
    for u in responsible_units(text):
        tail = split_region(u.name)[1]
        if u.kind == "department" and not u.generic and u.level == level and tail and own \
                and not _names_issuer(u.name, issuer_name) and not u.text.startswith(("局", "厅", "委", "各")) \
                and _PEER_DEPARTMENT.search(tail):
            return True
    return False


def _note_shares_out(text: str, issuer_name: str, divisions: bool = True) -> bool:
    from .units import find_notes

    for note in find_notes(text):
        for u in note.units:
            if u.source == "note" and u.kind == "department" and divisions:
                return True  # its own divisions by name (厅种植业管理处牵头): it shares its measures out
            if u.generic or u.source == "note":
                continue
            if _names_issuer(u.name, issuer_name):
                # the issuer itself, by short name — or one of its offices named after it (市住房和城乡建设局物业管理科)
                if divisions and _DIVISION_AFTER.match(text, u.end):
                    return True
                continue
            return True
    if divisions:
        # 由厅公路处负责, 由局执法支队会同各分局负责: a division named inline shares the measure out as a note
        # (（厅公路处负责）) or a task table's 责任单位 cell does
        from .units import division_item, responsible_units

        rx = division_item()
        return rx is not None and any(u.kind == "department" and rx.match(u.text) for u in responsible_units(text))
    return False


# the one-character level words (orgs.LEVEL_CHARACTERS), and 街 for 街道 (区街两级)
_TIERS = dict((*_LEVEL_CHARACTERS, ("街", "township")))


def _tier_levels(tiers: str) -> list[str] | None:
    """The levels of a tiers' short form the table does not list (区镇两级, 区、镇（街道）两级, 县乡村三级): each
    character its level (a 区 of a city is a county-level government); None when it is no such form."""
    if not re.search(r"[两三]级$", tiers):
        return None
    out: list[str] = []
    for ch in re.sub(r"（[^）]*）", "", tiers[:-2]):
        lv = _TIERS.get(ch)
        if lv is not None and lv not in out:
            out.append(lv)
    return out or None


def _names_issuer(name: str, issuer_name: str) -> bool:
    """``name`` is the issuer itself, by short name (省经济和信息化厅 for 四川省经济和信息化厅) -- or one of its
    offices named after it (市住房和城乡建设局物业管理科)."""
    from .orgs import split_region

    own, tail = split_region(issuer_name)[1], split_region(name)[1]
    return name == issuer_name or bool(tail and own and (tail == own or own.endswith(tail) or tail.startswith(own)))


def _table_shared_out(ctx, issuer_name: str) -> bool:
    """A task table whose 责任单位 (责任主体, 落实单位) column names the issuer's divisions or other bodies
    shares the tasks out just as notes do (厅种植业管理处 in a row of a 农业农村厅's plan to its own system)."""
    d = _responsibility()
    for table in _unit_tables(ctx):
        unit_col = table.column(d.get("unit_columns", []))
        for r in table.rows[1:]:
            cell = r.cells[unit_col].strip() if unit_col < len(r.cells) else ""
            if cell and (_note_shares_out(f"（{cell}负责）", issuer_name) or _issuer_division_cell(cell, issuer_name)):
                return True
    return False


def _issuer_division_cell(cell: str, issuer_name: str) -> bool:
    """A unit cell naming a bureau or division under the issuer by the issuer's name (省交通运输厅公路局,
    市农业农村局耕地建设科): the table gives the task to it, as a note naming it would (h18a)."""
    from .orgs import split_region
    from .units import find_units

    own = split_region(issuer_name)[1]
    for item in re.split(r"[、，,；;\s]+", cell.strip()):
        units = find_units(item)
        if not units or units[0].start != 0 or units[0].generic:
            continue
        tail = split_region(units[0].name)[1]
        if tail and own and tail == own and _DIVISION_AFTER.fullmatch(item[units[0].end:]):
            return True
    return False


# a division named after its organ's name (……局物业管理科、……厅人事处), or a bureau or centre under it
# (省交通运输厅公路局, 市农业农村局农机服务中心): up to the next item of the note
_DIVISION_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:处|科|室|股|局|中心)(?=[、，,；;）)\s]|$)")


@dataclass
class ListRow:
    """One entry of a 责任分工 table or 责任清单: its text and the specific units it names."""

    lines: list[int]
    text: str  # squeezed (no spaces or punctuation), for matching measure titles
    number: int | None
    units: list = field(default_factory=list)


_SQUEEZE = re.compile(r"[\s\u3000，,、。；;：:（）()“”《》\-—]+")
# internal offices left over once the units are taken out (合作经济指导处, 科技教育处办公室)
_SUBUNITS = re.compile(r"(?:[\u4e00-\u9fff]{1,12}?(?:处|室|科|中心|站|所|办))+")
_ROW_NO = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s*$")


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", text)


def _region_lines(ctx, rx) -> list[tuple[list[int], set[int]]]:
    """(lines, title lines) of each attached 责任分工/责任清单 and of each such section of the text."""
    gw = ctx.gw
    regions = []
    for att in gw.attachments:
        title = att.title.text if att.title else ""
        if rx.search(title):
            # the title's lines stay for the table builder: a .txt title read too long may
            # have taken the first header cells (序号, 主要任务) with it
            skip = {att.lines[0]} if att.label else set()
            regions.append(([ln for ln in att.lines if ln not in skip], set(att.title.lines) if att.title else set()))
    for h in gw.headings:
        if h.level in (1, 2) and rx.search(h.title) and len(h.title) <= 20:
            nxt = next((x.line for x in gw.headings if x.line > h.line and x.level <= h.level), None)
            regions.append(([ln for ln in gw.content_lines if ln > h.line and (nxt is None or ln < nxt)], set()))
    return regions


def _units_of_lines(ctx, lines) -> list:
    return [u for ln in lines for u in ctx.units(ln) if not u.generic]


def _cell_units_of_lines(ctx, lines) -> list:
    """Specific units of a list row's lines, a cell holding 各县（市、区）政府、市级有关部门 read as 各地各部门
    written out (generic), as a task table's unit cell is (:func:`gwlint.analysis.units.cell_units`)."""
    from .units import spelled_out_generic

    return [u for ln in lines for u in spelled_out_generic(ctx.reading(ln), list(ctx.units(ln))) if not u.generic]


def list_heads(ctx) -> tuple[str, ...]:
    """Header cells of task tables (.txt tables written one cell a line are found by them): the
    configured cells, and the document's own task headers of the configured form (攻坚任务, 整治任务)."""
    def find() -> tuple[str, ...]:
        d = _responsibility()
        heads = list(d.get("list_header_cells", []))
        rx = _task_header_re()
        if rx is not None:
            for ln in ctx.gw.content_lines:
                cell = ctx.reading(ln).strip()
                if cell not in heads and rx.fullmatch(cell):
                    heads.append(cell)
        return tuple(heads)

    return ctx.memo("list_heads", find)


@lru_cache(maxsize=1)
def _task_header_re() -> re.Pattern | None:
    rx = _responsibility().get("task_header_pattern")
    return re.compile(rx) if rx else None


def task_column(table) -> int | None:
    """The column of a task table that names the tasks: a configured header (主要任务) or one of the
    configured form (攻坚任务)."""
    col = table.column(_responsibility().get("task_columns", []))
    rx = _task_header_re()
    if rx is not None:  # the leftmost: 任务事项|工作内容 names the task first, then what it involves
        own = next((i for i, c in enumerate(table.header) if rx.fullmatch(c)), None)
        if own is not None and (col is None or own < col):
            col = own
    return col


def responsibility_rows(ctx, list_titles) -> list[ListRow]:
    """Entries of the document's 责任分工/责任清单 lists.

    Tables come from the one table builder (:func:`gwlint.analysis.tables.tables`: docx
    and pdf cells, tab-separated lines, one cell per line under known header cells); a
    table row is one entry.  Other lines (prose such as 省卫生健康委负责……, or a table
    whose header is not known): a bare number (the 序号 cell) opens an entry, and a line
    that names only units belongs to the entry before it."""
    from .tables import tables

    if not list_titles:
        return []
    rx = re.compile("|".join(map(re.escape, list_titles)))
    heads = list_heads(ctx)
    rows: list[ListRow] = []
    for lines, title_lines in _region_lines(ctx, rx):
        in_table: set[int] = set(title_lines)
        for table in tables(ctx, lines, heads):
            first = table.rows[0].cells[0] if table.rows[0].cells else ""
            # a table continued on a new page may come without its header row
            for r in (table.rows if _ROW_NO.match(first) else table.rows[1:]):
                m = _ROW_NO.match(r.cells[0]) if r.cells else None
                cells = r.cells[1:] if m else r.cells
                row = ListRow(sorted(set(r.lines)), _squeeze("".join(cells)), int(m.group(1)) if m else None,
                              [] if generic_lead(table, r.cells) else _cell_units_of_lines(ctx, sorted(set(r.lines))))
                rows.append(row)
            in_table.update(ln for r in table.rows for ln in r.lines)
        rows.extend(_prose_rows(ctx, [ln for ln in lines if ln not in in_table]))
    return [r for r in rows if r.text or r.units]


def _prose_rows(ctx, lines: list[int]) -> list[ListRow]:
    rows: list[ListRow] = []
    cur: ListRow | None = None
    cur_key = None
    for ln in lines:
        p = ctx.para(ln)
        text = p.text
        units = [u for u in ctx.units(ln) if not u.generic]
        m = _ROW_NO.match(text)
        rest = _squeeze(text)
        for u in units:
            rest = rest.replace(_squeeze(u.text), "")
        if units and _SUBUNITS.fullmatch(rest):
            rest = ""  # 省农业农村厅合作经济指导处: the 处室 of a named unit is still a unit
        if p.table is not None:
            key = p.table[:2]
            opens = key != cur_key
        else:
            key = None
            opens = cur is None or bool(m) or (bool(rest) and not (cur.number is not None and not cur.text))
            if cur is not None and not rest and units:
                opens = False  # a units-only line completes the entry above it
        if opens or cur is None:
            cur = ListRow([], "", None)
            rows.append(cur)
            cur_key = key
        cur.lines.append(ln)
        if m and cur.number is None and not cur.text:
            cur.number = int(m.group(1))
        else:
            cur.text += _squeeze(text)
        cur.units.extend(units)
    return rows


@dataclass
class TaskRow:
    """A row of a task table (序号|主要任务|完成时限|责任单位)."""

    line: int  # the task cell's paragraph
    number: int | None
    task: str
    assigned: bool  # False: the unit column is blank or holds only a dash (—, /, 无), and so is 配合单位
    generic: bool = False  # the unit column names collectives only (相关部门, 各地、各有关部门)


_PAIR_LEVEL = re.compile(r"(?:[省市州盟区县旗](?:直|级|属)?|本级)(?=[、，,和及与等]|$)")


def _generic_cell(text: str, whole_sets) -> bool:
    """A unit cell that names only collectives (相关部门, 有关单位, 各地、各有关部门): no department answers.
    The collective of all departments each for its own share (市直各部门) is a determinate set."""
    from .units import find_units, spelled_out_generic

    # 各市县、各有关部门: the lower governments written out beside 有关部门 are 各地各部门 (units.py)
    units = spelled_out_generic(text, find_units(text))
    if not units or not all(u.generic for u in units):
        return False
    rest = text
    for u in sorted(units, key=lambda u: -u.start):
        rest = rest[:u.start] + rest[u.end:]
    # the level word of a coordinated collective (各旗县市区和市直有关部门, 各乡镇（街道）、县直有关单位) names no body
    rest = re.sub(_PAIR_LEVEL, "", _squeeze(rest)).strip("等及和与、，,")
    # nor does a duty said of the collective (属地负总责, 各地负责, 属地管理): the cell names the duty, not a body
    duty = _responsibility().get("generic_cell_duty")
    if rest and not (duty and re.fullmatch(duty, rest)):
        return False  # words the unit finder does not know: maybe a named body

    def whole(u) -> bool:
        return any(u.text.endswith(w) for w in whole_sets) and not re.search(r"有关|相关|其他", u.text)

    return not all(whole(u) for u in units)


def generic_lead(table, cells) -> bool:
    """The row's 牵头单位/责任单位 cell names only collectives (有关部门, 各地, 相关单位): no unit leads, and the
    配合单位 named beside it do not stand in for one -- the row answers for nothing (rules.md GW102)."""
    d = _responsibility()
    col = table.column(d.get("unit_columns", []))
    if col is None or col >= len(cells) or _squeeze(cells[col]) in {_squeeze(c) for c in d.get("blank_unit_cells", [])}:
        return False
    partner = table.column(d.get("partner_columns", []))
    return _generic_cell(cells[col], tuple(d.get("whole_set_collectives", []))) or \
        _collective_lead(cells[col], cells[partner] if partner is not None and partner < len(cells) else "")


def _collective_lead(lead: str, partner: str) -> bool:
    """A 牵头 cell naming only places as a whole (各县（市、区）, 各县市区, 各县（市）) over a 配合 cell of named
    departments: the column asks for the unit that leads, and a list of places names no body to lead the
    named ones -- the row has no lead (h18a).  Their governments named (各县（市、区）人民政府) lead each
    its own area, and a collective with no partner (the places alone) is each its own area's unit."""
    from .units import find_units

    units = find_units(lead)
    if not units or not all(u.kind == "government" and u.text.startswith("各") and "政府" not in u.text
                            for u in units):
        return False
    rest = lead
    for u in sorted(units, key=lambda u: -u.start):
        rest = rest[:u.start] + rest[u.end:]
    if _squeeze(rest).strip("等及和与"):
        return False  # words the unit finder does not know: maybe a named body
    return any(not u.generic and u.kind != "government" for u in find_units(partner))


def _collective_partner(partner: str) -> bool:
    """A 配合 cell naming only lower governments as a whole (各区镇人民政府, 各乡镇): under an empty 牵头 cell they
    are no unit that leads the task; a named department or government there is (市生态环境局)."""
    from .units import find_units

    units = find_units(partner)
    return bool(units) and all(u.kind == "government" and u.text.startswith("各") and not u.generic for u in units)


def whole_set_noted(text: str) -> bool:
    """A responsibility note naming only the collective of all departments or units, each for its
    own share (（责任单位：市直各部门）): a determinate set, as in a task table's unit column; one with
    有关, 相关 or 其他 (市直各有关部门) names no department."""
    whole_sets = tuple(_responsibility().get("whole_set_collectives", []))

    def whole(u) -> bool:
        # only a level before it (市直各部门, 县政府各部门), not another collective (各地各部门, 各级各部门)
        # and a level there must be: a bare （各部门负责） names no set of this document's level (h18a)
        w = next((w for w in whole_sets if u.text.endswith(w)), None)
        before = re.split(r"[：:、，,；;（(]", text[:u.start])[-1] + u.text[:-len(w)] if w else ""
        return w is not None and bool(before.strip()) and not re.search(r"各|有关|相关|其他", before)

    if any(n.lead and all(whole(u) for u in n.units) for n in _units.find_notes(text)):
        return True
    return own_share_subject(text, whole_sets)


def office_hosted(text: str) -> bool:
    """A measure setting up a coordination body whose office is hosted by a named unit (建立……联席会议制度，联席会议
    办公室设在市商务局): the host runs the body's daily work, so the measure has its unit (GW102).  A generic host
    (办公室设在有关部门) names nobody."""
    from .units import find_units

    hosts = tuple(_directives().get("work_host_verbs", ()))
    if not hosts or not any(h in text for h in hosts):
        return False
    office = re.compile(r"(?:办公室|秘书处|办)(?:" + "|".join(map(re.escape, hosts)) + ")$")
    return any(not u.generic and office.search(text, 0, u.start) for u in find_units(text))


def role_noted(text: str) -> bool:
    """A responsibility clause naming the unit by its role towards the task (由起草部门负责, 由审批部门负责,
    由属地乡镇负责), or the member by the case he holds (包案领导每月带案下访): for each case exactly one unit
    or person, as determinate as a name (rules.md GW102)."""
    d = _responsibility()
    # read full-width: a note pasted with half-width brackets (由项目属地镇(街道)负责) is the same note;
    # 包案领导每月带案下访, 由一名街道班子成员包案: a member named by the case he holds is as determinate
    text = reading(text)
    for rx in (d.get("role_unit_clause"), d.get("role_member_clause")):
        # each clause pattern run only where a word every match holds is there (包案领导 …: most measures lack it)
        if rx and _may_match(_compiled(rx), text) and _compiled(rx).search(text) is not None:
            return True
    return False


@lru_cache(maxsize=32)
def _compiled(rx: str) -> re.Pattern:
    return re.compile(rx)


def overall_duty_only(text: str, unit) -> bool:
    """``unit`` is the subject of nothing but 负总责 (各县市人民政府负总责): the level's overall duty for its area,
    which names nobody to do the measure (GW102; GW105 still reads it as work for that level)."""
    rx = _responsibility().get("overall_duty_predicate")
    return bool(rx) and re.match(rx, text[unit.end:]) is not None


def own_share_subject(text: str, whole_sets: tuple[str, ...]) -> bool:
    """A whole set as the subject of a clause saying each answers for its own share (市直各部门对本部门
    承担的……负责, 各部门按职责分工负责本部门……): as determinate as the set in a unit column."""
    d = _responsibility()
    clause, lead = d.get("own_share_clause"), d.get("own_share_lead", "")
    if not clause or not whole_sets:
        return False
    for m in _own_share_rx(whole_sets, lead, clause).finditer(text):
        before = re.split(r"[。；！？：:，,、（(]", text[:m.start()])[-1]
        if len(before) <= 6 and not re.search(r"各|有关|相关|其他|部分", before):
            return True  # only a level word before the set (市直, 县政府): all of them, each for its part
    return False


@lru_cache(maxsize=8)
def _own_share_rx(whole_sets: tuple[str, ...], lead: str, clause: str) -> re.Pattern:
    """The whole sets before an own-share clause: built once, not per clause asked about (a long alternation)."""
    sets = "|".join(map(re.escape, sorted(whole_sets, key=lambda w: (-len(w), w))))
    return re.compile(f"(?:{sets})(?={lead}{clause})")


def _unit_tables(ctx) -> list:
    """The text's task tables with a 责任单位 column; a .txt table without a 序号 column (rows of short
    cells under the header) when no numbered one is found, as for the 责任分工 rows."""
    d = _responsibility()

    def useful(table) -> bool:
        return table.column(d.get("unit_columns", [])) is not None and task_column(table) is not None

    return _task_tables(ctx, useful)


# a task cell that repeats a measure with its number (（一）扩大企业吸纳就业, 1. 发展白茶精深加工): it opens a row of
# a division table written one cell a line, whose first cell would otherwise read as another numbered item
_MEASURE_CELL = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、])\s*[^。；！？：:\s]{2,40}")
_SENTENCE_CELL = re.compile(r"[。；！？]")


def _task_tables(ctx, useful) -> list:
    """The tables ``useful`` accepts: numbered rows first, else rows of short cells; in a .txt copy a row may
    open with a measure's numbered title (:data:`_MEASURE_CELL`), and such a table ends before a row that
    holds a sentence or a second numbered title (the heading and text after the table)."""
    from .tables import Table, tables

    heads = list_heads(ctx)
    found = [x for x in tables(ctx, ctx.gw.content_lines, heads, row_start=_MEASURE_CELL) if useful(x)]
    if not found:
        found = [x for x in tables(ctx, ctx.gw.content_lines, heads, numbered=False, row_start=_MEASURE_CELL)
                 if useful(x)]
    out = []
    for x in found:
        if x.kind == "lines":
            x = _with_short_last_row(ctx, x)
        if x.kind != "lines" or not any(_MEASURE_CELL.fullmatch(r.cells[0]) for r in x.rows[1:] if r.cells):
            out.append(x)
            continue
        rows = x.rows[:1]
        for r in x.rows[1:]:
            # only a row the numbered title opens ends it: a numbered row's task may well be a sentence
            if r.cells and _MEASURE_CELL.fullmatch(r.cells[0]) and (
                    any(_SENTENCE_CELL.search(c) for c in r.cells) or any(_MEASURE_CELL.fullmatch(c) for c in r.cells[1:])):
                break
            rows.append(r)
        if len(rows) >= 2:
            out.append(Table(rows, x.kind))
    return out


def _with_short_last_row(ctx, table):
    """``table`` (one cell a line, rows not numbered) with the row after its last one that a copy to text left
    short, its empty unit cell lost (推进片区综合开发 | ⟨empty⟩ | 2027年6月): a task cell, maybe other short cells,
    and a deadline closing it where the table has a deadline column, before a heading, a sentence or the end."""
    from .tables import Row, Table

    d = _responsibility()
    width = len(table.header)
    due = table.column(d.get("deadline_columns", []))
    rx = d.get("deadline_cell_pattern")
    if due is None or not rx or width < 3 or any(_ROW_NO.match(r.cells[0]) for r in table.rows[1:] if r.cells):
        return table
    lines = ctx.gw.content_lines
    at = bisect_left(lines, max(table.rows[-1].lines) + 1)
    texts = [ctx.reading(ln).strip() for ln in lines[at:at + width]]
    for n in range(width - 1, 1, -1):
        cells, after = texts[:n], texts[n:n + 1]
        if len(cells) < n or not re.fullmatch(rx, cells[-1]) or _HEAD_OR_SENTENCE.match(cells[0]) \
                or any(_SENTENCE_CELL.search(c) or len(c) > 40 for c in cells):
            continue
        if after and not (_HEAD_OR_SENTENCE.match(after[0]) or _SENTENCE_CELL.search(after[0])):
            continue  # more cells follow: no short last row
        row = Row(list(lines[at:at + n]) + [lines[at + n - 1]] * (width - n), cells + [""] * (width - n), width - n)
        return Table([*table.rows, row], table.kind)
    return table


# a heading opening a line (三、保障措施, （三）组织保障): the text after a table
_HEAD_OR_SENTENCE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]+[章条])")


def division_table(table) -> bool:
    """A task table with a 责任单位 or 配合单位 column (时间|工作内容|牵头单位: no visit programme either, GW401)."""
    d = _responsibility()
    return task_column(table) is not None and any(c in (*d.get("unit_columns", []), *d.get("partner_columns", []))
                                                  for c in table.header)


def table_cell_lines(ctx) -> set[int]:
    """Lines of the task-table rows written one cell a line (.txt): a cell repeating a measure's numbered title
    there is no measure of its own."""
    def find() -> set[int]:
        if not any(_MEASURE_CELL.fullmatch(ctx.reading(h.line).strip()) for h in ctx.gw.headings):
            return set()  # no numbered title alone on its line: no such row
        return {ln for x in _task_tables(ctx, division_table) if x.kind == "lines" for r in x.rows[1:]
                for ln in r.lines}

    return ctx.memo("table_cell_lines", find)


def task_rows(ctx, measures) -> list[TaskRow]:
    """Rows of the text's task tables that have a 责任单位 column, for tasks that are no numbered
    measure of the text (those answer for themselves)."""
    from .tables import realign

    d = _responsibility()
    blank = {_squeeze(c) for c in d.get("blank_unit_cells", [])}
    whole_sets = tuple(d.get("whole_set_collectives", []))
    deadline = re.compile(d["deadline_cell_pattern"]) if d.get("deadline_cell_pattern") else None
    titles = [_squeeze(m.heading.title or "") for m in measures]
    parallel = parallel_rows(ctx, measures)
    out = []
    for table in _unit_tables(ctx):
        unit_col = table.column(d.get("unit_columns", []))
        task_col = task_column(table)
        partner_col = table.column(d.get("partner_columns", []))
        due_col = table.column(d.get("deadline_columns", []))
        anchors = {due_col: deadline} if due_col is not None and deadline is not None else {}
        if anchors and unit_col is not None:
            # a row that lost its merged 类别 cell (1|一、稳住经济增长|…  then  2|开展……|市发展改革委|全年): the
            # cell naming only units goes back under 责任单位, not under the task
            anchors[unit_col] = _units_only_cell
            if task_col is not None and task_col != unit_col:
                # and the task's words go under the task even when the unit cell was lost too (3||开工建设……||12月底前)
                anchors[task_col] = lambda c, d=deadline: _task_like_cell(c, d)
        optional = {c for c in (partner_col, table.column(d.get("optional_columns", []))) if c is not None}
        for r in table.rows[1:]:
            r = realign(r, anchors, optional)
            cells = r.cells
            if task_col >= len(cells) or not cells[task_col].strip():
                continue
            unit = _squeeze(cells[unit_col]) if unit_col < len(cells) else ""
            partner = _squeeze(cells[partner_col]) if partner_col is not None and partner_col < len(cells) else ""
            task = cells[task_col].strip()
            key = _squeeze(task)
            if _title_index(key, titles) is not None or r.lines[task_col] in parallel:
                continue  # the row of a measure of the text, which answers for itself
            m = _ROW_NO.match(cells[0]) if cells else None
            if unit in blank and (partner in blank or _collective_partner(cells[partner_col])):
                # no lead, and only the lower governments as a whole beside it (牵头单位 /, 配合单位 各区镇人民政府):
                # nobody leads them.  A named department there alone is the one unit that does it (h11a)
                out.append(TaskRow(r.lines[task_col], int(m.group(1)) if m else None, task, False))
                continue
            # only collectives in the unit column, and no specific partner: no department leads
            unit_text = cells[unit_col] if unit_col < len(cells) else ""
            partner_text = cells[partner_col] if partner_col is not None and partner_col < len(cells) else ""
            # a generic lead is not made good by a named partner (牵头单位：有关部门；配合单位：市财政局)
            vague = (unit not in blank and (_generic_cell(unit_text, whole_sets) or
                                            _collective_lead(unit_text, partner_text))) or \
                (unit in blank and _generic_cell(partner_text, whole_sets))
            out.append(TaskRow(r.lines[task_col], int(m.group(1)) if m else None, task, not vague, vague))
    return out


_CELL_SEPARATORS = re.compile(r"[\s\u3000，,、；;。（）()和及]*")


def _units_only_cell(cell: str) -> bool:
    """A table cell that names units and nothing else (市商务局、市统计局; 赣州高新区管委会、市工业和信息化局)."""
    from .units import cell_units

    units = [u for u in cell_units(cell) if 0 <= u.start < u.end <= len(cell)]
    if not units or len(cell) > 80:
        return False
    rest = list(cell)
    for u in units:
        rest[u.start:u.end] = [""] * (u.end - u.start)
    return _CELL_SEPARATORS.fullmatch("".join(rest)) is not None


def _task_like_cell(cell: str, deadline) -> bool:
    """A cell that reads as a task: words of its own (四个汉字以上), neither only units nor a deadline."""
    return len(re.findall(r"[\u4e00-\u9fff]", cell)) >= 4 and not _units_only_cell(cell) \
        and deadline.fullmatch(cell) is None


def _title_index(key: str, titles) -> int | None:
    """The index of the measure title a task-table row names (the title or part of it, or reworded)."""
    i = next((i for i, t in enumerate(titles) if len(t) >= 2 and (t in key or key in t)), None)
    if i is None and (t := reworded_title(key, titles)) is not None:
        i = titles.index(t)
    return i


def parallel_rows(ctx, measures) -> dict[int, object]:
    """{line of a row's task cell: its measure} for each task table that goes through the measures one by one:
    as many rows as measures, and every row that names a measure by its title (half of them at least) names
    the one of its own place.  A row reworded past recognition (快递进村工程 for 4.提升农村寄递物流服务) is then
    the row of the measure in its place, as a reader pairs them."""
    if len(measures) < 3:
        return {}
    # GW102 asks for it three times (rows, listed measures, rows without a unit): read the tables once, by the
    # measures' places, and hand back this list's own measure objects
    key = ("parallel_rows", tuple((m.heading.line, m.heading.start) for m in measures))
    return {ln: measures[i] for ln, i in ctx.memo(key, lambda: _parallel_places(ctx, measures)).items()}


def _parallel_places(ctx, measures) -> dict[int, int]:
    titles = [_squeeze(m.heading.title or "") for m in measures]
    out: dict[int, int] = {}
    for table in _task_tables(ctx, division_table):
        col = task_column(table)
        rows = [r for r in table.rows[1:] if col < len(r.cells) and r.cells[col].strip()]
        if _goes_through(rows, col, measures, titles):
            out.update({r.lines[col]: i for i, r in enumerate(rows)})
    return out


def _goes_through(rows, col: int, measures, titles) -> bool:
    """The table's rows are the measures one by one: as many, and every row that names a measure names the one
    of its place, half of them at least or all sharing words with their own (``_shares_in_place``)."""
    if len(rows) != len(measures):
        return False
    named = [_title_index(_squeeze(r.cells[col]), titles) for r in rows]
    # a row reworded loosely (城乡融合发展行动) still names a measure: its place must agree
    named = [n if n is not None or (m := reworded_measure(r.cells[col], measures)) is None
             else next(i for i, x in enumerate(measures) if x is m) for n, r in zip(named, rows)]
    hits = [i for i, n in enumerate(named) if n is not None]
    return not any(named[i] != i for i in hits) and \
        (2 * len(hits) >= len(rows) or _shares_in_place(rows, col, titles))


def _division_attachment(ctx, part: int) -> bool:
    """The attachment ``part`` is a 任务分工 table and nothing more: no numbered item, a title naming the division
    (重点任务分工表) over a task table."""
    gw = ctx.gw
    if part < 1 or any(h.part == part and h.level != 0 for h in gw.headings):
        return False
    att = gw.attachments[part - 1]
    title = _squeeze(att.title.text if att.title is not None else "")
    names = policy_settings(ctx)["list_titles"]
    if not title or not any(n in title for n in names):
        return False
    lines = set(att.lines)
    return any(lines.intersection(r.lines) for t in _unit_tables(ctx) for r in t.rows[1:2])


def _rows_follow(ctx, measures) -> bool:
    """A division table lists ``measures``: one row for each, in their order (``_shares_in_place``)."""
    titles = [_squeeze(m.heading.title or "") for m in measures]
    for table in _task_tables(ctx, division_table):
        col = task_column(table)
        rows = [r for r in table.rows[1:] if col < len(r.cells) and r.cells[col].strip()]
        if len(measures) >= 3 and _goes_through(rows, col, measures, titles):
            return True
    return False


def _shares_in_place(rows, col: int, titles) -> bool:
    """Rows as many as the measures, each sharing content words with the measure in its place (景区创建与智慧化
    for 三、推动景区提档升级) at least as much as with any other, and most of them more than with any other:
    the table goes through the measures in order, however freely it renames them (h18a)."""
    pairs = [_bigrams(t) for t in titles]
    alone = 0
    for i, r in enumerate(rows):
        got = [len(_bigrams(r.cells[col]) & p) for p in pairs]
        others = max((g for j, g in enumerate(got) if j != i), default=0)
        if got[i] == 0 or got[i] < others:
            return False
        alone += got[i] > others
    return 2 * alone > len(rows)


def _parallel_row(measure, rows, parallel) -> ListRow | None:
    lines = {ln for ln, m in parallel.items() if m is measure}
    return next((r for r in rows if lines.intersection(r.lines)), None) if lines else None


@dataclass(frozen=True)
class _Headed:
    """A heading looked up in a list the way a measure is (row_for reads only ``heading``)."""

    heading: object


@per_document
def _bigrams(text: str) -> frozenset[str]:
    # asked of every title again for each row and measure compared (row_for, _shares_in_place): once per text
    han = _NON_HAN.sub("", text)
    return frozenset([han[i:i + 2] for i in range(len(han) - 1)])


_NON_HAN = re.compile(r"[^\u4e00-\u9fff]")


def reworded_title(task: str, titles, loose: bool = False) -> str | None:
    """The measure title that a task-table row names in other words -- shortened, reordered,
    推进……建设 written as ……建设工程 --: the one title holding most of the row's character pairs
    (at least 3 and 60 % of them, and 30 % of the title's), with no other title as close; None when none
    or two read as well.  A row ending in a word that only names the form of the work (县城基础设施补短板工程)
    is read without it too."""
    titles = tuple(titles)
    got = _reworded(task, titles, loose)
    if got is None and (bare := _without_action_suffix(task)) != task:
        got = _reworded(bare, titles, loose)
    return got


@per_document
def _reworded(task: str, titles: tuple, loose: bool) -> str | None:
    # row_for asks each row against the same titles for every measure: once per (row, titles)
    pairs = _bigrams(task)
    if len(pairs) < 3:
        return None
    scored = []
    for t in dict.fromkeys(titles):
        tp = _bigrams(t)
        shared = len(pairs & tp)
        enough = 2 * shared >= len(pairs) if loose else 5 * shared >= 3 * len(pairs)  # loose: half of them
        if shared >= 3 and enough and 10 * shared >= 3 * len(tp):
            scored.append((shared / len(pairs), t))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] >= scored[0][0]):
        return None
    return scored[0][1]


def reworded_measure(task: str, measures):
    """The one of ``measures`` a task-table row names in other words, read loosely (half of the row's
    character pairs), or None: a measure already told as lacking a unit, whose finding speaks for its row too."""
    titles = {_squeeze(m.heading.title or ""): m for m in measures}
    task = _squeeze(task)
    # 农村饮水保障专项行动 for 加强农村饮水安全保障 (read without its action suffix, too)
    best = reworded_title(task, list(titles), loose=True)
    if best is not None:
        return titles[best]
    # 城乡融合发展 for 推进新型城镇化与乡村全面振兴融合发展: without the row's action suffix, its characters stand
    # in order in one title only (words dropped, a summary word)
    bare = _without_action_suffix(task)
    # (a summary word stands for a long title: up to four times the row's length, the one title only)
    held = [t for t in titles if len(bare) >= 4 and 4 * len(bare) >= len(t) and _subsequence(bare, t)]
    if not held and len(bare) >= 6:
        # 城乡协同发展 for 城镇化与农业农村现代化协同发展: one character of the summary word may be the row's own
        held = [t for t in titles if 4 * len(bare) >= len(t)
                and any(_subsequence(bare[:i] + bare[i + 1:], t) for i in range(len(bare)))]
    return titles[held[0]] if len(held) == 1 else None


def _without_action_suffix(task: str) -> str:
    """The row's task without a suffix that only names the form of the work (专项行动, 工程, 行动)."""
    for w in sorted(_responsibility().get("row_action_suffixes", []), key=len, reverse=True):
        if task.endswith(w) and len(task) - len(w) >= 4:
            return task[:-len(w)]
    return task


def row_for(measure, rows: list[ListRow], numbers_unique: bool, loose: bool = False,
            titles: tuple[str, ...] = ()) -> ListRow | None:
    """The list entry that names ``measure``: by its title, else by its number when
    the document numbers its measures uniquely (1.–21. straight through).  ``loose``: also
    a row whose task is the title shortened (建立运维监管平台 for 建立农村生活污水治理设施运维监管平台);
    ``titles`` (all measures' titles, squeezed): also a row that rewords the title (:func:`reworded_title`)."""
    title = _squeeze(measure.heading.title or "")
    if len(title) >= 2:
        for r in rows:
            if title in r.text or (len(r.text) >= 4 and r.text in title):
                return r
        if loose:
            for r in rows:
                if len(r.text) >= 6 and 3 * len(r.text) >= len(title) and _subsequence(r.text, title):
                    return r
        if titles:
            # a row naming the measure in other words (农机购置补贴 for 落实农机购置与应用补贴政策,
            # 县城商业设施改造提升 for 改造提升县城商业设施), if the measure is the row's one best reading
            for r in rows:
                if reworded_title(r.text, titles) == title:
                    return r
    if numbers_unique and measure.heading.number is not None:
        for r in rows:
            if r.number == measure.heading.number:
                return r
    return None


_DOC = r"本(?:方案|意见|办法|措施|细则|规定|通知|要点)"
# whole-document responsibility, not that of one task (国家中医药局负责组织实施……考核工作); 负责本意见实施的
# 统筹协调 (督促检查, 跟踪评估) coordinates the others' work: no unit for each measure
_OVERALL = re.compile(rf"责任主体|负总责|负责{_DOC}的?(?:组织)?实施(?!的)|负责(?:组织)?(?:实施|落实){_DOC}(?!的)")


@lru_cache(maxsize=1)
def _territorial() -> re.Pattern | None:
    words = _responsibility().get("territorial_words", [])
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))) if words else None


def overall_responsibility(ctx, issuer_name: str) -> list:
    """Specific units named responsible for the whole document (试点城市政府是……责任主体,
    由省农业农村厅负责本方案的组织实施): they cover the measures that name no unit.  Once per
    document (GW102 and GW502 ask)."""
    return ctx.memo(("overall_responsibility", issuer_name), lambda: _overall_responsibility(ctx, issuer_name))


def _overall_responsibility(ctx, issuer_name: str) -> list:
    from .literals import may_match
    from .units import find_units

    out = []
    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        if not may_match(_OVERALL, text):  # none of the words every match holds: no sentence to read
            continue
        for a, b in ctx.sentences(ln):
            m = _OVERALL.search(text, a, b)
            territorial = _territorial()
            if not m or (territorial is not None and territorial.search(text, a, b)):
                continue  # 各乡镇人民政府是本辖区（本行政区域）……的责任主体: territorial duty, no department for a measure
            head = text[a:m.start()]
            for u in find_units(head):
                # the unit must be the subject: first in the sentence, or after 由
                if head[:u.start].strip(" \u3000由") == "" and not u.generic and u.name != issuer_name:
                    out.append(u)
                break
    return out


def overall_covers(units, missing: int, measures: int) -> bool:
    """Whether units named for the whole document (``overall_responsibility``) answer for the ``missing`` of
    ``measures``.  The lower governments as a whole (各州、市人民政府是城市更新的责任主体) are each their own
    area's frame, not the unit of a task: where the document names units measure by measure (most of them),
    a measure left out is an omission (h18a); a specific body (由省农业农村厅负责本方案的组织实施) covers them."""
    if not units:
        return False
    collective = all(u.kind == "government" and u.text.startswith("各") for u in units)
    return not (collective and measures and missing * 2 < measures)


_LEAD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,3})[.．、]?")



_DATED_TERM = re.compile(r"(?P<y>\d{4})年(?:(?P<m>\d{1,2})月)?[^，。；]{0,6}?(?:前|底|内|以前)")


def _term_runs(gw, text: str, at: int) -> bool:
    """The demand after ``at`` (to its sentence's end) sets a dated term not past at the document's date
    (于2027年6月底前, 2027年底前), the document being dated."""
    day = getattr(gw, "date_value", None)
    if day is None:
        return False
    m = _DATED_TERM.search(text, at, sentence_end(text, at))
    if m is None:
        return False
    year, month = int(m.group("y")), int(m.group("m") or 12)
    return (year, month) >= (day.year, day.month)


def _counted_places(text: str) -> list:
    """Lower governments named by a count (全省14个市州, 11个设区市), as units at their place in ``text``: the
    collective 各 + the place words would name."""
    if "个" not in text:
        return []
    from .units import Unit, find_units

    out = []
    for m in re.finditer(r"\d+ ?个 ?", text):
        u = next((u for u in find_units("各" + text[m.end():m.end() + 12])
                  if u.start == 0 and u.kind == "government" and not u.generic), None)
        if u is not None:
            out.append(Unit(u.text, m.start(), m.end() + u.end - 1, u.name, u.kind, u.level, u.generic, u.reaches,
                            u.relative, u.source))
    return out


def _counted_objects(text: str, object_rx) -> list:
    """Lower governments declared the object of the work by a count, without 各 nor 人民政府 (暗访的对象是全旗13个
    苏木镇; 考核对象为全市12个县（市、区）): read as the collective 各 + the place words names, at its levels."""
    if object_rx is None or "个" not in text:
        return []
    from .units import find_units

    out = []
    for m in re.finditer(r"个 ?", text):
        if object_rx.search(text, max(0, m.start() - 16), m.end()) is None:
            continue
        found = [u for u in find_units("各" + text[m.end():m.end() + 12])
                 if u.start == 0 and u.kind == "government" and u.source == "actor" and not u.generic]
        out.extend(found[:1])
    return out


def listed_measures(ctx, measures) -> tuple[bool, set[int]] | None:
    """(is there a 责任分工 list naming units, ids of the measures whose list row names
    units).  None when a list exists but lines up with no measure (other wording, other
    numbering): trust it rather than cry wolf."""
    rows = ctx.memo("responsibility_rows", lambda: responsibility_rows(ctx, policy_settings(ctx)["list_titles"]))
    # task tables outside a 责任分工 section (二、主要任务 holding the table, 二、分工安排): a row that names a
    # measure answers for it, and a measure whose own text is such a table is answered by its rows; unlike a
    # 责任分工 list they are no reason to trust the measures they do not name
    table_rows = [r for r in ctx.memo("task_table_rows", lambda: _task_table_rows(ctx)) if r.units]
    titles = tuple(_squeeze(m.heading.title or "") for m in measures)

    def own_table(m) -> bool:
        # the table after the last measure, whose rows repeat the other measures' titles ((一)扩大企业吸纳就业 |
        # 市人社局), divides them all: it is no table of that measure's own tasks
        inside = [_LEAD_NUMBER.sub("", r.text) for r in table_rows if not set(r.lines).isdisjoint(m.lines[1:])]
        return bool(inside) and not any(o is not m and len(t) >= 2 and any(x.startswith(t) for x in inside)
                                        for o, t in zip(measures, titles))

    tabled = {id(m) for m in measures if own_table(m)}
    parallel = parallel_rows(ctx, measures)
    numbers = [m.heading.number for m in measures]
    unique = len(numbers) == len(set(numbers))
    above, heads = _ancestors_of(ctx), ctx.gw.headings

    def by_parent(m, rows_) -> ListRow | None:
        # a sub-item （1） under 1.提升冰雪旅游品质 is answered by the row of its parent task: a list names
        # the tasks at the level it shares out, not each of their parts
        parents = _above(above, heads, m.heading)
        return row_for(_Headed(parents[-1]), rows_, False) if parents and parents[-1].level > 0 else None

    if not any(r.units for r in rows):
        named = {id(m) for m in measures
                 if (row_for(m, table_rows, False, loose=True, titles=titles) or by_parent(m, table_rows)
                     or _parallel_row(m, table_rows, parallel)) is not None}
        return False, tabled | named
    matched = {id(m): row_for(m, rows, unique) or row_for(m, table_rows, False, loose=True, titles=titles)
               or row_for(m, rows, False, titles=titles)
               or by_parent(m, rows) or by_parent(m, table_rows)
               or _parallel_row(m, rows, parallel) or _parallel_row(m, table_rows, parallel) for m in measures}
    if not any(matched.values()):
        return None
    return True, tabled | {k for k, r in matched.items() if r is not None and r.units}


def announced_division(ctx, measures) -> set[int]:
    """Ids of the measures a sentence of the text says are divided in a table (各项重点任务的牵头单位、配合单位和完成时限
    见下表; 上述任务的责任分工见附件2): the table just below it, or in the attachment it names, holds a 牵头单位/责任单位
    column.  Its rows then answer for those measures even when they word the tasks otherwise (one row a part of a
    measure, a measure spread over rows), as an attached 责任分工 list would.  The sentence covers the measures of
    the section it stands in (二、重点任务), all of them where it stands before any section (the intro, the notice);
    a scope with numbers (第（一）至（三）项任务) only those.  A table told for projects or a schedule is no division."""
    rx = _responsibility().get("division_announcement")
    if not rx or not measures:
        return set()
    gw = ctx.gw
    lines = gw.content_lines
    tables = [t for t in _unit_tables(ctx) if len(t.rows) >= 2]
    if not tables:
        return set()
    firsts = sorted(min(ln for r in t.rows for ln in r.lines) for t in tables)
    ref = _responsibility().get("item_reference")
    out: set[int] = set()
    for k, ln in enumerate(lines):
        text = ctx.reading(ln)
        for hit in _rx(rx).finditer(text):
            where = hit.group("where")
            if "下表" in where:
                # the table opens within the next lines (a caption line may come between)
                ahead = set(lines[k + 1:k + 4])
                if not any(f in ahead for f in firsts):
                    continue
            elif where.endswith("表") or where.endswith("清单"):  # 见任务分工表: a table after it, maybe at the end
                if not any(f > ln for f in firsts):
                    continue
            else:
                att = hit.group("att")
                number = (_markers.chinese_to_int(att) or (int(att) if att.isdigit() else None)) if att else None
                parts = [i + 1 for i, a in enumerate(gw.attachments)
                         if number is None or a.number == number or (a.label or "").endswith(str(number))]
                if not any(set(gw.attachments[p - 1].lines).intersection(r.lines[0] for t in tables for r in t.rows)
                           for p in parts):
                    continue
            out.update(id(m) for m in _announced_scope(ctx, measures, ln, hit.group("scope"), ref))
    if not out:
        return out
    # a table whose rows name the measures one by one ((一)扩大……｜市人社局) goes by its rows: a measure it leaves
    # out, or whose row names no unit, is reported as before.  Rows worded by their content (18 rows for 12
    # measures, few of them naming a measure) answer for the scope as a whole
    rows = ctx.memo("task_table_rows", lambda: _task_table_rows(ctx))
    titles = tuple(_squeeze(m.heading.title or "") for m in measures)
    parallel = parallel_rows(ctx, measures)
    scope = [m for m in measures if id(m) in out]
    matched = {id(m): r for m in scope
               if (r := row_for(m, rows, False, loose=True, titles=titles) or _parallel_row(m, rows, parallel))}
    if 2 * len(matched) >= len(scope):
        return set()
    return {k for k in out if k not in matched or matched[k].units}


def _announced_scope(ctx, measures, ln: int, scope: str, ref: str | None) -> list:
    """The measures a division sentence on line ``ln`` speaks for (see :func:`announced_division`)."""
    gw = ctx.gw
    part = next((i + 1 for i, a in enumerate(gw.attachments) if ln in a.lines), 0)
    own = [m for m in measures if m.heading.part == part]
    if not own:  # the notice tells of the attached plan's division
        own = [m for m in measures if m.heading.part != part] if part == 0 else []
    if not own:
        return []
    if ref and (nums := [x for r in re.finditer(ref, scope) for x in _reference_numbers(r.group(0))]):
        return [m for m in own if m.heading.number in nums and m.heading.level == min(o.heading.level for o in own)]
    if own[0].heading.part != part:
        return own
    level = min(m.heading.level for m in own)
    above = [h for h in gw.headings if h.part == part and h.line < ln and h.level < level]
    if not above:
        return own
    sec = above[-1]
    end = next((h.line for h in gw.headings if h.part == part and h.line > sec.line and h.level <= sec.level), None)
    # the plan's 保障措施 back the tasks the table divides (资金、用海、技术支撑): the division is the plan's
    ancestors, heads = _ancestors_of(ctx), gw.headings
    return [m for m in own if (m.heading.line > sec.line and (end is None or m.heading.line < end))
            or _in_support_section(_above(ancestors, heads, m.heading))]


def _reference_numbers(ref: str) -> list[int]:
    """The numbers of an item reference (第（一）至（三）项 → 1, 2, 3; 第一项、第四项 → 1, 4)."""
    got = [n for n in (_markers.chinese_to_int(x) or (int(x) if x.isdigit() else None)
                       for x in re.findall(r"[一二三四五六七八九十]+|\d+", ref)) if n]
    if re.search("[至到—－-]", ref) and len(got) == 2:
        got = list(range(got[0], got[1] + 1))
    return got


def rows_without_unit(ctx, measures, among=()) -> set[int]:
    """Ids of the measures that a task-table row names (by title, shortened or reworded, or by its place in a
    table parallel to ``among``, all the measures) while naming no specific unit (各有关单位, 各地、各有关部门, —):
    the row is there, its unit is not."""
    rows = [r for r in ctx.memo("task_table_rows", lambda: _task_table_rows(ctx)) if not r.units]
    if not rows:
        return set()
    titles = tuple(_squeeze(m.heading.title or "") for m in measures)
    parallel = parallel_rows(ctx, among)
    return {id(m) for m in measures if row_for(m, rows, False, loose=True, titles=titles) is not None
            or _parallel_row(m, rows, parallel) is not None}


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _task_table_rows(ctx) -> list[ListRow]:
    """The rows of the text's task tables (a task column and a 责任单位 column), with the specific units of
    their unit columns."""
    from .units import cell_units

    d = _responsibility()
    cols = [*d.get("unit_columns", []), *d.get("partner_columns", [])]
    out = []
    for table in _task_tables(ctx, division_table):
        task_col = task_column(table)
        idx = [i for i, c in enumerate(table.header) if c in cols]
        for r in table.rows[1:]:
            if task_col >= len(r.cells):
                continue
            units = [] if generic_lead(table, r.cells) else \
                [u for i in idx if i < len(r.cells) for u in cell_units(r.cells[i]) if not u.generic]
            m = _ROW_NO.match(r.cells[0]) if r.cells else None
            out.append(ListRow(sorted(set(r.lines)), _squeeze(r.cells[task_col]), int(m.group(1)) if m else None,
                               units))
    return out


# ------------------------------------------------------------ length and running text
def prose_lines(ctx) -> list[int]:
    """Lines of the 正文 and of each attachment (labels, attachment titles and web-page
    noise left out): the running text that style advice is about."""
    def find():
        gw = ctx.gw
        noise = set(gw.noise_lines)
        out: list[int] = []
        for part in range(len(gw.attachments) + 1):
            out.extend(ln for ln in gw.part_lines(part) if ln not in noise)
        return out

    return ctx.memo("prose_lines", find)


def length_class(ctx):
    """The profile's length class of the document (None: no limit applies, or exempt)."""
    def find():
        gw = ctx.gw
        issuer = gw.issuer
        if issuer is None:
            return None
        title = gw.title.text if gw.title else None
        profile = ctx.profile
        if length_exempt(profile, gw):
            return None
        return next((c for c in profile.length_classes
                     if c.matches(issuer.kind, issuer.level, gw.general_distribution, title)), None)

    return ctx.memo("length_class", find)


def length_exempt(profile, gw) -> bool:
    """The document is (or 印发 one that is) a plan the limits exempt: the profile's
    ``length_exempt.title_pattern`` is searched in the title of the document the text
    belongs to (the carried one of an 印发 notice), a trailing （试行） ignored — so
    《江西省“十五五”发展规划》 is exempt and 关于全面推行建设工程规划许可告知承诺制的通知 is not."""
    pattern = profile.length_exempt_pattern
    if not pattern:
        return False
    carried = _carried_titles(gw) if gw.forwarding else []
    titles = carried or [policy_title(gw)]
    return any(t and re.search(pattern, _TRAILING_NOTE.sub("", t)) for t in titles)


def _carried_titles(gw) -> list[str]:
    """The titles of the documents an 印发/转发 notice carries (《A》和《B》, A和B)."""
    if not gw.carried_title:
        return []
    whole = gw.carried_title.strip()
    # the title's outer 《》 are stripped from carried_title: 《A》和《B》 arrives as A》和《B
    quoted = re.findall(r"《([^《》]+)》", f"《{whole}》" if "》" in whole else whole)
    if quoted:
        return quoted
    # 印发A和B的通知: split where each piece is a document name (ends with a 文种)
    from .elements import doc_type as _doc_type

    pieces = re.split(r"和|及|、", whole)
    if len(pieces) > 1 and all(_doc_type(p) for p in pieces):
        return pieces
    return [whole]


def _listed_in_body(ctx, title: str, body: list[int]) -> list[str]:
    """印发A等文件的通知: the documents are the ones the first sentence that quotes two or more
    names lists (现将《A》《B》《C》印发给你们)."""
    rx = load_data("lexicon.toml").get("carried_etc_pattern")
    if not rx or not re.search(rx, title.strip("《》 ")):
        return []
    for ln in body[:3]:
        quoted = re.findall(r"《([^》]+)》", ctx.reading(ln))
        if len(quoted) > 1:
            return quoted
    return []


def _quoted_in_body(ctx, body: list[int], count: int) -> list[str]:
    """The ``count`` names the first sentences quote (现将《A》《B》印发给你们), if they quote that many."""
    for ln in body[:3]:
        quoted = re.findall(r"《([^》]+)》", ctx.reading(ln))
        if len(quoted) > 1:
            return quoted if len(quoted) == count else []
    return []


@dataclass
class CarriedDocument:
    """One document an 印发/转发 notice carries: its title as the notice names it, the line
    of its title, the part (正文 0 or attachment k) and the text lines that are its own
    (title line excluded), and the attachments that belong to it (a 分工表 after it)."""

    name: str
    line: int | None
    part: int
    lines: list[int]
    attachments: list[int] = field(default_factory=list)


def carried_documents(ctx) -> list[CarriedDocument]:
    """The documents an 印发/转发 notice carries, each on its own (赣府发〔2019〕3号 counts a
    carried document as a document of its own; two carried documents are two): printed in
    the 正文 under a line that is its title, attached, or left by the reader inside another
    one's attachment.  Attachments that name none of them (a 分工表) belong to the one
    before them when the documents are printed in the 正文, else to the notice."""
    def find():
        gw, doc = ctx.gw, ctx.doc
        carried = _carried_titles(gw) if gw.forwarding else []
        body = list(gw.body_lines)
        if len(carried) == 1:
            carried = _listed_in_body(ctx, carried[0], body) or carried
        elif len(carried) > 1 and "《" not in gw.carried_title:
            # 印发A和B的通知 shortens the names (实施意见和工作方案); the body quotes them in full
            carried = _quoted_in_body(ctx, body, len(carried)) or carried
        keys = [re.sub(r"\s", "", t) for t in carried]
        out: list[CarriedDocument] = []
        inline = [(i, t) for i, ln in enumerate(body) for t in keys
                  if t and re.sub(r"\s", "", doc.paragraphs[ln - 1].text) == t]
        for j, (i, name) in enumerate(inline):
            end = inline[j + 1][0] if j + 1 < len(inline) else len(body)
            out.append(CarriedDocument(name, body[i], 0, body[i + 1:end]))
        for k, att in enumerate(gw.attachments, 1):
            title = re.sub(r"[《》\s]", "", att.title.text) if att.title else ""
            named = any(t and (t in title or title in t) for t in keys)
            is_carried = bool(carried) and (named or (k == 1 and len(gw.attachments) == 1 and not inline))
            if not is_carried:
                if inline and not named:
                    out[-1].attachments.append(k)
                continue
            lines = gw.part_lines(k)
            cuts = [(i, t) for i, ln in enumerate(lines) for t in keys
                    if t and t not in title and re.sub(r"\s", "", doc.paragraphs[ln - 1].text) == t]
            bounds = [(0, att.title.text if att.title else "", att.title.line if att.title else att.lines[0])]
            bounds += [(i + 1, t, lines[i]) for i, t in cuts]  # the title line itself is not its text
            for j, (i, name, line) in enumerate(bounds):
                end = bounds[j + 1][0] - 1 if j + 1 < len(bounds) else len(lines)
                out.append(CarriedDocument(name, line, k, lines[i:end]))
        # an attachment the notice leaves unnamed but a carried document lists in its own
        # 附件说明 (a 方案 whose 分工表 follows it) is that document's, not the notice's
        taken = {d.part for d in out} | {k for d in out for k in d.attachments}
        for k, att in enumerate(gw.attachments, 1):
            title = re.sub(r"[《》\s]", "", att.title.text) if att.title else ""
            if k in taken or len(title) < 4:
                continue
            owner = next((d for d in out if d.part and d.part != k and any(
                _lists_attachment(doc.paragraphs[ln - 1].text, title) for ln in d.lines)), None)
            if owner is not None:
                owner.attachments.append(k)
        return out

    return ctx.memo("carried_documents", find)


_ATT_LIST_LINE = re.compile(r"^\s*(?:附\s*件\s*\d*\s*[：:]\s*)?(?:\d{1,2}\s*[.．、]\s*)?《?(?P<name>[^《》]{4,})》?\s*$")


def _lists_attachment(text: str, title: str) -> bool:
    """Whether a line is (part of) a 附件说明 naming the attachment ``title``: 附件：name,
    附件：1．name, or a following 2．name line."""
    m = _ATT_LIST_LINE.match(text)
    if m is None or not (re.match(r"\s*附\s*件", text) or re.match(r"\s*\d{1,2}\s*[.．、]", text)):
        return False
    name = re.sub(r"[《》\s]", "", m.group("name")).rstrip("。；;")
    return name == title or (len(name) >= 6 and (name in title or title in name))


def length_parts(ctx) -> list[tuple[str, int | None, int]]:
    """(what, line, Word 字数) of each text the length limit applies to: the 正文 with
    the attachments that belong to it counted together (rules.md: 标题…成文日期 plus
    attachments), and each carried document (:func:`carried_documents`) counted alone."""
    from ..textutil import word_count

    def find():
        gw, doc = ctx.gw, ctx.doc
        own = gw.char_counts[0] if gw.char_counts else 0
        own_line = gw.title.line if gw.title else (gw.body_lines[0] if gw.body_lines else None)

        def count(k: int) -> int:
            return gw.char_counts[k] if k < len(gw.char_counts) else 0

        docs = carried_documents(ctx)
        parts: list[tuple[str, int | None, int]] = []
        for d in docs:
            n = sum(word_count(doc.paragraphs[ln - 1].text) for ln in d.lines)
            if d.part == 0:
                own -= n + word_count(doc.paragraphs[d.line - 1].text)
            parts.append((d.name, d.line, n + sum(count(k) for k in d.attachments)))
        taken = {d.part for d in docs} | {k for d in docs for k in d.attachments}
        own += sum(count(k) for k in range(1, len(gw.attachments) + 1) if k not in taken)
        return [("正文", own_line, own), *parts]

    return ctx.memo("length_parts", find)


# ------------------------------------------------------------ punctuation with a place
# the rule that reports and fixes each kind of positional mark
POSITIONAL_OWNERS = {"title_end": "GW703", "attachment_name_end": "GW706", "recipients_end": "GW704"}


def positional_marks(ctx) -> set[tuple[int, int]]:
    """(line, offset) of marks that are wrong because of where they stand — at the end
    of the title, of a name in the 附件说明, of a 主送 line — and that the rule about
    that element reports and fixes (GW703, GW706, GW704) in this run.  A width rule
    (GW801) leaves them alone, so that no two fixes cover the same character; when the
    element's rule is switched off, the mark is an ordinary half-width mark again."""
    def find():
        from .positions import attachment_end_marks, recipient_end_mark, title_end_marks

        def owned(kind: str) -> bool:
            return ctx.config.enabled(POSITIONAL_OWNERS[kind], ctx.doc.path)

        out: set[tuple[int, int]] = set()
        spans = (title_end_marks(ctx) if owned("title_end") else []) + \
            (attachment_end_marks(ctx) if owned("attachment_name_end") else [])
        for ln, a, b in spans:
            out.update((ln, k) for k in range(a, b))
        end = recipient_end_mark(ctx) if owned("recipients_end") else None
        if end is not None:
            out.add(end)
        return out

    return ctx.memo("positional_marks", find)

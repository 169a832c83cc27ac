"""Who a meeting notice asks to attend: units, their levels, leader roles and venue.

An :class:`Attendee` is a unit (or a chain of units joined by 、和及与) followed closely
by a person word (各设区市人民政府分管负责同志), in a sentence that asks for attendance
(参加, 出席, 到会 …, or inside a 参会人员 section), not negated (不再要求……参加,
主要负责同志不需参会) and not attending something else (……参加培训).  Its roles
(主要负责同志, 分管负责同志) and venue (主会场/分会场) are read from the words after it,
its ；-part and its sub-section.  Words: ``dictionaries/meetings.toml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .literals import first_of, holds_any, searchable
from .meetings import DEMONSTRATIVE, alternation, others_document_lines, section_lines, vocabulary, words
from .negation import waiver_before
from .sentences import clause_end, clause_start, inside
from .tokens import find_words
from .units import find_units, level_rank, normalize, without_inserts

_rx = lru_cache(maxsize=None)(re.compile)  # patterns from the word lists, asked per attendee: compiled once

_JOINERS = ("、", "和", "及", "与", "以及")


@dataclass
class Attendee:
    line: int
    sent: tuple[int, int]
    unit: str  # the unit(s) and the persons asked, as written
    start: int
    levels: tuple[str, ...]
    roles: tuple[str, ...]
    joint: bool  # two or more leader roles of the same unit, not as alternatives
    remote: bool
    who: str = ""  # the unit(s) alone (各县（市）教育局)
    quota: str = ""  # the head count right after the persons (分管负责同志1名, 负责人各2人): how many each unit sends
    # where the unit is named when that is another place than the persons' (a table row's unit cell): a fault of
    # the unit's levels is told there, one of its roles at ``line``/``sent``
    unit_place: tuple[int, tuple[int, int]] | None = None


@lru_cache(maxsize=1)
def roles() -> list[tuple[str, re.Pattern]]:
    """(role name, pattern) of the leader roles (主要负责同志 … 局长; 分管负责同志 … 副局长)."""
    out = []
    for r in words().get("role", []):
        na = r.get("not_after", "")
        guard = f"(?<![{re.escape(na)}])" if na else ""
        guard += "".join(f"(?<!{re.escape(w)})" for w in r.get("not_after_words", []))  # 镇长 in 副乡镇长
        alts = [*r.get("patterns", []), alternation(r["words"])]
        out.append((r["name"], re.compile(guard + "(?:" + "|".join(alts) + ")")))
    return out


@lru_cache(maxsize=1)
def _role_start() -> re.Pattern:
    """A clause that goes on with the same unit's persons: ，分管负责同志陪同参加."""
    ws = [w for r in words().get("role", []) for w in r["words"]]
    pats = [x for r in words().get("role", []) for x in r.get("patterns", [])]
    return re.compile(rf"(?:请|由|并|及|和|以及|同时|其中)?各?(?:{'|'.join([*pats, alternation(ws)])})")  # ，各镇长和……


@lru_cache(maxsize=1)
def _level_words() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    return [(re.compile(x["pattern"]), tuple(x["levels"])) for x in words().get("level_word", [])]


def passage(ctx, ln: int, back: int = 1) -> str:
    """Paragraph ``ln`` with up to ``back`` body paragraphs before it in its section (not past a heading
    line): a demand set apart in a paragraph of its own (请所到县（市）农业农村局主要负责同志陪同。) speaks of
    what the paragraph before it tells (赴商水县、郸城县开展会前调研。)."""
    gw = ctx.gw
    lines = gw.body_lines
    heads = {h.line for h in gw.headings if not h.content}
    k = lines.index(ln) if ln in lines else -1
    before = []
    while k > 0 and len(before) < back and lines[k - 1] not in heads and lines[k - 1] == lines[k] - 1:
        k -= 1
        before.append(ctx.reading(lines[k]))
    return "\n".join([*reversed(before), ctx.reading(ln)])


def escorts_attendee(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, right after 陪同/随同, names persons who attend, then their attendance verb (陪同本县区企业代表
    参会, 随同企业负责人出席): an escort to the meeting, not of a visit (陪同调研组参加座谈 names no attendee)."""
    return _escorted_attendee().match(text, a, b) is not None


def led_clause(text: str, j: int, b: int) -> tuple[int, int]:
    """(start, end) of the words naming whom a lead verb (带领, 率) ending at ``j`` leads: the rest of its clause, or
    the next clause when the verb ends its own at a comma (由局主要负责同志带领，分管副局长和所辖县（市）教育局局长
    一同参加): the led are carried over the comma to their attendance verb."""
    c1 = clause_end(text, j, b)
    if not text[j:c1].strip(" \u3000") and c1 < b and text[c1] in "，,":
        return c1 + 1, clause_end(text, c1 + 1, b)
    return j, c1


@lru_cache(maxsize=1)
def _escorted_attendee() -> re.Pattern:
    d = words()
    persons = alternation([w for w in d.get("person_words", []) if w != "同志"])  # 调研组同志 is the team
    return re.compile(rf"[^，。；]{{0,16}}?(?:{persons})(?:{alternation(d.get('attendance_verbs', []))})")


def attendance_sections(ctx) -> dict[int, str | None]:
    """Body lines inside a 参会人员 section → venue of their sub-section (main/remote/None)."""
    return ctx.memo(("attendance-sections",), lambda: _sections(ctx))


def _sections(ctx) -> dict[int, str | None]:
    d = words()
    labels = d.get("attendance_labels", [])
    venues = d.get("venue_labels", {})
    gw = ctx.gw
    out: dict[int, str | None] = {}
    # an attachment's section too: the 观摩活动方案 a notice prints says who attends in its 参会范围
    for h, heads, nxt in section_lines(ctx, [*labels, *("会议" + w for w in labels)], every_part=True):
        venue = None
        sub_level = None
        for ln in (gw.body_lines if h.part == 0 else gw.content_lines):
            if ln < h.line or (nxt is not None and ln >= nxt):
                continue
            sub = next((x for x in heads if x.line == ln and x.level > h.level), None)
            if sub is not None:
                if sub_level is None or sub.level <= sub_level:
                    sub_level = sub.level
                    venue = next((v for k, v in venues.items() if sub.title.startswith(k)), None)
            out[ln] = venue
    # a label paragraph (参会人员：) and the list lines after it, each naming persons
    label_only = _rx(rf"^[\s\u3000]*(?:会议)?(?:{alternation(labels)}){_filler()}[\s\u3000]*[：:]?[\s\u3000]*$")
    # a paragraph ending by announcing the list (……。现将参会人员通知如下。; 参会人员如下：) opens it as a label does
    announce = _rx(rf"(?:^|[。；;：:])[\s\u3000]*(?:现将|现就)?(?:会议)?(?:{alternation(labels)})"
                   rf"(?:有关事项|安排)?(?:通知|明确|安排)?如下[。：:]?[\s\u3000]*$")
    # a category of the list (第一类：……, 一是……) is an item of it, no label of another matter
    other_label = _rx(r"^[\s\u3000]*(?!第[一二三四五六七八九十\d]{1,2}[类档批组]|[一二三四五六七八九十]类)[^，。；：、]{2,10}[：:]")
    persons = _rx(alternation(d.get("person_words", [])))
    head_lines = {h.line for h in gw.headings if h.part == 0}
    lines = gw.body_lines
    for i, ln in enumerate(lines):
        text = normalize(ctx.reading(ln))
        if ln in out or not (label_only.match(text) or announce.search(text)):
            continue
        if label_only.match(text):
            out[ln] = None  # (an announcing paragraph says more than the label: it is no part of the list)
        venue = None
        for nx in lines[i + 1:i + 1 + int(d.get("label_list_max", 15))]:
            t = normalize(ctx.reading(nx)).strip(" \u3000")
            v = next((v for k, v in venues.items() if t.startswith(k)), None)
            if v is not None:  # 主会场：…… / 分会场：……
                venue = v
            elif (nx in head_lines and not _LIST_ITEM.match(t)) or other_label.match(t) or not persons.search(t):
                break  # a section's heading ends the list; a numbered item of persons (1.……局长；) is one of it
            out.setdefault(nx, venue)
    return out


# a list item's number (1. / （一） / ①): read as a heading, but under a label paragraph an item of its list
_LIST_ITEM = re.compile(r"[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])")


_NAMED_PLACES_DEPT = re.compile(r"(?P<places>[\u4e00-\u9fff]{2,8}[市县区旗](?:、[\u4e00-\u9fff]{2,8}[市县区旗])+)"
                                r"(?P<dept>[\u4e00-\u9fff]{2,14}[局委厅办])")
_INSERTED_PLACES = re.compile(r"^各[^（(]{1,8}[（(](?:含|包括|包含)([^（）()]{2,30})[）)]")


def addressed(ctx) -> frozenset[str]:
    """The single organs the 主送 names beside its collectives (各市（州）教育局，梅河口市教育局): the issuer
    addresses them directly, as one of its own recipients, whatever their rank (省直管 cities, zones)."""
    def find() -> frozenset[str]:
        out = set()
        for r in ctx.gw.recipient_list:
            x = normalize(r).strip("，,、；;：: ")
            us = find_units(x) if x and not x.startswith("各") and not re.search(r"[，、,]", x) else []
            # one named organ ending the item (航空港区城乡建设局, read as 区城乡建设局), not 省政府有关部门
            if len(us) == 1 and not us[0].generic and us[0].end == len(x):
                out.add(x)
            elif not us and x and not x.startswith(("各", "有关", "相关")) and re.fullmatch(r"[\u4e00-\u9fff]{4,20}[局委厅办]", x):
                out.add(x)  # 雄安新区综合执法局: an organ the unit finder does not know, named by itself
            # 满洲里市、二连浩特市林业和草原局: named places sharing one department's name, each addressed by itself
            m = _NAMED_PLACES_DEPT.fullmatch(x) if not x.startswith(("各", "有关", "相关")) else None
            if m is not None:
                for place in m.group("places").split("、"):
                    out.update({place, place + m.group("dept")})
            # 各市（含定州、辛集市）水利（水务）局: the places the insert counts with the collective are addressed
            # with it, at its rank (a province's 省直管 cities), under their short names too (定州, 定州市)
            for m in _INSERTED_PLACES.finditer(x):
                for place in re.split(r"[、，,和及]", m.group(1)):
                    place = place.strip()
                    if len(place) >= 2:
                        out.update({place, place if place.endswith(("市", "县", "区")) else place + "市"})
        return frozenset(out)

    return ctx.memo("addressed_organs", find)


def quota_names_addressed(ctx, p: Attendee, deep, issuer_level: str | None) -> bool:
    """A head count of one per unit (各地人社局派1名) makes a collective read as two levels the 主送's own units,
    not one level pulling the next along -- unless the collective names the ``deep`` levels outright (市、县两级,
    盟市、旗县, 所辖县（市、区）……) while the 主送 reaches none of them: 市、县两级……各1名 sent to the 设区市
    bureaus alone still calls the counties to the meeting."""
    def reached() -> frozenset[str]:
        return frozenset(lv for r in ctx.gw.recipient_list for u in find_units(normalize(r))
                         for lv in u.reaches_for(issuer_level))

    if set(deep) <= ctx.memo(("recipient-levels", issuer_level), reached):
        return True
    named = _rx(words().get("named_levels", "(?!)"))
    return not (named.search(p.who) or any(rx.search(p.who) for rx, _ in _level_words()))


def held_by_other(text: str, s: int, first: int, issuer_level: str | None) -> bool:
    """The meeting asked for before ``first`` (the sentence's attendance verb) is handed to another body to hold, a
    local or lower one (调研组每到一地，由所在市（州）自然资源部门组织召开座谈会，邀请……乡镇……代表参加; 由所到县（区）
    人民政府召集座谈会): whom it invites is that body's meeting, not a layer the issuer calls up to its own.  The issuer's
    own (由省农业农村厅组织召开, 由厅办公室主持) and a host that only serves (由南昌市农业农村局承办) are not."""
    d = words()
    hosted = _rx(d.get("hosted_by", "(?!)"))
    local = tuple(d.get("host_local_words", []))
    for m in hosted.finditer(text, s, first):
        host = m.group("host")
        if host.startswith(local) or any(u.level not in (None, "unknown") and below(u.level, issuer_level)
                                         for u in find_units(host)[:1]):
            return True
    return False


def _with_levels(units, text: str, issuer_level: str | None, direct: frozenset[str] = frozenset()):
    """(start, end, text, levels) of the organs ``units`` found in ``text``, and the level words
    (市县, 乡镇) the unit finder does not know. An organ named in the 主送 by itself (``direct``) is one of the
    issuer's recipients: no level of its own below them."""
    found = []
    covered: set[int] = set()  # offsets inside a unit found so far (linear, not found × matches)
    city_only = _rx(words().get("city_only_units", "(?!)"))
    counts = tuple(words().get("level_counts", []))
    for u in units:
        lv = tuple(x for x in u.reaches_for(issuer_level) if x != "unknown") or \
            ((u.level,) if u.level != "unknown" else ())
        # 各市农业农村局: the 设区市 bureaus, not 县级市; 各市（含定州、辛集市）……: the places in the insert
        # are counted with the cities, not as a county level of their own
        if "city" in lv and city_only.match(without_inserts(u.text)):
            lv = ("city",)
        for rx, more in _level_words() if counts else ():
            # ……组织市、县两级交通运输局 read as one name: 市、县两级 still names both levels
            if any(u.text.startswith(counts, m.end()) for m in rx.finditer(u.text)):
                lv = tuple(dict.fromkeys([*lv, *more]))
        if any(text.endswith(d, 0, u.end) for d in direct) or (direct and all(
                p in direct for p in re.split(r"[、和及]", u.text))) or \
                (u.kind == "department" and any(u.text.startswith(d) for d in direct)):
            # 航空港区城乡建设局 as the 主送 writes it, though the unit found may be shorter (区城乡建设局); 辛集市和雄安新区
            # 综合执法局, read as one name, joins two the 主送 names; 辛集市农业农村局: the bureau of a place addressed
            lv = ()
        found.append((u.start, u.end, u.text, lv))
        covered.update(range(u.start, u.end))
    for rx, lv in _level_words():
        for m in rx.finditer(text):
            if m.start() not in covered:
                found.append((m.start(), m.end(), m.group(0), lv))
                covered.update(range(m.start(), m.end()))
    # an organ the 主送 names by itself that the unit finder does not know (平潭综合实验区社会事业局): where the text names
    # it, it is one of the issuer's recipients, of no level below them
    for d in direct:
        if len(d) < 4 or not d.endswith(("局", "委", "厅", "办")):
            continue
        for m in re.finditer(re.escape(d), text):
            if not covered.intersection(range(m.start(), m.end())):
                found.append((m.start(), m.end(), d, ()))
                covered.update(range(m.start(), m.end()))
    return sorted(found)


def _bare_demand(text: str, tok_end: int, e: int, training: bool = False) -> bool:
    """The attendance verb ends its clause (……分管负责同志参加。/出席，并……) or takes the
    meeting's own activity (参加观摩): in a meeting notice that is the meeting; 参加培训 is
    something else, but in a notice holding a training (``training``) it is that event."""
    tail = text[tok_end:clause_end(text, tok_end, e)].strip(" \u3000")
    return not tail or tail in words().get("meeting_activities", []) or _trains(tail, training)


def _trains(tail: str, training: bool) -> bool:
    """In a notice holding a training (举办……培训班), 参加培训 attends that event."""
    return training and tail.startswith(tuple(words().get("training_activities", [])))


def _attends_other(text: str, lo: int, hi: int, att, training: bool = False) -> bool:
    """The first attendance verb in ``text[lo:hi]`` takes a non-meeting object (参加培训, 参加扑火;
    参加培训 attends the event of a notice holding a training)."""
    first = min((x for x in att if lo <= x[0] < hi), default=None)
    if first is None:
        return False
    tail = text[first[1]:hi].lstrip(" \u3000")
    tail = re.sub(rf"^{DEMONSTRATIVE}?(?:相关|有关)?", "", tail)
    return tail.startswith(tuple(words().get("non_meeting_objects", []))) and not _trains(tail, training)


def below(level: str, issuer_level: str | None) -> bool:
    """``level`` lies below the issuer's (any known level when the issuer's is unknown)."""
    return issuer_level is None or level_rank(issuer_level) < level_rank(level) < 9


def attendance_rows(ctx) -> list:
    """Rows of the tables that list attendees (a header cell 参会人员, 参会单位 …), header excluded:
    each row asks its unit's persons to attend (:mod:`gwlint.analysis.tables`)."""
    def build():
        from .tables import tables

        d = words()
        heads = set(d.get("attendance_table_headers", []))
        labels = set(d.get("attendance_labels", []))
        generic = set(d.get("attendance_section_headers", []))
        section = attendance_sections(ctx)
        out = []
        for t in tables(ctx, ctx.gw.content_lines, heads | generic, numbered=False):
            header = {normalize(c) for c in t.header}
            # under a 参会人员 heading a plain 单位 | 人员 table lists the attendees as well
            if labels & header or (generic & header and t.rows[0].lines[0] in section):
                out.extend(t.rows[1:])
        return out

    return ctx.memo(("attendance-rows",), build)


def attendees(ctx, issuer_level: str | None, video: bool, meeting_doc: bool = False,
              training: bool = False) -> list[Attendee]:
    """Persons the document asks to attend (cached on the Context).  ``meeting_doc``: the
    document convenes a meeting, so a bare 请……负责同志参加。 without the word 会 is about it;
    ``training``: the event it holds is a training, so 参加培训 attends it;
    ``video``: lower levels sit in their own 分会场 unless told otherwise.  The lines of another body's document
    the notice forwards as its attachment (省科技厅的通知：参加人员：各市科技局分管负责同志) ask nothing of the
    issuer's: their levels are that body's, not the forwarder's."""
    return ctx.memo(("attendees", issuer_level, video, meeting_doc, training),
                    lambda: _not_others(ctx, _joined_items(ctx, [*_attendees(ctx, issuer_level, video, meeting_doc, training),
                                                                 *_row_attendees(ctx, issuer_level, video), *_role_columns(ctx)])))


def _not_others(ctx, found: list[Attendee]) -> list[Attendee]:
    others = others_document_lines(ctx.gw)
    found = [x for x in found if x.line not in others] if others else found
    return _not_organisers(ctx, found)


# a short name of the issuer's own office as an attendee (区创建办, 市安委办, 省农业厅): the region word of the issuer's
# own level (no 各), a system word the full name holds, and the ending of the full name's kind
_OWN_SHORT = re.compile(r"^(?P<r>省|市|县|区|州|盟|旗)(?P<core>[\u4e00-\u9fff]{2,6}?)(?P<end>办|局|厅|委)$")
_STAFF_TAIL = re.compile(r"^[、，和及]*(?:全体)?(?:工作人员|会务人员|全体人员)")


def _own_office(who: str, issuer: str) -> bool:
    m = _OWN_SHORT.match(who)
    if m is None or m.group("core") not in issuer:
        return False
    # the system word follows the issuer's own place (秀洲区 | 创建……, 九江市 | 农业农村局): 县农业农村局 in a 市局's notice
    # is a county's bureau, 区文明办 beside 示范文明城区 no short name of it
    if not issuer[:issuer.find(m.group("core"))].endswith(m.group("r")):
        return False
    full = {"办": ("办公室", "办"), "局": ("局",), "厅": ("厅",), "委": ("委员会", "委")}[m.group("end")]
    return issuer.endswith(full)


def _not_organisers(ctx, found: list[Attendee]) -> list[Attendee]:
    """Without the meeting's organisers: the issuer's own office named by its short name (区创建办主任、副主任 in the
    创建办's notice), and the offices listed with it in an item that closes on their working staff (区文明办主任、
    副主任、区创建办主任、副主任、工作人员) — staffing one's own meeting is no escort (第4条)."""
    issuer = ctx.gw.issuer.name if ctx.gw.issuer is not None else ""
    if not issuer or not found:
        return found
    mine = {id(p) for p in found if _own_office(p.who, issuer)}
    if not mine:
        return found
    staffed = set()
    for key in {(p.line, p.sent) for p in found if id(p) in mine}:
        line, (a, b) = key
        text = ctx.reading(line)
        last = max((p.start + len(p.unit) for p in found if (p.line, p.sent) == key), default=b)
        if _STAFF_TAIL.match(text, last) or _STAFF_TAIL.match(text[last:b]):
            staffed.add(key)
    return [p for p in found if id(p) not in mine and (p.line, p.sent) not in staffed]


def _role_columns(ctx):
    """A form's header (a 回执's columns) naming two leader roles of each unit side by side (单位 | 主要负责同志（须到会）
    | 分管负责同志（须到会）): both are asked, unless a cell makes one optional (（或）, 选填)."""
    d = words()
    optional = tuple(d.get("optional_cell_words", []))
    rxs = roles()
    lines = ctx.gw.content_lines
    for i, ln in enumerate(lines):
        found, where = [], []
        for x in lines[i:i + 4]:
            cell = normalize(ctx.reading(x)).strip()
            core = re.sub(r"（[^（）]*）$", "", cell)
            name = next((n for n, rx in rxs if rx.fullmatch(core)), None)
            if name is None or any(w in cell for w in optional):
                break
            if name not in found:
                found.append(name)
                where.append(x)
        if len(found) >= 2 and (i == 0 or not any(rx.fullmatch(re.sub(r"（[^（）]*）$", "", normalize(
                ctx.reading(lines[i - 1])).strip())) for _, rx in rxs)):
            text = normalize(ctx.reading(where[0]))
            yield Attendee(where[0], (0, len(text)), "、".join(found), 0, (), tuple(found), True, False, "")


def _joined_items(ctx, people: list[Attendee]) -> list[Attendee]:
    """``people`` and, for a unit asked twice in a row with different roles, both at the venue (（一）各县（市）
    教育局局长。/（二）各县（市）教育局分管学前教育的副局长同时参会), the two asks read as one: the same unit's
    leaders together, unless the later one stands in for the earlier (因故不能参加的，由……代为参加)."""
    out = list(people)
    cues = words().get("substitute_cues", [])
    for p, q in zip(people, people[1:]):
        if not p.who or not _same_units(p.who, q.who) or q.line not in (p.line, p.line + 1) or p.remote or q.remote \
                or set(p.roles) & set(q.roles) or len(set(p.roles) | set(q.roles)) < 2 or q.joint:
            continue
        said = normalize(ctx.reading(q.line))[q.sent[0]:q.sent[1]]
        # a list of persons item by item within one paragraph is told as such (drafts/gw2/202-p71); 同时参会 joins
        # them, and so do list lines of their own under one label (参会范围：/ 一是各市人民政府市长；/ 二是各市人民
        # 政府分管工业的副市长；): each line a category of the same meeting's persons, both asked
        if any(w in said for w in cues) or not (any(w in said for w in words().get("together_cues", []))
                                                or _listed_lines(ctx, p, q)):
            continue
        out.append(Attendee(q.line, q.sent, f"{p.unit}；{q.unit}", q.start, tuple(dict.fromkeys((*p.levels, *q.levels))),
                            tuple(dict.fromkeys((*p.roles, *q.roles))), True, False, q.who))
    return out


def _listed_lines(ctx, p: Attendee, q: Attendee) -> bool:
    """``p`` and ``q`` open consecutive lines of their own (一是……；/ 二是……；, 第一类：……/ 第二类：……), each line
    no more than its item."""
    if q.line != p.line + 1 or len(p.roles) != 1 or len(q.roles) != 1:
        return False  # (主要负责同志或分管负责同志1人 / 规划科负责人1人: one of two, then a section's head)
    for x in (p, q):
        text = normalize(ctx.reading(x.line))
        if x.sent[0] > 8 or len(text.rstrip("。；; \u3000")) > x.sent[1] + 2:
            return False
    return True


_SPELLING = re.compile(r"^各|人民政府|政府|办事处")


def _same_units(a: str, b: str) -> bool:
    """Two spellings of the same collective of units (各镇人民政府、街道办事处 / 各镇（街道）; 各县人民政府 / 各县政府)."""
    def key(x: str) -> frozenset[str]:
        return frozenset(filter(None, re.split(r"[、（）]|和|及", _SPELLING.sub("", x))))
    return a == b or key(a) == key(b)


def _attendance_verbs(text: str, index, s: int, e: int, quotes) -> set[tuple[int, int]]:
    """Attendance verbs in ``text[s:e]``: a token (参加, 参会人员) or a token sequence (到 会)."""
    verbs = tuple(words().get("attendance_verbs", []))
    # every hit below is a verb starting in [s, e): a sentence holding none of them has none (most do not)
    if not holds_any(text, verbs, s, e - 1 + max(map(len, verbs), default=1)):
        return set()
    att = {(t.start, t.end) for t in index.between(s, e) if t.text.startswith(verbs) and not inside(t.start, quotes)}
    att |= {(i, j) for i, j, _ in find_words(text, index, verbs, s, e, mode="tail", overlapping=True)
            if not inside(i, quotes)}
    # ……副局长参加了会议: who attended a meeting held already is told, not asked (了解 is another word)
    return {(i, j) for i, j in att if not (text.startswith("了", j) and not text.startswith("了解", j))}


@lru_cache(maxsize=1)
def inline_label() -> re.Pattern:
    """An attendance label opening a list inside a paragraph (参会范围：一是……；二是……)."""
    # searched in every paragraph: behind its opening characters (the optional 会议 keeps re from skipping ahead)
    return searchable(rf"(?:会议)?(?:{alternation(words().get('attendance_labels', []))}){_filler()}[：:]")


@lru_cache(maxsize=1)
def _filler() -> str:
    """An optional word between an attendance label and its colon (参会范围如下：, 参会人员为：): the label still."""
    return f"(?:{alternation(words().get('label_fillers', []))})?" if words().get("label_fillers") else ""


def _attendees(ctx, issuer_level, video, meeting_doc, training=False):
    labels = words().get("attendance_labels", [])
    section = attendance_sections(ctx)
    table_lines = {ln for r in attendance_rows(ctx) for ln in r.lines}
    asked = None  # (line, sentence) of the last sentence that asked a unit's persons to attend
    for ln in ctx.gw.content_lines:
        if ln in table_lines:
            continue
        text = normalize(ctx.reading(ln))
        if not text.strip():
            continue
        if asked is not None and asked[0] == ln - 1:
            # a paragraph (or list item) that only goes on with more persons of the unit the one before asked
            yield from _going_on_paragraph(ctx, ln, text, asked[1], issuer_level, video, section.get(ln), training)
        asked = None
        units = None  # read when a sentence first asks for attendance: most paragraphs have none
        index, quotes = ctx.index(ln), ctx.quotes(ln)
        inline = inline_label().search(text)
        for s, e, at in _continued(text, index, ctx.sentences(ln), quotes):
            att = _attendance_verbs(text, index, s, e, quotes)
            label = first_of(text, labels, s, e)  # where an attendance label opens in the sentence, if one does
            att_pos = [i for i, _ in att] + ([label] if label >= 0 else [])
            if ln not in section and not (inline is not None and e > inline.end()):
                if not att_pos:
                    continue
                if "会" not in text[s:e] and not (meeting_doc and any(_bare_demand(text, j, e, training) for _, j in att)):
                    continue
            if units is None:
                units = _with_levels(ctx.units(ln), text, issuer_level, addressed(ctx))
                unit_starts = [u[0] for u in units]
            if not units:  # no organ named in the paragraph: nobody is asked to attend
                break
            if _demand_negated(text, index, s, e, min(att_pos) if att_pos else e) \
                    or held_by_other(text, s, min(att_pos) if att_pos else e, issuer_level):
                continue
            sent_units = [u for u in units[bisect_left(unit_starts, s):bisect_left(unit_starts, e)]
                          if not inside(u[0], quotes) and not _in_role_title(text, u, s, e)]
            found = list(_sentence_attendees(text, index, (s, e), sent_units, att, section.get(ln), issuer_level,
                                             video, lambda pos, ln=ln, at=at: (ln, at), training))
            yield from found
            asked = (ln, text[s:e]) if found and e >= len(text.rstrip()) else None


def told(ctx, p: Attendee) -> bool:
    """The attendance of ``p`` is told, not asked now: a past frame reaching its unit (过去请各市局局长和分管副局长
    同时到会的做法，……一律停止), others' practice, a former column's cell, or a demand (以往要求……同时参会的做法，
    自……起不再执行) its sentence stops.  The unit is still named as attending (GW105 reads it as theirs); GW202
    asks nothing of it."""
    from types import SimpleNamespace

    from .predicates import stopped_demand, told_not_asked

    text = ctx.reading(p.line)
    s, e = p.sent
    pos = min(max(p.start, s), e)
    if told_not_asked(ctx, SimpleNamespace(line=p.line, text=text, start=s, end=e), pos):
        return True
    k = text.find("要求", s, pos)
    return k >= 0 and stopped_demand(ctx, p.line, k)


def _going_on_paragraph(ctx, ln: int, text: str, before: str, issuer_level, video, venue, training):
    """Attendees of a paragraph whose first sentence names no unit and goes on with more persons of the unit
    the paragraph before asked to attend (请各镇主要负责同志参会。/ 分管环保工作的负责同志一并参加。; list items
    （一）各设区市生态环境局局长；/（二）分管……副局长同时参加。): the two read as one sentence, reported here."""
    from .markers import body_start
    from .tokens import index_of

    k = body_start(text)
    s, e = next(((a, b) for a, b in ctx.sentences(ln) if b > k), (k, len(text)))
    if not _going_on().match(text, k) or find_units(text[k:e]) \
            or not any(w in text[k:e] for w in words().get("together_cues", [])):
        return
    joined = before.rstrip("。；;，, \u3000") + "。" + text[k:e]
    index = index_of(joined)
    att = _attendance_verbs(joined, index, 0, len(joined), ())
    if not att:
        return
    units = [u for u in _with_levels(find_units(joined), joined, issuer_level, addressed(ctx)) if u[0] < len(before)]
    yield from _sentence_attendees(joined, index, (0, len(joined)), units, att, venue, issuer_level, video,
                                   lambda pos: (ln, (s, e)), training)


def persons_cells(ctx) -> frozenset[int]:
    """Lines of an attendance table's cells that name persons (参会单位 | 参会人员: 局长，并带领……科长): the column is
    the attendance demand, so a cell asks its persons to attend without a verb of its own."""
    def build():
        return frozenset(ln for row in attendance_rows(ctx) for ln, cell in zip(row.lines, row.cells)
                         if _persons().search(normalize(cell)))
    return ctx.memo(("persons-cells",), build)


def _row_attendees(ctx, issuer_level, video):
    """Attendees of the rows of attendance tables: the row's cells read as one phrase
    (各设区市人民政府 | 主要负责同志、分管负责同志), reported at the cell holding the persons."""
    from .tokens import index_of

    for row in attendance_rows(ctx):
        parts, where = [], []
        pos = 0
        for ln, cell in zip(row.lines, row.cells):
            cell = normalize(cell.strip())
            if not cell or cell.isdigit():
                continue
            parts.append(cell)
            where.append((pos, pos + len(cell), ln))
            pos += len(cell) + 1
        # a remark after the persons' cell that negates (不得请人代会) says how to attend, not whether
        k = next((i for i, c in enumerate(parts) if _persons().search(c)), len(parts))
        negators = vocabulary().negators
        while len(parts) > k + 1 and any(w in parts[-1] for w in negators):
            parts.pop()
            where.pop()
        text = " ".join(parts)
        units = [u for u in _with_levels(find_units(text), text, issuer_level, addressed(ctx))
                 if not _in_role_title(text, u, 0, len(text))]  # 乡镇 in 乡镇长、分管副乡镇长: a title, no unit
        if not units and parts and not _persons().search(parts[0]):
            # the row's first cell is its unit, named or not (省属企业 | 主要负责人、分管安全负责人)
            units = [(0, len(parts[0]), parts[0], ())]
        elif len(parts) > 1 and not _persons().search(parts[0]) and units[0][1] <= len(parts[0]):
            # the unit cell is one list whatever it holds (各旗县市（区）人民政府、乌拉盖管理区管委会): the persons'
            # cell is asked of each, as of one chain ending with the cell
            first = [u for u in units if u[1] <= len(parts[0])]
            lv = tuple(dict.fromkeys(x for u in first for x in u[3]))
            units = [(first[0][0], len(parts[0]), parts[0][first[0][0]:], lv), *units[len(first):]]
        if not units:
            continue
        index = index_of(text)
        att = _attendance_verbs(text, index, 0, len(text), ())
        if _demand_negated(text, index, 0, len(text), min((i for i, _ in att), default=len(text))):
            continue

        def place(p: int) -> tuple[int, tuple[int, int]]:
            ln = next((x for a, b, x in where if a <= p < b + 1), where[-1][2])
            return ln, (0, len(ctx.reading(ln)))

        yield from _sentence_attendees(text, index, (0, len(text)), units, att, None, issuer_level, video, place)


def _demand_negated(text: str, index, s: int, e: int, first: int) -> bool:
    """不得要求……参加 / 降低参会人员级别: not a demand; a negator about something else
    (为减少会议数量，……; ……整治工作会议请……) does not cancel it."""
    d = words()
    vocab = vocabulary()
    objects, reach = d.get("attendance_objects", []), int(d.get("object_reach", 4))
    # 不再要求主要负责同志到会, 不得要求……参加: the demand word waived (the one waiver reading)
    return bool(any(waiver_before(text, i, s, forbidding=True)
                    for i, _j, _w in find_words(text, index, d.get("waived_demands", []), s, e, mode="tail"))
                or vocab.negates_object(text, index, clause_start(text, first, s), clause_end(text, first, e),
                                        objects, reach=reach)
                or find_words(text, index, vocab.negators, s, first, mode="tail"))


def _in_role_title(text: str, u, s: int, e: int) -> bool:
    """The unit's name is part of a leader's title (乡镇 in 乡镇长, 分管副乡镇长): the title, not another unit."""
    if not text.startswith("长", u[1]):  # only a 长 right after the name makes a title
        return False
    return any(m.start() <= u[0] and u[1] < m.end() for _, rx in roles()
               for m in rx.finditer(text, max(s, u[0] - 4), min(e, u[1] + 2)))


def _chains(text: str, sent_units: list) -> list[list]:
    """Units joined by 、和及与 share their persons and roles; a unit right after another is its
    branch (各设区市、县（市、区）+ 农业农村局: the bureaus of those levels)."""
    chains: list[list] = []
    # 市、县两级农业农村局; 各县（市、区）人民政府（开发区管委会）: the aside's unit goes with the one before
    links = (*_JOINERS, "", "（", *words().get("level_counts", []))
    for u in sent_units:
        if chains and text[chains[-1][-1][1]:u[0]] in links:
            chains[-1].append(u)
        else:
            chains.append([u])
    return chains


def _person_after(text: str, b: int, end: int) -> re.Match | None:
    """The first person word in ``text[b:end]`` that is not part of an attendance label
    (各地参会人员 names a list, not persons)."""
    d = words()
    verbs = tuple(d.get("attendance_verbs", []))
    for m in _persons().finditer(text, b, end):
        if not text.endswith(verbs, b, m.start()):
            return m
    return None


@lru_cache(maxsize=1)
def _persons() -> re.Pattern:
    return re.compile(alternation(words().get("person_words", [])))


@lru_cache(maxsize=1)
def _unit_nouns() -> re.Pattern:
    return re.compile(words().get("unit_nouns", "(?!)"))


def _sentence_attendees(text, index, sent, sent_units, att, venue, issuer_level, video, place, training=False):
    """Attendees among ``sent_units`` of the sentence ``sent`` of ``text``; ``venue`` is that of
    the sentence's 参会人员 sub-section; ``place(pos)`` gives the (line, span) to report."""
    d = words()
    vocab = vocabulary()
    objects, reach = d.get("attendance_objects", []), int(d.get("object_reach", 4))
    gap_max = int(d.get("person_gap", 12))
    breakers = d.get("gap_breakers", "")
    s, e = sent
    chains = _chains(text, sent_units)
    for k, chain in enumerate(chains):
        a, b = chain[0][0], chain[-1][1]
        nxt = chains[k + 1][0][0] if k + 1 < len(chains) else e
        # an attendee: a person word follows closely (……政府分管负责同志)
        pm = _person_after(text, b, min(nxt, e))
        # a unit as the topic, then 请 (由) and its persons (各乡镇（街道）请主要负责同志参会; 各镇（街道）由镇长（主任）
        # 参加): 请 asks the unit's own, 由 names them
        # past an aside naming the unit's kind again (各旗县市（区）人民政府（管委会）由主要负责同志带队)
        m = _ASIDE.match(text, b, min(nxt, e))
        b2 = m.end() if m is not None and not _persons().search(m.group(1)) else b + text.startswith("）", b)
        # the place's own bureau named bare before 由 (试点县（市、区）经信局由分管负责同志参会): the unit's branch
        if (m := _PLACE_DEPARTMENT.match(text, b2, min(nxt, e))) is not None and text.startswith(("由", "请"), m.end()):
            b2 = m.end()
        lead = next((len(w) for w in ("统一由", "均由", "请由", "请", "由") if text.startswith(w, b2)), 0)
        if pm is None or pm.start() - b > gap_max or (any(ch in breakers for ch in text[b2:pm.start()])
                                                      and not _role_at(text, b2, pm.end())
                                                      and not (lead and _led_role(text, b2 + lead, pm.end()))):
            continue
        # the attendee's own clause is negated (各县（市、区）政府主要负责同志不参加), or the verb that would ask or
        # arrange the persons is waived right before them (不安排地方领导陪同, 不再要求县级负责同志参会)
        if waiver_before(text, a, clause_start(text, a, s), forbidding=True) \
                or vocab.negates_object(text, index, clause_start(text, a, s), clause_end(text, pm.end(), e), objects,
                                reach=reach):
            continue
        # the attendee's own verb takes something other than the meeting (……督导室负责同志参加培训)
        if _attends_other(text, pm.end(), clause_end(text, pm.end(), e), att, training):
            continue
        seg_end, pieces = _pieces(text, b, nxt)
        found, spans = [], []
        reach_end = 0  # the end of the last role word named, whoever's it is
        for p0, p1 in pieces:
            # ，主要负责同志不需参会: roles in a negated clause are not asked
            if p0 > b and vocab.negates_object(text, index, p0, p1, objects, reach=reach):
                continue
            for rname, rx in roles():
                rm = rx.search(text, p0, p1)
                if rm and rname not in found:
                    named = max(reach_end, rm.end())
                    if _sub_body_head(text, p0, rm.start()):  # ……负责同志和安监办主任: the 安监办's head
                        rm = next((m for m in rx.finditer(text, rm.end(), p1)
                                   if not _sub_body_head(text, p0, m.start())), None)
                    reach_end = named
                if rm and rname not in found:
                    found.append(rname)
                    spans.append((rm.start() - b, rm.end() - b))
        seg = text[b:seg_end]
        joint = False
        if len(found) >= 2:
            spans.sort()
            between = seg[spans[0][1]:spans[-1][0]]
            # 或: either one; （: an aside; 疾控中心: the second role is another unit's
            # (办事处主任 is the street's own head: a role word, not another unit's post)
            bare = _same_role_asides(seg, spans[0][1], spans[-1][0])
            for _, rx in roles():
                bare = rx.sub("", bare)
            joint = "或" not in between and "（" not in bare and not _unit_nouns().search(bare) \
                and not _listed_body(bare)
        lv = tuple(dict.fromkeys(x for u in chain for x in u[3]))
        remote = _remote(text, seg, sent, a, b, d)
        if remote is None:
            if venue is not None:
                remote = venue == "remote"
            else:
                # a video conference: lower levels sit in their own 分会场, the issuer's level at the main venue
                remote = video and bool(lv) and all(below(x, issuer_level) for x in lv)
        who_end = max([pm.end(), reach_end, *(b + y for _, y in spans)])
        line, span = place(pm.start())
        # a row's levels are told at its unit's cell, unless the persons name their level themselves (分管副县长)
        at = None if re.search(words().get("level_posts", "(?!)"), text[b:who_end]) else place(a)
        quota = _QUOTA.match(text, who_end, e)
        yield Attendee(line, span, text[a:who_end], a, lv, tuple(found), joint, remote, text[a:b],
                       quota.group(0).strip() if quota else "", at if at not in (None, (line, span)) else None)


# a head count after the persons (负责同志1名, 各1人, 1 名): how many each unit is asked to send
_QUOTA = re.compile(r"[\s\u3000]*各?[\s\u3000]*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})[\s\u3000]*(?:名|位|人)(?![员民])")


def _listed_body(bare: str) -> bool:
    """``bare`` (the words between two roles, roles taken out) is another list item naming a body, not a
    person: 、招生考试机构 (……教育局分管负责同志、招生考试机构主要负责同志), 和县文化馆, 及团委 — an item after
    a list joiner whose last word is a noun (not 陪同本市人民政府, 参加观摩。, nor persons: 、班子成员)."""
    from ..segment import tokenize, word_tag

    core = bare.strip(" \u3000")
    lead = next((j for j in sorted(_JOINERS, key=len, reverse=True) if core.startswith(j)), None)
    core = core[len(lead):].strip(" \u3000") if lead else ""
    if len(core) < 2 or re.search(r"[，。；,;：:]", core) or _persons().search(core):
        return False
    last = tokenize(core)[-1].text
    return len(last) >= 2 and word_tag(last) in ("n", "nt", "nz", "j")


def _sub_body_head(text: str, p0: int, i: int) -> bool:
    """The role at ``i`` heads a body named right before it (安监办主任, 教研室主任, 疾控中心主任 after the unit's own
    分管负责同志和): that body's head, not one of the unit's leaders."""
    lo = max([p0, *(text.rfind(j, p0, i) + len(j) for j in _JOINERS if text.rfind(j, p0, i) >= 0)])
    return i > lo and _unit_nouns().search(text[i - 1:i]) is not None and _persons().search(text, p0, lo) is not None


def _led_role(text: str, b: int, end: int) -> bool:
    """After 由/请: a role (由主要负责同志带队), or the place's own department and its role (各县（市）区由水务局局长带队)."""
    if _role_at(text, b, end):
        return True
    m = _PLACE_DEPARTMENT.match(text, b, end)  # (a bare 水务局: the place's, no unit find_units would name)
    return m is not None and _role_at(text, m.end(), end)


_PLACE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:局|委|办|中心|站|所)")


def _role_at(text: str, b: int, end: int) -> bool:
    """A leader's role right at ``b`` spans the gap to the person word (分管学前教育的副局长: its 前 is a field's
    word, no 于……前 deadline between a unit and its persons)."""
    return any((m := rx.match(text, b)) is not None and m.end() >= end for _, rx in roles())


_ASIDE = re.compile(r"（([^（）]{1,10})）")


_WORD_ASIDE = re.compile(r"（[^（），。；]{1,4}）")


def without_asides(words: str) -> str:
    """``words`` without the short asides inside a title (副校（园）长, 副县（市、区）长, 乡（镇）长 → 副校长, 副县长,
    乡长): the title a role word ends with is read as written without them."""
    return _WORD_ASIDE.sub("", words)


def _same_role_asides(seg: str, lo: int, hi: int) -> str:
    """``seg[lo:hi]`` without asides that only rename the role before them (县长（主任）: the 管委会's head is
    its 主任; 区长（县长、市长）: each kind of unit's name for it): an equivalent title, not an alternative 或-aside
    (主要负责同志（或分管负责同志）)."""
    def same(m: re.Match) -> str:
        names = m.group(1).split("、")
        for _, rx in roles():
            if all(rx.fullmatch(x) for x in names) \
                    and any(x.end() == lo + m.start() for x in rx.finditer(seg, 0, lo + m.start())):
                return ""
        return m.group(0)
    return _ASIDE.sub(same, seg[lo:hi])


def _pieces(text: str, b: int, nxt: int) -> tuple[int, list[tuple[int, int]]]:
    """The unit's persons after ``b``: up to ；, and across a comma or a full stop only when the next
    clause goes on with a role of the same unit (……主要负责同志参会，分管负责同志陪同参加; ……主要负责同志
    参会。分管环保工作的负责同志一并参加); ，林业部门主要负责同志 is another attendee."""
    seg_end = nxt
    role_start, going_on = _role_start(), _going_on()
    cues = tuple(words().get("together_cues", []))
    pieces = []
    j0 = b
    while True:
        j = min((x for x in (text.find(m, j0, seg_end) for m in "，。；") if x >= 0), default=-1)
        if j < 0:
            pieces.append((j0, seg_end))
            break
        pieces.append((j0, j))
        if text[j] == "；":
            # ……主要负责同志参加；分管副职同时参会: a ；-part going on with a role of the same unit and saying they come
            # together; 省直各部门分管负责同志 (another unit) or a part without such a cue is another item
            k = min((x for x in (text.find(m, j + 1, nxt) for m in "；。") if x >= 0), default=nxt)
            if not (going_on.match(text, j + 1) and holds_any(text, cues, j + 1, k)):
                seg_end = j
                break
        elif not (role_start if text[j] == "，" else going_on).match(text, j + 1):
            seg_end = j
            break
        j0 = j + 1
    return seg_end, pieces


@lru_cache(maxsize=1)
def _going_on() -> re.Pattern:
    """A sentence that names no unit and goes on with more persons of the one before (……主要负责同志参会。
    分管环保工作的负责同志一并参加 / 同时请分管副局长参加): its subject is a role, perhaps after 另/同时/请."""
    ws = [w for r in words().get("role", []) for w in r["words"]]
    pats = [x for r in words().get("role", []) for x in r.get("patterns", [])]
    lead = alternation(words().get("continued_persons_leads", []))
    # 各 before a title distributes it over the units asked (各镇长（主任）和分管副镇长一并参加: each town's heads)
    return re.compile(rf"[\s\u3000]*(?:(?:{lead})[，,]?)?(?:请|由|安排)?各?(?:{'|'.join([*pats, alternation(ws)])})")


def _continued(text: str, index, sentences, quotes) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, where to report) of the paragraph's sentences, one joined to the next when that one only
    goes on with more persons of the same unit and their attendance (……主要负责同志参会。分管环保工作的负责同志
    一并参加。): reported at the sentence that adds them."""
    out: list[tuple[int, int, tuple[int, int]]] = []
    cues = tuple(words().get("together_cues", []))
    for s, e in sentences:
        # after ；, only a part saying they come together (……参加；分管副职同时参会), not another item of a list
        if out and (text[s - 1:s] == "。" or (text[s - 1:s] == "；" and holds_any(text, cues, s, e))) \
                and _going_on().match(text, s) and _attendance_verbs(text, index, s, e, quotes):
            out[-1] = (out[-1][0], e, (s, e))
        else:
            out.append((s, e, (s, e)))
    return out


def _remote(text: str, seg: str, sent: tuple[int, int], a: int, b: int, d: dict) -> bool | None:
    """The venue written after the persons (……在当地分会场参加), else in the ；-part."""
    s, e = sent
    p0 = max(text.rfind("；", s, a) + 1, s)
    p1 = text.find("；", b, e)
    part = text[p0:(p1 if p1 >= 0 else e)]
    remote_w, present_w = d.get("remote_markers", []), d.get("in_person_markers", [])
    negators = tuple(d.get("venue_negators", ()))
    for where in (seg, part):
        if any(w in where for w in remote_w):
            return True
        if any(_said(where, w, negators) for w in present_w):
            return False
    return None


def _said(where: str, word: str, negators: tuple[str, ...]) -> bool:
    """``word`` stands in ``where`` not negated (局长不到省里，在县级分会场参加: not coming is no 到省)."""
    i = where.find(word)
    while i >= 0:
        if not negators or not where[max(0, i - 3):i].endswith(negators):
            return True
        i = where.find(word, i + 1)
    return False


def government_with_department(ctx, people: list[Attendee], government_unit: str, government_with_dept: str):
    """(government, department) attendees listed one after the other in one demand (各县（市、区）人民政府
    分管负责同志、民政局局长): the department of the same place goes along with its government's leader."""
    gov = _rx(government_unit)
    for p in people:  # read as one attendee: 各旗县人民政府分管负责同志及卫生健康局局长, 分管副区（市）长和住建局局长
        said = normalize(ctx.reading(p.line))[p.sent[0]:p.start + len(p.unit)] if p.line is not None else p.unit
        if p.levels and re.search(government_with_dept, said):
            yield p, p
    for p, q in zip(people, people[1:]):
        if (p.line, p.sent) != (q.line, q.sent) or not gov.search(p.unit) or gov.search(q.unit) or not p.levels:
            continue
        gap = normalize(ctx.reading(p.line))[p.start + len(p.unit):q.start] if p.line is not None else "-"
        gap = re.sub(r"（[^（）]*）", "", gap)  # 分管副市长（副州长）和……: an aside on the role
        if gap in ("、", "和", "及", "以及", "与") and (not q.levels or set(q.levels) <= set(p.levels)):
            yield p, q


# ------------------------------------------------------------ escorts and venues (GW202)
# a 分会场 the notice sets up, not one it rules out (会议在南昌集中召开，不设分会场)
BRANCH_VENUE = re.compile(r"(?<!不设)(?<!不设立)(?<!不另设)(?<!不再设)(?<!无)(?<!没有)分会场")


def attendance_declined(text: str, index, i: int, a: int, b: int) -> bool:
    """The clause around ``i`` (in the sentence ``a``–``b``) negates attendance (不安排人员陪同, 减少陪会)."""
    d = words()
    return bool(vocabulary().negates_object(text, index, clause_start(text, i, a), clause_end(text, i, b),
                                            d.get("attendance_objects", []), reach=int(d.get("object_reach", 4))))


_COUNT = re.compile(r"(?:\d+|[一二两三四五])(?:名|人)$")


def persons_before(text: str, a: int, i: int, adverbs: list[str]) -> str:
    """The persons named in ``text[a:i]`` before an escort verb, without asides, a trailing adverb (全程) or their
    count (局长1人陪同, 副校（园）长随同)."""
    who = without_asides(text[a:i])
    who = next((who[:-len(w)] for w in adverbs if who.endswith(w)), who)
    return _COUNT.sub("", who)


@lru_cache(maxsize=4)
def led_sectors(heads: tuple[str, ...]) -> re.Pattern:
    """Sectors and sections a leader brings along (带领发展改革、商务部门主要负责同志, 带领森林防火科负责同志): names
    ending in one of ``heads``; the last name ends at its first head (安全稳定科 of 安全稳定科科长: 科长 is the person)."""
    tail = "|".join(sorted(map(re.escape, heads), key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(rf"(?:(?:本级|本局|市直|县直|区直|市|县)?[\u4e00-\u9fff]{{2,12}}[、和及])*[\u4e00-\u9fff]{{2,10}}?等?(?:{tail})")


def venue_above(ctx, venue_levels: dict, p: Attendee, q: Attendee) -> bool:
    """The pair's 分会场 is a higher level's (各县……同时到市分会场参会): they leave their own place.  ``venue_levels``:
    市 → city, … (whose 分会场 a word names)."""
    text = normalize(ctx.reading(q.line))[q.start:q.sent[1]] if q.line is not None else ""
    hosts = [venue_levels[m.group(1)] for m in
             re.finditer(rf"({'|'.join(map(re.escape, venue_levels)) or '(?!)'})分会场", text)]
    return bool(hosts) and all(level_rank(h) < min(map(level_rank, p.levels)) for h in hosts)

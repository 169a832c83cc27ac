"""Meetings a document convenes: names, dates, the 会议时间 field and the 会议内容 section.

A meeting counts as *convened* by the document when the title says so
(关于召开……会议的通知) or a sentence announces it (定于/拟于/将于……召开……会议);
3月召开的……会议精神, 已于……召开, 不得……召开 are mentions, not convening.
What a meeting name ends with (会议, 推进会, 论坛 …) is the caller's (a rule's
setting); the grammar of convening — verbs, future and past markers, negators —
is ``dictionaries/meetings.toml``.  Who is asked to attend: :mod:`.attendance`.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from .lexicon import load_data
from .literals import holds_any
from .markers import match_marker
from .negation import Vocabulary
from .sentences import clause_start, inside, quoted_spans, sentence_spans
from .tokens import index_of
from .units import normalize
from ..docmemo import per_document

DATA_FILE = "meetings.toml"
DEMONSTRATIVE = "(?:本次|此次|这次|该次|该|本|此)"
# a space may stand between a number and its unit (3 月 10 日: text pasted from WeChat or a web page)
_MONTH_RE = re.compile(r"(?<![\d一二三四五六七八九十〇零])(\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月(?!份?[以之]?[后来])")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
_DATE_RE = re.compile(
    rf"(?:{_NUM} ?年 ?)?{_NUM} ?月份?(?: ?{_NUM} ?[日号])?(?:[上中下]旬|初|底|中|末)?"
    rf"(?:(?:至|到|－|-|—|～|~) ?{_NUM} ?(?:月 ?{_NUM}?)? ?[日号]?(?:[上中下]旬|初|底)?)?"
    rf"(?:前|左右)?(?:（(?:星期|周)[一二三四五六日天]）)?")


@lru_cache(maxsize=1)
def words() -> dict:
    """``dictionaries/meetings.toml`` with its lexicon deltas expanded."""
    return load_data(DATA_FILE)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The family's negation words: the lexicon's negators and reducers with the deltas of
    ``meetings.toml`` (negators, reducers, negator_prefixes)."""
    d = words()
    return Vocabulary(frozenset(d.get("negators", [])), reducers=frozenset(d.get("reducers", [])),
                      prefixes=d.get("negator_prefixes", ""))


def alternation(words_: Iterator[str] | list | tuple) -> str:
    return _alternation(tuple(words_))


@lru_cache(maxsize=256)
def _alternation(words_: tuple) -> str:
    # asked per paragraph by several readers with the same word lists: escape and sort once
    return "|".join(re.escape(w) for w in sorted(words_, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _name_re(suffixes: tuple[str, ...]) -> re.Pattern:
    """A meeting name right after the verb: up to its first suffix that ends the name."""
    nf = words().get("suffix_not_followed_by", "")
    tail = f"(?!{nf})" if nf else ""
    # a quoted phrase or a 《title》 inside the name (全省“四好农村路”建设电视电话会议) is part of it
    piece = r"(?:[^。；，：“”《》]|“[^“”。；，]{1,20}”|《[^《》。；]{1,40}》)"
    return re.compile(rf"{piece}{{0,60}}?(?:{alternation(suffixes)}){tail}")


@lru_cache(maxsize=8)
def generic_re(suffixes: tuple[str, ...]) -> re.Pattern:
    """A name that only points back (本次论坛, 此次推进会, 会议): the title's meeting."""
    return re.compile(rf"^{DEMONSTRATIVE}?(?:{alternation((*suffixes, '会议', '大会', '活动'))})$")


@lru_cache(maxsize=8)
def _suffix_end_re(suffixes: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:{alternation(suffixes)})$")


def date_phrase(text: str) -> str:
    """The date expression(s) of ``text`` (定于2026年3月12日在南昌 → 2026年3月12日)."""
    found = [m.group(0) for m in _DATE_RE.finditer(text) if "月" in m.group(0)]
    return "、".join(found) if found else text.strip()


def months(text: str) -> list[int]:
    """The months named in ``text`` (3月, 三月, 十二月), not 3个月 or 3月以后."""
    out = []
    for m in _MONTH_RE.finditer(text):
        g = m.group(1)
        n = int(g) if g.isdigit() else _CN_MONTH.get(g)
        if n and 1 <= n <= 12 and n not in out:
            out.append(n)
    return out


@dataclass
class Meeting:
    """One convening statement: the meeting, where it is said and when it is held."""

    name: str
    line: int
    start: int
    end: int | None
    when: str = ""  # the date phrase as written
    months: list[int] = field(default_factory=list)
    soon: str | None = None  # 近期/即将 … when no date is written
    source: str = "text"  # text | field | title
    sentence: str = ""
    in_title: bool = False
    relative: str | None = None  # 下月中旬: ``months`` reckoned from the document date
    host: str = ""  # who is said to hold it, before the marker (国务院发展研究中心定于……)
    place: str = ""  # where, right before the verb (在海南博鳌举行)
    agenda: bool = False  # an event on the agenda of the title's meeting (会议期间举办……论坛), no 定于 of its own
    moved: bool = False  # the title postpones or moves it (……论坛延期举办): held only if the text gives the new date


_PLACE = re.compile(r"在([^，。；在]{2,16}?)(?:隆重|正式)?(?:组织召开|召开|举行|举办)")


@dataclass(frozen=True)
class _Convening:
    verb: int
    verb_end: int
    marker: str | None
    when: str
    name: str
    past: bool
    host: str = ""
    place: str = ""


def _marker_before(text: str, lo: int, v: int, d: dict) -> tuple[str | None, int | None]:
    """The closest future marker before the verb at ``v`` within ``text[lo:v]``; of markers
    ending at the same place the longest (暂定于, not 定于); a prefix (拟, 决定) counts only
    right before the verb (拟召开)."""
    mk, mk_start = None, None
    for w in d.get("convene_markers", []):
        i = text.rfind(w, lo, v)
        if i >= 0 and (mk_start is None or i + len(w) > mk_start + len(mk)
                       or (i + len(w) == mk_start + len(mk) and len(w) > len(mk))):
            mk, mk_start = w, i
    for w in d.get("convene_prefixes", []):
        if text.endswith(w, lo, v) and (mk_start is None or v - len(w) > mk_start):
            mk, mk_start = w, v - len(w)
    return mk, mk_start


# (after a count of the event: 每年举办一届“甬江航运服务论坛”, 举办首届“……论坛”)
_QUOTED_NAME = re.compile(r"(?:[一首][届次场期]|第[一二三四五六七八九十\d]{1,3}[届次期])?“([^“”]{2,40})”")


def _scan(text: str, index, s: int, e: int, suffixes: tuple[str, ...], quotes, *,
          title: bool = False) -> Iterator[_Convening]:
    """Convening statements in ``text[s:e]``."""
    d = words()
    verbs = d.get("convene_verbs", [])
    if verbs and not holds_any(text, verbs, s, e):  # most sentences convene nothing: one scan in C
        return
    vocab = vocabulary()
    # after a superseded or past convening (原定于3月召开……), a later verb of the same sentence
    # does not reuse its marker and date; it may reuse its name (……，现调整至4月9日召开)
    floor = s
    prev_name = ""
    # what each verb's statement holds apart from its name is the same for every suffix list the document is
    # asked with: read once per sentence (:func:`_verb_sites`), again only where a negated past verb before it
    # left the floor where it was
    for v, ve, at, site in _verb_sites(text, s, e, tuple(quotes), title):
        c0, past, mk, mk_start, when, host_at, place = site if at == floor else _site(text, s, v, ve, floor, d)
        # the name: after the verb (召开全省……会议) or before the marker (全省……会议定于……召开)
        name = ""
        name_span: tuple[int, int] | None = None
        nm = _name_re(suffixes).match(text, ve)
        qm = _QUOTED_NAME.match(text, ve, e) if nm is None else None
        if nm and nm.end() <= e:
            name = nm.group(0)
        elif qm is not None and _suffix_end_re(suffixes).search(qm.group(1)):
            name = qm.group(1)  # 举办“2026黄埔生物医药创新发展论坛”: the event's name in quotation marks
        elif mk_start is not None:
            b0 = clause_start(text, mk_start, s)
            piece = text[b0:mk_start].strip(" \u3000")
            if _suffix_end_re(suffixes).search(piece):
                name = piece
                name_span = (b0, mk_start)
        if vocab.negates_verb(text, index, c0, v, skip=[name_span] if name_span else (),
                              reach=int(d.get("reducer_reach", 12)), breaks=d.get("reducer_breaks", "")) \
                or any(text.endswith(w, c0, v) for w in d.get("cancel_verbs", ())):
            continue  # 不召开, 取消举办, 暂缓召开: the meeting is not held
        name = name.strip(" \u3000").removeprefix("的")  # 原定于4月召开的全省……推进会
        if "的" in name:  # 原定于2月24日召开的全省……会议延至…召开: the name after the old date
            name = re.sub(rf"^.*(?:{alternation(d.get('convene_verbs', []))})的", "", name)
        if not name and prev_name and mk is not None:
            name = prev_name
        if name:
            prev_name = name
        if past:
            floor = ve
        host = host_at if mk_start is not None and name_span is None else ""
        yield _Convening(v, ve, mk, when, name, past, host, place)


@per_document
def _verb_sites(text: str, s: int, e: int, quotes: tuple, title: bool) -> tuple[tuple, ...]:
    """The convening verbs of ``text[s:e]`` (not quoted, unless in a ``title``) as (verb start, verb end, floor,
    :func:`_site` read from that floor), the floor moved past each past verb as :func:`_scan` moves it when the
    verb is not negated: the part of a sentence's reading no suffix list changes, once per document."""
    d = words()
    floor = s
    out = []
    for m in re.finditer(alternation(d.get("convene_verbs", [])), text[s:e]):
        v, ve = s + m.start(), s + m.end()
        if inside(v, quotes) and not title:
            continue
        site = _site(text, s, v, ve, floor, d)
        out.append((v, ve, floor, site))
        if site[1]:
            floor = ve
    return tuple(out)


def _site(text: str, s: int, v: int, ve: int, floor: int, d: dict) -> tuple:
    """(clause start, past, marker, marker start, when, the host before the marker, the place) of the convening
    verb ``text[v:ve]`` of the sentence from ``s``, nothing before ``floor`` reused."""
    c0 = clause_start(text, v, s)
    # 原定于2月24日召开的……会议延至3月18日召开: a past word before an earlier verb of the clause is that verb's
    past = any(p in text[max(c0, floor):v] for p in d.get("past_markers", [])) \
        or (ve < len(text) and text[ve] in "".join(d.get("past_after_verb", []))) \
        or re.match(d.get("earlier_notice", "(?!)"), text[s:v]) is not None
    mk, mk_start = _marker_before(text, max(floor, v - 60), v, d)
    # without a marker the date is the clause's, but not a superseded one (原定于10月举办的……推迟举办)
    when = text[mk_start + len(mk):v] if mk is not None else text[max(c0, floor):v]
    host = text[clause_start(text, mk_start, s):mk_start].strip(" \u3000") if mk_start is not None else ""
    # the place of the statement: 在……举行 before this verb, or before an earlier verb of the same
    # statement (……将于11月在上海举办，其间举办……论坛)
    places = _PLACE.findall(text, mk_start + len(mk) if mk is not None else c0, ve)
    return c0, past, mk, mk_start, when, host, places[-1] if places else ""


def title_meeting(gw, suffixes: tuple[str, ...]) -> Meeting | None:
    """The meeting a notice's title convenes (关于召开……会议的通知)."""
    if gw.title is None:
        return None
    if gw.forwarding:
        return _printed_plan_meeting(gw, suffixes)
    text = normalize(gw.title.text)
    k = text.find("关于")
    if k < 0:
        return None
    quotes = quoted_spans(text)
    d = words()
    moved = any(re.search(d.get(k, "(?!)"), text) for k in ("title_reschedule_infix", "title_moved_infix"))
    for c in _scan(text, index_of(text), k + 2, len(text), suffixes, quotes, title=True):
        if c.name and not c.past and not generic_re(suffixes).match(c.name):
            return Meeting(c.name, gw.title.line, 0, None, c.when if months(c.when) else "", months(c.when),
                           source="title", sentence=text, in_title=True, moved=moved)
        if c.name or not c.past:
            return None
        break  # 关于……会议改期召开的通知: the verb has no name after it; the name comes before
    sfx = alternation(suffixes)
    infix = d.get("title_reschedule_infix", "(?!)")
    m = re.search(rf"关于(?P<name>[^的]{{2,60}}?(?:{sfx}))(?:{infix})?(?:有关事项|相关事项)?的[^的]{{0,4}}通知$", text) \
        or re.search(rf"关于{d.get('title_reschedule_lead', '(?!)')}(?P<name>[^的]{{2,60}}?(?:{sfx}))"
                     rf"{d.get('title_reschedule_tail', '(?!)')}的[^的]{{0,4}}通知$", text)
    attend = tuple(words().get("attendance_verbs", ()))
    leads = (*words().get("title_not_meeting_leads", ()), *words().get("cancel_verbs", ()))
    if m and not m.group("name").startswith(leads) \
            and "精神" not in m.group("name") and not any(v in m.group("name") for v in attend):
        return Meeting(m.group("name"), gw.title.line, 0, None, source="title", sentence=text, in_title=True,
                       moved=moved)
    return None


def _printed_plan_meeting(gw, suffixes: tuple[str, ...]) -> Meeting | None:
    """关于印发……会议方案的通知: the issuer prints the plan of a meeting of its own, which the title names
    (a forwarded plan is another's; a 纪要 or 精神 of a meeting is no plan to hold it)."""
    if gw.forwarding in words().get("others_forwarding", []) or not gw.carried_title:
        return None
    rx = re.compile(rf"(?P<name>[^《》]{{2,60}}?(?:{alternation(suffixes)})){words().get('plan_of_meeting', '(?!)')}$")
    m = rx.fullmatch(normalize(gw.carried_title).strip("《》 "))
    if m is None or "精神" in m.group("name") or generic_re(suffixes).match(m.group("name")):
        return None
    return Meeting(m.group("name"), gw.title.line, 0, None, source="title", sentence=normalize(gw.title.text),
                   in_title=True)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _plain_name(name: str) -> str:
    """A meeting name without spaces and with ASCII digits (２０２６年 is 2026年)."""
    return re.sub(r"\s+", "", name).translate(_FULLWIDTH_DIGITS)


def same_meeting(a: str, b: str) -> bool:
    """Two names of one meeting: the title's 市政府2027年工作务虚会 and the text's 2027年工作务虚会
    (spacing and digit width aside: 2027 年工作务虚会 pasted from a web page is the same name)."""
    short, long_ = sorted((_plain_name(a), _plain_name(b)), key=len)
    return short == long_ or (len(short) >= 4 and long_.endswith(short))


def _relative_month(when: str, doc_date, table: dict) -> tuple[list[int], str | None]:
    """下月中旬 in a notice dated 2月25日 is March."""
    for w, off in table.items():
        rm = re.search(rf"{re.escape(w)}(?:[上中下]旬|初|底|末)?", when)
        if rm:
            return [(doc_date.month - 1 + int(off)) % 12 + 1], rm.group(0)
    return [], None


_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0, "2": 1, "3": 2, "4": 3,
            "5": 4, "6": 5, "7": 6}


def _relative_week(when: str, doc_date, table: dict) -> tuple[list[int], str | None]:
    """下周四 in a notice dated 2026年3月9日 is 3月19日; a bare 下周 gives a month only when the
    whole week lies in one month (a week running into April says nothing certain)."""
    for w, off in table.items():
        rm = re.search(rf"{re.escape(w)}([一二三四五六日天1-7])?", when)
        if rm:
            monday = doc_date - _dt.timedelta(days=doc_date.weekday()) + _dt.timedelta(weeks=int(off))
            if rm.group(1):
                return [(monday + _dt.timedelta(days=_WEEKDAY[rm.group(1)])).month], rm.group(0)
            sunday = monday + _dt.timedelta(days=6)
            return ([monday.month], rm.group(0)) if monday.month == sunday.month else ([], None)
    return [], None


_SMALL_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_BARE_DAY = re.compile(r"(?<![\d月年])(\d{1,2})[日号](?![内起])")
_LATER = re.compile(r"(\d{1,2}|[一二两三四五六七八九十])(?:个)?(天|日|周|星期)(?:以?后|之后)")


def _relative_day(when: str, doc_date) -> tuple[list[int], str | None]:
    """定于20日 in a notice dated 3月5日 is 3月20日 (a day before the date's own is next month's);
    两周后 and 10天后 count from the document date."""
    m = _LATER.search(when)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_NUM[m.group(1)]
        days = n * 7 if m.group(2) in ("周", "星期") else n
        return [(doc_date + _dt.timedelta(days=days)).month], m.group(0)
    m = _BARE_DAY.search(when)
    if m and 1 <= int(m.group(1)) <= 31:
        month = doc_date.month if int(m.group(1)) >= doc_date.day else doc_date.month % 12 + 1
        return [month], m.group(0)
    return [], None


def _time_cell(text: str, clock: re.Pattern) -> bool:
    """A programme table's time cell written on a line of its own: 下午2时30分, 10月21日下午, 14:30-16:00."""
    rest = _DATE_RE.sub("", text, count=1) if months(text) else text
    return len(text) <= 24 and (rest == "" or clock.fullmatch(rest.strip()) is not None)


def convened_meetings(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    """Meetings the document convenes, in text order; a meeting named only as 会议/本次会议
    is the title's meeting.  Cached on the Context per suffix list."""
    return ctx.memo(("meetings", tuple(suffixes)), lambda: _convened(ctx, tuple(suffixes)))


def others_document_lines(gw) -> frozenset[int]:
    """The lines of another body's document a 转发/批转 notice carries as its attachment (附件：四川省经济和信息化厅
    关于举办……论坛的通知): its 我厅定于……举办 is that body's event, its 我厅 not the issuer."""
    if gw.forwarding not in words().get("others_forwarding", []):
        return frozenset()
    return frozenset(ln for att in gw.attachments if att.title is not None and _DOC_TITLE.search(normalize(att.title.text))
                     for ln in att.lines)


_DOC_TITLE = re.compile(r"关于.{2,80}的(?:通知|函|意见|决定|通报|报告|请示|批复)$")


def _convened(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    gw = ctx.gw
    d = words()
    soon_words = d.get("soon_words", [])
    tm = title_meeting(gw, suffixes)
    out: list[Meeting] = [tm] if tm else []
    prev = None  # the line before: a programme table's time cell (下午2时30分) when written one cell a line
    hosting = tm is not None or ctx.memo("meetings.hosting", lambda: _hosting(ctx, d))
    verbs = d.get("convene_verbs", [])
    others = others_document_lines(gw)
    for ln in gw.content_lines:
        if ln in others:
            continue
        text = normalize(ctx.reading(ln))
        if verbs and tm is None and not hosting and not holds_any(text, verbs):
            # no sentence of the line convenes anything (_scan's own gate, asked once a line instead of once a
            # sentence), and with neither a title meeting nor an event of its own nothing else is read here
            prev = text.strip()
            continue
        quotes = ctx.quotes(ln)
        for s, e in ctx.sentences(ln):
            found = len(out)
            for c in _scan(text, ctx.index(ln), s, e, suffixes, quotes):
                if c.past:
                    continue
                mos = months(c.when)
                relative = None
                if not mos and gw.date_value is not None:
                    mos, relative = _relative_month(c.when, gw.date_value, d.get("relative_months") or {})
                if not mos and gw.date_value is not None:
                    mos, relative = _relative_week(c.when, gw.date_value, d.get("relative_weeks") or {})
                if not mos and _BARE_DAY.search(c.when) and not _LATER.search(c.when):
                    # 2027年3月25日至26日，……，26日上午召开推进会: a bare day after a month written earlier in the
                    # sentence is that month's, not one reckoned from the document date
                    mos = months(text[s:c.verb])[-1:]
                if not mos and gw.date_value is not None:
                    mos, relative = _relative_day(c.when, gw.date_value)
                # ……论坛改为线上举办（时间不变）: the event changes its form; no date, nothing convened anew
                if not mos and c.marker is not None and re.fullmatch(d.get("moved_mode", "(?!)"), c.when.strip()):
                    continue
                # 即将召开: the near-future word may stand before a one-character marker (将)
                lead = c.when if c.marker is None else text[clause_start(text, c.verb, s):c.verb]
                soon = next((w for w in soon_words if w in lead), None)
                name = c.name
                if not name or generic_re(suffixes).match(name) is not None:
                    if tm is None:
                        continue
                    name = tm.name
                # without 定于/拟于 only a dated sentence about the title's meeting convenes it, or one that
                # puts another event on that meeting's agenda (6月9日下午，举办……研讨会 / 会议期间举办……论坛)
                agenda = False
                # （省政府）近期（以视频会议形式）召开全省……会议: a word of the near future before the verb
                # announces the meeting as 定于 does (not 近日: 近日召开的……会议 is mostly past)
                ahead = soon is not None and soon in d.get("soon_markers", [])
                if c.marker is None and not ahead and (tm is None or name != tm.name or not (mos or soon)):
                    cues = d.get("agenda_words", [])
                    clock = re.compile(d.get("agenda_time", "(?!)"))
                    # 下午2时30分，举办……论坛 / a programme row whose time stands in the cell before; the
                    # notice's own event may be no meeting (举办……培训班, 举办……采摘节): 培训期间同时举办……论坛,
                    # 同期举办……沙龙 put a side event on its programme all the same
                    agenda = (name != tm.name if tm is not None else hosting) and (
                        bool(mos or months(text[s:c.verb])) or any(w in text[s:c.verb] for w in cues)
                        or clock.search(text, s, c.verb) is not None
                        or (prev is not None and _time_cell(prev, clock)))
                    if not agenda:
                        continue
                out.append(Meeting(name, ln, s, e, c.when.strip(), mos, soon, "text", text[s:e], relative=relative,
                                   host=c.host, place=c.place, agenda=agenda))
            if len(out) == found:
                out.extend(_organised(text, ln, s, e, suffixes, quotes, gw.issuer, d))
            if len(out) == found and hosting:
                out.extend(_hosted_items(text, ln, s, e, suffixes, quotes, tm, out, d, ctx.index(ln)))
            if len(out) == found and tm is not None:
                moved = _rescheduled(text, s, e, d)
                if moved:
                    out.append(Meeting(tm.name, ln, s, e, moved, months(moved), None, "text", text[s:e]))
        prev = text.strip()
    if tm is not None and tm.moved and not any(m.months for m in out[1:] if m.name == tm.name):
        # 关于……论坛延期举办的通知 with 具体时间另行通知: the notice puts the event off and convenes nothing
        out = [m for m in out if m.name != tm.name]
    return out


def _hosting(ctx, d: dict) -> bool:
    """The document holds an event of its own, whatever its title convenes (the same for every suffix list)."""
    gw = ctx.gw
    # the notice holds an event of its own (关于举办……博览会的通知): its programme may name more
    # (关于开展……宣传周活动的通知 launches one)
    if gw.title is not None and not gw.forwarding \
            and (holds_any(gw.title.text, d.get("convene_verbs", []))
                 or re.search(d.get("held_activity", "(?!)"), gw.title.text) is not None):
        return True
    # or prints the plan of an event of its own (关于印发2027年湖州市数字生活消费节活动方案的通知): its items hold it,
    # unless the text names another body as the organiser (由中国茶叶流通协会主办第二届普洱茶文化节)
    if gw.title is not None and re.search(d.get("hosted_plan_title", "(?!)"), gw.title.text) is not None \
            and not any(_other_organiser(host, gw.issuer, d)
                        for ln in gw.content_lines for host in organisers(normalize(ctx.reading(ln)), d)):
        return True
    # or its body announces one (定于7月6日举办……培训班, 决定于11月9日至15日开展……宣传周活动): 培训期间同时举办……论坛
    # is on that event's programme; a forwarded document's events are another's, a printed plan (印发) is the issuer's own
    own = gw.forwarding not in d.get("others_forwarding", [])
    if not own:
        return False
    # or says its side organises one (由银川市人民政府主办第五届……葡萄酒节): 节会期间举办……论坛 is on its programme
    lead = d.get("own_organiser_lead")
    return any(_announces(text := normalize(ctx.reading(ln)), d)
               or (lead and "主办" in text and any(own_organiser(m.group("host"), gw.issuer, d)
                                                  for m in re.finditer(lead, text)))
               for ln in gw.content_lines)


def _announces(text: str, d: dict) -> bool:
    """A 定于/拟于 marker and a convening verb in one clause: the document holds an event of its own."""
    rx = _announce_re(tuple(d.get("convene_markers", [])), tuple(d.get("convene_verbs", [])),
                      d.get("held_activity", "(?!)"))
    return rx is not None and rx.search(text) is not None


@lru_cache(maxsize=2)
def _announce_re(markers: tuple[str, ...], verbs: tuple[str, ...], held: str) -> re.Pattern | None:
    """定于……举办, or 决定于……开展……活动 (an activity of its own the document launches)."""
    if not markers or not verbs:
        return None
    return re.compile(rf"(?:{alternation(markers)})[^，。；]{{0,40}}?(?:{alternation(verbs)}|{held})")


@lru_cache(maxsize=8)
def _hosted_re(suffixes: tuple[str, ...], hosts: str) -> re.Pattern:
    return re.compile(rf"([^，。；：:、\s（）“”]{{2,40}}?(?:{alternation(suffixes)}))（([^（）]{{2,30}}?)(?:{hosts})）")


def _organised(text: str, ln: int, s: int, e: int, suffixes, quotes, issuer, d: dict) -> list[Meeting]:
    """Events a sentence says the issuer's side organises, the name right after the organiser clause and no
    convening marker needed (（二）由州自然资源局与州测绘地理信息学会联合主办……研讨交流会，9月在昌吉市召开;
    由市人民政府主办……论坛): 主办 by the issuer, its government or a body at its level is holding it. An
    attributive (参加由……主办的……论坛), a past word or a negation before it in the clause are not."""
    rx = d.get("own_organiser_lead")
    if not rx or issuer is None or "主办" not in text[s:e]:
        return []
    found = []
    for m in re.finditer(rx, text[s:e]):
        a, b = s + m.start(), s + m.end()
        if inside(a, quotes) or not own_organiser(m.group("host"), issuer, d):
            continue
        c0 = clause_start(text, a, s)
        lead = text[c0:a]
        if any(p in lead for p in d.get("past_markers", [])) or any(w in lead for w in d.get("attendance_verbs", [])) \
                or vocabulary().negates_verb(text, index_of(text), c0, a):
            continue
        nm = _name_re(suffixes).match(text, b)
        qm = _QUOTED_NAME.match(text, b, e) if nm is None else None
        name = nm.group(0) if nm and nm.end() <= e else (qm.group(1) if qm and _suffix_end_re(suffixes).search(qm.group(1))
                                                           else "")
        name = name.strip(" \u3000") or _topic_name(text, s, c0, e, suffixes, d)
        if not name or generic_re(suffixes).match(name) or any(x.name == name for x in found):
            continue
        when = text[b:e]
        found.append(Meeting(name, ln, s, e, date_phrase(when) if months(when) else "", months(when), None, "text",
                             text[s:e], host=m.group("host")))
    return found


def _topic_name(text: str, s: int, c0: int, e: int, suffixes, d: dict) -> str:
    """The event named as the sentence's topic, the organiser clause after it (“海丝名城·文旅共融”2027厦门文旅
    融合发展论坛，由厦门市文化和旅游局与厦门市旅游协会联合主办): the whole first clause is the name; not an
    event the rest of the sentence tells as past (……，由……主办，已于去年10月成功举行)."""
    if c0 <= s + 1 or text[c0 - 1] not in "，," or holds_any(text[c0:e], d.get("past_markers", [])):
        return ""
    a = mk.body if (mk := match_marker(text[s:c0])) is not None else 0
    topic = text[s + a:c0 - 1].strip(" \u3000")
    if clause_start(text, c0 - 1, s) > s + a or holds_any(topic, d.get("attendance_verbs", [])) \
            or holds_any(topic, d.get("past_markers", [])):
        return ""
    nm = _name_re(suffixes).fullmatch(topic)
    return topic if nm is not None and not topic.startswith(("为", "围绕", "在", "对", "按照", "根据")) else ""


def _hosted_items(text: str, ln: int, s: int, e: int, suffixes, quotes, tm, out, d: dict, index=None) -> list[Meeting]:
    """Events of the title's meeting named with their organiser in a note, no verb (a programme's
    item or cell: 开源生态高峰论坛（市工信局主办）): the note's 主办 convenes it on the meeting's agenda."""
    notes = d.get("organiser_notes", [])
    found = []
    for m in _hosted_re(tuple(suffixes), alternation(notes)).finditer(text, s, e) if notes else ():
        name = m.group(1)
        if inside(m.start(), quotes) or (tm is not None and name == tm.name) or any(x.name == name for x in (*out, *found)):
            continue
        found.append(Meeting(name, ln, s, e, "", [], None, "text", text[s:e], host=m.group(2), agenda=True))
    # 培训最后半天，……组织参训学员开展“……”主题研讨交流会; 第二天下午安排一场“……”专题研讨会: a side event put on the
    # programme of the event the document holds, by a verb of arranging rather than of convening
    side = d.get("side_event")
    for m in re.finditer(side, text[s:e]) if side else ():
        name = m.group("name")
        at = s + m.start()
        if not _suffix_end_re(suffixes).search(name) or inside(at, quotes) or any(x.name == name for x in (*out, *found)) \
                or (index is not None and vocabulary().negates_verb(text, index, clause_start(text, at, s), at, reach=4)):
            continue
        found.append(Meeting(name, ln, s, e, "", [], None, "text", text[s:e], agenda=True))
    return found


def _rescheduled(text: str, s: int, e: int, d: dict) -> str | None:
    """The new date of a rescheduling told without a convening verb (会议时间调整为3月24日)."""
    for rm in re.finditer(d.get("reschedule_statement", "(?!)"), text[s:e]):
        at = s + rm.end()
        at += text[at:at + 1] == " "  # 调整为 2026 年 3 月 24 日 (a pasted space before the number)
        dm = _DATE_RE.match(text, at)
        if dm and "月" in dm.group(0) and not any(p in text[s:s + rm.start()][-6:] for p in
                                                   d.get("past_markers", [])):
            return dm.group(0)
    return None


def time_field(ctx) -> tuple[int, int, int | None, str, list[int], str | None] | None:
    """(line, start, end, text, months, relative) of the 会议时间 field of the body; ``relative`` is the
    phrase (下月中旬, 下周三) the months were reckoned by from the document date when no month is written.  Read once
    per document."""
    return ctx.memo("meetings.time_field", lambda: _time_field_read(ctx))


def _time_field_read(ctx) -> tuple[int, int, int | None, str, list[int], str | None] | None:
    gw = ctx.gw
    # a month written anywhere wins; only then a time told relative to the document date (下月中旬) -- without a
    # document date nothing is reckoned, and the second scan would be the first again
    found = _time_field(ctx, months) or (
        _time_field(ctx, lambda text: months(text) or _reckoned(text, gw.date_value)[0])
        if gw.date_value is not None else None)
    if found is None:
        return None
    ln, a, b, txt, mos = found
    return (ln, a, b, txt, mos, None) if months(txt[:40]) else (ln, a, b, txt, mos, _reckoned(txt, gw.date_value)[1])


def _reckoned(text: str, doc_date) -> tuple[list[int], str | None]:
    """The months of a time told relative to the document date (会议安排在下月中旬; 时间：下周三上午), read in
    the text's leading clause only."""
    if doc_date is None:
        return [], None
    d = words()
    clause = re.split(r"[，。；,;]", text, maxsplit=1)[0][:24]
    mos, rel = _relative_month(clause, doc_date, d.get("relative_months") or {})
    if not mos:
        mos, rel = _relative_week(clause, doc_date, d.get("relative_weeks") or {})
    if not mos:
        # 本月20日 / 20日上午 / 两周后 (a day of the document's month or the next), not a length (会期2日, 为期2天)
        this = re.search(d.get("this_month", "(?!)"), clause)
        mos, rel = _relative_day(clause[this.end():] if this else clause, doc_date)
        if rel and re.search(r"(?:会期|为期|共|期)[：:]?\s*$", clause[:clause.find(rel)]):
            mos, rel = [], None
        if rel and this:
            rel = this.group(0) + rel
    return mos, rel


def _time_field(ctx, months) -> tuple[int, int, int | None, str, list[int]] | None:
    """``time_field`` with ``months`` reading a month written or reckoned."""
    gw = ctx.gw
    lines = gw.body_lines
    if gw.forwarding and gw.forwarding not in words().get("others_forwarding", []) and gw.attachments:
        lines = [*lines, *gw.attachments[0].lines]  # a printed meeting plan states its 会议时间 in the plan
    found = _field_in(ctx, months, lines)
    if found is None:
        # 具体安排见附件: the meeting's own arrangements printed after the notice (附件：培训日程安排, 会议须知);
        # a sentence there (注：培训会于3月24日上午9时开始) says the day before a programme's first cell does
        rx = re.compile(words().get("arrangement_attachment", "(?!)"))
        seen = set(lines)
        att = [ln for a in gw.attachments if a.title is not None and rx.search(normalize(a.title.text))
               for ln in a.lines if ln not in seen]
        if att:
            found = _field_in(ctx, months, att, tables=False) or _field_in(ctx, months, att)
    return found


def _field_in(ctx, months, lines: list[int], tables: bool = True) -> tuple[int, int, int | None, str, list[int]] | None:
    """``_time_field`` in ``lines``; ``tables=False`` reads fields and sentences only, no table's cells."""
    rx = re.compile(words().get("time_label", r"^$"))
    for i, ln in enumerate(lines):
        text = normalize(ctx.reading(ln))
        m = rx.match(text)
        if not m:
            # a later sentence of the paragraph may state it (……召开全省……会议。会议时间为3月20日)
            later = ((s, rx.match(text[s:e])) for s, e in ctx.sentences(ln) if s > 0)
            s, sm = next(((s, x) for s, x in later if x), (0, None))
            if sm is None and words().get("time_clause"):
                sm = re.search(words()["time_clause"], text)  # ……会议，时间为3月20日: a clause of the sentence
            if sm is None and words().get("time_sentence"):
                # 会议安排在3月12日上午，……; 注：培训会于3月17日开始: a sentence of the meeting's own noun, dated in
                # its first clause (not 参训人员3月16日报到 after it)
                s, sm = next(((a, x) for a, b in ctx.sentences(ln)
                              if (x := re.match(words()["time_sentence"], text[a:b]))), (0, None))
                if sm is not None:
                    clause = re.split(r"[，。；,;]", text[s + sm.end():], maxsplit=1)[0]
                    mos = months(clause)
                    if mos:
                        return ln, s + sm.end(), None, clause.strip(), mos
                    continue
            mos = months(text[s + sm.end():s + sm.end() + 40]) if sm else []
            if mos:
                return ln, s + sm.end(), None, text[s + sm.end():].strip(), mos
            continue
        rest = text[m.end():]
        mos = months(rest[:40])
        if mos:
            return ln, m.end(), None, rest.strip(), mos
        if not tables:
            continue
        if not rest.strip(" \u3000。") and i + 1 < len(lines):
            # the field is a programme table's 时间 header (时间 | 内容 | 地点): its rows say which day is the meeting's
            # (3月31日 | 报到 comes before 4月1日 | 全体会议), whichever cell of the row names the side part
            found = _programme_time(ctx, lines[max(i - 3, 0):], header_at=ln) or _section_date(ctx, lines[i + 1:], months)
            if found is not None:
                return found
        break  # a 时间 field without a month (待定, or a table's header cell): a programme table may date it
    else:
        if tables:
            found = _arrangement_table(ctx, months, lines)
            if found is not None:
                return found
    return _programme_time(ctx, lines) if tables else None


def _arrangement_table(ctx, months, lines: list[int]) -> tuple[int, int, int | None, str, list[int]] | None:
    """With no 时间 field at all: a table of the arrangements (项目 | 安排 -- 报到 | 3月18日, 会议 | 3月19日上午……)
    dates the meeting by its first dated row that is no side row, as under a 时间和地点 heading."""
    heads = {tuple(h.split("|")) for h in words().get("arrangement_table_headers", [])}
    if not heads:
        return None
    for i in range(len(lines) - 1):
        pair = (normalize(ctx.reading(lines[i])).strip(), normalize(ctx.reading(lines[i + 1])).strip())
        if pair in heads:
            return _section_date(ctx, lines[i + 2:], months)
    return None


def _side_label(label: str) -> bool:
    """A cell or field label naming what goes with the meeting, not the meeting (报到, 签到 …)."""
    return any(w in label for w in words().get("side_time_labels", []))


def _section_date(ctx, lines: list[int], months=months) -> tuple[int, int, int | None, str, list[int]] | None:
    """The meeting's day in the lines under a 时间和地点 heading standing alone: the next line, or the
    first dated cell of the table there (项目 | 安排 — 报到 | 3月9日, 会议 | 3月10日), a side row
    (报到, 签到) only when no other row is dated."""
    heads = {h.line for h in ctx.gw.headings}
    side = None
    # rows that open with their date (时间 | 内容 | 地点 over 3月31日 | 报到 | ……): the body's first line past the
    # header's cells is dated; rows of an arrangement (报到 | 3月18日) open with their label instead
    d = words()
    names = {*d.get("schedule_date_headers", []), *d.get("programme_headers", []), *d.get("schedule_other_headers", [])}
    body = next((t for t in (normalize(ctx.reading(ln)).strip() for ln in lines[:8]) if t not in names), "")
    date_first = bool(months(body[:30]))
    for k, ln in enumerate(lines[:12]):
        if k and ln in heads:
            break
        text = normalize(ctx.reading(ln))
        mos = months(text[:30])
        if not mos:
            if k == 0 and len(text) > 20:
                break  # a paragraph, not a table's cells: the field was written without a date
            continue
        label = text[:max(text.find(str(mos[0])), 0)] + (normalize(ctx.reading(lines[k - 1])) if k else "")
        # a row whose date comes first (3月31日14时至18时 | 报到 | 陕西宾馆): its next cells, up to the next dated one
        after = []
        for nx in lines[k + 1:k + 4] if date_first else ():
            t = normalize(ctx.reading(nx))
            if months(t[:30]) or nx in heads or len(t) > 20:
                break
            after.append(t)
        if k and (_side_label(label[:12]) or any(_side_label(t[:12]) for t in after)):
            side = side or (ln, 0, None, text.strip(), mos)
            continue
        return ln, 0, None, text.strip(), mos
    return side


def _programme_time(ctx, lines: list[int], header_at: int | None = None
                    ) -> tuple[int, int, int | None, str, list[int]] | None:
    """The first dated row of a programme table (时间 | 议程): the meeting's own day when no field says it;
    ``header_at``: only the table whose header row has a cell at that line."""
    from .tables import tables

    d = words()
    dates_h = d.get("schedule_date_headers", [])
    heads = [*dates_h, *d.get("programme_headers", []), *d.get("schedule_other_headers", [])]
    for t in tables(ctx, lines, heads, numbered=False):
        dcol = _header_col(t.header, dates_h)
        if dcol is None or _header_col(t.header, d.get("programme_headers", [])) is None:
            continue
        if header_at is not None and (not t.rows or header_at not in t.rows[0].lines or t.kind == "lines"):
            continue  # (a copy to text with a cell per line may misplace columns: _section_date reads it by lines)
        side = None
        for r in t.rows[1:]:
            when = r.cells[dcol].strip() if dcol < len(r.cells) else ""
            mos = months(when)
            if mos:
                ln = r.lines[dcol]
                k = max(normalize(ctx.reading(ln)).find(when), 0)
                if _side_label("".join(c for i, c in enumerate(r.cells) if i != dcol)):
                    side = side or (ln, k, k + len(when), when, mos)  # 签到 | 8:30: the meeting's row follows
                    continue
                return ln, k, k + len(when), when, mos
        if side is not None:
            return side
    return None


def section_lines(ctx, labels, every_part: bool = False) -> Iterator[tuple[object, list, int | None]]:
    """(heading, the part-0 headings, line of the next heading of its level or above) for each
    heading of the 正文 whose title opens with one of ``labels``; ``every_part``: of the attachments too (the
    活动方案 a notice prints), each section ending where its part does (the headings given are its part's)."""
    heads = [h for h in ctx.gw.headings if every_part or h.part == 0]
    for i, h in enumerate(heads):
        t = h.title.strip()
        if not any(t.startswith(w) for w in labels):
            continue
        yield h, [x for x in heads if x.part == h.part], next(
            (x.line for x in heads[i + 1:] if x.level <= h.level or x.part != h.part), None)


def content_text(ctx) -> str:
    """Text of the 会议内容/议程 section(s): what the meeting is about."""
    body = ctx.gw.body_lines
    out = []
    for h, _heads, nxt in section_lines(ctx, words().get("content_labels", [])):
        out.extend(ctx.reading(ln) for ln in body if ln >= h.line and (nxt is None or ln < nxt))
    return "\n".join(out)


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, str], ...]:
    """(place name, its province), longest name first: provinces and their short names, Jiangxi's 设区市 (short
    names too) and every prefecture of the country by its full name (在苏州市举办: 江苏省)."""
    from .divisions import prefectures
    from .orgs import tables

    t = tables()
    pairs = [*t.provinces.items(), *t.cities.items(), *prefectures()]
    return tuple(sorted(((n, p) for n, p in pairs if len(n) >= 2 and p), key=lambda x: len(x[0]), reverse=True))


def _province_of(text: str) -> str | None:
    """The province a name or place names (江西省商务厅, 景德镇, 在海南博鳌 → 海南省)."""
    return next((p for n, p in _places() if n in text), None)


def held_elsewhere(ctx, m: Meeting) -> bool:
    """The meeting is someone else's, only announced here: held by a body above the issuer
    (国务院发展研究中心定于……举办), in another province (……将于3月下旬在海南博鳌举行), one the
    notice is about taking part in (关于组织参加……的通知; 经与主办方协调, 应组委会邀请) or serving
    (关于做好……期间服务保障工作的通知), or one the text says another body organises (由论坛秘书处主办)."""
    from .units import find_units, level_rank

    issuer = ctx.gw.issuer
    if issuer is None:
        return False
    if m.host and level_rank(issuer.level) < 9 and any(level_rank(u.level) < level_rank(issuer.level)
                      for u in find_units(m.host)):
        return True
    home = _province_of(issuer.name)
    where = _province_of(m.place) if m.place else None
    if home is not None and where is not None and where != home:
        return True
    # 关于组织参加……的通知; 经与主办方协调，我厅获得10个名额: the issuer takes part in another's event
    d = words()
    gw = ctx.gw
    title = normalize(gw.title.text) if gw.title is not None else ""
    if d.get("attend_title") and re.search(d["attend_title"], title):
        return True
    # 关于做好……博览会期间服务保障工作的通知: the notice serves the event, it does not hold it
    if d.get("support_title") and re.search(d["support_title"], title):
        return True
    # 大理州旅游协会拟于近期举办……研讨会: the body holding it is the sentence's own subject, judged as 由……主办 is
    if m.host and not m.in_title and _other_organiser(m.host, issuer, d):
        return True
    cue = d.get("other_host_cues")
    if cue and any(re.search(cue, normalize(ctx.reading(ln))) for ln in gw.content_lines):
        return True
    # ……年会将于3月下旬在琼海市博鳌镇举行，由论坛秘书处主办: the text names another organiser
    lines = gw.content_lines if m.in_title else [m.line, *_said_of_next(ctx, m)]
    return any(_other_organiser(host, issuer, d) for ln in lines for host in organisers(normalize(ctx.reading(ln)), d))


def _said_of_next(ctx, m: Meeting) -> list[int]:
    """The next paragraph when it opens by naming the event again (……论坛将于11月举行。 / 论坛由湖北省医学会主办，……;
    本次大会由……承办): what it says of the organiser is said of this event."""
    lines = ctx.gw.content_lines
    k = bisect_left(lines, m.line) + 1
    if not m.name or k >= len(lines) or lines[k - 1] != m.line:
        return []
    return [lines[k]] if _names_again(m.name[-1]).match(normalize(ctx.reading(lines[k])).lstrip(" \u3000")) else []


@lru_cache(maxsize=64)
def _names_again(last: str) -> re.Pattern:
    """A paragraph opening with the event named again by its last character (论坛由……, 本次大会将由……)."""
    return re.compile(rf"(?:{DEMONSTRATIVE}|本届|该届)?[^，。；由]{{0,12}}?{re.escape(last)}(?:将|拟)?由")


def organisers(text: str, d: dict | None = None) -> list[str]:
    """The organisers a text names for an event (由……主办, 主办单位为……)."""
    d = words() if d is None else d
    return [m.group("host").strip(" \u3000") for rx in d.get("organiser_clauses", ()) for m in re.finditer(rx, text)]


def _other_organiser(host: str, issuer, d: dict) -> bool:
    """The organiser named is not the issuer's side: a body above it (商务部 for a province's department) or
    no government body at all (论坛秘书处, 组委会, 协会, 大学); the issuer, its government or another
    department at its level or below among the organisers make the event the issuer's side's."""
    return _organiser_side(host, issuer, d) == "other"


def own_organiser(host: str, issuer, d: dict | None = None) -> bool:
    """The issuer, its government or a body at its level or below is among the organisers named
    (由州自然资源局与州测绘地理信息学会联合主办; 由银川市人民政府主办): the event is the issuer's side's."""
    return issuer is not None and _organiser_side(host, issuer, words() if d is None else d) == "own"


def _organiser_side(host: str, issuer, d: dict) -> str | None:
    """"own" when the issuer's side is among the organisers, "other" when only others are named, else None."""
    from .orgs import own_government
    from .units import find_units, is_own_name, level_rank

    # split between organisers, not inside one's name (市文化和旅游局 is one body)
    spans = [(u.start, u.end) for u in find_units(host)]
    cuts = [k for k, ch in enumerate(host) if ch in "、，和与及" and not any(a < k < b - 1 for a, b in spans)]
    parts = [p for p in (host[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(host)])) if p]
    rank = level_rank(issuer.level)
    # 市政府, 市人民政府 in a city department's text: its own government (whatever level the name reads as)
    gov = own_government(issuer.name, issuer.level)
    own = {gov, gov.replace("政府", "人民政府")} if "人民" not in gov else {gov}
    other = False
    for part in parts:
        if part.startswith(("我", "本")) or is_own_name(part, {issuer.name}) or part in own:
            return "own"
        units = find_units(part)
        # 贵州省人民政府 for a Guangxi department is no side of its own, whatever the level
        if any(u.kind in ("government", "government_office", "department", "party")
               and rank < 9 and level_rank(u.level) >= rank for u in units) \
                and _province_of(part) in (None, _province_of(issuer.name)):
            return "own"
        if any(level_rank(u.level) < rank for u in units) or re.search(d.get("other_host_heads", "(?!)"), part):
            other = True
    return "other" if other else None


_CELL_NOTE = re.compile(r"（[^（）]{1,12}）$")


def _header_col(header: list[str], words_: list[str]) -> int | None:
    return next((i for i, c in enumerate(header) if any(w in c for w in words_)), None)


def _listed_name(cell: str, suffixes: tuple[str, ...], d: dict) -> str | None:
    """The meeting a schedule's cell or a plan's item names (召开全省……会议, 全省……推进会（视频）),
    or None when the cell attends, cancels or names something else."""
    text = _CELL_NOTE.sub("", normalize(cell).strip(" \u3000。；"))
    text = text[_recurring_lead(d).match(text).end():]  # 每年举办……论坛: a plan's recurring event
    verb = re.match(rf"(?:{alternation(d.get('convene_verbs', []))})", text)
    # 举办……高峰论坛，发布年度案例: the event the verb opens, then what is done at it
    rest = re.split(r"[，；,;]", text[verb.end():], maxsplit=1)[0] if verb else text
    # 举办了……论坛, 已召开……会议: a past event named, not one planned
    if rest.startswith(tuple(d.get("past_after_verb", ()))) \
            or any(w in rest for w in (*d.get("past_markers", ()), *d.get("convene_verbs", ()))):
        return None
    if rest.startswith(tuple(d.get("title_not_meeting_leads", ()))) \
            or rest.startswith(tuple(d.get("cancel_verbs", ()))) \
            or any(v in rest for v in d.get("attendance_verbs", ())):
        return None  # 参加全省……大会, 组织人员参加……论坛, 传达……精神, 取消……: not convened here
    # 每年举办一届“甬江航运服务论坛”: the count of the event and the quotes around its whole name
    rest = _COUNTED.sub("", rest)
    if (q := _QUOTED_NAME.fullmatch(rest)) is not None:
        rest = q.group(1)
    m = _name_re(suffixes).fullmatch(rest)
    if m is None or generic_re(suffixes).match(rest):
        return None
    return rest


_COUNTED = re.compile(r"^(?:[一首][届次场期]|第[一二三四五六七八九十\d]{1,3}[届次期])(?=“)")


def _recurring_lead(d: dict) -> re.Pattern:
    """How often a plan holds an event, right before the convening verb (每年举办, 每季度召开, 定期举办); empty match
    when none is written."""
    return _recurring_re(tuple(d.get("recurring_leads", [])), tuple(d.get("convene_verbs", [])))


@lru_cache(maxsize=2)
def _recurring_re(leads: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:(?:{alternation(leads)})(?=(?:{alternation(verbs)})))?" if leads and verbs else "")


def _past_row(when: str, doc_date) -> bool:
    """A row dated before the document's month of the same year: a meeting held, not planned."""
    mos = months(when)
    if doc_date is None or not mos:
        return False
    year = re.search(r"(\d{4}) ?年", when)
    if year is not None and int(year.group(1)) != doc_date.year:
        return int(year.group(1)) < doc_date.year
    return max(mos) < doc_date.month


def _row_cancelled(cells: list[str], names: list[int], d: dict) -> bool:
    """A row another cell of which opens by cancelling it (停办，相关议题并入……; 取消; 不再举办): a table of the
    events a 减负 notice stops lists no event held."""
    leads = (*d.get("cancel_verbs", ()), "不再")
    return any(normalize(c).lstrip(" \u3000").startswith(leads) for i, c in enumerate(cells) if i not in names)


def listed_meetings(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    """Meetings a plan lists without a convening sentence of their own, cached on the Context:
    a row of a schedule table (会议名称 | 时间, 时间 | 活动 | 地点: the name cell, dated by its row's
    time cell) and an item of a plan that opens with the convening verb ((三)举办全市……研讨会).
    A row dated before the document's month is one held, not planned."""
    return ctx.memo(("listed-meetings", tuple(suffixes)), lambda: _listed(ctx, tuple(suffixes)))


def _listed(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    from .tables import tables

    d = words()
    gw = ctx.gw
    names_h, dates_h = d.get("schedule_name_headers", []), d.get("schedule_date_headers", [])
    out: list[Meeting] = []
    heads = [*names_h, *dates_h, *d.get("schedule_other_headers", [])]
    for t in tables(ctx, gw.content_lines, heads, numbered=False):
        header = t.header
        dcol = _header_col(header, dates_h)
        ncols = [i for i, c in enumerate(header) if i != dcol and any(w in c for w in names_h)]
        if not ncols:
            continue
        for r in t.rows[1:]:
            when = r.cells[dcol].strip() if dcol is not None and dcol < len(r.cells) else ""
            if _past_row(when, gw.date_value) or _row_cancelled(r.cells, ncols, d):
                continue
            for c in ncols:
                if c >= len(r.cells):
                    continue
                name = _listed_name(r.cells[c], suffixes, d)
                if name is None:
                    continue
                ln = r.lines[c]
                k = max(normalize(ctx.reading(ln)).find(name), 0)
                out.append(Meeting(name, ln, k, k + len(name), when, months(when), None, "table",
                                   normalize(r.cells[c]).strip(), agenda=False))
    in_tables = {ln for t in tables(ctx, gw.content_lines, heads, numbered=False) for r in t.rows for ln in r.lines}
    verbs = alternation(d.get("convene_verbs", []))
    title = normalize(gw.title.text) if gw.title is not None else ""
    # the items of a report or bulletin (关于……工作情况的报告: （一）举办……论坛) tell work done
    past_doc = re.search(d.get("past_report_titles", "(?!)"), title) is not None
    for ln in ([] if past_doc else gw.content_lines):
        if ln in in_tables:
            continue
        text = normalize(ctx.reading(ln))
        mk = match_marker(text)
        if mk is None:
            continue
        start = mk.body
        if not re.match(verbs, text[_recurring_lead(d).match(text, start).end():]):  # （三）每季度召开……
            # a later clause of the item led by its date: 五、加强自身建设。……，12月中旬召开委年度工作务虚会，……
            dated = next((m for m in _DATED_CLAUSE.finditer(text, mk.body) if re.match(verbs, text[m.end():])), None)
            if dated is None:
                continue
            start = dated.end()
        # the item's first clause: (三)举办全市科技成果转化研讨会 / 3.召开推进会。每季度……
        end = next((i for i in range(start, len(text)) if text[i] in "。；，：！"), len(text))
        name = _listed_name(text[start:end], suffixes, d)
        if name is not None:
            k = text.find(name, start)
            out.append(Meeting(name, ln, k, k + len(name), "", [], None, "item", text[start:end]))
    return out


# a clause of a plan item that opens with when it is done (12月中旬, 下半年, 第三季度, 年底前)
_DATED_CLAUSE = re.compile(r"(?<=[，。；]) ?(?:(?:\d{1,2} ?|[一二三四五六七八九十]{1,2})月(?:上旬|中旬|下旬|初|底|中下旬|上中旬)?"
                           r"|[上下]半年|第[一二三四]季度|年[初底]|年内)(?:前|以前)?")


def planned_meetings(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    """:func:`convened_meetings` and the meetings a plan lists (:func:`listed_meetings`) on lines
    no convening statement already speaks for."""
    convened = convened_meetings(ctx, suffixes)
    said = {m.line for m in convened}
    return [*convened, *(m for m in listed_meetings(ctx, suffixes) if m.line not in said)]


def said_of_meeting(ctx) -> list[str]:
    """Sentences of the body whose subject is the meeting convened, named by reference (本次会议已报经……批准;
    此次会议经省政府主要领导同志同意召开): what the notice says of the meeting outside its convening sentence,
    in its 其他事项 or closing lines, is said of it all the same."""
    rx = words().get("meeting_self_reference")
    if not rx:
        return []
    out = []
    for ln in ctx.gw.body_lines:
        text = ctx.reading(ln)
        for a, b in ctx.sentences(ln):
            # the meeting may be the subject of a later clause (厅里已专题报告，会议经省政府主要领导同志批准召开)
            k = next((i for i in (a, *(m.end() for m in _CLAUSE_MARK.finditer(text, a, b)))
                      if re.match(rx, text[i:b].lstrip(" \u3000"))), None)
            if k is not None:
                out.append(text[k:b])
    return out


_CLAUSE_MARK = re.compile(r"[，,；;]")


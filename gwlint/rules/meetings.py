"""GW201–GW203 — 精减会议活动 (赣府发〔2019〕3号 第4–6条).

source: policy/ganfufa-2019-3.txt 第4条 “一律不得要求层层陪会……不举办没有实质性内容的研讨会、务虚会、
论坛等活动”, 第5条 “无会月”.  Word lists and thresholds: ``dictionaries/meetings.toml``;
the no-meeting months: the profile's ``no_meeting_months``.

A meeting counts as *convened* by the document when the title says so
(关于召开……会议的通知) or a sentence announces it (定于/拟于/将于……召开……会议);
3月召开的……会议精神, 已于……召开, 不得……召开 are mentions, not convening.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ..analysis.lexicon import load_data as load_toml
from ..findings import Violation
from .base import Rule

_CLAUSE_BREAK = "，,；;：:。！？!?"
_JOINERS = ("、", "和", "及", "与", "以及")
_MONTH_RE = re.compile(r"(?<![\d一二三四五六七八九十〇零])(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?!份?[以之]?[后来])")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_DEMONSTRATIVE = "(?:本次|此次|这次|该次|该|本|此)"
_TITLE_NO_VERB_SKIP = ("印发", "转发", "批转", "贯彻", "落实", "学习", "传达", "做好", "参加", "报送", "征集",
                       "推荐", "开好", "筹备", "组织参加", "选派", "表彰", "通报")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_toml("meetings.toml")


def _opt(ctx, code: str, key: str):
    return ctx.config.option(f"{code}.{key}", _data().get(key))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _name_re(suffixes: tuple[str, ...]) -> re.Pattern:
    """A meeting name right after the verb: up to its first suffix that ends the name."""
    nf = _data().get("suffix_not_followed_by", "")
    tail = f"(?!{nf})" if nf else ""
    return re.compile(rf"[^。；，：“”《》]{{0,60}}?(?:{_alt(suffixes)}){tail}")


@lru_cache(maxsize=8)
def _generic_re(suffixes: tuple[str, ...]) -> re.Pattern:
    """A name that only points back (本次论坛, 此次推进会, 会议): the title's meeting."""
    return re.compile(rf"^{_DEMONSTRATIVE}?(?:{_alt((*suffixes, '会议', '大会', '活动'))})$")


@lru_cache(maxsize=8)
def _suffix_end_re(suffixes: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:{_alt(suffixes)})$")


_NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
_DATE_RE = re.compile(
    rf"(?:{_NUM}年)?{_NUM}月份?(?:{_NUM}[日号])?(?:[上中下]旬|初|底|中|末)?"
    rf"(?:(?:至|到|－|-|—|～|~){_NUM}(?:月{_NUM}?)?[日号]?(?:[上中下]旬|初|底)?)?"
    rf"(?:前|左右)?(?:（(?:星期|周)[一二三四五六日天]）)?")


def date_phrase(text: str) -> str:
    """The date expression(s) of ``text`` (定于2026年3月12日在南昌 → 2026年3月12日)."""
    found = [m.group(0) for m in _DATE_RE.finditer(text) if "月" in m.group(0)]
    return "、".join(found) if found else text.strip()


def _months(text: str) -> list[int]:
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


def _normalize(text: str) -> str:
    from ..analysis.units import normalize

    return normalize(text)


def _token_bounds(text: str) -> tuple[frozenset[int], frozenset[int]]:
    from ..analysis.tokens import index_of

    index = index_of(text)  # cached: asking per sentence stays linear in the paragraph
    return index.starts, index.ends


def _word_hits(text: str, lo: int, hi: int, words) -> Iterator[tuple[int, int, str]]:
    """Occurrences of ``words`` in ``text[lo:hi]`` that are whole jieba words or word sequences,
    or the tail of one word (严格控制 → 控制); 不得不 is not 不得."""
    from ..analysis.tokens import index_of

    index = index_of(text)
    for w in words:
        i = text.find(w, lo, hi)
        while i >= 0:
            j = i + len(w)
            if index.tail_aligned(i, j):
                yield i, j, w
            i = text.find(w, i + 1, hi)


def _outside(i: int, skip) -> bool:
    return not any(a <= i < b for a, b in skip)


def _negated(text: str, c0: int, v: int, skip=()) -> str | None:
    """The negator that governs the verb at ``v`` in the clause ``text[c0:v]`` (不得……召开,
    严格控制在3月召开, 不召开), ignoring words inside ``skip`` (the meeting's own name: 综合整治工作推进会)."""
    d = _data()
    if v > c0 and text[v - 1] in d.get("negator_chars", "") and v - 1 in _token_bounds(text)[0]:
        return text[v - 1]  # 不召开, 未举办; not 不得不召开
    for i, j, w in _word_hits(text, c0, v, d.get("negators", [])):
        if _outside(i, skip):
            return w
    gap = int(d.get("weak_negator_gap", 12))
    for i, j, w in _word_hits(text, c0, v, d.get("weak_negators", [])):
        between = text[j:v]
        if _outside(i, skip) and len(between) <= gap and "会" not in between:
            return w
    return None


def _governs_attendance(text: str, lo: int, hi: int) -> str | None:
    """A negator in ``text[lo:hi]`` that governs attendance (不需参会, 降低参会人员级别, 减少陪会),
    not one about something else (为减少会议数量, 农村人居环境整治工作会议)."""
    d = _data()
    for i, j, w in _word_hits(text, lo, hi, d.get("negators", [])):
        return w
    objects = d.get("attendance_objects", [])
    gap = int(d.get("attendance_object_gap", 4))
    for i, j, w in _word_hits(text, lo, hi, d.get("weak_negators", [])):
        ahead = text[j:min(hi, j + gap + 2)]
        if any(0 <= ahead.find(o) <= gap for o in objects):
            return w
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    i = pos - 1
    while i >= lo and text[i] not in _CLAUSE_BREAK:
        i -= 1
    return i + 1


def _scan(text: str, s: int, e: int, suffixes: tuple[str, ...], *, title: bool = False):
    """Convening statements in ``text[s:e]``: (verb_start, verb_end, marker, when, name, past)."""
    d = _data()
    verbs = d.get("convene_verbs", [])
    markers = d.get("convene_markers", [])
    prefixes = d.get("convene_prefixes", [])
    quotes = _quotes(text)
    from ..analysis.sentences import inside

    # after a superseded or past convening (原定于3月召开……), a later verb of the same sentence
    # does not reuse its marker and date; it may reuse its name (……，现调整至4月9日召开)
    floor = s
    prev_name = ""
    for m in re.finditer(_alt(verbs), text[s:e]):
        v, ve = s + m.start(), s + m.end()
        if inside(v, quotes) and not title:
            continue
        c0 = _clause_start(text, s, v)
        past = any(p in text[c0:v] for p in d.get("past_markers", [])) or \
            (ve < len(text) and text[ve] in "".join(d.get("past_after_verb", [])))
        # the closest future marker before the verb, in the same sentence, within 60 characters;
        # of markers ending at the same place the longest (暂定于, not 定于); a prefix (拟, 决定)
        # counts only right before the verb (拟召开)
        mk, mk_start = None, None
        lo = max(floor, v - 60)
        for w in markers:
            i = text.rfind(w, lo, v)
            if i >= 0 and (mk_start is None or i + len(w) > mk_start + len(mk)
                           or (i + len(w) == mk_start + len(mk) and len(w) > len(mk))):
                mk, mk_start = w, i
        for w in prefixes:
            if text.endswith(w, lo, v) and (mk_start is None or v - len(w) > mk_start):
                mk, mk_start = w, v - len(w)
        if mk is not None:
            when = text[mk_start + len(mk):v]
        else:
            when = text[c0:v]
        # the name: after the verb (召开全省……会议) or before the marker (全省……会议定于……召开)
        name = ""
        name_span: tuple[int, int] | None = None
        nm = _name_re(suffixes).match(text, ve)
        if nm and nm.end() <= e:
            name = nm.group(0)
        elif mk_start is not None:
            b0 = _clause_start(text, s, mk_start)
            piece = text[b0:mk_start].strip(" \u3000")
            if _suffix_end_re(suffixes).search(piece):
                name = piece
                name_span = (b0, mk_start)
        if _negated(text, c0, v, [name_span] if name_span else ()):
            continue
        name = name.strip(" \u3000").removeprefix("的")  # 原定于4月召开的全省……推进会
        if not name and prev_name and mk is not None:
            name = prev_name
        if name:
            prev_name = name
        if past:
            floor = ve
        yield v, ve, mk, when, name, past


@lru_cache(maxsize=64)
def _quotes(text: str) -> tuple:
    """Quoted text and titles (《关于召开……会议的通知》 cites a notice, it does not convene).
    Cached: asked per sentence of a paragraph, it must not rescan the paragraph each time."""
    from ..analysis.sentences import quoted_spans

    return tuple(quoted_spans(text))


def _title_meeting(gw, suffixes: tuple[str, ...]) -> Meeting | None:
    """The meeting a notice's title convenes (关于召开……会议的通知)."""
    if gw.title is None or gw.forwarding:
        return None
    text = _normalize(gw.title.text)
    k = text.find("关于")
    if k < 0:
        return None
    for v, ve, mk, when, name, past in _scan(text, k + 2, len(text), suffixes, title=True):
        if name and not past and not _generic_re(suffixes).match(name):
            return Meeting(name, gw.title.line, 0, None, when if _months(when) else "", _months(when),
                           source="title", sentence=text, in_title=True)
        return None
    m = re.search(rf"关于(?P<name>[^的]{{2,60}}?(?:{_alt(suffixes)}))(?:有关事项|相关事项)?的[^的]{{0,4}}通知$", text)
    if m and not m.group("name").startswith(_TITLE_NO_VERB_SKIP) and "精神" not in m.group("name"):
        return Meeting(m.group("name"), gw.title.line, 0, None, source="title", sentence=text, in_title=True)
    return None


def convened_meetings(ctx, suffixes: tuple[str, ...]) -> list[Meeting]:
    """Meetings the document convenes, in text order; a meeting named only as 会议/本次会议
    is the title's meeting."""
    from ..analysis.sentences import sentence_spans

    gw = ctx.gw
    d = _data()
    soon_words = d.get("soon_words", [])
    tm = _title_meeting(gw, suffixes)
    out: list[Meeting] = [tm] if tm else []
    for ln in gw.content_lines:
        text = _normalize(ctx.text(ln))
        for s, e in sentence_spans(text):
            for v, ve, mk, when, name, past in _scan(text, s, e, suffixes):
                if past:
                    continue
                months = _months(when)
                relative = None
                if not months and gw.date_value is not None:
                    # 下月中旬 in a notice dated 2月25日 is March
                    for w, off in (d.get("relative_months") or {}).items():
                        rm = re.search(rf"{re.escape(w)}(?:[上中下]旬|初|底|末)?", when)
                        if rm:
                            months, relative = [(gw.date_value.month - 1 + int(off)) % 12 + 1], rm.group(0)
                            break
                soon = next((w for w in soon_words if w in when), None)
                generic = not name or _generic_re(suffixes).match(name) is not None
                if generic:
                    if tm is None:
                        continue
                    name = tm.name
                if mk is None:
                    # without 定于/拟于 only a dated sentence about the title's meeting convenes it
                    if tm is None or name != tm.name or not (months or soon):
                        continue
                out.append(Meeting(name, ln, s, e, when.strip(), months, soon, "text", text[s:e],
                                   relative=relative))
    return out


def _time_field(ctx) -> tuple[int, int, int | None, str, list[int]] | None:
    """(line, start, end, text, months) of the 会议时间 field of the body."""
    rx = re.compile(_data().get("time_label", r"^$"))
    lines = ctx.gw.body_lines
    for i, ln in enumerate(lines):
        text = _normalize(ctx.text(ln))
        m = rx.match(text)
        if not m:
            continue
        rest = text[m.end():]
        months = _months(rest[:40])
        if months:
            return ln, m.end(), None, rest.strip(), months
        if not rest.strip(" \u3000。") and i + 1 < len(lines):
            nxt = _normalize(ctx.text(lines[i + 1]))
            months = _months(nxt[:30])
            if months:
                return lines[i + 1], 0, None, nxt.strip(), months
        return None
    return None


def _content_text(ctx) -> str:
    """Text of the 会议内容/议程 section(s): what the meeting is about."""
    labels = _data().get("content_labels", [])
    gw = ctx.gw
    out = []
    heads = [h for h in gw.headings if h.part == 0]
    for i, h in enumerate(heads):
        t = h.title.strip()
        if not any(t.startswith(w) for w in labels):
            continue
        nxt = next((x.line for x in heads[i + 1:] if x.level <= h.level), None)
        out.extend(ctx.text(ln) for ln in gw.body_lines if ln >= h.line and (nxt is None or ln < nxt))
    return "\n".join(out)


def exemption(ctx, topic: list[str], sentences: list[str]) -> tuple[str, str] | None:
    """(kind, phrase) when the meeting conveys central instructions, meets an emergency or
    has the approval 第5条 asks for.  ``topic`` = title, meeting name, 会议内容; ``sentences``
    = the convening sentences, whose 为贯彻落实……部署 opening is boilerplate."""
    topic_blob = _normalize("\n".join(topic))
    all_blob = _normalize("\n".join([*topic, *sentences]))
    for kind, key, blob in (("central", "exempt_central", all_blob), ("central", "exempt_central_topic", topic_blob),
                            ("approval", "exempt_approval", all_blob)):
        for p in _opt(ctx, "GW201", key) or []:
            m = re.search(p, blob)
            if m:
                return kind, m.group(0)
    d = _data()
    before = re.compile(d.get("emergency_preventive_before", "(?!)"))
    after = re.compile(d.get("emergency_preventive_after", "(?!)"))
    for p in _opt(ctx, "GW201", "exempt_emergency") or []:
        for m in re.finditer(p, all_blob):
            # 遏制重特大事故, 火灾隐患: routine prevention, not an event that has happened
            if before.search(all_blob, max(0, m.start() - 12), m.start()) or after.match(all_blob, m.end()):
                continue
            return "emergency", m.group(0)
    return None


def _month_list(months) -> str:
    return "、".join(f"{m}月" for m in months)


class MeetingInNoMeetingMonth(Rule):
    code = "GW201"
    data_file = "meetings.toml"  # settings schema inferred from it until typed settings are written
    name = "meeting-in-no-meeting-month"
    severity = "error"
    basis = "赣府发〔2019〕3号 第5条"
    summary = ("通知召开全省性会议（或政府部门召开要求市县党政负责同志参加的会议），文中写明的会议日期"
               "（或“近期”召开时的成文日期）落在“无会月”（默认3月，取自配置方案）。")
    why = ("第5条：“将每年3月份确定为全省政府系统‘无会月’，除传达贯彻中央重要会议和重要指示精神及遇有重大紧急事件"
           "必须召开会议外，省政府原则上不召开全省性工作会议，省政府各部门不得以任何名义、任何方式召开全省性或要求"
           "市县领导参加的会议，确因特殊原因必须召开的会议，需经省政府研究决定或省政府主要领导同志批准。”"
           "gwlint 看会议本身的日期（定于3月12日、3月中旬、拟于3月），不看通知的成文日期；通知只说“近期”“即将”召开的，"
           "才以成文日期所在月份为准。回顾已开会议（3月召开的全省……会议精神）不是召开会议。"
           "传达贯彻中央精神、防汛抗旱等重大紧急事件，以及文中写明经省政府研究决定（含“经省政府同意”）或省政府主要领导同志批准的，不报；原定日期被改期取代的，看新日期；"
           "“紧急通知”只是公文的紧急程度，会议内容只是提到总书记重要论述、部署遏制事故等日常工作的，不算例外。")
    bad = "江西省农业农村厅关于召开全省春季农业生产工作会议的通知：“定于2026年3月12日在南昌召开全省春季农业生产工作会议。”"
    good = ("改到4月召开，或以文件部署代替开会；确需在3月召开的，报经省政府研究决定或省政府主要领导同志批准，"
            "并在通知中写明：“经省政府主要领导同志批准，定于……召开……”")
    fix_title = "把会议改到“无会月”以外，或不开会；确需召开的写明中央精神、紧急事件或省政府的批准"

    def check(self, ctx) -> Iterator[Violation]:
        months_off = [int(m) for m in (ctx.profile.no_meeting_months or [])]
        if not months_off:
            return
        gw = ctx.gw
        issuer = gw.issuer
        if issuer is not None and (issuer.level in (_opt(ctx, "GW201", "skip_issuer_levels") or [])
                                   or issuer.kind in (_opt(ctx, "GW201", "skip_issuer_kinds") or [])):
            return
        suffixes = tuple(_opt(ctx, "GW201", "meeting_suffixes") or ())
        scope = _opt(ctx, "GW201", "scope_words") or []
        convened = convened_meetings(ctx, suffixes)
        meetings = [m for m in convened if any(w in m.name for w in scope)]
        # 第5条 also bars departments from meetings that call in 市县 leaders, 全省 or not
        leaders = None
        if not meetings and convened and issuer is not None \
                and issuer.kind in (_opt(ctx, "GW201", "leader_meeting_issuer_kinds") or []):
            leaders = self._local_leaders(ctx, issuer.level)
            if leaders:
                meetings = convened
        if not meetings:
            return
        content = _content_text(ctx)
        title = gw.title.text if gw.title else ""
        doc_date = gw.date_value
        by_name: dict[str, list[Meeting]] = {}
        for m in meetings:
            by_name.setdefault(m.name, []).append(m)
        # a date written anywhere in a convening sentence wins over the 会议时间 field and 近期
        any_dated = any(m.months for m in meetings)
        for name, group in by_name.items():
            dated = next((m for m in group if m.months), None)
            hit = None
            how = ""
            if dated is not None:
                if set(dated.months) & set(months_off) and dated.relative:
                    hit, how = dated, (f"会议时间为“{dated.relative}”，按成文日期（{doc_date.year}年{doc_date.month}月"
                                       f"{doc_date.day}日）推算为{_month_list(dated.months)}")
                elif set(dated.months) & set(months_off):
                    hit, how = dated, f"会议时间为“{date_phrase(dated.when)}”"
            elif not any_dated:
                # the 会议时间 field belongs to the title's meeting, or to the only one convened
                fieldv = _time_field(ctx) if any(m.in_title for m in group) or len(by_name) == 1 else None
                if fieldv is not None:
                    ln, a, b, txt, mos = fieldv
                    if set(mos) & set(months_off):
                        hit = Meeting(name, ln, a, b, txt, mos, source="field", sentence=txt)
                        how = f"会议时间为“{date_phrase(txt[:40])}”"
                else:
                    soon = next((m for m in group if m.soon), None)
                    if soon is not None and doc_date is not None and doc_date.month in months_off:
                        hit = soon
                        how = (f"通知未写明会议日期，称“{soon.soon}”召开，按成文日期"
                               f"（{doc_date.year}年{doc_date.month}月{doc_date.day}日）判断")
            if hit is None:
                continue
            ex = exemption(ctx, [title, name, content], [m.sentence for m in group])
            if ex is not None:
                continue
            what = "是全省性会议" if leaders is None else f"要求市县领导（{leaders}）参加"
            yield Violation(
                f"本文召开的“{name}”{what}，{how}，在“无会月”（{_month_list(months_off)}）内。"
                f"“无会月”除传达贯彻中央重要会议和重要指示精神、遇有重大紧急事件外，不召开全省性会议，"
                f"省政府各部门也不召开要求市县领导参加的会议。"
                f"请改到其他月份或不开会；确需召开的，须经省政府研究决定或省政府主要领导同志批准，并在通知中写明。",
                line=hit.line, start=hit.start, end=hit.end,
                basis=(ctx.profile.raw.get("no_meeting_basis") or None),
                data={"meeting": name, "months": hit.months or [doc_date.month],
                      "date_source": "document-date" if (hit.soon and not hit.months) or hit.relative
                      else hit.source,
                      "no_meeting_months": months_off, "scope": "province" if leaders is None else "local-leaders"},
            )

    @staticmethod
    def _local_leaders(ctx, issuer_level: str | None) -> str | None:
        """The first 市县 government or party leaders the notice asks to attend (各设区市人民政府分管负责同志)."""
        units = re.compile(_data().get("local_leader_units", "(?!)"))
        levels = set(_data().get("local_leader_levels", ["city", "county"]))
        for p in attendees(ctx, issuer_level, False, meeting_doc=True):
            if p.roles and set(p.levels) & levels and units.search(p.unit):
                return p.unit
        return None


# ---------------------------------------------------------------- GW202
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


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern]]:
    out = []
    for r in _data().get("role", []):
        na = r.get("not_after", "")
        guard = f"(?<![{re.escape(na)}])" if na else ""
        out.append((r["name"], re.compile(guard + f"(?:{_alt(r['words'])})")))
    return out


@lru_cache(maxsize=1)
def _role_start() -> re.Pattern:
    """A clause that goes on with the same unit's persons: ，分管负责同志陪同参加."""
    words = [w for r in _data().get("role", []) for w in r["words"]]
    return re.compile(rf"(?:请|由|并|及|和|以及|同时|其中)?(?:{_alt(words)})")


@lru_cache(maxsize=1)
def _level_words() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    return [(re.compile(x["pattern"]), tuple(x["levels"])) for x in _data().get("level_word", [])]


def _attendance_sections(ctx) -> dict[int, str | None]:
    """Body lines inside a 参会人员 section → venue of their sub-section (main/remote/None)."""
    d = _data()
    labels = d.get("attendance_labels", [])
    venues = d.get("venue_labels", {})
    gw = ctx.gw
    heads = [h for h in gw.headings if h.part == 0]
    out: dict[int, str | None] = {}
    for i, h in enumerate(heads):
        t = h.title.strip()
        if not any(t.startswith(w) or t.startswith("会议" + w) for w in labels):
            continue
        nxt = next((x.line for x in heads[i + 1:] if x.level <= h.level), None)
        venue = None
        sub_level = None
        for ln in gw.body_lines:
            if ln < h.line or (nxt is not None and ln >= nxt):
                continue
            sub = next((x for x in heads if x.line == ln and x.level > h.level), None)
            if sub is not None:
                if sub_level is None or sub.level <= sub_level:
                    sub_level = sub.level
                    venue = next((v for k, v in venues.items() if sub.title.startswith(k)), None)
            out[ln] = venue
    # a label paragraph (参会人员：) and the list lines after it, each naming persons
    label_only = re.compile(rf"^[\s\u3000]*(?:会议)?(?:{_alt(labels)})[\s\u3000]*[：:]?[\s\u3000]*$")
    other_label = re.compile(r"^[\s\u3000]*[^，。；：、]{2,10}[：:]")
    persons = re.compile(_alt(d.get("person_words", [])))
    head_lines = {h.line for h in heads}
    lines = gw.body_lines
    for i, ln in enumerate(lines):
        if ln in out or not label_only.match(_normalize(ctx.text(ln))):
            continue
        out[ln] = None
        venue = None
        for nx in lines[i + 1:i + 1 + int(d.get("label_list_max", 15))]:
            t = _normalize(ctx.text(nx)).strip(" \u3000")
            v = next((v for k, v in venues.items() if t.startswith(k)), None)
            if v is not None:  # 主会场：…… / 分会场：……
                venue = v
            elif nx in head_lines or other_label.match(t) or not persons.search(t):
                break
            out.setdefault(nx, venue)
    return out


def _units_with_levels(text: str, issuer_level: str | None):
    """(start, end, text, levels) of organs named in ``text``."""
    from ..analysis.units import find_units

    found = []
    covered: set[int] = set()  # offsets inside a unit found so far (linear, not found × matches)
    for u in find_units(text):
        lv = tuple(x for x in u.reaches_for(issuer_level) if x != "unknown") or ((u.level,) if u.level != "unknown" else ())
        found.append((u.start, u.end, u.text, lv))
        covered.update(range(u.start, u.end))
    for rx, lv in _level_words():
        for m in rx.finditer(text):
            if m.start() not in covered:
                found.append((m.start(), m.end(), m.group(0), lv))
                covered.update(range(m.start(), m.end()))
    return sorted(found)


def _bare_demand(text: str, tok_end: int, e: int) -> bool:
    """The attendance verb ends its clause (……分管负责同志参加。/出席，并……): in a meeting
    notice that is the meeting; 参加培训 is something else."""
    k = tok_end
    while k < e and text[k] not in _CLAUSE_BREAK:
        k += 1
    return not text[tok_end:k].strip(" \u3000")


def _attends_other(text: str, lo: int, hi: int, att) -> bool:
    """The first attendance verb in ``text[lo:hi]`` takes a non-meeting object (参加培训, 参加扑火)."""
    first = min((x for x in att if lo <= x[0] < hi), default=None)
    if first is None:
        return False
    tail = text[first[1]:hi].lstrip(" \u3000")
    tail = re.sub(rf"^{_DEMONSTRATIVE}?(?:相关|有关)?", "", tail)
    return tail.startswith(tuple(_data().get("non_meeting_objects", [])))


def _clause_end(text: str, pos: int, e: int) -> int:
    i = pos
    while i < e and text[i] not in _CLAUSE_BREAK:
        i += 1
    return i


def attendees(ctx, issuer_level: str | None, video: bool, meeting_doc: bool = False) -> list[Attendee]:
    """Persons the document asks to attend.  ``meeting_doc``: the document convenes a meeting, so a
    bare 请……负责同志参加。 without the word 会 is about it."""
    from ..analysis.sentences import inside, sentence_spans

    d = _data()
    verbs = tuple(d.get("attendance_verbs", []))
    labels = d.get("attendance_labels", [])
    persons = re.compile(_alt(d.get("person_words", [])))
    gap_max = int(d.get("person_gap", 12))
    breakers = d.get("gap_breakers", "")
    remote_w, present_w = d.get("remote_markers", []), d.get("in_person_markers", [])
    negated_demands = d.get("negated_demands", [])
    role_start = _role_start()
    section = _attendance_sections(ctx)
    out: list[Attendee] = []
    for ln in ctx.gw.content_lines:
        text = _normalize(ctx.text(ln))
        if not text.strip():
            continue
        index = ctx.index(ln)
        quotes = _quotes(text)
        units = _units_with_levels(text, issuer_level)
        if not units:
            continue
        unit_starts = [u[0] for u in units]
        for s, e in sentence_spans(text):
            # attendance verbs: a token (参加, 参会人员) or a token sequence (到 会)
            att = {(t.start, t.end) for t in index.between(s, e)
                   if t.text.startswith(verbs) and not inside(t.start, quotes)}
            att |= {(i, j) for i, j, _ in _word_hits(text, s, e, verbs) if not inside(i, quotes)}
            att_pos = [i for i, _ in att] + [s + text[s:e].find(w) for w in labels if w in text[s:e]]
            if ln not in section:
                if not att_pos:
                    continue
                if "会" not in text[s:e] and not (meeting_doc and any(_bare_demand(text, j, e) for _, j in att)):
                    continue
            first = min(att_pos) if att_pos else e
            # 不得要求……参加 / 降低参会人员级别: not a demand; a negator about something else
            # (为减少会议数量，……; ……整治工作会议请……) does not cancel it
            if any(_word_hits(text, s, e, negated_demands)) or \
                    _governs_attendance(text, _clause_start(text, s, first), _clause_end(text, first, e)) or \
                    any(_word_hits(text, s, first, d.get("negators", []))):
                continue
            sent_units = [u for u in units[bisect_left(unit_starts, s):bisect_left(unit_starts, e)]
                          if not inside(u[0], quotes)]
            # chains of units joined by 、和及与 share their persons and roles
            chains: list[list] = []
            for u in sent_units:
                if chains and text[chains[-1][-1][1]:u[0]] in _JOINERS:
                    chains[-1].append(u)
                else:
                    chains.append([u])
            for k, chain in enumerate(chains):
                a, b = chain[0][0], chain[-1][1]
                nxt = chains[k + 1][0][0] if k + 1 < len(chains) else e
                # an attendee: a person word follows closely (……政府分管负责同志)
                pm = persons.search(text, b, min(nxt, e))
                if pm is None or pm.start() - b > gap_max or any(ch in breakers for ch in text[b:pm.start()]):
                    continue
                # the attendee's own clause is negated (各县（市、区）政府主要负责同志不参加)
                if _governs_attendance(text, _clause_start(text, s, a), _clause_end(text, pm.end(), e)):
                    continue
                # the attendee's own verb takes something other than the meeting (……督导室负责同志参加培训)
                if _attends_other(text, pm.end(), _clause_end(text, pm.end(), e), att):
                    continue
                seg_end = nxt
                for ch in "；。":
                    j = text.find(ch, b, seg_end)
                    if j >= 0:
                        seg_end = j
                # a comma ends the unit's persons unless the next clause goes on with a role of the
                # same unit (……主要负责同志参会，分管负责同志陪同参加); ，林业部门主要负责同志 is
                # another attendee
                pieces = []
                j0 = b
                while True:
                    j = text.find("，", j0, seg_end)
                    if j < 0:
                        pieces.append((j0, seg_end))
                        break
                    pieces.append((j0, j))
                    if not role_start.match(text, j + 1):
                        seg_end = j
                        break
                    j0 = j + 1
                roles, spans = [], []
                for p0, p1 in pieces:
                    # ，主要负责同志不需参会: roles in a negated clause are not asked
                    if p0 > b and _governs_attendance(text, p0, p1):
                        continue
                    for rname, rx in _roles():
                        rm = rx.search(text, p0, p1)
                        if rm and rname not in roles:
                            roles.append(rname)
                            spans.append((rm.start() - b, rm.end() - b))
                seg = text[b:seg_end]
                joint = False
                if len(roles) >= 2:
                    spans.sort()
                    between = seg[spans[0][1]:spans[-1][0]]
                    joint = "或" not in between and "（" not in between
                # venue: what follows the persons (……在当地分会场参加), else the ；-part, the
                # sub-section (（二）分会场), the kind of meeting
                p0 = max(text.rfind("；", s, a) + 1, s)
                p1 = text.find("；", b, e)
                part = text[p0:(p1 if p1 >= 0 else e)]
                remote = None
                for where in (seg, part):
                    if any(w in where for w in remote_w):
                        remote = True
                    elif any(w in where for w in present_w):
                        remote = False
                    if remote is not None:
                        break
                lv = tuple(dict.fromkeys(x for u in chain for x in u[3]))
                if remote is None:
                    venue = section.get(ln)
                    if venue is not None:
                        remote = venue == "remote"
                    else:
                        # a video conference: lower levels sit in their own 分会场, the issuer's level
                        # at the main venue
                        remote = video and bool(lv) and all(_below(x, issuer_level) for x in lv)
                who_end = max([pm.end(), *(b + y for _, y in spans)])
                out.append(Attendee(ln, (s, e), text[a:who_end], a, lv, tuple(roles), joint, remote))
    return out


def _below(level: str, issuer_level: str | None) -> bool:
    from ..analysis.units import level_rank

    return issuer_level is None or level_rank(issuer_level) < level_rank(level) < 9


_LEVEL_LABEL = {"national": "中央和国家机关", "province": "省级", "city": "设区市", "county": "县（市、区）",
                "township": "乡镇（街道）"}


def _escort_phrases(ctx) -> list[tuple[int, int, int, str]]:
    """Sentences that ask for 层层陪会 outright: inside an attendance demand, not negated, not criticised."""
    from ..analysis.sentences import inside, sentence_spans

    d = _data()
    words = d.get("escort_words", [])
    negators = d.get("negators", [])
    criticism = tuple(d.get("escort_criticism", []))
    verbs = tuple(d.get("attendance_verbs", []))
    labels = d.get("attendance_labels", [])
    section = _attendance_sections(ctx)
    out = []
    for ln in ctx.gw.content_lines:
        text = _normalize(ctx.text(ln))
        quotes = _quotes(text)
        for s, e in sentence_spans(text):
            sent = text[s:e]
            if ln not in section and not any(w in sent for w in (*verbs, *labels)):
                continue
            # 一律不得要求层层陪会 anywhere in the sentence; 减少陪会, 纠正层层陪会 in its clause
            if any(_word_hits(text, s, e, negators)):
                continue
            for w in words:
                i = text.find(w, s, e)
                if i < 0 or inside(i, quotes) or (i > 0 and text[i - 1] in d.get("negator_chars", "")):
                    continue
                if _governs_attendance(text, _clause_start(text, s, i), _clause_end(text, i, e)):
                    continue
                if text.startswith(criticism, i + len(w)):
                    continue
                out.append((ln, s, e, w))
                break
    return out


class EscortAttendance(Rule):
    code = "GW202"
    data_file = "meetings.toml"  # settings schema inferred from it until typed settings are written
    name = "escort-attendance"
    severity = "warning"
    basis = "赣府发〔2019〕3号 第4条"
    summary = ("参会要求层层陪会或领导过多：同一单位要求主要负责同志和分管负责同志都参加，"
               "或省里的会议要求县（市、区）等两级以下的同志到主会场参加。")
    why = ("第4条：“严格控制会议规模、规格，一律不得要求层层陪会，对一些只听取意见、不需要决策的会议降低参会人员级别要求”；"
           "“能以电视电话会议召开的不集中开会”。gwlint 统计通知要求到会的层级和领导角色；"
           "以电视电话会议形式召开、下级在当地分会场参会的，是第4条提倡的做法，不报；"
           "“主要负责同志或分管负责同志”（二选一）不算陪会。")
    bad = ("参会人员：省直有关部门主要负责同志和分管负责同志，各设区市政府分管负责同志，"
           "各县（市、区）政府分管负责同志到南昌主会场参加。")
    good = ("会议以电视电话会议形式召开，省直有关部门分管负责同志在主会场参加，"
            "各设区市、县（市、区）政府分管负责同志在当地分会场参加。")
    fix_title = "每个单位只请一位确需参加的同志；市县同志改在当地分会场参会"

    def check(self, ctx) -> Iterator[Violation]:
        from ..analysis.units import level_rank

        gw = ctx.gw
        issuer = gw.issuer
        ilevel = issuer.level if issuer is not None and issuer.level not in (None, "unknown") else None
        max_depth = int(_opt(ctx, "GW202", "max_depth"))
        max_roles = int(_opt(ctx, "GW202", "max_roles"))
        video_words = _data().get("video_meeting_words", [])
        suffixes = tuple(_opt(ctx, "GW201", "meeting_suffixes") or ())
        meetings = convened_meetings(ctx, suffixes)
        # a video conference, or a meeting with 分会场: lower levels default to their own venue
        video = any(any(w in m.name for w in video_words) for m in meetings) or \
            any("分会场" in ctx.text(ln) for ln in gw.body_lines)
        people = attendees(ctx, ilevel, video, meeting_doc=bool(meetings))
        escorts = _escort_phrases(ctx)
        if not people and not escorts:
            return
        present = [p for p in people if not p.remote]

        def label(levels) -> str:
            return "、".join(_LEVEL_LABEL.get(x, x) for x in sorted(levels, key=level_rank))

        here = {lv for p in present for lv in p.levels}
        away = {lv for p in people if p.remote for lv in p.levels} - here
        roles = list(dict.fromkeys(r for p in people for r in p.roles))
        parts = []
        if here:
            parts.append(f"到会场参会的有{len(here)}级（{label(here)}）")
        if away:
            parts.append(f"在分会场参会的有{label(away)}")
        if roles:
            parts.append(f"涉及领导{len(roles)}种（{'、'.join(roles)}）")
        summary = f"本文要求{'，'.join(parts)}。" if parts else ""

        def too_deep(p: Attendee) -> list[str]:
            if ilevel is None:
                return []
            return [lv for lv in p.levels if level_rank(lv) - level_rank(ilevel) > max_depth and level_rank(lv) < 9]

        by_sentence: dict[tuple[int, int, int], list[str]] = {}
        in_person: set[tuple[int, int, int]] = set()  # sentences asking someone to the main venue
        for p in people:
            key = (p.line, *p.sent)
            reasons = by_sentence.setdefault(key, [])
            if not p.remote:
                in_person.add(key)
            deep = [] if p.remote else too_deep(p)
            if deep:
                r = f"要求{label(deep)}一级的同志（{p.unit}）到会场参会"
                if r not in reasons:
                    reasons.append(r)
            if p.joint and len(p.roles) > max_roles:
                r = f"要求同一单位的{'和'.join(p.roles)}同时参加（{p.unit}）"
                if r not in reasons:
                    reasons.append(r)
        for ln, s, e, w in escorts:
            by_sentence.setdefault((ln, s, e), []).append(f"要求“{w}”")
            in_person.add((ln, s, e))
        for (ln, s, e), reasons in sorted(by_sentence.items()):
            if not reasons:
                continue
            # already at their own 分会场: the remedy is fewer leaders, not a video conference
            remedy = "；市县同志可以电视电话会议形式在当地分会场参会" if (ln, s, e) in in_person else ""
            yield Violation(
                f"参会要求过高：{'；'.join(reasons)}。{summary}第4条要求一律不得层层陪会、降低参会人员级别："
                f"每个单位只请确需参加的一位同志{remedy}。",
                line=ln, start=s, end=e,
                data={"levels": sorted(here, key=level_rank), "remote_levels": sorted(away, key=level_rank),
                      "roles": roles, "reasons": reasons},
            )


# ---------------------------------------------------------------- GW203
class LowValueEvent(Rule):
    code = "GW203"
    data_file = "meetings.toml"  # settings schema inferred from it until typed settings are written
    name = "low-value-event"
    severity = "info"
    basis = "赣府发〔2019〕3号 第4条"
    summary = "通知召开或举办研讨会、务虚会、论坛等活动：提醒核实活动有实质性内容。"
    why = ("第4条：“不举办没有实质性内容的研讨会、务虚会、论坛等活动。”gwlint 只看本文要召开、举办的活动"
           "（标题“关于举办……论坛的通知”或“定于……举办……论坛”）；参加别人的论坛、机构名称中的“论坛”、"
           "禁止举办此类活动的句子都不报。座谈会是听取意见的常用形式，默认不在此列（可用 GW203.event_words 调整）。")
    bad = "江西省商务厅关于举办2026年全省开放型经济发展论坛的通知"
    good = "确有实质性议题的，在通知中写明要解决的问题和预期成果；没有的不举办，或并入已有会议、改为书面交流。"
    fix_title = "核实活动有实质性内容，写明议题和成果；否则不举办或合并举办"

    def check(self, ctx) -> Iterator[Violation]:
        events = _opt(ctx, "GW203", "event_words") or []
        if not events:
            return
        suffixes = tuple(dict.fromkeys([*(_opt(ctx, "GW201", "meeting_suffixes") or ()), *events]))
        seen: set[str] = set()
        for m in convened_meetings(ctx, suffixes):
            kind = next((w for w in sorted(events, key=len, reverse=True) if m.name.endswith(w)), None)
            if kind is None or m.name in seen:
                continue
            seen.add(m.name)
            yield Violation(
                f"本文举办“{m.name}”（{kind}）。第4条要求不举办没有实质性内容的研讨会、务虚会、论坛等活动："
                f"请核实活动有实质性内容，写明要解决的问题和预期成果；能合并的合并举办，能书面交流的不开会。",
                line=m.line, start=m.start, end=m.end, data={"event": m.name, "kind": kind},
            )


__register__ = (MeetingInNoMeetingMonth, EscortAttendance, LowValueEvent)

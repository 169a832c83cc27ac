"""Who has work in a document, beyond the subjects of its sentences (GW105's question).

:func:`gwlint.analysis.facts.work_levels` reads subjects, directive sentences, pivot
objects and partners.  This module adds the other places where a document hands a
lower government a task:

* a responsibility note naming several units (（市人社局负责，各乡镇人民政府、街道办事处配合））:
  every government in it carries part of the task, not only the first one;
* a task table's unit column (责任单位 | 市住房城乡建设局，各县（市、区）人民政府);
* a clause that opens with a government and goes on with a task verb
  (……县公安局配合，各乡镇人民政府做好帮办代办服务; 各县（市、区）人民政府予以配合);
* the place where citizens or firms apply (向所在县（区）商务主管部门提出申请,
  到户籍所在地镇（街道）便民服务中心窗口申请): that level receives and handles them;
* an order about lower places without a subject (对……的县（市、区），必须……): the recipients deal with them;
* an order with a deadline said to every recipient (请于……前报送), and an 印发 notice
  of a leader's speech, which the recipients are to study and carry out: every
  recipient has work;
* 请结合本地实际认真组织实施 said to the recipients, or 请认真贯彻执行 when every
  main recipient is a lower government: every recipient has work;
* the people a meeting notice asks to attend (各设区市人民政府主要负责同志参会): their level has work.

Words and patterns: ``dictionaries/directives.toml`` (``work_*`` keys).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_data
from .markers import body_start, words_start
from .negation import waiver_pattern
# asked per line: imported once here, not per call (a relative import in a function costs ~2 µs)
from .predicates import clause_work, coordinated_subjects, modifier_before, next_clause_works, relative_modifier, subjectless_request


@lru_cache(maxsize=1)
def _words() -> dict:
    d = load_data("directives.toml")
    return {
        "note": re.compile(d["work_note_words"]) if d.get("work_note_words") else None,
        "apply": re.compile(d["work_apply_place"]) if d.get("work_apply_place") else None,
        "apply_levels": dict(d.get("work_apply_levels", {})),
        "own_verbs": re.compile(d["work_own_verbs"]) if d.get("work_own_verbs") else None,
        "relieved": re.compile(waiver_pattern(d["work_relieved_place"])) if d.get("work_relieved_place") else None,
        "host": tuple(d.get("work_host_verbs", [])),
        "self": re.compile(d["issuer_self_clause"]) if d.get("issuer_self_clause") else None,
        "local": re.compile(d["work_local_doers"]) if d.get("work_local_doers") else None,
        "person_cell": re.compile(d["work_local_person_cell"]) if d.get("work_local_person_cell") else None,
        "topic_doer": re.compile(d["work_local_topic_doers"]) if d.get("work_local_topic_doers") else None,
        "pivots": tuple(d.get("work_pivot_verbs", [])),
        "pronoun_leads": frozenset(d.get("work_pronoun_leads", [])),
        "distributive": frozenset(d.get("work_distributive", [])),
    }


_GROUP = re.compile(r"（((?:[^（）]|（[^（）]*）)*)）")
_CLAUSE = re.compile(r"[^，。；：！？,;:]+")


def _governments(ctx, ln: int) -> list:
    return [u for u in ctx.units(ln) if u.kind == "government"]


def _clause_openers(text: str, units: list, after_you: bool = False):
    """(unit, clause end) for each clause of ``text`` that opens with one of ``units``
    (after the item number; with ``after_you``, also after 由)."""
    first = words_start(text)  # 第七条 县级落实 各县（市、区）人民政府……: past the article's short title
    at: dict = {}  # start -> the first unit of ``units`` starting there (one look-up per clause, not a scan)
    for u in units:
        at.setdefault(u.start, u)
    for m in _CLAUSE.finditer(text):
        a = first if m.start() < first <= m.end() else m.start()
        head = text[a:m.end()].lstrip(" \u3000")
        a = m.end() - len(head)
        if after_you and head.startswith("由"):
            a += 1
        u = at.get(a)
        if u is not None:
            yield u, m.end()


def note_units(ctx, ln: int) -> list:
    """Government units inside a responsibility note of line ``ln`` (any position in it)."""
    w = _words()
    if w["note"] is None:
        return []
    text = ctx.reading(ln)
    out = []
    units = _governments(ctx, ln)
    if not units:
        return []
    for m in _GROUP.finditer(text):
        if not w["note"].search(m.group(1)):
            continue
        out.extend(u for u in units if m.start() < u.start and u.end < m.end())
    return out


def clause_subjects(ctx, ln: int) -> list:
    """Government units that open a clause whose predicate is theirs (……，各乡镇人民政府做好……;
    各县市区人民政府在11月底前完成……; 各旗县区人民政府对……摸清底数; 各地不安排陪同 -- a relief
    concerns them too): the subject of a task however it is worded.  The predicate is read by its part
    of speech (:func:`gwlint.analysis.predicates.clause_work`), not from a list of task verbs."""
    # the 街道办事处 collective stands for the township level (GW105 counts it with the townships), and so do the
    # townships' own organs (各街道、镇安全监管机构; 各镇（街道）农业综合服务站): a township has no counterpart
    # departments, what its organs do is its work (the stations of county departments, 各派出所, are told apart by
    # facts.work_levels)
    # 各地各部门原则上只保留一种……专报: the places and the departments at once -- the lower governments among them
    # do it (the department side is work at the issuer's level, which adds no level below)
    units = [u for u in ctx.units(ln) if u.kind in ("government", "mixed")
             or (u.kind == "department" and u.reaches == ("township",) and not u.generic)]
    if not units:
        return []
    text = ctx.reading(ln)
    label_end = run_in_label_end(ctx, ln, text)
    units = [u for u in units if u.start >= label_end]  # 四、属地配合。各县、区市场监管局……: 属地 names a topic
    openers = [u for u, _end in _clause_openers(text, units)]
    opened = {u.start for u in openers}
    # 工程沿线的横水镇、扬眉镇人民政府负责……: a short modifier with no predicate of its own before the subject
    openers += [u for u in units if u.start not in opened and modifier_before(ctx, ln, u)]
    # 仍存在矛盾图斑的各县市区人民政府，在……之后，须……: a relative clause that opens the clause says which of them
    opened.update(u.start for u in openers)
    openers += [u for u in units if u.start not in opened and (r := relative_modifier(ctx, ln, u)) and r[1] is None]
    working = [u for u in openers if clause_work(ctx, ln, u) is not None]
    # 此前要求各县（区）每季度报送的台账……停止报送: the object of 要求 is the doer of the duty the sentence lifts
    pivots = _words()["pivots"]
    working += [u for u in units if u.start not in opened and pivots and text.endswith(pivots, 0, u.start)
                and clause_work(ctx, ln, u) == "relieved"]
    seen = {u.start for u in working}
    for u in list(working):
        for x in coordinated_subjects(ctx, ln, u):
            if x.start not in seen and x in units:
                seen.add(x.start)
                working.append(x)  # 各设区市、赣江新区、各县（市、区）人民政府要……: the whole list is the subject
    return working


def run_in_label_end(ctx, ln: int, text: str) -> int:
    """End of a short run-in topic label (四、属地配合。……; （三）工作要求：……) opening line ``ln``; 0 if none.
    The label names the topic of what follows; a subject inside it (属地) is nobody given work."""
    for h in ctx.memo("run_in_labels", lambda: _short_labels(ctx.gw.headings)).get(ln, ()):
        end = text.find(h.title, h.start) + len(h.title)
        if len(h.title) <= end < len(text.rstrip()) and text[end] in "。：:":
            return end
    return 0


def _short_labels(headings) -> dict[int, list]:
    """Headings by line whose title could be a topic label: short, and asking nothing (read once per document,
    not once per line asked)."""
    out: dict[int, list] = {}
    for h in headings:
        if h.title and len(h.title) <= 8 and not _LABEL_ASKS.search(h.title):
            out.setdefault(h.line, []).append(h)
    return out


_LABEL_ASKS = re.compile(r"要|须|应|负责|务必|不得|请")


def counterpart_openers(ctx, ln: int, issuer_level: str) -> list:
    """Departments of the lower levels -- a department's counterparts (各地人社部门、各市县教育局) -- that open
    a clause whose predicate is theirs: the document places work, on no government (GW105: a department
    whose work goes only to its counterparts should not send the document to the governments)."""
    from .units import level_rank

    units = [u for u in ctx.units(ln) if u.kind == "department" and u.reaches != ("township",)
             and u.level not in (None, "unknown") and level_rank(u.level) > level_rank(issuer_level)]
    if not units:
        return []
    return [u for u, _end in _clause_openers(ctx.reading(ln), units) if clause_work(ctx, ln, u) == "work"]


def hosted_units(ctx, ln: int) -> list:
    """Units that host the body doing the work (领导小组办公室设在市民政局，负责日常工作; 专班办公室设于
    市发展改革委，承担……): the host carries it, whatever the body is called."""
    hosts = _words()["host"]
    if not hosts:
        return []
    text = ctx.reading(ln)
    return [u for u in ctx.units(ln)
            if any(text.endswith(h, 0, u.start) for h in hosts) and next_clause_works(ctx, ln, u.end)]


def local_doers(ctx, ln: int) -> list:
    """Governments a line asks to do something through their people or themselves, named by a place word
    with or without 各 (届时请街道分管负责同志随同察看; 由被督查县（区）分管负责同志介绍情况; 座谈会由所在镇乡街道负责
    召集), or a table cell that is one place's leader (草庙镇分管负责同志 under 陪同人员): that level has work.
    Not after a waiver (不要求所到街道负责同志陪同)."""
    from .negation import waiver_before
    from .units import find_units

    w = _words()
    text = ctx.reading(ln)
    found = []
    # a cell of one person or a list of them (所在区政府分管负责同志、区工信局局长): each item read alone
    items = re.split(r"[、，,；;]", text.strip()) if w["person_cell"] is not None and len(text) <= 80 else ()
    for item in items:
        cell = w["person_cell"].match(item.strip())
        if cell is not None:
            found.append(cell.group("unit") or "各" + cell.group("place"))
    for m in w["local"].finditer(text) if w["local"] is not None and ("请" in text or "由" in text) else ():
        if m.groupdict().get("open") is not None and not (
                ctx.index(ln).is_start(m.start()) and _verb_follows(ctx, ln, m.end())):
            # the predicate not among the listed verbs: read by its part of speech (由途经乡镇各推荐2个), after a
            # whole word 请/由 (not the 请 of 申请县（区）)
            continue
        if waiver_before(text, m.start(), forbidding=True, recipient=True) is None:
            found.append(m.group("unit"))
    # 被调研街道由分管副主任作情况介绍: the place as topic, its own official after 由
    for m in w["topic_doer"].finditer(text) if w["topic_doer"] is not None and "由" in text else ():
        if waiver_before(text, m.start("unit"), forbidding=True, recipient=True) is None:
            found.append(m.group("unit"))
    out = []
    for name in found:
        us = [u for u in find_units(name) if u.start == 0 and u.end == len(name)] \
            or [u for u in find_units("各" + name.removeprefix("各")) if u.start == 0]
        out.extend(u for u in us if u.kind == "government" or u.reaches == ("township",))
    return out


BODY_HEAD = re.compile(r"(?:委员会|部门|机构|单位|局|委|办|室|中心|站|所|组|队|院|会)$")


def _verb_follows(ctx, ln: int, pos: int) -> bool:
    """A verb starts the predicate at ``pos``, after distributive adverbs (各推荐, 分别组织): read by its tag.  Not a
    place word opening a body's name (各县（市、区）发展和改革局, 设区市对口部门, 乡镇调解委员会): a unit read across
    ``pos``, or a verb whose next word heads a body, makes the place a modifier."""
    from ..segment import word_tag

    if any(u.start < pos < u.end for u in ctx.units(ln)):
        return False
    index = ctx.index(ln)
    t = index.starting_at(pos)
    hops = 0
    distributive = _words()["distributive"]
    while t is not None and t.text in distributive and hops < 2:
        t = index.starting_at(t.end)
        hops += 1
    if t is None or not word_tag(t.text).startswith("v"):
        return False
    after = index.starting_at(t.end)
    return after is None or not BODY_HEAD.search(after.text)


def pronoun_doers(ctx, ln: int) -> list:
    """Governments a pronoun 其 stands for as the doer of a verb (……书面告知属地街道办事处或者镇人民政府，便于其协助
    做好……; 对排名靠后的县区政府，督促其限期整改): the unit nearest before it in its sentence, when no other doer
    (企业, 机构, 个人 …) stands between them.  Read by the verb's part of speech."""
    from .negation import waiver_before
    from .sentences import sentence_start

    text = ctx.reading(ln)
    if "其" not in text:
        return []
    index = ctx.index(ln)
    units = ctx.units(ln)
    actor = load_data("directives.toml").get("topic_actor")
    leads = _words()["pronoun_leads"]
    out = []
    for i in range(len(text)):
        if text[i] != "其":
            continue
        t = index.starting_at(i)
        lead = index.ending_at(i)
        if t is None or t.text != "其" or lead is None or lead.text not in leads or not _verb_follows(ctx, ln, t.end):
            continue
        a = sentence_start(text, i)
        before = [u for u in units if a <= u.start and u.end <= lead.start]
        if not before:
            continue
        u = before[-1]
        if not re.search("[，,；;]", text[u.end:lead.start]):
            continue  # 各县人民政府应当责令其停产: the unit is the subject of the lead verb, 其 another (the firm)
        if actor and re.search(actor, text[u.end:lead.start]):
            continue  # another doer between: 其 may stand for it (……的企业，责令其整改)
        if waiver_before(text, lead.start, forbidding=True) is not None:
            continue
        if u.kind == "government" or u.reaches == ("township",):
            out.append(u)
    return out


def own_level_openers(ctx, ln: int, issuer_level: str) -> list:
    """Named departments of the issuer's own level that open a clause going on with a task
    verb (省教育厅决定……; 州发展改革委建立……): the document hands out work, at its own level."""
    rx = _words()["own_verbs"]
    if rx is None:
        return []
    units = [u for u in ctx.units(ln) if u.kind == "department" and not u.generic and own_level(ctx, u, issuer_level)]
    if not units:
        return []
    text = ctx.reading(ln)
    return [u for u, end in _clause_openers(text, units, after_you=True) if rx.search(text[u.end:end])]


def self_openers(ctx, ln: int) -> list:
    """Clauses opening with the issuer naming itself in the first person and going on with a task verb
    (我局委托……开展第三方评估; 我厅组织……), asking nobody else (not 我局要求各地……)."""
    w = _words()
    rx, own = w["own_verbs"], w["self"]
    if rx is None or own is None:
        return []
    text = ctx.reading(ln)
    return [m for c in _CLAUSE.finditer(text) if (m := own.match(c.group())) and rx.search(c.group()[m.end():])]


def own_level(ctx, u, issuer_level: str) -> bool:
    """``u`` is a department of the issuer's level: in a 直辖市's document (上海市交通委员会) 市交通委 is
    one of the municipality's own departments, whatever level the short form reads as elsewhere."""
    if u.level == issuer_level:
        return True
    from .orgs import own_level_word

    issuer = ctx.gw.issuer
    return issuer_level == "province" and u.level == "city" and u.text.startswith("市") and issuer is not None \
        and own_level_word(issuer.name, issuer_level) == "市"


def applied_levels(ctx, ln: int, relieved: bool = True) -> set[str]:
    """Levels of the office where the public applies (向所在县（区）……申请), and levels relieved of
    a duty (不再另行组织县级分会场): telling them is why the document goes to them.  ``relieved``
    False: the line only says an evaluation burdens nobody (不需要各县（区）报送材料), no duty lifted."""
    w = _words()
    out = set()
    text = ctx.reading(ln)
    for rx in (w["apply"], w["relieved"] if relieved else None):
        if rx is None:
            continue
        for m in rx.finditer(text):
            place = m.group("place") or (m.groupdict().get("place2") or "")
            lv = w["apply_levels"].get(place)
            if lv:
                out.add(lv)
    return out


def attendee_levels(ctx, issuer_level: str) -> set[str] | None:
    """Lower levels whose people a meeting notice asks to attend (各设区市人民政府主要负责同志参会):
    attending is their work.  None when no attendee below the issuer is read: an attendee list the
    reading misses (各乡镇乡镇长) must not make the other levels look idle."""
    from .attendance import attendees
    from .units import level_rank

    below = {lv for a in attendees(ctx, issuer_level, False, meeting_doc=True) for lv in a.levels
             if lv != "unknown" and level_rank(lv) > level_rank(issuer_level)}
    return below or None


def own_level_attendance(ctx, issuer_level: str) -> bool:
    """A notice convening the issuer's own event (关于召开……推进会的通知, 关于组织……观摩活动的通知) whose attendees
    (参会范围：区商务局……主要负责同志; a 参加单位 | 名额 table) are all units of the issuer's level or above, or
    firms: attending is the work, none of it below.  A unit below anywhere in those lines (各乡镇、街道分管负责同志,
    read as attendees or not) leaves the question to the other readings."""
    from .attendance import attendance_rows, attendees
    from .units import level_rank

    rx = load_data("directives.toml").get("work_event_title")
    title = ctx.gw.title.text if ctx.gw.title is not None else ""
    if not rx or not re.search(rx, title):
        return False
    training = "培训" in title or "班" in title
    spans = {(a.line, a.sent) for a in attendees(ctx, issuer_level, False, meeting_doc=True, training=training)}
    spans |= set(_label_sentences(ctx))
    rows = [*attendance_rows(ctx), *quota_rows(ctx)]
    spans |= {(ln, (0, len(ctx.reading(ln)))) for r in rows for ln in r.lines}
    units = [u for ln, (s, e) in spans for u in ctx.units(ln) if s <= u.start < e]
    rank = level_rank(issuer_level)
    return bool(units) and not any(lv != "unknown" and level_rank(lv) > rank
                                   for u in units for lv in u.reaches_for(issuer_level))


def _label_sentences(ctx):
    """(line, span) of sentences that say who attends by an attendance label and a copula (本期培训对象为省政府各部门、
    各直属机构; 参会范围是……; 参加单位包括……): the units named there are the attendees, persons named or not."""
    from .meetings import alternation, words

    labels = words().get("attendance_labels", [])
    if not labels:
        return
    # the label also as a relative clause (参加观摩的单位为……, 参加本次培训的人员是……), its head noun left out
    # (参加观摩的为……, 到会的是……, 参训的有……)
    rx = re.compile(rf"(?:本期|本次|此次|这次)?(?:培训班?|会议|活动|观摩会?)?(?:{alternation(labels)}|"
                    rf"(?:(?:参加|出席|列席|参与|参训|与会|到会|到场)[^，。；：、]{{0,8}}?的(?:单位|人员|对象|范围)?))"
                    rf"(?:为|是|包括|限于|限|有(?!关))")
    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        for a, b in ctx.sentences(ln):
            if rx.match(text, body_start(text, a), b):
                yield ln, (a, b)


def quota_rows(ctx) -> list:
    """Rows of the tables of an event notice that give each unit its quota (单位 | 名额, 参会名额分配表)."""
    from .tables import tables

    heads = set(load_data("directives.toml").get("work_event_quota_headers", []))
    return [r for t in tables(ctx, ctx.gw.content_lines, heads, numbered=False)
            if heads & {c.strip() for c in t.header} for r in t.rows[1:]]


def table_units(ctx) -> list:
    """Government units in the unit columns (责任单位, 配合单位) of the text's task tables."""
    return [u for u in table_all_units(ctx) if u.kind == "government"]


def table_all_units(ctx) -> list:
    """Every unit in the unit columns of the text's task tables: a table that names its
    responsible units (省财政厅、省教育厅) assigns the work, whoever carries it."""
    def find():
        from .facts import list_heads, task_column
        from .tables import tables
        from .units import find_units

        d = load_data("responsibility.toml")
        heads = list_heads(ctx)
        cols = [*d.get("unit_columns", []), *d.get("partner_columns", [])]
        out = []
        found = [t for t in tables(ctx, ctx.gw.content_lines, heads) if any(c in cols for c in t.header)]
        if not found:  # a .txt table without a 序号 column: rows of short cells under a task header (as GW102 reads),
            # or whose unit column names a unit in every row (工作环节 | 实施主体 | 时间安排: the cells line up)
            found = [t for t in tables(ctx, ctx.gw.content_lines, heads, numbered=False)
                     if any(c in cols for c in t.header) and (task_column(t) is not None or _units_column(t, cols))]
        for table in found:
            idx = [i for i, c in enumerate(table.header) if c in cols]
            for r in table.rows[1:]:
                for i in idx:
                    if i < len(r.cells):
                        out.extend(find_units(r.cells[i]))
        return out

    return ctx.memo("work_table_all_units", find)


def _units_column(table, cols: list) -> bool:
    """Every row of ``table`` (two or more) names a unit in each of its unit columns: the rows are read in
    line with the header, whatever the other columns are called."""
    from .units import find_units

    idx = [i for i, c in enumerate(table.header) if c in cols]
    rows = table.rows[1:]
    return len(rows) >= 2 and all(i < len(r.cells) and find_units(r.cells[i]) for r in rows for i in idx)


def deadline_orders(ctx) -> bool:
    """An order with a deadline said to every recipient without naming one (请于7月15日前将……报送):
    each recipient has that work to do."""
    from .facts import addressed_directives

    pat = load_data("directives.toml").get("addressed_deadline")
    if not pat:
        return False
    rx = re.compile(pat)
    return any(rx.match(ctx.reading(ln), d.trigger_start) for ln, d in addressed_directives(ctx))


def topic_orders(ctx) -> bool:
    """An order about lower places said without a subject (对整改滞后的县（市、区），必须……): the
    recipients are to deal with those places, so each has that work."""
    from .facts import addressed_directives

    return any(d.trigger != "请" for _, d in addressed_directives(ctx))


def addressed_to_all(ctx) -> bool:
    """The document carries a leader's speech for every recipient to study and carry out
    (请认真贯彻执行 after an 印发 of a plan does not count: the plan says who does what)."""
    gw = ctx.gw
    d = load_data("directives.toml")
    speech = d.get("work_carried_speech")
    return bool(speech and gw.carried_title and re.search(speech, gw.carried_title))


def _all_lower(ctx, lower_recipients: list) -> bool:
    """Every main recipient is a lower government (or a 管委会 standing in for one): nobody else can be meant
    by words said to the reader."""
    gw = ctx.gw
    if not gw.recipient_list:
        return False
    d = load_data("directives.toml")
    like = re.compile(d["work_government_like"]) if d.get("work_government_like") else None
    lower = {item for item, _ in lower_recipients}
    return all(item in lower or (like is not None and like.search(item)) for item in gw.recipient_list)


def subjectless_requests(ctx, lower_recipients: list) -> bool:
    """A request with no subject (请组织乡镇、林场对隐患建立清单……) in a document whose main recipients are all
    lower governments: it is said to them, so each has that work, whatever its verb."""
    from .facts import relayed_lines

    relayed = relayed_lines(ctx.gw)  # a 转发 notice's carried text asks in another body's name
    return _all_lower(ctx, lower_recipients) and any(subjectless_request(ctx, ln) for ln in ctx.gw.content_lines
                                                     if ln not in relayed and ctx.reading(ln).strip())


def subjectless_to_peers(ctx, lower_recipients: list) -> bool:
    """A request with no subject (请结合职责研究提出意见) in a document whose main recipients include no lower
    government (省直有关部门：): it is said to them, and governments only copied in 抄送 have none of it."""
    from .facts import relayed_lines

    if lower_recipients or not ctx.gw.recipient_list:
        return False
    relayed = relayed_lines(ctx.gw)
    return any(subjectless_request(ctx, ln) for ln in ctx.gw.content_lines
               if ln not in relayed and ctx.reading(ln).strip())


def addressed_implementation(ctx, lower_recipients: list) -> bool:
    """The recipients are told to carry the document out themselves: 请结合本地实际认真组织实施
    (each in its own place), or any 请……贯彻执行 when every main recipient is a lower government
    (or a 管委会 standing in for one), so that nobody else can be meant.  A 请认真贯彻执行 said to
    lower governments and departments together leaves the work to whom the text names."""
    from .facts import addressed_directives

    hits = [(ln, d) for ln, d in addressed_directives(ctx) if d.trigger == "请"]
    if not hits:
        return False
    d = load_data("directives.toml")
    local = d.get("work_local_implement")
    if local:
        rx = re.compile(local)
        if any(rx.search(ctx.reading(ln), x.trigger_start, x.end) for ln, x in hits):
            return True
    return _all_lower(ctx, lower_recipients)

"""Sentences, clauses, quotation spans and directive sentences.

* :func:`sentence_spans` / :func:`clause_spans` – where sentences and clauses are;
  :func:`clause_start` / :func:`clause_end` – the clause around one offset;
* :func:`quoted_spans` / :func:`inside` – text inside “…”, 《…》, 「…」: words of a
  quoted higher document or a title are not the issuer's own instruction;
* :func:`find_directives` – directive sentences: a given subject followed, in the
  same clause, by a modal predicate (要, 必须, 不得 …) that is a whole jieba token,
  or a 要求/责成 verb directly followed by the subject;
* :class:`Sent` – one sentence with its own tokens and the paragraph's quotes
  (:func:`para_sentences`, :func:`iter_sentences`, :func:`title_sentence`), and what
  sentence readers ask of it (:func:`clause_of`, :func:`tokens_between`,
  :func:`sent_words`, :func:`words_except`, :func:`token_in`).

The grammar words come from ``dictionaries/lexicon.toml`` (modals, cancelling
words, clause leads) and ``dictionaries/directives.toml`` (its deltas); the
subject spans come from the caller (e.g. :mod:`gwlint.analysis.units`), so the
detector itself knows nothing of organisations.  Word matching and negation live
in :mod:`.tokens` and :mod:`.negation`; their old names here stay importable.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from . import tokens as _tokens  # asked per sentence: imported once, not per call
from .lexicon import lexicon, load_data
from .markers import body_start, words_start
from .negation import cancelled, negated_before  # noqa: F401  (re-exported)

_SENT_END = re.compile(r"[。！？；!?;]+[”’」』）)]*")
_CLAUSE_END = "，,：:。！？；!?;"
_ALT_CLOSE = {"“": '"'}
_TITLE_OPEN = "《〈"
_TITLE_STOP = re.compile("[，。；！？,;!?]")


@dataclass(frozen=True)
class DirectiveWords:
    modal_verbs: frozenset
    require_verbs: frozenset
    non_directive: frozenset
    max_gap: int
    quote_pairs: tuple
    reported: re.Pattern | None = None  # "国务院要求" / "《通知》指出，": another body speaks
    possessive: frozenset = frozenset()  # 各地的做法要… is not an order to 各地
    noun_markers: frozenset = frozenset()  # 要求 used as a noun: 按照…要求
    clause_leads: tuple = ()  # 同时，各地要…
    joiners: tuple = ()  # 各设区市、各县（市、区）要…
    enum_leads: re.Pattern | None = None  # 一是各地要…, 二要各乡（镇）…
    frames: re.Pattern | None = None  # 各地是…责任主体，…要…; 各地在推进…中，要…
    role_frame: re.Pattern | None = None  # the frames that carry over into the next sentence (…责任主体。要…)
    carry_adverbs: frozenset = frozenset()  # 还要, 也要: a carried modal after an adverb
    require_negators: frozenset = frozenset()  # 不再要求各地…, 不得要求各地…: no order
    request_verbs: frozenset = frozenset()  # 请各地…: an order unless it asks for views or help
    request_exempt: tuple = ()  # 请各地于…前反馈意见
    prepositions: frozenset = frozenset()  # 各地对…的企业务必…: a phrase between subject and modal
    phrase_max_gap: int = 0  # tokens allowed before the modal after such a phrase
    time_leads: re.Pattern | None = None  # 汛期各省辖市必须…, 防火期内各市（州）要…: a time before the subject
    topic_max_tokens: int = 0  # ……，重大隐患必须……: an object topic before a carried modal
    topic_actor: re.Pattern | None = None  # ……，企业必须……: a topic that is a doer ends the carrying
    place_leads: re.Pattern | None = None  # ……的，所在设区市人民政府应当…; 请事发地县级人民政府…: which place's
    scope_leads: re.Pattern | None = None  # 其余各县（区）要…, 沿江各县要…: a word narrowing the collective subject
    # 听取家长意见, 征求群众意见: views the recipients are to gather themselves are their work, not a request for views
    own_views: re.Pattern | None = None
    subject_deadline: re.Pattern | None = None  # 各市人民政府于次年1月15日前将……报送: a deadline set, no modal
    deadline_told: re.Pattern | None = None  # 已于……前完成: what was done, not a deadline set
    # 严禁, 不得, 一律不准 opening the next sentence with no subject of its own: the subject before carries over
    carried_bans: frozenset = frozenset()
    # 涉及……的有寿光市、青州市等10个县市区人民政府，请……: what stands before the 有 that presents the subject
    presented_lead: re.Pattern | None = None
    notice_deadline: re.Pattern | None = None  # ……，于收到本通知后30日内报送: a deadline counted from this notice

    # the exempt reporting verbs, and the results of work whose report is work (核对结果……一并反馈)
    exempt_reports: frozenset = frozenset()
    work_results: re.Pattern | None = None
    # 填报推荐村基本信息: an exempt word qualifying the object of a verb of filling in is no request for help
    exempt_in_object: re.Pattern | None = None

    def asks_views(self, rest: str) -> bool:
        """The request asks for views or help (请各地于…前反馈意见), not for work: an exempt word in it covers it,
        except an exempt reporting verb (反馈, 回复, 告知 …) whose clause names the result of work it reports
        (核对结果于……一并反馈, 将整改情况反馈): that report is the end of the work assigned, no view."""
        if self.own_views is not None:
            rest = self.own_views.sub("", rest)
        if self.exempt_in_object is not None:
            rest = self.exempt_in_object.sub("", rest)
        for x in self.request_exempt:
            i = rest.find(x)
            while i >= 0:
                if x not in self.exempt_reports or self.work_results is None:
                    return True
                a = max(rest.rfind(c, 0, i) for c in "，,；;：:。") + 1
                b = min((k for k in (rest.find(c, i) for c in "，,；;。") if k >= 0), default=len(rest))
                if not self.work_results.search(rest, a, b):
                    return True
                i = rest.find(x, i + len(x))
        return False


def directive_words(own_meeting: bool = False) -> DirectiveWords:
    """The words of the directive reading; ``own_meeting``: a bare 会议 is the issuer's own meeting (its
    纪要: 会议要求，各县要……), no reported source."""
    # one cache entry per reading: asked as (), (False,), (True,) and (own_meeting=True), which an lru_cache of
    # two keyed apart and rebuilt (tens of ms, its patterns recompiled) on every switch in a meeting's minutes
    return _directive_words(bool(own_meeting))


@lru_cache(maxsize=None)
def _directive_words(own_meeting: bool) -> DirectiveWords:
    d = load_data("directives.toml")
    lx = lexicon()
    sources, verbs = d.get("reported_sources", []), d.get("reporting_verbs", [])
    if own_meeting:
        sources = [x for x in sources if x != "会议"]
    reported = None
    if sources and verbs:
        # a source (not 本通知: that is the issuer's own text), a few characters, then a
        # reporting verb right before the directive
        reported = re.compile("(?<![本此该])(?:%s)[^，。；：！？“”]{0,12}?(?:%s)[，：:]?\\s*$"
                              % ("|".join(sources), "|".join(map(re.escape, verbs))))
    def rx(key):
        return re.compile(d[key]) if d.get(key) else None

    requests = frozenset(d.get("request_verbs", []))
    return DirectiveWords(frozenset(d.get("modal_verbs", [])), frozenset(d.get("require_verbs", [])) | requests,
                          frozenset(d.get("non_directive", [])), int(d.get("max_gap", 8)),
                          tuple(tuple(p) for p in d.get("quote_pairs", [])), reported,
                          frozenset(lx.words("possessive")), frozenset(lx.words("noun_markers")),
                          tuple(lx.words("clause_leads")), tuple(lx.words("subject_joiners")),
                          rx("enumeration_leads"), rx("subject_frames"), rx("role_frames"),
                          frozenset(d.get("carry_adverbs", [])),
                          # the lexicon's waivers (不再/暂不/不得要求各地) and the words only this reading adds
                          frozenset([*d.get("require_negators", []), *lx.words("waiver_lifting"),
                                     *lx.words("waiver_declining"), *lx.words("waiver_forbidding")]),
                          requests, tuple(d.get("request_exempt", [])), frozenset(d.get("phrase_prepositions", [])),
                          int(d.get("phrase_max_gap", 0)), rx("time_leads"),
                          int(d.get("topic_max_tokens", 0)), rx("topic_actor"), rx("place_leads"),
                          rx("subject_scope"), rx("request_own_views"), rx("subject_deadline"),
                          rx("subject_deadline_told"), frozenset(d.get("carried_bans", [])),
                          rx("presented_lead"), rx("notice_deadline"),
                          frozenset(d.get("request_exempt_reports", [])), rx("request_work_results"),
                          rx("request_exempt_in_object"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` (ending in 。！？；)."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def clause_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]`` split after ，：。；！？."""
    end = len(text) if end is None else end
    out, a = [], start
    for i in range(start, end):
        if text[i] in _CLAUSE_END:
            out.append((a, i + 1))
            a = i + 1
    if a < end:
        out.append((a, end))
    return out


def clause_start(text: str, pos: int, lo: int = 0) -> int:
    """Start of the clause holding ``pos`` (after the last ，：。；！？ in ``text[lo:pos]``)."""
    i = pos - 1
    while i >= lo and text[i] not in _CLAUSE_END:
        i -= 1
    return i + 1


def clause_end(text: str, pos: int, hi: int | None = None) -> int:
    """End of the clause holding ``pos``: the first ，：。；！？ at or after ``pos`` (not included)."""
    hi = len(text) if hi is None else hi
    i = pos
    while i < hi and text[i] not in _CLAUSE_END:
        i += 1
    return i


def last_clause_with(text: str, lo: int, hi: int, words: Iterable[str]) -> int:
    """End of the last clause of ``text[lo:hi]`` holding one of ``words`` (``hi`` if none does): a clause after it
    (……一同出席，不得请人代会) is another statement, and a negator there does not reach back to the words."""
    last = max((text.rfind(w, lo, hi) for w in words if w), default=-1)
    return hi if last < 0 else clause_end(text, last, hi)


def sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding ``pos``: after the last 。；！？ before it (0 if none)."""
    return max(text.rfind(p, 0, pos) for p in "。；！？") + 1


def sentence_end(text: str, pos: int) -> int:
    """End of the sentence holding ``pos``: the first 。；！？ at or after it (not included; len(text) if none)."""
    return min((k for k in (text.find(p, pos) for p in "。；！？") if k >= 0), default=len(text))


def clause_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause holding ``pos``: after the last ，：。；！？ before it, up
    to (not including) the first one at or after it."""
    return clause_start(text, pos), clause_end(text, pos)


def quoted_spans(text: str, pairs: Iterable[Sequence[str]] | None = None) -> list[tuple[int, int]]:
    """Spans (quote marks included) of quoted text and titles in ``text``.

    Nested pairs are covered by the outer span; an unclosed quotation mark runs to
    the end of the paragraph (what an unbalanced quotation most likely means), an
    unclosed title mark to the end of its clause (titles hold no clause breaks)."""
    pairs = tuple(pairs) if pairs is not None else directive_words().quote_pairs
    spans: list[tuple[int, int]] = []
    closers_used: set[int] = set()
    for open_, close in pairs:
        i = 0
        while True:
            a = text.find(open_, i)
            while a >= 0 and a in closers_used:
                a = text.find(open_, a + 1)
            if a < 0:
                break
            b = text.find(close, a + 1)
            alt = _ALT_CLOSE.get(open_)
            if alt is not None:
                # “十四五"规划: a curly quote closed by a straight one in a web copy
                c = text.find(alt, a + 1)
                if c >= 0 and (b < 0 or c < b):
                    b = c
                    closers_used.add(c)
            if b < 0 and open_ in _TITLE_OPEN:
                # 根据《××条例，各乡镇要……: a title mark left open does not run past its clause
                m = _TITLE_STOP.search(text, a + 1)
                b = m.start() if m else len(text)
            else:
                b = len(text) if b < 0 else b + 1
            spans.append((a, b))
            i = b
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """``pos`` lies in one of ``spans`` (sorted by start and disjoint, as
    :func:`quoted_spans` gives them): O(log n)."""
    if len(spans) < 8:
        return any(a <= pos < b for a, b in spans)
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


_FULL_STOP = re.compile(r"[。！？!?\n]")  # where a reported body's words end at the latest
# what may stand before a reported body opening its clause: spaces and a list marker (二、, （三）, 1.)
_REPORT_OPENING = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?[\s\u3000]*")


@dataclass(frozen=True)
class Directive:
    start: int  # sentence span in the paragraph
    end: int
    subject: str
    subject_start: int
    subject_end: int
    trigger: str  # the modal or 要求-verb
    trigger_start: int


def find_directives(text: str, tokens: Sequence, subjects: Sequence[tuple[int, int]],
                    words: DirectiveWords | None = None, *, quotes: Sequence[tuple[int, int]] | None = None,
                    sentences: Sequence[tuple[int, int]] | None = None) -> list[Directive]:
    """Directive sentences of a paragraph, at most one per sentence.

    ``tokens`` are jieba tokens of ``text`` with offsets (``.text .start .end``);
    ``subjects`` are spans of the addressees that count (lower governments, …).
    A subject counts when it opens a clause (after a list marker, a clause lead
    such as 同时, or other subjects joined by 、和及), is not quoted, ends on a
    token boundary, and a modal token follows within ``max_gap`` tokens of the
    same clause with no 的 in between.  ``要求各地…`` counts when 要求 is a verb:
    directly followed by a subject and not preceded in its clause by 按照/根据
    (then it is the noun).  Linear in the paragraph's length."""
    w = words or directive_words()
    quotes = quoted_spans(text, w.quote_pairs) if quotes is None else quotes

    stops: list[int] | None = None  # where a full stop (。！？!?, a line break) stands in ``text``
    opened: dict[int, list] = {}  # per run after a full stop: [clause marks read up to, next clause start, first hit]

    def reported(s: int, pos: int) -> bool:
        # reported speech without quotes: 国务院要求各地…, 《通知》指出，各地要…; the report runs to the full
        # stop, over every later clause (条例第十一条规定，乡镇人民政府应当……，县级人民政府应当……)
        nonlocal stops
        if w.reported is None:
            return False
        if w.reported.search(text, s, pos) is not None:
            return True
        # -- when the body opens its clause (not 按照/为落实……规定，: the issuer's own ground).  Each clause of
        # the run is read once, whatever the subjects asking: the first clause so opened is kept, later
        # positions read it (a subject after it is reported) and only the clauses not read yet are read
        if stops is None:
            stops = [m.start() for m in _FULL_STOP.finditer(text)]
        k = bisect_left(stops, pos)
        run = stops[k - 1] + 1 if k else 0
        state = opened.get(run)
        if state is None:
            state = opened[run] = [run, run, None]
        if state[2] is None:
            c, cs = state[0], state[1]
            while c < pos:
                if text[c] in "，,：:；;":
                    m = w.reported.search(text, cs, c + 1)
                    if m is not None and _REPORT_OPENING.fullmatch(text, cs, m.start()):
                        state[2] = c
                        break
                    cs = c + 1
                c += 1
            else:
                state[0], state[1] = c, cs
        return state[2] is not None and state[2] < pos

    subj = sorted(s for s in subjects if not inside(s[0], quotes))
    if not subj:
        return []
    subj_starts = [x[0] for x in subj]
    tok_start = {t.start: k for k, t in enumerate(tokens)}
    tok_end = {t.end: k for k, t in enumerate(tokens)}
    leads = ("",) + tuple(w.clause_leads)
    out: list[Directive] = []
    presented = None  # the subject a presentational 有 introduced in the sentence before (see _presented)
    for s, e in (sentence_spans(text) if sentences is None else sentences):
        clauses = clause_spans(text, s, e)
        hit = None
        carried_from, presented = presented, None
        if carried_from is not None and not subj[bisect_left(subj_starts, s):bisect_left(subj_starts, e)] \
                and not reported(s, s):
            # ……等10个县市区人民政府，请逐宗核实。核实后确属未整改到位的，须抓紧……: the presented subject is the
            # topic of the next sentence too while that one names no subject of its own
            m = _next_modal(text, tokens, tok_start, clauses, w, quotes)
            if m is not None:
                out.append(Directive(s, e, text[carried_from[0]:carried_from[1]], carried_from[0], carried_from[1],
                                     tokens[m].text, tokens[m].start))
                continue
        for a, b in clauses:
            in_clause = subj[bisect_left(subj_starts, a):bisect_left(subj_starts, b)]
            if not in_clause:
                continue
            # 1) clause-initial subject + modal
            lead = text[words_start(text, a):in_clause[0][0]].strip(" \u3000")
            enum = w.enum_leads is not None and w.enum_leads.fullmatch(lead)
            if enum and lead[-1] == "要" and not reported(s, a):
                x0 = in_clause[0]  # 二要各乡（镇）人民政府……: the lead itself demands
                hit = Directive(s, e, text[x0[0]:x0[1]], x0[0], x0[1], "要", x0[0] - 1)
                break
            timed = w.time_leads is not None and w.time_leads.fullmatch(lead)
            placed = w.place_leads is not None and w.place_leads.fullmatch(lead)
            asked = next((r for r in w.request_verbs if w.place_leads is not None and lead.startswith(r)
                          and w.place_leads.fullmatch(lead[len(r):])), None)
            if asked and not reported(s, a) and not w.asks_views(text[in_clause[0][1]:e]):
                x0 = in_clause[0]  # ……的，请所在省辖市人民政府立即启动……: 请 + which place's government
                hit = Directive(s, e, text[x0[0]:x0[1]], x0[0], x0[1], asked, text.rfind(asked, a, x0[0]))
                break
            scoped = w.scope_leads is not None and w.scope_leads.fullmatch(lead)
            if (lead in leads or enum or timed or placed or scoped) and not reported(s, a):
                chain_end = in_clause[0][1]
                for x in in_clause[1:]:
                    if text[chain_end:x[0]] in w.joiners:
                        chain_end = x[1]
                k0 = tok_start.get(chain_end)
                if k0 is not None:
                    k = k0
                    gap = 0
                    # 各地对排查出的隐患一律…, 各地按照…的要求务必…: after a prepositional phrase opening
                    # the predicate, its object may hold 的 and the modal may come later
                    phrase = k0 < len(tokens) and tokens[k0].text in w.prepositions
                    limit = max(w.max_gap, w.phrase_max_gap) if phrase else w.max_gap
                    while k is not None and k < len(tokens) and gap <= limit and tokens[k].start < b:
                        t = tokens[k].text
                        if t in w.possessive and not phrase:
                            hit = _topic_object(text, tokens, k, in_clause[0], chain_end, b, clauses, e, w, quotes)
                            break
                        if t in w.modal_verbs and t not in w.non_directive and not inside(tokens[k].start, quotes) \
                                and not cancelled(tokens, k) \
                                and not (k + 1 < len(tokens) and tokens[k + 1].text == "的"):  # 负责的项目: a modifier
                            x0 = in_clause[0]
                            hit = Directive(s, e, text[x0[0]:x0[1]], x0[0], x0[1], t, tokens[k].start)
                            break
                        k += 1
                        gap += 1
                    if hit is None:
                        hit = _set_deadline(text, tokens, tok_start, in_clause[0], chain_end, b, e, w, s)
                    if hit is None:
                        hit = _carried(text, tokens, tok_start, in_clause[0], chain_end, b, clauses, e, w, quotes)
            if hit:
                break
            span = _presented(text, tokens, (a, b), in_clause, w) if not reported(s, a) else None
            if span is not None:
                hit = _presented_order(text, tokens, tok_start, span, clauses, b, s, e, w, quotes)
                if hit is not None:
                    presented = span
                    break
            # 1b) modal + 由 + subject (……须在批复之日起3个月内由你市组织公告; 应由各县（市、区）人民政府负责……): the
            # agent 由 brings in is ordered; a prohibition keeps work off it (不得由乡镇政府承担) and orders nothing
            hit = _agent_after_modal(text, tokens, tok_start, tok_end, in_clause, a, s, e, w, quotes)
            if hit is not None and not reported(s, a):
                break
            hit = None
            # 2) 要求/责成 + subject
            for x in in_clause:
                kk = tok_end.get(x[0])
                if kk is None or tokens[kk].text not in w.require_verbs or inside(x[0], quotes):
                    continue
                k_first = bisect_left(tokens, a, key=lambda t: t.start)
                before = {tokens[i].text for i in range(k_first, kk)}
                if before & w.noun_markers or reported(s, tokens[kk].end):
                    continue
                if {tokens[i].text for i in range(max(k_first, kk - 3), kk)} & w.require_negators:
                    continue  # 不再要求各地…, 不得要求各地…
                if tokens[kk].text in w.request_verbs and w.asks_views(text[x[1]:e]):
                    continue  # 请各地于…前反馈意见: asking, not ordering
                hit = Directive(s, e, text[x[0]:x[1]], x[0], x[1], tokens[kk].text, tokens[kk].start)
                break
            if hit:
                break
        if hit:
            out.append(hit)
    return out


_AGENT_RELATIVE = re.compile(r"[\u4e00-\u9fff]{1,4}的")  # 由县级人民政府承担的: the agent's verb, then 的
_PROHIBITIVE = frozenset({"严禁", "不得", "不准", "禁止", "不能", "不宜", "不应", "不再"})


def _agent_after_modal(text: str, tokens: Sequence, tok_start: dict, tok_end: dict, in_clause, a: int, s: int, e: int,
                       w: DirectiveWords, quotes) -> Directive | None:
    """A subject 由 brings in after a modal of its clause (调整后的界线须在……内由你市组织向社会公告): the modal is the
    order, the agent the one ordered.  The modal must stand in the same clause before 由 and not be negated."""
    for x in in_clause:
        kk = tok_end.get(x[0])
        if kk is None or tokens[kk].text != "由" or inside(x[0], quotes):
            continue
        if _AGENT_RELATIVE.match(text, x[1], e):
            continue  # 应由县级人民政府承担的费用: a relative clause names the costs, nobody is ordered
        k = kk - 1
        while k >= 0 and tokens[k].start >= a:
            t = tokens[k].text
            if t in _PROHIBITIVE or t == "的":
                return None
            if t in w.modal_verbs and t not in w.non_directive and not cancelled(tokens, k):
                return Directive(s, e, text[x[0]:x[1]], x[0], x[1], t, tokens[k].start)
            k -= 1
    return None


# words of the named list a presentational 有 introduces (寿光市、青州市、昌乐县等10个县市区人民政府)
_LIST_WORDS = frozenset({"、", "等", "和", "及", "以及", "共", "计", " ", "\u3000"})


def _presented(text: str, tokens: Sequence, clause: tuple[int, int], in_clause: Sequence[tuple[int, int]],
               w: DirectiveWords) -> tuple[int, int] | None:
    """Span of a subject that an existential 有 presents at the end of its clause (涉及未整改图斑的有寿光市、青州市等
    10个县市区人民政府，……; 其中有3个县（市、区）人民政府，……): the list after 有 -- names, numbers, measure words, 等 --
    headed by one of ``in_clause`` that closes the clause.  What stands before 有 must be a relative 的 or a lead
    (``presented_lead``): 各地有……的 is a possession, not a presentation.  None when the clause is no such frame."""
    from ..segment import word_tag

    if w.presented_lead is None:
        return None
    a, b = clause
    head = in_clause[-1]
    if text[head[1]:b].strip("，,。；;：:！？!? \u3000"):
        return None  # the subject does not close its clause: the clause goes on with its own predicate
    k = bisect_left(tokens, head[0], key=lambda t: t.start) - 1
    while k >= 0 and tokens[k].start >= a:
        t = tokens[k].text
        if t == "有":
            break
        if t not in _LIST_WORDS and not t.isdigit() and not word_tag(t).startswith(("n", "m", "q")):
            return None  # a verb or a 的 inside: the units are objects of another predicate (完成……的县……)
        k -= 1
    else:
        return None
    lead = text[body_start(text, a):tokens[k].start].strip(" \u3000")
    if not w.presented_lead.fullmatch(lead):
        return None
    start = tokens[k].end
    while start < head[0] and text[start] in " \u3000":
        start += 1
    return start, head[1]


def _presented_order(text: str, tokens: Sequence, tok_start: dict, span: tuple[int, int], clauses: list, b: int,
                     s: int, e: int, w: DirectiveWords, quotes) -> Directive | None:
    """The clause after a presented subject opening with a request (请对照清单逐宗核实) or a modal (须抓紧……):
    said to the subject presented."""
    nxt = next((c for c in clauses if c[0] >= b), None)
    if nxt is None:
        return None
    a2, b2 = nxt
    while a2 < b2 and text[a2] in " \u3000":
        a2 += 1
    k = tok_start.get(a2)
    if k is None or k >= len(tokens) or inside(a2, quotes):
        return None
    t = tokens[k].text
    if t in w.request_verbs:
        if w.asks_views(text[tokens[k].end:e]):
            return None  # 请于……前反馈意见: asking for views, not ordering
        return Directive(s, e, text[span[0]:span[1]], span[0], span[1], t, tokens[k].start)
    m = _opening_modal(text, tokens, k, b2, w, quotes)
    if m is None or cancelled(tokens, m):
        return None
    return Directive(s, e, text[span[0]:span[1]], span[0], span[1], tokens[m].text, tokens[m].start)


def _next_modal(text: str, tokens: Sequence, tok_start: dict, clauses: list, w: DirectiveWords, quotes) -> int | None:
    """Index of the modal a sentence with no subject of its own opens with, at once or after one condition clause
    closing on 的 (核实后确属未整改到位的，须抓紧……); None when a doer of its own stands there (企业……的，须……)."""
    for i, (a2, b2) in enumerate(clauses[:2]):
        while a2 < b2 and text[a2] in " \u3000":
            a2 += 1
        k = tok_start.get(a2)
        if k is None or k >= len(tokens):
            return None
        m = _opening_modal(text, tokens, k, b2, w, quotes)
        if m is not None:
            return None if cancelled(tokens, m) else m
        body = text[a2:b2].rstrip("，,：: ")
        if i or not body.endswith("的") or (w.topic_actor is not None and w.topic_actor.search(body)):
            return None
    return None


_TOPIC_VERB_CHARS = 4  # 各乡镇|签订|的管护责任书: a short act of the subject's qualifying the topic object


def _topic_object(text: str, tokens: Sequence, k: int, subject: tuple[int, int], chain_end: int, b: int,
                  clauses: list, e: int, w: DirectiveWords, quotes) -> Directive | None:
    """各乡镇签订的管护责任书须经……签字，于5月31日前报送……: the subject's own act names the topic object, a modal
    follows it, and a later clause of the sentence sets the subject a deadline: the subject signs and submits,
    so the sentence orders it.  Without the deadline (各设区市人民政府报送的材料，必须真实准确) it only says
    what the material must be."""
    if tokens[k].start - chain_end > _TOPIC_VERB_CHARS or w.subject_deadline is None:
        return None
    modal = next((j for j in range(k + 1, len(tokens)) if tokens[j].start < b and tokens[j].text in w.modal_verbs
                  and tokens[j].text not in w.non_directive and not inside(tokens[j].start, quotes)
                  and not cancelled(tokens, j)), None)
    if modal is None:
        return None
    for a2, b2 in clauses:
        if a2 < b:
            continue
        m = w.subject_deadline.match(text, body_start(text, a2), b2)
        if m is not None and "的" not in text[m.end():b2] and not (
                w.deadline_told is not None and w.deadline_told.search(text, a2, b2)):
            return Directive(subject[0], e, text[subject[0]:subject[1]], subject[0], subject[1],
                             tokens[modal].text, tokens[modal].start)
    return None


def _set_deadline(text: str, tokens: Sequence, tok_start: dict, subject: tuple[int, int], chain_end: int, b: int,
                  e: int, w: DirectiveWords, s: int | None = None) -> Directive | None:
    """The subject followed at once by a deadline set for it (各市人民政府于次年1月15日前将……报送; 各县（市、区）
    人民政府3月底前完成……): rules.md counts 限期 among the forms of an order, modal or not.  Not when the clause
    goes on into a 的 (……前报送的材料: the subject qualifies a noun) or tells what was done (已于……前完成)."""
    if w.subject_deadline is None:
        return None
    m = w.subject_deadline.match(text, chain_end, b)
    if m is None and s is not None:
        m = _fronted_deadline(text, tokens, tok_start, subject, chain_end, b, e, w, s)
        if m is not None:
            return Directive(subject[0], e, text[subject[0]:subject[1]], subject[0], subject[1], m.group(0).strip(),
                             m.start())
    if m is None and w.notice_deadline is not None:
        m = w.notice_deadline.match(text, chain_end, b) or _later_notice_deadline(text, tokens, tok_start, chain_end, b, e, w)
    if m is None:
        return None
    rest = text[m.end():b]
    if re.search(r"的[，,。；;：:！？!? ]*$", rest) or modifies_noun(tokens, tok_start, m.end(), b) \
            or (w.deadline_told is not None and w.deadline_told.search(text, chain_end, b)):
        return None
    return Directive(subject[0], e, text[subject[0]:subject[1]], subject[0], subject[1], m.group(0).strip(), m.start())


def _opens_predicate(tokens: Sequence, tok_start: dict, at: int) -> bool:
    """A verb, adverb, preposition or adjective token starts at ``at``: a predicate goes on there."""
    from ..segment import word_tag

    k = tok_start.get(at)
    return k is not None and word_tag(tokens[k].text).startswith(("v", "d", "p", "a"))


def _fronted_deadline(text: str, tokens: Sequence, tok_start: dict, subject: tuple[int, int], chain_end: int, b: int,
                      e: int, w: DirectiveWords, s: int):
    """The deadline the sentence opens with, the subject right after it (于8月31日前，各市（州）人民政府完成……;
    收到本通知后15日内，各县人民政府将……报送): set for the subject as one after it is.  Only when all the sentence
    says before the subject is that deadline, and the subject's predicate follows at once, not told (已) nor
    qualifying a noun."""
    k = words_start(text, s)
    lead = text[k:subject[0]]
    bare = lead.rstrip("，, \u3000")  # in the subject's own clause or in a clause of its own
    m = w.subject_deadline.fullmatch(text, k, k + len(bare))
    if m is None and w.notice_deadline is not None:
        m = w.notice_deadline.fullmatch(text, k, k + len(bare))
    if m is None:
        return None
    if not _opens_predicate(tokens, tok_start, chain_end) \
            or modifies_noun(tokens, tok_start, chain_end, b) \
            or (w.deadline_told is not None and w.deadline_told.search(text, chain_end, e)):
        return None
    return m


def _later_notice_deadline(text: str, tokens: Sequence, tok_start: dict, chain_end: int, b: int, e: int,
                           w: DirectiveWords):
    """A deadline counted from this notice opening a later clause of the subject's sentence (各县（市、区）人民政府逐项
    制定整改方案，明确责任人和完成时限，于收到本通知后30日内报送……): the subject's predicate runs on into it.  Only while
    each clause goes on with the subject's predicate (opens with a verb, adverb or preposition), not past a new subject."""
    if not _opens_predicate(tokens, tok_start, chain_end) or modifies_noun(tokens, tok_start, chain_end, b) \
            or (w.deadline_told is not None and w.deadline_told.search(text, chain_end, e)):
        return None
    c = b  # the next clause's start (``b`` is past the subject's clause and its comma)
    while c < e and text[c - 1] in "，,":
        m = w.notice_deadline.match(text, c, e)
        if m is not None:
            return m
        if not _opens_predicate(tokens, tok_start, c):
            return None
        c = next((k + 1 for k in range(c, e) if text[k] in "，,"), e)
    return None


def modifies_noun(tokens: Sequence, tok_start: dict, start: int, end: int) -> bool:
    """The predicate from ``start`` closes on 的 before it has an object (……报送的材料, ……组织实施的项目, ……于3月底前
    报送的材料): the clause qualifies a noun and sets nobody a task.  A 的 after an object is inside the object
    (抓紧组织清理沟渠、路边堆放的秸秆; 完成本年度坑槽的集中修补) and leaves the predicate whole.  Read by the
    words' dictionary tags: verbs, adverbs, time words and adjectives may come before the 的, anything else is
    the object's start."""
    from ..segment import word_tag

    k = tok_start.get(start)
    if k is None:
        k = bisect_left(tokens, start, key=lambda t: t.start)
    while k < len(tokens) and tokens[k].start < end:
        word = tokens[k].text
        if word == "的":
            return True
        if word.strip() and not word_tag(word).startswith(("v", "d", "t", "a", "f", "u", "c")):
            return False
        k += 1
    return False


def _carried(text: str, tokens: Sequence, tok_start: dict, subject: tuple[int, int], chain_end: int, b: int,
             clauses: list, e: int, w: DirectiveWords, quotes) -> Directive | None:
    """A subject whose own clause sets the frame (是……责任主体, 作为……第一责任人, 在推进……中)
    and a later clause of its sentence that opens with a modal (…，要把目标分解到县), or,
    after a role, the next sentence (…责任主体。要逐宗建立整改清单): the subject carries over.
    A clause with a modal of its own (企业要…) ends the carrying."""
    if w.frames is None:
        return None
    rest = text[chain_end:b].rstrip("，,：:。；;！？!? ")
    framed = bool(w.frames.fullmatch(rest))
    n_end = e
    while n_end < len(text) and text[n_end] in " \u3000":
        n_end += 1
    # ……各市人民政府统筹辖区……管理。一律不准以……名义建设……; ……已明确本级燃气管理部门。同时，不得将……下放: a prohibition
    # with no subject of its own opening the next sentence is said to the subject before, whatever its predicate (only
    # a ban: a bare 要 there may speak to the reader at large); the subject's clause ends its sentence, so a 的 in it
    # lies inside its object (统筹辖区设施农业用地的布局), not after a subject qualifying a noun (……报送的材料，必须……)
    ban = not (framed and w.role_frame is not None and w.role_frame.fullmatch(rest)) and n_end < len(text) \
        and not any(c[0] >= b for c in clauses) and _opens_ban(text, tokens, tok_start, n_end, w)
    if not framed:
        # 各县（市、区）人民政府认真梳理……，逐个核实进度，必须……: the subject's own clause is a plain
        # predicate with no modal; a later clause of the same sentence that opens with one still has
        # it for subject.  Not when the subject only qualifies a noun (各设区市报送的材料，必须……).
        # A clause that ends in 的 is a condition or topic (各县市区特别是……超过500户的，要……; ……如在巡查中发现
        # ……的，应当……); a 的 followed by its noun makes the subject a modifier (……报送的材料，必须……).
        # A subject alone in its clause is a topic (各盟市人民政府，特别是粮食主产盟市人民政府，要……).
        # (各市人民政府对……机构的设置审批负有……责任: the 的 inside the object of a preposition opening the predicate)
        k0 = tok_start.get(chain_end)
        in_phrase = k0 is not None and k0 < len(tokens) and tokens[k0].text in w.prepositions
        told = w.subject_deadline.match(text, chain_end, b) if w.subject_deadline is not None else None
        if ("的" in rest and not rest.endswith("的") and not in_phrase and not ban
                and modifies_noun(tokens, tok_start, told.end() if told else chain_end, b)) \
                or any(t.text in w.modal_verbs for t in tokens if chain_end <= t.start < b):
            return None
    following = [c for c in clauses if c[0] >= b]
    role = framed and w.role_frame is not None and w.role_frame.fullmatch(rest)
    if role or ban:
        if n_end < len(text):
            first = (n_end, clause_end(text, n_end) + 1)
            following.append(first)
            timed = w.time_leads is not None and w.time_leads.fullmatch(text[n_end:first[1]].rstrip("，,、 \u3000"))
            if (text.startswith("对", n_end) or ban or timed) and first[1] < len(text):
                # ……责任主体。对问题图斑，务必……: the 对-topic clause, then the order (同时，不得……: the lead, then the ban;
                # ……责任主体。6月1日前，要对危桥……: a time set apart by its comma, then the order)
                following.append((first[1], clause_end(text, first[1]) + 1))
    for a2, b2 in following:
        k = tok_start.get(a2)
        if k is None:
            continue
        while k < len(tokens) and tokens[k].start < b2 and tokens[k].text in w.carry_adverbs:
            k += 1
        k = _past_time_lead(text, tokens, k, b2, w)  # ……责任主体。6月1日前要对危桥……: the time, then the modal
        if k < len(tokens) and tokens[k].start < b2:
            m = _opening_modal(text, tokens, k, b2, w, quotes)
            if m is not None:
                t = tokens[m].text
                end = e if not ban else next((j + 1 for j in range(tokens[m].start, len(text)) if text[j] in "。；！？"),
                                             len(text))
                return Directive(subject[0], end, text[subject[0]:subject[1]], subject[0], subject[1], t,
                                 tokens[m].start)
        if any(tokens[i].text in w.modal_verbs for i in range(k, len(tokens)) if tokens[i].start < b2):
            return None
    return None


def _past_time_lead(text: str, tokens: Sequence, k: int, end: int, w: DirectiveWords) -> int:
    """The token after a time lead (6月1日前, 汛期到来之前, 今年起) that token ``k`` opens, when a modal follows it
    directly; else ``k``."""
    if w.time_leads is None:
        return k
    a = tokens[k].start if k < len(tokens) else end
    i = k
    while i < len(tokens) and tokens[i].start < min(end, a + 16):
        if tokens[i].text in w.modal_verbs and tokens[i].text not in w.non_directive:
            return i if i > k and w.time_leads.fullmatch(text[a:tokens[i].start]) else k
        i += 1
    return k


_BAN_ADVERBS = ("一律", "坚决", "绝对", "决不", "严格")


def _opens_ban(text: str, tokens: Sequence, tok_start: dict, at: int, w: DirectiveWords) -> bool:
    """The sentence at ``at`` opens, after a lead (同时，此外) or a carried adverb, with a prohibition (严禁, 一律不准) that
    goes on with a verb or a preposition (严禁以任何形式……, 不得将……), not with a doer of its own (严禁任何单位……)."""
    if not w.carried_bans:
        return False
    k = tok_start.get(at)
    if k is None:
        return False
    end = next((j for j in range(at, len(text)) if text[j] in "。；！？"), len(text))
    # 同时，也|一律|不准: leads and adverbs, then the ban itself
    skip = (*w.carry_adverbs, *w.clause_leads, *_BAN_ADVERBS, "，", ",", " ")
    while k < len(tokens) and tokens[k].start < end and tokens[k].text in skip:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].start >= end or tokens[k].text not in w.carried_bans:
        return False
    after = tokens[k + 1].start
    return w.topic_actor is None or w.topic_actor.search(text, after, min(end, after + 6)) is None


def _opening_modal(text: str, tokens: Sequence, k: int, end: int, w: DirectiveWords, quotes) -> int | None:
    """Index of the modal that a carried clause opens with: right at token ``k``, after a
    prepositional phrase (……，对……的自备井一律关停), or after a short object topic that names
    no actor (……，重大隐患必须在30日内整改到位; not ……，企业必须……)."""
    def modal(i: int) -> bool:
        t = tokens[i].text
        return t in w.modal_verbs and t not in w.non_directive and not inside(tokens[i].start, quotes)

    if modal(k):
        return k
    phrase = tokens[k].text in w.prepositions
    # ……，验收不合格的一律返工重装: a condition closed by 的 right before the modal (those that fail) may be as long
    # as a prepositional phrase; a bare object topic stays short
    limit = max(w.phrase_max_gap, w.topic_max_tokens)
    for i in range(k + 1, min(len(tokens), k + limit + 1)):
        if tokens[i].start >= end:
            return None
        if modal(i):
            if not phrase and w.topic_actor is not None and w.topic_actor.search(text, tokens[k].start, tokens[i].start):
                return None
            return i if phrase or i - k <= w.topic_max_tokens else None
        if not phrase and tokens[i].text in w.possessive:
            # the 的 closes a condition when the modal follows it at once, else it is a possessive (……的材料，必须……)
            if i + 1 < len(tokens) and tokens[i + 1].start < end and modal(i + 1) \
                    and not (w.topic_actor is not None and w.topic_actor.search(text, tokens[k].start, tokens[i].start)):
                return i + 1
            return None
    return None


# ------------------------------------------------------------ word matching (moved to .tokens)
def aligned(tokens: Sequence, start: int, end: int) -> bool:
    """True when ``[start, end)`` cuts no jieba token in two, or lies wholly inside
    one token (台账 in 工作台账).  ``tokens`` may be any run of a paragraph's tokens."""
    from .tokens import TokenIndex

    if isinstance(tokens, TokenIndex):
        return tokens.aligned(start, end)
    for t in _overlapping(tokens, start, end):
        if start <= t.start and t.end <= end:
            continue
        if t.start <= start and end <= t.end:
            continue
        return False
    return True


def _overlapping(tokens: Sequence, start: int, end: int):
    k = max(0, bisect_left(tokens, start, key=lambda t: t.end) - 1)
    while k < len(tokens) and tokens[k].start < end:
        t = tokens[k]
        if t.end > start:
            yield t
        k += 1


def find_words(text: str, tokens: Sequence, words: Iterable[str], start: int = 0,
               end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of ``words`` in ``text[start:end]``: longest word first at
    each position, non-overlapping, and :func:`aligned` with the tokens of ``text``
    (see :func:`gwlint.analysis.tokens.find_words`)."""
    from .tokens import TokenIndex, find_words as _find, index_of

    index = tokens if isinstance(tokens, TokenIndex) else index_of(text)
    return _find(text, index, words, start, end)


# ------------------------------------------------------------ one sentence with its tokens
@dataclass
class Sent:
    """One sentence of a paragraph (or of the title): the paragraph's ``text``, the
    sentence span ``[start, end)``, the tokens that start in it and the paragraph's
    quotation spans.  Readers that take a Sent stay linear in the paragraph."""

    line: int | None  # paragraph line; None for the joined title
    text: str  # the whole paragraph
    tokens: tuple
    quotes: list
    start: int
    end: int

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]


def para_sentences(ctx, ln: int):
    """The sentences of paragraph ``ln`` as :class:`Sent` objects (tokens and quotes
    from the Context's caches)."""
    memo = getattr(ctx, "memo", None)
    if memo is None:
        yield from _para_sentences(ctx, ln)
    else:  # a dozen rules read every paragraph's sentences: build them once per document
        yield from memo(("para_sentences", ln), lambda: tuple(_para_sentences(ctx, ln)))


def _para_sentences(ctx, ln: int):
    text = ctx.reading(ln)
    if not text.strip():
        return
    index = ctx.index(ln)
    quotes = ctx.quotes(ln)
    for s, e in ctx.sentences(ln):
        yield Sent(ln, text, index.between(s, e), quotes, s, e)


def previous_sentence(ctx, sent: Sent) -> Sent | None:
    """The sentence of the same paragraph before ``sent`` (the last one ending at or before its start), or None
    (``sent`` opens its paragraph, or is not a paragraph's: the title)."""
    if sent.line is None:
        return None
    prev = None
    for p in para_sentences(ctx, sent.line):
        if p.end > sent.start:
            break
        prev = p
    return prev


def iter_sentences(ctx, lines: Iterable[int]):
    """:func:`para_sentences` of each of ``lines`` in turn."""
    for ln in lines:
        yield from para_sentences(ctx, ln)


def title_sentence(ctx, keep_quotes: bool = False) -> Sent | None:
    """The title (its lines joined) as one :class:`Sent` with line None; its quotes
    are dropped with ``keep_quotes`` (关于印发《××方案》的通知: the carried title is read)."""
    from ..segment import tokenize

    title = ctx.gw.title
    if title is None or not title.text.strip():
        return None
    text = title.text
    return Sent(None, text, tuple(tokenize(text)), [] if keep_quotes else quoted_spans(text), 0, len(text))


def tokens_between(sent: Sent, a: int, b: int) -> list:
    """Tokens of ``sent`` that start in ``[a, b)`` (a compound such as 开展调研 that
    starts before ``b`` and runs past it counts)."""
    return list(_tokens.starting_in(sent.tokens, a, b))


def clause_of(sent: Sent, pos: int) -> tuple[int, int]:
    """The clause span of ``sent`` holding ``pos`` (the sentence when none does): the span of
    :func:`clause_spans` around ``pos``, found from ``pos`` outwards (asked once per candidate, a
    sentence-wide split per call was quadratic on a run-on sentence)."""
    if not sent.start <= pos < sent.end:
        return sent.start, sent.end
    e = clause_end(sent.text, pos, sent.end)
    return clause_start(sent.text, pos, sent.start), (e + 1 if e < sent.end else sent.end)


def sent_words(sent: Sent, words: Iterable[str], start: int | None = None,
               end: int | None = None, *, mode: str = "aligned") -> list[tuple[int, int, str]]:
    """Unquoted, token-aligned occurrences of ``words`` in ``sent`` (or in ``[start, end)``
    of it): :func:`gwlint.analysis.tokens.find_words` (``mode`` "aligned" or "tail")
    minus what stands in quotes."""
    a = sent.start if start is None else start
    b = sent.end if end is None else end
    return [h for h in _tokens.find_words(sent.text, _tokens.index_of(sent.text), words, a, b, mode=mode)
            if not inside(h[0], sent.quotes)]



def words_except(sent: Sent, words: Iterable[str], excluded: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """:func:`sent_words` that do not sit inside an ``excluded`` word (督查 in 督查室,
    接待 in 接待费).  An excluded word counts only where it is whole tokens (考核办, an
    office, is not inside 考核办法); a longer excluded word overlapping a hit also
    removes it."""
    excluded = tuple(excluded)
    hits = sent_words(sent, words)
    if not excluded or not hits:
        return hits
    ex = [(x, y, w) for x, y, w in find_words(sent.text, sent.tokens, excluded, sent.start, sent.end)
          if all(x <= t.start and t.end <= y for t in _overlapping(sent.tokens, x, y))]
    return [(a, b, w) for a, b, w in hits
            if not any(x <= a and b <= y for x, y, _ in ex)
            and not any(x < b and a < y and len(wx) > len(w) for x, y, wx in ex)]


def token_in(sent: Sent, a: int, b: int, words) -> str | None:
    """The first token of ``sent`` starting in ``[a, b)`` that is one of ``words``."""
    for t in tokens_between(sent, a, b):
        if t.text in words:
            return t.text
    return None


# enumeration markers at the start of a clause: 一是 二是, 其一, 第一, （1）, ①
ENUM_ITEM = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[是要]|其[一二三四五六七八九十]{1,2}|"
                       r"第[一二三四五六七八九十]{1,3}(?=[，,、是])|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])")


def full_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences as GB/T 15834-2011 reads them: they end at 。？！ — a 分号 parts
    clauses inside one sentence, so clauses joined by ；are counted together, after a
    colon too (分工如下：甲负责……；乙负责……。 is one sentence).  Items of a list stay
    apart: marked with numbers (（一）……；（二）……, 一是……；二要……, the itemised form of
    GB/T 15834-2011 4.4.3.3), or a series of short entries (食用油49批次，合格49批次；
    粮食加工品41批次……)."""
    groups: list[list[tuple[int, int]]] = []
    for a, b in spans:
        last = groups[-1][-1] if groups else None
        joined = last is not None and text[last[1] - 1] in "；;"
        if joined and not ENUM_ITEM.match(text, a) and not ENUM_ITEM.match(text, groups[-1][0][0]):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])
    out: list[tuple[int, int]] = []
    for g in groups:
        if len(g) >= 3 and sum(b - a for a, b in g) / len(g) <= _SHORT_ENTRY:
            out.extend(g)
        else:
            out.append((g[0][0], g[-1][1]))
    return out


_SHORT_ENTRY = 25  # characters: a series of entries this short is a list, not a run-on sentence

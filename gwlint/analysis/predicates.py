"""Does a clause give work to the body that opens it?  Read by structure, not by verb lists.

GW104 and GW105 (and any rule that asks "does this text hand X a task") need to know whether
a government named at the start of a clause is the subject of a predicate.  Lists of task verbs
(做好, 负责, 落实 …) miss every verb nobody listed (摸清底数, 倒排工期, 腾退, 对账销号), so the
predicate is found by its part of speech instead: the tag column of jieba's dictionary, looked
up per token in the mapped dictionary cache (:func:`gwlint.segment.word_tag`; no HMM, no
sentence tagging).  What a tag cannot say stays in ``dictionaries/directives.toml``
(``predicate_*`` keys): the modals, the negators that turn a duty into a relief (不再, 无需,
免于, 暂不 …), the words that mark a fact already done (已, 曾), the time words of a past demand
(此前要求各地……), and the sources of reported speech.

* :func:`clause_work` -- "work", "relieved" or None for a unit that opens a clause: after the
  unit (and the units coordinated with it) the first predicate of the clause, read across a
  conditional or topic clause (各旗县市区人民政府凡……的，由……统筹调度);  None when the unit only
  qualifies a noun (各乡镇卫生院, 各县（市、区）的学校), when the predicate makes a relative
  clause (各地报送的材料) or tells what was done (已完成, 完成了), and inside quotes or another
  body's reported speech;
* :func:`attributive` -- the unit is followed by a noun or 的: it qualifies, it is no subject;
* :func:`reported_by_other` -- a position in a sentence whose speaker is another, higher body
  (省人民政府办公厅印发《……》，要求各市州……): the demand is quoted background, not the issuer's;
* :func:`past_demand` -- 此前要求各地……, 原要求……: a demand of the past (often the one now cancelled);
* :func:`stopped_demand` -- 要求各地填写的周报表，自……起停止使用: a demand heading what its sentence stops;
* :func:`practice_told` -- 部分地方要求……, 一些地方存在……的做法: others' practice reported, no demand;
* :func:`cited_earlier` -- 2024年，我厅印发《……》，……要求各市须……: what an earlier document asked, told;
* :func:`told_not_asked` -- a former column's cell, a practice reported, a past frame reaching the word, an earlier
  document's content: told, not asked;
* :func:`qualified_collectives` -- 各涉农县市, 各重点旗县: a collective of lower governments with a qualifier
  between 各 and the level, read as the collective it narrows.
"""
from __future__ import annotations

import bisect
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from .lexicon import load_data
# asked per clause or per unit: imported once here, not per call (a relative import in a function costs ~2 µs)
from .markers import body_start
from .negation import waiver_before
from .sentences import clause_start, inside, sentence_start
from .units import find_units, level_rank


@lru_cache(maxsize=1)
def _words() -> dict:
    d = load_data("directives.toml")
    return {
        "predicate": tuple(d.get("predicate_tags", [])),
        "noun": tuple(d.get("predicate_noun_tags", [])),
        "verbs": frozenset(d.get("predicate_verb_words", [])),
        "public": frozenset(d.get("predicate_public_words", [])),
        "adverbial_nouns": frozenset(d.get("predicate_adverbial_nouns", [])),
        "government_words": frozenset(d.get("predicate_government_words", [])),
        "zone_words": frozenset(d.get("predicate_zone_words", [])),
        "action_measure": re.compile(d["predicate_action_measure"]) if d.get("predicate_action_measure") else None,
        "manner_tags": tuple(d.get("predicate_manner_tags", [])),
        "negators": frozenset(d.get("predicate_negators", [])),
        "relief": frozenset(d.get("predicate_relief_words", [])),
        "actor_nouns": re.compile(d["predicate_actor_nouns"]) if d.get("predicate_actor_nouns") else None,
        "agent_leads": frozenset(d.get("predicate_agent_leads", [])),
        "facilities": re.compile(d["predicate_facility_nouns"]) if d.get("predicate_facility_nouns") else None,
        "done": frozenset(d.get("predicate_done_words", [])),
        "possessed_submission": re.compile(d["predicate_possessed_submission"])
        if d.get("predicate_possessed_submission") else None,
        "results": frozenset(d.get("predicate_result_words", [])),
        "aspect": frozenset(d.get("predicate_aspect_words", [])),
        "modals": frozenset(d.get("modal_verbs", [])),
        "non_directive": frozenset(d.get("non_directive", [])),
        "joiners": frozenset(d.get("predicate_joiners", [])),
        "past": frozenset(d.get("predicate_past_leads", [])),
        "topic_determiners": frozenset(d.get("predicate_topic_determiners", [])),
        "past_frame": re.compile(d["predicate_past_frame"]) if d.get("predicate_past_frame") else None,
        "past_frame_weak": re.compile(d["predicate_past_frame_weak"]) if d.get("predicate_past_frame_weak") else None,
        "past_frame_turns": re.compile(d["predicate_past_frame_turns"]) if d.get("predicate_past_frame_turns") else None,
        "past_frame_future": re.compile(d["predicate_past_frame_future"]) if d.get("predicate_past_frame_future") else None,
        "earlier_doc": re.compile(d["predicate_earlier_document"]) if d.get("predicate_earlier_document") else None,
        "stopped": re.compile(d["predicate_stopped_head"]) if d.get("predicate_stopped_head") else None,
        "stop_negated": re.compile(d["predicate_stop_negators"]) if d.get("predicate_stop_negators") else None,
        "practice": re.compile(d["practice_openers"]) if d.get("practice_openers") else None,
        "practice_turns": re.compile(d["practice_turns"]) if d.get("practice_turns") else None,
        "sources": re.compile("(?:%s)" % "|".join(d["reported_sources"])) if d.get("reported_sources") else None,
        "speech": re.compile("|".join(map(re.escape, [*d.get("reporting_verbs", []), *d.get("predicate_issuing_verbs", [])])))
        if d.get("reporting_verbs") else None,
        "clause_adverbs": re.compile(d["predicate_clause_adverbs"]) if d.get("predicate_clause_adverbs") else None,
        "own_refs": re.compile(d["predicate_own_refs"]) if d.get("predicate_own_refs") else None,
        "frame_max": int(d.get("predicate_frame_clauses", 1)),
        "frame_ends": frozenset(d.get("predicate_frame_ends", [])),
        "scope": re.compile(d["subject_scope"]) if d.get("subject_scope") else None,
        "higher": re.compile(d["predicate_higher_bodies"]) if d.get("predicate_higher_bodies") else None,
        # what makes the unit after a ……的 modifier the object of something else (对……的县; 督促……的县; 要求……的县)
        "object_leads": frozenset([*d.get("relative_object_leads", []), *pivot_verbs(),
                                   *d.get("require_verbs", []), *d.get("request_verbs", [])]),
        "relative_max": int(d.get("relative_modifier_max", 40)),
        "asks": frozenset([*d.get("request_verbs", []), *d.get("require_verbs", [])]),
        "inspected": re.compile(d["inspected_verbs"]) if d.get("inspected_verbs") else None,
        "conditions": frozenset(d.get("predicate_condition_leads", [])),
        "disposal": frozenset(d.get("predicate_disposal_leads", [])),
        "passive": frozenset(d.get("relative_passive_markers", [])),
        "own_partner": re.compile(d["issuer_partner_lead"]) if d.get("issuer_partner_lead") else None,
    }


@lru_cache(maxsize=2)
def pivot_verbs(partners: bool = True) -> frozenset[str]:
    """The pivot verbs (督促, 指导, 请 …; directives.toml ``pivot_verbs``): the body right after one does what follows
    (督促各县组织开展自查: the counties inspect).  ``partners`` adds 会同, 配合 …, whose object works beside the
    subject (``partner_verbs``): it carries a part of the work, but the subject still does it."""
    d = load_data("directives.toml")
    return frozenset([*d.get("pivot_verbs", []), *(d.get("partner_verbs", []) if partners else ())])


_TAGS: dict[str, str] = {}  # a word's tag, looked up once per process (a few thousand distinct words)


def tag_of(word: str) -> str:
    """``word``'s part-of-speech tag (:func:`gwlint.segment.word_tag`), looked up once per process."""
    t = _TAGS.get(word)
    if t is None:
        from ..segment import word_tag

        t = _TAGS[word] = word_tag(word)
    return t


_CLAUSE_MARKS = "，,；;：:。！？!?"
_SENT_MARKS = "；;。！？!?"
_TOPIC_COMMAS = frozenset({"，", ","})
_CLAUSE_STOPS = _CLAUSE_MARKS + "\n"
_OBJECT_CLAUSE = re.compile(r"(?<=对)[^，。；：！？,;:!?]+")  # what follows 对 in its clause


def _is_predicate(word: str) -> bool:
    w = _words()
    if word in w["modals"]:
        return True
    t = tag_of(word)
    return bool(t) and t.startswith(w["predicate"])


def attributive(ctx, ln: int, u) -> bool:
    """``u`` qualifies what follows (各乡镇卫生院, 各县（市、区）的乡镇卫生院, 各地经验): the word after it
    (after the government's own head words and people: 政府, 分管负责同志) is 的 or a noun, so the unit
    is not the subject of the clause."""
    index = ctx.index(ln)
    k = _after_subject(ctx, ln, u, index)
    if k is None or k >= len(index.tokens) or not _qualifies_at(index.tokens, k):
        return False
    return not _event_then(index.tokens, k)


_AFTER_EVENT = frozenset({"后", "之后", "以后"})


_EVENT_REACH = 8  # tokens from the word to the 后 that closes its clause


def _event_then(tokens, k: int) -> bool:
    """The word at ``k`` (a verb jieba tags as a noun: 汇总) opens a clause closed by 后 (请各地汇总后，于……前上传;
    请各县（市、区）汇总辖区排查情况后，……): an act the unit does first, so the unit is its doer, not a modifier."""
    if tokens[k].text == "的":
        return False
    j = k + 1
    while j < len(tokens) and j - k <= _EVENT_REACH and tokens[j].text[:1] not in _CLAUSE_STOPS:
        j += 1
    return j - 1 > k and tokens[j - 1].text in _AFTER_EVENT and (j >= len(tokens) or j - k <= _EVENT_REACH)


def _qualifies_at(tokens, k: int) -> bool:
    """:func:`qualifies` for the word at ``k``, or a short noun phrase opening there that ends in a doer
    or an institution (各县（市、区）供电企业, 各乡镇农业综合服务中心): the unit qualifies it."""
    if qualifies(tokens[k].text):
        return True
    w = _words()
    if not tag_of(tokens[k].text).startswith(("vn", "j")):
        return False
    for j in range(k + 1, min(len(tokens), k + 4)):
        t = tokens[j].text
        if t in w["adverbial_nouns"]:
            return False
        if (w["actor_nouns"] is not None and w["actor_nouns"].search(t)) or tag_of(t) == "nt":
            return True
        if not tag_of(t).startswith(("n", "vn", "j")):
            return False
    return False


def _after_subject(ctx, ln: int, u, index) -> int | None:
    """Index of the first token after ``u`` and what still belongs to the subject: units coordinated with
    it (各乡镇人民政府、街道办事处), the government's head word the unit reading left out (各县区党委政府),
    its people (有关地级市人民政府分管负责同志), a coordinated place name the unit reading did not take
    (桂林市、玉林市); None when the subject ends inside a word."""
    w = _words()
    text = ctx.reading(ln)
    tokens = index.tokens
    at = _units_at(ctx, ln)
    pos = u.end
    while True:
        k = index.first_from(pos)
        if k >= len(tokens) or tokens[k].start != pos:
            return None
        t = tokens[k].text
        # the last unit read at an offset (the longest reading of a coordinated name)
        nxt = next((x[-1] for j in range(0, 3) if (x := at.get(pos + j)) and text[pos:pos + j] in w["joiners"]),
                   None)
        if nxt is not None and nxt.end > pos:
            pos = nxt.end
        elif t in w["government_words"]:
            pos = tokens[k].end
        elif t in w["joiners"] and k + 1 < len(tokens) and (
                tag_of(tokens[k + 1].text) in ("ns", "nt")
                or (len(tokens[k + 1].text) >= 2 and tokens[k + 1].text[-1] == u.text[-1])):
            pos = tokens[k + 1].end  # a like term coordinated with the unit (诸城市、寿光市; 桂林市、玉林市)
            j = k + 2
            while j < len(tokens) and tokens[j].start == pos and tokens[j].text in w["zone_words"]:
                pos = tokens[j].end  # a zone among the governments (各省辖市、济源|示范区、各省直管县（市）人民政府)
                j += 1
        elif t in w["joiners"] and (z := next((b for a, b in companion_bodies(ctx, ln) if a == tokens[k].end),
                                             None)) is not None:
            pos = z  # 各旗县市（区）人民政府及乌拉盖管理区管理委员会: a 管委会 the 主送 names beside the governments
        elif t in w["joiners"] and (z := _zone_after(tokens, k + 1, w)) is not None:
            pos = z  # 各州（市）、滇|中|新区、各县（市、区）人民政府: a zone however jieba cuts its place name
        else:
            return k


def companion_bodies(ctx, ln: int) -> list[tuple[int, int]]:
    """Spans of line ``ln`` naming a 新区/开发区/管理区 管委会 that the 主送 addresses beside the lower governments
    (各县（市、区）人民政府，乌拉盖管理区管委会): joined to a government subject it shares the predicate.  Read as
    units, or as the 主送's own name written out again where unit reading finds no body (a 管理区/高新区 without
    a known place before it: 各旗县市（区）人民政府和乌拉盖管理区管委会对……一律……)."""
    def find() -> list[tuple[int, int]]:
        rx = load_data("directives.toml").get("dispatched_agency")
        recips = [r.strip(" \u3000") for r in ctx.gw.recipient_list]
        if not rx or not recips:
            return []
        text = ctx.reading(ln)
        bodies = {(u.start, u.end) for u in ctx.units(ln)
                  if re.search(rx, u.text) and any(u.text in r or r in u.text for r in recips)}
        for r in recips:
            if len(r) > 2 and re.search(rx, r):
                bodies.update((m.start(), m.end()) for m in re.finditer(re.escape(r), text))
        return sorted(bodies)
    return ctx.memo(("companion_bodies", ln), find)


def _zone_after(tokens, k: int, w: dict) -> int | None:
    """End of a zone's name opening at token ``k`` (a place of at most four characters, then 新区/示范区/管委会 …)."""
    for j in range(k, min(k + 4, len(tokens))):
        if tokens[j].text in w["zone_words"]:
            return tokens[j].end if j > k and tokens[j].start - tokens[k].start <= 4 else None
        if not tokens[j].text.isalpha():
            return None
    return None


def coordinated_subjects(ctx, ln: int, u) -> list:
    """Units coordinated with ``u`` in one subject (各省辖市、济源示范区、各省直管县（市）人民政府要……): they share
    its predicate."""
    k = _after_subject(ctx, ln, u, ctx.index(ln))
    if k is None:
        return []
    tokens = ctx.index(ln).tokens
    end = tokens[k].start if k < len(tokens) else len(ctx.reading(ln))
    return [x for x in ctx.units(ln) if u.end <= x.start and x.end <= end]


def possessed_submission(ctx, ln: int, u) -> bool:
    """``u`` opens its clause as the possessor of what the clause sends up (各地各部门的政务信息统一……报市政府办公室;
    各县（区）的自查报告于4月30日前报市应急管理局): the unit is the one that reports, it has work."""
    rx = _words()["possessed_submission"]
    if rx is None:
        return False
    text = ctx.reading(ln)
    if not text.startswith("的", u.end) or body_start(text, clause_start(text, u.start)) != u.start:
        return False
    return rx.match(text, u.end + 1) is not None and not others_words(ctx, ln, u.start)


def qualifies(word: str, nxt: str = "") -> bool:
    """``word`` right after a unit makes the unit a modifier: 的, an institution or a doer (卫生院, 学校,
    企业), or a noun heading a noun phrase (各地经验, 恭城县断面水质, 柳州市代表队).  jieba tags a few
    manner words as nouns (全面, 限期, 依法, 重点): those open the predicate instead."""
    w = _words()
    if word == "的":
        return True
    if w["actor_nouns"] is not None and w["actor_nouns"].search(word):
        return True
    if word in w["adverbial_nouns"]:
        return False
    return tag_of(word).startswith(w["noun"])


class _Clauses:
    """Where the clauses and sentences of one paragraph open, found once per paragraph: a demand is
    traced back through its sentence by bisection, so a sentence of thousands of clauses costs no
    more per clause than a short one."""

    __slots__ = ("starts", "sentences", "_higher", "_last")

    def __init__(self, text: str) -> None:
        # 0, after every clause mark and after every line break (a sentence start is one of these)
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_MARKS or ch == "\n"]
        self.sentences = [0] + [i + 1 for i, ch in enumerate(text) if ch in _SENT_MARKS or ch == "\n"]
        self._higher: list | None = None
        self._last: list[int] | None = None

    def around(self, pos: int) -> tuple[int, int]:
        """Indices [i, j) into ``starts`` of the clause openings from the sentence start up to ``pos``."""
        s = self.sentences[bisect_right(self.sentences, pos) - 1]
        return bisect_left(self.starts, s), bisect_right(self.starts, pos)

    def nearest_higher(self, ctx, ln: int, text: str, i: int, j: int) -> tuple[int, int] | None:
        """The last clause opening in ``starts[i:j]`` with a higher body at its start: (its index, the body's
        end), or None."""
        if self._last is None:
            self._higher = [_higher_body_at(ctx, ln, _opening(text, a)) for a in self.starts]
            last, prev = [], -1
            for k, end in enumerate(self._higher):
                prev = k if end is not None else prev
                last.append(prev)
            self._last = last
        if j <= i:
            return None
        k = self._last[j - 1]
        return (k, self._higher[k]) if k >= i else None


def _clauses(ctx, ln: int) -> _Clauses:
    return ctx.memo(("predicate_clauses", ln), lambda: _Clauses(ctx.reading(ln)))


def _opening(text: str, a: int) -> int:
    """``a`` moved past the spaces that open a clause."""
    n = len(text)
    while a < n and text[a] in " \u3000":
        a += 1
    return a


def _units_at(ctx, ln: int) -> dict:
    """The unit mentions of paragraph ``ln`` by start offset, in reading order."""
    def make() -> dict:
        by: dict[int, list] = {}
        for x in ctx.units(ln):
            by.setdefault(x.start, []).append(x)
        return by

    return ctx.memo(("predicate_units_at", ln), make)


def clause_work(ctx, ln: int, u) -> str | None:
    """What the clause opened by ``u`` does for it: "work" (a predicate: 摸清底数, 倒排工期, 要……,
    不得……), "relieved" (a negated predicate: 不安排陪同, 无需报送, 免于提交 -- a relief concerns the
    recipients too) or None (no predicate; a noun phrase 各地经验; a relative clause 各地报送的材料;
    done 各市均已建立, 完成了; quoted; reported speech of another body)."""
    w = _words()
    text = ctx.reading(ln)
    if others_words(ctx, ln, u.start):
        return None
    waived = waiver_before(text, u.start, forbidding=True)
    if waived is not None:
        # 不再要求各地报送, 无需各县报送: a duty lifted concerns them; 不要求各县（区）提供材料, 不得要求各地……:
        # nothing is asked of them this time
        return "relieved" if waived.kind == "lifting" else None
    index = ctx.index(ln)
    tokens = index.tokens
    units = ctx.units(ln)
    k = _after_subject(ctx, ln, u, index)
    if k is not None and k + 1 < len(tokens) and tokens[k].text in _TOPIC_COMMAS \
            and tokens[k + 1].text[0] not in _CLAUSE_MARKS and not _units_at(ctx, ln).get(tokens[k + 1].start):
        # the subject alone in its clause, a topic (……的各县市区人民政府，在完成……之后，须……; 各盟市人民政府，
        # 特别是……，要……): the predicate follows in the next clauses (not another unit: a list of names)
        k += 1
    if k is None or k >= len(tokens) or tokens[k].text[0] in _CLAUSE_MARKS:
        return None  # the subject ends inside a word, or its clause is the unit alone (各设区市人民政府：)
    if tokens[k].text == "的" and w["possessed_submission"] is not None \
            and w["possessed_submission"].match(text, tokens[k].end):
        return "work"  # 各县（区）的自查报告于4月30日前报市应急管理局: what it owns goes up from it
    if _qualifies_at(tokens, k):
        return None  # 各乡镇卫生院要……, 各县（市、区）的学校……: the unit qualifies the subject
    negated = False
    declined = False
    in_phrase = False
    # the subject's clause opens with a preposition (各县（区）人民政府按附件1确定的任务，完成……): the phrase is
    # the frame of a predicate after the comma; not a preposition met later (……评估结果为优秀，现予通报)
    framed = tag_of(tokens[k].text).startswith("p")
    clauses = 0
    while k < len(tokens):
        t = tokens[k]
        ch = t.text
        if ch and ch[0] in _CLAUSE_MARKS:
            if ch[0] in _SENT_MARKS:
                return None
            # a conditional or topic clause (凡……的，如……时，在……后) leaves the predicate to the next one,
            # unless that one has a subject of its own (……的，企业要……)
            if not declined:
                # only a condition or topic (……的，……后，……时，在……中) hands its subject on
                last = tokens[k - 1].text if k else ""
                # 各县（区）人民政府按附件1确定的任务，完成……: a prepositional phrase with no predicate yet is the
                # predicate's frame too
                if not (last in w["frame_ends"] or tag_of(last).startswith("f") or (framed and not clauses)):
                    return None
                clauses += 1
                if clauses > w["frame_max"]:
                    return None
            nxt = k + 1
            if nxt < len(tokens) and any(x.start == tokens[nxt].start for x in units):
                return None
            negated = False
            k += 1
            continue
        if ch in w["done"]:
            return None  # 各市均已建立: done, no task
        if ch in w["results"] and not negated:
            return None  # 成都、绵阳、宜宾三市排名前三位: a result told, no task
        if tag_of(ch).startswith("p"):
            in_phrase = True  # 对……, 在……, 按照……: a prepositional phrase opens the predicate
        if ch in w["negators"] or ch in w["relief"]:
            # 不再报送, 无须再报送, 停止使用, 免于提交: a standing duty lifted (the recipients must know);
            # 不安排陪同, 不必另行制定: nothing asked this time, and nothing lifted
            negated = "relief" if (ch in w["relief"] or (k + 1 < len(tokens) and tokens[k + 1].text == "再")) \
                else (negated or "no")
            k += 1
            continue
        if ch in w["modals"] and ch not in w["non_directive"]:
            return "work"  # 要, 须, 不得, 严禁: the clause orders or forbids
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        tag = tag_of(ch)
        nxt2 = tokens[k + 2].text if k + 2 < len(tokens) else ""
        # 落实|管护|主体: a verbal noun qualifying a noun is no predicate, so the word before it is the verb
        nominal_next = tag_of(nxt).startswith("vn") and tag_of(nxt2).startswith(w["noun"]) and nxt2 not in w["adverbial_nouns"]
        if tag.startswith(w["manner_tags"]) and (not _is_predicate(nxt) or nominal_next) and nxt not in w["negators"] \
                and nxt != "的" and not (nxt and nxt[0] in _CLAUSE_MARKS):
            # 明确一名联络员, 落实属地责任: jieba tags them as adjectives or adverbs; before anything but a
            # verb they are the verb (严格执行, 认真组织: the verb follows)
            tag = "v"
        elif tag.startswith("vn") and tag_of(nxt).startswith(w["noun"]) and nxt not in w["adverbial_nouns"]:
            tag = "n"  # 评估结果, 考核办法: a verbal noun qualifying a noun, no predicate
        if ch in w["modals"] or tag.startswith(w["predicate"]):
            if nxt == "的":
                if in_phrase:
                    k += 1  # 对被占用的国有房产……收回: a modifier inside the prepositional phrase's object
                    continue
                # 此前要求各县（区）每季度报送的台账……停止报送: the duty the relative clause names is lifted by the
                # sentence's predicate (the same verb after a relief word): a relief of theirs
                return "relieved" if _lifted_later(tokens, k, w) else None  # 各地报送的材料: no predicate of theirs
            if nxt in w["aspect"]:
                return None  # 完成了, 开展过: what was done
            if negated == "relief":
                return "relieved"
            if negated:
                # 各地不安排陪同，不组织汇报，不必另行制定……: nothing asked by this predicate; the next clauses
                # of the sentence share the subject and may ask or relieve
                declined = True
                while k < len(tokens) and not (tokens[k].text and tokens[k].text[0] in _CLAUSE_MARKS):
                    k += 1
                continue
            return "work"
        k += 1
    return None


def _lifted_later(tokens, k: int, w: dict) -> bool:
    """The verb ``tokens[k]`` of a relative clause comes again after a relief word later in its sentence
    (……报送的台账和影像资料同时停止报送; ……填报的月报表不再填报)."""
    verb = tokens[k].text
    for j in range(k + 2, len(tokens) - 1):
        t = tokens[j].text
        if t and t[0] in _SENT_MARKS:
            return False
        if t in w["relief"] or t in w["negators"]:
            nxt = tokens[j + 2].text if tokens[j + 1].text == "再" and j + 2 < len(tokens) else tokens[j + 1].text
            if nxt == verb and (t in w["relief"] or tokens[j + 1].text == "再"):
                return True
    return False


def _higher_body_at(ctx, ln: int, a: int) -> int | None:
    """End of a higher body (a government or its office other than the issuer, or a reported source:
    国务院, 省委, 会议, 《……》) that opens the text at ``a``; None if there is none."""
    w = _words()
    gw = ctx.gw
    issuer = gw.issuer
    text = ctx.reading(ln)
    own = {o.name for o in gw.issuers}
    for x in _units_at(ctx, ln).get(a, ()):
        if x.name in own or x.text in own or x.generic or x.level in (None, "unknown"):
            continue
        # a government or its office of the issuer's level or above, or any body above it (自然资源部办公厅)
        if (x.kind in ("government", "government_office") and level_rank(x.level) <= level_rank(issuer.level)) \
                or level_rank(x.level) < level_rank(issuer.level):
            return x.end
    if w["own_refs"] is not None and w["own_refs"].match(text, a):
        return None
    for rx in (w["higher"], w["sources"]):
        m = rx.match(text, a) if rx is not None else None
        if m:
            if m.group() == "会议" and own_meeting(ctx, ln, a):
                return None  # the issuer's own meeting (its 纪要): 会议要求，…… is the issuer's word
            return m.end()
    return None


_CONVENE = re.compile(r"(?:主持)?(?:召开|举行|组织召开)")


def own_meeting(ctx, ln: int, a: int) -> bool:
    """The bare 会议 at ``a`` is the issuer's own: the last meeting convened before it in the document
    (……市住房和城乡建设局在五象新区召开全市……推进会; 我局召开……会议) is held by the issuer itself, named by
    its full or short name or as 本局/我厅; a convening whose clause names no host (……，每半月召开一次调度会)
    says nothing of whose meeting and is passed over.  A meeting held by anyone else, or none found, leaves 会议 a
    reported source."""
    gw = ctx.gw
    minutes = department_minutes(ctx)
    if not minutes and (gw.issuer is None or gw.issuer.kind != "department"):
        return False
    before = ctx.reading(ln)[:a].rstrip(" \u3000")
    if before and before[-1] not in _CLAUSE_STOPS and not re.search(r"(?:^|[，。；：\n])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])$", before):
        return False  # 省政府常务会议, 盟委委员会议: a meeting named, not the bare 会议
    if minutes:
        return True  # a department's own 纪要: its bare 会议 is the meeting the minutes record
    # the convened meetings of the document, found once (a long 纪要 asks at every 会议要求)
    held = ctx.memo("convened_by_issuer", lambda: _convened(ctx))
    k = bisect.bisect_left(held, (ln, a, False))
    return k > 0 and held[k - 1][2]


def own_meetings_speak(ctx, ln: int, lo: int = 0, hi: int | None = None) -> bool:
    """Every 会议 of ``text[lo:hi]`` of the line, and there is one, is the issuer's own meeting (:func:`own_meeting`):
    会议要求，各县要…… / 会议明确，……专报市长 speak for the issuer, no higher body."""
    text = ctx.reading(ln)
    met = [m.start() for m in re.finditer("会议", text[lo:hi])]
    return bool(met) and all(own_meeting(ctx, ln, lo + a) for a in met)


# the title of a department's own minutes: its leaders' or its party group's meeting (主任办公会议纪要, 局务会议纪要,
# 党组会议纪要), no government's meeting (市政府常务会议纪要, 市长办公会议纪要 speak for the government and its leaders)
_OWN_MINUTES = re.compile(r"(?:主任|局长|厅长|署长|委务|局务|厅务|党组)(?:办公|扩大)?会议纪要$")
_GOVERNMENT_MEETING = re.compile(r"政府|[省市州县区旗]长|专员|主席")


def department_minutes(ctx) -> bool:
    """The document is the minutes (纪要) of a department's own meeting, by its title (绍兴市发展和改革委员会2027年第6次
    主任办公会议纪要): the minutes carry no signature, so the issuer may be unread, but the meeting is the department's."""
    gw = ctx.gw
    title = re.sub(r"\s+", "", gw.title.text) if gw.title is not None else ""
    return gw.doc_type == "纪要" and bool(_OWN_MINUTES.search(title)) and not _GOVERNMENT_MEETING.search(title)


# a word naming a body or its leaders in the clause before a convening verb: some host is named there
_HOST_WORD = re.compile(r"政府|党委|[局委厅办部院署]|中心|领导|书记|[省市州县区]长|主任|小组|指挥部")


def _convened(ctx) -> list[tuple[int, int, bool]]:
    """(line, start, held by the issuer) of every convening verb (召开, 举行) of the content lines, in order."""
    from .units import is_own_name

    w = _words()
    own = {o.name for o in ctx.gw.issuers}
    out = []
    for k in ctx.gw.content_lines:
        text = ctx.reading(k)
        for m in _CONVENE.finditer(text):
            c = m.start()
            while c > 0 and text[c - 1] not in _CLAUSE_MARKS:
                c -= 1
            host = text[c:m.start()]
            if w["own_refs"] is not None and w["own_refs"].match(host):
                out.append((k, m.start(), True))
                continue
            units = [u for u in ctx.units(k) if c <= u.start < m.start()]
            if not units and not _HOST_WORD.search(host):
                continue  # ……机制，每半月召开一次调度会: no host named in the clause, nothing said of whose meeting
            if not units:
                out.append((k, m.start(), False))  # 市人民政府召开……: a body the unit reading misses, not the issuer
                continue
            first = min(units, key=lambda u: u.start)
            out.append((k, m.start(), first is not None and first.start == c
                        and (is_own_name(first.text, own) or is_own_name(first.name, own))))
    return out


def reported_by_other(ctx, ln: int, pos: int, *, subject: bool = False) -> bool:
    """The demand at ``pos`` (要求各市州……, 各地要……) is another, higher body's, reported as background:
    the body opens the clause of ``pos`` (省政府办公厅在《……》中要求各市……), or ``pos`` opens its clause
    with no subject of its own and an earlier clause of the sentence opens with the body and a verb of
    issuing or saying (今年3月，省人民政府办公厅印发《……》，要求各市州在主汛期前……).  Only in a
    department's document: a government office speaks for its government."""
    gw = ctx.gw
    issuer = gw.issuer
    if issuer is None or issuer.kind != "department":
        return False
    w = _words()
    text = ctx.reading(ln)
    table = _clauses(ctx, ln)
    i, j = table.around(pos)  # table.starts[i:j]: the clause openings of the sentence up to pos
    starts = table.starts
    c = _opening(text, starts[j - 1])
    if subject:
        # a subject opens its own clause: reported only right after 国务院强调， / 省政府要求： (the previous
        # clause is the body and its verb of saying, nothing else); 省政府印发《……》，各地要…… is the issuer's
        if j - i < 2:
            return False
        a = _opening(text, starts[j - 2])
        end = _higher_body_at(ctx, ln, a)
        return end is not None and w["speech"] is not None \
            and w["speech"].fullmatch(text[end:starts[j - 1] - 1].strip(" \u3000")) is not None
    end = _higher_body_at(ctx, ln, c)
    if end is not None and end <= pos:
        # 省政府办公厅在《……》中要求各市……: the body and its verb of saying in the clause itself
        return w["speech"] is not None and w["speech"].search(text[:pos + 4], end) is not None
    lead = text[c:pos]
    if lead and not (w["clause_adverbs"] is not None and w["clause_adverbs"].fullmatch(lead)):
        return False  # the clause has a subject of its own
    found = table.nearest_higher(ctx, ln, text, i, j - 1)
    if found is not None:
        end = found[1]
        stop = next((k for k in range(end, pos) if text[k] in _CLAUSE_MARKS), pos)
        return w["speech"] is not None and w["speech"].search(text, end, stop) is not None
    return False


def asks_nobody(ctx) -> bool:
    """Nothing in the body is asked of anyone, read from its predicates: no modal or request outside another
    body's words (要, 须, 应当, 不得, 请, 要求), no sentence opening with a predicate of its own (加快推进……;
    严格执行……: an order whose subject is the reader), no lower unit named in the issuer's own words, and every
    clause with a subject of its own has for it a label (杨州长：领导……), the issuer (我厅遴选了……), a body of
    its level or above, or a thing (专家库实行动态管理) -- not a doer the reading cannot place (镇长陪同, 各分局
    完成……).  Headings are read as the sentences they are: a plan's (（一）强化组织领导) opens with its predicate, an
    informing notice's (一、搬迁时间。) names a topic.
    A duty quoted from another body (《条例》规定，县级人民政府应当……) concerns the recipients it names."""
    def find() -> bool:
        from .facts import informed_lines, lower_government_recipients
        from .markers import body_start
        from .units import reaches_below

        gw = ctx.gw
        if gw.issuer is None:
            return False
        level = gw.issuer.level
        w = _words()
        sent_to = {lv for _, lvs in lower_government_recipients(gw, [*gw.recipient_list, *gw.cc_list],
                                                                street_offices=True) for lv in lvs}
        told = informed_lines(ctx)  # 请各地周知。: the recipients are told, nothing is asked
        lines = [ln for ln in gw.content_lines if ctx.reading(ln).strip() and ln not in told]
        # （一）名店名菜展。邀请50家名店……: the issuer's event, told; 一、评选名额 评选先进集体10个: a quota, told
        described = event_described_lines(ctx) | criteria_lines(ctx)
        heads: dict[int, list] = {}
        for h in gw.headings:
            if h.title:
                heads.setdefault(h.line, []).append(h)
        bare = _bare_headings(ctx, lines, heads)  # 二、加强路面巡查疏导。 with nothing under it: the item's own order
        for ln in lines:
            text = ctx.reading(ln)
            if _lower_unit_at(ctx, ln, level, sent_to, w):
                return False
            if w["inspected"] is not None and any(w["inspected"].match(m.group()) and not others_words(ctx, ln, m.start())
                                                  for m in _OBJECT_CLAUSE.finditer(text)):
                return False  # 对沿黄7个盟市开展考核评比: those inspected are concerned, whoever they are
            index = ctx.index(ln)
            tokens = index.tokens
            if any(((t.text in w["modals"] and t.text not in w["non_directive"])
                    or (t.text in w["asks"] and not _courtesy(tokens, k, w)))
                   and not others_words(ctx, ln, t.start) for k, t in enumerate(tokens)):
                return False
            # where a clause, or the words after a label (杨州长：), begin; a heading's title names a topic (一、搬迁
            # 时间。) and a plan's orders are in the sentences under it, read as any other
            titled = {body_start(text, h.start) for h in heads.get(ln, ())}
            opens = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_MARKS or ch == "\n"]
            for a in opens:
                if body_start(text, a) in titled and _opening(text, body_start(text, a)) != len(text) \
                        and ln not in bare:
                    continue
                if a and text[a - 1] in "：:" and _label_before(ctx, ln, a - 1):
                    continue  # 李副州长：负责……: the label before the colon is the subject
                sentence = a == 0 or text[a - 1] in _SENT_MARKS or text[a - 1] in "：:\n"
                a = _opening(text, body_start(text, a))
                k = index.first_from(a)
                if k < len(tokens) and tokens[k].start == a and tokens[k].text in w["conditions"]:
                    continue  # 如有疑问，请联系……: a condition; the clause after it says what is asked, if anything
                while k < len(tokens) and tag_of(tokens[k].text).startswith(("d", "ad", "a", "c", "t")) \
                        and tokens[k].text not in w["negators"]:
                    k += 1  # 严格执行, 进一步加强, 现将: the manner or time before the verb
                if k >= len(tokens) or tokens[k].text[0] in _CLAUSE_MARKS or others_words(ctx, ln, tokens[k].start):
                    continue
                nominal = (tag_of(tokens[k].text).startswith("vn") and k + 1 < len(tokens)
                           and tag_of(tokens[k + 1].text).startswith(w["noun"])) \
                    or (k + 2 < len(tokens) and tokens[k + 1].text in w["joiners"]
                        and tag_of(tokens[k + 2].text).startswith(w["noun"])) \
                    or _subject_before_by(tokens, k)
                # 有关事项, 考核结果; 展演和市集（免费开放）: a noun phrase, the verb coordinated with a noun;
                # 活动由省商务厅主办: the subject of a 由 clause (its doer, if below, is read as a lower unit)
                # 现将有关安排通知如下: a verbal noun after 将/把 is its object (将 before a verb, 将加强……, is a tense; after 现将 anything is)
                nominal = nominal or (k > 0 and tokens[k - 1].text in w["disposal"] and tokens[k - 1].start >= a
                                      and (tag_of(tokens[k].text).startswith("vn")
                                           or text.endswith(("现将", "现把"), a, tokens[k].start)))
                # 搬迁后，……; 过渡期间，……: a verb with a localizer closing its clause is the time of what follows
                timed = k + 2 < len(tokens) and tag_of(tokens[k + 1].text) == "f" and tokens[k + 2].text[0] in _CLAUSE_MARKS
                # 参保单位和个人可……: a verb qualifying the doer's noun after it (参保|单位) opens a noun phrase
                nominal = nominal or (k + 1 < len(tokens) and w["actor_nouns"] is not None
                                      and w["actor_nouns"].fullmatch(tokens[k + 1].text) is not None)
                if _is_predicate(tokens[k].text) and not nominal and not timed:
                    if sentence and not _heads_subject(tokens, k, w) and ln not in described:
                        return False  # 加快推进……: the sentence opens with its predicate, an order to the reader
                    continue
                if k > 0 and tokens[k - 1].text in w["disposal"] and tokens[k - 1].start >= a:
                    continue  # 现将市政府领导同志工作分工调整如下: the noun after 将/把 is its object, no doer
                if _unplaced_doer(ctx, ln, tokens, k, w):
                    return False
        return bool(lines)

    return ctx.memo("predicates_asks_nobody", find)


def _subject_before_by(tokens, k: int) -> bool:
    """The words from ``k`` are the subject of a 由 clause: the word itself (活动由省商务厅主办), or a verbal noun and
    the nouns after it, up to three words (活动|经费|由我厅统筹安排)."""
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tag_of(tokens[j].text).startswith(("vn", "n")):
        j += 1
    if j >= len(tokens) or tokens[j].text != "由":
        return False
    return j == k + 1 or tag_of(tokens[k].text).startswith(("vn", "n"))


_BARE_TITLE_MAX = 16  # a heading-like order (加强运力统筹调度); longer items are sentences read clause by clause


def _bare_headings(ctx, lines: list[int], heads: dict[int, list]) -> frozenset[int]:
    """Heading lines that are a whole item of a list of them: a short title of one clause fills the paragraph,
    the next paragraph is another heading (or there is none), and a neighbour is such an item too.  Such a
    title (二、加强路面巡查疏导。) is no summary of sentences under it: it is read as the sentence it is."""
    out = set()
    following = dict(zip(lines, [*lines[1:], None]))
    for ln, hs in heads.items():
        if ln not in following:
            continue
        text = ctx.reading(ln)
        h = hs[-1]
        end = h.start + len(h.marker) + len(h.title)
        title = h.title.strip(" \u3000。；;：:")
        if text[end:].strip(" \u3000。；;：:") or not title or len(title) > _BARE_TITLE_MAX \
                or any(ch in title for ch in "，,；;"):
            continue  # a run-in body follows the title, or the item is a sentence of its own with clauses
        nxt = following[ln]
        # a sibling or a higher heading next; a child (二、组织实施 then （一）……) makes this a section's title
        if nxt is None or (nxt in heads and heads[nxt][0].level <= h.level):
            out.add(ln)
    # a list of such items (一、加强运力保障。二、加强路面巡查疏导。): one alone before a sibling with a body is an
    # empty section's title (二、组织实施)
    before = {b: a for a, b in following.items() if b is not None}
    return frozenset(ln for ln in out if following.get(ln) in out or before.get(ln) in out)


def event_described_lines(ctx) -> frozenset[int]:
    """Lines of the sections that describe an event the issuer holds itself (省商务厅定于……举办……活动; 关于举办
    ……的通知): under 活动内容 an item opening with a predicate (（一）名店名菜展。邀请50家名店现场制作……) says what the
    event offers, it orders nobody.  None in a plan (……方案) or a notice carrying one: there items are tasks."""
    def find() -> frozenset[int]:
        gw = ctx.gw
        d = load_data("directives.toml")
        heads_rx, clause_rx = d.get("event_content_headings"), d.get("event_host_clause")
        if gw.issuer is None or not heads_rx or not clause_rx:
            return frozenset()
        title = gw.title.text if gw.title else ""
        plan = d.get("event_plan_words")
        if plan and (re.search(plan, title) or re.search(plan, gw.carried_title or "")):
            return frozenset()
        if not _hosts_event(ctx, title, d):
            return frozenset()
        return _section_lines(ctx, re.compile(heads_rx))

    return ctx.memo("predicates_event_described", find)


def criteria_lines(ctx) -> frozenset[int]:
    """Lines of the sections stating a selection's quota or conditions (评选名额, 申报条件, 推荐标准): an item there
    opening with a predicate (评选先进集体10个; 具有独立法人资格) says what counts, it orders nobody."""
    def find() -> frozenset[int]:
        rx = load_data("directives.toml").get("criteria_headings")
        if not rx:
            return frozenset()
        return _section_lines(ctx, re.compile(rx))

    return ctx.memo("predicates_criteria_lines", find)


def _section_lines(ctx, heads_rx: re.Pattern) -> frozenset[int]:
    """Content lines from each heading whose title matches up to the next heading of its level or above."""
    gw = ctx.gw
    out: set[int] = set()
    ordered = sorted(gw.headings, key=lambda h: (h.line, h.start))
    for i, h in enumerate(ordered):
        if not heads_rx.search((h.title or "").strip("。：: ")):
            continue
        end = next((x.line for x in ordered[i + 1:] if x.level <= h.level and x.line > h.line), None)
        out.update(ln for ln in gw.content_lines if h.line <= ln and (end is None or ln < end))
    return frozenset(out)


def _hosts_event(ctx, title: str, d: dict) -> bool:
    """The issuer holds the event: its title says so (……关于举办……的通知), or a clause of the body whose subject is the
    issuer (四川省商务厅, 省商务厅, 我厅) fixes the date it holds it on (定于……举办)."""
    from .orgs import own_level_word, split_region

    gw = ctx.gw
    lead = d.get("event_host_title")
    if lead and re.search(lead, title):
        return True
    name = gw.issuer.name
    _place, organ = split_region(name)
    refs = [name, *([own_level_word(name, gw.issuer.level) + organ] if organ else [])]
    own = _words()["own_refs"]
    rx = re.compile(d["event_host_clause"])
    for ln in gw.content_lines:
        for clause in re.split(r"[，。；！？]", ctx.reading(ln)):
            m = rx.search(clause)
            if m is None:
                continue
            who = clause[:m.start()].strip()
            if who.endswith(tuple(refs)) or (own is not None and own.fullmatch(who[-2:] or "")):
                return True
    return False


def _lower_unit_at(ctx, ln: int, level: str, sent_to: set, w: dict) -> bool:
    """Paragraph ``ln`` names a unit below the issuer in the issuer's own words, or a quoted duty of the
    recipients' level, or its people (培训对象为各乡镇农技人员) -- not a place qualifying a thing (泾川镇宣城路
    128号), nor a partner of the issuer's (由我局……与各区县市场监管部门对接), nor, in a 直辖市's notice, one of
    its own bodies (重庆市市场监管局's 市食品药品检验检测研究院)."""
    from .units import reaches_below
    from .work import own_level

    text = ctx.reading(ln)
    return any(reaches_below(u, level) and (not others_words(ctx, ln, u.start)
                                            or sent_to.intersection(u.reaches_for(level)))
               and not _qualifies_thing(ctx, ln, u, w) and not _issuer_partner(text, u, w)
               and not own_level(ctx, u, level) for u in ctx.units(ln))


def names_lower_unit(ctx) -> bool:
    """Some paragraph of the body names a unit below the issuer in its own words (:func:`_lower_unit_at`):
    the lower levels have a part in what it says, asked or not."""
    def find() -> bool:
        from .facts import lower_government_recipients

        gw = ctx.gw
        if gw.issuer is None:
            return False
        sent_to = {lv for _, lvs in lower_government_recipients(gw, [*gw.recipient_list, *gw.cc_list],
                                                                street_offices=True) for lv in lvs}
        return any(_lower_unit_at(ctx, ln, gw.issuer.level, sent_to, _words()) for ln in gw.content_lines
                   if ctx.reading(ln).strip())

    return ctx.memo("predicates_names_lower_unit", find)


def _unplaced_doer(ctx, ln: int, tokens, k: int, w: dict) -> bool:
    """The clause opening at token ``k`` has a subject holding a doer (镇党委书记、镇长陪同; 各分局完成……; 各级
    河长每周在工作群上传……; a name, a body, a person) other than the issuer or a body of its level or above:
    someone the reading cannot place may have work.  A subject of things (专家库实行动态管理; 1208项事项全部进驻)
    has none."""
    from .units import level_rank, reaches_below

    if tag_of(tokens[k].text).startswith("p"):
        return False  # 因……, 根据……, 对……: a frame, no subject
    j = k
    while j < len(tokens) and tokens[j].text[0] not in _CLAUSE_MARKS and not _is_predicate(tokens[j].text) \
            and not tag_of(tokens[j].text).startswith("p"):
        j += 1
    if j == k or j >= len(tokens) or tokens[j].text[0] in _CLAUSE_MARKS:
        return False  # no predicate after a noun phrase: a list, a name
    text = ctx.reading(ln)
    a, end = tokens[k].start, tokens[j - 1].end
    issuer = ctx.gw.issuer
    # the issuer (我厅), governments of its level or above (经州人民政府), units not below it (县公安局 in a county's notice)
    covered = [(m.start(), m.end()) for rx in (w["own_refs"], w["higher"]) if rx is not None
               for m in rx.finditer(text, a, end)]
    covered += [(x.start, x.end) for x in ctx.units(ln) if a <= x.start < end and not reaches_below(x, issuer.level)
                and x.level not in (None, "unknown") and level_rank(x.level) <= level_rank(issuer.level)]
    if tokens[k].text.startswith("各") and not any(s <= a < e for s, e in covered):
        return True  # 各分局, 各级河长: a collective of doers
    # the head: the last noun, past the time, amount and manner words that end the subject (各级河长每周)
    h = j - 1
    while h > k and (tag_of(tokens[h].text).startswith(("t", "r", "m", "q", "d")) or tokens[h].text in w["adverbial_nouns"]):
        h -= 1
    if h == k and _WHOLE_AREA.fullmatch(tokens[k].text) and not any(s <= a < e for s, e in covered):
        return True  # 全县新增茶园3000亩: the whole area itself, every government in it (全省高速公路车流量: its head decides)
    t = tokens[h]
    if any(s <= t.start < e for s, e in covered) or t.text in w["public"]:
        return False  # 群众可通过……预约办理: the public served, no body with work
    return _doer_word(t.text, w)


def _issuer_partner(text: str, u, w: dict) -> bool:
    """``u``, a lower department, is the counterpart the issuer's own unit works with (由我局直属执法支队与
    县（市、区）市场监管部门直接对接): the work is the issuer's, nothing is asked of the department."""
    rx = w["own_partner"]
    if rx is None or u.kind != "department":
        return False
    clause = re.split(r"[，。；！？：]", text[:u.start])[-1]
    return rx.search(clause) is not None


def _qualifies_thing(ctx, ln: int, u, w: dict) -> bool:
    """``u`` qualifies a noun phrase whose head is no doer (泾川镇宣城路128号新大楼, 各地资金清算情况), not people
    or a body of its own (各乡镇农技人员, 各乡镇卫生院)."""
    if not attributive(ctx, ln, u):
        return False
    index = ctx.index(ln)
    tokens = index.tokens
    k = _after_subject(ctx, ln, u, index)
    if k is None:
        return False
    h = k
    while h + 1 < len(tokens) and tag_of(tokens[h + 1].text).startswith(("n", "vn", "j")):
        h += 1
    return not _doer_word(tokens[h].text, w)


def _doer_word(word: str, w: dict) -> bool:
    """A person's post, a body or a name: 镇长, 分局, 人员, 卫生院, 张三."""
    if w["facilities"] is not None and w["facilities"].search(word):
        return False  # 加油站, 收费站: a place served, no body (the firm or unit running it is named elsewhere)
    tag = tag_of(word)
    return tag in ("nr", "nt") or (w["actor_nouns"] is not None and w["actor_nouns"].search(word) is not None) \
        or (tag.startswith("n") and word.endswith(_DOER_ENDS))


_POSTS = ("长", "主任", "书记", "秘书长", "委员", "巡视员")  # a post before a person's name in a label
_WHOLE_AREA = re.compile(r"全(?:省|市|州|盟|县|区|旗|镇|乡)")  # the issuer's whole area as a subject
# what a doer's name ends with: a person's post (镇长, 书记, 负责同志) or a body (分局, 派出所)
_DOER_ENDS = ("长", "书记", "同志", "领导", "主任", "干部", "局", "所", "站", "办", "委", "厅", "部", "处", "科", "股", "组")


def _label_before(ctx, ln: int, colon: int, limit: int = 8) -> bool:
    """The words from the sentence start to the colon at ``colon`` are a short noun phrase (杨州长, 李副州长,
    刘常务副省长): a label naming who the words after it are about."""
    from .markers import body_start

    text = ctx.reading(ln)
    a = colon
    while a > 0 and text[a - 1] not in _CLAUSE_MARKS and text[a - 1] != "\n":
        a -= 1
    a = _opening(text, body_start(text, a))
    toks = ctx.index(ln).between(a, colon)
    if not toks or toks[0].start != a:
        return False
    # a person named in full: posts, then a name of two or three characters or 同志 (常务副市长韩立新同志; 县政府办公室
    # 主任曾凡东) -- the name's characters may be tagged anyhow (立新 d, 曾 d), so its tags are not read
    post = next((t for t in reversed(toks) if t.text.endswith(_POSTS)), None)
    if post is not None and (colon - post.end <= 3 or text.endswith("同志", a, colon)) \
            and colon - a <= 2 * limit:
        return not any(tag_of(t.text).startswith(("v", "p", "c", "u")) for t in toks if t.end <= post.end)
    if not 0 < colon - a <= limit:
        return False
    # a noun at its head and no verb, preposition, adverb or conjunction (a surname may be tagged anyhow: 张 q, 刘 zg)
    return tag_of(toks[-1].text).startswith("n") \
        and not any(tag_of(t.text).startswith(("v", "p", "d", "c", "u", "t")) for t in toks)


def _heads_subject(tokens, k: int, w: dict) -> bool:
    """The predicate at ``k`` sits in a ……的 phrase that is the subject of a later predicate of its clause
    (支撑单位的工作经费由省级财政保障): no order."""
    j = k + 1
    while j < len(tokens) and tokens[j].text[0] not in _CLAUSE_MARKS and tokens[j].text != "的":
        j += 1
    if j >= len(tokens) or tokens[j].text != "的":
        return False
    j += 1
    head = j
    while j < len(tokens) and tokens[j].text[0] not in _CLAUSE_MARKS:
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
        if tag_of(tokens[j].text).startswith("p") or (_is_predicate(tokens[j].text)
                                                    and not tag_of(nxt).startswith(w["noun"])):
            return True  # ……的工作经费由……保障 (not ……的茶叶加工企业: a verb qualifying a noun)
        j += 1
    # 实行不定时工作制的单位，可参照……: a doer named by its ……的 modifier, set off by a comma before its predicate
    if not (j < len(tokens) and tokens[j].text in _TOPIC_COMMAS and j + 1 < len(tokens)
            and tokens[j + 1].text[0] not in _CLAUSE_MARKS):
        return False
    if head < j <= head + 2 and w["actor_nouns"] is not None and w["actor_nouns"].search(tokens[j - 1].text) is not None:
        return True
    # 需要县区配合的检查事项，由我局执法支队……对接: a ……的 noun phrase set off as the topic of the 由 clause after it
    return head < j <= head + 3 and all(tag_of(t.text).startswith(w["noun"] + ("vn",)) for t in tokens[head:j]) \
        and tokens[j + 1].text in w["agent_leads"]


def predicate_after(ctx, ln: int, pos: int) -> bool:
    """The clause holding ``pos`` goes on after it (or, set off by a comma, the next one) with a predicate (请于每周一前|
    通过小程序上传……; 请在9月底前|完成……): whatever the verb, by its part of speech."""
    index = ctx.index(ln)
    tokens = index.tokens
    w_verbs = _words()["verbs"]  # 报 alone, tagged a noun by the segmenter (请于……前报县应急管理局)
    k = index.first_from(pos)
    if k < len(tokens) and tokens[k].text in _TOPIC_COMMAS:
        k += 1  # 请于7月15日前，将……报送: the deadline set off by a comma
    while k < len(tokens) and tokens[k].text[0] not in _CLAUSE_MARKS:
        if (_is_predicate(tokens[k].text) and not tag_of(tokens[k].text).startswith("vn")) \
                or tokens[k].text in w_verbs:
            return True
        k += 1
    return False


def fronted_object(ctx, ln: int, a: int, b: int) -> bool:
    """``text[a:b]``, the words of a clause before its 请, is only the object fronted as the topic (整改结果|请于……前报送;
    有关材料|请于……前上传): a short noun phrase ending in a thing's noun, naming no body, person or doer
    (申报企业请于……; 各县请于……; 市局请于…… are who is asked, read by their subjects)."""
    text = ctx.reading(ln)
    if not 2 <= len(text[a:b].strip(" \u3000")) <= 16 or any(a <= u < b for u in _units_at(ctx, ln)):
        return False
    w = _words()
    index = ctx.index(ln)
    toks = [t for t in index.tokens if a <= t.start and t.start + len(t.text) <= b and t.text.strip(" \u3000")]
    if not toks or toks[0].start != a + len(text[a:b]) - len(text[a:b].lstrip(" \u3000")):
        return False
    # 此项工作|该项工作|本次排查工作请于……: a demonstrative picks the work out, it names no doer (本单位, 你们 still do)
    if any(_doer_word(t.text, w) or (tag_of(t.text).startswith(("r", "nr", "nt", "ns"))
                                     and t.text not in w["topic_determiners"]) for t in toks):
        return False
    head = toks[-1].text
    tag = tag_of(head)
    if tag == "l" and len(head) > 2:
        tag = tag_of(head[-2:])  # 此项工作 (one idiom token): its head noun is the tail
    # 整改工作|排查工作请于……前完成: a verbal noun (vn) heads the topic as well as a thing's noun
    return (tag.startswith("n") or tag == "vn") and tag not in ("nr", "nt", "ns")


def others_words(ctx, ln: int, pos: int) -> bool:
    """A subject at ``pos`` stands in another body's words: quoted, or reported after the body and its verb of
    saying (《地质灾害防治条例》规定，县级人民政府应当……; 国务院强调，各地要……) -- not the issuer's demand."""
    from .sentences import inside

    return inside(pos, ctx.quotes(ln)) or reported_by_other(ctx, ln, pos, subject=True)


def past_demand(ctx, ln: int, pos: int) -> bool:
    """The 要求 at ``pos`` is a demand of the past (此前要求各地……, 原要求……的表格): a time word of the
    past right before it in its clause."""
    w = _words()
    index = ctx.index(ln)
    t = index.ending_at(pos)
    hops = 0
    while t is not None and hops < 3:
        if t.text in w["past"]:
            return True
        if t.text and t.text[0] in _CLAUSE_MARKS:
            return False
        t = index.ending_at(t.start)
        hops += 1
    return False


# 2026年，各县（市、区）按季度向我厅报送……: a year before the document's own, alone in its clause (or with its half, quarter
# or month), frames what was done then
_YEAR_FRAME = re.compile(r"\s*(?P<y>\d{4})\s*年度?(?:[上下]半年|第?[一二三四]季度|\d{1,2}月份?(?:[上中下]旬)?)?(?:期间|内|中)?\s*$")


def _earlier_year(ctx, clause: str):
    m = _YEAR_FRAME.match(clause)
    date = ctx.gw.date_value
    return m if m is not None and date is not None and int(m.group("y")) < date.year else None


_BASIS_CLAUSE = re.compile(r"\s*(?:按照|根据|依据|依照|遵照|对照)[^，,]*$")
_FRAME_LEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?\s*")


def past_frame(ctx, ln: int, subject_start: int, modal: bool, reach: bool = False) -> bool:
    """The subject at ``subject_start`` stands in the scope of a frame of time past that opens its sentence
    (2023年以来，各市每年6月底前向省财政厅报送……; 以往，各县须于……前报送……; 近年来各地……): the sentence tells
    what the lower governments did or had to do, it orders nothing now.  The frame must open the subject's
    clause or the one clause before it, and nothing after it may turn back to now (为此, 今后, 自……起, 但).
    A frame that reaches the present (今年以来, 入汛以来: any clause ending in 以来) covers only a demand
    with no modal (a bare deadline, ``modal`` False); one plainly past (以往, 过去, 2023年以来, 近年来) covers
    a modal too.
    With ``reach`` (a launch or a demand read anywhere in its sentence, not a subject's modal) a plainly past
    frame opening the sentence covers every later clause up to a turn or a word of the future (将于, 拟, 定于):
    2026年度，按照……办法，各区须每季度……，市城市管理局每月组织暗访抽查 tells the past year's checks."""
    w = _words()
    rx, weak, turns = w["past_frame"], w["past_frame_weak"], w["past_frame_turns"]
    if rx is None:
        return False
    text = ctx.reading(ln)
    s = subject_start
    while s > 0 and text[s - 1] not in "；;。！？!?：:\n":
        s -= 1
    prefix = text[s:subject_start]
    clauses = re.split("[，,]", prefix)
    # a clause naming the basis (2026年度，按照……考核办法，各区须……) belongs to the frame's sentence, it is no clause of its own
    own = [c for k, c in enumerate(clauses) if k == len(clauses) - 1 or not _BASIS_CLAUSE.match(c)]
    if len(own) > 2:
        future = w["past_frame_future"]
        if not reach or (future is not None and future.search(prefix)):
            return False  # 今年以来，部分县区进度滞后，各县要……: a clause of its own stands between
        lead = _FRAME_LEAD.match(clauses[0])
        body = clauses[0][lead.end():] if lead else clauses[0]
        m = rx.match(body) or _earlier_year(ctx, body)
        if m is None or body[m.end():].startswith("的"):
            return False
        # nothing after the frame turns back to now (为此, 今后, 自……起)
        return turns is None or turns.search(prefix, (lead.end() if lead else 0) + m.end()) is None
    for k, clause in enumerate(clauses):
        lead = _FRAME_LEAD.match(clause)
        body = clause[lead.end():] if lead else clause
        m = rx.match(body) or _earlier_year(ctx, body)
        rest = prefix[len(",".join(clauses[:k])) + (1 if k else 0) + (lead.end() if lead else 0) + (m.end() if m else 0):]
        if turns is not None and turns.search(rest):
            return False
        if m and not body[m.end():].startswith("的"):
            return True  # 以往，各市须……; 2023年以来，各市每年……前报送
        if not modal and weak is not None and weak.search(body.rstrip()):
            return True  # 今年以来，各市每月5日前报送……: a practice told
    return False


_BASIS_LEAD = re.compile(r"(?:根据|按照|依据|依照|遵照|对照|落实|贯彻)")


def cited_earlier(ctx, ln: int, pos: int) -> bool:
    """The demand at ``pos`` tells what an earlier document cited before it in its sentence asked (2024年，我厅印发
    《……》，为……，要求各市须……; 2025年印发的《……》中，要求各街道……; 原《……》要求……): the old demand a 减负
    notice lists, not an order of now.  Not when the citation is the basis of the demand (根据2024年印发的《……》
    要求，各地要……) or a word turns back to now between them (为此, 今后, 现就)."""
    rx = _words()["earlier_doc"]
    if rx is None:
        return False
    text = ctx.reading(ln)
    s = sentence_start(text, pos)
    date = ctx.gw.date_value
    for m in rx.finditer(text, s, pos):
        y = m.group("y")
        if y is not None and (date is None or int(y) >= date.year):
            continue  # this year's document (or no date to compare): maybe the one now in force
        if _BASIS_LEAD.search(text, clause_start(text, m.start(), s), m.start()):
            continue  # 根据我厅2024年印发的《……》要求，: the basis of a demand of now
        if past_turn(text, m.end(), pos):
            continue
        return True
    return False


def past_turn(text: str, start: int, end: int) -> bool:
    """Words between ``start`` and ``end`` turn a past frame back to now (为此, 今后, 今年起, 但……)."""
    turns = _words()["past_frame_turns"]
    return turns is not None and turns.search(text, start, end) is not None


def stopped_demand(ctx, ln: int, pos: int) -> bool:
    """The 要求 at ``pos`` opens a relative clause (要求……的 + noun) whose head its own sentence stops, abolishes
    or drops (今年1月前要求各地同步填写的周报表，自……起停止使用; ……的台账同时废止; ……的材料今后不再报送): the
    demand is the past one now lifted, whatever time word (or none) precedes it -- no order of the issuer's.
    The stop is read in the head's clause and the clause after it, not negated (……的台账，不得取消: upheld); a
    stop inside the modifier (对停止使用的设备进行登记) or in a later clause about another thing does not count."""
    w = _words()
    stop = w["stopped"]
    if stop is None:
        return False
    text = ctx.reading(ln)
    n = len(text)
    de = pos
    while de < n and text[de] != "的" and text[de] not in _CLAUSE_STOPS:
        de += 1
    if de >= n - 1 or text[de] != "的" or text[de + 1] in _CLAUSE_STOPS or de <= pos + 2:
        return False  # (符合要求的产品: 要求 a noun, no demand)
    index = ctx.index(ln)
    if not (index.is_start(de) and index.is_start(de + 1)):
        return False  # 目的, 的确: no 的 of a modifier
    end = de + 1
    marks = 0
    while end < n and marks < 2:
        if text[end] in _SENT_MARKS:
            break
        if text[end] in _CLAUSE_MARKS:
            marks += 1
            if marks == 2:
                break
        end += 1
    neg = w["stop_negated"]
    for m in stop.finditer(text, de + 1, end):
        if neg is not None and neg.search(text, max(0, m.start() - 3), m.start()):
            continue  # 不得取消: the head kept
        if inside(m.start(), ctx.quotes(ln)):
            continue
        return True
    return False


def told_not_asked(ctx, sent, pos: int) -> bool:
    """The word at ``pos`` of ``sent`` tells a demand or practice that is no order of now: a cell of a table's
    former column or of a row whose later cell lifts it (事项 | 原要求 | 调整后: 每月报送巡查照片 | 取消报送),
    others' practice reported (一些部门到基层调研存在层层陪同……的问题), or a past frame opening the sentence that
    reaches it (近年来，……; 2026年度，按照……办法，……，市局每月组织暗访抽查).  The inspection, trace, escort and
    attendance rules ask this one question of every demand word they find."""
    from .tables import former_cells

    if sent.line is None:
        return False
    return sent.line in former_cells(ctx) or practice_told(sent.text, sent.start, sent.end, pos) \
        or past_frame(ctx, sent.line, pos, True, reach=True) or cited_earlier(ctx, sent.line, pos) \
        or _under_old_demand(ctx, sent.line, sent.text, sent.start, pos)


def _under_old_demand(ctx, ln: int, text: str, lo: int, pos: int) -> bool:
    """``pos`` lies in the object of a 要求 of the past in its own clause (三是原要求“七一”前报送的……照片，一律取消;
    此前要求各地报送的……) or of one whose head its sentence stops (要求……的台账，自……起停止使用)."""
    k = text.rfind("要求", lo, pos)
    if k < 0:
        return False
    index = ctx.index(ln)
    if not index.is_start(k) or not index.is_start(k + 2):
        return False  # 要求 inside a longer word
    if stopped_demand(ctx, ln, k):
        return True
    return past_demand(ctx, ln, k) and not any(ch in _CLAUSE_MARKS for ch in text[k:pos])


def practice_told(text: str, lo: int, hi: int, pos: int) -> bool:
    """``pos`` in the sentence ``text[lo:hi]`` tells what others do or ask (部分地方要求河湖长每次巡河拍摄多张照片，
    一些地方存在以工作日志篇数排名的做法, 据基层反映，有的学校要求……): a practice reported, mostly to abolish it,
    no demand of the issuer's.  The report runs from its opener to the sentence's end or to a clause that turns
    to the issuer's own words (为减轻基层负担, 现就……通知如下, 各地要)."""
    w = _words()
    rx, turns = w["practice"], w["practice_turns"]
    if rx is None:
        return False
    for m in rx.finditer(text, lo, pos):
        turn = turns.search(text, m.end(), hi) if turns is not None else None
        if pos < (turn.start() if turn is not None else hi):
            return True
    return False


_QUALIFIED = re.compile(r"各([\u4e00-\u9fff]{1,3}?)(?=[县市区旗乡镇州盟])")


def qualified_collectives(ctx, ln: int) -> list:
    """Collectives of lower governments written with a qualifier between 各 and the level (各涉农县市,
    各产粮大县, 各重点旗县): the qualifier is a whole word (or words) and 各 + the rest is a collective
    the unit reading knows; read as that collective, spanning the qualifier.  Positions where a unit
    already starts are left to it."""
    text = ctx.reading(ln)
    if "各" not in text:
        return []
    w = _words()
    index = ctx.index(ln)
    starts = {u.start for u in ctx.units(ln)}
    out = []
    for m in _QUALIFIED.finditer(text):
        a, q_end = m.start(), m.end()
        if a in starts or not index.is_start(a + 1):
            continue
        if not index.is_start(q_end) and not (w["scope"] is not None and w["scope"].fullmatch(m.group(1))
                                              and index.index_at(q_end) == index.index_at(a + 1)):
            # the qualifier ends inside a word (各景区: 景区 is no 区), unless it is a scope word the
            # dictionary joins to the level (重点县)
            continue
        if tag_of(m.group(1)).startswith(("m", "q", "r")):
            continue  # 各级, 各个, 各该: no qualifier of places
        rest = "各" + text[q_end:q_end + 12]
        found = [u for u in find_units(rest) if u.start == 0 and u.kind == "government" and u.source == "actor"]
        if not found:
            continue
        u = max(found, key=lambda x: x.end)
        end = q_end + u.end - 1
        if not index.boundary(end):
            continue
        out.append(replace(u, text=text[a:end], start=a, end=end))
    return out


def done_before(ctx, ln: int, pos: int) -> bool:
    """A word of a thing done (已, 已经, 曾) stands before the modal at ``pos`` in its own clause
    (各申报县在申报材料中已承诺须……, 各地已明确要……): the clause tells what was done or promised.
    In an earlier clause it is a condition (已完成排查的县，要……) and leaves the modal an order."""
    w = _words()
    index = ctx.index(ln)
    t = index.ending_at(pos)
    modifier = False
    while t is not None and not (t.text and t.text[0] in _CLAUSE_MARKS):
        if t.text == "的":
            modifier = True  # 对已列入年度计划的小区要……: the 已 before this 的 says which ones, not what was done
        elif t.text in w["done"] and not modifier:
            return True
        t = index.ending_at(t.start)
    return False


def next_clause_works(ctx, ln: int, pos: int) -> bool:
    """The clause after the one holding ``pos`` has no subject of its own and opens with a predicate
    (……办公室设在市民政局，负责日常工作; ……，具体承担……): it goes on with the same doer."""
    w = _words()
    index = ctx.index(ln)
    tokens = index.tokens
    k = index.first_from(pos)
    while k < len(tokens) and not (tokens[k].text and tokens[k].text[0] in _CLAUSE_MARKS):
        k += 1
    if k >= len(tokens) or tokens[k].text[0] in _SENT_MARKS and tokens[k].text[0] not in "；;":
        return False
    k += 1
    while k < len(tokens) and tag_of(tokens[k].text) in ("d", "ad", "a", "b") and tokens[k].text not in w["negators"] \
            and tokens[k].text not in w["relief"] and not _is_predicate(tokens[k].text):
        k += 1  # 具体负责, 主要承担
    return k < len(tokens) and (tokens[k].text in w["modals"] or tag_of(tokens[k].text).startswith(w["predicate"]))


def relative_modifier(ctx, ln: int, u) -> tuple[int, str | None] | None:
    """The ……的 modifier right before ``u`` -- a relative clause saying which of them (仍存在矛盾图斑的各县市区
    人民政府, 尚未完成颁证的县（市、区）人民政府, 排名靠后的设区市政府): (its start, the word that opens it as
    an object -- 对, 督促, 要求 -- or None when it opens the clause, so that the unit it qualifies heads the
    clause's subject).  None when no 的 stands right before ``u``, the modifier names a unit of its own or holds
    a modal (省厅确定的……, 要求……的: another reading), or it is quoted or longer than a clause's modifier."""
    return ctx.memo(("predicate_relative", ln, u.start, u.end), lambda: _relative_modifier(ctx, ln, u))


def _relative_modifier(ctx, ln: int, u) -> tuple[int, str | None] | None:
    """Once per unit: see :func:`relative_modifier`."""
    from .markers import body_start
    from .sentences import inside

    w = _words()
    text = ctx.reading(ln)
    if u.start == 0 or text[u.start - 1] != "的" or inside(u.start, ctx.quotes(ln)):
        return None
    # the clause start, looked for no further back than the modifier and an item number can reach (a clause
    # may be very long)
    lo = max(0, u.start - 1 - w["relative_max"] - 8)
    cut = max(text.rfind(ch, lo, u.start) for ch in _CLAUSE_STOPS)
    if cut < 0 and lo > 0:
        return None
    a = _opening(text, body_start(text, cut + 1))
    if a >= u.start - 1:
        return None
    index = ctx.index(ln)
    toks = index.between(a, u.start - 1)
    if not toks or toks[0].start != a:
        return None
    opener = None
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in w["object_leads"]:
            opener, toks = toks[k].text, toks[k + 1:]
            break
    if opener is None:
        # 优先在基础条件较好的地方开展试点: a preposition before the modifier's first predicate governs the unit
        for k, t in enumerate(toks):
            if t.text in w["passive"]:
                break  # 被通报批评的县（市、区）政府: the passive's patient is the unit itself, no object of a preposition
            if tag_of(t.text).startswith("p"):
                opener, toks = t.text, toks[k + 1:]
                break
            if _is_predicate(t.text) and not tag_of(t.text).startswith("vn"):
                break  # (优先 vn, 重点 n: manner before the preposition)
    if not toks or u.start - toks[0].start > w["relative_max"]:
        return None
    start = toks[0].start
    at = _units_at(ctx, ln)
    if any(at.get(p) for p in range(start, u.start)) \
            or any(t.text in w["modals"] and t.text not in w["non_directive"] for t in toks):
        return None  # a unit of its own in the modifier (no unit crosses the clause mark it starts after)
    return start, opener


def modifier_before(ctx, ln: int, u, limit: int = 8) -> bool:
    """``u`` is the head of its clause's opening noun phrase: the text before it in the clause is a short
    modifier with no predicate of its own (工程沿线的横水镇……; 项目所在的县……), after the item number."""
    text = ctx.reading(ln)
    a = u.start
    while a > 0 and text[a - 1] not in _CLAUSE_MARKS and u.start - a <= limit:
        a -= 1
    if a > 0 and text[a - 1] not in _CLAUSE_MARKS:
        return False
    a = body_start(text, a)
    lead = text[a:u.start].strip(" \u3000")
    if not lead or len(lead) > limit:
        return False
    index = ctx.index(ln)
    toks = index.between(u.start - len(lead), u.start)
    if not toks or toks[0].start != u.start - len(lead) or toks[-1].end != u.start and not index.is_start(u.start):
        return False
    w = _words()
    # 每半年通报一次|各市进展: a verb's frequency (一次, 两轮) follows a verb however jieba tags it; the unit is its object
    return not any(t.text in w["modals"] or tag_of(t.text).startswith(("v", "p", "d", "c", "r"))
                   or (w["action_measure"] is not None and w["action_measure"].fullmatch(t.text)) for t in toks)


def subjectless_request(ctx, ln: int) -> bool:
    """A clause of paragraph ``ln`` opens, in the issuer's own words, with 请 (务请, 烦请) followed directly by a
    predicate (请组织乡镇、林场对隐患建立清单; 请督促辖区企业……): a request with no subject, said to the
    reader -- the main recipients themselves.  请各县……, with a subject of its own, is read by its subject."""
    def find() -> bool:
        from .markers import body_start

        w = _words()
        requests = _directives_request_verbs()[0]
        text = ctx.reading(ln)
        index = ctx.index(ln)
        tokens = index.tokens
        opens = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_MARKS or ch == "\n"]
        units = _units_at(ctx, ln)
        for a in opens:
            a = _opening(text, body_start(text, a))
            k = index.first_from(a)
            if k + 1 >= len(tokens) or tokens[k].start != a or tokens[k].text not in requests:
                continue
            # 各市、州政府主要负责同志在本地分会场参会，请提前调试会议系统: a 请 inside a sentence whose subject
            # was named before it asks that subject, not every recipient
            s = max(text.rfind(m, 0, a) for m in (*_SENT_MARKS, "\n", "：", ":")) + 1
            if any(s <= u < a for u in units):
                continue
            j = _after_manner(tokens, k + 1, w)
            if j >= len(tokens) or tokens[j].start in _units_at(ctx, ln) or others_words(ctx, ln, tokens[k].start):
                continue
            verb = tokens[j].text
            if _courtesy(tokens, k, w):
                continue  # 如有疑问，请联系……; 请登录网站查询: a courtesy to any reader, no work
            if _is_predicate(verb) and not tag_of(verb).startswith("vn"):
                return True
        return False

    return ctx.memo(("predicate_subjectless_request", ln), find)


@lru_cache(maxsize=1)
def _directives_request_verbs() -> tuple[frozenset, frozenset]:
    from .lexicon import load_data

    d = load_data("directives.toml")
    return frozenset(d.get("request_verbs", [])), frozenset(d.get("request_courtesy_verbs", []))


def _after_manner(tokens, j: int, w: dict) -> int:
    """``j`` moved past the adverbs of manner before a verb (请认真组织……, 请及时督促……)."""
    while j < len(tokens) and tag_of(tokens[j].text).startswith(("d", "ad", "a", "c")) \
            and tokens[j].text not in w["negators"]:
        j += 1
    return j


def _courtesy(tokens, k: int, w: dict) -> bool:
    """The request at token ``k`` (请) is a courtesy to any reader (如有疑问，请联系……; 请登录网站查询), no work."""
    if tokens[k].text not in _directives_request_verbs()[0]:
        return False
    j = _after_manner(tokens, k + 1, w)
    return j < len(tokens) and tokens[j].text in _directives_request_verbs()[1]

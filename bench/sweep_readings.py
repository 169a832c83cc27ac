"""Print one reading of the shared analysis layer (gwlint.analysis) for every draft, to diff two checkouts.

    PYTHONPATH=/work/main python bench/sweep_readings.py attendees > /tmp/before.txt
    PYTHONPATH=.          python bench/sweep_readings.py attendees > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt

Drafts: every .gw of tests/eval/** (rendered to plain text; the sets in SKIP, unseen reserves, are skipped) and every
.txt of /work/shared/corpus/local, or the folders given with --eval/--corpus; --match keeps the paths holding
a string.  Output: ``path:line<TAB>reading``, sorted; line 0 is a reading of the whole document, ``-`` an
error.  The lines that differ are the places whose reading a change moved, so a fix meant for a class can be
seen to move the class.  Readings live in READINGS (``--list`` shows them): add one there, not a new script.
"""
from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/local")
SKIP: set[str] = {"holdout37"}  # unseen reserve sets while they are unseen (holdout32r was until the lead read part of it in round 28)


def _level(ctx):
    """The issuer's level, None when unknown."""
    issuer = ctx.gw.issuer
    return issuer.level if issuer is not None and issuer.level not in (None, "unknown") else None


# ---------------------------------------------------------------- readings: ctx -> (line, text) pairs

def directives(ctx):
    """facts.directive_hits at the issuer's level: subject, trigger, words."""
    from gwlint.analysis import facts

    if _level(ctx):
        for ln, d in facts.directive_hits(ctx, _level(ctx)):
            yield ln, f"{d.subject}\t{d.trigger}\t{ctx.reading(ln)[d.start:d.end][:40]}"


def directives_addressed(ctx):
    """GW104's directive sentences: directive_hits and addressed_directives."""
    from gwlint.analysis.facts import addressed_directives, directive_hits

    gw = ctx.gw
    if gw.issuer is not None:
        for ln, d in [*directive_hits(ctx, gw.issuer.level), *addressed_directives(ctx)]:
            yield ln, f"{d.subject}|{d.trigger}|{ctx.reading(ln)[d.start:d.end][:60]}"


def request_exemptions(ctx):
    """GW104's exemption of a request (sentences.DirectiveWords.asks_views): every sentence with 请/务请/烦请 and an
    exempt word after it, the text from the request on, and ``views`` (the request asks for views or help, no order) or
    ``work`` -- which words the exemption covers (an exempt verb in the request's object does not cover it)."""
    from gwlint.analysis.sentences import directive_words

    w = directive_words()
    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        if "请" not in text:
            continue
        for s, e in ctx.sentences(ln):
            a = text.find("请", s, e)
            if a < 0 or not any(x in text[a:e] for x in w.request_exempt):
                continue
            yield ln, f"{'views' if w.asks_views(text[a + 1:e]) else 'work'}\t{text[a:e][:60]}"


def department_issuer(ctx):
    """GW104's scope: facts.government_department_issuer (every issuer a department of a government, not of the
    party, the 人大, the 政协, the courts, nor a mass organisation: 共青团××市委员会), with the issuers."""
    from gwlint.analysis import facts

    gw = ctx.gw
    if gw.issuer is not None:
        yield 0, f"{facts.government_department_issuer(gw)}\t{'、'.join(o.name for o in gw.issuers)}"


def work(ctx):
    """facts.work_levels of the document: assigns, levels."""
    from gwlint.analysis import facts

    if _level(ctx):
        assigns, levels = facts.work_levels(ctx, _level(ctx))
        yield 0, f"{assigns}\t{','.join(sorted(levels))}"


def _unit_rows(ctx, find):
    for ln in ctx.gw.content_lines:
        for u in find(ctx, ln):
            yield ln, f"{u.text}\t{u.kind}\t{u.level}"


def units(ctx):
    """ctx.units of each content line: text, kind, level."""
    return _unit_rows(ctx, lambda c, ln: c.units(ln))


def subjects(ctx):
    """work.clause_subjects of each content line: text, kind, level."""
    from gwlint.analysis import work as wk

    return _unit_rows(ctx, wk.clause_subjects)


def unit_mentions(ctx):
    """units.find_units of every paragraph, ``?`` marking a generic one."""
    from gwlint.analysis.units import find_units

    for p in ctx.doc.paragraphs:
        got = [f"{u.text}{'?' if u.generic else ''}" for u in find_units(p.text)] if p.text.strip() else []
        if got:
            yield p.line, f"{'、'.join(got)}\t{p.text[:60]}"


def responsible(ctx):
    """GW102's units answering for a paragraph (responsible_units(answering=True)), +role when one is noted."""
    from gwlint.analysis.facts import role_noted
    from gwlint.analysis.units import responsible_units

    for p in ctx.doc.paragraphs:
        if p.text.strip():
            got = [u.name for u in responsible_units(p.text, answering=True)]
            role = role_noted(p.text)
            if got or role:
                yield p.line, f"{'、'.join(got)}{' +role' if role else ''}\t{p.text[:60]}"


def measures(ctx):
    """GW102's task measures (facts.policy_measures): heading style and title, +procedural for those that need no
    unit (facts.procedural_measures: 加强组织领导, 开展评估总结 under 保障措施)."""
    from gwlint.analysis.facts import policy_measures, procedural_measures
    from gwlint.rules.gw1.gw102_missing_responsibility import MissingResponsibility

    s = ctx.settings(MissingResponsibility)
    scope = policy_measures(ctx, s.issuer_levels, s.policy_types, allow_empty=True)
    found = scope[1] if scope is not None else []
    procedural = procedural_measures(ctx, found) if found else set()
    for m in found:
        yield m.heading.line, f"{m.heading.style}\t{(m.heading.title or '')[:40]}{' +procedural' if id(m) in procedural else ''}"


def _burden_setup(ctx):
    from gwlint.analysis import submissions as sb
    from gwlint.rules.gw1.gw106_report_burden import ReportBurden

    s = ctx.settings(ReportBurden)
    return s, sb.lower_recipients(ctx, s.lower_words, s.subordinate_institutions)


def burdens(ctx):
    """GW106's submission demands per sentence: who, what, deadline."""
    from gwlint.analysis import report_demands as rd
    from gwlint.analysis.sentences import iter_sentences

    if _level(ctx):
        s, recips = _burden_setup(ctx)
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            for h in rd.burdens(ctx, s, sent, recips):
                yield sent.line, f"{h.who.text}|{'、'.join(h.what)}|{h.deadline}|{sent.body[:50]}"


def submissions(ctx):
    """GW106's submission verbs per sentence (+summed: compiled), the materials named, the burdens read."""
    from gwlint.analysis import report_demands as rd
    from gwlint.analysis import submissions as sb
    from gwlint.analysis.sentences import iter_sentences

    if ctx.gw.issuer is None:
        return
    s, recips = _burden_setup(ctx)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        points = sb.submissions(ctx, s, sent)
        if points:
            summed = sb.compiled(s, sent, points)
            verbs = ",".join(v + ("+summed" if a in summed else "") for a, _b, v in points)
            mats = "、".join(w for _a, _b, w in sb.materials(ctx, s, sent))
            got = ";".join("/".join(h.what) + "@" + h.who.kind for h in rd.burdens(ctx, s, sent, recips))
            yield sent.line, f"{verbs}\t{mats}\t{got}\t{sent.text[sent.start:sent.end][:50]}"


def submitters(ctx):
    """GW106's submitter of every submission verb (submissions.submitter): kind, who, whether below the issuer --
    whose report it is (the issuer's own teams and bodies are ``self``/``other``), in every sentence, burden or not."""
    from gwlint.analysis import submissions as sb
    from gwlint.analysis.sentences import iter_sentences

    if ctx.gw.issuer is None:
        return
    s, recips = _burden_setup(ctx)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, _b, verb in sb.submissions(ctx, s, sent):
            who = sb.submitter(ctx, s, sent, a, recips)
            got = f"{who.kind}|{who.text}|{who.lower}" if who is not None else "-"
            yield sent.line, f"{verb}\t{got}\t{sent.text[sent.start:sent.end][:50]}"


def sign_demands(ctx):
    """GW106's signature words in every sentence (signatures.signs): the signer phrase, whether a negation or a reducer
    cancels the word, and report_demands.sign_demand's reading -- whose leader signs, below the issuer or not."""
    from gwlint.analysis import demands as dm
    from gwlint.analysis import report_demands as rd
    from gwlint.analysis import signatures as sg
    from gwlint.analysis.sentences import iter_sentences

    if not _level(ctx):
        return
    s, recips = _burden_setup(ctx)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        signs = sg.signs(s, sent)
        if not signs:
            continue
        words = ",".join(f"{w}<{(sg.signer(s, sent, w, a) or (0, 0, '-'))[2]}>{'!' + neg if (neg := dm.negated(s, sent, a)) else ''}"
                         for a, _b, w in signs)
        got = rd.sign_demand(ctx, s, sent, recips)
        read = f"{got[0].kind}|{got[1]}" if got is not None else "-"
        yield sent.line, f"{words}\t{read}\t{sent.text[sent.start:sent.end][:50]}"


def whole_set_noted(ctx):
    """GW102's whole set answering for its own share (facts.whole_set_noted: （责任单位：市直各部门）, 市直各部门对本部门
    ……负责/负监管责任) on each content line: the sentence, ``+`` when the actor counts as named."""
    from gwlint.analysis import facts

    for ln in ctx.gw.content_lines:
        if facts.whole_set_noted(ctx.reading(ln)):
            yield ln, f"+\t{ctx.reading(ln)[:60]}"


def attendees(ctx):
    """GW202's persons asked to a meeting, read as the rule reads them: unit, levels, roles, joint, remote."""
    from gwlint.analysis.attendance import attendees as find
    from gwlint.analysis.meetings import convened_meetings
    from gwlint.rules.gw2.gw202_escort_attendance import EscortAttendance

    s = ctx.settings(EscortAttendance)
    meetings = [m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda]
    training = not meetings and bool(convened_meetings(ctx, tuple(s.training_suffixes)))
    video = any(w in m.name for m in meetings for w in s.video_meeting_words) or \
        any(re.search("(?<!不设)分会场", ctx.reading(ln)) for ln in ctx.gw.body_lines)
    for p in find(ctx, _level(ctx), video, meeting_doc=bool(meetings) or training, training=training):
        yield p.line, f"{p.unit}|levels={','.join(p.levels)}|roles={','.join(p.roles)}|joint={p.joint}" \
            f"|remote={p.remote}" + (f"|quota={p.quota}" if getattr(p, "quota", "") else "")


def escorts(ctx):
    """GW202's escort phrases: words and span."""
    from gwlint.analysis.meetings import convened_meetings
    from gwlint.rules.gw2 import gw202_escort_attendance as r

    s = ctx.settings(r.EscortAttendance)
    doc = bool([m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda])
    for ln, a, b, w in r._escort_phrases(ctx, s, doc):
        yield ln, f"{w} @{a}-{b}"


def meeting_said(ctx):
    """meetings.said_of_meeting: the sentences said of the meeting (whole document)."""
    from gwlint.analysis.meetings import said_of_meeting

    for sent in said_of_meeting(ctx):
        yield 0, sent[:70]


def events(ctx):
    """GW201/GW203's planned meetings and events: host, whether another body holds them."""
    from gwlint.analysis.meetings import held_elsewhere, planned_meetings
    from gwlint.rules.gw2 import gw203_low_value_event as r

    s = ctx.settings(r.LowValueEvent)
    for m in planned_meetings(ctx, tuple(dict.fromkeys([*s.meeting_suffixes, *s.event_words]))):
        yield m.line, f"{m.name} host={m.host!r} elsewhere={held_elsewhere(ctx, m)}"


def meeting_time(ctx):
    """GW201's 会议时间 of the body (meetings.time_field): where, the months, the relative phrase reckoned."""
    from gwlint.analysis.meetings import time_field

    found = time_field(ctx)
    if found is not None:
        ln, a, _b, txt, mos, rel = found
        yield ln, f"@{a} {txt[:30]}|months={','.join(map(str, mos))}|relative={rel}"


def trigger_negation(ctx):
    """GW301's inspection triggers that a negation cancels."""
    from gwlint.analysis.sentences import iter_sentences, words_except
    from gwlint.rules.gw3 import gw301_unfiled_inspection as r

    s = ctx.settings(r.UnfiledInspection)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, _b, w in words_except(sent, [*s.triggers, *s.ranked_triggers], s.excluded_words):
            neg = s.vocabulary.negated(sent, a)
            if neg:
                yield sent.line, f"{w}@{a - sent.start} negated by {neg}: {sent.body[:50]}"


def inspected(ctx):
    """GW301's lower governments declared as objects, and the launches with their targets."""
    from gwlint.analysis import inspections as insp
    from gwlint.analysis.facts import lower_government_recipients
    from gwlint.rules.gw3 import gw301_unfiled_inspection as r

    s = ctx.settings(r.UnfiledInspection)
    gw = ctx.gw
    if gw.issuer is None:
        return
    recips = [x for x, _ in lower_government_recipients(gw, gw.recipient_list, street_offices=True)]
    declared = insp.declared_governments(ctx, s)
    for g, ln, _a, _b in declared:
        yield ln, f"declared {g}"
    for x in insp.launches(ctx, s, recips or list(dict.fromkeys(d[0] for d in declared))):
        yield x.line, f"launch {x.trigger} -> {x.target} named={x.named}"


def inspection_basis(ctx):
    """GW301's ground for an inspection, per document: inspections.filed (planned, filed, approved or founded on a
    law), and the statute the opening cites (preamble_legal_basis: 根据《××法》; 《××条例》第×条规定……监督检查),
    ``-`` none."""
    import re

    from gwlint.analysis import inspections as insp
    from gwlint.analysis.facts import opening_lines
    from gwlint.rules.gw3 import gw301_unfiled_inspection as r

    s = ctx.settings(r.UnfiledInspection)
    if ctx.gw.issuer is None:
        return
    cited = [m.group(0)[:50] for p in s.preamble_legal_basis for ln in opening_lines(ctx)
             for m in [re.search(p, ctx.reading(ln))] if m]
    yield 0, f"filed={insp.filed(ctx, s)}\t{' | '.join(cited) or '-'}"


def visit_demands(ctx):
    """GW401's findings: what a visit notice asks of the visited side."""
    from gwlint.rules.gw4 import gw401_visit_with_escort as r

    for v in r.VisitWithEscort().check(ctx):
        yield v.line, f"@{v.start} {v.message[:60]}"


def team_own(ctx):
    """GW401's visiting team's own discipline (visited.team_own): sentences that bind the team, not the visited."""
    from gwlint.analysis.sentences import iter_sentences
    from gwlint.analysis.visited import team_own as own
    from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

    s = ctx.settings(VisitWithEscort)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        if own(ctx, s, sent):
            yield sent.line, sent.text[sent.start:sent.end][:50]


def own_side_escorts(ctx):
    """GW401's escort words (陪同, 接待 …) in every sentence of the body, and whether visited.by_own_side gives them
    to the team's own people (由厅××处人员陪同, 由组成调研组的海洋发展局渔业科同志陪同); +members: the team's units."""
    from gwlint.analysis import visited
    from gwlint.analysis.sentences import clause_of, iter_sentences, words_except
    from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

    s = ctx.settings(VisitWithEscort)
    members = getattr(visited, "team_members", None)
    if members is not None and members(ctx):
        yield 0, "members " + "、".join(members(ctx))
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, b, w in words_except(sent, list(s.escort_words), list(s.escort_excluded)):
            ca, cb = clause_of(sent, a)
            own = visited.by_own_side(ctx, s, sent, ca, a, cb)
            yield sent.line, f"{w}\t{'own' if own else '-'}\t{sent.text[ca:cb][:40]}"


def task_rows(ctx):
    """GW102's task-table rows (facts.task_rows over all rows): task, whether a unit answers, whether only generic."""
    from gwlint.analysis import facts

    for r in facts.task_rows(ctx, []):
        yield r.line, f"{'assigned' if r.assigned else 'unassigned'}{' generic' if r.generic else ''}\t{r.task[:40]}"


def row_doers(ctx):
    """GW106's doer of a table cell with no subject: its row's unit cell (submissions._row_doer), kind and lower."""
    from gwlint.analysis import submissions as sb

    if _level(ctx):
        s, _recips = _burden_setup(ctx)
        for ln in sorted(sb._row_cells(ctx)):
            w = sb._row_doer(ctx, s, ln)
            yield ln, f"{w.kind}|{w.text}|{w.lower}" if w is not None else f"-|{sb._row_cells(ctx)[ln]}"


def research_labelled(ctx):
    """GW303's findings: an inspection's name on research (the label, where), after its object is read
    (对企业, 随机抽取商超企业: regulation, no research)."""
    from gwlint.rules.gw3 import gw303_research_as_inspection as r

    for v in r.ResearchAsInspection().check(ctx):
        yield v.line, f"@{v.start} {v.data.get('label')}: {v.message[:30]}"


def trace_evidence(ctx):
    """GW302's findings: the traces (照片, 台账, 签到表 …) read as proof of work, and how (evaluate, submit …)."""
    from gwlint.rules.gw3 import gw302_trace_based_evaluation as r

    for v in r.TraceBasedEvaluation().check(ctx):
        yield v.line, f"@{v.start} {v.data.get('mode')}: {'、'.join(v.data.get('evidence', []))}"


def trace_keepers(ctx):
    """GW302's regulated parties (企业, 商户 …) named in a clause before a trace word's (照片, 台账 …), and whether
    inspections.bystander reads them as the ones served or accompanied (陪同燃气企业人员, 对帮扶企业): ``keeper`` exempts
    the material as the party's own, ``bystander`` does not."""
    import re

    from gwlint.analysis import inspections as insp
    from gwlint.analysis.sentences import clause_of, iter_sentences, words_except
    from gwlint.analysis.tokens import WordList
    from gwlint.rules.gw3.gw302_trace_based_evaluation import TraceBasedEvaluation

    s = ctx.settings(TraceBasedEvaluation)
    watched, leads = WordList.of(tuple(s.evidence)), frozenset(s.bystander_leads)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, _b, word in words_except(sent, watched)[:1]:
            ca, _cb = clause_of(sent, a)
            for w in s.regulated_parties:
                for m in re.compile(re.escape(w)).finditer(sent.text, sent.start, ca):
                    how = "bystander" if insp.bystander(sent, m.start(), leads) else "keeper"
                    yield sent.line, f"{how}: {sent.text[max(sent.start, m.start() - 6):m.end()]} … {word}"


def trace_senses(ctx):
    """GW302's material words (照片, 影像, 台账 …) in every sentence, and whether inspections.other_sense reads the word
    as part of a compound naming another thing (远程影像, 影像诊断中心, 卫星遥感影像: ``other``) or as the material
    (``trace``), with the words around it."""
    from gwlint.analysis import inspections as insp
    from gwlint.analysis.sentences import iter_sentences, words_except
    from gwlint.analysis.settings import alternation
    from gwlint.analysis.tokens import WordList
    from gwlint.rules.gw3.gw302_trace_based_evaluation import TraceBasedEvaluation

    s = ctx.settings(TraceBasedEvaluation)
    watched, senses = WordList.of(tuple(s.picture_words)), alternation(getattr(s, "material_senses", []))
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, b, word in words_except(sent, watched):
            how = "other" if getattr(insp, "other_sense", None) and insp.other_sense(sent, a, b, senses) else "trace"
            yield sent.line, f"{how}: {sent.text[max(sent.start, a - 6):min(sent.end, b + 6)]}"


def patrol_captures(ctx):
    """GW302's photo demands on every round of a patrol (inspections.patrol_capture: 每次巡河须拍照上传), and
    ``withdrawn`` when the sentence removes the requirement naming them (inspections.requirement_removed: 删去原办法中
    “每次巡河须拍照上传”的条款), ``asked`` when not."""
    from gwlint.analysis import inspections as insp
    from gwlint.analysis.sentences import clause_of, iter_sentences
    from gwlint.rules.gw3.gw302_trace_based_evaluation import TraceBasedEvaluation

    s = ctx.settings(TraceBasedEvaluation)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        span = insp.patrol_capture(sent, s.patrol_capture, s.patrol_capture_exempt, s.patrol_capture_objects,
                                   s.vocabulary)
        if span:
            ca, cb = clause_of(sent, span[0])
            gone = insp.requirement_removed(sent, span[1], cb, s.removal_heads, s.removal_verbs, a=span[0], ca=ca,
                                            senders=frozenset(s.submit_verbs), lifting=s.lifting_removals)
            yield sent.line, f"{'withdrawn' if gone else 'asked'}: {sent.text[max(sent.start, span[0] - 8):cb][:60]}"


def doubled_chars(ctx):
    """GW806's doubled Han characters (街街, 的的) of every line, and whether tokens.doubled_across_words reads the
    two copies as two words (``across``: 三月街|街场, 苗寨|寨老) or not (``same``), with the words around them."""
    from gwlint.analysis.tokens import doubled_across_words

    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        for i in range(len(text) - 1):
            if text[i] == text[i + 1] and "\u4e00" <= text[i] <= "\u9fff":
                how = "across" if doubled_across_words(text, i) else "same"
                yield ln, f"{how}: {text[max(0, i - 4):i + 6]}"


def trace_removals(ctx):
    """GW302's trace words (照片, 台账 …) whose requirement the sentence removes (inspections.requirement_removed):
    ``predicate`` when a removal verb before them is its clause's predicate (年度考核取消台账查阅), ``kept`` when a
    removal verb stands in the clause but does not remove them (报送取消……; 取消台账造假单位的评优资格)."""
    from gwlint.analysis import inspections as insp
    from gwlint.analysis.sentences import clause_of, iter_sentences, words_except
    from gwlint.analysis.tokens import WordList
    from gwlint.rules.gw3.gw302_trace_based_evaluation import TraceBasedEvaluation

    s = ctx.settings(TraceBasedEvaluation)
    watched, removal = WordList.of(tuple(s.evidence)), WordList.of(tuple(s.removal_verbs))
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, b, word in words_except(sent, watched):
            ca, cb = clause_of(sent, a)
            if not any(ca <= r[0] < cb for r in words_except(sent, removal)):
                continue
            old = insp.requirement_removed(sent, b, cb, s.removal_heads, s.removal_verbs)
            new = insp.requirement_removed(sent, b, cb, s.removal_heads, s.removal_verbs, a=a, ca=ca,
                                           senders=frozenset(s.submit_verbs), lifting=s.lifting_removals)
            how = "removed" if old else "predicate" if new else "kept"
            yield sent.line, f"{how}: {word} | {sent.text[ca:cb][:40]}"


def label_rows(ctx):
    """GW401's labels on a line of their own read with the next line (visited.row_labels), and whether the
    document receives guests (visited.guests_received: 考察 then the guests')."""
    import re

    from gwlint.analysis.settings import alternation
    from gwlint.analysis.visited import guests_received, row_labels
    from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

    s = ctx.settings(VisitWithEscort)
    asking = [*s.escort_words, *s.report_words, *s.meeting_words, *s.staging_words, *s.lodging_words]
    for ln, label in row_labels(ctx, s, asking).items():
        yield ln, f"{label} | {ctx.reading(ln)[:40]}"
    guests = alternation(s.guest_visit_patterns)
    if guests is not None and guests_received(ctx, s, guests) is not guests:
        yield 0, "guests received: " + re.sub(r"\s+", "", ctx.gw.title.text if ctx.gw.title else "")[:40]


def lower_recipients(ctx):
    """facts.lower_government_recipients of the 主送 and 抄送 (街道办事处 counted): the lower governments a document
    goes to, with their levels."""
    from gwlint.analysis.facts import lower_government_recipients

    gw = ctx.gw
    if gw.issuer is None:
        return
    for items in (gw.recipient_list, gw.cc_list):
        for item, levels in lower_government_recipients(gw, items, street_offices=True):
            yield 0, f"{item}\t{','.join(levels)}"


def told_speeches(ctx):
    """GW103's speech a leader is told to have given in a paragraph (gw103 _told_speech: 作了讲话, 作动员部署, 致辞)."""
    from gwlint.rules.gw1.gw103_speech_reissued import SpeechReissued, _told_speech

    s = ctx.settings(SpeechReissued)
    for ln in ctx.gw.content_lines:
        told = _told_speech(s, ctx.reading(ln))
        if told:
            yield ln, told[:60]


def lengths(ctx):
    """GW101's length parts (facts.length_parts): what, Word 字数, the attachments a carried document takes."""
    from gwlint.analysis.facts import carried_documents, length_parts

    for name, line, count in length_parts(ctx):
        yield 0, f"{name[:30]}\t{count}"
    for d in carried_documents(ctx):
        yield 0, f"carried {d.name[:30]}\tpart {d.part}\tattachments {d.attachments}"


def dui_negation(ctx):
    """negation across 对……的: in each sentence with a weak negator (不, 未) before 对……的 + word (不纳入对各地的考核),
    the word after that 的 and the negator the lexicon's vocabulary reads over it (``-`` none)."""
    from gwlint.analysis.sentences import iter_sentences
    from gwlint.rules.gw3 import gw301_unfiled_inspection as r

    voc = ctx.settings(r.UnfiledInspection).vocabulary
    rx = re.compile(r"(?:不|未)[^，。；：]{0,8}?对[^，。；：的]{1,20}的")
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for m in rx.finditer(sent.text, sent.start, sent.end):
            if m.end() < sent.end:
                yield sent.line, f"{m.group()}{sent.text[m.end():m.end() + 4]}\t{voc.negated(sent, m.end()) or '-'}"


def sign_columns(ctx):
    """GW106's form cell asking a leader to sign (signatures.sign_column over the content and a form printed between
    the 附件说明 and the 署名)."""
    from gwlint.analysis import signatures as sg
    from gwlint.rules.gw1 import gw106_report_burden as r

    hit = sg.sign_column(ctx, ctx.settings(r.ReportBurden))
    if hit is not None:
        yield hit[0], hit[1]


def cn_dates(ctx):
    """GW804's Gregorian months and dates in Chinese numerals (elements.chinese_gregorian_dates) of every line:
    the text and its Arabic form (a lunar date — 农历…, 三月初三, 八月至十月亥日 — is none)."""
    from gwlint.analysis.elements import chinese_gregorian_dates

    for ln in ctx.text_lines:
        text = ctx.text(ln)
        for a, b, arabic in chinese_gregorian_dates(text):
            yield ln, f"{text[a:b]} -> {arabic}"


def stopped_demands(ctx):
    """predicates.stopped_demand: every 要求 heading a relative clause whose sentence stops its head (要求各地填写的
    周报表，自……起停止使用), +past when predicates.past_demand reads it as a past demand too."""
    from gwlint.analysis.predicates import past_demand, stopped_demand

    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        for t in ctx.index(ln).tokens if "要求" in text else ():
            if t.text == "要求" and stopped_demand(ctx, ln, t.start):
                yield ln, text[t.start:t.start + 40] + ("\t+past" if past_demand(ctx, ln, t.start) else "")


def bare_pivots(ctx):
    """facts.bare_pivot_units: lower collectives written without 各 after a pivot verb (督促乡镇落实……; 不再要求镇街
    报送……), read as the collective, with the words around them."""
    from gwlint.analysis.facts import bare_pivot_units

    for ln in ctx.gw.content_lines:
        for u in bare_pivot_units(ctx, ln):
            text = ctx.reading(ln)
            k = max(text.find(u.text.removeprefix("各")), 0)
            yield ln, f"{u.text}\t{text[max(0, k - 8):k + 16]}"


def jiezhi_points(ctx):
    """GW803's 截止 read as 截至 (dictionaries/confused_words.toml pair 1): every 截止 of every line, ``+`` when
    what follows is read as the time point the count runs up to (截止申报日仍…, 截止2025年底), ``-`` when not
    (申报截止日为…, 报名截止时，…, 5月20日截止申报)."""
    from gwlint.rules.gw8.gw803_confused_word import ConfusedWord

    hits = {(v.line, v.start) for v in ConfusedWord().check(ctx) if v.data.get("pair") == 1}
    for ln in ctx.text_lines:
        text = ctx.text(ln)
        for k in range(len(text)):
            if text.startswith("截止", k):
                yield ln, ("+" if (ln, k) in hits else "-") + "\t" + text[max(0, k - 8):k + 16]


def table_demands(ctx):
    """GW106's tables asking for materials (submissions.table_demands): who (a 报送单位 column's or the 主送机关), the
    materials asked -- rows whose doer column (承担单位, 责任单位 …) names a body not below are none."""
    from gwlint.analysis import submissions as sb

    if _level(ctx):
        s, recips = _burden_setup(ctx)
        for t in sb.table_demands(ctx, s, recips):
            yield t.first, f"{'、'.join(t.whos)}|{'、'.join(t.asked)[:60]}"

def quota_collectives(ctx):
    """GW202's collectives of two levels asked one person each (市、县两级……各1名, 各地人社局派1名): the persons, the
    levels below the allowed depth, ``spared`` when attendance.quota_names_addressed reads them as the 主送's own
    units, ``told`` when the lower level is called up; +cell: the table cell the unit stands in, when not the persons'."""
    from gwlint.analysis.attendance import attendees as find, quota_names_addressed
    from gwlint.analysis.meetings import convened_meetings
    from gwlint.analysis.orgs import levels_down
    from gwlint.analysis.units import level_rank
    from gwlint.rules.gw2.gw202_escort_attendance import EscortAttendance

    s, lv = ctx.settings(EscortAttendance), _level(ctx)
    meetings = [m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda]
    training = not meetings and bool(convened_meetings(ctx, tuple(s.training_suffixes)))
    if lv is None or training:
        return
    video = any(w in m.name for m in meetings for w in s.video_meeting_words) or \
        any(re.search("(?<!不设)分会场", ctx.reading(ln)) for ln in ctx.gw.body_lines)
    for p in find(ctx, lv, video, meeting_doc=bool(meetings), training=False):
        deep = [x for x in p.levels if levels_down(ctx.gw.issuer.name, lv, x) > s.max_depth and level_rank(x) < 9]
        if p.remote or not deep or len(deep) == len(p.levels) or len(p.roles) > 1 \
                or not re.search(s.single_quota, p.unit + p.quota):
            continue
        verdict = "spared" if quota_names_addressed(ctx, p, deep, lv) else "told"
        yield p.line, f"{verdict}|{p.unit}|deep={','.join(deep)}|quota={p.quota}" + \
            (f"|cell={p.unit_place[0]}" if p.unit_place else "")


def fronted_demands(ctx):
    """GW401's report materials named before their demand (visited.fronted_demand): every report word (汇报材料, 书面材料 …)
    followed by 请/由, in every sentence, ``+`` when the demand that follows is read as the visited side's (有关书面材料请所到
    县（市）农业农村局提前备好), ``-`` when not (……请调研组成员提前熟悉; 请各地一律不要准备)."""
    from gwlint.analysis import visited
    from gwlint.analysis.sentences import clause_of, iter_sentences, words_except
    from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

    s = ctx.settings(VisitWithEscort)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, b, w in words_except(sent, s.report_words, s.escort_excluded):
            if visited._FRONTED.match(sent.text, b, min(sent.end, clause_of(sent, a)[1] + 1)):
                ok = visited.fronted_demand(ctx, s, sent, b, clause_of(sent, a)[1])
                yield sent.line, f"{'+' if ok else '-'} {w} {sent.text[a:min(sent.end, b + 24)]}"


def asked_answers(ctx):
    """GW401's spoken report words (介绍情况, 汇报 …) in every sentence holding the team's asking (visited.answers_asking:
    调研组现场询问时, 遇调研组提问, 对调研组提出的问题), ``+`` when the word answers it on the spot (……询问时，由当班的社区
    工作者如实介绍情况) and is no report demand, ``-`` when not (请……介绍工作情况，回答调研组的询问; 情况介绍材料)."""
    from gwlint.analysis import visited
    from gwlint.analysis.sentences import iter_sentences, words_except
    from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

    s = ctx.settings(VisitWithEscort)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        if not any(rx.search(sent.text, sent.start, sent.end) for rx in s.asking_rx):
            continue
        for a, b, w in words_except(sent, s.report_words, s.escort_excluded):
            ok = visited.answers_asking(s, sent, a, w)
            yield sent.line, f"{'+' if ok else '-'} {w} {sent.text[max(sent.start, a - 16):min(sent.end, b + 8)]}"


def practices_told(ctx):
    """predicates.practice_told: every sentence holding an opener of others' practice reported (有群众来信反映，个别街道……;
    督查发现，……; 据了解，……; 有的县区对……以……计分): the opener and the stretch it covers up to a turn to the issuer's own
    words (为此, 今后, 请, 各地要) -- the words there are reported, no demand (GW302, GW107, GW301's paperwork)."""
    from gwlint.analysis import predicates
    from gwlint.analysis.sentences import iter_sentences

    w = predicates._words()
    rx, turns = w["practice"], w["practice_turns"]
    if rx is None:
        return
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for m in rx.finditer(sent.text, sent.start, sent.end):
            turn = turns.search(sent.text, m.end(), sent.end) if turns is not None else None
            end = turn.start() if turn is not None else sent.end
            yield sent.line, f"{m.group(0)}\t{sent.text[m.end():min(end, m.end() + 40)]}"


def hosted_meetings(ctx):
    """GW202's meetings handed to another body to hold (attendance.held_by_other): every 由……召开/召集/主持……会 of every
    sentence, ``other`` when the host is local or lower (由所在市（州）自然资源部门组织召开座谈会) and its invitees are not
    counted, ``own`` when the issuer's (由省农业农村厅组织召开) or a level not below."""
    from gwlint.analysis.attendance import held_by_other, words
    from gwlint.analysis.units import normalize

    rx = re.compile(words().get("hosted_by", "(?!)"))
    for ln in ctx.gw.content_lines:
        text = normalize(ctx.reading(ln))
        for m in rx.finditer(text):
            other = held_by_other(text, m.start(), m.end(), _level(ctx))
            yield ln, f"{'other' if other else 'own'} {m.group(0)[:40]}"


def past_frames(ctx):
    """predicates.past_frame over every lower unit opening a clause: the unit, ``strong`` when a plainly past frame
    (以往, 2023年以来, 近年来) covers even a modal, ``weak`` when only a bare deadline is covered (今年以来，……)."""
    from gwlint.analysis import facts, predicates

    if not _level(ctx):
        return
    for ln in ctx.gw.content_lines:
        for u in ctx.units(ln):
            if not facts.lower_levels(u, _level(ctx)):
                continue
            if predicates.past_frame(ctx, ln, u.start, True):
                yield ln, f"strong\t{u.text}\t{ctx.reading(ln)[max(0, u.start - 12):u.end + 8]}"
            elif predicates.past_frame(ctx, ln, u.start, False):
                yield ln, f"weak\t{u.text}\t{ctx.reading(ln)[max(0, u.start - 12):u.end + 8]}"


def own_meetings(ctx):
    """predicates.own_meeting: every 会议 of every line, ``own`` when it is the bare 会议 of a meeting the issuer itself
    convened (its 纪要: 会议要求，…… speaks for the issuer), ``-`` when it stays a reported source."""
    import re as _re

    from gwlint.analysis import predicates

    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        for m in _re.finditer("会议", text):
            own = predicates.own_meeting(ctx, ln, m.start())
            yield ln, f"{'own' if own else '-'}\t{text[max(0, m.start() - 6):m.end() + 6]}"


def local_doers(ctx):
    """work.local_doers: the governments a line asks to do something through their people or themselves (由被督查县
    分管负责同志介绍情况; 被调研街道由分管副主任作介绍; a cell 草庙镇分管负责同志): unit, kind, levels."""
    from gwlint.analysis import work

    for ln in ctx.gw.content_lines:
        for u in work.local_doers(ctx, ln):
            yield ln, f"{u.text}\t{u.kind}\t{u.level}"


def attendance_lists(ctx):
    """GW202's 参会人员 lists (attendance.attendance_sections): every body line read as inside one -- a section under
    an attendance heading, a label paragraph (参会人员：, 参会范围如下：) and the items after it -- with its venue
    (``main``/``remote``/``-``) and its opening words."""
    from gwlint.analysis.attendance import attendance_sections

    for ln, venue in sorted(attendance_sections(ctx).items()):
        yield ln, f"{venue or '-'}\t{ctx.reading(ln)[:30]}"


READINGS = {f.__name__: f for f in (
    directives, directives_addressed, request_exemptions, department_issuer, work, units, subjects, unit_mentions, responsible, measures, burdens,
    submissions, submitters, sign_demands, whole_set_noted, attendees, escorts, meeting_said, events, meeting_time, trigger_negation, inspected, inspection_basis, visit_demands, team_own,
    own_side_escorts,
    task_rows, row_doers, research_labelled, trace_evidence, trace_senses, patrol_captures, doubled_chars, trace_keepers, trace_removals,
    label_rows, lower_recipients, lengths, told_speeches, dui_negation,
    sign_columns, cn_dates, stopped_demands, bare_pivots, jiezhi_points, table_demands,
    past_frames, own_meetings, local_doers, quota_collectives, fronted_demands, hosted_meetings, attendance_lists,
    asked_answers, practices_told)}


# ---------------------------------------------------------------- drafts and the sweep

def drafts(evals: list[Path], corpora: list[Path], match: str) -> list[tuple[str, str]]:
    """(shown path, file) of every draft: ``eval/<set>/<file>.gw`` and ``<corpus folder>/<file>.txt``."""
    out = []
    for root in evals:
        out += [(f"eval/{p.relative_to(root)}", str(p)) for p in root.rglob("*.gw")
                if not SKIP & set(p.relative_to(root).parts)]
    for root in corpora:
        out += [(f"{root.name}/{p.name}", str(p)) for p in root.glob("*.txt")]
    return sorted(d for d in out if match in d[0])


def _read(path: Path):
    from gwlint.readers import read_bytes
    from gwlint.visible import rules_view

    text = path.read_text(encoding="utf-8")
    if path.suffix == ".gw":
        from gwlint.docgen import parse_marked, plain_text

        text = plain_text(parse_marked(text))
    return rules_view(read_bytes(text.encode("utf-8"), path.stem + ".txt"))[0]


def sweep_one(task: tuple[str, str, str]) -> list[tuple[str, int, str]]:
    """(shown path, line, reading) rows of one draft; an error is a row too (line -1, shown as ``-``)."""
    reading, shown, path = task
    from gwlint.analysis.context import Context
    from gwlint.config import Config
    from gwlint.segment import document_tokens

    try:
        with document_tokens():
            ctx = Context(_read(Path(path)), Config())
            return [(shown, ln, val) for ln, val in READINGS[reading](ctx)]
    except Exception as exc:  # a draft a reading breaks on is a difference too
        return [(shown, -1, f"ERROR {type(exc).__name__}: {exc}")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reading", nargs="?", choices=sorted(READINGS))
    ap.add_argument("--list", action="store_true", help="show the readings and exit")
    ap.add_argument("--eval", action="append", type=Path, help="a folder of .gw drafts (default tests/eval)")
    ap.add_argument("--corpus", action="append", type=Path, help=f"a folder of .txt drafts (default {CORPUS})")
    ap.add_argument("--match", default="", help="only the paths holding this string")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    a = ap.parse_args(argv)
    if a.list:
        for name, fn in READINGS.items():
            print(f"{name:20} {(fn.__doc__ or '').strip()}")
        return 0
    if a.reading is None:
        ap.error("name a reading (--list shows them)")
    evals = a.eval or [ROOT / "tests" / "eval"]
    corpora = a.corpus or ([CORPUS] if CORPUS.is_dir() else [])
    tasks = [(a.reading, shown, path) for shown, path in drafts(evals, corpora, a.match)]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            rows = [r for rs in ex.map(sweep_one, tasks, chunksize=8) for r in rs]
    else:
        rows = [r for t in tasks for r in sweep_one(t)]
    for shown, ln, val in sorted(rows):
        print(f"{shown}:{ln if ln >= 0 else '-'}\t{val}")
    print(f"{len(tasks)} drafts, {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print one reading of the shared analysis layer for every paragraph of every draft of the evaluation
sets (tests/eval/**, .gw rendered as txt) and of a corpus folder, so that a change to the reading can be
read as a diff before/after (issue 15: a fix is general when the sweep shows its class, not one sentence).

    PYTHONPATH=<worktree> python bench/sweep_readings.py READING [--eval DIR ...] [--corpus DIR ...] > out.txt

READING is one of the names in READINGS below (directives: GW104's directive sentences; burdens: GW106's
submission demands per sentence; attendees: GW202's persons asked to a meeting, their levels, roles, venue).  Each output line: ``file:line: value``.  Only lines with a value print.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _directives(ctx):
    from gwlint.analysis.facts import addressed_directives, directive_hits

    gw = ctx.gw
    if gw.issuer is None:
        return
    for ln, d in [*directive_hits(ctx, gw.issuer.level), *addressed_directives(ctx)]:
        yield ln, f"{d.subject}|{d.trigger}|{ctx.reading(ln)[d.start:d.end][:60]}"


def _burdens(ctx):
    from gwlint.analysis import report_demands as rd
    from gwlint.analysis import submissions as sb
    from gwlint.analysis.sentences import iter_sentences
    from gwlint.rules.gw1.gw106_report_burden import ReportBurden

    gw = ctx.gw
    if gw.issuer is None or gw.issuer.level in (None, "unknown"):
        return
    s = ctx.settings(ReportBurden)
    recips = sb.lower_recipients(ctx, s.lower_words, s.subordinate_institutions)
    for sent in iter_sentences(ctx, gw.content_lines):
        for h in rd.burdens(ctx, s, sent, recips):
            yield sent.line, f"{h.who.text}|{'、'.join(h.what)}|{h.deadline}|{sent.body[:50]}"


def _attendees(ctx):
    import re

    from gwlint.analysis.attendance import attendees
    from gwlint.analysis.meetings import convened_meetings
    from gwlint.rules.gw2.gw202_escort_attendance import EscortAttendance

    gw = ctx.gw
    s = ctx.settings(EscortAttendance)
    level = gw.issuer.level if gw.issuer is not None and gw.issuer.level not in (None, "unknown") else None
    meetings = [m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda]
    training = not meetings and bool(convened_meetings(ctx, tuple(s.training_suffixes)))
    video = any(any(w in m.name for w in s.video_meeting_words) for m in meetings) or \
        any(re.search("(?<!不设)分会场", ctx.reading(ln)) for ln in gw.body_lines)
    for p in attendees(ctx, level, video, meeting_doc=bool(meetings) or training, training=training):
        yield p.line, f"{p.unit}|{','.join(p.levels)}|{','.join(p.roles)}|joint={p.joint}|remote={p.remote}"


def _meeting_said(ctx):
    from gwlint.analysis.meetings import said_of_meeting

    for sent in said_of_meeting(ctx):
        yield 0, sent[:70]


READINGS = {"directives": _directives, "burdens": _burdens, "attendees": _attendees, "meeting_said": _meeting_said}


def _documents(evals: list[Path], corpora: list[Path]):
    from gwlint.docgen import parse_marked, plain_text
    from gwlint.readers import read_bytes

    for root in evals:
        for p in sorted(root.rglob("*.gw")):
            src = p.read_text(encoding="utf-8")
            yield str(p), read_bytes(plain_text(parse_marked(src)).encode(), "x.txt")
    for root in corpora:
        for p in sorted(root.iterdir()):
            if p.suffix in (".txt", ".docx", ".pdf"):
                yield str(p), read_bytes(p.read_bytes(), p.name)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reading", choices=sorted(READINGS))
    ap.add_argument("--eval", action="append", type=Path, default=[])
    ap.add_argument("--corpus", action="append", type=Path, default=[])
    a = ap.parse_args(argv)
    from gwlint.config import Config
    from gwlint.engine import LintContext
    from gwlint.visible import rules_view

    evals = a.eval or [Path("tests/eval")]
    corpora = a.corpus or [Path("/work/shared/corpus/local")]
    fn = READINGS[a.reading]
    for name, doc in _documents(evals, corpora):
        view, _ = rules_view(doc)
        ctx = LintContext(view, Config())
        try:
            for ln, val in fn(ctx):
                print(f"{name}:{ln}: {val}")
        except Exception as e:  # a reading that breaks on one document is a finding of the sweep too
            print(f"{name}: ERROR {type(e).__name__}: {e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

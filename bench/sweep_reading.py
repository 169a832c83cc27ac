"""Print one shared reading of gwlint.analysis for every draft of every evaluation set and the local corpus.

    PYTHONPATH=. python bench/sweep_reading.py attendees > /tmp/before.txt
    (change the reading)
    PYTHONPATH=. python bench/sweep_reading.py attendees > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt

Each output line is ``<file>\t<line>\t<reading>``; the diff shows every place whose reading changed, so a fix
meant for a class can be seen to move the class (and not only the example it started from).  Readings are
registered in ``READINGS`` by name: add one there rather than writing another script.
"""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "eval", Path("/work/shared/corpus/local")]
SKIP = ("holdout27",)  # unseen sets are not read


def _attendees(ctx):
    from gwlint.analysis.attendance import attendees

    issuer = ctx.gw.issuer
    lv = issuer.level if issuer is not None and issuer.level not in (None, "unknown") else None
    for p in attendees(ctx, lv, False, meeting_doc=True):
        yield p.line, f"{p.unit} | levels={','.join(p.levels)} roles={','.join(p.roles)} joint={p.joint}"


def _inspected(ctx):
    """GW301's reading: the lower governments declared as objects, and the launches with their targets."""
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


def _visit_demands(ctx):
    """GW401's reading of what a visit notice asks of the visited side (its findings, sentence by sentence)."""
    from gwlint.rules.gw4 import gw401_visit_with_escort as r

    for v in r.VisitWithEscort().check(ctx):
        yield v.line, f"@{v.start} {v.message[:60]}"


def _escorts(ctx):
    from gwlint.analysis.meetings import convened_meetings
    from gwlint.rules.gw2 import gw202_escort_attendance as r

    s = ctx.settings(r.EscortAttendance)
    doc = bool([m for m in convened_meetings(ctx, tuple(s.meeting_suffixes)) if not m.agenda])
    for ln, a, b, w in r._escort_phrases(ctx, s, doc):
        yield ln, f"{w} @{a}-{b}"


def _trigger_negation(ctx):
    from gwlint.analysis.sentences import iter_sentences, words_except
    from gwlint.rules.gw3 import gw301_unfiled_inspection as r

    s = ctx.settings(r.UnfiledInspection)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        for a, _b, w in words_except(sent, [*s.triggers, *s.ranked_triggers], s.excluded_words):
            neg = s.vocabulary.negated(sent, a)
            if neg:
                yield sent.line, f"{w}@{a - sent.start} negated by {neg}: {sent.body[:50]}"


def _events(ctx):
    """Meetings and events a document plans (GW201/GW203's reading), with their host and whether they are
    another body's."""
    from gwlint.analysis.meetings import held_elsewhere, planned_meetings
    from gwlint.rules.gw2 import gw203_low_value_event as r

    s = ctx.settings(r.LowValueEvent)
    for m in planned_meetings(ctx, tuple(dict.fromkeys([*s.meeting_suffixes, *s.event_words]))):
        yield m.line, f"{m.name} host={m.host!r} elsewhere={held_elsewhere(ctx, m)}"


READINGS = {"events": _events, "trigger_negation": _trigger_negation, "escorts": _escorts, "attendees": _attendees, "inspected": _inspected, "visit_demands": _visit_demands}


def _files() -> list[Path]:
    out = []
    for src in SOURCES:
        for p in sorted(src.rglob("*")):
            if p.suffix in (".gw", ".txt") and p.is_file() and not any(k in str(p) for k in SKIP) \
                    and p.name != "README.md":
                out.append(p)
    return out


def _one(task) -> list[str]:
    name, path = task
    from gwlint.analysis.context import Context
    from gwlint.config import Config

    try:
        if path.suffix == ".gw":
            from gwlint.docgen import parse_marked, plain_text
            from gwlint.readers import read_bytes

            src = path.read_text(encoding="utf-8")
            doc = read_bytes(plain_text(parse_marked(src)).encode("utf-8"), path.stem + ".txt")
        else:
            from gwlint.readers import read_path

            doc = read_path(path)
        ctx = Context(doc, Config())
        rel = str(path).replace(str(ROOT) + "/", "")
        return [f"{rel}\t{ln}\t{r}" for ln, r in READINGS[name](ctx)]
    except Exception as exc:  # a draft the reading crashes on is itself a difference to read
        return [f"{path}\t-\tERROR {type(exc).__name__}: {exc}"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reading", choices=sorted(READINGS))
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--under", default="", help="only files whose path holds this")
    a = ap.parse_args(argv)
    files = [p for p in _files() if a.under in str(p)]
    with ProcessPoolExecutor(a.j) as ex:
        for lines in ex.map(_one, [(a.reading, p) for p in files], chunksize=8):
            for ln in lines:
                print(ln)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print one shared reading for every paragraph of every evaluation draft and local corpus document.

Run it once with the old code and once with the new (PYTHONPATH decides which gwlint is read), then diff the two
outputs: the lines that differ are the sentences whose reading the change moved.

    PYTHONPATH=/work/main python bench/sweep_shared_readings.py responsible > /tmp/before.txt
    PYTHONPATH=.          python bench/sweep_shared_readings.py responsible > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt

Readings (one line per paragraph that has something to show, ``file:line<TAB>reading<TAB>text``):
  responsible  GW102's units answering for a paragraph (units.responsible_units(answering=True)), role notes
  units        every unit mention with its generic flag (units.find_units)
  measures     per document: GW102's task measures (facts.policy_measures), each with its line and title
  submissions  per sentence of the 正文 and attachments: GW106's submission verbs (submissions.submissions), the
               compiled ones (submissions.compiled), the materials named, and the burdens read (report_demands.burdens)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "tests" / "eval", Path("/work/shared/corpus/local")]


def _texts():
    from gwlint.docgen import parse_marked, plain_text

    for root in CORPORA:
        if not root.exists():
            continue
        for p in sorted(root.rglob("*.gw")) + sorted(root.glob("*.txt")):
            src = p.read_text(encoding="utf-8")
            text = plain_text(parse_marked(src)) if p.suffix == ".gw" else src
            yield str(p.relative_to(root.parent)), text


def _ctx(text: str):
    from gwlint.analysis.context import Context
    from gwlint.config import Config
    from gwlint.model import Document, Paragraph

    return Context(Document("t.txt", "txt", [Paragraph(t) for t in text.split("\n")]), Config())


def responsible(name: str, text: str):
    from gwlint.analysis.facts import role_noted
    from gwlint.analysis.units import responsible_units

    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        got = [u.name for u in responsible_units(line, answering=True)]
        role = role_noted(line)
        if got or role:
            yield f"{name}:{i}\t{'、'.join(got)}{' +role' if role else ''}\t{line[:60]}"


def units(name: str, text: str):
    from gwlint.analysis.units import find_units

    for i, line in enumerate(text.split("\n"), 1):
        got = [f"{u.text}{'?' if u.generic else ''}" for u in find_units(line)] if line.strip() else []
        if got:
            yield f"{name}:{i}\t{'、'.join(got)}\t{line[:60]}"


def measures(name: str, text: str):
    from gwlint.analysis.facts import policy_measures
    from gwlint.rules.gw1.gw102_missing_responsibility import MissingResponsibility

    ctx = _ctx(text)
    try:
        s = ctx.settings(MissingResponsibility)
    except Exception:  # pragma: no cover - an older Config without settings
        return
    scope = policy_measures(ctx, s.issuer_levels, s.policy_types, allow_empty=True)
    if scope is None:
        return
    for m in scope[1]:
        yield f"{name}:{m.heading.line}\t{m.heading.style}\t{(m.heading.title or '')[:40]}"


def submissions(name: str, text: str):
    from gwlint.analysis import report_demands as rd
    from gwlint.analysis import submissions as sb
    from gwlint.analysis.sentences import iter_sentences
    from gwlint.rules.gw1.gw106_report_burden import ReportBurden

    ctx = _ctx(text)
    s = ctx.settings(ReportBurden)
    if ctx.gw.issuer is None:
        return
    recips = sb.lower_recipients(ctx, s.lower_words, s.subordinate_institutions)
    for sent in iter_sentences(ctx, ctx.gw.content_lines):
        points = sb.submissions(ctx, s, sent)
        if not points:
            continue
        summed = sb.compiled(s, sent, points)
        mats = [w for _a, _b, w in sb.materials(ctx, s, sent)]
        got = ["/".join(h.what) + "@" + h.who.kind for h in rd.burdens(ctx, s, sent, recips)]
        verbs = ",".join(v + ("+summed" if a in summed else "") for a, _b, v in points)
        yield f"{name}:{sent.line}\t{verbs}\t{'、'.join(mats)}\t{';'.join(got)}\t{sent.text[sent.start:sent.end][:50]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reading", choices=["responsible", "units", "measures", "submissions"])
    ap.add_argument("--only", default="", help="only files whose path contains this")
    a = ap.parse_args()
    fn = globals()[a.reading]
    for name, text in _texts():
        if a.only and a.only not in name:
            continue
        try:
            for row in fn(name, text):
                print(row)
        except Exception as e:  # a reading that fails on one file is itself a finding of the sweep
            print(f"{name}\tERROR {type(e).__name__}: {e}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

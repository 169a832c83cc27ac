"""Print one analysis reading for every paragraph of every draft (tests/eval/**, rendered to .txt) and of a corpus
folder, one line per finding of the reading, so that two checkouts can be compared with ``diff``.

    PYTHONPATH=<checkout> python bench/sweep_readings.py --reading directives --out /tmp/after.tsv
    PYTHONPATH=<base>     python bench/sweep_readings.py --reading directives --out /tmp/before.tsv
    diff /tmp/before.tsv /tmp/after.tsv

Readings: ``directives`` (facts.directive_hits: line, subject, trigger), ``work`` (facts.work_levels of the
issuer's level: assigns, levels), ``units`` (units of each content line: text, kind, level), ``subjects``
(work.clause_subjects of each content line), ``attendees`` (attendance.attendees of a
meeting notice: line, persons, roles, joint, levels), ``team_own`` (visited.team_own: sentences that are a
visiting team's own discipline).  The set of drafts is the one checkout's tests/eval (``--eval``)
plus ``--corpus`` folders of .txt files; ``--match`` keeps the paths containing a string.
"""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read(path: str) -> tuple[str, str]:
    p = Path(path)
    if p.suffix == ".gw":
        from gwlint.docgen import parse_marked, plain_text

        return str(p.relative_to(ROOT / "tests" / "eval")), plain_text(parse_marked(p.read_text(encoding="utf-8")))
    return p.name, p.read_text(encoding="utf-8")


def _lines(task: tuple[str, str]) -> list[str]:
    path, reading = task
    from gwlint.analysis import facts, work
    from gwlint.config import load_config
    from gwlint.context import LintContext
    from gwlint.readers import read_bytes
    from gwlint.segment import document_tokens

    name, text = _read(path)
    out = []
    try:
        with document_tokens():
            ctx = LintContext(read_bytes(text.encode("utf-8"), Path(name).name.rsplit(".", 1)[0] + ".txt"),
                              load_config(None))
            gw = ctx.gw
            issuer = gw.issuer
            level = issuer.level if issuer is not None else None
            if reading == "directives" and level not in (None, "unknown"):
                for ln, d in facts.directive_hits(ctx, level):
                    out.append(f"{name}\t{ln}\t{d.subject}\t{d.trigger}\t{ctx.reading(ln)[d.start:d.end][:40]}")
            elif reading == "work" and level not in (None, "unknown"):
                assigns, levels = facts.work_levels(ctx, level)
                out.append(f"{name}\t{assigns}\t{','.join(sorted(levels))}")
            elif reading == "attendees":
                from gwlint.analysis import attendance

                for a in attendance.attendees(ctx, level, False, True):
                    out.append(f"{name}\t{a.line}\t{a.unit}\t{','.join(a.roles)}\t{a.joint}\t{','.join(a.levels)}")
            elif reading == "team_own":
                from gwlint.analysis.sentences import iter_sentences
                from gwlint.analysis.visited import team_own
                from gwlint.rules.gw4.gw401_visit_with_escort import VisitWithEscort

                s = ctx.settings(VisitWithEscort)
                for sent in iter_sentences(ctx, gw.content_lines):
                    if team_own(ctx, s, sent):
                        out.append(f"{name}\t{sent.line}\t{sent.text[sent.start:sent.end][:50]}")
            elif reading in ("units", "subjects"):
                for ln in gw.content_lines:
                    us = ctx.units(ln) if reading == "units" else work.clause_subjects(ctx, ln)
                    for u in us:
                        out.append(f"{name}\t{ln}\t{u.text}\t{u.kind}\t{u.level}")
    except Exception as exc:  # a reading that fails is a difference too
        out.append(f"{name}\tERROR\t{type(exc).__name__}: {exc}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reading", choices=("directives", "work", "units", "subjects", "attendees", "team_own"), required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--eval", default=str(ROOT / "tests" / "eval"))
    ap.add_argument("--corpus", action="append", default=["/work/shared/corpus/local"])
    ap.add_argument("--match", default="")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    paths = sorted(str(p) for p in Path(a.eval).rglob("*.gw"))
    for c in a.corpus:
        paths += sorted(str(p) for p in Path(c).glob("*.txt"))
    paths = [p for p in paths if a.match in p]
    with ProcessPoolExecutor(a.jobs) as ex:
        rows = [r for rs in ex.map(_lines, [(p, a.reading) for p in paths], chunksize=16) for r in rs]
    Path(a.out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(paths)} documents, {len(rows)} rows -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

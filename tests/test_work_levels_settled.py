"""facts.work_levels stopping once the caller's question is settled (round 18, issue 16), held to the full
reading on every corpus text and every draft: the early answer is a part of the full one, differs from it only
when it has found work reaching the asked rank, and so GW105's idle levels are the same for every set of levels
a document may be sent to."""
from __future__ import annotations

from itertools import combinations

from gwlint.analysis.context import Context
from gwlint.analysis.facts import work_levels
from gwlint.analysis.units import LEVEL_ORDER, level_rank
from gwlint.config import Config
from gwlint.model import Document, Paragraph
from gwlint.readers import read_path

from .conftest import CORPUS, REPO
from .helpers import eval_bench


def _documents():
    for path in sorted([*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt")]):
        yield path.name, read_path(path)
    er = eval_bench()
    for draft in er.load_drafts(REPO / "tests" / "eval" / "drafts"):
        yield draft.id, Document(draft.id + ".txt", "txt", [Paragraph(t) for t in er.paragraphs(draft)])


def _idle(reached, levels) -> list[str]:
    """GW105's idle levels: those sent to that lie below the deepest working level (all, when none works)."""
    deepest = max((level_rank(lv) for lv in levels), default=None)
    return sorted(lv for lv in reached if lv not in levels and (deepest is None or level_rank(lv) > deepest))


def test_settled_work_levels_answer_as_the_full_reading():
    lower = [lv for lv in LEVEL_ORDER if lv != "national"]
    checked = stopped = 0
    for name, doc in _documents():
        ctx = Context(doc, Config())
        issuer = ctx.gw.issuer
        if issuer is None or issuer.level in (None, "unknown"):
            continue
        full_assigns, full_levels = work_levels(ctx, issuer.level)
        below = [lv for lv in lower if level_rank(lv) > level_rank(issuer.level)]
        for until in sorted({level_rank(lv) for lv in below}):
            assigns, levels = work_levels(ctx, issuer.level, until=until)
            checked += 1
            assert levels <= full_levels and assigns <= full_assigns, name
            if (assigns, levels) != (full_assigns, full_levels):
                stopped += 1
                assert assigns and max(map(level_rank, levels)) >= until, (name, until, levels, full_levels)
            # every set of levels a document may be sent to whose deepest has this rank: the same idle levels
            for k in range(1, len(below) + 1):
                for reached in combinations(below, k):
                    if max(map(level_rank, reached)) == until:
                        assert _idle(reached, levels) == _idle(reached, full_levels), (name, reached)
    assert checked > 1000
    assert stopped > 50  # the reading does stop early on real documents: not a comparison of equal calls

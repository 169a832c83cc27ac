"""The second holdout evaluation set of tests/eval/holdout2/ is well-formed.

Only the labels are checked here.  holdout2 measures how the rules generalise to drafts
written after the first holdout had been used for tuning (``bench/eval_rules.py --set
holdout2``); gwlint's results on it are deliberately not asserted, so that nobody tunes to it.
"""
from __future__ import annotations

import pytest

from .helpers import drafts_per_code, eval_bench, read_as_gongwen

ev = eval_bench()
ROOT = ev.SETS["holdout2"]
DRAFTS = ev.load_drafts(ROOT)
IDS = [d.id for d in DRAFTS]
COVERED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW5", "GW7", "GW8")
# Every rule of these families has at least this many positive and near-miss drafts.
MIN_EACH = 4
# Long realistic documents (several labelled issues among many clean paragraphs).
MIN_LONG = 10


def _codes() -> set[str]:
    from gwlint.rules import all_rules

    return {r.code for r in all_rules()}


def _own_text(draft) -> set[str]:
    """Paragraphs of 30 characters or more, less the 主送 line (a formula many drafts share)."""
    recipients = {line[len("@recipients"):].strip() for line in draft.source.splitlines()
                  if line.startswith("@recipients")}
    return {p for p in ev.paragraphs(draft) if len(p) >= 30 and p not in recipients}


def test_holdout2_is_separate_from_the_other_sets():
    assert ROOT.is_dir() and ROOT not in (ev.DRAFTS, ev.SETS["holdout"])
    assert len(DRAFTS) >= 200
    others = {p for name in ("drafts", "holdout") for d in ev.load_drafts(ev.SETS[name]) for p in _own_text(d)}
    shared = {d.id: sorted(others & _own_text(d))[:1] for d in DRAFTS if others & _own_text(d)}
    assert not shared, f"holdout2 drafts sharing a paragraph with another eval set: {shared}"


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_labels_are_valid(draft):
    assert not draft.label_errors, draft.label_errors
    assert draft.frame, "every draft says who writes to whom (# frame: …)"
    codes = _codes()
    for e in draft.expects:
        assert e.code in codes, f"line {e.source_line}: unknown code {e.code}"
        assert not e.code.startswith("GW0")
        assert draft.counted(e.code), f"line {e.source_line}: {e.code} is not counted in this draft (# eval:)"
        for alt in e.alternatives:
            hits = [i for i, p in enumerate(ev.paragraphs(draft), 1) if alt in p]
            assert len(hits) == 1, f"line {e.source_line}: snippet {alt!r} is in {len(hits)} paragraphs"
    for code in draft.near_misses:
        assert code in codes, f"unknown near-miss code {code}"
        assert code not in {e.code for e in draft.expects}, f"{code} is both expected and a near-miss"
    if draft.docx_overrides is not None:
        from gwlint.docgen.docx import _options

        _options(draft.docx_overrides)


def test_every_rule_has_positives_and_near_misses():
    positive, near = drafts_per_code(DRAFTS)
    required = sorted(c for c in _codes() if c.startswith(COVERED_FAMILIES))
    short = {c: (len(positive[c]), len(near[c])) for c in required
             if len(positive[c]) < MIN_EACH or len(near[c]) < MIN_EACH}
    assert not short, f"rules with fewer than {MIN_EACH} positive / near-miss drafts: {short}"


def test_there_are_long_realistic_documents():
    long_docs = [d for d in DRAFTS if d.id.startswith("long/")]
    assert len(long_docs) >= MIN_LONG
    for d in long_docs:
        assert sum(len(p) for p in ev.paragraphs(d)) >= 1500, d.id
        assert len(d.expects) >= 2, f"{d.id}: a long document carries several labelled issues"


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_draft_parses_as_a_gongwen(draft):
    """The plain text reads back paragraph for paragraph and has a 正文."""
    assert read_as_gongwen(draft.source).body_lines, "no 正文 found"

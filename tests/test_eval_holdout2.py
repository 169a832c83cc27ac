"""The second holdout evaluation set of tests/eval/holdout2/ is well-formed.

Only the labels are checked here.  holdout2 measures how the rules generalise to drafts
written after the first holdout had been used for tuning (``bench/eval_rules.py --set
holdout2``); gwlint's results on it are deliberately not asserted, so that nobody tunes to it.
"""
from __future__ import annotations

import pytest

from .helpers import (assert_labels_valid, assert_positives_and_near_misses, eval_bench, read_as_gongwen,
                      rule_codes)

ev = eval_bench()
ROOT = ev.SETS["holdout2"]
DRAFTS = ev.load_drafts(ROOT)
IDS = [d.id for d in DRAFTS]
COVERED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW5", "GW7", "GW8")
# Every rule of these families has at least this many positive and near-miss drafts.
MIN_EACH = 4
# Long realistic documents (several labelled issues among many clean paragraphs).
MIN_LONG = 10


CODES = rule_codes()


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
    assert_labels_valid(draft, ev, CODES)


def test_every_rule_has_positives_and_near_misses():
    assert_positives_and_near_misses(DRAFTS, COVERED_FAMILIES, MIN_EACH)


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

"""The holdout evaluation set of tests/eval/holdout/ is well-formed.

Only the labels are checked here. The holdout set is a measurement of how the rules
generalise to drafts nobody tuned them on (``bench/eval_rules.py --set holdout``);
gwlint's results on it are deliberately not asserted, so that nobody tunes to it.
"""
from __future__ import annotations

import pytest

from .helpers import (assert_labels_valid, assert_positives_and_near_misses, eval_bench, read_as_gongwen,
                      rule_codes)

ev = eval_bench()
ROOT = ev.SETS["holdout"]
DRAFTS = ev.load_drafts(ROOT)
IDS = [d.id for d in DRAFTS]
# Every rule of these families has at least this many positive and near-miss drafts.
COVERED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW5", "GW7", "GW8")
MIN_EACH = 3


CODES = rule_codes()


def test_the_holdout_set_is_separate_and_sizeable():
    assert ROOT != ev.DRAFTS and ROOT.is_dir()
    assert len(DRAFTS) >= 150
    dev_paragraphs = {p for d in ev.load_drafts(ev.DRAFTS) for p in ev.paragraphs(d) if len(p) >= 30}
    copied = {d.id for d in DRAFTS if dev_paragraphs & set(ev.paragraphs(d))}
    assert not copied, f"holdout drafts sharing a paragraph with the development set: {sorted(copied)}"


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_labels_are_valid(draft):
    assert_labels_valid(draft, ev, CODES)


def test_every_rule_has_positives_and_near_misses():
    assert_positives_and_near_misses(DRAFTS, COVERED_FAMILIES, MIN_EACH)


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_draft_parses_as_a_gongwen(draft):
    """The plain text reads back paragraph for paragraph and has a 正文."""
    assert read_as_gongwen(draft.source).body_lines, "no 正文 found"

"""The holdout evaluation set of tests/eval/holdout/ is well-formed.

Only the labels are checked here. The holdout set is a measurement of how the rules
generalise to drafts nobody tuned them on (``bench/eval_rules.py --set holdout``);
gwlint's results on it are deliberately not asserted, so that nobody tunes to it.
"""
from __future__ import annotations


import pytest

from .helpers import drafts_per_code, eval_bench, read_as_gongwen

ev = eval_bench()
ROOT = ev.SETS["holdout"]
DRAFTS = ev.load_drafts(ROOT)
IDS = [d.id for d in DRAFTS]
# Every rule of these families has at least this many positive and near-miss drafts.
COVERED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW5", "GW7", "GW8")
MIN_EACH = 3


def _codes() -> set[str]:
    from gwlint.rules import all_rules

    return {r.code for r in all_rules()}


def test_the_holdout_set_is_separate_and_sizeable():
    assert ROOT != ev.DRAFTS and ROOT.is_dir()
    assert len(DRAFTS) >= 150
    dev_paragraphs = {p for d in ev.load_drafts(ev.DRAFTS) for p in ev.paragraphs(d) if len(p) >= 30}
    copied = {d.id for d in DRAFTS if dev_paragraphs & set(ev.paragraphs(d))}
    assert not copied, f"holdout drafts sharing a paragraph with the development set: {sorted(copied)}"


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


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_draft_parses_as_a_gongwen(draft):
    """The plain text reads back paragraph for paragraph and has a 正文."""
    assert read_as_gongwen(draft.source).body_lines, "no 正文 found"

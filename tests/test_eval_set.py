"""The labelled evaluation set of tests/eval/ is well-formed (issue 15).

These tests check the labels, not gwlint's current recall or precision: the
figures are printed by ``bench/eval_rules.py`` and are being improved by others.
"""
from __future__ import annotations

import re

import pytest
from pathlib import Path

from .helpers import drafts_per_code, eval_bench, read_as_gongwen

ev = eval_bench()
DRAFTS = ev.load_drafts()
IDS = [d.id for d in DRAFTS]

# Families whose every code must have both positive and near-miss drafts.
COVERED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW7", "GW8")


def _codes() -> set[str]:
    from gwlint.rules import all_rules

    return {r.code for r in all_rules()}


def test_the_set_is_there():
    groups = {d.id.split("/")[0] for d in DRAFTS}
    assert {"gw1", "gw2", "gw3", "gw4", "gw7", "gw8"} <= groups
    assert sum(d.id.startswith("gw1/") for d in DRAFTS) >= 60
    assert sum(d.id.startswith(("gw7/", "gw8/")) for d in DRAFTS) >= 30


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_labels_are_well_formed(draft):
    assert not draft.label_errors, draft.label_errors
    assert draft.frame, "every draft says who writes to whom (# frame: …)"
    codes = _codes()
    for e in draft.expects:
        assert e.code in codes, f"line {e.source_line}: unknown code {e.code}"
        assert not e.code.startswith("GW0"), "GW0xx (unreadable file) is never expected"
        assert draft.counted(e.code), f"line {e.source_line}: {e.code} is not counted in this draft (# eval:)"
    for code in draft.near_misses:
        assert code in codes, f"unknown near-miss code {code}"
        assert code not in {e.code for e in draft.expects}, f"{code} is both expected and a near-miss"
    if draft.docx_overrides is not None:
        from gwlint.docgen.docx import _options

        _options(draft.docx_overrides)  # raises on an unknown key


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_every_snippet_names_one_paragraph(draft):
    paras = ev.paragraphs(draft)
    for e in draft.expects:
        for alt in e.alternatives:
            hits = [i for i, p in enumerate(paras, 1) if alt in p]
            assert len(hits) == 1, (f"line {e.source_line}: snippet {alt!r} occurs in "
                                    f"{len(hits)} paragraphs ({hits}) of the plain text")


def test_every_counted_code_has_positives_and_near_misses():
    positive, near = drafts_per_code(DRAFTS)
    labelled = set(positive) | set(near)
    required = {c for c in _codes() if c.startswith(COVERED_FAMILIES)}
    missing = sorted(c for c in labelled | required
                     if c.startswith(ev.COUNTED_FAMILIES) and (not positive[c] or not near[c]))
    assert not missing, f"codes without positive or near-miss drafts: {missing}"


@pytest.mark.parametrize("draft", DRAFTS, ids=IDS)
def test_txt_rendering_parses(draft):
    """The draft's plain text reads as a 公文: gwlint keeps its paragraphs and analyses its structure."""
    assert read_as_gongwen(draft.source).body_lines, "no 正文 found"


def test_matching_pairs_each_finding_with_one_expectation():
    """The matcher of bench/eval_rules.py: same code, snippet in the finding's paragraph,
    document-level expectations take what is left, a finding is used once."""
    lines = ["甲单位要报送材料。乙单位要报送材料。", "标题"]
    E = ev.Expect
    f = [{"code": "GW106", "line": 1, "column": 10, "end_column": 19},
         {"code": "GW106", "line": 1, "column": 1, "end_column": 9},
         {"code": "GW106", "line": 2, "column": 1, "end_column": 3},
         {"code": "GW104", "line": 1, "column": 1, "end_column": 9}]
    expects = [E("GW106", "乙单位", 1), E("GW106", "甲单位", 2), E("GW106", None, 3), E("GW106", None, 4),
               E("GW104", "丙单位 || 甲单位", 5), E("GW101", None, 6)]
    caught, missed, unmatched = ev.match(expects, f, lines)
    pairs = {e.source_line: (x["line"], x["column"]) for e, x in caught}
    # snippet expectations prefer the finding whose span covers the snippet
    assert pairs[1] == (1, 10) and pairs[2] == (1, 1)
    assert pairs[5] == (1, 1)  # an alternative snippet matches
    assert [e.source_line for e in missed] == [4, 6]  # one doc-level GW106 finding left for two
    assert unmatched == []
    caught, missed, unmatched = ev.match([E("GW106", "乙单位", 1)], f[:1] + f[2:3], lines)
    assert len(caught) == 1 and len(unmatched) == 1 and not missed


def test_a_labelled_row_is_found_by_its_paragraphs():
    """A table row is one place (round 30), found by where its cells stand too (round 31): a cell repeated in
    another row (主要负责同志) counts on its own row only; a snippet equal to a whole paragraph names that one."""
    src = "\n".join(["@title 关于召开会议的通知", "@table 参会单位|参会人员", "@table 各市文化和旅游局|主要负责同志",
                     "@table 各县（市、区）文化和旅游局|主要负责同志", "会后查看佐证资料。", "@table 序号|佐证资料"])
    draft = ev.Draft("x/y", Path("y.gw"), src)
    lines = ["关于召开会议的通知", "参会单位", "参会人员", "各市文化和旅游局", "主要负责同志", "各县（市、区）文化和旅游局",
             "主要负责同志", "会后查看佐证资料。", "序号", "佐证资料"]
    e = ev._with_row_cells(ev.Expect("GW202", "各县（市、区）文化和旅游局", 1), draft, lines)
    assert e.rows == {6, 7}
    f = [{"code": "GW202", "line": 5, "column": 1, "end_column": 7}, {"code": "GW202", "line": 7, "column": 1, "end_column": 7}]
    caught, missed, unmatched = ev.match([e], f, lines)
    assert [x["line"] for _, x in caught] == [7] and [x["line"] for x in unmatched] == [5]
    g = [{"code": "GW302", "line": 8, "column": 1, "end_column": 9}, {"code": "GW302", "line": 10, "column": 1, "end_column": 5}]
    caught, _, unmatched = ev.match([ev.Expect("GW302", "佐证资料", 2)], g, lines)
    assert [x["line"] for _, x in caught] == [10] and [x["line"] for x in unmatched] == [8]


def test_eval_script_runs_on_one_draft(tmp_path):
    """End to end on real renderings of one draft: counts add up in every format."""
    draft = next(d for d in DRAFTS if d.id == "gw8/gw806-p01-repeated")
    results = ev.run_all([draft], ev.FORMATS, 1, tmp_path)
    outcomes = [ev.judge(draft, r) for r in results]
    text, data = ev.report([draft], outcomes, list(ev.FORMATS))
    for fmt in ev.FORMATS:
        t = data["rules"]["GW806"][fmt]
        assert t["expected"] == len(draft.expects)
        assert t["caught"] + t["missed"] == t["expected"]
    assert re.search(r"^GW806\s+txt", text, re.M)
    assert len(list(tmp_path.iterdir())) == 3  # one cached rendering per format

"""Required literals of a regex (gwlint/analysis/literals.py) and the unit scan that uses them:
a pattern is skipped only where it cannot match, so the units found are those of a full scan."""
from __future__ import annotations

import re

import pytest

from gwlint.analysis import units as U
from gwlint.analysis.literals import may_match, positions_of, required_literals
from gwlint.segment import document_tokens

from .conftest import CORPUS, REPO


def _paragraphs() -> list[str]:
    """Every line of the vendored corpus, the sample drafts and the evaluation drafts."""
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    out = []
    for f in sorted(files):
        out.extend(line.strip() for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(out) > 5000
    return out


@pytest.fixture(scope="module")
def paragraphs():
    return _paragraphs()


@pytest.mark.parametrize("pattern, expected", [
    ("省(?:政府)?[\u4e00-\u9fff]{1,12}?(?:委员会|厅|委|局)", {"省"}),
    # the literal run, longer than any single character of the alternatives
    ("[\u4e00-\u9fff]{2,6}?海关(?:驻[\u4e00-\u9fff]{2,6}?办事处)?", {"海关"}),
    # every alternative must hold one: the union of theirs
    ("(?:国家税务总局[\u4e00-\u9fff]+税务局|[\u4e00-\u9fff]{2,6}?(?:证监局|银保监局))",
     {"国家税务总局", "证监局", "银保监局"}),
    # the parser pulls the common prefix out of 管委会|管理委员会: it joins the literal run before it
    ("[\u4e00-\u9fff]{2,6}?开发区(?:管委会|管理委员会)", {"开发区管"}),
    ("(?P<r>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?:人民政府|政府|办事处)", {"人民政府", "政府", "办事处"}),
    ("团[市县]委", {"团"}),
    ("[甲乙丙]{2}", {"甲", "乙", "丙"}),
])
def test_required_literals_of_real_shapes(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    "(?:各)?[\u4e00-\u9fff]{2,4}",  # optional literal: nothing is required
    "[\u4e00-\u9fff]+(?:局|[\u4e00-\u9fff]{2}办)",  # each alternative holds a literal: 局 or 办
    "(?=省)[\u4e00-\u9fff]{2,4}",  # a lookahead consumes nothing
    "(?i)gw[0-9]+",  # case folded: "gw" does not say what the text holds
    "(?i:abc)d",
    "(?:abc|)x?",  # an empty alternative
    "(?P<a>市)[\u4e00-\u9fff]\\1",
])
def test_required_literals_claim_nothing_unsound(pattern, paragraphs):
    rx = re.compile(pattern)
    lits = required_literals(rx)
    if lits is None:
        return
    # whatever is claimed holds: every match contains one of the strings
    for text in ["GW102", "gw102", "省市局", "各地", "abc", "ABCd", "x", "", *paragraphs[:3000]]:
        for m in rx.finditer(text):
            assert any(s in m.group(0) for s in lits), (pattern, m.group(0), lits)


def test_optional_and_lookaround_items_are_not_required():
    assert required_literals(re.compile("(?:各)?[\u4e00-\u9fff]{2,4}")) is None
    assert required_literals(re.compile("(?=省)[\u4e00-\u9fff]{2,4}")) is None
    assert required_literals(re.compile("(?i)gw[0-9]+")) is None
    assert required_literals(re.compile("(?:abc|)x?")) is None
    assert required_literals(re.compile(b"abc")) is None


def test_may_match_never_hides_a_match_of_a_dictionary_pattern(paragraphs):
    """Every regex of the unit patterns, on every real line: skipped only where it finds nothing."""
    specs = U.lexicon().patterns  # compiled with their shared parts ([unit_pattern_parts]) filled in
    assert len(specs) > 10 and not any("<<" in rx.pattern for rx, _, _ in specs)
    skipped = 0
    for rx, spec, _gates in specs:
        for text in paragraphs:
            norm = U.normalize(text)
            if not may_match(rx, norm):
                skipped += 1
                assert rx.search(norm) is None, (spec["name"], text)
    # the point of it: most lines are ruled out for most patterns without running them
    assert skipped > len(specs) * len(paragraphs) // 2


def test_positions_of_are_the_characters_that_are_keys():
    table = {"省": [3], "市": [2], "各地": [2]}  # keys longer than one character are not first characters
    assert list(positions_of(table, "各省市场省")) == [1, 2, 4]
    assert list(positions_of({}, "省")) == []


def _full_scan_find_units(monkeypatch, texts):
    """find_units with the shortcuts taken out: every pattern run everywhere (no required words, no gates or
    anchors), every offset looked up in the lexicon."""
    import dataclasses

    lex = U.lexicon()
    unskipped = dataclasses.replace(lex, pattern_words=tuple(frozenset() for _ in lex.patterns))
    # the lexicon walk tries every offset, not only those whose two characters open a key
    object.__setattr__(unskipped, "key_openings", re.compile("(?s)."))
    monkeypatch.setattr(U, "lexicon", lambda: unskipped)
    monkeypatch.setattr(U, "_gated_finditer", lambda rx, gates, text: rx.finditer(text))
    with document_tokens():
        return [U.find_units(t) for t in texts]


def test_find_units_identical_to_a_full_scan(paragraphs, monkeypatch):
    texts = paragraphs[::3]
    with document_tokens():
        fast = [U.find_units(t) for t in texts]
    full = _full_scan_find_units(monkeypatch, texts)
    assert sum(map(len, fast)) > 1000  # real units, not an empty comparison
    assert fast == full

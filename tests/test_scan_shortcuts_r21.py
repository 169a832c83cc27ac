"""Shortcuts of round 21 (issue 16) held to their definitions on real and generated text: the width
readings that replace marks in C instead of one Python step per mark."""
from __future__ import annotations

import random
import re

import pytest

from gwlint.analysis.units import _HALF_TO_FULL, normalize
from gwlint.analysis.widths import _DIGITS, _FULL, reading

from .test_scan_shortcuts import _lines

_LATIN = re.compile(r"[0-9A-Za-z]")


def _reading_stepwise(text: str) -> str:
    """:func:`reading` one mark at a time (its definition before round 21)."""
    if re.search("[０-９]", text):
        text = text.translate(_DIGITS)
    out = list(text)
    n = len(text)
    for m in re.finditer(r"[,;:?!()]", text):
        i = m.start()
        ch = text[i]
        if ch not in "()":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if prev and _LATIN.match(prev) and nxt and (_LATIN.match(nxt) or nxt in "/="):
                continue
        out[i] = _FULL[ch]
    return "".join(out)


@pytest.fixture(scope="module")
def lines():
    return _lines()


def _generated(seed: int, n: int) -> list[str]:
    """Short strings of marks, letters, digits (ASCII and full-width), / = and hanzi in every order: each mark
    with every kind of neighbour, at both ends, doubled."""
    alphabet = list(",;:?!()") * 3 + list("aZ09/=.-") + list("１０") + list("县市政府，（） \u3000")
    rng = random.Random(21)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def test_reading_is_the_mark_by_mark_definition(lines):
    changed = kept = 0
    for text in [*lines, *_generated(1, 30000), "1,000", "9:00", "https://a.b/c?x=1&y=2", "a,", ",a", "？!", "２,３"]:
        want = _reading_stepwise(text)
        got = reading(text)
        assert got == want, (text, got, want)
        assert len(got) == len(text)
        changed += got != text
        kept += any(c in ",;:?!" for c in got)
    assert changed > 1000 and kept > 1000  # marks turned full-width and marks kept both occur


def test_reading_keeps_each_condition_of_a_latin_mark():
    # each neighbour that keeps a mark, and one that does not, on each side
    assert reading("a,b") == "a,b" and reading("1:0") == "1:0" and reading("p:/") == "p:/" and reading("?=")
    assert reading("x?=1") == "x?=1" and reading("x?-1") == "x？-1" and reading("县,b") == "县，b"
    assert reading("a,县") == "a，县" and reading(",a") == "，a" and reading("a,") == "a，" and reading("(a)") == "（a）"
    assert reading("２０２６,1") == "2026,1"  # full-width digits read as ASCII first, then the mark between digits


def test_normalize_is_the_translation_and_keeps_unchanged_text_itself(lines):
    changed = 0
    for text in [*lines, *_generated(2, 20000)]:
        got = normalize(text)
        assert got == text.translate(_HALF_TO_FULL)
        if got == text:
            assert got is text  # the unit scan tells a line from its normalised form by identity
        changed += got != text
    assert changed > 500


def _present_lists() -> list[tuple[str, ...]]:
    """Real word lists (GW803's plain wrong words, GW805's required words, the unit patterns' required words)
    and lists built to trip a scan: words inside others, one the prefix of another, regex metacharacters, the
    empty word, duplicates."""
    from gwlint.analysis.literals import required_words
    from gwlint.analysis.units import lexicon
    from gwlint.rules.gw8.gw803_confused_word import _probes
    from gwlint.rules.gw8.gw805_standard_phrasing import _bodies, _compile
    from gwlint.analysis.lexicon import load_data

    entries = list(load_data("phrasing.toml").get("phrase", [])) + list(_bodies())
    gw805 = tuple(sorted(set().union(*(required_words(_compile(e["wrong"], bool(e.get("regex")))) for e in entries))))
    return [_probes(), gw805, lexicon().required_words,
            ("人民", "人民政府", "政府", "民政", "府"), ("县", "县区", "县（区）", "（", "区）"),
            ("a.b", "(", "[", "]", "^", "-", "\\", "|", "*"), ("", "省"), ("市", "市", "市县"), ()]


def test_present_words_are_the_words_in_the_text(lines):
    from gwlint.analysis.literals import present_words

    lists = _present_lists()
    texts = [*lines[::3], "\n".join(lines[:400]), "\n".join(lines[400:2000]), "人民政府", "各县（区）", "a.b(x)[^-]\\|*"]
    found = 0
    for words in lists:
        for text in texts:
            want = frozenset(w for w in words if w in text)
            assert present_words(text, words) == want, (text[:80], words[:5])
            found += len(want)
    assert found > 5000
    # a shorter word found only where a longer one starts is there too (the longer one hides it from the scan)
    assert present_words("人民政府", ("人民", "人民政府")) == {"人民", "人民政府"}
    assert present_words("县区", ("县", "县区", "区")) == {"县", "县区", "区"}


def _halfwidth_marks_stepwise(text: str) -> list[tuple[int, str]]:
    """GW801's :func:`halfwidth_marks` with every neighbour read by ``_neighbour`` (its definition before
    round 21)."""
    from gwlint.analysis.elements import literal_mask
    from gwlint.rules.gw8.gw801_halfwidth_punctuation import (_FULL, _MARKS, _bracket_pairs, _is_cjk, _neighbour,
                                                             _with_quotes)

    if not _MARKS.search(text):
        return []
    mask = literal_mask(text)
    out, paired = _bracket_pairs(text, mask)
    quotes: list[int] = []
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if mask[i] or i in paired:
            continue
        if ch == '"':
            quotes.append(i)
            continue
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue
        if ch in "()":
            if _is_cjk(left) or _is_cjk(right):
                out[i] = _FULL[ch]
            continue
        if _is_cjk(left) or (_is_cjk(right) and not (left.isascii() and left.isalnum())):
            out[i] = _FULL[ch]
    return _with_quotes(text, quotes, out)


def test_halfwidth_marks_read_neighbours_as_the_definition(lines):
    from gwlint.rules.gw8.gw801_halfwidth_punctuation import halfwidth_marks

    rng = random.Random(801)
    alphabet = list(",;:?!()\"") * 2 + list(" \t  ") + list("aZ09") + list("县政，（“") + ["WTO"]
    spaced = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(30000)]
    found = 0
    for text in [*lines, *spaced, "WTO, 世贸", "1,000", "9 : 00", "县 ,\t区", " ,县"]:
        got = halfwidth_marks(text)
        assert got == _halfwidth_marks_stepwise(text), text
        found += len(got)
    assert found > 10000


def test_word_count_is_the_stepwise_count_on_every_kind_of_character():
    """The two scans against the class-by-class count on strings of characters from every block that
    matters (ASCII, Latin and other letters, combining marks, spaces of every kind, CJK and its
    extensions, full-width forms, the marks counted as 字, the underscore): the class boundaries."""
    from gwlint.textutil import _word_count_stepwise, word_count

    rng = random.Random(16)
    pool = [chr(c) for c in [*range(0, 0x3100), *range(0xF900, 0x10000), *range(0x20000, 0x20080),
                             *range(0x2FA00, 0x2FA40), *range(0x30000, 0x30008)] if not 0xD800 <= c < 0xE000]
    pool += ["_", " ", "\u3000", "\t", "县", "a", "1", ",", "-", "“", "—"] * 200
    counted = 0
    for _ in range(60000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        n = word_count(text)
        assert n == _word_count_stepwise(text), text
        counted += n
    assert counted > 100000
    for text in ("-" * 5000 + "a", "_" * 3000, "a_b c_ _d", "1.5,2019 WTO县", "\u3000ａ１\u3000"):
        assert word_count(text) == _word_count_stepwise(text), text


def test_role_noted_gated_is_the_pattern_search(lines):
    """GW102's role clauses run only where a word every match holds is there: the same answer as searching
    each pattern in every line (both answers occur)."""
    from gwlint.analysis.facts import _responsibility, role_noted
    from gwlint.analysis.widths import reading

    d = _responsibility()
    rxs = [re.compile(rx) for rx in (d.get("role_unit_clause"), d.get("role_member_clause")) if rx]
    assert len(rxs) == 2
    extra = ["（由项目属地镇(街道)负责）", "由一名街道班子成员包案", "包案领导每月带案下访", "由起草部门负责", "由各部门负责"]
    yes = 0
    for text in [*lines, *extra]:
        want = any(rx.search(reading(text)) is not None for rx in rxs)
        assert role_noted(text) == want, text
        yes += want
    assert yes >= 5

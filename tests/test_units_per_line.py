"""A measure's responsible units are composed from its paragraphs' (round 9, hP): GW102 asks them of
whole measures, GW105 of every paragraph, and one walk per paragraph serves both.  That is exact only
if no sentence, clause reader or note crosses a line break: held here against the walk over the whole
text, on every corpus document, sample draft and evaluation draft (each file as one text, and every
pair of adjacent lines)."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import _subject_walk, find_notes, subject_units
from gwlint.docmemo import document_scope

from .conftest import CORPUS, REPO


def _files() -> list[list[str]]:
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    out = [f.read_text(encoding="utf-8").splitlines() for f in sorted(files)]
    assert len(out) > 2000
    return out


@pytest.fixture(scope="module")
def files():
    return _files()


def _note_units(text: str) -> list[tuple]:
    return [(u.start, u.end, u.name, u.generic) for n in find_notes(text) for u in n.units]


def test_subjects_and_notes_of_a_text_are_those_of_its_lines(files):
    subjects = notes = 0
    for lines in files:
        texts = ["\n".join(lines), *("\n".join(lines[k:k + 2]) for k in range(len(lines) - 1))]
        with document_scope():  # as in a lint: each line's answer once
            for text in texts:
                want = _subject_walk(text)[0]
                assert subject_units(text) == want, text
                subjects += len(want)
                composed, offset = [], 0
                for line in text.split("\n"):
                    composed += [(a + offset, b + offset, n, g) for a, b, n, g in _note_units(line)]
                    offset += len(line) + 1
                assert composed == _note_units(text), text
                notes += len(composed)
    assert subjects > 3000 and notes > 3000  # the texts do hold subjects and notes


def test_a_demand_lead_unit_closing_a_line_is_the_next_lines_subject():
    # 一要各乡（镇）人民政府 / 加强巡查: the sentence goes on after the line break
    text = "一要各乡（镇）人民政府\n定期开展巡查。"
    assert [u.text for u in _subject_walk(text)[0]] == ["各乡（镇）人民政府"]
    assert subject_units(text) == _subject_walk(text)[0]
    with document_scope():
        assert [u.text for u in subject_units(text)] == ["各乡（镇）人民政府"]
    # the line alone (nothing after it) names no subject, as before
    assert subject_units("一要各乡（镇）人民政府") == []


def _lines(files) -> list[str]:
    from gwlint.analysis.units import normalize

    out = [normalize(line) for lines in files for line in lines if line.strip()]
    assert len(out) > 20000
    return out


def test_lexicon_scan_by_two_characters_finds_the_longest_key(files):
    """The unit scan looks up only the lengths of keys opening with a position's two characters:
    the same longest key as trying every length of its first character."""
    from gwlint.analysis.units import lexicon

    lex = lexicon()
    found = 0
    for text in _lines(files)[::3]:
        for i, ch in enumerate(text):
            want = next((ln for ln in lex.lengths.get(ch, ()) if text[i:i + ln] in lex.entries
                         and i + ln <= len(text)), None)
            got = next((ln for ln in lex.lengths2.get(text[i:i + 2], ()) if text[i:i + ln] in lex.entries
                        and i + ln <= len(text)), None)
            assert got == want, (text, i)
            found += want is not None
    assert found > 5000


def test_nt_tokens_picked_in_c_are_the_tagged_words(files):
    from itertools import compress
    from operator import itemgetter

    from gwlint.analysis.tokens import index_of
    from gwlint.analysis.units import _nt_set, _nt_words

    tags = _nt_words()
    hits = 0
    with document_scope():
        for text in _lines(files)[::7]:
            toks = index_of(text).tokens
            want = [t for t in toks if tags.get(t.text) == "nt" and len(t.text) >= 2]
            assert list(compress(toks, map(_nt_set().__contains__, map(itemgetter(0), toks)))) == want
            hits += len(want)
    assert hits > 500

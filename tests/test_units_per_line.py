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

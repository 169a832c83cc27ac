"""``units._notes_of``: the notes of a paragraph as written (half-width marks: GW102's measures) served from those
of its normalised text when no note group holds a character the normalisation changes (issue 16, round 25).
Held to the definition -- the direct reading of the text, nothing kept -- on every corpus document, sample
draft and evaluation draft line, as read and with some or all marks typed half-width, in both orders within one
document scope."""
from __future__ import annotations

import random

from gwlint.analysis import units as U
from gwlint.analysis.widths import reading
from gwlint.docmemo import document_scope

from .conftest import CORPUS, REPO

_TO_HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"})


def _lines() -> list[str]:
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    out = []
    for f in sorted(files):
        out.extend(x for x in f.read_text(encoding="utf-8", errors="replace").splitlines() if x.strip())
    return out


def _written(line: str, rng: random.Random) -> str:
    """The line with all, some or one of its full-width marks typed half-width."""
    r = rng.random()
    if r < 0.4:
        return line.translate(_TO_HALF)
    if r < 0.8:
        return "".join(c.translate(_TO_HALF) if rng.random() < 0.5 else c for c in line)
    marks = [i for i, c in enumerate(line) if c in "（），；："]
    if not marks:
        return line
    i = rng.choice(marks)
    return line[:i] + line[i].translate(_TO_HALF) + line[i + 1:]


def _fields(notes) -> list:
    def units(us):
        return [(u.text, u.start, u.end, u.name, u.kind, u.level, u.generic, u.reaches, u.relative, u.source)
                for u in us]
    return [(n.start, n.end, n.form, units(n.lead), units(n.partners)) for n in notes]


def test_shared_notes_are_the_direct_reading():
    rng = random.Random(25)
    lines = _lines()
    assert len(lines) > 5000
    marked = shared = noted = 0
    for line in lines:
        read = reading(line)
        written = _written(read, rng)
        if written == read:
            continue
        marked += 1
        want = {t: _fields(U._read_notes(t)) for t in (read, written)}  # outside a document scope: no sharing
        noted += bool(want[written])
        for order in ((read, written), (written, read), (written,)):
            with document_scope():
                for t in order:
                    got = U._notes_of(t)
                    assert _fields(got) == want[t], (line, t)
                    if t is written and got is U._notes_of(U.normalize(t)):
                        shared += 1
    assert marked > 2000 and noted > 300 and shared > 1000


def test_a_group_holding_a_changed_mark_is_read_directly():
    # the half-width comma inside the note splits its items differently: not served from the normalised text
    text = "做好统计（责任单位:市财政局,市商务局）。"
    key = U.normalize(text)
    with document_scope():
        assert U._notes_of(key) is not U._notes_of(text)
        assert _fields(U._notes_of(text)) == _fields(U._read_notes(text))
    # half-width brackets around a group (never read from the text) and a comma outside every group: shared
    text = "各县(区)人民政府要加强调度（市财政局负责）,按月报送。"
    with document_scope():
        assert U._notes_of(text) is U._notes_of(U.normalize(text))
        assert _fields(U._notes_of(text)) == _fields(U._read_notes(text))
    text = "做好统计(市财政局负责)。"
    with document_scope():
        assert U._notes_of(text) is U._notes_of(U.normalize(text))
        assert _fields(U._notes_of(text)) == _fields(U._read_notes(text))
    # a comma outside every group: the normalised text's notes
    text = "做好统计,加强调度（市财政局负责）。"
    with document_scope():
        assert U._notes_of(text) is U._notes_of(U.normalize(text))
        assert _fields(U._notes_of(text)) == _fields(U._read_notes(text))

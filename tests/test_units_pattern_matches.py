"""``units._pattern_matches``: the unit patterns' matches of a normalised text, kept for the document so that a
paragraph as written (half-width marks) rescanned after the paragraph as read reuses them (issue 16, round 23).
Held to the definition: the same units as a scan with nothing kept, in either order."""
from __future__ import annotations

import random
from pathlib import Path

from gwlint.analysis import units as U
from gwlint.analysis.widths import reading
from gwlint.docmemo import document_scope

ROOT = Path(__file__).resolve().parent.parent
_TO_HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"})


def _lines():
    out = []
    for sub in ("tests/corpus", "sample_docs"):
        for p in sorted((ROOT / sub).rglob("*.txt")):
            out.extend(x for x in p.read_text(encoding="utf-8", errors="replace").splitlines() if x.strip())
    return out


def _fields(units):
    return [(u.text, u.start, u.end, u.name, u.kind, u.level, u.generic, u.reaches, u.relative, u.source)
            for u in units]


def _written(line: str, rng: random.Random) -> str:
    """The line with some or all of its full-width marks typed half-width (what a draft may hold)."""
    if rng.random() < 0.5:
        return line.translate(_TO_HALF)
    return "".join(c.translate(_TO_HALF) if rng.random() < 0.5 else c for c in line)


def _plain(text):
    # the definition: every pattern run on the text itself, nothing kept
    lex = U.lexicon()
    norm = U.normalize(text)
    if "〔" in norm or "〕" in norm:
        norm = norm.replace("〔", "（").replace("〕", "）")
    return [(k, m.span(), m.groupdict()) for k in U._patterns_to_run(lex, norm)
            for m in U._gated_finditer(lex.patterns[k][0], lex.patterns[k][2], norm)]


def test_kept_matches_are_the_scan_of_the_text():
    rng = random.Random(23)
    lines = _lines()
    assert len(lines) > 2000
    marked = 0
    for line in lines:
        read = reading(line)
        written = _written(read, rng)
        marked += written != read
        want = {t: _fields(U._find_units(t)) for t in (read, written)}  # outside a document scope: nothing kept
        matches = {t: _plain(t) for t in (read, written)}
        for order in ((read, written), (written, read)):
            with document_scope():
                for t in order:
                    assert _fields(U._find_units(t)) == want[t], (line, t)
                    norm = U.normalize(t).replace("〔", "（").replace("〕", "）")
                    got = [(k, m.span(), m.groupdict()) for k, m in U._pattern_matches(U.lexicon(), norm)]
                    assert got == matches[t], (line, t)
    assert marked > 1000


def test_a_new_lexicon_is_not_served_old_matches():
    """The kept matches name their lexicon: a lexicon replaced within a document is scanned afresh."""
    text = "各县（市、区）人民政府、省直有关单位负责。"
    with document_scope():
        lex = U.lexicon()
        first = U._pattern_matches(lex, text)
        assert U._pattern_matches(lex, text) is first
        other = U._Lexicon(lex.entries, lex.lengths, lex.lengths2, lex.ambiguous, lex.patterns[:0],
                           lex.pattern_words[:0], lex.required_words)
        assert U._pattern_matches(other, text) == ()
        assert [(k, m.span()) for k, m in U._pattern_matches(lex, text)] == [(k, m.span()) for k, m in first]
        assert first

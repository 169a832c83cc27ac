"""Shortcuts of round 8 (hW) held to their definitions on real text: one regex scan for
"does the span hold any of these words", the 字数 count by classes, GW503's depth-0 offsets."""
from __future__ import annotations

import random

import pytest

from gwlint.analysis.literals import first_of, holds_any
from gwlint.data import load_toml
from gwlint.rules.gw5.gw503_long_sentence import _CLOSE, _OPEN, _marks_at_depth0
from gwlint.textutil import _word_count_stepwise, word_count

from .conftest import CORPUS, REPO


def _lines() -> list[str]:
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    out = []
    for f in sorted(files):
        out.extend(line for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(out) > 5000
    return out


@pytest.fixture(scope="module")
def lines():
    return _lines()


def _word_lists() -> list[list[str]]:
    """Real word lists the rules ask about (attendance verbs, inspection labels, visit words)."""
    meetings = load_toml("meetings.toml")
    lists = [meetings.get("attendance_verbs", []), meetings.get("attendance_labels", [])]
    lists += [v for v in load_toml("inspections.toml").values() if isinstance(v, list) and v and isinstance(v[0], str)]
    lists = [w for w in lists if w]
    assert len(lists) >= 3
    return [*lists, [], ["调研"], ["", "省"], ["（", "“", "要"]]


def test_holds_any_is_any_word_in_the_span(lines):
    rng = random.Random(8)
    lists = _word_lists()
    hits = 0
    for text in lines[::2]:
        a = rng.randint(0, len(text))
        b = rng.randint(0, len(text) + 2)
        for words in lists:
            want = any(w in text[a:b] for w in words)
            assert holds_any(text, words, a, b) == want, (text, a, b, words)
            assert holds_any(text[a:b], words) == want
            hits += want
    assert hits > 1000  # the lists do occur: not an all-False comparison


def test_first_of_is_where_the_first_word_in_the_span_starts(lines):
    rng = random.Random(9)
    lists = _word_lists()
    hits = 0
    for text in lines[1::2]:
        a = rng.randint(0, len(text) + 1)
        b = rng.choice([None, rng.randint(0, len(text) + 2)])
        for words in lists:
            span = text[a:b]
            want = min((a + span.find(w) for w in words if w in span), default=-1)
            assert first_of(text, words, a, b) == want, (text, a, b, words)
            hits += want > a
    assert hits > 1000  # words found inside the span, not only at its start or nowhere


def test_word_count_is_the_stepwise_count(lines):
    odd = ["abc 1.5 , ;x", "2019年3月", "a,b", " ", "", "\u3000x\u3000", "ＡＢＣ１２３", "e.g.，第3.2条"]
    rng = random.Random(16)
    odd += ["".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(400)) for _ in range(20)]
    for text in [*lines, *odd]:
        assert word_count(text) == _word_count_stepwise(text), text


def _depth0_stepwise(text: str, a: int, b: int) -> list[int]:
    depth, found = 0, []
    for i in range(a, b - 1):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(i)
    return found


# the mark sets GW503 asks for (its split groups, semicolons), one holding brackets (never a mark at
# depth 0), regex metacharacters, and none
_MARK_SETS = ("，,：:", "、", "；;", "（、”", "-^]\\", "")


def test_depth0_offsets_are_the_stepwise_ones(lines):
    rng = random.Random(503)
    bracketed = 0
    for text in lines:
        a, b = rng.randint(0, len(text)), rng.randint(0, len(text))
        for marks in _MARK_SETS:
            assert _marks_at_depth0(text, a, b, marks) == \
                [i for i in _depth0_stepwise(text, a, b) if text[i] in marks], (text, a, b, marks)
            assert _marks_at_depth0(text, 0, len(text), marks) == \
                [i for i in _depth0_stepwise(text, 0, len(text)) if text[i] in marks], (text, marks)
        bracketed += any(c in text for c in _OPEN)
    assert bracketed > 500


def test_legibility_word_share_same_as_token_by_token():
    """The tiling shortcut of legibility.measure against its token loop (tokens handed over as an
    iterator take the loop), on every corpus and sample text and on the same texts mis-decoded."""
    from gwlint.readers.legibility import measure
    from gwlint.segment import document_tokens, tokenize

    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt")]
    docs = []
    for f in sorted(files):
        text = f.read_text(encoding="utf-8")
        docs.append([ln for ln in text.splitlines() if ln.strip()])
        # the same bytes read in the wrong code page: mojibake hanzi, few words
        docs.append([ln for ln in text.encode("utf-8").decode("gbk", errors="replace").splitlines() if ln.strip()])
    docs.append(["x" * 7000, "中" * 6500 + "国家"])  # a paragraph longer than the sample: the loop
    assert len(docs) > 50
    with document_tokens():
        for texts in docs:
            toks = [tokenize(t) for t in texts]
            fast = measure(texts, lambda i: toks[i])
            slow = measure(texts, lambda i: iter(toks[i]))
            assert fast == slow, texts[:2]


# -- round 19 (h19s): the fixed-phrase look-ups without a set of the text's characters --------------------

def _shuffled_stretches(text: str, form: str) -> list[tuple[int, int]]:
    """The definition of a form's words in another order: every stretch of its length that holds its characters
    as often as it does and is not the form itself, looked at one by one."""
    from collections import Counter

    want, n = Counter(form), len(form)
    return [(k, k + n) for k in range(len(text) - n + 1) if text[k:k + n] != form and Counter(text[k:k + n]) == want]


def test_forms_in_and_shuffled_near_matches_as_their_definitions(lines):
    """forms_in and the shuffled reading of near_matches look for each character of a form in the text instead
    of building the set of the text's characters: the forms kept for a text (every line, every document whole)
    are the set-based definition's, and the shuffled stretches found are every one there is, on real lines and
    on lines with each form's words swapped in."""
    from gwlint.analysis.fixed_phrases import _ANCHOR, _SHUFFLED, _TAIL, canons, forms_in, near_matches

    forms = canons()
    long_forms = [c for c in forms if not c.quoted and len(c.form) >= _SHUFFLED]
    assert len(long_forms) >= 5

    def by_sets(text):
        chars = set(text)
        return tuple(c for c in forms if (c.quoted and c.form in text) or (len(c.form) >= 8 and c.form[:_ANCHOR] in text)
                     or (not c.quoted and len(c.form) >= _SHUFFLED and set(c.form) <= chars)
                     or (not c.quoted and _SHUFFLED <= len(c.form) < 8 and c.form[:_ANCHOR] + c.form[-_TAIL:] in text))

    rng = random.Random(19)
    swapped = []
    for c in long_forms:
        f = c.form
        k = rng.randint(2, len(f) - 2)
        swapped += [f[k:] + f[:k], "要" + f[k:] + f[:k] + "，" + f, f[::-1], f[:-1], "坚持" + f.replace(f[1], "", 1)]
    docs = ["\n".join(lines[i:i + 80]) for i in range(0, len(lines), 80)]
    kept = found = 0
    for text in [*lines, *docs, *swapped, ""]:
        want = by_sets(text)
        assert forms_in(text) == want, text[:40]
        kept += len(want)
    for text in [*lines[::10], *swapped]:
        for c in long_forms:
            got = [(m.start, m.end) for m in near_matches(text, (c,))
                   if sorted(text[m.start:m.end]) == sorted(c.form)]
            assert got == _shuffled_stretches(text, c.form), (text, c.form)
            found += len(got)
    assert kept > 200 and found >= len(long_forms)  # forms kept and swapped words found: not an empty comparison


def test_vague_measure_signals_any_only_answers_as_the_full_reading():
    """GW502 asks ``any`` of a measure's signals first and stops at the first one found: that answer is the
    full reading's ``any`` for every measure of every corpus and sample document (with and without signals)."""
    from gwlint.config import Config
    from gwlint.context import LintContext
    from gwlint.readers import read_bytes
    from gwlint.rules.gw5.gw502_vague_measure import VagueMeasure, measure_signals
    from gwlint.segment import document_tokens

    files = sorted([*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt")])
    seen = {True: 0, False: 0}
    for f in files:
        with document_tokens():
            ctx = LintContext(read_bytes(f.read_bytes(), f.name), Config())
            s = ctx.settings(VagueMeasure)
            for m in ctx.gw.content_measures(ctx.doc):
                quick = any(measure_signals(ctx, m.lines, s, any_only=True).values())
                full = any(measure_signals(ctx, m.lines, s).values())
                assert quick == full, (f.name, m.heading.line)
                seen[full] += 1
    assert seen[True] > 300 and seen[False] > 0, seen


def _patterns_by_every_word(lex, norm: str) -> tuple[int, ...]:
    """The unit patterns the scan must run on ``norm`` by definition: those requiring no word, and those one of
    whose required words (looked up one by one, every word of every pattern) ``norm`` holds."""
    return tuple(k for k, words in enumerate(lex.pattern_words) if not words or any(w in norm for w in words))


def test_unit_patterns_to_run_are_those_a_required_word_lets_run(lines):
    """The unit scan looks a required word up only where the line holds its first character, and skips a word
    whose patterns run already: the patterns it runs are exactly those of the word-by-word definition, on every
    corpus, sample and draft line, whole documents, each required word alone and inside other text."""
    import dataclasses

    from gwlint.analysis.units import _patterns_to_run, lexicon, normalize

    lex = lexicon()
    words = sorted({w for ws in lex.pattern_words for w in ws})
    texts = [normalize(t) for t in lines] + ["".join(lines[i:i + 80]) for i in range(0, len(lines), 80)]
    texts += [*words, *(f"关于{w}的通知" for w in words), *(w[:-1] for w in words if len(w) > 1), "", "。"]
    guarded = 0
    for t in texts:
        got = _patterns_to_run(lex, t)
        assert got == _patterns_by_every_word(lex, t), t
        guarded += len(got) - bin(lex.unguarded).count("1")
    assert guarded > 10000  # patterns let run by their words, not only the unguarded ones
    # a word left out of its first character's list (or a word of one character taken for longer) is caught
    for mutate in ("drop", "single"):
        bad = dataclasses.replace(lex)
        c, entries = next((c, v) for c, v in bad.by_first.items() if any(len(w) > 1 for w, _s, _b in v))
        if mutate == "drop":
            entries = entries[1:]
        else:
            entries = tuple((w, True, b) for w, _s, b in entries)
        object.__setattr__(bad, "by_first", {**bad.by_first, c: entries})
        assert any(_patterns_to_run(bad, t) != _patterns_by_every_word(bad, t) for t in texts), mutate


def test_own_share_subject_reads_as_the_pattern_built_per_call(lines):
    """The own-share reading builds its alternation of whole sets once per set list: on every line holding a
    set, the same answer as the pattern spelled out per call; another set list gets its own pattern."""
    import re

    from gwlint.analysis.facts import _responsibility, own_share_subject

    d = _responsibility()
    clause, lead = d.get("own_share_clause"), d.get("own_share_lead", "")
    whole = tuple(d.get("whole_set_collectives", []))
    assert clause and whole

    def spelled(text, sets):
        alt = "|".join(map(re.escape, sorted(sets, key=len, reverse=True)))
        for m in re.finditer(f"(?:{alt})(?={lead}{clause})", text):
            before = re.split(r"[。；！？：:，,、（(]", text[:m.start()])[-1]
            if len(before) <= 6 and not re.search(r"各|有关|相关|其他|部分", before):
                return True
        return False

    texts = [t for t in lines if any(w in t for w in whole)]
    texts += ["市直各部门对本部门承担的工作任务负责", "各部门按职责分工负责本部门工作"]
    answers = {True: 0, False: 0}
    for sets in (whole, whole[:1]):
        for t in texts:
            got = own_share_subject(t, sets)
            assert got == spelled(t, sets), (sets, t)
            answers[got] += 1
    assert answers[True] >= 2 and answers[False] > 50, answers

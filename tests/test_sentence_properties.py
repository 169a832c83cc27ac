"""Property tests (Hypothesis) for the sentence and negation code under the rules (issue 12): whatever the
text, sentences and clauses partition it, quoted spans stay ordered and inside it, negation answers only with a
negating word, and the whole pipeline never raises and places every finding inside the text."""
from __future__ import annotations

import re
from collections import namedtuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gwlint.analysis.negation import negated_before
from gwlint.analysis.sentences import (_CLAUSE_END, clause_end, clause_spans, clause_start, quoted_spans,
                                       sentence_spans)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKS = "，：。；！？、“”‘’《》（）〔〕「」"
chars = st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), st.sampled_from(list(MARKS + " \t,.;")),
                  st.characters(blacklist_categories=("Cs",)))
texts = st.text(chars, max_size=300)
CLAUSE_END = set(_CLAUSE_END)


@SETTINGS
@given(texts)
def test_sentences_are_ordered_and_lose_no_text(text):
    spans = sentence_spans(text)
    pos = 0
    for a, b in spans:
        assert pos <= a < b <= len(text)
        assert not text[pos:a].strip()  # only blank text between sentences
        assert text[a:b].strip()
        pos = b
    assert not text[pos:].strip()


@SETTINGS
@given(texts, st.data())
def test_clauses_partition_any_range(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = clause_spans(text, start, end)
    pos = start
    for k, (a, b) in enumerate(spans):
        assert a == pos and a < b <= end
        inner = text[a:b - 1] if b - a > 1 else ""
        assert not CLAUSE_END & set(inner)
        if k < len(spans) - 1:
            assert text[b - 1] in CLAUSE_END
        pos = b
    assert pos == end or (not spans and start == end)


@SETTINGS
@given(texts, st.data())
def test_clause_start_and_end_bracket_the_position(text, data):
    pos = data.draw(st.integers(0, len(text)))
    a, b = clause_start(text, pos), clause_end(text, pos)
    assert 0 <= a <= pos <= b <= len(text)
    assert not CLAUSE_END & set(text[a:pos]) and not CLAUSE_END & set(text[pos:b])


@SETTINGS
@given(texts)
def test_quoted_spans_are_ordered_disjoint_and_inside(text):
    spans = quoted_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        last = b


Tok = namedtuple("Tok", "text start end")
WORDS = ["不得", "严禁", "不", "要", "须", "减少", "工作", "的", "报送", "材料", "各地", "未", "可", "陪同", "会议"]


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.data())
def test_negation_answers_only_with_a_negating_word(words, data):
    toks, pos = [], 0
    for w in words:
        toks.append(Tok(w, pos, pos + len(w)))
        pos += len(w)
    at = data.draw(st.integers(0, pos))
    start = data.draw(st.integers(0, at))
    negators, reducers = {"不得", "严禁", "不", "未", "可"}, {"减少"}
    got = negated_before(toks, at, start, negators, {"要", "须"}, weak={"未", "可", "不"}, reducers=reducers)
    assert got is None or got in negators | reducers
    if not any(t.text in negators | reducers and t.start >= start and t.end <= at for t in toks):
        assert got is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(chars, max_size=200), st.text(chars, max_size=200))
def test_the_pipeline_never_raises_and_places_findings_inside_the_text(title, body):
    from gwlint.api import lint_bytes
    from gwlint.config import Config

    text = f"江西省农业农村厅关于{title}的通知\n各设区市人民政府：\n{body}\n"
    result = lint_bytes(text.encode("utf-8"), "draft.txt", Config(), limits=None)
    lines = re.split(r"\r\n|\r|\n", text)  # physical lines, as editors count them
    for f in result.findings:
        assert 1 <= f.line <= len(lines), f
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f

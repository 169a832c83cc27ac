"""Sentence helpers shared by rules.

* :func:`sentence_spans` / :func:`clause_spans` – where sentences and clauses are;
* :func:`quoted_spans` – text inside “…”, 《…》, 「…」: words of a quoted higher
  document or a title are not the issuer's own instruction;
* :func:`cancelled` – negation that takes the force out of a modal (无须要, 不必);
* :func:`find_directives` – directive sentences: a given subject followed, in the
  same clause, by a modal predicate (要, 必须, 不得 …) that is a whole jieba token,
  or a 要求/责成 verb directly followed by the subject.

Word lists come from ``dictionaries/directives.toml``; the subject spans come from
the caller (e.g. :mod:`gwlint.units`), so the detector itself knows nothing of
organisations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .data import load_toml

_SENT_END = re.compile(r"[。！？；!?;]+[”’」』）)]*")
_CLAUSE_END = "，,：:。！？；!?;"
# words before a modal that cancel it: 无须要求, 不必, 不需要
_CANCEL = frozenset({"无须", "无需", "不必", "不需", "不需要", "不用", "毋须", "未", "是否"})
# a modifier after the subject: 各地的做法要… is not an order to 各地
_POSSESSIVE = frozenset({"的", "之"})
# 要求 used as a noun: 按照…要求, 根据…要求
_NOUN_MARKERS = frozenset({"按照", "根据", "依照", "依据", "遵照", "按", "对照", "落实", "贯彻"})


@dataclass(frozen=True)
class DirectiveWords:
    modal_verbs: frozenset
    require_verbs: frozenset
    non_directive: frozenset
    max_gap: int
    quote_pairs: tuple
    reported: re.Pattern | None = None  # "国务院要求" / "《通知》指出，": another body speaks


@lru_cache(maxsize=1)
def directive_words() -> DirectiveWords:
    d = load_toml("directives.toml")
    sources, verbs = d.get("reported_sources", []), d.get("reporting_verbs", [])
    reported = None
    if sources and verbs:
        # a source (not 本通知: that is the issuer's own text), a few characters, then a
        # reporting verb right before the directive
        reported = re.compile("(?<![本此该])(?:%s)[^，。；：！？“”]{0,12}?(?:%s)[，：:]?\\s*$"
                              % ("|".join(sources), "|".join(map(re.escape, verbs))))
    return DirectiveWords(frozenset(d.get("modal_verbs", [])), frozenset(d.get("require_verbs", [])),
                          frozenset(d.get("non_directive", [])), int(d.get("max_gap", 8)),
                          tuple(tuple(p) for p in d.get("quote_pairs", [])), reported)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text`` (ending in 。！？；)."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def clause_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]`` split after ，：。；！？."""
    end = len(text) if end is None else end
    out, a = [], start
    for i in range(start, end):
        if text[i] in _CLAUSE_END:
            out.append((a, i + 1))
            a = i + 1
    if a < end:
        out.append((a, end))
    return out


def quoted_spans(text: str, pairs: Iterable[Sequence[str]] | None = None) -> list[tuple[int, int]]:
    """Spans (quote marks included) of quoted text and titles in ``text``.

    Nested pairs are covered by the outer span; an unclosed mark runs to the end
    of the paragraph (what an unbalanced quotation most likely means)."""
    pairs = tuple(pairs) if pairs is not None else directive_words().quote_pairs
    spans: list[tuple[int, int]] = []
    for open_, close in pairs:
        i = 0
        while True:
            a = text.find(open_, i)
            if a < 0:
                break
            b = text.find(close, a + 1)
            b = len(text) if b < 0 else b + 1
            spans.append((a, b))
            i = b
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def cancelled(tokens: Sequence, k: int) -> bool:
    """True when token ``k`` (a modal) is negated by a word right before it (无须要, 不必要)."""
    return k > 0 and tokens[k - 1].text in _CANCEL


@dataclass(frozen=True)
class Directive:
    start: int  # sentence span in the paragraph
    end: int
    subject: str
    subject_start: int
    subject_end: int
    trigger: str  # the modal or 要求-verb
    trigger_start: int


def find_directives(text: str, tokens: Sequence, subjects: Sequence[tuple[int, int]],
                    words: DirectiveWords | None = None) -> list[Directive]:
    """Directive sentences of a paragraph, at most one per sentence.

    ``tokens`` are jieba tokens of ``text`` with offsets (``.text .start .end``);
    ``subjects`` are spans of the addressees that count (lower governments, …).
    A subject counts when it opens a clause (optionally after other subjects
    joined by 、和及), is not quoted, ends on a token boundary, and a modal token
    follows within ``max_gap`` tokens of the same clause with no 的 in between.
    ``要求各地…`` counts when 要求 is a verb: directly followed by a subject and
    not preceded in its clause by 按照/根据 (then it is the noun)."""
    w = words or directive_words()
    quotes = quoted_spans(text, w.quote_pairs)

    def reported(s: int, pos: int) -> bool:
        # reported speech without quotes: 国务院要求各地…, 《通知》指出，各地要…
        return w.reported is not None and w.reported.search(text, s, pos) is not None

    subj = sorted(s for s in subjects if not inside(s[0], quotes))
    if not subj:
        return []
    tok_start = {t.start: k for k, t in enumerate(tokens)}
    tok_end = {t.end: k for k, t in enumerate(tokens)}
    out: list[Directive] = []
    for s, e in sentence_spans(text):
        clauses = clause_spans(text, s, e)
        hit = None
        for a, b in clauses:
            in_clause = [x for x in subj if a <= x[0] < b]
            if not in_clause:
                continue
            # 1) clause-initial subject + modal
            lead = text[a:in_clause[0][0]].strip(" \u3000")
            lead = re.sub(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]", "", lead)
            if lead in ("", "同时", "另外", "此外", "其中", "对此") and not reported(s, a):
                chain_end = in_clause[0][1]
                for x in in_clause[1:]:
                    if text[chain_end:x[0]] in ("、", "和", "及", "与", "以及", "，"):
                        chain_end = x[1]
                k0 = tok_start.get(chain_end)
                if k0 is not None:
                    k = k0
                    gap = 0
                    while k is not None and k < len(tokens) and gap <= w.max_gap and tokens[k].start < b:
                        t = tokens[k].text
                        if t in _POSSESSIVE:
                            break
                        if t in w.modal_verbs and t not in w.non_directive and not inside(tokens[k].start, quotes) \
                                and not cancelled(tokens, k):
                            x0 = in_clause[0]
                            hit = Directive(s, e, text[x0[0]:x0[1]], x0[0], x0[1], t, tokens[k].start)
                            break
                        k += 1
                        gap += 1
            if hit:
                break
            # 2) 要求/责成 + subject
            for x in in_clause:
                kk = tok_end.get(x[0])
                if kk is None or tokens[kk].text not in w.require_verbs or inside(x[0], quotes):
                    continue
                before = {t.text for t in tokens if a <= t.start < tokens[kk].start}
                if before & _NOUN_MARKERS or reported(s, tokens[kk].end):
                    continue
                hit = Directive(s, e, text[x[0]:x[1]], x[0], x[1], tokens[kk].text, tokens[kk].start)
                break
            if hit:
                break
        if hit:
            out.append(hit)
    return out


# ------------------------------------------------------------ word matching and negation scope
def aligned(tokens: Sequence, start: int, end: int) -> bool:
    """True when ``[start, end)`` cuts no jieba token in two, or lies wholly inside
    one token (台账 in 工作台账).  A span across a word boundary (考核 in 参考/核心)
    is not the word."""
    for t in tokens:
        if t.end <= start or t.start >= end:
            continue
        if start <= t.start and t.end <= end:
            continue
        if t.start <= start and end <= t.end:
            continue
        return False
    return True


def find_words(text: str, tokens: Sequence, words: Iterable[str], start: int = 0,
               end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of ``words`` in ``text[start:end]``: longest word first at
    each position, non-overlapping, and :func:`aligned` with the tokens."""
    end = len(text) if end is None else end
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    out: list[tuple[int, int, str]] = []
    i = start
    while i < end:
        for w in ws:
            j = i + len(w)
            if j <= end and text.startswith(w, i) and aligned(tokens, i, j):
                out.append((i, j, w))
                i = j
                break
        else:
            i += 1
    return out


def negated_before(tokens: Sequence, pos: int, start: int, negators: Iterable[str],
                   resets: Iterable[str] = (), *, weak: Iterable[str] = (), reducers: Iterable[str] = (),
                   reach: int = 6) -> str | None:
    """The word that negates what stands at ``pos`` (严禁多头督查, 不得要求…陪同):
    the last token in ``[start, pos)`` found in ``negators`` or ``reducers``, unless a
    ``resets`` token (a fresh 要/须/请) comes between it and ``pos``.  None when not negated.

    Two limits keep topic words from silencing a demand:

    * a ``weak`` negator (未, 可, 无, bare 不) followed by 的 before ``pos`` sits in an
      attributive (未完成整改的问题清单, 可复制可推广的经验做法) and negates nothing after it;
    * a ``reducers`` verb (减少, 精简, 整治, 防止 …) negates only what it governs directly:
      at most ``reach`` tokens on, with no 工作/的 between (减少报送, 精简各类报表 — not
      人居环境整治工作总结, 防止返贫动态监测帮扶工作台账).
    """
    neg, rst, wk, red = frozenset(negators), frozenset(resets), frozenset(weak), frozenset(reducers)
    found = None
    prev = None
    between: list[str] = []  # tokens after the current negator
    for t in tokens:
        if t.end > pos:
            break
        if t.start < start:
            continue
        if t.text in neg or t.text in red:
            found = t
            between = []
        elif found is not None and t.text in rst and not (prev is not None and prev.text in neg
                                                           and prev.end == t.start):
            # a modal right after the negator belongs to it (不/需, 不/应): no reset
            found = None
        elif found is not None:
            between.append(t.text)
        prev = t
    if found is None:
        return None
    if found.text in red and found.text not in neg:
        if len(between) > reach or "工作" in between or "的" in between:
            return None
    elif found.text in wk and "的" in between:
        return None
    return found.text

"""Required literals of a regex: a cheap test that tells when a pattern cannot match a text.

Many of gwlint's patterns open with a CJK class repeated up to a dozen times
(``[\\u4e00-\\u9fff]{2,8}?(?:省|市|县|区)…``): ``re`` then tries them at every position of
every text, although most paragraphs hold none of the words every match contains
(成员单位, 指挥部, 银保监局 …).  :func:`required_literals` reads that set off the parsed
pattern — one of these strings occurs in every match — and :func:`may_match` looks for
them with ``str.__contains__`` before the pattern is run at all.  It only ever skips a
pattern that cannot match, so the matches are those of the pattern itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..startcache import derived

# a character class is taken as a set of literals up to this size (a wider one says too little)
_MAX_CLASS = 8


def _score(lits: frozenset) -> tuple:
    """Prefer sets whose shortest string is longest (rarer in text), then fewer strings."""
    return (min(map(len, lits)), -len(lits))


def _item(op, av, C) -> frozenset | None:
    if op is C.LITERAL:
        return frozenset((chr(av),))
    if op is C.IN:
        if len(av) <= _MAX_CLASS and all(o is C.LITERAL for o, _ in av):
            return frozenset(chr(v) for _, v in av)
        return None
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            r = _sequence(alt, C)
            if r is None:  # one alternative without a known literal: nothing is required
                return None
            out |= r
        return frozenset(out)
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:…) and the like: literals no longer match as written
            return None
        return _sequence(sub, C)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        return _sequence(sub, C) if lo >= 1 else None
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av, C)
    return None  # anchors, lookarounds, back references, any character, categories …


def _sequence(items, C) -> frozenset | None:
    """A set of strings one of which every match of the sequence ``items`` contains."""
    best = None
    run: list[str] = []

    def consider(lits):
        nonlocal best
        if lits and (best is None or _score(lits) > _score(best)):
            best = lits

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(("".join(run),)))
            run = []
        consider(_item(op, av, C))
    if run:
        consider(frozenset(("".join(run),)))
    return best


@derived
def required_literals(rx: re.Pattern) -> frozenset | None:
    """Strings one of which every match of ``rx`` contains, or None when none is known
    (an empty match is possible, IGNORECASE, bytes, an unexpected parse tree)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as C, _parser

        return _sequence(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE), C)
    except Exception:  # noqa: BLE001 - another interpreter's parser: no shortcut, never a wrong answer
        return None


_CHECKS: dict = {}  # id(pattern) -> (pattern, strings): hashing a Pattern hashes its whole code


def required_words(rx: re.Pattern) -> tuple[str, ...]:
    """:func:`required_literals` without the strings that hold another of them (人民政府 beside 政府: the
    shorter is found whenever the longer is), sorted; () when none is known.  Once per pattern."""
    entry = _CHECKS.get(id(rx))
    if entry is None or entry[0] is not rx:
        lits = required_literals(rx) or ()
        lits = tuple(sorted(s for s in lits if not any(o != s and o in s for o in lits)))
        entry = _CHECKS[id(rx)] = (rx, lits)
    return entry[1]


def may_match(rx: re.Pattern, text: str) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text`` (a required literal is absent)."""
    entry = _CHECKS.get(id(rx))
    lits = entry[1] if entry is not None and entry[0] is rx else required_words(rx)
    if not lits:
        return True
    for lit in lits:
        if lit in text:
            return True
    return False


_FIRSTS: dict = {}  # id(table) -> (table, pattern)


def positions_of(table: dict, text: str):
    """Offsets in ``text`` whose character is a key of ``table`` (one-character keys), in order:
    one pass in C instead of a dictionary look-up per token in Python.  ``table`` must not
    change once asked about (the lexicon's tables are built once per process)."""
    entry = _FIRSTS.get(id(table))
    if entry is None or entry[0] is not table:
        chars = "".join(sorted(k for k in table if len(k) == 1))
        rx = re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else None
        entry = _FIRSTS[id(table)] = (table, rx)
    rx = entry[1]
    if rx is None:
        return ()
    return (m.start() for m in rx.finditer(text))


_WORDS: dict = {}  # tuple of words -> one compiled alternation of them


def holds_any(text: str, words, a: int = 0, b: int | None = None) -> bool:
    """``any(w in text[a:b] for w in words)``: one scan in C over the span instead of a
    Python step and a substring search per word (asked per sentence with a rule's word list)."""
    key = tuple(words)
    rx = _WORDS.get(key)
    if rx is None:
        # longest first: the same truth value either way, and a shorter word never shadows one
        rx = _WORDS[key] = re.compile("|".join(re.escape(w) for w in sorted(key, key=lambda w: (-len(w), w)))) \
            if key else None
    if rx is None:
        return False
    if b is None:
        b = len(text)
    if b <= a:  # an empty span holds only the empty word
        return "" in key
    return rx.search(text, a, b) is not None


_PRESENT: dict = {}  # tuple of words -> (scan, word found -> the words it begins with, itself too)


def present_words(text: str, words: tuple[str, ...]) -> frozenset:
    """``frozenset(w for w in words if w in text)`` by one scan in C instead of a search through ``text`` per
    word (a rule's list of 70 words against a whole document: 70 passes over 6,000 characters).

    The scan tries, at each position holding a first character of some word, the alternation of the words
    longest first inside a lookahead: every position is tried, overlapping words too, and each yields the
    longest word starting there.  A shorter word starting at the same position is a prefix of that one, so
    each word found stands for the words it begins with as well (precomputed): exactly the words present."""
    entry = _PRESENT.get(words)
    if entry is None:
        real = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        if real:
            firsts = "".join(sorted({re.escape(w[0]) for w in real}))
            alt = "|".join(map(re.escape, real))
            scan = re.compile(f"(?=[{firsts}])(?=({alt}))")
        else:
            scan = None
        prefixes = {w: frozenset(v for v in real if w.startswith(v)) for w in real}
        if len(_PRESENT) >= 256:  # word lists from configs: bounded, whatever the caller passes
            _PRESENT.clear()
        entry = _PRESENT[words] = (scan, prefixes, "" in words)
    scan, prefixes, empty = entry
    found = frozenset(scan.findall(text)) if scan is not None else frozenset()
    out = frozenset().union(*map(prefixes.__getitem__, found)) if found else frozenset()
    return out | {""} if empty else out


def first_of(text: str, words, a: int = 0, b: int | None = None) -> int:
    """``min(a + text[a:b].find(w) for w in words if w in text[a:b])``, or -1: where the first of ``words``
    in the span starts, by the one alternation :func:`holds_any` searches (the leftmost match of an
    alternation of plain words starts where the first of them does)."""
    if not holds_any(text, words, a, b):
        return -1
    b = len(text) if b is None else min(b, len(text))
    if b <= a:  # an empty span: only the empty word is in it, at a
        return a
    return _WORDS[tuple(words)].search(text, a, b).start()


# -- searching a pattern that opens with no literal -----------------------------------------------------
# ``re`` skips ahead on its own to where a pattern can start only when the pattern opens with a literal or a
# class (or an alternation of literals).  An alternation of rule patterns ((?:国务院|(?:省|市)(?:人民政府|政府))…领导
# |(?:分管|主管)…) opens with none: ``search`` and ``finditer`` try every alternative at every position of the
# text.  Every match still opens with one of a few characters, read off the parsed pattern: behind a lookahead
# on that class, a position is refused by one class test, and the matches are the same (a lookahead consumes
# nothing, and no match starts elsewhere).

_MAX_LEAD_RANGE = 256  # a range in the opening class is taken up to this size (a wider one says too little)
_MAX_LEAD = 512  # characters of the opening class at most (a wider class is a long list for re to walk)


def _lead_categories() -> dict:
    from re import _constants as C

    return {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}  # narrow enough to refuse most positions


try:
    _LEAD_CATEGORIES = _lead_categories()
except Exception:  # noqa: BLE001 - another interpreter's layout: no category opens a lead class
    _LEAD_CATEGORIES = {}


def lead_class(items, C) -> set[str] | None:
    """The characters one of which every match of the parsed ``items`` opens with (``\\d`` and ``\\s`` as those
    escapes), or None when that is not known (an empty match is possible, another category, a negated or wide
    class, flags, a back reference …)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
            return out
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < _MAX_LEAD_RANGE:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                elif o is C.CATEGORY and a in _LEAD_CATEGORIES:  # \d, \s: kept as the escape itself
                    out.add(_LEAD_CATEGORIES[a])
                else:
                    return None
            return out
        if op is C.BRANCH:
            for alt in av[1]:
                lead = lead_class(alt, C)
                if lead is None:
                    return None
                out |= lead
            return out
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # (?i:…): the letters no longer match as written
                return None
            lead = lead_class(av[3], C)
            return None if lead is None else out | lead
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            lead = lead_class(sub, C)
            if lead is None:
                return None
            out |= lead
            if lo >= 1:
                return out
            continue  # may be absent: the next item may open the match
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # consumes nothing: what follows opens the match
        return None
    return None  # every item may be absent: an empty match


@lru_cache(maxsize=1024)
def searchable(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, behind a lookahead on the characters its matches open with where ``re``
    would otherwise try it at every position (see above): the same matches, groups and group numbers."""
    rx = re.compile(pattern, flags)
    lead = _lead_of(rx)
    if lead is None:
        return rx
    led = re.compile("(?=[" + lead + "])(?:" + pattern + ")", flags)
    LED_FROM[led.pattern] = pattern
    return led


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@derived  # read off the parsed pattern once per user (a cold start compiles each pattern from its cache)
def _lead_of(rx: re.Pattern) -> str | None:
    """The inside of the opening class :func:`searchable` puts ``rx`` behind, or None to leave it as it is."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE) or _INLINE_FLAGS.match(rx.pattern):
        return None  # inline flags ((?s)…) must open the pattern: left as it is
    try:
        from re import _compiler, _constants as C, _parser

        parsed = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
        if (parsed.data and parsed.data[0][0] is C.AT) or _compiler._get_literal_prefix(parsed, rx.flags)[0] \
                or _compiler._get_charset_prefix(parsed, rx.flags):
            return None  # re skips ahead on its own (or tries the start only: ^…)
        lead = lead_class(parsed.data, C)
    except Exception:  # noqa: BLE001 - another interpreter's parser: the pattern as it is
        return None
    if not lead or len(lead) > _MAX_LEAD:
        return None
    return _class_of(sorted(c for c in lead if len(c) == 1)) + "".join(sorted(c for c in lead if len(c) > 1))


LED_FROM: dict[str, str] = {}  # a led pattern -> the pattern it leads (the tests compare their matches)


def _class_of(chars: list[str]) -> str:
    """The inside of a character class holding ``chars`` (sorted): runs of consecutive code points as ranges."""
    out, k = [], 0
    while k < len(chars):
        j = k
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        run = chars[k:j + 1]
        out.append("".join(map(re.escape, run)) if len(run) < 3 else re.escape(run[0]) + "-" + re.escape(run[-1]))
        k = j + 1
    return "".join(out)

"""Units and actors: find organisation mentions in text, parse responsibility notes.

A *unit* is a mention of an organ that can carry work: a named body
(省林业局, 生态环境部), a government at some level (各设区市人民政府, 河北省人民政府)
or a collective (各地各部门, 有关部门).  Sources, all data:

* ``dictionaries/organizations.toml`` – named bodies and their short forms;
* ``dictionaries/generic_actors.toml`` – collective names with the levels they reach;
* ``dictionaries/responsibility.toml`` ``[[unit_pattern]]`` – names recognised by
  form (省XX厅, 各设区市XX局, XX市人民政府), classified by :func:`gwlint.orgs.classify`;
* the jieba user dictionary – words tagged ``nt`` (organisation names).

Matching is done on a copy of the text with half-width brackets and commas
turned full-width (same length, so offsets are those of the original), and
every match must start and end on a jieba token boundary so that 各市 is not
found inside 各市场主体.

The second half parses responsibility notes – （责任单位：…）, （牵头单位：…；配合单位：…）,
（××负责）, （××会同××负责）, （××牵头，××参与） – and sentence-initial actors
(省林业局要会同…, 由××负责), which is what GW102 and GW105 need.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Iterable

from .. import segment as _segment  # asked per line: imported once, not per call
from ..data import load_toml
from ..docmemo import per_document
from ..docmemo import table as _memo_table
from ..startcache import derived
from . import orgs as _orgs
from . import tokens as _tokens
from .divisions import known as known_division
from .divisions import two_character_districts
from .divisions import level_of as division_level
from .literals import required_words
from .markers import body_start
from .orgs import classify

LEVEL_ORDER = ("national", "province", "city", "county", "township")
_HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ";": "；", ":": "："})
_HALF_PAIRS = tuple((chr(k), v) for k, v in _HALF_TO_FULL.items())


def normalize(text: str) -> str:
    """Full-width brackets/commas; the result has the same length as ``text``."""
    # most text has none: five searches in C for one character each cost less than a regex class scan (asked
    # ~800 times a document)
    if "(" in text or ")" in text or "," in text or ";" in text or ":" in text:
        for half, full in _HALF_PAIRS:  # a few replace() passes beat translate() on CJK text
            if half in text:
                text = text.replace(half, full)
    return text


def level_rank(level: str) -> int:
    """0 for national … 4 for township; 9 for unknown."""
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else 9


def is_own_name(name: str, own: set[str]) -> bool:
    """The issuer itself, by its full or its short name (市生态环境局 for 宜春市生态环境局), or
    abbreviated after its level word (省住房城乡建设厅, 县住建局, 市交通局 for 南城县住房和城乡建设局 …)."""
    return any(o == name or (len(name) >= 4 and o.endswith(name)) or _abbreviates(name, o) for o in own)


_LEVEL_WORDS = ("自治区", "自治州", "省", "市", "县", "区", "州", "盟", "旗")


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` with its place name dropped and its body abbreviated: after the
    same level word, the same first and last character, the rest a subsequence of the full
    body (住建局 in 住房和城乡建设局, 卫健委 in 卫生健康委员会)."""
    lead = next((w for w in _LEVEL_WORDS if short.startswith(w)), None)
    if lead is None or len(short) - len(lead) < 3:
        return False
    k = full.rfind(lead)
    if k <= 0:
        return False
    body, abbr = full[k + len(lead):], short[len(lead):]
    if body.endswith("委员会") and abbr.endswith("委"):
        body = body[:-2]  # 卫生健康委(员会), 发展改革委(员会)
    if len(body) < len(abbr) or body[0] != abbr[0] or body[-1] != abbr[-1]:
        return False
    it = iter(body)
    return all(ch in it for ch in abbr)


def street_offices(unit) -> bool:
    """The collective of the 街道办事处 (各街道办事处, 各街道): the district's agencies at township level --
    no government (GW104 leaves them alone), but they answer for their area as a township does, so a
    document sent to them reaches that level (GW105) and inspecting them inspects it (GW301)."""
    return unit.source == "actor" and unit.kind == "department" and not unit.generic and unit.reaches == ("township",)


def reaches_below(unit, issuer_level: str) -> bool:
    """The mention covers some level under ``issuer_level`` (各设区市农业农村局 from a
    province; 各地 from a city means its counties), whatever its kind."""
    return any(lv != "unknown" and level_rank(lv) > level_rank(issuer_level) for lv in unit.reaches_for(issuer_level))


_SET_ATTR = object.__setattr__


@dataclass(frozen=True)
class Unit:
    text: str  # as written
    start: int
    end: int
    name: str  # canonical name where known, else the text
    kind: str  # government | government_office | department | party | mixed | other
    level: str  # the highest level it names (see LEVEL_ORDER) or unknown
    generic: bool = False  # names no specific body (各地各部门, 有关部门)
    reaches: tuple[str, ...] = ()  # levels the mention covers
    relative: bool = False  # reaches depends on the issuer (各地, 有关部门)
    source: str = "org"  # org | actor | pattern | nt

    def __init__(self, text: str, start: int, end: int, name: str, kind: str, level: str, generic: bool = False,
                 reaches: tuple[str, ...] = (), relative: bool = False, source: str = "org") -> None:
        # the generated __init__ of a frozen dataclass sets each field through object.__setattr__ (ten calls,
        # ~2 µs; a document's scan makes ~160 units): the same instance dict in one step.  Fields and
        # defaults as declared above (tests/test_units.py holds them to the generated __init__)
        _SET_ATTR(self, "__dict__", {"text": text, "start": start, "end": end, "name": name, "kind": kind,
                                     "level": level, "generic": generic, "reaches": reaches, "relative": relative,
                                     "source": source})

    def reaches_for(self, issuer_level: str | None) -> tuple[str, ...]:
        """Levels covered when the document is issued at ``issuer_level``.

        Relative collectives (各地, 有关部门) are recorded for a provincial issuer;
        they move one level up for a national issuer and one down for a city."""
        if not self.relative or issuer_level in (None, "province", "unknown"):
            return self.reaches
        shift = -1 if issuer_level == "national" else level_rank(issuer_level) - 1
        out = []
        for lv in self.reaches:
            r = level_rank(lv) + shift
            if 0 <= r < len(LEVEL_ORDER):
                out.append(LEVEL_ORDER[r])
        return tuple(out)

    @property
    def is_government(self) -> bool:
        return self.kind == "government"


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str
    level: str
    generic: bool
    reaches: tuple[str, ...]
    relative: bool
    source: str


@dataclass(frozen=True)
class _Lexicon:
    entries: dict  # normalized surface form -> _Entry
    lengths: dict  # first char -> sorted lengths (longest first)
    lengths2: dict  # first two chars -> sorted lengths of the keys opening with them (longest first)
    ambiguous: frozenset  # short forms that are also tails of local names (统计局)
    patterns: tuple  # (compiled regex, spec dict, gates for _gated_finditer)
    pattern_words: tuple  # for each pattern, words one of which every match holds (literals.required_words)
    required_words: tuple  # all of those words
    # derived from pattern_words (see _patterns_to_run): the patterns no word gates, and for each first character
    # of a required word, the words opening with it and the patterns each of them lets run
    # (a set of patterns is an int, bit k for pattern k)
    unguarded: int = field(init=False, repr=False, compare=False)
    first_chars: re.Pattern = field(init=False, repr=False, compare=False)  # any first character of a word
    by_first: dict = field(init=False, repr=False, compare=False)
    # where a key may begin: a character and the next one that open a key (derived from lengths2; the scan is
    # `re`'s skip to the first characters, then one test of the pair, in C -- not a step per first character)
    key_openings: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_word: dict[str, int] = {}
        unguarded = 0
        for k, words in enumerate(self.pattern_words):
            if not words:
                unguarded |= 1 << k
            for w in words:
                by_word[w] = by_word.get(w, 0) | 1 << k
        by_first: dict[str, list] = {}
        for w, bits in sorted(by_word.items()):
            by_first.setdefault(w[0], []).append((w, len(w) == 1, bits))
        set_ = object.__setattr__  # a frozen dataclass: its derived fields are set once, here
        set_(self, "unguarded", unguarded)
        # (no word at all, as in a lexicon whose words are taken out: a class that matches nothing)
        chars = "".join(map(re.escape, sorted(by_first)))
        set_(self, "first_chars", re.compile(f"[{chars}]" if chars else "(?!)"))
        set_(self, "by_first", {c: tuple(v) for c, v in by_first.items()})
        seconds: dict[str, set[str]] = {}
        for pair in self.lengths2:
            seconds.setdefault(pair[0], set()).add(pair[1:2])
        openings = "|".join(re.escape(c) + "(?=[" + "".join(map(re.escape, sorted(v))) + "])"
                            for c, v in sorted(seconds.items()))
        set_(self, "key_openings", re.compile(openings or "(?!)"))


def _lowest(reaches) -> str:
    return min(reaches, key=level_rank) if reaches else "unknown"


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    entries: dict[str, _Entry] = {}
    ambiguous: set[str] = set()
    orgs = load_toml("organizations.toml").get("org", [])
    # current bodies first so that a short form shared with a historical body names the current one
    for rec in sorted(orgs, key=lambda r: bool(r.get("historical"))):
        e = _Entry(rec["name"], rec.get("kind", "other"), rec.get("level", "unknown"), False,
                   (rec.get("level", "unknown"),), False, "org")
        for n in [rec["name"], *rec.get("short", [])]:
            entries.setdefault(normalize(n), e)
        ambiguous.update(normalize(a) for a in rec.get("ambiguous_short", []))
    actors = load_toml("generic_actors.toml").get("actor", [])
    for rec in actors:
        reaches = tuple(rec.get("reaches", []))
        e = _Entry(rec["text"], rec.get("kind", "other"), _lowest(reaches), bool(rec.get("generic", True)),
                   reaches, bool(rec.get("relative", False)), "actor")
        for n in [rec["text"], *rec.get("variants", [])]:
            entries[normalize(n)] = e  # a collective name wins over an org short form
    direct = load_toml("directives.toml")
    for n in direct.get("lower_government_subjects", []):
        key = normalize(n)
        if key not in entries:
            # 各市, 各县, 各市县: the issuer's lower governments, each for its area -- a determinate set of
            # bodies, not a generic actor (issue 15 hU); the level depends on the issuer (relative)
            entries[key] = _Entry(n, "government", "city", False, ("city", "county"), True, "actor")
    lengths: dict[str, set[int]] = {}
    lengths2: dict[str, set[int]] = {}
    for k in entries:
        if len(k) >= 2:
            lengths.setdefault(k[0], set()).add(len(k))
            lengths2.setdefault(k[:2], set()).add(len(k))
    pats = []
    data = load_toml("responsibility.toml")
    parts = data.get("unit_pattern_parts", {})
    for spec in data.get("unit_pattern", []):
        rx = re.compile(_PART.sub(lambda m: parts[m.group(1)], spec["regex"]))
        pats.append((rx, spec, _gates(rx)))
    words = tuple(frozenset(required_words(rx)) for rx, _spec, _gates in pats)
    return _Lexicon(entries, {c: sorted(v, reverse=True) for c, v in lengths.items()},
                    {c: sorted(v, reverse=True) for c, v in lengths2.items()}, frozenset(ambiguous), tuple(pats),
                    words, tuple(sorted(set().union(*words))))


_PART = re.compile(r"<<(\w+)>>")  # a shared piece of several unit patterns ([unit_pattern_parts])


# -- unit patterns: search only where a required literal allows a match -------------------------------
# Most unit patterns open with a CJK class repeated up to ten times ([\u4e00-\u9fff]{2,10}?(?:省|市…)…): `re`
# tries them at every position of every paragraph, the biggest cost of the unit scan.  Each such pattern has
# items that every match contains (a literal or one of a set of literals) at a bounded distance from its start;
# a match can only start within that distance before an occurrence.  ``_gated_finditer`` tries those positions
# only, left to right, continuing after each match as ``finditer`` does: the same matches.  Where lookarounds
# follow the literals (the actor patterns: 市/县/区 then (?=要|负责|、|…)), the literals and those lookarounds,
# compiled alone as an *anchor*, are searched instead: ~10× fewer starts (a 区 in 管理区建设 is no anchor).

def _literal_set(item) -> tuple[str, ...] | None:
    """The strings one of which ``item`` (a parsed regex item) matches exactly, or None."""
    from re import _constants as C

    op, av = item
    if op is C.LITERAL:
        return (chr(av),)
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        return tuple(chr(v) for _, v in av)
    if op is C.BRANCH:
        out = []
        for alt in av[1]:
            lit = _branch_literal(alt)
            if lit is None:
                return None
            out.append(lit)
        return tuple(out)
    return None


def _branch_literal(alt) -> str | None:
    """The string a branch alternative matches when it is literals only (after any leading lookarounds)."""
    from re import _constants as C

    # a lookaround before the literals ((?<=[县区市旗])等) takes no width: the literals are still there
    alt = list(alt)
    while alt and alt[0][0] in (C.ASSERT, C.ASSERT_NOT):
        del alt[0]
    if not alt or any(o is not C.LITERAL for o, _ in alt):
        return None
    return "".join(chr(v) for _, v in alt)


def _literal_set_behind(item) -> tuple[str, ...] | None:
    """For a branch some of whose alternatives are a lookbehind alone that ends with a literal (or a class of
    literals) and the others literals: those strings, each found in a match at the item's offset or (the
    lookbehind's last character) one character before it.  None otherwise."""
    from re import _constants as C

    op, av = item
    if op is not C.BRANCH:
        return None
    out: list[str] = []
    for alt in av[1]:
        alt = list(alt)
        if alt and all(o is C.ASSERT or o is C.ASSERT_NOT for o, _ in alt):
            last = next(((a[1][-1] if len(a[1]) else None) for o, a in alt if o is C.ASSERT and a[0] == -1), None)
            if last is None:
                return None
            end = _literal_set(last)
            if not end or any(len(s) != 1 for s in end):
                return None
            out.extend(end)
            continue
        lit = _branch_literal(alt)
        if lit is None:
            return None
        out.append(lit)
    return tuple(out)


def _flat(items) -> list:
    from re import _constants as C

    out = []
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags: its items in line
            out.extend(_flat(av[3]))
        else:
            out.append((op, av))
    return out


_MAX_PRODUCT = 64  # concatenated literals of a gate at most (more: the counting costs more than it saves)


@derived  # read off the parsed pattern once per user, not once per start
def _gates(rx: re.Pattern) -> tuple:
    """``(literals, min offset, max offset, anchor, run)`` for each item every match of ``rx`` contains at a
    bounded offset: one of ``literals`` at an offset from the match start in [min, max].  ``anchor``: the span
    of items (the literals and the lookarounds after them) that match there, or ().  ``run``: when every
    character a match consumes before the literals is an ideograph or one of the characters of this string, the
    start lies in the run of such characters that reaches the literals; else None.  Empty when none is known,
    or when the pattern's first item is its literals (``re`` skips to those on its own; not so after a lookbehind
    such as the one that opens named-lower-government, where it tries every position).

    (Literals at an unbounded offset with a run, 各……政府 in local-government-list, were measured as a filter:
    75 of 175 attempts left, but slower by the look-ups.)"""
    from re import _constants as C, _parser

    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return ()
    try:
        items = _flat(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE))
    except Exception:  # an unexpected parse tree: search everywhere
        return ()
    gates, lo, hi = [], 0, 0
    first_gate_at_start = False
    for k, item in enumerate(items):
        lits = _literal_set(item)
        if lits:
            first_gate_at_start = first_gate_at_start or (k == 0 and lo == hi == 0)
            # the lookarounds right after the literals (区市县 then (?=要|负责|、|…) in the actor patterns) hold
            # where the literals are: the literals with them (an anchor) allow far fewer starts
            # literals followed at once by more literals ((?:省|市|县)(?:人民政府|政府)): every match holds one of
            # the concatenations there, far rarer than either part (a 政府 after （区） is none); searched as an anchor
            nxt = _literal_set(items[k + 1]) if k + 1 < len(items) else None
            if nxt and len(lits) * len(nxt) <= _MAX_PRODUCT:
                lits, end = tuple(a + b for a in lits for b in nxt), k + 2
            else:
                end = k + 1
            while end < len(items) and items[end][0] in _ZERO_WIDTH and not _refers_to_groups(items[end]):
                end += 1
            gates.append((lits, lo, hi, (k, end) if end > k + 1 else (), _run_chars(items[:k])))
        else:
            # (?:各|有关|(?<=[0-9一二三]个)): an alternative that only looks behind at a literal has it one
            # character before the item's own offset
            behind = _literal_set_behind(item)
            if behind:
                gates.append((behind, lo - 1, hi, (), _run_chars(items[:k])))
        a, b = _parser.SubPattern(_parser.State(), [item]).getwidth()
        if b >= C.MAXREPEAT:
            break
        lo, hi = lo + a, hi + b
    if first_gate_at_start:  # opens with literals: `re` finds those fast on its own
        return ()
    # a literal that opens with another of its gate's (县区 after 县) starts where that one does: the same
    # positions to try, one search fewer
    return tuple((tuple(s for s in lits if not any(o != s and s.startswith(o) for o in lits)), *rest)
                 for lits, *rest in gates)


def _run_chars(items) -> str | None:
    """The characters other than CJK ideographs (U+4E00–U+9FFF) that the parsed ``items`` may consume, as a
    sorted string; None when that is not a short list of characters (any character, \\s, a negated class …)."""
    from re import _constants as C

    extra: set[str] = set()

    def ok(op, av) -> bool:
        if op is C.LITERAL:
            if not 0x4E00 <= av <= 0x9FFF:
                extra.add(chr(av))
            return True
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    if not 0x4E00 <= a <= 0x9FFF:
                        extra.add(chr(a))
                elif o is C.RANGE and not (0x4E00 <= a[0] and a[1] <= 0x9FFF):
                    if a[1] - a[0] > 32:
                        return False
                    extra.update(map(chr, range(a[0], a[1] + 1)))
                elif o is not C.RANGE:
                    return False  # a negation, a category
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            return all(ok(o, a) for o, a in av[2])
        if op is C.SUBPATTERN:
            return not av[1] and not av[2] and all(ok(o, a) for o, a in av[3])
        if op is C.BRANCH:
            return all(all(ok(o, a) for o, a in alt) for alt in av[1])
        return op in (C.ASSERT, C.ASSERT_NOT, C.AT)  # consume nothing; anything else may consume another character

    return "".join(sorted(extra)) if all(ok(op, av) for op, av in items) else None


def _zero_width_ops() -> frozenset:
    from re import _constants as C

    return frozenset((C.ASSERT, C.ASSERT_NOT, C.AT))


_ZERO_WIDTH = _zero_width_ops()


def _refers_to_groups(item) -> bool:
    """The parsed item holds a back reference or a group condition (it would not match alone as within the
    whole pattern)."""
    from re import _constants as C

    refs = (C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", None), getattr(C, "GROUPREF_LOC_IGNORE", None),
            getattr(C, "GROUPREF_UNI_IGNORE", None))
    stack = [item]
    while stack:
        x = stack.pop()
        if isinstance(x, tuple) and len(x) == 2 and x[0] in refs:
            return True
        if isinstance(x, (list, tuple)):
            stack.extend(x)
        elif hasattr(x, "data"):  # a SubPattern
            stack.extend(x.data)
    return False


_ANCHORS: dict = {}  # (id(pattern), span) -> (pattern, compiled anchor)


def _anchor(rx: re.Pattern, span: tuple) -> re.Pattern:
    """The items ``span`` of ``rx`` (a gate's literals and the lookarounds after them) compiled alone: once per
    process, on first use (re-parsing the pattern, ~0.3 ms)."""
    entry = _ANCHORS.get((id(rx), span))
    if entry is None or entry[0] is not rx:
        from re import _compiler, _parser

        parsed = _parser.parse(rx.pattern, rx.flags & ~re.UNICODE)
        items = _flat(parsed)
        sub = _parser.SubPattern(parsed.state, items[span[0]:span[1]])
        entry = _ANCHORS[(id(rx), span)] = (rx, _compiler.compile(sub, rx.flags & ~re.UNICODE))
    return entry[1]


def _gated_finditer(rx: re.Pattern, gates: tuple, text: str):
    if not gates:
        yield from rx.finditer(text)
        return
    # the bounded gate with the fewest positions to try in this text (with one gate, no counting: its own search
    # finds nothing as fast when the literals are absent)
    gate, positions = gates[0], None
    if len(gates) > 1:
        best = None
        for g in gates:
            # an anchor's positions are one search in C (kept if chosen), cheaper than counting its literals
            found = _gate_positions(rx, g, text) if g[3] else None
            cost = (len(found) if g[3] else sum(map(text.count, g[0]))) * (g[2] - g[1] + 1)
            if best is None or cost < best[0]:
                best = (cost, g, found)
                if cost == 0:
                    return
        gate, positions = best[1], best[2]
    lo, hi, run = gate[1], gate[2], gate[4]
    if positions is None:
        positions = _gate_positions(rx, gate, text)
    if not positions:
        return
    # not before the run of the pattern's characters that reaches the literals: the last other character in the
    # window before each occurrence, one match in C over at most ``hi`` characters (not every break of the text)
    last_break = _last_break(run) if run is not None else None
    starts = set()
    for q in positions:
        first = q - hi if q > hi else 0
        if last_break is not None and first < q:
            b = last_break(text, first, q)
            if b is not None:
                first = b.end()
        starts.update(range(first, q - lo + 1))
    starts = sorted(starts)
    pos = 0
    match = rx.match
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end() if m.end() > p else p + 1


def _gate_positions(rx: re.Pattern, gate: tuple, text: str) -> list[int]:
    """Where ``gate``'s literals (with its anchor's lookarounds, if any) occur in ``text``, overlapping ones too,
    in order."""
    out = []
    if gate[3]:  # an anchor: where the literals are followed by what the pattern requires after them
        search = _anchor(rx, gate[3]).search
        m = search(text)
        while m is not None:
            out.append(m.start())
            m = search(text, m.start() + 1)  # 地区 at q, 区 at q + 1
        return out
    for lit in gate[0]:
        q = text.find(lit)
        while q >= 0:
            out.append(q)
            q = text.find(lit, q + 1)
    if len(gate[0]) > 1:
        out.sort()
    return out


_BREAK_RX: dict = {}  # run characters -> pattern of any other character
_BREAKS_AT: list = [("", {})]  # (the last text asked, run characters -> offsets of the other characters)
_LAST_BREAK: dict = {}  # run characters -> match method of the span up to its last other character


def _last_break(run: str):
    """``match(text, a, b)``: None when ``text[a:b]`` holds only ideographs and characters of ``run``, else a
    match ending just after the last other character (greedy ``.*`` backs off from ``b``: linear in the window).
    :func:`_breaks` read by bisection gives the same offset (``tests/test_units.py``)."""
    m = _LAST_BREAK.get(run)
    if m is None:
        m = _LAST_BREAK[run] = re.compile("(?s).*[^\u4e00-\u9fff" + "".join(map(re.escape, run)) + "]").match
    return m


def _breaks(text: str, run: str) -> list[int]:
    """Offsets of the characters of ``text`` that are neither ideographs nor in ``run``, once per text: the
    definition :func:`_last_break` is held to (the scan itself reads only the window before each occurrence)."""
    slot = _BREAKS_AT[0]
    if slot[0] is not text:
        slot = _BREAKS_AT[0] = (text, {})
    out = slot[1].get(run)
    if out is None:
        brx = _BREAK_RX.get(run)
        if brx is None:
            brx = _BREAK_RX[run] = re.compile("[^\u4e00-\u9fff" + "".join(map(re.escape, run)) + "]")
        out = slot[1][run] = [m.start() for m in brx.finditer(text)]
    return out


def _nt_words() -> dict:
    return _segment.tokenizer().user_word_tag_tab


_NT_SET: list = [None, -1, frozenset()]  # the tag table, its size then, its nt words of two characters or more


def _nt_set() -> frozenset:
    tags = _nt_words()
    if _NT_SET[0] is not tags or _NT_SET[1] != len(tags):  # built once; again only if the table is replaced or grows
        _NT_SET[:] = [tags, len(tags), frozenset(w for w, tag in tags.items() if tag == "nt" and len(w) >= 2)]
    return _NT_SET[2]


@lru_cache(maxsize=1)
def _unit_lead() -> re.Pattern:
    words = load_toml("responsibility.toml").get("unit_lead_words", [])
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) or "(?!)")


_ISSUER_RELATIVE_REGIONS = frozenset({"各市", "各地", "市县"})  # local-department regions whose level is the issuer's


def _from_pattern(spec: dict, m: re.Match, text: str) -> Unit | None:
    system = m.groupdict().get("system") or ""
    # a department name of the dictionary is whole even with a joining word inside (市海洋与渔业局)
    whole = m.group(0)[m.start("system") - m.start():] if system else ""
    if not (whole and normalize(whole) in _nt_set()):
        # 对外贸易科, 对口支援处: a word holding an excluded character is no joining word
        bare = system
        for word in spec.get("exclude_system_words_ok", []):
            bare = bare.replace(word, "")
        for bad in spec.get("exclude_system", []):
            if bad and bad in bare:
                return None
    surface = m.group(0)
    region = m.groupdict().get("region")
    start = m.start()
    lead = _unit_lead().match(surface)
    if lead is not None and len(surface) - lead.end() >= 3:
        # 由市公安局交通管理局, 并由县公安局……: a pattern opening the text (or a word) has taken the word before
        # the name along; the name starts after it
        start += lead.end()
        surface = text[start:m.end()]
        if region and m.start("region") == m.start():
            region = region[lead.end():]
    if spec.get("known_region"):
        # the regex may have started too early (今年河北省人民政府): keep the longest known tail
        region = region or ""
        stem = bool(spec.get("city_stem"))  # 台州燃气公司: a 设区市 named without its 市 (a division's stem)
        cut = next((k for k in range(len(region) - 1) if _known_region(region[k:]) or (
            stem and len(region) - k == 2 and division_level(region[k:] + "市") == "city")), None)
        if cut is None:
            return None
        start += cut
        region = region[cut:]
        surface = text[start:m.end()]
    generic = bool(spec.get("generic")) or any(system.startswith(g) for g in spec.get("generic_systems", []))
    info = classify(normalize(surface))
    kind = spec.get("kind") or info.kind
    if kind == "other" and not spec.get("kind"):
        return None  # a form that names no organ (a pattern that says "other" means a body that is one)
    if spec.get("region_word") and region and m.start("region") == start:
        # 市场监管所: the level word opens a longer word (市场) whose rest is no word of its own -- no level word
        # at all (市中心医院: 市中心 is 市 + 中心, a place of the city)
        t = _tokens.index_of(text).starting_at(start)
        rest = text[start + len(region):t.end] if t is not None else ""
        if rest and (len(rest) < 2 or not _dictionary_word(rest)):
            return None
    # a pattern may map its region word to a level (县财政 → county) where the surface names no organ type
    level = spec.get("level") or spec.get("region_levels", {}).get(region or "") or info.level
    if spec.get("place_level"):
        # a body named after its place alone (四川博览事务局, 宜昌中心医院): the place's level is the body's
        level = _orgs.region_level(region or "")
        if level not in LEVEL_ORDER:
            return None
    reaches: tuple[str, ...] = (level,)
    relative = False
    if spec.get("region_list"):
        from .orgs import place_list_levels

        reaches = place_list_levels(region or "")
        if not reaches:
            if kind in ("government", "government_office"):
                return None  # 各开发区政府: no level word to go by
            reaches = ("city", "county")
        level = _lowest(reaches)
        generic = generic or (region or "").startswith(("有关", "相关", "部分", "个别", "少数", "若干"))
    elif spec.get("named_government"):
        # the last place names the level; a 市 may be a 设区市 or a county-level city
        if _known_region(region or ""):
            return None  # a known place: regional-government and the shared-head reading name each one
        if spec.get("dictionary_place") and not _dictionary_word(region or ""):
            return None  # 本溪市, 全州县: a whole place word, not 本辖区 or 上述县
        last = (region or "")[-1:]
        if last in ("县", "区", "旗"):
            reaches = ("county",)
        elif last == "市":
            reaches = ("city",)  # a county-level city in a 设区市's document: see facts.work_levels
        else:
            return None
        level = _lowest(reaches)
    elif spec.get("actor_place"):
        # zone words are an open class (数据专区, 产业集聚区): a bare name counts only when it is a known place
        # or a place word of the segmentation dictionary; a 直辖市 is a province, read by other patterns
        name = region or ""
        if name in _tables().provinces or not (_known_region(name) or _dictionary_word(name)):
            return None
        # a division of the table has its own level (阿克苏市 is a county-level city, 喀什地区 a prefecture); an
        # other bare 区/县 is a county-level government, a bare 市 a 设区市 or a county-level city by the issuer
        # (facts.work_levels)
        known_level = division_level(name)
        reaches = (known_level,) if known_level else ("city",) if name.endswith("市") else ("county",)
        level = reaches[0]
    elif spec.get("division_actor"):
        # a bare name of the national division table, at its level (喀什地区 → city, 阿克苏市 → county)
        level = division_level(region or "") if len(region or "") > 2 else None
        if level is None:
            return None
        # 各市（含定州、辛集市）应急管理局: a place in an inserted (含……) says which places a collective covers
        opened = max(text.rfind("（", 0, m.start()), text.rfind("(", 0, m.start()))
        if opened >= 0 and max(text.rfind("）", 0, m.start()), text.rfind(")", 0, m.start())) < opened \
                and re.match(r"[（(](?:含|包括|包含|不含|除)", text[opened:]):
            return None
        reaches = (level,)
    elif spec.get("name") == "local-department":
        entry = lexicon().entries.get(normalize(region or ""))
        # 各县区应急管理局: the collective is the longest known one at a word boundary (各县区, not 各县 + 区……局;
        # 各县 + 市场监督管理局 keeps 各县)
        k = m.start("region") + len(region or "") if region else -1
        for n in (2, 1) if k >= 0 else ():
            longer = lexicon().entries.get(normalize(region + text[k:k + n]))
            nxt = _tokens.index_of(text).starting_at(k + n) if longer is not None else None
            if nxt is not None and nxt.start == k + n:
                entry = longer
                break
        if entry is not None:
            reaches, relative = entry.reaches, entry.relative
        elif region in ("县级", "各县级"):
            reaches = ("county",)
        elif region in ("市级", "各市级"):
            reaches = ("city",)
        else:
            reaches = ("city", "county")
        if (entry is None or entry.relative) and region not in _ISSUER_RELATIVE_REGIONS:
            # 各县卫生健康局, 所辖县（市）发展改革部门: a level word before a department names the department's level,
            # whoever issues (各县 as a subject is the issuer's lower governments; 各市, 各地 stay relative)
            from .orgs import place_list_levels

            named = place_list_levels(region or "")
            if named:
                reaches, relative = named, False
        level = _lowest(reaches) if reaches else level
    return Unit(text[start:m.end()], start, m.end(), info.name if not generic else surface, kind,
                level, generic, reaches, relative, spec.get("source", "pattern"))


def _tables():
    return _orgs.tables()


def _dictionary_word(word: str) -> bool:
    return (_segment.tokenizer().FREQ.get(word) or 0) > 0


@lru_cache(maxsize=8192)  # asked for every tail of every place-like match; the tables do not change
def _known_region(region: str) -> bool:
    # or a division of another province (铜山区, 喀什地区, 阿克苏市), by its full name; a two-character one
    # (和县, 沛县) is read only where a county name can act (county-actor): 市和县人民政府 is no 和县
    return _in_regions_toml(region) or (len(region) > 2 and known_division(region))


def _in_regions_toml(region: str) -> bool:
    t = _tables()
    for name in (region, region[:-1] if len(region) > 2 else ""):
        if name and (name in t.provinces or name in t.cities or name in t.counties):
            return True
    return False


def find_units(text: str) -> list[Unit]:
    """All unit mentions in ``text``, leftmost-longest, non-overlapping, in order."""
    return list(_units_of(text))  # a pure function of the text: once per document


@per_document
def _units_of(text: str) -> tuple[Unit, ...]:
    if "\n" not in text:
        return _line_units(text)
    # No lexicon entry, unit pattern or jieba block crosses a line break: a text of several paragraphs (a
    # measure) has the units of its lines, which the paragraphs' own scans have found already.
    out: list[Unit] = []
    offset = 0
    for line in text.split("\n"):
        out.extend(_shift(_units_of(line), offset))
        offset += len(line) + 1
    return tuple(out)


_SHARED = "units.shared"  # a docmemo table asked only to know whether a document's memo is open


def _line_units(text: str) -> tuple[Unit, ...]:
    """The units of one line, shared with the line as :func:`normalize` writes it.

    The paragraph as written (GW102's measures) and as read (``widths.reading``: half-width marks full-width,
    what GW105 and the context ask) are two texts with one normalised form: the unit scan reads the normalised
    text, the token boundaries (the marks are outside jieba's blocks, one token each either way) and slices of
    the text over the spans of the units it returns, nothing else of the text.  So the units of the normalised
    text are this text's too when every one of them reads the same here; a unit holding a half-width mark
    (各县(区)人民政府) takes the direct scan."""
    key = normalize(text)
    if key is text or _memo_table(_SHARED) is None:  # outside a document nothing is shared: scan this text
        return tuple(_find_units(text))
    shared = _units_of(key)
    if all(text.startswith(u.text, u.start) for u in shared):
        return shared
    return tuple(_find_units(text))


def _find_units(text: str) -> list[Unit]:
    if not text:
        return []
    lex = lexicon()
    norm = normalize(text)
    # brackets nested inside （…） are written 〔…〕 (（责任单位：各县〔市、区〕人民政府）): for names, the same brackets
    if "〔" in norm or "〕" in norm:
        norm = norm.replace("〔", "（").replace("〕", "）")
    # A unit is whole jieba tokens: the one token index, as every word finder uses.  The text's own: the marks
    # normalize() and the bracket swap change (( ) , ; : 〔 〕) are outside jieba's blocks, one token each either
    # way, so ``norm`` has the same token boundaries, and no second segmentation of the document is needed.
    idx = _tokens.index_of(text)
    cands: list[tuple[int, int, int, Unit]] = []  # (start, -len, priority, unit)
    n = len(norm)
    lengths2 = lex.lengths2
    starts = idx.starts
    # a key begins where its first two characters are (every key has two or more): those offsets, in order
    for m in lex.key_openings.finditer(norm):
        i = m.start()
        if i not in starts:  # a unit begins on a token start (tested below for every candidate)
            continue
        # every key at i opens with norm[i:i + 2]: only their lengths, longest first (the same first hit)
        for ln in lengths2.get(norm[i:i + 2], ()):
            j = i + ln
            if j > n:
                continue
            key = norm[i:j]
            e = lex.entries.get(key)
            if e is None:
                continue
            if key in lex.ambiguous and i > 0 and norm[i - 1] in "省市县区州旗":
                continue
            u = Unit(text[i:j], i, j, e.name, e.kind, e.level, e.generic, e.reaches, e.relative, e.source)
            cands.append((i, -ln, 0, u))
            break
    patterns = lex.patterns
    # the matches are the normalised text's (kept for the document: a paragraph as written, rescanned, reads the
    # normalised text of the paragraph as read); what they name is read from this text
    for k, m in _pattern_matches(lex, norm):
        rx, spec, _gates = patterns[k]
        u = _from_pattern(spec, m, text)
        if u is None:
            # a rejected match hides the ones starting inside it (各县市区人民政府和市财政局: 市区人民政府和市财政局
            # is no name, 市财政局 is): try again from the token starts within it
            u = next((v for p in range(m.start() + 1, m.end()) if p in starts
                      for m2 in (rx.match(norm, p),) if m2 is not None
                      for v in (_from_pattern(spec, m2, text),) if v is not None), None)
        if u is not None:
            cands.append((u.start, -(u.end - u.start), 1, u))
    # the tokens that are nt words of two characters or more, picked out in C (a token the normalisation
    # changes is one mark, never an nt word)
    for t in compress(idx.tokens, map(_nt_set().__contains__, map(itemgetter(0), idx.tokens))):
        if normalize(t.text) in lex.ambiguous and t.start > 0 and norm[t.start - 1] in "省市县区州旗":
            continue
        info = classify(t.text)
        if info.kind != "other":
            cands.append((t.start, -(t.end - t.start), 2,
                          Unit(text[t.start:t.end], t.start, t.end, info.name, info.kind, info.level, False,
                               (info.level,), False, "nt")))
    cands.sort(key=_CAND_ORDER)
    out: list[Unit] = []
    pos = 0
    owned = _owned_by_suffix()
    ends = idx.ends
    for start, _neg, _prio, u in cands:
        if start < pos:
            continue
        if u.start not in starts or u.end not in ends:
            continue
        if u.source == "actor" and owned.match(norm, u.end):
            continue  # 各市属国有企业: enterprises owned by the level, not its governments
        out.append(u)
        pos = u.end
    if "（" in norm:
        out = _inserted(text, norm, out, ends)
    return _addressed_govs(text, norm, _counted_places(text, norm, _shared_heads(text, norm, out)))


_MATCHES = "units.pattern_matches"  # the docmemo table of _pattern_matches: normalised text -> (lexicon, matches)


def _pattern_matches(lex: _Lexicon, norm: str) -> tuple:
    """(pattern index, match) of every unit pattern that may match in the normalised text ``norm``, in
    pattern order, each pattern's matches in text order: :func:`_gated_finditer` of each of
    :func:`_patterns_to_run`.  A pure function of ``norm``, kept for the document: a paragraph as written with
    half-width marks (GW102's measures, a 主送 line) is rescanned when one of its units holds a mark, and reads
    the same normalised text as the paragraph as read, whose scan came first."""
    memo = _memo_table(_MATCHES)
    hit = memo.get(norm) if memo is not None else None
    if hit is not None and hit[0] is lex:
        return hit[1]
    patterns = lex.patterns
    out = tuple((k, m) for k in _patterns_to_run(lex, norm)
                for m in _gated_finditer(patterns[k][0], patterns[k][2], norm))
    if memo is not None:
        memo[norm] = (lex, out)
    return out


def _patterns_to_run(lex: _Lexicon, norm: str) -> tuple[int, ...]:
    """The indices, in order, of the unit patterns that may match in ``norm``: those that require no word, and
    those one of whose required words it holds (a pattern whose words are all absent cannot match).  A word is
    looked for only where ``norm`` holds its first character (those characters found by one character class
    in C), not every word of every pattern in every line."""
    run = lex.unguarded
    by_first = lex.by_first
    for c in set(lex.first_chars.findall(norm)):
        for w, single, bits in by_first[c]:
            if bits & ~run and (single or w in norm):  # (a word whose patterns all run already: not looked for)
                run |= bits
    return _bit_indices(run)


@lru_cache(maxsize=4096)
def _bit_indices(bits: int) -> tuple[int, ...]:
    """The positions of the set bits of ``bits``, lowest first (few distinct sets of patterns occur)."""
    return tuple(k for k in range(bits.bit_length()) if bits >> k & 1)


# （含定州、辛集市）, （包括赣江新区）, （不含……）: an insert saying which places a collective takes in
_INSERT = re.compile(r"（(?:含|包括|不含|不包括)[^（）\n]{1,30}）")


def without_inserts(text: str) -> str:
    """``text`` with its （含……） inserts left out: 各市（含定州、辛集市）交通运输局 → 各市交通运输局."""
    return _INSERT.sub("", text) if "（" in text else text


def _inserted(text: str, norm: str, units: list[Unit], ends) -> list[Unit]:
    """A collective with an insert inside its name (各市（含定州、辛集市）人民政府, 各市（含定州、辛集市）商务局)
    names what the name without the insert names -- 各市人民政府 -- and the places in the insert are part of it,
    not bodies of their own (定州、辛集 are counted with the cities here, not as a county level)."""
    out = list(units)
    for u in units:
        if u.source != "actor":
            continue
        m = _INSERT.match(norm, u.end)
        if m is None:
            continue
        head = norm[u.start:u.end]
        key = head + norm[m.end():m.end() + 16]
        whole = next((v for v in _find_units(key) if v.start == 0 and v.end > len(head)), None)
        if whole is None:
            # 请各市（含定州、辛集市）和雄安新区于……: the bare collective with its insert, no head after it, names
            # the level of its own name (the cities, the places inserted counted with them), not 县级市 as well
            # (read as the governments of that name: 各市 → 各市人民政府)
            gov = next((v for v in _find_units(head + "人民政府") if v.start == 0 and v.end == len(head) + 4), None)
            if u.kind != "government" or u.generic or len(u.reaches) < 2 or gov is None \
                    or len(gov.reaches) >= len(u.reaches) or m.end() not in ends:
                continue
            out = [x for x in out if x.end <= u.start or x.start >= m.end()]
            out.append(Unit(text[u.start:m.end()], u.start, m.end(), u.name, u.kind, gov.level, u.generic,
                            gov.reaches, gov.relative, u.source))
            continue
        end = m.end() + whole.end - len(head)
        if end not in ends:
            continue
        out = [x for x in out if x.end <= u.start or x.start >= end]
        out.append(Unit(text[u.start:end], u.start, end, whole.name, whole.kind, whole.level, whole.generic,
                        whole.reaches, whole.relative, whole.source))
    return sorted(out, key=lambda x: x.start)


_CAND_ORDER = itemgetter(0, 1, 2)  # (start, -length, priority): never the unit itself


@lru_cache(maxsize=1)
def _owned_by_suffix() -> re.Pattern:
    return re.compile(load_toml("directives.toml").get("owned_by_suffix") or "(?!)")


# 信州区、广丰区人民政府 / 叶坪镇、沙洲坝镇人民政府 / 章贡〔区〕、南康〔区〕人民政府: places joined by 、
# sharing one 人民政府 each name a government of the same level
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:（[市县区镇乡旗]）|省|市|州|盟|县|区|旗|镇|乡|街道)")  # 阿坝州、甘孜州人民政府 too
_BRACKETED_GOV = re.compile(r"(?<![\u4e00-\u9fff])(?P<place>[\u4e00-\u9fff]{2,6})（(?P<suffix>[市县区])）(?:人民政府|政府)")


@lru_cache(maxsize=1)
def _named_place() -> re.Pattern | None:
    rx = load_toml("responsibility.toml").get("named_place")
    return re.compile(rx) if rx else None


def _pronoun_led_place(place: str) -> bool:
    """本溪市, 全州县, 上饶市: a place opening with a pronoun's character, known as a whole word."""
    return len(place) >= 3 and place[0] in "本全上" and place[-1] in "市县区旗" and _dictionary_word(place)


def _place_ok(place: str) -> bool:
    bare = place.replace("（", "").replace("）", "")
    return _known_region(bare) or (bare.endswith(("镇", "乡", "街道")) and len(bare) <= 6)


_ORGAN_TAIL = re.compile(r"(?<=[市县区旗])(?:人民政府|政府)$")


def _shared_heads(text: str, norm: str, units: list[Unit]) -> list[Unit]:
    extra: list[Unit] = []
    taken = [(u.start, u.end) for u in units]
    # every match holds （X）人民政府 or （X）政府; the pattern opens with a lookbehind, so `re` would try it at every
    # position of every paragraph
    bracketed = _BRACKETED_GOV.finditer(norm) if "）政府" in norm or "）人民政府" in norm else ()
    for m in bracketed:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        info = classify(m.group("place") + m.group("suffix") + "人民政府")
        if info.kind == "government":
            extra.append(Unit(text[m.start():m.end()], m.start(), m.end(), info.name, info.kind, info.level, False,
                              (info.level,), False, "pattern"))
    govs = sorted([*units, *extra], key=lambda u: u.start)
    out = list(govs)
    named = _named_place()
    for u in govs:
        if u.kind != "government" or u.generic or not u.text.endswith("政府"):
            continue
        pos = u.start
        # a head naming a 市/县/区 of another province (防城港市人民政府, read by regional-government since the
        # national table knows it) takes the places before it as a named head does (钦州、防城港市人民政府)
        place = _ORGAN_TAIL.sub("", u.text) if u.source == "pattern" and _ORGAN_TAIL.search(u.text) else ""
        named_head = u.source == "named" or (bool(place) and not _in_regions_toml(place) and known_division(place))
        # 东湖区和西湖区人民政府: a known place before 和 shares the head too (never an unknown one: 市和县人民政府)
        while pos > 0 and (norm[pos - 1] == "、" or (norm[pos - 1] == "和" and pos == u.start)):
            joined = norm[pos - 1] == "和"
            m = None
            for k in range(max(0, pos - 11), pos - 3 + named_head):
                if named_head and pos - 1 - k == 2 and (k == 0 or not "\u4e00" <= norm[k - 1] <= "\u9fff") \
                        and norm[k:pos - 1] in two_character_districts():
                    m = re.compile(".+").fullmatch(norm, k, pos - 1)  # 城区、矿区、郊区人民政府
                    break
                c = _PLACE.fullmatch(norm, k, pos - 1)
                if c and (k == 0 or not "\u4e00" <= norm[k - 1] <= "\u9fff" or _place_ok(norm[k:pos - 1])) \
                        and _place_ok(norm[k:pos - 1]):
                    m = c
                    break
                # before a named government the places need not be known (诸城市、寿光市人民政府; 钦州、防城港市人民政府)
                # (沿湖的大理市、洱源县人民政府: a qualifier closed by 的 before the first place)
                if named_head and named is not None and not joined \
                        and (k == 0 or not "\u4e00" <= norm[k - 1] <= "\u9fff" or norm[k - 1] == "的") \
                        and (named.match(norm[k:pos - 1]) or _pronoun_led_place(norm[k:pos - 1])):
                    m = re.compile(".+").fullmatch(norm, k, pos - 1)
                    break
            if m is None:
                break
            if not any(x.start == m.start() and x.end == m.end() for x in govs):  # a township actor found already
                # joined by 和, the places may differ in level (九江市和濂溪区人民政府): each by its own name
                level = classify(m.group() + "人民政府").level if joined else u.level
                out.append(Unit(text[m.start():m.end()], m.start(), m.end(), text[m.start():m.end()], u.kind,
                                level, False, (level,) if joined else u.reaches, False, u.source))
            pos = m.start()
    if len(out) == len(units):
        return units
    return sorted(out, key=lambda u: u.start)


# 长沙、株洲、湘潭三市 / 汶川、茂县等两县: short place names joined by 、, then their count and level
_COUNTED_PLACES = re.compile(r"(?P<places>(?:[\u4e00-\u9fff]{2,6}、){1,8}(?:(?!等)[\u4e00-\u9fff]){2,6})等?"
                             r"(?:[两二三四五六七八九十]|\d{1,2})个?(?P<level>市|州|县|区|旗)(?![\u4e00-\u9fff]{0,2}(?:局|委|厅|办))")


def _counted_places(text: str, norm: str, units: list[Unit]) -> list[Unit]:
    """Counted subjects: places named by their short names and counted (长沙、株洲、湘潭三市要……) are one subject of
    those governments' level when every name is a known place with that level's character (长沙市, 株洲市); a bare
    count before a level's government (三县人民政府, 两市政府) is that level's governments."""
    if "、" not in norm and "政府" not in norm:
        return units
    if _COUNT_LEVEL.search(norm) is None:
        return units  # both patterns need a count before a level word; their scans cost a regex try per position
    extra = []
    for m in _COUNTED_PLACES.finditer(norm) if "、" in norm else ():
        names = m.group("places").split("、")
        level = m.group("level")
        whole = [nm if nm.endswith(level) else nm + level for nm in names]
        # the first name may follow words of the sentence (对长沙、株洲……): its shortest known tail
        cut = next((k for k in range(len(names[0]) - 1) if _known_region(whole[0][k:])), None)
        if cut is None or any(u.start < m.end() and m.start() + cut < u.end for u in units) \
                or not all(_known_region(x) for x in whole[1:]):
            continue
        infos = [classify(x + "人民政府") for x in (whole[0][cut:], *whole[1:])]
        if any(i.kind != "government" for i in infos):
            continue
        # 敦煌、张掖、天水3个市: a county-level city among prefecture cities is counted with the most of them
        levels = Counter(i.level for i in infos).most_common()
        info = min((i for i in infos if i.level in {lv for lv, n in levels if n == levels[0][1]}),
                   key=lambda i: level_rank(i.level))
        a = m.start() + cut
        extra.append(Unit(text[a:m.end()], a, m.end(), text[a:m.end()], info.kind, info.level,
                          False, (info.level,), False, "pattern"))
    for m in _COUNTED_GOVS.finditer(norm):
        # 三县人民政府要……, 两市政府在……: a count before the level's bare government, the places named before
        if any(u.start < m.end() and m.start() < u.end for u in (*units, *extra)):
            continue
        info = classify("各" + m.group("level") + "人民政府")
        if info.kind == "government" and info.level not in (None, "unknown"):
            extra.append(Unit(text[m.start():m.end()], m.start(), m.end(), text[m.start():m.end()], info.kind,
                              info.level, False, (info.level,), False, "pattern"))
    return sorted([*units, *extra], key=lambda u: u.start) if extra else units


def _addressed_govs(text: str, norm: str, units: list[Unit]) -> list[Unit]:
    """你市要……, 请你县于……前: a reply or letter to one lower government calls it by 你 and its level -- the level
    right under the issuer's (relative, recorded as for a provincial issuer: 你市 from a 温州市 bureau is 瑞安市)."""
    if "你" not in norm:
        return units
    extra = [Unit(text[m.start():m.end()], m.start(), m.end(), text[m.start():m.end()], "government", "city", False,
                  ("city",), True, "pattern")
             for m in _ADDRESSED_GOVS.finditer(norm)
             if not any(u.start < m.end() and m.start() < u.end for u in units)]
    return sorted([*units, *extra], key=lambda u: u.start) if extra else units


# 你市, 你县人民政府: the one government a reply (批复, 复函) or letter is addressed to; not 你市的/你市《……》 possessors
# (they qualify a noun, read as attributive like any unit)
_ADDRESSED_GOVS = re.compile(r"你(?P<level>市|州|县|区|旗|盟|镇|乡)(?:人民政府|政府)?(?![域划])")

# what every match of _COUNTED_PLACES and _COUNTED_GOVS holds: a count (its last digit) and the level word
_COUNT_LEVEL = re.compile(r"(?:[两二三四五六七八九十]|\d)个?[市州县区旗]")

_COUNTED_GOVS = re.compile(r"(?<![第\d两二三四五六七八九十])(?:[两二三四五六七八九十]|\d{1,2})(?P<level>市|州|县|区|旗)"
                           r"(?:人民政府|政府)")


def classify_recipient(item: str) -> list[Unit]:
    """Units named by one 主送/抄送 item (the whole item is tried first)."""
    units = find_units(item)
    if units:
        return units
    info = classify(item)
    if info.kind == "other":
        return []
    return [Unit(item, 0, len(item), info.name, info.kind, info.level, False, (info.level,), False, "org")]


# ------------------------------------------------------------ responsibility notes
@dataclass
class Note:
    """A responsibility note such as （生态环境部牵头，国家发展改革委参与）."""

    start: int  # offsets of the bracketed note in the text (brackets included)
    end: int
    form: str  # the [[note]] name in responsibility.toml
    lead: list[Unit] = field(default_factory=list)
    partners: list[Unit] = field(default_factory=list)

    @property
    def units(self) -> list[Unit]:
        return self.lead + self.partners

    @property
    def answering(self) -> list[Unit]:
        """Who answers for the measure: the lead and its partners, but only the lead when the lead names
        nothing but collectives (牵头单位：有关部门；配合单位：市财政局): a partner does not stand in for a lead."""
        if self.partners and self.lead and all(u.generic for u in self.lead):
            return self.lead
        return self.lead + self.partners


@lru_cache(maxsize=1)
def _note_forms() -> tuple:
    labels = note_labels()
    return tuple((spec["name"], re.compile(spec["regex"].replace("{labels}", labels)),
                  re.compile(spec["item_suffix"]) if spec.get("item_suffix") else None)
                 for spec in load_toml("responsibility.toml").get("note", []))


@lru_cache(maxsize=1)
def note_labels() -> str:
    """The words that label a responsibility note (责任单位：, 责任主体：, 承办单位：): a task table's unit
    column headers and the note-only labels, longest first, as one regex alternation."""
    d = load_toml("responsibility.toml")
    words = {*d.get("unit_columns", []), *d.get("note_labels", [])}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NOTE_ITEM = re.compile(r"[^、，；]+")


@lru_cache(maxsize=1)
def division_item():
    """The form of a division of the issuer named by the issuer's short form (厅公路处, 局执法支队)."""
    rx = load_toml("responsibility.toml").get("division_item_pattern")
    return re.compile(rx) if rx else None


_division_item = division_item


def _division_items(text: str, offset: int, taken) -> list[Unit]:
    """Items of any note that name a division of the issuer by its short form (厅人才处,
    市局法规科, 县局造林股): no lexicon knows them, their form says they are units."""
    rx = _division_item()
    if rx is None:
        return []
    out = []
    for m in _NOTE_ITEM.finditer(text):
        item = m.group().strip()
        a = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
        if any(x < a + len(item) and a < y for x, y in taken):
            continue
        if rx.match(item):
            out.append(Unit(item, a, a + len(item), item, "department", "unknown", False, ("unknown",), False, "note"))
            continue
        # a government or department the lexicon does not know, named in full (寿光市人民政府, 某某县发展改革局):
        # its form says what it is
        if len(item) >= 5 and not re.match(r"(?:各|有关|相关|其他|本)", item):
            info = classify(item)
            if info.kind in ("government", "government_office") or (info.kind == "department" and
                                                                    item.endswith(("局", "委", "厅", "办"))):
                out.append(Unit(item, a, a + len(item), info.name, info.kind, info.level, False, (info.level,), False,
                                "pattern"))
    return out


def _named_items(text: str, offset: int, suffix: re.Pattern) -> list[Unit]:
    """Items of a labelled note (（责任单位：省局行政审批处、登记注册局）) that end like the
    name of an organ or one of its divisions, where the unit finder knows no name: the
    label says they are units."""
    out = []
    for m in _NOTE_ITEM.finditer(text):
        item = m.group().strip()
        if len(item) >= 3 and suffix.search(item) and not re.match(r"(?:各|有关|相关)", item):
            a = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(_note_unit(item, a))
    return out


def _note_unit(item: str, a: int) -> Unit:
    """A name a note vouches for that no lexicon knows (its level unknown)."""
    return Unit(item, a, a + len(item), item, "other", "unknown", False, ("unknown",), False, "note")


_PARENS = re.compile("[（）\n]")


def _brackets(norm: str):
    """(start, end) of top-level （…） groups, one nesting level allowed inside.  A group left open at
    the end of its paragraph (（责任单位：省发展改革委 with the closing bracket forgotten) ends there: a
    punctuation slip (GW802) does not unsay the note."""
    if "（" not in norm:
        return
    depth, start = 0, -1
    for m in _PARENS.finditer(norm):  # only the brackets and line breaks, not every character
        i, ch = m.start(), m.group()
        if ch == "\n":
            if depth:
                yield start, i + 1
            depth = 0
        elif ch == "（":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "）" and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1
    if depth:
        yield start, len(norm) + 1


@lru_cache(maxsize=1)
def _label_sentence():
    rx = load_toml("responsibility.toml").get("label_sentence_pattern")
    return re.compile(rx.replace("{labels}", note_labels())) if rx else None


def _label_sentences(norm: str, groups):
    """(start, end) of sentences that are a note without brackets (…。责任单位：市商务局、市市场监管局。 or a
    line 牵头单位：州文化旅游广电局), as if bracketed: end is one past the sentence's closing mark."""
    rx = _label_sentence()
    if rx is None or ("：" not in norm and ":" not in norm):
        return
    for m in rx.finditer(norm):
        a = m.start()
        if (a > 0 and norm[a - 1] not in "。；！？\n \u3000，") or any(x <= a < y for x, y in groups):
            continue
        e = a
        while e < len(norm) and norm[e] not in "。！？\n（":
            e += 1
        yield a - 1, e + 1


def _units_in(text: str, offset: int) -> list[Unit]:
    return list(_shift(find_units(text), offset))


_SQUARE = re.compile(r"〔[^〔〕（）\n]{2,80}〕|【[^【】（）\n]{2,80}】|\[[^\[\]（）\n]{2,80}\]")  # within a paragraph


def _bare_units(text: str, offset: int) -> list[Unit]:
    """A bracket holding nothing but specific unit names (〔省商务厅、省财政厅〕): a note
    without a label.  Every item must be a unit spanning it, else it is some other aside -- or, beside
    one such unit, end like an organ's name the finder does not know (省交通运输厅、中国铁路郑州局集团有限公司;
    省民政厅、省红十字会): the known unit makes the bracket a list of units, as a label would."""
    units, known = [], False
    suffix = next((sx for _f, _rx, sx in _note_forms() if sx is not None), None)
    for m in _bare_items(text):
        item = m.group().strip()
        if not item:
            continue
        a = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
        found = [u for u in find_units(item) if not u.generic]
        if len(found) == 1 and found[0].text == item:
            u, known = found[0], True
            units.append(Unit(u.text, a, a + len(item), u.name, u.kind, u.level, u.generic, u.reaches, u.relative,
                              u.source))
        elif len(found) == 1 and item.startswith(found[0].text) and suffix is not None and suffix.search(item) \
                and _UNIT_FORM.fullmatch(item[len(found[0].text):]):
            # 省交通运输厅公路事业发展中心: a body under a known organ, named after it
            u, known = found[0], True
            units.append(Unit(item, a, a + len(item), item, u.kind, u.level, False, u.reaches, u.relative, "note"))
        elif _bare_division(item):
            # （知识产权科、局办公室）: the issuer's own divisions, which no lexicon knows; their form says units
            units.append(_note_unit(item, a))
            known = True
        elif suffix is not None and _UNIT_FORM.fullmatch(item) and suffix.search(item):
            units.append(_note_unit(item, a))
        else:
            return []
    return units if known else []


@lru_cache(maxsize=1)
def _bare_division_form() -> "re.Pattern | None":
    rx = load_toml("responsibility.toml").get("bare_division_pattern")
    return re.compile(rx) if rx else None


def _bare_division(item: str) -> bool:
    rx = _bare_division_form()
    return rx is not None and len(item) >= 3 and rx.match(item) is not None


# an item of a bare note that may be an organ's name (no generic opening, no clause words)
_UNIT_FORM = re.compile(r"(?!各|有关|相关|其他|其余|上述|本)[\u4e00-\u9fff]{3,20}")


def _bare_items(text: str) -> list:
    """The items of a bare note: its 、-items, but a ，/；-part that is one unit as a whole stays one item (各省辖市、
    省直管县（市）人民政府: the 各 reaches over the 、, and the second half alone is no name)."""
    out = []
    for part in _NOTE_PART.finditer(text):
        found = [u for u in find_units(part.group().strip()) if not u.generic]
        if "、" in part.group() and len(found) == 1 and found[0].text == part.group().strip():
            out.append(part)
        else:
            # 各县（市、区）交通运输局、财政局: a 、 inside brackets parts no items
            out.extend(_BRACKETED_ITEM.finditer(text, part.start(), part.end()))
    return out


_COLLECTIVE_INSIDE = re.compile(r"各|有关|相关|其他|其余|所属|下属")
_BRACKETED_ITEM = re.compile(r"(?:[^、，；（）]|（[^（）]{1,8}）)+")


_NOTE_PART = re.compile(r"[^，；]+")


def find_notes(text: str) -> list[Note]:
    """Responsibility notes in ``text`` that name at least one unit."""
    return list(_notes_of(text))  # a pure function of the text, asked again by several rules: once per document


@per_document
def _notes_of(text: str) -> tuple[Note, ...]:
    """The notes of ``text``, shared with the text as :func:`normalize` writes it.

    A paragraph is asked as written (half-width marks: GW102's measures) and as read.  The note reading finds
    its groups, forms and labels on the normalised text and reads ``text`` itself only in slices inside its
    groups, within their brackets (the items, the units named there): when no group holds a character that
    the normalisation changes between its brackets, the notes of the normalised text are this text's too (a
    group holding one takes the direct reading; a half-width bracket itself is never read from ``text``).
    ``tests/test_notes_shared_widths.py`` holds it to the direct reading."""
    key = normalize(text)
    if key is not text and _memo_table(_SHARED) is not None:
        shared = _notes_of(key)
        if all(text[a + 1:b - 1] == key[a + 1:b - 1] for a, b in _note_groups(key)[0]):
            return shared
    return _read_notes(text)


@per_document
def _note_groups(norm: str) -> tuple[tuple, frozenset]:
    """The spans of a normalised text's note groups, in order -- （…） groups, square brackets outside them and
    label sentences read as bracketed -- and the set of the label sentences among them."""
    groups = list(_brackets(norm))
    if "〔" in norm or "【" in norm or "[" in norm:  # 〔省商务厅、省财政厅〕【责任单位：……】: square brackets outside any （…） group
        groups += [(m.start(), m.end()) for m in _SQUARE.finditer(norm)
                   if not any(a <= m.start() < b for a, b in groups)]
        groups.sort()
    labels = list(_label_sentences(norm, groups))
    return tuple(sorted(groups + labels)), frozenset(labels)


def _read_notes(text: str) -> tuple[Note, ...]:
    norm = normalize(text)
    out = []
    groups, labels = _note_groups(norm)
    for a, b in groups:
        inner = norm[a + 1:min(b - 1, len(norm))]
        for form, rx, suffix in _note_forms():
            m = rx.match(inner)
            if not m:
                continue
            la, lb = a + 1 + m.start("lead"), a + 1 + m.end("lead")
            lead = _units_in(text[la:lb], la)
            partners = []
            if "partner" in rx.groupindex and m.group("partner"):
                pa, pb = a + 1 + m.start("partner"), a + 1 + m.end("partner")
                partners = _units_in(text[pa:pb], pa)
            if suffix is not None and not any(not u.generic for u in lead + partners):
                # （责任单位：省大数据中心，省直各部门）: the label vouches for items the finder does not know,
                # also beside a collective it does know
                taken = [(u.start, u.end) for u in lead]
                div = _division_item() if form != "labelled" else None  # （厅规划处负责）: a division, read below
                lead = sorted(lead + [u for u in _named_items(text[la:lb], la, suffix)
                                      if not any(a < u.end and u.start < b for a, b in taken)
                                      and not (div is not None and div.match(u.text))
                                      # （局各科室负责）: a collective inside the name, no organ's name
                                      and not (form != "labelled" and _COLLECTIVE_INSIDE.search(u.text))],
                              key=lambda u: u.start)
            taken = [(u.start, u.end) for u in lead + partners]
            lead = sorted(lead + _division_items(text[la:lb], la, taken), key=lambda u: u.start)
            if "partner" in rx.groupindex and m.group("partner"):
                partners = sorted(partners + _division_items(text[pa:pb], pa, taken), key=lambda u: u.start)
            if lead or partners:
                # a label sentence spans its own words and closing mark; an unclosed group ends with the text
                span = (a + 1, min(b, len(text))) if (a, b) in labels else (a, min(b, len(text)))
                out.append(Note(*span, form, lead, partners))
                break
        else:
            lead = _bare_units(text[a + 1:b - 1], a + 1)
            if lead:
                out.append(Note(a, b, "bare", lead, []))
    return tuple(out)


_SENT = re.compile(r"[^。！？；\n]*[。！？；\n]?")


@lru_cache(maxsize=1)
def _predicates() -> frozenset:
    return frozenset(load_toml("responsibility.toml").get("subject_predicates", []))


@lru_cache(maxsize=1)
def _manner_frame():
    rx = load_toml("responsibility.toml").get("subject_manner_frame")
    return re.compile(rx) if rx else None


@lru_cache(maxsize=1)
def _task_frames():
    rx = load_toml("responsibility.toml").get("subject_task_frames")
    return re.compile(rx) if rx else None


def _task_frame(norm: str, pos: int) -> bool:
    """各县（市、区）人民政府对本辖区……负总责: the clause after the subject hands it the matter."""
    rx = _task_frames()
    return rx is not None and rx.match(norm, pos, _clause_end_at(norm, pos)) is not None


@lru_cache(maxsize=1)
def _leads_and_roles() -> tuple:
    """(enumeration lead 一是/二要, role clause 作为……责任主体) as regexes: the same
    words the directive reader uses (directives.toml)."""
    d = load_toml("directives.toml")
    lead, role = d.get("enumeration_leads"), d.get("role_frames")
    return (re.compile(lead) if lead else None, re.compile(role) if role else None)


@lru_cache(maxsize=1)
def _subject_scope() -> "re.Pattern | None":
    """Words that narrow a collective subject at a clause start (沿江各县……, 有关各设区市……)."""
    rx = load_toml("directives.toml").get("subject_scope")
    return re.compile(rx) if rx else None


@lru_cache(maxsize=1)
def _adverbs() -> frozenset:
    return frozenset(load_toml("responsibility.toml").get("subject_adverbs", []))


@lru_cache(maxsize=1)
def _marks_neutral() -> bool:
    """No subject predicate or adverb is one of the marks :func:`normalize` changes (either width): the walk's
    word tests answer alike on a line and on its normalised form."""
    marks = set(_HALF_TO_FULL.values()) | {chr(k) for k in _HALF_TO_FULL}
    return not any(w in marks for w in (*_predicates(), *_adverbs()))


# 各县（区）人民政府于10月底前完成……: a deadline after the subject, then what it does
_DEADLINE = re.compile(r"(?:于|在)[^，。；]{1,16}?(?:前|以前|之前|底|内)[\u4e00-\u9fff]{2}")

# 各县（市、区）在推进……中，应当……: a circumstance clause, then the subject's duty
_CIRCUMSTANCE = re.compile(r"在[^，。；]{1,30}(?:中|时|过程中|期间)[，,](?:还|也|均|都)?(?:要|应当|应|须|必须|务必)")


_NEWLINE, _CLAUSE_MARK = re.compile("\n"), re.compile("[，：]")  # found in C, not a Python step per character


_CLAUSE_END = re.compile("[，,。；;！？!?\n]")


def _clause_end_at(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m is not None else max(pos, len(text))


@lru_cache(maxsize=1)
def _acting() -> tuple[tuple[str, ...], tuple[str, ...], frozenset, frozenset]:
    d = load_toml("responsibility.toml")
    return (tuple(d.get("subject_verb_tags", [])), tuple(d.get("subject_lead_tags", [])),
            frozenset(d.get("subject_not_acting", [])), frozenset(d.get("subject_acting_words", [])))


def _acts(toks, k: int) -> bool:
    """The unit before token ``k`` acts, told descriptively with no modal (区财政局按时公开……, 县水利局新建……,
    区信访局通过……回应……, 市医保局、市财政局联合印发……): a verb right after it, or after a manner, time or
    frame word (按时, 每季度, 通过……) a verb in the same clause.  A copula (是, 为) or a noun after it
    (区财政局预算……) makes no act."""
    verb_tags, lead_tags, not_acting, acting = _acting()
    if not verb_tags:
        return False

    def verb(word: str) -> bool:
        return word in acting or (word not in not_acting and _segment.word_tag(word).startswith(verb_tags))

    def relative(j: int) -> bool:  # 县科技局支持的研发项目: the unit's verb makes a relative clause
        return j + 1 < len(toks) and toks[j + 1].text == "的"

    first = toks[k].text
    if first in not_acting or (k + 1 < len(toks) and first + toks[k + 1].text in not_acting):
        return False  # 配合, and 做好|配合 split in two tokens: a partner, not a unit acting
    if verb(first):
        return not relative(k)
    if not (_segment.word_tag(first).startswith(lead_tags) or first[:1].isdigit()):
        return False
    for j in range(k + 1, min(k + 16, len(toks))):
        t = toks[j].text
        if t in _CLAUSE_STOP_TOKENS:
            return False
        if verb(t) and not relative(j):  # 对新认定的|海外仓给予: a verb inside the frame's noun phrase is not the act
            return True
    return False


_CLAUSE_STOP_TOKENS = frozenset("，,；;：:。！？!?\n")
_CLAUSE_OPEN = re.compile(r"[，,；;：:。！？!?]")
_AGENT_OPEN = re.compile(r"(?<![理自缘经来])由(?![于此衷])")
_TOPIC = re.compile(r"(?:\d{1,2}[.．])?[^，,；;：:。！？!?、\s]{0,14}")


def _agent_starts(line: str) -> set[int]:
    """Where an agent after 由 begins: 由 opening a clause, or after the clause's short topic (劳动报酬纠纷由街道劳动
    保障服务中心受理) -- not after a long list of who hands things in (各地各部门及高等院校……的专报、研究报告等由……);
    not 由于, 由此, 理由, 自由."""
    out = set()
    for m in _AGENT_OPEN.finditer(line):
        opens = max((c.end() for c in _CLAUSE_OPEN.finditer(line, 0, m.start())), default=0)
        if _TOPIC.fullmatch(line, opens, m.start()):
            out.add(m.end())
    return out


@per_document
def acting_departments(text: str) -> tuple[Unit, ...]:
    """Named departments (no government, no collective) opening a clause of ``text`` and told acting
    with no modal (区财政局按时公开……; 3月底前，区信访局通过……回应……; 市医保局、市财政局联合印发……):
    a work plan's descriptive way of naming who does a measure (GW102).  Not a subject reading for
    the rules that ask whether governments are given work: the issuer's own acts are told so too."""
    out: list[Unit] = []
    offset = 0
    for line in text.split("\n"):
        units = [u for u in find_units(line) if u.kind != "government" and not u.generic]
        if units:
            starts = {body_start(line)} | {m.end() for m in _CLAUSE_OPEN.finditer(line)}
            # ……，由街道财政所按程序拨付: the agent after 由 acts as a subject does
            starts |= _agent_starts(line)
            idx = _tokens.index_of(line)
            i = 0
            while i < len(units):
                u = units[i]
                if u.start not in starts:
                    i += 1
                    continue
                chain = [u]
                while i + 1 < len(units) and _joined(line[chain[-1].end:units[i + 1].start]):
                    i += 1
                    chain.append(units[i])
                k = idx.index_at(chain[-1].end) if chain[-1].end < len(line) else None
                if k is not None and idx.tokens[k].start == chain[-1].end and _acts(idx.tokens, k):
                    out.extend(_shift(chain, offset))
                i += 1
        offset += len(line) + 1
    return tuple(out)


def _predicate(token: str, preds: frozenset) -> bool:
    """A predicate word, or a token opening with one of two characters or more
    (抓好落实, 负责组织): jieba keeps some verb phrases whole."""
    # a token equal to a long predicate is in ``preds``: startswith over the tuple (in C) says the same
    return token in preds or token.startswith(_long_words(preds))


@lru_cache(maxsize=8)
def _long_words(words: frozenset) -> tuple:
    return tuple(sorted(w for w in words if len(w) >= 2))


def subject_units(text: str) -> list[Unit]:
    """Units that carry a sentence as its subject: the sentence (or a clause)
    opens with the unit followed by a predicate (负责, 牵头, 会同, 要 …), possibly
    after other units joined by 、和会同; or 由××负责/牵头."""
    if "\n" not in text:
        return list(_line_subjects(text)[0])
    # No sentence, clause reader or unit crosses a line break (tests/test_units.py holds the walk over whole
    # measures to this on every corpus and evaluation draft): a measure's subjects are those of its lines, which
    # GW105 asks of every paragraph anyway -- one walk per paragraph per document.
    lines = text.split("\n")
    out: list[Unit] = []
    offset, last = 0, len(lines) - 1
    for k, line in enumerate(lines):
        plain, broken = _line_subjects(line)
        out.extend(_shift(broken if k < last else plain, offset))
        offset += len(line) + 1
    return out


@per_document
def _line_subjects(line: str) -> tuple[tuple[Unit, ...], tuple[Unit, ...]]:
    """The subjects of one line read alone, and read with a line break after it (一要各乡（镇）人民政府 at the
    end of a line opens the next one's sentence)."""
    key = normalize(line)
    if key is not line and _memo_table(_SHARED) is not None and _units_of(line) is _units_of(key) \
            and _marks_neutral():
        # the walk reads the normalised text, the line's units and its tokens' words (a mark is one token either
        # way, and no predicate or adverb is a mark): the walk of the normalised line, whose units are these
        return _line_subjects(key)
    plain, extra = _subject_walk(line)
    if not extra:
        return tuple(plain), tuple(plain)
    return tuple(plain), tuple(sorted([*plain, *extra], key=lambda u: u.start))  # the walk's order: by start


def _shift(units, offset: int):
    """``units`` of a line moved to where the line starts in its text (the same units when it starts at 0)."""
    if not offset:
        return units
    return [Unit(u.text, u.start + offset, u.end + offset, u.name, u.kind, u.level, u.generic, u.reaches, u.relative,
                 u.source) for u in units]


# a short title of a numbered article set off by spaces before its first sentence (第四条 融资担保 市财政局……)
_ARTICLE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,12}[ \u3000]+(?=[^\s])")


def _subject_walk(text: str) -> tuple[list[Unit], list[Unit]]:
    """:func:`subject_units` of ``text`` walked sentence by sentence (any text, several lines too: the
    definition the per-line composition is tested against), and the units a line break after the text would
    add (a demand lead's unit closing the text)."""
    norm = normalize(text)
    preds = _predicates()
    advs = _adverbs()
    out: list[Unit] = []
    extra: list[Unit] = []
    # The units of a sentence are those of the whole text inside its span: no lexicon entry, unit pattern or
    # jieba block crosses 。！？； or a line break, so scanning each sentence again finds the same units.
    found = find_units(text)
    # A sentence's tokens are those of its paragraph inside its span (a sentence ends on a mark that is a token
    # of its own and never crosses a line): the paragraph's token index, not a second segmentation.
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))] if "\n" in text else [0]
    lo = 0
    if not found:
        return out, extra  # no unit, no subject
    for m in _SENT.finditer(norm):
        s, e = m.start(), m.end()
        if s == e:
            continue
        while lo < len(found) and found[lo].start < s:
            lo += 1
        units = []
        for u in found[lo:]:
            if u.start >= e:
                break
            if u.end <= e:
                units.append(u)
        if not units:
            continue  # the marker and the lead of a sentence are read only where a unit may open it
        sent = norm[s:e]
        # a list marker (一、 （一） 1. ① 第一条) does not stop the unit after it opening the clause
        skip = body_start(sent) if s == 0 or norm[s - 1] == "\n" else _inline_marker_end(sent)
        enum, role = _leads_and_roles()
        lead = enum.match(sent, skip) if enum is not None else None
        demand_lead = None
        if lead is not None:
            skip = lead.end()  # 一要各乡（镇）人民政府……
            demand_lead = skip if lead.group().endswith("要") else None
        li = bisect_right(line_starts, s) - 1
        ls = line_starts[li]
        le = line_starts[li + 1] - 1 if li + 1 < len(line_starts) else len(text)
        idx = _tokens.index_of(text[ls:le] if (ls, le) != (0, len(text)) else text)
        k0 = idx.index_at(s - ls)
        k1 = idx.index_at(min(e, le) - 1 - ls) + 1 if min(e, le) > s else k0
        toks = idx.tokens[k0:k1]
        tok_at = None  # token by start: built when a unit opens a clause (most sentences have none that does)
        clause_starts = {s + skip} | {s + m.end() for m in _CLAUSE_MARK.finditer(sent)}
        if (titled := _ARTICLE_TITLE.match(sent, skip)) is not None and skip:
            clause_starts.add(s + titled.end())  # 第四条 融资担保 市财政局安排……: the article's title, then its subject
        scope = _subject_scope()
        if scope is not None:  # 沿江各县（市、区）人民政府要……: the scope word still leaves the unit the subject
            # the scope words hold no ，/：, so only the nearest clause start before the unit can begin them
            ordered = sorted(clause_starts)
            clause_starts |= {u.start for u in units
                              if (k := bisect_left(ordered, u.start)) and scope.fullmatch(norm, ordered[k - 1], u.start)}
        i = 0
        while i < len(units):
            u = units[i]
            # 由××负责; 请××做好…… at a clause start (not 提请, 申请: the character before 请 opens the clause)
            if u.start in clause_starts or (u.start - 1 >= s and norm[u.start - 1] == "由") \
                    or (u.start - 1 >= s and norm[u.start - 1] == "请" and u.start - 1 in clause_starts):
                chain = [u]
                j = i
                while j + 1 < len(units) and _joined(norm[chain[-1].end:units[j + 1].start]):
                    j += 1
                    chain.append(units[j])
                for anchor in (chain[0], chain[-1]):
                    named = _ALIAS.match(norm, anchor.end)  # ……区政府（以下统称专区监管部门）落实……
                    end = named.end() if named else anchor.end
                    paired = _PARTY_GOVERNMENT.match(norm, end)  # 各市州党委和政府负总责: one level's party and government
                    end = paired.end() if paired and paired.end() > end else end
                    if tok_at is None:
                        tok_at = {t.start + ls: k for k, t in enumerate(toks)}
                    k = tok_at.get(end)
                    if k is None and end == le < e:  # the line break closing the sentence: no predicate
                        if demand_lead is not None and chain[0].start == s + demand_lead:
                            out.extend(chain)
                            break
                        continue
                    if k is None and end == le == len(text):  # the text's end: a line break after it would
                        if demand_lead is not None and chain[0].start == s + demand_lead:  # close the sentence
                            extra.extend(chain)
                        break  # (the other anchor ends no later: nothing more to find)
                    if k is None or k >= len(toks):
                        continue
                    if toks[k].text in advs and k + 1 < len(toks) and toks[k + 1].text in ("对", "于", "在") \
                            and not (toks[k + 1].text == "在" and _predicate(toks[k].text, preds)):
                        # 县市场监管局每学期对……开展检查: an adverb before the frame; 要在……设立 is a modal, a predicate
                        # (应于…… stays a deadline frame: 于 with no deadline after it leaves the subject unread)
                        k += 1
                    first = toks[k].text
                    second = toks[k + 1].text if k + 1 < len(toks) else ""
                    if not _predicate(first, preds) and norm.startswith(_long_words(preds), toks[k].start + ls):
                        first = norm[toks[k].start + ls:]  # 负总责 cut as 负|总责: the predicate spans the tokens
                    if second == "的" and first not in advs:
                        continue  # 省发展改革委支持的项目……: a relative clause, the unit is no subject
                    role_clause = role is not None and role.match(norm, toks[k].start + ls,
                                                                   _clause_end_at(norm, toks[k].start + ls))
                    deadline = first in ("于", "在") and _DEADLINE.match(norm, toks[k].start + ls,
                                                                         _clause_end_at(norm, toks[k].start + ls))
                    task_clause = (first == "对" and _task_frame(norm, toks[k].start + ls)) \
                        or (first == "在" and _CIRCUMSTANCE.match(norm, toks[k].start + ls, le) is not None)
                    manner = _manner_frame()
                    # ……，市商务局、市文旅局按职责分工负责: the manner before the predicate may be one token with it
                    by_duty = manner is not None and manner.match(norm, toks[k].start + ls) is not None
                    if _predicate(first, preds) or (first in advs and _predicate(second, preds)) or role_clause \
                            or deadline or task_clause or by_duty \
                            or (demand_lead is not None and chain[0].start == s + demand_lead):
                        out.extend(chain)
                        break
                i = j + 1
                continue
            i += 1
    return out, extra


# the government beside a level's party committee (各市州党委和政府, 各县（市、区）党委、政府, 各乡镇党委政府): one subject
_PARTY_GOVERNMENT = re.compile(r"(?:党委|党工委|(?<=党委)|(?<=党工委))(?:[和、及与]?(?:人民)?政府)?")

_JOINS = ("、", "和", "及", "与", "会同", "，")
# the level word the second of two joined subjects may carry (各乡镇人民政府和县直有关单位, 各区政府、市各有关部门)
_JOINED_LEVEL = re.compile("[" + "".join(w for w, _ in _orgs.LEVEL_CHARACTERS) + "]")
# a qualifier the unit reading leaves out of the second unit's name (区城市管理局和相关街道办事处配合)
_JOINED_QUALIFIER = re.compile(r"有关|相关|其他|其余|所在")


def _joined(gap: str) -> bool:
    """``gap`` joins two units of one subject: a joining word, perhaps with the level word of the second
    (和县直, 、市) that the unit reading leaves out of its name."""
    if gap in _JOINS:
        return True
    if not gap or gap[0] not in "、和及与":
        return False
    scope = _coordination_scope()
    rest = gap[1:]
    return _JOINED_LEVEL.fullmatch(rest) is not None or (scope is not None and scope.fullmatch(rest) is not None) \
        or _JOINED_QUALIFIER.fullmatch(rest) is not None


# ……为主。二、各县区要……: items numbered inside one paragraph; only the unambiguous 二、/（二） forms
_INLINE_MARKER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")


def _inline_marker_end(sent: str) -> int:
    m = _INLINE_MARKER.match(sent)
    return m.end() if m else 0


_ALIAS = re.compile(r"（以下(?:统称|简称|合称)(?:为)?[“\"]?(?P<alias>[\u4e00-\u9fff]{2,12})[”\"]?）")


_ORGAN_END = re.compile(r"(?:部门|政府|单位|机构|机关|局|委|厅|办|中心|小组|委员会)$")


def defined_aliases(text: str) -> list[str]:
    """Names a text defines for units it lists: 相关行业主管部门和相关区政府（以下统称专区监管部门）
    → 专区监管部门.  Only when the words before the bracket name a unit or end like an organ's name."""
    out = []
    for m in _ALIAS.finditer(normalize(text)):
        clause = text[max(text.rfind("，", 0, m.start()), text.rfind("。", 0, m.start()), 0):m.start()]
        if (_ORGAN_END.search(clause) or find_units(clause)) and m.group("alias") not in out:
            out.append(m.group("alias"))
    return out


def _alias_subjects(text: str, aliases: Iterable[str]) -> list[Unit]:
    """Aliases (:func:`defined_aliases`) carrying a clause like a unit: 专区监管部门负责……, 由专区监管部门会同……"""
    if not aliases:
        return []
    norm = normalize(text)
    preds = _predicates()
    out = []
    for alias in aliases:
        for m in re.finditer(re.escape(alias), norm):
            a, b = m.start(), m.end()
            opens = a == 0 or norm[a - 1] in "，。；：由\n" or body_start(norm[a - 8 if a >= 8 else 0:b]) > 0
            if opens and any(norm.startswith(p, b) for p in preds):
                out.append(Unit(text[a:b], a, b, alias, "department", "unknown", False, ("unknown",), False, "alias"))
                break
    return out


def responsible_units(text: str, *, include_generic: bool = False, aliases: Iterable[str] = (),
                      answering: bool = False) -> list[Unit]:
    """Units named as responsible in a measure: notes first, then subjects (and the
    document's defined names for units, ``aliases``, as subjects).  ``answering``: who answers for it
    (GW102): a note's partners only beside a lead that names a unit (:attr:`Note.answering`); without it
    every unit with work in it (GW105's reading)."""
    seen, out = set(), []
    for u in (*_named_responsible(text, answering), *_alias_subjects(text, tuple(aliases))):
        if (u.generic and not include_generic) or u.name in seen:
            continue
        seen.add(u.name)
        out.append(u)
    return out


@per_document
def _named_responsible(text: str, answering: bool = False) -> tuple[Unit, ...]:
    """Every unit of the notes (``answering``: those who answer for it), then of the subjects (several
    rules ask; once per document)."""
    found: list[Unit] = []
    standing_in: list[tuple[int, int]] = []  # partners beside a generic lead: no subject either (市财政局配合)
    offset = 0
    for line in text.split("\n"):  # no note crosses a line break: a measure's are its paragraphs' (GW105's)
        found.extend(_shift(_note_units(line, answering), offset))
        if answering and "（" in line:
            standing_in.extend((offset + u.start, offset + u.end) for n in find_notes(line)
                               for u in n.partners if u not in n.answering)
        if answering:
            standing_in.extend((offset + a, offset + b) for a, b in _partners_of_generic_lead(line))
        offset += len(line) + 1
    found.extend(u for u in subject_units(text) if not any(a < u.end and u.start < b for a, b in standing_in))
    return tuple(spelled_out_generic(text, found))


@lru_cache(maxsize=1)
def _running_partner_clauses() -> tuple:
    return tuple(re.compile(rx) for rx in load_toml("responsibility.toml").get("running_partner_clauses", []))


@lru_cache(maxsize=1)
def _running_partner_words() -> tuple[str, ...]:
    """The partner words of those clauses (配合, 会同 …): a line without one has no running partner clause."""
    return tuple(load_toml("responsibility.toml").get("running_partner_words", []))


_LEAD_FILLER = frozenset("由、，,和及与 \u3000")


def _partners_of_generic_lead(line: str) -> list[tuple[int, int]]:
    """Spans of the partners a running sentence gives a lead that is only a generic collective (……，由相关单位牵头，
    区财政局、区商务委配合; 由有关部门会同市财政局负责): the note forms written without brackets.  The partners
    join the lead; they do not stand in for it (rules.md GW102: 牵头单位只写泛称的，配合单位写得再具体也不能代替)."""
    rxs = _running_partner_clauses()
    if not rxs or not any(w in line for w in _running_partner_words()):
        return []
    out: list[tuple[int, int]] = []
    for rx in rxs:
        for m in rx.finditer(line):
            la, lb = m.span("lead")
            # 这项工作由相关部门牵头: a topic before 由 is what is led, not who leads it
            la = max(la, line.rfind("由", la, lb) + 1)
            lead = _units_in(line[la:lb], la)
            rest = list(line[la:lb])
            for u in lead:
                rest[u.start - la:u.end - la] = [""] * (u.end - u.start)
            # the lead is nothing but units (由有关部门和相关单位), all of them generic
            if not lead or not all(u.generic for u in lead) or any(ch and ch not in _LEAD_FILLER for ch in rest):
                continue
            pa, pb = m.span("partner")
            out.extend((u.start, u.end) for u in _units_in(line[pa:pb], pa))
    return out


@per_document
def _note_units(line: str, answering: bool = False) -> tuple[Unit, ...]:
    return tuple(u for note in find_notes(line) for u in (note.answering if answering else note.units))


@lru_cache(maxsize=1)
def _coordination_scope() -> "re.Pattern | None":
    rx = load_toml("responsibility.toml").get("coordination_scope")
    return re.compile(f"(?:{rx})$") if rx else None


# what may stand between two coordinated actors (各县市区、各有关部门；各县（市、区）人民政府和有关部门)
_COORDINATION = frozenset("、，,和及与以 \u3000")


def spelled_out_generic(text: str, units: list[Unit]) -> list[Unit]:
    """Lower governments' collectives coordinated with a generic collective of departments and
    no specific body (各县市区、各有关部门要……; 责任单位：各区（市）县、各部门) are rules.md's
    generic 各地各部门 written out: no body leads, so the collectives count as generic too.
    Alone (各县（市、区）要……) or beside a named department they name their governments."""
    def coordinated(a: Unit, b: Unit) -> bool:
        gap = text[a.end:b.start] if a.end <= b.start else None
        if gap is None:
            return False
        if len(gap) == 2 and gap[0] in "、，,和及与" and _JOINED_LEVEL.fullmatch(gap[1]):
            return True  # 各区政府、市各有关部门; 各乡镇人民政府，县有关部门 (a table cell): the departments' level word
        scope = _coordination_scope()  # 各县市和州直有关部门: the level word before the departments stays in the pair
        if scope is not None and gap and gap[0] in _COORDINATION:
            m = scope.search(gap)
            if m is not None and m.end() == len(gap):
                gap = gap[:m.start()]
        return len(gap) <= 2 and all(ch in _COORDINATION for ch in gap)

    def collective(u: Unit) -> bool:
        # street offices are the district's agencies, not a government, but answer for their area like one;
        # so do the lower levels' departments of one system (各县（市、区）林业局及市直相关单位, h18a)
        if u.generic:
            return False
        if u.source == "actor":
            # the villages and communities under a township (各村（社区）) answer for theirs as its lower level
            return u.kind in ("government", "other") or u.name.endswith("街道办事处")
        return u.kind == "department" and u.text.startswith("各")

    ordered = sorted(range(len(units)), key=lambda i: (units[i].start, units[i].end))
    groups: list[list[int]] = []
    for i in ordered:
        # the same actor read twice (a note's unit and the 由……负责 subject's, at one span) stays in its group
        if groups and (coordinated(units[groups[-1][-1]], units[i])
                       or any((units[j].start, units[j].end) == (units[i].start, units[i].end) for j in groups[-1])):
            groups[-1].append(i)
        else:
            groups.append([i])
    spelled: set[int] = set()
    for g in groups:
        members = [units[i] for i in g]
        if any(u.generic and u.kind in ("department", "mixed") for u in members) \
                and all(u.generic or collective(u) for u in members) and any(collective(u) for u in members):
            spelled.update(i for i in g if collective(units[i]))
    if not spelled:
        return units
    return [replace(u, generic=True) if i in spelled else u for i, u in enumerate(units)]



def cell_units(cell: str) -> list[Unit]:
    """The units of a task table's 牵头单位/责任单位 cell, read as the body of the note its header labels:
    a cell holding only the issuer's own division (厅流通业发展处, 局办公室) names it as （牵头单位：……） would."""
    units = spelled_out_generic(cell, find_units(cell))  # 各县（区）、相关单位 is 各地各部门 written out
    if units:
        return units
    label = "（责任单位："
    noted = [u for n in find_notes(f"{label}{cell}）") for u in n.units]
    return [replace(u, start=max(u.start - len(label), 0), end=max(u.end - len(label), 0)) for u in noted] or units


def measure_unit_names(text: str) -> list[str]:
    """Canonical names of the specific units responsible for a measure (for ``inspect``)."""
    return [u.name for u in responsible_units(text)]

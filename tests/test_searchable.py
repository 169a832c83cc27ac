"""A pattern searched behind the characters its matches open with (gwlint/analysis/literals.searchable): the
same matches as the pattern itself, on every rule pattern list the rules join into one alternation."""
from __future__ import annotations

import re

import pytest

from gwlint.analysis.literals import searchable
from gwlint.analysis.settings import Regex, schema_of, settings_for
from gwlint.config import load_config
from gwlint.rules import all_rules

from .test_literals import _paragraphs


def _rule_alternations() -> list[str]:
    """Every regex-list setting of every rule, joined as ``settings.alternation`` joins it."""
    cfg = load_config()
    out = []
    for rule in all_rules():
        s = settings_for(rule, cfg)
        if s is None:
            continue
        for name, kind in schema_of(rule).fields.items():
            if kind is not Regex and kind != list[Regex]:
                continue
            v = getattr(s, name)
            pats = [p for p in ([v] if isinstance(v, str) else v) if p]
            if not pats:
                continue
            joined = "|".join(f"(?:{p})" for p in pats)
            try:
                re.compile(joined)
            except re.error:
                out.extend(pats)  # items naming the same group (?P<verb>…) are searched one at a time
            else:
                out.append(joined)
    return sorted(set(out))


def _spans(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


# the corners of the opening class: an optional item before the first that is always there, a lookbehind or an
# anchor before it, an alternative that may be empty, a category, flags, a class with a range, marks of a class
TRICKY = ["(?:分管|主管)?副?(?:省长|市长)", "(?s)(?:甲|乙)?丙.", "(?m)(?:甲|乙)?丙$", "(?<=[县区市])等|各", "(?:^|，)各地", "a*", "a?b", "\\d+号", "(?s).*x",
          "(?i)abc", "(?:(?:国务院|省)长)|(?:主任)", "[a-c]+x|y", "(?=各)各地|[-\\]^]x", "\\b(?:x|y)z", "(?P<n>甲|乙)丙|丁",
          "(?:甲|)乙", "(?:甲|乙)*丙", "(?:甲|乙)+丙", "[^甲]乙|丙"]
TEXTS = ["省长和副市长", "各县等各地", "，各地、各地", "aab b", "12号", "xx\nx", "ABC abc", "国务院长、省长主任",
         "abcx y", "各地 -x ]x ^x", "xz yz axz", "甲丙丁乙丙", "乙甲乙", "甲乙丙乙丙", "乙乙丙", "丁乙丙乙", ""]


@pytest.mark.parametrize("pattern", TRICKY)
def test_searchable_matches_as_the_pattern_on_corner_strings(pattern):
    plain, fast = re.compile(pattern), searchable(pattern)
    for t in TEXTS:
        assert _spans(fast, t) == _spans(plain, t), (fast.pattern, t)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups


def test_searchable_leads_only_where_re_does_not_skip_ahead():
    """Wrapped where every match opens with a known character and re would try each position; left as it is
    where it may match empty, opens with a category other than \\d and \\s, or re finds a literal or class prefix
    itself.  \\d and \\s stay escapes in the lead class (a time pattern's alternatives open with 19|20, 年底, a
    numeral class holding \\d …: re tried all of them at every position)."""
    assert searchable("(?:(?:国务院|省)长)|(?:主任)").pattern.startswith("(?=[主国省])")
    assert searchable("(?:分管|主管)?副?(?:省长|市长)").pattern.startswith("(?=[主分副市省])")
    assert searchable("\\d+号").pattern == "(?=[\\d])(?:\\d+号)"
    assert searchable("(?:19|20)\\d\\d年|[一二\\s]月").pattern.startswith("(?=[12一二\\s])")
    for p in ("abc", "a*", "(?:^|，)各地", "\\w+号", "(?s).*x", "(?i)abc", "(?s)(?:甲|乙)?丙.", "甲丙|乙丁", "[\u4e00-\u9fff]{2,6}?局"):
        assert searchable(p).pattern == p


def test_rule_alternations_match_as_the_patterns_on_every_line():
    """Each rule's pattern lists, joined as the rules search them, behind their opening characters: the same
    matches on every line of the corpus, the samples and the evaluation drafts."""
    lines = _paragraphs()
    joined = "\n".join(lines)
    alternations = _rule_alternations()
    led = 0
    for pattern in alternations:
        plain, fast = re.compile(pattern), searchable(pattern)
        led += fast.pattern != pattern
        if fast.pattern == pattern:
            continue
        assert _spans(fast, joined) == _spans(plain, joined), pattern
        for t in lines[::7]:
            assert (fast.search(t) is None) == (plain.search(t) is None), (pattern, t)
    assert len(alternations) > 50 and led > 20  # real lists, and most are led


def _data_patterns() -> list[str]:
    """Every string of the data files (dictionaries/*.toml) that compiles as a regex."""
    import tomllib

    from .conftest import REPO

    out: set[str] = set()

    def walk(v) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and v:
            try:
                re.compile(v)
            except re.error:
                return
            out.add(v)

    for f in sorted((REPO / "dictionaries").glob("*.toml")):
        walk(tomllib.loads(f.read_text(encoding="utf-8")))
    return sorted(out)


def test_data_patterns_match_as_themselves_when_led():
    """Any pattern of the data files that searchable() puts behind a lookahead (the analysis compiles some of
    them so): the same matches on the whole corpus, samples and evaluation drafts."""
    joined = "\n".join(_paragraphs())
    led = 0
    for pattern in _data_patterns():
        fast = searchable(pattern)
        if fast.pattern == pattern:
            continue
        led += 1
        assert _spans(fast, joined) == _spans(re.compile(pattern), joined), pattern
    assert led > 30


def test_led_module_patterns_match_as_the_patterns_they_lead():
    """Patterns a module compiles with searchable() (GW804's year spans and counts, the told modals …): the same
    matches as the plain pattern on the whole corpus, samples and evaluation drafts."""
    import importlib
    import pkgutil

    import gwlint.analysis
    import gwlint.rules
    from gwlint.analysis.literals import LED_FROM

    mods = [importlib.import_module(info.name) for pkg in (gwlint.analysis, gwlint.rules)
            for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
    joined = "\n".join(_paragraphs())
    found = 0
    for mod in mods:
        for rx in vars(mod).values():
            if isinstance(rx, re.Pattern) and rx.pattern in LED_FROM:
                found += 1
                assert _spans(rx, joined) == _spans(re.compile(LED_FROM[rx.pattern], rx.flags), joined), rx.pattern
    assert found >= 3


def test_every_pattern_led_while_linting_matches_as_the_pattern_it_leads():
    """Patterns compiled with searchable() on first use (behind lru_caches: the attendance labels that open an
    inline list, the directive patterns of facts …), after a lint of the samples has built them: the same matches
    as the plain pattern on the whole corpus, samples and evaluation drafts."""
    from gwlint.analysis.attendance import inline_label
    from gwlint.analysis.literals import LED_FROM
    from gwlint.config import Config
    from gwlint.engine import lint_file

    from .conftest import REPO

    for f in sorted((REPO / "sample_docs").glob("*.txt")):
        lint_file(f, Config())
    assert inline_label().pattern in LED_FROM  # the label pattern is led, not left as it was
    joined = "\n".join(_paragraphs())
    assert inline_label().search(joined) is not None
    for led, plain in sorted(LED_FROM.items()):
        assert _spans(re.compile(led), joined) == _spans(re.compile(plain), joined), plain

"""GW806 repeated-char — a character typed twice (的的), told from reduplication by jieba (条例第二十条)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.divisions import joined_city_abbreviations
from ...analysis.elements import contact_name_spans, literal_mask
from ...analysis.tokens import doubled_across_words, opens_abbreviated_place, opens_word
from ... import segment as _segment  # asked per token pair: imported once, not per call
from ...findings import UNSAFE, Fix, Violation
from ..base import Example, Rule, RuleSettings
from . import CJK_CHAR as _CJK_CHAR


@dataclass(frozen=True)
class Settings(RuleSettings):
    repeated_char_allow: list[str] = field(default_factory=list)  # reduplicated forms that are fine (常常)
    repeated_char_phrases: list[str] = field(default_factory=list)  # fixed phrases holding a pair (了了分明)
    bound_char_max_freq: int = 0  # a character this rare alone (萋, 皑) doubles only as a reduplicated word
    particle_chars: list[str] = field(default_factory=list)  # 了, 着, 过: a particle before a word it opens (了解)
    particle_host_tags: list[str] = field(default_factory=list)  # v, a: what a particle may follow (做了了解)
    adverb_tags: list[str] = field(default_factory=list)  # ad, d: a word that modifies the verb after it, no host
    verb_modifiers: list[str] = field(default_factory=list)  # 深入, 全面: verbs standing as a verb's manner (深入了解)
    structural_particles: list[str] = field(default_factory=list)  # 的: doubled before a word it opens (的确认)
    conjunctions: list[str] = field(default_factory=list)  # 和, 与: doubled after a verb before a word it opens
    bare_verb_tags: list[str] = field(default_factory=list)  # v: a verb that is no noun (结合, not 发展 vn)


# A pair that jieba knows only as a rare literary word (了了 3, 报报 3) and splits in this sentence is
# read as two words: the split, not the dictionary entry, decides.  Common words keep their pass.
_RARE_WORD = 20

_NUMERAL = set("一二三四五六七八九十〇零百千万亿两")


def _finding(ln: int, ch: str, start: int, end: int, cut: tuple[int, int]) -> Violation:
    """One doubled ``ch`` over ``[start, end)``, fixed by deleting the copy at ``cut``."""
    return Violation(f"“{ch}{ch}”疑为误输入的重复字，应删去一个“{ch}”。", ln, start, end,
                     fix=Fix.replace(ln, cut[0], cut[1], "", f"删去重复的“{ch}”", applicability=UNSAFE))


def _suffix_twice(t1, t2) -> bool:
    """我们|们: a word suffix (们, tagged k) standing alone after a word that already ends with it."""
    return len(t2.text) == 1 and len(t1.text) >= 2 and t1.end == t2.start and t1.text.endswith(t2.text) \
        and _segment.word_tag(t2.text) == "k"


def _doubled(text: str, i: int) -> bool:
    """text[i:i+2] is a doubled Han character (the other half of an AABB form)."""
    return 0 <= i and i + 1 < len(text) and text[i] == text[i + 1] and bool(_CJK_CHAR.match(text[i]))


_SEGMENT_BREAK = re.compile(r"[、，,；;。：:“”‘’「」（）()\s]")


def _parallel_doubles(text: str, i: int) -> bool:
    """The pair at ``i`` and a pair in a neighbouring list segment stand at the same distance from their segments' ends
    (岛岛通航、天天有班; 实现村村通、户户通; 件件有回音、事事有着落): a distributive reduplication (每岛, 每天) in parallel
    form, not a character typed twice."""
    cuts = [m.start() for m in _SEGMENT_BREAK.finditer(text)] + [len(text)]
    k = next(n for n, c in enumerate(cuts) if c > i)
    segs = [(a + 1 if a >= 0 else 0, b) for a, b in zip([-1, *cuts], cuts)]
    own = segs[k]
    d = own[1] - i
    if not 3 <= d <= 6:
        return False
    for other in (segs[k - 1] if k else None, segs[k + 1] if k + 1 < len(segs) else None):
        if other is None or other[1] - other[0] < d:
            continue
        joint = text[min(own[1], other[1])]
        if joint in "、，," and _doubled(text, other[1] - d) and text[other[1] - d] != text[i]:
            return True
    return False


def _own_stems(ctx) -> dict[str, list[tuple[str, int]]]:
    """Per doubled pair in the names of the issuer (as recognised and as signed) and its recipients: the pair with the character before
    it (壶镇镇; the one after when the name opens with the pair), and how far the stem runs past the pair."""
    gw = ctx.gw
    names = {o.name for o in gw.issuers} | {e.text for e in (gw.signature, gw.issuer_mark) if e is not None} \
        | set(gw.recipient_list) | set(gw.cc_list)
    out: dict[str, list[tuple[str, int]]] = {}
    for name in names:
        for i in range(len(name) - 1):
            if _doubled(name, i):
                a, b = (i - 1, i + 2) if i else (0, min(len(name), 3))
                out.setdefault(name[i:i + 2], []).append((name[a:b], b - (i + 2)))
    return out


def _covers(text: str, phrase: str, a: int, b: int) -> bool:
    """An occurrence of phrase in text spans [a, b)."""
    lo = max(0, b - len(phrase))
    i = text.find(phrase, lo)
    while i != -1 and i <= a:
        if i + len(phrase) >= b:
            return True
        i = text.find(phrase, i + 1)
    return False


class RepeatedChar(Rule):
    code = "GW806"
    name = "repeated-char"
    severity = "warning"
    basis = "《党政机关公文处理工作条例》第二十条（文字是否规范）"
    summary = "检查误输入的重复字（的的、了了、和和）：分词显示两个相同的字各自独立成词、且叠用不是词语时报告。"
    why = ("修改稿中删改不彻底或输入法连击常留下“的的”“在在”之类重复字。借助分词可以区分“常常”“层层”等正常叠词"
           "和“2019年年底”这类两个词相邻的情况。")
    bad = "加强对安全生产工作的的监督检查"
    good = "加强对安全生产工作的监督检查"
    fix_title = "删去重复的字"
    Settings = Settings
    data_file = "rules/gw806.toml"
    examples = (
        Example("各设区市要加强对春耕生产工作的的监督检查。", fires=True),
        Example("各设区市要层层落实责任，常常深入一线，确保2026年年底前完成。", fires=False),
        Example("以“芳草萋萋，白雪皑皑”为题开展摄影采风。", fires=False, note="不单独成词的字叠用是叠字词"),
    )

    @staticmethod
    def _particle_twice(settings: Settings, prev, t1, t2) -> bool:
        """政策|了|了解: a particle (了) standing alone right before a word it opens (了解), after a word
        it cannot follow — a noun or adverb, not a verb (做了了解) — is the word's first character typed twice."""
        from ...segment import word_tag

        ch = t1.text
        if ch not in settings.particle_chars or len(t2.text) < 2 or not t2.text.startswith(ch) \
                or prev.end != t1.start or t1.end != t2.start:
            return False
        return RepeatedChar._no_host(settings, prev)

    @staticmethod
    def _no_host(settings: Settings, prev) -> bool:
        """``prev`` cannot carry an aspect particle before the word the particle's character opens: a noun
        (政策了了解), an adverb (充分了了解) or a verb standing as the next verb's manner (深入了了解).  Any other
        verb or adjective can (做了了解; 开通了了却……的通道: 了 ends 开通, 了却 opens a relative clause), and
        segmentation cannot tell those apart from a typo: they stay quiet."""
        from ...segment import word_tag

        tag = word_tag(prev.text)
        if not tag:
            return False
        if tag in settings.adverb_tags or prev.text in settings.verb_modifiers:
            return True
        hosts = tuple(settings.particle_host_tags)
        # 新开通|了|了却: a compound the dictionary tags as a name, whose last word is a verb (开通), carries 了
        if not tag.startswith(hosts) and len(prev.text) >= 3 and word_tag(prev.text[-2:]).startswith(hosts) \
                and prev.text[-2:] not in settings.verb_modifiers:
            return False
        return not tag.startswith(hosts)

    @staticmethod
    def _bare_conjunction(settings: Settings, prev, ch: str) -> bool:
        """结合|和|和…: a conjunction right after a verb that is no noun has no left conjunct: typed twice."""
        return ch in settings.conjunctions and _segment.word_tag(prev.text) in settings.bare_verb_tags

    @staticmethod
    def _extra_structural(text: str, prev, t2) -> bool:
        """名单|的|的|确认: with the first 的 gone, the second stands alone before the word (名单|的|确认):
        that 的 was typed twice.  When the pair reads as 的确 again (反映的|的确|是, 乘坐的|的士), both are right."""
        from ...segment import tokenizer

        window = prev.text + text[t2.start:t2.start + 10]
        at = len(prev.text)
        pos = 0
        for w in tokenizer().lcut(window):
            if pos == at:
                return w == text[t2.start]
            pos += len(w)
            if pos > at:
                return False
        return False

    def check(self, ctx) -> Iterator[Violation]:
        from ...segment import tokenizer

        settings = ctx.settings(type(self))
        allow = set(settings.repeated_char_allow)
        phrases = settings.repeated_char_phrases
        freq = tokenizer().FREQ
        own = None  # stems of the issuer's and recipients' names holding a doubled character, found when first needed
        for ln in ctx.text_lines:
            text = ctx.text(ln)
            if not re.search(r"([\u4e00-\u9fff])\1", text):
                continue
            toks = ctx.tokens(ln)
            mask = None
            for k, (t1, t2) in enumerate(zip(toks, toks[1:])):
                if _suffix_twice(t1, t2):
                    mask = literal_mask(text) if mask is None else mask
                    if not mask[t2.start]:
                        ch = t2.text
                        yield _finding(ln, ch, t2.start - 1, t2.end, (t2.start, t2.end))
                    continue
                # both readings below need the second token to open with the first one's character
                if t1.text[:1] != t2.text[:1]:
                    continue
                if k and self._particle_twice(settings, toks[k - 1], t1, t2):
                    mask = literal_mask(text) if mask is None else mask
                    if not mask[t1.start]:
                        ch = t1.text
                        yield _finding(ln, ch, t1.start, t1.end + 1, (t1.start, t1.end))
                    continue
                if len(t1.text) != 1 or t1.text != t2.text or t1.end != t2.start:
                    continue
                ch = t1.text
                pair = ch + ch
                if not _CJK_CHAR.match(ch) or ch in _NUMERAL or pair in allow or freq.get(pair, 0) >= _RARE_WORD:
                    continue
                # 芳草萋萋, 白雪皑皑: a character hardly used on its own is not one typed twice by accident
                if freq.get(ch, 0) < settings.bound_char_max_freq:
                    continue
                # 缙云县壶镇镇人民政府: the issuer's or a recipient's name (a town called 壶镇) holds the pair, wherever written
                own = _own_stems(ctx) if own is None else own
                if own and any(text.startswith(stem, t2.end - len(stem) + back) for stem, back in own.get(pair, ())):
                    continue
                # a third copy, or a reduplicated AABB form (实实在在) around it, is deliberate
                if (t2.end < len(text) and text[t2.end] == ch) or (t1.start and text[t1.start - 1] == ch):
                    continue
                if _doubled(text, t1.start - 2) or _doubled(text, t2.end):
                    continue
                if ch not in settings.particle_chars and ch not in settings.structural_particles \
                        and _parallel_doubles(text, t1.start):
                    continue
                if any(_covers(text, p, t1.start, t2.end) for p in phrases if pair in p):
                    continue
                # 在|在|建工|地: the second character opens a word (在建), the first is a preposition before it;
                # but a particle is no preposition: 深入|了|了|解脱 (segmented wrongly) and 名单|的|的|确认 are typos,
                # and a conjunction needs a left conjunct a bare verb is not (结合|和|和|美乡村: 城市|和|和|美 is right)
                if opens_word(text, t2.start, _RARE_WORD):
                    prev = toks[k - 1] if k and toks[k - 1].end == t1.start else None
                    typo = prev is not None and (
                        (ch in settings.particle_chars and self._no_host(settings, prev))
                        or (ch in settings.structural_particles and self._extra_structural(text, prev, t2))
                        or self._bare_conjunction(settings, prev, ch))
                    mask = literal_mask(text) if mask is None and typo else mask
                    if not typo or mask[t1.start]:
                        continue
                    yield _finding(ln, ch, t1.start, t2.end, (t1.start, t1.end))
                    continue
                # 对|对|澳|供水: the second 对 and a one-character place abbreviation make one word (对澳)
                if opens_abbreviated_place(toks, k + 1) and not (
                        k and toks[k - 1].end == t1.start and self._bare_conjunction(settings, toks[k - 1], ch)):
                    continue
                # 苗寨|寨老, 牧区|区域: each copy belongs to a word of its own
                if doubled_across_words(text, t1.start):
                    continue
                # 宜荆荆都市圈 (宜昌、荆州、荆门): two cities of one province abbreviated by the same character
                if joined_city_abbreviations(text, t1.start):
                    continue
                # a 文号's 机关代字 is a code (修农农字〔2026〕108号: 修水县农业农村局), not prose
                mask = literal_mask(text) if mask is None else mask
                if mask[t1.start]:
                    continue
                # 联系人：……科乌云其其格: a contact person's name
                if any(a <= t1.start < b for a, b in contact_name_spans(text)):
                    continue
                yield _finding(ln, ch, t1.start, t2.end, (t2.start, t2.end))

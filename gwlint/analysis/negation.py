"""The one negation/scope reader.

Whether a word at ``pos`` is negated (不得要求…报送, 严禁多头督查, 减少报送) is read
here, from a :class:`Vocabulary`: the lexicon's negators, weak negators,
reducers and reset modals, each rule family extending them explicitly in its
data file (``{ extends = "negators", add = [...], remove = [...] }``, see
:mod:`gwlint.analysis.lexicon`).

* :func:`cancelled` — a modal cancelled by the word right before it (无须要, 不必);
* :func:`negated_before` — the negator or reducer governing ``pos`` in its sentence;
* :func:`waived_after` — the thing before a waiver that ends its clause (汇报材料不再提交): lifted;
* :func:`negator_in_window` — a rejecting word among the few tokens before a
  phrase in its clause (不搞|高度重视|式表态, 防止只停留在层层落实上);
* :func:`waiver_before` — the waiver of a demand written right before it (不再要求各地报送,
  无需各设区市报送, 暂不要求各县填报, 不予排名): the one reading of "waived by what stands before it",
  from the lexicon's ``waiver_*`` lists (:func:`waiver_pattern` names them in a data regex);
* :class:`Vocabulary` — one rule's words, with :meth:`Vocabulary.negated` on top of
  :func:`negated_before` (work names after a reducer, 对…的 objects, reducers inside
  the object of a governing verb);
* :class:`NegationSettings` — the typed settings fields that hold a rule's
  vocabulary (derive a rule's ``Settings`` from it); ``.vocabulary`` builds it once.
* :meth:`Vocabulary.negates_verb` / :meth:`Vocabulary.negates_object` — the same words
  read over the characters of one short clause, for a verb (不得以任何名义在3月召开,
  严格控制在3月召开) or for the objects a reducer may govern (降低参会人员级别, 减少陪会).
  Words are found by the one word finder in ``"tail"`` mode (控制 in 严格控制, not
  不得 in 不得不); a reducer reaches a few characters only, so the topic of a name
  (全省城乡环境综合整治工作推进会定于……召开) negates nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from . import tokens as _tokens  # asked per clause: imported once, not per call
from .settings import Regex, RuleSettings


_CLAUSE_MARKS = frozenset("，,；;：:")


@lru_cache(maxsize=1)
def _cancel_words() -> frozenset:
    from .lexicon import lexicon

    return frozenset(lexicon().words("cancel_words"))


@lru_cache(maxsize=1)
def _purpose_openers() -> frozenset:
    from .lexicon import lexicon

    return frozenset(lexicon().words("purpose_openers"))


@lru_cache(maxsize=1)
def _plain_attributives() -> frozenset:
    from .lexicon import lexicon

    return frozenset(lexicon().words("plain_attributives"))


_LEAD_MARK = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９、.．（）()是")


def cancelled(tokens: Sequence, k: int) -> bool:
    """True when token ``k`` (a modal) is negated by a word right before it (无须要, 不必要)."""
    return k > 0 and tokens[k - 1].text in _cancel_words()


def negated_before(tokens: Sequence, pos: int, start: int, negators: Iterable[str],
                   resets: Iterable[str] = (), *, weak: Iterable[str] = (), reducers: Iterable[str] = (),
                   reach: int = 6) -> str | None:
    """The word that negates what stands at ``pos`` (严禁多头督查, 不得要求…陪同):
    the last token in ``[start, pos)`` found in ``negators`` or ``reducers``, unless a
    ``resets`` token (a fresh 要/须/请) comes between it and ``pos``.  None when not negated.

    ``tokens`` are the tokens of the sentence (or any run of the paragraph's tokens
    covering ``[start, pos)``): the cost is the number of tokens before ``pos``.

    Two limits keep topic words from silencing a demand:

    * a ``weak`` negator (未, 可, 无, bare 不) followed by 的 before ``pos`` sits in an
      attributive (未完成整改的问题清单, 可复制可推广的经验做法) and negates nothing after it;
    * a ``reducers`` verb (减少, 精简, 整治, 防止 …) negates only what it governs directly:
      at most ``reach`` tokens on, with no 工作/的 between (减少报送, 精简各类报表 — not
      人居环境整治工作总结, 防止返贫动态监测帮扶工作台账);
    * a negator inside a purpose clause (为确保不发生秸秆焚烧，……; ……，确保不出现火点，……) reaches
      to the clause's comma only, not into the main clause after it.
    """
    neg, rst, wk, red = (frozenset(x) if not isinstance(x, frozenset) else x
                         for x in (negators, resets, weak, reducers))
    # The scan is resumable: a sentence asks for many positions in order, and rescanning it from
    # ``start`` each time was quadratic on a run-on sentence.  The state after the tokens read so far
    # is kept for the last (tokens, start, words) asked; what comes after a negator is kept as counts.
    key = (start, neg, rst, wk, red)
    last = _scan_state
    if last is not None and last[0] is tokens and last[1] == key and last[2] <= pos:
        k, found, prev, n_between, work, de, dui, purpose = last[3]
    else:
        k, found, prev, n_between, work, de, dui, purpose = 0, None, None, 0, False, False, False, None
    # purpose: None: a clause's first word not seen yet; True: inside a purpose clause (为……，); False: not
    n = len(tokens)
    while k < n:
        t = tokens[k]
        if t.end > pos:
            break
        k += 1
        if t.start < start:
            continue
        if purpose is None and not all(c in _LEAD_MARK for c in t.text):
            purpose = t.text in _purpose_openers()
        elif t.text in ("，", ","):
            if purpose or (found is not None and found.text in red and found.text not in neg):
                # what the purpose clause negated ends with it; a reducer's object is in its own clause
                # (篇幅控制在3000字以内，调研当天提交: 提交 is not reduced)
                found, n_between, work, de, dui = None, 0, False, False, False
            purpose = None
            prev = t
            continue
        if t.text in neg or t.text in red:
            found, n_between, work, de, dui = t, 0, False, False, False
        elif found is not None and t.text in rst and not (prev is not None and prev.text in neg
                                                           and prev.end == t.start):
            # a modal right after the negator belongs to it (不/需, 不/应): no reset
            found = None
        elif found is not None and not t.text.isspace():
            n_between += 1  # a space set off around digits (3000 字) is no word between
            work = work or t.text == "工作"
            # 不安排专门的汇报环节: 的 after a plain modifier of the object (专门, 正式) ends no attributive clause;
            # 不纳入对各地的考核: the 的 closing a 对-phrase right after the weak negator's verb ends none either (the
            # object stays negated); not a reducer's (减少对守法单位的检查: reducer_object reads it), nor a 不 far before
            # (不合格四个等次，纳入区对各街道的考核)
            if t.text == "对" and not de and found.text in wk and found.text not in red and n_between <= 3:
                dui = True
            elif t.text == "的" and dui:
                dui = False
            else:
                de = de or (t.text == "的" and (prev is None or prev.text not in _plain_attributives()))
        prev = t
    _remember(tokens, key, pos, (k, found, prev, n_between, work, de, dui, purpose))
    if found is None:
        return None
    if found.text in red and found.text not in neg:
        if n_between > reach or work or de:
            return None
    elif found.text in wk and de:
        return None
    return found.text


_scan_state = None  # (tokens, key, pos, state) of the last negated_before scan


def _remember(tokens, key, pos, state) -> None:
    global _scan_state
    _scan_state = (tokens, key, pos, state)  # one tuple, assigned whole: a thread sees an old or a new one


@dataclass(frozen=True)
class Waiver:
    """A demand waived by the word before it: ``kind`` is "lifting" (a standing duty lifted: 不再, 无需,
    取消 -- those relieved must know), "declining" (not asked this time: 不安排, 暂不要求, 不予) or
    "forbidding" (不得要求各地: the issuer's own demand forbidden)."""

    word: str
    kind: str
    start: int


@lru_cache(maxsize=None)
def _waiver_rx(recipient: bool, forbidding: bool, reach: int):
    import re

    from .lexicon import lexicon

    lx = lexicon()
    kinds = {w: "forbidding" for w in lx.words("waiver_forbidding")}  # read even when not counted: 不得 is no 不
    kinds.update((w, "declining") for w in lx.words("waiver_declining"))
    kinds.update((w, "lifting") for w in lx.words("waiver_lifting"))
    words = "|".join(map(re.escape, sorted(kinds, key=lambda w: (-len(w), w))))
    if reach:
        tail = "[^，。；、,;：:]{0,%d}" % reach  # 不纳入年度考核, 不作为考核依据: a few words of the clause
    else:
        fillers = "|".join(map(re.escape, sorted(lx.words("waiver_fillers"), key=lambda w: (-len(w), w))))
        tail = "(?:%s)*" % fillers + ("(?:%s)?" % lx.get("waiver_recipient") if recipient else "")
    friends = tuple(lx.words("negation_false_friends"))
    return re.compile("(?P<w>%s)%s$" % (words, tail)), kinds, friends


def waiver_before(text: str, pos: int, lo: int = 0, *, recipient: bool = False, forbidding: bool = False,
                  reach: int = 0) -> Waiver | None:
    """The waiver of the demand at ``pos``: a word of the lexicon's ``waiver_*`` lists, then only
    ``waiver_fillers`` (再, 另行, 要求, 安排) up to ``pos`` -- with ``recipient``, also the body
    relieved (无需各设区市报送, 不要求县（市、区）政府负责同志参会); with ``reach``, any few characters of
    the clause (不纳入年度考核).  ``forbidding`` counts 不得/严禁 too: for the issuer's own demand,
    ranking or yardstick (不得要求各地报送, 不得作为考核依据), not for the recipients' act (各地不得迟报,
    an order).  A false friend (不得不, 不仅, 不定期, 不少于) waives nothing.  None when not waived."""
    rx, kinds, friends = _waiver_rx(recipient, forbidding, reach)
    s = lo
    while True:
        m = rx.search(text, s, pos)
        if m is None:
            return None
        a = m.start()
        if kinds[m.group("w")] == "forbidding" and not forbidding:
            s = a + 1  # 各地不得迟报: an order; 不 inside 不得 waives nothing either
            continue
        if not any(text.startswith(f, b) and b + len(f) > a
                   for f in friends for b in range(max(lo, a - len(f) + 1), a + 1)):
            return Waiver(m.group("w"), kinds[m.group("w")], a)
        s = a + 1


@lru_cache(maxsize=1)
def _waived_after_rx():
    import re

    from .lexicon import lexicon

    lx = lexicon()
    # a bare 不 is left out: 陪同人员不超过2人, 汇报材料不少于3000字 limit the thing, they do not lift it
    words = [w for w in (*lx.words("waiver_lifting"), *lx.words("waiver_declining")) if w != "不"]
    alt = "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))
    return re.compile("(?:材料|人员|安排|事项)?(?:也|均|都|亦|一律|一并|同时|则|就|今后|此后|即)?(?:%s)[^，,。；;！？]{0,6}(?=[，,。；;！？]|$)|"
                      "(?:也|均|都|一律|一并|同时)?予以(?:取消|免除|废止)" % alt)


def waived_after(text: str, b: int, end: int) -> bool:
    """The thing named right before ``b`` is the topic of a waiver that ends its clause (已准备的汇报材料不再提交,
    陪同一律取消, 书面材料无需准备): it is lifted, not asked.  ``end`` bounds the clause."""
    return _waived_after_rx().match(text[:end], b) is not None


@lru_cache(maxsize=None)
def waiver_pattern(pattern: str) -> str:
    """``pattern`` (a data regex) with ``{waiver_lifting}``, ``{waiver_declining}`` and
    ``{waiver_forbidding}`` replaced by the alternation of the lexicon's words, so a data file
    names the waiver words by their list instead of copying them."""
    import re

    from .lexicon import lexicon

    for kind in ("waiver_lifting", "waiver_declining", "waiver_forbidding"):
        key = "{%s}" % kind
        if key in pattern:
            words = sorted(lexicon().words(kind), key=lambda w: (-len(w), w))
            pattern = pattern.replace(key, "(?:%s)" % "|".join(map(re.escape, words)))
    return pattern


def negator_in_window(text: str, index, start: int, pos: int, words: Iterable[str], window: int) -> str | None:
    """The word of ``words`` that starts at one of the last ``window`` tokens wholly in
    ``[start, pos)`` and ends by ``pos``, or None.  A word may span tokens (不搞 is
    不|搞); one followed by 不 is emphasis, not a negation (不能不).  ``index`` is the
    paragraph's :class:`~gwlint.analysis.tokens.TokenIndex`."""
    if window <= 0:
        return None
    before = [t for t in index.between(start, pos) if t.end <= pos][-window:]
    words = tuple(words)
    for t in before:
        for w in words:
            e = t.start + len(w)
            if text.startswith(w, t.start) and e <= pos and text[e:e + 1] != "不":
                return w
    return None


# what may stand between a naming reducer and the word its work names (人居环境整治季度“红黑榜”比拼, 整治年度考核):
# a period of the activity and a quoted name
_NAME_QUALIFIERS = re.compile(r"“[^“”]{1,12}”|(?:\d{4}年)?(?:第?[一二三四1-4]季度|季度|月度|年度|半年度?|每季|每月)")


@dataclass(frozen=True)
class Vocabulary:
    """One rule's negation words (already expanded from the lexicon with its deltas)."""

    negators: frozenset
    weak: frozenset = frozenset()
    reducers: frozenset = frozenset()
    resets: frozenset = frozenset()
    reach: int = 6
    reducer_breaks: tuple = ()
    reducer_object: object = None  # compiled regex or None
    prefixes: str = ""  # one-character negators opening a token right before a verb (不召开, 未举办)
    naming_reducers: frozenset = frozenset()  # 整治: right before the word (or 工作 + word) it names a work
    naming_heads: tuple = ()  # 情况, 进展: after a naming reducer they head a work's name (整治情况进行检查)

    def negated(self, sent, pos: int, governors: Iterable[str] = (), *, clause=None) -> str | None:
        """The negator or reducer that cancels what stands at ``pos`` in ``sent`` (an
        object with ``text``, ``tokens``, ``start``, ``end``), or None.

        On top of :func:`negated_before`, read against the characters:

        * ``reducer_breaks`` (工作, 的) between a reducer and ``pos``, not right after the
          reducer, make the phrase a work's name: 防止返贫动态监测帮扶工作台账 (jieba keeps
          工作台账 whole), while 减少工作台账 is still reduced;
        * ``reducer_object``: the reducer's object written as 对…的 + word (减少对基层的陪同接待);
        * a reducer right before a clause mark (台账齐全规范，有会议记录) has no object;
        * with ``governors`` (报送, 查阅 …), a reducer that follows one of them or 请将/要把 in
          its clause sits inside the verb's object (报送黑臭水体整治台账) and reduces nothing.

        ``clause(sent, pos)`` gives the clause span around ``pos`` (default:
        :func:`gwlint.analysis.sentences.clause_of`)."""
        if clause is None:
            from .sentences import clause_of as clause
        word = negated_before(sent.tokens, pos, sent.start, self.negators, self.resets,
                              weak=self.weak, reducers=self.reducers, reach=self.reach)
        if word is None:
            return self._reduced_object(sent, pos, clause)
        red = next((t for t in reversed(sent.tokens) if t.text == word and sent.start <= t.start and t.end <= pos),
                   None)
        if red is not None and _in_title(sent.text, red.start, pos):
            return None  # 更新《入河排污口整治进度台账》并上传: a word of a form's or a document's name
        if word in self.negators or word not in self.reducers:
            return word
        if red is None:
            return word
        if sent.text[red.end:red.end + 1] in _CLAUSE_MARKS:
            return None  # 资料齐全规范，有会议记录: a reducer ending its clause is a predicate, with no object
        gap = sent.text[red.end:pos]
        if any(gap.find(w) > 0 for w in self.reducer_breaks):
            return None
        if word in self.naming_reducers:  # 整治季度“红黑榜”比拼: a period and a quoted name qualify the word, as 工作 does
            gap = _NAME_QUALIFIERS.sub("", gap)
        if word in self.naming_reducers and (gap in ("", "工作") or (self.naming_heads and gap.startswith(self.naming_heads))):
            # 人居环境整治工作台账, 排查整治台账, 撂荒整治情况进行检查: the work's name, not 整治 governing the word
            return None
        if word in self.naming_reducers and _naming_governed(sent, red):
            # 在全县开展村容村貌整治“红黑榜”擂台比拼: 开展 governs the whole name, 整治 is a noun inside it
            return None
        if governors:
            ca, _cb = clause(sent, red.start)
            toks = [t for t in sent.tokens if ca <= t.start < red.start]
            for i, t in enumerate(toks):
                if t.text in governors:
                    return None
                # 请将/要把 … (请各县应急管理局将 …): the 把-construction puts what follows under the later verb
                if t.text in ("将", "把") and (t.text == "把" or any(x.text in self.resets for x in toks[:i])):
                    return None
        return word

    def _reduced_object(self, sent, pos: int, clause) -> str | None:
        rx = self.reducer_object
        if rx is None:
            return None
        ca, _cb = clause(sent, pos)
        toks = _tokens.starting_in(sent.tokens, ca, pos)
        red = next((t for t in reversed(toks) if t.text in self.reducers and t.end <= pos), None)
        if red is not None and rx.fullmatch(sent.text[red.end:pos]):
            return red.text
        return None

    # ------------------------------------------------------------ clause reading (characters)
    def negates_verb(self, text: str, index, lo: int, verb: int, *, skip: Sequence[tuple[int, int]] = (),
                     reach: int = 12, breaks: str = "") -> str | None:
        """The word that negates the verb at ``verb`` in the clause ``text[lo:verb]``, or None.

        * a ``prefixes`` character opening a token right before the verb (不召开, 未举办;
          not 不得不召开);
        * a negator anywhere in the clause (不得以任何名义在3月召开);
        * a reducer at most ``reach`` characters before the verb with none of ``breaks``
          in between (严格控制在3月召开; not 综合整治工作推进会定于……召开 with breaks 会).

        Words inside ``skip`` spans (the meeting's own name) do not count.  ``index`` is
        the :class:`~gwlint.analysis.tokens.TokenIndex` of ``text``."""
        find_words = _tokens.find_words
        if verb > lo and text[verb - 1] in self.prefixes and index.is_start(verb - 1):
            return text[verb - 1]

        def outside(i: int) -> bool:
            return not any(a <= i < b for a, b in skip)

        for i, _j, w in find_words(text, index, self.negators, lo, verb, mode="tail", overlapping=True):
            if outside(i):
                return w
        for i, j, w in find_words(text, index, self.reducers, lo, verb, mode="tail", overlapping=True):
            gap = text[j:verb]
            if outside(i) and len(gap) <= reach and not any(c in gap for c in breaks):
                return w
        return None

    def negates_object(self, text: str, index, lo: int, hi: int, objects: Iterable[str], *,
                       reach: int = 4) -> str | None:
        """A negator in ``text[lo:hi]``, or a reducer whose object — one of ``objects``
        starting at most ``reach`` characters after it — it governs (降低参会人员级别,
        减少陪会; not 为减少会议数量 or 农村人居环境整治工作会议).  None otherwise."""
        find_words = _tokens.find_words
        hit = find_words(text, index, self.negators, lo, hi, mode="tail")
        if hit:
            return hit[0][2]
        for _i, j, w in find_words(text, index, self.reducers, lo, hi, mode="tail", overlapping=True):
            ahead = text[j:min(hi, j + reach + 2)]
            if any(0 <= ahead.find(o) <= reach for o in objects):
                return w
        return None

@dataclass(frozen=True)
class NegationSettings(RuleSettings):
    """Settings fields holding a rule's negation vocabulary, named as in its data file
    (each usually ``{ extends = "negators", add = [...] }`` of the lexicon).  A rule's
    ``Settings`` derives from this class and reads :attr:`vocabulary`."""

    negators: list[str] = field(default_factory=list)
    weak_negators: list[str] = field(default_factory=list)  # 未完成整改的: no negation across 的
    reducers: list[str] = field(default_factory=list)  # 减少, 精简 …: only what they govern closely
    reset_modals: list[str] = field(default_factory=list)  # a fresh 要/请 after the negator starts anew
    reducer_reach: int = 6  # tokens a reducer reaches
    reducer_breaks: list[str] = field(default_factory=list)  # 工作, 的: a work's name, not an object
    reducer_object: Regex = ""  # 对…的 + word after a reducer is still its object
    naming_reducers: list[str] = field(default_factory=list)  # 整治台账: a work's name when adjacent
    naming_heads: list[str] = field(default_factory=list)  # 整治情况: heads of a work's name after them

    @cached_property
    def vocabulary(self) -> Vocabulary:
        import re

        return Vocabulary(frozenset(self.negators), frozenset(self.weak_negators), frozenset(self.reducers),
                          frozenset(self.reset_modals), int(self.reducer_reach or 6), tuple(self.reducer_breaks),
                          re.compile(self.reducer_object) if self.reducer_object else None,
                          naming_reducers=frozenset(self.naming_reducers), naming_heads=tuple(self.naming_heads))


@lru_cache(maxsize=1)
def _naming_governors() -> frozenset:
    from .lexicon import lexicon

    return frozenset(lexicon().words("naming_reducer_governors"))


def _naming_governed(sent, red) -> bool:
    """A verb that launches an activity (开展, 组织, 举办) stands before the naming reducer ``red`` in its clause:
    the reducer is a noun of the activity's name, the verb's object, not a verb of its own."""
    from .sentences import clause_of

    ca, _cb = clause_of(sent, red.start)
    words = _naming_governors()
    return any(t.text in words for t in sent.tokens if ca <= t.start and t.end <= red.start)


def _in_title(text: str, k: int, pos: int) -> bool:
    """Offset ``k`` lies inside a 《…》 name that closes before ``pos``."""
    opened = text.rfind("《", 0, k)
    return opened >= 0 and text.rfind("》", opened, k) < 0 and 0 <= text.find("》", k) < pos


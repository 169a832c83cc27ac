"""Drafts read through invisible format characters and look-alike radicals (issue 15/16, round 13).

Text copied from web pages, chat apps and PDF viewers carries characters that are not seen on screen or in print
but split a word for the segmenter and every pattern: 截<U+200B>止 hid GW803, 要<U+200B>求 hid an order from
the burden rules, a BOM before 一、 hid a heading.  The rules therefore read a *visible view* of the document:
the same paragraphs with these characters taken out.  Unlike the simplified view of :mod:`gwlint.script` the
view is shorter than the original, so each changed paragraph keeps a :class:`Cuts` map, and every violation is
moved back into the original's offsets (:func:`to_original`) before it becomes a finding: locations, excerpts,
fix edits and highlights point at the text as the file has it.  The GW001 warning that the characters are
there (:func:`gwlint.readers.legibility.invisible_marks`) stays: the file still holds them.

Kangxi radicals and compatibility ideographs that look like ordinary characters (⼯作 for 工作, text copied from a
PDF) are read as those characters in the same view, one for one, and warned about the same way.
"""
from __future__ import annotations

import dataclasses
import re
from array import array
from bisect import bisect_right

from .findings import Edit, Violation
from .model import Document, Paragraph

# What each character is called in the warning.  Ranges are named by their first character.
NAMES = {"\u200b": "零宽空格", "\u200c": "零宽非连接符", "\u200d": "零宽连接符", "\u2060": "零宽不换行空格",
         "\ufeff": "字节顺序标记（BOM）", "\u00ad": "软连字符", "\u180e": "蒙古文元音分隔符",
         "\u034f": "组合用字形连接符", "\u061c": "阿拉伯文字母标记", "\u200e": "从左至右标记", "\u200f": "从右至左标记",
         "\u202a": "双向文字控制符", "\u2066": "双向文字控制符", "\u2061": "不可见数学运算符", "\u206a": "已废弃的格式字符",
         "\ufe00": "变体选择符", "\U000e0100": "变体选择符", "\u180b": "蒙古文变体选择符", "\U000e0000": "标签字符"}
# Every invisible format character the view drops: zero-width spaces and joiners, soft hyphen, BOM, the bidi
# marks, embeddings, overrides and isolates, invisible operators, variation selectors and tag characters; and
# combining marks after an ideograph (a chat app's underline U+0332, accents stacked on 截), which no Chinese
# character takes — after a Latin letter they are accents and stay.
_FORMAT = ("\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
           "\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f\U000e0100-\U000e01ef")
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
INVISIBLE = re.compile(f"(?<=[{_IDEOGRAPH}])[{_FORMAT}{_COMBINING}]+|[{_FORMAT}]+")
# A vertical tab (Word's manual line break, Shift+Enter, as text copied out of Word keeps it), a form feed (its
# page break) or a Unicode line/paragraph separator or NEL (web pages, other systems) inside a .txt paragraph: on
# screen a new line, not a character, so the rules read the lines joined as the .docx reader joins a <w:br/>
# (gwlint.readers.docx._strip_pieces) — nothing next to Chinese text or between digits (截<VT>止 is 截止), a space
# between Latin words.  Unlike the characters above these are meant: no warning.
_BREAKS = "\x0b\x0c\x85\u2028\u2029"
_JOINS = f"{_IDEOGRAPH}\u00b7\u2014-\u2026\u2e80-\u33ff\ufe30-\ufe4f\uff00-\uffef"
BREAKS = re.compile(f"(?<=[{_JOINS}])[{_BREAKS}]+|[{_BREAKS}]+(?=[{_JOINS}])|(?<=\\d)[{_BREAKS}]+(?=\\d)")
# what the view takes out: the invisible characters and the breaks that join; the other breaks read as a space
DROPPED = re.compile(f"{INVISIBLE.pattern}|{BREAKS.pattern}")
_BREAK_NAMES = {"\x0b": "手动换行符", "\x0c": "分页符", "\x85": "下一行符（NEL）", "\u2028": "行分隔符",
                "\u2029": "段分隔符"}
# Every match of INVISIBLE holds one of these: asked of every paragraph, one class test a character (~0.04 ms for
# a 6k-字 draft) before INVISIBLE's lookbehind and two classes at each position (~0.2 ms).
_MAY_HIDE = re.compile(f"[{_FORMAT}{_COMBINING}]")


def hides(text: str) -> bool:
    """Whether ``text`` holds an invisible character the view drops (INVISIBLE matches in it)."""
    return _MAY_HIDE.search(text) is not None and INVISIBLE.search(text) is not None


def _lookalike_table() -> dict[int, str]:
    """Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs → the unified ideograph each
    looks like (NFKC).  PDFs exported by Word and WPS map glyphs such as 工/日/止 to the radicals ⼯/⽇/⽌, and text
    copied out of them into a draft breaks every word they sit in (截⽌ is not 截止)."""
    import unicodedata

    table: dict[int, str] = {}
    for lo, hi in ((0x2E80, 0x2EF3), (0x2F00, 0x2FD5), (0xF900, 0xFAD9)):
        for cp in range(lo, hi + 1):
            nf = unicodedata.normalize("NFKC", chr(cp))
            if nf != chr(cp) and len(nf) == 1:
                table[cp] = nf
    return table


LOOKALIKES = _lookalike_table()
LOOKALIKE = re.compile("[" + "".join(map(chr, sorted(LOOKALIKES))) + "]")
# the view's one-for-one replacements: look-alikes, and a break between Latin words read as the space it shows
_VIEW_TABLE = {**LOOKALIKES, **{ord(ch): " " for ch in _BREAKS}}
_BREAK_CHAR = re.compile(f"[{_BREAKS}]")


def _changes(text: str) -> bool:
    """Whether the rules read ``text`` otherwise than it is: invisible characters (the prefilter of
    :func:`hides`), look-alikes, or a line break inside it."""
    return hides(text) or LOOKALIKE.search(text) is not None or _BREAK_CHAR.search(text) is not None


def name_of(ch: str) -> str:
    """The Chinese name of one invisible character (that of its range)."""
    if ch in NAMES:
        return NAMES[ch]
    if ch in _BREAK_NAMES:
        return _BREAK_NAMES[ch]
    o = ord(ch)
    for first, last in ((0x202A, 0x202E), (0x2066, 0x2069), (0x2061, 0x2064), (0x206A, 0x206F), (0xFE00, 0xFE0F),
                        (0xE0100, 0xE01EF), (0x180B, 0x180F), (0xE0000, 0xE007F)):
        if first <= o <= last:
            return NAMES[chr(first)]
    if any(a <= o <= b for a, b in ((0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                                    (0xFE20, 0xFE2F))):
        return "组合附加符号"
    return f"U+{o:04X}"


class Cuts:
    """Where a paragraph lost characters: ``view[i]`` is the view offset before which ``lost[i]`` characters
    (counted from the start of the paragraph) had been taken out of the original."""

    __slots__ = ("view", "first", "after", "lost")

    def __init__(self, text: str) -> None:
        # machine integers: a hostile line of a million zero-width spaces keeps four arrays, not four million ints
        self.view = array("q")
        self.first = array("q")  # original offsets of each removed run's first character
        self.after = array("q")  # ... and of the character after it
        self.lost = array("q")
        total = 0
        for m in DROPPED.finditer(text):
            self.view.append(m.start() - total)
            total += m.end() - m.start()
            self.first.append(m.start())
            self.after.append(m.end())
            self.lost.append(total)

    def start(self, v: int) -> int:
        """The original offset of view offset ``v`` as the start of a span (after the invisible run before it)."""
        i = bisect_right(self.view, v)
        return v + (self.lost[i - 1] if i else 0)

    def end(self, v: int) -> int:
        """The original offset of view offset ``v`` as the exclusive end of a span: just after its last visible
        character, so a span never swallows the invisible run that follows it."""
        if v <= 0:
            return self.start(0) if v == 0 else v
        return self.start(v - 1) + 1

    def to_view(self, o: int) -> int:
        """The view offset of original offset ``o`` (a removed character maps to the visible one after it)."""
        i = bisect_right(self.after, o)  # runs wholly before ``o``
        if i < len(self.first) and self.first[i] <= o:  # inside a removed run
            return self.view[i]
        return o - (self.lost[i - 1] if i else 0)


def visible_view(doc: Document) -> tuple[Document, dict[int, Cuts]]:
    """``doc`` itself and no cuts when no paragraph holds an invisible character or a look-alike, else a copy
    whose changed paragraphs are stripped of the former and have the latter replaced, with the cuts of each
    paragraph that lost characters (by paragraph line)."""
    cuts: dict[int, Cuts] = {}
    paras: list[Paragraph] = []
    changed = False
    for p in doc.paragraphs:
        if not _changes(p.text):
            paras.append(p)
            continue
        changed = True
        if not DROPPED.search(p.text):  # look-alikes only: one character for one, the offsets stay
            paras.append(dataclasses.replace(p, text=p.text.translate(_VIEW_TABLE)))
            continue
        c = Cuts(p.text)
        cuts[p.line] = c
        style = p.style
        if style is not None and style.runs:
            style = dataclasses.replace(style, runs=[(c.to_view(a), c.to_view(b), f, s) for a, b, f, s in style.runs])
        paras.append(dataclasses.replace(p, text=DROPPED.sub("", p.text).translate(_VIEW_TABLE), style=style,
                                         tabs=tuple(c.to_view(t) for t in p.tabs)))
    if not changed:
        return doc, cuts
    return dataclasses.replace(doc, paragraphs=paras), cuts


def rules_view(doc: Document) -> tuple[Document, dict[int, Cuts]]:
    """What the rules read of ``doc`` (the engine's view, also the one ``gwlint inspect`` analyses): the visible
    view, in simplified script when the draft is traditional; the cuts as :func:`visible_view` gives them."""
    from .script import simplified_view

    view, cuts = visible_view(doc)
    return simplified_view(view), cuts


# ``gwlint text`` shows an invisible character as this mark, one for one: the columns of findings stay right
HIDDEN_MARK = "◌"


def read_as(text: str) -> tuple[str, str, list[str]] | None:
    """How the rules read one line of ``gwlint text`` when it holds invisible characters or look-alikes: (the
    line with each invisible character shown as :data:`HIDDEN_MARK`, the line as the rules read it, what
    differs, column by column); None when they read it as it is."""
    if not _changes(text):
        return None
    diffs: list[tuple[int, str]] = []
    dropped = set()
    for m in DROPPED.finditer(text):
        for k, ch in enumerate(m.group(), m.start()):
            dropped.add(k)
            diffs.append((k + 1, f"第{k + 1}列 {name_of(ch)}（U+{ord(ch):04X}）不计"))
    for m in re.finditer(f"[{_BREAKS}]", text):  # a break between Latin words: the space it shows
        if m.start() not in dropped:
            diffs.append((m.start() + 1, f"第{m.start() + 1}列 {name_of(m.group())}（U+{ord(m.group()):04X}）读作空格"))
    for m in LOOKALIKE.finditer(text):
        ch = m.group()
        diffs.append((m.start() + 1, f"第{m.start() + 1}列 {ch}（U+{ord(ch):04X}）读作“{LOOKALIKES[ord(ch)]}”"))
    diffs.sort()
    shown = INVISIBLE.sub(lambda m: HIDDEN_MARK * len(m.group()), text)
    return shown, DROPPED.sub("", text).translate(_VIEW_TABLE), [d for _, d in diffs]


def to_original(v: Violation, cuts: dict[int, Cuts]) -> Violation:
    """``v`` (offsets of the visible view) in offsets of the original paragraphs."""
    if not cuts:
        return v
    changes = {}
    c = cuts.get(v.line) if v.line is not None else None
    if c is not None:
        start = c.start(v.start)
        end = None if v.end is None else (start if v.end <= v.start else c.end(v.end))
        changes.update(start=start, end=end)
        data = v.data
        if data and any(k in data for k in ("highlights", "offsets", "split_after")):
            data = dict(data)
            if data.get("highlights"):
                data["highlights"] = [[c.start(a), c.end(b) if b > a else c.start(a)] for a, b in data["highlights"]]
            for key, at in (("offsets", c.start), ("split_after", c.end)):  # characters; ends of clauses
                if isinstance(data.get(key), list):
                    data[key] = [at(x) if isinstance(x, int) else x for x in data[key]]
            changes["data"] = data
    if v.fix is not None and any(e.line in cuts for e in v.fix.edits):
        edits = []
        for e in v.fix.edits:
            ec = cuts.get(e.line)
            if ec is None:
                edits.append(e)
                continue
            a = ec.start(e.start)
            edits.append(Edit(e.line, a, a if e.end <= e.start else ec.end(e.end), e.text))
        changes["fix"] = dataclasses.replace(v.fix, edits=edits)
    return dataclasses.replace(v, **changes) if changes else v

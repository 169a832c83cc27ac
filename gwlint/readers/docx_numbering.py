"""Word's automatic numbering (issue 15, round 15): the 一、/（一）/1. a drafter sees but the file does not hold.

A heading or an item numbered by a list (``w:numPr`` on the paragraph or on its style, defined in
``word/numbering.xml``) carries no number in its text: Word draws it.  Unread, 一、压实责任 came out as 压实责任,
and every rule that reads the 层次序号 (GW7xx order and style, the measures of GW102) missed it.  The numbers are
counted here once, in document order, the way Word counts them (per abstract list, a level restarting the
levels below it, ``startOverride`` restarting where its list is first used), and rendered with the level's ``lvlText`` and number format.  Bullets
draw a symbol, not a number, and are left out.
"""
from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百", thousand: str = "千") -> str:
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    zero = False
    for unit_value, unit in ((1000, thousand), (100, hundred), (10, ten), (1, "")):
        d, n = divmod(n, unit_value)
        if d:
            if zero and out:
                out += "零" if digits is _CN_DIGITS else digits[0]
            zero = False
            out += ("" if (unit == ten and d == 1 and not out) else digits[d]) + unit
        elif out:
            zero = True
    return out


def _letters(n: int, base: str) -> str:
    # Word repeats the letter: a … z, aa … zz
    if n <= 0:
        return str(n)
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def render_number(n: int, fmt: str) -> str:
    """``n`` in Word's number format ``fmt`` (ST_NumberFormat); decimal for formats not listed."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL, "拾", "佰", "仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _BRANCHES[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "none":
        return ""
    return str(n)


def _int(el, default: int) -> int:
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


class _Level:
    __slots__ = ("start", "fmt", "text", "restart", "legal", "style")

    def __init__(self, lvl) -> None:
        self.start = _int(lvl.find(_W + "start"), 1)
        fmt = lvl.find(_W + "numFmt")
        self.fmt = fmt.get(_VAL, "decimal") if fmt is not None else "decimal"
        text = lvl.find(_W + "lvlText")
        self.text = text.get(_VAL, "") if text is not None else ""
        restart = lvl.find(_W + "lvlRestart")
        self.restart = _int(restart, -1)  # -1: restart after any higher level (Word's default)
        self.legal = lvl.find(_W + "isLgl") is not None
        ps = lvl.find(_W + "pStyle")
        self.style = ps.get(_VAL) if ps is not None else None


def _levels(container) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in container.iter(_W + "lvl"):
        k = _int_attr(lvl, _W + "ilvl")
        if k is not None and 0 <= k <= 8:
            out[k] = _Level(lvl)
    return out


def _int_attr(el, name: str) -> int | None:
    try:
        return int(el.get(name))
    except (TypeError, ValueError):
        return None


class Numbering:
    """The list definitions of one document and the counters of a walk through it."""

    def __init__(self, root) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}  # an abstract list's levels, read when first used
        self._abstract_els: dict = {}  # abstractNumId -> its element (the last of that id, as read in order)
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        if root is None:
            return
        for el in root:
            if el.tag == _W + "abstractNum":
                aid = el.get(_W + "abstractNumId")
                if aid is not None:
                    self._abstract_els[aid] = el
        for el in root:
            if el.tag == _W + "num":
                nid, ref = el.get(_W + "numId"), el.find(_W + "abstractNumId")
                if nid is None or ref is None:
                    continue
                starts: dict[int, int] = {}
                own: dict[int, _Level] = {}
                for ov in el.iter(_W + "lvlOverride"):
                    k = _int_attr(ov, _W + "ilvl")
                    if k is None:
                        continue
                    so = ov.find(_W + "startOverride")
                    if so is not None:
                        starts[k] = _int(so, 1)
                    lvl = ov.find(_W + "lvl")
                    if lvl is not None:
                        own[k] = _Level(lvl)
                self.nums[nid] = (ref.get(_VAL), starts, own)
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.nums)

    def levels(self, aid: str) -> dict[int, _Level]:
        """The levels of abstract list ``aid`` ({} when there is none), read on first use (a template defines
        many lists, a draft uses few or none)."""
        levels = self.abstract.get(aid)
        if levels is None:
            el = self._abstract_els.get(aid)
            levels = self.abstract[aid] = _levels(el) if el is not None else {}
        return levels

    def fresh(self) -> "Numbering":
        """These list definitions with nothing counted yet: another story's walk (the definitions are only read
        after ``__init__``, so the stories of one document share them instead of reading the part again)."""
        new = Numbering.__new__(Numbering)
        new.abstract, new._abstract_els, new.nums = self.abstract, self._abstract_els, self.nums
        new.counters, new.started = {}, set()
        return new

    def level_of_style(self, num_id: str, style: str | None) -> int | None:
        """The level a style is linked to in the list ``num_id`` (a heading style bound to a multilevel list)."""
        if num_id not in self.nums or style is None:
            return None
        aid, _, own = self.nums[num_id]
        for k, lvl in {**self.levels(aid), **own}.items():
            if lvl.style == style:
                return k
        return None

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph at level ``ilvl`` of list ``num_id`` and return the number Word draws for it
        (None: no such list, a bullet, or numbering switched off with numId 0)."""
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid, starts, own = entry
        levels = {**self.levels(aid), **own}
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        # the lists of one abstract definition share their counters (Word and LibreOffice continue 1, 2 into 3
        # across them); a list with a startOverride restarts the levels it names where it is first used
        counts = self.counters.setdefault(aid, [None] * 9)
        if starts and num_id not in self.started:
            self.started.add(num_id)
            for k in starts:
                if 0 <= k <= 8:
                    counts[k] = None
        cur = counts[ilvl]
        counts[ilvl] = (starts.get(ilvl, lvl.start) if cur is None else cur + 1)
        for k in range(ilvl + 1, 9):  # the levels below start again, unless lvlRestart names a higher level
            below = levels.get(k)
            if below is None or below.restart == -1 or (below.restart != 0 and ilvl < below.restart):
                counts[k] = None
        if lvl.fmt == "bullet":
            return None
        out = lvl.text
        for k in range(8, -1, -1):
            token = f"%{k + 1}"
            if token not in out:
                continue
            src = levels.get(k)
            n = counts[k] if counts[k] is not None else (starts.get(k, src.start) if src is not None else 1)
            fmt = "decimal" if (lvl.legal and src is not None and src.fmt != "decimalZero") else (
                src.fmt if src is not None else "decimal")
            out = out.replace(token, render_number(n, fmt))
        return out


def _unread(p) -> bool:
    """A paragraph the reader does not read, so Word's numbering of the final text does not count it either: the
    copy of a text box in the branch of an mc:AlternateContent not read (see .mce), a table row deleted with tracked
    changes, a placeholder's paragraph."""
    from .mce import unread_branch

    for a in p.iterancestors():
        if unread_branch(a):
            return True
        if a.tag == _W + "sdt":  # a content control still showing its placeholder: a blank, not the draft's text
            pr = a.find(_W + "sdtPr")
            flag = pr.find(_W + "showingPlcHdr") if pr is not None else None
            if flag is not None and flag.get(_VAL, "true").lower() not in ("0", "false", "off"):
                return True
        if a.tag == _W + "tr":
            pr = a.find(_W + "trPr")
            if pr is not None and pr.find(_W + "del") is not None:
                return True
    return False


def paragraph_numbers(body, numbering: Numbering, style_num: Any, mark_deleted: Any) -> dict:
    """Each numbered ``w:p`` of ``body`` (document order, tables and text boxes included) → its label.

    ``style_num(style_id)`` gives the (numId, ilvl) a paragraph style carries; ``mark_deleted(p)`` tells a
    paragraph whose mark is a tracked deletion (joined to the next: see :func:`_joined_owners`)."""
    out: dict = {}
    if not numbering:
        return out
    w_p, w_ppr = _W + "p", _W + "pPr"
    listed = []  # (p, num_id, ilvl, style) of each paragraph whose own properties carry a list, in order
    for p in body.iter(w_p):
        ppr = p.find(w_ppr)
        if ppr is None:
            continue
        style_el = ppr.find(_W + "pStyle")
        style = style_el.get(_VAL) if style_el is not None else None
        num_id, ilvl = None, None
        npr = ppr.find(_W + "numPr")
        if npr is not None:
            nid = npr.find(_W + "numId")
            if nid is not None:
                num_id = nid.get(_VAL)
            il = npr.find(_W + "ilvl")
            if il is not None:
                ilvl = _int(il, 0)
        if num_id is None and style is not None:
            num_id, style_ilvl = style_num(style) or (None, None)
            if ilvl is None:
                ilvl = style_ilvl
        if num_id is None or num_id == "0":
            continue
        listed.append((p, num_id, ilvl, style))
    if not listed:  # no paragraph is numbered, joined or not: the joins need not be found
        return out
    formatted_by = _joined_owners(body, mark_deleted)
    for p, num_id, ilvl, style in listed:
        if formatted_by.get(p, p) is not p:  # one paragraph with those before it over deleted marks: their format
            continue
        if _unread(p):
            continue
        if ilvl is None:
            ilvl = numbering.level_of_style(num_id, style) or 0
        label = numbering.next_label(num_id, ilvl)
        if label:
            out[p] = label
    return out


_TEXT = _W + "t"


def next_joined(p, mark_deleted: Any):
    """The ``w:p`` that ``p`` runs on into when its mark is a tracked deletion (the next block of the same
    container, when that is a paragraph), or None: before a table or at the end of a story it stays a paragraph."""
    if not mark_deleted(p):
        return None
    q = p.getnext()
    while q is not None:
        tag = q.tag
        if tag == _W + "sdt":  # the first paragraph of a content control that follows
            content = q.find(_W + "sdtContent")
            q = content[0] if content is not None and len(content) else q.getnext()
            continue
        if tag in (_W + "p", _W + "tbl") or not isinstance(tag, str) or tag.endswith("}altChunk"):
            break
        q = q.getnext()  # bookmarks, comment ranges, proofing marks between the two
    return q if q is not None and q.tag == _W + "p" else None


def _joined_owners(body, mark_deleted: Any) -> dict:
    """Paragraphs joined over deleted marks → the paragraph whose format (style, numbering) the joined one takes.

    Deleting a paragraph mark in Word (since Word 97, and LibreOffice alike) keeps the format of the paragraph
    that comes first — a numbered 一、统筹安排 stays numbered when the plain paragraph after it is joined on —
    unless that one is empty: a blank line removed leaves the next paragraph as it was."""
    out: dict = {}
    w_p = _W + "p"
    for p in body.iter(w_p):
        if p in out or not mark_deleted(p):
            continue
        chain = [p]
        while (q := next_joined(chain[-1], mark_deleted)) is not None:
            chain.append(q)
        if len(chain) == 1:
            continue
        owner = next((q for q in chain if any((t.text or "").strip() for t in q.iter(_TEXT))), chain[-1])
        for q in chain:
            out[q] = owner
    return out

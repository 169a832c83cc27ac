"""Marks that are wrong because of where they stand.

A comma ending the title, a period after a name in the 附件说明, a comma ending
the 主送 line: each is one finding of the rule about that element (GW703, GW706,
GW704), whose fix deletes or replaces it.  These readers say where such marks
are; :func:`gwlint.analysis.facts.positional_marks` gathers them so that a width
rule (GW801) does not report the same character as a half-width mark.

The 主送 line's own shape (names' endings, bare place words, items split on
、，；) is read here too: GW704 and structure facts share it.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

END_PUNCT = re.compile(r"[。，、：；！？,.:;!?]+$")
INNER_PUNCT = re.compile(r"[。；！？]")
TITLE_LIKE = re.compile(r"(关于|印发|转发|批转).{2,}的?(通知|通报|意见|决定|决议|公告|通告|报告|请示|批复|议案|函|纪要)$")
NAME_END = re.compile(r"[。；;，,.]$")
_OPEN, _CLOSE = "（(〔【[", "）)〕】]"
_SEPARATORS = "、，；"
_WRONG_END = "，；。、,;."


@lru_cache(maxsize=1)
def structure_data() -> dict:
    from .lexicon import load_data

    return load_data("structure.toml")


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def recipient_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(end of an organ's name, bare place word) of a 主送 line."""
    d = structure_data()["recipients"]
    return rx(d["org_end_re"]), rx(d["fragment_re"])


def own_collective(name: str) -> bool:
    """A 主送 item that is a collective of its own (师市各部门, 县直有关单位): no bare place word before it
    shares its organ name."""
    return rx(structure_data()["recipients"].get("own_collective_re", "(?!)")).search(name) is not None


def standard_since() -> _dt.date:
    return _dt.date.fromisoformat(structure_data()["date_standard_since"])


def old_standard(ctx) -> bool:
    """The document is dated before GB/T 9704-2012 took effect."""
    d = ctx.gw.date_value
    return d is not None and d < standard_since()


def lead(text: str) -> int:
    return len(text) - len(text.lstrip(" \u3000\t"))


def split_top(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Items (start, end) of text[a:b] and the separators between them (offset, mark),
    splitting on 、，； outside brackets."""
    items, seps, depth, start = [], [], 0, a
    for i in range(a, b):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SEPARATORS:
            items.append((start, i))
            seps.append((i, ch))
            start = i + 1
    items.append((start, b))
    return items, seps


def find_in_lines(ctx, el, needle: str) -> tuple[int, int] | None:
    """(line, offset) of ``needle`` in one of the lines of element ``el`` (a title
    wrapped over lines is searched line by line: spans never cross lines)."""
    for ln in el.lines:
        k = ctx.text(ln).find(needle)
        if k >= 0:
            return ln, k
    return None


# ------------------------------------------------------------ title
def title_location(ctx, a: int, b: int) -> tuple[int, int, int | None]:
    """(line, start, end) of ``title.text[a:b]`` in the title's lines; the first line
    with no end when the phrase spans a line break."""
    title = ctx.gw.title
    found = find_in_lines(ctx, title, title.text[a:b])
    if found is None:
        return title.lines[0], 0, None
    ln, k = found
    return ln, k, k + (b - a)


def title_end_marks(ctx) -> list[tuple[int, int, int]]:
    """(line, start, end) of punctuation at the end of the title."""
    gw = ctx.gw
    if gw.title is not None:
        ln = gw.title.lines[-1]
        text = ctx.text(ln).rstrip()
        m = END_PUNCT.search(text)
        return [(ln, m.start(), m.end())] if m else []
    found = unrecognised_title(ctx)
    return [found] if found else []


def unrecognised_title(ctx) -> tuple[int, int, int] | None:
    """A title ending in punctuation is not recognised as a title: look for it among
    the first lines.  Returns the span of the end punctuation."""
    noise = set(ctx.gw.noise_lines)
    rec = ctx.gw.recipients
    # the title stands above the 主送: what follows it is the 正文 (a page without its title opens there)
    below = min(rec.lines) if rec is not None and rec.lines else None
    seen = 0
    for p in ctx.doc.paragraphs[:6]:
        if below is not None and p.line > below:
            break
        if p.line in noise or not p.text.strip():
            continue
        seen += 1
        if seen > 3:
            break
        text = p.text.rstrip()
        m = END_PUNCT.search(text)
        if m and len(text) <= 160 and TITLE_LIKE.search(text[:m.start()].strip()) \
                and not INNER_PUNCT.search(text[:m.start()]):
            return p.line, m.start(), m.end()
    return None


# ------------------------------------------------------------ 附件说明
def attachment_end_marks(ctx) -> list[tuple[int, int, int]]:
    """(line, start, end) of punctuation after the names in the 附件说明."""
    note = ctx.gw.attachment_note
    out = []
    for ln in note.lines if note is not None else ():
        text = ctx.text(ln).rstrip()
        m = NAME_END.search(text)
        if m and not re.search(r"附件[：:]?$", text):
            out.append((ln, m.start(), m.end()))
    return out


# ------------------------------------------------------------ 主送
def recipient_end_mark(ctx) -> tuple[int, int] | None:
    """(line, offset) of the wrong mark ending a 主送 line (各市人民政府，省政府各部门。),
    which belongs to be a colon."""
    gw = ctx.gw
    rec = gw.recipients
    if rec is not None and getattr(rec, "colon", True):
        # a half-width colon where the full-width one belongs: the 主送's own defect —
        # unless the line is a pasted copy whose other marks are half-width too (GW801's)
        ln = rec.lines[-1]
        text = ctx.text(ln).rstrip()
        if not text.endswith(":") or any(re.search(r"[,;()]", ctx.text(k)) for k in rec.lines):
            return None
        return ln, len(text) - 1
    if rec is not None and not getattr(rec, "colon", True):
        if not rec.end_mark:
            return None
        ln = rec.lines[-1]
        return ln, len(ctx.text(ln).rstrip()) - 1
    if gw.title is None or rec is not None or not gw.body_lines:
        return None
    ln = gw.body_lines[0]
    text = ctx.text(ln).rstrip()
    if len(text.strip()) < 3 or text[-1] not in _WRONG_END or re.search(r"[。；！？：:]", text[:-1]):
        return None
    items, _ = split_top(text, lead(text), len(text) - 1)
    org, frag = recipient_patterns()
    names = [text[x:y].strip() for x, y in items]
    if not all(n and (org.search(n) or frag.match(n)) for n in names) or not org.search(names[-1]):
        return None
    return ln, len(text) - 1

"""PDF reader: rebuild paragraphs from the positioned characters of a text PDF.

pdfplumber gives characters with boxes; a typeset 公文 mostly has a single text column,
so the work is to group characters into lines and lines into paragraphs:

* a page set in two columns (a bulletin, 公报: the title across the page, the
  body in two columns, the 版记 across the page again) is read column by column:
  a gutter that several rows split at and no row crosses is found per page, the
  rows and rules crossing it cut the page into bands, and a band that is two
  columns of text is read left column first; each column line is given the
  column's own text block, the right column is moved under the left one, so a
  paragraph runs on from the foot of one column to the head of the next as from
  one line to the next.  A one-column page is never split (see
  :func:`_is_column_band` for what it takes);

* the text block (left and right edge) is derived per document from the lines
  themselves (the most common left x and the most common right x of long lines),
  and every tolerance is a fraction of the font size, never fixed points;
* a line that runs to the right edge continues on the next line when that line
  starts at the left edge (or under the text after a leading “抄送：”-style label);
  a first-line indent, a short line, a change of font size or a large vertical
  gap starts a new paragraph; consecutive centred lines of one size (a wrapped
  title) form one paragraph;
* running page numbers and header/footer lines are moved to ``doc.footers`` /
  ``doc.headers``; table cells found by pdfplumber become their own paragraphs.

Pages are processed one at a time straight from pdfminer's layout of the page
(no ``extract_text``, no second pass over the characters) and closed afterwards
to keep memory flat.  Character extraction and layout are separate: a page
source yields :class:`PageChars` and :func:`build_document` lays them out, so
``engine="pdfium"`` (:mod:`.pdf_fast`) feeds PDFium's characters to the same
code.
"""
from __future__ import annotations

import io
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from ..analysis.markers import ITEM_BEFORE, match_marker
from ..model import Document, Paragraph, ReadError, TextStyle
# Kangxi radicals and compatibility ideographs read as the characters they look like (⼀/⼈/⽇ → 一/人/日), as
# Word and WPS exports map such glyphs; the table is shared with the view the rules read (gwlint.visible)
from ..visible import LOOKALIKES as _CJK_COMPAT

# pdfminer logs what it tolerates in a damaged file ("Could not get FontBBox …") as warnings that, with no
# logging configured, land on the user's stderr; what matters reaches the user as GW001/GW002 findings
import logging as _logging

_logging.getLogger("pdfminer").setLevel(_logging.ERROR)
from . import PDF_ENGINES
from .pdfimports import import_pdfplumber

MAX_PAGES = 2000
MAX_CHARS_PER_PAGE = 200_000

_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_DIGIT_RE = re.compile(r"\d+")
# Running page numbers: — 3 —, - 3 -, —3—, 3, 第3页, 第 3 页 共 5 页, 3/5, Page 3 of 5.
_PAGE_NO_RE = re.compile(
    r"^(?:[-—–―－~·•]*\d{1,4}[-—–―－~·•]*"
    r"|第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?"
    r"|共\d{1,4}页[,，/／]?第\d{1,4}页"
    r"|\d{1,4}[/／]\d{1,4}"
    r"|(?:page|p\.)\d{1,4}(?:of\d{1,4})?)$",
    re.I,
)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Closing punctuation that typesetters let hang past the right edge (标点悬挂)
# instead of starting a line with it.
_HANGING = set("，。、；：？！）》」』”’〕】〉．,.;:?!)")
_SENTENCE_END = set("。？！；：.?!;:")
_NO_LINE_START = "。，、；：？！）》」』】〕”’"
# Lines that open an element of their own: an attachment label or note, a numbered heading.
_OPENS_ELEMENT = re.compile(r"附件\s*(?:[0-9０-９]+\s*$|[：:])|附件\s*$|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
                            r"|第[一二三四五六七八九十百零〇]+[章节条][\s\u3000]")

# A line that is an attachment's label alone (附件2, 附件).
_ATT_LABEL_LINE = re.compile(r"附\s*件\s*[0-9０-９]{0,2}")

# A whole line that is a date (2026年5月14日, 二〇二六年五月十四日): the 成文日期 under a 署名.
_DATE_LINE = re.compile(r"[0-9０-９〇零一二三四五六七八九十○Ｏ\s]{2,8}年[0-9０-９一二三四五六七八九十\s]{1,4}月"
                        r"[0-9０-９一二三四五六七八九十\s]{1,5}[日号]")


def _is_latin(ch: str) -> bool:
    """Letters, digits and punctuation of Latin text (spaces between them matter)."""
    o = ord(ch)
    return (0x21 <= o <= 0x7E) or (0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7)) or (0x370 <= o <= 0x4FF)


def _is_latin_word_char(ch: str) -> bool:
    o = ord(ch)
    return ch.isalnum() and (o < 0x80 or 0xC0 <= o <= 0x24F or 0x370 <= o <= 0x4FF)


def _font_base(name: str | None) -> str | None:
    if not name:
        return None
    return _SUBSET_RE.sub("", str(name))


@dataclass(slots=True)
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    sizes: list[float]
    cjk_fonts: Counter
    latin_fonts: Counter
    first_w: float = 0.0  # width of a leading Latin/digit run (0 when it starts with CJK)
    edge: float = 0.0  # where the text block would end: x0 of a hanging closing punctuation, else x1
    hang_x: float | None = None  # x of the character after a leading “抄送：” label
    hyphen_end: bool = False  # ended in a soft hyphen (word broken across lines)
    role: str = "body"  # "body" | "header" | "footer"
    spaced: str | None = None  # short lines: the text with visual gaps kept as spaces
    gaps: tuple[int, ...] = ()  # offsets in ``text`` of the spaces that stand for a wide gap (a tab stop)
    column: tuple[int, int] | None = None  # (band, side 0/1) of a line set in two columns (see _column_bands)
    frame: _Geometry | None = None  # the column's own text block, for a line in a column


@dataclass(slots=True)
class _Table:
    page: int
    top: float
    cells: list[tuple[int, int, _Line]]  # (row, col, cell text as one line)


def _columns(t: _Table) -> int:
    return max((c for _r, c, _l in t.cells), default=0)


def _row_texts(t: _Table, row: int) -> list[str]:
    return [ln.text.strip() for r, _c, ln in sorted(t.cells, key=lambda x: (x[0], x[1])) if r == row]


@dataclass
class _Para:
    lines: list[_Line] = field(default_factory=list)
    centred: bool = False  # first line centred (or spanning the block): centred lines may follow
    hang_x: float | None = None  # wrapped lines may align here (after “抄送：”)


# ---------------------------------------------------------------------------
# characters → lines


def _make_line(chars: list[dict], page: int) -> _Line | None:
    """Build one line from characters on the same baseline, sorted left to right."""
    chars.sort(key=lambda c: c["x0"])
    parts: list[str] = []
    sizes: list[float] = []
    cjk_fonts: Counter = Counter()
    latin_fonts: Counter = Counter()
    prev: dict | None = None
    pending_space = False
    loose: set[int] = set()
    typed: list[int] = []  # parts index after a space character between two CJK glyphs
    gaps: list[int] = []
    width = 0  # characters in parts so far
    drawn: list[int] = []  # parts index of soft hyphens drawn with a width: a hyphen glyph the font calls U+00AD
    first = last = None
    top = bottom = None
    for c in chars:
        t = c["text"]
        if not t or t.isspace():
            pending_space = prev is not None
            continue
        size = c["size"] or 1.0
        if prev is not None:
            # Fake bold: the same glyph printed twice with a tiny offset.
            if (t == prev["text"] and abs(c["x0"] - prev["x0"]) < min(0.15 * size, 0.5 * (prev["x1"] - prev["x0"]))
                    and abs(c["top"] - prev["top"]) < 0.15 * size):
                continue
            gap = c["x0"] - prev["x1"]
            small = min(size, prev["size"] or size)
            a, b = prev["text"][-1], t[0]
            if gap >= 0.9 * small:
                gaps.append(width)
                parts.append(" ")  # a wide visual gap (e.g. 印发机关 … 印发日期, or a tab)
                width += 1
            elif _is_latin(a) and _is_latin(b) and (pending_space or gap > 0.2 * small):
                parts.append(" ")
            elif pending_space and gap > -0.15 * small and not _is_latin(a) and not _is_latin(b):
                typed.append(len(parts))  # a typed space between CJK runs: kept or dropped below
            elif pending_space or gap > 0.15 * small:
                loose.add(len(parts))  # a space next to CJK: dropped from body text
        if t == "\u00ad" and c["x1"] - c["x0"] > 0.1 * size:
            drawn.append(len(parts))
        parts.append(t)
        width += len(t)
        sizes.append(size)
        if top is None or c["top"] < top:
            top = c["top"]
        if bottom is None or c["bottom"] > bottom:
            bottom = c["bottom"]
        fn = c.get("fontname")
        if _is_latin(t[0]):
            latin_fonts[fn] += 1
        else:
            cjk_fonts[fn] += 1
        if first is None:
            first = c
        last = c
        prev = c
        pending_space = False
    if first is None:
        return None
    for i in drawn:
        if i != len(parts) - 1:  # the last one breaks a word across lines (hyphen_end)
            parts[i] = "-"
    if typed:
        for at in _keep_typed_spaces(parts, typed, loose):
            gaps = [g + 1 if g >= at else g for g in gaps]
    text = "".join(parts).translate(_CJK_COMPAT)
    # Short lines keep their visual spacing for headers/footers (“— 1 —”).
    spaced = "".join((" " + p) if i in loose else p for i, p in enumerate(parts)) if loose and len(parts) <= 40 else None
    hyphen_end = text.endswith("\u00ad")
    if hyphen_end:
        text = text[:-1]
    # a soft hyphen of no width inside the line is invisible: kept, the rules read through it (gwlint.visible)
    if not text:
        return None
    line = _Line(page, top, bottom, first["x0"], last["x1"], median(sizes), text, sizes,
                 cjk_fonts, latin_fonts, hyphen_end=hyphen_end, spaced=spaced, gaps=tuple(gaps),
                 edge=last["x0"] if last["text"] in _HANGING and last is not first else last["x1"])
    # Leading Latin run width: a word that did not fit at the end of the previous line.
    if _is_latin_word_char(first["text"][0]):
        run_end = first["x1"]
        for c in chars[chars.index(first) + 1:]:
            t = c["text"]
            if not t or t.isspace() or not _is_latin(t[0]):
                break
            run_end = c["x1"]
        line.first_w = run_end - first["x0"]
    # 抄送：/附件： style label: wrapped lines align with the text after the colon.
    colon = None
    for i, c in enumerate(chars[:12]):
        if c["text"] in ("：", ":"):
            colon = i
            break
    if colon is not None and colon >= 1:
        for c in chars[colon + 1:]:
            if c["text"] and not c["text"].isspace():
                line.hang_x = c["x0"]
                break
    return line


def _keep_typed_spaces(parts: list[str], typed: list[int], loose: set[int]) -> list[int]:
    """A space typed between two CJK runs of two or more glyphs each separates words — the issuers of a
    joint title or 署名 (佛山市民政局 佛山市财政局) — and is kept as the .docx and .txt copies keep it.
    Spaces between single glyphs are letter spacing (通　知, 张  三) and are dropped like other CJK gaps.
    Returns the text offsets of the spaces kept."""
    bounds = [0, *typed, len(parts)]
    keep = []
    for k, at in enumerate(typed, 1):
        before = sum(len(p) for p in parts[bounds[k - 1]:at])
        after = sum(len(p) for p in parts[at:bounds[k + 1]])
        if before >= 2 and after >= 2:
            keep.append(at)
        else:
            loose.add(at)
    offsets = [sum(len(p) for p in parts[:at]) for at in keep]
    for at in reversed(keep):
        parts.insert(at, " ")
    if keep:  # indexes of loose gaps after an inserted space move with it
        shifted = {i + sum(1 for at in keep if at <= i) for i in loose}
        loose.clear()
        loose.update(shifted)
    return [off + k for k, off in enumerate(offsets)]


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Cluster characters into rows by their top coordinate (tolerance: 0.4 glyph), top to bottom."""
    chars.sort(key=lambda c: c["top"])
    rows: list[list[dict]] = []
    cur: list[dict] = []
    ref_top = 0.0
    ref_size = 0.0
    for c in chars:
        size = c["size"] or 1.0
        if cur and c["top"] - ref_top <= 0.4 * max(ref_size, size):
            cur.append(c)
            if size > ref_size and not c["text"].isspace():
                ref_size = size
            continue
        if cur:
            rows.append(cur)
        cur = [c]
        ref_top = c["top"]
        ref_size = size
    if cur:
        rows.append(cur)
    return rows


def _group_lines(chars: list[dict], page: int) -> list[_Line]:
    """Cluster characters into lines by their top coordinate (tolerance: 0.4 glyph)."""
    lines: list[_Line] = []
    for row in _rows(chars):
        line = _make_line(row, page)
        if line is not None:
            lines.append(line)
    return lines


def _join(last: str, hyphen_end: bool, first: str) -> str:
    """Separator between two lines of one paragraph: nothing, or a space between Latin words."""
    if hyphen_end or last in "-/([{‐–":
        return ""
    return " " if _is_latin(last) and _is_latin_word_char(first) else ""


# ---------------------------------------------------------------------------
# two columns


# Punctuation of running text: a column of a bulletin holds sentences; a row of names or dates set side by side
# (a joint 署名, 印发机关 and 印发日期) does not, and a list set in two columns (南昌市林业局：张三、李四) has only
# the colon of a label (at least one column must show a sentence's marks)
_RUNNING_PUNCT = frozenset("，。；：？！,;")
_SENTENCE_PUNCT = frozenset("，。；？！,;")


def _row_spans(row: list[dict]) -> tuple[float, list[list[float]]] | None:
    """A row's glyph size and the x-intervals its glyphs cover, apart where a gap of a glyph or more opens."""
    vis = [c for c in row if not c["text"].isspace()]
    if not vis:
        return None
    size = median(c["size"] or 1.0 for c in vis)
    spans: list[list[float]] = []
    for c in sorted(vis, key=lambda c: c["x0"]):
        if spans and c["x0"] - spans[-1][1] < size:
            spans[-1][1] = max(spans[-1][1], c["x1"])
        else:
            spans.append([c["x0"], c["x1"]])
    return size, spans


def _gutter(info: list) -> float | None:
    """The x of a gap that the most rows split at (at least two), in the middle of the page's text."""
    lo = min(sp[0][0] for _s, sp in info)
    hi = max(sp[-1][1] for _s, sp in info)
    zone_a, zone_b = lo + 0.3 * (hi - lo), lo + 0.7 * (hi - lo)
    events: list[tuple[float, int]] = []
    for _s, spans in info:
        for a, b in zip(spans, spans[1:]):
            g0, g1 = max(a[1], zone_a), min(b[0], zone_b)
            if g1 > g0:
                events += [(g0, 1), (g1, -1)]
    if len(events) < 4:
        return None
    events.sort()
    best = None  # (count, -distance from the middle, x)
    n = 0
    mid = (lo + hi) / 2
    for (x, d), (nx, _d) in zip(events, events[1:]):
        n += d
        if nx > x and n >= 2:
            at = min(max(mid, x), nx)  # the point of the segment nearest the middle
            key = (n, -abs(at - mid), at)
            if best is None or key > best:
                best = key
    return None if best is None else best[2]


def _is_column_band(rows: list[list[dict]], info: list, x: float, page_left: float) -> bool:
    """Whether rows that no glyph run crosses at ``x`` are two columns of text side by side: at least two rows
    split there with a gap of a glyph or more, each side two lines or more of text (with punctuation, a
    sentence's in one of them at least) and at least eight glyphs wide, the columns of like width, the gap in
    the middle, the left one at the page's left edge, and hardly any further wide gap inside a column (a row of
    three cells is a table)."""
    left = right = split = gappy = 0
    l0 = r0 = float("inf")
    l1 = r1 = float("-inf")
    punct = [False, False]
    sentence = False
    sizes = []
    for row, it in zip(rows, info):
        if it is None:
            continue
        size, spans = it
        sizes.append(size)
        ls = [sp for sp in spans if sp[1] < x]
        rs = [sp for sp in spans if sp[0] > x]
        if ls:
            left += 1
            l0, l1 = min(l0, ls[0][0]), max(l1, ls[-1][1])
        if rs:
            right += 1
            r0, r1 = min(r0, rs[0][0]), max(r1, rs[-1][1])
        if ls and rs:
            split += 1
        if len(ls) > 1 or len(rs) > 1:
            gappy += 1
        for c in row:
            if c["text"] in _RUNNING_PUNCT:
                punct[(c["x0"] + c["x1"]) / 2 > x] = True
                sentence = sentence or c["text"] in _SENTENCE_PUNCT
    if left < 2 or right < 2 or split < 2 or not all(punct) or not sentence:
        return False
    s = median(sizes)
    wl, wr = l1 - l0, r1 - r0
    return (r0 - l1 >= s and min(wl, wr) >= 8 * s and min(wl, wr) >= 0.5 * max(wl, wr)
            and 0.3 <= ((l1 + r0) / 2 - l0) / (r1 - l0) <= 0.7 and l0 - page_left <= 1.5 * s
            and gappy <= max(1, 0.25 * len(sizes)) and 4 * split >= min(left, right))


def _column_bands(rows: list[list[dict]], rules: tuple = ()) -> tuple[float, list[tuple[int, int]]] | None:
    """Where a page is set in two columns: the gutter's x and the bands of rows (start, end) read column by
    column.  Rows that a glyph run crosses at the gutter (a title across the page, the 版记), horizontal
    ``rules`` across it (x0, x1, y: the 版记's lines) and white space across the page (more than two and a half
    times the usual step from row to row) split the page into bands; a band is two columns when
    :func:`_is_column_band` says so, and the page only when such bands hold at least half of its glyphs.
    None for a page in one column — the usual case, read row by row."""
    info = [_row_spans(r) for r in rows]
    if sum(1 for it in info if it is not None and len(it[1]) >= 2) < 2:
        return None
    shown = [it for it in info if it is not None]
    x = _gutter(shown)
    if x is None:
        return None
    page_left = min(sp[0][0] for _s, sp in shown)
    across = sorted(y for x0, x1, y in rules if x0 < x < x1)
    middles = [sum((c["top"] + c["bottom"]) / 2 for c in r) / len(r) for r in rows]
    steps = [b - a for a, b in zip(middles, middles[1:]) if b > a]
    pitch = median(steps) if steps else 0.0
    bands: list[tuple[int, int]] = []
    start = None
    for i, it in enumerate([*info, (0.0, [[x, x]])]):  # a crossing row ends the last band
        crossing = it is not None and any(a <= x <= b for a, b in it[1])
        if start is not None and i < len(rows):
            k = bisect_left(across, middles[i - 1])
            # a rule between this row and the one above, or white space across the page (the 版记 at the foot)
            if (k < len(across) and across[k] < middles[i]) or middles[i] - middles[i - 1] > 2.5 * pitch:
                if _is_column_band(rows[start:i], info[start:i], x, page_left):
                    bands.append((start, i))
                start = None
        if not crossing and start is None:
            start = i
        elif crossing and start is not None:
            if _is_column_band(rows[start:i], info[start:i], x, page_left):
                bands.append((start, i))
            start = None
    if not bands:
        return None
    glyphs = [sum(1 for c in r if not c["text"].isspace()) for r in rows]
    if 2 * sum(sum(glyphs[a:b]) for a, b in bands) < sum(glyphs):
        return None
    return x, bands


def _page_lines(chars: list[dict], page: int, rules: tuple = (), columns: bool = True) -> list[_Line]:
    """The lines of a page in reading order: row by row, and in a band set in two columns (``columns``: the
    page may be; not a page with ruled tables) the left column's lines, then the right one's, marked with
    :attr:`_Line.column`."""
    rows = _rows(chars)
    found = _column_bands(rows, rules) if columns and len(rows) >= 3 else None
    lines: list[_Line] = []
    if found is None:
        for row in rows:
            line = _make_line(row, page)
            if line is not None:
                lines.append(line)
        return lines
    x, bands = found
    marks = {}
    for k, (a, b) in enumerate(bands):
        for i in range(a, b):
            marks[i] = k
    sides: dict[int, tuple[list[_Line], list[_Line]]] = {}
    for i, row in enumerate(rows):
        k = marks.get(i)
        if k is None:
            line = _make_line(row, page)
            if line is not None:
                lines.append(line)
            continue
        if k not in sides:
            sides[k] = ([], [])
        for side, part in enumerate(([c for c in row if (c["x0"] + c["x1"]) / 2 < x],
                                     [c for c in row if (c["x0"] + c["x1"]) / 2 >= x])):
            line = _make_line(part, page) if part else None
            if line is not None:
                line.column = (k, side)
                sides[k][side].append(line)
        if marks.get(i + 1) != k:
            lines += sides[k][0] + sides[k][1]
    return lines


def _lay_out_columns(pages: list[list[_Line]], geo: _Geometry) -> tuple[float, float] | None:
    """Give the lines of two columns the coordinates of one column: the right column moves onto the left one
    (its lines after the left one's last, the lines below the band after it) and every column line gets the
    text block of its column (:attr:`_Line.frame`), so that the paragraph builder reads a line that runs to the
    column's edge and goes on at the head of the next column as it reads a wrapped line.  Bands set alike share
    one frame, measured over all their lines.  Returns the block the columns fill together (the left column's left
    edge, the right one's right edge), None when no page is set in columns."""
    groups: dict[tuple[int, int], list[_Line]] = {}
    block: tuple[float, float] | None = None
    for lines in pages:
        if not any(ln.column for ln in lines):
            continue
        delta = 0.0
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.column is None:
                ln.top += delta
                ln.bottom += delta
                i += 1
                continue
            j = i
            while j < len(lines) and lines[j].column is not None and lines[j].column[0] == ln.column[0]:
                j += 1
            band = lines[i:j]
            left = [x for x in band if x.column[1] == 0]
            right = [x for x in band if x.column[1] == 1]
            bottom = max(x.bottom for x in band)
            body_l = [x for x in left if x.role == "body"] or left
            body_r = [x for x in right if x.role == "body"] or right
            dx = min(x.x0 for x in body_l) - min(x.x0 for x in body_r)
            span = (min(x.x0 for x in body_l), max(x.edge for x in body_r))
            block = span if block is None else (min(block[0], span[0]), max(block[1], span[1]))
            steps = [b.top - a.top for col in (body_l, body_r) for a, b in zip(col, col[1:]) if b.top > a.top]
            pitch = median(steps) if steps else 1.5 * geo.body_size
            dy = body_l[-1].top + pitch - body_r[0].top
            for x in left:
                x.top += delta
                x.bottom += delta
            for x in right:
                x.x0 += dx
                x.x1 += dx
                x.edge += dx
                if x.hang_x is not None:
                    x.hang_x += dx
                x.top += delta + dy
                x.bottom += delta + dy
            delta = max(x.bottom for x in band) - bottom
            key = (round(min(x.x0 for x in body_l) / 3), round((min(x.x0 for x in body_r) - dx) / 3))
            groups.setdefault(key, []).extend(x for x in band if x.role == "body")
            i = j
    for members in groups.values():
        if not members:
            continue
        left = min(x.x0 for x in members)
        own = _geometry(members, left + max(x.edge for x in members))
        frame = _Geometry(own.left, own.right, geo.body_size, geo.line_gap, own.wrap_right, own.guessed)
        for x in members:
            x.frame = frame
    return block


# ---------------------------------------------------------------------------
# tables


def _scan_layout(page) -> tuple[list[dict], list, int]:
    """Characters of a page straight from pdfminer's layout.

    ``page.chars`` would turn every glyph into a dict of ~20 resolved attributes,
    which costs about as much as parsing the page; only the few keys used here
    are built.  Coordinates follow pdfplumber's conventions (top-left origin,
    MediaBox offset applied).  Returns (chars, vector graphics objects, images).
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    h = page.height
    chars: list[dict] = []
    vectors: list = []
    images = 0

    def walk(objs) -> None:
        nonlocal images
        for obj in objs:
            if isinstance(obj, LTChar):
                font = obj.fontname
                if isinstance(font, bytes):
                    font = font.decode("latin-1", "replace")
                a, b = obj.matrix[0], obj.matrix[1]
                chars.append({
                    "text": obj.get_text(), "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
                    "top": h - obj.y1 + mb_top, "bottom": h - obj.y0 + mb_top,
                    "size": obj.size, "fontname": font,
                    # baseline along +x (pdfminer's own "upright" accepts any angle below 90°;
                    # a sheared matrix, i.e. synthetic italics, still counts as upright)
                    "upright": a > 0 and abs(b) <= 0.05 * a,
                })
            elif isinstance(obj, LTCurve):  # also LTLine and LTRect
                vectors.append(obj)
            elif isinstance(obj, LTImage):
                images += 1
            elif isinstance(obj, LTContainer):
                walk(obj._objs)

    walk(page.layout._objs)
    return chars, vectors, images


class _EdgesOnly:
    """What pdfplumber's TableFinder reads from a page with the "lines" strategy."""

    def __init__(self, edges: list[dict], bbox) -> None:
        self.edges = edges
        self.bbox = bbox


def tables_from_edges(edges: list[dict], bbox) -> list:
    """pdfplumber's ruled-table detection ("lines" strategy) over ``edges``
    (pdfplumber edge dicts: x0, x1, top, bottom, width, height, orientation)."""
    import_pdfplumber()  # an OFD's tables come here first
    from pdfplumber.table import TableFinder, TableSettings

    return TableFinder(_EdgesOnly(edges, bbox), TableSettings.resolve(None)).tables


def _find_tables(page, vectors: list) -> list:
    """pdfplumber's ruled-table detection fed with the page's rules only, so the
    page's characters need not be converted a second time."""
    try:
        from pdfplumber import utils

        lines, rects, curves = [], [], []
        for obj in vectors:
            d = page.process_object(obj)
            kind = d["object_type"]
            if kind == "line":
                lines.append(utils.line_to_edge(d))
            elif kind == "rect":
                rects.extend(utils.rect_to_edges(d))
            else:
                curves.extend(utils.curve_to_edges(d))
        return tables_from_edges(lines + rects + curves, page.bbox)
    except (ImportError, AttributeError, KeyError, TypeError):  # another pdfplumber version
        return page.find_tables()


def _page_tables(page, vectors: list, chars: list[dict], page_no: int) -> tuple[list[_Table], list[dict]]:
    return split_tables(_find_tables(page, vectors), chars, page_no)


_HANGING = frozenset("，。、；：？！）》」』”’〕】〉")


def split_tables(found: list, chars: list[dict], page_no: int) -> tuple[list[_Table], list[dict]]:
    """Ruled tables ``found`` by pdfplumber's finder: return them (cells as text)
    and the characters outside them."""
    found = [t for t in found if len(t.cells) >= 2]
    if not found:
        return [], chars
    boxes = []
    for t in found:
        rows = []
        for r in t.rows:
            cells = [(j, cell) for j, cell in enumerate(r.cells) if cell is not None]
            if cells:
                top = min(cell[1] for _, cell in cells)
                bottom = max(cell[3] for _, cell in cells)
                rows.append((top, bottom, cells))
        boxes.append((t.bbox, rows, {}))
    rest: list[dict] = []
    for c in chars:
        # a full-width mark that may not open a line hangs past the cell's right border (避头尾):
        # it belongs to the cell its left edge stands in (对比照片，|每项…)
        cx = c["x0"] + 1 if c["text"] in _HANGING else (c["x0"] + c["x1"]) / 2
        cy = (c["top"] + c["bottom"]) / 2
        for (x0, top, x1, bottom), rows, buckets in boxes:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                for i, (rt, rb, cells) in enumerate(rows):
                    if rt <= cy <= rb:
                        for j, (cx0, ct, cx1, cb) in cells:
                            if cx0 <= cx <= cx1 and ct <= cy <= cb:
                                buckets.setdefault((i, j), []).append(c)
                                break
                        break
                break
        else:
            rest.append(c)
    tables = []
    for (x0, top, x1, bottom), rows, buckets in boxes:
        cells = []
        for (i, j) in sorted(buckets):
            lines = _group_lines(buckets[(i, j)], page_no)
            if not lines:
                continue
            merged = lines[0]
            text = merged.text
            for ln in lines[1:]:
                text += _join(text[-1], False, ln.text[0]) + ln.text
                merged.sizes.extend(ln.sizes)
                merged.cjk_fonts.update(ln.cjk_fonts)
                merged.latin_fonts.update(ln.latin_fonts)
            merged.text = text
            cells.append((i + 1, j + 1, merged))
        if cells:
            tables.append(_Table(page_no, top, cells))
    return tables, rest


# ---------------------------------------------------------------------------
# document geometry


def _binned_mode(values: list[float], lo: float | None = None) -> tuple[float, int]:
    """Most common value (1 pt bins, neighbours merged) and its support."""
    bins = Counter(round(v) for v in values if lo is None or v >= lo)
    if not bins:
        return 0.0, 0
    best, best_n = None, -1
    for b in bins:
        n = bins[b] + bins.get(b - 1, 0) + bins.get(b + 1, 0)
        if n > best_n or (n == best_n and b < best):
            best, best_n = b, n
    near = [v for v in values if abs(v - best) <= 1.5 and (lo is None or v >= lo)]
    return (median(near) if near else float(best)), best_n


@dataclass
class _Geometry:
    left: float
    right: float
    body_size: float
    line_gap: float = 0.0  # usual white space between two lines of a paragraph
    wrap_right: float = 0.0  # a line ending here ran full width (right, or beyond reach)
    # wrap_right is only the mirror of the left margin (no indent, few full
    # lines): a line ending a sentence there is taken as a paragraph of its own
    guessed: bool = False

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def _indent_pair(lines: list[_Line], size: float) -> bool:
    """Do lines of this size start both at some x and two characters right of it?"""
    xs = sorted({round(ln.x0, 1) for ln in lines if abs(ln.size - size) <= 0.05 * size})
    return any(abs(b - a - 2 * size) <= 0.35 * size for i, a in enumerate(xs) for b in xs[i + 1:])


def _geometry(lines: list[_Line], page_width: float) -> _Geometry:
    """Text block edges, body font size and line spacing of the document."""
    size_count: Counter = Counter()
    for ln in lines:
        size_count[round(ln.size * 2) / 2] += len(ln.text)
    body = size_count.most_common(1)[0][0] if size_count else 12.0
    if size_count and not _indent_pair(lines, body):
        # A short document can carry fewer characters of body text than of its
        # 版记 (抄送 lists at 14 pt); body text shows first-line indents of two
        # characters, so prefer a size that does when it is not marginal.
        for size, n in size_count.most_common():
            if n < 0.25 * size_count[body]:
                break
            if size != body and _indent_pair(lines, size):
                body = size
                break
    # 14 pt 版记 lines, set one character in from both edges, are within 15 % of
    # 16 pt body text but not on its edges: keep to the exact body size when its
    # lines show the indent relation that gives the left edge.
    if _indent_pair(lines, body):
        body_lines = [ln for ln in lines if abs(ln.size - body) <= 0.05 * body]
    else:
        body_lines = [ln for ln in lines if abs(ln.size - body) <= 0.15 * body] or lines
    gap_lines = body_lines
    # A line starting in the right half of the page is a right-aligned block (署名, 成文日期), never on the
    # text block's edges: in a short document whose last part is a table its lines can outnumber the few
    # running lines and would make the 署名's left end the left edge
    running = [ln for ln in body_lines if ln.x0 < page_width / 2]
    if running and len(running) < len(body_lines):
        body_lines = running
    x0s = [ln.x0 for ln in body_lines]
    x1s = sorted(ln.x1 for ln in body_lines)
    # Left edge: the most common start, or a start further left that is either
    # well supported (most lines are indented first lines) or exactly two
    # characters left of it (an indent relation seen even once).
    mode_x0, _ = _binned_mode(x0s)
    need = max(2, int(0.05 * len(body_lines)))
    bins = Counter(round(v) for v in x0s)
    candidates = [b for b, n in bins.items()
                  if n + bins.get(b - 1, 0) + bins.get(b + 1, 0) >= need and b >= mode_x0 - 4 * body]
    left = mode_x0
    if candidates and min(candidates) < mode_x0 - 0.35 * body:
        b = min(candidates)
        left = median([v for v in x0s if abs(v - b) <= 1.5])
    else:
        two_left = [v for v in x0s if abs(v - (mode_x0 - 2 * body)) <= 0.35 * body]
        if two_left:
            left = median(two_left)
    # Running text far left of that edge, in the indent relation (a 主送 line and an indented first
    # line): the edge came from a right-aligned block (the 署名 lines of a joint document, long enough to
    # start in the left half, ending at one x) and the running text is where the block's edge is
    far = sorted(v for v in x0s if v < left - 4 * body and any(abs(w - v - 2 * body) <= 0.35 * body for w in x0s))
    if far:
        left = median([v for v in x0s if abs(v - far[0]) <= 1.5])
    indent_pair = (any(abs(v - left) <= 0.35 * body for v in x0s)
                   and any(abs(v - (left + 2 * body)) <= 0.35 * body for v in x0s))
    # Right edge: justified full lines all end at the same x.  Without enough of
    # them, assume margins as wide as the left one if the document shows
    # indented first lines, else admit no line as full (short one-line
    # paragraphs must not be glued together) unless one reaches that mirrored
    # margin (a short document may have a single wrapped paragraph); such a
    # guess is weak: "left" may be an indent, so a line ending a sentence there
    # still ends its paragraph (see _Builder._continues).
    # A line ending in closing punctuation may let it hang one glyph past the
    # edge; the glyph's start is then the edge.  When a line without such an
    # ending does end there, a hanging line votes for both positions (its
    # punctuation may as well fit), and the percentile is taken over edges, so
    # a few hanging lines cannot push the edge one glyph right.
    plain = sorted(ln.x1 for ln in body_lines if ln.edge == ln.x1)
    hang: list[float] = []
    edges: list[float] = []
    for ln in body_lines:
        k = bisect_left(plain, ln.edge - 1.5)
        if ln.edge != ln.x1 and k < len(plain) and plain[k] <= ln.edge + 1.5:
            hang.append(ln.edge)
            edges.append(ln.edge)
        else:
            edges.append(ln.x1)
    edges.sort()
    p95 = edges[min(len(edges) - 1, int(0.95 * len(edges)))]
    right, support = _binned_mode(x1s + hang, lo=p95 - 2 * body)
    wrap_right = None
    guessed = False
    if support < max(3, int(0.1 * len(body_lines))):
        mirror = page_width - left
        if page_width > left:
            # with no plain line to pair with, a closing mark sticking out past the mirrored margin still
            # hangs: the block ends at its start, else one such line pushes the edge a glyph right and
            # the full lines and a wrapped 抄送 list no longer reach it
            fit = sorted(ln.edge if ln.edge != ln.x1 and ln.x1 > mirror else ln.x1 for ln in body_lines)
            right = max(fit[min(len(fit) - 1, int(0.95 * len(fit)))], mirror)
        else:
            right = p95
        if not indent_pair:
            guessed = page_width > left and p95 >= mirror - 0.25 * body
            if not guessed:
                wrap_right = x1s[-1] + body
    if right - left < 4 * body:  # degenerate (e.g. only a few short lines)
        left, right = min(x0s), max(x1s)
    gaps = [b.top - a.bottom for a, b in zip(gap_lines, gap_lines[1:])
            if a.page == b.page and 0 <= b.top - a.bottom <= 3 * body]
    line_gap = _binned_mode(gaps)[0] if gaps else 0.5 * body
    return _Geometry(left, right, body, line_gap, right if wrap_right is None else wrap_right, guessed)


# ---------------------------------------------------------------------------
# headers, footers, page numbers


def _classify_running(pages: list[list[_Line]], heights: list[float], body: float) -> None:
    """Mark page numbers and header/footer lines (role "header"/"footer").

    A line counts as running material when it is near the top or bottom of the
    page and (a) reads like a page number, (b) sits in the page margin clearly
    apart from the text, or (c) repeats at the same place on most pages.
    """
    text_pages = sum(1 for p in pages if p)
    unit = max(body, 1.0)

    def key(ln: _Line) -> tuple[str, int]:
        return _DIGIT_RE.sub("#", ln.text.replace(" ", "")), round(ln.top / unit)

    seen: dict[tuple[str, int], set[int]] = {}
    if text_pages >= 2:
        for page_lines, h in zip(pages, heights):
            for ln in page_lines:
                if h and (ln.top / h > 0.9 or ln.bottom / h < 0.1):
                    seen.setdefault(key(ln), set()).add(ln.page)
    for page_lines, h in zip(pages, heights):
        if not page_lines or not h:
            continue
        for i, ln in enumerate(page_lines):
            rel_top, rel_bottom = ln.top / h, ln.bottom / h
            low, high = rel_top > 0.75, rel_bottom < 0.15
            if not (low or high):
                continue
            compact = ln.text.replace(" ", "").translate(_FULLWIDTH_DIGITS)
            running = len(compact) <= 20 and _PAGE_NO_RE.match(compact) is not None
            if not running:
                gap_prev = ln.top - page_lines[i - 1].bottom if i else float("inf")
                gap_next = page_lines[i + 1].top - ln.bottom if i + 1 < len(page_lines) else float("inf")
                running = (rel_top > 0.93 and gap_prev > ln.size) or (rel_bottom < 0.07 and gap_next > ln.size)
            if not running and (rel_top > 0.9 or rel_bottom < 0.1):
                n = len(seen.get(key(ln), ()))
                running = n >= 2 and n >= 0.5 * text_pages
            if running:
                ln.role = "footer" if low else "header"


# ---------------------------------------------------------------------------
# lines → paragraphs


def _next_inline_item(p: _Para, text: str) -> bool:
    """``text`` opens with the marker that follows the last one of its style standing inside the
    paragraph after a sentence or clause end (会议议程：（一）……；+ （二）……): the next item of a list
    run inline.  A marker opening the paragraph is a heading's, one after other words (第（一）项,
    统一、) no item: neither makes a line that opens with its successor part of the paragraph."""
    m = match_marker(text)
    if m is None or m.number is None or m.number < 2:
        return False
    para = "".join(x.text for x in p.lines)
    last = None
    for k, ch in enumerate(para):
        if ch in ITEM_BEFORE:
            mm = match_marker(para[k + 1:k + 13])
            if mm is not None and mm.style == m.style:
                last = mm.number
    return last == m.number - 1


class _Builder:
    def __init__(self, geo: _Geometry) -> None:
        self.geo = geo
        self.paras: list[_Para | _Table] = []
        self.cur: _Para | None = None

    def _frame(self, ln: _Line) -> _Geometry:
        """The text block a line is set in: its column's (two columns, :func:`_lay_out_columns`), else the page's."""
        return ln.frame or self.geo

    def _centred(self, ln: _Line) -> bool:
        g, s = self._frame(ln), ln.size
        if ln.x0 - g.left <= 0.25 * s:
            return False  # flush left (a full justified line is symmetric too)
        if abs(ln.size - g.body_size) <= 0.1 * g.body_size and abs(ln.x0 - (g.left + 2 * s)) <= 0.25 * s:
            return False  # an ordinary first-line indent, not a centred line
        return abs((ln.x0 + ln.x1) / 2 - g.centre) <= 0.75 * s

    def _spans(self, ln: _Line) -> bool:
        g, s = self._frame(ln), ln.size
        return abs(ln.x0 - g.left) <= 0.5 * s and ln.x1 >= g.right - 0.5 * s

    def _continues(self, p: _Para, prev: _Line, ln: _Line) -> bool:
        g, gp = self._frame(ln), self._frame(prev)  # the same block but where a column ends
        s = max(prev.size, ln.size)
        if abs(prev.size - ln.size) > 0.15 * s:
            return False
        if ln.page == prev.page:
            gap = ln.top - prev.bottom
            if gap > max(1.5 * s, 1.3 * g.line_gap + 0.3 * s) or gap < -0.5 * s:
                return False
        elif ln.page != prev.page + 1:
            return False
        slack = gp.wrap_right - prev.x1
        full = slack <= 0.5 * s and not (gp.guessed and prev.text[-1] in _SENTENCE_END)
        if not full and ln.first_w:
            # A Latin word / number that would not fit at the end of the previous line.
            need = ln.first_w + (0.25 * s if _is_latin(prev.text[-1]) else 0.0)
            full = slack < need + 0.1 * s
        elif not full and ln.text and ord(ln.text[0]) >= 0x2E80 and prev.text[-1] not in _SENTENCE_END:
            # Ragged right (left-aligned text, half-width glyphs in it): the next line's first
            # full-width glyph would not have fitted — with the closing marks that may not start
            # a line and so travel with it (留。) — so the line was full.
            tail = len(ln.text[1:]) - len(ln.text[1:].lstrip(_NO_LINE_START))
            full = slack < (0.9 + min(tail, 2)) * s
        if full and prev.text[-1] in _SENTENCE_END and _OPENS_ELEMENT.match(ln.text) \
                and not _next_inline_item(p, ln.text):
            # a last line that happens to end a sentence at the right edge, then 附件2 / 附件：… /
            # 二、… at the margin: a new element, not the rest of the paragraph (unless the paragraph
            # runs an enumeration inline and this is its next item: ……：（一）……；⏎（二）……)
            return False
        if full and _ATT_LABEL_LINE.fullmatch(ln.text.strip()):
            # 附件2 alone on its line after a full one (its closing ）hanging past the edge): a label, never
            # the rest of a sentence (that would end on 。 after it, which cannot start a line)
            return False
        if full and abs(ln.x0 - g.left) <= 0.6 * s:
            return True
        if p.hang_x is not None and abs(ln.x0 - p.hang_x) <= 0.3 * s and slack <= 1.5 * s + ln.first_w:
            return True
        if p.centred and ln.page == prev.page and self._centred(ln) and ln.top - prev.bottom <= 0.8 * s:
            return True
        # a right-aligned block too long for its line (a 署名 such as ……领导小组办公室): the first line runs from the
        # left edge to the block's right end, the rest ends there too, far from the left edge
        # (the 成文日期 under it is a line of its own, however its right end lines up)
        if len(p.lines) == 1 and ln.page == prev.page and abs(prev.x0 - gp.left) <= 1.5 * s \
                and not _DATE_LINE.fullmatch(ln.text.strip()) \
                and prev.x1 - prev.x0 >= 0.75 * (gp.right - gp.left) and prev.x1 < gp.right - 1.5 * s \
                and prev.text[-1] not in _SENTENCE_END and prev.text[-1] not in "，," and ln.x0 - g.left > 4 * s \
                and abs(ln.x1 - prev.x1) <= 0.5 * s and ln.x1 - ln.x0 < prev.x1 - prev.x0:
            return True
        return False

    def add_line(self, ln: _Line) -> None:
        p = self.cur
        if p is not None and self._continues(p, p.lines[-1], ln):
            p.lines.append(ln)
            return
        p = _Para([ln], centred=self._centred(ln) or self._spans(ln), hang_x=ln.hang_x)
        if p.hang_x is not None and (
            p.hang_x - ln.x0 > 8 * ln.size  # not a short leading label
            or abs(p.hang_x - (self._frame(ln).left + 2 * ln.size)) <= 0.3 * ln.size  # would be the indent column
        ):
            p.hang_x = None
        self.paras.append(p)
        self.cur = p

    def add_table(self, t: _Table) -> None:
        self.paras.append(t)
        self.cur = None

    # -- output --------------------------------------------------------------
    def _style(self, lines: list[_Line], para: _Para | None) -> TextStyle:
        sizes: list[float] = []
        cjk: Counter = Counter()
        latin: Counter = Counter()
        for ln in lines:
            sizes.extend(ln.sizes)
            cjk.update(ln.cjk_fonts)
            latin.update(ln.latin_fonts)
        font_ea = _font_base(cjk.most_common(1)[0][0]) if cjk else None
        font_ascii = _font_base(latin.most_common(1)[0][0]) if latin else None
        main = font_ea or font_ascii or ""
        bold = True if re.search(r"bold|black|heavy|,b$", main, re.I) else None
        style = TextStyle(font_east_asia=font_ea, font_ascii=font_ascii,
                          size_pt=round(median(sizes), 1) if sizes else None, bold=bold)
        if para is None:
            return style
        first = lines[0]
        g = self._frame(first)
        s = first.size
        centred = (self._centred(first) or self._spans(first) and len(lines) > 1) and all(
            self._centred(x) for x in lines[1:])
        if centred:
            style.alignment = "center"
        elif first.x0 - g.left > 4 * s and (g.right - first.x1) < (first.x0 - g.left):
            style.alignment = "right"
        elif len(lines) > 1:
            style.alignment = "justify"
        else:
            style.alignment = "left"
        if style.alignment in ("left", "justify"):
            style.first_line_indent_pt = round(max(0.0, first.x0 - g.left), 1)
        return style

    def paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        table_no = 0
        prev: _Table | None = None  # the item before, when a table
        first: _Table | None = None  # the first part of the table being numbered
        shift = 0  # rows of that table before this part
        for item in self.paras:
            if isinstance(item, _Table):
                skip = None
                if prev is not None and first is not None and item.page == prev.page + 1 \
                        and _columns(item) == _columns(prev):
                    # a table the page break cut (the .docx has one table): its rows go on under the same number;
                    # a header row repeated on the new page is left out
                    shift += max(r for r, _c, _l in prev.cells)
                    skip = 1 if _row_texts(item, 1) == _row_texts(first, 1) else None
                else:
                    table_no += 1
                    first, shift = item, 0
                for row, col, ln in item.cells:
                    text = ln.text.strip()
                    if text and row != skip:
                        out.append(Paragraph(text, page=item.page, kind="table_cell",
                                             table=(table_no, row + shift, col), style=self._style([ln], None)))
                prev = item
                continue
            prev = None
            lines = item.lines
            text = lines[0].text
            for a, b in zip(lines, lines[1:]):
                text += _join(a.text[-1], a.hyphen_end, b.text[0]) + b.text
            text = text.strip()
            if text:
                # a one-line paragraph with wide gaps (序号　报送材料　报送时间): its gaps are tab stops, kept as
                # the .docx reader keeps tabs, so that a list typed with tabs is a table in both formats
                tabs = lines[0].gaps if len(lines) == 1 and text == lines[0].text else ()
                out.append(Paragraph(text, page=lines[0].page, style=self._style(lines, item), tabs=tabs))
        for i, p in enumerate(out, 1):
            p.source_index = i
        return out


# ---------------------------------------------------------------------------
# entry point


def _open_error(exc: BaseException) -> ReadError:
    """Turn a pdfminer/pdfplumber exception into a ReadError with advice."""
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 6:
        chain.append(e)
        nxt = e.__cause__ or e.__context__
        if nxt is None and e.args and isinstance(e.args[0], BaseException):
            nxt = e.args[0]
        e = nxt
    names = " ".join(type(x).__name__ for x in chain) + " " + " ".join(str(x) for x in chain)
    if re.search(r"password|encrypt", names, re.I):
        return ReadError("PDF 文件已加密（设置了打开密码或不支持的加密方式），无法读取。请去除密码保护后再检查。")
    if any(isinstance(x, ReferenceCycle) for x in chain):
        return ReadError("PDF 文件已损坏：对象循环引用自身，无法读取。请用 PDF 阅读器确认能正常打开，或从原文件重新导出 PDF 后再检查。")
    return ReadError("PDF 文件已损坏或格式不正确，无法读取。请用 PDF 阅读器确认能正常打开，或从原文件重新导出 PDF 后再检查。")


def _inside(c: dict, box: tuple) -> bool:
    """Whether the middle of character ``c`` lies in ``box`` (x0, top, x1, bottom)."""
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@dataclass
class PageChars:
    """What the layout code needs from one page, whichever library read it.

    ``chars`` are dicts with pdfplumber's conventions: ``text``, ``x0``, ``x1``,
    ``top``, ``bottom`` (points, top-left origin), ``size`` (font size scaled
    by the text matrix: the height of the glyph box), ``fontname`` and
    ``upright`` (baseline along +x).  ``tables(chars, page_no)`` splits ruled
    tables off the characters, or is None when the page has no vector graphics.
    """

    chars: list[dict]
    width: float
    height: float
    images: int = 0
    vectors: int = 0
    tables: object = None  # Callable[[list[dict], int], tuple[list[_Table], list[dict]]] | None
    # the part of the page viewers show and print (its /CropBox, as x0, top, x1, bottom) when smaller than the page
    shown: tuple | None = None
    # horizontal rules drawn on the page, as (x0, x1, y) (the 版记's lines, the 版头's red line): a rule across
    # the gutter of two columns ends a band of them (:func:`_column_bands`)
    rules: tuple = ()


# BI, the image's dictionary (a few short keys), ID and a separator; bounded so that garbage full of "BI /"
# stays linear
_INLINE_IMAGE = re.compile(rb"(?<![^\s\]\)>}])BI\s*/[\s\S]{0,4096}?\sID\s")


def _inline_images(page) -> int:
    """Inline images (BI … ID …) in the page's own content streams, for a page whose layout showed nothing.

    pdfminer's layout drops an inline image in some positions (one that opens the content stream, one whose
    EI is missing at the end of a cut stream); a page drawn only from such pictures is a scan (GW002), not a
    file without any text (GW001)."""
    from pdfminer.pdftypes import resolve1, stream_value

    contents = resolve1(page.page_obj.attrs.get("Contents"))
    for ref in contents if isinstance(contents, list) else [contents]:
        try:
            data = stream_value(ref).get_data()
        except Exception:  # noqa: BLE001 - a damaged stream: nothing more to learn here
            continue
        if _INLINE_IMAGE.search(data):
            return 1
    return 0


def _upright(chars: list[dict]) -> int:
    return sum(1 for c in chars if c.get("upright") and not c["text"].isspace())


def _unrotated(page):
    """``page`` read as if it had no /Rotate, or None when that reads no better.

    A page turned for display (/Rotate 90, set in a viewer or by a scanner driver) whose text is written upright
    in its own coordinates shows that text sideways; pdfminer applies the turn, every glyph comes out rotated
    and the page had no text at all (GW001) though each line is plain.  Lines are lines in the page's own
    space: read there."""
    import copy

    from pdfplumber.page import Page

    obj = copy.copy(page.page_obj)
    obj.rotate = 0
    obj.attrs = {**obj.attrs, "Rotate": 0}
    return Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def plumber_page(page) -> PageChars:
    """Characters, graphics and table finder of one pdfplumber page."""
    raw, vectors, images = _scan_layout(page)
    if page.rotation and raw and _upright(raw) * 2 < len(raw):
        plain = _unrotated(page)
        plain_scan = _scan_layout(plain)
        if _upright(plain_scan[0]) > _upright(raw):
            page, (raw, vectors, images) = plain, plain_scan
    if not raw and not images:
        images = _inline_images(page)
    tables = None
    if vectors:
        def tables(chars: list[dict], page_no: int, page=page, vectors=vectors):
            return _page_tables(page, vectors, chars, page_no)
    shown = None
    if not page.rotation and tuple(page.cropbox) != tuple(page.bbox):
        (x0, t0, x1, b0), (px0, pt0, px1, pb0) = page.cropbox, page.bbox
        shown = (max(float(min(x0, x1)), px0), max(float(min(t0, b0)), pt0),
                 min(float(max(x0, x1)), px1), min(float(max(t0, b0)), pb0))
        if shown[2] - shown[0] < 1 or shown[3] - shown[1] < 1:
            shown = None  # an empty crop box is ignored: viewers show the media box
    return PageChars(raw, float(page.width), float(page.height), images, len(vectors), tables, shown,
                     _rules(vectors, page))


def _rules(vectors: list, page) -> tuple:
    """Horizontal rules among a pdfminer page's vector graphics, as (x0, x1, y) in pdfplumber's coordinates."""
    if not vectors:
        return ()
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    h = page.height
    return tuple((obj.x0 + mb_x0, obj.x1 + mb_x0, h - (obj.y0 + obj.y1) / 2 + mb_top) for obj in vectors
                 if obj.y1 - obj.y0 <= 3 and obj.x1 - obj.x0 >= 20)


def _plumber_pages(pdf):
    for page in pdf.pages:
        try:
            yield plumber_page(page)
        finally:
            page.close()


class ReferenceCycle(ValueError):
    """An indirect object whose value leads back to itself (``3 0 obj 3 0 R endobj``)."""


def _guard_reference_cycles() -> None:
    """Make pdfminer's ``PDFObjRef.resolve`` follow a chain of references itself and stop at a cycle.

    pdfminer resolves with ``while isinstance(x, PDFObjRef): x = x.resolve()``, an endless loop at 100 % CPU
    for an object that is a reference to itself or to one that refers back; only the time budget ended it.
    Returning the end of the chain (or raising on a cycle) lets every such loop end after one step."""
    from pdfminer.pdftypes import PDFObjRef

    plain = PDFObjRef.resolve
    if getattr(plain, "_gwlint_cycle_guard", False):
        return

    def resolve(self, default=None):
        x = plain(self, default)
        seen = {self.objid}
        while isinstance(x, PDFObjRef):
            if x.objid in seen:
                raise ReferenceCycle(f"object {self.objid} refers to itself through a chain of references")
            seen.add(x.objid)
            x = plain(x, default)
        return x

    resolve._gwlint_cycle_guard = True  # type: ignore[attr-defined]
    PDFObjRef.resolve = resolve  # type: ignore[method-assign]


def _guard_page_boxes() -> None:
    """Drop a page's CropBox, TrimBox, BleedBox or ArtBox that is not four finite numbers.

    pdfminer warns and uses the media box, as viewers do; pdfplumber parses every one of them again and raised
    on the first malformed one (three numbers, a string, 1e308 written as 1 e308), so a PDF that every viewer
    shows was refused as damaged for a box that only printers read."""
    import math

    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    if getattr(PDFPage.__init__, "_gwlint_boxes", False):
        return
    plain = PDFPage.__init__

    def init(self, *args, **kwargs):
        plain(self, *args, **kwargs)
        for key in ("CropBox", "TrimBox", "BleedBox", "ArtBox"):
            if key not in self.attrs:
                continue
            try:
                box = [resolve1(v) for v in resolve1(self.attrs[key])]
                ok = len(box) == 4 and all(isinstance(v, (int, float)) and math.isfinite(v) for v in box)
            except Exception:  # noqa: BLE001 - not an array of numbers
                ok = False
            if not ok:
                del self.attrs[key]

    init._gwlint_boxes = True  # type: ignore[attr-defined]
    PDFPage.__init__ = init  # type: ignore[method-assign]


def _guard_inline_data() -> None:
    """Make pdfminer read an inline image's data (BI … ID data EI) in linear time.

    pdfminer appends each 4 KiB buffer to an immutable ``bytes``: a 30 MB scan drawn as one inline image cost
    about 20 s of copying before any text was looked at.  Same scan, same result, one growing bytearray."""
    from pdfminer.pdfinterp import PDFContentParser

    if getattr(PDFContentParser.get_inline_data, "_gwlint_linear", False):
        return

    def get_inline_data(self, pos: int, target: bytes = b"EI") -> tuple[int, bytes]:
        self.seek(pos)
        i = 0
        data = bytearray()
        while i <= len(target):
            self.fillbuf()
            if i:
                c = self.buf[self.charpos:self.charpos + 1]
                data += c
                self.charpos += 1
                if (len(target) <= i and c.isspace()) or (i < len(target) and c == target[i:i + 1]):
                    i += 1
                else:
                    i = 0
            else:
                j = self.buf.find(target[:1], self.charpos)
                if j >= 0:
                    data += self.buf[self.charpos:j + 1]
                    self.charpos = j + 1
                    i = 1
                else:
                    data += self.buf[self.charpos:]
                    self.charpos = len(self.buf)
        del data[-(len(target) + 1):]
        if data.endswith(b"\r\n"):
            del data[-2:]
        elif data.endswith((b"\r", b"\n")):
            del data[-1:]
        return (pos, bytes(data))

    get_inline_data._gwlint_linear = True  # type: ignore[attr-defined]
    get_inline_data._gwlint_original = PDFContentParser.get_inline_data  # type: ignore[attr-defined]
    PDFContentParser.get_inline_data = get_inline_data  # type: ignore[method-assign]


# Predefined CMaps (PDF 32000-1 table 118) by name prefix → the character collection they index.  A CIDFont
# names its collection in CIDSystemInfo too, but that is a pair of strings, and strings are what an encrypting
# writer may leave in clear text (reportlab does, for fonts of PDFs opened with an empty password): pdfminer then
# "decrypts" them into bytes that name no collection and every glyph comes out as (cid:N).  The CMap's name is
# a PDF name, never encrypted, and fixes the collection as well; viewers read such files by it.
_CMAP_COLLECTIONS = (("UniGB", "Adobe-GB1"), ("GB", "Adobe-GB1"), ("UniCNS", "Adobe-CNS1"), ("B5", "Adobe-CNS1"),
                     ("ETen", "Adobe-CNS1"), ("HKscs", "Adobe-CNS1"), ("CNS", "Adobe-CNS1"),
                     ("UniJIS", "Adobe-Japan1"), ("UniKS", "Adobe-Korea1"), ("KSC", "Adobe-Korea1"))
_KNOWN_COLLECTIONS = {c for _, c in _CMAP_COLLECTIONS} | {"Adobe-Identity", "Adobe-UCS"}


def _guard_cid_collections() -> None:
    """Let a CIDFont whose CIDSystemInfo names no known collection take it from its predefined CMap's name."""
    from pdfminer import pdffont
    from pdfminer.cmapdb import CMapDB
    from pdfminer.psparser import literal_name

    original = pdffont.PDFCIDFont.__init__
    if getattr(original, "_gwlint_collection", False):
        return

    def __init__(self, rsrcmgr, spec, *args, **kwargs):
        original(self, rsrcmgr, spec, *args, **kwargs)
        if self.unicode_map is not None or self.cidcoding in _KNOWN_COLLECTIONS or "ToUnicode" in spec:
            return
        try:
            name = literal_name(spec.get("Encoding"))
        except Exception:  # noqa: BLE001 - an embedded CMap stream, or garbage: nothing to go by
            return
        if not isinstance(name, str):
            return
        collection = next((c for prefix, c in _CMAP_COLLECTIONS if name.startswith(prefix)), None)
        if collection is None:
            return
        try:
            self.unicode_map = CMapDB.get_unicode_map(collection, self.cmap.is_vertical())
        except (CMapDB.CMapNotFound, AttributeError):
            return
        self.cidcoding = collection

    __init__._gwlint_collection = True  # type: ignore[attr-defined]
    pdffont.PDFCIDFont.__init__ = __init__  # type: ignore[method-assign]


def open_plumber(data: bytes):
    """pdfplumber's PDF object for ``data``, or ReadError with advice."""
    try:
        pdfplumber = import_pdfplumber()
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadError("缺少 pdfplumber 组件，无法读取 PDF。请安装 gwlint 的完整依赖后再试。") from None
    _guard_reference_cycles()
    _guard_cid_collections()
    _guard_inline_data()
    _guard_page_boxes()
    from .cmapcache import install
    from .pdf_layers import install as hide_layers_off

    install()
    hide_layers_off()  # text in a layer switched off is not read  # pdfminer's CMaps from the user cache (~45 ms of a Chinese PDF's first page)
    try:
        return pdfplumber.open(io.BytesIO(data), raise_unicode_errors=False)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any pdfminer failure is a bad file
        if _out_of_memory(exc):
            raise ReadError(_MEMORY_MESSAGE, limit="memory") from None
        raise _open_error(exc) from None


def pdfminer_document(data: bytes):
    """pdfminer's document of ``data`` alone (cross-references and catalog, no page read), for a question about
    the catalog; raises what pdfminer raises."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    _guard_reference_cycles()
    return PDFDocument(PDFParser(io.BytesIO(data)))


_MEMORY_MESSAGE = "PDF 文件过于复杂，读取时内存不足。请拆分后再检查。"


def _out_of_memory(exc: BaseException, depth: int = 0) -> bool:
    """A MemoryError, also when a library wrapped it (pdfplumber's PdfminerException(e))."""
    if isinstance(exc, MemoryError):
        return True
    if depth > 4:
        return False
    inner = [exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
    return any(e is not None and _out_of_memory(e, depth + 1) for e in inner)


def guarded(build):
    """Run ``build()``; turn any failure inside a PDF library into ReadError."""
    try:
        return build()
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(_MEMORY_MESSAGE, limit="memory") from None
    except RecursionError:
        raise ReadError("PDF 文件结构异常（嵌套过深），无法读取。请重新导出 PDF 后再检查。") from None
    except Exception as exc:  # noqa: BLE001
        if _out_of_memory(exc):  # not a damaged file: the budget ran out (zlib inflating a bomb)
            raise ReadError(_MEMORY_MESSAGE, limit="memory") from None
        raise _open_error(exc) from None


def read_pdf(data: bytes, filename: str, engine: str = "pdfplumber") -> Document:
    """Read a PDF.  ``engine="pdfium"`` takes the characters from pypdfium2
    (about 30 times faster; pages it cannot read exactly like pdfplumber, such as
    pages with ruled tables, fall back to pdfplumber)."""
    if engine == "pdfium":
        from .pdf_fast import read_pdf_pdfium

        return read_pdf_pdfium(data, filename)
    if engine != "pdfplumber":
        raise ValueError(f"unknown PDF engine {engine!r} (choose from {', '.join(PDF_ENGINES)})")
    pdf = open_plumber(data)
    pages = None
    try:
        if not guarded(lambda: pdf.pages):
            # pdfminer believed a cross-reference table that misses its objects: PDFium rebuilds it
            from .pdf_fast import read_rebuilt

            rebuilt = read_rebuilt(data, filename)
            if rebuilt is not None:
                return rebuilt
        pages = _plumber_pages(pdf)
        return guarded(lambda: build_document(len(pdf.pages), pages, filename))
    finally:
        try:
            if pages is not None:
                pages.close()
            pdf.close()
        except Exception:  # noqa: BLE001
            pass


def _vertical(chars: list[dict]) -> bool:
    """Whether a page's glyphs stand in columns (竖排: each under the one before, columns apart) rather than in
    lines: far more glyphs touch the one below than the one to their right."""
    if len(chars) < 8:
        return False

    def pairs(key, gap) -> int:
        n = 0
        ordered = sorted(chars, key=key)
        for a, b in zip(ordered, ordered[1:]):
            h = max(a["bottom"] - a["top"], 1.0)
            if key(a)[0] == key(b)[0] and -0.1 * h <= gap(a, b) <= 0.3 * h:
                n += 1
        return n

    across = pairs(lambda c: (round(c["top"] / 2), c["x0"]), lambda a, b: b["x0"] - a["x1"])
    down = pairs(lambda c: (round(c["x0"] / 2), c["top"]), lambda a, b: b["top"] - a["bottom"])
    return down >= 8 and down > 3 * across


def build_document(n_pages: int, pages, filename: str, *, format: str = "pdf") -> Document:
    """Lay out the characters of ``pages`` (an iterable of :class:`PageChars`,
    consumed one page at a time) into a Document.

    Fixed-layout formats other than PDF (OFD, :mod:`.ofd`) feed their
    characters here too; ``format`` names the file type in messages."""
    label = format.upper()
    if n_pages == 0:
        raise ReadError(f"{label} 文件中没有页面，可能已损坏。请重新导出 {label} 后再检查。")
    if n_pages > MAX_PAGES:
        raise ReadError(f"{label} 共 {n_pages} 页，超过 {MAX_PAGES} 页的上限。请拆分后再检查。")
    doc = Document(path=filename, format=format, page_count=n_pages)
    page_lines: list[list[_Line]] = []
    page_tables: list[list[_Table]] = []
    heights: list[float] = []
    widths: list[float] = []
    cid_chars = total_chars = rotated = cropped = 0
    rotated_pages: list[int] = []
    for idx, pc in enumerate(pages, 1):
        raw, vectors, images = pc.chars, pc.vectors, pc.images
        width, height = pc.width, pc.height
        widths.append(width)
        chars = []
        page_rotated = 0
        for c in raw:
            t = c.get("text")
            if not t:
                continue
            if not c.get("upright", True):
                page_rotated += 1  # watermarks and rotated stamps are not body text
                continue
            if c["x1"] < 0 or c["x0"] > width or c["bottom"] < 0 or c["top"] > height:
                continue
            if pc.shown is not None and not _inside(c, pc.shown):
                cropped += not t.isspace()  # drawn outside the crop box: no viewer shows or prints it
                continue
            chars.append(c)
        if len(chars) > MAX_CHARS_PER_PAGE:
            raise ReadError(f"{label} 第 {idx} 页包含的字符数异常（超过 {MAX_CHARS_PER_PAGE} 个），无法检查。")
        rotated += page_rotated
        visible = [c for c in chars if not c["text"].isspace()]
        if page_rotated > len(visible):
            rotated_pages.append(idx)
        if not visible and page_rotated >= 8:
            pass  # only turned text: told below as a sideways page
        elif not visible:
            if images or vectors >= 20:  # a scan, or text converted to outlines
                doc.pages_without_text.append(idx)
            page_lines.append([])
            page_tables.append([])
            heights.append(height)
            continue
        if page_rotated > len(visible) or _vertical(visible):
            # 竖排 (glyphs stacked in columns) or text turned on its side: no horizontal line to read
            doc.pages_without_text.append(idx)
            doc.pages_sideways.append(idx)
            rotated -= page_rotated  # told as a sideways page, not as stray turned glyphs
            page_lines.append([])
            page_tables.append([])
            heights.append(height)
            continue
        total_chars += len(visible)
        page_cids = sum(1 for c in visible if c["text"].startswith("(cid:"))
        cid_chars += page_cids
        if page_cids * 2 > len(visible):
            # mostly glyphs without a Unicode mapping: no usable text (GW002), and the
            # "(cid:4191)" garbage is not linted as if it were the draft
            doc.pages_without_text.append(idx)
            doc.pages_unmapped.append(idx)
            page_lines.append([])
            page_tables.append([])
            heights.append(height)
            continue
        tables, rest = pc.tables(chars, idx) if pc.tables is not None else ([], chars)
        page_lines.append(_page_lines(rest, idx, pc.rules, columns=not tables))
        page_tables.append(tables)
        heights.append(height)
    rotated_pages = [p for p in rotated_pages if p not in doc.pages_sideways]
    if rotated_pages:
        doc.notes.append(
            f"{label} 第 {'、'.join(map(str, rotated_pages))} 页的文字大多为旋转或竖排，未能按正文提取，请人工核对。")
    elif rotated:
        doc.notes.append(f"{label} 中有 {rotated} 个旋转排列的字符（如水印），已忽略。")
    if cropped:
        doc.notes.append(f"{label} 中有 {cropped} 个字符画在页面的裁剪框（CropBox）之外，阅读器不显示、不打印，没有读取。")
    if total_chars and cid_chars > 0.1 * total_chars:
        doc.notes.append(f"{label} 中部分字体缺少字符映射，提取出的文字可能不完整或显示为 (cid:N)。建议从原文件重新导出 {label}。")
    all_lines = [ln for pl in page_lines for ln in pl]
    if not all_lines and not any(page_tables):
        return doc
    page_width = Counter(round(w) for w in widths).most_common(1)[0][0]
    geo = _geometry(all_lines, page_width) if all_lines else _Geometry(0.0, 1.0, 12.0, 6.0, 1.0)
    _classify_running(page_lines, heights, geo.body_size)
    body_for_geo = [ln for ln in all_lines if ln.role == "body"]
    if body_for_geo and len(body_for_geo) != len(all_lines):
        geo = _geometry(body_for_geo, page_width)
    block = _lay_out_columns(page_lines, geo)
    if block is not None and geo.right < block[1] - 0.5 * geo.body_size:
        # the text block was measured on the left column's full lines (the right column's lines start in the
        # right half of the page and do not count for it): the lines across the page are set in both columns' block
        geo = _Geometry(block[0], block[1], geo.body_size, geo.line_gap, block[1], False)
    builder = _Builder(geo)
    for lines, tables in zip(page_lines, page_tables):
        items: list[tuple[float, int, object]] = []
        for ln in lines:
            if ln.role in ("header", "footer"):
                side = doc.headers if ln.role == "header" else doc.footers
                shown = ln.spaced or ln.text
                if shown not in side:
                    side.append(shown)
            else:
                items.append((ln.top, 1, ln))
        for t in tables:
            items.append((t.top, 0, t))
        items.sort(key=lambda it: (it[0], it[1]))
        for _, kind, obj in items:
            if kind == 0:
                builder.add_table(obj)  # type: ignore[arg-type]
            else:
                builder.add_line(obj)  # type: ignore[arg-type]
    doc.paragraphs = builder.paragraphs()
    doc.renumber()
    return doc

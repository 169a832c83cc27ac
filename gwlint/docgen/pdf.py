"""Render a draft (list of :class:`Block`) as a GB/T 9704-like PDF with reportlab.

The output is meant for tests and sample documents: A4, 37 mm top and 28 mm left
margin, a 156 × 225 mm text block with 22 lines of 16 pt text, first-line indents
of two characters, justified body lines, centred titles, right-aligned signature
and date, simple grid tables and ``— N —`` page numbers below the text block.

Only the CID font STSong-Light is used: it needs no font file and pdfplumber
extracts its text exactly.  Bold and the 黑体/楷体 faces of real 公文 are not
reproduced (the text and the geometry are what matters here).
"""
from __future__ import annotations

import math
import re
from typing import IO, Union

from . import Block

MM = 72.0 / 25.4
PAGE_W = 210 * MM
PAGE_H = 297 * MM
LEFT = 28 * MM
TOP = 37 * MM
TEXT_W = 156 * MM
TEXT_H = 225 * MM
BODY_PT = 16.0
LINE_PITCH = TEXT_H / 22  # GB/T 9704: 22 lines per page
TABLE_PT = 14.0
TABLE_PITCH = TABLE_PT * 1.45
TABLE_PAD = 4.0
FOOTER_PT = 14.0
FONT = "STSong-Light"
RED = (0.85, 0.0, 0.0)

# Chinese line-breaking rules (避头尾): closing punctuation must not start a line
# (it is allowed to hang past the right edge instead), opening punctuation must
# not end one.
_NO_LINE_START = set("，。、；：？！）》」』”’〕】〉．,.;:?!)%")
_NO_LINE_END = set("（《「『“‘〔【〈(")

# Latin/digit runs stay together; every other character may be broken after.
_TOKEN_RE = re.compile(r"[\x21-\x7e]+|\s+|.", re.S)

_font_ready = False
# Characters STSong-Light draws nothing for, drawn as a code point of the same glyph that its
# encoding has: the 间隔号 · (U+00B7) comes back from the PDF as U+00B7 when written as U+30FB.
_CID_SAFE = str.maketrans({"\u00b7": "\u30fb"})


def _register_font() -> None:
    global _font_ready
    if _font_ready:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    _font_ready = True


def string_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if "\t" in text:  # a tab: at least one character's gap, up to the next stop (see Writer.draw_line)
        return sum(string_width(seg, size) for seg in text.split("\t")) + text.count("\t") * TAB_STOP_CHARS * size
    return stringWidth(text, FONT, size)


# Tab stops every two characters from the start of the line, as Word's default (0.74 cm at 3号) nearly is;
# the CID font draws nothing for a tab, so the writer moves the pen itself.
TAB_STOP_CHARS = 2


def _split_long_token(tok: str, size: float, avail: float) -> list[str]:
    """Break a Latin run wider than a whole line into pieces that fit."""
    pieces, cur = [], ""
    for ch in tok:
        if cur and string_width(cur + ch, size) > avail:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def wrap(text: str, size: float, first_avail: float, rest_avail: float) -> list[str]:
    """Greedy line breaking: CJK may break anywhere, Latin runs are kept whole.

    Closing punctuation that does not fit hangs past the edge (at most one
    character); opening punctuation is carried to the next line.
    """
    tokens: list[str] = []
    for tok in _TOKEN_RE.findall(text):
        if not tok.isspace() and len(tok) > 1 and string_width(tok, size) > rest_avail:
            tokens.extend(_split_long_token(tok, size, rest_avail))
        else:
            tokens.append(tok)
    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0.0
    avail = first_avail
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isspace() and not cur:
            i += 1  # no leading spaces on a wrapped line
            continue
        tw = string_width(tok, size)
        if not cur or cur_w + tw <= avail + 0.01 or tok.isspace():
            cur.append(tok)
            cur_w += tw
            i += 1
            continue
        if tok in _NO_LINE_START and len(tok) == 1:
            cur.append(tok)  # hanging punctuation, past the edge
            i += 1
            lines.append("".join(cur).rstrip())
            cur, cur_w, avail = [], 0.0, rest_avail
            continue
        carried: list[str] = []
        while len(cur) > 1 and (cur[-1] in _NO_LINE_END or cur[-1].isspace()):
            tail = cur.pop()
            if not tail.isspace():
                carried.insert(0, tail)
        lines.append("".join(cur).rstrip())
        cur = carried
        cur_w = sum(string_width(t, size) for t in cur)
        avail = rest_avail
    if cur:
        lines.append("".join(cur).rstrip())
    return [ln for ln in lines if ln] or [""]


def _balanced_wrap(text: str, size: float, avail: float) -> list[str]:
    """Wrap a title into lines of similar length (梯形/菱形), each within ``avail``."""
    total = string_width(text, size)
    if total <= avail:
        return [text]
    n = math.ceil(total / avail)
    for _ in range(3):
        target = total / n + size * 0.5
        lines = wrap(text, size, min(target, avail), min(target, avail))
        if len(lines) <= n:
            return lines
        n += 1
    return wrap(text, size, avail, avail)


class PdfWriter:
    def __init__(self, target: Union[str, IO[bytes], None], canvas=None) -> None:
        """Lay out onto reportlab's canvas for ``target``, or onto ``canvas``: any
        object with the calls used here (the OFD writer, :mod:`.ofd`, records them)."""
        _register_font()
        if canvas is None:
            from reportlab.pdfgen.canvas import Canvas

            canvas = Canvas(target, pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.c = canvas
        self.page = 1
        self.y = 0.0  # distance from the top of the text block, in points
        self.page_has_content = False

    # -- page handling ---------------------------------------------------
    def _footer(self) -> None:
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT, FOOTER_PT)
        baseline = PAGE_H - TOP - TEXT_H - 7 * MM - FOOTER_PT * 0.88
        c.drawCentredString(LEFT + TEXT_W / 2, baseline, f"— {self.page} —")

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = 0.0
        self.page_has_content = False

    def ensure(self, height: float) -> None:
        if self.y + height > TEXT_H + 0.01 and self.page_has_content:
            self.new_page()

    def skip(self, height: float) -> None:
        """Vertical white space; dropped at the top of a page."""
        if self.page_has_content:
            self.y = min(self.y + height, TEXT_H)

    def finish(self) -> None:
        self._footer()
        self.c.showPage()
        self.c.save()

    # -- drawing -----------------------------------------------------------
    def _baseline(self, size: float, pitch: float) -> float:
        return PAGE_H - TOP - self.y - (pitch - size) / 2 - size * 0.88

    def draw_line(self, text: str, x: float, size: float, pitch: float,
                  justify_to: float | None = None, color=(0, 0, 0)) -> None:
        """Draw one line at the cursor, stretched to ``justify_to`` points if given."""
        self.ensure(pitch)
        c = self.c
        if "\t" in text:
            self._tabbed_line(text, x, size, pitch, color)
            return
        natural = string_width(text, size)
        char_space = 0.0
        if justify_to is not None and len(text) > 1 and natural < justify_to:
            char_space = (justify_to - natural) / (len(text) - 1)
        t = c.beginText()
        t.setFont(FONT, size)
        t.setFillColorRGB(*color)
        t.setCharSpace(char_space)
        t.setTextOrigin(x, self._baseline(size, pitch))
        t.textOut(text.translate(_CID_SAFE))
        if char_space:
            t.setCharSpace(0)  # Tc is graphics state: it would outlive this text object
        c.drawText(t)
        self.y += pitch
        self.page_has_content = True

    def _tabbed_line(self, text: str, x: float, size: float, pitch: float, color) -> None:
        """A line typed with tabs: each piece at the next tab stop after the previous one."""
        stop = TAB_STOP_CHARS * size
        pen = x
        for k, seg in enumerate(text.split("\t")):
            if k:
                pen = x + (int((pen - x) / stop) + 1) * stop
                if pen - prev_end < size:  # never less than a character's gap
                    pen += stop
            t = self.c.beginText()
            t.setFont(FONT, size)
            t.setFillColorRGB(*color)
            t.setTextOrigin(pen, self._baseline(size, pitch))
            t.textOut(seg.translate(_CID_SAFE))
            self.c.drawText(t)
            pen += string_width(seg, size)
            prev_end = pen
        self.y += pitch
        self.page_has_content = True

    def paragraph(self, text: str, size: float = BODY_PT, *, first_indent: float = 0.0,
                  rest_indent: float = 0.0, right_indent: float = 0.0, align: str = "justify",
                  pitch: float | None = None, color=(0, 0, 0), balanced: bool = False) -> None:
        pitch = pitch or (LINE_PITCH if size <= 22 else size * 1.25)
        width = TEXT_W - right_indent
        if balanced:
            lines = _balanced_wrap(text, size, width)
        else:
            lines = wrap(text, size, width - first_indent, width - rest_indent)
        for i, line in enumerate(lines):
            indent = first_indent if i == 0 else rest_indent
            last = i == len(lines) - 1
            if align == "center":
                x = LEFT + (width - string_width(line, size)) / 2
                self.draw_line(line, x, size, pitch, color=color)
            elif align == "right":
                x = LEFT + width - string_width(line, size)
                self.draw_line(line, x, size, pitch, color=color)
            else:
                justify_to = None if last else width - indent
                self.draw_line(line, LEFT + indent, size, pitch, justify_to, color=color)

    def rule(self, color=(0, 0, 0), width: float = 0.75, gap_after: float = 0.0) -> None:
        y = PAGE_H - TOP - self.y
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(LEFT, y, LEFT + TEXT_W, y)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.y += gap_after

    def table(self, rows: list[list[str]]) -> None:
        ncols = max((len(r) for r in rows), default=0)
        if not ncols:
            return
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        min_w = 2 * TABLE_PT + 2 * TABLE_PAD
        desired = [
            max(min_w, min(TEXT_W * 0.6, max(string_width(r[j], TABLE_PT) for r in rows) + 2 * TABLE_PAD))
            for j in range(ncols)
        ]
        scale = TEXT_W / sum(desired)
        widths = [d * scale for d in desired]
        self.skip(LINE_PITCH * 0.3)
        c = self.c
        c.setLineWidth(0.75)
        c.setStrokeColorRGB(0, 0, 0)
        for row in rows:
            cell_lines = [
                wrap(cell, TABLE_PT, w - 2 * TABLE_PAD, w - 2 * TABLE_PAD) if cell else []
                for cell, w in zip(row, widths)
            ]
            height = max(1, max(len(cl) for cl in cell_lines)) * TABLE_PITCH + 2 * TABLE_PAD
            self.ensure(height)
            top = PAGE_H - TOP - self.y
            x = LEFT
            for lines, w in zip(cell_lines, widths):
                c.rect(x, top - height, w, height, stroke=1, fill=0)
                for k, line in enumerate(lines):
                    baseline = top - TABLE_PAD - k * TABLE_PITCH - (TABLE_PITCH - TABLE_PT) / 2 - TABLE_PT * 0.88
                    c.setFillColorRGB(0, 0, 0)
                    c.setFont(FONT, TABLE_PT)
                    c.drawString(x + TABLE_PAD, baseline, line.translate(_CID_SAFE))
                x += w
            self.y += height
            self.page_has_content = True
        self.skip(LINE_PITCH * 0.3)


def write_pdf(blocks: list[Block], path_or_file: Union[str, IO[bytes]]) -> None:
    """Write ``blocks`` as a PDF to a path or a binary file object."""
    render(blocks, PdfWriter(str(path_or_file) if hasattr(path_or_file, "__fspath__") else path_or_file))


def render(blocks: list[Block], w: PdfWriter) -> None:
    """Lay out ``blocks`` page by page through ``w`` (GB/T 9704 geometry)."""
    for t in (b.text for b in blocks if b.role == "title"):
        w.c.setTitle(t)
        break
    prev = ""
    for b in blocks:
        role, text = b.role, b.text
        if role == "page_break":
            if w.page_has_content:
                w.new_page()
        elif role == "table":
            w.table(b.rows)
        elif role == "issuer_mark":
            size = min(36.0, TEXT_W / max(1, len(text)) * 0.95)
            w.skip(LINE_PITCH)
            w.paragraph(text, size, align="center", color=RED)
        elif role == "doc_number":
            w.skip(LINE_PITCH if prev == "issuer_mark" else 0)
            w.paragraph(text, BODY_PT, align="center")
            w.y += 4 * MM
            w.rule(RED, 2.0, gap_after=LINE_PITCH)
        elif role == "signer_line":
            w.paragraph(text, BODY_PT, align="right", right_indent=BODY_PT)
        elif role in ("title", "attachment_title"):
            if prev not in ("doc_number", "attachment_label", ""):
                w.skip(LINE_PITCH)
            w.paragraph(text, 22.0, align="center", balanced=True)
            w.skip(LINE_PITCH * 0.5)
        elif role == "recipients":
            w.paragraph(text, BODY_PT)
        elif role in ("signature", "date"):
            if prev not in ("signature", "date"):
                w.skip(LINE_PITCH)
            w.paragraph(text, BODY_PT, align="right", right_indent=4 * BODY_PT)
        elif role == "attachment_label":
            w.paragraph(text, BODY_PT, align="left")
        elif role in ("cc", "printer"):
            _imprint(w, role, text, prev)
        elif role == "attachment_note":
            w.paragraph(text, BODY_PT, first_indent=2 * BODY_PT,
                        rest_indent=2 * BODY_PT + _hang(text, BODY_PT))
        else:  # body, headings, note
            w.paragraph(text, BODY_PT, first_indent=2 * BODY_PT)
        prev = role
    w.finish()


def _hang(text: str, size: float) -> float:
    """Width of a leading label such as 附件： or 抄送： (continuation lines align after it)."""
    m = re.match(r"^[^：:]{1,6}[：:]", text)
    return string_width(m.group(0), size) if m else 0.0


def _imprint(w: PdfWriter, role: str, text: str, prev: str) -> None:
    """版记: 14 pt, one character in from both edges, ruled above and below."""
    size = 14.0
    if prev not in ("cc", "printer"):
        w.skip(LINE_PITCH)
        w.ensure(LINE_PITCH)
        w.rule(width=0.75)
    if role == "cc":
        w.paragraph(text, size, first_indent=size, rest_indent=size + _hang(text, size),
                    right_indent=size)
        return
    # printer: 印发机关 flush left, 印发日期 flush right on the same line
    parts = text.split(None, 1)
    w.ensure(LINE_PITCH)
    if len(parts) == 2:
        y0 = w.y
        w.draw_line(parts[0], LEFT + size, size, LINE_PITCH)
        w.y = y0
        w.draw_line(parts[1], LEFT + TEXT_W - size - string_width(parts[1], size), size, LINE_PITCH)
    else:
        w.paragraph(text, size, first_indent=size, rest_indent=size, right_indent=size)
    w.rule(width=0.75)

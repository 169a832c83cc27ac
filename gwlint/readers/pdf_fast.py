"""Fast character source for the PDF reader: PDFium (pypdfium2) instead of pdfminer.

pdfminer parses every content stream in Python; PDFium does it in C.  Measured
with ``bench/bench_pdf.py`` the whole read (characters and layout) takes about
9 ms a page on the pdfplumber path and 4 ms on this one.  Only the source of
the characters changes: each page becomes the same :class:`~.pdf.PageChars`
that the pdfplumber path produces, and :func:`~.pdf.build_document` lays them
out into lines and paragraphs with the same code.

The fields are taken as pdfminer would give them:

* ``x0``/``x1``: the loose character box (origin to advance width, as pdfminer's);
* ``size``: the font size times the vertical scale of the character matrix
  (pdfminer's box height); ``bottom``: the loose box's bottom (baseline plus
  the font's descent), ``top = bottom - size``;
* ``upright``: from the character matrix, with the test of ``_scan_layout``;
* generated characters (the spaces and line breaks PDFium infers) are skipped,
  so text is never built from PDFium's reading order, only from the boxes.

A page is handed to pdfplumber instead (same result as the default path, at its
cost) when PDFium's view could differ from pdfminer's: it may hold a ruled
table (a path reaching 3 pt in height, pdfplumber's shortest table edge), it
has no visible text (scan or outlined text: pdfminer counts the images and
curves), a glyph without a Unicode mapping (pdfminer's ``(cid:N)``), a
rotated page or a media box not at the origin.  A file PDFium cannot open is
read by pdfplumber, which words the error.
"""
from __future__ import annotations

import ctypes

from ..model import Document, ReadError
from .pdf import PageChars, build_document, guarded, open_plumber, plumber_page, read_pdf

# A ruled table needs vertical edges; pdfplumber ignores edges shorter than 3 pt.
TABLE_EDGE_MIN = 3.0
_PAGEOBJ_PATH = 2
_PAGEOBJ_IMAGE = 3
_PAGEOBJ_FORM = 5


class _Fallback(Exception):
    """This page must be read by pdfplumber."""


def _path_height(raw, obj) -> float:
    """Height of a path's geometry on the page (its points, without the stroke
    width that its bounds include: a 2 pt rule has 4 pt bounds)."""
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return float("inf")
    x, y = ctypes.c_float(), ctypes.c_float()
    lo, hi = float("inf"), float("-inf")
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, x, y):
            return float("inf")
        py = m.b * x.value + m.d * y.value + m.f
        lo, hi = min(lo, py), max(hi, py)
        if hi - lo >= TABLE_EDGE_MIN:
            break
    return hi - lo if hi >= lo else 0.0


def _graphics(raw, page_handle, height: float = 0.0) -> tuple[int, int, bool, tuple]:
    """(paths, images, may hold a table, horizontal rules as (x0, x1, y)) of a page, forms included (their
    rules not: a form's points are in its own space)."""
    paths = images = 0
    rules: list[tuple[float, float, float]] = []
    tall = False
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()

    def walk(count, get, parent, depth) -> None:
        nonlocal paths, images, tall
        for k in range(count(parent)):
            obj = get(parent, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == _PAGEOBJ_PATH:
                paths += 1
                got = raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                if got and depth == 0 and top.value - bottom.value <= 3 and right.value - left.value >= 20:
                    rules.append((left.value, right.value, height - (top.value + bottom.value) / 2))
                if not tall and got:
                    if top.value - bottom.value >= TABLE_EDGE_MIN:
                        # inside a form the points are in the form's space: keep the bounds
                        tall = depth > 0 or _path_height(raw, obj) >= TABLE_EDGE_MIN
            elif kind == _PAGEOBJ_IMAGE:
                images += 1
            elif kind == _PAGEOBJ_FORM and depth < 15:
                walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, depth + 1)

    walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page_handle, 0)
    return paths, images, tall, tuple(rules)


def _page_chars(raw, page) -> PageChars:
    """Characters of one PDFium page, or _Fallback."""
    if page.get_rotation() % 360:
        raise _Fallback("rotated page")
    mb = page.get_mediabox()
    if abs(mb[0]) > 0.01 or abs(mb[1]) > 0.01 or page.get_cropbox() != mb:
        raise _Fallback("media box offset or crop box")
    width, height = mb[2] - mb[0], mb[3] - mb[1]
    paths, images, tall, rules = _graphics(raw, page.raw, height)
    if tall:
        raise _Fallback("vector graphics that may rule a table")
    tp = page.get_textpage()
    try:
        h = tp.raw
        n = raw.FPDFText_CountChars(h)
        if n < 0:
            raise _Fallback("no text page")
        box = raw.FS_RECTF()
        m = raw.FS_MATRIX()
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
        map_error, font_size = raw.FPDFText_HasUnicodeMapError, raw.FPDFText_GetFontSize
        get_box, get_matrix, font_info = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetMatrix, raw.FPDFText_GetFontInfo
        get_origin = raw.FPDFText_GetCharOrigin
        ox, oy = ctypes.c_double(), ctypes.c_double()
        chars: list[dict] = []
        visible = 0
        for i in range(n):
            if is_generated(h, i) == 1:
                continue
            if map_error(h, i) == 1:
                raise _Fallback("glyph without Unicode mapping")
            u = get_unicode(h, i)
            if not u or u == 0xFFFE or u == 0xFFFF or 0xD800 <= u <= 0xDFFF:
                raise _Fallback("character without Unicode value")
            if u == 0x30FB:
                # Adobe-GB1's middle dot without a ToUnicode map: pdfminer reads the 间隔号 U+00B7, PDFium
                # the katakana U+30FB; let pdfplumber read the page so both engines give the same text
                raise _Fallback("middle dot read differently by the two engines")
            t = chr(u)
            if not get_box(h, i, box) or not get_matrix(h, i, m):
                raise _Fallback("character box")
            a, b, c, d = m.a, m.b, m.c, m.d
            upright = a > 0 and abs(b) <= 0.05 * a
            if upright and (not get_origin(h, i, ox, oy) or abs(box.left - ox.value) > 0.01 * (a + 1.0)):
                # Without the font's ascent and descent PDFium falls back to the
                # glyph's ink box: a quote mark's ink sits off its advance box,
                # enough to sort it past its neighbour.  pdfminer's box starts at
                # the origin; trust only boxes that do too.
                raise _Fallback("character box not at the glyph origin")
            scale = (c * c + d * d) ** 0.5
            size = font_size(h, i) * (scale if scale > 0 else 1.0)
            k = font_info(h, i, buf, 256, flags)
            fontname = buf.raw[:k - 1].decode("utf-8", "replace") if k > 0 else None
            bottom = height - box.bottom
            chars.append({
                "text": t, "x0": box.left, "x1": box.right, "top": bottom - size, "bottom": bottom,
                "size": size, "fontname": fontname, "upright": upright,
            })
            if not t.isspace():
                visible += 1
        if not visible:
            raise _Fallback("no visible text")
        _soft_hyphen_advance(chars)
    finally:
        tp.close()
    return PageChars(chars, float(width), float(height), images, paths, None, rules=rules)


def _soft_hyphen_advance(chars: list[dict]) -> None:
    """A soft hyphen is a hyphen when drawn with an advance, else invisible (readers.pdf._make_line).  PDFium's box
    gives a zero-advance one the width of a hyphen; the next glyph, drawn where it starts, tells it as pdfminer does."""
    for k, c in enumerate(chars[:-1]):
        if c["text"] == "\u00ad":
            nxt = chars[k + 1]
            if abs(nxt["bottom"] - c["bottom"]) < 0.2 * c["size"] and abs(nxt["x0"] - c["x0"]) < 0.1 * c["size"]:
                c["x1"] = c["x0"]


def _pages(pdf, raw, data: bytes, stats: dict):
    plumber = None
    try:
        for idx in range(len(pdf)):
            page = pdf[idx]
            try:
                try:
                    pc = _page_chars(raw, page)
                except _Fallback as why:
                    pc = None
                    stats.setdefault("fallback", []).append((idx + 1, str(why)))
            finally:
                page.close()
            if pc is not None:
                yield pc
                continue
            if plumber is None:
                plumber = open_plumber(data)
            pp = plumber.pages[idx]
            try:
                yield plumber_page(pp)
            finally:
                pp.close()
    finally:
        if plumber is not None:
            try:
                plumber.close()
            except Exception:  # noqa: BLE001
                pass


def read_pdf_pdfium(data: bytes, filename: str, stats: dict | None = None) -> Document:
    """Read a PDF with PDFium's characters (see the module docstring).

    ``stats``, when given, receives ``fallback``: the pages read by pdfplumber
    and why (for tests and benchmarks)."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - pypdfium2 comes with pdfplumber
        return read_pdf(data, filename)
    from .pdf_layers import has_hidden_layers

    if has_hidden_layers(data):  # PDFium extracts text of layers switched off: pdfplumber's path leaves it out
        if stats is not None:
            stats["fallback"] = "file"
        return read_pdf(data, filename)
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - pdfplumber reads it or words the error (password, damage)
        if stats is not None:
            stats["fallback"] = "file"
        return read_pdf(data, filename)
    stats = stats if stats is not None else {}
    pages = _pages(pdf, raw, data, stats)
    try:
        return guarded(lambda: build_document(len(pdf), pages, filename))
    except ReadError as exc:
        if exc.limit:
            raise
        # PDFium gives up on damage pdfminer reads around (a page tree that lists itself,
        # a /Count that lies): the engines must agree, and pdfplumber is the reference
        stats["fallback"] = "file"
    finally:
        pages.close()
        pdf.close()
    return read_pdf(data, filename)


def read_rebuilt(data: bytes, filename: str) -> Document | None:
    """PDFium's reading of a file in which pdfminer found no page, or None.

    A cross-reference table whose offsets miss their objects (bytes inserted or removed before them by an editor,
    or a transfer in text mode) is a table pdfminer believes: it finds no catalog and no page.  PDFium, like the
    viewers, rebuilds the table by scanning the objects.  None when it finds no page either, or when a page is
    one only pdfplumber reads exactly (the file is then refused as damaged, as before)."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        pdf = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - PDFium cannot open it either
        return None

    needs_plumber = []

    def pages():
        for idx in range(len(pdf)):
            page = pdf[idx]
            try:
                pc = _page_chars(raw, page)
            except _Fallback:
                needs_plumber.append(idx)
                return
            finally:
                page.close()
            yield pc

    try:
        if len(pdf) == 0:
            return None
        doc = guarded(lambda: build_document(len(pdf), pages(), filename))
        return None if needs_plumber else doc
    finally:
        pdf.close()

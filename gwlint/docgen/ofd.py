"""Render a draft (list of :class:`Block`) as an OFD (GB/T 33190) with the PDF's geometry.

The page layout is the PDF writer's (:func:`.pdf.render`): it draws onto
:class:`_Recorder` instead of a reportlab canvas, which keeps every text run
(position, size, character spacing, colour), rule and table frame, and
:func:`write_ofd` writes them as OFD pages in millimetres from the top-left
corner.  Character offsets (``DeltaX``) are the widths reportlab gives the same
font, so an OFD and a PDF of one draft put every character in the same place.

Options reproduce what real OFD producers do, for the reader's tests:

* ``issuer_mark="outline"``: the red 发文机关标志 drawn as filled outlines
  (``PathObject``, one per glyph) instead of text, as converters do with
  decorative fonts;
* ``split_runs``: text runs cut into small pieces ("202" + "3" + "年"), some
  as separate ``TextObject``, some as several ``TextCode`` of one object,
  sometimes with ``g N v`` repeats and with or without the last glyph's advance;
* ``ctm``: text placed in points through a ``CTM`` that scales to millimetres;
* ``template``: the red 版头 (mark, rule and anything else red on page 1) drawn
  on a ``TemplatePage`` that page 1 refers to, not in the page itself;
* ``unlisted_page``: a page folder in the zip that ``Document.xml`` does not list
  (its text must not be read).
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import IO, Union
from xml.sax.saxutils import escape, quoteattr

from . import Block
from .pdf import FONT, MM, PAGE_H, PAGE_W, RED, PdfWriter, string_width, render

NS = "http://www.ofdspec.org/2016"
OUTLINE_TEXT = "outline"


@dataclass
class _Run:
    text: str
    x: float  # points, PDF space (origin bottom-left)
    y: float  # baseline
    size: float
    char_space: float
    color: tuple


@dataclass
class _Path:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    color: tuple
    rect: bool = False


@dataclass
class _Page:
    runs: list[_Run] = field(default_factory=list)
    paths: list[_Path] = field(default_factory=list)


class _TextObj:
    """reportlab's text object, as far as the PDF writer uses it."""

    def __init__(self) -> None:
        self.size = 12.0
        self.color = (0, 0, 0)
        self.char_space = 0.0
        self.x = self.y = 0.0
        self.runs: list[_Run] = []

    def setFont(self, name, size) -> None:  # noqa: N802 - reportlab's names
        self.size = float(size)

    def setFillColorRGB(self, r, g, b) -> None:  # noqa: N802
        self.color = (r, g, b)

    def setCharSpace(self, cs) -> None:  # noqa: N802
        self.char_space = float(cs)

    def setTextOrigin(self, x, y) -> None:  # noqa: N802
        self.x, self.y = float(x), float(y)

    def textOut(self, text) -> None:  # noqa: N802
        self.runs.append(_Run(text, self.x, self.y, self.size, self.char_space, self.color))
        self.x += string_width(text, self.size) + self.char_space * len(text)


class _Recorder:
    """The canvas calls of :class:`.pdf.PdfWriter`, recorded page by page."""

    def __init__(self) -> None:
        self.pages: list[_Page] = [_Page()]
        self.size = 12.0
        self.fill = (0, 0, 0)
        self.stroke = (0, 0, 0)
        self.line_width = 1.0
        self.title = ""

    def setTitle(self, t) -> None:  # noqa: N802
        self.title = t

    def setFont(self, name, size) -> None:  # noqa: N802
        self.size = float(size)

    def setFillColorRGB(self, r, g, b) -> None:  # noqa: N802
        self.fill = (r, g, b)

    def setStrokeColorRGB(self, r, g, b) -> None:  # noqa: N802
        self.stroke = (r, g, b)

    def setLineWidth(self, w) -> None:  # noqa: N802
        self.line_width = float(w)

    def beginText(self) -> _TextObj:  # noqa: N802
        return _TextObj()

    def drawText(self, t: _TextObj) -> None:  # noqa: N802
        self.pages[-1].runs.extend(t.runs)

    def drawString(self, x, y, text) -> None:  # noqa: N802
        self.pages[-1].runs.append(_Run(text, float(x), float(y), self.size, 0.0, self.fill))

    def drawCentredString(self, x, y, text) -> None:  # noqa: N802
        self.drawString(float(x) - string_width(text, self.size) / 2, y, text)

    def line(self, x1, y1, x2, y2) -> None:
        self.pages[-1].paths.append(_Path(x1, y1, x2, y2, self.line_width, self.stroke))

    def rect(self, x, y, w, h, stroke=1, fill=0) -> None:
        self.pages[-1].paths.append(_Path(x, y, x + w, y + h, self.line_width, self.stroke, rect=True))

    def showPage(self) -> None:  # noqa: N802
        self.pages.append(_Page())

    def save(self) -> None:
        if self.pages and not self.pages[-1].runs and not self.pages[-1].paths:
            self.pages.pop()


# ---------------------------------------------------------------------------
# writing


def _mm(v: float) -> str:
    return f"{v / MM:.4f}".rstrip("0").rstrip(".") or "0"


def _n(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".") or "0"


def _color(c: tuple) -> str:
    return " ".join(str(round(v * 255)) for v in c)


def _deltas(values: list[float], compress: bool) -> str:
    """A DeltaX list, with runs of equal values as ``g N v`` when ``compress``."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and abs(values[j + 1] - values[i]) < 1e-9:
            j += 1
        n = j - i + 1
        if compress and n >= 3:
            out.append(f"g {n} {_n(values[i])}")
        else:
            out.extend(_n(values[i]) for _ in range(n))
        i = j + 1
    return " ".join(out)


def _pieces(text: str, split: bool, seed: int) -> list[tuple[int, str]]:
    """(offset, piece) of a run: whole, or cut at digit/CJK borders and every few characters."""
    if not split or len(text) < 2:
        return [(0, text)]
    cuts = {0, len(text)}
    for i in range(1, len(text)):
        if text[i].isdigit() != text[i - 1].isdigit():
            cuts.add(i)
    step = 3 + seed % 4
    cuts.update(range(step, len(text), step))
    c = sorted(cuts)
    return [(a, text[a:b]) for a, b in zip(c, c[1:])]


class _PageXml:
    def __init__(self, ids: list[int], ctm: bool, split: bool) -> None:
        self.ids = ids
        self.ctm = ctm
        self.split = split
        self.objs: list[str] = []
        self.seed = 0

    def _id(self) -> int:
        self.ids[0] += 1
        return self.ids[0]

    def text_run(self, r: _Run) -> None:
        """One run as one or more TextObjects; positions from reportlab's widths."""
        if not r.text:
            return
        adv = [string_width(ch, r.size) + r.char_space for ch in r.text]
        starts = [r.x]
        for a in adv[:-1]:
            starts.append(starts[-1] + a)
        self.seed += 1
        pieces = _pieces(r.text, self.split, self.seed)
        # split runs: alternate between one object per piece and several codes in one object
        groups: list[list[tuple[int, str]]] = []
        for k, p in enumerate(pieces):
            if groups and self.split and (self.seed + k) % 3 == 0:
                groups[-1].append(p)
            else:
                groups.append([p])
        for group in groups:
            self._text_object(r, group, starts, adv)

    def _text_object(self, r: _Run, group, starts, adv) -> None:
        first = group[0][0]
        last = group[-1][0] + len(group[-1][1])
        ox = starts[first]
        top = PAGE_H - r.y - r.size * 0.88 - 2
        width = starts[last - 1] + adv[last - 1] - ox + 2
        height = r.size * 1.2 + 4
        bx, by = ox - 1, top
        attrs = [f'ID="{self._id()}"', f'Boundary="{_mm(bx)} {_mm(by)} {_mm(width)} {_mm(height)}"',
                 'Font="1"']
        if self.ctm:  # object space in points; the CTM scales it to millimetres
            k = 1 / MM
            attrs.append(f'CTM="{_n(k)} 0 0 {_n(k)} 0 0" Size="{_n(r.size)}"')

            def u(v: float) -> str:
                return _n(v)
        else:
            attrs.append(f'Size="{_mm(r.size)}"')
            u = _mm
        codes = []
        for off, piece in group:
            deltas = adv[off:off + len(piece)]
            # the standard lists n-1 offsets; some producers add the last glyph's advance
            deltas = deltas if (self.seed + off) % 2 else deltas[:-1]
            dx = _deltas([float(u(d)) for d in deltas], compress=(self.seed + off) % 3 == 1)
            x = starts[off] - bx
            y = PAGE_H - r.y - by
            dx_attr = f' DeltaX="{dx}"' if dx else ""
            codes.append(f'<ofd:TextCode X="{u(x)}" Y="{u(y)}"{dx_attr}>{escape(piece)}</ofd:TextCode>')
        fill = "" if r.color == (0, 0, 0) else f'<ofd:FillColor Value="{_color(r.color)}"/>'
        self.objs.append(f'<ofd:TextObject {" ".join(attrs)}>{fill}{"".join(codes)}</ofd:TextObject>')

    def outline_run(self, r: _Run) -> None:
        """Each glyph of a run as a filled shape: lettering without text."""
        x = r.x
        s = r.size
        for ch in r.text:
            w = string_width(ch, s)
            top = PAGE_H - r.y - 0.88 * s
            # a few strokes and a bowl: enough curves and points to look like a glyph
            d = (f"M {_mm(0.1 * w)} {_mm(0.2 * s)} L {_mm(0.9 * w)} {_mm(0.2 * s)} L {_mm(0.9 * w)} {_mm(0.3 * s)} "
                 f"L {_mm(0.1 * w)} {_mm(0.3 * s)} C M {_mm(0.45 * w)} {_mm(0.05 * s)} L {_mm(0.55 * w)} {_mm(0.05 * s)} "
                 f"L {_mm(0.55 * w)} {_mm(0.95 * s)} L {_mm(0.45 * w)} {_mm(0.95 * s)} C "
                 f"M {_mm(0.2 * w)} {_mm(0.6 * s)} B {_mm(0.2 * w)} {_mm(0.9 * s)} {_mm(0.8 * w)} {_mm(0.9 * s)} "
                 f"{_mm(0.8 * w)} {_mm(0.6 * s)} B {_mm(0.8 * w)} {_mm(0.4 * s)} {_mm(0.2 * w)} {_mm(0.4 * s)} "
                 f"{_mm(0.2 * w)} {_mm(0.6 * s)} C")
            self.objs.append(
                f'<ofd:PathObject ID="{self._id()}" Boundary="{_mm(x)} {_mm(top)} {_mm(w)} {_mm(s)}" '
                f'Fill="true" Stroke="false"><ofd:FillColor Value="{_color(r.color)}"/>'
                f'<ofd:AbbreviatedData>{d}</ofd:AbbreviatedData></ofd:PathObject>')
            x += w + r.char_space

    def path(self, p: _Path) -> None:
        x0, x1 = sorted((p.x0, p.x1))
        top, bottom = sorted((PAGE_H - p.y0, PAGE_H - p.y1))
        w, h = x1 - x0, bottom - top
        if p.rect:
            d = f"M 0 0 L {_mm(w)} 0 L {_mm(w)} {_mm(h)} L 0 {_mm(h)} C"
        else:
            d = f"M {_mm(p.x0 - x0)} {_mm(PAGE_H - p.y0 - top)} L {_mm(p.x1 - x0)} {_mm(PAGE_H - p.y1 - top)}"
        color = f'<ofd:StrokeColor Value="{_color(p.color)}"/>'
        self.objs.append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="{_mm(x0)} {_mm(top)} {_mm(max(w, 0.01))} '
            f'{_mm(max(h, 0.01))}" LineWidth="{_mm(p.width)}">{color}'
            f'<ofd:AbbreviatedData>{d}</ofd:AbbreviatedData></ofd:PathObject>')

    def xml(self, template: str | None = None) -> str:
        tpl = f'<ofd:Template TemplateID="{template}" ZOrder="Background"/>' if template else ""
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">'
                f'<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>{tpl}'
                f'<ofd:Content><ofd:Layer ID="{self._id()}">{"".join(self.objs)}</ofd:Layer></ofd:Content></ofd:Page>')


def write_ofd(blocks: list[Block], path_or_file: Union[str, IO[bytes]], *, issuer_mark: str = "text",
              split_runs: bool = False, ctm: bool = False, template: bool = False,
              unlisted_page: bool = False) -> None:
    """Write ``blocks`` as an OFD to a path or a binary file object (options: module docstring)."""
    rec = _Recorder()
    render(blocks, PdfWriter(None, canvas=rec))
    rec.save()
    ids = [100]
    parts: dict[str, str] = {}
    tpl_xml: _PageXml | None = None
    page_entries = []
    for no, page in enumerate(rec.pages):
        px = _PageXml(ids, ctm, split_runs)
        on_template = template and no == 0
        if on_template:
            tpl_xml = _PageXml(ids, ctm, split_runs)
        for r in page.runs:
            red = r.color == RED
            target = tpl_xml if on_template and red and tpl_xml is not None else px
            if red and issuer_mark == OUTLINE_TEXT and r.size > 16:
                target.outline_run(r)
            else:
                target.text_run(r)
        for p in page.paths:
            target = tpl_xml if on_template and p.color == RED and tpl_xml is not None else px
            target.path(p)
        parts[f"Doc_0/Pages/Page_{no}/Content.xml"] = px.xml("2" if on_template else None)
        page_entries.append(f'<ofd:Page ID="{px._id()}" BaseLoc="Pages/Page_{no}/Content.xml"/>')
    if unlisted_page:
        stray = _PageXml(ids, ctm, split_runs)
        stray.text_run(_Run("本页不在文档页面列表中，不应读入。", 80.0, PAGE_H - 200.0, 16.0, 0.0, (0, 0, 0)))
        parts[f"Doc_0/Pages/Page_{len(rec.pages)}/Content.xml"] = stray.xml()
    tpl_decl = ""
    if tpl_xml is not None:
        parts["Doc_0/Tpls/Tpl_0/Content.xml"] = tpl_xml.xml()
        tpl_decl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>'
    max_id = ids[0]
    parts["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{max_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
        f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl_decl}</ofd:CommonData>'
        f'<ofd:Pages>{"".join(page_entries)}</ofd:Pages></ofd:Document>')
    parts["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        f'<ofd:Font ID="1" FontName={quoteattr(FONT)} FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    title = f"<ofd:Title>{escape(rec.title)}</ofd:Title>" if rec.title else ""
    parts["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>00000000000000000000000000000000</ofd:DocID>{title}'
        f'<ofd:Creator>gwlint.docgen</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
        f'</ofd:DocBody></ofd:OFD>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ["OFD.xml"] + sorted(n for n in parts if n != "OFD.xml"):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, parts[name].encode("utf-8"))
    data = buf.getvalue()
    if hasattr(path_or_file, "write"):
        path_or_file.write(data)  # type: ignore[union-attr]
    else:
        with open(path_or_file, "wb") as fh:
            fh.write(data)

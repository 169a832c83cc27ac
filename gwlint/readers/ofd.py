"""OFD reader (GB/T 33190-2016): the positioned characters of each page, laid
out into paragraphs by the PDF reader's layout code.

An OFD is a zip package of XML parts.  ``OFD.xml`` names the document root
(``DocRoot``, first ``DocBody``); its ``Document.xml`` lists the pages in order
(only those: a zip may hold page folders that are not part of the document)
and the template pages they draw on.  A page's ``Content.xml`` holds layers of
graphic units placed in millimetres from the page's top-left corner:

* ``TextObject``: ``Boundary`` (x y w h: the object's own origin), an optional
  ``CTM`` (a b c d e f, object space → boundary space), ``Size`` (font size in
  object space), ``HScale``, and one or more ``TextCode`` runs, each placed at
  ``X``/``Y`` (the first character's baseline origin) with ``DeltaX``/
  ``DeltaY`` giving the offsets between consecutive characters (``g N v``
  repeats ``v`` N times).  Producers split runs freely ("202" + "3" + "年"),
  so nothing is read from the run structure, only from the positions;
* ``PathObject`` and ``ImageObject``: not text.  Axis-parallel path segments
  become table edges (pdfplumber's table finder, as for a PDF); shapes that
  look like lettering (curves, many points) above the first text line of a
  page are reported in ``Document.notes``: a red 发文机关标志 drawn as outlines
  or placed as a picture is not text, and its absence must be visible;
* ``PageBlock`` nests units; ``CompositeObject`` (a reusable drawing, e.g. a
  stamp) counts as graphics; template pages (``Template TemplateID``, with
  ``ZOrder`` background or foreground) are drawn with their page.

Characters become :class:`~.pdf.PageChars` in points with pdfplumber's
conventions and :func:`~.pdf.build_document` builds lines and paragraphs,
drops running page numbers and finds tables exactly as for a PDF, so an OFD
and a PDF of the same draft read the same.  A character's box runs from its
origin to the next character's origin, but no wider than the glyph (one em for
CJK and full-width characters, half an em otherwise): OFD carries no glyph
widths without parsing its fonts, and a wide offset is a visual gap, as in a
PDF.

Annotations (``Annots``: stamps, free-text remarks) and signatures (``Signs``)
are not document text and are not read; a signed document reads like any other.

Safety: parts are read with a size cap (a part that inflates past it is
refused), the package's declared size is capped as for .docx, XML is parsed by
lxml without entities, DTDs or network access (a DOCTYPE is refused outright),
template pages are followed at most a few levels deep and never in a cycle,
and every number is checked to be finite.
"""
from __future__ import annotations

import io
import math
import posixpath
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field

from ..model import Document, ReadError
from . import xmlerrors
from .pdf import PageChars, build_document, split_tables, tables_from_edges

PT_PER_MM = 72.0 / 25.4
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # the whole package, as declared (as for .docx)
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, as inflated
MAX_MEMBERS = 50_000
MAX_OBJECTS_PER_PAGE = 400_000
MAX_CHARS_PER_PAGE = 200_000
MAX_BLOCK_DEPTH = 32
MAX_TEMPLATE_DEPTH = 4
# no real page is larger than a few metres; beyond this a coordinate is damage
MAX_COORD_MM = 100_000.0

_CORRUPT = ("OFD 文件已损坏或不完整（可能未下载完整），无法读取。请用 OFD 阅读器确认能正常打开，"
            "或从原文件重新导出 OFD（或另存为 .docx、.pdf）后再检查。")


class _Damaged(Exception):
    """A structural problem; the message is shown to the user."""


@dataclass
class _Font:
    name: str | None


@dataclass
class _Ctx:
    zf: zipfile.ZipFile
    names: dict[str, str]  # lower-case name → name in the zip
    fonts: dict[str, _Font] = field(default_factory=dict)
    templates: dict[str, tuple[str, str]] = field(default_factory=dict)  # ID → (part, default ZOrder)
    parsed: dict[str, object] = field(default_factory=dict)  # template parts, parsed once
    attachments: list[str] = field(default_factory=list)  # names of the files Document.xml's Attachments lists
    other_docs: list[str] = field(default_factory=list)  # titles (or roots) of the documents after the first


@dataclass
class _PageGraphics:
    """What a page draws besides text, in points."""

    edges: list[dict] = field(default_factory=list)
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    glyph_like: list[tuple[float, float, float, float]] = field(default_factory=list)
    paths: int = 0


# ---------------------------------------------------------------------------
# package access


def _open_zip(data: bytes) -> _Ctx:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise ReadError(_CORRUPT) from None
    if len(infos) > MAX_MEMBERS:
        raise ReadError(f"OFD 压缩包内的文件数异常（{len(infos)} 个），可能不是正常的公文文件，已拒绝读取。")
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise ReadError("OFD 文件解压后过大（超过 1 GB），可能不是正常的公文文件，已拒绝读取。")
    from .zipnames import twice_named

    twice = twice_named(infos)
    if twice:
        raise ReadError(twice)
    names: dict[str, str] = {}
    for i in infos:
        names.setdefault(i.filename.replace("\\", "/").lstrip("/").lower(), i.filename)
    return _Ctx(zf, names)


def _resolve(ctx: _Ctx, ref: str | None, base_dir: str) -> str | None:
    """The zip member an OFD location names: absolute ("/Doc_0/…"), relative to
    the referring part's folder, or (a common producer slip) to the package root."""
    if not ref:
        return None
    ref = ref.strip().replace("\\", "/")
    candidates = []
    if ref.startswith("/"):
        candidates.append(ref.lstrip("/"))
    else:
        candidates.append(posixpath.join(base_dir, ref))
        candidates.append(ref)
    for c in candidates:
        norm = posixpath.normpath(c)
        if norm.startswith("..") or norm == ".":
            continue
        hit = ctx.names.get(norm.lower())
        if hit is not None:
            return hit
    return None


def _read_part(ctx: _Ctx, name: str) -> bytes:
    try:
        with ctx.zf.open(name) as fh:
            data = fh.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        raise _Damaged(f"OFD 文件已损坏：部件 {name} 无法解压。") from None
    except RuntimeError:  # an encrypted member
        raise ReadError("OFD 压缩包中的内容设置了密码，gwlint 无法读取。请提供未加密的文件。") from None
    if len(data) > MAX_PART_BYTES:
        raise ReadError(f"OFD 部件 {name} 解压后超过 {MAX_PART_BYTES // (1024 * 1024)} MB，可能不是正常的公文文件，已拒绝读取。")
    return data


def _parse(ctx: _Ctx, name: str):
    from lxml import etree

    data = _read_part(ctx, name)
    head = data[:4096].lstrip()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise _Damaged(f"OFD 部件 {name} 含有 DTD 或实体声明（OFD 不使用它们，可能是恶意构造的文件），已拒绝读取。")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if xmlerrors.is_resource_limit(exc):
            raise _Damaged(xmlerrors.too_deep_message(name, "例如页块 PageBlock 层层嵌套")) from None
        raise _Damaged(f"OFD 文件已损坏：部件 {name} 中的 XML 格式有错误（{xmlerrors.describe(exc)}）。") from None
    if root is None:
        raise _Damaged(f"OFD 文件已损坏：部件 {name} 为空。")
    return root


def _local(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comments, entities
    return tag.rpartition("}")[2]


def _children(el, name: str):
    return [c for c in el if _local(c) == name]


def _child(el, name: str):
    for c in el:
        if _local(c) == name:
            return c
    return None


def _path_text(el, *names: str) -> str | None:
    for n in names:
        if el is None:
            return None
        el = _child(el, n)
    return el.text.strip() if el is not None and el.text else None


# ---------------------------------------------------------------------------
# numbers


def _num(s: str | None, default: float = 0.0) -> float:
    if s is None:
        return default
    try:
        v = float(s)
    except ValueError:
        return default
    return v if math.isfinite(v) and abs(v) <= 1e9 else default


def _nums(s: str | None) -> list[float]:
    if not s:
        return []
    out = []
    for tok in s.replace(",", " ").split():
        try:
            v = float(tok)
        except ValueError:
            return []
        out.append(v if math.isfinite(v) else 0.0)
    return out


def _box(s: str | None) -> tuple[float, float, float, float] | None:
    v = _nums(s)
    if len(v) != 4 or any(abs(x) > MAX_COORD_MM for x in v):
        return None
    return v[0], v[1], v[2], v[3]


def _ctm(s: str | None) -> tuple[float, float, float, float, float, float]:
    v = _nums(s)
    if len(v) != 6 or any(abs(x) > 1e6 for x in v):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return v[0], v[1], v[2], v[3], v[4], v[5]


def _deltas(s: str | None, limit: int) -> list[float]:
    """A DeltaX/DeltaY list with ``g N v`` expanded, never longer than ``limit``."""
    out: list[float] = []
    if not s or limit <= 0:
        return out
    toks = s.split()
    i = 0
    while i < len(toks) and len(out) < limit:
        t = toks[i]
        if t == "g" and i + 2 < len(toks):
            try:
                n = int(float(toks[i + 1]))
                v = float(toks[i + 2])
            except ValueError:
                break
            if not math.isfinite(v):
                v = 0.0
            out.extend([v] * max(0, min(n, limit - len(out))))
            i += 3
            continue
        try:
            v = float(t)
        except ValueError:
            break
        out.append(v if math.isfinite(v) else 0.0)
        i += 1
    return out


def _em(ch: str) -> float:
    """Advance of a glyph in ems when the font is not read: CJK and full-width
    characters (and the ambiguous dashes and quotes, full width in CJK fonts)
    take one em, everything else half an em."""
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 0.5


# ---------------------------------------------------------------------------
# a page's graphic units


class _PageReader:
    def __init__(self, ctx: _Ctx, page_no: int) -> None:
        self.ctx = ctx
        self.page_no = page_no
        self.chars: list[dict] = []
        self.g = _PageGraphics()
        self.objects = 0
        self.unresolved = False

    def walk_content(self, page_root, depth: int = 0) -> None:
        content = _child(page_root, "Content")
        if content is None:
            return
        for layer in _children(content, "Layer"):
            self._units(layer, depth)

    def _units(self, parent, depth: int) -> None:
        if depth > MAX_BLOCK_DEPTH:
            raise _Damaged(f"OFD 第 {self.page_no} 页的图元嵌套过深，文件结构异常。")
        for el in parent:
            name = _local(el)
            if not name:
                continue
            self.objects += 1
            if self.objects > MAX_OBJECTS_PER_PAGE:
                raise ReadError(f"OFD 第 {self.page_no} 页包含的图元数异常（超过 {MAX_OBJECTS_PER_PAGE} 个），无法检查。")
            if name == "TextObject":
                self._text(el)
            elif name == "PathObject":
                self._path(el)
            elif name == "ImageObject":
                b = _box(el.get("Boundary"))
                if b is not None:
                    self.g.images.append(self._pt_box(b))
            elif name == "CompositeObject":
                self.g.paths += 1
            elif name == "PageBlock":
                self._units(el, depth + 1)

    @staticmethod
    def _pt_box(b) -> tuple[float, float, float, float]:
        x, y, w, h = b
        return x * PT_PER_MM, y * PT_PER_MM, (x + w) * PT_PER_MM, (y + h) * PT_PER_MM

    # -- text ----------------------------------------------------------------
    def _text(self, el) -> None:
        b = _box(el.get("Boundary"))
        if b is None:
            return
        bx, by = b[0], b[1]
        a, bb, c, d, e, f = _ctm(el.get("CTM"))
        size = abs(_num(el.get("Size"), 0.0))
        if size <= 0:
            return
        hscale = _num(el.get("HScale"), 1.0) or 1.0
        xscale = math.hypot(a, bb) or 1.0
        yscale = math.hypot(c, d) or 1.0
        size_pt = size * yscale * PT_PER_MM
        upright = (a > 0 and abs(bb) <= 0.05 * a and d > 0
                   and _num(el.get("CharDirection"), 0.0) % 360 == 0
                   and _num(el.get("ReadDirection"), 0.0) % 360 == 0)
        font = self.ctx.fonts.get(el.get("Font") or "")
        fontname = font.name if font else None
        weight = _num(el.get("Weight"), 400.0)
        if fontname and weight >= 700 and "bold" not in fontname.lower():
            fontname += ",Bold"
        x = y = 0.0
        for code in _children(el, "TextCode"):
            text = code.text or ""
            if not text:
                continue
            n = len(text)
            x = _num(code.get("X"), x)
            y = _num(code.get("Y"), y)
            dx = _deltas(code.get("DeltaX"), n)
            dy = _deltas(code.get("DeltaY"), n)
            for i, ch in enumerate(text):
                em = _em(ch) * size * hscale
                # box: origin to the next origin, but no wider than the glyph
                own = dx[i] if i < len(dx) else None
                w = min(own, em) if own is not None and own > 0 else em
                px = bx + a * x + c * y + e
                py = by + bb * x + d * y + f
                self._add_char(ch, px, py, w * xscale, size_pt, fontname, upright)
                # offsets missing from a short DeltaX repeat the last one given
                x += own if own is not None else (dx[-1] if dx else em)
                if i < len(dy):
                    y += dy[i]
                elif dy:
                    y += dy[-1]

    def _add_char(self, ch: str, px: float, py: float, w: float, size_pt: float,
                  fontname: str | None, upright: bool) -> None:
        x0 = px * PT_PER_MM
        x1 = x0 + w * PT_PER_MM
        base = py * PT_PER_MM
        bottom = base + 0.12 * size_pt  # below the baseline by a typical descent
        top = bottom - size_pt
        if not all(map(math.isfinite, (x0, x1, top, bottom, size_pt))) or size_pt > 5000:
            return
        if len(self.chars) >= MAX_CHARS_PER_PAGE:
            raise ReadError(f"OFD 第 {self.page_no} 页包含的字符数异常（超过 {MAX_CHARS_PER_PAGE} 个），无法检查。")
        self.chars.append({"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size_pt,
                           "fontname": fontname, "upright": upright})

    # -- paths -----------------------------------------------------------------
    def _path(self, el) -> None:
        b = _box(el.get("Boundary"))
        self.g.paths += 1
        if b is None:
            return
        a, bb, c, d, e, f = _ctm(el.get("CTM"))
        data = _path_text(el, "AbbreviatedData") or ""
        toks = data.split()
        if len(toks) > 200_000:
            return
        points = 0
        curves = 0
        segs: list[tuple[float, float, float, float]] = []
        cur = start = None
        i = 0
        arity = {"M": 2, "S": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}

        def page(px: float, py: float) -> tuple[float, float]:
            return ((b[0] + a * px + c * py + e) * PT_PER_MM, (b[1] + bb * px + d * py + f) * PT_PER_MM)

        while i < len(toks):
            op = toks[i]
            n = arity.get(op)
            if n is None:
                i += 1
                continue
            try:
                vals = [float(t) for t in toks[i + 1:i + 1 + n]]
            except ValueError:
                break
            if len(vals) < n or not all(map(math.isfinite, vals)):
                break
            i += 1 + n
            if op in ("M", "S"):
                cur = start = page(vals[0], vals[1])
                points += 1
            elif op == "L":
                nxt = page(vals[0], vals[1])
                if cur is not None:
                    segs.append((cur[0], cur[1], nxt[0], nxt[1]))
                cur = nxt
                points += 1
            elif op == "C":
                if cur is not None and start is not None and cur != start:
                    segs.append((cur[0], cur[1], start[0], start[1]))
                cur = start
            else:  # curves and arcs end at their last point
                curves += 1
                points += n // 2
                cur = page(vals[-2], vals[-1])
        x0, top, x1, bottom = self._pt_box(b)
        if (curves or points >= 12) and bottom - top >= 8 and x1 - x0 >= 8:
            self.g.glyph_like.append((x0, top, x1, bottom))
        for sx0, sy0, sx1, sy1 in segs:
            if abs(sy1 - sy0) <= 0.5 and abs(sx1 - sx0) >= 1:
                lo, hi = sorted((sx0, sx1))
                self.g.edges.append({"x0": lo, "x1": hi, "top": sy0, "bottom": sy0, "doctop": sy0,
                                     "width": hi - lo, "height": 0.0, "orientation": "h", "object_type": "line"})
            elif abs(sx1 - sx0) <= 0.5 and abs(sy1 - sy0) >= 1:
                lo, hi = sorted((sy0, sy1))
                self.g.edges.append({"x0": sx0, "x1": sx0, "top": lo, "bottom": hi, "doctop": lo,
                                     "width": 0.0, "height": hi - lo, "orientation": "v", "object_type": "line"})


# ---------------------------------------------------------------------------
# document


@dataclass
class _PageRef:
    part: str | None
    ref: str


def _load_fonts(ctx: _Ctx, res_part: str) -> None:
    root = _parse(ctx, res_part)
    for fonts in _children(root, "Fonts"):
        for font in _children(fonts, "Font"):
            fid = font.get("ID")
            if fid:
                ctx.fonts[fid] = _Font(font.get("FontName") or font.get("FamilyName"))


def _document(ctx: _Ctx) -> tuple[list[_PageRef], tuple[float, float, float, float], str]:
    """(listed pages, default page box in mm, the Document.xml part)."""
    if "ofd.xml" not in ctx.names:
        raise _Damaged("文件不是有效的 OFD：压缩包中缺少入口文件 OFD.xml。")
    root = _parse(ctx, ctx.names["ofd.xml"])
    body = _child(root, "DocBody")
    ctx.other_docs = [(_path_text(b, "DocInfo", "Title") or _path_text(b, "DocRoot") or "").strip()[:40]
                      for b in _children(root, "DocBody")[1:]]
    doc_root = _resolve(ctx, _path_text(body, "DocRoot"), "")
    if doc_root is None:
        raise _Damaged("OFD 文件已损坏：OFD.xml 指向的文档描述（Document.xml）不存在。")
    droot = _parse(ctx, doc_root)
    base = posixpath.dirname(doc_root)
    common = _child(droot, "CommonData")
    box = _box(_path_text(common, "PageArea", "PhysicalBox")) or (0.0, 0.0, 210.0, 297.0)
    if common is not None:
        for kind in ("PublicRes", "DocumentRes"):
            for el in _children(common, kind):
                part = _resolve(ctx, el.text, base)
                if part is not None:
                    try:
                        _load_fonts(ctx, part)
                    except _Damaged:
                        pass  # fonts only name the style; the text is still readable
        for tp in _children(common, "TemplatePage"):
            part = _resolve(ctx, tp.get("BaseLoc"), base)
            if tp.get("ID") and part is not None:
                ctx.templates[tp.get("ID")] = (part, tp.get("ZOrder") or "Background")
    ctx.attachments = _attachments(ctx, droot, base)
    pages_el = _child(droot, "Pages")
    refs = [_PageRef(_resolve(ctx, p.get("BaseLoc"), base), p.get("BaseLoc") or "")
            for p in (_children(pages_el, "Page") if pages_el is not None else [])]
    return refs, box, doc_root


def _attachments(ctx: _Ctx, droot, base: str, limit: int = 5) -> list[str]:
    """The files the document carries (GB/T 33190 7.2: Document.xml's Attachments names a part listing each
    Attachment with its Name, Format and FileLoc): a draft may sit there behind a cover page."""
    names: list[str] = []
    for el in _children(droot, "Attachments"):
        part = _resolve(ctx, el.text, base)
        if part is None:
            continue
        try:
            root = _parse(ctx, part)
        except _Damaged:
            continue  # the pages are still read; an unreadable list names nothing
        for att in _children(root, "Attachment"):
            loc = posixpath.basename((_path_text(att, "FileLoc") or "").strip().replace("\\", "/"))
            name, fmt = (att.get("Name") or "").strip(), (att.get("Format") or "").strip().lstrip(".")
            if "." not in loc:
                loc = f"{name or loc}.{fmt}" if fmt else (name or loc)
            if loc:
                names.append(loc[:80])
    return list(dict.fromkeys(names))[:limit]


def _page_box(page_root, default):
    return _box(_path_text(page_root, "Area", "PhysicalBox")) or default


def _draw_page(ctx: _Ctx, page_root, reader: _PageReader, chain: tuple[str, ...]) -> None:
    """Draw a page's templates (background first, foreground last) around its own content."""
    before, after = [], []
    for t in _children(page_root, "Template"):
        tid = t.get("TemplateID") or ""
        entry = ctx.templates.get(tid)
        if entry is None:
            reader.unresolved = True
            continue
        part, default_z = entry
        if part in chain or len(chain) > MAX_TEMPLATE_DEPTH:
            continue  # a template drawing itself (directly or through others) is drawn once
        z = (t.get("ZOrder") or default_z).lower()
        (after if z == "foreground" else before).append(part)
    for part in before:
        _draw_template(ctx, part, reader, chain)
    reader.walk_content(page_root)
    for part in after:
        _draw_template(ctx, part, reader, chain)


def _draw_template(ctx: _Ctx, part: str, reader: _PageReader, chain: tuple[str, ...]) -> None:
    root = ctx.parsed.get(part)
    if root is None:
        root = _parse(ctx, part)
        ctx.parsed[part] = root
    _draw_page(ctx, root, reader, chain + (part,))


def _outline_note(pages: list[tuple[int, float, float | None, _PageGraphics]]) -> list[str]:
    """Notes on lettering drawn as shapes or pictures above a page's first text line."""
    notes = []
    for page_no, width, first_top, g in pages:
        if first_top is None:
            continue
        width = width or 1.0
        head = [bx for bx in g.glyph_like if bx[3] <= first_top + 1]
        if head:
            x0 = min(bx[0] for bx in head)
            x1 = max(bx[2] for bx in head)
            if x1 - x0 >= 0.15 * width:
                notes.append(f"OFD 第 {page_no} 页首行文字上方有以图形轮廓绘制的内容（如红色发文机关标志），"
                             "它不是文字，未能读入；版头要素（发文机关标志等）可能因此缺失，请人工核对。")
                continue
        pics = [bx for bx in g.images if bx[3] <= first_top + 1 and bx[2] - bx[0] >= 0.3 * width]
        if pics:
            notes.append(f"OFD 第 {page_no} 页首行文字上方有图片（可能是以图片形式放置的发文机关标志），"
                         "图片中的文字未能读入；版头要素可能因此缺失，请人工核对。")
    return notes


def read_ofd(data: bytes, filename: str) -> Document:
    """Read an OFD; any failure becomes a :class:`ReadError` with advice in Chinese."""
    ctx = _open_zip(data)
    try:
        with ctx.zf:
            return _read(ctx, filename)
    except ReadError:
        raise
    except _Damaged as exc:
        raise ReadError(str(exc) + "请用 OFD 阅读器确认能正常打开，或重新导出后再检查。") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError):
        raise ReadError(_CORRUPT) from None
    except MemoryError:
        raise ReadError("OFD 文件过于复杂，读取时内存不足。请拆分后再检查。") from None
    except RecursionError:
        raise ReadError("OFD 文件结构异常（嵌套过深），无法读取。请重新导出后再检查。") from None
    except Exception as exc:  # noqa: BLE001 - lxml or the table finder on a damaged part: never a traceback
        raise ReadError(f"无法读取该 OFD 文件（{type(exc).__name__}: {str(exc)[:200]}）。"
                        "请用 OFD 阅读器确认能正常打开，或重新导出后再检查。") from None


def _read(ctx: _Ctx, filename: str) -> Document:
    refs, default_box, _ = _document(ctx)
    if not refs:
        raise _Damaged("OFD 文件中没有页面（Document.xml 未列出任何页）。")
    seen: list[tuple[int, float, float | None, _PageGraphics]] = []
    missing: list[int] = []
    notes: list[str] = []

    def pages():
        for no, ref in enumerate(refs, 1):
            if ref.part is None:
                missing.append(no)
                yield PageChars([], 595.0, 842.0)
                continue
            root = _parse(ctx, ref.part)
            bx = _page_box(root, default_box)
            reader = _PageReader(ctx, no)
            _draw_page(ctx, root, reader, ())
            if reader.unresolved and "模板页" not in "".join(notes):
                notes.append(f"OFD 第 {no} 页引用的模板页不存在，模板上的内容未能读入。")
            # coordinates relative to the page box's corner
            ox, oy = bx[0] * PT_PER_MM, bx[1] * PT_PER_MM
            g = reader.g
            if ox or oy:
                for ch in reader.chars:
                    ch["x0"] -= ox
                    ch["x1"] -= ox
                    ch["top"] -= oy
                    ch["bottom"] -= oy
                g.glyph_like = [(a - ox, b - oy, c - ox, d - oy) for a, b, c, d in g.glyph_like]
                g.images = [(a - ox, b - oy, c - ox, d - oy) for a, b, c, d in g.images]
            tables = None
            if g.edges:
                w, h = bx[2] * PT_PER_MM, bx[3] * PT_PER_MM
                edges = g.edges

                def tables(chars, page_no, edges=edges, bbox=(ox, oy, ox + w, oy + h)):
                    return split_tables(tables_from_edges(edges, bbox), chars, page_no)
            rules = tuple((e["x0"] - ox, e["x1"] - ox, e["top"] - oy) for e in g.edges
                          if e["orientation"] == "h" and e["x1"] - e["x0"] >= 20)
            pc = PageChars(reader.chars, bx[2] * PT_PER_MM, bx[3] * PT_PER_MM,
                           len(g.images), g.paths + len(g.images), tables, rules=rules)
            tops = [c["top"] for c in reader.chars if c["upright"] and not c["text"].isspace()]
            g.edges = []  # the table finder holds its own reference
            seen.append((no, pc.width, min(tops) if tops else None, g))
            yield pc

    gen = pages()
    try:
        doc = build_document(len(refs), gen, filename, format="ofd")
    finally:
        gen.close()
    if len(missing) == len(refs):
        raise _Damaged("OFD 文件已损坏：Document.xml 列出的页面内容（Content.xml）都不存在。")
    if missing:
        doc.notes.append(f"OFD 第 {'、'.join(map(str, missing))} 页的页面内容缺失，未能读入。")
    doc.notes.extend(notes)
    doc.notes.extend(_outline_note(seen))
    from .unread_files import is_draft_like, quoted, say_unread

    if ctx.other_docs:  # GB/T 33190 lets one package hold several documents (DocBody); the first is read
        named = quoted([t for t in ctx.other_docs if t][:3])
        doc.read_problems.append(f"OFD 文件中有 {len(ctx.other_docs) + 1} 份文档，gwlint 只读取了第一份，其余 "
                                 f"{len(ctx.other_docs)} 份{f'（{named}）' if named else ''}没有经过检查；"
                                 "请在 OFD 阅读器中分别另存后再检查。")
    files = ctx.attachments
    if not doc.paragraphs and files:
        raise ReadError(f"OFD 页面上没有文字，文件中附有{quoted(files)}（OFD 附件），附件的内容没有经过检查。"
                        "请把附件另存出来后直接检查附件文件。")
    say_unread(doc, files, any(map(is_draft_like, files)), carried=f"OFD 中附有{quoted(files)}（OFD 附件）",
               advice="请在 OFD 阅读器中把附件另存出来后直接检查附件文件。")
    if not doc.paragraphs:
        raise ReadError("OFD 文件中没有可提取的文字（页面可能是扫描图片或转曲的图形），无法检查。"
                        "请提交由 WPS/Word 导出的 .docx 原稿，或带文字的 OFD/PDF。", code="GW002")
    return doc

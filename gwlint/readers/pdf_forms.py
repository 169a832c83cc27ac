"""Text of a PDF held in its annotations rather than on its pages: form fields filled in (a 公文 typed into the
fields of a form PDF, the page itself blank or a scanned form) and comments.

A viewer shows each text field's value (``/V``, drawn through its appearance stream), so on a page with no text
layer of its own the fields' values are the page's text: read in page order, on a page from top to bottom and
left to right, each line of a multi-line field a paragraph of its own.  Fields filled in on a page that has text
(labels printed, values typed) are named in a note, not read: where they belong in the page's lines is not known.  Hidden fields, check boxes,
buttons and signatures are not text.  Comments (``/Contents`` of a note or free-text annotation) are no body
text: only named, never read."""
from __future__ import annotations

from ..model import Document, Paragraph, ReadError

_INHERITED = ("FT", "V", "Ff")
_HIDDEN, _NO_VIEW = 2, 32  # annotation flags (PDF 32000-1 12.5.3)


def _pages(data: bytes):
    """(page number, [annotation dict]) of each page, or nothing for a PDF pdfminer cannot open."""
    from pdfminer.pdftypes import resolve1

    from .pdf import MAX_PAGES, open_plumber

    try:
        pdf = open_plumber(data)
    except ReadError:
        return
    try:
        for no, page in enumerate(pdf.pages[:MAX_PAGES], 1):
            annots = resolve1(page.page_obj.attrs.get("Annots"))
            found = [resolve1(a) for a in (annots if isinstance(annots, list) else [])]
            yield no, [a for a in found if isinstance(a, dict)]
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001
            pass


def _has_form(data: bytes) -> bool:
    """Whether the document catalog holds an interactive form (/AcroForm with fields), asked of the catalog as
    pdfminer resolves it: in a PDF 1.5 file the catalog and its form may sit in a compressed object stream, and a
    name may be written with #xx escapes, so the bytes of the file need not show the word."""
    if b"/AcroForm" in data:
        return True
    from pdfminer.pdftypes import resolve1

    from .pdf import pdfminer_document

    try:
        form = resolve1(pdfminer_document(data).catalog.get("AcroForm"))
        return isinstance(form, dict) and bool(resolve1(form.get("Fields")))
    except Exception:  # noqa: BLE001 - a catalog pdfminer cannot resolve holds no form it could read either
        return False


def _field(widget: dict) -> dict:
    """The widget's field entries, those it does not set taken from its parents (fields inherit FT, V, Ff)."""
    from pdfminer.pdftypes import resolve1

    out = {k: resolve1(widget.get(k)) for k in _INHERITED if widget.get(k) is not None}
    node, depth = resolve1(widget.get("Parent")), 0
    while isinstance(node, dict) and depth < 32:
        for k in _INHERITED:
            if k not in out and node.get(k) is not None:
                out[k] = resolve1(node.get(k))
        node, depth = resolve1(node.get("Parent")), depth + 1
    return out


def _value(annot: dict) -> str:
    """The text a viewer shows in a text or choice field, "" for anything else."""
    from pdfminer.psparser import PSLiteral
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    flags = resolve1(annot.get("F"))
    if isinstance(flags, int) and flags & (_HIDDEN | _NO_VIEW):
        return ""
    field = _field(annot)
    kind = field.get("FT")
    if not isinstance(kind, PSLiteral) or kind.name not in ("Tx", "Ch"):
        return ""
    value = field.get("V")
    if isinstance(value, list) and value:  # a list box with several choices shown
        value = resolve1(value[0])
    return decode_text(value) if isinstance(value, bytes) else ""


def _top_left(annot: dict) -> tuple[float, float]:
    from pdfminer.pdftypes import resolve1

    rect = resolve1(annot.get("Rect"))
    try:
        x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    except (TypeError, ValueError):
        return 0.0, 0.0
    return -max(y0, y1), min(x0, x1)


def read_form_fields(data: bytes, doc: Document) -> None:
    """Add to ``doc`` (a PDF read) the text of the form fields of each page that has no text of its own, in page
    order; the fields filled in on a page that has text are not read, and a note says so."""
    own = {p.page for p in doc.paragraphs}
    if own and not _has_form(data):
        return
    found: dict[int, list[str]] = {}
    try:
        for no, annots in _pages(data):
            for a in sorted((a for a in annots if _value(a).strip()), key=_top_left):
                lines = _value(a).replace("\r\n", "\n").replace("\r", "\n").split("\n")
                found.setdefault(no, []).extend(t.strip(" \t\u3000\u00a0") for t in lines if t.strip())
    except Exception:  # noqa: BLE001 - a damaged form dictionary: the pages are read as they were
        return
    read = sorted(n for n in found if n not in own)
    skipped = sorted(n for n in found if n in own)
    if read:
        added = [Paragraph(text=t, page=n) for n in read for t in found[n]]
        doc.paragraphs[:] = sorted(doc.paragraphs + added, key=lambda p: p.page or 0)  # stable: page order
        for i, p in enumerate(doc.paragraphs, 1):
            p.source_index = i  # a PDF's paragraphs are counted in reading order
        doc.renumber()
        doc.notes.append(f"PDF 第 {_pages_text(read)} 页没有文字层，这些页的正文取自表单域中填写的文字（按页面从上到下、"
                         "从左到右读取），已按此检查；字体、字号和版式无法从表单域判断，没有检查。")
    if skipped:
        doc.notes.append(f"PDF 第 {_pages_text(skipped)} 页的表单域中另有填写的文字（不在页面文字层中），没有读取检查。")


def _pages_text(pages: list[int]) -> str:
    return "、".join(map(str, pages[:10])) + ("等" if len(pages) > 10 else "")


def annotation_text_pages(data: bytes) -> list[int]:
    """Pages whose annotations (comments, free-text boxes, form fields) hold text: asked only of a PDF whose
    pages held none, to say where its words are instead of "no text"."""
    from pdfminer.pdftypes import resolve1

    found: list[int] = []
    try:
        for no, annots in _pages(data):
            if any(isinstance(resolve1(a.get(k)), bytes) and resolve1(a.get(k)).strip()
                   for a in annots for k in ("Contents", "V", "RC")):
                found.append(no)
    except Exception:  # noqa: BLE001 - only a better message was at stake
        pass
    return found


def attached_files(data: bytes, limit: int = 5) -> list[str]:
    """Names of the files attached to the PDF (the catalog's EmbeddedFiles name tree, file-attachment
    annotations), whose contents gwlint does not read: the draft itself may be one of them, behind a blank or a
    cover page.  The pages' annotations are looked at only when the bytes may hold one (its name, or objects
    packed in a compressed object stream)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    from .pdf import pdfminer_document

    names: list[str] = []

    def spec_name(spec) -> None:
        spec = resolve1(spec)
        if isinstance(spec, dict):
            raw = resolve1(spec.get("UF")) or resolve1(spec.get("F"))
            if isinstance(raw, bytes) and len(names) < limit:
                names.append(_file_name(raw, decode_text))

    def tree(node, depth: int = 0) -> None:
        node = resolve1(node)
        if not isinstance(node, dict) or depth > 16:
            return
        pairs = resolve1(node.get("Names"))
        for spec in (pairs[1::2] if isinstance(pairs, list) else []):
            spec_name(spec)
        for kid in (resolve1(node.get("Kids")) or [])[:64]:
            tree(kid, depth + 1)

    try:
        catalog_names = resolve1(pdfminer_document(data).catalog.get("Names"))
        if isinstance(catalog_names, dict):
            tree(catalog_names.get("EmbeddedFiles"))
        for _, annots in (_pages(data) if b"FileAttachment" in data or b"/ObjStm" in data else ()):
            for a in annots:
                if getattr(resolve1(a.get("Subtype")), "name", None) == "FileAttachment":
                    spec_name(a.get("FS"))
    except Exception:  # noqa: BLE001 - only a better message was at stake
        pass
    return list(dict.fromkeys(names))


def _file_name(raw: bytes, decode_text) -> str:
    """An attached file's name: a PDF text string (UTF-16 with its mark, or PDFDocEncoding), or the UTF-8 bytes
    that Chinese software writes there instead (which PDFDocEncoding would turn into mojibake)."""
    if not raw.startswith((b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")) and not raw.isascii():
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return decode_text(raw.removeprefix(b"\xef\xbb\xbf")) if raw.startswith(b"\xef\xbb\xbf") else decode_text(raw)


def note_attachments(data: bytes, doc: Document) -> None:
    """Say which files attached to a PDF whose pages were read went unread (see :mod:`.unread_files`)."""
    from .unread_files import is_draft_like, quoted, say_unread

    files = attached_files(data)
    say_unread(doc, files, any(map(is_draft_like, files)), carried=f"PDF 中附有{quoted(files)}（PDF 附件）",
               advice="请把附件另存出来后直接检查附件文件。")

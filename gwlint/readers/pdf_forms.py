"""Text of a PDF held in its annotations rather than on its pages: form fields filled in (a 公文 typed into the
fields of a form PDF, the page itself blank or a scanned form) and comments.

Asked only of a PDF whose pages gave no text.  A viewer shows each text field's value (``/V``, drawn through its
appearance stream), so the fields' values are the text of the page: read in page order, on a page from top to
bottom and left to right, each line of a multi-line field a paragraph of its own.  Hidden fields, check boxes,
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


def form_field_document(data: bytes, doc: Document) -> bool:
    """Fill ``doc`` (a PDF read with no text) with the text of its form fields; False when they hold none."""
    paras: list[Paragraph] = []
    pages: list[int] = []
    for no, annots in _pages(data):
        widgets = sorted((a for a in annots if _value(a).strip()), key=_top_left)
        for a in widgets:
            for line in _value(a).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                if line.strip():
                    paras.append(Paragraph(text=line.strip(" \t\u3000\u00a0"), page=no))
        if widgets:
            pages.append(no)
    if not paras:
        return False
    doc.paragraphs[:] = paras
    doc.renumber()
    shown = "、".join(map(str, pages[:10])) + ("等" if len(pages) > 10 else "")
    doc.notes.append(f"PDF 页面上没有文字层，正文取自第 {shown} 页表单域中填写的文字（按页面从上到下、从左到右读取），"
                     "已按此检查；字体、字号和版式无法从表单域判断，没有检查。")
    return True


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

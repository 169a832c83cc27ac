"""Reading Word tracked changes back in tests, independently of gwlint's reader."""
from __future__ import annotations

import io
import zipfile

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS


def _rewrite(data: bytes, name: str, transform) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == name:
                body = transform(body)
            dst.writestr(info, body)
    return out.getvalue()


def _unwrap(el) -> None:
    parent = el.getparent()
    i = parent.index(el)
    for k, ch in enumerate(list(el)):
        parent.insert(i + k, ch)
    parent.remove(el)


def _resolve(xml: bytes, keep: str, drop: str) -> bytes:
    root = etree.fromstring(xml)
    for el in list(root.iter(W + drop)):
        if el.getparent() is not None:
            el.getparent().remove(el)
    for el in list(root.iter(W + keep)):
        if keep == "del":
            for t in el.iter(W + "delText"):
                t.tag = W + "t"
        _unwrap(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def accept_all(data: bytes) -> bytes:
    """The .docx with every tracked change accepted: deletions gone, insertions plain text."""
    return _rewrite(data, "word/document.xml", lambda x: _resolve(x, "ins", "del"))


def reject_all(data: bytes) -> bytes:
    """The .docx with every tracked change rejected: insertions gone, deletions back as text."""
    return _rewrite(data, "word/document.xml", lambda x: _resolve(x, "del", "ins"))


def document_xml(data: bytes):
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def paragraph_texts(data: bytes) -> list[str]:
    """Non-empty paragraphs as python-docx reads them (body paragraphs, then table cells)."""
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text.strip() for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.extend(c.text.strip() for c in row.cells)
    return [t.replace("\n", "") for t in out if t]  # a manual line break (w:br) reads "\n"


def revisions(data: bytes) -> list:
    """Every w:ins and w:del element of the body."""
    return list(document_xml(data).iter(W + "ins", W + "del"))

"""Markup compatibility (ECMA-376 Part 3): the one branch of an ``mc:AlternateContent`` the .docx reader reads.

A consumer takes the first ``mc:Choice`` whose ``Requires`` namespaces it understands, else the ``mc:Fallback``
(Word 2010+ shows a text box from its DrawingML Choice, Word 2007 from the VML Fallback; an emoji written as a
``w16se:symEx`` Choice has its character in the Fallback's ``w:t``).  The reader "understands" a namespace when it
reads the text written in it: WordprocessingML, Office math and the drawing containers that hold text boxes
(``wps``/``wpg``/``wpc``, DrawingML, VML).  Exactly one branch is read, so a box is never read twice; and a chosen
branch holding no text while another does (a shape drawn without its box, a future element the reader cannot
read) gives way to the one that has text, so text is never lost to the choice."""
from __future__ import annotations

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
ALT, CHOICE, FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
_M_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"

UNDERSTOOD = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",  # wps: text boxes
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",  # wpg
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",  # wpc
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",  # wp14
    "http://schemas.microsoft.com/office/drawing/2010/main",  # a14 (math in a drawing)
    "http://schemas.microsoft.com/office/word/2010/wordml",  # w14
    "http://schemas.microsoft.com/office/word/2012/wordml",  # w15
    "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office", "urn:schemas-microsoft-com:office:word",
})


def _understood(choice) -> bool:
    names = (choice.get("Requires") or "").split()
    scope = choice.nsmap
    return bool(names) and all(scope.get(p) in UNDERSTOOD for p in names)


def _has_text(el) -> bool:
    return any(t.text for t in el.iter(_W_T, _M_T))


def branch(alt):
    """The branch of ``alt`` to read, or None when it has none."""
    choices = [ch for ch in alt if ch.tag == CHOICE]
    fallback = next((ch for ch in alt if ch.tag == FALLBACK), None)
    chosen = next((c for c in choices if _understood(c)), None)
    if chosen is None:
        chosen = fallback if fallback is not None else (choices[0] if choices else None)
    if chosen is not None and not _has_text(chosen):
        chosen = next((b for b in (*choices, fallback) if b is not None and _has_text(b)), chosen)
    return chosen


def unread_branch(el) -> bool:
    """Whether ``el`` is a branch of an mc:AlternateContent that the reader does not read."""
    parent = el.getparent()
    return el.tag in (CHOICE, FALLBACK) and parent is not None and parent.tag == ALT and branch(parent) is not el

"""Files carried inside a document and not read: PDF attachments, OFD attachments, OLE objects embedded in a .docx.

One rule for every format: a file that may be the draft itself (a document, text, a page image of it) behind a
cover page is a reading problem (GW001 as a warning: the verdict on the cover alone is never a clean one); any
other (a data sheet, a logo) is named in a reading note.
"""
from __future__ import annotations

from ..model import Document

# attachments that may be the draft itself (documents, text, page images of it) rather than a data table or a logo
DRAFT_LIKE = (".doc", ".docx", ".wps", ".wpt", ".dot", ".dotx", ".rtf", ".txt", ".md", ".pdf", ".ofd", ".odt", ".htm",
              ".html", ".mht")


def quoted(names: list[str]) -> str:
    return "".join(f"“{n}”" for n in names)  # quoted names in a series take no 顿号 (GB/T 15834 4.5.3.5)


def say_unread(doc: Document, names: list[str], draft_like: bool, *, carried: str, advice: str,
               what: str = "附件") -> None:
    """``carried``: the clause naming the files (…中附有“x”（… 附件）); ``what``: what they are called;
    ``advice``: how to check them."""
    if not names:
        return
    if draft_like:
        doc.read_problems.append(f"{carried}，{what}的内容没有经过检查；如公文正文在{what}中，{advice}")
    else:
        doc.notes.append(f"{carried}，{what}的内容没有经过检查。")


# OLE programme identifiers of objects that hold a document (Word, WPS, PDF, OpenDocument text; a Package object
# wraps any file), as against a sheet, a chart or an equation
_DRAFT_PROGIDS = ("word.", "wps.", "kwps.", "kingsoft.", "acroexch.", "acrobat.", "avdoc.", "package",
                  "opendocument.text", "soffice.starwriter", "wordpad.")


def is_draft_like(name: str, progid: str = "") -> bool:
    return name.lower().endswith(DRAFT_LIKE) or progid.lower().startswith(_DRAFT_PROGIDS)

"""Traditional-script drafts read with the simplified tables (issue 15).

Every table gwlint matches against — issuers, units, regions, the words of 文号 (号),
关于, 通知 — is written in simplified characters.  A draft typed in traditional
characters (江西省人民政府辦公廳, 贛府廳字〔2026〕12號) is therefore analysed through a
simplified *view*: the same paragraphs, lines and offsets, each text converted by
OpenCC's ``t2s`` table.  The view is for matching only: excerpts, locations and the
document handed back to the user come from the original.  A conversion that would
change a paragraph's length (a phrase mapping to a longer or shorter one) is replaced
by a character-by-character conversion, so every offset of the view is an offset of
the original.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .model import Document


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # the library is a dependency; without it traditional drafts are read as they are
        return None
    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length."""
    conv = _converter()
    if conv is None or not text or text.isascii():
        return text
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c := conv.convert(ch)) == 1 else ch for ch in text)


def simplified_view(doc: Document) -> Document:
    """``doc`` itself when it has no traditional characters, else a copy whose
    paragraph texts are :func:`simplified`."""
    if not doc.paragraphs or _converter() is None:
        return doc
    texts = [p.text for p in doc.paragraphs]
    joined = "\n".join(texts)
    if simplified(joined) == joined:
        return doc
    paras = [dataclasses.replace(p, text=s) if (s := simplified(p.text)) != p.text else p for p in doc.paragraphs]
    return dataclasses.replace(doc, paragraphs=paras)

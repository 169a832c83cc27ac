"""Strict Open XML (ISO/IEC 29500-1 Strict, Word's "Strict Open XML Document") read as Transitional.

A Strict package holds the same WordprocessingML under other namespace names (``http://purl.oclc.org/ooxml/…``
for ``http://schemas.openxmlformats.org/…/2006/…``) and other relationship type names; python-docx knows only the
Transitional ones and would see no body.  The two vocabularies name the same elements (ISO/IEC 29500-4 is the
Transitional superset of Part 1 Strict), so the namespace and relationship names of every XML part are renamed
before python-docx opens the package.  Only quoted attribute values are renamed (namespace declarations,
relationship types), never text; values Strict writes differently (``w:jc`` start/end, measures with units) are
already read in either form."""
from __future__ import annotations

import re

STRICT = b"http://purl.oclc.org/ooxml/"
_NAME = re.compile(rb"""(["'])http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z/]+)\1""")
# Transitional spells these names with a hyphen (relationship types and the properties parts' namespaces)
_HYPHENED = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional(m: re.Match) -> bytes:
    quote, family, rest = m.group(1), m.group(2), m.group(3)
    head, _, tail = rest.partition(b"/")
    head = _HYPHENED.get(head, head)
    tail = _HYPHENED.get(tail, tail)
    name = b"http://schemas.openxmlformats.org/" + family + b"/2006/" + head + (b"/" + tail if tail else b"")
    return quote + name + quote


def to_transitional(xml: bytes) -> bytes:
    """One XML part (UTF-8, or UTF-16 with its byte order mark) with its Strict names renamed."""
    if xml.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = xml.decode("utf-16")
        return to_transitional(text.encode("utf-8")).decode("utf-8").encode("utf-16")
    return _NAME.sub(_transitional, xml)

"""Plain text and Markdown: one paragraph per non-empty line.

Lines are the file's physical lines as editors count them (LF, CRLF or CR end a
line; a form feed or U+2028 does not).  Each paragraph records its physical line
and the characters of indentation cut before its text, and the document keeps
the physical lines, so that findings point into the file itself.

Suppression markers (``<!-- gwlint: ignore GW104 -->``, HTML comments so that
Markdown renderers hide them) are not document text:

* a line holding only markers covers the next paragraph (the next non-empty,
  non-marker line) and is not a paragraph itself, so it has no line number in
  ``gwlint text``;
* a marker at the end of a line covers that line and is cut from its text
  (columns before it are unchanged);
* ``<!-- gwlint: ignore-file CODES -->`` anywhere covers the whole file.

An HTML comment that is not a valid directive stays in the text.
"""
from __future__ import annotations

import codecs
import re

from ..model import Document, Paragraph, ReadError, Suppression

_MARKER = re.compile(r"<!--\s*(gwlint\s*[:：].*?)\s*-->", re.I | re.S)
_LINE_END = re.compile(r"\r\n|\r|\n")
_BLANK = " \t\r\u3000\ufeff"


def decode(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ReadError("无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030），请另存为 UTF-8 文本后再检查。") from None


def read_txt(data: bytes, filename: str) -> Document:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("文件内容是二进制数据，不是文本文件。")
    text, encoding = decode(data)
    paragraphs = []
    sups: list[Suppression] = []
    pending: list[Suppression] = []  # markers waiting for the paragraph they cover
    physical = _LINE_END.split(text)
    if physical and physical[-1] == "":
        physical.pop()  # the final line end does not start another line
    for lineno, raw in enumerate(physical, 1):
        line = raw.strip(_BLANK)
        if not line:
            continue
        indent = len(raw) - len(raw.lstrip(_BLANK))
        if "<!--" in line:
            line, found = _take_markers(line, lineno, indent)
            if not line:  # a marker line: covers the next paragraph
                pending.extend(found)
                continue
            for s in found:  # trailing markers: cover this line
                s.first_line = s.last_line = s.line = len(paragraphs) + 1
            sups.extend(found)
        paragraphs.append(Paragraph(text=line, source_line=lineno, source_column=indent))
        for s in pending:
            s.first_line = s.last_line = s.line = len(paragraphs)
        sups.extend(pending)
        pending = []
    n = len(paragraphs)
    for s in pending:  # markers after the last paragraph cover nothing
        s.first_line, s.last_line, s.line = n + 1, n, max(n, 1)
    sups.extend(pending)
    for s in sups:
        if s.origin == "file":
            s.first_line, s.last_line = 1, n
            s.line = min(s.line, max(n, 1))
    doc = Document(path=filename, format="txt", paragraphs=paragraphs, suppressions=sups, source_lines=physical)
    if encoding == "gb18030":
        doc.notes.append("文件按 GB18030（GBK）编码读取。")
    return doc


def _take_markers(line: str, lineno: int, indent: int) -> tuple[str, list[Suppression]]:
    """Cut gwlint markers out of a line: (remaining text, directives found).

    ``indent`` is the number of characters stripped before ``line`` on its
    physical line (for the markers' own columns).

    A marker in the middle of the text is left alone (it is not a directive
    position gwlint defines); the line's text is otherwise unchanged.
    """
    from ..suppress import parse_directive

    found: list[Suppression] = []
    rest = line
    while True:
        matches = list(_MARKER.finditer(rest))
        if not matches:
            break
        m = matches[-1]
        if rest[m.end():].strip(" \t\u3000"):
            break  # text follows the marker
        directive = parse_directive(m.group(1))
        if directive is None:
            break
        verb, codes = directive
        found.insert(0, Suppression(codes=codes, first_line=0, last_line=0, line=0,
                                    origin="file" if verb == "ignore-file" else "marker",
                                    text=m.group(1), source_line=lineno,
                                    source_span=(indent + m.start(), indent + m.end())))
        rest = rest[:m.start()].rstrip(" \t\u3000")
    return rest, found

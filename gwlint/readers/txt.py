"""Plain text and Markdown: one paragraph per non-empty line."""
from __future__ import annotations

import codecs

from ..model import Document, Paragraph, ReadError


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
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip(" \t\r\u3000\ufeff")
        if not line:
            continue
        paragraphs.append(Paragraph(text=line, source_index=lineno))
    doc = Document(path=filename, format="txt", paragraphs=paragraphs)
    if encoding == "gb18030":
        doc.notes.append("文件按 GB18030（GBK）编码读取。")
    return doc

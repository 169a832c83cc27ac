"""Readers: bytes of a file → :class:`gwlint.model.Document`.

The format is decided by the content (magic bytes), the extension only breaks
ties, so a .docx renamed to .pdf is still read and a .doc renamed to .docx gets
a clear message instead of a zip error.  Readers never know about rules; they
raise :class:`ReadError` for anything they cannot turn into text.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document, ReadError

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".ofd", ".txt", ".md")
# Word 97-2003 and WPS binaries: read through LibreOffice when it is installed (see .soffice)
LEGACY_WORD_SUFFIXES = (".doc", ".wps", ".dot", ".wpt")
# Files larger than this are refused instead of exhausting memory in a batch run.
MAX_BYTES = 200 * 1024 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PDF_ENGINES = ("pdfplumber", "pdfium")
# Engine used for PDFs when a call does not name one: pdfplumber (the reference);
# an audit run with --fast-pdf switches its worker processes to "pdfium".
_pdf_engine = "pdfplumber"


def set_pdf_engine(engine: str) -> str:
    """Set the process-wide default PDF engine; return the previous one."""
    global _pdf_engine
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r} (choose from {', '.join(PDF_ENGINES)})")
    previous, _pdf_engine = _pdf_engine, engine
    return previous


def pdf_engine() -> str:
    return _pdf_engine


def sniff(data: bytes, suffix: str) -> str:
    """Return "docx", "pdf", "ofd", "doc" (a Word/WPS binary), "txt" or raise ReadError with advice."""
    suffix = suffix.lower()
    head = data[:8]
    if not data.strip():
        raise ReadError("文件为空，没有可检查的内容。")
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        names = _zip_names(data)
        if "ofd.xml" in names or (suffix == ".ofd" and "[content_types].xml" not in names):
            return "ofd"  # an OFD, or a damaged one: the OFD reader words it
        if suffix in (".xlsx", ".xls", ".pptx", ".ppt", ".et", ".dps", ".zip"):
            raise ReadError(f"不支持的文件类型“{suffix}”。gwlint 可检查 .docx、.pdf、.ofd、.txt、.md 文件。")
        return "docx"
    if head == _OLE2:
        # an encrypted .docx is an OLE2 container with a stream named EncryptedPackage (UTF-16LE)
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ReadError("文件已加密（设置了打开密码），gwlint 无法读取。请在 Word 或 WPS 中取消密码保护后另存为 .docx，再检查。")
        # Word and WPS binaries hold a stream named WordDocument: LibreOffice converts them
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        kind = {".wps": "WPS 文字（.wps）", ".doc": "Word 97-2003（.doc）"}.get(suffix, "旧版 Office 二进制")
        raise ReadError(
            f"这是{kind}格式文件，但其中没有可读的文字文档（可能已损坏或不是文字文档）。"
            "请在 Word 或 WPS 中打开后“另存为” .docx 再检查。"
        )
    if head[:5] == b"{\\rtf":
        raise ReadError("这是 RTF 文件，请在 Word 或 WPS 中“另存为” .docx 后再检查。")
    if suffix in (".txt", ".md", ""):
        return "txt"
    if suffix in (".docx", ".pdf", ".ofd"):
        raise ReadError(f"文件扩展名为 {suffix}，但内容不是有效的 {suffix[1:].upper()} 文件（可能已损坏或未下载完整）。")
    raise ReadError(f"不支持的文件类型“{suffix}”。gwlint 可检查 .docx、.pdf、.ofd、.txt、.md 文件。")


def _zip_names(data: bytes) -> set[str]:
    """Lower-case member names of a zip (empty when unreadable): an OFD's entry point
    is OFD.xml, an Office package's [Content_Types].xml, whatever the extension says."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return {n.lstrip("/").lower() for n in zf.namelist()}
    except Exception:  # noqa: BLE001 - not a readable zip: the reader of the extension words it
        return set()


def read_bytes(data: bytes, filename: str, *, pdf_engine: str | None = None) -> Document:
    """Read a document from memory; ``filename`` gives the path shown and the suffix.

    ``pdf_engine`` ("pdfplumber" or "pdfium") overrides the default set by
    :func:`set_pdf_engine` for a PDF."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"文件过大（{len(data) // (1024 * 1024)} MB），超过 {MAX_BYTES // (1024 * 1024)} MB 上限，请拆分后检查。")
    kind = sniff(data, Path(filename).suffix)
    if kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(data, filename, engine=pdf_engine or _pdf_engine)
    elif kind == "docx":
        from .docx import read_docx

        doc = read_docx(data, filename)
    elif kind == "ofd":
        from .ofd import read_ofd

        doc = read_ofd(data, filename)
    elif kind == "doc":
        from .soffice import read_legacy_word

        doc = read_legacy_word(data, filename)
    else:
        from .txt import read_txt

        doc = read_txt(data, filename)
    if not doc.paragraphs and not doc.pages_without_text:
        raise ReadError("文件中没有提取到任何文字。")
    return doc


def read_path(path: str | Path, *, pdf_engine: str | None = None) -> Document:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ReadError(f"无法打开文件：{exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise ReadError(f"文件过大（{size // (1024 * 1024)} MB），超过 {MAX_BYTES // (1024 * 1024)} MB 上限，请拆分后检查。")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"无法读取文件：{exc.strerror or exc}") from None
    return read_bytes(data, str(path), pdf_engine=pdf_engine)

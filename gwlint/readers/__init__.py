"""Readers: bytes of a file → :class:`gwlint.model.Document`.

The format is decided by the content (magic bytes), the extension only breaks
ties, so a .docx renamed to .pdf is still read and a .doc renamed to .docx gets
a clear message instead of a zip error.  Readers never know about rules; they
raise :class:`ReadError` for anything they cannot turn into text.
"""
from __future__ import annotations

import os
import stat
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


def size_text(n: int) -> str:
    """A file size for messages, exact and never rounded down to the limit:
    210,000,000 bytes is "210,000,000 字节，约 200.3 MiB"."""
    return f"{n:,} 字节，约 {n / (1024 * 1024):.1f} MiB"


def _too_big(size: int, *, exact: bool = True) -> ReadError:
    """``exact``: ``size`` is the file's size (stat); else a stream read stopped one byte past the limit."""
    limit = f"{MAX_BYTES // (1024 * 1024)} MiB 上限（{MAX_BYTES:,} 字节）"
    if not exact:
        return ReadError(f"文件过大：读取超过 {limit}后即停止，实际大小未知，请拆分后检查。")
    return ReadError(f"文件过大（{size_text(size)}），超过 {limit}，请拆分后检查。")


def read_bytes(data: bytes, filename: str, *, pdf_engine: str | None = None) -> Document:
    """Read a document from memory; ``filename`` gives the path shown and the suffix.

    ``pdf_engine`` ("pdfplumber" or "pdfium") overrides the default set by
    :func:`set_pdf_engine` for a PDF."""
    if len(data) > MAX_BYTES:  # callers read at most one byte past the limit
        raise _too_big(len(data), exact=len(data) != MAX_BYTES + 1)
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
    if kind == "pdf":
        from .pdf_forms import read_form_fields

        read_form_fields(data, doc)  # a form filled in: pages whose fields hold their text
        if doc.paragraphs:
            from .pdf_forms import note_attachments

            note_attachments(data, doc)  # the draft attached behind a cover page is not read: said
    if not doc.paragraphs and not doc.pages_without_text:
        if kind == "pdf":
            from .pdf_forms import annotation_text_pages

            pages = annotation_text_pages(data)
            if pages:
                shown = "、".join(map(str, pages[:10])) + ("等" if len(pages) > 10 else "")
                raise ReadError(f"PDF 页面上没有正文文字，只有第 {shown} 页的注释（批注、文本框注释或表单域）中有文字，"
                                "这些不算正文，没有经过检查。请提交由 Word/WPS 导出的 PDF 或 .docx 原稿。")
            from .pdf_forms import attached_files

            files = attached_files(data)
            if files:
                raise ReadError(f"PDF 页面上没有文字，文件中附有{''.join(f'“{n}”' for n in files)}（PDF 附件），"
                                "附件的内容没有经过检查。请把附件另存出来后直接检查附件文件。")
        raise ReadError("文件中没有提取到任何文字。")
    return doc


def open_regular(path: str | Path):
    """Open a file for reading only if it is a regular file; else ReadError.

    A FIFO would block ``open()`` forever, a device (a link to /dev/zero) would
    read forever: the file is opened without blocking and checked on the open
    descriptor (no race between a check and the open), then switched back to
    blocking reads."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        try:  # a socket cannot be opened at all: say what it is
            mode = os.stat(path).st_mode
        except OSError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):
            raise ReadError(not_regular_message(mode)) from None
        raise ReadError(os_message("无法打开文件", exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(not_regular_message(st.st_mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st.st_size
    except BaseException:
        os.close(fd)
        raise


def not_regular_message(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        what = "命名管道（FIFO），读取它会一直等待"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "设备文件（例如指向 /dev/zero 的链接），读取它不会结束"
    elif stat.S_ISSOCK(mode):
        what = "套接字"
    elif stat.S_ISDIR(mode):
        what = "文件夹"
    else:
        what = "特殊文件"
    return f"这不是普通文件，而是{what}；gwlint 不读取。请确认路径指向的是公文文件。"


# ENAMETOOLONG: the whole path past the system's limit (4096 bytes on Linux; a name past 255)
LONG_PATH = "路径过长，超过操作系统允许的长度（Linux 上整个路径 4096 字节、每一级名称 255 字节）。请把文件移到路径较短的文件夹后再检查。"


def os_message(what: str, exc: OSError) -> str:
    """``what`` (无法打开文件, 无法读取文件) and why, in Chinese."""
    import errno

    if exc.errno == errno.ELOOP:
        return f"{what}：符号链接循环（链接最终指向自己），无法读取。"
    if exc.errno == errno.ENOENT and os.path.islink(exc.filename or ""):
        return f"{what}：符号链接指向的文件不存在。"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{what}：{LONG_PATH}"
    return f"{what}：{read_reason(exc)}。"


# Why a file could not be opened or read, for the errors a batch meets: the system's English text stays in
# brackets for a technician; an error not listed here still says which one it was.
_READ_REASONS = {
    "ENOENT": "文件不存在（可能在列出之后被移走或删除）", "EACCES": "没有读取权限", "EPERM": "没有读取权限",
    "ENOTDIR": "路径中有一段不是文件夹", "EIO": "输入输出错误（磁盘或网络存储故障）", "EISDIR": "这是文件夹，不是文件",
    "EINVAL": "这个文件不支持读取（如系统的特殊文件）", "ENXIO": "文件所在的设备不存在或已断开",
    "ENODEV": "文件所在的设备不存在或已断开", "ESTALE": "网络文件系统上的文件已失效（可能在别处被删除或移走）",
    "EAGAIN": "文件暂时无法读取（被锁定或正在使用）", "EBUSY": "文件正在被占用", "ETXTBSY": "文件正在被占用",
    "EMFILE": "同时打开的文件过多", "ENFILE": "系统同时打开的文件过多", "ENOMEM": "内存不足",
    "EOVERFLOW": "文件过大，无法读取", "EFBIG": "文件过大，无法读取", "ETIMEDOUT": "网络存储响应超时",
    "EHOSTDOWN": "网络存储不可达", "ENOLINK": "网络存储连接已断开", "ECONNRESET": "网络存储连接已断开",
    "EOPNOTSUPP": "文件系统不支持这样读取", "ENOTSUP": "文件系统不支持这样读取",
}


def read_reason(exc: OSError) -> str:
    """Why ``exc`` stopped a read, in Chinese."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    reason = _READ_REASONS.get(name)
    if reason:
        return f"{reason}（{exc.strerror}）" if exc.strerror else reason
    return f"系统错误 {name or exc.errno}（{exc.strerror or exc}）"


def path_problem(path: str | Path) -> str | None:
    """Why a path named on the command line cannot be checked (a missing file, a link that loops or leads
    nowhere, a place that cannot be reached), or None when it can be looked at."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == __import__("errno").ENOENT and not os.path.islink(path):
            return "文件或文件夹不存在。"
        exc.filename = exc.filename or str(path)
        return os_message("无法打开", exc)
    except ValueError:  # a NUL in the name
        return "文件名无效。"
    return None


def read_path(path: str | Path, *, pdf_engine: str | None = None) -> Document:
    fh, size = open_regular(path)
    with fh:
        if size > MAX_BYTES:
            raise _too_big(size)
        try:
            data = fh.read(MAX_BYTES + 1)  # the file may grow after the size check
        except OSError as exc:
            raise ReadError(os_message("无法读取文件", exc)) from None
        if len(data) > MAX_BYTES:  # grew after the check: its size now is what stat says
            raise _too_big(max(len(data), os.fstat(fh.fileno()).st_size))
    return read_bytes(data, str(path), pdf_engine=pdf_engine)

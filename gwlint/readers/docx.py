""".docx reader: body paragraphs and table cells in reading order, with resolved fonts.

python-docx opens the package (so :attr:`Paragraph.source` can be a real
python-docx object for writers such as the comment annotator), but the walk
itself runs over the lxml elements with qualified tag names: the high-level
python-docx properties are too slow to call per run.

Text rules (what Word shows with tracked changes accepted):

* runs inside ``w:ins``/``w:moveTo``, hyperlinks, smart tags, custom XML,
  content controls (``w:sdt``, block and run level), simple fields and ruby
  bases are included; ``w:del``/``w:moveFrom`` (and so ``w:delText``), field
  codes (``w:instrText``) and hidden text (``w:vanish``, ``w:specVanish``, also through styles; named in a
  note) are not; a paragraph whose mark is hidden runs on into the next, as a deleted mark does;
* a tab (``w:tab``/``w:ptab``) becomes one ASCII space, its offset kept in
  :attr:`Paragraph.tabs` (a list typed with tabs is a table);
* a manual line/page/column break (``w:br``, ``w:cr``) inside a paragraph joins
  the two sides with nothing when either side is a CJK character or full-width
  punctuation (a title typed on two lines is one paragraph: "关于……" + "的通知"),
  with one space between two Latin/digit characters ("Word" / "2016"), and with
  nothing between two digits (a number broken across title lines: "20" / "26年");
* leading/trailing spaces (ASCII, full-width U+3000, no-break) are stripped, as
  in the .txt reader; a paragraph left empty is not emitted but still counts in
  ``source_index``;
* text boxes (``w:txbxContent``, e.g. a red-head 发文机关标志 drawn in a box) are
  emitted as paragraphs of their own at the anchor, before the anchoring
  paragraph's text; of an ``mc:AlternateContent`` one branch is read (see
  :mod:`.mce`: the first ``mc:Choice`` the reader understands, else the
  ``mc:Fallback``), so a box is never read twice;
* a table cell is one paragraph (kind "table_cell", table=(no., row, grid
  column)), its paragraphs joined by one space, or by nothing when the previous
  one ends with full-width punctuation (a space after "。" would itself look
  like a typing error); merged cells appear once (horizontal spans are one
  ``w:tc``; vertical continuation cells are skipped and not counted); nested
  tables follow their cell, numbered in the order they are met.
* Word comments whose text is a ``gwlint: ignore [CODES]`` directive are
  recorded as :class:`~gwlint.model.Suppression` over the lines their
  ``w:commentRangeStart``…``w:commentRangeEnd`` covers (a marker in a paragraph
  that yields no line moves to the next line for a start, the previous for an
  end; ``gwlint: ignore-file [CODES]`` covers the whole body); other comments
  are ignored;
* In headers and footers the page fields PAGE/NUMPAGES/SECTIONPAGES/SECTION
  read as ``{PAGE}`` etc. instead of their stale cached value, so the GB/T 9704
  footer reads ``— {PAGE} —``; in the body a field reads as its cached result.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from typing import Any

from . import xmlerrors
from .mce import branch as _branch
from .ooxml_strict import STRICT, to_transitional
from ..model import Document, PageSetup, Paragraph, ReadError, Suppression, TextStyle

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Name of the stream holding an encrypted OOXML package, as stored (UTF-16LE)
# in the compound file's directory.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MiB = 1024 * 1024
# Zip bombs.  python-docx holds every part in memory and lxml's tree is about ten
# times its XML, so XML parts are capped far below what would exhaust memory (a
# 500-page document.xml is about 20 MiB); big binary parts (images, embedded
# files) are not needed for the text and are left out unless the package is
# read to be written back (annotation).
MAX_XML_PART = 32 * _MiB
MAX_LOADED_BYTES = 256 * _MiB  # all parts read into memory together
MAX_PARTS = 10_000
BIG_BINARY_PART = 16 * _MiB
MAX_UNPACKED_BYTES = 1024 * _MiB  # declared size of everything, when all of it is to be loaded

ENCRYPTED_MESSAGE = "文件已加密（设置了打开密码），gwlint 无法读取。请在 Word 或 WPS 中取消密码保护后另存为 .docx，再检查。"
_CORRUPT_MESSAGE = (
    "文件不是有效的 .docx：压缩包已损坏或不完整（可能未下载完整）。"
    "请重新获取文件，或在 Word、WPS 中打开后另存为 .docx 再检查。"
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W_NS
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

W_P, W_TBL, W_TR, W_TC, W_R, W_T = _W + "p", _W + "tbl", _W + "tr", _W + "tc", _W + "r", _W + "t"
W_PPR, W_RPR, W_TCPR, W_TRPR, W_TBLPR = _W + "pPr", _W + "rPr", _W + "tcPr", _W + "trPr", _W + "tblPr"
W_SDT, W_SDTCONTENT, W_CUSTOMXML = _W + "sdt", _W + "sdtContent", _W + "customXml"
W_SDTPR, W_SHOWINGPLCHDR = _W + "sdtPr", _W + "showingPlcHdr"
W_INS, W_MOVETO, W_HYPERLINK, W_SMARTTAG = _W + "ins", _W + "moveTo", _W + "hyperlink", _W + "smartTag"
W_DIR, W_BDO, W_FLDSIMPLE = _W + "dir", _W + "bdo", _W + "fldSimple"
W_TAB, W_PTAB, W_BR, W_CR = _W + "tab", _W + "ptab", _W + "br", _W + "cr"
W_FLDCHAR, W_INSTRTEXT, W_SYM = _W + "fldChar", _W + "instrText", _W + "sym"
W_NBHYPHEN, W_RUBY, W_RUBYBASE = _W + "noBreakHyphen", _W + "ruby", _W + "rubyBase"
W_DRAWING, W_PICT, W_OBJECT, W_TXBX = _W + "drawing", _W + "pict", _W + "object", _W + "txbxContent"
W_PSTYLE, W_RSTYLE, W_TBLSTYLE = _W + "pStyle", _W + "rStyle", _W + "tblStyle"
W_RFONTS, W_SZ, W_B, W_VANISH, W_JC, W_IND = _W + "rFonts", _W + "sz", _W + "b", _W + "vanish", _W + "jc", _W + "ind"
W_SPECVANISH = _W + "specVanish"  # hidden even when hidden text is shown (Word's style separator)
W_GRIDSPAN, W_VMERGE, W_GRIDBEFORE, W_DEL, W_CELLDEL, W_MOVEFROM = (
    _W + "gridSpan", _W + "vMerge", _W + "gridBefore", _W + "del", _W + "cellDel", _W + "moveFrom")
W_SECTPR, W_SECTPRCHANGE, W_PGSZ, W_PGMAR = _W + "sectPr", _W + "sectPrChange", _W + "pgSz", _W + "pgMar"
W_HDRREF, W_FTRREF, W_ALTCHUNK = _W + "headerReference", _W + "footerReference", _W + "altChunk"
W_SUBDOC = _W + "subDoc"
W_OBJEMBED = _W + "objectEmbed"
_O_OLE = "{urn:schemas-microsoft-com:office:office}OLEObject"
_R_ID = _R + "id"
W_CRS, W_CRE, W_COMMENT = _W + "commentRangeStart", _W + "commentRangeEnd", _W + "comment"
MC_ALT, MC_CHOICE, MC_FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
M_OMATH, M_OMATHPARA, M_T = _M + "oMath", _M + "oMathPara", _M + "t"

A_VAL = _W + "val"
A_TYPE = _W + "type"
A_ID = _R + "id"

# Containers whose children are paragraph content (runs and more containers).
_RUN_CONTAINERS = frozenset({W_INS, W_MOVETO, W_HYPERLINK, W_SMARTTAG, W_CUSTOMXML, W_DIR, W_BDO})
# Containers whose children are block content (paragraphs, tables).
_BLOCK_CONTAINERS = frozenset({W_CUSTOMXML, W_INS, W_MOVETO})
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"})
_SKIP_NOTE_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})

_STRIP = " \t\r\n\u3000\ufeff\u00a0"
# CJK ideographs, CJK/full-width punctuation, and the quotes/dashes/ellipsis
# that Chinese text uses: a line break next to one of these joins with nothing.
_CJK_RANGES = ((0x00B7, 0x00B7), (0x2014, 0x2026), (0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
               (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
_FULLWIDTH_END = frozenset("。，、；：！？）】》」』”’…—")
_BREAK = object()
_DIGITS = frozenset("0123456789")

_JC_MAP = {
    "left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
    "both": "justify", "distribute": "justify", "lowKashida": "justify", "mediumKashida": "justify",
    "highKashida": "justify", "thaiDistribute": "justify",
}
_FALSE = frozenset({"0", "false", "off", "none"})
_LANG_SCRIPT = {
    "zh-cn": "Hans", "zh-sg": "Hans", "zh-tw": "Hant", "zh-hk": "Hant", "zh-mo": "Hant",
    "ja-jp": "Jpan", "ko-kr": "Hang",
}
_UNITS = {"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440.0, "pt": 20.0, "pc": 240.0, "pi": 240.0}


def is_encrypted_ooxml(data: bytes) -> bool:
    """True for a password-protected Word/Excel/PowerPoint 2007+ file.

    Such a file is an OLE2 compound file whose directory holds an
    ``EncryptedPackage`` stream (MS-OFFCRYPTO), not a zip.
    """
    return data[:8] == _OLE2 and _ENCRYPTED_PACKAGE in data


# --------------------------------------------------------------------------
# entry point


def read_docx(data: bytes, filename: str, *, keep_binary: bool = False) -> Document:
    """Read a .docx; any failure becomes a :class:`ReadError` with advice in Chinese.

    ``keep_binary``: load big images and embedded files too (to write the package
    back, as the annotator does); by default they are left out (see MAX_XML_PART)."""
    if data[:8] == _OLE2:
        if is_encrypted_ooxml(data):
            raise ReadError(ENCRYPTED_MESSAGE)
        raise ReadError("这是旧版 Office 二进制格式（如 .doc）文件，不是 .docx。请在 Word 或 WPS 中“另存为” .docx 后再检查。")
    try:
        data = _check_package(data, keep_binary)
        from lxml import etree

        from .docx_styles import open_document

        # libxml2's error log is per thread and keeps growing across files: a worker that once ran out of
        # memory would call every later damaged file "out of memory" (see _translate_error)
        etree.clear_error_log()

        document = open_document(data)  # docx.Document(data), the styles part parsed only where needed
        return _DocxReader(document, filename).read()
    except ReadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise ReadError(_CORRUPT_MESSAGE) from None
    except MemoryError:
        raise ReadError("文件内容过大，内存不足，无法读取。请拆分后再检查。", limit="memory") from None
    except RecursionError:
        raise ReadError("文件结构嵌套过深（表格或文本框层层嵌套），无法读取。请简化后另存为 .docx 再检查。") from None
    except Exception as exc:  # lxml, python-docx, anything: never a traceback
        raise _translate_error(exc, data) from None


def _layout_table(paras: list[Paragraph]) -> str | None:
    """A whole 公文 typed into a table, a line to a row (OA templates lay pages out with tables): when every
    paragraph of the body is a table cell and no row holds two, the table is the page, not a table of the text —
    its cells are read as body paragraphs (in place), so the title, 主送机关, 署名 and 日期 are found.  Returns the
    reader note, or None."""
    if len(paras) < 3 or any(p.kind != "table_cell" or p.table is None for p in paras):
        return None
    rows = [(p.table[0], p.table[1]) for p in paras]
    if len(set(rows)) != len(rows):
        return None
    for p in paras:
        p.kind, p.table = "body", None
    return "正文全部排在表格中（每行一段，版式表格），已按正文段落读取。"


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _size_mib(n: int) -> str:
    return f"{n / _MiB:.1f} MiB"


def _check_sizes(infos: list) -> list:
    """Refuse bombs by the sizes the zip declares (zipfile never inflates a member
    past its declared size); return the big binary members to leave out."""
    if len(infos) > MAX_PARTS:
        raise ReadError(f"文件包含 {len(infos)} 个部件，远超正常公文，可能是恶意构造的文件，已拒绝读取。")
    for i in infos:
        if _is_xml(i.filename) and i.file_size > MAX_XML_PART:
            raise ReadError(f"文档部件 {i.filename} 解压后为 {_size_mib(i.file_size)}，超过 {_size_mib(MAX_XML_PART)} "
                            "上限（正常公文远小于此），可能是压缩炸弹，已拒绝读取。请拆分后再检查。")
    big = [i for i in infos if not _is_xml(i.filename) and i.file_size > BIG_BINARY_PART]
    loaded = sum(i.file_size for i in infos) - sum(i.file_size for i in big)
    if loaded > MAX_LOADED_BYTES:
        raise ReadError(f"文件解压后过大（{_size_mib(loaded)}，上限 {_size_mib(MAX_LOADED_BYTES)}），"
                        "可能不是正常的公文文件，已拒绝读取。")
    return big


# Members whose heads were read and passed (no DTD) in this process: (name, CRC, sizes, method, flags, what the local
# header says of the name) -> [the member's compressed bytes, whether its head declares Strict Open XML].  A template's parts (styles,
# stylesWithEffects, theme, font table, settings, numbering, rels: most members of a draft) come back byte for byte;
# the same header fields and compressed bytes open the same way and inflate to the same head, so a member seen
# before is not opened again (~45 µs each: ~0.5 ms of a python-docx draft's 13 XML members).
_HEADS: dict[tuple, list] = {}
_HEADS_MAX = 64
_HEAD_BYTES_MAX = 256 * 1024  # members larger than this (compressed) are always opened: at most 16 MiB kept


def _raw_member(data: bytes | None, i: zipfile.ZipInfo) -> tuple[tuple, bytes] | None:
    """The key and the compressed bytes of member ``i`` in ``data``, found as ``ZipFile.open`` finds them; None
    where it would not find them plainly (then the member is opened)."""
    if data is None or i.compress_size > _HEAD_BYTES_MAX:
        return None
    off = i.header_offset
    head = data[off:off + 30]
    if len(head) != 30 or head[:4] != b"PK\x03\x04":
        return None
    name_end = off + 30 + int.from_bytes(head[26:28], "little")
    start = name_end + int.from_bytes(head[28:30], "little")
    end = start + i.compress_size
    limit = getattr(i, "_end_offset", None)  # newer Pythons refuse a member overlapping the next one
    if end > len(data) or (limit is not None and end > limit):
        return None
    # what ZipFile.open reads of the local header: its flags (how the name is encoded), the name, where the
    # data starts (not the time, the CRC or the sizes written there: the central directory's are used)
    return (i.orig_filename, i.CRC, i.compress_size, i.file_size, i.compress_type, i.flag_bits, head[6:8],
            data[off + 30:name_end], start - name_end), data[start:end]


def _refuse_doctype(zf: zipfile.ZipFile, infos: list, data: bytes | None = None) -> bool:
    """Word never writes a DTD.  One in a part can only declare entities, which the
    reader does not expand (XXE, billion laughs) and which would be left dangling in
    an annotated copy: such a file is refused, never half-read.  Returns whether a part's
    head declares a Strict Open XML namespace (the heads are read here anyway).
    ``data``: the bytes ``zf`` reads, to know members seen before (see _HEADS)."""
    strict = False
    for i in infos:
        if not _is_xml(i.filename) or i.file_size == 0:
            continue
        raw = _raw_member(data, i)
        if raw is not None:
            seen = _HEADS.get(raw[0])
            if seen is not None and seen[0] == raw[1]:
                strict = strict or seen[1]
                _remember_head(raw, seen[1])  # the newest again: a template's parts outlive the drafts' own
                continue
        with zf.open(i) as fh:
            # a DTD comes before the root element: once a UTF-8 head shows the root, the
            # rest of the 64 KiB cannot change the answer (no need to inflate it)
            head = fh.read(4096)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or not re.search(rb"<[A-Za-z_]", head):
                head += fh.read(64 * 1024 - len(head))
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
        strict = strict or STRICT in head
        root = re.search(rb"<[A-Za-z_]", head)
        doctype = head.find(b"<!DOCTYPE")
        if doctype >= 0 and (root is None or doctype < root.start()):
            raise ReadError(f"文件的部件 {i.filename} 含有 DOCTYPE（实体）声明。Word 和 WPS 不会生成这样的文件，"
                            "它可能是恶意构造的，gwlint 不予读取。请在 Word 或 WPS 中打开后另存为 .docx 再检查。")
        if raw is not None:
            _remember_head(raw, STRICT in head)
    return strict


def _remember_head(raw: tuple[tuple, bytes], strict: bool) -> None:
    from .docx_styles import KNOWN_LOCK as lock  # renewed in a forked child

    with lock:
        _HEADS.pop(raw[0], None)
        while len(_HEADS) >= _HEADS_MAX:
            del _HEADS[next(iter(_HEADS))]  # the oldest
        _HEADS[raw[0]] = [raw[1], strict]


def _check_package(data: bytes, keep_binary: bool = False) -> bytes:
    """Cheap structural checks before python-docx; returns the (possibly fixed) bytes."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ReadError(_CORRUPT_MESSAGE) from None
    big = _check_sizes(infos)
    from .zipnames import twice_named

    twice = twice_named(infos)
    if twice:
        raise ReadError(twice)
    if keep_binary and sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise ReadError("文件解压后过大（超过 1 GiB），可能不是正常的公文文件，已拒绝读取。")
    names = {i.filename for i in infos}
    with zf:
        strict = _refuse_doctype(zf, infos, data)
        replaced = {i.filename: b"" for i in big} if not keep_binary else {}  # never inflate a 900 MiB "image"
        if strict:  # Strict Open XML: the same WordprocessingML under other names (see ooxml_strict)
            replaced.update({i.filename: to_transitional(zf.read(i)) for i in infos
                             if _is_xml(i.filename) and i.filename not in replaced})
        if replaced:
            data = _replace_members(zf, infos, replaced)
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
            raise ReadError(_not_word_message(zf, names))
        content_types = zf.read("[Content_Types].xml")
        if b"wordprocessingml.document.main+xml" in content_types:
            return data
        # Macro-enabled documents and templates (.docm, .dotx, .dotm) hold the same
        # WordprocessingML; python-docx only accepts the .docx content type, so
        # relabel the main part in memory.
        for other in (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                      b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                      b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"):
            if other in content_types:
                fixed = content_types.replace(
                    other, b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                return _replace_members(zf, infos, {"[Content_Types].xml": fixed})
        raise ReadError(_not_word_message(zf, names))


def _replace_members(zf: zipfile.ZipFile, infos: list, contents: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in infos:
            new.writestr(info.filename, contents[info.filename] if info.filename in contents
                         else zf.read(info.filename))
    return out.getvalue()


def _not_word_message(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        kind = "Excel 工作簿"
    elif "ppt/presentation.xml" in names:
        kind = "PowerPoint 演示文稿"
    elif "OFD.xml" in names:
        return "这是 OFD 版式文件，gwlint 暂不支持。请导出为 .pdf 或 .docx 后再检查。"
    elif "mimetype" in names and b"opendocument.text" in zf.read("mimetype")[:100]:
        return "这是 ODF 文本文档（.odt），请在 WPS 或 Word 中“另存为” .docx 后再检查。"
    elif any(n != n.replace("\\", "/").lstrip("/") for n in names) and \
            {"word/document.xml", "[content_types].xml"} & {n.replace("\\", "/").lstrip("/").lower() for n in names}:
        bad = next(n for n in sorted(names) if n != n.replace("\\", "/").lstrip("/"))
        return (f"压缩包中的部件名写法不符合 Office 文档格式（如“{bad}”：用了反斜杠或以斜杠开头，常见于自行打包的文件），"
                "LibreOffice 无法打开，Word、WPS 也可能打不开，gwlint 不予读取。请用生成它的软件重新导出，或改用 Word、WPS 保存的 .docx。")
    elif "word/document.xml" in names:
        how = "没有把它声明为 Word 文档正文" if "[Content_Types].xml" in names else "缺失（它声明各部件的类型）"
        return (f"文件中有正文部件 word/document.xml，但 [Content_Types].xml {how}，不是 Word 文档的完整结构"
                "（常见于其他软件生成的文件），gwlint 不予读取。请在 Word 或 WPS 中打开（按提示修复）后另存为 .docx 再检查。")
    else:
        return (
            "文件是 zip 压缩包，但不是 Word 文档（缺少 word/document.xml 等正文部件）。"
            "请确认选择了正确的文件，或在 Word、WPS 中打开后另存为 .docx 再检查。"
        )
    return f"这是{kind}，不是 Word 文档。请提供 .docx 格式的公文草稿。"


def _translate_error(exc: Exception, data: bytes) -> ReadError:
    from lxml import etree

    if isinstance(exc, etree.XMLSyntaxError) and any(e.type_name == "ERR_NO_MEMORY" for e in exc.error_log):
        # libxml2 ran out of memory (the worker's budget): not a damaged file
        return ReadError("文件内容过大，内存不足，无法读取。请拆分后再检查。", limit="memory")
    if isinstance(exc, etree.XMLSyntaxError):
        part, bad = _find_bad_xml(data)
        bad = bad or exc
        if xmlerrors.is_resource_limit(bad):  # built, not damaged: say so, and no libxml2 English
            return ReadError(xmlerrors.too_deep_message(
                part or "word/document.xml", "例如表格层层嵌套", "请在 Word 或 WPS 中打开，减少层层嵌套的表格后另存为 .docx 再检查。"))
        where = "文档正文（word/document.xml）" if part == "word/document.xml" else f"部件 {part} " if part else "文档内部部件"
        return ReadError(
            f"文件已损坏：{where}中的 XML 格式有错误（{xmlerrors.describe(bad)}）。"
            "请用 Word 或 WPS 打开该文件（Word 会提示修复），修复后另存为 .docx 再检查。"
        )
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc).lower():
        return ReadError("压缩包中的内容设置了密码，gwlint 无法读取。请提供未加密的 .docx 文件。")
    if isinstance(exc, KeyError):
        return ReadError(
            "文件结构不完整（缺少必需的部件，可能是其他软件生成的残缺文件）。"
            "请在 Word 或 WPS 中打开后另存为 .docx 再检查。"
        )
    if isinstance(exc, ValueError) and "not a Word file" in str(exc):
        return ReadError("文件不是 Word 文档。请提供 .docx 格式的公文草稿。")
    if isinstance(exc, NotImplementedError) and "compression" in str(exc):  # zipfile: AES (99), Deflate64 (9)…
        return ReadError("压缩包中的部件使用了 Word 和 WPS 不会使用的压缩方式（如 WinZip 的 AES 加密、Deflate64），"
                         "gwlint 无法解压。请在 Word 或 WPS 中打开后另存为 .docx 再检查。")
    # the library's own words are English and name its internals: the type is enough to report a bug with
    return ReadError(
        f"无法读取该 .docx 文件（{type(exc).__name__}）。"
        "请在 Word 或 WPS 中打开后另存为 .docx 再检查。"
    )


def _find_bad_xml(data: bytes) -> tuple[str | None, Exception | None]:
    """On the error path only: which XML part of the package does not parse, and its parse error."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = sorted(zf.namelist(), key=lambda n: n != "word/document.xml")
            for name in names:
                if not name.endswith((".xml", ".rels")):
                    continue
                try:
                    etree.fromstring(zf.read(name), parser)
                except etree.XMLSyntaxError as exc:
                    return name, exc
    except Exception:
        pass
    return None, None


# --------------------------------------------------------------------------
# styles


def _on(el) -> bool:
    """A toggle property such as w:b: present with no val, or a true val."""
    v = el.get(A_VAL)
    return v is None or v.lower() not in _FALSE


def _rprops(rpr) -> dict:
    """Font-relevant run properties of one w:rPr (no inheritance)."""
    out: dict = {}
    if rpr is None:
        return out
    for ch in rpr:
        tag = ch.tag
        if tag == W_RFONTS:
            # a theme reference wins over a named font in the same slot
            for key, slot in (("ea", "eastAsia"), ("ascii", "ascii")):
                theme, font = ch.get(_W + slot + "Theme"), ch.get(_W + slot)
                if theme:
                    out[key] = ("theme", theme)
                elif font:
                    out[key] = ("font", font)
        elif tag == W_SZ:
            try:
                out["sz"] = float(ch.get(A_VAL)) / 2
            except (TypeError, ValueError):
                pass
        elif tag == W_B:
            out["b"] = _on(ch)
        elif tag == W_VANISH:
            out["vanish"] = _on(ch) or out.get("vanish") == "spec"
        elif tag == W_SPECVANISH and _on(ch):
            out["vanish"] = "spec"
    return out


def _pprops(ppr) -> dict:
    """Alignment and first-line indent of one w:pPr (no inheritance)."""
    out: dict = {}
    if ppr is None:
        return out
    for ch in ppr:
        tag = ch.tag
        if tag == W_JC:
            v = ch.get(A_VAL)
            if v:
                out["jc"] = _JC_MAP.get(v, "left")
        elif tag == W_IND:
            first = _first_line(ch)
            if first is not None:
                out["ind"] = first
    return out


def _first_line(ind) -> tuple[str, float] | None:
    """("chars", n) or ("twips", n) for the first line; hanging indents are negative."""
    get = ind.get
    for attr, kind, sign in (("hangingChars", "chars", -1), ("firstLineChars", "chars", 1)):
        v = get(_W + attr)
        if v is not None:
            try:
                n = float(v)
            except ValueError:
                continue
            if n:
                return kind, sign * n / 100
    for attr, sign in (("hanging", -1), ("firstLine", 1)):
        v = get(_W + attr)
        if v is not None:
            t = _twips(v)
            if t is not None:
                return "twips", sign * t
    return None


def _twips(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    v = value.strip()
    unit = _UNITS.get(v[-2:])
    if unit is None:
        return None
    try:
        return float(v[:-2]) * unit
    except ValueError:
        return None


class _StyleTable:
    """A styles part's styles indexed per style id, each flattened (basedOn chain) on first use: what the
    part alone decides, so one table serves every document that carries the same part (a skeleton's
    ``table``, see docx_styles)."""

    def __init__(self, styles_root, full=None) -> None:
        self._full = full  # a placeholder style -> its whole element (docx_styles.Skeleton.full)
        self._el: dict[str, Any] = {}
        self._raw: dict[str, tuple[str | None, dict, dict]] = {}
        self._flat: dict[str, tuple[dict, dict]] = {}
        self.default_paragraph: str | None = None
        self.doc_r: dict = {}
        self.doc_p: dict = {}
        if styles_root is not None:
            style_tag = _W + "style"
            for el in styles_root:
                if el.tag == style_tag:
                    sid = el.get(_W + "styleId")
                    if sid is None:
                        continue
                    self._el.setdefault(sid, el)
                    if self.default_paragraph is None and el.get(_W + "default") is not None \
                            and el.get(A_TYPE) == "paragraph" and _on_attr(el.get(_W + "default")):
                        self.default_paragraph = sid
                elif el.tag == _W + "docDefaults":
                    rpr = el.find(f"{_W}rPrDefault/{W_RPR}")
                    ppr = el.find(f"{_W}pPrDefault/{W_PPR}")
                    self.doc_r = _rprops(rpr)
                    self.doc_p = _pprops(ppr)

    def _raw_of(self, sid: str):
        raw = self._raw.get(sid)
        if raw is None:
            el = self._el[sid]
            if self._full is not None:
                el = self._full(el)
            based = el.find(_W + "basedOn")
            raw = (based.get(A_VAL) if based is not None else None,
                   _rprops(el.find(W_RPR)), _pprops(el.find(W_PPR)))
            self._raw[sid] = raw
        return raw

    def flat(self, sid: str | None) -> tuple[dict, dict]:
        """(run props, paragraph props) of a style including its basedOn chain (never changed by callers:
        the table may be shared)."""
        if sid is None:
            return {}, {}
        hit = self._flat.get(sid)
        if hit is not None:
            return hit
        chain = []
        seen = set()
        cur: str | None = sid
        while cur is not None and cur not in seen and cur in self._el:
            seen.add(cur)
            raw = self._raw_of(cur)
            chain.append(raw)
            cur = raw[0]
        r: dict = {}
        p: dict = {}
        for _, rr, pp in reversed(chain):
            r.update(rr)
            p.update(pp)
        self._flat[sid] = (r, p)
        return r, p

    def known(self, sid: str | None) -> bool:
        return sid is not None and sid in self._el

    def numbering(self, sid: str) -> tuple[str, int | None] | None:
        """(numId, ilvl) of the list a paragraph style (or a style it is based on) numbers its paragraphs with."""
        seen = set()
        cur: str | None = sid
        while cur is not None and cur not in seen and cur in self._el:
            seen.add(cur)
            el = self._el[cur]
            if self._full is not None:
                el = self._full(el)
            npr = el.find(f"{W_PPR}/{_W}numPr")
            if npr is not None:
                nid, il = npr.find(_W + "numId"), npr.find(_W + "ilvl")
                if nid is not None:
                    return nid.get(A_VAL), (_int(il.get(A_VAL), 0) if il is not None else None)
            based = el.find(_W + "basedOn")
            cur = based.get(A_VAL) if based is not None else None
        return None

class _Styles:
    """styles.xml flattened per style id (basedOn chains), with theme fonts.

    Styles are only indexed up front; a style's properties are read the first
    time a paragraph or run uses it, and the theme part is parsed only when a
    theme font is referenced.
    """

    def __init__(self, table: _StyleTable, theme_loader, east_asia_lang: str | None) -> None:
        self.flat, self.known, self.numbering = table.flat, table.known, table.numbering
        self.default_paragraph = table.default_paragraph
        self.doc_r, self.doc_p = table.doc_r, table.doc_p
        self._theme_loader = theme_loader
        self._east_asia_lang = east_asia_lang
        self._theme: dict[str, str] | None = None

    def font(self, slot: tuple[str, str] | None) -> str | None:
        if slot is None:
            return None
        kind, value = slot
        if kind == "font":
            return value
        if self._theme is None:
            self._theme = _theme_fonts(self._theme_loader(), self._east_asia_lang)
        return self._theme.get(value)


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() not in _FALSE


def _theme_fonts(theme_root, east_asia_lang: str | None) -> dict[str, str]:
    """Map w:*Theme values (minorEastAsia, majorHAnsi, ...) to typefaces.

    The East Asian theme font is the script-specific face for the document's
    East Asian theme language (settings.xml w:themeFontLang, e.g. zh-CN →
    "Hans"), else the ``a:ea`` typeface, else the simplified-Chinese face.
    """
    out: dict[str, str] = {}
    if theme_root is None:
        return out
    script = _LANG_SCRIPT.get((east_asia_lang or "").lower())
    for which in ("major", "minor"):
        font = theme_root.find(f".//{_A}{which}Font")
        if font is None:
            continue
        latin = font.find(_A + "latin")
        ea = font.find(_A + "ea")
        cs = font.find(_A + "cs")
        scripts = {f.get("script"): f.get("typeface") for f in font.iter(_A + "font")}
        latin_face = latin.get("typeface") if latin is not None else None
        ea_face = (scripts.get(script) if script else None) or (ea.get("typeface") if ea is not None else None) \
            or scripts.get("Hans")
        cs_face = cs.get("typeface") if cs is not None else None
        for name, face in (("HAnsi", latin_face), ("Ascii", latin_face), ("EastAsia", ea_face), ("Bidi", cs_face)):
            if face:
                out[which + name] = face
    return out


# --------------------------------------------------------------------------
# the walk


class _Story:
    """Walks one story (body, a header, a footnote) into Paragraph objects."""

    def __init__(self, reader: "_DocxReader", header_footer: bool = False) -> None:
        self.r = reader
        self.hf = header_footer
        self.out: list[Paragraph] = []
        self.index = 0  # source_index counter
        self.table_no = 0
        self.fields: list[list] = []  # [code parts, separated?, placeholder emitted?]
        # Comment range markers: (kind "start"/"end", comment id, w:p being walked or
        # None at block level, paragraphs emitted so far); ``owner`` maps each walked
        # w:p to the Paragraph it ended up in, to resolve the markers to lines.
        self.marks: list[tuple[str, str | None, Any, int]] = []
        self.owner: dict[Any, Paragraph] = {}
        self.cur_p = None
        # the pieces (and w:p elements) of paragraphs whose mark is a tracked deletion, waiting for the paragraph
        # they join when the changes are accepted (see :meth:`paragraph`)
        self.carry: tuple[list, list, dict | None] | None = None
        # automatic numbers of a story other than the body (a header, a note): counted within it (see _story_text)
        self.numbers: dict | None = None  # pieces, w:p walked, format of the first with text

    # ---- blocks

    def blocks(self, container, parent_obj, table_style: str | None = None) -> None:
        for el in container:
            tag = el.tag
            if tag == W_P:
                self.paragraph(el, parent_obj, table_style)
            elif tag == W_TBL:
                self.flush_carry(parent_obj)
                self.table(el, parent_obj)
            elif tag == W_SDT:
                content = el.find(W_SDTCONTENT)
                if content is not None and not self.placeholder(el, content):
                    self.blocks(content, parent_obj, table_style)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(el, parent_obj, table_style)
            elif tag == MC_ALT:
                branch = _branch(el)
                if branch is not None:
                    self.blocks(branch, parent_obj, table_style)
            elif tag == W_CRS or tag == W_CRE:
                self.mark(tag, el, None)
            elif tag == W_ALTCHUNK:
                # Word imports the chunk (HTML, RTF, another .docx: what web editors and converters write) as
                # body text; gwlint does not read it, so it is a part not checked (GW001 warning), never clean
                self.r.alt_chunks += 1
            elif tag == W_SUBDOC:
                self.r.sub_docs += 1

    def paragraph(self, p, parent_obj, table_style: str | None) -> None:
        pieces, para_props, boxes = self.walk_paragraph(p, table_style)
        carry, self.carry = self.carry, None  # text boxes are stories of their own: they join nothing
        for box in boxes:
            self.blocks(box, parent_obj)
            self.flush_carry(parent_obj)
        self.carry = carry
        self.index += 1
        walked = [p]
        if self.carry is not None:  # the paragraph before lost its mark: its text runs on into this one
            label = pieces[:1] if pieces and isinstance(pieces[0], tuple) and isinstance(pieces[0][0], _Label) else []
            pieces = label + self.carry[0] + pieces[len(label):]  # the number goes first
            walked = self.carry[1] + walked
            # the first paragraph with text gives the joined one its format (see docx_numbering._joined_owners)
            para_props = self.carry[2] if self.carry[2] is not None else para_props
            self.carry = None
        if _mark_gone(p):
            # A tracked deletion of the paragraph mark (deleting across a paragraph end, or a whole paragraph):
            # accepted, Word joins this paragraph to the next.  The rules read the draft as it will be, so the
            # two are one paragraph (a word or sentence split over them is read whole); a paragraph whose text
            # and mark are both deleted leaves nothing.
            self.carry = (pieces, walked, para_props if _strip_pieces(pieces) else None)
            return
        self.emit(pieces, para_props, walked, parent_obj)

    def emit(self, pieces: list, para_props: dict, walked: list, parent_obj) -> None:
        pieces = _strip_pieces(pieces)
        if not pieces:
            return
        self.out.append(Paragraph(
            text="".join(t for t, _ in pieces),
            source_index=self.index,
            style=_text_style(pieces, para_props),
            tabs=_tab_offsets(pieces),
            source=self.r.make_paragraph(walked[-1], parent_obj),
        ))
        if len(walked) > 1:  # joined over deleted marks: comments and revisions map onto every w:p read
            self.out[-1].source.gw_joined = walked
        for el in walked:
            self.owner[el] = self.out[-1]

    def flush_carry(self, parent_obj) -> None:
        """Emit the text of deleted-mark paragraphs that no following paragraph takes (a table or the end of the
        story comes next: Word keeps the text as a paragraph of its own)."""
        if self.carry is not None:
            (pieces, walked, props), self.carry = self.carry, None
            self.emit(pieces, props or {}, walked, parent_obj)

    def table(self, tbl, parent_obj) -> None:
        self.table_no += 1
        tno = self.table_no
        table_obj = self.r.make_table(tbl, parent_obj)
        tbl_pr = tbl.find(W_TBLPR)
        ts_el = tbl_pr.find(W_TBLSTYLE) if tbl_pr is not None else None
        table_style = ts_el.get(A_VAL) if ts_el is not None else None
        row_no = 0
        blanks: list = []  # content controls showing their placeholder met around rows or cells (noted once)
        for tr, row_blank in _wrapped(tbl, W_TR):
            col = 0
            tr_pr = tr.find(W_TRPR)
            if tr_pr is not None:
                if tr_pr.find(W_DEL) is not None:  # a deleted row (tracked): gone when accepted
                    continue
                gb = tr_pr.find(W_GRIDBEFORE)
                if gb is not None:
                    col = _int(gb.get(A_VAL), 0)
            row_no += 1
            for tc, blank in _wrapped(tr, W_TC, row_blank):
                span, continuation = 1, False
                tc_pr = tc.find(W_TCPR)
                if tc_pr is not None:
                    gs = tc_pr.find(W_GRIDSPAN)
                    if gs is not None:
                        span = max(_int(gs.get(A_VAL), 1), 1)
                    vm = tc_pr.find(W_VMERGE)
                    if vm is not None and vm.get(A_VAL, "continue") == "continue":
                        continuation = True
                    if tc_pr.find(W_CELLDEL) is not None:
                        continuation = True
                col_no = col + 1
                col += span
                if continuation:
                    continue  # part of the merged cell above
                if blank is None:
                    self.cell(tc, table_obj, (tno, row_no, col_no), table_style)
                    continue
                self.index += 1  # the cell is there, its text is the template's
                if not self.hf and all(b is not blank for b in blanks):
                    blanks.append(blank)
                    _note_placeholder(blank, self.r.placeholders)

    def cell(self, tc, table_obj, position: tuple[int, int, int], table_style: str | None) -> None:
        cell_obj = None
        joined: list[tuple[str, Any]] = []
        first_props: dict | None = None
        nested = []
        walked = []
        run_on = False
        for el in _cell_blocks(tc, None if self.hf else self.r.placeholders):
            if el.tag == W_TBL:
                nested.append(el)
                continue
            walked.append(el)
            pieces, para_props, boxes = self.walk_paragraph(el, table_style)
            if boxes:
                cell_obj = cell_obj or self.r.make_cell(tc, table_obj)
                for box in boxes:
                    self.blocks(box, cell_obj)
            pieces = _strip_pieces(pieces)
            # a deleted mark: the next paragraph continues this one (a deleted empty one continues nothing)
            glue, run_on = run_on, _mark_gone(el) and (bool(pieces) or run_on)
            if not pieces:
                continue
            if joined and not glue:
                last = joined[-1][0][-1]
                if last not in _FULLWIDTH_END:
                    joined.append((" ", joined[-1][1]))
            else:
                first_props = para_props
            joined.extend(pieces)
        self.index += 1
        cell_obj = cell_obj or self.r.make_cell(tc, table_obj)
        if joined:
            self.out.append(Paragraph(
                text="".join(t for t, _ in joined),
                source_index=self.index,
                kind="table_cell",
                table=position,
                style=_text_style(joined, first_props or {}),
                source=cell_obj,
            ))
            for el in walked:
                self.owner[el] = self.out[-1]
        for t in nested:
            self.table(t, cell_obj)

    # ---- paragraph content

    def walk_paragraph(self, p, table_style: str | None):
        """(pieces, paragraph props, text boxes) for one w:p.

        ``pieces`` is a list of (text, run style key) and _BREAK markers.
        """
        ppr = p.find(W_PPR)
        pstyle = None
        direct_p: tuple = ()
        if ppr is not None:
            ps = ppr.find(W_PSTYLE)
            if ps is not None:
                pstyle = ps.get(A_VAL)
            jc = ppr.find(W_JC)
            ind = ppr.find(W_IND)
            if jc is not None or ind is not None:
                direct_p = (jc.get(A_VAL) if jc is not None else None,
                            tuple(sorted(ind.attrib.items())) if ind is not None else None)
        ctx = self.r.context(pstyle, table_style)
        para_props = self.r.para_props(ctx, ppr, direct_p)
        self.cur_p = p
        pieces: list = []
        boxes: list = []
        self.content(p, ctx, pieces, boxes)
        label = (self.r.numbers() if self.numbers is None else self.numbers).get(p)
        if label and pieces:
            first = next((x for x in pieces if x is not _BREAK), None)
            if first is not None:  # drawn by Word before the text, in the font of the text
                pieces.insert(0, (_Label(label), first[1]))
        if self.fields:
            # A field result may run over many paragraphs (a TOC), its code may not:
            # drop fields still in their code part so a broken field cannot hide
            # the rest of the document.
            self.fields = [f for f in self.fields if f[1]]
        return pieces, para_props, boxes

    def content(self, parent, ctx, out: list, boxes: list) -> None:
        for ch in parent:
            tag = ch.tag
            if tag == W_R:
                self.run(ch, ctx, out, boxes)
            elif tag in _RUN_CONTAINERS:
                self.content(ch, ctx, out, boxes)
            elif tag == W_SDT:
                c = ch.find(W_SDTCONTENT)
                if c is not None and not self.placeholder(ch, c):
                    self.content(c, ctx, out, boxes)
            elif tag == W_FLDSIMPLE:
                name = (ch.get(_W + "instr") or "").split(None, 1)
                if self.hf and name and name[0].upper() in _PAGE_FIELDS:
                    out.append(("{%s}" % name[0].upper(), self.r.run_key(ctx, None)))
                else:
                    self.content(ch, ctx, out, boxes)
            elif tag == MC_ALT:
                b = _branch(ch)
                if b is not None:
                    self.content(b, ctx, out, boxes)
            elif tag == M_OMATHPARA or tag == M_OMATH:
                text = "".join(t.text or "" for t in ch.iter(M_T))
                if text:
                    out.append((text, self.r.run_key(ctx, None)))
            elif tag == W_CRS or tag == W_CRE:
                self.mark(tag, ch, self.cur_p)
            elif tag == W_SUBDOC:
                # a master document's subdocument: a link to another file (Word shows it collapsed, or expanded
                # from that file), its text is not in this package
                self.r.sub_docs += 1
            # w:del, w:moveFrom, w:pPr, bookmarks, proofErr, comments: nothing shown

    def run(self, r, ctx, out: list, boxes: list) -> None:
        rpr = r.find(W_RPR)
        key = self.r.run_key(ctx, rpr)
        self.run_content(r, key, ctx, out, boxes)

    def run_content(self, r, key, ctx, out: list, boxes: list) -> None:
        hidden = key[4]
        fields = self.fields
        for ch in r:
            tag = ch.tag
            if tag == W_T:
                if hidden and ch.text and not self.hf and not (fields and self.suppressed()):
                    self.r.hidden.setdefault(self.cur_p, []).append(ch.text)  # not read: said in a note
                if hidden or (fields and self.suppressed()):
                    continue
                t = ch.text
                if t:
                    out.append((t, key))
            elif tag == W_TAB or tag == W_PTAB:
                if not hidden and not (fields and self.suppressed()):
                    out.append((_TAB, key))
            elif tag == W_BR or tag == W_CR:
                if not hidden:
                    out.append(_BREAK)
            elif tag == W_FLDCHAR:
                self.field_char(ch.get(_W + "fldCharType"), key, out)
            elif tag == W_INSTRTEXT:
                if fields and not fields[-1][1]:
                    fields[-1][0].append(ch.text or "")
            elif tag == W_DRAWING or tag == W_PICT or tag == W_OBJECT:
                _collect_boxes(ch, boxes)
            elif tag == MC_ALT:
                b = _branch(ch)
                if b is not None:
                    self.run_content(b, key, ctx, out, boxes)
            elif tag == W_SYM:
                if not hidden:
                    c = _sym_char(ch)
                    if c:
                        out.append((c, key))
            elif tag == W_NBHYPHEN:
                if not hidden:
                    out.append(("-", key))
            elif tag == W_RUBY:
                base = ch.find(W_RUBYBASE)
                if base is not None:
                    self.content(base, ctx, out, boxes)

    def placeholder(self, sdt, content) -> bool:
        """Whether a content control still shows its placeholder (单击或点击此处输入文字。): a blank of the template
        the drafter has not filled in, drawn grey by Word, not the draft's text; kept for a reader note."""
        if not showing_placeholder(sdt):
            return False
        if not self.hf:
            _note_placeholder(content, self.r.placeholders)
        return True

    # ---- comment ranges (for in-document suppressions)

    def mark(self, tag: str, el, p) -> None:
        self.marks.append(("start" if tag == W_CRS else "end", el.get(_W + "id"), p, len(self.out)))

    def comment_lines(self) -> dict[str, tuple[int, int]]:
        """Comment id → (first line, last line) its range covers, for ranges with a start."""
        out = self.out
        if not out:
            return {}
        starts: dict[str, int] = {}
        ends: dict[str, int] = {}
        for kind, cid, p, n in self.marks:
            if cid is None:
                continue
            para = self.owner.get(p) if p is not None else None
            if para is not None:
                line = para.line
            elif kind == "start":
                line = out[min(n, len(out) - 1)].line
            else:
                line = out[max(n - 1, 0)].line
            (starts if kind == "start" else ends).setdefault(cid, line)
        return {cid: (first, max(first, ends.get(cid, first))) for cid, first in starts.items()}

    # ---- complex fields (w:fldChar begin / separate / end)

    def suppressed(self) -> bool:
        for code, separated, placeholder in self.fields:
            if not separated or placeholder:
                return True
        return False

    def field_char(self, kind: str | None, key, out: list) -> None:
        fields = self.fields
        if kind == "begin":
            fields.append([[], False, False])
        elif kind == "separate":
            if fields:
                top = fields[-1]
                top[1] = True
                top[2] = self._placeholder(top, key, out)
        elif kind == "end":
            if fields:
                top = fields.pop()
                if not top[1]:
                    self._placeholder(top, key, out)

    def _placeholder(self, field, key, out: list) -> bool:
        if not self.hf or self.suppressed_outer(field):
            return False
        words = "".join(field[0]).split(None, 1)
        if words and words[0].upper() in _PAGE_FIELDS:
            out.append(("{%s}" % words[0].upper(), key))
            return True
        return False

    def suppressed_outer(self, field) -> bool:
        for f in self.fields:
            if f is field:
                break
            if not f[1] or f[2]:
                return True
        return False


def showing_placeholder(sdt) -> bool:
    """Whether the content control ``sdt`` shows its placeholder text (w:showingPlcHdr), not content."""
    pr = sdt.find(W_SDTPR)
    flag = pr.find(W_SHOWINGPLCHDR) if pr is not None else None
    return flag is not None and _on(flag)


def _note_placeholder(content, seen: list[str] | None) -> None:
    """Keep the placeholder's text for the reader note: its first paragraph with text (a row or cell control
    holds one per cell), the runs of an inline control."""
    texts = ("".join(t.text or "" for t in p.iter(W_T)).strip() for p in content.iter(W_P))
    text = next((t for t in texts if t), "") or "".join(t.text or "" for t in content.iter(W_T)).strip()
    if text and seen is not None:
        seen.append(text)


def _mark_gone(p) -> bool:
    """Whether the paragraph mark of ``p`` is a tracked deletion (or moved away), or hidden (w:vanish,
    w:specVanish on the mark itself): Word then shows the paragraph's text run on into the next paragraph, as it
    does with the deletion accepted.  A mark hidden only by the paragraph's style hides the text with it."""
    ppr = p.find(W_PPR)
    rpr = ppr.find(W_RPR) if ppr is not None else None
    if rpr is None:
        return False
    if rpr.find(W_DEL) is not None or rpr.find(W_MOVEFROM) is not None:
        return True
    return bool(_rprops(rpr).get("vanish"))


def _collect_boxes(el, boxes: list) -> None:
    """Outermost w:txbxContent elements under a drawing/picture, in document order."""
    for ch in el:
        tag = ch.tag
        if tag == W_TXBX:
            boxes.append(ch)
        elif tag == MC_ALT:
            b = _branch(ch)
            if b is not None:
                _collect_boxes(b, boxes)
        elif isinstance(tag, str):
            _collect_boxes(ch, boxes)


def _wrapped(parent, tag: str, blank=None):
    """(child with ``tag``, blank) looking through content controls and custom XML: ``blank`` is the outermost
    content control around the child still showing its placeholder (a row or cell of the template not filled
    in: Word draws it, grey, but it is no text of the draft), else None."""
    for ch in parent:
        t = ch.tag
        if t == tag:
            yield ch, blank
        elif t == W_SDT:
            c = ch.find(W_SDTCONTENT)
            if c is not None:
                yield from _wrapped(c, tag, blank if blank is not None or not showing_placeholder(ch) else c)
        elif t == W_CUSTOMXML:
            yield from _wrapped(ch, tag, blank)
        elif t == MC_ALT:
            b = _branch(ch)
            if b is not None:
                yield from _wrapped(b, tag, blank)


def _cell_blocks(tc, placeholders: list[str] | None = None):
    """The paragraphs and tables of a cell; content controls showing their placeholder are left out (their
    text goes to ``placeholders``)."""
    for ch in tc:
        t = ch.tag
        if t == W_P or t == W_TBL:
            yield ch
        elif t == W_SDT:
            c = ch.find(W_SDTCONTENT)
            if c is not None and showing_placeholder(ch):
                _note_placeholder(c, placeholders)
            elif c is not None:
                yield from _cell_blocks(c, placeholders)
        elif t in _BLOCK_CONTAINERS:
            yield from _cell_blocks(ch, placeholders)
        elif t == MC_ALT:
            b = _branch(ch)
            if b is not None:
                yield from _cell_blocks(b, placeholders)


def _sym_char(sym) -> str:
    code = sym.get(_W + "char")
    try:
        n = int(code, 16)
    except (TypeError, ValueError):
        return ""
    if 0xF000 <= n <= 0xF0FF:  # symbol-font private-use code: no reliable Unicode
        return ""
    return chr(n) if 0 < n < 0x110000 else ""


def _int(v, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    for lo, hi in _CJK_RANGES:
        if lo <= o <= hi:
            return True
    return False


class _Label(str):
    """The number Word draws for an automatically numbered paragraph (readers.docx_numbering)."""


class _Tab(str):
    """The space a tab reads as, told apart from a typed space (see :func:`_tab_offsets`)."""


_TAB = _Tab(" ")


def _tab_offsets(pieces: list[tuple[str, Any]]) -> tuple[int, ...]:
    out, pos = [], 0
    for t, _ in pieces:
        if t is _TAB:
            out.append(pos)
        pos += len(t)
    return tuple(out)


def _strip_pieces(pieces: list) -> list[tuple[str, Any]]:
    """Resolve break markers and strip the paragraph's outer whitespace."""
    out: list[tuple[str, Any]] = []
    pending_break = False
    for piece in pieces:
        if piece is _BREAK:
            pending_break = True
            continue
        if pending_break:
            pending_break = False
            if out:
                prev = out[-1][0][-1]
                nxt = piece[0][0]
                # two digits: a number broken across the lines of a title (申报20 / 26年上半年) is one number
                if not (prev.isspace() or nxt.isspace() or _is_cjk(prev) or _is_cjk(nxt)
                        or (prev in _DIGITS and nxt in _DIGITS)):
                    out.append((" ", out[-1][1]))
        out.append(piece)
    while out:
        t, k = out[0]
        s = t.lstrip(_STRIP)
        if s:
            out[0] = (s, k)
            break
        out.pop(0)
    while out:
        t, k = out[-1]
        s = t.rstrip(_STRIP)
        if s:
            out[-1] = (s, k)
            break
        out.pop()
    return out


def _text_style(pieces: list[tuple[str, Any]], para_props: dict) -> TextStyle:
    """Paragraph TextStyle from (text, key) pieces; key = (ea, size, bold, ascii, hidden)."""
    if pieces:
        k0 = pieces[0][1]
        ea, size, bold, ascii_font = k0[0], k0[1], k0[2], k0[3]
        for _, key in pieces:
            if key[0] != ea or key[1] != size or key[2] != bold or key[3] != ascii_font:
                break
        else:  # one format throughout (most paragraphs): one run, each count has one value
            return _uniform_style(pieces, para_props, ea, size, bold, ascii_font)
    runs: list[list] = []
    ea_count: Counter = Counter()
    size_count: Counter = Counter()
    bold_count: Counter = Counter()
    ascii_count: Counter = Counter()
    pos = 0
    for text, key in pieces:
        n = len(text)
        ea, size, bold, ascii_font = key[0], key[1], key[2], key[3]
        if runs and runs[-1][2] == ea and runs[-1][3] == size:
            runs[-1][1] = pos + n
        else:
            runs.append([pos, pos + n, ea, size])
        pos += n
        visible = n - text.count(" ") - text.count("\u3000")
        if visible:
            ea_count[ea] += visible
            size_count[size] += visible
            bold_count[bold] += visible
            ascii_count[ascii_font] += visible
    size = _most(size_count)
    ind = para_props.get("ind")
    indent: float | None = 0.0  # no w:ind anywhere in the chain: no indent
    if ind is not None:
        kind, value = ind
        if kind == "twips":
            indent = round(value / 20, 1)
        else:  # character units: relative to the paragraph's font size
            indent = round(value * size, 1) if size is not None else None
    return TextStyle(
        font_east_asia=_most(ea_count),
        font_ascii=_most(ascii_count),
        size_pt=size,
        bold=_most(bold_count),
        alignment=para_props.get("jc", "left"),
        first_line_indent_pt=indent,
        runs=[tuple(r) for r in runs],
    )


def _uniform_style(pieces: list[tuple[str, Any]], para_props: dict, ea, size, bold, ascii_font) -> TextStyle:
    """:func:`_text_style` of pieces whose keys agree on (ea, size, bold, ascii): the counts of each field hold one
    value, counted when any character is visible."""
    total = visible = 0
    for text, _ in pieces:
        n = len(text)
        total += n
        visible += n - text.count(" ") - text.count("\u3000")
    if not visible:
        ea = size = bold = ascii_font = None
        run_ea, run_size = pieces[0][1][0], pieces[0][1][1]
    else:
        run_ea, run_size = ea, size
    ind = para_props.get("ind")
    indent: float | None = 0.0
    if ind is not None:
        kind, value = ind
        if kind == "twips":
            indent = round(value / 20, 1)
        else:
            indent = round(value * size, 1) if size is not None else None
    return TextStyle(
        font_east_asia=ea,
        font_ascii=ascii_font,
        size_pt=size,
        bold=bold,
        alignment=para_props.get("jc", "left"),
        first_line_indent_pt=indent,
        runs=[(0, total, run_ea, run_size)],
    )


def _most(counter: Counter):
    if not counter:
        return None
    return max(counter.items(), key=lambda kv: kv[1])[0]


# --------------------------------------------------------------------------
# the reader


class _DocxReader:
    def __init__(self, document, filename: str) -> None:
        from docx.table import Table, _Cell
        from docx.text.paragraph import Paragraph as DocxParagraph

        self._Table, self._Cell, self._Paragraph = Table, _Cell, DocxParagraph
        self.document = document
        self.filename = filename
        self.part = document.part
        self.notes: list[str] = []
        self.alt_chunks = 0
        self.sub_docs = 0
        self.placeholders: list[str] = []  # texts of content controls showing their placeholder (not read)
        self.hidden: dict = {}  # w:p (or None) → texts of its hidden runs (w:vanish, w:specVanish; not read)
        parts = self._related_parts()
        settings = parts.get("settings")
        lang = None
        settings_root = getattr(settings, "element", None) if settings is not None else None
        if settings_root is not None:
            tfl = settings_root.find(_W + "themeFontLang")
            if tfl is not None:
                lang = tfl.get(_W + "eastAsia")
        styles_part = parts.get("styles")
        from .docx_styles import styles_skeleton

        # the part's top-level styles as start tags, each parsed whole when first read (or the whole tree)
        skeleton = styles_skeleton(styles_part) if styles_part is not None else None
        if skeleton is not None:
            styles_root = skeleton.root
        else:
            styles_root = getattr(styles_part, "element", None) if styles_part is not None else None
        if lang is None and styles_root is not None:
            dl = styles_root.find(f"{_W}docDefaults/{_W}rPrDefault/{W_RPR}/{_W}lang")
            if dl is not None:
                lang = dl.get(_W + "eastAsia")
        if skeleton is None:
            table = _StyleTable(styles_root)
        else:
            table = skeleton.table
            if table is None:  # two threads may both build it: equal tables
                table = skeleton.table = _StyleTable(styles_root, skeleton.full)
        self.styles = _Styles(table, lambda: self._xml_of(parts.get("theme"), "主题字体"), lang)
        self._parts = parts
        self._numbers: dict | None = None
        self._numbering_defs = False  # the numbering part's lists once read (None: no part, or damaged)
        self._ctx_cache: dict = {}
        self._run_cache: dict = {}
        self._para_cache: dict = {}

    def _related_parts(self) -> dict:
        out = {}
        for rel in self.part.rels.values():
            if rel.is_external:
                continue
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind in ("styles", "settings", "theme", "footnotes", "endnotes", "comments", "numbering") \
                    and kind not in out:
                out[kind] = rel.target_part
        return out

    def _xml_of(self, part, what: str | None = None):
        """The XML root of a part; a secondary part that does not parse is skipped with a note."""
        if part is None:
            return None
        el = getattr(part, "element", None)
        if el is not None:
            return el
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        try:
            return etree.fromstring(part.blob, parser)
        except etree.XMLSyntaxError:
            if what is None:
                raise
            self.note(f"文件中的{what}部件（{str(part.partname).lstrip('/')}）已损坏，已跳过。")
            return None

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def numbers(self) -> dict:
        """The number Word draws before each automatically numbered paragraph of the body (w:p → 一、)."""
        if self._numbers is None:
            self._numbers = self.story_numbers(self.document.element.find(_W + "body"))
        return self._numbers

    def story_numbers(self, root) -> dict:
        """The numbers Word draws in one story (the body, a header, a footnote), its lists counted from their start:
        a header's list is drawn alike on every page, not continued from the body."""
        from .docx_numbering import Numbering, paragraph_numbers

        if self._numbering_defs is False:  # parsed and its lists read once for every story
            part = self._parts.get("numbering")
            defs = self._xml_of(part, "编号定义") if part is not None else None
            self._numbering_defs = Numbering(defs) if defs is not None else None
        defs = self._numbering_defs
        if defs is None or root is None:
            return {}
        return paragraph_numbers(root, defs.fresh(), self.styles.numbering, _mark_gone)

    # ---- python-docx proxies for Paragraph.source

    def make_paragraph(self, p, parent_obj):
        return self._Paragraph(p, parent_obj)

    def make_table(self, tbl, parent_obj):
        return self._Table(tbl, parent_obj)

    def make_cell(self, tc, table_obj):
        return self._Cell(tc, table_obj)

    # ---- style resolution (cached)

    def context(self, pstyle: str | None, table_style: str | None):
        key = (pstyle, table_style)
        hit = self._ctx_cache.get(key)
        if hit is not None:
            return hit
        styles = self.styles
        ps = pstyle if styles.known(pstyle) else styles.default_paragraph
        r = dict(styles.doc_r)
        p = dict(styles.doc_p)
        tr, tp = styles.flat(table_style)
        r.update(tr)
        p.update(tp)
        pr, pp = styles.flat(ps)
        r.update(pr)
        p.update(pp)
        ctx = (key, r, p)
        self._ctx_cache[key] = ctx
        return ctx

    def para_props(self, ctx, ppr, direct_key: tuple) -> dict:
        if not direct_key:
            return ctx[2]
        cache_key = (ctx[0], direct_key[0], direct_key[1])
        hit = self._para_cache.get(cache_key)
        if hit is None:
            hit = dict(ctx[2])
            hit.update(_pprops(ppr))
            self._para_cache[cache_key] = hit
        return hit

    def run_key(self, ctx, rpr):
        """(east_asia_font, size_pt, bold, ascii_font, hidden) of a run, cached."""
        sig: tuple = ()
        if rpr is not None:
            parts = []
            for ch in rpr:
                tag = ch.tag
                if tag == W_RSTYLE or tag == W_SZ or tag == W_B or tag == W_VANISH or tag == W_SPECVANISH:
                    parts.append((tag, ch.get(A_VAL)))
                elif tag == W_RFONTS:
                    parts.append((tag, tuple(ch.attrib.items())))
            sig = tuple(parts)
        cache_key = (ctx[0], sig)
        hit = self._run_cache.get(cache_key)
        if hit is not None:
            return hit
        merged = dict(ctx[1])
        if rpr is not None:
            rs = rpr.find(W_RSTYLE)
            if rs is not None:
                merged.update(self.styles.flat(rs.get(A_VAL))[0])
            merged.update(_rprops(rpr))
        styles = self.styles
        ascii_font = styles.font(merged.get("ascii"))
        ea = styles.font(merged.get("ea")) or ascii_font
        hit = (ea, merged.get("sz"), bool(merged.get("b", False)), ascii_font, bool(merged.get("vanish", False)))
        self._run_cache[cache_key] = hit
        return hit

    # ---- the whole document

    def read(self) -> Document:
        document = self.document
        root = document.element
        body = root.find(_W + "body") if root.tag == _W + "document" else None
        if body is None:
            raise ReadError("文档没有正文部分（word/document.xml 中缺少 w:body），文件可能由其他软件生成且不完整。"
                            "请在 Word 或 WPS 中打开后另存为 .docx 再检查。")
        story = _Story(self)
        story.blocks(body, document._body)
        story.flush_carry(document._body)
        layout = _layout_table(story.out)
        if layout:
            self.notes.append(layout)
        doc = Document(path=self.filename, format="docx", paragraphs=story.out)
        doc.page_setup = self._page_setup(body)
        doc.headers, doc.footers = self._headers_footers(body)
        doc.footnotes = self._notes()
        if doc.footnotes and story.out:  # read for the empty-body message only: the rules check the body
            self.notes.append(f"文档有 {len(doc.footnotes)} 条脚注或尾注（如“{doc.footnotes[0][:30]}”），"
                              "其中的文字没有经过检查，请人工核对。")
        doc.suppressions = self._suppressions(story)
        hidden = ["".join(t).strip() for t in self.hidden.values()]
        hidden = [t for t in hidden if t]
        if hidden:
            said = (f"文档中有 {len(hidden)} 段含隐藏文字（字体设为“隐藏”，Word、WPS 默认不显示、不打印，"
                    f"如“{hidden[0][:30]}”），没有作为正文检查；如这些文字要印发，请取消隐藏后再检查。")
            if not story.out:  # the whole body is hidden: nothing was read
                raise ReadError(said.replace("没有作为正文检查", "全文没有可检查的正文"))
            self.notes.append(said)
        if self.placeholders:
            first = self.placeholders[0]
            self.notes.append(f"文档中有 {len(self.placeholders)} 处内容控件没有填写，显示的是模板的占位文字"
                              f"（如“{first[:30]}”），不是正文，没有作为正文检查。请填写或删除这些内容控件。")
        doc.notes.extend(self.notes)
        if self.alt_chunks:
            unread = (f"文档中有 {self.alt_chunks} 处以“嵌入外部内容”（altChunk，常见于网页编辑器或转换工具生成的文件）"
                      "方式插入的内容，gwlint 不读取，这部分文字没有经过检查。"
                      "请在 Word 或 WPS 中打开后另存为 .docx（嵌入内容会转为正文）再检查。")
            if not doc.paragraphs:  # the whole body is in chunks: nothing was read
                raise ReadError(unread)
            doc.read_problems.append(unread)
        if self.sub_docs:
            unread = (f"文档是主控文档，有 {self.sub_docs} 处子文档（链接的外部文件），子文档的文字不在本文件中，没有经过检查。"
                      "请在 Word 中展开子文档并取消链接（或分别检查各子文档）后再检查。")
            if not doc.paragraphs:
                raise ReadError(unread)
            doc.read_problems.append(unread)
        self._embedded(body, doc)
        if not doc.paragraphs:
            raise ReadError(self._empty_message(body, doc))
        return doc

    def _embedded(self, body, doc: Document) -> None:
        """Name the OLE objects embedded in the body (o:OLEObject, w:objectEmbed): a Word or PDF object may be
        the real draft behind a cover page, and its text is not read (see :mod:`.unread_files`)."""
        from .unread_files import is_draft_like, quoted, say_unread

        found: list[tuple[str, str]] = []
        for el in body.iter(_O_OLE, W_OBJEMBED):
            if el.tag == _O_OLE and (el.get("Type") or "Embed") != "Embed":
                continue  # a linked object: its file is elsewhere
            rid, prog = el.get(_R_ID), el.get("ProgID") or el.get(_W + "progId") or ""
            rel = self.part.rels.get(rid) if rid else None
            name = posixpath.basename(rel.target_ref) if rel is not None and not rel.is_external else ""
            if name or prog:
                found.append((name or prog, prog))
        if not found:
            return
        shown = [f"{n}（{p}）" if p and p != n and n.lower().endswith(".bin") else n for n, p in found]
        shown = list(dict.fromkeys(shown))
        draft = any(is_draft_like(n, p) for n, p in found)
        carried = f"文档中嵌入了{quoted(shown[:5])}{'等' if len(shown) > 5 else ''}（嵌入对象）"
        advice = "请在 Word 或 WPS 中双击打开该对象、另存为 .docx 后直接检查。"
        if not doc.paragraphs and draft:
            raise ReadError(f"{carried}，正文没有其他文字，嵌入对象的内容没有经过检查；{advice}")
        say_unread(doc, shown[:5], draft, carried=carried, advice=advice, what="嵌入对象")

    def _empty_message(self, body, doc: Document) -> str:
        has_picture = any(True for _ in body.iter(W_DRAWING, W_PICT))
        if has_picture:
            return (
                "文档正文没有文字，只有图片（可能是扫描件或截图）。请提供文字版 .docx，"
                "或先对扫描件进行文字识别（OCR）后再检查。"
            )
        if self.placeholders:
            return (f"文档正文为空，只有 {len(self.placeholders)} 处没有填写的内容控件（显示的是模板的占位文字，如"
                    f"“{self.placeholders[0][:30]}”），没有可检查的文字。请填写正文后再检查。")
        where = [name for name, texts in (("页眉", doc.headers), ("页脚", doc.footers), ("脚注或尾注", doc.footnotes),
                                           ("批注", self._comment_texts())) if any(t.strip() for t in texts)]
        if where:
            places = "、".join(where)
            return (f"文档正文为空，只有{places}中有文字，这些不算正文，没有经过检查。"
                    f"请确认正文内容没有被误放在{places}中。")
        return "文档正文为空，没有可检查的文字。请确认选择了正确的文件，并在正文中填写内容后再检查。"

    def _comment_texts(self) -> list[str]:
        """The texts of the document's Word comments (only asked when the body is empty)."""
        try:
            root = self._xml_of(self._parts.get("comments"), "批注")
        except ReadError:
            return []
        if root is None:
            return []
        return ["".join(t.text or "" for t in c.iter(_W + "t")) for c in root.iter(_W + "comment")]

    def _suppressions(self, story: "_Story") -> list[Suppression]:
        """``gwlint: ignore`` comments of the body, over the lines their ranges cover."""
        if not story.marks:
            return []
        root = self._xml_of(self._parts.get("comments"), "批注")
        if root is None:
            return []
        from ..suppress import parse_directive

        lines = story.comment_lines()
        out: list[Suppression] = []
        for c in root:
            if c.tag != W_COMMENT:
                continue
            cid = c.get(_W + "id")
            if cid not in lines:
                continue
            text = "\n".join("".join(t.text or "" for t in p.iter(W_T)) for p in c.iter(W_P)).strip()
            directive = parse_directive(text)
            if directive is None:
                continue
            verb, codes = directive
            first, last = lines[cid]
            if verb == "ignore-file":
                first, last = 1, len(story.out)
            out.append(Suppression(codes=codes, first_line=first, last_line=last, line=lines[cid][0],
                                   origin="comment", text=text))
        return out

    def _sections(self, body) -> list:
        return [s for s in body.iter(W_SECTPR) if s.getparent().tag != W_SECTPRCHANGE]

    def _page_setup(self, body) -> list[PageSetup]:
        out = []
        for sect in self._sections(body):
            ps = PageSetup()
            sz = sect.find(W_PGSZ)
            if sz is not None:
                ps.width_mm = _mm(sz.get(_W + "w"))
                ps.height_mm = _mm(sz.get(_W + "h"))
            mar = sect.find(W_PGMAR)
            if mar is not None:
                ps.top_mm = _mm(mar.get(_W + "top"))
                ps.bottom_mm = _mm(mar.get(_W + "bottom"))
                ps.left_mm = _mm(mar.get(_W + "left"))
                ps.right_mm = _mm(mar.get(_W + "right"))
            out.append(ps)
        return out

    def _headers_footers(self, body) -> tuple[list[str], list[str]]:
        headers: list[str] = []
        footers: list[str] = []
        seen: set[int] = set()
        related = self.part.related_parts
        for sect in self._sections(body):
            for ref in sect:
                if ref.tag != W_HDRREF and ref.tag != W_FTRREF:
                    continue
                part = related.get(ref.get(A_ID))
                if part is None or id(part) in seen:
                    continue
                seen.add(id(part))
                root = self._xml_of(part)
                text = self._story_text(root, header_footer=True)
                if text:
                    (headers if ref.tag == W_HDRREF else footers).append(text)
        return headers, footers

    def _story_text(self, root, header_footer: bool = False) -> str:
        story = _Story(self, header_footer=header_footer)
        story.numbers = self.story_numbers(root)
        story.blocks(root, None)
        story.flush_carry(None)
        return "\n".join(p.text for p in story.out)

    def _notes(self) -> list[str]:
        out: list[str] = []
        for kind in ("footnotes", "endnotes"):
            root = self._xml_of(self._parts.get(kind), "脚注" if kind == "footnotes" else "尾注")
            if root is None:
                continue
            for note in root:
                if note.tag not in (_W + "footnote", _W + "endnote"):
                    continue
                if note.get(A_TYPE) in _SKIP_NOTE_TYPES:
                    continue
                text = self._story_text(note)
                if text:
                    out.append(text)
        return out


def _mm(twips: str | None) -> float | None:
    t = _twips(twips)
    if t is None:
        return None
    return round(t / 1440 * 25.4, 1)

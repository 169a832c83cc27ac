"""Plain text and Markdown: one paragraph per non-empty line.

Lines are the file's physical lines as editors count them (LF, CRLF or CR end a
line; a form feed or U+2028 does not).  A file with no LF or CR at all whose text is
broken by U+2028, U+2029 or NEL (some exporters write them instead) is read with
those as its line ends: otherwise the whole draft would be one paragraph.  Each
paragraph records its physical line and the characters of indentation cut before
its text, and the document keeps the physical lines, so that findings point into the file itself.

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

import bisect
import codecs
import re
import threading

from ..model import Document, Paragraph, ReadError, Suppression

_MARKER = re.compile(r"<!--\s*(gwlint\s*[:：].*?)\s*-->", re.I | re.S)
_LINE_END = re.compile(r"\r\n|\r|\n")
_SEPARATOR_END = re.compile("[\u2028\u2029\x85]")
_BLANK = " \t\r\u3000\ufeff\x0b\x0c\x85\u2028\u2029"  # a line of only (page) breaks is no paragraph


_UNKNOWN_ENCODING = "无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030），请另存为 UTF-8 文本后再检查。"
# a text in GB18030 whose non-ASCII characters are mostly not common hanzi or Chinese
# punctuation was not GB18030 (Big5 and Shift-JIS bytes are valid GB18030): measured
# on 83 real documents >= 0.99, Big5 0.20, Shift-JIS 0.0
_PLAUSIBLE = 0.8
_JUDGE_AFTER = 10  # non-ASCII characters needed to judge
_JUDGE_CHARS = 20000  # characters looked at to judge
# a UTF-8 text with at most this many invalid bytes (and at most 1 in 200) is damaged UTF-8
_FEW_BAD_BYTES = 8

_tally = threading.local()


def _counting_replace(exc: UnicodeDecodeError) -> tuple[str, int]:
    _tally.n += 1
    return "\ufffd", exc.end


codecs.register_error("gwlint.count-replace", _counting_replace)


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with U+FFFD for what does not decode, and how many places did not."""
    _tally.n = 0
    return data.decode(encoding, "gwlint.count-replace"), _tally.n


def _common_hanzi(c: str) -> bool:
    """A hanzi of everyday Chinese, simplified (GB2312) or traditional (Big5 level 1)."""
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA440 <= int.from_bytes(b, "big") <= 0xC67E


def plausible_chinese(text: str) -> float | None:
    """Share of the non-ASCII characters that are common hanzi (simplified or traditional)
    or CJK/full-width punctuation; None when there are too few to judge.  Looks at the
    first ``_JUDGE_CHARS`` characters: enough to tell an encoding, cheap on a huge file."""
    chars = [c for c in text[:_JUDGE_CHARS] if ord(c) > 0x7F and not c.isspace()]
    if len(chars) < _JUDGE_AFTER:
        return None
    good = 0
    for c in chars:
        o = ord(c)
        if 0x4E00 <= o <= 0x9FFF:
            good += _common_hanzi(c)
        elif 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or c in "—…“”‘’·":
            good += 1
    return good / len(chars)


# tried in this order when a file is not UTF-8; the most plausible Chinese wins, ties go first
_LEGACY = ("gb18030", "big5hkscs", "utf-16-le", "utf-16-be")
_NOTE = {"gb18030": "文件按 GB18030（GBK）编码读取。", "big5hkscs": "文件按 Big5（繁体中文）编码读取。",
         "utf-16-le": "文件按 UTF-16（无字节顺序标记）编码读取。", "utf-16-be": "文件按 UTF-16（无字节顺序标记）编码读取。"}


def _legacy_decode(data: bytes) -> tuple[str, str, list[str]]:
    """The legacy encoding whose text is the most plausible Chinese, or ReadError saying
    which were tried.  Big5 and Shift-JIS bytes are valid GB18030, and UTF-16 without a
    byte-order mark is valid almost anything: only the text tells them apart."""
    best = None
    tried = []
    head = data[:_JUDGE_CHARS * 4]
    nul = b"\x00" in data[:4096]  # NULs: UTF-16 or binary, never a byte-oriented text encoding
    for enc in _LEGACY:
        if nul and not enc.startswith("utf-16"):
            continue
        # a UTF-16 file cut mid-character is judged on its whole characters
        share = plausible_chinese(head[:len(head) // 2 * 2 if enc.startswith("utf-16") else None]
                                  .decode(enc, errors="replace"))
        if share is None:  # too little non-ASCII to judge: ASCII-compatible GB18030 is the answer
            share = 1.0 if enc == "gb18030" else 0.0
        tried.append(share)
        if share >= _PLAUSIBLE and (best is None or share > best[0]):
            if enc.startswith("utf-16"):
                text, bad = _decode_counting(data, enc)
                best = (share, enc, text, _bad_places(bad, enc, data))
                continue
            try:
                best = (share, enc, data.decode(enc), [])
            except UnicodeDecodeError:
                continue
    if best is None:
        raise ReadError(_wrong_encoding_message(max(tried, default=0.0)))
    return best[2], best[1], best[3]


# 7-bit encodings of old mail and Usenet archives that spell Chinese in ASCII escapes: HZ (RFC 1843, GB2312 between
# ~{ and ~}) and UTF-7 (RFC 2152, +ZeVTVw-).  Read as ASCII they are escape soup without a hanzi; a pure-ASCII file
# is read in one of them only when that gives plausible Chinese.
_SEVEN_BIT = (("hz", b"~{"), ("utf-7", b"+"))
_NOTE.update({"utf-32-le": "文件按 UTF-32（无字节顺序标记）编码读取。", "utf-32-be": "文件按 UTF-32（无字节顺序标记）编码读取。",
              "hz": "文件按 HZ 编码（以 ~{ ~} 括起的 7 位 GB2312，旧式电子邮件和新闻组使用）读取。",
              "utf-7": "文件按 UTF-7 编码（旧式电子邮件使用）读取。"})
# HTML character references and \u escapes that stand for hanzi in a file of ASCII (a web form's or a program's
# export): not an encoding, so not read, but named instead of "no hanzi in the file"
_ESCAPED = re.compile(r"&#(\d{4,7});|&#[xX]([0-9a-fA-F]{4,6});|\\[uU]([0-9a-fA-F]{4})")


def seven_bit_encoding(data: bytes) -> str | None:
    """"hz" or "utf-7" when ``data`` is ASCII that reads as plausible Chinese in that encoding, else None."""
    if not data.isascii():
        return None
    for enc, marker in _SEVEN_BIT:
        if marker not in data:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if (plausible_chinese(text) or 0) >= _PLAUSIBLE:
            return enc
    return None


def _escaped_message(text: str) -> str | None:
    """What to say of an ASCII text whose hanzi are all written as character references or \\u escapes."""
    if not text.isascii():
        return None
    codes = [int(m.group(1) or m.group(2) or m.group(3), 10 if m.group(1) else 16) for m in _ESCAPED.finditer(text)]
    hanzi = sum(0x4E00 <= c <= 0x9FFF or 0x3000 <= c <= 0x303F or 0xFF00 <= c <= 0xFFEF for c in codes)
    if hanzi < _JUDGE_AFTER:
        return None
    sample = _ESCAPED.search(text).group(0)
    return (f"文件中的汉字都以转义形式写成（如 {sample}，共 {hanzi} 处，网页表单或程序导出的 HTML 字符实体、\\u 转义），"
            "gwlint 不还原转义，无法检查。请在浏览器或编辑器中打开、复制出文字后另存为 UTF-8 文本再检查。")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, HZ or UTF-7 (7-bit), else the legacy
    encoding (GB18030, Big5, UTF-16 without BOM) that gives the most plausible Chinese.

    Returns (text, encoding, problems): ``problems`` say what could not be decoded
    in a file that was otherwise read (a UTF-16 file cut mid-character, invalid
    bytes, stray NUL characters); raises ReadError when the encoding cannot be told at all."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text, bad = _decode_counting(data, enc)
            if enc == "utf-8-sig" and bad and (bad > _FEW_BAD_BYTES or (plausible_chinese(text) or 0) < _PLAUSIBLE):
                # a UTF-8 mark before GBK text (an editor that adds the mark without converting): the mark lies
                try:
                    return _legacy_decode(data[len(bom):])
                except ReadError:
                    pass
            return text, enc, _bad_places(bad, enc, data)
    if b"\x00" not in data[:4096]:
        seven = seven_bit_encoding(data)
        if seven:
            return data.decode(seven), seven, []
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
        text, bad = _decode_counting(data, "utf-8")
        if bad <= _FEW_BAD_BYTES and bad * 200 <= len(data) and (plausible_chinese(text) or 0) >= _PLAUSIBLE:
            return text, "utf-8", _bad_places(bad, "utf-8", data)
        return _legacy_decode(data)
    head = data[:_JUDGE_CHARS * 4]
    for enc, zero, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):  # UTF-32 without a byte-order mark
        if len(data) % 4 == 0 and not any(head[zero::4]) and max(head[plane::4], default=0xFF) <= 0x10:
            text, bad = _decode_counting(data, enc)
            if (plausible_chinese(text) or 0) >= _PLAUSIBLE:
                return text, enc, _bad_places(bad, enc, data)
    try:
        return _legacy_decode(data)  # UTF-16 without a byte-order mark
    except ReadError:
        nuls = data.count(b"\x00")
        if nuls > _FEW_BAD_BYTES and nuls * 1000 > len(data):
            raise
    try:  # a UTF-8 text with a few stray NULs (a bad copy or converter): read, and say so
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(_wrong_encoding_message(0.0)) from None
    if (plausible_chinese(text) or 0) < _PLAUSIBLE:
        raise ReadError(_wrong_encoding_message(0.0))
    return text.replace("\x00", ""), "utf-8", [
        f"文件中有 {nuls} 个空字符（NUL，字节 0x00），已忽略；文件可能经过了错误的转换或复制，请检查后另存为 UTF-8。"]


def _bad_places(bad: int, encoding: str, data: bytes) -> list[str]:
    if not bad:
        return []
    name = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
            "utf-32": "UTF-32", "utf-32-le": "UTF-32", "utf-32-be": "UTF-32"}[encoding]
    unit = {"UTF-16": 2, "UTF-32": 4}.get(name, 1)
    if unit > 1 and len(data) % unit:
        return [f"文件按 {name} 编码读取，但末尾不完整（字节数不是 {unit} 的整数倍），可能未下载或保存完整；"
                f"已检查能读出的部分{f'，另有 {bad - 1} 处无效编码' if bad > 1 else ''}。请重新获取文件后再检查。"]
    return [f"文件按 {name} 编码读取，有 {bad} 处不是有效的 {name} 编码（已替换为 �），这些地方未经检查。"
            "文件可能已损坏或混入了其他编码的文字，请修正后另存为 UTF-8 再检查。"]


def _wrong_encoding_message(share: float) -> str:
    return (f"文件编码无法可靠识别：按 UTF-8、GB18030（GBK）、Big5、UTF-16 读出的都不像中文"
            f"（最好的一种也只有 {share:.0%} 是常用汉字和中文标点，正常文本在 80% 以上；可能是 Shift-JIS、EUC-KR "
            "等其他编码，或不是文本文件），无法检查。请另存为 UTF-8 文本后再检查。")


def _joined_message(data: bytes) -> str | None:
    """What to say of a text in two encodings (an export in GB18030 or UTF-8 with a UTF-16 one, without its
    byte-order mark, pasted after it): lines of the first, then UTF-16, which alone looked like binary data.
    The seam is sought at the line ends of the first part before the first NUL."""
    first = data.find(b"\x00")
    ends = [i + 1 for i in range(max(0, first - 4096), first) if data[i] == 0x0A and data[i + 1:i + 2] != b"\x00"]
    for seam in reversed(ends):
        head, tail = data[:seam], data[seam:]
        for enc in ("utf-16-le", "utf-16-be"):
            if (plausible_chinese(tail[:_JUDGE_CHARS * 4 // 2 * 2].decode(enc, errors="replace")) or 0) < _PLAUSIBLE:
                continue
            for name, codec in (("UTF-8", "utf-8"), ("GB18030（GBK）", "gb18030")):
                try:
                    text = head.decode(codec)
                except UnicodeDecodeError:
                    continue
                if (plausible_chinese(text) or 1.0) >= _PLAUSIBLE:
                    return (f"文件混有两种编码：前 {text.count(chr(10))} 行是 {name}，从第 {seam + 1} 个字节起是不带"
                            "字节顺序标记的 UTF-16（像是两个文件拼接而成），无法作为一个文本检查。"
                            "请在编辑器中分别打开、统一另存为 UTF-8 后再检查。")
    return None


def read_txt(data: bytes, filename: str) -> Document:
    try:
        text, encoding, problems = decode(data)
    except ReadError:
        if b"\x00" in data[:4096]:  # NULs and no text encoding fits: say what it is
            raise ReadError(_joined_message(data) or "文件内容是二进制数据，不是文本文件。") from None
        raise
    escaped = _escaped_message(text) if encoding == "utf-8" else None
    if escaped:
        raise ReadError(escaped)
    paragraphs = []
    sups: list[Suppression] = []
    pending: list[Suppression] = []  # markers waiting for the paragraph they cover
    physical, logical = _lines(text, data, encoding)
    markdown = filename.lower().endswith((".md", ".markdown"))
    for lineno, raw, breaks in logical:
        line = raw.strip(_BLANK)
        if not line:
            continue
        indent = len(raw) - len(raw.lstrip(_BLANK))
        if breaks:  # the paragraph's characters sit on the file's lines, each a soft break after the last
            lineno += bisect.bisect_right(breaks, indent)
            indent -= max([b for b in breaks if b <= indent], default=0)
            breaks = tuple(b - len(raw) + len(raw.lstrip(_BLANK)) for b in breaks)
            breaks = tuple(b for b in breaks if 0 < b < len(line))
        if "<!--" in line:
            line, found = _take_markers(line, lineno, indent)
            if not line:  # a marker line: covers the next paragraph
                pending.extend(found)
                continue
            for s in found:  # trailing markers: cover this line
                s.first_line = s.last_line = s.line = len(paragraphs) + 1
            sups.extend(found)
        if markdown:  # the markup is no text of the draft: a '#' title, '**' around the 主送, a table's cells
            pieces = _md_pieces(line)
            if not pieces:  # markup only: no paragraph, markers before it wait for the next
                continue
            paragraphs.extend(Paragraph(text=piece, source_line=lineno, source_column=indent + at)
                              for at, piece in pieces)
        else:
            paragraphs.append(Paragraph(text=line, source_line=lineno, source_column=indent, source_breaks=breaks))
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
    doc = Document(path=filename, format="txt", paragraphs=paragraphs, suppressions=sups, source_lines=physical,
                   read_problems=problems)
    if encoding in _NOTE:
        doc.notes.append(_NOTE[encoding])
    return doc


# Markdown: lines that are markup only (a code fence, a table's rule row, a horizontal rule), the marks that open a
# line (headings, quotes, list bullets; "1." stays: it is a 公文 heading number), emphasis around a whole line
_MD_SKIP = re.compile(r"(?:`{3,}|~{3,}).*|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?|(?:[-*_]\s*){3,}")
_MD_LEAD = re.compile(r"(?:#{1,6}\s+|>\s?|[-*+]\s+)+")
_MD_WRAP = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _md_pieces(line: str) -> list[tuple[int, str]]:
    """The text of a Markdown line as (offset in the line, text) pieces: none for markup only, one per cell of a
    table row, else the line without its opening marks and whole-line emphasis."""
    if _MD_SKIP.fullmatch(line):
        return []
    if len(line) > 1 and line[0] == "|" and line[-1] == "|":
        out, at = [], 1
        for cell in line[1:-1].split("|"):
            lead = len(cell) - len(cell.lstrip(_BLANK))
            out.extend((at + lead + o, t) for o, t in _md_inline(cell.strip(_BLANK)))
            at += len(cell) + 1
        return out
    return _md_inline(line)


def _md_inline(text: str) -> list[tuple[int, str]]:
    m = _MD_LEAD.match(text)
    at = m.end() if m else 0
    text = text[at:]
    if text.startswith("#"):
        return []
    text = re.sub(r"\s+#+$", "", text).rstrip(_BLANK + "\\")  # a heading's closing hashes, a hard break
    m = _MD_WRAP.fullmatch(text)
    if m:
        at, text = at + len(m.group(1)), m.group(2)
    return [(at, text)] if text.strip(_BLANK) else []


def _lines(text: str, data: bytes, encoding: str) -> tuple[list[str], list[tuple[int, str, tuple[int, ...]]]]:
    """The file's physical lines (decoded, without line ends) and its logical lines as (first physical line,
    text, offsets in the text where each further physical line starts).  They differ only in HZ text folded
    with soft breaks (a ``~`` before the line end: RFC 1843's continuation, which the decoder drops): there a
    line of text spans several lines of the file, and findings point at the file's line of their character."""
    if encoding != "hz" or not re.search(rb"~\r?\n", data):
        ends = _LINE_END if _LINE_END.search(text) or not _SEPARATOR_END.search(text) else _SEPARATOR_END
        physical = ends.split(text)
        if physical and physical[-1] == "":
            physical.pop()  # the final line end does not start another line
        return physical, [(n, raw, ()) for n, raw in enumerate(physical, 1)]
    decoder = codecs.getincrementaldecoder("hz")("replace")
    physical, logical = [], []
    cur, breaks, first = "", [], 1
    for n, raw in enumerate(data.splitlines(keepends=True), 1):
        piece = decoder.decode(raw)
        ended = _LINE_END.search(piece[-2:]) is not None
        piece = piece.rstrip("\r\n") if ended else piece
        physical.append(piece)
        if n > first:
            breaks.append(len(cur))
        cur += piece
        if ended:
            logical.append((first, cur, tuple(breaks)))
            cur, breaks, first = "", [], n + 1
    if cur or breaks:
        logical.append((first, cur, tuple(breaks)))
    return physical, logical


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

"""A corpus of hostile, broken and odd inputs for gwlint, generated here (nothing downloaded).

Each case names what gwlint must say about it: ``unread`` (a GW001 error: the file, or the
place, was not read), ``partial`` (a GW001 warning: read, but not completely), ``scan`` (GW002:
no usable text layer), or ``read`` (read and linted: the draft's own GW806 finding, planted in
every readable draft, is reported, and no GW001/GW002).  Whatever the case, gwlint must answer
within its time budget and far below 2 GiB, without a traceback, and never exit 0 on an unread
file.  ``unread_as_user`` holds what an unprivileged user gets where root reads anyway.

Bombs are built cheaply: one deflated chunk repeated (a full flush makes deflate blocks
independent), so a 900 MiB part costs a second, not a minute, to write.

    python -m tests.badcorpus DEST [--big]     # --big adds the GiB-scale bombs

Special files (FIFOs, sockets, device links, symlink loops, unlistable folders, non-UTF-8
names) live in their own folders, each next to a good draft that must still be reported.
"""
from __future__ import annotations

import codecs
import io
import os
import socket
import stat
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

try:
    from .drafts import office_circular
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.drafts import office_circular

MiB = 1 << 20

SENTENCES = [
    "各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。",
    "要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。",
]


# every readable draft carries this typo, so "read and linted" shows as a GW806 finding
MARK = "各地要把春耕生产的的各项准备工作做细做实。"
DRAFT = office_circular(3) + MARK + "\n"
EXPECTS = ("unread", "partial", "scan", "read", "other", "absent")  # absent: a place that is no file, walked fine


@dataclass
class Case:
    path: str          # relative to the corpus root
    expect: str        # one of EXPECTS, or several joined by "|" where the load decides
    why: str
    args: tuple[str, ...] = ()  # options a single run of this case needs (a shorter --timeout)
    as_user: str | None = None  # the verdict for an unprivileged user, where root differs

    def expected(self, privileged: bool) -> str:
        return self.expect if privileged or self.as_user is None else self.as_user


# --------------------------------------------------------------------------- building blocks

def deflate_repeat(chunk: bytes, times: int) -> tuple[bytes, int, int]:
    """Raw deflate of ``chunk * times`` without ever holding it: (data, crc32, size)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail = end.compress(b"") + end.flush()
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return piece * times + tail, crc, len(chunk) * times


def zlib_repeat(chunk: bytes, times: int) -> bytes:
    """zlib stream (PDF /FlateDecode) of ``chunk * times``."""
    raw, _, _ = deflate_repeat(chunk, times)
    adler = 1
    for _ in range(times):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def write_zip(path: Path, members: list[tuple[str, bytes | tuple[bytes, int, int]]]) -> None:
    """A zip whose members are plain bytes or pre-deflated ``(data, crc, size)`` triples."""
    out = io.BytesIO()
    central = []
    for name, body in members:
        if isinstance(body, tuple):
            data, crc, size = body
        else:
            size, crc = len(body), zlib.crc32(body)
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            data = c.compress(body) + c.flush()
        raw_name = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size,
                              len(raw_name), 0) + raw_name)
        out.write(data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                                   len(data), size, len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name)
    start = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd), start, 0))
    path.write_bytes(out.getvalue())


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>').encode()
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>').encode()
DOC_RELS_IMAGE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'image" Target="media/image1.png"/></Relationships>').encode()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def document_xml(body: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
            f'<w:document {W}><w:body>{body}</w:body></w:document>').encode()


def circular_paragraphs() -> str:
    return "".join(para(line) for line in DRAFT.splitlines())


def docx(path: Path, document: bytes | tuple[bytes, int, int], extra: list | None = None) -> None:
    members = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
               ("word/document.xml", document)]
    write_zip(path, members + (extra or []))


def docx_repeat(path: Path, unit: bytes, times: int) -> None:
    """A .docx whose body is ``unit`` (paragraph XML) repeated ``times`` times."""
    head, foot = document_xml("").split(b"</w:body>")
    foot = b"</w:body>" + foot
    # deflate works on ~1 MiB chunks: repeating one tiny unit would compress poorly
    group = next(k for k in range(max(1, MiB // len(unit)), 0, -1) if times % k == 0)
    unit, times = unit * group, times // group
    data, _, size = deflate_repeat(unit, times)
    # head + repeated body + foot as three deflate segments (full flushes join them)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    pre = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    e = zlib.compressobj(9, zlib.DEFLATED, -15)
    post = e.compress(foot) + e.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(foot, crc)
    docx(path, (pre + data[: -len(_EMPTY_FINAL)] + post, crc, len(head) + size + len(foot)))


def docx_bomb(path: Path, mib: int) -> None:
    """document.xml of ``mib`` MiB of ordinary paragraphs."""
    unit = "".join(para(SENTENCES[k % 2]) for k in range(4)).encode()
    docx_repeat(path, unit, (mib * MiB) // len(unit))


def _empty_final() -> bytes:
    e = zlib.compressobj(9, zlib.DEFLATED, -15)
    return e.compress(b"") + e.flush()


_EMPTY_FINAL = _empty_final()


def pdf(objects: dict[int, bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF with a correct xref table over ``objects`` (bodies without ``obj``/``endobj``)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, objects[n]))
    size = max(objects) + 1
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for n in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n")
    out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, root, trailer_extra, xref))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def simple_page(contents: bytes = b"4 0 R", parent: int = 2) -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %s "
            b"/Resources << /Font << /F1 5 0 R >> >> >>" % (parent, contents))


def good_draft_pdf() -> bytes:
    from gwlint.docgen import parse_marked
    from gwlint.docgen.pdf import write_pdf
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.pdf"
        write_pdf(parse_marked(DRAFT), p)
        return p.read_bytes()


def good_draft_docx() -> bytes:
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.docx"
        write_docx(parse_marked(DRAFT), p)
        return p.read_bytes()


def cid_only_pdf(chars: int = 400) -> bytes:
    """Text in a Type0 /Identity-H font without /ToUnicode (and no embedded font): no text layer."""
    cids = b"".join(struct.pack(">H", 0x1000 + (k * 7919) % 20000) for k in range(chars))
    lines = []
    for row in range(0, chars, 25):
        lines.append(b"BT /F1 16 Tf 80 %d Td <%s> Tj ET" % (760 - (row // 25) * 28,
                                                           cids[row * 2:(row + 25) * 2].hex().encode()))
    content = b"\n".join(lines)
    return pdf({
        1: CATALOG,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: simple_page(),
        4: stream(content),
        5: b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        6: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo "
           b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        7: b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 "
           b"/Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
    })


def text_page_objects(text: bytes = b"(Hello) Tj") -> dict[int, bytes]:
    return {4: stream(b"BT /F1 12 Tf 72 720 Td " + text + b" ET"), 5: FONT}


# Adobe's standard CJK font by name (not embedded) with the UCS-2 CMap: readers map it to Unicode
CJK_FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 "
            b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
            b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
            b"/StemV 93 >> >>] >>")


def draft_page_objects(text: str = "") -> dict[int, bytes]:
    """Objects 4 (contents) and 5 (font) of a page showing the draft in Chinese."""
    ops, y = [], 790
    for line in (text or DRAFT).splitlines():
        for k in range(0, len(line), 30):
            ops.append(b"BT /F1 14 Tf 60 %d Td <%s> Tj ET" % (y, line[k:k + 30].encode("utf-16-be").hex().encode()))
            y -= 20
    return {4: stream(b"\n".join(ops)), 5: CJK_FONT}


# --------------------------------------------------------------------------- the corpus

def build(dest: Path, *, big: bool = False) -> list[Case]:
    """Write the corpus under ``dest`` and return its cases (``big``: GiB-scale bombs too)."""
    dest.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def put(rel: str, data: bytes, expect: str, why: str, **kw) -> None:
        p = dest / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        cases.append(Case(rel, expect, why, **kw))

    def add_docx(rel: str, expect: str, why: str, document, extra=None, **kw):
        p = dest / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        docx(p, document, extra)
        cases.append(Case(rel, expect, why, **kw))

    one_page = {1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: simple_page(), 5: FONT}
    # ---- PDFs
    put("pdf/selfref-kids.pdf", pdf({1: CATALOG, 2: b"<< /Type /Pages /Kids 3 0 R /Count 1 >>", 3: b"3 0 R"}),
        "unread", "/Kids is an object that refers to itself (D1)", args=("--timeout", "3"))
    put("pdf/selfref-contents.pdf", pdf({**one_page, 3: simple_page(b"6 0 R"), 6: b"6 0 R"}),
        "unread", "page /Contents refers to itself", args=("--timeout", "3"))
    put("pdf/selfref-length.pdf", pdf({**one_page, 6: b"6 0 R",
                                       4: b"<< /Length 6 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (Hi) Tj ET\nendstream"}),
        "unread", "a stream's /Length refers to itself", args=("--timeout", "3"))
    loop = {1: CATALOG, 3: simple_page(), **draft_page_objects()}
    put("pdf/page-tree-loop.pdf", pdf({**loop, 2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"}),
        "read", "the root of the page tree lists itself among its kids; both engines agree (D26)")
    put("pdf/page-tree-cycle.pdf", pdf({**loop, 2: b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
                                        6: b"<< /Type /Pages /Parent 2 0 R /Kids [7 0 R] /Count 1 >>",
                                        7: b"<< /Type /Pages /Parent 6 0 R /Kids [6 0 R 3 0 R] /Count 1 >>",
                                        3: simple_page(parent=7)}),
        "read", "a page-tree node lists its own parent")
    put("pdf/cid-only.pdf", cid_only_pdf(), "scan", "Identity-H font without /ToUnicode: only (cid:N) (D4)")
    mib = 1024 if big else 256
    put("pdf/flate-bomb.pdf", pdf({**one_page, 4: stream(zlib_repeat(b" " * MiB, mib), b"/Filter /FlateDecode ")}),
        "unread", f"a content stream inflating to {mib} MiB of spaces (D5)")
    ops = 48 if big else 12
    put("pdf/qQ-ops.pdf", pdf({**one_page, 4: stream(zlib_repeat(b"q Q " * (MiB // 4), ops),
                                                     b"/Filter /FlateDecode ")}),
        "unread", f"{ops} M 'q Q' operators in a small PDF (D7: the deadline)", args=("--timeout", "5"))
    depth = 50_000
    put("pdf/deep-array.pdf", pdf({**one_page, **draft_page_objects(), 6: b"[" * depth + b"]" * depth}),
        "read", "a 50,000-deep nested array (unreferenced)")
    put("pdf/no-pages.pdf", pdf({1: CATALOG, 2: b"<< /Type /Pages /Kids [] /Count 0 >>"}),
        "unread", "a PDF with no pages")
    good_pdf = good_draft_pdf()
    put("pdf/truncated.pdf", good_pdf[: len(good_pdf) // 2], "unread", "a download cut in half")
    put("pdf/garbage-after-header.pdf", b"%PDF-1.7\n" + os.urandom(4096), "unread", "PDF header, random body")
    put("pdf/docx-renamed.pdf", good_draft_docx(), "read", "a .docx named .pdf (read as what it is)")
    put("pdf/good.pdf", good_pdf, "read", "a good draft (control)")

    # ---- DOCX
    add_docx("docx/ok-minimal.docx", "read", "a minimal but valid .docx", document_xml(circular_paragraphs()))
    for size in (64, 900) if big else (64,):
        docx_bomb(dest / f"docx/xml-{size}m.docx", size)
        cases.append(Case(f"docx/xml-{size}m.docx", "unread", f"document.xml of {size} MiB of paragraphs (D5)"))
    media = 900 if big else 300
    add_docx("docx/media-bomb.docx", "read", f"a {media} MiB image part (D5): the text is still read",
             document_xml(circular_paragraphs()),
             [("word/_rels/document.xml.rels", DOC_RELS_IMAGE),
              ("word/media/image1.png", deflate_repeat(b"\x00" * MiB, media))])
    add_docx("docx/internal-entity.docx", "unread", "DOCTYPE with an internal entity used in the text (D20)",
             document_xml(para("&co;人民政府办公厅关于做好春季森林防火工作的通知") + circular_paragraphs(),
                          '<!DOCTYPE w:document [<!ENTITY co "江西省">]>'))
    add_docx("docx/xxe-file.docx", "unread", "external entity pointing at /etc/passwd",
             document_xml(para("&xxe;") + circular_paragraphs(),
                          '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))
    laughs = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    add_docx("docx/billion-laughs.docx", "unread", "exponential entity expansion",
             document_xml(para("&a9;") + circular_paragraphs(), f"<!DOCTYPE w:document [{laughs}]>"))
    nest = 200_000
    add_docx("docx/deep-xml.docx", "unread", "200,000 nested elements",
             document_xml("<w:p>" + "<w:r>" * nest + "</w:r>" * nest + "</w:p>" + circular_paragraphs()))
    add_docx("docx/not-xml.docx", "unread", "document.xml is not XML", b"\x00\x01garbage" * 100)
    write_zip(dest / "docx/no-document.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS)])
    cases.append(Case("docx/no-document.docx", "unread", "a package without word/document.xml"))
    lie, crc, _ = deflate_repeat(b"A" * MiB, 300)
    docx(dest / "docx/lying-size.docx", (lie, crc, 2048))
    cases.append(Case("docx/lying-size.docx", "unread", "declared size 2 KiB, inflates to 300 MiB"))
    docx_repeat(dest / "docx/200k-paragraphs.docx", "".join(para(SENTENCES[k % 2]) for k in range(2)).encode(),
                100_000)
    cases.append(Case("docx/200k-paragraphs.docx", "unread", "200,000 short paragraphs (the deadline)",
                      args=("--timeout", "5")))
    put("docx/pdf-renamed.docx", good_pdf, "read", "a PDF named .docx (read as what it is)")
    put("docx/empty.docx", b"", "unread", "zero bytes")
    put("docx/zip-garbage.docx", b"PK\x03\x04garbage", "unread", "a broken zip header")

    # ---- text
    put("txt/utf16-odd.txt", b"\xff\xfe\x5f\x6c\x41", "partial", "UTF-16, one character and one odd byte (D19)")
    put("txt/utf16-truncated.txt", DRAFT.encode("utf-16")[:-1], "partial", "UTF-16 cut mid-character (D19)")
    put("txt/utf16-lone-surrogate.txt", "\ufeff".encode("utf-16-le") + DRAFT.encode("utf-16-le")[:40] + b"\x00\xd8"
        + DRAFT.encode("utf-16-le")[40:], "partial", "UTF-16 with a lone high surrogate (D19)")
    put("txt/utf16be-bom.txt", "\ufeff".encode("utf-16-be") + DRAFT.encode("utf-16-be"), "read", "UTF-16BE, BOM")
    put("txt/utf8-bad-bytes.txt", DRAFT.encode()[:201] + b"\xff\xfe\xfa" + DRAFT.encode()[201:], "partial",
        "UTF-8 with three invalid bytes")
    put("txt/gbk.txt", DRAFT.encode("gbk"), "read", "GBK (control)")
    put("txt/big5.txt", DRAFT.encode("big5", errors="replace"), "read",
        "Big5: valid GB18030 bytes, read as Big5 since that gives the plausible Chinese (D23)")
    put("txt/shift-jis.txt", ("東京都における防災訓練の実施について\n各区市町村長殿\n"
                              "防災訓練を実施しますので、ご協力をお願いします。\n").encode("shift_jis"),
        "unread", "Shift-JIS text")
    put("txt/latin1.txt", "Circulaire relative à la prévention des incendies de forêt.\n".encode("latin-1") * 3,
        "unread", "Latin-1 text")
    put("txt/binary.txt", os.urandom(8192), "unread", "random bytes named .txt")
    put("txt/empty.txt", b"", "unread", "zero bytes")
    one_para = ("江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"
                + "".join(SENTENCES[k % 2] for k in range(3200)) + "\n")
    # D7: once stopped only by the deadline; the rules are linear in paragraph length now, so it is read whole
    # (tests/test_budget.py still shows the deadline cutting a paragraph like it)
    # on a loaded machine the batch's deadline may still cut it: either is honest, "clean" or a crash is not
    put("txt/long-paragraph.txt", one_para.encode(), "other|unread",
        "one paragraph of 3,200 sentences (D7: linear, read)")
    with open(dest / "txt/huge-210mb.txt", "wb") as f:
        f.truncate(210_000_000)
    cases.append(Case("txt/huge-210mb.txt", "unread", "210,000,000 bytes (sparse): exact size in the message (D26)"))
    with open(dest / "txt/limit-plus-one.txt", "wb") as f:
        f.truncate(200 * MiB + 1)
    cases.append(Case("txt/limit-plus-one.txt", "unread", "one byte over the size limit: exact size and limit"))

    # ---- text that decodes but is not Chinese prose (never "clean"), and odd encodings that are
    from .mojibake import KOREAN, tounicode_pdf
    lines = DRAFT.splitlines(True)
    put("txt/utf16le-nobom.txt", DRAFT.encode("utf-16-le"), "read", "UTF-16LE without a byte-order mark")
    put("txt/utf16be-nobom-odd.txt", DRAFT.encode("utf-16-be") + b"A", "partial",
        "UTF-16BE without a byte-order mark, cut mid-character")
    put("txt/nul-bytes.txt", DRAFT.encode().replace("。".encode(), "。\0".encode(), 3), "partial",
        "UTF-8 with three stray NULs (ignored, reported)")
    put("txt/bom-in-middle.txt", "".join(lines[:5]).encode() + codecs.BOM_UTF8 + "".join(lines[5:]).encode(),
        "read", "a UTF-8 BOM in the middle (two files joined)")
    put("txt/gb18030-4byte.txt", (DRAFT + "请各地报送😀𠀀材料。\n").encode("gb18030"), "read",
        "GB18030 with four-byte sequences (emoji, CJK Ext-B)")
    put("txt/euc-kr.txt", KOREAN.encode("euc_kr"), "unread", "EUC-KR: valid GB18030 decoding to common hanzi")
    put("txt/utf8-read-as-gbk.txt", DRAFT.encode().decode("gbk", "replace").encode(), "unread",
        "UTF-8 read as GBK and saved again (锟斤拷-style mojibake)")
    put("txt/double-utf8.txt", DRAFT.encode().decode("latin-1").encode(), "unread", "UTF-8 read as Latin-1, saved again")
    put("txt/shifted.txt", "".join(chr(ord(c) + 5) if "\u4e00" <= c <= "\u9fa5" else c for c in DRAFT).encode(),
        "unread", "every hanzi shifted by 5 code points (a broken font map)")
    add_docx("docx/symbol-font.docx", "unread", "text in private-use code points (a symbol font)",
             document_xml("".join(para("".join(chr(0xF000 + ord(c) % 200) for c in x)) for x in DRAFT.splitlines())))
    add_docx("docx/mojibake.docx", "unread", "Korean read as GBK by a converter",
             document_xml("".join(para(x) for x in KOREAN.encode("euc_kr").decode("gbk", "replace").splitlines())))
    import random
    chars = sorted(set(DRAFT) - {"\n"})
    shuffled = chars[:]
    random.Random(12).shuffle(shuffled)
    put("pdf/tounicode-shuffled.pdf", tounicode_pdf(DRAFT, dict(zip(chars, shuffled))), "scan",
        "a ToUnicode map pointing at the wrong characters: the text layer is garbage")
    put("pdf/tounicode-correct.pdf", tounicode_pdf(DRAFT), "read", "the same PDF with a correct ToUnicode map")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>")
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as z:
        z.writestr("inner.ofd", inner.getvalue())
    put("ofd/zip-of-zip.ofd", outer.getvalue(), "unread", "an OFD that is a zip holding a zip")
    put("names/new\nline.txt", DRAFT.encode(), "read", "a newline in the file name")

    # ---- folders with special entries, each next to a good draft that must still be linted
    def folder(rel: str) -> Path:
        d = dest / rel
        d.mkdir(parents=True, exist_ok=True)
        (d / "good.txt").write_text(DRAFT, encoding="utf-8")
        cases.append(Case(f"{rel}/good.txt", "read", "a good draft next to the odd entries"))
        return d

    def entry(rel: str, expect: str, why: str, **kw) -> None:
        cases.append(Case(rel, expect, why, **kw))

    d = folder("dirs/fifo")
    _mkfifo(d / "pipe.txt")
    entry("dirs/fifo/pipe.txt", "unread", "a FIFO named .txt (D6): never opened for a blocking read")
    d = folder("dirs/devzero")
    _symlink("/dev/zero", d / "zero.txt")
    _symlink("/dev/urandom", d / "rand.docx")
    entry("dirs/devzero/zero.txt", "unread", "a link to /dev/zero (D6)")
    entry("dirs/devzero/rand.docx", "unread", "a link to /dev/urandom (D6)")
    d = folder("dirs/socket")
    _socket(d / "sock.docx")
    entry("dirs/socket/sock.docx", "unread", "a Unix socket named .docx")
    d = folder("dirs/symlink-loop")
    _symlink("b.docx", d / "a.docx")
    _symlink("a.docx", d / "b.docx")
    _symlink("self.txt", d / "self.txt")
    _symlink("nowhere.txt", d / "dangling.txt")
    for name, why in (("a.docx", "a.docx -> b.docx -> a.docx (D8)"), ("b.docx", "the other half of the loop"),
                      ("self.txt", "a link to itself"), ("dangling.txt", "a link to nothing")):
        entry(f"dirs/symlink-loop/{name}", "unread", why)
    d = folder("dirs/dir-loop")
    (d / "sub").mkdir(exist_ok=True)
    (d / "sub" / "inner.txt").write_text(DRAFT, encoding="utf-8")
    _symlink("..", d / "sub" / "up")
    entry("dirs/dir-loop/sub/inner.txt", "read", "a draft in a subfolder")
    entry("dirs/dir-loop/sub/up", "unread", "a folder link to its own parent: reported, not followed")
    d = folder("dirs/gbk-name")
    (d / os.fsdecode(b"\xb2\xdd\xb8\xe5.txt")).write_text(DRAFT, encoding="utf-8")  # 草稿 in GBK
    entry(os.fsdecode(b"dirs/gbk-name/\xb2\xdd\xb8\xe5.txt"), "read", "a file name in GBK bytes (D2, reading)")
    d = folder("dirs/locked")
    build_locked(d)
    entry("dirs/locked/noaccess", "absent", "a folder with mode 000 (D10): root lists it", as_user="unread")
    entry("dirs/locked/noaccess/inner.txt", "read", "(root only) inside the mode 000 folder", as_user="absent")
    entry("dirs/locked/noexec/inner.txt", "read", "a file in a folder with r but no x (D8)", as_user="unread")
    entry("dirs/locked/unreadable.txt", "read", "a file with mode 000", as_user="unread")
    # folders named on the command line that hold nothing to check: no clean verdict on nothing read
    (dest / "dirs/empty").mkdir(parents=True, exist_ok=True)
    (dest / "dirs/no-drafts").mkdir(parents=True, exist_ok=True)
    (dest / "dirs/no-drafts/统计表.xlsx").write_bytes(b"PK\x05\x06" + bytes(18))
    (dest / "dirs/no-drafts/README.md").write_text("说明", encoding="utf-8")
    entry("dirs/empty", "unread", "an empty folder named directly")
    entry("dirs/no-drafts", "unread", "a folder with only a spreadsheet and its README")
    return cases


def build_locked(d: Path) -> None:
    """Under ``d``: a folder with mode 000, one with r but no x, a file with mode 000."""
    for sub, mode in (("noaccess", 0o000), ("noexec", 0o644)):
        (d / sub).mkdir(parents=True, exist_ok=True)
        (d / sub / "inner.txt").write_text(DRAFT, encoding="utf-8")
        os.chmod(d / sub, mode)
    (d / "unreadable.txt").write_text(DRAFT, encoding="utf-8")
    os.chmod(d / "unreadable.txt", 0)


def _mkfifo(p: Path) -> None:
    if not p.exists():
        os.mkfifo(p)


def _symlink(target: str, p: Path) -> None:
    if not p.is_symlink():
        os.symlink(target, p)


def _socket(p: Path) -> None:
    if not p.exists():
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(p))
        s.close()


def unlock(dest: Path) -> None:
    """Give back the permissions the corpus took away (so it can be deleted)."""
    for root, dirs, files in os.walk(dest):
        for name in dirs + files:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                st = os.lstat(p)
                if stat.S_ISDIR(st.st_mode):
                    os.chmod(p, 0o755)
                elif stat.S_ISREG(st.st_mode):
                    os.chmod(p, 0o644)
    for root, dirs, _ in os.walk(dest):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)


def scanned_pdf(pages_with_text: set[int], total: int) -> bytes:
    """A PDF whose pages are images (a scan) except ``pages_with_text``."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(1, total + 1):
        if n in pages_with_text:
            c.setFont("STSong-Light", 16)
            c.drawString(80, 700, "江西省人民政府办公厅关于做好春季森林防火工作的通知")
        else:
            im = Image.new("L", (120, 160), 255)
            png = io.BytesIO()
            im.save(png, "PNG")
            png.seek(0)
            c.drawImage(ImageReader(png), 50, 100, 480, 640)
        c.showPage()
    c.save()
    return buf.getvalue()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit("usage: python -m tests.badcorpus DEST [--big]")
    for case in build(Path(args[0]), big="--big" in sys.argv):
        print(f"{case.expected(os.geteuid() == 0):7} {case.path}: {case.why}")

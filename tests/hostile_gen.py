"""Hostile inputs written for round 11 (hB): files a drafter, an OA system or an attacker may hand gwlint.

Every input is generated here from a small clean draft rendered by ``gwlint.docgen`` (or from bytes
built by hand), so the tests need no shipped binaries.  ``byte_cases()`` returns in-memory files
(name → bytes); ``make_tree(dest)`` writes them plus the file-system oddities (FIFO, directory named
``x.docx``, symlink loop, control characters in a name) that only exist on disk.

    python -m tests.hostile_gen DEST      # writes the tree and prints what it wrote

Round 13 (h13b) added ``INVISIBLE_CHARS``/``invisible_draft``/``mapped_pdf`` (format characters inside words, also
in a PDF text layer) and ``r13_cases`` (parts named twice, a 公文 in a layout table, 100k one-character paragraphs,
mixed line ends, 10,000 pages); their tests are in tests/test_hostile_r13.py.

Round 12 (h12b) added ``inline_scan_cases`` (scans drawn with inline images), ``r12_docx_cases`` (text in
fields, content controls, tracked changes, text boxes, notes only, a renamed main part) and ``r12_pdf_cases``
(pages turned for display, text only in annotations, fonts mapped into the private use area); their tests are
in tests/test_hostile_r12.py.
"""
from __future__ import annotations

import base64
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DRAFT = """\
@doc_number 赣林字〔2026〕7号
@title 江西省林业局关于做好春季森林防火工作的通知
@recipients 各设区市林业局：
为做好春季森林防火工作，现将有关事项通知如下。
@heading1 一、压实责任
各地林业部门要落实巡山护林制度，加强野外火源管控。
@signature 江西省林业局
@date 2026年2月10日
"""


def clean_blocks():
    from gwlint.docgen import parse_marked
    return parse_marked(DRAFT)


def clean_docx() -> bytes:
    from gwlint.docgen.docx import write_docx
    buf = io.BytesIO()
    write_docx(clean_blocks(), buf)
    return buf.getvalue()


def clean_pdf() -> bytes:
    from gwlint.docgen.pdf import write_pdf
    buf = io.BytesIO()
    write_pdf(clean_blocks(), buf)
    return buf.getvalue()


# ---------------------------------------------------------------- .docx built from a clean one

def _parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(parts: dict[str, bytes], *, level: int = 6, extra: list[tuple[str, bytes]] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        for name, data in extra:
            z.writestr(name, data)
    return buf.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document {W_NS}><w:body>{body}<w:sectPr/></w:body></w:document>').encode()


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _with_document(xml: bytes) -> bytes:
    parts = _parts(clean_docx())
    parts["word/document.xml"] = xml
    return _zip(parts)


def heavy_docx_cases() -> dict[str, bytes]:
    """The bombs and the very long documents: seconds to build, hundreds of MiB while building."""
    base = clean_docx()
    cases: dict[str, bytes] = {}
    # A deflate bomb: document.xml inflates 1000:1 to ~200 MB of whitespace inside a valid paragraph.
    pad = b" " * (200 * 1024 * 1024)
    xml = _document_xml("").replace(b"<w:body>", b"<w:body>" + pad, 1)
    cases["bomb_flat.docx"] = _with_document(xml)
    del pad, xml
    # A bomb in a part the reader does not need (customXml), next to a normal document.
    cases["bomb_side.docx"] = _zip(_parts(base), extra=[("customXml/item9.xml", b"<a>" + b"A" * (300 << 20) + b"</a>")])
    # Nested: an embedded .docx (OLE package) that is itself a bomb.
    inner = _zip({"word/document.xml": b"<x>" + b"0" * (100 << 20) + b"</x>"})
    cases["bomb_nested.docx"] = _zip(_parts(base), extra=[("word/embeddings/pkg1.docx", inner)])
    # Size: 100k empty paragraphs after a real draft; one 5 MB paragraph.
    doc = _parts(base)["word/document.xml"]
    cases["paras_100k.docx"] = _with_document(doc.replace(b"<w:sectPr", b"<w:p/>" * 100_000 + b"<w:sectPr", 1))
    big = "各地林业部门要落实巡山护林制度，加强野外火源管控。" * (5 * 1024 * 1024 // 75)
    cases["para_5mb.docx"] = _with_document(doc.replace(b"<w:sectPr", _para(big).encode() + b"<w:sectPr", 1))
    return cases


def docx_cases() -> dict[str, bytes]:
    base = clean_docx()
    cases: dict[str, bytes] = {}
    # XML entities: billion laughs and an external entity in document.xml.
    laughs = "<!DOCTYPE w:document [" + '<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10)) + "]>"
    cases["laughs.docx"] = _with_document(_document_xml(_para("&a9;"), laughs))
    xxe = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    cases["xxe.docx"] = _with_document(_document_xml(_para("&x;"), xxe))
    doc = _parts(base)["word/document.xml"]
    # Tables nested 200 deep, text in the innermost cell.
    nested = _para("各地林业部门要落实巡山护林制度。")
    for _ in range(200):
        nested = f"<w:tbl><w:tr><w:tc>{nested}</w:tc></w:tr></w:tbl>"
    cases["tables_200.docx"] = _with_document(doc.replace(b"<w:sectPr", nested.encode() + b"<w:sectPr", 1))
    # Element nesting 5000 deep (runs in smart tags), beyond lxml's default depth.
    deep = "<w:smartTag>" * 5000 + "<w:r><w:t>通知</w:t></w:r>" + "</w:smartTag>" * 5000
    cases["deep_xml.docx"] = _with_document(_document_xml(f"<w:p>{deep}</w:p>"))
    # [Content_Types] lies: main part declared as a spreadsheet; or missing entirely.
    parts = _parts(base)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
    cases["ctypes_lie.docx"] = _zip(parts)
    parts = _parts(base)
    del parts["[Content_Types].xml"]
    cases["ctypes_missing.docx"] = _zip(parts)
    # The main relationship points outside the package / at a missing part.
    parts = _parts(base)
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"../../../etc/passwd")
    cases["rels_escape.docx"] = _zip(parts)
    parts = _parts(base)
    del parts["word/document.xml"]
    cases["no_document.docx"] = _zip(parts)
    # A document.xml that is not XML, and one declared GBK but written in UTF-8.
    cases["document_garbage.docx"] = _with_document(b"\x00\x01PK not xml at all")
    cases["document_utf16.docx"] = _with_document(
        _document_xml(_para("各地林业部门要落实巡山护林制度。")).decode().replace("UTF-8", "UTF-16").encode("utf-16"))
    # Damage to the zip itself.
    cases["truncated.docx"] = base[: len(base) // 2]
    crc = bytearray(base)
    start = crc.find(b"word/document.xml") + len("word/document.xml") + 40
    crc[start:start + 64] = b"\xff" * 64
    cases["crc_bad.docx"] = bytes(crc)
    cases["empty.docx"] = b""
    cases["zero_zip.docx"] = _zip({})
    # Duplicate entry names: two word/document.xml, the second one empty.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, data in _parts(base).items():
                z.writestr(name, data)
            z.writestr("word/document.xml", _document_xml(""))
    cases["dup_entry.docx"] = buf.getvalue()
    # document.xml stored with compression method 99 (WinZip AES), which zipfile cannot inflate.
    cases["aes_method.docx"] = _with_method(base, "word/document.xml", 99)
    # A docx whose only content is a picture (a scan pasted into Word).
    png = _png(64, 64)
    pic = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
           'wordprocessingDrawing"><wp:extent cx="5000000" cy="7000000"/><wp:docPr id="1" name="scan"/>'
           '</wp:inline></w:drawing></w:r></w:p>')
    parts = _parts(base)
    parts["word/document.xml"] = _document_xml(pic * 3)
    parts["word/media/image1.png"] = png
    cases["only_image.docx"] = _zip(parts)
    # No Chinese at all: an English memo saved as .docx.
    cases["english.docx"] = _with_document(_document_xml(
        _para("Memorandum to all staff regarding the spring fire prevention campaign.") * 20))
    # altChunk: body text imported from an HTML part, as web editors and HTML-to-docx converters write it;
    # once next to the draft's own paragraphs, once as the whole body
    cases["altchunk.docx"] = _alt_chunk(base, keep_body=True)
    cases["altchunk_only.docx"] = _alt_chunk(base, keep_body=False)
    # Word's encrypted package (CFB with an EncryptedPackage stream) under a .docx name.
    cases["encrypted_cfb.docx"] = _cfb_encrypted()
    return cases


def _alt_chunk(base: bytes, *, keep_body: bool) -> bytes:
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = _parts(base)
    html = "<html><head><meta charset='utf-8'></head><body><p>各设区市人民政府要于3月底前报送工作台账。</p></body></html>"
    parts["word/afchunk1.htm"] = html.encode()
    chunk = f'<w:altChunk xmlns:r="{r_ns}" r:id="rIdAlt1"/>'.encode()
    doc = parts["word/document.xml"]
    if keep_body:
        parts["word/document.xml"] = doc.replace(b"<w:sectPr", chunk + b"<w:sectPr", 1)
    else:
        parts["word/document.xml"] = _document_xml(chunk.decode())
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/aFChunk" Target="afchunk1.htm"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="htm" ContentType="application/xhtml+xml"/></Types>')
    return _zip(parts)


def _with_method(package: bytes, member: str, method: int) -> bytes:
    """``package`` with ``member``'s compression method set to ``method`` in both of its headers."""
    z = bytearray(package)
    name = member.encode()
    local = z.rfind(b"PK\x03\x04", 0, z.find(name))
    struct.pack_into("<H", z, local + 8, method)
    at = z.find(b"PK\x01\x02")
    while at != -1:
        n = struct.unpack_from("<H", z, at + 28)[0]
        if z[at + 46:at + 46 + n] == name:
            struct.pack_into("<H", z, at + 10, method)
        at = z.find(b"PK\x01\x02", at + 4)
    return bytes(z)


def _png(w: int, h: int) -> bytes:
    raw = b"".join(b"\x00" + b"\x80" * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _cfb_encrypted() -> bytes:
    """A minimal compound file whose directory names EncryptionInfo and EncryptedPackage."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)          # one FAT sector
    struct.pack_into("<I", header, 48, 1)          # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 0)          # DIFAT[0] = FAT at sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * sector)
    struct.pack_into("<III", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE)
    dirs = bytearray()
    for name, kind in (("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2), ("", 0)):
        e = bytearray(128)
        enc = name.encode("utf-16-le")
        e[0:len(enc)] = enc
        struct.pack_into("<H", e, 64, len(enc) + 2 if name else 0)
        e[66] = kind
        struct.pack_into("<III", e, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        dirs += e
    return bytes(header) + bytes(fat) + bytes(dirs) + b"\x00" * (sector - len(dirs) % sector if len(dirs) % sector else 0)


def clean_ofd() -> bytes:
    from gwlint.docgen.ofd import write_ofd
    buf = io.BytesIO()
    write_ofd(clean_blocks(), buf)
    return buf.getvalue()


def ofd_cases() -> dict[str, bytes]:
    parts = _parts(clean_ofd())
    page = "Doc_0/Pages/Page_0/Content.xml"
    xml = parts[page].decode()
    # the page's layer wrapped in 300 nested PageBlocks
    head, sep, rest = xml.partition("<ofd:Layer")
    body, sep2, tail = ("<ofd:Layer" + rest).rpartition("</ofd:Layer>")
    layer = body + sep2
    parts[page] = (head + "<ofd:PageBlock>" * 300 + layer + "</ofd:PageBlock>" * 300 + tail).encode()
    deep = _zip(parts)
    parts = _parts(clean_ofd())
    parts[page] = parts[page][: len(parts[page]) // 2]
    return {"deep_pageblock.ofd": deep, "truncated_page.ofd": _zip(parts)}


# ---------------------------------------------------------------- other formats under a .docx name

def disguised_cases() -> dict[str, bytes]:
    text = "江西省林业局关于做好春季森林防火工作的通知\n各地林业部门要落实巡山护林制度。\n"
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office='
                   '"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    ofd = io.BytesIO()
    with zipfile.ZipFile(ofd, "w") as z:
        z.writestr("OFD.xml", '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
    return {
        "really_doc.docx": bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 4000,
        "really_rtf.docx": ("{\\rtf1\\ansi\\ansicpg936 " + text.replace("\n", "\\par ") + "}").encode("gbk"),
        "really_html.docx": f"<html><head><meta charset=utf-8></head><body><p>{text}</p></body></html>".encode(),
        "really_odt.docx": odt.getvalue(),
        "really_ofd.docx": ofd.getvalue(),
        "really_pdf.docx": clean_pdf(),
        "really_txt.docx": text.encode(),
        "really_docx.pdf": clean_docx(),
        "really_png.pdf": _png(8, 8),
        "really_docx.txt": clean_docx(),
        "really_html.wps": b"<html><body>" + text.encode() + b"</body></html>",
    }


# ---------------------------------------------------------------- .pdf

def _pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"", xref: bool = True) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, start)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pages_pdf(n: int, content: bytes = b"", resources: bytes = b"<< >>") -> bytes:
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
            _stream(content)]
    for _ in range(n):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources %s >>" % resources)
    return _pdf(objs)


def pdf_cases() -> dict[str, bytes]:
    base = clean_pdf()
    cases: dict[str, bytes] = {}
    # xref chain that points back at itself (/Prev loop) and a page tree that contains itself.
    loop = bytearray(base)
    at = loop.rfind(b"trailer")
    start = int(loop[loop.rfind(b"startxref") + 9:].split()[0])
    loop[at + 7:at + 7] = b"\n<< /Prev %d >>" % start
    cases["xref_prev_loop.pdf"] = bytes(loop)
    cases["pages_cycle.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                     b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])
    cases["pages_5000_empty.pdf"] = _pages_pdf(5000)
    # Arrays nested 100k deep in a page's content and in an object.
    cases["deep_array.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 100_000 + b"]" * 100_000 + b" >>",
                                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])
    cases["deep_content.pdf"] = _pages_pdf(1, b"[" * 200_000 + b"]" * 200_000 + b" TJ")
    # Text only as an image (a scanned page): a picture XObject, no text operators.
    cases["scanned.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                 b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
                                 _stream(b"q 500 0 0 700 40 70 cm /Im1 Do Q"),
                                 _stream(zlib.compress(b"\x80" * 400 * 400), b"/Type /XObject /Subtype /Image /Width 400 "
                                         b"/Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ")])
    # Type3 font without ToUnicode whose glyph codes are arbitrary bytes: the extracted text is Latin garbage.
    glyph = b"0 0 d0 0 0 10 10 re f"
    t3 = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 10 10] /FontMatrix [0.1 0 0 0.1 0 0] "
          b"/CharProcs << /g 6 0 R >> /Encoding << /Type /Encoding /Differences [33 "
          + b"/g " * 90 + b"] >> /FirstChar 33 /LastChar 122 /Widths [" + b"10 " * 90 + b"] >>")
    lines = b"".join(b"BT /F1 12 Tf 50 %d Td (%s) Tj ET\n" % (800 - 16 * i, b"Kq3#x&Zp!rT9mW@e" * 2) for i in range(40))
    cases["type3_garbled.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                       b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                       b"/Resources << /Font << /F1 5 0 R >> >> >>",
                                       _stream(lines), t3, _stream(glyph)])
    # A CID font (Identity-H) without ToUnicode: pdfminer yields (cid:N) or nothing.
    cid = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [6 0 R] >>")
    desc = b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    hexline = b"".join(b"%04X" % (0x4E00 + i * 37) for i in range(30))
    cid_lines = b"".join(b"BT /F1 12 Tf 50 %d Td <%s> Tj ET\n" % (800 - 16 * i, hexline) for i in range(40))
    cases["cid_no_tounicode.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                          b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                          b"/Resources << /Font << /F1 5 0 R >> >> >>",
                                          _stream(cid_lines), cid, desc])
    # Encryption: an empty user password (opens without asking) and a real one.
    cases["encrypted_empty_pw.pdf"] = _reportlab_encrypted("")
    cases["encrypted_pw.pdf"] = _reportlab_encrypted("secret")
    # Damage.
    cases["truncated.pdf"] = base[: len(base) // 2]
    cases["header_only.pdf"] = b"%PDF-1.7\n"
    cases["empty.pdf"] = b""
    cases["no_xref.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"], xref=False)
    cases["wrong_length.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                      b"<< /Length 999999999 >>\nstream\nBT ET\nendstream"])
    cases["page_huge_mediabox.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e308 -1e308] >>"])
    return cases


# ---------------------------------------------------------------- round 12 (h12b): scans drawn as inline images

def _inline(w: int, h: int, data: bytes, filters: bytes = b"") -> bytes:
    return b"BI /W %d /H %d /BPC 8 /CS /G %sID " % (w, h, filters) + data + b" EI"


def inline_scan_cases() -> dict[str, bytes]:
    """Pages that are pictures drawn with inline images and no text at all: scans (GW002), never 'no text' (GW001)."""
    raw = bytes((i * 7) & 0xFF for i in range(200 * 300))
    placed = b"q 500 0 0 700 40 70 cm " + _inline(200, 300, raw) + b" Q"
    return {
        # the image opens the content stream: pdfminer's layout reports nothing for it
        "inline_scan_first.pdf": _pages_pdf(2, _inline(200, 300, raw)),
        # a cut file: the last image has no EI
        "inline_scan_cut.pdf": _pages_pdf(1, b"q 500 0 0 700 40 70 cm BI /W 200 /H 300 /BPC 8 /CS /G ID " + raw),
        # a fax-style scan: 1-bit CCITT strips, abbreviated keys, ASCII85 over Flate
        "inline_scan_strips.pdf": _pages_pdf(3, b"".join(
            b"q 500 0 0 24 40 %d cm " % (70 + 24 * k) + _inline(200, 10, base64.a85encode(zlib.compress(raw[:2000])) + b"~>",
                                                              b"/F [/A85 /Fl] ") + b" Q " for k in range(20))),
        "inline_scan_placed.pdf": _pages_pdf(1, placed),
    }


# ---------------------------------------------------------------- round 12 (h12b): where a .docx keeps its text

# The body of the round-12 drafts: a typo (截止→截至, GW803) and a doubled 的 (GW806) that show whether a sentence
# was read, and nothing else a rule reports.
R12_TITLE = "江西省林业局关于报送春季防火进展的通知"
R12_SENTENCE = "请各设区市林业局报送截止3月15日的的工作进展。"
R12_DELETED = "各地要于3月1日前报送的的台账。"  # tracked as deleted: must not be linted


def _r12_body(sentence: str) -> str:
    return (_para(R12_TITLE) + _para("各设区市林业局：") + sentence + _para("江西省林业局") + _para("2026年2月10日"))


def _r12_docx(sentence: str, **parts: bytes) -> bytes:
    base = _parts(clean_docx())
    base["word/document.xml"] = _document_xml(_r12_body(sentence)).replace(
        b"<w:document ", b'<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        b'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        b'xmlns:v="urn:schemas-microsoft-com:vml" ', 1)
    base.update(parts)
    return _zip(base)


def _add_part(parts: dict[str, bytes], name: str, kind: str, ctype: str, xml: bytes, rid: str) -> None:
    parts[name] = xml
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}" Target="{name.split("/", 1)[1]}"/></Relationships>'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.{ctype}+xml"/></Types>'.encode())


def r12_docx_cases() -> dict[str, bytes]:
    s = R12_SENTENCE
    cases: dict[str, bytes] = {}
    # the sentence inside block and inline content controls, a simple field and a complex field's result
    sdt = (f"<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>{_para(s)}</w:sdtContent></w:sdt>"
           f"<w:p><w:sdt><w:sdtContent><w:r><w:t>{s[:8]}</w:t></w:r></w:sdtContent></w:sdt>"
           f"<w:fldSimple w:instr=\" DOCPROPERTY 正文 \"><w:r><w:t>{s[8:16]}</w:t></w:r></w:fldSimple>"
           f"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD 进展 </w:instrText></w:r>"
           f"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>{s[16:]}</w:t></w:r>"
           f"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
    cases["r12_fields_sdt.docx"] = _r12_docx(sdt)
    # tracked changes: the typo inserted (read), a sentence deleted (not read), a move (read once, at its target)
    rev = (f"<w:p><w:ins w:id=\"1\" w:author=\"起草人\"><w:r><w:t>{s}</w:t></w:r></w:ins></w:p>"
           f"<w:p><w:del w:id=\"2\" w:author=\"起草人\"><w:r><w:delText>{R12_DELETED}</w:delText></w:r></w:del></w:p>"
           f"<w:p><w:moveFrom w:id=\"3\" w:author=\"起草人\"><w:r><w:t>加强野外火源管控的的措施。</w:t></w:r></w:moveFrom></w:p>"
           f"<w:p><w:moveTo w:id=\"4\" w:author=\"起草人\"><w:r><w:t>加强野外火源管控的的措施。</w:t></w:r></w:moveTo></w:p>")
    cases["r12_tracked.docx"] = _r12_docx(rev)
    # a text box written twice, as Word does: the DrawingML choice and its VML fallback
    box = (f"<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
           f"<w:txbxContent>{_para(s)}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
           f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{_para(s)}</w:txbxContent></v:textbox>"
           f"</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    cases["r12_textbox.docx"] = _r12_docx(box)
    # the body empty; the text only in a header, a footnote and a comment
    parts = _parts(_r12_docx(""))
    parts["word/document.xml"] = _document_xml("<w:p/>")
    hdr = (f'<w:hdr {W_NS}>{_para(s)}</w:hdr>').encode()
    _add_part(parts, "word/header9.xml", "header", "header", hdr, "rIdH9")
    fn = (f'<w:footnotes {W_NS}><w:footnote w:id="1">{_para(s)}</w:footnote></w:footnotes>').encode()
    _add_part(parts, "word/footnotes.xml", "footnotes", "footnotes", fn, "rIdF9")
    cm = (f'<w:comments {W_NS}><w:comment w:id="0" w:author="审核人">{_para(s)}</w:comment></w:comments>').encode()
    _add_part(parts, "word/comments.xml", "comments", "comments", cm, "rIdC9")
    cases["r12_notes_only.docx"] = _zip(parts)
    # the main part under another name (word/main.xml), as some converters write it
    parts = _parts(_r12_docx(_para(s)))
    parts["word/main.xml"] = parts.pop("word/document.xml")
    parts["word/_rels/main.xml.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main.xml")
    cases["r12_main_renamed.docx"] = _zip(parts)
    cases["r12_plain.docx"] = _r12_docx(_para(s))  # the control: what every case above should find
    return cases


def _tounicode(pairs: list[tuple[int, int]]) -> bytes:
    body = b"".join(b"<%04X> <%04X>\n" % p for p in pairs)
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n" % len(pairs)
            + body + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")


def r12_pdf_cases() -> dict[str, bytes]:
    import re as _re

    cases: dict[str, bytes] = {}
    # every page turned a quarter (/Rotate 90): the text is upright in its own space
    cases["r12_rotated.pdf"] = _re.sub(rb"/Type /Page\b", b"/Type /Page /Rotate 90", clean_pdf())
    # text only in annotations (a FreeText comment and a text field), the page itself blank
    title = "江西省林业局关于做好春季森林防火工作的通知".encode("utf-16-be")
    annot = (b"<< /Type /Annot /Subtype /FreeText /Rect [50 700 545 760] /Contents <FEFF" + title.hex().encode()
             + b"> /DA (/Helv 12 Tf 0 g) >>")
    cases["r12_annot_only.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
                                        annot])
    # a CID font whose ToUnicode maps every glyph into the private use area (some subsetting tools do)
    codes = list(range(1, 31))
    cid = b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"
    desc = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
    hexline = b"".join(b"%04X" % c for c in codes)
    lines = b"".join(b"BT /F1 12 Tf 50 %d Td <%s> Tj ET\n" % (800 - 16 * i, hexline) for i in range(40))
    cases["r12_pua_font.pdf"] = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                      b"/Resources << /Font << /F1 5 0 R >> >> >>",
                                      _stream(lines), cid, desc, _stream(_tounicode([(c, 0xE000 + c) for c in codes]))])
    # the same file with half the glyphs in the PUA and half real characters
    half = [(c, 0xE000 + c) if c % 2 else (c, ord("各地要落实巡山护林制度加强火源管控"[c % 16])) for c in codes]
    cases["r12_pua_half.pdf"] = cases["r12_pua_font.pdf"].replace(
        _stream(_tounicode([(c, 0xE000 + c) for c in codes])), _stream(_tounicode(half)))
    return cases


# ---------------------------------------------------------------- round 13 (h13b): invisible characters inside words

# One of each kind the rules must read through: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen,
# combining grapheme joiner, Mongolian vowel separator, LRM, an RLO override, an LRI isolate, VS16, a tag character.
INVISIBLE_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\u200e",
                   "\u202e", "\u2066", "\ufe0f", "\U000e0041"]


def mapped_pdf(lines: list[tuple[int, int, str]], size: int = 16) -> bytes:
    """A one-page PDF drawing ``(x, y, text)`` lines in a CID font whose ToUnicode maps each glyph code to the
    character it stands for — also format characters (of zero width), which the CID font of ``gwlint.docgen``
    cannot carry into a text layer, as PDF printers of web pages do."""
    import unicodedata

    chars = list(dict.fromkeys("".join(t for _, _, t in lines)))
    code = {ch: i + 1 for i, ch in enumerate(chars)}
    widths = b" ".join(b"%d [%d]" % (code[ch], 0 if unicodedata.category(ch) in ("Cf", "Mn") else 1000)
                       for ch in chars)
    body = b"".join(b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (size, x, y, b"".join(b"%04X" % code[ch] for ch in t))
                    for x, y, t in lines)
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"
    desc = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /DW 1000 /W [" + widths + b"] >>")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 _stream(body), font, desc, _stream(_tounicode_wide([(code[ch], ch) for ch in chars]))])


def _tounicode_wide(pairs: list[tuple[int, str]]) -> bytes:
    """A ToUnicode CMap whose targets may lie beyond the BMP (UTF-16 surrogate pairs)."""
    body = b"".join(b"<%04X> <%s>\n" % (c, t.encode("utf-16-be").hex().upper().encode()) for c, t in pairs)
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n" % len(pairs)
            + body + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")


def invisible_draft(ch: str) -> str:
    """The round-12 draft with ``ch`` inside 截止 (GW803 at line 3, column 11) and inside 的的 (GW806)."""
    return (f"{R12_TITLE}\n各设区市林业局：\n请于3月20日前报送截{ch}止3月15日的{ch}的工作进展。\n"
            "江西省林业局\n2026年2月10日\n")


def invisible_pdf(ch: str) -> bytes:
    lines = invisible_draft(ch).splitlines()
    placed = [(140, 760, lines[0]), (80, 720, lines[1]), (112, 690, lines[2]), (400, 600, lines[3]), (400, 570, lines[4])]
    return mapped_pdf(placed)


# ---------------------------------------------------------------- round 13 (h13b): packages that name a part twice

def r13_cases() -> dict[str, bytes]:
    """Zip packages holding one part under two names that differ only in case or slash (OPC compares part names
    without case; zipfile reads one, Word refuses the package): the text a program checks depends on which it
    picks.  The hidden copy carries a typo (截止, 的的) that shows which one was read."""
    hidden = _document_xml(_para(R12_TITLE) + _para("各设区市林业局：") + _para(R12_SENTENCE))
    cases: dict[str, bytes] = {}
    parts = _parts(clean_docx())
    parts["WORD/DOCUMENT.XML"] = hidden
    cases["r13_case_twin.docx"] = _zip(parts)
    parts = _parts(clean_docx())
    parts["word\\document.xml"] = hidden
    cases["r13_slash_twin.docx"] = _zip(parts)
    parts = _parts(clean_ofd())
    page = "Doc_0/Pages/Page_0/Content.xml"
    parts[page.lower()] = parts[page].replace("江西省林业局".encode(), "江西省林业厅".encode())
    cases["r13_case_twin.ofd"] = _zip(parts)
    # one .docx: the whole 公文 typed into a one-column layout table, a row a line (OA red-head templates)
    rows = "".join(f"<w:tr><w:tc>{_para(line)}</w:tc></w:tr>" for line in
                   ("赣林字〔2026〕7号", R12_TITLE, "各设区市林业局：", R12_SENTENCE, "江西省林业局", "2026年2月10日"))
    cases["r13_all_in_table.docx"] = _with_document(_document_xml(f"<w:tbl>{rows}</w:tbl>"))
    # 100,000 paragraphs of one character each after a real draft, and a text file of 100,000 such lines
    doc = _parts(clean_docx())["word/document.xml"]
    cases["r13_onechar_100k.docx"] = _with_document(doc.replace(b"<w:sectPr", _para("一").encode() * 100_000
                                                                + b"<w:sectPr", 1))
    cases["r13_onechar_100k.txt"] = (TEXT + "一\n" * 100_000).encode()
    # line ends of three kinds in one file: CRLF, a lone CR (classic Mac), LF
    cases["r13_mixed_eol.txt"] = (f"{R12_TITLE}\r\n各设区市林业局:\r{R12_SENTENCE}\n各地要于4月1日前报送截止3月31日的台账。"
                                  "\r\n\r江西省林业局\r2026年2月10日\n").encode()
    # a PDF of 10,000 pages each with one Latin letter
    cases["r13_pages_10k.pdf"] = _pages_pdf(10_000, b"BT /F1 12 Tf 50 800 Td (a) Tj ET",
                                            b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>")
    return cases


def heavy_pdf_cases() -> dict[str, bytes]:
    # Content stream that inflates to ~400 MB of no-op operators.
    bomb = zlib.compress(b"q Q " * (100 << 20), 9)
    # A 30 MB inline image (BI … ID … EI) on an otherwise empty page.
    img = b"BI /W 5000 /H 6000 /BPC 8 /CS /G ID " + b"\x7f" * (5000 * 6000) + b" EI"
    return {"content_bomb.pdf": _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                      _stream(bomb, b"/Filter /FlateDecode ")]),
            "inline_image_30mb.pdf": _pages_pdf(1, img)}


def _reportlab_encrypted(user_password: str) -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    from gwlint.docgen.pdf import PAGE_H, PAGE_W, PdfWriter, render  # the project's layout, encrypted
    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", strength=128)
    w = PdfWriter(None, canvas=Canvas(buf, pagesize=(PAGE_W, PAGE_H), encrypt=enc))
    render(clean_blocks(), w)
    return buf.getvalue()


# ---------------------------------------------------------------- text

TEXT = ("江西省林业局关于做好春季森林防火工作的通知\n各设区市林业局：\n为做好春季森林防火工作，现将有关事项通知如下。\n"
        "各地林业部门要落实巡山护林制度，加强野外火源管控。\n江西省林业局\n2026年2月10日\n")


TEXT_TRADITIONAL = ("臺灣省林業局關於做好春季森林防火工作的通知\n各縣市林業局：\n為做好春季森林防火工作，現將有關事項通知如下。\n"
                    "各地林業部門要落實巡山護林制度，加強野外火源管控。\n臺灣省林業局\n2026年2月10日\n")


def text_cases() -> dict[str, bytes]:
    return {
        "gbk.txt": TEXT.encode("gbk"),
        "gb18030_4byte.txt": (TEXT + "㐀𠀀各地要落实。\n").encode("gb18030"),
        "utf16le_bom.txt": b"\xff\xfe" + TEXT.encode("utf-16-le"),
        "utf16be_bom.txt": b"\xfe\xff" + TEXT.encode("utf-16-be"),
        "utf16le_nobom.txt": TEXT.encode("utf-16-le"),
        "utf16be_nobom.txt": TEXT.encode("utf-16-be"),
        "utf32le_bom.txt": TEXT.encode("utf-32"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + TEXT.encode(),
        "big5.txt": TEXT_TRADITIONAL.encode("big5"),
        "nuls.txt": TEXT.encode().replace("。".encode(), "。".encode() + b"\x00" * 8),
        "all_nul.txt": b"\x00" * 100_000,
        "binary.txt": bytes(range(256)) * 400,
        "whitespace.txt": b" \n\t\r\n   \n" * 1000,
        "empty.txt": b"",
        "bom_only.txt": b"\xef\xbb\xbf",
        "cr_only.txt": TEXT.replace("\n", "\r").encode(),
        "line_sep.txt": TEXT.replace("\n", "\u2028").encode(),
        "ansi_escapes.txt": ("\x1b]0;pwned\x07\x1b[2J\x1b[31m" + TEXT + "\x1b[0m\x9b31m").encode(),
        "long_line_20mb.txt": ("各地林业部门要落实巡山护林制度，加强野外火源管控" * (20 * 1024 * 1024 // 72)).encode(),
        "lines_1m.txt": ("各地要落实。\n" * 1_000_000).encode(),
        "latin1.txt": "Café crème brûlée à la française - naïve résumé\n".encode("latin-1") * 50,
        "bidi.txt": ("\u202e" + TEXT + "\u202d").encode(),
        "md_html.md": ("<script>alert(1)</script>\n<!-- gwlint: ignore-file -->\n" + TEXT).encode(),
    }


def huge_text(path: Path, mib: int = 200) -> None:
    block = (TEXT * 200).encode()
    with open(path, "wb") as fh:
        for _ in range(mib * 1024 * 1024 // len(block)):
            fh.write(block)


GROUPS = {".docx": (docx_cases, r12_docx_cases, r13_cases, disguised_cases, heavy_docx_cases), ".ofd": (ofd_cases, r13_cases),
          ".pdf": (pdf_cases, inline_scan_cases, r12_pdf_cases, r13_cases, disguised_cases, heavy_pdf_cases),
          ".txt": (text_cases, r13_cases, disguised_cases), ".md": (text_cases,),
          ".wps": (disguised_cases,)}


def case(name: str) -> bytes:
    """One input by name, building only the groups that may hold it."""
    for group in GROUPS[Path(name).suffix]:
        made = group()
        if name in made:
            return made[name]
    raise KeyError(name)


def byte_cases() -> dict[str, bytes]:
    cases: dict[str, bytes] = {}
    for group in (docx_cases, r12_docx_cases, heavy_docx_cases, ofd_cases, disguised_cases, pdf_cases, inline_scan_cases, r12_pdf_cases, heavy_pdf_cases,
                  text_cases, r13_cases):
        cases.update(group())
    return cases


# ---------------------------------------------------------------- file-system oddities

def make_specials(dest: Path) -> dict[str, Path]:
    dest.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    good = dest / "good.docx"
    good.write_bytes(clean_docx())
    made["good"] = good
    fifo = dest / "pipe.docx"
    os.mkfifo(fifo)
    made["fifo"] = fifo
    (dest / "folder.docx").mkdir()
    made["dir_named_docx"] = dest / "folder.docx"
    loop = dest / "loop.docx"
    os.symlink("loop.docx", loop)
    made["symlink_self"] = loop
    os.symlink("b.pdf", dest / "a.pdf")
    os.symlink("a.pdf", dest / "b.pdf")
    made["symlink_pair"] = dest / "a.pdf"
    os.symlink("missing.docx", dest / "dangling.docx")
    made["dangling"] = dest / "dangling.docx"
    locked = dest / "locked.docx"
    locked.write_bytes(clean_docx())
    os.chmod(locked, 0)
    made["unreadable"] = locked
    ctrl = dest / "草稿\n第二行\x1b[31m.txt"
    ctrl.write_bytes(TEXT.encode())
    made["control_name"] = ctrl
    raw = os.fsencode(dest) + b"/\xb2\xdd\xb8\xe5.txt"   # 草稿 in GBK, not valid UTF-8
    with open(raw, "wb") as fh:
        fh.write(TEXT.encode())
    made["gbk_name"] = Path(os.fsdecode(raw))
    sparse = dest / "sparse_10g.txt"
    with open(sparse, "wb") as fh:
        fh.truncate(10 << 30)
    made["sparse_10g"] = sparse
    return made


def make_tree(dest: Path) -> dict[str, Path]:
    dest.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for name, data in byte_cases().items():
        p = dest / name
        p.write_bytes(data)
        out[name] = p
    out.update(make_specials(dest / "fs"))
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, path in make_tree(Path(sys.argv[1])).items():
        print(name, path)

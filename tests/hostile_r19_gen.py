"""Round 19 (h19b) hostile inputs, generated here: 7-bit text that spells Chinese in escapes (HZ, UTF-7, HTML
entities), hidden text in a .docx (by style, specVanish, hidden paragraph marks) and its near misses, wrappers
around runs, a text box only in a header, packages with odd entry names or content types, 10,000 comments; PDFs
whose text pages carry attachments, 10,000 text objects a page, page trees that loop next to good pages, text
drawn off the page, content in filters the reader may not know.

written by h19b (issue 15, round 19)
"""
from __future__ import annotations

import io
import zipfile
import zlib

from tests.hostile_gen import W_NS, _add_part, _document_xml, _para, _parts, _pdf, _stream, _zip, clean_docx
from tests.hostile_r18_gen import (CLEAN, LETTER, LETTERS, TYPO, body,
                                   cid_pdf, docx, first_extra, hexs, letter_pdf, lines_at)

__all__ = ["CLEAN", "LETTER", "LETTERS", "TYPO", "docx", "letter_pdf"]  # used by the tests through this module


def lbody(letter: list[str], mid: str) -> str:
    """``letter``'s title and 主送, then ``mid`` in place of its third line, then its signature and date."""
    return "".join(_para(t) for t in letter[:2]) + mid + "".join(_para(t) for t in letter[3:])


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


# ---------------------------------------------------------------- .txt: Chinese spelt in 7-bit escapes

def text(letter: list[str] = LETTER) -> str:
    return "\n".join(letter) + "\n"


def hz(letter: list[str] = LETTER, wrap: int = 0) -> bytes:
    """The letter in HZ (RFC 1843); ``wrap``: lines folded every ``wrap`` bytes with HZ's soft break ``~\\n``
    (mail software kept lines short), a literal ``~~`` in the text."""
    data = text(letter).encode("hz")
    if not wrap:
        return data
    out = bytearray()
    for line in data.split(b"\n")[:-1]:
        # fold only before a ~{ (HZ forbids a break inside ~{ ... ~}), with the soft break ~ + newline
        pieces = line.split(b"~{")
        width = len(pieces[0])
        out += pieces[0]
        for piece in pieces[1:]:
            if width + len(piece) + 2 > wrap:
                out += b"~\n"
                width = 0
            out += b"~{" + piece
            width += len(piece) + 2
        out += b"\n"
    out += b"~~ \n"  # a literal tilde, HZ's ~~
    return bytes(out)


def utf7(letter: list[str] = LETTER) -> bytes:
    return text(letter).encode("utf-7")


def entities(letter: list[str] = LETTER) -> bytes:
    """The letter with every non-ASCII character written as an HTML numeric entity (&#27743;), as some web forms save."""
    return text(letter).encode("ascii", "xmlcharrefreplace")


def ascii_with_tildes() -> bytes:
    """Near miss: an English note that happens to hold ~{ and ~} (a path, a shell brace expansion): no HZ."""
    return (b"Backup notes\ncp ~{a,b}.txt /srv/backup/ ~}\nThe folder ~{old} is kept for 30 days.\n" * 3)


def utf32le_nobom(letter: list[str] = LETTER) -> bytes:
    return text(letter).encode("utf-32-le")


# ---------------------------------------------------------------- .docx: what Word shows

def _styles(extra: str) -> bytes:
    styles = _parts(clean_docx())["word/styles.xml"]
    return styles.replace(b"</w:styles>", extra.encode() + b"</w:styles>")


HIDDEN_CHAR_STYLE = ('<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr>'
                     '</w:style><w:style w:type="character" w:styleId="Secret2"><w:name w:val="Secret2"/>'
                     '<w:basedOn w:val="Secret"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>'
                     '<w:style w:type="character" w:styleId="Shown"><w:name w:val="Shown"/><w:basedOn w:val="Secret"/>'
                     '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>')
HIDDEN_PARA_STYLE = ('<w:style w:type="paragraph" w:styleId="SecretPara"><w:name w:val="SecretPara"/>'
                     '<w:rPr><w:vanish/></w:rPr></w:style>')


def hidden_by_char_style(style: str = "Secret", letter: list[str] = LETTER) -> bytes:
    """The typo sentence in runs whose character style (or the style it is based on) hides them."""
    rpr = '<w:rStyle w:val="%s"/>' % style
    mid = f"<w:p>{_r(CLEAN)}{_r(letter[2], rpr)}</w:p>"
    return docx(lbody(letter, mid), **{"word/styles.xml": _styles(HIDDEN_CHAR_STYLE)})


def hidden_by_para_style() -> bytes:
    mid = _para(CLEAN) + f'<w:p><w:pPr><w:pStyle w:val="SecretPara"/></w:pPr>{_r(TYPO)}</w:p>'
    return docx(body(mid), **{"word/styles.xml": _styles(HIDDEN_PARA_STYLE)})


def spec_vanish(letter: list[str] = LETTER) -> bytes:
    """w:specVanish: the run is hidden however hidden text is set to show (used for style separators)."""
    return docx(lbody(letter, f"<w:p>{_r(CLEAN)}{_r(letter[2], '<w:specVanish/>')}</w:p>"))


def vanish_off(letter: list[str] = LETTER) -> bytes:
    """Near misses shown by Word: vanish switched off (w:val=0/false), webHidden (hidden only in web layout), and a
    vanish that was the run's formatting before a tracked change (w:rPrChange)."""
    t = letter[2]
    runs = (_r(t[:6], '<w:vanish w:val="0"/>') + _r(t[6:10], '<w:vanish w:val="false"/>')
            + _r(t[10:14], "<w:webHidden/>")
            + _r(t[14:], '<w:b/><w:rPrChange w:id="9" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'))
    return docx(lbody(letter, f"<w:p>{runs}</w:p>"))


def hidden_mark(letter: list[str] = LETTER, how: str = "<w:vanish/>", cut: str = "截止") -> bytes:
    """A paragraph whose mark alone is hidden (``how``: w:vanish, or w:specVanish as Word's style separator
    writes it): Word shows its text run on into the next paragraph.  The third line is split right after
    ``cut``, so 截止 and the date it governs are only together when the two paragraphs are read as one."""
    t = letter[2]
    at = t.index(cut) + len(cut)
    mid = f'<w:p><w:pPr><w:rPr>{how}</w:rPr></w:pPr>{_r(t[:at])}</w:p><w:p>{_r(t[at:])}</w:p>'
    return docx(lbody(letter, mid))


def shown_by_char_style() -> bytes:
    """Near miss: a style based on the hiding one that switches vanish off again."""
    return hidden_by_char_style("Shown")


def hidden_cell() -> bytes:
    """A table whose second cell's text is hidden; the first cell shown."""
    cell = "<w:tc><w:tcPr/>{}</w:tc>"
    tbl = ("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
           + cell.format(_para(CLEAN)) + cell.format(f"<w:p>{_r(TYPO, '<w:vanish/>')}</w:p>") + "</w:tr></w:tbl>")
    return docx(body(tbl + "<w:p/>"))


def wrappers() -> bytes:
    """The typo sentence split over runs wrapped in w:dir, w:bdo, w:customXml, w:smartTag, w:hyperlink and
    w:fldSimple; and a block-level w:customXml around a whole paragraph."""
    s = TYPO
    runs = (f'<w:dir w:val="ltr">{_r(s[:4])}</w:dir><w:bdo w:val="ltr">{_r(s[4:8])}</w:bdo>'
            f'<w:customXml w:element="x">{_r(s[8:12])}</w:customXml><w:smartTag w:element="date">{_r(s[12:16])}'
            f'</w:smartTag><w:hyperlink w:anchor="a">{_r(s[16:20])}</w:hyperlink>'
            f'<w:fldSimple w:instr=" QUOTE x "><w:dir w:val="ltr">{_r(s[20:])}</w:dir></w:fldSimple>')
    block = f'<w:customXml w:element="para"><w:customXmlPr/>{_para(CLEAN)}</w:customXml>'
    return docx(body(f"<w:p>{runs}</w:p>{block}"))


def header_box_only() -> bytes:
    """The body holds the letter without the typo; a text box anchored in the header holds the typo sentence."""
    parts = _parts(docx(body(_para(CLEAN))))
    box = (f'<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
           f'{_para(TYPO)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    hdr = f'<w:hdr {W_NS}>{box}</w:hdr>'.encode()
    _add_part(parts, "word/header7.xml", "header", "header", hdr, "rIdH7")
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr/>", b'<w:sectPr><w:headerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships" w:type="default" r:id="rIdH7"/></w:sectPr>')
    return _zip(parts)


def ctypes_without_main() -> bytes:
    """[Content_Types].xml without the main part's Override: only Default xml=application/xml covers it."""
    parts = _parts(docx(body(_para(TYPO))))
    ct = parts["[Content_Types].xml"].decode()
    start = ct.index('<Override PartName="/word/document.xml"')
    parts["[Content_Types].xml"] = (ct[:start] + ct[ct.index("/>", start) + 2:]).encode()
    return _zip(parts)


def _renamed(rename) -> bytes:
    parts = _parts(docx(body(_para(TYPO))))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(rename(name))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def backslash_names() -> bytes:
    """Entry names with Windows separators (word\\document.xml), as some Windows tools write them."""
    return _renamed(lambda n: n.replace("/", "\\"))


def absolute_names() -> bytes:
    """Entry names with a leading slash (/word/document.xml)."""
    return _renamed(lambda n: "/" + n)


def dotdot_extra() -> bytes:
    """A normal package with extra entries named ../../evil.txt and /etc/cron.d/x: nothing may be written there."""
    parts = _parts(docx(body(_para(TYPO))))
    return _zip(parts, extra=[("../../gwlint_evil.txt", b"x"), ("/tmp/gwlint_evil_abs.txt", b"x")])


def comments_10k() -> bytes:
    """10,000 comments, each on a word of one long paragraph."""
    n = 10_000
    runs = "".join(f'<w:commentRangeStart w:id="{i}"/>{_r("各地要落实。")}<w:commentRangeEnd w:id="{i}"/>'
                   f'<w:r><w:commentReference w:id="{i}"/></w:r>' for i in range(n))
    parts = _parts(docx(body(_para(TYPO) + f"<w:p>{runs}</w:p>")))
    cm = (f'<w:comments {W_NS}>' + "".join(f'<w:comment w:id="{i}" w:author="审核人">{_para("请核实。")}</w:comment>'
                                             for i in range(n)) + "</w:comments>").encode()
    _add_part(parts, "word/comments.xml", "comments", "comments", cm, "rIdC10k")
    return _zip(parts)


def default_namespace() -> bytes:
    """document.xml with WordprocessingML as the default namespace (no w: prefix), as some Java writers emit."""
    xml = _document_xml(body(_para(TYPO))).decode()
    xml = xml.replace(W_NS, 'xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"').replace("w:", "")
    return _with(xml.encode())


def _with(document: bytes) -> bytes:
    parts = _parts(clean_docx())
    parts["word/document.xml"] = document
    return _zip(parts)


def document_bom() -> bytes:
    """document.xml with a UTF-8 byte order mark before the declaration; and UTF-16 without any declaration."""
    return _with(b"\xef\xbb\xbf" + _document_xml(body(_para(TYPO))))


def document_utf16_nodecl() -> bytes:
    xml = _document_xml(body(_para(TYPO))).decode()
    xml = xml[xml.index("?>") + 2:]
    return _with(xml.encode("utf-16"))


# ---------------------------------------------------------------- .pdf

def _attached(name: str, data: bytes, num: int, uf: bool = True) -> tuple[bytes, list[bytes]]:
    """A file specification and its embedded stream: /UF a PDF text string (UTF-16 with its mark), /F the UTF-8
    bytes Chinese software writes there; ``uf=False``: only that /F."""
    utf16 = b"<%s>" % ("\ufeff" + name).encode("utf-16-be").hex().encode()
    spec = b"<< /Type /Filespec /F (%s) %s/EF << /F %d 0 R >> >>" % (name.encode(), b"/UF %s " % utf16 if uf else b"",
                                                                       num + 1)
    return spec, [_stream(data, b"/Type /EmbeddedFile ")]


def text_with_attachments(how: str = "names", letter: list[str] = LETTER) -> bytes:
    """The letter on the page (clean) and the real draft (with the typos) attached: in the catalog's EmbeddedFiles
    name tree ("names"), as a FileAttachment annotation on the page ("annot"), or both ("both")."""
    draft = docx(lbody(letter, _para(letter[2])))
    first = first_extra()
    extra: list[bytes] = []
    catalog = page = b""
    if how in ("names", "both"):
        spec, streams = _attached("正式稿.docx", draft, first)
        extra += [spec, *streams]
        catalog = b"/Names << /EmbeddedFiles << /Names [<%s> %d 0 R] >> >> " % (
            ("\ufeff正式稿.docx").encode("utf-16-be").hex().encode(), first)
    if how in ("annot", "both"):
        at = first + len(extra)
        spec, streams = _attached("征求意见稿.txt", text(letter).encode(), at, uf=False)
        extra += [spec, *streams, b"<< /Type /Annot /Subtype /FileAttachment /Rect [500 800 520 820] /FS %d 0 R "
                  b"/Contents (draft) >>" % at]
        page = b"/Annots [%d 0 R] " % (at + 2)
    shown = letter[:2] + [CLEAN] + letter[3:]
    return cid_pdf([lines_at(shown)], page_extra=page, catalog_extra=catalog, extra=extra)


def text_with_image_attachment() -> bytes:
    """Near miss of the above: the attachment is a picture (a logo), no text in it."""
    first = first_extra()
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    spec, streams = _attached("logo.png", png, first)
    shown = LETTER[:2] + [CLEAN] + LETTER[3:]
    return cid_pdf([lines_at(shown)], catalog_extra=b"/Names << /EmbeddedFiles << /Names [(logo.png) %d 0 R] >> >> "
                   % first, extra=[spec, *streams])


def tiny_objects(pages: int = 3, per_page: int = 10_000) -> bytes:
    """Each character of the letter drawn in its own BT ... ET (a converter that positions every glyph), and a band
    of microprint below it (2 pt characters in rows, one text object each, as anti-forgery lines are drawn):
    ``per_page`` text objects a page."""
    contents = []
    filler = "江西省林业局"
    for _ in range(pages):
        out = bytearray()
        for (x, y), line in zip([(140, 760), (80, 720), (112, 690), (400, 600), (400, 570)], LETTER):
            for i, ch in enumerate(line):
                out += b"BT /F1 16 Tf %d %d Td <%s> Tj ET\n" % (x + 16 * i, y, hexs(ch))
        for k in range(per_page - sum(len(t) for t in LETTER)):
            row, col = divmod(k, 240)
            out += b"BT /F1 2 Tf %.1f %.1f Td <%s> Tj ET\n" % (60 + col * 2.0, 120 - row * 2.5, hexs(filler[k % 6]))
        contents.append(bytes(out))
    return cid_pdf(contents)


def tree_loop_beside_pages() -> bytes:
    """Page 1 holds the letter; the tree's second kid is a /Pages node whose Kids hold itself and the root."""
    loop = first_extra()
    data = cid_pdf([lines_at(LETTER)], extra=[b"<< /Type /Pages /Parent 2 0 R /Kids [%d 0 R 2 0 R] /Count 1 >>" % loop])
    return data.replace(b"/Kids [3 0 R] /Count 1", b"/Kids [3 0 R %d 0 R] /Count 2" % loop, 1)


def page_kids_self() -> bytes:
    """A /Page whose /Kids names itself (a page that is also a tree node), the letter on it."""
    data = cid_pdf([lines_at(LETTER)])
    return data.replace(b"<< /Type /Page /Parent 2 0 R", b"<< /Type /Page /Kids [3 0 R] /Parent 2 0 R", 1)


def off_page() -> bytes:
    """The letter with line 3 clean; the typo sentence drawn far outside the MediaBox (x = -5000): no viewer shows it."""
    shown = LETTER[:2] + [CLEAN] + LETTER[3:]
    return cid_pdf([lines_at(shown) + lines_at(["", "", TYPO], dx=-5000)])


def cropped_out(letter: list[str] = LETTER, crop: bytes = b"[0 300 595 842]") -> bytes:
    """The typo sentence drawn inside the MediaBox but outside the CropBox (what viewers show and print)."""
    shown = letter[:2] + [CLEAN] + letter[3:]
    return cid_pdf([lines_at(shown) + lines_at(["", "", letter[2]], dy=-600)], page_extra=b"/CropBox %s " % crop)


def lzw_content() -> bytes:
    """The page's content compressed with LZWDecode (old Acrobat 2 / some Java writers)."""
    data = cid_pdf([lines_at(LETTER)])
    raw = lines_at(LETTER)
    enc = _lzw(raw)
    old = _stream(raw)
    assert old in data
    return data.replace(old, _stream(enc, b"/Filter /LZWDecode "), 1)


def unknown_filter() -> bytes:
    """The content stream under a filter no reader can apply to content (/JBIG2Decode): nothing can be read."""
    data = cid_pdf([lines_at(LETTER)])
    raw = lines_at(LETTER)
    return data.replace(_stream(raw), _stream(zlib.compress(raw), b"/Filter /JBIG2Decode "), 1)


def _lzw(data: bytes) -> bytes:
    """LZW as PDF wants it (early change 1, 8-bit codes, clear at start, EOD at end)."""
    table = {bytes([i]): i for i in range(256)}
    nxt, width = 258, 9
    bits, out = [], bytearray()

    def put(code: int, w: int) -> None:
        bits.append((code, w))

    put(256, width)
    cur = b""
    for byte in data:
        c = cur + bytes([byte])
        if c in table:
            cur = c
            continue
        put(table[cur], width)
        table[c] = nxt
        nxt += 1
        if nxt + 1 > (1 << width) and width < 12:
            width += 1
        cur = bytes([byte])
    if cur:
        put(table[cur], width)
    put(257, width)
    acc = n = 0
    for code, w in bits:
        acc = (acc << w) | code
        n += w
        while n >= 8:
            n -= 8
            out.append((acc >> n) & 0xFF)
    if n:
        out.append((acc << (8 - n)) & 0xFF)
    return bytes(out)


def cid_without_map_named() -> bytes:
    """Type0 Identity-H, no ToUnicode, but a CIDSystemInfo of Adobe-GB1 (a real Chinese collection): pdfminer may
    map CIDs through the GB1 CMap; the text must not be read as other characters than those drawn."""
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] >>")
    desc = (b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (GB1) /Supplement 5 >> /DW 1000 >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R"
               b" >> >> >>", _stream(lines_at(LETTER)), font % 6, desc]
    return _pdf(objects)



"""Round 18 (h18b) hostile inputs, generated here: tracked changes nested, fields left open, ruby (拼音指南),
a glossary part, style and numbering loops, 200,000 runs; PDF layers switched off, fake bold, vector outlines,
broken xref offsets, invisible OCR text, a draft only as an attachment, form fields in an object stream; OFD
template pages; mixed-encoding text.

written by h18b (issue 15, round 18)
"""
from __future__ import annotations

import zlib

from tests.hostile_gen import (W_NS, _add_part, _document_xml, _para, _parts, _pdf, _stream, _tounicode_wide, _zip,
                               clean_docx, clean_ofd)
from tests.test_hostile_r15 import _r

TITLE = "江西省林业局关于报送春季防火进展的通知"
TO = "各设区市林业局："
TYPO = "请于3月20日前报送截止3月15日的的工作进展。"   # GW803 (截止) and GW806 (的的)
CLEAN = "各地要加强野外火源管控，落实巡山护林制度。"
SIG, DATE = "江西省林业局", "2026年2月10日"
LETTER = [TITLE, TO, TYPO, SIG, DATE]
CLEAN_LETTER = [TITLE, TO, CLEAN, SIG, DATE]
# three issuers, each line 3 with 截止 before a time point (GW803) and a doubled 的 (GW806)
LETTERS = {
    "provincial-bureau": LETTER,
    "county-office": ["铅山县人民政府办公室关于做好农田水利建设的通知", "各乡镇人民政府：",
                      "各乡镇要完成清淤的的摸底，截止10月底未完成的要说明原因。", "铅山县人民政府办公室",
                      "2026年10月8日"],
    "department-letter": ["江西省应急管理厅关于商请支持防火物资调拨的函", "省财政厅：",
                          "请于3月20日前函复截止3月15日的的库存情况。", "江西省应急管理厅", "2026年2月10日"],
}


def body(mid: str) -> str:
    return _para(TITLE) + _para(TO) + mid + _para(SIG) + _para(DATE)


def docx(body_xml: str, **parts: bytes) -> bytes:
    p = _parts(clean_docx())
    p["word/document.xml"] = _document_xml(body_xml)
    p.update(parts)
    return _zip(p)


# ---------------------------------------------------------------- .docx

def ins_inside_del() -> bytes:
    """A sentence inserted by one reviewer and deleted by the next (Word nests the deletion in the insertion)."""
    return docx(body(_para(CLEAN) + '<w:p><w:ins w:id="1" w:author="甲"><w:del w:id="2" w:author="乙"><w:r><w:delText>'
                     + TYPO + "</w:delText></w:r></w:del></w:ins></w:p>"))


def del_inside_ins() -> bytes:
    return docx(body(_para(CLEAN) + '<w:p><w:del w:id="2" w:author="乙"><w:ins w:id="1" w:author="甲"><w:r><w:delText>'
                     + TYPO + "</w:delText></w:r></w:ins></w:del></w:p>"))


def _fld(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def field_left_open() -> bytes:
    """A complex field begun and never ended (a converter cut it): Word shows the result and the paragraphs after."""
    return docx(body('<w:p>' + _fld("begin") + '<w:r><w:instrText> DOCPROPERTY 正文 </w:instrText></w:r>'
                     + _fld("separate") + _r("各地要加强野外火源管控。") + "</w:p>" + _para(TYPO)))


def field_nested_in_instruction() -> bytes:
    """An IF field whose instruction holds a nested MERGEFIELD and quoted texts; Word shows only the result."""
    instr = ('<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>' + _fld("begin")
             + '<w:r><w:instrText> MERGEFIELD 类型 </w:instrText></w:r>' + _fld("separate") + _r("通知")
             + _fld("end") + '<w:r><w:instrText xml:space="preserve"> = "通知" "截止的的" "截止的的" </w:instrText></w:r>')
    return docx(body("<w:p>" + _fld("begin") + instr + _fld("separate") + _r(TYPO) + _fld("end") + "</w:p>"))


def ruby() -> bytes:
    """拼音指南: pinyin over 截止 as ruby text; Word draws it above the line, the line itself reads 截止."""
    rb = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="20"/>'
          '<w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>jié zhǐ</w:t></w:r></w:rt>'
          '<w:rubyBase><w:r><w:t>截止</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    return docx(body("<w:p>" + _r("请于3月20日前报送") + rb + _r("3月15日的的工作进展。") + "</w:p>"))


def glossary() -> bytes:
    """A glossary part (building blocks, AutoText) holding a typo; the body is clean. Word never shows it."""
    p = _parts(docx(body(_para(CLEAN))))
    g = (f'<w:glossaryDocument {W_NS}><w:docParts><w:docPart><w:docPartPr><w:name w:val="旧稿"/></w:docPartPr>'
         f'<w:docPartBody>{_para(TYPO)}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>').encode()
    _add_part(p, "word/glossary/document.xml", "glossaryDocument", "document.glossary", g, "rIdG1")
    return _zip(p)


def style_loop() -> bytes:
    """Two paragraph styles based on each other, and a numbering style linked in a circle."""
    styles = (f'<w:styles {W_NS}><w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
              '<w:style w:type="numbering" w:styleId="N"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '</w:styles>').encode()
    numbering = (f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="N"/></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>').encode()
    p = _parts(docx(body('<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr>' + _r(TYPO) + "</w:p>")))
    p["word/styles.xml"] = styles
    if "word/numbering.xml" in p:
        p["word/numbering.xml"] = numbering
    else:
        _add_part(p, "word/numbering.xml", "numbering", "numbering", numbering, "rIdN1")
    return _zip(p)


def runs_200k() -> bytes:
    """One paragraph of 200,000 runs of one character each (what some converters write), then the letter."""
    runs = "".join(f"<w:r><w:t>{c}</w:t></w:r>" for c in ("各地要加强野外火源管控。" * 16_667)[:200_000])
    return docx(body(_para(TYPO) + "<w:p>" + runs + "</w:p>"))


def footnote_typo() -> bytes:
    """A clean body with a footnote holding the typo: the note is part of the draft the reader sees."""
    p = _parts(docx(body('<w:p>' + _r(CLEAN) + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>')))
    fn = f'<w:footnotes {W_NS}><w:footnote w:id="1">{_para(TYPO)}</w:footnote></w:footnotes>'.encode()
    _add_part(p, "word/footnotes.xml", "footnotes", "footnotes", fn, "rIdF1")
    return _zip(p)


def real_doc_as_docx(tmp) -> bytes | None:
    """A Word 97 .doc written by LibreOffice from the letter, under a .docx name."""
    import shutil
    import subprocess
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    src = tmp / "letter.docx"
    src.write_bytes(docx(body(_para(TYPO))))
    subprocess.run([soffice, "--headless", "--convert-to", "doc", "--outdir", str(tmp), str(src)],
                   capture_output=True, timeout=180)
    out = tmp / "letter.doc"
    return out.read_bytes() if out.exists() else None


# ---------------------------------------------------------------- .pdf (a CID font mapped to Unicode)

def _chars(*texts: str) -> list[str]:
    return list(dict.fromkeys("".join(texts) + "".join(t for letter in LETTERS.values() for t in letter)
                              + "".join(CLEAN_LETTER)))


_ALL = _chars("联系人李明电话")
CODE = {ch: i + 1 for i, ch in enumerate(_ALL)}
FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [%d 0 R] "
        b"/ToUnicode %d 0 R >>")
DESC = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
POS = [(140, 760), (80, 720), (112, 690), (400, 600), (400, 570)]


def hexs(t: str) -> bytes:
    return b"".join(b"%04X" % CODE[c] for c in t)


def lines_at(lines: list[str], dx: float = 0, dy: float = 0, prefix: bytes = b"") -> bytes:
    return b"".join(b"BT %s/F1 16 Tf %.2f %.2f Td <%s> Tj ET\n" % (prefix, x + dx, y + dy, hexs(t))
                    for (x, y), t in zip(POS, lines) if t)


def cid_pdf(contents: list[bytes], *, page_extra: bytes = b"", catalog_extra: bytes = b"",
            resources_extra: bytes = b"", extra: list[bytes] = ()) -> bytes:
    """Pages drawing ``contents`` with the font as /F1; ``extra`` objects are numbered after the font's three."""
    n = len(contents)
    font = 3 + 2 * n
    res = b"<< /Font << /F1 %d 0 R >> %s>>" % (font, resources_extra)
    objects = [b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog_extra,
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + i) for i in range(n)), n)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources %s %s>>"
                % (3 + n + i, res, page_extra) for i in range(n)]
    objects += [_stream(c) for c in contents]
    objects += [FONT % (font + 1, font + 2), DESC, _stream(_tounicode_wide([(CODE[c], c) for c in _ALL]))]
    objects += list(extra)
    return _pdf(objects)


def first_extra(n_pages: int = 1) -> int:
    """The number of the first ``extra`` object of :func:`cid_pdf`."""
    return 3 + 2 * n_pages + 3


def hidden_layer(letter: list[str] = LETTER, state: str = "OFF", membership: bytes = b"") -> bytes:
    """The letter with line 3 replaced by a clean sentence, and line 3 itself (typos) drawn lower in an optional
    content layer: switched off (``state``: OFF, not shown, not printed), on (ON), or all layers off by their
    base state (BASE).  ``membership``: a /P policy; the text is then marked with a membership dictionary over
    the layer and a second layer that is on."""
    oc = first_extra()
    shown = letter[:2] + [CLEAN] + letter[3:]
    content = lines_at(shown) + b"/OC /L1 BDC\n" + lines_at(["", "", letter[2]], dy=-200) + b"EMC\n"
    config = {"OFF": b"/OFF [%d 0 R]" % oc, "ON": b"/ON [%d 0 R]" % oc, "BASE": b"/BaseState /OFF"}[state]
    extra = [b"<< /Type /OCG /Name (old) >>", b"<< /Type /OCG /Name (new) >>"]
    target = oc
    if membership:
        extra.append(b"<< /Type /OCMD /OCGs [%d 0 R %d 0 R] /P /%s >>" % (oc, oc + 1, membership))
        target = oc + 2
    return cid_pdf([content], resources_extra=b"/Properties << /L1 %d 0 R >> " % target,
                   catalog_extra=b"/OCProperties << /OCGs [%d 0 R %d 0 R] /D << %s /Order [%d 0 R %d 0 R] >> >> "
                   % (oc, oc + 1, config, oc, oc + 1), extra=extra)


def hidden_xobject(letter: list[str] = LETTER, how: str = "own") -> bytes:
    """The clean letter, and line 3 (typos) in a form XObject: in a layer switched off by its own /OC entry
    ("own"), drawn inside a hidden /OC mark ("marked"), or in a layer that is on ("shown", the near miss)."""
    oc, form = first_extra(), first_extra() + 2
    shown = letter[:2] + [CLEAN] + letter[3:]
    do = b"/OC /L1 BDC q /X1 Do Q EMC\n" if how == "marked" else b"q /X1 Do Q\n"
    own = b"/OC %d 0 R " % (oc + 1 if how == "shown" else oc) if how != "marked" else b""
    font = 3 + 2 * 1
    return cid_pdf([lines_at(shown) + do],
                   resources_extra=b"/Properties << /L1 %d 0 R >> /XObject << /X1 %d 0 R >> " % (oc, form),
                   catalog_extra=b"/OCProperties << /OCGs [%d 0 R %d 0 R] /D << /OFF [%d 0 R] >> >> " % (oc, oc + 1, oc),
                   extra=[b"<< /Type /OCG /Name (old) >>", b"<< /Type /OCG /Name (new) >>",
                          _stream(lines_at(["", "", letter[2]], dy=-200), b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                  b"%s/Resources << /Font << /F1 %d 0 R >> >> " % (own, font))])


def letter_pdf(letter: list[str]) -> bytes:
    return cid_pdf([lines_at(letter)])


def fake_bold() -> bytes:
    """Each line drawn twice 0.4 pt apart: the bold of fonts without a bold face (WPS, some OA exports)."""
    return cid_pdf([lines_at(LETTER) + lines_at(LETTER, dx=0.4)])


def outlines_only() -> bytes:
    """A page of text converted to curves (no font, no image): only filled paths, many of them."""
    paths = bytearray()
    for row in range(30):
        for col in range(28):
            x, y = 60 + col * 17, 780 - row * 24
            paths += b"%d %d m %d %d l %d %d l %d %d %d %d %d %d c h f\n" % (x, y, x + 12, y, x + 12, y + 14, x + 8, y + 16, x + 3, y + 16, x, y)
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", _stream(bytes(paths))])


def shifted_xref(letter: list[str] = LETTER, by: int = 7) -> bytes:
    """The letter with every xref offset wrong by ``by`` bytes (an editor added text before the objects)."""
    data = cid_pdf([lines_at(letter)])
    head, sep, tail = data.partition(b"xref\n")
    lines = tail.split(b"\n")
    fixed = [b"%010d%s" % (int(line[:10]) + by, line[10:]) if line.endswith(b" n ") else line for line in lines]
    return head + sep + b"\n".join(fixed)


def ocr_layer() -> bytes:
    """A scanned page with an OCR text layer drawn invisible (3 Tr) over the picture, as scanners write it."""
    img = first_extra()
    content = b"q 500 0 0 700 40 70 cm /Im1 Do Q\n" + lines_at(LETTER, prefix=b"3 Tr ")
    return cid_pdf([content], resources_extra=b"/XObject << /Im1 %d 0 R >> " % img,
                   extra=[_stream(zlib.compress(b"\xf0" * 200 * 200), b"/Type /XObject /Subtype /Image /Width 200 "
                                  b"/Height 200 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ")])


def attachment_only() -> bytes:
    """A blank cover page; the draft itself attached as a .docx (EmbeddedFiles), as some OA systems send it."""
    data = docx(body(_para(TYPO)))
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(draft.docx) 5 0 R] >> >> >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", _stream(b""),
                 b"<< /Type /Filespec /F (draft.docx) /UF (draft.docx) /EF << /F 6 0 R >> >>",
                 _stream(data, b"/Type /EmbeddedFile ")])


# ---------------------------------------------------------------- .pdf form fields inside an object stream

def objstm_pdf(loose: dict[int, bytes], packed: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF 1.5 file: ``loose`` objects written plainly, ``packed`` ones inside one compressed object stream, the
    cross-reference table itself a compressed xref stream (type 1 and type 2 entries), as Acrobat and qpdf write."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(loose):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + loose[num] + b"\nendobj\n"
    stm = max([*loose, *packed]) + 1
    index, blob = [], bytearray()
    for num in sorted(packed):
        index.append(b"%d %d" % (num, len(blob)))
        blob += packed[num] + b"\n"
    head = b" ".join(index) + b"\n"
    data = zlib.compress(head + bytes(blob))
    offsets[stm] = len(out)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
            % (stm, len(packed), len(head), len(data)) + data + b"\nendstream\nendobj\n")
    xref = stm + 1
    size = xref + 1
    offsets[xref] = len(out)
    rows = bytearray()
    for num in range(size):
        if num in offsets:
            rows += bytes([1]) + offsets[num].to_bytes(4, "big") + bytes([0])
        elif num in packed:
            rows += bytes([2]) + stm.to_bytes(4, "big") + bytes([sorted(packed).index(num)])
        else:
            rows += bytes([0]) + (0).to_bytes(4, "big") + bytes([255])
    rows = zlib.compress(bytes(rows))
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root %d 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
            % (xref, size, root, len(rows)) + rows + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref]
    return bytes(out)


def packed(objects: list[bytes], root: int = 1) -> bytes:
    """The objects of a :func:`tests.hostile_gen._pdf` list written as PDF 1.5 does: every dictionary in one
    compressed object stream, the streams (which may not go there) written plainly."""
    loose = {i: o for i, o in enumerate(objects, 1) if b"\nstream\n" in o}
    return objstm_pdf(loose, {i: o for i, o in enumerate(objects, 1) if i not in loose}, root)


def _widget(page: int, y: int, value: str) -> bytes:
    v = ("\ufeff" + value).encode("utf-16-be").hex().encode()
    return (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /V <%s> /Rect [80 %d 560 %d] /F 4 /P %d 0 R >>"
            % (y, v, y - 4, y + 18, page))


def two_page_form(letter: list[str] = LETTER, *, pack: bool = True, escaped: bool = False) -> bytes:
    """Round 17's two-page form: page 1 the title and 主送 in its text layer and one field filled in beside them,
    page 2 blank with the rest of the letter typed into its fields.  ``pack``: the catalog, its AcroForm, the
    pages and the fields in a compressed object stream (PDF 1.5); ``escaped``: the catalog written plainly but
    its key spelt with a #xx escape (/Acro#46orm, the same name)."""
    key = b"/Acro#46orm" if escaped else b"/AcroForm"
    objects = [b"<< /Type /Catalog /Pages 2 0 R %s << /Fields [10 0 R 11 0 R 12 0 R 13 0 R] >> >>" % key,
               b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 7 0 R"
               b" >> >> /Annots [10 0 R] >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Annots [13 0 R 11 0 R 12 0 R] >>",
               _stream(lines_at(letter[:2])), _stream(b""), FONT % (8, 9), DESC,
               _stream(_tounicode_wide([(CODE[c], c) for c in _ALL])),
               _widget(3, 650, "联系人：李明"), _widget(4, 760, letter[2]), _widget(4, 700, letter[3]),
               _widget(4, 670, letter[4])]
    return packed(objects) if pack else _pdf(objects)


# ---------------------------------------------------------------- .ofd and .txt

def ofd_template_only() -> bytes:
    """An OFD whose page is empty and whose text is all on the template page it names (Document.xml CommonData
    TemplatePage, the page's <ofd:Template>): every viewer draws the template under the page."""
    parts = _parts(clean_ofd())
    page, doc = "Doc_0/Pages/Page_0/Content.xml", "Doc_0/Document.xml"
    content = parts[page].decode()
    parts["Doc_0/Tpls/Tpl_0/Content.xml"] = content.encode()
    head, _, rest = content.partition("<ofd:Content>")
    parts[page] = (head.replace("<ofd:Area>", '<ofd:Template TemplateID="900"/><ofd:Area>', 1)
                   + rest[rest.index("</ofd:Content>") + len("</ofd:Content>"):]).encode()
    parts[doc] = parts[doc].replace(b"</ofd:CommonData>", b'<ofd:TemplatePage ID="900" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
                                    b"</ofd:CommonData>", 1)
    return _zip(parts)


def gb18030_then_utf16() -> bytes:
    """A header in GB18030, the body pasted after it as UTF-16LE without a mark (two exports joined)."""
    return (TITLE + "\n" + TO + "\n").encode("gb18030") + (TYPO + "\n" + SIG + "\n" + DATE + "\n").encode("utf-16-le")


def hz_text() -> bytes:
    """The letter in HZ (RFC 1843), the 7-bit encoding of old Chinese mail and Usenet."""
    return "\n".join(LETTER).encode("hz") + b"\n"

"""Round 20 (h20b) hostile inputs, generated here: OFD files carrying attachments, .docx drafts whose real text is an
embedded OLE object, HZ text folded with soft breaks; Word's repeating sections, moved text, words cut by proofing and
bookmark marks, symbol characters; PDFs in two columns, portfolios, a page of 50 MB of images, ActualText spans;
text in GB18030's four-byte sequences, UTF-16 big-endian without a mark, old Mac line ends, Unicode line separators,
Markdown markup.

written by h20b (issue 15, round 20)
"""
from __future__ import annotations

import io
import os
import zipfile

from tests.hostile_gen import _add_part, _para, _parts, _pdf, _stream, _zip, clean_docx
from tests.hostile_r18_gen import CLEAN, LETTER, LETTERS, TYPO, cid_pdf, docx, first_extra, hexs, lines_at
from tests.hostile_r19_gen import _attached, hz, lbody, text

__all__ = ["CLEAN", "LETTER", "LETTERS", "TYPO", "hz", "text"]

W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
OLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
PKG_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
COVER = "正式稿见下方嵌入的文件。"


# ---------------------------------------------------------------- .ofd

def letter_blocks(letter: list[str] = LETTER):
    from gwlint.docgen import Block
    return [Block("title", letter[0]), Block("recipients", letter[1]), Block("body", letter[2]),
            Block("signature", letter[3]), Block("date", letter[4])]


def letter_ofd(letter: list[str] = LETTER) -> bytes:
    from gwlint.docgen.ofd import write_ofd
    buf = io.BytesIO()
    write_ofd(letter_blocks(letter), buf)
    return buf.getvalue()


def ofd_with_attachments(files: dict[str, tuple[str, bytes]] | None = None, letter: list[str] = LETTER,
                         listed_only: bool = False) -> bytes:
    """The clean letter on the page and ``files`` ({name: (format, bytes)}) attached through Document.xml's
    Attachments part (GB/T 33190 §7.2); default: the real draft (with the typos) as 正式稿.docx.
    ``listed_only``: the list names the file but the package does not hold it."""
    if files is None:
        files = {"正式稿.docx": ("docx", docx(lbody(letter, _para(letter[2]))))}
    parts = _parts(letter_ofd(letter[:2] + [CLEAN] + letter[3:]))
    entries = "".join(f'<ofd:Attachment ID="{900 + i}" Name="{name.rsplit(".", 1)[0]}" Format="{fmt}" '
                      f'CreationDate="2026-02-10" Size="{len(data) / 1024:.1f}" Visible="true">'
                      f"<ofd:FileLoc>{name}</ofd:FileLoc></ofd:Attachment>"
                      for i, (name, (fmt, data)) in enumerate(files.items()))
    parts["Doc_0/Attachs/Attachments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Attachments xmlns:ofd="http://www.ofdspec.org/2016">'
        + entries + "</ofd:Attachments>").encode()
    if not listed_only:
        for name, (_, data) in files.items():
            parts[f"Doc_0/Attachs/{name}"] = data
    doc = parts["Doc_0/Document.xml"].decode()
    parts["Doc_0/Document.xml"] = doc.replace("</ofd:Document>",
                                              "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
                                              "</ofd:Document>").encode()
    return _zip(parts)


def two_documents(letter: list[str] = LETTER) -> bytes:
    """One OFD package holding two documents (two DocBody in OFD.xml, GB/T 33190 7.4): a clean cover first, the
    real draft (with the typos) second."""
    first, second = _parts(letter_ofd(letter[:2] + [CLEAN] + letter[3:])), _parts(letter_ofd(letter))
    parts = dict(first)
    parts.update({"Doc_1/" + k[6:]: v for k, v in second.items() if k.startswith("Doc_0/")})
    ofd = first["OFD.xml"].decode()
    body = ofd[ofd.index("<ofd:DocBody>"):ofd.index("</ofd:DocBody>") + len("</ofd:DocBody>")]
    parts["OFD.xml"] = ofd.replace(body, body + body.replace("Doc_0/", "Doc_1/")).encode()
    return _zip(parts)


# ---------------------------------------------------------------- .docx: the draft inside an OLE object

def _ole_para(rid: str, prog: str) -> str:
    return ('<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:v="urn:schemas-microsoft-com:vml" w:dxaOrig="1520" w:dyaOrig="960">'
            '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76pt;height:48pt"/>'
            f'<o:OLEObject Type="Embed" ProgID="{prog}" ShapeID="_x0000_i1025" DrawAspect="Icon" '
            f'ObjectID="_1700000000" r:id="{rid}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:object></w:r></w:p>')


def docx_with_ole(kind: str = "docx", letter: list[str] = LETTER, cover: bool = True) -> bytes:
    """A cover page (title and a line pointing below) with the real draft as an embedded OLE object: a .docx
    package (Word.Document.12, word/embeddings/*.docx), a legacy oleObject*.bin (Word.Document.8), or, the near
    miss, a spreadsheet (Excel.Sheet.12, *.xlsx) — data, not a draft.  ``cover=False``: the object alone."""
    draft = docx(lbody(letter, _para(letter[2])))
    name, prog, rel, ctype = {
        "docx": ("Microsoft_Word_Document.docx", "Word.Document.12", PKG_REL,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "bin": ("oleObject1.bin", "Word.Document.8", OLE_REL, "application/vnd.openxmlformats-officedocument.oleObject"),
        "xlsx": ("Microsoft_Excel_Worksheet.xlsx", "Excel.Sheet.12", PKG_REL,
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    }[kind]
    data = draft if kind != "xlsx" else _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    if kind == "bin":
        data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + draft   # a compound file header, then bytes
    parts = _parts(clean_docx())
    body = (_para(letter[0]) + _para(COVER) if cover else "") + _ole_para("rIdOle1", prog)
    parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                  f"<w:body>{body}<w:sectPr/></w:body></w:document>").encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", f'<Relationship Id="rIdOle1" Type="{rel}" Target="embeddings/{name}"/></Relationships>').encode()
    ct = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = ct.replace(
        "</Types>", f'<Override PartName="/word/embeddings/{name}" ContentType="{ctype}"/></Types>').encode()
    parts[f"word/embeddings/{name}"] = data
    return _zip(parts)


# ---------------------------------------------------------------- .docx: what Word reads through

def repeating_section(letter: list[str] = LETTER) -> bytes:
    """Line 3 inside a repeating-section content control (w15:repeatingSection, two items: the typo line and a clean
    one), the structure Word's forms use for one row per unit."""
    item = ('<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>')
    inner = item.format(_para(letter[2])) + item.format(_para(CLEAN))
    sec = (f'<w:sdt xmlns:w15="{W15}"><w:sdtPr><w:alias w:val="各地报送"/><w15:repeatingSection/></w:sdtPr>'
           f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>")
    return docx(lbody(letter, sec))


def _cut(text: str, marks: list[str]) -> str:
    """``text`` one run per character, ``marks`` cycled between every two."""
    out = []
    for i, ch in enumerate(text):
        out.append(f'<w:r><w:t xml:space="preserve">{ch}</w:t></w:r>')
        if i < len(text) - 1:
            out.append(marks[i % len(marks)].format(n=i))
    return "".join(out)


PROOF_MARKS = ['<w:proofErr w:type="spellStart"/>', '<w:proofErr w:type="spellEnd"/>',
               '<w:bookmarkStart w:id="{n}" w:name="_Hlk{n}"/>', '<w:bookmarkEnd w:id="{n}"/>',
               '<w:proofErr w:type="gramStart"/>', '<w:permStart w:id="{n}" w:edGrp="everyone"/>',
               '<w:permEnd w:id="{n}"/>', '<w:proofErr w:type="gramEnd"/>', '<w:lastRenderedPageBreak/>']


def proof_marks(letter: list[str] = LETTER) -> bytes:
    """Line 3 cut into one run per character with a proofing, bookmark or permission mark between every two, as
    Word leaves after spell checks and Copy/Paste with bookmarks."""
    return docx(lbody(letter, f"<w:p>{_cut(letter[2], PROOF_MARKS)}</w:p>"))


def moved(letter: list[str] = LETTER, accepted_at: str = "to") -> bytes:
    """Tracked move: line 3 moved from before the 主送 line to its place (w:moveFrom / w:moveTo with their range
    marks). The accepted text holds it once, at the moveTo."""
    mv_from = ('<w:p><w:moveFromRangeStart w:id="1" w:name="move1" w:author="甲"/><w:moveFrom w:id="2" w:author="甲">'
               f'<w:r><w:t>{letter[2]}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>')
    mv_to = ('<w:p><w:moveToRangeStart w:id="3" w:name="move1" w:author="甲"/><w:moveTo w:id="4" w:author="甲">'
             f'<w:r><w:t>{letter[2]}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="3"/></w:p>')
    return docx(_para(letter[0]) + mv_from + _para(letter[1]) + mv_to + _para(letter[3]) + _para(letter[4]))


def symbols(letter: list[str] = LETTER) -> bytes:
    """Line 3 with a symbol-font character (w:sym, a Wingdings check mark) and a no-break hyphen inside a word's
    neighbourhood and a soft hyphen mark, as pasted from forms."""
    line = letter[2]
    half = len(line) // 2
    runs = (f'<w:r><w:t>{line[:half]}</w:t></w:r><w:r><w:softHyphen/></w:r>'
            f'<w:r><w:t>{line[half:]}</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>')
    return docx(lbody(letter, f"<w:p>{runs}</w:p>"))


# ---------------------------------------------------------------- .pdf

def two_columns(letter: list[str] = LETTER) -> bytes:
    """Title across the page, then two columns of body lines (left column first in reading order), the
    signature and date under the right column: a bulletin layout. Line 3 is split at a column boundary."""
    line = letter[2]
    cut = len(line) // 2
    left = [letter[1], line[:cut]]
    right = [line[cut:], letter[3], letter[4]]
    out = b"BT /F1 16 Tf 140 780 Td <%s> Tj ET\n" % hexs(letter[0])
    for i, t in enumerate(left):
        out += b"BT /F1 12 Tf 50 %d Td <%s> Tj ET\n" % (720 - 20 * i, hexs(t))
    for i, t in enumerate(right):
        out += b"BT /F1 12 Tf 320 %d Td <%s> Tj ET\n" % (720 - 20 * i, hexs(t))
    return cid_pdf([out])


def portfolio(letter: list[str] = LETTER) -> bytes:
    """A PDF portfolio (/Collection in the catalog): the cover page says so, the draft is one of its files."""
    draft = docx(lbody(letter, _para(letter[2])))
    first = first_extra()
    spec, streams = _attached("正式稿.docx", draft, first)
    catalog = (b"/Collection << /Type /Collection /View /D >> /PageMode /UseAttachments "
               b"/Names << /EmbeddedFiles << /Names [<%s> %d 0 R] >> >> "
               % (("\ufeff正式稿.docx").encode("utf-16-be").hex().encode(), first))
    return cid_pdf([lines_at([letter[0]])], catalog_extra=catalog, extra=[spec, *streams])


def big_images(mib: int = 50) -> bytes:
    """One page drawing ``mib`` MiB of uncompressed image data (ten XObjects): a scan saved without compression."""
    n = 10
    each = mib * 1024 * 1024 // n
    w = 2048
    h = each // (w * 3)
    noise = os.urandom(w * 3 * 16) * (h // 16 + 1)
    data = noise[: w * 3 * h]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    names = b" ".join(b"/Im%d %d 0 R" % (i, 5 + i) for i in range(n))
    draw = b"".join(b"q 595 84 0 0 %d Cm /Im%d Do Q\n" % (84 * i, i) for i in range(n)).replace(b"Cm", b"cm")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /XObject << %s >> >> >>" % names)
    objs.append(_stream(draw))
    for _ in range(n):
        objs.append(_stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                            b"/BitsPerComponent 8 " % (w, h)))
    return _pdf(objs)


def actual_text(letter: list[str] = LETTER) -> bytes:
    """Line 3 drawn as glyphs of the clean sentence but marked with /ActualText holding the typo line (tagged PDF
    replacement text, what copy and paste give): readers that follow ActualText read the typos; the glyphs are
    what is printed. Near miss for reading order: nothing else changes."""
    alt = ("\ufeff" + letter[2]).encode("utf-16-be").hex().encode()
    body = (lines_at(letter[:2]) + b"/Span << /ActualText <%s> >> BDC\n" % alt
            + lines_at(["", "", letter[2]]) + b"EMC\n" + lines_at(["", "", ""] + letter[3:]))
    return cid_pdf([body])


# ---------------------------------------------------------------- .txt

RARE = ["江西省林业局关于表彰䶮山林场等护林先进集体的通知", "各设区市林业局：",
        "请于3月20日前报送截止3月15日的的𬌗口村、𠀾岭护林站巡护记录。", "江西省林业局", "2026年2月10日"]


def gb18030_four_byte(letter: list[str] = RARE) -> bytes:
    """Names of places written with characters outside GBK (CJK extension A and B), which GB18030 writes in four
    bytes: the draft must not be called another encoding."""
    return text(letter).encode("gb18030")


def utf16be_nobom(letter: list[str] = LETTER) -> bytes:
    return text(letter).encode("utf-16-be")


def mac_line_ends(letter: list[str] = LETTER) -> bytes:
    return "\r".join(letter).encode("utf-8") + b"\r"


def unicode_separators(letter: list[str] = LETTER) -> bytes:
    """Lines ended by U+2028 (LINE SEPARATOR, as some web editors copy) and U+0085 (NEL), one form feed."""
    return ("\u2028".join(letter[:3]) + "\u0085" + letter[3] + "\f\n" + letter[4] + "\n").encode("utf-8")


def markdown(letter: list[str] = LETTER) -> bytes:
    """The letter in Markdown: a '#' title, bold, a list item, a table; the markup is no text of the draft."""
    return (f"# {letter[0]}\n\n**{letter[1]}**\n\n- {letter[2]}\n\n| 单位 | 人数 |\n|---|---|\n| 南昌市 | 12 |\n\n"
            f"{letter[3]}  \n{letter[4]}\n").encode("utf-8")


def cases() -> dict[str, bytes]:
    return {
        "ofd_attachment.ofd": ofd_with_attachments(),
        "ofd_two_documents.ofd": two_documents(),
        "docx_ole_docx.docx": docx_with_ole("docx"),
        "docx_ole_bin.docx": docx_with_ole("bin"),
        "docx_repeating_section.docx": repeating_section(),
        "docx_proof_marks.docx": proof_marks(),
        "docx_moved.docx": moved(),
        "docx_symbols.docx": symbols(),
        "pdf_two_columns.pdf": two_columns(),
        "pdf_portfolio.pdf": portfolio(),
        "pdf_actual_text.pdf": actual_text(),
        "txt_gb18030_4byte.txt": gb18030_four_byte(),
        "txt_utf16be_nobom.txt": utf16be_nobom(),
        "txt_mac_cr.txt": mac_line_ends(),
        "txt_separators.txt": unicode_separators(),
        "md_markup.md": markdown(),
        "hz_folded.txt": hz(wrap=20),
    }

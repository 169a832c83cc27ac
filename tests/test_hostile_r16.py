"""Round 16 (h16b): numbers kept over a deleted paragraph mark, a 文号 over cells of a 版头 table, content controls
still showing their placeholder, GW002's catalogue text, and new hostile inputs (Strict OOXML, a main part reached
through the relationships, other formats under a .docx name, PDFs with incremental updates, form fields only, a
Type3 font with a ToUnicode map, a 1 MB paragraph, 60 nested tables, mixed-direction text).

Every input is generated here (tests/hostile_gen.py, the round-15 helpers of tests/test_hostile_r15.py).
written by h16b (issue 15, round 16)
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import zipfile

import pytest

from gwlint.api import inspect_bytes, lint_bytes
from tests.hostile_gen import _document_xml, _para, _parts, _pdf, _stream, _tounicode_wide, _with_document, _zip, clean_docx
from tests.test_hostile_r15 import _cells, _np, _numbered_docx, _r

GWLINT = [sys.executable, "-m", "gwlint"]


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


def _body(mid: str, title: str = "江西省林业局关于报送春季防火进展的通知", to: str = "各设区市林业局：",
          sig: str = "江西省林业局", date: str = "2026年2月10日") -> str:
    return _para(title) + _para(to) + mid + _para(sig) + _para(date)


# ---------------------------------------------------------------- numbers over a deleted paragraph mark (.docx)

def _numdel(text: str, num: str = "1", ilvl: int = 0, rid: int = 1) -> str:
    """A numbered paragraph whose mark is a tracked deletion (the drafter joined it to the next)."""
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
            f'<w:rPr><w:del w:id="{rid}" w:author="起草人"/></w:rPr></w:pPr>{_r(text)}</w:p>')


def _plaindel(text: str, rid: int = 1) -> str:
    return f'<w:p><w:pPr><w:rPr><w:del w:id="{rid}" w:author="起草人"/></w:rPr></w:pPr>{_r(text)}</w:p>' if text else \
        f'<w:p><w:pPr><w:rPr><w:del w:id="{rid}" w:author="起草人"/></w:rPr></w:pPr></w:p>'


# Word (since Word 97) and LibreOffice keep the format of the first paragraph when its mark is deleted: its number
# stays, the paragraph joined on loses its own; an empty paragraph removed leaves the next one as it was.
_JOINED = {
    "numbered-then-plain": (_numdel("统筹安排。") + _para("各地要加强督导。") + _np("压实责任", "1", 0),
                            ["一、统筹安排。各地要加强督导。", "二、压实责任"]),
    "plain-then-numbered": (_plaindel("各地要") + _np("加强督导", "1", 0) + _np("压实责任", "1", 0),
                            ["各地要加强督导", "一、压实责任"]),
    "second-level-chain": (_np("总体要求", "1", 0) + _numdel("摸清", "1", 1, 2) + _numdel("底数", "1", 1, 3)
                           + _np("和台账", "1", 1) + _np("压实责任", "1", 1),
                           ["一、总体要求", "（一）摸清底数和台账", "（二）压实责任"]),
    "empty-line-removed": (_np("总体要求", "1", 0) + _plaindel("") + _np("压实责任", "1", 0),
                           ["一、总体要求", "二、压实责任"]),
    "bookmark-between": (_numdel("统筹安排。").replace("</w:p>", "</w:p><w:bookmarkStart w:id=\"9\" w:name=\"a\"/>")
                         + _para("各地要加强督导。") + _np("压实责任", "1", 0),
                         ["一、统筹安排。各地要加强督导。", "二、压实责任"]),
}


@pytest.mark.parametrize("key", sorted(_JOINED))
def test_a_paragraph_joined_over_a_deleted_mark_keeps_the_number_of_the_first(key):
    mid, want = _JOINED[key]
    result = lint_bytes(_numbered_docx(_body(mid)), "a.docx")
    assert result.error is None
    assert result.lines[2:-2] == want, result.lines


def test_a_numbered_paragraph_whose_mark_is_deleted_before_a_table_keeps_its_number():
    mid = _numdel("统筹安排。") + _cells(["县别", "完成时间"]) + _np("压实责任", "1", 0)
    result = lint_bytes(_numbered_docx(_body(mid)), "a.docx")
    assert "一、统筹安排。" in result.lines and "二、压实责任" in result.lines, result.lines


def test_the_joined_paragraph_is_a_numbered_heading_to_the_structure():
    mid, _ = _JOINED["numbered-then-plain"]
    st = inspect_bytes(_numbered_docx(_body(mid)), "a.docx", limits=None).structure
    assert [(h.marker, h.number) for h in st.headings] == [("一、", 1), ("二、", 2)]


# ---------------------------------------------------------------- a 文号 over cells of a 版头 table

_SPLIT = {
    "two-cells": (["赣府字〔2026〕", "12号"], "赣府字〔2026〕12号", None),
    "three-cells": (["赣林字", "〔2026〕", "7号"], "赣林字〔2026〕7号", None),
    "with-signer": (["赣人社字〔2026〕", "21号", "签发人：", "王明"], "赣人社字〔2026〕21号", "王明"),
}


@pytest.mark.parametrize("key", sorted(_SPLIT))
def test_a_doc_number_split_over_cells_is_one_doc_number(key):
    row, number, signer = _SPLIT[key]
    body = _cells(row) + _body(_para("各地要加强野外火源管控。"))
    st = inspect_bytes(_docx(body), "a.docx", limits=None).structure
    assert st.doc_number is not None and st.doc_number.text == number
    assert st.title is not None and st.title.text == "江西省林业局关于报送春季防火进展的通知"
    assert (st.signer.text if st.signer else None) == signer
    # the same cells copied out as lines of plain text
    text = "\n".join(row + ["江西省林业局关于报送春季防火进展的通知", "各设区市林业局：", "各地要加强野外火源管控。",
                            "江西省林业局", "2026年2月10日"]) + "\n"
    st = inspect_bytes(text.encode(), "a.txt", limits=None).structure
    assert st.doc_number is not None and st.doc_number.text == number
    assert (st.signer.text if st.signer else None) == signer


def _docx(body: str) -> bytes:
    return _with_document(_document_xml(body))


@pytest.mark.parametrize("row, excerpt", [(["赣府字[2026]", "012号"], "赣府字[2026]"), (["赣林字", "〔2026〕", "第7号"], "赣林字")])
def test_a_wrong_doc_number_split_over_cells_is_reported_on_its_first_cell(row, excerpt):
    result = lint_bytes(_docx(_cells(row) + _body(_para("各地要加强野外火源管控。"))), "a.docx")
    found = [f for f in result.findings if f.code == "GW701"]
    assert len(found) == 1 and found[0].excerpt == excerpt and found[0].line == 1, result.findings
    assert found[0].fix is None  # the number spans cells: no revision over them


# near misses: a field in the middle is one paragraph already; a body table's pieces are no 文号; a year alone
@pytest.mark.parametrize("rows", [[["县别", "2026"], ["铅山县", "12号"]], [["〔2026〕", "12号"]], [["赣府字〔2026〕12号", "附件"]]])
def test_cells_that_do_not_make_a_doc_number_are_left_alone(rows):
    body = _cells(*rows) + _body(_para("各地要加强野外火源管控。"))
    st = inspect_bytes(_docx(body), "a.docx", limits=None).structure
    joined = "".join(c for row in rows for c in row)
    if "赣府字〔2026〕12号" in joined:
        assert st.doc_number is not None and st.doc_number.text == "赣府字〔2026〕12号" and len(st.doc_number.lines) == 1
    else:
        assert st.doc_number is None


# ---------------------------------------------------------------- content controls still showing their placeholder

def _placeholder_block(text: str = "单击或点击此处输入文字。") -> str:
    return ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle '
            f'w:val="PlaceholderText"/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def _placeholder_inline(before: str, text: str, after: str, shown: bool = True) -> str:
    flag = "<w:showingPlcHdr/>" if shown else ""
    return (f'<w:p>{_r(before)}<w:sdt><w:sdtPr>{flag}<w:date/></w:sdtPr><w:sdtContent>{_r(text)}</w:sdtContent>'
            f'</w:sdt>{_r(after)}</w:p>')


def test_placeholder_text_of_unfilled_content_controls_is_no_body_text():
    mid = (_placeholder_block() + _placeholder_inline("请于", "单击或点击此处输入日期。", "前报送截止3月15日的进展。")
           + "<w:tbl><w:tr><w:tc>" + _placeholder_block("点击此处输入责任单位") + "</w:tc><w:tc>" + _para("市林业局")
           + "</w:tc></w:tr></w:tbl>")
    result = lint_bytes(_docx(_body(mid)), "a.docx")
    assert result.error is None
    assert not any("单击" in line or "点击此处" in line for line in result.lines), result.lines
    assert "请于前报送截止3月15日的进展。" in result.lines and "GW803" in _codes(result)
    assert any("3 处内容控件没有填写" in n and "单击或点击此处输入文字。" in n for n in result.notes), result.notes


def test_a_filled_content_control_is_read_and_a_placeholder_only_body_is_no_draft():
    filled = _placeholder_inline("请于", "3月20日", "前报送截止3月15日的进展。", shown=False)
    result = lint_bytes(_docx(_body(filled)), "a.docx")
    assert "请于3月20日前报送截止3月15日的进展。" in result.lines and not result.notes
    only = lint_bytes(_docx(_placeholder_block() + _placeholder_block("单击或点击此处输入日期。")), "a.docx")
    assert _codes(only) == ["GW001"] and "没有填写的内容控件" in only.error


def test_a_numbered_placeholder_is_not_counted():
    mid = _np("统筹安排", "1", 0) + _placeholder_block().replace("<w:p>", '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/>'
                                                                '<w:numId w:val="1"/></w:numPr></w:pPr>') + _np("压实责任", "1", 0)
    result = lint_bytes(_numbered_docx(_body(mid)), "a.docx")
    assert result.lines[2:-2] == ["一、统筹安排", "二、压实责任"], result.lines


# ---------------------------------------------------------------- GW002 names every cause it stands for

def test_gw002_catalogue_text_names_vertical_and_turned_text_not_only_scans(tmp_path):
    from tests.test_hostile_r15 import _LINES, _columns_pdf

    (tmp_path / "a.pdf").write_bytes(_columns_pdf(_LINES))
    proc = subprocess.run([*GWLINT, "check", "a.pdf", "--format", "sarif"], capture_output=True, text=True,
                          cwd=tmp_path, timeout=180)
    import json

    run = json.loads(proc.stdout)["runs"][0]
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "GW002")
    assert "竖排" in rule["shortDescription"]["text"] and "扫描" in rule["shortDescription"]["text"]
    assert "竖排" in run["results"][0]["message"]["text"]
    shown = subprocess.run([*GWLINT, "rule", "GW002"], capture_output=True, text=True, timeout=120).stdout
    assert "竖排" in shown and "旋转" in shown


# ---------------------------------------------------------------- new hostile inputs

_TITLE = "江西省林业局关于报送春季防火进展的通知"
_TYPO = ["江西省林业局关于报送春季防火进展的通知", "各设区市林业局：", "请于3月20日前报送截止3月15日的的工作进展。",
         "江西省林业局", "2026年2月10日"]
_FIXED = _TYPO[:2] + ["请于3月20日前报送截至3月15日的工作进展。"] + _TYPO[3:]
_POS = [(140, 760), (80, 720), (112, 690), (400, 600), (400, 570)]
_CHARS = list(dict.fromkeys("".join(_TYPO + _FIXED)))
_CODE = {ch: i + 1 for i, ch in enumerate(_CHARS)}
_FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [6 0 R] "
         b"/ToUnicode 7 0 R >>")
_DESC = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
         b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>")


def _hexs(t: str) -> bytes:
    return b"".join(b"%04X" % _CODE[c] for c in t)


def _content(lines: list[str]) -> bytes:
    return _stream(b"".join(b"BT /F1 16 Tf %d %d Td <%s> Tj ET\n" % (x, y, _hexs(t)) for (x, y), t in zip(_POS, lines)))


def _one_page(lines: list[str]) -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 _content(lines), _FONT, _DESC, _stream(_tounicode_wide([(_CODE[c], c) for c in _CHARS]))])


def _incremental(base: bytes, objects: dict[int, bytes]) -> bytes:
    """``base`` with an update appended: the objects replaced, a new xref section chained by /Prev."""
    prev = int(base[base.rfind(b"startxref") + 9:].split()[0])
    out = bytearray(base)
    offsets = {}
    for num, body in objects.items():
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(offsets))
    out += b"trailer\n<< /Size 8 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
    return bytes(out)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_pdf_with_incremental_updates_is_read_as_its_last_revision(engine):
    from gwlint.readers import set_pdf_engine

    previous = set_pdf_engine(engine)
    try:
        _check_incremental()
    finally:
        set_pdf_engine(previous)


def _check_incremental() -> None:
    fixed = _incremental(_one_page(_TYPO), {4: _content(_FIXED)})  # the typos corrected in an update
    broke = _incremental(_one_page(_FIXED), {4: _content(_TYPO)})  # the typos brought in by an update
    assert not {"GW803", "GW806"} & set(_codes(lint_bytes(fixed, "a.pdf", limits=None)))
    assert {"GW803", "GW806"} <= set(_codes(lint_bytes(broke, "a.pdf", limits=None)))


def test_a_pdf_whose_text_is_only_in_form_fields_is_never_clean():  # read since round 17 (test_hostile_r17.py)
    fields = [8 + 2 * i for i in range(5)]
    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>" % b" ".join(b"%d 0 R" % n for n in fields),
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [%s] >>" % b" ".join(
                   b"%d 0 R" % n for n in fields),
               _stream(b""), _FONT, _DESC, _stream(_tounicode_wide([(_CODE[c], c) for c in _CHARS]))]
    for i, ((x, y), t) in enumerate(zip(_POS, _TYPO)):
        value = ("\ufeff" + t).encode("utf-16-be").hex().encode()
        objects.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /V <%s> /Rect [%d %d 560 %d] "
                       b"/AP << /N %d 0 R >> /F 4 /P 3 0 R >>" % (i, value, x, y - 4, y + 18, 9 + 2 * i))
        objects.append(_stream(b"/Tx BMC BT /F1 16 Tf 0 4 Td <%s> Tj ET EMC" % _hexs(t),
                               b"/Type /XObject /Subtype /Form /BBox [0 0 %d 22] /Resources << /Font << /F1 5 0 R >> >> "
                               % (560 - x)))
    result = lint_bytes(_pdf(objects), "a.pdf")
    assert {"GW803", "GW806"} <= set(_codes(result)) and "表单域" in result.notes[0]


def test_a_type3_font_with_a_unicode_map_is_read():
    single = list(dict.fromkeys("".join(_TYPO)))
    code = {ch: 33 + i for i, ch in enumerate(single)}
    procs = b"<< " + b" ".join(b"/g%d 6 0 R" % i for i in range(len(single))) + b" >>"
    font = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs "
            + procs + b" /Encoding << /Type /Encoding /Differences [33 " + b" ".join(b"/g%d" % i for i in range(len(single)))
            + b"] >> /FirstChar 33 /LastChar %d /Widths [" % (32 + len(single)) + b"1000 " * len(single)
            + b"] /ToUnicode 7 0 R /Resources << >> >>")
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange <00> <FF> "
            b"endcodespacerange\n%d beginbfchar\n" % len(single)
            + b"".join(b"<%02X> <%s>\n" % (code[c], c.encode("utf-16-be").hex().upper().encode()) for c in single)
            + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")

    def esc(b: bytes) -> bytes:
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    body = b"".join(b"BT /F1 16 Tf %d %d Td (%s) Tj ET\n" % (x, y, esc(bytes(code[c] for c in t))) for (x, y), t in zip(_POS, _TYPO))
    pdf = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                _stream(body), font, _stream(b"1000 0 0 0 800 800 d1 0 0 800 800 re f"), _stream(cmap)])
    result = lint_bytes(pdf, "a.pdf")
    assert result.error is None and {"GW803", "GW806"} <= set(_codes(result))


def _strict(data: bytes) -> bytes:
    return (data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                         b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                     b"http://purl.oclc.org/ooxml/officeDocument/relationships"))


def _elsewhere() -> bytes:
    """The main part in another folder under another name, reached through _rels/.rels, its own relationships
    pointing back into word/ (valid OPC: Word opens it)."""
    parts = _parts(clean_docx())
    parts["content/body1.xml"] = parts.pop("word/document.xml")
    rels = parts.pop("word/_rels/document.xml.rels")
    parts["content/_rels/body1.xml.rels"] = re.sub(rb'Target="(?!http)([^"]+)"', lambda m: b'Target="../word/' + m.group(1)
                                                   + b'"', rels)
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"/content/body1.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/content/body1.xml")
    return _zip(parts)


def _odt() -> bytes:
    buf = io.BytesIO()
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'office:version="1.2"><office:body><office:text>' + "".join(f"<text:p>{t}</text:p>" for t in _TYPO)
               + "</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return buf.getvalue()


def _big_paragraph() -> bytes:
    return _docx(_body(_para("各地林业部门要落实巡山护林制度，加强野外火源管控" * 42_000)))  # ~1 MB of text


def _nested(depth: int = 60) -> bytes:
    inner = _para("各地要落实巡山护林制度。")
    for i in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{_para(f'第{i}层报送截止3月的台账。')}{inner}</w:tc></w:tr></w:tbl>"
    return _docx(_body(inner))


def _mixed_direction() -> bytes:
    return _docx(_body(_para("请报送与 مرحبا بالعالم 合作方 שלום 的的工作进展，截止3月15日。")
                       + '<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>各地要落实巡山护林制度。</w:t></w:r></w:p>'))


_NEW = {
    # (bytes, name, codes wanted or "GW001" with words of its message)
    # read as Transitional since round 17 (tests/test_hostile_r17.py)
    "strict": (lambda: _zip({k: _strict(v) for k, v in _parts(clean_docx()).items()}), "a.docx", None),
    "odt-as-docx": (_odt, "a.docx", ("GW001", "ODF")),
    "rtf-as-docx": (lambda: ("{\\rtf1\\ansi " + "\\par ".join("".join(f"\\u{ord(c)}?" for c in t) for t in _TYPO)
                             + "}").encode(), "a.docx", ("GW001", "RTF")),
    "main-part-elsewhere": (_elsewhere, "a.docx", None),
    "paragraph-1mb": (_big_paragraph, "a.docx", {"GW503"}),
    "tables-60-deep": (_nested, "a.docx", {"GW803"}),
    "mixed-direction": (_mixed_direction, "a.docx", {"GW803", "GW806"}),
}


@pytest.mark.parametrize("key", sorted(_NEW))
def test_new_hostile_inputs_are_read_or_refused_in_chinese_in_time(key):
    make, name, want = _NEW[key]
    started = time.monotonic()
    result = lint_bytes(make(), name)
    assert time.monotonic() - started < 60
    if isinstance(want, tuple):
        assert _codes(result) == [want[0]] and want[1] in result.error
    else:
        assert result.error is None and "GW001" not in _codes(result)
        assert want is None or want <= set(_codes(result)), result.findings
    if key in ("main-part-elsewhere", "strict"):
        assert result.lines[1] == "江西省林业局关于做好春季森林防火工作的通知"


def test_new_hostile_inputs_in_a_batch_keep_the_good_files(tmp_path):
    for key, (make, name, _) in _NEW.items():
        (tmp_path / f"{key}{name[1:]}").write_bytes(make())
    (tmp_path / "good.docx").write_bytes(clean_docx())
    proc = subprocess.run([*GWLINT, "check", ".", "-j", "2", "--format", "concise", "--select", "GW803"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert sorted(line.split(":")[0] for line in lines if "GW001" in line) == ["odt-as-docx.docx", "rtf-as-docx.docx"], lines
    assert not any(line.startswith(("good.docx", "main-part-elsewhere.docx", "strict.docx")) for line in lines)  # read, clean
    assert any(line.startswith("tables-60-deep.docx") and "GW803" in line for line in lines)


# ---------------------------------------------------------------- lists sharing one definition, restarts, overrides

# Expected numbers as LibreOffice renders the same files (soffice --convert-to txt): the lists of one abstract
# definition share their counters, a startOverride restarts where its list is first used, a level redefined in
# an override draws its own format on the shared count.
_SHARED_NUMS = ('<w:num w:numId="5"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
                '</w:lvlOverride></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0">'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
                '</w:lvl></w:lvlOverride></w:num><w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>')
_SHARED = {
    "restarted-list-first": ([("甲。", "4"), ("乙。", "4"), ("丙。", "3")], ["1.甲。", "2.乙。", "3.丙。"]),
    "restart-between": ([("甲。", "3"), ("乙。", "3"), ("丙。", "4"), ("丁。", "4"), ("戊。", "3")],
                        ["1.甲。", "2.乙。", "1.丙。", "2.丁。", "3.戊。"]),
    "start-at-five": ([("甲。", "3"), ("乙。", "5"), ("丙。", "5"), ("丁。", "3")], ["1.甲。", "5.乙。", "6.丙。", "7.丁。"]),
    "level-redefined": ([("甲。", "3"), ("乙。", "6"), ("丙。", "3")], ["1.甲。", "二、乙。", "3.丙。"]),
    "plain-second-list": ([("甲。", "3"), ("乙。", "7"), ("丙。", "3")], ["1.甲。", "2.乙。", "3.丙。"]),
}


@pytest.mark.parametrize("key", sorted(_SHARED))
def test_lists_of_one_definition_count_on_as_word_processors_draw_them(key, monkeypatch):
    import tests.test_hostile_r15 as r15

    monkeypatch.setattr(r15, "_NUMBERING", r15._NUMBERING.replace("</w:numbering>", _SHARED_NUMS + "</w:numbering>"))
    items, want = _SHARED[key]
    body = _para(_TITLE) + "".join(_np(t, n) for t, n in items) + _para("江西省林业局")
    assert lint_bytes(_numbered_docx(body), "a.docx").lines[1:-1] == want


def test_a_numbered_list_in_a_header_is_drawn_with_its_numbers_counted_there():
    from gwlint.readers import read_bytes
    from tests.hostile_gen import W_NS, _add_part

    body = _para(_TITLE) + _np("统筹安排", "3") + _np("压实责任", "3") + _para("江西省林业局") + _para("2026年2月10日")
    parts = _parts(_numbered_docx(body))
    header = f'<w:hdr {W_NS}>{_np("截止3月底的的进展", "3")}{_np("下一项", "3")}</w:hdr>'.encode()
    _add_part(parts, "word/header9.xml", "header", "header", header, "rIdH9")
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr/>", b'<w:sectPr><w:headerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships" w:type="default" r:id="rIdH9"/></w:sectPr>')
    doc = read_bytes(_zip(parts), "a.docx")
    assert doc.headers == ["1.截止3月底的的进展\n2.下一项"]  # the header's own count, drawn on every page alike
    assert [p.text for p in doc.paragraphs][1:3] == ["1.统筹安排", "2.压实责任"]  # the body's count untouched

"""Round 17 (h17b): Strict Open XML read as Transitional, text typed into PDF form fields, content controls showing
their placeholder at every level (block, row, cell, run), mc:AlternateContent read once, and new hostile inputs.

Every input is generated here from files of ``gwlint.docgen`` (tests/hostile_gen.py and the helpers of rounds 15/16).
written by h17b (issue 15, round 17)
"""
from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

from gwlint.api import inspect_bytes, lint_bytes
from tests.conftest import libreoffice_missing
from tests.hostile_gen import W_NS, _add_part, _document_xml, _para, _parts, _zip
from tests.test_hostile_r15 import _cells, _np, _numbered_docx, _r
from tests.test_hostile_r16 import _body

GWLINT = [sys.executable, "-m", "gwlint"]


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


# ---------------------------------------------------------------- Strict Open XML

_T, _S = "http://schemas.openxmlformats.org/", "http://purl.oclc.org/ooxml/"
# Transitional name -> Strict name, as ISO/IEC 29500-1 (Strict) names them (longest first: prefixes of each other)
_STRICT_NAMES = [
    (_T + "officeDocument/2006/relationships/extended-properties",
     _S + "officeDocument/relationships/extendedProperties"),
    (_T + "officeDocument/2006/relationships", _S + "officeDocument/relationships"),
    (_T + "officeDocument/2006/extended-properties", _S + "officeDocument/extendedProperties"),
    (_T + "officeDocument/2006/docPropsVTypes", _S + "officeDocument/docPropsVTypes"),
    (_T + "officeDocument/2006/customXml", _S + "officeDocument/customXml"),
    (_T + "officeDocument/2006/math", _S + "officeDocument/math"),
    (_T + "wordprocessingml/2006/main", _S + "wordprocessingml/main"),
    (_T + "drawingml/2006/wordprocessingDrawing", _S + "drawingml/wordprocessingDrawing"),
    (_T + "drawingml/2006/picture", _S + "drawingml/picture"),
    (_T + "drawingml/2006/main", _S + "drawingml/main"),
]


def strict(docx: bytes) -> bytes:
    """A Transitional package saved as Strict: every part's namespaces and relationship types renamed, the
    document marked conformance="strict", alignments in Strict's own words (start/end)."""
    out = {}
    for name, data in _parts(docx).items():
        if name.endswith((".xml", ".rels")):
            for a, b in _STRICT_NAMES:
                data = data.replace(a.encode(), b.encode())
            data = re.sub(rb"(<w:document\b)", rb'\1 w:conformance="strict"', data, count=1)
            for a, b in ((b'w:jc w:val="left"', b'w:jc w:val="start"'), (b'w:jc w:val="right"', b'w:jc w:val="end"')):
                data = data.replace(a, b)
        out[name] = data
    return _zip(out)


_COMMENTS = (f'<w:comments {W_NS}><w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>gwlint: ignore GW803</w:t></w:r>'
             '</w:p></w:comment></w:comments>').encode()
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _rich() -> bytes:
    """A Transitional file with automatic numbers, a table, a header and a comment that silences one line."""
    body = (_para("江西省林业局关于报送春季防火进展的通知") + _para("各设区市林业局：")
            + _np("统筹安排", "1", 0) + _np("请于3月20日前报送截止3月15日的的工作进展。", "1", 1)
            + '<w:commentRangeStart w:id="0"/>' + _para("各地要报送截止3月底的台账。") + '<w:commentRangeEnd w:id="0"/>'
            + _np("压实责任", "1", 0) + _cells(["县别", "完成时间"], ["铅山县", "3月底"])
            + _para("江西省林业局") + _para("2026年2月10日"))
    parts = _parts(_numbered_docx(body))
    _add_part(parts, "word/header7.xml", "header", "header",
              f'<w:hdr {W_NS}>{_para("内部资料 注意保存")}</w:hdr>'.encode(), "rIdH7")
    _add_part(parts, "word/comments.xml", "comments", "comments", _COMMENTS, "rIdC7")
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr/>", f'<w:sectPr><w:headerReference {_R_NS} w:type="default" r:id="rIdH7"/></w:sectPr>'.encode())
    return _zip(parts)


def test_a_strict_open_xml_docx_reads_as_its_transitional_twin():
    plain = _rich()
    twin = strict(plain)
    assert b"purl.oclc.org/ooxml" in _parts(twin)["_rels/.rels"]
    assert b"schemas.openxmlformats.org/wordprocessingml" not in twin
    a, b = inspect_bytes(plain, "a.docx", limits=None), inspect_bytes(twin, "a.docx", limits=None)
    assert b.document.headers == a.document.headers == ["内部资料 注意保存"]
    assert [p.text for p in b.document.paragraphs] == [p.text for p in a.document.paragraphs]
    assert [(p.kind, p.table) for p in b.document.paragraphs] == [(p.kind, p.table) for p in a.document.paragraphs]
    assert "一、统筹安排" in [p.text for p in b.document.paragraphs]
    lint_a, lint_b = lint_bytes(plain, "a.docx"), lint_bytes(twin, "a.docx")
    assert lint_b.error is None and lint_b.findings == lint_a.findings
    assert {"GW803", "GW806"} <= set(_codes(lint_b)) and "GW003" not in _codes(lint_b)
    assert sum(f.code == "GW803" for f in lint_b.findings) == 1  # the comment silences the second 截止 in both


# Three drafts of other issuers, as gwlint.docgen renders them (a table, headings, a 版记), saved as Strict
_DRAFTS = {
    "county-office": """\
@doc_number 铅府办字[2026]12号
@title 铅山县人民政府办公室关于做好秋冬季农田水利建设的通知
@recipients 各乡镇人民政府，县直有关单位：
为做好今冬明春农田水利建设，现将有关事项通知如下。
@heading1 一、摸清底数
各乡镇要在11月底前完成渠道清淤的的摸底，截止10月底未完成的要说明原因。
@table 乡镇|渠道长度|完成时限
@table 河口镇|12公里|11月底
@signature 铅山县人民政府办公室
@date 2026年10月8日
""",
    "city-bureau": """\
@title 赣州市教育局关于开展校园安全隐患排查的通知
@recipients 各县（市、区）教育局：
@heading1 一、排查范围
各学校要排查消防通道、食堂和宿舍，，做到不留死角。
@heading2 （一）消防通道
@signature 赣州市教育局
@date 2026年8月20日
""",
    "provincial-letter": """\
@title 江西省应急管理厅关于商请支持森林防火物资调拨的函
@recipients 省财政厅：
我厅拟于2026年3月调拨森林防火物资一批，经费约120万元，请予支持。
@signature 江西省应急管理厅
@date 2026年2月10日
""",
}


@pytest.mark.parametrize("key", sorted(_DRAFTS))
def test_drafts_of_other_issuers_saved_as_strict_read_as_they_were(key):
    import io

    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    buf = io.BytesIO()
    write_docx(parse_marked(_DRAFTS[key]), buf)
    plain, twin = buf.getvalue(), strict(buf.getvalue())
    a, b = lint_bytes(plain, "a.docx"), lint_bytes(twin, "a.docx")
    assert b.error is None and b.lines == a.lines and b.findings == a.findings and b.lines
    assert b"w:conformance=\"strict\"" in _parts(twin)["word/document.xml"]


@pytest.mark.skipif(libreoffice_missing() is not None, reason=libreoffice_missing() or "")
def test_libreoffice_reads_the_same_text_from_the_strict_file(tmp_path):
    """The Strict test file is a real one: LibreOffice, which reads Strict, shows the body text gwlint reads (its
    text export leaves the header out and puts a tab after a list number)."""
    twin = strict(_rich())
    (tmp_path / "s.docx").write_bytes(twin)
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), "s.docx"],
                   cwd=tmp_path, capture_output=True, timeout=300)
    shown = "".join((tmp_path / "s.txt").read_text(encoding="utf-8-sig").split())
    ours = "".join(p.text for p in inspect_bytes(twin, "s.docx", limits=None).document.paragraphs)
    assert "".join(ours.split()) == shown and "一、统筹安排" in shown


# ---------------------------------------------------------------- placeholders of content controls, every level

def _docx(body: str) -> bytes:
    from tests.hostile_gen import _with_document

    return _with_document(_document_xml(body))


def _sdt(inner: str, shown: str | None = "") -> str:
    """A content control around ``inner``: shown="" shows its placeholder, shown="0" is filled (the flag off), None
    has no flag (filled)."""
    flag = "" if shown is None else ("<w:showingPlcHdr/>" if shown == "" else f'<w:showingPlcHdr w:val="{shown}"/>')
    return f"<w:sdt><w:sdtPr>{flag}<w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def _grey(text: str) -> str:
    return f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'


def _tc(*paras: str) -> str:
    return "<w:tc>" + "".join(paras) + "</w:tc>"


_HEAD = "<w:tr>" + _tc(_para("责任单位")) + _tc(_para("完成时限")) + "</w:tr>"
_LEVELS = {
    # a repeating row of a template not filled in: Word draws the placeholders of both cells
    "row": "<w:tbl>" + _HEAD + _sdt("<w:tr>" + _tc(_grey("单击此处输入单位。")) + _tc(_grey("单击此处输入日期。")) + "</w:tr>")
           + "<w:tr>" + _tc(_para("市林业局")) + _tc(_para("3月底")) + "</w:tr></w:tbl>",
    # one cell of a row: its neighbour is the draft's
    "cell": "<w:tbl>" + _HEAD + "<w:tr>" + _tc(_para("市林业局")) + _sdt(_tc(_grey("点击此处输入完成时限"))) + "</w:tr></w:tbl>",
    # a row control around a cell control (the outer one decides: nothing of it is read)
    "row-of-cells": "<w:tbl>" + _HEAD + _sdt("<w:tr>" + _sdt(_tc(_grey("单击此处输入单位。")), None)
                                             + _tc(_grey("单击此处输入日期。")) + "</w:tr>") + "</w:tbl>",
    # a row control wrapped in custom XML
    "row-in-customxml": "<w:tbl>" + _HEAD + '<w:customXml w:element="r">' + _sdt("<w:tr>" + _tc(_grey("单击此处输入单位。"))
                        + _tc(_grey("单击此处输入日期。")) + "</w:tr>") + "</w:customXml></w:tbl>",
    "block": _sdt(_grey("单击或点击此处输入文字。")),
    "run": "<w:p>" + _r("请于") + _sdt('<w:r><w:t>单击此处输入日期。</w:t></w:r>') + _r("前报送截至3月15日的工作进展。") + "</w:p>",
}


@pytest.mark.parametrize("level", sorted(_LEVELS))
def test_a_content_control_showing_its_placeholder_is_no_text_at_any_level(level):
    result = lint_bytes(_docx(_body(_LEVELS[level])), "a.docx")
    assert result.error is None
    assert not any("单击" in line or "点击此处" in line for line in result.lines), result.lines
    assert len(result.notes) == 1 and "内容控件没有填写" in result.notes[0], result.notes
    assert re.search(r"如“[单点]击[^”]*。?”", result.notes[0]) and "。单击" not in result.notes[0]  # one placeholder shown
    if level in ("row", "cell"):
        assert "市林业局" in result.lines and "责任单位" in result.lines


def test_a_placeholder_cell_keeps_its_place_in_the_row():
    three = _LEVELS["cell"].replace("</w:tr></w:tbl>", _tc(_para("已完成")) + "</w:tr></w:tbl>")
    result = inspect_bytes(_docx(_body(three)), "a.docx", limits=None)
    cells = {p.text: p.table for p in result.document.paragraphs if p.kind == "table_cell"}
    assert cells["市林业局"] == (1, 2, 1) and cells["已完成"] == (1, 2, 3), cells


@pytest.mark.parametrize("shown", ["0", "false", None])
def test_a_filled_row_or_cell_control_is_read(shown):
    row = "<w:tbl>" + _HEAD + _sdt("<w:tr>" + _tc(_para("县林业局")) + _sdt(_tc(_para("截止3月15日的的进展")), shown)
                                  + "</w:tr>", shown) + "</w:tbl>"
    result = lint_bytes(_docx(_body(row)), "a.docx")
    assert "县林业局" in result.lines and "截止3月15日的的进展" in result.lines and not result.notes
    assert {"GW803", "GW806"} <= set(_codes(result))


def test_a_numbered_paragraph_in_a_placeholder_row_is_not_counted():
    row = ("<w:tbl>" + _HEAD + _sdt("<w:tr>" + _tc(_np("单击此处输入事项。", "3")) + _tc(_grey("单击此处输入日期。"))
                                    + "</w:tr>") + "</w:tbl>")
    body = _np("统筹安排", "3") + row + _np("压实责任", "3")
    result = lint_bytes(_numbered_docx(_body(body)), "a.docx")
    assert "1.统筹安排" in result.lines and "2.压实责任" in result.lines, result.lines


def test_a_body_of_placeholder_rows_only_is_no_draft():
    only = lint_bytes(_docx(_sdt("<w:tbl><w:tr>" + _tc(_grey("单击此处输入标题。")) + "</w:tr></w:tbl>")
                            + "<w:tbl>" + _sdt("<w:tr>" + _tc(_grey("单击此处输入正文。")) + "</w:tr>") + "</w:tbl>"), "a.docx")
    assert _codes(only) == ["GW001"] and "没有填写的内容控件" in only.error


# ---------------------------------------------------------------- mc:AlternateContent: one branch, the one understood

_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" '
       'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
       'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" mc:Ignorable="w16se"')


def _mc_docx(body: str, numbered: bool = False) -> bytes:
    data = _numbered_docx(body) if numbered else _docx(body)
    parts = _parts(data)
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:document ", f"<w:document {_NS} ".encode(), 1)
    return _zip(parts)


def _box(choice: str, fallback: str, requires: str = "wps") -> str:
    """A text box as Word 2010+ writes it: DrawingML (wps) in the Choice, its VML copy in the Fallback."""
    return ('<w:p><w:r><mc:AlternateContent>'
            f'<mc:Choice Requires="{requires}"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>'
            f'{"<wps:txbx><w:txbxContent>" + choice + "</w:txbxContent></wps:txbx>" if choice else ""}'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{fallback}</w:txbxContent></v:textbox></v:shape>'
            '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def test_a_text_box_in_both_branches_is_read_once_from_the_choice():
    box = _box(_para("请于3月20日前报送截止3月15日的的工作进展。"), _para("请于3月20日前报送截止3月15日的的工作进展。"))
    result = lint_bytes(_mc_docx(_body(box)), "a.docx")
    assert result.lines.count("请于3月20日前报送截止3月15日的的工作进展。") == 1, result.lines
    assert sum(f.code == "GW803" for f in result.findings) == 1
    newer = lint_bytes(_mc_docx(_body(_box(_para("各地要落实巡山护林制度。"), _para("各地要落实护林制度。")))), "a.docx")
    assert "各地要落实巡山护林制度。" in newer.lines and "各地要落实护林制度。" not in newer.lines  # Word 2010+ shows the Choice


def test_a_choice_in_a_namespace_the_reader_does_not_know_gives_way_to_the_fallback():
    # an emoji as Word 2016 writes it: the character only in the Fallback; a future element: its text read from
    # the Fallback (Word versions that do not know it show the Fallback)
    emoji = ('<w:p>' + _r("请于3月20日前报送") + '<w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx '
             'w16se:font="Segoe UI Emoji" w16se:char="2705"/></mc:Choice><mc:Fallback><w:t>✅</w:t></mc:Fallback>'
             '</mc:AlternateContent></w:r>' + _r("截止3月15日的进展。") + '</w:p>')
    future = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99" xmlns:w99="urn:example:future"><w:t>将来的格式'
              '</w:t></mc:Choice><mc:Fallback><w:t>各地要落实巡山护林制度。</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    result = lint_bytes(_mc_docx(_body(emoji + future)), "a.docx")
    assert "请于3月20日前报送✅截止3月15日的进展。" in result.lines, result.lines
    assert "各地要落实巡山护林制度。" in result.lines and not any("将来的格式" in line for line in result.lines)


def test_math_is_read_from_its_choice_and_a_box_without_text_gives_way():
    math = ('<w:p>' + _r("全年增长率为") + '<mc:AlternateContent><mc:Choice Requires="a14"><m:oMath><m:r><m:t>12%</m:t>'
            '</m:r></m:oMath></mc:Choice><mc:Fallback><w:r><w:drawing/></w:r></mc:Fallback></mc:AlternateContent>'
            + _r("，截止3月15日。") + '</w:p>')
    empty_choice = _box("", _para("各地要落实巡山护林制度。"))
    result = lint_bytes(_mc_docx(_body(math + empty_choice)), "a.docx")
    assert "全年增长率为12%，截止3月15日。" in result.lines and "各地要落实巡山护林制度。" in result.lines, result.lines


def test_numbers_in_the_branch_not_read_are_not_counted():
    chosen = _box(_np("请报送截止3月的进展", "3"), _np("请报送截止3月的进展", "3"))
    future = _box(_np("将来的格式", "3"), _np("各地要落实巡山护林制度", "3"), requires="w99")
    body = _np("统筹安排", "3") + chosen + future + _np("压实责任", "3")
    result = lint_bytes(_mc_docx(_body(body), numbered=True), "a.docx")
    want = ["1.统筹安排", "2.请报送截止3月的进展", "3.各地要落实巡山护林制度", "4.压实责任"]
    assert [line for line in result.lines if line[:1].isdigit() and "." in line[:3]] == want, result.lines


# ---------------------------------------------------------------- a PDF form filled in: the text is in its fields

def _form_pdf(fields: list[tuple[tuple[int, int], str, bytes]], *, kids: bool = False,
              background: bytes = b"") -> bytes:
    """One blank page (or ``background`` drawn on it) whose widgets hold ``fields`` ((x, y), value, extra entries),
    listed in /Annots in the order given; ``kids``: each value on a parent field, the widget its kid."""
    from tests.hostile_gen import _pdf, _stream

    n = len(fields)
    first = 5  # widgets from object 5, their parents after them
    widgets = [first + i for i in range(n)]
    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /NeedAppearances true >> >>"
               % b" ".join(b"%d 0 R" % (w + n if kids else w) for w in widgets),
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [%s] >>"
               % b" ".join(b"%d 0 R" % w for w in widgets),
               _stream(background)]
    parents = []
    for i, ((x, y), value, extra) in enumerate(fields):
        v = b"<%s>" % ("\ufeff" + value).encode("utf-16-be").hex().encode()
        entries = b"/FT /Tx /T (f%d) /V %s " % (i, v) + extra
        if kids:
            objects.append(b"<< /Type /Annot /Subtype /Widget /Rect [%d %d 560 %d] /F 4 /P 3 0 R /Parent %d 0 R >>"
                           % (x, y - 4, y + 18, first + n + i))
            parents.append(b"<< %s /Kids [%d 0 R] >>" % (entries, first + i))
        else:
            objects.append(b"<< /Type /Annot /Subtype /Widget /Rect [%d %d 560 %d] /F 4 /P 3 0 R %s >>"
                           % (x, y - 4, y + 18, entries))
    return _pdf(objects + parents)


_FORM = [((140, 760), "江西省林业局关于报送春季防火进展的通知", b""), ((80, 720), "各设区市林业局：", b""),
         ((112, 690), "请于3月20日前报送截止3月15日的的工作进展。\r各地要落实巡山护林制度。", b"/Ff 4096"),
         ((400, 600), "江西省林业局", b""), ((400, 570), "2026年2月10日", b"")]
_FORM_LINES = ["江西省林业局关于报送春季防火进展的通知", "各设区市林业局：", "请于3月20日前报送截止3月15日的的工作进展。",
               "各地要落实巡山护林制度。", "江西省林业局", "2026年2月10日"]


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("kids", [False, True])
def test_a_filled_form_is_read_from_its_fields_top_to_bottom(engine, kids):
    from gwlint.readers import set_pdf_engine

    scrambled = [_FORM[i] for i in (3, 0, 4, 2, 1)]  # the order the form's author added the fields
    previous = set_pdf_engine(engine)
    try:
        result = lint_bytes(_form_pdf(scrambled, kids=kids), "a.pdf")
    finally:
        set_pdf_engine(previous)
    assert result.error is None and result.lines == _FORM_LINES
    assert {"GW803", "GW806"} <= set(_codes(result)) and "GW001" not in _codes(result)
    assert len(result.notes) == 1 and "第 1 页没有文字层" in result.notes[0] and "表单域" in result.notes[0]


def test_hidden_fields_check_boxes_and_empty_fields_are_no_text():
    fields = _FORM[:2] + [((112, 690), "隐藏的的字段", b""), ((112, 660), "", b""), ((112, 630), "截止的的按钮", b"")]
    pdf = (_form_pdf(fields).replace(b"/F 4 /P 3 0 R /FT /Tx /T (f2)", b"/F 6 /P 3 0 R /FT /Tx /T (f2)")  # hidden
           .replace(b"/FT /Tx /T (f4)", b"/FT /Btn /T (f4)"))  # a button's caption
    result = lint_bytes(pdf, "a.pdf")
    assert result.lines == _FORM_LINES[:2], result.lines


def test_a_form_with_no_value_filled_in_is_still_refused():
    result = lint_bytes(_form_pdf([((112, 690), "", b""), ((112, 660), "  ", b"")]), "a.pdf")
    assert _codes(result) == ["GW001"] and result.error


# ---------------------------------------------------------------- new hostile inputs

_TYPO_LINE = "请于3月20日前报送截止3月15日的的工作进展。"


def _declared(encoding: str, codec: str, bom: bytes = b"") -> bytes:
    """document.xml written in another encoding, as its declaration says (an OA system's export)."""
    from tests.hostile_gen import _with_document

    xml = _document_xml(_body(_para(_TYPO_LINE))).decode().replace('encoding="UTF-8"', f'encoding="{encoding}"')
    return _with_document(bom + xml.encode(codec))


def _streamed(force_zip64: bool) -> bytes:
    """The same package written as a stream writes it (sizes in data descriptors after each member), or with
    ZIP64 extra fields on every member."""
    import io
    import zipfile

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:
            self.data += b
            return len(b)

    parts = _parts(_docx(_body(_para(_TYPO_LINE))))
    sink = io.BytesIO() if force_zip64 else Pipe()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            with z.open(name, "w", force_zip64=force_zip64) as fh:
                fh.write(data)
    out = sink.getvalue() if force_zip64 else bytes(sink.data)
    assert (b"PK\x07\x08" in out) != force_zip64  # the descriptors are really there (or the ZIP64 records)
    return out


def _in_paragraph(inner: str) -> bytes:
    return _docx(_body("<w:p>" + inner + "</w:p>"))



def _typo_pdf(pages: list[tuple[bytes, bytes]], *, xobject: bytes | None = None, pua: bool = False) -> bytes:
    """Pages of the round-16 CID font (content, extra page entries); ``xobject``: a Form XObject /X1 (object 8)."""
    from tests.hostile_gen import _pdf, _stream, _tounicode_wide
    from tests.test_hostile_r16 import _CHARS, _CODE, _DESC, _FONT

    n = len(pages)
    res = b"<< /Font << /F1 %d 0 R >> /XObject << /X1 %d 0 R >> >>" % (3 + 2 * n, 6 + 2 * n)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + i) for i in range(n)), n)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources %s %s >>"
                % (3 + n + i, res, extra) for i, (_, extra) in enumerate(pages)]
    objects += [_stream(content) for content, _ in pages]
    cmap = [(_CODE[c], chr(0xE000 + _CODE[c]) if pua else c) for c in _CHARS]
    objects += [_FONT.replace(b"6 0 R", b"%d 0 R" % (4 + 2 * n)).replace(b"7 0 R", b"%d 0 R" % (5 + 2 * n)), _DESC,
                _stream(_tounicode_wide(cmap)),
                _stream(xobject or b"", b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s " % res)]
    return _pdf(objects)


def _lines_at(lines: list[str], turned: bool = False) -> bytes:
    from tests.test_hostile_r16 import _POS, _hexs

    if turned:  # drawn turned a quarter, on a page shown turned back: upright on screen
        return b"".join(b"BT /F1 16 Tf 0 1 -1 0 %d %d Tm <%s> Tj ET\n" % (842 - y, x, _hexs(t))
                        for (x, y), t in zip(_POS, lines))
    return b"".join(b"BT /F1 16 Tf %d %d Td <%s> Tj ET\n" % (x, y, _hexs(t)) for (x, y), t in zip(_POS, lines))


_LETTER = ["江西省林业局关于报送春季防火进展的通知", "各设区市林业局：", _TYPO_LINE, "江西省林业局", "2026年2月10日"]
_HOSTILE = {
    # name: (make, file name, codes that must be found, codes that must not, a line that must be read)
    "utf16-document": (lambda: _declared("UTF-16", "utf-16-le", b"\xff\xfe"), "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "gb2312-document": (lambda: _declared("GB2312", "gb2312"), "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "custom-xml-paragraphs": (lambda: _docx(_body('<w:customXml w:uri="urn:oa" w:element="zw">' + _para(_TYPO_LINE)
                                                  + "</w:customXml>")), "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "smart-tag": (lambda: _in_paragraph(_r("请于") + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                                        'w:element="date">' + _r("3月20日") + "</w:smartTag>" + _r("前报送截止3月15日的的工作进展。")),
                  "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "doc-number-in-a-simple-field": (lambda: _docx('<w:p><w:fldSimple w:instr=" DOCPROPERTY 文号 \\* MERGEFORMAT ">'
                                                   + _r("赣林字[2026]7号") + "</w:fldSimple></w:p>" + _body(_para("各地要加强野外火源管控。"))),
                                     "a.docx", {"GW701"}, set(), "赣林字[2026]7号"),
    "hidden-and-deleted": (lambda: _in_paragraph(_r("各地要加强") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>截止的的</w:t></w:r>'
                                                 + '<w:del w:id="1" w:author="a"><w:r><w:delText>截止的的</w:delText></w:r></w:del>'
                                                 + _r("野外火源管控。")), "a.docx", set(), {"GW803", "GW806"}, "各地要加强野外火源管控。"),
    "data-descriptors": (lambda: _streamed(False), "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "zip64": (lambda: _streamed(True), "a.docx", {"GW803", "GW806"}, set(), _TYPO_LINE),
    "master-document": (lambda: _docx(_body(_para("各地要落实巡山护林制度。") + f'<w:p><w:subDoc {_R_NS} r:id="rIdS1"/></w:p>')),
                        "a.docx", {"GW001"}, set(), "各地要落实巡山护林制度。"),
    "pdf-some-pages-rotated": (lambda: _typo_pdf([(_lines_at(_LETTER), b""), (_lines_at(_LETTER[2:3]), b"/Rotate 90"),
                                                  (_lines_at(_LETTER[2:3], turned=True), b"/Rotate 90")]),
                               "a.pdf", {"GW803", "GW806"}, {"GW001", "GW002"}, _TYPO_LINE),
    "pdf-text-in-form-xobject": (lambda: _typo_pdf([(b"q /X1 Do Q", b"")], xobject=_lines_at(_LETTER)),
                                 "a.pdf", {"GW803", "GW806"}, {"GW001", "GW002"}, _TYPO_LINE),
    "pdf-form-xobject-drawing-itself": (lambda: _typo_pdf([(_lines_at(_LETTER) + b"q /X1 Do Q", b"")],
                                                          xobject=b"q 0.5 0 0 0.5 0 0 cm /X1 Do Q"),
                                        "a.pdf", {"GW803", "GW806"}, {"GW001", "GW002"}, _TYPO_LINE),
    "pdf-unicode-map-into-private-use": (lambda: _typo_pdf([(_lines_at(_LETTER), b"")], pua=True), "a.pdf", {"GW002"},
                                         set(), None),
}


@pytest.mark.parametrize("key", sorted(_HOSTILE))
def test_new_hostile_inputs_are_read_or_refused_in_chinese(key):
    make, name, found, absent, line = _HOSTILE[key]
    started = time.monotonic()
    result = lint_bytes(make(), name)
    assert time.monotonic() - started < 60
    codes = set(_codes(result))
    assert found <= codes and not absent & codes, result.findings
    if line is not None:
        assert line in result.lines and result.error is None, (result.lines, result.error)
    if key == "master-document":
        assert any("子文档" in f.message for f in result.findings if f.code == "GW001")
    if key == "pdf-unicode-map-into-private-use":
        assert "私用区" in result.error and result.lines == []
    if key == "pdf-some-pages-rotated":
        assert result.lines.count(_TYPO_LINE) == 3


def test_new_hostile_inputs_in_a_batch_keep_the_good_files(tmp_path):
    for key, (make, name, *_) in _HOSTILE.items():
        (tmp_path / f"{key}{name[1:]}").write_bytes(make())
    (tmp_path / "form.pdf").write_bytes(_form_pdf(_FORM))
    (tmp_path / "strict.docx").write_bytes(strict(_rich()))
    proc = subprocess.run([*GWLINT, "check", ".", "-j", "2", "--format", "concise", "--select", "GW001,GW002,GW803"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    refused = sorted(line.split(":")[0] for line in lines if "GW001" in line or "GW002" in line)
    assert refused == ["master-document.docx", "pdf-unicode-map-into-private-use.pdf"], lines
    for good in ("form.pdf", "strict.docx", "utf16-document.docx", "zip64.docx", "pdf-text-in-form-xobject.pdf"):
        assert any(line.startswith(good) and "GW803" in line for line in lines), (good, lines)


def _two_page_form() -> bytes:
    """Page 1: the title and 主送 in its text layer, one field filled in beside them; page 2: blank, the body typed
    into its fields."""
    from tests.hostile_gen import _pdf, _stream, _tounicode_wide
    from tests.test_hostile_r16 import _CHARS, _CODE, _DESC, _FONT

    def widget(page: int, y: int, value: str) -> bytes:
        v = ("\ufeff" + value).encode("utf-16-be").hex().encode()
        return (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /V <%s> /Rect [80 %d 560 %d] /F 4 /P %d 0 R >>"
                % (y, v, y - 4, y + 18, page))

    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R 11 0 R 12 0 R 13 0 R] >> >>",
               b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 7 0 R >> >> "
               b"/Annots [10 0 R] >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Annots [13 0 R 11 0 R 12 0 R] >>",
               _stream(_lines_at(_LETTER[:2])), _stream(b""),
               _FONT.replace(b"6 0 R", b"8 0 R").replace(b"7 0 R", b"9 0 R"), _DESC,
               _stream(_tounicode_wide([(_CODE[c], c) for c in _CHARS])),
               widget(3, 650, "联系人：李明"), widget(4, 760, _TYPO_LINE), widget(4, 700, "江西省林业局"),
               widget(4, 670, "2026年2月10日")]
    return _pdf(objects)


def test_a_page_of_fields_after_a_page_of_text_is_read_in_its_place():
    result = lint_bytes(_two_page_form(), "a.pdf")
    assert result.error is None and result.lines == _LETTER, result.lines
    assert {"GW803", "GW806"} <= set(_codes(result))
    assert any("第 2 页没有文字层" in n for n in result.notes), result.notes
    assert any("第 1 页的表单域中另有填写的文字" in n and "没有读取" in n for n in result.notes), result.notes


def test_a_strict_file_gets_its_revised_copy(tmp_path):
    """The revised copy of a Strict file is written (as Transitional, which every Word opens), its fixes in place."""
    (tmp_path / "s.docx").write_bytes(strict(_rich()))
    proc = subprocess.run([*GWLINT, "check", "s.docx", "--format", "json", "--fix-docx", "f.docx", "--unsafe-fixes"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    revised = lint_bytes((tmp_path / "f.docx").read_bytes(), "f.docx")
    assert revised.error is None and "GW806" not in _codes(revised)
    assert "GW806" in _codes(lint_bytes(strict(_rich()), "s.docx"))

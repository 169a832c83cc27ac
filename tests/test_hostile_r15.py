"""Round 15 (h15b): line breaks inside words, tracked deletions of paragraph marks, 版头/版记 items split over
table cells, and PDFs whose text is vertical (竖排) or turned.

Every input is generated here: .txt bytes, .docx built from ``gwlint.docgen``'s clean draft with the body
replaced (tests/hostile_gen.py), PDFs drawn by hand with a mapped CID font (``hostile_gen.mapped_pdf``).
written by h15b (issue 15, round 15)
"""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from gwlint.api import inspect_bytes, lint_bytes
from tests.hostile_gen import _document_xml, _para, _pdf, _stream, _tounicode_wide, _with_document, clean_pdf, mapped_pdf

GWLINT = [sys.executable, "-m", "gwlint"]


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


def _hits(result, *codes: str) -> list[tuple[str, int, int, str]]:
    return [(f.code, f.line, f.column, f.excerpt) for f in result.findings if f.code in codes]


def _run(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(body: str) -> bytes:
    return _with_document(_document_xml(body))


# ---------------------------------------------------------------- a manual line break or a page break inside a word (.txt)

# Text copied out of Word keeps a manual line break (Shift+Enter) as a vertical tab and a page break as a form
# feed.  On screen both are a new line, not a character: the rules read the word through them, as the .docx
# reader reads through <w:br/>, and the finding points at the file's own columns.  Three drafts, three issuers.
_TXT_DRAFTS = {
    "province-dept": ("江西省林业局关于报送春季防火进展的通知\n各设区市林业局：\n"
                      "请于3月20日前报送截{b}止3月15日的工作进展。\n江西省林业局\n2026年2月10日\n",
                      ("GW803", "截{b}止")),
    "county-office": ("铅山县人民政府办公室关于做好秋冬季农田水利建设的通知\n各乡镇人民政府：\n"
                      "农田水利建设要统筹安排，其{b}它工作按原计划推进。\n铅山县人民政府办公室\n2026年10月8日\n",
                      ("GW803", "其{b}它")),
    "city-bureau": ("赣州市教育局关于开展校园安全隐患排查的通知\n各县（市、区）教育局：\n"
                    "各学校要在开学前完成排查，形成问题清单和整改台账。\n排查中发现的{b}的重大隐患要立即上报。\n"
                    "赣州市教育局\n2026年8月20日\n",
                    ("GW806", "的{b}的")),
}


@pytest.mark.parametrize("brk", ["\x0b", "\x0c", "\x0b\x0b", "\u2028", "\x85"])
@pytest.mark.parametrize("key", sorted(_TXT_DRAFTS))
def test_a_line_break_inside_a_word_in_text_is_read_through(key, brk):
    text, (code, excerpt) = _TXT_DRAFTS[key]
    clean = lint_bytes(text.format(b="").encode(), "a.txt")
    broken = lint_bytes(text.format(b=brk).encode(), "a.txt")
    assert _hits(clean, code) and _hits(clean, code)[0][3] == excerpt.format(b="")
    found = _hits(broken, code)
    assert [(c, line, col) for c, line, col, _ in found] == [(c, line, col) for c, line, col, _ in _hits(clean, code)]
    assert found[0][3] == excerpt.format(b=brk)  # the excerpt is the file's text, break and all
    assert "GW001" not in _codes(broken)  # a line break is meant: no warning as for invisible characters


def test_a_break_between_latin_words_reads_as_a_space_and_a_page_break_line_is_no_paragraph():
    from gwlint.readers import read_bytes
    from gwlint.visible import rules_view

    text = ("江西省林业局关于报送春季防火进展的通知\n各设区市林业局：\n请报送GPS\x0btrack数据，截至20\x0b26年3月。\n"
            "\x0c\n江西省林业局\n2026年2月10日\n")
    doc = read_bytes(text.encode(), "a.txt")
    assert [p.text for p in doc.paragraphs][3:] == ["江西省林业局", "2026年2月10日"]  # the \f line is gone
    view, _ = rules_view(doc)
    assert view.paragraphs[2].text == "请报送GPS track数据，截至2026年3月。"


def test_text_shows_what_the_rules_read_of_a_line_with_a_break(tmp_path):
    text, _ = _TXT_DRAFTS["province-dept"]
    (tmp_path / "a.txt").write_text(text.format(b="\x0b"), encoding="utf-8")
    proc = subprocess.run([*GWLINT, "text", "a.txt"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "规则读作：请于3月20日前报送截止3月15日的工作进展。" in proc.stdout and "手动换行符" in proc.stdout


def test_a_fix_through_a_break_keeps_the_other_characters(tmp_path):
    text, _ = _TXT_DRAFTS["city-bureau"]
    path = tmp_path / "a.txt"
    path.write_text(text.format(b="\x0c"), encoding="utf-8")
    subprocess.run([*GWLINT, "check", "a.txt", "--fix", "--unsafe-fixes"], capture_output=True, cwd=tmp_path, timeout=120)
    assert "排查中发现的\x0c重大隐患" in path.read_text(encoding="utf-8")  # one 的 gone, the page break kept


# ---------------------------------------------------------------- tracked deletion of a paragraph mark (.docx)

_TITLE = "江西省林业局关于报送春季防火进展的通知"


def _body(mid: str, title: str = _TITLE, to: str = "各设区市林业局：", sig: str = "江西省林业局") -> str:
    return _para(title) + _para(to) + mid + _para(sig) + _para("2026年2月10日")


def _gone(n: int) -> str:
    return f'<w:pPr><w:rPr><w:del w:id="{n}" w:author="起草人" w:date="2026-02-09T10:00:00Z"/></w:rPr></w:pPr>'


def _del(n: int, text: str) -> str:
    return f'<w:del w:id="{n}" w:author="起草人"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


_MERGED = {
    # a word split by the paragraph end the drafter deleted
    "word-over-mark": (_body(f"<w:p>{_gone(1)}{_r('请于3月20日前报送截')}</w:p>" + _run(_r("止3月15日的工作进展。"))),
                       "请于3月20日前报送截止3月15日的工作进展。", {"GW803"}),
    # a deletion from the middle of one paragraph into the next: the two halves are one sentence
    "sentence-over-mark": (_body(f"<w:p>{_gone(2)}{_r('各地要在清明前')}{_del(3, '完成林区巡查。')}</w:p>"
                                 + _run(_del(4, "另外，"), _r("报送的的巡查台账由县级汇总。")),
                                 title="上饶市林业局关于做好清明节森林防火工作的通知", to="各县（市、区）林业局：",
                                 sig="上饶市林业局"),
                           "各地要在清明前报送的的巡查台账由县级汇总。", {"GW806"}),
    # three paragraphs run together by two deleted marks, in a table cell
    "cell-two-marks": (_body("<w:tbl><w:tr><w:tc>" + f"<w:p>{_gone(5)}{_r('截')}</w:p><w:p>{_gone(6)}{_r('止')}</w:p>"
                             + _para("6月30日的进展") + "</w:tc><w:tc>" + _para("市林业局") + "</w:tc></w:tr></w:tbl>"),
                       "截止6月30日的进展", {"GW803"}),
}


@pytest.mark.parametrize("key", sorted(_MERGED))
def test_paragraphs_whose_mark_is_deleted_are_read_as_the_one_they_become(key):
    body, joined, codes = _MERGED[key]
    result = lint_bytes(_docx(body), "a.docx")
    assert result.error is None
    assert joined in result.lines, result.lines
    found = {f.code for f in result.findings if f.excerpt and f.line == result.lines.index(joined) + 1}
    assert codes <= found, result.findings


def test_a_whole_deleted_paragraph_leaves_its_neighbours_apart():
    mid = (_run(_r("各地要加强野外火源管控。")) + f"<w:p>{_gone(7)}{_del(8, '报送截止3月15日的的台账。')}</w:p>"
           + _run(_r("请各设区市林业局做好宣传。")))
    result = lint_bytes(_docx(_body(mid)), "a.docx")
    assert "各地要加强野外火源管控。" in result.lines and "请各设区市林业局做好宣传。" in result.lines
    assert not {"GW803", "GW806"} & set(_codes(result))


def test_a_deleted_mark_before_a_table_keeps_its_text_as_a_paragraph():
    mid = f"<w:p>{_gone(9)}{_r('请报送截止3月15日的进展。')}</w:p>" + "<w:tbl><w:tr><w:tc>" + _para("县别") + "</w:tc></w:tr></w:tbl>"
    result = lint_bytes(_docx(_body(mid)), "a.docx")
    assert "请报送截止3月15日的进展。" in result.lines and "GW803" in _codes(result)


def test_revisions_and_comments_on_a_joined_paragraph_land_on_its_characters(tmp_path):
    body, _, _ = _MERGED["word-over-mark"]
    (tmp_path / "a.docx").write_bytes(_docx(body))
    proc = subprocess.run([*GWLINT, "check", "a.docx", "--select", "GW803,GW106", "--annotate", "b.docx",
                           "--fix-docx", "b.docx", "--unsafe-fixes"], capture_output=True, cwd=tmp_path, timeout=180)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr.decode()
    assert "1 处修订" in proc.stderr.decode() + proc.stdout.decode()
    revised = lint_bytes((tmp_path / "b.docx").read_bytes(), "b.docx")
    assert "请于3月20日前报送截至3月15日的工作进展。" in revised.lines  # the revision, accepted, reads right
    assert "GW803" not in _codes(revised)
    with zipfile.ZipFile(tmp_path / "b.docx") as z:
        assert "[GW106]" in z.read("word/comments.xml").decode()


# ---------------------------------------------------------------- 版记 and 版头 items split over table cells

def _cells(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_para(c)}</w:tc>" for c in row) + "</w:tr>"
                               for row in rows) + "</w:tbl>"


_BANJI = {
    # 印发机关 | 印发日期
    "two-cells": (_body(_run(_r("各地要加强野外火源管控。")))
                  + _cells(["抄送：省应急管理厅，省气象局。"], ["江西省林业局办公室", "2026年2月10日印发"]),
                  "江西省林业局办公室", "2026-02-10", ["省应急管理厅", "省气象局"]),
    # 抄送： | list, and 印发机关 | date | 印发
    "three-cells": (_body(_run(_r("各县（市、区）要落实学校安全责任。")), title="赣州市教育局关于开展校园安全隐患排查的通知",
                          to="各县（市、区）教育局：", sig="赣州市教育局")
                    + _cells(["抄送：", "市应急管理局，市公安局。"], ["赣州市教育局办公室", "2026年8月20日", "印发"]),
                    "赣州市教育局办公室", "2026-08-20", ["市应急管理局", "市公安局"]),
    # a county office's 版记 with 抄报 and the printer split, blank cell between
    "blank-cell": (_body(_run(_r("各乡镇要统筹安排农田水利建设。")), title="铅山县人民政府办公室关于做好秋冬季农田水利建设的通知",
                         to="各乡镇人民政府：", sig="铅山县人民政府办公室")
                   + _cells(["抄报：", "上饶市人民政府办公室。", ""], ["铅山县人民政府办公室", "", "2026年10月8日印发"]),
                   "铅山县人民政府办公室", "2026-10-08", ["上饶市人民政府办公室"]),
}


@pytest.mark.parametrize("key", sorted(_BANJI))
def test_a_banji_typed_into_table_cells_is_found(key):
    body, printer, date, cc = _BANJI[key]
    st = inspect_bytes(_docx(body), "a.docx", limits=None).structure
    assert st.printer is not None and st.printer.text == printer
    assert st.print_date is not None and st.print_date.isoformat() == date
    assert st.cc_list == cc
    assert st.date is not None and st.signature is not None  # the 落款 above is still the 落款


def test_a_data_table_ending_the_text_holds_no_banji():
    body = _body(_run(_r("各地要加强野外火源管控。"))) + _cells(["县别", "完成时间", "状态"], ["铅山县", "2026年2月10日", "印发"])
    st = inspect_bytes(_docx(body), "a.docx", limits=None).structure
    assert st.printer is None and st.print_date is None  # a row of a data table: 印发 in a cell of its own


@pytest.mark.parametrize("row", [["赣林字〔2026〕7号", "签发人：", "张三"], ["赣林字〔2026〕7号", "签发人", "张三　李四"]])
def test_a_signer_split_from_its_label_in_a_head_table_is_found(row):
    body = _cells(row) + _body(_run(_r("各地要加强野外火源管控。")))
    st = inspect_bytes(_docx(body), "a.docx", limits=None).structure
    assert st.doc_number is not None and st.signer is not None and st.signer.text == row[2]


# ---------------------------------------------------------------- vertical and turned PDFs

_LINES = ["江西省林业局关于报送春季防火进展的通知", "各设区市林业局：", "请于3月20日前报送截止3月15日的的工作进展。",
          "江西省林业局", "2026年2月10日"]


def _columns_pdf(lines: list[str], size: int = 16, pitch: int = 30) -> bytes:
    """竖排: one glyph under another, columns from right to left (how a 竖排 notice or a 横幅 is exported)."""
    placed, x = [], 540
    for t in lines:
        y = 800
        for ch in t:
            if y < 60:
                x, y = x - pitch, 800
            placed.append((x, y, ch))
            y -= size + 2
        x -= pitch
    return mapped_pdf(placed, size)


def _font_pdf(body: bytes, chars: str, encoding: bytes = b"Identity-H", extra: bytes = b"") -> bytes:
    code = {ch: i + 1 for i, ch in enumerate(dict.fromkeys(chars))}
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /" + encoding
            + b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
    desc = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /DW 1000 " + extra + b">>")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 _stream(body), font, desc, _stream(_tounicode_wide([(c, ch) for ch, c in code.items()]))])


def _hex(t: str, chars: str) -> bytes:
    code = {ch: i + 1 for i, ch in enumerate(dict.fromkeys(chars))}
    return b"".join(b"%04X" % code[c] for c in t)


def _vertical_font_pdf(lines: list[str]) -> bytes:
    """The same text in a vertical CJK font (Identity-V): each string runs down the page by itself."""
    chars = "".join(lines)
    body = b"".join(b"BT /F1 16 Tf %d 800 Td <%s> Tj ET\n" % (540 - 30 * i, _hex(t, chars)) for i, t in enumerate(lines))
    return _font_pdf(body, chars, b"Identity-V", b"/DW2 [880 -1000] ")


def _turned_pdf(lines: list[str]) -> bytes:
    """Every line drawn turned a quarter (the text matrix rotates it) on an upright page."""
    chars = "".join(lines)
    body = b"".join(b"BT /F1 16 Tf 0 1 -1 0 %d 80 Tm <%s> Tj ET\n" % (500 - 30 * i, _hex(t, chars))
                    for i, t in enumerate(lines))
    return _font_pdf(body, chars)


@pytest.mark.parametrize("make", [_columns_pdf, _vertical_font_pdf, _turned_pdf])
def test_a_pdf_in_vertical_or_turned_text_is_told_so_never_garbled_or_clean(make):
    result = lint_bytes(make(_LINES), "a.pdf")
    assert _codes(result) == ["GW002"]
    assert "竖排" in result.error and "乱码" not in result.error and "没有提取到" not in result.error


def _two_pages(first: list[tuple[int, int, str]], second: list[tuple[int, int, str]], size: int = 16,
               scan: bool = False) -> bytes:
    """A page of horizontal text, a page of ``second`` and, with ``scan``, a third page that is only a picture."""
    chars = "".join(t for _, _, t in first + second)
    code = {ch: i + 1 for i, ch in enumerate(dict.fromkeys(chars))}

    def content(placed):
        return _stream(b"".join(b"BT /F1 %d Tf %d %d Td <%s> Tj ET\n" % (size, x, y, b"".join(b"%04X" % code[c] for c in t))
                                for x, y, t in placed))

    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 6 0 R >> >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R 4 0 R%s] /Count %d >>" % ((b" 10 0 R", 3) if scan else (b"", 2)),
               page % 5, page % 9, content(first),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts [7 0 R] "
               b"/ToUnicode 8 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
               _stream(_tounicode_wide([(c, ch) for ch, c in code.items()])), content(second)]
    if scan:
        raw = bytes((i * 7) & 0xFF for i in range(200 * 300))
        objects += [page % 11, _stream(b"q 500 0 0 700 40 70 cm BI /W 200 /H 300 /BPC 8 /CS /G ID " + raw + b" EI Q")]
    return _pdf(objects)


def test_one_vertical_page_among_horizontal_ones_is_named_and_the_rest_checked():
    first = [(140, 760, _LINES[0]), (80, 720, _LINES[1]), (112, 690, _LINES[2]), (400, 600, _LINES[3]),
             (400, 570, _LINES[4])]
    banner = "坚持预防为主积极消灭的方针全面落实森林防火责任制"  # a 竖排 banner on page 2
    second = [(540 - 30 * (i // 12), 800 - 18 * (i % 12), ch) for i, ch in enumerate(banner)]
    result = lint_bytes(_two_pages(first, second), "a.pdf")
    assert result.error is None
    gw002 = [f for f in result.findings if f.code == "GW002"]
    assert len(gw002) == 1 and "第 2 页" in gw002[0].message and "竖排" in gw002[0].message
    assert {"GW803", "GW806"} <= set(_codes(result))  # page 1 was checked
    # with a scanned page after it, each page is told for what it is
    mixed = lint_bytes(_two_pages(first, second, scan=True), "a.pdf")
    told = [f.message for f in mixed.findings if f.code == "GW002"]
    assert len(told) == 1 and "第 2 页的文字是竖排" in told[0] and "第 3 页没有文字层" in told[0], told


# near misses: horizontal text on a tight grid (a glyph right under a glyph on every line), and short lines
@pytest.mark.parametrize("pitch", [17, 20, 28])
def test_horizontal_text_on_a_tight_grid_is_read_as_lines(pitch):
    rows = ["各地林业部门要落实巡山护林制度加强火源管控严", "防春季森林火灾发生请于3月20日前报送截止3月", "15日的工作进展江西省林业局二〇二六年二月"]
    placed = [(60, 780 - pitch * i, t) for i, t in enumerate(rows * 4)]
    result = lint_bytes(mapped_pdf(placed, 16), "a.pdf")
    assert "GW002" not in _codes(result) and result.error is None
    assert "竖排" not in " ".join(f.message for f in result.findings)


def test_a_clean_pdf_is_not_sideways():
    result = lint_bytes(clean_pdf(), "a.pdf")
    assert result.error is None and "GW002" not in _codes(result)


# ---------------------------------------------------------------- automatic numbering (.docx)

# Word draws the 层次序号 of a numbered list: the text holds none.  The rules read what the drafter sees.
_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="H1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf06c"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""
_STYLES_H1 = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H1b"><w:name w:val="正文标题"/><w:basedOn w:val="H1"/></w:style>')


def _numbered_docx(body: str) -> bytes:
    from tests.hostile_gen import _parts, _zip, clean_docx

    parts = _parts(clean_docx())
    parts["word/document.xml"] = _document_xml(body)
    parts["word/numbering.xml"] = _NUMBERING.encode()
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"</w:styles>", _STYLES_H1.encode() + b"</w:styles>")
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdN9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/numbering" Target="numbering.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.numbering+xml"/></Types>')
    return _zip(parts)


def _np(text: str, num: str | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + f'<w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_r(text)}</w:p>"


_NUMBERED = {
    # levels by numPr on each paragraph (a county office's notice)
    "direct": (_para("铅山县人民政府办公室关于做好秋冬季农田水利建设的通知") + _para("各乡镇人民政府：")
               + _para("为做好今冬明春农田水利建设，现将有关事项通知如下。")
               + _np("统筹安排", "1", 0) + _np("摸清底数", "1", 1) + _np("各乡镇要完成渠道清淤。", "1", 2)
               + _np("各乡镇要完成塘坝整修。", "1", 2) + _np("压实责任", "1", 1) + _np("加强督导", "1", 0)
               + _para("铅山县人民政府办公室") + _para("2026年10月8日"),
               ["一、统筹安排", "（一）摸清底数", "1．各乡镇要完成渠道清淤。", "2．各乡镇要完成塘坝整修。", "（二）压实责任",
                "二、加强督导"]),
    # headings numbered through their style (and a style based on it), items by another list
    "styles": (_para("赣州市教育局关于开展校园安全隐患排查的通知") + _para("各县（市、区）教育局：")
               + _np("排查范围", style="H1") + _np("各学校要排查消防通道。", "3") + _np("各学校要排查食堂。", "3")
               + _np("工作要求", style="H1b") + _np("各县区要在9月底前完成排查。", "4")
               + _para("赣州市教育局") + _para("2026年8月20日"),
               ["一、排查范围", "1.各学校要排查消防通道。", "2.各学校要排查食堂。", "二、工作要求",
                "1.各县区要在9月底前完成排查。"]),
}


@pytest.mark.parametrize("key", sorted(_NUMBERED))
def test_automatic_numbers_are_read_before_the_text(key):
    body, want = _NUMBERED[key]
    result = lint_bytes(_numbered_docx(body), "a.docx")
    assert result.error is None
    assert [line for line in result.lines if line in want] == want, result.lines


def test_numbered_headings_are_headings_to_the_structure():
    body, _ = _NUMBERED["direct"]
    st = inspect_bytes(_numbered_docx(body), "a.docx", limits=None).structure
    got = [(h.marker, h.level, h.number, h.title) for h in st.headings]
    assert got == [("一、", 1, 1, "统筹安排"), ("（一）", 2, 1, "摸清底数"), ("1．", 3, 1, "各乡镇要完成渠道清淤"),
                   ("2．", 3, 2, "各乡镇要完成塘坝整修"), ("（二）", 2, 2, "压实责任"), ("二、", 1, 2, "加强督导")], got


def test_a_half_width_point_in_a_list_number_is_reported_and_commented_not_rewritten(tmp_path):
    body, _ = _NUMBERED["styles"]
    (tmp_path / "a.docx").write_bytes(_numbered_docx(body))
    proc = subprocess.run([*GWLINT, "check", "a.docx", "--format", "json", "--fix-docx", "b.docx", "--unsafe-fixes"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    revised = lint_bytes((tmp_path / "b.docx").read_bytes(), "b.docx")
    assert "1.各学校要排查消防通道。" in revised.lines  # the number is Word's: no revision was written into a run


# near misses: bullets, numbering switched off, a list without definitions
@pytest.mark.parametrize("para", [_np("各学校要排查消防通道。", "2"), _np("各学校要排查消防通道。", "0"),
                                  _np("各学校要排查消防通道。", "9")])
def test_bullets_and_lists_without_a_number_add_nothing(para):
    body = _para("赣州市教育局关于开展校园安全隐患排查的通知") + para + _para("赣州市教育局") + _para("2026年8月20日")
    result = lint_bytes(_numbered_docx(body), "a.docx")
    assert "各学校要排查消防通道。" in result.lines


def test_a_numbered_paragraph_written_twice_for_a_text_box_or_in_a_deleted_row_is_counted_once():
    box = (f'<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           f'<mc:Choice Requires="wps"><w:drawing><w:txbxContent>{_np("统筹安排", "1", 0)}</w:txbxContent></w:drawing>'
           f'</mc:Choice><mc:Fallback><w:pict><w:txbxContent>{_np("统筹安排", "1", 0)}</w:txbxContent></w:pict>'
           f'</mc:Fallback></mc:AlternateContent></w:r></w:p>')
    gone = ('<w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="起草人"/></w:trPr><w:tc>' + _np("删去的措施", "1", 0)
            + "</w:tc></w:tr></w:tbl>")
    body = (_para("铅山县人民政府办公室关于做好秋冬季农田水利建设的通知") + _para("各乡镇人民政府：") + box + gone
            + _np("压实责任", "1", 0) + _para("铅山县人民政府办公室") + _para("2026年10月8日"))
    result = lint_bytes(_numbered_docx(body), "a.docx")
    assert "一、统筹安排" in result.lines and "二、压实责任" in result.lines, result.lines


def test_a_revision_in_a_cell_joined_over_a_deleted_mark_lands_on_its_characters(tmp_path):
    body, _, _ = _MERGED["cell-two-marks"]
    (tmp_path / "a.docx").write_bytes(_docx(body))
    proc = subprocess.run([*GWLINT, "check", "a.docx", "--select", "GW803", "--fix-docx", "b.docx", "--unsafe-fixes"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    revised = lint_bytes((tmp_path / "b.docx").read_bytes(), "b.docx")
    assert "截至6月30日的进展" in revised.lines, revised.lines

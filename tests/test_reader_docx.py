""".docx reader: real files written by gwlint.docgen.docx and by python-docx + lxml,
read back through the dispatcher (gwlint.readers.read_bytes)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from gwlint.docgen import Block, parse_marked, plain_text
from gwlint.docgen.docx import split_title, write_docx
from gwlint.model import ReadError
from gwlint.readers import read_bytes
from gwlint.readers.docx import read_docx

DATA = Path(__file__).resolve().parent / "data"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

NOTICE = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅发〔2026〕5号
@title 江西省人民政府办公厅关于进一步精简文件减轻基层负担推进高质量发展的通知
@recipients 各市、县（区）人民政府，省政府各部门：
为深入贯彻落实中央关于整治形式主义为基层减负的部署要求，经省政府同意，现就有关事项通知如下。
@heading1 一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，切实减少文件数量、压缩文件篇幅。
@heading2 （一）严控发文数量。
凡是法律法规已作规定的，一律不再发文。
@heading3 1.从严审核。
各地区各部门要建立发文审核把关机制，严格控制发文规格。
@heading1 二、责任分工
@table 序号|任务|责任单位
@table 1|精简文件|省政府办公厅
@table 2|减轻负担|
@attachment_note 附件：责任分工表
@signature 江西省人民政府办公厅
@date 2026年1月5日
@note （此件公开发布）
@page_break
@attachment_label 附件
@attachment_title 责任分工表
经研究，现将责任分工明确如下。
@cc 抄送：省委各部门。
@printer 江西省人民政府办公厅 2026年1月5日印发
"""


def _bytes_of(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _draft(blocks, **overrides) -> bytes:
    buf = io.BytesIO()
    write_docx(blocks, buf, overrides=overrides or None)
    return buf.getvalue()


def _xml(fragment: str):
    """Parse one WordprocessingML fragment written out as XML text."""
    return etree.fromstring(_with_ns(fragment))


def _with_ns(fragment: str) -> str:
    # Put the namespace declarations on the fragment's first element.
    head, sep, rest = fragment.partition(">")
    if head.endswith("/"):
        return f"{head[:-1]} {NSDECL}/>{rest}"
    return f"{head} {NSDECL}>{rest}"


def _paragraph(document, inner_xml: str, ppr: str = ""):
    """Append a w:p built from raw XML (runs, w:ins, w:del ...) to the body."""
    p = _xml(f"<w:p>{ppr}{inner_xml}</w:p>")
    document.element.body.insert(len(document.element.body) - 1, p)  # before the final w:sectPr
    return p


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _rewrite(data: bytes, name: str, content: bytes | None) -> bytes:
    """The same package with member ``name`` replaced (None: removed)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == name:
                if content is not None:
                    dst.writestr(info.filename, content)
            else:
                dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


# ---------------------------------------------------------------------------
# a whole draft written by docgen


@pytest.fixture(scope="module")
def notice():
    blocks = parse_marked(NOTICE)
    data = _draft(blocks)
    return blocks, data, read_bytes(data, "通知.docx")


def test_paragraphs_equal_plain_text(notice):
    blocks, _, doc = notice
    assert _texts(doc) == plain_text(blocks).splitlines()
    assert doc.format == "docx"
    assert [p.line for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))


def test_two_line_title_is_one_paragraph(notice):
    blocks, data, doc = notice
    title = next(b.text for b in blocks if b.role == "title")
    assert len(split_title(title, 20)) == 2
    # The title really is written on two lines (a manual break inside one paragraph).
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    first, second = split_title(title, 20)
    assert f"<w:t>{first}</w:t><w:br/><w:t>{second}</w:t>" in xml
    assert doc.paragraphs[2].text == title


def test_table_cells_in_reading_order(notice):
    _, _, doc = notice
    cells = [(p.text, p.table) for p in doc.paragraphs if p.kind == "table_cell"]
    assert cells == [
        ("序号", (1, 1, 1)), ("任务", (1, 1, 2)), ("责任单位", (1, 1, 3)),
        ("1", (1, 2, 1)), ("精简文件", (1, 2, 2)), ("省政府办公厅", (1, 2, 3)),
        ("2", (1, 3, 1)), ("减轻负担", (1, 3, 2)),
    ]
    before = doc.paragraphs[[p.kind for p in doc.paragraphs].index("table_cell") - 1]
    assert before.text == "二、责任分工" and before.kind == "body" and before.table is None
    # A python-docx _Cell is the handle of a cell, a python-docx Paragraph of the rest.
    cell = next(p for p in doc.paragraphs if p.kind == "table_cell")
    assert type(cell.source).__name__ == "_Cell" and cell.source.text == "序号"
    assert doc.paragraphs[0].source.text == "江西省人民政府办公厅文件"


def test_source_index_counts_empty_paragraphs_and_cells(notice):
    _, _, doc = notice
    idx = {p.text: p.source_index for p in doc.paragraphs}
    # The empty cell (row 3, column 3) counts; the page-break paragraph counts.
    assert idx["减轻负担"] + 2 == idx["附件：责任分工表"]
    assert idx["（此件公开发布）"] + 2 == idx["附件"]
    assert idx["江西省人民政府办公厅文件"] == 1


def test_styles_of_generated_draft(notice):
    _, _, doc = notice
    by_text = {p.text: p.style for p in doc.paragraphs}
    body = by_text["凡是法律法规已作规定的，一律不再发文。"]
    assert (body.font_east_asia, body.font_ascii, body.size_pt) == ("仿宋_GB2312", "Times New Roman", 16.0)
    assert body.first_line_indent_pt == 32.0 and body.alignment == "justify" and body.bold is False
    assert body.runs == [(0, 19, "仿宋_GB2312", 16.0)]
    title = doc.paragraphs[2].style
    assert (title.font_east_asia, title.size_pt, title.alignment) == ("方正小标宋简体", 22.0, "center")
    assert title.first_line_indent_pt == 0.0
    assert by_text["一、总体要求"].font_east_asia == "黑体"
    assert by_text["（一）严控发文数量。"].font_east_asia == "楷体_GB2312"
    assert by_text["1.从严审核。"].font_east_asia == "仿宋_GB2312"
    assert by_text["江西省人民政府办公厅文件"].alignment == "center"
    assert by_text["2026年1月5日"].alignment == "right"
    assert by_text["各市、县（区）人民政府，省政府各部门："].alignment == "left"
    assert by_text["附件"].font_east_asia == "黑体"
    assert by_text["责任分工表"].size_pt == 22.0
    assert by_text["抄送：省委各部门。"].size_pt == 14.0
    assert by_text["精简文件"].size_pt == 14.0 and by_text["精简文件"].font_east_asia == "仿宋_GB2312"


def test_page_setup_and_footer(notice):
    _, _, doc = notice
    assert len(doc.page_setup) == 1
    ps = doc.page_setup[0]
    assert (ps.width_mm, ps.height_mm) == (210.0, 297.0)
    assert (ps.top_mm, ps.left_mm, ps.bottom_mm, ps.right_mm) == (37.0, 28.0, 35.0, 26.0)
    assert doc.footers == ["\u2014 {PAGE} \u2014"]
    assert doc.headers == [] and doc.footnotes == []
    assert not any("PAGE" in p.text or "\u2014 1 \u2014" in p.text for p in doc.paragraphs)


def test_overrides_produce_deviating_draft():
    blocks = [Block("title", "关于测试的通知"), Block("body", "正文内容。"), Block("heading1", "一、要求")]
    data = _draft(blocks, top_margin_mm=30, body_font="宋体", body_size_pt=14,
                  roles={"heading1": {"font": "宋体", "bold": True}}, page_number=False)
    doc = read_bytes(data, "x.docx")
    assert doc.page_setup[0].top_mm == 30.0
    body = doc.paragraphs[1].style
    assert (body.font_east_asia, body.size_pt, body.first_line_indent_pt) == ("宋体", 14.0, 28.0)
    assert doc.paragraphs[2].style.bold is True and doc.paragraphs[2].style.font_east_asia == "宋体"
    assert doc.footers == []
    with pytest.raises(ValueError):
        _draft(blocks, top_margin=30)


def test_split_title_keeps_punctuation_and_balance():
    lines = split_title("江西省人民政府办公厅关于印发《江西省精简文件减轻基层负担实施方案》的通知", 20)
    assert "".join(lines) == "江西省人民政府办公厅关于印发《江西省精简文件减轻基层负担实施方案》的通知"
    assert all(len(x) <= 20 for x in lines)
    assert not any(x[0] in "，。》）" or x[-1] in "《（" for x in lines)
    assert split_title("关于测试的通知", 20) == ["关于测试的通知"]


# ---------------------------------------------------------------------------
# tricky documents built with python-docx and raw XML


def test_tracked_changes_accepted():
    d = docx.Document()
    _paragraph(d, _run("关于")
               + f'<w:ins w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z">{_run("进一步")}</w:ins>'
               + '<w:del w:id="2" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>'
               + _run("加强")
               + '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>挪走</w:t></w:r></w:moveFrom>'
               + f'<w:moveTo w:id="4" w:author="a">{_run("文件")}</w:moveTo>'
               + _run("管理"))
    # A paragraph whose whole text was deleted disappears but keeps its index.
    _paragraph(d, '<w:del w:id="5" w:author="a"><w:r><w:delText>整段删除</w:delText></w:r></w:del>')
    _paragraph(d, _run("最后一段"))
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["关于进一步加强文件管理", "最后一段"]
    assert [p.source_index for p in doc.paragraphs] == [1, 3]


def test_hyperlink_smarttag_content_controls_and_fields():
    d = docx.Document()
    _paragraph(d, _run("详见")
               + f'<w:hyperlink r:id="rId99">{_run("中国政府网")}</w:hyperlink>'
               + f'<w:smartTag w:uri="u" w:element="e">{_run("通知")}</w:smartTag>'
               + f'<w:sdt><w:sdtPr/><w:sdtContent>{_run("（控件）")}</w:sdtContent></w:sdt>')
    # Block-level content control around a paragraph.
    sdt = _xml(f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{_run('控件中的段落')}</w:p></w:sdtContent></w:sdt>")
    d.element.body.insert(len(d.element.body) - 1, sdt)
    # A complex field: the code is not text, the cached result is.
    _paragraph(d, _run("共")
               + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               + '<w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
               + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("3")
               + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _run("页"))
    # Hidden text is not shown.
    _paragraph(d, _run("可见") + _run("隐藏", "<w:rPr><w:vanish/></w:rPr>") + _run("文字"))
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["详见中国政府网通知（控件）", "控件中的段落", "共3页", "可见文字"]


def test_breaks_tabs_and_spaces():
    d = docx.Document()
    _paragraph(d, '<w:r><w:t>江西省人民政府关于</w:t><w:br/><w:t>做好防汛工作的通知</w:t></w:r>')
    _paragraph(d, '<w:r><w:t>Microsoft Word</w:t><w:br/><w:t>2016</w:t><w:cr/><w:t>版</w:t></w:r>')
    _paragraph(d, '<w:r><w:t>附件：</w:t><w:tab/><w:t>1.名单</w:t></w:r>')
    _paragraph(d, '<w:r><w:t xml:space="preserve">\u3000\u3000 正文 </w:t></w:r>')
    _paragraph(d, '<w:r><w:br w:type="page"/></w:r>')
    _paragraph(d, '<w:r><w:t>第一页</w:t><w:br w:type="page"/><w:t>第二页</w:t></w:r>')
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["江西省人民政府关于做好防汛工作的通知", "Microsoft Word 2016版", "附件： 1.名单",
                           "正文", "第一页第二页"]
    assert [p.source_index for p in doc.paragraphs] == [1, 2, 3, 4, 6]


def test_break_inside_a_number_joins_the_digits():
    # a title broken by hand (or by gwlint.docgen's balanced title lines) in the middle of a year:
    # the .txt and .pdf readings have 2026 whole, so must the .docx one (GW804 read "26年" as a short year)
    d = docx.Document()
    _paragraph(d, '<w:r><w:t>关于申报20</w:t><w:br/><w:t>26年上半年培训补贴的通知</w:t></w:r>')
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["关于申报2026年上半年培训补贴的通知"]


def test_text_box_emitted_once_before_anchor():
    box = (
        '<w:txbxContent><w:p><w:r><w:t>江西省人民政府文件</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>第二行</w:t></w:r></w:p></w:txbxContent>'
    )
    alt = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
    )
    d = docx.Document()
    _paragraph(d, _run("文首") + alt + _run("锚定段落"))
    # VML only (older Word / WPS): no AlternateContent.
    _paragraph(d, f'<w:r><w:pict><v:shape><v:textbox>{box.replace("第二行", "旧式文本框")}</v:textbox>'
                  '</v:shape></w:pict></w:r>')
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["江西省人民政府文件", "第二行", "文首锚定段落", "江西省人民政府文件", "旧式文本框"]
    assert [p.source_index for p in doc.paragraphs] == [1, 2, 3, 4, 5]
    assert all(p.kind == "body" for p in doc.paragraphs)


def test_merged_and_multi_paragraph_cells_and_nested_table():
    d = docx.Document()
    d.add_paragraph("表前")
    t = d.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            t.cell(r, c).text = f"{r + 1}-{c + 1}"
    a = t.cell(0, 0).merge(t.cell(0, 1))       # horizontal span: one w:tc
    a.text = "合并横向"
    b = t.cell(1, 2).merge(t.cell(2, 2))       # vertical span: a continuation w:tc
    b.text = "合并纵向"
    cell = t.cell(1, 0)
    cell.text = "第一段。"
    cell.add_paragraph("第二段")
    cell.add_paragraph("third")
    cell.add_paragraph("")
    inner = t.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "内表甲"
    inner.cell(0, 1).text = "内表乙"
    d.add_paragraph("表后")
    t2 = d.add_table(rows=1, cols=1)
    t2.cell(0, 0).text = "第二张表"
    doc = read_bytes(_bytes_of(d), "t.docx")
    got = [(p.text, p.kind, p.table) for p in doc.paragraphs]
    assert got == [
        ("表前", "body", None),
        ("合并横向", "table_cell", (1, 1, 1)),
        ("1-3", "table_cell", (1, 1, 3)),
        ("第一段。第二段 third", "table_cell", (1, 2, 1)),
        ("2-2", "table_cell", (1, 2, 2)),
        ("合并纵向", "table_cell", (1, 2, 3)),
        ("3-1", "table_cell", (1, 3, 1)),
        ("内表甲", "table_cell", (2, 1, 1)),
        ("内表乙", "table_cell", (2, 1, 2)),
        ("3-2", "table_cell", (1, 3, 2)),
        ("表后", "body", None),
        ("第二张表", "table_cell", (3, 1, 1)),
    ]
    assert [p.source_index for p in doc.paragraphs] == list(range(1, 13))
    merged = doc.paragraphs[1].source
    assert merged.text == "合并横向"
    spans = doc.paragraphs[3].style.runs
    assert spans[0][0] == 0 and spans[-1][1] == len("第一段。第二段 third")


def _add_style_xml(d, xml: str) -> None:
    d.styles.element.append(_xml(xml))


def test_style_inherited_fonts_indent_and_alignment():
    d = docx.Document()
    _add_style_xml(d, '<w:style w:type="paragraph" w:styleId="GwBase"><w:name w:val="gw base"/>'
                      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
                      '</w:style>')
    _add_style_xml(d, '<w:style w:type="paragraph" w:styleId="GwBody"><w:name w:val="gw body"/>'
                      '<w:basedOn w:val="GwBase"/><w:pPr><w:ind w:firstLineChars="200"/><w:jc w:val="both"/></w:pPr>'
                      '</w:style>')
    _add_style_xml(d, '<w:style w:type="character" w:styleId="GwStrong"><w:name w:val="gw strong"/>'
                      '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>')
    _paragraph(d, _run("正文靠样式继承字体。"), '<w:pPr><w:pStyle w:val="GwBody"/></w:pPr>')
    _paragraph(d, _run("一、") + _run("标题", '<w:rPr><w:rStyle w:val="GwStrong"/></w:rPr>') + _run("结尾内容"),
               '<w:pPr><w:pStyle w:val="GwBody"/><w:jc w:val="center"/></w:pPr>')
    # Direct twips indent and a size given on the run only.
    _paragraph(d, _run("直接格式", '<w:rPr><w:sz w:val="28"/></w:rPr>'),
               '<w:pPr><w:pStyle w:val="GwBase"/><w:ind w:firstLine="560"/></w:pPr>')
    doc = read_bytes(_bytes_of(d), "t.docx")
    s1, s2, s3 = (p.style for p in doc.paragraphs)
    assert (s1.font_east_asia, s1.font_ascii, s1.size_pt) == ("仿宋_GB2312", "Times New Roman", 16.0)
    assert (s1.alignment, s1.first_line_indent_pt) == ("justify", 32.0)
    assert s2.alignment == "center" and s2.font_east_asia == "仿宋_GB2312"
    assert s2.runs == [(0, 2, "仿宋_GB2312", 16.0), (2, 4, "黑体", 16.0), (4, 8, "仿宋_GB2312", 16.0)]
    assert s2.bold is False
    assert (s3.size_pt, s3.first_line_indent_pt, s3.alignment) == (14.0, 28.0, "left")


def test_theme_fonts_follow_theme_language():
    d = docx.Document()  # docDefaults: eastAsiaTheme="minorEastAsia", asciiTheme="minorHAnsi"
    d.add_paragraph("主题字体")
    data = _bytes_of(d)
    # The template's theme language is ja-JP: Word shows the Japanese theme face.
    doc = read_bytes(data, "t.docx")
    assert doc.paragraphs[0].style.font_east_asia == "ＭＳ 明朝"
    assert doc.paragraphs[0].style.font_ascii == "Cambria"
    assert doc.paragraphs[0].style.size_pt == 11.0
    # A Chinese Word writes zh-CN: the simplified-Chinese theme face.
    for tfl in d.settings.element.iter(qn("w:themeFontLang")):
        tfl.set(qn("w:eastAsia"), "zh-CN")
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert doc.paragraphs[0].style.font_east_asia == "宋体"
    # A theme with an explicit East Asian face and a major-font reference on a run.
    theme = zipfile.ZipFile(io.BytesIO(data)).read("word/theme/theme1.xml")
    theme = theme.replace(b'<a:ea typeface=""/>', '<a:ea typeface="仿宋"/>'.encode(), 2)
    d2 = docx.Document(io.BytesIO(_rewrite(data, "word/theme/theme1.xml", theme)))
    for tfl in d2.settings.element.iter(qn("w:themeFontLang")):
        del tfl.attrib[qn("w:eastAsia")]
    _paragraph(d2, _run("标题", '<w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:eastAsia="宋体"/></w:rPr>'))
    doc = read_bytes(_bytes_of(d2), "t.docx")
    assert [p.style.font_east_asia for p in doc.paragraphs] == ["仿宋", "仿宋"]


def test_headers_footers_footnotes_are_not_body():
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("正文一段")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "内部资料"
    footer_p = sec.footer.paragraphs[0]
    footer_p._p.append(_xml('<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>'))
    notes = (
        f'<w:footnotes {NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 脚注内容。</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>'
    ).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, notes, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert _texts(doc) == ["正文一段"]
    assert doc.headers == ["内部资料"]
    assert doc.footers == ["{PAGE}"]
    assert doc.footnotes == ["脚注内容。"]


def test_page_setup_per_section():
    d = docx.Document()
    d.add_paragraph("第一节")
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.top_margin = Mm(20)
    d.add_paragraph("第二节（横向表格页）")
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert [(p.width_mm, p.height_mm, p.top_mm) for p in doc.page_setup] == [(210.0, 297.0, 37.0),
                                                                             (297.0, 210.0, 20.0)]
    assert doc.page_setup[0].left_mm == 28.0
    assert _texts(doc) == ["第一节", "第二节（横向表格页）"]


def test_macro_enabled_content_type_is_read():
    data = _draft([Block("body", "启用宏的文档。")])
    ct = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    ct = ct.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
    doc = read_bytes(_rewrite(data, "[Content_Types].xml", ct), "t.docm.docx")
    assert _texts(doc) == ["启用宏的文档。"]


# ---------------------------------------------------------------------------
# bad inputs: always a ReadError with advice, never a traceback


@pytest.fixture(scope="module")
def small_docx() -> bytes:
    return _draft([Block("title", "关于测试的通知"), Block("body", "正文。")])


def _read_error(data: bytes, name: str = "bad.docx") -> ReadError:
    with pytest.raises(ReadError) as info:
        read_bytes(data, name)
    return info.value


def test_truncated_docx(small_docx):
    err = _read_error(small_docx[: len(small_docx) // 2])
    assert "损坏" in err.message and "另存为" in err.message


def test_zip_without_document_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "不是 Word 文档" in _read_error(buf.getvalue()).message
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", "<Relationships/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert "Excel" in _read_error(buf.getvalue()).message


def test_document_xml_missing_from_real_docx(small_docx):
    err = _read_error(_rewrite(small_docx, "word/document.xml", None))
    assert err.message and "Traceback" not in err.message


def test_malformed_document_xml(small_docx):
    xml = zipfile.ZipFile(io.BytesIO(small_docx)).read("word/document.xml")
    broken = xml.replace(b"</w:body>", b"</w:bod>")
    err = _read_error(_rewrite(small_docx, "word/document.xml", broken))
    assert "word/document.xml" in err.message and "XML" in err.message and "修复" in err.message


def test_malformed_styles_xml(small_docx):
    styles = zipfile.ZipFile(io.BytesIO(small_docx)).read("word/styles.xml")
    err = _read_error(_rewrite(small_docx, "word/styles.xml", styles[:-40]))
    assert "word/styles.xml" in err.message


def test_empty_document():
    err = _read_error(_bytes_of(docx.Document()))
    assert "正文为空" in err.message
    d = docx.Document()
    d.add_paragraph("")
    d.add_paragraph("\u3000\u3000")
    d.sections[0].header.paragraphs[0].text = "页眉有字"
    assert "页眉" in _read_error(_bytes_of(d)).message


def test_encrypted_docx():
    data = (DATA / "docx_encrypted.docx").read_bytes()  # made by msoffcrypto-tool, password "gwlint"
    with pytest.raises(ReadError) as info:
        read_docx(data, "加密.docx")
    assert "文件已加密" in info.value.message and "取消密码保护" in info.value.message
    # Through the dispatcher it is still a clear ReadError (OLE2 sniffing), never a zip error.
    assert "文件已加密" in _read_error(data, "加密.docx").message


def test_old_binary_doc_given_to_read_docx():
    with pytest.raises(ReadError) as info:
        read_docx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "x.docx")
    assert "另存为" in info.value.message


def test_single_space_run_and_tab_run_survive():
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Hello")
    p.add_run(" ")
    p.add_run("World")
    p2 = d.add_paragraph()
    p2.add_run("甲")
    p2.add_run().add_tab()
    p2.add_run("乙")
    assert _texts(read_bytes(_bytes_of(d), "t.docx")) == ["Hello World", "甲 乙"]


def test_unbalanced_field_does_not_hide_later_text():
    d = docx.Document()
    _paragraph(d, _run("前文") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               + '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>')  # never separated nor ended
    _paragraph(d, _run("后文仍然可见"))
    assert _texts(read_bytes(_bytes_of(d), "t.docx")) == ["前文", "后文仍然可见"]


def test_footer_page_number_in_text_box_and_complex_field():
    d = docx.Document()
    d.add_paragraph("正文")
    footer = d.sections[0].footer
    box = ('<w:txbxContent><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>'
           '</w:txbxContent>')
    footer.paragraphs[0]._p.append(_xml(f'<w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>'))
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert doc.footers == ["— {PAGE} —"]
    assert _texts(doc) == ["正文"]


def test_text_box_inside_table_cell_comes_before_the_cell():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "单元格"
    t.cell(0, 0).paragraphs[0]._p.append(_xml(
        '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    t.cell(0, 1).text = "右格"
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert [(p.text, p.kind, p.source_index) for p in doc.paragraphs] == [
        ("框内文字", "body", 1), ("单元格", "table_cell", 2), ("右格", "table_cell", 3)]


def test_deleted_table_row_is_skipped():
    d = docx.Document()
    t = d.add_table(rows=3, cols=1)
    for i, text in enumerate(["甲", "乙（已删除）", "丙"]):
        t.cell(i, 0).text = text
    t.rows[1]._tr.get_or_add_trPr().append(_xml('<w:del w:id="9" w:author="a"/>'))
    doc = read_bytes(_bytes_of(d), "t.docx")
    assert [(p.text, p.table) for p in doc.paragraphs] == [("甲", (1, 1, 1)), ("丙", (1, 2, 1))]


def test_picture_only_document_mentions_ocr(tmp_path):
    from PIL import Image

    png = tmp_path / "scan.png"
    Image.new("RGB", (40, 20), "white").save(png)
    d = docx.Document()
    d.add_picture(str(png))
    err = _read_error(_bytes_of(d))
    assert "图片" in err.message and "OCR" in err.message


def test_damaged_theme_is_skipped_with_note():
    d = docx.Document()  # its fonts come from the theme
    d.add_paragraph("主题字体的正文")
    doc = read_bytes(_rewrite(_bytes_of(d), "word/theme/theme1.xml", b"<a:theme"), "t.docx")
    assert _texts(doc) == ["主题字体的正文"]
    assert doc.paragraphs[0].style.font_east_asia is None  # unknown, not guessed
    assert any("theme1.xml" in n for n in doc.notes)

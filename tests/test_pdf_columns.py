"""PDF reader: pages set in two columns (bulletins, 公报) are read column by column; one-column pages never are.

The PDFs are drawn here with reportlab (STSong-Light, every glyph one em wide): a title across the page, a band
of two justified columns, a full-width 版记 under rules; a text flowing over two such pages; and one-column pages
with everything that splits a line at a wide gap without being two columns (签发人 on the 版头 line, the 印发 line,
a joint 署名 side by side, contact lines typed with tabs).
"""
from __future__ import annotations

import io

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from gwlint.readers import pdf as pdf_reader  # noqa: E402
from gwlint.readers.pdf import read_pdf  # noqa: E402

FONT = "STSong-Light"
W, H = A4
SIZE = 12.0
LEFT = 72.0
N = 18  # glyphs in a full column line
COLS = (LEFT, LEFT + (N + 2) * SIZE)  # a gutter of two glyphs
PITCH = 20.0
NO_START = set("，。、；：？！）》」』”’")
ENGINES = ["pdfplumber", "pdfium"]

TITLE = "江西省林业局关于春季森林防火工作情况的通报"
TO = "各设区市林业局："
P1 = "今年以来，各地认真落实森林防火责任制，加强野外火源管控，全省森林火灾起数和受害面积同比明显下降。"
P2 = ("各地要继续加强巡山护林，严格落实网格化管理措施，做好重点时段重点部位的值守巡查，发现火情及时处置，"
      "确保不发生重特大森林火灾和人员伤亡事故，切实维护人民群众生命财产安全。")
P3 = "请各地于每月底前将工作进展情况报送省林业局防火处。"
SIG = "江西省林业局"
DATE = "2026年3月2日"
CC = "抄送：省应急管理厅，省森林防火指挥部办公室，各设区市人民政府办公室。"
ISSUED = ("江西省林业局办公室", "2026年3月2日印发")


def _canvas(buf):
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return canvas.Canvas(buf, pagesize=A4, invariant=1)


def _wrap(text: str, indent: int = 2, n: int = N) -> list[tuple[str, int, str]]:
    """A paragraph's lines (kind, indent in glyphs, text): a first-line indent, closing marks hanging past the
    edge instead of starting a line."""
    out = []
    rest = text
    first = True
    while rest:
        room = n - (indent if first else 0)
        line, rest = rest[:room], rest[room:]
        while rest and rest[0] in NO_START:
            line, rest = line + rest[0], rest[1:]
        out.append(("text", indent if first else 0, line))
        first = False
    return out


def _lines(items) -> list[tuple[str, int, str]]:
    out = []
    for kind, text in items:
        if kind == "p":
            out += _wrap(text)
        elif kind == "flush":
            out += _wrap(text, indent=0)
        else:
            out.append(("right", 0, text))
    return out


def _draw_column(c, lines, col: int, top: float) -> None:
    c.setFont(FONT, SIZE)
    for r, (kind, indent, text) in enumerate(lines):
        y = top - r * PITCH
        if kind == "right":
            c.drawRightString(COLS[col] + N * SIZE, y, text)
        else:
            c.drawString(COLS[col] + indent * SIZE, y, text)


def _banji(c, y: float) -> None:
    """A full-width 版记 at ``y``: rule, 抄送 line, rule, 印发机关 and 印发日期 on one line, rule."""
    right = COLS[1] + N * SIZE
    c.setFont(FONT, SIZE)
    for k, dy in enumerate((16, -8, -30)):
        c.setLineWidth(0.7 if k else 1.0)
        c.line(LEFT, y + dy, right, y + dy)
    c.drawString(LEFT + SIZE, y - 4, CC)
    c.drawString(LEFT + SIZE, y - 24, ISSUED[0])
    c.drawRightString(right - SIZE, y - 24, ISSUED[1])


def bulletin(banji: bool = True) -> tuple[bytes, list[str]]:
    """One page: the title across the page, a band of two columns (P2 runs from the foot of the left column to
    the head of the right one), the 署名 and 日期 under the right column, a full-width 版记."""
    lines = _lines([("flush", TO), ("p", P1), ("p", P2), ("p", P3), ("right", SIG), ("right", DATE)])
    rows = 7
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont(FONT, 16)
    c.drawCentredString((COLS[0] + COLS[1] + N * SIZE) / 2, H - 80, TITLE)
    top = H - 130
    _draw_column(c, lines[:rows], 0, top)
    _draw_column(c, lines[rows:], 1, top)
    if banji:
        _banji(c, top - 9 * PITCH)
    c.showPage()
    c.save()
    return buf.getvalue(), [TITLE, TO, P1, P2, P3, SIG, DATE]


def test_the_bulletin_is_laid_out_as_described():
    lines = _lines([("flush", TO), ("p", P1), ("p", P2), ("p", P3), ("right", SIG), ("right", DATE)])
    assert len(lines) == 13
    assert lines[6][2] + lines[7][2] in P2 and not lines[7][1]  # P2 goes on at the head of the right column


@pytest.mark.parametrize("engine", ENGINES)
def test_three_bands_title_two_columns_and_a_full_width_banji(engine):
    data, expected = bulletin()
    doc = read_pdf(data, "bulletin.pdf", engine=engine)
    texts = [p.text for p in doc.paragraphs]
    assert texts == expected + [CC, " ".join(ISSUED)], texts
    paras = doc.paragraphs
    assert paras[0].style.alignment == "center"
    assert paras[2].style.first_line_indent_pt == pytest.approx(2 * SIZE, abs=0.5)
    assert paras[3].style.first_line_indent_pt == pytest.approx(2 * SIZE, abs=0.5)
    assert [paras[5].style.alignment, paras[6].style.alignment] == ["right", "right"]
    assert paras[-1].tabs  # the 印发 line keeps its tab stop, as on a one-column page


def test_a_paragraph_split_over_the_gutter_is_one_paragraph_and_lints_as_one():
    from gwlint.api import lint_bytes

    data, _ = bulletin(banji=False)
    doc = read_pdf(data, "bulletin.pdf")
    assert P2 in [p.text for p in doc.paragraphs]
    assert not any(P2[:10] in p.text and p.text != P2 for p in doc.paragraphs)
    result = lint_bytes(data, "bulletin.pdf")
    assert P2 in result.lines and SIG in result.lines and DATE in result.lines


def two_pages() -> tuple[bytes, list[str]]:
    """Two pages in two columns, page numbers centred under them: the text runs from the foot of page 1's right
    column to the head of page 2's left one; page 2 has no title, every row of it is in the columns."""
    paras = [P1, P2, P3, P1.replace("今年以来", "去年以来"), P2.replace("各地要", "各县要"), P3]
    lines = _lines([("flush", TO)] + [("p", p) for p in paras] + [("right", SIG), ("right", DATE)])
    rows1, rows2 = 8, 4
    assert lines[2 * rows1 - 1][0] == "text" and lines[2 * rows1][1] == 0  # a paragraph crosses the page break
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2 - 3, H - 80, TITLE)
    top = H - 130
    _draw_column(c, lines[:rows1], 0, top)
    _draw_column(c, lines[rows1:2 * rows1], 1, top)
    c.setFont(FONT, 14)
    c.drawCentredString(W / 2 - 3, 60, "— 1 —")
    c.showPage()
    rest = lines[2 * rows1:]
    _draw_column(c, rest[:rows2], 0, H - 80)
    _draw_column(c, rest[rows2:], 1, H - 80)
    c.setFont(FONT, 14)
    c.drawCentredString(W / 2 - 3, 60, "— 2 —")
    c.showPage()
    c.save()
    return buf.getvalue(), [TITLE, TO, *paras, SIG, DATE]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_over_two_pages(engine):
    data, expected = two_pages()
    doc = read_pdf(data, "bulletin.pdf", engine=engine)
    assert [p.text for p in doc.paragraphs] == expected
    assert doc.footers == ["— 1 —", "— 2 —"]
    crossing = [p for p in doc.paragraphs if p.text == expected[6]]
    assert crossing and crossing[0].page == 1


def test_the_round_20_generator_reads_its_split_sentence():
    from tests import hostile_r20_gen as g

    texts = [p.text for p in read_pdf(g.two_columns(), "a.pdf").paragraphs]
    assert texts == g.LETTER


# ---------------------------------------------------------------- one column: never read in columns

BODY = 16.0
BLOCK = (80.0, 80.0 + 27 * BODY)  # 27 glyphs of 16 pt


def one_column(extra: str = "") -> tuple[bytes, list[str]]:
    """A one-column letter: 文号 and 签发人 on the 版头 line, a red rule, a centred title, justified body, a
    right-aligned 署名 and 日期 (``extra="joint"``: two issuers side by side, each with its date; ``"contacts"``:
    contact lines typed with a tab), a 版记 whose 印发 line has a wide tab gap."""
    left, right = BLOCK
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont(FONT, BODY)
    y = H - 100
    c.drawString(left + BODY, y, "赣林字〔2026〕3号")
    c.drawRightString(right - BODY, y, "签发人：张三")
    c.setLineWidth(1.5)
    c.line(left, y - 12, right, y - 12)
    c.setFont(FONT, 22)
    c.drawCentredString((left + right) / 2, y - 60, "江西省林业局关于森林防火工作的请示")
    c.setFont(FONT, BODY)
    y -= 100
    out = ["赣林字〔2026〕3号 签发人：张三", "江西省林业局关于森林防火工作的请示"]
    body = [("flush", "省人民政府："), ("p", P1), ("p", P2), ("p", "妥否，请批示。")]
    for kind, text in body:
        for _k, indent, line in _wrap(text, indent=0 if kind == "flush" else 2, n=27):
            c.drawString(left + indent * BODY, y, line)
            y -= 28
        out.append(text)
    if extra == "contacts":
        for a, b in (("联系人：防火处李明", "联系电话：0791-86661234"), ("传真：0791-86661235", "邮箱：fh@example.cn")):
            c.drawString(left + 2 * BODY, y, a)
            c.drawString(left + 14 * BODY, y, b)
            out.append(f"{a} {b}")
            y -= 28
    y -= 28
    if extra == "joint":  # read as one paragraph, as it always was
        for a, b in (("江西省林业局", "江西省财政厅"), (DATE, DATE)):
            c.drawString(left + 4 * BODY, y, a)
            c.drawRightString(right - 4 * BODY, y, b)
            y -= 28
        out.append(f"江西省林业局 江西省财政厅{DATE} {DATE}")
    else:
        for text in (SIG, DATE):
            c.drawRightString(right - 4 * BODY, y, text)
            out.append(text)
            y -= 28
    c.setFont(FONT, 14)
    y = 120
    c.setLineWidth(0.7)
    c.line(left, y + 20, right, y + 20)
    c.drawString(left + 14, y, ISSUED[0])
    c.drawRightString(right - 14, y, ISSUED[1])
    c.line(left, y - 8, right, y - 8)
    out.append(" ".join(ISSUED))
    c.showPage()
    c.save()
    return buf.getvalue(), out


@pytest.mark.parametrize("extra", ["", "joint", "contacts"])
@pytest.mark.parametrize("engine", ENGINES)
def test_a_one_column_page_is_read_row_by_row_as_before(extra, engine, monkeypatch):
    fired = []
    original = pdf_reader._column_bands

    def spy(rows, rules=()):
        found = original(rows, rules)
        fired.append(found)
        return found

    monkeypatch.setattr(pdf_reader, "_column_bands", spy)
    data, expected = one_column(extra)
    doc = read_pdf(data, "letter.pdf", engine=engine)
    assert [p.text for p in doc.paragraphs] == expected
    assert fired and not any(fired)


# ---------------------------------------------------------------- any fixed-layout source (OFD goes this way)

def _glyphs(x: float, y: float, text: str, size: float = SIZE) -> list[dict]:
    return [{"text": ch, "x0": x + i * size, "x1": x + (i + 1) * size, "top": H - y - size, "bottom": H - y,
             "size": size, "fontname": "SimSun", "upright": True} for i, ch in enumerate(text)]


@pytest.mark.parametrize("ruled", [True, False])
def test_build_document_reads_columns_from_any_page_source(ruled):
    """The layout code alone, fed characters as the OFD reader feeds them: the 版记's 印发 line under the columns
    (split at the gutter like a row of them) is kept out of them by the rule above it, or by the white space
    between."""
    from gwlint.readers.pdf import PageChars, build_document

    lines = _lines([("flush", TO), ("p", P1), ("p", P2), ("p", P3), ("right", SIG), ("right", DATE)])
    chars = _glyphs((COLS[1] + N * SIZE + LEFT - 16.0 * len(TITLE)) / 2, H - 80, TITLE, 16.0)
    top = H - 130
    for col, part in ((0, lines[:7]), (1, lines[7:])):
        for r, (kind, indent, text) in enumerate(part):
            x = COLS[col] + (N * SIZE - len(text) * SIZE if kind == "right" else indent * SIZE)
            chars += _glyphs(x, top - r * PITCH, text.replace("2026年3月2日", "二〇二六年三月二日"))
    right = COLS[1] + N * SIZE
    y = top - 9 * PITCH
    chars += _glyphs(LEFT + SIZE, y - 24, "江西省林业局办公室") + _glyphs(right - 10 * SIZE, y - 24, "二〇二六年三月二日印发")
    rules = ((LEFT, right, H - y - 6),) if ruled else ()
    doc = build_document(1, [PageChars(chars, W, H, rules=rules)], "bulletin.ofd", format="ofd")
    texts = [p.text for p in doc.paragraphs]
    issued = "江西省林业局办公室 二〇二六年三月二日印发"
    assert texts == [TITLE, TO, P1, P2, P3, SIG, "二〇二六年三月二日", issued], texts


def test_a_heading_centred_in_its_column_is_centred():
    from gwlint.readers.pdf import PageChars, build_document

    head = "一、总体情况"
    lines = [("centre", 0, head)] + _lines([("p", P1), ("p", P2)])
    chars = _glyphs((COLS[1] + N * SIZE + LEFT - 16.0 * len(TITLE)) / 2, H - 80, TITLE, 16.0)
    for col, part in ((0, lines[:6]), (1, lines[6:])):
        for r, (kind, indent, text) in enumerate(part):
            x = COLS[col] + ((N - len(text)) * SIZE / 2 if kind == "centre" else indent * SIZE)
            chars += _glyphs(x, H - 130 - r * PITCH, text)
    doc = build_document(1, [PageChars(chars, W, H)], "bulletin.pdf")
    assert [p.text for p in doc.paragraphs] == [TITLE, head, P1, P2]
    assert [p.style.alignment for p in doc.paragraphs[:2]] == ["center", "center"]
    assert doc.paragraphs[2].style.first_line_indent_pt == pytest.approx(2 * SIZE, abs=0.5)


@pytest.mark.parametrize("rows", [
    [("南昌市林业局：张三、李四", "九江市林业局：王五、赵六")] * 10,  # a list set in two columns: labels, no sentence
    [("单位名称：__________", "填报时间：________"), ("联系人：__________", "联系电话：__________")] * 6,  # a form
    [("南昌市：张三", "九江市：王五")] * 10,  # short cells
    [("负责同志：张三，", "联络员：王五，"), ("负责同志：李四，", "联络员：赵六，")],  # two rows only
])
def test_lists_typed_in_two_columns_are_not_columns_of_text(rows, monkeypatch):
    from gwlint.readers.pdf import PageChars, build_document

    fired = []
    original = pdf_reader._column_bands
    monkeypatch.setattr(pdf_reader, "_column_bands", lambda *a: fired.append(original(*a)) or fired[-1])
    chars = _glyphs(150, H - 80, "参加培训人员名单", 16.0)
    for r, (a, b) in enumerate(rows):
        chars += _glyphs(80, H - 130 - r * 28, a, 16.0) + _glyphs(320, H - 130 - r * 28, b, 16.0)
    build_document(1, [PageChars(chars, W, H)], "list.pdf")
    assert fired == [None]

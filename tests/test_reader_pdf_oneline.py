"""PDF reader: wrapped lines of short documents join into one paragraph again.

The text block's right edge is derived from the lines of the document.  On a
one-page draft there are few full lines to vote for it, and the ones that
end in a hanging closing punctuation (标点悬挂: a ，or 。 that did not fit is
set past the edge) used to pull the edge one glyph to the right, so the
ordinary full lines no longer reached it and every wrapped sentence was cut in
two.  Each case checks the paragraphs against the source text of the draft,
and that the layout really has the feature under test (measured with
pdfplumber, independently of the reader).
"""
from __future__ import annotations

import io
import random

import pytest

pdfplumber = pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from gwlint.docgen import parse_marked, plain_text  # noqa: E402
from gwlint.docgen.pdf import write_pdf  # noqa: E402
from gwlint.readers import read_bytes, read_path  # noqa: E402

from .drafts import office_circular, render_draft  # noqa: E402

HANGING = "，。、；：？！）》”"


def _lines(path):
    """pdfplumber's own text lines of every page: (page, x0, x1, size, text)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for k, page in enumerate(pdf.pages, 1):
            for ln in page.extract_text_lines(return_chars=True):
                out.append((k, ln["x0"], ln["x1"], ln["chars"][0]["size"], ln["text"].strip()))
    return out


def _check(src: str, tmp_path, pages: int | None = None):
    path = render_draft(src, "pdf", tmp_path)
    doc = read_path(path)
    assert [p.text for p in doc.paragraphs] == plain_text(parse_marked(src)).splitlines()
    if pages is not None:
        assert doc.page_count == pages
    return path, doc


def _has_hanging_line(path) -> bool:
    body = [ln for ln in _lines(path) if abs(ln[3] - 16) < 0.5]
    right = max(round(ln[2]) for ln in body if ln[4][-1] not in HANGING)
    return any(ln[4][-1] in HANGING and ln[2] > right + 8 for ln in body)


# The draft that was read as three paragraphs: its second line runs to the
# edge, its third hangs a 。 past it and was the only "full line" vote.
ONE_PAGE = """@title 关于做好春季森林防火工作的通知
对发现的隐患要建立台账，逐项落实整改责任，做到整改到位一项、销号一项。2026年全省各级机关发文数量在2025年基础上再压减15%以上。请于每年12月20日前报送省政府办公厅。会议要求，“严格控制发文数量”。
"""


def test_one_page_wrapped_paragraph_with_hanging_full_stop(tmp_path):
    path, doc = _check(ONE_PAGE, tmp_path, pages=1)
    assert _has_hanging_line(path)
    body = doc.paragraphs[1]
    assert body.style.alignment == "justify"
    assert body.style.first_line_indent_pt == pytest.approx(32.0, abs=0.5)


def test_one_page_three_long_paragraphs(tmp_path):
    src = """@title 关于做好春季森林防火工作的通知
@recipients 各市、县（区）人民政府，省政府各部门：
各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。省林业局要会同省应急管理厅加强火情监测预警，及时发布高火险天气警报。要加强林区野外用火管理。
要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。对发现的隐患要建立台账，逐项落实整改责任，做到整改到位一项、销号一项。各地要结合本地实际，细化工作措施。
对发现的隐患要建立台账，逐项落实整改责任，做到整改到位一项、销号一项。省林业局要会同省应急管理厅加强火情监测预警。
@signature 江西省人民政府办公厅
@date 2026年1月15日
"""
    _check(src, tmp_path, pages=1)


def test_office_circulars_one_and_several_pages(tmp_path):
    for n, pages in ((2, 1), (3, 1), (12, None)):
        sub = tmp_path / f"c{n}"
        sub.mkdir()
        _, doc = _check(office_circular(n), sub, pages)
        if pages is None:
            assert doc.page_count >= 3


def test_imprint_outweighing_the_body_does_not_set_the_geometry(tmp_path):
    """A short body (one wrapped paragraph) and a long 抄送 list at 14 pt: the
    14 pt 版记 has more characters, yet the 16 pt lines (with their two-character
    first-line indent) are the body text whose edges decide the wrapping."""
    src = """@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅发〔2026〕5号
@title 江西省人民政府办公厅关于进一步精简文件简报切实减轻基层负担的通知
省林业局要会同省应急管理厅加强火情监测预警，及时发布高火险天气警报。
@heading2 （一）从严控制规范性文件。
@cc 抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各新闻单位。
@printer 江西省人民政府办公厅 2026年1月5日印发
"""
    path, doc = _check(src, tmp_path, pages=1)
    sizes = {}
    for _, _, _, size, text in _lines(path):
        sizes[round(size)] = sizes.get(round(size), 0) + len(text.replace(" ", ""))
    assert sizes[14] > sizes[16]  # the premise: more 版记 than body characters
    body = next(p for p in doc.paragraphs if p.text.startswith("省林业局"))
    assert body.style.first_line_indent_pt == pytest.approx(32.0, abs=0.5)


def test_only_flush_left_lines_reaching_the_mirrored_margin(tmp_path):
    """No indented line to prove the margins: a line reaching as far right as
    the left margin is wide is full, so its paragraph continues."""
    src = """@title 关于做好春季森林防火工作的通知
@recipients 各设区市人民政府，赣江新区管委会，省政府各部门，各有关单位，中直驻赣有关单位：
@table 序号|工作任务|责任单位
@table 1|制定年度督查检查考核计划并报省委办公厅审批|省政府办公厅
"""
    _check(src, tmp_path, pages=1)


def test_short_document_lines_stay_apart(tmp_path):
    src = "@title 通知\n请各单位按时参加会议。\n会议地点在三楼会议室。\n请准时到会。\n"
    _, doc = _check(src, tmp_path, pages=1)
    assert len(doc.paragraphs) == 4


def _cjk_canvas(buf):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(buf, pagesize=A4, invariant=1), A4


@pytest.mark.parametrize("indent", [0.0, 32.0])
@pytest.mark.parametrize("short", [1, 2])
def test_short_one_line_paragraphs_near_the_edge_are_not_glued(indent, short):
    """Title and three one-line paragraphs, flush left or indented, the longest
    ``short`` characters short of a full line, all ending in 。 (which could
    hang past an edge): nothing shows they are full, they stay apart."""
    buf = io.BytesIO()
    c, (w, h) = _cjk_canvas(buf)
    left, size = 80.0, 16.0
    c.setFont("STSong-Light", 22)
    c.drawCentredString(w / 2, h - 120, "关于调整会议安排的通知")
    n = int((w - 2 * left - indent) // size) - short  # characters of the longest line
    base = "定于本周五下午三时在三楼会议室召开专题会议请准时参加会议并做好发言准备工作"
    lines = [base[:n - 1] + "。", base[3:n] + "。", base[5:n + 3] + "。"]
    c.setFont("STSong-Light", size)
    y = h - 170
    for text in lines:
        c.drawString(left + indent, y, text)
        y -= 29
    c.showPage()
    c.save()
    doc = read_bytes(buf.getvalue(), "short.pdf")
    assert [p.text for p in doc.paragraphs] == ["关于调整会议安排的通知", *lines]


S = ["各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。",
     "省林业局要会同省应急管理厅加强火情监测预警，及时发布高火险天气警报。",
     "要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。",
     "2026年全省各级机关发文数量在2025年基础上再压减15%以上。",
     "请于每年12月20日前报送省政府办公厅。",
     "各地各部门要坚持少而精、管用实用的原则，凡是已经明确规定的事项，一律不再重复发文；",
     "会议要求，“严格控制发文数量”。", "确保《通知》落实。", "抓好落实。"]


def _random_draft(rnd: random.Random) -> str:
    parts = []
    if rnd.random() < 0.3:
        parts += ["@issuer_mark 江西省人民政府办公厅文件", "@doc_number 赣府厅发〔2026〕5号"]
    parts.append("@title " + rnd.choice(["关于做好春季森林防火工作的通知",
                                         "江西省人民政府办公厅关于进一步精简文件简报切实减轻基层负担的通知"]))
    if rnd.random() < 0.7:
        parts.append("@recipients " + rnd.choice(["各市、县（区）人民政府，省政府各部门：",
                                                  "各设区市人民政府，赣江新区管委会，省政府各部门，各有关单位，中直驻赣有关单位："]))
    for _ in range(rnd.randint(1, 12)):
        r = rnd.random()
        if r < 0.15:
            parts.append("@heading1 一、" + rnd.choice(["严格控制发文数量", "加强组织实施"]))
        elif r < 0.25:
            parts.append("@heading2 （一）从严控制规范性文件。")
        elif r < 0.3:
            parts += ["@table 序号|工作任务|责任单位", "@table 1|制定年度督查检查考核计划并报省委办公厅审批|省政府办公厅"]
        else:
            parts.append("".join(rnd.choice(S) for _ in range(rnd.randint(1, 6))))
    if rnd.random() < 0.3:
        parts.append("@attachment_note 附件：2026年度省级督查检查考核事项计划表及相关填报说明（供各地各部门参照执行）")
    if rnd.random() < 0.7:
        parts += ["@signature 江西省人民政府办公厅", "@date 2026年1月15日"]
    if rnd.random() < 0.3:
        parts += ["@cc 抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各新闻单位。",
                  "@printer 江西省人民政府办公厅 2026年1月5日印发"]
    return "\n".join(parts)


def test_random_drafts_read_back_paragraph_for_paragraph():
    """Drafts of one to four pages composed at random from the roles of a 公文:
    every paragraph comes back whole (a fixed seed: failures are reproducible)."""
    rnd = random.Random(2026)
    one_page = hanging = 0
    for _ in range(80):
        src = _random_draft(rnd)
        blocks = parse_marked(src)
        buf = io.BytesIO()
        write_pdf(blocks, buf)
        doc = read_bytes(buf.getvalue(), "random.pdf")
        assert [p.text for p in doc.paragraphs] == plain_text(blocks).splitlines(), src
        one_page += doc.page_count == 1
        hanging += _has_hanging_line(io.BytesIO(buf.getvalue()))
    assert one_page >= 20 and hanging >= 3  # the sample does exercise short, hanging layouts

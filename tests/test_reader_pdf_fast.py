"""The fast PDF engine (PDFium characters, same layout code) reads like pdfplumber.

Every comparison is between the two engines on the same file: paragraph
texts, pages, kinds, table positions, the layout-derived style (alignment,
indent, size), headers, footers and notes.  Font names are not compared: for a
non-embedded CID font PDFium reports the /BaseFont (STSong-Light), pdfminer the
descriptor's /FontName (STSongStd-Light).  Each test also checks that PDFium
really read the pages it claims (the fallback to pdfplumber is per page and
reported in ``stats``), so that equality is not won by falling back.
"""
from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber")
pdfium = pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from gwlint.docgen import Block, parse_marked, plain_text  # noqa: E402
from gwlint.docgen.pdf import write_pdf  # noqa: E402
from gwlint.model import ReadError  # noqa: E402
from gwlint.readers import read_bytes, read_path, set_pdf_engine  # noqa: E402
from gwlint.readers.pdf import read_pdf  # noqa: E402
from gwlint.readers.pdf_fast import read_pdf_pdfium  # noqa: E402

from .conftest import CORPUS, REPO, run_cli  # noqa: E402
from .drafts import office_circular, render_draft  # noqa: E402

SAMPLES = sorted((REPO / "sample_docs").glob("*.pdf"))
CORPUS_PDFS = sorted(CORPUS.rglob("*.pdf"))


def _view(doc):
    paras = [(p.text, p.page, p.kind, p.table, p.style.alignment, p.style.first_line_indent_pt, p.style.size_pt)
             for p in doc.paragraphs]
    return paras, doc.headers, doc.footers, doc.notes, doc.pages_without_text, doc.page_count


def _both(data: bytes, name: str = "x.pdf"):
    """(pdfplumber document, pdfium document, pages pdfplumber had to read)."""
    ref = read_pdf(data, name)
    stats: dict = {}
    fast = read_pdf_pdfium(data, name, stats)
    fell = stats.get("fallback", [])
    return ref, fast, fell


def _assert_same(data: bytes, name: str = "x.pdf", *, max_fallback: float = 0.5):
    ref, fast, fell = _both(data, name)
    assert fell != "file"
    assert _view(fast) == _view(ref)
    assert len(fell) <= max_fallback * ref.page_count, fell
    return ref, fell


def _table_pages(data: bytes) -> list[int]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [k for k, page in enumerate(pdf.pages, 1) if any(len(t.cells) >= 2 for t in page.find_tables())]


# ---------------------------------------------------------------------------
# real and shipped PDFs


@pytest.mark.parametrize("path", CORPUS_PDFS + SAMPLES, ids=lambda p: p.name)
def test_same_paragraphs_as_pdfplumber(path):
    data = path.read_bytes()
    ref, fell = _assert_same(data, path.name)
    assert ref.paragraphs
    # pdfplumber read exactly the pages that hold a ruled table
    assert [k for k, _ in fell] == _table_pages(data)


def test_corpus_has_a_pdf():
    assert CORPUS_PDFS, f"no PDF under {CORPUS}"


# ---------------------------------------------------------------------------
# drafts rendered by docgen.pdf

TABLE_DRAFT = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅发〔2026〕5号
@title 江西省人民政府办公厅关于进一步精简文件简报切实减轻基层负担的通知
@recipients 各设区市人民政府，省政府各部门：
为深入贯彻落实中央关于整治形式主义为基层减负的决策部署，持续精简文件简报、规范督查检查考核，经省政府同意，现就有关事项通知如下。
@heading1 一、严格控制发文数量
各地各部门要坚持少而精、管用实用的原则，凡是国家和省里已经明确规定的事项，一律不再重复发文。会议要求，“严格控制发文数量”，确保《通知》落实。
The State Council requires all departments to reduce the number of documents and meetings.
@table 序号|工作任务|责任单位|完成时限
@table 1|制定年度督查检查考核计划并报省委办公厅、省政府办公厅审批|省政府办公厅|2026年3月底前
@table 2|清理规范各类工作群和政务应用程序|省政务服务管理局|2026年6月底前
@heading1 二、加强组织实施
各地各部门主要负责同志要切实履行第一责任人职责，亲自研究部署，加强督促检查，推动各项要求落到实处。
@signature 江西省人民政府办公厅
@date 2026年1月5日
@cc 抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各新闻单位。
@printer 江西省人民政府办公厅 2026年1月5日印发
"""


def test_draft_with_table_falls_back_on_the_table_page_only(tmp_path):
    path = render_draft(TABLE_DRAFT, "pdf", tmp_path)
    data = path.read_bytes()
    ref, fell = _assert_same(data, max_fallback=1.0)
    tables = _table_pages(data)
    assert tables and [k for k, _ in fell] == tables
    assert all("table" in why for _, why in fell)
    assert [p.text for p in ref.paragraphs] == plain_text(parse_marked(TABLE_DRAFT)).splitlines()
    assert any(p.kind == "table_cell" for p in ref.paragraphs)
    if ref.page_count > len(tables):
        assert len(fell) < ref.page_count  # other pages were PDFium's


def test_multi_page_drafts(tmp_path):
    for n in (2, 12, 30):
        sub = tmp_path / str(n)
        sub.mkdir()
        data = render_draft(office_circular(n), "pdf", sub).read_bytes()
        ref, fell = _assert_same(data)
        assert fell == []
    assert ref.page_count >= 5


def test_long_flowing_draft_without_rules():
    para = ("各地各部门要坚持少而精、管用实用的原则，凡是国家和省里已经明确规定的事项，一律不再重复发文；"
            "可发可不发的文件坚决不发，能够合并的文件一律合并印发。2026年发文数量再压减15%以上。")
    blocks = [Block("title", "关于开展多页文档测试的通知"), Block("recipients", "各有关单位：")]
    for i in range(1, 12):
        blocks += [Block("heading1", f"第{i}部分"), Block("body", para * 3)]
    buf = io.BytesIO()
    write_pdf(blocks, buf)
    ref, fell = _assert_same(buf.getvalue())
    assert fell == [] and ref.page_count >= 6
    assert [p.text for p in ref.paragraphs] == plain_text(blocks).splitlines()


# ---------------------------------------------------------------------------
# hand-drawn pages: watermark, fake bold, scaled text, page numbers, Latin


def _canvas(buf):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(buf, pagesize=A4, invariant=1), A4


def test_watermark_fake_bold_scaled_text_and_running_lines():
    buf = io.BytesIO()
    c, (w, h) = _canvas(buf)
    for n in (1, 2):
        c.setFont("STSong-Light", 10.5)
        c.drawString(80, h - 40, "内部资料 注意保存")
        c.setFont("STSong-Light", 16)
        c.drawString(112, h - 150, "正文第一段，用于检查水印和仿粗体。")
        c.drawString(112, h - 179, "一、加粗的标题")
        c.drawString(112.3, h - 179, "一、加粗的标题")  # 仿粗体: printed twice
        c.saveState()
        c.scale(2, 2)  # 8 pt text under a 2× matrix reads as 16 pt
        c.setFont("STSong-Light", 8)
        c.drawString(40, (h - 208) / 2, "放大绘制的一行文字。")
        c.restoreState()
        t = c.beginText()
        t.setTextOrigin(80, h - 237)
        t.setFont("Helvetica", 12)
        t.textOut("Latin text with “quotes”, digits 2026 and a hyphen-ated word.")
        c.drawText(t)
        c.saveState()
        c.translate(w / 2, h / 2)
        c.rotate(45)
        c.setFont("STSong-Light", 60)
        c.drawCentredString(0, 0, "征求意见稿")
        c.restoreState()
        c.setFont("STSong-Light", 14)
        c.drawCentredString(w / 2, 60, f"— {n} —")
        c.showPage()
    c.save()
    ref, fell = _assert_same(buf.getvalue())
    assert fell == []
    assert "放大绘制的一行文字。" in [p.text for p in ref.paragraphs]
    assert ref.footers == ["— 1 —", "— 2 —"] and ref.headers == ["内部资料 注意保存"]
    assert any("旋转" in n for n in ref.notes)


def test_scanned_page_and_encrypted_file():
    pytest.importorskip("PIL")
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c, _ = _canvas(buf)
    c.setFont("STSong-Light", 16)
    c.drawString(100, 700, "第一页的文字。")
    c.showPage()
    png = io.BytesIO()
    Image.new("L", (200, 300), 255).save(png, "PNG")
    png.seek(0)
    c.drawImage(ImageReader(png), 50, 100, 480, 640)
    c.showPage()
    c.save()
    ref, fast, fell = _both(buf.getvalue())
    assert _view(fast) == _view(ref) and ref.pages_without_text == [2]
    assert [k for k, _ in fell] == [2]  # no visible text: pdfplumber counts the images

    enc = io.BytesIO()
    c = canvas.Canvas(enc, encrypt="secret")
    c.drawString(100, 700, "Confidential")
    c.showPage()
    c.save()
    with pytest.raises(ReadError) as err:
        read_pdf(enc.getvalue(), "locked.pdf", engine="pdfium")
    assert "加密" in err.value.message


# ---------------------------------------------------------------------------
# the quote-mark trap: a box that does not start at the glyph's origin


def _type3_pdf(quote_ink_x0: int) -> bytes:
    """One line 一“一二”一一 in a Type3 font whose FontBBox is empty (no ascent,
    no descent): PDFium then reports the glyph's ink box, and the quote glyphs
    are inked ``quote_ink_x0``/1000 em left of their origin."""
    def stream(data: bytes) -> bytes:
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    tounicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
                 b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                 b"4 beginbfchar <01> <201C> <02> <201D> <03> <4E00> <04> <4E8C> endbfchar\n"
                 b"endcmap CMapName currentdict /CMap defineresource pop end end")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        stream(b"BT /F1 16 Tf 100 700 Td <03010304020303> Tj ET"),
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /g 6 0 R /q 8 0 R >> /Encoding << /Type /Encoding /Differences [1 /q /q /g /g] >>"
        b" /FirstChar 1 /LastChar 4 /Widths [1000 1000 1000 1000] /ToUnicode 7 0 R >>",
        stream(b"1000 0 d0 100 0 800 700 re f"),
        stream(tounicode),
        stream(b"1000 0 d0 %d 500 300 200 re f" % quote_ink_x0),
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_quote_whose_box_is_off_its_origin_falls_back():
    data = _type3_pdf(-1400)
    # the trap is real: PDFium's box of “ starts left of the character before it
    pdf = pdfium.PdfDocument(data)
    tp = pdf[0].get_textpage()
    texts = [tp.get_text_range(i, 1) for i in range(tp.count_chars())]
    q = texts.index("“")
    assert tp.get_charbox(q, loose=True)[0] < tp.get_charbox(q - 1, loose=True)[0]
    tp.close()
    pdf.close()
    ref, fast, fell = _both(data)
    assert [p.text for p in ref.paragraphs] == ["一“一二”一一"]
    assert _view(fast) == _view(ref)
    assert fell == [(1, "character box not at the glyph origin")]


def test_middle_dot_page_reads_as_pdfplumber_reads_it():
    """The 间隔号 of a non-embedded Chinese CID font: PDFium says U+30FB where pdfminer says U+00B7;
    the page goes to pdfplumber, so either engine gives the 间隔号 and the same findings."""
    src = ("@title 江西省商务厅关于举办“赣品·网上行”活动的通知\n@recipients 各设区市商务局：\n"
           "请组织企业参加“赣品·网上行”活动，联系人：欧阳·明。\n@signature 江西省商务厅\n@date 2026年5月6日\n")
    buf = io.BytesIO()
    write_pdf(parse_marked(src), buf)
    ref, fast, fell = _both(buf.getvalue())
    assert "欧阳·明" in "".join(p.text for p in ref.paragraphs)
    assert _view(fast) == _view(ref)
    assert fell == [(1, "middle dot read differently by the two engines")]


def test_type3_font_with_a_bounding_box_stays_on_pdfium():
    ref, fell = _assert_same(_type3_pdf(100).replace(b"/FontBBox [0 0 0 0]", b"/FontBBox [0 0 1000 1000]"))
    assert fell == [] and [p.text for p in ref.paragraphs] == ["一“一二”一一"]


# ---------------------------------------------------------------------------
# bad input, engine choice, lazy import


@pytest.mark.parametrize("seed", range(4))
def test_damaged_files_give_a_document_or_read_error(seed):
    import random

    good = io.BytesIO()
    write_pdf(parse_marked("@title 测试标题\n正文第一段。\n正文第二段。"), good)
    rnd = random.Random(seed)
    for cut in (0.3, 0.7):
        data = bytearray(good.getvalue()[: int(len(good.getvalue()) * cut)])
        for _ in range(20):
            data[rnd.randrange(20, len(data))] = rnd.randrange(256)
        try:
            read_pdf(bytes(data), "noisy.pdf", engine="pdfium")
        except ReadError:
            pass
    with pytest.raises(ReadError):
        read_bytes(b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(3000)), "g.pdf", pdf_engine="pdfium")


def test_engine_choice(tmp_path):
    path = render_draft(office_circular(2), "pdf", tmp_path)
    assert [p.text for p in read_path(path, pdf_engine="pdfium").paragraphs] == \
        [p.text for p in read_path(path).paragraphs]
    previous = set_pdf_engine("pdfium")
    try:
        assert previous == "pdfplumber"
        assert read_path(path).paragraphs
    finally:
        set_pdf_engine(previous)
    with pytest.raises(ValueError):
        set_pdf_engine("mupdf")
    with pytest.raises(ValueError):
        read_pdf(path.read_bytes(), "x.pdf", engine="mupdf")


def test_pypdfium2_is_imported_lazily():
    code = ("import sys, gwlint.readers.pdf_fast, gwlint.readers.pdf, gwlint.audit.worker;"
            "print('pypdfium2' in sys.modules, 'pdfplumber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ---------------------------------------------------------------------------
# audits with --fast-pdf


def _findings(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT d.path, f.code, f.line, f.col, f.message FROM findings f JOIN documents d ON d.id = f.document_id"
            " ORDER BY d.path, f.code, f.line, f.col, f.message").fetchall()
        docs = con.execute("SELECT path, pages, paragraphs, error FROM documents ORDER BY path").fetchall()
    finally:
        con.close()
    out: dict[str, list] = {}
    for path, *rest in rows:
        out.setdefault(os.path.basename(path), []).append(tuple(rest))
    return {"findings": out, "docs": [(os.path.basename(p), *rest) for p, *rest in docs]}


def test_audit_fast_pdf_gives_the_same_findings(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in SAMPLES + CORPUS_PDFS:
        shutil.copy(p, docs / p.name)
    shutil.copy(render_draft(TABLE_DRAFT, "pdf", tmp_path), docs / "table-draft.pdf")
    (docs / "note.txt").write_text(office_circular(2), encoding="utf-8")
    r = run_cli("audit", str(docs), "--db", str(tmp_path / "ref.sqlite"), "--jobs", "2")
    assert r.returncode == 0, r.stderr.decode()
    r = run_cli("audit", str(docs), "--db", str(tmp_path / "fast.sqlite"), "--jobs", "2", "--fast-pdf")
    assert r.returncode == 0, r.stderr.decode()
    ref, fast = _findings(tmp_path / "ref.sqlite"), _findings(tmp_path / "fast.sqlite")
    assert fast == ref
    assert sum(len(v) for v in ref["findings"].values()) > 0
    assert all(err is None for *_, err in ref["docs"])
    # a result read by the other engine is not current: PDFs are linted again, the .txt is not
    r = run_cli("audit", str(docs), "--db", str(tmp_path / "ref.sqlite"), "--jobs", "2", "--fast-pdf")
    n_pdf = len(list(docs.glob("*.pdf")))
    assert f"检查 {n_pdf}，未变化跳过 1" in r.stderr.decode()

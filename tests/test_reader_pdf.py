"""PDF reader: a real typeset circular, drafts rendered by docgen.pdf, bad inputs.

Layout facts are checked against pdfplumber itself (an independent view of the
same file), never against a mock.
"""
from __future__ import annotations

import io
import re

import pytest

pdfplumber = pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from gwlint.docgen import Block, parse_marked, plain_text  # noqa: E402
from gwlint.docgen.pdf import write_pdf  # noqa: E402
from gwlint.model import ReadError  # noqa: E402
from gwlint.readers import read_bytes, read_path  # noqa: E402
from gwlint.readers.pdf import read_pdf  # noqa: E402

from .conftest import CORPUS, need  # noqa: E402

CIRCULAR = CORPUS / "govdoc-cn" / "397.pdf"
PAGE_NO = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页|\d+\s*/\s*\d+|\d+)\s*$")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------
# 1. a real typeset circular (XeTeX, 5 pages)


@pytest.fixture(scope="module")
def circular():
    return read_path(need(CIRCULAR))


@pytest.fixture(scope="module")
def circular_lines():
    txt = CIRCULAR.with_name("397.txt")
    if not txt.exists():
        pytest.skip(f"{txt} not found")
    return [ln for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _para(doc, text):
    hits = [p for p in doc.paragraphs if p.text == text]
    assert hits, f"no paragraph equal to {text!r}"
    return hits[0]


def test_circular_metadata(circular):
    assert circular.format == "pdf"
    assert circular.page_count == 5
    assert circular.pages_without_text == []
    assert [p.source_index for p in circular.paragraphs] == list(range(1, len(circular.paragraphs) + 1))
    assert [p.line for p in circular.paragraphs] == list(range(1, len(circular.paragraphs) + 1))


def test_circular_title_number_recipients(circular, circular_lines):
    title = _para(circular, "关于加强个人所得税纳税信用建设的通知")
    assert title.page == 1
    assert title.style.alignment == "center"
    assert title.style.size_pt == pytest.approx(22.0, abs=0.2)
    number = _para(circular, "发改办财金规〔2019〕860号")
    assert number.style.alignment == "center"
    recipients = next(ln for ln in circular_lines if ln.startswith("各省、自治区"))
    assert recipients.endswith("（室）：")
    para = _para(circular, recipients)  # three wrapped lines, one paragraph
    assert para.style.alignment == "justify"
    assert para.style.first_line_indent_pt == pytest.approx(0.0, abs=1.0)


def test_circular_headings_and_pages(circular):
    expected_pages = {
        "一、总体要求": 1,
        "二、建立个人所得税纳税信用管理机制": 2,
        "（三）建立自然人失信行为认定机制": 3,
        "三、完善守信联合激励和失信联合惩戒机制": 3,
        "四、加强信息安全和权益维护": 4,
        "五、强化组织实施": 4,
        "（二）加强纳税人诚信教育": 5,
    }
    for text, page in expected_pages.items():
        assert _para(circular, text).page == page, text
    # The paragraph that starts on page 1 and runs on to page 2 keeps page 1.
    assert next(p for p in circular.paragraphs if p.text.startswith("2019年1月1日起")).page == 1
    tail = [p.text for p in circular.paragraphs[-3:]]
    assert tail == ["国家发展改革委办公厅", "税务总局办公厅", "2019年8月20日"]
    assert {p.page for p in circular.paragraphs[-4:]} == {5}


def test_circular_body_style(circular):
    body = next(p for p in circular.paragraphs if p.text.startswith("为贯彻落实"))
    st = body.style
    assert st.size_pt == pytest.approx(16.0, abs=0.1)
    assert st.first_line_indent_pt == pytest.approx(32.0, abs=1.0)  # two characters
    assert st.alignment == "justify"
    assert st.font_east_asia == "FZFSK--GBK1-0"  # subset prefix stripped
    assert st.font_ascii == "TimesNewRomanPSMT"


def test_circular_no_page_numbers(circular):
    assert not [p.text for p in circular.paragraphs if PAGE_NO.match(p.text)]
    assert circular.footers == [f"— {n} —" for n in range(1, 6)]


def test_circular_text_matches_reference(circular, circular_lines):
    """Compare with 397.txt.

    397.txt is split into sentences (a new line after many 。 and ；) and adds a
    final 。 to the （一）-style headings, which the typeset PDF does not have.
    So: the whole text must match exactly up to whitespace and those added
    full stops, every reader paragraph must be a run of whole reference lines,
    and no reference line may be cut by a paragraph break (except the joint
    issuer mark, which the PDF sets as three separate blocks).
    """
    heading = re.compile(r"^（[一二三四五六七八九十]+）")

    def ref(ln: str) -> str:
        ln = _squash(ln)
        return ln[:-1] if heading.match(ln) and ln.endswith("。") else ln

    ref_lines = [ref(ln) for ln in circular_lines]
    paras = [_squash(p.text) for p in circular.paragraphs]
    assert "".join(paras) == "".join(ref_lines).replace("\u00ad", "-")

    ref_cuts, pos = set(), 0
    for ln in ref_lines:
        pos += len(ln)
        ref_cuts.add(pos)
    para_cuts, pos = [], 0
    for p in paras:
        pos += len(p)
        para_cuts.append(pos)
    issuer_end = len("发展改革委办公厅文件税务总局办公厅")
    stray = [c for c in para_cuts if c not in ref_cuts and c > issuer_end]
    assert not stray, f"paragraph breaks inside a reference line at {stray}"

    # Reference lines kept whole: all but the joint issuer-mark line.
    intact = 0
    start = 0
    for ln in ref_lines:
        end = start + len(ln)
        if not any(start < c < end for c in para_cuts):
            intact += 1
        start = end
    assert intact / len(ref_lines) >= 0.95
    exact = sum(1 for ln in ref_lines if ln in set(paras))
    assert exact >= 20  # headings, title, recipients, signature … (sentences are merged in the PDF)


def _labelled_elements():
    """Structure elements of 397.pdf from the character-level BIO labels in 397_a.txt.

    The labels follow 397.txt: 曌 stands for a space, 錓 for a line break, and
    the （一）-style headings carry a final 。 that the PDF does not print.
    """
    path = CIRCULAR.with_name("397_a.txt")
    if not path.exists():
        pytest.skip(f"{path} not found")
    elements: list[list[str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        ch, label = raw.rsplit(" ", 1)
        tag, _, role = label.partition("_")
        if tag == "B" or not elements:
            elements.append([role, ""])
        elements[-1][1] += ch
    out = []
    for role, text in elements:
        text = text.replace("曌", "").replace("錓", "")
        if role == "二级标题" and text.endswith("。"):
            text = text[:-1]
        out.append((role, text))
    return out


def test_circular_paragraphs_match_labelled_elements(circular):
    elements = _labelled_elements()
    texts = [p.text for p in circular.paragraphs]
    exact = sum(1 for _, t in elements if t in texts)
    assert exact / len(elements) >= 0.9
    # All but the joint issuer mark (set as three blocks: 发展改革委办公厅 / 文件 /
    # 税务总局办公厅) are reproduced paragraph for paragraph, in order.
    assert elements[0][0] == "发文机关标志"
    assert "".join(texts[:3]) == elements[0][1]
    assert texts[3:] == [t for _, t in elements[1:]]
    by_role = {}
    for (role, _), p in zip(elements[1:], circular.paragraphs[3:]):
        by_role.setdefault(role, []).append(p)
    assert len(by_role["正文"]) == 11 and len(by_role["一级标题"]) == 5 and len(by_role["二级标题"]) == 9
    assert {p.style.font_east_asia for p in by_role["一级标题"]} == {"FZHTK--GBK1-0"}  # 黑体
    assert {p.style.font_east_asia for p in by_role["二级标题"]} == {"FZKTK--GBK1-0"}  # 楷体
    assert {p.style.alignment for p in by_role["正文"]} == {"justify"}


# ---------------------------------------------------------------------------
# 2. drafts rendered by docgen.pdf

DRAFT = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅发〔2026〕5号
@title 江西省人民政府办公厅关于进一步精简文件简报切实减轻基层负担的通知
@recipients 各设区市人民政府，赣江新区管委会，省政府各部门，各有关单位，中直驻赣有关单位：
为深入贯彻落实中央关于整治形式主义为基层减负的决策部署，持续精简文件简报、规范督查检查考核，推动各级干部把更多时间和精力用在抓落实上，经省政府同意，现就有关事项通知如下。本通知所称文件，包括以各级机关名义印发的通知、意见、方案、办法等规范性文件和工作性文件，不包括按照法律法规规定必须发布的公告。
@heading1 一、严格控制发文数量
各地各部门要坚持少而精、管用实用的原则，凡是国家和省里已经明确规定的事项，一律不再重复发文；可发可不发的文件坚决不发，可长可短的文件坚决压缩篇幅，能够合并的文件一律合并印发。2026年全省各级机关发文数量在2025年基础上再压减15%以上，省直部门发文数量压减20%以上，坚决防止以文件落实文件、以会议落实会议。对确需发文的事项，起草部门要认真开展调查研究，广泛听取基层意见，提高文件的针对性和可操作性，确保文件出台后能够落地见效。
@heading2 （一）从严控制规范性文件。
规范性文件要严格履行合法性审核、集体讨论决定等程序，未经合法性审核或者审核不合格的，不得提交审议。各级政府办公厅（室）要加强统筹把关，对内容重复、照抄照搬上级文件、缺乏实质性措施的文件一律退回起草部门重新研究。
The State Council requires all departments to reduce the number of documents and meetings, and to give grassroots officials more time for practical work in their communities.
@heading1 二、规范督查检查考核
省级层面每年开展的督查检查考核事项，实行年度计划和审批报备制度，未列入计划的原则上不得开展。对同一地区、同一事项的督查检查考核，要统筹整合、合并进行，能用信息化手段了解情况的不再要求基层重复填报，不得要求基层提供各类台账资料和过程性材料，坚决纠正留痕过多过滥的问题。
@table 序号|工作任务|责任单位|完成时限
@table 1|制定年度督查检查考核计划并报省委办公厅、省政府办公厅审批|省政府办公厅|2026年3月底前
@table 2|清理规范各类工作群和政务应用程序|省政务服务管理局、省委网信办|2026年6月底前
@table 3|开展基层减负观察点调研||长期坚持
@heading1 三、加强组织实施
各地各部门主要负责同志要切实履行第一责任人职责，亲自研究部署，加强督促检查，推动各项要求落到实处。对落实不力、问题突出的地方和部门，要及时通报、严肃问责。各地各部门贯彻落实情况，请于每年12月20日前报送省政府办公厅。
@attachment_note 附件：2026年度省级督查检查考核事项计划表及相关填报说明（供各地各部门参照执行）
@signature 江西省人民政府办公厅
@date 2026年1月5日
@note （此件公开发布）
@page_break
@attachment_label 附件
@attachment_title 2026年度省级督查检查考核事项计划表
各地各部门要按照本计划表安排督查检查考核工作，未列入计划的事项不得擅自开展。确需增加的，应当按程序报批。计划执行中发现的问题要及时报告，不得层层加码、变相增加基层负担，也不得以调研、评估等名义变相开展督查检查考核活动。
@cc 抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各新闻单位，中直驻赣有关单位。
@printer 江西省人民政府办公厅 2026年1月5日印发
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    blocks = parse_marked(DRAFT)
    path = tmp_path_factory.mktemp("pdf") / "draft.pdf"
    write_pdf(blocks, path)
    return blocks, path, read_path(path)


def test_draft_round_trip_exact(draft):
    blocks, _, doc = draft
    assert [p.text for p in doc.paragraphs] == plain_text(blocks).splitlines()
    assert doc.page_count >= 3
    assert doc.pages_without_text == []
    assert doc.headers == []
    assert doc.footers == [f"— {n} —" for n in range(1, doc.page_count + 1)]
    assert not [p.text for p in doc.paragraphs if p.kind == "body" and PAGE_NO.match(p.text)]


def test_draft_title_is_two_centred_lines_one_paragraph(draft):
    blocks, path, doc = draft
    title_text = next(b.text for b in blocks if b.role == "title")
    with pdfplumber.open(path) as pdf:
        tops = {round(c["top"]) for c in pdf.pages[0].chars if abs(c["size"] - 22) < 0.5}
    assert len(tops) == 2  # the writer really wrapped it
    title = [p for p in doc.paragraphs if p.text == title_text]
    assert len(title) == 1
    assert title[0].style.alignment == "center"
    assert title[0].style.size_pt == pytest.approx(22.0)
    assert _para(doc, "赣府厅发〔2026〕5号").style.alignment == "center"
    assert _para(doc, "江西省人民政府办公厅文件").style.alignment == "center"
    assert _para(doc, "2026年度省级督查检查考核事项计划表").style.alignment == "center"


def test_draft_styles(draft):
    _, _, doc = draft
    body = next(p for p in doc.paragraphs if p.text.startswith("为深入贯彻落实"))
    assert body.style.alignment == "justify"
    assert body.style.first_line_indent_pt == pytest.approx(32.0, abs=0.5)
    assert body.style.size_pt == pytest.approx(16.0)
    assert body.style.font_east_asia == "STSongStd-Light"
    assert _para(doc, "江西省人民政府办公厅").style.alignment == "right"
    assert _para(doc, "2026年1月5日").style.alignment == "right"
    assert _para(doc, "一、严格控制发文数量").style.alignment == "left"
    cc = next(p for p in doc.paragraphs if p.text.startswith("抄送："))
    assert cc.style.size_pt == pytest.approx(14.0)


def test_draft_pages_agree_with_layout(draft):
    """Every printed line belongs to a paragraph on that page or an earlier one;
    a line that starts a paragraph gives that paragraph its page."""
    _, path, doc = draft
    paras = [(_squash(p.text), p) for p in doc.paragraphs]
    crossed = 0
    with pdfplumber.open(path) as pdf:
        for k, page in enumerate(pdf.pages, 1):
            boxes = [t.bbox for t in page.find_tables()]
            lines = page.extract_text_lines()
            for line in lines:
                text = _squash(line["text"])
                if PAGE_NO.match(line["text"]) or not text:
                    continue
                cy = (line["top"] + line["bottom"]) / 2
                if any(b[1] <= cy <= b[3] for b in boxes):
                    continue  # table rows: checked cell by cell below
                owners = [p for s, p in paras if text in s]
                assert owners, f"page {k}: line {line['text']!r} not in any paragraph"
                assert min(p.page for p in owners) <= k
                starts = [p for s, p in paras if s.startswith(text)]
                if starts:
                    assert any(p.page == k for p in starts), line["text"]
                elif k > 1 and line is lines[0]:
                    crossed += 1
    assert crossed >= 1  # at least one paragraph flows across a page break
    pages = [p.page for p in doc.paragraphs]
    assert pages == sorted(pages)
    note = _para(doc, "（此件公开发布）")
    assert _para(doc, "附件").page == note.page + 1  # after the page break
    assert doc.paragraphs[-1].page == doc.page_count


def test_draft_table_cells(draft):
    blocks, _, doc = draft
    rows = next(b.rows for b in blocks if b.role == "table")
    cells = [p for p in doc.paragraphs if p.kind == "table_cell"]
    assert [p.text for p in cells] == [c for r in rows for c in r if c]
    # the header row may end a page and the rest continue on the next one
    positions = [(p.table[1], p.table[2]) for p in cells]
    flat = [(i, j) for i, r in enumerate(rows, 1) for j, c in enumerate(r, 1) if c]
    if len({p.table[0] for p in cells}) == 1:
        assert positions == flat
    assert all(p.table[0] >= 1 for p in cells)
    assert cells[1].text == "工作任务" and cells[1].table[2] == 2
    long_cell = _para(doc, "制定年度督查检查考核计划并报省委办公厅、省政府办公厅审批")
    assert long_cell.kind == "table_cell"  # wrapped inside its cell, one paragraph


def test_long_draft_flows_over_many_pages(tmp_path):
    para = ("各地各部门要坚持少而精、管用实用的原则，凡是国家和省里已经明确规定的事项，一律不再重复发文；"
            "可发可不发的文件坚决不发，能够合并的文件一律合并印发。2026年发文数量再压减15%以上。")
    blocks = [Block("title", "关于开展多页文档测试的通知"), Block("recipients", "各有关单位：")]
    for i in range(1, 16):
        blocks.append(Block("heading1", f"第{i}部分"))
        blocks.append(Block("body", para * 3))
    out = io.BytesIO()
    write_pdf(blocks, out)
    doc = read_bytes(out.getvalue(), "long.pdf")
    assert doc.page_count >= 8
    assert [p.text for p in doc.paragraphs] == plain_text(blocks).splitlines()
    assert len(doc.footers) == doc.page_count


# ---------------------------------------------------------------------------
# running headers/footers in other styles, hand-drawn with reportlab

_FONT = "STSong-Light"


def _cjk_canvas(buf):
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    return canvas.Canvas(buf, pagesize=A4, invariant=1)


def test_page_number_styles_headers_and_full_width_title():
    w, h = A4
    left, size, width = 80.0, 16.0, 432.0  # 27 characters of 16 pt per line
    filler = "本段内容用于检查页码页眉以及段落重建的识别效果并确认换行处理正确无误" * 3
    numerals = "一二三四"
    buf = io.BytesIO()
    c = _cjk_canvas(buf)
    footers = ["- 1 -", "—2—", "第3页", "4/4"]
    expected = []
    for n, footer in enumerate(footers, 1):
        c.setFont(_FONT, 10.5)
        c.drawString(left, h - 40, "内部资料 注意保存")
        y = h - 120
        if n == 1:
            # A 22 pt title whose first line is stretched over the whole text
            # block, the second line centred under it.
            line1, line2 = "关于在全省范围内开展文件简报精简工作", "和督查检查考核规范工作的通知"
            t = c.beginText()
            t.setFont(_FONT, 22)
            t.setCharSpace((width - 22 * len(line1)) / (len(line1) - 1))
            t.setTextOrigin(left, y)
            t.textOut(line1)
            t.setCharSpace(0)
            c.drawText(t)
            y -= 30
            c.setFont(_FONT, 22)
            c.drawCentredString(left + width / 2, y, line2)
            y -= 45
            expected.append((line1 + line2, 1))
        c.setFont(_FONT, size)
        for k in range(2):
            text = (f"第{numerals[n - 1]}页第{numerals[k]}段" + filler)[: 25 + 27 + 9 + k]
            for line, indent in ((text[:25], 2 * size), (text[25:52], 0.0), (text[52:], 0.0)):
                c.drawString(left + indent, y, line)
                y -= 29
            expected.append((text, n))
        c.setFont(_FONT, 14)
        c.drawCentredString(left + width / 2, 60, footer)
        c.showPage()
    c.save()
    doc = read_bytes(buf.getvalue(), "numbers.pdf")
    assert [(p.text, p.page) for p in doc.paragraphs] == expected
    assert doc.paragraphs[0].style.alignment == "center"
    assert doc.paragraphs[1].style.first_line_indent_pt == pytest.approx(32.0, abs=0.5)
    assert doc.footers == footers
    assert doc.headers == ["内部资料 注意保存"]


def test_short_one_line_paragraphs_stay_apart():
    """A one-page notice with no wrapped line: nothing proves where the right
    edge is, so equally long lines must not be glued together."""
    w, h = A4
    left, size = 80.0, 16.0
    buf = io.BytesIO()
    c = _cjk_canvas(buf)
    c.setFont(_FONT, 22)
    c.drawCentredString(w / 2, h - 120, "关于召开专题会议的通知")
    c.setFont(_FONT, size)
    lines = [
        (left, "各处室、各直属单位："),
        (left + 2 * size, "定于本周五下午三时在三楼会议室召开专题会议。"),
        (left + 2 * size, "请各单位主要负责同志准时参加会议并做好发言准备。"),
        (left + 2 * size, "请各单位分管负责同志一同参加会议并做好记录准备。"),
        (left + 2 * size, "特此通知。"),
    ]
    y = h - 170
    for x, text in lines:
        c.drawString(x, y, text)
        y -= 29
    c.drawRightString(w - left - 4 * size, y - 29, "办公室")
    c.showPage()
    c.save()
    doc = read_bytes(buf.getvalue(), "notice.pdf")
    assert [p.text for p in doc.paragraphs] == ["关于召开专题会议的通知"] + [t for _, t in lines] + ["办公室"]
    assert doc.paragraphs[0].style.alignment == "center"
    assert doc.paragraphs[-1].style.alignment == "right"


def test_watermark_and_fake_bold_are_not_text():
    w, h = A4
    buf = io.BytesIO()
    c = _cjk_canvas(buf)
    c.setFont(_FONT, 16)
    c.drawString(112, h - 150, "正文第一段，用于检查水印。")
    # 仿粗体: the same line printed twice, shifted by 0.3 pt
    c.drawString(112, h - 179, "一、加粗的标题")
    c.drawString(112.3, h - 179, "一、加粗的标题")
    c.saveState()
    c.translate(w / 2, h / 2)
    c.rotate(45)
    c.setFont(_FONT, 60)
    c.drawCentredString(0, 0, "征求意见稿")
    c.restoreState()
    c.showPage()
    c.save()
    doc = read_bytes(buf.getvalue(), "watermark.pdf")
    assert [p.text for p in doc.paragraphs] == ["正文第一段，用于检查水印。", "一、加粗的标题"]
    assert any("旋转" in n for n in doc.notes)


# ---------------------------------------------------------------------------
# 3. bad inputs: always ReadError or pages_without_text, never a traceback


def _canvas_bytes(draw, **kwargs) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, **kwargs)
    draw(c)
    c.save()
    return buf.getvalue()


def _draw_text(c):
    c.drawString(100, 700, "Confidential draft")
    c.showPage()


def _draw_scan(c):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    im = Image.new("L", (240, 320), 255)
    for x in range(20, 220):
        for y in range(40, 44):
            im.putpixel((x, y), 0)  # a "printed line" in the raster
    png = io.BytesIO()
    im.save(png, "PNG")
    png.seek(0)
    c.drawImage(ImageReader(png), 50, 100, 480, 640)
    c.showPage()


@pytest.fixture(scope="module")
def good_pdf() -> bytes:
    buf = io.BytesIO()
    write_pdf(parse_marked("@title 测试标题\n正文第一段。\n正文第二段。"), buf)
    return buf.getvalue()


def test_encrypted_pdf_is_read_error():
    data = _canvas_bytes(_draw_text, encrypt="secret")
    with pytest.raises(ReadError) as err:
        read_bytes(data, "locked.pdf")
    assert "加密" in err.value.message and "密码" in err.value.message


def test_owner_password_only_pdf_is_readable():
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0)
    doc = read_bytes(_canvas_bytes(_draw_text, encrypt=enc), "restricted.pdf")
    assert [p.text for p in doc.paragraphs] == ["Confidential draft"]


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_truncated_pdf_is_read_error(good_pdf, cut):
    with pytest.raises(ReadError) as err:
        read_bytes(good_pdf[: int(len(good_pdf) * cut)], "cut.pdf")
    assert "PDF" in err.value.message


@pytest.mark.parametrize("seed", range(3))
def test_garbage_after_pdf_header_is_read_error(seed):
    import random

    rnd = random.Random(seed)
    data = b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(ReadError):
        read_bytes(data, "garbage.pdf")


def test_header_only_pdf_is_read_error():
    with pytest.raises(ReadError):
        read_bytes(b"%PDF-1.4\n%%EOF\n", "empty.pdf")


def test_scanned_page_reported(good_pdf):
    pytest.importorskip("PIL")
    doc = read_bytes(_canvas_bytes(_draw_scan), "scan.pdf")
    assert doc.pages_without_text == [1]
    assert doc.paragraphs == []
    assert doc.page_count == 1


def test_scanned_page_among_text_pages():
    pytest.importorskip("PIL")

    def draw(c):
        _draw_text(c)
        _draw_scan(c)
        _draw_text(c)

    doc = read_bytes(_canvas_bytes(draw), "mixed.pdf")
    assert doc.pages_without_text == [2]
    assert [(p.text, p.page) for p in doc.paragraphs] == [("Confidential draft", 1), ("Confidential draft", 3)]


def test_empty_page_pdf_is_read_error():
    data = _canvas_bytes(lambda c: c.showPage())
    with pytest.raises(ReadError) as err:
        read_bytes(data, "blank.pdf")
    assert "没有" in err.value.message


def test_read_pdf_never_leaks_other_exceptions(good_pdf):
    # Flip bytes inside the content streams and the xref: whatever pdfminer
    # makes of it, the reader returns a Document or raises ReadError.
    import random

    rnd = random.Random(7)
    for _ in range(25):
        data = bytearray(good_pdf)
        for _ in range(30):
            data[rnd.randrange(20, len(data))] = rnd.randrange(256)
        try:
            read_pdf(bytes(data), "noisy.pdf")
        except ReadError:
            pass


def test_kangxi_radicals_normalised():
    from gwlint.readers.pdf import _CJK_COMPAT

    assert "\u2f00\u2f08\u2f47".translate(_CJK_COMPAT) == "一人日"
    assert "，。".translate(_CJK_COMPAT) == "，。"


# ------------------------------------------------------------------ issue 15: the .pdf reads as the .docx does
TABBED = """@title 九江市生态环境局关于开展入河排污口排查整治的通知
@recipients 各县（市、区）生态环境分局：
请按下列要求报送材料：
序号\t报送材料\t报送时间
1\t入河排污口整治进度表\t每月5日前
2\t整治工作季度进展报告\t每季度末月25日前
联系人：李明，电话：0792-8567321。
@signature 九江市生态环境局
@date 2026年5月19日
"""


def test_a_list_typed_with_tabs_reads_as_in_the_docx(tmp_path):
    from gwlint.analysis.tables import build_tables
    from gwlint.docgen.docx import write_docx

    blocks = parse_marked(TABBED)
    write_pdf(blocks, tmp_path / "a.pdf")
    write_docx(blocks, tmp_path / "a.docx")
    pdf, docx = read_path(tmp_path / "a.pdf"), read_path(tmp_path / "a.docx")
    assert [(p.text, p.tabs) for p in pdf.paragraphs] == [(p.text, p.tabs) for p in docx.paragraphs]
    assert [p.text for p in pdf.paragraphs] == plain_text(blocks).replace("\t", " ").splitlines()
    lines = list(range(1, len(pdf.paragraphs) + 1))
    found = build_tables(pdf.paragraphs, lines)
    assert [(t.kind, [r.cells for r in t.rows]) for t in found] == [
        ("tabs", [["序号", "报送材料", "报送时间"], ["1", "入河排污口整治进度表", "每月5日前"],
                  ["2", "整治工作季度进展报告", "每季度末月25日前"]])]


def test_wide_gaps_inside_prose_lines_are_no_tabs(tmp_path):
    blocks = parse_marked("@title 关于做好工作的通知\n各地要加强组织领导，明确责任分工，确保各项任务落到实处，切实做好春季农业生产工作。\n")
    write_pdf(blocks, tmp_path / "a.pdf")
    paras = read_path(tmp_path / "a.pdf").paragraphs
    assert len(paras) == 2 and all(p.tabs == () for p in paras)


def test_the_interpunct_survives_the_drafts_pdf(tmp_path):
    blocks = parse_marked("@title 关于开展“美丽萍乡·清洁家园”行动的通知\n深入开展“美丽萍乡·清洁家园”行动。\n")
    write_pdf(blocks, tmp_path / "a.pdf")
    assert [p.text for p in read_path(tmp_path / "a.pdf").paragraphs][:2] == plain_text(blocks).splitlines()


@pytest.mark.parametrize("signature, paragraphs", [
    (["江西省市场监督管理局新冠肺炎疫情防控工作领导小组"], ["江西省市场监督管理局新冠肺炎疫情防控工作领导小组"]),
    (["安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"], ["安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"]),
    (["江西省财政厅", "江西省农业农村厅"], ["江西省财政厅", "江西省农业农村厅"]),  # a joint 署名 stays two
])
def test_a_signature_too_long_for_its_line_is_one_paragraph(tmp_path, signature, paragraphs):
    body = "各设区市市场监管局要加强进口冷链食品追溯管理，督促经营者落实查验制度，确保食品安全。"
    src = "@title 关于做好冷链食品安全监管工作的通知\n@recipients 各设区市市场监管局：\n" + body + "\n" + \
        "".join(f"@signature {s}\n" for s in signature) + "@date 2021年1月20日\n"
    write_pdf(parse_marked(src), tmp_path / "a.pdf")
    texts = [p.text for p in read_path(tmp_path / "a.pdf").paragraphs]
    assert texts == ["关于做好冷链食品安全监管工作的通知", "各设区市市场监管局：", body, *paragraphs, "2021年1月20日"]


_NO_START = "。，、；：？！）》”"


def _ragged_lines(text: str, first: float, width: float, size: float) -> list[str]:
    """Left-aligned (ragged right) lines as a word processor sets them: as many glyphs as fit,
    and a closing mark that may not start a line pulls the glyph before it down (kinsoku)."""
    lines, cur, room = [], "", width - first
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, _FONT, size) <= room:
            cur += ch
            continue
        if ch in _NO_START:
            cur, carry = cur[:-1], cur[-1]
        else:
            carry = ""
        lines.append(cur)
        cur, room = carry + ch, width
    return lines + [cur]


def test_ragged_right_lines_stay_in_their_paragraph():
    """Issue 15 (holdout gw801-p02, LibreOffice left-aligned output): a line that ends short of
    the right edge because the next full-width glyph — with the closing mark that travels with
    it — did not fit is full; half-width glyphs make such lines end anywhere.  A paragraph
    whose last line ends a sentence at the edge still ends there (附件说明 after it)."""
    w, h = A4
    left, size, width = 80.0, 16.0, 432.0
    paras = [
        "一、各县（区）人民政府、市直各部门要按照《抚州市公共数据管理办法(试行)》要求，6月底前完成数据资源目录编制(含共享属性和开放属性)，并报市数据局备案。",
        "二、市数据局负责公共数据平台建设运行，按月通报各部门数据更新情况，数据质量问题(如重复、缺项)要在5个工作日内整改到位，不留死角不留。",
        "三、各地要认真组织实施，结合本地实际细化工作措施，抓好督促落实，确保各项任务按期完成取得实效。",
    ]
    buf = io.BytesIO()
    c = _cjk_canvas(buf)
    c.setFont(_FONT, size)
    y = h - 120
    n_lines = []
    for text in paras:
        lines = _ragged_lines(text, 2 * size, width, size)
        n_lines.append(len(lines))
        for k, line in enumerate(lines):
            c.drawString(left + (2 * size if k == 0 else 0), y, line)
            y -= 29
    c.drawString(left, y, "附件：数据资源目录编制要求")
    c.showPage()
    c.save()
    assert min(n_lines) >= 2
    doc = read_bytes(buf.getvalue(), "ragged.pdf")
    assert [p.text for p in doc.paragraphs] == paras + ["附件：数据资源目录编制要求"]


_FILL = "各地要按照全省统一部署认真组织实施确保各项任务按期完成取得实效并及时总结经验做法形成长效机制推动工作落地见效"


@pytest.mark.parametrize("follow", ["note", "label", "heading"])
def test_a_last_line_ending_a_sentence_at_the_edge_does_not_swallow_the_next_element(tmp_path, follow):
    """Issue 15 item 11: whatever the paragraph's length, a last line that ends a sentence
    exactly at the right edge is followed by 附件：…, 附件2 on the next page or 二、… as a
    paragraph of its own; lengths around one and two full lines are tried so that one of
    them fills the line."""
    for n in range(22, 60, 1):
        body = _FILL[:n] + "。"
        lines = ["@title 江西省商务厅关于做好外贸稳增长工作的通知", "@recipients 各设区市商务局：", body]
        if follow == "note":
            lines += ["@attachment_note 附件：外贸企业名单", "@signature 江西省商务厅", "@date 2026年3月1日"]
            want = "附件：外贸企业名单"
        elif follow == "heading":
            lines += ["二、加强组织领导", "@signature 江西省商务厅", "@date 2026年3月1日"]
            want = "二、加强组织领导"
        else:
            lines += ["@signature 江西省商务厅", "@date 2026年3月1日", "@page_break", "@attachment_label 附件2",
                      "@attachment_title 外贸企业名单", body, "@page_break", "@attachment_label 附件3",
                      "@attachment_title 重点展会目录"]
            want = "附件3"
        path = tmp_path / f"{follow}{n}.pdf"
        write_pdf(parse_marked("\n".join(lines)), path)
        texts = [p.text for p in read_path(path).paragraphs]
        assert want in texts, (n, texts)
        assert body in texts, (n, texts)


def test_a_sentence_ending_at_the_edge_inside_a_paragraph_still_continues(tmp_path):
    for n in range(22, 34):
        body = _FILL[:n] + "。" + "请各设区市商务局于3月底前将工作情况报送省商务厅。"
        src = "\n".join(["@title 江西省商务厅关于做好外贸稳增长工作的通知", "@recipients 各设区市商务局：", body,
                         "@signature 江西省商务厅", "@date 2026年3月1日"])
        path = tmp_path / f"p{n}.pdf"
        write_pdf(parse_marked(src), path)
        assert body in [p.text for p in read_path(path).paragraphs], n


@pytest.mark.parametrize("signature", ["中共江西省委全面依法治省委员会守法普法协调小组",
                                       "中共江西省人民政府国有资产监督管理委员会委员会"])
def test_long_signature_does_not_swallow_the_date(tmp_path, signature):
    """A 署名 long enough to start at the left edge lines up with the right-aligned date
    under it: the date is still a paragraph of its own (issue 15, holdout3)."""
    src = (f"@doc_number 赣法普字〔2026〕6号\n@title 关于开展宪法宣传周活动的通知\n@recipients 各设区市：\n"
           f"各设区市要在2026年12月4日前组织开展集中宣传活动。\n@signature {signature}\n@date 2026年5月14日\n")
    path = tmp_path / "d.pdf"
    write_pdf(parse_marked(src), path)
    texts = [p.text for p in read_path(path).paragraphs]
    assert texts[-2:] == [signature, "2026年5月14日"]

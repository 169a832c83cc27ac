"""OFD (GB/T 33190) input: real files from other producers, drafts written by
gwlint.docgen.ofd in every way producers write them, and damaged packages.

An OFD of a draft must read exactly like the PDF of the same draft (same
paragraphs, pages, tables, layout style, running page numbers, structure and
findings): both go through the same layout code.
"""
from __future__ import annotations

import io
import json
import time
import zipfile

import pytest

from gwlint.api import inspect_path, lint_bytes, lint_path
from gwlint.config import load_config
from gwlint.docgen import parse_marked, plain_text
from gwlint.docgen.docx import write_docx
from gwlint.docgen.ofd import write_ofd
from gwlint.docgen.pdf import write_pdf
from gwlint.model import ReadError
from gwlint.readers import read_bytes, read_path
from gwlint.structure import analyze

from .conftest import CORPUS, REPO, need, run_cli

OFD_CORPUS = CORPUS / "ofd"

# A draft written for these tests: 红头, a wrapped title, headings, a Latin
# sentence, a ruled table, an attachment on its own page and a 版记.
DRAFT = """
@issuer_mark 江西省生态环境厅文件
@doc_number 赣环字〔2026〕7号
@title 江西省生态环境厅关于做好2026年春季大气污染防治和秸秆禁烧工作的通知
@recipients 各设区市生态环境局，赣江新区社会发展局：
为持续改善全省环境空气质量，防止春季秸秆焚烧和扬尘污染反弹，确保完成年度空气质量改善目标，现就做好有关工作通知如下。
@heading1 一、压实属地责任
各设区市生态环境局要会同同级农业农村部门，细化秸秆禁烧网格化管理措施，将责任落实到乡镇和村组，做到横向到边、纵向到底。对出现焚烧火点的地区，要在24小时内查明原因并报送处置情况。
@heading2 （一）加强监测预警。
要充分利用卫星遥感和高空视频监控，每日调度火点信息，发现火点立即通知属地核查处置。
Satellite alerts are checked by the county office within 2 hours of each report.
@heading1 二、强化工作调度
@table 序号|工作事项|责任单位|完成时限
@table 1|制定春季秸秆禁烧工作方案|各设区市生态环境局|2026年3月10日前
@table 2|建立火点核查处置台账|各县（市、区）生态环境分局|长期坚持
各设区市生态环境局要于每月5日前将上月工作情况报送省生态环境厅大气环境处。
@attachment_note 附件：春季秸秆禁烧火点处置情况统计表
@signature 江西省生态环境厅
@date 2026年2月26日
@note （此件主动公开）
@page_break
@attachment_label 附件
@attachment_title 春季秸秆禁烧火点处置情况统计表
各地要如实填写火点发现时间、地点、核查结果和处置措施，不得瞒报、漏报。
@cc 抄送：生态环境部大气环境司，省农业农村厅。
@printer 江西省生态环境厅办公室 2026年2月26日印发
"""

VARIANTS = {
    "plain": {},
    "split-runs": {"split_runs": True},
    "ctm": {"ctm": True},
    "template": {"template": True},
    "all": {"split_runs": True, "ctm": True, "template": True, "unlisted_page": True},
}


def _view(doc):
    paras = [(p.text, p.page, p.kind, p.table, p.style.alignment, p.style.first_line_indent_pt, p.style.size_pt)
             for p in doc.paragraphs]
    return paras, doc.headers, doc.footers, doc.pages_without_text, doc.page_count


def _structure_key(doc):
    s = analyze(doc)
    return (s.doc_number.text if s.doc_number else None, s.title.text if s.title else None,
            s.issuer.name if s.issuer else None, s.recipient_list, s.date_value, s.char_count, s.cc_list,
            len(s.attachments), [(h.style, h.number, h.line) for h in s.headings])


def _findings(path):
    return [(f.code, f.line, f.column, f.end_column, f.page, f.message)
            for f in lint_path(path, load_config()).findings]


@pytest.fixture(scope="module")
def blocks():
    return parse_marked(DRAFT)


@pytest.fixture(scope="module")
def rendered(blocks, tmp_path_factory):
    d = tmp_path_factory.mktemp("ofd-draft")
    pdf, docx = d / "draft.pdf", d / "draft.docx"
    write_pdf(blocks, pdf)
    write_docx(blocks, docx)
    ofds = {}
    for name, opts in VARIANTS.items():
        ofds[name] = d / f"draft-{name}.ofd"
        write_ofd(blocks, ofds[name], **opts)
    return pdf, docx, ofds


# ---------------------------------------------------------------------------
# 1. generated drafts: the OFD reads as the PDF


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_ofd_reads_like_the_pdf_of_the_same_draft(variant, rendered, blocks):
    pdf, _, ofds = rendered
    doc, ref = read_path(ofds[variant]), read_path(pdf)
    assert doc.format == "ofd"
    assert [p.text for p in doc.paragraphs] == plain_text(blocks).splitlines()
    assert _view(doc) == _view(ref)
    assert doc.page_count == 3 and doc.footers == ["— 1 —", "— 2 —", "— 3 —"]
    cells = [(p.table, p.text) for p in doc.paragraphs if p.kind == "table_cell"]
    assert cells[:4] == [((1, 1, 1), "序号"), ((1, 1, 2), "工作事项"), ((1, 1, 3), "责任单位"), ((1, 1, 4), "完成时限")]
    assert not doc.notes


@pytest.mark.parametrize("variant", ["plain", "all"])
def test_structure_and_findings_identical_across_formats(variant, rendered):
    pdf, docx, ofds = rendered
    ofd = ofds[variant]
    keys = [_structure_key(read_path(p)) for p in (ofd, pdf, docx)]
    assert keys[0] == keys[1] == keys[2]
    number, title, issuer, recipients, date, *_ = keys[0]
    assert number == "赣环字〔2026〕7号" and title.startswith("江西省生态环境厅关于") and issuer == "江西省生态环境厅"
    assert recipients == ["各设区市生态环境局", "赣江新区社会发展局"] and str(date) == "2026-02-26"
    got, ref = _findings(ofd), _findings(pdf)
    assert got == ref
    # the .docx has no pages and layout rules of its own; everything else agrees
    strip = [(c, ln, col, end, msg) for c, ln, col, end, _, msg in got if not c.startswith("GW707")]
    assert strip == [(c, ln, col, end, msg) for c, ln, col, end, _, msg in _findings(docx)
                     if not c.startswith("GW707")]


def test_sample_drafts_agree_with_their_pdf(tmp_path):
    for src in sorted((REPO / "sample_docs" / "src").glob("*.gw*")):
        blocks = parse_marked(src.read_text(encoding="utf-8"))
        write_pdf(blocks, tmp_path / "s.pdf")
        write_ofd(blocks, tmp_path / "s.ofd", split_runs=True, ctm=True)
        assert _view(read_path(tmp_path / "s.ofd")) == _view(read_path(tmp_path / "s.pdf")), src.name
        assert _findings(tmp_path / "s.ofd") == _findings(tmp_path / "s.pdf"), src.name


def test_unlisted_page_is_not_read(rendered):
    _, _, ofds = rendered
    with zipfile.ZipFile(ofds["all"]) as zf:
        stray = [n for n in zf.namelist() if n.startswith("Doc_0/Pages/Page_3/")]
        assert stray and "不应读入".encode() in zf.read(stray[0])
    doc = read_path(ofds["all"])
    assert doc.page_count == 3 and "不应读入" not in doc.text


def test_template_page_text_is_read(rendered):
    _, _, ofds = rendered
    with zipfile.ZipFile(ofds["template"]) as zf:
        page1 = zf.read("Doc_0/Pages/Page_0/Content.xml").decode()
        tpl = zf.read("Doc_0/Tpls/Tpl_0/Content.xml").decode()
    assert "江西省生态环境厅文件" not in page1 and "江西省生态环境厅文件" in tpl
    assert read_path(ofds["template"]).paragraphs[0].text == "江西省生态环境厅文件"


def test_outlined_issuer_mark_is_not_text_and_is_reported(blocks, rendered, tmp_path):
    pdf, _, _ = rendered
    path = tmp_path / "outline.ofd"
    write_ofd(blocks, path, issuer_mark="outline", split_runs=True)
    doc = read_path(path)
    expected = plain_text(blocks).splitlines()
    assert expected[0] == "江西省生态环境厅文件"
    assert [p.text for p in doc.paragraphs] == expected[1:]  # never guessed
    assert len(doc.notes) == 1 and "第 1 页" in doc.notes[0] and "图形轮廓" in doc.notes[0]
    ref = _structure_key(read_path(pdf))
    got = _structure_key(doc)
    assert got[:2] == ref[:2] and got[3:5] == ref[3:5]  # 文号, 标题, 主送, 日期
    ins = inspect_path(path).to_dict()
    assert ins["reader_notes"] == doc.notes
    r = run_cli("inspect", str(path))
    assert r.returncode == 0 and "读取说明：OFD 第 1 页" in r.stdout.decode()
    # the same mark on a template page is reported as well
    write_ofd(blocks, path, issuer_mark="outline", template=True)
    assert read_path(path).notes == doc.notes


# ---------------------------------------------------------------------------
# 2. real OFD files


def test_corpus_pifu_reads_as_a_gongwen():
    doc = read_path(need(OFD_CORPUS / "01-pifu-iofd.ofd"))
    assert [(p.page, p.text) for p in doc.paragraphs] == [
        (1, "测试符路桥区卫生局文件"),
        (1, "路卫发〔2011〕76号"),
        (1, "关于同意张阿三同志辞职的批复"),
        (1, "区中医院："),
        (1, "你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。"),
        (1, "张阿三，男，1978年2月出生，籍贯江西新建，2001年9月参加工作，本科学历，主治医师，系区中医院职工。"),
        (1, "该同志由于家庭、籍贯等原因，从2006年1月至今未到单位上班，期间院方曾多次与其联系，均被拒绝回院。"
            "2011年3月1日该同志向医院递交辞职报告，鉴于本人实际情况，根据《浙江省专业技术人员和管理人员辞职暂行办法》"
            "（浙人才〔1993〕73号）文件精神，经研究，同意张阿三同志辞职。"),
        (2, "测试符路桥区卫生局办公室"),
        (2, "2011年3月10日"),
        (2, "测试符路桥区卫生局办公室 2011年3月10日印发"),
    ]
    assert doc.page_count == 2 and doc.footers == ["— 1 —", "— 2 —"] and not doc.notes
    styles = [p.style for p in doc.paragraphs]
    assert styles[0].size_pt > 40 and styles[0].alignment == "center" and styles[0].bold  # Weight 900
    assert styles[2].alignment == "center" and styles[4].size_pt == pytest.approx(15.9, abs=0.2)  # 三号
    assert styles[4].first_line_indent_pt == pytest.approx(2 * 15.9, abs=1.5)
    assert [s.alignment for s in styles[7:9]] == ["right", "right"]
    st = analyze(doc)
    assert st.doc_number.text == "路卫发〔2011〕76号" and st.title.text == "关于同意张阿三同志辞职的批复"
    assert st.recipient_list == ["区中医院"] and str(st.date_value) == "2011-03-10" and st.doc_type == "批复"
    assert st.issuer.name == "测试符路桥区卫生局"


def test_corpus_form_with_ctm_split_runs_and_annotation():
    doc = read_path(need(OFD_CORPUS / "03-shouwen-form.ofd"))
    cells = {p.text for p in doc.paragraphs if p.kind == "table_cell"}
    assert {"来文文号", "府办专督〔2020〕24号", "来文单位", "市人民政府办公室", "公文标题",
            "市委主要领导同志调研后续落实事项的通知"} <= cells
    assert doc.paragraphs[0].text == "XX市政府文件处理" and doc.paragraphs[0].style.size_pt == pytest.approx(22, abs=0.2)
    assert "测试文本注释" not in doc.text  # an annotation, not the document


def test_corpus_invoice_labels_on_template_page():
    doc = read_path(need(OFD_CORPUS / "04-invoice-suwell.ofd"))
    text = doc.text
    assert doc.paragraphs[0].text == "电子发票（增值税专用发票）"
    for label in ("购买方信息", "销售方信息", "价税合计（大写）", "开票人：于俪"):  # template-only labels
        assert label in text
    assert "2024年05月28日" in text and "肆仟肆佰肆拾玖圆整" in text


def test_corpus_invoice_unlisted_page_not_read():
    path = need(OFD_CORPUS / "05-invoice-nuonuo.ofd")
    with zipfile.ZipFile(path) as zf:
        assert "销售货物或者提供应税劳务、服务清单" in zf.read("Doc_0/Pages/Page_1/Content.xml").decode()
    doc = read_path(path)
    assert doc.page_count == 1 and "销售货物或者提供应税劳务、服务清单" not in doc.text
    assert "浙江增值税电子普通发票" in doc.text and "杭州融运科技有限公司" in doc.text


def test_corpus_through_every_command(tmp_path):
    r = run_cli("check", "--format", "json", str(OFD_CORPUS))
    assert r.returncode in (0, 1) and b"Traceback" not in r.stderr
    paths = {f["path"] for f in json.loads(r.stdout)}
    assert not any(f["code"] == "GW001" for f in json.loads(r.stdout)), r.stdout
    r = run_cli("text", str(OFD_CORPUS / "01-pifu-iofd.ofd"))
    assert r.returncode == 0 and "第2页  2011年3月10日" in r.stdout.decode()
    r = run_cli("inspect", "--format", "json", str(OFD_CORPUS / "01-pifu-iofd.ofd"))
    d = json.loads(r.stdout)
    assert d["doc_number"] == "路卫发〔2011〕76号" and d["format"] == "ofd" and d["pages"] == 2
    assert {p.rsplit("/", 1)[-1] for p in paths} <= {p.name for p in OFD_CORPUS.glob("*.ofd")}
    db = tmp_path / "audit.sqlite"
    r = run_cli("audit", str(OFD_CORPUS), "--db", str(db), "--jobs", "1")
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr.decode()
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, format, pages, error FROM documents ORDER BY path").fetchall()
    assert [(p.rsplit("/", 1)[-1], f, e) for p, f, _, e in rows] == [
        (p.name, "ofd", None) for p in sorted(OFD_CORPUS.glob("*.ofd"))]
    assert [n for *_, n, _ in rows] == [2, 1, 1, 1]


def test_annotate_explains_docx_only(tmp_path):
    src = need(OFD_CORPUS / "01-pifu-iofd.ofd")
    r = run_cli("check", str(src), "--annotate", str(tmp_path / "out.docx"))
    assert r.returncode == 2 and "只能写入 .docx" in r.stderr.decode()
    r = run_cli("check", str(src), "--fix-docx", str(tmp_path / "out.docx"))
    assert r.returncode == 2 and "OFD 是版式文件" in r.stderr.decode() and "只能写入 .docx" in r.stderr.decode()
    assert not (tmp_path / "out.docx").exists()


# ---------------------------------------------------------------------------
# 3. damaged and hostile packages


def _zip(parts: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
OFD_XML = f'<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'


def _document(pages=1, template: str = "") -> str:
    listed = "".join(f'<ofd:Page ID="{i + 10}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(pages))
    return (f'<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
            f'</ofd:PageArea>{template}</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>')


def _page(objects: str, extra: str = "") -> str:
    return f'<ofd:Page {NS}>{extra}<ofd:Content><ofd:Layer ID="1">{objects}</ofd:Layer></ofd:Content></ofd:Page>'


TEXT = ('<ofd:TextObject ID="2" Boundary="28 50 156 10" Size="5.6"><ofd:TextCode X="0" Y="5" '
        'DeltaX="g 20 5.6">各设区市人民政府要于3月底前报送工作总结。</ofd:TextCode></ofd:TextObject>')


def _ofd(page: str, **more) -> bytes:
    return _zip({"OFD.xml": OFD_XML, "Doc_0/Document.xml": more.pop("document", _document()),
                 "Doc_0/Pages/Page_0/Content.xml": page, **more})


def _code(data: bytes, name: str = "x.ofd") -> tuple[str, str]:
    t = time.monotonic()
    res = lint_bytes(data, name)
    assert time.monotonic() - t < 20
    # an exception the reader did not foresee: escaped to the engine, or caught by the reader's catch-all
    assert not any("读取文件时出错" in f.message or "无法读取该 OFD 文件（" in f.message for f in res.findings), res.findings
    codes = [f.code for f in res.findings if f.code.startswith("GW00")]
    return (codes[0] if codes else "", res.findings[0].message if res.findings else "")


def test_minimal_package_reads():
    doc = read_bytes(_ofd(_page(TEXT)), "x.ofd")
    assert [p.text for p in doc.paragraphs] == ["各设区市人民政府要于3月底前报送工作总结。"]


def test_content_decides_the_format_not_the_extension(rendered):
    _, docx, _ = rendered
    assert read_bytes(_ofd(_page(TEXT)), "draft.docx").format == "ofd"
    assert read_bytes(docx.read_bytes(), "draft.ofd").format == "docx"


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_zip_is_gw001(cut):
    data = (OFD_CORPUS / "01-pifu-iofd.ofd").read_bytes()
    code, msg = _code(data[: int(len(data) * cut)])
    assert code == "GW001" and "OFD" in msg


@pytest.mark.parametrize("parts,needle", [
    ({"OFD.xml": OFD_XML}, "Document.xml"),  # missing Document.xml
    ({"Doc_0/Document.xml": _document()}, "OFD.xml"),  # missing entry point
    ({"OFD.xml": OFD_XML, "Doc_0/Document.xml": _document()}, "Content.xml"),  # listed page missing
    ({"OFD.xml": OFD_XML, "Doc_0/Document.xml": _document(0)}, "没有页面"),
    ({"OFD.xml": "<ofd:OFD", "Doc_0/Document.xml": _document()}, "XML"),  # broken XML
    ({"OFD.xml": OFD_XML, "Doc_0/Document.xml": _document(),
      "Doc_0/Pages/Page_0/Content.xml": "<ofd:Page><ofd:Content>"}, "XML"),
])
def test_broken_structure_is_gw001(parts, needle):
    code, msg = _code(_zip(parts))
    assert code == "GW001" and needle in msg, msg


def test_not_a_zip_with_ofd_extension_is_gw001():
    code, msg = _code(b"this is not an ofd package at all")
    assert code == "GW001" and "OFD" in msg


def test_xml_bombs_are_refused_quickly():
    laughs = ('<?xml version="1.0"?><!DOCTYPE ofd:Page [<!ENTITY a "AAAAAAAAAA">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
              + f']>{_page(TEXT.replace("各设区市", "&j;"))}')
    code, msg = _code(_ofd(laughs))
    assert code == "GW001" and "DTD" in msg
    external = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>{_page(TEXT)}'
    code, msg = _code(_ofd(external))
    assert code == "GW001"
    # a part that inflates past the per-part cap (a zip bomb)
    bomb = _page(TEXT).replace("</ofd:Page>", " " * (70 * 1024 * 1024) + "</ofd:Page>")
    code, msg = _code(_ofd(bomb))
    assert code == "GW001" and "MB" in msg


def test_self_referencing_template_pages_terminate():
    tpl = ('<ofd:TemplatePage ID="5" BaseLoc="Tpls/T0.xml"/><ofd:TemplatePage ID="6" BaseLoc="Tpls/T1.xml"/>')
    t0 = _page('<ofd:TextObject ID="3" Boundary="28 30 156 10" Size="5.6"><ofd:TextCode X="0" Y="5" '
               'DeltaX="g 5 5.6">模板上的文字</ofd:TextCode></ofd:TextObject>',
               '<ofd:Template TemplateID="5"/><ofd:Template TemplateID="6"/>')
    t1 = _page("", '<ofd:Template TemplateID="5"/><ofd:Template TemplateID="6" ZOrder="Foreground"/>')
    data = _ofd(_page(TEXT, '<ofd:Template TemplateID="5"/><ofd:Template TemplateID="404"/>'),
                document=_document(1, tpl), **{"Doc_0/Tpls/T0.xml": t0, "Doc_0/Tpls/T1.xml": t1})
    t = time.monotonic()
    doc = read_bytes(data, "x.ofd")
    assert time.monotonic() - t < 5
    assert [p.text for p in doc.paragraphs].count("模板上的文字") == 1
    assert any("模板页不存在" in n for n in doc.notes)


@pytest.mark.parametrize("obj", [
    TEXT.replace('Boundary="28 50 156 10"', 'Boundary="1e308 1e308 1 1"'),
    TEXT.replace('X="0"', 'X="1e300"').replace('Y="5"', 'Y="nan"'),
    TEXT.replace('DeltaX="g 20 5.6"', 'DeltaX="g 100000000000 inf"'),
    TEXT.replace('Size="5.6"', 'Size="1e300"'),
    TEXT.replace('Size="5.6"', 'Size="-3" CTM="0 0 0 0 0 0"'),
    '<ofd:PathObject ID="4" Boundary="0 0 1e9 1e9"><ofd:AbbreviatedData>M 0 0 L 1e300 nan B x</ofd:AbbreviatedData>'
    '</ofd:PathObject>' + TEXT,
    "<ofd:PageBlock>" * 300 + TEXT + "</ofd:PageBlock>" * 300,
])
def test_hostile_numbers_and_nesting_never_crash(obj):
    # only a ReadError may come out (lint_bytes would hide any other exception as GW001)
    try:
        doc = read_bytes(_ofd(_page(obj)), "x.ofd")
    except ReadError as exc:
        assert exc.code in ("GW001", "GW002") and "OFD" in exc.message
        assert "无法读取该 OFD 文件（" not in exc.message  # the reader's catch-all: an unforeseen exception
        return
    assert doc.text in ("", "各设区市人民政府要于3月底前报送工作总结。")


def test_ofd_without_text_is_gw002():
    path_only = ('<ofd:PathObject ID="4" Boundary="28 40 156 1"><ofd:AbbreviatedData>M 0 0 L 156 0'
                 '</ofd:AbbreviatedData></ofd:PathObject>')
    scan = '<ofd:ImageObject ID="7" Boundary="0 0 210 297" ResourceID="9"/>'
    for page in (_page(""), _page(path_only), _page(scan)):
        res = lint_bytes(_ofd(page), "x.ofd")
        assert [f.code for f in res.findings] == ["GW002"], res.findings
        assert "OFD" in res.findings[0].message and "PDF 没有" not in res.findings[0].message
    with pytest.raises(ReadError) as exc:
        read_bytes(_ofd(_page("")), "x.ofd")
    assert exc.value.code == "GW002"


def test_folder_walk_picks_up_ofd(tmp_path, blocks):
    write_ofd(blocks, tmp_path / "a.ofd")
    (tmp_path / "b.ofd").write_bytes(b"PK\x03\x04broken")
    r = run_cli("check", "--format", "json", str(tmp_path))
    assert b"Traceback" not in r.stderr
    found = json.loads(r.stdout)
    assert {f["path"].rsplit("/", 1)[-1] for f in found} == {"a.ofd", "b.ofd"}
    assert [f["code"] for f in found if f["path"].endswith("b.ofd")] == ["GW001"]


def test_pictured_issuer_mark_is_reported_not_guessed():
    banner = '<ofd:ImageObject ID="7" Boundary="40 30 130 20" ResourceID="9"/>'
    small = '<ofd:ImageObject ID="8" Boundary="10 10 20 20" ResourceID="9"/>'  # a QR code or logo
    doc = read_bytes(_ofd(_page(banner + TEXT)), "x.ofd")
    assert doc.text == "各设区市人民政府要于3月底前报送工作总结。"
    assert len(doc.notes) == 1 and "图片" in doc.notes[0] and "第 1 页" in doc.notes[0]
    assert read_bytes(_ofd(_page(small + TEXT)), "x.ofd").notes == []
    # below the text it is no 版头
    below = banner.replace('Boundary="40 30 130 20"', 'Boundary="40 200 130 20"')
    assert read_bytes(_ofd(_page(below + TEXT)), "x.ofd").notes == []

"""Annotated .docx copies: a Word comment on exactly the characters of each finding."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from gwlint.annotate import AUTHOR, INITIALS, AnnotateError, annotate_docx, comment_notes, comment_text
from gwlint.api import lint_path

from .conftest import libreoffice_missing, run_cli
from .drafts import finding_key, office_circular, render_draft

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A department writes to lower governments (GW104/GW105), a zero-padded date (GW702),
# half-width comma, confused word and doubled character (GW8xx), one of them in a table.
DRAFT = """\
@issuer_mark 江西省农业农村厅文件
@doc_number 赣农字〔2026〕8号
@title 江西省农业农村厅关于抓好2026年春耕生产工作的通知
@recipients 各设区市人民政府，各县（市、区）人民政府：
按照农业农村部春季农业生产工作要求，结合我省实际，现就抓好春耕生产工作通知如下。
各设区市人民政府要于3月底前将早稻播种面积任务分解到县,确保早稻面积只增不减。
报送截止3月20日的的工作进展情况。
@attachment_note 附件：春耕生产进度统计表
@signature 江西省农业农村厅
@date 2026年02月10日
@page_break
@attachment_label 附件
@attachment_title 春耕生产进度统计表
@table 设区市|备注
@table 南昌市|数据截止3月20日,由市农业农村局填报
"""


# ------------------------------------------------------------------ reading the copy back
def comments(path: Path) -> dict[int, object]:
    import docx

    return {c.comment_id: c for c in docx.Document(str(path)).comments}


def anchors(path: Path) -> dict[int, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd."""
    import docx

    body = docx.Document(str(path)).element.body
    open_ids: set[int] = set()
    out: dict[int, str] = defaultdict(str)
    for el in body.iter():
        tag = el.tag
        if tag == W + "commentRangeStart":
            open_ids.add(int(el.get(W + "id")))
        elif tag == W + "commentRangeEnd":
            open_ids.discard(int(el.get(W + "id")))
        elif tag == W + "t" or (tag == W + "tab" and el.getparent().tag == W + "r"):
            for i in open_ids:
                out[i] += el.text or "" if tag == W + "t" else " "
    return dict(out)


def anchored_runs(path: Path, cid: int) -> list[tuple[str, bytes]]:
    """(text, rPr XML) of the runs inside one comment's range."""
    import docx
    from lxml import etree

    body = docx.Document(str(path)).element.body
    inside = False
    runs = []
    for el in body.iter():
        if el.tag == W + "commentRangeStart" and int(el.get(W + "id")) == cid:
            inside = True
        elif el.tag == W + "commentRangeEnd" and int(el.get(W + "id")) == cid:
            break
        elif inside and el.tag == W + "r":
            text = "".join(t.text or "" for t in el.iter(W + "t"))
            if text:
                rpr = el.find(W + "rPr")
                runs.append((text, etree.tostring(rpr) if rpr is not None else b""))
    return runs


def char_formats(path: Path) -> list[list[tuple[str, bytes]]]:
    """Every paragraph as (character, its run's rPr XML): formatting character by character."""
    import docx
    from lxml import etree

    body = docx.Document(str(path)).element.body
    out = []
    for p in body.iter(W + "p"):
        chars = []
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            key = etree.tostring(rpr) if rpr is not None else b""
            for t in r.iter(W + "t"):
                chars.extend((c, key) for c in t.text or "")
        out.append(chars)
    return out


def check_copy(src: Path, out: Path, findings) -> dict[int, object]:
    """Every finding has its comments, by gwlint, on exactly their characters (the finding's span,
    or one comment per mark of a long multi-edit fix); returns comments by id."""
    result = lint_path(src)
    lines = result.lines
    cs = comments(out)
    anc = anchors(out)
    # comments are written in line order, then finding order
    notes = [(f, s, e, text) for f in findings for s, e, text in comment_notes(f, lines[f.line - 1])]
    assert len(cs) == len(notes)
    for cid, (f, s, e, text) in zip(sorted(cs), notes):
        c = cs[cid]
        assert (c.author, c.initials) == (AUTHOR, INITIALS)
        assert c.text == text
        assert c.text.startswith(f"[{f.code}] {f.message}")
        line = lines[f.line - 1]
        assert anc[cid] == line[s:e], (f.code, f.line)
        if f.fix is None or len(f.fix.edits) == 1:
            assert s <= f.column - 1 and f.end_column - 1 <= e  # the anchor covers the finding's span
    # the copy reads as the same text, with the same findings
    assert finding_key(lint_path(out).findings) == finding_key(result.findings)
    # formatting is unchanged character by character (split runs keep their rPr)
    assert char_formats(out) == char_formats(src)
    return cs


def _by_line(findings):
    return sorted(findings, key=lambda f: (f.line, 0))  # stable: keeps finding order within a line


# ------------------------------------------------------------------ drafts with findings of several families
def test_rendered_draft_every_finding_commented_on_its_span(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    res = lint_path(src, limits=None)  # keeps the document
    codes = {f.code for f in res.findings}
    assert {"GW104", "GW702", "GW801", "GW803", "GW806"} <= codes
    assert any(f.code.startswith("GW1") for f in res.findings)
    table_findings = [f for f in res.findings if res.document.paragraphs[f.line - 1].kind == "table_cell"]
    assert {f.code for f in table_findings} >= {"GW801", "GW803"}
    out = tmp_path / "annotated.docx"
    r = annotate_docx(src, res.findings, out)
    assert src.read_bytes() == before  # the original is only read
    assert r.comments == r.exact == len(res.findings) and not r.skipped
    cs = check_copy(src, out, _by_line(res.findings))
    texts = [c.text for c in cs.values()]
    # fixes appear in the comment: a replacement, and a deletion for the doubled character
    assert any(t.startswith("[GW702]") and "\n建议改为：2026年2月10日" in t for t in texts)
    # the suggestion covers exactly the anchored "的的"
    assert any(t.startswith("[GW806]") and t.endswith("\n建议改为：的") for t in texts)
    # the spans are the phrases, not whole paragraphs
    anc = anchors(out)
    assert sorted(a for a in anc.values() if a in ("截止", ",")) == [",", ",", "截止", "截止"]


def test_document_level_finding_anchored_on_the_title(tmp_path):
    lines = office_circular(30).splitlines()
    src = render_draft("@title " + lines[0] + "\n" + "\n".join(lines[1:]), "docx", tmp_path)
    res = lint_path(src)
    gw101 = [f for f in res.findings if f.code == "GW101"]
    assert gw101, [f.code for f in res.findings]
    out = tmp_path / "out.docx"
    annotate_docx(src, gw101, out)
    (cid,) = comments(out)
    # the title is typed on two lines in Word (a manual break): the comment spans both
    assert anchors(out)[cid] == lines[0]
    assert char_formats(out) == char_formats(src)


def build_mixed_docx(path: Path) -> None:
    """A draft whose flagged phrases cross runs with different formatting, after a hyperlink,
    a complex field (its cached result is text) and a tab, and inside a two-paragraph table cell."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    doc = docx.Document()
    doc.add_paragraph("江西省农业农村厅关于做好春耕生产工作的通知")
    doc.add_paragraph("各设区市人民政府：")
    p = doc.add_paragraph()
    p.add_run("现将有关事项通知如下。各设区市人民政")  # the directive starts inside this run
    p.add_run("府要于3月底前").bold = True
    p.add_run("完成撂荒地复耕，确保面积不减。").underline = True
    p = doc.add_paragraph()
    p.add_run("详见")
    rid = p.part.relate_to("http://nync.jiangxi.gov.cn", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link_run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "省农业农村厅网站"
    link_run.append(t)
    link.append(link_run)
    p._p.append(link)
    p.add_run("，")
    for kind, text in (("begin", None), ("instr", ' DATE \\@ "yyyy年M月d日" '), ("separate", None),
                       ("text", "2026年2月10日"), ("end", None)):
        r = p.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.text = text
            it.set(qn("xml:space"), "preserve")
            r._r.append(it)
        elif kind == "text":
            r.text = text
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    p.add_run("发布。\t报送截").bold = True  # "截止" is split over two runs
    r = p.add_run("止3月20日的工作进展。")
    r.italic = True
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "设区市"
    table.cell(0, 1).text = "备注"
    table.cell(1, 0).text = "南昌市"
    cell = table.cell(1, 1)
    cell.paragraphs[0].add_run("由市农业农村局填报")
    cell.add_paragraph().add_run("数据截止")
    cell.paragraphs[1].add_run("3月20日").bold = True
    doc.add_paragraph("江西省农业农村厅")
    doc.add_paragraph("2026年2月10日")
    doc.save(str(path))


def test_spans_crossing_runs_hyperlinks_fields_and_table_cells(tmp_path):
    src = tmp_path / "mixed.docx"
    build_mixed_docx(src)
    before = src.read_bytes()
    res = lint_path(src, limits=None)  # keeps the document
    lines = res.lines
    assert lines[3] == "详见省农业农村厅网站，2026年2月10日发布。 报送截止3月20日的工作进展。"
    assert lines[7] == "由市农业农村局填报 数据截止3月20日"
    wanted = [f for f in res.findings if f.code in ("GW104", "GW803")]
    assert [(f.code, f.line) for f in wanted] == [("GW104", 3), ("GW803", 4), ("GW803", 8)]
    assert res.document.paragraphs[7].kind == "table_cell"
    out = tmp_path / "mixed-annotated.docx"
    annotate_docx(src, res.findings, out)
    assert src.read_bytes() == before
    cs = check_copy(src, out, _by_line(res.findings))
    by_code_line = {(cs[c].text.split("]")[0][1:], ln): c for c, ln in
                    zip(sorted(cs), [f.line for f in _by_line(res.findings)])}
    # GW104: the sentence starts inside the first run and runs over three formats
    runs = anchored_runs(out, by_code_line[("GW104", 3)])
    assert "".join(t for t, _ in runs) == "各设区市人民政府要于3月底前完成撂荒地复耕，确保面积不减。"
    assert [t for t, _ in runs] == ["各设区市人民政", "府要于3月底前", "完成撂荒地复耕，确保面积不减。"]
    assert b"<w:b/>" in runs[1][1] and b"<w:u " in runs[2][1]
    # GW803: "截" (bold run) + "止" (italic red run), each cut out of its run with its formatting
    runs = anchored_runs(out, by_code_line[("GW803", 4)])
    assert [t for t, _ in runs] == ["截", "止"]
    assert b"<w:b/>" in runs[0][1]
    assert b"<w:i/>" in runs[1][1] and b'w:val="C00000"' in runs[1][1]
    # in the table cell's second paragraph (offsets count the joining space)
    assert anchors(out)[by_code_line[("GW803", 8)]] == "截止"


def test_output_never_overwrites_the_source(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    res = lint_path(src)
    with pytest.raises(AnnotateError):
        annotate_docx(src, res.findings, src)
    pdf = render_draft(DRAFT, "pdf", tmp_path)
    with pytest.raises(AnnotateError, match="PDF"):
        annotate_docx(pdf, [], tmp_path / "x.docx")


# ------------------------------------------------------------------ the command line
def test_cli_annotate_one_file(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    out = tmp_path / "批注稿.docx"
    proc = run_cli("check", str(src), "--annotate", str(out), "--format", "json")
    assert proc.returncode == 1, proc.stderr.decode()
    assert "已写入批注副本" in proc.stderr.decode()
    import json

    reported = json.loads(proc.stdout)
    assert len(comments(out)) == len(reported) > 0
    assert src.read_bytes() == before


def test_cli_annotate_dir_keeps_file_names(tmp_path):
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    a = render_draft(DRAFT, "docx", drafts)
    b = drafts / "sub" / "mixed.docx"
    build_mixed_docx(b)
    render_draft(DRAFT, "txt", drafts)  # not annotatable: skipped
    outdir = tmp_path / "out"
    proc = run_cli("check", str(drafts), "--annotate-dir", str(outdir), "--format", "concise")
    assert proc.returncode == 1, proc.stderr.decode()
    assert (outdir / a.name).exists() and (outdir / "sub" / "mixed.docx").exists()
    assert not (outdir / "draft.txt").exists()
    assert len(comments(outdir / "sub" / "mixed.docx")) == len(lint_path(b).findings)


@pytest.mark.parametrize("fmt, words", [("pdf", "PDF"), ("txt", "纯文本")])
def test_cli_annotate_rejects_non_docx(tmp_path, fmt, words):
    src = render_draft(DRAFT, fmt, tmp_path)
    proc = run_cli("check", str(src), "--annotate", str(tmp_path / "out.docx"))
    assert proc.returncode == 2
    assert words in proc.stderr.decode()
    assert not (tmp_path / "out.docx").exists()


def test_cli_annotate_usage_errors(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    other = tmp_path / "other.docx"
    build_mixed_docx(other)
    proc = run_cli("check", str(src), str(other), "--annotate", str(tmp_path / "out.docx"))
    assert proc.returncode == 2 and "--annotate-dir" in proc.stderr.decode()
    before = src.read_bytes()
    proc = run_cli("check", str(src), "--annotate", str(src))
    assert proc.returncode == 2 and "不能覆盖原文件" in proc.stderr.decode()
    proc = run_cli("check", str(src), "--annotate-dir", str(tmp_path))
    assert proc.returncode == 2 and "不能覆盖原文件" in proc.stderr.decode()
    assert src.read_bytes() == before


# ------------------------------------------------------------------ LibreOffice opens the copy
def _soffice(tmp_path: Path, target: str, src: Path, outdir: Path) -> None:
    exe = shutil.which("soffice")
    profile = (tmp_path / "lo-profile").as_uri()  # private profile: no clash with other soffice runs
    proc = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                           "--convert-to", target, "--outdir", str(outdir), str(src)],
                          capture_output=True, timeout=240)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")


@pytest.mark.skipif(libreoffice_missing() is not None, reason=libreoffice_missing() or "")
def test_libreoffice_converts_annotated_copy(tmp_path):
    """LibreOffice reads the comments on the same characters and exports them to PDF."""
    from lxml import etree
    from pdfminer.pdftypes import resolve1

    import pdfplumber

    src = tmp_path / "mixed.docx"
    build_mixed_docx(src)
    res = lint_path(src)
    out = tmp_path / "annotated.docx"
    annotate_docx(src, res.findings, out)
    expected = sorted(comment_text(f, res.lines[f.line - 1]) for f in res.findings)

    _soffice(tmp_path, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
             out, tmp_path / "pdf")
    pdf = tmp_path / "pdf" / "annotated.pdf"
    notes = []
    with pdfplumber.open(pdf) as doc:
        text = "".join(p.extract_text() or "" for p in doc.pages)
        for page in doc.pages:
            for a in resolve1(page.page_obj.annots) or []:
                a = resolve1(a)
                c = a.get("Contents")
                if c and a.get("Subtype").name == "Text":
                    notes.append(c.decode("utf-16") if c[:2] in (b"\xfe\xff", b"\xff\xfe") else c.decode("latin-1"))
    assert "各设区市人民政府要于" in text.replace(" ", "")
    assert sorted(n.replace("\r", "\n") for n in notes) == expected

    # LibreOffice's own document model: the annotation ranges cover the finding spans
    _soffice(tmp_path, "odt", out, tmp_path / "odt")
    with zipfile.ZipFile(tmp_path / "odt" / "annotated.odt") as z:
        root = etree.fromstring(z.read("content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    spans: dict[str, str] = defaultdict(str)
    bodies: dict[str, str] = {}
    open_names: set[str] = set()

    def walk(el):
        for ch in el:
            if ch.tag == f"{{{office}}}annotation":
                name = ch.get(f"{{{office}}}name")
                bodies[name] = "\n".join("".join(p.itertext()) for p in ch.iter(f"{{{text_ns}}}p"))
                open_names.add(name)
            elif ch.tag == f"{{{office}}}annotation-end":
                open_names.discard(ch.get(f"{{{office}}}name"))
            else:
                if ch.tag == f"{{{text_ns}}}s":
                    add = " " * int(ch.get(f"{{{text_ns}}}c", "1"))
                elif ch.tag == f"{{{text_ns}}}tab":
                    add = " "
                else:
                    add = ch.text or ""
                for n in open_names:
                    spans[n] += add
                walk(ch)
            for n in open_names:
                spans[n] += ch.tail or ""

    walk(root)
    got = sorted((bodies[n], spans[n]) for n in bodies)
    want = sorted((comment_text(f, res.lines[f.line - 1]), res.lines[f.line - 1][f.column - 1:f.end_column - 1])
                  for f in res.findings)
    assert got == want


# ------------------------------------------------------------------ offsets in unusual run content
def _finding(line: int, start: int, end: int, code: str = "GW803") -> "Finding":
    from gwlint.findings import Finding

    return Finding(path="t.docx", code=code, name="x", severity="warning", message="测试批注",
                   line=line, column=start + 1, end_line=line, end_column=end + 1)


def test_offsets_through_breaks_stripped_spaces_tracked_changes_and_text_boxes(tmp_path):
    import docx

    from .test_reader_docx import _paragraph, _run

    box = ('<w:txbxContent><w:p><w:r><w:t>江西省人民政府文件</w:t></w:r></w:p></w:txbxContent>')
    d = docx.Document()
    _paragraph(d, '<w:r><w:rPr><w:b/></w:rPr><w:t>江西省人民政府关于</w:t><w:br/><w:t>做好防汛工作的通知</w:t></w:r>')
    _paragraph(d, '<w:r><w:t xml:space="preserve">\u3000\u3000 正文 </w:t></w:r>')
    _paragraph(d, _run("各地") + '<w:del w:id="1" w:author="a"><w:r><w:delText>务必</w:delText></w:r></w:del>'
                  '<w:ins w:id="2" w:author="a"><w:r><w:t>要</w:t></w:r></w:ins>' + _run("按时报送。"))
    _paragraph(d, _run("文首") + f'<w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>'
                  + _run("锚定段落"))
    src = tmp_path / "t.docx"
    d.save(str(src))
    lines = lint_path(src).lines
    assert lines == ["江西省人民政府关于做好防汛工作的通知", "正文", "各地要按时报送。", "江西省人民政府文件", "文首锚定段落"]
    findings = [_finding(1, 7, 11), _finding(2, 0, 2), _finding(3, 1, 4), _finding(4, 0, 2), _finding(5, 2, 4)]
    out = tmp_path / "out.docx"
    r = annotate_docx(src, findings, out)
    assert (r.comments, r.exact, r.whole_paragraph) == (5, 4, 1)  # the text-box paragraph: on the box
    anc = anchors(out)
    ids = sorted(anc)
    assert anc[ids[0]] == "关于做好"  # across the manual line break, inside one bold run
    assert anc[ids[1]] == "正文"  # the stripped full-width spaces stay outside
    assert anc[ids[2]] == "地要按"  # the deleted text is not part of the span
    assert "江西省人民政府文件" in anc[ids[3]]  # the run holding the text box
    assert anc[ids[4]] == "锚定"
    assert lint_path(out).lines == lines
    assert char_formats(out) == char_formats(src)


# ------------------------------------------------------------------ a round trip through Word (issue 13 item 8)
def test_annotating_an_annotated_copy_does_not_double_the_comments(tmp_path):
    import docx

    src = render_draft(DRAFT, "docx", tmp_path)
    # the drafter's own comment and a gwlint directive survive every round
    d = docx.Document(str(src))
    para = next(p for p in d.paragraphs if p.text.startswith("按照"))
    d.add_comment(para.runs, text="请核实农业农村部文件名称", author="张三", initials="ZS")
    d.save(str(src))
    first, second = tmp_path / "1.docx", tmp_path / "2.docx"
    r1 = annotate_docx(src, lint_path(src).findings, first)
    r2 = annotate_docx(first, lint_path(first).findings, second)
    assert r2.dropped == r1.comments > 0
    c1, c2 = comments(first), comments(second)
    assert len(c1) == len(c2) == r1.comments + 1
    assert sorted(c.text for c in c1.values()) == sorted(c.text for c in c2.values())
    assert [c.author for c in c2.values()].count("张三") == 1
    body = docx.Document(str(second)).element.body
    ids = {int(c) for c in c2}
    # no range or reference is left behind for a removed comment
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert {int(el.get(W + "id")) for el in body.iter(W + tag)} == ids


def test_gw801_every_mark_commented(tmp_path):
    long_para = ("各地(含赣江新区)要组织农技人员深入田间地头开展指导服务,及时解决生产中遇到的困难和问题,"
                 "确保春耕生产顺利推进,不误农时!")
    short = "请于3月1日前报送材料,谢谢;"
    src = render_draft(DRAFT.replace("按照农业农村部春季农业生产工作要求，结合我省实际，现就抓好春耕生产工作通知如下。",
                                     long_para + "\n" + short), "docx", tmp_path)
    res = lint_path(src)
    gw801 = {res.lines[f.line - 1]: f for f in res.findings if f.code == "GW801"}
    out = tmp_path / "out.docx"
    annotate_docx(src, [gw801[long_para], gw801[short]], out)
    cs, anc = comments(out), anchors(out)
    texts = [(anc[cid], cs[cid].text.split("\n")) for cid in sorted(cs)]
    # the long paragraph: one comment on each of its 6 marks, with its own replacement
    marks = [(a, lines[-1]) for a, lines in texts[:6]]
    assert marks == [("(", "建议改为：（"), (")", "建议改为：）"), (",", "建议改为：，"), (",", "建议改为：，"),
                     (",", "建议改为：，"), ("!", "建议改为：！")]
    assert all(f"（第 {i}/6 处）" in lines[0] for i, (_, lines) in enumerate(texts[:6], 1))
    # a short stretch: one comment whose suggestion is its whole anchored text, fixed
    (a, lines), = texts[6:]
    assert a == ",谢谢;" and lines[-1] == "建议改为：，谢谢；"


def test_suggestion_covers_exactly_the_anchored_text(tmp_path):
    src = render_draft(DRAFT.replace("@doc_number 赣农字〔2026〕8号", "@doc_number 赣农字[2026]8号")
                       .replace("现就抓好", "根据赣府发[2019]3号文件精神，现就抓好")
                       .replace("@recipients 各设区市人民政府，各县（市、区）人民政府：",
                                "@recipients 各设区市人民政府，各县（市、区）人民政府"), "docx", tmp_path)
    res = lint_path(src)
    out = tmp_path / "out.docx"
    annotate_docx(src, res.findings, out)
    cs, anc = comments(out), anchors(out)
    pairs = {anc[cid]: cs[cid].text.split("\n")[-1] for cid in cs if cs[cid].text.startswith(("[GW701]", "[GW704]"))}
    assert pairs["赣府发[2019]3号"] == "建议改为：赣府发〔2019〕3号"
    assert pairs["赣农字[2026]8号"] == "建议改为：赣农字〔2026〕8号"
    # an insertion: anchored on the character before, said as such
    (ins,) = [(a, s) for a, s in pairs.items() if "加" in s]
    assert ins == ("府", "建议在“府”后加“：”")
    for cid, c in cs.items():  # every suggestion, applied to its anchor, is the fixed text of that spot
        last = c.text.split("\n")[-1]
        if last.startswith("建议改为："):
            assert len(anc[cid]) and last[5:] != anc[cid]


def test_comment_times_are_local_as_word_writes_them(tmp_path):
    import datetime as dt
    import zipfile

    from lxml import etree

    src = render_draft(DRAFT, "docx", tmp_path)
    out = tmp_path / "out.docx"
    t0 = dt.datetime.now().replace(second=0, microsecond=0)
    annotate_docx(src, lint_path(src).findings, out)
    t1 = dt.datetime.now()
    root = etree.fromstring(zipfile.ZipFile(out).read("word/comments.xml"))
    stamps = [c.get(W + "date") for c in root.iter(W + "comment")]
    assert stamps
    for s in stamps:
        assert t0 <= dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:00Z") <= t1

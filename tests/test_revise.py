"""Fixes written into a .docx copy as Word tracked changes (修订), by author gwlint."""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from gwlint.api import fix_bytes, lint_bytes, lint_path
from gwlint.config import load_config
from gwlint.fixes import FixError
from gwlint.revise import revise_bytes, revise_docx

from .conftest import libreoffice_missing, run_cli
from .drafts import render_draft
from .revisions import W, accept_all, document_xml, paragraph_texts, reject_all, revisions
from .test_annotate import DRAFT, anchors, build_mixed_docx, char_formats, comments
from .test_reader_docx import _paragraph, _run


def _revise(src: Path, **kw) -> tuple[bytes, object]:
    return revise_bytes(src.read_bytes(), str(src), load_config(), **kw)


def _bytes(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------ the XML Word expects (ECMA-376 17.13.5)
def test_revisions_follow_ecma_376(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    t0 = dt.datetime.now().replace(second=0, microsecond=0)
    revised, res = _revise(src, unsafe=True)
    t1 = dt.datetime.now()
    assert src.read_bytes() == before
    revs = revisions(revised)
    assert len(revs) >= res.revisions > 0
    root = document_xml(revised)
    every_id = [el.get(W + "id") for el in root.iter() if el.get(W + "id") is not None]
    rev_ids = [r.get(W + "id") for r in revs]
    assert len(set(rev_ids)) == len(rev_ids)  # unique among themselves …
    assert all(every_id.count(i) == 1 for i in rev_ids)  # … and against bookmarks, comments
    for r in revs:
        assert r.get(W + "author") == "gwlint"
        # local wall-clock time with a Z, whole minutes: what Word writes
        stamp = r.get(W + "date")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", stamp)
        assert t0 <= dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:00Z") <= t1
        runs = r.findall(W + "r")
        assert runs and len(runs) == len(r)  # only runs inside
        if r.tag == W + "del":
            assert not list(r.iter(W + "t")) and list(r.iter(W + "delText"))
        else:
            assert list(r.iter(W + "t")) and not list(r.iter(W + "delText"))
            assert r.getparent().tag != W + "ins"
    # deleted text appears nowhere else; every deletion is followed by its insertion
    assert all(t.getparent().getparent().tag == W + "del" for t in root.iter(W + "delText"))
    dels = [r for r in revs if r.tag == W + "del"]
    assert sum(1 for d in dels if d.getnext() is not None and d.getnext().tag == W + "ins") >= len(dels) - 1


def test_tables_and_formatting_around_edits(tmp_path):
    """截止 over a bold and an italic red run, and in a table cell of two paragraphs."""
    src = tmp_path / "mixed.docx"
    build_mixed_docx(src)
    res0 = lint_path(src)
    revised, res = _revise(src, unsafe=True)
    assert sorted(f.code for f in res.fixed) == ["GW803", "GW803"]
    accepted = accept_all(revised)
    lines = lint_bytes(accepted, "a.docx").lines
    assert lines[3] == "详见省农业农村厅网站，2026年2月10日发布。 报送截至3月20日的工作进展。"
    assert lines[7] == "由市农业农村局填报 数据截至3月20日"
    # the rest of the document is exactly as it was, character by character with its formatting
    assert lint_bytes(reject_all(revised), "r.docx").lines == res0.lines
    out = tmp_path / "rejected.docx"
    out.write_bytes(reject_all(revised))
    assert char_formats(out) == char_formats(src)
    out = tmp_path / "accepted.docx"
    out.write_bytes(accepted)
    before, after = char_formats(src), char_formats(out)
    assert len(before) == len(after)
    for b, a in zip(before, after):
        if "".join(c for c, _ in b) == "".join(c for c, _ in a):
            assert a == b  # paragraphs without an edit keep every character's formatting
            continue
        i = "".join(c for c, _ in b).index("截止")
        assert [c for c, _ in a[i:i + 2]] == ["截", "至"]
        # the inserted text takes the replaced run's formatting; its neighbours keep theirs
        assert a[:i] == b[:i] and a[i + 2:] == b[i + 2:]
        assert a[i][1] == a[i + 1][1] == b[i][1]
    bold = [k for c, k in after[3] if c == "截"]
    assert bold and b"<w:b/>" in bold[0]


def test_text_box_edited_in_both_branches(tmp_path):
    import docx

    box = '<w:txbxContent><w:p><w:r><w:t>请各地(含赣江新区)报送材料。</w:t></w:r></w:p></w:txbxContent>'
    alt = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
           f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    d = docx.Document()
    _paragraph(d, _run("江西省农业农村厅关于报送春耕材料的通知"))
    _paragraph(d, _run("文首") + alt + _run("锚定段落。"))
    vml = box.replace("请各地(含赣江新区)报送材料。", "旧式文本框,半角逗号。")
    _paragraph(d, f'<w:r><w:pict><v:shape><v:textbox>{vml}</v:textbox></v:shape></w:pict></w:r>')
    data = _bytes(d)
    revised, res = revise_bytes(data, "box.docx", load_config())
    assert {f.code for f in res.fixed} == {"GW801"}
    lines = lint_bytes(accept_all(revised), "a.docx").lines
    assert "请各地（含赣江新区）报送材料。" in lines and "旧式文本框，半角逗号。" in lines
    root = document_xml(revised)
    for branch in ("Choice", "Fallback"):
        el = next(root.iter("{http://schemas.openxmlformats.org/markup-compatibility/2006}" + branch))
        assert [t.text for t in el.iter(W + "delText")] == ["(", ")"], branch
        assert [t.text for ins in el.iter(W + "ins") for t in ins.iter(W + "t")] == ["（", "）"], branch
    assert res.revisions == 3  # counted once, though written in both branches


def test_field_results_are_not_revised_and_become_comments(tmp_path):
    """A date typed as a DATE field: Word recomputes its result, so the fix goes into a comment."""
    import docx

    d = docx.Document()
    _paragraph(d, _run("江西省农业农村厅关于做好春耕生产工作的通知"))
    _paragraph(d, _run("各设区市农业农村局："))
    _paragraph(d, _run("请于3月底前报送材料,谢谢。"))
    _paragraph(d, _run("江西省农业农村厅"))
    _paragraph(d, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText>'
                  '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("2026年02月10日")
                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    data = _bytes(d)
    assert "GW702" in {f.code for f in lint_bytes(data, "f.docx").findings}
    revised, res = revise_bytes(data, "f.docx", load_config())
    assert [f.code for f in res.fixed] == ["GW801"]
    assert [f.code for f in res.failed] == ["GW702"]
    assert "2026年02月10日" in lint_bytes(accept_all(revised), "a.docx").lines
    # with comments: the field's date gets one, the fixed comma none
    both, res = revise_bytes(data, "f.docx", load_config(), annotate=True)
    out = tmp_path / "both.docx"
    out.write_bytes(both)
    texts = [c.text for c in comments(out).values()]
    assert any(t.startswith("[GW702]") and t.endswith("建议改为：2026年2月10日") for t in texts)
    assert not any(t.startswith("[GW801]") for t in texts)
    assert res.comments == len(texts)


def test_fix_inside_another_authors_insertion(tmp_path):
    """Deleting from 张三's tracked insertion nests our w:del in it; our new text goes between its halves."""
    import docx

    d = docx.Document()
    _paragraph(d, _run("江西省农业农村厅关于做好春耕生产工作的通知"))
    _paragraph(d, _run("各设区市农业农村局："))
    _paragraph(d, _run("各地") + '<w:ins w:id="90" w:author="张三" w:date="2026-02-01T09:00:00Z">'
                  + _run("要加强监测,及时") + "</w:ins>" + _run("报告。"))
    _paragraph(d, _run("江西省农业农村厅"))
    _paragraph(d, _run("2026年2月10日"))
    data = _bytes(d)
    revised, res = revise_bytes(data, "i.docx", load_config())
    assert [f.code for f in res.fixed] == ["GW801"]
    root = document_xml(revised)
    ours = [r for r in root.iter(W + "ins", W + "del") if r.get(W + "author") == "gwlint"]
    (ins,) = [r for r in ours if r.tag == W + "ins"]
    (dele,) = [r for r in ours if r.tag == W + "del"]
    assert ins.getparent().tag == W + "p"  # not credited to 张三
    assert dele.getparent().get(W + "author") == "张三"
    theirs = [r for r in root.iter(W + "ins") if r.get(W + "author") == "张三"]
    assert len(theirs) == 2 and len({r.get(W + "id") for r in root.iter(W + "ins", W + "del")}) == 4
    assert lint_bytes(accept_all(revised), "a.docx").lines[2] == "各地要加强监测，及时报告。"
    assert paragraph_texts(reject_all(revised))[2] == "各地报告。"  # rejecting all drops 张三's text too


# ------------------------------------------------------------------ running again, comments together
def test_combined_copy_and_running_again(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    out = tmp_path / "out.docx"
    res = revise_docx(src, out, load_config(), annotate=True)
    fixed = {f.code for f in res.fixed}
    assert {"GW702", "GW801"} <= fixed
    remaining = lint_path(out).findings
    cs = comments(out)
    assert len(cs) == res.comments == len(remaining) > 0
    assert not any(c.text.startswith(("[GW702]", "[GW801]")) for c in cs.values())
    # unsafe fixes are suggested in comments, anchored on their words
    anc = anchors(out)
    gw803 = [cid for cid, c in cs.items() if c.text.startswith("[GW803]")]
    assert gw803 and all(anc[cid] == "截止" and cs[cid].text.endswith("建议改为：截至") for cid in gw803)

    again = tmp_path / "again.docx"
    res2 = revise_docx(out, again, load_config(), annotate=True)
    assert res2.revisions == 0 and res2.dropped == res.comments
    assert len(comments(again)) == len(cs)
    assert len(revisions(again.read_bytes())) == len(revisions(out.read_bytes()))
    # then with the unsafe fixes: the comments on them go, revisions come
    third = tmp_path / "third.docx"
    res3 = revise_docx(again, third, load_config(), unsafe=True, annotate=True)
    assert {f.code for f in res3.fixed} == {"GW803", "GW806"}
    assert not any(c.text.startswith("[GW803]") for c in comments(third).values())
    assert len(comments(third)) == len(lint_path(third).findings)


def test_never_writes_over_the_input(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    link = tmp_path / "link.docx"
    os.link(src, link)  # another name, same inode
    for target in (src, link, tmp_path / "." / src.name):
        with pytest.raises(FixError, match="不能覆盖原文件"):
            revise_docx(src, target, load_config())
    sym = tmp_path / "sym.docx"
    sym.symlink_to(src)
    with pytest.raises(FixError):
        revise_docx(src, sym, load_config())
    assert src.read_bytes() == before


# ------------------------------------------------------------------ API
def test_fix_bytes_for_each_type(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    out = fix_bytes(src.read_bytes(), "draft.docx")
    assert revisions(out) and zipfile.is_zipfile(io.BytesIO(out))
    assert "2026年2月10日" in lint_bytes(accept_all(out), "a.docx").lines
    txt = render_draft(DRAFT, "txt", tmp_path).read_bytes()
    fixed = fix_bytes(txt, "draft.txt", unsafe=True).decode("utf-8")
    assert "2026年2月10日" in fixed and "截至" in fixed and "截止" not in fixed
    with pytest.raises(FixError, match="PDF"):
        fix_bytes(render_draft(DRAFT, "pdf", tmp_path).read_bytes(), "draft.pdf")
    with pytest.raises(FixError):
        fix_bytes(b"PK\x03\x04 broken", "x.docx")


# ------------------------------------------------------------------ the command line
def test_cli_fix_docx(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    out = tmp_path / "修订稿.docx"
    proc = run_cli("check", str(src), "--fix-docx", str(out), "--format", "concise")
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "已写入修订副本" in err and "处修订" in err
    assert src.read_bytes() == before
    assert revisions(out.read_bytes()) and not comments(out)
    # with --annotate on the same file: one copy, both kinds
    proc = run_cli("check", str(src), "--fix-docx", str(out), "--annotate", str(out))
    assert proc.returncode == 1 and "条批注" in proc.stderr.decode()
    assert revisions(out.read_bytes()) and len(comments(out)) == len(lint_path(out).findings)
    # to two files: the comment copy has every finding, the revised copy only changes
    a, r = tmp_path / "a.docx", tmp_path / "r.docx"
    proc = run_cli("check", str(src), "--fix-docx", str(r), "--annotate", str(a))
    assert proc.returncode == 1
    assert len(comments(a)) >= len(lint_path(src).findings) and not revisions(a.read_bytes())
    assert revisions(r.read_bytes()) and not comments(r)


def test_cli_fix_docx_usage_errors(tmp_path):
    src = render_draft(DRAFT, "docx", tmp_path)
    before = src.read_bytes()
    link = tmp_path / "same.docx"
    os.link(src, link)
    for args, words in (((str(src), "--fix-docx", str(link)), "不能覆盖原文件"),
                        ((str(src), "--fix-docx", str(tmp_path / "x.txt")), ".docx"),
                        ((str(render_draft(DRAFT, "txt", tmp_path)), "--fix-docx", str(tmp_path / "o.docx")), "--fix"),
                        ((str(tmp_path), "--fix-docx", str(tmp_path / "o.docx")), "一个")):
        proc = run_cli("check", *args)
        assert proc.returncode == 2 and words in proc.stderr.decode(), (args, proc.stderr.decode())
    assert src.read_bytes() == before and not (tmp_path / "o.docx").exists()


# ------------------------------------------------------------------ LibreOffice reads the revisions
@pytest.mark.skipif(libreoffice_missing() is not None, reason=libreoffice_missing() or "")
def test_libreoffice_reads_the_tracked_changes(tmp_path):
    from lxml import etree

    import pdfplumber

    src = render_draft(DRAFT, "docx", tmp_path)
    out = tmp_path / "revised.docx"
    res = revise_docx(src, out, load_config(), unsafe=True)
    want = lint_bytes(accept_all(out.read_bytes()), "a.docx").lines
    profile = (tmp_path / "lo-profile").as_uri()

    def convert(target: str) -> Path:
        proc = subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={profile}", "--headless",
                               "--norestore", "--convert-to", target, "--outdir", str(tmp_path / target), str(out)],
                              capture_output=True, timeout=240)
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")
        return tmp_path / target / f"revised.{target}"

    with pdfplumber.open(convert("pdf")) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages).replace(" ", "")
    # the PDF shows the changes: the old text struck through next to the new
    assert "截止截至" in text and "2026年02月10日2026年2月10日" in text

    # LibreOffice's model: one change region per revision, by gwlint; the body text is the accepted text
    with zipfile.ZipFile(convert("odt")) as z:
        root = etree.fromstring(z.read("content.xml"))
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    dc = "http://purl.org/dc/elements/1.1/"
    regions = list(root.iter(f"{{{text_ns}}}changed-region"))
    assert len(regions) == len(revisions(out.read_bytes()))
    assert {c.text for c in root.iter(f"{{{dc}}}creator")} == {"gwlint"}
    kinds = {etree.QName(r[0]).localname for r in regions}
    assert kinds == {"insertion", "deletion"}
    for el in list(root.iter(f"{{{text_ns}}}tracked-changes", f"{{{office}}}annotation")):
        el.getparent().remove(el)
    got = []
    for p in root.iter(f"{{{text_ns}}}p", f"{{{text_ns}}}h"):
        t = "".join(p.itertext()).strip()
        if t:
            got.append(t)
    assert got == want
    assert res.revisions > 0

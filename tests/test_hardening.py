"""Readers against broken and hostile files (issue 12: D4, D19, D20, D23, D26)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

import gwlint

from .badcorpus import (CATALOG, CONTENT_TYPES, DRAFT, ROOT_RELS, cid_only_pdf, document_xml, para, pdf,
                        simple_page, write_zip)
from .conftest import run_cli
from .drafts import office_circular


def test_cid_only_pdf_is_no_text_layer():
    # D4: an Identity-H font without /ToUnicode extracts as (cid:4191)…: never "no problems"
    res = gwlint.lint_bytes(cid_only_pdf(), "cid.pdf")
    assert [(f.code, f.severity) for f in res.findings] == [("GW002", "error")]
    assert "(cid:N)" in res.findings[0].message and "Unicode" in res.findings[0].message


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_cid_pages_are_not_linted_as_text(engine):
    from gwlint.readers import read_bytes

    doc = read_bytes(cid_only_pdf(), "cid.pdf", pdf_engine=engine)
    assert doc.paragraphs == [] and doc.pages_without_text == [1] == doc.pages_unmapped


def test_truncated_utf16_in_text_inspect_and_check(tmp_path):
    # D19: a UTF-16 file cut mid-character is read as far as it goes and said to be incomplete
    p = tmp_path / "odd.txt"
    p.write_bytes(DRAFT.encode("utf-16")[:-1])
    r = run_cli("text", str(p))
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    assert "江西省人民政府办公厅关于做好春季森林防火工作的通知" in r.stdout.decode()
    r = run_cli("inspect", str(p), "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["title"].startswith("江西省人民政府办公厅")
    r = run_cli("check", str(p), "--format", "json")
    found = json.loads(r.stdout)
    assert r.returncode == 1
    [gw001] = [f for f in found if f["code"] == "GW001"]
    assert gw001["severity"] == "warning" and "末尾不完整" in gw001["message"]
    assert any(f["code"] == "GW806" for f in found)  # the rest was checked
    ins = gwlint.inspect_bytes(b"\xff\xfe\x5f\x6c\x41", "odd.txt")
    assert ins.error is None


def test_big5_text_is_read_as_big5_not_linted_as_mojibake():
    # D23: Big5 bytes are valid GB18030; read as GB18030 the text is nonsense and passed as clean.
    # The encoding giving the most plausible Chinese wins: the traditional text is read as written.
    text = "江西省人民政府辦公廳關於做好春季森林防火工作的通知\n各設區市人民政府：\n"
    res = gwlint.lint_bytes(text.encode("big5"), "b.txt")
    assert res.error is None and res.lines == text.splitlines()
    ok = gwlint.lint_bytes(office_circular(2).encode("gbk"), "g.txt")
    assert ok.error is None


def test_docx_with_entities_is_refused_and_never_annotated(tmp_path):
    # D20: entities would be left dangling in the annotated copy (not well-formed XML)
    src = tmp_path / "entity.docx"
    write_zip(src, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                    ("word/document.xml", document_xml(para("&co;人民政府办公厅关于做好春季森林防火工作的通知")
                                                       + "".join(para(x) for x in DRAFT.splitlines()),
                                                       '<!DOCTYPE w:document [<!ENTITY co "江西省">]>'))])
    out = tmp_path / "out.docx"
    r = run_cli("check", str(src), "--annotate", str(out), "--format", "json")
    assert r.returncode == 1 and not out.exists()
    [f] = json.loads(r.stdout)
    assert f["code"] == "GW001" and "DOCTYPE" in f["message"]
    assert "未生成批注副本" in r.stderr.decode()


def test_sizes_are_exact_in_messages(tmp_path):
    # D26: 210,000,000 bytes is over a 200 MiB limit; the message must not say "200 MB"
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(210_000_000)
    res = gwlint.lint_path(p)
    assert "210,000,000 字节" in res.error and "200.3 MiB" in res.error and "200 MiB 上限" in res.error


def test_page_tree_loop_reads_the_same_in_both_engines():
    # D26: PDFium gave up ("已损坏") where pdfminer reads the page
    from gwlint.readers import read_bytes

    from .badcorpus import draft_page_objects

    data = pdf({1: CATALOG, 2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", 3: simple_page(),
                **draft_page_objects()})
    a = read_bytes(data, "x.pdf", pdf_engine="pdfplumber")
    b = read_bytes(data, "x.pdf", pdf_engine="pdfium")
    assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
    assert a.paragraphs[0].text == DRAFT.splitlines()[0]


def test_killed_audit_leaves_no_worker_traceback(tmp_path):
    # D26: workers of an audit killed during their start-up used to print BrokenPipeError tracebacks
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"d{i}.txt").write_text(office_circular(3 + i), encoding="utf-8")
    err = tmp_path / "err.txt"
    with open(err, "wb") as fh:
        p = subprocess.Popen([sys.executable, "-m", "gwlint", "audit", str(docs), "--db", str(tmp_path / "a.sqlite"),
                              "--jobs", "2"], stderr=fh, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(_descendants(p.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = _descendants(p.pid)
        assert workers, "no worker started"
        p.send_signal(signal.SIGKILL)  # the workers are still starting (loading the dictionary)
        p.wait()
        deadline = time.monotonic() + 30
        while [w for w in workers if _alive(w)] and time.monotonic() < deadline:
            time.sleep(0.1)  # they finish their start-up (and would print) or die with their parent
        time.sleep(0.5)
    assert b"Traceback" not in err.read_bytes(), err.read_text(errors="replace")


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(") ", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [pid]
    while todo:
        cur = todo.pop()
        kids = [k for k, v in parents.items() if v == cur]
        out.extend(kids)
        todo.extend(kids)
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(") ", 1)[1][0] != "Z"
    except OSError:
        return False

"""Bad input never produces a traceback: a GW001 finding with advice, and the
other files of a batch are still linted."""
from __future__ import annotations

import json

import pytest

from gwlint.api import lint_bytes
from gwlint.readers.txt import read_txt

from .badcorpus import scanned_pdf
from .conftest import run_cli
from .drafts import office_circular

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize("name,data,needle", [
    ("empty.docx", b"", "为空"),
    ("blank.txt", b"  \n\n\t\n", "为空"),
    ("old.doc", OLE2, "另存为"),
    ("draft.wps", OLE2, "WPS"),
    ("renamed.docx", OLE2, "另存为"),  # a .doc renamed to .docx
    ("rich.rtf", b"{\\rtf1\\ansi hello}", "RTF"),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "docx"),
    ("notreally.pdf", b"hello world, not a pdf", "PDF"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "不支持"),
    ("binary.txt", b"\x00\x01\x02\x03" * 64, "二进制"),
])
def test_unreadable_inputs_give_gw001(name, data, needle):
    res = lint_bytes(data, name)
    assert [f.code for f in res.findings] == ["GW001"], res.findings
    assert needle in res.findings[0].message
    assert res.findings[0].severity == "error"


def test_text_encodings():
    text = "江西省人民政府办公厅关于做好春季森林防火工作的通知\n各设区市人民政府：\n"
    for data in (text.encode("gb18030"), text.encode("utf-8-sig"), text.encode("utf-16")):
        doc = read_txt(data, "d.txt")
        assert [p.text for p in doc.paragraphs] == text.splitlines()
    assert "GB18030" in read_txt(text.encode("gbk"), "d.txt").notes[0]


def test_batch_keeps_good_results(tmp_path):
    (tmp_path / "a-good.txt").write_text(office_circular(32), encoding="utf-8")
    (tmp_path / "b-old.doc").write_bytes(OLE2)
    (tmp_path / "c-empty.docx").write_bytes(b"")
    (tmp_path / "d-good.txt").write_text(office_circular(33), encoding="utf-8")
    (tmp_path / "~$lock.docx").write_bytes(b"\x00")  # Word lock file: skipped
    (tmp_path / "notes.xlsx").write_bytes(b"PK")  # not a document type: skipped when walking
    r = run_cli(str(tmp_path), "--format", "json", "--jobs", "2")
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    got = sorted((f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(r.stdout))
    assert got == [("a-good.txt", "GW101"), ("b-old.doc", "GW001"), ("c-empty.docx", "GW001"),
                   ("d-good.txt", "GW101")]


def test_explicit_unknown_file_type(tmp_path):
    p = tmp_path / "table.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    r = run_cli(str(p), "--format", "json")
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert json.loads(r.stdout)[0]["code"] == "GW001"


def test_scanned_pdf_is_gw002_never_clean():
    res = lint_bytes(scanned_pdf(set(), 2), "scan.pdf")
    assert [(f.code, f.severity) for f in res.findings] == [("GW002", "error")]
    assert "扫描件" in res.findings[0].message


def test_partly_scanned_pdf_names_the_pages(tmp_path):
    p = tmp_path / "mixed.pdf"
    p.write_bytes(scanned_pdf({1}, 3))
    r = run_cli(str(p), "--format", "json")
    found = [f for f in json.loads(r.stdout) if f["code"] == "GW002"]
    assert len(found) == 1 and found[0]["severity"] == "warning"
    assert "第 2、3 页" in found[0]["message"] and found[0]["location"]["page"] == 2
    assert r.returncode == 1

""".doc and .wps drafts, read through LibreOffice; without it, a GW001 that says how to get it.

The .doc is made in the test by LibreOffice itself from a .docx that
gwlint.docgen writes, so the same draft exists in both formats.  A WPS 文字 file
is the same Word 97 binary format under another extension (WPS writes it so);
the .wps case is that binary under the .wps name.
"""
from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from gwlint.api import lint_path
from gwlint.config import load_config
from gwlint.docgen import parse_marked, plain_text
from gwlint.docgen.docx import write_docx
from gwlint.readers import read_path
from gwlint.readers.soffice import convert_to_docx, find_soffice

from .conftest import run_cli

SOFFICE = find_soffice()
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: the .doc/.wps conversion path is untested here; "
                            ".ci/run installs libreoffice-writer")

DRAFT = """
@issuer_mark 江西省水利厅文件
@doc_number 赣水字〔2026〕4号
@title 江西省水利厅关于做好2026年汛前检查工作的通知
@recipients 各设区市水利（水务）局：
为做好今年防汛准备，确保水利工程安全度汛，现就汛前检查工作通知如下。
@heading1 一、检查范围
各设区市水利（水务）局要对辖区内水库、堤防、水闸和山洪灾害防治设施逐一检查，重点检查病险水库和在建工程度汛措施。
@heading1 二、工作要求
各设区市人民政府要于3月15日前报送检查情况，并抄报省防汛抗旱指挥部办公室。
@signature 江西省水利厅
@date 2026年2月10日
"""


def _findings(path):
    return [(f.code, f.line, f.column, f.end_column, f.message) for f in lint_path(path, load_config()).findings]


def _make_doc(docx: Path, out_dir: Path) -> Path:
    """Save ``docx`` as Word 97 .doc with LibreOffice (its own profile, like the reader)."""
    profile = (out_dir / "profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(out_dir), str(docx)], check=True, capture_output=True, timeout=180)
    doc = out_dir / (docx.stem + ".doc")
    assert doc.is_file()
    return doc


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    d = tmp_path_factory.mktemp("legacy")
    docx = d / "draft.docx"
    write_docx(parse_marked(DRAFT), docx)
    return docx, _make_doc(docx, d)


def _leftovers(root: Path) -> list[str]:
    """Processes whose command line mentions ``root`` (a LibreOffice left running)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if str(root) in cmd:
            found.append(cmd.replace("\0", " "))
    return found


@needs_soffice
def test_doc_reads_like_the_docx_it_came_from(pair, tmp_path):
    docx, doc = pair
    assert doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    model = read_path(doc)
    assert model.path == str(doc) and model.format == "docx"
    assert [p.text for p in model.paragraphs] == plain_text(parse_marked(DRAFT)).splitlines()
    assert any("LibreOffice" in n for n in model.notes)
    assert _findings(doc) == _findings(docx) and _findings(doc)  # the draft has findings to compare
    r = run_cli("check", "--format", "json", str(doc))
    assert b"Traceback" not in r.stderr and f'"path": "{doc}"'.encode() in r.stdout
    # a WPS 文字 file: the same binary under .wps
    wps = tmp_path / "draft.wps"
    wps.write_bytes(doc.read_bytes())
    assert _findings(wps) == _findings(docx)
    r = run_cli("inspect", "--format", "json", str(wps))
    assert r.returncode == 0 and "赣水字〔2026〕4号" in r.stdout.decode()


@needs_soffice
def test_parallel_conversions_do_not_collide(pair, tmp_path, monkeypatch):
    import tempfile

    _, doc = pair
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = doc.read_bytes()
    out: list = []

    def one():
        try:
            out.append(convert_to_docx(data, "x.doc"))
        except Exception as exc:  # noqa: BLE001 - recorded and asserted below
            out.append(exc)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert len(out) == 2 and all(isinstance(x, bytes) and x[:2] == b"PK" for x in out), out
    assert list(tmp_path.iterdir()) == []  # temp folders, profiles and copies removed
    assert _leftovers(tmp_path) == []


@needs_soffice
def test_timeout_kills_libreoffice_and_leaves_nothing(pair, tmp_path, monkeypatch):
    import tempfile

    _, doc = pair
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("GWLINT_SOFFICE_TIMEOUT", "0.3")
    res = lint_path(doc, load_config(), limits=None)  # in this process: it sees the patched env
    assert [f.code for f in res.findings] == ["GW001"]
    assert "0.3 秒" in res.findings[0].message and "另存为" in res.findings[0].message
    assert list(tmp_path.iterdir()) == []
    assert _leftovers(tmp_path) == []


@needs_soffice
def test_damaged_doc_is_gw001(tmp_path):
    bad = tmp_path / "bad.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
                    + b"\x07" * 4000)
    res = lint_path(bad, load_config())
    assert [f.code for f in res.findings] == ["GW001"] and "另存为" in res.findings[0].message


def test_without_libreoffice_gw001_says_how_to_get_it(tmp_path, monkeypatch):
    # an OLE2 file with a WordDocument stream: what .doc/.wps files are
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 1000
    (tmp_path / "draft.doc").write_bytes(data)
    (tmp_path / "draft.wps").write_bytes(data)
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice here
    assert find_soffice() is None
    for path in (tmp_path / "draft.doc", tmp_path / "draft.wps"):
        res = lint_path(path, load_config(), limits=None)  # sees the patched PATH
        assert [f.code for f in res.findings] == ["GW001"]
        msg = res.findings[0].message
        assert "apt-get install libreoffice-writer" in msg and "另存为” .docx" in msg
    assert "WPS 文字" in msg


@needs_soffice
def test_libreoffice_dies_with_a_killed_caller(pair, tmp_path):
    """A worker killed for its budget (SIGKILL, no cleanup) must not leave LibreOffice converting."""
    import signal
    import sys
    import time

    _, doc = pair
    script = ("import sys, tempfile; tempfile.tempdir = sys.argv[2]\n"
              "from gwlint.readers.soffice import convert_to_docx\n"
              "print('start', flush=True)\n"
              "convert_to_docx(open(sys.argv[1], 'rb').read(), 'x.doc', timeout=120)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(doc), str(tmp_path)], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"start"
    deadline = time.monotonic() + 30
    while not _leftovers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _leftovers(tmp_path), "LibreOffice did not start"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    deadline = time.monotonic() + 10
    while _leftovers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _leftovers(tmp_path) == []

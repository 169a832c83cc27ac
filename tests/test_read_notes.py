"""Text that was not really read is said in every command; what the reader had to do is shown.

Material generated here: real corpus text damaged by a wrong decoding (tests/mojibake.py), a
PDF with a wrong ToUnicode map, an image-only PDF, a traditional notice in Big5, UTF-16 without
a byte-order mark, a text with stray NULs, empty and whitespace-only files.  Run through the
real CLI (new processes), the API and the HTTP service (FastAPI's test client).
"""
from __future__ import annotations

import json

import pytest

import gwlint
from gwlint.api import inspect_bytes

from . import badcorpus, mojibake
from .conftest import run_cli

SOURCE = mojibake.source_document()
BODY = "\n".join(ln for ln in SOURCE.splitlines() if not ln.startswith("#"))
TRAD = ("江西省人民政府關於做好春耕生產工作的通知\n各設區市人民政府，省政府各部門：\n"
        "為做好今年春耕生產工作，現將有關事項通知如下。各地要加強組織領導，確保糧食播種面積穩定。\n"
        "江西省人民政府\n2019年2月25日\n")


def image_only_pdf() -> bytes:
    img = badcorpus.stream(b"\xff" * 12, b"/Type /XObject /Subtype /Image /Width 2 /Height 2 "
                                         b"/ColorSpace /DeviceRGB /BitsPerComponent 8")
    return badcorpus.pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        4: badcorpus.stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q"), 5: img})


GARBLED = {
    "utf8-read-as-gbk.txt": mojibake.damaged_texts(BODY)["utf8-read-as-gbk.txt"],
    "latin1-double.txt": BODY.encode("utf-8").decode("latin-1").encode("utf-8"),
    "tounicode-shuffled.pdf": mojibake.damaged_pdfs(SOURCE)["tounicode-shuffled.pdf"],
}


@pytest.mark.parametrize("name", sorted(GARBLED))
def test_text_shows_mojibake_but_says_it_was_not_read(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(GARBLED[name])
    r = run_cli("text", str(p))
    err = r.stderr.decode()
    # the text is shown (to see what went wrong), the verdict is said, and the exit code is a read problem's
    assert r.stdout.strip() and ("乱码" in err or "没有汉字" in err), err
    assert r.returncode == 1 and "Traceback" not in err


@pytest.mark.parametrize("name", sorted(GARBLED))
def test_inspect_refuses_mojibake(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(GARBLED[name])
    r = run_cli("inspect", str(p))
    assert r.returncode == 1 and ("乱码" in r.stderr.decode() or "没有汉字" in r.stderr.decode())
    r = run_cli("inspect", str(p), "--format", "json")
    d = json.loads(r.stdout)
    assert r.returncode == 1 and d["error"] and d.get("title") is None


@pytest.mark.parametrize("name", sorted(GARBLED))
def test_api_inspect_reports_mojibake_as_error(name):
    for limits in (None, "default"):
        ins = inspect_bytes(GARBLED[name], name, limits=limits)
        assert ins.error and ("乱码" in ins.error or "没有汉字" in ins.error), (limits, ins.to_dict())


def test_inspect_of_image_only_pdf_is_a_read_problem(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(image_only_pdf())
    r = run_cli("inspect", str(p))
    assert r.returncode == 1 and "文字层" in r.stderr.decode()
    assert inspect_bytes(p.read_bytes(), "scan.pdf", limits=None).error


def test_real_text_passes_text_and_inspect(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(BODY, encoding="utf-8")
    assert run_cli("text", str(p)).returncode == 0
    r = run_cli("inspect", str(p))
    assert r.returncode == 0 and not r.stderr.strip()


# ------------------------------------------------------------------ reader notes

NOTED = {
    "big5.txt": (TRAD.encode("big5"), "Big5"),
    "utf16.txt": (BODY.encode("utf-16-le"), "UTF-16"),
}


@pytest.mark.parametrize("name", sorted(NOTED))
def test_check_shows_reader_notes_without_changing_the_verdict(tmp_path, name):
    data, word = NOTED[name]
    p = tmp_path / name
    p.write_bytes(data)
    clean = run_cli("check", str(p), "--format", "json", "--select", "GW0")
    assert clean.returncode == 0 and json.loads(clean.stdout) == []  # a note is not a finding
    assert word in clean.stderr.decode()
    full = run_cli("check", str(p), "--select", "GW0")
    assert full.returncode == 0 and word in full.stdout.decode() + full.stderr.decode()
    res = gwlint.lint_bytes(data, name)
    assert any(word in n for n in res.notes) and not res.error
    assert any(word in n for n in res.without_document().notes)


def test_big5_from_stdin_is_read_and_noted():
    r = run_cli("check", "-", "--stdin-filename", "notice.txt", "--format", "json", input=TRAD.encode("big5"))
    assert r.returncode in (0, 1) and "Big5" in r.stderr.decode()
    assert all(f["code"] not in ("GW001", "GW002") for f in json.loads(r.stdout))


def test_text_command_shows_notes(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes(TRAD.encode("big5"))
    r = run_cli("text", str(p))
    assert r.returncode == 0 and "Big5" in r.stderr.decode() and "關於" in r.stdout.decode()


def test_stray_nul_on_an_empty_first_line_is_shown_not_crashed(tmp_path):
    # the GW001 warning sits at line 1, an empty line: the full format must still show it
    p = tmp_path / "nul.txt"
    p.write_bytes(b"\x00\n" + BODY.encode("utf-8").replace(b"\n", b"\x00\n", 3))
    for fmt in ("full", "concise", "json", "github", "sarif"):
        r = run_cli("check", str(p), "--format", fmt)
        assert r.returncode == 1 and "Traceback" not in r.stderr.decode() and "内部错误" not in r.stderr.decode(), fmt
        assert "NUL" in r.stdout.decode(), fmt


@pytest.mark.parametrize("name,data", [("empty.docx", b""), ("space.txt", b"   \n\t\n\xe3\x80\x80\n"),
                                       ("bom.txt", b"\xef\xbb\xbf"), ("empty.pdf", b"")])
@pytest.mark.parametrize("command", ["check", "text", "inspect"])
def test_files_without_text_fail_every_command(tmp_path, name, data, command):
    p = tmp_path / name
    p.write_bytes(data)
    r = run_cli(command, str(p))
    assert r.returncode == 1 and "Traceback" not in r.stderr.decode()
    assert "GW001" in r.stdout.decode() if command == "check" else r.stderr.decode().strip()


# ------------------------------------------------------------------ the HTTP service

fastapi = pytest.importorskip("fastapi")


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from gwlint.config import Config
    from gwlint.serve.app import Settings, create_app

    with TestClient(create_app(Settings(workers=1, config=Config()))) as c:
        yield c


def test_service_refuses_mojibake_pdf(client):
    r = client.post("/v1/check", files={"file": ("draft.pdf", GARBLED["tounicode-shuffled.pdf"], "application/pdf")})
    d = r.json()
    assert r.status_code == 200 and d["error"] and d["failed"] and [f["code"] for f in d["findings"]] == ["GW002"]


def test_service_empty_upload_is_gw001(client):
    r = client.post("/v1/check", files={"file": ("draft.docx", b"", "application/octet-stream")})
    d = r.json()
    assert r.status_code in (200, 400, 422), r.text
    if r.status_code == 200:
        assert d["error"] and d["failed"] and [f["code"] for f in d["findings"]] == ["GW001"]


def test_service_reports_reader_notes(client):
    r = client.post("/v1/check", files={"file": ("notice.txt", TRAD.encode("big5"), "text/plain")})
    d = r.json()
    assert r.status_code == 200 and not d["error"] and any("Big5" in n for n in d["notes"])


@pytest.mark.parametrize("name,data", [("hello.txt", b"Hello world, this is a test.\n"), ("a.md", b"a"),
                                       ("digits.txt", b"2019 2 25\n")])
def test_text_without_any_hanzi_is_not_a_clean_gongwen(tmp_path, name, data):
    res = gwlint.lint_bytes(data, name, limits=None)
    assert res.error and [f.code for f in res.findings] == ["GW001"] and "没有汉字" in res.error
    p = tmp_path / name
    p.write_bytes(data)
    for command in ("check", "text", "inspect"):
        r = run_cli(command, str(p))
        assert r.returncode == 1 and "没有汉字" in (r.stdout + r.stderr).decode(), command


def test_english_docx_is_not_a_clean_gongwen(tmp_path):
    p = tmp_path / "english.docx"
    badcorpus.docx(p, badcorpus.document_xml(badcorpus.para("Notice on spring farming")
                                             + badcorpus.para("All cities shall report by March.")))
    res = gwlint.lint_path(p, limits=None)
    assert res.error and [f.code for f in res.findings] == ["GW001"]


def test_sarif_carries_reader_notes_as_notifications(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes(TRAD.encode("big5"))
    r = run_cli("check", str(p), "--format", "sarif", "--select", "GW0")
    log = json.loads(r.stdout)
    said = log["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
    assert r.returncode == 0 and [n["level"] for n in said] == ["note"] and "Big5" in said[0]["message"]["text"]
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize("name", sorted(NOTED))
def test_full_report_written_with_o_carries_the_notes(tmp_path, name):
    data, word = NOTED[name]
    p = tmp_path / name
    p.write_bytes(data)
    out = tmp_path / "report.txt"
    r = run_cli("check", str(p), "--select", "GW0", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    report = out.read_text(encoding="utf-8")
    assert f"{p}: 说明：" in report and word in report, report
    assert "未发现问题" in report.splitlines()[-1]  # the notes come before the summary line
    # on a terminal the full report holds them: said once, not again on stderr
    r = run_cli("check", str(p), "--select", "GW0")
    assert (r.stdout + r.stderr).decode().count(f"{p}: 说明：") == 1 and word in r.stdout.decode()
    # JSON's shape is fixed (interface.md): an array of findings; the notes stay on stderr
    r = run_cli("check", str(p), "--select", "GW0", "--format", "json", "-o", str(tmp_path / "r.json"))
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == [] and word in r.stderr.decode()

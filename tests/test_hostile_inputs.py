"""Hostile inputs of round 11 (tests/hostile_gen.py) on every entry point: each gets a clear Chinese GW001/GW002
(or is read as what it really is), never a traceback, a hang or a "clean" verdict on a file that was not read.
Time bounds here are generous guards against hangs, not measurements."""
from __future__ import annotations

import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

from . import hostile_gen


def gwlint(*args, cwd=None, timeout=180):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "gwlint", *map(str, args)], capture_output=True, cwd=cwd,
                          env=env, timeout=timeout)


def _json_findings(proc) -> list[dict]:
    return json.loads(proc.stdout.decode("utf-8"))


# ---------------------------------------------------------------- file names that hold a newline or a TAB

def test_newline_in_a_file_name_keeps_each_record_on_one_line(tmp_path):
    name = "草稿\n第二行\t.txt"
    (tmp_path / name).write_text(hostile_gen.TEXT.replace("：", ":"), encoding="utf-8")
    proc = gwlint("check", "--format", "concise", name, cwd=tmp_path)
    lines = proc.stdout.decode("utf-8").splitlines()
    assert proc.returncode == 1 and lines
    assert all(line.startswith("草稿\\x0a第二行\\x09.txt:") for line in lines), lines
    # JSON escapes a newline itself: the name stays the real one there
    proc = gwlint("check", "--format", "json", name, cwd=tmp_path)
    assert {f["path"] for f in _json_findings(proc)} == {name}


# ---------------------------------------------------------------- XML parse errors told in Chinese

@pytest.mark.parametrize("name", ["tables_200.docx", "deep_xml.docx", "deep_pageblock.ofd"])
def test_elements_nested_past_the_parser_limit_are_refused_as_built_not_damaged(name):
    import gwlint

    data = hostile_gen.case(name)
    result = gwlint.lint_bytes(data, name)
    assert [f.code for f in result.findings] == ["GW001"]
    assert "嵌套超过 256 层" in result.error and "已损坏" not in result.error
    assert "Excessive" not in result.error and "XML_PARSE_HUGE" not in result.error


@pytest.mark.parametrize("name, kind", [("document_garbage.docx", "部件为空或不是 XML"),
                                        ("truncated_page.ofd", "内容在中途结束")])
def test_a_damaged_xml_part_is_described_without_libxml2_english(name, kind):
    import gwlint

    data = hostile_gen.case(name)
    result = gwlint.lint_bytes(data, name)
    assert [f.code for f in result.findings] == ["GW001"]
    assert "已损坏" in result.error and kind in result.error
    english = set(re.findall(r"[A-Za-z]{4,}", result.error)) - {"Word", "word", "document", "Doc", "Pages", "Page",
                                                                 "Content", "docx"}
    assert not english, result.error


# ---------------------------------------------------------------- one file named several times

BURDEN = ("江西省林业局关于报送春季防火进展的通知\n各设区市林业局:\n请于3月20日前报送截止3月15日的的工作进展。\n"
          "江西省林业局\n2026年2月10日\n")


def test_a_file_named_twice_or_through_a_link_is_checked_and_reported_once(tmp_path):
    (tmp_path / "sub").mkdir()
    draft = tmp_path / "sub" / "草稿.txt"
    draft.write_text(BURDEN, encoding="utf-8")
    os.symlink("sub/草稿.txt", tmp_path / "链接.txt")
    os.link(draft, tmp_path / "硬链接.txt")
    proc = gwlint("check", "--format", "json", "sub/草稿.txt", "./sub/草稿.txt", "链接.txt", "硬链接.txt", "sub",
                  cwd=tmp_path)
    found = _json_findings(proc)
    assert {f["path"] for f in found} == {"sub/草稿.txt"}
    per_code = [f["code"] for f in found]
    assert len(per_code) == len(set(per_code)) and "GW803" in per_code, per_code
    # --fix through two names of one file: fixed once from one reading, the text is right
    proc = gwlint("check", "--fix", "--unsafe-fixes", "链接.txt", "sub/草稿.txt", cwd=tmp_path)
    assert "写回 1 个文件" in proc.stderr.decode("utf-8") + proc.stdout.decode("utf-8")
    assert draft.read_text(encoding="utf-8").splitlines()[1:3] == ["各设区市林业局：", "请于3月20日前报送截至3月15日的工作进展。"]


def test_lint_paths_reads_a_file_named_twice_once(tmp_path):
    import gwlint as api

    (tmp_path / "a.txt").write_text(BURDEN, encoding="utf-8")
    results = api.lint_paths([tmp_path / "a.txt", tmp_path, str(tmp_path / "a.txt")])
    assert [r.path for r in results] == [str(tmp_path / "a.txt")]


# ---------------------------------------------------------------- gwlint serve: forms cut short, stalled and slow clients

def _form(name: bytes, data: bytes, boundary: bytes = b"XyZ") -> bytes:
    return (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="' + name
            + b'"\r\nContent-Type: application/octet-stream\r\n\r\n' + data + b"\r\n--" + boundary + b"--\r\n")


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from gwlint.config import Config
    from gwlint.serve.app import Settings, create_app

    with TestClient(create_app(Settings(workers=1, config=Config()))) as c:
        yield c


def test_a_form_cut_before_its_closing_boundary_is_refused_not_called_empty(client):
    body = _form("草稿.docx".encode(), hostile_gen.clean_docx())[:-30]
    r = client.post("/v1/check", content=body, headers={"Content-Type": "multipart/form-data; boundary=XyZ"})
    assert r.status_code == 400
    assert "不完整" in r.json()["detail"] and "没有文件" not in r.json()["detail"]


def test_a_form_whose_boundary_does_not_match_is_refused_in_chinese(client):
    body = _form(b"a.docx", hostile_gen.clean_docx())
    r = client.post("/v1/check", content=body, headers={"Content-Type": "multipart/form-data; boundary=" + "Q" * 60})
    assert r.status_code == 400
    detail = r.json()["detail"]
    assert "boundary" in detail and not re.search(r"Expected|index|character", detail), detail


@pytest.mark.parametrize("name, charset, codec", [("gbk.txt", "gb18030", "gb18030"),
                                                  ("utf16le_nobom.txt", "utf-16le", "utf-16-le"),
                                                  ("big5.txt", "big5-hkscs", "big5hkscs")])
def test_fixed_text_is_labelled_with_its_own_encoding(client, name, charset, codec):
    data = hostile_gen.case(name).replace("通知如下。".encode(codec), "通知如下,".encode(codec))
    r = client.post("/v1/fix", params={"filename": name}, content=data)
    assert r.status_code == 200
    assert r.headers["content-type"] == f"text/plain; charset={charset}"
    assert "通知如下，" in r.content.decode(codec) and r.text == r.content.decode(codec)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    pytest.importorskip("fastapi")
    from .serve_live import start_server

    srv = start_server(tmp_path_factory.mktemp("serve-slow"), "--workers", "1", "--upload-timeout", "2")
    yield srv
    srv.stop()


def _exchange(port: int, head: bytes, chunks=(), pause: float = 0.0, wait: float = 60.0) -> tuple[bytes, float]:
    import socket
    import time

    s = socket.create_connection(("127.0.0.1", port), timeout=wait)
    start = time.monotonic()
    try:
        s.sendall(head)
        for c in chunks:
            time.sleep(pause)
            s.sendall(c)
        out = b""
        while b"\r\n\r\n" not in out or len(out.partition(b"\r\n\r\n")[2]) < _length(out):
            got = s.recv(65536)
            if not got:
                break
            out += got
        return out, time.monotonic() - start
    finally:
        s.close()


def _length(response: bytes) -> int:
    m = re.search(rb"content-length: (\d+)", response.partition(b"\r\n\r\n")[0].lower())
    return int(m.group(1)) if m else 0


@pytest.mark.parametrize("head, first", [
    (b"POST /v1/check?filename=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n", "各地要".encode()),
    (b"POST /v1/check?filename=a.txt HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", b"9\r\n" + "各地要".encode() + b"\r\n"),
])
def test_a_client_that_stops_mid_upload_gets_408_and_the_service_goes_on(live, head, first):
    out, took = _exchange(live.port, head + first)
    assert out.startswith(b"HTTP/1.1 408"), out[:200]
    assert "上传超时" in out.partition(b"\r\n\r\n")[2].decode("utf-8")
    assert took < 30  # the deadline is 2 s; generous against a loaded machine
    import urllib.request
    with urllib.request.urlopen(live.url + "/healthz", timeout=30) as r:
        assert r.status == 200


def test_a_slow_but_steady_upload_is_still_checked(live):
    body = hostile_gen.TEXT.encode()
    pieces = [body[i:i + 40] for i in range(0, len(body), 40)]
    head = b"POST /v1/check?filename=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body)
    out, took = _exchange(live.port, head, pieces, pause=1.0)
    assert out.startswith(b"HTTP/1.1 200"), out[:300]
    assert took > len(pieces) - 1  # it really was slow: more than the 2 s stall allowance in all
    assert json.loads(out.partition(b"\r\n\r\n")[2])["error"] is None


@pytest.mark.parametrize("name, codec", [("big5.txt", "big5hkscs"), ("utf16le_nobom.txt", "utf-16-le")])
def test_fix_rewrites_a_big5_or_bomless_utf16_draft_in_its_own_encoding(tmp_path, name, codec):
    data = hostile_gen.case(name).replace("通知如下。".encode(codec), "通知如下,".encode(codec))
    (tmp_path / name).write_bytes(data)
    proc = gwlint("check", "--fix", name, cwd=tmp_path)
    assert b"Traceback" not in proc.stderr
    after = (tmp_path / name).read_bytes()
    assert after == data.replace("通知如下,".encode(codec), "通知如下，".encode(codec))


def test_a_fix_the_encoding_cannot_hold_is_left_undone_not_crashed():
    # Big5 has no 〜 (U+301C): a draft in Big5 whose fix would need it keeps its text
    from gwlint.fixes import TextFile

    tf = TextFile(hostile_gen.case("big5.txt"))
    assert tf.codec == "big5hkscs" and tf.can_hold("，") and not tf.can_hold("\u301c")


# ---------------------------------------------------------------- PDFs

def test_an_encrypted_pdf_with_an_empty_password_is_read_like_any_other():
    # reportlab leaves the strings of its CIDFont dictionaries unencrypted; decrypted, they named no character
    # collection and every glyph was (cid:N): GW002 for a file every viewer opens without a password
    import gwlint

    result = gwlint.lint_bytes(hostile_gen.case("encrypted_empty_pw.pdf"), "加密.pdf")
    assert result.error is None and not [f for f in result.findings if f.code in ("GW001", "GW002")]
    assert "江西省林业局关于做好春季森林防火工作的通知" in result.lines
    locked = gwlint.lint_bytes(hostile_gen.case("encrypted_pw.pdf"), "加密.pdf")
    assert [f.code for f in locked.findings] == ["GW001"] and "加密" in locked.error


def test_a_cid_font_without_any_mapping_is_still_no_text_layer():
    import gwlint

    result = gwlint.lint_bytes(hostile_gen.case("cid_no_tounicode.pdf"), "a.pdf")
    assert [f.code for f in result.findings] == ["GW002"]


def test_a_docx_part_in_a_compression_zipfile_lacks_is_refused_in_chinese():
    import gwlint

    result = gwlint.lint_bytes(hostile_gen.case("aes_method.docx"), "a.docx")
    assert [f.code for f in result.findings] == ["GW001"]
    assert "压缩方式" in result.error and "NotImplementedError" not in result.error and "not supported" not in result.error


# ---------------------------------------------------------------- outputs never land on inputs

def test_an_audit_report_is_never_written_over_an_audited_draft(tmp_path):
    drafts = tmp_path / "收文"
    drafts.mkdir()
    draft = drafts / "草稿.docx"
    draft.write_bytes(hostile_gen.clean_docx())
    before = draft.read_bytes()
    db = tmp_path / "audit.sqlite"
    assert gwlint("audit", drafts, "--db", db, "-j", "1").returncode == 0
    for fmt in ("html", "json"):
        proc = gwlint("audit", "report", "--db", db, "-o", drafts / "./草稿.docx", "--format", fmt, cwd=tmp_path)
        assert proc.returncode == 2 and "不能覆盖输入" in proc.stderr.decode("utf-8")
        assert b"Traceback" not in proc.stderr
    assert draft.read_bytes() == before
    assert gwlint("audit", "report", "--db", db, "-o", tmp_path / "报告.html").returncode == 0


# ---------------------------------------------------------------- parts of a .docx that are not read

def test_body_text_in_an_alt_chunk_is_never_passed_as_checked():
    import gwlint

    mixed = gwlint.lint_bytes(hostile_gen.case("altchunk.docx"), "网页编辑器.docx")
    assert mixed.error is None
    assert [(f.code, f.severity) for f in mixed.findings] == [("GW001", "warning")]
    assert "altChunk" in mixed.findings[0].message and "没有经过检查" in mixed.findings[0].message
    only = gwlint.lint_bytes(hostile_gen.case("altchunk_only.docx"), "网页编辑器.docx")
    assert [(f.code, f.severity) for f in only.findings] == [("GW001", "error")]
    assert "altChunk" in only.error and "正文为空" not in only.error


def test_an_alt_chunk_draft_exits_1_on_the_command_line(tmp_path):
    (tmp_path / "a.docx").write_bytes(hostile_gen.case("altchunk.docx"))
    proc = gwlint("check", "--format", "json", "a.docx", cwd=tmp_path)
    assert proc.returncode == 1 and [f["code"] for f in _json_findings(proc)] == ["GW001"]


# ---------------------------------------------------------------- lint_bytes with what callers hold

def test_lint_bytes_takes_any_bytes_like_upload_and_refuses_text_plainly():
    import gwlint

    data = hostile_gen.TEXT.replace("通知如下。", "通知如下,").encode("gb18030")
    want = [(f.code, f.line) for f in gwlint.lint_bytes(data, "a.txt").findings]
    assert ("GW801", 3) in want
    buffer = bytearray(b"\0" * 8 + data)
    for held in (bytearray(data), memoryview(buffer)[8:]):
        assert [(f.code, f.line) for f in gwlint.lint_bytes(held, "a.txt").findings] == want
        assert gwlint.inspect_bytes(held, "a.txt").error is None
    with pytest.raises(TypeError, match="bytes"):
        gwlint.lint_bytes(hostile_gen.TEXT, "a.txt")


# ---------------------------------------------------------------- files a gwlint.toml found next to the drafts names

@pytest.mark.parametrize("setting", ['[options]\nphrasing_file = "p.toml"\n', 'profile = "p.toml"\n'])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_config_naming_a_fifo_or_a_device_is_refused_not_read_for_ever(tmp_path, setting, kind):
    # an archive of drafts may carry its own gwlint.toml: before, `p.toml` → /dev/zero or a FIFO hung gwlint
    (tmp_path / "x.txt").write_text(hostile_gen.TEXT, encoding="utf-8")
    (tmp_path / "gwlint.toml").write_text(setting, encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(tmp_path / "p.toml")
    else:
        os.symlink("/dev/zero", tmp_path / "p.toml")
    proc = gwlint("check", "x.txt", cwd=tmp_path, timeout=120)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "p.toml" in err and "不是普通文件" in err, err
    assert "Traceback" not in err


def test_a_config_file_far_too_big_is_refused(tmp_path):
    from gwlint.data import MAX_TOML_BYTES, load_toml_file

    big = tmp_path / "p.toml"
    with open(big, "wb") as fh:
        fh.truncate(MAX_TOML_BYTES + 1)
    with pytest.raises(OSError, match="过大"):
        load_toml_file(big)


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_baseline_that_is_a_fifo_or_a_device_is_refused_not_read_for_ever(tmp_path, kind):
    (tmp_path / "x.txt").write_text(hostile_gen.TEXT, encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(tmp_path / "base.json")
    else:
        os.symlink("/dev/zero", tmp_path / "base.json")
    proc = gwlint("check", "x.txt", "--baseline", "base.json", cwd=tmp_path, timeout=120)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "基线文件无法读取" in err and "不是普通文件" in err, err


def test_a_baseline_that_is_not_json_is_described_in_chinese(tmp_path):
    (tmp_path / "x.txt").write_text(hostile_gen.TEXT, encoding="utf-8")
    (tmp_path / "base.json").write_bytes(b"\x89PNG not json")
    proc = gwlint("check", "x.txt", "--baseline", "base.json", cwd=tmp_path)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "基线文件无法读取" in err
    assert "Expecting" not in err and "codec" not in err, err

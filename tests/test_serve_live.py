"""gwlint serve as a real process: the drafter's page in Debian's chromium, and the wire.

The browser is the system's (/usr/bin/chromium, installed by .ci/run), driven by
Playwright; nothing is downloaded.  Every request the page makes must go to the
gwlint server itself.
"""
from __future__ import annotations

import io
import os
import socket
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gwlint.api import lint_bytes
from gwlint.config import Config

from .serve_live import start_server

pytest.importorskip("fastapi")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
MARKER = "机密标记Q7X4"  # must never reach the log or the disk


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("serve"), "--workers", "2")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as p:
        # a fresh profile folder; Playwright passes --user-data-dir itself for a persistent context
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=FLAGS, accept_downloads=True, viewport={"width": 1280, "height": 900}, locale="zh-CN")
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser_context, server):
    pg = browser_context.new_page()
    pg.requests_seen = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requests_seen.append(r.url))  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    pg.goto(server.url + "/")
    pg.locator("#profile option").first.wait_for(state="attached")
    yield pg
    hosts = {urlsplit(u).netloc for u in pg.requests_seen if not u.startswith(("blob:", "data:"))}
    assert hosts <= {f"127.0.0.1:{server.port}"}, f"the page reached outside gwlint: {hosts}"
    assert not pg.errors, pg.errors  # type: ignore[attr-defined]
    pg.close()


def upload(pg, path: Path) -> None:
    pg.set_input_files("#file", str(path))
    done(pg)


def done(pg) -> None:
    # locators, not wait_for_function: the page's Content-Security-Policy forbids eval
    pg.locator("#status", has_text="检查完成").wait_for(timeout=60000)


def in_view(pg, selector: str) -> bool:
    return pg.eval_on_selector(selector, """e => { const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }""")


# ------------------------------------------------------------------ the page in a browser
def test_drafter_uploads_sees_findings_clicks_and_downloads_the_annotated_copy(page, tmp_path):
    import docx

    src = SAMPLES / "dept-directive.docx"
    expected = lint_bytes(src.read_bytes(), src.name, Config()).findings
    upload(page, src)
    status = page.text_content("#status")
    assert f"共 {len(expected)} 个问题" in status
    assert page.locator(".finding").count() == len(expected)
    assert page.locator(".sev-group h4").first.text_content().startswith("错误")
    page.locator(".rule-name", has_text="部门向下级政府发指令").first.wait_for()
    # the sentence the first GW104 finding names is highlighted in the document
    first = next(i for i, f in enumerate(expected) if f.code == "GW104")
    f = expected[first]
    marks = page.locator(f"mark[data-ids~='{first}']")
    assert marks.count() >= 1
    assert "".join(marks.all_text_contents()).startswith(f.excerpt.rstrip("…")[:20])
    assert "error" in (marks.first.get_attribute("class") or "")
    # the structure recognised
    assert "江西省农业农村厅" in page.text_content("#structure")
    assert "未通过" in page.text_content("#verdict")
    assert page.is_hidden("#dl-fixed")  # nothing in this draft has an automatic fix

    # click the last finding: the document scrolls to its sentence and marks it
    last = len(expected) - 1
    page.locator(f"#finding-{last} button").click()
    page.wait_for_timeout(900)  # smooth scrolling
    assert "current" in page.get_attribute(f"#finding-{last}", "class")
    last_mark = f"mark[data-ids~='{last}']"
    assert "current" in page.locator(last_mark).first.get_attribute("class")
    assert in_view(page, last_mark)

    # keyboard: a finding is a button; Enter selects it
    page.focus(f"#finding-{first} button")
    page.keyboard.press("Enter")
    page.wait_for_timeout(900)
    assert "current" in page.get_attribute(f"#finding-{first}", "class")
    assert in_view(page, f"mark[data-ids~='{first}']")

    # filter by severity: without errors only the warning remains, in the list and the text
    page.uncheck("#sev-error")
    n_warn = sum(1 for x in expected if x.severity == "warning")
    assert page.locator(".finding").count() == n_warn
    assert page.locator("mark.error").count() == 0
    page.check("#sev-error")
    # filter by family
    page.select_option("#family", "GW1")
    assert page.locator(".finding").count() == sum(1 for x in expected if x.code.startswith("GW1"))
    page.select_option("#family", "all")

    # the annotated copy, opened with python-docx
    with page.expect_download() as dl:
        page.click("#dl-annotated")
    download = dl.value
    assert download.suggested_filename == "dept-directive-批注.docx"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    comments = list(docx.Document(str(saved)).comments)
    assert len(comments) == len(expected)
    assert any(c.text.startswith("[GW104]") for c in comments)
    page.screenshot(path=str(tmp_path / "wide.png"))


def test_pasted_text_is_shown_as_text_never_as_markup(page):
    hostile = ("<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>\n"
               "各设区市人民政府要于3月底前报送工作总结,务必高度重视。\n")
    page.click("#paste-box summary")
    page.fill("#paste", hostile)
    page.click("#paste-check")
    done(page)
    assert page.evaluate("window.pwned") is None
    assert page.locator("#doc img, #doc script, #findings img, #findings script").count() == 0
    assert page.text_content("#line-1 .tx") == hostile.splitlines()[0]
    assert page.locator(".finding").count() >= 1
    assert page.is_hidden("#dl-annotated")  # comments need a .docx
    # the half-width comma has a safe fix: the corrected text comes back as a file
    from gwlint import api

    if hasattr(api, "fix_bytes"):
        with page.expect_download() as dl:
            page.click("#dl-fixed")
        assert dl.value.suggested_filename == "粘贴的文字-修正.txt"
        fixed = Path(dl.value.path()).read_text(encoding="utf-8")
        assert "工作总结，务必" in fixed and fixed.startswith("<img src=x")


def test_pdf_upload_and_the_layout_at_390_px(page, tmp_path):
    page.set_viewport_size({"width": 390, "height": 844})
    upload(page, SAMPLES / "issue-policy-notice.pdf")
    assert page.locator(".finding").count() >= 3
    assert page.locator("mark").count() >= 3
    # nothing wider than the phone: no sideways scrolling
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # the panes stack: findings above the document
    fb = page.locator(".findings-pane").bounding_box()
    db = page.locator(".doc-pane").bounding_box()
    assert db["y"] >= fb["y"] + fb["height"] - 1 and fb["width"] <= 390 and db["width"] <= 390
    # controls are large enough to tap
    for sel in ("label[for=file]", "#dl-annotated", ".finding-main"):
        box = page.locator(sel).first.bounding_box()
        if box:
            assert box["height"] >= 32, sel
    page.locator(".finding-main").first.click()
    page.wait_for_timeout(900)
    assert page.locator("mark.current").count() >= 1
    page.screenshot(path=str(tmp_path / "narrow.png"), full_page=True)


def test_drag_and_drop_a_file(page):
    data = (SAMPLES / "clean-notice.txt").read_bytes()
    page.evaluate("""([bytes, name]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, {type: "text/plain"}));
        const zone = document.getElementById("drop");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", [list(data), "clean-notice.txt"])
    done(page)
    assert page.text_content("#file-name") == "clean-notice.txt"
    assert "通过" in page.text_content("#verdict")


# ------------------------------------------------------------------ the wire
def _raw(port: int, head: bytes, body_chunks=(), timeout: float = 30.0) -> tuple[int, int]:
    """Send a request by hand; return (status, bytes of body sent before the server answered)."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head)
        s.setblocking(False)
        for chunk in body_chunks:
            try:
                if s.recv(1, socket.MSG_PEEK):
                    break  # the server has answered
            except BlockingIOError:
                pass
            s.setblocking(True)
            try:
                s.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
            s.setblocking(False)
        s.setblocking(True)
        data = b""
        while b"\r\n" not in data:
            part = s.recv(4096)
            if not part:
                break
            data += part
    return int(data.split(b" ", 2)[1]), sent


def test_oversized_upload_is_refused_before_it_is_read(server):
    # a declared length over 20 MB: answered from the headers alone
    head = (b"POST /v1/check?filename=a.txt HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            b"Content-Length: 104857600\r\n\r\n")
    status, _ = _raw(server.port, head)
    assert status == 413
    # chunked, no length: refused at the limit, long before the 100 MB are sent
    head = (b"POST /v1/check?filename=a.txt HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"10000\r\n" + b"z" * 0x10000 + b"\r\n"
    status, sent = _raw(server.port, head, (chunk for _ in range(1600)))
    assert status == 413
    assert sent < 40 * 1024 * 1024


def test_uploads_never_reach_the_log_or_the_disk(server, tmp_path):
    import httpx

    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    buf = io.BytesIO()
    write_docx(parse_marked(f"@title 江西省人民政府办公厅关于{MARKER}的通知\n各地要于3月底前报送{MARKER}材料。\n"), buf)
    # 3 MB stored uncompressed: past Starlette's 1 MB in-memory limit for form files
    blob = (MARKER.encode() + os.urandom(1024)) * 3000
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/media/blob.bin", blob)
    data = buf.getvalue()
    assert len(data) > 3 * 1024 * 1024
    name = f"{MARKER}.docx"
    r = httpx.post(server.url + "/v1/check", files={"file": (name, data)}, params={"select": "GW1"}, timeout=60)
    assert r.status_code == 200 and r.json()["path"] == name and r.json()["error"] is None
    r = httpx.post(server.url + f"/v1/check?filename={MARKER}.txt", content=f"{MARKER}各地要报送材料。".encode(),
                   timeout=60)
    assert r.status_code == 200
    assert MARKER not in server.log_text() and "POST /v1/check 200" in server.log_text()
    needle = MARKER.encode()
    for root, _, files in os.walk(server.tmpdir):
        for fname in files:
            p = Path(root) / fname
            try:
                assert needle not in p.read_bytes(), p
            except OSError:
                pass  # sockets of the worker pool


def test_the_readme_curl_examples_run(server, tmp_path):
    import json
    import re
    import shutil
    import subprocess

    import docx

    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [ln.strip() for body in re.findall(r"^```bash\n(.*?)^```", readme, re.M | re.S)
             for ln in body.splitlines() if ln.strip().startswith("curl ")]
    assert len(lines) >= 4
    # the reader's drafts, under the README's names: the commands run as written but for the port
    shutil.copy(SAMPLES / "dept-directive.docx", tmp_path / "草稿.docx")
    shutil.copy(SAMPLES / "dept-directive.pdf", tmp_path / "草稿.pdf")
    for line in lines:
        cmd = line.replace("127.0.0.1:8080", f"127.0.0.1:{server.port}")
        r = subprocess.run(["bash", "-c", cmd + " -w '\\n%{http_code}'"], cwd=tmp_path, capture_output=True,
                           timeout=120)
        assert r.returncode == 0, (line, r.stderr)
        body, _, code = r.stdout.decode("utf-8").rpartition("\n")
        assert code == "200", (line, body)
        if "-o " not in line:
            out = json.loads(body)
            assert out.get("findings") or out.get("code"), line
    comments = list(docx.Document(str(tmp_path / "草稿-批注.docx")).comments)
    assert any(c.text.startswith("[GW104]") for c in comments)

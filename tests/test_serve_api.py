"""gwlint serve: the HTTP API through the framework's test client, on real .docx/.pdf/.txt inputs.

Two apps: an open one with the default limits (the embedded default), and a
strict one with a token, a small upload limit and a one-second budget.  Both
run real worker processes (gwlint.guard); nothing under test is mocked.
"""
from __future__ import annotations

import io
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from gwlint.api import lint_bytes  # noqa: E402
from gwlint.config import Config  # noqa: E402
from gwlint.serve.app import DOCX_MIME, Settings, create_app  # noqa: E402

from .drafts import office_circular, render_draft  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_docs"
TOKEN = "s3cret-Tok3n-for-tests"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(workers=2, config=Config()))) as c:
        yield c


@pytest.fixture(scope="module")
def strict():
    app = create_app(Settings(workers=2, token=TOKEN, max_upload_mb=1, timeout=1.0, max_pending=2, config=Config()))
    with TestClient(app) as c:
        yield c


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def in_process(data: bytes, name: str, config: Config | None = None) -> list[dict]:
    return [f.to_dict() for f in lint_bytes(data, name, config or Config()).findings]


# ------------------------------------------------------------------ health, info, rules, docs
def test_healthz_and_info(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["workers"] == 2
    info = client.get("/v1/info").json()
    assert {p["name"] for p in info["profiles"]} >= {"jiangxi-2019", "national-2024"}
    assert info["default_profile"] == "jiangxi-2019"
    assert info["max_upload_bytes"] == 20 * 1024 * 1024 and info["token_required"] is False
    assert info["accepted"] == [".docx", ".pdf", ".txt", ".md"]


def test_rules_are_the_rule_docs(client):
    from gwlint.rules import all_rules

    rules = client.get("/v1/rules").json()
    assert [r["code"] for r in rules] == [r.code for r in all_rules()]
    one = client.get("/v1/rules/gw104")
    assert one.status_code == 200
    assert one.json()["code"] == "GW104" and one.json()["basis"].startswith("赣府发〔2019〕3号")
    assert one.json()["label"] == "部门向下级政府发指令"  # the page's group heading
    assert all(r["label"] and r["label"] != r["name"] for r in rules)
    missing = client.get("/v1/rules/GW999")
    assert missing.status_code == 404 and "没有规则 GW999" in missing.json()["detail"]


def test_docs_are_served_without_any_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    for asset in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css"):
        assert client.get(asset).status_code == 200, asset
    redoc = client.get("/redoc")
    assert redoc.status_code == 200 and "fonts.googleapis" not in redoc.text
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/annotate", "/v1/fix", "/v1/rules", "/v1/rules/{code}", "/healthz"} <= set(spec["paths"])
    body = spec["paths"]["/v1/check"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in body and DOCX_MIME in body


def test_page_and_its_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'lang="zh-CN"' in page.text and "拖到这里" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert "<script>" not in page.text and " style=" not in page.text  # nothing inline for the policy to block
    for asset in ("static/app.js", "static/app.css"):
        r = client.get("/" + asset)
        assert r.status_code == 200, asset
        assert "http://" not in r.text and "https://" not in r.text, asset
        assert "@import" not in r.text and "url(http" not in r.text
    js = client.get("/static/app.js").text
    # document text only ever goes into text nodes
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


# ------------------------------------------------------------------ /v1/check
def test_check_docx_upload_gives_the_cli_findings_structure_and_lines(client):
    data = sample("dept-directive.docx")
    r = client.post("/v1/check", files={"file": ("dept-directive.docx", data, DOCX_MIME)})
    assert r.status_code == 200
    rep = r.json()
    assert rep["findings"] == in_process(data, "dept-directive.docx")
    codes = rep["counts"]["by_code"]
    assert codes["GW104"] == 7 and rep["counts"]["error"] >= 7
    assert rep["counts"]["total"] == len(rep["findings"])
    assert rep["failed"] is True and rep["fail_on"] == "warning" and rep["error"] is None
    assert rep["format"] == "docx" and rep["profile"] == "jiangxi-2019"
    st = rep["structure"]
    assert st["issuer"] == "江西省农业农村厅" and st["issuer_kind"] == "department" and st["doc_type"] == "通知"
    assert st["doc_number"] == "赣农字〔2026〕8号"
    # the page highlights a finding's span inside lines[line-1]
    f = next(f for f in rep["findings"] if f["code"] == "GW104")
    line = rep["lines"][f["location"]["line"] - 1]
    assert line[f["location"]["column"] - 1:f["end_location"]["column"] - 1] .startswith(f["excerpt"].rstrip("…")[:10])


def test_check_raw_pdf_and_txt_bodies(client):
    pdf = sample("issue-policy-notice.pdf")
    r = client.post("/v1/check?filename=方案.pdf", content=pdf, headers={"Content-Type": "application/pdf"})
    assert r.status_code == 200
    rep = r.json()
    assert rep["format"] == "pdf" and rep["path"] == "方案.pdf"
    assert rep["counts"]["by_code"].get("GW102", 0) >= 3
    assert rep["findings"] == in_process(pdf, "方案.pdf")
    assert all(f["location"]["page"] for f in rep["findings"])
    # raw text without a filename: the Content-Type gives the type (the page's pasted text)
    txt = sample("dept-directive.txt")
    r = client.post("/v1/check", content=txt, headers={"Content-Type": "text/plain; charset=utf-8"})
    assert r.status_code == 200 and r.json()["format"] == "txt"
    assert r.json()["counts"]["by_code"]["GW104"] == 7
    # a .docx sent raw with its MIME type and no name
    r = client.post("/v1/check", content=sample("clean-notice.docx"), headers={"Content-Type": DOCX_MIME})
    assert r.status_code == 200 and r.json()["format"] == "docx"
    assert r.json()["counts"]["error"] == 0 and r.json()["failed"] is False


def test_check_options_by_query_and_by_form_field(client):
    data = sample("dept-directive.docx")
    only = client.post("/v1/check?select=GW104", files={"file": ("d.docx", data)}).json()
    assert {f["code"] for f in only["findings"]} == {"GW104"}
    ignored = client.post("/v1/check", files={"file": ("d.docx", data)}, data={"ignore": "GW104，GW106"}).json()
    assert not {f["code"] for f in ignored["findings"]} & {"GW104", "GW106"}
    # fail_on=error: errors still fail; with only warnings the verdict passes
    strict_err = client.post("/v1/check?fail_on=error&ignore=GW104", files={"file": ("d.docx", data)}).json()
    assert strict_err["fail_on"] == "error"
    assert strict_err["failed"] == any(f["severity"] == "error" for f in strict_err["findings"])
    nat = client.post("/v1/check?profile=national-2024", files={"file": ("d.docx", data)}).json()
    assert nat["profile"] == "national-2024"
    cfg = Config()
    cfg.profile_name = "national-2024"
    assert nat["findings"] == in_process(data, "d.docx", cfg)


@pytest.mark.parametrize("query, words", [
    ("profile=no-such-profile", "未知的配置方案"), ("select=GW9X9", "未知的规则代码"), ("fail_on=fatal", "fail-on"),
])
def test_bad_options_are_400_with_a_chinese_message(client, query, words):
    r = client.post(f"/v1/check?{query}", files={"file": ("d.txt", "各地要报送材料。".encode())})
    assert r.status_code == 400 and words in r.json()["detail"]


@pytest.mark.parametrize("name, data, words", [
    ("损坏.docx", b"PK\x03\x04 this zip is cut short", "不是有效的 .docx"),
    ("空.txt", b"", "文件为空"),
    ("旧版.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "另存为"),
    ("加密.docx", None, "加密"),
    ("假的.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\ntrailer<<>>\n%%EOF", ""),
])
def test_unreadable_file_is_200_with_gw001(client, name, data, words):
    if data is None:
        data = (REPO / "tests" / "data" / "docx_encrypted.docx").read_bytes()
    r = client.post("/v1/check", files={"file": (name, data)})
    assert r.status_code == 200
    rep = r.json()
    assert [f["code"] for f in rep["findings"]] == ["GW001"]
    assert rep["error"] and words in rep["error"] and rep["failed"] is True
    assert rep["structure"] is None and rep["lines"] == []


@pytest.mark.parametrize("kwargs", [
    {"files": {"file": ("表格.xlsx", b"PK\x03\x04...", "application/vnd.ms-excel")}},
    {"files": {"file": ("照片.png", b"\x89PNG\r\n\x1a\n....")}},
    {"content": b"\x89PNG\r\n\x1a\n....", "headers": {"Content-Type": "image/png"}},
    {"content": b"some bytes", "headers": {"Content-Type": "application/octet-stream"}},
])
def test_wrong_type_is_415(client, kwargs):
    r = client.post("/v1/check", **kwargs)
    assert r.status_code == 415
    assert "类型" in r.json()["detail"]


def test_malformed_forms_are_400(client):
    r = client.post("/v1/check", content=b"--x\r\nbroken", headers={"Content-Type": "multipart/form-data"})
    assert r.status_code == 400 and "boundary" in r.json()["detail"]
    r = client.post("/v1/check", files={"other": ("a.txt", b"x")})
    assert r.status_code == 400 and "file" in r.json()["detail"]


# ------------------------------------------------------------------ /v1/annotate and /v1/fix
def test_annotate_returns_the_docx_with_a_comment_per_finding(client):
    import docx

    data = sample("dept-directive.docx")
    r = client.post("/v1/annotate", files={"file": ("春耕通知.docx", data)})
    assert r.status_code == 200 and r.headers["content-type"] == DOCX_MIME
    assert "filename*=UTF-8''%E6%98%A5%E8%80%95%E9%80%9A%E7%9F%A5-%E6%89%B9%E6%B3%A8.docx" in r.headers["content-disposition"]
    findings = in_process(data, "春耕通知.docx")
    comments = list(docx.Document(io.BytesIO(r.content)).comments)
    assert len(comments) == len(findings) == int(r.headers["x-gwlint-comments"])
    assert sorted(c.text.split("]")[0] + "]" for c in comments) == sorted(f"[{f['code']}]" for f in findings)


def test_annotate_refuses_what_it_cannot_annotate(client):
    r = client.post("/v1/annotate", files={"file": ("a.pdf", sample("clean-notice.pdf"))})
    assert r.status_code == 415 and ".docx" in r.json()["detail"]
    r = client.post("/v1/annotate", files={"file": ("坏.docx", b"PK\x03\x04 cut short")})
    assert r.status_code == 422 and r.json()["detail"]


FIXABLE = """\
@title 江西省农业农村厅关于做好春耕生产工作的通知
@recipients 各设区市农业农村局：
请各地加强田间管理,确保春耕生产顺利进行。
@signature 江西省农业农村厅
@date 2026年2月10日
"""


def test_fix_returns_tracked_changes_or_fixed_text(client, tmp_path):
    from gwlint import api

    data = render_draft(FIXABLE, "docx", tmp_path).read_bytes()
    r = client.post("/v1/fix", files={"file": ("春耕.docx", data)})
    if not hasattr(api, "fix_bytes"):  # before the fixes landed: a clear 501
        assert r.status_code == 501 and "批注版" in r.json()["detail"]
        assert client.get("/v1/info").json()["fix_available"] is False
        return
    assert client.get("/v1/info").json()["fix_available"] is True
    assert r.status_code == 200 and r.headers["content-type"] == DOCX_MIME
    assert "%E4%BF%AE%E8%AE%A2.docx" in r.headers["content-disposition"]  # 春耕-修订.docx
    def body(docx_bytes: bytes) -> bytes:  # the document part, without the revision times
        import re

        with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
            return re.sub(rb' w:date="[^"]*"', b"", z.read("word/document.xml"))

    xml = body(r.content)
    assert xml == body(api.fix_bytes(data, "春耕.docx", config=Config()))  # the API's own answer
    assert b"<w:ins " in xml and b"<w:del " in xml
    # text comes back as text, the comma made full-width
    txt = render_draft(FIXABLE, "txt", tmp_path).read_bytes()
    r = client.post("/v1/fix?filename=春耕.txt", content=txt)
    assert r.status_code == 200 and "田间管理，确保" in r.content.decode("utf-8")
    assert client.post("/v1/fix", files={"file": ("d.pdf", sample("clean-notice.pdf"))}).status_code == 415
    assert client.post("/v1/fix", files={"file": ("坏.docx", b"PK\x03\x04 cut")}).status_code == 422


# ------------------------------------------------------------------ token, size, time
@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": TOKEN}, auth(TOKEN + "x")])
def test_missing_or_wrong_token_is_401(strict, headers):
    for method, path in (("post", "/v1/check?filename=a.txt"), ("post", "/v1/annotate"), ("get", "/v1/rules")):
        r = getattr(strict, method)(path, headers=headers, **({"content": b"x"} if method == "post" else {}))
        assert r.status_code == 401, path
        assert r.headers["www-authenticate"] == "Bearer" and "令牌" in r.json()["detail"]


def test_right_token_passes_and_open_endpoints_stay_open(strict):
    r = strict.post("/v1/check?filename=a.txt", content="各地要于3月底前报送工作总结。".encode(), headers=auth())
    assert r.status_code == 200
    assert strict.get("/healthz").status_code == 200
    assert strict.get("/v1/info").json()["token_required"] is True
    assert strict.get("/").status_code == 200


def test_over_the_size_limit_is_413(strict):
    big = b"x" * (1024 * 1024 + 1)
    r = strict.post("/v1/check?filename=a.txt", content=big, headers=auth())
    assert r.status_code == 413 and "1 MB" in r.json()["detail"]
    r = strict.post("/v1/check", files={"file": ("a.txt", big)}, headers=auth())
    assert r.status_code == 413
    # without a Content-Length (chunked): refused while streaming
    r = strict.post("/v1/check?filename=a.txt", content=iter([b"y" * 65536] * 20), headers=auth())
    assert r.status_code == 413


def test_a_document_past_its_time_is_503_while_others_are_served(strict):
    # 50 KB of PDF whose content stream unpacks to 12 M operators: minutes of work, whatever the rules' speed
    from .test_budget import SELFREF as big

    assert len(big) < 1024 * 1024
    slow: dict = {}

    def send_big():
        t = time.monotonic()
        slow["r"] = strict.post("/v1/check?filename=慢.pdf", content=big, headers=auth())
        slow["s"] = time.monotonic() - t

    th = threading.Thread(target=send_big)
    th.start()
    time.sleep(0.3)
    small = strict.post("/v1/check?filename=短.txt", content="各地要报送材料。".encode(), headers=auth())
    assert small.status_code == 200 and th.is_alive()  # served while the big one still runs
    th.join(60)
    r = slow["r"]
    assert r.status_code == 503 and "处理时间超出上限" in r.json()["detail"]
    assert slow["s"] < 30
    # the killed worker is replaced: the service goes on
    again = strict.post("/v1/check?filename=短.txt", content="各地要报送材料。".encode(), headers=auth())
    assert again.status_code == 200 and again.json()["counts"]["total"] >= 0


# ------------------------------------------------------------------ the schema tells the truth
def test_responses_match_the_published_openapi_schema(client, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    spec = client.get("/openapi.json").json()

    def validate(instance, name):
        schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        jsonschema.Draft202012Validator(schema).validate(instance)

    src = render_draft("@title 江西省人民政府办公厅关于开展检查的通知\n各地要于3月底前报送台账和照片。\n", "docx", tmp_path)
    for name, data in (("d.docx", sample("dept-directive.docx")), ("p.pdf", sample("issue-policy-notice.pdf")),
                       ("x.docx", src.read_bytes()), ("bad.docx", b"PK\x03\x04")):
        validate(client.post("/v1/check", files={"file": (name, data)}).json(), "CheckReport")
    validate(client.get("/v1/rules/GW801").json(), "RuleDoc")
    validate(client.get("/v1/info").json(), "Info")
    validate(client.get("/healthz").json(), "Health")
    validate(client.post("/v1/check", files={"file": ("a.xlsx", b"x")}).json(), "Problem")
    json.dumps(spec)  # serialisable as served


def test_too_many_waiting_requests_are_503_busy(strict):
    big = office_circular(1200).encode("utf-8")
    threads = [threading.Thread(target=strict.post, args=("/v1/check?filename=长文.txt",),
                                kwargs={"content": big, "headers": auth()}) for _ in range(2)]
    for th in threads:
        th.start()
    # wait until both are admitted (a fixed sleep raced: under load the uploads were not in yet)
    state, deadline = strict.app.state.gw, time.monotonic() + 30
    while state.pending < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert state.pending == 2, "the two long checks were never running at once"
    r = strict.post("/v1/check?filename=短.txt", content="各地要报送材料。".encode(), headers=auth())
    for th in threads:
        th.join(60)
    assert r.status_code == 503 and "繁忙" in r.json()["detail"] and r.headers["retry-after"] == "1"
    ok = strict.post("/v1/check?filename=短.txt", content="各地要报送材料。".encode(), headers=auth())
    assert ok.status_code == 200


def test_a_file_name_cannot_inject_headers(client):
    from urllib.parse import quote

    r = client.post("/v1/annotate?filename=" + quote("草稿\r\nX-Evil: 1.docx"), content=sample("clean-notice.docx"))
    assert r.status_code == 200 and "x-evil" not in r.headers
    disposition = r.headers["content-disposition"]
    assert "\r" not in disposition and "\n" not in disposition and "X-Evil" in disposition

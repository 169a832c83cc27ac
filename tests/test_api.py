"""The Python API (gwlint.lint_path, lint_bytes, inspect_path, inspect_bytes,
load_config): typed results, the same answers as the CLI, cheap import."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import run_cli
from .drafts import render_draft

DRAFT = """@issuer_mark 江西省农业农村厅文件
@doc_number 赣农字〔2026〕8号
@title 江西省农业农村厅关于抓好2026年春耕生产工作的通知
@recipients 各设区市人民政府，各县（市、区）人民政府：
为做好今年春耕生产工作，现就有关事项通知如下。
各设区市人民政府要于3月底前将早稻播种面积任务分解到县、落实到乡镇和村组，确保早稻面积只增不减。
各地农业农村部门要加强对农资市场的的监督检查，严禁囤积居奇、哄抬价格。
@table 设区市|早稻计划面积（万亩）|填报人
@signature 江西省农业农村厅
@date 2026年2月10日
"""

INTERFACE_KEYS = {"path", "code", "name", "severity", "message", "location", "end_location", "excerpt", "basis"}


def test_import_is_cheap():
    code = ("import sys, gwlint\n"
            "names = [gwlint.lint_path, gwlint.lint_bytes, gwlint.inspect_path, gwlint.inspect_bytes,\n"
            "         gwlint.load_config, gwlint.LintResult, gwlint.Finding, gwlint.Inspection]\n"
            "heavy = [m for m in ('jieba', 'docx', 'pdfplumber', 'pdfminer', 'typer', 'rich', 'lxml')\n"
            "         if m in sys.modules]\n"
            "print(heavy)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_public_names():
    import gwlint

    for name in gwlint.__all__:
        assert getattr(gwlint, name) is not None
    assert "lint_path" in dir(gwlint)
    with pytest.raises(AttributeError):
        gwlint.no_such_thing  # noqa: B018


def _check_finding(f, lines):
    import gwlint

    assert isinstance(f, gwlint.Finding)
    assert f.severity in ("info", "warning", "error")
    assert f.code.startswith("GW") and f.name and f.message and f.basis
    assert 1 <= f.line <= len(lines) and f.column >= 1
    assert (f.end_line, f.end_column) >= (f.line, f.column)
    text = lines[f.line - 1]
    assert f.excerpt == text[f.column - 1:f.end_column - 1]  # short spans are quoted whole
    d = f.to_dict()
    assert INTERFACE_KEYS <= set(d)
    assert d["location"] == {"line": f.line, "column": f.column, "page": f.page, "paragraph": f.paragraph}


def test_lint_path_docx_typed(tmp_path):
    import gwlint

    path = render_draft(DRAFT, "docx", tmp_path)
    res = gwlint.lint_path(path)
    assert isinstance(res, gwlint.LintResult)
    assert res.error is None and res.path == str(path) and res.limit is None
    # guarded by default: the result came from a worker process, without the document objects
    assert res.structure is None and res.document is None
    local = gwlint.lint_path(path, limits=None)
    assert local.structure is not None and local.document is not None
    assert [f.to_dict() for f in local.findings] == [f.to_dict() for f in res.findings]
    codes = [f.code for f in res.findings]
    assert "GW104" in codes and "GW806" in codes
    for f in res.findings:
        _check_finding(f, res.lines)
        assert f.page is None and isinstance(f.paragraph, int)
    gw806 = next(f for f in res.findings if f.code == "GW806")
    assert isinstance(gw806.fix, gwlint.Fix) and gw806.excerpt == "的的" and gw806.fix.replacement == ""
    gw104 = next(f for f in res.findings if f.code == "GW104")
    assert gw104.severity == "error" and res.lines[gw104.line - 1].startswith("各设区市人民政府要于3月底前")


def test_lint_bytes_pdf_matches_lint_path(tmp_path):
    import gwlint

    path = render_draft(DRAFT, "pdf", tmp_path)
    from_file = gwlint.lint_path(path)
    res = gwlint.lint_bytes(path.read_bytes(), "上传的草稿.pdf")
    assert res.path == "上传的草稿.pdf" and res.error is None
    key = [(f.code, f.line, f.column, f.end_column, f.message) for f in res.findings]
    assert key == [(f.code, f.line, f.column, f.end_column, f.message) for f in from_file.findings]
    assert key and all(f.path == "上传的草稿.pdf" and f.page == 1 for f in res.findings)
    for f in res.findings:
        _check_finding(f, res.lines)


def test_lint_bytes_unreadable_is_a_finding():
    import gwlint

    res = gwlint.lint_bytes(b"PK\x03\x04 broken", "坏文件.docx")
    assert res.error and [f.code for f in res.findings] == ["GW001"]
    assert res.findings[0].path == "坏文件.docx"


def test_inspect_path_and_bytes(tmp_path):
    import gwlint

    docx = render_draft(DRAFT, "docx", tmp_path)
    pdf = render_draft(DRAFT, "pdf", tmp_path)
    ins = gwlint.inspect_path(docx)
    assert isinstance(ins, gwlint.Inspection) and ins.error is None
    d = ins.to_dict()
    assert d["doc_number"] == "赣农字〔2026〕8号"
    assert d["issuer"] == "江西省农业农村厅"
    assert (d["issuer_kind"], d["issuer_level"]) == ("department", "province")
    assert d["title"] == "江西省农业农村厅关于抓好2026年春耕生产工作的通知"
    assert d["doc_type"] == "通知" and d["date"] == "2026-02-10"
    assert d["recipients"] == ["各设区市人民政府", "各县（市、区）人民政府"]
    by_bytes = gwlint.inspect_bytes(pdf.read_bytes(), "草稿.pdf").to_dict(detail=False)
    assert by_bytes["path"] == "草稿.pdf"
    for k in ("doc_number", "issuer", "issuer_kind", "title", "doc_type", "recipients", "date"):
        assert by_bytes[k] == d[k], k
    bad = gwlint.inspect_bytes(b"not a pdf", "x.pdf")
    assert bad.error and bad.structure is None and bad.to_dict()["error"] == bad.error


def test_load_config_explicit_and_discovered(tmp_path):
    import gwlint

    path = render_draft(DRAFT, "docx", tmp_path)
    cfg_file = tmp_path / "other.toml"
    cfg_file.write_text('ignore = ["GW806"]\n[severity]\nGW104 = "warning"\n', encoding="utf-8")
    cfg = gwlint.load_config(cfg_file)
    assert isinstance(cfg, gwlint.Config)
    res = gwlint.lint_path(path, config=cfg)
    assert "GW806" not in {f.code for f in res.findings}
    assert {f.severity for f in res.findings if f.code == "GW104"} == {"warning"}
    # without a config, the nearest gwlint.toml is found from the file's folder upwards
    assert "GW806" in {f.code for f in gwlint.lint_path(path).findings}
    project = tmp_path / "project"
    (project / "drafts").mkdir(parents=True)
    (project / "gwlint.toml").write_text('ignore = ["GW806"]\n', encoding="utf-8")
    inner = render_draft(DRAFT, "docx", project / "drafts")
    assert "GW806" not in {f.code for f in gwlint.lint_path(inner).findings}
    # a long-running process sees config files edited while it runs
    (project / "gwlint.toml").write_text('ignore = ["GW104"]\n', encoding="utf-8")
    codes = {f.code for f in gwlint.lint_path(inner).findings}
    assert "GW806" in codes and "GW104" not in codes
    with pytest.raises(gwlint.ConfigError):
        gwlint.load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text('no_such_key = 1\n', encoding="utf-8")
    with pytest.raises(gwlint.ConfigError):
        gwlint.load_config(bad)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_cli_and_api_agree(tmp_path, fmt):
    """One code path: the CLI's JSON is the API's findings, serialised."""
    import gwlint

    path = render_draft(DRAFT, fmt, tmp_path)
    r = run_cli("check", path.name, "--format", "json", cwd=tmp_path)
    assert r.returncode == 1
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        api = [f.to_dict() for f in gwlint.lint_path(path.name).findings]
    finally:
        os.chdir(cwd)
    assert json.loads(r.stdout) == api

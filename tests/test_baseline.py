"""Baselines: record today's findings, report only new ones after unrelated edits."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from .conftest import run_cli
from .drafts import render_draft

HEAD = """@issuer_mark 江西省农业农村厅文件
@doc_number 赣农字〔2026〕8号
@title 江西省农业农村厅关于抓好2026年春耕生产工作的通知
@recipients 各设区市人民政府，各县（市、区）人民政府：
"""
INTRO = "为做好今年春耕生产工作，现就有关事项通知如下。\n"
DIRECTIVE = "各设区市人民政府要于3月底前将早稻播种面积任务分解到县、落实到乡镇和村组，确保早稻面积只增不减。\n"
DOUBLED = "各地农业农村部门要加强对农资市场的的监督检查，严禁囤积居奇、哄抬价格。\n"
TAIL = """@signature 江西省农业农村厅
@date 2026年2月10日
"""
# harmless: no finding of its own
INSERTED = "去年秋冬季以来，部分地区降水偏少，早稻集中育秧进度慢于常年。\n"
# a new finding: another directive to a lower government
NEW_DIRECTIVE = "各县（市、区）人民政府必须把撂荒地复耕复种作为今年春耕的硬任务，4月15日前完成整治。\n"


def _draft(*body: str) -> str:
    return HEAD + "".join(body) + TAIL


def _check(path, cwd, *extra):
    r = run_cli("check", os.path.relpath(path, cwd), "--format", "json", *extra, cwd=cwd)
    return r.returncode, json.loads(r.stdout or b"[]"), r.stderr.decode("utf-8")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_round_trip_only_new_finding(tmp_path, fmt):
    draft = render_draft(_draft(INTRO, DIRECTIVE, DOUBLED), fmt, tmp_path)
    rc, before, _ = _check(draft, tmp_path)
    assert rc == 1 and {f["code"] for f in before} >= {"GW104", "GW806"}

    r = run_cli("check", draft.name, "--write-baseline", "--baseline", "gwlint-baseline.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout == b""
    data = json.loads((tmp_path / "gwlint-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["tool"] == "gwlint"
    assert sum(e["count"] for e in data["findings"]) == len(before)
    assert {e["path"] for e in data["findings"]} == {draft.name}
    keys = [(e["path"], e["code"], e["fingerprint"]) for e in data["findings"]]
    assert keys == sorted(keys)
    assert not any("line" in e or "column" in e for e in data["findings"])

    # unchanged draft: everything is known
    rc, after, err = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert (rc, after) == (0, [])
    assert f"{len(before)} 个问题未显示" in err

    # insert an unrelated paragraph above: lines shift, nothing is new
    draft = render_draft(_draft(INSERTED, INTRO, DIRECTIVE, DOUBLED), fmt, tmp_path)
    rc, shifted, _ = _check(draft, tmp_path)
    assert [f["location"]["line"] for f in shifted if f["code"] == "GW104"] != \
           [f["location"]["line"] for f in before if f["code"] == "GW104"]
    rc, after, _ = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert (rc, after) == (0, [])

    # and one that brings a new finding: only that one is reported
    draft = render_draft(_draft(INSERTED, INTRO, NEW_DIRECTIVE, DIRECTIVE, DOUBLED), fmt, tmp_path)
    rc, after, _ = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert rc == 1
    assert [f["code"] for f in after] == ["GW104"]
    assert after[0]["excerpt"].startswith("各县（市、区）人民政府必须把撂荒地")

    # the baseline file is left alone by checks
    assert json.loads((tmp_path / "gwlint-baseline.json").read_text(encoding="utf-8")) == data


def test_identical_findings_are_counted(tmp_path):
    draft = render_draft(_draft(INTRO, DOUBLED, DOUBLED), "docx", tmp_path)
    r = run_cli("check", draft.name, "--write-baseline", cwd=tmp_path)  # default file name
    assert r.returncode == 0
    data = json.loads((tmp_path / "gwlint-baseline.json").read_text(encoding="utf-8"))
    dup = [e for e in data["findings"] if e["code"] == "GW806"]
    assert len(dup) == 1 and dup[0]["count"] == 2 and dup[0]["excerpt"] == "的的"

    rc, after, _ = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert (rc, after) == (0, [])
    # a third identical paragraph needs a third occurrence: it is new
    draft = render_draft(_draft(INTRO, DOUBLED, DOUBLED, DOUBLED), "docx", tmp_path)
    rc, after, _ = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert rc == 1 and [f["code"] for f in after] == ["GW806"]


def test_edit_of_the_flagged_text_is_new(tmp_path):
    draft = render_draft(_draft(INTRO, DIRECTIVE), "txt", tmp_path)
    assert run_cli("check", draft.name, "--write-baseline", cwd=tmp_path).returncode == 0
    edited = DIRECTIVE.replace("3月底前", "4月中旬前")
    draft = render_draft(_draft(INTRO, edited), "txt", tmp_path)
    rc, after, _ = _check(draft, tmp_path, "--baseline", "gwlint-baseline.json")
    assert rc == 1 and [f["code"] for f in after] == ["GW104"]


def test_paths_relative_to_baseline_folder(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    draft = render_draft(_draft(INTRO, DIRECTIVE, DOUBLED), "docx", drafts)
    (tmp_path / "ci").mkdir()
    r = run_cli("check", "drafts", "--write-baseline", "--baseline", "ci/bl.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    data = json.loads((tmp_path / "ci" / "bl.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in data["findings"]} == {"../drafts/draft.docx"}
    # from another working directory, with absolute paths, the same findings match
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = run_cli("check", str(draft), "--format", "json", "--baseline", str(tmp_path / "ci" / "bl.json"),
                cwd=elsewhere)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    # the same draft under another name is another file
    shutil.copy(draft, drafts / "copy.docx")
    r = run_cli("check", "drafts", "--format", "json", "--baseline", "ci/bl.json", cwd=tmp_path)
    assert r.returncode == 1
    assert {f["path"] for f in json.loads(r.stdout)} == {os.path.join("drafts", "copy.docx")}


def test_bad_baselines_are_usage_errors(tmp_path):
    draft = render_draft(_draft(INTRO, DIRECTIVE), "txt", tmp_path)
    r = run_cli("check", draft.name, "--baseline", "missing.json", cwd=tmp_path)
    assert r.returncode == 2 and "--write-baseline" in r.stderr.decode()
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    r = run_cli("check", draft.name, "--baseline", "broken.json", cwd=tmp_path)
    assert r.returncode == 2 and "基线文件无法读取" in r.stderr.decode()
    (tmp_path / "future.json").write_text(json.dumps({"version": 99, "tool": "gwlint", "findings": []}),
                                          encoding="utf-8")
    r = run_cli("check", draft.name, "--baseline", "future.json", cwd=tmp_path)
    assert r.returncode == 2 and "版本" in r.stderr.decode()


def test_fingerprint_ignores_position_but_not_text():
    from gwlint.baseline import fingerprint, normalize
    from gwlint.findings import Finding

    line = "各地要加强对农资市场的的监督检查。"
    i = line.index("的的")
    f = Finding(path="a.txt", code="GW806", name="repeated-char", severity="warning", message="m",
                line=2, column=i + 1, end_line=2, end_column=i + 3)
    moved = Finding(**{**f.__dict__, "line": 5, "end_line": 5})
    assert fingerprint(f, ["x", line]) == fingerprint(moved, ["x", "y", "z", "w", line])
    # re-typed whitespace and full/half-width variants are the same text
    assert fingerprint(f, ["x", line]) == fingerprint(
        Finding(**{**f.__dict__, "column": i + 2, "end_column": i + 4}), ["x", " " + line])
    assert normalize("Ａ　B\tc") == "ABc"
    other = Finding(**{**f.__dict__, "code": "GW805"})
    assert fingerprint(other, ["x", line]) != fingerprint(f, ["x", line])
    changed = line.replace("农资市场", "种子市场")
    assert fingerprint(f, ["x", changed]) != fingerprint(f, ["x", line])


def test_corpus_baseline_is_deterministic(tmp_path):
    """On the real circulars a fresh baseline hides exactly what was found."""
    from .conftest import CORPUS, need

    govcn = need(CORPUS / "govcn")
    files = sorted(govcn.glob("*.txt"))
    work = tmp_path / "circulars"
    work.mkdir()
    for f in files:
        shutil.copy(f, work / f.name)
    r = run_cli("check", "circulars", "--format", "json", "--exit-zero", cwd=tmp_path)
    found = json.loads(r.stdout)
    assert r.returncode == 0
    r = run_cli("check", "circulars", "--write-baseline", cwd=tmp_path)
    assert r.returncode == 0
    data = json.loads((tmp_path / "gwlint-baseline.json").read_text(encoding="utf-8"))
    assert sum(e["count"] for e in data["findings"]) == len(found)
    assert {e["path"] for e in data["findings"]} == {f["path"] for f in found}
    r = run_cli("check", "circulars", "--format", "json", "--baseline", "gwlint-baseline.json", cwd=tmp_path)
    assert (r.returncode, json.loads(r.stdout)) == (0, [])

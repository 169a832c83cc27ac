"""The command line as users and scripts run it (a real process each time)."""
from __future__ import annotations

import json

from .conftest import POLICY, need, run_cli
from .drafts import office_circular

INTERFACE_KEYS = {"path", "code", "name", "severity", "message", "location", "end_location", "excerpt", "basis"}


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_command_is_check_and_json_matches_interface(tmp_path):
    p = _write(tmp_path, "long.txt", office_circular(32))
    r = run_cli(str(p), "--format", "json")
    assert r.returncode == 1, r.stderr.decode()
    data = json.loads(r.stdout)
    assert isinstance(data, list) and len(data) == 1
    f = data[0]
    assert INTERFACE_KEYS <= set(f)
    assert f["code"] == "GW101" and f["name"] == "document-too-long" and f["severity"] == "error"
    assert set(f["location"]) == {"line", "column", "page", "paragraph"}
    assert f["location"]["line"] == 1 and f["location"]["column"] == 1 and f["location"]["page"] is None
    assert f["end_location"]["line"] == 1
    assert f["excerpt"] == "江西省人民政府办公厅关于做好春季森林防火工作的通知"
    assert f["basis"] == "赣府发〔2019〕3号 第2条"


def test_jsonl_concise_and_full(tmp_path):
    p = _write(tmp_path, "long.txt", office_circular(32))
    lines = run_cli("check", str(p), "--format", "jsonl").stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["code"] == "GW101"
    concise = run_cli(str(p), "--format", "concise").stdout.decode()
    assert concise.startswith(f"{p}:1:1: GW101 ")
    full = run_cli(str(p)).stdout.decode()
    assert f"{p}:1:1: GW101 [错误]" in full
    # excerpt with the span underlined, CJK two columns wide
    title = "江西省人民政府办公厅关于做好春季森林防火工作的通知"
    assert f"1 | {title}" in full and "  | " + "^" * (2 * len(title)) in full
    assert "发现 1 个问题" in full


def test_exit_codes(tmp_path):
    clean = _write(tmp_path, "ok.txt", office_circular(5))
    long = _write(tmp_path, "long.txt", office_circular(32))
    assert run_cli(str(clean)).returncode == 0
    assert run_cli(str(long)).returncode == 1
    assert run_cli(str(long), "--exit-zero").returncode == 0
    assert run_cli(str(long), "--ignore", "GW1").returncode == 0
    assert run_cli(str(long), "--select", "GW0").returncode == 0
    assert run_cli(str(long), "--select", "GW101").returncode == 1
    assert run_cli(str(long), "--fail-on", "error").returncode == 1
    bad = run_cli(str(long), "--select", "GW999")
    assert bad.returncode == 2 and "GW999" in bad.stderr.decode()
    # a missing path is an unread file (GW001, exit 1), as ruff's E902; the others are still checked
    missing = run_cli(str(tmp_path / "missing.docx"), "--format", "concise")
    assert missing.returncode == 1 and "GW001" in missing.stdout.decode()
    assert run_cli(str(long), "--profile", "nope").returncode == 2


def test_statistics_and_output_file(tmp_path):
    p = _write(tmp_path, "long.txt", office_circular(32))
    r = run_cli(str(p), "--statistics")
    assert r.stdout.decode().split() == ["1", "GW101", "document-too-long"]
    out = tmp_path / "out.json"
    r = run_cli(str(p), "--format", "json", "-o", str(out))
    assert r.stdout == b"" and json.loads(out.read_text(encoding="utf-8"))[0]["code"] == "GW101"


def test_text_command_lines_are_finding_lines(tmp_path):
    # a text file's lines are its own lines: the two blank lines at the top count
    p = _write(tmp_path, "d.txt", "\n\n" + office_circular(2))
    out = run_cli("text", str(p)).stdout.decode().splitlines()
    assert out[0].split() == ["3", "第1段", "江西省人民政府办公厅关于做好春季森林防火工作的通知"]
    assert out[1].split() == ["4", "第2段", "赣府厅字〔2026〕12号"]
    r = run_cli(str(p), "--format", "json", "--select", "GW101,GW7")
    assert {f["location"]["line"] for f in json.loads(r.stdout)} <= {3, 4, 5, 6, 7, 8, 9, 10}


def test_inspect_json_fields():
    r = run_cli("inspect", str(need(POLICY)), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    for key in ("path", "doc_number", "issuer", "issuer_kind", "issuer_level", "title", "doc_type", "recipients",
                "cc", "date", "attachments", "char_count", "measures", "responsible_units"):
        assert key in d
    assert d["doc_number"] == "赣府发〔2019〕3号"
    assert d["issuer_kind"] == "government" and d["issuer_level"] == "province"
    assert d["date"] == "2019-02-25" and d["measures"] == 21 and d["doc_type"] == "通知"


def test_rule_docs():
    r = run_cli("rule")
    assert r.returncode == 0
    assert "GW101" in r.stdout.decode() and "document-too-long" in r.stdout.decode()
    r = run_cli("rule", "GW101")
    out = r.stdout.decode()
    for head in ("## 做什么", "## 为什么", "## 示例", "## 应改为", "## 依据"):
        assert head in out
    assert run_cli("rule", "GW999").returncode == 2
    d = json.loads(run_cli("rule", "gw101", "--format", "json").stdout)
    assert d["code"] == "GW101" and d["basis"]


def test_help_and_rule_do_not_load_heavy_modules():
    code = ("import sys\nfrom gwlint.cli import main\n"
            "for args in (['--help'], ['rule'], ['rule', 'GW101']):\n"
            "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
            "heavy = [m for m in ('jieba', 'docx', 'pdfplumber', 'pdfminer') if m in sys.modules]\n"
            "print('HEAVY', heavy)\n")
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert r.stdout.decode().strip().splitlines()[-1] == "HEAVY []"


def test_folder_walk_skips_readme_but_not_a_named_one(tmp_path):
    _write(tmp_path, "README.md", "本文件夹存放待检查的草稿。\n")
    _write(tmp_path, "long.txt", office_circular(32))
    _write(tmp_path, "~$long.docx", "Word lock file")
    r = run_cli(str(tmp_path), "--no-color")
    assert r.returncode == 1
    assert "检查了 1 个文件" in r.stdout.decode()
    named = run_cli(str(tmp_path / "README.md"), "--no-color")
    assert "检查了 1 个文件" in named.stdout.decode()

"""The pre-commit hook definition (.pre-commit-hooks.yaml): well-formed, picks
the right files, and its entry command runs the way pre-commit calls it."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO
from .drafts import render_draft

HOOKS = REPO / ".pre-commit-hooks.yaml"
# What pre-commit's manifest schema accepts for a hook.
KNOWN_KEYS = {"id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or",
              "exclude_types", "additional_dependencies", "args", "always_run", "fail_fast",
              "pass_filenames", "description", "language_version", "log_file", "minimum_pre_commit_version",
              "require_serial", "stages", "verbose"}


def _scalar(text: str):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(x) for x in text[1:-1].split(",") if x.strip()]
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return {"true": True, "false": False}.get(text, text)


def parse_hooks(text: str) -> list[dict]:
    """The subset of YAML a hook manifest uses: a list of flat mappings."""
    hooks: list[dict] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            hooks.append({})
            raw = "  " + raw[2:]
        assert raw.startswith("  ") and hooks, f"unexpected line: {raw!r}"
        key, sep, value = raw.strip().partition(":")
        assert sep and key not in hooks[-1], raw
        hooks[-1][key] = _scalar(value)
    return hooks


@pytest.fixture(scope="module")
def hook() -> dict:
    hooks = parse_hooks(HOOKS.read_text(encoding="utf-8"))
    try:
        import yaml
    except ImportError:
        pass
    else:  # where PyYAML is installed, both readings agree
        assert yaml.safe_load(HOOKS.read_text(encoding="utf-8")) == hooks
    assert len(hooks) == 1
    return hooks[0]


def test_manifest_fields(hook):
    assert set(hook) <= KNOWN_KEYS
    assert hook["id"] == "gwlint" and hook["name"]
    assert hook["language"] == "python"
    assert hook["entry"] == "gwlint check"
    assert hook["types"] == ["file"]
    # the console script the entry names is the one the package installs
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^gwlint = "gwlint\.launch:main"$', pyproject, re.M)  # launch.main runs cli.main


@pytest.mark.parametrize("name, picked", [
    ("草稿.docx", True), ("发文/2026/通知.PDF", True), ("notes/会议纪要.txt", True), ("drafts/请示.md", True),
    ("tool.py", False), ("草稿.docx.bak", False), ("草稿.doc", False),
    ("README.md", False), ("docs/README.md", False), ("drafts/~$草稿.docx", False),
    ("requirements.txt", False), ("LICENSE.txt", False),
])
def test_file_selection(hook, name, picked):
    # pre-commit applies both patterns with re.search to repository-relative paths
    chosen = bool(re.search(hook["files"], name)) and not re.search(hook["exclude"], name)
    assert chosen is picked


def _entry_command(hook) -> list[str]:
    argv = shlex.split(hook["entry"])
    script = Path(sys.executable).parent / argv[0]
    exe = str(script) if script.exists() else shutil.which(argv[0])
    if exe is None:
        pytest.skip("gwlint console script is not installed")
    return [exe, *argv[1:]]


def test_entry_runs_like_precommit(hook, tmp_path):
    bad = render_draft("""@doc_number 赣农字〔2026〕8号
@title 江西省农业农村厅关于抓好2026年春耕生产工作的通知
@recipients 各设区市人民政府，各县（市、区）人民政府：
各设区市人民政府要于3月底前将早稻播种面积任务分解到县、落实到乡镇和村组。
@signature 江西省农业农村厅
@date 2026年2月10日
""", "docx", tmp_path)
    notes = tmp_path / "说明.md"
    notes.write_text("# 说明\n\n本文件夹存放春耕通知草稿。\n", encoding="utf-8")
    cmd = _entry_command(hook)
    # pre-commit appends the staged file names to entry (+ args)
    r = subprocess.run([*cmd, "--no-color", bad.name, notes.name], cwd=tmp_path, capture_output=True,
                       timeout=300)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 1, r.stderr.decode()
    assert "GW104" in out and "draft.docx:4:" in out
    # with args from the user's config narrowing the rules, the same files pass
    r = subprocess.run([*cmd, "--select", "GW806", bad.name, notes.name], cwd=tmp_path, capture_output=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout.decode("utf-8") + r.stderr.decode("utf-8")

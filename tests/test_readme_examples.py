"""The README's examples run as written: the Python API example verbatim, every `gwlint` shell line with the
placeholder drafts (草稿.docx, 收文/ …) standing for the shipped samples, and the pre-commit snippet's tag."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)

# Names the README uses for the reader's own files, and the sample that stands for each here.
PLACEHOLDERS = {
    "草稿-批注.docx": "annotated.docx",
    "草稿.docx": "sample_docs/dept-directive.docx",
    "草稿.pdf": "sample_docs/dept-directive.pdf",
    "草稿.txt": "sample_docs/dept-directive.txt",
    "收文/": "sample_docs/",
    "文件库/": "sample_docs/",
    "历年文件/": "sample_docs/",
}


def blocks(lang: str) -> list[str]:
    return [body for kind, body in BLOCK.findall(README) if kind == lang]


def shell_lines() -> list[str]:
    out = []
    for body in blocks("bash"):
        for line in body.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()  # the comment after a command
            if line.startswith("gwlint serve"):
                continue  # a server, not a command that ends: tests/test_serve_live.py runs these examples
            if line.startswith("gwlint "):
                out.append(line)
    return out


@pytest.fixture()
def workdir(tmp_path):
    shutil.copytree(REPO / "sample_docs", tmp_path / "sample_docs", ignore=shutil.ignore_patterns("src"))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "gwlint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m gwlint "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": str(REPO)}
    return tmp_path, env


def test_python_api_example_runs_verbatim(workdir):
    (code,) = [b for b in blocks("python") if "import gwlint" in b]
    cwd, env = workdir
    r = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    out = r.stdout.decode("utf-8")
    assert "GW104 error 7 45" in out and "字节的批注稿" in out


def test_shell_examples_run(workdir):
    lines = shell_lines()
    assert len(lines) >= 15
    cwd, env = workdir
    ran = []
    for line in lines:
        cmd = line
        for k, v in PLACEHOLDERS.items():
            cmd = cmd.replace(k, v)
        r = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, capture_output=True, timeout=600)
        err = r.stderr.decode("utf-8", "replace")
        # 0: clean, 1: findings (the samples have them); 2 or a traceback means the example is wrong
        assert r.returncode in (0, 1) and "Traceback" not in err, (line, cmd, err)
        ran.append(cmd)
    assert any("--annotate-dir" in c for c in ran) and any("audit report" in c for c in ran)
    assert (cwd / "annotated.docx").is_file() and (cwd / "gwlint.sarif").is_file()
    assert (cwd / "报告.html").is_file() and (cwd / "findings.json").is_file()


def test_pre_commit_snippet_names_the_current_version():
    from gwlint import __version__

    (snippet,) = [b for b in blocks("yaml") if "pre-commit" in b]
    assert f"rev: v{__version__}" in snippet
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"id: gwlint\b", hooks) and "id: gwlint" in snippet


def test_sample_docs_readme_matches_what_gwlint_reports():
    """Each sample's row in sample_docs/README.md names the codes (and counts) gwlint reports for it."""
    from gwlint.api import lint_path

    table = (REPO / "sample_docs" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w-]+)\.gw` \|.*\| ([^|]+) \|$", table, re.M)
    assert len(rows) == 4
    for name, expect in rows:
        codes = sorted(set(re.findall(r"GW\d{3}", expect)))
        for suffix in (".txt", ".docx", ".pdf"):
            found = [f.code for f in lint_path(REPO / "sample_docs" / f"{name}{suffix}").findings]
            assert sorted(set(found)) == codes, (name, suffix, found, expect)
            m = re.search(r"GW104：.*?共(\d+)句", expect)
            if m:
                assert found.count("GW104") == int(m.group(1))
            m = re.search(r"GW102：.*?共(\d+)处，另有一条汇总", expect)
            if m:
                assert found.count("GW102") == int(m.group(1)) + 1

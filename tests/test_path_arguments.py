"""Paths named on the command line that cannot be read or are broken links: each is a GW001 finding with the
right reason and the other paths are still checked (never a usage error in English, never "does not exist" for
a link that loops).  Permissions need an unprivileged user: as root, the child drops to nobody (or, where nobody cannot reach
the checkout, the capabilities that override file permissions)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .badcorpus import DRAFT, unlock


def run_as_user(args, cwd):
    cmd = [sys.executable, "-m", "gwlint", *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("as root this needs setpriv (util-linux) to drop to nobody")
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run([*as_nobody, sys.executable, "-c", "import gwlint"], capture_output=True, timeout=60)
        # A clone under a mode-700 mktemp folder: nobody cannot reach gwlint, so stay root but give up the
        # capabilities that bypass file permissions (the test files' owner, root, has no rights on them).
        drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        cmd = [*(as_nobody if probe.returncode == 0 else drop), *cmd]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "HOME": "/tmp"}
    return subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture
def place():
    # not under pytest's tmp_path: every pytest session that starts (another checkout's suite) resets
    # /tmp/pytest-of-<user> to mode 0700, and nobody could no longer reach good.txt (Permission denied)
    base = Path(tempfile.mkdtemp(prefix="gwlint-paths-", dir="/tmp"))
    os.chmod(base, 0o755)
    (base / "good.txt").write_text(DRAFT, encoding="utf-8")
    for sub, mode in (("locked", 0o000), ("noexec", 0o644)):
        (base / sub).mkdir()
        (base / sub / "inner.txt").write_text(DRAFT, encoding="utf-8")
        os.chmod(base / sub, mode)
    yield base
    unlock(base)
    shutil.rmtree(base, ignore_errors=True)


def by_path(r):
    out = {}
    for f in json.loads(r.stdout):
        out.setdefault(f["path"], []).append((f["code"], f["severity"], f["message"]))
    return out


def test_unreadable_paths_among_good_ones(place):
    r = run_as_user(["check", "good.txt", "locked", "noexec/inner.txt", "--format", "json"], place)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 1 and "Traceback" not in err and "not readable" not in err, err
    got = by_path(r)
    assert "GW806" in {c for c, _, _ in got["good.txt"]}, (got["good.txt"], err)  # once flaky under load: say why
    assert [(c, s) for c, s, _ in got["locked"]] == [("GW001", "error")]
    assert [(c, s) for c, s, _ in got["noexec/inner.txt"]] == [("GW001", "error")]
    assert "权限" in got["locked"][0][2] or "Permission" in got["locked"][0][2]


@pytest.mark.parametrize("cmd", ["text", "inspect"])
def test_text_and_inspect_of_an_unreachable_file(place, cmd):
    r = run_as_user([cmd, "noexec/inner.txt"], place)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 1 and "Traceback" not in err and "not readable" not in err, err
    assert err.startswith("gwlint: ")


def test_links_named_on_the_command_line(tmp_path):
    (tmp_path / "good.txt").write_text(DRAFT, encoding="utf-8")
    os.symlink("b.docx", tmp_path / "a.docx")
    os.symlink("a.docx", tmp_path / "b.docx")
    os.symlink("self", tmp_path / "self")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    r = subprocess.run([sys.executable, "-m", "gwlint", "check", "good.txt", "a.docx", "self", "dangling.txt",
                        "--format", "json"], capture_output=True, cwd=tmp_path, timeout=300,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert r.returncode == 1, r.stderr.decode()
    got = by_path(r)
    assert "GW806" in {c for c, _, _ in got["good.txt"]}, (got["good.txt"], err)  # once flaky under load: say why
    for name in ("a.docx", "self"):
        assert "循环" in got[name][0][2], got[name]
    assert "不存在" in got["dangling.txt"][0][2] and "链接" in got["dangling.txt"][0][2]

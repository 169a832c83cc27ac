"""Hostile inputs of round 11 (tests/hostile_gen.py) on every entry point: each gets a clear Chinese GW001/GW002
(or is read as what it really is), never a traceback, a hang or a "clean" verdict on a file that was not read.
Time bounds here are generous guards against hangs, not measurements."""
from __future__ import annotations

import json
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
    # JSON shows the name as the other formats do (its control characters were escaped before, ESC included)
    proc = gwlint("check", "--format", "json", name, cwd=tmp_path)
    assert {f["path"] for f in _json_findings(proc)} == {"草稿\\x0a第二行\\x09.txt"}

"""gwlint.launch / guard.start_early: the worker forked before the command line is parsed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gwlint.launch import _will_lint

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_docs" / "dept-directive.docx"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers start with fork on Linux")

_ADOPTED = r"""
import os, sys
from gwlint import guard
assert guard.start_early()
early = guard._early.pid
with guard.Guard(1) as g:
    worker = g.call(os.getpid)
    again = g.call(os.getpid)
print(early == worker == again, guard._early is None)
"""


def test_the_first_guard_takes_the_early_worker():
    out = subprocess.run([sys.executable, "-c", _ADOPTED], capture_output=True, text=True, cwd=ROOT, check=True,
                         timeout=120)
    assert out.stdout.split() == ["True", "True"]


@pytest.mark.parametrize("args, expected", [
    (["check", "a.docx"], True),
    ([str(SAMPLE)], True),
    (["--format", "json", str(SAMPLE)], True),
    (["-"], True),
    (["check", "--help"], False),
    (["--version"], False),
    (["inspect", str(SAMPLE)], False),
    (["rule", "GW101"], False),
    (["no-such-file.docx"], False),
    ([], False),
])
def test_which_commands_start_a_worker_early(args, expected):
    assert _will_lint(args) is expected


def test_same_output_with_and_without_the_early_worker():
    def run(extra_env):
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", **extra_env}
        return subprocess.run([sys.executable, "-m", "gwlint", "check", "--format", "json", "--exit-zero",
                               str(SAMPLE), str(ROOT / "sample_docs" / "clean-notice.pdf")],
                              capture_output=True, cwd=ROOT, env=env, timeout=300, check=True).stdout

    assert run({}) == run({"GWLINT_NO_EARLY_WORKER": "1"})

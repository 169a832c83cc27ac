"""gwlint.recache: patterns replayed from the user cache are the patterns re compiles."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"

# a new process: lint real documents through the command line's process set-up, then report
# what the cache file holds and what re's own compiler (the unwrapped function) makes of each key
_REPLAY_CHECK = r"""
import json, marshal, sys
from pathlib import Path
import _sre
import re._compiler as c
from gwlint import recache
assert recache.install()
name = recache._name[0]
path = next(p for p in Path(sys.argv[1]).glob("re-*.marshal") if p.name == name)
table = marshal.loads(path.read_bytes())
original = c.compile.__wrapped__
typecode = "I" if __import__("array").array("I").itemsize == _sre.CODESIZE else "L"
bad = []
for (pattern, flags), entry in table.items():
    replayed = _sre.compile(pattern, *recache._replayed(entry, typecode))
    fresh = original(pattern, flags)
    # Pattern equality compares flags, the pattern and the code list
    if not (replayed == fresh and replayed.groups == fresh.groups and replayed.groupindex == fresh.groupindex):
        bad.append(repr(pattern)[:80])
print(json.dumps({"entries": len(table), "bad": bad}))
"""


def _check(paths: list[Path], cache: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GWLINT_CACHE_DIR": str(cache), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "gwlint", "check", "--format", "json", "--exit-zero", *extra,
                           *map(str, paths)], capture_output=True, env=env, cwd=ROOT, timeout=300, check=True)


def _cache_file(cache: Path) -> Path:
    files = list(cache.glob("re-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_a_later_start_replays_every_pattern_exactly(tmp_path):
    docs = [SAMPLES / "issue-policy-notice.docx", SAMPLES / "dept-directive.pdf", SAMPLES / "clean-notice.txt"]
    first = _check(docs, tmp_path)
    entries = marshal.loads(_cache_file(tmp_path).read_bytes())
    assert len(entries) > 300  # the rules' and readers' patterns, compiled in the guarded worker
    second = _check(docs, tmp_path)
    assert second.stdout == first.stdout and json.loads(first.stdout)  # same findings from replayed patterns
    out = subprocess.run([sys.executable, "-c", _REPLAY_CHECK, str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["entries"] >= len(entries) and report["bad"] == []


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path):
    doc = SAMPLES / "dept-directive.txt"
    clean = _check([doc], tmp_path / "clean").stdout
    path = _cache_file(tmp_path / "clean")
    table = marshal.loads(path.read_bytes())
    # every entry's code replaced by code that _sre's validation refuses, one by an empty code list
    k1, e1 = next(iter(table.items()))
    broken = {k: (e[0], b"\xff\xff\xff\xff" * 3, *e[2:]) for k, e in table.items()}
    broken[k1] = (e1[0], b"", *e1[2:])
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    (broken_dir / path.name).write_bytes(marshal.dumps(broken))
    assert _check([doc], broken_dir).stdout == clean
    assert marshal.loads((broken_dir / path.name).read_bytes()) == table  # repaired as they were used
    junk_dir = tmp_path / "junk"
    junk_dir.mkdir()
    (junk_dir / path.name).write_bytes(b"\x00not marshal")
    assert _check([doc], junk_dir).stdout == clean
    assert marshal.loads((junk_dir / path.name).read_bytes()) == table


@pytest.mark.parametrize("env, expected", [({}, "True"), ({"GWLINT_NO_RECACHE": "1"}, "False")])
def test_installed_by_the_command_line_only(tmp_path, env, expected):
    code = ("import sys, re._compiler as c, gwlint.api\n"
            "before = getattr(c.compile, '_gwlint_cache', False)\n"
            "from gwlint.cli import main; sys.argv = ['gwlint', '-V']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(before, getattr(c.compile, '_gwlint_cache', False))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PATH": "", "GWLINT_CACHE_DIR": str(tmp_path), **env})
    assert out.stdout.strip().splitlines()[-1] == f"False {expected}"  # a host importing gwlint keeps its re

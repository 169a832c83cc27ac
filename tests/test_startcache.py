"""gwlint.startcache: what a later start replays from the user cache is what a fresh compile gives."""
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
from gwlint import startcache
assert startcache.install()
path = Path(sys.argv[1]) / startcache._name
tables = marshal.loads(path.read_bytes())
original = c.compile.__wrapped__
typecode = "I" if __import__("array").array("I").itemsize == _sre.CODESIZE else "L"
bad = []
for (pattern, flags), (_, entry) in tables["re"].items():
    replayed = _sre.compile(pattern, *startcache._replayed(entry, typecode))
    fresh = original(pattern, flags)
    # Pattern equality compares flags, the pattern and the code list
    if not (replayed == fresh and replayed.groups == fresh.groups and replayed.groupindex == fresh.groupindex):
        bad.append(repr(pattern)[:80])
for source, (_, blob) in tables["code"].items():
    # what dataclasses' own exec(source) compiles: the module has no __future__ imports
    if marshal.loads(blob) != compile(source, "<string>", "exec", dont_inherit=True):
        bad.append(source[:80])
import importlib, re
for (stamp, pattern, flags), (_, value) in tables["derived"].items():
    name = stamp.split(":")[0]
    module, _, qualname = name.rpartition(".")
    fn = getattr(importlib.import_module(module), qualname).__wrapped__
    if fn(re.compile(pattern, flags)) != value:
        bad.append(name + " " + pattern[:60])
print(json.dumps({"re": len(tables["re"]), "code": len(tables["code"]), "derived": len(tables["derived"]),
                  "bad": bad}))
"""


def _check(paths: list[Path], cache: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GWLINT_CACHE_DIR": str(cache), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "gwlint", "check", "--format", "json", "--exit-zero", *extra,
                           *map(str, paths)], capture_output=True, env=env, cwd=ROOT, timeout=300, check=True)


def _entries(path: Path) -> dict:
    """The file's entries without their generation and use count."""
    tables = marshal.loads(path.read_bytes())
    return {kind: {k: rec[1] for k, rec in tables[kind].items()} for kind in ("re", "code", "derived")}


def _cache_file(cache: Path) -> Path:
    files = list(cache.glob("start-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_a_later_start_replays_every_pattern_exactly(tmp_path):
    docs = [SAMPLES / "issue-policy-notice.docx", SAMPLES / "dept-directive.pdf", SAMPLES / "clean-notice.txt"]
    first = _check(docs, tmp_path)
    tables = marshal.loads(_cache_file(tmp_path).read_bytes())
    # the rules' and readers' patterns and the settings classes' methods, made in the guarded worker
    assert len(tables["re"]) > 300 and len(tables["code"]) > 150 and len(tables["derived"]) > 30
    second = _check(docs, tmp_path)
    assert second.stdout == first.stdout and json.loads(first.stdout)  # same findings from replayed entries
    out = subprocess.run([sys.executable, "-c", _REPLAY_CHECK, str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["re"] >= len(tables["re"]) and report["code"] >= len(tables["code"]) and report["bad"] == []
    assert report["derived"] >= len(tables["derived"])


def test_dataclass_methods_are_the_ones_dataclasses_makes():
    """In a process with the cache installed, every method of every dataclass gwlint defines has
    the code a process without it compiles (rule settings, analysis records, the model)."""
    listing = ("import json, dataclasses, sys, types, gwlint.cli, gwlint.api, gwlint.engine\n"
               "from gwlint.rules import all_rules\n"
               "all_rules()\n"
               "def shape(c):\n"
               "    if not isinstance(c, types.CodeType):\n"
               "        return repr(c)\n"
               "    return [c.co_code.hex(), c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_flags,\n"
               "            c.co_argcount, c.co_kwonlyargcount, c.co_linetable.hex(), c.co_exceptiontable.hex(),\n"
               "            c.co_qualname, [shape(k) for k in c.co_consts]]\n"
               "out = {}\n"
               "for name, mod in list(sys.modules.items()):\n"
               "    if not name.startswith('gwlint'):\n"
               "        continue\n"
               "    for k, v in list(vars(mod).items()):\n"
               "        if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == name:\n"
               "            out[f'{name}.{k}'] = {a: shape(getattr(v, a).__code__) for a in sorted(vars(v))\n"
               "                                  if hasattr(getattr(v, a), '__code__')}\n"
               "print('exec' in vars(dataclasses))\n"
               "print(json.dumps(out, sort_keys=True))\n")
    runs = []
    for call in ("from gwlint.refast import install; assert install()\n", "", "from gwlint.refast import install; assert install()\n"):
        out = subprocess.run([sys.executable, "-c", call + listing], capture_output=True, text=True, cwd=ROOT,
                             check=True)
        *_, installed, listed = out.stdout.strip().splitlines()
        assert installed == str(bool(call))
        runs.append(json.loads(listed))
    assert len(runs[1]) > 40 and sum(len(v) for v in runs[1].values()) > 150
    assert runs[0] == runs[1] == runs[2]  # compiled afresh, then replayed: the same code either way


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path):
    doc = SAMPLES / "dept-directive.txt"
    clean = _check([doc], tmp_path / "clean").stdout
    path = _cache_file(tmp_path / "clean")
    table = _entries(path)
    # every pattern's code replaced by code that _sre's validation refuses, one by an empty code list;
    # every method's code by something that is not a code object, one by bytes marshal cannot read
    k1, e1 = next(iter(table["re"].items()))
    broken = {"re": {k: (1, (e[0], b"\xff\xff\xff\xff" * 3, *e[2:])) for k, e in table["re"].items()},
              "code": {k: (1, marshal.dumps(("not", "code"))) for k in table["code"]},
              "derived": {k: (1, v) for k, v in table["derived"].items()}, "gen": 1}
    broken["re"][k1] = (1, (e1[0], b"", *e1[2:]))
    broken["code"][next(iter(table["code"]))] = (1, b"\x00junk")
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    (broken_dir / path.name).write_bytes(marshal.dumps(broken))
    assert _check([doc], broken_dir).stdout == clean
    assert _entries(broken_dir / path.name) == table  # repaired as they were used
    junk_dir = tmp_path / "junk"
    junk_dir.mkdir()
    (junk_dir / path.name).write_bytes(b"\x00not marshal")
    assert _check([doc], junk_dir).stdout == clean
    assert _entries(junk_dir / path.name) == table


@pytest.mark.parametrize("env, expected", [({}, "True"), ({"GWLINT_NO_STARTCACHE": "1"}, "False")])
def test_installed_by_the_command_line_only(tmp_path, env, expected):
    code = ("import sys, dataclasses, re._compiler as c, gwlint.api\n"
            "before = getattr(c.compile, '_gwlint_cache', False) or 'exec' in vars(dataclasses)\n"
            "from gwlint.cli import main; sys.argv = ['gwlint', '-V']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(before, getattr(c.compile, '_gwlint_cache', False) and 'exec' in vars(dataclasses))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PATH": "", "GWLINT_CACHE_DIR": str(tmp_path), **env})
    assert out.stdout.strip().splitlines()[-1] == f"False {expected}"  # a host importing gwlint keeps its re


# ---------------------------------------------------------------- bounded by use
# A new process: what a cold lint of one document loads from the cache, uses, and compiles afresh;
# then it flushes as a worker does after its job.
_PROBE = r"""
import json, sys
from gwlint import startcache
assert startcache.install()
loaded = sum(len(t) for t in startcache._tables.values())
from gwlint.api import lint_file
from gwlint.config import load_config
lint_file(sys.argv[1], load_config())
print(json.dumps({"loaded": loaded, "used": len(startcache._used),
                  "new": [repr(k)[:80] for t in startcache._new.values() for k in t]}))
startcache.flush()
"""
_ALIAS_CHARS = "甲乙丙丁戊己庚辛壬癸"


def _alias(i: int) -> str:
    return _ALIAS_CHARS[i // 10 % 10] + _ALIAS_CHARS[i % 10] + "寄递监管部门"


def _variants(dest: Path, n: int) -> list[Path]:
    """The policy circular as .docx, each with a paragraph naming units by an alias of its own:
    units.py compiles the alias (text of that document only) as a pattern."""
    from gwlint.docgen import Block, parse_marked
    from gwlint.docgen.docx import write_docx

    blocks = parse_marked((SAMPLES / "src" / "issue-policy-notice.gw").read_text("utf-8"))
    at = [i for i, b in enumerate(blocks) if b.role == "body"][3]
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        alias = _alias(i)
        text = f"省邮政管理局、省商务厅和各县（区）人民政府（以下统称{alias}）负责推进农村寄递物流体系建设。{alias}要加强统筹协调。"
        path = dest / f"variant-{i}.docx"
        write_docx([*blocks[:at], Block("body", text), *blocks[at:]], path)
        out.append(path)
    return out


def _file_tables(cache: Path) -> dict:
    tables = marshal.loads(_cache_file(cache).read_bytes())
    return {kind: tables[kind] for kind in ("re", "code", "derived")}


def _aliases_in(tables: dict) -> int:
    return sum(1 for key in tables["re"] if type(key[0]) is str and key[0].endswith("寄递监管部门"))


def _probe(doc: Path, cache: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(doc)], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "GWLINT_CACHE_DIR": str(cache)}, check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_entries_of_one_document_and_of_other_versions_age_out(tmp_path):
    """An auditor's history, one lint a process: each document's own patterns and the entries of
    another gwlint version leave the file within a few writes; what a lint of the policy uses stays."""
    policy = SAMPLES / "issue-policy-notice.docx"
    _check([policy], tmp_path)
    single = _file_tables(tmp_path)
    # entries another version of gwlint (another checkout, an edited dataclass) wrote long ago
    path = _cache_file(tmp_path)
    data = marshal.loads(path.read_bytes())
    some = {kind: next(iter(single[kind].values())) for kind in single}
    for i in range(300):
        data["re"][(f"旧版本{i}", 0)] = (0, some["re"][1])
        data["code"][f"def __create_fn__():\n def __init__(self, 旧版本{i}): pass\n"] = (0, some["code"][1])
        data["derived"][(f"old.module._lead_of:1:{i}", f"旧版本{i}", 32)] = (0, None)
    path.write_bytes(marshal.dumps(data))
    variants = _variants(tmp_path / "docs", 12)
    for doc in variants:
        _check([doc], tmp_path)
    tables = _file_tables(tmp_path)
    assert 0 < _aliases_in(tables) <= 8  # the last few documents' own patterns, not all 12
    assert not any(type(k[0]) is str and k[0].startswith("旧版本") for k in tables["re"])
    assert not any("旧版本" in k for k in tables["code"]) and not any(k[0].startswith("old.") for k in tables["derived"])
    report = _probe(policy, tmp_path)
    # a following cold lint of the policy finds what it uses (a pattern built from a set, in an order
    # that varies by process, is new each time) and loads little more (the command line's own entries)
    assert len(report["new"]) <= 3 and report["loaded"] <= 1.15 * report["used"], report


def test_a_long_audit_leaves_only_its_recent_documents_own_patterns(tmp_path):
    """One command over many documents (one worker, a write after each job that met something new):
    the patterns of its earlier documents age out while it runs; the rule tables stay."""
    variants = _variants(tmp_path / "docs", 48)
    _check(variants, tmp_path, "-j", "1")
    tables = _file_tables(tmp_path)
    assert 0 < _aliases_in(tables) <= 40  # at most _KEEP generations of _SPAN writes (+ the first job's)
    report = _probe(SAMPLES / "issue-policy-notice.docx", tmp_path)
    assert len(report["new"]) <= 3 and report["loaded"] <= 1.15 * report["used"], report

"""Outputs, exit codes, config errors and the audit database under faults (issue 12 part B, issue 13 item 3).

Every test runs the real console entry point in a new process on files it writes itself; disk-full cases use a
small tmpfs (root only, as in CI), never a mock.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from .conftest import REPO

SAMPLES = REPO / "sample_docs"
GBK_NAME = "草稿".encode("gbk") + b".txt"  # a name unzipped on Linux from an archive made on Chinese Windows
SHOWN_GBK_NAME = "\\xb2\u0778\\xe5.txt"  # B2 and E5 are no UTF-8; DD B8 happens to be U+0778
DRAFT = "江西省农业农村厅关于做好春耕工作的通知\n各设区市人民政府要于3月底前报送材料。\n"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def gw(*args, cwd=None, env=None, input=None, timeout=300) -> subprocess.CompletedProcess:
    """The console entry point; ``env`` entries are added to (or, as None, removed from) the environment."""
    e = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    e.pop("GWLINT_DEBUG", None)
    for k, v in (env or {}).items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    return subprocess.run([sys.executable, "-m", "gwlint", *map(os.fsdecode, args)], capture_output=True,
                          cwd=cwd, env=e, input=input, timeout=timeout)


def clean_error(r: subprocess.CompletedProcess, code: int = 2) -> str:
    """A Chinese ``gwlint: …`` message, no traceback, the expected exit code."""
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == code, (r.returncode, err[-2000:])
    assert "Traceback" not in err and "Exception ignored" not in err and "Error:" not in err.split("gwlint:")[0], err
    assert re.search(r"gwlint: .*[\u4e00-\u9fff]", err), err
    return err


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def draft_txt(tmp_path: Path, name: str = "draft.txt") -> Path:
    p = tmp_path / name
    shutil.copy(SAMPLES / "dept-directive.txt", p)
    return p


def draft_docx(tmp_path: Path, name: str = "draft.docx") -> Path:
    p = tmp_path / name
    shutil.copy(SAMPLES / "dept-directive.docx", p)
    return p


# ---------------------------------------------------------------- small file systems (root only)
class Tmpfs:
    def __init__(self, path: Path):
        self.path = path

    def fill(self):
        """Take every free byte, so that the next write of any size fails with ENOSPC."""
        with open(self.path / ".filler", "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass

    def grow(self, size: str):
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self.path)], check=True)

    def read_only(self):
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)


@pytest.fixture
def tmpfs(tmp_path):
    mounts = []

    def make(size: str = "1m") -> Tmpfs:
        if os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("a small tmpfs needs root (CI runs as root)")
        p = tmp_path / f"fs{len(mounts)}"
        p.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(p)], capture_output=True)
        if r.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode()}")
        mounts.append(p)
        return Tmpfs(p)

    yield make
    for p in mounts:
        subprocess.run(["umount", "-l", str(p)], capture_output=True)


# ---------------------------------------------------------------- D2: file names that are not UTF-8
@pytest.fixture
def gbk_folder(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), GBK_NAME), "wb") as fh:
        fh.write(DRAFT.encode("utf-8"))
    return d


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "jsonl", "sarif", "github"])
@pytest.mark.parametrize("encoding", ["utf-8:strict", None])  # None: the C.UTF-8 locale's default
def test_non_utf8_file_name_in_every_format(gbk_folder, fmt, encoding):
    r = gw("check", gbk_folder, "--format", fmt, "--no-color",
           env={"PYTHONIOENCODING": encoding, "LC_ALL": "C.UTF-8"})
    assert r.returncode == 1, r.stderr.decode(errors="replace")[-2000:]
    assert not r.stderr.strip()
    out = r.stdout.decode("utf-8")  # strictly valid UTF-8
    if fmt == "json":
        assert json.loads(out)[0]["path"].endswith(SHOWN_GBK_NAME)
    elif fmt == "jsonl":
        assert json.loads(out.splitlines()[0])["path"].endswith(SHOWN_GBK_NAME)
    elif fmt == "sarif":
        uris = {x["physicalLocation"]["artifactLocation"]["uri"]
                for res in json.loads(out)["runs"][0]["results"] for x in res["locations"]}
        assert any(u.endswith("%B2%DD%B8%E5.txt") for u in uris), uris
    else:
        assert SHOWN_GBK_NAME in out


def test_non_utf8_file_name_in_text_inspect_and_annotate_dir(gbk_folder, tmp_path):
    path = os.path.join(os.fsencode(gbk_folder), GBK_NAME)
    for cmd in ("text", "inspect"):
        r = gw(cmd, path, env={"PYTHONIOENCODING": "utf-8:strict"})
        assert r.returncode == 0 and "春耕" in r.stdout.decode("utf-8"), r.stderr.decode(errors="replace")
    r = gw("check", path, "--format", "json", "-o", tmp_path / "out.json", env={"PYTHONIOENCODING": "utf-8:strict"})
    assert r.returncode == 1 and json.loads((tmp_path / "out.json").read_text("utf-8"))[0]["path"].endswith(
        SHOWN_GBK_NAME)


def test_audit_completes_and_reports_a_non_utf8_file_name(gbk_folder, tmp_path):
    db = tmp_path / "a.sqlite"
    (gbk_folder / "ok.txt").write_text(DRAFT.replace("春耕", "春播"), encoding="utf-8")
    r = gw("audit", gbk_folder, "--db", db, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    with sqlite3.connect(db) as conn:
        paths = [x for (x,) in conn.execute("SELECT path FROM documents")]
        assert conn.execute("SELECT status FROM runs").fetchone()[0] == "complete"
    assert len(paths) == 2 and any(p.endswith(SHOWN_GBK_NAME) for p in paths)
    # the re-run finds the file unchanged instead of dying at it again
    r = gw("audit", gbk_folder, "--db", db, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert r.returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT files_unchanged FROM runs ORDER BY id DESC").fetchone()[0] == 2
    for fmt, out in (("html", tmp_path / "r.html"), ("json", tmp_path / "r.json"), ("csv", tmp_path / "csv")):
        r = gw("audit", "report", "--db", db, "--format", fmt, "-o", out)
        assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    def strings(v):
        if isinstance(v, dict):
            v = list(v.values())
        if isinstance(v, list):
            return [s for x in v for s in strings(x)]
        return [v] if isinstance(v, str) else []

    assert any(s.endswith(SHOWN_GBK_NAME) for s in strings(json.loads((tmp_path / "r.json").read_text("utf-8"))))


# ---------------------------------------------------------------- D11: outputs never onto an input
def test_annotate_refuses_a_hard_link_to_the_input(tmp_path):
    src = draft_docx(tmp_path)
    os.link(src, tmp_path / "hard.docx")
    before = sha(src)
    r = gw("check", src, "--annotate", tmp_path / "hard.docx")
    clean_error(r)
    assert sha(src) == before


def test_annotate_dir_refuses_the_input_folder(tmp_path):
    src = draft_docx(tmp_path)
    before = sha(src)
    r = gw("check", src, "--annotate-dir", tmp_path)
    clean_error(r)
    assert sha(src) == before


@pytest.mark.parametrize("how", ["same", "hard", "inside-folder"])
def test_output_file_and_baseline_never_overwrite_an_input(tmp_path, how):
    src = draft_txt(tmp_path)
    target = src
    if how == "hard":
        target = tmp_path / "hard.txt"
        os.link(src, target)
    before = sha(src)
    arg = tmp_path if how == "inside-folder" else src
    clean_error(gw("check", arg, "--format", "json", "-o", target))
    assert sha(src) == before
    clean_error(gw("check", arg, "--write-baseline", "--baseline", target))
    assert sha(src) == before


def test_audit_report_never_overwrites_the_database(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    draft_txt(d)
    db = tmp_path / "a.sqlite"
    assert gw("audit", d, "--db", db).returncode == 0
    before = sha(db)
    clean_error(gw("audit", "report", "--db", db, "-o", db))
    os.link(db, tmp_path / "hard.json")
    clean_error(gw("audit", "report", "--db", db, "--format", "json", "-o", tmp_path / "hard.json"))
    assert sha(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------- D12: config mistakes
CONFIG_MISTAKES = {
    "profile-not-a-table": ("gwlint.toml", 'profile = "x"\n[profiles]\nx = 5\n'),
    "targets-int": ("gwlint.toml", 'profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\ntargets = 5\n'),
    "length-exempt-int": ("gwlint.toml", 'profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\nlength_exempt = 5\n'),
    "bad-toml-profile-file": ("gwlint.toml", 'profile = "bad.toml"\n'),
    "tool-gwlint-int": ("pyproject.toml", "[tool]\ngwlint = 5\n"),
    "tool-int": ("pyproject.toml", "tool = 5\n"),
    "profiles-int": ("gwlint.toml", 'profile = "x"\nprofiles = 5\n'),
    "extends-int": ("gwlint.toml", 'profile = "x"\n[profiles.x]\nextends = 5\n'),
    "length-limit-int": ("gwlint.toml", 'profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\nlength_limit = 5\n'),
    "length-limit-list-of-int": ("gwlint.toml",
                                 'profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\nlength_limit = [5]\n'),
    "length-limit-limit-str": ("gwlint.toml", 'profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\n'
                               '[[profiles.x.length_limit]]\nclass = "c"\nlimit = "many"\n'),
    "profile-int": ("gwlint.toml", "profile = 5\n"),
    "select-int": ("gwlint.toml", "select = 5\n"),
    "select-list-of-int": ("gwlint.toml", "select = [5]\n"),
    "options-int": ("gwlint.toml", "options = 5\n"),
    "bad-toml": ("gwlint.toml", "[[x\n"),
    "not-utf8": ("gwlint.toml", "select = ['草']\n".encode("gbk")),
}


@pytest.mark.parametrize("command", ["check", "audit"])
@pytest.mark.parametrize("name", sorted(CONFIG_MISTAKES))
def test_config_mistakes_are_exit_2_messages(tmp_path, name, command):
    filename, content = CONFIG_MISTAKES[name]
    d = tmp_path / "d"
    d.mkdir()
    draft_txt(d)
    cfg = d / filename
    if isinstance(content, bytes):
        cfg.write_bytes(content)
    else:
        cfg.write_text(content, encoding="utf-8")
    (d / "bad.toml").write_text("[[x\n", encoding="utf-8")
    args = ("check", d / "draft.txt") if command == "check" else ("audit", d, "--db", tmp_path / "a.sqlite")
    err = clean_error(gw(*args))
    assert filename in err or "bad.toml" in err, err


# ---------------------------------------------------------------- D14, D24: every output atomic, every failure exit 2
def test_output_file_into_a_missing_folder_or_onto_a_folder(tmp_path):
    src = draft_txt(tmp_path)
    clean_error(gw("check", src, "--format", "json", "-o", tmp_path / "no-such-dir" / "out.json"))
    (tmp_path / "adir").mkdir()
    clean_error(gw("check", src, "--format", "json", "-o", tmp_path / "adir"))
    clean_error(gw("check", src, "--write-baseline", "--baseline", tmp_path / "missing" / "b.json"))
    r = gw("check", draft_docx(tmp_path), "--annotate", src / "a.docx", "--format", "concise")  # under a file
    clean_error(r)
    assert b"GW" in r.stdout  # the findings are printed all the same
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir", "draft.docx", "draft.txt"]
    assert not list((tmp_path / "adir").iterdir())


def test_outputs_on_a_full_disk_leave_no_partial_file(tmp_path, tmpfs):
    fs = tmpfs("256k")
    src = draft_txt(tmp_path)
    docx = draft_docx(tmp_path)
    (fs.path / "keep.json").write_text("[]", encoding="utf-8")
    fs.fill()
    clean_error(gw("check", src, "--format", "json", "-o", fs.path / "out.json"))
    clean_error(gw("check", src, "--format", "json", "-o", fs.path / "keep.json"))
    clean_error(gw("check", src, "--write-baseline", "--baseline", fs.path / "b.json"))
    r = gw("check", docx, "--annotate", fs.path / "a.docx", "--format", "concise")
    clean_error(r)
    assert b"GW" in r.stdout  # the results are printed all the same
    r = gw("check", docx, "--annotate-dir", fs.path / "annotated", "--format", "concise")
    clean_error(r)
    assert b"GW" in r.stdout
    left = sorted(p.name for p in fs.path.iterdir() if p.name != ".filler")
    assert left in (["keep.json"], ["annotated", "keep.json"]), left
    assert (fs.path / "keep.json").read_text("utf-8") == "[]"
    if (fs.path / "annotated").exists():
        assert not list((fs.path / "annotated").iterdir())


def test_outputs_on_a_read_only_file_system(tmp_path, tmpfs):
    fs = tmpfs("1m")
    fs.read_only()
    src = draft_txt(tmp_path)
    clean_error(gw("check", src, "--format", "json", "-o", fs.path / "out.json"))
    clean_error(gw("check", draft_docx(tmp_path), "--annotate", fs.path / "a.docx"))


def test_audit_report_on_a_full_disk_leaves_no_partial_file(tmp_path, tmpfs):
    d = tmp_path / "d"
    d.mkdir()
    for i in range(3):
        draft_txt(d, f"{i}.txt")
    db = tmp_path / "a.sqlite"
    assert gw("audit", d, "--db", db).returncode == 0
    fs = tmpfs("256k")
    fs.fill()
    for fmt, name in (("html", "r.html"), ("json", "r.json"), ("csv", "csv")):
        clean_error(gw("audit", "report", "--db", db, "--format", fmt, "-o", fs.path / name))
    left = [p for p in fs.path.rglob("*") if p.name != ".filler" and p.is_file()]
    assert not left, left


# ---------------------------------------------------------------- D15-D18: the audit database
def _folder_of(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    text = (SAMPLES / "overlong-office-circular.txt").read_text("utf-8")
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(text.replace("文件\n", f"文件{i}\n", 1), encoding="utf-8")
    return d


def test_audit_on_a_full_disk_ends_with_a_message_and_resumes(tmp_path, tmpfs):
    docs = _folder_of(tmp_path, 60)
    fs = tmpfs("256k")
    db = fs.path / "a.sqlite"
    err = clean_error(gw("audit", docs, "--db", db, "--jobs", "2"))
    assert "磁盘" in err or "空间" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fs.grow("32m")
    r = gw("audit", docs, "--db", db, "--jobs", "2")
    assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 60
        assert conn.execute("SELECT status FROM runs ORDER BY id DESC").fetchone()[0] == "complete"


@pytest.fixture(scope="module")
def audited_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("adb")
    docs = _folder_of(tmp, 40)
    db = tmp / "good.sqlite"
    r = gw("audit", docs, "--db", db, "--jobs", "2")
    assert r.returncode == 0
    return docs, db


def _damage(db: Path, offset: int, size: int):
    with open(db, "r+b") as fh:
        fh.seek(offset)
        fh.write(bytes((i * 37 + 11) % 251 for i in range(size)))


@pytest.mark.parametrize("where", ["early-pages", "late-pages", "dropped-table"])
def test_a_damaged_database_is_refused_up_front(audited_db, tmp_path, where):
    docs, good = audited_db
    db = tmp_path / "a.sqlite"
    shutil.copy(good, db)
    size = db.stat().st_size
    if where == "early-pages":
        _damage(db, 12288, 16384)
    elif where == "late-pages":
        _damage(db, size - 8192, 8192)
    else:
        conn = sqlite3.connect(db)
        conn.execute("DROP TABLE documents")
        conn.close()  # checkpointed into the file
    (docs / "000.txt").touch()
    before = sha(db)
    for args in (("audit", docs, "--db", db), ("audit", "report", "--db", db, "-o", tmp_path / "r.html")):
        err = clean_error(gw(*args))
        assert "审计数据库" in err and "审计完成" not in err
    assert sha(db) == before  # nothing written into a damaged file
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_a_foreign_or_newer_database_is_not_written(tmp_path, kind):
    from gwlint.audit.store import SCHEMA_VERSION

    d = tmp_path / "d"
    d.mkdir()
    draft_txt(d)
    db = tmp_path / "o.sqlite"
    with sqlite3.connect(db) as conn:
        if kind == "foreign":
            conn.execute("CREATE TABLE t (x)")
        else:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.execute("CREATE TABLE runs (x)")
    before = sha(db)
    clean_error(gw("audit", d, "--db", db))
    assert sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "o.sqlite"]  # no -wal, no -shm
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_concurrent_first_opens_of_one_new_database_all_succeed(tmp_path):
    from gwlint.audit.store import SCHEMA_VERSION, connect

    for trial in range(20):
        db = tmp_path / f"r{trial}.sqlite"
        barrier = threading.Barrier(4)
        errors = []

        def open_it():
            barrier.wait()
            try:
                connect(db).close()
            except Exception as e:  # noqa: BLE001 - any failure is the defect
                errors.append(repr(e))

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_two_first_audits_on_one_new_database_both_succeed(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    for i in range(3):
        draft_txt(d, f"{i}.txt")
    db = tmp_path / "r.sqlite"
    e = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "gwlint", "audit", str(d), "--db", str(db), "--jobs", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=e) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1].decode(errors="replace")[-1000:] for o in outs]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


# ---------------------------------------------------------------- D21: CSV formula injection
def test_csv_report_neutralises_formulas(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    for i, head in enumerate(['=HYPERLINK("http://127.0.0.1/x","点击")', "+1+", "-1+", "@SUM(1)", "\t=1+"]):
        # in the title (documents table) and at the start of a sentence that draws a finding (its excerpt)
        (d / f"{i}.txt").write_text(f"{head}江西省农业农村厅关于做好春耕工作的通知\n各设区市人民政府：\n"
                                    f"{head}各设区市人民政府要报送总结。\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    assert gw("audit", d, "--db", db).returncode == 0
    r = gw("audit", "report", "--db", db, "--format", "csv", "-o", tmp_path / "csv")
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    cells = []
    for f in (tmp_path / "csv").glob("*.csv"):
        with open(f, encoding="utf-8-sig", newline="") as fh:
            cells += [c for row in csv.reader(fh) for c in row]
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # the text is kept, made inert
    live = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"[+-][0-9.]+%?", c)]
    assert not live, live[:5]


# ---------------------------------------------------------------- D22: control characters from a draft
HOSTILE = ("江西省农业农村厅关于做好春耕\x1b]0;PWNED\x07工作的通知\n"
           "各设区市人民政府要于3月底前报送材料,\x1b]0;PWNED\x07\x1b[2J\x9b31m\x08\x7f。\n"
           "一、\t工作要求\n")


@pytest.mark.parametrize("args", [("check", "--no-color"), ("check", "--color"), ("check", "--format", "concise"),
                                  ("check", "--format", "github"), ("text",), ("inspect",)])
def test_no_control_characters_from_a_draft_reach_the_terminal(tmp_path, args):
    src = tmp_path / "a.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    r = gw(args[0], src, *args[1:])
    assert r.returncode in (0, 1), r.stderr.decode(errors="replace")
    out = r.stdout.decode("utf-8")
    if args[0] in ("text", "inspect") or args[1:2] in (("--no-color",), ("--color",)):
        assert "PWNED" in out  # the text is shown, made inert
    assert "\x07" not in out and "\x1b]" not in out and "\x1b[2J" not in out and "\x9b" not in out
    if "--color" not in args:
        assert not CONTROL.search(out), CONTROL.findall(out)
    if args[0] == "text":
        assert "一、\t工作要求" in out  # TAB kept


# ---------------------------------------------------------------- D25 + issue 13.3: exit codes
def test_a_missing_path_is_reported_and_the_others_are_checked(tmp_path):
    ok = draft_txt(tmp_path, "ok.txt")
    missing = tmp_path / "missing.docx"
    r = gw("check", ok, missing, "--format", "json")
    assert r.returncode == 1
    found = json.loads(r.stdout)
    assert {(Path(f["path"]).name, f["code"]) for f in found if f["code"] == "GW001"} == {("missing.docx", "GW001")}
    assert any(Path(f["path"]).name == "ok.txt" and f["code"] != "GW001" for f in found)
    r = gw("check", ok, missing, "--no-color")
    assert r.returncode == 1 and "missing.docx" in r.stdout.decode() and "不存在" in r.stdout.decode()


@pytest.mark.parametrize("cmd", ["text", "inspect"])
def test_text_and_inspect_on_an_unreadable_file(tmp_path, cmd):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04garbage")
    err = clean_error(gw(cmd, broken), code=1)
    assert "broken.docx" in err
    err = clean_error(gw(cmd, tmp_path / "missing.txt"), code=1)
    assert "missing.txt" in err


@pytest.mark.parametrize("encoding", ["gbk", "cp936", "ascii", "utf-8:strict", "latin-1"])
@pytest.mark.parametrize("fmt", ["full", "concise", "json", "github", "statistics"])
def test_any_stdout_encoding_never_crashes(tmp_path, encoding, fmt):
    src = tmp_path / "emoji.txt"
    src.write_text("江西省农业农村厅关于做好春耕工作的通知\n各设区市人民政府要于3月底前报送材料,😀€₩「」。\n",
                   encoding="utf-8")
    args = ("--statistics",) if fmt == "statistics" else ("--format", fmt)
    r = gw("check", src, *args, env={"PYTHONIOENCODING": encoding})
    assert r.returncode == 1, r.stderr.decode(errors="replace")[-2000:]
    assert not r.stderr.strip()
    out = r.stdout.decode(encoding.split(":")[0])
    assert "GW" in out
    if fmt == "json":
        assert json.loads(out)
    for cmd in ("text", "inspect", "rule"):
        r = gw(cmd, "GW104" if cmd == "rule" else src, env={"PYTHONIOENCODING": encoding})
        assert r.returncode == 0 and not r.stderr.strip(), r.stderr.decode(errors="replace")[-2000:]


def test_a_closed_pipe_ends_quietly(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    for i in range(40):  # far more output than a pipe buffer holds (64 KiB)
        draft_txt(d, f"{i}.txt")
    (d / "long.txt").write_text((SAMPLES / "overlong-office-circular.txt").read_text("utf-8") * 8, encoding="utf-8")
    for args in (("check", d, "--no-color", "-j", "1"), ("text", d / "long.txt")):
        p = subprocess.run(f"{sys.executable} -m gwlint {' '.join(map(str, args))} | head -c 10 >/dev/null; "
                           "echo ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", capture_output=True,
                           env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=300)
        assert p.stdout.strip() == b"2" and not p.stderr.strip(), p.stderr.decode(errors="replace")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("check", "--format", "json"), ("text",), ("inspect",), ("check", "-o", "/dev/full")])
def test_stdout_or_output_on_a_full_device(tmp_path, args):
    src = draft_txt(tmp_path)
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, "-m", "gwlint", args[0], str(src), *args[1:]], stdout=full,
                           stderr=subprocess.PIPE, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    err = clean_error(r)
    assert "磁盘空间不足" in err


def test_an_unexpected_error_is_a_message_and_exit_2_and_debug_raises(tmp_path):
    """A broken installation (here: a dependency that fails to import) is the kind of fault no code path
    expects: the top level turns it into a message and exit 2; GWLINT_DEBUG=1 shows the traceback."""
    src = draft_txt(tmp_path)
    broken = tmp_path / "site" / "rich"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text('raise ImportError("a broken installation of rich")\n', encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path / "site")}
    err = clean_error(gw("check", src, "--color", env=env))
    assert "ImportError" in err and "GWLINT_DEBUG" in err
    r = gw("check", src, "--color", env={**env, "GWLINT_DEBUG": "1"})
    assert r.returncode != 0 and b"Traceback" in r.stderr and b"broken installation" in r.stderr


def test_closed_stdout_is_an_exit_2_message(tmp_path):
    src = draft_txt(tmp_path)
    r = subprocess.run([sys.executable, "-m", "gwlint", "check", str(src)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), timeout=300,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    clean_error(r)
    r = subprocess.run([sys.executable, "-m", "gwlint", "check", str(src), "--format", "json", "-o",
                        str(tmp_path / "out.json")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       preexec_fn=lambda: os.close(1), timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert r.returncode == 1 and json.loads((tmp_path / "out.json").read_text("utf-8"))

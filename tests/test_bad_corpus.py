"""The bad-input corpus (tests/badcorpus.py) through the real command line, within time and
memory limits: no input makes gwlint exceed 2 GiB or its time budget, print a traceback, or
pass a file it did not read (issue 12)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from .badcorpus import DRAFT, build, build_locked, unlock

GiB = 1 << 30
TIMEOUT = "5"  # --timeout per file in these runs
BATCH_WALL = 600  # seconds for the whole corpus on two workers (a loaded CI machine)
SKIP_IN_BATCH = ("dirs/gbk-name",)  # names that are not UTF-8: their output is another matter (D2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("badcorpus")
    cases = build(root)
    yield root, cases
    unlock(root)


class Run:
    def __init__(self, rc, out: bytes, err: bytes, wall: float, peak: int) -> None:
        self.rc, self.out, self.err, self.wall, self.peak = rc, out, err, wall, peak


def run_measured(args: list[str], limit: float, cwd: Path | None = None) -> Run:
    """Run gwlint; wall time and the peak RSS of it and its workers (wait4 covers reaped children)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.monotonic()
        p = subprocess.Popen([sys.executable, "-m", "gwlint", *args], stdout=out, stderr=err, env=env, cwd=cwd,
                             start_new_session=True)
        timer = threading.Timer(limit, lambda: os.killpg(p.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - t
        out.seek(0)
        err.seek(0)
        return Run(p.returncode, out.read(), err.read(), wall, usage.ru_maxrss * 1024)


def verdict(found: list[dict]) -> str:
    """What the findings of one path say about it (the vocabulary of badcorpus.Case)."""
    kinds = {(f["code"], f["severity"]) for f in found}
    codes = {f["code"] for f in found}
    if ("GW001", "error") in kinds:
        return "unread"
    if "GW002" in codes:
        return "scan"
    if "GW001" in codes:
        return "partial"
    if "GW806" in codes:
        return "read"
    return "absent" if not found else "other"


def test_whole_corpus_in_one_batch(corpus):
    root, cases = corpus
    tops = sorted({c.path.split("/")[0] for c in cases if not c.path.startswith("dirs/")})
    dirs = sorted({"/".join(c.path.split("/")[:2]) for c in cases if c.path.startswith("dirs/")})
    targets = [str(root / t) for t in tops + dirs if t not in SKIP_IN_BATCH]
    run = run_measured(["check", *targets, "--format", "json", "--jobs", "2", "--timeout", TIMEOUT], BATCH_WALL)
    assert b"Traceback" not in run.err, run.err.decode(errors="replace")[-2000:]
    assert run.rc == 1
    assert run.wall < BATCH_WALL and run.peak < 2 * GiB, (run.wall, run.peak)
    by_path: dict[str, list[dict]] = defaultdict(list)
    for f in json.loads(run.out):
        by_path[f["path"]].append(f)
    privileged = os.geteuid() == 0
    wrong = []
    for c in cases:
        if c.path.startswith(SKIP_IN_BATCH):
            continue
        got = verdict(by_path.get(str(root / c.path), []))
        if got not in c.expected(privileged).split("|"):
            wrong.append((c.path, c.expected(privileged), got, [f["message"][:60] for f in by_path[str(root / c.path)]]))
    assert not wrong, wrong


@pytest.mark.parametrize("rel", ["pdf/selfref-length.pdf", "pdf/qQ-ops.pdf", "docx/xml-64m.docx",
                                 "pdf/flate-bomb.pdf", "txt/long-paragraph.txt"])
def test_one_file_within_its_budget(corpus, rel):
    root, cases = corpus
    case = next(c for c in cases if c.path == rel)
    run = run_measured(["check", str(root / rel), "--format", "json", *case.args], 120)
    assert b"Traceback" not in run.err and run.rc == 1
    budget = float(dict(zip(case.args[::2], case.args[1::2])).get("--timeout", 60))
    assert run.wall < budget + 60 and run.peak < 2 * GiB, (run.wall, run.peak)
    assert verdict(json.loads(run.out)) in case.expect.split("|")


def test_fast_pdf_engine_agrees_on_broken_page_trees(corpus):
    root, _ = corpus
    from gwlint.readers import read_path

    for name in ("page-tree-loop.pdf", "page-tree-cycle.pdf", "cid-only.pdf"):
        a = read_path(root / "pdf" / name, pdf_engine="pdfplumber")
        b = read_path(root / "pdf" / name, pdf_engine="pdfium")
        assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs], name
        assert a.pages_without_text == b.pages_without_text


def test_gbk_file_names_are_read(corpus):
    # the name is not UTF-8; walking and reading keep it as the OS gives it (surrogate escapes)
    import gwlint

    root, _ = corpus
    results = gwlint.lint_paths([root / "dirs" / "gbk-name"], jobs=1)
    names = {os.fsencode(Path(r.path).name): [f.code for f in r.findings] for r in results}
    assert set(names) == {b"good.txt", b"\xb2\xdd\xb8\xe5.txt"}
    assert all("GW806" in codes and "GW001" not in codes for codes in names.values())


def test_audit_records_every_odd_entry(corpus, tmp_path):
    import sqlite3

    root, cases = corpus
    dirs = [str(root / "dirs" / d) for d in ("fifo", "devzero", "socket", "symlink-loop", "dir-loop")]
    db = tmp_path / "a.sqlite"
    run = run_measured(["audit", *dirs, "--db", str(db), "--timeout", TIMEOUT], 300)
    assert run.rc == 0 and b"Traceback" not in run.err, run.err.decode(errors="replace")
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT path, error_kind FROM documents"))
    want = {str(root / c.path): "unreadable" if c.expect == "unread" else None
            for c in cases if c.path.startswith(tuple(f"dirs/{d}/" for d in ("fifo", "devzero", "socket",
                                                                            "symlink-loop", "dir-loop")))}
    assert rows == want


def _as_nobody(fn, *args):
    """Run ``fn(*args)`` in a forked child that dropped root privileges (or here, when not root);
    return its JSON-able result.  Root reads folders with mode 000; a user does not."""
    if os.geteuid() != 0:
        return fn(*args)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            payload = json.dumps({"ok": fn(*args)})
        except BaseException as exc:  # noqa: BLE001
            import traceback

            payload = json.dumps({"error": f"{exc!r}\n{traceback.format_exc()}"})
        with os.fdopen(w, "w") as fh:
            fh.write(payload)
        os._exit(0)
    os.close(w)
    with os.fdopen(r) as fh:
        data = json.loads(fh.read() or '{"error": "no answer"}')
    os.waitpid(pid, 0)
    assert "error" not in data, data["error"]
    return data["ok"]


def _lint_folder(folder: str) -> list:
    import gwlint

    return [[os.path.relpath(r.path, folder), [(f.code, f.severity, f.message) for f in r.findings]]
            for r in gwlint.lint_paths([folder], limits=None)]


def test_unlistable_folders_as_a_user():
    # D8/D10 need a user that permissions apply to: as root, a forked child drops to nobody
    import gwlint
    from gwlint.guard import warm_up

    warm_up()  # the child cannot read root's files: everything it needs is loaded first
    gwlint.load_config()
    base = tempfile.mkdtemp(prefix="gwlint-locked-", dir="/tmp")
    try:
        os.chmod(base, 0o755)
        (Path(base) / "good.txt").write_text(DRAFT, encoding="utf-8")
        build_locked(Path(base))
        got = dict((path, found) for path, found in _as_nobody(_lint_folder, base))
    finally:
        unlock(Path(base))
        import shutil

        shutil.rmtree(base)
    assert set(got) == {"good.txt", "noaccess", "noexec/inner.txt", "unreadable.txt"}
    assert "GW806" in {c for c, _, _ in got["good.txt"]}  # the readable draft next to them was linted
    for path in ("noaccess", "noexec/inner.txt", "unreadable.txt"):
        [(code, severity, message)] = got[path]
        assert (code, severity) == ("GW001", "error")
    assert "文件夹" in got["noaccess"][0][2] and "未经检查" in got["noaccess"][0][2]

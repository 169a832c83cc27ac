"""The per-file budget in check, text, inspect and the API (issue 12: D1, D3, D7, D9)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

import gwlint
from gwlint.guard import Guard, Limits

from .badcorpus import CATALOG, FONT, SENTENCES, pdf, simple_page, stream, zlib_repeat
from .conftest import run_cli
from .drafts import office_circular

MiB = 1 << 20

# a small PDF (50 KB) whose content stream holds 12 M 'q Q' operators: minutes of work, so the budget cuts it
# (a PDF whose objects refer to themselves once served here; the reader now refuses it at once)
SELFREF = pdf({1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: simple_page(), 5: FONT,
               4: stream(zlib_repeat(b"q Q " * (MiB // 4), 12), b"/Filter /FlateDecode ")})
SELFREF_CONTENTS = SELFREF


def _long_paragraph(sentences: int) -> str:
    return ("江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"
            + "".join(SENTENCES[k % 2] for k in range(sentences)) + "\n")


def test_check_stops_a_looping_pdf_and_says_why(tmp_path):
    p = tmp_path / "selfref.pdf"
    p.write_bytes(SELFREF)
    t = time.monotonic()
    r = run_cli("check", str(p), "--format", "json", "--timeout", "2")
    took = time.monotonic() - t
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    [f] = json.loads(r.stdout)
    assert f["code"] == "GW001" and f["severity"] == "error"
    assert "处理时间超出上限（2 秒）" in f["message"] and "--timeout" in f["message"]
    assert took < 60  # start-up included; the file itself is cut at 2 s


@pytest.mark.parametrize("command", ["text", "inspect"])
def test_text_and_inspect_are_guarded_too(tmp_path, command):
    p = tmp_path / "selfref.pdf"
    p.write_bytes(SELFREF_CONTENTS)
    r = run_cli(command, str(p), "--timeout", "2")
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert "处理时间超出上限（2 秒）" in r.stderr.decode()


def test_api_budget_sets_limit_and_the_pool_goes_on(tmp_path):
    p = tmp_path / "selfref.pdf"
    p.write_bytes(SELFREF)
    with Guard(1) as g:
        res = gwlint.lint_path(p, limits={"time": 1.5}, guard=g)
        assert res.limit == "time" and [f.code for f in res.findings] == ["GW001"]
        assert res.error and "1.5 秒" in res.error
        up = gwlint.lint_bytes(SELFREF, "上传.pdf", limits=gwlint.Limits(time=1.5), guard=g)
        assert up.limit == "time" and up.path == "上传.pdf" and up.findings[0].path == "上传.pdf"
        ok = gwlint.lint_bytes(office_circular(3).encode(), "ok.txt", guard=g)
        assert ok.limit is None and ok.error is None
        ins = gwlint.inspect_bytes(SELFREF, "x.pdf", limits={"time": 1}, guard=g)
        assert ins.limit == "time" and "1 秒" in ins.error and ins.to_dict()["error"] == ins.error


def test_memory_budget_is_a_finding(tmp_path):
    from .badcorpus import CATALOG, FONT, simple_page, stream, zlib_repeat

    # a 270 KB PDF whose content stream inflates to 256 MiB of spaces (D5)
    bomb = pdf({1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: simple_page(), 5: FONT,
                4: stream(zlib_repeat(b" " * MiB, 256), b"/Filter /FlateDecode ")})
    with Guard(1) as g:
        res = gwlint.lint_bytes(bomb, "bomb.pdf", limits=gwlint.Limits(time=120, memory=300 * MiB), guard=g)
        assert res.limit == "memory" and [f.code for f in res.findings] == ["GW001"]
        assert "内存占用超出上限（300 MiB）" in res.error
        assert gwlint.lint_bytes(office_circular(2).encode(), "ok.txt", guard=g).error is None


def test_long_paragraph_is_stopped_at_the_deadline(tmp_path):
    # D7: linear now (~0.15 ms a sentence in round 9, ~6 s for this one), but a deadline far below the
    # paragraph's cost still cuts it; the paragraph must stay well above the deadline as the rules get faster
    p = tmp_path / "long.txt"
    p.write_text(_long_paragraph(40000), encoding="utf-8")
    t = time.monotonic()
    r = run_cli("check", str(p), "--format", "json", "--timeout", "1")
    assert time.monotonic() - t < 60
    assert r.returncode == 1 and [f["code"] for f in json.loads(r.stdout)] == ["GW001"]


@pytest.mark.parametrize("opts", [["--select", "GW1,GW801"], ["--select", "GW104"], ["--ignore", "GW0"]])
def test_selection_never_hides_an_unread_file(tmp_path, opts):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    r = run_cli("check", str(tmp_path / "broken.docx"), "--format", "json", *opts)
    assert r.returncode == 1
    assert [f["code"] for f in json.loads(r.stdout)] == ["GW001"]


def test_select_in_config_never_hides_an_unread_file(tmp_path):
    (tmp_path / "gwlint.toml").write_text('select = ["GW1", "GW801"]\n', encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    res = gwlint.lint_path(tmp_path / "broken.docx")
    assert [f.code for f in res.findings] == ["GW001"]


def test_scan_warning_only_silenced_explicitly():
    from .badcorpus import scanned_pdf

    scan = scanned_pdf(set(), 2)
    cfg = gwlint.load_config()
    from gwlint.config import apply_table

    apply_table(cfg, {"select": ["GW104"]}, "t")
    assert [f.code for f in gwlint.lint_bytes(scan, "scan.pdf", cfg).findings] == ["GW002"]
    apply_table(cfg, {"ignore": ["GW002"]}, "t")
    assert gwlint.lint_bytes(scan, "scan.pdf", cfg).findings == []


def test_config_keys_and_errors(tmp_path):
    (tmp_path / "gwlint.toml").write_text('timeout = "90s"\nmax-memory = "1GiB"\n', encoding="utf-8")
    cfg = gwlint.load_config(for_file=tmp_path / "x.txt")
    assert cfg.limits == gwlint.Limits(time=90, memory=1 << 30)
    (tmp_path / "gwlint.toml").write_text('timeout = "soon"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(office_circular(2), encoding="utf-8")
    r = run_cli("check", str(tmp_path / "a.txt"))
    assert r.returncode == 2 and "timeout" in r.stderr.decode() and b"Traceback" not in r.stderr
    r = run_cli("check", str(tmp_path / "a.txt"), "--timeout", "10", "--max-memory", "lots", "--config",
                str(tmp_path / "none.toml"))
    assert r.returncode == 2 and b"Traceback" not in r.stderr


def test_killed_worker_loses_no_other_result(tmp_path):
    # D9: a worker killed mid-batch (OOM killer, native crash) costs its file, not the run
    n = 32  # enough work that a worker is still busy once it has 0.5 s of CPU (workers start warm in ~0.1 s)
    for i in range(n):
        # each draft has a finding (的的, GW806), so each appears in the JSON
        (tmp_path / f"d{i}.txt").write_text(_long_paragraph(300 + i) + "各地要做好的的工作。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    p = subprocess.Popen([sys.executable, "-m", "gwlint", "check", str(tmp_path), "--format", "json", "--jobs", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    victim = None
    deadline = time.monotonic() + 60
    while victim is None and time.monotonic() < deadline and p.poll() is None:
        busy = [k for k in _children(p.pid) if _cpu_ticks(k) > 50]  # warmed up and working
        for k in busy:
            try:  # a worker seen busy may have ended by now: then try the next one
                os.kill(k, signal.SIGKILL)
            except ProcessLookupError:
                continue
            victim = k
            break
        time.sleep(0.1)
    assert victim is not None, "no worker was still busy to be killed: give the batch more work"
    out, err = p.communicate(timeout=300)
    assert b"Traceback" not in err and p.returncode == 1
    found = json.loads(out)
    crashed = [f for f in found if "意外退出" in f["message"]]
    assert len(crashed) <= 1
    files = {os.path.basename(f["path"]) for f in found}
    assert files == {f"d{i}.txt" for i in range(n)}  # every file reported: the killed one as GW001


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(") ", 1)[1].split()
                if int(fields[1]) == pid:
                    out.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return out


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(") ", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


"""Where drafts come from and where reports go: stdin, several outputs in one run, progress on a terminal."""
from __future__ import annotations

import json
import re
import os
import pty
import select
import subprocess
import sys
import time

import pytest

from .conftest import REPO, run_cli
from .test_formats import validator  # noqa: F401 - the SARIF schema validator fixture

SAMPLES = REPO / "sample_docs"


def _keys(items):
    return [(x["code"], x["location"]["line"], x["location"]["column"]) for x in items]


def test_stdin_text_docx_and_pdf(tmp_path):
    for name in ("dept-directive.txt", "dept-directive.docx", "dept-directive.pdf"):
        src = SAMPLES / name
        direct = json.loads(run_cli("check", str(src), "--format", "json").stdout)
        # the format comes from the content; --stdin-filename names the draft in the report
        r = run_cli("check", "-", "--stdin-filename", f"收文/{name}", "--format", "json", input=src.read_bytes())
        assert r.returncode == 1, r.stderr.decode()
        piped = json.loads(r.stdout)
        assert _keys(piped) == _keys(direct) and len(piped) >= 5
        assert {x["path"] for x in piped} == {f"收文/{name}"}
    # without a name the path is "-", and `gwlint -` is `gwlint check -`
    r = run_cli("-", "--format", "concise", input=(SAMPLES / "dept-directive.txt").read_bytes())
    assert r.returncode == 1 and r.stdout.decode().startswith("-:")


def test_stdin_name_gives_the_format_and_the_config(tmp_path):
    (tmp_path / "gwlint.toml").write_text('ignore = ["GW104"]\n', encoding="utf-8")
    data = (SAMPLES / "dept-directive.txt").read_bytes()
    r = run_cli("check", "-", "--stdin-filename", str(tmp_path / "d.txt"), "--format", "json", input=data)
    assert "GW104" not in {x["code"] for x in json.loads(r.stdout)}
    # a GBK text piped in is still read as text
    gbk = (SAMPLES / "dept-directive.txt").read_text(encoding="utf-8").encode("gb18030")
    r = run_cli("check", "-", "--format", "json", input=gbk)
    assert "GW104" in {x["code"] for x in json.loads(r.stdout)}
    # stdin together with files, and usage errors
    r = run_cli("check", "-", str(SAMPLES / "clean-notice.txt"), "--format", "json", input=data)
    assert {x["path"] for x in json.loads(r.stdout)} == {"-"}
    r = run_cli("check", str(SAMPLES / "clean-notice.txt"), "--stdin-filename", "a.txt")
    assert r.returncode == 2 and "标准输入" in r.stderr.decode()
    r = run_cli("check", "-", "--annotate", str(tmp_path / "out.docx"), input=data)
    assert r.returncode == 2 and "--annotate" in r.stderr.decode()
    r = run_cli("check", "-", input=b"")
    assert r.returncode == 1 and "GW001" in r.stdout.decode()


def test_several_outputs_in_one_run(tmp_path, validator):
    sarif, js = tmp_path / "out.sarif", tmp_path / "问题.json"
    r = run_cli("check", str(SAMPLES), "--format", "concise", "--output-format", f"sarif:{sarif}",
                "--output-format", f"json:{js}")
    assert r.returncode == 1, r.stderr.decode()
    concise = r.stdout.decode().splitlines()
    items = json.loads(js.read_text(encoding="utf-8"))
    assert len(items) == len(concise) > 10
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert not list(validator.iter_errors(log))
    assert len(log["runs"][0]["results"]) == len(items)
    assert oct(js.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert sorted(os.listdir(tmp_path)) == ["out.sarif", "问题.json"]  # no temporary files left
    # bad values are usage errors, and an input is never overwritten
    for bad in ("sarif", "xml:a.xml", f"json:{tmp_path}"):
        r = run_cli("check", str(SAMPLES / "clean-notice.txt"), "--output-format", bad)
        assert r.returncode == 2 and "--output-format" in r.stderr.decode(), bad
    victim = tmp_path / "draft.txt"
    victim.write_bytes((SAMPLES / "clean-notice.txt").read_bytes())
    r = run_cli("check", str(victim), "--output-format", f"json:{victim}")
    assert r.returncode == 2 and victim.read_bytes() == (SAMPLES / "clean-notice.txt").read_bytes()


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


def _run_with_tty_stderr(args, stdout):
    """Run gwlint with stderr on a pseudo-terminal; return (exit code, what the terminal saw)."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    proc = subprocess.Popen([sys.executable, "-m", "gwlint", *args], stdout=stdout, stderr=slave, env=env)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            if not chunk and proc.poll() is not None:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(), seen.decode("utf-8", "replace")


def test_progress_on_a_terminal_only(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(SAMPLES.glob("*.txt")):
        for k in range(3):
            (docs / f"{k}-{p.name}").write_bytes(p.read_bytes())
    with open(tmp_path / "report.txt", "wb") as fh:  # stdout into a file: the terminal shows progress
        code, tty = _run_with_tty_stderr(["check", str(docs), "--jobs", "1"], fh)
    assert code == 1 and "检查" in tty and re.search(r"\b\d+/12\b", tty)
    assert "GW104" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    code, tty = _run_with_tty_stderr(["check", str(docs), "--jobs", "1", "--statistics"], subprocess.PIPE)  # a pipe
    assert code == 1 and not re.search(r"\b\d+/12\b", tty) and "检查" not in tty
    r = run_cli("check", str(docs), "--jobs", "1")  # stderr not a terminal
    assert r.returncode == 1 and r.stderr == b""


# ----------------------------------------------------------------- Chinese scaffolding
ENGLISH = ("Usage:", "Options:", "Commands:", "Arguments:", "Missing", "Error:", "Try '", "No such", "Invalid value",
           "Show this message", "Got unexpected", "[default", "[required]", "<str>", "<path>", "<int>")


def test_help_and_usage_errors_are_chinese():
    cases = {
        ("check",): "缺少参数",
        ("check", "--bogus", "a.txt"): "没有选项 --bogus",
        ("check", "--format", "xml", "a.txt"): "--format 的值“xml”无效，可选：full、concise",
        ("check", "a.txt", "--jobs", "x"): "--jobs 的值“x”不是整数",
        ("check", "--format"): "选项 --format 后面需要写一个值",
        ("rule", "GW104", "extra"): "多余的参数：extra",
        ("checkk", "a.txt"): "您是不是要用 gwlint check？",
        ("inpsect", "a.docx"): "您是不是要用 gwlint inspect？",
        ("audit", "reportt"): "您是不是要用 gwlint audit report？",
    }
    for args, expected in cases.items():
        r = run_cli(*args)
        err = r.stderr.decode("utf-8")
        assert r.returncode == 2, (args, err)
        assert expected in err, (args, err)
        assert not any(w in err for w in ENGLISH), (args, err)
    for args in (["-h"], ["check", "-h"], ["rule", "--help"], ["audit", "-h"], ["audit", "run", "-h"],
                 ["audit", "report", "-h"], ["text", "-h"], ["inspect", "-h"]):
        r = run_cli(*args)
        out = r.stdout.decode("utf-8")
        assert r.returncode == 0 and out.startswith("用法：gwlint") and "显示本帮助并退出。" in out, args
        assert not any(w in out for w in ENGLISH), (args, out)
    # a file that happens to look like a command word is still linted
    assert run_cli("-V").stdout.decode().startswith("gwlint ")
    assert run_cli("--version").stdout.decode().startswith("gwlint ")


def test_help_table_is_aligned_in_display_columns():
    from gwlint.output.terminal import text_width

    out = run_cli("check", "-h").stdout.decode("utf-8").splitlines()
    cols = set()
    for line in out:
        m = re.match(r"^(  -\S.*?)  +(\S)", line)
        if m and "  " not in m.group(1).strip():
            cols.add(text_width(line[:m.start(2)]))
    assert len(cols) == 1, cols


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_help_fits_the_terminal_in_display_columns(columns):
    # click wraps by characters: a Chinese line of 40 characters is 80 columns wide
    from gwlint.output.terminal import text_width

    for args in (["-h"], ["check", "-h"], ["audit", "-h"], ["audit", "run", "-h"], ["audit", "report", "-h"],
                 ["text", "-h"], ["inspect", "-h"], ["serve", "-h"]):
        out = run_cli(*args, env={"COLUMNS": str(columns)}).stdout.decode("utf-8")
        if args == ["check", "-h"]:
            assert "[默认：full]" in out and "[必填]" in out, out  # translated, not cut in two first
        for line in out.splitlines():
            longest_word = max((text_width(w) for w in line.split()), default=0)
            # only a word that cannot be broken (a long option or path) may stick out
            assert text_width(line) <= max(columns, 34 + longest_word), (columns, args, line)
        assert not any(w in out for w in ENGLISH), (args, out)


def test_rule_list_and_inspect_speak_chinese():
    listing = run_cli("rule").stdout.decode("utf-8").splitlines()
    assert {line.split()[2] for line in listing} == {"错误", "警告", "提示"}
    assert "（默认级别：错误）" in run_cli("rule", "GW104").stdout.decode("utf-8")
    out = run_cli("inspect", str(SAMPLES / "dept-directive.docx")).stdout.decode("utf-8")
    assert "机关类别：省级政府部门" in out
    out = run_cli("inspect", str(SAMPLES / "overlong-office-circular.docx")).stdout.decode("utf-8")
    assert "机关类别：省级政府办公厅（室）" in out


def test_inspect_shows_two_carried_titles_whole(tmp_path):
    # the structure keeps 《A》和《B》 without its outer marks; the display must not show A》和《B
    draft = tmp_path / "two.txt"
    draft.write_text("江西省人民政府办公厅关于印发《江西省数据共享管理办法》和《江西省数据开放目录》的通知\n"
                     "各设区市人民政府，省政府各部门：\n现将两个文件印发给你们，请认真贯彻执行。\n"
                     "江西省人民政府办公厅\n2026年5月6日\n", encoding="utf-8")
    out = run_cli("inspect", str(draft)).stdout.decode("utf-8")
    assert "印发：《江西省数据共享管理办法》和《江西省数据开放目录》（" in out
    one = tmp_path / "one.txt"
    one.write_text(draft.read_text(encoding="utf-8").replace("《江西省数据共享管理办法》和《江西省数据开放目录》",
                                                             "江西省数据共享管理办法"), encoding="utf-8")
    assert "印发：《江西省数据共享管理办法》（办法）" in run_cli("inspect", str(one)).stdout.decode("utf-8")

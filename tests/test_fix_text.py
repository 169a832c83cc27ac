"""``gwlint check --fix`` / ``--diff`` on .txt/.md: only the fixed characters change, nothing else."""
from __future__ import annotations

import codecs
import json

import pytest

from gwlint.config import load_config
from gwlint.fixes import FixError, TextFile, fix_text_bytes

from .conftest import run_cli
from .drafts import render_draft
from .test_annotate import DRAFT

# physical lines with what gwlint must leave alone around them: blank lines, indentation,
# a marker line, a trailing marker, trailing spaces
LINES = [
    "江西省农业农村厅关于抓好春耕生产工作的通知",
    "",
    "赣农字[2026]08号",
    "各设区市农业农村局：",
    "",
    "<!-- gwlint: ignore GW106 -->",
    "　　请于3月1日前报送材料,谢谢;如有问题及时报告。  ",
    "  各地要加强监测(含赣江新区),及时报告! <!-- gwlint: ignore GW104 -->",
    "\t截止3月20日的的进展另行通知。",
    "江西省农业农村厅",
    "2026年02月10日",
]
SAFE = {"赣农字[2026]08号": "赣农字〔2026〕8号", "材料,谢谢;如": "材料，谢谢；如",
        "监测(含赣江新区),及时报告!": "监测（含赣江新区），及时报告！", "2026年02月10日": "2026年2月10日"}
UNSAFE = {"截止3月20日的的": "截至3月20日的"}


def _text(ending: str, final: bool = True) -> str:
    if ending == "mixed":
        out = ""
        for i, line in enumerate(LINES):
            out += line + ("\r\n" if i % 2 else "\n")
        return out
    return ending.join(LINES) + (ending if final else "")


def _expected(text: str, unsafe: bool) -> str:
    for old, new in (SAFE | UNSAFE if unsafe else SAFE).items():
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text


ENCODINGS = [  # (name, bytes of a text)
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("gb18030", lambda t: t.encode("gb18030")),
    ("utf-16-le", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "mixed"])
@pytest.mark.parametrize("name, encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_fix_keeps_encoding_bom_endings_and_markers(name, encode, ending):
    text = _text(ending)
    data = encode(text)
    for unsafe in (False, True):
        out = fix_text_bytes(data, "draft.txt", load_config(), unsafe=unsafe)
        assert out.data == encode(_expected(text, unsafe)), (name, ending, unsafe)
        # what was suppressed in the file stays suppressed, and nothing fixable is left
        assert {f.code for f in out.result.findings} & {"GW104", "GW106"} == set()
        left = {f.code for f in out.result.findings if f.fix is not None and (unsafe or f.fix.safe)}
        assert not left
        assert fix_text_bytes(out.data, "draft.txt", load_config(), unsafe=unsafe).data == out.data


def test_no_final_newline_and_cr_only():
    for text in (_text("\n", final=False), _text("\r")):
        out = fix_text_bytes(text.encode(), "d.md", load_config())
        assert out.data.decode() == _expected(text, False)


def test_bytes_that_would_not_survive_are_left_alone():
    bad = _text("\n").encode("utf-8").replace("各设区市".encode(), "各设区市".encode() + b"\xff")
    with pytest.raises(FixError):
        TextFile(codecs.BOM_UTF8 + bad)  # invalid UTF-8 after a BOM: the reader replaced it
    # without a BOM such bytes read as GB18030 only when the whole file is GB18030-valid; a file
    # mixing both fails one of the two round trips and is not rewritten
    mixed = "江西".encode("utf-8") + "各地".encode("gb18030") + b"\x80"
    with pytest.raises(FixError):
        TextFile(mixed)


# ------------------------------------------------------------------ the command line
def _write(tmp_path, name="draft.txt", ending="\r\n", encode=lambda t: t.encode("utf-8")):
    path = tmp_path / name
    path.write_bytes(encode(_text(ending)))
    return path


def test_cli_summary_marks_fixable_findings(tmp_path):
    path = _write(tmp_path)
    proc = run_cli("check", str(path), "--no-color")
    out = proc.stdout.decode()
    assert proc.returncode == 1
    heads = [ln for ln in out.splitlines() if ln.startswith(str(path))]
    assert any(" GW801 [*] " in h for h in heads) and any(" GW702 [*] " in h for h in heads)
    assert all("[*]" not in h for h in heads if " GW803 " in h or " GW806 " in h)  # unsafe: not by --fix
    assert "其中 4 个可自动修正（--fix）。另有 2 个可用 --unsafe-fixes 修正。" in out.splitlines()[-1]
    proc = run_cli("check", str(path), "--no-color", "--unsafe-fixes")
    assert "其中 6 个可自动修正（--fix）。" in proc.stdout.decode().splitlines()[-1]
    assert any(" GW803 [*] " in ln for ln in proc.stdout.decode().splitlines())


def test_cli_diff_changes_nothing(tmp_path):
    path = _write(tmp_path)
    before = path.read_bytes()
    proc = run_cli("check", str(path), "--diff")
    assert proc.returncode == 1
    diff = proc.stdout.decode()
    assert diff.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "-赣农字[2026]08号\r\n+赣农字〔2026〕8号\r\n" in diff
    assert "截止" not in "".join(ln for ln in diff.splitlines() if ln.startswith("+"))
    assert "将修正 4 个问题" in proc.stderr.decode()
    assert path.read_bytes() == before
    proc = run_cli("check", str(path), "--diff", "--unsafe-fixes")
    assert "+\t截至3月20日的进展另行通知。" in proc.stdout.decode()


def test_cli_fix_in_place_then_nothing_left(tmp_path):
    path = _write(tmp_path, encode=lambda t: t.encode("gb18030"))
    proc = run_cli("check", str(path), "--fix", "--format", "json")
    assert proc.returncode == 1  # the unsafe ones are still there
    left = json.loads(proc.stdout)
    assert {f["code"] for f in left} >= {"GW803", "GW806"}
    assert not {f["code"] for f in left} & {"GW701", "GW702", "GW801"}
    assert "已自动修正 4 个问题" in proc.stderr.decode()
    assert path.read_bytes() == _expected(_text("\r\n"), False).encode("gb18030")
    proc = run_cli("check", str(path), "--fix", "--unsafe-fixes", "--format", "json")
    assert path.read_bytes() == _expected(_text("\r\n"), True).encode("gb18030")
    codes = {f["code"] for f in json.loads(proc.stdout)}
    assert not codes & {"GW701", "GW702", "GW801", "GW803", "GW806"}
    # a second run: no diff, exit 0
    proc = run_cli("check", str(path), "--diff", "--unsafe-fixes")
    assert proc.returncode == 0 and proc.stdout == b"" and "没有可自动修正的问题" in proc.stderr.decode()


def test_cli_fix_leaves_word_and_pdf_files_alone(tmp_path):
    docx = render_draft(DRAFT, "docx", tmp_path)
    pdf = render_draft(DRAFT, "pdf", tmp_path)
    txt = render_draft(DRAFT, "txt", tmp_path)
    before = {p: p.read_bytes() for p in (docx, pdf, txt)}
    proc = run_cli("check", str(tmp_path), "--fix", "--format", "concise")
    assert "--fix-docx" in proc.stderr.decode()
    assert docx.read_bytes() == before[docx] and pdf.read_bytes() == before[pdf]
    assert txt.read_bytes() != before[txt]
    assert "2026年2月10日" in txt.read_text(encoding="utf-8")


def test_cli_fix_through_a_link_and_not_over_a_read_only_file(tmp_path):
    import os

    real = _write(tmp_path, "real.txt", ending="\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    proc = run_cli("check", str(link), "--fix", "--format", "concise")
    assert "已自动修正 4 个问题" in proc.stderr.decode()
    assert link.is_symlink() and real.read_text(encoding="utf-8") == _expected(_text("\n"), False)
    ro = _write(tmp_path, "ro.txt", ending="\n")
    before = ro.read_bytes()
    os.chmod(ro, 0o444)
    try:
        proc = run_cli("check", str(ro), "--fix", "--format", "concise")
        assert "只读" in proc.stderr.decode() and ro.read_bytes() == before
    finally:
        os.chmod(ro, 0o644)


def test_cli_fix_refused_on_stdin(tmp_path):
    for flag in (["--fix"], ["--diff"], ["--fix-docx", str(tmp_path / "o.docx")]):
        proc = run_cli("check", "-", "--stdin-filename", "draft.txt", *flag, input=_text("\n").encode())
        assert proc.returncode == 2 and "标准输入" in proc.stderr.decode(), flag

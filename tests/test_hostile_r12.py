"""Hostile inputs of round 12 (tests/hostile_gen.py, h12b): each gets a clear Chinese GW001/GW002 or is read as
what it really is — never a traceback, a hang or a "clean" verdict on a file that was not read.
Time bounds are generous guards against hangs, not measurements."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from . import hostile_gen


def gwlint(*args, cwd=None, timeout=240):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "gwlint", *map(str, args)], capture_output=True, cwd=cwd,
                          env=env, timeout=timeout)


# ---------------------------------------------------------------- scans drawn as inline images

@pytest.mark.parametrize("name", sorted(hostile_gen.inline_scan_cases()))
def test_pages_drawn_only_with_inline_images_are_scans(name):
    import gwlint as api

    data = hostile_gen.inline_scan_cases()[name]
    result = api.lint_bytes(data, name)
    assert [f.code for f in result.findings] == ["GW002"], result.error
    assert "扫描件" in result.error


@pytest.mark.parametrize("name", ["inline_scan_first.pdf", "inline_scan_cut.pdf"])
def test_inline_image_scans_are_scans_on_the_fast_pdf_path_too(name):
    from gwlint.readers.pdf_fast import read_pdf_pdfium

    doc = read_pdf_pdfium(hostile_gen.inline_scan_cases()[name], name)
    assert doc.pages_without_text == list(range(1, doc.page_count + 1)) and not doc.paragraphs


def test_a_30_mb_inline_image_is_read_past_quickly_as_a_scan():
    import gwlint as api

    result = api.lint_bytes(hostile_gen.case("inline_image_30mb.pdf"), "scan.pdf")
    assert [f.code for f in result.findings] == ["GW002"] and result.limit is None


def test_the_linear_inline_data_reader_returns_what_pdfminers_own_returns():
    # the replacement must not change a byte of what pdfminer hands on: compare with the original on edge cases
    from pdfminer.pdfinterp import PDFContentParser

    from gwlint.readers.pdf import _guard_inline_data

    _guard_inline_data()
    patched = PDFContentParser.get_inline_data
    original = patched._gwlint_original
    assert patched is not original
    samples = [b"ID abc EI Q", b"ID \x00E\x00EIEI EI\n", b"ID data\r\n EI ", b"ID " + bytes(range(256)) * 40 + b"\nEI Q",
               b"ID zz~> EI", b"ID E" * 3000 + b" EI ", b"ID no end at all", b"ID ends EI"]
    for s in samples:
        target = b"~>" if b"~>" in s else b"EI"
        assert _outcome(patched, s, target) == _outcome(original, s, target), s[:40]


def _outcome(reader, data: bytes, target: bytes):
    from pdfminer.pdfinterp import PDFContentParser

    try:
        return reader(PDFContentParser([data]), 3, target)
    except Exception as exc:  # noqa: BLE001 - the same failure is the same outcome
        return type(exc).__name__


# ---------------------------------------------------------------- a broken TOML the user wrote, told in Chinese

BROKEN_TOML = [  # (content, line of the fault, a word of the Chinese explanation)
    ('[options\nselect = ["GW1"]\n', 1, "缺少“]”"),
    ('select = [GW1]\n', 1, "引号"),
    ('select = ["GW1"]\nselect = ["GW8"]\n', 2, "键重复"),
    ('ignore = ["GW5"\n', 1, "数组"),
    ('忽略 = ["GW5"]\n', 1, "语句"),
    ('[options.GW805]\nphrasing_file = "D:\\规范\\提法.toml"\n', 2, "反斜杠"),
    ('fail_on = "error" select = ["GW1"]\n', 1, "换行"),
    ('[options]\n[options]\n', 2, "重复定义"),
    ('profile = {name = "a", name = "b"}\n', 1, "重复"),
    ('profile = "jiangxi-2019\n', 1, "引号"),
    ('select\n', 1, "“=”"),
    ('[[profiles.x.length_limit]\n', 1, "]]"),
    ('timeout = 1979-13-01\n', 1, "换行"),
    ('min_severity = "\x01"\n', 1, "控制字符"),
    ('a = "\\uZZZZ"\n', 1, "十六进制"),
    ('select = ["GW1"]\r\n\xa0x = 1\r\n', 2, "语句"),
]


@pytest.mark.parametrize("content, line, word", BROKEN_TOML)
def test_a_gwlint_toml_that_does_not_parse_is_explained_in_chinese_with_its_line(tmp_path, content, line, word):
    import re

    from gwlint.config import ConfigError, load_config

    (tmp_path / "gwlint.toml").write_text(content, encoding="utf-8", newline="")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "gwlint.toml")
    msg = str(err.value)
    assert "gwlint.toml" in msg and f"第 {line} 行" in msg and word in msg, msg
    assert "格式错误（" not in msg  # every tomllib message has its Chinese
    leftover = set(re.findall(r"\b[A-Za-z]{4,}\b", re.sub("“[^”]*”", "", msg.partition("（该行")[0].replace(str(tmp_path), "")))) - {"TOML", "toml", "gwlint", "true",
                                                                                  "false", "Unicode"}
    assert not leftover, msg


def test_a_gwlint_toml_in_gbk_is_named_not_a_codec_error(tmp_path):
    from gwlint.config import ConfigError, load_config

    (tmp_path / "gwlint.toml").write_bytes('select = ["GW1"]\n# 江西省\n'.encode("gbk"))
    with pytest.raises(ConfigError, match="第 2 行.*UTF-8") as err:
        load_config(tmp_path / "gwlint.toml")
    assert "codec" not in str(err.value)


@pytest.mark.parametrize("where", ["gwlint.toml", "pyproject.toml", "phrasing_file", "profile"])
def test_every_user_toml_is_explained_on_the_command_line(tmp_path, where):
    (tmp_path / "x.txt").write_text(hostile_gen.TEXT, encoding="utf-8")
    broken = '[[phrase]]\nwrong = "打造\nright = "建设"\n'
    if where == "gwlint.toml":
        (tmp_path / "gwlint.toml").write_text(broken, encoding="utf-8")
    elif where == "pyproject.toml":
        (tmp_path / "pyproject.toml").write_text("[tool.gwlint]\n" + broken, encoding="utf-8")
    else:
        setting = '[options]\nphrasing_file = "p.toml"\n' if where == "phrasing_file" else 'profile = "p.toml"\n'
        (tmp_path / "gwlint.toml").write_text(setting, encoding="utf-8")
        (tmp_path / "p.toml").write_text(broken, encoding="utf-8")
    proc = gwlint("check", "x.txt", cwd=tmp_path)
    err = proc.stderr.decode("utf-8")
    line = 3 if where == "pyproject.toml" else 2
    assert proc.returncode == 2 and f"第 {line} 行" in err and "缺少结尾的引号" in err and "wrong = \"打造" in err, err
    assert "Illegal" not in err and "Traceback" not in err


# ---------------------------------------------------------------- documents too long for the time budget

def _long_docx(chars: int) -> bytes:
    para = hostile_gen._para("各地林业部门要落实巡山护林制度，加强野外火源管控，确保不发生重特大森林火灾。").encode()
    doc = hostile_gen._parts(hostile_gen.clean_docx())["word/document.xml"]
    return hostile_gen._with_document(doc.replace(b"<w:sectPr", para * (chars // 38) + b"<w:sectPr", 1))


def test_a_document_too_long_for_the_budget_is_refused_from_its_size_not_after_it():
    # 6.5 M characters: before round 12 a minute of work, then "timed out"; now refused as soon as it is read
    import gwlint as api
    from gwlint.engine import CHARS_PER_SECOND

    result = api.lint_bytes(_long_docx(6_500_000), "汇编.docx")
    assert [f.code for f in result.findings] == ["GW001"] and result.limit is None
    assert "约有 650 万字" in result.error and f"{60 * CHARS_PER_SECOND // 10000} 万字" in result.error
    assert "--timeout" in result.error


def test_the_length_bound_follows_the_time_budget(tmp_path):
    from gwlint.config import Config
    from gwlint.engine import CHARS_PER_SECOND, lint_data

    data = _long_docx(120_000)
    short = Config()
    short.timeout = 2.0  # 70 000 characters
    assert 2 * CHARS_PER_SECOND < 120_000
    refused = lint_data(data, "a.docx", short)
    assert [f.code for f in refused.findings] == ["GW001"] and "约有 12 万字" in refused.error
    unlimited = Config()
    unlimited.timeout = None  # --timeout 0: no budget, no bound
    checked = lint_data(data, "a.docx", unlimited)
    assert checked.error is None and "GW001" not in {f.code for f in checked.findings}
    assert lint_data(data, "a.docx", Config()).error is None  # the default budget takes it


@pytest.mark.parametrize("fmt", ["concise", "json", "sarif"])
def test_a_too_long_draft_in_a_batch_keeps_the_good_ones(tmp_path, fmt):
    (tmp_path / "长.docx").write_bytes(_long_docx(120_000))
    (tmp_path / "好.txt").write_text(hostile_gen.TEXT.replace("通知如下。", "通知如下,"), encoding="utf-8")
    proc = gwlint("check", "--format", fmt, "--timeout", "2", "长.docx", "好.txt", cwd=tmp_path)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode("utf-8")
    assert "GW001" in out and "GW801" in out and "万字" in out

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
    assert [f.code for f in result.findings] == ["GW001"] and result.limit == "time"
    assert "约有 650 万字" in result.error and f"只能检查 {60 * CHARS_PER_SECOND // 10000} 万字" in result.error
    assert "超出上限（60 秒）" in result.error
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


# ---------------------------------------------------------------- where a .docx keeps its text

def _codes_at(result) -> set[tuple[str, str]]:
    return {(f.code, f.excerpt) for f in result.findings if f.code in ("GW803", "GW806")}


@pytest.mark.parametrize("name, times", [("r12_plain.docx", 1), ("r12_fields_sdt.docx", 2), ("r12_tracked.docx", 1),
                                         ("r12_textbox.docx", 1), ("r12_main_renamed.docx", 1)])
def test_text_in_fields_content_controls_revisions_and_text_boxes_is_linted_once(name, times):
    import gwlint as api

    result = api.lint_bytes(hostile_gen.r12_docx_cases()[name], name)
    assert result.error is None
    assert result.lines.count(hostile_gen.R12_SENTENCE) == times, result.lines  # text boxes: not twice (VML)
    assert _codes_at(result) == {("GW803", "截止"), ("GW806", "的的")}
    assert hostile_gen.R12_DELETED not in "".join(result.lines)  # tracked deletions are not the text
    if name == "r12_tracked.docx":
        assert result.lines.count("加强野外火源管控的的措施。") == 1  # a move: once, where it went


def test_a_docx_whose_text_is_only_in_notes_and_comments_says_where_it_is():
    import gwlint as api

    result = api.lint_bytes(hostile_gen.r12_docx_cases()["r12_notes_only.docx"], "a.docx")
    assert [f.code for f in result.findings] == ["GW001"]
    assert "脚注" in result.error and "批注" in result.error and "没有经过检查" in result.error


@pytest.mark.parametrize("name", ["r12_fields_sdt.docx", "r12_tracked.docx", "r12_textbox.docx", "r12_main_renamed.docx"])
def test_word_comments_land_on_the_text_of_every_docx_layout(tmp_path, name):
    (tmp_path / name).write_bytes(hostile_gen.r12_docx_cases()[name])
    proc = gwlint("check", name, "--annotate", "批注.docx", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8")
    import zipfile

    with zipfile.ZipFile(tmp_path / "批注.docx") as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "[GW803]" in comments and "[GW806]" in comments


# ---------------------------------------------------------------- PDFs: turned pages, annotations, private-use fonts

def test_a_pdf_turned_for_display_is_read_like_the_same_pdf_upright():
    import gwlint as api

    turned = api.lint_bytes(hostile_gen.r12_pdf_cases()["r12_rotated.pdf"], "a.pdf")
    upright = api.lint_bytes(hostile_gen.clean_pdf(), "a.pdf")
    assert turned.error is None and turned.lines == upright.lines
    assert [(f.code, f.line) for f in turned.findings] == [(f.code, f.line) for f in upright.findings]


def test_a_pdf_with_text_only_in_annotations_says_so():
    import gwlint as api

    result = api.lint_bytes(hostile_gen.r12_pdf_cases()["r12_annot_only.pdf"], "a.pdf")
    assert [f.code for f in result.findings] == ["GW001"]
    assert "注释" in result.error and "第 1 页" in result.error


@pytest.mark.parametrize("name", ["r12_pua_font.pdf", "r12_pua_half.pdf"])
def test_a_pdf_font_mapped_to_private_use_code_points_is_never_clean(name):
    import gwlint as api

    result = api.lint_bytes(hostile_gen.r12_pdf_cases()[name], "a.pdf")
    assert [f.code for f in result.findings] in (["GW001"], ["GW002"]) and result.error


# ---------------------------------------------------------------- names: case, a wrong extension, a long path

def test_extensions_in_any_case_and_an_ofd_named_pdf_are_read_by_content(tmp_path):
    (tmp_path / "草稿.DOCX").write_bytes(hostile_gen.r12_docx_cases()["r12_plain.docx"])
    (tmp_path / "草稿.Pdf").write_bytes(hostile_gen.clean_pdf().replace("通知如下。".encode("utf-16-be"), b""))
    (tmp_path / "交换.pdf").write_bytes(hostile_gen.clean_ofd())
    proc = gwlint("check", "--format", "json", ".", cwd=tmp_path)
    found = {}
    for f in json.loads(proc.stdout.decode("utf-8")):
        found.setdefault(f["path"], set()).add(f["code"])
    assert {"GW803", "GW806"} <= found["草稿.DOCX"]
    assert "GW001" not in found.get("交换.pdf", set()) and "GW001" not in found.get("草稿.Pdf", set())
    text = gwlint("text", "交换.pdf", cwd=tmp_path)
    assert text.returncode == 0 and "江西省林业局关于做好春季森林防火工作的通知" in text.stdout.decode("utf-8")


def test_a_path_longer_than_the_system_allows_is_told_in_chinese(tmp_path):
    name = "公文草稿目录" * 10  # 180 bytes a level; 24 levels: 4320 bytes, past PATH_MAX (4096)
    back = os.getcwd()
    os.chdir(tmp_path)
    try:
        for _ in range(24):  # one level at a time, relative: the full path cannot be named
            os.mkdir(name)
            os.chdir(name)
        with open("草稿.txt", "w", encoding="utf-8") as fh:
            fh.write(hostile_gen.TEXT)
    finally:
        os.chdir(back)
    long_path = os.path.join(*[name] * 24, "草稿.txt")
    proc = gwlint("check", "--format", "json", long_path, ".", cwd=tmp_path)
    found = json.loads(proc.stdout.decode("utf-8"))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert found and all(f["code"] == "GW001" and "路径过长" in f["message"] for f in found), found
    assert not any("too long" in f["message"] for f in found)


# ---------------------------------------------------------------- invisible format characters inside words

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("ch", INVISIBLE)
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_invisible_characters_inside_words_are_never_passed_over_silently(ch, fmt):
    # 截<U+200B>止 hides the typo from GW803: the draft is read, but the reader must be told where the text
    # was not checked as written
    import io

    import gwlint as api
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    text = (f"{hostile_gen.R12_TITLE}\n各设区市林业局：\n请各设区市林业局报送截{ch}止3月15日的工作进展。\n"
            "江西省林业局\n2026年2月10日\n")
    if fmt == "txt":
        data = text.encode()
    else:
        buf = io.BytesIO()
        write_docx(parse_marked(text), buf)
        data = buf.getvalue()
    result = api.lint_bytes(data, "a." + fmt)
    warned = [f for f in result.findings if f.code == "GW001"]
    assert len(warned) == 1 and warned[0].severity == "warning" and result.error is None
    assert "第 3 行" in warned[0].message and "看不见的格式字符" in warned[0].message


def test_a_bom_at_the_start_of_a_line_is_not_inside_a_word():
    import gwlint as api

    text = "\ufeff" + hostile_gen.TEXT + "\ufeff各地要落实。\n"  # two files joined with `cat`
    assert "GW001" not in {f.code for f in api.lint_bytes(text.encode(), "a.txt").findings}

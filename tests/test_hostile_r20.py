"""Round 20 (h20b): files carried inside a document named (OFD attachments, OLE objects in a .docx), HZ text
folded with soft breaks located on the file's own lines, the attachment block of a .txt structured as in
.docx/.pdf, output names up to the 255 bytes a name may have, and new hostile inputs read or refused in Chinese.

Every input is generated (tests/hostile_r20_gen.py, from files of ``gwlint.docgen`` and hand-written parts),
each class over the three letters of tests/hostile_r18_gen.py (a provincial bureau, a county office, a
department's letter).
written by h20b (issue 15, round 20)
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import pytest

import tests.hostile_r20_gen as g
from gwlint.api import lint_bytes
from tests.test_hostile_r18 import _codes

GWLINT = [sys.executable, "-m", "gwlint"]
TYPOS = {"GW803", "GW806"}  # each letter's third line: 截止 before a time point, a doubled 的
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _gw001(result) -> list:
    return [f for f in result.findings if f.code == "GW001"]


# ---------------------------------------------------------------- files carried inside the document

@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_a_draft_attached_to_an_ofd_is_named_not_passed(key):
    letter = g.LETTERS[key]
    result = lint_bytes(g.ofd_with_attachments(letter=letter), "a.ofd")  # before: clean, the attachment unnamed
    assert result.error is None and g.CLEAN in result.lines and not TYPOS & _codes(result)
    gw001 = _gw001(result)
    assert len(gw001) == 1 and "“正式稿.docx”（OFD 附件）" in gw001[0].message and gw001[0].severity == "warning"
    listed = lint_bytes(g.ofd_with_attachments(letter=letter, listed_only=True), "a.ofd")
    assert [f.message for f in _gw001(listed)] == [gw001[0].message]  # named by the list, held or not


def test_an_ofd_attachment_that_is_no_document_is_only_noted_and_names_have_their_format():
    result = lint_bytes(g.ofd_with_attachments({"logo.png": ("png", PNG)}), "a.ofd")
    assert "GW001" not in _codes(result) and any("“logo.png”（OFD 附件）" in n for n in result.notes), result.notes
    plain = lint_bytes(g.letter_ofd(g.LETTER[:2] + [g.CLEAN] + g.LETTER[3:]), "a.ofd")
    assert not plain.notes and [f.code for f in plain.findings] == [f.code for f in result.findings]
    two = lint_bytes(g.ofd_with_attachments({"统计表.xlsx": ("xlsx", b"PK"), "征求意见稿.wps": ("wps", b"x")}), "a.ofd")
    assert ["“统计表.xlsx”“征求意见稿.wps”（OFD 附件）" in f.message for f in _gw001(two)] == [True]


@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_the_documents_of_an_ofd_after_the_first_are_named_not_passed(key):
    letter = g.LETTERS[key]
    result = lint_bytes(g.two_documents(letter), "a.ofd")  # before: the first read, the second (the draft) unsaid
    gw001 = _gw001(result)
    assert g.CLEAN in result.lines and len(gw001) == 1 and gw001[0].severity == "warning"
    assert "2 份文档" in gw001[0].message and f"“{letter[0]}”" in gw001[0].message
    assert "GW001" not in _codes(lint_bytes(g.letter_ofd(letter), "a.ofd"))  # one document: as before


@pytest.mark.parametrize("key", sorted(g.LETTERS))
@pytest.mark.parametrize("kind,shown", [("docx", "“Microsoft_Word_Document.docx”"),
                                        ("bin", "“oleObject1.bin（Word.Document.8）”")])
def test_a_draft_embedded_as_an_ole_object_is_named(key, kind, shown):
    letter = g.LETTERS[key]
    result = lint_bytes(g.docx_with_ole(kind, letter), "a.docx")  # before: the cover checked, the object unsaid
    gw001 = _gw001(result)
    assert result.error is None and len(gw001) == 1 and gw001[0].severity == "warning", result.findings
    assert f"{shown}（嵌入对象）" in gw001[0].message and "没有经过检查" in gw001[0].message
    alone = lint_bytes(g.docx_with_ole(kind, letter, cover=False), "a.docx")
    assert alone.error and shown in alone.error and [f.code for f in alone.findings] == ["GW001"]


def test_an_embedded_sheet_is_only_noted():
    result = lint_bytes(g.docx_with_ole("xlsx"), "a.docx")
    assert "GW001" not in _codes(result)
    assert any("“Microsoft_Excel_Worksheet.xlsx”（嵌入对象）" in n for n in result.notes), result.notes


# ---------------------------------------------------------------- HZ folded with soft breaks

@pytest.mark.parametrize("key", sorted(g.LETTERS))
@pytest.mark.parametrize("wrap", [0, 12, 20, 30])
def test_findings_in_folded_hz_point_at_the_files_lines(key, wrap):
    letter = g.LETTERS[key]
    data = g.hz(letter, wrap=wrap)
    result = lint_bytes(data, "a.txt")
    lines = result.lines  # the file's own lines, decoded one by one
    assert len(lines) == data.count(b"\n"), lines
    seen = set()
    for f in result.findings:  # before: line 3 of the decoded text, lines off by every soft break above
        if f.code in TYPOS:
            word = {"GW803": "截止", "GW806": "的的"}[f.code]
            assert lines[f.line - 1][f.column - 1:f.column + 1] == word, (f.line, f.column, lines)
            seen.add(f.code)
    assert seen == TYPOS


def test_text_of_folded_hz_numbers_the_files_lines(tmp_path):
    (tmp_path / "a.txt").write_bytes(g.hz(wrap=20))
    proc = subprocess.run([*GWLINT, "text", "a.txt"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    rows = {int(r.split()[0]): r for r in proc.stdout.splitlines() if r.strip()[:1].isdigit()}
    assert rows[2].split()[1] == "第1段" and "截止" in "".join(rows.values()), proc.stdout
    check = subprocess.run([*GWLINT, "check", "a.txt", "--format", "concise", "--select", "GW803"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=120)
    line = int(check.stdout.split(":")[1])
    assert "截止" in rows[line], (check.stdout, rows)


# ---------------------------------------------------------------- the attachment block of a .txt

def _structure(blocks, fmt: str) -> tuple:
    from gwlint.docgen import plain_text
    from gwlint.docgen.docx import write_docx
    from gwlint.docgen.pdf import write_pdf
    from gwlint.api import inspect_bytes

    if fmt == "txt":
        data = plain_text(blocks).encode()
    else:
        buf = io.BytesIO()
        (write_docx if fmt == "docx" else write_pdf)(blocks, buf)
        data = buf.getvalue()
    result = lint_bytes(data, f"a.{fmt}")
    s = inspect_bytes(data, f"a.{fmt}", limits=None).structure
    return (s.signature and s.signature.text, s.date and s.date.text, tuple(s.attachment_names),
            sorted((f.code, f.line) for f in result.findings if f.code != "GW707"))


ENDINGS = {  # the notice signed before its attachments, after them, and a table row ending in unit | date
    "signed-first": "@signature {sig}\n@date {date}\n@page_break\n@attachment_label 附件\n@attachment_title 春季防火进展统计表\n"
                    "@table 设区市|巡护人数|填报日期\n@table 南昌市林业局|120|2026年3月1日\n",
    "signed-after": "@page_break\n@attachment_label 附件\n@attachment_title 春季防火进展统计表\n@table 设区市|巡护人数\n"
                    "@table 南昌市|120\n@signature {sig}\n@date {date}\n",
    "unit-date-rows": "@signature {sig}\n@date {date}\n@page_break\n@attachment_label 附件\n@attachment_title 春季防火进展统计表\n"
                      "@table 南昌市林业局|120|\n@table 填报单位：南昌市林业局||\n@table 2026年3月1日||\n",
}


@pytest.mark.parametrize("key", sorted(g.LETTERS))
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_the_signature_after_an_attachment_block_is_the_same_in_text_word_and_pdf(key, ending):
    from gwlint.docgen import parse_marked

    t, to, body, sig, date = g.LETTERS[key]
    source = (f"@title {t}\n@recipients {to}\n{body}\n@attachment_note 附件：春季防火进展统计表\n"
              + ENDINGS[ending].format(sig=sig, date=date))
    blocks = parse_marked(source)
    seen = {fmt: _structure(blocks, fmt) for fmt in ("txt", "docx", "pdf")}
    assert seen["txt"] == seen["docx"] == seen["pdf"], seen
    assert seen["txt"][:3] == (sig, date, ("春季防火进展统计表",))


# ---------------------------------------------------------------- output names of 255 bytes

def test_inputs_and_copies_named_up_to_255_bytes_are_written_and_longer_names_refused(tmp_path):
    name = "林" * 83  # 249 bytes: the .txt and .docx names are 253 and 254 bytes
    (tmp_path / f"{name}.txt").write_bytes(g.text().encode())
    (tmp_path / f"{name}.docx").write_bytes(g.docx(g.lbody(g.LETTER, g._para(g.TYPO))))
    run = lambda *a: subprocess.run([*GWLINT, "check", *a], capture_output=True, text=True, cwd=tmp_path, timeout=180)
    fixed = run(f"{name}.txt", "--fix", "--unsafe-fixes")  # before: 无法写回：File name too long (its temporary twin)
    assert fixed.returncode in (0, 1) and "截至" in (tmp_path / f"{name}.txt").read_text(), fixed.stderr
    copies = run(f"{name}.docx", "--annotate-dir", "out")  # before: 未生成批注副本 …：File name too long
    assert copies.returncode == 1 and (tmp_path / "out" / f"{name}.docx").stat().st_size > 0, copies.stderr
    for option in ("--fix-docx", "--annotate"):  # before: 内部错误（OSError …）after the whole run
        proc = run(f"{name}.docx", option, f"{name}修订.docx")
        assert proc.returncode == 2 and "文件名太长" in proc.stderr and "内部错误" not in proc.stderr, proc.stderr


# ---------------------------------------------------------------- new hostile inputs

_READ = {  # read as the letter: every typo found, on the third line of the letter
    "repeating-section": (g.repeating_section, ".docx"),
    "proof-and-bookmark-marks": (g.proof_marks, ".docx"),
    "moved-paragraph": (g.moved, ".docx"),
    "symbol-and-soft-hyphen": (g.symbols, ".docx"),
    "actual-text-span": (g.actual_text, ".pdf"),
    "utf16be-without-mark": (g.utf16be_nobom, ".txt"),
    "old-mac-line-ends": (g.mac_line_ends, ".txt"),
}


@pytest.mark.parametrize("key", sorted(g.LETTERS))
@pytest.mark.parametrize("case", sorted(_READ))
def test_round20_inputs_are_read_as_shown(case, key):
    make, ext = _READ[case]
    letter = g.LETTERS[key]
    result = lint_bytes(make(letter), f"a{ext}")
    assert result.error is None and TYPOS <= _codes(result), (result.error, result.lines)
    at = {f.line for f in result.findings if f.code in TYPOS}
    assert at == {3}, (at, result.lines)
    assert sum(letter[2] in t for t in result.lines) == 1  # a moved paragraph once, at its new place


def test_characters_gb18030_writes_in_four_bytes_are_read():
    result = lint_bytes(g.gb18030_four_byte(), "a.txt")
    assert result.error is None and result.lines[:5] == g.RARE and TYPOS <= _codes(result)


def test_a_portfolio_names_its_files():
    result = lint_bytes(g.portfolio(), "a.pdf")
    assert [f.severity for f in _gw001(result)] == ["warning"] and "“正式稿.docx”" in _gw001(result)[0].message


def test_a_page_of_50_mib_of_images_is_a_scan_in_time():
    t = time.monotonic()
    result = lint_bytes(g.big_images(50), "a.pdf")
    assert [f.code for f in result.findings] == ["GW002"] and time.monotonic() - t < 30


def test_round20_inputs_in_a_batch_keep_the_good_files(tmp_path):
    for name, data in g.cases().items():
        (tmp_path / name).write_bytes(data)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    proc = subprocess.run([*GWLINT, "check", ".", "-j", "2", "--format", "json", "--select", "GW001,GW002,GW803"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    by_file: dict[str, set[str]] = {}
    for f in json.loads(proc.stdout):
        by_file.setdefault(f["path"].removeprefix("./"), set()).add(f["code"])
    named = {"ofd_attachment.ofd", "ofd_two_documents.ofd", "docx_ole_docx.docx", "docx_ole_bin.docx", "pdf_portfolio.pdf"}
    assert {p for p, c in by_file.items() if "GW001" in c} == named, by_file
    for good in set(g.cases()) - named:  # the two-column PDF too (read column by column since round 24)
        assert "GW803" in by_file.get(good, set()), (good, by_file)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # inputs untouched


# ---------------------------------------------------------------- Markdown markup

@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_markdown_markup_is_no_text_of_the_draft(key):
    from gwlint.api import inspect_bytes

    letter = g.LETTERS[key]
    data = g.markdown(letter)
    result = lint_bytes(data, "a.md")  # before: '# 标题' no title, '**主送：**' no 主送 (GW704), '- ' before the ask
    structure = inspect_bytes(data, "a.md", limits=None).structure
    assert structure.title.text == letter[0] and structure.recipients is not None
    assert "GW704" not in _codes(result) and TYPOS <= _codes(result)
    for f in result.findings:  # columns still count the file's characters, markup included
        if f.code in TYPOS:
            assert result.lines[f.line - 1][f.column - 1:f.column + 1] == {"GW803": "截止", "GW806": "的的"}[f.code]
    texts = [p.text for p in inspect_bytes(data, "a.md", limits=None).document.paragraphs]
    assert {"单位", "人数", "南昌市", "12"} <= set(texts) and not any(set(t) <= set("|-: ") for t in texts), texts
    plain = inspect_bytes(data, "a.txt", limits=None)  # the same bytes as plain text: the marks are its characters
    assert plain.document.paragraphs[0].text == "# " + letter[0]


def test_markdown_keeps_heading_numbers_and_inner_text():
    data = ("# 江西省林业局关于做好春季森林防火工作的通知\n\n各设区市林业局：\n\n1. 加强巡山护林。\n2. 严格野外火源管控。\n\n"
            "> 江西省林业局\n\n2026年2月10日\n").encode()
    from gwlint.api import inspect_bytes

    texts = [p.text for p in inspect_bytes(data, "a.md", limits=None).document.paragraphs]
    assert texts == ["江西省林业局关于做好春季森林防火工作的通知", "各设区市林业局：", "1. 加强巡山护林。", "2. 严格野外火源管控。",
                     "江西省林业局", "2026年2月10日"], texts


# ---------------------------------------------------------------- outputs where they cannot be written

def test_fix_and_copies_into_a_folder_that_cannot_be_written_say_so_in_chinese(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.txt").write_bytes(g.text().encode())
    (folder / "b.docx").write_bytes(g.docx(g.lbody(g.LETTER, g._para(g.TYPO))))
    # root writes through file modes: an immutable folder is read-only for everyone (ext4 and most file systems)
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        run = lambda *a: subprocess.run([*GWLINT, "check", *a], capture_output=True, text=True, cwd=folder,
                                        timeout=180)
        fixed = run("a.txt", "--fix", "--unsafe-fixes")
        assert "无法写回：没有写入权限" in fixed.stderr and (folder / "a.txt").read_bytes() == g.text().encode()
        for option, out, said in (("--annotate-dir", "out", "未生成批注副本"), ("--fix-docx", "c.docx", "未生成修订副本"),
                                  ("--annotate", "c.docx", "未生成批注副本")):
            proc = run("b.docx", option, out)
            assert proc.returncode == 2 and said in proc.stderr and "没有写入权限" in proc.stderr, proc.stderr
            assert "Traceback" not in proc.stderr and not (folder / out).exists()
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


# ---------------------------------------------------------------- standard input

@pytest.mark.parametrize("name,data,said", [("a.txt", b"", "文件为空"), ("a.docx", b"\x00\x01garbage" * 100, "不是有效的 DOCX"),
                                            ("a.ofd", b"PK\x03\x04" + b"\x00" * 40, "OFD")])
def test_bad_bytes_on_standard_input_get_one_chinese_gw001(name, data, said):
    proc = subprocess.run([*GWLINT, "check", "-", "--stdin-filename", name, "--format", "json"], input=data,
                          capture_output=True, timeout=120)
    found = json.loads(proc.stdout)
    assert proc.returncode == 1 and [f["code"] for f in found] == ["GW001"] and said in found[0]["message"], found
    assert b"Traceback" not in proc.stderr


def test_an_attached_ofd_draft_on_standard_input_is_named_too():
    proc = subprocess.run([*GWLINT, "check", "-", "--stdin-filename", "收文.ofd", "--format", "json"],
                          input=g.ofd_with_attachments(), capture_output=True, timeout=120)
    assert [f["code"] for f in json.loads(proc.stdout)] == ["GW001"] and "正式稿.docx" in proc.stdout.decode()


# ---------------------------------------------------------------- two columns (left in round 20, built in round 24)

def test_a_pdf_in_two_columns_is_read_column_by_column():
    result = lint_bytes(g.two_columns(), "a.pdf")
    assert g.TYPO in result.lines and g.LETTER[3] in result.lines

"""Round 18 (h18b): a fix to a text box read from its mc:Fallback written where Word shows it; form fields
whose catalog sits in a compressed object stream; PDF layers switched off; footnotes and PDF attachments named;
and new hostile inputs read or refused in Chinese within the budget.

Every input is generated (tests/hostile_r18_gen.py, from files of ``gwlint.docgen`` and hand-written PDFs).
written by h18b (issue 15, round 18)
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import zipfile

import pytest

import tests.hostile_r18_gen as g
from gwlint.api import lint_bytes
from tests.conftest import libreoffice_missing
from tests.hostile_checks import check_read, check_refused
from tests.hostile_gen import _para

GWLINT = [sys.executable, "-m", "gwlint"]


def _codes(result) -> set[str]:
    return {f.code for f in result.findings}


@pytest.fixture(params=["pdfplumber", "pdfium"])
def engine(request):
    """Each PDF test on both engines (the default path and --fast-pdf's), the default restored after."""
    from gwlint.readers import set_pdf_engine

    previous = set_pdf_engine(request.param)
    yield request.param
    set_pdf_engine(previous)


# ---------------------------------------------------------------- --fix-docx and mc:Fallback

_FIXED = "请于3月20日前报送截至3月15日的工作进展。"


def _box_docx(choice: str, fallback: str, requires: str = "w99") -> bytes:
    """A text box in a Choice the reader does not understand (a namespace of a later Word) and its VML copy in the
    Fallback: the reader reads the Fallback, Word shows the Choice."""
    from tests.test_hostile_r16 import _body
    from tests.test_hostile_r17 import _box, _mc_docx

    box = _box(_para(choice) if choice else "", _para(fallback), requires=requires)
    if requires == "w99":
        box = box.replace('<mc:Choice Requires="w99">', '<mc:Choice Requires="w99" xmlns:w99="urn:example:future">')
    return _mc_docx(_body(box))


def _accepted(xml: str) -> str:
    """The text of ``xml`` with its tracked changes accepted (deletions dropped, insertions kept)."""
    xml = re.sub(r"<w:del\b[^>]*>.*?</w:del>", "", xml, flags=re.S)
    return "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))


def _branches(docx: bytes) -> tuple[str, str]:
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    choice = xml[xml.index("<mc:Choice"):xml.index("</mc:Choice>")]
    fallback = xml[xml.index("<mc:Fallback"):xml.index("</mc:Fallback>")]
    return _accepted(choice), _accepted(fallback)


def _fix(tmp_path, data: bytes) -> subprocess.CompletedProcess:
    (tmp_path / "a.docx").write_bytes(data)
    proc = subprocess.run([*GWLINT, "check", "a.docx", "--format", "concise", "--fix-docx", "f.docx", "--unsafe-fixes"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_a_fix_read_from_a_fallback_is_written_into_the_choice_word_shows_too(tmp_path):
    data = _box_docx(g.TYPO, g.TYPO)
    assert _branches(data) == (g.TYPO, g.TYPO)
    proc = _fix(tmp_path, data)
    out = (tmp_path / "f.docx").read_bytes()
    assert _branches(out) == (_FIXED, _FIXED), _branches(out)  # before round 18 the Choice kept 截止 and 的的
    assert "2 处修订（2 个问题）" in proc.stdout + proc.stderr  # each fix counted once, not once a branch
    again = lint_bytes(out, "f.docx")
    assert _FIXED in again.lines and not {"GW803", "GW806"} & _codes(again)


def test_a_fix_whose_choice_shows_other_words_is_not_written(tmp_path):
    """The Choice Word shows holds another wording: a change to the Fallback alone would not be seen, so the
    fix is refused and said so, and the copy holds both branches as they were."""
    shown = "请于3月20日前报送截止3月15日的工作进展（附表）。"
    data = _box_docx(shown, g.TYPO)
    proc = _fix(tmp_path, data)
    assert "0 处修订" in proc.stdout + proc.stderr and "文本框中 Word 显示的那一份" in proc.stdout + proc.stderr
    assert _branches((tmp_path / "f.docx").read_bytes()) == (shown, g.TYPO)


def test_fixes_in_a_box_read_from_its_choice_or_with_no_choice_are_written_as_before(tmp_path):
    # near misses: the Choice read (wps, understood) gets the fix and its Fallback copy too; a Fallback with no
    # Choice beside it is what every Word shows
    proc = _fix(tmp_path, _box_docx(g.TYPO, g.TYPO, requires="wps"))
    assert _branches((tmp_path / "f.docx").read_bytes()) == (_FIXED, _FIXED), proc.stdout
    data = _box_docx(g.TYPO, g.TYPO)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    no_choice = re.sub(r"<mc:Choice\b.*?</mc:Choice>", "", xml, flags=re.S)
    from tests.hostile_gen import _with_document

    _fix(tmp_path, _with_document(no_choice.encode()))
    out = zipfile.ZipFile(io.BytesIO((tmp_path / "f.docx").read_bytes())).read("word/document.xml").decode()
    assert _accepted(out[out.index("<mc:Fallback"):out.index("</mc:Fallback>")]) == _FIXED


@pytest.mark.skipif(libreoffice_missing() is not None, reason=str(libreoffice_missing()))
def test_libreoffice_shows_the_revisions_in_the_box(tmp_path):
    """LibreOffice, which draws a Choice it does not know from its Fallback, shows gwlint's revisions in the box
    (its HTML export keeps deleted and inserted text side by side)."""
    _fix(tmp_path, _box_docx(g.TYPO, g.TYPO))
    subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", str(tmp_path), str(tmp_path / "f.docx")],
                   capture_output=True, timeout=240)
    html = re.sub(r"<[^>]+>", "", (tmp_path / "f.html").read_text(encoding="utf-8", errors="replace"))
    assert "截止截至3月15日" in html, html[-2000:]


# ---------------------------------------------------------------- PDF forms in a compressed object stream

@pytest.mark.parametrize("how", ["object-stream", "escaped-name"])
@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_form_fields_of_a_catalog_in_an_object_stream_are_read(key, how, engine):
    letter = g.LETTERS[key]
    data = g.two_page_form(letter, pack=how == "object-stream", escaped=how == "escaped-name")
    assert b"/AcroForm" not in data  # the bytes do not show the form: only the resolved catalog does
    result = lint_bytes(data, "a.pdf")
    assert result.error is None and result.lines == letter, result.lines  # before: page 2 never read (GW708)
    assert {"GW803", "GW806"} <= _codes(result) and "GW708" not in _codes(result)
    assert any("第 2 页没有文字层" in n for n in result.notes) and any("第 1 页的表单域中另有" in n for n in result.notes)


@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_a_pdf_in_an_object_stream_without_a_form_reads_as_before(key):
    letter = g.LETTERS[key]
    plain = lint_bytes(g.letter_pdf(letter), "a.pdf")
    data = g.cid_pdf([g.lines_at(letter)])
    objects = re.findall(rb"\d+ 0 obj\n(.*?)\nendobj\n", data, flags=re.S)
    packed = lint_bytes(g.packed(objects), "a.pdf")
    assert packed.lines == plain.lines == letter and packed.notes == plain.notes == []
    assert [f.code for f in packed.findings] == [f.code for f in plain.findings]


# ---------------------------------------------------------------- PDF layers switched off

@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_text_in_a_layer_switched_off_is_not_read(key, engine):
    letter = g.LETTERS[key]
    for state, policy in (("OFF", b""), ("BASE", b""), ("OFF", b"AllOn")):
        hidden = lint_bytes(g.hidden_layer(letter, state, policy), "a.pdf")
        assert letter[2] not in hidden.lines and g.CLEAN in hidden.lines, (state, hidden.lines)
        assert not {"GW803", "GW806"} & _codes(hidden)  # before: the hidden sentence's typos were reported
    for state, policy in (("ON", b""), ("OFF", b"AnyOn"), ("OFF", b"AnyOff")):  # near misses: shown
        shown = lint_bytes(g.hidden_layer(letter, state, policy), "a.pdf")
        assert letter[2] in shown.lines and {"GW803", "GW806"} <= _codes(shown), (state, policy, shown.lines)


@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_a_form_xobject_in_a_layer_switched_off_is_not_read(key, engine):
    letter = g.LETTERS[key]
    for how in ("own", "marked"):
        hidden = lint_bytes(g.hidden_xobject(letter, how), "a.pdf")
        assert letter[2] not in hidden.lines and not {"GW803", "GW806"} & _codes(hidden), (how, hidden.lines)
    shown = lint_bytes(g.hidden_xobject(letter, "shown"), "a.pdf")  # its layer is on: read
    assert letter[2] in shown.lines and {"GW803", "GW806"} <= _codes(shown), shown.lines


# ---------------------------------------------------------------- a cross-reference table that misses its objects

@pytest.mark.parametrize("key", sorted(g.LETTERS))
def test_a_pdf_whose_xref_offsets_miss_their_objects_is_read_by_both_engines(key, engine):
    """Bytes inserted before the objects (or removed): pdfminer believed the table and found no page (GW001,
    没有页面) while the PDFium path and every viewer read the letter."""
    letter = g.LETTERS[key]
    for by in (7, -3):
        result = lint_bytes(g.shifted_xref(letter, by), "a.pdf")
        assert result.error is None and result.lines == letter, (by, result.error)
        assert {"GW803", "GW806"} <= _codes(result)


def test_a_pdf_with_no_page_anywhere_is_still_refused():
    from tests.hostile_gen import _pdf

    empty_tree = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    result = lint_bytes(empty_tree, "a.pdf")
    assert [f.code for f in result.findings] == ["GW001"] and "没有页面" in result.error


# ---------------------------------------------------------------- notes and attachments said, not passed over

def test_a_footnote_is_named_as_not_checked():
    result = lint_bytes(g.footnote_typo(), "a.docx")
    assert result.error is None and not {"GW803", "GW806"} & _codes(result)
    assert any("1 条脚注或尾注" in n and "没有经过检查" in n for n in result.notes), result.notes
    plain = lint_bytes(g.docx(g.body(_para(g.CLEAN))), "a.docx")
    assert not any("脚注" in n for n in plain.notes)


def test_a_pdf_whose_draft_is_an_attachment_names_it():
    result = lint_bytes(g.attachment_only(), "a.pdf")
    assert [f.code for f in result.findings] == ["GW001"] and "“draft.docx”（PDF 附件）" in result.error


# ---------------------------------------------------------------- a text joined from two encodings

def _joined(letter: list[str], at: int, head: str, tail: str) -> bytes:
    return ("\n".join(letter[:at]) + "\n").encode(head) + ("\n".join(letter[at:]) + "\n").encode(tail)


@pytest.mark.parametrize("key,at,head,tail,name", [
    ("provincial-bureau", 2, "gb18030", "utf-16-le", "GB18030"),
    ("county-office", 3, "utf-8", "utf-16-be", "UTF-8"),
    ("department-letter", 1, "gb18030", "utf-16-be", "GB18030"),
])
def test_a_text_joined_from_two_encodings_says_so_not_binary(key, at, head, tail, name):
    letter = g.LETTERS[key]
    result = lint_bytes(_joined(letter, at, head, tail), "a.txt")  # before: 文件内容是二进制数据
    assert [f.code for f in result.findings] == ["GW001"], result.findings
    assert f"前 {at} 行是 {name}" in result.error and "不带字节顺序标记的 UTF-16" in result.error, result.error


def test_one_encoding_throughout_or_binary_data_reads_as_before():
    letter = g.LETTERS["county-office"]
    for enc in ("utf-16-le", "utf-16-be", "gb18030"):  # near misses: one encoding, read
        assert lint_bytes(("\n".join(letter) + "\n").encode(enc), "a.txt").lines == letter
    binary = lint_bytes(bytes(range(256)) * 40, "a.txt")
    assert binary.error == "文件内容是二进制数据，不是文本文件。"


# ---------------------------------------------------------------- new hostile inputs

_READ = {  # name: (make, file name, codes found, codes absent, a line read, a line never read)
    "ins-inside-del": (g.ins_inside_del, "a.docx", set(), {"GW803", "GW806"}, g.CLEAN, g.TYPO),
    "del-inside-ins": (g.del_inside_ins, "a.docx", set(), {"GW803", "GW806"}, g.CLEAN, g.TYPO),
    "field-left-open": (g.field_left_open, "a.docx", {"GW803", "GW806"}, set(), g.TYPO, None),
    "field-nested-in-instruction": (g.field_nested_in_instruction, "a.docx", {"GW803", "GW806"}, set(), g.TYPO, "截止的的"),
    "ruby": (g.ruby, "a.docx", {"GW803", "GW806"}, set(), g.TYPO, "jié zhǐ"),
    "glossary": (g.glossary, "a.docx", set(), {"GW803", "GW806"}, g.CLEAN, g.TYPO),
    "style-and-numbering-loops": (g.style_loop, "a.docx", {"GW803", "GW806"}, set(), None, None),
    "runs-200k": (g.runs_200k, "a.docx", {"GW803", "GW806"}, set(), g.TYPO, None),
    "fake-bold": (g.fake_bold, "a.pdf", {"GW803", "GW806"}, {"GW001", "GW002"}, g.TYPO, None),
    "ocr-layer": (g.ocr_layer, "a.pdf", {"GW803", "GW806"}, {"GW001", "GW002"}, g.TYPO, None),
    "shifted-xref": (g.shifted_xref, "a.pdf", {"GW803", "GW806"}, {"GW001"}, g.TYPO, None),
    # read since round 19 (h19b): HZ is decoded, not refused
    "hz-encoded": (g.hz_text, "a.txt", {"GW803", "GW806"}, set(), g.TYPO, "~{"),
    "ofd-template-page": (g.ofd_template_only, "a.ofd", set(), {"GW001"}, "各设区市林业局：", None),
}
_REFUSED = {  # name: (make, file name, code, words of the message)
    "outlines-only": (g.outlines_only, "a.pdf", "GW002", "没有可提取的文字层"),
    "attachment-only": (g.attachment_only, "a.pdf", "GW001", "附件"),
    "gb18030-then-utf16": (g.gb18030_then_utf16, "a.txt", "GW001", "混有两种编码"),
}


@pytest.mark.parametrize("key", sorted(_READ))
def test_round18_inputs_are_read_as_shown(key):
    result = check_read(*_READ[key])
    if key == "ofd-template-page":  # the page itself is empty: its words come from the template drawn under it
        assert len(result.lines) >= 5


@pytest.mark.parametrize("key", sorted(_REFUSED))
def test_round18_inputs_that_cannot_be_read_get_one_chinese_finding(key):
    check_refused(*_REFUSED[key])


def test_round18_inputs_in_a_batch_keep_the_good_files(tmp_path):
    for key, (make, name, *_) in {**_READ, **_REFUSED}.items():
        (tmp_path / f"{key}{name[1:]}").write_bytes(make())
    (tmp_path / "form.pdf").write_bytes(g.two_page_form())
    (tmp_path / "hidden.pdf").write_bytes(g.hidden_layer())
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    proc = subprocess.run([*GWLINT, "check", ".", "-j", "2", "--format", "concise", "--select", "GW001,GW002,GW803"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    refused = sorted(line.split(":")[0] for line in lines if " GW001 " in line or " GW002 " in line)
    assert refused == sorted(f"{k}{n[1:]}" for k, (_, n, *_) in _REFUSED.items()), lines
    assert any(line.startswith("form.pdf") and "GW803" in line for line in lines)
    assert not any(line.startswith(("hidden.pdf", "glossary.docx", "ins-inside-del.docx")) for line in lines)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # inputs untouched, nothing written

"""Round 14 (h14b): inputs that are legitimate but odd, and the views a user debugs a finding with.

Every input is generated here (``gwlint.docgen`` or bytes built by hand, see tests/hostile_gen.py).
"""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from gwlint.api import lint_bytes
from tests.hostile_gen import R12_SENTENCE, R12_TITLE, TEXT, _document_xml, _para, _with_document, case

GWLINT = [sys.executable, "-m", "gwlint"]


def gwlint(*args, cwd=None, timeout=180):
    return subprocess.run([*GWLINT, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd)


def _codes(result) -> list[str]:
    return [f.code for f in result.findings]


def _docx(paragraphs: list[str], table_rows: list[list[str]] = ()) -> bytes:
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{_para(c)}</w:tc>" for c in row) + "</w:tr>" for row in table_rows)
    body = "".join(_para(p) for p in paragraphs) + (f"<w:tbl>{rows}</w:tbl>" if rows else "")
    return _with_document(_document_xml(body))


# ---------------------------------------------------------------- text split one character to a paragraph

_VERTICAL = "各地林业部门要落实巡山护林制度加强野外火源管控严防春季森林火灾发生"


def _split_cases() -> dict[str, bytes]:
    return {
        # a real draft followed by 100,000 one-character paragraphs (round 13's input)
        "r13_onechar_100k.docx": case("r13_onechar_100k.docx"),
        "r13_onechar_100k.txt": case("r13_onechar_100k.txt"),
        # prose typed with a return after every character (a vertical 横幅, a pasted column), well read
        "return_per_char.txt": ("\n".join(_VERTICAL * 40) + "\n").encode(),
        "return_per_char.docx": _docx(list(_VERTICAL * 40)),
        # two characters alternating, in CRLF lines
        "two_chars.txt": ("一\r\n二\r\n" * 50_000).encode(),
    }


@pytest.mark.parametrize("name", sorted(_split_cases()))
def test_text_split_one_character_to_a_paragraph_is_told_so_not_called_garbled(name):
    result = lint_bytes(_split_cases()[name], name)
    assert _codes(result) == ["GW001"]
    message = result.findings[0].message
    assert "逐字断开" in message and "只有一个汉字" in message
    assert "乱码" not in message and "编码" not in message  # the text was read right: not an encoding problem


# near misses: one-character paragraphs among real prose (a checklist's 是/否 column, 序号 cells) are read
_CHECKLIST = [[f"检查项目{i}：是否落实巡山护林制度", "是" if i % 3 else "否", "否"] for i in range(40)]


@pytest.mark.parametrize("name, data", [
    ("checklist.docx", _docx([R12_TITLE, "各设区市林业局：", R12_SENTENCE], _CHECKLIST)),
    ("checklist.txt", (R12_TITLE + "\n各设区市林业局：\n" + R12_SENTENCE + "\n"
                       + "".join(f"{row[0]}\n{row[1]}\n{row[2]}\n" for row in _CHECKLIST)).encode()),
    ("mostly_single.txt", (TEXT + R12_SENTENCE + "\n" + "是\n" * 120).encode()),
])
def test_one_character_cells_among_prose_leave_the_draft_read(name, data):
    result = lint_bytes(data, name)
    assert "GW001" not in _codes(result), result.findings[:1]
    assert {"GW803", "GW806"} <= set(_codes(result))  # 截止, 的的 in R12_SENTENCE


# ---------------------------------------------------------------- text and inspect show what the rules read

# three drafts (different issuers, elements hidden in) with invisible characters and look-alike radicals inside
# the words the structure is recognised by; each also written clean
_SEEN = {
    "county": ("修水县人民政府办公室关于做好防汛工作的通\u200b知\n各乡镇人民政府，县直各单位：\n"
               "各地要于5月1日前报送截\u200d止4月30日的隐患台账。\n修水县人民政府办公室\n2026年3月2日\n"),
    "bureau": ("江西省林业局关于开展森林督查的通\u2060知\n各设区市林\u200b业局：\n\ufeff一、压实责任\n"
               "各地要落实巡山护林制度，材料截\u00ad止3月31日。\n江西省林业局\n2026年2月10日\n"),
    "radical": ("江西省⽔利厅关于加强⼯程质量管理的通知\n各设区市⽔利局：\n"
                "请于6月1日前报送截⽌5月31日的⼯作进展。\n江西省⽔利厅\n2026年4月8日\n"),
}


def _clean(text: str) -> str:
    from gwlint.visible import INVISIBLE, LOOKALIKES

    return INVISIBLE.sub("", text).translate(LOOKALIKES)


def _draft_file(tmp_path, key: str, fmt: str, text: str | None = None):
    text = _SEEN[key] if text is None else text
    path = tmp_path / f"{key}.{fmt}"
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(_docx(text.splitlines()))
    return path


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("key", sorted(_SEEN))
def test_inspect_finds_the_structure_the_rules_read_and_says_where_the_file_differs(tmp_path, key, fmt):
    seen = json.loads(gwlint("inspect", "--format", "json", str(_draft_file(tmp_path, key, fmt))).stdout)
    (tmp_path / "clean").mkdir()
    clean_path = _draft_file(tmp_path / "clean", key, fmt, _clean(_SEEN[key]))
    clean = json.loads(gwlint("inspect", "--format", "json", str(clean_path)).stdout)
    notes = seen.pop("view_notes")
    assert clean.pop("view_notes") == []
    seen.pop("path"), clean.pop("path")
    assert seen == clean  # the title's 通知, the recipients, the heading: as the rules read them
    assert notes and all("仍留在文件中" in n for n in notes)
    assert seen["doc_type"] == "通知" and seen["recipients"]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("key", sorted(_SEEN))
def test_text_shows_invisible_characters_and_what_the_rules_read_on_the_finding_columns(tmp_path, key, fmt):
    path = _draft_file(tmp_path, key, fmt)
    shown = gwlint("text", str(path)).stdout.splitlines()
    found = json.loads(gwlint("check", "--format", "json", str(path)).stdout)
    gw803 = next(f for f in found if f["code"] == "GW803")
    row = next(r for r in shown if r.lstrip().startswith(f"{gw803['location']['line']} "))
    line_text = row.split("  ", 2)[-1]  # after the line number and the paragraph
    col = gw803["location"]["column"]
    assert line_text[col - 1] == "截"  # the column of the finding is the column in what text shows
    assert "\u200b" not in "\n".join(shown) and "\u200d" not in "\n".join(shown)
    read_as = shown[shown.index(row) + 1]
    assert "规则读作：" in read_as and _clean(_SEEN[key].splitlines()[gw803["location"]["line"] - 1]) in read_as
    # lines the rules read as they are get no second row
    # (a reader may drop a BOM that opens a paragraph itself)
    lines = _SEEN[key].splitlines()
    inside = sum(_clean(t.lstrip("\ufeff")) != t.lstrip("\ufeff") for t in lines)
    assert inside <= sum("规则读作" in r for r in shown) <= sum(_clean(t) != t for t in lines)


@pytest.mark.parametrize("key", sorted(_SEEN))
def test_the_warning_about_invisible_characters_points_at_the_first_of_them(tmp_path, key):
    path = _draft_file(tmp_path, key, "docx")
    found = json.loads(gwlint("check", "--format", "json", str(path)).stdout)
    warn = [f for f in found if f["code"] == "GW001"]
    assert warn and all(f["severity"] == "warning" for f in warn)
    lines = _SEEN[key].splitlines()
    for f in warn:
        n, c = f["location"]["line"], f["location"]["column"]
        text = lines[n - 1]
        assert f"第 {n}" in f["message"]  # the first line the message names
        assert f["excerpt"] and text[c - 1:f["end_location"]["column"] - 1] == f["excerpt"]
        assert _clean(f["excerpt"]) != f["excerpt"]  # the excerpt holds what the message is about


# ---------------------------------------------------------------- headers and footers are checked for wording

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_sides(sides: list[tuple[str, str, str]]) -> bytes:
    """The clean draft with headers/footers ``(kind hdr|ftr, type default|first|even, paragraphs split by |)``
    in the one section; a page field stays a field."""
    from tests.hostile_gen import _parts, _zip, clean_docx

    parts = _parts(clean_docx())
    refs, rels, types = "", "", ""
    for i, (kind, typ, text) in enumerate(sides, 1):
        name = f"{'header' if kind == 'hdr' else 'footer'}{i + 10}.xml"
        body = "".join(_para(t) if t != "{PAGE}" else
                       '<w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                       '</w:fldSimple><w:r><w:t> —</w:t></w:r></w:p>' for t in text.split("|"))
        parts[f"word/{name}"] = (f'<?xml version="1.0" encoding="UTF-8"?><w:{kind} xmlns:w="{_W_NS}">{body}'
                                 f'</w:{kind}>').encode()
        ref = "headerReference" if kind == "hdr" else "footerReference"
        refs += f'<w:{ref} w:type="{typ}" r:id="rIdSide{i}"/>'
        rels += (f'<Relationship Id="rIdSide{i}" Type="{_R_NS}/{"header" if kind == "hdr" else "footer"}" '
                 f'Target="{name}"/>')
        types += (f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
                  f'wordprocessingml.{"header" if kind == "hdr" else "footer"}+xml"/>')
    doc = parts["word/document.xml"].decode()
    doc = doc.replace('<w:footerReference w:type="default" r:id="rId9"/>', "")
    doc = doc.replace("<w:sectPr", "<w:sectPr", 1)
    at = doc.index("<w:pgSz")
    parts["word/document.xml"] = (doc[:at] + refs + doc[at:]).encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", rels.encode() + b"</Relationships>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", types.encode() + b"</Types>")
    return _zip(parts)


_SIDES = {
    # a contact line in the footer: half-width colon and comma, 截止 before a date
    "footer_contact.docx": ([("ftr", "default", "联系人:张三,电话0791-88888888，材料截止3月1日报送")],
                            {("GW801", "页脚"), ("GW803", "页脚")}),
    # the issuer's name in the header with 其它 and 的的, the same header on first and other pages
    "header_twice.docx": ([("hdr", "first", "江西省林业局其它事项的的说明"), ("hdr", "default", "江西省林业局其它事项的的说明"),
                           ("ftr", "default", "{PAGE}")], {("GW803", "页眉"), ("GW806", "页眉")}),
    # a two-line even-page footer, the second with an unpaired bracket and a zero-width space inside 截止
    "footer_even.docx": ([("ftr", "even", "内部资料|（注意保存，截\u200b止2026年底"), ("ftr", "default", "{PAGE}")],
                         {("GW802", "页脚"), ("GW803", "页脚")}),
}


@pytest.mark.parametrize("name", sorted(_SIDES))
def test_wording_in_headers_and_footers_is_checked_and_reported_after_the_body(tmp_path, name):
    sides, expected = _SIDES[name]
    path = tmp_path / name
    path.write_bytes(_with_sides(sides))
    found = json.loads(gwlint("check", "--format", "json", str(path)).stdout)
    shown = gwlint("text", str(path)).stdout.splitlines()
    body_lines = 8  # the clean draft's paragraphs
    side = [f for f in found if f["location"]["line"] > body_lines]
    assert {(f["code"], f["message"][:2]) for f in side} == expected
    for f in side:  # the line is the row of ``gwlint text`` that shows the header or footer, column and all
        row = next(r for r in shown if r.lstrip().startswith(f"{f['location']['line']} "))
        where, text = row.split(None, 2)[1:]
        assert f["message"].startswith(where + "：") and f["location"]["paragraph"] is None and not f.get("fix")
        from gwlint.visible import HIDDEN_MARK, INVISIBLE

        marked = INVISIBLE.sub(lambda m: HIDDEN_MARK * len(m.group()), f["excerpt"])  # as text shows them
        assert text[f["location"]["column"] - 1:f["end_location"]["column"] - 1] == marked
    # each header or footer text once, a page field not at all
    assert len([r for r in shown if r.split()[1] in ("页眉", "页脚")]) == len(
        {(k, t) for k, _, text in sides for t in text.split("|") if t != "{PAGE}"})
    assert not [f for f in found if f["location"]["line"] <= body_lines and f["code"].startswith("GW8")]


def test_a_footer_with_only_a_page_number_adds_nothing(tmp_path):
    plain, paged = tmp_path / "plain.docx", tmp_path / "paged.docx"
    from tests.hostile_gen import clean_docx

    plain.write_bytes(clean_docx())
    paged.write_bytes(_with_sides([("ftr", "default", "{PAGE}"), ("hdr", "default", "— 2 —")]))
    a = json.loads(gwlint("check", "--format", "json", str(plain)).stdout)
    b = json.loads(gwlint("check", "--format", "json", str(paged)).stdout)
    assert [(f["code"], f["location"]) for f in a] == [(f["code"], f["location"]) for f in b]
    assert gwlint("text", str(paged)).stdout == gwlint("text", str(plain)).stdout


def test_findings_in_footers_are_left_out_of_word_comments_and_said_so(tmp_path):
    src = tmp_path / "footer.docx"
    src.write_bytes(_with_sides(_SIDES["footer_contact.docx"][0]))
    out = tmp_path / "annotated.docx"
    proc = gwlint("check", str(src), "--annotate", str(out), "--fix-docx", str(tmp_path / "fixed.docx"))
    assert proc.returncode == 1 and out.exists() and (tmp_path / "fixed.docx").exists()
    assert "另有 2 个问题在页眉或页脚中" in proc.stderr + proc.stdout


# ---------------------------------------------------------------- 公文 elements laid out with a small table

def _tbl(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_para(c)}</w:tc>" for c in r) + "</w:tr>"
                               for r in rows) + "</w:tbl>"


_HEAD = ["赣林字〔2026〕7号", "江西省林业局关于做好春季森林防火工作的通知", "各设区市林业局：",
         "为做好春季森林防火工作，现将有关事项通知如下。", "各地林业部门要落实巡山护林制度，加强野外火源管控。"]
_LAYOUTS = {
    # 署名 and 日期 pushed right by an empty left column
    "sign_right.docx": ("".join(map(_para, _HEAD)) + _tbl([["", "江西省林业局"], ["", "2026年2月10日"]]), "2026-02-10"),
    # a one-column table of 署名, 日期 and 附注
    "sign_column.docx": ("".join(map(_para, _HEAD)) + _tbl([["江西省林业局"], ["2026年2月10日"], ["（此件公开发布）"]]),
                         "2026-02-10"),
    # the 版头 in a table too, the 署名 block after a blank row
    "head_and_sign.docx": (_tbl([["江西省林业局文件"], [_HEAD[0]]]) + "".join(map(_para, _HEAD[1:]))
                           + _tbl([[""], ["", "江西省林业局"], ["", "2026年2月10日"]]), "2026-02-10"),
}


@pytest.mark.parametrize("name", sorted(_LAYOUTS))
def test_a_signature_and_date_laid_out_with_a_small_table_are_found(name):
    body, date = _LAYOUTS[name]
    data = _with_document(_document_xml(body))
    result = lint_bytes(data, name, limits=None)
    assert result.structure.date_value.isoformat() == date and result.structure.signature is not None
    assert "GW708" not in _codes(result) and "GW001" not in _codes(result)


def test_a_list_table_or_a_data_table_still_holds_no_signature_or_date():
    # seven one-column rows are a list, two texts in a row are data: the draft has no 署名 or 成文日期
    for table in (_tbl([[f"第{i}批：2026年{i}月1日"] for i in range(1, 7)] + [["江西省林业局"]]),
                  _tbl([["责任单位", "完成时间"], ["江西省林业局", "2026年2月10日"]])):
        result = lint_bytes(_with_document(_document_xml("".join(map(_para, _HEAD)) + table)), "list.docx", limits=None)
        assert result.structure.date_value is None and "GW708" in _codes(result)


# ---------------------------------------------------------------- a UTF-8 mark before text in another encoding

_TYPO = "江西省林业局关于报送春季防火进展的通知\n各设区市林业局：\n请各地报送截止3月15日的的工作进展。\n江西省林业局\n2026年2月10日\n"
_BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize("codec, text", [
    ("gbk", _TYPO),
    ("gb18030", _TYPO.replace("工作进展", "㐀𠀀工作进展")),  # four-byte GB18030 characters
    ("big5", "臺灣省林業局關於報送春季防火進展的通知\n各縣市林業局：\n請各地報送截止3月15日的的工作進展。\n臺灣省林業局\n2026年2月10日\n"),
])
def test_a_utf8_mark_before_text_in_a_chinese_code_page_is_read_in_that_code_page(tmp_path, codec, text):
    data = _BOM + text.encode(codec)
    result = lint_bytes(data, "draft.txt")
    assert {"GW803", "GW806"} <= set(_codes(result)) and "GW001" not in _codes(result)
    assert any("编码读取" in n for n in result.notes)
    # --fix writes the file back as it came: the mark, the code page, the corrected words
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    gwlint("check", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_bytes()
    back = fixed[3:].decode(codec)
    assert fixed.startswith(_BOM) and "截至3月15日" in back and "的的" not in back


def test_a_utf8_mark_before_utf8_with_a_bad_byte_is_still_utf8_with_a_warning():
    data = _BOM + _TYPO.encode().replace("工作".encode(), b"\xff" + "工作".encode(), 1)
    result = lint_bytes(data, "draft.txt")
    assert "GW803" in _codes(result)
    assert any(f.code == "GW001" and "不是有效的 UTF-8" in f.message for f in result.findings)

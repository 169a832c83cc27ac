"""Suppression where the drafter works: Word comments, txt/md markers, and the config file."""
from __future__ import annotations

import json

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import load_config
from gwlint.readers import read_bytes, read_path
from gwlint.suppress import is_suppressed, parse_directive

from .conftest import run_cli
from .drafts import render_draft

# Two directive paragraphs (GW104) from a department to lower governments; the first also
# has a half-width comma (GW801); a clean paragraph between them.
DRAFT = """\
@issuer_mark 江西省农业农村厅文件
@doc_number 赣农字〔2026〕8号
@title 江西省农业农村厅关于抓好2026年春耕生产工作的通知
@recipients 各设区市人民政府：
按照农业农村部春季农业生产工作要求，结合我省实际，现就抓好春耕生产工作通知如下。
各设区市人民政府要于3月底前将早稻播种面积任务分解到县,确保早稻面积只增不减。
组织农技人员下沉一线，开展育秧、栽插、病虫害防治等技术指导。
各设区市人民政府必须把撂荒地复耕复种作为今年春耕的硬任务，4月15日前完成整治。
@signature 江西省农业农村厅
@date 2026年2月10日
"""
FIRST, CLEAN, SECOND = 6, 7, 8  # lines in `gwlint text`


def keys(findings):
    return sorted((f.code, f.line) for f in findings)


@pytest.fixture
def draft(tmp_path):
    path = render_draft(DRAFT, "docx", tmp_path)
    res = lint_path(path)
    # the starting point the tests rely on
    assert ("GW104", FIRST) in keys(res.findings) and ("GW104", SECOND) in keys(res.findings)
    assert ("GW801", FIRST) in keys(res.findings)
    assert not [f for f in res.findings if f.line == CLEAN]
    return path


def add_comments(path, out, *specs):
    """Comment the body paragraphs at these `gwlint text` lines: (first line, last line, text)."""
    import docx

    doc = docx.Document(str(path))
    by_line = {}
    for p in read_path(path).paragraphs:
        by_line[p.line] = p.text
    paras = {p.text: p for p in doc.paragraphs if p.text}
    for first, last, text in specs:
        a, b = paras[by_line[first]], paras[by_line[last]]
        doc.add_comment([a.runs[0], b.runs[-1]], text=text, author="李处长", initials="LC")
    doc.save(str(out))
    return out


# ------------------------------------------------------------------ the directive syntax
@pytest.mark.parametrize("text, expected", [
    ("gwlint: ignore GW104", ("ignore", ["GW104"])),
    ("gwlint：ignore GW104，GW801", ("ignore", ["GW104", "GW801"])),
    ("  GWLint: Ignore gw104 gw8 已经省政府同意", ("ignore", ["GW104", "GW8"])),
    ("gwlint: ignore", ("ignore", [])),
    ("gwlint: ignore 经省政府同意，保留", ("ignore", [])),
    ("gwlint: ignore-file GW707", ("ignore-file", ["GW707"])),
    ("gwlint: ignored GW104", None),
    ("请 gwlint: ignore GW104", None),
    ("此处请核实", None),
])
def test_parse_directive(text, expected):
    assert parse_directive(text) == expected


# ------------------------------------------------------------------ Word comments
def test_comment_suppresses_named_code_on_covered_paragraph_only(draft, tmp_path):
    out = add_comments(draft, tmp_path / "c.docx", (FIRST, FIRST, "gwlint: ignore GW104 经省政府同意"))
    doc = read_path(out)
    assert [(s.codes, s.first_line, s.last_line) for s in doc.suppressions] == [(["GW104"], FIRST, FIRST)]
    res = lint_path(out)
    got = keys(res.findings)
    assert ("GW104", FIRST) not in got
    assert ("GW104", SECOND) in got and ("GW801", FIRST) in got  # other lines, other codes stay
    assert keys(res.suppressed) == [("GW104", FIRST)] and all(is_suppressed(f) for f in res.suppressed)
    assert "GW003" not in {f.code for f in res.findings}


def test_comment_ignore_all_and_ranges_over_paragraphs(draft, tmp_path):
    base = keys(lint_path(draft).findings)
    out = add_comments(draft, tmp_path / "c.docx", (FIRST, SECOND, "gwlint: ignore"))
    res = lint_path(out)
    assert keys(res.findings) == [k for k in base if not FIRST <= k[1] <= SECOND]
    assert keys(res.suppressed) == [k for k in base if FIRST <= k[1] <= SECOND]


def test_ordinary_comments_are_not_directives(draft, tmp_path):
    out = add_comments(draft, tmp_path / "c.docx", (FIRST, FIRST, "此处请核实：gwlint: ignore GW104"))
    assert read_path(out).suppressions == []
    assert keys(lint_path(out).findings) == keys(lint_path(draft).findings)


def test_unused_comment_directive_is_gw003(draft, tmp_path):
    out = add_comments(draft, tmp_path / "c.docx",
                       (CLEAN, CLEAN, "gwlint: ignore GW104"),
                       (FIRST, FIRST, "gwlint: ignore GW999"),
                       (SECOND, SECOND, "gwlint: ignore GW104"))
    res = lint_path(out)
    gw003 = [f for f in res.findings if f.code == "GW003"]
    assert [(f.line, f.severity) for f in gw003] == [(FIRST, "warning"), (CLEAN, "warning")]
    unknown, stale = gw003
    assert "GW999" in unknown.message and "不是 gwlint 的规则代码" in unknown.message
    assert "没有抑制任何问题" in stale.message and stale.excerpt
    assert ("GW104", SECOND) not in keys(res.findings)  # the used one works
    # a directive for a rule this run did not select is idle, not stale
    cfg = load_config()
    from gwlint.config import apply_table

    apply_table(cfg, {"select": ["GW8", "GW0"]}, "test")
    narrowed = [f for f in lint_path(out, cfg).findings if f.code == "GW003"]
    assert [f.line for f in narrowed] == [FIRST]  # only the unknown code remains reported
    # and GW003 itself can be switched off
    apply_table(cfg, {"ignore": ["GW003"]}, "test")
    assert not [f for f in lint_path(out, cfg).findings if f.code == "GW003"]


def test_annotated_copy_comments_do_not_suppress(draft, tmp_path):
    """gwlint's own 批注 ("[GW104] …") are not directives: relinting the copy reports the same."""
    from gwlint.annotate import annotate_docx

    res = lint_path(draft)
    out = tmp_path / "annotated.docx"
    annotate_docx(draft, res.findings, out)
    again = lint_path(out)
    assert keys(again.findings) == keys(res.findings) and not again.suppressed


# ------------------------------------------------------------------ txt / md markers
def _plain(tmp_path) -> list[str]:
    return render_draft(DRAFT, "txt", tmp_path).read_text(encoding="utf-8").splitlines()


def test_txt_marker_covers_next_paragraph_and_is_not_text(tmp_path):
    lines = _plain(tmp_path)
    i = lines.index(next(x for x in lines if x.startswith("各设区市人民政府要")))
    marked = lines[:i] + ["", "<!-- gwlint: ignore GW104 -->", ""] + lines[i:]
    text = "\n".join(marked) + "\n"
    doc = read_bytes(text.encode(), "d.md")
    # marker lines are not paragraphs: paragraph lines are those of the unmarked draft
    assert [p.text for p in doc.paragraphs] == [x for x in lines if x]
    assert doc.paragraphs[FIRST - 1].source_line == i + 4  # the physical line in the file
    (s,) = doc.suppressions
    assert (s.first_line, s.last_line, s.source_line) == (FIRST, FIRST, i + 2)
    res = lint_bytes(text.encode(), "d.md")
    # findings are reported at the file's lines: the three inserted lines shift what follows
    first, second = i + 4, SECOND + 3
    assert ("GW104", first) not in keys(res.findings) and ("GW104", second) in keys(res.findings)
    assert ("GW801", first) in keys(res.findings)
    # `gwlint text` shows the same numbering, the marker on its own line and the paragraph number
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    shown = {int(x.split(None, 1)[0]): x for x in run_cli("text", str(path)).stdout.decode("utf-8").splitlines()}
    assert shown[first].split() == [str(first), f"第{FIRST}段", lines[i]]
    assert shown[i + 2].split(None, 1) == [str(i + 2), "<!-- gwlint: ignore GW104 -->"]


def test_txt_trailing_marker_and_ignore_file(tmp_path):
    lines = _plain(tmp_path)
    i = lines.index(next(x for x in lines if x.startswith("各设区市人民政府必须")))
    trailing = lines[:i] + [lines[i] + "  <!-- gwlint: ignore GW104 -->"] + lines[i + 1:]
    res = lint_bytes(("\n".join(trailing) + "\n").encode(), "d.txt", limits=None)  # in-process: keeps the document
    assert ("GW104", SECOND) not in keys(res.findings) and ("GW104", FIRST) in keys(res.findings)
    assert res.document.paragraphs[SECOND - 1].text == lines[i]  # the marker is cut from the text
    assert res.lines[SECOND - 1] == trailing[i]  # and kept in the file's line
    whole = ["<!-- gwlint: ignore-file GW104 GW801 -->"] + lines
    res = lint_bytes(("\n".join(whole) + "\n").encode(), "d.txt")
    assert not [f for f in res.findings if f.code in ("GW104", "GW801")]
    # the marker line on top shifts the file's lines by one
    assert keys(res.suppressed) == sorted([("GW104", FIRST + 1), ("GW801", FIRST + 1), ("GW104", SECOND + 1)])


def test_txt_unused_and_dangling_markers(tmp_path):
    lines = _plain(tmp_path)
    i = lines.index(next(x for x in lines if x.startswith("组织农技人员")))
    text = lines[:i] + ["<!-- gwlint: ignore GW803 -->"] + lines[i:] + ["<!-- gwlint: ignore -->"]
    res = lint_bytes(("\n".join(text) + "\n").encode(), "d.txt")
    gw003 = [f for f in res.findings if f.code == "GW003"]
    assert [f.line for f in gw003] == [CLEAN, len(res.lines)]
    assert f"第 {i + 1} 行的标记" in gw003[0].message
    # a comment that is not a directive is ordinary text
    res = lint_bytes("<!-- 备注 -->\n关于做好春耕生产工作的通知\n".encode(), "d.md")
    assert res.lines[0] == "<!-- 备注 -->" and not res.suppressed


# ------------------------------------------------------------------ the command line
def test_cli_show_suppressed(draft, tmp_path):
    out = add_comments(draft, tmp_path / "c.docx", (FIRST, FIRST, "gwlint: ignore GW104"))
    plain = json.loads(run_cli("check", str(out), "--format", "json").stdout)
    assert not any(d.get("suppressed") for d in plain)
    assert ("GW104", FIRST) not in [(d["code"], d["location"]["line"]) for d in plain]
    proc = run_cli("check", str(out), "--format", "json", "--show-suppressed")
    shown = json.loads(proc.stdout)
    marked = [(d["code"], d["location"]["line"]) for d in shown if d.get("suppressed") is True]
    assert marked == [("GW104", FIRST)]
    assert len(shown) == len(plain) + 1
    assert all("suppressed" not in d for d in shown if (d["code"], d["location"]["line"]) != ("GW104", FIRST))
    # the human format says so; suppressed findings never fail the run
    proc = run_cli("check", str(out), "--show-suppressed", "--format", "concise", "--select", "GW104")
    assert proc.returncode == 1  # the second directive is still there
    assert "（已抑制）" in proc.stdout.decode()
    only = add_comments(draft, tmp_path / "d.docx", (FIRST, SECOND, "gwlint: ignore GW104"))
    proc = run_cli("check", str(only), "--show-suppressed", "--format", "concise", "--select", "GW104")
    assert proc.returncode == 0, proc.stdout.decode()
    assert proc.stdout.decode().count("（已抑制）") == 2
    # the full format's summary counts only what is still to fix
    proc = run_cli("check", str(only), "--show-suppressed", "--select", "GW104", "--no-color")
    out_text = proc.stdout.decode()
    assert "未发现问题。另有 2 个问题已按文档内标注忽略。" in out_text, out_text


# ------------------------------------------------------------------ suppression in the config file
def test_config_ignore_per_file_ignores_and_severity(tmp_path):
    d = tmp_path / "proj"
    (d / "legacy").mkdir(parents=True)
    render_draft(DRAFT, "txt", d).rename(d / "new.txt")
    render_draft(DRAFT, "txt", d).rename(d / "legacy" / "old.txt")
    (d / "gwlint.toml").write_text(
        'ignore = ["GW801"]\n'
        '[per-file-ignores]\n"legacy/*.txt" = ["GW104"]\n'
        '[severity]\nGW104 = "warning"\n', encoding="utf-8")
    proc = run_cli("check", "new.txt", "legacy/old.txt", "--format", "json", cwd=d)
    found = json.loads(proc.stdout)
    by_file: dict[str, set] = {}
    for x in found:
        by_file.setdefault(x["path"], set()).add((x["code"], x["severity"]))
    # the same draft: GW104 (error) and GW801 without the config
    assert ("GW104", "error") in {(f.code, f.severity) for f in lint_path(d / "new.txt", load_config()).findings}
    assert not any(c == "GW801" for s in by_file.values() for c, _ in s)
    assert {sev for c, sev in by_file["new.txt"] if c == "GW104"} == {"warning"}  # was error
    assert not any(c == "GW104" for c, _ in by_file.get("legacy/old.txt", set()))


def test_comment_in_table_cell(tmp_path):
    """A directive commented inside a table cell covers that cell's line."""
    import docx

    from .test_annotate import build_mixed_docx

    src = tmp_path / "mixed.docx"
    build_mixed_docx(src)
    before = keys(lint_path(src).findings)
    assert ("GW803", 8) in before and ("GW803", 4) in before
    d = docx.Document(str(src))
    cell = d.tables[0].cell(1, 1)
    # the range covers only the cell's second paragraph
    d.add_comment(cell.paragraphs[1].runs, text="gwlint: ignore GW803", author="李处长")
    d.save(str(tmp_path / "c.docx"))
    res = lint_path(tmp_path / "c.docx")
    assert keys(res.suppressed) == [("GW803", 8)]
    assert keys(res.findings) == [k for k in before if k != ("GW803", 8)]

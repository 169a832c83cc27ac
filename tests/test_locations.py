""".txt/.md locations are the file's physical lines and columns, in every output.

Editors, GitHub annotations, SARIF viewers and ruff/Vale users all read ``file:line:col`` as a
position in the file itself: blank lines, indentation and in-document suppression markers must
not shift it.  .docx keeps paragraph numbers (the line of ``gwlint text``) and .pdf its pages.
"""
from __future__ import annotations

import json
import re

import pytest

from .conftest import run_cli
from .drafts import render_draft
from .test_formats import validator  # noqa: F401 - the SARIF schema validator fixture

# The example: the commas sit on physical line 6, column 12.
BLANK = "关于印发通知\n\n\n各单位：\n\n请于3月1日前报送材料,谢谢;\n"

# Blank lines, ideographic and tab indentation, a marker line, a trailing marker, an unused marker
# and a CRLF line end; U+2028 and a form feed inside lines are not line breaks for editors.
MARKED = (
    "江西省农业农村厅关于抓好春耕生产工作的通知\n"                          # 1
    "\n"                                                                      # 2
    "各设区市人民政府：\n"                                                    # 3
    "\n"                                                                      # 4
    "　　<!-- gwlint: ignore GW104 -->\n"                                    # 5
    "　　各设区市人民政府要于3月底前将任务分解到县。\r\n"                     # 6
    "\n"                                                                      # 7
    "\t各地农业农村部门要加强对农资市场的的监督检查,严禁囤积居奇。  <!-- gwlint: ignore GW801 -->\n"  # 8
    "<!-- gwlint: ignore GW702 -->\n"                                        # 9
    "　　请于3月1日前报送材料,谢谢\u2028请各单位\x0c认真落实。\n"            # 10
    "\n"                                                                      # 11
    "江西省农业农村厅\n"                                                      # 12
    "2026年2月10日\n"                                                         # 13
)


def _physical(text: str) -> list[str]:
    """Lines as an editor numbers them (LF, CRLF or CR end a line; nothing else does)."""
    return re.split(r"\r\n|\r|\n", text)


def _cli(path, fmt, *extra):
    r = run_cli("check", path.name, "--format", fmt, "--exit-zero", *extra, cwd=path.parent)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8")


def _span_in_file(text: str, line: int, column: int, end_column: int) -> str:
    return _physical(text)[line - 1][column - 1:end_column - 1]


@pytest.fixture()
def blank(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text(BLANK, encoding="utf-8")
    return p


@pytest.fixture()
def marked(tmp_path):
    p = tmp_path / "marked.txt"
    p.write_bytes(MARKED.encode("utf-8"))
    return p


def test_blank_lines_do_not_shift_lines_in_any_format(blank):
    concise = _cli(blank, "concise")
    assert "blank.txt:6:12: GW801" in concise
    gh = [x for x in _cli(blank, "github").splitlines() if "GW801" in x]
    assert len(gh) == 1 and ",line=6,col=12," in gh[0]
    items = json.loads(_cli(blank, "json"))
    (f,) = [x for x in items if x["code"] == "GW801"]
    assert f["location"] == {"line": 6, "column": 12, "page": None, "paragraph": 3}
    sarif = json.loads(_cli(blank, "sarif"))
    (res,) = [x for x in sarif["runs"][0]["results"] if x["ruleId"] == "GW801"]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (6, 12, ",谢谢;")
    assert res["locations"][0]["properties"]["paragraph"] == 3
    full = _cli(blank, "full", "--no-color")
    assert "blank.txt:6:12:" in full and "6 | 请于3月1日前报送材料,谢谢;" in full


def _by_code(items: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for x in items:
        out.setdefault(x["code"], []).append(x)
    return out


def test_indentation_markers_and_line_ends_keep_physical_positions(marked):
    items = json.loads(_cli(marked, "json", "--show-suppressed"))
    got = {(x["code"], x["location"]["line"], x["location"]["column"], bool(x.get("suppressed"))) for x in items}
    assert ("GW104", 6, 3, True) in got          # after two ideographic spaces
    assert ("GW806", 8, 18, False) in got        # after a tab
    assert ("GW801", 8, 24, True) in got         # silenced by the trailing marker on its own line
    assert ("GW003", 9, 1, False) in got         # the unused marker itself, not the paragraph it covers
    assert ("GW801", 10, 14, False) in got       # U+2028 and the form feed are inside line 10
    # every span is the file's own text at that place
    for x in items:
        loc, end = x["location"], x["end_location"]
        assert loc["line"] == end["line"]
        span = _span_in_file(MARKED, loc["line"], loc["column"], end["column"])
        assert x["excerpt"].rstrip("…") and span.startswith(x["excerpt"].rstrip("…")), x
    gw003 = _by_code(items)["GW003"][0]
    assert gw003["excerpt"] == "<!-- gwlint: ignore GW702 -->" and "第 9 行" in gw003["message"]
    # the paragraph is the n-th paragraph of the draft (blank and marker lines are no paragraphs)
    assert _by_code(items)["GW806"][0]["location"]["paragraph"] == 4


def test_github_and_sarif_point_into_the_file(marked, validator):
    lines = [x for x in _cli(marked, "github").splitlines() if x.startswith("::")]
    props = {}
    for x in lines:
        head = x.split("::")[1]
        kv = dict(p.split("=", 1) for p in head.split(" ", 1)[1].split(","))
        props[kv["title"].split("%20")[0].split(" ")[0]] = kv
    assert (props["GW806"]["line"], props["GW806"]["col"], props["GW806"]["endColumn"]) == ("8", "18", "20")
    assert (props["GW003"]["line"], props["GW003"]["col"]) == ("9", "1")
    log = json.loads(_cli(marked, "sarif"))
    assert not list(validator.iter_errors(log))
    for res in log["runs"][0]["results"]:
        reg = res["locations"][0]["physicalLocation"]["region"]
        assert reg["snippet"]["text"] == _span_in_file(MARKED, reg["startLine"], reg["startColumn"], reg["endColumn"])
        for fix in res.get("fixes", []):
            for rep in fix["artifactChanges"][0]["replacements"]:
                d = rep["deletedRegion"]
                assert _span_in_file(MARKED, d["startLine"], d["startColumn"], d["endColumn"]) in ("的", ",")


def test_fix_edits_apply_to_the_file_lines(marked):
    """The JSON fix coordinates are the file's: applying them to its physical lines fixes the draft."""
    from gwlint.fixes import apply_to_lines
    from gwlint.findings import Edit

    items = json.loads(_cli(marked, "json"))
    edits = [Edit(e["line"], e["start"], e["end"], e["replacement"]) for x in items if "fix" in x
             for e in x["fix"]["edits"] if x["code"] in ("GW806", "GW801")]
    assert {e.line for e in edits} == {8, 10}
    fixed = apply_to_lines(_physical(MARKED), edits)
    assert "市场的监督检查" in fixed[7] and fixed[7].startswith("\t各地")
    assert "报送材料，谢谢" in fixed[9]


def test_gwlint_text_prints_physical_lines_and_paragraphs(marked):
    out = run_cli("text", str(marked)).stdout.decode("utf-8").split("\n")[:-1]
    # a "↳ 规则读作" line under a row says how the rules read it (line 10: a line separator and a page break)
    read_as = [x for x in out if x.lstrip().startswith("↳")]
    assert len(read_as) == 1 and "谢谢请各单位认真落实。" in read_as[0]
    rows = {int(x.split(None, 1)[0]): x for x in out if not x.lstrip().startswith("↳")}
    assert set(rows) == {1, 3, 5, 6, 8, 9, 10, 12, 13}  # blank lines are not shown, markers are
    assert re.fullmatch(r"\s*6  第3段  　　各设区市人民政府要于3月底前将任务分解到县。", rows[6])
    assert re.fullmatch(r"\s*9  \s*<!-- gwlint: ignore GW702 -->", rows[9])
    # `line` and `column` of every finding point at the text `gwlint text` shows on that line
    items = json.loads(_cli(marked, "json"))
    for x in items:
        shown = re.sub(r"^\s*\d+  \s*(第\d+段)?  ", "", rows[x["location"]["line"]], count=1)
        assert shown[x["location"]["column"] - 1:].startswith(x["excerpt"].rstrip("…")[:4]), (x, shown)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_docx_and_pdf_keep_paragraph_lines(fmt, tmp_path):
    from .test_formats import DRAFT

    draft = render_draft(DRAFT, fmt, tmp_path)
    items = json.loads(_cli(draft, "json"))
    text = run_cli("text", str(draft)).stdout.decode("utf-8").split("\n")[:-1]
    for x in items:
        loc = x["location"]
        row = text[loc["line"] - 1]
        assert row.split(None, 1)[0] == str(loc["line"])
        if fmt == "docx":
            assert f"第{loc['paragraph']}段" in row
        else:
            assert loc["page"] and f"第{loc['page']}页" in row
        body = re.sub(r"^\s*\d+  \s*第\d+[段页]  ", "", row)
        if x["excerpt"]:
            assert body[loc["column"] - 1:].startswith(x["excerpt"].rstrip("…")[:4]), (x, body)


def test_baseline_survives_blank_lines_and_indentation(tmp_path):
    src = tmp_path / "d.txt"
    src.write_text(BLANK, encoding="utf-8")
    bl = tmp_path / "bl.json"
    assert run_cli("check", str(src), "--write-baseline", "--baseline", str(bl)).returncode == 0
    src.write_text("\n\n" + BLANK.replace("请于", "　　请于"), encoding="utf-8")
    r = run_cli("check", str(src), "--baseline", str(bl), "--format", "json")
    assert json.loads(r.stdout) == [] and r.returncode == 0

"""The human format in a terminal: excerpts fit the width in display columns, the span is never cut,
carets sit under the key words, colour keeps the severity word, and fixes are said as they are."""
from __future__ import annotations

import io
import re
import unicodedata

import pytest

from gwlint.api import lint_bytes, lint_path

from .conftest import POLICY, REPO, run_cli

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ROW = re.compile(r"^(\s*\d*) \| (.*)$")  # an excerpt or caret row: "12 | text", "   | ^^^"
SAMPLES = REPO / "sample_docs"

# Long paragraphs, a directive (GW104 key words), doubled 的 (a deletion), half-width marks (several
# edits), curly quotes and dashes (East Asian ambiguous width) before the span, a tab indent.
DRAFT = (
    "江西省农业农村厅关于抓好2026年春耕生产工作的通知\n"
    "各设区市人民政府，各县（市、区）人民政府：\n"
    "\t按照省委、省政府关于“稳面积、提单产、增效益”的部署——也就是“藏粮于地、藏粮于技”的要求，"
    "为切实做好今年春耕生产工作，确保粮食播种面积稳定在5600万亩以上，现就有关事项通知如下，"
    "各设区市人民政府要于3月底前将早稻播种面积任务分解到县、落实到乡镇和村组，确保早稻面积只增不减。\n"
    "各地农业农村部门要加强对农资市场的的监督检查,严禁囤积居奇;哄抬价格。\n"
    "江西省农业农村厅\n"
    "2026年2月10日\n"
)


def width(text: str) -> int:
    """Display columns, counting East Asian ambiguous characters as two (the worst terminal)."""
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def render(results, columns: int, color: bool) -> str:
    from gwlint.output.full import render_full

    findings = sorted((f for r in results for f in r.findings), key=lambda f: f.sort_key())
    buf = io.StringIO()
    render_full(findings, buf, {r.path: r.lines for r in results}, color=color, files=len(results),
                width=columns, ambiguous=1)
    return buf.getvalue()


@pytest.fixture(scope="module")
def results():
    rs = [lint_bytes(DRAFT.encode("utf-8"), "draft.txt")]
    rs += [lint_path(p) for p in sorted(SAMPLES.glob("*.docx")) + sorted(SAMPLES.glob("*.pdf"))]
    rs.append(lint_path(POLICY))  # a web copy with very long paragraphs and half-width marks everywhere
    assert sum(len(r.findings) for r in rs) > 60
    return rs


def _blocks(text: str) -> list[list[str]]:
    """Each finding's output lines (findings are separated by an empty line)."""
    return [b.splitlines() for b in ANSI.sub("", text).split("\n\n") if b.strip()]


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("color", [False, True])
def test_excerpts_fit_the_terminal(results, columns, color):
    out = render(results, columns, color)
    rows = [x for x in ANSI.sub("", out).splitlines() if ROW.match(x)]
    assert len(rows) > 100
    too_wide = [(width(x), x) for x in rows if width(x) > columns]
    assert not too_wide, too_wide[:3]
    # the space is used: long paragraphs fill most of the line
    assert max(width(x) for x in rows) >= columns - 6


@pytest.mark.parametrize("columns", [80, 120])
def test_the_span_is_never_cut(results, columns):
    from gwlint.output.terminal import printable

    findings = sorted((f for r in results for f in r.findings), key=lambda f: f.sort_key())
    lines = {r.path: r.lines for r in results}
    blocks = _blocks(render(results, columns, False))
    assert len(blocks) == len(findings) + 1  # + the summary
    for f, block in zip(findings, blocks):
        text = lines[f.path][f.line - 1] if lines.get(f.path) and f.line <= len(lines[f.path]) else ""
        if not text:
            continue
        span = printable(text)[f.column - 1:f.end_column - 1]
        shown = "".join(ROW.match(x).group(2) for x in block[1:] if ROW.match(x) and "^" not in x)
        assert span in shown.replace("⋯", ""), (f.code, span, block)


def _caret_columns(row: str, caret: str) -> list[int]:
    """Display columns (after the gutter) that carry a caret."""
    body = ROW.match(caret).group(2)
    return [i for i, ch in enumerate(body) if ch == "^"]


def _columns_of(row: str, needle: str) -> list[int]:
    body = ROW.match(row).group(2)
    i = body.index(needle)
    start = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in body[:i])
    return list(range(start, start + 2 * len(needle)))


def test_carets_underline_the_key_words_of_a_directive(results):
    blocks = _blocks(render(results[:1], 80, False))
    (block,) = [b for b in blocks if " GW104 " in b[0]]
    rows = [x for x in block[1:] if ROW.match(x)]
    text_rows = [x for x in rows if "^" not in x]
    carets = [x for x in rows if "^" in x]
    # the subject 各设区市人民政府 and the modal 要, not the whole sentence
    (k,) = [i for i, x in enumerate(rows) if "各设区市人民政府要" in x]
    assert _caret_columns(rows[k], rows[k + 1]) == _columns_of(rows[k], "各设区市人民政府要")
    assert sum(x.count("^") for x in carets) == 18
    assert len(text_rows) >= 1


def test_colour_keeps_the_severity_word_and_marks_the_span(results):
    out = render(results[:1], 120, True)
    plain = ANSI.sub("", out)
    assert "[错误]" in plain and "[警告]" in plain
    head = next(x for x in out.splitlines() if " GW104 " in ANSI.sub("", x))
    assert re.search(r"\x1b\[[0-9;]*31m\[错误\]", head)  # red severity word
    row = next(x for x in out.splitlines() if "人民政府" in x and ROW.match(ANSI.sub("", x)) and "┃" not in x
               and "要于3月底前" in ANSI.sub("", x))
    assert re.search(r"\x1b\[[0-9;]*4[;0-9]*m各设区市人民政府", row)  # the subject underlined


def test_fix_wording(results):
    blocks = {b[0].split(" ")[1]: b for b in _blocks(render(results[:1], 120, False)) if ":" in b[0]}
    assert blocks["GW806"][-1].strip() == "建议删除“的”"
    gw801 = blocks["GW801"][-1].strip()
    assert gw801.startswith("建议") and "修改 2 处" in gw801 and "将“,”改为“，”" in gw801 and "将“;”改为“；”" in gw801
    assert not any("建议" in x for x in blocks["GW104"])  # no fix, no suggestion line
    # carets under the two marks the fix changes, not the text between them
    assert sum(x.count("^") for x in blocks["GW801"] if set(ROW.match(x).group(2) if ROW.match(x) else "x") <= {"^", " "}) == 2


def test_cli_fits_columns_and_colour_on_request(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text(DRAFT, encoding="utf-8")
    import os
    import subprocess
    import sys

    for columns in (80, 120):
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": str(columns)}
        r = subprocess.run([sys.executable, "-m", "gwlint", str(p), "--color"], capture_output=True, env=env)
        out = r.stdout.decode("utf-8")
        assert "\x1b[" in out
        rows = [x for x in ANSI.sub("", out).splitlines() if ROW.match(x)]
        assert rows and max(width(x) for x in rows) <= columns
    plain = run_cli(str(p)).stdout.decode("utf-8")
    assert "\x1b[" not in plain and "[警告]" in plain

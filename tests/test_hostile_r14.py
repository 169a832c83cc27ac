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

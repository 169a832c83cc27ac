"""PDF objects that are references to themselves (or to each other) are a damaged file found at once, not a
loop stopped only by the time budget (issue 12 D1: a 277-byte PDF cost a whole `--timeout` per request)."""
from __future__ import annotations

import pytest

from gwlint.model import ReadError
from gwlint.readers import read_bytes

from .badcorpus import CATALOG, FONT, draft_page_objects, pdf, simple_page, stream

ONE_PAGE = {1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: simple_page(), 5: FONT}
CASES = {
    "kids": {1: CATALOG, 2: b"<< /Type /Pages /Kids 3 0 R /Count 1 >>", 3: b"3 0 R"},
    "contents": {**ONE_PAGE, 3: simple_page(b"6 0 R"), 6: b"6 0 R"},
    "contents-two-step": {**ONE_PAGE, 3: simple_page(b"6 0 R"), 6: b"7 0 R", 7: b"6 0 R"},
    "length": {**ONE_PAGE, 6: b"6 0 R",
               4: b"<< /Length 6 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (Hi) Tj ET\nendstream"},
    "root": {1: b"1 0 R"},
    "resources": {1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 6 0 R >>",
                  **draft_page_objects(), 6: b"7 0 R", 7: b"6 0 R"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_reference_cycles_are_damaged_files(name):
    from gwlint.api import lint_bytes
    from gwlint.config import Config

    data = pdf(CASES[name])
    r = lint_bytes(data, f"{name}.pdf", Config(), limits={"time": 60})
    assert r.limit is None, r.findings  # found by the reader, not stopped by the budget
    assert [(f.code, f.severity) for f in r.findings][:1] in ([("GW001", "error")], [("GW002", "error")]), r.findings


def test_a_chain_of_references_still_resolves():
    # 6 -> 7 -> the contents stream: a chain is fine, only a cycle is an error
    objs = {1: CATALOG, 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
            **draft_page_objects(), 6: b"7 0 R", 7: b"4 0 R"}
    doc = read_bytes(pdf(objs), "chain.pdf")
    assert any("春耕" in p.text for p in doc.paragraphs)


def test_reader_raises_read_error_for_a_cycle():
    with pytest.raises(ReadError):
        read_bytes(pdf(CASES["contents"]), "c.pdf")

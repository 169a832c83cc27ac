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

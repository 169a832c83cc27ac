"""Checks shared by the hostile-input tests of each round (tests/test_hostile_r18.py, r19, …): an input read as it
is shown, or refused with one Chinese finding, within the time budget."""
from __future__ import annotations

import re
import time

from gwlint.api import lint_bytes


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def check_read(make, name: str, found: set, absent: set, line: str | None, never: str | None):
    """``make()`` read within 60 s, no reading error, ``found`` reported and ``absent`` not, ``line`` among the
    lines read, ``never`` in none of them; returns the result."""
    data = make()
    started = time.monotonic()
    result = lint_bytes(data, name)
    assert time.monotonic() - started < 60
    assert result.error is None and found <= codes(result) and not absent & codes(result), result.findings
    assert line is None or line in result.lines, result.lines
    assert never is None or not any(never in t for t in result.lines), result.lines
    return result


def check_refused(make, name: str, code: str, words: str):
    """``make()`` refused within 60 s with exactly one ``code`` finding whose Chinese message holds ``words``."""
    data = make()
    started = time.monotonic()
    result = lint_bytes(data, name)
    assert time.monotonic() - started < 60
    assert [f.code for f in result.findings] == [code] and words in result.error, (result.findings, result.error)
    assert re.search(r"[\u4e00-\u9fff]", result.error) and "Traceback" not in result.error
    return result

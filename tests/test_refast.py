"""gwlint.refast: the one-range class shortcut compiles every pattern exactly as CPython does."""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from re import _compiler, _parser
from re._constants import NEGATE, RANGE

from gwlint.refast import install

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not install(), reason="this interpreter's re has no shortcut to take")


def _code_with(optimize, pattern: str, flags: int) -> list[int]:
    saved = _compiler._optimize_charset
    _compiler._optimize_charset = optimize
    try:
        p = _parser.parse(pattern, flags)
        return _compiler._code(p, p.state.flags | flags)
    finally:
        _compiler._optimize_charset = saved


def test_installed_once_in_front_of_the_original():
    fn = _compiler._optimize_charset
    assert getattr(fn, "_gwlint_shortcut", False)
    assert not getattr(fn.__wrapped__, "_gwlint_shortcut", False)
    assert install() and _compiler._optimize_charset is fn  # a second call wraps nothing again


def test_one_range_classes_come_back_as_the_original_gives_them():
    fast = _compiler._optimize_charset
    slow = fast.__wrapped__
    rnd = random.Random(16)
    bounds = [0, 0x41, 0xFF, 0x100, 0x3000, 0x4E00, 0x9FFF, 0xFFFE, 0xFFFF, 0x10000, 0x2FFFF, 0x10FFFF]
    cases = [(a, b) for a in bounds for b in bounds if a <= b]
    cases += [tuple(sorted((rnd.randrange(0x110000), rnd.randrange(0x110000)))) for _ in range(60)]
    for lo, hi in cases:
        for charset in ([(RANGE, (lo, hi))], [(NEGATE, None), (RANGE, (lo, hi))]):
            assert fast(list(charset)) == slow(list(charset)), (lo, hi, charset)


_PATTERNS_OF_A_LINT = """
import json, re, sys
from pathlib import Path
from gwlint.api import lint_path
for name in ("issue-policy-notice.docx", "dept-directive.txt"):
    lint_path(Path("sample_docs") / name, limits=None)
print(json.dumps([[k[1], k[2]] for k in list(re._cache) if isinstance(k[1], str)]))
"""


def test_every_pattern_of_a_lint_compiles_to_the_same_code():
    """The patterns a lint of real documents compiles in a new process (re's cache there),
    compiled here with and without the shortcut."""
    import json

    out = subprocess.run([sys.executable, "-c", _PATTERNS_OF_A_LINT], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    patterns = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(patterns) > 100
    fast = _compiler._optimize_charset
    one_range = 0
    for pattern, flags in patterns:
        assert _code_with(fast, pattern, flags) == _code_with(fast.__wrapped__, pattern, flags), pattern
        one_range += bool(re.search(r"\[\^?\\u[0-9a-f]{4}-\\u[0-9a-f]{4}\]", pattern))
    assert one_range >= 5  # the classes the shortcut exists for are among them


_STATE_AFTER = ("import re._compiler as c, gwlint.api; {call}"
                "print(getattr(c._optimize_charset, '_gwlint_shortcut', False))")


@pytest.mark.parametrize("call, env, expected", [
    ("", {}, "False"),  # a host importing the library keeps its re as it is
    ("from gwlint.refast import install; install(); ", {}, "True"),
    ("from gwlint.refast import install; install(); ", {"GWLINT_NO_REFAST": "1"}, "False"),
])
def test_installed_only_when_asked(call, env, expected):
    out = subprocess.run([sys.executable, "-c", _STATE_AFTER.format(call=call)], capture_output=True, text=True,
                         check=True, env={**env, "PATH": ""}, cwd=ROOT)
    assert out.stdout.strip() == expected


def test_the_command_line_installs_it(tmp_path):
    code = ("import sys, re._compiler as c; from gwlint.cli import main; sys.argv = ['gwlint', '-V']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(getattr(c._optimize_charset, '_gwlint_shortcut', False))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": ""}, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "True"

"""A shortcut in CPython's regex compiler for one-range character classes.

gwlint's patterns hold a few dozen classes such as ``[\\u4e00-\\u9fff]``.  CPython's
``re`` optimises every class by filling a 64K map one code point at a time in
Python, ~1.4 ms per such class, however it is spelt: a cold lint spent ~60 ms CPU
on one-range CJK classes alone (issue 16; ``bench/bench_regex_cost.py``).  For a
class that is a single range (or a negated single range) and no IGNORECASE, that
optimisation gives the class back unchanged (``(charset, False)``): one range is
already the most compact form.  :func:`install` puts a wrapper in front that
returns exactly that without building the map, and leaves every other class to
the original.  Compiled patterns are identical (``tests/test_refast.py``).

Installed by the command line (``gwlint.cli.main``, so also ``gwlint serve`` and the
audit's worker processes): a process gwlint owns.  ``import gwlint`` alone leaves
the host's ``re`` untouched; a host that wants the shortcut calls :func:`install`.  It is skipped when the interpreter's ``re`` does not have the
function, or when a probe shows the original no longer returns a one-range class
unchanged; ``GWLINT_NO_REFAST=1`` turns it off.
"""
from __future__ import annotations

import os

_installed = False


def _one_range(charset, negate, range_) -> bool:
    """``charset`` (a parsed class) is one range, or a negated one, reaching past U+00FF."""
    n = len(charset)
    if n == 1:
        op, av = charset[0]
    elif n == 2 and charset[0][0] is negate:
        op, av = charset[1]
    else:
        return False
    return op is range_ and av[1] > 0xFF  # below that the original is cheap anyway


def install() -> bool:
    """Wrap ``re._compiler._optimize_charset`` (once); True when the shortcut is active.

    Also installs the caches of compiled patterns and dataclass methods
    (:mod:`gwlint.startcache`), which spare a later start most compiles altogether."""
    global _installed
    from . import startcache

    startcache.install()
    if _installed:
        return True
    if os.environ.get("GWLINT_NO_REFAST"):
        return False
    try:
        from re import _compiler
        from re._constants import NEGATE, RANGE
    except ImportError:  # another interpreter's layout: nothing to shorten
        return False
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None or getattr(original, "_gwlint_shortcut", False):
        return False
    # the premise, checked on this interpreter: a one-range class comes back as it is
    for probe in ([(RANGE, (0x100, 0x1FF))], [(NEGATE, None), (RANGE, (0x100, 0x17F))]):
        try:
            got = original(probe)
        except Exception:  # noqa: BLE001 - a different signature: leave re alone
            return False
        if not (isinstance(got, tuple) and len(got) == 2 and got[0] is probe and got[1] is False):
            return False

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is None and type(charset) is list and _one_range(charset, NEGATE, RANGE):
            return charset, False
        return original(charset, iscased, fixup, fixes)

    optimize_charset._gwlint_shortcut = True  # type: ignore[attr-defined]
    optimize_charset.__wrapped__ = original  # type: ignore[attr-defined]
    _compiler._optimize_charset = optimize_charset
    _installed = True
    return True

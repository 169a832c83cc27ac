"""Terminal geometry for the human format: display columns and the terminal's width.

East Asian wide and full-width characters take two columns.  East Asian
*ambiguous* characters (“ ” ‘ ’ — … · and box lines) take one column in most
terminals (VTE, iTerm2, Windows Terminal, VS Code) but two in a legacy Windows
console under a CJK code page and in terminals set to "ambiguous wide".  The
excerpt window is therefore fitted counting them as two (it never overflows
either way), while carets are aligned with the terminal's own count
(:func:`ambiguous_width`, overridable with ``GWLINT_AMBIGUOUS_WIDTH=1|2``).
"""
from __future__ import annotations

import os
import shutil
import sys
import unicodedata

DEFAULT_WIDTH = 100  # columns when the output is not a terminal and COLUMNS is unset
MIN_WIDTH = 40


def cell_width(ch: str, ambiguous: int = 1) -> int:
    """Columns one character takes (after :func:`printable`)."""
    if ch < "\u0300":  # ASCII and Latin-1 letters: the common case
        return ambiguous if unicodedata.east_asian_width(ch) == "A" else 1
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return 0
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 2
    return ambiguous if eaw == "A" else 1


def text_width(text: str, ambiguous: int = 1) -> int:
    return sum(cell_width(ch, ambiguous) for ch in text)


# bidirectional controls: a draft's U+202E would reverse the rest of the terminal line
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """The text with tabs, line separators, bidirectional and other control characters shown
    as one space each, so that offsets and columns stay one-to-one."""
    return "".join(" " if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)


def ambiguous_width() -> int:
    """How many columns the terminal gives East Asian ambiguous characters (1 or 2)."""
    env = os.environ.get("GWLINT_AMBIGUOUS_WIDTH", "").strip()
    if env in ("1", "2"):
        return int(env)
    if sys.platform == "win32" and not os.environ.get("WT_SESSION"):
        try:  # the legacy console draws them wide under the CJK code pages
            import ctypes

            if ctypes.windll.kernel32.GetConsoleOutputCP() in (932, 936, 949, 950):  # type: ignore[attr-defined]
                return 2
        except (AttributeError, OSError):  # pragma: no cover - not a console
            pass
    return 1


def terminal_width(stream=None) -> int:
    """Columns to fit: ``COLUMNS``, else the terminal of ``stream`` (or of stdout/stderr
    when piped into a pager from a terminal), else :data:`DEFAULT_WIDTH`."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return max(MIN_WIDTH, int(env))
    for s in (stream, sys.stdout, sys.stderr):
        try:
            if s is not None and s.isatty():
                return max(MIN_WIDTH, os.get_terminal_size(s.fileno()).columns)
        except (AttributeError, OSError, ValueError):
            continue
    return max(MIN_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)

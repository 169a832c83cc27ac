"""The ``gwlint`` command's entry point: what can start before the command line is parsed.

Importing the command line (typer, click, the option tables) and reading the
options and configuration take a cold ``gwlint check`` ~40 ms of CPU before its
guarded worker would be forked.  When the arguments say the command will lint
(``check``, or a file or option first, which ``gwlint.cli`` reads as ``check``),
the worker is forked here first and warms up (rules, dictionary) on another core
meanwhile (:func:`gwlint.guard.start_early`).  A guess that turns out wrong (a
``--help``, a usage error) costs a killed process, never a different result.
"""
from __future__ import annotations

import os
import sys


def _will_lint(args: list[str]) -> bool:
    if not args or any(a in ("-h", "--help", "-V", "--version") for a in args):
        return False
    first = args[0]
    return first == "check" or first.startswith("-") or os.path.exists(first)


def main() -> None:
    # our own process: the re shortcut and the start-up caches are installed before anything compiles
    from .refast import install

    install()
    if (os.cpu_count() or 1) > 1 and _will_lint(sys.argv[1:]) and not os.environ.get("GWLINT_NO_EARLY_WORKER"):
        from .guard import start_early

        try:
            start_early()
        except OSError:  # no process to spare: the guard starts one when needed, as without this
            pass
    from .cli import main as cli_main

    cli_main()

"""The ``gwlint`` command's entry point: what can start before the command line is parsed.

Importing the command line (typer, click, the option tables) and reading the
options and configuration take a cold ``gwlint check`` ~40 ms of CPU before its
guarded worker would be forked.  When the arguments say the command will lint
(``check``, or a file or option first, which ``gwlint.cli`` reads as ``check``),
the worker is forked here first and warms up (rules, dictionary) on another core
meanwhile (:func:`gwlint.guard.start_early`).  A guess that turns out wrong (a
``--help``, a usage error) costs a killed process, never a different result.
The command then ends without the interpreter's teardown (:func:`_exit`).
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

    try:
        cli_main()
    except SystemExit as exc:
        _exit(exc.code)
        raise
    _exit(0)  # pragma: no cover - cli.main always ends with sys.exit


def _exit(code) -> None:
    """End the process as ``sys.exit(code)`` would, without the interpreter's teardown of every
    module and object (~20 ms of a cold ``gwlint check``, after the results are out): exit
    handlers run and the standard streams are flushed; every file gwlint writes is closed (and
    committed) before this point.  Not while another thread runs (its end is waited for)."""
    import threading

    if threading.active_count() != 1:
        return
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code & 0xFF if code >= 0 else code % 256
    else:  # a message: printed to stderr, status 1, as sys.exit does
        try:
            print(code, file=sys.stderr)
        except Exception:  # noqa: BLE001 - nowhere to say it
            pass
        status = 1
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # noqa: BLE001 - a reader gone away: what a normal exit would also lose
            status = status or 120  # Python's own status when flushing stdout fails at exit
    os._exit(status)

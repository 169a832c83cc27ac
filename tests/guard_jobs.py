"""Jobs for the guard's tests: module-level so that worker processes can import them."""
from __future__ import annotations

import os
import time


def echo(x):
    return x


def pid():
    return os.getpid()


def sleep(seconds: float):
    time.sleep(seconds)
    return seconds


def spin():
    while True:  # a loop in pure Python, like pdfminer's resolve1 on a self-reference
        pass


def allocate(mib: int):
    """Allocate ``mib`` MiB and touch every page (a bomb inflating)."""
    blocks = []
    for _ in range(mib):
        blocks.append(bytearray(1 << 20))
    return len(blocks)


def die(code: int = 0):
    os._exit(code)


def kill_self(sig: int = 9):
    os.kill(os.getpid(), sig)
    time.sleep(10)


def fail(message: str):
    raise ValueError(message)


def unpicklable():
    return lambda: None


def apply(fn, args):
    """Run ``fn(*args)``: lets one batch mix jobs."""
    return fn(*args)


def collections_during_lint(data: bytes, name: str):
    """Lint a document already read, counting the cyclic collector's passes while the
    document's memo is alive (the rules run): (passes, collector enabled afterwards,
    objects frozen out of its reach)."""
    import gc

    from gwlint import docmemo
    from gwlint.config import Config
    from gwlint.engine import lint_document
    from gwlint.readers import read_bytes

    doc = read_bytes(data, name)
    passes = []

    def count(phase, info):
        if phase == "start" and docmemo._SCOPE.get() is not None:
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        result = lint_document(doc, Config())
    finally:
        gc.callbacks.remove(count)
    assert result.findings is not None
    return len(passes), gc.isenabled(), gc.get_freeze_count()

"""pytest plugin: keep every draft the test suite lints, for the frozen-output check.

    GWLINT_CAPTURE=/tmp/drafts PYTHONPATH=bench/freeze python -m pytest -q -p capture_plugin

Every document that reaches :func:`gwlint.engine.lint_document` is written to the
folder once (named by the hash of its content): the original bytes when a reader
made it (so .docx layout, .pdf geometry and txt markers are kept), else its
paragraph texts as a .txt file.  Files are deduplicated by content.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

_OUT = os.environ.get("GWLINT_CAPTURE")


def _save(data: bytes, suffix: str) -> None:
    out = Path(_OUT)
    out.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16] + suffix
    target = out / name
    if not target.exists():
        target.write_bytes(data)


@pytest.fixture(scope="session", autouse=True)
def _capture_drafts():
    if not _OUT:
        yield
        return
    import gwlint.engine as engine
    import gwlint.readers as readers

    raw: dict[int, tuple[bytes, str]] = {}
    orig_path, orig_bytes, orig_lint = readers.read_path, readers.read_bytes, engine.lint_document

    def read_path(path, *a, **k):
        doc = orig_path(path, *a, **k)
        try:
            raw[id(doc)] = (Path(path).read_bytes(), Path(path).suffix.lower() or ".txt")
        except OSError:
            pass
        return doc

    def read_bytes(data, filename, *a, **k):
        doc = orig_bytes(data, filename, *a, **k)
        raw[id(doc)] = (bytes(data), Path(filename).suffix.lower() or ".txt")
        return doc

    def lint_document(doc, *a, **k):
        try:
            got = raw.get(id(doc))
            if got is not None:
                _save(*got)
            elif doc.paragraphs:
                _save(("\n".join(p.text for p in doc.paragraphs) + "\n").encode("utf-8"), ".txt")
        except Exception:  # capturing must never change a test's outcome
            pass
        return orig_lint(doc, *a, **k)

    readers.read_path, readers.read_bytes, engine.lint_document = read_path, read_bytes, lint_document
    try:
        yield
    finally:
        readers.read_path, readers.read_bytes, engine.lint_document = orig_path, orig_bytes, orig_lint

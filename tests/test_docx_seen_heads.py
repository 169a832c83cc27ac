"""A member whose head was read before (no DTD; Strict Open XML or not) is not opened again when the same local
header and compressed bytes come back in a later package (gwlint.readers.docx._HEADS, issue 16, round 24): the
answer of ``_refuse_doctype`` is the same as reading every head, whatever was seen before."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from gwlint.model import ReadError
from gwlint.readers import docx as reader
from tests.hostile_gen import _parts, _zip, clean_docx

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"
ENTITY = b'<!DOCTYPE w:document [<!ENTITY co "\xe6\xb1\x9f\xe8\xa5\xbf">]>'


def _strict(parts: dict[str, bytes]) -> dict[str, bytes]:
    return {n: d.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                         b"http://purl.oclc.org/ooxml/wordprocessingml/main") for n, d in parts.items()}


def _with_dtd(parts: dict[str, bytes], name: str) -> dict[str, bytes]:
    out = dict(parts)
    body = out[name]
    decl = body.find(b"?>") + 2 if body.startswith(b"<?xml") else 0
    out[name] = body[:decl] + ENTITY + body[decl:]
    return out


def _packages() -> list[bytes]:
    clean = clean_docx()
    parts = _parts(clean)
    utf16 = dict(parts)
    utf16["word/settings.xml"] = parts["word/settings.xml"].decode("utf-8").replace(
        "encoding='UTF-8'", "encoding='UTF-16'").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    return [clean, _zip(parts), _zip(parts, level=1), _zip(_strict(parts)), _zip(utf16),
            _zip(_with_dtd(parts, "word/document.xml")), _zip(_with_dtd(parts, "word/settings.xml")),
            _zip(_with_dtd(_strict(parts), "word/styles.xml")),
            *(p.read_bytes() for p in sorted(SAMPLES.glob("*.docx")))]


def _answer(data: bytes, cached: bool):
    zf = zipfile.ZipFile(io.BytesIO(data))
    try:
        return reader._refuse_doctype(zf, zf.infolist(), data if cached else None)
    except ReadError as exc:
        return exc.message


@pytest.fixture(autouse=True)
def _fresh_heads():
    saved = dict(reader._HEADS)
    reader._HEADS.clear()
    yield
    reader._HEADS.clear()
    reader._HEADS.update(saved)


def test_same_answer_in_every_order():
    packages = _packages()
    plain = [_answer(d, False) for d in packages]
    assert plain.count(True) == 1 and sum(isinstance(a, str) for a in plain) == 3  # strict once, three refused
    for order in (packages, packages[::-1], packages[1::2] + packages[::2]):
        reader._HEADS.clear()
        for _ in range(2):
            for data in order:
                assert _answer(data, True) == plain[packages.index(data)]


def test_seen_members_are_not_opened(monkeypatch):
    data = clean_docx()
    assert _answer(data, True) is False
    opened = []
    real = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open",
                        lambda self, name, *a, **k: opened.append(name) or real(self, name, *a, **k))
    assert _answer(data, True) is False
    assert opened == []
    parts = _parts(data)
    parts["word/document.xml"] = parts["word/document.xml"].replace("江西".encode(), "江苏".encode())
    changed = _zip(parts)
    opened.clear()
    assert _answer(changed, True) is False
    assert [getattr(i, "filename", i) for i in opened] == ["word/document.xml"]  # only the member that changed


def test_a_dtd_is_never_remembered():
    parts = _parts(clean_docx())
    bad = _zip(_with_dtd(parts, "word/document.xml"))
    for _ in range(3):
        assert "DOCTYPE" in _answer(bad, True)
    assert not any(b"<!DOCTYPE" in raw for raw, _ in reader._HEADS.values())


def test_a_key_alone_is_not_enough():
    data = clean_docx()
    zf = zipfile.ZipFile(io.BytesIO(data))
    for i in zf.infolist():
        raw = reader._raw_member(data, i)
        if raw is not None:
            reader._HEADS[raw[0]] = [raw[1][:-1] + b"?", True]  # the same key, other bytes, another answer
    assert _answer(data, True) is False

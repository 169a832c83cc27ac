"""Parts python-docx keeps as plain bytes (theme, font table, thumbnail, Word 2010's
stylesWithEffects.xml) are inflated only when read (gwlint.readers.docx_styles.open_document):
the package opened is python-docx's, part for part, and a missing member fails as before."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from gwlint.docgen import parse_marked
from gwlint.docgen.docx import write_docx
from gwlint.model import ReadError
from gwlint.readers import docx_styles
from gwlint.readers.docx import read_docx

NOTICE = """
@title 江西省农业农村厅关于做好春季农业生产工作的通知
@recipients 各设区市农业农村局：
一、加强春耕生产组织
各设区市农业农村局要于3月20日前完成早稻种子调运。
@signature 江西省农业农村厅
@date 2026年3月1日
"""
SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def _notice() -> bytes:
    buf = io.BytesIO()
    write_docx(parse_marked(NOTICE), buf)
    return buf.getvalue()


def _packages() -> list[bytes]:
    return [_notice(), *(p.read_bytes() for p in sorted(SAMPLES.glob("*.docx")))]


def _parts(package) -> dict:
    return {str(p.partname): p for p in package.iter_parts()}


@pytest.mark.parametrize("data", _packages())
def test_same_package_as_python_docx(data):
    ours = _parts(docx_styles.open_document(data).part.package)
    theirs = _parts(docx.Document(io.BytesIO(data)).part.package)
    assert list(ours) == list(theirs)
    deferred = 0
    for name, part in ours.items():
        other = theirs[name]
        if type(other) is docx.opc.part.Part:
            assert type(part).__name__ == "DeferredPart"
            deferred += 1
        elif type(part).__name__ != "LazyStylesPart":
            assert type(part) is type(other)
        assert part.content_type == other.content_type
        assert part.blob == other.blob, name
        assert [(r.rId, r.reltype, r.is_external) for r in part.rels.values()] == \
            [(r.rId, r.reltype, r.is_external) for r in other.rels.values()]
    assert deferred >= 3  # the theme, the font table, the thumbnail … of python-docx's template


def test_stays_unread_until_asked():
    part = next(p for p in docx_styles.open_document(_notice()).part.package.iter_parts()
                if str(p.partname) == "/word/stylesWithEffects.xml")
    assert part._blob is None  # not inflated by opening the package
    assert part.blob.startswith(b"<?xml")
    assert part._blob is not None


def _without(data: bytes, member: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("member", ["word/theme/theme1.xml", "word/fontTable.xml", "word/document.xml"])
def test_missing_member_fails_as_with_python_docx(member):
    data = _without(_notice(), member)
    with pytest.raises(KeyError) as theirs:
        docx.Document(io.BytesIO(data))
    with pytest.raises(KeyError) as ours:
        docx_styles.open_document(data)
    assert str(ours.value) == str(theirs.value)
    with pytest.raises(ReadError):
        read_docx(data, "x.docx")

"""The content types and relationships parts parsed once per distinct bytes (``docx_styles._PARSED``, issue 16,
round 24): every package opened, in any order and again, is python-docx's, part for part and relationship for
relationship."""
from __future__ import annotations

import io
from pathlib import Path

import docx

from gwlint.readers import docx_styles
from tests.hostile_gen import _parts, _zip, clean_docx

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def _packages() -> list[bytes]:
    clean = clean_docx()
    parts = _parts(clean)
    moved = dict(parts)  # the same relationships written otherwise: another target for the footer
    rels = "word/_rels/document.xml.rels"
    if b"footer1.xml" in moved[rels]:
        moved[rels] = moved[rels].replace(b"footer1.xml", b"footer9.xml")
        moved["word/footer9.xml"] = moved.pop("word/footer1.xml")
        moved["[Content_Types].xml"] = moved["[Content_Types].xml"].replace(b"footer1.xml", b"footer9.xml")
    return [clean, _zip(moved), *(p.read_bytes() for p in sorted(SAMPLES.glob("*.docx")))]


def _shape(package) -> list:
    return [(str(p.partname), p.content_type, [(r.rId, r.reltype, r.is_external, r.target_ref) for r in p.rels.values()])
            for p in package.iter_parts()] + [[(r.rId, r.reltype, r.target_ref) for r in package.rels.values()]]


def test_same_package_in_any_order():
    packages = _packages()
    theirs = [_shape(docx.Document(io.BytesIO(d)).part.package) for d in packages]
    assert theirs[0] != theirs[1]
    for order in (list(range(len(packages))), list(range(len(packages)))[::-1]):
        docx_styles._PARSED.clear()
        for _ in range(2):
            for k in order:
                assert _shape(docx_styles.open_document(packages[k]).part.package) == theirs[k]
    assert docx_styles._PARSED  # something was kept

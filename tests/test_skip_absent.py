"""A rule that first asks the whole document which of its words it holds (GW805's phrase
entries and fixed phrases) must find exactly what it finds when it runs every entry on every
line: the document-level test may only skip what cannot match."""
from __future__ import annotations

import pytest

from gwlint.api import lint_bytes
from gwlint.rules.gw8 import gw805_standard_phrasing as gw805

from .conftest import CORPUS, REPO
from .helpers import config


def _texts() -> list[tuple[str, str]]:
    """Every corpus text, sample draft and evaluation draft, whole (label lines included:
    more text to match against)."""
    files = [*CORPUS.rglob("*.txt"), *(REPO / "sample_docs").glob("*.txt"), *(REPO / "tests" / "eval").rglob("*.gw")]
    return [(str(f.relative_to(REPO)), f.read_text(encoding="utf-8")) for f in sorted(files)]


def _findings(text: str, skip: bool, **options) -> list[tuple]:
    old = gw805.SKIP_ABSENT
    gw805.SKIP_ABSENT = skip
    try:
        # in this process (limits=None): a guarded child would not see the switch
        res = lint_bytes(text.encode("utf-8"), "draft.txt", config("GW805", **options), limits=None)
        return [(f.line, f.column, f.end_column, f.message) for f in res.findings]
    finally:
        gw805.SKIP_ABSENT = old


def test_gw805_document_skip_hides_no_finding():
    texts = _texts()
    assert len(texts) > 1500
    fired = 0
    for name, text in texts:
        full = _findings(text, False)
        assert _findings(text, True) == full, name
        fired += bool(full)
    assert fired >= 20  # the comparison covers documents where the rule fires, not only silent ones


def test_gw805_skip_keeps_configured_entries_and_near_misses():
    # a configured entry, a near match of a fixed phrase and an unquoted abbreviation, each on
    # a line of its own: the document holds their words, so none is skipped
    text = ("关于做好补贴发放工作的通知\n各设区市人民政府：\n"
            "一、省人社厅要会同省财政厅做好补贴发放工作。\n"
            "二、坚持以习近平新时代特色社会主义思想为指导。\n"
            "三、深化放管服改革，坚决维护以习近平为核心的党中央权威。\n")
    opts = {"GW805.phrasing": [{"wrong": "省人社厅", "right": "省人力资源社会保障厅"}]}
    full = _findings(text, False, **opts)
    assert len(full) >= 4, full
    assert _findings(text, True, **opts) == full


def test_gw805_per_stretch_skip_hides_no_finding_in_long_documents():
    # long documents are searched per stretch of about _CHUNK characters (each with the entries its
    # own words allow): texts joined into documents of many stretches must find what the full run does
    texts = [t for _, t in _texts()]
    docs = ["\n".join(texts[i:i + 40]) for i in range(0, len(texts), 40)]
    assert all(len(d) > 10 * gw805._CHUNK for d in docs[:-1])
    fired = 0
    for k, doc in enumerate(docs):
        full = _findings(doc, False)
        assert _findings(doc, True) == full, k
        fired += len(full)
    assert fired >= 20

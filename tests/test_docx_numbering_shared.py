"""The stories of one .docx (body, headers, footers) share the numbering part's list definitions, read once
(``Numbering.fresh``): each story's numbers equal those of a Numbering read anew for it (issue 16, round 24)."""
from __future__ import annotations

from lxml import etree

from gwlint.readers.docx_numbering import Numbering, paragraph_numbers

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

NUMBERING = f"""<w:numbering xmlns:w="{_W}">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def _p(num: str, ilvl: int) -> str:
    return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr></w:p>'


STORIES = [
    "".join(_p(n, k) for n, k in [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("3", 0), ("4", 0), ("4", 0), ("2", 0),
                                   ("1", 0), ("1", 2), ("3", 0)]),
    "".join(_p(n, k) for n, k in [("4", 0), ("1", 1), ("1", 0), ("3", 0)]),  # counted from the start again
    "".join(_p(n, k) for n, k in [("3", 0), ("4", 0), ("1", 2)]),
]


def _labels(root, numbering) -> list[str]:
    got = paragraph_numbers(root, numbering, lambda style: None, lambda p: False)
    return [got.get(p) for p in root.iter(f"{{{_W}}}p")]


def test_fresh_walks_equal_new_walks():
    defs = etree.fromstring(NUMBERING)
    shared = Numbering(defs)
    roots = [etree.fromstring(f'<w:body xmlns:w="{_W}">{s}</w:body>') for s in STORIES]
    for _ in range(2):  # the same stories again: nothing counted in one walk is seen by the next
        for root in roots:
            assert _labels(root, shared.fresh()) == _labels(root, Numbering(defs))
    assert _labels(roots[1], shared.fresh())[:2] == ["5.", "（一）"]
    assert shared.counters == {} and shared.started == set()  # the shared definitions were never counted in


def test_fresh_of_no_lists_is_empty():
    empty = Numbering(etree.fromstring(f'<w:numbering xmlns:w="{_W}"/>')).fresh()
    assert not empty and empty.counters == {}

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


# ---- round 24: the joins found only when a paragraph carries a list; abstract lists read when first used

def _old_paragraph_numbers(body, numbering, style_num, mark_deleted) -> dict:  # the definition before
    from gwlint.readers.docx_numbering import _int, _joined_owners, _unread

    out: dict = {}
    if not numbering:
        return out
    w_p, w_ppr = f"{{{_W}}}p", f"{{{_W}}}pPr"
    formatted_by = _joined_owners(body, mark_deleted)
    for p in body.iter(w_p):
        owner = formatted_by.get(p, p)
        if owner is not p:
            continue
        ppr = p.find(w_ppr)
        if ppr is None:
            continue
        style_el = ppr.find(f"{{{_W}}}pStyle")
        style = style_el.get(f"{{{_W}}}val") if style_el is not None else None
        num_id, ilvl = None, None
        npr = ppr.find(f"{{{_W}}}numPr")
        if npr is not None:
            nid = npr.find(f"{{{_W}}}numId")
            if nid is not None:
                num_id = nid.get(f"{{{_W}}}val")
            il = npr.find(f"{{{_W}}}ilvl")
            if il is not None:
                ilvl = _int(il, 0)
        if num_id is None and style is not None:
            num_id, style_ilvl = style_num(style) or (None, None)
            if ilvl is None:
                ilvl = style_ilvl
        if num_id is None or num_id == "0" or _unread(p):
            continue
        if ilvl is None:
            ilvl = numbering.level_of_style(num_id, style) or 0
        label = numbering.next_label(num_id, ilvl)
        if label:
            out[p] = label
    return out


def _random_p(rng) -> str:
    ppr = ""
    if rng.random() < 0.3:
        ppr += f'<w:pStyle w:val="{rng.choice(["H1", "H2", "Plain"])}"/>'
    if rng.random() < 0.4:
        num = rng.choice(["1", "2", "3", "4", "0", "9", None])
        lvl = f'<w:ilvl w:val="{rng.randint(0, 3)}"/>' if rng.random() < 0.7 else ""
        ppr += "<w:numPr>" + lvl + (f'<w:numId w:val="{num}"/>' if num else "") + "</w:numPr>"
    if rng.random() < 0.2:
        ppr += '<w:rPr><w:del w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    text = rng.choice(["", "落实责任", " "])
    run = f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>" if text or rng.random() < 0.5 else ""
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr or rng.random() < 0.5 else ''}{run}</w:p>"


def test_numbers_equal_the_old_definition():
    import random

    from gwlint.readers.docx import _mark_gone

    rng = random.Random(24)
    defs = etree.fromstring(NUMBERING)
    styles = {"H1": ("1", None), "H2": ("1", 1)}
    numbered = 0
    for _ in range(3000):
        body = "".join(_random_p(rng) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.1:  # a paragraph inside a content control showing its placeholder
            body += ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                     + _p("3", 0) + '</w:sdtContent></w:sdt>')
        root = etree.fromstring(f'<w:body xmlns:w="{_W}">{body}</w:body>')
        got = paragraph_numbers(root, Numbering(defs).fresh(), styles.get, _mark_gone)
        assert got == _old_paragraph_numbers(root, Numbering(defs), styles.get, _mark_gone), body
        numbered += bool(got)
    assert numbered > 1000


def test_abstract_lists_read_on_use():
    defs = etree.fromstring(NUMBERING)
    n = Numbering(defs)
    assert n.abstract == {}
    root = etree.fromstring(f'<w:body xmlns:w="{_W}">{_p("3", 0)}</w:body>')
    assert _labels(root, n.fresh()) == ["1."]
    assert list(n.abstract) == ["2"]  # only the list used
    assert n.levels("7") == {} and n.level_of_style("1", None) is None

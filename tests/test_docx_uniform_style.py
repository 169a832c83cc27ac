"""A paragraph whose runs share one format (east-asian font, size, bold, ascii font) gets its TextStyle without the
four counts (``readers.docx._uniform_style``, issue 16, round 24): the same TextStyle as counting, on random pieces
and on every paragraph of the sample .docx files."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from gwlint.model import TextStyle
from gwlint.readers import docx as reader

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def _old_text_style(pieces, para_props):  # the definition before the shortcut
    runs = []
    ea_count, size_count, bold_count, ascii_count = Counter(), Counter(), Counter(), Counter()
    pos = 0
    for text, key in pieces:
        n = len(text)
        ea, size, bold, ascii_font = key[0], key[1], key[2], key[3]
        if runs and runs[-1][2] == ea and runs[-1][3] == size:
            runs[-1][1] = pos + n
        else:
            runs.append([pos, pos + n, ea, size])
        pos += n
        visible = n - text.count(" ") - text.count("\u3000")
        if visible:
            ea_count[ea] += visible
            size_count[size] += visible
            bold_count[bold] += visible
            ascii_count[ascii_font] += visible
    size = reader._most(size_count)
    ind = para_props.get("ind")
    indent = 0.0
    if ind is not None:
        kind, value = ind
        if kind == "twips":
            indent = round(value / 20, 1)
        else:
            indent = round(value * size, 1) if size is not None else None
    return TextStyle(font_east_asia=reader._most(ea_count), font_ascii=reader._most(ascii_count), size_pt=size,
                     bold=reader._most(bold_count), alignment=para_props.get("jc", "left"),
                     first_line_indent_pt=indent, runs=[tuple(r) for r in runs])


def test_random_pieces():
    rng = random.Random(24)
    texts = ["", " ", "\u3000", "  ", "关于", "做好 工作", "\u3000\u3000一、", "abc", "。"]
    fonts, sizes, bolds = [None, "仿宋_GB2312", "黑体"], [None, 16.0, 22.0], [False, True]
    props = [{}, {"jc": "center"}, {"ind": ("twips", 640)}, {"ind": ("chars", 2.0)}, {"ind": ("chars", 2.0), "jc": "both"}]
    uniform = 0
    for _ in range(20000):
        base = (rng.choice(fonts), rng.choice(sizes), rng.choice(bolds), rng.choice(fonts), False)
        pieces = []
        for _ in range(rng.randint(0, 4)):
            key = base if rng.random() < 0.8 else (rng.choice(fonts), rng.choice(sizes), rng.choice(bolds),
                                                   rng.choice(fonts), rng.random() < 0.5)
            if rng.random() < 0.2:
                key = base[:4] + (True,)  # hidden differs: not one of the four fields
            pieces.append(("".join(rng.choice(texts) for _ in range(rng.randint(0, 3))), key))
        p = rng.choice(props)
        uniform += bool(pieces) and len({k[:4] for _, k in pieces}) == 1
        assert reader._text_style(pieces, p) == _old_text_style(pieces, p), (pieces, p)
    assert uniform > 5000


def test_sample_paragraphs(monkeypatch):
    seen = []
    real = reader._text_style

    def both(pieces, para_props):
        got = real(pieces, para_props)
        assert got == _old_text_style(pieces, para_props)
        seen.append(len(pieces))
        return got

    monkeypatch.setattr(reader, "_text_style", both)
    for path in sorted(SAMPLES.glob("*.docx")):
        reader.read_docx(path.read_bytes(), path.name)
    assert len(seen) > 20

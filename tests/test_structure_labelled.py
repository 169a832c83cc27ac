"""Structure recognition against a hand-labelled circular.

``corpus/govdoc-cn/397_a.txt`` labels every character of 397 (发改办财金规〔2019〕860号)
with its 公文 element (BIO tags: 发文机关标志, 发文字号, 正文标题, 主送机关, 一级标题,
二级标题, 正文, 发文机关, 成文日期).  gwlint must find the same elements in the PDF
and in the text copy of that circular.
"""
from __future__ import annotations

import re

import pytest

from gwlint.api import inspect_path

from .conftest import CORPUS, need

LABELS = CORPUS / "govdoc-cn" / "397_a.txt"


def labelled_segments() -> list[tuple[str, str]]:
    """(element, text) runs of the label file, in order."""
    segs: list[list[str]] = []
    for line in need(LABELS).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ch, tag = line.rsplit(" ", 1)
        bio, name = tag.split("_", 1)
        if bio == "B" or not segs or segs[-1][0] != name:
            segs.append([name, ch])
        else:
            segs[-1][1] += ch
    return [(n, t) for n, t in segs]


def _one(segs, name: str) -> str:
    found = [t for n, t in segs if n == name]
    assert len(found) == 1, name
    return found[0]


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", ["397.pdf", "397.txt"])
def test_elements_match_the_labels(name):
    segs = labelled_segments()
    ins = inspect_path(need(CORPUS / "govdoc-cn" / name), limits=None)  # keeps the document
    assert ins.error is None
    d = ins.to_dict()
    el = d["elements"]
    assert d["doc_number"] == _one(segs, "发文字号")
    assert d["title"] == _one(segs, "正文标题")
    assert _plain(el["recipients"]["text"]).rstrip("：:") == _plain(_one(segs, "主送机关")).rstrip("：:")
    assert d["date_text"] == _one(segs, "成文日期")
    # a joint circular: each issuer signs on a line of its own
    signers = [t for n, t in segs if n == "发文机关"]
    doc = ins.document
    assert [_plain(doc.paragraphs[ln - 1].text) for ln in el["signature"]["lines"]] == signers
    # the heading hierarchy: 一、 is level 1, （一） level 2, same titles in the same order
    want = [(1 if n == "一级标题" else 2, t) for n, t in segs if n in ("一级标题", "二级标题")]
    got = [(h["level"], h["title"]) for h in d["headings"]]
    assert len(got) == len(want) == 14
    for (gl, gt), (wl, wt) in zip(got, want):
        assert gl == wl and gt in wt, (gt, wt)

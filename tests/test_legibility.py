"""Text that decodes but was not really read is never "clean"; real text, short or traditional, is read.

Material: tests/mojibake.py (real corpus text damaged by wrong decodings, PDFs with a wrong
ToUnicode map; a traditional notice in Big5/GB18030/UTF-16).  Calibration: bench/bench_legibility.py.
"""
from __future__ import annotations

import json

import pytest

import gwlint
from gwlint.model import ReadError
from gwlint.readers import read_bytes

from . import mojibake
from .conftest import run_cli

SOURCE = mojibake.source_document()
DAMAGED = {**mojibake.damaged_texts(SOURCE), **mojibake.damaged_pdfs(SOURCE)}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_wrong_decoding_is_never_clean(name):
    res = gwlint.lint_bytes(DAMAGED[name], name, limits=None)
    codes = [f.code for f in res.findings]
    assert res.error and codes and set(codes) <= {"GW001", "GW002"}, (name, codes, res.error)
    # a PDF's text layer is re-exported (GW002, as for a scan); a text file is re-encoded (GW001)
    assert codes == (["GW002"] if name.endswith(".pdf") and "编码无法" not in res.error else ["GW001"])


@pytest.mark.parametrize("n", [60, 120])
@pytest.mark.parametrize("name", ["korean-euc-kr.txt", "utf8-read-as-gbk.txt", "double-utf8-latin1.txt",
                                  "shift-7.txt", "permuted-hanzi.txt", "gbk-read-as-big5.txt"])
def test_short_mojibake_is_caught(name, n):
    body = "\n".join(ln for ln in SOURCE.splitlines() if not ln.startswith("#"))[:n]
    data = mojibake.damaged_texts(body)[name]
    res = gwlint.lint_bytes(data, name, limits=None)
    assert res.error and [f.code for f in res.findings] == ["GW001"], (name, n)


def test_cli_says_why_in_chinese(tmp_path):
    p = tmp_path / "korean.txt"
    p.write_bytes(mojibake.KOREAN.encode("euc_kr"))
    r = run_cli("check", str(p), "--format", "json")
    [f] = json.loads(r.stdout)
    assert r.returncode == 1 and f["code"] == "GW001" and "乱码" in f["message"]


GOOD = {
    "tounicode-correct.pdf": mojibake.tounicode_pdf(SOURCE),
    "simplified-gb18030.txt": SOURCE.encode("gb18030"),
    "simplified-gbk.md": SOURCE.encode("gbk"),
    "utf16le-nobom.txt": SOURCE.encode("utf-16-le"),
    "utf16be-nobom.txt": SOURCE.encode("utf-16-be"),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_real_text_in_any_encoding_is_read(name):
    res = gwlint.lint_bytes(GOOD[name], name, limits=None)
    assert res.error is None and not {"GW001", "GW002"} & {f.code for f in res.findings}, res.findings[:2]
    doc = read_bytes(GOOD[name], name)
    assert "国务院关于在市场监管领域全面推行" in "".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-16-le", "utf-16"])
def test_traditional_chinese_is_read_in_its_encoding(encoding):
    data = mojibake.TRADITIONAL.encode(encoding)
    doc = read_bytes(data, "trad.txt")
    assert [p.text for p in doc.paragraphs] == [ln for ln in mojibake.TRADITIONAL.splitlines() if ln]
    res = gwlint.lint_bytes(data, "trad.txt", limits=None)
    assert res.error is None and not {"GW001", "GW002"} & {f.code for f in res.findings}
    if encoding == "big5":
        assert any("Big5" in n for n in doc.notes)


def test_unknown_encoding_names_what_was_tried():
    res = gwlint.lint_bytes(mojibake.JAPANESE.encode("shift_jis"), "jp.txt", limits=None)
    assert res.error and "GB18030" in res.error and "Big5" in res.error and "UTF-16" in res.error


@pytest.mark.parametrize("n", [30, 60, 100])
def test_short_real_notices_are_not_refused(n):
    # the first n characters of every real document in the repository: a 3-line notice is read
    refused = []
    for name, text in mojibake.corpus_texts():
        body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("# source:"))
        snippet = mojibake.snippet(body, n)
        res = gwlint.lint_bytes(snippet.encode("utf-8"), "short.txt", limits=None)
        if {"GW001", "GW002"} & {f.code for f in res.findings}:
            refused.append((name, res.error))
    assert refused == []


def test_one_byte_over_the_size_limit_says_size_and_limit(tmp_path):
    from gwlint.readers import MAX_BYTES

    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:  # sparse: costs nothing on disk, refused before reading
        fh.truncate(MAX_BYTES + 1)
    res = gwlint.lint_path(p, limits=None)
    assert [f.code for f in res.findings] == ["GW001"]
    assert f"{MAX_BYTES + 1:,} 字节" in res.error and f"{MAX_BYTES:,} 字节" in res.error, res.error


def _name_list(n: int) -> list[str]:
    import random

    r = random.Random(5)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董", "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建志红玉文斌海波辉宇鹏飞春梅晓东林燕丹萍"
    return [r.choice(surnames) + "".join(r.choice(given) for _ in range(r.choice((1, 2)))) for _ in range(n)]


def _village_list(n: int) -> list[str]:
    import random

    r = random.Random(3)
    chars = "新塘田坑岭湾山水口坪上下东西南北大小石桥头洲溪源冲背里前后中江陂垅坊圳"
    return ["".join(r.choice(chars) for _ in range(2)) + r.choice("村镇乡") for _ in range(n)]


@pytest.mark.parametrize("layout", ["list.txt", "cells.docx", "villages.txt"])
def test_a_list_of_names_is_not_mojibake(tmp_path, layout):
    # a 表彰名单 or a 名录 of villages: hundreds of names no dictionary knows, after a short decision
    from .badcorpus import document_xml, docx, para

    names = _village_list(600) if layout.startswith("villages") else _name_list(600)
    head = ["江西省人民政府关于表彰2025年度全省优秀公务员的决定", "各设区市人民政府，省政府各部门：",
            "为表彰先进，省政府决定，授予以下同志“全省优秀公务员”称号。", "附件：全省优秀公务员名单"]
    p = tmp_path / layout
    if layout.endswith(".txt"):
        p.write_text("\n".join(head + ["、".join(names[i:i + 8]) for i in range(0, 600, 8)]) + "\n", encoding="utf-8")
    else:  # one name a table cell: one paragraph each
        docx(p, document_xml("".join(para(x) for x in head + names)))
    res = gwlint.lint_path(p, limits=None)
    assert res.error is None and not {"GW001", "GW002"} & {f.code for f in res.findings}, res.error


def _verdicts(paras: list[str]):
    """verdict() of every count and of the counts that stop once settled, and whether they stopped early."""
    from gwlint.readers import legibility
    from gwlint.segment import document_tokens, tokenize

    with document_tokens():
        full = legibility.measure(paras, lambda i: tokenize(paras[i]))
        settled = legibility.measure(paras, lambda i: tokenize(paras[i]), settle=True)
    early = bool(settled.get("settled"))
    return legibility.verdict(full, "txt"), None if early else legibility.verdict(settled, "txt"), early


def test_counts_stop_only_where_nothing_left_can_refuse_the_text():
    """``measure(settle=True)`` (the lint's) gives verdict()'s answer on every real text and damaged text,
    and on real prose followed by a long damaged part (which must still be refused)."""
    stopped = 0
    for name, text in mojibake.real_texts():
        paras = [ln.strip() for ln in text.splitlines() if ln.strip()]
        whole, settled, early = _verdicts(paras)
        assert whole is None and settled is None, name
        stopped += early
    assert stopped > 100  # a real draft is settled before its end
    real = [ln for ln in SOURCE.splitlines() if ln.strip() and not ln.startswith("#")]
    for name, data in sorted(mojibake.damaged_texts(SOURCE).items()):
        try:
            bad = [p.text for p in read_bytes(data, name).paragraphs]
        except ReadError:  # refused by the reader already: its text as a GB18030 reading would give it
            bad = [ln for ln in data.decode("gb18030", errors="replace").splitlines() if ln.strip()]
        for paras in (bad, real[:3] + bad):
            whole, settled, _ = _verdicts(paras)
            assert settled == whole, name
        assert whole is not None, name  # three real paragraphs before the damage do not make it read

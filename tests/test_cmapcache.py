"""gwlint.readers.cmapcache: every CMap pdfminer ships comes back from the cache as pdfminer loads it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pdfminer.cmapdb")
from pdfminer import cmapdb  # noqa: E402

from gwlint.readers import cmapcache  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CMAP_DIR = Path(cmapdb.__file__).parent / "cmap"


def _attrs(cls) -> dict:
    return {k: v for k, v in vars(cls).items() if not (k.startswith("__") and k.endswith("__"))}


def test_every_shipped_cmap_round_trips(tmp_path, monkeypatch):
    monkeypatch.setenv("GWLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("GWLINT_NO_STARTCACHE", raising=False)
    assert cmapcache.install()
    cached = cmapdb.CMapDB._load_data
    names = sorted(p.name[: -len(".json.gz")] for p in CMAP_DIR.glob("*.json.gz"))
    assert len(names) > 100 and "to-unicode-Adobe-GB1" in names and "UniGB-UCS2-H" in names
    dense = 0
    for name in names:
        want = _attrs(cmapcache._original(name))
        first = _attrs(cached(name))  # loaded by pdfminer and written to the cache
        again = _attrs(cached(name))  # read back from the cache
        assert first == want and again == want, name
        assert list(again) == list(want)
        stored = cmapcache._stored(name)
        assert stored is not None, name
        dense += len(stored["dense"])
        for table, text in stored["dense"].items():
            got, ref = again[table], want[table]
            assert isinstance(got, cmapcache.DenseText) and len(text) < 2 * len(ref) + 256
            assert sorted(got.items()) == sorted(ref.items()) and len(got) == len(ref)
            for code in range(-2, len(text) + 3):  # every code, present or not, as the dict answers it
                assert got.get(code) == ref.get(code)
                if code in ref:
                    assert got[code] == ref[code]
                else:
                    with pytest.raises(KeyError):
                        got[code]
    # the four CID collections' to-Unicode maps (H and V) take the dense form (checked above)
    assert dense == 8


def test_a_damaged_cache_file_is_read_by_pdfminer_again(tmp_path, monkeypatch):
    monkeypatch.setenv("GWLINT_CACHE_DIR", str(tmp_path))
    assert cmapcache.install()
    name = "UniGB-UCS2-H"
    want = _attrs(cmapcache._original(name))
    cmapdb.CMapDB._load_data(name)
    (path,) = tmp_path.glob("cmap-UniGB-UCS2-H-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])
    assert _attrs(cmapdb.CMapDB._load_data(name)) == want


_READ = r"""
import json, sys
from gwlint.readers import read_path
doc = read_path(sys.argv[1])
print(json.dumps([[p.text, p.line, p.page] for p in doc.paragraphs], ensure_ascii=False))
"""


@pytest.mark.parametrize("name", ["issue-policy-notice.pdf", "dept-directive.pdf"])
def test_a_chinese_pdf_reads_the_same_from_the_cache(tmp_path, name):
    path = ROOT / "sample_docs" / name
    runs = []
    for env in ({"GWLINT_NO_STARTCACHE": "1"}, {}, {}):
        out = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path), **env}, check=True)
        runs.append(out.stdout)
    assert list(tmp_path.glob("cmap-*.marshal"))  # the second run wrote, the third read
    assert runs[0] == runs[1] == runs[2] and len(runs[0]) > 200


def test_dense_text_answers_as_the_dict():
    table = {0: "一", 2: "二", 5: "A"}
    dense = cmapcache.DenseText(cmapcache._dense(table))
    assert dense == table and len(dense) == 3 and list(dense) == [0, 2, 5]
    assert dense[False] == table[False] == "一" and dense.get(True) is None  # a bool is the key 0 or 1
    for key in (1, 3, 6, -1, "0", None, 2.5):
        assert dense.get(key) is None
        with pytest.raises(KeyError):
            dense[key]
    # tables that do not fit the form stay dicts
    assert cmapcache._dense({0: "ab"}) is None  # a longer text
    assert cmapcache._dense({0: "\0"}) is None  # the mark of an absent code
    assert cmapcache._dense({10_000: "x"}) is None  # sparse
    assert cmapcache._dense({-1: "x"}) is None


def test_a_chinese_pdf_keeps_adobe_gb1_compact(tmp_path):
    """After reading a PDF set in Chinese CID fonts, pdfminer's Adobe-GB1 to-Unicode maps are the compact form."""
    script = ("import sys\nfrom gwlint.readers import read_path\nread_path(sys.argv[1])\n"
              "from pdfminer.cmapdb import CMapDB\n"
              "print([type(m.cid2unichr).__name__ for m in CMapDB._umap_cache['Adobe-GB1']])")
    path = ROOT / "sample_docs" / "issue-policy-notice.pdf"
    for _ in range(2):  # written to the cache, then read from it
        out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}, check=True)
        assert out.stdout.split() == ["['DenseText',", "'DenseText']"]

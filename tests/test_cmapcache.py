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
    packed = patched = 0
    for name in names:
        want = _attrs(cmapcache._original(name))
        first = _attrs(cached(name))  # loaded by pdfminer and written to the cache
        again = _attrs(cached(name))  # read back from the cache
        assert first == want and again == want, name
        assert list(again) == list(want)
        stored = cmapcache._stored(name)
        assert stored is not None, name
        packed += len(stored["packed"])
        patched += len(stored["patched"])
    assert packed >= 4 and patched >= 4  # the to-Unicode maps take the compact forms (checked above)


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

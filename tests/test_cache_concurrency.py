"""The per-user caches (the jieba dictionary trie, parsed TOML data) are shared by every gwlint process of
a user, across checkouts and versions: processes that build at once, a cache file cut short, a cache
written for other data never give another segmentation or other data, only a rebuild (or a build in
memory).  Each test has its own cache folder (GWLINT_CACHE_DIR); processes are real, started together."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .conftest import REPO

TEXT = "江西省人民政府办公厅关于做好春季森林防火工作的通知，各设区市人民政府要于3月底前报送工作总结。"

# one process: load the dictionary (from the cache or by building it), say where from, and segment
PROBE = f"""
import json, sys
from gwlint import segment
dic = segment.load_dictionary()
tk = segment.trie_tokenizer(dic)
print(json.dumps({{"mapped": dic.path is not None, "words": [w for w, _, _ in tk.tokenize({TEXT!r}, HMM=False)]}}))
"""


def _env(cache: Path) -> dict:
    return {**os.environ, "GWLINT_CACHE_DIR": str(cache), "PYTHONIOENCODING": "utf-8"}


def _probe(cache: Path) -> dict:
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, env=_env(cache), cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


def _reference() -> list[str]:
    """The segmentation of a plain jieba Tokenizer with gwlint's user dictionary (no cache at all)."""
    from gwlint.segment import plain_tokenizer

    return [w for w, _, _ in plain_tokenizer().tokenize(TEXT, HMM=False)]


def _folders(cache: Path) -> list[Path]:
    return sorted(cache.glob("jieba-*"))


def test_processes_building_at_once_agree(tmp_path):
    cache = tmp_path / "cache"
    procs = [subprocess.Popen([sys.executable, "-c", PROBE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=_env(cache), cwd=REPO) for _ in range(4)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        outs.append(json.loads(out))
    ref = _reference()
    assert all(o["words"] == ref for o in outs)
    assert len(_folders(cache)) == 1 and not list(cache.glob(".tmp-*"))  # one cache, no half-built leftovers
    assert _probe(cache) == {"mapped": True, "words": ref}  # and the next process maps it


def test_truncated_cache_files_are_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    ref = _reference()
    assert _probe(cache)["words"] == ref
    (folder,) = _folders(cache)
    for name in ("freq.u32", "logp.f64", "words.marisa", "meta.json"):
        data = (folder / name).read_bytes()
        (folder / name).write_bytes(data[: len(data) // 2])
        assert _probe(cache)["words"] == ref, name  # never read half a file
        (folder,) = _folders(cache)
        assert _probe(cache) == {"mapped": True, "words": ref}, name  # repaired in place


def test_cache_of_another_dictionary_is_not_used(tmp_path):
    cache = tmp_path / "cache"
    ref = _reference()
    _probe(cache)
    (folder,) = _folders(cache)
    # a cache for other data under this name (another user dictionary, another builder): its meta says so
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["key"] = "0" * 16
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert _probe(cache)["words"] == ref
    assert json.loads((folder / "meta.json").read_text(encoding="utf-8"))["key"] == folder.name[len("jieba-"):]


def test_unusable_cache_folder_builds_in_memory(tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")  # nothing can be written or read there
    assert _probe(cache) == {"mapped": False, "words": _reference()}


# ------------------------------------------------------------------ parsed TOML data

def test_toml_cache_follows_the_content_not_the_file_stamp(tmp_path, monkeypatch):
    from gwlint import data

    monkeypatch.setenv("GWLINT_CACHE_DIR", str(tmp_path / "cache"))
    f = tmp_path / "words.toml"
    f.write_text('word = "甲"\n', encoding="utf-8")
    stamp = f.stat().st_mtime_ns
    assert data._cached_toml(f) == {"word": "甲"}
    assert list((tmp_path / "cache").glob("toml-*.marshal"))  # cached
    # same size, same modification time, other content (a checkout within one clock tick, a copy
    # that kept the time stamp): the parse of the old content must not be served
    f.write_text('word = "乙"\n', encoding="utf-8")
    os.utime(f, ns=(stamp, stamp))
    assert data._cached_toml(f) == {"word": "乙"}


def test_truncated_toml_cache_is_parsed_again(tmp_path, monkeypatch):
    from gwlint import data

    monkeypatch.setenv("GWLINT_CACHE_DIR", str(tmp_path / "cache"))
    f = tmp_path / "table.toml"
    f.write_text("".join(f'k{i} = "{"值" * 20}"\n' for i in range(200)), encoding="utf-8")
    want = data._cached_toml(f)
    (blob,) = (tmp_path / "cache").glob("toml-*.marshal")
    for cut in (1, len(blob.read_bytes()) // 2, len(blob.read_bytes()) - 1):
        blob.write_bytes(blob.read_bytes()[:cut] if cut > 1 else b"\x00")
        assert data._cached_toml(f) == want, cut


def test_toml_processes_at_once(tmp_path):
    code = ("import sys, json; from pathlib import Path; from gwlint import data;"
            "print(json.dumps(data._cached_toml(Path(sys.argv[1]))))")
    f = tmp_path / "t.toml"
    f.write_text("".join(f'k{i} = {i}\n' for i in range(3000)), encoding="utf-8")
    env = _env(tmp_path / "cache")
    t0 = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-c", code, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env, cwd=REPO) for _ in range(4)]
    want = {f"k{i}": i for i in range(3000)}
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        assert json.loads(out) == want
    assert time.monotonic() - t0 < 300
    assert len(list((tmp_path / "cache").glob("toml-*.marshal"))) == 1

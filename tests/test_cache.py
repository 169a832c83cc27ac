from __future__ import annotations

import os
import subprocess
import sys

from gwlint.data import _cached_toml, data_path, tomllib


def test_parsed_data_files_are_cached_and_equal_to_a_fresh_parse(tmp_path):
    code = "from gwlint.data import load_toml; print(repr(load_toml('meetings.toml')))"
    env = {**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    cached = list(tmp_path.glob("toml-*-meetings-*.marshal"))
    assert len(cached) == 1
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    with open(data_path("meetings.toml"), "rb") as fh:
        fresh = repr(tomllib.load(fh))
    assert first.stdout.decode().strip() == second.stdout.decode().strip() == fresh
    assert first.stderr == second.stderr == b""


def test_an_edited_damaged_or_unmarshallable_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("GWLINT_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "words.toml"
    src.write_text('words = ["不得", "严禁"]\n', encoding="utf-8")
    assert _cached_toml(src) == {"words": ["不得", "严禁"]}
    (entry,) = (tmp_path / "cache").glob("toml-*-words-*.marshal")
    entry.write_bytes(entry.read_bytes()[:-5])  # truncated
    assert _cached_toml(src) == {"words": ["不得", "严禁"]}
    src.write_text('words = ["不得", "严禁", "一律"]\n', encoding="utf-8")  # edited: new size
    assert _cached_toml(src) == {"words": ["不得", "严禁", "一律"]}
    src.write_text("day = 2019-02-25\n", encoding="utf-8")  # a TOML date has no marshal form
    assert str(_cached_toml(src)["day"]) == "2019-02-25"


def test_unwritable_cache_folder_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GWLINT_CACHE_DIR", str(blocker / "cache"))
    src = tmp_path / "a.toml"
    src.write_text("a = 1\n", encoding="utf-8")
    assert _cached_toml(src) == {"a": 1}

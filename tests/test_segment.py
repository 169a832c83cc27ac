from __future__ import annotations

import os
import subprocess
import sys

from gwlint.segment import cache_dir, lcut, tokenize


def test_user_dictionary_keeps_government_terms_whole():
    words = lcut("省发展改革委会同省财政厅负责，各设区市要推进一网通办和赣服通建设")
    for term in ("省发展改革委", "省财政厅", "各设区市", "一网通办", "赣服通"):
        assert term in words, words


def test_jieba_words_that_look_like_orders_stay_whole():
    assert "不得不" in lcut("各地不得不调整计划")
    assert "舍不得" in lcut("群众舍不得离开")


def test_tokens_carry_offsets():
    text = "各设区市人民政府要于3月底前报送"
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_cache_is_written_and_start_is_silent(tmp_path):
    env = {**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}
    code = "from gwlint.segment import lcut; print('/'.join(lcut('省政府办公厅')))"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    assert first.returncode == 0 and first.stdout.decode().strip() == "省政府办公厅"
    assert list(tmp_path.glob("prefix-*.marshal")), "prefix cache not written"
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    # no "Building prefix dict" / pkg_resources noise on stderr
    assert first.stderr == b"" and second.stderr == b""
    assert cache_dir()  # resolves without error


def test_unwritable_cache_dir_still_segments_silently(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env = {**os.environ, "GWLINT_CACHE_DIR": str(blocker / "cache")}  # a path under a file: cannot be created
    code = "from gwlint.segment import lcut; print('/'.join(lcut('各设区市人民政府要于3月底前报送')))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout.decode().strip() == "各设区市人民政府/要/于/3/月底/前/报送"

from __future__ import annotations

import ast
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gwlint.data import data_path
from gwlint.segment import cache_dir, lcut, plain_tokenizer, tokenize, tokenizer, trie_tokenizer

REPO = Path(__file__).resolve().parents[1]


def test_user_dictionary_keeps_government_terms_whole():
    words = lcut("省发展改革委会同省财政厅负责，各设区市要推进一网通办和赣服通建设")
    for term in ("省发展改革委", "省财政厅", "各设区市", "一网通办", "赣服通"):
        assert term in words, words


def test_jieba_words_that_look_like_orders_stay_whole():
    assert "不得不" in lcut("各地不得不调整计划")
    assert "舍不得" in lcut("群众舍不得离开")


def test_user_dictionary_is_built_from_the_tables():
    """dictionaries/userdict.txt is generated: a stale file means gwlint reads other words
    than its tables say (and the segmentation checks of the builder must hold)."""
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "build_userdict.py"), "--check"],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr


def test_tokens_carry_offsets():
    text = "各设区市人民政府要于3月底前报送"
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


# ---------------------------------------------------------------- the trie is jieba's dictionary, exactly


@pytest.fixture(scope="module")
def plain():
    """jieba's own dict-based Tokenizer with the same user dictionary."""
    return plain_tokenizer()


def test_dictionary_keys_frequencies_and_tags_are_jiebas(plain):
    tk = tokenizer()
    assert type(tk).__name__ == "TrieTokenizer"
    assert tk.total == plain.total
    assert len(tk.FREQ) == len(plain.FREQ) > 500_000
    assert dict(tk.FREQ.items()) == plain.FREQ  # every key, prefixes with 0 included
    assert tk.user_word_tag_tab == plain.user_word_tag_tab
    assert tk.FREQ.get("不存在的词语啊", 7) == 7 and "不存在的词语啊" not in tk.FREQ
    assert tk.FREQ.get("中\ud800") is None and "\ud800" not in tk.FREQ and 1 not in tk.FREQ
    assert tk.FREQ.get("井底\x00") is None and "井底\x00" not in tk.FREQ  # the trie library stops at NUL


def _repo_texts() -> list[str]:
    files = sorted((REPO / "sample_docs").glob("*.txt")) + sorted((REPO / "sample_docs" / "src").glob("*"))
    files += sorted((REPO / "tests" / "corpus").rglob("*.txt"))  # vendored corpus, where present
    return [f.read_text(encoding="utf-8") for f in files if f.is_file()]


def _generated_texts(plain, seed: int = 16) -> list[str]:
    """Varied text: dictionary and user-dictionary words, rare and out-of-range
    characters, ASCII runs, digits, punctuation and whitespace, long unbroken runs."""
    rnd = random.Random(seed)
    words = sorted(w for w, f in plain.FREQ.items() if f)
    user = sorted(plain.user_word_tag_tab)
    zero = [w for w in user if plain.FREQ.get(w) == 0] or ["须按"]
    pieces = [
        lambda: rnd.choice(words),
        lambda: rnd.choice(words),
        lambda: rnd.choice(user),
        lambda: rnd.choice(zero),
        lambda: chr(rnd.randint(0x4E00, 0x9FFF)),  # incl. 9FD6-9FFF, outside jieba's re_han
        lambda: chr(rnd.randint(0x3400, 0x4DBF)),
        lambda: rnd.choice(["\ud800", "\udfff", "\x00", "\ufeff", "😀"]),  # lone surrogates: not in any trie key
        lambda: rnd.choice(["GB/T 9704", "C++", "v2.0", "No.3", "a", "B", "x_y", "100%", "-", "#1", "OA"]),
        lambda: str(rnd.randint(0, 99999)),
        lambda: rnd.choice("，。、；：？！“”‘’（）《》〔〕—…·０１２"),
        lambda: rnd.choice([" ", "\n", "\t", "\r\n", "\u3000", "  "]),
    ]
    out = []
    for _ in range(60):
        out.append("".join(rnd.choice(pieces)() for _ in range(rnd.randint(1, 400))))
    # long runs with no break: the DAG of one block of thousands of characters
    out.append("".join(rnd.choice(words) for _ in range(3000)))
    out.append("".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(5000)))
    out.append("省政府" * 2000 + "ab" * 500)
    return out


@pytest.mark.parametrize("hmm", [False, True], ids=["HMM-off", "HMM-on"])
def test_segmentation_is_byte_identical_to_jieba(plain, hmm):
    tk = tokenizer()
    texts = _repo_texts() + _generated_texts(plain)
    assert len(texts) > 60
    for text in texts:
        assert tk.lcut(text, HMM=hmm) == plain.lcut(text, HMM=hmm), text[:80]
        assert list(tk.tokenize(text, HMM=hmm)) == list(plain.tokenize(text, HMM=hmm))


def test_dag_route_full_and_search_modes_match_jieba(plain):
    tk = tokenizer()
    for text in _generated_texts(plain, seed=7)[:25]:
        for block in text.split("，"):
            dag = plain.get_DAG(block)
            assert tk.get_DAG(block) == dag
            mine, theirs = {}, {}
            tk.calc(block, dag, mine)
            plain.calc(block, dag, theirs)
            assert mine == theirs
        assert tk.lcut(text, cut_all=True) == plain.lcut(text, cut_all=True)
        assert tk.lcut_for_search(text) == plain.lcut_for_search(text)


def test_added_words_are_honoured_like_jieba(plain):
    import jieba

    tk = trie_tokenizer(tokenizer().dic)  # own instance: the shared one stays static
    ref = jieba.Tokenizer()
    ref.FREQ, ref.total, ref.initialized = dict(plain.FREQ), plain.total, True
    text = "推进赣服通小程序和无证明城市建设，落实首问负责制"
    for t in (tk, ref):
        t.add_word("赣服通小程序", 2000)
        t.add_word("无证明城市")
    assert tk.lcut(text, HMM=False) == ref.lcut(text, HMM=False)
    assert "赣服通小程序" in tk.lcut(text, HMM=False)
    assert tk.FREQ["赣服通小程序"] == 2000 and tk.total == ref.total
    assert tokenizer().FREQ.get("赣服通小程序") is None


# ---------------------------------------------------------------- the cache

_SENTENCE = "各设区市人民政府要于3月底前报送"
_EXPECTED = "各设区市人民政府/要/于/3/月底/前/报送"
_PRINT = f"from gwlint.segment import lcut; print('/'.join(lcut('{_SENTENCE}')))"


def _run(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300,
                          env={**os.environ, **env})


def _only_cache(folder: Path) -> Path:
    found = [p for p in folder.iterdir() if p.name.startswith("jieba-")]
    assert len(found) == 1, found
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")], "temporary build left behind"
    return found[0]


def test_cache_is_written_once_and_start_is_silent(tmp_path):
    first = _run(_PRINT, GWLINT_CACHE_DIR=str(tmp_path))
    assert first.returncode == 0 and first.stdout.decode().strip() == _EXPECTED
    cache = _only_cache(tmp_path)
    assert {p.name for p in cache.iterdir()} == {"words.marisa", "freq.u32", "logp.f64", "pos.u8", "meta.json"}
    stamp = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    second = _run(_PRINT + "; from gwlint.segment import tokenizer; print(tokenizer().dic.path)",
                  GWLINT_CACHE_DIR=str(tmp_path))
    assert second.stdout.decode().split() == [_EXPECTED, str(cache)]
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == stamp  # mapped, not rebuilt
    # no "Building prefix dict" / pkg_resources noise on stderr
    assert first.stderr == b"" and second.stderr == b""
    assert cache_dir()  # resolves without error


def test_processes_starting_together_share_one_cache(tmp_path):
    env = {**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", _PRINT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 3
    assert [o.decode().strip() for o, _ in outs] == [_EXPECTED] * 3
    assert [e for _, e in outs] == [b""] * 3
    _only_cache(tmp_path)
    assert _run(_PRINT, GWLINT_CACHE_DIR=str(tmp_path)).stdout.decode().strip() == _EXPECTED


@pytest.fixture(scope="module")
def built_cache(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("built-cache")
    assert _run(_PRINT, GWLINT_CACHE_DIR=str(folder)).returncode == 0
    return _only_cache(folder)


@pytest.mark.parametrize("damage", ["truncate-freq", "truncate-trie", "scramble-trie", "stale-key", "empty-meta"])
def test_damaged_or_stale_cache_is_rebuilt(tmp_path, built_cache, damage):
    shutil.copytree(built_cache, tmp_path / built_cache.name)
    cache = _only_cache(tmp_path)
    sizes = {p.name: p.stat().st_size for p in cache.iterdir()}
    if damage == "truncate-freq":
        os.truncate(cache / "freq.u32", sizes["freq.u32"] - 4)
    elif damage == "truncate-trie":
        os.truncate(cache / "words.marisa", sizes["words.marisa"] // 2)
    elif damage == "scramble-trie":  # same size, bytes changed inside: the trie library would hang on it
        data = bytearray((cache / "words.marisa").read_bytes())
        for i in range(200, len(data), 997):
            data[i] ^= 0x5A
        (cache / "words.marisa").write_bytes(bytes(data))
    elif damage == "stale-key":
        meta = json.loads((cache / "meta.json").read_text(encoding="utf-8"))
        meta["key"] = "0" * 16
        (cache / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    else:
        (cache / "meta.json").write_text("", encoding="utf-8")
    r = _run(_PRINT, GWLINT_CACHE_DIR=str(tmp_path))
    assert r.returncode == 0 and r.stderr == b"" and r.stdout.decode().strip() == _EXPECTED
    rebuilt = _only_cache(tmp_path)
    assert {p.name: p.stat().st_size for p in rebuilt.iterdir()} == sizes


def test_caches_of_other_dictionaries_are_removed_once_unused_for_a_week(tmp_path):
    month_ago = time.time() - 30 * 86400
    for name in ("prefix-0123456789abcdef.marshal", "jieba-0123456789abcdef", "jieba-fedcba9876543210"):
        p = tmp_path / name
        p.mkdir() if name.startswith("jieba-") else p.write_bytes(b"old format")
        if "fedcba" not in name:
            os.utime(p, (month_ago, month_ago))
    (tmp_path / "unrelated.txt").write_text("kept")
    assert _run(_PRINT, GWLINT_CACHE_DIR=str(tmp_path)).returncode == 0
    # another installation's recent cache stays: two checkouts used in turn must not evict each other
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("jieba-", "toml-"))) == [
        "unrelated.txt"]
    assert (tmp_path / "jieba-fedcba9876543210").is_dir()
    assert not (tmp_path / "jieba-0123456789abcdef").exists()


def test_unwritable_cache_dir_still_segments_silently(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    # a path under a file cannot be created (even by root): the dictionary is built in memory
    r = _run(_PRINT + "; from gwlint.segment import tokenizer; print(tokenizer().dic.path)",
             GWLINT_CACHE_DIR=str(blocker / "cache"))
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout.decode().split() == [_EXPECTED, "None"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX private temp folder")
def test_read_only_home_falls_back_to_a_private_temp_folder(tmp_path):
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("x")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "GWLINT_CACHE_DIR"}
    env.update(XDG_CACHE_HOME=str(blocker / "cache"), TMPDIR=str(tmp))
    code = _PRINT + "; from gwlint.segment import tokenizer; print(tokenizer().dic.path)"
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300, env=env)
            for _ in range(2)]
    private = tmp / f"gwlint-cache-{os.getuid()}"
    cache = _only_cache(private)
    for r in runs:
        assert r.returncode == 0 and r.stderr == b""
        assert r.stdout.decode().split() == [_EXPECTED, str(cache)]
    assert private.stat().st_mode & 0o077 == 0


def test_hmm_force_split_words_hold_in_a_process_that_only_mapped_the_cache(tmp_path):
    """The user dictionary's words of frequency 0 (须按 …) are handed to jieba's
    HMM by add_word; a process that maps the cache must do the same."""
    rows = [line.split() for line in data_path("userdict.txt").read_text(encoding="utf-8").splitlines()]
    zero = [row[0] for row in rows if len(row) >= 2 and row[1] == "0"]
    assert zero, "the user dictionary has no forced splits to test"
    text = "，".join(f"各单位{w}要求" for w in zero)
    code = ("import sys; from gwlint.segment import {f}; "
            "print('/'.join({f}().lcut(sys.argv[1], HMM=True)))")
    assert _run(_PRINT, GWLINT_CACHE_DIR=str(tmp_path)).returncode == 0  # cache built in another process
    mapped = subprocess.run([sys.executable, "-c", code.format(f="tokenizer"), text], capture_output=True,
                            timeout=300, env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)})
    plain_ = subprocess.run([sys.executable, "-c", code.format(f="plain_tokenizer"), text], capture_output=True,
                            timeout=300, env={**os.environ, "GWLINT_CACHE_DIR": str(tmp_path)})
    assert mapped.returncode == 0 and plain_.returncode == 0
    assert mapped.stdout == plain_.stdout
    for w in zero:
        assert f"/{w}/" not in mapped.stdout.decode()


def test_hmm_matches_jieba_in_a_process_without_gwlint(tmp_path, plain):
    """Reference: jieba alone, in its own process, with the user dictionary loaded
    by jieba's load_userdict (no gwlint code, no lazily loaded HMM table)."""
    texts = _repo_texts() + _generated_texts(plain, seed=3)[:30]
    # repr/literal_eval, not JSON: JSON would join two lone surrogates into one character
    (tmp_path / "texts.py").write_text(repr(texts), encoding="utf-8", errors="surrogatepass")
    code = ("import ast, sys, jieba; jieba.setLogLevel(60); tk = jieba.Tokenizer(); "
            "tk.load_userdict(sys.argv[2]); "
            "texts = ast.literal_eval(open(sys.argv[1], encoding='utf-8').read()); "
            "print(repr([[tk.lcut(t, HMM=h) for t in texts] for h in (True, False)]))")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "texts.py"), str(data_path("userdict.txt"))],
                       capture_output=True, timeout=300, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    hmm_on, hmm_off = ast.literal_eval(r.stdout.decode())
    tk = tokenizer()
    assert [tk.lcut(t, HMM=True) for t in texts] == hmm_on
    assert [tk.lcut(t, HMM=False) for t in texts] == hmm_off


def test_a_run_without_hmm_never_loads_the_hmm_tables(tmp_path):
    code = _PRINT + ("; import sys; from gwlint.segment import tokenizer; tk = tokenizer(); "
                     "emit = sys.modules['jieba.finalseg'].emit_P; print(dict.__len__(emit)); "
                     "tk.lcut('他来到了网易杭研大厦', HMM=True); print(dict.__len__(emit))")
    r = _run(code, GWLINT_CACHE_DIR=str(tmp_path))
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout.decode().split() == [_EXPECTED, "0", "4"]  # B, E, M, S once the HMM runs


def test_a_document_segments_each_text_once_however_many_texts_it_has():
    from gwlint.segment import document_tokens

    texts = [f"第{i}条各设区市人民政府要于{i % 12 + 1}月底前报送工作总结" for i in range(3000)]  # > the shared LRU
    with document_tokens():
        first = [tokenize(t) for t in texts]
        for _ in range(2):  # every rule's pass over the document
            assert all(tokenize(t) is f for t, f in zip(texts, first))
    with document_tokens():  # a new document starts empty: no unbounded growth across documents
        assert tokenize(texts[0]) == first[0]
        assert sum(tokenize(t) is f for t, f in zip(texts, first)) < 1100


def test_lint_output_is_the_same_with_and_without_the_document_memo(tmp_path):
    from gwlint.api import lint_path
    from gwlint.config import load_config
    from gwlint.engine import _lint_document
    from gwlint.readers import read_path

    cfg = load_config()
    for src in sorted((REPO / "sample_docs").glob("*.txt")):
        memo = [(f.code, f.line, f.column, f.message) for f in lint_path(src, cfg).findings]
        bare = [(f.code, f.line, f.column, f.message) for f in
                _lint_document(read_path(src), cfg, path=str(src), structure=None).findings]
        assert memo == bare, src.name


def test_document_memo_segments_like_jieba_with_shared_clauses(plain):
    """In a document, texts share the memo of the clauses (jieba's blocks) they are cut
    into: paragraphs, their sentences and odd pieces still segment exactly as jieba."""
    import re

    from gwlint.segment import document_tokens

    pieces = []
    for text in _repo_texts() + _generated_texts(plain)[:20] + ["a\r\nb", "\r\r\n\n", "x \r\n\u3000y", "", "\r\n"]:
        for line in text.splitlines(keepends=True):
            pieces.append(line)
            pieces += [s for s in re.findall(r"[^。；，]*[。；，]?", line) if s]
            pieces.append(line[1:-1])  # cut inside a clause
    with document_tokens():
        for text in pieces:
            got = [(t.text, t.start, t.end) for t in tokenize(text)]
            assert got == list(plain.tokenize(text, HMM=False)), text[:80]


def test_a_lint_segments_each_clause_once_however_many_rules_read_it(monkeypatch):
    """Rules read paragraphs, sentences and clauses again and again: in one lint
    jieba's route search runs once per distinct block (clause), not per request."""
    from gwlint.config import Config
    from gwlint.engine import lint_document
    from gwlint.model import Document, Paragraph

    body = [f"{i}、各设区市人民政府要于{i % 12 + 1}月底前报送工作总结，省林业局负责督促落实；"
            f"严禁在林区内烧荒、烧秸秆，第{i}项任务由省财政厅会同省发展改革委负责。" for i in range(1, 40)]
    lines = ["江西省林业局关于做好春季森林防火工作的通知", "各设区市人民政府：", *body, "江西省林业局", "2024年3月1日"]
    doc = Document("draft.txt", "txt", [Paragraph(t) for t in lines])
    tk = tokenizer()
    calls = []
    real = type(tk).words_no_hmm

    def counting(self, sentence, dic):
        calls.append(sentence)
        return real(self, sentence, dic)

    monkeypatch.setattr(type(tk), "words_no_hmm", counting)
    lint_document(doc, Config())
    assert calls, "the lint segmented nothing"
    assert len(calls) == len(set(calls)), "a block was segmented twice in one document"


def test_a_text_as_written_and_as_read_segment_alike(plain):
    """A paragraph typed with half-width marks is asked as written and as read (the marks full-width): within a
    document the written text's tokens are the read text's with the marks as written (round 13, h13s), and both
    are exactly jieba's, whichever is asked first -- also marks between Latin letters and digits, at either end,
    doubled, beside line breaks and in generated text."""
    from gwlint.segment import _full_width, document_tokens

    pieces = ["(责任单位:省发展改革委,省财政厅;各设区市人民政府)", "1,000元;9:00前(含)", "a,b(c)d;e:f", ",,(())", "(",
              "各县(市、区)\r\n要,抓好落实:", "2024年3月1日,省林业局(牵头)、省财政厅;"]
    for text in _repo_texts() + _generated_texts(plain)[:20]:
        pieces += [ln for ln in text.splitlines() if _full_width(ln) != ln]
    assert len(pieces) > 100
    derived = 0
    for written_first in (True, False):
        with document_tokens():
            for text in pieces:
                full = _full_width(text)
                for t in ((text, full) if written_first else (full, text)):
                    got = [(x.text, x.start, x.end) for x in tokenize(t)]
                    assert got == list(plain.tokenize(t, HMM=False)), t[:80]
                # the written text's words are the very tokens of the read one
                derived += any(a is b for a, b in zip(tokenize(text), tokenize(full)))
    assert derived > 200


def test_word_tag_is_jiebas_dictionary_tag():
    """word_tag reads the tag column of jieba's dictionary (the user dictionary's over it) from the mapped
    cache: the same tags jieba.posseg loads, for every tagged word of both files."""
    import jieba
    from pathlib import Path

    from gwlint.data import data_path
    from gwlint.segment import word_tag

    expected = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                expected[parts[0]] = parts[2]
    with open(data_path("userdict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and not parts[2].isdigit():
                expected[parts[0]] = parts[2]
    words = list(expected)[::97]  # ~3,600 words spread over both files
    assert all(word_tag(w) == expected[w] for w in words)
    assert word_tag("摸清") == "v" and word_tag("卫生院") == "nt" and word_tag("不再") == "d"
    assert word_tag("摸清底数然后") == ""  # not a dictionary word


def test_token_index_of_a_twin_shares_the_boundaries_it_would_build():
    """Round 22: a paragraph as written (half-width marks) and as read (full-width) are tokenised with the same
    offsets; whichever index is built second shares the first's boundary tables.  Both orders, on every
    corpus line with a mark and on texts made of marks: the tables are those a fresh index builds."""
    import random

    from gwlint.analysis.tokens import TokenIndex, index_of
    from gwlint.segment import _HALF_MARK, _full_width, document_tokens, tokenize, twin

    corpus = Path(__file__).resolve().parent / "corpus"
    lines = []
    for f in sorted((corpus / "local").glob("*.txt")) + sorted((corpus / "policy").glob("*.txt")):
        lines += [ln for ln in f.read_text(encoding="utf-8").splitlines() if _HALF_MARK.search(ln)]
    rnd = random.Random(22)
    pool = list("(),;:（），；：") + ["县(区)", "WTO,", "1,000", "各市", "人民政府", " ", "a"]
    lines += ["".join(rnd.choice(pool) for _ in range(rnd.randrange(1, 12))) for _ in range(2000)]
    lines = [t for t in lines if _HALF_MARK.search(t)]
    shared = 0
    for k, text in enumerate(lines):
        full = _full_width(text)
        with document_tokens():
            first, second = (text, full) if k % 2 else (full, text)
            a = index_of(first)
            b = index_of(second)
            assert twin(text) == full and twin(full) == text
            for idx, t in ((a, first), (b, second)):
                fresh = TokenIndex(t, tokenize(t))
                assert idx.text == t and idx.tokens == fresh.tokens
                assert idx._starts == fresh._starts and idx.starts == fresh.starts and idx.ends == fresh.ends
            shared += b._start_set is a._start_set
    assert shared == len(lines) > 300

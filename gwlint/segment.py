"""Chinese word segmentation (jieba), initialised lazily once per process.

jieba's own start-up (``Tokenizer.initialize``) reads its prefix dictionary with
``marshal.load`` on a file object, which is slow, and adding the user dictionary
costs more on every start.  We build the merged prefix dictionary (jieba's
words plus ``dictionaries/userdict.txt``) once, store it with ``marshal`` in a
per-user cache directory, and later load it by reading the bytes and calling
``marshal.loads`` with the garbage collector paused: one allocation-heavy step
instead of several.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .data import data_path

_LOCK = threading.Lock()
_TOKENIZER = None
_CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def _import_jieba():
    # jieba 0.42 tries pkg_resources first, which is slow to import and warns about
    # its own deprecation on stderr; its fallback (plain open) does the same job.
    saved = sys.modules.get("pkg_resources", ...)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if saved is ...:
            del sys.modules["pkg_resources"]
        else:
            sys.modules["pkg_resources"] = saved
    jieba.setLogLevel(logging.WARNING)
    return jieba


def cache_dir() -> Path:
    env = os.environ.get("GWLINT_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("gwlint", appauthor=False))


def _cache_key(jieba, userdict: Path) -> str:
    h = hashlib.sha1()
    h.update(f"{_CACHE_FORMAT}|{jieba.__version__}|".encode())
    dict_file = Path(jieba.__file__).with_name("dict.txt")
    st = dict_file.stat()
    h.update(f"{st.st_size}|{st.st_mtime_ns}|".encode())
    h.update(userdict.read_bytes())
    return h.hexdigest()[:16]


def _build(jieba, userdict: Path):
    tk = jieba.Tokenizer()
    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        tk.tmp_dir = str(cache_dir())
    except OSError:
        pass  # jieba falls back to the system temp folder
    # jieba logs a traceback when it cannot write its own cache; ours is written below
    jieba.setLogLevel(logging.CRITICAL + 1)
    try:
        tk.initialize()
    finally:
        jieba.setLogLevel(logging.WARNING)
    tk.load_userdict(str(userdict))
    return tk


def tokenizer():
    """The shared jieba Tokenizer with gwlint's user dictionary."""
    global _TOKENIZER
    if _TOKENIZER is not None:
        return _TOKENIZER
    with _LOCK:
        if _TOKENIZER is not None:
            return _TOKENIZER
        jieba = _import_jieba()
        userdict = data_path("userdict.txt")
        cache = cache_dir() / f"prefix-{_cache_key(jieba, userdict)}.marshal"
        tk = None
        try:
            blob = cache.read_bytes()
        except OSError:
            blob = None
        if blob is not None:
            gc_was_enabled = gc.isenabled()
            gc.disable()
            try:
                freq, total, tags = marshal.loads(blob)
                tk = jieba.Tokenizer()
                tk.FREQ, tk.total, tk.user_word_tag_tab = freq, total, tags
                tk.initialized = True
            except Exception:  # a stale or truncated cache is rebuilt below
                tk = None
            finally:
                if gc_was_enabled:
                    gc.enable()
        if tk is None:
            tk = _build(jieba, userdict)
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps((tk.FREQ, tk.total, tk.user_word_tag_tab)))
                os.replace(tmp, cache)
            except OSError:
                pass  # read-only home: segmentation still works, only slower to start
        _TOKENIZER = tk
        return tk


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` with character offsets.

    Dictionary-only segmentation (HMM off): jieba's HMM glues unknown pairs such
    as 要于 or 须按 together, hiding the modal verbs the rules look for; a linter
    needs predictable words more than new-word discovery.  Memoised: several
    rules and the unit recogniser ask for the same paragraph.
    """
    return tuple(Token(w, s, e) for w, s, e in tokenizer().tokenize(text, HMM=False))


def lcut(text: str) -> list[str]:
    return tokenizer().lcut(text, HMM=False)

"""Chinese word segmentation (jieba) over a memory-mapped static dictionary.

jieba keeps its prefix dictionary (500k words and word prefixes with their
frequencies, gwlint's ``dictionaries/userdict.txt`` merged in) as a Python dict:
loading it costs ~300 ms and ~70 MB on every start.  Here the same dictionary
is a MARISA trie plus two flat arrays indexed by the trie's key ids (the
frequency as uint32, the log-probability jieba's route search uses as float64),
built once per user cache from jieba's own loaders and memory-mapped afterwards:
a start costs a few milliseconds, and processes share the pages.

:class:`TrieTokenizer` is a ``jieba.Tokenizer`` whose ``FREQ`` is a read-only
view of those arrays and whose DAG and route search walk the trie.  It keeps
jieba's segmentation exactly (same words, same tie-breaks, same floating-point
sums), HMM on and off; ``tests/test_segment.py`` compares it with a plain jieba
Tokenizer loaded with the same user dictionary, key by key and text by text.

Cache layout: ``<cache_dir>/jieba-<key>/`` with ``words.marisa``, ``freq.u32``,
``logp.f64`` and ``meta.json``; the key covers the format, jieba's version and
dictionary file, the user dictionary's bytes and the trie library's version.
A folder is built under a temporary name and renamed into place, so processes
that start together never see half a cache; sizes and counts are checked on
every load, so a truncated cache is rebuilt.  Without a writable cache folder
the dictionary is built in memory (same segmentation, slower start).
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import mmap
import os
import re
import shutil
import sys
import tempfile
import threading
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, MutableMapping
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from .cache import cache_dir, cache_dirs, remove_stale  # noqa: F401  (cache_dir: public here too)
from .data import data_path
from .docmemo import table as _table

_LOCK = threading.Lock()
_TOKENIZER = None
_FORMAT = 3
_FILES = ("words.marisa", "freq.u32", "logp.f64", "pos.u8")
# logp value marking a key with frequency 0: a prefix of longer words, or a word
# the user dictionary forces apart (log-probabilities are all below zero)
_NOT_A_WORD = 1.0
# what the trie cannot look up: lone surrogates (no UTF-8 form) and NUL (the
# trie library ends a key there); such texts take jieba's own path
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


class Token(NamedTuple):
    """A word and its offsets in the segmented text (a tuple: a document makes
    tens of thousands, and a tuple is made four times faster than a frozen
    dataclass)."""

    text: str
    start: int
    end: int


_tuple_new = tuple.__new__


_EMIT = "jieba.finalseg.prob_emit"


class _LazyTable(dict):
    """jieba's HMM emission table (``jieba.finalseg.prob_emit.P``, 1.3 MB of
    source, ~20-35 ms to import), loaded when the HMM first looks into it.
    gwlint segments with the HMM off, so a run normally never loads it."""

    __slots__ = ()

    def _fill(self):
        if not dict.__len__(self):
            import importlib.util

            spec = importlib.util.find_spec("jieba")
            path = Path(spec.origin).with_name("finalseg") / "prob_emit.py"
            real = importlib.util.spec_from_file_location(_EMIT, path)
            module = importlib.util.module_from_spec(real)
            real.loader.exec_module(module)  # uses jieba's own __pycache__
            dict.update(self, module.P)

    def __getitem__(self, key):
        self._fill()
        return dict.__getitem__(self, key)

    def get(self, key, default=None):
        self._fill()
        return dict.get(self, key, default)

    def __contains__(self, key):
        self._fill()
        return dict.__contains__(self, key)

    def __iter__(self):
        self._fill()
        return dict.__iter__(self)

    def __len__(self):
        self._fill()
        return dict.__len__(self)

    def keys(self):
        self._fill()
        return dict.keys(self)

    def values(self):
        self._fill()
        return dict.values(self)

    def items(self):
        self._fill()
        return dict.items(self)

    def __repr__(self):
        return dict.__repr__(self) if dict.__len__(self) else "<jieba HMM emission table, not loaded>"


def _import_jieba():
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    import types

    # jieba 0.42 tries pkg_resources first, which is slow to import and warns about
    # its own deprecation on stderr; its fallback (plain open) does the same job.
    saved = sys.modules.get("pkg_resources", ...)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    stub = types.ModuleType(_EMIT)
    stub.P = _LazyTable()
    sys.modules.setdefault(_EMIT, stub)
    try:
        import jieba
    finally:
        if saved is ...:
            del sys.modules["pkg_resources"]
        else:
            sys.modules["pkg_resources"] = saved
    jieba.setLogLevel(logging.WARNING)
    return jieba


# --------------------------------------------------------------------------- dictionary


class Dictionary:
    """jieba's prefix dictionary as a trie and arrays indexed by its key ids."""

    __slots__ = ("trie", "freq", "logp", "pos", "pos_tags", "total", "neg_logtotal", "maxlen", "tags", "force_split",
                 "path", "_maps")

    def __init__(self, trie, freq, logp, meta: dict, path: Path | None = None, maps=(), pos=None):
        self.trie = trie
        self.freq = freq
        self.logp = logp
        # part of speech per key id (the tag column of jieba's dictionary, the user dictionary's over it):
        # an index into ``pos_tags``, 0 for a key with no tag (a word prefix)
        self.pos = pos if pos is not None else array("B", bytes(len(trie)))
        self.pos_tags = tuple(meta.get("pos_tags", ("",)))
        self.total = meta["total"]
        self.neg_logtotal = -math.log(self.total)
        self.maxlen = meta["maxlen"]
        self.tags = meta["tags"]
        self.force_split = meta["force_split"]
        self.path = path
        self._maps = maps  # keeps the mmaps behind the memoryviews open

    @classmethod
    def from_tokenizer(cls, tk) -> tuple["Dictionary", dict]:
        """Freeze a loaded plain jieba Tokenizer (in memory)."""
        import marisa_trie

        freq_of = tk.FREQ
        trie = marisa_trie.Trie(freq_of.keys())
        n = len(trie)
        freq = array("I", bytes(4 * n))
        logp = array("d", bytes(8 * n))
        logtotal = math.log(tk.total)
        for key, i in trie.iteritems():
            f = freq_of[key]
            freq[i] = f
            # the same float jieba computes in calc(): log(freq) - log(total)
            logp[i] = math.log(f) - logtotal if f else _NOT_A_WORD
        pos, pos_tags = _pos_array(tk, trie, n)
        meta = {
            "format": _FORMAT,
            "count": n,
            "total": tk.total,
            "maxlen": max(map(len, freq_of)) if n else 1,
            "tags": dict(tk.user_word_tag_tab),
            "pos_tags": pos_tags,
            # jieba's add_word hands words of frequency 0 to the HMM as well
            # (finalseg.add_force_split, process-wide): the loader repeats that
            "force_split": sorted(set(getattr(tk, "gwlint_zero_words", ()))),
        }
        return cls(trie, freq, logp, meta, pos=pos), meta

    def save(self, folder: Path, meta: dict) -> None:
        self.trie.save(str(folder / "words.marisa"))
        for name, arr in (("freq.u32", self.freq), ("logp.f64", self.logp), ("pos.u8", self.pos)):
            with open(folder / name, "wb") as fh:
                arr.tofile(fh)
                fh.flush()
                os.fsync(fh.fileno())
        sizes = {name: (folder / name).stat().st_size for name in _FILES}
        crc = zlib.crc32((folder / "words.marisa").read_bytes())
        with open(folder / "meta.json", "w", encoding="utf-8") as fh:
            json.dump({**meta, "sizes": sizes, "trie_crc32": crc}, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())

    @classmethod
    def load(cls, folder: Path, key: str) -> "Dictionary":
        """Map a cache folder; ValueError/OSError if it is stale or damaged."""
        import marisa_trie

        with open(folder / "meta.json", encoding="utf-8") as fh:
            meta = json.load(fh)
        n = meta["count"]
        expected = {"words.marisa": meta["sizes"]["words.marisa"], "freq.u32": 4 * n, "logp.f64": 8 * n, "pos.u8": n}
        if meta.get("format") != _FORMAT or meta.get("key") != key:
            raise ValueError("stale dictionary cache")
        for name, size in expected.items():
            if (folder / name).stat().st_size != size or meta["sizes"][name] != size:
                raise ValueError(f"truncated dictionary cache: {name}")
        # the trie library trusts its file (a damaged one can hang it): 0.5 ms of
        # checksum; the arrays are only read as numbers, their sizes suffice
        with open(folder / "words.marisa", "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            if zlib.crc32(mm) != meta["trie_crc32"]:
                raise ValueError("damaged dictionary cache: words.marisa")
        trie = marisa_trie.Trie()
        trie.mmap(str(folder / "words.marisa"))
        if len(trie) != n:
            raise ValueError("dictionary cache: key count differs")
        maps = []
        views = []
        for name, code in (("freq.u32", "I"), ("logp.f64", "d"), ("pos.u8", "B")):
            with open(folder / name, "rb") as fh:
                mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            maps.append(mm)
            views.append(memoryview(mm).cast(code))
        return cls(trie, views[0], views[1], meta, folder, tuple(maps), pos=views[2])


def _pos_array(tk, trie, n: int) -> tuple[array, list[str]]:
    """One byte per key id: the part of speech jieba's dictionary gives the word (its third column, as
    ``jieba.posseg`` reads it), the user dictionary's tag over it; and the tag names (index 0: none)."""
    tags: dict[str, int] = {"": 0}
    pos = array("B", bytes(n))

    def put(word: str, tag: str) -> None:
        i = trie.get(word)
        if i is None or not tag:
            return
        code = tags.setdefault(tag, len(tags))
        if code < 256:
            pos[i] = code

    with tk.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) >= 3:
                put(parts[0], parts[2])
    for word, tag in tk.user_word_tag_tab.items():
        put(word, tag)
    return pos, list(tags)


def word_tag(word: str) -> str:
    """The part of speech of a dictionary word (jieba's tags: v, n, d, p …), "" for a word the
    dictionary has no tag for.  A look-up in the mapped cache: no HMM, no sentence tagging."""
    dic = tokenizer().dic
    try:
        i = dic.trie.get(word)
    except UnicodeEncodeError:
        return ""
    return "" if i is None else dic.pos_tags[dic.pos[i]]


def _cache_key(jieba, userdict: Path) -> str:
    import marisa_trie

    h = hashlib.sha1()
    h.update(f"{_FORMAT}|{jieba.__version__}|{sys.byteorder}|".encode())
    # jieba's dictionary and the trie library (its file format) as installed
    for f in (Path(jieba.__file__).with_name("dict.txt"), Path(marisa_trie.__file__)):
        st = f.stat()
        h.update(f"{f.name}|{st.st_size}|{st.st_mtime_ns}|".encode())
    h.update(userdict.read_bytes())
    return h.hexdigest()[:16]


def plain_tokenizer(jieba=None, userdict: Path | None = None):
    """A plain jieba Tokenizer (dict-based) with gwlint's user dictionary, loaded
    by jieba's own code: the reference the trie is built from and tested against."""
    jieba = jieba or _import_jieba()
    userdict = userdict or data_path("userdict.txt")
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = tk.gen_pfdict(tk.get_dict_file())
    tk.initialized = True
    zero = []
    add_word = tk.add_word

    def recording_add_word(word, freq=None, tag=None):
        add_word(word, freq, tag)
        if tk.FREQ.get(word) == 0:
            zero.append(word)

    tk.add_word = recording_add_word
    try:
        tk.load_userdict(str(userdict))
    finally:
        del tk.add_word
    tk.gwlint_zero_words = zero
    return tk


def _build(jieba, userdict: Path, key: str) -> tuple[Dictionary, dict]:
    dic, meta = Dictionary.from_tokenizer(plain_tokenizer(jieba, userdict))
    meta["key"] = key
    return dic, meta


def _try_load(folder: Path, key: str) -> Dictionary | None:
    """The cache at ``folder`` mapped, or None when there is any doubt about it (missing, written for
    other data, cut short, damaged, unreadable): the caller builds instead.  A folder only ever appears
    whole (built under a temporary name, then renamed), and every load checks key, sizes and checksum."""
    try:
        return Dictionary.load(folder, key)
    except MemoryError:
        raise  # the process's memory budget is spent: building would not fit either
    except Exception:  # noqa: BLE001 - whatever a damaged file makes the parsers raise
        return None


def _publish(dic: Dictionary, meta: dict, folder: Path) -> Dictionary | None:
    """Write the cache under a temporary name and rename it into place; the
    mapped copy, or None if no cache can be written here."""
    tmp = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
        dic.save(tmp, meta)
        for _ in range(3):
            try:
                os.replace(tmp, folder)
                tmp = None
                break
            except OSError:
                if not folder.is_dir():
                    raise
            there = _try_load(folder, meta["key"])  # another process got there first
            if there is not None:
                return there
            # a damaged one (or one for other data): move it aside (atomic, so racing repairers are safe)
            aside = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
            try:
                os.replace(folder, aside / "damaged")
            except OSError:
                pass  # already moved by another process
            shutil.rmtree(aside, ignore_errors=True)
        # earlier builds (other user dictionaries, jieba versions, formats)
        remove_stale(folder.parent, "jieba-*", keep=folder.name)
        remove_stale(folder.parent, "prefix-*.marshal", keep="")  # gwlint 0.1's dict cache
        return _try_load(folder, meta["key"])
    except (OSError, ValueError):  # no room, no permission, a trie library that cannot save
        return None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def load_dictionary(jieba=None) -> Dictionary:
    """The cached dictionary: mapped from the user cache (built there first if
    missing, stale or damaged); with a read-only home, from a private temp
    folder; failing both, in memory."""
    jieba = jieba or _import_jieba()
    userdict = data_path("userdict.txt")
    key = _cache_key(jieba, userdict)
    name = f"jieba-{key}"

    for d in cache_dirs():
        mapped = _try_load(d / name, key)
        if mapped is not None:
            return mapped  # else missing, stale or damaged: (re)built below
    built, meta = _build(jieba, userdict, key)
    for d in cache_dirs():
        mapped = _publish(built, meta, d / name)
        if mapped is not None:
            return mapped
    return built


# --------------------------------------------------------------------------- tokenizer


class TrieFreq(MutableMapping):
    """jieba's ``FREQ`` over a :class:`Dictionary`: every key jieba has (words and
    word prefixes, prefixes with 0).  Writes (``add_word``) go to an overlay."""

    __slots__ = ("_dic", "_trie", "_freq", "overlay")

    def __init__(self, dic: Dictionary):
        self._dic = dic
        self._trie = dic.trie
        self._freq = dic.freq
        self.overlay: dict[str, int] = {}

    def _id(self, key):
        if not isinstance(key, str):
            return None
        if "\x00" in key:
            return None
        try:
            return self._trie.get(key)
        except UnicodeEncodeError:  # a lone surrogate: in no key
            return None

    def __getitem__(self, key):
        if self.overlay and key in self.overlay:
            return self.overlay[key]
        i = self._id(key)
        if i is None:
            raise KeyError(key)
        return self._freq[i]

    def get(self, key, default=None):
        if self.overlay and key in self.overlay:
            return self.overlay[key]
        i = self._id(key)
        return default if i is None else self._freq[i]

    def __contains__(self, key):
        return self._id(key) is not None or key in self.overlay

    def __setitem__(self, key, value):
        self.overlay[key] = value

    def __delitem__(self, key):
        raise TypeError("the static jieba dictionary cannot delete keys; use del_word")

    def __iter__(self) -> Iterator[str]:
        yield from self._trie.iterkeys()
        for key in self.overlay:
            if key not in self._trie:
                yield key

    def __len__(self):
        return len(self._trie) + sum(1 for k in self.overlay if k not in self._trie)


@lru_cache(maxsize=None)
def _tokenizer_class(jieba):
    base = jieba.Tokenizer
    re_eng = jieba.re_eng
    finalseg = jieba.finalseg

    class TrieTokenizer(base):
        """``jieba.Tokenizer`` over a memory-mapped :class:`Dictionary`.

        ``get_DAG`` and ``calc`` walk the trie; jieba's two accurate-mode cutters
        are replaced by ones that find each position's words and best route in
        one backward pass (the DAG is never materialised).  After ``add_word``,
        ``set_dictionary`` or a change of ``total`` everything falls back to
        jieba's own algorithms over ``FREQ``, which stay correct."""

        def __init__(self, dic: Dictionary):
            super().__init__()
            self.dic = dic
            self.FREQ = TrieFreq(dic)
            self.total = dic.total
            self.user_word_tag_tab = dict(dic.tags)
            self.initialized = True
            for w in dic.force_split:
                finalseg.add_force_split(w)

        def __repr__(self):
            return f"<TrieTokenizer {self.dic.path or 'in memory'}>"

        def initialize(self, dictionary=None):
            if dictionary is None and self.initialized:
                return
            super().initialize(dictionary)

        def _fast(self, sentence: str = "") -> Dictionary | None:
            """The dictionary, if FREQ and total are still exactly it (and the
            text has nothing the trie cannot look up)."""
            freq = self.FREQ
            if type(freq) is TrieFreq and not freq.overlay and self.total == self.dic.total:
                if not _UNSAFE.search(sentence):
                    return self.dic
            return None

        def get_DAG(self, sentence):
            self.check_initialized()
            dic = self._fast(sentence)
            if dic is None:
                return super().get_DAG(sentence)
            prefixes, logp, m = dic.trie.iter_prefixes_with_ids, dic.logp, dic.maxlen
            dag = {}
            for k in range(len(sentence)):
                # every prefix of a key is a key, so jieba's walk k, k+1, ... while
                # the fragment is a key finds exactly the trie's prefixes here
                ends = [k + len(w) - 1 for w, i in prefixes(sentence[k:k + m]) if logp[i] != _NOT_A_WORD]
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence, DAG, route):
            dic = self._fast(sentence)
            if dic is None:
                return super().calc(sentence, DAG, route)
            get, logp, neg = dic.trie.get, dic.logp, dic.neg_logtotal
            N = len(sentence)
            route[N] = (0, 0)

            def score(idx, x):
                i = get(sentence[idx:x + 1])
                a = _NOT_A_WORD if i is None else logp[i]
                return (neg if a == _NOT_A_WORD else a) + route[x + 1][0]

            for idx in range(N - 1, -1, -1):
                route[idx] = max((score(idx, x), x) for x in DAG[idx])

        def best_ends(self, sentence: str, dic: Dictionary) -> list[int]:
            """For each position, the end (exclusive) of the word jieba's route
            takes there: get_DAG and calc in one backward pass.

            Same sums in the same order as calc (log(freq) - log(total), then +
            the rest of the route), and the same tie-break: the longest word."""
            prefixes, logp, m, neg = dic.trie.iter_prefixes_with_ids, dic.logp, dic.maxlen, dic.neg_logtotal
            n = len(sentence)
            score = [0.0] * (n + 1)
            ends = [0] * n
            for k in range(n - 1, -1, -1):
                best = None
                for w, i in prefixes(sentence[k:k + m]):
                    a = logp[i]
                    if a == _NOT_A_WORD:
                        continue
                    y = k + len(w)
                    v = a + score[y]
                    if best is None or v >= best:  # ascending y: ties go to the longer word
                        best, end = v, y
                if best is None:
                    best, end = neg + score[k + 1], k + 1
                score[k] = best
                ends[k] = end
            return ends

        def _Tokenizer__cut_DAG_NO_HMM(self, sentence):
            dic = self._fast(sentence)
            if dic is None:
                yield from base._Tokenizer__cut_DAG_NO_HMM(self, sentence)
                return
            yield from self.words_no_hmm(sentence, dic)

        def words_no_hmm(self, sentence: str, dic: Dictionary) -> list[str]:
            """jieba's ``__cut_DAG_NO_HMM`` of one block: the route's words, runs
            of single ASCII letters and digits joined."""
            ends = self.best_ends(sentence, dic)
            out = []
            x, n, buf = 0, len(sentence), ""
            while x < n:
                y = ends[x]
                word = sentence[x:y]
                if y - x == 1 and re_eng.match(word):
                    buf += word
                else:
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(word)
                x = y
            if buf:
                out.append(buf)
            return out

        def _Tokenizer__cut_DAG(self, sentence):
            dic = self._fast(sentence)
            if dic is None:
                yield from base._Tokenizer__cut_DAG(self, sentence)
                return
            ends = self.best_ends(sentence, dic)
            freq_get = self.FREQ.get
            x, n, buf = 0, len(sentence), ""

            def flush(buf):
                if len(buf) == 1:
                    yield buf
                elif not freq_get(buf):
                    yield from finalseg.cut(buf)
                else:
                    yield from buf

            while x < n:
                y = ends[x]
                if y - x == 1:
                    buf += sentence[x]
                else:
                    if buf:
                        yield from flush(buf)
                        buf = ""
                    yield sentence[x:y]
                x = y
            if buf:
                yield from flush(buf)

    return TrieTokenizer


def trie_tokenizer(dic: Dictionary | None = None):
    """A new TrieTokenizer over ``dic`` (default: the cached dictionary)."""
    jieba = _import_jieba()
    return _tokenizer_class(jieba)(dic or load_dictionary(jieba))


def tokenizer():
    """The shared jieba Tokenizer with gwlint's user dictionary."""
    global _TOKENIZER
    if _TOKENIZER is not None:
        return _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            _TOKENIZER = trie_tokenizer()
        return _TOKENIZER


def document_tokens(*, join: bool = False):
    """Within the block, :func:`tokenize` segments each distinct text (and each
    clause jieba cuts texts into) once: the document's memo
    (:func:`gwlint.docmemo.document_scope`, which the engine opens per lint;
    ``join``: keep using one already open)."""
    from .docmemo import document_scope

    return document_scope(join=join)


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` with character offsets.

    Dictionary-only segmentation (HMM off): jieba's HMM glues unknown pairs such
    as 要于 or 须按 together, hiding the modal verbs the rules look for; a linter
    needs predictable words more than new-word discovery.  Memoised per document
    (:func:`document_tokens`: each text, and each jieba block it is cut into, is
    segmented once); outside a document, a small LRU.
    """
    texts = _table(_TEXTS)
    if texts is None:
        return _tokenize_shared(text)
    tokens = texts.get(text)
    if tokens is None:
        if _HALF_MARK.search(text) is None:
            tokens = texts[text] = _segment(text, _table(_BLOCKS))
        else:
            full = _full_width(text)
            tokens = texts[text] = _as_written(text, tokenize(full), full)
    return tokens


def twin(text: str) -> str | None:
    """Within a document, the text whose tokens have the same offsets as ``text``'s (a paragraph as written with
    half-width marks and the same paragraph with them full-width), once :func:`tokenize` has read either as the
    other's; None when there is none (token indexes share their boundary tables then)."""
    twins = _table(_TWINS)
    return twins.get(text) if twins is not None else None


# A paragraph is asked as written (half-width marks, what GW801 reads) and as read (``widths.reading``: the same
# marks full-width).  None of ( ) , ; : nor their full-width forms is in jieba's block pattern: each is one token
# between blocks either way, so the two texts have the same words at the same offsets, and the tokens of one are
# those of the other with the marks as written.
_HALF_MARK = re.compile("[(),;:]")
_FULL_PAIRS = (("(", "（"), (")", "）"), (",", "，"), (";", "；"), (":", "："))


def _full_width(text: str) -> str:
    for half, full in _FULL_PAIRS:  # a few replace() passes beat translate() on CJK text
        if half in text:
            text = text.replace(half, full)
    return text


def _as_written(text: str, tokens: tuple, full: str | None = None) -> tuple[Token, ...]:
    out = list(tokens)
    starts = list(map(_START, tokens))
    new, T = _tuple_new, Token
    for m in _HALF_MARK.finditer(text):
        i = m.start()
        k = bisect_left(starts, i)
        if k == len(out) or out[k][1] != i or out[k][2] != i + 1:  # not a token of its own (cannot happen): segment
            return _segment(text, _table(_BLOCKS))
        out[k] = new(T, (text[i], i, i + 1))
    twins = _table(_TWINS) if full is not None else None
    if twins is not None:  # every token where ``full`` has it, only marks changed: the same offsets, both ways
        twins[text], twins[full] = full, text
    return tuple(out)


_START = itemgetter(1)


_TEXTS, _BLOCKS, _TWINS = "segment.texts", "segment.blocks", "segment.twins"


@lru_cache(maxsize=1024)
def _tokenize_shared(text: str) -> tuple[Token, ...]:
    return _segment(text, None)


# jieba's accurate mode (``Tokenizer.cut``) cuts each run of its block pattern on
# its own and yields everything between runs character by character (``\r\n``
# whole): a text's words are its blocks' words, so a block is segmented once
# however many texts (paragraph, sentence, clause) contain it.
_BLOCK = None


def _segment(text: str, blocks: dict | None) -> tuple[Token, ...]:
    global _BLOCK
    tk = tokenizer()
    dic = tk._fast(text)
    if dic is None or not isinstance(text, str):  # after add_word etc.: jieba's own path
        return tuple(Token(w, s, e) for w, s, e in tk.tokenize(text, HMM=False))
    if _BLOCK is None:
        _BLOCK = _import_jieba().re_han_default
    out = []
    add = out.append
    new, T = _tuple_new, Token
    pos = 0
    for m in _BLOCK.finditer(text):
        a, b = m.span()
        if pos < a:
            _between(text, pos, a, add)
        blk = m.group()
        words = blocks.get(blk) if blocks is not None else None
        if words is None:
            words = _block_words(tk, blk, dic)
            if blocks is not None:
                blocks[blk] = words
        for w in words:
            e = a + len(w)
            add(new(T, (w, a, e)))
            a = e
        pos = b
    if pos < len(text):
        _between(text, pos, len(text), add)
    return tuple(out)


def _between(text: str, a: int, b: int, add) -> None:
    """What jieba yields between blocks: one token a character, ``\r\n`` one."""
    new, T = _tuple_new, Token
    if b - a == 1:
        add(new(T, (text[a], a, b)))
        return
    gap = text[a:b]
    if "\r\n" not in gap:
        for i, ch in enumerate(gap, a):
            add(new(T, (ch, i, i + 1)))
        return
    i = a
    while i < b:
        if text.startswith("\r\n", i) and i + 2 <= b:
            add(new(T, ("\r\n", i, i + 2)))
            i += 2
        else:
            add(new(T, (text[i], i, i + 1)))
            i += 1


def _block_words(tk, blk: str, dic: Dictionary) -> tuple[str, ...]:
    return tuple(tk.words_no_hmm(blk, dic))


def lcut(text: str) -> list[str]:
    return tokenizer().lcut(text, HMM=False)

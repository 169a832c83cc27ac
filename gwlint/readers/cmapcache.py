"""pdfminer's CMaps, kept in the user cache in a form that loads ~8 times faster.

A PDF set in Chinese fonts names Adobe's CMaps (``UniGB-UCS2-H``, the Adobe-GB1
to-Unicode map): on the first page pdfminer inflates their ``.json.gz`` files,
parses the JSON and converts every key to an int, ~45 ms of CPU in each new
process (issue 16: a cold ``gwlint check`` of a .pdf).  The result is a pure
function of the file read, so :func:`install` wraps ``CMapDB._load_data`` to keep
it (marshal, int-to-text tables packed as one array and one string) under a name
that covers the CMap's name, pdfminer's version, its ``cmapdb`` module and the
size and time of every file pdfminer could read for that name.  Anything
unexpected (a value marshal cannot store, a damaged file) falls back to
pdfminer's own loading.  ``GWLINT_NO_STARTCACHE=1`` turns it off.

A to-Unicode table whose codes run densely from 0 and map to one character each
(Adobe-GB1's two: ~30,000 entries) is kept as one string indexed by code
(:class:`DenseText`) instead of a dict of int and str objects: ~0.1 MB instead of
~6 MB resident for the rest of the process (peak RSS of a .pdf lint, issue 16).
"""
from __future__ import annotations

import os
from array import array
from collections.abc import Mapping

_FORMAT = 3
_MISSING = "\0"  # a code absent from a dense table (no table maps a code to NUL: checked when packing)


class DenseText(Mapping):
    """A read-only ``{code: one character}`` held as one string: position ``code`` is the
    character, NUL where the table has no entry.  pdfminer only looks codes up
    (``cid2unichr[cid]``, KeyError when absent) and lists the items sorted (``dump``)."""

    __slots__ = ("_text", "_len")

    def __init__(self, text: str) -> None:
        self._text = text
        self._len = len(text) - text.count(_MISSING)

    def __getitem__(self, code):
        if isinstance(code, int) and code >= 0:  # a bool too: True is the key 1 of a dict
            try:
                ch = self._text[code]
            except IndexError:
                raise KeyError(code) from None
            if ch != _MISSING:
                return ch
        raise KeyError(code)

    def __iter__(self):
        return (i for i, ch in enumerate(self._text) if ch != _MISSING)

    def __len__(self) -> int:
        return self._len

    def __repr__(self) -> str:
        return f"DenseText({self._len} codes)"


def _dense(table: dict) -> str | None:
    """``table`` as a DenseText string, or None when it is not one (sparse, a longer text, a NUL)."""
    if not table or min(table) < 0 or max(table) >= 2 * len(table) + 256:
        return None
    if any(type(s) is not str or len(s) != 1 or s == _MISSING for s in table.values()):
        return None
    chars = [_MISSING] * (max(table) + 1)
    for k, v in table.items():
        chars[k] = v
    return "".join(chars)


_installed = False


def _key(name: str, cmapdb) -> str | None:
    import hashlib

    try:
        import pdfminer

        st = os.stat(cmapdb.__file__)
    except (ImportError, OSError, TypeError):
        return None
    parts = [str(_FORMAT), name, str(getattr(pdfminer, "__version__", "")), f"{st.st_size}:{st.st_mtime_ns}",
             os.environ.get("CMAP_PATH", "")]
    # every file pdfminer may read for this name, in either of its formats (JSON now, pickle before)
    for directory in (os.environ.get("CMAP_PATH", "/usr/share/pdfminer/"),
                      os.path.join(os.path.dirname(cmapdb.__file__), "cmap")):
        for ext in (".json.gz", ".pickle.gz"):
            try:
                st = os.stat(os.path.join(directory, name + ext))
                parts.append(f"{ext}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append("-")
            except ValueError:  # a NUL in the name: pdfminer strips it; no cache for such a name
                return None
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _pack(data: dict) -> dict:
    """Int-to-text tables as (keys as array bytes, texts joined by NUL): marshal then makes three
    objects of each table instead of one per entry.  A table that is another one with a few
    entries changed or added (the vertical to-Unicode map) is kept as those entries."""
    raw, packed, patched, dense = {}, {}, {}, {}
    for k, v in data.items():
        if (isinstance(v, dict) and len(v) > 64 and all(type(i) is int for i in v)
                and all(type(s) is str and "\0" not in s for s in v.values())):
            text = _dense(v)
            if text is not None:
                dense[k] = text
                continue
            base = next((b for b in packed if _patch(data[b], v) is not None), None)
            if base is not None:
                patched[k] = (base, _patch(data[base], v))
                continue
            try:
                packed[k] = (array("q", v).tobytes(), "\0".join(v.values()))
                continue
            except OverflowError:
                pass
        raw[k] = v
    return {"raw": raw, "packed": packed, "patched": patched, "dense": dense}


def _patch(base: dict, table: dict) -> dict | None:
    """The entries that make ``base`` into ``table`` (equal as mappings: pdfminer only looks
    entries up, and lists them sorted), or None."""
    if len(table) < len(base) or any(k not in table for k in base):
        return None
    changes = {k: v for k, v in table.items() if k not in base or base[k] != v}
    if len(changes) * 8 > len(table):
        return None
    rebuilt = dict(base)
    rebuilt.update(changes)
    return changes if rebuilt == table else None


def _unpack(stored: dict) -> dict:
    data = dict(stored["raw"])
    for k, (keys, texts) in stored["packed"].items():
        data[k] = dict(zip(array("q", keys).tolist(), texts.split("\0")))
    for k, (base, changes) in stored["patched"].items():
        data[k] = dict(data[base])
        data[k].update(changes)
    for k, text in stored["dense"].items():
        data[k] = DenseText(text)
    return data


def _file_name(name: str) -> str | None:
    from pdfminer import cmapdb

    key = _key(name, cmapdb) if isinstance(name, str) else None
    if key is None:
        return None
    return "cmap-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in name) + f"-{key}.marshal"


def _stored(name: str) -> dict | None:
    """What the cache holds for ``name`` (packed), or None."""
    import marshal

    from ..cache import cache_dirs

    fname = _file_name(name)
    if fname is None:
        return None
    for d in cache_dirs():
        try:
            stored = marshal.loads((d / fname).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue
        if isinstance(stored, dict):
            return stored
    return None


_load = None  # pdfminer's own CMapDB._load_data (the function), once installed


def _original(name: str):
    """pdfminer's own loading of ``name``, bypassing the cache."""
    from pdfminer import cmapdb

    return (_load or cmapdb.CMapDB._load_data.__func__)(cmapdb.CMapDB, name)


def install() -> bool:
    """Wrap pdfminer's CMap loading with the cache (once); True when active."""
    global _installed, _load
    if _installed:
        return True
    if os.environ.get("GWLINT_NO_STARTCACHE"):
        return False
    try:
        from pdfminer import cmapdb
    except ImportError:
        return False
    db = getattr(cmapdb, "CMapDB", None)
    original = getattr(db, "_load_data", None)
    load = getattr(original, "__func__", None)
    if load is None or getattr(load, "_gwlint_cache", False):
        return False

    def _load_data(cls, name: str):
        import marshal

        from ..cache import cache_dirs, remove_stale, write_atomic

        fname = _file_name(name)
        if fname is None:
            return load(cls, name)
        stored = _stored(name)
        if stored is not None:
            try:
                data = _unpack(stored)
            except (ValueError, TypeError, KeyError, AttributeError):
                pass
            else:
                return type(str(name), (), {**data, "__module__": cmapdb.__name__})
        made = load(cls, name)  # pdfminer's own loading (raises CMapNotFound as before)
        data = {k: v for k, v in vars(made).items() if not (k.startswith("__") and k.endswith("__"))}
        try:
            packed = _pack(data)
            blob = marshal.dumps(packed)
        except ValueError:  # something marshal cannot keep: no cache for this map
            return made
        for d in cache_dirs():
            if write_atomic(d / fname, blob):
                remove_stale(d, fname.rsplit("-", 1)[0] + "-*.marshal", keep=fname)
                break
        # the tables as a cached load gives them (compact), this first time too
        return type(str(name), (), {**_unpack(packed), "__module__": cmapdb.__name__})

    _load_data._gwlint_cache = True  # type: ignore[attr-defined]
    _load = load
    db._load_data = classmethod(_load_data)
    _installed = True
    return True

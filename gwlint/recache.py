"""A per-user cache of compiled regular expressions for processes gwlint owns.

A cold lint compiles ~470 patterns (rule and analysis tables), ~80 ms CPU of a
~300 ms start: CPython's ``re`` parses each pattern and builds its code list in
Python on every start.  The code list depends only on the pattern, its flags and
the interpreter, so it is kept in the user cache (one marshal file per
interpreter build) and a later start hands it straight to ``_sre.compile``,
which validates it; parsing and code generation are skipped.  The pattern
objects are the same as ``re`` builds: equal code, flags and groups
(``tests/test_recache.py`` compares every cached entry with a fresh compile).

:func:`install` (called by :func:`gwlint.refast.install`, i.e. only in processes
gwlint owns: the command line, its guarded workers, ``serve``) wraps
``re._compiler.compile``.  Patterns compiled afresh are written back by
:func:`flush` (the workers after each job, the command line at exit): the file
is written under a temporary name and renamed into place, and merged with what
another process wrote meanwhile.  The file name covers the interpreter build,
``_sre``'s code format and the size and time of ``re``'s compiler sources; a
damaged or foreign file is ignored.  ``GWLINT_NO_RECACHE=1`` turns it off.
"""
from __future__ import annotations

import os
import sys
import threading
from array import array

_FORMAT = 2
# entries kept in the file: what one lint uses (~500) many times over, so that a
# pattern built from a document's text cannot grow the file without bound
_CAP = 4000
_LOCK = threading.Lock()
_new: dict = {}  # compiled in this process and not yet written
_used: set = set()  # keys compiled or served in this process (kept first when the file is capped)
_installed = False
_name: list = [None]  # the cache file's name, once installed


def _file_name() -> str | None:
    import hashlib
    import re._compiler as compiler
    import re._parser as parser
    import unicodedata

    try:
        import _sre
    except ImportError:  # pragma: no cover
        return None
    parts = [str(_FORMAT), sys.version, sys.implementation.cache_tag or "", str(_sre.MAGIC), str(_sre.CODESIZE),
             str(getattr(_sre, "MAXGROUPS", "")), unicodedata.unidata_version]
    for mod in (compiler, parser):
        try:
            st = os.stat(mod.__file__)
        except (OSError, TypeError):
            return None
        parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return f"re-{hashlib.sha1('|'.join(parts).encode()).hexdigest()[:16]}.marshal"


def _load(name: str) -> dict:
    import marshal

    from .cache import cache_dirs

    for d in cache_dirs():
        try:
            data = marshal.loads((d / name).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue
        if isinstance(data, dict):
            return data
    return {}


def _build(compiler, parser, pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` (after the pattern)."""
    p = parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _stored(args: tuple, typecode: str) -> tuple:
    """``args`` as kept in the file: the code list as the bytes of an array (marshal loads
    those as one block, where a list of ~80,000 ints costs ~5 ms on every start)."""
    return (args[0], array(typecode, args[1]).tobytes(), *args[2:])


def _replayed(entry: tuple, typecode: str) -> tuple:
    return (entry[0], array(typecode, entry[1]).tolist(), *entry[2:])


def install() -> bool:
    """Wrap ``re._compiler.compile`` (once); True when the cache is active."""
    global _installed
    if _installed:
        return True
    if os.environ.get("GWLINT_NO_RECACHE"):
        return False
    try:
        import _sre
        import re._compiler as compiler
        import re._parser as parser
        from re._constants import SRE_FLAG_DEBUG
    except ImportError:  # another interpreter's layout
        return False
    original = getattr(compiler, "compile", None)
    if original is None or getattr(original, "_gwlint_cache", False) or not hasattr(compiler, "_code"):
        return False
    # the premise, checked on this interpreter: the replayed arguments give the pattern re itself builds
    for probe, fl in ((r"(?P<a>[\u4e00-\u9fff]+)(?:x|y)?\1", 0), (r"(?i)ab[c-f]", 0), (rb"\d+", 0), ("a.b", 16)):
        try:
            if _sre.compile(probe, *_build(compiler, parser, probe, fl)) != original(probe, fl):
                return False
        except Exception:  # noqa: BLE001 - a different compiler: leave re alone
            return False
    typecode = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
    name = _file_name()
    if name is None or typecode is None:
        return False
    table = _load(name)

    def compile(p, flags=0):
        if (type(p) is not str and type(p) is not bytes) or flags & SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entry = table.get(key)
        if entry is not None:
            try:
                out = _sre.compile(p, *_replayed(entry, typecode))
            except Exception:  # noqa: BLE001 - damaged entry (_sre validates the code): compile afresh
                table.pop(key, None)
            else:
                _used.add(key)
                return out
        args = _build(compiler, parser, p, flags)  # raises re.error as re would
        out = _sre.compile(p, *args)
        if len(table) >= 2 * _CAP:  # a long-lived process compiling patterns made from its inputs
            return out
        entry = _stored(args, typecode)
        with _LOCK:
            table[key] = entry
            _new[key] = entry
            _used.add(key)
        return out

    compile._gwlint_cache = True  # type: ignore[attr-defined]
    compile.__wrapped__ = original  # type: ignore[attr-defined]
    compiler.compile = compile
    _installed = True
    _name[0] = name
    import atexit

    atexit.register(flush)  # the command line's own process; workers flush after each job
    return True


def flush() -> bool:
    """Write the patterns compiled since the last flush into the cache file; True if written."""
    import marshal

    from .cache import cache_dirs, remove_stale, write_atomic

    name = _name[0]
    if not _installed or name is None:
        return False
    with _LOCK:
        if not _new:
            return False
        new = dict(_new)
        _new.clear()
        used = set(_used)
    # the file as it is now (other processes may have added or repaired entries since this one
    # loaded it) plus what this process compiled
    merged = _load(name)
    merged.update(new)
    if len(merged) > _CAP:
        keep = [k for k in merged if k in used][:_CAP]
        keep += [k for k in merged if k not in used][:_CAP - len(keep)]
        merged = {k: merged[k] for k in keep}
    try:
        blob = marshal.dumps(merged)
    except ValueError:  # pragma: no cover - only str, bytes, ints, dicts and tuples go in
        return False
    for d in cache_dirs():
        if write_atomic(d / name, blob):
            remove_stale(d, "re-*.marshal", keep=name)  # other interpreters' files, once unused
            return True
    return False

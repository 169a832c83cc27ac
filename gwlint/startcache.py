"""A per-user cache of what every cold start compiles, for processes gwlint owns.

A cold lint spends about half its own CPU time compiling the same things on every
start (issue 16):

* ~470 regular expressions of the rule and analysis tables (~80 ms): CPython's
  ``re`` parses each pattern and builds its code list in Python;
* the methods of ~60 dataclasses (rule settings, analysis records; ~40 ms):
  ``dataclasses`` writes each ``__init__``/``__repr__``/``__eq__`` … as source
  text and compiles it with ``exec``.

Both results depend only on their input text and the interpreter, so they are kept
in the user cache (one marshal file per interpreter build) and replayed:

* a pattern's code list goes straight to ``_sre.compile``, which validates it;
  the Pattern object is the one ``re`` builds (equal code, flags and groups);
* a dataclass method's source text maps to its compiled code object, which
  ``exec`` runs as it would have run the text (same code: the text compiled as
  ``exec`` compiles it, no inherited ``__future__`` flags).

``tests/test_startcache.py`` compares every cached entry with a fresh compile.

:func:`install` (called by :func:`gwlint.refast.install`, i.e. only in processes
gwlint owns: the command line, its guarded workers, ``serve``) wraps
``re._compiler.compile`` and gives ``dataclasses`` its own ``exec``.  Each wrapper
is installed only when a probe on the running interpreter shows that it
reproduces the original exactly.  What was compiled afresh is written back by
:func:`flush` (workers after each job, the command line at exit): under a
temporary name renamed into place, merged with what other processes wrote
meanwhile.  The file name covers the interpreter build, ``_sre``'s code format,
the bytecode magic number and the size and time of the compiler sources; a
damaged or foreign file is ignored.  ``GWLINT_NO_STARTCACHE=1`` turns it off.
"""
from __future__ import annotations

import os
import sys
import threading
from array import array

_FORMAT = 3
# entries kept per table: what one lint uses (~500 patterns, ~320 methods) many times over, so that
# patterns made from documents' text cannot grow the file without bound
_CAP = 4000
_LOCK = threading.Lock()
# "re": (pattern, flags) -> entry; "code": source text -> marshalled code; "derived": see derived()
_tables: dict[str, dict] = {}
_KINDS = ("re", "code", "derived")
_new: dict[str, dict] = {k: {} for k in _KINDS}  # made in this process and not yet written
_used: set = set()  # (table, key) compiled or served in this process, kept first when a table is capped
_name: str | None = None  # the cache file's name, once installed
_installed = False


def _file_name() -> str | None:
    import dataclasses
    import hashlib
    import importlib.util
    import re._compiler as compiler
    import re._parser as parser
    import unicodedata

    try:
        import _sre
    except ImportError:  # pragma: no cover
        return None
    parts = [str(_FORMAT), sys.version, sys.implementation.cache_tag or "", importlib.util.MAGIC_NUMBER.hex(),
             str(_sre.MAGIC), str(_sre.CODESIZE), str(getattr(_sre, "MAXGROUPS", "")), unicodedata.unidata_version]
    for mod in (compiler, parser, dataclasses):
        try:
            st = os.stat(mod.__file__)
        except (OSError, TypeError):
            return None
        parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return f"start-{hashlib.sha1('|'.join(parts).encode()).hexdigest()[:16]}.marshal"


def _load(name: str) -> dict[str, dict]:
    import marshal

    from .cache import cache_dirs

    for d in cache_dirs():
        try:
            data = marshal.loads((d / name).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k in _KINDS and isinstance(v, dict)}
    return {}


# ---------------------------------------------------------------- regular expressions
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


def _remember(table_name: str, key, entry) -> None:
    table = _tables[table_name]
    if len(table) >= 2 * _CAP:  # a long-lived process compiling texts made from its inputs
        return
    with _LOCK:
        table[key] = entry
        _new[table_name][key] = entry
        _used.add((table_name, key))


def _install_re() -> bool:
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
    typecode = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
    if typecode is None:
        return False
    # the premise, checked on this interpreter: the replayed arguments give the pattern re itself builds
    for probe, fl in ((r"(?P<a>[\u4e00-\u9fff]+)(?:x|y)?\1", 0), (r"(?i)ab[c-f]", 0), (rb"\d+", 0), ("a.b", 16)):
        try:
            args = _replayed(_stored(_build(compiler, parser, probe, fl), typecode), typecode)
            if _sre.compile(probe, *args) != original(probe, fl):
                return False
        except Exception:  # noqa: BLE001 - a different compiler: leave re alone
            return False
    table = _tables["re"]

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
                _used.add(("re", key))
                return out
        args = _build(compiler, parser, p, flags)  # raises re.error as re would
        out = _sre.compile(p, *args)
        _remember("re", key, _stored(args, typecode))
        return out

    compile._gwlint_cache = True  # type: ignore[attr-defined]
    compile.__wrapped__ = original  # type: ignore[attr-defined]
    compiler.compile = compile
    return True


# ---------------------------------------------------------------- dataclasses' generated methods
def _install_dataclasses() -> bool:
    import builtins
    import dataclasses
    import marshal

    if "exec" in vars(dataclasses):  # someone else's replacement (or ours): leave it
        return False
    table = _tables["code"]
    plain_exec = builtins.exec

    def compiled(source: str):
        # what exec(source) compiles in a module without __future__ imports
        return compile(source, "<string>", "exec", dont_inherit=True)

    def cached_exec(source, globals=None, locals=None, /):
        if type(source) is not str:
            return plain_exec(source, globals, locals)
        code = None
        blob = table.get(source)
        if blob is not None:
            try:
                code = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):
                table.pop(source, None)
            else:
                if type(code) is not type(compiled.__code__):
                    code = None
                    table.pop(source, None)
                else:
                    _used.add(("code", source))
        if code is None:
            code = compiled(source)
            _remember("code", source, marshal.dumps(code))
        return plain_exec(code, globals, locals)

    # the premise, checked on this interpreter: dataclasses' methods compiled this way are the ones
    # its own exec makes (a dataclasses that inherits __future__ flags, or builds no text, fails here)
    def probe():
        @dataclasses.dataclass(frozen=True, order=True)
        class Probe:
            a: int
            b: tuple = ()
            c: list = dataclasses.field(default_factory=list)
        return Probe

    try:
        plain = probe()
        dataclasses.exec = cached_exec
        try:
            ours = probe()
        finally:
            del dataclasses.exec
        for attr in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
            if getattr(plain, attr).__code__ != getattr(ours, attr).__code__:
                return False
    except Exception:  # noqa: BLE001 - another dataclasses: leave it alone
        return False
    finally:
        for key in list(_new["code"]):  # the probe's methods are no part of the cache
            _new["code"].pop(key)
            table.pop(key, None)
            _used.discard(("code", key))
    dataclasses.exec = cached_exec
    return True


# ---------------------------------------------------------------- values read off patterns
def derived(fn):
    """``fn(rx)``, a pure function of a compiled str pattern whose result marshal can keep (the
    literal gates :mod:`gwlint.analysis.literals` and ``units`` read off the parsed pattern, ~10 ms
    of a cold lint), kept with the compiled patterns.  The key holds the pattern, its flags, the
    function's name and the size and time of its module's file: editing that file makes its
    entries stale.  Where the cache is not installed (a library caller's process) this is ``fn``."""
    import functools

    try:
        st = os.stat(sys.modules[fn.__module__].__file__)
        stamp = f"{fn.__module__}.{fn.__qualname__}:{st.st_size}:{st.st_mtime_ns}"
    except (KeyError, AttributeError, TypeError, OSError):
        return fn

    @functools.wraps(fn)
    def wrapper(rx):
        if not _installed or type(rx.pattern) is not str:
            return fn(rx)
        key = (stamp, rx.pattern, rx.flags)
        table = _tables["derived"]
        try:
            value = table[key]
        except KeyError:
            pass
        else:
            _used.add(("derived", key))
            return value
        value = fn(rx)
        import marshal

        try:
            marshal.dumps(value)
        except ValueError:  # not a value the file can keep
            return value
        _remember("derived", key, value)
        return value

    return wrapper


def install() -> bool:
    """Install the caches (once); True when at least one is active."""
    global _installed, _name
    if _installed:
        return True
    if os.environ.get("GWLINT_NO_STARTCACHE"):
        return False
    name = _file_name()
    if name is None:
        return False
    loaded = _load(name)
    for kind in _KINDS:
        _tables[kind] = loaded.get(kind, {})
    active = _install_re()
    active = _install_dataclasses() or active
    if not active:
        return False
    _name = name
    _installed = True
    import atexit

    atexit.register(flush)  # the command line's own process; workers flush after each job
    return True


def flush() -> bool:
    """Write what was compiled afresh since the last flush into the cache file; True if written."""
    import marshal

    from .cache import cache_dirs, remove_stale, write_atomic

    if not _installed or _name is None:
        return False
    with _LOCK:
        if not any(_new.values()):
            return False
        new = {k: dict(v) for k, v in _new.items()}
        for v in _new.values():
            v.clear()
        used = set(_used)
    # the file as it is now (other processes may have added or repaired entries since this one
    # loaded it) plus what this process compiled
    merged = _load(_name)
    for kind, entries in new.items():
        table = merged.setdefault(kind, {})
        table.update(entries)
        if len(table) > _CAP:
            keep = [k for k in table if (kind, k) in used][:_CAP]
            keep += [k for k in table if (kind, k) not in used][:_CAP - len(keep)]
            merged[kind] = {k: table[k] for k in keep}
    try:
        blob = marshal.dumps(merged)
    except ValueError:  # pragma: no cover - only str, bytes, ints, dicts and tuples go in
        return False
    for d in cache_dirs():
        if write_atomic(d / _name, blob):
            for old in ("start-*.marshal", "re-*.marshal"):  # other interpreters' files, once unused
                remove_stale(d, old, keep=_name)
            return True
    return False

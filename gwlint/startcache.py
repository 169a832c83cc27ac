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

The file is bounded by use, not by a count: every entry carries the generation that last
marked it, and entries not marked in the last :data:`_KEEP` generations are dropped.  A
process opens a generation (the file's counter + 1) with its first write, and a long-lived
one (a worker auditing a folder, ``serve``) again every :data:`_SPAN` writes.  Each write
marks the process's base (what it used up to its first write: imports, rule tables, its
first document) and what it used since its previous opening.  So the file holds about
the working sets of the last few processes that wrote: patterns made from one document's
text, paths of a long audit not met again, entries of other gwlint versions or checkouts
age out; what every lint uses is marked by every write.  A linting process that loaded
far more than it used (:data:`_EXCESS`) writes even with nothing new, and drops what
neither it nor the newest generation used (after an upgrade or a change of workload).
"""
from __future__ import annotations

import os
import sys
import threading
from array import array

_FORMAT = 4  # 4: entries stored as (generation that last marked it, entry)
# Generations an unmarked entry survives.  A process writes only when it compiled something new (or
# prunes): these are the last processes that met something new (an auditor's lint of a new document,
# a first run after an upgrade).  After an audit of 4,284 drafts this keeps 1.29x what a cold lint of
# the policy uses (bench/RESULTS.md, round 26).
_KEEP = 8
# Writes of one process per generation: a long audit ages what its earlier documents alone used.
_SPAN = 4
# A linting process whose working set is less than 1/_EXCESS of what it loaded prunes the file.
_EXCESS = 1.5
# Entries remembered per table by one process, and kept per table in the file: a safety net (a
# long-lived process compiling texts made from its inputs); use bounds the file well below it.
_CAP = 4000
_LOCK = threading.Lock()
# "re": (pattern, flags) -> entry; "code": source text -> marshalled code; "derived": see derived()
_tables: dict[str, dict] = {}
_KINDS = ("re", "code", "derived")
_new: dict[str, dict] = {k: {} for k in _KINDS}  # made in this process and not yet written
_used: set = set()  # (table, key) compiled or served in this process: its working set
_gen: int | None = None  # the generation this process opened last
_writes = 0  # writes of this process since it opened _gen
_base: frozenset = frozenset()  # _used at this process's first write
_opened: frozenset = frozenset()  # _used when this process opened _gen
_before: frozenset = frozenset()  # _used when it opened the generation before (its marks reach back to it)
_loaded = 0  # entries the file held when this process loaded it
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


def _load(name: str) -> dict:
    """The file as ``{"gen": int, kind: {key: (last, entry)}}``; records of another shape
    (a damaged or foreign file) are left out."""
    import marshal

    from .cache import cache_dirs

    for d in cache_dirs():
        try:
            data = marshal.loads((d / name).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue
        if isinstance(data, dict):
            gen = data.get("gen")
            out: dict = {"gen": gen if type(gen) is int and gen >= 0 else 0}
            for kind in _KINDS:
                table = data.get(kind)
                if isinstance(table, dict):
                    out[kind] = {k: v for k, v in table.items()
                                 if type(v) is tuple and len(v) == 2 and type(v[0]) is int}
            return out
    return {"gen": 0}


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
    global _installed, _name, _loaded
    if _installed:
        return True
    if os.environ.get("GWLINT_NO_STARTCACHE"):
        return False
    name = _file_name()
    if name is None:
        return False
    loaded = _load(name)
    for kind in _KINDS:
        _tables[kind] = {k: v[1] for k, v in loaded.get(kind, {}).items()}
    _loaded = sum(len(t) for t in _tables.values())
    active = _install_re()
    active = _install_dataclasses() or active
    if not active:
        return False
    _name = name
    _installed = True
    import atexit

    # the command line's own process (workers flush after each job): it hands the linting to a
    # worker, so what it used says nothing about what the file should hold: no pruning
    atexit.register(flush, False)
    return True


def flush(prune: bool = True) -> bool:
    """Write what was compiled afresh into the cache file and mark what this process used; True if
    written.  Nothing is written unless something was compiled afresh or, with ``prune`` (a
    process that lints), the file loaded held over _EXCESS times what this process used."""
    import marshal

    from .cache import cache_dirs, remove_stale, write_atomic

    global _loaded, _gen, _writes, _base, _opened, _before
    if not _installed or _name is None:
        return False
    with _LOCK:
        used = frozenset(_used)
        excess = prune and _loaded > _EXCESS * max(len(used), 100)
        if not any(_new.values()) and not excess:
            return False
        new = {k: dict(v) for k, v in _new.items()}
        for v in _new.values():
            v.clear()
    # the file as it is now (other processes may have added, marked or repaired entries since this
    # one loaded it) plus this process's entries and marks
    merged = _load(_name)
    newest = merged["gen"]
    opens = _gen is None or _writes >= _SPAN or _gen > newest  # (_gen > newest: the file was replaced)
    gen = newest + 1 if opens else newest
    base = _base or used
    marks = base | (used - _before) | {(kind, key) for kind in _KINDS for key in new[kind]}
    for kind in _KINDS:
        table = merged.setdefault(kind, {})
        mine, made = _tables.get(kind, {}), new[kind]
        for k_kind, key in marks:
            if k_kind != kind:
                continue
            if key in made:  # compiled here: it replaces a damaged entry of the file
                table[key] = (gen, made[key])
            elif key in table:
                table[key] = (gen, table[key][1])
            elif key in mine:  # (a derived value may be None)
                table[key] = (gen, mine[key])
        # a pruning write also drops what neither this process nor the newest generation used
        keep = {k: r for k, r in table.items() if gen - r[0] < _KEEP
                and (not excess or r[0] >= newest or (kind, k) in used)}
        if len(keep) > _CAP:  # most recently marked first
            keep = dict(sorted(keep.items(), key=lambda kv: -kv[1][0])[:_CAP])
        merged[kind] = keep
    merged["gen"] = gen
    try:
        blob = marshal.dumps(merged)
    except ValueError:  # pragma: no cover - only str, bytes, ints, dicts and tuples go in
        return False
    for d in cache_dirs():
        if write_atomic(d / _name, blob):
            _base = base
            if opens:
                _gen, _writes, _before, _opened = gen, 0, _opened, used
            _writes += 1
            _loaded = sum(len(merged[k]) for k in _KINDS)  # what the next flush weighs its use against
            for old in ("start-*.marshal", "re-*.marshal"):  # other interpreters' files, once unused
                remove_stale(d, old, keep=_name)
            return True
    return False

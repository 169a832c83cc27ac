"""Access to the data files in ``dictionaries/`` (shipped inside the wheel)."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir() -> Path:
    # In the wheel the folder is gwlint/dictionaries; in a source checkout
    # (editable install, tests) it sits beside the package.
    for cand in (_HERE / "dictionaries", _HERE.parent / "dictionaries"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("gwlint data folder 'dictionaries' not found")


def data_path(name: str) -> Path:
    return data_dir() / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict:
    """A data file, parsed once per process; the parse is also kept in the user
    cache (marshal), which loads ~10× faster than TOML on every later start."""
    return _cached_toml(data_path(name))


_TOML_CACHE_FORMAT = 2


def _cached_toml(path: Path) -> dict:
    import hashlib
    import marshal

    from .cache import cache_dirs, remove_stale, write_atomic

    # keyed by the bytes, not the file's stamp: the cache folder is shared by every checkout and
    # version of a user, and a file rewritten within one clock tick keeps its size and time
    raw = path.read_bytes()
    key = hashlib.sha1(f"{_TOML_CACHE_FORMAT}|{sys.version_info[:2]}|".encode() + raw)
    stem = f"toml-{path.parent.name}-{path.stem}"  # rules/gw105.toml and gw105.toml kept apart
    name = f"{stem}-{key.hexdigest()[:16]}.marshal"
    for d in cache_dirs():
        try:
            data = marshal.loads((d / name).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            continue  # missing or damaged: parsed again below
        if isinstance(data, dict):
            return data
    import io

    data = tomllib.load(io.BytesIO(raw))  # the bytes hashed are the bytes parsed (same errors as a file)
    try:
        blob = marshal.dumps(data)
    except ValueError:  # TOML dates and times are not marshallable: no cache
        return data
    for d in cache_dirs():
        if write_atomic(d / name, blob):
            remove_stale(d, f"{stem}-*.marshal", keep=name)  # earlier versions of this file
            break
    return data


# A configuration file (gwlint.toml, a profile, a phrasing_file) is found next to the drafts it governs and
# may come in the same archive as they do: it is read only as a regular file of a configuration's size.
MAX_TOML_BYTES = 16 * 1024 * 1024


def load_toml_file(path: str | Path) -> dict:
    """A TOML file the user names: OSError (Chinese ``strerror``) unless a regular file of a config's size."""
    from .safeio import read_regular

    return tomllib.loads(read_regular(path, MAX_TOML_BYTES, "配置文件").decode("utf-8"))

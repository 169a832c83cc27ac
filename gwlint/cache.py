"""gwlint's per-user cache folder (derived data only: safe to delete at any time).

``GWLINT_CACHE_DIR`` overrides the platform's user cache folder.  Where the home
is read-only, a private folder in the system temp dir serves instead (POSIX: one
owned by this user with mode 0700, so no other user can plant files there).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

# Another installation (other version, other user dictionary) may share the cache
# folder: its entries are removed only once unused for this long, so that two
# checkouts used in turn do not keep deleting each other's caches.
STALE_AFTER_S = 7 * 86400


def cache_dir() -> Path:
    env = os.environ.get("GWLINT_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("gwlint", appauthor=False))


def fallback_cache_dir() -> Path | None:
    """The private temp folder, or None if it cannot be had safely (or the user
    chose a folder with GWLINT_CACHE_DIR: that choice is kept)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None or os.environ.get("GWLINT_CACHE_DIR"):
        return None
    d = Path(tempfile.gettempdir()) / f"gwlint-cache-{getuid()}"
    try:
        d.mkdir(mode=0o700, exist_ok=True)
        st = d.lstat()
    except OSError:
        return None
    import stat

    if not stat.S_ISDIR(st.st_mode) or st.st_uid != getuid() or st.st_mode & 0o077:
        return None
    return d


def cache_dirs():
    """Where to look for and write cached files: the user cache folder, and only
    if that cannot be written, the private temp folder."""
    primary = cache_dir()
    yield primary
    try:
        primary.mkdir(parents=True, exist_ok=True)
        writable = os.access(primary, os.W_OK)
    except OSError:
        writable = False
    if not writable:
        fallback = fallback_cache_dir()
        if fallback is not None:
            yield fallback


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``path`` under a temporary name and rename it into place, so that
    readers never see half a file; False (nothing left behind) if impossible."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def remove_stale(folder: Path, pattern: str, keep: str) -> None:
    """Remove entries of ``folder`` matching ``pattern`` (other than ``keep``)
    not modified for :data:`STALE_AFTER_S`.  A process still using one keeps its
    open files or mappings on POSIX; elsewhere removal just fails."""
    limit = time.time() - STALE_AFTER_S
    for p in folder.glob(pattern):
        try:
            if p.name == keep or p.stat().st_mtime > limit:
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink()
        except OSError:
            pass

"""Finding the drafts under the paths a user names.

A folder is walked in sorted order (its files, then its subfolders), skipping
hidden entries, Word lock files and a folder's README.  Nothing on the way is
skipped silently and nothing is followed blindly:

* a folder that cannot be listed (no read or search permission), and a folder
  named by the user that holds no file to check, becomes an :class:`Unlisted` entry, which the callers report as GW001 ("its files were
  not checked");
* a symlink to a folder is followed once; a link back to one of its own
  ancestors (a loop) is reported as :class:`Unlisted`, a second link to a folder
  already walked is not walked again (its files are checked under the first path);
* links to files, FIFOs, sockets and devices are listed like files: the reader
  refuses what is not a regular file (GW001) without opening it for blocking reads;
* names that are not valid UTF-8 (GBK names from archives made on Chinese Windows)
  are kept as the operating system gives them (``os.fsdecode``), so the file can be
  opened again under that name.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

# Extensions picked up when walking folders; binary Office formats are included
# so that they are reported (GW001, 另存为 .docx) instead of silently skipped.
WALK_SUFFIXES = (".docx", ".pdf", ".ofd", ".txt", ".md", ".doc", ".wps", ".wpt", ".dot")
_REPO_NOTES = ("README.", "CHANGELOG.", "LICENSE.", "CONTRIBUTING.")


@dataclass(frozen=True)
class Unlisted:
    """A place under a walked folder whose files could not be listed (or must not be
    followed); ``message`` says why.  Path-like, so it can stand in a list of files."""

    path: str
    message: str

    def __fspath__(self) -> str:
        return self.path

    def __str__(self) -> str:
        return self.path


def iter_files(paths: Iterable[str | Path | Unlisted]) -> Iterator[Path | Unlisted]:
    """Files named directly, supported files found by walking folders, and an
    :class:`Unlisted` entry for each place that could not be walked."""
    for p in paths:
        if isinstance(p, Unlisted):
            yield p
            continue
        p = Path(p)
        if _is_dir(p):
            found = False
            for f in _walk(p, (), set()):
                found = True
                yield f
            if not found:  # an empty folder is no clean result: nothing was read
                yield Unlisted(str(p), "文件夹中没有可检查的文件（.docx、.pdf、.ofd、.txt、.md；隐藏文件和 README 不计），"
                                       "没有检查任何内容。请确认选择了正确的文件夹。")
        else:
            yield p


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:  # a symlink loop, or a parent without search permission
        return False


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENAMETOOLONG:
        return "路径过长，超过操作系统允许的长度，请把文件移到路径较短的文件夹后再检查"
    from .readers import read_reason

    return read_reason(exc)


def _walk(folder: Path, ancestors: tuple[tuple[int, int], ...], seen: set[tuple[int, int]]) -> Iterator:
    try:
        st = os.stat(folder)
    except OSError as exc:
        yield Unlisted(str(folder), f"无法访问文件夹（{_reason(exc)}），其中的文件未经检查。")
        return
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        yield Unlisted(str(folder), "符号链接循环：该文件夹链接指向它自己的上级文件夹，未再进入（上级文件夹中的文件已检查）。")
        return
    if key in seen:
        return  # reached again through another link: its files are checked once, under the first path
    seen.add(key)
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as exc:
        yield Unlisted(str(folder), f"无法读取文件夹内容（{_reason(exc)}），其中的文件未经检查。"
                                    "请检查文件夹权限。")
        return
    files: list[str] = []
    dirs: list[str] = []
    for e in entries:
        name = e.name
        try:
            is_dir = e.is_dir()  # follows a link to a folder
        except OSError:
            is_dir = False  # a link loop or an unreadable link: listed as a file, the reader says why
        if is_dir:
            if not name.startswith((".", "__")):
                dirs.append(name)
            continue
        if name.startswith(("~$", ".")):
            continue  # Word lock files, hidden files
        if name.upper().startswith(_REPO_NOTES):
            continue  # a folder's README is not a draft (named directly, it is linted)
        if name.lower().endswith(WALK_SUFFIXES):
            files.append(name)
    for name in sorted(files):
        yield folder / name
    for name in sorted(dirs):
        yield from _walk(folder / name, ancestors + (key,), seen)


def distinct_files(files: Iterable[Path | Unlisted]) -> list[Path | Unlisted]:
    """``files`` less the later names of a file already listed: the same path given twice, a folder and a
    file inside it, a symlink (or hard link) to a file named too.  One file is read and reported once, under
    its first name; checked twice, its findings were doubled and ``--fix`` rewrote it from a stale reading."""
    seen: set = set()
    out: list[Path | Unlisted] = []
    for f in files:
        if isinstance(f, Unlisted):
            key: object = ("unlisted", f.path)
        else:
            try:
                st = os.stat(f)
            except OSError:  # missing, a link loop, no permission: the reader says why, once per name
                key = ("name", os.path.abspath(f))
            else:
                # only regular files are merged: a FIFO or device is refused by the reader without opening
                key = (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else ("name", os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out

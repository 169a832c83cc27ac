"""Outputs that cannot hurt: text any stream can carry, files written whole or not at all, never onto an input.

- :func:`display_path` and :func:`clean_text` make file names and draft text printable: file names that are not
  UTF-8 (GBK names unzipped on Linux arrive as surrogate escapes) and control characters (ESC, OSC, BEL from a
  draft would drive the reader's terminal) become visible marks;
- :class:`AtomicOutput` / :func:`write_atomic` write under a temporary name in the target's folder and rename it
  over the target, so a full disk or a killed process leaves the old file (or none), never half of one, and
  refuse a target that is one of the inputs (same device and inode: hard links and symlinks included);
- :func:`setup_streams` makes stdout survive any encoding (``errors="replace"``), a reader that goes away
  (``| head``) and a full disk under a redirection: the run finishes and :func:`finish_stdout` tells what was
  lost (the exit code is then 2).
"""
from __future__ import annotations

import io
import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Iterable

# C0 controls but TAB and LF, DEL, C1 controls, and lone surrogates (undecodable bytes of file names)
# C0/C1 controls, lone surrogates, and bidirectional controls (U+202E would reverse the rest of a line)
# and the Unicode line and paragraph separators (some terminals and editors start a new line at them)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                     "\u2028\u2029]")


def _shown_char(ch: str) -> str:
    o = ord(ch)
    if o < 0x20:
        return chr(0x2400 + o)  # the Control Pictures block: ␛ ␇ ␍ keep one column per character
    if o == 0x7F:
        return "\u2421"  # ␡
    if o in (0x85, 0x2028, 0x2029):
        return "\u2424"  # ␤: a line break inside a paragraph
    return "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with control characters (but TAB and newline) as visible symbols, one character for one, so
    columns and carets computed on the original text stay right."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _shown_char(m.group()), text)


def _escaped(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8, kept by the surrogateescape decoding of file names
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o <= 0xFF else f"\\u{o:04x}"


# a file name may hold TAB and newline too; shown raw they split the one-line ``path:line:col`` records
_UNSAFE_NAME = re.compile("[\t\n]|" + _UNSAFE.pattern)


def display_path(path: str | os.PathLike | bytes, *, one_line: bool = True) -> str:
    """A file name as printable, valid Unicode text: undecodable bytes and control characters as ``\\xNN``
    (as Python's repr of bytes shows them), everything else unchanged.  TAB and newline too when
    ``one_line`` (text meant for lines: messages, the text formats); JSON escapes them itself."""
    s = os.fsdecode(path)
    unsafe = _UNSAFE_NAME if one_line else _UNSAFE
    if not unsafe.search(s):
        return s
    return unsafe.sub(lambda m: _escaped(m.group()), s)


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` that strict UTF-8 (SQLite, JSON) can hold: only the undecodable bytes of a file name (lone
    surrogates) become ``\\xNN``; control characters stay (storage is no terminal)."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: _escaped(m.group()), text)


# C1 controls (U+009B is CSI to terminals that take 8-bit controls) and the bidi overrides: JSON does not escape
# them itself, so a `--format json` read on a terminal could still be driven or reordered by the draft
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(obj, **kw) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` with the characters above as ``\\uXXXX`` escapes (same data)."""
    import json

    text = json.dumps(obj, ensure_ascii=False, **kw)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _JSON_UNSAFE.search(text) else text


# ---------------------------------------------------------------- files
class OutputError(Exception):
    """An output that cannot be written: exit code 2 with this (Chinese) message; ``reason`` is its cause
    alone (without the file name)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


_REASONS = {"ENOSPC": "磁盘空间不足", "EDQUOT": "超出磁盘配额", "EROFS": "文件系统只读", "EACCES": "没有写入权限",
            "EPERM": "没有写入权限", "ENOENT": "文件夹不存在", "ENOTDIR": "路径中有一段不是文件夹",
            "EISDIR": "是文件夹", "EEXIST": "已有同名文件", "EFBIG": "文件过大", "EIO": "输入输出错误",
            "ENAMETOOLONG": "文件名太长（超过文件系统 255 字节的上限）"}


def temp_prefix(path: Path) -> str:
    """The prefix of a temporary file written beside ``path``: its name cut so that prefix, mkstemp's eight random
    characters and ".tmp" stay within the 255 bytes a file name may have (a name the user may use whole would
    otherwise fail only at its temporary twin)."""
    name = path.name.encode("utf-8", "surrogateescape")[:200].decode("utf-8", "ignore")
    return f".{name}."


def os_reason(exc: OSError) -> str:
    """Why a write failed, in Chinese where the cause is a common one."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _REASONS.get(name, exc.strerror or str(exc))


def read_regular(path: str | os.PathLike, limit: int, what: str = "文件") -> bytes:
    """The bytes of a small file the user names (a config, a baseline).  OSError with a Chinese ``strerror``
    for anything that is not a regular file — a FIFO blocks the open, ``/dev/zero`` the read, for ever — and
    for a file over ``limit`` bytes (reading it whole would be the memory of a batch)."""
    import errno

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "不是普通文件（如命名管道、设备文件），gwlint 不读取")
        if st.st_size > limit:
            raise OSError(errno.EFBIG, f"文件过大（{st.st_size:,} 字节），超过{what} {limit >> 20} MiB 的上限")
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            return fh.read(limit + 1)
    finally:
        if fd >= 0:
            os.close(fd)


def check_not_input(target: str | os.PathLike, inputs: Iterable[str | os.PathLike], what: str) -> None:
    """Refuse ``target`` when it is one of ``inputs``: the same file by device and inode, whatever the path
    (the path itself, ``./x``, a symlink, a hard link)."""
    try:
        st = os.stat(target)
    except (OSError, ValueError):
        return  # does not exist (yet): cannot be an input
    if not stat.S_ISREG(st.st_mode):
        return
    for p in inputs:
        try:
            other = os.stat(p)
        except (OSError, ValueError):
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            raise OutputError(f"{what} {display_path(target)} 就是输入文件 {display_path(p)}，不能覆盖输入。"
                              "请另指定文件名。")


class AtomicOutput:
    """A file written under a temporary name in the target's folder and renamed over the target on
    :meth:`commit` (``os.replace``: readers see the old file or the new one, never a part).

    Created before a long run, it checks at once what can be checked (the folder exists and takes a new file,
    the target is no folder and no input).  A target that exists and is not a regular file (``/dev/stdout``,
    a FIFO) is written directly: renaming over it would replace the device node.
    """

    def __init__(self, target: str | os.PathLike, *, binary: bool = False,
                 inputs: Iterable[str | os.PathLike] = (), what: str = "输出文件", newline: str | None = None) -> None:
        self.target = Path(target)
        self.what = what
        self.binary = binary
        self._tmp: str | None = None
        self._fh: IO | None = None
        shown = display_path(self.target)
        # a link into /proc/self/fd (/dev/stdout, /dev/fd/N) is an open descriptor: written through, appended to
        # (never truncating a `>>` redirection); any other link is kept and the file it names is replaced
        through_fd = writes_through_fd(self.target)
        self._path = self.target if through_fd else link_target(self.target)
        try:
            st = os.stat(self._path)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise self.failure(exc) from None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"无法写入{what} {shown}：这是一个文件夹，请给出文件名。", "这是一个文件夹")
        check_not_input(self.target, inputs, what)
        self._direct = through_fd or (st is not None and not stat.S_ISREG(st.st_mode))
        folder = self._path.parent
        if not self._direct and not folder.is_dir():
            raise OutputError(f"无法写入{what} {shown}：文件夹 {display_path(folder)} 不存在。", "文件夹不存在")
        self._mode = stat.S_IMODE(st.st_mode) if st is not None else None
        text = {} if binary else {"encoding": "utf-8", "errors": "replace", "newline": newline}
        try:
            if self._direct:
                self._fh = open(self._path, ("a" if through_fd else "w") + ("b" if binary else ""), **text)
            else:
                import tempfile

                fd, self._tmp = tempfile.mkstemp(prefix=temp_prefix(self._path), suffix=".tmp", dir=folder)
                self._fh = os.fdopen(fd, "wb" if binary else "w", **text)
        except OSError as exc:
            self.discard()
            raise self.failure(exc) from None

    def failure(self, exc: OSError) -> OutputError:
        reason = os_reason(exc)
        return OutputError(f"无法写入{self.what} {display_path(self.target)}：{reason}", reason)

    @property
    def file(self) -> IO:
        assert self._fh is not None
        return self._fh

    def commit(self) -> None:
        """Finish the file and put it in place; on any failure remove the temporary file and raise
        :class:`OutputError` (the target keeps its old contents)."""
        fh, self._fh = self._fh, None
        try:
            if fh is not None:
                fh.flush()
                if not self._direct:
                    os.fsync(fh.fileno())  # a full disk may only say so here
                fh.close()
            if self._tmp is not None:
                os.chmod(self._tmp, self._mode if self._mode is not None else 0o666 & ~_umask())
                os.replace(self._tmp, self._path)
                self._tmp = None
        except OSError as exc:
            if fh is not None and not fh.closed:
                _quiet_close(fh)
            self.discard()
            raise self.failure(exc) from None

    def discard(self) -> None:
        if self._fh is not None:
            _quiet_close(self._fh)
            self._fh = None
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __enter__(self) -> IO:
        return self.file

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
            return
        self.discard()
        if isinstance(exc, OSError):  # a failed write: say what could not be written
            raise self.failure(exc) from None


def writes_through_fd(path: Path) -> bool:
    """Whether ``path`` is, or links (in any number of steps) to, an open descriptor under /proc or /dev/fd."""
    p = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if p.startswith(("/proc/", "/dev/fd/")):
            return True
        try:
            link = os.readlink(p)
        except (OSError, ValueError):
            return False
        p = os.path.normpath(os.path.join(os.path.dirname(p), link))
    return False


def link_target(path: Path) -> Path:
    """The file a symlink names (followed to its end, which need not exist yet); ``path`` itself otherwise.
    Renaming over the link would put a regular file in its place."""
    if not os.path.islink(path):
        return path
    return Path(os.path.realpath(path))


def _quiet_close(fh: IO) -> None:
    try:
        fh.close()
    except OSError:
        # a buffered tail that cannot be written (full disk): drop it, the file is discarded anyway
        try:
            os.close(fh.fileno())
        except (OSError, ValueError):
            pass


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def write_atomic(target: str | os.PathLike, data: str | bytes, *, inputs: Iterable[str | os.PathLike] = (),
                 what: str = "输出文件") -> None:
    """Write ``data`` to ``target`` whole or not at all (see :class:`AtomicOutput`)."""
    with AtomicOutput(target, binary=isinstance(data, bytes), inputs=inputs, what=what) as fh:
        fh.write(data)


# ---------------------------------------------------------------- the standard streams
class _StdoutGuard(io.RawIOBase):
    """File descriptor 1 that never raises: a reader that stops early (``| head``, EPIPE) or a full disk under
    a redirection ends the output, not the program with a traceback; :func:`finish_stdout` reports it."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        n = len(b)
        if self.error is not None:
            return n
        view = memoryview(b)
        try:
            done = 0
            while done < n:
                done += os.write(self._fd, view[done:])
        except OSError as exc:
            self.error = exc
        return n

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def fileno(self) -> int:
        return self._fd

    def close(self) -> None:  # fd 1 stays open for whoever else holds it
        self.flush()
        super().close()


_GUARD: _StdoutGuard | None = None


def setup_streams() -> None:
    """stdout with ``errors="replace"`` (an encoding such as GBK cannot crash the output, JSON stays valid)
    and, on POSIX, a guard against write errors; stderr never fails on a character either."""
    global _GUARD
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        if os.name == "posix" and _GUARD is None:
            try:
                fd = out.fileno()
                out.flush()
            except (OSError, ValueError):
                fd = None
            if fd is not None:
                _GUARD = _StdoutGuard(fd)
                sys.stdout = io.TextIOWrapper(io.BufferedWriter(_GUARD), encoding=out.encoding, errors="replace",
                                              line_buffering=out.line_buffering)
        else:
            out.reconfigure(errors="replace")
    err = sys.stderr
    if isinstance(err, io.TextIOWrapper) and err.errors == "strict":
        err.reconfigure(errors="backslashreplace")


def finish_stdout() -> OSError | None:
    """Flush stdout; the write error if some output was lost (EPIPE: the reader went away)."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as exc:  # without the guard (Windows)
        _silence_stdout()
        return exc
    except ValueError:
        return None
    return _GUARD.error if _GUARD is not None else None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass

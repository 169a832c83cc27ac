"""Word 97-2003 (.doc) and WPS (.wps) binaries, read through LibreOffice.

No Python library reads the .doc binary format well; LibreOffice does.  When
``soffice`` (or ``libreoffice``) is on PATH the file is converted to .docx and
read by the .docx reader, so findings point at the same paragraphs as for a
.docx saved by hand, and the path shown stays the original file's.  The
conversion:

* runs headless in a temporary folder that holds the input copy, the output
  and LibreOffice's own user profile (``-env:UserInstallation``), so parallel
  conversions never share a profile or a lock, and the folder is removed
  afterwards, whatever happened;
* starts LibreOffice in a new process group and kills the whole group
  (``soffice`` starts ``oosplash`` and ``soffice.bin``) when it is past its time
  (``GWLINT_SOFFICE_TIMEOUT`` seconds, 40 by default) or leaves anything behind,
  and a watchdog in the group kills it when the Python process dies;
* forces the Word 97 import filter: only files that hold a ``WordDocument``
  stream come here (Kingsoft WPS files are the same binary format), and a
  damaged file must fail instead of being imported as plain text;
* lifts the soft address-space limit a guarded worker process runs under
  (:mod:`gwlint.guard`): LibreOffice maps far more address space than it uses.

A process killed outright (SIGKILL) cannot remove its temporary folder; the
watchdog still ends LibreOffice within a second.

Without LibreOffice the file is a GW001 finding that says how to install it or
to save the draft as .docx.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..model import Document, ReadError

# below the default budget of a guarded job (gwlint.guard: 60 s), so this timeout words the failure
DEFAULT_TIMEOUT = 40.0

_KINDS = {".wps": "WPS 文字（.wps）", ".wpt": "WPS 文字模板（.wpt）", ".dot": "Word 97-2003 模板（.dot）"}

INSTALL_HINT = ("gwlint 借助 LibreOffice 读取这种格式，但本机没有找到 LibreOffice（soffice 命令）。"
                "请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-writer；"
                "其他系统见 libreoffice.org），或在 WPS、Word 中打开后“另存为” .docx 再检查。")


# Runs LibreOffice in the new process group: lifts the soft address-space cap of
# a guarded worker (LibreOffice maps far more than it uses) and watches the
# Python process (its pid is the first argument: $PPID would already be init if
# it died first): if it dies (a worker killed for its budget) the whole group is
# killed at once instead of converting on as an orphan.
_WRAPPER = """ulimit -S -v unlimited 2>/dev/null
parent=$1
shift
(while kill -0 "$parent" 2>/dev/null; do sleep 1; done; kill -KILL 0) </dev/null >/dev/null 2>&1 &
"$@"
"""


def find_soffice() -> str | None:
    """The LibreOffice command on PATH, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _timeout() -> float:
    try:
        value = float(os.environ.get("GWLINT_SOFFICE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _kind(filename: str) -> str:
    return _KINDS.get(Path(filename).suffix.lower(), "Word 97-2003（.doc）")


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass


def convert_to_docx(data: bytes, filename: str, *, soffice: str | None = None,
                    timeout: float | None = None) -> bytes:
    """The .docx LibreOffice makes of a .doc/.wps held in ``data``; ReadError on failure."""
    soffice = soffice or find_soffice()
    kind = _kind(filename)
    if soffice is None:
        raise ReadError(f"这是{kind}格式文件。{INSTALL_HINT}")
    timeout = timeout or _timeout()
    with tempfile.TemporaryDirectory(prefix="gwlint-soffice-") as tmp:
        folder = Path(tmp)
        src = folder / "draft.doc"  # an ASCII name: the original's may not survive the command line
        src.write_bytes(data)
        out = folder / "out"
        cmd = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
               "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
               "--infilter=MS Word 97", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        env = dict(os.environ, HOME=str(folder), TMPDIR=str(folder), SAL_USE_VCLPLUGIN="svp")
        if os.name == "posix":
            cmd = ["/bin/sh", "-c", _WRAPPER, "sh", str(os.getpid()), *cmd]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd=folder, env=env,
                                    start_new_session=os.name == "posix")
        except OSError as exc:
            raise ReadError(f"无法启动 LibreOffice（{exc.strerror or exc}）。{INSTALL_HINT}") from None
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid) if os.name == "posix" else proc.kill()
            proc.communicate()
            raise ReadError(f"用 LibreOffice 转换{kind}文件超过 {timeout:g} 秒仍未完成，已中止。"
                            "文件可能过大或已损坏；请在 WPS 或 Word 中打开后“另存为” .docx 再检查。") from None
        finally:
            if os.name == "posix":
                _kill_group(proc.pid)  # anything LibreOffice left running in its group
        result = out / "draft.docx"
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
            why = f"（{detail[0][:200]}）" if detail else ""
            raise ReadError(f"LibreOffice 无法转换这个{kind}文件{why}，文件可能已损坏或加密。"
                            "请在 WPS 或 Word 中打开后“另存为” .docx 再检查。")
        return result.read_bytes()


def read_legacy_word(data: bytes, filename: str) -> Document:
    """Read a .doc/.wps by converting it to .docx with LibreOffice."""
    from .docx import read_docx

    converted = convert_to_docx(data, filename)
    try:
        doc = read_docx(converted, filename)
    except ReadError as exc:
        raise ReadError(f"LibreOffice 转换出的 .docx 无法读取：{exc.message}") from None
    doc.notes.append(f"{_kind(filename)}文件经 LibreOffice 转换为 .docx 后检查；版式以转换结果为准。")
    return doc

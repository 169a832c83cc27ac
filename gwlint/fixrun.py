"""``gwlint check --fix / --diff / --fix-docx``: applying fixes from the command line.

* ``--fix`` rewrites .txt/.md files in place (same encoding, BOM and line
  endings; only the fixed characters change) and reports what is left, as
  ruff does.  Word files are never rewritten in place: ``--fix-docx OUT.docx``
  writes a copy with the fixes as tracked changes (修订).
* ``--diff`` prints what ``--fix`` would change as a unified diff and writes
  nothing; the exit code is 1 when there is something to change, else 0.
* ``--unsafe-fixes`` adds the fixes that change wording (其它→其他, 的的→的 …).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fixes import FixError, fixable
from .safeio import os_reason

TEXT_SUFFIXES = (".txt", ".md")


def is_text(path: str | Path) -> bool:
    return Path(path).suffix.lower() in TEXT_SUFFIXES


def plan_fix_docx(paths, files, out: Path) -> Path:
    """The one .docx whose revised copy goes to ``out``; raises FixError with the usage problem."""
    from .wordml import same_file

    files = [Path(f) for f in files]
    if len(files) != 1 or Path(paths[0]).is_dir():
        raise FixError("--fix-docx 只能用于一个 .docx 文件。")
    src = files[0]
    suffix = src.suffix.lower()
    if suffix != ".docx":
        if suffix in TEXT_SUFFIXES:
            raise FixError("纯文本（.txt/.md）请用 --fix 直接修改原文件，或用 --diff 预览修改。")
        if suffix == ".pdf":
            raise FixError("PDF 是版式文件，不能写入修订；请对 .docx 原稿使用 --fix-docx。")
        if suffix == ".ofd":
            raise FixError("OFD 是版式文件（GB/T 33190），不能写入修订；修订和批注只能写入 .docx，请对 .docx 原稿使用 --fix-docx。")
        if suffix in (".doc", ".wps", ".dot", ".wpt"):
            raise FixError("修订只能写入 .docx；.doc/.wps 文件请先在 Word 或 WPS 中“另存为” .docx，再对 .docx 使用 --fix-docx。")
        raise FixError(f"只能为 .docx 文件写出修订副本：{src}")
    if out.suffix.lower() != ".docx":
        raise FixError(f"修订副本应保存为 .docx 文件：{out}")
    try:
        is_dir = out.is_dir()
    except OSError as exc:  # a name past 255 bytes: said before the run, not as an internal error after it
        raise FixError(f"无法写出修订副本 {out}：{os_reason(exc)}") from None
    if is_dir:
        raise FixError(f"{out} 是文件夹，请指定修订副本的文件名。")
    if same_file(src, out):
        raise FixError(f"修订副本不能覆盖原文件：{src}。请另指定文件名。")
    return src


@dataclass
class TextFixReport:
    diff: str = ""
    fixed: int = 0  # findings fixed
    files: int = 0  # files changed
    notes: list[str] = field(default_factory=list)


def fix_text_files(results, config_for, *, unsafe: bool, write: bool) -> tuple[list, TextFixReport]:
    """Apply the fixes of every .txt/.md among ``results``; with ``write`` the files are rewritten.

    Returns the results (those of rewritten files replaced by the lint of the
    new text) and what was done."""
    from .fixes import fix_text_bytes, unified_diff
    from .wordml import write_atomic

    report = TextFixReport()
    out = []
    word_hint = False
    for r in results:
        if r.error or not fixable(r.findings, unsafe=unsafe):
            out.append(r)
            continue
        if not is_text(r.path):
            if r.path.lower().endswith(".docx") and not word_hint:
                word_hint = True
                report.notes.append("Word 文件不在原文件上修改：请用 --fix-docx 副本.docx 写出带修订的副本。")
            out.append(r)
            continue
        path = Path(r.path)
        try:
            data = path.read_bytes()
            outcome = fix_text_bytes(data, r.path, config_for(path), unsafe=unsafe)
        except (OSError, FixError) as exc:
            report.notes.append(f"{r.path}：未自动修正：{getattr(exc, 'strerror', None) or exc}")
            out.append(r)
            continue
        if not outcome.changed:
            out.append(r)
            continue
        report.fixed += len(outcome.fixed)
        report.files += 1
        if write:
            import os

            target = path.resolve()  # through a symbolic link: the file it names is rewritten, the link stays
            # read-only (even for root, who may write anything): the user meant it not to change
            if not os.access(target, os.W_OK) or not os.stat(target).st_mode & 0o222:
                report.notes.append(f"{r.path}：文件只读，未写回修正。")
                report.fixed -= len(outcome.fixed)
                report.files -= 1
                out.append(r)
                continue
            try:
                write_atomic(target, outcome.data)
            except OSError as exc:
                report.notes.append(f"{r.path}：无法写回：{os_reason(exc)}")
                report.fixed -= len(outcome.fixed)
                report.files -= 1
                out.append(r)
                continue
            out.append(outcome.result.without_document())
        else:
            report.diff += unified_diff(r.path, data, outcome.data)
            out.append(r)
    return out, report


class NotWritten(str):
    """The message of a revised copy that could not be written (a pipeline must see it: exit 2)."""


def write_fix_docx(src: Path, out: Path, config, *, unsafe: bool, annotate: bool) -> str:
    """Write the revised copy; the line to tell the user (stderr), a :class:`NotWritten` when it failed."""
    from .revise import revise_docx
    from .safeio import display_path, os_reason

    try:
        res = revise_docx(src, out, config, unsafe=unsafe, annotate=annotate)
    except OSError as exc:
        return NotWritten(f"gwlint: 未生成修订副本 {display_path(out)}：{os_reason(exc)}")
    except FixError as exc:
        return NotWritten(f"gwlint: 未生成修订副本 {display_path(out)}：{exc}")
    parts = [f"{res.revisions} 处修订（{len(res.fixed)} 个问题）"]
    if annotate:
        parts.append(f"{res.comments} 条批注")
    msg = f"已写入修订副本 {out}：" + "，".join(parts) + "。"
    if res.failed:
        where = "已改为批注" if annotate else "请手工修改"
        msg += f"另有 {len(res.failed)} 个问题的修正无法写成修订（如域代码结果中的文字，或文本框中 Word 显示的那一份与读取的文字不同），{where}。"
    return msg

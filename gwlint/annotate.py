"""Annotated .docx: a copy of the draft with a Word comment (批注) at each finding.

The drafter gets their own file back, opens it in Word or WPS and sees each
problem in the margin, anchored on the characters the finding names::

    from gwlint.annotate import annotate_docx
    annotate_docx("草稿.docx", result.findings, "草稿-批注.docx")

How a finding becomes a comment range:

* The copy is read with the same .docx reader that produced the findings, so
  ``Finding.line`` names the same paragraph (a body paragraph, a table cell or
  a text-box paragraph).
* :mod:`gwlint.wordml` (shared with the tracked changes of :mod:`gwlint.revise`)
  maps every character of the paragraph text to the run it came from, through
  the reader's own walker, and splits runs at the span's ends keeping their
  formatting.  If the rebuilt text differs from the linted text, the comment
  covers the whole paragraph rather than a wrong span.
* ``w:commentRangeStart`` goes before the first run of the span and
  ``w:commentRangeEnd`` plus the comment reference after the last one
  (python-docx's comments API).  A finding without a span of its own (a
  document-level finding) is anchored on the title by the engine; an empty span
  is widened to the character at that position.
* The anchor covers the fix too, and the comment's suggestion is exactly the
  anchored text with the fix applied (GW701 on 「赣府发[2019]3号」 suggests
  「赣府发〔2019〕3号」); a fix of many edits over a long stretch (GW801: the
  half-width marks of a paragraph) gets one comment per edit on its mark.
* Comments carry the local time as Word writes it; gwlint's own comments of an
  earlier run are removed first, so annotating an annotated copy again gives
  the same comments, not twice as many.

The source file is only read; the copy is written to ``out_path`` (through a
temporary file, never over the source: same path or same inode is refused).
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .findings import Edit, Finding
from .wordml import AUTHOR, INITIALS, same_file, word_date, write_atomic

# A fix of several edits spread over more than this many characters (GW801: the
# half-width marks of a long paragraph) gets one comment per edit, each on its mark.
SPAN_MAX = 40


class AnnotateError(Exception):
    """The input cannot be annotated (not a .docx, unreadable, output = input)."""


@dataclass
class AnnotateResult:
    path: str  # the annotated copy
    comments: int = 0  # comments written
    exact: int = 0  # anchored on exactly the finding's characters
    whole_paragraph: int = 0  # anchored on the whole paragraph (text could not be mapped)
    skipped: list[Finding] = field(default_factory=list)  # no paragraph to anchor on
    dropped: int = 0  # gwlint's own comments of an earlier run, removed before writing


def _widen(s: int, e: int, n: int) -> tuple[int, int]:
    """An empty span (an insertion point) widened to the character there, or the one before it at the end."""
    if s == e:
        if s < n:
            e = s + 1
        elif s > 0:
            s = s - 1
    return s, e


def _span(f: Finding, n: int) -> tuple[int, int]:
    s = max(0, min(f.column - 1, n))
    e = max(s, min(f.end_column - 1 if f.end_line == f.line else n, n))
    return s, e


def _suggestion(text: str, a: int, b: int, edits: list[Edit]) -> str:
    """What the anchored text ``text[a:b]`` becomes with ``edits`` applied, said for a comment."""
    old = text[a:b]
    new = old
    for ed in sorted(edits, key=lambda ed: (ed.start, ed.end), reverse=True):
        new = new[:ed.start - a] + ed.text + new[ed.end - a:]
    if new == old:
        return ""
    if not new:
        return f"\n建议删除“{old}”"
    if len(edits) == 1 and edits[0].start == edits[0].end:
        if edits[0].start == b:
            return f"\n建议在“{old}”后加“{edits[0].text}”"
        if edits[0].start == a:
            return f"\n建议在“{old}”前加“{edits[0].text}”"
    return f"\n建议改为：{new}"


def comment_notes(f: Finding, paragraph_text: str) -> list[tuple[int, int, str]]:
    """The comments for one finding: ``(start, end, text)`` in its paragraph.

    The text is ``[GW104] message`` and, on a second line, the suggested fix
    for exactly the anchored characters.  The anchor is the finding's span,
    widened to cover its fix; a fix of many edits spread over a long stretch
    gets one comment per edit instead, each on its own characters.
    """
    from .suppress import is_suppressed

    head = f"[{f.code}]{'（已抑制）' if is_suppressed(f) else ''} {f.message}"
    n = len(paragraph_text)
    s, e = _span(f, n)
    edits = [ed for ed in (f.fix.edits if f.fix is not None else ()) if ed.line == f.line and ed.end <= n]
    if not edits:
        s, e = _widen(s, e, n)
        return [(s, e, head)]
    a, b = min(s, *(ed.start for ed in edits)), max(e, *(ed.end for ed in edits))
    if len(edits) > 1 and b - a > SPAN_MAX:
        out = []
        for i, ed in enumerate(edits, 1):
            x, y = _widen(ed.start, ed.end, n)
            out.append((x, y, f"{head}（第 {i}/{len(edits)} 处）" + _suggestion(paragraph_text, x, y, [ed])))
        return out
    a, b = _widen(a, b, n)
    return [(a, b, head + _suggestion(paragraph_text, a, b, edits))]


def comment_text(f: Finding, paragraph_text: str) -> str:
    """The text of the (first) comment for ``f``."""
    return comment_notes(f, paragraph_text)[0][2]


def annotate_docx(src_path: str | Path, findings: Iterable[Finding], out_path: str | Path) -> AnnotateResult:
    """Write ``out_path``: a copy of ``src_path`` with a comment at each finding.

    ``findings`` are the findings of that file (``Finding.path`` is not
    checked, so the caller may lint under another name).  The source file is
    never written to.
    """
    src, out = Path(src_path), Path(out_path)
    if same_file(src, out):
        raise AnnotateError(f"批注副本不能覆盖原文件：{src}")
    data = src.read_bytes()
    return annotate_bytes(data, findings, out, filename=str(src))


def load_docx(data: bytes, filename: str, error=None):
    """The document model of a .docx held in memory (its paragraphs hold python-docx objects)."""
    from .model import ReadError
    from .readers import sniff

    error = error or AnnotateError
    try:
        kind = sniff(data, Path(filename).suffix)
    except ReadError as exc:
        raise error(exc.message) from None
    if kind != "docx":
        raise error(not_docx_message(kind))
    from .readers.docx import read_docx

    try:
        model = read_docx(data, filename, keep_binary=True)  # the copy keeps its images
    except ReadError as exc:
        raise error(exc.message) from None
    if not model.paragraphs:
        raise error("文件中没有提取到任何文字。")
    return model


def python_docx(model):
    """The python-docx document behind a model read from a .docx."""
    return model.paragraphs[0].source.part.document


def annotate_bytes(data: bytes, findings: Iterable[Finding], out: str | Path | io.BytesIO, *,
                   filename: str = "draft.docx") -> AnnotateResult:
    """Like :func:`annotate_docx` for a file held in memory; ``out`` may be a path or a stream."""
    model = load_docx(data, filename)
    result = AnnotateResult(path=str(out) if not isinstance(out, io.BytesIO) else filename)
    annotate_model(model, findings, result)
    save(python_docx(model), out)
    return result


def save(document, out: str | Path | io.BytesIO) -> None:
    if isinstance(out, io.BytesIO):
        document.save(out)
        return
    buf = io.BytesIO()
    document.save(buf)
    write_atomic(out, buf.getvalue())


def annotate_model(model, findings: Iterable[Finding], result: AnnotateResult) -> None:
    """Add a comment at each finding to the python-docx document behind ``model``.

    gwlint's own comments of an earlier run are removed first, so annotating an
    annotated copy again does not double them."""
    from .wordml import drop_own_comments

    document = python_docx(model)
    result.dropped += drop_own_comments(document)
    annotator = _Annotator(document, model.path)
    by_line: dict[int, list[Finding]] = {}
    for f in findings:
        if 1 <= f.line <= len(model.paragraphs):
            by_line.setdefault(f.line, []).append(f)
        else:
            result.skipped.append(f)
    for line in sorted(by_line):
        annotator.annotate(model.paragraphs[line - 1], by_line[line], result)


def not_docx_message(kind: str) -> str:
    if kind == "ofd":
        return ("OFD 是版式文件（GB/T 33190），不能像 Word 那样在原文上插入批注或修订；批注和修订只能写入 .docx。"
                "请对 .docx 原稿使用 --annotate，或直接查看 gwlint 输出的页码、行号和摘录。")
    if kind == "doc":
        return ("批注和修订只能写入 .docx；.doc/.wps 文件请先在 Word 或 WPS 中“另存为” .docx，"
                "再对 .docx 使用 --annotate。")
    if kind == "pdf":
        return ("PDF 是版式文件，不能像 Word 那样在原文上插入批注；请对 .docx 原稿使用 --annotate，"
                "或直接查看 gwlint 输出的行号和摘录。")
    return "纯文本（.txt/.md）没有批注功能，无法写入批注；请对 .docx 原稿使用 --annotate。"


# --------------------------------------------------------------------------
# the command line: where copies go, writing them


def plan_targets(paths, files, *, out: Path | None = None, out_dir: Path | None = None) -> dict[str, Path]:
    """:func:`_plan_targets`; a path the system refuses to look at (a name past 255 bytes) is a usage problem too."""
    from .safeio import display_path, os_reason

    try:
        return _plan_targets(paths, files, out=out, out_dir=out_dir)
    except OSError as exc:
        raise AnnotateError(f"无法写出批注副本 {display_path(exc.filename or out or out_dir)}：{os_reason(exc)}") from None


def _plan_targets(paths, files, *, out: Path | None = None, out_dir: Path | None = None) -> dict[str, Path]:
    """Map each .docx among ``files`` (as linted) to the path of its annotated copy.

    ``out``: one input file, written to that path.  ``out_dir``: every .docx
    keeps its file name (its path below a folder given on the command line).
    Raises :class:`AnnotateError` with the usage problem.
    """
    if out is not None and out_dir is not None:
        raise AnnotateError("--annotate 和 --annotate-dir 只能选用一个。")
    files = [Path(f) for f in files]
    if out is not None:
        if len(files) != 1 or Path(paths[0]).is_dir():
            raise AnnotateError("--annotate 只能用于一个 .docx 文件；检查多个文件时请用 --annotate-dir 文件夹。")
        src = files[0]
        _need_docx(src)
        if out.suffix.lower() != ".docx":
            raise AnnotateError(f"批注副本应保存为 .docx 文件：{out}")
        if same_file(src, out):
            raise AnnotateError(f"批注副本不能覆盖原文件：{src}。请另指定文件名。")
        if out.exists() and out.is_dir():
            raise AnnotateError(f"{out} 是文件夹；多个文件请用 --annotate-dir。")
        return {str(src): out}
    assert out_dir is not None
    if out_dir.exists() and not out_dir.is_dir():
        raise AnnotateError(f"--annotate-dir 应为文件夹：{out_dir}")
    targets: dict[str, Path] = {}
    seen: dict[Path, str] = {}
    from .api import iter_files

    for p in paths:
        p = Path(p)
        below = [Path(f) for f in iter_files([p])] if p.is_dir() else [p]
        for f in below:
            if f.suffix.lower() != ".docx":
                continue
            target = out_dir / (f.relative_to(p) if p.is_dir() else f.name)
            key = target.resolve()
            if same_file(f, target):
                raise AnnotateError(f"批注副本不能覆盖原文件：{f}。请另选 --annotate-dir 文件夹。")
            if key in seen and seen[key] != str(f):
                raise AnnotateError(f"{seen[key]} 和 {f} 的批注副本同名（{target}），请分别检查。")
            seen[key] = str(f)
            targets[str(f)] = target
    if not targets:
        raise AnnotateError("没有可写入批注的 .docx 文件（PDF 和纯文本不能插入批注）。")
    return targets


def _need_docx(src: Path) -> None:
    suffix = src.suffix.lower()
    if suffix == ".docx":
        return
    if suffix in (".pdf", ".ofd"):
        raise AnnotateError(not_docx_message(suffix[1:]))
    if suffix in (".doc", ".wps", ".dot", ".wpt"):
        raise AnnotateError(not_docx_message("doc"))
    if suffix in (".txt", ".md"):
        raise AnnotateError(not_docx_message("txt"))
    raise AnnotateError(f"只能为 .docx 文件写入批注：{src}")


class Notes(list):
    """Lines for the user, and how many copies could not be written (the exit code says so)."""

    failed: int = 0


def write_annotations(results, findings: list[Finding], targets: dict[str, Path]) -> "Notes":
    """Write the annotated copies; returns one line per file for the user (stderr) and, as ``failed``,
    how many could not be written."""
    from .safeio import display_path, os_reason

    notes = Notes()
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    for r in results:
        target = targets.get(r.path)
        if target is None:
            continue
        shown = display_path(target)
        if r.error:  # the file itself is reported (GW001)
            notes.append(f"未生成批注副本 {shown}：{display_path(r.path)} 无法读取。")
            continue
        try:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise AnnotateError(f"无法建立文件夹 {display_path(target.parent)}（{os_reason(exc)}）") from None
            res = annotate_docx(r.path, by_path.get(r.path, []), target)
        except (AnnotateError, OSError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            notes.append(f"gwlint: 未生成批注副本 {shown}：{reason}")  # an error: exit code 2
            notes.failed += 1
            continue
        extra = f"（其中 {res.whole_paragraph} 条标在整段上）" if res.whole_paragraph else ""
        # the findings after the body are in headers and footers (Document.furniture), where Word takes no comment
        side = f"；另有 {len(res.skipped)} 个问题在页眉或页脚中（Word 不能在页眉、页脚中插入批注），见检查结果" \
            if res.skipped else ""
        notes.append(f"已写入批注副本 {shown}：{res.comments} 条批注{extra}{side}。")
    return notes



# --------------------------------------------------------------------------
# comments on the characters


class _Annotator:
    def __init__(self, document, filename: str) -> None:
        from docx.oxml.ns import qn
        from docx.text.run import Run

        from .wordml import WordText

        self.Run = Run
        self.document = document
        self.text = WordText(document, filename)
        self.date_attr = qn("w:date")
        self.date = word_date()

    def annotate(self, para, findings: list[Finding], result: AnnotateResult) -> None:
        wt = self.text
        el = wt.element(para)
        if el is None:
            result.skipped.extend(findings)
            return
        notes = [(s, e, text) for f in findings for s, e, text in comment_notes(f, para.text)]
        holder = wt.text_box_holder(el)
        if holder is not None:
            # Word does not reliably keep comments inside text boxes: comment the box itself
            for _, _, text in notes:
                self._comment(holder, holder, text, result, exact=False)
            return
        chars = wt.split(el, para.text, [b for s, e, _ in notes for b in (s, e)])
        if chars is None:
            self._whole(el, [t for _, _, t in notes], result)
            return
        for s, e, text in notes:
            refs = [chars[i][1] for i in range(s, e) if chars[i][1] is not None]
            if not refs:
                self._whole(el, [text], result)
                continue
            self._comment(refs[0].r, refs[-1].r, text, result, exact=True)

    def _whole(self, el, texts: list[str], result: AnnotateResult) -> None:
        runs = self.text.runs(el)
        if not runs:
            return
        for text in texts:
            self._comment(runs[0], runs[-1], text, result, exact=False)

    def _comment(self, first_r, last_r, text: str, result: AnnotateResult, *, exact: bool) -> None:
        first, last = self.Run(first_r, None), self.Run(last_r, None)
        c = self.document.add_comment([first, last], text=text, author=AUTHOR, initials=INITIALS)
        c._comment_elm.set(self.date_attr, self.date)  # local time, as Word writes it
        result.comments += 1
        if exact:
            result.exact += 1
        else:
            result.whole_paragraph += 1

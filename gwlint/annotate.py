"""Annotated .docx: a copy of the draft with a Word comment (批注) at each finding.

The drafter gets their own file back, opens it in Word or WPS and sees each
problem in the margin, anchored on the characters the finding names::

    from gwlint.annotate import annotate_docx
    annotate_docx("草稿.docx", result.findings, "草稿-批注.docx")

How a finding becomes a comment range:

* The copy is read with the same .docx reader that produced the findings, so
  ``Finding.line`` names the same paragraph (a body paragraph, a table cell or
  a text-box paragraph).
* The paragraph's runs are walked again with the reader's own walker, keeping
  for every character of the paragraph text the run (``w:r``) and the child
  (``w:t``, ``w:tab``…) it came from; tabs, line breaks, fields, hyperlinks,
  tracked changes and the stripping of outer spaces therefore map exactly as in
  the text the rules saw.  If the rebuilt text differs from the linted text,
  the comment covers the whole paragraph rather than a wrong span.
* Where a span starts or ends inside a run, the run is split in two; both
  halves carry a copy of the run's properties (``w:rPr``), so the formatting is
  unchanged.
* ``w:commentRangeStart`` goes before the first run of the span and
  ``w:commentRangeEnd`` plus the comment reference after the last one
  (python-docx's comments API).  A finding without a span of its own (a
  document-level finding) is anchored on the title by the engine; an empty span
  is widened to the character at that position.

The source file is only read; the copy is written to ``out_path``.
"""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .findings import Finding

AUTHOR = "gwlint"
INITIALS = "GW"


class AnnotateError(Exception):
    """The input cannot be annotated (not a .docx, unreadable, output = input)."""


@dataclass
class AnnotateResult:
    path: str  # the annotated copy
    comments: int = 0  # comments written
    exact: int = 0  # anchored on exactly the finding's characters
    whole_paragraph: int = 0  # anchored on the whole paragraph (text could not be mapped)
    skipped: list[Finding] = field(default_factory=list)  # no paragraph to anchor on


def comment_text(f: Finding, paragraph_text: str | None = None) -> str:
    """``[GW104] message`` and, on a second line, the suggested fix if any."""
    from .suppress import is_suppressed

    text = f"[{f.code}]{'（已抑制）' if is_suppressed(f) else ''} {f.message}"
    fix = f.fix
    if fix is not None:
        if fix.replacement:
            if fix.start == fix.end:
                text += f"\n建议在此处加“{fix.replacement}”"
            else:
                text += f"\n建议改为：{fix.replacement}"
        elif paragraph_text is not None and fix.line == f.line and fix.end > fix.start:
            text += f"\n建议删除“{paragraph_text[fix.start:fix.end]}”"
    return text


def annotate_docx(src_path: str | Path, findings: Iterable[Finding], out_path: str | Path) -> AnnotateResult:
    """Write ``out_path``: a copy of ``src_path`` with a comment at each finding.

    ``findings`` are the findings of that file (``Finding.path`` is not
    checked, so the caller may lint under another name).  The source file is
    never written to.
    """
    src, out = Path(src_path), Path(out_path)
    if out.exists() and src.exists() and out.resolve() == src.resolve():
        raise AnnotateError(f"批注副本不能覆盖原文件：{src}")
    data = src.read_bytes()
    return annotate_bytes(data, findings, out, filename=str(src))


def annotate_bytes(data: bytes, findings: Iterable[Finding], out: str | Path | io.BytesIO, *,
                   filename: str = "draft.docx") -> AnnotateResult:
    """Like :func:`annotate_docx` for a file held in memory; ``out`` may be a path or a stream."""
    from .model import ReadError
    from .readers import sniff

    try:
        kind = sniff(data, Path(filename).suffix)
    except ReadError as exc:
        raise AnnotateError(exc.message) from None
    if kind != "docx":
        raise AnnotateError(not_docx_message(kind))
    from .readers.docx import read_docx

    try:
        model = read_docx(data, filename)
    except ReadError as exc:
        raise AnnotateError(exc.message) from None
    document = model.paragraphs[0].source.part.document
    annotator = _Annotator(document, filename)
    by_line: dict[int, list[Finding]] = {}
    result = AnnotateResult(path=str(out) if not isinstance(out, io.BytesIO) else filename)
    for f in findings:
        if 1 <= f.line <= len(model.paragraphs):
            by_line.setdefault(f.line, []).append(f)
        else:
            result.skipped.append(f)
    for line in sorted(by_line):
        para = model.paragraphs[line - 1]
        annotator.annotate(para, by_line[line], result)
    document.save(out)
    return result


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
        if _same(src, out):
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
        below = list(iter_files([p])) if p.is_dir() else [p]
        for f in below:
            if f.suffix.lower() != ".docx":
                continue
            target = out_dir / (f.relative_to(p) if p.is_dir() else f.name)
            key = target.resolve()
            if _same(f, target):
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


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def write_annotations(results, findings: list[Finding], targets: dict[str, Path]) -> list[str]:
    """Write the annotated copies; returns one line per file for the user (stderr)."""
    notes: list[str] = []
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    for r in results:
        target = targets.get(r.path)
        if target is None:
            continue
        if r.error:
            notes.append(f"未生成批注副本 {target}：{r.path} 无法读取。")
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            res = annotate_docx(r.path, by_path.get(r.path, []), target)
        except (AnnotateError, OSError) as exc:
            notes.append(f"未生成批注副本 {target}：{exc}")
            continue
        extra = f"（其中 {res.whole_paragraph} 条标在整段上）" if res.whole_paragraph else ""
        notes.append(f"已写入批注副本 {target}：{res.comments} 条批注{extra}。")
    return notes


# --------------------------------------------------------------------------
# mapping characters to runs


class _Ref:
    """Where one piece of paragraph text came from: child ``ch`` of run ``r``."""

    __slots__ = ("r", "ch")

    def __init__(self, r, ch) -> None:
        self.r, self.ch = r, ch


def _mapper_class():
    from .readers import docx as rd

    class Mapper(rd._Story):
        """The reader's walker, with each text piece tagged by the run child it came from."""

        def run(self, r, ctx, out, boxes):
            key = self.r.run_key(ctx, r.find(rd.W_RPR))
            for ch in r:
                n = len(out)
                self.run_content((ch,), key, ctx, out, boxes)
                for i in range(n, len(out)):
                    if out[i] is not rd._BREAK:
                        out[i] = (out[i][0], _Ref(r, ch))

        def chars(self, p, table_style):
            """(char, _Ref | None, offset in the child's text) for a w:p, as the reader strips it."""
            self.fields = []
            pieces, _, _ = self.walk_paragraph(p, table_style)
            chars: list[tuple[str, _Ref | None, int]] = []
            pending_break = False
            for piece in pieces:
                if piece is rd._BREAK:
                    pending_break = True
                    continue
                text, key = piece
                ref = key if isinstance(key, _Ref) else None
                if pending_break:
                    pending_break = False
                    if chars:
                        prev, nxt = chars[-1][0], text[0]
                        if not (prev.isspace() or nxt.isspace() or rd._is_cjk(prev) or rd._is_cjk(nxt)):
                            chars.append((" ", None, 0))
                chars.extend((c, ref, k) for k, c in enumerate(text))
            a, b = 0, len(chars)
            while a < b and chars[a][0] in rd._STRIP:
                a += 1
            while b > a and chars[b - 1][0] in rd._STRIP:
                b -= 1
            return chars[a:b]

        def cell_chars(self, tc, table_style):
            joined: list[tuple[str, _Ref | None, int]] = []
            for el in rd._cell_blocks(tc):
                if el.tag != rd.W_P:
                    continue
                chars = self.chars(el, table_style)
                if not chars:
                    continue
                if joined and joined[-1][0] not in rd._FULLWIDTH_END:
                    joined.append((" ", None, 0))
                joined.extend(chars)
            return joined

    return Mapper


class _Annotator:
    def __init__(self, document, filename: str) -> None:
        from docx.text.run import Run

        from .readers import docx as rd

        self.rd = rd
        self.Run = Run
        self.document = document
        self.mapper = _mapper_class()(rd._DocxReader(document, filename))

    # ---- the paragraph's element and its character map

    def _table_style(self, el) -> str | None:
        rd = self.rd
        tbl = el.getparent()
        while tbl is not None and tbl.tag != rd.W_TBL:
            tbl = tbl.getparent()
        if tbl is None:
            return None
        pr = tbl.find(rd.W_TBLPR)
        st = pr.find(rd.W_TBLSTYLE) if pr is not None else None
        return st.get(rd.A_VAL) if st is not None else None

    def _chars(self, el):
        if el.tag == self.rd.W_TC:
            return self.mapper.cell_chars(el, self._table_style(el))
        return self.mapper.chars(el, self._table_style(el))

    def _element(self, para):
        src = para.source
        return getattr(src, "_tc", None) if para.kind == "table_cell" else getattr(src, "_p", None)

    def _in_text_box(self, el):
        """The run that holds the text box containing ``el``, or None."""
        rd = self.rd
        cur = el.getparent()
        box = False
        while cur is not None:
            if cur.tag == rd.W_TXBX:
                box = True
            elif box and cur.tag == rd.W_R:
                # the outermost anchoring run wins (boxes may nest)
                outer = self._in_text_box(cur)
                return outer if outer is not None else cur
            cur = cur.getparent()
        return None

    # ---- one paragraph

    def annotate(self, para, findings: list[Finding], result: AnnotateResult) -> None:
        el = self._element(para)
        if el is None:
            result.skipped.extend(findings)
            return
        holder = self._in_text_box(el)
        if holder is not None:
            # Word does not reliably keep comments inside text boxes: comment the box itself
            for f in findings:
                self._comment(holder, holder, f, para.text, result, exact=False)
            return
        text = para.text
        spans = [(f, *self._span(f, len(text))) for f in findings]
        chars = self._chars(el)
        if "".join(c for c, _, _ in chars) != text:
            self._whole(el, findings, para.text, result)
            return
        bounds = sorted({b for _, s, e in spans for b in (s, e)}, reverse=True)
        for b in bounds:
            self._split_at(chars, b)
        chars = self._chars(el)
        if "".join(c for c, _, _ in chars) != text:  # never expected: splitting keeps the text
            self._whole(el, findings, para.text, result)
            return
        for f, s, e in spans:
            refs = [chars[i][1] for i in range(s, e) if chars[i][1] is not None]
            if not refs:
                self._whole(el, [f], para.text, result)
                continue
            self._comment(refs[0].r, refs[-1].r, f, para.text, result, exact=True)

    @staticmethod
    def _span(f: Finding, n: int) -> tuple[int, int]:
        s = max(0, min(f.column - 1, n))
        e = max(s, min(f.end_column - 1 if f.end_line == f.line else n, n))
        if s == e:  # an insertion point: the character there (or the one before it at the end)
            if s < n:
                e = s + 1
            elif s > 0:
                s = s - 1
        return s, e

    def _whole(self, el, findings: list[Finding], text: str, result: AnnotateResult) -> None:
        runs = self._runs(el)
        if not runs:
            result.skipped.extend(findings)
            return
        for f in findings:
            self._comment(runs[0], runs[-1], f, text, result, exact=False)

    def _runs(self, el) -> list:
        """Runs of a paragraph or cell, outside text boxes and nested tables."""
        rd = self.rd
        out = []

        def walk(node):
            for ch in node:
                tag = ch.tag
                if tag == rd.W_R:
                    out.append(ch)
                elif tag in (rd.W_TBL, rd.W_DEL, rd.MC_ALT, rd.W_TXBX) or not isinstance(tag, str):
                    continue
                else:
                    walk(ch)

        walk(el)
        return out

    # ---- splitting runs

    def _split_at(self, chars, b: int) -> None:
        """Make character boundary ``b`` a run boundary (chars before ``b`` keep their refs)."""
        n = len(chars)
        if b < n and chars[b][1] is not None:
            ref, k = chars[b][1], chars[b][2]
            _split(ref.r, ref.ch, k, self.rd)
        elif b > 0 and chars[b - 1][1] is not None:
            ref, k = chars[b - 1][1], chars[b - 1][2]
            _split(ref.r, ref.ch, k + 1, self.rd)

    # ---- the comment

    def _comment(self, first_r, last_r, f: Finding, text: str, result: AnnotateResult, *, exact: bool) -> None:
        first, last = self.Run(first_r, None), self.Run(last_r, None)
        self.document.add_comment([first, last], text=comment_text(f, text), author=AUTHOR, initials=INITIALS)
        result.comments += 1
        if exact:
            result.exact += 1
        else:
            result.whole_paragraph += 1


def _child_len(ch, rd) -> int:
    return len(ch.text or "") if ch.tag == rd.W_T else 1


def _split(r, ch, k: int, rd) -> None:
    """Split run ``r`` so that a new run starts at offset ``k`` of its child ``ch``.

    The new run is a copy of ``r``'s element (attributes and ``w:rPr``) holding
    the rest; ``r`` keeps what came before.  Nothing happens when the position
    is already a run boundary.
    """
    content = [c for c in r if c.tag != rd.W_RPR]
    idx = next(i for i, c in enumerate(content) if c is ch)
    new_t = None
    if k >= _child_len(ch, rd):
        move = content[idx + 1:]
    elif k <= 0:
        move = content[idx:]
        if idx == 0:
            return
    else:  # inside a w:t: cut its text
        text = ch.text
        new_t = copy.deepcopy(ch)
        new_t.text = text[k:]
        ch.text = text[:k]
        for t in (ch, new_t):
            if t.text != t.text.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        move = content[idx + 1:]
    if not move and new_t is None:
        return
    new_r = copy.deepcopy(r)
    for c in list(new_r):
        if c.tag != rd.W_RPR:
            new_r.remove(c)
    if new_t is not None:
        new_r.append(new_t)
    for c in move:
        new_r.append(c)  # lxml moves the element
    r.addnext(new_r)

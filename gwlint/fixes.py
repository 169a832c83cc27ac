"""Choosing and applying fixes: the engine's job, never a rule's.

Two rules may propose edits on the same characters (GW801 turns a comma full
width where GW703 deletes it from the end of the title).  :func:`resolve` keeps
a set of fixes whose edits are pairwise disjoint: safe fixes first, then by
rule code, then by position, so the outcome never depends on rule order.  A fix
is all or nothing: when one of its edits collides, the whole fix waits for the
next run.  Applying the chosen fixes and linting again converges, because each
run only removes findings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .findings import Edit, Finding, Fix

if TYPE_CHECKING:
    from .engine import LintResult


def _priority(f: Finding) -> tuple:
    fx = f.fix
    assert fx is not None
    first = min((e.line, e.start, e.end) for e in fx.edits)
    return (0 if fx.safe else 1, f.code, first)


def resolve(findings: Iterable[Finding], *, unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes are applied together (safe ones only unless ``unsafe``)."""
    chosen: list[Finding] = []
    taken: dict[int, list[Edit]] = {}
    candidates = [f for f in findings if f.fix is not None and f.fix.edits and (unsafe or f.fix.safe)]
    for f in sorted(candidates, key=_priority):
        edits = f.fix.edits
        if _self_overlapping(edits):
            continue
        if any(e.overlaps(t) for e in edits for t in taken.get(e.line, ())):
            continue
        for e in edits:
            taken.setdefault(e.line, []).append(e)
        chosen.append(f)
    return chosen


def _self_overlapping(edits: Sequence[Edit]) -> bool:
    return any(a.overlaps(b) for i, a in enumerate(edits) for b in edits[i + 1:])


def edits_of(findings: Iterable[Finding]) -> list[Edit]:
    """All edits of resolved findings, in document order."""
    out = [e for f in findings if f.fix is not None for e in f.fix.edits]
    return sorted(out, key=lambda e: (e.line, e.start, e.end))


def apply_to_lines(lines: list[str], edits: Iterable[Edit]) -> list[str]:
    """``lines`` (line 1 first: ``LintResult.lines``, the coordinates of findings' edits)
    with disjoint ``edits`` applied."""
    out = list(lines)
    by_line: dict[int, list[Edit]] = {}
    for e in edits:
        by_line.setdefault(e.line, []).append(e)
    for ln, es in by_line.items():
        text = out[ln - 1]
        # right to left so earlier offsets stay valid
        for e in sorted(es, key=lambda e: (e.start, e.end), reverse=True):
            text = text[:e.start] + e.text + text[e.end:]
        out[ln - 1] = text
    return out


__all__ = ["Fix", "Edit", "resolve", "edits_of", "apply_to_lines", "fixable", "converge", "fix_text_bytes",
           "FixOutcome", "FixError", "TextFile", "unified_diff"]


# --------------------------------------------------------------------------
# applying fixes to a file until nothing more applies

MAX_PASSES = 10


class FixError(Exception):
    """A file whose fixes cannot be written back (wrong type, an encoding that does not round-trip)."""


def fixable(findings: Iterable[Finding], *, unsafe: bool = False) -> list[Finding]:
    """Findings whose fix ``--fix`` applies (safe ones; unsafe ones too with ``unsafe``)."""
    return [f for f in findings if f.fix is not None and f.fix.edits and (unsafe or f.fix.safe)]


def _fix_key(f: Finding, lines: Sequence[str]) -> tuple:
    """A fix, recognisable on a later pass as long as its paragraphs are unchanged."""
    return (f.code, tuple((e.line, lines[e.line - 1] if 0 < e.line <= len(lines) else None, e.start, e.end, e.text)
                          for e in f.fix.edits))


@dataclass
class FixOutcome:
    """What applying the fixes of one file gave."""

    data: bytes  # the file with the fixes applied (the input itself when nothing applied)
    result: "LintResult"  # the lint of ``data`` (with its document)
    fixed: list[Finding] = field(default_factory=list)  # findings whose fixes were applied, over all passes
    failed: list[Finding] = field(default_factory=list)  # fixes that could not be written (kept as findings)
    passes: int = 0
    edits: int = 0  # edits written

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


# apply(data, result, chosen) -> (new data, applied findings, failed findings, edits written)
Applier = Callable[[bytes, "LintResult", list[Finding]], tuple[bytes, list[Finding], list[Finding], int]]


def converge(data: bytes, filename: str, config, apply: Applier, *, unsafe: bool = False,
             max_passes: int = MAX_PASSES) -> FixOutcome:
    """Lint, apply the chosen fixes, lint again … until no fix applies (at most ``max_passes`` rounds).

    A fix waits for the next round when it collides with another one; one that
    cannot be written (``apply`` says so) is not tried again.  The loop stops
    early when a round would bring back text already seen (two fixes undoing
    each other), so it always ends.
    """
    from .engine import lint_data

    result = lint_data(data, filename, config)
    out = FixOutcome(data=data, result=result)
    blocked: set[tuple] = set()
    seen = {data}
    while out.passes < max_passes and result.error is None and result.document is not None:
        lines = result.lines
        candidates = [f for f in fixable(result.findings, unsafe=unsafe) if _fix_key(f, lines) not in blocked]
        chosen = resolve(candidates, unsafe=unsafe)
        if not chosen:
            break
        new, applied, failed, n_edits = apply(data, result, chosen)
        out.passes += 1
        blocked.update(_fix_key(f, lines) for f in failed)
        out.failed.extend(failed)
        if not applied:
            if failed:
                continue  # others may have waited behind the ones that failed
            break
        if new in seen:
            break
        seen.add(new)
        data = new
        out.fixed.extend(applied)
        out.edits += n_edits
        result = lint_data(data, filename, config)
    # a failed fix whose finding is still there stays failed; one that went away (fixed later) does not
    keys = {_fix_key(f, result.lines) for f in fixable(result.findings, unsafe=unsafe)}
    out.failed = [f for f in out.failed if f.fix is not None and _fix_key(f, result.lines) in keys]
    out.data, out.result = data, result
    return out


# --------------------------------------------------------------------------
# text files: the same bytes back, with only the fixed characters changed


class TextFile:
    """A .txt/.md file decoded so that encoding it again gives the same bytes.

    Same detection as the reader (UTF-8 with or without BOM, UTF-16 with BOM,
    else GB18030), but strict: a file that does not round-trip exactly is not
    rewritten.  Line endings (LF, CRLF, CR, mixed) are part of the text and stay
    as they are."""

    def __init__(self, data: bytes) -> None:
        import codecs

        self.bom = b""
        if data.startswith(codecs.BOM_UTF8):
            self.bom, self.codec, body = codecs.BOM_UTF8, "utf-8", data[3:]
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:  # GBK text behind the mark: the encoding the reader read it in
                from .model import ReadError
                from .readers.txt import decode

                try:
                    self.codec = decode(data)[1]
                except ReadError:
                    pass
        elif data.startswith(codecs.BOM_UTF16_LE):
            self.bom, self.codec, body = codecs.BOM_UTF16_LE, "utf-16-le", data[2:]
        elif data.startswith(codecs.BOM_UTF16_BE):
            self.bom, self.codec, body = codecs.BOM_UTF16_BE, "utf-16-be", data[2:]
        else:
            body = data
            try:
                if b"\x00" in data[:4096]:  # UTF-16/32 without a mark may be valid UTF-8 too: the reader's answer
                    raise UnicodeDecodeError("utf-8", b"", 0, 1, "NUL")
                body.decode("utf-8")
                from .readers.txt import seven_bit_encoding

                # ASCII that the reader read as HZ or UTF-7: the findings are on the decoded text
                self.codec = seven_bit_encoding(data) or "utf-8"
            except UnicodeDecodeError:
                # the encoding the reader read the findings in (GB18030, Big5, UTF-16 without BOM): guessing
                # GB18030 here refused every Big5 or BOM-less UTF-16 draft as "changed since it was checked"
                from .model import ReadError
                from .readers.txt import decode

                try:
                    self.codec = decode(data)[1]
                except ReadError:
                    self.codec = "gb18030"
        try:
            self.text = body.decode(self.codec)
        except UnicodeDecodeError:
            raise FixError("文件中有无法按其编码解读的字节，为免损坏内容，未自动修正。") from None
        if self.encode(self.text) != data:
            raise FixError(f"文件按 {self.codec.upper()} 编码读写不能保持原样，为免损坏内容，未自动修正。")

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)

    def can_hold(self, text: str) -> bool:
        """Whether the file's encoding has every character of ``text`` (Big5 lacks 〜, GB18030 has all)."""
        try:
            text.encode(self.codec)
        except UnicodeEncodeError:
            return False
        return True


_LINE_END = re.compile(r"\r\n|\r|\n")  # how the .txt reader cuts physical lines


def physical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text without its line end) of each physical line, as the .txt reader counts them."""
    out, at = [], 0
    for m in _LINE_END.finditer(text):
        out.append((at, text[at:m.start()]))
        at = m.end()
    if at < len(text):
        out.append((at, text[at:]))
    return out


def apply_text(data: bytes, result, chosen: list[Finding]) -> tuple[bytes, list[Finding], list[Finding], int]:
    """Apply the chosen fixes to a text file's bytes (an :data:`Applier`).

    A text file's findings, and so their edits, are in the file's physical lines
    and columns (``LintResult.lines``).  The decoded text must cut into exactly
    those lines, so an edit can never land on other characters than the ones
    the rule saw."""
    tf = TextFile(data)
    lines = physical_lines(tf.text)
    if [t for _, t in lines] != list(result.lines):
        raise FixError("文件内容与检查时读到的文字不一致，未自动修正。")
    applied: list[Finding] = []
    failed: list[Finding] = []
    spans: list[tuple[int, int, str]] = []
    for f in chosen:
        mine: list | None = []
        for e in f.fix.edits:
            if not (0 < e.line <= len(lines) and 0 <= e.start <= e.end <= len(lines[e.line - 1][1])) \
                    or "\n" in e.text or "\r" in e.text or not tf.can_hold(e.text):
                mine = None
                break
            at = lines[e.line - 1][0]
            mine.append((at + e.start, at + e.end, e.text))
        if mine is None:
            failed.append(f)
        else:
            spans.extend(mine)
            applied.append(f)
    text = tf.text
    for a, b, rep in sorted(spans, reverse=True):
        text = text[:a] + rep + text[b:]
    return tf.encode(text), applied, failed, len(spans)


def fix_text_bytes(data: bytes, filename: str, config, *, unsafe: bool = False) -> FixOutcome:
    """Apply the fixes of a .txt/.md file held in memory until none applies."""
    TextFile(data)  # refuse before linting when the bytes would not survive
    return converge(data, filename, config, apply_text, unsafe=unsafe)


def _keepends(text: str) -> list[str]:
    lines = physical_lines(text)
    ends = [off for off, _ in lines[1:]] + [len(text)]
    return [text[off:end] for (off, _), end in zip(lines, ends)]


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A unified diff of two versions of a text file (decoded as the file is), ``a/``/``b/`` paths."""
    import difflib

    a, b = TextFile(before).text, TextFile(after).text
    lines = difflib.unified_diff(_keepends(a), _keepends(b), fromfile=f"a/{path}", tofile=f"b/{path}")
    out = []
    for ln in lines:
        if not ln.endswith(("\n", "\r")):
            ln += "\n\\ No newline at end of file\n"
        out.append(ln)
    return "".join(out)

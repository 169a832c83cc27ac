"""Fixes as Word tracked changes (修订): a copy of the draft the drafter accepts or rejects change by change.

``gwlint check 草稿.docx --fix-docx 草稿-修订.docx`` writes each applicable fix
as a revision by author ``gwlint`` (ECMA-376 Part 1, 17.13.5): the replaced
characters move into ``w:del`` (their ``w:t`` become ``w:delText``), the new
text is a run in a ``w:ins`` right after them, both with a ``w:id`` unique in
the document, the author and the time (local wall-clock time, as Word writes
it).  The inserted run is a copy of the replaced run (or of the run before an
insertion point), so it keeps the font, size, bold … of its place.

Anchoring uses the comment machinery (:mod:`gwlint.wordml`): the characters of
a fix are found through the reader's own walk of the paragraph, runs are split
at the fix's boundaries, and the text around is left as it was.  This works in
body paragraphs, table cells (across the paragraphs of a cell) and text boxes.
A fix is written only when every one of its characters can be changed as such:
never inside a field result (Word would recompute it), a formula, or the space
the reader puts between two paragraphs of a cell; such a fix is reported as not
written, and with ``--annotate`` it becomes a comment.

Fixes are applied until none applies (:func:`gwlint.fixes.converge`): the .docx
reader reads the accepted view of the document, so a second round sees the
text with the first round's changes accepted, and running gwlint again on its
own output finds nothing more to change.
"""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Edit, Finding
from .fixes import FixError, FixOutcome, converge
from .wordml import AUTHOR, WordText, preserve_space, same_file, word_date, write_atomic


@dataclass
class ReviseResult:
    path: str  # the copy written
    revisions: int = 0  # edits written as tracked changes
    fixed: list[Finding] = field(default_factory=list)  # findings whose fixes were written
    failed: list[Finding] = field(default_factory=list)  # fixable findings whose fix could not be written
    comments: int = 0  # comments written (with annotate)
    dropped: int = 0  # gwlint's own earlier comments removed (with annotate)
    outcome: FixOutcome | None = None


def revise_bytes(data: bytes, filename: str, config, *, unsafe: bool = False, annotate: bool = False,
                 date: str | None = None) -> tuple[bytes, ReviseResult]:
    """The .docx ``data`` with its fixes as tracked changes (and, with ``annotate``, a comment at
    every finding left), and what was done."""
    from .annotate import AnnotateResult, annotate_model, load_docx, python_docx

    load_docx(data, filename, FixError)  # a clear message for a file that is no .docx
    date = date or word_date()

    def apply(cur: bytes, result, chosen: list[Finding]):
        document = python_docx(result.document)
        writer = _Reviser(document, filename, date)
        applied, failed = writer.apply(result.document, chosen)
        if not applied:
            return cur, applied, failed, 0
        buf = io.BytesIO()
        document.save(buf)
        return buf.getvalue(), applied, failed, writer.edits

    outcome = converge(data, filename, config, apply, unsafe=unsafe)
    res = ReviseResult(path=filename, revisions=outcome.edits, fixed=outcome.fixed, failed=outcome.failed,
                       outcome=outcome)
    out = outcome.data
    if annotate:
        model = outcome.result.document
        if model is None:  # never expected: the fixed copy is read back as it was written
            raise FixError("修订后的副本无法读回，未写入批注。")
        ares = AnnotateResult(path=filename)
        annotate_model(model, outcome.result.findings, ares)
        buf = io.BytesIO()
        python_docx(model).save(buf)
        out = buf.getvalue()
        res.comments, res.dropped = ares.comments, ares.dropped
    return out, res


def revise_docx(src_path: str | Path, out_path: str | Path, config, *, unsafe: bool = False,
                annotate: bool = False) -> ReviseResult:
    """Write ``out_path``: a copy of ``src_path`` with its fixes as tracked changes; the source is only read."""
    src, out = Path(src_path), Path(out_path)
    if same_file(src, out):
        raise FixError(f"修订副本不能覆盖原文件：{src}")
    data, res = revise_bytes(src.read_bytes(), str(src), config, unsafe=unsafe, annotate=annotate)
    write_atomic(out, data)
    res.path = str(out)
    return res


# --------------------------------------------------------------------------
# writing the revisions


class _Reviser:
    def __init__(self, document, filename: str, date: str) -> None:
        from .readers import docx as rd

        self.rd = rd
        self.W = rd._W
        self.document = document
        self.text = WordText(document, filename)
        self.date = date
        self.edits = 0
        self.next_id = _max_id(document, rd) + 1

    def apply(self, model, chosen: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """Write the chosen fixes; a fix is written whole or not at all."""
        paras = model.paragraphs
        maps: dict[int, list | None] = {}

        def copies_of(line: int):
            if line not in maps:
                para = paras[line - 1] if 0 < line <= len(paras) else None
                el = self.text.element(para) if para is not None else None
                maps[line] = self._copies(el, para.text) if el is not None else None
            return maps[line]

        applied, failed = [], []
        by_line: dict[int, list[Edit]] = {}
        for f in chosen:
            if all(copies_of(e.line) and all(self._writable(chars, e) for _, chars, need in copies_of(e.line) if need)
                   for e in f.fix.edits):
                applied.append(f)
                for e in f.fix.edits:
                    by_line.setdefault(e.line, []).append(e)
            else:
                failed.append(f)
        for line, edits in by_line.items():
            self._paragraph(paras[line - 1].text, copies_of(line), edits)
        return applied, failed

    def _copies(self, el, text: str) -> list | None:
        """Where a paragraph's revisions go, as (element, character map, required): the paragraph read, and its
        copy in the other branch of a text box written twice (``mc:AlternateContent``), the branch Word shows
        first.  None when a change could not be seen: the paragraph was read from an ``mc:Fallback`` (the reader
        did not take the Choice) and the Choice, which Word 2010+ shows, does not hold the same text."""
        chars = self.text.chars(el)
        if chars is None or "".join(c for c, _, _ in chars) != text:
            return None
        rd = self.rd
        fallback = self._twin(el, rd.MC_CHOICE, rd.MC_FALLBACK)
        if fallback is not None:  # read from the Choice: older readers show the Fallback, given the same changes
            twin = self.text.chars(fallback)
            same = twin is not None and "".join(c for c, _, _ in twin) == text
            return [(el, chars, True)] + ([(fallback, twin, False)] if same else [])
        branch = self._inside(el, rd.MC_FALLBACK)
        if branch is None or not any(c.tag == rd.MC_CHOICE for c in branch.getparent()):
            return [(el, chars, True)]
        choice = self._twin(el, rd.MC_FALLBACK, rd.MC_CHOICE)
        twin = self.text.chars(choice) if choice is not None else None
        if twin is None or "".join(c for c, _, _ in twin) != text:
            return None
        return [(choice, twin, True), (el, chars, True)]

    def _inside(self, el, tag):
        """The nearest ``tag`` (an mc:AlternateContent branch) holding ``el``, or None."""
        cur = el.getparent()
        while cur is not None and cur.tag != tag:
            cur = cur.getparent()
        return cur

    def _writable(self, chars, e: Edit) -> bool:
        if chars is None or e.end > len(chars) or e.start > e.end:
            return False
        if e.start == e.end:  # an insertion needs a run next to it
            return any(0 <= i < len(chars) and self._plain(chars[i][1]) for i in (e.start - 1, e.start))
        return all(self._plain(chars[i][1]) for i in range(e.start, e.end))

    def _plain(self, ref) -> bool:
        """A character that can be deleted or written next to: from a run, not from a field result."""
        if ref is None or ref.field:
            return False
        rd = self.rd
        cur = ref.r.getparent()
        while cur is not None and cur.tag not in (rd.W_P, rd.W_TC):
            if cur.tag == rd.W_FLDSIMPLE:
                return False
            cur = cur.getparent()
        return True

    # ---- one paragraph (or table cell)

    def _paragraph(self, text: str, copies: list, edits: list[Edit]) -> None:
        for i, (el, chars, need) in enumerate(copies):
            if need or all(self._writable(chars, e) for e in edits):
                self._write(el, text, edits, count=i == 0)

    def _twin(self, el, mine_tag, their_tag):
        """The same paragraph in the other branch of the ``mc:AlternateContent`` holding ``el`` (a text box
        written twice): from a Choice (DrawingML) to the Fallback (VML), or back to the first Choice.

        Word shows the Choice and rewrites the Fallback when it saves; older
        readers show the Fallback: both get the same revisions."""
        rd = self.rd
        cur = el.getparent()
        while cur is not None and cur.tag not in (rd.MC_CHOICE, rd.MC_FALLBACK):
            cur = cur.getparent()
        if cur is None or cur.tag != mine_tag or el.tag != rd.W_P:
            return None
        other = next((c for c in cur.getparent() if c.tag == their_tag), None)
        if other is None:
            return None
        mine, theirs = list(cur.iter(rd.W_P)), list(other.iter(rd.W_P))
        if len(mine) != len(theirs) or el not in mine:
            return None
        return theirs[mine.index(el)]

    def _write(self, el, text: str, edits: list[Edit], *, count: bool = True) -> None:
        bounds = [e.start for e in edits if e.start < e.end]
        after = [e.end for e in edits if e.start < e.end] + [e.start for e in edits if e.start == e.end]
        chars = self.text.split(el, text, bounds, after)
        assert chars is not None  # checked by _writable
        plan = []
        for e in edits:
            if e.start < e.end:
                runs = _unique(chars[i][1].r for i in range(e.start, e.end))
                plan.append((e, runs, None, None))
            else:
                before = chars[e.start - 1][1] if e.start > 0 else None
                if before is not None and self._plain(before):
                    plan.append((e, [], before.r, None))
                else:
                    plan.append((e, [], None, chars[e.start][1].r))
        for e, runs, after_r, before_r in plan:
            if runs:
                dels = self._delete(runs)
                if e.text:
                    self._insert_after(dels[-1], runs[0], e.text)
            elif after_r is not None:
                self._insert_after(after_r, after_r, e.text)
            else:
                self._insert_before(before_r, before_r, e.text)
            if count:
                self.edits += 1

    def _mark(self, tag: str):
        from lxml import etree

        el = etree.Element(self.W + tag)
        el.set(self.W + "id", str(self.next_id))
        el.set(self.W + "author", AUTHOR)
        el.set(self.W + "date", self.date)
        self.next_id += 1
        return el

    def _delete(self, runs: list) -> list:
        """Wrap ``runs`` (consecutive siblings grouped) in ``w:del``; returns the ``w:del`` elements."""
        rd = self.rd
        groups: list[list] = []
        for r in runs:
            if groups and groups[-1][-1].getnext() is r:
                groups[-1].append(r)
            else:
                groups.append([r])
        out = []
        for g in groups:
            d = self._mark("del")
            g[0].addprevious(d)
            for r in g:
                d.append(r)
                for t in r.iter(rd.W_T, rd.W_INSTRTEXT):
                    t.tag = self.W + ("delText" if t.tag == rd.W_T else "delInstrText")
                    preserve_space(t)
            out.append(d)
        return out

    def _new_run(self, template, text: str):
        rd = self.rd
        r = copy.deepcopy(template)
        for c in list(r):
            if c.tag != rd.W_RPR:
                r.remove(c)
        from lxml import etree

        t = etree.SubElement(r, rd.W_T)
        t.text = text
        preserve_space(t)
        ins = self._mark("ins")
        ins.append(r)
        return ins

    def _insert_after(self, node, template, text: str) -> None:
        node, after = self._place(node, True)
        (node.addnext if after else node.addprevious)(self._new_run(template, text))

    def _insert_before(self, node, template, text: str) -> None:
        node, after = self._place(node, False)
        (node.addnext if after else node.addprevious)(self._new_run(template, text))

    def _place(self, node, after: bool):
        """Where to put new text next to ``node`` so that it is not inside someone's ``w:ins``/``w:moveTo``.

        An insertion inside another author's insertion would be credited to
        them: the container is cut in two at ``node`` and the new text goes
        between the halves.  Returns (element, after?)."""
        rd = self.rd
        parent = node.getparent()
        if parent is None or parent.tag not in (rd.W_INS, rd.W_MOVETO):
            return node, after
        kids = list(parent)
        at = kids.index(node) + (1 if after else 0)
        rest = kids[at:]
        if not rest:
            return self._place(parent, True)
        if len(rest) == len(kids):
            return self._place(parent, False)
        half = copy.deepcopy(parent)
        for c in list(half):
            half.remove(c)
        half.set(self.W + "id", str(self.next_id))
        self.next_id += 1
        for c in rest:
            half.append(c)
        parent.addnext(half)
        return self._place(parent, True)


def _unique(items) -> list:
    out, seen = [], set()
    for x in items:
        if id(x) not in seen:
            seen.add(id(x))
            out.append(x)
    return out


def _max_id(document, rd) -> int:
    """The largest ``w:id`` of any annotation in the main document part and its headers/footers."""
    best = 0
    attr = rd._W + "id"
    roots = [document.element]
    for rel in document.part.rels.values():
        if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] in ("header", "footer", "footnotes", "endnotes"):
            root = getattr(rel.target_part, "element", None)
            if root is not None:
                roots.append(root)
    for root in roots:
        for el in root.iter():
            v = el.get(attr)
            if v is not None and v.lstrip("-").isdigit():
                best = max(best, int(v))
    return best

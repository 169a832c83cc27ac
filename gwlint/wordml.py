"""Writing into a .docx at the characters gwlint read: shared by comments (批注) and tracked changes (修订).

A finding names a span of a paragraph's text as the .docx reader built it.  To
put a comment or a revision on exactly those characters, the paragraph's runs
are walked again with the reader's own walker (:class:`gwlint.readers.docx._Story`),
keeping for every character the run (``w:r``) and the run child (``w:t``,
``w:tab``…) it came from, so tabs, line breaks, fields, hyperlinks, tracked
changes and the stripping of outer spaces map exactly as in the text the rules
saw.  A span boundary inside a run splits the run in two; both halves carry a
copy of the run's properties (``w:rPr``), so the formatting is unchanged.

Also here: the time stamp Word writes (``w:date``), the ids of revisions, and
removing gwlint's own earlier comments so that a second run does not double
them.
"""
from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path

AUTHOR = "gwlint"
INITIALS = "GW"

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def word_date(now: dt.datetime | None = None) -> str:
    """``w:date`` as Word writes it: local wall-clock time, whole minutes, with a ``Z``.

    Word (and WPS, LibreOffice) show this value as it is; writing true UTC would
    put every comment and revision hours off in China."""
    now = now or dt.datetime.now()
    return now.strftime("%Y-%m-%dT%H:%M:00Z")


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when ``a`` and ``b`` are the same file: same path, or same inode (hard or symbolic link)."""
    a, b = Path(a), Path(b)
    try:
        if a.resolve() == b.resolve():
            return True
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``,
    so that an interrupted run never leaves half a file.  Keeps the mode of a file it replaces; a symlink
    stays a link (the file it names is replaced), a link to an open descriptor (/dev/stdout) is written."""
    import tempfile

    from .safeio import link_target, writes_through_fd, temp_prefix

    path = Path(path)
    if writes_through_fd(path):
        with open(path, "ab") as fh:
            fh.write(data)
        return
    path = link_target(path)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=str(path.parent or "."))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        except OSError:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------
# mapping characters to runs


class Ref:
    """Where one character came from: child ``ch`` of run ``r``; ``field`` when it is a field result."""

    __slots__ = ("r", "ch", "field")

    def __init__(self, r, ch, field: bool = False) -> None:
        self.r, self.ch, self.field = r, ch, field


def _mapper_class():
    from .readers import docx as rd

    class Mapper(rd._Story):
        """The reader's walker, with each text piece tagged by the run child it came from."""

        def run(self, r, ctx, out, boxes):
            key = self.r.run_key(ctx, r.find(rd.W_RPR))
            for ch in r:
                n = len(out)
                in_field = bool(self.fields)
                self.run_content((ch,), key, ctx, out, boxes)
                for i in range(n, len(out)):
                    if out[i] is not rd._BREAK:
                        out[i] = (out[i][0], Ref(r, ch, in_field))

        def chars(self, p, table_style):
            """(char, Ref | None, offset in the child's text) for a w:p, as the reader strips it."""
            return self.stripped(self.raw_chars(p, table_style))

        def joined_chars(self, ps, table_style):
            """The same for paragraphs the reader joined over deleted paragraph marks."""
            return self.stripped([c for p in ps for c in self.raw_chars(p, table_style)])

        def raw_chars(self, p, table_style):
            self.fields = []
            pieces, _, _ = self.walk_paragraph(p, table_style)
            chars: list[tuple[str, Ref | None, int]] = []
            pending_break = False
            for piece in pieces:
                if piece is rd._BREAK:
                    pending_break = True
                    continue
                text, key = piece
                # a list number Word draws (readers.docx._Label) is in no run: nothing to split or edit there
                ref = key if isinstance(key, Ref) and not isinstance(text, rd._Label) else None
                if pending_break:
                    pending_break = False
                    if chars:
                        prev, nxt = chars[-1][0], text[0]
                        if not (prev.isspace() or nxt.isspace() or rd._is_cjk(prev) or rd._is_cjk(nxt)):
                            chars.append((" ", None, 0))
                chars.extend((c, ref, k) for k, c in enumerate(text))
            return chars

        def stripped(self, chars):
            a, b = 0, len(chars)
            while a < b and chars[a][0] in rd._STRIP:
                a += 1
            while b > a and chars[b - 1][0] in rd._STRIP:
                b -= 1
            return chars[a:b]

        def cell_chars(self, tc, table_style):
            joined: list[tuple[str, Ref | None, int]] = []
            run_on = False
            for el in rd._cell_blocks(tc):
                if el.tag != rd.W_P:
                    continue
                chars = self.chars(el, table_style)
                # as the reader: after a deleted (or hidden) paragraph mark the next paragraph continues this one
                glue, run_on = run_on, rd._mark_gone(el) and (bool(chars) or run_on)
                if not chars:
                    continue
                if joined and not glue and joined[-1][0] not in rd._FULLWIDTH_END:
                    joined.append((" ", None, 0))
                joined.extend(chars)
            return joined

    return Mapper


class WordText:
    """The body of one python-docx document, seen as the paragraphs the reader made of it."""

    def __init__(self, document, filename: str) -> None:
        from .readers import docx as rd

        self.rd = rd
        self.document = document
        self.mapper = _mapper_class()(rd._DocxReader(document, filename))
        self.joined: dict = {}  # the last w:p of a paragraph read over deleted marks → every w:p of it

    # ---- the paragraph's element and its character map

    def element(self, para):
        """The ``w:p`` (or ``w:tc`` for a table cell) a model paragraph was read from."""
        src = para.source
        # by the source, not the kind: the cells of a layout table are read as body paragraphs (readers.docx)
        tc = getattr(src, "_tc", None)
        if tc is not None:
            return tc
        el = getattr(src, "_p", None)
        joined = getattr(src, "gw_joined", None)
        if el is not None and joined:
            self.joined[el] = joined
        return el

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

    def chars(self, el):
        if el.tag == self.rd.W_TC:
            return self.mapper.cell_chars(el, self._table_style(el))
        if el in self.joined:
            return self.mapper.joined_chars(self.joined[el], self._table_style(el))
        return self.mapper.chars(el, self._table_style(el))

    def text_box_holder(self, el):
        """The run that holds the text box containing ``el``, or None."""
        rd = self.rd
        cur = el.getparent()
        box = False
        while cur is not None:
            if cur.tag == rd.W_TXBX:
                box = True
            elif box and cur.tag == rd.W_R:
                # the outermost anchoring run wins (boxes may nest)
                outer = self.text_box_holder(cur)
                return outer if outer is not None else cur
            cur = cur.getparent()
        return None

    def runs(self, el) -> list:
        """Runs of a paragraph or cell, outside text boxes, deletions and nested tables."""
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

        for p in self.joined.get(el, [el]):
            walk(p)
        return out

    def split(self, el, text: str, bounds, after=()) -> list | None:
        """Make every offset of ``bounds`` a run boundary in ``el`` (whose text must be ``text``).

        A boundary of ``bounds`` is cut right before the character at that
        offset, one of ``after`` right after the character before it: they
        differ when a run holds something without text between the two (a line
        break, a field mark), which then stays on the side the caller wants.
        Returns the fresh character map, or None when the element's text is not
        the linted text (nothing is changed then)."""
        chars = self.chars(el)
        if "".join(c for c, _, _ in chars) != text:
            return None
        cuts = {(b, 1) for b in bounds} | {(b, 0) for b in after}
        for b, before in sorted(cuts, reverse=True):
            self._split_at(chars, b, before=bool(before))
        chars = self.chars(el)
        if "".join(c for c, _, _ in chars) != text:  # never expected: splitting keeps the text
            return None
        return chars

    def _split_at(self, chars, b: int, *, before: bool = True) -> None:
        """Make character boundary ``b`` a run boundary (chars before ``b`` keep their refs)."""
        n = len(chars)
        if before and b < n and chars[b][1] is not None:
            ref, k = chars[b][1], chars[b][2]
            split_run(ref.r, ref.ch, k, self.rd)
        elif b > 0 and chars[b - 1][1] is not None:
            ref, k = chars[b - 1][1], chars[b - 1][2]
            split_run(ref.r, ref.ch, k + 1, self.rd)
        elif b < n and chars[b][1] is not None:
            ref, k = chars[b][1], chars[b][2]
            split_run(ref.r, ref.ch, k, self.rd)


def _child_len(ch, rd) -> int:
    return len(ch.text or "") if ch.tag == rd.W_T else 1


def split_run(r, ch, k: int, rd) -> None:
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
            preserve_space(t)
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


def preserve_space(t) -> None:
    """Mark a ``w:t``/``w:delText`` whose text has outer spaces as space-preserving."""
    if t.text and t.text != t.text.strip():
        t.set(_XML_SPACE, "preserve")


# --------------------------------------------------------------------------
# gwlint's own earlier comments


def _is_own_comment(c, rd) -> bool:
    if c.get(rd._W + "author") != AUTHOR:
        return False
    text = "".join(t.text or "" for t in c.iter(rd.W_T)).lstrip()
    return text.startswith("[GW")


def drop_own_comments(document) -> int:
    """Remove the comments gwlint wrote on an earlier run (author gwlint, text ``[GW…]``).

    Their ranges and references go from the body; the drafter's own comments,
    and ``gwlint: ignore`` directives, stay.  Returns how many were removed."""
    from .readers import docx as rd

    part = document.part
    comments_part = None
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.endswith("/comments"):
            comments_part = rel.target_part
            break
    if comments_part is None:
        return 0
    root = comments_part.element
    ids: set[str] = set()
    para_ids: set[str] = set()
    for c in list(root):
        if c.tag == rd.W_COMMENT and _is_own_comment(c, rd):
            ids.add(c.get(rd._W + "id"))
            for p in c.iter(rd.W_P):
                para_ids.update(v for k, v in p.attrib.items() if k.endswith("}paraId"))
            root.remove(c)
    if not ids:
        return 0
    body = document.element.body
    ref_tag = rd._W + "commentReference"
    for el in list(body.iter(rd.W_CRS, rd.W_CRE, ref_tag)):
        if el.get(rd._W + "id") not in ids:
            continue
        parent = el.getparent()
        parent.remove(el)
        if el.tag == ref_tag and parent.tag == rd.W_R and all(ch.tag == rd.W_RPR for ch in parent):
            parent.getparent().remove(parent)
    _drop_comment_extensions(part, para_ids)
    return len(ids)


def _drop_comment_extensions(part, para_ids: set[str]) -> None:
    """Entries of Word 2013+'s commentsExtended/commentsIds/commentsExtensible parts for removed comments."""
    if not para_ids:
        return
    durable: set[str] = set()
    extensible = []
    for rel in part.rels.values():
        if rel.is_external:
            continue
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("commentsExtended", "commentsIds", "commentsExtensible"):
            continue
        target = rel.target_part
        if kind == "commentsExtensible":
            extensible.append(target)
            continue
        _filter_part(target, lambda el: _attr(el, "paraId") in para_ids, durable)
    for target in extensible:
        _filter_part(target, lambda el: _attr(el, "durableId") in durable, set())


def _attr(el, local: str) -> str | None:
    for k, v in el.attrib.items():
        if k.rsplit("}", 1)[-1] == local:
            return v
    return None


def _filter_part(target, drop, durable: set[str]) -> None:
    from lxml import etree

    root = getattr(target, "element", None)  # an XmlPart: edit its tree
    if root is None:
        try:
            root = etree.fromstring(target.blob)
        except etree.XMLSyntaxError:
            return
    changed = False
    for el in list(root):
        if isinstance(el.tag, str) and drop(el):
            d = _attr(el, "durableId")
            if d:
                durable.add(d)
            root.remove(el)
            changed = True
    if changed and getattr(target, "element", None) is None and hasattr(target, "_blob"):
        target._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

"""Open a .docx without building the tree of its whole styles part (issue 16).

python-docx parses every XML part when it opens a package.  A styles part can
be most of the XML of a short document (python-docx's own template, which
gwlint.docgen and other python-docx writers start from, holds 164 full style
definitions: 350 KB, ~4 ms to parse, about ten times the body of a 6k-字
circular), and the reader needs the few styles the paragraphs name.  :func:`open_document` opens the package as ``docx.Document`` does but
leaves the styles part's tree unbuilt until something asks for it
(``part.element``, ``part.blob``: parsed then, as python-docx would have).
The part is still checked for well-formedness when the package is opened
(libxml2 without building a tree), so a broken styles part is refused as before.

:func:`styles_skeleton` gives the reader the part with each top-level
``w:style`` reduced to its start tag; :meth:`Skeleton.full` parses one style
alone (the root's start tag around it: same namespaces, same parser) when the
reader first reads its properties.  Where the text of the part is not plainly
the usual form (comments, CDATA, processing instructions, a root not written
``w:styles``, nested styles, UTF-16) the reader is given the whole parsed part instead.

A draft's styles part is mostly its template's, byte for byte (every document
python-docx writes carries the same 350 KB; an office's drafts come from a few
templates), so the process keeps the last few parts it checked, by their exact
bytes (:func:`_known`): a part seen before is not checked again, and its skeleton
(and the reader's table of its styles, kept on the skeleton) is the one built
the first time — the same bytes give the same answer.
"""
from __future__ import annotations

import io
import os
import re
import threading

_ATTRS = rb"(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*"
_ROOT = re.compile(rb"<w:styles(" + _ATTRS + rb")>")
_START = re.compile(rb"<w:style(" + _ATTRS + rb")(/?)>")  # a style's start tag: attributes, "/" when empty
_CLOSE = re.compile(rb"</w:style\s*>")
_AFTER_NAME = frozenset(b" \t\r\n/>")
_MARK = "gwlintStyleSpan"  # attribute of a placeholder: the index of its style's bytes

_LAZY = None

# Styles parts checked well-formed in this process: (length, head, tail) -> [the part's bytes, its Skeleton,
# None when not in the plain form, or _UNBUILT].  A hit is confirmed by comparing all the bytes (~20 µs for
# 350 KB, against ~1.8 ms to check the part and ~1.2 ms to skeletonise it).
_KNOWN: dict[tuple, list] = {}
_KNOWN_MAX = 4
KNOWN_LOCK = threading.Lock()
_UNBUILT = object()


def _new_lock() -> None:
    global KNOWN_LOCK
    KNOWN_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):  # a child forked while another thread held the lock: a lock of its own
    os.register_at_fork(after_in_child=_new_lock)


def _known_key(blob: bytes) -> tuple:
    return len(blob), blob[:64], blob[-64:]


def _known(blob: bytes) -> list | None:
    """The entry of a styles part with exactly these bytes checked before, or None."""
    entry = _KNOWN.get(_known_key(blob))
    return entry if entry is not None and entry[0] == blob else None


def _remember(blob: bytes) -> list:
    """Record ``blob`` as a styles part checked well-formed; its entry (skeleton not built yet)."""
    entry = [blob, _UNBUILT]
    with KNOWN_LOCK:
        while len(_KNOWN) >= _KNOWN_MAX:
            del _KNOWN[next(iter(_KNOWN))]  # the oldest
        _KNOWN[_known_key(blob)] = entry
    return entry


# A styles part's bytes as inflated before, by its compressed bytes and what the zip says of them (method, size,
# CRC): the same compressed bytes inflate to the same bytes and pass the same CRC check.  python-docx's 350 KB
# part is 12 KB compressed: ~20 µs to look up instead of ~0.6 ms to inflate and checksum.
_INFLATED: dict[tuple, bytes] = {}
_STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"


def _styles_blob(zipf, name: str, data: bytes) -> bytes:
    """``zipf.read(name)`` of a styles part; a member whose compressed bytes were inflated before is not again.
    The member is opened as a read opens it (its local header checked) either way."""
    info = zipf.getinfo(name)
    with zipf.open(info) as fh:
        start, size = getattr(fh, "_orig_compress_start", None), getattr(fh, "_orig_compress_size", None)
        if type(start) is not int or size != info.compress_size or zipf.fp is None or start + size > len(data):
            return fh.read()
        key = (info.compress_type, info.CRC, info.file_size, data[start:start + size])
        blob = _INFLATED.get(key)
        if blob is not None:
            return blob
        blob = fh.read()  # inflated and checked against the CRC, as zipf.read does
    with KNOWN_LOCK:
        while len(_INFLATED) >= _KNOWN_MAX:
            del _INFLATED[next(iter(_INFLATED))]
        _INFLATED[key] = blob
    return blob


class _NoTree:
    """A parser target that builds nothing: libxml2 still checks the whole part."""

    def close(self):
        return None


def _lazy_class():
    global _LAZY
    if _LAZY is None:
        from docx.opc.part import Part
        from docx.parts.styles import StylesPart

        class LazyStylesPart(StylesPart):
            """A styles part whose tree is built on first use."""

            def __init__(self, partname, content_type, blob, package):
                Part.__init__(self, partname, content_type, package=package)
                self.source = blob
                self.known = None  # its entry in _KNOWN

            def __getattr__(self, name):
                if name == "_element":  # XmlPart reads self._element: parse now, as XmlPart.load would have
                    from docx.oxml.parser import parse_xml

                    el = self._element = parse_xml(self.source)
                    return el
                raise AttributeError(name)

            @property
            def parsed(self) -> bool:
                return "_element" in self.__dict__

        _LAZY = LazyStylesPart
    return _LAZY


def open_document(data: bytes):
    """``docx.Document(io.BytesIO(data))``, its styles part parsed on first use (see the module)."""
    from lxml import etree

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.package import Unmarshaller
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.styles import StylesPart

    lazy = _lazy_class()
    checker = None

    def chosen(content_type, reltype):
        """The class python-docx's PartFactory builds the part as."""
        selector = getattr(PartFactory, "part_class_selector", None)
        cls = selector(content_type, reltype) if selector is not None else None
        return cls or PartFactory.part_type_for.get(content_type, PartFactory.default_part_type)

    def factory(partname, content_type, reltype, blob, package):
        nonlocal checker
        if type(blob) is _Deferred:
            return _deferred_class()(partname, content_type, blob, package)
        if content_type == CT.WML_STYLES and chosen(content_type, reltype) is StylesPart:
            known = _known(blob)
            if known is None:
                if checker is None:  # python-docx's parser, minus the tree
                    checker = etree.XMLParser(remove_blank_text=True, resolve_entities=False, target=_NoTree())
                etree.fromstring(blob, checker)  # a broken part fails here, as parse_xml would have
                known = _remember(blob)
            part = lazy(partname, content_type, blob, package)
            part.known = known
            return part
        return PartFactory(partname, content_type, reltype, blob, package)

    stream = io.BytesIO(data)
    package = Package()
    Unmarshaller.unmarshal(_package_reader(stream, chosen, data), package, factory)
    document_part = package.main_document_part
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:  # as docx.Document says it
        raise ValueError(f"file '{stream}' is not a Word file, content type is '{document_part.content_type}'")
    return document_part.document


class _Deferred:
    """A member of the zip not inflated yet."""

    __slots__ = ("zipf", "name")

    def __init__(self, zipf, name: str) -> None:
        self.zipf, self.name = zipf, name

    def read(self) -> bytes:
        return self.zipf.read(self.name)


_DEFERRED = None


def _deferred_class():
    global _DEFERRED
    if _DEFERRED is None:
        from docx.opc.part import Part

        class DeferredPart(Part):
            """A part python-docx keeps as plain bytes (a theme, font table, thumbnail, Word 2010's
            stylesWithEffects.xml: 440 KB in python-docx's template), inflated when first read."""

            def __init__(self, partname, content_type, source, package):
                Part.__init__(self, partname, content_type, package=package)
                self._source = source

            @property
            def blob(self) -> bytes:
                if self._source is not None:
                    if self._blob is None:
                        self._blob = self._source.read()
                    self._source = None
                return self._blob or b""

        _DEFERRED = DeferredPart
    return _DEFERRED


# The package's plumbing as parsed before, by its exact bytes: the content types and each relationships part
# (python-docx's ``_ContentTypeMap`` and ``_SerializedRelationships``, only read once built).  A template's come
# back byte for byte in every draft made from it: ~0.25 ms of parsing a python-docx draft's.
_PARSED: dict[tuple, list] = {}
_PARSED_MAX = 32
_PARSED_BYTES_MAX = 64 * 1024


def _parsed(kind: tuple, blob: bytes, make):
    """``make()``, the parse of ``blob`` (``kind`` says which parse, with what else it reads), or what it gave for
    the same bytes before: a read-only object."""
    if len(blob) > _PARSED_BYTES_MAX:
        return make()
    key = (kind, len(blob), blob[:64], blob[-64:])
    entry = _PARSED.get(key)
    if entry is not None and entry[0] == blob:
        return entry[1]
    obj = make()
    with KNOWN_LOCK:
        _PARSED.pop(key, None)
        while len(_PARSED) >= _PARSED_MAX:
            del _PARSED[next(iter(_PARSED))]  # the oldest
        _PARSED[key] = [blob, obj]
    return obj


def _srels_reader(phys):
    """``PackageReader._srels_for(phys, uri)`` with each relationships part's bytes parsed once (see _PARSED)."""
    from docx.opc.pkgreader import _SerializedRelationships

    def srels_for(source_uri):
        rels_xml = phys.rels_xml_for(source_uri)
        if rels_xml is None:
            return _SerializedRelationships.load_from_xml(source_uri.baseURI, None)
        base = source_uri.baseURI
        return _parsed(("rels", base), rels_xml, lambda: _SerializedRelationships.load_from_xml(base, rels_xml))

    return srels_for


def _package_reader(stream, chosen, data: bytes | None = None):
    """``PackageReader.from_file(stream)``, except that a part python-docx would keep as plain bytes
    (``chosen`` gives it the base ``Part`` class) is left in the zip until something reads its blob.
    Parts are walked in python-docx's order and a member that is not in the zip fails as before (the
    same look-up); the zip stays open for the deferred parts (it reads from memory)."""
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.part import Part
    from docx.opc.phys_pkg import PhysPkgReader
    from docx.opc.pkgreader import PackageReader, _ContentTypeMap, _SerializedPart

    phys = PhysPkgReader(stream)
    zipf = phys._zipf
    types_xml = phys.content_types_xml
    content_types = _parsed(("types",), types_xml, lambda: _ContentTypeMap.from_xml(types_xml))
    srels_for = _srels_reader(phys)
    pkg_srels = srels_for(PACKAGE_URI)
    sparts: list = []
    visited: list = []

    def walk(srels) -> None:  # depth first, each part once: PackageReader._walk_phys_parts's order
        for srel in srels:
            if srel.is_external:
                continue
            partname = srel.target_partname
            if partname in visited:
                continue
            visited.append(partname)
            part_srels = srels_for(partname)
            name = partname.membername
            zipf.getinfo(name)  # a missing member: the KeyError reading it would raise
            try:
                content_type = content_types[partname]
            except KeyError:
                phys.blob_for(partname)  # python-docx read the member before it looked up the type
                raise
            if chosen(content_type, srel.reltype) is Part:
                blob = _Deferred(zipf, name)
            elif data is not None and content_type == _STYLES_TYPE:
                blob = _styles_blob(zipf, name, data)
            else:
                blob = phys.blob_for(partname)
            sparts.append(_SerializedPart(partname, content_type, srel.reltype, blob, part_srels))
            walk(part_srels)

    walk(pkg_srels)
    return PackageReader(content_types, pkg_srels, tuple(sparts))


class Skeleton:
    """The styles part with each top-level style as a placeholder (its start tag); ``full(el)`` is the
    style's whole element, parsed alone."""

    def __init__(self, root, head: bytes, tail: bytes, spans: list[bytes]) -> None:
        self.root = root
        self._head, self._tail, self._spans = head, tail, spans
        self.table = None  # the reader's table of these styles (readers.docx), built on first use and shared

    def full(self, el):
        k = el.get(_MARK)
        if k is None:
            return el
        from docx.oxml.parser import parse_xml

        return parse_xml(self._head + self._spans[int(k)] + self._tail)[0]


def styles_skeleton(part) -> Skeleton | None:
    """A :class:`Skeleton` of a styles part opened by :func:`open_document` and not yet parsed; None
    when the part is another kind, already parsed, or not in the plain form (then read ``part.element``)."""
    if _LAZY is None or type(part) is not _LAZY or part.parsed:
        return None
    entry = part.known
    if entry is None:
        return _skeleton(part.source)
    if entry[1] is _UNBUILT:
        entry[1] = _skeleton(entry[0])  # two threads may both build it: the same answer
    return entry[1]


def _skeleton(blob: bytes) -> Skeleton | None:
    """:func:`styles_skeleton` of the part's bytes."""
    # every "<" opens a tag: no comment, CDATA or DTD (one-byte searches first: "<" is everywhere, "!" and
    # "?" rarely are), and no processing instruction after the XML declaration.  Namespaces need no test:
    # a placeholder keeps its style's name and attributes, and a top-level style parsed alone under the
    # root's start tag sees the same declarations as in the whole part.
    if (b"!" in blob and b"<!" in blob) or blob[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in blob[:4]:
        return None
    m = _ROOT.search(blob)
    if m is None or b"<" in blob[:m.start()].replace(b"<?", b"", 1) \
            or (blob.find(b"?", m.end()) >= 0 and blob.find(b"<?", m.end()) >= 0):
        return None
    end = blob.rfind(b"</w:styles")
    if end < 0 or not re.fullmatch(rb"</w:styles\s*>\s*", blob[end:]):
        return None
    head = blob[:m.end()]
    mark = _MARK.encode()
    # every start tag named w:style, in order (one search: "<w:styles", "<w:styleLink" are other names)
    starts = []
    q = blob.find(b"<w:style", m.end(), end)
    while q >= 0:
        if blob[q + 8] in _AFTER_NAME:
            starts.append(q)
        q = blob.find(b"<w:style", q + 8, end)
    # The part is well-formed (checked when opened) and no other start tag bears the name, so a style that
    # is not empty ends at the last </w:style> before the next style's start; where there is none, that
    # style holds the next one (nested): not the plain form.
    out, spans, pos = [head], [], m.end()
    for s, nxt in zip(starts, starts[1:] + [end]):
        t = _START.match(blob, s)
        if t is None or mark in t.group(1):
            return None
        out.append(blob[pos:s])
        out.append(b"<w:style" + t.group(1) + b" " + mark + b"=\"%d\"/>" % len(spans))
        if t.group(2):  # <w:style …/>
            pos = t.end()
        else:
            e = blob.rfind(b"</w:style", t.end(), nxt)
            close = _CLOSE.match(blob, e) if e >= 0 else None
            if close is None:
                return None
            pos = close.end()
        spans.append(blob[s:pos])
    out.append(blob[pos:])
    from docx.oxml.parser import parse_xml

    return Skeleton(parse_xml(b"".join(out)), head, b"</w:styles>", spans)

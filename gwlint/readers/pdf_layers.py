"""Optional content (PDF 32000-1 8.11, "layers"): text drawn in a layer that is switched off is not read.

A layer switched off in the document's default configuration (``/OCProperties /D``: ``/OFF``, or ``/BaseState
/OFF`` without ``/ON``) is neither shown nor printed: an older wording kept in a hidden layer, a translation, a
draft stamp switched off.  pdfminer and PDFium extract it with the rest, so a draft was checked on words nobody
sees.  Text inside ``/OC /name BDC … EMC`` whose group (or membership dictionary, by its ``/P`` policy) is off
is dropped on the pdfplumber path, and so is an XObject drawn there or marked /OC itself; the PDFium path hands such a file to pdfplumber."""
from __future__ import annotations

_MARKS = "_gwlint_oc_marks"


def _name(x) -> str | None:
    from pdfminer.psparser import PSLiteral

    return x.name if isinstance(x, PSLiteral) else None


def _off_groups(doc) -> set[int]:
    """Object numbers of the optional content groups off in ``doc``'s default configuration (cached on it)."""
    cached = getattr(doc, "_gwlint_oc_off", None)
    if cached is not None:
        return cached
    from pdfminer.pdftypes import PDFObjRef, resolve1

    off: set[int] = set()
    try:
        props = resolve1(doc.catalog.get("OCProperties"))
        groups = resolve1(props.get("OCGs")) if isinstance(props, dict) else None
        default = resolve1(props.get("D")) if isinstance(props, dict) else None
        if isinstance(default, dict):
            def refs(key) -> set[int]:
                items = resolve1(default.get(key))
                return {r.objid for r in items if isinstance(r, PDFObjRef)} if isinstance(items, list) else set()

            off = refs("OFF")
            if _name(resolve1(default.get("BaseState"))) == "OFF" and isinstance(groups, list):
                on = refs("ON")
                off |= {r.objid for r in groups if isinstance(r, PDFObjRef) and r.objid not in on}
    except Exception:  # noqa: BLE001 - damaged layer settings: every layer shown, as before
        off = set()
    try:
        doc._gwlint_oc_off = off
    except AttributeError:
        pass
    return off


def _hidden(ref) -> bool:
    """Whether the optional content group or membership dictionary ``ref`` (an indirect reference) is off."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    doc = getattr(ref, "doc", None)
    if not isinstance(ref, PDFObjRef) or doc is None:
        return False
    off = _off_groups(doc)
    if not off:
        return False
    obj = resolve1(ref)
    if not isinstance(obj, dict):
        return False
    if _name(obj.get("Type")) != "OCMD":
        return ref.objid in off
    groups = resolve1(obj.get("OCGs"))
    members = [g for g in (groups if isinstance(groups, list) else [groups]) if isinstance(g, PDFObjRef)]
    if not members:
        return False
    shown = [g.objid not in off for g in members]
    policy = _name(resolve1(obj.get("P"))) or "AnyOn"
    visible = {"AllOn": all(shown), "AnyOff": not all(shown), "AllOff": not any(shown)}.get(policy, any(shown))
    return not visible


def install() -> None:
    """Make pdfminer's interpreter keep a stack of marked content and draw no text inside a hidden layer, nor
    any form or image XObject inside one or in a hidden layer of its own (/OC in its dictionary)."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import resolve1, stream_value

    if getattr(PDFPageInterpreter.do_TJ, "_gwlint_oc", False):
        return
    init_state, bdc, bmc, emc, tj, do = (PDFPageInterpreter.init_state, PDFPageInterpreter.do_BDC,
                                         PDFPageInterpreter.do_BMC, PDFPageInterpreter.do_EMC, PDFPageInterpreter.do_TJ,
                                         PDFPageInterpreter.do_Do)

    def do_init_state(self, ctm) -> None:
        setattr(self, _MARKS, [])
        init_state(self, ctm)

    def do_BDC(self, tag, props) -> None:
        hidden = False
        if _name(tag) == "OC":
            try:
                ref = props
                if _name(props) is not None:
                    table = resolve1((self.resources or {}).get("Properties"))
                    ref = table.get(_name(props)) if isinstance(table, dict) else None
                hidden = _hidden(ref)
            except Exception:  # noqa: BLE001 - a mark that names nothing hides nothing
                hidden = False
        getattr(self, _MARKS, []).append(hidden)
        bdc(self, tag, props)

    def do_BMC(self, tag) -> None:
        getattr(self, _MARKS, []).append(False)
        bmc(self, tag)

    def do_EMC(self) -> None:
        marks = getattr(self, _MARKS, [])
        if marks:
            marks.pop()
        emc(self)

    def do_TJ(self, seq) -> None:
        if any(getattr(self, _MARKS, ())):
            return
        tj(self, seq)

    def do_Do(self, xobjid) -> None:
        if any(getattr(self, _MARKS, ())):  # a form drawn inside a hidden layer: its own interpreter starts afresh
            return
        try:
            oc = stream_value(self.xobjmap[_name(xobjid)]).get("OC")  # a form or image in a layer of its own
            if oc is not None and _hidden(oc):
                return
        except Exception:  # noqa: BLE001 - pdfminer words a missing or damaged XObject itself
            pass
        do(self, xobjid)

    do_TJ._gwlint_oc = True  # type: ignore[attr-defined]
    PDFPageInterpreter.do_Do = do_Do  # type: ignore[method-assign]
    PDFPageInterpreter.init_state = do_init_state  # type: ignore[method-assign]
    PDFPageInterpreter.do_BDC = do_BDC  # type: ignore[method-assign]
    PDFPageInterpreter.do_BMC = do_BMC  # type: ignore[method-assign]
    PDFPageInterpreter.do_EMC = do_EMC  # type: ignore[method-assign]
    PDFPageInterpreter.do_TJ = do_TJ  # type: ignore[method-assign]


def has_hidden_layers(data: bytes) -> bool:
    """Whether a layer of ``data`` is off by default (asked by the PDFium path, which cannot leave it out).  The
    catalog is read only when its key may be there: written plainly, or inside a compressed object stream."""
    if b"/OCProperties" not in data and b"/ObjStm" not in data:
        return False
    from .pdf import pdfminer_document

    try:
        return bool(_off_groups(pdfminer_document(data)))
    except Exception:  # noqa: BLE001 - pdfplumber's path words any damage
        return False

"""Structure → the JSON of ``gwlint inspect`` (fields of interface.md, plus detail).

Lines are reported lines, as in findings and ``gwlint text`` (a .txt/.md file's
own lines; :meth:`gwlint.model.Document.display_line`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Inspection
    from .analysis.structure import Element


def _element(e: "Element | None", at) -> dict | None:
    if e is None:
        return None
    return {"text": e.text, "lines": [at(n) for n in e.lines]}


def _view_notes(doc) -> list[str]:
    from .readers.legibility import invisible_marks, lookalike_marks

    return [v.message for v in (invisible_marks(doc), lookalike_marks(doc)) if v]


def inspection_dict(ins: "Inspection", detail: bool = True) -> dict:
    st, doc = ins.structure, ins.document
    if st is None or doc is None:
        return {"path": ins.path, "error": ins.error}
    from .visible import rules_view

    issuer = st.issuer
    measures = st.measures(rules_view(doc)[0])  # the text the structure was found in
    d = {
        "path": ins.path,
        "doc_number": st.doc_number.text if st.doc_number else None,
        "issuer": issuer.name if issuer else None,
        "issuer_kind": issuer.kind if issuer else None,
        "issuer_level": issuer.level if issuer else None,
        "title": st.title.text if st.title else None,
        "doc_type": st.doc_type,
        "recipients": st.recipient_list,
        "cc": st.cc_list,
        "date": st.date_value.isoformat() if st.date_value else None,
        "attachments": [a.title.text if a.title else None for a in st.attachments],
        "char_count": st.char_count,
        "measures": len(measures),
        "responsible_units": sorted({u for m in measures for u in m.units}),
    }
    if not detail:
        return d
    at = doc.display_line

    def el(e: "Element | None") -> dict | None:
        return _element(e, at)

    d.update({
        "format": doc.format,
        "pages": doc.page_count,
        "reader_notes": list(doc.notes),
        # where the text the rules read (and this structure was found in) differs from the file's
        "view_notes": _view_notes(doc),
        "issuers": [{"name": o.name, "kind": o.kind, "level": o.level} for o in st.issuers],
        "general_distribution": st.general_distribution,
        "forwarding": st.forwarding,
        "carried_title": st.carried_title,
        "carried_type": st.carried_type,
        "elements": {
            "copy_number": el(st.copy_number), "secrecy": el(st.secrecy), "urgency": el(st.urgency),
            "issuer_mark": el(st.issuer_mark), "doc_number": el(st.doc_number), "signer": el(st.signer),
            "title": el(st.title), "recipients": el(st.recipients),
            "body": {"lines": [at(st.body_lines[0]), at(st.body_lines[-1])]} if st.body_lines else None,
            "attachment_note": el(st.attachment_note), "signature": el(st.signature), "date": el(st.date),
            "notes": [el(n) for n in st.notes], "cc": el(st.cc), "printer": el(st.printer),
            "noise": [at(n) for n in st.noise_lines],
        },
        "date_text": st.date.text if st.date else None,
        "print_date": st.print_date.isoformat() if st.print_date else None,
        "attachment_names": st.attachment_names,
        "attachment_detail": [
            {"label": a.label, "number": a.number, "title": el(a.title), "lines": [at(a.lines[0]), at(a.lines[-1])]}
            for a in st.attachments
        ],
        "char_counts": st.char_counts,
        "headings": [
            {"style": h.style, "level": h.level, "number": h.number, "marker": h.marker, "line": at(h.line),
             "part": h.part, "title": h.title[:60]}
            for h in st.headings
        ],
        "measure_list": [
            {"level": m.heading.level, "number": m.heading.number, "line": at(m.heading.line),
             "title": m.heading.title[:60], "units": m.units}
            for m in measures
        ],
    })
    return d

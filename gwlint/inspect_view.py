"""Structure → the JSON of ``gwlint inspect`` (fields of interface.md, plus detail)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Inspection
    from .analysis.structure import Element


def _el(e: "Element | None") -> dict | None:
    if e is None:
        return None
    return {"text": e.text, "lines": e.lines}


def inspection_dict(ins: "Inspection", detail: bool = True) -> dict:
    st, doc = ins.structure, ins.document
    if st is None or doc is None:
        return {"path": ins.path, "error": ins.error}
    issuer = st.issuer
    measures = st.measures(doc)
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
    d.update({
        "format": doc.format,
        "pages": doc.page_count,
        "issuers": [{"name": o.name, "kind": o.kind, "level": o.level} for o in st.issuers],
        "general_distribution": st.general_distribution,
        "forwarding": st.forwarding,
        "carried_title": st.carried_title,
        "carried_type": st.carried_type,
        "elements": {
            "copy_number": _el(st.copy_number), "secrecy": _el(st.secrecy), "urgency": _el(st.urgency),
            "issuer_mark": _el(st.issuer_mark), "doc_number": _el(st.doc_number), "signer": _el(st.signer),
            "title": _el(st.title), "recipients": _el(st.recipients),
            "body": {"lines": [st.body_lines[0], st.body_lines[-1]]} if st.body_lines else None,
            "attachment_note": _el(st.attachment_note), "signature": _el(st.signature), "date": _el(st.date),
            "notes": [_el(n) for n in st.notes], "cc": _el(st.cc), "printer": _el(st.printer),
            "noise": st.noise_lines,
        },
        "date_text": st.date.text if st.date else None,
        "print_date": st.print_date.isoformat() if st.print_date else None,
        "attachment_names": st.attachment_names,
        "attachment_detail": [
            {"label": a.label, "number": a.number, "title": _el(a.title), "lines": [a.lines[0], a.lines[-1]]}
            for a in st.attachments
        ],
        "char_counts": st.char_counts,
        "headings": [
            {"style": h.style, "level": h.level, "number": h.number, "marker": h.marker, "line": h.line,
             "part": h.part, "title": h.title[:60]}
            for h in st.headings
        ],
        "measure_list": [
            {"level": m.heading.level, "number": m.heading.number, "line": m.heading.line,
             "title": m.heading.title[:60], "units": m.units}
            for m in measures
        ],
    })
    return d

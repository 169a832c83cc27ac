"""What an audit worker does with one file: lint it and flatten the result
into a plain record (document facts + findings) that crosses the process
boundary and goes into the database as it is."""
from __future__ import annotations

import contextlib
import hashlib
import io
import re
import time
from typing import Any

from ..config import Config, Profile
from ..docmemo import document_scope
from ..findings import Finding


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: str) -> tuple[str, int]:
    """SHA-256 and size of a regular file; ReadError for a FIFO, a device, a socket
    (hashing one would block or read forever) or a file that cannot be opened."""
    from ..readers import open_regular

    h = hashlib.sha256()
    fh, size = open_regular(path)
    with fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest(), size


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code, "name": f.name, "severity": f.severity, "message": f.message,
        "line": f.line, "col": f.column, "end_line": f.end_line, "end_col": f.end_column,
        "page": f.page, "paragraph": f.paragraph, "excerpt": f.excerpt, "basis": f.basis,
        "fix": f.fix.to_dict() if f.fix is not None else None, "data": f.data or None,
    }


def _counts(findings: list[dict]) -> dict[str, int]:
    out = {"errors": 0, "warnings": 0, "infos": 0}
    for f in findings:
        out[{"error": "errors", "warning": "warnings"}.get(f["severity"], "infos")] += 1
    return out


def length_class(profile: Profile, st) -> tuple[str | None, int | None, bool]:
    """The profile's length class of a document (as GW101 picks it) and whether it is exempt."""
    issuer = st.issuer
    title = st.title.text if st.title else None
    from ..analysis.facts import length_exempt

    exempt = length_exempt(profile, st)
    if issuer is None:
        return None, None, exempt
    cls = next((c for c in profile.length_classes
                if c.matches(issuer.kind, issuer.level, st.general_distribution, title)), None)
    return (cls.name, cls.limit, exempt) if cls else (None, None, exempt)


def _doc_number_parts(text: str | None) -> tuple[str | None, int | None, int | None]:
    """机关代字, year and serial of a 发文字号 (国办发〔2019〕3号 → 国办发, 2019, 3; 第707号 → serial 707)."""
    if not text:
        return None, None, None
    from ..analysis.elements import DOCNO_RE

    m = DOCNO_RE.search(text)
    if m:
        year = int(m.group("year"))
        if year < 100:
            year += 2000 if year < 50 else 1900  # 〔19〕 is wrong (GW701) but still means 2019
        return m.group("org"), year, int(m.group("serial"))
    m = re.search(r"第\s*(\d{1,6})\s*号", text)
    return None, None, (int(m.group(1)) if m else None)


def structure_fields(doc, st, config: Config) -> dict[str, Any]:
    measures = st.measures(doc)
    issuer = st.issuer
    code, year, serial = _doc_number_parts(st.doc_number.text if st.doc_number else None)
    cls, limit, exempt = length_class(config.profile, st)
    return {
        "issuer": issuer.name if issuer else None,
        "issuer_kind": issuer.kind if issuer else None,
        "issuer_level": issuer.level if issuer else None,
        "issuers": [{"name": o.name, "kind": o.kind, "level": o.level} for o in st.issuers],
        "doc_number": st.doc_number.text if st.doc_number else None,
        "doc_code": code, "doc_year": year, "doc_serial": serial,
        "doc_type": st.doc_type,
        "title": st.title.text if st.title else None,
        "date": st.date_value.isoformat() if st.date_value else None,
        "char_count": st.char_count,
        "char_counts": list(st.char_counts),
        "max_part_chars": max(st.char_counts) if st.char_counts else 0,
        "length_class": cls, "length_limit": limit, "length_exempt": int(exempt),
        "general_distribution": int(st.general_distribution),
        "forwarding": st.forwarding,
        "measures": len(measures),
        "measures_with_units": sum(1 for m in measures if m.units),
        "responsible_units": sorted({u for m in measures for u in m.units}),
    }


def audit_bytes(data: bytes, path: str, config: Config) -> dict[str, Any]:
    """Lint one file's bytes; never raises."""
    from ..engine import collector_paused, lint_data

    t0 = time.perf_counter()
    rec: dict[str, Any] = {"path": path, "content_hash": content_hash(data), "size": len(data)}
    log = io.StringIO()
    try:
        # rules report their own internal failures on stderr: keep them with the file
        # one memo for the lint and the structure facts after it: the measures' units are not found twice
        with contextlib.redirect_stderr(log), document_scope():
            res = lint_data(data, path, config)
            if res.document is not None:
                doc = res.document
                rec.update(format=doc.format, pages=doc.page_count, paragraphs=len(doc.paragraphs))
                if res.structure is not None:
                    with collector_paused():  # as during the rules: the memo is still full
                        rec.update(structure_fields(doc, res.structure, config))
        findings = [_finding_dict(f) for f in res.findings]
        rec["notes"] = list(res.notes) or None  # what the reader had to do (Big5, UTF-16 without BOM…)
        if res.error:
            rec.update(error=res.error, error_kind="unreadable")
        if res.limit:
            rec["limit"] = res.limit
    except MemoryError:
        raise  # the file's memory budget is spent: the worker answers "memory" and retires
    except Exception as exc:  # a bug must cost one file, not the run
        findings = []
        rec.update(error=f"内部错误（{type(exc).__name__}: {exc}），该文件未完成检查。", error_kind="internal")
    rec["findings"] = findings
    rec.update(_counts(findings))
    rec["log"] = log.getvalue().strip() or None
    rec["lint_ms"] = round((time.perf_counter() - t0) * 1000, 3)
    return rec


def audit_file(path: str, config: Config) -> dict[str, Any]:
    """Read and lint one file; never raises (an unreadable file is a GW001 record)."""
    from ..model import ReadError
    from ..readers import MAX_BYTES, open_regular, os_message

    try:
        fh, _ = open_regular(path)
        with fh:
            data = fh.read(MAX_BYTES + 1)
    except (ReadError, OSError) as exc:
        msg = exc.message if isinstance(exc, ReadError) else os_message("无法读取文件", exc)
        return failed_record(path, "unread:" + content_hash(path.encode()), 0, msg, "unreadable", config)
    return audit_bytes(data, path, config)


def audit_job(path: str, config: Config, pdf_engine: str) -> dict[str, Any]:
    """What a guarded worker runs for one file (see gwlint.guard): a record, or
    MemoryError when the file ran out of memory (the worker then retires)."""
    from ..readers import set_pdf_engine

    set_pdf_engine(pdf_engine)
    rec = audit_file(path, config)
    if rec.get("limit") == "memory":
        raise MemoryError
    return rec  # "limit": "time" (too long for the budget) is settled by the runner


def failed_record(path: str, data_hash: str, size: int, message: str, kind: str,
                  config: Config | None = None, code: str = "GW001") -> dict[str, Any]:
    """A file that produced no lint result (unreadable before reading, timed out, crashed a worker).

    An unreadable file gets its GW001 finding as the engine would give it."""
    findings: list[dict] = []
    if config is not None and kind == "unreadable":
        from ..engine import unreadable
        from ..model import ReadError

        findings = [_finding_dict(f) for f in unreadable(path, ReadError(message, code), config).findings]
    rec = {"path": path, "content_hash": data_hash, "size": size, "error": message, "error_kind": kind,
           "findings": findings}
    rec.update(_counts(findings))
    return rec

"""What the service's worker processes run (see :mod:`gwlint.guard`).

Module-level functions with picklable arguments and results, free of any web
framework import: a worker imports only the pipeline.  Each job goes through
:mod:`gwlint.api`, the code path of the command line.
"""
from __future__ import annotations

import inspect
import io
from collections import Counter

from ..config import Config
from ..findings import SEVERITIES, severity_rank

# gwlint.api may run a call in the shared guard by default (``limits=``); a job already
# runs inside a guarded worker, so it asks for the in-process path when the API offers one.
_IN_PROCESS: dict = {}


def _in_process(fn) -> dict:
    key = fn.__name__
    if key not in _IN_PROCESS:
        _IN_PROCESS[key] = {"limits": None} if "limits" in inspect.signature(fn).parameters else {}
    return _IN_PROCESS[key]


def _lint(data: bytes, filename: str, config: Config):
    from ..api import lint_bytes

    return lint_bytes(data, filename, config, **_in_process(lint_bytes))


def counts(findings: list[dict]) -> dict:
    by_sev = Counter(f["severity"] for f in findings)
    out = {s: by_sev.get(s, 0) for s in reversed(SEVERITIES)}
    out["total"] = len(findings)
    out["by_code"] = dict(sorted(Counter(f["code"] for f in findings).items()))
    return out


def check(data: bytes, filename: str, config: Config) -> dict:
    """The check report: findings as ``--format json`` gives them, the recognised
    structure, counts, the verdict against ``fail_on`` and the paragraph texts."""
    from ..api import Inspection
    from ..suppress import is_suppressed

    res = _lint(data, filename, config)
    findings = [f.to_dict() for f in res.findings]
    structure = None
    if res.structure is not None and res.document is not None:
        structure = Inspection(path=filename, structure=res.structure, document=res.document).to_dict(detail=False)
        structure.pop("path", None)
    threshold = severity_rank(config.fail_on)
    failed = any(severity_rank(f.severity) >= threshold for f in res.findings if not is_suppressed(f))
    return {
        "path": filename,
        "error": res.error,
        "format": res.document.format if res.document is not None else None,
        "failed": failed,
        "fail_on": config.fail_on,
        "profile": config.profile_name,
        "counts": counts(findings),
        "suppressed": len(res.suppressed),
        "structure": structure,
        "findings": findings,
        "lines": res.lines,
        "notes": res.notes,  # what the reader had to do (an encoding guessed): not findings
    }


def annotate(data: bytes, filename: str, config: Config) -> tuple[bytes, int, int]:
    """The .docx with a Word comment at each finding: (bytes, comments, findings).

    Raises :class:`gwlint.annotate.AnnotateError` for a file that is no readable .docx."""
    from ..annotate import AnnotateError, annotate_bytes

    res = _lint(data, filename, config)
    if res.error:
        raise AnnotateError(res.error)
    out = io.BytesIO()
    done = annotate_bytes(data, res.findings, out, filename=filename)
    return out.getvalue(), done.comments, len(res.findings)


def fix(data: bytes, filename: str, config: Config, unsafe: bool) -> bytes:
    """The file with its fixes applied (a .docx with tracked changes, or text)."""
    from .. import api

    return api.fix_bytes(data, filename, unsafe=unsafe, config=config, **_in_process(api.fix_bytes))


def warm(_: int = 0) -> int:
    """Lint a short draft once so that every lazily built table of the rules is
    ready before the first real request (the guard's warm-up loads the segmenter)."""
    import os

    text = ("江西省人民政府办公厅关于做好春季森林防火工作的通知\n各市、县（区）人民政府，省政府各部门：\n"
            "一、加强组织领导。各地要于3月底前报送工作方案，务必高度重视。\n江西省人民政府办公厅\n2026年2月1日\n")
    _lint(text.encode("utf-8"), "warm.txt", Config())
    # the first .docx and .pdf would otherwise pay for importing python-docx, lxml and pdfminer
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    d.save(buf)
    _lint(buf.getvalue(), "warm.docx", Config())
    from .. import annotate  # noqa: F401
    from ..readers.pdfimports import import_pdfplumber

    import_pdfplumber()  # before any pdfminer module: what only some PDFs need stays unloaded
    import pdfminer.layout  # noqa: F401
    import pdfplumber  # noqa: F401
    import pdfplumber.table  # noqa: F401
    from pdfminer.cmapdb import CMapDB

    from ..readers.cmapcache import install

    install()  # as a read does: from the user cache, the to-Unicode maps compact
    # the CMaps of the standard Chinese fonts (STSong and the like): 0.4 s on the first such PDF
    CMapDB.get_cmap("UniGB-UCS2-H")
    CMapDB.get_unicode_map("Adobe-GB1", False)

    return os.getpid()

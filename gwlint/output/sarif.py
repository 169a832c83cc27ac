"""SARIF 2.1.0 output, for code-scanning dashboards and document workflows.

Regions are in the coordinates of ``gwlint text FILE``: a .txt/.md file's own
lines, one paragraph per line for .docx/.pdf; columns in characters, which the
run declares with ``columnKind`` "unicodeCodePoints".  The source paragraph and
the PDF page go into each location's properties and logical location.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from ..findings import Finding

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "gwlint/v1"  # same identity as the baseline (see gwlint.baseline)


def _project_url() -> str | None:
    """The project's home page from the installed package metadata, if it has one."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        md = metadata("gwlint")
    except (ImportError, PackageNotFoundError):  # pragma: no cover - running from a bare checkout
        return None
    for entry in md.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "repository", "source"):
            return url.strip() or None
    return md.get("Home-page") or None


def artifact_location(path: str, root: Path) -> dict:
    """A relative URI under %SRCROOT% (the working directory) where possible."""
    p = Path(path)
    if p.is_absolute():
        try:
            real = p.resolve()
        except (RuntimeError, OSError):  # a symlink loop: name the link itself
            real = p
        try:
            p = real.relative_to(root)
        except ValueError:
            return {"uri": real.as_uri()}
    # percent-encode what URIs do not allow (CJK file names, spaces); keep the slashes
    # percent-encode what URIs do not allow (CJK file names, spaces) from the name's bytes, so that a name
    # that is not UTF-8 (GBK from a Windows archive) keeps its real bytes; keep the slashes
    return {"uri": quote(os.fsencode(p.as_posix()), safe="/-._~!$&'()*+,;=:@"), "uriBaseId": SRCROOT}


def _rule_descriptor(rule) -> dict:
    sections = [("做什么", rule.summary), ("为什么", rule.why), ("示例", rule.bad), ("应改为", rule.good),
                ("怎么改", rule.fix_title), ("依据", rule.basis)]
    sections = [(h, b) for h, b in sections if b]
    text = "\n\n".join(f"{h}：{b}" for h, b in sections)
    markdown = "\n\n".join(f"**{h}**：{b}" for h, b in sections)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary}\n\n{rule.why}".strip()},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"basis": rule.basis, "severity": rule.severity, "tags": [rule.code[:3]]},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _location(f: Finding, root: Path, lines: list[str] | None) -> dict:
    phys: dict = {"artifactLocation": artifact_location(f.path, root)}
    # An unreadable file (GW001) has no text: point at the file alone.
    if lines or f.paragraph is not None or f.excerpt:
        region = _region(f.line, f.column, f.end_line, f.end_column)
        if lines and 1 <= f.line <= len(lines) and f.end_line == f.line:
            region["snippet"] = {"text": lines[f.line - 1][f.column - 1:f.end_column - 1]}
        phys["region"] = region
    loc: dict = {"physicalLocation": phys}
    props = {k: v for k, v in (("paragraph", f.paragraph), ("page", f.page)) if v is not None}
    if props:
        loc["properties"] = props
    if f.paragraph is not None:
        name = f"第{f.paragraph}段" + (f"（第{f.page}页）" if f.page else "")
        loc["logicalLocations"] = [{"name": name, "kind": "paragraph"}]
    return loc


def _fix(f: Finding, root: Path) -> dict:
    fx = f.fix
    return {
        "description": {"text": fx.title or f"改为“{fx.replacement}”"},
        "artifactChanges": [{
            "artifactLocation": artifact_location(f.path, root),
            "replacements": [{
                "deletedRegion": _region(e.line, e.start + 1, e.line, e.end + 1),
                "insertedContent": {"text": e.text},
            } for e in fx.edits],
        }],
    }


def sarif_log(findings: list[Finding], *, sources: dict[str, list[str]] | None = None,
              errors: dict[str, str] | None = None, exit_code: int | None = None,
              root: str | Path | None = None, notes: dict[str, list[str]] | None = None) -> dict:
    """The SARIF log as a dict (one run); ``notes``: reader notes by path (notifications
    of level "note", beside the unreadable files' "error" ones)."""
    from .. import __version__
    from ..baseline import fingerprint
    from ..rules import all_rules
    from ..suppress import is_suppressed

    root = Path(root or Path.cwd()).resolve()
    sources = sources or {}
    rules = list(all_rules())
    index = {r.code: i for i, r in enumerate(rules)}
    driver: dict = {"name": "gwlint", "version": __version__, "semanticVersion": __version__,
                    "language": "zh-CN", "rules": [_rule_descriptor(r) for r in rules]}
    url = _project_url()
    if url:
        driver["informationUri"] = url

    results = []
    for f in findings:
        lines = sources.get(f.path)
        res: dict = {"ruleId": f.code, "level": LEVELS.get(f.severity, "warning"),
                     "message": {"text": f.message}, "locations": [_location(f, root, lines)],
                     "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f, lines)}}
        if f.code in index:
            res["ruleIndex"] = index[f.code]
        props = {"severity": f.severity}
        if f.basis:
            props["basis"] = f.basis
        res["properties"] = props
        if f.fix is not None:
            res["fixes"] = [_fix(f, root)]
        if is_suppressed(f):  # shown with --show-suppressed: silenced in the document itself
            res["suppressions"] = [{"kind": "inSource", "status": "accepted"}]
        results.append(res)

    invocation: dict = {"executionSuccessful": True,
                        "workingDirectory": {"uri": root.as_uri() + "/"}}
    if exit_code is not None:
        invocation["exitCode"] = exit_code
    said = [(path, "error", message) for path, message in (errors or {}).items()]
    said += [(path, "note", note) for path, texts in (notes or {}).items() for note in texts]
    notes = []
    for path, level, message in sorted(said):
        notes.append({"level": level, "message": {"text": message},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path, root)}}]})
    if notes:
        invocation["toolExecutionNotifications"] = notes

    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"locationNote": "行、列对应 `gwlint text 文件` 的输出：.txt/.md 为文件本身的行，.docx/.pdf 每段一行；"
                                       "列按字符计。"},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(findings: list[Finding], out: TextIO, **kwargs) -> None:
    from ..safeio import json_text

    out.write(json_text(sarif_log(findings, **kwargs), indent=2) + "\n")

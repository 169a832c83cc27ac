"""Baselines: adopt gwlint on a back catalogue without fixing every old finding.

``gwlint check --write-baseline`` records today's findings; ``gwlint check
--baseline FILE`` then reports only findings that are not recorded.

A finding is recognised by a fingerprint of its rule code, the text of its span
and a little text on each side of the span, all normalised (NFKC, whitespace
removed).  Line and column numbers are deliberately left out, so inserting or
deleting paragraphs elsewhere in the draft does not turn old findings into new
ones.  Each fingerprint carries a count: a draft with two identical findings
needs two recorded occurrences, and a third identical one is reported as new.

File format (UTF-8 JSON, sorted, stable across runs)::

    {"version": 1, "tool": "gwlint", "findings": [
        {"path": "drafts/a.docx", "code": "GW104", "fingerprint": "…", "count": 1,
         "excerpt": "…", "message": "…"}, …]}

Paths are relative to the folder holding the baseline file, with ``/``.
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from .engine import LintResult
    from .findings import Finding

BASELINE_VERSION = 1
DEFAULT_BASELINE = "gwlint-baseline.json"
MAX_BASELINE_BYTES = 1 << 30  # far above the baseline of any archive; a bound for a file that never ends
# Characters of paragraph text kept on each side of a span.  Part of the
# fingerprint: changing it invalidates existing baselines (bump the version).
CONTEXT_CHARS = 16
_EXCERPT_CHARS = 40


class BaselineError(Exception):
    """An unreadable or incompatible baseline file (exit code 2)."""


def normalize(text: str) -> str:
    """Width-folded text without whitespace: re-typed spaces or full/half-width
    variants do not change a fingerprint."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def _span(finding: "Finding", lines: Sequence[str] | None) -> tuple[str, str, str]:
    """(before, span, after) of a finding in its paragraph; empty when unknown."""
    if not lines or not 1 <= finding.line <= len(lines):
        return "", finding.excerpt, ""
    text = lines[finding.line - 1]
    start = max(0, finding.column - 1)
    end = finding.end_column - 1 if finding.end_line == finding.line else len(text)
    end = max(start, min(end, len(text)))
    return text[:start], text[start:end], text[end:]


def fingerprint(finding: "Finding", lines: Sequence[str] | None = None) -> str:
    """Stable identity of a finding: code + normalised span + normalised context."""
    before, span, after = _span(finding, lines)
    parts = [finding.code, normalize(span), normalize(before)[-CONTEXT_CHARS:], normalize(after)[:CONTEXT_CHARS]]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def relative_path(path: str, base_dir: str | Path) -> str:
    """``path`` relative to ``base_dir`` with forward slashes (absolute when on another drive)."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # different drives on Windows
        rel = os.path.abspath(path)
    from .safeio import display_path

    return display_path(Path(rel).as_posix(), one_line=False)  # a name that is not UTF-8 as \xNN: JSON can hold it


@dataclass
class Baseline:
    """Recorded findings: ``(path, code, fingerprint) -> count``."""

    base_dir: Path
    counts: Counter = field(default_factory=Counter)
    info: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    # -- building -------------------------------------------------------
    @classmethod
    def from_results(cls, results: Iterable["LintResult"], base_dir: str | Path = ".") -> "Baseline":
        bl = cls(Path(base_dir))
        for r in results:
            for f in r.findings:
                key = bl.key(f, r.lines)
                bl.counts[key] += 1
                if key not in bl.info:
                    _, span, _ = _span(f, r.lines)
                    excerpt = span if len(span) <= _EXCERPT_CHARS else span[:_EXCERPT_CHARS] + "……"
                    bl.info[key] = {"excerpt": excerpt, "message": f.message}
        return bl

    def key(self, finding: "Finding", lines: Sequence[str] | None) -> tuple[str, str, str]:
        return (relative_path(finding.path, self.base_dir), finding.code, fingerprint(finding, lines))

    def __len__(self) -> int:
        return sum(self.counts.values())

    # -- file -----------------------------------------------------------
    def to_dict(self) -> dict:
        entries = []
        for key in sorted(self.counts):
            path, code, fp = key
            extra = self.info.get(key, {})
            entries.append({"path": path, "code": code, "fingerprint": fp, "count": self.counts[key],
                            "excerpt": extra.get("excerpt", ""), "message": extra.get("message", "")})
        return {"version": BASELINE_VERSION, "tool": "gwlint", "findings": entries}

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> None:
        from .safeio import write_atomic

        write_atomic(path, self.dumps(), what="基线文件")  # never leave a half-written baseline behind

    @classmethod
    def load(cls, path: str | Path) -> "Baseline":
        from .safeio import read_regular

        path = Path(path)
        try:
            data = json.loads(read_regular(path, MAX_BASELINE_BYTES, "基线文件").decode("utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"基线文件不存在：{path}。先用 --write-baseline 生成。") from None
        except OSError as exc:
            raise BaselineError(f"基线文件无法读取：{path}（{exc.strerror or exc}）") from None
        except UnicodeDecodeError:
            raise BaselineError(f"基线文件无法读取：{path}（不是 UTF-8 编码的文本）") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"基线文件无法读取：{path}（不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列）") from None
        if not isinstance(data, dict) or data.get("tool") != "gwlint" or "findings" not in data:
            raise BaselineError(f"{path} 不是 gwlint 基线文件。")
        if data.get("version") != BASELINE_VERSION:
            raise BaselineError(f"基线文件 {path} 的版本 {data.get('version')!r} 不受支持"
                                f"（本版本为 {BASELINE_VERSION}），请用 --write-baseline 重新生成。")
        bl = cls(path.resolve().parent)
        try:
            for e in data["findings"]:
                key = (str(e["path"]), str(e["code"]), str(e["fingerprint"]))
                bl.counts[key] += int(e.get("count", 1))
                bl.info[key] = {"excerpt": e.get("excerpt", ""), "message": e.get("message", "")}
        except (TypeError, KeyError, ValueError, OverflowError) as exc:
            raise BaselineError(f"基线文件 {path} 格式有误：{exc!r}") from None
        return bl

    # -- matching -------------------------------------------------------
    def filter(self, results: Iterable["LintResult"]) -> tuple[list["LintResult"], int]:
        """Results without the recorded findings, and how many were dropped.

        Occurrences are consumed in document order, so with a count of 1 the
        first of two identical findings is the recorded one.
        """
        left = Counter(self.counts)
        out = []
        known = 0
        for r in results:
            kept = []
            for f in r.findings:
                key = self.key(f, r.lines)
                if left[key] > 0:
                    left[key] -= 1
                    known += 1
                else:
                    kept.append(f)
            out.append(replace(r, findings=kept))
        return out, known


def write_baseline(path: str | Path, results: Iterable["LintResult"]) -> Baseline:
    """Record all findings of ``results`` in ``path`` (created or overwritten)."""
    path = Path(path)
    bl = Baseline.from_results(results, path.resolve().parent)
    bl.save(path)
    return bl


def load_baseline(path: str | Path) -> Baseline:
    return Baseline.load(path)

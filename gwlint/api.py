"""The library API under the CLI, for OA integrations and the HTTP service.

    import gwlint
    result = gwlint.lint_path("draft.docx")
    for f in result.findings:
        print(f.code, f.line, f.message)
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .config import Config, load_config
from .engine import LintResult, lint_data, lint_file
from .model import Document, ReadError
from .analysis.structure import Structure, analyze

# Extensions picked up when walking folders; binary Office formats are included
# so that they are reported (GW001, 另存为 .docx) instead of silently skipped.
WALK_SUFFIXES = (".docx", ".pdf", ".ofd", ".txt", ".md", ".doc", ".wps", ".wpt", ".dot")
_REPO_NOTES = ("README.", "CHANGELOG.", "LICENSE.", "CONTRIBUTING.")


def _config_for(path: str | Path, config: Config | None) -> Config:
    return config if config is not None else load_config(for_file=path)


def lint_path(path: str | Path, config: Config | None = None) -> LintResult:
    """Lint one file.  Without ``config`` the nearest gwlint.toml/pyproject.toml applies."""
    return lint_file(path, _config_for(path, config))


def lint_bytes(data: bytes, filename: str, config: Config | None = None) -> LintResult:
    """Lint a file held in memory (an upload); ``filename`` gives its type and the path shown."""
    return lint_data(data, filename, config if config is not None else load_config())


def fix_bytes(data: bytes, filename: str, unsafe: bool = False, config: Config | None = None) -> bytes:
    """The file with its fixes applied, for integrations and the HTTP service.

    A .docx comes back as a .docx whose fixes are Word tracked changes (修订) by
    author gwlint; a .txt/.md as the fixed text in its own encoding, BOM and line
    endings.  Only safe fixes unless ``unsafe``.  Raises
    :class:`gwlint.fixes.FixError` for other types (PDF) and unreadable files."""
    from .fixes import FixError, fix_text_bytes
    from .readers import sniff

    config = config if config is not None else load_config()
    try:
        kind = sniff(data, Path(filename).suffix)
    except ReadError as exc:
        raise FixError(exc.message) from None
    if kind == "docx":
        from .revise import revise_bytes

        return revise_bytes(data, filename, config, unsafe=unsafe)[0]
    if kind == "txt":
        outcome = fix_text_bytes(data, filename, config, unsafe=unsafe)
        if outcome.result.error:
            raise FixError(outcome.result.error)
        return outcome.data
    raise FixError("PDF 是版式文件，不能自动修正；请对 .docx 原稿或纯文本使用自动修正。")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and supported files found by walking directories (sorted)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in sorted(files):
                    if name.startswith(("~$", ".")):
                        continue  # Word lock files, hidden files
                    if name.upper().startswith(_REPO_NOTES):
                        continue  # a folder's README is not a draft (named directly, it is linted)
                    if name.lower().endswith(WALK_SUFFIXES):
                        yield Path(root) / name
        else:
            yield p


def _lint_for_pool(args: tuple[str, Config]) -> LintResult:
    path, config = args
    # documents hold python-docx objects that cannot cross process boundaries
    return lint_file(path, config).without_document()


def _warm_worker() -> None:
    from .segment import tokenizer

    tokenizer()


def lint_paths(paths: Iterable[str | Path], config_for: Callable[[Path], Config] | None = None, *,
               jobs: int | None = None, keep_documents: bool = False,
               on_result: Callable[[LintResult], None] | None = None) -> list[LintResult]:
    """Lint many files, in parallel worker processes when it pays off.

    ``config_for(path)`` gives each file's config (default: discovered per file).
    Results come back in input order; a file that fails never stops the others.
    """
    files = list(iter_files(paths))
    if config_for is None:
        per_folder: dict[Path, Config] = {}

        def config_for(p: Path) -> Config:
            folder = Path(p).resolve().parent
            if folder not in per_folder:
                per_folder[folder] = load_config(for_file=p)
            return per_folder[folder]
    jobs = jobs or os.cpu_count() or 1
    tasks = [(str(f), config_for(f)) for f in files]
    results: list[LintResult] = []
    if jobs <= 1 or len(tasks) < 4 or keep_documents:
        for t in tasks:
            r = lint_file(*t)
            if not keep_documents:
                r = r.without_document()
            results.append(r)
            if on_result:
                on_result(r)
        return results
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=_warm_worker) as pool:
        for r in pool.map(_lint_for_pool, tasks, chunksize=max(1, min(16, len(tasks) // (jobs * 4) or 1))):
            results.append(r)
            if on_result:
                on_result(r)
    return results


@dataclass
class Inspection:
    """The recognised 公文 structure of one file (``gwlint inspect``)."""

    path: str
    structure: Structure | None
    document: Document | None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, detail: bool = True) -> dict:
        from .inspect_view import inspection_dict

        return inspection_dict(self, detail=detail)


def inspect_document(doc: Document, path: str | None = None) -> Inspection:
    return Inspection(path=path or doc.path, structure=analyze(doc), document=doc)


def inspect_path(path: str | Path) -> Inspection:
    from .readers import read_path

    try:
        doc = read_path(path)
    except ReadError as exc:
        return Inspection(path=str(path), structure=None, document=None, error=exc.message)
    return inspect_document(doc, str(path))


def inspect_bytes(data: bytes, filename: str) -> Inspection:
    from .readers import read_bytes

    try:
        doc = read_bytes(data, filename)
    except ReadError as exc:
        return Inspection(path=filename, structure=None, document=None, error=exc.message)
    return inspect_document(doc, filename)

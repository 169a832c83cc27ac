"""gwlint — a linter for drafts of Chinese official documents (公文).

Library API (the CLI and integrations use the same code path)::

    import gwlint
    result = gwlint.lint_path("draft.docx")
    info = gwlint.inspect_path("draft.docx")

Attributes are imported lazily so that ``import gwlint`` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["lint_path", "lint_bytes", "lint_paths", "inspect_path", "inspect_bytes", "fix_bytes", "load_config",
           "Config", "ConfigError", "LintResult", "Finding", "Fix", "Edit", "Inspection", "Limits", "__version__"]


def __getattr__(name: str):
    if name in ("lint_path", "lint_bytes", "lint_paths", "inspect_path", "inspect_bytes", "fix_bytes", "Inspection"):
        from . import api

        return getattr(api, name)
    if name in ("load_config", "Config", "ConfigError"):
        from . import config

        return getattr(config, name)
    if name == "Limits":
        from .guard import Limits

        return Limits
    if name == "LintResult":
        from .engine import LintResult

        return LintResult
    if name in ("Finding", "Fix", "Edit"):
        from . import findings

        return getattr(findings, name)
    raise AttributeError(f"module 'gwlint' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


from .refast import install as _install_re_shortcut  # noqa: E402  (cheap: see gwlint.refast)

_install_re_shortcut()
del _install_re_shortcut

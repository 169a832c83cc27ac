"""What a rule sees: :class:`gwlint.analysis.context.Context` (this name stays for imports)."""
from __future__ import annotations

from .analysis.context import Context

LintContext = Context

__all__ = ["Context", "LintContext"]

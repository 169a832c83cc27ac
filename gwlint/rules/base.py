"""The rule contract.

A rule is a small class: its code, name, default severity, the clause it
enforces (``basis``) and its documentation (做什么/为什么/示例/应改为) sit next
to ``check``, which yields :class:`~gwlint.findings.Violation` objects and
nothing else.  Rules never read files and never print.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Iterator

from ..findings import Violation

if TYPE_CHECKING:
    from ..context import LintContext


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[str]  # "info" | "warning" | "error"
    basis: ClassVar[str]
    summary: ClassVar[str]  # 做什么: one sentence
    why: ClassVar[str]  # 为什么
    bad: ClassVar[str]  # 示例 (a draft sentence that is flagged)
    good: ClassVar[str]  # 应改为
    fix_title: ClassVar[str] = ""  # what the drafter should do, one line
    # Emitted by the engine itself (GW001/GW002), not by check().
    engine_only: ClassVar[bool] = False

    def check(self, ctx: "LintContext") -> Iterator[Violation]:  # pragma: no cover - interface
        return iter(())

    @classmethod
    def doc(cls) -> dict:
        return {
            "code": cls.code, "name": cls.name, "severity": cls.severity, "basis": cls.basis,
            "summary": cls.summary, "why": cls.why, "bad": cls.bad, "good": cls.good,
            "fix_title": cls.fix_title,
        }

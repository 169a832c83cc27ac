"""The rule contract.

A rule is one file (``gwlint/rules/gwN/gwNNN_name.py``) holding one small class:
its code, name, default severity, the clause it enforces (``basis``), its
documentation (做什么/为什么/示例/应改为), its typed ``Settings`` (defaults in its
data file ``data_file``), runnable ``examples`` (at least one that must fire and
one that must stay silent, each in a named frame of :mod:`gwlint.rules.examples`)
and ``check``, which reads the :class:`~gwlint.analysis.context.Context` and yields
:class:`~gwlint.findings.Violation` objects and nothing else.

Rules never read files, never print, never import another rule, and never
resolve overlapping fixes (:mod:`gwlint.fixes` does).  What more than one rule
needs lives in :mod:`gwlint.analysis`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from ..analysis.settings import NoSettings, Regex, RuleSettings  # noqa: F401  (the contract's types)
from ..findings import Violation

if TYPE_CHECKING:
    from ..analysis.context import Context


@dataclass(frozen=True)
class Example:
    """A runnable example: ``text`` placed in ``frame`` must make the rule fire
    (``fires=True``) or keep it silent.  ``frame`` names a document skeleton of
    :data:`gwlint.rules.examples.FRAMES` ("dept_to_cities": a provincial department
    writing to 设区市 governments …); ``"whole"`` means ``text`` is the whole draft.
    ``title`` and ``recipients`` override the frame's; ``options`` are config options."""

    text: str
    fires: bool
    frame: str = "dept_to_cities"
    title: str | None = None
    recipients: str | None = None
    options: tuple[tuple[str, Any], ...] = ()
    note: str = ""
    # render as a .docx laid out by gwlint.docgen with these layout overrides
    # (() = the standard's layout); None = plain text
    docx: tuple[tuple[str, Any], ...] | None = None


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
    # The rule's settings (a RuleSettings dataclass) and the file of dictionaries/
    # holding their defaults.
    Settings: ClassVar[type | None] = None
    data_file: ClassVar[str | None] = None
    examples: ClassVar[tuple[Example, ...]] = ()

    def check(self, ctx: "Context") -> Iterator[Violation]:  # pragma: no cover - interface
        return iter(())

    @classmethod
    def doc(cls) -> dict:
        return {
            "code": cls.code, "name": cls.name, "severity": cls.severity, "basis": cls.basis,
            "summary": cls.summary, "why": cls.why, "bad": cls.bad, "good": cls.good,
            "fix_title": cls.fix_title,
        }


def collect(package: str, modules: tuple[str, ...]) -> tuple[type[Rule], ...]:
    """The rule classes of a family package's one-rule ``modules`` (for its ``__register__``)."""
    import importlib

    out: list[type[Rule]] = []
    for name in modules:
        mod = importlib.import_module(f"{package}.{name}")
        out.extend(v for v in vars(mod).values()
                   if isinstance(v, type) and issubclass(v, Rule) and v.__module__ == mod.__name__)
    return tuple(out)

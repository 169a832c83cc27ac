"""Memory that lives as long as one document's lint.

Rules and the analysis layer ask pure questions of the same texts again and
again: the tokens of a paragraph and of each of its sentences, the units named
in a measure, ….  :class:`gwlint.analysis.context.Context` caches what is asked
by paragraph; functions that take a text (and no Context) memoise here instead,
through :func:`per_document`.  A global LRU of bounded size would serve short
documents only: on a long one each rule's pass evicts what the next rule asks
for, and the cost per 字 grows with length.  This memo is opened by the engine
around one document (:func:`document_scope`), so it costs memory in proportion
to the document and is dropped with it.  Per thread and task (a context
variable); outside a scope nothing is kept.
"""
from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

_SCOPE: ContextVar[dict | None] = ContextVar("gwlint_document_memo", default=None)
_MISSING = object()
F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def document_scope(*, join: bool = False):
    """Within the block, :func:`per_document` functions compute each answer once.
    With ``join``, a scope already open is used as it is: a caller that asks more
    of the same document after its lint (the audit worker's structure facts) opens
    the scope around both."""
    if join and _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def table(key: Any) -> dict | None:
    """The current document's dict under ``key`` (made on first use); None
    outside a :func:`document_scope`."""
    scope = _SCOPE.get()
    if scope is None:
        return None
    d = scope.get(key)
    if d is None:
        d = scope[key] = {}
    return d


def per_document(fn: F) -> F:
    """Memoise ``fn`` (positional, hashable arguments) for the current document.
    Every caller gets the same object back: results must be immutable, or the
    function copies them (callers may not mutate)."""

    @wraps(fn)
    def memoised(*args):
        scope = _SCOPE.get()
        if scope is None:
            return fn(*args)
        d = scope.get(memoised)
        if d is None:
            d = scope[memoised] = {}
        val = d.get(args, _MISSING)
        if val is _MISSING:
            val = d[args] = fn(*args)
        return val

    return memoised  # type: ignore[return-value]

"""Shared test helpers: lint a text, build configs, render drafts in three formats.

New tests import from here instead of defining their own ``lint()``; the drafts
module (``tests/drafts.py``) is re-exported for the older tests.
"""
from __future__ import annotations

from .drafts import BODY_SENTENCES, finding_key, office_circular, render_draft  # noqa: F401


def config(select: str | list[str] | None = None, **options):
    """A default Config, optionally limited to ``select`` codes, with rule ``options``
    ("GW503.max_chars" = …) validated as a config file's would be."""
    from gwlint.config import Config
    from gwlint.analysis.settings import validate_options

    cfg = Config()
    if select:
        cfg.select = [select] if isinstance(select, str) else list(select)
    if options:
        validate_options(options, "test")
        cfg.options.update(options)
    return cfg


def lint_text(text: str, select: str | list[str] | None = None, *, name: str = "draft.txt", **options) -> list:
    """Findings of a plain-text draft (one paragraph a line)."""
    from gwlint.api import lint_bytes

    return lint_bytes(text.encode("utf-8"), name, config(select, **options)).findings


def codes(findings, code: str | None = None) -> list[str]:
    return [f.code for f in findings if code is None or f.code == code]


def eval_bench():
    """``bench/eval_rules.py`` (the evaluation runner) as a module, loaded once."""
    import importlib.util
    import sys
    from pathlib import Path

    if "eval_rules" not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "bench" / "eval_rules.py"
        spec = importlib.util.spec_from_file_location("eval_rules", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["eval_rules"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["eval_rules"]


def drafts_per_code(drafts) -> tuple[dict, dict]:
    """({code: ids of drafts expecting it}, {code: ids of drafts that are its near-misses}) of an eval set."""
    from collections import defaultdict

    positive: dict[str, set[str]] = defaultdict(set)
    near: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        for e in d.expects:
            positive[e.code].add(d.id)
        for code in d.near_misses:
            near[code].add(d.id)
    return positive, near


def read_as_gongwen(source: str):
    """The structure of an eval draft's plain text, after checking that the .txt reader keeps its paragraphs."""
    from gwlint.docgen import parse_marked, plain_text
    from gwlint.readers import read_bytes
    from gwlint.structure import analyze

    text = plain_text(parse_marked(source))
    doc = read_bytes(text.encode("utf-8"), "draft.txt")
    assert [p.text for p in doc.paragraphs] == [p for p in text.splitlines() if p.strip()]
    return analyze(doc)


def rule_codes() -> set[str]:
    from gwlint.rules import all_rules

    return {r.code for r in all_rules()}


def assert_labels_valid(draft, ev, codes: set[str]) -> None:
    """A labelled eval draft: a frame, known and counted codes, every snippet in exactly one
    paragraph (or in identical ones, or equal to one whole paragraph), no code both expected and a near-miss, valid .docx overrides."""
    assert not draft.label_errors, draft.label_errors
    assert draft.frame, "every draft says who writes to whom (# frame: …)"
    for e in draft.expects:
        assert e.code in codes, f"line {e.source_line}: unknown code {e.code}"
        assert not e.code.startswith("GW0")
        assert draft.counted(e.code), f"line {e.source_line}: {e.code} is not counted in this draft (# eval:)"
        for alt in e.alternatives:
            # cells repeated row after row (每季度结束后10日内 in every row) are one place to the labeller:
            # a finding on any of them is the same answer
            hits = {p for p in ev.paragraphs(draft) if alt in p}
            # a snippet that is a whole paragraph (a table cell: 佐证资料) names that one, though other paragraphs
            # hold its words (……逐项查看佐证资料……)
            if len(hits) > 1 and alt.strip() in {p.strip() for p in hits}:
                hits = {alt.strip()}
            assert len(hits) == 1, f"line {e.source_line}: snippet {alt!r} is in {len(hits)} different paragraphs"
    for code in draft.near_misses:
        assert code in codes, f"unknown near-miss code {code}"
        assert code not in {e.code for e in draft.expects}, f"{code} is both expected and a near-miss"
    if draft.docx_overrides is not None:
        from gwlint.docgen.docx import _options

        _options(draft.docx_overrides)


def assert_positives_and_near_misses(drafts, families: tuple[str, ...], min_each: int) -> None:
    positive, near = drafts_per_code(drafts)
    required = sorted(c for c in rule_codes() if c.startswith(families))
    short = {c: (len(positive[c]), len(near[c])) for c in required
             if len(positive[c]) < min_each or len(near[c]) < min_each}
    assert not short, f"rules with fewer than {min_each} positive / near-miss drafts: {short}"


def in_forked_child(fn, held=(), timeout: float = 60.0) -> int:
    """``fn()`` in a child forked while this process holds the locks ``held`` (as another thread of a library
    caller may when it forks); the child's exit code: 0 when ``fn`` returned True, 1 when False or it raised,
    -9 when it hung past ``timeout`` (killed)."""
    import contextlib
    import os
    import signal
    import time

    with contextlib.ExitStack() as stack:
        for lock in held:
            stack.enter_context(lock)
        pid = os.fork()
        if pid == 0:  # the child: never back into the test runner
            code = 1
            try:
                code = 0 if fn() else 1
            finally:
                os._exit(code)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return -9

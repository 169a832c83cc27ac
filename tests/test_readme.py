"""The README's rule table and quick start stay true."""
from __future__ import annotations

import re

from gwlint.cli import rules_markdown
from gwlint.rules import all_rules

from .conftest import REPO


def test_rule_table_in_sync_with_registry():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules:start.*?-->\n(.*?)\n<!-- rules:end -->", readme, re.S)
    assert m, "rule table markers missing in README.md"
    assert m.group(1).strip() == rules_markdown(all_rules()).strip(), \
        "README rule table is stale: paste the output of `gwlint rule --format markdown`"


def test_every_rule_is_documented():
    for r in all_rules():
        for attr in ("code", "name", "severity", "basis", "summary", "why", "bad", "good"):
            assert getattr(r, attr, "").strip(), f"{r.code} lacks {attr}"
        assert re.fullmatch(r"GW\d{3}", r.code) and re.fullmatch(r"[a-z0-9-]+", r.name)
        assert r.severity in ("info", "warning", "error")


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -e ".[test]"' in readme and 'pip install -q -e ".[test]"' in ci
    assert "python -m pytest -q" in readme and "python -m pytest -q" in ci

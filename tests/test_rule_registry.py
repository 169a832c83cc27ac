"""The rule contract: every rule documents itself, declares typed settings and
carries runnable examples that behave as documented."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from gwlint.analysis.settings import RuleSettings, schema_of
from gwlint.rules import all_rules
from gwlint.rules.examples import FRAMES, render, run

# Families still in one module each, waiting to be split into one module per rule
# (see CONTRIBUTING.md).  Remove a code here when its rule moves to gwlint/rules/gwN/.
NOT_YET_PORTED = set()
RULES_DIR = Path(__file__).resolve().parents[1] / "gwlint" / "rules"
CHECKED = [r for r in all_rules() if not r.engine_only]
PORTED = [r for r in CHECKED if r.code not in NOT_YET_PORTED]


def test_every_rule_has_its_documentation():
    for r in CHECKED:
        for attr in ("code", "name", "severity", "basis", "summary", "why", "bad", "good"):
            assert getattr(r, attr, ""), f"{r.code} has no {attr}"
        assert r.severity in ("info", "warning", "error")


@pytest.mark.parametrize("rule", PORTED, ids=lambda r: r.code)
def test_ported_rule_contract(rule):
    # one module per rule, named by code and name, in its family package
    mod = rule.__module__.rsplit(".", 1)[-1]
    assert mod == f"{rule.code.lower()}_{rule.name.replace('-', '_')}", mod
    assert rule.__module__.startswith(f"gwlint.rules.gw{rule.code[2]}.")
    # typed settings and a data file that exists when named
    assert rule.Settings is not None and dataclasses.is_dataclass(rule.Settings)
    assert issubclass(rule.Settings, RuleSettings)
    schema_of(rule)  # resolvable types
    if rule.data_file:
        from gwlint.data import data_path

        assert data_path(rule.data_file).is_file()
    # examples: at least one that fires and one that stays silent, in known frames
    fires = [e for e in rule.examples if e.fires]
    silent = [e for e in rule.examples if not e.fires]
    assert fires and silent, f"{rule.code} needs an example that fires and one that stays silent"
    for e in rule.examples:
        assert e.frame == "whole" or e.frame in FRAMES


@pytest.mark.parametrize("rule,ex", [(r, e) for r in PORTED for e in r.examples],
                         ids=lambda x: x.code if isinstance(x, type) else "")
def test_examples_behave_as_documented(rule, ex):
    found = run(rule, ex)
    if ex.fires:
        assert found, f"{rule.code} example should fire:\n{render(ex)}"
    else:
        assert not found, f"{rule.code} example should stay silent:\n{render(ex)}" + \
            "\n".join(f.message for f in found)


def test_no_rule_imports_another_rule():
    """A rule module imports the analysis layer, findings and the contract — never a
    rule module (its own family's __init__ for basis strings is fine)."""
    rule_modules = {p.stem for p in RULES_DIR.glob("gw*/gw*.py")} | {
        "tool"}
    for path in sorted(RULES_DIR.glob("gw*/gw*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [(node.module or "")] + [a.name for a in node.names]
                for n in names:
                    last = n.rsplit(".", 1)[-1]
                    assert last not in rule_modules or last == path.stem, f"{path.name} imports {n}"


def test_ported_rule_modules_stay_small():
    for path in sorted(RULES_DIR.glob("gw*/gw*.py")):
        n = len(path.read_text(encoding="utf-8").splitlines())
        assert n <= 300, f"{path.name} has {n} lines"

"""Findings on the real local documents against their hand labels (issue 15).

GW1xx–GW4xx are judged in labels.toml, GW5xx/GW7xx/GW8xx in fmt_labels.toml (round 8). Every finding of these codes on ``tests/corpus/local/`` must be a labelled true violation (``expect``) or a
labelled defensible one (``tolerate``), and every ``expect`` must be found: a new false alarm or a lost true
finding on real documents fails here, not only in the evaluation figures.
"""
from __future__ import annotations

import tomllib

import pytest

from gwlint.api import lint_path

from .test_local_structure import LABELS, LOCAL, _names

CODES = ("GW1", "GW2", "GW3", "GW4")
FMT_CODES = ("GW5", "GW7", "GW8")
FMT_LABELS: dict[str, dict] = tomllib.loads((LOCAL / "fmt_labels.toml").read_text(encoding="utf-8"))["files"]


def _judge(name: str, findings=None, codes=CODES, labels=LABELS) -> tuple[list[str], list[str]]:
    """(unlabelled findings, expected violations not found) of one document."""
    lines = (LOCAL / name).read_text(encoding="utf-8").splitlines()
    findings = [f for f in (findings if findings is not None else lint_path(LOCAL / name).findings)
                if f.code.startswith(codes)]
    label = labels.get(name, {})
    expect = [dict(e, _need=True) for e in label.get("expect", [])]
    entries = expect + [dict(e, _need=False) for e in label.get("tolerate", [])]
    used = [False] * len(entries)
    false_alarms = []
    # findings placed on a paragraph first match the entries that name it; the rest take a document-level entry
    for f in sorted(findings, key=lambda f: f.line is None):
        text = lines[f.line - 1] if f.line else ""
        k = next((i for i, e in enumerate(entries) if not used[i] and e["code"] == f.code
                  and "snippet" in e and e["snippet"] in text), None)
        if k is None:
            k = next((i for i, e in enumerate(entries) if not used[i] and e["code"] == f.code
                      and "snippet" not in e), None)
        if k is None:
            false_alarms.append(f"{f.code} line {f.line}: {text[:40]}")
        else:
            used[k] = True
    missed = [f"{e['code']} {e.get('snippet', '(document)')}" for i, e in enumerate(entries) if e["_need"] and not used[i]]
    return false_alarms, missed


@pytest.mark.parametrize("name", _names())
def test_local_findings_match_the_labels(name):
    findings = lint_path(LOCAL / name).findings
    false_alarms, missed = _judge(name, findings)
    assert not false_alarms, f"{name}: unlabelled findings {false_alarms}"
    assert not missed, f"{name}: labelled violations not found {missed}"
    false_alarms, missed = _judge(name, findings, FMT_CODES, FMT_LABELS)
    assert not false_alarms, f"{name}: unjudged GW5/GW7/GW8 findings {false_alarms}"
    assert not missed, f"{name}: judged GW5/GW7/GW8 violations not found {missed}"


def test_fmt_labels_name_real_documents():
    assert set(FMT_LABELS) <= set(_names())

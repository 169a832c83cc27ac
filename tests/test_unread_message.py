"""A PDF without a usable text layer (a scan, fonts without a Unicode map) is told the same way by
every entry point: ``check`` (GW002), ``gwlint text``, ``gwlint inspect`` and the API's inspect."""
from __future__ import annotations

import json

import pytest

from gwlint.api import inspect_bytes, lint_bytes

from .badcorpus import cid_only_pdf, scanned_pdf
from .conftest import run_cli

WHOLE = {
    "scan": (lambda: scanned_pdf(set(), 2), "扫描件"),
    "cid": (lambda: cid_only_pdf(), "Unicode 映射"),
}


@pytest.mark.parametrize("kind", sorted(WHOLE))
def test_every_entry_point_gives_one_message(kind, tmp_path):
    make, needle = WHOLE[kind]
    data = make()
    p = tmp_path / f"{kind}.pdf"
    p.write_bytes(data)
    res = lint_bytes(data, p.name, limits=None)
    assert [(f.code, f.severity) for f in res.findings] == [("GW002", "error")]
    message = res.findings[0].message
    assert needle in message and "无法检查" in message and "请" in message  # with its advice

    assert inspect_bytes(data, p.name, limits=None).error == message

    checked = run_cli("check", str(p), "--format", "json")
    assert checked.returncode == 1 and json.loads(checked.stdout)[0]["message"] == message
    for command in ("text", "inspect"):
        r = run_cli(command, str(p))
        assert r.returncode == 1, (command, r.stderr)
        assert f"gwlint: {p}: {message}" in r.stderr.decode().splitlines(), command


def test_some_pages_without_text_same_words_in_check_and_text(tmp_path):
    p = tmp_path / "mixed.pdf"
    p.write_bytes(scanned_pdf({1}, 3))
    found = [f for f in lint_bytes(p.read_bytes(), p.name, limits=None).findings if f.code == "GW002"]
    assert len(found) == 1 and found[0].severity == "warning" and "第 2、3 页" in found[0].message
    r = run_cli("text", str(p))
    assert r.returncode == 0 and "森林防火" in r.stdout.decode()
    assert f"gwlint: {p}: {found[0].message}" in r.stderr.decode().splitlines()

"""Drafts typed in traditional characters are read with the simplified tables (issue 15):
structure, issuers and units are recognised; excerpts and locations stay the original's."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft

TRADITIONAL = """\
@title 江西省農業農村廳關於做好2026年春季農業生產工作的通知
@doc_number 贛農字〔2026〕12號
@recipients 各設區市人民政府，省直有關單位：
為做好春季農業生產工作，現就有關事項通知如下。
一、各設區市人民政府要組織農技人員下沉一線，開展技術指導。
二、省農業農村廳將會同省財政廳加強農資市場監管。
@signature 江西省農業農村廳
@date 2026年2月20日
"""


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_traditional_draft_structure_and_rules(fmt, tmp_path):
    from gwlint.analysis.structure import analyze
    from gwlint.readers import read_path
    from gwlint.script import simplified_view

    path = render_draft(TRADITIONAL, fmt, tmp_path)
    doc = read_path(path)
    gw = analyze(simplified_view(doc))
    assert gw.issuer is not None and gw.issuer.name.endswith("农业农村厅")
    assert gw.recipients is not None and gw.doc_number is not None and gw.date_value is not None
    r = lint_path(path)
    codes = [f.code for f in r.findings]
    # 署名, 主送 and 文号 (…12號) are read: no structure complaints
    assert not {"GW701", "GW704", "GW708"} & set(codes), codes
    # a department ordering lower governments is caught in traditional script too,
    # and the excerpt shows the text as written
    gw104 = [f for f in r.findings if f.code == "GW104"]
    assert gw104 and "設區市" in gw104[0].excerpt


def test_simplified_view_keeps_offsets():
    from gwlint.script import simplified

    text = "江西省人民政府辦公廳關於印發《實施方案》的通知"
    out = simplified(text)
    assert out == "江西省人民政府办公厅关于印发《实施方案》的通知" and len(out) == len(text)
    assert simplified("各设区市人民政府") == "各设区市人民政府"

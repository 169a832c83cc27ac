"""Family 7 — 格式 (GB/T 9704-2012《党政机关公文格式》, 《党政机关公文处理工作条例》).

One rule per module.  Rules work on the recognised structure
(:mod:`gwlint.analysis.structure`), so a .txt, .pdf or .docx draft gives the same
findings; only GW707 reads layout, which only .docx carries.  Every finding with
one obvious correction carries a :class:`~gwlint.findings.Fix` whose span is exact
within its paragraph and as small as the correction.
"""
from __future__ import annotations

from ..base import collect


BASIS_9704 = "GB/T 9704-2012《党政机关公文格式》"
BASIS_RULES = "《党政机关公文处理工作条例》"

MODULES = ("gw701_doc_number_format", "gw702_date_format", "gw703_title_format", "gw704_recipient_format",
           "gw705_heading_sequence", "gw706_attachment_mismatch", "gw707_docx_layout", "gw708_missing_element",
           "gw709_request_rules")


__register__ = collect(__name__, MODULES)

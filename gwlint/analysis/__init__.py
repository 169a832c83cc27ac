"""The analysis layer: everything more than one rule needs, computed once per document.

Modules (each cheap to import; jieba loads on first use):

* :mod:`.context` — :class:`Context`, one per document, caching all facts below;
* :mod:`.tokens` — :class:`TokenIndex` and the one token-aligned word finder;
* :mod:`.sentences` — sentences, clauses, quotation spans, directive sentences, :class:`Sent`;
* :mod:`.demands` — is a word demanded, negated, under a deadline, relayed from a higher body;
* :mod:`.submissions` — what a sentence asks to be submitted (materials, verbs) and by whom;
* :mod:`.negation` — the one negation/scope reader, vocabularies with per-rule deltas;
* :mod:`.markers` — the one list-marker/numeral model (一、 （一） 1. （1） ① 第一条);
* :mod:`.lexicon` — shared grammar words (dictionaries/lexicon.toml) and data-file deltas;
* :mod:`.orgs`, :mod:`.units` — organisations (kind, level) and unit mentions; :mod:`.divisions` — every
  prefecture- and county-level division of China (dictionaries/divisions.tsv, loaded on first use);
* :mod:`.elements` — 文号, 文种, dates: parsing shared by structure and rules;
* :mod:`.structure` — the 公文 structure, recognised by small ordered recognisers;
* :mod:`.tables` — the one table builder (docx/pdf cells, tab-separated, one cell per line);
* :mod:`.facts` — shared facts: approval, legal basis, recipients below the issuer,
  levels with work, policy measures, responsibility rows, length class;
* :mod:`.inspections` — inspections launched by the issuer (督查/检查/考核 of whom, filed or not);
* :mod:`.settings` — typed rule settings, validated when the config is loaded.
"""
from __future__ import annotations

from .context import Context

__all__ = ["Context"]

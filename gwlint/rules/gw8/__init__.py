"""Family 8 — 语言文字 (GB/T 15834-2011 标点符号用法, GB/T 15835-2011 出版物上数字用法).

GB/T 9704-2012 §9 makes GB/T 15834 and GB/T 15835 binding for 公文;
《党政机关公文处理工作条例》第二十条 asks reviewers to check 文字、数字、标点符号.
One rule per module.  Word-level rules (GW803, GW806) match on jieba tokens so that
a wrong form inside a longer correct word (截止日期, 严禁鱼塘) is not flagged.  Every
finding with one obvious correction carries a Fix with an exact span; fixes of
families 7 and 8 never cover the same character (positional marks are family 7's,
see :func:`gwlint.analysis.facts.positional_marks`).
"""
from __future__ import annotations

import re

from ..base import collect

BASIS_15834 = "GB/T 15834-2011《标点符号用法》"
BASIS_15835 = "GB/T 15835-2011《出版物上数字用法》"
CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

MODULES = ("gw801_halfwidth_punctuation", "gw802_unpaired_punctuation", "gw803_confused_word", "gw804_number_usage",
           "gw805_standard_phrasing", "gw806_repeated_char")


__register__ = collect(__name__, MODULES)

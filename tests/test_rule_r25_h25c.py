"""Readings h25c fixed in round 25 (holdout29r's leftovers), in phrasings of its own:

- GW804 (elements.chinese_gregorian_dates): a month followed by a day of the sexagenary cycle (八月至十月亥日,
  十月第一个卯日, 六月逢辰日) is a date of the lunar calendar or of a people's own calendar — festivals reckoned
  so keep Chinese numerals — and the span's first end is lunar with it; a month span followed by other words
  (八月至十月开展排查) is still Gregorian (holdout29r gw804-g58c).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW804: a month before a sexagenary day is lunar
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["各县按传统习俗组织节庆活动。", "（一）苗年。苗族群众于十月至十一月第一个卯日过苗年，各县做好安全保障。"], False),
    (["各县按传统习俗组织节庆活动。", "@table 节日|传统日期|举办地点", "@table 端节|九月至十一月亥日|都匀市",
      "@table 卯节|六月逢卯日|三都县"], False),
    (["各县按传统习俗组织节庆活动。", "注：水族端节自八月至十月的亥日分批过节，具体日期由各寨商定。"], False),
    (["各县按传统习俗组织节庆活动。", "（一）排查。八月至十月开展一次消防安全排查，各县做好记录。"], True),
    (["各县按传统习俗组织节庆活动。", "@table 节日|传统日期|举办地点", "@table 端节|九月至十一月|都匀市",
      "@table 卯节|六月|三都县"], True),
])
def test_gw804_sexagenary_day_is_lunar(body, fires, fmt, tmp_path):
    src = marked_doc("黔南州文体广电旅游局", "各县（市）文体广电旅游局：", body,
                     title="关于做好民族传统节日活动保障工作的通知", docno="黔南文旅发〔2027〕5号", date="2027年3月2日")
    found = _codes(src, fmt, tmp_path, "GW804")
    assert bool(found) == fires, [f.message for f in found]

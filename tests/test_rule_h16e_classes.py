"""Classes of round 16 (issue 15) in the style, meeting, inspection and language rules, in phrasings of
their own (helper h16e):

- GW804: Gregorian months and dates written in Chinese numerals (三月下旬, 六月底前, 十二月三十一日) in
  running text, table cells and deadlines; lunar dates, festival names, names holding a month, 一月一次,
  第三季度 and quoted titles stay quiet.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes, _doc


# ------------------------------------------------------------ GW804 Chinese numerals in Gregorian dates
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, wrong", [
    ("全市早稻集中育秧于三月下旬全面启动。", "三月下旬"),
    ("各县（区）要在六月底前完成项目招标。", "六月底"),
    ("全部项目于十二月三十一日前完工。", "十二月三十一日"),
    ("今年十一月召开现场推进会。", "十一月"),
    ("@table 序号|活动|时间\n@table 1|广场舞展演|五月二十日\n@table 2|文艺汇演|2026年9月", "五月二十日"),
])
def test_gw804_chinese_gregorian_date(line, wrong, fmt, tmp_path):
    src = _doc("萍乡市农业农村局", "各县（区）农业农村局：", ["现就有关事项通知如下。", *line.split("\n")])
    found = _codes(src, fmt, tmp_path, "GW804")
    assert [f.excerpt for f in found] == [wrong], [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "农历三月初三前后举办“壮族三月三”歌圩，正月十五、腊月二十三的传统活动统筹安排。",
    "“五一”“十一”期间加强巡查，五四青年节、三八红旗手表彰由各地自行安排。",
    "大理三月街民族节于4月19日开幕，市场巡查一月一次，第三季度再开展一次检查。",
    "此前印发的《关于做好二〇二五年十二月三十一日前统计工作的通知》停止执行。",
])
def test_gw804_lunar_names_and_quotes_quiet(line, fmt, tmp_path):
    src = _doc("大理白族自治州商务局", "各县（市）商务局：", ["现就有关事项通知如下。", line])
    assert _codes(src, fmt, tmp_path, "GW804") == []

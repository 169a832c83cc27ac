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


def _notice(issuer: str, recipients: str, body: list[str], title: str, tail: list[str] = ()) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕12号", date="2027年5月8日", tail=tail)


# ------------------------------------------------------------ GW302: a material as topic, said of by each later clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["各村要做好防返贫监测。", "（三）驻村工作队员的走访笔记和帮扶对象签字确认单，由镇纪委每季度抽查，作为驻村干部年度考核和评优的主要依据。"], True),
    (["各村要做好防返贫监测。", "三、工作要求", "帮扶干部的入户记录、签名单，经村两委核对，年底由镇党委统一汇总，列为帮扶干部年度考评和提拔使用的重要依据。"], True),
    (["各村要做好防返贫监测。", "（三）驻村工作队员的走访笔记和帮扶对象签字确认单，由各村妥善保管，不作为考核依据。"], False),
    (["各村要做好防返贫监测。", "（三）驻村工作队员的走访笔记由本人留存，镇里年底对防返贫监测工作进行考核。"], False),
])
def test_gw302_topic_material_later_clause(body, fires, fmt, tmp_path):
    src = _notice("石阡县龙塘镇人民政府", "各村民委员会：", body, "关于做好2027年驻村帮扶工作的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: 以…为准 of a text's content is no yardstick
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["市政府于4月20日召开全市安全生产工作会议。", "会议议定事项以市政府办公室印发的会议纪要为准，各地抓好落实。"], False),
    (["市政府于4月20日召开全市安全生产工作会议。", "注：上述安排的具体表述，均以市政府印发的会议纪要为准。"], False),
    (["市政府于4月20日召开全市安全生产工作会议。", "各地隐患整改是否到位，以整改台账和整改前后照片为准。"], True),
])
def test_gw302_version_yardstick(body, fires, fmt, tmp_path):
    src = _notice("安顺市安全生产委员会办公室", "各县（区）安委办：", body, "关于抓好全市安全生产工作会议精神落实的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: a patrol's pictures used as yardstick later: one
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, count", [
    (["二、巡查要求。网格员每日巡查须拍摄现场照片不少于2张。拍摄的照片每月汇总一次，作为网格员月度考核的依据。"], 1),
    (["二、巡查要求。护林员每次巡山都要在护林APP上传带水印的照片。镇林业站汇总照片和巡山日志，作为劳务补助发放和年度考评的依据。"], 1),
])
def test_gw302_patrol_pictures_once(body, count, fmt, tmp_path):
    src = _notice("榕江县林业局", "各乡镇人民政府：", ["为落实林长制，现就有关事项通知如下。", *body],
                  "关于加强护林巡查工作的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == count, [f.message for f in found]


# ------------------------------------------------------------ GW302: a list told at its column, not at its pointer/title
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_list_told_at_column(fmt, tmp_path):
    body = ["省教育厅将于11月对我市开展学前教育普及普惠督导评估。", "二、各县区迎检资料请按附件清单准备，由县区教育局统一保管。",
            "@attachment_note 附件：学前教育督导评估迎检资料清单"]
    tail = ["@page_break", "@attachment_label 附件", "@attachment_title 学前教育督导评估迎检资料清单",
            "@table 序号|评估指标|佐证资料（评估时提供）", "@table 1|普惠园覆盖|普惠园认定文件、现场照片",
            "@table 2|教师培训|培训通知、签到表和培训照片", "@table 3|保教质量|教研活动记录、活动照片"]
    src = _notice("毕节市教育局", "各县（市、区）教育局：", body, "关于做好学前教育督导评估迎检工作的通知", tail)
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == 1, [(f.line, f.message) for f in found]


# ------------------------------------------------------------ GW302: materials boxed and laid out for the inspectors
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["省卫生健康委将于10月对我市开展健康促进县区复核。", "（二）各医疗卫生单位近三年健康教育资料要分类装盒，按复核指标编号摆放。"], True),
    (["省卫生健康委将于10月对我市开展健康促进县区复核。", "（二）各医疗卫生单位按复核指标自查，查出的问题当月整改。"], False),
])
def test_gw302_boxed_for_inspection(body, fires, fmt, tmp_path):
    src = _notice("六盘水市卫生健康局", "各县（市、区）卫生健康局：", body, "关于做好健康促进县区复核迎检工作的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]

"""Readings s26b fixed in round 26 (second wave; holdout30r's GW104 false alarms), in surfaces of its own.

- Reading "is the issuer a department of a government" (facts.government_department_issuer): a mass
  organisation's committee spelled in full -- 共青团贵阳市委员会, 中国共产主义青年团××县委员会 -- was read as a
  department (its name ends in 委员会 like a government commission), so its demands on the governments it also
  writes to were taken for a department's orders (holdout30r gw104-g67c).  The reading now asks whether any
  issuer stands outside the government system (party, 人大, 政协, courts, mass organisations, the Youth League
  however spelled).  Base score on the 11 surfaces below (txt): 5 of 5 innocent wrong, 6 of 6 guilty right.
- Reading "whose words is this clause" (predicates.reported_by_other, subject clauses): a sentence that opens
  with another body and its verb of saying (条例第十一条规定，……; 《安全生产法》规定，……; 国务院强调，……)
  reports that body's words in every clause up to its full stop, not only in the first: 条例第十一条规定，乡镇人民政府
  应当……，县级人民政府应当予以经费保障 quotes the county's duty too (holdout30r gw105-g71b).  A new sentence,
  or a clause after 按照/为落实……规定 (the issuer's own demand), is not reported.  Base score on the 10 surfaces
  below (txt): 4 of 5 innocent wrong, 5 of 5 guilty right.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知", tail=()) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日",
                      tail=list(tail))


# ------------------------------------------------------------ GW104: a Youth League committee is no department
YOUTH = [
    # innocent: the issuer is the Youth League (full name), whatever level and position of the demand
    ("共青团南宁市委员会", "各县（区）团委，各县（区）人民政府：",
     ["一、各县（区）人民政府要落实见习补贴所需资金，确保按月足额发放。"], False),
    ("共青团浙江省委员会", "各市团委，各市人民政府：",
     ["为做好青年志愿服务工作，现将有关事项通知如下。", "各市人民政府应当将青年志愿服务站点建设纳入民生实事项目。"], False),
    ("中国共产主义青年团赣县区委员会", "各乡镇团委，各乡镇人民政府：",
     ["各乡镇人民政府务必在7月底前落实青年之家活动场所。"], False),
    ("共青团遵义市委员会", "各县（市、区）人民政府，市直有关单位：",
     ["@table 序号|任务|要求", "@table 1|见习补贴|各县（市、区）人民政府要确保资金按月到位"], False),
    ("中国共产主义青年团黔东南州委员会", "各县（市）人民政府：",
     ["请各县（市）人民政府于8月底前将青年就业见习基地名单报团州委。"], False),
    # guilty: a government department writing the same demands
    ("南宁市人力资源和社会保障局", "各县（区）人民政府：",
     ["一、各县（区）人民政府要落实见习补贴所需资金，确保按月足额发放。"], True),
    ("浙江省民政厅", "各市人民政府：",
     ["为做好青年志愿服务工作，现将有关事项通知如下。", "各市人民政府应当将青年志愿服务站点建设纳入民生实事项目。"], True),
    ("赣州市赣县区教育局", "各乡镇人民政府：",
     ["各乡镇人民政府务必在7月底前落实青年之家活动场所。"], True),
    ("遵义市人力资源和社会保障局", "各县（市、区）人民政府，市直有关单位：",
     ["各县（市、区）人民政府要确保见习补贴资金按月到位。"], True),
    ("黔东南州人力资源和社会保障局", "各县（市）人民政府：",
     ["请各县（市）人民政府于8月底前将青年就业见习基地名单报州人社局。"], True),
    ("南宁市青年工作局", "各县（区）人民政府：",
     ["各县（区）人民政府要落实见习补贴所需资金。"], True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", YOUTH)
def test_gw104_youth_league_is_no_department(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: a reported sentence is reported to its end
REPORTED = [
    # innocent: every clause after 条例……规定， / 国务院强调， is the other body's words
    ("宁夏回族自治区应急管理厅", "各市、县（区）人民政府：",
     ["二、条例第十一条规定，乡镇人民政府应当明确负责安全生产监督管理的机构，县级人民政府应当予以经费保障。"], False),
    ("湖北省应急管理厅", "各市、州人民政府：",
     ["《安全生产法》规定，县级以上地方各级人民政府应当加强安全生产监管，设区的市级人民政府应当组织专项整治。"], False),
    ("江西省农业农村厅", "各设区市人民政府：",
     ["国务院强调，各地要压实粮食安全属地责任，各设区市人民政府要把撂荒地复耕纳入年度考核。"], False),
    ("昆明市住房和城乡建设局", "各县（市、区）人民政府：",
     ["现将条例修改要点告知如下。", "办法第五条规定，市人民政府负责统筹协调；县级人民政府应当组织实施老旧小区改造。"], False),
    ("大理州林业和草原局", "各县（市）人民政府：",
     ["注：条例第二十条规定，州人民政府负责监督，各县（市）人民政府应当建立护林员队伍。"], False),
    # guilty: the issuer's own demand after the report (new sentence; 按照/为落实……规定)
    ("宁夏回族自治区应急管理厅", "各市、县（区）人民政府：",
     ["二、条例第十一条规定了乡镇的职责。县级人民政府要在6月底前予以经费保障。"], True),
    ("湖北省应急管理厅", "各市、州人民政府：",
     ["《安全生产法》规定了地方政府的监管职责，各市、州人民政府要组织专项整治，6月底前完成隐患清零。"], True),
    ("江西省农业农村厅", "各设区市人民政府：",
     ["国务院强调要压实粮食安全属地责任。各设区市人民政府要把撂荒地复耕纳入年度考核。"], True),
    ("昆明市住房和城乡建设局", "各县（市、区）人民政府：",
     ["为落实办法第五条规定，各县（市、区）人民政府应当组织实施老旧小区改造，县级人民政府要配齐人员。"], True),
    ("大理州林业和草原局", "各县（市）人民政府：",
     ["注：各县（市）人民政府应当在9月底前建立护林员队伍，条例第二十条对此有规定。"], True),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", REPORTED)
def test_gw104_reported_sentence_to_its_end(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]

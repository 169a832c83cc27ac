"""Readings h25b fixed in round 25 (second wave; holdout29r's GW201 and GW401 false alarms), in phrasings of its own:

- meetings: a sentence that opens with an earlier notice of the issuer (我厅2月20日下发通知，定于3月……召开; 省政府办公厅
  前期印发的会议通知，明确于3月下旬召开) tells that notice's arrangement, superseded as 原定 is: its date is not the
  document's meeting date; the new one (改至4月10日, 推迟至4月中旬) is (holdout29r gw201-g32b, gw201-g77a). A notice
  cited as the ground of the meeting (根据……2月印发的通知，我厅定于3月……召开) still convenes in March.
- inspections: a visiting team that pays for its meals (按规定缴纳伙食费, 按标准交纳餐费, 自行付费) is not asking the
  visited side to host it, as 食宿自理 is not (gw401-g41a); a demand that the visited side arrange meals still is.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW201: an earlier notice's arrangement, superseded
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body, fires", [
    ("江西省交通运输厅", "各设区市交通运输局：", "关于全省交通运输安全生产工作会议改期召开的通知",
     ["我厅2月20日下发通知，定于3月19日在南昌召开全省交通运输安全生产工作会议。",
      "因工作安排调整，会议改至4月10日召开，地点不变。", "已报名的参会人员不再重新报名。"], False),
    ("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：", "关于调整全省春季农业生产电视电话会议时间的通知",
     ["省政府办公厅前期印发的会议通知，明确于3月下旬召开全省春季农业生产电视电话会议。",
      "经省政府领导同意，会议推迟至4月中旬召开，具体时间另行通知。"], False),
    ("四川省林业和草原局", "各市（州）林业和草原局：", "关于全省林草防火工作座谈会延期举行的通知",
     ["一、我局1月下旬发出的通知，拟于3月12日在雅安召开全省林草防火工作座谈会。",
      "二、座谈会延期至4月8日举行，会期一天。"], False),
    # the earlier notice is the ground, not the arrangement: the meeting is held in March
    ("江西省交通运输厅", "各设区市交通运输局：", "关于召开全省交通运输安全生产工作会议的通知",
     ["根据省政府办公厅2月印发的通知要求，我厅定于3月19日在南昌召开全省交通运输安全生产工作会议。",
      "请各设区市交通运输局主要负责同志参加。"], True),
])
def test_gw201_earlier_notice_superseded(issuer, recipients, title, body, fires, fmt, tmp_path):
    src = marked_doc(issuer, recipients, body, title=title, docno="综函〔2027〕11号", date="2027年3月3日")
    found = _codes(src, fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the team pays for its meals
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("meal, fires", [
    ("调研组乘坐厅机关车辆，用餐安排在县交通运输局机关食堂，按规定缴纳伙食费。", False),
    ("3.午餐安排在所到乡镇政府职工食堂，调研组按标准交费，不接受宴请。", False),
    ("调研期间的工作餐由各县交通运输局统一安排。", True),
])
def test_gw401_team_pays_meals(meal, fires, fmt, tmp_path):
    body = ["为了解农村公路养护和“四好农村路”建设情况，我厅定于5月中旬派调研组赴定西市、陇南市所辖县区开展调研。",
            "调研组直接到养护道班和公路沿线察看，不听取汇报。", meal, "联系人：厅公路处 马文斌，电话：0931-8866021。"]
    src = marked_doc("甘肃省交通运输厅", "定西市、陇南市交通运输局：", body, title="关于开展农村公路养护情况调研的通知",
                     docno="甘交函〔2027〕40号", date="2027年5月6日")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: a distributive subject picks the places to visit
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line, fires", [
    ("泉州市农业农村局", "各县（市、区）农业农村局：", "二、每个县（市、区）挑选1个家庭农场作为考察点，于6月5日前报市局。", True),
    ("瑞安市民政局", "各镇人民政府、街道办事处：", "每一个镇（街道）选择2个运营情况不同的服务站作为调研点。", True),
    ("瑞安市民政局", "各镇人民政府、街道办事处：", "调研组在每个镇（街道）随机选择2个服务站作为调研点，不提前通知。", False),
])
def test_gw401_distributive_subject_stages(issuer, recipients, line, fires, fmt, tmp_path):
    body = ["为了解基层服务站点运营情况，研究改进措施，我局决定于6月中旬开展专题调研。", line,
            "调研组成员由局相关科室人员组成。"]
    src = marked_doc(issuer, recipients, body, title="关于开展基层服务站点运营情况调研的通知",
                     docno="综函〔2027〕21号", date="2027年5月26日")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]

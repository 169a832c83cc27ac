"""Readings g23c fixed in round 23 (holdout27r's GW202 false alarms), in phrasings of its own:

- attendance: a unit's persons right after a waived asking or arranging verb (不安排地方领导陪同, 不再要求县级
  负责同志参会, 无需各县区分管负责同志到场) are not asked to attend (gw202-g01a; the sweep also turned
  holdout23 gw203-n04's 不另安排市州农业农村局负责同志随团).  The same persons asked (安排……陪同) still are.
- attendance: a unit written as the topic, then 请 and a role of its own (各乡镇（街道）请主要负责同志参会。分管……的
  班子成员一同参会。) asks the unit's persons; 分管……工作的班子成员 is a deputy's role (gw202-g01c).
- units: a collective followed by 直 (各区直林场, 各县直单位) names units directly under that level, as one
  followed by 属 does (各市属国有企业), not the lower governments; 各省直管县 is still a county government
  (gw201-g01b).
- GW202: a notice that holds a training named with a bare 培训 (举办全市社会救助业务培训) calls trainees, not
  attendees: only the roles count, not how many levels down they come from (gw202-g04c).
- visited.team_own: a visiting team's own discipline may follow a run-in label (工作要求：调研组……; 调研纪律：) and
  may relieve the visited places in a clause (……，不需各乡镇安排人员陪同): its meals and cars are its own, not asked
  of them (gw401-g03c).  The same sentence handing the meals to the places (就餐由各乡镇安排) still asks.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, title: str, body: list[str]) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕18号", date="2027年6月14日")


# ------------------------------------------------------------ attendance: waived asking verb
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("现场观摩期间，不安排各县（市、区）党政领导陪同，参会人员在周口市机关食堂就餐。", False),
    ("（二）会议期间不另行安排县（市、区）农业农村局负责同志随同观摩，参会人员自行乘车前往。", False),
    ("现场观摩期间，安排各县（市、区）人民政府分管负责同志陪同，参会人员在周口市机关食堂就餐。", True),
])
def test_waived_asking_verb_asks_nobody(line, fires, fmt, tmp_path):
    src = _doc("河南省农业农村厅", "各省辖市农业农村局：", "关于召开全省高标准农田建设现场推进会的通知",
               ["省农业农村厅决定于2027年7月8日在周口市召开全省高标准农田建设现场推进会。",
                "参会人员：各省辖市农业农村局分管负责同志。", line])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ units: 各区直 / 各县直 units are the level's own
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, persons, fires", [
    ("广西壮族自治区林业局", "各设区市林业局，区直林场：", "关于召开全区林下经济工作推进会的通知",
     "各设区市林业局分管负责同志，各区直林场分管负责同志。", False),
    ("云南省林业和草原局", "各州（市）林业和草原局，省直各单位：", "关于召开全省林草防火工作推进会的通知",
     "各州（市）林业和草原局分管负责同志；各省直单位分管负责同志。", False),
    ("广西壮族自治区林业局", "各设区市林业局，区直林场：", "关于召开全区林下经济工作推进会的通知",
     "各设区市林业局分管负责同志，各县（市、区）林业局分管负责同志。", True),
])
def test_directly_owned_units_are_the_levels_own(issuer, recipients, title, persons, fires, fmt, tmp_path):
    src = _doc(issuer, recipients, title, [f"{issuer[:-3] if issuer.endswith('林业局') else issuer}决定召开推进会。",
                                           f"参会人员：{persons}", "会议地点另行通知。"])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: a training named …培训
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, opener, fires", [
    ("关于举办全市养老服务质量业务培训的通知", "市民政局决定举办全市养老服务质量业务培训。", False),
    ("关于举办全市基层统计人员业务培训的通知", "为提升基层统计数据质量，市统计局决定于9月举办全市基层统计人员集中培训。", False),
    ("关于召开全市养老服务质量推进会的通知", "市民政局决定召开全市养老服务质量推进会。", True),
])
def test_training_named_by_bare_peixun(title, opener, fires, fmt, tmp_path):
    issuer = "西宁市民政局" if "民政" in title else "西宁市统计局"
    src = _doc(issuer, "各县（区）民政局：", title,
               [opener, "参加人员：各县（区）民政局分管副局长；各乡镇（街道）社会事务经办人员，每个乡镇（街道）1人。",
                "联系人：张敏，电话：0971-8123456。"])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the team's own discipline after a label
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("调研纪律：调研组轻车简从，统一乘坐县政府公务车辆，就餐安排在县机关食堂；调研组直接到田间地头，不需各乡镇安排人员陪同。", False),
    ("（三）工作纪律：调研组成员统一乘车，住宿安排在县委党校招待所，不需各乡镇陪同。", False),
    ("调研纪律：调研组轻车简从，就餐由各乡镇安排，各乡镇安排人员陪同。", True),
])
def test_team_discipline_after_label(line, fires, fmt, tmp_path):
    src = _doc("崇义县人民政府", "各乡镇人民政府，县直有关单位：", "关于开展春耕备耕情况调研的通知",
               ["为掌握春耕备耕进展，县政府决定于2027年3月开展春耕备耕情况调研。",
                "调研时间为3月16日至18日，由县政府班子成员分片到乡镇。", line,
                "联系人：县农业农村局 刘明，电话：0797-3812345。"])
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ attendance: a topic unit, then 请 and its persons
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各乡镇（街道）请主要负责同志参会。分管民政工作的班子成员一同参会。", True),
    ("（二）各乡镇请党委书记参加，分管农业的副镇长一同参加。", True),
    ("各乡镇（街道）请主要负责同志参会。", False),
])
def test_topic_unit_then_qing(line, fires, fmt, tmp_path):
    src = _doc("衢州市柯城区人民政府办公室", "各乡镇人民政府、街道办事处，区级有关部门：", "关于召开全区养老服务工作会议的通知",
               ["经区政府同意，定于2027年9月24日下午在区行政中心4号会议室召开全区养老服务工作会议。", line,
                "联系人：区民政局 毛建伟，电话：0570-3028416。"])
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]

"""Classes f24c fixed in round 24 (holdout28's kept failures of families 2-4), in phrasings of its own:

- GW401 (visited.own_side_opening): the team's own people named as a clause's subject with no 由 in their clause
  (调研由委领导带队，委基层卫生健康处人员陪同; 届时，厅种植业处同志全程陪同), by the issuer's short prefix followed by
  a section or a person, or by the issuer's own level word (区政府办公室督查科同志 in a district's notice) -- also
  in a programme table's 陪同 column -- escort the team: nothing is asked of the visited side (gw401-g73b,
  gw401-g03c).  Not a unit below (各市县卫生健康委分管负责同志陪同), nor a place visited (市场监管所).
- GW401 (visited.handed_on): a topic ending its clause with no verb (检查组在各区期间的现场察看点和食宿，) and a
  next clause handing it to the visited side (由各区应急管理局统一安排; 请所在县（市、区）统一安排) asks the visited
  side to stage or lodge the team; 察看点, 走访点, 检查点 are staging words (gw401-g72c).  Not when the team keeps
  it (由调研组自行解决, 由局办公室统一安排).
- GW202 (attendance._sentence_attendees): a unit as the topic, then 由 (均由) and its own leaders (各镇（街道）由镇长
  （主任）参加) names the unit's attendees as 请 does; with a going-on sentence (分管……的副镇长（副主任）一同到会)
  both roles of one unit are asked (gw202-g01b); so does a ；-part going on with a role and a together cue
  (……主要负责同志参加；分管……的负责同志同时参会).  Not 由乡镇长或分管副乡镇长参加 (either one), nor a ；-item
  naming other units.
- GW201 (meetings.said_of_meeting): the meeting as the subject of a later clause, without a demonstrative
  (……，会议经省政府主要领导同志批准召开; 该会议; 会议召开已经……批准) is said of the meeting: the approval exempts
  it (gw201-g02a).  Not an approval by another body (经厅党组研究同意), nor of something else (会议材料).
- GW301 (inspections.object_headed): a heading naming the object (一、检查对象, 暗访对象, 检查范围, 督查对象和方式)
  declares what its section's first line names: sites and firms (景区, 商场超市, 在建工程项目) make a launch whose
  governments were only inferred from the 主送 no inspection of governments (gw301-g04a); lower governments under
  it are declared objects even when the notice goes to departments.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于开展有关工作调研的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日")


# ------------------------------------------------------------ GW401: the team's own people escort it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("赣州市卫生健康委员会", "各县（市、区）卫生健康委：",
     ["市卫生健康委将于7月开展村卫生室运行情况调研。", "调研由委分管领导带队，委基层卫生科人员陪同，不听汇报。"], False),
    ("九江市濂溪区人民政府办公室", "各乡镇人民政府、街道办事处：",
     ["区政府将于8月开展农村饮水安全调研。", "调研由区政府领导带队，区政府办公室督查科同志陪同。"], False),
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["我厅将于5月组成调研组赴各设区市开展春播调研。", "一、调研安排", "（一）调研组直接到田间地头察看苗情。",
      "（二）届时，厅种植业处同志全程陪同调研组，各地不另安排人员。"], False),
    ("海南省卫生健康委员会", "各市、县、自治县卫生健康委员会：",
     ["省卫生健康委将于9月开展乡镇卫生院服务能力调研。", "届时，委机关有关处室同志陪同调研。"], False),
    # near-misses: the visited side escorts the team
    ("赣州市卫生健康委员会", "各县（市、区）卫生健康委：",
     ["市卫生健康委将于7月开展村卫生室运行情况调研。", "调研由委分管领导带队，各县（市、区）卫生健康委分管负责同志陪同。"], True),
    ("江西省农业农村厅", "各设区市农业农村局：",
     ["我厅将于5月组成调研组赴各设区市开展春播调研。", "一、调研安排",
      "（二）届时，各设区市农业农村局分管负责同志全程陪同调研组。"], True),
])
def test_gw401_own_people_escort(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW401")) == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("区政府办公室综合科人员", False),
    ("区政府办分管副主任", False),
    ("各镇分管负责同志", True),
])
def test_gw401_own_people_in_escort_column(cell, fires, fmt, tmp_path):
    body = ["区政府将于9月组织联合调研组开展社区养老服务设施运营情况调研。调研组工作安排如下：",
            "@table 日期|调研地点|调研内容|陪同人员",
            f"@table 9月9日|新城镇|日间照料中心运营情况|{cell}",
            f"@table 9月10日|河西街道|嵌入式养老机构运营情况|{cell}",
            "各镇、街道对照调研发现的问题，在10月底前提出整改办法。"]
    assert bool(_codes(_doc("南昌市新建区人民政府办公室", "各镇人民政府、街道办事处，区直各单位：", body,
                            "关于开展社区养老服务设施运营情况联合调研的通知"), fmt, tmp_path, "GW401")) == fires


# ------------------------------------------------------------ GW401: a topic handed to the visited side
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("上饶市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局将于6月组成调研组开展高标准农田管护调研。",
      "注：调研组在各县期间的走访点和用餐，由各县（市、区）农业农村局统一安排。"], True),
    ("江西省商务厅", "各设区市商务局：",
     ["我厅将于4月赴各设区市开展外贸企业考察。", "三、有关要求",
      "3.考察期间的参观点和工作餐，由各设区市商务局负责落实。"], True),
    ("宜春市应急管理局", "各县（市、区）应急管理局：",
     ["市应急管理局将组织检查组开展安全生产督查。",
      "督查组在各地的食宿、用车等事宜，由各县（市、区）应急管理局安排。请提前告知联系人。"], True),
    ("上饶市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局将于6月组成调研组开展高标准农田管护调研。",
      "附件2：调研点位，请各县（市、区）农业农村局提前选定。调研组在各地的用餐，请所在县（市、区）统一安排。"], True),
    ("上饶市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局将于6月组成调研组开展高标准农田管护调研。",
      "注：调研组在各县期间的走访点由调研组随机确定，食宿和用车，由调研组自行解决。"], False),
    ("上饶市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局将于6月组成调研组开展高标准农田管护调研。",
      "注：调研组在各县期间的食宿，由局办公室统一安排。"], False),
    ("上饶市农业农村局", "各县（市、区）农业农村局：",
     ["市农业农村局将于6月组成调研组开展高标准农田管护调研。", "调研组自行解决食宿，请勿安排陪同接待。"], False),
])
def test_gw401_topic_handed_to_visited(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW401")) == fires


# ------------------------------------------------------------ GW202: a unit as topic, then 由 and its own leaders
def _meeting(issuer: str, recipients: str, place: str, persons: list[str]) -> str:
    return _doc(issuer, recipients, [f"经研究，定于2027年7月8日在{place}召开防汛工作推进会。现将有关事项通知如下。", *persons],
                "关于召开防汛工作推进会的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, place, persons, fires", [
    ("泰和县人民政府办公室", "各乡镇人民政府，县直有关单位：", "县政府第一会议室",
     ["二、参会人员", "各乡镇由乡镇长参加，分管水利工作的副乡镇长一并参加。"], True),
    ("吉安市人民政府办公室", "各县（市、区）人民政府，市直有关单位：", "市政府第二会议室",
     ["参会人员：各县（市、区）人民政府由主要负责同志参加。分管负责同志同时参会。"], True),
    ("南昌县人民政府办公室", "各镇人民政府、街道办事处：", "县应急指挥中心",
     ["二、参会人员", "2.各街道办事处由主任参加。分管城管工作的副主任一同到会。"], True),
    ("江西省人民政府办公厅", "各设区市、县（市、区）人民政府，省政府有关部门：", "南昌",
     ["参会人员：各设区市人民政府分管负责同志；各县（市、区）均由分管副县（市、区）长参加。"], True),
    ("泰和县人民政府办公室", "各乡镇人民政府，县直有关单位：", "县政府第一会议室",
     ["参会人员：各乡镇主要负责同志参加；分管水利工作的负责同志同时参会。"], True),
    ("泰和县人民政府办公室", "各乡镇人民政府，县直有关单位：", "县政府第一会议室",
     ["参会人员：各乡镇主要负责同志参加；县水利局、县应急管理局分管负责同志参加。"], False),
    # near-misses: one of the two, or one role
    ("泰和县人民政府办公室", "各乡镇人民政府，县直有关单位：", "县政府第一会议室",
     ["二、参会人员", "各乡镇由乡镇长或分管水利工作的副乡镇长参加。"], False),
    ("吉安市人民政府办公室", "各县（市、区）人民政府，市直有关单位：", "市政府第二会议室",
     ["参会人员：各县（市、区）人民政府由分管负责同志参加。"], False),
])
def test_gw202_topic_unit_by_its_leaders(issuer, recipients, place, persons, fires, fmt, tmp_path):
    assert bool(_codes(_meeting(issuer, recipients, place, persons), fmt, tmp_path, "GW202")) == fires


# ------------------------------------------------------------ GW201: the approval said of the meeting in a later clause
def _march(issuer: str, said: list[str]) -> str:
    return _doc(issuer, "各设区市农业农村局：",
                ["为部署春季动物防疫工作，定于2027年3月16日在南昌召开全省春季动物防疫工作会议。", *said,
                 "参会人员：各设区市农业农村局分管负责同志。"], "关于召开全省春季动物防疫工作会议的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, said, fires", [
    ("江西省农业农村厅", ["春防窗口期集中在3月，经专题请示，会议已报经省政府主要领导同志批准。"], False),
    ("江西省林业局", ["因防疫时节所限，该会议经省政府主要领导同志同意召开。"], False),
    ("江西省农业农村厅", ["五、其他事项", "（二）春防不能推迟，会议召开已经省政府主要领导同志批准。"], False),
    # near-misses: an approval that is not the province government's, or of something else
    ("江西省农业农村厅", ["春防窗口期集中在3月，会议经厅党组研究同意召开。"], True),
    ("江西省农业农村厅", ["会议材料已经省政府主要领导同志批准的方案印发。"], True),
])
def test_gw201_approval_said_later(issuer, said, fires, fmt, tmp_path):
    assert bool(_codes(_march(issuer, said), fmt, tmp_path, "GW201")) == fires


# ------------------------------------------------------------ GW301: the object named under an object heading
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body, fires", [
    ("江西省水利厅", "各设区市人民政府：", "关于开展汛前水库安全暗访的通知",
     ["一、暗访对象", "全省病险水库和小型水库的管理单位，共30座。", "二、暗访方式",
      "我厅随机抽取其中10座开展暗访，暗访前不通知水库管理单位。"], False),
    ("赣州市市场监督管理局", "各县（市、区）人民政府：", "关于开展节前食品安全检查的通知",
     ["一、检查范围", "（一）全市大型商场超市和农贸市场。", "（二）学校食堂和校外供餐单位。", "二、检查方式",
      "检查组采取“四不两直”方式开展检查。"], False),
    ("九江市住房和城乡建设局", "各县（市、区）人民政府：", "关于开展建筑施工安全督查的通知",
     ["一、督查对象和方式", "1.全市在建房屋市政工程项目。", "2.市局组织督查组随机抽查，发现问题现场反馈施工企业。"], False),
    # near-misses: the heading names the lower governments
    ("九江市住房和城乡建设局", "各县（市、区）住房和城乡建设局：", "关于开展城镇燃气安全督查的通知",
     ["一、督查对象", "各县（市、区）人民政府。", "二、督查安排", "市住建局将于5月开展专项督查。"], True),
    ("江西省水利厅", "各设区市水利局：", "关于开展河湖长制工作考核的通知",
     ["一、考核对象", "各设区市人民政府。", "二、考核方式", "我厅将于年底组织考核，结果通报全省。"], True),
])
def test_gw301_object_heading(issuer, recipients, title, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW301")) == fires

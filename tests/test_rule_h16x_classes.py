"""Classes h16x fixed in round 16 (issue 15), in phrasings other than its drafts:

- GW302: photos or video demanded on every round of a patrol (每次巡查须拍摄……照片, 巡河时拍照上传) prove that the
  round was made; photos of a found problem (拍照取证), an enforcement recorder or a camera's own record do not.
- GW203: a forum, seminar or salon held on the side of the notice's own event that is no meeting (培训班, 采摘节):
  培训期间同时举办……论坛 / 同期举办……沙龙; 研讨 as a verb of a training schedule and a website's 论坛 column stay quiet.
- GW202: township and street heads named by their job titles (乡镇党委书记、乡镇长、分管副乡镇长; 街道党工委书记、
  办事处主任、分管副主任) are head and deputy of one unit; a single 分管副乡镇长 with a working-level officer is not.
  A visit paragraph led by its dates (……由局领导带队，赴……调研。请所到……陪同。) escorts the visit (GW401), even in a
  notice that also convenes a meeting.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW302 photos proving each patrol round
def _patrol(line: str) -> str:
    return _doc("瑞金市水利局", "各乡镇人民政府：", ["为落实河湖长制，现将有关事项通知如下。", line],
                "关于加强河湖日常巡查的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、各乡镇河湖巡查员每一次巡河均要拍摄河道现场照片2张以上，发至乡镇河长办。",
    "二、水库管护人员在巡检时须录制现场视频，保存至年底。",
    "三、巡湖过程中应拍照上传至“智慧河湖”小程序。",
    "四、每次巡查须拍摄不少于3张现场照片，照片要体现问题整改情况。",
])
def test_gw302_photos_of_each_patrol_round(line, fmt, tmp_path):
    found = _codes(_patrol(line), fmt, tmp_path, "GW302")
    assert len(found) == 1, [f.message for f in found]
    assert "巡查" in found[0].message


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、巡河中发现非法采砂的，要立即拍照取证，报告乡镇河长办。",
    "二、执法人员巡查时全程佩戴执法记录仪。",
    "三、各乡镇要做好河道保洁，每周巡查不少于2次。",
    "四、巡查时不再要求拍照上传。",
    "五、巡查时对河道安全隐患拍照，督促有关单位整改。",
])
def test_gw302_patrol_near_misses(line, fmt, tmp_path):
    assert _codes(_patrol(line), fmt, tmp_path, "GW302") == []


# ------------------------------------------------------------ GW203 side events of a non-meeting event
def _training(line: str) -> str:
    return _doc("江西省卫生健康委员会", "各设区市卫生健康委：",
                ["省卫生健康委定于2026年7月6日至8日在南昌举办全省乡村医生能力提升培训班。", line,
                 "请各设区市卫生健康委选派2名学员参训。"], "关于举办全省乡村医生能力提升培训班的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, n", [
    ("培训期间同期举办全省基层医疗卫生发展论坛。", 1),
    ("培训班期间同步举办乡村医生学术研讨会，交流基层诊疗经验。", 1),
    # near-misses: 研讨 as a verb of the schedule; a website's 论坛 column
    ("培训采取专题讲座与分组研讨相结合的方式，最后一天安排研讨交流。", 0),
    ("培训期间，学员可在省卫生健康委网站“基层论坛”栏目提交问题。", 0),
])
def test_gw203_side_event_of_a_training_class(line, n, fmt, tmp_path):
    found = _codes(_training(line), fmt, tmp_path, "GW203")
    assert len(found) == n, [f.message for f in found]


# ------------------------------------------------------------ GW202 township and street job titles
def _county_meeting(line: str) -> str:
    return _doc("宁都县人民政府", "各乡镇人民政府，县政府各部门：",
                ["县政府定于2026年6月24日在县政府第一会议室召开全县森林防灭火工作会议。", line],
                "关于召开全县森林防灭火工作会议的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "参会人员：各乡镇党委书记、乡（镇）长、分管副乡（镇）长，县应急管理局分管负责同志。",
    "请各乡镇乡镇长和分管副乡镇长参加。",
])
def test_gw202_township_titles_head_and_deputy(line, fmt, tmp_path):
    found = _codes(_county_meeting(line), fmt, tmp_path, "GW202")
    assert len(found) == 1 and "主要负责同志和分管负责同志" in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "参会人员：各乡镇分管副乡镇长，乡镇林业站站长。",
    "请各乡镇分管副镇长和护林员代表1名参加。",
])
def test_gw202_township_deputy_only(line, fmt, tmp_path):
    assert _codes(_county_meeting(line), fmt, tmp_path, "GW202") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw202_street_titles_head_and_deputy(fmt, tmp_path):
    src = _doc("南昌市红谷滩区人民政府办公室", "各街道办事处，区政府各部门：",
               ["区政府定于2026年6月26日召开全区文明城市创建推进会。",
                "参会人员：各街道党工委书记、办事处主任、分管副主任。"], "关于召开全区文明城市创建推进会的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw202_visit_paragraph_escort_is_not_a_meeting_escort(fmt, tmp_path):
    src = _doc("江西省水利厅", "各设区市水利局：",
               ["一、定于2026年7月20日在南昌召开全省水库安全度汛工作会议，请各设区市水利局分管负责同志参加。",
                "二、7月8日至7月10日，由厅领导带队，赴上饶、景德镇两市调研水库除险加固情况。请所到县（市、区）水利局"
                "主要负责同志全程陪同。"], "关于召开全省水库安全度汛工作会议和开展调研的通知")
    assert _codes(src, fmt, tmp_path, "GW202") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw203_side_event_of_a_training_announced_in_the_body(fmt, tmp_path):
    # the title names no event (关于做好……培训工作的通知); the body's 定于……举办……培训班 does
    src = _doc("江西省卫生健康委员会", "各设区市卫生健康委：",
               ["省卫生健康委定于2026年7月6日至8日在南昌举办全省乡村医生能力提升培训班。",
                "培训期间同时举办全省基层医疗卫生发展论坛。"], "关于做好乡村医生培训工作的通知")
    assert len(_codes(src, fmt, tmp_path, "GW203")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、护林员巡山结束后要将巡山照片上传至“赣林通”平台。",
    "二、网格员每次入户走访须上传不少于2张现场照片。",
])
def test_gw302_patrol_photos_sent_after_the_round(line, fmt, tmp_path):
    assert len(_codes(_patrol(line), fmt, tmp_path, "GW302")) == 1

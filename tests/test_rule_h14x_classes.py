"""GW104/GW105 classes of issue 15, round 14, h14x: a bare collective (县市区人民政府, 区县人民政府) after a ……的
modifier and a collective taken up by 上述/这些 are subjects; township stations (各司法所) and institutions
belonging to a level (市属各医院) have work but are no lower government; a subjectless 请 + verb said to recipients
that are all lower governments is their work, while 请联系…… after 如有疑问 asks nothing.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that must fire and near misses that
must stay quiet."""
from __future__ import annotations

import pytest

# the same rendering and document frame as the round's other GW104/GW105 class tests
from .test_rule_h14w_classes import FORMATS, _codes, _doc


# ------------------------------------------------------------ bare and anaphoric collective subjects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, subject", [
    ("污水管网排查进度不足一半的县市区人民政府，要在9月底前完成剩余排查。", "县市区人民政府"),
    ("上述县（市、区）人民政府必须在9月底前完成剩余排查。", "县（市、区）人民政府"),
    ("这些设区市政府要在9月底前完成剩余排查。", "设区市政府"),
])
def test_gw104_bare_and_anaphoric_subjects(line, subject, fmt, tmp_path):
    src = _doc("湖南省住房和城乡建设厅", "各市州、县市区人民政府：",
               ["今年以来，有5个市州、11个县市区的污水管网排查进度不足一半。", line])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert len(found) == 1 and found[0].data["subject"].endswith(subject), [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_anaphoric_subject_told_not_ordered(fmt, tmp_path):
    src = _doc("湖南省住房和城乡建设厅", "各市州、县市区人民政府：",
               ["长沙县、浏阳市、宁乡市人民政府排查进度快，予以通报表扬。", "上述县市人民政府已于5月底前完成全部排查。"])
    assert not _codes(src, fmt, tmp_path, "GW104")


# ------------------------------------------------------------ stations and institutions are no lower government
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "县自然资源局负责组织执法巡查，各自然资源所每周对辖区违法占地开展一次巡查。",
    "县卫生健康局负责组织督导，县属各医疗卫生机构于7月底前完成自查。",
])
def test_gw105_stations_are_no_township_government(line, fmt, tmp_path):
    src = _doc("宁都县人民政府", "各乡镇人民政府，县政府各部门：", ["现就有关事项通知如下。", line])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["township"], [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_stations_beside_township_work(fmt, tmp_path):
    src = _doc("宁都县人民政府", "各乡镇人民政府，县政府各部门：",
               ["现就有关事项通知如下。", "各自然资源所每周对辖区违法占地开展一次巡查。",
                "各乡镇人民政府组织所辖各村开展违法占地自查。"])
    assert not _codes(src, fmt, tmp_path, "GW105")


# ------------------------------------------------------------ a subjectless 请 to lower governments
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_subjectless_request_is_recipients_work(fmt, tmp_path):
    src = _doc("赣州市应急管理局", "各县（市、区）人民政府：",
               ["经市人民政府同意，决定开展汛前隐患排查。", "市应急管理局负责组织督导检查。",
                "请切实组织乡镇对辖区山塘水库逐一排查，建立隐患台账。"])
    assert not _codes(src, fmt, tmp_path, "GW105")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_contact_courtesy_asks_nothing(fmt, tmp_path):
    src = _doc("赣州市商务局", "各县（市、区）人民政府：",
               ["市商务局定于10月举办赣南脐橙产销对接会，展位由市商务局免费提供。",
                "如有疑问，请联系市商务局市场科，电话：0797-8991234。"])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1, [f.message for f in found]


# ------------------------------------------------------------ a ……的 doer set off by a comma is a subject
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_holiday_notice_relative_doer(fmt, tmp_path):
    body = ["现将2026年清明节放假安排通知如下。", "4月4日（星期六）至6日（星期一）放假，共3天。",
            "实行轮班作业制度的企业，可参照上述时间自行安排调休。"]
    src = _doc("南康区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：", body)
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1
    # the same notice with a duty for the towns: they have work
    src = _doc("南康区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：",
               [*body, "节日期间，各镇人民政府要做好森林防火值守。"])
    assert not _codes(src, fmt, tmp_path, "GW105")


# ------------------------------------------------------------ leader division: posts and names, the issuer's own government
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_leader_division_labels(fmt, tmp_path):
    body = ["根据工作需要，现将区政府领导同志工作分工调整如下。", "区长欧阳明同志：主持区政府全面工作。",
            "常务副区长龚建国同志：负责区政府常务工作，分管财政、税务方面工作。",
            "区政府办公室主任余海：协助区长处理区政府日常工作。"]
    src = _doc("章贡区人民政府", "各镇人民政府、街道办事处，区政府各部门：", body)
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["township"], [f.message for f in found]
    src = _doc("章贡区人民政府", "各镇人民政府、街道办事处，区政府各部门：",
               [*body, "各镇人民政府要据此调整联系人，3月1日前报区政府办公室。"])
    assert not _codes(src, fmt, tmp_path, "GW105")

"""GW104/GW105 on the holdout11 classes (issue 15, round 11, h11c).

GW105: appointment notices, repeal notices that only list cited documents, own-level
units named 市府直属各单位, a government before 负责组织本市……部门, a department's
counterparts (请各地商务主管部门……) whose work is none of the lower governments', clause
subjects followed by an adverbial (在……前完成, 对……逐项梳理, 按预案……), 所在的镇街, and
schools named after their 街道 (各街道中心校).  GW104: a government named by its place
(……的，请所在省辖市人民政府……; 所在设区市人民政府应当……).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must fire
and a near miss that must stay quiet."""
from __future__ import annotations

import pytest

from gwlint.analysis.units import find_units

from .drafts import lint_codes as _codes, marked_doc as _doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ appointment notices
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, quiet", [
    ("关于聘任第三届县人民政府法律顾问的通知", True),
    ("关于聘请县人民政府法律顾问的通知", True),
    ("关于做好法律顾问日常联络工作的通知", False),  # no appointment: the support work is all there is
])
def test_gw105_appointment_notices_exempt(fmt, title, quiet, tmp_path):
    src = _doc("于都县人民政府", "各乡镇人民政府，县政府各部门：", [
        "县人民政府决定，聘任张明、李华等4名律师为县人民政府法律顾问，聘期三年。",
        "法律顾问的日常联络工作由县司法局负责。"], title=title)
    assert (_codes(src, fmt, tmp_path, "GW105") == []) is quiet


# ------------------------------------------------------------ repeal notices
_REPEAL = ["经清理，自治区人民政府决定废止以下文件，自公布之日起停止执行。",
           "（一）《广西壮族自治区人民政府关于加快发展县域经济的决定》（桂政发〔2009〕45号）。",
           "（二）《广西壮族自治区人民政府关于进一步做好招商引资工作的通知》（桂政发〔2013〕27号）。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_repeal_notice_listing_documents_only_informs(fmt, tmp_path):
    src = _doc("广西壮族自治区人民政府", "各市、县人民政府，自治区人民政府各组成部门：", _REPEAL,
               title="关于废止部分自治区人民政府文件的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["work_levels"] == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw105_repeal_notice_with_cleanup_task_quiet(fmt, tmp_path):
    src = _doc("广西壮族自治区人民政府", "各市、县人民政府，自治区人民政府各组成部门：",
               [*_REPEAL, "各市、县人民政府要同步清理本级制定的相关文件。"],
               title="关于废止部分自治区人民政府文件的通知")
    assert _codes(src, fmt, tmp_path, "GW105") == []


# ------------------------------------------------------------ a government before 负责组织本市……部门
def test_government_subject_is_no_department_name():
    units = find_units("各市人民政府负责组织本市市直部门编制市级共享目录。")
    assert [(u.text, u.kind) for u in units][0] == ("各市人民政府", "government")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_cities_only_work_sent_to_counties(fmt, tmp_path):
    src = _doc("河北省人民政府办公厅", "各市人民政府，各县（市、区）人民政府，省政府各部门：", [
        "省直各部门于8月底前编制完成本部门共享目录。",
        "各市人民政府负责组织本市市直部门编制市级共享目录。"])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["county"]


# ------------------------------------------------------------ 市府直属各单位 (own level)
@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_own_level_units_only(fmt, tmp_path):
    src = _doc("东莞市人民政府办公室", "各镇人民政府（街道办事处），市府直属各单位：", [
        "自11月起，市政府常务会议议题的申报截止时间调整为会前5个工作日。",
        "市府直属各单位申报议题时，须同时提交合法性审查意见。"])
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


# ------------------------------------------------------------ a department's counterparts
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("ask, fires", [
    ("请各设区市文化广电旅游局提前策划元旦假期的文旅消费活动。", True),
    ("请各设区市人民政府提前策划元旦假期的文旅消费活动。", False),
])
def test_gw105_department_counterparts_are_not_the_governments(fmt, ask, fires, tmp_path):
    src = _doc("浙江省文化和旅游厅", "各设区市人民政府，各设区市文化广电旅游局：", [
        "今年国庆假期，全省共接待游客5200万人次。", ask])
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


# ------------------------------------------------------------ clause subjects followed by an adverbial
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "各街道办事处、各地区办事处在5月底前完成地下空间的隐患排查。",
    "各镇人民政府、街道办事处对辖区内的堵点问题逐项梳理，每半月形成一期问题清单。",
    "各街道办事处、镇人民政府在便民服务中心设置综合窗口。",
    "场馆所在的镇街负责组织辖区中小学开展场馆活动。",
])
def test_gw105_townships_with_work_quiet(fmt, line, tmp_path):
    src = _doc("北京市朝阳区人民政府办公室", "各街道办事处、各镇人民政府，区政府各委、办、局：", [
        "区水务局在5月底前完成排水管网清掏。", line])
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw105_townships_done_work_still_idle(fmt, tmp_path):
    src = _doc("北京市朝阳区人民政府办公室", "各街道办事处、各镇人民政府，区政府各委、办、局：", [
        "区水务局在5月底前完成排水管网清掏。", "各街道办事处在去年已完成地下空间的隐患排查。"])
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_counties_with_deadline_clause_quiet(fmt, tmp_path):
    src = _doc("潍坊市住房和城乡建设局", "各县市区人民政府、市属各开发区管委会，市直有关部门：", [
        "经市政府同意，现将有关文件转发给你们。各县市区人民政府、市属各开发区管委会在11月底前完成燃气报警器更换。"])
    assert _codes(src, fmt, tmp_path, "GW105") == []


# ------------------------------------------------------------ schools named after their 街道
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw105_street_schools_are_no_government(fmt, tmp_path):
    src = _doc("新建区教育体育局", "各乡镇中心学校、各街道中心校，区直各中小学：", [
        "各校于9月20日前完成家庭经济困难学生的认定。", "区学生资助管理中心负责资助资金的审核发放。"])
    assert _codes(src, fmt, tmp_path, "GW105") == []


# ------------------------------------------------------------ GW104: a government named by its place
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, subject", [
    ("发生森林火情的，请事发地县级人民政府立即组织扑救力量。", "县级人民政府"),
    ("需要跨县调集力量的，所在设区市人民政府应当统一指挥调度。", "设区市人民政府"),
])
def test_gw104_place_named_government_ordered(fmt, line, subject, tmp_path):
    src = _doc("江西省应急管理厅", "各设区市人民政府，各设区市应急管理局：", ["现就有关工作通知如下。", line])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert [f.data["subject"] for f in found] == [subject]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw104_place_named_bureau_quiet(fmt, tmp_path):
    src = _doc("山东省住房和城乡建设厅", "各市人民政府，各市住房城乡建设局：", [
        "发现在建项目存在重大事故隐患的，请所在市住房城乡建设部门立即责令停工整改。"])
    assert _codes(src, fmt, tmp_path, "GW104") == []

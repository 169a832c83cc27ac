"""Classes of misses and false alarms found on holdout11 (issue 15, round 11, helper h11e), fixed as
classes; the texts are written apart from the holdout11 drafts.

GW201: a routine 疫情防控/防治 meeting is no emergency (a reported outbreak still is).  GW202: a leader
bringing his own sections' heads; 不安排……陪同 declines an escort; 各市属企业 are no governments; Hainan's
市、县、自治县 are one level.  GW203: the title's event renamed in the body is one event.  GW301: 利用 in
综合利用 (a topic) is no 利用……开展.  GW701: a cited number right after a title, any 代字.  GW704: 管委会
beside governments, then departments with 顿号.  GW709: a 并请 second ask in a later sentence.
"""
from __future__ import annotations

import pytest

from gwlint.api import lint_bytes, lint_path

from .drafts import render_draft


def found(text: str, code: str):
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", limits=None).findings if f.code == code]


def notice(issuer: str, title: str, number: str, recipients: str, *body: str, date: str = "2027年2月20日") -> str:
    return "\n".join([f"{issuer}{title}", number, recipients, *body, issuer, date]) + "\n"


# ------------------------------------------------------------ GW201
def _epidemic_meeting(opening: str) -> str:
    return notice("江西省农业农村厅", "关于召开全省动物疫情防控工作会议的通知", "赣农字〔2027〕19号", "各设区市农业农村局：",
                  opening + "省农业农村厅定于3月16日在南昌召开全省动物疫情防控工作会议，部署春季防疫工作。",
                  "请各设区市农业农村局分管负责同志1人参会。", date="2027年3月2日")


def test_gw201_routine_epidemic_control_meeting_in_march():
    assert len(found(_epidemic_meeting("春季是动物疫病防控的关键时期。"), "GW201")) == 1


def test_gw201_outbreak_told_in_the_opening_is_an_emergency():
    assert found(_epidemic_meeting("2月27日，九江市某养殖场发生非洲猪瘟疫情。"), "GW201") == []


# ------------------------------------------------------------ GW202
def _meeting(issuer: str, recipients: str, attend: str) -> str:
    return notice(issuer, "关于召开全省安全生产工作会议的通知", "某发〔2027〕8号", recipients,
                  f"{issuer}定于5月20日召开全省安全生产工作会议，部署汛期安全生产工作。", attend,
                  date="2027年5月6日")


@pytest.mark.parametrize("attend,n", [
    ("请各设区市应急管理局局长带领危化品监管科、应急救援科负责同志参会。", 1),
    ("请各设区市应急管理局局长带领本地企业代表参会。", 0),  # the led are no officials
    ("请各设区市应急管理局分管负责同志1人参会，不安排其他科室负责同志陪同。", 0),
    ("请各设区市应急管理局分管负责同志参会，局长陪同参会。", 1),
])
def test_gw202_lead_and_declined_escorts(attend, n):
    assert len(found(_meeting("江西省应急管理厅", "各设区市应急管理局：", attend), "GW202")) == n


def test_gw202_enterprises_owned_by_a_level_are_no_government():
    text = notice("南昌市人民政府国有资产监督管理委员会", "关于召开市属企业安全生产工作会议的通知", "洪国资字〔2027〕8号",
                  "各市属国有企业：", "市国资委定于5月20日召开市属企业安全生产工作会议。",
                  "请各市属国有企业主要负责同志参会。", date="2027年5月6日")
    assert found(text, "GW202") == []


@pytest.mark.parametrize("issuer,n", [
    ("海南省应急管理厅", 0),  # its 市、县、自治县 answer to the province directly: one level
    ("江西省应急管理厅", 1),  # 设区市 and 县 are two levels
])
def test_gw202_directly_governed_counties(issuer, n):
    text = _meeting(issuer, "各市、县、自治县应急管理局：", "请各市、县、自治县应急管理局分管负责同志参会。")
    assert len(found(text, "GW202")) == n


# ------------------------------------------------------------ GW203
SEMINAR = """@doc_number 赣科字〔2027〕30号
@title 江西省科学技术厅关于举办科技成果转化研讨会的通知
@recipients 各设区市科技局：
省科技厅定于10月16日在南昌举办“科技成果转化与产业创新”研讨会，邀请省内外专家作主题发言。
{extra}请各设区市科技局安排1名同志参加。
@signature 江西省科学技术厅
@date 2027年9月28日
"""


@pytest.mark.parametrize("extra,n", [
    ("", 1),  # the title's 研讨会 and the body's are one event
    ("10月17日举办“技术经理人”论坛。", 2),  # a second, different event
])
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw203_one_event_two_names(extra, n, fmt, tmp_path):
    path = render_draft(SEMINAR.format(extra=extra), fmt, tmp_path)
    assert [f.code for f in lint_path(path).findings].count("GW203") == n


# ------------------------------------------------------------ GW301
@pytest.mark.parametrize("topic", ["秸秆综合利用工作", "矿产资源开发利用工作"])
def test_gw301_liyong_inside_the_topic(topic):
    text = notice("河北省农业农村厅", "关于做好秋季农业生产工作的通知", "冀农发〔2027〕40号", "各市农业农村局：",
                  f"省农业农村厅将于10月下旬对各市人民政府{topic}开展专项考核，考核结果在全省通报。",
                  date="2027年9月10日")
    assert len(found(text, "GW301")) == 1


# ------------------------------------------------------------ GW701
@pytest.mark.parametrize("cited,n", [
    ("《贵州省水利厅关于加强水库管理的通知》（黔水运管（2026）31号）", 1),
    ("《福建省财政厅关于预算监控的通知》（闽财预(2026)18号）", 1),
    ("《贵州省水利厅关于加强水库管理的通知》（黔水运管〔2026〕31号）", 0),
    ("《遵义市小型水库名录》（2026）", 0),
])
def test_gw701_cited_number_after_a_title(cited, n):
    text = notice("遵义市水务局", "关于做好小型水库安全管理的通知", "遵水发〔2027〕20号", "各县（市、区）水务局：",
                  f"按照{cited}要求，各县（市、区）水务局要在4月底前落实水库责任人。")
    assert len(found(text, "GW701")) == n


# ------------------------------------------------------------ GW704
@pytest.mark.parametrize("recipients,n", [
    ("各县市区人民政府、市属各开发区管委会、市直有关部门：", 1),
    ("各区人民政府、高新区管委会、市政府各部门：", 1),
    ("各县市区人民政府、市属各开发区管委会，市直有关部门：", 0),
    ("各乡镇人民政府、工业园区管委会，县直各单位：", 0),
])
def test_gw704_zone_committee_beside_governments(recipients, n):
    text = notice("潍坊市财政局", "关于做好预算编制工作的通知", "潍财预〔2027〕30号", recipients,
                  "经市政府同意，现将预算编制有关事项通知如下。")
    assert len(found(text, "GW704")) == n


# ------------------------------------------------------------ GW709
REQUEST = """@doc_number 饶自然资请〔2027〕5号
@title 上饶市自然资源局关于启动信江两岸详细规划编制的请示
@recipients 上饶市人民政府：
我局拟启动信江两岸国土空间详细规划编制，编制经费从局年度预算中列支，恳请市政府批准。
{second}
@signature 上饶市自然资源局
@date 2027年6月11日
@note （联系人：汪××，联系电话：0793-8123456）
"""


@pytest.mark.parametrize("second,n", [
    ("另外，我局办公用房租赁合同年底到期，并请市政府协调调剂市级公房一处。", 1),
    ("如蒙同意，并请市政府批复。", 0),  # the same approval asked again
])
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw709_second_ask_in_a_later_sentence(second, n, fmt, tmp_path):
    path = render_draft(REQUEST.format(second=second), fmt, tmp_path)
    assert [f.code for f in lint_path(path).findings].count("GW709") == n

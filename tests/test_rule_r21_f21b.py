"""Classes f21b fixed in round 21 (holdout25's scenario groups), in phrasings of its own:

- GW105: a notice convening an event whose attendees (参会范围, a 参加单位 | 名额 table) are all of the issuer's level or
  firms leaves the lower governments it is sent to idle; a collective narrowed by 所辖/辖区 (bare, without 各) as the
  object of a pivot verb, a collective without 各 judged by an inspection (对12个县区……考核, 按乡镇排名), an object
  label written as a cell (督导对象 | 全县19个乡镇人民政府), a level's short form as a subject (由市县两级分担, 县级要……)
  and a partner joined by 和相关 (区城市管理局和相关街道办事处配合) all carry work at their level.
- GW106: standing progress reports of a leading group's office (每周五12时前报送本周……存在问题; 每周五将……困难和
  问题汇总，报……), entries into a system named in quotes by a date (每月25日前将……填入“××调度系统”), and the
  issuer's own inspection teams reporting to its own office (各督导组……形成督导报告，报局办公室) -- no lower burden.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, tail: list[str] = ()) -> str:
    lines = ["@doc_number 综字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2027年6月5日", *tail]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW105: who attends an event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attend, fires", [
    (["参会范围：区工业和信息化局、区商务局主要负责同志；5家重点企业负责人。"], True),
    (["@table 参加单位|名额|备注", "@table 区发展和改革局|2|主要负责同志带队", "@table 区工业和信息化局|2|含服务专员",
      "@table 区能源局|1|无"], True),
    (["参会范围：区工业和信息化局主要负责同志，各镇人民政府、街道办事处分管负责同志。"], False),
    (["参会范围：区工业和信息化局、区商务局主要负责同志。", "请各镇人民政府、街道办事处组织辖区重点企业负责人参会。"], False),
])
def test_gw105_event_attended_at_own_level(attend, fires, fmt, tmp_path):
    src = _doc("南平市建阳区人民政府办公室", "各镇人民政府、街道办事处，区直各单位：",
               ["经区政府研究，定于2027年6月12日上午9时在区政府三楼会议室召开全区产业发展推进会。", *attend,
                "联系人：区政府办公室，陈雅琴，电话：0599-5822365。"],
               "关于召开全区产业发展推进会的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("title, fires", [
    ("关于召开全区产业发展推进会的通知", True),
    ("关于做好产业发展有关工作的通知", False),  # convenes nothing: the attendance label alone places no work
])
def test_gw105_event_title_required(title, fires, tmp_path):
    src = _doc("南平市建阳区人民政府办公室", "各镇人民政府、街道办事处，区直各单位：",
               ["为推动产业发展，区政府将于6月中旬研究部署有关工作。", "参会范围：区工业和信息化局、区商务局主要负责同志；5家重点企业负责人。"],
               title)
    assert bool(_codes(src, "txt", tmp_path, "GW105")) == fires


# ------------------------------------------------------------ GW105: objects, short forms, partners
_PROVINCE = ("浙江省人民政府办公厅", "各市、县（市、区）人民政府，省政府直属各单位：")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、各设区市人民政府要督促指导辖区内县（市、区）对照标准逐村比选。", False),
    ("二、各设区市人民政府组织所辖县区逐村摸排，择优确定试点村。", False),
    ("二、养护资金由市县两级按比例分担。", False),
    ("二、县乡两级要落实企业服务专员。", False),
    ("二、属地政府负责组织实施。", False),
    ("二、各设区市人民政府要梳理所辖县（市、区）的典型经验，报省农业农村厅。", True),
    ("二、各设区市人民政府要统筹推进试点村建设。", True),
])
def test_gw105_county_work_in_objects_and_short_forms(line, fires, fmt, tmp_path):
    src = _doc(*_PROVINCE, ["经省人民政府同意，现将有关事项通知如下。", "一、省农业农村厅负责制定试点遴选标准。", line],
               "关于开展未来乡村建设试点的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["市农业农村局决定组织考核组，对12个县区的秸秆综合利用工作进行考核，考核结果通报。"], False),
    (["市农业农村局将对县（市、区）秸秆综合利用情况开展暗访，发现的问题点名通报。"], False),
    (["市农业农村局将于5月开展秸秆综合利用督导，督导对象为全市12个县区人民政府。"], False),
    (["市农业农村局将于5月开展秸秆综合利用督导。", "@table 项目|内容", "@table 督导对象|全市12个县区人民政府",
      "@table 督导时间|5月10日至20日"], False),
    (["市农业农村局将于5月对全市120家秸秆收储企业开展抽查，抽查结果在局门户网站公布。"], True),
])
def test_gw105_inspected_collectives(body, fires, fmt, tmp_path):
    src = _doc("临沂市农业农村局", "各县区人民政府：", body, "关于开展秸秆综合利用督导的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("partner, fires", [
    ("区文化和旅游局、区城市管理局和相关街道办事处配合", False),
    ("区财政局和有关街道办事处配合", False),
    ("区财政局和相关行业协会配合", True),
])
def test_gw105_partner_joined_with_qualifier(partner, fires, fmt, tmp_path):
    src = _doc("南京市鼓楼区人民政府办公室", "各街道办事处，区政府各部门：",
               ["为加快老旧小区加装电梯，区政府决定开展加装电梯攻坚行动。",
                f"一、全年完成加装120台。此项工作由区建设房产局牵头，{partner}。", "二、区财政局落实每台20万元补助。"],
               "关于开展老旧小区加装电梯攻坚行动的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: standing reports, quoted systems, own teams
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各市领导小组办公室每周五12时前报送本周项目开复工和存在问题。", True),
    ("各市领导小组办公室每周五将本周项目推进中存在的困难和问题梳理汇总，报省领导小组办公室。", True),
    ("各市领导小组办公室每旬最后一个工作日下班前报送本旬工作动态。", True),
    ("项目推进中遇到问题的，各市领导小组办公室要及时与省领导小组办公室沟通。", False),
    ("省领导小组办公室每周五汇总分析项目进展和存在问题，报省领导小组。", False),
])
def test_gw106_standing_progress_reports(sentence, fires, fmt, tmp_path):
    src = _doc("湖南省乡村振兴工作领导小组办公室", "各市州乡村振兴工作领导小组办公室：",
               ["为及时掌握防返贫监测帮扶工作进展，现就调度有关事项通知如下。", sentence],
               "关于做好春季防返贫监测帮扶调度工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各镇、街道每月25日前将项目进展情况填入“望城区重大项目调度系统”。", True),
    ("每季度末前将整改进度导入“望城区生态环境问题整改调度系统”。", True),
    ("走访人员要及时将走访记录录入“望城区民情通系统”。", False),
    ("各督导组督导结束后3日内形成督导报告，报局办公室汇总。", False),
    ("检查组应于检查结束后5个工作日内将检查报告报送局综合科。", False),
    ("请各镇、街道准备书面汇报材料，检查组进驻时提供。", True),
])
def test_gw106_quoted_systems_and_own_teams(sentence, fires, fmt, tmp_path):
    src = _doc("长沙市望城区发展和改革局", "各镇人民政府、街道办事处：",
               ["为加快推进全区重大项目建设，现就有关工作通知如下。", sentence], "关于做好重大项目调度工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

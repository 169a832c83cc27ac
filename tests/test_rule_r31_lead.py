"""Readings the lead fixed in round 31 (the open gaps of holdout33r, read in round 30), in surfaces of his own:

- GW106 "who sends it back": what goes back to the issuer (送回市局, 交回县局) is not sent by the issuer, even when the
  issuer opens an earlier clause (责任书由市局统一印制后寄送各单位，……签字后，于……前送回市局); its teams still
  report to it.  (holdout33r gw106-g63a.)
- GW106 "told, not asked": 要求 as a noun a determiner opens (该项备案要求执行三年来), a time inside a relative clause
  (各市每年报送的养护计划与……一致), a sentence telling a finding (会议认为，……每月要花两天填报), a verb dating what
  follows (问题清单反馈后30日内整改).  (holdout33r gw104-g16a, gw106-g10c, gw301-g41c.)
- GW104 "the agent after the modal": ……须在3个月内由你市组织公告 orders the agent 由 brings in; 应由……承担的费用
  and 不得由……承担 order nobody.  A bare 镇人民政府 after a relative clause (发生火情的镇人民政府要……) is a
  township government.  (holdout33r gw104-g03a, g64c.)
- GW202: a 常务副区长 is a deputy beside the 区长; a 股长 going along (随同参加) is a person.  (holdout33r g25b, g73c.)
- GW301: a quoted term ending in a ranked activity (开展“比拼擂台赛”) launches it when the results are ranked.
  (holdout33r gw301-g42b.)

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW106: papers going back to the issuer
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, warnings, errors", [
    ("承诺书由县局统一制发到各乡镇，经各乡镇人民政府主要负责同志签字后，于5月10日前交回县局安全股。", 1, 1),
    ("目标责任书由市局印制后发至各单位，一式两份，加盖公章后于3月31日前寄回市局法规科一份。", 1, 0),
    # the issuer's own teams still report to it
    ("县局组成3个核查组，各核查组核查结束后5日内形成核查报告，报县局安全股汇总。", 0, 0),
])
def test_gw106_papers_returned_to_the_issuer(sentence, warnings, errors, fmt, tmp_path):
    src = marked_doc("宁都县应急管理局", "各乡镇人民政府安全生产办公室，县直有关单位：",
                     ["为压实安全生产责任，县局决定签订2027年度安全生产目标责任书。", sentence],
                     title="关于签订2027年度安全生产目标责任书的通知", docno="宁应急发〔2027〕4号", date="2027年2月20日")
    found = _codes(src, fmt, tmp_path, "GW106")
    got = (sum(f.severity == "warning" for f in found), sum(f.severity == "error" for f in found))
    assert got == (warnings, errors), [f.message for f in found]


# ------------------------------------------------------------ GW106: told, not asked
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("这项报送要求执行两年来，各县每月报送的进度表与省平台中的数据基本一致，却增加了县乡两级的填报工作量。", False),
    ("座谈中大家认为，上述三张报表与省平台数据重复，乡镇工作人员每月要花三天时间整理填报。", False),
    ("调研发现，各县每季度要报送的台账有一半与系统数据重复。", False),
    ("整改清单反馈后15日内完成整改，整改情况纳入年度考核。", False),
    # a demand of its own is still one
    ("请各县（市、区）农业农村局于每月5日前报送进度表。", True),
    ("自查报告经审核后于6月10日前报送市局。", True),
])
def test_gw106_told_not_asked(sentence, fires, fmt, tmp_path):
    src = marked_doc("赣州市农业农村局", "各县（市、区）农业农村局：",
                     ["为减轻基层负担，现就规范高标准农田建设进度报送工作通知如下。", sentence],
                     title="关于规范高标准农田建设进度报送的通知", docno="赣市农字〔2027〕21号", date="2027年4月2日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: the agent after the modal
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("二、核定后的保护范围须在批复之日起60日内由你州组织向社会公布。", True),
    ("三、巡护站点建设用地要由各县人民政府负责落实。", True),
    ("二、应由县级人民政府承担的配套资金，按原渠道列支。", False),
    ("三、巡护经费不得由乡镇人民政府承担。", False),
    ("二、核定后的保护范围由省林业和草原局统一向社会公布。", False),
])
def test_gw104_agent_after_modal(sentence, fires, fmt, tmp_path):
    src = marked_doc("云南省林业和草原局", "楚雄彝族自治州人民政府：",
                     ["你州《关于调整紫溪山省级自然保护区范围的请示》收悉。经研究，现批复如下。",
                      "一、同意调整紫溪山省级自然保护区范围和功能区。", sentence],
                     title="关于同意调整紫溪山省级自然保护区范围的批复", docno="云林批〔2027〕8号", date="2027年3月18日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("发生险情的镇人民政府要在24小时内完成人员转移。", True),
    ("未完成任务的乡政府务必于6月底前补齐台账。", True),
    ("平安镇人民政府要在24小时内完成人员转移。", True),
    ("镇政府所在地的集镇积水点，由县住房和城乡建设局负责排查。", False),
])
def test_gw104_bare_township_government(sentence, fires, fmt, tmp_path):
    src = marked_doc("武隆区水利局", "各乡镇人民政府、街道办事处：",
                     ["入汛以来，我区降雨偏多，部分乡镇发生山洪险情。现就做好山洪灾害防御工作通知如下。", sentence],
                     title="关于做好山洪灾害防御工作的通知", docno="武水发〔2027〕16号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: deputies and section heads
def _meeting(rows: list[str], extra: str = "") -> str:
    lines = ["@doc_number 绵府办函〔2027〕41号", "@title 绵阳市人民政府办公室关于召开全市春季农业生产现场会的通知",
             "@recipients 各县（市、区）人民政府，市政府有关部门：",
             "经市政府同意，定于2027年4月22日在三台县召开全市春季农业生产现场会。参会人员如下。",
             "@table 参会单位|参会人员", *[f"@table {r}" for r in rows]]
    if extra:
        lines.append(extra)
    lines += ["@signature 绵阳市人民政府办公室", "@date 2027年4月12日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, extra, fires", [
    (["各县（市、区）人民政府|县（市、区）长、常务副县（市、区）长", "市农业农村局|分管负责同志1名"], "", True),
    (["各县（市、区）人民政府|常务副县（市、区）长", "市农业农村局|分管负责同志1名"], "", False),
    (["各县（市、区）人民政府|分管负责同志", "市农业农村局|局长"], "各县（市、区）农业农村局种植业股股长随同参加。", True),
    (["各县（市、区）人民政府|分管负责同志", "市农业农村局|局长"], "", False),
])
def test_gw202_deputies_and_section_heads(rows, extra, fires, fmt, tmp_path):
    found = _codes(_meeting(rows, extra), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: a quoted ranked activity
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("term, ranked, fires", [
    ("“项目建设擂台赛”", "每季度公布各县得分排名", True),
    ("“乡村振兴大比拼”", "每半年公布各县得分排名", True),
    ("“项目建设擂台赛”", "不打分、不排名，只交流经验", False),
])
def test_gw301_quoted_ranked_activity(term, ranked, fires, fmt, tmp_path):
    src = "\n".join([
        "@doc_number 信发改〔2027〕12号", f"@title 信阳市发展和改革委员会关于开展{term}活动的通知",
        "@recipients 各县（区）发展和改革委员会：",
        f"为营造比学赶超氛围，我委决定在全市开展{term}，比进度、比质量。有关安排如下。",
        "@table 项目|内容",
        "@table 参赛单位|光山、罗山、息县等8个县人民政府",
        f"@table 晾晒方式|{ranked}",
        "@signature 信阳市发展和改革委员会", "@date 2027年3月9日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]

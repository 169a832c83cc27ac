"""Readings f26c fixed in round 26 (GW202: who attends a meeting, with whom, where it is said; GW401: what a visit
asks of the visited), in surfaces of its own.

Reading 1 -- "two leader roles of one unit asked together" (analysis.attendance, Attendee.joint): a head's title
renamed by an aside listing each kind of unit's name for it (区长（县长、市长）, 局长（主任、党组书记）) is one title,
not an alternative; the deputy in the same or the next sentence (分管……的副区长（副县长、副市长）一同参加) joins
it (holdout29r gw202-g33b).  Base wrong 3 of 8.
Reading 2 -- "a person brings others along" (analysis.attendance.persons_cells, led_sectors + GW202's escort
phrases): a cell of an attendance table's persons column asks its persons to attend without a verb of its own
(参会单位 | 参会人员: 局长，并带领……科科长、……负责同志); a lead verb opening a clause after 并/同时 leads with the
persons of the clause before; a led section's name ends at its first head (安全稳定科 of 安全稳定科科长)
(holdout29r gw202-g78c).  Base wrong 3 of 6.
Reading 3 -- "what a visit asks of the visited": a paragraph restating a demand it already made (调研点和座谈会的具体
时间，由县（区）民政局确定……) makes no second demand; two different demands are told each (holdout29r
gw401-g40b).  Base wrong 2 of 7.
Reading 4 -- "where the document says who attends" (analysis.attendance._sections, meetings.section_lines
every_part): the 参会范围/参加人员/观摩人员 section of an attachment (the 观摩活动方案 a notice prints) lists
attendees as the 正文's does (holdout30 gw202-g76a, both expects).  Base wrong 5 of 10.
Reading 5 -- "the unit's persons after a lead": 统一由 is read by its own length (县（市、区）农业农村局统一由局长参会
was read from 由局长 and dropped).  Base wrong 3 of 6.

Honest score on these 37 surfaces (base 461e8aa9, .txt): 16 wrong (every one a missed guilty surface or a doubled
finding); after: 0.  Still wrong in f26c's probes: a table headed only 单位 | 人员 under a 参会人员 heading is not
read as an attendance table; 试点县（市、区）经信局 is read as a county government with a detached 经信局 (the units
reading, f26a's), so holdout29r gw202-g34a's item 3 stays missed.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

CITY, CREC = "绵阳市人民政府办公室", "各县（市、区）人民政府，市政府有关部门："
CT = "关于召开全市农村人居环境整治工作会议的通知"
OPEN = "经市政府同意，定于2027年7月8日在市政府第一会议室召开全市农村人居环境整治工作会议。"
BUREAU, BREC = "德阳市农业农村局", "各县（市、区）农业农村局："
BOPEN, BT = "市农业农村局定于2027年7月8日召开全市秋粮生产调度会。", "关于召开全市秋粮生产调度会的通知"
EDU, EREC = "济宁市教育局", "各县（市、区）教育局："
EOPEN, ET = "市教育局定于2026年9月3日在市局会议室召开全市校园安全工作推进会。", "关于召开全市校园安全工作推进会的通知"


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日")


# ------------------------------------------------------------ reading 1: head (with a list aside) and deputy together
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, title, fires", [
    (CITY, CREC, [OPEN, "@heading1 一、参会人员",
                  "各县（市、区）人民政府县长（市长、区长）参加会议，分管农业农村工作的副县长（副市长、副区长）一同参加。"], CT, True),
    (CITY, CREC, [OPEN, "@heading1 二、参会范围", "1.市政府分管副市长；",
                  "2.各县（市、区）人民政府县长（市长、区长）。分管副县长（副市长、副区长）同时参会。"], CT, True),
    (BUREAU, BREC, [BOPEN, "各县（市、区）农业农村局局长（主任、党组书记）出席，分管种植业的副局长（副主任）一并参加。"], BT, True),
    # near-misses: either one; a stand-in; another unit's deputy; the deputy declined; another body's head
    (CITY, CREC, [OPEN, "@heading1 一、参会人员",
                  "各县（市、区）人民政府县长（市长、区长）或分管副县长（副市长、副区长）参加会议。"], CT, False),
    (CITY, CREC, [OPEN, "@heading1 一、参会人员", "各县（市、区）人民政府县长（市长、区长）参加会议。"
                  "因故不能参加的，由分管副县长（副市长、副区长）代为参加。"], CT, False),
    (CITY, CREC, [OPEN, "@heading1 一、参会人员",
                  "各县（市、区）人民政府县长（市长、区长）参加会议。市直有关部门分管负责同志列席。"], CT, False),
    (CITY, CREC, [OPEN, "@heading1 一、参会人员",
                  "各县（市、区）人民政府县长（市长、区长）参会，不安排分管副县长（副市长、副区长）陪同。"], CT, False),
    (BUREAU, BREC, [BOPEN, "各县（市、区）农业农村局局长（主任、党组书记）出席。县农业技术推广中心主任（站长、所长）列席。"], BT,
     False),
])
def test_gw202_head_renamed_by_list_aside(issuer, recipients, body, title, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ reading 2: a persons cell brings others along
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("局长，并带领安全稳定科科长、督导室负责同志", True),
    ("主要负责同志，同时带领基础教育股、安全股负责同志", True),
    ("分管负责同志带领安全稳定科科长", True),
    # near-misses: one person; led are not officials; the escort declined
    ("局长", False),
    ("分管负责同志，并带领2名学校安全管理人员代表", False),
    ("分管负责同志（不安排科室负责同志陪同）", False),
])
def test_gw202_cell_leads_others(cell, fires, fmt, tmp_path):
    body = [EOPEN, "参会单位和人员如下：", "@table 参会单位|参会人员", f"@table 各县（市、区）教育局|{cell}",
            "@table 市局有关科室|安全科全体人员", "与会人员请提前10分钟签到入场。"]
    found = _codes(_doc(EDU, EREC, body, ET), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ reading 3: a demand restated in its paragraph is one demand
V_OPEN = "为掌握家庭农场培育情况，厅合作经济指导处将于2027年6月组成调研组赴部分县（市、区）开展专题调研。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, count", [
    (["调研期间，请所到县（市、区）农业农村局选定2个家庭农场作为调研点，并召集农场主开一次座谈会。"
      "调研点和座谈会的具体时间，由县（市、区）农业农村局确定后告知调研组。"], 1),
    (["调研期间，请所到县（市、区）农业农村局安排熟悉情况的同志陪同。陪同人员由县（市、区）农业农村局确定，以1人为宜。"], 1),
    (["届时请所到县（市、区）人民政府准备书面汇报材料。汇报材料请于调研前一日交调研组联系人。"], 1),
    (["@heading1 二、有关要求", "1.请所到县（市、区）农业农村局提前选定调研点，调研点以家庭农场为主。",
      "2.调研点确定后，请于6月5日前报厅合作经济指导处。"], 1),
    # near-misses: two different demands in one paragraph, or in two, are told each; none asked
    (["调研期间，请所到县（市、区）农业农村局选定2个家庭农场作为调研点。请安排熟悉情况的同志陪同。"], 2),
    (["调研期间，请所到县（市、区）农业农村局选定2个家庭农场作为调研点。",
      "届时请所到县（市、区）农业农村局选定的家庭农场安排专人介绍情况。"], 2),
    (["调研组成员自行解决交通和食宿，不要求县（市、区）安排陪同。陪同人员一律不安排。"], 0),
])
def test_gw401_restated_demand_told_once(body, count, fmt, tmp_path):
    src = marked_doc("四川省农业农村厅", "各市（州）农业农村局：", [V_OPEN, *body], title="关于开展家庭农场培育调研的通知",
                     docno="川农函〔2027〕8号", date="2027年5月14日")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert len(found) == count, [f.message for f in found]


# ------------------------------------------------------------ reading 4: an attachment's 参会范围 section says who attends
def _plan(issuer: str, recipients: str, plan: str, sections: list[str]) -> str:
    body = [f"现将《{plan}》印发给你们，请认真做好参加观摩的准备工作。", f"@attachment_note 附件：{plan}",
            f"@signature {issuer}", "@date 2027年4月12日", "@page_break", "@attachment_label 附件",
            f"@attachment_title {plan}", "@heading1 一、活动时间", "2027年5月上旬，为期2天，具体时间另行通知。", *sections,
            "@heading1 五、工作分工", "办公室负责车辆调度和线路安排。"]
    lines = ["@doc_number 综函〔2027〕112号", f"@title {issuer}关于印发{plan}的通知", f"@recipients {recipients}", *body]
    return "\n".join(lines) + "\n"


P_ISS, P_REC, P_PLAN = "四川省农业农村厅", "各市（州）农业农村局：", "2027年全省高标准农田建设现场观摩活动方案"
C_ISS, C_REC, C_PLAN = "赣州市人民政府办公室", "各县（市、区）人民政府，市政府有关部门：", "全市乡村振兴重点项目现场观摩活动方案"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, plan, sections, fires", [
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、参会范围", "各市（州）农业农村局局长、分管农田建设的副局长。"], True),
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、参加人员", "有观摩点的县（市、区）农业农村局局长。"], True),
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、观摩安排", "@heading2 （一）观摩人员", "各市（州）农业农村局主要负责同志和分管负责同志。",
                            "@heading2 （二）观摩方式", "统一乘坐大巴车。"], True),
    (C_ISS, C_REC, C_PLAN, ["@heading1 三、参加人员", "市政府分管副市长；各乡镇（街道）党（工）委书记。"], True),
    (C_ISS, C_REC, C_PLAN, ["@heading1 三、参会范围", "一是市直有关部门主要负责同志；二是各县（市、区）人民政府县长（市长、区长）、"
                            "分管副县长（副市长、副区长）。"], True),
    # near-misses: one role of a level below; either one; a section that is no attendance list; the main body's own
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、参会范围", "各市（州）农业农村局分管负责同志。"], False),
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、参会范围", "各市（州）农业农村局局长或分管副局长。"], False),
    (P_ISS, P_REC, P_PLAN, ["@heading1 三、工作范围", "各市（州）农业农村局局长、分管副局长对本地观摩点建设负总责。"], False),
    (C_ISS, C_REC, C_PLAN, ["@heading1 三、参加人员", "市政府分管副市长；各县（市、区）人民政府分管负责同志。"], False),
    (C_ISS, C_REC, C_PLAN, ["@heading1 三、观摩线路", "于都县、瑞金市、会昌县，共6个现场点，各乡镇（街道）党（工）委书记负责现场讲解。"], False),
])
def test_gw202_attachment_attendance_section(issuer, recipients, plan, sections, fires, fmt, tmp_path):
    found = _codes(_plan(issuer, recipients, plan, sections), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ reading 5: a unit's persons named after 统一由
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("各市（州）农业农村局分管负责同志参会；项目县（市、区）农业农村局统一由局长参会。", True),
    ("2.有现场点的县（市、区）农业农村局统一由局长到现场参会。", True),
    ("各项目县（市、区）住房城乡建设局统一由分管副局长参加推进会。", True),
    # near-misses: one level down; at their own 分会场; either one
    ("各市（州）农业农村局统一由局长参会。", False),
    ("项目县（市、区）农业农村局统一由分管负责同志在当地分会场参会。", False),
    ("各市（州）农业农村局统一由局长或分管副局长参会。", False),
])
def test_gw202_persons_after_tongyi_you(item, fires, fmt, tmp_path):
    body = ["省农业农村厅定于2027年5月10日在德阳市召开全省高标准农田建设现场推进会。", "@heading1 二、参会人员", item]
    found = _codes(_doc("四川省农业农村厅", "各市（州）农业农村局：", body, "关于召开全省高标准农田建设现场推进会的通知"),
                   fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]

"""Readings h25a fixed in round 25's second wave (holdout29r's GW102/GW106 false alarms), in phrasings of its own:

- units (GW102): a township's or street's own office or section (办, 办公室, 科) whose name holds 村 or 社区
  (街道社区发展治理办, 镇村庄规划建设办, 镇社区事务科) is a named unit of the township, not a village-level body:
  villages and communities have no 办 or 科 (holdout29r gw102-g20c). Centres and stations (街道社区服务中心) stay
  excluded, as before.
- facts.role_noted (GW102): the community or village where the case lies (由项目所在社区工作站负责, 由房屋所在村（社区）
  负责) is a unit named by its role, as 项目所在街道办事处 is; so is such a role unit working with another
  (由项目所在社区工作站配合街道办事处负责) (gw102-g19c). 由有关社区负责 stays generic.
- demands.per_higher (GW106): a document cited as the basis (按照《……》要求) is a higher body's when any of its
  issuers, all the title holds before 关于, outranks the issuer -- jointly issued titles too (《中共河北省委办公厅
  河北省人民政府办公厅关于……的实施意见》, 《中共××市委 ××市人民政府关于……》) (gw106-g26c). A department of the
  issuer's own level cited stays no basis.
- submissions.submitter (GW106): the issuer's own sections as the subject (今后厅机关各处室新增报表，一律报厅办公室
  审核; 局机关各科室……报局办公室备案) are the issuer itself, not the recipients (gw106-g27b); the self name must be
  the issuer's (a 局's document: 各县（市、区）交通运输局 … still lower).
- units (GW105): a lower government named by its role as a whole cell or paragraph (a task table's 牵头单位
  项目所在镇（街道）, 房屋所在乡镇) is a class of lower governments with work (holdout29r gw102-g62c).
- Not kept: reading a team that goes straight to villages as the townships' work — the round-22 convention (test_rule_r22_f22a
  test_gw105_visited_places_asked) is that such a research notice gives the recipient townships nothing to do: GW105.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _plan(issuer: str, recipients: str, plan: str, items: list[str]) -> str:
    return marked_doc(issuer, recipients, [f"现将《{plan}》印发给你们，请认真抓好落实。"], title=f"关于印发{plan}的通知",
                      docno="综发〔2027〕11号", date="2027年5月8日", tail=[f"@attachment_title {plan}", *items])


# ------------------------------------------------------------ GW102: a township's own 办/科 named after villages
_TOWN = ["@heading1 一、重点任务",
         "（一）整治庭院环境。清理房前屋后乱堆乱放，拆除破旧棚舍，镇村庄规划建设办负责统筹。",
         "（二）完善公共设施。在各村增设垃圾分类亭和公共晾晒区，{unit}。",
         "（三）开展评比活动。每季度评选一批美丽庭院示范户，镇宣传办负责组织。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit, fires", [
    ("由镇社区事务科牵头实施", False),
    ("镇社区建设管理办公室负责实施", False),
    ("相关单位负责实施", True),
])
def test_gw102_township_section_named_after_villages(unit, fires, fmt, tmp_path):
    items = [s.replace("{unit}", unit) for s in _TOWN]
    src = _plan("宁波市鄞州区姜山镇人民政府", "各村（社区），镇各办（中心）：", "姜山镇2027年美丽庭院创建工作方案", items)
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: the village/community where the case lies
_RULES = ["第一条 为加强农村自建房安全管理，制定本办法。",
          "第二条 农村自建房的建设审批，由审批部门负责，县自然资源局、县住房和城乡建设局按职责配合。",
          "第三条 自建房使用过程中的日常巡查，{unit}。",
          "第四条 自建房安全鉴定机构的监督管理由县住房和城乡建设局负责。",
          "第五条 经营性自建房的消防安全检查，由县消防救援大队负责，县市场监督管理局配合。",
          "第六条 自建房安全管理信息系统的建设和维护由县大数据发展管理局负责。",
          "第七条 本办法自2027年6月1日起施行。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit, fires", [
    ("由房屋所在村（社区）负责", False),
    ("由房屋所在社区居委会配合镇人民政府负责", False),
    ("由有关单位负责", True),
])
def test_gw102_role_village_or_community(unit, fires, fmt, tmp_path):
    items = [s.replace("{unit}", unit) for s in _RULES]
    src = _plan("湖州市长兴县人民政府", "各乡镇人民政府、街道办事处，县政府各部门：", "长兴县农村自建房安全管理办法", items)
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: the cited document's issuers, jointly issued
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("basis, fires", [
    ("按照《中共浙江省委办公厅 浙江省人民政府办公厅关于加强养老服务体系建设的实施意见》要求", False),
    ("根据《中共湖州市委 湖州市人民政府关于推进养老服务高质量发展的意见》规定", False),
    ("按照《湖州市财政局关于规范专项资金使用的通知》要求", True),
])
def test_gw106_basis_jointly_issued_title(basis, fires, fmt, tmp_path):
    body = ["为加强养老服务补贴资金管理，现就有关事项通知如下。",
            "一、各区县民政局要会同同级财政部门对补贴发放情况开展半年自查。"
            f"{basis}，自查报告于每年7月10日前报送市民政局养老服务处。",
            "二、加强信息公开。各地要按规定公开补贴对象和发放标准。"]
    src = marked_doc("湖州市民政局", "各区县民政局：", body, title="关于加强养老服务补贴资金管理的通知",
                     docno="湖民发〔2027〕9号", date="2027年3月2日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: the issuer's own sections as the subject
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, rule, fires", [
    ("江西省交通运输厅", "各设区市交通运输局：", "自即日起，厅机关各处室需要基层填报的统计报表，一律报厅办公室审核后方可下发。", False),
    ("赣州市应急管理局", "各县（市、区）应急管理局：", "今后局机关各科室新增的调度表格，须报局办公室备案后方可印发。", False),
    ("赣州市应急管理局", "各县（市、区）应急管理局：", "今后各县（市、区）应急管理局新增的调度表格，须报局办公室备案。", True),
])
def test_gw106_issuer_own_sections(issuer, recipients, rule, fires, fmt, tmp_path):
    body = ["为切实减轻基层负担，经研究，决定对面向基层的报表进行规范。",
            "一、已经取消的报表不得以任何形式变相要求基层填报。", f"二、{rule}"]
    src = marked_doc(issuer, recipients, body, title="关于规范面向基层报表的通知", docno="综函〔2027〕5号",
                     date="2027年2月20日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: a role-named lower government as a whole cell
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("房屋所在镇（街道）", False),
    ("项目所在乡镇", False),
    ("县发展和改革局", True),
])
def test_gw105_role_named_lower_government_cell(cell, fires, fmt, tmp_path):
    items = ["第一条 为推进闲置农房盘活利用，制定本细则。", "第二条 盘活利用的任务和分工如下表。",
             "@table 序号|工作任务|牵头单位|配合单位",
             "@table 1|建立闲置农房台账|县农业农村局|县自然资源和规划局",
             f"@table 2|协调农户签订流转协议|{cell}|县农业农村局",
             "@table 3|落实盘活项目用地指标|县自然资源和规划局|县发展和改革局",
             "第三条 本细则自印发之日起施行。"]
    src = _plan("湖州市长兴县人民政府", "各乡镇人民政府、街道办事处，县级各部门：", "长兴县闲置农房盘活利用实施细则", items)
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]

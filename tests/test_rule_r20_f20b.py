"""GW105 false alarms on recipients lists (issue 15, round 20, f20b): who the recipients are and what work they get.

- Places joined by 、 share one department's name also when a place is a zone run by a 管委会 or a bare 州/林区
  (各市（州）、长白山管委会文化广电和旅游局; 各市、州、直管市、林区党委宣传部): departments, no governments.
- A prepositional phrase after the subject frames the predicate across a comma (各县（区）人民政府按照……核定的
  清单，年内完成……); jieba's nouns 利用/会同/协同 are verbs (各团场利用……改造……).
- Bare county collectives after a ……所在 modifier (场馆所在区（市）县人民政府, 管道所在县（市）区政府) are the
  county governments; 所在区 no longer swallows the 区.
- 团镇合一: the 团场 are also the township level, the base level beside the 师市's 街道办事处.
- A township named first with a department beside it (项目所在街道和产业主管部门做好接待) or after 由 with
  确定/明确/指定 (由项目所在镇街确定1名联络员) has work.
- A lower level's plan or budget that takes the work in (纳入县级财政预算, 纳入县（市）国土空间规划) is that level's
  work; not one done (已纳入), waived (不纳入) or the issuer's own (纳入省级财政预算).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             "现就有关事项通知如下。", *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


def _fires(src: str, fmt: str, tmp_path) -> bool:
    return bool(_codes(src, fmt, tmp_path, "GW105"))


# ------------------------------------------------------------ places sharing one department's name
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, fires", [
    ("吉林省林业和草原局", "各市（州）、长白山管委会林业和草原局", False),
    ("吉林省林业和草原局", "各市（州）、长白山管委会、梅河口市林业和草原局", False),
    ("湖北省林业局", "各市、州、直管市、林区林业局", False),
    ("中共湖北省委宣传部", "各市、州、直管市、林区党委宣传部", False),
    # the governments themselves: idle
    ("吉林省林业和草原局", "各市（州）人民政府、长白山管委会", True),
    ("湖北省林业局", "各市、州、直管市、神农架林区人民政府", True),
])
def test_gw105_places_share_a_department(issuer, recipients, fires, fmt, tmp_path):
    src = _doc(issuer, recipients + "：", ["一、本单位于3月20日前在门户网站公布全省重点防火区域图。",
                                          "二、本单位森林防火指挥中心实行24小时值班。"])
    assert _fires(src, fmt, tmp_path) == fires


# ------------------------------------------------------------ how the subject's predicate is worded
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、各县（区）人民政府按照市住房城乡建设局核定的年度清单，年内完成本辖区三分之一的改造任务。", False),
    ("二、各县（区）人民政府、经开区管委会按附件1确定的任务，完成消毒设备配备。", False),
    ("二、各县（区）人民政府会同燃气企业制定交通疏导方案。", False),
    ("二、各县（区）人民政府利用闲置校舍改造社区养老服务站。", False),
    ("二、场馆所在区（市）县人民政府、管委会负责落实场馆免费开放。", False),
    ("二、管道所在县（市）区政府负责交通疏导，并提前向社会公告。", False),
    # done, or the county only qualifies what follows: the counties have nothing to do
    ("二、各县（区）人民政府按照市里核定的年度清单，已于去年完成改造任务。", True),
    ("二、各县（区）人民政府去年上报的改造清单由市住房城乡建设局审核。", True),
])
def test_gw105_county_predicate(line, fires, fmt, tmp_path):
    src = _doc("抚州市人民政府办公室", "各县（区）人民政府，市政府各部门：",
               ["一、市住房城乡建设局于5月底前建立全市老旧管道改造项目库。", line,
                "三、市财政局按改造投资额的20%给予奖补。"])
    assert _fires(src, fmt, tmp_path) == fires


# ------------------------------------------------------------ 团场 beside the 街道办事处
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("一、各团场利用团部现有场地，每个团场建成1个综合养老服务中心。", False),
    ("一、各团场于年底前每个团场建成1个综合养老服务中心。", False),
    ("一、师市民政局于年底前在各团场建成综合养老服务中心。", True),
])
def test_gw105_regiments_and_streets(line, fires, fmt, tmp_path):
    src = _doc("第七师胡杨河市人民政府办公室", "各团场、各街道办事处，师市各部门：",
               [line, "二、师市财政局对建成的中心按每个50万元给予补助。"])
    assert _fires(src, fmt, tmp_path) == fires


# ------------------------------------------------------------ a lower level's plan or budget
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("第三条　群测群防员的补助经费纳入州（市）级财政预算，省财政厅给予适当补助。", False),
    ("第三条　营地布局规划由省自然资源厅负责组织编制，纳入设区市国土空间规划。", False),
    ("第三条　群测群防员的补助经费已纳入省级财政预算，由省财政厅拨付。", True),
    ("第三条　群测群防员的补助经费不纳入州（市）级财政预算，由省财政厅全额承担。", True),
])
def test_gw105_lower_plans_and_budgets(line, fires, fmt, tmp_path):
    src = _doc("云南省人民政府办公厅", "各州、市人民政府，省直各委、办、厅、局：",
               ["第一条　为加强地质灾害群测群防员队伍管理，制定本办法。",
                "第二条　省自然资源厅负责全省群测群防员的业务培训和考核。", line],
               "关于印发地质灾害群测群防员管理办法的通知")
    assert _fires(src, fmt, tmp_path) == fires


# ------------------------------------------------------------ a township named first, a department beside it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、征迁涉及的镇（街道）和区自然资源局做好群众政策解释工作。", False),
    ("二、项目所在街道和产业主管部门做好客商接待。", False),
    ("二、由项目所在镇街确定1名专职联络员，协调解决具体问题。", False),
    ("二、由区住房城乡建设局确定1名专职联络员，协调解决具体问题。", True),
    ("二、项目所在街道的群众意见由区住房城乡建设局汇总答复。", True),
])
def test_gw105_township_beside_department(line, fires, fmt, tmp_path):
    src = _doc("宁波市鄞州区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：",
               ["一、区住房城乡建设局于4月底前完成征迁范围内房屋的调查登记。", line,
                "三、区财政局按征迁进度及时拨付补偿资金。"])
    assert _fires(src, fmt, tmp_path) == fires

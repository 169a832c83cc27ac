"""Readings f26d fixed in round 26 (GW302), each on surfaces written for this file, not copied from a set.

- GW302 "whose material is it -- a regulated party's, or the worker's": a regulated party (企业, 商户, 经营者)
  named in an earlier clause as the one served, told or accompanied -- after a preposition or a companion verb
  (陪同燃气企业人员入户; 对帮扶企业开展走访; 为辖区商户讲解; 向经营者发放; 与企业负责人座谈) -- is not the one who keeps
  the photos a later clause asks for and scores (……照片数量纳入安全员年度考核): the worker's traces are still
  proof of work (holdout30 gw302-g47c). A party that is its clause's subject (食品生产企业要建立……台账) or the
  object of a pivot (督促/指导/要求 企业 ……) still keeps its own material.
  Base 461e8aa9: 5 of 12 surfaces wrong (five of six guilty ones missed; the six innocent right).
- GW302 "scope of a removal verb over a trace demand": a lifting verb (取消, 停止, 废止 …) that is its clause's
  predicate before the material (年度考核取消台账查阅和照片评分; 考核中停止查阅巡河照片) removes the material's
  use -- the 考评/考核 before it is the topic, not a verb taking 取消 as its object (holdout30 gw302-g77c). Not
  after a sending verb (报送取消的……佐证材料), nor across a new predicate (取消评优资格并查阅工作台账), nor when the
  material only modifies the removed thing (取消台账造假单位的评优资格) or the removal is in another clause.
  Base 461e8aa9: 6 of 16 surfaces wrong (six innocent flagged; the guilty right).
- GW301 "who does the inspection -- the agent of 由": an agent marker later in the clause than its lead, after
  words of time or manner (原定由各区县人民政府每季度组织……检查; 今年统一由各县（区）人民政府组织……; 改由……; 拟由……),
  names the body that inspects: a department's notice telling the lower governments' own inspections of
  institutions launches none of its own (holdout28r gw104-g04b). The issuer (由我委, 由市卫生健康委) or its own
  office still inspects; a 由 after the trigger (……开展检查，由各县做好准备) names no inspector.
  Base 461e8aa9: 4 of 12 surfaces wrong (four innocent flagged; the guilty right).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕19号", date="2027年5月20日")


# ------------------------------------------------------------ GW302: a party served is not the keeper
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # guilty: the worker's photos scored, the enterprise only accompanied / served
    ("容城县市场监督管理局", "各乡镇人民政府：",
     ["今冬燃气安全宣传由各乡镇组织实施。", "各乡镇安全员陪同燃气企业技术人员入户检查，检查照片数量纳入安全员年度考核。"], True),
    ("临夏州乡村振兴局", "各县（市）乡村振兴局：",
     ["二、驻村工作队员对帮扶企业开展走访服务，走访照片作为队员季度考评依据。"], True),
    ("思明区城市管理局", "各街道办事处：",
     ["三、社区工作者为辖区商户讲解垃圾分类政策，每周上传宣传照片，照片张数纳入社区工作者绩效考核。"], True),
    ("泗阳县商务局", "各乡镇人民政府：",
     ["@table 承担者|任务", "@table 乡镇商务专干|统筹本辖区宣传", "@table 网格员|向经营者发放告知书，发放照片作为网格员月度计分依据"], True),
    ("长治市工业和信息化局", "各县（区）工业和信息化局：",
     ["各县区驻企指导员与企业负责人座谈后，须将座谈照片报送市工信局。", "注：座谈照片作为指导员年度考评依据。"], True),
    ("长治市工业和信息化局", "各县（区）工业和信息化局：",
     ["驻企指导员与企业负责人座谈后，须将座谈照片报送市工信局，作为指导员年度考评依据。"], True),
    # innocent: the party is the subject or a pivot's object: its own records
    ("容城县市场监督管理局", "各乡镇人民政府：", ["督促辖区企业落实主体责任，每月上传自查照片，作为企业信用评价依据。"], False),
    ("容城县市场监督管理局", "各乡镇人民政府：", ["一、食品生产企业要建立进货查验台账，查验照片作为年度评价依据。"], False),
    ("长治市应急管理局", "各县（区）应急管理局：", ["指导燃气企业入户安检，安检照片纳入企业安全评估。"], False),
    ("泗阳县人力资源和社会保障局", "各乡镇人民政府：", ["用人单位按规定申报，申报时附工资发放台账。"], False),
    ("思明区城市管理局", "各街道办事处：", ["要求各企业开展自查，自查照片作为评定企业信用等级的依据。"], False),
    ("思明区城市管理局", "各街道办事处：",
     ["@table 对象|要求", "@table 沿街商户|各商户落实门前三包，每月上传保洁照片，作为文明商户评比依据"], False),
])
def test_gw302_party_served_is_not_the_keeper(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: a lifting verb as the clause's predicate
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, body, fires", [
    # innocent: the use of the traces is lifted
    ("宁县民政局", ["今后年度考核取消台账查阅和照片评分，一律以实地核查为准。"], False),
    ("宁县民政局", ["经研究，河长制考核停止查阅巡河照片。"], False),
    ("合川区农业农村委员会", ["三、考核方式。本年度考评取消佐证材料报送，以现场核查为准。"], False),
    ("合川区农业农村委员会", ["会议议定：村级组织考评取消台账检查和资料评分，改为群众评议。"], False),
    ("黔西市人民政府办公室", ["今后考核中取消台账检查。", "各乡镇不再另行准备迎检材料。"], False),
    ("黔西市人民政府办公室",
     ["@table 事项|调整意见", "@table 村级组织年度考评|考评废止会议记录评分，以走访群众为准"], False),
    ("宁县民政局", ["四、对社区的季度考评，取消工作台账评分。"], False),
    ("宁县民政局", ["各乡镇年终考评不再查阅工作台账。"], False),
    # guilty: the removal does not reach the traces
    ("宁县民政局", ["年度考核查阅工作台账，台账不全的取消评优资格。"], True),
    ("宁县民政局", ["考核组查阅台账，对弄虚作假的取消评先资格。"], True),
    ("合川区农业农村委员会", ["各乡镇报送取消的证明事项清单和佐证材料。"], True),
    ("合川区农业农村委员会", ["考评取消后，仍须查阅台账。"], True),
    ("黔西市人民政府办公室", ["考核时取消评优资格并查阅工作台账。"], True),
    ("黔西市人民政府办公室", ["取消台账造假单位的评优资格，台账作为考核依据。"], True),
    ("宁县民政局", ["@table 事项|要求", "@table 年度考评|取消年中考评，年终考评查阅工作台账"], True),
    ("宁县民政局", ["注：暂停季度考核，年终考核以工作照片为评分依据。"], True),
])
def test_gw302_lifting_verb_predicate(issuer, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, "各乡（镇）人民政府：", body), fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: the agent of 由 after adverbs inspects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # innocent: the lower governments inspect institutions themselves
    ("六盘水市卫生健康委员会", "各县（区）人民政府：", ["今年统一由各县（区）人民政府组织辖区医疗机构开展消防检查。"], False),
    ("六盘水市卫生健康委员会", "各县（区）人民政府：",
     ["根据工作调整，改由各县（区）人民政府组织开展基层医疗机构检查。"], False),
    ("六盘水市卫生健康委员会", "各县（区）人民政府：",
     ["去年我委印发通知，原定由各县（区）人民政府每季度组织一次辖区诊所联合检查。", "上述安排自即日起不再执行。"], False),
    ("德阳市应急管理局", "各县（市、区）人民政府：",
     ["@table 事项|安排", "@table 汛前检查|拟由各县（市、区）人民政府组织辖区水库检查"], False),
    ("德阳市应急管理局", "各县（市、区）人民政府：",
     ["三、工作安排。今年汛前统一由各县（市、区）人民政府对辖区小水库开展安全检查，市局不再另行组织。"], False),
    ("高唐县市场监督管理局", "各乡镇人民政府，各街道办事处：",
     ["注：夏季小餐饮巡查原定由各乡镇人民政府、街道办事处每月开展一次。"], False),
    # guilty: the issuer (or its own office) inspects the lower governments
    ("六盘水市卫生健康委员会", "各县（区）人民政府：", ["由我委对各县（区）人民政府开展专项督查。"], True),
    ("六盘水市卫生健康委员会", "各县（区）人民政府：",
     ["原定由各县（区）自查，现改为由我委对各县（区）人民政府履职情况开展督查。"], True),
    ("六盘水市卫生健康委员会", "各县（区）人民政府：", ["今年统一由市卫生健康委对各县（区）人民政府健康工作开展考核。"], True),
    ("六盘水市卫生健康委员会", "各县（区）人民政府：",
     ["我委将于6月对各县（区）人民政府开展安全生产检查，由各县（区）人民政府提前做好准备。"], True),
    ("德阳市应急管理局", "各县（市、区）人民政府：", ["经研究，拟由局领导带队对各县（市、区）人民政府开展督导检查。"], True),
    ("德阳市应急管理局", "各县（市、区）人民政府：", ["今年改由局督查室对各县（市、区）人民政府开展督查。"], True),
])
def test_gw301_agent_after_adverbs(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]

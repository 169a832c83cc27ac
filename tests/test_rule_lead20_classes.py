"""Classes the lead fixed in round 20, in other phrasings than the drafts that showed them:

- GW806: a conjunction (和, 与) standing alone right after a verb that is no noun (结合, 统筹, 推动) has no left
  conjunct, so 和|和美乡村 after it is the conjunction typed twice -- also where jieba reads the next character as
  a place abbreviation (和|和|美: 美 as America); after a noun or a verbal noun (城镇和和美乡村, 乡村发展和和美乡村)
  both copies are right.
- GW105: a section stating a selection's quota or conditions (评选名额, 名额分配, 申报条件) describes; an item there
  that opens with a predicate (评选先进集体10个, 具有……资格) orders nobody.
- GW105: in a section listing a document's objects (培训对象), 各单位 written under the issuer's own level
  (省政府直属各单位, 市直各单位) is no "recipients as a whole": the lower governments get nothing from it.
- GW105: own-level collectives of a league or prefecture (盟直各部门, 州直各单位, 旗直各单位) are the issuer's level
  doing work, as 市直各单位 is.
- Units: the 林长/河长/湖长/田长 of a level (市级林长, 县级总河长, 乡级林长) are that level's 党政 leaders: their
  patrols (巡林, 巡河 -- now verbs in the user dictionary) are that level's work.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, cc: str | None = None) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日", *([f"@cc 抄送：{cc}。"] if cc else [])]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW806: a conjunction typed twice after a verb
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("一、各县（区）文化和旅游局要结合和和美乡村建设，办好乡村村晚。", True),
    ("二、要推动与与周边城市的产业协作，形成一批合作项目。", True),
    ("三、做好和和美乡村建设有关的宣传工作。", True),
    ("一、统筹城镇和和美乡村建设，推动公共服务向农村延伸。", False),
    ("二、乡村发展和和美乡村建设要一体推进。", False),
    ("三、推进改革和和平发展相互促进。", False),
])
def test_gw806_conjunction_after_verb(sentence, fires, fmt, tmp_path):
    src = _doc("某市文化和旅游局", "各县（区）文化和旅游局：", ["为丰富群众文化生活，现就有关事项通知如下：", sentence],
               "关于开展乡村文化活动的通知")
    found = _codes(src, fmt, tmp_path, "GW806")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: quota and condition sections
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sections, fires", [
    (["@heading1 一、评选名额", "评选盟直机关先进集体10个、先进个人30名，名额向一线倾斜。"], True),
    (["@heading1 一、名额分配", "评选盟直机关先进集体10个，其中基层窗口单位不少于4个。"], True),
    (["@heading1 一、申报条件", "具有独立法人资格，近三年未发生安全生产事故。"], True),
    (["@heading1 一、评选名额", "评选盟直机关先进集体10个。", "@heading1 二、工作要求",
      "各旗县市人民政府要组织本地区先进个人推荐工作。"], False),
])
def test_gw105_quota_and_condition_sections(sections, fires, fmt, tmp_path):
    src = _doc("兴安盟行政公署办公室", "各旗县市人民政府，盟直各部门：",
               ["经行署同意，决定开展2026年度盟直机关先进集体评选工作。现将有关事项通知如下。", *sections,
                "@heading1 三、评选程序", "盟直各部门在本单位公示后择优推荐，盟直机关工委审核后报行署研究确定。"],
               "关于开展2026年度盟直机关先进集体评选工作的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: the issuer's own units as a document's objects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("objects, fires", [
    ("省政府直属各单位负责督查工作的同志各1名。", True),
    ("省直各单位负责督查工作的同志各1名。", True),
    ("各单位负责督查工作的同志各1名。", False),
    ("各设区市人民政府督查室负责同志各1名。", False),
])
def test_gw105_own_units_as_objects(objects, fires, fmt, tmp_path):
    src = _doc("福建省人民政府办公厅", "各设区市人民政府，省直各单位：",
               ["为提升督查工作水平，省政府办公厅定于2026年7月举办督查工作培训班。现将有关事项通知如下。",
                "@heading1 一、培训时间和地点", "7月14日至15日，在省行政学院（福州市仓山区）举行。",
                "@heading1 二、培训对象", objects, "@heading1 三、有关要求", "培训期间食宿由培训班统一安排，不收取费用。"],
               "关于举办2026年督查工作培训班的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: a level's 林长/河长 carry that level's work
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("duty, fires", [
    ("一、县级林长每季度巡林不少于1次，乡级林长每月巡林不少于1次。", False),
    ("一、县级总河长每半年巡河不少于1次。", False),
    ("一、各县（市、区）人民政府每年巡林不少于2次。", False),
    ("一、市林长办每季度通报一次巡林情况。", True),
])
def test_gw105_a_levels_chiefs(duty, fires, fmt, tmp_path):
    src = _doc("赣州市林业局", "各县（市、区）林长制工作办公室：",
               ["为压实林长责任，现就有关工作通知如下：", duty, "二、各县（市、区）林长制工作办公室要建立巡林问题台账。"],
               "关于做好林长巡林工作的通知", cc="各县（市、区）人民政府")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW103: the speaker named whole in the message
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("told, shown", [
    ("3月1日，张三副市长出席全市安全生产工作会议并讲话。", "张三副市长出席全市安全生产工作会议并讲话"),
    ("在全市安全生产工作会议上，市委常委、副市长李四作了重要讲话。", "市委常委、副市长李四作了重要讲话"),
    ("会上，县长泽仁多吉同志作了讲话。", "县长泽仁多吉同志作了讲话"),
])
def test_gw103_message_names_the_speaker_whole(told, shown, fmt, tmp_path):
    src = _doc("某市人民政府办公室", "各县（区）人民政府：", [told, "现将讲话全文印发给你们，请认真学习贯彻。"],
               "关于印发有关讲话的通知")
    found = _codes(src, fmt, tmp_path, "GW103")
    assert len(found) == 1 and f"“{shown}”" in found[0].message, [f.message for f in found]


# ------------------------------------------------------------ GW105: a role-named township as a doer
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、区住房城乡建设局会同项目所在街道开展入户调查。", False),
    ("二、区住房城乡建设局和项目所在街道共同开展入户调查。", False),
    ("二、涉及的街道负责做好群众解释工作。", False),
    ("二、属地街道负责做好群众解释工作。", False),
    ("二、签约项目由项目所在街道明确1名帮办代办员。", False),
    ("二、区住房城乡建设局统一安排入户时间，项目所在街道和产业主管部门做好群众接待。", False),
    ("二、区住房城乡建设局开展入户调查，区司法局做好法律服务。", True),
])
def test_gw105_role_named_township(line, fires, fmt, tmp_path):
    src = _doc("某区人民政府办公室", "各街道办事处，区直有关部门：",
               ["为做好老旧小区改造征收工作，现将有关事项通知如下：", "一、区住房城乡建设局负责编制征收方案。", line],
               "关于做好老旧小区改造征收工作的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ units: a space after a number opens no place name
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("市应急管理局将组织 4 个明查暗访组，对 11 个旗县市区人民政府安全生产责任落实情况开展明查暗访，结果按得分排名通报。", False),
    ("市应急管理局将组织4个明查暗访组，对11个旗县市区人民政府安全生产责任落实情况开展明查暗访，结果按得分排名通报。", False),
    ("市应急管理局将组织 4 个明查暗访组，对 11 家重点企业安全生产责任落实情况开展明查暗访，结果按得分排名通报。", True),
])
def test_gw105_spaced_count_before_inspected_governments(line, fires, fmt, tmp_path):
    src = _doc("乌兰察布市应急管理局", "各旗县市区人民政府：", ["根据市安委会工作要点，现将有关事项通知如下。", line],
               "关于开展安全生产明查暗访的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: 由 + a department named without a place
def _park_plan(items: list[str]) -> str:
    return _doc("某工业园区管理委员会", "园区各部门，各街道办事处：",
                ["《园区生物医药产业提升行动方案》已经管委会同意，现印发给你们，请认真组织实施。",
                 "@attachment_title 园区生物医药产业提升行动方案", "@heading1 一、重点任务", *items],
                "关于印发园区生物医药产业提升行动方案的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("items, missing", [
    (["（一）强化创新策源。建设抗体药物中试平台，由科技创新委员会负责。",
      "（二）加快临床资源开放。推动研究型病房建设，由社会事业局负责。"], 0),
    (["（一）强化创新策源。", "一是建设中试平台，由科技创新委员会负责；二是引进研发团队，由人才工作办负责；"
      "三是开展独角兽企业培育；四是举办创新大会，由经济发展委员会负责。"], 1),
    (["（一）强化创新策源。建设抗体药物中试平台，由有关部门负责。",
      "（二）加快临床资源开放。推动研究型病房建设，由卫生健康委员会牵头，各街道配合。"], 1),
])
def test_gw102_by_department_without_place(items, missing, fmt, tmp_path):
    found = [f for f in _codes(_park_plan(items), fmt, tmp_path, "GW102") if not (f.data or {}).get("summary")]
    assert len(found) == missing, [f.message for f in found]
    if missing and "三是" in items[-1]:
        assert "三是" in found[0].message


# ------------------------------------------------------------ GW105: a numbered item that is one whole order
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("items, fires", [
    (["一、加强运力保障。", "二、加强路面巡查疏导。", "三、做好恶劣天气应急处置。"], False),
    (["（一）加强运力保障", "（二）加强路面巡查疏导", "（三）做好恶劣天气应急处置"], False),
    (["一、强化组织领导", "省交通运输厅成立春运工作专班，统筹调度。", "二、加强运力保障", "省公路事务中心负责运力调度。"], True),
    (["一、办公时间。", "每日8时至18时。", "二、办公地点。", "省交通运输厅一楼大厅。"], True),
    # a section's title over its own sub-items is no order; a verbal noun and nouns before 由 are a subject
    (["一、组织实施", "（一）省交通运输厅成立春运工作专班。", "（二）春运经费由省财政厅统筹安排。"], True),
])
def test_gw105_whole_item_orders(items, fires, fmt, tmp_path):
    src = _doc("某省人民政府办公厅", "各设区市人民政府，省政府各部门：", ["为做好今年春运工作，现就有关事项通知如下：", *items],
               "关于做好2026年春运工作的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ read after the reserve's end-of-slot measurement
# GW401: the team's lodging handed to the visited places (调研组食宿由所到县（区）统一安排) is reception asked of them;
# GW102: a frequency between a collective and its verb (各乡镇（街道）至少组织1次演练) keeps the collective its subject.
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("调研组食宿由所到县（区）统一安排。", True),
    ("调研组食宿由调研组自行安排。", False),
    ("调研组成员要严格按标准安排就餐住宿。", False),
])
def test_gw401_lodging_handed_to_the_visited(line, fires, fmt, tmp_path):
    src = _doc("大兴安岭地区行政公署办公室", "各县（区）人民政府：",
               ["为了解寒地生物产业发展情况，行署副专员定于7月中旬带队赴各县（区）调研。", line,
                "联系人：李明，电话：0457－2123456。"], "关于开展寒地生物产业调研的通知")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, missing", [
    ("（二）开展应急演练。各乡镇（街道）至少组织1次水库山塘险情处置演练。", 0),
    ("（二）开展应急演练。县应急管理局每周开展一次巡查。", 0),
    ("（二）开展应急演练。至少组织1次水库山塘险情处置演练。", 1),
])
def test_gw102_frequency_before_the_verb(item, missing, fmt, tmp_path):
    src = _doc("景宁畲族自治县人民政府办公室", "各乡镇人民政府、街道办事处，县政府直属各单位：",
               ["现将《山塘水库安全度汛工作方案》印发给你们，请认真组织实施。", "@attachment_title 山塘水库安全度汛工作方案",
                "@heading1 一、主要任务", "（一）开展汛前安全检查。5月10日前完成全部水库山塘汛前检查，由县水利局负责。", item],
               "关于印发山塘水库安全度汛工作方案的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW102") if not (f.data or {}).get("summary")]
    assert len(found) == missing, [f.message for f in found]


# GW102: a note labelled 牵头：/配合： without 单位 (（牵头：州水务局；配合：州林草局）) names its units as 牵头单位： does
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, missing", [
    ("（牵头：州水务局；配合：州林草局）", 0),
    ("（牵头：州洱海保护管理局）", 0),
    ("（牵头：各县（市）人民政府、州直有关部门）", 1),
    ("（牵头：有关部门；配合：州林草局）", 1),
])
def test_gw102_bare_lead_label(note, missing, fmt, tmp_path):
    src = _doc("大理白族自治州人民政府办公室", "各县（市）人民政府，州直各部门：",
               ["现将《2026年洱海保护治理工作要点》印发给你们，请认真贯彻落实。", "@attachment_title 2026年洱海保护治理工作要点",
                "1.完善环湖截污体系。完成环湖截污干管检测修复38公里。（牵头单位：州住房城乡建设局）",
                f"2.实施入湖河道生态修复。对弥苴河开展清淤和生态护岸建设。{note}"], "关于印发2026年洱海保护治理工作要点的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW102") if not (f.data or {}).get("summary")]
    assert len(found) == missing, [f.message for f in found]


# GW106: 另报/再报 + a material after a platform update is a second submission of the sentence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tail, n", [
    ("每季度末另报书面进展报告", 2),
    ("每季度末再报书面进展报告", 2),
    ("不再另报书面材料", 1),
])
def test_gw106_another_paper_after_an_update(tail, n, fmt, tmp_path):
    src = _doc("银川市应急管理局", "各县（市）区应急管理局：",
               [f"各县（市）区应急管理局要在监测预警平台中每周更新整治进度，{tail}。"], "关于开展危险化学品安全风险集中治理的通知")
    assert len(_codes(src, fmt, tmp_path, "GW106")) == n

"""Classes s26c fixed in round 26 (holdout30r leftovers), in surfaces of its own:

- GW803, reading "is what follows 截止 a time point it runs up to": 截止 before a named day or moment with no
  figures (截止申报日, 截止本通知印发之日, 截止报名结束时, 截止检查当日) is 截至 misspelt (holdout30r
  fmt/gw8/gw803-g46c); 截止 as a deadline (申报截止日, 报名截止时, 5月8日截止申报, 截止日期) is right.
  Base score on these surfaces: 5 of 10 wrong (every guilty one missed).
- GW401, reading "whose people give the 情况介绍 a visit notice assigns": 由该处/该科/该站同志 names the unit the
  sentence named just before with that suffix; when that unit is the team's own side (由厅国有林场管理处人员陪同，
  情况介绍也由该处同志进行) nothing is asked of the visited (holdout30r gw4/gw401-g32a); when it is the visited
  side's (由县林业和草原局人员陪同，情况介绍由该局同志进行) the demand stands.
  Base score on these surfaces: 3 of 8 wrong (every innocent one with 由该处/该科/该站).
- GW303, reading "is the object of 对……开展检查指导 a party regulated": a party named by its part in a regulated
  activity -- 使用单位, 维保单位, 施工单位, 运营单位, 经营单位 -- is checked as 企业 are (holdout30r gw3/gw303-g48c:
  对使用单位开展防汛安全检查指导); lower governments or their work stay research labelled inspection.
  Base score on these surfaces: 3 of 8 wrong (the innocent 使用单位, 经营单位, 维保单位).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕19号", date="2027年5月9日")


# ------------------------------------------------------------ GW803: 截止 before a time point it runs up to
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # guilty: 截止 + a named day/moment (截至 meant)
    ("江苏省教育厅", "各设区市教育局：",
     ["一、申报范围。各地推荐的项目应已完成中期检查。",
      "注：截止申报日仍未完成整改的学校，不得推荐。"], True),
    ("台州市人力资源和社会保障局", "各县（市、区）人力资源和社会保障局：",
     ["（二）截止本通知印发之日，尚未录入系统的人员名单请一并核对。"], True),
    ("余干县农业农村局", "各乡镇人民政府：",
     ["报名人数以系统记录为准。", "截止报名结束时已提交材料但未缴费的，视为放弃。"], True),
    ("湖北省市场监督管理局", "各市、州、直管市及神农架林区市场监管局：",
     ["检查对象为辖区内的加油站。", "截止检查当日，企业应当公示最近一次计量检定结果。"], True),
    ("曲靖市财政局", "各县（市、区）财政局：",
     ["附件：项目情况表", "填表说明：资金到位情况统计截止填报之日。"], True),
    # innocent: 截止 as the end of a period, or a word with it
    ("江苏省教育厅", "各设区市教育局：",
     ["一、申报截止日为2027年6月30日。", "注：逾期不予受理。"], False),
    ("台州市人力资源和社会保障局", "各县（市、区）人力资源和社会保障局：",
     ["（二）报名截止时，系统自动关闭填报入口。"], False),
    ("余干县农业农村局", "各乡镇人民政府：",
     ["5月20日截止申报，逾期不再受理。"], False),
    ("湖北省市场监督管理局", "各市、州、直管市及神农架林区市场监管局：",
     ["截止日期以邮戳日期为准，请于截止日前寄出。"], False),
    ("曲靖市财政局", "各县（市、区）财政局：",
     ["申报截止后，市财政局组织专家评审。"], False),
])
def test_gw803_jiezhi_before_a_time_point(issuer, recipients, body, fires, fmt, tmp_path):
    got = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW803")
    assert bool(got) == fires, [f.message for f in got]


# ------------------------------------------------------------ GW401: 该处/该局 in a visit notice is the unit just named
def _visit(issuer: str, recipients: str, title: str, body: list[str]) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="调函〔2027〕31号", date="2027年7月2日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body, fires", [
    # innocent: the anaphor names the team's own section, named before it in the sentence
    ("辽宁省林业和草原局", "各市林业和草原主管部门：", "关于开展国有林场改革专题调研的通知",
     ["一、调研时间。2027年8月上旬。",
      "二、调研方式。调研组直接到林场场部和管护站，由局国有林场管理处人员陪同，情况介绍也由该处同志根据年报数据进行。"],
     False),
    ("常德市生态环境局", "各区县（市）生态环境分局：", "关于开展入河排污口整治情况调研的通知",
     ["调研组由局水生态环境科人员陪同并负责联系排污单位，现场情况由该科同志介绍。"], False),
    ("安徽省教育厅", "各市教育局：", "关于开展义务教育课后服务调研的通知",
     ["（三）调研组随机进校，由厅基础教育处人员陪同，学校情况介绍由该处同志根据平台数据进行，不要求学校准备汇报材料。"],
     False),
    ("山西省农业农村厅", "各市农业农村局：", "关于开展旱作节水农业技术推广调研的通知",
     ["二、调研组由厅种植业管理处和省农业技术推广总站人员组成。",
      "三、调研组自行联系农户，由省农业技术推广总站人员陪同，技术情况介绍由该站专家进行。"], False),
    # guilty: the anaphor names a unit of the visited side
    ("晋中市农业农村局", "各县（区、市）农业农村局：", "关于开展高标准农田建后管护调研的通知",
     ["三、调研组到镇后，由镇人民政府人员陪同，管护情况介绍由该镇分管同志进行。"], True),
    ("辽宁省林业和草原局", "各市林业和草原主管部门：", "关于开展国有林场改革专题调研的通知",
     ["二、调研方式。调研组到达后，由县林业和草原局人员陪同，情况介绍由该局同志根据年报数据进行。"], True),
    ("常德市生态环境局", "各区县（市）生态环境分局：", "关于开展入河排污口整治情况调研的通知",
     ["请各区县（市）生态环境分局安排专人陪同，现场情况由该分局分管同志介绍。"], True),
    ("安徽省教育厅", "各市教育局：", "关于开展义务教育课后服务调研的通知",
     ["（三）调研组进校后，由所在县（市、区）教育局人员陪同，学校情况介绍由该局同志进行。"], True),
])
def test_gw401_anaphor_names_the_unit_before(issuer, recipients, title, body, fires, fmt, tmp_path):
    got = _codes(_visit(issuer, recipients, title, body), fmt, tmp_path, "GW401")
    assert bool(got) == fires, [f.message for f in got]


# ------------------------------------------------------------ GW303: the parties a safety inspection checks, named by role
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # innocent: 对 + a party named by its part in a regulated activity (使用单位, 维保单位, 施工单位, 运营单位)
    ("天津市河西区市场监督管理局", "各街道市场监管所：",
     ["区市场监管局7月组织人员深入加装电梯的老旧小区。对使用单位开展安全检查指导，发现隐患的责令整改。"], False),
    ("株洲市住房和城乡建设局", "各县市区住房和城乡建设局：",
     ["三、市住建局将于5月组织专家对在建项目施工单位开展扬尘防治检查指导。"], False),
    ("岳阳市交通运输局", "各县市区交通运输局：",
     ["节前，市交通运输局对客运站运营单位和维保单位开展安全督导检查，重点查看应急预案。"], False),
    ("泸州市城市管理局", "各区县城市管理局：",
     ["（二）市城管局每季度对燃气经营单位开展一次检查指导。"], False),
    ("成都市武侯区市场监督管理局", "各街道办事处：",
     ["注：区市场监管局汛期前对辖区电梯维保单位开展检查指导。"], False),
    # guilty: the same words with lower governments' work as the object
    ("株洲市住房和城乡建设局", "各县市区住房和城乡建设局：",
     ["三、为了解扬尘防治工作推进情况，听取基层意见建议，市住建局将于5月对各县市区开展扬尘防治检查指导，走访施工现场。"], True),
    ("天津市河西区市场监督管理局", "各街道市场监管所：",
     ["区市场监管局7月组织开展电梯安全监管调研督导，分赴各街道市场监管所了解情况。"], True),
    ("岳阳市交通运输局", "各县市区交通运输局：",
     ["市交通运输局将于3月组织开展客运站运营单位监管工作调研督导，分赴各县市区了解情况。"], True),
])
def test_gw303_parties_named_by_role(issuer, recipients, body, fires, fmt, tmp_path):
    got = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW303")
    assert bool(got) == fires, [f.message for f in got]

"""Readings g23a fixed in round 23 (holdout27r's GW102 and GW806 misses and false alarms), in surfaces of its own:

- units: the issuing bureau's own section opening a clause and told acting after a frame word (局执法监督股在每季度末
  组织……; 局法规股通过……) is a named unit, as it is before 负责/组织 (gw102-g14c).
- units: a coordination body itself (县农村人居环境整治工作领导小组每月调度……) is a named unit, as its 办公室, a 指挥部
  or a 专班 is (gw102-g11b).
- units: a level's finance written 市级财政/县级财政 (县级财政每年安排……) is that level's finance department, as 县财政
  is (gw102-g21a).
- GW102: a unit named by its role towards the case with any noun before 所在 (由宅基地所在乡镇负责, 由申请人所在街道
  负责) is determinate, as 由项目所在镇负责 is (gw102-g23b).
- GW102: unnumbered paragraphs under short titles, or with no titles at all after the preamble, that share the work
  out one by one -- by a closing note or by a last clause naming the unit (……，区城管局按职责分工负责。……，由区
  水务局负责。) -- are measures; the one left with a generic unit or none is reported (gw102-g21c, g13c).
- GW806: a pair opening a list segment beside a segment of the same length opening with a pair too (岛岛通航、天天
  有班; 件件有回音、事事有着落) is a distributive reduplication, not a character typed twice (gw101-g12a).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes


def _plan(issuer: str, recipients: str, title: str, body: list[str]) -> str:
    return plan_doc(issuer, recipients, title, body, docno="综字〔2027〕8号", date="2027年6月14日", page_break=True)


_COUNTY = ("崇义县人民政府办公室", "各乡镇人民政府，县政府各部门：", "崇义县农村人居环境整治提升实施方案")
_BUREAU = ("宁乡市城市管理和综合执法局", "各街道城管执法中队，局机关各股室：", "2027年市容秩序专项整治实施方案")


def _measures(last: str, bureau: bool = False) -> list[str]:
    if bureau:
        return ["@heading1 一、主要措施",
                "（一）开展占道经营整治。局市容管理股负责制定整治标准，各街道城管执法中队建立问题台账。",
                "（二）规范户外广告设置。局市政设施股会同局督查室对大型户外广告开展安全检查。",
                "（三）推进渣土运输治理。局环卫管理股负责渣土运输车辆备案管理。",
                last]
    return ["@heading1 一、重点任务",
            "（一）推进农村改厕。完成户厕改造2000户。（责任单位：县农业农村局）",
            "（二）治理生活污水。新建污水处理站12座。（责任单位：县生态环境局）",
            "（三）清理村庄垃圾。建立村收集、镇转运、县处理体系。（责任单位：县城市管理局）",
            last]


# ------------------------------------------------------------ GW102: unit readings of a measure's subject
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bureau, last, fires", [
    (True, "（四）开展安全宣传。局执法监督股在每季度末组织执法人员进社区宣讲。", False),
    (True, "（四）开展法治培训。局法规股通过集中授课和以案释法开展全员培训。", False),
    (True, "（四）开展安全宣传。在每季度末组织执法人员进社区宣讲。", True),
    (False, "（四）强化统筹调度。县农村人居环境整治工作领导小组每月调度进展，研究解决资金和用地问题。", False),
    (False, "（四）强化统筹调度。有关部门每月调度进展，研究解决资金和用地问题。", True),
    (False, "（四）落实运维经费。县级财政每年安排农村污水设施运维资金500万元。", False),
    (False, "（四）落实运维经费。每年安排农村污水设施运维资金500万元。", True),
])
def test_gw102_subject_units(bureau, last, fires, fmt, tmp_path):
    issuer, recipients, title = _BUREAU if bureau else _COUNTY
    src = _plan(issuer, recipients, title, _measures(last, bureau))
    got = _codes(src, fmt, tmp_path, "GW102")
    assert bool(got) is fires, [f.message for f in got]


def _articles(role: str) -> str:
    body = ["第一条 为规范农村危房改造补助管理，结合本县实际，制定本办法。",
            "第二条 本办法适用于本县行政区域内农村低收入群体住房的危房改造。",
            f"第三条 补助申请的受理和初审{role}，应当在15个工作日内完成。",
            "第四条 房屋危险性鉴定由县住房和城乡建设局负责，县应急管理局配合。",
            "第五条 补助资金的拨付由县财政局负责，实行一卡通发放。",
            "第六条 本办法自2027年7月1日起施行。"]
    return _plan("崇义县人民政府", "各乡镇人民政府，县政府各部门：", "崇义县农村危房改造补助管理办法", body)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("role, fires", [
    ("由申请人户籍所在乡镇负责", False),
    ("由房屋所在乡（镇）人民政府负责", False),
    ("由有关单位负责", True),
])
def test_gw102_role_unit_before_suozai(role, fires, fmt, tmp_path):
    got = _codes(_articles(role), fmt, tmp_path, "GW102")
    assert bool(got) is fires, [f.message for f in got]


# ------------------------------------------------------------ GW102: unnumbered paragraph measures
def _titled(third: str) -> str:
    body = ["为推动老旧街区“净起来、亮起来、美起来”，提出以下措施。",
            "@heading2 道路修复",
            "对坑洼路面和破损人行道实行清单化修补，雨季前完成排水沟疏通，区住房城乡建设局、区水务局按职责分工负责。",
            "@heading2 门店招牌",
            "统一规范沿街门店招牌设置，拆除破损和违规招牌，区城市管理局牵头，区市场监管局配合。",
            "@heading2 违规停车",
            f"在街区出入口施划临时停车泊位，对占用消防通道停车的依法处置，{third}。",
            "@heading2 夜间照明",
            "补齐街区路灯，更换老化灯具，亮灯率保持在98%以上，由区城市管理局负责。"]
    return _plan("长沙市天心区人民政府办公室", "各街道办事处，区政府各部门：", "天心区老旧街区品质提升若干措施", body)


def _untitled(fourth: str) -> str:
    body = ["为做好2027年农民工等重点群体就业工作，结合我省实际，制定如下措施。",
            "对吸纳脱贫劳动力稳定就业6个月以上的企业，按每人1000元给予一次性吸纳就业补贴。（就业促进处负责）",
            "组织开展“春风行动”专场招聘，全年举办招聘会不少于500场。（人力资源流动管理处、省人才交流服务中心负责）",
            "对参加以工代训的农民工，按每人每月500元给予企业培训补贴。（职业能力建设处负责）",
            fourth,
            "各市（州）人力资源社会保障局要结合实际抓好以上措施的落实。",
            "本措施自2027年5月1日起施行。"]
    return marked_doc("湖南省人力资源和社会保障厅", "各市（州）人力资源社会保障局：", body,
                      title="关于做好重点群体就业工作的若干措施", docno="湘人社发〔2027〕9号", date="2027年4月2日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, fires", [
    (_titled("由各街道和区有关部门负责"), True),
    (_titled("由区公安分局交警大队负责"), False),
    (_untitled("对返乡创业的农民工，给予5000元一次性创业补贴。"), True),
    (_untitled("对返乡创业的农民工，给予5000元一次性创业补贴。（农民工工作处负责）"), False),
])
def test_gw102_unnumbered_paragraph_measures(src, fires, fmt, tmp_path):
    got = _codes(src, fmt, tmp_path, "GW102")
    assert bool(got) is fires, [f.message for f in got]


# ------------------------------------------------------------ GW806: parallel distributive reduplication
def _notice(sentence: str) -> str:
    return marked_doc("平潭县人民政府", "各乡镇人民政府，县政府各部门：", [sentence], title="关于做好群众诉求办理工作的通知",
                      docno="综字〔2027〕8号", date="2027年6月14日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各单位要健全诉求办理机制，做到“件件有回音、事事有着落”，不断提升群众满意度。", False),
    ("推进小岛客运航线加密，实现岛岛通航、天天有班，方便群众出行。", False),
    ("各单位要健全诉求办理的的机制，做到“件件有回音、天天有跟踪”。", True),
])
def test_gw806_parallel_reduplication(sentence, fires, fmt, tmp_path):
    got = _codes(_notice(sentence), fmt, tmp_path, "GW806")
    assert bool(got) is fires, [f.message for f in got]

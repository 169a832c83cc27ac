"""Readings g24a fixed in round 24 (holdout28r's GW102/GW706 misses and false alarms), in phrasings of its own:

- units: a collective of 有关/相关 narrowed by a domain word (相关涉农部门, 有关执法部门, 各相关行业单位) is as generic as
  有关部门; in a running sentence whose lead is only such a collective (这项工作由相关涉农部门牵头组织，……配合), a topic
  before 由 (这项工作, 该项任务) is what is led, not who leads it: the partners do not stand in for a lead
  (holdout28r gw102-g21c).
- facts.role_noted: a unit named by its role written as a relative clause (由受理该事项的部门负责, 由作出许可决定的
  行政机关负责, 由核发证照的机构负责) is one determinate unit for each matter, as 由审批部门负责 is (gw102-g42a).
- GW102: a closing 责任分工 section that assigns the measures by their numbers (五、责任分工。第一条由……牵头；第二条由……),
  its title in the line or on a line of its own, is the responsibility map (gw102-g26c); a number left out still fires.
- facts.procedural_measures: an evaluation or summing-up item of 保障措施 (开展评估总结, 做好总结评估) is procedural as
  督导问责 is (holdout27r gw101-g12b); the same title among the main tasks is still a measure.
- GW706: a 印发 notice's carried document is no attachment of the cover: a note listing only the carried plan's own
  annex (附件：重点任务责任分工表) counts the labelled annex alone (gw102-g26a); a note listing more than is there fires.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes


def _plan(issuer: str, recipients: str, plan: str, lines: list[str], note: str | None = None,
          tail: list[str] | None = None) -> str:
    return plan_doc(issuer, recipients, plan, ["为推动工作落实，制定本方案。", *lines, *(tail or [])],
                    docno="综字〔2027〕15号", date="2027年5月12日", note=note)


def _opinion(issuer: str, recipients: str, lines: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, ["为做好有关工作，现提出以下意见。", *lines], title=title,
                      docno="综发〔2027〕6号", date="2027年5月12日")


def _measures(found) -> set:
    return {f.data.get("measure") for f in found if not f.data.get("summary")}


# ------------------------------------------------------------ generic qualified lead, topic before 由
_TASKS = ["@heading1 一、主要任务",
          "（一）开展源头排查。全面摸排辖区内问题隐患，建立台账。（责任单位：区城市管理局）",
          "（二）{second}",
          "（三）强化宣传引导。组织进社区宣传活动，引导群众参与。（责任单位：区委宣传部）"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("集中整治违规行为。开展联合执法，依法查处违法违规行为。这项工作由有关执法部门牵头，区公安分局、区交通运输局配合。", True),
    ("加强市场监管。开展专项检查，规范经营秩序。该项任务由相关监管单位负责组织，区商务局、区消防救援大队配合实施。", True),
    ("集中整治违规行为。开展联合执法，依法查处违法违规行为。这项工作由区综合行政执法局牵头，区公安分局、区交通运输局配合。", False),
])
def test_gw102_generic_qualified_lead(second, fires, fmt, tmp_path):
    lines = [ln.replace("{second}", second) for ln in _TASKS]
    src = _plan("合肥市蜀山区人民政府办公室", "各街道办事处，区政府各部门：", "蜀山区占道经营专项整治工作方案", lines)
    found = _codes(src, fmt, tmp_path, "GW102")
    assert (2 in _measures(found)) == fires, [f.message for f in found]


# ------------------------------------------------------------ a role unit written as a relative clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("（由作出行政许可决定的行政机关负责）", False),
    ("由核发该证照的部门负责办理。", False),
    ("（由负责有关工作的部门负责）", True),
])
def test_gw102_role_relative_clause(note, fires, fmt, tmp_path):
    lines = ["一、推行告知承诺。对符合条件的许可事项实行告知承诺制。（责任单位：市司法局）",
             "二、压减办理时限。将许可事项平均办理时限压减至5个工作日以内。（责任单位：市政务服务管理局）",
             f"三、开展事后核查。对以承诺方式取得许可的，在3个月内开展核查。{note}",
             "四、推进证照电子化。全面推行电子证照，实现证照信息共享。（责任单位：市数据资源管理局）"]
    src = _plan("黄石市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "黄石市深化审批制度改革若干措施", lines)
    found = _codes(src, fmt, tmp_path, "GW102")
    assert (3 in _measures(found)) == fires, [f.message for f in found]


# ------------------------------------------------------------ a closing 责任分工 section by article numbers
_ARTICLES = ["一、摸清底数。对全旗草原退化区域开展普查，建立问题清单。",
             "二、实施补播改良。年内完成退化草原补播改良5万亩。",
             "三、落实禁牧休牧。严格执行禁牧休牧制度，加强巡查管护。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("division, missing", [
    (["四、责任分工。第一条由旗自然资源局牵头，旗农牧局配合；第二条由旗农牧局负责；第三条由各苏木乡镇人民政府负责，旗自然资源局指导。"],
     set()),
    (["四、责任分工", "第一条由旗自然资源局牵头，旗农牧局配合；第二条由旗农牧局负责；第三条由各苏木乡镇人民政府负责。"], set()),
    (["四、任务分工。第一条由旗自然资源局牵头，旗农牧局配合；第三条由各苏木乡镇人民政府负责。"], {2}),
])
def test_gw102_division_section_by_number(division, missing, fmt, tmp_path):
    src = _opinion("阿鲁科尔沁旗人民政府", "各苏木乡镇人民政府，旗直各部门：", [*_ARTICLES, *division],
                   "关于加强草原生态保护修复的实施意见")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert _measures(found) == missing, [f.message for f in found]


# ------------------------------------------------------------ evaluation and summing-up items of 保障措施
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section, item, fires", [
    ("三、保障措施", "（二）做好总结评估。每年对各地建设情况进行总结评估，推广典型经验。", False),
    ("三、保障措施", "（二）开展评估总结。年底前对实施效果组织评估总结。", False),
    ("二、主要任务", "（三）开展评估总结。年底前对实施效果组织评估总结。", True),
])
def test_gw102_evaluation_item_procedural(section, item, fires, fmt, tmp_path):
    lines = ["@heading1 二、主要任务",
             "（一）完善站点布局。新建村级寄递物流综合服务站200个。（责任单位：市邮政管理局）",
             "（二）推动快递进村。推进快递企业共同配送。（责任单位：市商务局）"]
    if section.startswith("三"):
        lines += [f"@heading1 {section}", "（一）加强组织领导。建立工作协调机制，定期研究重大问题。", item]
    else:
        lines += [item]
    src = _plan("南平市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "南平市农村寄递物流提质增效行动方案", lines)
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW706: the carried document is not the cover's attachment
_ANNEX = ["@attachment_label 附件", "@attachment_title 重点任务分工表", "@table 序号|重点任务|牵头单位|配合单位",
          "@table 1|完善站点布局|市邮政管理局|市商务局", "@table 2|推动快递进村|市商务局|市邮政管理局"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("附件：重点任务分工表", False),
    ("附件：1.重点任务分工表\n@attachment_note 2.工作进度统计表", True),
])
def test_gw706_carried_plan_not_counted(note, fires, fmt, tmp_path):
    lines = ["@heading1 一、主要任务", "（一）完善站点布局。新建村级寄递物流综合服务站200个。",
             "（二）推动快递进村。推进快递企业共同配送。", "各项任务的牵头单位、配合单位见附件。"]
    src = _plan("三明市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "三明市农村寄递物流提质增效行动方案",
                lines, note=note, tail=_ANNEX)
    found = _codes(src, fmt, tmp_path, "GW706")
    assert bool(found) == fires, [f.message for f in found]

"""Classes h18f fixed in round 18 (holdout22's GW102/GW105 findings), in other phrasings than the drafts that showed them:

- GW102/GW105: a lower government's collective is the subject when a modal and a place frame follow it
  (各县（区）人民政府要在……设立), when it acts 对照 the document, and a level's party committee and government
  together (各乡镇党委和政府要……) are one subject; their work is the counties' (GW105). 负总责 alone still names
  nobody to do the measure (drafts gw102-p151/p191/p192).
- GW102: a heading of two characters and 对象/范围 (监测对象, 化解范围, 补助范围) says whom or what, it is no measure;
  扩大救助范围 (a verb first) stays a task.
- GW102: a township's or street office's own plan names its own organs (街道综治中心, 镇农业综合服务中心, 镇党政办) and
  members by the case they hold (包案领导, 一名街道班子成员包案; 县乡两级党政主要负责同志带头包村).
- GW102 (kept as rules.md says, against holdout22 l02's label): a procedural 保障措施 item needs no unit even where
  its siblings, procedural ones included, all name theirs.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_h17a_classes import _measure_findings


def _plan(issuer: str, recipients: str, items: list[str], title: str = "关于印发××工作方案的通知") -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             "现将《××工作方案》印发给你们，请认真贯彻执行。", f"@signature {issuer}", "@date 2026年6月14日",
             "@page_break", "@attachment_title ××工作方案", *items]
    return "\n".join(lines) + "\n"


_CITY = ("宜春市人民政府办公室", "各县（市、区）人民政府，市政府各部门：")


# ------------------------------------------------------------ lower governments as subjects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [
    "三、各县（市、区）人民政府要在乡镇便民服务中心设立帮办代办窗口，10月底前实现全覆盖。",
    "三、各县（市、区）人民政府对照本方案，9月底前建立辖区重点企业用工清单。",
    "三、各县（市、区）党委和政府要组织乡镇逐村排查，年内全部整改到位。",
])
def test_gw102_gw105_lower_government_subject_with_frame_is_named(fmt, item, tmp_path):
    items = ["一、开展用工监测。每月发布重点企业用工监测报告。（责任单位：市人社局）",
             "二、落实补贴政策。对吸纳就业困难人员的企业按规定给予社保补贴。（责任单位：市人社局、市财政局）", item]
    src = _plan(*_CITY, items)
    assert _codes(src, fmt, tmp_path, "GW102") == []
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [
    "三、有关部门要在城乡社区新建老年助餐点100个。",
    "三、秋收期间实行网格化巡查，各县（市、区）党委和政府负总责。",
])
def test_gw102_generic_subject_or_overall_duty_alone_is_missing(fmt, item, tmp_path):
    items = ["一、开展用工监测。每月发布重点企业用工监测报告。（责任单位：市人社局）",
             "二、落实补贴政策。对吸纳就业困难人员的企业按规定给予社保补贴。（责任单位：市人社局、市财政局）", item]
    assert _measure_findings(_codes(_plan(*_CITY, items), fmt, tmp_path, "GW102")) == [3]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_own_departments_with_place_frame_leave_cities_idle(fmt, tmp_path):
    src = ("@doc_number x字〔2026〕8号\n@title 四川省市场监督管理局关于开展食品生产企业检查的通知\n"
           "@recipients 各市（州）人民政府，省直有关部门：\n"
           "一、省市场监管局要在全省选取50家食品生产企业开展体系检查，检查结果向社会公布。\n"
           "二、省药监局对照国家标准，9月底前完成保健食品生产企业专项检查。\n"
           "@signature 四川省市场监督管理局\n@date 2026年6月14日\n")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


# ------------------------------------------------------------ object and scope headings
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head, generic", [("一、帮扶对象。", False), ("一、补助范围。", False),
                                           ("一、扩大救助范围。有关部门要", True)])
def test_gw102_object_scope_heading_is_no_measure(fmt, head, generic, tmp_path):
    items = [f"{head}将因病致贫的低收入人口纳入救助。",
             "二、提高救助比例。住院费用救助比例提高到75%。（责任单位：市医保局）",
             "三、推行一站式结算。实现医保、救助费用同步结算。（责任单位：市医保局、市卫生健康委）",
             "四、兑现待遇。各县（市、区）人民政府负责按月兑现救助待遇。"]
    found = _measure_findings(_codes(_plan(*_CITY, items), fmt, tmp_path, "GW102"))
    assert found == ([1] if generic else [])


# ------------------------------------------------------------ a township's own plan
_TOWN = ("赣州市南康区唐江镇人民政府", "各村（居）委会，镇直各单位：")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [
    "二、推进方式。包村领导每周至少进村一次，现场协调流转纠纷。",
    "二、推进方式。每个村由一名镇班子成员包村，逐地块落实复耕主体。",
    "二、推进方式。对流转纠纷逐户调处（镇综治中心负责统筹）。",
    "二、推进方式。镇农业综合服务中心负责组织农机手开展代耕代种。",
])
def test_gw102_township_own_organs_and_members_are_named(fmt, item, tmp_path):
    items = ["一、摸清底数。3月底前逐地块核实撂荒面积（镇党政办负责汇总）。", item,
             "三、执法查处。镇综合行政执法队负责查处违规占用耕地行为。"]
    assert _codes(_plan(*_TOWN, items), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_township_own_plan_generic_item_still_missing(fmt, tmp_path):
    items = ["一、摸清底数。3月底前逐地块核实撂荒面积（镇党政办负责汇总）。",
             "二、推进方式。相关单位要引导农户开展秸秆还田。",
             "三、执法查处。镇综合行政执法队负责查处违规占用耕地行为。"]
    assert _measure_findings(_codes(_plan(*_TOWN, items), fmt, tmp_path, "GW102")) == [2]


# ------------------------------------------------------------ a procedural 保障措施 item needs no unit, whatever its siblings do
_TASKS = ["一、重点任务",
          "（一）建设起降设施。新建直升机起降点20个。（责任单位：市发改委、市交通运输局）",
          "（二）拓展应用场景。开通低空物流航线10条。（责任单位：市交通运输局）",
          "二、保障措施"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("noted", [True, False])
def test_gw102_procedural_support_item_needs_no_unit(fmt, noted, tmp_path):
    note = "（责任单位：市发改委）" if noted else ""
    note2 = "（责任单位：市委督查室、市发改委）" if noted else ""
    items = [*_TASKS, f"（三）加强组织领导。成立工作专班，统筹推进各项工作。{note}",
             f"（四）强化督导考核。将工作纳入年度考核。{note2}",
             "（五）加强宣传引导。加强政策宣传，营造良好氛围。"]
    assert _codes(_plan(*_CITY, items), fmt, tmp_path, "GW102") == []

"""GW102 missing-responsibility — 政策性文件逐条明确责任单位 (赣府发〔2019〕3号 第2条).

source: policy/ganfufa-2019-3.txt 第2条 “今后出台政策性文件一律逐条明确部门责任”.
The measures and who answers for them are shared facts (:mod:`gwlint.analysis.facts`);
units are :mod:`gwlint.analysis.units`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Iterator

from ...analysis.facts import (announced_division, assigned_by_number, document_aliases, listed_measures, measure_items, overall_covers,
                               office_hosted, overall_duty_only, overall_responsibility, policy_measures, procedural_measures,
                               reworded_measure, role_noted, rows_without_unit, task_rows, whole_set_noted)
from ...analysis.units import find_notes
from ...findings import Violation
from ..base import Example, Rule, RuleSettings
from . import BASIS_2


@dataclass(frozen=True)
class Settings(RuleSettings):
    issuer_levels: list[str] = field(default_factory=list)  # issuers checked (国务院 and its departments not by default)
    policy_types: list[str] = field(default_factory=list)  # 意见, 措施, 方案 … (shared with GW502's scope)


_MEASURES = ("一、加强春耕生产组织\n（一）加强技术指导服务。有关部门要组织农技人员下沉一线，开展技术指导。\n"
             "（二）保障农资供应。{unit}要加强农资市场监管，确保供应充足。")


class MissingResponsibility(Rule):
    code = "GW102"
    name = "missing-responsibility"
    severity = "warning"
    basis = BASIS_2
    summary = ("政策性文件（意见、措施、若干政策、方案、办法、规定、细则、要点，或印发这些文件的通知）"
               "应逐条明确责任单位：检查每条措施是否写明牵头或负责的具体单位。")
    why = ("第2条：“组织对近期政策性文件进行集中梳理，凡是责任不明确的补充下发责任清单，"
           "今后出台政策性文件一律逐条明确部门责任。”只写“各地各部门”“有关部门”“各级政府”等泛指主体，"
           "等于没有人负责，政策容易成为“空头政策”。认可的写法：（责任单位：××）、（牵头单位：××；配合单位：××）、"
           "（××负责）、（××会同××负责）、（××牵头，××参与），句首以具体单位作主语（省林业局要会同……），"
           "句末写明单位（……，省商务厅、省文化和旅游厅按职责分工负责），或附责任分工表、责任清单；"
           "任务写在表格里的，“责任单位”栏空着、只写“—”“/”或只写“相关部门”“有关单位”“各地”一类泛称的行也算未明确"
           "（“市直各部门”指全部部门各负本部门之责，算写明；句中写“市直各部门对本部门……负责”“各部门按职责分工负责本部门……”的同样算写明）；下级人民政府的统称（各设区市、各县（市、区）、各县市区、各乡镇）"
           "指全部下级政府各负属地之责，算写明，与“各部门”“有关部门”并列作唯一主体时（各县（市）和州直有关部门）是写开的“各地各部门”，算未明确；纯文本中丢了空格子的表格按“完成时限”栏对齐后再读。"
           "不加括号的“责任单位：××。”、另起一行的“牵头单位：××”、漏了后半个括号的括注，以及发文机关的内设处室"
           "（厅人才处、局办公室、县局××股，句中的“区人社局职业能力建设科会同……负责”）都算写明；"
           "任务表的责任栏、括注和句末、另起一行的标注也可以叫“责任主体”“实施主体”“承办单位”“落实单位”；一段里用“一是……二是……”“第一，……第二，……”"
           "“首先，……其次，……”列举、各项分别写了单位的，没写单位的一项算未明确；政策写成标题下不编号的段落、半数以上的段落各自在段末括注单位的，没有括注的一段同样算未明确（段末的括注只管本段）。"
           "句末写下级政府统称与泛指部门并列的（……，由各街道和区有关部门负责；……，各乡镇（街道）和县直相关单位按职责负责）与括注中一样，"
           "是写开的“各地各部门”；正文中紧接措施的分工表首栏带序号重复各条措施的（（一）扩大……｜市人社局｜市财政局），按表中各行对应措施，"
           "表中没有的一条算未明确（报在该条，只报一次）；方案中只写一节名称加概述的条目（二、重点任务。围绕……实施……工程。三、保障措施。……），"
           "任务写在其后分工表中的，该条目不是措施，分工表各行是措施。"
           "方案中“实施步骤”“工作步骤”“进度安排”各条和“保障措施”中的加强组织领导、督导问责、宣传引导等程序性条目不要求责任单位；只写起止时间或指标的“攻坚时间”“投资目标”“实施期限”“年度目标”“整改目标”“提升目标”一类条目，“保障措施”中只写追责条件、奖惩办法（对……的，依规依纪追究责任）或工作经费来源（所需经费纳入部门预算）的条目，同样不要求（设立专项资金、安排资金的仍是措施）；“募集目标”“销售目标”一类名词加“目标”“指标”的标题同上；只说分工写在哪里的条目（各项任务的牵头单位、配合单位和完成时限见下表）不是措施，表中各行才是；“支持××县人民政府……”“鼓励设区市人民政府……”中的政府是支持、鼓励的对象，不是责任单位；"
           "活动、会议、展会、赛事的方案（××博览会活动方案、××大会筹备工作方案）中活动时间地点、活动内容、安全保障、组织机构一类安排"
           "（其中“主要任务”一节的条目除外），日程安排中“10月10日，召开……会议”一类会议活动条目，"
           "以及整治时间、整治对象、适用范围、监测对象、化解范围、参加人员、工作要求、联系方式一类说明时间、对象、要求的标题下的条目，都不是政策措施"
           "（“扩大救助范围”一类以动词开头的是任务）；只写属地“负总责”的不替这一条指定谁去做，算未明确；乡镇、街道自己的方案中写本镇（街道）的中心、办、执法队、领导小组"
           "（街道综治中心负责统筹、街道农业农村办负责统筹）或以包保角色指称的人（包案领导、由一名街道班子成员包案、县乡两级党政主要负责同志带头包村）的算写明；"
           "责任括注中下级政府统称与泛指部门并列（由各镇街和有关部门负责、各县区、市有关部门负责）、任务表责任栏写“各旗县市和盟直有关部门”“各乡镇人民政府，县有关部门”的，同样是写开的“各地各部门”。"
           "牵头单位只写泛称（有关部门、相关单位、各有关单位、各地）的，配合单位写得再具体也不能代替牵头单位，仍算未明确"
           "（括注“牵头单位：有关部门；配合单位：市财政局”“有关部门牵头，市财政局配合”和分工表中的这一行都一样）。"
           "以对这项工作的角色指称的单位（由起草部门负责、由审批部门负责、由属地乡镇负责）对每件事是确定的一个单位，算写明；"
           "分工表各行与措施逐条同序（行数相同，认得出的行都对上本位的措施）时，改写得认不出的一行也按位置对应措施。"
           "分工表牵头单位栏只写地名统称（各县（市、区）、各县市区）而配合单位栏点名部门的，没有牵头单位；议事协调机构的简称及其办事机构"
           "（市安委会办公室、县减灾委办公室、市防指）是具体单位；只写“（各部门负责）”、不带层级的，不算写明；标题即考核奖惩、责任追究、"
           "正文只写追责条件的条目不是措施；条文式的细则、办法有两条以上条文括注或以“由××负责”向本级其他单位分工的（技术审查由区自然资源局负责），写了“由……负责”而只写泛称的条文同样算未明确，“由项目所在镇（街道）负责”是以角色指称的单位，算写明；只规定机关职责（市城管局负责全市……）或交给下级主管部门受理的条文不是分工。分工表牵头单位栏空着（“/”“—”）、配合单位栏只写下级政府统称（各区镇人民政府）的，没有牵头单位，算未明确；配合单位栏点名一个部门的，它就是责任单位。"
           "新区、开发区管委会的细则中，以区名开头的部门（高新区经济运行局、由高新区党群工作部负责）是管委会本级的单位，同样是向本级分工；"
           "“若干政策”与“若干措施”一样是一组政策措施；括注只写泛称（（各部门负责）（相关部门负责））的段落同样是逐段括注的写法，这一段算未明确。"
           "“由镇财政所按季度拨付”一类以“由”引出具体单位作施事的，“联席会议办公室设在市商务局”一类写明办事机构设在哪个具体单位的，"
           "“市级各部门按照职责分工，对本部门……负责”（分工之后有逗号）都算写明。"
           "部门印发的工作要点只有向其他单位分工时才检查；党委部门、群团组织的工作要点不是政府系统的政策性文件，不检查。本条适用于本省政府系统的文件，国务院及其部门的文件默认不检查"
           "（配置项 GW102.issuer_levels）。"
           "第三十二轮补充：“由试点所在县（市、区）人民政府负责”“由项目所在地县级人民政府负责”写明了每个试点、项目由哪一个政府负责，算写明责任单位；“储备规模”“建设规模”一类名词加“规模”的短标题只写达到多少，不是要分工的措施。"
           "第三十三轮补充：正文写明“各项重点任务的牵头单位、配合单位和完成时限见下表”（或见附件2、见任务分工表），"
           "所指的表有牵头单位或责任单位栏、各行按工作内容写而不逐条对应措施的，这张表就是该节各条措施以及方案“保障措施”各条的分工，算写明；"
           "表逐条对应措施的，表中没有的一条、该行只写泛称的仍算未明确；只说重点项目、进度安排的表，或没有单位栏的表不算；"
           "范围写了编号的（第（一）项、第（二）项任务的牵头单位见下表）只管这几条。条目序号后紧接本街道、本镇的机构"
           "（1.街道法律服务工作站组织……、2.街道平安建设办公室牵头……），句中“劳动报酬纠纷由街道劳动保障服务中心受理”一类以“由”引出的具体单位，"
           "以及分句开头只写站所名称的（司法所负责业务指导），都算写明。方案中一节不编号、用“第一，……第二，……”“一是……二是……”列举任务、"
           "各项分别写了单位，又与其他编号的节并列的（二、重点任务　第一，……；第二，……），没写单位的一项算未明确（“保障措施”一节除外）。"
           "纯文本中任务表丢了合并的“类别”格时，只写单位的一格归回责任单位栏，不当作空着的责任单位。")
    bad = "（三）加强技术指导服务。有关部门要组织农技人员下沉一线，开展育秧、栽插等技术指导。"
    good = ("（三）加强技术指导服务。组织农技人员下沉一线，开展育秧、栽插等技术指导。"
            "（责任单位：省农业农村厅；配合单位：省气象局）")
    fix_title = "在每条措施末尾括注责任单位（牵头单位、配合单位），或附责任分工表"
    Settings = Settings
    data_file = "responsibility.toml"
    examples = (
        Example(_MEASURES.format(unit="省市场监管局"), fires=True, frame="policy_notice",
                title="江西省人民政府办公厅关于春季农业生产的若干措施", note="第（一）条只写“有关部门”"),
        Example(_MEASURES.format(unit="省市场监管局").replace("有关部门要", "省农业农村厅要"), fires=False,
                frame="policy_notice", title="江西省人民政府办公厅关于春季农业生产的若干措施"),
        Example(_MEASURES.format(unit="省市场监管局").replace(
            "有关部门要组织农技人员下沉一线，开展技术指导。",
            "组织农技人员下沉一线开展技术指导，省农业农村厅、省科技厅按职责分工负责。"), fires=False,
            frame="policy_notice", title="江西省人民政府办公厅关于春季农业生产的若干措施",
            note="责任单位写在句末（……按职责分工负责）"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        scope = policy_measures(ctx, s.issuer_levels, s.policy_types, allow_empty=True)
        if scope is None:
            return
        from ...analysis.units import acting_departments, responsible_units

        issuer, measures = scope
        procedural = procedural_measures(ctx, measures)
        measures = [m for m in measures if id(m) not in procedural]
        example = _example_unit(issuer)
        rows = task_rows(ctx, measures)
        blank_rows = [r for r in rows if not r.assigned]
        if not measures and not blank_rows:
            return
        # a government naming itself names no department; a department naming itself is specific
        own = issuer.name if issuer.kind == "government" else None
        aliases = document_aliases(ctx)
        def named(text: str) -> bool:
            # 区财政局按时公开……: a named department told acting, with no 要, names its unit too
            # 各县市人民政府负总责: the level's overall duty names nobody to do the measure
            return any(u.name != own and not overall_duty_only(text, u)
                       for u in responsible_units(text, aliases=aliases, answering=True)) \
                or any(u.name != own for u in acting_departments(text)) or whole_set_noted(text) or role_noted(text) \
                or office_hosted(text)

        def context(m) -> str:
            return "\n".join(ctx.reading(ln) for ln in m.context)

        missing = [m for m in measures if not named(m.text) and not named(context(m))]
        runs: dict[tuple, list] = {}
        for m in measures:
            runs.setdefault((tuple(m.context), m.heading.level), []).append(m)
        missing = [m for m in missing if not _closing_tag(ctx, m, runs, named)]
        by_number = assigned_by_number(ctx, measures, named)  # 以上第一至三项由……牵头；第四项由……负责
        missing = [m for m in missing if (m.heading.level, m.heading.number) not in by_number]
        # 各项重点任务的牵头单位……见下表: the announced table divides them, however its rows word the tasks
        announced = announced_division(ctx, measures) if missing or measures else set()
        missing = [m for m in missing if id(m) not in announced]
        # a measure whose unit is named in one of its sub-items only: the sibling items say who does them
        unnamed = {id(m) for m in missing}
        gaps = [g for m in measures if id(m) not in unnamed and id(m) not in announced
                for g in _uncovered_items(ctx, m, named)]
        if (missing or gaps or blank_rows) and overall_covers(
                overall_responsibility(ctx, issuer.name), len(missing) + len(gaps) + len(blank_rows),
                len(measures) + len(gaps) + len(rows)):
            return
        in_list = listed_measures(ctx, measures) if missing or gaps else (False, set())
        if in_list is None:  # a list that lines up with no measure: trust it for the measures
            missing, gaps, in_list = [], [], (False, set())
        has_list, covered = in_list
        missing = [m for m in missing if id(m) not in covered]
        if has_list:
            gaps = []  # a 责任分工 list speaks for whole measures: trust it for their parts
        in_list = "，责任分工表中也没有这一条" if has_list else ""
        missing = sorted(missing + gaps, key=lambda m: m.heading.line)
        unitless = rows_without_unit(ctx, missing, measures) if missing else set()
        # the row of a measure told above (冰雪装备研发制造 for （四）加快冰雪装备制造业发展): one finding per measure
        told = {id(r): m for r in blank_rows if missing and (m := reworded_measure(r.task, missing)) is not None}
        blank_rows = [r for r in blank_rows if id(r) not in told]
        unitless |= {id(m) for m in told.values()}
        for m in missing:
            h = m.heading
            text = ctx.reading(h.line)
            lead = len(text) - len(text.lstrip(" \u3000\t"))
            if h.style in _INLINE_STYLES or h.start:  # an item inside running text (二是) or run into a title's line
                lead = h.start
            end = lead + len(h.marker) + (len(h.title) if h.title else 0)
            label = f"第{h.marker.strip('、.．')}条" if h.style in ("1.", "（1）") else h.marker
            what = f"措施“{h.marker.rstrip('，,、：: ')}，{h.title[:24]}”" if h.style in ("第一，", "首先，") else \
                f"措施“{h.marker}{h.title[:24]}”" if h.style in _INLINE_STYLES else f"措施{label}“{h.title[:24]}”"
            yield Violation(
                f"{what}未明确责任单位（只有泛指主体或没有主体）"
                f"{'，责任分工表中这一条也只写了泛指的单位或没有写' if id(m) in unitless else in_list}。"
                f"请写明牵头单位和配合单位，如（责任单位：{example}）。",
                line=h.line, start=lead, end=min(end, len(text)),
                data={"measure": h.number, "style": h.style},
            )
        for r in blank_rows:
            text = ctx.reading(r.line)
            start = text.find(r.task)
            number = f"第{r.number}项" if r.number is not None else ""
            what = "只写了泛指的单位（如“相关部门”“有关单位”）" if r.generic else "是空的（或只写了“—”“/”）"
            yield Violation(
                f"任务表{number}“{r.task[:24]}”的责任单位栏{what}，这项任务没有具体的责任单位。"
                f"请填写牵头单位和配合单位，如 {example}。",
                line=r.line, start=max(start, 0), end=max(start, 0) + len(r.task) if start >= 0 else len(text),
                data={"row": r.number, "table": True},
            )
        if missing or blank_rows:
            total = len(measures) + len(gaps) + len(rows) - len(told)
            yield Violation(
                f"{len(missing) + len(blank_rows)}/{total} 条措施未明确责任单位。政策性文件应逐条明确部门责任，"
                f"请逐条括注责任单位或附责任分工表。",
                line=None, data={"missing": len(missing) + len(blank_rows), "measures": total, "summary": True},
            )


_INLINE_STYLES = ("一是", "一要", "第一，", "首先，", "★")


def _uncovered_items(ctx, measure, named) -> list:
    """Sub-items of a measure that names a unit which name none themselves, when the unit belongs to a sibling:
    （1）由县生态环境局负责…… （2）建立巡查保洁制度。 A unit in the measure's own lines (its heading, its lead-in)
    covers all of it, and so does one in the last item alone (a closing tag often stands for the whole measure)."""
    kids = ctx.gw.sub_items(ctx.doc, measure)
    if not kids:
        # a list inside the measure's text (一是……；二是……), or its paragraphs each closed by a note: each a measure
        kids = measure_items(ctx, measure)
        if not kids or len(kids) == 1:
            return []
        lead_in = ctx.reading(kids[0].heading.line)[:kids[0].heading.start]
        before = [ln for ln in measure.lines if ln < kids[0].heading.line]
        if named("\n".join([*(ctx.reading(ln) for ln in before), lead_in])):
            return []
        covered = [named(k.text) for k in kids]
        # a closing tag stands for the whole measure, unless each paragraph is closed by its own
        if not any(covered) or (not any(covered[:-1]) and kids[0].heading.style != "para"):
            return []
        from ...analysis.units import find_notes

        def noted(text: str) -> bool:
            return any(not u.generic for n in find_notes(text) for u in n.units)

        if covered[0] and _opens_with_unit(kids[0]) and not any(covered[1:]) \
                and not any(noted(k.text) for k in kids):
            # the first item opens with its subject, which goes on (一要各乡（镇）人民政府……；二要定期巡查……):
            # 承前省略.  A unit after the task (第一，……，省经信厅中小企业处负责……) or a later item naming its
            # own (……；三是……，市民政局负责) gives the units item by item
            return []
        return [k for k, c in zip(kids, covered) if not c]
    first = kids[0].heading.line
    own = [ln for ln in measure.lines if ln < first]
    if own and named("\n".join(ctx.reading(ln) for ln in own)):
        return []
    if len(kids) == 1:  # 二、主要任务 holding one （一）: the item is its only sub-item
        return _uncovered_items(ctx, kids[0], named)
    covered = [named(k.text) for k in kids]
    if not any(covered) or not any(covered[:-1]):
        return []
    out = []
    for k, c in zip(kids, covered):
        out.extend(_uncovered_items(ctx, k, named) if c else [k])
    return out


def _opens_with_unit(item) -> bool:
    """An inline item whose first words after its lead are a unit (一要各乡（镇）人民政府……, 二是由县财政局……)."""
    from ...analysis.units import responsible_units

    lead = len(item.heading.marker)
    return any(not item.text[lead:u.start].strip(" \u3000由请") for u in responsible_units(item.text))


def _closing_tag(ctx, measure, runs, named) -> bool:
    """A paragraph that is nothing but a responsibility note closing the last of a run
    of sibling items (1.… 2.… （责任单位：…）) answers for all of them.  ``runs``: the measures by
    (context, level)."""
    sibs = runs.get((tuple(measure.context), measure.heading.level), [])
    if not measure.context or len(sibs) < 2 or sibs[-1] is measure:
        return False
    if any(named(m.text) or find_notes(m.text) for m in sibs[:-1]):
        # the siblings carry notes of their own (牵头单位：…… under each, or a generic （由有关部门负责）): the
        # last note is the last item's
        return False
    last = ctx.reading(sibs[-1].lines[-1]).strip()
    if len(sibs[-1].lines) < 2 or not last or not named(last):
        return False
    # 责任单位：市政务服务中心、市市场监管局，各区县（市）人民政府。 -- the note may end in more units after a comma
    return any(n.start == 0 and (n.end == len(last) or _UNITS_ONLY.fullmatch(last, n.end)) for n in find_notes(last))


_UNITS_ONLY = re.compile(r"[，,、\u4e00-\u9fff（）()]*[。；;]?")


def _example_unit(issuer) -> str:
    """A unit name of the issuer's own level for the message: 省××厅, 自治区××厅, 市××局, 州××局, 县××局."""
    from ...analysis.orgs import own_level_word

    if issuer.level == "unknown":
        return "××局"  # a zone committee of no readable level (生态城管委会): no level word to lend
    word = own_level_word(issuer.name, issuer.level) or "省"
    return f"{word}××厅" if issuer.level == "province" and word != "市" else f"{word}××局"

"""GW301 unfiled-inspection — 部门自行对下级人民政府督查检查考核 (赣府发〔2019〕3号 第7条).

source: policy/ganfufa-2019-3.txt 第7条 “严格执行督查年度计划审批报备制度……任何部门不得打着省政府的
旗号督查检查……各部门不得自行设置以市(县、区)政府为对象的督查检查考核项目……列入年度计划的督查检查
考核事项……按程序报省政府督查室备案后方可组织实施”.
Launches, objects and filings are read by :mod:`gwlint.analysis.inspections`; words:
``dictionaries/inspections.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis import inspections as insp
from ...analysis.facts import governs_townships, issuers_of_kinds, lower_government_recipients
from ...analysis.orgs import government_coordination_body, level_assessment_body, legislature_or_court, own_government
from ...analysis.sentences import inside, iter_sentences, words_except
from ...analysis.units import find_units, reaches_below
from ...findings import Violation
from ..base import Example, Rule
from . import BASIS_7


def _is_what(issuer) -> tuple[str, str]:
    """How the message names the issuer and who may set no inspections of lower governments: a department, or a
    议事协调机构 (its office) of the government's system, checked as a department is (not called one)."""
    if government_coordination_body(issuer):
        what = "议事协调机构的办事机构" if (issuer.name or "").endswith(("办公室", "办")) else "议事协调机构"
        return f"是{what}，属于政府系统", "议事协调机构及其办事机构与部门一样"
    return "是政府部门", "部门"


def _governments(issuer) -> tuple[str, str]:
    """The issuer's own government and its general office: whose authorisation and filing the message names."""
    gov = own_government(issuer.name, issuer.level)
    if gov == "本级政府":
        return gov, "本级政府办公室"
    return gov, gov + ("办公厅" if issuer.level in ("national", "province") else "办公室")


def _coordination_office(gw) -> bool:
    """Every issuer is a 议事协调机构 or its office (市安委会办公室, 县防汛抗旱指挥部) of a known level, no party body:
    in the government's system, it may no more set inspections of lower governments than a department."""
    return bool(gw.issuers) and gw.issuer.level not in (None, "unknown") and all(
        government_coordination_body(o) for o in gw.issuers)


@dataclass(frozen=True)
class Settings(insp.InspectionSettings):
    issuer_kinds: list[str] = field(default_factory=list)  # checked issuers (departments)


class UnfiledInspection(Rule):
    code = "GW301"
    name = "unfiled-inspection"
    severity = "warning"
    basis = BASIS_7
    summary = ("政府部门发文对下级人民政府开展督查、检查、考核、督导、评比，文中没有说明已列入年度督查检查考核计划、"
               "报省政府办公厅（督查室）备案或经省政府同意；以省政府名义（代表省政府、受省政府委托）督查而没有授权依据的为 error。")
    why = ("第7条：“严格执行督查年度计划审批报备制度……任何部门不得打着省政府的旗号督查检查……各部门不得自行设置以"
           "市(县、区)政府为对象的督查检查考核项目，不得在部门文件中自行规定全省性的督查检查考核事项。列入年度计划的"
           "督查检查考核事项由牵头部门研究制定工作方案，按程序报省政府督查室备案后方可组织实施。”"
           "只检查政府部门的发文（议事协调机构及其办公室——××安委会办公室、××领导小组办公室、××指挥部——属于政府系统，与部门一样检查；名称带党委字样的除外），且对象是下级人民政府（看主送机关和督查对象）；部门对本系统下级部门（各设区市××局）"
           "的业务检查（主送“各市文化和旅游局”一类以地名开头的部门也是部门）、对企业、景区、设施等的检查"
           "（对应急避难场所开展检查维护、赴景区暗访，即便主送下级政府）、由第三方或运营单位开展的考核评估、依据法律法规开展的检查（句中或开篇援引法律、条例）、省委省政府统一部署的督查，"
           "以及禁止、精简督查的句子，都不在此列。督察、明查暗访算督查；评估、评价只在排名、通报、纳入考核时算"
           "（评估结果排名通报写在另一段也算）。调研冠以督导、检查指导名义的，由 GW303 提示，本规则不重复。"
           "“列入年度重点工作计划”不等于列入督查检查考核计划；“根据列入省政府年度督查检查考核计划的安排”说的是"
           "本次督查所依的计划，算已列入（“根据列入……计划的‘××督查’事项”同样），“列入年度计划的督查事项须报备案”是在转述规定，"
           "“争取列入”“拟列入”是打算，都不算。数目后的“14个市州人民政府”“21个地级以上市人民政府”也是下级人民政府；街道办事处（各街道办事处、“对43个街道办事处……考核”、赴各街道督查）按乡镇一级的下级计；抽查、巡查、核查、“回头看”只在句中写明“××人民政府”（或街道办事处）为对象时才算，在下级政府之间开展的擂台赛、比拼排名晾晒的算评比；评比名称里写着的被评对象（开展河湖长制工作先进县（市、区）人民政府评比）同样是，主送的是下级部门也一样。"
           "人民政府及其办公厅发文不适用本规则；由政府的督查机构（省政府办公厅督查室、市政府督查室、××市人民政府督查局）"
           "组织、部门配合的督查是政府的督查，也不在此列；本级的综合考核机构（××县目标责任考核领导小组办公室、××市考核办、绩效考核委员会办公室）代表本级党委、政府考核它们下达的年度目标任务，是本级统一部署的考核，同样不在此列（××县安全生产目标考核领导小组办公室一类行业的议事协调机构照常检查）；人大常委会、政协的办事机构和法院、检察院不是政府部门"
           "（人大常委会的执法检查是法律监督），不检查。"
           "发文机关在文中用简称（省住房城乡建设厅、县住建局、市交通局）的仍是它自己；“受省政府委派”与“受省政府委托”一样是以政府名义（“根据省政府的委托”“受省政府主要领导委托”“受盟行政公署委派”同样；写在另一句、表格一格里也算）。督查组、检查组“深入”“分赴”“进驻”各下级人民政府，查什么写在下一分句的，也是发起督查（政府自己的督查组除外）；“督导对象为……”一句接在同段发起督导的句子之后时，指向那一句。"
           "一份文件只提示一次，指向第一处点名下级人民政府的督查句（data.lines 列出其余各处）：补救办法（写明计划和备案）是对整份文件的。"
           "讲过去做法的句子（句首“2026年度，按照……办法，……”“近年来”一类时间框架管到句末，中间没有“将于”“今后”一类转回的词）、"
           "精简对照表“原做法”一栏（另有“调整后”一栏）或后一格写“停止开展”“取消”的一行，讲的是被取消的旧督查，不报；"
           "只用“督导”一个名目、文中写明不打分或目的和方式都是调研的活动，由 GW303 提示，本规则不报；"
           "主送是部门时，文中写明的对象须点出“××人民政府”（“考核对象为各县（市）农村公路养护工作”是本系统的业务考核）；"
           "“实行季度考核”与“开展考核”一样；“参赛对象为……人民政府”、工作安排表一格的“先进旗县（市、区）人民政府评比”同样点出被评对象。"
           "下级人民政府报送材料的句子以发文机关自己的目的结尾的（……将全年工作总结上报我局，以利进行年度工作考核），"
           "考核的是报送的下级人民政府，同样提示。"
           "引号中以擂台赛、比拼结尾的活动名称（开展“比拼擂台赛”“乡村振兴大比拼”），文中公布得分排名的，同样是评比。"
           "第三十二轮补充：“指导各地开展汛前检查”“督促各省辖市组织开展自查”中，检查由被指导、被督促的一方自己开展，不是发文机关对它们的检查。第三十三轮补充：工作安排表有“对象”一栏的，发起督查考核的那一行看本行的对象：写的是下级人民政府才报，写的是行政村、工地、企业的不报。")
    bad = ("江西省农业农村厅关于开展2026年春耕生产督导检查的通知（主送各设区市人民政府）："
           "“受省政府委托，我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。”")
    good = ("“根据省政府办公厅印发的2026年度督查检查考核计划（该事项已报省政府督查室备案），"
            "我厅将于4月对各设区市春耕生产工作开展督查。”；或改为对各设区市农业农村局开展业务指导，不冠以督查名义。")
    fix_title = "写明已列入年度督查检查考核计划并报省政府办公厅（督查室）备案，或报经省政府同意；未经授权不得以省政府名义督查"
    Settings = Settings
    data_file = "inspections.toml"
    examples = (
        Example("我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。", fires=True),
        Example("省政府办公厅督查室将于4月对各设区市人民政府春耕生产工作开展专项督查，我厅派员参加。", fires=False,
                note="政府督查机构组织的督查"),
        Example("受省政府委托，我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。", fires=True,
                note="以省政府名义督查为 error"),
        Example("该事项已列入省政府2026年度督查检查考核计划并报省政府督查室备案。"
                "我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。", fires=False, note="写明列入计划、已备案"),
        Example("我厅将于4月对各设区市农业农村局春耕生产工作开展业务检查。", fires=False, frame="dept_to_depts",
                note="对本系统下级部门的业务检查"),
        Example("各地要严格控制督查检查考核总量，不得以督查检查代替工作落实。", fires=False, note="精简督查的要求"),
        Example("根据列入省政府2026年度督查检查考核计划的安排，我厅将于9月对各设区市人民政府春耕生产工作开展督查。",
                fires=False, note="依列入年度计划的安排开展"),
        Example("我厅将于5月派员赴部分A级旅游景区开展安全暗访。", fires=False, note="暗访对象是景区，不是下级政府"),
        Example("我厅将于年底对各设区市人民政府农田建设工作开展评价。\n评价结果分为三个等次，在全省通报。", fires=True,
                note="评价结果排名通报，就是考核"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        gw = ctx.gw
        issuer = gw.issuer
        if not (issuers_of_kinds(gw, s.issuer_kinds) or _coordination_office(gw)) \
                or any(legislature_or_court(o.name) for o in gw.issuers):
            return
        # the level's own 考核办 (目标责任考核领导小组办公室) checks the targets its 党委 and government set, on their
        # behalf: the level's unified assessment, as its 督查室 inspects for the government -- no department's own item
        if all(level_assessment_body(o.name) for o in gw.issuers):
            return
        # the 街道办事处 count as the township level, as for GW105 (round 20 ruling)
        lowers = lower_government_recipients(gw, gw.recipient_list, street_offices=True)
        # a 开发区管委会 writing to the 街道 and townships it governs is their government, no department
        if governs_townships(gw, lowers):
            return
        recips = [r for r, _ in lowers]
        # sent to departments, the governments inspected may be named apart (考核对象 | 各区市县人民政府)
        declared = [] if recips else insp.declared_governments(ctx, s)
        # sent to departments, a bare locality as the object (考核对象为各县（市）农村公路养护工作) is their system's
        # work: the governments must be named as such somewhere in the declaration, not inferred
        if not any(re.search(r"政府|办事处|行署|管委会", x[0]) for x in declared):
            declared = []
        recips = recips or list(dict.fromkeys(x[0] for x in declared))
        launches = list(insp.launches(ctx, s, recips))
        if not launches:
            # 受省政府委托，我厅将对各设区市…进行考核 sent to the cities' bureaus: whoever is inspected,
            # no department may inspect in the government's name (第7条 “打着省政府的旗号”)
            claimed = self._claimed_inspection(ctx, s)
            if claimed is not None and not insp.filed(ctx, s):
                ln, a, b, phrase, where = claimed
                gov, office = _governments(issuer)
                yield Violation(
                    f"{issuer.name}{_is_what(issuer)[0]}，文中以“{phrase}”的名义对{where}督查检查考核，却没有写明{gov}的授权或"
                    f"年度计划备案。任何部门不得打着{gov}的旗号督查检查：请删去以{gov}名义的表述，或写明经{gov}同意、"
                    f"已列入年度督查检查考核计划并报{office}（督查室）备案。",
                    line=ln, start=a, end=b, severity="error",
                    data={"trigger": "", "target": where, "lines": [ln], "recipients": recips, "claim": phrase})
            return
        if insp.filed(ctx, s):
            return
        # 开展专项督导 that the notice says grades nothing, or whose purpose and means are research (为深入了解……，
        # 走访、座谈): research under an inspection's name, GW303's finding -- no inspection of the governments
        if insp.research_named(ctx, s) is not None:
            return
        # point at the sentence that names the governments when there is one
        # (政府 or 街道办事处 in the name first: a title's 属地督导 names a locality, the body its governments)
        first = next((x for x in launches if x.named and ("政府" in x.target or "办事处" in x.target)),
                     next((x for x in launches if x.named), launches[0]))
        # 评比对象：全省各县（市、区）人民政府 names them, but the title or 决定开展……评比 launches the activity;
        # an object sentence goes on from the launch of its own paragraph (……开展督导。督导对象为……): that one
        if first is not launches[0] and insp.object_statement(_said(ctx, first)):
            first = next((x for x in launches if x.line == first.line and x is not first), launches[0])
        if declared and not first.named:  # the governments are named where the object is declared: point there
            first = insp.Launch(*declared[0][1:], first.trigger, declared[0][0], True)
        # sent to them, a launch whose paragraph goes on to declare them (……组织一次交叉暗访。暗访对象为全县12个乡镇
        # 人民政府): that launch, not the title's
        elif not first.named and (at := {x[1] for x in insp.declared_governments(ctx, s)}):
            first = next((x for x in launches if x.line in at and not insp.object_statement(_said(ctx, x))), first)
        lines = sorted({x.line for x in launches})
        where = "、".join(recips) if recips else first.target
        data = {"trigger": first.trigger, "target": first.target, "lines": lines, "recipients": recips}
        claim = self._claim(ctx, s, launches)
        gov, office = _governments(issuer)
        if claim is not None:
            ln, a, b, phrase = claim
            yield Violation(
                f"{issuer.name}{_is_what(issuer)[0]}，文中以“{phrase}”的名义对下级人民政府（{where}）督查检查，"
                f"却没有写明{gov}的授权或年度计划备案。任何部门不得打着{gov}的旗号督查检查：请删去以{gov}名义的表述，"
                f"或写明经{gov}同意、已列入年度督查检查考核计划并报{office}（督查室）备案。",
                line=ln, start=a, end=b, severity="error", data={**data, "claim": phrase},
            )
            return
        yield Violation(
            f"{issuer.name}{_is_what(issuer)[0]}，此处对下级人民政府（{where}）开展“{first.trigger}”，文中没有写明已列入年度督查检查"
            f"考核计划、报{office}（督查室）备案或经{gov}同意。{_is_what(issuer)[1]}不得自行设置以市县政府为对象的督查检查考核项目："
            f"请写明计划和备案依据，或改为对本系统下级部门的业务指导。",
            line=first.line, start=first.start, end=first.end, data=data,
        )

    @staticmethod
    def _claimed_inspection(ctx, s: Settings) -> tuple[int, int, int, str, str] | None:
        """(line, start, end, phrase, localities) of a sentence that inspects localities below the
        issuer (各设区市, 各县（市、区）) in the government's name, the claim before the trigger."""
        rx = s.claim_rx
        if rx is None:
            return None
        level = ctx.gw.issuer.level
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            for m in rx.finditer(sent.body):
                pos = sent.start + m.start()
                if inside(pos, sent.quotes) or s.vocabulary.negated(sent, pos):
                    continue
                hits = [h for h in words_except(sent, s.triggers, s.excluded_words) if h[0] > pos]
                if not hits:
                    continue
                below = [u for u in find_units(sent.body) if u.kind in ("government", "government_office")
                         and reaches_below(u, level) and pos < sent.start + u.start < hits[0][0]]
                if below:
                    return sent.line, sent.start, sent.end, m.group(0), below[0].text
        return None

    @staticmethod
    def _claim(ctx, s: Settings, launches: list[insp.Launch]) -> tuple[int, int, int, str] | None:
        """(line, start, end, phrase) of an unnegated claim to act in the government's name."""
        rx = s.claim_rx
        if rx is None:
            return None
        title_launch = any(x.line in (ctx.gw.title.lines if ctx.gw.title else []) for x in launches)
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            for m in rx.finditer(sent.body):
                pos = sent.start + m.start()
                if inside(pos, sent.quotes) or s.vocabulary.negated(sent, pos):
                    continue
                if title_launch or words_except(sent, s.triggers, s.excluded_words):
                    return sent.line, sent.start, sent.end, m.group(0)
        return None


def _said(ctx, launch) -> str:
    text = ctx.reading(launch.line)
    return text[launch.start:launch.end if launch.end is not None else len(text)].strip()

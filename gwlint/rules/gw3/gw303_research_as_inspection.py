"""GW303 research-as-inspection — 日常调研指导冠以督查检查名义 (赣府发〔2019〕3号 第7条).

source: policy/ganfufa-2019-3.txt 第7条 “日常调研指导工作不得随意冠以督查、检查、督导、考核等名义”.
Words: ``dictionaries/inspections.toml`` ``[GW303]``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import dataclass, field
from typing import Iterator

from ...analysis import inspections as insp
from ...analysis.facts import opening_lines
from ...analysis.positions import title_location
from ...analysis.sentences import (Sent, clause_of, iter_sentences, title_sentence, token_in, tokens_between,
                                   words_except)
from ...findings import Violation
from ...analysis.settings import Regex, alternation
from ..base import Example, Rule
from . import BASIS_7


# the object of 对…进行/开展 is a work or its progress (…提升工作进行, …落实情况开展)
_WORK_OBJECT = re.compile(r"(?:工作|情况)(?:进行|开展|实施)$")
# the title's matter ends with the activity: 关于……检查的通知, ……督导工作有关事项的通知
_TITLE_MATTER = re.compile(r"(?:工作|活动)?(?:有关事项|相关事项|安排)?的(?:通知|函)")


# a negator before a run of judgement words (不通报, 不进行排名通报, 不搞排名、通报)
_DENY = r"(?:不|不搞|不作|不做|不进行|不予|不再|不会)"


@lru_cache(maxsize=4)
def _denied_judgements(words: tuple) -> re.Pattern | None:
    if not words:
        return None
    alt = "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))
    return re.compile(f"{_DENY}(?:{alt})(?:[、和或]?(?:{alt}))*")


@dataclass(frozen=True)
class Settings(insp.LabelSettings):
    visit_verbs: list[str] = field(default_factory=list)  # 开展, 赴, 深入 … before the label
    visit_suffix: list[str] = field(default_factory=list)  # …组, …活动 after it
    manner_leads: list[str] = field(default_factory=list)  # 以, 采取 … before it
    manner_suffix: list[str] = field(default_factory=list)  # …的方式 after it: how a visit is made
    permission_words: list[str] = field(default_factory=list)  # 可: a body's powers, not a visit
    permission_resets: list[str] = field(default_factory=list)  # 要, 将 … after 可: a visit again
    non_visit_objects: list[str] = field(default_factory=list)  # 对企业…检查指导: regulation
    object_leads: list[str] = field(default_factory=list)  # 对, 抽取 …: the label's object follows
    named_inspections: list[str] = field(default_factory=list)  # 督查, 督导 … as an activity's name
    no_judgement: list[str] = field(default_factory=list)  # 不打分, 不排名 …: the activity judges nothing
    research_purposes: list[Regex] = field(default_factory=list)  # 为深入了解…, 听取…意见建议
    research_means: list[str] = field(default_factory=list)  # 走访, 座谈 …: how research is done
    judgement_words: list[str] = field(default_factory=list)  # 打分, 排名 …: an activity that grades
    research_aims: list[Regex] = field(default_factory=list)  # 了解, 总结经验, 观摩学习 …: what research is for
    plan_names: list[Regex] = field(default_factory=list)  # 列入年度督查检查考核计划: a plan's name, no grading
    inspection_means: list[str] = field(default_factory=list)  # 暗访, 问题清单交办 …: how an inspection is done
    research_words: list[str] = field(default_factory=list)  # 调研: research named as such, another activity
    research_outputs: list[str] = field(default_factory=list)  # 调研报告: the activity's output, no other activity
    regulatory_words: list[str] = field(default_factory=list)  # 安全, 消防: an inspection of things, not of work
    regulatory_goals: list[str] = field(default_factory=list)  # 高质量: a goal of development, no regulation
    work_inspection: Regex = "(?!)"  # ……工作督导: the label inspects a work, whatever its field
    topic_headings: Regex = "(?!)"  # 一、了解内容: the matters looked into (摊派考核的情况 grades nobody)
    duty_verbs: list[str] = field(default_factory=list)  # 加强督查指导: an item naming a way of working


class ResearchAsInspection(Rule):
    code = "GW303"
    name = "research-as-inspection"
    severity = "info"
    basis = BASIS_7
    summary = "日常调研、指导冠以督查、检查、督导、考核的名义（调研督导、督导调研、检查指导……）作为一次下基层活动。"
    why = ("第7条：“日常调研指导工作不得随意冠以督查、检查、督导、考核等名义，影响基层正常工作。”"
           "调研就写调研、指导就写指导；确需督查检查的，应按年度计划报批备案后以督查名义开展。"
           "一份文件只提示一次，指向第一处（data.lines 列出其余各处）。"
           "“调研式督查”“指导考核”“巡查调研”一类名目同样提示；“督查走访”“蹲点督导”这类督查名义加走访、蹲点的名目，"
           "全文没有整改、问责一类督查手段时也提示；“以……的方式”“采取……方式”写的是活动的做法，也算（“改进检查指导方式”是工作方法，不算）；名目单独作一项的名称（工作安排表的一格“课后服务检查指导”、条目小标题、“11月：……巡查调研”）也是安排一次活动（“加强督查指导”、对物的安全检查不算）。"
           "只在这些名目作为一次下基层活动出现时提示（开展、组织、赴、深入……或“××组”；“调研并督查”同样）；"
           "“加强督查指导”这类泛指职责的说法、规定某机构“可”组织督导调研的职权条款、对企业的监管检查不提示。"
           "只用督查、督导、检查、考核一个名目的活动，文中自述不打分、不排名、不作为考核依据，全文又没有整改、问责、"
           "督办一类督查手段的，同样是冠以督查名义的调研，提示一次。"
           "同一句写明活动是为了了解情况、听取意见（为深入了解……困难和问题，听取……意见建议），方式（同一句或同段随后几句）是走访、座谈，"
           "全文又没有整改、问责，也没有打分、排名、通报的，也按冠以督查名义的调研提示（活动自己的名称“××考核”不算打分排名）；"
           "同一句写出一项调研目的、又以走访、座谈为方式的，或写出两项以上调研目的（了解……情况，总结推广……经验，交流学习、观摩学习，为……提供参考）的，不写走访、座谈也算。"
           "活动名称只在标题里（关于开展××检查的通知）或正文开头一段（……决定开展××督导。现将有关事项通知如下。）、正文写的全是调研目的和走访座谈的，以及“采取检查的形式走访……”一类写法，同样提示。")
    bad = "省林业局将于4月组织开展春季造林调研督导，分赴各设区市检查指导。"
    good = "省林业局将于4月赴部分县（市、区）开展春季造林调研，不发通知、不打招呼、不听汇报。"
    fix_title = "日常调研、指导不冠以督查、检查、督导、考核名义；确需督查的按计划报批备案"
    Settings = Settings
    data_file = "inspections.toml"
    examples = (
        Example("我厅将于4月组织开展春耕生产调研督导，分赴各设区市了解情况。", fires=True),
        Example("我厅将于4月赴部分县（市、区）开展春耕生产调研，不发通知、不打招呼、不听汇报。", fires=False),
        Example("各级农业农村部门要加强对春耕生产的督查指导。", fires=False, note="泛指职责，不是一次下基层"),
        Example("为深入了解企业生产经营中的困难，听取企业意见建议，我厅将于6月开展惠企政策落实督导，走访重点企业。",
                fires=True, note="目的是了解情况、听取意见，方式是走访，又不评判：冠以督导之名的调研"),
        Example("为全面了解政策落实情况，我厅将于6月开展专项督导，走访部分县（市、区）。\n督导发现的问题要限期整改。",
                fires=False, note="有整改要求，是督查"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        verbs, permits, resets = set(s.visit_verbs), set(s.permission_words), set(s.permission_resets)
        suffix = tuple(s.visit_suffix)
        title = title_sentence(ctx)
        sents = ([title] if title is not None else []) + list(iter_sentences(ctx, ctx.gw.content_lines))
        found = []
        for sent in sents:
            hit = None
            for a, b, label in insp.research_labels(ctx, s, sent):
                # 开展防止返贫监测帮扶调研督导: a reducer inside the launched activity's name reduces nothing
                if s.vocabulary.negated(sent, a, verbs):
                    continue
                ca, _cb = (sent.start, sent.end) if sent.line is None else clause_of(sent, a)
                # 以调研式督查的方式走访: the manner of a visit (not 改进检查指导方式, a way of working)
                manner = token_in(sent, ca, a, set(s.manner_leads)) and sent.text.startswith(tuple(s.manner_suffix), b)
                # 课后服务检查指导 as a schedule's cell or an item's name: an activity, as 开展 launches one
                item = insp.names_item(sent, a, b, [*s.duty_verbs, *s.regulatory_words], s.regulatory_goals)
                if not (token_in(sent, ca, a, verbs) or sent.text.startswith(suffix, b) or manner or item):
                    continue
                # 联席会议办公室可…组织开展督导调研: a standing body's powers, not a visit being launched
                if self._permitted(sent, a, permits, resets):
                    continue
                # 对林业企业开展安全生产检查指导, 随机抽取商超企业开展检查指导: a regulatory inspection of enterprises
                # …but 对基层医疗机构服务能力提升工作进行调研督查 looks into a work, not the institutions
                if insp.regulated_object(sent, ca, a, s.object_leads, s.non_visit_objects, _WORK_OBJECT):
                    continue
                hit = (a, b, label)
                break
            if hit is not None:
                a, b, label = hit
                found.append((title_location(ctx, a, b) if sent.line is None else (sent.line, sent.start, sent.end),
                              label))
        if not found:
            hit = self._judges_nothing(ctx, s, sents, verbs, suffix)
            if hit is not None:
                (ln, start, end), label, said = hit
                yield Violation(
                    f"以“{label}”名义开展的活动，文中写明“{said}”，也没有整改、问责一类要求，"
                    f"实际是日常调研、指导。调研指导就写调研、指导；确需督查检查的，应列入年度计划、"
                    f"按程序报批备案后以督查名义开展。",
                    line=ln, start=start, end=end, data={"label": label, "lines": [ln], "labels": [label]})
            return
        # one activity named in the title, the body and a heading is one finding (the first)
        (ln, start, end), label = found[0]
        yield Violation(
            f"“{label}”把日常调研、指导冠以督查检查的名义。调研指导就写调研、指导；确需督查检查的，"
            f"应列入年度计划、按程序报批备案后以督查名义开展。",
            line=ln, start=start, end=end,
            data={"label": label, "lines": sorted({x[0][0] for x in found}),
                  "labels": list(dict.fromkeys(x[1] for x in found))},
        )

    def _judges_nothing(self, ctx, s: Settings, sents: list[Sent], verbs: set, suffix: tuple):
        """(location, label, disclaimer) of an activity launched under an inspection's name (开展××督导,
        对…进行检查) that the notice itself says judges nothing (不打分、不排名) and that has no
        means of an inspection (整改, 问责) anywhere: research under an inspection's name."""
        text = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines)
        if any(w in text for w in (*s.accountability, *s.inspection_means)):
            return None
        said = next((w for w in s.no_judgement if w in text), None)
        # 不通报, 不进行排名通报, 不搞评比: any judgement word denied says the same (its words then grade nothing)
        denied = _denied_judgements(tuple(s.judgement_words))
        if said is None and denied is not None:
            m = denied.search(text)
            said = m.group(0) if m is not None else None
        # 为深入了解企业的困难和问题……开展××督导，走访重点企业: an inspection's name on a visit whose
        # own sentence says it is research (its purpose is to learn and listen, its means visits), in a
        # notice that grades nothing
        purpose = alternation(s.research_purposes)
        if said is None and purpose is None and not s.research_aims:
            return None
        # the activity's own name (考核 of 开展能力考核) grades nothing: only other judgement words count
        plans = alternation(s.plan_names)
        topics = insp.topic_lines(ctx, s.topic_headings)
        graded = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines if ln not in topics)
        graded = plans.sub("", graded) if plans is not None else graded
        graded = denied.sub("", graded) if denied is not None else graded
        judged = {w for w in s.judgement_words if w in graded}
        last_means: dict = {}  # paragraph -> where each research means last stands in it (rfind once each)
        for sent in sents:
            found_said = said
            if found_said is None:
                m = purpose.search(sent.text, sent.start, sent.end) if purpose is not None else None
                # the means may follow in the paragraph's next sentence (督查组将深入村组座谈交流)
                if sent.line is not None:  # w in text[start:], without a copy of the paragraph's rest per sentence
                    last = last_means.get(sent.text)
                    if last is None:
                        last = last_means[sent.text] = [(w, sent.text.rfind(w)) for w in s.research_means]
                    means = next((w for w, at in last if at >= sent.start), None)
                else:
                    tail = sent.text[sent.start:sent.end]
                    means = next((w for w in s.research_means if w in tail), None)
                # 了解……情况，总结推广……经验，为……提供参考: aims of research alone, two or more of them
                aims = [x.group(0) for x in sorted((x for x in (re.search(p, sent.text[sent.start:sent.end])
                                                                  for p in s.research_aims) if x is not None),
                                                          key=lambda x: x.start())]
                if m is not None and means is not None:
                    found_said = f"{m.group(0)}……{means}"
                elif aims and means is not None:
                    # 走访……，召开座谈会，了解……困难: a research aim reached by research means
                    found_said = f"{means}……{aims[0]}"
                elif len(aims) >= 2:
                    found_said = "……".join(aims[:2])
                else:
                    continue
            # the activity is named in this sentence, or, when the sentence names none, in the title
            # (关于开展茶产业发展情况检查的通知: the body tells what the 检查 is for without the word)
            named = self._named_activity(ctx, s, sent, verbs, suffix, judged, said is None)
            if named is None and sent.line is not None and sents and sents[0].line is None:
                named = self._named_activity(ctx, s, sents[0], verbs, suffix, judged, said is None)
            if named is not None:
                return (*named, found_said)
        return self._research_in_substance(ctx, s, sents, verbs, suffix, judged, said is None)

    def _research_in_substance(self, ctx, s: Settings, sents: list[Sent], verbs: set, suffix: tuple, judged: set,
                               ungraded_only: bool):
        """The notice as a whole: its aims are research (了解……情况, 总结……经验, 帮助解决……困难) and its
        means visits or talks (走访, 座谈), told in different sections (一、主要内容 … 三、方法步骤), with no
        grading and no means of an inspection anywhere: the activity its title or a heading names
        (关于开展……检查的通知, 二、检查组组成) is research under an inspection's name."""
        body = [x for x in sents if x.line is not None]
        text = "\n".join(ctx.reading(ln) for ln in ctx.gw.content_lines)
        plans = alternation(s.plan_names)
        # a notice that also names research as such (开展专题调研) keeps its aims for it; an inspection
        # entered in the annual plan (列入年度督查检查考核计划) is one
        activities = text
        for w in s.research_outputs:
            activities = activities.replace(w, "")
        if any(w in activities for w in s.research_words) or (plans is not None and plans.search(text)):
            return None
        aims = {p for p in s.research_aims for x in body if re.search(p, x.text[x.start:x.end])}
        means = next((w for w in s.research_means for x in body if w in x.text[x.start:x.end]), None)
        if judged or not ((aims and means is not None) or len(aims) >= 2):
            return None
        # only an activity the notice is about: named in its title, a heading or the opening that launches it
        # (市卫生健康委决定……开展……督导。现将有关事项通知如下。) -- not 开展种子市场专项检查, one measure of a
        # long plan whose other measures help solve difficulties and sum up experience
        heads = {h.line for h in ctx.gw.headings} | set(opening_lines(ctx))
        for sent in sents:
            if sent.line is not None and sent.line not in heads:
                continue
            # 冬季安全生产检查, 特种设备检查, 对企业……检查: regulation of things and parties, not research
            # (高质量发展工作督导, 粮食安全责任制落实工作督导: a work is looked into)
            matter = sent.text[sent.start:sent.end]
            for w in s.regulatory_goals:
                matter = matter.replace(w, "")
            if any(w in matter for w in (*s.regulatory_words, *s.non_visit_objects)) \
                    and not re.search(s.work_inspection, matter):
                continue
            named = self._named_activity(ctx, s, sent, verbs, suffix, judged, ungraded_only)
            if named is not None:
                said = next(m.group(0) for x in body for p in s.research_aims
                            if (m := re.search(p, x.text[x.start:x.end])) is not None)
                return (*named, said if means is None else f"{said}……{means}")
        return None

    def _named_activity(self, ctx, s: Settings, sent: Sent, verbs: set, suffix: tuple, judged: set,
                        ungraded_only: bool):
        """(location, label) of an activity ``sent`` launches under an inspection's name: 开展××检查,
        ××督导组, or the manner of a visit (采取检查的形式走访……)."""
        for a, b, label in words_except(sent, s.named_inspections, []):
            if s.vocabulary.negated(sent, a, verbs):
                continue
            if ungraded_only and judged - {label}:
                continue
            ca, _cb = (sent.start, sent.end) if sent.line is None else clause_of(sent, a)
            manner = token_in(sent, ca, a, set(s.manner_leads)) and sent.text.startswith(tuple(s.manner_suffix), b)
            # a title whose matter is the activity itself: 关于茶产业发展情况检查的通知
            matter = sent.line is None and _TITLE_MATTER.match(sent.text, b) is not None
            if not (token_in(sent, ca, a, verbs) or sent.text.startswith(suffix, b) or manner or matter):
                continue
            if self._permitted(sent, a, set(s.permission_words), set(s.permission_resets)):
                continue
            where = title_location(ctx, a, b) if sent.line is None else (sent.line, sent.start, sent.end)
            return where, label
        return None

    @staticmethod
    def _permitted(sent: Sent, a: int, permits, resets) -> bool:
        """A permission word (可, 可以) before ``a`` in the sentence with no fresh modal after it."""
        seen = False
        for t in tokens_between(sent, sent.start, a):
            if t.text in permits:
                seen = True
            elif t.text in resets:
                seen = False
        return seen

"""GW303 research-as-inspection — 日常调研指导冠以督查检查名义 (赣府发〔2019〕3号 第7条).

source: policy/ganfufa-2019-3.txt 第7条 “日常调研指导工作不得随意冠以督查、检查、督导、考核等名义”.
Words: ``dictionaries/inspections.toml`` ``[GW303]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ...analysis import inspections as insp
from ...analysis.positions import title_location
from ...analysis.sentences import clause_of, iter_sentences, title_sentence, token_in
from ...findings import Violation
from ..base import Example, Rule
from . import BASIS_7


# the object of 对…进行/开展 is a work or its progress (…提升工作进行, …落实情况开展)
_WORK_OBJECT = re.compile(r"(?:工作|情况)(?:进行|开展|实施)$")
@dataclass(frozen=True)
class Settings(insp.LabelSettings):
    """The words are :class:`gwlint.analysis.inspections.LabelSettings`' (GW301 reads the same activity)."""


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
           "活动名称只在标题里（关于开展××检查的通知）或正文开头一段（……决定开展××督导。现将有关事项通知如下。）、正文写的全是调研目的和走访座谈的，以及“采取检查的形式走访……”一类写法，同样提示。"
           "标题写明对物、对场所的检查（关于开展国庆节前消防安全检查的通知、特种设备安全检查）的，正文中的“检查指导组”是这项检查的工作组，不提示。"
           "第三十二轮补充：讲过去的做法（2026年度，按照……，省财政厅对……开展了……考核）、本文停止的活动（停止开展……考核，不再通报考核结果）不是本文开展的活动，不提示。")
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
                item = insp.names_item(sent, a, b, s.duty_verbs, s.regulatory_words, s.regulatory_goals)
                if not (token_in(sent, ca, a, verbs) or sent.text.startswith(suffix, b) or manner or item):
                    continue
                # 联席会议办公室可…组织开展督导调研: a standing body's powers, not a visit being launched
                if insp.permitted(sent, a, permits, resets):
                    continue
                # 对林业企业开展安全生产检查指导, 随机抽取商超企业开展检查指导: a regulatory inspection of enterprises
                # …but 对基层医疗机构服务能力提升工作进行调研督查 looks into a work, not the institutions
                if insp.regulated_object(sent, ca, a, s.object_leads, s.non_visit_objects, _WORK_OBJECT):
                    continue
                # 关于开展国庆节前消防安全检查的通知 …… 组成检查指导组: the body's team (or the title's own 燃气安全检查指导) is an
                # inspection of things
                if insp.title_inspects_things(ctx, s, label):
                    continue
                hit = (a, b, label)
                break
            if hit is not None:
                a, b, label = hit
                found.append((title_location(ctx, a, b) if sent.line is None else (sent.line, sent.start, sent.end),
                              label))
        if not found:
            hit = insp.research_named(ctx, s)
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

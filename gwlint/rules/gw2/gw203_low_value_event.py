"""GW203 low-value-event — 不举办没有实质性内容的研讨会、务虚会、论坛 (赣府发〔2019〕3号 第4条).

source: policy/ganfufa-2019-3.txt 第4条 “不举办没有实质性内容的研讨会、务虚会、论坛等活动”.
The events the document holds are the meetings it convenes (:mod:`gwlint.analysis.meetings`)
whose name ends with an event word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.meetings import held_elsewhere, planned_meetings, same_meeting
from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_4, DATA_FILE


@dataclass(frozen=True)
class Settings(RuleSettings):
    meeting_suffixes: list[str] = field(default_factory=list)  # what a meeting's name ends with
    event_words: list[str] = field(default_factory=list)  # 研讨会, 务虚会, 论坛 … (座谈会 is not one)
    event_variants: dict = field(default_factory=dict)  # 研讨会 → 研讨交流会, 学术研讨暨经验交流会 (regex)
    another_event: Regex = "(?!)"  # 另, 同时, 期间: the body's event is one more, not the title's renamed


def _kind(name: str, events: list[str], variants: dict) -> str | None:
    """The event word the name ends with, or whose variant it is (研讨交流会 is a 研讨会)."""
    kind = next((w for w in sorted(events, key=len, reverse=True) if name.endswith(w)), None)
    if kind is None:
        kind = next((w for w, rx in variants.items() if w in events and re.search(rx, name)), None)
    return kind


class LowValueEvent(Rule):
    code = "GW203"
    name = "low-value-event"
    severity = "info"
    basis = BASIS_4
    summary = "通知召开或举办研讨会、务虚会、论坛等活动：提醒核实活动有实质性内容。"
    why = ("第4条：“不举办没有实质性内容的研讨会、务虚会、论坛等活动。”gwlint 只看本文要召开、举办的活动"
           "（标题“关于举办……论坛的通知”或“定于……举办……论坛”）；参加别人的论坛、机构名称中的“论坛”、"
           "禁止举办此类活动的句子都不报；由上级或其他地方的机构主办、或在外省举办的论坛（国务院发展研究中心定于……在北京举办，"
           "……将于……在海南博鳌举行）不是本机关举办的；文中写明由论坛秘书处、组委会、协会、学会等主办的（由论坛秘书处主办），"
           "或通知本身是为活动做服务保障、安保、接待的（关于做好……期间服务保障工作的通知），也不是本机关举办的；"
           "本机关、本级政府或其部门是主办者之一的（由市商务局与××协会联合主办；由市人民政府主办，××大学承办）仍是。"
           "研讨交流会、务虚座谈会等合写的名称也算。"
           "标题和正文对同一个活动用了不同的名称（标题“数字政府建设研讨会”，正文“‘数字政府与基层治理’研讨会”，"
           "或标题“研讨会”、正文“务虚会”）时只报一次；正文写明另外、同时举办的（会议期间另举办……论坛）才是又一个活动；"
           "培训班、节会等本文举办的活动期间附带举办的论坛、研讨会、沙龙（培训期间同时举办……论坛、同期举办……沙龙）也算，"
           "本文开展的宣传周、读书月等活动（决定于……开展……宣传周活动）和本机关印发的筹备方案中的会议、印发的行动方案任务分解表中写明（每年）举办的论坛也是本文举办的活动"
           "（宣传周期间同期举办……论坛）；转发、批转的别人文件中的活动不算。"
           "座谈会是听取意见的常用形式，默认不在此列（可用 GW203.event_words 调整）。"
           "第二十九轮补充：印发本机关节会、活动方案的通知里“同期举办……论坛”，培训班通知里“安排一场‘……’专题研讨会”“组织学员开展"
           "‘……’主题研讨交流会”，行动方案任务表里“每年举办一届‘……论坛’”都算本文举办的活动。")
    bad = "江西省商务厅关于举办2026年全省开放型经济发展论坛的通知"
    good = "确有实质性议题的，在通知中写明要解决的问题和预期成果；没有的不举办，或并入已有会议、改为书面交流。"
    fix_title = "核实活动有实质性内容，写明议题和成果；否则不举办或合并举办"
    Settings = Settings
    data_file = DATA_FILE
    examples = (
        Example("定于2026年5月20日在南昌举办2026年全省开放型经济发展论坛。", fires=True, frame="dept_to_depts",
                title="江西省农业农村厅关于举办2026年全省开放型经济发展论坛的通知"),
        Example("为加强交流，拟于5月举办全省乡村振兴理论研讨会。", fires=True, frame="dept_to_depts"),
        Example("请各地组织企业参加博鳌亚洲论坛年会。不举办没有实质性内容的研讨会、务虚会、论坛等活动。",
                fires=False, frame="dept_to_depts", note="参加别人的论坛；禁止性规定"),
        Example("定于4月10日召开全省春耕生产座谈会，听取基层意见。", fires=False, frame="dept_to_depts"),
        Example("中国发展高层论坛2026年年会将于3月下旬在北京举行，请各地组织企业参加。", fires=False,
                frame="dept_to_depts", note="别人在外省举办的论坛"),
        Example("原定于9月举办的全省科技成果转化研讨会不再举办，有关经验做法改为书面交流。", fires=False,
                frame="dept_to_depts", title="江西省科学技术厅关于取消2026年科技成果转化研讨会的通知",
                note="取消活动的通知"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        events = s.event_words
        if not events:
            return
        suffixes = tuple(dict.fromkeys([*s.meeting_suffixes, *events]))
        seen: set[str] = set()
        # the title's event, until the body names it again: 关于举办数字政府建设研讨会的通知 and 定于……举办
        # “数字政府与基层治理”研讨会 are one event under two names (the first body event of the same kind)
        # a body event of another kind is the title's too when nothing marks it as one more (标题“研讨会”，
        # 正文“召开一次务虚会”); 另/同时/期间 (会议期间另举办……论坛) make it a second event
        title_kinds: set[str] = set()
        title_names: dict[str, str] = {}
        another = re.compile(s.another_event)
        for m in planned_meetings(ctx, suffixes):
            kind = _kind(m.name, events, s.event_variants)
            if kind is None or held_elsewhere(ctx, m):
                continue
            named = next((n for n in seen if same_meeting(m.name, n)), None)
            if named is not None:
                if not m.in_title and named in title_names:
                    title_kinds.discard(title_names.pop(named))  # the body names the title's event as it is
                continue
            seen.add(m.name)
            if m.in_title:
                title_kinds.add(kind)
                title_names[m.name] = kind
            elif kind in title_kinds or (title_kinds and not another.search(m.sentence or "")):
                title_kinds.discard(kind if kind in title_kinds else next(iter(title_kinds)))
                continue
            yield Violation(
                f"本文举办{m.name if '“' in m.name else '“' + m.name + '”'}（{kind}）。第4条要求不举办没有实质性内容的研讨会、务虚会、论坛等活动："
                f"请核实活动有实质性内容，写明要解决的问题和预期成果；能合并的合并举办，能书面交流的不开会。",
                line=m.line, start=m.start, end=m.end, data={"event": m.name, "kind": kind},
            )

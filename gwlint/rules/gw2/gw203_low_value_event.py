"""GW203 low-value-event — 不举办没有实质性内容的研讨会、务虚会、论坛 (赣府发〔2019〕3号 第4条).

source: policy/ganfufa-2019-3.txt 第4条 “不举办没有实质性内容的研讨会、务虚会、论坛等活动”.
The events the document holds are the meetings it convenes (:mod:`gwlint.analysis.meetings`)
whose name ends with an event word.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.meetings import convened_meetings
from ...findings import Violation
from ..base import Example, Rule, RuleSettings
from . import BASIS_4, DATA_FILE


@dataclass(frozen=True)
class Settings(RuleSettings):
    meeting_suffixes: list[str] = field(default_factory=list)  # what a meeting's name ends with
    event_words: list[str] = field(default_factory=list)  # 研讨会, 务虚会, 论坛 … (座谈会 is not one)


class LowValueEvent(Rule):
    code = "GW203"
    name = "low-value-event"
    severity = "info"
    basis = BASIS_4
    summary = "通知召开或举办研讨会、务虚会、论坛等活动：提醒核实活动有实质性内容。"
    why = ("第4条：“不举办没有实质性内容的研讨会、务虚会、论坛等活动。”gwlint 只看本文要召开、举办的活动"
           "（标题“关于举办……论坛的通知”或“定于……举办……论坛”）；参加别人的论坛、机构名称中的“论坛”、"
           "禁止举办此类活动的句子都不报。座谈会是听取意见的常用形式，默认不在此列（可用 GW203.event_words 调整）。")
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
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        events = s.event_words
        if not events:
            return
        suffixes = tuple(dict.fromkeys([*s.meeting_suffixes, *events]))
        seen: set[str] = set()
        for m in convened_meetings(ctx, suffixes):
            kind = next((w for w in sorted(events, key=len, reverse=True) if m.name.endswith(w)), None)
            if kind is None or m.name in seen:
                continue
            seen.add(m.name)
            yield Violation(
                f"本文举办“{m.name}”（{kind}）。第4条要求不举办没有实质性内容的研讨会、务虚会、论坛等活动："
                f"请核实活动有实质性内容，写明要解决的问题和预期成果；能合并的合并举办，能书面交流的不开会。",
                line=m.line, start=m.start, end=m.end, data={"event": m.name, "kind": kind},
            )

"""GW107 direct-to-leader — 除领导明确要求外不得直接向政府领导报送 (赣府发〔2019〕3号 第1条).

source: policy/ganfufa-2019-3.txt 第1条 “各地各部门……报送省政府的专报、研究报告等由省政府办公厅严格进行
审核把关，除省政府领导有明确要求外不得直接向省政府领导报送”.
Negation, demands and relayed speech are read by :mod:`gwlint.analysis.demands`; words: ``[GW107]`` of burdens.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from typing import Iterator

from ...analysis import demands as dm
from ...analysis.literals import holds_any, required_words
from ...analysis.predicates import own_meetings_speak, practice_told
from ...analysis.sentences import Sent, clause_of, inside, iter_sentences
from ...analysis.settings import alternation
from ...analysis.submissions import row_doer
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_1


@dataclass(frozen=True)
class Settings(dm.DemandSettings):
    leader_patterns: list[Regex] = field(default_factory=list)  # 省政府领导, 分管副省长 …
    submit_verbs: list[str] = field(default_factory=list)  # 报送, 呈送, 报 … right before the leader
    direct_words: list[str] = field(default_factory=list)  # 直接, 径直 …
    direct_verbs: list[str] = field(default_factory=list)  # 专报, 直报: the verb itself goes straight to the leader
    toward_words: list[str] = field(default_factory=list)  # 向<leader>报送
    decision_after: list[str] = field(default_factory=list)  # 报省长审定: a decision step
    channel_words: list[str] = field(default_factory=list)  # 办公厅: the proper channel
    own_channel_before: list[str] = field(default_factory=list)  # 局办公室: the issuer's own office, no channel
    exception_patterns: list[Regex] = field(default_factory=list)  # 领导有明确要求, 交办
    instruction_patterns: list[Regex] = field(default_factory=list)  # “直接报我” quoted anywhere: the whole notice is exempt
    office_issuers: list[Regex] = field(default_factory=list)  # 市人民政府督查室: the leaders' own office
    descriptive_markers: list[str] = field(default_factory=list)  # 都, 已经 …: a practice described
    recipient_columns: list[str] = field(default_factory=list)  # 报送对象 …: a table column naming where it goes
    table_header_cells: list[str] = field(default_factory=list)  # other header cells of such a table (频次, 报送时间)
    separate_route_leads: list[str] = field(default_factory=list)  # 同时抄报<leader>: a second route of its own
    government_offices: dict = field(default_factory=dict)  # 省 -> 省政府办公厅: the channel of a named government
    title_offices: list[list[str]] = field(default_factory=list)  # [pattern, office] by the leader's title, in order
    default_office: str = "省政府办公厅"


# a party committee (or its leaders) joined before a government's leaders: 县委、县政府主要领导, 市委和市政府分管领导
_PARTY_BESIDE = re.compile(r"(?:(?:自治区党委|[省市州县区旗盟]委)(?:主要|分管|有关)?(?:领导)?(?:同志)?[、和及与]?)+$")
_GOVERNMENT = re.compile(r"(自治区|省|市|州|县|区|旗)(?:人民政府|政府)")
# A person's name written before a title in a 主送 (吴强副省长, 王××市长): two to four characters.
_PERSON = re.compile(r"[\u4e00-\u9fff×Ｘ＊]{1,3}[\u4e00-\u9fff×Ｘ＊]")
_CHAIR = re.compile(r"(?:常务)?副?主席$")  # a 自治区 government's chair, named in the 主送 of its own department


def _office(s: Settings, leader: str) -> str:
    gov = _GOVERNMENT.search(leader)  # the government named before the title decides
    if gov is not None and gov.group(1) in s.government_offices:
        return s.government_offices[gov.group(1)]
    for pattern, office in s.title_offices:
        if alternation(pattern).search(leader):
            return office
    return s.default_office


class DirectToLeader(Rule):
    code = "GW107"
    name = "direct-to-leader"
    severity = "info"
    basis = BASIS_1
    summary = "要求把材料直接报送政府领导同志（报送省政府领导、直接呈送……领导、报……省长/副省长），不经办公厅。"
    why = ("第1条：“各地各部门及高等院校、科研院所、企事业单位报送省政府的专报、研究报告等由省政府办公厅严格进行"
           "审核把关，除省政府领导有明确要求外不得直接向省政府领导报送。”报送政府的材料应报政府办公厅（室），"
           "由办公厅审核后呈送领导。政府名称写在职务前（报送省政府分管副省长、报市政府分管副市长审阅），"
           "发文机关自己汇总后直报（由市房产局专报市长），或写“可直接报送……领导”的，同样提示。“报省政府办公厅”是正常渠道，不提示；"
           "政府办公厅（室）、政府督查室自己把督查结果报本级政府领导，是领导的办事机构在报送，不提示（它规定“直接报送”的仍提示）；政府总值班室（设在办公厅）把各地报来的信息呈报领导同样不提示；"
           "领导有明确要求、批示或交办的（根据……“直接报我”的明确要求），报领导审定、同意的审批程序，也不提示。"
           "主送机关写成领导个人（市政府分管副市长：；写姓名和职务的吴强副省长：、王××副主席：）的，公文本身就是直送领导，在主送处提示。"
           "抄报、抄送、直送领导个人（同时抄报市政府市长、分管副市长；直送省政府各位领导）、版记“抄送：省政府分管副省长”、"
           "报送安排表“报送对象”一栏（“整改结果报送对象”一类前面写明所报材料的表头也是）写着领导的，同样提示；地名写在职务前（报送鞍山市分管副市长、直接报送师市分管领导）也一样；抄送省政府办公厅是正常渠道，不提示；流程表中呈报领导一行的承办单位（责任单位）栏写政府办公厅（室）的，是办公厅自己呈送，不提示（写发文机关自己的办公室的仍提示）；但先“直接报送省政府分管副省长”、再“同时抄送省政府督查室”的，抄送只是另一条路线，材料仍直送领导，照样提示。"
           "部门自己的会议纪要（主任办公会议纪要、局务会议纪要、党组会议纪要）中的“会议明确/会议要求，……专报市长”是本部门的安排，不是转述上级，同样提示；政府常务会议、市长办公会议的纪要是领导本人的要求，不在此列。")
    bad = "请各设区市于每月5日前将项目推进情况专报直接报送省政府领导。"
    good = "请各设区市于每月5日前将项目推进情况专报报送省政府办公厅。"
    fix_title = "改为报送本级政府办公厅（室），由办公厅审核把关后呈送领导"
    Settings = Settings
    data_file = "burdens.toml"
    examples = (
        Example("请各设区市于每月5日前将项目推进情况专报直接报送省政府领导。", fires=True),
        Example("请各设区市于每月5日前将项目推进情况报送我厅，由我厅汇总后报送省政府分管副省长。", fires=True, note="政府名称在职务前"),
        Example("请各设区市于每月5日前将项目推进情况专报报送省政府办公厅。", fires=False),
        Example("根据分管副省长关于“进展情况要直接报我”的明确要求，我厅每月将进展情况直接报送分管副省长。", fires=False, note="领导本人的明确要求"),
        Example("除省政府领导有明确要求外，不得直接向省政府领导报送专报。", fires=False),
        Example("重点任务推进情况，每季度由我厅直接报送江西省人民政府分管副省长。", fires=True, note="政府全称（带地名）写在职务前"),
        Example("周报由我厅每周五汇总，报省防汛抗旱指挥部办公室，同时抄报省政府分管副省长。", fires=True,
                note="“同时抄报”另开一条直送领导的路线"),
        Example("《经济运行参考》每月一期，直送省政府各位领导。", fires=True),
        Example("各分局进展由市局每周五汇总后报送鞍山市分管副市长。", fires=True, note="地名写在职务前"),
        Example("周报由我厅每周五汇总，抄送省政府办公厅。", fires=False, note="抄送办公厅是正常渠道"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        rx = alternation(s.leader_patterns)
        if rx is None:
            return
        exceptions = alternation(s.exception_patterns)
        offices = alternation(s.office_issuers)
        names = [o.name or "" for o in ctx.gw.issuers] or \
            ([ctx.gw.signature.text.strip()] if ctx.gw.signature is not None else [])
        # the government's own office reports to its leaders as their office (only 可直接报送…… bypasses it)
        own_office = offices is not None and bool(names) and all(offices.search(n) for n in names)
        yield from self._addressed_to_leader(ctx, s, rx)
        yield from self._copied_to_leader(ctx, s, rx)
        yield from self._table_to_leader(ctx, s, rx)
        if (told := alternation(s.instruction_patterns)) and any(told.search(ctx.reading(ln)) for ln in ctx.gw.content_lines):
            return  # the leader's own instruction quoted (区长……明确要求……“直接报我”): what follows carries it out
        words = required_words(rx)  # one of them is in every leader's name: a sentence without any has none
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            if words and not holds_any(sent.text, words, sent.start, sent.end):
                continue
            found = rx.finditer(sent.text, sent.start, sent.end)
            first = next(found, None)
            if first is None:  # no leader named: the exceptions need no reading
                continue
            if exceptions is not None and exceptions.search(sent.text, sent.start, sent.end):
                continue
            for m in chain((first,), found):
                a, b = m.span()
                if inside(a, sent.quotes) or practice_told(sent.text, sent.start, sent.end, a):
                    continue  # quoted, or what some units do (部分单位将专报直接送市政府领导): no demand
                a = dm.place_start(sent, a)
                verb = self._verb(s, sent, a, b)
                own = sent.line is not None and own_meetings_speak(ctx, sent.line, sent.start, sent.end)
                if verb is None or not self._demand(s, sent, a, b, verb[0], own):
                    continue
                direct = verb[2] in s.direct_verbs or bool({*"直径"} & {*sent.text[max(sent.start, verb[0] - 3):a]})
                by = dm.submitters(sent, verb[0])  # 各牵头单位……报送<leader>; ……形成专报。专报报送<leader>: another body
                if own_office and not direct and (not by or any(w in by[-1].text for w in s.channel_words)):
                    continue  # 报市政府主要领导同志 by the office itself; 直接报送, or a unit of its own, still bypasses
                doer = row_doer(ctx, sent.line)
                if doer and not direct and dm.names_channel(doer, s.channel_words, s.own_channel_before):
                    continue  # 报区政府分管领导审阅 | 区政府办公室: the row's doer is the office, the channel itself
                leader = sent.text[verb[1] if dm.place_named(sent.text, verb[1], a) else a:b]
                office = _office(s, leader)
                yield Violation(
                    f"要求把材料直接报送“{leader}”。报送政府的专报、研究报告等应由{office}审核把关，"
                    f"除领导有明确要求外不直接向政府领导报送：请改为报送{office}。",
                    line=sent.line, start=sent.start, end=sent.end, data={"leader": leader, "verb": verb[2]})
                break

    @staticmethod
    def _addressed_to_leader(ctx, s: Settings, rx) -> Iterator[Violation]:
        """The 主送 names a government leader (市政府分管副市长：): the document itself goes
        straight to the leader (条例 §15(五): 不得以本机关名义向上级机关负责人报送公文)."""
        for ln, part, leader, office in _leaders_named(ctx, s, ctx.gw.recipients, rx, r"[^，、,；;：:\s]+"):
            yield Violation(
                f"主送机关写成了“{leader}”。公文应主送机关，不以本机关名义直接向政府领导报送："
                f"请主送本级政府（或{office}），由{office}审核把关后呈送领导。",
                line=ln, start=part.start(), end=part.end(), data={"leader": leader, "verb": "主送"})

    @staticmethod
    def _copied_to_leader(ctx, s: Settings, rx) -> Iterator[Violation]:
        """The 版记's 抄送 line names a government leader (抄送：省政府分管副省长): the copy
        goes to the leader past the office; 抄送 to an office (省政府办公厅) is the channel."""
        for ln, part, leader, office in _leaders_named(ctx, s, ctx.gw.cc, rx, r"[^，、,；;：:\s。]+"):
            verb = "抄报" if ctx.reading(ln).lstrip().startswith("抄报") else "抄送"
            yield Violation(
                f"版记{verb}“{leader}”。报送政府的材料应由{office}审核把关后呈送领导，不直接抄送政府领导："
                f"请改为抄送{office}。", line=ln, start=part.start(), end=part.end(),
                data={"leader": leader, "verb": verb})

    @staticmethod
    def _table_to_leader(ctx, s: Settings, rx) -> Iterator[Violation]:
        """A table whose 报送对象 column names a government leader (市政府分管副市长):
        the row sends that material straight to the leader."""
        from ...analysis.tables import tables

        if not s.recipient_columns:
            return
        for table in tables(ctx, ctx.gw.content_lines, [*s.recipient_columns, *s.table_header_cells],
                            numbered=False):
            # by rank; a header naming what goes there first (整改结果报送对象) is the same column
            col = next((k for c in s.recipient_columns for k, h in enumerate(table.header)
                        if h.strip() == c or h.strip().endswith(c)), None)
            if col is None:
                continue
            for r in table.rows[1:]:
                if col >= len(r.cells):
                    continue
                cell = r.cells[col].strip()
                for part in re.finditer(r"[^，、,；;\s]+", cell):
                    m = rx.match(part.group(0))
                    if m is None or len(part.group(0)) - m.end() > 6:
                        continue
                    leader = m.group(0)
                    office = _office(s, leader)
                    ln = r.lines[col]
                    text = ctx.reading(ln)
                    at = text.find(part.group(0))
                    yield Violation(
                        f"表中“{table.header[col]}”一栏写着“{leader}”，即把材料直接报送政府领导。报送政府的材料应由"
                        f"{office}审核把关后呈送领导：请改为报送{office}。",
                        line=ln, start=max(at, 0), end=(at + len(part.group(0))) if at >= 0 else None,
                        data={"leader": leader, "verb": table.header[col]})
                    break

    @staticmethod
    def _demand(s: Settings, sent: Sent, a: int, b: int, va: int, own: bool = False) -> bool:
        """The submission to the leader at ``[a, b)`` (verb at ``va``) is the issuer's demand."""
        if dm.negated(s, sent, min(a, va)):
            return False
        # 报省长审定 (a decision), 报送省政府领导的专报 (an attribute): no submission asked for
        ca, _cb = clause_of(sent, a)
        # 报指挥部办公室，同时抄报市长: the clause opening with 同时 adds a route past the channel
        separate = sent.text[ca:a].lstrip(" \u3000").startswith(tuple(s.separate_route_leads)) \
            if s.separate_route_leads else False
        if (not separate and dm.channel_named(sent, b, s.channel_words, s.own_channel_before,
                                              s.separate_route_leads)) \
                or sent.text.startswith(tuple(s.decision_after) + ("的",), b):
            return False
        direct = set(s.direct_words)
        is_direct = any(t.text in direct or (t.start >= va and t.text in s.direct_verbs)
                        for t in sent.tokens if ca <= t.start < b)
        # no modal needed (汇总后报送省政府分管副省长); a practice described asks nothing (信访部门都及时报送省政府领导)
        described = any(t.text in s.descriptive_markers for t in sent.tokens if ca <= t.start < va)
        if described and not is_direct and not dm.demanded(s, sent, min(a, va)):
            return False
        return not dm.reported(sent, dm.clause_starts(sent, min(a, va)), own)

    @staticmethod
    def _verb(s: Settings, sent: Sent, a: int, b: int):
        """(start, end, verb) of the submission: 报送<leader>, 直接呈送<leader>, 向<leader>(个人)报送."""
        verbs, direct, toward = set(s.submit_verbs), set(s.direct_words), set(s.toward_words)
        toks = [t for t in sent.tokens if sent.start <= t.start < sent.end]
        before = [t for t in toks if t.end <= a]
        if not before or before[-1].end != a:
            return None  # the leader word starts inside a longer word
        # 报送县委、县政府主要领导: the party committee named beside the government's leaders goes the same way
        party = _PARTY_BESIDE.search(sent.text, sent.start, a)
        if party is not None and any(t.end == party.start() for t in before):
            before = [t for t in before if t.end <= party.start()]
        # 报送鞍山市分管副市长, 报送师市分管领导: the place whose leader it is stands between verb and title
        k = next((i - 1 for i in range(len(before) - 1, 0, -1) if before[i - 1].text in verbs | direct
                  and dm.place_named(sent.text, before[i].start, a)), len(before) - 1)
        while k >= 0 and before[k].text in direct:
            k -= 1
        if k >= 0 and before[k].text in verbs:
            return before[k].start, before[k].end, before[k].text
        if before[-1].text in toward:
            for t in [t for t in toks if t.start >= b][:3]:
                if t.text in verbs:
                    return t.start, t.end, t.text
                if t.text not in direct and t.text not in ("个人", "同志"):
                    break
        return None


def _leaders_named(ctx, s: Settings, block, rx, item: str):
    """(line, match, leader, office) of the first item of a 主送 or 抄送 block that is a government
    leader, perhaps with a name and 同志 after it (分管副省长王××同志); at most one per block."""
    if block is None:
        return
    regional = any("自治区" in o.name for o in ctx.gw.issuers)
    for ln in block.lines:
        for part in re.finditer(item, ctx.reading(ln)):
            m = rx.match(part.group(0))
            named = False
            if m is None:  # the leader's name before the title (吴强副省长, 王××市长; 王××副主席 in a 自治区)
                m = rx.search(part.group(0)) or (_CHAIR.search(part.group(0)) if regional else None)
                named = m is not None and bool(_PERSON.fullmatch(part.group(0)[:m.start()]))
                if not named:
                    m = None
            if m is None or len(part.group(0)) - m.end() > 6:
                continue
            leader = part.group(0)[:m.end()] if named else m.group(0)
            yield ln, part, leader, s.government_offices.get("自治区", s.default_office) if named and regional else _office(s, m.group(0))
            return

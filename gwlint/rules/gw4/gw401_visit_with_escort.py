"""GW401 visit-with-escort — 调研要求陪同、接待、汇报 (赣府发〔2019〕3号 第17条; 督查组下基层 第9条).

source: policy/ganfufa-2019-3.txt 第17条 “到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式”;
第9条 “不发通知、不打招呼、不设线路、不用陪同”.
Words: ``dictionaries/inspections.toml`` ``[GW401]``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.facts import division_table
from ...analysis.literals import holds_any, may_match
from ...analysis.markers import body_start
from ...analysis.negation import waived_after
from ...analysis.predicates import told_not_asked
from ...analysis.visited import (VisitedSideSettings, answers_asking, assigned_below, by_own_side, fronted_demand,
                                  given_to_own_side, guests_received, handed_on, label_hits, lower_subject, receipt_columns,
                                  row_labels, team_own, topic_headings, visited_officials, visited_side_cell)
from ...analysis.sentences import Sent, clause_of, iter_sentences, token_in, tokens_between, words_except
from ...analysis.settings import alternation
from ...analysis.tables import tables
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_9, BASIS_17


@dataclass(frozen=True)
class Settings(VisitedSideSettings):
    visit_patterns: list[Regex] = field(default_factory=list)  # 赴…调研, 调研组 …: a research visit
    inspection_visit_patterns: list[Regex] = field(default_factory=list)  # 督查组 …: an inspection visit (第9条)
    not_visit_titles: list[str] = field(default_factory=list)  # 调研报告 …: no visit
    visit_refs: list[str] = field(default_factory=list)  # 调研, 届时 …: a sentence speaking of the visit
    table_header_cells: list[str] = field(default_factory=list)  # header cells of a one-cell-per-line table
    table_row_start: Regex = ""  # 6月9日, 上午: a programme row of such a table opens with a date or time
    visit_ref_leads: list[Regex] = field(default_factory=list)  # 接待工作由…: so does one opening with a duty
    escort_words: list[str] = field(default_factory=list)  # 陪同, 接待, 迎送
    escort_excluded: list[str] = field(default_factory=list)  # 接待费, 游客接待 …
    escort_patterns: list[Regex] = field(default_factory=list)  # 带领调研组察看 …: escorting in other words
    escort_followers: Regex = ""  # what may follow 陪同 when it escorts the team (not 陪同老人就医)
    team_subjects: list[str] = field(default_factory=list)  # 调研组成员要……按标准安排就餐住宿: the team's own
    team_subject_pattern: Regex = "(?!)"  # 联合调研指导组, 市督导调研组: a team named in a compound
    guest_visit_patterns: list[Regex] = field(default_factory=list)  # 来访投资考察团: guests received, no visit
    staging_words: list[str] = field(default_factory=list)  # 现场点, 参观线路 …
    staging_verbs: list[str] = field(default_factory=list)  # 安排, 设置, 确定 … a staging word's verb
    lodging_words: list[str] = field(default_factory=list)  # 食宿, 用餐 …
    lodging_verbs: list[str] = field(default_factory=list)  # 做好, 提供 … (with arrange_verbs)
    self_paid: list[str] = field(default_factory=list)  # 食宿自理
    report_words: list[str] = field(default_factory=list)  # 汇报, 汇报材料 …
    report_patterns: list[Regex] = field(default_factory=list)  # 介绍本地…工作情况 …
    report_upward: list[str] = field(default_factory=list)  # 向 …: the team reports upward
    to_team_pattern: Regex = ""  # 向调研组汇报: the visited side reports after all
    report_hear: list[str] = field(default_factory=list)  # 听取 …
    routine_words: list[str] = field(default_factory=list)  # 定期听取 …: a standing practice
    visit_terms: list[str] = field(default_factory=list)  # 调研, 届时 …: 听取汇报 of this visit
    meeting_words: list[str] = field(default_factory=list)  # 座谈
    meeting_join_verbs: list[str] = field(default_factory=list)  # 安排人员参加座谈: taking part, not organising
    meeting_send_verbs: list[str] = field(default_factory=list)  # 安排: (unlike 组织) sends its own people
    arrange_verbs: list[str] = field(default_factory=list)  # 安排, 组织 …
    meeting_modals: list[str] = field(default_factory=list)  # 由, 届时 … (with reset_modals)
    demand_markers: list[str] = field(default_factory=list)  # 请, 要, 须 …
    asked_labels: dict = field(default_factory=dict)  # how each demand is named in the message


class VisitWithEscort(Rule):
    code = "GW401"
    name = "visit-with-escort"
    severity = "warning"
    basis = BASIS_17
    summary = ("调研、考察通知要求被调研方陪同（随同、随行、带领调研组察看）、接待，准备汇报或汇报材料（介绍本地工作情况），"
               "或安排座谈；调研日程表的“陪同人员”一栏点名被调研方的、回执要被调研方填写“陪同人员”“汇报人”的也是。")
    why = ("第17条：“到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式听实话、摸实情、谋实招，"
           "坚决防止热热闹闹走过场、轰轰烈烈搞形式。”第9条对督查也提倡“不发通知、不打招呼、不设线路、不用陪同”，"
           "督查、督导、指导组下基层要求陪同的，依据记为第9条；“准备书面材料”也是汇报材料，被调研方作主语的“作……工作情况介绍”同样（短的编号行写的是要求，不是小标题）。只检查调研、考察（或督查组下基层）活动：标题或所在段落讲的是这类活动；"
           "写明不用陪同、不听汇报、简化接待、轻车简从等的句子不提示；调研组向上级汇报、督查组“听取汇报”（督查的常规方式；被督查方“如实汇报工作情况”是同一件事）、请被调研方派人参加调研组的座谈都不算。"
           "没有“请”“要”的日程安排（各设区市××局分管负责同志全程陪同）同样是要求；安排现场点（请被调研方提前确定察看企业、推荐调研村也是）、食宿也是接待。"
           "只有标题或别的段落讲调研时，句子须提到这次调研（调研期间、届时、陪同、带领察看……），“做好游客接待服务”是工作本身；"
           "省去宾语的“带领察看”“带领走访”带领的就是调研组；"
           "调研写在别的段落、或这一句除陪同外不提调研时，“陪同失能老人就医”陪的是别人，不提示；“由厅××处人员陪同”是调研组自己的人，文中写明组成调研组的单位（由A、B、C组成联合调研组）派人陪同（由B××科同志陪同）也是。"
           "“所到、所在、途经、被考察”之后写单位的（所到旗市区人民政府分管负责同志陪同）是被调研方。日程表各格（听取××局工作汇报）、“汇报单位”一栏也是要求，整张表提示一次；陪同一栏写调研组自己的人（厅种植业处）或写明不陪同（不安排陪同、无需陪同）的不提示。"
           "以调研组（调研督导组、联合调研指导组）开头、不请别人的纪律要求（统一乘车，就餐安排在机关食堂）是调研组自己的；"
           "接待来访的客商、投资考察团不是调研；本机关的工作任务表（时间｜工作内容｜牵头单位）不是调研日程表。"
           "陪同、汇报写在被取消的话题里（已准备的汇报材料不再提交）、转述别人的做法（一些部门到基层调研存在层层陪同……的问题）、"
           "句首过去时间框架管到的句子里，都不提示；随调研组同行的单位（……研究院派员随行，院内两名规划师全程陪同）是调研组自己的人。"
           "“所到旗县市农牧局局长陪同”“途经园区的管委会负责同志陪同”即使没有“请”也是被调研方陪同；日程表里“听取被考察县……的情况介绍”就是听汇报。"
           "请被考察方“确定推荐项目”“选定推荐企业”也是安排现场点。考核组、督查组来时要被考核方准备的书面汇报材料、展板是为检查准备的材料（GW302），本规则不再提示（陪同、食宿、设点仍提示）。"
           "第三十二轮补充：回执中要被调研方填写“陪同人员”“汇报人”的栏目，同样是要求陪同、汇报（文中别处已经提示过的不再另报）。第三十三轮补充：调研组的住宿、工作餐“由当地文化旅游部门就近安排”，即使另一分句写明“费用由调研组自行结算”，也是要被调研方安排接待；调研组自己在机关食堂就餐、按标准交纳伙食费的不算。")
    bad = "调研期间，请各设区市安排一名分管负责同志全程陪同，并准备书面汇报材料。"
    good = "调研组轻车简从，直接到田间地头和企业了解情况，不需各地陪同、接待，不听汇报。"
    fix_title = "删去陪同、接待、汇报、座谈安排的要求，改为不打招呼、直奔一线"
    Settings = Settings
    data_file = "inspections.toml"
    examples = (
        Example("我厅将于4月赴各设区市开展春耕生产调研。调研期间，请各设区市安排一名分管负责同志全程陪同，"
                "并准备书面汇报材料。", fires=True),
        Example("我厅将于4月赴各设区市开展春耕生产调研。调研组轻车简从，直接到田间地头了解情况，"
                "不需各地陪同、接待，不听汇报。", fires=False),
        Example("我厅将于4月组成调研组赴各设区市调研春耕生产。\n一、有关要求\n请各设区市安排分管负责同志随行，"
                "并简要介绍本地工作情况。", fires=True, frame="dept_to_depts", note="随行、介绍情况"),
        Example("各地要做好节假日游客接待服务，确保景区安全有序。", fires=False,
                title="江西省文化和旅游厅关于开展假日旅游市场调研的通知", note="接待游客是工作本身"),
        Example("我厅将于4月组成调研组赴各设区市调研春耕生产。调研组成员要遵守廉洁纪律，调研期间统一乘车，"
                "按标准安排就餐住宿。", fires=False, note="调研组自己的纪律，不是要求被调研方接待"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        research_rx, inspect_rx = alternation(s.visit_patterns), alternation(s.inspection_visit_patterns)
        guests = guests_received(ctx, s, alternation(s.guest_visit_patterns))
        ref_leads = alternation(s.visit_ref_leads)
        led = alternation(s.escort_patterns)  # 带领调研组察看, 带领察看: a sentence escorting the visitors speaks of the visit
        gw = ctx.gw
        title = gw.title.text if gw.title else ""
        title_kind = None
        if title and not any(w in title for w in s.not_visit_titles):
            title_kind = _visit_kind(title, research_rx, inspect_rx, guests)
        kinds = {ln: _visit_kind(ctx.reading(ln), research_rx, inspect_rx, guests) for ln in gw.content_lines}
        # a visit announced in another paragraph (我局将组成调研组赴各县调研…; 三、有关要求 …)
        doc_kind = title_kind or next((k for k in kinds.values() if k), None)
        asking = [*s.escort_words, *s.report_words, *s.meeting_words, *s.staging_words, *s.lodging_words]
        followers = alternation(s.escort_followers)
        lines = list(gw.content_lines)
        follows_visit: dict[int, bool] = {}
        for prev, ln in zip(lines, lines[1:]):  # the items of a list right after the visit's paragraph follow it too
            follows_visit[ln] = bool(kinds[prev]) or (follows_visit.get(prev, False) and bool(
                _ITEM.match(ctx.reading(prev))) and bool(_ITEM.match(ctx.reading(ln))))
        # cells of the visit's programme table (日期 | 地点 | 内容, rows opening with a date) speak of the
        # visit; the table is one demand; a task table (时间|工作内容|牵头单位) is the issuer's own schedule
        progs = [t for t in tables(ctx, gw.content_lines, s.table_header_cells, alternation(s.table_row_start))
                 if not division_table(t)] if doc_kind else []
        programme = {ln for t in progs for r in t.rows[1:] for ln in r.lines}
        in_table = False
        told: dict[int, set[str]] = {}  # demands already reported per paragraph: a restatement is the same demand
        topics = topic_headings(ctx, tuple(s.visited_local_words))
        labels = row_labels(ctx, s, asking) if doc_kind else {}  # 座谈组织 | 由所到市商务局通知……
        label_lines = {p for p, ln in zip(lines, lines[1:]) if ln in labels}  # a label asks nothing itself
        for ln in gw.content_lines:
            kind = (para_kind := kinds[ln]) or doc_kind
            if kind is None:
                continue
            for sent in iter_sentences(ctx, [ln]):
                if sent.end <= topics.get(ln, -1) or ln in label_lines:
                    continue
                body = sent.body  # sliced once, not once per word
                # the visit known only from the title or another paragraph: the sentence must speak of it (调研
                # 期间, 届时, 调研组, 陪同 …), not of the work (做好游客接待服务), or follow the one announcing it
                if para_kind is None and not follows_visit.get(ln) and ln not in programme and ln not in labels \
                        and not holds_any(body, s.visit_refs) and not (led is not None and led.search(body)) \
                        and not (ref_leads is not None
                                 and ref_leads.match(sent.text, body_start(sent.text, sent.start), sent.end)):
                    continue
                asked: list[str] = []
                for a, b, w in [*label_hits(labels, sent, asking), *self._hits(s, sent, asking)]:
                    # 陪同失能老人就医 escorts someone else, when the sentence speaks of no visit but by the word itself
                    if sent.text[a:b] in s.escort_words and followers is not None and not followers.match(sent.text, b, sent.end) \
                            and (para_kind is None or not holds_any(body, set(s.visit_refs) - set(s.escort_words))):
                        continue
                    # 近年来，一些部门到基层调研存在层层陪同……的问题: a practice told, no demand
                    # ……，已准备的汇报材料不再提交: the word is the topic of a waiver after it
                    if not s.vocabulary.negated(sent, a) and w not in asked and not told_not_asked(ctx, sent, a) \
                            and not waived_after(sent.text, b, clause_of(sent, a)[1]) \
                            and self._asked(ctx, s, sent, a, b, w, kind, ln in programme):
                        asked.append(w)
                if asked and not (in_table and ln in programme) and not set(asked) <= told.get(ln, set()):
                    in_table = in_table or ln in programme
                    told.setdefault(ln, set()).update(asked)
                    yield _finding(s, kind, asked, ln, sent.start, sent.end)
        if doc_kind is not None:
            # a programme already reported for a cell (听取……汇报) is not reported again for a column
            yield from self._columns(ctx, s, doc_kind, [] if in_table else progs)
            if not told and (receipt := receipt_columns(ctx, s)) is not None:  # a 回执's columns, where nothing else asked
                yield _finding(s, doc_kind, receipt[3], *receipt[:3])

    @staticmethod
    def _hits(s: Settings, sent: Sent, asking: list[str]) -> list[tuple[int, int, str]]:
        """The words of demands in ``sent``, and the same said otherwise (带领调研组察看 → 陪同,
        介绍本地工作情况 → 介绍情况)."""
        hits = words_except(sent, asking, s.escort_excluded)
        for patterns, word in ((s.escort_patterns, "陪同"), (s.report_patterns, "介绍情况"), (s.staging_patterns, "察看对象")):
            rx = alternation(patterns)
            if rx is not None:
                hits += [(m.start(), m.end(), word) for m in rx.finditer(sent.text, sent.start, sent.end)
                         if not any(a <= m.start() < b for a, b, _w in hits)]
        return sorted(hits)

    def _columns(self, ctx, s: Settings, kind: str, progs: list) -> Iterator[Violation]:
        """A programme's 陪同人员/陪同单位 (汇报单位) column: a row naming people of the visited side
        (九江市政府分管副市长, 瑞金市人民政府) asks them to escort the team (to report to it)."""
        for table in progs:
            # one table is one demand (陪同人员, 接待单位 and 汇报单位 together), made when a row names the
            # visited side in such a column: told once, with every demand its columns make
            where, asked = None, []
            for word in ("陪同", "汇报", "接待"):
                col = next((i for i, c in enumerate(table.header) if word in s.column_demands(c)), None)
                if col is None:
                    continue
                row = next((r for r in table.rows[1:] if col < len(r.cells) and r.cells[col].strip()
                            and visited_side_cell(ctx, s, r.cells[col].strip())), None)
                if row is not None:  # told at the column's header cell, which names the demand (汇报单位)
                    asked.append(word)
                    where = where or (table.rows[0].cells[col].strip(), table.rows[0].lines[col])
            if where is not None:
                cell, ln = where
                k = ctx.reading(ln).find(cell)
                yield _finding(s, kind, asked, ln, max(k, 0), k + len(cell) if k >= 0 else None)

    @staticmethod
    def _asked(ctx, s: Settings, sent: Sent, a: int, b: int, w: str, kind: str, programme: bool) -> bool:
        """The word at ``a`` (陪同, 汇报, 座谈 …) is asked of the visited side (``programme``: a table cell)."""
        ca, cb = clause_of(sent, a)
        if w in s.report_words and answers_asking(s, sent, a, w):  # 调研组现场询问时，……如实介绍情况: an answer
            return False
        demand, arrange = set(s.demand_markers), set(s.arrange_verbs)
        if w in s.lodging_words:
            # 做好食宿安排 asks the visited side to lodge the team; 食宿自理 does not, nor the team's own discipline
            verbs = tuple(arrange | set(s.lodging_verbs))
            if handed_on(ctx, s, sent, b, cb) and not holds_any(sent.body, s.self_paid):  # ……的食宿，由各区……统一安排
                return True
            # (调研组……按标准安排就餐住宿); 食宿由所到县统一安排: asked of them, though 费用……自行结算 pays (统一安排 whole)
            handed = assigned_below(ctx, s, sent, b, cb)
            return any(t.text.endswith(verbs) for t in tokens_between(sent, ca, cb)) \
                and not holds_any(sent.text, s.self_paid, ca, cb) and (handed or not holds_any(sent.body, s.self_paid)) \
                and (not team_own(ctx, s, sent) or handed)
        if w in s.escort_words or w in s.staging_words:
            if handed_on(ctx, s, sent, b, cb):  # 现场察看点和食宿，由各区应急管理局统一安排
                return True
            if by_own_side(ctx, s, sent, ca, a, cb) or (w in s.staging_words and not holds_any(sent.text, s.staging_verbs, ca, cb)):
                return False  # 由厅农村水利水电处人员陪同: the team escorts itself; 核实观摩点……情况: the team looks
            return bool(token_in(sent, sent.start, a, demand)) or lower_subject(ctx, s, sent, ca, a) \
                or assigned_below(ctx, s, sent, b, cb) or visited_officials(s, sent, ca, a)
        if w in s.meeting_words:
            k = next((t for t in tokens_between(sent, ca, a) if t.text in arrange), None)  # 组织座谈, not 安排人员参加座谈
            sends = k is not None and k.text in s.meeting_send_verbs and token_in(sent, k.end, a, set(s.meeting_join_verbs))
            return (k is not None and not sends and bool(token_in(sent, sent.start, a, set(s.reset_modals) | set(s.meeting_modals)))) \
                or assigned_below(ctx, s, sent, b, cb)  # 座谈会由所在镇乡街道负责召集: handed to the visited side
        hear = set(s.report_hear)
        if w != "汇报":  # 汇报材料, 书面汇报 …; 各市科技局主要负责同志作15分钟工作情况介绍: the visited side's own
            if given_to_own_side(ctx, s, sent, ca, a, cb):  # 情况介绍也由该处同志进行: the team's own section
                return False
            if kind == "inspection" and w not in ("情况介绍", "介绍情况"):
                return False  # 考核组……各乡镇要准备书面汇报材料: papers made for an inspection (GW302), not a reception
            if w in ("情况介绍", "介绍情况") and (h := next((t for t in tokens_between(sent, ca, a) if t.text in hear), None)):
                # 听取被考察县商务局关于……的情况介绍 in the programme: the team hears the visited side, as 听取汇报
                return kind == "research" and not any(t.start == h.end and t.text in ("了", "过") for t in sent.tokens) \
                    and not token_in(sent, ca, h.start, set(s.routine_words)) \
                    and (programme or any(x in sent.body for x in s.visit_terms))
            return bool(token_in(sent, sent.start, a, demand)) or lower_subject(ctx, s, sent, ca, a) \
                or fronted_demand(ctx, s, sent, b, cb)  # 书面材料请所到县（市）农业农村局提前备好
        if kind == "inspection":
            # 如实汇报工作情况 to a 督查组/考核组 is its 听取汇报 seen from the inspected side, the routine way of an
            # inspection (第9条 asks only for no escort); the papers prepared for it are GW302's
            return False
        h = next((t for t in tokens_between(sent, ca, a) if t.text in hear), None)
        # jieba keeps 听取汇报 whole: the hearing verb is inside the token
        h = h or next((t for t in sent.tokens if t.start < a < t.end and t.text.startswith(tuple(hear))), None)
        if h is not None:
            # this visit's programme, not a routine 定期听取 or a past 听取了; an inspection team
            # hearing reports is how it inspects (第9条 asks only for no escort)
            past = any(t.start == h.end and t.text in ("了", "过") for t in sent.tokens)
            routine = token_in(sent, ca, h.start, set(s.routine_words))
            return kind == "research" and not past and not routine \
                and (programme or any(x in sent.body for x in s.visit_terms))
        if token_in(sent, ca, a, set(s.report_upward)):
            # 向调研组汇报 is the visited side; 向省政府汇报 is the team reporting upward
            to_team = alternation(s.to_team_pattern)
            return to_team is not None and bool(to_team.search(sent.text, ca, a))
        return bool(token_in(sent, sent.start, a, demand)) or lower_subject(ctx, s, sent, ca, a) \
            or fronted_demand(ctx, s, sent, b, cb)


def _finding(s: Settings, kind: str, asked: list[str], ln: int, start: int, end: int | None) -> Violation:
    what = "、".join(dict.fromkeys(s.asked_labels.get(w, w) for w in asked))
    if kind == "research":
        msg = (f"调研活动要求被调研方{what}。到基层调研应多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式："
               f"请删去这些安排，轻车简从、直奔一线。")
        basis = None
    else:
        msg = (f"督查检查组下基层要求被检查方{what}。督查应提倡不打招呼、不设线路、不用陪同，直奔基层和现场："
               f"请删去这些安排。")
        basis = BASIS_9
    return Violation(msg, line=ln, start=start, end=end, basis=basis, data={"asked": asked, "visit": kind})


_ITEM = re.compile(r"[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)")


def _visit_kind(text: str, research_rx: re.Pattern | None, inspect_rx: re.Pattern | None,
                guests: re.Pattern | None = None) -> str | None:
    # (each pattern run only where a word every match of it holds is there: most lines have none)
    if guests is not None and may_match(guests, text):  # 组织来访投资考察团参观: guests received are no visit
        text = guests.sub(lambda m: "＊" * len(m.group()), text)
    if research_rx is not None and may_match(research_rx, text) and research_rx.search(text):
        return "research"
    if inspect_rx is not None and may_match(inspect_rx, text) and inspect_rx.search(text):
        return "inspection"
    return None

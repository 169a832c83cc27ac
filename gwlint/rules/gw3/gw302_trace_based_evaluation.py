"""GW302 trace-based-evaluation — 以台账、照片、留痕评判工作 (赣府发〔2019〕3号 第8条).

source: policy/ganfufa-2019-3.txt 第8条 “不能简单以留痕多少评判工作好坏”.
Words: ``dictionaries/inspections.toml`` ``[GW302]``; negation by :mod:`gwlint.analysis.negation` (不得要求提供照片).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis import inspections as insp
from ...analysis.negation import NegationSettings
from ...analysis.predicates import told_not_asked
from ...analysis.sentences import Sent, clause_of, clause_spans, iter_sentences, tokens_between, words_except
from ...analysis.settings import alternation
from ...analysis.submissions import record_destination
from ...analysis.tokens import WordList
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_8


@dataclass(frozen=True)
class Settings(NegationSettings, insp.PaperSettings):
    evidence: list[str] = field(default_factory=list)  # 台账, 照片, 佐证材料 …
    trace_words: list[str] = field(default_factory=list)  # 留痕: only as a yardstick
    demand_words: list[str] = field(default_factory=list)  # 全程留痕 …: a demand by itself
    evidence_patterns: list[Regex] = field(default_factory=list)  # 民情日记, 签字确认单 …: records by their form
    lawful_trace_context: list[str] = field(default_factory=list)  # 执法: a record the law asks for
    proof_words: list[str] = field(default_factory=list)  # 佐证材料 …: proof by name, in any sentence
    entry_list_heads: list[Regex] = field(default_factory=list)  # 申报材料: the heading over an entry's list
    contest_titles: list[Regex] = field(default_factory=list)  # 评选, 评比 …: a title holding a selection
    submit_verbs: list[str] = field(default_factory=list)  # 报送, 提供, 附 …
    submit_next_clause: Regex = ""  # the next clause only sends the material on
    score_patterns: list[Regex] = field(default_factory=list)  # 得5分, 扣分 …
    artwork_context: list[str] = field(default_factory=list)  # 参赛作品: photos that are entries
    picture_words: list[str] = field(default_factory=list)  # 照片, 图片 … (not checked with artwork_context)
    eval_verbs: list[str] = field(default_factory=list)  # 查阅, 考核 …
    eval_patterns: list[Regex] = field(default_factory=list)  # 作为考核依据
    eval_next_clause: list[Regex] = field(default_factory=list)  # …，作为年终考核依据
    manner_pattern: Regex = ""  # 以电子版形式: the manner of sending, not a yardstick
    version_heads: list[str] = field(default_factory=list)  # 内容, 表述 …: X以会议纪要为准 names the text
    keep_verbs: list[str] = field(default_factory=list)  # 建立, 管理 …: the issuer's own record
    fresh_verbs: list[str] = field(default_factory=list)  # 并 …: a new verb after a keep verb's object
    work_context: list[str] = field(default_factory=list)  # 工作, 进展 …: a sentence about work
    regulated_parties: list[str] = field(default_factory=list)  # 企业, 申请人 …: regulated materials
    inspection_paperwork: list[str] = field(default_factory=list)  # 装订成册, 展板, 汇报材料 …
    inspection_visit: Regex = ""  # 检查组, 迎检 …: the paperwork is made for the inspection
    score_header_patterns: list[Regex] = field(default_factory=list)  # 评分依据, 考核方式 …: a column that scores
    score_table_cells: list[str] = field(default_factory=list)  # 考核项目, 分值 …: header cells of a scoring table
    lawful_trace_after: list[str] = field(default_factory=list)  # 可追溯: lawful even after the trace word
    score_item_header_patterns: list[Regex] = field(default_factory=list)  # 考评内容, 评价指标 …: header cells
    score_points_headers: list[Regex] = field(default_factory=list)  # 分值, 得分: each row earns points
    proof_column_patterns: list[Regex] = field(default_factory=list)  # 佐证资料, 证明材料: a table column of proof
    removal_verbs: list[str] = field(default_factory=list)  # 清理, 取消 …: a requirement done away with
    removal_heads: list[str] = field(default_factory=list)  # 要求, 条款 …: what is done away with
    lifting_removals: list[str] = field(default_factory=list)  # 取消, 停止 …: a clause's predicate, not a work's name
    service_unit_prefixes: list[str] = field(default_factory=list)  # 基层医疗机构: the system's own units, not regulated
    bystander_leads: list[str] = field(default_factory=list)  # 陪同/对/为 企业: a party served, not the keeper
    count_after: Regex = ""  # 照片张数, 台账页数, 不少于20张: the material counted right after its name
    count_uses: Regex = ""  # 纳入考核, 计分, 排名: what the count is used for, later in the sentence
    patrol_capture: Regex = ""  # 每次巡查须拍摄……照片: pictures proving each round of a patrol
    patrol_capture_exempt: list[str] = field(default_factory=list)  # 取证, 执法记录仪: a matter's record
    patrol_capture_objects: list[str] = field(default_factory=list)  # 隐患: what is photographed is the problem
    material_senses: list[Regex] = field(default_factory=list)  # 远程影像, 影像诊断: another thing, same word


class TraceBasedEvaluation(Rule):
    code = "GW302"
    name = "trace-based-evaluation"
    severity = "warning"
    basis = BASIS_8
    summary = ("要求报送台账、照片、影像资料、会议记录、工作日志、签到表、佐证材料等作为工作证明，或以这些留痕材料评判、考核、"
               "计分（含评分条目末尾括号里的分值）。")
    why = ("第8条：“坚持以工作实际进展、发展真实面貌、群众切身感受为核心开展督查考核……不能简单以留痕多少评判工作好坏。”"
           "界线：台账交上去或被查看、计分，作为工作做没做的证明，才是“以留痕评判工作”；本单位为推进工作而建立、管理的台账"
           "（建立隐患台账，逐项整改销号；台账留存备查；健全考核工作台账、完善监督检查台账——其中的“考核”“检查”是台账的名称）"
           "是工作记录，不在此列。表格中表头为“佐证资料”“证明材料”的一栏要求附的照片、签到表，也是交上去的工作证明。否定句（不得要求提供照片、不以留痕论英雄）、"
           "引号中的口号、对企业等监管对象的材料要求（行政许可的申请材料、企业安全生产台账）也不在此列。"
           "“全程留痕”“事事留痕”本身就是留痕要求（对企业开展排查、每次排查都要全程留痕的，留痕的是排查者）；"
           "执法、抽查、审批程序的可追溯记录和信息系统自动留下的记录除外。"
           "材料名称不限于常见词：民情日记、走访笔记、签字确认单、拍摄的视频等记录，被用作考核、计分依据时同样提示。"
           "为迎接检查、考核专门准备的材料（迎检资料汇编成册、装订成册，制作展板，为检查组准备汇报材料）同样提示。"
           "考核评分表中给分的一栏（表头“评分依据”“考核方式”“评分标准”）写的台账、影像资料（以工作台账和活动影像资料为准）"
           "就是计分依据，同样提示；有“分值”“得分”一栏的评分表，各行写的台账、会议记录都是计分依据。表格的一行只提示一次。"
           "“痕迹管理”与“全程留痕”一样是留痕要求；执法、抽查等程序写在留痕之前才是程序记录（“做到全过程留痕，每月抽查”是在查痕迹）。"
           "要求每次巡查、巡护、巡河都拍照、录像（每次巡护须拍摄不少于3张带定位水印的现场照片、巡查时拍照上传）是用照片证明巡查做过，"
           "同样提示；发现问题拍照取证、执法记录仪、监控摄像头的自动记录是对事情本身的记录，不在此列。转述别人的做法"
           "（部分地方要求河湖长每次巡河拍照，一些地方存在……的做法）不是要求；任务表的佐证栏几行都要照片、截图的，在表头提示一次。"
           "精简对照表“原要求”一栏（另有“调整后”一栏）或后一格写“取消报送”的一行列的是被取消的旧要求；以“过去”“以往”等开头、"
           "管到整句的过去做法，和“凡是以留痕材料计分的一律改为实地核查”这类被替换的旧办法，都不报；“提供台账底数比对”的台账是数据。"
           "“整治前后对比照片”的“整治”是名称，不是压减；“作为评定成效的依据”同样是计分依据。"
           "评选、评比、示范创建一类通知的“申报材料”“推荐材料”清单里要附的活动照片、签到表、工作台账，是评判参评单位工作的证明，同样提示；申报项目资金、补助的申报材料，和摄影作品评选的参评照片不报。"
           "发文机关自己制作的展板、汇编（街道将统一制作创建成果展板，供测评组查阅）不是对基层的要求；正文一句只说“对照清单逐项查看佐证资料”、下面任务表有“佐证资料”一栏的，是同一项要求，在这一栏的表头提示一次。第三十二轮补充：迎检材料也按做法认出，不限名称——督查、考核通知（标题就是对主送单位发起督查、检查、考核、复查、验收的通知，或句中讲到检查组、迎接复查）要求“准备好相关证明资料”“据实准备好相关资料”“备齐……证明材料”，或为复查、验收“资料收集建档”“资料分类归档”的，同样提示，一份文件提示一次；“凡提供的资料无法证明指标完成情况的，均按未完成对待”是以材料计分；“证明资料”“证明材料”与佐证材料一样是工作证明（家庭收入证明材料、身份证明材料等证件类证明不是）。发文机关自己收集整理、建立档案，一般的申报材料、统计资料，为企业建档，以及标题是“调研督导”的通知里的汇报材料（GW401），不在此列。第三十三轮补充：精简对照表“原做法”一栏里的“每次巡查拍照上传”是被取消的旧要求，不报；同一段里前后两句说的是同一批迎检资料的，只报一次；评选通知的附件标题是“申报材料清单”“参评材料目录”的，其中列的台账、照片、签到表同样是佐证材料。")
    bad = "请于6月30日前报送工作总结，并附工作台账、活动照片、会议记录等佐证材料。"
    good = "请于6月30日前报送工作进展情况（重点写明完成的实物工作量和群众反映），不需另附台账和照片。"
    fix_title = "删去报送台账、照片、会议记录等佐证材料的要求，改为看实际进展和实地核查"
    Settings = Settings
    data_file = "inspections.toml"
    examples = (
        Example("请于6月30日前报送工作总结，并附工作台账、活动照片、会议记录等佐证材料。", fires=True),
        Example("考核组将查阅各地工作台账，台账资料齐全的得5分。", fires=True, note="以台账计分"),
        Example("请于6月30日前报送工作进展情况，不需另附台账和照片。", fires=False, note="不需另附"),
        Example("各地要建立隐患排查台账，逐项整改销号。", fires=False, note="本单位的工作记录"),
        Example("一、考核内容及分值\n（1）任务完成情况（60分）；\n（2）工作日志、活动照片和签到表齐全（10分）。",
                fires=True, frame="dept_to_depts", note="评分条目以留痕材料计分"),
        Example("我厅将健全年度考核工作台账，逐月调度进展。", fires=False, note="发文机关自己的台账"),
        Example("各地要做到工作全程留痕，每一次走访都要有据可查。", fires=True, note="留痕要求本身"),
        Example("规范名单抽取、结果公示等抽查检查工作程序，做到全程留痕、责任可追溯。", fires=False,
                note="监管程序的可追溯记录"),
        Example("考核以驻村干部民情日记、群众签字确认单作为评分依据。", fires=True, note="记录类材料不限于常见词"),
        Example("各地要将迎检资料分类装订成册，并制作工作展板供检查组观看。", fires=True, note="为检查专门准备的材料"),
        Example("我厅将把主推技术汇编成册，发到种植大户手中。", fires=False, note="汇编供使用，与检查无关"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        yield from insp.one_per_demand(insp.without_told_titles(ctx, insp.without_list_pointers(ctx, list(self._check(ctx)))))

    def _check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        governors, pictures = set(s.submit_verbs) | set(s.eval_verbs), frozenset(s.picture_words)
        visit = alternation(s.inspection_visit)
        visit_doc = visit is not None and ctx.gw.title is not None and visit.search(ctx.gw.title.text) is not None
        scored_cells, rows, proof_cells = insp.scoring_cells(
            ctx, s.score_header_patterns, s.score_item_header_patterns, s.score_points_headers, s.score_table_cells,
            s.proof_column_patterns)
        told_rows, told, prep_told = set(), set(), set()  # rows, materials, lines of papers read by use: told once
        by_column: dict[int, list[Violation]] = {}  # a task table's proof column: one demand, told at its header
        naming: list[Violation] = []  # sentences naming only the proof a column below lists
        proof_words, last_proof = set(s.proof_words), max(proof_cells.values(), default=0)
        # a table column headed 佐证资料 or 证明材料: what its cells ask to attach is proof of the work
        columns = alternation(s.proof_column_patterns)
        proof_column = columns is not None and any(columns.fullmatch(ctx.reading(ln).strip())
                                                   for ln in ctx.gw.content_lines)
        watched = WordList.of(tuple([*s.evidence, *s.trace_words]))  # indexed once, not once per sentence
        formed_rx = [re.compile(p) for p in s.evidence_patterns]
        patrolled: set[int] = set()  # lines told for pictures of each patrol round
        senses = alternation(s.material_senses)
        for sent in iter_sentences(ctx, ctx.gw.content_lines):
            # one row of a table (台账管理 | 建立工作台账 | 台账齐全得20分) is one problem, told once
            if sent.line in rows and rows[sent.line] in told_rows:
                continue
            papers = insp.inspection_papers(ctx, s, sent, visit, visit_doc, governors, prep_told)
            if papers is not None:  # 迎检资料汇编成册, 准备好相关证明资料, 资料无法证明……的按未完成对待
                if papers[0]:
                    yield Violation(_message("、".join(papers[0]), papers[1]), line=sent.line, start=sent.start,
                                    end=sent.end, data={"evidence": papers[0], "mode": papers[1]})
                continue
            hits = [h for h in words_except(sent, watched) if not insp.other_sense(sent, h[0], h[1], senses)]
            formed = insp.formed_records(formed_rx, sent, hits)
            hits = sorted(hits + formed)
            if not hits:
                yield from self._patrol(ctx, s, sent, patrolled)
                continue
            # 报送参赛照片, 摄影作品征集: the photos are the entries, not proof of work
            # (an entry list of a contest for works, 摄影作品评选: the photos listed are the entries too)
            entries = insp.entry_list_lines(ctx, s.entry_list_heads, s.contest_titles)
            artwork = any(w in sent.body or (sent.line in entries and ctx.gw.title is not None and w in ctx.gw.title.text)
                          for w in s.artwork_context)
            found: list[str] = []
            how = None
            for a, b, word in hits:
                if artwork and word in pictures:
                    continue
                if s.vocabulary.negated(sent, a, governors) or told_not_asked(ctx, sent, a):
                    continue  # 不得要求提供照片; 部分地方要求……拍摄照片 (others' practice, reported); 过去……以台账计分
                ca, cb = clause_of(sent, a)
                if insp.requirement_removed(sent, b, cb, s.removal_heads, s.removal_verbs, a=a, ca=ca,
                                            senders=frozenset(s.submit_verbs), lifting=s.lifting_removals):
                    continue  # 清理……中的留痕要求: the requirement is done away with
                # 企业安全生产台账, 经营者提交的照片: a regulated party's materials (named up to this clause, not
                # as the inspected before it; 实地查看主要走访企业 in a later clause is another matter)
                if insp.regulated_party(sent.text[sent.start:cb], s.regulated_parties, s.service_unit_prefixes,
                                        ca - sent.start, sent=sent, bystander_leads=frozenset(s.bystander_leads)
                                        ) or record_destination(sent.text[ca:cb]):
                    continue  # 执法音像资料上传至执法音像记录管理系统: an enforcement record kept, no proof of work
                if word in s.trace_words or word in s.demand_words:
                    before = sent.text[sent.start:a]
                    if any(w in before or (w in s.lawful_trace_after and w in sent.body) for w in s.lawful_trace_context):
                        continue  # 执法全过程留痕, 行政检查……留痕: the record a procedure keeps of itself
                mode = self._evaluated(s, sent, ca, cb, a, b, ctx)
                if mode is None and (sent.line in scored_cells
                                     or insp.scored_after(sent, b, s.score_patterns, s.keep_verbs, s.vocabulary)):
                    mode = "evaluate"  # 评分依据：以工作台账和活动影像资料为准 (a scoring table's cell)
                if mode is None and word not in s.trace_words and (a, b, word) not in formed:
                    if word in s.demand_words:
                        mode = "demand"
                    else:  # a cell of the 佐证材料 column: named there, it is attached, verb or none
                        listed = sent.line in proof_cells or insp.proof_label(sent, a, s.proof_words, not proof_cells) \
                            or sent.line in entries
                        mode = "submit" if listed else self._submitted(
                            s, sent, ca, cb, a, b, proof=word in s.proof_words or proof_column)
                if mode:
                    how = how or mode
                    if word not in found:
                        found.append(word)
            if not found:
                yield from self._patrol(ctx, s, sent, patrolled)
            elif sent.line in patrolled and insp.pictures_again(found, pictures):
                continue  # ……每次巡河上传照片。上传的照片作为考核计分的依据: the patrol's pictures, one demand
            else:
                if sent.line not in rows and insp.restated(sent, found, told, [*s.proof_words, *s.proof_names], s.submit_verbs,
                                                           s.vocabulary, proof_column or bool(by_column)):
                    continue  # 上述佐证材料现场出示: the materials already reported, how they are shown
                told.update(found)
                if sent.line in rows:
                    told_rows.add(rows[sent.line])
                v = Violation(_message("、".join(found), how), line=sent.line, start=sent.start, end=sent.end,
                              data={"evidence": found, "mode": how})
                if proof_cells.get(sent.line, sent.line) != sent.line:
                    by_column.setdefault(proof_cells[sent.line], []).append(v)
                    continue
                if set(found) <= proof_words and sent.line < last_proof:
                    naming.append(v)  # 对照清单逐项查看佐证资料: the column below says which; told with it
                    continue
                yield v
        # a sentence naming only the proof a column below lists (逐项查看佐证资料 over 任务 | 佐证资料) is that column's
        # demand: told at the column when the column is told, else where the sentence stands
        yield from (v for v in naming if not any(head > v.line for head in by_column))
        for head, vs in by_column.items():  # one cell asking for proof is told there, a column at its header
            found = list(dict.fromkeys(w for v in vs for w in v.data["evidence"]))
            yield vs[0] if len(vs) == 1 else Violation(_message("、".join(found), "column"), line=head,
                                                       data={"evidence": found, "mode": "submit"})

    @staticmethod
    def _patrol(ctx, s: Settings, sent: Sent, patrolled: set[int]) -> Iterator[Violation]:
        span = insp.patrol_demand(ctx, s, sent)
        if span:
            patrolled.add(sent.line)
            yield Violation(_message(sent.text[span[0]:span[1]], "patrol"), line=sent.line, start=sent.start,
                            end=sent.end, data={"evidence": [sent.text[span[0]:span[1]]], "mode": "patrol"})

    @staticmethod
    def _evaluated(s: Settings, sent: Sent, ca: int, cb: int, a: int, b: int, ctx=None) -> str | None:
        # 查阅台账 / 检查…台账: an evaluation verb governs the material (not 健全考核工作台账)
        evals = set(s.eval_verbs)
        if insp.evaluation_governs(sent, ca, a, evals, s.keep_verbs, s.fresh_verbs):
            return "evaluate"
        # 以留痕多少评判 / 以台账计分 (以电子版形式上传 is the manner of sending, not the yardstick)
        manner = alternation(s.manner_pattern)
        lead = manner.sub("", sent.text[ca:a]) if manner is not None else sent.text[ca:a]
        if "以" in lead and any(t.text in evals for t in tokens_between(sent, b, cb)):
            return "evaluate"
        eval_rx = alternation(s.eval_patterns)
        m = eval_rx.search(sent.text[b:cb]) if eval_rx is not None else None  # sliced: patterns anchor at ^
        # 照片数量不作为考核依据 / 台账资料不作为评估依据: the yardstick itself is negated
        if (m is not None and not insp.yardstick_denied(sent.text[b:b + m.end()])
                and not insp.version_yardstick(sent, ca, a, s.version_heads)
                and s.vocabulary.negated(sent, b + m.start()) not in s.vocabulary.negators):
            return "evaluate"
        # 入户照片张数纳入绩效考核, 按巡河日志篇数排名, 台账页数达到50页: how MANY traces there are is
        # the yardstick (第8条 “留痕多少”)
        if insp.counted_yardstick(sent, b, s.count_after, s.count_uses, s.vocabulary):
            return "evaluate"
        # 留存工作照片，作为年终考核依据 / 整理归档，迎接省考核组检查: the next clause says what the material is for
        # (or the next sentence, pointing back: ……写明走访情况。街道每季度据此逐人计分)
        next_rx, nxt = alternation(s.eval_next_clause), insp.use_clause(sent, cb, ctx)
        if next_rx is not None and (nxt and next_rx.match(nxt)
                                    or any(next_rx.match(c) for c in insp.topic_comments(sent, b, cb))):
            return "evaluate"  # ……签字确认单，由街道每月抽查，作为绩效考核依据: a topic, said of by each later clause
        return None

    @staticmethod
    def _submitted(s: Settings, sent: Sent, ca: int, cb: int, a: int, b: int, proof: bool = False) -> str | None:
        body_wo = sent.text[sent.start:a] + sent.text[b:sent.end]
        # photos asked with an application are no proof of work; 佐证材料 are proof by name
        if not proof and not any(w in body_wo for w in s.work_context):
            return None
        submit = set(s.submit_verbs)
        verbs = [t for t in tokens_between(sent, ca, cb) if t.text in submit]
        if verbs and not all(s.vocabulary.negated(sent, t.start) for t in verbs):
            return "submit"  # 照片等过程资料不再另行上报: nothing is sent
        next_rx = alternation(s.submit_next_clause)
        if next_rx is not None and cb < sent.end:
            nxt = next(iter(clause_spans(sent.text, cb, sent.end)), None)
            if nxt and next_rx.match(sent.text[nxt[0]:nxt[1]]):
                verbs = [t for t in tokens_between(sent, nxt[0], nxt[1]) if t.text in submit]
                # 台账由各地留存备查，不再另行报送: the keeping stays local, nothing is sent
                if verbs and all(s.vocabulary.negated(sent, t.start) for t in verbs):
                    return None
                return "submit"
        return None


def _message(what: str, how: str | None) -> str:
    if how == "evaluate":
        return (f"此句以{what}评判、考核工作，是“以留痕多少评判工作好坏”。"
                f"请改为看工作实际进展和实地核查结果，不以台账、照片等材料作为评价依据。")
    if how == "prepare":
        return (f"此句要求为迎接检查、考核专门准备材料（{what}），是为检查而做的文字工作，加重基层负担。"
                f"请删去这类要求，检查考核看工作实际进展、实地核查，不要求汇编材料、制作展板。")
    if how == "patrol":
        return (f"此句要求每次巡查拍照、录像（“{what}”）来证明巡查做过，是以留痕证明工作。"
                f"请删去拍照留痕要求，巡查效果看发现和解决问题的实绩，必要时实地抽查。")
    if how == "demand":
        return (f"此句把{what}当作工作要求，容易导向“以留痕论英雄”。"
                f"请删去留痕要求，以工作实际进展、群众切身感受评判工作。")
    return (f"此{'栏' if how == 'column' else '句'}要求报送{what}作为工作证明，加重基层负担，也容易造成“材料出政绩”。"
            f"请删去这类佐证材料要求，改为看工作实际进展、实地核查。")

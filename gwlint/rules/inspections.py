"""GW301–GW303, GW401 — 督查考核与调研 (赣府发〔2019〕3号 第7–9、17条).

source: policy/ganfufa-2019-3.txt
* 第7条 “严格执行督查年度计划审批报备制度……任何部门不得打着省政府的旗号督查检查，日常调研指导工作
  不得随意冠以督查、检查、督导、考核等名义……各部门不得自行设置以市(县、区)政府为对象的督查检查考核
  项目……列入年度计划的督查检查考核事项……按程序报省政府督查室备案后方可组织实施”;
* 第8条 “不能简单以留痕多少评判工作好坏”;
* 第17条 “到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式”.

Word lists and patterns: ``dictionaries/inspections.toml`` (each overridable as
``"GW3xx.key"`` in the config options).  All matching is on jieba tokens; a
sentence that forbids or reduces (严禁多头督查, 不得要求…陪同, 不以留痕论英雄) or a
quotation is never an offence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Violation
from .base import Rule
from ..analysis.facts import approval_statement, lower_government_recipients, preamble_matches
from .common import Lexicon, Sent, clause_of, para_sentences, tokens_between, title_sentence

# an optional heading number before a clause: （一）, 1. …
_HEAD_NUMBER = re.compile(r"[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]?)?[\s\u3000]*")

_BASIS7 = "赣府发〔2019〕3号 第7条"
_BASIS8 = "赣府发〔2019〕3号 第8条"
_BASIS9 = "赣府发〔2019〕3号 第9条"
_BASIS17 = "赣府发〔2019〕3号 第17条"


# ------------------------------------------------------------ data
_LEX = Lexicon("inspections.toml")
_opt = _LEX.opt
_rx = _LEX.rx
_words = _LEX.wordset


# ------------------------------------------------------------ text access
def _title_location(ctx, a: int, b: int) -> tuple[int, int, int | None]:
    """(line, start, end) of ``title.text[a:b]`` in the document's title lines."""
    title = ctx.gw.title
    phrase = title.text[a:b]
    for ln in title.lines:
        k = ctx.text(ln).find(phrase)
        if k >= 0:
            return ln, k, k + len(phrase)
    return title.lines[0], 0, None


def _has_token(sent: Sent, a: int, b: int, words) -> str | None:
    for t in tokens_between(sent, a, b):
        if t.text in words:
            return t.text
    return None


def _negated(ctx, code: str, sent: Sent, pos: int, governors=()) -> str | None:
    return _LEX.negated(ctx, code, sent, pos, governors)


def _matches(ctx, code: str, sent: Sent, words, excluded=()) -> list[tuple[int, int, str]]:
    """Unquoted, token-aligned occurrences of ``words`` in the sentence that do
    not sit inside an ``excluded`` word (督查室, 接待费 …)."""
    from ..analysis.sentences import find_words, inside

    ex = find_words(sent.text, sent.tokens, excluded, sent.start, sent.end) if excluded else []
    # an excluded word must be whole tokens: 考核办 (an office) is not inside 考核办法
    ex = [(x, y, w) for x, y, w in ex
          if all(x <= t.start and t.end <= y for t in sent.tokens if t.start < y and x < t.end)]
    out = []
    for a, b, w in find_words(sent.text, sent.tokens, words, sent.start, sent.end):
        if inside(a, sent.quotes):
            continue
        if any(x <= a and b <= y for x, y, _ in ex) or any(x < b and a < y and len(wx) > len(w) for x, y, wx in ex):
            continue
        out.append((a, b, w))
    return out


def _content_sentences(ctx) -> Iterator[Sent]:
    for ln in ctx.gw.content_lines:
        yield from para_sentences(ctx, ln)


def _issuer_names(gw) -> set[str]:
    return {o.name for o in gw.issuers}


def _below(unit, issuer_level: str) -> bool:
    from ..analysis.units import level_rank

    return any(lv != "unknown" and level_rank(lv) > level_rank(issuer_level) for lv in unit.reaches_for(issuer_level))


# ------------------------------------------------------------ GW301
@dataclass
class _Launch:
    line: int
    start: int
    end: int | None
    trigger: str
    target: str  # what made the object a lower government
    named: bool  # the sentence names the governments (not inferred from 主送)


class UnfiledInspection(Rule):
    code = "GW301"
    data_file = "inspections.toml"  # settings schema inferred from it until typed settings are written
    name = "unfiled-inspection"
    severity = "warning"
    basis = _BASIS7
    summary = ("政府部门发文对下级人民政府开展督查、检查、考核、督导、评比，文中没有说明已列入年度督查检查考核计划、"
               "报省政府办公厅（督查室）备案或经省政府同意；以省政府名义（代表省政府、受省政府委托）督查而没有授权依据的为 error。")
    why = ("第7条：“严格执行督查年度计划审批报备制度……任何部门不得打着省政府的旗号督查检查……各部门不得自行设置以"
           "市(县、区)政府为对象的督查检查考核项目，不得在部门文件中自行规定全省性的督查检查考核事项。列入年度计划的"
           "督查检查考核事项由牵头部门研究制定工作方案，按程序报省政府督查室备案后方可组织实施。”"
           "只检查政府部门的发文，且对象是下级人民政府（看主送机关和督查对象）；部门对本系统下级部门（各设区市××局）"
           "的业务检查、对企业等的执法检查、依据法律法规开展的检查（句中或开篇援引法律、条例）、省委省政府统一部署的督查，"
           "以及禁止、精简督查的句子，都不在此列。督察、明查暗访算督查；评估、评价只在排名、通报、纳入考核时算。"
           "“列入年度重点工作计划”不等于列入督查检查考核计划。"
           "人民政府及其办公厅发文不适用本规则。"
           "一份文件只提示一次，指向第一处点名下级人民政府的督查句（data.lines 列出其余各处）：补救办法（写明计划和备案）是对整份文件的。")
    bad = ("江西省农业农村厅关于开展2026年春耕生产督导检查的通知（主送各设区市人民政府）："
           "“受省政府委托，我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。”")
    good = ("“根据省政府办公厅印发的2026年度督查检查考核计划（该事项已报省政府督查室备案），"
            "我厅将于4月对各设区市春耕生产工作开展督查。”；或改为对各设区市农业农村局开展业务指导，不冠以督查名义。")
    fix_title = "写明已列入年度督查检查考核计划并报省政府办公厅（督查室）备案，或报经省政府同意；未经授权不得以省政府名义督查"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        kinds = _words(ctx, self.code, "issuer_kinds")
        issuer = gw.issuer
        if not gw.issuers or any(o.kind not in kinds for o in gw.issuers) or issuer.level in (None, "unknown"):
            return

        recips = [r for r, _ in lower_government_recipients(gw, gw.recipient_list)]
        launches = list(self._launches(ctx, recips))
        if not launches or self._filed(ctx):
            return
        # point at the sentence that names the governments when there is one
        first = next((x for x in launches if x.named), launches[0])
        lines = sorted({x.line for x in launches})
        claim = self._claim(ctx, launches)
        where = "、".join(recips) if recips else first.target
        data = {"trigger": first.trigger, "target": first.target, "lines": lines, "recipients": recips}
        if claim is not None:
            ln, a, b, phrase = claim
            yield Violation(
                f"{issuer.name}是政府部门，文中以“{phrase}”的名义对下级人民政府（{where}）督查检查，"
                f"却没有写明省政府的授权或年度计划备案。任何部门不得打着省政府的旗号督查检查：请删去以省政府名义的表述，"
                f"或写明经省政府同意、已列入年度督查检查考核计划并报省政府办公厅（督查室）备案。",
                line=ln, start=a, end=b, severity="error", data={**data, "claim": phrase},
            )
            return
        yield Violation(
            f"{issuer.name}是政府部门，此处对下级人民政府（{where}）开展“{first.trigger}”，文中没有写明已列入年度督查检查"
            f"考核计划、报省政府办公厅（督查室）备案或经省政府同意。部门不得自行设置以市县政府为对象的督查检查考核项目："
            f"请写明计划和备案依据，或改为对本系统下级部门的业务指导。",
            line=first.line, start=first.start, end=first.end, data=data,
        )

    # -- is there a filing / approval anywhere in the document?
    def _filed(self, ctx) -> bool:
        from ..analysis.units import normalize

        if approval_statement(ctx) is not None or self._preamble_legal(ctx):
            return True
        rx = _rx(ctx, self.code, "filing_patterns")
        if rx is None:
            return False
        gw = ctx.gw
        not_after = tuple(_opt(ctx, self.code, "filing_not_after") or ())
        condition = tuple(_opt(ctx, self.code, "filing_condition_after") or ())
        texts = [gw.title.text] if gw.title else []
        texts += [ctx.text(ln) for ln in gw.content_lines]
        texts += [n.text for n in gw.notes]
        for t in texts:
            t = normalize(t)
            for m in rx.finditer(t):
                # 未列入年度督查计划的，不得开展; 报督查室备案后方可实施: a rule, not a filing
                if t[max(0, m.start() - 3):m.start()].endswith(not_after) or t.startswith(condition, m.end()):
                    continue
                if t.startswith("的", m.end()):
                    continue
                return True
        return False

    def _preamble_legal(self, ctx) -> bool:
        """The opening paragraph founds the document on a law (根据《教育督导条例》…): the
        inspection is the statutory kind that 第7条 leaves aside (依法依规开展的督查检查考核)."""
        return preamble_matches(ctx, _rx(ctx, self.code, "preamble_legal_basis"))

    # -- sentences that launch an inspection of lower governments
    def _launches(self, ctx, recips: list[str]) -> Iterator[_Launch]:
        gw = ctx.gw
        title = title_sentence(ctx, keep_quotes=gw.forwarding == "印发")
        if title is not None:
            hit = self._launch_in(ctx, title, recips, in_title=True)
            if hit:
                ln, a, b = _title_location(ctx, title.start, title.end)
                yield _Launch(ln, a, b, *hit)
        for sent in _content_sentences(ctx):
            hit = self._launch_in(ctx, sent, recips)
            if hit:
                yield _Launch(sent.line, sent.start, sent.end, *hit)

    def _launch_in(self, ctx, sent: Sent, recips: list[str], in_title: bool = False) -> tuple[str, str, bool] | None:
        """(trigger, target, named) when the sentence launches an inspection of lower governments."""
        from ..analysis.units import find_units, level_rank

        code = self.code
        issuer = ctx.gw.issuer
        legal = _rx(ctx, code, "legal_basis")
        if legal is not None and legal.search(sent.body):
            return None
        excluded = _opt(ctx, code, "excluded_words")
        hits = _matches(ctx, code, sent, _opt(ctx, code, "triggers"), excluded)
        if self._ranked(ctx, sent):
            # 评估 ranked and published (评估并排名通报) grades the governments: an assessment
            hits = sorted(hits + _matches(ctx, code, sent, _opt(ctx, code, "ranked_triggers") or (), excluded))
        if not hits:
            return None
        launch_verbs = _words(ctx, code, "launch_verbs")
        window = int(_opt(ctx, code, "launch_window") or 30)
        launch_rx = _rx(ctx, code, "launch_patterns")
        not_launch = _opt(ctx, code, "not_launch") or ()
        weak = _words(ctx, code, "weak_triggers")
        units = [u for u in find_units(sent.body)]
        own = _issuer_names(ctx.gw)
        # a sentence led by another body (各设区市农业农村局要组织自查, 国务院将开展大督查) is not the issuer's launch
        lead_off = _HEAD_NUMBER.match(sent.body).end()
        if units and units[0].start == lead_off and units[0].name not in own and not in_title:
            return None
        offset = sent.start
        claim_rx = _rx(ctx, code, "claim_patterns")
        claims = [(m.start() + offset, m.end() + offset) for m in claim_rx.finditer(sent.body)] if claim_rx else []

        def owner(u) -> bool:
            """A government at the issuer's level or above (省政府, 国务院) outside a claim phrase."""
            a0 = u.start + offset
            return u.kind in ("government", "government_office", "party") and not _below(u, issuer.level) \
                and level_rank(u.level) <= level_rank(issuer.level) and not any(x <= a0 < y for x, y in claims)

        first = None
        for a, b, word in hits:
            if _negated(ctx, code, sent, a):
                continue
            if sent.text.startswith("的", b):  # 需要开展临时性督查的要报批: a condition, not a launch
                continue
            ca, cb = (sent.start, sent.end) if in_title else clause_of(sent, a)
            before = sent.text[ca:a]
            if any(x in before for x in not_launch):
                continue
            # 请各设区市人民政府组织对…开展检查, 国家督导组将…督导: another body's own inspection
            if not in_title and self._other_actor(ctx, sent, units, ca, a, own):
                continue
            if not self._launched(sent, ca, cb, a, b, launch_verbs, window, launch_rx, in_title):
                continue
            # the government's own inspection (国务院决定…督查, 纳入省政府对设区市的考核) is not the department's
            if any(owner(u) for u in units if ca <= u.start + offset < a):
                continue
            if any(owner(u) and self._leads_clause(sent, u.start + offset) for u in units if u.start + offset < a):
                continue
            target = self._target(ctx, sent, units, ca, cb, a, word in weak, recips)
            if target and target[1]:
                return (word, *target)
            # 开展评比，评比对象为各县人民政府: a later hit may name the governments
            first = first or (target and (word, *target))
        return first or None

    def _other_actor(self, ctx, sent: Sent, units, ca: int, a: int, own: set[str]) -> bool:
        """The trigger's clause is led by a body other than the issuer: a unit right at its
        start or after an actor marker (请各设区市人民政府组织…, 由各地负责…), or a higher
        body's team (国家督导组, 农业农村部督查组)."""
        text = sent.text
        lead = _HEAD_NUMBER.match(text, ca).end()
        teams = _rx(ctx, self.code, "foreign_teams")
        if teams is not None and teams.match(text, lead, a):
            return True
        for m in sorted(_opt(ctx, self.code, "actor_markers") or (), key=len, reverse=True):
            if text.startswith(m, lead):
                lead += len(m)
                break
        for u in units:
            if u.start + sent.start == lead:
                return lead < a and u.name not in own
        return False

    def _ranked(self, ctx, sent: Sent) -> bool:
        return any(not _negated(ctx, self.code, sent, a)
                   for a, _b, _w in _matches(ctx, self.code, sent, _opt(ctx, self.code, "ranking_words") or ()))

    @staticmethod
    def _leads_clause(sent: Sent, pos: int) -> bool:
        """True when ``pos`` opens a clause of the sentence (after a heading number at most)."""
        from ..analysis.sentences import clause_spans

        for x, _y in clause_spans(sent.text, sent.start, sent.end):
            if x <= pos and _HEAD_NUMBER.fullmatch(sent.text[x:pos]):
                return True
        return False

    @staticmethod
    def _launched(sent: Sent, ca, cb, a, b, launch_verbs, window, launch_rx, in_title) -> bool:
        toks = tokens_between(sent, max(ca, a - window), a)
        for i, t in enumerate(toks):
            if t.text not in launch_verbs:
                continue
            between = [x.text for x in toks[i + 1:]]
            # 2016年实施的24项督查激励措施: a modifier, not a launch; 开展对…的督查 is one
            if "的" in between and "对" not in between[:between.index("的")]:
                continue
            return True
        if launch_rx is not None and launch_rx.search(sent.text[ca:cb]):
            return True
        return in_title and bool(re.match(r"[^，。]{0,8}(?:办法|细则|方案|实施方案|工作方案)", sent.text[b:]))

    def _target(self, ctx, sent: Sent, units, ca: int, cb: int, a: int, weak: bool,
                recips: list[str]) -> tuple[str, bool] | None:
        """(lower government the inspection is aimed at, named in the sentence), or None.

        The object is read from 对…开展督查 (from the last 对 before the trigger)
        or else from the trigger's clause (赴各设区市督查, 督查对象为…)."""
        issuer = ctx.gw.issuer
        text = sent.text
        k = text.rfind("对", sent.start, a)
        lo = min(k, ca) if k >= 0 else ca
        area = [u for u in units if lo <= u.start + sent.start < cb]
        govs = [u for u in area if u.kind == "government" and _below(u, issuer.level)]
        # 各设区市人民政府 names governments; a bare locality (各设区市, 各地) does so only
        # when the document goes to governments (sent to 各设区市农业农村局 it means the system)
        explicit = [u for u in govs if "政府" in u.text]
        if explicit:
            return explicit[0].text, True
        if govs and recips:
            return govs[0].text, True
        depts = [u for u in area if u.kind in ("department", "mixed") and _below(u, issuer.level)]
        if depts or weak:
            return None
        # enterprises, projects, hospitals … are not governments
        obj = text[k + 1:a] if k >= 0 else text[ca:cb]
        if any(w in obj for w in _opt(ctx, self.code, "non_government_objects") or ()):
            return None
        # 对我省开展实地督导: the issuer's own area is inspected by a higher body
        if k >= 0 and obj.startswith(tuple(_opt(ctx, self.code, "own_area_objects") or ())):
            return None
        return (recips[0], False) if recips else None

    def _claim(self, ctx, launches: list[_Launch]) -> tuple[int, int, int, str] | None:
        """(line, start, end, phrase) of an unnegated claim to act in the government's name."""
        from ..analysis.sentences import inside

        code = self.code
        rx = _rx(ctx, code, "claim_patterns")
        if rx is None:
            return None
        title_launch = any(x.line in (ctx.gw.title.lines if ctx.gw.title else []) for x in launches)
        triggers = _opt(ctx, code, "triggers")
        for sent in _content_sentences(ctx):
            for m in rx.finditer(sent.body):
                pos = sent.start + m.start()
                if inside(pos, sent.quotes) or _negated(ctx, code, sent, pos):
                    continue
                if title_launch or _matches(ctx, code, sent, triggers, _opt(ctx, code, "excluded_words")):
                    return sent.line, sent.start, sent.end, m.group(0)
        return None


# ------------------------------------------------------------ GW302
class TraceBasedEvaluation(Rule):
    code = "GW302"
    data_file = "inspections.toml"  # settings schema inferred from it until typed settings are written
    name = "trace-based-evaluation"
    severity = "warning"
    basis = _BASIS8
    summary = ("要求报送台账、照片、影像资料、会议记录、佐证材料等作为工作证明，或以台账、留痕多少评判、考核工作。")
    why = ("第8条：“坚持以工作实际进展、发展真实面貌、群众切身感受为核心开展督查考核……不能简单以留痕多少评判工作好坏。”"
           "界线：台账交上去或被查看、计分，作为工作做没做的证明，才是“以留痕评判工作”；本单位为推进工作而建立、管理的台账"
           "（建立隐患台账，逐项整改销号；台账留存备查）是工作记录，不在此列。否定句（不得要求提供照片、不以留痕论英雄）、"
           "引号中的口号、对企业等监管对象的材料要求（行政许可的申请材料、企业安全生产台账）也不在此列。")
    bad = "请于6月30日前报送工作总结，并附工作台账、活动照片、会议记录等佐证材料。"
    good = "请于6月30日前报送工作进展情况（重点写明完成的实物工作量和群众反映），不需另附台账和照片。"
    fix_title = "删去报送台账、照片、会议记录等佐证材料的要求，改为看实际进展和实地核查"

    def check(self, ctx) -> Iterator[Violation]:
        code = self.code
        evidence = _opt(ctx, code, "evidence") or ()
        trace = _words(ctx, code, "trace_words")
        submit = _words(ctx, code, "submit_verbs")
        evals = _words(ctx, code, "eval_verbs")
        keep = _words(ctx, code, "keep_verbs")
        eval_rx = _rx(ctx, code, "eval_patterns")
        next_rx = _rx(ctx, code, "submit_next_clause")
        context = _opt(ctx, code, "work_context") or ()
        regulated = _opt(ctx, code, "regulated_parties") or ()
        works = _opt(ctx, code, "artwork_context") or ()
        pictures = frozenset(_opt(ctx, code, "picture_words") or ())
        score_rx = _rx(ctx, code, "score_patterns")
        eval_next_rx = _rx(ctx, code, "eval_next_clause")
        governors = submit | evals
        for sent in _content_sentences(ctx):
            hits = _matches(ctx, code, sent, [*evidence, *trace])
            if not hits:
                continue
            if any(w in sent.body for w in regulated):
                continue
            # 报送参赛照片, 摄影作品征集: the photos are the entries, not proof of work
            artwork = any(w in sent.body for w in works)
            found: list[str] = []
            how = None
            for a, b, word in hits:
                if artwork and word in pictures:
                    continue
                if _negated(ctx, code, sent, a, governors):
                    continue
                ca, cb = clause_of(sent, a)
                mode = self._evaluated(sent, ca, cb, a, b, evals, keep, eval_rx, eval_next_rx)
                if mode is None and self._scored(ctx, sent, b, keep, score_rx):
                    mode = "evaluate"
                if mode is None and word not in trace:
                    if word == "工作留痕":
                        mode = "demand"
                    else:
                        mode = self._submitted(sent, ca, cb, submit, next_rx, context, a, b)
                if mode:
                    how = how or mode
                    if word not in found:
                        found.append(word)
            if found:
                what = "、".join(found)
                if how == "evaluate":
                    msg = (f"此句以{what}评判、考核工作，是“以留痕多少评判工作好坏”。"
                           f"请改为看工作实际进展和实地核查结果，不以台账、照片等材料作为评价依据。")
                elif how == "demand":
                    msg = (f"此句把{what}当作工作要求，容易导向“以留痕论英雄”。"
                           f"请删去留痕要求，以工作实际进展、群众切身感受评判工作。")
                else:
                    msg = (f"此句要求报送{what}作为工作证明，加重基层负担，也容易造成“材料出政绩”。"
                           f"请删去这类佐证材料要求，改为看工作实际进展、实地核查。")
                yield Violation(msg, line=sent.line, start=sent.start, end=sent.end,
                                data={"evidence": found, "mode": how})

    @staticmethod
    def _evaluated(sent, ca, cb, a, b, evals, keep, eval_rx, next_rx=None) -> str | None:
        # 查阅台账 / 检查…台账: an evaluation verb governs the material (no 建立/管理 in between)
        last_eval = None
        for t in tokens_between(sent, ca, a):
            if t.text in evals:
                last_eval = t
            elif last_eval is not None and t.text in keep:
                last_eval = None
        if last_eval is not None:
            return "evaluate"
        after = sent.text[b:cb]
        # 以留痕多少评判 / 以台账计分
        # (以电子版形式上传 is the manner of sending, not the yardstick)
        if "以" in re.sub(r"以[^，。；]{0,8}(?:形式|方式)", "", sent.text[ca:a]) \
                and any(t.text in evals for t in tokens_between(sent, b, cb)):
            return "evaluate"
        if eval_rx is not None and eval_rx.search(after):
            return "evaluate"
        # 留存工作照片，作为年终考核依据 / 整理归档，迎接省考核组检查: the next clause says what the material is for
        if next_rx is not None and cb < sent.end:
            from ..analysis.sentences import clause_spans

            nxt = next(iter(clause_spans(sent.text, cb, sent.end)), None)
            if nxt and next_rx.match(sent.text, nxt[0], nxt[1]):
                return "evaluate"
        return None

    def _scored(self, ctx, sent: Sent, b: int, keep, score_rx) -> bool:
        """台账资料齐全的得5分，缺一项扣1分: points given for the material later in the sentence."""
        if score_rx is None:
            return False
        for m in score_rx.finditer(sent.text, b, sent.end):
            if _negated(ctx, self.code, sent, m.start()):
                continue
            if any(t.text in keep for t in tokens_between(sent, b, m.start())):
                continue
            return True
        return False

    @staticmethod
    def _submitted(sent, ca, cb, submit, next_rx, context, a, b) -> str | None:
        body_wo = sent.text[sent.start:a] + sent.text[b:sent.end]
        if not any(w in body_wo for w in context):
            return None
        if any(t.text in submit for t in tokens_between(sent, ca, cb)):
            return "submit"
        if next_rx is not None and cb < sent.end:
            from ..analysis.sentences import clause_spans

            nxt = next(((x, y) for x, y in clause_spans(sent.text, cb, sent.end)), None)
            if nxt and next_rx.match(sent.text[nxt[0]:nxt[1]]):
                return "submit"
        return None


# ------------------------------------------------------------ GW303
class ResearchAsInspection(Rule):
    code = "GW303"
    data_file = "inspections.toml"  # settings schema inferred from it until typed settings are written
    name = "research-as-inspection"
    severity = "info"
    basis = _BASIS7
    summary = "日常调研、指导冠以督查、检查、督导、考核的名义（调研督导、督导调研、检查指导……）作为一次下基层活动。"
    why = ("第7条：“日常调研指导工作不得随意冠以督查、检查、督导、考核等名义，影响基层正常工作。”"
           "调研就写调研、指导就写指导；确需督查检查的，应按年度计划报批备案后以督查名义开展。"
           "只在这些名目作为一次下基层活动出现时提示（开展、组织、赴、深入……或“××组”；“调研并督查”同样）；"
           "“加强督查指导”这类泛指职责的说法、规定某机构“可”组织督导调研的职权条款、对企业的监管检查不提示。")
    bad = "省林业局将于4月组织开展春季造林调研督导，分赴各设区市检查指导。"
    good = "省林业局将于4月赴部分县（市、区）开展春季造林调研，不发通知、不打招呼、不听汇报。"
    fix_title = "日常调研、指导不冠以督查、检查、督导、考核名义；确需督查的按计划报批备案"

    def check(self, ctx) -> Iterator[Violation]:
        code = self.code
        labels = _opt(ctx, code, "labels") or ()
        verbs = _words(ctx, code, "visit_verbs")
        suffix = tuple(_opt(ctx, code, "visit_suffix") or ())
        joined = _rx(ctx, code, "joined_labels")
        permits = _words(ctx, code, "permission_words")
        resets = _words(ctx, code, "permission_resets")
        objects = _opt(ctx, code, "non_visit_objects") or ()
        title = title_sentence(ctx)
        sents = ([title] if title is not None else []) + list(_content_sentences(ctx))
        for sent in sents:
            hit = None
            for a, b, label in self._labels(sent, labels, joined):
                if _negated(ctx, code, sent, a):
                    continue
                ca, _cb = (sent.start, sent.end) if sent.line is None else clause_of(sent, a)
                if not (_has_token(sent, ca, a, verbs) or sent.text[b:].startswith(suffix)):
                    continue
                # 联席会议办公室可…组织开展督导调研: a standing body's powers, not a visit being launched
                if self._permitted(sent, a, permits, resets):
                    continue
                # 对林业企业开展安全生产检查指导: a regulatory inspection of enterprises
                k = sent.text.rfind("对", ca, a)
                if k >= 0 and any(w in sent.text[k + 1:a] for w in objects):
                    continue
                hit = (a, b, label)
                break
            if hit is None:
                continue
            a, b, label = hit
            if sent.line is None:
                ln, s, e = _title_location(ctx, a, b)
            else:
                ln, s, e = sent.line, sent.start, sent.end
            yield Violation(
                f"“{label}”把日常调研、指导冠以督查检查的名义。调研指导就写调研、指导；确需督查检查的，"
                f"应列入年度计划、按程序报批备案后以督查名义开展。",
                line=ln, start=s, end=e, data={"label": label},
            )

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

    @staticmethod
    def _labels(sent: Sent, labels, joined=None) -> list[tuple[int, int, str]]:
        """Label compounds whose two halves are each a word or inside one (开展调研/督导),
        and labels joined by a conjunction (调研并督查) whose parts are whole words."""
        from ..analysis.sentences import aligned, inside

        out = []
        body = sent.text
        if joined is not None:
            for m in joined.finditer(body, sent.start, sent.end):
                k, e = m.start(), m.end()
                if inside(k, sent.quotes) or not aligned(sent.tokens, k, e):
                    continue
                # each part (调研 / 并 / 督查) a whole word: not 调研究 or 和检查站
                if all(aligned(sent.tokens, m.start(i), m.end(i)) for i in range(1, len(m.groups()) + 1)
                       if m.group(i) is not None):
                    out.append((k, e, m.group(0)))
        for lab in labels:
            half = len(lab) // 2
            k = body.find(lab, sent.start, sent.end)
            while k >= 0:
                if not inside(k, sent.quotes) and aligned(sent.tokens, k, k + half) \
                        and aligned(sent.tokens, k + half, k + len(lab)):
                    out.append((k, k + len(lab), lab))
                k = body.find(lab, k + 1, sent.end)
        return sorted(out)


# ------------------------------------------------------------ GW401
class VisitWithEscort(Rule):
    code = "GW401"
    data_file = "inspections.toml"  # settings schema inferred from it until typed settings are written
    name = "visit-with-escort"
    severity = "warning"
    basis = _BASIS17
    summary = "调研、考察通知要求被调研方陪同、接待，准备汇报或汇报材料，或安排座谈。"
    why = ("第17条：“到基层调研多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式听实话、摸实情、谋实招，"
           "坚决防止热热闹闹走过场、轰轰烈烈搞形式。”第9条对督查也提倡“不发通知、不打招呼、不设线路、不用陪同”，"
           "督查、督导组下基层要求陪同的，依据记为第9条。只检查调研、考察（或督查组下基层）活动：标题或所在段落讲的是这类活动；"
           "写明不用陪同、不听汇报、简化接待、轻车简从等的句子不提示；调研组向上级汇报不算。"
           "没有“请”“要”的日程安排（各设区市××局分管负责同志全程陪同）同样是要求；安排现场点、食宿也是接待。"
           "只有标题讲调研时，句子须提到这次调研（调研期间、届时、陪同……），“做好游客接待服务”是工作本身。")
    bad = "调研期间，请各设区市安排一名分管负责同志全程陪同，并准备书面汇报材料。"
    good = "调研组轻车简从，直接到田间地头和企业了解情况，不需各地陪同、接待，不听汇报。"
    fix_title = "删去陪同、接待、汇报、座谈安排的要求，改为不打招呼、直奔一线"

    def check(self, ctx) -> Iterator[Violation]:
        code = self.code
        research_rx = _rx(ctx, code, "visit_patterns")
        inspect_rx = _rx(ctx, code, "inspection_visit_patterns")
        gw = ctx.gw
        title = gw.title.text if gw.title else ""
        not_titles = _opt(ctx, code, "not_visit_titles") or ()
        title_kind = None
        if title and not any(w in title for w in not_titles):
            title_kind = self._visit_kind(title, research_rx, inspect_rx)
        escort = _opt(ctx, code, "escort_words") or ()
        excluded = _opt(ctx, code, "escort_excluded") or ()
        reports = _opt(ctx, code, "report_words") or ()
        meetings = _opt(ctx, code, "meeting_words") or ()
        demand = _words(ctx, code, "demand_markers")
        modal = _words(ctx, code, "reset_modals") | {"由", "届时", "务必", "必须"}
        arrange = _words(ctx, code, "arrange_verbs")
        upward = _words(ctx, code, "report_upward")
        hear = _words(ctx, code, "report_hear")
        terms = _opt(ctx, code, "visit_terms") or ()
        routine_words = _words(ctx, code, "routine_words")
        refs = _opt(ctx, code, "visit_refs") or ()
        staging = _opt(ctx, code, "staging_words") or ()
        lodging = _opt(ctx, code, "lodging_words") or ()
        self_paid = _opt(ctx, code, "self_paid") or ()
        assigned = _rx(ctx, code, "assigned_pattern")
        ref_leads = _rx(ctx, code, "visit_ref_leads")
        for ln in gw.content_lines:
            text = ctx.text(ln)
            para_kind = self._visit_kind(text, research_rx, inspect_rx)
            kind = para_kind or title_kind
            if kind is None:
                continue
            for sent in para_sentences(ctx, ln):
                # the visit known only from the title: the sentence must speak of it
                # (调研期间, 届时, 调研组, 陪同 …), not of the work (做好游客接待服务)
                if para_kind is None and not any(w in sent.body for w in refs) \
                        and not (ref_leads is not None and ref_leads.match(sent.body, _HEAD_NUMBER.match(sent.body).end())):
                    continue
                asked: list[str] = []
                for a, b, w in _matches(ctx, code, sent, [*escort, *reports, *meetings, *staging, *lodging],
                                        excluded):
                    if _negated(ctx, code, sent, a):
                        continue
                    ca, cb = clause_of(sent, a)
                    if w in lodging:
                        # 做好食宿安排 asks the visited side to lodge the team; 食宿自理 does not
                        ok = _has_token(sent, ca, cb, arrange | {"做好", "负责", "提供"}) \
                            and not any(x in sent.body for x in self_paid)
                    elif w in escort or w in staging:
                        ok = _has_token(sent, sent.start, a, demand) or self._lower_subject(ctx, sent, ca, a) \
                            or self._assigned(ctx, sent, b, cb, assigned)
                    elif w in meetings:
                        ok = _has_token(sent, ca, a, arrange) and _has_token(sent, sent.start, a, modal)
                    elif w == "汇报":
                        h = next((t for t in tokens_between(sent, ca, a) if t.text in hear), None)
                        # jieba keeps 听取汇报 whole: the hearing verb is inside the token
                        h = h or next((t for t in sent.tokens if t.start < a < t.end
                                       and t.text.startswith(tuple(hear))), None)
                        if h is not None:
                            # this visit's programme, not a routine 定期听取 or a past 听取了
                            past = any(t.start == h.end and t.text in ("了", "过") for t in sent.tokens)
                            routine = _has_token(sent, ca, h.start, routine_words)
                            ok = not past and not routine and any(x in sent.body for x in terms)
                        elif _has_token(sent, ca, a, upward):
                            # 向调研组汇报 is the visited side; 向省政府汇报 is the team reporting upward
                            ok = bool(re.search(r"向[^，。；]{0,6}(?:调研|考察|督导|督查|检查)", sent.text[ca:a]))
                        else:
                            ok = _has_token(sent, sent.start, a, demand) or self._lower_subject(ctx, sent, ca, a)
                    else:  # 汇报材料, 书面汇报 …
                        ok = _has_token(sent, sent.start, a, demand)
                    if ok and w not in asked:
                        asked.append(w)
                if not asked:
                    continue
                labels = _opt(ctx, code, "asked_labels") or {}
                what = "、".join(dict.fromkeys(labels.get(w, w) for w in asked))
                if kind == "research":
                    msg = (f"调研活动要求被调研方{what}。到基层调研应多采用不发通知、不打招呼、不听汇报、不用陪同接待的方式："
                           f"请删去这些安排，轻车简从、直奔一线。")
                    basis = None
                else:
                    msg = (f"督查检查组下基层要求被检查方{what}。督查应提倡不打招呼、不设线路、不用陪同，直奔基层和现场："
                           f"请删去这些安排。")
                    basis = _BASIS9
                yield Violation(msg, line=ln, start=sent.start, end=sent.end, basis=basis,
                                data={"asked": asked, "visit": kind})

    @staticmethod
    def _assigned(ctx, sent: Sent, b: int, cb: int, rx) -> bool:
        """陪同工作由各设区市商务局负责: after the word, the clause hands it to a lower unit."""
        from ..analysis.units import find_units

        issuer = ctx.gw.issuer
        if rx is None or issuer is None or issuer.level in (None, "unknown"):
            return False
        m = rx.search(sent.text, b, cb)
        if m is None:
            return False
        units = find_units(m.group(1))
        return bool(units) and units[0].start == 0 and _below(units[0], issuer.level)

    @staticmethod
    def _lower_subject(ctx, sent: Sent, ca: int, a: int) -> bool:
        """The clause opens with a unit below the issuer (各设区市农业农村局分管负责同志全程陪同):
        in a visit programme, a statement of what the visited side does is a demand."""
        from ..analysis.units import find_units

        issuer = ctx.gw.issuer
        if issuer is None or issuer.level in (None, "unknown"):
            return False
        lead = _HEAD_NUMBER.match(sent.text, ca).end()
        for u in find_units(sent.text[lead:a]):
            return u.start == 0 and _below(u, issuer.level)
        return False

    @staticmethod
    def _visit_kind(text: str, research_rx, inspect_rx) -> str | None:
        if research_rx is not None and research_rx.search(text):
            return "research"
        if inspect_rx is not None and inspect_rx.search(text):
            return "inspection"
        return None


__register__ = (UnfiledInspection, TraceBasedEvaluation, ResearchAsInspection, VisitWithEscort)

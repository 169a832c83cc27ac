"""GW103 GW106 GW107 — 讲话、报送材料、直报领导 (赣府发〔2019〕3号 第1、3条).

source: policy/ganfufa-2019-3.txt
* 第1条 “领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表或摘要发表的原则上不再印发文件……
  各地各部门……报送省政府的专报、研究报告等由省政府办公厅严格进行审核把关，除省政府领导有明确要求外
  不得直接向省政府领导报送”;
* 第3条 “未经法定授权或省政府批准，任何部门不能要求下级政府上报材料报表，不得要求下级党政负责同志
  签字‘画押’”.

Word lists and patterns: ``dictionaries/burdens.toml`` (each overridable as
``"GW10x.key"`` in the config options).  Matching is on jieba tokens; a sentence
that forbids, limits or reduces a burden (不得要求基层报送材料, 其他一律不报,
不再另行填报) is never an offence, nor is quoted text or a higher body's words
reported by the issuer (国务院要求各地……).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..findings import Violation
from .base import Rule
from ..analysis.facts import approval_statement, preamble_matches
from .common import Lexicon, Sent, clause_of, sentences, tokens_between

_BASIS1 = "赣府发〔2019〕3号 第1条"
_BASIS3 = "赣府发〔2019〕3号 第3条"
_GOV = {"national": "国务院", "province": "省政府", "city": "市政府", "county": "县政府", "township": "乡镇政府"}
# a heading marker opening a sentence (一、 （二） 3. 第四条)
_HEAD = re.compile(r"[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]|第[一二三四五六七八九十百]+条)?[\s\u3000]*")
# an item marker: （一） 1. 一、
_ITEM = re.compile(r"[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?[\s\u3000]*")
# a reference to an attachment in the text: 附件1, 附件 2, 附件（not 附件说明 or 附件格式）
_ATTACHMENT_REF = re.compile(r"附件\s*(\d{1,2})?(?![说格式中所])")
# tokens that end a material's name read backwards: dates, and 将/把 glued to the word
# before them by jieba (于调研前3天将汇报材料报送: 天将)
_NAME_STOP = re.compile(r"\d|月|日|[将把]$")
_BASIS_LEADS = ("按照", "根据", "依据", "按", "遵照", "依照")
_PUNCT = set("，,、；;：:。！？!?（）()“”《》\"'‘’ \u3000")


# ------------------------------------------------------------ data
_LEX = Lexicon("burdens.toml")
_opt = _LEX.opt
_words = _LEX.words
_rx = _LEX.rx


@lru_cache(maxsize=256)
def _units_of(text: str) -> tuple:
    """Unit mentions of a paragraph (several sentences of it ask for them)."""
    from ..analysis.units import find_units

    return tuple(find_units(text))


# ------------------------------------------------------------ sentences
def _hits(sent: Sent, words, start: int | None = None, end: int | None = None) -> list[tuple[int, int, str]]:
    """Unquoted, token-aligned occurrences of ``words`` in the sentence."""
    from ..analysis.sentences import find_words, inside

    a = sent.start if start is None else start
    b = sent.end if end is None else end
    return [h for h in find_words(sent.text, sent.tokens, words, a, b) if not inside(h[0], sent.quotes)]


def _negated(ctx, code: str, sent: Sent, pos: int) -> str | None:
    """The negator or reducer that cancels ``pos`` (see :meth:`Lexicon.negated`), with two
    limits of its reach read here:

    * a plain negator (不再, 无需 …) in an earlier clause does not reach a clause with its own
      deadline (不再单独报送季度总结，年度总结于12月20日前一并报送); a condition or limit
      (确需报送的，统一于每月5日前…) does;
    * a reducer inside the object of 将/把 after a demand or a deadline reduces nothing
      (每月5日前将校舍安全排查整治进展情况报送市局).
    """
    from dataclasses import replace

    word = _LEX.negated(ctx, code, sent, pos)
    if word is None:
        return None
    ca, _cb = clause_of(sent, pos)
    tok = next((t for t in reversed(sent.tokens) if t.text == word and sent.start <= t.start and t.end <= pos), None)
    if tok is None:
        return word
    if tok.start < ca and word in _LEX.wordset(ctx, code, "clause_negators"):
        rx = _rx(ctx, code, "deadline_patterns")
        if rx is not None and rx.search(sent.text, ca, pos):
            return _negated(ctx, code, replace(sent, start=ca), pos)
    if word not in _LEX.wordset(ctx, code, "negators"):
        opens = _LEX.wordset(ctx, code, "demand_markers") | _LEX.wordset(ctx, code, "reset_modals")
        toks = tokens_between(sent, ca, tok.start)
        for i, t in enumerate(toks):
            if t.text in ("将", "把") and i > 0 and (toks[i - 1].text in opens or toks[i - 1].text.endswith(("前", "内"))):
                return None
    return word


def _demanded(ctx, code: str, sent: Sent, pos: int) -> bool:
    """A demand marker (要, 请, 须 …) before ``pos`` or a deadline in the sentence."""
    markers = set(_words(ctx, code, "demand_markers"))
    if any(t.text in markers for t in sent.tokens if sent.start <= t.start and t.end <= pos):
        return True
    rx = _rx(ctx, code, "deadline_patterns")
    return rx is not None and rx.search(sent.text, sent.start, sent.end) is not None


def _deadline(ctx, code: str, sent: Sent) -> str:
    rx = _rx(ctx, code, "deadline_patterns")
    m = rx.search(sent.text, sent.start, sent.end) if rx is not None else None
    if not m:
        return ""
    d = m.group(0)
    for w in ("报送", "上报", "填报"):
        d = d.removesuffix(w)
    return d if d.startswith(("于", "在", "每")) else "于" + d


def _reported(sent: Sent, positions) -> bool:
    """The words at one of ``positions`` follow “国务院要求”“《通知》指出，” (a higher body speaks)."""
    from ..analysis.sentences import directive_words

    rx = directive_words().reported
    if rx is None:
        return False
    for p in positions:
        m = rx.search(sent.text, sent.start, p)
        if m is None:
            continue
        # 按照/根据……要求 names the basis of the issuer's own demand: _per_higher judges whose
        lead = sent.text[sent.start:m.start()]
        lead = re.split(r"[，,；;。：:]", lead)[-1]
        if _HEAD.sub("", lead, count=1).startswith(_BASIS_LEADS):
            continue
        return True
    return False


def _speaks(sent: Sent, pos: int) -> bool:
    """``pos`` follows a higher body's words that open its clause without a comma:
    《通知》要求各地于7月10日前报送……, 教育部明确各地……"""
    from ..analysis.sentences import directive_words

    rx = directive_words().reported
    if rx is None:
        return False
    ca, _cb = clause_of(sent, pos)
    for t in tokens_between(sent, ca + 1, pos + 1):
        m = rx.search(sent.text, ca, t.start)
        if m is None:
            continue
        lead = _HEAD.sub("", sent.text[ca:m.start()], count=1).strip(" \u3000")
        if lead in ("", "同时", "另外", "此外", "其中", "对此"):
            return True
    return False


def _adjacent_before(sent: Sent, pos: int, n: int) -> set[str]:
    """The ``n`` tokens that run up to ``pos`` without a gap (会上/已 + 印发)."""
    out: set[str] = set()
    k = pos
    for t in reversed(sent.tokens):
        if t.end > k:
            continue
        if t.end < k or t.start < sent.start or len(out) >= n:
            break
        out.add(t.text)
        k = t.start
    return out


def _clause_starts(sent: Sent, upto: int) -> list[int]:
    from ..analysis.sentences import clause_spans

    return [a for a, _ in clause_spans(sent.text, sent.start, sent.end) if a <= upto]


def _except_spans(sent: Sent) -> list[tuple[int, int]]:
    """除…外 spans: what they name is excluded, not asked for."""
    return [(m.start(), m.end()) for m in re.finditer(r"除[^。；]{1,60}?(?:外|以外)", sent.body)]


# ------------------------------------------------------------ GW103
class SpeechReissued(Rule):
    code = "GW103"
    data_file = "burdens.toml"  # settings schema inferred from it until typed settings are written
    name = "speech-reissued"
    severity = "warning"
    basis = _BASIS1
    summary = "文件印发、转发领导同志的讲话（……同志在……会议上的讲话）：标题或正文写明把讲话作为文件印发。"
    why = ("第1条：“领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表或摘要发表的原则上不再印发文件。”"
           "讲话已在会上印发、已公开发表的，再发文件只会增加文件数量。只是提到讲话的句子"
           "（认真学习……讲话精神、贯彻落实……重要讲话）不是印发讲话，不提示。")
    bad = "江西省人民政府办公厅关于印发××同志在全省春季农业生产工作会议上的讲话的通知"
    good = "讲话已作为会议材料印发或已在《江西日报》公开发表的，不再发文；确需部署工作的，另行起草通知写明具体任务。"
    fix_title = "讲话已印发会议材料或已公开发表的，不再印发文件"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        hit = self._title(ctx)
        if hit is not None:
            ln, a, b, verb, obj = hit
            yield Violation(self._message(verb, obj, "（见标题）"), line=ln, start=a, end=b,
                            data={"verb": verb, "speech": obj, "where": "title"})
            return
        for sent in sentences(ctx, gw.body_lines):
            found = self._sentence(ctx, sent)
            if found is not None:
                verb, obj = found
                yield Violation(self._message(verb, obj, ""), line=sent.line, start=sent.start, end=sent.end,
                                data={"verb": verb, "speech": obj, "where": "body"})

    def _message(self, verb: str, obj: str, where: str) -> str:
        return (f"本文{verb}领导讲话“{obj}”{where}。领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表、摘要发表的，"
                f"原则上不再印发文件：请确认后不再发文（可告知会议材料或公开发表的出处），确需部署工作的另行起草通知写明任务。")

    def _is_speech(self, ctx, obj: str) -> bool:
        obj = obj.strip(" \u3000《》“”")
        pat = _opt(ctx, self.code, "speech_pattern")
        if not pat or not re.search(f"(?:{pat})$", obj):
            return False
        speaker = _opt(ctx, self.code, "speaker_pattern")
        meeting = _opt(ctx, self.code, "meeting_pattern")
        if speaker and re.search(speaker, obj):
            return True
        # 典型发言 of the localities at a meeting is no leader's speech: these need a speaker
        if any(obj.endswith(w) for w in _words(ctx, self.code, "speaker_only_endings")):
            return False
        return bool(meeting and re.search(meeting, obj))

    def _title(self, ctx):
        title = ctx.gw.title
        if title is None:
            return None
        text = title.text
        verbs = "|".join(map(re.escape, _words(ctx, self.code, "issue_verbs")))
        if not verbs:
            return None
        m = re.search(rf"(?P<verb>{verbs})(?P<obj>.{{2,120}}?)(?:的(?:通知|函|通报|意见)|》?$)", text)
        if not m or not self._is_speech(ctx, m.group("obj")):
            return None
        obj = m.group("obj").strip("《》")
        for ln in title.lines:
            line_text = ctx.text(ln)
            k = line_text.find(obj[:8])
            if k >= 0:
                return ln, 0, len(line_text), m.group("verb"), obj
        return title.lines[0], 0, None, m.group("verb"), obj

    def _sentence(self, ctx, sent: Sent) -> tuple[str, str] | None:
        from ..analysis.sentences import clause_spans

        not_after = _words(ctx, self.code, "not_object_after")
        manners = _words(ctx, self.code, "object_manner_suffixes")
        past = _words(ctx, self.code, "meeting_material_before")
        manner = _opt(ctx, self.code, "object_manner_pattern")
        manner_rx = re.compile(f"(?:{manner})$") if manner else None
        for a, b, verb in _hits(sent, _words(ctx, self.code, "issue_verbs")):
            if _negated(ctx, self.code, sent, a):
                continue
            if _reported(sent, _clause_starts(sent, a)):
                continue
            # 印发的讲话 (attributive), 印发了 (done), 会上已印发 (meeting materials): not this document
            if sent.text.startswith(_words(ctx, self.code, "not_issue_after"), b):
                continue
            if _adjacent_before(sent, a, 2) & set(past):
                continue
            # 1) 将 <speech> (予以) 印发：the object sits between 将/把 and the verb (same sentence)
            lead = [t for t in sent.tokens if sent.start <= t.start and t.end <= a and t.text in ("将", "把")]
            if lead:
                obj = sent.text[lead[-1].end:a].strip(" \u3000，")
                for w in sorted(manners, key=len, reverse=True):
                    obj = obj.removesuffix(w)
                if manner_rx is not None:
                    obj = manner_rx.sub("", obj)
                if self._is_speech(ctx, obj):
                    return verb, obj.strip("《》")
            # 2) 印发 <speech>：the object runs to the end of the clause
            ce = next((y for x, y in clause_spans(sent.text, sent.start, sent.end) if x <= a < y), sent.end)
            obj = sent.text[b:ce].rstrip("，,。；;：: \u3000")
            obj = re.sub(r"给(?:你们|各位|你单位|各单位)$", "", obj)
            if any(obj.startswith(x) for x in ("给", "至")):
                continue
            if any(obj.rstrip("》").endswith(w) for w in not_after):
                continue
            if self._is_speech(ctx, obj):
                return verb, obj.strip("《》")
        return None


# ------------------------------------------------------------ GW106
@dataclass
class _Who:
    kind: str  # unit | self | proxy | lower | party | implicit
    text: str
    lower: bool


class ReportBurden(Rule):
    code = "GW106"
    data_file = "burdens.toml"  # settings schema inferred from it until typed settings are written
    name = "report-burden"
    severity = "warning"
    basis = _BASIS3
    summary = ("政府部门发文要求下级政府、下级单位或基层报送材料、报表、总结、报告（请于……前报送、填报……表、报送……材料），"
               "文中没有写明法定授权或经政府同意；要求下级负责同志签字（签字确认、签字背书、“画押”）的为 error。")
    why = ("第3条：“下决心解决各类报表材料过多过滥问题，严格控制各种总结和报告……未经法定授权或省政府批准，"
           "任何部门不能要求下级政府上报材料报表，不得要求下级党政负责同志签字‘画押’；确需基层报送材料的，"
           "一般只要求报送经济运行数据指标、重大政策贯彻执行和重点工作推进落实情况、正反两方面典型等。”"
           "只检查政府部门的发文（配置项 GW106.issuer_kinds；人民政府及其办公厅代表政府行文，默认不检查），"
           "且报送的一方须在发文机关之下（各地、各设区市、各县（市、区）、下级部门、基层，或没有写主语而主送下级）。"
           "句中援引法律法规（依据《××法》规定）、统计调查制度，写明经省政府同意，或“按照国务院/省委省政府……要求”"
           "转达上级要求的，视为有依据；“按照本通知要求”“按照附件格式要求”仍是本机关的要求。"
           "禁止、压减、限定报送的句子（不得要求基层报送材料、其他一律不报、不再另行填报、原则上不再要求……），"
           "引号内的文字，转述上级文件的话，部门向本级政府报告工作、发文机关自己承诺报送，都不是负担。"
           "请示的“签发人”不是签字要求。")
    bad = ("江西省农业农村厅通知（主送各设区市人民政府）：“请各设区市于3月20日前将春耕生产工作总结报送我厅，"
           "报送的总结须经本级人民政府主要负责同志签字。”")
    good = ("“依据《中华人民共和国统计法》和《农业统计调查制度》，春耕进度数据从农业农村统计直报系统中提取，"
            "不再另行报送。”；或报经省政府同意并在文中注明。")
    fix_title = "写明法定依据或经省政府同意；能用已有统计数据、信息共享解决的不再要求报送；删去签字“画押”要求"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        issuer = gw.issuer
        kinds = _words(ctx, self.code, "issuer_kinds")
        if not gw.issuers or any(o.kind not in kinds for o in gw.issuers) or issuer.level in (None, "unknown"):
            return
        if gw.doc_type in _words(ctx, self.code, "skip_doc_types") and not gw.forwarding:
            return
        if approval_statement(ctx) is not None or self._preamble_legal(ctx) or self._leader_approval(ctx):
            return
        recips = self._lower_recipients(ctx)
        heads = _heading_ends(ctx)
        for sent in sentences(ctx, gw.content_lines):
            if sent.end <= heads.get(sent.line, -1) and self._label(ctx, sent) is None:
                continue  # a heading (五、按时报送工作情况) names a topic, the demand follows it
            found = self._burden(ctx, sent, recips)
            if found is None:
                continue
            who, what, deadline, sign = found
            gov = _GOV.get(issuer.level, "本级政府")
            asked = "、".join(what) if what else "材料"
            data = {"who": who.text, "what": what, "deadline": deadline, "submitter": who.kind}
            if sign:
                signer, word = sign
                data.update(sign=word, signer=signer)
                yield Violation(
                    f"要求{who.text}{deadline}报送{asked}，并要求{signer}“{word}”。不得要求下级党政负责同志签字“画押”，"
                    f"未经法定授权或{gov}批准也不能要求下级政府和基层上报材料报表：请删去签字要求，写明报送依据（法律法规或经{gov}同意），"
                    f"或改用已有统计数据、信息共享，或删去这项报送要求。",
                    line=sent.line, start=sent.start, end=sent.end, severity="error", data=data)
            else:
                yield Violation(
                    f"要求{who.text}{deadline}报送{asked}，文中没有写明法定授权或经{gov}同意。未经法定授权或{gov}批准，"
                    f"部门不能要求下级政府和基层上报材料报表：请写明依据（如依据《××》规定、经{gov}同意），"
                    f"或改用已有统计数据、信息共享，或删去这项报送要求。",
                    line=sent.line, start=sent.start, end=sent.end, data=data)
        yield from self._table_demands(ctx, recips)

    # -- a table of what to submit (序号|报送材料|报送时间|报送单位)
    def _table_demands(self, ctx, recips: list[str]) -> Iterator[Violation]:
        """One finding per 报送 table whose rows ask lower units for materials, at its first such row."""
        from ..analysis.units import find_units

        issuer = ctx.gw.issuer
        what_heads = set(_words(ctx, self.code, "table_material_headers"))
        who_heads = set(_words(ctx, self.code, "table_submitter_headers"))
        gov = _GOV.get(issuer.level, "本级政府")
        for rows in _table_rows(ctx, ctx.gw.content_lines):
            header = [c.strip() for c in rows[0][1]]
            wi = next((i for i, c in enumerate(header) if c in what_heads), None)
            ui = next((i for i, c in enumerate(header) if c in who_heads), None)
            if wi is None:
                continue
            asked: list[str] = []
            whos: list[str] = []
            first = None
            for where, cells in rows[1:]:
                what = cells[wi].strip() if wi < len(cells) else ""
                if not what:
                    continue
                if ui is not None:
                    who = cells[ui].strip() if ui < len(cells) else ""
                    if not any(_below(u, issuer.level) for u in find_units(who)):
                        continue
                elif recips:
                    who = _recipients_label(recips, None)
                else:
                    continue
                asked.append(what)
                if who not in whos:
                    whos.append(who)
                first = first or where[wi]
            if not asked:
                continue
            items = "、".join(asked[:4]) + (f"等{len(asked)}项" if len(asked) > 4 else "")
            yield Violation(
                f"表中要求{'、'.join(whos)}报送{items}，文中没有写明法定授权或经{gov}同意。未经法定授权或{gov}批准，"
                f"部门不能要求下级政府和基层上报材料报表：请写明依据（如依据《××》规定、经{gov}同意），"
                f"或改用已有统计数据、信息共享，或删去这些报送要求。",
                line=first, data={"who": "、".join(whos), "what": asked, "deadline": "", "submitter": "table"})

    # -- document-level authorisation
    def _leader_approval(self, ctx) -> bool:
        rx = _rx(ctx, self.code, "approval_patterns")
        return rx is not None and any(rx.search(ctx.text(ln)) for ln in ctx.gw.content_lines)

    def _preamble_legal(self, ctx) -> bool:
        return preamble_matches(ctx, _rx(ctx, self.code, "preamble_legal_basis"))

    def _lower_recipients(self, ctx) -> list[str]:
        from ..analysis.units import classify_recipient

        issuer = ctx.gw.issuer
        return [r for r in ctx.gw.recipient_list if any(_below(u, issuer.level) for u in classify_recipient(r))]

    # -- one sentence
    def _burden(self, ctx, sent: Sent, recips: list[str]):
        """(who, what, deadline, sign) when the sentence asks lower units to submit materials."""
        from ..analysis.sentences import inside

        code = self.code
        legal = _rx(ctx, code, "legal_basis")
        if legal is not None and legal.search(sent.text, sent.start, sent.end):
            return None
        excepted = [(a + sent.start, b + sent.start) for a, b in _except_spans(sent)]
        materials = self._materials(ctx, sent)
        label = self._label(ctx, sent)
        if not materials and label is None:
            return None
        points = [(a, b, v) for a, b, v in self._submissions(ctx, sent)]
        if label is not None:
            points = sorted(set(points) | {label})
        signs = self._signs(ctx, sent)
        for a, b, verb in points + [(a, b, w) for a, b, w in signs]:
            if inside(a, excepted) or _negated(ctx, code, sent, a):
                continue
            if (a, b, verb) != label and not _demanded(ctx, code, sent, a):
                continue
            if _reported(sent, _clause_starts(sent, a)) or _speaks(sent, a):
                # a higher body asks for it (《通知》要求各地于…报送): the issuer relays that demand
                return None
            if self._per_higher(ctx, sent, a):
                return None
            who = self._submitter(ctx, sent, a, recips)
            if who is None or not who.lower:
                continue
            if label is not None:
                near = materials  # （一）报送内容：the list after the label is what is asked for
            else:
                near = self._near(sent, materials, [p for p in points if p[0] >= a] or [(a, b, verb)])
                if not near:
                    continue  # what is submitted is no material (有关情况 of an emergency, 项目申请)
            what = self._what(ctx, sent, near)
            sign = None
            for sa, sb, w in signs:
                if inside(sa, excepted) or _negated(ctx, code, sent, sa):
                    continue
                signer = self._signer(ctx, sent, w, sa)
                if signer:
                    sign = (signer, w)
                    break
            if verb in {w for _, _, w in signs} and sign is None:
                continue  # a signature by a clerk (填报人签字) is no burden of its own
            if not near and sign is None:
                continue  # （二）报送时间：…… names no material and no signature
            return who, what, _deadline(ctx, code, sent), sign
        return None

    def _label(self, ctx, sent: Sent) -> tuple[int, int, str] | None:
        """(start, end, verb) of a requirement label that opens the sentence: （一）报送内容：……"""
        rx = _rx(ctx, self.code, "label_demand")
        if rx is None:
            return None
        k = _ITEM.match(sent.text, sent.start).end()
        m = rx.match(sent.text, k)
        if m is None:
            return None
        return k, k + 2, sent.text[k:k + 2]

    def _materials(self, ctx, sent: Sent) -> list[tuple[int, int, str]]:
        from ..analysis.sentences import inside

        code = self.code
        adverbs = set(_words(ctx, code, "report_verb_before"))
        verb_like = set(_words(ctx, code, "verb_like_materials"))
        objects = _words(ctx, code, "summary_object_after")
        out = []
        for a, b, w in _hits(sent, _words(ctx, code, "materials")):
            if w in verb_like:
                prev = [t for t in sent.tokens if t.end == a]
                if prev and prev[0].text in adverbs:
                    continue
                ca = max([sent.start] + [i + 1 for i in range(sent.start, a) if sent.text[i] in "，,；;：:"])
                if w == "报告" and re.search(r"向[^，。；]{1,20}$", sent.text[ca:a]):
                    continue
                if w == "总结" and any(sent.text.startswith(x, b) for x in objects):
                    continue
            out.append((a, b, w))
        # 填报《××进度表》: a form named in 书名号 is what is filled in, not a cited document
        q_suffixes = _words(ctx, code, "quoted_material_suffixes")
        for qa, qb in sent.quotes:
            name = sent.text[qa + 1:qb].rstrip("》")
            if sent.start <= qa < sent.end and sent.text[qa] == "《" and name.endswith(q_suffixes):
                out.append((qa, qb, name))
        # 将附件1报送我厅 / 填写附件并报送: the attachment the 附件说明 names, when it is a form or report
        out.extend(self._attachment_refs(ctx, sent, [x[0] for x in out]))
        # 将……排查情况报送我局: 情况 between 将/把 and a submission verb is the thing submitted
        disposal = set(_words(ctx, code, "disposal_materials"))
        if disposal:
            lead = next((t for t in sent.tokens if sent.start <= t.start < sent.end and t.text in ("将", "把")), None)
            if lead is not None:
                for t in sent.tokens:
                    if lead.end <= t.start < sent.end and t.text in disposal and not inside(t.start, sent.quotes) \
                            and not any(x[0] <= t.start < x[1] for x in out):
                        out.append((t.start, t.end, t.text))
        suffix = _opt(ctx, code, "table_suffix") or ""
        if suffix:
            excl = set(_words(ctx, code, "table_exclude"))
            for t in sent.tokens:
                if sent.start <= t.start < sent.end and len(t.text) >= 2 and t.text.endswith(suffix) \
                        and t.text not in excl and not inside(t.start, sent.quotes):
                    out.append((t.start, t.end, t.text))
        return sorted(out)

    def _attachment_refs(self, ctx, sent: Sent, taken: list[int]) -> list[tuple[int, int, str]]:
        """附件/附件1 in the sentence standing for an attached form or report, named as the
        附件说明 names it (附件：1.春耕生产进度统计表)."""
        from ..analysis.sentences import inside

        names = ctx.gw.attachment_names
        if not names:
            return []
        code = self.code
        suffix = _opt(ctx, code, "table_suffix") or ""
        excluded = _words(ctx, code, "table_exclude")
        materials = _words(ctx, code, "materials")
        out = []
        for m in _ATTACHMENT_REF.finditer(sent.text, sent.start, sent.end):
            if inside(m.start(), sent.quotes) or m.start() in taken:
                continue
            if m.group(1):
                k = int(m.group(1))
            elif len(names) == 1:
                k = 1
            else:
                continue  # 附件 of several: which one is not said
            if not 1 <= k <= len(names):
                continue
            name = names[k - 1].rstrip("。；;，, ")
            is_form = bool(suffix) and name.endswith(suffix) and not name.endswith(excluded)
            if is_form or name.endswith(materials):
                out.append((m.start(), m.end(), name))
        return out

    def _submissions(self, ctx, sent: Sent) -> list[tuple[int, int, str]]:
        """Submission verbs used as verbs (not 报送的方案), weak ones (报, 送) only before a recipient."""
        from ..analysis.sentences import inside

        code = self.code
        attributive = _words(ctx, code, "attributive_after")
        out = []
        for a, b, v in _hits(sent, _words(ctx, code, "submit_verbs")):
            if any(sent.text.startswith(x, b) for x in attributive):
                continue
            out.append((a, b, v))
        weak_words = set(_words(ctx, code, "weak_submit_verbs"))
        # 报/送 as a whole token only: 转送, 报表 are other words
        weak = [(t.start, t.end, t.text) for t in sent.tokens
                if sent.start <= t.start < sent.end and t.text in weak_words and not inside(t.start, sent.quotes)]
        if weak:
            selfs = _words(ctx, code, "self_references")
            ends = {u.start: u.end for u in _units_of(sent.text)}
            leaders = _rx(ctx, "GW107", "leader_patterns")
            approvals = _words(ctx, code, "approval_after")
            for a, b, v in weak:
                m = leaders.match(sent.text, b) if leaders is not None else None
                targets = [b + len(s) for s in selfs if sent.text.startswith(s, b)] \
                    + ([ends[b]] if b in ends else []) + ([m.end()] if m else [])
                if not targets:
                    continue
                # 报省政府（分管领导）同意后印发: an approval step, not materials handed up
                if not any(sent.text.startswith(approvals, t) for t in targets):
                    out.append((a, b, v))
        return sorted(out)

    def _signs(self, ctx, sent: Sent) -> list[tuple[int, int, str]]:
        return _hits(sent, _words(ctx, self.code, "sign_words"))

    def _signer(self, ctx, sent: Sent, word: str, pos: int) -> str | None:
        """Who must sign: the leader named last before the sign word (else anywhere in the
        sentence), or any signer for 画押/签字背书."""
        leaders = _hits(sent, _words(ctx, self.code, "leader_words"))
        if leaders:
            before = [h for h in leaders if h[1] <= pos]
            a, b, w = before[-1] if before else leaders[0]
            # the leader phrase as written: 本级人民政府主要负责同志
            stop = set(_words(ctx, self.code, "phrase_stop_words"))
            k = a
            for t in reversed(sent.tokens):
                if t.end > k:
                    continue
                if t.end != k or t.start < sent.start or t.text in _PUNCT or t.text in stop or b - t.start > 14:
                    break
                k = t.start
            return sent.text[k:b]
        if word in _words(ctx, self.code, "strong_sign_words"):
            return "负责同志"
        return None

    def _per_higher(self, ctx, sent: Sent, pos: int) -> bool:
        """按照<上级机关或法规>要求 before ``pos``: the issuer passes a higher body's demand on."""
        from ..analysis.units import find_units, level_rank

        code = self.code
        rx = _rx(ctx, code, "per_patterns")
        if rx is None:
            return False
        issuer = ctx.gw.issuer
        own = _words(ctx, code, "own_requirement_words")
        higher = _words(ctx, code, "higher_authorities")
        for m in rx.finditer(sent.text, sent.start, pos):
            whose = m.group("whose") if "whose" in rx.groupindex and m.group("whose") else m.group(0)
            bare = re.sub(r"《[^》]*》", "", whose)
            for title in re.findall(r"《([^》]+)》", whose):
                if re.search(r"(?:法|条例)$", title) or title.startswith(higher):
                    return True
            if any(h in bare for h in higher):
                return True
            if any(w in bare for w in own):
                continue  # 按照本通知要求, 按照附件格式要求: the issuer's own demand
            for u in find_units(bare):
                if u.kind in ("government", "government_office", "party") and level_rank(u.level) <= level_rank(issuer.level):
                    return True
                if level_rank(u.level) < level_rank(issuer.level):
                    return True
        return False

    def _submitter(self, ctx, sent: Sent, pos: int, recips: list[str]) -> _Who | None:
        """Who is to submit: the subject of the clause holding ``pos`` or of an earlier
        clause of the sentence (after 请/由/要求 …); else the 主送机关."""
        from ..analysis.sentences import clause_spans

        code = self.code
        issuer = ctx.gw.issuer
        units = {u.start: u for u in _units_of(sent.text)}
        selfs = _words(ctx, code, "self_references")
        proxies = _words(ctx, code, "recipient_proxies")
        lowers = _words(ctx, code, "lower_words")
        parties = _words(ctx, code, "non_government_parties")
        leads = sorted(_words(ctx, code, "subject_lead"), key=len, reverse=True)
        own = {o.name for o in ctx.gw.issuers}
        named = _rx(ctx, code, "named_body_pattern")
        clauses = [(a, b) for a, b in clause_spans(sent.text, sent.start, sent.end) if a <= pos]
        markers = set(_words(ctx, code, "subject_markers"))
        text = sent.text

        def at(k: int) -> _Who | None:
            # 各单位/你单位 stand for the 主送机关 whatever the unit lexicon says of them
            for w in sorted(proxies, key=len, reverse=True):
                if text.startswith(w, k):
                    return _Who("proxy", _recipients_label(recips, w), bool(recips))
            u = units.get(k)
            if u is not None:
                if u.name in own:
                    return _Who("self", u.text, False)
                return _Who("unit", u.text, _below(u, issuer.level))
            for w in sorted(selfs, key=len, reverse=True):
                if text.startswith(w, k):
                    return _Who("self", w, False)
            for w in sorted(lowers, key=len, reverse=True):
                if text.startswith(w, k):
                    return _Who("lower", w, True)
            if named is not None and named.match(text, k, pos):
                return _Who("other", named.match(text, k, pos).group(0), False)
            for w in sorted(parties, key=len, reverse=True):
                # 企业, 试点企业, 项目承担单位 … as the subject (a few characters may qualify it)
                j = text.find(w, k, min(k + 8, pos))
                # …but not across 将/于 (请于6月底前将企业运行情况报送: the enterprises are the topic)
                if j >= 0 and not any(ch in _PUNCT for ch in text[k:j]) and not re.search(r"[将把于]", text[k:j]):
                    return _Who("party", text[k:j + len(w)], False)
            return None

        # 组织/督促企业…报送: the enterprises submit, whoever organises them
        pivots = set(_words(ctx, code, "pivot_verbs"))
        ca = clauses[-1][0] if clauses else sent.start
        for t in sent.tokens:
            if ca <= t.start and t.end <= pos and t.text in pivots:
                seg = text[t.end:pos]
                for w in parties:
                    j = seg.find(w)
                    if 0 <= j <= 8 and not any(ch in _PUNCT for ch in seg[:j]):
                        return _Who("party", seg[:j + len(w)], False)
        for a, b in reversed(clauses):
            end = min(b, pos)
            k = _HEAD.match(text, a).end() if a == sent.start else a
            k = _skip_leads(text, k, leads)
            who = at(k)
            if who is not None:
                return who
            # 请各设区市…, 由各地汇总后…, 要求各县（市、区）… inside the clause
            for t in sent.tokens:
                if a <= t.start and t.end <= end and t.text in markers:
                    k = _skip_leads(text, t.end, leads)
                    who = at(k)
                    # 由项目单位…报送: a party named after the marker submits
                    if who is not None:
                        return who
        if recips:
            return _Who("implicit", _recipients_label(recips, None), True)
        return None

    @staticmethod
    def _near(sent: Sent, materials, verbs) -> list:
        """Materials in the clauses of the submission verbs; else in the nearest clause before them."""
        from ..analysis.sentences import clause_spans

        clauses = clause_spans(sent.text, sent.start, sent.end)
        idx = {i for i, (x, y) in enumerate(clauses) for a, _, _ in verbs if x <= a < y}
        near = [m for m in materials if any(clauses[i][0] <= m[0] < clauses[i][1] for i in idx)]
        if near or not idx:
            return near or materials
        first = min(idx)
        for i in range(first - 1, -1, -1):
            x, y = clauses[i]
            body = sent.text[x:y].strip()
            if body.startswith("在") or re.search(r"接到|收到", body):
                continue  # 在接到信息报告后，… is a time adverbial, not the object
            near = [m for m in materials if x <= m[0] < y]
            if near:
                return near
        return []

    def _what(self, ctx, sent: Sent, materials) -> list[str]:
        """Names of the materials asked for, each with the words that qualify it (春耕生产工作方案)."""
        code = self.code
        stop = set(_words(ctx, code, "submit_verbs")) | set(_words(ctx, code, "weak_submit_verbs")) \
            | set(_words(ctx, code, "demand_markers")) | set(_words(ctx, code, "phrase_stop_words"))
        out: list[str] = []
        # the submitter named before it (各设区市规划) is not part of the material's name
        units = [(u.start, u.end) for u in _units_of(sent.text)]
        for a, b, w in materials:
            if sent.text.startswith("附件", a) and w != sent.text[a:b]:
                name = f"{sent.text[a:b]}（{w}）"  # 附件1（春耕生产进度统计表）
                if name not in out:
                    out.append(name)
                continue
            k = a
            n = 0
            for t in reversed(sent.tokens):
                if t.end > k or t.start < sent.start:
                    continue
                if t.end != k or n >= 4 or t.text in stop or t.text in _PUNCT or _NAME_STOP.search(t.text) \
                        or any(x <= t.start < y for x, y in units):
                    break
                k = t.start
                n += 1
            name = sent.text[k:b]
            if name not in out:
                out.append(name)
        # 进度 inside 进度统计表: keep the longer name
        out = [x for x in out if not any(x != y and x in y for y in out)]
        return out[:4]


def _table_rows(ctx, lines) -> list[list[tuple[list[int], list[str]]]]:
    """Tables among ``lines`` as rows of (line of each cell, cells) (:mod:`gwlint.analysis.tables`)."""
    from ..analysis.tables import tables

    heads = _LEX.data.get("GW106", {}).get("table_header_cells", ())
    return [t.as_pairs() for t in tables(ctx, lines, heads)]


def _heading_ends(ctx) -> dict[int, int]:
    """line -> offset where the heading's marker and title end (its closing 。 included)."""
    out = {}
    for h in ctx.gw.headings:
        text = ctx.text(h.line)
        lead = len(text) - len(text.lstrip(" \u3000\t"))
        end = lead + len(h.marker) + len(h.title or "")
        while end < len(text) and text[end] in "。．.：:；; \u3000":
            end += 1
        out[h.line] = end
    return out


def _skip_leads(text: str, k: int, leads) -> int:
    moved = True
    while moved:
        moved = False
        for w in leads:
            if w and text.startswith(w, k):
                k += len(w)
                moved = True
                break
        while k < len(text) and text[k] in "，, \u3000":
            k += 1
    return k


def _recipients_label(recips: list[str], word: str | None) -> str:
    names = "、".join(recips[:3]) + ("等" if len(recips) > 3 else "")
    return f"{word}（{names}）" if word else f"主送机关（{names}）"


def _below(unit, issuer_level: str) -> bool:
    from ..analysis.units import level_rank

    if unit.kind not in ("government", "department", "mixed", "government_office"):
        return False
    return any(lv != "unknown" and level_rank(lv) > level_rank(issuer_level)
               for lv in unit.reaches_for(issuer_level))


# ------------------------------------------------------------ GW107
class DirectToLeader(Rule):
    code = "GW107"
    data_file = "burdens.toml"  # settings schema inferred from it until typed settings are written
    name = "direct-to-leader"
    severity = "info"
    basis = _BASIS1
    summary = "要求把材料直接报送政府领导同志（报送省政府领导、直接呈送……领导、报……省长/副省长），不经办公厅。"
    why = ("第1条：“各地各部门及高等院校、科研院所、企事业单位报送省政府的专报、研究报告等由省政府办公厅严格进行"
           "审核把关，除省政府领导有明确要求外不得直接向省政府领导报送。”报送政府的材料应报政府办公厅（室），"
           "由办公厅审核后呈送领导。“报省政府办公厅”是正常渠道，不提示；领导有明确要求或交办的，也不提示。")
    bad = "请各设区市于每月5日前将项目推进情况专报直接报送省政府领导。"
    good = "请各设区市于每月5日前将项目推进情况专报报送省政府办公厅。"
    fix_title = "改为报送本级政府办公厅（室），由办公厅审核把关后呈送领导"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        code = self.code
        rx = _rx(ctx, code, "leader_patterns")
        if rx is None:
            return
        verbs = set(_words(ctx, code, "submit_verbs"))
        direct = set(_words(ctx, code, "direct_words"))
        toward = set(_words(ctx, code, "toward_words"))
        channels = _words(ctx, code, "channel_words")
        exceptions = _rx(ctx, code, "exception_patterns")
        decisions = _words(ctx, code, "decision_after")
        from ..analysis.sentences import clause_spans, inside

        for sent in sentences(ctx, gw.content_lines):
            if exceptions is not None and exceptions.search(sent.text, sent.start, sent.end):
                continue
            for m in rx.finditer(sent.text, sent.start, sent.end):
                a, b = m.span()
                if inside(a, sent.quotes):
                    continue
                verb = self._verb(sent, a, b, verbs, direct, toward)
                if verb is None:
                    continue
                va = verb[0]
                if _negated(ctx, code, sent, min(a, va)):
                    continue
                if any(w in sent.body for w in channels):
                    continue
                if any(sent.text.startswith(w, b) for w in decisions):
                    continue
                ca = next((x for x, y in clause_spans(sent.text, sent.start, sent.end) if x <= a < y), sent.start)
                is_direct = any(t.text in direct for t in sent.tokens if ca <= t.start < b)
                if not is_direct and not _demanded(ctx, code, sent, min(a, va)):
                    continue
                if _reported(sent, _clause_starts(sent, min(a, va))):
                    continue
                leader = m.group(0)
                office = self._office(leader)
                yield Violation(
                    f"要求把材料直接报送“{leader}”。报送政府的专报、研究报告等应由{office}审核把关，"
                    f"除领导有明确要求外不直接向政府领导报送：请改为报送{office}。",
                    line=sent.line, start=sent.start, end=sent.end, data={"leader": leader, "verb": verb[2]})
                break

    @staticmethod
    def _verb(sent: Sent, a: int, b: int, verbs, direct, toward):
        """(start, end, verb) of the submission: 报送<leader>, 直接呈送<leader>, 向<leader>(个人)报送."""
        toks = [t for t in sent.tokens if sent.start <= t.start < sent.end]
        before = [t for t in toks if t.end <= a]
        if not before or before[-1].end != a:
            return None  # the leader word starts inside a longer word
        k = len(before) - 1
        while k >= 0 and before[k].text in direct:
            k -= 1
        if k >= 0 and before[k].text in verbs:
            return before[k].start, before[k].end, before[k].text
        if before and before[-1].text in toward:
            after = [t for t in toks if t.start >= b][:3]
            for t in after:
                if t.text in verbs:
                    return t.start, t.end, t.text
                if t.text not in direct and t.text not in ("个人", "同志"):
                    break
        return None

    @staticmethod
    def _office(leader: str) -> str:
        if leader.startswith("国务院") or "总理" in leader:
            return "国务院办公厅"
        if leader.startswith(("市", "副市")) or "市长" in leader:
            return "市政府办公室"
        if leader.startswith(("县", "区")) or "县长" in leader or "区长" in leader:
            return "县（区）政府办公室"
        return "省政府办公厅"


__register__ = (SpeechReissued, ReportBurden, DirectToLeader)

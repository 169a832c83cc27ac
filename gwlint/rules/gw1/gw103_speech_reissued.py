"""GW103 speech-reissued — 领导讲话已印发会议材料或已公开发表的不再印发文件 (赣府发〔2019〕3号 第1条).

source: policy/ganfufa-2019-3.txt 第1条 “领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表或
摘要发表的原则上不再印发文件”.
Negation and relayed speech are read by :mod:`gwlint.analysis.demands`; words: ``dictionaries/burdens.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis import demands as dm
from ...analysis.handouts import handed_items, issuing_lines
from ...analysis.sentences import Sent, clause_of, iter_sentences, sent_words
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_1


@dataclass(frozen=True)
class Settings(dm.DemandSettings):
    issue_verbs: list[str] = field(default_factory=list)  # 印发, 转发 …
    speech_pattern: Regex = ""  # the object ends as a speech: 讲话, 讲话摘要 …
    speaker_pattern: Regex = ""  # a leader speaks: 同志, 省长 …
    meeting_pattern: Regex = ""  # at a meeting: 在…会议上
    speaker_only_endings: list[str] = field(default_factory=list)  # 发言: only with a speaker named
    not_object_after: list[str] = field(default_factory=list)  # 讲话精神: the speech is an attribute
    object_manner_suffixes: list[str] = field(default_factory=list)  # 予以, 以文件形式 …
    object_manner_pattern: Regex = ""  # 以…形式/名义
    meeting_material_before: list[str] = field(default_factory=list)  # 会上(已)印发: meeting materials
    not_issue_after: list[str] = field(default_factory=list)  # 印发的, 印发了: not this document


# where documents issued together are joined: after a closing 》 or a speech, before an opening 《
_CONJUNCT = re.compile(r"(?:(?<=》)|(?<=讲话)|(?<=致辞)|(?<=发言))(?:和|及|以及|与|、)|(?:和|及|以及|与|、)(?=《)")


class SpeechReissued(Rule):
    code = "GW103"
    name = "speech-reissued"
    severity = "warning"
    basis = BASIS_1
    summary = "文件印发、转发领导同志的讲话（……同志在……会议上的讲话）：标题或正文写明把讲话作为文件印发。"
    why = ("第1条：“领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表或摘要发表的原则上不再印发文件。”"
           "讲话已在会上印发、已公开发表的，再发文件只会增加文件数量。只是提到讲话的句子"
           "（认真学习……讲话精神、贯彻落实……重要讲话）不是印发讲话，不提示；讲话与工作要点等一并印发的"
           "（现将××同志的讲话和《工作要点》印发给你们），提示其中的讲话；先说领导作了讲话、再“现将讲话印发给你们”的，"
           "也是印发讲话（领导作讲话和“现将讲话全文印发给你们”分在两段、讲话写成“作了题为《……》的讲话”“出席会议并讲话”“到会讲话”的也是，在印发的句子处提示一次）；"
           "正文只说印发“有关材料”、讲话列在附件说明中的（附件：1．××同志在……会议上的讲话），在附件说明处提示；"
           "讲话列在印发句之后的材料表格或目录中的（现将培训班有关材料印送你们＋序号｜材料名称表；资料汇编下发，资料目录如下：），"
           "在列出讲话的那一格、那一项提示（项后标的页码、“（摘要）”不影响）；"
           "“现将动员讲话印送你们”“讲话要点摘要印发”“摘发讲话要点”同样是印发讲话；"
           "“现将会议精神传达如下”、用本文的话概括讲话、“讲话已在××刊发，请自行学习”不是印发讲话。")
    bad = "江西省人民政府办公厅关于印发××同志在全省春季农业生产工作会议上的讲话的通知"
    good = "讲话已作为会议材料印发或已在《江西日报》公开发表的，不再发文；确需部署工作的，另行起草通知写明具体任务。"
    fix_title = "讲话已印发会议材料或已公开发表的，不再印发文件"
    Settings = Settings
    data_file = "burdens.toml"
    examples = (
        Example("现将××同志在全省春季农业生产工作会议上的讲话印发给你们，请认真学习贯彻。", fires=True,
                frame="office_circular"),
        Example("现将××同志在全省农业农村工作会议上的讲话和《2026年全省农业农村工作要点》印发给你们。", fires=True,
                frame="office_circular", note="与工作要点一并印发"),
        Example("各地各部门要认真学习贯彻××同志在全省春季农业生产工作会议上的讲话精神。", fires=False,
                frame="office_circular", note="学习讲话精神不是印发讲话"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        hit = self._title(ctx, s)
        if hit is not None:
            ln, a, b, verb, obj = hit
            yield Violation(self._message(verb, obj, "（见标题）"), line=ln, start=a, end=b,
                            data={"verb": verb, "speech": obj, "where": "title"})
            return
        told, line, found_body = None, None, False  # the last speech a leader gave, told in an earlier paragraph
        for sent in iter_sentences(ctx, ctx.gw.body_lines):
            if sent.line != line:
                if line is not None:
                    told = _told_speech(s, ctx.reading(line)) or told
                line = sent.line
            found = self._sentence(s, sent, told)
            if found is not None:
                verb, obj = found
                found_body = True
                yield Violation(self._message(verb, obj, ""), line=sent.line, start=sent.start, end=sent.end,
                                data={"verb": verb, "speech": obj, "where": "body"})
        if not found_body:
            yield from self._attached(ctx, s)

    def _attached(self, ctx, s: Settings) -> Iterator[Violation]:
        """A speech issued as an attachment under a neutral word (现将……有关材料印发给你们 / 附件：1．××同志在……
        会议上的讲话): the 附件说明 names it; once, at its item."""
        gw = ctx.gw
        if not s.issue_verbs:
            return
        # listed after the sentence that hands them down (现将培训班有关材料印送你们 + 序号|材料名称|页数)
        for ln, item in handed_items(ctx, s.issue_verbs):
            if self._is_speech(s, item):
                verb = next((v for v in s.issue_verbs if any(v in ctx.reading(k) for k in issuing_lines(ctx, [v]))),
                            s.issue_verbs[0])
                text = ctx.reading(ln)
                at = max(0, text.find(item))
                yield Violation(self._message(verb, item, "（见所列材料）"), line=ln, start=at,
                                end=min(len(text), at + len(item)), data={"verb": verb, "speech": item,
                                                                          "where": "list"})
                return
        note = gw.attachment_note
        if note is None:
            return
        texts = [ctx.reading(ln) for ln in ([*gw.title.lines] if gw.title else []) + list(gw.body_lines)]
        verb = next((v for v in s.issue_verbs if any(v in t for t in texts)), None)
        speech = next((n for n in gw.attachment_names if self._is_speech(s, n.rstrip("。；;，,"))), None)
        if verb is None or speech is None:
            return
        for ln in note.lines:
            text = ctx.reading(ln)
            at = text.find(speech[:8])
            if at >= 0:
                yield Violation(self._message(verb, speech.rstrip("。；;，,"), "（见附件说明）"), line=ln, start=at,
                                end=min(len(text), at + len(speech)), data={"verb": verb, "speech": speech,
                                                                             "where": "attachment"})
                return

    @staticmethod
    def _message(verb: str, obj: str, where: str) -> str:
        return (f"本文{verb}领导讲话“{obj}”{where}。领导同志在重要或综合性会议上的讲话已印发会议材料或已公开发表、摘要发表的，"
                f"原则上不再印发文件：请确认后不再发文（可告知会议材料或公开发表的出处），确需部署工作的另行起草通知写明任务。")

    @staticmethod
    def _is_speech(s: Settings, obj: str) -> bool:
        obj = obj.strip(" \u3000《》“”")
        if not s.speech_pattern or not re.search(f"(?:{s.speech_pattern})$", obj):
            return False
        if s.speaker_pattern and re.search(s.speaker_pattern, obj):
            return True
        # 典型发言 of the localities at a meeting is no leader's speech: these need a speaker
        if any(obj.endswith(w) for w in s.speaker_only_endings):
            return False
        return bool(s.meeting_pattern and re.search(s.meeting_pattern, obj))

    def _speech_in(self, s: Settings, obj: str) -> str | None:
        """The speech among the documents issued together (××同志的讲话和《工作要点》), or None."""
        parts = [p for p in _CONJUNCT.split(obj) if p]
        for part in parts if len(parts) > 1 else ():
            if self._is_speech(s, part):
                return part.strip("《》")
        return obj.strip("《》") if self._is_speech(s, obj) else None

    def _title(self, ctx, s: Settings):
        title = ctx.gw.title
        if title is None or not s.issue_verbs:
            return None
        verbs = "|".join(map(re.escape, s.issue_verbs))
        m = re.search(rf"(?P<verb>{verbs})(?P<obj>.{{2,120}}?)(?:的(?:通知|函|通报|意见)|》?$)", title.text)
        if not m or not self._is_speech(s, m.group("obj")):
            return None
        obj = m.group("obj").strip("《》")
        for ln in title.lines:
            line_text = ctx.reading(ln)
            if line_text.find(obj[:8]) >= 0:
                return ln, 0, len(line_text), m.group("verb"), obj
        return title.lines[0], 0, None, m.group("verb"), obj

    def _sentence(self, s: Settings, sent: Sent, told: str | None = None) -> tuple[str, str] | None:
        manner_rx = re.compile(f"(?:{s.object_manner_pattern})$") if s.object_manner_pattern else None
        manners = sorted(s.object_manner_suffixes, key=len, reverse=True)
        past = set(s.meeting_material_before)
        for a, b, verb in sent_words(sent, s.issue_verbs):
            if dm.negated(s, sent, a) or dm.reported(sent, dm.clause_starts(sent, a)):
                continue
            # 印发的讲话 (attributive), 印发了 (done), 会上已印发 (meeting materials): not this document
            if sent.text.startswith(tuple(s.not_issue_after), b) or _adjacent_before(sent, a, 2) & past:
                continue
            # 1) 将 <speech> (予以) 印发：the object sits between 将/把 and the verb (same sentence)
            lead = [t for t in sent.tokens if sent.start <= t.start and t.end <= a and t.text in ("将", "把")]
            if lead:
                obj = sent.text[lead[-1].end:a].strip(" \u3000，")
                for w in manners:
                    obj = obj.removesuffix(w)
                if manner_rx is not None:
                    obj = manner_rx.sub("", obj)
                speech = self._speech_in(s, obj) or self._named_before(s, sent, a, obj, told)
                if speech is not None:
                    return verb, speech
            # 2) 印发 <speech>：the object runs to the end of the clause
            _ca, ce = clause_of(sent, a)
            obj = sent.text[b:ce].rstrip("，,。；;：: \u3000")
            obj = re.sub(r"给(?:你们|各位|你单位|各单位)$", "", obj)
            if obj.startswith(("给", "至")) or any(obj.rstrip("》").endswith(w) for w in s.not_object_after):
                continue
            speech = self._speech_in(s, obj) or self._named_before(s, sent, a, obj, told)
            if speech is not None:
                return verb, speech
        return None

    @staticmethod
    def _named_before(s: Settings, sent: Sent, pos: int, obj: str, told: str | None = None) -> str | None:
        """A bare 讲话 (该讲话, 讲话全文) that points back to the speech a leader gave, told earlier in the
        paragraph (会上，县长泽仁多吉同志作了讲话，现将讲话印发给你们) or in an earlier one (``told``): that
        leader's speech."""
        if not s.speaker_pattern or not _ANAPHORIC_SPEECH.fullmatch(obj.strip(" \u3000《》“”")):
            return None
        return _told_speech(s, sent.text[:pos]) or told


def _told_speech(s: Settings, text: str) -> str | None:
    """The speech a leader is told to have given in ``text`` (县长……同志作了讲话; 厅长……作了题为《……》的讲话;
    市委书记……发表重要讲话), or None."""
    if not s.speaker_pattern:
        return None
    # 出席会议并讲话, 到会讲话, 在会上作动员讲话: the speech given at the meeting, as much as 作了讲话
    # 并就……工作作动员部署, 作出部署, 致辞: the speech given under another word is the speech too
    told = re.search(rf"(?:{s.speaker_pattern})[^。；]{{0,16}}?(?:就(?![业医学读诊])[^。；]{{1,24}}?)?(?:(?:出席|参加)(?:会议|大会)?并|到会并?|在会上)?"
                     rf"(?:(?:作了|作出|作|发表了|发表)?(?:题为《[^》]{{1,40}}》的)?(?:重要|重要的)?(?:动员|总结|部署|专题)?讲话"
                     rf"|(?<!工)(?:作了|作出|作)(?:重要|全面)?(?:动员|工作|总结)?部署|(?<!工)(?:作了|作)(?:动员|总结)(?![部讲])|致辞)", text)
    if not told:
        return None
    # 张三副市长出席……: the pattern starts at the title word; the name and 副 before it, back to the clause's
    # start, name the speaker too
    a = told.start()
    lo = max(0, a - 12)
    cut = max((i + 1 for i in range(lo, a) if text[i] in "，。；：,;:\n"), default=lo)
    return text[cut:told.end()]


# a speech named by a word that points back (讲话, 该讲话, 上述讲话, 讲话全文, 动员讲话, 讲话要点): whose it is
# was told before
_ANAPHORIC_SPEECH = re.compile(r"(?:该|此|上述|这篇|这个|其)?(?:重要|动员|总结|部署|专题)?讲话"
                               r"(?:全文|稿|文稿|材料|要点|摘要|提纲){0,2}")


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

"""GW703 title-format — 标题 (条例第八、九条; GB/T 9704-2012 7.3.1; GB/T 15834-2011 4.15)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.elements import forwards, title_type
from ...analysis.positions import END_PUNCT as _END_PUNCT
from ...analysis.positions import INNER_PUNCT as _INNER_PUNCT
from ...analysis.positions import find_in_lines, title_end_marks, unrecognised_title
from ...findings import UNSAFE, Edit, Fix, Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_9704, BASIS_RULES

_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_BOOK = re.compile(r"《([^《》]{1,80})》")


@dataclass(frozen=True)
class Settings(RuleSettings):
    doc_types: list[str] = field(default_factory=list)  # the 15 文种 (lexicon)
    doc_type_variants: dict = field(default_factory=dict)  # 复函 → 函 …
    accepted_title_endings: list[str] = field(default_factory=list)  # 答复
    non_doc_types: list[str] = field(default_factory=list)  # 方案, 办法 … (lexicon)
    redundant: list[dict] = field(default_factory=list)  # {doc_type, word}: 关于对……的批复
    mixed_types: list[str] = field(default_factory=list)  # 请示报告
    doubled_re: list[Regex] = field(default_factory=list)  # ……的请示的批复
    opinion_verbs: list[str] = field(default_factory=list)  # 征求……的意见的函: 意见 is a noun
    activity_endings: list[str] = field(default_factory=list)  # 《…》 around these is wrong
    document_endings: list[str] = field(default_factory=list)  # … never around these
    work_endings: list[str] = field(default_factory=list)  # 民法典, 红楼梦记: works, not activities
    work_verbs: list[str] = field(default_factory=list)  # 《…》宣传活动: an activity about a work
    theme_words: list[str] = field(default_factory=list)  # 《…》主题宣传活动: the name is the activity's theme
    theme_work_verbs: list[str] = field(default_factory=list)  # 《…》主题观影活动: a work as the theme
    event_suffixes: list[str] = field(default_factory=list)  # 节, 季: …阅读节, 读书季 name an event
    non_event_words: list[str] = field(default_factory=list)  # 环节, 季节: words ending so, not events

    def endings(self) -> tuple[str, ...]:
        cands = set(self.doc_type_variants) | set(self.accepted_title_endings) | set(self.doc_types) \
            | set(self.non_doc_types)
        return tuple(sorted(cands, key=lambda w: (-len(w), w)))


def _title_spans(ctx, el) -> list[tuple[int, int, int]]:
    """(line, start, end) of each title line, whitespace trimmed."""
    out = []
    for ln in el.lines:
        t = ctx.text(ln)
        out.append((ln, len(t) - len(t.lstrip()), len(t.rstrip())))
    return out


class TitleFormat(Rule):
    """GW703.  The issuer-less title ("关于……的通知" with no 版头 either) is only an
    info: 条例第九条 names the 发文机关 as part of the title, but a document printed
    under its 版头 commonly leaves it out, and most drafts get the 版头 at printing."""

    code = "GW703"
    name = "title-format"
    severity = "warning"
    basis = f"{BASIS_RULES}第八、九条；{BASIS_9704} 7.3.1；GB/T 15834-2011 4.15"
    summary = ("检查公文标题：由发文机关、事由和文种组成，文种为条例规定的15种之一，末尾不加标点，不出现“关于对……的批复”"
               "“关于请求……的请示”、文种叠用等错误；书名号只用于法规、文件等名称，不用于会议、活动名称。")
    why = ("条例第九条：标题由发文机关名称、事由和文种组成；第八条规定了决议、决定、命令（令）、公报、公告、通告、意见、通知、"
           "通报、报告、请示、批复、议案、函、纪要15种文种。方案、办法、规定等不是文种，应以“关于印发……的通知”发布。"
           "标题末尾不加标点；“关于对……的批复”中的“对”、“关于请求……的请示”中的“请求”与文种语义重复；"
           "“……请示报告”“……报告的请示”混用文种。GB/T 15834-2011 4.15：书名号用于书名、篇名、文件名等作品名称，"
           "会议、活动等名称不用书名号（可用引号）。标题缺少发文机关名称、又没有版头的，提示补上（提示级）。")
    bad = "江西省人民政府关于对南昌市调整行政区划的请示的批复。"
    good = "江西省人民政府关于南昌市调整行政区划的批复"
    fix_title = "按“发文机关＋关于＋事由＋的＋文种”改写标题"
    Settings = Settings
    data_file = "rules/gw703.toml"
    examples = (
        Example("各设区市要加强春耕生产组织工作。", fires=True,
                title="江西省农业农村厅关于做好2026年春耕生产工作的方案", note="方案不是法定文种"),
        Example("各设区市要加强春耕生产组织工作。", fires=True,
                title="江西省农业农村厅关于做好2026年春耕生产工作的通知。", note="标题末尾加了句号"),
        Example("各设区市要加强春耕生产组织工作。", fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            found = unrecognised_title(ctx)
            if found:
                ln, a, b = found
                yield Violation(f"标题末尾不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                                fix=Fix.replace(ln, a, b, "", "删除标题末尾的标点"))
            return
        s: Settings = ctx.settings(type(self))
        title = gw.title.text
        spans = _title_spans(ctx, gw.title)
        for ln, a, b in title_end_marks(ctx):
            yield Violation(f"标题末尾不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, "", "删除标题末尾的标点"))
            title = _END_PUNCT.sub("", title)
        inner = _INNER_PUNCT.search(title)
        if inner:
            pos = find_in_lines(ctx, gw.title, inner.group(0))
            if pos:
                yield Violation(f"标题中不应使用“{inner.group(0)}”，标题一般只用书名号、引号、顿号等。",
                                pos[0], pos[1], pos[1] + 1)
        yield from self._book_marks(ctx, title, s)
        if gw.issuer_mark is None and title.startswith("关于"):
            ln, a, _ = spans[0]
            yield Violation("标题缺少发文机关名称。条例第九条规定标题由发文机关名称、事由和文种组成；"
                            "正式印发时如有版头（发文机关标志）可按惯例省略，否则应在“关于”前写明发文机关。",
                            ln, a, a + 2, severity="info")
        issued_by_order = gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")
        dtype = title_type(title, s.endings(), tuple(s.non_doc_types))
        if dtype is None and not issued_by_order:
            ln, a, b = spans[-1]
            yield Violation("标题缺少文种：应以条例规定的文种结尾（如“……的通知”“……的意见”）。",
                            ln, a, b)
        elif dtype in s.non_doc_types and not issued_by_order:
            yield Violation(f"“{dtype}”不是法定文种（条例第八条规定15种）。应以“关于印发……{dtype}的通知”等形式发文。",
                            spans[0][0], spans[0][1], None)
        for red in s.redundant:
            if dtype != red["doc_type"]:
                continue
            word = red["word"]
            pos = find_in_lines(ctx, gw.title, "关于" + word)
            if pos:
                ln, k = pos
                a, b = k + 2, k + 2 + len(word)
                yield Violation(f"“关于{word}……的{dtype}”中的“{word}”与文种“{dtype}”语义重复，应删去。", ln, a, b,
                                fix=Fix.replace(ln, a, b, "", f"删去“{word}”", applicability=UNSAFE))
                break
        mixed = next((t for t in s.mixed_types if title.endswith(t)), None)
        if mixed:
            pos = find_in_lines(ctx, gw.title, mixed)
            if pos:
                advice = "请示事项应单独行文" if "报告" in mixed and "请示" in mixed else "请按行文目的和行文关系选定一个文种"
                yield Violation(f"“{mixed}”混用文种：一份公文只用一个文种，{advice}。",
                                pos[0], pos[1], pos[1] + len(mixed))
        elif not forwards(title):
            dbl = next((m for m in (re.search(r, title) for r in s.doubled_re) if m), None)
            if dbl and not (dbl.group(1) == "意见" and any(v in title for v in s.opinion_verbs)):
                pos = find_in_lines(ctx, gw.title, dbl.group(0))
                ln, k = pos if pos else (spans[0][0], spans[0][1])
                yield Violation(f"标题文种叠用（“{dbl.group(0)}”），一份公文只用一个文种。", ln, k,
                                k + len(dbl.group(0)) if pos else None)

    @staticmethod
    def _names_activity(tail: str, s: Settings) -> bool:
        """《最美敬老院》评选活动: the words after the mark up to the 文种 are an
        activity's kind, so the marked name is the activity's own — unless they start
        by acting on a work (《民法典》宣传活动, 《红楼梦》读书竞赛)."""
        phrase = re.split(r"[《和及与、]", tail, maxsplit=1)[0]
        phrase = re.sub(r"的?(" + "|".join(map(re.escape, s.doc_types)) + r")$", "", phrase)
        if not phrase or not (phrase.endswith(tuple(s.activity_endings)) or TitleFormat._event(phrase, s)):
            return False
        theme = next((w for w in s.theme_words if phrase.startswith(w)), None)
        if theme:  # a slogan as the theme (《文明交通进万家》主题宣传活动), unless a work is watched or read
            return not phrase[len(theme):].startswith(tuple(s.theme_work_verbs))
        verb = next((v for v in s.work_verbs if phrase.startswith(v)), None)
        # 《悦读·成长》读书季活动: the verb makes the event's own noun (读书季, 阅读节), it reads no work
        return verb is None or phrase[len(verb):].startswith(tuple(s.event_suffixes))

    @staticmethod
    def _event(phrase: str, s: Settings) -> bool:
        """第三届全民阅读节, 非遗展演季: a festival or season held under the marked name."""
        return any(phrase.endswith(x) and len(phrase) > len(x) + 1 for x in s.event_suffixes) \
            and not phrase.endswith(tuple(s.non_event_words))

    def _book_marks(self, ctx, title: str, s: Settings) -> Iterator[Violation]:
        """《…》 around a meeting or activity name (not a work or a document)."""
        for m in _BOOK.finditer(title):
            core = _TRAILING_NOTE.sub("", m.group(1)).strip()
            if core.endswith(tuple(s.document_endings)) or core.endswith(tuple(s.work_endings)):
                continue
            # the marked name itself a festival or season (《2026年冰城全民阅读节》): an event, not a work
            if not core.endswith(tuple(s.activity_endings)) and not self._event(core, s) \
                    and not self._names_activity(title[m.end():], s):
                continue
            pos = find_in_lines(ctx, ctx.gw.title, m.group(0))
            if pos is None:
                continue  # the name wraps over two lines: no exact span
            ln, k = pos
            end = k + len(m.group(0))
            # one fix per mark, so a word fix inside the name never overlaps (see GW801)
            fix = Fix([Edit(ln, k, k + 1, "“"), Edit(ln, end - 1, end, "”")], "书名号改为引号", applicability=UNSAFE)
            yield Violation(f"“{m.group(1)}”是会议或活动名称，不是文件、作品名称，不用书名号；需要时可用引号：“{m.group(1)}”。",
                            ln, k, end, fix=fix)

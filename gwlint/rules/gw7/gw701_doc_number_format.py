"""GW701 doc-number-format — 发文字号 and cited 文号 (GB/T 9704-2012 7.2.4)."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.elements import DOCNO_ANY, RIGHT_BRACKETS, may_hold_docno
from ...findings import Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704

_LEFT_OK, _RIGHT_OK = RIGHT_BRACKETS
# Cited numbers with wrong brackets are only believed when the 代字 looks like one.
_DAIZI_END = re.compile(r"(发|函|字|电|规|办|令|复|文|通|呈|报|综|政)$")
# DOCNO_ANY's lazy 代字 starts at the first Han character of a run ("根据国办发"):
# the 代字 proper begins after the last of these words/characters.
_BEFORE_DAIZI = re.compile(r"^.*(?:文件|印发|转发|[你贵][局厅市县区委部办省府院所处室]|[据照按依于见和及与的将把对为在是由])")
# 你局黄民[2007]42号文收悉, 贵厅……号函收悉: the reply's opening names the number of the document it answers
_ANSWERED = re.compile(r"\s*(?:文|请示|报告|函|来函|呈文)?\s*(?:已)?收悉")


def docno_problems(m: re.Match) -> tuple[list[str], str | None]:
    """What is wrong with one 文号 match, and the corrected text from the opening
    bracket on (None = no sure fix)."""
    problems: list[str] = []
    year, serial = m.group("year"), m.group("serial")
    fix_ok = True
    if m.group("lb") != _LEFT_OK or m.group("rb") != _RIGHT_OK:
        problems.append(f"年份应使用六角括号“〔〕”，不用“{m.group('lb')}{m.group('rb')}”")
    if m.group("nian"):
        problems.append("年份后不加“年”字")
    if len(year) != 4:
        problems.append(f"年份应标全称（四位），不应写作“{year}”")
        fix_ok = False
    if m.group("di"):
        problems.append("序号前不加“第”")
    if serial.startswith("0"):
        problems.append(f"序号不编虚位（“{serial}”应为“{serial.lstrip('0') or '0'}”）")
        if not serial.lstrip("0"):
            fix_ok = False
    if not m.group("hao"):
        problems.append("序号后应加“号”")
    if not problems and re.search(r"\s", m.group(0)):
        problems.append("文号中不应有空格")
    if not problems:
        return [], None
    return problems, (f"〔{year}〕{serial.lstrip('0')}号" if fix_ok else None)


def _after_title(m: re.Match) -> bool:
    """The number stands in brackets right after a cited title (《…》（黔水运管（2025）31号）): the
    citation form of GB/T 9704, a 文号 whatever its 代字 ends with."""
    return m.string[:daizi_start(m)].endswith(_CITED)


_CITED = ("》（", "》(")


def daizi_start(m: re.Match) -> int:
    """Offset where the 机关代字 of a DOCNO_ANY match begins."""
    cut = _BEFORE_DAIZI.match(m.group("org"))
    return m.start() + (cut.end() if cut and cut.end() < len(m.group("org")) else 0)


class DocNumberFormat(Rule):
    code = "GW701"
    name = "doc-number-format"
    severity = "error"
    basis = f"{BASIS_9704} 7.2.4"
    summary = "检查发文字号及正文中引用的文号：机关代字＋〔年份〕＋序号＋号，年份用六角括号且标全称，序号不加“第”、不编虚位。"
    why = ("GB/T 9704-2012 7.2.4：“发文字号由发文机关代字、年份、发文顺序号组成。年份、发文顺序号用阿拉伯数字标注；"
           "年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字。”"
           "引用公文时先引标题、后引文号，文号同样按此书写。批复、复函开头“你局黄民[2007]42号文收悉”“贵厅……号函已收悉”中所答复来文的文号，"
           "不论机关代字以什么字结尾，同样检查。")
    bad = "赣府厅字[2019]第05号"
    good = "赣府厅字〔2019〕5号"
    fix_title = "改为“机关代字〔四位年份〕序号号”"
    Settings = NoSettings
    examples = (
        Example("根据《江西省人民政府关于精简文件简报的通知》（赣府发[2019]第03号）精神，现就有关事项通知如下。",
                fires=True, note="引用的文号用了方括号、“第”和虚位"),
        Example("根据《江西省人民政府关于精简文件简报的通知》（赣府发〔2019〕3号）精神，现就有关事项通知如下。",
                fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        skip = set(gw.noise_lines)
        if gw.doc_number is not None and len(gw.doc_number.lines) > 1:
            # a 文号 over cells of a 版头 table (赣府字[2026] | 012号): judged whole, shown on its first line
            skip.update(gw.doc_number.lines)
            first = ctx.text(gw.doc_number.line)
            m = DOCNO_ANY.search("".join(ctx.text(k) for k in gw.doc_number.lines))
            if m and not gw.doc_number.order:
                for v in self._report(m, gw.doc_number.line, own=True):
                    yield Violation(v.message, v.line, min(v.start, len(first)), len(first), data=v.data)
        elif gw.doc_number is not None:
            own_line = gw.doc_number.line
            skip.add(own_line)
            m = DOCNO_ANY.search(ctx.text(own_line))
            # a 令 is numbered 第N号 by design
            if m and not gw.doc_number.order:
                yield from self._report(m, own_line, own=True)
        for p in ctx.doc.paragraphs:
            if p.line in skip or not may_hold_docno(p.text):
                continue
            for m in DOCNO_ANY.finditer(p.text):
                if m.group("lb") != _LEFT_OK or m.group("rb") != _RIGHT_OK:
                    # wrong brackets: believed only for a 代字-like name followed by 号
                    if not (m.group("hao") and (_DAIZI_END.search(m.group("org")) or _after_title(m)
                                                or _ANSWERED.match(p.text, m.end()))):
                        continue
                elif len(m.group("year")) != 4 and not m.group("hao"):
                    continue
                yield from self._report(m, p.line, own=False)

    def _report(self, m: re.Match, line: int, *, own: bool) -> Iterator[Violation]:
        problems, fixed = docno_problems(m)
        if not problems:
            return
        a = daizi_start(m)
        shown = m.string[a:m.end()]
        what = "发文字号" if own else "引用的文号"
        msg = f"{what}“{shown}”不规范：{'；'.join(problems)}。"
        fix = None
        if fixed:
            msg += f"应为“{m.string[a:m.start('lb')]}{fixed}”。"
            fix = Fix.replace(line, m.start("lb"), m.end(), fixed, self.fix_title)
        yield Violation(msg, line, a, m.end(), fix=fix, data={"own": own, "problems": problems})

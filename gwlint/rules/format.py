"""Family 7 — 格式 (GB/T 9704-2012《党政机关公文格式》, 《党政机关公文处理工作条例》).

basis: GB/T 9704-2012 §7 (要素编排), §5 (版面); 《党政机关公文处理工作条例》第八、九、十五条
source: ../shared/spec/domain-gongwen.md §1, §2; data in dictionaries/format.toml

Rules work on the recognised structure (:mod:`gwlint.structure`), so a .txt,
.pdf or .docx draft gives the same findings; only GW707 reads layout, which
only .docx carries.  Every finding with one obvious correction carries a
:class:`~gwlint.findings.Fix` whose span is exact within its paragraph and as
small as the correction (the bracket and serial of a 文号, the mark after a
序号); a finding with several corrections (《…》 → “…” in a title) has one fix
with several edits.  Marks that a rule here
deletes or replaces are left out of GW801 (:func:`marks_fixed_by_format`), so no
two fixes of families 7–8 cover the same character.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Iterator

from ..findings import UNSAFE, Edit, Fix, Violation
from .base import Rule

BASIS_9704 = "GB/T 9704-2012《党政机关公文格式》"
BASIS_RULES = "《党政机关公文处理工作条例》"


@lru_cache(maxsize=1)
def fmt_data() -> dict:
    from ..data import load_toml

    return load_toml("format.toml")


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern:
    """Compiled regex of a pattern kept in format.toml."""
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _forwarding_rx() -> re.Pattern:
    return re.compile("|".join(map(re.escape, fmt_data()["forwarding_verbs"])))


def _standard_since() -> _dt.date:
    return _dt.date.fromisoformat(fmt_data()["date_standard_since"])


def old_standard(ctx) -> bool:
    """The document is dated before GB/T 9704-2012 took effect."""
    d = ctx.gw.date_value
    return d is not None and d < _standard_since()


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" \u3000\t"))


# ------------------------------------------------------------------ 文号
# A 文号: 机关代字, a bracketed year, an optional 第, the serial and 号.
DOCNO_ANY = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,16}?)(?P<lb>[〔\[【（(［{])\s*(?P<year>\d{2,4})\s*(?P<rb>[〕\]】）)］}])"
    r"\s*(?P<di>第)?\s*(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)
# Cited numbers with wrong brackets are only believed when the 代字 looks like one.
_DAIZI_END = re.compile(r"(发|函|字|电|规|办|令|复|文|通|呈|报|综|政)$")
_LEFT_OK, _RIGHT_OK = "〔", "〕"
# DOCNO_ANY's lazy 代字 starts at the first Han character of a run ("根据国办发"):
# the 代字 proper begins after the last of these words/characters.
_BEFORE_DAIZI = re.compile(r"^.*(?:文件|印发|转发|[据照按依于见和及与的将把对为在是由])")


def docno_problems(m: re.Match) -> tuple[list[str], str | None]:
    """What is wrong with one 文号 match, and the corrected text from the opening
    bracket on (None = no sure fix)."""
    problems: list[str] = []
    year, serial = m.group("year"), m.group("serial")
    fix_ok = True
    if m.group("lb") != _LEFT_OK or m.group("rb") != _RIGHT_OK:
        problems.append(f"年份应使用六角括号“〔〕”，不用“{m.group('lb')}{m.group('rb')}”")
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
           "引用公文时先引标题、后引文号，文号同样按此书写。")
    bad = "赣府厅字[2019]第05号"
    good = "赣府厅字〔2019〕5号"
    fix_title = "改为“机关代字〔四位年份〕序号号”"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        skip = set(gw.noise_lines)
        if gw.doc_number is not None:
            own_line = gw.doc_number.line
            skip.add(own_line)
            m = DOCNO_ANY.search(ctx.text(own_line))
            # a 令 is numbered 第N号 by design
            if m and not re.fullmatch(r"第\s*\d+\s*号", gw.doc_number.text):
                yield from self._report(m, own_line, own=True)
        for p in ctx.doc.paragraphs:
            if p.line in skip:
                continue
            for m in DOCNO_ANY.finditer(p.text):
                if m.group("lb") != _LEFT_OK or m.group("rb") != _RIGHT_OK:
                    # wrong brackets: believed only for a 代字-like name followed by 号
                    if not (m.group("hao") and _DAIZI_END.search(m.group("org"))):
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


# ------------------------------------------------------------------ 成文日期
_CN_DATE = re.compile(r"[〇零一二三四五六七八九十○Ｏ]")
_OTHER_DATE = re.compile(r"^\s*(?P<y>\d{4})\s*[-./／]\s*(?P<m>\d{1,2})\s*[-./／]\s*(?P<d>\d{1,2})\s*$")
_ARABIC_DATE = re.compile(r"(?P<y>\d{2,4})(?P<s1>\s*年\s*)(?P<m>\d{1,2})(?P<s2>\s*月\s*)(?P<d>\d{1,2})(?P<s3>\s*日)")


def _date_text(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class DateFormat(Rule):
    code = "GW702"
    name = "date-format"
    severity = "error"
    basis = f"{BASIS_9704} 7.3.5.4"
    summary = "检查成文日期：用阿拉伯数字标全年、月、日，年份标全称，月、日不编虚位，且是真实存在的日期。"
    why = ("GB/T 9704-2012 7.3.5.4：成文日期“用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）”。"
           "2012年7月1日以前施行的旧标准使用汉字日期（如“二〇〇四年八月十二日”），此前的公文不按此条检查。")
    bad = "2019年02月05日"
    good = "2019年2月5日"
    fix_title = "改为“2019年2月5日”式的阿拉伯数字日期"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.date is None:
            yield from self._other_forms(ctx)
            return
        line = gw.date.line
        text = ctx.text(line)
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        span = (lead, lead + len(stripped))
        value = gw.date_value
        if _CN_DATE.search(stripped):
            if value is not None and value < _standard_since():
                return
            if value is None:
                yield Violation(f"成文日期“{stripped}”不是有效日期，且应使用阿拉伯数字。", line, *span)
                return
            good = _date_text(value)
            yield Violation(f"成文日期“{stripped}”应使用阿拉伯数字，写作“{good}”。", line, *span,
                            fix=Fix.replace(line, span[0], span[1], good, self.fix_title))
            return
        m = _ARABIC_DATE.search(text)
        if m is None:
            return
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if len(y) != 4:
            yield Violation(f"成文日期“{stripped}”的年份应标全称（四位数字）。", line, m.start(), m.end())
            return
        try:
            real = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            yield Violation(f"成文日期“{stripped}”不是真实存在的日期，请核对。", line, m.start(), m.end())
            return
        problems = []
        if mo.startswith("0") or d.startswith("0"):
            problems.append("月、日不编虚位")
        if any(m.group(g).strip() != m.group(g) for g in ("s1", "s2", "s3")):
            problems.append("年月日之间不加空格")
        if problems:
            good = _date_text(real)
            yield Violation(f"成文日期“{m.group(0)}”不规范（{'，'.join(problems)}），应为“{good}”。",
                            line, m.start(), m.end(), fix=Fix.replace(line, m.start(), m.end(), good, self.fix_title))

    def _other_forms(self, ctx) -> Iterator[Violation]:
        """A date written 2019-02-25 / 2019.2.25 where the 成文日期 belongs."""
        gw = ctx.gw
        if gw.title is None:
            return
        lines = list(gw.body_lines[-4:])
        if gw.signature is not None:
            lines.append(gw.signature.lines[-1] + 1)
        for ln in lines:
            if ln > len(ctx.doc.paragraphs):
                continue
            text = ctx.text(ln)
            m = _OTHER_DATE.match(text)
            if not m:
                continue
            try:
                real = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                yield Violation(f"成文日期“{text.strip()}”不是真实存在的日期。", ln)
                continue
            a = len(text) - len(text.lstrip())
            b = len(text.rstrip())
            good = _date_text(real)
            yield Violation(f"成文日期“{text.strip()}”应写作“{good}”（用“年月日”标全）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, good, self.fix_title))
            return


# ------------------------------------------------------------------ 标题
_END_PUNCT = re.compile(r"[。，、：；！？,.:;!?]+$")
_INNER_PUNCT = re.compile(r"[。；！？]")
_TITLE_LIKE = re.compile(r"(关于|印发|转发|批转).{2,}的?(通知|通报|意见|决定|决议|公告|通告|报告|请示|批复|议案|函|纪要)$")
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_BOOK = re.compile(r"《([^《》]{1,80})》")


def _title_span(ctx, el) -> list[tuple[int, int, int]]:
    """(line, start, end) of each title line, whitespace trimmed."""
    out = []
    for ln in el.lines:
        t = ctx.text(ln)
        out.append((ln, len(t) - len(t.lstrip()), len(t.rstrip())))
    return out


def _find_in_lines(ctx, el, needle: str) -> tuple[int, int] | None:
    for ln in el.lines:
        k = ctx.text(ln).find(needle)
        if k >= 0:
            return ln, k
    return None


def title_end_marks(ctx) -> list[tuple[int, int, int]]:
    """(line, start, end) of punctuation GW703 deletes at the end of the title."""
    gw = ctx.gw
    if gw.title is not None:
        ln = gw.title.lines[-1]
        text = ctx.text(ln).rstrip()
        m = _END_PUNCT.search(text)
        return [(ln, m.start(), m.end())] if m else []
    found = _unrecognised_title(ctx)
    return [found] if found else []


def _unrecognised_title(ctx) -> tuple[int, int, int] | None:
    """A title ending in punctuation is not recognised as a title: look for it among
    the first lines.  Returns the span of the end punctuation."""
    noise = set(ctx.gw.noise_lines)
    seen = 0
    for p in ctx.doc.paragraphs[:6]:
        if p.line in noise or not p.text.strip():
            continue
        seen += 1
        if seen > 3:
            break
        text = p.text.rstrip()
        m = _END_PUNCT.search(text)
        if m and len(text) <= 160 and _TITLE_LIKE.search(text[:m.start()].strip()) \
                and not _INNER_PUNCT.search(text[:m.start()]):
            return p.line, m.start(), m.end()
    return None


@lru_cache(maxsize=1)
def _title_types() -> tuple[str, ...]:
    data = fmt_data()
    cands = list(data["doc_type_variants"]) + data["accepted_title_endings"] + data["doc_types"] + \
        data["non_doc_types"]
    return tuple(sorted(set(cands), key=len, reverse=True))


def title_type(title: str) -> str | None:
    """The 文种 (or non-文种 name such as 方案) a title ends with; None for a notice
    that carries a 方案/办法 (关于印发……方案 is read as unfinished, not as a 方案)."""
    t = _TRAILING_NOTE.sub("", title)
    for typ in _title_types():
        if t.endswith(typ):
            if typ in fmt_data()["non_doc_types"] and _forwarding_rx().search(t):
                return None
            return typ
    return None


def _book_name_kind(name: str) -> str | None:
    """'activity' for a meeting/activity name, 'document' for a document name, else None."""
    data = fmt_data()["title"]
    core = _TRAILING_NOTE.sub("", name).strip()
    if core.endswith(tuple(data["document_endings"])):
        return "document"
    if core.endswith(tuple(data["activity_endings"])):
        return "activity"
    return None


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

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            found = _unrecognised_title(ctx)
            if found:
                ln, a, b = found
                yield Violation(f"标题末尾不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                                fix=Fix.replace(ln, a, b, "", "删除标题末尾的标点"))
            return
        data = fmt_data()
        tdata = data["title"]
        title = gw.title.text
        spans = _title_span(ctx, gw.title)
        for ln, a, b in title_end_marks(ctx):
            yield Violation(f"标题末尾不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, "", "删除标题末尾的标点"))
            title = _END_PUNCT.sub("", title)
        inner = _INNER_PUNCT.search(title)
        if inner:
            pos = _find_in_lines(ctx, gw.title, inner.group(0))
            if pos:
                yield Violation(f"标题中不应使用“{inner.group(0)}”，标题一般只用书名号、引号、顿号等。",
                                pos[0], pos[1], pos[1] + 1)
        yield from self._book_marks(ctx, title)
        if gw.issuer_mark is None and title.startswith("关于"):
            ln, a, _ = spans[0]
            yield Violation("标题缺少发文机关名称。条例第九条规定标题由发文机关名称、事由和文种组成；"
                            "正式印发时如有版头（发文机关标志）可按惯例省略，否则应在“关于”前写明发文机关。",
                            ln, a, a + 2, severity="info")
        issued_by_order = gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")
        dtype = title_type(title)
        if dtype in data["non_doc_types"] and not issued_by_order:
            yield Violation(f"“{dtype}”不是法定文种（条例第八条规定15种）。应以“关于印发……{dtype}的通知”等形式发文。",
                            spans[0][0], spans[0][1], None)
        for red in tdata["redundant"]:
            if dtype != red["doc_type"]:
                continue
            word = red["word"]
            pos = _find_in_lines(ctx, gw.title, "关于" + word)
            if pos:
                ln, k = pos
                a, b = k + 2, k + 2 + len(word)
                yield Violation(f"“关于{word}……的{dtype}”中的“{word}”与文种“{dtype}”语义重复，应删去。", ln, a, b,
                                fix=Fix.replace(ln, a, b, "", f"删去“{word}”", applicability=UNSAFE))
                break
        mixed = next((t for t in tdata["mixed_types"] if title.endswith(t)), None)
        if mixed:
            pos = _find_in_lines(ctx, gw.title, mixed)
            if pos:
                yield Violation(f"“{mixed}”混用文种：请示与报告是不同文种，请示事项应单独行文。",
                                pos[0], pos[1], pos[1] + len(mixed))
        elif not _forwarding_rx().search(title):
            dbl = next((m for m in (re.search(r, title) for r in tdata["doubled_re"]) if m), None)
            if dbl and not (dbl.group(1) == "意见" and any(v in title for v in tdata["opinion_verbs"])):
                pos = _find_in_lines(ctx, gw.title, dbl.group(0))
                ln, k = pos if pos else (spans[0][0], spans[0][1])
                yield Violation(f"标题文种叠用（“{dbl.group(0)}”），一份公文只用一个文种。", ln, k,
                                k + len(dbl.group(0)) if pos else None)

    def _book_marks(self, ctx, title: str) -> Iterator[Violation]:
        """《…》 around a meeting or activity name (not a work or a document)."""
        for m in _BOOK.finditer(title):
            if _book_name_kind(m.group(1)) != "activity":
                continue
            pos = _find_in_lines(ctx, ctx.gw.title, m.group(0))
            if pos is None:
                continue  # the name wraps over two lines: no exact span
            ln, k = pos
            end = k + len(m.group(0))
            # one fix per mark, so a word fix inside the name never overlaps (see GW801)
            fix = Fix([Edit(ln, k, k + 1, "“"), Edit(ln, end - 1, end, "”")], "书名号改为引号", applicability=UNSAFE)
            yield Violation(f"“{m.group(1)}”是会议或活动名称，不是文件、作品名称，不用书名号；需要时可用引号：“{m.group(1)}”。",
                            ln, k, end, fix=fix)


# ------------------------------------------------------------------ 主送
_BANJI_RECIPIENTS = re.compile(r"^\s*主\s*送\s*[：:]\s*")
_OPEN, _CLOSE = "（(〔【[", "）)〕】]"
_SEPARATORS = "、，；"
_WRONG_END = "，；。、,;."


def _split_top(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Items (start, end) of text[a:b] and the separators between them (offset, mark),
    splitting on 、，； outside brackets."""
    items, seps, depth, start = [], [], 0, a
    for i in range(a, b):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SEPARATORS:
            items.append((start, i))
            seps.append((i, ch))
            start = i + 1
    items.append((start, b))
    return items, seps


def recipient_end_mark(ctx) -> tuple[int, int] | None:
    """(line, offset) of the wrong mark GW704 turns into ： at the end of an
    unrecognised 主送 line (各市人民政府，省政府各部门。)."""
    gw = ctx.gw
    if gw.title is None or gw.recipients is not None or not gw.body_lines:
        return None
    ln = gw.body_lines[0]
    text = ctx.text(ln).rstrip()
    if len(text.strip()) < 3 or text[-1] not in _WRONG_END or re.search(r"[。；！？：:]", text[:-1]):
        return None
    data = fmt_data()["recipients"]
    items, _ = _split_top(text, _lead(text), len(text) - 1)
    org, frag = _rx(data["org_end_re"]), _rx(data["fragment_re"])
    names = [text[x:y].strip() for x, y in items]
    if not all(n and (org.search(n) or frag.match(n)) for n in names) or not org.search(names[-1]):
        return None
    return ln, len(text) - 1


class RecipientFormat(Rule):
    """GW704.  Separators inside 主送 follow practice (not GB/T 9704, which only
    fixes the final full-width colon): items of one class share 顿号, classes are
    split by 逗号 (各市、县（区）人民政府，省政府各部门).  Only two sure cases are
    reported: a 逗号 cutting a bare place word from the organ name it shares
    (各省，自治区……人民政府), and a 顿号 between a collective 各……人民政府 and a
    collective of departments or units.  Lists of single named organs
    (河北省人民政府、国家发展改革委) are left alone: official copies write them so.
    Half-width marks are GW801's."""

    code = "GW704"
    name = "recipient-format"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.2；{BASIS_RULES}第九条；GB/T 15834-2011 顿号、逗号"
    summary = ("检查主送机关：上行文和批复、函等必须有主送机关；最后一个机关名称后用全角冒号；同类机关之间用顿号、"
               "不同类机关之间用逗号，不用分号。")
    why = ("GB/T 9704-2012 7.3.2：主送机关编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。"
           "请示、报告、批复、函都有明确的受文机关，缺少主送机关会使公文无人办理。公文实务中，泛称主送机关时同类机关之间用顿号、"
           "不同类机关之间用逗号（各省、自治区、直辖市人民政府，国务院各部委、各直属机构：）。")
    bad = "各市，县（区）人民政府、省政府各部门"
    good = "各市、县（区）人民政府，省政府各部门："
    fix_title = "最后一个机关名称后加全角冒号“：”；同类机关之间用顿号，不同类机关之间用逗号"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            return
        if gw.recipients is not None:
            for ln in gw.recipients.lines:
                yield from self._separators(ctx, ln)
            return
        end = recipient_end_mark(ctx)
        if end is not None:
            ln, k = end
            mark = ctx.text(ln)[k]
            yield Violation(f"主送机关最后一个名称后应标全角冒号“：”，不用“{mark}”。", ln, k, k + 1,
                            fix=Fix.replace(ln, k, k + 1, "：", "改为全角冒号“：”"))
            return
        data = fmt_data()["recipients"]
        first = gw.body_lines[0] if gw.body_lines else None
        if first is not None:
            s = ctx.text(first).rstrip()
            if 2 <= len(s.strip()) <= 200 and not re.search(r"[。；！？：:]", s) and _rx(data["org_end_re"]).search(s) \
                    and (s.strip().startswith("各") or re.search(r"[，、,]", s) or len(s.strip()) <= 20):
                yield Violation("主送机关后应加全角冒号“：”。", first, len(s), len(s),
                                fix=Fix.replace(first, len(s), len(s), "：", "加全角冒号“：”"))
                return
        dtype = gw.doc_type or ""
        if any(dtype.endswith(t) for t in data["needs"]) and gw.body_lines:
            yield Violation(f"{dtype}应有主送机关（标题下一行顶格书写，末尾加全角冒号）。", gw.title.lines[-1])

    def _separators(self, ctx, ln: int) -> Iterator[Violation]:
        data = fmt_data()["recipients"]
        text = ctx.text(ln)
        head = _BANJI_RECIPIENTS.match(text)
        a = head.end() if head else _lead(text)
        b = len(text.rstrip())
        if head:
            b = len(text[:b].rstrip("。."))  # 主送 moved to the 版记 ends like 抄送, with 。
        elif b and text[b - 1] in "：:":
            b -= 1
            extra = re.search(r"[、，；]+$", text[a:b])
            if extra:
                x, y = a + extra.start(), a + extra.end()
                yield Violation(f"冒号前多了“{text[x:y]}”，最后一个主送机关名称后直接标冒号。", ln, x, y,
                                fix=Fix.replace(ln, x, y, "", "删去冒号前多余的标点"))
                b = x
        items, seps = _split_top(text, a, b)
        names = [text[x:y].strip() for x, y in items]
        org, frag = _rx(data["org_end_re"]), _rx(data["fragment_re"])
        gov, dept = _rx(data["government_re"]), _rx(data["department_re"])
        group_start = 0  # index of the first item of the current 逗号-separated group
        for j, (k, mark) in enumerate(seps):
            left, right = names[j], names[j + 1]
            if mark == "；":
                yield Violation("主送机关之间不用分号：同类机关之间用顿号，不同类机关之间用逗号。", ln, k, k + 1,
                                fix=Fix.replace(ln, k, k + 1, "，", "改为逗号"))
            elif mark == "，" and frag.match(left):
                owner = next((n for n in names[j + 1:] if not frag.match(n)), "")
                if org.search(owner):
                    yield Violation(f"“{left}”与后面的“{owner}”共用机关名称，是同一类主送机关，之间应用顿号“、”，不用逗号。",
                                    ln, k, k + 1, fix=Fix.replace(ln, k, k + 1, "、", "改为顿号"))
            elif mark == "、":
                collective = names[group_start].startswith("各")
                if (collective and gov.search(left) and dept.search(right)) or \
                        (dept.search(left) and right.startswith("各") and gov.search(right)):
                    group = text[items[group_start][0]:items[j][1]].strip()
                    yield Violation(f"“{group}”与“{right}”是不同类别的主送机关，之间应用逗号“，”（同类机关之间才用顿号）。",
                                    ln, k, k + 1, fix=Fix.replace(ln, k, k + 1, "，", "改为逗号"))
            if mark != "、":
                group_start = j + 1


# ------------------------------------------------------------------ 层次序数
_CN = "零一二三四五六七八九十"
_MARKER_NUMBER = re.compile(r"[零〇一二三四五六七八九十百]+|\d+")


def _cn_number(n: int) -> str:
    """Chinese numeral of 0–99 as used in 序号 (十一, 二十, 九十九); larger as digits."""
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + _CN[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _CN[tens] + "十" + (_CN[ones] if ones else "")
    return str(n)


def _marker_for(style: str, n: int) -> str:
    if style == "一、":
        return f"{_cn_number(n)}、"
    if style == "（一）":
        return f"（{_cn_number(n)}）"
    if style == "1.":
        return f"{n}."
    if style == "（1）":
        return f"（{n}）"
    if style == "第一条":
        return f"第{_cn_number(n)}条"
    if style == "第一章":
        return f"第{_cn_number(n)}章"
    return str(n)


class HeadingSequence(Rule):
    code = "GW705"
    name = "heading-sequence"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.3；GB/T 15834-2011 序次语"
    summary = "检查层次序数：“一、”“（一）”“1.”“（1）”逐级使用，同级序号连续、不重复、不跳号；带括号的序号和“1.”后不再加顿号。"
    why = ("GB/T 9704-2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。"
           "GB/T 15834-2011：阿拉伯数字序号后用下脚点“1.”；带括号的序号后不再加顿号或逗号。"
           "跳号、重号会让读者以为内容缺失。全文连续编号（如各部分下的条目1—21连续排列）不算跳号。")
    bad = "一、总体要求 …… 三、保障措施（缺“二、”）；（一）、加强领导"
    good = "一、总体要求 …… 二、保障措施；（一）加强领导"
    fix_title = "按顺序连续编号，删去序号后多余的标点"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        new_std = not old_standard(ctx)
        parts: dict[int, list] = {}
        for h in gw.headings:
            parts.setdefault(h.part, []).append(h)
            yield from self._marker(ctx, h, new_std)
        for heads in parts.values():
            yield from self._sequence(ctx, heads)

    def _marker(self, ctx, h, new_std: bool) -> Iterator[Violation]:
        # fixes touch only the wrong mark after the number, so a half-width bracket
        # of the same marker stays GW801's own one-character fix
        marker = h.marker
        a = _lead(ctx.text(h.line))
        b = a + len(marker)
        if h.style in ("（一）", "（1）") and re.search(r"[、，.．]$", marker):
            good = marker[:-1].replace("(", "（").replace(")", "）")
            yield Violation(f"序号“{marker}”后不应再加“{marker[-1]}”，应为“{good}”。", h.line, a, b,
                            fix=Fix.replace(h.line, b - 1, b, "", "删去序号后多余的标点"))
        elif h.style == "一、" and not marker.endswith("、"):
            num = re.match(r"[一二三四五六七八九十]+", marker)
            if num and h.level == 1:
                good = num.group(0) + "、"
                yield Violation(f"一级序号应写作“{good}”，不用“{marker}”。", h.line, a, b,
                                fix=Fix.replace(h.line, a + num.end(), b, "、", "改为“一、”式序号"))
        elif h.style == "1." and new_std and h.part == 0 and marker.endswith("、"):
            good = marker[:-1] + "."
            yield Violation(f"阿拉伯数字序号后用下脚点，“{marker}”应为“{good}”。", h.line, a, b,
                            fix=Fix.replace(h.line, b - 1, b, ".", "改为“1.”式序号"), severity="info")

    def _sequence(self, ctx, heads) -> Iterator[Violation]:
        last: dict[str, int] = {}  # style -> last number seen (anywhere in the part)
        fresh: dict[str, bool] = {}  # style -> a parent heading came since its last item
        level_of: dict[str, int] = {}
        for h in heads:
            if h.number is None:
                continue
            style = h.style
            level_of[style] = h.level
            prev = last.get(style)
            if prev is not None:
                n = h.number
                # a new list may restart at 1 (under a new parent, or a separate list),
                # but 1 right after 1 is a repeat
                ok = n == prev + 1 or (n == 1 and (fresh.get(style) or prev != 1))
                if not ok:
                    lead = _lead(ctx.text(h.line))
                    span = (lead, lead + len(h.marker))
                    expected = _marker_for(style, prev + 1)
                    if n == prev:
                        msg = f"序号“{h.marker}”与上一项重复，应为“{expected}”。"
                    elif n > prev + 1:
                        missing = "、".join(_marker_for(style, k).rstrip("、.") for k in range(prev + 1, min(n, prev + 4)))
                        msg = f"序号跳号：上一项为“{_marker_for(style, prev)}”，本项为“{h.marker}”，缺少“{missing}”。"
                    else:
                        msg = f"序号顺序错误：上一项为“{_marker_for(style, prev)}”，本项为“{h.marker}”，应为“{expected}”。"
                    fix = None
                    num = _MARKER_NUMBER.search(h.marker)
                    if h.style in ("一、", "（一）", "1.", "（1）") and n == prev and num:
                        # replace the number only (the brackets may be GW801's to fix)
                        want = _MARKER_NUMBER.search(expected).group(0)
                        fix = Fix.replace(h.line, span[0] + num.start(), span[0] + num.end(), want, "改为连续的序号", applicability=UNSAFE)
                    yield Violation(msg, h.line, *span, fix=fix,
                                    data={"previous": prev, "number": n, "style": style})
            last[style] = h.number
            fresh[style] = False
            for s, lv in level_of.items():
                if lv > h.level and s != style:
                    fresh[s] = True


# ------------------------------------------------------------------ 附件说明
_NAME_END = re.compile(r"[。；;，,.]$")


def _norm_name(s: str) -> str:
    return _NAME_END.sub("", re.sub(r"[\s\u3000《》“”\"]", "", s))


def attachment_end_marks(ctx) -> list[tuple[int, int, int]]:
    """(line, start, end) of punctuation after the names in the 附件说明."""
    note = ctx.gw.attachment_note
    out = []
    for ln in note.lines if note is not None else ():
        text = ctx.text(ln).rstrip()
        m = _NAME_END.search(text)
        if m and not re.search(r"附件[：:]?$", text):
            out.append((ln, m.start(), m.end()))
    return out


def marks_fixed_by_format(ctx) -> set[tuple[int, int]]:
    """(line, offset) of marks that an enabled family-7 rule deletes or replaces
    (title end, end of 附件 names, end of an unrecognised 主送 line).  GW801 leaves
    them alone so that no two fixes cover the same character."""
    def enabled(code: str) -> bool:
        return ctx.config.enabled(code, ctx.doc.path)

    out: set[tuple[int, int]] = set()
    spans = []
    if enabled("GW703"):
        spans += title_end_marks(ctx)
    if enabled("GW706"):
        spans += attachment_end_marks(ctx)
    for ln, a, b in spans:
        out.update((ln, k) for k in range(a, b))
    end = recipient_end_mark(ctx) if enabled("GW704") else None
    if end is not None:
        out.add(end)
    return out


class AttachmentMismatch(Rule):
    code = "GW706"
    name = "attachment-mismatch"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.4、7.3.7"
    summary = "核对附件说明（附件：1.……）与文后所附附件的数量、顺序和名称是否一致，附件名称后不加标点。"
    why = ("GB/T 9704-2012 7.3.4：附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；"
           "如有多个附件，使用阿拉伯数字标注附件顺序号；附件名称后不加标点符号。7.3.7：附件标题与附件说明中的名称应一致。")
    bad = "附件：1.重点任务分工表。（文后附件标题为“重点任务责任分工表”）"
    good = "附件：1.重点任务责任分工表"
    fix_title = "使附件说明与所附附件的数量、顺序和名称一致"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        note = gw.attachment_note
        if note is None:
            return
        names = gw.attachment_names
        for ln, a, b in attachment_end_marks(ctx):
            yield Violation(f"附件名称后不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, "", "删去附件名称后的标点"))
        if not gw.attachments or not names:
            return  # the attachments are not part of this copy: nothing to compare
        if len(names) != len(gw.attachments):
            yield Violation(f"附件说明列出 {len(names)} 个附件，文后实际附有 {len(gw.attachments)} 个，请核对。",
                            note.line, data={"listed": len(names), "present": len(gw.attachments)})
            return
        for k, (name, att) in enumerate(zip(names, gw.attachments), 1):
            if att.number is not None and att.number != k and len(names) > 1:
                yield Violation(f"附件说明第 {k} 项对应的附件标注为“附件{att.number}”，顺序不一致。", att.lines[0])
                continue
            if att.title is None:
                continue
            a, b = _norm_name(name), _norm_name(att.title.text)
            if a and b and a != b and not (a in b or b in a):
                yield Violation(f"附件说明中的名称“{name}”与附件{k if len(names) > 1 else ''}标题“{att.title.text}”不一致。",
                                note.lines[min(k - 1, len(note.lines) - 1)],
                                data={"listed": name, "title": att.title.text})


# ------------------------------------------------------------------ docx 版式
def _fold(name: str | None) -> str:
    return re.sub(r"\s+", "", name or "").lower()


@lru_cache(maxsize=None)
def font_family(kind: str) -> frozenset[str]:
    return frozenset(_fold(n) for n in fmt_data()["fonts"][kind])


_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


class _Tally:
    """Places (paragraphs) that deviate, per kind of deviation."""

    def __init__(self) -> None:
        self.kinds: dict[str, dict] = {}

    def add(self, kind: str, line: int, seen: str, start: int = 0, end: int | None = None) -> None:
        k = self.kinds.setdefault(kind, {"lines": [], "seen": {}, "first": (line, start, end)})
        if line not in k["lines"]:
            k["lines"].append(line)
        k["seen"][seen] = k["seen"].get(seen, 0) + 1


def banji_lines(ctx) -> list[int]:
    """Lines of the 版记: a 主送 moved there, 抄送, 印发机关和印发日期."""
    gw = ctx.gw
    lines = []
    if gw.recipients is not None and _BANJI_RECIPIENTS.match(ctx.text(gw.recipients.line)):
        lines += gw.recipients.lines
    for el in (gw.cc, gw.printer):
        if el is not None:
            lines += el.lines
    return sorted(set(lines))


class DocxLayout(Rule):
    code = "GW707"
    name = "docx-layout"
    severity = "warning"
    basis = f"{BASIS_9704} 5.2、7.1、7.3、7.4、7.5"
    summary = ("仅对 .docx：检查纸张和页边距（A4，天头37 mm、订口28 mm），正文3号仿宋，标题2号小标宋，一级标题黑体、二级标题楷体，"
               "版记4号仿宋，页码“— 1 —”。")
    why = ("GB/T 9704-2012 5.2：采用A4纸，天头（上白边）37 mm±1 mm，订口（左白边）28 mm±1 mm，版心156 mm×225 mm；"
           "7.1：公文格式各要素一般用3号仿宋体字；7.3.1：标题一般用2号小标宋体字；7.3.3：第一层用黑体字、第二层用楷体字；"
           "7.4.2、7.4.3：抄送机关、印发机关和印发日期一般用4号仿宋体字；"
           "7.5：页码用4号半角阿拉伯数字，数字左右各放一条一字线。仿宋_GB2312、方正仿宋_GBK 等均视为仿宋体。")
    bad = "正文使用宋体小四号，上边距25.4 mm，页码为“-1-”"
    good = "正文3号仿宋_GB2312，上边距37 mm、左边距28 mm，页码“— 1 —”"
    fix_title = "按 GB/T 9704-2012 调整页面设置和字体字号"

    def check(self, ctx) -> Iterator[Violation]:
        doc = ctx.doc
        if doc.format != "docx":
            return
        lay = fmt_data()["layout"]
        yield from self._page(doc, lay, ctx)
        yield from self._fonts(ctx, lay)
        yield from self._page_number(ctx, lay)

    def _anchor(self, ctx) -> int:
        gw = ctx.gw
        if gw.title is not None:
            return gw.title.line
        return 1

    def _page(self, doc, lay, ctx) -> Iterator[Violation]:
        tol = lay["tolerance_mm"]
        paper, margins = [], []
        for i, ps in enumerate(doc.page_setup, 1):
            w, h = ps.width_mm, ps.height_mm
            landscape = w is not None and h is not None and w > h
            if w is not None and h is not None:
                ww, hh = (h, w) if landscape else (w, h)
                if abs(ww - lay["page_width_mm"]) > tol or abs(hh - lay["page_height_mm"]) > tol:
                    paper.append(f"第{i}节 {w:.0f}×{h:.0f} mm")
            if landscape:
                continue  # a landscape table section has its own margins (GB/T 9704 §8)
            for attr, label in (("top_mm", "上（天头）"), ("left_mm", "左（订口）"),
                                ("bottom_mm", "下"), ("right_mm", "右")):
                val = getattr(ps, attr)
                if val is not None and abs(val - lay[attr]) > tol:
                    margins.append(f"{label}{val:.1f} mm（应为{lay[attr]:.0f} mm）")
        line = self._anchor(ctx)
        if paper:
            yield Violation(f"纸张应为A4（210×297 mm），本文为{'；'.join(paper)}。", line,
                            data={"kind": "paper", "count": len(paper)})
        if margins:
            shown = "；".join(dict.fromkeys(margins))
            yield Violation(f"页边距不符合 GB/T 9704（天头37 mm、订口28 mm，下35 mm、右26 mm，允差±1 mm）："
                            f"{shown}。", line, data={"kind": "margins", "count": len(margins)})

    def _fonts(self, ctx, lay) -> Iterator[Violation]:
        gw = ctx.gw
        tally = _Tally()
        size_tol = lay["size_tolerance_pt"]
        body_pt, title_pt = lay["body_size_pt"], lay["title_size_pt"]
        heads = {h.line: h for h in gw.headings}

        def check_runs(line: int, start: int, end: int | None, family: str | tuple[str, ...], size: float,
                       kind: str, kind_size: str, also: frozenset = frozenset()) -> None:
            families = (family,) if isinstance(family, str) else family
            allowed = frozenset().union(also, *(font_family(f) for f in families))
            p = ctx.para(line)
            st = p.style
            if st is None or not st.runs:
                return
            text = p.text
            stop = len(text) if end is None else end
            for a, b, font, sz in st.runs:
                a2, b2 = max(a, start), min(b, stop)
                if a2 >= b2 or not _CJK.search(text[a2:b2]):
                    continue
                if font is not None and _fold(font) not in allowed:
                    tally.add(kind, line, font, a2, b2)
                if sz is not None and abs(sz - size) > size_tol:
                    tally.add(kind_size, line, f"{sz:g}pt", a2, b2)

        # title
        if gw.title is not None:
            for ln in gw.title.lines:
                check_runs(ln, 0, None, "xiaobiaosong", title_pt, "title_font", "title_size")
        # body text: recipients, 正文, attachments' text, 署名, 日期
        lines: list[int] = []
        banji = banji_lines(ctx)
        if gw.recipients is not None and gw.recipients.line not in banji:
            lines.extend(gw.recipients.lines)
        for part in range(len(gw.attachments) + 1):
            lines.extend(gw.part_lines(part))
        if gw.signature is not None:
            lines.extend(gw.signature.lines)
        if gw.date is not None:
            lines.extend(gw.date.lines)
        for ln in lines:
            p = ctx.para(ln)
            if p.kind == "table_cell":
                continue
            h = heads.get(ln)
            if h is not None and h.level in (1, 2):
                text = p.text
                lead = len(text) - len(text.lstrip(" \u3000\t"))
                head_end = lead + len(h.marker) + len(h.title) + 1
                head_end = min(head_end, len(text))
                fam = "heiti" if h.level == 1 else "kaiti"
                check_runs(ln, 0, head_end, fam, body_pt, f"heading{h.level}_font", "body_size")
                # the sentences after the heading: 仿宋, or the heading's own font when
                # the whole paragraph was set as a heading
                runs = p.style.runs if p.style is not None and p.style.runs else []
                head_fonts = frozenset(_fold(r[2]) for r in runs if r[0] < head_end)
                check_runs(ln, head_end, None, ("fangsong", fam), body_pt, "body_font", "body_size", head_fonts)
            else:
                check_runs(ln, 0, None, "fangsong", body_pt, "body_font", "body_size")
        # 版记: 主送 moved there, 抄送, 印发机关和印发日期 — 4号仿宋 (GB/T 9704 7.4.2, 7.4.3)
        for ln in banji:
            check_runs(ln, 0, None, "fangsong", lay["banji_size_pt"], "banji_font", "banji_size")
        labels = {
            "body_font": "正文应使用3号仿宋体字（仿宋_GB2312 等）",
            "body_size": "正文应使用3号字（16磅）",
            "title_font": "标题应使用2号小标宋体字",
            "title_size": "标题应使用2号字（22磅）",
            "heading1_font": "一级标题（“一、”）应使用黑体",
            "heading2_font": "二级标题（“（一）”）应使用楷体",
            "banji_font": "版记（抄送机关、印发机关和印发日期）应使用仿宋体字",
            "banji_size": "版记（抄送机关、印发机关和印发日期）应使用4号字（14磅）",
        }
        for kind, info in tally.kinds.items():
            want = labels[kind]
            seen = "、".join(list(info["seen"])[:3])
            n = len(info["lines"])
            line, a, b = info["first"]
            yield Violation(f"{want}：有 {n} 段（处）不符，使用了{seen}。", line, a, b,
                            data={"kind": kind, "count": n, "lines": info["lines"], "found": list(info["seen"])})

    def _page_number(self, ctx, lay) -> Iterator[Violation]:
        doc = ctx.doc
        rx = re.compile(lay["page_number_re"])
        with_page = [f for f in doc.footers if "{PAGE}" in f or re.search(r"\d", f)]
        line = self._anchor(ctx)
        if not with_page:
            yield Violation("页脚未设置页码。应在版心下边缘之下用4号半角阿拉伯数字编排页码，左右各放一条一字线，如“— 1 —”。",
                            line, data={"kind": "page_number"})
            return
        bad = [f.strip() for f in with_page if not rx.match(f.strip())]
        if bad:
            yield Violation(f"页码格式应为“— 1 —”（数字左右各一条一字线），本文为“{bad[0]}”。", line,
                            data={"kind": "page_number", "found": bad})


# ------------------------------------------------------------------ 缺少要素


class MissingElement(Rule):
    code = "GW708"
    name = "missing-element"
    severity = "warning"
    basis = f"{BASIS_RULES}第九条；{BASIS_9704} 7.3"
    summary = "检查公文必备要素：标题、发文机关署名（或版头发文机关标志）、成文日期。"
    why = ("条例第九条：公文一般由份号、密级……标题、主送机关、正文、附件说明、发文机关署名、成文日期、印章、附注、附件等组成；"
           "标题、发文机关（署名或标志）和成文日期是每份公文都必须有的要素。")
    bad = "（正文结束后既无发文机关署名，也无成文日期）"
    good = "江西省人民政府办公厅\n2026年1月15日"
    fix_title = "补齐缺少的要素"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        # Only documents recognisably meant as 公文 (some element found) are judged.
        recognised = [gw.doc_number, gw.recipients, gw.title, gw.issuer_mark, gw.date]
        if sum(e is not None for e in recognised) < 2:
            return
        if gw.title is None and not (gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")):
            if not self._title_somewhere(ctx):
                yield Violation("缺少公文标题（发文机关＋事由＋文种）。", gw.body_lines[0] if gw.body_lines else 1)
        if gw.date is None:
            yield Violation("缺少成文日期（署名下一行，用阿拉伯数字标全年月日）。",
                            (gw.signature.lines[-1] if gw.signature else (gw.body_lines[-1] if gw.body_lines else None)))
        if gw.signature is None and gw.issuer_mark is None and gw.date is not None:
            yield Violation("缺少发文机关署名（成文日期上方），也没有版头发文机关标志。", gw.date.line)

    @staticmethod
    def _title_somewhere(ctx) -> bool:
        for p in ctx.doc.paragraphs[:15]:
            s = re.sub(r"\s+", "", p.text)
            if len(s) <= 160 and _TITLE_LIKE.search(s):
                return True
        return False


# ------------------------------------------------------------------ 请示
@lru_cache(maxsize=1)
def _ask_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(ask, joined second ask, two-matter title) patterns from format.toml [request]."""
    req = fmt_data()["request"]
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    verbs = alt(req["ask_verbs"])
    ask = re.compile(f"(?:{alt(req['ask_markers'])})[^，。；！？]{{0,30}}?(?:{verbs})")
    joined = re.compile(f"(?:{alt(req['join_words'])})[^，。；！？]{{0,30}}?(?P<verb>{verbs})")
    tverbs = alt(req["title_verbs"])
    two = re.compile(f"关于(?P<a>(?:{tverbs})[^和及并的]{{2,}})(?:{alt(req['title_joiners'])})"
                     f"(?P<b>(?:{tverbs})[^和及并]{{2,}}?)的请示$")
    return ask, joined, two


def _another_ask(first: str, verb: str) -> bool:
    """The verb of a 并请 clause asks for something the first clause did not
    (批准……并请批复 is one approval asked twice)."""
    approval = fmt_data()["request"]["approval_verbs"]
    if verb in approval:
        return not any(v in first for v in approval)
    return verb not in first


class RequestRules(Rule):
    """GW709.  一文一事 is judged on real signs of two matters: two or more numbered
    items that each ask for something (恳请……批准 / 拟请……安排), or a title naming two
    verb–object matters (关于购置车辆和维修办公楼的请示) — warnings; a second ask joined
    by 并请 with a verb of its own (……批准设立……，并请……拨付经费) — an info, since
    both asks may serve one matter; several closing formulas alone (请批示 twice) —
    an info, drafts repeat them."""

    code = "GW709"
    name = "request-rules"
    severity = "warning"
    basis = f"{BASIS_RULES}第十五条；{BASIS_9704} 7.3.6"
    summary = "检查请示的行文规则：一文一事、只主送一个上级机关、附注注明联系人和电话；报告中不得夹带请示事项。"
    why = ("条例第十五条：请示应当一文一事；原则上主送一个上级机关；不得在报告等非请示性公文中夹带请示事项。"
           "GB/T 9704-2012 7.3.6：请示件应当在附注处注明联系人和联系电话。"
           "一份请示中分条提出几项请求、用“并请”连带提出另一项请求，或标题并列两件事，都说明请示事项不止一件。")
    bad = "关于购置公务用车和维修办公楼的请示（文中：一、恳请批准购置……二、恳请安排维修经费……）"
    good = "购置公务用车、维修办公楼分别行文请示"
    fix_title = "请示一文一事并注明联系人和电话；报告中删去请示事项"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        dtype = gw.doc_type
        if gw.title is None or dtype not in ("请示", "报告") or gw.forwarding:
            return
        req = fmt_data()["request"]
        phrases = sorted(req["request_phrases"], key=len, reverse=True)
        hits = []
        for ln in gw.body_lines:
            text = ctx.text(ln)
            for ph in phrases:
                k = text.find(ph)
                if k >= 0:
                    hits.append((ln, k, k + len(ph), ph))
                    break
        if dtype == "报告":
            for ln, a, b, ph in hits[:1]:
                yield Violation(f"报告中不得夹带请示事项（“{ph}”）。需要上级批准的事项应另行请示。", ln, a, b,
                                data={"phrase": ph})
            return
        signal = self._several_matters(ctx)
        if signal is not None:
            yield signal
        elif len(hits) > 1:
            ln, a, b, ph = hits[1]
            yield Violation(f"请示应当一文一事：文中有 {len(hits)} 处请求批示/批准的结语，可能包含多个请示事项。",
                            ln, a, b, severity="info", data={"count": len(hits)})
        if len(gw.recipient_list) > 1:
            yield Violation(f"请示原则上主送一个上级机关，本文主送 {len(gw.recipient_list)} 个：{'、'.join(gw.recipient_list)}。",
                            gw.recipients.line if gw.recipients else None)
        notes = " ".join(n.text for n in gw.notes)
        tail = " ".join(ctx.text(ln) for ln in gw.body_lines[-3:]) + " " + notes
        if not (re.search(req["contact_re"], tail) and re.search(req["phone_re"], tail)):
            anchor = gw.date.line if gw.date else (gw.body_lines[-1] if gw.body_lines else None)
            yield Violation("请示应在附注处注明联系人和联系电话，如“（联系人：张三，电话：0791-8888888）”。", anchor)

    def _several_matters(self, ctx) -> Violation | None:
        gw = ctx.gw
        ask, joined, two = _ask_rx()
        # 1. numbered items that each carry an ask, at any one heading level
        heads = [h for h in gw.headings if h.part == 0 and 1 <= h.level <= 4]
        pos = {ln: i for i, ln in enumerate(gw.body_lines)}
        for level in sorted({h.level for h in heads}):
            asking = []
            for k, h in enumerate(heads):
                if h.level != level:
                    continue
                nxt = next((x for x in heads[k + 1:] if x.level <= level), None)
                stop = pos.get(nxt.line, len(gw.body_lines)) if nxt else len(gw.body_lines)
                for ln in gw.body_lines[pos.get(h.line, 0):stop]:
                    m = ask.search(ctx.text(ln))
                    if m:
                        asking.append((h, ln, m))
                        break
            if len(asking) > 1:
                _, ln, m = asking[1]
                marks = "、".join(h.marker.rstrip("、.．") for h, _, _ in asking)
                return Violation(f"请示应当一文一事：第{marks}项分别提出了请求（共 {len(asking)} 项），"
                                 "不同事项应分别行文请示。", ln, m.start(), m.end(),
                                 data={"signal": "numbered", "count": len(asking)})
        # 2. the title names two matters
        t = two.search(gw.title.text)
        if t:
            pos = _find_in_lines(ctx, gw.title, t.group("a"))
            ln, k = pos if pos else (gw.title.line, 0)
            return Violation(f"请示应当一文一事：标题并列了“{t.group('a')}”和“{t.group('b')}”两件事，应分别请示。",
                             ln, k, k + len(t.group("a")) if pos else None, data={"signal": "title"})
        # 3. "……批准……，并请……拨付……": a second ask with a verb of its own
        for ln in gw.body_lines:
            text = ctx.text(ln)
            for a, b in ctx.sentences(ln):
                first = ask.search(text, a, b)
                if first is None:
                    continue
                second = joined.search(text, first.end(), b)
                if second is None or not _another_ask(first.group(0), second.group("verb")):
                    continue
                # cautious: a second ask may still belong to the same matter
                return Violation(f"请示应当一文一事：“{text[second.start():second.end()]}”在前一项请求之外又提出了"
                                 "另一项请求；如属不同事项，应分别请示。", ln, second.start(), second.end(),
                                 severity="info", data={"signal": "joined"})
        return None


__register__ = (DocNumberFormat, DateFormat, TitleFormat, RecipientFormat, HeadingSequence,
                AttachmentMismatch, DocxLayout, MissingElement, RequestRules)

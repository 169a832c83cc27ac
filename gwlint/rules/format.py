"""Family 7 — 格式 (GB/T 9704-2012《党政机关公文格式》, 《党政机关公文处理工作条例》).

basis: GB/T 9704-2012 §7 (要素编排), §5 (版面); 《党政机关公文处理工作条例》第八、九、十五条
source: ../shared/spec/domain-gongwen.md §1, §2; data in dictionaries/format.toml

Rules work on the recognised structure (:mod:`gwlint.structure`), so a .txt,
.pdf or .docx draft gives the same findings; only GW707 reads layout, which
only .docx carries.  Every finding with one obvious correction carries a
:class:`~gwlint.findings.Fix` whose span is exact within its paragraph.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Iterator

from ..findings import Fix, Violation
from .base import Rule

BASIS_9704 = "GB/T 9704-2012《党政机关公文格式》"
BASIS_RULES = "《党政机关公文处理工作条例》"


@lru_cache(maxsize=1)
def fmt_data() -> dict:
    from ..data import load_toml

    return load_toml("format.toml")


def _standard_since() -> _dt.date:
    return _dt.date.fromisoformat(fmt_data()["date_standard_since"])


def doc_date(ctx) -> _dt.date | None:
    return ctx.gw.date_value


def old_standard(ctx) -> bool:
    """The document is dated before GB/T 9704-2012 took effect."""
    d = doc_date(ctx)
    return d is not None and d < _standard_since()


# ------------------------------------------------------------------ 文号
# A 文号: 机关代字, a bracketed year, an optional 第, the serial and 号.
DOCNO_ANY = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,16}?)(?P<lb>[〔\[【（(［{])\s*(?P<year>\d{2,4})\s*(?P<rb>[〕\]】）)］}])"
    r"\s*(?P<di>第)?\s*(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)
# Cited numbers with wrong brackets are only believed when the 代字 looks like one.
_DAIZI_END = re.compile(r"(发|函|字|电|规|办|令|复|文|通|呈|报|综|政)$")
_LEFT_OK, _RIGHT_OK = "〔", "〕"


def docno_problems(m: re.Match, *, own: bool) -> tuple[list[str], str | None]:
    """What is wrong with one 文号 match, and the corrected text (None = no sure fix)."""
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
    body = m.group(0)
    if re.search(r"\s", body) and not problems:
        problems.append("文号中不应有空格")
    if not problems:
        return [], None
    fixed = f"{m.group('org')}〔{year}〕{serial.lstrip('0')}号" if fix_ok else None
    return problems, fixed


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
        own_line = None
        if gw.doc_number is not None:
            own_line = gw.doc_number.line
            text = ctx.text(own_line)
            m = DOCNO_ANY.search(text)
            if m and not re.fullmatch(r"第\s*\d+\s*号", gw.doc_number.text):
                yield from self._report(m, own_line, own=True)
        skip = set(gw.noise_lines)
        if own_line is not None:
            skip.add(own_line)
        for p in ctx.doc.paragraphs:
            if p.line in skip:
                continue
            for m in DOCNO_ANY.finditer(p.text):
                wrong_brackets = m.group("lb") != _LEFT_OK or m.group("rb") != _RIGHT_OK
                if wrong_brackets:
                    # a cited number: preceded by 》 or （, the 代字 ending like one, and 号
                    if not (m.group("hao") and _DAIZI_END.search(m.group("org"))):
                        continue
                    before = p.text[max(0, m.start() - 2):m.start()]
                    if not re.search(r"[》（(”“、，]$|^$", before) and m.start() > 0 and len(m.group("org")) < 2:
                        continue
                elif len(m.group("year")) != 4 and not m.group("hao"):
                    continue
                yield from self._report(m, p.line, own=False)

    def _report(self, m: re.Match, line: int, *, own: bool) -> Iterator[Violation]:
        problems, fixed = docno_problems(m, own=own)
        if not problems:
            return
        what = "发文字号" if own else "引用的文号"
        msg = f"{what}“{m.group(0)}”不规范：{'；'.join(problems)}。"
        if fixed:
            msg += f"应为“{fixed}”。"
        fix = Fix(line, m.start(), m.end(), fixed, self.fix_title) if fixed else None
        yield Violation(msg, line, m.start(), m.end(), fix=fix, data={"own": own, "problems": problems})


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
                            fix=Fix(line, span[0], span[1], good, self.fix_title))
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
                            line, m.start(), m.end(), fix=Fix(line, m.start(), m.end(), good, self.fix_title))

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
                            fix=Fix(ln, a, b, good, self.fix_title))
            return


# ------------------------------------------------------------------ 标题
_END_PUNCT = re.compile(r"[。，、：；！？,.:;!?]+$")
_INNER_PUNCT = re.compile(r"[。；！？]")


def _title_span(ctx, el) -> list[tuple[int, int, int]]:
    """(line, start, end) of each title line, whitespace trimmed."""
    out = []
    for ln in el.lines:
        t = ctx.text(ln)
        a = len(t) - len(t.lstrip())
        out.append((ln, a, len(t.rstrip())))
    return out


def _find_in_lines(ctx, el, needle: str) -> tuple[int, int] | None:
    for ln in el.lines:
        k = ctx.text(ln).find(needle)
        if k >= 0:
            return ln, k
    return None


class TitleFormat(Rule):
    code = "GW703"
    name = "title-format"
    severity = "warning"
    basis = f"{BASIS_RULES}第八、九条；{BASIS_9704} 7.3.1"
    summary = "检查公文标题：由发文机关、事由和文种组成，文种为条例规定的15种之一，末尾不加标点，不出现“关于对……的批复”“关于请求……的请示”、文种叠用等错误。"
    why = ("条例第九条：标题由发文机关名称、事由和文种组成；第八条规定了决议、决定、命令（令）、公报、公告、通告、意见、通知、"
           "通报、报告、请示、批复、议案、函、纪要15种文种。方案、办法、规定等不是文种，应以“关于印发……的通知”发布。"
           "标题末尾不加标点；“关于对……的批复”中的“对”、“关于请求……的请示”中的“请求”与文种语义重复；"
           "“……请示报告”“……报告的请示”混用文种。")
    bad = "江西省人民政府关于对南昌市调整行政区划的请示的批复。"
    good = "江西省人民政府关于南昌市调整行政区划的批复"
    fix_title = "按“发文机关＋关于＋事由＋的＋文种”改写标题"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            yield from self._unrecognised_title(ctx)
            return
        title = gw.title.text
        spans = _title_span(ctx, gw.title)
        last_ln, _, last_end = spans[-1]
        last_text = ctx.text(last_ln)[:last_end]
        m = _END_PUNCT.search(last_text)
        if m:
            yield Violation(f"标题末尾不加标点符号（“{m.group(0)}”）。", last_ln, m.start(), m.end(),
                            fix=Fix(last_ln, m.start(), m.end(), "", "删除标题末尾的标点"))
            title = _END_PUNCT.sub("", title)
        inner = _INNER_PUNCT.search(title)
        if inner:
            pos = _find_in_lines(ctx, gw.title, inner.group(0))
            if pos:
                yield Violation(f"标题中不应使用“{inner.group(0)}”，标题一般只用书名号、引号、顿号等。",
                                pos[0], pos[1], pos[1] + 1)
        issued_by_order = gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")
        forwarding = re.search(r"(印发|转发|批转|发布|颁布)", title)
        dtype = self._type(title)
        data = fmt_data()
        if dtype is None:
            pass
        elif dtype in data["non_doc_types"] and not issued_by_order:
            yield Violation(f"“{dtype}”不是法定文种（条例第八条规定15种）。应以“关于印发……{dtype}的通知”等形式发文。",
                            spans[0][0], spans[0][1], None)
        # 关于对……的批复: 对 duplicates the 批复
        if dtype == "批复":
            pos = _find_in_lines(ctx, gw.title, "关于对")
            if pos:
                ln, k = pos
                yield Violation("“关于对……的批复”中的“对”多余，应删去。", ln, k + 2, k + 3,
                                fix=Fix(ln, k + 2, k + 3, "", "删去“对”"))
        if dtype == "请示":
            for word in ("请求", "申请批准"):
                pos = _find_in_lines(ctx, gw.title, "关于" + word)
                if pos:
                    ln, k = pos
                    yield Violation(f"“关于{word}……的请示”中的“{word}”与文种“请示”重复，应删去。", ln, k + 2,
                                    k + 2 + len(word), fix=Fix(ln, k + 2, k + 2 + len(word), "", f"删去“{word}”"))
                    break
        if dtype == "报告":
            pos = _find_in_lines(ctx, gw.title, "关于上报")
            if pos:
                ln, k = pos
                yield Violation("“关于上报……的报告”中的“上报”多余，应删去。", ln, k + 2, k + 4,
                                fix=Fix(ln, k + 2, k + 4, "", "删去“上报”"))
        # mixed / doubled 文种
        mixed = re.search(r"(请示报告|报告请示)$", title)
        if mixed:
            pos = _find_in_lines(ctx, gw.title, mixed.group(1))
            if pos:
                yield Violation(f"“{mixed.group(1)}”混用文种：请示与报告是不同文种，请示事项应单独行文。",
                                pos[0], pos[1], pos[1] + 4)
        elif not forwarding:
            dbl = re.search(r"的(请示|报告|意见|通知|批复|决定)的(请示|报告|函|通知|批复|意见)$", title) or \
                re.search(r"(请示|报告)的(请示|报告)$", title)
            if dbl:
                pos = _find_in_lines(ctx, gw.title, dbl.group(0))
                ln, k = pos if pos else (spans[0][0], spans[0][1])
                yield Violation(f"标题文种叠用（“{dbl.group(0)}”），一份公文只用一个文种。", ln, k,
                                k + len(dbl.group(0)) if pos else None)

    def _unrecognised_title(self, ctx) -> Iterator[Violation]:
        """A title ending in punctuation is not recognised as a title: find it among the first lines."""
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
                yield Violation(f"标题末尾不加标点符号（“{m.group(0)}”）。", p.line, m.start(), m.end(),
                                fix=Fix(p.line, m.start(), m.end(), "", "删除标题末尾的标点"))
                return

    @staticmethod
    def _type(title: str) -> str | None:
        data = fmt_data()
        t = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", title)
        cands = list(data["doc_type_variants"]) + data["accepted_title_endings"] + data["doc_types"] + \
            data["non_doc_types"]
        for typ in sorted(cands, key=len, reverse=True):
            if t.endswith(typ):
                if typ in data["non_doc_types"] and re.search(r"(印发|转发|批转|发布|颁布)", t):
                    return None
                return typ
        return None


# ------------------------------------------------------------------ 主送
_NEEDS_RECIPIENT = ("请示", "报告", "批复", "函", "复函", "议案")
_ORG_END = re.compile(r"(人民政府|政府|各部门|各单位|办公厅|办公室|委员会|厅|局|委|部|署|院|中心|有关单位|有关部门)$")


class RecipientFormat(Rule):
    code = "GW704"
    name = "recipient-format"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.2；{BASIS_RULES}第九条"
    summary = "检查主送机关：上行文和批复、函等必须有主送机关；主送机关居标题下一行顶格，最后一个机关名称后用全角冒号。"
    why = ("GB/T 9704-2012 7.3.2：主送机关编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。"
           "请示、报告、批复、函都有明确的受文机关，缺少主送机关会使公文无人办理。")
    bad = "各市、县（区）人民政府，省政府各部门"
    good = "各市、县（区）人民政府，省政府各部门："
    fix_title = "在最后一个机关名称后加全角冒号“：”"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            return
        if gw.recipients is not None:
            return
        first = gw.body_lines[0] if gw.body_lines else None
        if first is not None:
            text = ctx.text(first)
            s = text.rstrip()
            if 2 <= len(s.strip()) <= 200 and not re.search(r"[。；！？：:]", s) and _ORG_END.search(s) \
                    and (s.strip().startswith("各") or re.search(r"[，、,]", s) or len(s.strip()) <= 20):
                yield Violation("主送机关后应加全角冒号“：”。", first, len(s), len(s),
                                fix=Fix(first, len(s), len(s), "：", self.fix_title))
                return
        dtype = gw.doc_type or ""
        if any(dtype.endswith(t) for t in _NEEDS_RECIPIENT) and gw.body_lines:
            title_line = gw.title.lines[-1]
            yield Violation(f"{dtype}应有主送机关（标题下一行顶格书写，末尾加全角冒号）。", title_line)


# ------------------------------------------------------------------ 层次序数
_LEVEL_NAME = {"一、": "一、", "（一）": "（一）", "1.": "1.", "（1）": "（1）", "①": "①", "第一条": "第一条",
               "第一章": "第一章"}
_CN = "零一二三四五六七八九十"


def _cn_number(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return _CN[tens] + "十" + (_CN[ones] if ones else "")


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
        text = ctx.text(h.line)
        lead = len(text) - len(text.lstrip(" \u3000\t"))
        marker = h.marker
        a, b = lead, lead + len(marker)
        if h.style in ("（一）", "（1）") and re.search(r"[、，.．]$", marker):
            good = marker[:-1].replace("(", "（").replace(")", "）")
            yield Violation(f"序号“{marker}”后不应再加“{marker[-1]}”，应为“{good}”。", h.line, a, b,
                            fix=Fix(h.line, a, b, good, "删去序号后多余的标点"))
        elif h.style == "一、" and not marker.endswith("、"):
            num = re.match(r"[一二三四五六七八九十]+", marker)
            if num and h.level == 1:
                good = num.group(0) + "、"
                # "一." is common for 一、 only when followed by text
                yield Violation(f"一级序号应写作“{good}”，不用“{marker}”。", h.line, a, b,
                                fix=Fix(h.line, a, b, good, "改为“一、”式序号"))
        elif h.style == "1." and new_std and h.part == 0 and marker.endswith("、"):
            good = marker[:-1] + "."
            yield Violation(f"阿拉伯数字序号后用下脚点，“{marker}”应为“{good}”。", h.line, a, b,
                            fix=Fix(h.line, a, b, good, "改为“1.”式序号"), severity="info")

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
                    text = ctx.text(h.line)
                    lead = len(text) - len(text.lstrip(" \u3000\t"))
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
                    if h.style in ("一、", "（一）", "1.", "（1）") and n == prev:
                        fix = Fix(h.line, span[0], span[1], expected, "改为连续的序号")
                    yield Violation(msg, h.line, *span, fix=fix,
                                    data={"previous": prev, "number": n, "style": style})
            last[style] = h.number
            fresh[style] = False
            for s, lv in level_of.items():
                if lv > h.level and s != style:
                    fresh[s] = True


# ------------------------------------------------------------------ 附件说明
def _norm_name(s: str) -> str:
    s = re.sub(r"[\s\u3000《》“”\"]", "", s)
    return re.sub(r"[。；;，,.]$", "", s)


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
        # trailing punctuation after each name
        for ln in note.lines:
            text = ctx.text(ln).rstrip()
            m = re.search(r"[。；;，,.]$", text)
            if m and not re.search(r"附件[：:]?$", text):
                yield Violation(f"附件名称后不加标点符号（“{m.group(0)}”）。", ln, m.start(), m.end(),
                                fix=Fix(ln, m.start(), m.end(), "", "删去附件名称后的标点"))
        atts = [a for a in gw.attachments if a.title is not None]
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
            if att.title is None or att not in atts:
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


class DocxLayout(Rule):
    code = "GW707"
    name = "docx-layout"
    severity = "warning"
    basis = f"{BASIS_9704} 5.2、7.1、7.3、7.5"
    summary = "仅对 .docx：检查纸张和页边距（A4，天头37 mm、订口28 mm），正文3号仿宋，标题2号小标宋，一级标题黑体、二级标题楷体，页码“— 1 —”。"
    why = ("GB/T 9704-2012 5.2：采用A4纸，天头（上白边）37 mm±1 mm，订口（左白边）28 mm±1 mm，版心156 mm×225 mm；"
           "7.1：公文格式各要素一般用3号仿宋体字；7.3.1：标题一般用2号小标宋体字；7.3.3：第一层用黑体字、第二层用楷体字；"
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
        if gw.recipients is not None and gw.recipients.line <= len(ctx.doc.paragraphs):
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
                head_fonts = frozenset(_fold(r[2]) for r in (p.style.runs or []) if p.style and r[0] < head_end)
                check_runs(ln, head_end, None, ("fangsong", fam), body_pt, "body_font", "body_size", head_fonts)
            else:
                check_runs(ln, 0, None, "fangsong", body_pt, "body_font", "body_size")
        labels = {
            "body_font": ("正文应使用3号仿宋体字（仿宋_GB2312 等）", "字体"),
            "body_size": ("正文应使用3号字（16磅）", "字号"),
            "title_font": ("标题应使用2号小标宋体字", "字体"),
            "title_size": ("标题应使用2号字（22磅）", "字号"),
            "heading1_font": ("一级标题（“一、”）应使用黑体", "字体"),
            "heading2_font": ("二级标题（“（一）”）应使用楷体", "字体"),
        }
        for kind, info in tally.kinds.items():
            want, what = labels[kind]
            seen = "、".join(f"{k}" for k in list(info["seen"])[:3])
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
_TITLE_LIKE = re.compile(r"(关于|印发|转发|批转).{2,}的?(通知|通报|意见|决定|决议|公告|通告|报告|请示|批复|议案|函|纪要)$")


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
class RequestRules(Rule):
    code = "GW709"
    name = "request-rules"
    severity = "warning"
    basis = f"{BASIS_RULES}第十五条；{BASIS_9704} 7.3.6"
    summary = "检查请示的行文规则：一文一事、只主送一个上级机关、附注注明联系人和电话；报告中不得夹带请示事项。"
    why = ("条例第十五条：请示应当一文一事；原则上主送一个上级机关；不得在报告等非请示性公文中夹带请示事项。"
           "GB/T 9704-2012 7.3.6：请示件应当在附注处注明联系人和联系电话。")
    bad = "关于……工作情况的报告（文末：妥否，请批示。）"
    good = "报告只汇报情况；需要上级批准的事项另行请示"
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
        if len(hits) > 1:
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


__register__ = (DocNumberFormat, DateFormat, TitleFormat, RecipientFormat, HeadingSequence,
                AttachmentMismatch, DocxLayout, MissingElement, RequestRules)

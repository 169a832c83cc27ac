"""GW804 number-usage — ranges, year spans, short years, padded dates (GB/T 15835-2011, GB/T 15834-2011 4.13)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ...analysis.elements import chinese_gregorian_dates, is_date_line, literal_mask, time_spans
from ...analysis.literals import searchable
from ...analysis.markers import chinese_to_int
from ...analysis.positions import lead, old_standard
from ...findings import UNSAFE, Edit, Fix, Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_15834, BASIS_15835


_YEAR = r"(?:19|20)\d\d"
# 2014-2020年, 2014年-2020年, 2014~2020年度 (the 一字线 and ～ forms are right)
# searched through every paragraph: behind the characters a match opens with (literals.searchable)
_YEAR_SPAN = searchable(rf"(?<![\d.\-－])(?P<a>{_YEAR})(?P<ya>年?)(?P<sep>\s*[-－–~〜]\s*)(?P<b>{_YEAR})(?=年)")
# 19年3月, 25年底, 27年上半年, 27年春耕前, 26年三季度, 26年汛期, 27年春节前: a part of that year, which a count
# of years never takes; \d is any digit, so ２０１１年 is never read as a year 11
_SHORT_YEAR = re.compile(r"(?<![\dA-Za-z.\-/．－])(?P<yy>\d{2})年(?:(?P<m>\d{1,2})月|(?P<part>底|初|末|上半年|下半年|年中|年内|"
                         r"度|第?[一二三四1-4]季度|[春夏秋冬](?:季|耕|播|收|节)|汛期|汛前|元旦|国庆|清明|端午|中秋|暑期|寒假|暑假))")
# a Chinese numeral with a place value; not after 第 (an ordinal) or another numeral, and the
# juxtaposed digits of an approximation (三四十人) never match as one
_CN_COUNT = searchable(r"(?<![第一二两三四五六七八九十百千万亿零〇几])"
                        r"(?P<n>[一二两三四五六七八九十](?:[十百千零〇]?[一二两三四五六七八九]?[十百千万亿]?)*)")
# a table cell that is nothing but a range of values (80-120 under a header 补贴标准（元/亩）): the
# unit is in the header, so the range is told by standing alone in its cell
_BARE_RANGE = re.compile(r"(?P<a>[1-9]\d{0,5}(?:\.\d+)?|0\.\d+)(?P<sep>\s*[-－–~〜]\s*)(?P<b>\d{1,6}(?:\.\d+)?)")
# 正月十五, 腊月二十三, 初十: a day of the lunar calendar, not a count before a unit (十五元宵节)
_LUNAR_BEFORE = ("月", "初")
_SEP = re.compile(r"[-－–~〜]")  # the separator class of every span pattern here
_PADDED = re.compile(r"(?<!\d)(?P<y>\d{4})年(?P<m>0?\d{1,2})月(?:(?P<d>0?\d{1,2})日)?")

# marks joining the two ends of a date range (五月二十日至六月二十日)
_RANGE_JOINS = ("至", "到", "—", "～", "-", "－", "~")


@dataclass(frozen=True)
class Settings(RuleSettings):
    range_units_re: Regex = "%"  # units after a value range (10-20万元)
    year_span_sep: str = "—"  # the mark of a span of years (2014—2020年)
    short_year_not_after: list[str] = field(default_factory=list)  # 历时19年3个月 is a duration
    chinese_count_units_re: Regex = r"(?!)"  # units after a count that takes Arabic numerals (三百二十七栋)
    short_year_compared_re: Regex = r"(?!)"  # 比25年增加, 自25年起: a bare short year compared or begun from
    legal_structure_units_re: Regex = r"(?!)"  # 条, 款: the parts a legal text counts (共五十二条)
    legal_text_re: Regex = r"(?!)"  # 条例, 草案, 第三章: the sentence (or title) speaks of a legal text
    statute_amount_re: Regex = r"(?!)"  # 条例第六十二条……由五万元提高到十万元: an article's amount in its own words


@lru_cache(maxsize=8)
def _range_rx(units: str) -> re.Pattern:
    return re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<pa>%?)(?:[万亿](?=\s*[-－–~〜]))?(?P<sep>\s*[-－–~〜]\s*)(?P<b>\d+(?:\.\d+)?)"
                      f"(?P<unit>{units})")


# 百分之五点二: a percentage written in words (百分之百 is an idiom of completeness, not a statistic)
_CN_PERCENT = re.compile(r"百分之(?P<i>[零〇一二两三四五六七八九十]+)(?:点(?P<f>[零〇一二三四五六七八九]+))?")
_CN_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def _chinese_percents(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, Arabic) of percentages in words: 百分之五点二 → 5.2%."""
    for m in _CN_PERCENT.finditer(text):
        value = chinese_to_int(m.group("i").replace("两", "二").replace("〇", "零"))
        if value is None or value > 100:
            continue
        frac = "".join(_CN_DIGIT[c] for c in m.group("f")) if m.group("f") else ""
        yield m.start(), m.end(), f"{value}{'.' + frac if frac else ''}%"


def _book_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside 《…》 (a cited name keeps its own spelling)."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)]


def _bare_range_cells(text: str) -> Iterator[tuple[int, re.Match]]:
    """(offset, match) of each cell of a line (cells split by tabs; the line itself when it has
    none) that is nothing but a range of values, the first below the second; spans of years
    (2026-2028) are the year-span check's."""
    pos = 0
    for cell in text.split("\t"):
        stripped = cell.strip()
        m = _BARE_RANGE.fullmatch(stripped)
        if m and float(m.group("a")) < float(m.group("b")) \
                and not (re.fullmatch(_YEAR, m.group("a")) and re.fullmatch(_YEAR, m.group("b"))):
            yield pos + cell.index(stripped), m
        pos += len(cell) + 1


def _chinese_counts(text: str, units: re.Pattern) -> Iterator[tuple[int, int, str]]:
    """(start, end, Arabic) of counts written in Chinese numerals before a unit: 三百二十七栋 → 327,
    一千二百万元 → 1200 (万 and 亿 stay as words).  Approximations (三百多、十几) do not match."""
    for m in _CN_COUNT.finditer(text):
        n = m.group("n")
        if len(n) < 2 or not units.match(text, m.end()) or not re.search(r"[十百千万亿]", n):
            continue
        head = n.rstrip("万亿")
        if not head or re.search(r"[万亿]", head) or re.search(r"[一二两三四五六七八九]{2}", head):
            continue  # 三万五千 and 三四十: leave mixed or approximate forms to the drafter
        value = chinese_to_int(head.replace("两", "二"))
        if value is None or (head == n and value < 10):
            continue
        yield m.start(), m.start() + len(head), str(value)


def _sentence_at(text: str, a: int) -> str:
    """The sentence of ``text`` holding offset ``a``."""
    lo = max(text.rfind(c, 0, a) for c in "。！？；") + 1
    hi = min((i for i in (text.find(c, a) for c in "。！？；") if i >= 0), default=len(text))
    return text[lo:hi]


class NumberUsage(Rule):
    """GW804.  Year spans: GB/T 15834-2011 4.13.3.2 gives the 一字线 "—" for the start
    and end of related items such as times (沈括（1031—1095）), and keeps the 浪纹线
    "～" for ranges of values (4.13.3.3); GB/T 15835-2011 accepts either mark for
    ranges.  So a span of years written with a hyphen, en dash or "~" is corrected to
    "—" (the form of the State Council's own titles: 规划（2018—2035年）), and "～"
    is left alone.  Inside 《…》 the full-width "－" is left alone too, since a few
    official titles print it (乡村振兴战略规划（2018－2022年））."""

    code = "GW804"
    name = "number-usage"
    severity = "warning"
    basis = f"{BASIS_15835}；{BASIS_15834} 4.13"
    summary = ("检查数字用法：数值范围用浪纹线（10%～20%），年份、月份、日期起止用一字线（2014—2020年、5—8月、9月19日—21日），年份不简写"
               "（2019年、2019年底，不写19年、19年底），日期中月、日不编虚位，公历月、日用阿拉伯数字（3月下旬，不写三月下旬）。")
    why = ("GB/T 15834-2011 4.13：标示时间等相关项目的起止用一字线“—”（2014—2020年、5—8月、9月19日—21日），标示数值范围的起止用浪纹线“～”；"
           "GB/T 15835-2011：年份不能简写（“1990年”不写作“90年”），百分数范围前后两个“%”都不能省。"
           "公文中的数字错误会直接影响执行。")
    bad = "降低10%-20%，19年3月底前完成，2019年03月05日起施行，2014-2020年规划期"
    good = "降低10%～20%，2019年3月底前完成，2019年3月5日起施行，2014—2020年规划期"
    fix_title = "按 GB/T 15835 改写数字"
    Settings = Settings
    data_file = "rules/gw804.toml"
    examples = (
        Example("力争粮食单产提高10%-20%，19年3月底前完成2014-2020年规划期评估。", fires=True),
        Example("力争粮食单产提高10%～20%，2019年3月底前完成2014—2020年规划期评估，历时19年3个月。", fires=False),
        Example("5-8月为项目建设攻坚期，到27年底全面完成。", fires=True, note="月份起止用一字线；年份不简写"),
        Example("会议于2027年9月19日-21日召开，19日报到。", fires=True, note="日期起止也用一字线"),
        Example("会议于2027年9月19—21日召开，19日报到。", fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        yield from self._arabic_dunhao(ctx)
        gw = ctx.gw
        skip = {gw.date.line} if gw.date else set()
        # the 版记's 印发日期 is dated like the 成文日期 (GW702's to judge), not running text
        own_dates = skip | (set(gw.printer.lines) if gw.printer else set())
        year = gw.date_value.year if gw.date_value else None
        s: Settings = ctx.settings(type(self))
        rng, not_after, span_mark = _range_rx(s.range_units_re), tuple(s.short_year_not_after), s.year_span_sep
        cn_units = re.compile(s.chinese_count_units_re)
        compared_rx = re.compile(s.short_year_compared_re)
        # articles (第X条) follow legislative drafting, which writes 十五个工作日 in Chinese numerals
        statute = any(h.style == "第一条" for h in gw.headings)
        legal_units, legal_rx = re.compile(s.legal_structure_units_re), re.compile(s.legal_text_re)
        amounts, articles = re.compile(r"(?:万|亿)?元"), re.compile(s.statute_amount_re)
        title = gw.title.text if gw.title is not None else ""
        # before GB/T 15835-2011 and GB/T 9704-2012, official texts wrote dates in Chinese numerals
        cn_dates = not old_standard(ctx)
        for ln in ctx.text_lines:
            if ln in skip:
                continue
            text = ctx.text(ln)
            mask = None
            if not statute and re.search(r"[十百千万亿]", text):
                books = _book_spans(text)
                for a, b, arabic in (*_chinese_counts(text, cn_units), *_chinese_percents(text)):
                    mask = literal_mask(text) if mask is None else mask
                    if mask[a] or any(x < a < y for x, y in books) or text[:a].endswith(_LUNAR_BEFORE):
                        continue
                    # 共七章五十二条, 修改二十条: the structure of a law or regulation the text (or its
                    # title) speaks of is counted in Chinese numerals, like its articles
                    if legal_units.match(text, b) and (legal_rx.search(_sentence_at(text, a)) or legal_rx.search(title)):
                        continue
                    if amounts.match(text, b) and articles.search(_sentence_at(text, a)):
                        continue
                    wrong = text[a:b]
                    yield Violation(f"统计、计量数字“{wrong}”应使用阿拉伯数字，写作“{arabic}”。", ln, a, b,
                                    fix=Fix.replace(ln, a, b, arabic, f"改为“{arabic}”", applicability=UNSAFE),
                                    data={"wrong": wrong, "right": arabic})
            if cn_dates and ln not in own_dates and not is_date_line(text):
                yield from self._chinese_dates(ctx, ln, text)
            if not re.search(r"\d", text):
                continue
            mask = literal_mask(text) if mask is None else mask
            # every span pattern below holds the separator class in its ``sep`` group, and the year
            # patterns hold 年: a line without them has no match (no scan)
            spans = _SEP.search(text) is not None
            years = "年" in text
            for m in rng.finditer(text) if spans else ():
                if mask[m.start()]:
                    continue
                a, b = m.group("a"), m.group("b")
                if re.fullmatch(_YEAR, a) and (re.fullmatch(_YEAR, b) or m.group("unit") == "年"):
                    continue  # a span of years (2020-21年 too), not a value range
                s, e = m.start("sep"), m.end("sep")
                if m.group("unit") == "%" and not m.group("pa"):
                    rep = f"{a}%～{b}"
                    yield Violation(f"数值范围“{m.group(0)}”应写作“{a}%～{b}%”（用浪纹线，两个百分号都不省略）。",
                                    ln, m.start(), m.end(), fix=Fix.replace(ln, m.start("a"), m.end("b"), rep, "改为“～”"))
                else:
                    yield Violation(f"数值范围“{m.group(0)}”中的连接号应使用浪纹线“～”。", ln, s, e,
                                    fix=Fix.replace(ln, s, e, "～", "改为“～”"))
            for a, m in _bare_range_cells(text) if spans else ():
                if mask[a]:
                    continue
                s, e = a + m.start("sep"), a + m.end("sep")
                yield Violation(f"数值范围“{m.group(0)}”中的连接号应使用浪纹线“～”。", ln, s, e,
                                fix=Fix.replace(ln, s, e, "～", "改为“～”"))
            books = None
            for m in _YEAR_SPAN.finditer(text) if spans else ():
                s, e = m.start("sep"), m.end("sep")
                if mask[m.start()] or not 0 < int(m.group("b")) - int(m.group("a")) <= 100:
                    continue
                if m.group("sep").strip() == "－":
                    books = _book_spans(text) if books is None else books
                    if any(x < s < y for x, y in books):
                        continue
                span_text = text[m.start():m.end()] + "年"
                yield Violation(f"年份起止“{span_text}”应使用一字线，写作“{m.group('a')}{m.group('ya')}{span_mark}"
                                f"{m.group('b')}年”。", ln, s, e, fix=Fix.replace(ln, s, e, span_mark, f"改为“{span_mark}”"))
            for what, s, e, whole, right in time_spans(text, mask, span_mark) if spans else ():  # 5-8月, 19日-21日
                yield Violation(f"{what}起止“{whole}”应使用一字线，写作“{right}”。", ln, s, e,
                                fix=Fix.replace(ln, s, e, span_mark, f"改为“{span_mark}”"))
            compared = compared_rx.finditer(text) if years else ()
            for m in (*(_SHORT_YEAR.finditer(text) if years else ()), *compared):
                if mask[m.start("yy")] or (m.groupdict().get("m") and not 1 <= int(m.group("m")) <= 12) \
                        or text[:m.start("yy")].endswith(not_after):
                    continue
                yy = int(m.group("yy"))
                fix = None
                if year is not None:
                    full = (year // 100) * 100 + yy
                    if full > year + 1:
                        full -= 100
                    fix = Fix.replace(ln, m.start("yy"), m.end("yy"), str(full), "年份写全")
                yield Violation(f"年份不能简写：“{text[m.start('yy'):m.end()]}”应写出完整年份" +
                                (f"（{fix.replacement}年）。" if fix else "。"), ln, m.start("yy"), m.end("yy"),
                                fix=fix)
            for m in _PADDED.finditer(text) if years else ():
                mo, d = m.group("m"), m.group("d")
                if not ((mo.startswith("0") and len(mo) == 2) or (d and d.startswith("0") and len(d) == 2)):
                    continue
                good = f"{m.group('y')}年{int(mo)}月" + (f"{int(d)}日" if d else "")
                yield Violation(f"日期“{m.group(0)}”中的月、日不编虚位，应为“{good}”。", ln, m.start(), m.end(),
                                fix=Fix.replace(ln, m.start(), m.end(), good, "去掉虚位“0”"))

    @staticmethod
    def _chinese_dates(ctx, ln: int, text: str) -> Iterator[Violation]:
        """三月下旬, 十二月三十一日: Gregorian dates take Arabic numerals (GB/T 15835-2011 4.1.1).  A range
        (五月二十日至六月二十日) is one finding with one edit per end: one date span, one habit."""
        spans = []
        for a, b, arabic in chinese_gregorian_dates(text):
            # a quotation keeps its source's spelling; ……办公室 二〇二六年七月一日印发 is the 版记's 印发日期
            if any(x <= a < y for x, y in ctx.quotes(ln)) or text[b:].strip() == "印发":
                continue
            if spans and text[spans[-1][-1][1]:a] in _RANGE_JOINS:
                spans[-1].append((a, b, arabic))
            else:
                spans.append([(a, b, arabic)])
        for span in spans:
            a, b = span[0][0], span[-1][1]
            wrong = text[a:b]
            right = "".join(x[2] if k == 0 else text[span[k - 1][1]:x[0]] + x[2] for k, x in enumerate(span))
            fix = Fix([Edit(ln, x, y, r) for x, y, r in span], f"改为“{right}”")
            yield Violation(f"公历日期“{wrong}”应使用阿拉伯数字，写作“{right}”。", ln, a, b,
                            fix=fix, data={"wrong": wrong, "right": right})

    @staticmethod
    def _arabic_dunhao(ctx) -> Iterator[Violation]:
        """1、 as an item number: GB/T 15834-2011 and GB/T 9704 7.3.3 put a 下脚点 after an Arabic
        ordinal (1.).  One finding for the document's items written so (one habit, one
        problem), one edit per item.  The number is this rule's; GW705 judges only the
        sequence.  Documents under the pre-2012 standard and carried documents are left alone."""
        if old_standard(ctx):
            return
        heads = [h for h in ctx.gw.headings if h.style == "1." and h.part == 0 and h.marker.endswith("、")]
        if not heads:
            return
        edits, shown = [], []
        for h in heads:
            b = lead(ctx.text(h.line)) + len(h.marker)
            edits.append(Edit(h.line, b - 1, b, "."))
            if len(shown) < 2:
                shown.append(f"“{h.marker}”")
        first = heads[0]
        a = lead(ctx.text(first.line))
        many = f"等 {len(heads)} 处" if len(heads) > 1 else ""
        good = "”“".join(h.marker[:-1] + "." for h in heads[:2])
        yield Violation(f"阿拉伯数字序号后用下脚点：{''.join(shown)}{many}应为“{good}”。", first.line, a,
                        a + len(first.marker), fix=Fix(edits, "改为“1.”式序号"), severity="info",
                        data={"count": len(heads)})

"""文号, 文种 and dates: what structure recognition and the rules both parse.

One definition each, so that the 文号 the structure recogniser finds in the
版头 and the one GW701 checks, or the 文种 the structure gives a title and the
one GW703 judges, are read the same way.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..textutil import squeeze
from .markers import chinese_to_int

# ---------------------------------------------------------------- 文号
# A 文号: 机关代字, a bracketed year (any bracket: [2019] and （2019） are still a
# 文号 whose brackets GW701 reports), an optional 第, the serial and 号.
# 〔2026年〕41号: a 年 written into the brackets is a defect of the 文号 (GW701), not another kind of text;
# believed only when a serial with 号 follows, so that 方案（2026年）12个 stays prose.
_NIAN = r"(?P<nian>\s*年(?=\s*[〕\]】）)］}〉》]\s*第?\s*\d{1,5}\s*号))?"
# A 代字 may carry a business code in parentheses (宁财（预）函, 川财（农）): part of the 代字, not prose.
DOCNO_RE = re.compile(
    r"(?P<org>[\u4e00-\u9fff×Ｘ](?:[\u4e00-\u9fff×Ｘ]|[（(][\u4e00-\u9fff]{1,4}[）)]){0,15}?)\s*(?P<lb>[〔\[【（(［{〈《])\s*(?P<year>\d{2,4})" + _NIAN + r"\s*(?P<rb>[〕\]】）)］}〉》])"
    r"\s*(?P<di>第)?\s*(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)
DOCNO_LINE = re.compile(r"^" + DOCNO_RE.pattern + r"$")
# The same inside running text (citations): no space between 代字 and bracket.
DOCNO_ANY = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,16}?)(?P<lb>[〔\[【（(［{〈《])\s*(?P<year>\d{2,4})" + _NIAN + r"\s*(?P<rb>[〕\]】）)］}〉》])"
    r"\s*(?P<di>第)?\s*(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)
ORDER_NO = re.compile(r"^第\s*\d+\s*号$")
# A 令号 as web copies print it on its own line: 省政府令第232号, 江西省人民政府令第232号, 第232号,
# 江西省人民政府令（第265号）.
ORDER_LINE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{1,20}令)?(?P<lp>[（(])?第\s*(?P<serial>\d+)\s*号(?(lp)[）)])$")
# A number without 机关代字 (〔2026〕27号): 纪要 and some 版头 under a mark use it.
DOCNO_BARE = re.compile(r"^(?P<lb>[〔\[【［])\s*(?P<year>\d{4})\s*(?P<rb>[〕\]】］])\s*(?P<di>第)?\s*(?P<serial>\d{1,5})\s*号$")
# The serial a 公告/通告 or a 纪要 carries under its mark instead of a 发文字号 (2026年第6号, 第9期).
SERIAL_LINE = re.compile(r"^(?:\d{4}\s*年\s*)?第\s*\d{1,5}\s*[号期]$")
RIGHT_BRACKETS = ("〔", "〕")

# ---------------------------------------------------------------- dates
# A year in Chinese numerals may carry a digit or Latin letter typed for 〇 (二0二六, 二O二六): still the
# 成文日期, whose numerals GW702 reports (read as a date, it is no "missing date" for GW708).
_CN_YEAR = r"(?=[0０OoＯ]*[〇零一二三四五六七八九○])[〇零一二三四五六七八九○Ｏ0０Oo]{4}|[〇零一二三四五六七八九○Ｏ]{2,3}"
DATE_RE = re.compile(
    r"^(?P<y>\d{2,4}|" + _CN_YEAR + r")年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日$"
)
# The 成文日期 written otherwise (2026.5.18, 2026-05-18, 2026/5/18, 2026年5月18号): still the date, whose
# form GW702 reports.  Only a whole line with year, month and day (2026.5 is no date).
DATE_LOOSE = re.compile(
    r"^(?P<y>\d{4})\s*(?P<s>[-./／．])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<d>\d{1,2})$"
    r"|^(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})号$"
)
# A 成文日期 without its day (2026年9月): only believed where a 成文日期 stands (under a 署名), where
# it is the date written incompletely (GW702), not a missing one (GW708).
DATE_MONTH_ONLY = re.compile(r"^(?P<y>\d{4}|" + _CN_YEAR + r")年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月$")
_CHINESE_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CHINESE_NUM.update({"〇": 0, "○": 0, "Ｏ": 0, "0": 0, "０": 0, "O": 0, "o": 0})


def parse_date(text: str) -> _dt.date | None:
    """2019年2月5日 or 二〇一九年二月五日 → a date; None for a two-digit year or no real date."""
    t = squeeze(text)
    m = DATE_RE.match(t)
    if not m:
        return _parse_loose(t)
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    if not y.isdigit():
        y = "".join(str(_CHINESE_NUM.get(c, 0)) for c in y)
    yi = int(y)
    if yi < 100:
        return None  # a two-digit year is not a full date
    mi, di = chinese_to_int(mo), chinese_to_int(d)
    if mi is None or di is None:
        return None
    try:
        return _dt.date(yi, mi, di)
    except ValueError:
        return None


def _parse_loose(text: str) -> _dt.date | None:
    m = DATE_LOOSE.match(text)
    if not m:
        return None
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"),
                                                                                   m.group("d2"))
    try:
        return _dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


_CN_MONTH_NUM = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY_NUM = r"[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# A Gregorian month (or date) in Chinese numerals in running text: 三月下旬, 六月底前, 十二月三十一日,
# 二〇二六年五月.  A month alone is believed only where a date must follow or precede it (a year,
# a day, 旬/底/初/末/份, 前/起/至 of a deadline or span, or 年/月至 just before: 今年三月, 三月至五月): 一月一次, 十月怀胎, 三月三, 三月街 are no dates.
# 初 before a day numeral is the lunar count (三月初三); 正月/腊月/冬月 never match.
CN_GREGORIAN = re.compile(
    r"(?<![一二三四五六七八九十〇零○第每个几两农阴夏])"
    r"(?:(?P<y>(?:19|20)\d\d|" + _CN_YEAR + r")年)?"
    r"(?P<m>" + _CN_MONTH_NUM + r")月"
    r"(?:(?P<d>" + _CN_DAY_NUM + r")[日号]|(?P<part>(?:上|中|下|上中|中下)旬|底|末|份|初(?![一二三四五六七八九十]))"
    r"|(?=前|起|至|到|以前|以后|以来))"
    r"|(?<![一二三四五六七八九十〇零○第每个几两])(?P<y2>(?:19|20)\d\d|" + _CN_YEAR + r")年"
    r"(?P<m2>" + _CN_MONTH_NUM + r")月"
    # 今年三月, ……至六月, 在九月完成: a month after a year word, a range mark or a time preposition; 三月街 (a fair)
    # and 三月三 (a festival) are names
    r"|(?:(?<=年)|(?<=月至)|(?<=月到)|(?<=[—～])|(?<=[在于从自]))"
    r"(?P<m3>" + _CN_MONTH_NUM + r")月(?![一二三四五六七八九十街])"
)
# GB/T 15835-2011 took effect at the end of 2011: dates of documents before it were written in Chinese numerals.
_STANDARD_YEAR = 2012
# The lunar calendar named just before (农历三月初三, 阴历十月十五): its dates keep Chinese numerals.
_LUNAR_NAMED = re.compile(r"(?:农历|阴历|夏历)[^，。；、]{0,8}$")
# A day of the sexagenary cycle after the month (八月至十月亥日, 十月第一个卯日, 六月的辰日): festivals of the
# lunar (or a people's own) calendar are reckoned so, never a Gregorian month; the whole span is lunar.
_CYCLE_DAY = re.compile(r"的?(?:第[一二三四五六七八九十]{1,2}个|首个|头一个|每个|逢)?[甲乙丙丁戊己庚辛壬癸]?"
                        r"[子丑寅卯辰巳午未申酉戌亥](?:日|天)")
_SPAN_JOIN = re.compile(r"[至到—～\-－~]")


# a span of months (5-8月) or of days (19日-21日, 9月19日-21日, 1-5日, 5月30日-6月2日): a span of time, written with the
# 一字线 (GB/T 15834-2011 4.13.3.2)
_MONTH_SPAN = re.compile(r"(?<![\d.\-－/~〜–])(?P<a>\d{1,2})(?P<sep>\s*[-－–~〜]\s*)(?P<b>\d{1,2})(?=月)")
_DAY_SPAN = re.compile(r"(?<![\d.\-－/~〜–:：])(?P<a>\d{1,2})(?P<da>日)?(?P<sep>\s*[-－–~〜]\s*)"
                       r"(?:(?P<mb>\d{1,2})月)?(?P<b>\d{1,2})(?=日(?!元))")


def time_spans(text: str, mask, mark: str) -> list[tuple[str, int, int, str, str]]:
    """(月份 or 日期, separator start, end, the span as written, the span with ``mark``) of the spans of months and
    days in ``text`` not masked (a literal): the first below the second, or a month named after the mark (30日-6月2日)."""
    out = []
    for m in _MONTH_SPAN.finditer(text):
        if not mask[m.start()] and 1 <= int(m.group("a")) < int(m.group("b")) <= 12:
            out.append(("月份", m.start("sep"), m.end("sep"), m.group(0) + "月", f"{m.group('a')}{mark}{m.group('b')}月"))
    for m in _DAY_SPAN.finditer(text):
        a, b, mb = int(m.group("a")), int(m.group("b")), m.group("mb")
        if mask[m.start()] or not (1 <= a <= 31 and 1 <= b <= 31) or (not mb and a >= b) \
                or (mb and not (m.group("da") and 1 <= int(mb) <= 12)):
            continue  # 21日-19日 is no span; 30-6月2日 reads no day before the mark
        whole = m.group(0) + "日"
        out.append(("日期", m.start("sep"), m.end("sep"), whole, whole.replace(m.group("sep"), mark, 1)))
    return out


def chinese_gregorian_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, Arabic form) of Gregorian months and dates written in Chinese numerals
    (GB/T 15835-2011 4.1.1: 公历世纪、年代、年、月、日 use Arabic numerals): 三月下旬 → 3月下旬,
    十二月三十一日 → 12月31日, 二〇二六年五月 → 2026年5月.  Lunar dates, festival names and
    names holding a month (三月三, 三月街) are not matched; quotation spans are the caller's."""
    out = []
    if "月" not in text:
        return out
    for m in CN_GREGORIAN.finditer(text):
        if _LUNAR_NAMED.search(text, 0, m.start()) or text[:m.start()].endswith(("农历", "阴历", "夏历")):
            continue
        if not m.group("d") and _CYCLE_DAY.match(text, m.end()):
            # the span's first end (八月 of 八月至十月亥日) is lunar too
            start = m.start()
            while out and _SPAN_JOIN.fullmatch(text[out[-1][1]:start]):
                start = out.pop()[0]
            continue
        y, mo = (m.group("y"), m.group("m")) if m.group("m") else (m.group("y2"), m.group("m2") or m.group("m3"))
        if y and not y.isdigit():
            y = "".join(str(_CHINESE_NUM.get(c, 0)) for c in y)
            if int(y) < _STANDARD_YEAR:
                continue  # an old document's date cited as it was written (（二〇〇五年三月十日印发）)
        arabic = (f"{y}年" if y else "") + f"{chinese_to_int(mo)}月"
        if m.group("d"):
            day = chinese_to_int(m.group("d"))
            if not day or day > 31:
                continue
            arabic += f"{day}{text[m.end() - 1]}"
        elif m.group("part"):
            arabic += m.group("part")
        out.append((m.start(), m.end(), arabic))
    return out


# 联系人：市林业和草原局草原管理科乌云其其格，电话：……: the contact clause's text up to its phone or the next clause
# holds a person's name (其其格, 娜娜 — reduplicated given names are no typos)
# (a space between the unit and the name -- 就业促进处 乌云其其格 -- is inside it; one before the phone ends it)
_CONTACT_NAME = re.compile(r"(?:联系人|经办人|联络员|联系人员)(?:及电话|和电话)?[：:]\s*(?P<name>[^，,；;。（(\d\s]"
                           r"[^，,；;。（(\d\n]{0,39}?)(?=[，,；;。（(\n]|\s*(?:电话|手机|座机|联系电话|\d)|\s*$)")


def contact_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text naming a contact person (its unit and name) after 联系人： and the like."""
    if "联" not in text and "经办" not in text:
        return []
    return [m.span("name") for m in _CONTACT_NAME.finditer(text)]


def is_date_line(text: str, loose: bool = False) -> bool:
    """A line that is nothing but a date (in the standard form, or also ``loose``ly written)."""
    t = squeeze(text)
    return bool(DATE_RE.match(t) or (loose and DATE_LOOSE.match(t)))


# ---------------------------------------------------------------- 文种
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_TYPE_NORMAL = {"复函": "函", "指导意见": "意见", "实施意见": "意见", "若干意见": "意见"}
# what structure recognition calls a title's type: the 15 文种 and the names of carried documents
STRUCTURE_TYPES = ("指导意见", "实施意见", "复函", "意见书", "决议", "决定", "命令", "令", "公报", "公告", "通告",
                    "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "答复", "方案", "办法", "规定",
                    "细则", "要点", "规划", "条例", "规则", "纲要", "计划", "预案", "措施")


def doc_type(title: str) -> str | None:
    """The 文种 (or document name such as 方案) a title ends with, normalised
    (实施意见 → 意见, 复函 → 函); a trailing note (（试行）) is ignored."""
    t = _TRAILING_NOTE.sub("", title)
    for typ in STRUCTURE_TYPES:
        if t.endswith(typ):
            return _TYPE_NORMAL.get(typ, typ)
    return None


@lru_cache(maxsize=1)
def _forwarding_rx() -> re.Pattern:
    from .lexicon import lexicon

    return re.compile("|".join(map(re.escape, lexicon().words("forwarding_verbs"))))


def forwards(title: str) -> bool:
    """The title is a notice that carries another document (印发/转发/批转/发布/颁布)."""
    return bool(_forwarding_rx().search(title))


def title_type(title: str, endings: tuple[str, ...], non_doc_types: tuple[str, ...]) -> str | None:
    """The ending of ``title`` among ``endings`` (longest first) — a 文种, an accepted
    ending or a non-文种 name such as 方案; None for a notice that carries a 方案/办法
    (关于印发……方案 is read as unfinished, not as a 方案)."""
    t = _TRAILING_NOTE.sub("", title)
    for typ in endings:
        if t.endswith(typ):
            if typ in non_doc_types and forwards(t):
                return None
            return typ
    return None


# ---------------------------------------------------------------- literal spans
_URL = re.compile(r"(?:https?://|ftp://|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


# what every match of _URL / DOCNO_ANY contains: texts without it are not scanned
_URL_GATE = ("://", "www.", "@")
_DOCNO_GATE = re.compile(r"[〔\[【（(［{〈《]\s*\d{2}")


def may_hold_docno(text: str) -> bool:
    """False when ``text`` holds no match of DOCNO_ANY (every match has a bracket and a
    two-digit year): a cheap test before the pattern's slow scan."""
    return _DOCNO_GATE.search(text) is not None


def literal_mask(text: str) -> bytearray:
    """Non-zero where a character is inside a URL, an e-mail address or a 文号: text whose
    punctuation and digits follow their own conventions, not those of Chinese prose."""
    mask = bytearray(len(text))
    if any(g in text for g in _URL_GATE):
        for m in _URL.finditer(text):
            mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    if may_hold_docno(text):
        for m in DOCNO_ANY.finditer(text):
            mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return mask

"""Family 8 — 语言文字 (GB/T 15834-2011 标点符号用法, GB/T 15835-2011 出版物上数字用法).

basis: GB/T 9704-2012 §9 makes GB/T 15834 and GB/T 15835 binding for 公文;
《党政机关公文处理工作条例》第二十条 asks reviewers to check 文字、数字、标点符号.
source: ../shared/spec/domain-gongwen.md §4; word lists in dictionaries/confused_words.toml
and dictionaries/phrasing.toml.

Word-level rules (GW803, GW806) match on jieba tokens so that a wrong form inside a
longer correct word (截止日期, 严禁鱼塘) is not flagged.  Every finding with one
obvious correction carries a Fix with an exact span; a finding that stands for
several corrections (GW801: all half-width marks of a paragraph) carries one Fix
with an edit per mark.  Fixes of families 7
and 8 never cover the same character, so all of them can be applied at once (as
tracked changes).
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Iterator

from ..findings import UNSAFE, Edit, Fix, Violation
from .base import Rule
from .format import DOCNO_ANY, fmt_data, marks_fixed_by_format

BASIS_15834 = "GB/T 15834-2011《标点符号用法》"
BASIS_15835 = "GB/T 15835-2011《出版物上数字用法》"

_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Full-width marks also count as Chinese context next to a half-width mark.
_CJK_CTX = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》〔〕【】…—]")
_URL = re.compile(r"(?:https?://|ftp://|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


@lru_cache(maxsize=None)
def _toml(name: str) -> dict:
    from ..data import load_toml

    return load_toml(name)


def text_lines(ctx) -> list[int]:
    """Lines a language rule reads: everything except web-page noise."""
    noise = set(ctx.gw.noise_lines)
    return [p.line for p in ctx.doc.paragraphs if p.line not in noise]


def _masked(text: str) -> list[bool]:
    """True where a character is inside a URL, an e-mail address or a 文号."""
    mask = [False] * len(text)
    for rx in (_URL, DOCNO_ANY):
        for m in rx.finditer(text):
            for k in range(m.start(), m.end()):
                mask[k] = True
    return mask


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CTX.match(ch))


# ------------------------------------------------------------------ GW801
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def halfwidth_marks(text: str) -> list[tuple[int, str]]:
    """(offset, replacement) of half-width marks used in Chinese context."""
    mask = _masked(text)
    out: dict[int, str] = {}
    # brackets: decide per pair (English parentheticals stay), stray ones by neighbours
    paired: set[int] = set()
    for m in re.finditer(r"\(([^()]*)\)", text):
        a, b = m.start(), m.end() - 1
        paired.update((a, b))
        if mask[a] or mask[b]:
            continue
        inner = m.group(1)
        # immediate neighbours: a space before "(" marks English typesetting
        before = text[a - 1] if a > 0 else ""
        after = text[b + 1] if b + 1 < len(text) else ""
        if _CJK_CHAR.search(inner) or _CJK_CHAR.match(before or " ") or _CJK_CHAR.match(after or " "):
            out[a], out[b] = "（", "）"
    quotes: list[int] = []
    for i, ch in enumerate(text):
        if mask[i] or i in paired:
            continue
        if ch == '"':
            quotes.append(i)
            continue
        if ch not in _FULL:
            continue
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue  # 1,000 and 9:00
        if ch in "()":
            if _is_cjk(left) or _is_cjk(right):
                out[i] = _FULL[ch]
            continue
        # after Chinese, or before Chinese unless it follows a Latin letter/digit ("WTO, 世贸")
        if _is_cjk(left) or (_is_cjk(right) and not (left.isascii() and left.isalnum())):
            out[i] = _FULL[ch]
    # straight double quotes: open/close alternately when next to Chinese
    for k, i in enumerate(quotes):
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if _is_cjk(left) or _is_cjk(right):
            out[i] = "“" if k % 2 == 0 else "”"
    return sorted(out.items())


class HalfwidthPunctuation(Rule):
    """GW801.  One finding per paragraph (a pasted web copy has dozens of marks),
    spanning the first to the last mark.  Its fix has one single-character edit per
    mark: a single edit over the whole stretch would overlap any other rule's fix
    inside it (截止 → 截至 between two commas), and tracked changes need exact,
    disjoint spans.  Marks that a family-7 rule deletes or replaces (a comma ending
    the title, a period after a 附件 name) are left to that rule."""

    code = "GW801"
    name = "halfwidth-punctuation"
    severity = "warning"
    basis = f"{BASIS_15834}；GB/T 9704-2012 第9章"
    summary = "检查中文文本中误用的半角标点 , ; : ? ! ( ) \"，每段报告一次并给出处数；数字（1,000、9:00）、网址、邮箱、英文和文号中的半角符号不报。"
    why = ("GB/T 15834-2011 规定中文文本使用全角标点。从网页、Excel 或英文输入法粘贴的文字常夹带半角逗号、括号，"
           "排版后字距不匀，也不符合公文格式要求。每段只报告一次，逐处的修改建议附在结果中。")
    bad = "各市、县(区)人民政府,省政府各部门:"
    good = "各市、县（区）人民政府，省政府各部门："
    fix_title = "将半角标点改为对应的全角标点"

    def check(self, ctx) -> Iterator[Violation]:
        owned = None
        for ln in text_lines(ctx):
            text = ctx.text(ln)
            if not re.search(r'[,;:?!()"]', text):
                continue
            marks = halfwidth_marks(text)
            if marks:
                if owned is None:
                    owned = marks_fixed_by_format(ctx)
                marks = [(i, rep) for i, rep in marks if (ln, i) not in owned]
            if not marks:
                continue
            kinds: dict[str, int] = {}
            for i, _ in marks:
                kinds[text[i]] = kinds.get(text[i], 0) + 1
            shown = "、".join(f"“{k}”{v}处" for k, v in kinds.items())
            n = len(marks)
            fix = Fix([Edit(ln, i, i + 1, rep) for i, rep in marks], self.fix_title)
            yield Violation(
                f"本段有 {n} 处半角标点（{shown}），中文文本应使用全角标点。", ln, marks[0][0], marks[-1][0] + 1,
                fix=fix, data={"count": n, "kinds": kinds})


# ------------------------------------------------------------------ GW802
_PAIRS = {"‘": "’", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# ( and （ pair with either width: a mixed pair is GW801's business, not an unpaired mark
_SAME = {"(": "（", ")": "）"}
_NAMES = {"‘": "单引号", "’": "单引号", "《": "书名号", "》": "书名号", "（": "括号", "）": "括号",
          "(": "括号", ")": "括号", "〔": "六角括号", "〕": "六角括号", "【": "方头括号", "】": "方头括号",
          "“": "双引号", "”": "双引号"}
_LIST_MARK = re.compile(r"^\s*(\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）]")


def _opener(ch: str) -> bool:
    return _SAME.get(ch, ch) in ("（", "‘", "《", "〔", "【")


def _closes(closer: str, opener: str) -> bool:
    c, o = _SAME.get(closer, closer), _SAME.get(opener, opener)
    return _PAIRS.get(o) == c


def unpaired_in_paragraph(text: str) -> list[int]:
    """Offsets of brackets/quotes (not “”) with no partner in the paragraph."""
    stack: list[tuple[str, int]] = []
    bad: list[int] = []
    skip = _LIST_MARK.match(text)
    skip_at = skip.end() - 1 if skip else -1
    for i, ch in enumerate(text):
        c = _SAME.get(ch, ch)
        if c in ("（", "‘", "《", "〔", "【"):
            stack.append((c, i))
        elif c in ("）", "’", "》", "〕", "】"):
            if i == skip_at:
                continue
            want = _CLOSERS.get(c) or _CLOSERS.get(ch)
            want = _SAME.get(want, want)
            if stack and stack[-1][0] == want:
                stack.pop()
            elif any(s[0] == want for s in stack):
                # an opener left open inside: report it, close the outer one
                while stack and stack[-1][0] != want:
                    bad.append(stack.pop()[1])
                stack.pop()
            else:
                bad.append(i)
    bad.extend(i for _, i in stack)
    return sorted(bad)


class UnpairedPunctuation(Rule):
    code = "GW802"
    name = "unpaired-punctuation"
    severity = "warning"
    basis = f"{BASIS_15834} 4.7、4.8、4.9"
    summary = "检查成对标点是否配对：双引号“”在全文范围内配对，单引号、书名号、括号、六角括号在段内配对。"
    why = "引号、括号、书名号必须成对使用（GB/T 15834-2011）。漏掉一半会使引文、书名或注释的范围不清，常见于修改稿删改时误删。"
    bad = "认真贯彻《中华人民共和国安全生产法，加强……"
    good = "认真贯彻《中华人民共和国安全生产法》，加强……"
    fix_title = "补全缺少的另一半标点"

    def check(self, ctx) -> Iterator[Violation]:
        lines = text_lines(ctx)
        # “ ” across the document
        open_at: tuple[int, int] | None = None
        for ln in lines:
            text = ctx.text(ln)
            for i, ch in enumerate(text):
                if ch == "“":
                    if open_at is not None and open_at[0] == ln:
                        # a second opening quote in the same paragraph: most likely a wrong-way closer
                        yield Violation("双引号不配对：前一个左引号“尚未关闭，此处的“应为”。", ln, i, i + 1,
                                        fix=Fix.replace(ln, i, i + 1, "”", "改为右引号”"))
                        open_at = None
                        continue
                    if open_at is not None:
                        yield Violation("左引号“没有对应的右引号”。", open_at[0], open_at[1], open_at[1] + 1)
                    open_at = (ln, i)
                elif ch == "”":
                    if open_at is None:
                        yield Violation("右引号”没有对应的左引号“。", ln, i, i + 1)
                    else:
                        open_at = None
        if open_at is not None:
            yield Violation("左引号“没有对应的右引号”。", open_at[0], open_at[1], open_at[1] + 1)
        found: dict[int, list[int]] = {}
        for ln in lines:
            text = ctx.text(ln)
            if re.search(r"[‘’《》（）()〔〕【】]", text):
                bad = unpaired_in_paragraph(text)
                if bad:
                    found[ln] = bad
        # a title or a note wrapped over two lines (web copies keep the page's line
        # breaks): openers left at the end of one line close at the start of the next
        for ln in sorted(found):
            nxt = found.get(ln + 1)
            if not nxt or not found.get(ln):
                continue
            cur, t1, t2 = found[ln], ctx.text(ln), ctx.text(ln + 1)
            while cur and nxt and _opener(t1[cur[-1]]) and _closes(t2[nxt[0]], t1[cur[-1]]):
                cur.pop()
                nxt.pop(0)
        for ln in lines:
            bad = found.get(ln)
            if not bad:
                continue
            text = ctx.text(ln)
            names = "、".join(dict.fromkeys(f"{_NAMES[text[i]]}“{text[i]}”" for i in bad))
            yield Violation(f"本段有 {len(bad)} 处成对标点不配对：{names}。", ln, bad[0], bad[0] + 1,
                            data={"count": len(bad), "offsets": bad})


# ------------------------------------------------------------------ GW803
@lru_cache(maxsize=1)
def _confused() -> list[dict]:
    out = []
    for pair in _toml("confused_words.toml")["pair"]:
        # a judgement pair is matched only through its tight contexts, if it has any
        for m in pair.get("match", []):
            spec = dict(m)
            spec["id"] = pair["id"]
            spec["right"] = pair["right"]
            spec["note"] = pair.get("note", "")
            spec["rx"] = re.compile(m["wrong"] if m.get("regex") else re.escape(m["wrong"]))
            spec["next_rx"] = re.compile(m["next"]) if m.get("next") else None
            spec["prev_rx"] = re.compile(m["prev"]) if m.get("prev") else None
            spec["not_next_rx"] = re.compile(m["not_next"]) if m.get("not_next") else None
            spec["since_d"] = _dt.date.fromisoformat(m["since"]) if m.get("since") else None
            spec["probe"] = None if m.get("regex") else m["wrong"]
            out.append(spec)
    return out


def _boundaries(ctx, line: int) -> tuple[frozenset[int], frozenset[int]]:
    """Start and end offsets of the jieba tokens of a paragraph."""
    toks = ctx.tokens(line)
    return frozenset(t.start for t in toks), frozenset(t.end for t in toks)


class ConfusedWord(Rule):
    code = "GW803"
    name = "confused-word"
    severity = "warning"
    basis = "《党政机关公文处理工作条例》第二十条（文字、词语用法是否规范）"
    summary = "按 dictionaries/confused_words.toml 检查易混淆、易错的词语（截止/截至、其它/其他、做出/作出……），在 jieba 分词结果上结合上下文匹配。"
    why = ("条例第二十条要求审核“文字……用法是否规范”。截至（到某时为止）与截止（到期停止）、其他与其它、作出与做出等"
           "是公文校对中最常见的用词错误；词表附有来源。两个词都规范、要看语义的词对（声明/申明、制定/制订、通信/通讯等）"
           "只在上下文能确定对错的搭配中检查（发表申明、制订法规、通讯管理局），其余不自动检查。")
    bad = "截止2019年底，全省共完成……其它事项另行通知。"
    good = "截至2019年底，全省共完成……其他事项另行通知。"
    fix_title = "改用规范词语"

    def check(self, ctx) -> Iterator[Violation]:
        date = ctx.gw.date_value
        specs = _confused()
        for ln in text_lines(ctx):
            text = ctx.text(ln)
            bounds = None
            for spec in specs:
                if spec["probe"] is not None and spec["probe"] not in text:
                    continue
                if spec["since_d"] is not None and date is not None and date < spec["since_d"]:
                    continue
                for m in spec["rx"].finditer(text):
                    a, b = m.start(), m.end()
                    if spec["next_rx"] is not None and not spec["next_rx"].search(text[b:]):
                        continue
                    if spec["not_next_rx"] is not None and spec["not_next_rx"].search(text[b:]):
                        continue
                    if spec["prev_rx"] is not None and not spec["prev_rx"].search(text[:a]):
                        continue
                    if spec.get("boundary", True):
                        bounds = bounds or _boundaries(ctx, ln)
                        if a not in bounds[0] or b not in bounds[1]:
                            continue
                    fix = None
                    if "fix" in spec:
                        rep = m.expand(spec["fix"]) if spec.get("regex") else spec["fix"]
                        fix = Fix.replace(ln, a, b, rep, f"改为“{rep}”", applicability=UNSAFE)
                        msg = f"“{m.group(0)}”应为“{rep}”。"
                    else:
                        msg = f"“{m.group(0)}”用词不当，规范用法为“{spec['right']}”。"
                    if spec["note"]:
                        msg += spec["note"] + "。"
                    yield Violation(msg, ln, a, b, fix=fix, severity=spec.get("severity"),
                                    data={"pair": spec["id"], "wrong": m.group(0)})


# ------------------------------------------------------------------ GW804
_YEAR = r"(?:19|20)\d\d"
# 2014-2020年, 2014年-2020年, 2014~2020年度 (the 一字线 and ～ forms are right)
_YEAR_SPAN = re.compile(rf"(?<![\d.\-－])(?P<a>{_YEAR})(?P<ya>年?)(?P<sep>\s*[-－–~〜]\s*)(?P<b>{_YEAR})(?=年)")
_SHORT_YEAR = re.compile(r"(?<![0-9A-Za-z.\-/])(?P<yy>\d{2})年(?P<m>\d{1,2})月")
_PADDED = re.compile(r"(?<!\d)(?P<y>\d{4})年(?P<m>0?\d{1,2})月(?:(?P<d>0?\d{1,2})日)?")


@lru_cache(maxsize=1)
def _numbers() -> tuple[re.Pattern, tuple[str, ...], str]:
    """(value-range pattern, words that make 19年3月 a duration, year-span mark) from format.toml [numbers]."""
    num = fmt_data()["numbers"]
    rng = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<pa>%?)(?P<sep>\s*[-－–~〜]\s*)(?P<b>\d+(?:\.\d+)?)"
                     f"(?P<unit>{num['range_units_re']})")
    return rng, tuple(num["short_year_not_after"]), num["year_span_sep"]


def _book_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside 《…》 (a cited name keeps its own spelling)."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)]


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
    summary = "检查数字用法：数值范围用浪纹线（10%～20%），年份起止用一字线（2014—2020年），年份不简写（2019年，不写19年），日期中月、日不编虚位。"
    why = ("GB/T 15834-2011 4.13：标示时间等相关项目的起止用一字线“—”（2014—2020年），标示数值范围的起止用浪纹线“～”；"
           "GB/T 15835-2011：年份不能简写（“1990年”不写作“90年”），百分数范围前后两个“%”都不能省。"
           "公文中的数字错误会直接影响执行。")
    bad = "降低10%-20%，19年3月底前完成，2019年03月05日起施行，2014-2020年规划期"
    good = "降低10%～20%，2019年3月底前完成，2019年3月5日起施行，2014—2020年规划期"
    fix_title = "按 GB/T 15835 改写数字"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        skip = {gw.date.line} if gw.date else set()
        year = gw.date_value.year if gw.date_value else None
        rng, not_after, span_mark = _numbers()
        for ln in text_lines(ctx):
            if ln in skip:
                continue
            text = ctx.text(ln)
            if not re.search(r"\d", text):
                continue
            mask = _masked(text)
            for m in rng.finditer(text):
                if mask[m.start()]:
                    continue
                a, b = m.group("a"), m.group("b")
                if re.fullmatch(_YEAR, a) and re.fullmatch(_YEAR, b):
                    continue  # a span of years, not a value range
                s, e = m.start("sep"), m.end("sep")
                if m.group("unit") == "%" and not m.group("pa"):
                    rep = f"{a}%～{b}"
                    yield Violation(f"数值范围“{m.group(0)}”应写作“{a}%～{b}%”（用浪纹线，两个百分号都不省略）。",
                                    ln, m.start(), m.end(), fix=Fix.replace(ln, m.start("a"), m.end("b"), rep, "改为“～”"))
                else:
                    yield Violation(f"数值范围“{m.group(0)}”中的连接号应使用浪纹线“～”。", ln, s, e,
                                    fix=Fix.replace(ln, s, e, "～", "改为“～”"))
            books = None
            for m in _YEAR_SPAN.finditer(text):
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
            for m in _SHORT_YEAR.finditer(text):
                if mask[m.start()] or not 1 <= int(m.group("m")) <= 12 or text[:m.start()].endswith(not_after):
                    continue
                yy = int(m.group("yy"))
                fix = None
                if year is not None:
                    full = (year // 100) * 100 + yy
                    if full > year + 1:
                        full -= 100
                    fix = Fix.replace(ln, m.start("yy"), m.end("yy"), str(full), "年份写全")
                yield Violation(f"年份不能简写：“{m.group(0)}”应写出完整年份" +
                                (f"（{fix.replacement}年）。" if fix else "。"), ln, m.start("yy"), m.end("yy"),
                                fix=fix)
            for m in _PADDED.finditer(text):
                mo, d = m.group("m"), m.group("d")
                if not ((mo.startswith("0") and len(mo) == 2) or (d and d.startswith("0") and len(d) == 2)):
                    continue
                good = f"{m.group('y')}年{int(mo)}月" + (f"{int(d)}日" if d else "")
                yield Violation(f"日期“{m.group(0)}”中的月、日不编虚位，应为“{good}”。", ln, m.start(), m.end(),
                                fix=Fix.replace(ln, m.start(), m.end(), good, "去掉虚位“0”"))


# ------------------------------------------------------------------ GW805
@lru_cache(maxsize=16)
def _phrase_file(path: str, mtime_ns: int) -> tuple[dict, ...]:
    from ..data import load_toml_file

    return tuple(e for e in load_toml_file(path).get("phrase", []) if isinstance(e, dict) and e.get("wrong"))


def _phrases(ctx) -> list[dict]:
    """Built-in entries, then the config's `phrasing` list and `phrasing_file`."""
    entries = list(_toml("phrasing.toml").get("phrase", []))
    extra = ctx.config.option("phrasing", [])
    if isinstance(extra, list):
        entries.extend(e for e in extra if isinstance(e, dict) and e.get("wrong") and "right" in e)
    path = ctx.config.option("phrasing_file", None)
    if path:
        from pathlib import Path

        p = Path(path)
        if not p.is_absolute() and ctx.config.source:
            p = Path(ctx.config.source).parent / p
        try:
            entries.extend(_phrase_file(str(p), p.stat().st_mtime_ns))
        except OSError:
            pass
    return entries


@lru_cache(maxsize=256)
def _compile(wrong: str, regex: bool) -> re.Pattern:
    return re.compile(wrong if regex else re.escape(wrong))


class StandardPhrasing(Rule):
    code = "GW805"
    name = "standard-phrasing"
    severity = "warning"
    basis = "党和国家重要提法的规范表述；dictionaries/phrasing.toml"
    summary = "按规范提法表（dictionaries/phrasing.toml，可在配置 options.phrasing 中扩充）检查重要政治提法和机构名称的写法。"
    why = ("“以习近平同志为核心的党中央”“习近平新时代中国特色社会主义思想”“增强‘四个意识’、坚定‘四个自信’、"
           "做到‘两个维护’”等是固定表述，不能增删改字或错配动词。本单位的规范简称可加入配置。")
    bad = "坚决维护以习近平为核心的党中央权威，增强“四个自信”"
    good = "坚决维护以习近平同志为核心的党中央权威，坚定“四个自信”"
    fix_title = "改为规范提法"

    def check(self, ctx) -> Iterator[Violation]:
        entries = _phrases(ctx)
        for ln in text_lines(ctx):
            text = ctx.text(ln)
            for e in entries:
                rx = _compile(e["wrong"], bool(e.get("regex")))
                for m in rx.finditer(text):
                    rep = m.expand(e["right"]) if e.get("regex") else e["right"]
                    if rep == m.group(0):
                        continue
                    msg = f"“{m.group(0)}”应为“{rep}”。" + (e.get("note", "") + "。" if e.get("note") else "")
                    yield Violation(msg, ln, m.start(), m.end(), severity=e.get("severity"),
                                    fix=Fix.replace(ln, m.start(), m.end(), rep, f"改为“{rep}”", applicability=UNSAFE))


# ------------------------------------------------------------------ GW806
_NUMERAL = set("一二三四五六七八九十〇零百千万亿两")


def _doubled(text: str, i: int) -> bool:
    """text[i:i+2] is a doubled Han character (the other half of an AABB form)."""
    return 0 <= i and i + 1 < len(text) and text[i] == text[i + 1] and bool(_CJK_CHAR.match(text[i]))


class RepeatedChar(Rule):
    code = "GW806"
    name = "repeated-char"
    severity = "warning"
    basis = "《党政机关公文处理工作条例》第二十条（文字是否规范）"
    summary = "检查误输入的重复字（的的、了了、和和）：分词显示两个相同的字各自独立成词、且叠用不是词语时报告。"
    why = ("修改稿中删改不彻底或输入法连击常留下“的的”“在在”之类重复字。借助分词可以区分“常常”“层层”等正常叠词"
           "和“2019年年底”这类两个词相邻的情况。")
    bad = "加强对安全生产工作的的监督检查"
    good = "加强对安全生产工作的监督检查"
    fix_title = "删去重复的字"

    def check(self, ctx) -> Iterator[Violation]:
        from ..segment import tokenizer

        allow = set(_toml("phrasing.toml").get("repeated_char_allow", []))
        freq = tokenizer().FREQ
        for ln in text_lines(ctx):
            text = ctx.text(ln)
            if not re.search(r"([\u4e00-\u9fff])\1", text):
                continue
            toks = ctx.tokens(ln)
            for t1, t2 in zip(toks, toks[1:]):
                if len(t1.text) != 1 or t1.text != t2.text or t1.end != t2.start:
                    continue
                ch = t1.text
                pair = ch + ch
                if not _CJK_CHAR.match(ch) or ch in _NUMERAL or pair in allow or freq.get(pair, 0) > 0:
                    continue
                # a third copy, or a reduplicated AABB form (实实在在) around it, is deliberate
                if (t2.end < len(text) and text[t2.end] == ch) or (t1.start and text[t1.start - 1] == ch):
                    continue
                if _doubled(text, t1.start - 2) or _doubled(text, t2.end):
                    continue
                yield Violation(f"“{pair}”疑为误输入的重复字，应删去一个“{ch}”。", ln, t1.start, t2.end,
                                fix=Fix.replace(ln, t2.start, t2.end, "", f"删去重复的“{ch}”", applicability=UNSAFE))


__register__ = (HalfwidthPunctuation, UnpairedPunctuation, ConfusedWord, NumberUsage, StandardPhrasing,
                RepeatedChar)

"""Family 8 — 语言文字 (GB/T 15834-2011 标点符号用法, GB/T 15835-2011 出版物上数字用法).

basis: GB/T 9704-2012 §9 makes GB/T 15834 and GB/T 15835 binding for 公文;
《党政机关公文处理工作条例》第二十条 asks reviewers to check 文字、数字、标点符号.
source: ../shared/spec/domain-gongwen.md §4; word lists in dictionaries/confused_words.toml
and dictionaries/phrasing.toml.

Word-level rules (GW803, GW806) match on jieba tokens so that a wrong form inside a
longer correct word (截止日期, 严禁鱼塘) is not flagged.  Every finding with one
obvious correction carries a Fix with an exact span.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Iterator

from ..findings import Fix, Violation
from .base import Rule
from .format import DOCNO_ANY

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
        if _is_cjk(left) or (_is_cjk(right) and not left.isascii()) or (_is_cjk(right) and left == ""):
            out[i] = _FULL[ch]
        elif _is_cjk(right) and left.isascii() and not left.isalnum():
            out[i] = _FULL[ch]
    # straight double quotes: open/close alternately when next to Chinese
    for k, i in enumerate(quotes):
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if _is_cjk(left) or _is_cjk(right):
            out[i] = "“" if k % 2 == 0 else "”"
    return sorted(out.items())


class HalfwidthPunctuation(Rule):
    code = "GW801"
    name = "halfwidth-punctuation"
    severity = "warning"
    basis = f"{BASIS_15834}；GB/T 9704-2012 第9章"
    summary = "检查中文文本中误用的半角标点 , ; : ? ! ( ) \"，每段报告一次并给出处数；数字（1,000、9:00）、网址、邮箱、英文和文号中的半角符号不报。"
    why = ("GB/T 15834-2011 规定中文文本使用全角标点。从网页、Excel 或英文输入法粘贴的文字常夹带半角逗号、括号，"
           "排版后字距不匀，也不符合公文格式要求。")
    bad = "各市、县(区)人民政府,省政府各部门:"
    good = "各市、县（区）人民政府，省政府各部门："
    fix_title = "将半角标点改为对应的全角标点"

    def check(self, ctx) -> Iterator[Violation]:
        for ln in text_lines(ctx):
            text = ctx.text(ln)
            if not re.search(r'[,;:?!()"]', text):
                continue
            marks = halfwidth_marks(text)
            if not marks:
                continue
            kinds: dict[str, int] = {}
            for i, _ in marks:
                kinds[text[i]] = kinds.get(text[i], 0) + 1
            a, b = marks[0][0], marks[-1][0] + 1
            chars = list(text[a:b])
            for i, rep in marks:
                chars[i - a] = rep
            shown = "、".join(f"“{k}”{v}处" for k, v in kinds.items())
            n = len(marks)
            yield Violation(
                f"本段有 {n} 处半角标点（{shown}），中文文本应使用全角标点。", ln, a, b,
                fix=Fix(ln, a, b, "".join(chars), self.fix_title),
                data={"count": n, "kinds": kinds,
                      "fixes": [Fix(ln, i, i + 1, rep, self.fix_title).to_dict() for i, rep in marks]})


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
                                        fix=Fix(ln, i, i + 1, "”", "改为右引号”"))
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
        if pair.get("judgement"):
            continue
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


def _on_boundaries(ctx, line: int, a: int, b: int) -> bool:
    starts, ends = set(), set()
    for t in ctx.tokens(line):
        starts.add(t.start)
        ends.add(t.end)
    return a in starts and b in ends


class ConfusedWord(Rule):
    code = "GW803"
    name = "confused-word"
    severity = "warning"
    basis = "《党政机关公文处理工作条例》第二十条（文字、词语用法是否规范）"
    summary = "按 dictionaries/confused_words.toml 检查易混淆、易错的词语（截止/截至、其它/其他、做出/作出……），在 jieba 分词结果上结合上下文匹配。"
    why = ("条例第二十条要求审核“文字……用法是否规范”。截至（到某时为止）与截止（到期停止）、其他与其它、作出与做出等"
           "是公文校对中最常见的用词错误；词表附有来源，需人工判断的词对（声明/申明、决议/决定等）不自动检查。")
    bad = "截止2019年底，全省共完成……其它事项另行通知。"
    good = "截至2019年底，全省共完成……其他事项另行通知。"
    fix_title = "改用规范词语"

    def check(self, ctx) -> Iterator[Violation]:
        date = ctx.gw.date_value
        specs = _confused()
        for ln in text_lines(ctx):
            text = ctx.text(ln)
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
                    if spec.get("boundary", True) and not _on_boundaries(ctx, ln, a, b):
                        continue
                    fix = None
                    if "fix" in spec:
                        rep = m.expand(spec["fix"]) if spec.get("regex") else spec["fix"]
                        fix = Fix(ln, a, b, rep, f"改为“{rep}”")
                        msg = f"“{m.group(0)}”应为“{rep}”。"
                    else:
                        msg = f"“{m.group(0)}”用词不当，规范用法为“{spec['right']}”。"
                    if spec["note"]:
                        msg += spec["note"] + "。"
                    yield Violation(msg, ln, a, b, fix=fix, severity=spec.get("severity"),
                                    data={"pair": spec["id"], "wrong": m.group(0)})


# ------------------------------------------------------------------ GW804
_RANGE = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?P<pa>%?)(?P<sep>\s*[-－–~〜]\s*)(?P<b>\d+(?:\.\d+)?)"
    r"(?P<unit>%|‰|(?:万|亿)?(?:元|吨|千克|公斤|公里|千米|平方米|公顷|亩|人|个|家|项|倍|岁|kg|km|m|t)(?![a-zA-Z]))"
)
_SHORT_YEAR = re.compile(r"(?<![\d\w])(?P<yy>\d{2})年(?P<m>\d{1,2})月")
_PADDED = re.compile(r"(?<!\d)(?P<y>\d{4})年(?P<m>0?\d{1,2})月(?:(?P<d>0?\d{1,2})日)?")


class NumberUsage(Rule):
    code = "GW804"
    name = "number-usage"
    severity = "warning"
    basis = f"{BASIS_15835}；{BASIS_15834} 4.13"
    summary = "检查数字用法：数值范围用浪纹线（10%～20%），年份不简写（2019年，不写19年），日期中月、日不编虚位。"
    why = ("GB/T 15834-2011 4.13：标示数值范围的起止用浪纹线“～”；GB/T 15835-2011：年份不能简写（“1990年”不写作“90年”），"
           "百分数范围前后两个“%”都不能省。公文中的数字错误会直接影响执行。")
    bad = "降低10%-20%，19年3月底前完成，2019年03月05日起施行"
    good = "降低10%～20%，2019年3月底前完成，2019年3月5日起施行"
    fix_title = "按 GB/T 15835 改写数字"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        skip = {gw.date.line} if gw.date else set()
        year = gw.date_value.year if gw.date_value else None
        for ln in text_lines(ctx):
            if ln in skip:
                continue
            text = ctx.text(ln)
            mask = _masked(text)
            for m in _RANGE.finditer(text):
                if mask[m.start()]:
                    continue
                a, b = m.group("a"), m.group("b")
                if re.fullmatch(r"(19|20)\d\d", a) and re.fullmatch(r"(19|20)\d\d", b):
                    continue  # a span of years, not a value range
                s, e = m.start("sep"), m.end("sep")
                pa = m.group("pa")
                if m.group("unit") == "%" and not pa:
                    rep_span, rep = (m.start("a"), m.end("b")), f"{a}%～{b}"
                    yield Violation(f"数值范围“{m.group(0)}”应写作“{a}%～{b}%”（用浪纹线，两个百分号都不省略）。",
                                    ln, m.start(), m.end(), fix=Fix(ln, rep_span[0], rep_span[1], rep, "改为“～”"))
                else:
                    yield Violation(f"数值范围“{m.group(0)}”中的连接号应使用浪纹线“～”。", ln, s, e,
                                    fix=Fix(ln, s, e, "～", "改为“～”"))
            for m in _SHORT_YEAR.finditer(text):
                if mask[m.start()] or not 1 <= int(m.group("m")) <= 12:
                    continue
                yy = int(m.group("yy"))
                fix = None
                if year is not None:
                    full = (year // 100) * 100 + yy
                    if full > year + 1:
                        full -= 100
                    fix = Fix(ln, m.start("yy"), m.end("yy"), str(full), "年份写全")
                yield Violation(f"年份不能简写：“{m.group(0)}”应写出完整年份" +
                                (f"（{fix.replacement}年）。" if fix else "。"), ln, m.start("yy"), m.end("yy"),
                                fix=fix)
            for m in _PADDED.finditer(text):
                mo, d = m.group("m"), m.group("d")
                if not ((mo.startswith("0") and len(mo) == 2) or (d and d.startswith("0") and len(d) == 2)):
                    continue
                good = f"{m.group('y')}年{int(mo)}月" + (f"{int(d)}日" if d else "")
                yield Violation(f"日期“{m.group(0)}”中的月、日不编虚位，应为“{good}”。", ln, m.start(), m.end(),
                                fix=Fix(ln, m.start(), m.end(), good, "去掉虚位“0”"))


# ------------------------------------------------------------------ GW805
def _phrases(ctx) -> list[dict]:
    from ..data import load_toml_file

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
            entries.extend(load_toml_file(p).get("phrase", []))
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
                                    fix=Fix(ln, m.start(), m.end(), rep, f"改为“{rep}”"))


# ------------------------------------------------------------------ GW806
_NUMERAL = set("一二三四五六七八九十〇零百千万亿两")


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
                # a third copy or a reduplicated pattern (AABB) around it is deliberate
                if t2.end < len(text) and text[t2.end] == ch:
                    continue
                yield Violation(f"“{pair}”疑为误输入的重复字，应删去一个“{ch}”。", ln, t1.start, t2.end,
                                fix=Fix(ln, t2.start, t2.end, "", f"删去重复的“{ch}”"))


__register__ = (HalfwidthPunctuation, UnpairedPunctuation, ConfusedWord, NumberUsage, StandardPhrasing,
                RepeatedChar)

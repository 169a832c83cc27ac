"""Was the text really read?  A test for text that decodes but is not Chinese prose.

A file in the wrong code page (EUC-KR, Shift-JIS, Big5 read as GBK), a double encoding
(UTF-8 read as Latin-1 or GBK and saved again) or a PDF whose ToUnicode map points at the
wrong characters all give text that decodes without error, often into common hanzi, and
that no rule fires on: a "clean" verdict on a file that was not read.  Real Chinese,
segmented by jieba's dictionary, is mostly multi-character words; mojibake almost never
is, and mixed-script garbage has few hanzi among many letters of other scripts.

Measured by ``bench/bench_legibility.py`` (numbers in its docstring): on the real texts of
the repository (686: corpus, sample drafts, evaluation drafts; 103 files through the readers),
whole or cut to their first 30/60/100/200/400 characters, the share of hanzi inside
multi-character dictionary words is >= 0.50 (median 0.85), a traditional-Chinese notice
>= 0.45; the wrong decodings of 14 real documents (17 kinds each) <= 0.18 whole and
<= 0.25 cut to 60-200 characters; PDFs with a wrong ToUnicode map <= 0.10.  The threshold
(0.3) sits between: zero false refusals, zero misses.

The measure reuses the segmentation the pipeline does anyway (``tokens_of``) and looks at
a bounded sample, so it costs nothing extra on long documents.
"""
from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter
from typing import Callable, Iterable

from ..visible import INVISIBLE, LOOKALIKE, LOOKALIKES, hides, name_of

# share of hanzi inside multi-character dictionary words below which the text is not Chinese prose
MIN_WORD_SHARE = 0.3
# hanzi needed before the word share is judged (a 3-line notice has 30+)
MIN_HANZI = 8
# letters of other scripts (not hanzi, not ASCII) among all letters above which text is mixed-script
# garbage (or not Chinese), once there are this many of them (a formula's α β stays far below)
MAX_FOREIGN_SHARE = 0.3
MIN_FOREIGN = 12
# a text with this many letters and almost no hanzi is not a Chinese document at all
MIN_LETTERS_NO_HAN = 200
MAX_NO_HAN_SHARE = 0.05
# characters sampled: paragraphs are taken in order until this many (spread over the document)
SAMPLE_CHARS = 6000
# share of the hanzi standing alone, one to a paragraph, from which the text is taken as split character by
# character (vertical type, a text box or a return per character): no sentence is left to check.  Such a
# paragraph is never judged by the word measure (one hanzi is no word, however well read).
MAX_LONE_SHARE = 0.8


# Common Chinese surnames (over 90% of people).  A list of names (a 表彰名单, a table of
# contacts, a 名录 of villages) is short hanzi runs that no dictionary knows: such a run,
# standing alone, is taken for a name and left out of the word measure.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘"
    "满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都"
    "普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼"
    "居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")


# the last character of a place or body name (新塘村, 水北镇, 罗坊中学): a list of villages
# is as unknown to the dictionary as a list of people
_PLACE_ENDS = frozenset("村镇乡县区市省州盟旗街巷路道里弄坊屯寨堡庄湾坪岭坑山峰湖河江溪塘桥洲岛港场站所队"
                        "组厂矿校院局委办厅处科社店馆园寺庙宫观")


def _name_like(run: str) -> bool:
    """A hanzi run standing alone that reads as a proper name: a person (surname + 1-3), or a
    place or body (2-8 ending as place names end)."""
    return (2 <= len(run) <= 4 and run[0] in _SURNAMES) or (2 <= len(run) <= 8 and run[-1] in _PLACE_ENDS)


def _sample(texts: list[str]) -> list[int]:
    """Indexes of the paragraphs to look at: every one while short, else spread evenly."""
    total = sum(len(t) for t in texts)
    if total <= SAMPLE_CHARS:
        return list(range(len(texts)))
    step = total / SAMPLE_CHARS
    picked, seen, next_at = [], 0, 0.0
    for i, t in enumerate(texts):
        if seen >= next_at:
            picked.append(i)
            next_at = seen + len(t) * step
        seen += len(t)
    return picked


# a run of hanzi: the CJK unified ideographs with extensions A-G and the compatibility block
# (one class, compiled at first use); every other letter is ASCII or "other" (see ``measure``)
_HAN_RUN = None


def _han_runs():
    global _HAN_RUN
    if _HAN_RUN is None:
        import re

        _HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
    return _HAN_RUN


_WORD, _START = itemgetter(0), itemgetter(1)
_ONE = (1).__eq__


def _tile(toks, n: int) -> bool:
    """``toks`` (in order, none overlapping, as segmentation gives them) cover ``[0, n)`` exactly."""
    if not isinstance(toks, (tuple, list)):
        return False
    if not toks:
        return n == 0
    return toks[0][1] == 0 and toks[-1][2] == n and sum(map(len, map(_WORD, toks))) == n


def _settled(han: int, letters: int, other: int, judged: int, in_words: int,
             han_left: int, wide_left: int, chars_left: int, lone: int = 0) -> bool:
    """:func:`verdict` cannot refuse the text whatever the part not yet counted holds: ``han_left`` hanzi
    (each adds one to ``han``, ``letters`` and at most one to ``judged``), ``wide_left`` other non-ASCII
    characters (each at most one to ``other`` and ``letters``) and ``chars_left`` characters in all;
    ``in_words`` never falls.  Each check of ``verdict`` with the rest counted the worst way (a share moves
    monotonically with each count, and so does its rounding); ``lone`` hanzi stood alone in their paragraph
    (each hanzi left may too)."""
    return (han + han_left > 0
            and (han + han_left < MIN_HANZI or lone + han_left < MAX_LONE_SHARE * (han + han_left))
            and han + han_left >= MAX_NO_HAN_SHARE * (letters + chars_left)
            and (other + wide_left < MIN_FOREIGN
                 or (other + wide_left) / (letters + han_left + wide_left) <= MAX_FOREIGN_SHARE)
            and (judged + han_left < MIN_HANZI or in_words / (judged + han_left) >= MIN_WORD_SHARE))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def measure(texts: list[str], tokens_of: Callable[[int], Iterable], *, settle: bool = False) -> dict:
    """Counts over a sample of the paragraphs ``texts``; ``tokens_of(i)`` segments paragraph i.  With
    ``settle``, the counts stop once no later paragraph of the sample can make :func:`verdict` refuse the
    text, and say so (``"settled": True``, the counts partial): a real draft after a quarter or so."""
    han = ascii_ = other = in_words = names = lone = pua = 0
    han_run = _han_runs()
    picked = _sample(texts)
    if settle:
        # the sample's hanzi and other non-ASCII characters (marks, letters of other scripts), counted in C
        # up front: what a stop has to assume of the part not yet measured
        sample = "".join(texts[i][:SAMPLE_CHARS] for i in picked)
        han_left = sum(map(len, han_run.findall(sample)))
        wide_left = _non_ascii(sample) - han_left
        chars_left = len(sample)
    for i in picked:
        if settle:
            if _settled(han, han + ascii_ + other, other, han - names - lone, in_words, han_left, wide_left,
                        chars_left, lone):
                return {"han": han, "letters": han + ascii_ + other, "other": other, "judged": han - names - lone,
                        "settled": True}
        han_before = han
        text = texts[i][:SAMPLE_CHARS]  # a huge paragraph: its head is sample enough
        # judged[k] = 1 where text[k] is a hanzi outside a name-like run (runs found by the
        # regex, the other scripts counted on what is left: one pass in C, not one per character)
        judged = bytearray(len(text))
        gaps, at = [], 0
        for m in han_run.finditer(text):
            a, b = m.span()
            han += b - a
            if _name_like(text[a:b]):
                names += b - a
            else:
                judged[a:b] = b"\x01" * (b - a)
            gaps.append(text[at:a])
            at = b
        gaps.append(text[at:])
        rest = "".join(gaps)
        han_here = han - han_before
        if han_here == 1 and judged.count(1):  # one hanzi alone: no word to judge it by
            judged = bytearray(len(text))
            lone += 1
        if settle:
            han_left -= han_here
            wide_left -= _non_ascii(text) - han_here
            chars_left -= len(text)
        for c in rest:
            if c < "\x80":
                ascii_ += c.isalnum()
            elif c.isalpha():
                other += 1
            elif "\ue000" <= c <= "\uf8ff":  # private use: symbol-font glyphs, or a font mapped there
                other += 1
                pua += 1
        n = len(text)
        toks = tokens_of(i)
        if n == len(texts[i]) and _tile(toks, n):
            # every judged hanzi not alone in a one-character token is inside a word (in C, not a
            # Python step per token; the loop below says the same)
            singles = compress(map(_START, toks), map(_ONE, map(len, map(_WORD, toks))))
            in_words += judged.count(1) - sum(map(judged.__getitem__, singles))
            continue
        for tok in toks:
            w, a = tok[0], tok[1]
            if a >= n:
                break
            if len(w) >= 2:
                b = a + len(w)
                if b <= n:
                    in_words += judged.count(1, a, b)
                else:  # the token runs past the sample's end: its tail is hanzi not looked at above
                    in_words += judged.count(1, a, n) + sum(map(len, han_run.findall(w, n - a)))
    letters = han + ascii_ + other
    judged_n = han - names - lone
    return {"han": han, "letters": letters, "other": other, "pua": pua, "judged": judged_n,
            "word_share": in_words / judged_n if judged_n > 0 else 0.0,
            "foreign_share": other / letters if letters else 0.0,
            "lone": lone, "paragraphs": len(picked), "of": len(texts)}


def _counted(m: dict) -> str:
    """The paragraphs the counts ``m`` cover: all of them or a sample."""
    seen, of = m.get("paragraphs", 0), m.get("of", 0)
    return f"{seen} 段" if seen >= of else f"抽查的 {seen} 段（共 {of} 段）"


def verdict(m: dict, fmt: str) -> str | None:
    """A Chinese message when the measured text is not Chinese prose, else None."""
    where = {"pdf": "PDF 的文字层", "ofd": "OFD 的文字层"}.get(fmt, "文件")
    advice = ("请从原文件重新导出（嵌入字体），或提交 .docx 原稿。" if fmt in ("pdf", "ofd") else
              "请确认文件编码（如另存为 UTF-8）或字体后再检查。")
    pua = m.get("pua", 0)
    # glyphs mapped into the private use area (U+E000–U+F8FF): a font's Unicode map is wrong, no script at all
    private = f"，其中 {pua} 个是 Unicode 私用区字符，字形没有映射到真正的汉字" if pua else ""
    if m["letters"] and not m["han"]:  # however short: a 公文 is written in hanzi
        what = "字符" if pua else "字母或数字"
        return (f"{where}中没有汉字（读出 {m['letters']} 个{what}{private}），不是中文公文，或文字未能正确读出，"
                f"无法检查。{advice}")
    if m["letters"] >= MIN_LETTERS_NO_HAN and m["han"] < MAX_NO_HAN_SHARE * m["letters"]:
        return (f"{where}中几乎没有汉字（{m['letters']} 个字母中汉字 {m['han']} 个），读出的不是中文，"
                f"可能是编码或字体映射错误，也可能不是中文公文，无法检查。{advice}")
    if m["other"] >= MIN_FOREIGN and m["foreign_share"] > MAX_FOREIGN_SHARE:
        return (f"{where}读出的文字混杂大量非中文字母（占 {m['foreign_share']:.0%}{private}），像是乱码"
                f"（编码或字体映射错误），无法检查。{advice}")
    lone = m.get("lone", 0)
    if m["han"] >= MIN_HANZI and lone >= MAX_LONE_SHARE * m["han"]:
        advice = ("请从原文件重新导出横排文字的 PDF，或提交 .docx 原稿。" if fmt in ("pdf", "ofd") else
                  "请提交正常排版的原稿，或在 Word、WPS 中把这些字连成段落后再检查。")
        return (f"{where}中的文字被逐字断开："
                f"{_counted(m)}中有 {lone} 段只有一个汉字（占汉字的 {lone / m['han']:.0%}），"
                f"像是每个字单独成段（竖排、每字一个文本框或每字一个回车），没有可以检查的句子，无法检查。{advice}")
    if m["judged"] >= MIN_HANZI and m["word_share"] < MIN_WORD_SHARE:
        return (f"{where}读出的汉字几乎连不成词语（仅 {m['word_share']:.0%} 的汉字属于常见词语，正常公文在 60% 以上），"
                f"像是乱码（编码或字体映射错误），无法检查。{advice}")
    return None


def code_for(fmt: str) -> str:
    """GW002 for a page description whose text layer is wrong (re-export), GW001 otherwise."""
    return "GW002" if fmt in ("pdf", "ofd") else "GW001"


def check(doc, tokens_of: Callable[[int], Iterable]) -> tuple[str, str] | None:
    """(code, message) when ``doc``'s text was not really read; ``tokens_of(i)`` gives the
    tokens of paragraph i (0-based), shared with the rules."""
    texts = [p.text for p in doc.paragraphs]
    if not texts:
        return None
    m = measure(texts, tokens_of, settle=True)
    why = None if m.get("settled") else verdict(m, doc.format)
    return (code_for(doc.format), why) if why else None


def _pages_shown(pages: list[int]) -> str:
    return "、".join(str(p) for p in pages[:10]) + ("等" if len(pages) > 10 else "")


def missing_text(doc) -> tuple[str, int, bool] | None:
    """What the pages of ``doc`` without a text layer (a scan, fonts without a Unicode map) mean
    for it: (message, first such page, whole) where ``whole`` says no page was read (an error:
    nothing was checked) rather than some (a warning naming them).  None when every page has
    text.  The one wording of ``check`` (GW002), ``gwlint text`` and ``inspect``."""
    pages = doc.pages_without_text
    if not pages:
        return None
    unmapped = set(doc.pages_unmapped) >= set(pages)  # every such page: fonts without a mapping
    sideways = set(doc.pages_sideways) >= set(pages)  # every such page: text in columns or turned
    whole = (doc.page_count is not None and len(pages) >= doc.page_count) or not doc.paragraphs
    if sideways:
        label = "OFD" if doc.format == "ofd" else "PDF"
        where = f"{label} 中的文字" if whole else f"第 {_pages_shown(pages)} 页的文字"
        return (f"{where}是竖排（从上到下、从右到左）或旋转排列的，gwlint 只能读取横排的文字，"
                + (f"无法检查。请提交 .docx 原稿或横排的 {label}。" if whole else "这些页面未经检查。"), pages[0], whole)
    if whole:
        return ("PDF 中的文字无法提取：字体缺少 Unicode 映射（ToUnicode），提取出的只有 (cid:N) 编码，无法检查。"
                "请从原文件重新导出 PDF（嵌入字体），或提交 .docx 原稿。" if unmapped else
                "PDF 没有可提取的文字层（可能是扫描件），无法检查。请提交由 Word/WPS 导出的 PDF 或 .docx 原稿。",
                pages[0], True)
    turned = [p for p in pages if p in set(doc.pages_sideways)]
    if turned:  # some pages sideways, some without text: each told for what it is
        rest = [p for p in pages if p not in set(turned)]
        why = "文字无法提取（字体缺少 Unicode 映射）" if set(doc.pages_unmapped) >= set(rest) else "没有文字层（可能是扫描图片）"
        return (f"第 {_pages_shown(turned)} 页的文字是竖排或旋转排列的，第 {_pages_shown(rest)} 页{why}，"
                "这些页面未经检查。", pages[0], False)
    shown = _pages_shown(pages)
    why = "文字无法提取（字体缺少 Unicode 映射）" if unmapped else "没有文字层（可能是扫描图片）"
    return f"第 {shown} 页{why}，这些页面未经检查。", pages[0], False


def problem(doc) -> str | None:
    """Why the text of ``doc``, read outside the lint pipeline (``gwlint text``, ``inspect``),
    is not the document's: no page has a text layer, or it decodes to mojibake.  None when it
    was read.  The paragraphs are segmented the way the rules segment them."""
    missing = missing_text(doc)
    if missing and missing[2]:
        return missing[0]
    if not doc.paragraphs:
        return None
    from ..segment import document_tokens, tokenize

    with document_tokens():
        found = check(doc, lambda i: tokenize(doc.paragraphs[i].text))
    return found[1] if found else None


# Format characters that are invisible on screen and in print but split a word (截<U+200B>止): the rules read
# through them (gwlint.visible), yet the file still holds them, and searching or copying it in an OA system stumbles.
_INVISIBLE_INSIDE = re.compile("(?<=[^\\s])(?:" + INVISIBLE.pattern + ")(?=[^\\s])")
# An ideographic variation selector (or VS1–VS3, the CJK standardized variants) right after an ideograph picks a
# glyph variant of a name (葛 U+E0100): meant, not noise.
_GLYPH_VARIANT = re.compile("(?<=[\u3400-\u9fff\U00020000-\U0003134f])[\ufe00-\ufe02\U000e0100-\U000e01ef]+")


def _marked(message: str, line: int | None, span: tuple[int, int]):
    from ..findings import Violation

    return Violation(message, line=line, start=span[0], end=span[1], severity="warning")


def invisible_marks(doc):
    """A warning (a :class:`~gwlint.findings.Violation` on the first word they break, with the characters
    either side of it) when invisible format characters sit inside the text (between two visible characters),
    where they break words; None when there are none."""
    lines: list[int] = []
    kinds: dict[str, None] = {}
    count = 0
    first = None
    for para in doc.paragraphs:
        if not hides(para.text):
            continue
        variants = {k for m in _GLYPH_VARIANT.finditer(para.text) for k in range(*m.span())}
        hits = [m for m in _INVISIBLE_INSIDE.finditer(para.text)
                if any(k not in variants for k in range(*m.span()))]
        if not hits:
            continue
        if first is None:
            first = (para.line, (hits[0].start() - 1, hits[0].end() + 1))
        for m in hits:
            chars = [ch for k, ch in enumerate(m.group(), m.start()) if k not in variants]
            count += len(chars)
            for ch in chars:
                kinds.setdefault(name_of(ch), None)
        lines.append(para.source_line or para.line)
    if not count:
        return None
    shown = "、".join(map(str, lines[:10])) + ("等" if len(lines) > 10 else "")
    what = "看不见的格式字符或附加在汉字上的组合符号" if "组合附加符号" in kinds else "看不见的格式字符"
    return _marked(f"第 {shown} 行的文字中夹有 {count} 个{what}（{'、'.join(kinds)}，常见于从网页或聊天软件复制的文字），"
                   "已按删去这些字符后的文字检查；它们仍留在文件中，会妨碍检索和复制，请删除。", *first)


def lookalike_marks(doc):
    """A warning (a :class:`~gwlint.findings.Violation` on the first of them) when Kangxi radicals or
    compatibility ideographs stand for ordinary characters (⼯作, text copied out of a PDF): the rules read them
    as those characters, but the file still holds them."""
    lines: list[int] = []
    shown: dict[str, None] = {}
    count = 0
    first = None
    for para in doc.paragraphs:
        hits = list(LOOKALIKE.finditer(para.text))
        if not hits:
            continue
        if first is None:
            first = (para.line, hits[0].span())
        count += len(hits)
        lines.append(para.source_line or para.line)
        for m in hits:
            shown.setdefault(f"{m.group()}→{LOOKALIKES[ord(m.group())]}", None)
    if not count:
        return None
    where = "、".join(map(str, lines[:10])) + ("等" if len(lines) > 10 else "")
    kinds = "、".join(list(shown)[:8]) + ("等" if len(shown) > 8 else "")
    return _marked(f"第 {where} 行有 {count} 个形似汉字的部首或兼容汉字（{kinds}，常见于从 PDF 复制的文字），"
                   "已按对应的汉字检查；它们仍留在文件中，会妨碍检索和复制，请改为正常汉字。", *first)

"""GW802 unpaired-punctuation — paired marks that lost their partner (GB/T 15834-2011 4.7–4.9)."""
from __future__ import annotations

import re
from typing import Iterator

from ...findings import Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_15834


_PAIRS = {"‘": "’", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# ( and （ pair with either width: a mixed pair is GW801's business, not an unpaired mark
_SAME = {"(": "（", ")": "）"}
_NAMES = {"‘": "单引号", "’": "单引号", "《": "书名号", "》": "书名号", "（": "括号", "）": "括号",
          "(": "括号", ")": "括号", "〔": "六角括号", "〕": "六角括号", "【": "方头括号", "】": "方头括号",
          "“": "双引号", "”": "双引号"}
# the only characters the scans below act on: the rest of a paragraph is skipped in C
_BRACKETS = re.compile(r"[（‘《〔【(）’》〕】)]")
_DOUBLE_QUOTES = re.compile('[“”"]')
_LIST_MARK = re.compile(r"^\s*(\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）]")


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" \u3000\t"))


def _opener(ch: str) -> bool:
    return _SAME.get(ch, ch) in ("（", "‘", "《", "〔", "【")


def _closes(closer: str, opener: str) -> bool:
    c, o = _SAME.get(closer, closer), _SAME.get(opener, opener)
    return _PAIRS.get(o) == c


def _continues_quotation(text: str) -> bool:
    """A paragraph that goes on with a quotation: it opens with “ and its first ” (if any)
    ends it — not a short quoted name followed by words of its own (“十四五”期间……)."""
    k = _lead(text)
    if not text.startswith("“", k):
        return False
    j = text.find("”", k + 1)
    return j < 0 or not text[j + 1:].strip(" \u3000。；，！？）)")


def _closed_later(text: str, i: int) -> bool:
    """The next double quote after the opener at ``i`` is a closer."""
    for ch in text[i + 1:]:
        if ch in "“”\"":
            return ch == "”"
    return False


def unpaired_in_paragraph(text: str) -> list[int]:
    """Offsets of brackets/quotes (not “”) with no partner in the paragraph."""
    stack: list[tuple[str, int]] = []
    bad: list[int] = []
    skip = _LIST_MARK.match(text)
    skip_at = skip.end() - 1 if skip else -1
    for m in _BRACKETS.finditer(text):
        i, ch = m.start(), m.group()
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
    Settings = NoSettings
    examples = (
        Example("各设区市要认真贯彻《中华人民共和国安全生产法，加强春耕生产安全管理。", fires=True),
        Example("各设区市要认真贯彻《中华人民共和国安全生产法》，加强春耕生产安全管理。", fires=False),
        Example("通知提出：\n“严格控制发文数量。\n“严格控制会议数量。”", fires=False,
                note="多段引文每段开头用前引号，只在最后一段末尾用后引号"),
        Example("通知提出：“严格控制发文数量。\n“严格控制会议数量。”", fires=False,
                note="引文第一段前有引语，同样是多段引文"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        lines = ctx.text_lines
        # “ ” across the document.  A half-width " stands for whichever quote is due (“蒙速办" is a pair whose
        # closer is GW801's to report), and a quotation opened by " is GW801's too.
        open_at: tuple[int, int, bool, bool] | None = None  # line, offset, starts its paragraph, half-width
        prev_ln = None
        for ln in lines:
            text = ctx.text(ln)
            # the quotation's first paragraph may lead into it (通知提出：“……): its opener continues
            # into the next paragraph when that one opens with “ again
            led_in = open_at is not None and open_at[0] == prev_ln and _continues_quotation(text)
            prev_ln = ln
            paired_closer = -1  # a ” taken as the partner of a wrong-way ” before it
            for m in _DOUBLE_QUOTES.finditer(text):
                i, ch = m.start(), m.group()
                if i == paired_closer:
                    continue
                if ch == "“":
                    if open_at is not None and open_at[0] == ln and not open_at[3] and _closed_later(text, i):
                        # a second opener whose own closer follows (打造“甲，开展“乙”活动): the first
                        # one was left open; one finding, not a second one for the closer
                        yield Violation("左引号“没有对应的右引号”。", ln, open_at[1], open_at[1] + 1)
                        open_at = (ln, i, False, False)
                        continue
                    if open_at is not None and open_at[0] == ln:
                        # a second opening quote in the same paragraph: most likely a wrong-way closer
                        yield Violation("双引号不配对：前一个左引号“尚未关闭，此处的“应为”。", ln, i, i + 1,
                                        fix=Fix.replace(ln, i, i + 1, "”", "改为右引号”"))
                        open_at = None
                        continue
                    if open_at is not None and not open_at[3] and not ((open_at[2] or led_in) and i == _lead(text)):
                        yield Violation("左引号“没有对应的右引号”。", open_at[0], open_at[1], open_at[1] + 1)
                    # a quotation over several paragraphs opens each of them with “ and closes only the last
                    # (GB/T 15834-2011 4.1.3.1): an opener that starts its paragraph may continue there
                    open_at = (ln, i, i == _lead(text), False)
                elif ch == "”":
                    if open_at is None:
                        nxt = _DOUBLE_QUOTES.search(text, i + 1)
                        if nxt is not None and nxt.group() == "”":
                            # ”铁拳”: one quote typed the wrong way round, not two stray closers
                            paired_closer = nxt.start()
                            yield Violation("双引号不配对：此处的”应为左引号“。", ln, i, i + 1,
                                            fix=Fix.replace(ln, i, i + 1, "“", "改为左引号“"))
                            continue
                        yield Violation("右引号”没有对应的左引号“。", ln, i, i + 1)
                    else:
                        open_at = None
                elif ch == '"':
                    open_at = None if open_at is not None else (ln, i, False, True)
        if open_at is not None and not open_at[3]:
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

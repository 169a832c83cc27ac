"""GW801 halfwidth-punctuation — half-width marks in Chinese text (GB/T 15834-2011)."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.elements import literal_mask
from ...analysis.facts import positional_marks
from ...findings import Edit, Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_15834, CJK_CHAR as _CJK_CHAR

# Full-width marks also count as Chinese context next to a half-width mark.
_CJK_CTX = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》〔〕【】…—]")


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CTX.match(ch))


_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARKS = re.compile(r'[,;:?!()"]')  # the keys of _FULL and the straight double quote


def _bracket_pairs(text: str, mask) -> tuple[dict[int, str], set[int]]:
    """Brackets decided per pair (English parentheticals stay): their replacements, and the offsets of every
    paired bracket (stray ones are decided by their neighbours)."""
    out: dict[int, str] = {}
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
    return out, paired


def halfwidth_marks(text: str) -> list[tuple[int, str]]:
    """(offset, replacement) of half-width marks used in Chinese context."""
    if not _MARKS.search(text):  # most paragraphs: nothing to look at
        return []
    mask = literal_mask(text)
    out, paired = _bracket_pairs(text, mask)
    quotes: list[int] = []
    n = len(text)
    cjk = _CJK_CTX.match
    for m in _MARKS.finditer(text):  # the marks only, in order: not a Python step per character
        i = m.start()
        ch = text[i]
        if mask[i] or i in paired:
            continue
        if ch == '"':
            quotes.append(i)
            continue
        if ch not in _FULL:
            continue
        # the neighbours as _neighbour reads them, skipping spaces only where there are any (a web copy has
        # hundreds of commas, each right after a hanzi)
        left = text[i - 1] if i else ""
        if left == " " or left == "\t":
            left = _neighbour(text, i, -1)
        right = text[i + 1] if i + 1 < n else ""
        if right == " " or right == "\t":
            right = _neighbour(text, i, 1)
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue  # 1,000 and 9:00
        if ch in "()":
            if (left and cjk(left)) or (right and cjk(right)):
                out[i] = _FULL[ch]
            continue
        # after Chinese, or before Chinese unless it follows a Latin letter/digit ("WTO, 世贸")
        if (left and cjk(left)) or (right and cjk(right) and not (left.isascii() and left.isalnum())):
            out[i] = _FULL[ch]
    return _with_quotes(text, quotes, out)


def _with_quotes(text: str, quotes: list[int], out: dict[int, str]) -> list[tuple[int, str]]:
    """``out`` with the straight double quotes at ``quotes`` opened and closed alternately where next to
    Chinese, as (offset, replacement) in order."""
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
    disjoint spans.  Marks that are wrong because of where they stand (a comma ending
    the title, a period after a 附件 name: :func:`~gwlint.analysis.facts.positional_marks`)
    are not width problems and are left to the rule about that element."""

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
    Settings = NoSettings
    examples = (
        Example("各设区市要加强春耕生产组织工作,确保按时完成(具体要求见附件)。", fires=True),
        Example("各设区市要加强春耕生产组织工作，确保按时完成（具体要求见附件）。数据见 https://www.jiangxi.gov.cn/a,b 。",
                fires=False, note="网址中的半角符号不报"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        owned = None
        for ln in ctx.text_lines:
            text = ctx.text(ln)
            if not re.search(r'[,;:?!()"]', text):
                continue
            marks = halfwidth_marks(text)
            if marks:
                if owned is None:
                    owned = positional_marks(ctx)
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

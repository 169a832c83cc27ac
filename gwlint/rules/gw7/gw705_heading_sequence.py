"""GW705 heading-sequence — 层次序数 (GB/T 9704-2012 7.3.3; GB/T 15834-2011)."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.facts import table_cell_lines
from ...analysis.markers import marker_text, match_marker
from ...analysis.tables import tables
from ...analysis.positions import lead, old_standard
from ...findings import UNSAFE, Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704

_GB_LEVELS = ("一、", "（一）", "1.", "（1）")  # GB/T 9704 7.3.3, levels 1–4
_ORDINAL = "零一二三四"
_MARKER_NUMBER = re.compile(r"[零〇一二三四五六七八九十百]+|\d+")


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
    Settings = NoSettings
    examples = (
        Example("一、总体要求\n各地要提高认识。\n三、保障措施\n各地要加强领导。", fires=True, note="缺“二、”"),
        Example("一、总体要求\n各地要提高认识。\n二、保障措施\n（一）、加强领导。各地要明确责任。", fires=True,
                note="括号序号后多了顿号"),
        Example("一、总体要求\n各地要提高认识。\n二、保障措施\n（一）加强领导。各地要明确责任。", fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        new_std = not old_standard(ctx)
        parts: dict[int, list] = {}
        cells = _table_lines(ctx)
        for h in gw.headings:
            if h.line in cells:
                continue  # a cell citing 第二章 of a regulation is no heading of this document
            parts.setdefault(h.part, []).append(h)
            yield from self._marker(ctx, h, new_std)
        for heads in parts.values():
            yield from self._sequence(ctx, heads)
            yield from self._inverted(ctx, heads)

    def _marker(self, ctx, h, new_std: bool) -> Iterator[Violation]:
        # fixes touch only the wrong mark after the number, so a half-width bracket
        # of the same marker stays GW801's own one-character fix
        marker = h.marker
        a = lead(ctx.text(h.line))
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

    def _sequence(self, ctx, heads) -> Iterator[Violation]:
        last: dict[str, int] = {}  # style -> last number seen (anywhere in the part)
        fresh: dict[str, bool] = {}  # style -> a parent heading came since its last item
        level_of: dict[str, int] = {}
        parent = None  # the numbered heading before this one
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
                    yield self._out_of_sequence(ctx, h, prev)
            elif h.number > 1 and style in _GB_LEVELS and parent is not None and parent.level < h.level:
                # the first item right under its parent heading starts past 1: （一） was left out
                yield self._out_of_sequence(ctx, h, 0)
            parent = h
            last[style] = h.number
            fresh[style] = False
            for s, lv in level_of.items():
                if lv > h.level and s != style:
                    fresh[s] = True

    def _inverted(self, ctx, heads) -> Iterator[Violation]:
        """The first item of a level that comes after a deeper level under the same parent
        (一、 → 1. → （一）): the GB/T 9704 order of levels is inverted."""
        gb = [h for h in heads if h.style in _GB_LEVELS]
        for i, h in enumerate(gb):
            # back to the parent (a shallower level): an item of h's own level on the way means h is no first
            # item (stop there, not at the parent: a walk to the document's start for every 一、 was quadratic);
            # otherwise every item passed is deeper, and the earliest is the one h comes after
            deeper = None
            j = i - 1
            while j >= 0 and gb[j].level >= h.level:
                if gb[j].level == h.level:
                    deeper = None
                    break
                deeper = gb[j]
                j -= 1
            if deeper is None:
                continue
            start = lead(ctx.text(h.line))
            yield Violation(f"序号层级颠倒：“{h.marker.strip()}”是第{_ORDINAL[h.level]}层序号，不应排在第{_ORDINAL[deeper.level]}层"
                            f"序号“{deeper.marker.strip()}”（第 {deeper.line} 行）之后；层次依次为“一、”“（一）”“1.”“（1）”。",
                            h.line, start, start + len(h.marker),
                            data={"style": h.style, "above": deeper.style, "above_line": deeper.line})

    def _out_of_sequence(self, ctx, h, prev: int) -> Violation:
        n, style = h.number, h.style
        start = lead(ctx.text(h.line))
        span = (start, start + len(h.marker))
        expected = _marker(style, prev + 1)
        if n == prev:
            msg = f"序号“{h.marker}”与上一项重复，应为“{expected}”。"
        elif n > prev + 1:
            missing = "、".join(_marker(style, k).rstrip("、.") for k in range(prev + 1, min(n, prev + 4)))
            before = f"上一项为“{_marker(style, prev)}”，本项" if prev else "上一级标题下的第一项"
            msg = f"序号跳号：{before}为“{h.marker}”，缺少“{missing}”。"
        else:
            msg = f"序号顺序错误：上一项为“{_marker(style, prev)}”，本项为“{h.marker}”，应为“{expected}”。"
        fix = None
        num = _MARKER_NUMBER.search(h.marker)
        if h.style in ("一、", "（一）", "1.", "（1）") and n == prev and num:
            # replace the number only (the brackets may be GW801's to fix)
            want = _MARKER_NUMBER.search(expected).group(0)
            fix = Fix.replace(h.line, span[0] + num.start(), span[0] + num.end(), want, "改为连续的序号",
                              applicability=UNSAFE)
        return Violation(msg, h.line, *span, fix=fix, data={"previous": prev, "number": n, "style": style})


_CELL_WORD = re.compile(r"[\u4e00-\u9fff（）()]{2,10}")


# the first header cell of a flattened table (.txt): 序号, or the article a division table goes through (条款)
_FIRST_HEADS = ("序号", "条款", "条目", "条文", "编号")
_ARTICLE_CELL = re.compile(r"第[一二三四五六七八九十百零〇]+条")  # a division table's row opens with the article


def _table_lines(ctx) -> set[int]:
    """Lines that are cells of a table: source tables, tab-separated rows, and a Word table
    flattened one cell per line (.txt) under a header row opening with 序号 (or 条款 …)."""
    paras = ctx.doc.paragraphs
    out = {p.line for p in paras if p.table is not None}
    texts = [p.text.strip() for p in paras]
    heads: set[str] = set()
    for i, t in enumerate(texts):
        if t not in _FIRST_HEADS:
            continue
        heads.add(t)
        for u in texts[i + 1:i + 9]:
            if not _CELL_WORD.fullmatch(u) or match_marker(u) is not None:
                break
            heads.add(u)
    if out or heads or any("\t" in t for t in texts):
        for table in tables(ctx, [p.line for p in paras], heads, row_start=_ARTICLE_CELL):
            out.update(ln for row in table.rows for ln in row.lines)
    return out | table_cell_lines(ctx)  # a division table's rows repeating the numbered measures (.txt)


def _marker(style: str, n: int) -> str:
    """The marker as GW705 has always shown it (① items as plain digits)."""
    return str(n) if style == "①" else marker_text(style, n)

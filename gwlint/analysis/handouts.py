"""What a document hands down: the items listed right after a sentence that issues materials to the
recipients (现将培训班有关材料印送你们 / 现将以下材料印发给你们：), as a table (序号|材料名称|页数) or a
numbered list, in any format (a table's cells and a list's items are lines of their own).

* :func:`issuing_lines` — lines of the 正文 whose sentence hands materials down (an issue verb with the
  recipients as its goal, or introducing the list: 汇编下发，资料目录如下：; no submission asked in it);
* :func:`handed_items` — (line, item) of the short lines listed after such a sentence, up to the next
  sentence of the text.

GW103 reads a leader's speech among the items; GW106 does not read their table as a report form.
"""
from __future__ import annotations

import re

from .markers import match_marker

# the recipients as the goal of the verb (印送你们, 印发给你们, 转发给各单位, 发给你们)
_TO_RECIPIENTS = r"(?:给|至|到)?(?:你们|你单位|各单位|各位|你局|你厅|你委)"
# a sentence that also asks for something back (请于……前报送) hands nothing down only
_ASKS_BACK = re.compile(r"报送|上报|填报|提交|报回|反馈")
# an item: a short line with no sentence in it (a cell, a title, a numbered list item)
_ITEM = re.compile(r"^[^。；;！？]{1,60}$")


def issuing_lines(ctx, verbs: list[str]) -> list[int]:
    """Lines of the 正文 in which the issuer hands materials to the recipients (现将……材料印送你们; 将会议有关
    资料汇编下发，资料目录如下：)."""
    if not verbs:
        return []
    rx = re.compile("(?:" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")"
                    + "(?:" + _TO_RECIPIENTS + "|[^，。；：:]{0,2}[，,]?[^，。；]{0,10}(?:如下|以下)[：:])")
    out = []
    for ln in ctx.gw.body_lines:
        text = ctx.reading(ln)
        m = rx.search(text)
        if m is None or _ASKS_BACK.search(text):
            continue
        if re.search(r"(?:不再|不|未|没有|无需|不必)[^，。；]{0,6}$", text[:m.start()]):
            continue  # 不再印发给你们: nothing handed down
        out.append(ln)
    return out


def handed_items(ctx, verbs: list[str]) -> list[tuple[int, str]]:
    """(line, item text without its number) of the lines listed after a sentence that hands materials down:
    the cells of the table or the items of the list that follows it, up to the next sentence of the text."""
    lines = list(ctx.gw.body_lines)
    pos = {ln: i for i, ln in enumerate(lines)}
    out: list[tuple[int, str]] = []
    for ln in issuing_lines(ctx, verbs):
        text = ctx.reading(ln).rstrip()
        if not text.endswith(("：", ":", "。", "如下", "下表")):
            continue
        for nxt in lines[pos[ln] + 1:]:
            item = ctx.reading(nxt).strip()
            if not item:
                continue
            if not _ITEM.match(item.rstrip("。；;")):
                break
            m = match_marker(item)
            if m is not None and m.body < len(item):
                item = item[m.body:]
            out.append((nxt, item.strip().rstrip("。；;，,")))
    return out

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
from functools import lru_cache

from .lexicon import load_data
from .markers import match_marker


def _words(key: str) -> str:
    return "|".join(map(re.escape, load_data("burdens.toml").get(key) or ())) or "(?!)"


@lru_cache(maxsize=1)
def _to_recipients() -> str:
    """The recipients as the goal of the verb (印送你们, 印发给你们, 转发给各单位, 发给你们)."""
    return f"(?:给|至|到)?(?:{_words('handout_recipients')})"


@lru_cache(maxsize=1)
def _asks_back() -> re.Pattern:
    """A sentence that also asks for something back (请于……前报送) hands nothing down only."""
    return re.compile(_words("handout_asks_back"))


@lru_cache(maxsize=1)
def _cancelled() -> re.Pattern:
    """A negator shortly before the verb: 不再印发给你们 hands nothing down."""
    return re.compile(f"(?:{_words('handout_cancellers')})[^，。；]{{0,6}}$")


@lru_cache(maxsize=64)
def _issuing(verbs: tuple[str, ...]) -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, sorted(set(verbs), key=lambda w: (-len(w), w)))) + ")"
                      + "(?:" + _to_recipients() + "|[^，。；：:]{0,2}[，,]?[^，。；]{0,10}(?:如下|以下)[：:])")


# an item: a short line with no sentence in it (a cell, a title, a numbered list item)
_ITEM = re.compile(r"^[^。；;！？]{1,60}$")


def issuing_lines(ctx, verbs: list[str]) -> list[int]:
    """Lines of the 正文 in which the issuer hands materials to the recipients (现将……材料印送你们; 将会议有关
    资料汇编下发，资料目录如下：)."""
    if not verbs:
        return []
    rx = _issuing(tuple(verbs))
    out = []
    body = list(ctx.gw.body_lines)
    for i, ln in enumerate(body):
        text = ctx.reading(ln)
        m = rx.search(text)
        if m is None or _asks_back().search(text):
            continue
        if _cancelled().search(text[:m.start()]):
            continue  # 不再印发给你们: nothing handed down
        out.append(ln)
        # ……现将培训班有关材料印送你们。 / 材料目录如下： / 序号|材料名称|页数: a line only introducing the list goes on
        # handing down what the sentence before it hands
        nxt = next((k for k in body[i + 1:] if ctx.reading(k).strip()), None)
        if nxt is not None and _LIST_LEAD.match(ctx.reading(nxt).strip()):
            out.append(nxt)
    return out


# a line that only introduces a list (材料目录如下：, 资料清单见下表。, 具体篇目如下：)
_LIST_LEAD = re.compile(r"^[^。；;，,！？请要须报交填]{0,16}(?:如下|见下表)[：:。]?$")


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
            # what a contents list adds after the item's title (（第10页至第24页）, （摘要）, ……………… 5) is no part of it
            item = _ITEM_NOTE.sub("", item.strip().rstrip("。；;，,"))
            out.append((nxt, item.strip().rstrip("。；;，,")))
    return out


# a note after a listed item's title: a closing bracketed note, or the leader dots and page number of a contents list
_ITEM_NOTE = re.compile(r"(?:\s*[（(][^（）()]{1,16}[）)]|[\s.…·．]{2,}\d+(?:[-—–～~至]\d+)?|\s*[/／]\s*\d+)\s*$")

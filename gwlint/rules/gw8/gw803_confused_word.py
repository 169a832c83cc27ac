"""GW803 confused-word — 截止/截至, 其它/其他 … on jieba tokens (条例第二十条)."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Iterator

from ...analysis.divisions import short_name_ends_at
from ...analysis.lexicon import load_data
from ...analysis.literals import may_match, present_words
from ...findings import UNSAFE, Fix, Violation
from ..base import Example, NoSettings, Rule


@lru_cache(maxsize=1)
def _confused() -> list[dict]:
    out = []
    for pair in load_data("confused_words.toml")["pair"]:
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
            spec["after_place"] = m.get("not_after_short_place", False)
            out.append(spec)
    return out


@lru_cache(maxsize=1)
def _probes() -> tuple[str, ...]:
    return tuple(spec["probe"] for spec in _confused() if spec["probe"] is not None)


@lru_cache(maxsize=1)
def _fused() -> tuple[frozenset, frozenset]:
    data = load_data("confused_words.toml")
    return frozenset(data.get("fused_prev", [])), frozenset(data.get("fused_next", []))


def _whole_word(index, text: str, a: int, b: int) -> bool:
    """``[a, b)`` is a word of its own: on token boundaries, or cut only by a two-character token
    that jieba made of one of its end characters and a one-character function word beside it
    (及其/它 for 及＋其它, 申/议和 for 申议＋和)."""
    prev, nxt = _fused()
    if not index.is_start(a):
        k = index.index_at(a)
        if not (k >= 0 and index.tokens[k].start == a - 1 and index.tokens[k].end == a + 1 and text[a - 1] in prev):
            return False
    if not index.is_end(b):
        k = index.index_at(b - 1)
        if not (k >= 0 and index.tokens[k].start == b - 1 and index.tokens[k].end == b + 1 and text[b] in nxt):
            return False
    return True


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
    Settings = NoSettings
    data_file = "confused_words.toml"
    examples = (
        Example("截止2025年底，全省共完成高标准农田建设任务。其它事项另行通知。", fires=True),
        Example("截至2025年底，全省共完成高标准农田建设任务。申报截止日期为3月20日。", fires=False,
                note="“截止日期”是一个词"),
        Example("严厉查处虚假宣传、价格欺诈及其它违法行为。", fires=True, note="分词切成“及其/它”，仍是“其它”"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        date = ctx.gw.date_value
        # the pairs whose wrong form can be in the document at all (its word, or a word every match of
        # its pattern holds, is somewhere in the text): one search each, not one per line
        whole = "\n".join(ctx.text(ln) for ln in ctx.text_lines)
        present = present_words(whole, _probes())  # one scan for all the plain words, not one each
        specs = [spec for spec in _confused() if (spec["probe"] in present if spec["probe"] is not None
                                                   else may_match(spec["rx"], whole))]
        for ln in ctx.text_lines:
            text = ctx.text(ln)
            index = None
            # a cited title inside 《》 is the work's own name and stays as written
            books = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)] if "《" in text else []
            for spec in specs:
                if spec["probe"] is not None and spec["probe"] not in text:
                    continue
                if spec["since_d"] is not None and date is not None and date < spec["since_d"]:
                    continue
                for m in spec["rx"].finditer(text):
                    a, b = m.start(), m.end()
                    if books and any(x < a < y for x, y in books):
                        continue
                    if spec["next_rx"] is not None and not spec["next_rx"].search(text[b:]):
                        continue
                    if spec["not_next_rx"] is not None and spec["not_next_rx"].search(text[b:]):
                        continue
                    if spec["prev_rx"] is not None and not spec["prev_rx"].search(text[:a]):
                        continue
                    # 新县县委: the first 县 closes a one-character county's name, the second is the organ's
                    if spec["after_place"] and short_name_ends_at(text, a + 1):
                        continue
                    if spec.get("boundary", True):
                        index = index or ctx.index(ln)
                        if not _whole_word(index, text, a, b):
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

"""GW708 missing-element — 标题, 署名 (or 版头), 成文日期 (条例第九条; GB/T 9704-2012 7.3)."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.positions import TITLE_LIKE
from ...findings import Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704, BASIS_RULES


class MissingElement(Rule):
    code = "GW708"
    name = "missing-element"
    severity = "warning"
    basis = f"{BASIS_RULES}第九条；{BASIS_9704} 7.3"
    summary = "检查公文必备要素：标题、发文机关署名（或版头发文机关标志）、成文日期。"
    why = ("条例第九条：公文一般由份号、密级……标题、主送机关、正文、附件说明、发文机关署名、成文日期、印章、附注、附件等组成；"
           "标题、发文机关（署名或标志）和成文日期是每份公文都必须有的要素。")
    bad = "（正文结束后既无发文机关署名，也无成文日期）"
    good = "江西省人民政府办公厅\n2026年1月15日"
    fix_title = "补齐缺少的要素"
    Settings = NoSettings
    examples = (
        Example("江西省农业农村厅关于做好春耕生产工作的通知\n各设区市人民政府：\n各地要加强春耕生产组织工作。\n江西省农业农村厅",
                fires=True, frame="whole", note="没有成文日期"),
        Example("各地要加强春耕生产组织工作。", fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        # Only documents recognisably meant as 公文 (some element found) are judged.
        recognised = [gw.doc_number, gw.recipients, gw.title, gw.issuer_mark, gw.date]
        if sum(e is not None for e in recognised) < 2:
            return
        if gw.title is None and not (gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")):
            if not self._title_somewhere(ctx):
                yield Violation("缺少公文标题（发文机关＋事由＋文种）。", gw.body_lines[0] if gw.body_lines else 1)
        if gw.date is None:
            yield Violation("缺少成文日期（署名下一行，用阿拉伯数字标全年月日）。",
                            (gw.signature.lines[-1] if gw.signature else (gw.body_lines[-1] if gw.body_lines else None)))
        if gw.signature is None and gw.issuer_mark is None and gw.date is not None:
            yield Violation("缺少发文机关署名（成文日期上方），也没有版头发文机关标志。", gw.date.line)

    @staticmethod
    def _title_somewhere(ctx) -> bool:
        for p in ctx.doc.paragraphs[:15]:
            s = re.sub(r"\s+", "", p.text)
            if len(s) <= 160 and TITLE_LIKE.search(s):
                return True
        return False

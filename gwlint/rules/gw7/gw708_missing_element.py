"""GW708 missing-element — 标题, 发文机关署名, 成文日期 (条例第九条; GB/T 9704-2012 7.3).

GB/T 9704-2012 made the 发文机关署名 an element of its own (前言 e; 7.3.5.1 and 7.3.5.2: sealed and
unsealed documents alike), so a 版头 发文机关标志 no longer stands in for it as under GB/T 9704-1999
(落款处不署发文机关名称，只标识成文时间).  Only 纪要 (10.3) and 命令 signed with the signer's
签名章 (7.3.5.3, 10.2) close without one."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.orgs import classify, split_region
from ...analysis.positions import TITLE_LIKE
from ...findings import Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704, BASIS_RULES


class MissingElement(Rule):
    code = "GW708"
    name = "missing-element"
    severity = "warning"
    basis = f"{BASIS_RULES}第九条；{BASIS_9704} 7.3"
    summary = "检查公文必备要素：标题、发文机关署名、成文日期（纪要和加盖签发人签名章的命令不署发文机关名称）。"
    # which texts are judged (as the why text says): see check()
    why = ("条例第九条：公文一般由份号、密级……标题、主送机关、正文、附件说明、发文机关署名、成文日期、印章、附注、附件等组成。"
           "GB/T 9704-2012 把发文机关署名列为公文格式要素（前言 e 项），加盖印章和不加盖印章的公文都要在成文日期上方署发文机关"
           "名称（7.3.5.1、7.3.5.2）；版头有发文机关标志也不能省略署名（旧标准 GB/T 9704-1999 “落款处不署发文机关名称”的做法已废止）。"
           "纪要（10.3）和加盖签发人签名章的命令（7.3.5.3、10.2）除外。\n\n"
           "只检查看得出是一份公文的文本：识别出标题、发文字号、版头、主送机关、成文日期中的两项；没有标题时，有其中一项"
           "（如开头就是主送机关“各镇乡人民政府：”）、有署名，或开头写明文种（……纪要如下）就检查，缺什么报什么。"
           "只有标题没有其他要素的（文章、摘录），以及这些要素一项都没有的正文段落，不检查。")
    bad = "（正文结束后既无发文机关署名，也无成文日期）"
    good = "江西省人民政府办公厅\n2026年1月15日"
    fix_title = "补齐缺少的要素"
    Settings = NoSettings
    examples = (
        Example("江西省农业农村厅关于做好春耕生产工作的通知\n各设区市人民政府：\n各地要加强春耕生产组织工作。\n江西省农业农村厅",
                fires=True, frame="whole", note="没有成文日期"),
        Example("各地要加强春耕生产组织工作。", fires=False),
        Example("各设区市人民政府：\n各地要加强春耕生产组织工作。", fires=True, frame="whole",
                note="开头是主送机关，是一份公文：缺少标题（和成文日期）"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        # Only documents recognisably meant as 公文 are judged: two of their elements, or — with no title — one
        # (a 主送 line, a 文号, a date) or an opening that names the 文种 (纪要如下).  A title alone may head any
        # article or excerpt; a text with none of these is a passage of a 正文, not a document to complete.
        recognised = [gw.doc_number, gw.recipients, gw.title, gw.issuer_mark, gw.date]
        found = sum(e is not None for e in recognised)
        if found < 2 and not (gw.title is None and (found or gw.signature is not None or gw.doc_type)):
            return
        if gw.title is None and not (gw.issuer_mark is not None and gw.issuer_mark.text.endswith("令")):
            if not self._title_somewhere(ctx):
                yield Violation("缺少公文标题（发文机关＋事由＋文种）。", gw.body_lines[0] if gw.body_lines else 1)
        if gw.date is None and not (self._closes_unsigned(gw) and self._dated_under_title(ctx)):
            yield Violation("缺少成文日期（署名下一行，用阿拉伯数字标全年月日）。",
                            (gw.signature.lines[-1] if gw.signature else (gw.body_lines[-1] if gw.body_lines else None)))
        if gw.signature is None and gw.date is not None and not self._closes_unsigned(gw):
            if gw.issuer_mark is None:
                yield Violation("缺少发文机关署名（成文日期上方），也没有版头发文机关标志。", gw.date.line)
            else:
                yield Violation("缺少发文机关署名：成文日期上方应署发文机关全称或规范化简称。版头的发文机关标志不能代替署名"
                                "（GB/T 9704-2012 7.3.5，加盖印章和不加盖印章的公文都要署名）。", gw.date.line)
        if gw.signature is not None and len(gw.issuers) > 1 and not self._closes_unsigned(gw):
            unsigned = self._unsigned_issuers(gw)
            if unsigned:
                yield Violation(f"联合行文缺少{'、'.join(f'“{n}”' for n in unsigned)}的署名：版头或标题列出的每个发文机关"
                                "都应在成文日期上方署名（GB/T 9704-2012 7.3.5.1，联合行文时主办机关署名在前）。",
                                gw.signature.lines[0])

    @staticmethod
    def _closes_unsigned(gw) -> bool:
        """纪要 and 命令（令）close without a 发文机关署名: 纪要 with the date alone, 命令 with the
        signer's 职务 and 签名章 (GB/T 9704-2012 10.2, 10.3)."""
        kinds = ("纪要", "令")
        mark = gw.issuer_mark.text.strip() if gw.issuer_mark is not None else ""
        return (gw.doc_type or "").endswith(kinds) or mark.endswith(kinds)

    @staticmethod
    def _dated_under_title(ctx) -> bool:
        """A 纪要 dated in brackets right under its title (让胡路区人民政府区长办公会议纪要 /（2026年8月14日）): its date
        is there, not above a 署名 it does not have."""
        gw = ctx.gw
        if gw.title is None:
            return False
        # the bracketed date may be read as the title's last line, or stand as the next one
        after = [*gw.title.lines[1:], *[ln for ln in ctx.text_lines if ln > max(gw.title.lines) and ctx.text(ln).strip()][:1]]
        return any(_BRACKET_DATE.fullmatch(re.sub(r"[\s\u3000]+", "", ctx.text(ln))) for ln in after)

    @staticmethod
    def _unsigned_issuers(gw) -> list[str]:
        """Issuers of a joint document (版头 or title) that the 署名 does not name: an issuer counts as
        signed when its organ's name (教育厅 of 省教育厅) is in the 署名, or a name of the 署名 is the same
        body by its short form (中央军委, 省发展改革委)."""
        signed = re.sub(r"[\s\u3000]+", "", gw.signature.text)
        known = set()
        for part in re.split(r"[\s\u3000、，,]+", gw.signature.text):
            if part:
                full = classify(part).name
                known.update((full, split_region(full)[1]))
        out = []
        for org in gw.issuers:
            name = re.sub(r"[\s\u3000]+", "", org.name)
            own = split_region(name)[1] or name
            if name not in signed and own not in signed and name not in known and own not in known:
                out.append(name)
        return out if len(out) < len(gw.issuers) else []

    @staticmethod
    def _title_somewhere(ctx) -> bool:
        for p in ctx.doc.paragraphs[:15]:
            s = re.sub(r"\s+", "", p.text)
            if len(s) <= 160 and TITLE_LIKE.search(s):
                return True
        return False


_BRACKET_DATE = re.compile(r"[（(](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日[）)]")

"""GW101 document-too-long — 篇幅 (赣府发〔2019〕3号 第2条; the limits are the profile's)."""
from __future__ import annotations

from typing import Iterator

from ...analysis.facts import length_class, length_parts
from ...findings import Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_2

_PARAGRAPH = "各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成，切实做好春季森林防火各项工作。" * 10


class DocumentTooLong(Rule):
    code = "GW101"
    name = "document-too-long"
    severity = "error"
    basis = BASIS_2
    summary = "按发文机关类别检查公文篇幅：正文和每个附件的字数（按 Word“字数”口径）不超过配置方案规定的上限。"
    why = ("“严格控制公文篇幅，除事关长远和全局发展规划外，省政府普发类文件一般不超过5000字，"
           "省政府办公厅普发类文件一般不超过4000字。”长文件加重基层负担，也难以抓住重点。"
           "字数按 Word/WPS 口径计：每个汉字和全角标点计 1，连续的字母数字计 1，空格不计；"
           "版头、标题、主送、署名、日期、版记不计；正文和它的附件（清单、分工表）合计；印发、转发的文件各自单独计算"
           "（一件通知印发两个文件，是两个文件）。豁免的是本身就是规划、纲要的文件，标题里只提到“规划”的不算。")
    bad = "江西省人民政府办公厅关于……的通知（主送各市、县（区）人民政府，省政府各部门；正文 5200 字）"
    good = "压缩到 4000 字以内：删去背景铺陈和套话，把操作细则放到部门文件或附件清单中"
    fix_title = "删减篇幅至上限以内，或拆分为必要的专项文件"
    # the limits live in the profile (dictionaries/profiles/), not in rule settings
    Settings = NoSettings
    examples = (
        Example("\n".join([_PARAGRAPH] * 9), fires=True, frame="office_circular",
                note="省政府办公厅普发类文件，正文约 4400 字，上限 4000 字"),
        Example("\n".join([_PARAGRAPH] * 7), fires=False, frame="office_circular", note="约 3400 字"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        cls = length_class(ctx)
        if cls is None:
            return
        profile = ctx.profile
        parts = length_parts(ctx)
        for part, (name, line, count) in enumerate(parts):
            if count <= cls.limit:
                continue
            if part == 0:
                merged = count != (gw.char_counts[0] if gw.char_counts else 0)
                where = "正文及附件合计" if merged else "正文"
            elif name and line in gw.body_lines:
                where = f"《{name}》"  # a carried document printed in the 正文, not attached
            else:
                where = f"附件{part if len(parts) > 2 else ''}" + (f"《{name}》" if name else "")
            yield Violation(
                f"{where}共 {count} 字，超过{cls.name}{cls.limit} 字的上限（多 {count - cls.limit} 字）。"
                f"请压缩篇幅，删去铺陈和套话。",
                line=line, data={"count": count, "limit": cls.limit, "class": cls.name, "part": part},
                basis=profile.length_basis or None,
            )

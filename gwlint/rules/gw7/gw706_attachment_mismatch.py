"""GW706 attachment-mismatch — 附件说明 against the attachments (GB/T 9704-2012 7.3.4, 7.3.7)."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.positions import NAME_END, attachment_end_marks
from ...findings import Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704


def _norm_name(s: str) -> str:
    return NAME_END.sub("", re.sub(r"[\s\u3000《》“”\"]", "", s))


class AttachmentMismatch(Rule):
    code = "GW706"
    name = "attachment-mismatch"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.4、7.3.7"
    summary = "核对附件说明（附件：1.……）与文后所附附件的数量、顺序和名称是否一致，附件名称后不加标点。"
    why = ("GB/T 9704-2012 7.3.4：附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；"
           "如有多个附件，使用阿拉伯数字标注附件顺序号；附件名称后不加标点符号。7.3.7：附件标题与附件说明中的名称应一致。")
    bad = "附件：1.重点任务分工表。（文后附件标题为“重点任务责任分工表”）"
    good = "附件：1.重点任务责任分工表"
    fix_title = "使附件说明与所附附件的数量、顺序和名称一致"
    Settings = NoSettings
    examples = (
        Example("各设区市要加强春耕生产组织工作。\n附件：春耕生产进度统计表。", fires=True, note="附件名称后加了句号"),
        Example("各设区市要加强春耕生产组织工作。\n附件：春耕生产进度统计表", fires=False),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        note = gw.attachment_note
        if note is None:
            return
        names = gw.attachment_names
        for ln, a, b in attachment_end_marks(ctx):
            yield Violation(f"附件名称后不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, "", "删去附件名称后的标点"))
        if not gw.attachments or not names:
            return  # the attachments are not part of this copy: nothing to compare
        if len(names) != len(gw.attachments):
            yield Violation(f"附件说明列出 {len(names)} 个附件，文后实际附有 {len(gw.attachments)} 个，请核对。",
                            note.line, data={"listed": len(names), "present": len(gw.attachments)})
            return
        for k, (name, att) in enumerate(zip(names, gw.attachments), 1):
            if att.number is not None and att.number != k and len(names) > 1:
                yield Violation(f"附件说明第 {k} 项对应的附件标注为“附件{att.number}”，顺序不一致。", att.lines[0])
                continue
            if att.title is None:
                continue
            a, b = _norm_name(name), _norm_name(att.title.text)
            if a and b and a != b and not (a in b or b in a):
                yield Violation(f"附件说明中的名称“{name}”与附件{k if len(names) > 1 else ''}标题“{att.title.text}”不一致。",
                                note.lines[min(k - 1, len(note.lines) - 1)],
                                data={"listed": name, "title": att.title.text})

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


def _cover_attachments(gw, listed) -> list:
    """The attachments the 附件说明 speaks of.  A 印发/转发 notice carries its document after the date unlabelled
    (……方案 as the first part); when the note lists only what follows it (附件：重点任务责任分工表, the carried
    plan's own annex), the carried document is no attachment of the cover and is not counted."""
    present = list(gw.attachments)
    if not gw.forwarding or len(listed) >= len(present):
        return present
    names = [_norm_name(n) for _, n in listed]
    titles = {id(a): _norm_name(a.title.text) if a.title is not None else "" for a in present}
    keep = [a for a in present if a.label or any(n and titles[id(a)] and (n in titles[id(a)] or titles[id(a)] in n)
                                                 for n in names)]
    return keep if len(keep) == len(listed) else present


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
            yield from self._labelled_without_note(gw)
            return
        names = gw.attachment_names
        for ln, a, b in attachment_end_marks(ctx):
            yield Violation(f"附件名称后不加标点符号（“{ctx.text(ln)[a:b]}”）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, "", "删去附件名称后的标点"))
        # the items said to go apart (……方案（另发）) are not after the text: compare the others
        apart = gw.attachment_apart if len(gw.attachment_apart) == len(names) else [False] * len(names)
        listed = [(k, name) for k, (name, away) in enumerate(zip(names, apart), 1) if not away]
        if not gw.attachments or not listed:
            # the attachments are not part of this copy (sent as separate files in OA systems and
            # web copies, often named as files: ……方案.docx): nothing to compare
            return
        present = _cover_attachments(gw, listed)
        if len(listed) != len(present):
            yield Violation(f"附件说明列出 {len(listed)} 个{'随文' if len(listed) < len(names) else ''}附件，"
                            f"文后实际附有 {len(present)} 个，请核对。",
                            note.line, data={"listed": len(listed), "present": len(present)})
            return
        bare = [att for att in present if att.label and att.number is None]
        if len(names) > 1 and bare:
            # GB/T 9704 7.3.7: with several attachments the 附件 mark carries its number (附件1)
            yield Violation(f"附件说明列出 {len(names)} 个附件并编了顺序号，文后有 {len(bare)} 个附件只标“附件”，"
                            f"应标注顺序号（“附件1”“附件2”……）。", bare[0].lines[0], data={"unnumbered": len(bare)})
            return
        for (k, name), att in zip(listed, present):
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

    @staticmethod
    def _labelled_without_note(gw) -> Iterator[Violation]:
        """Attachments marked 附件/附件1 after the date but no 附件说明 under the 正文.  A carried
        document of a 印发/转发 notice is no attachment, and an unmarked trailing part is not
        believed to be one."""
        labelled = [att for att in gw.attachments if att.label]
        if not labelled or gw.forwarding:
            return
        yield Violation(f"文后附有 {len(gw.attachments)} 个附件（“{labelled[0].label}”），正文下却没有附件说明，"
                        "应在正文下空一行注明“附件：”及附件名称。", labelled[0].lines[0],
                        data={"listed": 0, "present": len(gw.attachments)})


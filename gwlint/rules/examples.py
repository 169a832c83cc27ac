"""Frames for the runnable examples in rule docs, and the runner.

A frame is the skeleton of a realistic draft — who writes to whom — into which an
example's text is put as the 正文.  Naming the frame keeps examples honest: GW104
fires for a provincial department writing to 设区市 governments and not for the
province's General Office writing the same sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from .base import Example


@dataclass(frozen=True)
class Frame:
    description: str
    title: str
    doc_number: str | None
    recipients: str | None
    signature: str
    date: str = "2026年2月10日"
    tail: str = ""


FRAMES = {
    "dept_to_cities": Frame("省直部门（江西省农业农村厅）致各设区市人民政府",
                            "江西省农业农村厅关于做好2026年春耕生产工作的通知", "赣农字〔2026〕8号",
                            "各设区市人民政府：", "江西省农业农村厅"),
    "dept_to_depts": Frame("省直部门（江西省农业农村厅）致各设区市农业农村局",
                           "江西省农业农村厅关于做好2026年春耕生产工作的通知", "赣农字〔2026〕9号",
                           "各设区市农业农村局：", "江西省农业农村厅"),
    "office_circular": Frame("省政府办公厅普发：致各市、县（区）人民政府，省政府各部门",
                             "江西省人民政府办公厅关于做好春季森林防火工作的通知", "赣府厅字〔2026〕12号",
                             "各市、县（区）人民政府，省政府各部门：", "江西省人民政府办公厅"),
    "policy_notice": Frame("省政府办公厅印发政策性方案：正文即方案的措施",
                           "江西省人民政府办公厅关于印发江西省春季农业生产若干措施的通知", "赣府厅发〔2026〕5号",
                           "各市、县（区）人民政府，省政府各部门：", "江西省人民政府办公厅"),
    "county_request": Frame("县政府向设区市政府请示", "XX县人民政府关于购置公务用车的请示", "X府文〔2026〕3号",
                            "XX市人民政府：", "XX县人民政府", tail="（联系人：张三，电话：0791-8888888）"),
}


def marked(ex: Example) -> str:
    """The example's whole draft in :mod:`gwlint.docgen`'s marked form."""
    if ex.frame == "whole":
        return "\n".join(line if line.startswith("@") else f"@body {line}" if line.strip() else ""
                         for line in ex.text.strip("\n").split("\n")) + "\n"
    f = FRAMES[ex.frame]
    out = []
    if f.doc_number:
        out.append(f"@doc_number {f.doc_number}")
    out.append(f"@title {ex.title or f.title}")
    recipients = f.recipients if ex.recipients is None else ex.recipients
    if recipients:
        out.append(f"@recipients {recipients}")
    out.extend(line if line.startswith("@") else f"@body {line}" for line in ex.text.strip("\n").split("\n"))
    out += [f"@signature {f.signature}", f"@date {f.date}"]
    if f.tail:
        out.append(f"@note {f.tail}")
    return "\n".join(out) + "\n"


def render(ex: Example) -> str:
    """The whole draft of an example as plain text (one paragraph a line)."""
    from ..docgen import parse_marked, plain_text

    return plain_text(parse_marked(marked(ex)))


def run(rule: type, ex: Example) -> list:
    """Findings of ``rule`` (only) on the example's draft."""
    import tempfile
    from pathlib import Path

    from ..api import lint_bytes, lint_path
    from ..config import Config

    cfg = Config(select=[rule.code])
    cfg.options.update(dict(ex.options))
    if ex.docx is None:
        res = lint_bytes(render(ex).encode("utf-8"), f"{rule.code}-example.txt", cfg)
    else:
        from ..docgen import parse_marked
        from ..docgen.docx import write_docx

        with tempfile.TemporaryDirectory(prefix="gwlint-example-") as tmp:
            path = Path(tmp) / f"{rule.code}-example.docx"
            write_docx(parse_marked(marked(ex)), path, overrides=dict(ex.docx))
            res = lint_path(path, cfg)
    return [f for f in res.findings if f.code == rule.code]

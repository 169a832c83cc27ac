"""Render 公文 drafts as .docx, .pdf and .ofd laid out per GB/T 9704-2012.

Used to build ``sample_docs/`` and the .docx/.pdf inputs of the tests from text
written for this project.  The input is a list of :class:`Block` (a role and its
text), usually parsed from a lightly marked source text::

    @issuer_mark 江西省人民政府办公厅文件
    @doc_number 赣府厅发〔2026〕5号
    @title 江西省人民政府办公厅关于……的通知
    @recipients 各市、县（区）人民政府，省政府各部门：
    现将……                      ← no tag: a body paragraph
    @heading1 一、总体要求
    @page_break
    @table 序号|任务|责任单位        ← one @table line per row, cells split by |

Roles (layout in brackets): issuer_mark [centred, red, 小标宋], doc_number
[centred], signer_line, title [centred 22 pt 小标宋], recipients [flush left],
body [first-line indent two characters], heading1 [黑体], heading2 [楷体],
heading3, heading4, attachment_note, signature [right], date [right], note
(附注), page_break, attachment_label [黑体, flush left], attachment_title
[centred 22 pt], cc and printer [版记, 14 pt], table.

The plain text of a draft (what the .txt reader sees) is :func:`plain_text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = (
    "issuer_mark", "doc_number", "signer_line", "title", "recipients", "body",
    "heading1", "heading2", "heading3", "heading4", "attachment_note", "signature",
    "date", "note", "page_break", "attachment_label", "attachment_title", "cc",
    "printer", "table",
)


@dataclass
class Block:
    role: str
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)  # role "table" only


def parse_marked(source: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        role, text = "body", line
        if line.startswith("@"):
            tag, _, rest = line[1:].partition(" ")
            if tag not in ROLES:
                raise ValueError(f"unknown role @{tag} in: {line}")
            role, text = tag, rest.strip()
        if role == "table":
            cells = [c.strip() for c in text.split("|")]
            if blocks and blocks[-1].role == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        blocks.append(Block(role, text))
    return blocks


def plain_text(blocks: list[Block]) -> str:
    """The draft as plain text, one paragraph per line (table cells one per line)."""
    out: list[str] = []
    for b in blocks:
        if b.role == "page_break":
            continue
        if b.role == "table":
            out.extend(cell for row in b.rows for cell in row if cell)
        else:
            out.append(b.text)
    return "\n".join(out) + "\n"

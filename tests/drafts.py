"""Small drafts built in tests (text written for this project)."""
from __future__ import annotations

# the formats a marked draft is rendered in (gwlint.docgen) by the class tests
FORMATS = ["txt", "docx", "pdf"]

BODY_SENTENCES = [
    "各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。",
    "省林业局要会同省应急管理厅加强火情监测预警，及时发布高火险天气警报。",
    "要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。",
    "对发现的隐患要建立台账，逐项落实整改责任，做到整改到位一项、销号一项。",
]


def office_circular(paragraphs: int, *, issuer: str = "江西省人民政府办公厅", recipients: str | None = None,
                    title_matter: str = "做好春季森林防火工作", doc_type: str = "通知") -> str:
    """A 省政府办公厅 circular with ``paragraphs`` body paragraphs (about 140 字 each)."""
    recipients = recipients or "各市、县（区）人民政府，省政府各部门："
    body = []
    for i in range(paragraphs):
        body.append("".join(BODY_SENTENCES[(i + k) % len(BODY_SENTENCES)] for k in range(4)))
    return "\n".join([
        f"{issuer}关于{title_matter}的{doc_type}",
        "赣府厅字〔2026〕12号",
        recipients,
        *body,
        issuer,
        "2026年1月15日",
        "（此件公开发布）",
    ]) + "\n"


def render_draft(source: str, fmt: str, tmp_path):
    """Write a marked draft as .txt, .docx or .pdf under ``tmp_path`` and return its path."""
    from gwlint.docgen import parse_marked, plain_text

    blocks = parse_marked(source)
    path = tmp_path / f"draft.{fmt}"
    if fmt == "txt":
        path.write_text(plain_text(blocks), encoding="utf-8")
    elif fmt == "docx":
        from gwlint.docgen.docx import write_docx

        write_docx(blocks, path)
    else:
        from gwlint.docgen.pdf import write_pdf

        write_pdf(blocks, path)
    return path


def finding_key(findings):
    """What must agree across formats: code, place and message."""
    return [(f.code, f.line, f.column, f.end_column, f.message) for f in findings]


def lint_codes(source: str, fmt: str, tmp_path, code: str) -> list:
    """The findings of ``code`` on a marked draft rendered as ``fmt`` (the file must have been read)."""
    from gwlint.api import lint_path

    r = lint_path(render_draft(source, fmt, tmp_path))
    assert r.error is None
    return [f for f in r.findings if f.code == code]


def probe_params(folder, code_of=lambda stem: stem.split("-", 1)[0].upper()) -> list:
    """One pytest param per probe draft of ``folder`` (named <code>-<case>.gw): its source, the rule it probes
    (``code_of`` its file stem) and how many findings of that rule its ``# expect:`` lines want."""
    import re

    import pytest

    out = []
    for p in sorted(folder.glob("*.gw")):
        code, src = code_of(p.stem), p.read_text(encoding="utf-8")
        out.append(pytest.param(src, code, len(re.findall(rf"^# expect: {code}\b", src, re.M)), id=p.stem))
    return out


def assert_probe(src: str, code: str, expected: int, fmt: str, tmp_path) -> None:
    """The probe draft rendered as ``fmt`` gives exactly ``expected`` findings of ``code`` (none for a near-miss)."""
    found = lint_codes(src, fmt, tmp_path, code)
    assert len(found) == expected, [f.message for f in found]


def marked_doc(issuer: str, recipients: str | None, body: list[str], *, title: str = "关于做好有关工作的通知",
               docno: str = "政办发〔2026〕8号", date: str = "2026年6月14日", tail: list[str] = ()) -> str:
    """A marked draft (gwlint.docgen's format) of ``issuer`` with its 主送 (none when ``recipients`` is
    None) and body paragraphs; ``title`` follows the issuer's name, ``tail`` comes after the date."""
    lines = [f"@doc_number {docno}", f"@title {issuer}{title}"]
    if recipients is not None:
        lines.append(f"@recipients {recipients}")
    lines += [*body, f"@signature {issuer}", f"@date {date}", *tail]
    return "\n".join(lines) + "\n"


def plan_doc(issuer: str, recipients: str, plan: str, body: list[str], *, docno: str, date: str,
             note: str | None = None, page_break: bool = False) -> str:
    """A marked notice of ``issuer`` printing ``plan`` (关于印发……的通知: 现将《……》印发给你们……) with the plan's
    ``body`` as its attachment; ``note`` an 附件说明, ``page_break`` before the plan's title."""
    return marked_doc(issuer, recipients, [f"现将《{plan}》印发给你们，请认真组织实施。",
                                           *([f"@attachment_note {note}"] if note else [])],
                      title=f"关于印发{plan}的通知", docno=docno, date=date,
                      tail=[*(["@page_break"] if page_break else []), f"@attachment_title {plan}", *body])

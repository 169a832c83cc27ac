"""GW102 — 政策性文件逐条明确责任单位 (赣府发〔2019〕3号 第2条).

source: policy/ganfufa-2019-3.txt 第2条 “今后出台政策性文件一律逐条明确部门责任”.
Word lists (policy 文种, note forms, non-task titles, scope) are in
``dictionaries/responsibility.toml``; unit recognition is :mod:`gwlint.units`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ..data import load_toml
from ..findings import Violation
from .base import Rule


def settings(ctx) -> dict:
    d = load_toml("responsibility.toml")
    return {
        "policy_types": ctx.config.option("GW102.policy_types", d.get("policy_types", [])),
        "issuer_levels": ctx.config.option("GW102.issuer_levels", d.get("issuer_levels", [])),
        "non_task_titles": d.get("non_task_titles", []),
        "list_titles": d.get("responsibility_list_titles", []),
    }


def is_policy_document(gw, policy_types) -> bool:
    """意见/措施/方案/… itself, or a 印发/转发/批转 notice carrying one."""
    if gw.doc_type in policy_types:
        return True
    return bool(gw.forwarding and gw.carried_type in policy_types)


def task_measures(ctx, non_task_titles) -> list:
    """Measures at the working level that are tasks (not 指导思想, 基本原则 …)."""
    gw, doc = ctx.gw, ctx.doc
    measures = gw.measures(doc)
    heads = gw.headings

    def non_task(title: str) -> bool:
        t = re.sub(r"^[\s\u3000]+", "", title)
        return any(t.startswith(x) for x in non_task_titles)

    out = []
    for m in measures:
        h = m.heading
        if non_task(h.title):
            continue
        parent = None
        for p in heads:
            if p.part != h.part or p.line >= h.line:
                continue
            if 0 < p.level < h.level or (p.level == 0 and h.level != 0):
                parent = p
        if parent is not None and non_task(parent.title):
            continue
        out.append(m)
    return out


@dataclass
class ListRow:
    """One entry of a 责任分工 table or 责任清单: its text and the specific units it names."""

    lines: list[int]
    text: str  # squeezed (no spaces or punctuation), for matching measure titles
    number: int | None
    units: list = field(default_factory=list)


_SQUEEZE = re.compile(r"[\s\u3000，,、。；;：:（）()“”《》\-—]+")
# internal offices left over once the units are taken out (合作经济指导处, 科技教育处办公室)
_SUBUNITS = re.compile(r"(?:[\u4e00-\u9fff]{1,12}?(?:处|室|科|中心|站|所|办))+")
_ROW_NO = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s*$")


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", text)


def _region_lines(ctx, rx) -> list[list[int]]:
    """Lines of each attached 责任分工/责任清单 and of each such section of the text."""
    gw = ctx.gw
    regions = []
    for att in gw.attachments:
        title = att.title.text if att.title else ""
        if rx.search(title):
            skip = set(att.title.lines) if att.title else set()
            regions.append([ln for ln in att.lines if ln not in skip])
    for h in gw.headings:
        if h.level in (1, 2) and rx.search(h.title) and len(h.title) <= 20:
            nxt = next((x.line for x in gw.headings if x.line > h.line and x.level <= h.level), None)
            regions.append([ln for ln in gw.content_lines if ln > h.line and (nxt is None or ln < nxt)])
    return regions


def responsibility_rows(ctx, list_titles) -> list[ListRow]:
    """Entries of the document's 责任分工/责任清单 lists.

    A table row is one entry.  Without table structure (.txt, .pdf) a bare number
    (the 序号 cell) opens an entry, and a line that names only units belongs to
    the entry before it."""
    from ..units import find_units

    if not list_titles:
        return []
    rx = re.compile("|".join(map(re.escape, list_titles)))
    rows: list[ListRow] = []
    for lines in _region_lines(ctx, rx):
        cur: ListRow | None = None
        cur_key = None
        for ln in lines:
            p = ctx.para(ln)
            text = p.text
            units = [u for u in find_units(text) if not u.generic]
            m = _ROW_NO.match(text)
            rest = _squeeze(text)
            for u in units:
                rest = rest.replace(_squeeze(u.text), "")
            if units and _SUBUNITS.fullmatch(rest):
                rest = ""  # 省农业农村厅合作经济指导处: the 处室 of a named unit is still a unit
            if p.table is not None:
                key = p.table[:2]
                opens = key != cur_key
            else:
                key = None
                opens = cur is None or bool(m) or (bool(rest) and not (cur.number is not None and not cur.text))
                if cur is not None and not rest and units:
                    opens = False  # a units-only line completes the entry above it
            if opens or cur is None:
                cur = ListRow([], "", None)
                rows.append(cur)
                cur_key = key
            cur.lines.append(ln)
            if m and cur.number is None and not cur.text:
                cur.number = int(m.group(1))
            else:
                cur.text += _squeeze(text)
            cur.units.extend(units)
    return [r for r in rows if r.text or r.units]


def row_for(measure, rows: list[ListRow], numbers_unique: bool) -> ListRow | None:
    """The list entry that names ``measure``: by its title, else by its number when
    the document numbers its measures uniquely (1.–21. straight through)."""
    title = _squeeze(measure.heading.title or "")
    if len(title) >= 2:
        for r in rows:
            if title in r.text or (len(r.text) >= 4 and r.text in title):
                return r
    if numbers_unique and measure.heading.number is not None:
        for r in rows:
            if r.number == measure.heading.number:
                return r
    return None


_DOC = r"本(?:方案|意见|办法|措施|细则|规定|通知|要点)"
# whole-document responsibility, not that of one task (国家中医药局负责组织实施……考核工作)
_OVERALL = re.compile(rf"责任主体|负总责|负责{_DOC}的?(?:组织)?实施|负责(?:组织)?(?:实施|落实){_DOC}")


def overall_responsibility(ctx, issuer_name: str) -> list:
    """Specific units named responsible for the whole document (试点城市政府是……责任主体,
    由省农业农村厅负责本方案的组织实施): they cover the measures that name no unit."""
    from ..units import find_units

    out = []
    for ln in ctx.gw.content_lines:
        text = ctx.text(ln)
        for a, b in ctx.sentences(ln):
            m = _OVERALL.search(text, a, b)
            if not m:
                continue
            head = text[a:m.start()]
            for u in find_units(head):
                # the unit must be the subject: first in the sentence, or after 由
                if head[:u.start].strip(" \u3000由") == "" and not u.generic and u.name != issuer_name:
                    out.append(u)
                break
    return out


class MissingResponsibility(Rule):
    code = "GW102"
    name = "missing-responsibility"
    severity = "warning"
    basis = "赣府发〔2019〕3号 第2条"
    summary = ("政策性文件（意见、措施、方案、办法、规定、细则、要点，或印发这些文件的通知）"
               "应逐条明确责任单位：检查每条措施是否写明牵头或负责的具体单位。")
    why = ("第2条：“组织对近期政策性文件进行集中梳理，凡是责任不明确的补充下发责任清单，"
           "今后出台政策性文件一律逐条明确部门责任。”只写“各地各部门”“有关部门”“各级政府”等泛指主体，"
           "等于没有人负责，政策容易成为“空头政策”。认可的写法：（责任单位：××）、（牵头单位：××；配合单位：××）、"
           "（××负责）、（××会同××负责）、（××牵头，××参与），句首以具体单位作主语（省林业局要会同……），"
           "或附责任分工表、责任清单。本条适用于本省政府系统的文件，国务院及其部门的文件默认不检查"
           "（配置项 GW102.issuer_levels）。")
    bad = "（三）加强技术指导服务。有关部门要组织农技人员下沉一线，开展育秧、栽插等技术指导。"
    good = ("（三）加强技术指导服务。组织农技人员下沉一线，开展育秧、栽插等技术指导。"
            "（责任单位：省农业农村厅；配合单位：省气象局）")
    fix_title = "在每条措施末尾括注责任单位（牵头单位、配合单位），或附责任分工表"

    def check(self, ctx) -> Iterator[Violation]:
        from ..units import responsible_units

        scope = policy_measures(ctx, settings(ctx)["issuer_levels"])
        if scope is None:
            return
        issuer, measures = scope
        missing = [m for m in measures if not [u for u in responsible_units(m.text) if u.name != issuer.name]]
        if missing and overall_responsibility(ctx, issuer.name):
            return
        in_list = listed_measures(ctx, measures) if missing else (False, set())
        if in_list is None:
            return
        has_list, covered = in_list
        missing = [m for m in missing if id(m) not in covered]
        in_list = "，责任分工表中也没有这一条" if has_list else ""
        for m in missing:
            h = m.heading
            text = ctx.text(h.line)
            lead = len(text) - len(text.lstrip(" \u3000\t"))
            end = lead + len(h.marker) + (len(h.title) if h.title else 0)
            label = f"第{h.marker.strip('、.．')}条" if h.style in ("1.", "（1）") else h.marker
            yield Violation(
                f"措施{label}“{h.title[:24]}”未明确责任单位（只有泛指主体或没有主体）{in_list}。"
                f"请写明牵头单位和配合单位，如（责任单位：省××厅）。",
                line=h.line, start=lead, end=min(end, len(text)),
                data={"measure": h.number, "style": h.style},
            )
        if missing:
            yield Violation(
                f"{len(missing)}/{len(measures)} 条措施未明确责任单位。政策性文件应逐条明确部门责任，"
                f"请逐条括注责任单位或附责任分工表。",
                line=None, data={"missing": len(missing), "measures": len(measures), "summary": True},
            )


def policy_measures(ctx, levels) -> tuple | None:
    """(issuer, task measures) of a policy document whose issuer is at one of ``levels``;
    None when the document is out of scope (shared by GW102 and GW502)."""
    gw = ctx.gw
    cfg = settings(ctx)
    if not is_policy_document(gw, cfg["policy_types"]):
        return None
    issuer = gw.issuer
    if issuer is None or issuer.level not in levels:
        return None
    measures = task_measures(ctx, cfg["non_task_titles"])
    return (issuer, measures) if measures else None


def listed_measures(ctx, measures) -> tuple[bool, set[int]] | None:
    """(is there a 责任分工 list naming units, ids of the measures whose list row names
    units).  None when a list exists but lines up with no measure (other wording, other
    numbering): trust it rather than cry wolf."""
    rows = responsibility_rows(ctx, settings(ctx)["list_titles"])
    if not any(r.units for r in rows):
        return False, set()
    numbers = [m.heading.number for m in measures]
    unique = len(numbers) == len(set(numbers))
    matched = {id(m): row_for(m, rows, unique) for m in measures}
    if not any(matched.values()):
        return None
    return True, {k for k, r in matched.items() if r is not None and r.units}


__register__ = (MissingResponsibility,)

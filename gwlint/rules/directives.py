"""GW104/GW105 — 行文关系与发送范围 (赣府发〔2019〕3号 第1条; 《党政机关公文处理工作条例》第十六条).

source: policy/ganfufa-2019-3.txt 第1条 “省政府各部门不得向下级政府发送指令性文件……
主要工作由省政府部门贯彻落实的文件一般不发到市、县(区)政府，主要工作由设区市政府和省政府部门
贯彻落实的文件一般不发到县(市、区)政府”.  Word lists: ``dictionaries/directives.toml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..data import load_toml
from ..findings import Violation
from .base import Rule


@lru_cache(maxsize=1)
def _approval_re() -> re.Pattern | None:
    pats = load_toml("directives.toml").get("approval_patterns", [])
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


def approval_statement(ctx) -> tuple[int, str] | None:
    """(line, phrase) of a statement that a government at the issuer's level or above
    approved the document.  Not one: 未经省政府同意，不得…; 确需…的，须经省政府同意 (a
    condition); 经本级人民政府同意后报送 (a lower government's approval)."""
    from ..units import normalize

    rx = _approval_re()
    if rx is None:
        return None
    d = load_toml("directives.toml")
    before = tuple(d.get("approval_not_after", ()))
    after = tuple(d.get("approval_condition_after", ()))
    relative = tuple(d.get("approval_relative_words", ()))
    for ln in ctx.gw.content_lines:
        text = normalize(ctx.text(ln))
        for m in rx.finditer(text):
            head = text[max(0, m.start() - 4):m.start()]
            if head.endswith(before) or text.startswith(after, m.end()):
                continue
            if any(w in m.group(0) for w in relative) or not _approver_ranks(ctx, m.group(0)):
                continue
            return ln, m.group(0)
    return None


def _approver_ranks(ctx, phrase: str) -> bool:
    """The government named in ``phrase`` is not below the issuer (经南昌市人民政府同意 does
    not authorise a provincial department)."""
    from ..units import find_units, level_rank

    issuer = ctx.gw.issuer
    if issuer is None or issuer.level in (None, "unknown"):
        return True
    levels = [u.level for u in find_units(phrase) if u.kind in ("government", "government_office", "party")
              and u.level != "unknown"]
    return not levels or min(level_rank(lv) for lv in levels) <= level_rank(issuer.level)


def _lower(unit, issuer_level: str) -> list[str]:
    """Levels below the issuer that a government unit reaches."""
    from ..units import level_rank

    if unit.kind != "government":
        return []
    return [lv for lv in unit.reaches_for(issuer_level)
            if lv != "unknown" and level_rank(lv) > level_rank(issuer_level)]


def lower_government_recipients(gw, items) -> list[tuple[str, list[str]]]:
    """(recipient as written, lower levels it reaches) for government recipients below the issuer."""
    from ..units import classify_recipient

    issuer = gw.issuer
    out = []
    for item in items:
        levels: list[str] = []
        for u in classify_recipient(item):
            levels.extend(x for x in _lower(u, issuer.level) if x not in levels)
        if levels:
            out.append((item, levels))
    return out


def directive_hits(ctx, issuer_level: str):
    """(line, Directive) for sentences ordering lower governments."""
    from ..sentences import find_directives
    from ..units import find_units

    for ln in ctx.gw.content_lines:
        text = ctx.text(ln)
        if not text.strip():
            continue
        units = find_units(text)
        subjects = [(u.start, u.end) for u in units if _lower(u, issuer_level)]
        if not subjects:
            continue
        for d in find_directives(text, ctx.tokens(ln), subjects):
            yield ln, d


def _eligible_issuer(gw) -> bool:
    return bool(gw.issuers) and all(o.kind == "department" for o in gw.issuers) \
        and gw.issuer.level not in (None, "unknown")


class DirectiveToLowerGovernment(Rule):
    code = "GW104"
    name = "directive-to-lower-government"
    severity = "error"
    basis = "赣府发〔2019〕3号 第1条"
    summary = "政府部门的文件主送下级人民政府，并以下级人民政府或“各地”为主语提出指令性要求（要、必须、务必、不得……）。"
    why = ("第1条：“省政府各部门不得向下级政府发送指令性文件。”《党政机关公文处理工作条例》第十六条："
           "除办公厅（室）外，其他部门和单位不得向下级党委、政府发布指令性公文或者在公文中向下级党委、政府"
           "提出指令性要求；需经政府审批的事项，经本级政府同意后可以由部门行文，文中须注明已经政府同意；"
           "部门可以向下级政府的相关部门行文。“不得不”“舍不得”“按照……要求”不是指令，引述上级文件的原文也不算。")
    bad = "江西省农业农村厅通知，主送各设区市人民政府：“各设区市人民政府要于3月底前将早稻播种面积任务分解到县。”"
    good = ("报经省政府同意后行文并注明：“经省政府同意，现就……通知如下。”；或改为主送各设区市农业农村局："
            "“各设区市农业农村局要于3月底前将早稻播种面积任务分解到县。”")
    fix_title = "报经本级人民政府同意并在文中注明“经省政府同意”，或改由政府（办公厅）行文，或改为主送下级政府的相关部门"

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if not _eligible_issuer(gw):
            return
        recips = lower_government_recipients(gw, gw.recipient_list)
        if not recips:
            return
        if approval_statement(ctx) is not None:
            return
        issuer = gw.issuer
        names = "、".join(r for r, _ in recips)
        for ln, d in directive_hits(ctx, issuer.level):
            yield Violation(
                f"{issuer.name}是政府部门，不能向下级人民政府（{names}）提出指令性要求：此句以“{d.subject}”为主语，"
                f"用“{d.trigger}”下达任务。请报经省政府同意并注明，或改由政府（办公厅）行文，或改为主送对口部门。",
                line=ln, start=d.start, end=d.end,
                data={"subject": d.subject, "trigger": d.trigger, "recipients": [r for r, _ in recips],
                      "highlights": [[d.subject_start, d.subject_end],
                                     [d.trigger_start, d.trigger_start + len(d.trigger)]]},
            )


@lru_cache(maxsize=1)
def _pivot_verbs() -> frozenset:
    return frozenset(load_toml("directives.toml").get("pivot_verbs", []))


def work_levels(ctx, issuer_level: str) -> tuple[bool, set[str]]:
    """(document assigns work, lower levels that carry some of it).

    A level carries work when a unit of that level is the subject of a clause
    with a task predicate (GW102's reading: 各地要……, 由各设区市负责……, notes), the
    subject of a directive sentence, or the object of a pivot verb that hands it
    a task (督促各地……, 指导市县……, 请各设区市……).  A level that is only
    mentioned (各地经验, 全省各地) does not."""
    from ..units import find_units, level_rank, responsible_units

    pivots = _pivot_verbs()
    assigns = False
    levels: set[str] = set()

    def add(u) -> None:
        for lv in u.reaches_for(issuer_level):
            if lv != "unknown" and level_rank(lv) > level_rank(issuer_level):
                levels.add(lv)

    for ln in ctx.gw.content_lines:
        text = ctx.text(ln)
        if not text.strip():
            continue
        actors = responsible_units(text, include_generic=True)
        if actors:
            assigns = True
        for u in actors:
            add(u)
        toks = ctx.tokens(ln)
        ends = {t.end: t.text for t in toks}
        for u in find_units(text):
            if ends.get(u.start) in pivots:
                add(u)
    for _ln, d in directive_hits(ctx, issuer_level):
        assigns = True
        for u in find_units(d.subject):
            add(u)
    return assigns, levels


class DistributionTooWide(Rule):
    code = "GW105"
    name = "distribution-too-wide"
    severity = "warning"
    basis = "赣府发〔2019〕3号 第1条"
    summary = "主送、抄送的下级人民政府在文中没有工作：工作只落在省政府部门却发到市、县政府，或只落在设区市却发到县（市、区）政府。"
    why = ("第1条：“严格控制文件发送范围，主要工作由省政府部门贯彻落实的文件一般不发到市、县(区)政府，"
           "主要工作由设区市政府和省政府部门贯彻落实的文件一般不发到县(市、区)政府。”"
           "gwlint 以文中的责任单位、句子主语（各地要……、由各设区市负责……）、指令句主语和“督促各地……”“指导市县……”"
           "一类交办对象判断工作落在哪一级；只是提到某一级（“各地经验”“全省各地”）不算。")
    bad = ("江西省人民政府办公厅关于……的通知，主送“各市、县（区）人民政府，省政府各部门”，"
           "正文各条均为“省发展改革委负责”“省财政厅负责”。")
    good = "主送改为“省政府有关部门”（或列出承担任务的省直部门），不再发到市、县（区）人民政府。"
    fix_title = "按工作实际落在的层级确定主送、抄送范围，删去没有任务的下级政府"

    def check(self, ctx) -> Iterator[Violation]:
        from ..units import classify_recipient, level_rank

        gw = ctx.gw
        issuer = gw.issuer
        if issuer is None or issuer.level in (None, "unknown") or issuer.kind == "other":
            return
        where = gw.recipients if gw.recipients is not None else gw.cc
        if where is None:
            return
        # only collectives (各设区市人民政府, 市、县（区）人民政府): a reply or letter to one
        # named government (四川省人民政府：) goes to the body that asked, not "too wide"
        recips = [(item, lvs) for item, lvs in lower_government_recipients(gw, [*gw.recipient_list, *gw.cc_list])
                  if any(u.source == "actor" for u in classify_recipient(item))]
        if not recips:
            return
        reached = {lv for _, lvs in recips for lv in lvs}
        assigns, levels = work_levels(ctx, issuer.level)
        if not assigns:
            return
        idle = sorted((lv for lv in reached if lv not in levels), key=level_rank)
        if not idle:
            return
        names = "、".join(r for r, lvs in recips if any(lv in idle for lv in lvs))
        if not levels:
            msg = (f"主送/抄送{names}，但文中的工作都由{issuer.name}本级部门承担，没有交给下级政府的任务。"
                   f"主要工作由本级政府部门贯彻落实的文件一般不发到市、县（区）政府，请收窄发送范围。")
        else:
            label = {"city": "设区市", "county": "县（市、区）", "township": "乡镇", "province": "省级"}
            has = "、".join(label.get(lv, lv) for lv in sorted(levels, key=level_rank))
            lack = "、".join(label.get(lv, lv) for lv in idle)
            msg = (f"文中的工作落在{has}一级，没有{lack}一级的任务，却发到{names}。"
                   f"主要工作由设区市政府和省政府部门贯彻落实的文件一般不发到县（市、区）政府，请收窄发送范围。")
        line = where.line
        yield Violation(msg, line=line, start=0, end=None,
                        data={"idle_levels": idle, "work_levels": sorted(levels, key=level_rank),
                              "recipients": [r for r, _ in recips]})


__register__ = (DirectiveToLowerGovernment, DistributionTooWide)

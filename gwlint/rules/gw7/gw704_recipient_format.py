"""GW704 recipient-format — 主送机关 (GB/T 9704-2012 7.3.2)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.positions import lead, own_collective, recipient_end_mark, recipient_patterns, rx, split_top
from ...findings import Edit, Fix, Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_9704, BASIS_RULES

_BANJI_RECIPIENTS = re.compile(r"^\s*主\s*送\s*[：:]\s*")


@dataclass(frozen=True)
class Settings(RuleSettings):
    needs: list[str] = field(default_factory=list)  # 文种 that always name a 主送机关
    government_re: Regex = "(人民政府|政府)$"  # a collective of governments
    department_re: Regex = ""  # a collective of departments or units
    zone_re: Regex = "(?!)"  # 开发区管委会: of the governments' class, beside them
    lower_departments_re: Regex = "(?!)"  # 各市生态环境局: the lower level's departments, a class of their own
    needs_when_directed: list[str] = field(default_factory=list)  # 通知 … when the 正文 gives units tasks
    directed_re: Regex = ""  # a task given to a collective of units (各县（区）交通运输局要)
    needs_unless_public: list[str] = field(default_factory=list)  # 通知: a 主送 unless it speaks to the public
    unless_public_issuers: list[str] = field(default_factory=list)  # … when a department issues it
    public_re: Regex = ""  # signs of a notice to the public (广大市民, 此件公开发布)


class RecipientFormat(Rule):
    """GW704.  Separators inside 主送 follow practice (not GB/T 9704, which only
    fixes the final full-width colon): items of one class share 顿号, classes are
    split by 逗号 (各市、县（区）人民政府，省政府各部门).  Only two sure cases are
    reported: a 逗号 cutting a bare place word from the organ name it shares
    (各省，自治区……人民政府), and a 顿号 between a collective 各……人民政府 and a
    collective of departments or units.  Lists of single named organs
    (河北省人民政府、国家发展改革委) are left alone: official copies write them so.
    Half-width marks are GW801's."""

    code = "GW704"
    name = "recipient-format"
    severity = "warning"
    basis = f"{BASIS_9704} 7.3.2；{BASIS_RULES}第九条；GB/T 15834-2011 顿号、逗号"
    summary = ("检查主送机关：上行文和批复、函等必须有主送机关；最后一个机关名称后用全角冒号；同类机关之间用顿号、"
               "不同类机关之间用逗号，不用分号。")
    why = ("GB/T 9704-2012 7.3.2：主送机关编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。"
           "请示、报告、批复、函都有明确的受文机关，缺少主送机关会使公文无人办理；政府部门的通知是发给它所指导的单位的下行文，"
           "也要写主送机关（面向社会公布、写给广大市民或养殖户等群众的通知，和公告、通告、决定、纪要一样可以不写）。公文实务中，泛称主送机关时同类机关之间用顿号、"
           "不同类机关之间用逗号（各省、自治区、直辖市人民政府，国务院各部委、各直属机构：）；开发区、园区管委会与下级人民政府同列一类，"
           "其后接部门时同样用逗号（各县市区人民政府、市属各开发区管委会，市直有关部门：）。")
    bad = "各市，县（区）人民政府、省政府各部门"
    good = "各市、县（区）人民政府，省政府各部门："
    fix_title = "最后一个机关名称后加全角冒号“：”；同类机关之间用顿号，不同类机关之间用逗号"
    Settings = Settings
    data_file = "rules/gw704.toml"
    examples = (
        Example("各地要加强林区野外用火管理。", fires=True, frame="office_circular",
                recipients="各市、县（区）人民政府、省政府各部门：", note="两类主送机关之间用了顿号"),
        Example("各地要加强林区野外用火管理。", fires=False, frame="office_circular"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.title is None:
            return
        s: Settings = ctx.settings(type(self))
        rec = gw.recipients
        end = recipient_end_mark(ctx)
        colon = None  # the colon finding, held back to join the 分号 finding of the same line
        if end is not None:
            ln, k = end
            mark = ctx.text(ln)[k]
            colon = Violation(f"主送机关最后一个名称后应标全角冒号“：”，不用“{mark}”。", ln, k, k + 1,
                              fix=Fix.replace(ln, k, k + 1, "：", "改为全角冒号“：”"))
            if rec is None:
                yield colon
                return
        elif rec is not None and not rec.colon:
            ln = rec.lines[-1]
            n = len(ctx.text(ln).rstrip())
            colon = Violation("主送机关后应加全角冒号“：”。", ln, n, n, fix=Fix.replace(ln, n, n, "：", "加全角冒号“：”"))
        if rec is not None:
            found = [v for ln in rec.lines for v in self._separators(ctx, ln, s, end_mark=bool(rec.end_mark))]
            semi = next((v for v in found if v.data.get("semicolons") and colon is not None
                         and v.line == colon.line), None)
            if semi is not None:
                # 各区县体育局；万盛经开区文化旅游局 (no colon): one 主送 line written wrong, one finding
                found.remove(semi)
                colon = Violation(f"{semi.message[:-1]}；最后一个名称后应标全角冒号“：”。", semi.line, semi.start,
                                  colon.end, fix=Fix([*semi.fix.edits, *colon.fix.edits], "改为逗号并标全角冒号"))
            yield from ([colon] if colon is not None else []) + found
            return
        org, _frag = recipient_patterns()
        first = gw.body_lines[0] if gw.body_lines else None
        if first is not None:
            text = ctx.text(first).rstrip()
            if 2 <= len(text.strip()) <= 200 and not re.search(r"[。；！？：:]", text) and org.search(text) \
                    and (text.strip().startswith("各") or re.search(r"[，、,]", text) or len(text.strip()) <= 20):
                yield Violation("主送机关后应加全角冒号“：”。", first, len(text), len(text),
                                fix=Fix.replace(first, len(text), len(text), "：", "加全角冒号“：”"))
                return
        dtype = gw.doc_type or ""
        if gw.body_lines and (any(dtype.endswith(t) for t in s.needs)
                              or (any(dtype.endswith(t) for t in s.needs_unless_public)
                                  and gw.issuer is not None and gw.issuer.kind in s.unless_public_issuers
                                  and not self._to_public(ctx, s))
                              or (any(dtype.endswith(t) for t in s.needs_when_directed)
                                  and self._directs_units(ctx, s))):
            yield Violation(f"{dtype}应有主送机关（标题下一行顶格书写，末尾加全角冒号）。", gw.title.lines[-1])

    @staticmethod
    def _to_public(ctx, s: Settings) -> bool:
        """A 通知 addressed to the public (放假安排, 停水通知 to 广大市民) may go without a 主送."""
        public = rx(s.public_re)
        return bool(s.public_re) and any(public.search(p.text) for p in ctx.doc.paragraphs)

    @staticmethod
    def _directs_units(ctx, s: Settings) -> bool:
        """The 正文 gives tasks to named groups of units (各县（区）交通运输局要……): a
        directed 下行文, not a notice to the public, and it must say whom it is sent to."""
        directed = rx(s.directed_re)
        return any(directed.search(ctx.text(ln)) for ln in ctx.gw.body_lines)

    def _separators(self, ctx, ln: int, s: Settings, end_mark: bool = False) -> Iterator[Violation]:
        text = ctx.text(ln)
        head = _BANJI_RECIPIENTS.match(text)
        a = head.end() if head else lead(text)
        b = len(text.rstrip())
        if end_mark:
            b -= 1  # the wrong mark in place of the colon, reported above
        elif head:
            b = len(text[:b].rstrip("。."))  # 主送 moved to the 版记 ends like 抄送, with 。
        elif b and text[b - 1] in "：:":
            b -= 1
            extra = re.search(r"[、，；]+$", text[a:b])
            if extra:
                x, y = a + extra.start(), a + extra.end()
                yield Violation(f"冒号前多了“{text[x:y]}”，最后一个主送机关名称后直接标冒号。", ln, x, y,
                                fix=Fix.replace(ln, x, y, "", "删去冒号前多余的标点"))
                b = x
        items, seps = split_top(text, a, b)
        names = [text[x:y].strip() for x, y in items]
        org, frag = recipient_patterns()
        gov, dept, zone = rx(s.government_re), rx(s.department_re), rx(s.zone_re)
        lower = rx(s.lower_departments_re)
        semis = [k for k, mark in seps if mark == "；"]
        if semis:
            # one finding for the list: every 分号 of it is the same defect
            many = f"（{len(semis)}处）" if len(semis) > 1 else ""
            yield Violation(f"主送机关之间不用分号{many}：同类机关之间用顿号，不同类机关之间用逗号。", ln, semis[0],
                            semis[-1] + 1, fix=Fix([Edit(ln, k, k + 1, "，") for k in semis], "改为逗号"),
                            data={"semicolons": len(semis)})
        group_start = 0  # index of the first item of the current 逗号-separated group
        for j, (k, mark) in enumerate(seps):
            left, right = names[j], names[j + 1]
            if mark == "；":
                pass
            elif mark == "，" and frag.match(left):
                owner = next((n for n in names[j + 1:] if not frag.match(n)), "")
                if org.search(owner) and not own_collective(owner):
                    yield Violation(f"“{left}”与后面的“{owner}”共用机关名称，是同一类主送机关，之间应用顿号“、”，不用逗号。",
                                    ln, k, k + 1, fix=Fix.replace(ln, k, k + 1, "、", "改为顿号"))
            elif mark == "、":
                collective = names[group_start].startswith("各")
                # 各市生态环境局、自治区有关部门: the lower level's departments and the issuer's own are two classes too
                if (collective and (gov.search(left) or zone.search(left)) and dept.search(right)) or \
                        (dept.search(left) and right.startswith("各") and gov.search(right)) or \
                        (lower.search(left) and dept.search(right) and not right.startswith("各")) or \
                        (lower.search(right) and dept.search(left) and not left.startswith("各")):
                    group = text[items[group_start][0]:items[j][1]].strip()
                    yield Violation(f"“{group}”与“{right}”是不同类别的主送机关，之间应用逗号“，”（同类机关之间才用顿号）。",
                                    ln, k, k + 1, fix=Fix.replace(ln, k, k + 1, "，", "改为逗号"))
            if mark != "、":
                group_start = j + 1

"""GW102 missing-responsibility — 政策性文件逐条明确责任单位 (赣府发〔2019〕3号 第2条).

source: policy/ganfufa-2019-3.txt 第2条 “今后出台政策性文件一律逐条明确部门责任”.
The measures and who answers for them are shared facts (:mod:`gwlint.analysis.facts`);
units are :mod:`gwlint.analysis.units`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ...analysis.facts import document_aliases, listed_measures, overall_responsibility, policy_measures
from ...findings import Violation
from ..base import Example, Rule, RuleSettings
from . import BASIS_2


@dataclass(frozen=True)
class Settings(RuleSettings):
    issuer_levels: list[str] = field(default_factory=list)  # issuers checked (国务院 and its departments not by default)
    policy_types: list[str] = field(default_factory=list)  # 意见, 措施, 方案 … (shared with GW502's scope)


_MEASURES = ("一、加强春耕生产组织\n（一）加强技术指导服务。有关部门要组织农技人员下沉一线，开展技术指导。\n"
             "（二）保障农资供应。{unit}要加强农资市场监管，确保供应充足。")


class MissingResponsibility(Rule):
    code = "GW102"
    name = "missing-responsibility"
    severity = "warning"
    basis = BASIS_2
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
    Settings = Settings
    data_file = "responsibility.toml"
    examples = (
        Example(_MEASURES.format(unit="省市场监管局"), fires=True, frame="policy_notice",
                title="江西省人民政府办公厅关于春季农业生产的若干措施", note="第（一）条只写“有关部门”"),
        Example(_MEASURES.format(unit="省市场监管局").replace("有关部门要", "省农业农村厅要"), fires=False,
                frame="policy_notice", title="江西省人民政府办公厅关于春季农业生产的若干措施"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        scope = policy_measures(ctx, s.issuer_levels, s.policy_types)
        if scope is None:
            return
        from ...analysis.units import responsible_units

        issuer, measures = scope
        # a government naming itself names no department; a department naming itself is specific
        own = issuer.name if issuer.kind == "government" else None
        aliases = document_aliases(ctx)
        missing = [m for m in measures if not [u for u in responsible_units(m.text, aliases=aliases) if u.name != own]]
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

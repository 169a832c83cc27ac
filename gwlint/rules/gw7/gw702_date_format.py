"""GW702 date-format — 成文日期 (GB/T 9704-2012 7.3.5.4)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Iterator

from ...analysis.elements import DATE_LOOSE, DATE_MONTH_ONLY
from ...analysis.positions import standard_since
from ...findings import Fix, Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_9704

_CN_DATE = re.compile(r"[〇零一二三四五六七八九十○Ｏ]")
_OTHER_DATE = re.compile(r"^\s*(?P<y>\d{4})\s*[-./／]\s*(?P<m>\d{1,2})\s*[-./／]\s*(?P<d>\d{1,2})\s*$")
_ARABIC_DATE = re.compile(r"(?P<y>\d{2,4})(?P<s1>\s*年\s*)(?P<m>\d{1,2})(?P<s2>\s*月\s*)(?P<d>\d{1,2})(?P<s3>\s*日)")


def _date_text(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class DateFormat(Rule):
    code = "GW702"
    name = "date-format"
    severity = "error"
    basis = f"{BASIS_9704} 7.3.5.4"
    summary = "检查成文日期：用阿拉伯数字标全年、月、日，年份标全称，月、日不编虚位，且是真实存在的日期。"
    why = ("GB/T 9704-2012 7.3.5.4：成文日期“用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）”。"
           "2012年7月1日以前施行的旧标准使用汉字日期（如“二〇〇四年八月十二日”），此前的公文不按此条检查。")
    bad = "2019年02月05日"
    good = "2019年2月5日"
    fix_title = "改为“2019年2月5日”式的阿拉伯数字日期"
    Settings = NoSettings
    examples = (
        Example("江西省人民政府办公厅关于做好春季森林防火工作的通知\n各市、县（区）人民政府，省政府各部门：\n"
                "各地要加强林区野外用火管理。\n江西省人民政府办公厅\n2026年02月05日\n", fires=True, frame="whole",
                note="月、日编了虚位"),
        Example("江西省人民政府办公厅关于做好春季森林防火工作的通知\n各市、县（区）人民政府，省政府各部门：\n"
                "各地要加强林区野外用火管理。\n江西省人民政府办公厅\n2026年2月5日\n", fires=False, frame="whole"),
        Example("江西省人民政府办公厅关于做好春季森林防火工作的通知\n各市、县（区）人民政府，省政府各部门：\n"
                "各地要加强林区野外用火管理。\n江西省人民政府办公厅\n2026.2.5\n", fires=True, frame="whole",
                note="成文日期写成“2026.2.5”：仍是成文日期，应写作“2026年2月5日”"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if gw.date is None:
            yield from self._other_forms(ctx)
            return
        line = gw.date.line
        text = ctx.text(line)
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        span = (lead, lead + len(stripped))
        value = gw.date_value
        if DATE_LOOSE.match(re.sub(r"\s+", "", stripped)) and value is not None:
            # 2026.5.18 / 2026-05-18 / 2026年5月18号 read as the 成文日期
            good = _date_text(value)
            yield Violation(f"成文日期“{stripped}”应写作“{good}”（用“年月日”标全）。", line, *span,
                            fix=Fix.replace(line, span[0], span[1], good, self.fix_title))
            return
        if value is None and DATE_MONTH_ONLY.match(re.sub(r"\s+", "", stripped)):
            yield Violation(f"成文日期“{stripped}”缺少日，应用阿拉伯数字将年、月、日标全（如“2026年9月28日”）。",
                            line, *span)
            return
        if _CN_DATE.search(stripped):
            if value is not None and value < standard_since():
                return
            if value is None:
                yield Violation(f"成文日期“{stripped}”不是有效日期，且应使用阿拉伯数字。", line, *span)
                return
            good = _date_text(value)
            yield Violation(f"成文日期“{stripped}”应使用阿拉伯数字，写作“{good}”。", line, *span,
                            fix=Fix.replace(line, span[0], span[1], good, self.fix_title))
            return
        m = _ARABIC_DATE.search(text)
        if m is None:
            return
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if len(y) != 4:
            yield Violation(f"成文日期“{stripped}”的年份应标全称（四位数字）。", line, m.start(), m.end())
            return
        try:
            real = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            yield Violation(f"成文日期“{stripped}”不是真实存在的日期，请核对。", line, m.start(), m.end())
            return
        problems = []
        if mo.startswith("0") or d.startswith("0"):
            problems.append("月、日不编虚位")
        if any(m.group(g).strip() != m.group(g) for g in ("s1", "s2", "s3")):
            problems.append("年月日之间不加空格")
        if problems:
            good = _date_text(real)
            yield Violation(f"成文日期“{m.group(0)}”不规范（{'，'.join(problems)}），应为“{good}”。",
                            line, m.start(), m.end(), fix=Fix.replace(line, m.start(), m.end(), good, self.fix_title))

    def _other_forms(self, ctx) -> Iterator[Violation]:
        """A date written 2019-02-25 / 2019.2.25 where the 成文日期 belongs."""
        gw = ctx.gw
        if gw.title is None:
            return
        lines = list(gw.body_lines[-4:])
        if gw.signature is not None:
            lines.append(gw.signature.lines[-1] + 1)
        cells = set(gw.cell_lines)
        for ln in lines:
            if ln > len(ctx.doc.paragraphs) or ln in cells:
                continue  # a table's date cell is no 成文日期
            text = ctx.text(ln)
            m = _OTHER_DATE.match(text)
            if not m:
                continue
            try:
                real = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                yield Violation(f"成文日期“{text.strip()}”不是真实存在的日期。", ln)
                continue
            a = len(text) - len(text.lstrip())
            b = len(text.rstrip())
            good = _date_text(real)
            yield Violation(f"成文日期“{text.strip()}”应写作“{good}”（用“年月日”标全）。", ln, a, b,
                            fix=Fix.replace(ln, a, b, good, self.fix_title))
            return

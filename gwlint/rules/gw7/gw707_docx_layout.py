"""GW707 docx-layout — page, fonts and page numbers of a .docx (GB/T 9704-2012 5.2, 7.1, 7.3–7.5)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ...findings import Violation
from ..base import Example, Regex, Rule, RuleSettings
from . import BASIS_9704


@dataclass(frozen=True)
class Settings(RuleSettings):
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    top_mm: float = 37.0
    left_mm: float = 28.0
    bottom_mm: float = 35.0
    right_mm: float = 26.0
    tolerance_mm: float = 1.0
    body_size_pt: float = 16.0
    title_size_pt: float = 22.0
    banji_size_pt: float = 14.0
    size_tolerance_pt: float = 0.25
    page_number_re: Regex = "^[—―]\\s*(\\{PAGE\\}|\\d+)\\s*[—―]$"
    fonts: dict = field(default_factory=dict)  # family -> accepted font names


@lru_cache(maxsize=4096)  # asked per run of every paragraph; a document uses a few fonts
def _fold(name: str | None) -> str:
    return re.sub(r"\s+", "", name or "").lower()


def font_family(fonts: dict, kind: str) -> frozenset[str]:
    return frozenset(_fold(n) for n in fonts[kind])


_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


class _Tally:
    """Places (paragraphs) that deviate, per kind of deviation."""

    def __init__(self) -> None:
        self.kinds: dict[str, dict] = {}

    def add(self, kind: str, line: int, seen: str, start: int = 0, end: int | None = None) -> None:
        k = self.kinds.setdefault(kind, {"lines": [], "seen": {}, "first": (line, start, end)})
        if line not in k["lines"]:
            k["lines"].append(line)
        k["seen"][seen] = k["seen"].get(seen, 0) + 1


def banji_lines(ctx) -> list[int]:
    """Lines of the 版记: a 主送 moved there, 抄送, 印发机关和印发日期."""
    gw = ctx.gw
    lines = []
    if gw.recipients is not None and re.match(r"^\s*主\s*送\s*[：:]\s*", ctx.text(gw.recipients.line)):
        lines += gw.recipients.lines
    for el in (gw.cc, gw.printer):
        if el is not None:
            lines += el.lines
    return sorted(set(lines))


_SENTENCE_END = re.compile(r"[。；！？]")
# a numbered line that leads on to what follows it (四、各项重点工作的分工如下：; 二、服务项目见下表：): a sentence
# whose colon hands over to the table or list below, not a heading's title
_LEADS_ON = re.compile(r"(?:如下|以下|下列|下表|如下表|附表|附件)[^。；！？：:]{0,6}[：:]\s*$")


def _numbered_paragraph(p, h, body_faces: frozenset) -> bool:
    """A numbered line that is a sentence (or a demand) set in the body face throughout: body text."""
    runs = p.style.runs if p.style is not None and p.style.runs else []
    faces = {_fold(font) for a, b, font, _ in runs if font is not None and _CJK.search(p.text[a:b])}
    return faces <= body_faces and (h.content or bool(_SENTENCE_END.search(p.text)) or bool(_LEADS_ON.search(p.text)))


def _body_face(ctx, lines: list[int], heads: dict) -> frozenset[str]:
    """The face (folded) most paragraphs of plain body text are set in: none numbered, none a short
    heading-like line; empty when there are none."""
    count: dict[str, int] = {}
    for ln in lines:
        p = ctx.para(ln)
        if p.kind == "table_cell" or ln in heads or _plain_heading(p.text) or p.style is None or not p.style.runs:
            continue
        for f in {_fold(font) for a, b, font, _ in p.style.runs if font is not None and _CJK.search(p.text[a:b])}:
            count[f] = count.get(f, 0) + 1
    return frozenset([max(count, key=count.get)]) if count else frozenset()


def _plain_heading(text: str) -> bool:
    t = text.strip()
    # marks inside brackets are a name's own (县（市、区）安全生产考核细则), not a sentence's
    return 0 < len(t) <= 30 and not re.search(r"[。；，,！？：:、]", re.sub(r"（[^（）]*）|\([^()]*\)", "", t))


class DocxLayout(Rule):
    code = "GW707"
    name = "docx-layout"
    severity = "warning"
    basis = f"{BASIS_9704} 5.2、7.1、7.3、7.4、7.5"
    summary = ("仅对 .docx：检查纸张和页边距（A4，天头37 mm、订口28 mm），正文3号仿宋，标题2号小标宋，一级标题黑体、二级标题楷体，"
               "版记4号仿宋，页码“— 1 —”。")
    why = ("GB/T 9704-2012 5.2：采用A4纸，天头（上白边）37 mm±1 mm，订口（左白边）28 mm±1 mm，版心156 mm×225 mm；"
           "7.1：公文格式各要素一般用3号仿宋体字；7.3.1：标题一般用2号小标宋体字；7.3.3：第一层用黑体字、第二层用楷体字；"
           "7.4.2、7.4.3：抄送机关、印发机关和印发日期一般用4号仿宋体字；"
           "7.5：页码用4号半角阿拉伯数字，数字左右各放一条一字线。仿宋_GB2312、方正仿宋_GBK 等均视为仿宋体。"
           "带序号、整段用正文字体的整句（一、各县（市、区）要……。）和以“如下：”“见下表：”引出表格、清单的编号句（四、各项重点工作的分工如下：）"
           "是正文，按正文字体检查，不按一级、二级标题检查。")
    bad = "正文使用宋体小四号，上边距25.4 mm，页码为“-1-”"
    good = "正文3号仿宋_GB2312，上边距37 mm、左边距28 mm，页码“— 1 —”"
    fix_title = "按 GB/T 9704-2012 调整页面设置和字体字号"
    Settings = Settings
    data_file = "rules/gw707.toml"
    examples = (
        Example("各设区市要加强春耕生产组织工作。", fires=True, docx=(("body_font", "宋体"), ("top_margin_mm", 25.4)),
                note="正文用了宋体，上边距25.4 mm"),
        Example("各设区市要加强春耕生产组织工作。", fires=False, docx=()),
        Example("各设区市要加强春耕生产组织工作。", fires=False, note="纯文本草稿没有版式，不检查"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        doc = ctx.doc
        if doc.format != "docx":
            return
        lay = ctx.settings(type(self))
        yield from self._page(doc, lay, ctx)
        yield from self._fonts(ctx, lay)
        yield from self._page_number(ctx, lay)

    def _anchor(self, ctx) -> int:
        gw = ctx.gw
        if gw.title is not None:
            return gw.title.line
        return 1

    def _page(self, doc, lay, ctx) -> Iterator[Violation]:
        tol = lay.tolerance_mm
        paper, margins = [], []
        for i, ps in enumerate(doc.page_setup, 1):
            w, h = ps.width_mm, ps.height_mm
            landscape = w is not None and h is not None and w > h
            if w is not None and h is not None:
                ww, hh = (h, w) if landscape else (w, h)
                if abs(ww - lay.page_width_mm) > tol or abs(hh - lay.page_height_mm) > tol:
                    paper.append(f"第{i}节 {w:.0f}×{h:.0f} mm")
            if landscape:
                continue  # a landscape table section has its own margins (GB/T 9704 §8)
            for attr, label in (("top_mm", "上（天头）"), ("left_mm", "左（订口）"),
                                ("bottom_mm", "下"), ("right_mm", "右")):
                val = getattr(ps, attr)
                if val is not None and abs(val - getattr(lay, attr)) > tol:
                    margins.append(f"{label}{val:.1f} mm（应为{getattr(lay, attr):.0f} mm）")
        line = self._anchor(ctx)
        if paper:
            yield Violation(f"纸张应为A4（210×297 mm），本文为{'；'.join(paper)}。", line,
                            data={"kind": "paper", "count": len(paper)})
        if margins:
            shown = "；".join(dict.fromkeys(margins))
            yield Violation(f"页边距不符合 GB/T 9704（天头37 mm、订口28 mm，下35 mm、右26 mm，允差±1 mm）："
                            f"{shown}。", line, data={"kind": "margins", "count": len(margins)})

    def _fonts(self, ctx, lay) -> Iterator[Violation]:
        gw = ctx.gw
        tally = _Tally()
        size_tol = lay.size_tolerance_pt
        body_pt, title_pt = lay.body_size_pt, lay.title_size_pt
        heads: dict = {}
        for h in gw.headings:
            heads.setdefault(h.line, h)  # a chapter sharing its line with an article: the chapter
        allowed_of: dict = {}  # (families, also) -> folded font names: the same few sets for every paragraph
        folded: dict = {}  # a run's font name, folded (a document uses a handful)

        def check_runs(line: int, start: int, end: int | None, family: str | tuple[str, ...], size: float,
                       kind: str, kind_size: str, also: frozenset = frozenset()) -> None:
            families = (family,) if isinstance(family, str) else family
            allowed = allowed_of.get((families, also))
            if allowed is None:
                allowed = allowed_of[families, also] = frozenset().union(
                    also, *(font_family(lay.fonts, f) for f in families))
            p = ctx.para(line)
            st = p.style
            if st is None or not st.runs:
                return
            text = p.text
            stop = len(text) if end is None else end
            for a, b, font, sz in st.runs:
                a2, b2 = max(a, start), min(b, stop)
                if a2 >= b2 or not _CJK.search(text[a2:b2]):
                    continue
                if font is not None:
                    f = folded.get(font)
                    if f is None:
                        f = folded[font] = _fold(font)
                if font is not None and f not in allowed:
                    tally.add(kind, line, font, a2, b2)
                if sz is not None and abs(sz - size) > size_tol:
                    tally.add(kind_size, line, f"{sz:g}pt", a2, b2)

        # title
        if gw.title is not None:
            for ln in gw.title.lines:
                check_runs(ln, 0, None, "xiaobiaosong", title_pt, "title_font", "title_size")
        # body text: recipients, 正文, attachments' text, 署名, 日期
        lines: list[int] = []
        banji = banji_lines(ctx)
        if gw.recipients is not None and gw.recipients.line not in banji:
            lines.extend(gw.recipients.lines)
        for part in range(len(gw.attachments) + 1):
            lines.extend(gw.part_lines(part))
        if gw.signature is not None:
            lines.extend(gw.signature.lines)
        if gw.date is not None:
            lines.extend(gw.date.lines)
        # the face the body text is set in, right or wrong: a numbered sentence set in it throughout is body
        # text too (正文 in 宋体 makes （一）加强领导。各地要…… 宋体 as well: one body fault, not a heading's)
        body_faces = font_family(lay.fonts, "fangsong") | _body_face(ctx, lines, heads)
        for ln in lines:
            p = ctx.para(ln)
            if p.kind == "table_cell":
                continue
            h = heads.get(ln)
            if h is not None and h.level in (1, 2) and _numbered_paragraph(p, h, body_faces):
                # 一、各县（市、区）人民政府要……。 set in 仿宋 throughout: a numbered item set as body text
                check_runs(ln, 0, None, "fangsong", body_pt, "body_font", "body_size")
            elif h is not None and h.level == 0 or h is None and _plain_heading(p.text):
                # 第一章　总则, or a short line without sentence marks (1　总则, a carried document's title):
                # a heading in a style GB/T 9704 does not fix; any of the documents' faces
                faces = {_fold(r[2]) for r in (p.style.runs if p.style is not None and p.style.runs else [])}
                size = title_pt if faces and faces <= font_family(lay.fonts, "xiaobiaosong") else body_pt
                check_runs(ln, 0, None, ("fangsong", "heiti", "kaiti", "xiaobiaosong"), size, "body_font",
                           "body_size")
            elif h is not None and h.level == 5:
                # 第一条 often set in 黑体 before 仿宋 text
                mark_end = h.start + len(h.marker)
                check_runs(ln, 0, mark_end, ("fangsong", "heiti"), body_pt, "body_font", "body_size")
                check_runs(ln, mark_end, None, "fangsong", body_pt, "body_font", "body_size")
            elif h is not None and h.level in (1, 2, 3, 4) and not (h.level > 2 and h.content):
                text = p.text
                lead = len(text) - len(text.lstrip(" \u3000\t"))
                head_end = lead + len(h.marker) + len(h.title) + 1
                head_end = min(head_end, len(text))
                if h.level <= 2:
                    fam = "heiti" if h.level == 1 else "kaiti"
                    check_runs(ln, 0, head_end, fam, body_pt, f"heading{h.level}_font", "body_size")
                else:
                    # 1.／（1） headings: 仿宋 as a rule (7.3.3 "一般"), but set off in 楷体 or 黑体 in
                    # practice; any heading face is accepted for the heading words
                    fam = ("fangsong", "kaiti", "heiti")
                    check_runs(ln, 0, head_end, fam, body_pt, "body_font", "body_size")
                # the sentences after the heading: 仿宋, or the heading's own font when
                # the whole paragraph was set as a heading
                runs = p.style.runs if p.style is not None and p.style.runs else []
                head_fonts = frozenset(_fold(r[2]) for r in runs if r[0] < head_end)
                rest = ("fangsong", fam) if isinstance(fam, str) else ("fangsong",)
                check_runs(ln, head_end, None, rest, body_pt, "body_font", "body_size", head_fonts)
            else:
                check_runs(ln, 0, None, "fangsong", body_pt, "body_font", "body_size")
        # 版记: 主送 moved there, 抄送, 印发机关和印发日期 — 4号仿宋 (GB/T 9704 7.4.2, 7.4.3)
        for ln in banji:
            check_runs(ln, 0, None, "fangsong", lay.banji_size_pt, "banji_font", "banji_size")
        labels = {
            "body_font": "正文应使用3号仿宋体字（仿宋_GB2312 等）",
            "body_size": "正文应使用3号字（16磅）",
            "title_font": "标题应使用2号小标宋体字",
            "title_size": "标题应使用2号字（22磅）",
            "heading1_font": "一级标题（“一、”）应使用黑体",
            "heading2_font": "二级标题（“（一）”）应使用楷体",
            "banji_font": "版记（抄送机关、印发机关和印发日期）应使用仿宋体字",
            "banji_size": "版记（抄送机关、印发机关和印发日期）应使用4号字（14磅）",
        }
        for kind, info in tally.kinds.items():
            want = labels[kind]
            seen = "、".join(list(info["seen"])[:3])
            n = len(info["lines"])
            line, a, b = info["first"]
            yield Violation(f"{want}：有 {n} 段（处）不符，使用了{seen}。", line, a, b,
                            data={"kind": kind, "count": n, "lines": info["lines"], "found": list(info["seen"])})

    def _page_number(self, ctx, lay) -> Iterator[Violation]:
        doc = ctx.doc
        rx = re.compile(lay.page_number_re)
        with_page = [f for f in doc.footers if "{PAGE}" in f or re.search(r"\d", f)]
        line = self._anchor(ctx)
        if not with_page:
            yield Violation("页脚未设置页码。应在版心下边缘之下用4号半角阿拉伯数字编排页码，左右各放一条一字线，如“— 1 —”。",
                            line, data={"kind": "page_number"})
            return
        bad = [f.strip() for f in with_page if not rx.match(f.strip())]
        if bad:
            yield Violation(f"页码格式应为“— 1 —”（数字左右各一条一字线），本文为“{bad[0]}”。", line,
                            data={"kind": "page_number", "found": bad})

"""Write a list of :class:`~gwlint.docgen.Block` as a .docx laid out per GB/T 9704-2012.

The layout follows the standard's defaults: A4 paper, margins top 37 mm, left
28 mm, bottom 35 mm, right 26 mm; body text 3号 (16 pt) 仿宋_GB2312 with two
characters of first-line indent and an exact line pitch of 28.9 pt (22 lines a
page); the title 2号 (22 pt) 方正小标宋简体 centred; headings 黑体 / 楷体_GB2312 /
仿宋; 版记 (cc, printer) 4号 (14 pt) 仿宋 one character in from both sides, the
抄送 list hanging after "抄送：", the 印发日期 flush right on the 印发机关's line
(a right tab), between 版记 lines — thick (0.35 mm) first and last, thin (0.25 mm)
between 抄送 and 印发 (GB/T 9704 7.4) — drawn as borders of empty paragraphs so the
text stays the same; a centred ``— PAGE —`` page number in the footer.  Fonts are written on every run as Word does it (``w:rFonts`` with the
East Asian font in ``w:eastAsia`` and the Latin font in ``w:ascii``/``w:hAnsi``,
plus ``w:sz``/``w:szCs``), and the Normal style carries the body font as well.

``overrides`` produces drafts that deviate from the standard (for tests)::

    write_docx(blocks, "x.docx", overrides={"top_margin_mm": 30,
                                           "body_font": "宋体", "body_size_pt": 14})

Keys (defaults in :data:`DEFAULTS`): page_width_mm, page_height_mm,
top_margin_mm, bottom_margin_mm, left_margin_mm, right_margin_mm; body_font,
body_size_pt, ascii_font; title_font, title_size_pt; issuer_size_pt;
heading1_font, heading2_font; table_size_pt; cc_size_pt; line_spacing_pt;
first_line_chars; page_number (False: no footer); and ``roles``, a mapping of
role → {font, size_pt, bold, align, first_line_chars, color} that overrides
the layout of single roles, e.g. ``{"roles": {"heading1": {"font": "宋体",
"bold": True}}}`` (for "table": font, size_pt, and bold for the header row).
Unknown keys raise ``ValueError``.
"""
from __future__ import annotations

import math
import os
import re
from typing import Any

from . import Block

DEFAULTS: dict[str, Any] = {
    "page_width_mm": 210.0,
    "page_height_mm": 297.0,
    "top_margin_mm": 37.0,
    "bottom_margin_mm": 35.0,
    "left_margin_mm": 28.0,
    "right_margin_mm": 26.0,
    "body_font": "仿宋_GB2312",
    "body_size_pt": 16.0,
    "ascii_font": "Times New Roman",
    "title_font": "方正小标宋简体",
    "title_size_pt": 22.0,
    "issuer_size_pt": 26.0,
    "heading1_font": "黑体",
    "heading2_font": "楷体_GB2312",
    "table_size_pt": 14.0,
    "cc_size_pt": 14.0,
    "line_spacing_pt": 28.9,
    "first_line_chars": 2,
    "page_number": True,
    "roles": {},
}

_ROLE_KEYS = {"font", "size_pt", "bold", "align", "first_line_chars", "color"}
_RED = "FF0000"

# Role → layout.  "font"/"size" name an option key; "indent" is in characters
# (None: the first_line_chars option); "exact": use the exact line pitch.
_LAYOUT: dict[str, dict[str, Any]] = {
    "issuer_mark": {"font": "title_font", "size": "issuer_size_pt", "align": "center", "indent": 0,
                    "color": _RED, "exact": False},
    "doc_number": {"align": "center", "indent": 0, "rule_below": True},
    "signer_line": {"align": "right", "indent": 0},
    "title": {"font": "title_font", "size": "title_size_pt", "align": "center", "indent": 0,
              "wrap_title": True},
    "recipients": {"align": "left", "indent": 0},
    "body": {"align": "justify", "indent": None},
    "heading1": {"font": "heading1_font", "align": "justify", "indent": None},
    "heading2": {"font": "heading2_font", "align": "justify", "indent": None},
    "heading3": {"align": "justify", "indent": None},
    "heading4": {"align": "justify", "indent": None},
    "attachment_note": {"align": "justify", "indent": None},
    "signature": {"align": "right", "indent": 0, "right_chars": 4},
    "date": {"align": "right", "indent": 0, "right_chars": 4},
    "note": {"align": "justify", "indent": None},
    "attachment_label": {"font": "heading1_font", "align": "left", "indent": 0},
    "attachment_title": {"font": "title_font", "size": "title_size_pt", "align": "center", "indent": 0,
                         "wrap_title": True},
    "cc": {"size": "cc_size_pt", "align": "left", "indent": 0, "side_chars": 1, "hang_label": True},
    "printer": {"size": "cc_size_pt", "align": "left", "indent": 0, "side_chars": 1, "date_right": True},
}

# 版记 (GB/T 9704 7.4.1): first and last line 0.35 mm, lines between 0.25 mm, as
# border widths in eighths of a point (0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt).
_BANJI_ROLES = ("cc", "printer")
_THICK_RULE, _THIN_RULE = 8, 6
_LABEL = re.compile(r"^[^：:]{1,4}[：:]")
_PRINTED = re.compile(r"^(\S.*\S) (\S*\d{4}年\d{1,2}月\d{1,2}日印发)$")


# A heading's face follows its numbering, as in a real 公文 (一、 黑体, （一） 楷体), whatever level the
# draft's mark gives it (a plan printed in the 正文 under its own title marked @heading1 numbers its
# sections 一、 and may mark them @heading2: they are still the first level).
_LEVEL_FONTS = ((re.compile(r"^[\s\u3000]*[一二三四五六七八九十]{1,3}、"), "heading1_font"),
                (re.compile(r"^[\s\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]"), "heading2_font"))


def _font_key(role: str, text: str, layout: dict[str, Any]) -> str:
    """The option key of the face of a block: a heading's by its numbering when it has one, else its role's."""
    if role in ("heading1", "heading2"):
        for rx, key in _LEVEL_FONTS:
            if rx.match(text):
                return key
    return layout.get("font", "body_font")


def _banji_rule(prev_role: str, role: str) -> int:
    """Width of the 版记 line to draw between two blocks (0: none)."""
    prev_in, cur_in = prev_role in _BANJI_ROLES, role in _BANJI_ROLES
    if cur_in and not prev_in:
        return _THICK_RULE
    if prev_in and not cur_in:
        return _THICK_RULE
    if prev_role == "cc" and role == "printer":
        return _THIN_RULE
    return 0

_JC = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "JUSTIFY"}

# Title line breaking: a line may end after these words (GB/T 9704 asks for
# breaks that keep words and meaning together).
_GOOD_LINE_ENDS = ("关于", "印发", "转发", "批转", "做好", "开展", "进一步", "加强", "、", "和", "及", "的")
_NO_LINE_START = set("，。、；：！？）》」』”’…—")
_NO_LINE_END = set("（《「『“‘")


def _options(overrides: dict | None) -> dict[str, Any]:
    opts = dict(DEFAULTS)
    opts["roles"] = {}
    for key, value in (overrides or {}).items():
        if key not in DEFAULTS:
            raise ValueError(f"unknown write_docx override {key!r}; known: {', '.join(sorted(DEFAULTS))}")
        if key == "roles":
            for role, spec in value.items():
                if role not in _LAYOUT and role != "table":
                    raise ValueError(f"unknown role {role!r} in overrides['roles']")
                bad = set(spec) - _ROLE_KEYS
                if bad:
                    raise ValueError(f"unknown keys {sorted(bad)} for role {role!r}; known: {sorted(_ROLE_KEYS)}")
            opts["roles"] = {r: dict(s) for r, s in value.items()}
        else:
            opts[key] = value
    return opts


def split_title(text: str, chars_per_line: int) -> list[str]:
    """Break a long title into balanced lines of at most ``chars_per_line`` characters.

    Prefers line ends after words such as 关于/印发 and never starts a line with
    closing punctuation or ends one with opening punctuation.
    """
    n = len(text)
    if chars_per_line <= 0 or n <= chars_per_line:
        return [text]
    lines: list[str] = []
    start = 0
    while n - start > chars_per_line:
        remaining_lines = math.ceil((n - start) / chars_per_line)
        target = math.ceil((n - start) / remaining_lines)
        best, best_score = None, None
        lo = max(start + 1, start + target - 4)
        hi = min(start + chars_per_line, n - 1)
        for end in range(lo, hi + 1):
            if text[end] in _NO_LINE_START or text[end - 1] in _NO_LINE_END:
                continue
            # Lines left after this one must still fit.
            if math.ceil((n - end) / chars_per_line) > remaining_lines - 1:
                continue
            score = abs(end - start - target)
            if not text[start:end].endswith(_GOOD_LINE_ENDS):
                score += 3
            if best_score is None or score < best_score:
                best, best_score = end, score
        if best is None:
            best = start + min(chars_per_line, target)
        lines.append(text[start:best])
        start = best
    lines.append(text[start:])
    return lines


def write_docx(blocks: list[Block], path_or_file: Any, *, overrides: dict | None = None) -> None:
    """Render ``blocks`` as a GB/T 9704 .docx to a path or a binary file object."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor, Twips

    opts = _options(overrides)
    if isinstance(path_or_file, os.PathLike):
        path_or_file = os.fspath(path_or_file)
    document = docx.Document()
    _setup_document(document, opts, Mm, Pt, Twips, WD_LINE_SPACING, OxmlElement, qn)
    text_width_pt = (opts["page_width_mm"] - opts["left_margin_mm"] - opts["right_margin_mm"]) / 25.4 * 72

    def add_run(paragraph, text: str, font: str, size: float, *, bold=False, color=None):
        run = paragraph.add_run(text)
        _set_run_font(run, font, opts["ascii_font"], size, OxmlElement, qn, Pt)
        if bold:
            run.font.bold = True
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return run

    prev_role = ""
    for block in blocks:
        banji_rule = _banji_rule(prev_role, block.role)
        if banji_rule:
            _add_rule_paragraph(document, banji_rule, OxmlElement, qn)
        prev_role = block.role
        if block.role == "page_break":
            document.add_page_break()
            continue
        if block.role == "table":
            _add_table(document, block, opts, add_run, WD_ALIGN_PARAGRAPH, WD_LINE_SPACING)
            continue
        if block.role not in _LAYOUT:
            raise ValueError(f"unknown role {block.role!r}")
        layout = _LAYOUT[block.role]
        custom = opts["roles"].get(block.role, {})
        font = custom.get("font", opts[_font_key(block.role, block.text, layout)])
        size = float(custom.get("size_pt", opts[layout.get("size", "body_size_pt")]))
        align = custom.get("align", layout["align"])
        indent_chars = custom.get("first_line_chars", layout["indent"])
        if indent_chars is None:
            indent_chars = opts["first_line_chars"]
        color = custom.get("color", layout.get("color"))
        bold = bool(custom.get("bold", False))

        p = document.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        p.alignment = getattr(WD_ALIGN_PARAGRAPH, _JC[align])
        pf = p.paragraph_format
        if not layout.get("exact", True):
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        side_chars = layout.get("side_chars", 0)
        right_chars = layout.get("right_chars", side_chars)
        hang_chars = 0
        if layout.get("hang_label"):
            # continuation lines align with the first name after "抄送："
            label = _LABEL.match(block.text)
            hang_chars = len(label.group(0)) if label else 0
        _set_indent(ppr, indent_chars, size, side_chars + hang_chars, right_chars, OxmlElement, qn,
                    hanging_chars=hang_chars)
        if layout.get("rule_below"):
            _add_bottom_rule(ppr, OxmlElement, qn)
        printed = _PRINTED.match(block.text) if layout.get("date_right") else None
        if layout.get("wrap_title"):
            lines = split_title(block.text, int(text_width_pt // size))
            run = add_run(p, lines[0], font, size, bold=bold, color=color)
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
        elif printed:
            # 印发机关 left, 印发日期 right (右空一字): a right tab stop at the right indent;
            # the reader reads the tab as the one space of the text
            pf.tab_stops.add_tab_stop(Twips(round((text_width_pt - right_chars * size) * 20)),
                                      WD_TAB_ALIGNMENT.RIGHT)
            add_run(p, printed.group(1), font, size, bold=bold, color=color)
            add_run(p, "\t", font, size)
            add_run(p, printed.group(2), font, size, bold=bold, color=color)
        else:
            add_run(p, block.text, font, size, bold=bold, color=color)
    rule = _banji_rule(prev_role, "")
    if rule:
        _add_rule_paragraph(document, rule, OxmlElement, qn)

    if opts["page_number"]:
        _add_page_number(document, OxmlElement, qn, Pt, WD_ALIGN_PARAGRAPH)
    document.save(path_or_file)


def _setup_document(document, opts, Mm, Pt, Twips, WD_LINE_SPACING, OxmlElement, qn) -> None:
    section = document.sections[0]
    section.page_width = Mm(opts["page_width_mm"])
    section.page_height = Mm(opts["page_height_mm"])
    section.top_margin = Mm(opts["top_margin_mm"])
    section.bottom_margin = Mm(opts["bottom_margin_mm"])
    section.left_margin = Mm(opts["left_margin_mm"])
    section.right_margin = Mm(opts["right_margin_mm"])
    section.header_distance = Mm(15)
    # The page number's top sits 7 mm under the type area; a 4号 line is about 5 mm.
    section.footer_distance = Mm(max(opts["bottom_margin_mm"] - 12, 5))

    normal = document.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), opts["ascii_font"])
    fonts.set(qn("w:hAnsi"), opts["ascii_font"])
    fonts.set(qn("w:eastAsia"), opts["body_font"])
    normal.font.size = Pt(opts["body_size_pt"])
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Twips(round(opts["line_spacing_pt"] * 20))

    # A Chinese Word writes zh-CN as the East Asian language; theme fonts then
    # resolve to the simplified-Chinese ("Hans") typefaces.
    styles_el = document.styles.element
    for lang in styles_el.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")
    settings = document.settings.element
    for tfl in settings.iter(qn("w:themeFontLang")):
        tfl.set(qn("w:eastAsia"), "zh-CN")


def _set_run_font(run, east_asia: str, ascii_font: str, size: float, OxmlElement, qn, Pt) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:ascii"), ascii_font)
    fonts.set(qn("w:hAnsi"), ascii_font)
    fonts.set(qn("w:eastAsia"), east_asia)
    run.font.size = Pt(size)
    sz_cs = OxmlElement("w:szCs")
    sz_cs.set(qn("w:val"), str(round(size * 2)))
    rpr.sz.addnext(sz_cs)


def _set_indent(ppr, first_chars, size, left_chars, right_chars, OxmlElement, qn, *, hanging_chars=0) -> None:
    """Indents the way Word writes them: character units plus the twips equivalent."""
    if not (first_chars or left_chars or right_chars or hanging_chars):
        return
    ind = OxmlElement("w:ind")
    twips_per_char = size * 20
    if left_chars:
        ind.set(qn("w:leftChars"), str(round(left_chars * 100)))
        ind.set(qn("w:left"), str(round(left_chars * twips_per_char)))
    if right_chars:
        ind.set(qn("w:rightChars"), str(round(right_chars * 100)))
        ind.set(qn("w:right"), str(round(right_chars * twips_per_char)))
    if hanging_chars:
        ind.set(qn("w:hangingChars"), str(round(hanging_chars * 100)))
        ind.set(qn("w:hanging"), str(round(hanging_chars * twips_per_char)))
    elif first_chars:
        ind.set(qn("w:firstLineChars"), str(round(first_chars * 100)))
        ind.set(qn("w:firstLine"), str(round(first_chars * twips_per_char)))
    # Schema order inside w:pPr: ... w:spacing, w:ind, ... w:jc ...
    jc = ppr.find(qn("w:jc"))
    if jc is not None:
        jc.addprevious(ind)
    else:
        ppr.append(ind)


def _add_rule_paragraph(document, width: int, OxmlElement, qn) -> None:
    """An empty 1 pt paragraph whose bottom border is a full-width black 版记 line
    (empty paragraphs are not read as text)."""
    p = document.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    _add_bottom_rule(ppr, OxmlElement, qn, size=width, space=0, color="000000")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:line"), "20")
    spacing.set(qn("w:lineRule"), "exact")
    ppr.append(spacing)


def _add_bottom_rule(ppr, OxmlElement, qn, *, size: int = 12, space: int = 12, color: str = _RED) -> None:
    """A bottom border: by default the red separator line (版头分隔线) under the document number."""
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", str(size)), ("w:space", str(space)), ("w:color", color)):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    # w:pBdr precedes w:spacing, w:ind and w:jc.
    first = next((c for c in ppr if c.tag in (qn("w:spacing"), qn("w:ind"), qn("w:jc"))), None)
    if first is not None:
        first.addprevious(pbdr)
    else:
        ppr.append(pbdr)


def _add_table(document, block: Block, opts, add_run, WD_ALIGN_PARAGRAPH, WD_LINE_SPACING) -> None:
    rows = block.rows
    ncols = max((len(r) for r in rows), default=0)
    if not rows or not ncols:
        return
    custom = opts["roles"].get("table", {})
    font = custom.get("font", opts["body_font"])
    size = float(custom.get("size_pt", opts["table_size_pt"]))
    bold_header = bool(custom.get("bold", False))
    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = document.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c in range(ncols):
            cell = table.cell(r, c)
            p = cell.paragraphs[0]
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 else WD_ALIGN_PARAGRAPH.LEFT
            text = row[c] if c < len(row) else ""
            if text:
                add_run(p, text, font, size, bold=bold_header and r == 0)


def _add_page_number(document, OxmlElement, qn, Pt, WD_ALIGN_PARAGRAPH) -> None:
    """Footer ``— PAGE —``: a PAGE field between two em dashes, 4号 宋体, centred."""
    footer = document.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.first_line_indent = Pt(0)

    def run(text=None):
        r = p.add_run(text) if text is not None else p.add_run()
        _set_run_font(r, "宋体", "宋体", 14.0, OxmlElement, qn, Pt)
        return r

    def fld_char(kind):
        r = run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)

    run("\u2014 ")
    fld_char("begin")
    r = run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r._r.append(instr)
    fld_char("separate")
    run("1")
    fld_char("end")
    run(" \u2014")

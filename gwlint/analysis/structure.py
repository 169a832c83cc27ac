"""Recognise the 公文 structure of a :class:`Document` (GB/T 9704-2012 elements).

Works on paragraph text only, so the same draft gives the same structure as
.docx, .pdf or .txt.  Web copies carry noise (a site's wrapper line before the
title, boilerplate after the 版记); those lines are marked as noise and skipped.
What cannot be recognised stays ``None`` — never guessed.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field

from ..model import Document
from ..data import load_toml
from ..textutil import squeeze, word_count
from .elements import DATE_RE, DOCNO_BARE, DOCNO_LINE, DOCNO_RE, ORDER_LINE, ORDER_NO, is_date_line, parse_date  # noqa: F401
from .elements import SERIAL_LINE
from .elements import DATE_MONTH_ONLY, STRUCTURE_TYPES
from .elements import doc_type as _doc_type
from .markers import STYLES, Marker, chinese_to_int, is_content, label_of, match_marker  # noqa: F401
from .orgs import OrgInfo, classify, coordination_body, region_level, split_region, tables
from .positions import END_PUNCT as _TITLE_END_PUNCT
from .positions import TITLE_LIKE as _TITLE_LIKE_STRICT
from .tables import layout_cells, numbered_cell_runs

# ---------------------------------------------------------------- patterns
# Titles end in a type (elements.STRUCTURE_TYPES: the 文种, 答复 for 建议/提案 replies, carried policy documents) or in
# these names of rules
_TITLE_END = "(?:" + "|".join(sorted({*STRUCTURE_TYPES, "守则", "章程", "制度"}, key=lambda w: (-len(w), w))) + ")"
_TITLE_END_RE = re.compile(_TITLE_END + r"(?:[（(][^（）()]{1,12}[）)])?$")
_NUMBER_HEADERS = tuple(load_toml("structure.toml").get("plain_tables", {}).get("number_headers", ()))
_ATT_COMPLETE = tuple(load_toml("structure.toml").get("attachment_titles", {}).get("complete_ends", ()))
_ATT_NOT_COMPLETE = tuple(load_toml("structure.toml").get("attachment_titles", {}).get("excluded_ends", ()))
_SENTENCE_OPENERS = tuple(load_toml("structure.toml").get("title_lines", {}).get("sentence_openers", ()))
_ATT_APART = re.compile(load_toml("structure.toml").get("attachment_titles", {}).get("apart_re", "(?!)"))
_SENTENCE_PUNCT = re.compile(r"[。；！？]|[，,:：]$")

_DOCNO_LINE = DOCNO_LINE
_ORDER_NO = ORDER_NO
_SIGNER = re.compile(r"签发人[：:]\s*(?P<names>.+)$")
_SIGNER_LABEL = re.compile(r"^签发人[：:]?$")
_NAMES_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}){0,3}$")
_COPY_NO = re.compile(r"^\d{6}$")
_SECRECY = re.compile(r"^(绝密|机密|秘密)(★.*)?$")
_URGENCY = re.compile(r"^(特急|加急|特提|平急)$")
# a bracketed 附注; a short bracketed part inside it is an area code: （联系人：吴静，电话：（0376）6362108）
_NOTE_RE = re.compile(r"^[（(](?:[^（）()]|[（(][^（）()]{1,8}[）)]){2,60}[）)]$")
# under the 成文日期 a bracketed paragraph of any length is the 附注 (（此件公开发布。……值班电话：……。）), not an
# unnamed attachment; its short bracketed parts are area codes or asides
_LONG_NOTE_RE = re.compile(r"^[（(](?:[^（）()]|[（(][^（）()]{1,16}[）)]){2,800}[）)]$")
# a 附注 written without its brackets: the contact line of a 请示 (联系人：……　联系电话：……)
_CONTACT_NOTE = re.compile(r"^(?:联系人|联系电话|联系方式|经办人|电话|手机)[^：:，。]{0,4}[：:]\S")
# a bracketed 附注 broken over two lines: （联系人：…… / 电话：……）
_NOTE_OPEN = re.compile(r"^[（(][^（）()]{2,60}$")
_NOTE_CLOSE = re.compile(r"^[^（）()]{2,60}[）)]$")
_ATT_NOTE = re.compile(r"^附\s*件\s*[：:]")
_ATT_NOTE_NUMBERED = re.compile(r"^附\s*件\s*1\s*[.．、]\S")
# 附件 / 附件2 / 附件： over an attachment; also a bare 附： (older notices print their one attachment so)
_ATT_LABEL = re.compile(r"^附(?:\s*件\s*(?P<n>\d{1,2})?\s*[：:]?|\s*[：:])$")
_CC_RE = re.compile(r"^(抄\s*送|抄\s*报|主\s*送|分\s*送)\s*[：:]")
# the 印发 line may end with the print run (（共印45份）), as 版记 of the old standard (GB/T 9704-1999) did
_PRINTER_RE = re.compile(r"^(?P<org>.+?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发"
                         r"(?:\s*[（(]\s*共印\s*\d{1,6}\s*份\s*[）)])?$")
# 主题词 (subject terms), a 版记 line of the old standard: no text of the 正文
_SUBJECT_TERMS = re.compile(r"^主\s*题\s*词\s*[：:]")
_NOISE_RE = re.compile(
    r"^(#\s*source:|https?://|www\.|来源[：:]|发布时间|发布日期|字号[：:]|【\s*(打印|关闭)|当前位置|首页\s*>|"
    r"扫描二维码|关注我们|分享到|责任编辑|【我要纠错】|打印本页|关闭窗口|索\s*引\s*号|主题分类|.*微信扫一扫)"
)
_OA = load_toml("structure.toml").get("oa_trailer", {})
# one 稿纸 field with its value (拟稿：钱力), repeated over a line; the value holds no colon
_OA_FIELD = r"(?:%s)\s*[：:][^：:。；]*?" % "|".join(map(re.escape, _OA.get("fields", ()))) if _OA.get("fields") else None
_OA_LINE = re.compile(r"^(?:%s\s*)+$" % _OA_FIELD) if _OA_FIELD else None
_OA_ANCHOR = re.compile(r"(?:%s)\s*[：:]" % "|".join(map(re.escape, _OA.get("anchors", ())))) \
    if _OA.get("anchors") else None
HEADING_PATTERNS = STYLES


# ---------------------------------------------------------------- model
@dataclass
class Element:
    """A recognised element: its text and the paragraph lines (1-based) it spans."""

    text: str
    lines: list[int]
    start: int = 0  # offset in the first line's paragraph text
    end: int | None = None  # offset in the last line's paragraph text (None = end)

    @property
    def line(self) -> int:
        return self.lines[0]


@dataclass
class DocNumber(Element):
    """发文字号 as recognised, with its parts (also when its brackets are wrong: 赣府发[2019]3号)."""

    org: str = ""
    year: str = ""
    serial: str = ""
    brackets: str = ""  # the two brackets as written
    order: bool = False  # 第N号 of a 令

    @classmethod
    def of(cls, text: str, lines: list[int], start: int = 0, end: int | None = None) -> "DocNumber":
        m = DOCNO_RE.search(text)
        if m is None:
            om = ORDER_LINE.match(text)
            if om:
                return cls(text, lines, start, end, serial=om.group("serial"), order=True)
            bm = DOCNO_BARE.match(text)
            if bm:  # 〔2026〕27号 without 机关代字
                return cls(text, lines, start, end, "", bm.group("year"), bm.group("serial"),
                           bm.group("lb") + bm.group("rb"))
            return cls(text, lines, start, end)
        return cls(text, lines, start, end, m.group("org"), m.group("year"), m.group("serial"),
                   m.group("lb") + m.group("rb"))



@dataclass
class Title(Element):
    """标题 as recognised (lines joined, spaces removed, without end punctuation).

    A title written with punctuation at its end (……的通知。) is still the title:
    ``end_punct`` keeps the marks (a defect GW703 reports and fixes)."""

    end_punct: str = ""


@dataclass
class Recipients(Element):
    """主送 as recognised.  A 主送 line written without its colon, or ending in
    another mark (各市人民政府，省政府各部门。), is still the 主送: ``end_mark`` is
    the wrong final mark ("" when the colon is simply missing), ``colon`` False."""

    colon: bool = True
    end_mark: str = ""


@dataclass
class Heading:
    """A numbered line: its marker (see :mod:`gwlint.analysis.markers`) and label."""

    style: str  # "一、" "（一）" "1." "（1）" "①" "⑴" "1）" "第一章" "第一条"
    level: int  # 1–4 for the GB/T 9704 sequence; 0 chapter; 5 article
    number: int | None
    marker: str  # the marker as written, e.g. "（一）、"
    line: int
    title: str  # text after the marker up to the first 。 (or the paragraph)
    part: int  # 0 = 正文, k = attachment k
    start: int = 0  # offset of the marker in the paragraph (an article after its chapter on one line: > 0)

    @property
    def content(self) -> bool:
        """A whole sentence with a demand (一、请各设区市……报送) or too long for a
        heading: numbered content, not a heading."""
        return is_content(self.title)


@dataclass
class Measure:
    heading: Heading
    lines: list[int]
    text: str
    units: list[str] = field(default_factory=list)
    # lines of the items above it that are titles only (二、主要任务 / （一）控源截污（责任单位：…）)
    context: list[int] = field(default_factory=list)


@dataclass
class Attachment:
    label: str | None
    title: Element | None
    lines: list[int]  # all lines of the attachment (label and title included)
    number: int | None = None


@dataclass
class Structure:
    noise_lines: list[int] = field(default_factory=list)
    copy_number: Element | None = None
    secrecy: Element | None = None
    urgency: Element | None = None
    issuer_mark: Element | None = None
    doc_number: DocNumber | None = None
    signer: Element | None = None
    title: Title | None = None
    recipients: Recipients | None = None
    recipient_list: list[str] = field(default_factory=list)
    body_lines: list[int] = field(default_factory=list)
    attachment_note: Element | None = None
    attachment_names: list[str] = field(default_factory=list)
    # per name of the 附件说明: it says the attachment goes apart (……方案（另发）), not after this text
    attachment_apart: list[bool] = field(default_factory=list)
    signature: Element | None = None
    date: Element | None = None
    date_value: _dt.date | None = None
    notes: list[Element] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    cc: Element | None = None
    cc_list: list[str] = field(default_factory=list)
    printer: Element | None = None
    print_date: _dt.date | None = None
    issuers: list[OrgInfo] = field(default_factory=list)
    doc_type: str | None = None
    carried_title: str | None = None
    carried_type: str | None = None
    forwarding: str | None = None  # "印发" | "转发" | "批转" | None
    headings: list[Heading] = field(default_factory=list)
    char_counts: list[int] = field(default_factory=list)  # Word 字数 of the 正文 and of each attachment
    # lines known to be table cells (a .docx/.pdf table, a numbered table or a date column copied to text one
    # cell a line): never a 署名 or 成文日期, wherever a rule looks for one
    cell_lines: list[int] = field(default_factory=list)

    @property
    def char_count(self) -> int:
        return sum(self.char_counts)

    @property
    def issuer(self) -> OrgInfo | None:
        return self.issuers[0] if self.issuers else None

    @property
    def content_lines(self) -> list[int]:
        """正文 and attachments: the text the length limits are about."""
        out = [ln for ln in self.body_lines]
        for att in self.attachments:
            out.extend(ln for ln in att.lines)
        return out

    def part_lines(self, part: int) -> list[int]:
        """Text lines of a part: the 正文 (0) or attachment k without its label and title."""
        if part == 0:
            return self.body_lines
        att = self.attachments[part - 1]
        skip = set(att.title.lines) if att.title else set()
        if att.label:
            skip.add(att.lines[0])
        return [ln for ln in att.lines if ln not in skip]

    @property
    def general_distribution(self) -> bool:
        """普发: sent to a collective (各市、县（区）人民政府, 省政府各部门, 有关单位 …)."""
        return any(r.startswith("各") or re.search(r"各(部门|单位|直属机构|部委)|有关(单位|部门)", r)
                   for r in self.recipient_list)

    def policy_part(self) -> int:
        """The part that holds the measures: the carried document of a 印发/转发
        notice (its first attachment) if there is one, else the 正文."""
        if self.forwarding and self.attachments:
            return 1
        return 0

    def measures(self, doc: Document, level: int | None = None, *, part: int | None = None,
                 lines: list[int] | None = None) -> list[Measure]:
        """Numbered measures of the policy part at ``level`` (default: working level);
        ``part``/``lines``: of that part, or of those lines of it (one carried document)."""
        if part is None:
            part = self.policy_part()
        part_lines = self.body_lines if part == 0 else self.attachments[part - 1].lines
        if lines is not None:
            part_lines = [ln for ln in part_lines if ln in set(lines)]
        heads = [h for h in self.headings if h.part == part and h.line in set(part_lines)]
        if not heads:
            return []
        if level is None:
            level = working_level(heads)
        if level is None:
            return []
        from .units import measure_unit_names

        pos = {ln: i for i, ln in enumerate(part_lines)}
        out: list[Measure] = []
        for i, h in enumerate(heads):
            if h.level != level:
                continue
            stop = len(part_lines)
            for h2 in heads[i + 1:]:
                if h2.level <= level or h2.level == 0:
                    stop = pos.get(h2.line, stop)
                    break
            start = pos.get(h.line, 0)
            lines = part_lines[start:stop]
            text = _measure_text(doc, h, lines)
            out.append(Measure(h, lines, text, measure_unit_names(text)))
        return out


    def content_measures(self, doc: Document, *, part: int | None = None,
                         lines: list[int] | None = None) -> list[Measure]:
        """Measures of the policy part read as a tree: on each branch the measure is
        the highest numbered item that carries content of its own (a sentence after
        its title on its line); items that are titles only (二、主要任务, （一）控源截污),
        with or without a lead-in paragraph, hand down to their sub-items, and the
        deeper items of a measure belong to it.  A document in articles keeps the working level."""
        if part is None:
            part = self.policy_part()
        part_lines = self.body_lines if part == 0 else self.attachments[part - 1].lines
        if lines is not None:
            wanted = set(lines)
            part_lines = [ln for ln in part_lines if ln in wanted]
        pos = {ln: i for i, ln in enumerate(part_lines)}
        heads = [h for h in self.headings if h.part == part and h.level != 0 and h.line in pos]
        if not heads or any(h.level == 5 for h in heads):
            return self.measures(doc, part=part, lines=lines)
        from .units import measure_unit_names

        out: list[Measure] = []
        # the headings in reading order with their (position, start) keys: an item's deeper items are a
        # slice found by bisection, not a scan of every heading (thousands of items stay linear)
        ordered = sorted(heads, key=lambda x: (pos[x.line], x.start))
        keys = [(pos[x.line], x.start) for x in ordered]
        on_line: dict[int, list[int]] = {}
        for x in heads:
            on_line.setdefault(x.line, []).append(x.start)

        def own_content(h: Heading, lines: list[int]) -> bool:
            if h.content:
                return True
            # up to a deeper item run into the same line (1.改造老化管网。（1）……)
            cut = min((st for st in on_line.get(h.line, ()) if st > h.start), default=None)
            para = doc.paragraphs[h.line - 1].text[h.start:cut].strip()
            rest = para[len(h.marker.strip()):].strip()
            if h.title and rest.startswith(h.title.strip()):
                rest = rest[len(h.title.strip()):]
            # a lead-in paragraph under a title (二、严格管控好“四类人员” / 各地要全面落实……) introduces
            # the items below it: it stays their context, the items are the measures
            return bool(_CONTENT_CHARS.search(rest))

        def split_off(h: Heading, own: list[int]) -> bool:
            # （二）推广绿色高效技术模式。 / 全省推广……。: a title closed by 。 is the first sentence of a
            # run-in item broken onto a line of its own (a title over a lead-in has no 。: 二、严格管控好
            # “四类人员” / 各地要全面落实……)
            line = doc.paragraphs[h.line - 1].text[h.start:].strip()
            return line.endswith("。") and len(line) <= len(h.marker) + len(h.title) + 1 \
                and any(_CONTENT_CHARS.search(doc.paragraphs[ln - 1].text) for ln in own[1:])

        def walk(items: list[Heading], stop_of, context: list[int]) -> None:
            for i, h in enumerate(items):
                a = pos[h.line]
                b = stop_of(i)
                lines = part_lines[a:b]
                span = ordered[bisect.bisect_right(keys, (a, h.start)):bisect.bisect_left(keys, (b, -1))]
                inner = [x for x in span if x.level > h.level]
                first = pos[inner[0].line] if inner else b
                own = part_lines[a:first]
                if not inner or own_content(h, own) or split_off(h, own):
                    text = _measure_text(doc, h, lines)
                    out.append(Measure(h, lines, text, measure_unit_names(text), list(context)))
                    continue
                level = min(x.level for x in inner)
                kids = [x for x in inner if x.level == level]
                starts = [pos[k.line] for k in kids]
                walk(kids, lambda j, st=starts, end=b: st[j + 1] if j + 1 < len(st) else end, [*context, *own])

        top = min(h.level for h in heads)
        tops = [h for h in heads if h.level == top]
        starts = [pos[h.line] for h in tops]
        walk(tops, lambda j: starts[j + 1] if j + 1 < len(starts) else len(part_lines), [])
        if any(m.context for m in out):
            # top sections handed down to their items: a top section of running text beside them
            # (二、保障措施 / 三、工作要求) frames the measures, it is none of them -- unless a responsibility note
            # closes it (一、丰富夜间文旅产品 / ……（责任单位：市文广旅局产业发展科）): a task of its own
            from .units import find_notes

            deeper = {x.line for x in heads if x.level > top}
            out = [m for m in out if m.context or m.heading.level != top or not deeper.isdisjoint(m.lines)
                   or any(not u.generic for n in find_notes(m.text) for u in n.lead)]
        return out

    def sub_items(self, doc: Document, measure: Measure) -> list[Measure]:
        """The numbered items one level below ``measure`` inside it (the next deeper
        GB level present), each with its lines up to the next such item: （一）'s
        1. 2. 3., or 1.'s （1）（2）."""
        inside = set(measure.lines)
        top = measure.heading
        if top.level in (0, 5):
            return []
        heads = [h for h in self.headings
                 if h.line in inside and (h.line != top.line or h.start > top.start) and top.level < h.level < 5]
        if not heads:
            return []
        level = min(h.level for h in heads)
        kids = [h for h in heads if h.level == level]
        from .units import measure_unit_names

        pos = {ln: i for i, ln in enumerate(measure.lines)}
        out: list[Measure] = []
        for i, h in enumerate(kids):
            stop = pos[kids[i + 1].line] if i + 1 < len(kids) else len(measure.lines)
            lines = measure.lines[pos[h.line]:stop]
            text = _measure_text(doc, h, lines)
            out.append(Measure(h, lines, text, measure_unit_names(text)))
        return out


_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def _measure_text(doc: Document, h: Heading, lines: list[int]) -> str:
    """The text of a measure: its lines, the first from its marker on (an item sharing the line
    of its heading's title or chapter starts inside it)."""
    return "\n".join(doc.paragraphs[ln - 1].text[h.start if ln == h.line else 0:] for ln in lines)


def working_level(heads: list[Heading]) -> int | None:
    """The heading level that carries the tasks: the most numerous GB level
    (1–4, or articles), ties going to the deeper level."""
    counts: dict[int, int] = {}
    for h in heads:
        if h.level in (0,):
            continue
        counts[h.level] = counts.get(h.level, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda lv: (counts[lv], lv))


# ---------------------------------------------------------------- helpers
def _is_noise(text: str) -> bool:
    return bool(_NOISE_RE.match(text.strip()))


def _is_wrapper(text: str) -> bool:
    """A web page's heading line such as 赣府发〔2019〕3号《江西省人民政府关于…的通知》."""
    s = squeeze(text)
    return bool(DOCNO_RE.search(s)) and "《" in s and s.endswith("》") and not _DOCNO_LINE.match(s)


def _title_like(s: str) -> bool:
    if len(s) > 160 or len(s) < 4 or _SENTENCE_PUNCT.search(s):
        return False
    return bool(_TITLE_END_RE.search(s))


_ENTITY = re.compile(r"&[a-zA-Z]{2,6};")


def _org_like(s: str) -> bool:
    s = _ENTITY.sub("", s)
    s2 = squeeze(s)
    if not s2 or len(s2) > 60 or re.search(r"[。，；：:！？,]", s2):
        return False
    if DATE_RE.match(s2):
        return False
    parts = [p for p in re.split(r"[\s\u3000、]+", s.strip()) if p]
    # public institutions sign too: 江西省档案馆, 县水文站, 县林业工作站, 市委党校, 县综合行政执法队;
    # a government's 研究室, 参事室 as well
    # a campus or seat in brackets after the name (中国石油大学（华东）, 中国地质大学（武汉）) qualifies the same organ
    parts = [_SEAT.sub("", p) or p for p in parts]
    return all(classify(p).kind != "other"
               or re.search(r"(政府|办公厅|办公室|厅|委|局|部|署|院|会|处|司|中心|总局|委员会|队|馆|站|所|校|大学|室)$", p)
               or coordination_body(p) for p in parts)


_SEAT = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]$")


def _split_list(text: str) -> list[str]:
    """Split a 主送/抄送 list on ，；, and ; outside brackets."""
    items, depth, cur = [], 0, []
    for ch in text:
        if ch in "（(〔[【":
            depth += 1
        elif ch in "）)〕]】":
            depth = max(0, depth - 1)
        if depth == 0 and ch in "，,；;":
            items.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    items.append("".join(cur))
    return [i.strip().strip("。.") for i in items if i.strip().strip("。.")]


def _issuers_from_name(text: str) -> list[OrgInfo]:
    names = [n for n in re.split(r"[\s\u3000、,，]+", text) if n]
    out = []
    for n in names:
        n = re.sub(r"文件$", "", n)
        if n:
            out.append(classify(n))
    return out


def _organs(names: list[str]) -> list[OrgInfo]:
    """The names that are organs (a known or well-formed body, or an ad-hoc body such as a 领导小组)."""
    out = []
    for n in names:
        n = re.sub(r"文件$", "", n)
        if not n:
            continue
        info = classify(n)
        if info.kind == "other" or (n not in tables().by_name and coordination_body(squeeze(n))):
            info = _ad_hoc(n) or info
        # a body of kind "other" with a known level (江西省总工会 in the table, 黑龙江省总工会 by its
        # form) is an organ too: a mass organisation issues documents of its own
        if info.kind != "other" or info.level != "unknown" or coordination_body(squeeze(n)):
            out.append(info)
    return out


def _organ_word(text: str) -> bool:
    """``text`` names a body (国务院办公厅, 市安委会, 省教育厅, 国家林草局), as a source before a 《》 title does."""
    return bool(re.search(r"(?:院|办公厅|办公室|厅|局|委|委员会|委会|部|署|办|政府|指挥部|小组|组)$", text))


def _title_issuer(title: str) -> str | None:
    m = re.match(r"^(?P<org>.+?)(?:关于|对|转发|印发|批转)", title)
    if not m:
        return None
    org = m.group("org")
    if len(org) < 2 or len(org) > 60:
        return None
    return org


_CARRIED = re.compile(r"(?:关于)?(?P<verb>印发|转发|批转|发布)(?P<what>.+?)的(?:通知|函|决定)$")


# ---------------------------------------------------------------- analysis
class _Scan:
    """State shared by the recognisers: the lines, what is consumed, the positions
    reached so far.  Each recogniser reads what earlier ones found and adds its own."""

    def __init__(self, doc: Document) -> None:
        self.paras = doc.paragraphs
        self.n = len(self.paras)
        self.st = Structure()
        self.texts = [p.text for p in self.paras]
        self.sq = [squeeze(t) for t in self.texts]
        self.used: set[int] = set()  # 0-based indices consumed by an element
        self.first = 0  # first line after leading noise (0-based)
        self.last = self.n - 1  # last line before trailing noise
        self.pos = 0  # where the recipients (or the body) start
        self.body_start = 0
        self.end = 0  # first line of the 版记 (exclusive end of the text)
        self.date_i: int | None = None
        self.body_end = 0  # exclusive end of the 正文 before the 署名
        self.after = 0  # first line after the date and its 附注
        self.body_end_note = 0  # exclusive end of the 正文 before the 附件说明
        self.title: str | None = None
        # a table cell is never a structural element (署名, 成文日期, 附注, heading): the readers mark
        # the cells of .docx/.pdf tables; a plain-text table is told by where a date stands (_date_line)
        # (the cells of a layout table are lines of the page: tables.layout_cells)
        self.cells = ({i for i, p in enumerate(self.paras) if p.kind == "table_cell" or p.table is not None}
                      - layout_cells(self.paras))
        # a numbered table copied to text one cell a line: its last cell (a unit name, a date) is no 署名 or
        # 成文日期 (only these ask: headings and notes inside such tables stay as they were read)
        self.text_cells = {k for a, b in numbered_cell_runs(
            [t if i not in self.cells else "" for i, t in enumerate(self.texts)], _NUMBER_HEADERS)
            for k in range(a, b + 1)}
        self.no_sign = self.cells | self.text_cells

    def el(self, i: int, j: int | None = None, text: str | None = None) -> Element:
        j = i if j is None else j
        for k in range(i, j + 1):
            self.used.add(k)
        return Element(text if text is not None else "".join(self.sq[k] for k in range(i, j + 1)),
                       [k + 1 for k in range(i, j + 1)])


def _noise(s: _Scan) -> None:
    """Web-page noise at both ends (a site's wrapper line, boilerplate after the 版记)."""
    st, texts, sq = s.st, s.texts, s.sq
    while s.first < s.n and (_is_noise(texts[s.first]) or _is_wrapper(texts[s.first])):
        st.noise_lines.append(s.first + 1)
        s.first += 1
    while s.last >= s.first and (_is_noise(texts[s.last]) or re.fullmatch(r"\d{1,4}", sq[s.last])):
        st.noise_lines.append(s.last + 1)
        s.last -= 1
    # an OA copy's 稿纸 fields closing the text (拟稿：……　核稿：……　签发：……): no part of the 公文
    if _OA_LINE is not None:
        k = s.last
        while k >= s.first and _OA_LINE.match(texts[k].strip()):
            k -= 1
        if k < s.last and any(_OA_ANCHOR.search(texts[x].strip()) for x in range(k + 1, s.last + 1)):
            st.noise_lines.extend(range(s.last + 1, k + 1, -1))
            s.last = k


def _header(s: _Scan) -> None:
    """版头 and title: 份号, 密级, 紧急程度, 发文机关标志, 发文字号 (with 签发人), 标题."""
    st, texts, sq = s.st, s.texts, s.sq
    i = s.first
    header_end = min(s.last + 1, s.first + 14)
    title_idx: tuple[int, int] | None = None
    # an order's mark (江西省人民政府令) anywhere in the head: a bare 第232号 there is its 令号
    order_ahead = any(_ORDER_MARK.match(sq[k]) for k in range(i, header_end))
    while i < header_end:
        line = sq[i]
        if not line:
            i += 1
            continue
        if _is_noise(texts[i]) or _is_wrapper(texts[i]):
            st.noise_lines.append(i + 1)
            i += 1
            continue
        if st.copy_number is None and _COPY_NO.match(line) and title_idx is None:
            st.copy_number = s.el(i)
        elif st.secrecy is None and _SECRECY.match(line):
            st.secrecy = s.el(i)
        elif st.urgency is None and _URGENCY.match(line):
            st.urgency = s.el(i)
        elif st.doc_number is None and title_idx is None and (k := _split_docno(s, i, header_end)) is not None:
            # 赣府字〔2026〕 | 12号: a 文号 typed into two or three cells of a 版头 table (or copied out of one)
            e = s.el(i, k)
            st.doc_number = DocNumber.of(e.text, e.lines)
            i = k
        elif st.doc_number is None and _docno_in_header(line, st.issuer_mark is not None or order_ahead):
            m = _SIGNER.search(texts[i])
            if m:
                num_text = texts[i][: m.start()].strip()
                st.doc_number = DocNumber.of(squeeze(num_text), [i + 1], 0, len(num_text))
                st.signer = Element(m.group("names").strip(), [i + 1], m.start(), len(texts[i]))
                s.used.add(i)
            elif (om := ORDER_LINE.match(line)) and om.group("org") and om.group("lp") and st.issuer_mark is None \
                    and classify(om.group("org")[:-1]).kind == "government":
                # 江西省人民政府令（第265号）: the order's mark and its 令号 on one line
                raw = texts[i]
                k = raw.index("令") + 1
                a = len(raw) - len(raw.lstrip())
                st.issuer_mark = Element(squeeze(raw[a:k]), [i + 1], a, k)
                rest = raw[k:].strip()
                b = raw.index(rest, k)
                st.doc_number = DocNumber.of(squeeze(rest), [i + 1], b, b + len(rest))
                s.used.add(i)
            elif _PAREN_NO.match(line):
                # （皖政办秘〔2021〕82号）: the 文号 is what the parentheses hold
                raw = texts[i]
                a = raw.index(raw.strip()[0]) + 1
                b = len(raw.rstrip()) - 1
                s.used.add(i)
                st.doc_number = DocNumber.of(squeeze(raw[a:b]), [i + 1], a, b)
            else:
                e = s.el(i)
                st.doc_number = DocNumber.of(e.text, e.lines)
        elif st.signer is None and _SIGNER.search(texts[i]):
            m = _SIGNER.search(texts[i])
            st.signer = Element(m.group("names").strip(), [i + 1], m.start(), len(texts[i]))
            s.used.add(i)
        elif st.signer is None and _SIGNER_LABEL.match(line) and i + 1 < header_end and sq[i + 1] \
                and (_row_of(s, i)[1] > i or (s.paras[i].table is None and _NAMES_ONLY.match(texts[i + 1].strip()))):
            # 签发人： in one cell of a 版头 table and the names in the next (or on the next line of a copy)
            raw = texts[i + 1]
            a = len(raw) - len(raw.lstrip())
            st.signer = Element(raw.strip(), [i + 2], a, a + len(raw.strip()))
            s.used.update((i, i + 1))
            i += 1
        elif st.issuer_mark is None and title_idx is None \
                and (mark_end := _mark_block(sq, texts, i, header_end, st.doc_number is not None)
                     or _bare_mark(sq, texts, i, header_end)):
            # 发文机关标志: "…文件", or a joint mark whose names stand on lines around "文件"
            st.issuer_mark = s.el(i, mark_end - 1, " ".join(sq[k] for k in range(i, mark_end)))
            i = mark_end - 1
        elif title_idx is None:
            found = _find_title(sq, i, header_end)
            if found is None:
                break
            title_idx = found
            a, b = found
            e = s.el(a, b)
            core = _TITLE_END_PUNCT.sub("", e.text)
            st.title = Title(core, e.lines, end_punct=e.text[len(core):])
            i = b
        else:
            break
        i += 1
        marked = st.issuer_mark is not None or order_ahead
        if title_idx is not None and st.doc_number is not None and i < header_end and not _docno_in_header(sq[i]):
            # title and 文号 found: the next line is 主送 or the 正文
            break
        if title_idx is not None and st.doc_number is None and i < header_end \
                and not _docno_in_header(sq[i], marked) and not _SIGNER.search(texts[i]):
            break
    s.pos = i
    if st.doc_number is not None and st.doc_number.order:
        # a web copy of an order repeats its 版头 under the title: 江西省人民政府令 / 第232号
        while s.pos < header_end:
            line = sq[s.pos]
            om = ORDER_LINE.match(line)
            if _ORDER_MARK.match(line) and classify(line[:-1]).kind == "government":
                if st.issuer_mark is None:
                    st.issuer_mark = s.el(s.pos)
                s.used.add(s.pos)
            elif om and om.group("serial") == st.doc_number.serial:
                s.used.add(s.pos)
            else:
                break
            s.pos += 1


def _recipients(s: _Scan) -> None:
    """主送: the line after the title ending in a colon — or, after a recognised
    title, a line that is nothing but organ names with the colon missing or
    replaced by another mark (各市人民政府，省政府各部门。), a defect GW704 reports."""
    st, sq = s.st, s.sq
    pos = s.pos
    if pos <= s.last and sq[pos] and re.search(r"[：:]$", sq[pos]) and "。" not in sq[pos] and len(sq[pos]) <= 400 \
            and not re.match(r"^(现|为|根据|按照|经|[0-9０-９]{4}年)", sq[pos]):  # 2026年6月18日，……：opens a 纪要's text
        e = s.el(pos)
        st.recipients = Recipients(e.text, e.lines)
        st.recipient_list = _split_list(sq[pos].rstrip("：:"))
        pos += 1
    elif st.title is not None and (wrapped := _wrapped_recipients(s, pos)) is not None:
        e = s.el(pos, wrapped)
        st.recipients = Recipients(e.text, e.lines)
        st.recipient_list = [x for k in range(pos, wrapped + 1) for x in _split_list(sq[k].rstrip("：:，、,"))]
        pos = wrapped + 1
    elif st.title is not None and pos <= s.last and pos + 1 <= s.last:
        found = _colonless_recipients(s.texts[pos])
        if found is not None:
            mark, items = found
            end = pos
            # wrapped over two or three lines, the last without its colon (……，/ 市直有关单位、): each
            # line but the last ends in 逗号 or 顿号, and the body follows the last
            while mark in ("，", "、", ",") and end - pos < 2 and end + 1 < s.last \
                    and (more := _colonless_recipients(s.texts[end + 1])) is not None:
                end += 1
                mark, items = more[0], items + more[1]
            e = s.el(pos, end)
            st.recipients = Recipients(e.text, e.lines, colon=False, end_mark=mark)
            st.recipient_list = items
            pos = end + 1
    s.body_start = pos


def _wrapped_recipients(s: _Scan, pos: int) -> int | None:
    """The last line of a 主送 wrapped over up to three lines (GB/T 9704 7.3.2: 回行时仍顶格), each
    line but the last ending in 逗号 or 顿号 and the last in a colon; None when ``pos`` starts none."""
    sq = s.sq
    for j in range(pos + 1, min(pos + 3, s.last + 1)):
        if not sq[j - 1] or sq[j - 1][-1] not in "，、,":
            return None
        if re.search(r"[：:]$", sq[j]):
            lines = [s.texts[k].strip().rstrip("：:，、,") for k in range(pos, j + 1)]
            return j if all(_ends_with_organ(t) for t in lines) and _colonless_recipients(lines[0]) else None
    return None


def _ends_with_organ(text: str) -> bool:
    """A line of names whose last item names an organ (中央、省驻州有关单位): the piece of a wrapped 主送."""
    from .positions import recipient_patterns

    if not 2 <= len(text) <= 200 or re.search(r"[。；！？：:]", text):
        return False
    return bool(recipient_patterns()[0].search(re.split(r"[，、,]", text)[-1]))


def _colonless_recipients(text: str) -> tuple[str, list[str]] | None:
    """(wrong end mark or "", items) when ``text`` is a 主送 line missing its colon."""
    from .positions import lead, recipient_patterns, split_top

    t = text.rstrip()
    core = t.strip()
    if len(core) < 2 or len(core) > 200:
        return None
    mark = t[-1] if t[-1] in "，；。、,;." else ""
    body = t[:-1] if mark else t
    # a 分号 between the names (各区县体育局；万盛经开区文化旅游局) is a wrong separator, GW704's to report:
    # the items must all be organ names still
    if re.search(r"[。！？：:]", body):
        return None
    org, frag = recipient_patterns()
    items, _ = split_top(body, lead(body), len(body))
    names = [body[x:y].strip() for x, y in items]
    if not names or not all(n and (org.search(n) or frag.match(n)) for n in names) or not org.search(names[-1]):
        return None
    if not mark and not (core.startswith("各") or re.search(r"[，、,]", core) or len(core) <= 20):
        return None
    return mark, _split_list(squeeze(body))


def _row_of(s: _Scan, k: int) -> tuple[int, int]:
    """The lines of the table row that line ``k`` is a cell of ((k, k) outside a table): a 版记 typed into a
    table keeps 印发机关 and 印发日期 (or 抄送： and its list) in cells of one row, read one line a cell."""
    row = s.paras[k].table
    if row is None:
        return k, k
    a = b = k
    while a - 1 >= 0 and s.paras[a - 1].table is not None and s.paras[a - 1].table[:2] == row[:2]:
        a -= 1
    while b + 1 < s.n and s.paras[b + 1].table is not None and s.paras[b + 1].table[:2] == row[:2]:
        b += 1
    return a, b


def _banji_row(s: _Scan, k: int) -> tuple[int, int]:
    """The row of line ``k`` when its table holds nothing but 版记 items (each row, its cells read together, an
    印发 line or a 抄送/抄报 list); else (k, k): a data table's row (铅山县 | 2026年2月10日 | 印发) is no 版记."""
    tno = s.paras[k].table
    if tno is None:
        return k, k
    a = b = k
    while a - 1 >= 0 and s.paras[a - 1].table is not None and s.paras[a - 1].table[0] == tno[0]:
        a -= 1
    while b + 1 < s.n and s.paras[b + 1].table is not None and s.paras[b + 1].table[0] == tno[0]:
        b += 1
    i = a
    while i <= b:
        x, y = _row_of(s, i)
        line = "".join(s.sq[x:y + 1])
        if not (_PRINTER_RE.match(line) or _CC_RE.match(line) or _SUBJECT_TERMS.match(line)):
            return k, k
        i = y + 1
    return _row_of(s, k)


def _banji(s: _Scan) -> None:
    """版记, read from the end: 印发机关和印发日期, 抄送 (and 抄报), a 主送 moved there; a row of a table is
    read as one line (its cells in order)."""
    st, sq = s.st, s.sq
    last = s.last
    bj_start = last + 1
    k = last
    steps = 0  # lines (rows) walked up from the last
    while k >= s.body_start:
        a, b = _banji_row(s, k)
        if a < s.body_start:
            a, b = k, k
        line = "".join(sq[a:b + 1])
        pm = _PRINTER_RE.match(line)
        if pm and st.printer is None:
            st.printer = s.el(a, b, text=pm.group("org"))
            st.print_date = parse_date(pm.group("date"))
            bj_start = a
        elif _CC_RE.match(line):
            if line.startswith(("抄送", "抄 送")) and st.cc is None:
                body = re.sub(r"^抄\s*送\s*[：:]", "", line)
                st.cc = s.el(a, b, text=body)
                st.cc_list = _split_list(body)
            elif re.match(r"^抄\s*报", line):
                # 抄报 (copies to higher bodies) above or instead of 抄送: one copy list
                body = re.sub(r"^抄\s*报\s*[：:]", "", line)
                e = s.el(a, b, text=body)
                if st.cc is None:
                    st.cc, st.cc_list = e, _split_list(body)
                else:
                    st.cc = Element(f"{body}；{st.cc.text}", [*e.lines, *st.cc.lines])
                    st.cc_list = [*_split_list(body), *st.cc_list]
            elif st.recipients is None and re.match(r"^主\s*送", line):
                body = re.sub(r"^主\s*送\s*[：:]", "", line)
                e = s.el(a, b, text=body)
                st.recipients = Recipients(e.text, e.lines)
                st.recipient_list = _split_list(body)
            bj_start = a
        elif _SUBJECT_TERMS.match(line) and b == bj_start - 1:
            bj_start = a  # the 主题词 line heads the old 版记
        elif steps > 3 or not line:
            break
        elif bj_start <= last and b == bj_start - 1 and not _SENTENCE_PUNCT.search(line) and len(line) < 40 \
                and st.cc is not None and not DATE_RE.match(line):
            # wrapped continuation of a long 抄送 list
            break
        k = a - 1
        steps += 1
    s.end = bj_start  # exclusive


def _date_and_signature(s: _Scan) -> None:
    """成文日期, the 署名 above it (or a 署名 closing a text without a date), 附注 below."""
    st, texts, sq = s.st, s.texts, s.sq
    body_start, end = s.body_start, s.end
    date_i = _date_line(s)
    s.date_i = date_i
    sig_range: tuple[int, int] | None = None
    if date_i is not None:
        st.date = s.el(date_i)
        st.date_value = parse_date(sq[date_i])
        a = date_i
        while a - 1 >= body_start and (date_i - (a - 1) <= 2 or _titled_signer(s, a - 1)) and a - 1 not in s.no_sign \
                and _org_like(texts[a - 1]) \
                and not _HEADING_ANY.match(sq[a - 1]) and not _collective(texts[a - 1]) \
                and not (a < date_i and _cell_over_signer(s, a - 1, a)) \
                and not (a < date_i and a - 2 >= body_start and _listed_unit(sq[a - 2], sq[a - 1])):
            a -= 1
        if a < date_i and a - 1 >= body_start and date_i - (a - 1) <= 3 and _split_name_head(texts[a - 1], texts[a]):
            a -= 1  # 上饶市防汛抗旱 / 指挥部: a long name broken over two lines
        if a < date_i:
            sig_range = (a, date_i - 1)
        elif date_i - 1 >= body_start and date_i - 1 not in s.no_sign and _signature_name_like(texts[date_i - 1]):
            sig_range = (date_i - 1, date_i - 1)
        if sig_range:
            st.signature = s.el(sig_range[0], sig_range[1],
                                " ".join(_ENTITY.sub("", texts[x]).strip() for x in range(sig_range[0], sig_range[1] + 1)))
        s.body_end = sig_range[0] if sig_range else date_i
        after = date_i + 1
        while after < end and len(st.notes) < 3 and (n := _note_lines(sq, after, end)):
            st.notes.append(s.el(after, after + n - 1))
            after += n
        s.after = after
    else:
        # no date: the text closes before the first attachment's label (附件 / 附件1 heading a page)
        close = _first_attachment_label(s)
        s.body_end = close
        s.after = close
        # a 署名 without a date closing the text (a 附注 such as （此件公开发布） may follow it)
        k = close - 1
        notes = []
        while k > body_start and _NOTE_RE.match(sq[k]) and len(notes) < 2:
            notes.insert(0, k)
            k -= 1
        if k >= body_start and k > body_start and k not in s.no_sign and _org_like(texts[k]) \
                and not _collective(texts[k]) \
                and (classify(sq[k]).kind != "other" or _ad_hoc(sq[k])):
            st.signature = s.el(k)
            s.body_end = k
            st.notes.extend(s.el(x) for x in notes)


def _listed_unit(above: str, line: str) -> bool:
    """A unit named without its place (交通局) under a short numbered label (2、职能单位末位排名): an item of the
    list the label opens, not a joint signer (signers write their full names, 江西省财政厅)."""
    return bool(_HEADING_ANY.match(above)) and len(above) <= 20 and not _SENTENCE_PUNCT.search(above) \
        and _LEAD_REGION.match(line) is None and not line.startswith(("省", "市", "县", "区", "州", "盟", "旗", "中共"))


def _note_lines(sq: list[str], k: int, end: int) -> int:
    """How many lines from ``k`` make one 附注 under the 成文日期 (0: none): a bracketed line, a
    contact line whose brackets were left out, or a bracketed note broken over two lines."""
    if _NOTE_RE.match(sq[k]) or _CONTACT_NOTE.match(sq[k]) or _LONG_NOTE_RE.match(sq[k]):
        return 1
    if k + 1 < end and _NOTE_OPEN.match(sq[k]) and _NOTE_CLOSE.match(sq[k + 1]):
        return 2
    return 0


def _titled_signer(s: _Scan, x: int) -> bool:
    """A third or further 署名 line of a joint document: a name the title (or 版头) gives as an issuer —
    three or more bodies issue jointly, one 署名 line each."""
    names: set[str] = set()
    if s.st.title is not None:
        org = _title_issuer("".join(s.texts[ln - 1].strip() for ln in s.st.title.lines))
        names.update(_joint_names(org or ""))
    if s.st.issuer_mark is not None:
        names.update(re.split(r"[\s\u3000、,，]+", re.sub(r"(文件|纪要)$", "", s.st.issuer_mark.text)))
    return s.sq[x] in names


def _cell_over_signer(s: _Scan, x: int, lower: int) -> bool:
    """An organ's name ``x`` over the 署名 line ``lower`` that is the last cell of a table copied to text
    (no 序号 column to tell its rows): the title or 版头 names the issuers, the 署名 below among them and
    ``x`` not, and the line above ``x`` is a short cell, no sentence and no item of a 附件说明."""
    named = "".join(e.text for e in (s.st.title, s.st.issuer_mark) if e is not None)
    if not named or s.sq[lower] not in named or s.sq[x] in named or x - 1 < s.body_start:
        return False
    above = s.sq[x - 1]
    return 0 < len(above) <= 40 and not _SENTENCE_PUNCT.search(above) and not _ATT_NOTE.match(above) \
        and not re.match(r"\d{1,2}[.．、]\S", above)


def _split_name_head(head: str, rest: str) -> bool:
    """``head`` is the first part of an organ's name that ``rest`` completes (a 署名
    broken over two lines): no name alone, one with the next line."""
    h, r = head.strip(), rest.strip()
    if not h or len(h) > 20 or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", h) or _org_like(h):
        return False
    # the region leads the head, never the rest (江西省农业农村厅 under a table row is a name of its own)
    return bool(_LEAD_REGION.match(h)) and not _LEAD_REGION.match(r) and _org_like(h + r) and not _collective(h + r)


def _date_line(s: _Scan) -> int | None:
    """The 成文日期's line: the first line that is a date written as the standard has it, else a date written
    otherwise (2026.5.18, 2026-05-18, 2026年5月18号) under a 署名 or closing the text.  A date line with
    text of the 正文 on both sides (a plain-text table's 截止时间 cell) is no 成文日期; nor a table cell."""
    body_start, end, sq, texts = s.body_start, s.end, s.sq, s.texts
    loose = None
    strict: list[int] = []
    for k in range(body_start, end):
        if k in s.used or k in s.no_sign:
            continue
        if _date_column_cell(s, k):
            s.no_sign.add(k)
            continue
        if DATE_RE.match(sq[k]):
            if _closes_text(s, k):
                return k
            strict.append(k)
        elif loose is None and is_date_line(sq[k], loose=True) and parse_date(sq[k]) is not None \
                and (k >= end - 3 or (k - 1 >= body_start and (_org_like(texts[k - 1]) or _ad_hoc(sq[k - 1])))):
            loose = k
    # no date where a 成文日期 stands: the first one that is no cell of a plain-text table
    found = next((k for k in strict if not _in_cell_run(s, k)), loose)
    if found is None:
        # 2026年9月 under the 署名: the 成文日期 lacking its day (GW702), not a missing date
        for k in range(end - 1, max(body_start, end - 4) - 1, -1):
            if k not in s.used and k not in s.no_sign and DATE_MONTH_ONLY.match(sq[k]) and k - 1 >= body_start \
                    and k - 1 not in s.no_sign and (_org_like(texts[k - 1]) or _signature_name_like(texts[k - 1])):
                return k
    return found


# a titled heading of the 正文 (三、整改清单, （二）报送安排): it introduces a table as a sentence does (a cell's own
# number, 1., is no heading)
_TITLE_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)\S")
# the header of a table column of dates (填报日期, 完成时间, 办结时限)
_DATE_HEADER = re.compile(r"(日期|时间|时限|期限)$")


def _date_column_cell(s: _Scan, k: int) -> bool:
    """A date line that is the last cell of a table copied to text one cell a line, with no 序号 column and no
    署名 under it (单位名称|联系人|填表日期 / 龙岩市财政局|张敏|2026年9月1日): the short lines above it, back to
    the sentence introducing the table, start with a header row holding a date column's header, and the date
    closes a full row of that width in that column.  A 成文日期 under a 署名, or after such a table's last row,
    is not in that place; nor is the 成文日期 under a table whose last cell, a date, stands under a unit."""
    if not is_date_line(s.sq[k], loose=True):
        return False
    prev = k - 1
    if prev < s.body_start:
        return False
    # a unit's name above it is a 署名 — unless another date follows (the table's last row: unit, date), or the
    # date is a full row's last cell with more of the text after it (各区人民政府 | 2026年6月30日, then the next row)
    under_unit = (_org_like(s.texts[prev]) or _ad_hoc(s.sq[prev]) or _signature_name_like(s.texts[prev])) \
        and not (k + 1 < s.end and is_date_line(s.sq[k + 1], loose=True))
    if under_unit and _ends_text(s, k):
        return False
    r = prev
    # back to the sentence, or the heading (三、整改清单), that introduces the table
    while r - 1 >= s.body_start and k - r < 60 and 0 < len(s.sq[r - 1]) <= 40 \
            and not _SENTENCE_PUNCT.search(s.sq[r - 1]) and not _TITLE_HEADING.match(s.sq[r - 1]):
        r -= 1
    if not (0 < len(s.sq[r]) <= 40) or _SENTENCE_PUNCT.search(s.sq[r]):
        return False
    for h in range(r, min(prev, r + 8)):
        if _DATE_HEADER.search(s.sq[h]) and not is_date_line(s.sq[h], loose=True):
            for cols in range(h - r + 1, min(k - r, 9) + 1):
                if cols >= 2 and (k - r + 1) % cols == 0 and (k - h) % cols == 0 and k - r + 1 >= 2 * cols:
                    return True
    return False


def _closes_text(s: _Scan, k: int) -> bool:
    """The date line ``k`` stands where a 成文日期 does: under a 署名, or with nothing of the 正文
    after it (the end, 附注, an attachment)."""
    texts, sq = s.texts, s.sq
    prev = k - 1
    if prev >= s.body_start and prev not in s.no_sign and (
            _org_like(texts[prev]) or _ad_hoc(sq[prev]) or _signature_name_like(texts[prev])):
        return True
    return _ends_text(s, k)


def _ends_text(s: _Scan, k: int) -> bool:
    """Nothing of the 正文 follows the line ``k``: the end, 附注, an attachment."""
    nxt = k + 1
    while nxt < s.end and (n := _note_lines(s.sq, nxt, s.end)):
        nxt += n
    return nxt >= s.end or bool(_ATT_LABEL.match(s.sq[nxt]) or _ATT_NOTE.match(s.sq[nxt]))


def _in_cell_run(s: _Scan, k: int) -> bool:
    """A date line between two short lines that end no sentence: a cell of a table written one
    cell a line (plain text), not a 成文日期."""
    prev, nxt = k - 1, k + 1
    return prev >= s.body_start and nxt < s.end and all(
        len(s.sq[x]) <= 40 and not _SENTENCE_PUNCT.search(s.sq[x]) for x in (prev, nxt))


def _first_attachment_label(s: _Scan) -> int:
    """Where the attachments begin in a text without a date: the first 附件/附件1 line after the
    附件说明 (the text's end when there is none)."""
    noted = False
    for k in range(s.body_start, s.end):
        if k in s.cells:
            continue
        if _ATT_NOTE.match(s.sq[k]):
            noted = True
        elif noted and _ATT_LABEL.match(s.sq[k]):
            return k
    return s.end


def _numbered_items(line: str) -> list[str]:
    """A line of the 附件说明 holding several numbered names (1.帮扶企业名单2.帮扶内容清单, 1．……；2．……):
    one piece per number, each next number (2, 3 …) in turn starting an item; a line opening with no number
    is one name (1.5万元 is a decimal: a digit after the point numbers nothing)."""
    first = re.match(r"\s*(\d{1,2})\s*[.．、](?!\d)", line)
    if not first:
        return [line]
    cuts, n, pos = [0], int(first.group(1)) + 1, first.end()
    while True:
        m = re.compile(r"(?<![\d.．])%d\s*[.．、](?!\d)" % n).search(line, pos)
        if not m:
            break
        cuts.append(m.start())
        n, pos = n + 1, m.end()
    pieces = [line[a:b] for a, b in zip(cuts, cuts[1:] + [len(line)])]
    return [re.sub(r"[\s\u3000；;，,、]+$", "", p) for p in pieces]


def _attachment_note(s: _Scan) -> None:
    """附件说明 at the end of the 正文 (附件：1.…… 2.……)."""
    st, texts, sq = s.st, s.texts, s.sq
    s.body_end_note = s.body_end
    for k in range(s.body_start, s.body_end):
        # also without its colon when a numbered list follows (附件1.…… / 2.……, web copies)
        if _ATT_NOTE.match(sq[k]) or (_ATT_NOTE_NUMBERED.match(sq[k]) and k + 1 < s.body_end
                                       and re.match(r"^2\s*[.．、]\S", sq[k + 1])):
            j = k
            names = [re.sub(r"^附\s*件\s*[：:]?\s*", "", texts[k]).strip()]
            while j + 1 < s.body_end and re.match(r"^\d{1,2}\s*[.．、]", sq[j + 1]):
                j += 1
                names.append(texts[j].strip())
            st.attachment_note = s.el(k, j, "\n".join(texts[x].strip() for x in range(k, j + 1)))
            names = [part for nm in names for part in _numbered_items(nm)]
            st.attachment_names = [re.sub(r"^\d{1,2}\s*[.．、]\s*", "", nm).strip() for nm in names if nm]
            st.attachment_apart = [bool(_ATT_APART.search(re.sub(r"[。；;，,.]+$", "", squeeze(nm))))
                                   for nm in st.attachment_names]
            s.body_end_note = k
            break
        if (run := _numbered_note_run(s, k)) is not None:
            names = [_NUMBERED_NOTE.sub("", texts[x]).strip() for x in range(k, run + 1)]
            st.attachment_note = s.el(k, run, "\n".join(texts[x].strip() for x in range(k, run + 1)))
            st.attachment_names = [nm for nm in names if nm]
            st.attachment_apart = [bool(_ATT_APART.search(re.sub(r"[。；;，,.]+$", "", squeeze(nm))))
                                   for nm in st.attachment_names]
            s.body_end_note = k
            break


# 附件一：…… / 附件2、…… one a line: an 附件说明 whose every item carries the word 附件 and its number
_NUMBERED_NOTE = re.compile(r"^附\s*件\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[：:、.．]\s*(?=\S)")


def _numbered_note_run(s: _Scan, k: int) -> int | None:
    """The last line of an 附件说明 written 附件一：…… / 附件二：…… (or 附件1、……) from line ``k``: the numbers
    run 1, 2, 3 … and nothing of the 正文 follows the run (the 署名 or date comes next); None if ``k`` opens none."""
    if k - 1 >= s.body_start and _NUMBERED_NOTE.match(s.sq[k - 1]):
        return None  # inside a run that broke off (附件二：…… / 附件一：……)
    j, want = k, 1
    while j < s.body_end and (m := _NUMBERED_NOTE.match(s.sq[j])) is not None \
            and _note_number(m.group("n")) == want and len(s.sq[j]) <= 120 and not re.search(r"[。；！？]", s.sq[j][:-1]):
        j, want = j + 1, want + 1
    return j - 1 if want > 1 and j == s.body_end else None


def _note_number(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    return "一二三四五六七八九十".find(n) + 1 if len(n) == 1 else None


_MINUTES_OPENING = re.compile(r"(?:现|会议)?纪要如下[：:]$")


def _title_facts(s: _Scan) -> None:
    """文种, and the carried document of a 印发/转发/批转 notice (from the title)."""
    st = s.st
    title = st.title.text if st.title else None
    if title is None and st.issuer_mark is not None and re.search(r"令$", st.issuer_mark.text):
        title = st.issuer_mark.text
        st.doc_type = "令"
    if title is None and st.doc_type is None and any(
            _MINUTES_OPENING.search(s.sq[k]) for k in range(s.pos, min(s.pos + 2, s.last + 1))):
        # a 纪要 printed without its title still says what it is in its opening (……纪要如下：)
        st.doc_type = "纪要"
    if title:
        st.doc_type = st.doc_type or _doc_type(title)
        m = _CARRIED.search(title)
        if m:
            st.forwarding = "印发" if m.group("verb") == "发布" else m.group("verb")
            what = m.group("what")
            # 转发市安委会《……的通知》: the body the document comes from, named before its title, is no part of it
            if (src := re.match(r"^[^《》]{2,30}?(?=《.+》$)", what)) is not None and _organ_word(src.group()):
                what = what[src.end():]
            what = what.strip("《》")
            st.carried_title = what
            st.carried_type = _doc_type(what.strip("》")) or None
    s.title = title


def _attachments(s: _Scan) -> None:
    """Attachments after the date/附注 (or a carried document following a web copy's
    notice inline), then the 正文's lines: what is left between 主送 and the end."""
    st, texts, sq = s.st, s.texts, s.sq
    att_lines = [k for k in range(s.after, s.end) if k not in s.used]
    if st.attachment_note is not None:
        # attachments placed between the 附件说明 and the 署名 (附件1 / its title / its text …, then the
        # 署名): they are attachments all the same, not text of no part
        first = st.attachment_note.lines[-1]  # the 0-based index of the line after the note
        before = [k for k in range(first, s.body_end) if k not in s.used]
        if before and _ATT_LABEL.match(sq[before[0]]):
            att_lines = before + att_lines
    if not att_lines and st.forwarding and st.carried_title and s.date_i is None:
        # a web copy without 署名/日期: the carried document follows the notice inline
        ct = squeeze(st.carried_title)
        for k in range(s.body_start + 1, s.body_end_note):
            if sq[k] == ct or (len(sq[k]) >= 6 and ct.startswith(sq[k]) and _title_like(sq[k] + ct[len(sq[k]):])):
                att_lines = list(range(k, s.body_end_note))
                s.body_end_note = k
                break
    st.attachments = _split_attachments(att_lines, sq, texts, s.no_sign, _carried_names(s) if att_lines else frozenset())
    for att in st.attachments:
        s.used.update(x - 1 for x in att.lines)
    st.body_lines = [k + 1 for k in range(s.body_start, s.body_end_note) if k not in s.used]


_MEETING_OF_MARK = re.compile(r"(?:常务|专题|办公|局务|厅务|委务|党组|主任|(?:省|市|县|区|州|盟|旗)长办公)?会议$")


def _issuer(s: _Scan) -> None:
    """发文机关: from the 版头 mark, else the title, the 署名, a State Council 文号."""
    st, title = s.st, s.title
    issuers: list[OrgInfo] = []
    if st.issuer_mark is not None:
        mark = re.sub(r"(文件|纪要)$", "", st.issuer_mark.text.replace(" 文件", ""))
        mark = re.sub(r"文件", " ", mark)
        if re.search(r"令$", mark):
            mark = re.sub(r"令$", "", mark)
        # a joint mark run together (陕西省发展和改革委员会陕西省能源局文件) names each body, as a title does
        issuers = _joint_organs(mark)
        if not issuers and mark.endswith("会议"):
            # a 纪要's 版头 names the body with its meeting (甘肃省水利厅会议纪要, ××市人民政府常务会议纪要)
            bare = _MEETING_OF_MARK.sub("", mark)
            issuers = _joint_organs(bare)
    if not issuers and title:
        # from the title as written: a joint title keeps the space between its issuers
        raw = "".join(s.texts[ln - 1].strip() for ln in st.title.lines) if st.title is not None else title
        org = _title_issuer(raw) or _title_issuer(title)
        if org:
            issuers = _joint_organs(org)
    if not issuers and st.signature is not None:
        issuers = _organs(_issuer_names([s.texts[ln - 1] for ln in st.signature.lines]))
    if not issuers and st.doc_number is not None:
        issuers = _issuers_from_docno(st.doc_number.text)
    if not issuers and st.title is None and st.signature is None and st.issuer_mark is None:
        issuers = _contact_issuer(s)
    written = "".join([st.issuer_mark.text if st.issuer_mark is not None else "", title or "",
                       *(s.texts[ln - 1] for ln in (st.title.lines if st.title is not None else ())),
                       *(s.texts[ln - 1] for ln in (st.signature.lines if st.signature is not None else ()))])
    signed = [squeeze(s.texts[ln - 1]) for ln in st.signature.lines] if st.signature is not None else []
    st.issuers = [_county_level_city(_placed(o, written, signed, st), st.recipient_list) for o in issuers]


# a contact line that names its body: 千山区信息产业局电话：……, 联系单位：县农业农村局
_CONTACT_ORG = re.compile(r"^(?:联系单位[：:]\s*(?P<a>[\u4e00-\u9fff（）]{3,30}?)(?:[，,；;\s]|联系|$)"
                          r"|(?P<b>[\u4e00-\u9fff（）]{3,30}?)(?:联系人|联系电话|办公电话|电话|电子邮箱|邮箱|邮编|传真|通讯地址|地址)[：:])")


def _contact_issuer(s: _Scan) -> list[OrgInfo]:
    """A page with no title, 版头 or 署名 (a web copy of the text alone) names the body it comes from only in its
    contact lines (千山区信息产业局电话：0412-……): that body, when the contact lines name one and only one."""
    found: dict[str, OrgInfo] = {}
    for k in range(s.body_start, s.n):
        m = _CONTACT_ORG.match(s.sq[k])
        if m is None:
            continue
        name = m.group("a") or m.group("b")
        if _collective(name):
            continue
        org = _organs([name])
        if org and org[0].level != "unknown":
            found[org[0].name] = org[0]
    return list(found.values()) if len(found) == 1 else []


def _province_of_docno(docno: str) -> str | None:
    """The province a 文号's 代字 opens with (苏政办发 → 江苏省, 鲁政办发 → 山东省), or None."""
    m = DOCNO_RE.search(docno)
    if not m:
        return None
    first = m.group("org")[:1]
    for p in load_toml("regions.toml").get("province", []):
        if first and (p.get("abbr") == first or first in p.get("abbr_alt", [])):
            return p["name"]
    return None


def _placed(org: OrgInfo, written: str, signed: list[str], st) -> OrgInfo:
    """An issuer written without its place (省政府办公厅, 市人民政府): the 署名 that ends with it names it in full
    (咸宁市人民政府); a province-level one the name table completed with its own province takes the province of the
    文号's 代字 (苏政办发 → 江苏省人民政府办公厅) and, when nothing tells, no place at all rather than a guess."""
    region, rest = split_region(org.name)
    if region in ("省", "市", "县", "区", "州"):  # 市人民政府: no table completed it
        full = next((n for n in signed if n.endswith(org.name) and len(n) > len(org.name)), None)
        if full is not None:
            info = classify(full)
            if info.kind == org.kind:
                return info
        return org
    if org.level != "province" or not region or region in written or split_region(region)[0] != region:
        return org  # the place is written (江西省教育厅), or the name is no regional body's
    if any(n.endswith(rest) and n.startswith(tuple(tables().provinces)) for n in signed):
        return classify(next(n for n in signed if n.endswith(rest)))  # 署名 江苏省人民政府办公厅
    province = _province_of_docno(st.doc_number.text) if st.doc_number is not None else None
    if province == region:
        return org
    return OrgInfo((province or "省") + rest, org.kind, org.level)


# 主送 items of the level below a county: townships and street offices (各乡镇人民政府、街道办事处, 各镇)
_TOWNSHIP_ITEM = re.compile(r"^(?:各|有关)?(?:乡镇|乡（镇）|镇|乡|街道|镇（街道）|乡镇（街道）)")
_COUNTY_ITEM = re.compile(r"县|区（|各区|旗|团场")


def _county_level_city(org: OrgInfo, recipients: list[str]) -> OrgInfo:
    """A 市 neither region list knows (a new or renamed city) is read as a 设区市 by its ending;
    one whose 主送 reaches the townships directly, with no county below it, is a
    county-level city (县级市): its 市政府各部门 are county-level departments.  A 地级市 of the
    division table stays one: 东莞、中山、嘉峪关、儋州 have no county level."""
    if org.level != "city" or org.kind not in ("government", "government_office", "department", "other"):
        return org
    region, _rest = split_region(org.name)
    if not region.endswith("市") or region in tables().cities or region[:-1] in tables().cities:
        return org
    from .divisions import prefecture_at_end

    if prefecture_at_end(region) is not None:
        return org  # a known 地级市 (东莞市, 中山市 with no county level write to their 镇、街道 directly)
    if any(_TOWNSHIP_ITEM.match(r) for r in recipients) and not any(_COUNTY_ITEM.search(r) for r in recipients):
        return OrgInfo(org.name, org.kind, "county")
    return org


def _headings_and_counts(s: _Scan) -> None:
    """Numbered lines of the 正文 and of each attachment; Word 字数 of each part."""
    st, paras = s.st, s.paras
    parts = [(0, st.body_lines)] + [(k, att.lines) for k, att in enumerate(st.attachments, 1)]
    skip = {ln for att in st.attachments if att.title for ln in att.title.lines}
    skip.update(k + 1 for k in s.cells)  # a numbered table cell is no heading of the text
    for _part, lines in parts[1:]:
        skip.update(_inner_note_items(paras, lines))
    for part, lines in parts:
        note = False  # inside a carried document's own 附件说明 (附件：1. …… / 2. ……): its items are no headings
        for ln in lines:
            sq = s.sq[ln - 1]
            note = part > 0 and (bool(_ATT_NOTE.match(sq)) or (note and re.match(r"^\d{1,2}\s*[.．、]\S", sq) is not None))
            if ln in skip or note:
                continue
            st.headings.extend(parse_headings(paras[ln - 1].text, ln, part))
    st.char_counts = [sum(word_count(paras[ln - 1].text) for ln in st.part_lines(k))
                      for k in range(len(st.attachments) + 1)]


_INNER_NOTE = re.compile(r"^\s*附件[:：]\s*1[.．、]\s*\S")
_NOTE_ITEM_LINE = re.compile(r"^\s*(\d{1,2})[.．、]\s*[^。；;！？]{2,60}$")


def _inner_note_items(paras, lines: list[int]) -> set[int]:
    """Lines of a carried document's own 附件说明 after its first line (附件：1．……清单 / 2．……责任清单): the
    items go on numbering the attachments, they are no headings of the document's text."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not _INNER_NOTE.match(paras[ln - 1].text):
            continue
        want = 2
        for nxt in lines[i + 1:]:
            m = _NOTE_ITEM_LINE.match(paras[nxt - 1].text)
            if m is None or int(m.group(1)) != want:
                break
            out.add(nxt)
            want += 1
    return out


# The recognisers, in order: each may read what the earlier ones found.
RECOGNISERS = (_noise, _header, _recipients, _banji, _date_and_signature, _attachment_note, _title_facts,
               _attachments, _issuer, _headings_and_counts)


def analyze(doc: Document) -> Structure:
    scan = _Scan(doc)
    for recognise in RECOGNISERS:
        recognise(scan)
    scan.st.cell_lines = sorted(k + 1 for k in scan.no_sign)
    return scan.st


_HEADING_ANY = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")


_PAREN_NO = re.compile(r"^[（(](?P<no>[^（）()]+)[）)]$")
_ORDER_MARK = re.compile(r"^[\u4e00-\u9fff]{2,20}令$")


def _docno_in_header(s: str, marked: bool = False) -> bool:
    """A header line that is a 文号 (possibly with 签发人 on the same line), also in parentheses on its own
    line under the title (（皖政办秘〔2021〕82号）) or a 令号 naming its order (省政府令第232号).  ``marked``
    (a 发文机关标志 or an order mark is there): also a bare 第232号 or 〔2026〕27号, or the serial of a
    公告 or 纪要 (2026年第6号, 第9期)."""
    s = _SIGNER.sub("", s).strip()
    if len(s) > 32:
        return False
    m = _PAREN_NO.match(s)
    if m:
        s = m.group("no").strip()
    if _DOCNO_LINE.match(s) and len(s) <= 30:
        return True
    om = ORDER_LINE.match(s)
    if om and (om.group("org") or marked):
        return True
    return marked and bool(DOCNO_BARE.match(s) or SERIAL_LINE.match(s))


_SERIAL_PIECE = re.compile(r"^第?\d{1,5}号$")


def _split_docno(s: _Scan, i: int, limit: int) -> int | None:
    """Last line of a 文号 whose pieces stand on lines ``i``… (two or three cells of one table row, or the lines
    such cells became in a copy: 赣府字〔2026〕 / 12号, 赣林字 / 〔2026〕 / 7号), or None.  Only pieces none of
    which is a 文号 by itself, the last being the serial, that together make one."""
    sq = s.sq
    if not sq[i] or len(sq[i]) > 16 or _docno_in_header(sq[i]):
        return None
    row = _row_of(s, i)
    for k in range(i + 1, min(i + 3, limit)):
        if not sq[k] or len(sq[k]) > 16 or (row != (i, i) and k > row[1]) or (row == (i, i) and _row_of(s, k) != (k, k)):
            return None
        if _SERIAL_PIECE.match(sq[k]):
            return k if _DOCNO_LINE.match("".join(sq[i:k + 1])) else None
    return None


def _mark_block(sq: list[str], texts: list[str], i: int, limit: int, after_docno: bool = False) -> int | None:
    """End (exclusive) of an issuer-mark block starting at i, or None.

    The block is consecutive lines that are "文件", end in 文件/令/纪要, or are
    organisation names; at least one line must carry 文件/令/纪要.  A lone line ending in 纪要
    below the 文号, or followed straight by the 正文's first sentence, is a 纪要's title
    (盘锦市人民政府常务会议纪要 printed without a 版头): a 版头 stands above the 文号 and above a title."""
    if re.search(r"纪要$", sq[i]) and len(sq[i]) <= 50 and "关于" not in sq[i]:
        k = i + 1
        while k < limit and not sq[k]:
            k += 1
        if after_docno or (k < len(sq) and _SENTENCE_PUNCT.search(sq[k]) and not _docno_in_header(sq[k])):
            return None
    j, marked = i, False
    while j < limit:
        s = sq[j]
        if not s or "关于" in s or len(s) > 50 or _docno_in_header(s):
            break
        if re.search(r"(文件|令|纪要)$", s):
            if marked and sq[j - 1].endswith("纪要"):
                break       # a 纪要's mark is one line; the next line ending in 纪要 is its title
            marked = True
        elif re.search(r"(公告|通告)$", s) and not marked and _org_like(texts[j].strip()[:-2]):
            # 广西壮族自治区市场监督管理局公告 over its serial (2026年第9号) or over the 关于……的公告 title: the
            # mark of a 公告/通告; a title of its own (××人民政府通告 over the 正文) is no mark
            k = j + 1
            while k < limit and not sq[k]:
                k += 1
            if k < limit and (_docno_in_header(sq[k], True) or "关于" in sq[k]):
                return k
            break
        elif not _org_like(texts[j]):
            break
        j += 1
    return j if marked and j > i else None


def _bare_mark(sq: list[str], texts: list[str], i: int, limit: int) -> int | None:
    """End (exclusive) of a 发文机关标志 written as the bare name (江西省教育厅, 南昌市人民政府) above the 文号,
    or above a title that names the same issuer; a name above 关于…的通知 is the first line of a wrapped title."""
    name = sq[i]
    if not name or len(name) > 30 or "关于" in name or name.startswith(("各", "有关")) or not _org_like(texts[i]) \
            or classify(name).kind == "other":
        return None
    j = i + 1
    while j < limit and not sq[j]:
        j += 1
    if j >= limit:
        return None
    if _docno_in_header(sq[j], True):
        return i + 1
    found = _find_title(sq, j, limit)
    if found is not None:
        title = "".join(sq[found[0]:found[1] + 1])
        if not title.startswith("关于") and _title_issuer(title) == name:
            return i + 1
    return None


def _find_title(sq: list[str], i: int, limit: int) -> tuple[int, int] | None:
    """Title lines starting at i: the longest run of 1–4 short lines without
    sentence punctuation whose concatenation reads as a title.  Punctuation at the
    very end (……的通知。) ends the title there when the rest reads as a full title
    (关于/印发/转发/批转 … 文种): the defect is GW703's to report."""
    joined, best = "", None
    for j in range(i, min(limit, i + 4)):
        s = sq[j]
        core = _TITLE_END_PUNCT.sub("", s)
        # a full title already read, then a line with a 逗号 inside (or opening as a sentence does: 现就……)
        # ending in 。: the 正文's first sentence (a 公告 has no 主送 between), even when it ends in a
        # 文种 word (……征求意见。)
        if s and core != s and not _SENTENCE_PUNCT.search(core) and not _docno_in_header(core) \
                and not (best is not None and (re.search(r"[，,]", core) or core.startswith(_SENTENCE_OPENERS))) \
                and not ORDER_LINE.match(core) \
                and not (j > i and (_SIGNER.search(core) or DATE_RE.match(core))):
            whole = joined + core
            if len(whole) <= 160 and _TITLE_LIKE_STRICT.search(whole) and _title_like(whole):
                best = (i, j)
            break
        if not s or _docno_in_header(s) or ORDER_LINE.match(s) or _SENTENCE_PUNCT.search(s) or len(s) > 120 or \
                (j > i and (_SIGNER.search(s) or DATE_RE.match(s))):
            break
        joined += s
        if _title_like(joined):
            if j == i and not re.search(r"关于|对|印发|转发|的", joined) and len(joined) < 6:
                continue
            best = (i, j)
    return best if best is not None else _genreless_title(sq, i, limit)


# An issuer's name, 关于 and a matter, with the 文种 left off (江西省教育厅关于进一步加强学生作业管理).
_ISSUER_ABOUT = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()、]{2,40}?)关于(?P<matter>[^。；！？：:]{4,})$")


# where an issuer's name can end inside a title written without 关于
_ORGAN_END = re.compile(r"(?:人民政府|政府|办公厅|办公室|行政公署|委员会|厅|局|委)(?!办|会|员)")


def _genreless_title(sq: list[str], i: int, limit: int) -> tuple[int, int] | None:
    """Title lines (1–3) that name the issuer and the matter but end without a 文种:
    still the title — its missing 文种 is GW703's to report, not a missing title."""
    joined, end = "", None
    for j in range(i, min(limit, i + 3)):
        s = sq[j]
        if not s or len(s) > 80 or _SENTENCE_PUNCT.search(s) or _docno_in_header(s) or ORDER_LINE.match(s) \
                or DATE_RE.match(s) or _SIGNER.search(s) or (j > i and (s.startswith("各") or "，" in s)):
            break
        joined += s
        end = j
    if end is None or end + 1 >= len(sq):
        return None
    nxt = sq[end + 1]
    m = _ISSUER_ABOUT.match(joined)
    if not m or not _org_like(m.group("org")):
        # 潍坊市农业农村局2027年全市秋冬季疫病防控工作安排: the issuer's name and the matter with neither
        # 关于 nor a 文种, read as the title only right above a 主送 line; without the issuer's name
        # (2027年全县春季植树造林任务安排) only between the 文号 and the 主送
        if not re.search(r"[：:]$", nxt):
            return None
        named = any(_org_like(joined[:x.end()]) and len(joined) - x.end() >= 4
                    for x in _ORGAN_END.finditer(joined, 0, 40))
        if not (named or (i > 0 and _docno_in_header(sq[i - 1]) and len(joined) >= 6 and not _org_like(joined))):
            return None
        return i, end
    # what follows is a 主送 line or the 正文's first sentence
    if not (re.search(r"[：:]$", nxt) or re.search(r"[。；]", nxt) or _docno_in_header(nxt)):
        return None
    return i, end


_OFFICER = r"(?:代理)?(?:总理|主席|省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长|部长|主任|厅长|局长|署长|行长)"
# 总理　　李克强, 省长　王××, 市长　李　明 (a two-character name spaced out), or the office alone (省长) in a web copy
_SIGNATURE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,12}[\s\u3000]+[\u4e00-\u9fff×＊*][\s\u3000]?[\u4e00-\u9fff×＊*](?:[\s\u3000]?[\u4e00-\u9fff×＊*]){0,2}"
    rf"|[\u4e00-\u9fff]{{0,8}}{_OFFICER}"
)


def _signature_name_like(text: str) -> bool:
    """A 签名章 line such as 总理　　李克强."""
    return bool(_SIGNATURE_NAME.fullmatch(text.strip()))


_LEAD_REGION = re.compile(r"^(?:中共)?(?P<r>[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗))")


def _ad_hoc(name: str) -> OrgInfo | None:
    """An ad-hoc body's name as an issuer: kind ``other``, level from the region it opens with (省局… → province)."""
    n = squeeze(name)
    if not coordination_body(n) or len(n) > 60:
        return None
    level = "unknown"
    if n.startswith("省"):
        level = "province"
    elif n[:1] in "市州盟县区旗" and _LEAD_REGION.match(n) is None:
        level = region_level(n[:1])  # 市委文明办, 县安委办: the bare level word of the issuer's own place
    elif (m := _LEAD_REGION.match(n)) is not None:
        r, k = m.group("r"), m.end()
        # 厦门市同安区……专班办公室: a known division right after the first region is where the body sits
        while (m2 := _NEXT_REGION.match(n, k)) is not None and _known_place(m2.group("r")):
            r, k = m2.group("r"), m2.end()
        level = region_level(r)
    return OrgInfo(n, "other", level)


_NEXT_REGION = re.compile(r"(?P<r>[\u4e00-\u9fff]{1,8}?(?:市|州|盟|县|区|旗))")


def _known_place(name: str) -> bool:
    from .divisions import known

    t = tables()
    return name in t.counties or name in t.cities or known(name)


def _collective(text: str) -> bool:
    """各设区市农业农村局, 有关单位: addressees, never a 署名."""
    return bool(re.match(r"^(各|有关|省直|市直|县直)", squeeze(text)))


def _issuer_names(lines: list[str]) -> list[str]:
    """Issuer names of a 署名 over one or more lines: names side by side or one a line (a joint 署名), a
    line that opens no name of its own (办公室, 改革开放新高地执行小组办公室) continuing the one above."""
    names: list[str] = []
    for t in lines:
        for p in re.split(r"[\s\u3000]+", _ENTITY.sub("", t).strip()):
            if not p:
                continue
            if names and p not in tables().by_name and classify(p).level == "unknown" \
                    and getattr(_ad_hoc(p), "level", "unknown") == "unknown" and not _LEAD_REGION.match(p):
                names[-1] += p
            else:
                names.append(p)
    return names


def _joint_names(text: str) -> list[str]:
    """The bodies a joint 版头 or title names, split at spaces and 、 and where two names run together."""
    return [part for n in re.split(r"[\s\u3000、,，]+", text) if n for part in _split_joint(n)]


def _joint_organs(text: str) -> list[OrgInfo]:
    return _organs(_joint_names(text))


def _split_joint(name: str, places: tuple[str, ...] = ()) -> list[str]:
    """江西省财政厅江西省农业农村厅 (a joint title run together) → its names, where each part is an organ; a
    name opens at a province, at 中共, or at the place the first name opens with (成都市发展和改革委员会中共成都市委
    社会工作部成都市规划和自然资源局)."""
    region = split_region(name.removeprefix("中共"))[0]
    opens = (*tables().provinces, "中共", *((region,) if len(region) >= 3 else ()), *places)
    starts = [k for k in range(2, len(name) - 2)
              if name[k:].startswith(opens) and classify(name[:k]).kind not in ("other",)
              and classify(name[:k]).level != "unknown"]
    if not starts:
        return [name]
    k = starts[0]
    rest = _split_joint(name[k:], (*places, *((region,) if len(region) >= 3 else ())))
    if all(classify(r).kind != "other" for r in rest):
        return [name[:k], *rest]
    return [name]


def _issuers_from_docno(docno: str) -> list[OrgInfo]:
    m = DOCNO_RE.search(docno)
    if not m:
        return []
    org = m.group("org")
    if org.startswith("国办"):
        return [classify("国务院办公厅")]
    if org.startswith(("国发", "国函", "国令")):
        return [classify("国务院")]
    return []


_BOOK_NAME = re.compile(r"《([^《》\n]{4,60})》")
_NAME_JOIN = re.compile(r"(?<=[法则定程案见划要施单录准])(?:和|及|、)(?=[\u4e00-\u9fff])")


def _carried_names(s: _Scan) -> frozenset[str]:
    """The names (squeezed) of the documents a 印发/转发 notice carries when it carries more than one: the
    《》 names of its text and the parts of its title (……办法和……规程).  An unlabelled attachment whose
    first line is another of them starts there (two documents printed one after the other)."""
    st = s.st
    if not st.forwarding:
        return frozenset()
    names = {squeeze(n) for k in range(s.body_start, s.body_end_note) for n in _BOOK_NAME.findall(s.texts[k])}
    if st.carried_title:
        names.update(squeeze(p.strip("《》")) for p in _NAME_JOIN.split(st.carried_title))
    names = {n for n in names if len(n) >= 6}
    return frozenset(names) if len(names) >= 2 else frozenset()


def _split_attachments(lines: list[int], sq: list[str], texts: list[str], cells: set[int] = frozenset(),
                       names: frozenset[str] = frozenset()) -> list[Attachment]:
    """Attachments by their labels; a title wrapped over lines never runs on into the header of the
    table under it (科技特派员服务需求表 / 序号 / 单位 …): ``cells`` are table-cell lines.  Without a label,
    a line that is the name of another of the documents the notice carries (``names``) opens one."""
    if not lines:
        return []
    groups: list[list[int]] = []
    for k in lines:
        if _ATT_LABEL.match(sq[k]) or not groups:
            groups.append([k])
        elif sq[k] in names and k not in cells and _opens_another(groups[-1], sq, sq[k]):
            groups.append([k])
        else:
            groups[-1].append(k)
    out = []
    for g in groups:
        label, number, rest = None, None, g
        m = _ATT_LABEL.match(sq[g[0]])
        if m:
            label = sq[g[0]]
            number = int(m.group("n")) if m.group("n") else None
            rest = g[1:]
        title = None
        if rest:
            a = rest[0]
            b = a
            s = sq[a]
            if not _SENTENCE_PUNCT.search(s) and len(s) <= 100 and not _HEADING_ANY.match(s):
                # a title wrapped over two or three lines
                while b + 1 in rest and b - a < 2 and not _title_like(s) and not _SENTENCE_PUNCT.search(sq[b + 1]) \
                        and len(sq[b + 1]) <= 40 and not _HEADING_ANY.match(sq[b + 1]) and b + 1 not in cells \
                        and not (s.endswith(_ATT_COMPLETE) and not s.endswith(_ATT_NOT_COMPLETE)):
                    b += 1
                    s += sq[b]
                title = Element(s, [x + 1 for x in range(a, b + 1)])
        out.append(Attachment(label, title, [x + 1 for x in g], number))
    return out


def _opens_another(group: list[int], sq: list[str], name: str) -> bool:
    """``name`` is not the title of ``group`` itself (its first line, or the line after its label)."""
    own = group[1:2] if _ATT_LABEL.match(sq[group[0]]) else group[:1]
    return bool(own) and all(sq[k] != name for k in own)


def parse_heading(text: str, line: int, part: int) -> Heading | None:
    """The numbered line ``text`` as a :class:`Heading` (a numbered item), or None."""
    m = match_marker(text)
    if m is None:
        return None
    return Heading(m.style, m.level, m.number, m.text(text), line, label_of(text, m), part, m.start)


# 第二章　规划建设　　第三条　…: a chapter heading and its first article typeset on one line
# (web copies may lose the spaces between them: 第二章交易规则第三条)
_ARTICLE_AFTER_CHAPTER = re.compile(r"[\s\u3000]*(?=第[一二三四五六七八九十百]+条(?:[\s\u3000]|[\u4e00-\u9fff]))")


# 1.改造老化管网。（1）各县要……: an item run into the line of its heading's title (a paragraph
# mark lost in pasting) — the title's sentence end, then a deeper marker
_ITEM_AFTER_TITLE = re.compile(r"[。！？][\s\u3000]*")


def parse_headings(text: str, line: int, part: int) -> list[Heading]:
    """The headings a paragraph opens with: one, a chapter and the article that shares its line,
    or a title-only heading and the first deeper item run into its line."""
    h = parse_heading(text, line, part)
    if h is None:
        return []
    if 1 <= h.level <= 4:
        end = text.find(h.title, h.start) + len(h.title) if h.title else -1
        cut = _ITEM_AFTER_TITLE.match(text, end) if end > h.start else None
        item = parse_heading(text[cut.end():], line, part) if cut else None
        if item is not None and h.level < item.level <= 4 and item.start == 0:
            item.start = cut.end()
            return [h, item]
        return [h]
    if h.style != "第一章":
        return [h]
    cut = _ARTICLE_AFTER_CHAPTER.search(text, len(h.marker) + h.start)
    if cut is None:
        return [h]
    art = parse_heading(text[cut.end():], line, part)
    if art is None or art.style != "第一条":
        return [h]
    h.title = text[text.index(h.marker, h.start) + len(h.marker):cut.start()].strip()
    art.start += cut.end()
    return [h, art]

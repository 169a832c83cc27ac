"""The one table builder: rows of cells, whatever the draft's format.

* .docx and .pdf tables arrive as ``table_cell`` paragraphs carrying
  ``(table, row, column)``; their rows are rebuilt cell by cell;
* a table typed as tab-separated lines (two or more tabs a line, two or more
  lines in a run) is one table — in a .txt draft, or in a .docx whose reader kept
  the tabs' offsets (``Paragraph.tabs``);
* a Word table flattened to one cell per line (a .txt copy) is found by a run of
  known header cells (序号, 报送材料, 报送时间 …) that gives the width; each
  following group of that many lines opening with a number is a row.

Rules ask :func:`tables` (cached on the Context per line set and header words)
and never parse tables themselves.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..data import load_toml
from .elements import DATE_RE

_ROW_NUMBER = re.compile(r"\d{1,3}[.．、]?")


# rows a layout table of the 公文's own elements holds at most (版头: 发文机关标志, 发文字号, 签发人; 署名 and
# 成文日期; 版记: 抄送, 印发机关和印发日期): a longer one-column table is a list, not the page's layout
LAYOUT_ROWS = 6


def layout_cells(paragraphs: Sequence) -> set[int]:
    """0-based indexes of the cells of layout tables: tables of at most :data:`LAYOUT_ROWS` rows none of which
    holds text in two cells (an OA template that places the 署名 and 日期, or the 版头, with an invisible table;
    an empty cell only pushes the text right).  Their cells are lines of the page, not cells of a table of data."""
    rows: dict[int, dict[int, int]] = {}
    for i, p in enumerate(paragraphs):
        if p.table is not None:
            no, row, _ = p.table
            per = rows.setdefault(no, {})
            per[row] = per.get(row, 0) + 1
    layout = {no for no, per in rows.items() if len(per) <= LAYOUT_ROWS and max(per.values()) == 1}
    return {i for i, p in enumerate(paragraphs) if p.table is not None and p.table[0] in layout}


@dataclass
class Row:
    lines: list[int]  # the paragraph line of each cell
    cells: list[str]
    lost: int = 0  # cells a copy to text dropped (empty ones), padded at the end until :func:`realign`


@dataclass
class Table:
    rows: list[Row]
    kind: str  # "cells" (docx/pdf) | "tabs" | "lines" (one cell per line) | "record" (one item's fields, :func:`as_record`)

    @property
    def header(self) -> list[str]:
        return [c.strip() for c in self.rows[0].cells] if self.rows else []

    def column(self, names: Iterable[str]) -> int | None:
        """Index of the first header cell among ``names``."""
        wanted = set(names)
        return next((i for i, c in enumerate(self.header) if c in wanted), None)

    def as_pairs(self) -> list[tuple[list[int], list[str]]]:
        return [(r.lines, r.cells) for r in self.rows]


def build_tables(paragraphs: Sequence, lines: Sequence[int], header_cells: Iterable[str] = (),
                 numbered: bool = True, row_start: re.Pattern | None = None) -> list[Table]:
    """Tables among ``lines`` (paragraph lines, 1-based) of ``paragraphs``:
    source tables first (in document order), then tab-separated runs, then
    one-cell-per-line tables recognised by ``header_cells``: a row opens with a number,
    or with a cell ``row_start`` matches whole (a date in a programme).  With
    ``numbered=False`` a row need not open with either: rows go on while their cells
    are short phrases (no sentence, no 标签：)."""
    tables: dict[int, dict[int, list[tuple[int, int, str]]]] = {}
    order: list[int] = []
    typed: list[Table] = []
    run: list[Row] = []
    plain: list[int] = []
    for ln in lines:
        p = paragraphs[ln - 1]
        if p.table is not None:
            no, row, col = p.table
            if no not in tables:
                tables[no] = {}
                order.append(no)
            tables[no].setdefault(row, []).append((col, ln, p.text))
            continue
        plain.append(ln)
        cells = _tab_cells(p)
        if cells is not None:
            run.append(Row([ln] * len(cells), cells))
            continue
        if len(run) >= 2:
            typed.append(Table(run, "tabs"))
        run = []
    if len(run) >= 2:
        typed.append(Table(run, "tabs"))
    typed.extend(_cell_per_line(paragraphs, plain, frozenset(header_cells), numbered, row_start))
    out: list[Table] = []
    for no in order:
        rows = []
        for r in sorted(tables[no]):
            cells = sorted(tables[no][r])
            width = max(c for c, _, _ in cells)
            texts = [""] * width
            where = [cells[0][1]] * width
            for c, ln, t in cells:
                texts[c - 1] = t
                where[c - 1] = ln
            rows.append(Row(where, texts))
        if len(rows) >= 2:
            out.append(Table(rows, "cells"))
    return out + typed


def _tab_cells(p) -> list[str] | None:
    """The cells of a line typed with two or more tabs (kept as tabs in text, or as spaces
    whose offsets the reader kept in ``Paragraph.tabs``), else None."""
    if p.text.count("\t") >= 2:
        return p.text.split("\t")
    tabs = getattr(p, "tabs", ())
    if len(tabs) >= 2:
        bounds = [-1, *tabs, len(p.text)]
        return [p.text[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    return None


_NOT_A_CELL = re.compile(r"[。；！？]|(?<!\d)[：:]|[：:](?!\d)|^.{41,}$")  # a clock time (9:00) is a cell
# an attachment's label (附件2) opens another part: the body of a table above it ends there
_ATTACHMENT_LABEL = re.compile(r"附件\s*[\d一二三四五六七八九十]{0,2}[：:]?")
# a heading opening a line (二、工作要求, （三）加强督导, 3.做好宣传): the text after the table, never a
# cell; a bare number (1.) is a row's number
_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、])[^\d\s]")


def _row_ok(cells: list[str], numbered: bool, row_start: re.Pattern | None, index: int = 0) -> bool:
    if row_start is not None and row_start.fullmatch(cells[0]):
        return True
    if numbered:
        return _ROW_NUMBER.fullmatch(cells[0]) is not None
    # the row's first cell names it (a short phrase); the others may be long, or sentences
    # (提供巡河记录和整改台账，每项不少于3张。); a heading or a 标签：sentence ends the table —
    # except the row's own number written into its first cell (1.签约服务团队培训 as data row 1)
    if _NOT_A_CELL.search(cells[0]) or any(_HEADING.match(c) for c in cells[1:]):
        return False
    if _HEADING.match(cells[0]) and not (len(cells[0]) <= 20 and _own_number(cells[0]) == index):
        return False
    # (a programme's cell names its part before a colon -- 全体会议：通报……, 分组讨论：…… -- and stays a cell)
    return not any(_LABEL_OPENS.match(c) and not _part_named(c) for c in cells[1:])


_LABEL_OPENS = re.compile(r"([^，,。；]{1,8})[：:]")
# a part of a meeting or training named before its content (全体会议：, 分组讨论：, 专题讲座：, 开班仪式：)
_PART_LABEL = re.compile(r"(?:会议|大会|讨论|座谈|讲座|授课|研讨|交流|仪式|式|观摩|考察|参观|培训|讲解|发言|汇报|演练|论坛|教学|点评|总结|结业|开班|实训|测试|考试)$")


def _part_named(text: str) -> bool:
    """``text`` opens with the name of a programme's part before a colon (开班式：领导讲话)."""
    lab = _LABEL_OPENS.match(text)
    return lab is not None and _PART_LABEL.search(lab.group(1)) is not None


def _not_a_cell(text: str) -> bool:
    """``_NOT_A_CELL``, but a programme's part named before its content (开班式：领导讲话) is a cell."""
    if not _NOT_A_CELL.search(text):
        return False
    return bool(re.search(r"[。；！？]", text)) or len(text) > 40 or not _part_named(text)


def _ends_body(text: str, heads: frozenset = frozenset()) -> bool:
    """A line that ends a table's body: a heading, another header's cell, a sentence, an attachment's label."""
    return bool(_HEADING.match(text)) or text in heads or _not_a_cell(text) \
        or _ATTACHMENT_LABEL.fullmatch(text) is not None


def _own_number(cell: str) -> int | None:
    m = re.match(r"(\d{1,2})[.．、]", cell)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _shape() -> tuple[tuple[str, ...], int]:
    d = load_toml("structure.toml").get("plain_tables", {})
    return tuple(d.get("header_suffixes", ())), int(d.get("header_max_len", 8))


@lru_cache(maxsize=1)
def _column_names() -> frozenset[str]:
    return frozenset(load_toml("structure.toml").get("plain_tables", {}).get("column_names", ()))


@lru_cache(maxsize=1)
def _column_names_tuple() -> tuple[str, ...]:
    return tuple(_column_names())


def _header_shaped(text: str) -> bool:
    """A line written like a column name (会议时间, 评估指标, 佐证材料（照片、台账）; 阶段, 组别): short, no
    punctuation or digit (a parenthesised note aside), ending with a column noun or one of the names a
    table's first column goes by."""
    suffixes, most = _shape()
    core = re.sub(r"（[^（）]*）$", "", text)
    # a first-column name with a qualifier before it (工作环节, 实施阶段) is a column name as the bare one is
    return (0 < len(core) <= most and (core.endswith(suffixes) or core.endswith(_column_names_tuple()))
            and _HEADING.match(core) is None  # a heading (（三）进度安排) introduces the table, it is no column
            and not re.search(r"[\d０-９。，,；：:、！？“”《》]", core))


def _plain_name(text: str) -> bool:
    """A short line without punctuation or digits: an unfamiliar column name (调研线路) when it stands
    between two column names; a quoted term may name its topic (“一件事”名称, “跨省通办”事项), the quotes
    not counted in its length."""
    _suffixes, most = _shape()
    core = re.sub(r"（[^（）]*）$", "", text)
    core = re.sub(r"“([^“”]{1,8})”", r"\1", core)
    return 0 < len(core) <= most and _HEADING.match(core) is None \
        and not re.search(r"[\d０-９。，,；：:、！？“”《》]", core)


def _header_like(texts: list[str], k: int, heads: frozenset) -> bool:
    return 0 <= k < len(texts) and (texts[k] in heads or _header_shaped(texts[k]))


# a line that introduces the table under it: a lead sentence (见下表。, 如下：), a titled heading (五、进度安排) or
# the table's own title (调研督导日程安排表, 整改任务清单)
_TABLE_TITLE = re.compile(r"(?:表|一览表|清单|安排)$")


def _leads_table(text: str) -> bool:
    return text.endswith(("。", "：", ":")) or (
        not _NOT_A_CELL.search(text) and (_HEADING.match(text) is not None or _TABLE_TITLE.search(text) is not None))


def _header_span(texts: list[str], i: int, heads: frozenset, floor: int, numbered: bool,
                 row_start: re.Pattern | None = None) -> tuple[int, int]:
    """(start, end) of the header row around the known header cell at ``i``: the run of known
    cells, with lines written like column names (:func:`_header_shaped`) between them, before
    them (after the lead sentence: 见下表。) and after them when the first row under the longer
    header holds no such line (a 项目 | 安排 table's rows open with 会议时间, 会议地点 …), or opens
    as the table's rows do (时间 | 地点 | 活动安排 over 9月22日上午 | 泸溪县 | …: ``row_start``)."""
    n = len(texts)
    end, q = i, i
    while q < n and (texts[q] in heads or _header_shaped(texts[q])
                     or (_plain_name(texts[q]) and texts[q + 1:q + 2] and texts[q + 1] in heads)
                     or (_plain_name(texts[q]) and row_start is not None and q > i and texts[q + 1:q + 2]
                         and row_start.fullmatch(texts[q + 1]) is not None)):  # 日期 | 地点 | 活动 over 10月13日上午
        q += 1
        if texts[q - 1] in heads:
            end = q
    start = i
    # before the known cell: column-name-like lines, and an unfamiliar name between two of them
    # (时间 | 调研线路 | 陪同单位)
    while start > floor and texts[start - 1] not in heads and (
            _header_shaped(texts[start - 1])
            or (start - 1 > floor and _plain_name(texts[start - 1]) and _header_like(texts, start - 2, heads))
            or _names_after_lead(texts, start, floor)):
        start -= 1
    if start < i and start > 0 and not _leads_table(texts[start - 1]):
        start = i  # no lead sentence (nor a heading: 二、整改清单, nor the table's title) before: no header
    if start < i and _TABLE_TITLE.search(texts[start]) and _title_over_header(texts, start, end, heads):
        start += 1  # 专项整治时间安排 over 报送材料 | 报送主体 | 截止时间: the table's title row, no column
    for m in range(q - end, 0, -1):
        w = end + m - start
        first = texts[end + m:end + m + w]
        if numbered and first and _ROW_NUMBER.fullmatch(first[0]):
            return start, end + m
        if row_start is not None and len(first) == w and row_start.fullmatch(first[0]) \
                and not any(c in heads or _header_shaped(c) for c in first):
            return start, end + m
        if not numbered and len(first) == w and not any(c in heads or _header_shaped(c) for c in first):
            return start, end + m
    return start, _unfamiliar_last(texts, start, end, heads, numbered, row_start)


def _names_after_lead(texts: list[str], start: int, floor: int) -> bool:
    """One or two unfamiliar column names (约稿栏目 | 篇幅 before 截稿时间; 选题方向 before 报送时间) between the
    sentence leading to the table (约稿安排见下表。; 围绕以下选题约稿：) and the known cell at ``start``: the
    header's first columns, a table's first column being named for its own subject."""
    if texts[start] in ("序号", "编号", "序"):
        return False  # 序号 opens a header: a line before it is the table's title (重点任务分工), no column
    for k in (1, 2):
        q = start - k
        if q - 1 < floor or not all(_plain_name(texts[p]) and not _TABLE_TITLE.search(texts[p])
                                    and not re.match(r"附\s*[件表]", texts[p]) for p in range(q, start)):
            return False  # (附件 | 重点任务分工表 over 序号 | …: the attachment's label and the table's title)
        if texts[q - 1].endswith(("。", "：", ":")) and not _plain_name(texts[q - 1]):
            return True
    return False


def _title_over_header(texts: list[str], start: int, end: int, heads: frozenset) -> bool:
    """The first of the header's lines (``texts[start:end]``), named like a table (××时间安排, ××清单), is the
    table's title over it: the body under the header -- up to the next heading, header or sentence -- divides
    into whole rows without it and not with it."""
    last = len(texts)
    if last - end > 2 and DATE_RE.match(texts[-1].strip()):
        last -= 2  # the 署名 and the 成文日期 closing the text
    stop = next((k for k in range(end, last) if _ends_body(texts[k], heads)), last)
    body, width = stop - end, end - start
    return width > 2 and body >= width - 1 and body % (width - 1) == 0 and body % width != 0


def _unfamiliar_last(texts: list[str], start: int, end: int, heads: frozenset, numbered: bool,
                     row_start: re.Pattern | None) -> int:
    """The end of a header whose last cells are column names no list knows (任务 | 责任单位 | 完成时限 | 台账管理;
    序号 | 表格名称 | 原填报频次 | 停用后数据来源): one or two short plain names after the known cells belong to the
    header when the body under it -- the lines up to the next heading, header or sentence -- divides into rows
    of the longer width whose first reads as a row, while by the shorter width lines are left over or the first
    row is none (a column name, no row number): read so, the body's rows would slide one cell a row."""
    # the body ends at a heading, another header, or a sentence (上述表格停用后，……。): a cell holding one makes the
    # count fail, which keeps the shorter header
    stop = next((k for k in range(end, len(texts)) if _ends_body(texts[k], heads)), len(texts))
    width = end - start
    for extra in (1, 2):
        names = texts[end:end + extra]
        if len(names) < extra or not all(_plain_name(c) and c not in heads for c in names):
            break
        w, body = width + extra, stop - end - extra
        first = texts[end + extra:end + extra + w]
        short = texts[end:end + width]  # the first row by the shorter header: must not read as well
        short_ok = (body + extra) % width == 0 and _row_ok(short, numbered, row_start) \
            and not any(_header_shaped(c) for c in short)
        # (日期 | 时间 | 内容 | 主讲或组织 over rows each opening with a day: the shorter width would make the name a
        # cell and break that column, even when the line count divides by both)
        if short_ok and body >= 2 * w and body % w == 0 and _days_column(texts, end + extra, stop, w) \
                and not _days_column(texts, end, stop, width):
            short_ok = False
        if body >= 2 * w and body % w == 0 and not short_ok and len(first) == w \
                and _row_ok(first, numbered, row_start) and not any(_header_shaped(c) for c in first):
            return end + extra
        # (参会单位 | 参会人员 | 联系电话 over rows whose 联系电话 is left to fill in: the copy lost that column's empty
        # cells, the body divides into rows of the known width only after the names; see _lost_columns)
        first = texts[end + extra:end + extra + width]
        if not numbered and row_start is None and body >= 2 * width and body % width == 0 and body % w != 0 \
                and not short_ok and len(first) == width and _row_ok(first, numbered, row_start) \
                and not any(_header_shaped(c) for c in first):
            return end + extra
    return end


_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


def _days_column(texts: list[str], start: int, stop: int, width: int) -> bool:
    """Every row of ``width`` cells from ``start`` to ``stop`` opens with a day (6月10日): the first column holds dates."""
    firsts = texts[start:stop:width]
    return len(firsts) >= 2 and all(_DAY.match(c) for c in firsts)


def _cell_per_line(paragraphs: Sequence, lines: list[int], heads: frozenset, numbered: bool = True,
                   row_start: re.Pattern | None = None) -> list[Table]:
    if not heads:
        return []
    texts = [paragraphs[ln - 1].text.strip() for ln in lines]
    # where a header cell stands (most lines are prose): the scan below jumps from one to the next
    at_head = [k for k, t in enumerate(texts) if t in heads]
    out = []
    i = floor = 0
    while i < len(lines):
        if texts[i] not in heads:
            q = bisect_left(at_head, i)
            i = at_head[q] if q < len(at_head) else len(lines)
            continue
        rows: list[Row] = []
        if texts[i] in _NUMBER_HEADS and (w := _numbered_width(texts, i)):
            # 序号 | 活动名称 | 原举办单位 | 处理意见 over 1 | …: the header is as wide as the first row, from its 1 to
            # the next row's 2, whatever its columns are called and whether its cells are sentences (完成……建设，
            # 上线……系统) -- read as a source table's rows are (一 | 严格源头治理 rows are not numbered so)
            h, j = i, i + w
            rows, k = _rows_under(texts, lines, j, w, True, row_start)
        if len(rows) < 2:
            h, j = _header_span(texts, i, heads, floor, numbered, row_start)
            if j - h < 2:
                i += 1
                continue
            rows, k = _rows_under(texts, lines, j, j - h, numbered, row_start)
        i = h
        if len(rows) >= 2:
            out.append(Table(rows, "lines"))
            floor = k
        i = max(k, i + 1)
    return out


_NUMBER_HEADS = frozenset({"序号", "编号"})
NUMBER_HEADS = tuple(sorted(_NUMBER_HEADS))  # what callers pass to find a numbered plain-text table by its 序号 column


def _numbered_width(texts: list[str], i: int) -> int:
    """The width of a table whose header opens with 序号 at ``i``: the lines from it to the first row's 1, when
    the row after that opens with 2 as far on (or the text ends within the row); 0 when not so."""
    for p in range(i + 2, min(i + 13, len(texts))):
        if texts[p].rstrip(".．、") == "1":
            w = p - i
            nxt = p + w
            if nxt < len(texts) and texts[nxt].rstrip(".．、") == "2" or len(texts) - p < 2 * w:
                return w if all(not _ROW_NUMBER.fullmatch(t) for t in texts[i + 1:p]) else 0
            return 0
    return 0


def _rows_under(texts: list[str], lines: list[int], j: int, width: int, numbered: bool,
                row_start: re.Pattern | None) -> tuple[list[Row], int]:
    """The header row ending before ``j`` and the rows under it; the index past the last."""
    rows = [Row(lines[j - width:j], texts[j - width:j])]
    k = j
    lost = _lost_columns(texts, j, width) if not numbered and row_start is None else 0
    while k < len(lines):
        n = _short_row(texts, k, width) if numbered else width - lost
        if k + n > len(lines) or not _row_ok(texts[k:k + n] + [""] * (width - n), numbered, row_start, len(rows)):
            break
        rows.append(Row(lines[k:k + n] + [lines[k + n - 1]] * (width - n), texts[k:k + n] + [""] * (width - n),
                        width - n))
        k += n
    if (numbered or row_start is not None) and len(rows) >= 2 and _closing_row(texts, k, width):
        # 所到街镇 | — | 不安排陪同 under dated rows: a last row named, not numbered or dated, that a source table
        # holds as it holds the others; prose (a sentence) or the end of the text follows it
        rows.append(Row(lines[k:k + width], texts[k:k + width]))
        k += width
    return rows, k


def _lost_columns(texts: list[str], j: int, width: int) -> int:
    """The header's last columns empty in every row under it (a 回执's 联系电话 left to fill in), which a copy to text
    lost: the body -- up to a heading or a sentence -- divides into rows only that much narrower."""
    stop = next((q for q in range(j, len(texts)) if _ends_body(texts[q])), len(texts))
    body = stop - j
    if body % width == 0:
        return 0
    return next((e for e in (1, 2) if width - e >= 2 and body >= 2 * (width - e) and body % (width - e) == 0), 0)


def _closing_row(texts: list[str], k: int, width: int) -> bool:
    cells = texts[k:k + width]
    return len(cells) == width and _plain_name(cells[0]) \
        and not any(not c or _NOT_A_CELL.search(c) or _HEADING.match(c) for c in cells) \
        and (k + width == len(texts) or _NOT_A_CELL.search(texts[k + width]) is not None)


def _short_row(texts: list[str], k: int, width: int) -> int:
    """Cells of the numbered row at ``k``: ``width``, or fewer when a copy to text lost the row's
    empty last cells (4 | 开展溯源 | 2026年9月底 | ⟨empty⟩ then 5 | …): the next row's number
    comes early while the full width would not end on it, or the text ends first."""
    m = _ROW_NUMBER.fullmatch(texts[k]) if k < len(texts) else None
    if m is None:
        return width
    nxt = str(int(texts[k].rstrip(".．、")) + 1)

    def number_at(q: int) -> bool:
        return q < len(texts) and texts[q].rstrip(".．、") == nxt

    if k + width > len(texts):  # the last row, its empty last cells lost at the end of the text
        return max(2, len(texts) - k)
    if k + width == len(texts) or number_at(k + width):
        return width
    return next((p for p in range(2, width) if number_at(k + p)), width)


def tables(ctx, lines: Sequence[int], header_cells: Iterable[str] = (), row_start: re.Pattern | None = None,
           numbered: bool = True) -> list[Table]:
    """:func:`build_tables` over the document of ``ctx``, cached on the Context."""
    key = ("tables", tuple(lines), tuple(sorted(header_cells)), numbered,
           row_start.pattern if row_start is not None else None)
    return ctx.memo(key, lambda: build_tables(ctx.doc.paragraphs, lines, header_cells, numbered, row_start))


def realign(row: Row, anchors: dict[int, re.Pattern], optional: Iterable[int] = ()) -> Row:
    """A row that lost empty cells in a copy to text (its cells padded at the end) with its cells put
    back in their columns: ``anchors`` maps a column to the pattern its cells match (完成时限 → a date), or to
    a test of a cell (责任单位 → a cell naming only units).
    The kept cells stay in order and the first stays first; the placement that puts most cells in a
    column whose pattern they match (and fewest anchored cells in a column they do not match) wins,
    then the one leaving ``optional`` columns (配合单位, 备注) empty rather than others; ties going to the
    cells as they came (empty cells last)."""
    from itertools import combinations

    if not row.lost or not anchors:
        return row
    width = len(row.cells)
    kept = width - row.lost
    optional = set(optional)
    cells, lines = row.cells[:kept], row.lines[:kept]
    best, best_score = None, None
    for cols in combinations(range(1, width), kept - 1):
        place = (0, *cols)
        score = 0
        score += sum(1 for c in optional if c not in place)
        for c, text in zip(place, cells):
            for col, rx in anchors.items():
                hit = rx(text.strip()) if callable(rx) else rx.fullmatch(text.strip()) is not None
                if col == c:
                    score += 2 if hit else -1
                elif hit:
                    score -= 1
        if best_score is None or score > best_score:
            best, best_score = place, score
    if best == tuple(range(kept)):
        return row
    out_cells, out_lines = [""] * width, [lines[-1]] * width
    for c, text, ln in zip(best, cells, lines):
        out_cells[c], out_lines[c] = text, ln
    return Row(out_lines, out_cells, 0)


_CELL_PUNCT = re.compile(r"[。；！？]|[，,:：]$")


def numbered_cell_runs(texts: Sequence[str], number_headers: Iterable[str]) -> list[tuple[int, int]]:
    """Index ranges (first, last; 0-based, inclusive) of the tables in ``texts`` written one cell a
    line (a Word table copied to text) whose header opens with a 序号-like cell and whose rows are
    numbered 1, 2, 3 …: the header up to the row number 1 gives the width, and the table ends with
    the last cell of its last numbered row, so a unit name or a date typed after it stands apart.
    A row that lost its empty last cells is shorter; the table's last row is taken as full."""
    heads = {h for h in number_headers}
    out = []
    n = len(texts)
    for h in range(n):
        if texts[h].strip() not in heads:
            continue
        first = next((k for k in range(h + 2, min(h + 10, n)) if _row_no(texts[k]) == 1), None)
        if first is None or any(_row_no(texts[k]) is not None or _CELL_PUNCT.search(texts[k].strip())
                                or not texts[k].strip() or len(texts[k].strip()) > 20 for k in range(h + 1, first)):
            continue
        width = first - h
        start, no = first, 1
        while True:
            # the full width first: a short cell such as 2 (a count) is no row number
            nxt = next((start + j for j in (width, *range(2, width))
                        if start + j < n and _row_no(texts[start + j]) == no + 1), None)
            if nxt is None:
                break
            start, no = nxt, no + 1
        end = min(start + width - 1, n - 1)
        # a last row that lost its empty last cells must not take in the 署名 and 成文日期 under it: a date
        # with no other date just after it closes the text (a deadline cell has the 成文日期 below it)
        cut = next((q for q in range(start + 2, min(end + 2, n)) if DATE_RE.match(texts[q].strip())
                    and not any(DATE_RE.match(t.strip()) for t in texts[q + 1:q + 4])), None)
        out.append((h, end if cut is None else min(end, cut - 2)))
    return out


def _row_no(text: str) -> int | None:
    t = text.strip()
    return int(t.rstrip(".．、")) if _ROW_NUMBER.fullmatch(t) else None


@lru_cache(maxsize=1)
def _former_words() -> tuple[frozenset, frozenset, re.Pattern | None]:
    d = load_toml("structure.toml").get("former_columns", {})
    lift = d.get("lifting_cell")
    return frozenset(d.get("former", ())), frozenset(d.get("revised", ())), re.compile(lift) if lift else None


_LIFT_HEADS = frozenset({"序号", "处理", "处理意见", "处理方式", "处理结果", "清理意见", "提出单位", "设置单位", "备注"})


def former_cells(ctx) -> frozenset[int]:
    """Lines of table cells that state a demand or practice being done away with: a cell of a column
    headed as the former state (原要求, 原做法, 调整前) in a table that also has the revised one (调整后,
    现要求), or any cell of a row whose later cell opens by lifting it (取消报送, 停止开展, 不再……).  Such
    a table lists old demands to cancel them (一张精简对照表): the old column orders nothing now."""
    former, revised, lift = _former_words()
    if not former and lift is None:
        return frozenset()

    def find() -> frozenset[int]:
        out: set[int] = set()
        # (the other columns' names too: 序号 | 原要求 | 提出单位 | 处理 written a cell a line reads as one header)
        heads = former | revised | _column_names() | _LIFT_HEADS
        found = [*tables(ctx, ctx.gw.content_lines, heads, numbered=False),
                 *(t for t in tables(ctx, ctx.gw.content_lines) if t.kind != "lines")]
        for t in found:
            header = t.header
            old = [i for i, c in enumerate(header) if c in former]
            new = [i for i, c in enumerate(header) if c in revised]
            for r in t.rows[1:]:
                lifted = [i for i, c in enumerate(r.cells) if lift is not None and i > 0 and lift.match(c.strip())]
                cols = set(old) if new else set()
                # 市容巡查 | 每月报送巡查照片 | 取消报送: the cells before the lifting one hold what it lifts
                if lifted:
                    cols |= set(range(1, lifted[0]))
                out.update(r.lines[i] for i in cols if i < len(r.lines) and r.cells[i].strip())
        return frozenset(out)

    return ctx.memo(("former-cells",), find)


# ---------------------------------------------------------------------------
# records: a table whose first column names the fields of one item


def field_name(text: str, known) -> bool:
    """A cell written like a column name, or one ``known`` knows."""
    return bool(text) and (known(text) or _header_shaped(text))


def as_record(table: Table, known) -> Table | None:
    """A two-column table whose first column names fields and whose second gives their values (填报内容 | 项目名称……;
    填报时间 | 请于每月10日前……; 审核要求 | 数据须经……), under at most one caption row of two names (事项 | 说明):
    one item, read as a header of the field names over one row of values — the shape of a table of columns.
    Every name is written like a column name, at least two are ones ``known`` (a caller's own column names) knows,
    and no value is written like one (报送材料 | 报送时间 over its rows is a table of columns)."""
    rows = [r for r in table.rows if any(c.strip() for c in r.cells)]
    if len(rows) < 2 or any(len(r.cells) != 2 for r in rows):
        return None
    cells = [[c.strip() for c in r.cells] for r in rows]
    if field_name(cells[0][0], known) and field_name(cells[0][1], known):
        rows, cells = rows[1:], cells[1:]  # the caption row
    return _record(rows, cells, known)


def _record(rows: list[Row], cells: list[list[str]], known) -> Table | None:
    if len(rows) < 2 or sum(1 for c in cells if known(c[0])) < 2 \
            or not all(field_name(c[0], known) and c[1] and not field_name(c[1], known) for c in cells):
        return None
    return Table([Row([r.lines[0] for r in rows], [c[0] for c in cells]),
                  Row([r.lines[1] for r in rows], [c[1] for c in cells])], "record")


def record_runs(paragraphs: Sequence, lines: Sequence[int], known) -> list[tuple[int, Table]]:
    """The same item copied to text one cell per line (a .txt copy of the table, or a .docx/.pdf typed so): a run of
    at least two lines alternating a field name and its value, under at most a caption pair of names; each with the
    line the run starts at (its caption's)."""
    texts = [paragraphs[ln - 1].text.strip() if paragraphs[ln - 1].table is None else "" for ln in lines]
    out: list[tuple[int, Table]] = []
    i = 0
    while i + 1 < len(lines):
        j = i
        while j + 1 < len(lines) and texts[j] and texts[j + 1] and field_name(texts[j], known) \
                and not field_name(texts[j + 1], known):
            j += 2
        rows = [Row([lines[k], lines[k + 1]], [texts[k], texts[k + 1]]) for k in range(i, j, 2)]
        got = _record(rows, [r.cells for r in rows], known) if len(rows) >= 2 else None
        if got is None:
            i += 1
            continue
        start = lines[i]
        if i >= 2 and field_name(texts[i - 1], known) and field_name(texts[i - 2], known):
            start = lines[i - 2]  # its caption (事项 / 说明)
        out.append((start, got))
        i = j
    return out

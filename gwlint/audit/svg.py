"""Inline SVG charts for the audit report, drawn from the data (no library, no script).

Three shapes cover the report: horizontal stacked bars (counts per rule or
issuer: long Chinese labels read best horizontally), vertical stacked columns
with optional target marks (documents per year), and a histogram with labelled
reference lines (字数 against the limits).  Every chart is plain SVG text with
its numbers in ``<title>`` tooltips, so it prints, scales and works offline.
"""
from __future__ import annotations

import math
import re
from html import escape as _escape

# Controls and bidi overrides in an excerpt or a file name (a hostile draft's U+202E) would reorder what the page
# shows around them: they are written out as ⟨U+202E⟩, in text and in attributes alike (the report uses this too).
_UNSHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape(text: str, quote: bool = True) -> str:
    return _UNSHOWN.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", _escape(text, quote))

FONT = ("-apple-system, 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', "
        "'PingFang SC', sans-serif")
SEVERITY_COLORS = {"error": "#c62828", "warning": "#ef8f00", "info": "#1e88e5"}
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")
AXIS = "#6b7280"
GRID = "#e5e7eb"


def text_width(s: str, size: float = 12) -> float:
    """Rough rendered width: CJK and full-width characters are square, the rest about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.58 for ch in s)


def _scale(vmax: float, n: int = 5) -> tuple[float, float]:
    """A round axis maximum and tick step (1, 2 or 5 × 10^k, whole numbers for counts)."""
    if vmax <= 0:
        return 1.0, 1.0
    raw = vmax / n
    exp = 10 ** math.floor(math.log10(raw))
    step = next(m * exp for m in (1, 2, 2.5, 5, 10) if m * exp >= raw)
    if step < 1:
        step = 1.0
    if step != int(step) and step > 1:
        step = math.ceil(step)
    return step * math.ceil(vmax / step), step


def _ticks(vmax: float, step: float) -> list[float]:
    return [step * i for i in range(int(round(vmax / step)) + 1)]


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v - round(v)) < 1e-9 else f"{v:,.1f}"


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{escape(label)}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
            f'font-family="{escape(FONT)}" font-size="12">' + "".join(body) + "</svg>")


def _legend(series: list[tuple[str, str]], x: float, y: float) -> list[str]:
    out, cx = [], x
    for name, color in series:
        out.append(f'<rect x="{cx:.1f}" y="{y - 9:.1f}" width="10" height="10" rx="2" fill="{color}"/>'
                   f'<text x="{cx + 14:.1f}" y="{y:.1f}" fill="#374151">{escape(name)}</text>')
        cx += 14 + text_width(name) + 16
    return out


def hbar(rows: list[tuple[str, list[float]]], series: list[tuple[str, str]], *, label: str, width: int = 920,
         bar: int = 18, gap: int = 8, links: list[str | None] | None = None) -> str:
    """Horizontal stacked bars: one row per label, one segment per series."""
    if not rows:
        return ""
    label_w = min(360, max(text_width(r[0]) for r in rows) + 12)
    left, right, top = label_w + 8, 60, 28
    plot_w = width - left - right
    vmax, step = _scale(max(sum(v) for _, v in rows))
    height = top + len(rows) * (bar + gap) + 28
    body = _legend(series, left, 14) if len(series) > 1 else []
    for t in _ticks(vmax, step):
        x = left + plot_w * t / vmax
        body.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 24}" stroke="{GRID}"/>'
                    f'<text x="{x:.1f}" y="{height - 8}" fill="{AXIS}" text-anchor="middle">{_fmt(t)}</text>')
    for i, (name, values) in enumerate(rows):
        y = top + i * (bar + gap)
        shown = name if text_width(name) <= label_w - 6 else _clip(name, label_w - 6)
        text = f'<text x="{left - 8}" y="{y + bar * 0.75:.1f}" text-anchor="end" fill="#111827">{escape(shown)}' \
               f'<title>{escape(name)}</title></text>'
        if links and links[i]:
            text = f'<a href="{escape(links[i])}">{text}</a>'
        body.append(text)
        x = left
        for (sname, color), v in zip(series, values):
            if v <= 0:
                continue
            w = plot_w * v / vmax
            body.append(f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{bar}" fill="{color}">'
                        f'<title>{escape(name)} · {escape(sname)}：{_fmt(v)}</title></rect>')
            x += w
        body.append(f'<text x="{x + 6:.1f}" y="{y + bar * 0.75:.1f}" fill="#374151">{_fmt(sum(values))}</text>')
    return _svg(width, height, body, label)


def columns(categories: list[str], series: list[tuple[str, str]], values: list[list[float]], *, label: str,
            targets: dict[int, tuple[float, str, bool]] | None = None, width: int = 920, height: int = 340) -> str:
    """Vertical stacked columns; ``values[s][c]`` is series s in category c.

    ``targets`` maps a category index to (value, text, met): a dashed mark at the
    value the category had to stay under, green when met, red when not."""
    if not categories:
        return ""
    left, right, top, bottom = 48, 16, 34, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[s][c] for s in range(len(series))) for c in range(len(categories))]
    tmax = max([*totals, *[t[0] for t in (targets or {}).values()]])
    vmax, step = _scale(tmax)
    body = _legend(series, left, 14)
    for t in _ticks(vmax, step):
        y = top + plot_h - plot_h * t / vmax
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" fill="{AXIS}" text-anchor="end">{_fmt(t)}</text>')
    slot = plot_w / len(categories)
    bw = min(56, slot * 0.62)
    for c, cat in enumerate(categories):
        cx = left + slot * c + slot / 2
        y = top + plot_h
        for s, (sname, color) in enumerate(series):
            v = values[s][c]
            if v <= 0:
                continue
            h = plot_h * v / vmax
            y -= h
            body.append(f'<rect x="{cx - bw / 2:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" fill="{color}">'
                        f'<title>{escape(cat)} · {escape(sname)}：{_fmt(v)}</title></rect>')
        body.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="#111827">{_fmt(totals[c])}</text>')
        body.append(f'<text x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle" fill="#374151">{escape(cat)}</text>')
        if targets and c in targets:
            tv, ttext, met = targets[c]
            ty = top + plot_h - plot_h * tv / vmax
            col = "#15803d" if met else "#b91c1c"
            body.append(f'<line x1="{cx - bw / 2 - 6:.1f}" y1="{ty:.1f}" x2="{cx + bw / 2 + 6:.1f}" y2="{ty:.1f}" '
                        f'stroke="{col}" stroke-width="2" stroke-dasharray="5 3"><title>{escape(ttext)}</title></line>')
            body.append(f'<text x="{cx:.1f}" y="{top + plot_h + 32}" text-anchor="middle" fill="{col}" '
                        f'font-size="11">{"达标" if met else "未达标"}</text>')
    body.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{AXIS}"/>')
    return _svg(width, height, body, label)


def histogram(bins: list[tuple[str, int, str]], *, label: str, lines: list[tuple[float, str, str]] | None = None,
              width: int = 920, height: int = 320) -> str:
    """Columns per bin (label, count, color); ``lines`` are (bin position, text, color)
    reference lines, the position counted in bins from the left edge."""
    if not bins:
        return ""
    left, right, top, bottom = 48, 16, 40, 52
    plot_w, plot_h = width - left - right, height - top - bottom
    vmax, step = _scale(max(b[1] for b in bins), 4)
    body: list[str] = []
    for t in _ticks(vmax, step):
        y = top + plot_h - plot_h * t / vmax
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" fill="{AXIS}" text-anchor="end">{_fmt(t)}</text>')
    slot = plot_w / len(bins)
    for i, (name, count, color) in enumerate(bins):
        h = plot_h * count / vmax
        x = left + slot * i
        if count:
            body.append(f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{slot - 2:.1f}" height="{h:.1f}" '
                        f'fill="{color}"><title>{escape(name)} 字：{count} 份</title></rect>')
        if i % max(1, round(len(bins) / 12)) == 0:
            body.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" fill="{AXIS}" text-anchor="middle" '
                        f'font-size="11">{escape(name.split("–")[0])}</text>')
    placed: list[float] = []
    for pos, text, color in lines or []:
        x = left + slot * pos
        row = sum(1 for p in placed if abs(p - x) < text_width(text, 11) + 8)
        placed.append(x)
        body.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{color}" '
                    f'stroke-width="2" stroke-dasharray="6 3"/>'
                    f'<text x="{x + 4:.1f}" y="{top - 10 - 13 * row + 4:.1f}" fill="{color}" font-size="11">'
                    f'{escape(text)}</text>')
    body.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{AXIS}"/>')
    body.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" fill="{AXIS}" text-anchor="middle">'
                f'字数（正文或单个附件中最长的部分）</text>')
    return _svg(width, height, body, label)


def _clip(s: str, w: float) -> str:
    out = ""
    for ch in s:
        if text_width(out + ch + "…") > w:
            return out + "…"
        out += ch
    return out

"""The audit report as one HTML page: inline CSS and SVG charts, no external resource.

The one inline script filters the page by the search box and opens a document's
details when a link points at it; without it every table and document is still
there (printing, archiving, browsers with scripts off).  The layout holds down
to a 390 px phone screen: wide tables scroll sideways inside their box.
"""
from __future__ import annotations

import os
from typing import Any

from .. import __version__
from . import svg
from .svg import escape  # controls and bidi overrides written out, not obeyed
from .report import SEV_LABEL, Report, Table, rule_label, settings

CSS = """
:root { --fg:#111827; --muted:#6b7280; --line:#e5e7eb; --bg:#f9fafb; --accent:#1d4ed8; }
* { box-sizing: border-box; }
body { margin:0; font-family:%(font)s; color:var(--fg); background:#fff; font-size:14px; line-height:1.6; }
header { background:#1e3a8a; color:#fff; padding:24px 40px 18px; }
header h1 { margin:0 0 4px; font-size:26px; letter-spacing:1px; }
header p { margin:2px 0; color:#dbeafe; font-size:13px; }
nav { position:sticky; top:0; z-index:2; background:#fff; border-bottom:1px solid var(--line); padding:8px 40px;
      display:flex; flex-wrap:wrap; align-items:center; gap:4px 16px; }
nav a { color:var(--accent); text-decoration:none; font-size:13px; white-space:nowrap; }
nav input { flex:1 1 220px; max-width:360px; font:inherit; font-size:14px; padding:4px 8px; border:1px solid #cbd5e1;
            border-radius:6px; }
#hits { color:var(--muted); font-size:12.5px; }
main { padding:8px 40px 40px; max-width:1240px; }
section { margin-top:28px; }
h2 { font-size:20px; border-left:4px solid #1e3a8a; padding-left:10px; margin:0 0 10px; }
h3 { font-size:16px; margin:18px 0 6px; }
p.note { color:var(--muted); font-size:12.5px; margin:4px 0 8px; }
p.empty { color:var(--muted); background:var(--bg); padding:10px 14px; border-radius:6px; }
.cards { display:flex; flex-wrap:wrap; gap:12px; margin:14px 0; }
.card { border:1px solid var(--line); border-radius:8px; padding:10px 16px; min-width:132px; background:var(--bg); }
.card b { display:block; font-size:24px; }
.card span { color:var(--muted); font-size:12.5px; }
.card.bad b { color:#b91c1c; }
.chart { max-width:100%%; height:auto; display:block; margin:8px 0 4px; }
.wide { max-width:100%%; overflow-x:auto; }
.scroll { display:inline-block; max-width:100%%; max-height:460px; overflow:auto; border:1px solid var(--line);
          border-radius:6px; }
.scroll table { min-width:0; }
table { border-collapse:collapse; min-width:60%%; max-width:100%%; font-size:13px; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
th { background:#f3f4f6; position:sticky; top:0; font-weight:600; white-space:nowrap; }
th.num { text-align:right; }
td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
td.ok { color:#15803d; font-weight:600; } td.no { color:#b91c1c; font-weight:600; }
td.path { word-break:break-all; max-width:340px; }
td.msg { min-width:260px; }
.sev-error { color:#c62828; font-weight:600; } .sev-warning { color:#b45309; font-weight:600; }
.sev-info { color:#1e88e5; }
.heat td.num { text-align:center; }
details.doc { border:1px solid var(--line); border-radius:8px; padding:4px 14px; margin:8px 0; }
details.doc[open] { padding-bottom:12px; }
details.doc summary { cursor:pointer; padding:4px 0; }
details.doc summary b { font-weight:600; }
details.doc summary .counts { color:var(--muted); font-size:12.5px; white-space:nowrap; }
details.doc table { width:100%%; }
details.doc .meta { color:var(--muted); font-size:12.5px; word-break:break-all; }
.hidden { display:none !important; }
a { color:var(--accent); }
.top { float:right; font-size:12px; }
footer { color:var(--muted); font-size:12px; padding:20px 40px; border-top:1px solid var(--line); }
@media (max-width: 640px) {
  body { font-size:13px; }
  header { padding:14px 14px 10px; } header h1 { font-size:21px; } header p { word-break:break-all; }
  nav { position:static; padding:6px 14px; } nav input { max-width:none; flex-basis:100%%; }
  main { padding:4px 14px 24px; } footer { padding:14px; }
  .card { min-width:0; flex:1 1 40%%; padding:8px 10px; } .card b { font-size:20px; }
  td.msg { min-width:200px; } td.path { max-width:200px; }
  table { min-width:0; }
  /* a document's findings: one block per finding instead of a six-column table */
  details.doc thead { display:none; }
  details.doc tr { display:block; border-bottom:1px solid var(--line); padding:6px 0; }
  details.doc td { display:inline; border:0; padding:0 6px 0 0; }
  details.doc td.ex, details.doc td.msg { display:block; min-width:0; }
  details.doc td.ex { color:var(--muted); }
  details.doc td.ln:not(:empty)::before { content:"第"; } details.doc td.ln:not(:empty)::after { content:"行"; }
  details.doc td.pg:not(:empty)::before { content:"第"; } details.doc td.pg:not(:empty)::after { content:"页"; }
}
@media print { nav { display:none; } .scroll { max-height:none; overflow:visible; } details.doc { break-inside:avoid; } }
""" % {"font": svg.FONT}

_NUM_KEYS = {"documents", "previous", "value", "errors", "warnings", "infos", "findings", "score", "chars", "limit",
             "excess", "line", "page", "column", "rank", "measures", "missing", "over", "exempt", "seen", "linted",
             "unchanged", "reused", "failed", "documents_with_findings", "per_document", "year", "briefings", "id"}


class _Page:
    def __init__(self, rep: Report) -> None:
        self.rep = rep
        self.anchors = {d["id"] for d in rep.details}
        self.root = rep.root

    def rel(self, path: str | None) -> str:
        if not path:
            return ""
        if self.root and path.startswith(self.root + os.sep):
            return path[len(self.root) + 1:]
        return path

    def link(self, doc_id: Any, text: str) -> str:
        if doc_id in self.anchors:
            return f'<a href="#doc-{doc_id}">{escape(text)}</a>'
        return escape(text)

    def table(self, t: Table, *, hide: tuple[str, ...] = ("id",), limit_height: bool = True) -> str:
        if not t.rows:
            return '<p class="empty">无</p>'
        keys = [k for k, _ in t.columns]
        show = [i for i, k in enumerate(keys) if k not in hide]
        id_i = keys.index("id") if "id" in keys else None
        numeric = {i for i in show if keys[i] in _NUM_KEYS
                   and any(isinstance(r[i], (int, float)) for r in t.rows)}
        head = "".join(f'<th{" class=num" if i in numeric else ""}>{escape(t.columns[i][1])}</th>' for i in show)
        body = []
        for r in t.rows:
            cells = []
            for i in show:
                k, v = keys[i], r[i]
                cls = []
                if k in _NUM_KEYS and isinstance(v, (int, float)):
                    cls.append("num")
                if k in ("verdict", "briefings_verdict"):
                    cls.append("ok" if v == "达标" else "no" if v == "未达标" else "")
                if k in ("path", "same_as"):
                    cls.append("path")
                if k == "message":
                    cls.append("msg")
                text = "" if v is None else str(v)
                if k in ("path", "same_as"):
                    inner = self.link(r[id_i], self.rel(text)) if id_i is not None else escape(self.rel(text))
                    inner = f'<span title="{escape(text)}">{inner}</span>'
                elif k == "severity":
                    inner = f'<span class="sev-{escape(text)}">{escape(SEV_LABEL.get(text, text))}</span>'
                elif k == "code" and text.startswith("GW"):
                    inner = f'<span title="{escape(rule_label(text))}">{escape(text)}</span>'
                elif k in ("started_at", "finished_at"):
                    inner = escape(when(text))
                else:
                    inner = escape(text)
                attr = f' class="{" ".join(c for c in cls if c)}"' if any(cls) else ""
                cells.append(f'<td data-k="{k}"{attr}>{inner}</td>')
            body.append(f"<tr>{''.join(cells)}</tr>")
        html = (f'<table id="t-{t.name}" data-table="{t.name}"><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')
        if limit_height and len(t.rows) > 14:
            return f'<div class="scroll">{html}</div>'
        return f'<div class="wide">{html}</div>'  # wide tables scroll sideways on a phone

    def note(self, t: Table) -> str:
        return f'<p class="note">{escape(t.note)}</p>' if t.note else ""


def when(ts: str | None) -> str:
    """2026-03-01T14:05:33+08:00 → 2026-03-01 14:05:33（UTC+08:00）: local time and its zone."""
    if not ts:
        return "—"
    import datetime as _dt

    try:
        t = _dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if t.tzinfo is None:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    off = t.utcoffset() or _dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{t:%Y-%m-%d %H:%M:%S}（UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}）"


def render(rep: Report) -> str:
    pg = _Page(rep)
    cfg = settings()
    T = rep.tables
    prof = rep.profile
    summary = {r[0]: r[2] for r in T["summary"].rows}
    parts: list[str] = []

    # ---- overview
    cards = [("files", "文件总数", False), ("documents", "不重复公文", False), ("findings", "问题总数", False),
             ("errors", "错误", True), ("warnings", "警告", False), ("over_limit", "篇幅超限", True),
             ("duplicates", "重复文件", False), ("unreadable", "无法读取", True), ("failed", "超时或出错", True)]
    card_html = "".join(
        f'<div class="card{" bad" if bad and summary.get(k) else ""}"><b>{summary.get(k, 0):,}</b>'
        f'<span>{escape(label)}</span></div>' for k, label, bad in cards)
    parts.append(f'<section id="overview"><h2>概况</h2><div class="cards">{card_html}</div>'
                 f'{pg.table(T["summary"], hide=("key",), limit_height=False)}{pg.note(T["summary"])}</section>')

    # ---- volume per issuer per year
    parts.append(_volume(pg, rep, cfg))

    # ---- length
    hist = T["length_histogram"]
    limits = prof.get("length_limit", [])
    width = int(cfg.get("length_bin", 500))
    colors = ["#dc2626", "#7c3aed", "#0891b2", "#ca8a04"]
    lines = [(c["limit"] / width, f"{c['class']} {c['limit']} 字", colors[i % len(colors)])
             for i, c in enumerate(limits)]
    min_limit = min((c["limit"] for c in limits), default=None)
    bins = []
    for k, (rng, n) in enumerate(hist.rows):
        lo = k * width
        bins.append((rng, n, "#94a3b8" if min_limit is not None and lo >= min_limit else "#4e79a7"))
    chart = svg.histogram(bins, label="字数分布", lines=lines)
    parts.append(
        '<section id="length"><h2>篇幅：字数分布与上限</h2>'
        f'{pg.note(hist)}{chart or ""}'
        '<p class="note">虚线为配置方案规定的字数上限；上限只对所属类别的公文适用（见下表）。灰色柱为超过最低上限的区间。</p>'
        f'<h3>{escape(T["length_classes"].title)}</h3>{pg.note(T["length_classes"])}{pg.table(T["length_classes"])}'
        f'<h3>{escape(T["over_limit"].title)}</h3>{pg.table(T["over_limit"])}'
        f'<h3>{escape(hist.title)}（数据）</h3>{pg.table(hist)}</section>')

    # ---- findings per rule and issuer
    by_rule = T["findings_by_rule"]
    sev_series = [(SEV_LABEL[s], svg.SEVERITY_COLORS[s]) for s in ("error", "warning", "info")]
    bi = {k: i for i, (k, _) in enumerate(by_rule.columns)}
    rule_chart = svg.hbar([(f"{r[bi['code']]} {r[bi['label']]}", [r[bi["errors"]], r[bi["warnings"]], r[bi["infos"]]])
                           for r in by_rule.rows], sev_series, label="各规则的问题数")
    by_issuer = T["findings_by_issuer"]
    top = int(cfg.get("top_issuers_findings", 15))
    irows = [r for r in by_issuer.rows if r[3]][:top]
    issuer_chart = svg.hbar([(r[0], [r[4], r[5], r[6]]) for r in irows], sev_series, label="各发文机关的问题数")
    parts.append(
        '<section id="rules"><h2>问题分布</h2>'
        f'<h3>{escape(by_rule.title)}</h3>{rule_chart or ""}{pg.table(by_rule, hide=("id", "name"))}'
        f'<h3>{escape(by_issuer.title)}</h3>{issuer_chart or ""}{pg.table(by_issuer)}'
        f'<h3>发文机关 × 规则</h3>{_heat(pg, T["issuer_rule"], [r[0] for r in irows], [r[0] for r in by_rule.rows])}'
        '</section>')

    # ---- March meetings, responsibility lists
    mm = T["no_meeting_month"]
    parts.append(f'<section id="meetings"><h2>{escape(mm.title)}</h2>{pg.note(mm)}{pg.table(mm)}</section>')
    mr = T["missing_responsibility"]
    parts.append(f'<section id="responsibility"><h2>{escape(mr.title)}</h2>'
                 '<p class="note">政策性文件应逐条明确牵头和配合单位（赣府发〔2019〕3号 第2条）。</p>'
                 f'{pg.table(mr)}</section>')

    # ---- worst documents
    wd = T["worst_documents"]
    keys = [k for k, _ in wd.columns]
    ki = {k: keys.index(k) for k in keys}
    worst_chart = svg.hbar(
        [(f"{r[ki['rank']]}. {pg.rel(r[ki['path']])}", [r[ki["errors"]], r[ki["warnings"]], r[ki["infos"]]])
         for r in wd.rows], sev_series, label="问题最多的公文",
        links=[f"#doc-{r[ki['id']]}" if r[ki["id"]] in pg.anchors else None for r in wd.rows])
    parts.append(f'<section id="worst"><h2>{escape(wd.title)}</h2>{pg.note(wd)}{worst_chart or ""}'
                 f'{pg.table(wd, limit_height=False)}</section>')

    # ---- every document with its findings (link targets)
    docs = [_document(pg, d) for d in rep.details]
    shown = len(docs)
    parts.append('<section id="details"><h2>逐份公文的问题</h2>'
                 f'<p class="note">共 {shown} 个文件，按路径排列；点开一份查看它的全部问题。上方搜索框可按文件名、标题、'
                 '发文字号、发文机关或问题文字筛选。</p>'
                 f'{"".join(docs) or "<p class=empty>无</p>"}</section>')

    # ---- unreadable, duplicates, runs
    parts.append(f'<section id="problems"><h2>{escape(T["errors"].title)}</h2>{pg.table(T["errors"])}'
                 f'<h3>{escape(T["notes"].title)}</h3>{pg.note(T["notes"])}{pg.table(T["notes"])}'
                 f'<h3>{escape(T["duplicates"].title)}</h3>{pg.note(T["duplicates"])}{pg.table(T["duplicates"])}'
                 f'</section>')
    parts.append(f'<section id="runs"><h2>{escape(T["runs"].title)}</h2>{pg.table(T["runs"], hide=())}</section>')

    nav = '<input id="q" type="search" placeholder="搜索文件、标题、文号、机关或问题" aria-label="搜索">' \
        '<span id="hits"></span>' + "".join(f'<a href="#{a}">{t}</a>' for a, t in (
        ("overview", "概况"), ("volume", "发文量"), ("length", "篇幅"), ("rules", "问题分布"),
        ("meetings", "无会月会议"), ("responsibility", "责任单位"), ("worst", "问题最多"), ("details", "明细"),
        ("problems", "无法检查"), ("runs", "运行记录")))
    run = rep.run or {}
    sub = [f"配置方案：{prof.get('title') or prof.get('name') or '—'}",
           f"数据库：{rep.db}", f"文件根目录：{rep.root or '—'}",
           f"最近一次审计：{when(run.get('started_at'))}，gwlint {run.get('gwlint_version') or '—'}",
           f"报告生成：{when(rep.generated_at)}"]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>公文审计报告</title><style>{CSS}</style></head><body>'
        f'<header><h1>公文审计报告</h1>{"".join(f"<p>{escape(s)}</p>" for s in sub)}</header>'
        f'<nav>{nav}</nav><main>{"".join(parts)}</main>'
        f'<footer>由 gwlint {escape(__version__)} 生成。本页不依赖网络，可离线打开、打印或存档。</footer>'
        f'<script>{SCRIPT}</script></body></html>\n')


def _document(pg: _Page, d: dict) -> str:
    """One file as a collapsible block: title and counts, then its findings."""
    fs = d["findings"]
    n = {s: sum(1 for f in fs if f["severity"] == s) for s in ("error", "warning", "info")}
    counts = "　".join(f"{SEV_LABEL[s]} {n[s]}" for s in ("error", "warning", "info") if n[s]) or "没有问题"
    if d.get("error"):
        counts = "无法检查"
    meta = "；".join(x for x in (
        d.get("doc_number"), d.get("issuer"), d.get("doc_type"), d.get("date"),
        f"{d['char_count']} 字" if d.get("char_count") is not None else None,
        f"{d['pages']} 页" if d.get("pages") else None) if x)
    rows = "".join(
        f'<tr><td><span title="{escape(rule_label(f["code"]))}">{escape(f["code"])}</span> '
        f'{escape(rule_label(f["code"], f.get("name")))}</td>'
        f'<td><span class="sev-{escape(f["severity"])}">{escape(SEV_LABEL.get(f["severity"], f["severity"]))}</span></td>'
        f'<td class="num ln">{f["line"] if f["line"] is not None else ""}</td>'
        f'<td class="num pg">{f["page"] if f["page"] is not None else ""}</td>'
        f'<td class="ex">{escape(f["excerpt"] or "")}</td><td class="msg">{escape(f["message"])}</td></tr>'
        for f in fs)
    table = (f'<div class="wide"><table><thead><tr><th>规则</th><th>级别</th><th>行</th><th>页</th><th>摘录</th>'
             f'<th>说明</th></tr></thead><tbody>{rows}</tbody></table></div>') if rows else ""
    notes = []
    if d.get("error"):
        notes.append(f'<p class="empty">{escape(d["error"])}</p>')
    elif d.get("same_as"):
        notes.append(f'<p class="empty">内容与 {escape(pg.rel(d["same_as"]))} 相同，统计时只计一次。</p>')
    elif not rows:
        notes.append('<p class="empty">没有发现问题。</p>')
    title = d.get("title") or pg.rel(d["path"])
    return (f'<details class="doc" id="doc-{d["id"]}"><summary><b>{escape(title)}</b> '
            f'<span class="counts">{escape(counts)}</span></summary>'
            f'<div class="meta">{escape(pg.rel(d["path"]))}{"　" + escape(meta) if meta else ""}</div>'
            f'{"".join(notes)}{table}</details>')


# Search: hide documents and table rows that do not contain every word typed; open a document a link points at.
SCRIPT = """
(function () {
  var q = document.getElementById('q'), hits = document.getElementById('hits');
  var docs = Array.prototype.slice.call(document.querySelectorAll('details.doc'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('table[data-table] tbody tr'));
  var texts = new Map();
  function text(el) { if (!texts.has(el)) texts.set(el, el.textContent.toLowerCase()); return texts.get(el); }
  function filter() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean), n = 0;
    docs.concat(rows).forEach(function (el) {
      var ok = words.every(function (w) { return text(el).indexOf(w) >= 0; });
      el.classList.toggle('hidden', !ok);
      if (ok && el.tagName === 'DETAILS') n++;
    });
    hits.textContent = words.length ? n + ' 份公文' : '';
  }
  function openTarget() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView(); }
  }
  q.addEventListener('input', filter);
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
"""


def _volume(pg: _Page, rep: Report, cfg: dict) -> str:
    T = rep.tables
    iy, yt = T["issuer_year"], T["year_totals"]
    target = float(rep.profile.get("targets", {}).get("documents_reduction", 0) or 0)
    years = [r[0] for r in yt.rows]
    counts: dict[str, dict[int, int]] = {}
    for issuer, year, n, *_ in iy.rows:
        counts.setdefault(issuer, {})[year] = n
    order = sorted(counts, key=lambda i: (-sum(counts[i].values()), i))
    top = order[: int(cfg.get("top_issuers", 8))]
    rest = order[len(top):]
    series = [(i, svg.PALETTE[k % len(svg.PALETTE)]) for k, i in enumerate(top)]
    values = [[counts[i].get(y, 0) for y in years] for i in top]
    if rest:
        series.append((f"其他（{len(rest)} 个机关）", "#bab0ac"))
        values.append([sum(counts[i].get(y, 0) for i in rest) for y in years])
    targets = {}
    for c, r in enumerate(yt.rows):
        prev = r[2]
        if prev:
            tv = prev * (1 - target)
            targets[c] = (tv, f"{r[0]} 年应不超过 {tv:.1f} 份（上年 {prev} 份，压减 {target * 100:.0f}%）",
                          r[5] == "达标")
    chart = svg.columns([str(y) for y in years], series, values, label="各发文机关年度发文量", targets=targets)
    return ('<section id="volume"><h2>发文量与压减目标</h2>'
            f'{pg.note(yt)}{chart or "<p class=empty>没有识别出年份的公文。</p>"}'
            '<p class="note">柱高为当年发文数（按发文机关分色）；虚线为按上年发文数和压减目标算出的当年上限，'
            '绿色达标、红色未达标。</p>'
            f'<h3>{escape(yt.title)}</h3>{pg.table(yt)}'
            f'<h3>{escape(iy.title)}</h3>{pg.note(iy)}{pg.table(iy)}</section>')


def _heat(pg: _Page, t: Table, issuers: list[str], codes: list[str]) -> str:
    if not issuers or not codes:
        return '<p class="empty">无</p>'
    cell = {(r[0], r[1]): r[2] for r in t.rows}
    vmax = max(cell.values(), default=1)
    head = "".join(f'<th title="{escape(rule_label(c))}">{escape(c)}</th>' for c in codes)
    rows = []
    for i in issuers:
        tds = []
        for c in codes:
            n = cell.get((i, c), 0)
            alpha = 0 if not n else 0.12 + 0.78 * n / vmax
            style = f' style="background:rgba(29,78,216,{alpha:.2f});{"color:#fff;" if alpha > 0.55 else ""}"' if n else ""
            tds.append(f'<td class="num"{style} title="{escape(i)} · {escape(c)} {escape(rule_label(c))}">{n or ""}</td>')
        rows.append(f"<tr><td><b>{escape(i)}</b></td>{''.join(tds)}</tr>")
    return (f'<div class="scroll"><table class="heat"><thead><tr><th>发文机关</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')

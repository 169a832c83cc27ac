"""The audit report: tables computed from the database, written as one
self-contained HTML page (inline CSS and SVG charts, no script, no network),
as JSON (one file), or as CSV (one UTF-8 file per table in a folder, with a BOM
so that Excel shows the Chinese headers).

Every number on the page comes from a :class:`Table`; the JSON and CSV exports
are the same tables, so what a chart shows can be checked against SQL.
Documents are counted once per content (``unique_documents``); duplicates are
listed on their own.
"""
from __future__ import annotations

import csv
import datetime as _dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .. import __version__
from ..data import load_toml
from ..safeio import AtomicOutput, write_atomic
from .store import AuditError, connect

SEV_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}
ERROR_KIND_LABEL = {"unreadable": "无法读取", "timeout": "超时", "memory": "内存超限", "crash": "进程崩溃",
                    "internal": "内部错误"}
UNKNOWN_ISSUER = "（未识别）"
# the documents whose findings are statistics: read and checked.  A file that was not read (corrupt,
# a scan without text layer, timed out) has its GW001/GW002 stored with it, but it is listed and
# counted under 无法检查的文件, not as a document with one finding.
CHECKED = "(SELECT * FROM unique_documents WHERE error IS NULL)"


@lru_cache(maxsize=1)
def settings() -> dict:
    return load_toml("audit.toml")


def rule_label(code: str, fallback: str | None = None) -> str:
    """The rule's short Chinese label (audit.toml [rule_labels]), else ``fallback`` or the code."""
    return settings().get("rule_labels", {}).get(code) or fallback or code


def local_time(ts: str | None) -> str | None:
    """An ISO time stored in UTC as local time with its offset (2026-03-01T14:05:33+08:00)."""
    if not ts:
        return ts
    try:
        t = _dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.timezone.utc)
    return t.astimezone().isoformat(timespec="seconds")


def readable_pattern(pattern: str) -> str:
    """A title pattern in words (“简报”“快报”…) when it is a list of plain words; never the regex itself."""
    words = pattern.split("|")
    if all(w and re.escape(w) == w for w in words):
        return "、".join(f"“{w}”" for w in words)
    return "配置中设定的标题特征（audit.toml 的 briefing_title_pattern）"


@dataclass
class Table:
    name: str
    title: str
    columns: list[tuple[str, str]]  # (key, 中文列名)
    rows: list[list[Any]]
    note: str = ""

    def dicts(self) -> list[dict[str, Any]]:
        keys = [k for k, _ in self.columns]
        return [dict(zip(keys, r)) for r in self.rows]

    def column(self, key: str) -> list[Any]:
        i = [k for k, _ in self.columns].index(key)
        return [r[i] for r in self.rows]


@dataclass
class Report:
    db: str
    generated_at: str
    run: dict[str, Any] | None
    profile: dict[str, Any]
    total_files: int
    unique_documents: int
    tables: dict[str, Table] = field(default_factory=dict)
    details: list[dict[str, Any]] = field(default_factory=list)  # documents with their findings (anchors)
    root: str = ""
    sources: list[str] = field(default_factory=list)  # the audited files' paths: no report may land on one

    def add(self, t: Table) -> Table:
        self.tables[t.name] = t
        return t


# ---------------------------------------------------------------- building
def build_report(db: str | Path) -> Report:
    conn = connect(db, readonly=True)
    try:
        return _build(conn, str(db))
    except sqlite3.DatabaseError as exc:
        raise AuditError(f"读取审计数据库 {db} 时出错：{exc}") from None
    finally:
        conn.close()


def _q(conn: sqlite3.Connection, sql: str, *args) -> list[sqlite3.Row]:
    return conn.execute(sql, args).fetchall()


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v * 100:+.1f}%"


def _build(conn: sqlite3.Connection, db: str) -> Report:
    cfg = settings()
    run = _q(conn, "SELECT * FROM runs ORDER BY id DESC LIMIT 1")
    run_d = dict(run[0]) if run else None
    profile = json.loads(run_d["profile_json"]) if run_d and run_d.get("profile_json") else {}
    total = _q(conn, "SELECT count(*) FROM documents")[0][0]
    unique = _q(conn, "SELECT count(*) FROM unique_documents")[0][0]
    paths = [r[0] for r in _q(conn, "SELECT path FROM documents")]
    root = _common_root(paths)
    if run_d:
        run_d["started_at"], run_d["finished_at"] = local_time(run_d.get("started_at")), local_time(run_d.get("finished_at"))
    rep = Report(db=db, generated_at=_dt.datetime.now().astimezone().isoformat(timespec="seconds"), run=run_d,
                 profile=profile,
                 total_files=total, unique_documents=unique, root=root, sources=paths)

    _summary(conn, rep)
    _per_year(conn, rep, profile, cfg)
    _length(conn, rep, profile, cfg)
    _findings(conn, rep, cfg)
    _policy_sections(conn, rep, profile)
    _worst(conn, rep, cfg)
    _problems(conn, rep)
    _runs(conn, rep)
    _details(conn, rep, cfg)
    return rep


def _summary(conn, rep: Report) -> None:
    one = lambda sql: _q(conn, sql)[0][0] or 0  # noqa: E731
    sev = {r["severity"]: r["n"] for r in _q(
        conn, f"SELECT f.severity, count(*) AS n FROM findings f JOIN {CHECKED} d ON d.id = f.document_id"
              " GROUP BY f.severity")}
    over = one("SELECT count(*) FROM unique_documents WHERE length_limit IS NOT NULL AND length_exempt = 0"
               " AND max_part_chars > length_limit")
    rows = [
        ["files", "文件总数", rep.total_files],
        ["documents", "不重复公文", rep.unique_documents],
        ["duplicates", "重复文件（内容相同）", rep.total_files - rep.unique_documents],
        ["with_issuer", "识别出发文机关", one("SELECT count(*) FROM unique_documents WHERE issuer IS NOT NULL")],
        ["with_year", "识别出年份", one("SELECT count(*) FROM unique_documents WHERE year IS NOT NULL")],
        ["unreadable", "无法读取", one("SELECT count(*) FROM unique_documents WHERE error_kind = 'unreadable'")],
        ["failed", "超时或出错", one("SELECT count(*) FROM unique_documents WHERE error_kind IN"
                                     " ('timeout', 'memory', 'crash', 'internal')")],
        ["findings", "问题总数", sum(sev.values())],
        ["errors", "错误", sev.get("error", 0)],
        ["warnings", "警告", sev.get("warning", 0)],
        ["infos", "提示", sev.get("info", 0)],
        ["documents_with_findings", "有问题的公文", one(
            f"SELECT count(*) FROM {CHECKED} WHERE errors + warnings + infos > 0")],
        ["over_limit", "篇幅超限的公文", over],
        ["with_notes", "读取时有说明的文件", one("SELECT count(*) FROM documents WHERE notes IS NOT NULL")
         if _has_notes(conn) else 0],
    ]
    rep.add(Table("summary", "概况", [("key", "指标代码"), ("label", "指标"), ("value", "数值")], rows,
                  note="问题数只计已读取并检查的公文；无法读取（损坏、扫描件无文字层、乱码）、超时或出错的文件"
                       "见“无法检查的文件”，不计作有问题的公文。"))


def _per_year(conn, rep: Report, profile: dict, cfg: dict) -> None:
    target = float(profile.get("targets", {}).get("documents_reduction", 0) or 0)
    btarget = float(profile.get("targets", {}).get("briefings_reduction", 0) or 0)
    counts: dict[tuple[str, int], int] = {}
    for r in _q(conn, "SELECT COALESCE(issuer, ?) AS issuer, year, count(*) AS n FROM unique_documents"
                      " WHERE year IS NOT NULL GROUP BY 1, 2", UNKNOWN_ISSUER):
        counts[(r["issuer"], r["year"])] = r["n"]
    years = sorted({y for _, y in counts})
    yearset = set(years)
    issuers = sorted({i for i, _ in counts}, key=lambda i: (-sum(n for (j, _), n in counts.items() if j == i), i))

    def change(cur: int, prev: int | None) -> tuple[float | None, str]:
        if prev is None or prev == 0:
            return None, ""
        ch = (cur - prev) / prev
        return ch, ("达标" if ch <= -target + 1e-12 else "未达标")

    rows = []
    for issuer in issuers:
        for y in years:
            n = counts.get((issuer, y), 0)
            if n == 0 and (issuer, y - 1) not in counts:
                continue
            prev = counts.get((issuer, y - 1), 0) if (y - 1) in yearset else None
            ch, verdict = change(n, prev)
            rows.append([issuer, y, n, prev, _pct(ch), _pct(-target) if ch is not None else "", verdict])
    rep.add(Table("issuer_year", "各发文机关年度发文量及同比", [
        ("issuer", "发文机关"), ("year", "年份"), ("documents", "发文数"), ("previous", "上年发文数"),
        ("change", "同比变化"), ("target", "压减目标"), ("verdict", "是否达标")], rows,
        note="年份取发文字号中的年份，没有发文字号的取成文日期的年份；上年没有任何文件的年份不作同比。"))

    brief = re.compile(cfg.get("briefing_title_pattern", "简报"))
    btotals: dict[int, int] = {}
    for r in _q(conn, "SELECT year, title FROM unique_documents WHERE year IS NOT NULL AND title IS NOT NULL"):
        if brief.search(r["title"]):
            btotals[r["year"]] = btotals.get(r["year"], 0) + 1
    yrows = []
    for y in years:
        n = sum(v for (_, yy), v in counts.items() if yy == y)
        prev = sum(v for (_, yy), v in counts.items() if yy == y - 1) if (y - 1) in yearset else None
        ch, verdict = change(n, prev)
        b = btotals.get(y, 0)
        bprev = btotals.get(y - 1, 0) if (y - 1) in yearset else None
        bch = (b - bprev) / bprev if bprev else None
        yrows.append([y, n, prev, _pct(ch), _pct(-target) if ch is not None else "", verdict, b, _pct(bch),
                      ("达标" if bch <= -btarget + 1e-12 else "未达标") if bch is not None else ""])
    rep.add(Table("year_totals", "年度发文总量及压减目标", [
        ("year", "年份"), ("documents", "发文数"), ("previous", "上年发文数"), ("change", "同比变化"),
        ("target", "压减目标"), ("verdict", "是否达标"), ("briefings", "简报数"), ("briefings_change", "简报同比"),
        ("briefings_verdict", "简报是否达标")], yrows,
        note=f"发文总量压减目标 {target * 100:.0f}%，简报压减目标 {btarget * 100:.0f}%（配置方案 "
             f"{profile.get('name', '')} 的 targets）。标题含"
             f"{readable_pattern(cfg.get('briefing_title_pattern', '简报'))}之一的计为简报。"))


def _length(conn, rep: Report, profile: dict, cfg: dict) -> None:
    width, cap = int(cfg.get("length_bin", 500)), int(cfg.get("length_cap", 12000))
    vals = [r[0] for r in _q(conn, "SELECT max_part_chars FROM unique_documents WHERE max_part_chars IS NOT NULL")]
    nbins = cap // width
    hist = [0] * (nbins + 1)
    for v in vals:
        hist[min(v // width, nbins)] += 1
    rows = [[f"{i * width}–{(i + 1) * width - 1}" if i < nbins else f"≥{cap}", hist[i]] for i in range(nbins + 1)]
    # trim empty bins at the top end (keep the limits visible)
    limits = [c["limit"] for c in profile.get("length_limit", [])]
    keep = max([i for i, n in enumerate(hist) if n] + [max(limits, default=0) // width + 1])
    rows = rows[: min(nbins, keep) + 1]
    rep.add(Table("length_histogram", "字数分布", [("range", "字数区间"), ("documents", "公文数")], rows,
                  note="按正文和各附件中最长的部分计（与篇幅上限的检查口径相同，Word“字数”口径）。"))

    crow = []
    for c in profile.get("length_limit", []):
        r = _q(conn, "SELECT count(*) AS n, sum(length_exempt) AS ex, "
                     "sum(CASE WHEN length_exempt = 0 AND max_part_chars > length_limit THEN 1 ELSE 0 END) AS over "
                     "FROM unique_documents WHERE length_class = ?", c["class"])[0]
        crow.append([c["class"], c["limit"], r["n"] or 0, r["ex"] or 0, r["over"] or 0])
    rep.add(Table("length_classes", "篇幅上限及超限情况", [
        ("class", "文件类别"), ("limit", "字数上限"), ("documents", "适用公文数"), ("exempt", "豁免（规划、纲要）"),
        ("over", "超限公文数")], crow, note=f"依据：{profile.get('length_basis', '')}。"))
    over = _q(conn, "SELECT id, path, title, doc_number, length_class, max_part_chars, length_limit FROM"
                    " unique_documents WHERE length_limit IS NOT NULL AND length_exempt = 0 AND"
                    " max_part_chars > length_limit ORDER BY max_part_chars - length_limit DESC, path")
    rep.add(Table("over_limit", "篇幅超限的公文", [
        ("id", "编号"), ("path", "文件"), ("title", "标题"), ("doc_number", "发文字号"), ("class", "文件类别"),
        ("chars", "字数"), ("limit", "上限"), ("excess", "超出")],
        [[r["id"], r["path"], r["title"], r["doc_number"], r["length_class"], r["max_part_chars"],
          r["length_limit"], r["max_part_chars"] - r["length_limit"]] for r in over]))


def _findings(conn, rep: Report, cfg: dict) -> None:
    rows = _q(conn, "SELECT f.code, max(f.name) AS name, "
                    "sum(f.severity = 'error') AS e, sum(f.severity = 'warning') AS w, sum(f.severity = 'info') AS i,"
                    " count(*) AS n, count(DISTINCT f.document_id) AS docs"
                    f" FROM findings f JOIN {CHECKED} d ON d.id = f.document_id"
                    " GROUP BY f.code ORDER BY n DESC, f.code")
    rep.add(Table("findings_by_rule", "各规则的问题数", [
        ("code", "规则"), ("label", "规则名称"), ("name", "英文名称"), ("errors", "错误"), ("warnings", "警告"),
        ("infos", "提示"), ("findings", "合计"), ("documents", "涉及公文数")],
        [[r["code"], rule_label(r["code"], r["name"]), r["name"], r["e"], r["w"], r["i"], r["n"], r["docs"]]
         for r in rows]))
    rows = _q(conn, "SELECT COALESCE(d.issuer, ?) AS issuer, count(*) AS docs,"
                    " sum(d.errors + d.warnings + d.infos > 0) AS with_f, sum(d.errors + d.warnings + d.infos) AS n,"
                    " sum(d.errors) AS e, sum(d.warnings) AS w, sum(d.infos) AS i"
                    f" FROM {CHECKED} d GROUP BY 1 ORDER BY n DESC, docs DESC, 1", UNKNOWN_ISSUER)
    rep.add(Table("findings_by_issuer", "各发文机关的问题数", [
        ("issuer", "发文机关"), ("documents", "公文数"), ("documents_with_findings", "有问题的公文"),
        ("findings", "问题数"), ("errors", "错误"), ("warnings", "警告"), ("infos", "提示"),
        ("per_document", "平均每份")],
        [[r["issuer"], r["docs"], r["with_f"], r["n"], r["e"], r["w"], r["i"],
          round(r["n"] / r["docs"], 2) if r["docs"] else 0] for r in rows]))
    rows = _q(conn, "SELECT COALESCE(d.issuer, ?) AS issuer, f.code, count(*) AS n FROM findings f"
                    f" JOIN {CHECKED} d ON d.id = f.document_id GROUP BY 1, 2 ORDER BY 1, 2", UNKNOWN_ISSUER)
    rep.add(Table("issuer_rule", "发文机关 × 规则", [("issuer", "发文机关"), ("code", "规则"), ("findings", "问题数")],
                  [[r["issuer"], r["code"], r["n"]] for r in rows]))


def _policy_sections(conn, rep: Report, profile: dict) -> None:
    months = profile.get("no_meeting_months", [])
    rows = _q(conn, "SELECT d.id, d.path, d.title, d.doc_number, f.line, f.page, f.excerpt, f.message"
                    " FROM findings f JOIN unique_documents d ON d.id = f.document_id WHERE f.code = 'GW201'"
                    " ORDER BY d.path, f.seq")
    mtext = "、".join(f"{m}月" for m in months) or "无"
    rep.add(Table("no_meeting_month", f"无会月（{mtext}）召开的会议（GW201）", [
        ("id", "编号"), ("path", "文件"), ("title", "标题"), ("doc_number", "发文字号"), ("line", "行"),
        ("page", "页"), ("excerpt", "摘录"), ("message", "说明")], [list(r) for r in rows],
        note=f"配置方案 {profile.get('name', '')} 的无会月：{mtext}。"))
    rows = _q(conn, "SELECT d.id, d.path, d.title, d.doc_number, d.measures,"
                    " max(CAST(json_extract(f.data, '$.measures') AS INTEGER)) AS m,"
                    " max(CAST(json_extract(f.data, '$.missing') AS INTEGER)) AS missing,"
                    " sum(CASE WHEN json_extract(f.data, '$.summary') THEN 0 ELSE 1 END) AS flagged"
                    " FROM findings f JOIN unique_documents d ON d.id = f.document_id WHERE f.code = 'GW102'"
                    " GROUP BY d.id ORDER BY missing DESC, flagged DESC, d.path")
    rep.add(Table("missing_responsibility", "未逐条明确责任单位的政策性文件（GW102）", [
        ("id", "编号"), ("path", "文件"), ("title", "标题"), ("doc_number", "发文字号"), ("measures", "措施条数"),
        ("missing", "未明确责任单位的条数")],
        [[r["id"], r["path"], r["title"], r["doc_number"], r["m"] if r["m"] is not None else r["measures"],
          r["missing"] if r["missing"] is not None else r["flagged"]] for r in rows]))


def _score_sql(cfg: dict) -> str:
    w = cfg.get("score_weights", {})
    return (f"({int(w.get('error', 3))} * errors + {int(w.get('warning', 1))} * warnings"
            f" + {int(w.get('info', 0))} * infos)")


def _worst(conn, rep: Report, cfg: dict) -> None:
    score = _score_sql(cfg)
    rows = _q(conn, f"SELECT id, path, title, doc_number, issuer, errors, warnings, infos, {score} AS score"
                    f" FROM {CHECKED} WHERE {score} > 0 ORDER BY score DESC, errors DESC, warnings DESC, path"
                    " LIMIT ?", int(cfg.get("worst_documents", 20)))
    rep.add(Table("worst_documents", "问题最多的公文", [
        ("rank", "排名"), ("id", "编号"), ("path", "文件"), ("title", "标题"), ("doc_number", "发文字号"),
        ("issuer", "发文机关"), ("errors", "错误"), ("warnings", "警告"), ("infos", "提示"), ("score", "得分")],
        [[k, r["id"], r["path"], r["title"], r["doc_number"], r["issuer"], r["errors"], r["warnings"], r["infos"],
          r["score"]] for k, r in enumerate(rows, 1)],
        note="得分 = " + " + ".join(f"{v}×{SEV_LABEL[k]}" for k, v in cfg.get("score_weights", {}).items() if v) + "。"))
    ids = [r["id"] for r in rows]
    frows = []
    for doc_id in ids:
        for f in _q(conn, "SELECT d.path, f.code, f.severity, f.line, f.col, f.page, f.excerpt, f.message FROM"
                          " findings f JOIN documents d ON d.id = f.document_id WHERE f.document_id = ? ORDER BY f.seq",
                    doc_id):
            frows.append([doc_id, f["path"], f["code"], f["severity"], f["line"], f["col"], f["page"], f["excerpt"],
                          f["message"]])
    rep.add(Table("worst_findings", "问题最多的公文：问题明细", [
        ("id", "编号"), ("path", "文件"), ("code", "规则"), ("severity", "级别"), ("line", "行"), ("column", "列"),
        ("page", "页"), ("excerpt", "摘录"), ("message", "说明")], frows))


def _problems(conn, rep: Report) -> None:
    rows = _q(conn, "SELECT path, error_kind, error FROM documents WHERE error IS NOT NULL ORDER BY path")
    rep.add(Table("errors", "无法检查的文件", [("path", "文件"), ("kind", "类型"), ("message", "说明")],
                  [[r["path"], ERROR_KIND_LABEL.get(r["error_kind"], r["error_kind"]), r["error"]] for r in rows]))
    rows = _q(conn, "SELECT path, notes FROM documents WHERE notes IS NOT NULL ORDER BY path") if _has_notes(conn) else []
    rep.add(Table("notes", "读取说明", [("path", "文件"), ("note", "说明")],
                  [[r["path"], note] for r in rows for note in json.loads(r["notes"])],
                  note="读取这些文件时所做的处理（如按 Big5 编码读取、无字节顺序标记的 UTF-16、删去空字符）。"
                       "文件已读取并检查，说明不计作问题；若内容看来不对，请核对原文件的编码。"))
    rows = _q(conn, "SELECT d.path, (SELECT min(o.path) FROM documents o WHERE o.content_hash = d.content_hash)"
                    " AS same FROM documents d WHERE d.id NOT IN (SELECT id FROM unique_documents) ORDER BY d.path")
    rep.add(Table("duplicates", "重复文件", [("path", "文件"), ("same_as", "内容与之相同的文件（计入统计）")],
                  [[r["path"], r["same"]] for r in rows],
                  note="内容完全相同（SHA-256 相同）的文件只统计一次，以路径排序最前的一份为准。"))


def _has_notes(conn) -> bool:
    """Whether the database keeps reader notes (schema version 2 on; a report reads older ones as they are)."""
    return any(c[1] == "notes" for c in conn.execute("PRAGMA table_info(documents)"))


def _runs(conn, rep: Report) -> None:
    rows = _q(conn, "SELECT * FROM runs ORDER BY id")
    status = {"complete": "完成", "running": "进行中", "interrupted": "中断"}
    rep.add(Table("runs", "审计运行记录", [
        ("id", "运行"), ("started_at", "开始"), ("finished_at", "结束"), ("status", "状态"), ("version", "gwlint 版本"),
        ("profile", "配置方案"), ("seen", "文件数"), ("linted", "检查"), ("unchanged", "未变化跳过"),
        ("reused", "重复复用"), ("failed", "超时或出错")],
        [[r["id"], local_time(r["started_at"]), local_time(r["finished_at"]), status.get(r["status"], r["status"]),
          r["gwlint_version"],
          r["profile"], r["files_seen"], r["files_linted"], r["files_unchanged"], r["files_reused"],
          r["files_failed"]] for r in rows]))


def _details(conn, rep: Report, cfg: dict) -> None:
    """Every file with its findings, by path (``detail_documents`` > 0 caps them: the listed ones first)."""
    cap = int(cfg.get("detail_documents", 0) or 0)
    docs = [dict(r) for r in _q(conn, "SELECT * FROM documents ORDER BY path")]
    if cap and len(docs) > cap:
        first: list[int] = []
        for name in ("worst_documents", "over_limit", "missing_responsibility", "no_meeting_month"):
            first += [i for i in rep.tables[name].column("id") if i not in first]
        rank = {i: k for k, i in enumerate(first)}
        keep = sorted(docs, key=lambda d: rank.get(d["id"], len(rank)))[:cap]
        ids = {d["id"] for d in keep}
        docs = [d for d in docs if d["id"] in ids]
    by_doc: dict[int, list[dict]] = {}
    for f in _q(conn, "SELECT * FROM findings ORDER BY document_id, seq"):
        by_doc.setdefault(f["document_id"], []).append(dict(f))
    same = {r[0]: r[1] for r in rep.tables["duplicates"].rows}
    for d in docs:
        d["findings"] = by_doc.get(d["id"], [])
        d["same_as"] = same.get(d["path"])
        rep.details.append(d)


def _common_root(paths: list[str]) -> str:
    if not paths:
        return ""
    try:
        root = os.path.commonpath(paths)
    except ValueError:
        return ""
    if len(paths) == 1:
        root = os.path.dirname(root)
    return root


# ---------------------------------------------------------------- JSON / CSV
def report_dict(rep: Report) -> dict:
    return {
        "generated_at": rep.generated_at, "gwlint_version": __version__, "db": rep.db, "profile": rep.profile,
        "tables": {n: {"title": t.title, "columns": [{"key": k, "label": lab} for k, lab in t.columns],
                       "rows": t.dicts(), "note": t.note} for n, t in rep.tables.items()},
    }


def write_json(rep: Report, out: str | Path, *, inputs: Iterable[str | Path] = ()) -> None:
    write_atomic(out, json.dumps(report_dict(rep), ensure_ascii=False, indent=1), inputs=inputs, what="报告")


# A cell that a spreadsheet would run as a formula (=, +, -, @, or a TAB/CR before one): OWASP's advice is
# a leading apostrophe, which Excel and WPS show as text.  Numbers (and our "+12.5%") stay as they are.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-][0-9]+(\.[0-9]+)?%?")


def csv_cell(v):
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(v):
        return "'" + v
    return v


def write_csv(rep: Report, out: str | Path, *, inputs: Iterable[str | Path] = ()) -> None:
    """One CSV file per table in folder ``out`` (created), header row in Chinese; each file whole or not at
    all, cells that a spreadsheet would run as formulas made inert."""
    d = Path(out)
    if d.exists() and not d.is_dir():
        raise OSError(20, "CSV 导出需要一个文件夹（每张表一个 .csv 文件）", str(d))
    d.mkdir(parents=True, exist_ok=True)
    for name, t in rep.tables.items():
        with AtomicOutput(d / f"{name}.csv", inputs=inputs, what="报告", newline="") as fh:
            fh.write("\ufeff")  # a BOM: Excel opens UTF-8 CSV as such only with one
            w = csv.writer(fh)
            w.writerow([csv_cell(lab) for _, lab in t.columns])
            w.writerows([[csv_cell(v) for v in r] for r in t.rows])


# ---------------------------------------------------------------- HTML
def write_html(rep: Report, out: str | Path, *, inputs: Iterable[str | Path] = ()) -> None:
    write_atomic(out, render_html(rep), inputs=inputs, what="报告")


def render_html(rep: Report) -> str:
    from .html import render

    return render(rep)

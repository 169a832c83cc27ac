"""The audit database: one SQLite file (stdlib ``sqlite3``), WAL mode.

Schema (version 2; ``PRAGMA user_version`` holds the version, ``MIGRATIONS``
upgrades older files in order, a newer file is refused; a report reads any
version from 1 as it is)::

    runs        one row per ``gwlint audit`` invocation
      id, started_at, finished_at (ISO 8601, UTC), status (running | complete |
      interrupted), pid, gwlint_version, profile (name), profile_json (the
      resolved profile: limits, targets, no-meeting months — the report reads
      these), config_source, config_fp (fingerprint of the effective config),
      roots (JSON list), jobs, files_seen, files_linted, files_unchanged,
      files_reused, files_failed, files_pruned

    documents   one row per file path (``path`` is absolute and unique; bytes of a file name that are not
                UTF-8 are stored as ``\\xNN``, see :func:`gwlint.safeio.storable`)
      id, path, content_hash (SHA-256 of the bytes), size, format (docx|pdf|txt),
      pages, paragraphs,
      issuer, issuer_kind, issuer_level, issuers (JSON list of all issuers),
      doc_number (发文字号 as written), doc_code (机关代字), doc_year, doc_serial,
      doc_type (文种), title, date (成文日期, ISO), char_count (字数, Word 口径),
      char_counts (JSON: 正文 then each attachment), max_part_chars (the part the
      length limit is checked on), length_class, length_limit, length_exempt,
      general_distribution (普发), forwarding (印发|转发|批转), measures,
      measures_with_units, responsible_units (JSON list),
      errors, warnings, infos (finding counts by severity),
      error (message when the file could not be checked), error_kind
      (unreadable | timeout | memory | crash | internal), log (what the linter printed,
      e.g. a rule that failed), lint_ms, gwlint_version, config_fp, run_id,
      notes (JSON list: what the reader had to do to read the file — read as
      Big5, UTF-16 without a byte-order mark, NULs removed; version 2)

    findings    one row per finding of a document (deleted with it)
      id, document_id, seq (order in the document), code, name, severity,
      message, line, col, end_line, end_col, page, paragraph, excerpt, basis,
      fix (JSON), data (JSON)

    unique_documents (view)   documents without duplicates, plus ``year``
      (the 发文字号 year, else the year of 成文日期).  Of the paths that share
      a content hash the smallest path stands for the document; the others are
      duplicates: they keep their own row (same results, copied, not linted
      again) so every path can be looked up, but reports count the document once.

Durability: every file is written in one transaction (its document row and
findings together).  With WAL and ``synchronous=NORMAL`` a committed
transaction survives the process being killed (SIGKILL); a power loss may
drop the last few commits but never leaves a half-written file.  A file is
"unchanged" — not linted again — when its path already has a row with the same
content hash, gwlint version and config fingerprint and the row is not a
timeout or a crashed worker (those are retried).
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..safeio import display_path, storable

SCHEMA_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    pid INTEGER,
    gwlint_version TEXT NOT NULL,
    profile TEXT,
    profile_json TEXT,
    config_source TEXT,
    config_fp TEXT NOT NULL,
    roots TEXT NOT NULL,
    jobs INTEGER,
    files_seen INTEGER, files_linted INTEGER, files_unchanged INTEGER,
    files_reused INTEGER, files_failed INTEGER, files_pruned INTEGER
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    format TEXT,
    pages INTEGER,
    paragraphs INTEGER,
    issuer TEXT,
    issuer_kind TEXT,
    issuer_level TEXT,
    issuers TEXT,
    doc_number TEXT,
    doc_code TEXT,
    doc_year INTEGER,
    doc_serial INTEGER,
    doc_type TEXT,
    title TEXT,
    date TEXT,
    char_count INTEGER,
    char_counts TEXT,
    max_part_chars INTEGER,
    length_class TEXT,
    length_limit INTEGER,
    length_exempt INTEGER,
    general_distribution INTEGER,
    forwarding TEXT,
    measures INTEGER,
    measures_with_units INTEGER,
    responsible_units TEXT,
    errors INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    infos INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    error_kind TEXT,
    log TEXT,
    lint_ms REAL,
    gwlint_version TEXT NOT NULL,
    config_fp TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id)
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER,
    page INTEGER, paragraph INTEGER,
    excerpt TEXT,
    basis TEXT,
    fix TEXT,
    data TEXT
);
CREATE INDEX findings_document ON findings(document_id);
CREATE INDEX findings_code ON findings(code);
CREATE VIEW unique_documents AS
    SELECT d.*, COALESCE(d.doc_year, CAST(substr(d.date, 1, 4) AS INTEGER)) AS year
    FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM documents o WHERE o.content_hash = d.content_hash AND o.path < d.path);
"""

# version 2: the reader's notes of each file (the view is made again so that ``d.*`` includes them).
# Version 1 stored a PDF/OFD without any text layer (no paragraph read, a GW002) as a checked document
# with one finding: it was not read, so it becomes what version 2 makes of it, an unreadable file.  Notes
# of rows written by version 1 are not known: a row gets them when its file is checked again.
SCHEMA_V2 = """
ALTER TABLE documents ADD COLUMN notes TEXT;
UPDATE documents SET error_kind = 'unreadable', error = (
    SELECT f.message FROM findings f WHERE f.document_id = documents.id AND f.code = 'GW002' ORDER BY f.seq LIMIT 1)
WHERE error IS NULL AND paragraphs = 0
    AND EXISTS (SELECT 1 FROM findings f WHERE f.document_id = documents.id AND f.code = 'GW002');
DROP VIEW unique_documents;
CREATE VIEW unique_documents AS
    SELECT d.*, COALESCE(d.doc_year, CAST(substr(d.date, 1, 4) AS INTEGER)) AS year
    FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM documents o WHERE o.content_hash = d.content_hash AND o.path < d.path);
"""

# MIGRATIONS[k] turns a version-k database into version k+1.  Append only.
MIGRATIONS: tuple[str, ...] = (SCHEMA_V1, SCHEMA_V2)
SCHEMA_VERSION = len(MIGRATIONS)

# Errors worth another try on the next run: the machine may have been busy.
TRANSIENT_ERRORS = ("timeout", "memory", "crash")

DOC_COLUMNS = (
    "path", "content_hash", "size", "format", "pages", "paragraphs", "issuer", "issuer_kind", "issuer_level",
    "issuers", "doc_number", "doc_code", "doc_year", "doc_serial", "doc_type", "title", "date", "char_count",
    "char_counts", "max_part_chars", "length_class", "length_limit", "length_exempt", "general_distribution",
    "forwarding", "measures", "measures_with_units", "responsible_units", "errors", "warnings", "infos", "error",
    "error_kind", "log", "lint_ms", "gwlint_version", "config_fp", "run_id", "notes",
)
FINDING_COLUMNS = ("seq", "code", "name", "severity", "message", "line", "col", "end_line", "end_col", "page",
                   "paragraph", "excerpt", "basis", "fix", "data")
_JSON_COLUMNS = ("issuers", "char_counts", "responsible_units", "notes")


class AuditError(Exception):
    """A problem with the audit database or its input: exit code 2 with this message."""


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


_OBJECTS = {"runs": "table", "documents": "table", "findings": "table", "unique_documents": "view"}


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, for writing, create or upgrade) an audit database.

    Nothing is written before the file is recognised: a foreign SQLite file, one from a newer gwlint or a
    damaged one is refused as it is (no WAL switch, no schema).  Damage is looked for up front
    (``PRAGMA quick_check``: about 0.5 s for a 120 MB database of 20,000 documents), so that a run never
    starts writing into a malformed file.
    """
    p = Path(path)
    shown = display_path(p)
    if readonly and not p.is_file():
        raise AuditError(f"审计数据库不存在：{shown}")
    conn = None
    try:
        if readonly:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(p, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")  # one snapshot: a schema committed meanwhile by another process is seen whole
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _recognise(conn, version, shown)
        except BaseException:
            _rollback(conn)
            raise
        conn.execute("COMMIT")
        if readonly and not version:
            raise AuditError(f"{shown} 不是 gwlint 审计数据库（尚未写入任何审计结果）。")
        if version:
            bad = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if bad != ["ok"]:
                raise AuditError(f"审计数据库 {shown} 已损坏（{'；'.join(bad)}）。"
                                 "请从备份恢复，或用 --db 换一个新的数据库文件重新审计。")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                migrate(conn)
    except AuditError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise AuditError(describe_db_error(exc, p, opening=True)) from None
    return conn


def _use_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch a recognised database to WAL.  The switch needs the file to itself and SQLite does not wait
    for it (no busy handler): when another process opens the same new database at the same moment, retry."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _recognise(conn: sqlite3.Connection, version: int, shown: str) -> None:
    """Refuse, by reading only, a file that is not an audit database this gwlint can write."""
    _check_version(version)
    objects = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM sqlite_master")}
    if version == 0 and objects:
        raise AuditError(f"{shown} 是 SQLite 数据库，但不是 gwlint 审计数据库（结构版本为 0 且已有其他表），"
                         "未作任何改动。请用 --db 指定其他文件。")
    missing = [name for name, kind in _OBJECTS.items() if version and objects.get(name) != kind]
    if missing:
        raise AuditError(f"审计数据库 {shown} 已损坏：缺少 {'、'.join(missing)}。"
                         "请从备份恢复，或用 --db 换一个新的数据库文件重新审计。")


def describe_db_error(exc: sqlite3.Error, path: str | Path, *, opening: bool = False) -> str:
    """A Chinese message for an SQLite error on the audit database, saying what to do."""
    shown = display_path(path)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == 13 or "disk is full" in text:  # SQLITE_FULL
        return (f"审计数据库 {shown} 写入失败：磁盘空间不足。已完成的文件都已保存；"
                "释放空间后重新运行同一命令即可接着审计。")
    if primary in (11, 26) or "malformed" in text or "not a database" in text:  # SQLITE_CORRUPT, SQLITE_NOTADB
        what = "无法打开审计数据库" if opening else "审计数据库"
        return (f"{what} {shown}：{text}（不是 gwlint 审计数据库或文件已损坏）。"
                "请从备份恢复，或用 --db 换一个新的数据库文件重新审计。")
    if primary == 8:  # SQLITE_READONLY
        return f"审计数据库 {shown} 只读，无法写入（{text}）。"
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return f"审计数据库 {shown} 正被其他程序占用（{text}），请稍后再试。"
    if opening:
        return f"无法打开审计数据库 {shown}：{text}（不是 gwlint 审计数据库或文件已损坏）"
    return f"读写审计数据库 {shown} 时出错：{text}。已完成的文件都已保存，问题解决后重新运行即可接着审计。"


def _check_version(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise AuditError(f"审计数据库由更新版本的 gwlint 创建（结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
                         "请升级 gwlint。")


def _statements(script: str) -> Iterable[str]:
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()


def migrate(conn: sqlite3.Connection) -> None:
    """Create or upgrade the schema in one write transaction that re-reads the version under the lock, so
    two processes opening a new database at once both succeed (the second finds the schema made)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        _check_version(version)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise AuditError("该文件是 SQLite 数据库，但不是 gwlint 审计数据库（user_version 为 0 且已有表）。")
        for k in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[k]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {k + 1}")
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back what is open; SQLite may have done so itself (a full disk), and the error that got us here
    is the one to report."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


@dataclass
class Current:
    id: int
    content_hash: str
    gwlint_version: str
    config_fp: str
    error_kind: str | None


class Store:
    """Writes of one audit run.  Every public write is one transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------ runs
    def begin_run(self, *, version: str, profile: str, profile_json: dict, config_source: str | None,
                  config_fp: str, roots: Iterable[str], jobs: int) -> int:
        with self._tx():
            # a run left 'running' by a process that no longer exists was killed
            for row in self.conn.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _alive(row["pid"]):
                    self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],))
            cur = self.conn.execute(
                "INSERT INTO runs (started_at, status, pid, gwlint_version, profile, profile_json, config_source,"
                " config_fp, roots, jobs) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)",
                (now_iso(), os.getpid(), version, profile, storable(json.dumps(profile_json, ensure_ascii=False)),
                 config_source and storable(config_source), config_fp,
                 storable(json.dumps(list(roots), ensure_ascii=False)), jobs))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        cols = ", ".join(f"{k} = ?" for k in counts)
        with self._tx():
            self.conn.execute(f"UPDATE runs SET finished_at = ?, status = ?{', ' + cols if cols else ''} WHERE id = ?",
                              (now_iso(), status, *counts.values(), run_id))

    # ------------------------------------------------------------ documents
    def current(self, path: str) -> Current | None:
        row = self.conn.execute("SELECT id, content_hash, gwlint_version, config_fp, error_kind FROM documents"
                                " WHERE path = ?", (storable(path),)).fetchone()
        return Current(**dict(row)) if row else None

    def failure(self, path: str) -> sqlite3.Row | None:
        """The stored row of ``path`` when it records a failure (error_kind set), with its log."""
        return self.conn.execute("SELECT content_hash, gwlint_version, config_fp, error_kind, log FROM documents"
                                 " WHERE path = ? AND error_kind IS NOT NULL", (storable(path),)).fetchone()

    def is_unchanged(self, path: str, content_hash: str, version: str, config_fp: str) -> bool:
        cur = self.current(path)
        return (cur is not None and cur.content_hash == content_hash and cur.gwlint_version == version
                and cur.config_fp == config_fp and cur.error_kind not in TRANSIENT_ERRORS)

    def reusable(self, content_hash: str, version: str, config_fp: str, path: str) -> int | None:
        """A document at another path with the same content, linted the same way."""
        placeholders = ", ".join("?" for _ in TRANSIENT_ERRORS)
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND gwlint_version = ? AND config_fp = ? AND path != ?"
            f" AND (error_kind IS NULL OR error_kind NOT IN ({placeholders})) ORDER BY path LIMIT 1",
            (content_hash, version, config_fp, storable(path), *TRANSIENT_ERRORS)).fetchone()
        return int(row["id"]) if row else None

    def save(self, record: dict[str, Any], run_id: int) -> int:
        """Store one file's record (document fields and ``findings``), replacing its old row."""
        values = []
        for col in DOC_COLUMNS:
            v = run_id if col == "run_id" else record.get(col)
            if col in _JSON_COLUMNS and v is not None and not isinstance(v, str):
                v = json.dumps(v, ensure_ascii=False)
            values.append(storable(v) if isinstance(v, str) else v)
        with self._tx():
            self.conn.execute("DELETE FROM documents WHERE path = ?", (storable(record["path"]),))
            cur = self.conn.execute(
                f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join('?' for _ in DOC_COLUMNS)})",
                values)
            doc_id = int(cur.lastrowid)
            rows = []
            for seq, f in enumerate(record.get("findings", ()), 1):
                row = [doc_id, seq]
                for col in FINDING_COLUMNS[1:]:
                    v = f.get(col)
                    if col in ("fix", "data") and v is not None:
                        v = json.dumps(v, ensure_ascii=False, sort_keys=True)
                    row.append(storable(v) if isinstance(v, str) else v)
                rows.append(row)
            if rows:
                self.conn.executemany(
                    f"INSERT INTO findings (document_id, {', '.join(FINDING_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in range(len(FINDING_COLUMNS) + 1))})", rows)
        return doc_id

    def copy(self, source_id: int, path: str, run_id: int) -> int:
        """Give ``path`` the stored results of an identical file (a duplicate)."""
        path = storable(path)
        cols = [c for c in DOC_COLUMNS if c not in ("path", "run_id")]
        fcols = ", ".join(FINDING_COLUMNS)
        with self._tx():
            self.conn.execute("DELETE FROM documents WHERE path = ?", (path,))
            cur = self.conn.execute(
                f"INSERT INTO documents (path, run_id, {', '.join(cols)}) "
                f"SELECT ?, ?, {', '.join(cols)} FROM documents WHERE id = ?", (path, run_id, source_id))
            doc_id = int(cur.lastrowid)
            self.conn.execute(f"INSERT INTO findings (document_id, {fcols}) SELECT ?, {fcols} FROM findings"
                              " WHERE document_id = ? ORDER BY seq", (doc_id, source_id))
        return doc_id

    def prune(self, roots: Iterable[str], seen: set[str]) -> int:
        """Delete rows of files under ``roots`` that no longer exist there."""
        roots = [storable(r).rstrip("/") for r in roots]
        seen = {storable(p) for p in seen}
        gone = []
        for row in self.conn.execute("SELECT path FROM documents"):
            p = row["path"]
            if p not in seen and any(p == r or p.startswith(r + "/") for r in roots):
                gone.append(p)
        with self._tx():
            self.conn.executemany("DELETE FROM documents WHERE path = ?", [(p,) for p in gone])
        return len(gone)

    # ------------------------------------------------------------ helpers
    def _tx(self) -> "_Transaction":
        return _Transaction(self.conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            _rollback(self.conn)


def _alive(pid: int | None) -> bool:
    if not pid or pid == os.getpid():
        return False  # a reused pid: this process is the new run
    if os.name == "nt":
        return True  # os.kill(pid, 0) would terminate it there; leave the status alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True

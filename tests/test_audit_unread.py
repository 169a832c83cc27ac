"""gwlint audit: a file that was not read (an all-scanned PDF as much as a corrupt .docx) is counted
under 无法读取 and not as a document with findings; what a reader had to do to read a file (Big5,
UTF-16 without a byte-order mark, a font map) is stored and shown in the report; a database of the
first schema is still reported on and upgraded."""
from __future__ import annotations

import json
import sqlite3

import pytest

from gwlint.audit import store

from . import badcorpus
from .conftest import REPO, run_cli
from .test_read_notes import BODY, TRAD

SAMPLES = REPO / "sample_docs"


def _folder(root):
    root.mkdir()
    (root / "scan.pdf").write_bytes(badcorpus.scanned_pdf(set(), 2))
    (root / "cid.pdf").write_bytes(badcorpus.cid_only_pdf())
    (root / "truncated.docx").write_bytes((SAMPLES / "dept-directive.docx").read_bytes()[:700])
    (root / "big5.txt").write_bytes(TRAD.encode("big5"))
    (root / "utf16.txt").write_bytes(BODY.encode("utf-16-le"))
    (root / "nul.txt").write_bytes(TRAD.replace("通知", "通\0知").encode("utf-8"))
    (root / "good.txt").write_bytes((SAMPLES / "issue-policy-notice.txt").read_bytes())
    return root


def _audit(folder, db):
    r = run_cli("audit", str(folder), "--db", str(db), "--jobs", "1")
    assert r.returncode == 0, r.stderr.decode()
    return r


def _report(db, out):
    r = run_cli("audit", "report", "--db", str(db), "-o", str(out), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(out.read_text(encoding="utf-8"))["tables"]


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit-unread")
    folder = _folder(root / "docs")
    db = root / "a.sqlite"
    r = _audit(folder, db)
    return root, folder, db, r


def test_unread_pdfs_are_unreadable_not_documents_with_a_finding(audited):
    root, folder, db, _ = audited
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {r["path"]: r for r in conn.execute("SELECT * FROM documents")}
    for name, code in (("scan.pdf", "GW002"), ("cid.pdf", "GW002"), ("truncated.docx", "GW001")):
        row = rows[str(folder / name)]
        assert row["error_kind"] == "unreadable" and row["error"], name
        # the finding is kept with the file (the details list it), but counts as no document's problem
        assert [f[0] for f in conn.execute("SELECT code FROM findings WHERE document_id = ?", (row["id"],))] == [code]
    assert rows[str(folder / "good.txt")]["error"] is None
    tables = _report(db, root / "r.json")
    summary = {r["key"]: r["value"] for r in tables["summary"]["rows"]}
    assert summary["unreadable"] == 3
    checked = [r for r in rows.values() if r["error"] is None]
    assert summary["findings"] == sum(r["errors"] + r["warnings"] + r["infos"] for r in checked)
    assert summary["documents_with_findings"] == sum(1 for r in checked if r["errors"] + r["warnings"] + r["infos"])
    # stray NULs are a GW001 warning of a file that was read and checked: that one counts
    nul = rows[str(folder / "nul.txt")]
    assert nul["error"] is None and nul["warnings"] == 1
    by_rule = {r["code"]: r["findings"] for r in tables["findings_by_rule"]["rows"]}
    assert "GW002" not in by_rule and by_rule["GW001"] == 1
    assert {r["path"] for r in tables["errors"]["rows"]} == {str(folder / n) for n in ("scan.pdf", "cid.pdf",
                                                                                          "truncated.docx")}
    assert str(folder / "scan.pdf") not in {r.get("path") for r in tables["worst_documents"]["rows"]}


def test_reader_notes_are_stored_and_reported(audited):
    root, folder, db, _ = audited
    conn = sqlite3.connect(db)
    notes = {p: json.loads(n) for p, n in conn.execute("SELECT path, notes FROM documents WHERE notes IS NOT NULL")}
    assert set(notes) == {str(folder / n) for n in ("big5.txt", "utf16.txt", "cid.pdf")}
    assert any("Big5" in n for n in notes[str(folder / "big5.txt")])
    assert any("UTF-16" in n for n in notes[str(folder / "utf16.txt")])
    assert any("字符映射" in n for n in notes[str(folder / "cid.pdf")])  # kept with a file not read, too
    assert str(folder / "good.txt") not in notes
    tables = _report(db, root / "notes.json")
    shown = {(r["path"], r["note"]) for r in tables["notes"]["rows"]}
    assert {p for p, _ in shown} == set(notes)
    assert shown == {(p, n) for p, ns in notes.items() for n in ns}
    r = run_cli("audit", "report", "--db", str(db), "-o", str(root / "r.html"))
    assert r.returncode == 0, r.stderr.decode()
    html = (root / "r.html").read_text(encoding="utf-8")
    assert "读取说明" in html and all(n in html for ns in notes.values() for n in ns if "<" not in n)


def test_first_schema_database_is_reported_and_upgraded(tmp_path):
    db = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(store.MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO runs (started_at, status, gwlint_version, config_fp, roots) VALUES"
                 " ('2026-01-01T00:00:00+00:00', 'complete', '0.0', 'x', '[]')")
    conn.execute("INSERT INTO documents (path, content_hash, size, errors, warnings, infos, gwlint_version, config_fp,"
                 " run_id) VALUES ('/old/a.txt', 'h', 3, 1, 0, 0, '0.0', 'x', 1)")
    conn.execute("INSERT INTO findings (document_id, seq, code, severity, message) VALUES (1, 1, 'GW101', 'error', 'm')")
    # a scanned PDF as version 1 stored it: no paragraph read, one GW002, no error
    conn.execute("INSERT INTO documents (path, content_hash, size, format, pages, paragraphs, errors, warnings, infos,"
                 " gwlint_version, config_fp, run_id) VALUES ('/old/scan.pdf', 's', 9, 'pdf', 2, 0, 1, 0, 0, '0.0', 'x', 1)")
    conn.execute("INSERT INTO findings (document_id, seq, code, severity, message, page) VALUES"
                 " (2, 1, 'GW002', 'error', 'PDF 没有可提取的文字层（可能是扫描件），无法检查。', 1)")
    conn.commit()
    conn.close()
    tables = _report(db, tmp_path / "old.json")  # read as it is, not upgraded by a report
    summary = {r["key"]: r["value"] for r in tables["summary"]["rows"]}
    # version 1 as it was recorded (the scan's GW002 among the findings), no notes
    assert tables["notes"]["rows"] == [] and summary["unreadable"] == 0 and summary["findings"] == 2
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 1
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "big5.txt").write_bytes(TRAD.encode("big5"))
    _audit(folder, db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION >= 2
    assert conn.execute("SELECT notes FROM documents WHERE path = ?", (str(folder / "big5.txt"),)).fetchone()[0]
    assert conn.execute("SELECT count(*) FROM documents WHERE path = '/old/a.txt'").fetchone()[0] == 1
    assert [r[0] for r in conn.execute("SELECT path FROM unique_documents ORDER BY path")] == [
        "/old/a.txt", "/old/scan.pdf", str(folder / "big5.txt")]
    # the old scan is what version 2 records for one: unreadable, its finding kept with it
    assert conn.execute("SELECT error_kind, error FROM documents WHERE path = '/old/scan.pdf'").fetchone() == (
        "unreadable", "PDF 没有可提取的文字层（可能是扫描件），无法检查。")
    summary = {r["key"]: r["value"] for r in _report(db, tmp_path / "new.json")["summary"]["rows"]}
    read = conn.execute("SELECT sum(errors + warnings + infos) FROM documents WHERE error IS NULL").fetchone()[0]
    assert summary["unreadable"] == 1 and summary["findings"] == read
    assert conn.execute("SELECT errors FROM documents WHERE path = '/old/a.txt'").fetchone()[0] == 1  # kept

"""Round 13 (h13b): bad inputs of classes earlier rounds left open (tests/hostile_gen.py builds them).

Invisible format characters inside words are read through (the rules see the text without them, findings point at
the original); connection floods on ``gwlint serve``; files that vanish or turn unreadable between listing and
reading in a batch; and new hostile inputs on every entry point.  Time bounds are generous guards, not measurements."""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from . import hostile_gen

ROOT = Path(__file__).resolve().parents[1]


def gwlint(*args, cwd=None, timeout=180):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "gwlint", *map(str, args)], capture_output=True, cwd=cwd,
                          env=env, timeout=timeout)


def _docx(text: str) -> bytes:
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    buf = io.BytesIO()
    write_docx(parse_marked(text), buf)
    return buf.getvalue()


# ---------------------------------------------------------------- invisible characters: linted through

def _rendered(ch: str, fmt: str) -> bytes:
    text = hostile_gen.invisible_draft(ch)
    if fmt == "txt":
        return text.encode()
    if fmt == "docx":
        return _docx(text)
    return hostile_gen.invisible_pdf(ch)


@pytest.fixture(params=["pdfplumber", "pdfium"])
def engine(request):
    from gwlint.readers import set_pdf_engine

    previous = set_pdf_engine(request.param)
    yield request.param
    set_pdf_engine(previous)


# and a combining mark after an ideograph (a chat app's underline): no Chinese character takes one
@pytest.mark.parametrize("ch", [*hostile_gen.INVISIBLE_CHARS, "\u0332"], ids=lambda c: f"U+{ord(c):04X}")
# the PDF engine matters for PDFs only: both are tried there
@pytest.mark.parametrize("fmt, engine", [("txt", "pdfplumber"), ("docx", "pdfplumber"), ("pdf", "pdfplumber"),
                                         ("pdf", "pdfium")], indirect=["engine"])
def test_words_split_by_invisible_characters_are_linted_through_them(ch, fmt, engine):
    import gwlint as api

    result = api.lint_bytes(_rendered(ch, fmt), "a." + fmt, limits=None)
    by_code = {f.code: f for f in result.findings}
    assert result.error is None
    # 截<ch>止 and 的<ch>的 are read as 截止 and 的的, and the findings quote and point at the text as written
    typo, twice = by_code["GW803"], by_code["GW806"]
    assert (typo.line, typo.column, typo.end_column, typo.excerpt) == (3, 11, 11 + 2 + len(ch), f"截{ch}止")
    assert twice.excerpt == f"的{ch}的"
    warned = [f for f in result.findings if f.code == "GW001"]
    assert len(warned) == 1 and warned[0].severity == "warning"
    assert "第 3 行" in warned[0].message and "已按删去这些字符后的文字检查" in warned[0].message


@pytest.mark.parametrize("ch", ["\u200b", "\u202e", "\U000e0041"], ids=lambda c: f"U+{ord(c):04X}")
def test_fixes_through_invisible_characters_edit_the_right_characters(tmp_path, ch):
    draft = tmp_path / "草稿.txt"
    draft.write_text(hostile_gen.invisible_draft(ch), encoding="utf-8")
    proc = gwlint("check", "--fix", "--unsafe-fixes", draft.name, cwd=tmp_path)
    assert b"Traceback" not in proc.stderr
    line = draft.read_text(encoding="utf-8").splitlines()[2]
    # 截<ch>止 → 截至 (the edit spans the invisible character); one 的 of 的<ch>的 deleted, nothing else touched
    assert line.replace(ch, "") == "请于3月20日前报送截至3月15日的工作进展。", line
    assert line.startswith("请于3月20日前报送截至3月15日")


def test_word_comments_anchor_on_the_text_around_the_invisible_character():
    import gwlint as api
    from gwlint.annotate import annotate_bytes

    data = _docx(hostile_gen.invisible_draft("\u200d"))
    result = api.lint_bytes(data, "a.docx")
    out = io.BytesIO()
    annotate_bytes(data, result.findings, out, filename="a.docx")
    xml = zipfile.ZipFile(io.BytesIO(out.getvalue())).read("word/document.xml").decode()
    # the comment on GW803 spans exactly 截<ZWJ>止
    typo = [f for f in result.findings if f.code == "GW803"]
    assert typo
    start = xml.index("截\u200d止")
    before = xml[:start]
    assert before.rfind("<w:commentRangeStart") > before.rfind("</w:t>")
    assert xml[start + 3:].lstrip().startswith("</w:t></w:r><w:commentRangeEnd")


# Three drafts of other issuers and shapes (a county's burden, a heading behind a BOM, a long order split by soft
# hyphens and joiners): the findings with invisible characters sprinkled through the text are the findings of the
# clean text, at the same places.
SPRINKLED = [
    ("县政府办公室", "某县人民政府办公室关于报送农村人居环境整治台账的通知\n各乡（镇）人民政府：\n"
     "请各乡（镇）于每月5日前将上月整治台账报送县农业农村局，截止3月底未报送的予以通报。\n"
     "某县人民政府办公室\n2026年3月2日\n"),
    ("设区市发改委", "某市发展和改革委员会关于做好2026年重点项目调度工作的通知\n各县（市、区）发展改革委：\n"
     "一、加强调度\n各地要建立项目调度机制，每周一报送项目进展，每月底报送投资完成情况，的的确保数据真实。\n"
     "二、强化督导\n市发展改革委将对进度滞后的项目进行督导，并将结果纳入年度考核。\n"
     "某市发展和改革委员会\n2026年3月2日\n"),
    ("自治区厅", "自治区林业和草原局关于开展草原防火检查的通知\n各盟市林业和草原局：\n"
     "为切实做好春季草原防火工作，请各盟市于4月10日前组织开展一次全面检查，并将检查情况书面报送自治区林业和草原局，"
     "检查中发现的问题要建立台账、限期整改、逐项销号，确保各项防火措施落实到位，坚决防止发生重特大草原火灾。\n"
     "自治区林业和草原局\n2026年3月12日\n"),
]


@pytest.mark.parametrize("issuer, text", SPRINKLED, ids=[s[0] for s in SPRINKLED])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_findings_are_the_same_with_invisible_characters_sprinkled_through(issuer, text, fmt):
    import gwlint as api
    from gwlint.visible import INVISIBLE

    rnd = random.Random(issuer)
    noisy = "".join(c + (rnd.choice(hostile_gen.INVISIBLE_CHARS) if c != "\n" and rnd.random() < 0.2 else "")
                    for c in text)
    noisy = noisy.replace("\n二、", "\n\ufeff二、")  # a BOM before a heading (two files joined)

    def lint(t: str):
        data = t.encode() if fmt == "txt" else _docx(t)
        return api.lint_bytes(data, "a." + fmt).findings

    clean = [(f.code, f.line, f.excerpt) for f in lint(text)]
    seen = lint(noisy)
    assert clean and any(f.code == "GW001" and "看不见的格式字符" in f.message for f in seen)
    got = [(f.code, f.line, INVISIBLE.sub("", f.excerpt)) for f in seen if not (f.code == "GW001" and f.line == 1
                                                                               and "看不见" in f.message)]
    trunc = {(c, ln, e.rstrip("…")[:30]) for c, ln, e in clean}
    assert {(c, ln, e.rstrip("…")[:30]) for c, ln, e in got} == trunc
    if fmt == "txt":  # each location, in the file's own lines, holds the quoted text
        lines = noisy.split("\n")
        for f in seen:
            if f.excerpt and not f.excerpt.endswith("…"):
                assert lines[f.line - 1][f.column - 1:f.end_column - 1] == f.excerpt


def test_a_glyph_variant_after_an_ideograph_is_read_through_but_not_warned_about():
    import gwlint as api

    # 葛<U+E0100>: a name's glyph variant chosen on purpose; 截<U+E0100>止 would not be one, but is still read through
    text = hostile_gen.invisible_draft("").replace("工作进展。", "工作进展，联系人葛\U000e0100某某。")
    result = api.lint_bytes(text.encode(), "a.txt")
    assert "GW001" not in {f.code for f in result.findings}
    assert "GW803" in {f.code for f in result.findings}
    assert "GW001" in {f.code for f in api.lint_bytes(text.replace("葛\U000e0100", "葛\u200b").encode(), "a.txt").findings}


# ---------------------------------------------------------------- files that cannot be read when their turn comes

BURDEN = ("江西省林业局关于报送春季防火进展的通知\n各设区市林业局:\n请于3月20日前报送截止3月15日的的工作进展。\n"
          "江西省林业局\n2026年2月10日\n")


def _batch_tree(root: Path) -> tuple[dict[str, Path], list[Path]]:
    """The file-system oddities of hostile_gen, read errors only /proc gives a root user (EIO on /proc/self/mem,
    EINVAL on a write-only file), and good drafts around them.  (special name → path, good files)."""
    made = hostile_gen.make_specials(root)
    good = [made.pop("good"), made.pop("control_name"), made.pop("gbk_name")]
    del made["dir_named_docx"]  # inside a tree, a folder named x.docx is a folder: walked, not read
    if os.geteuid() == 0:  # root reads a file without permissions: it is a good one then
        good.append(made.pop("unreadable"))
    (root / "burden.txt").write_text(BURDEN, encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "burden.docx").write_bytes(_docx(BURDEN))
    good += [root / "burden.txt", root / "sub" / "burden.docx"]
    if os.path.exists("/proc/self/clear_refs"):
        os.symlink("/proc/self/mem", root / "mem.txt")
        os.symlink("/proc/self/clear_refs", root / "refs.txt")
        made["eio"], made["einval"] = root / "mem.txt", root / "refs.txt"
    made["symlink_pair_b"] = root / "b.pdf"
    return made, good


def _english_left(message: str) -> list[str]:
    """English words of a message outside the brackets that carry the system's own text."""
    import re

    return [w for w in re.findall(r"[A-Za-z]{4,}", re.sub(r"（[^（）]*）", "", message)) if w != "gwlint"]


def test_a_batch_reports_every_file_it_could_not_read_and_keeps_the_others(tmp_path):
    made, good = _batch_tree(tmp_path / "tree")
    proc = gwlint("check", "--format", "json", "-j", "2", "tree", cwd=tmp_path, timeout=600)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    found = json.loads(proc.stdout.decode("utf-8"))
    by_path: dict[str, list[dict]] = {}
    for f in found:
        by_path.setdefault(f["path"], []).append(f)
    for name, p in made.items():
        rel = os.path.relpath(p, tmp_path)
        got = by_path.get(rel)
        assert got and [f["code"] for f in got] == ["GW001"] and got[0]["severity"] == "error", (name, got)
        assert not _english_left(got[0]["message"]), (name, got[0]["message"])
    # the good files: the findings they have when checked alone
    for p in good:
        rel = os.path.relpath(p, tmp_path)
        alone = json.loads(gwlint("check", "--format", "json", rel, cwd=tmp_path).stdout.decode("utf-8"))
        assert sorted((f["code"], f["location"]["line"]) for f in by_path.get(rel, [])) == \
            sorted((f["code"], f["location"]["line"]) for f in alone), rel
    assert {"GW803", "GW806"} <= {f["code"] for f in by_path[os.path.join("tree", "burden.txt")]}


def test_an_audit_records_every_file_it_could_not_read_and_keeps_the_others(tmp_path):
    import sqlite3

    made, good = _batch_tree(tmp_path / "tree")
    proc = gwlint("audit", "run", "-j", "2", "--db", "a.sqlite", "tree", cwd=tmp_path, timeout=600)
    assert proc.returncode in (0, 1) and b"Traceback" not in proc.stderr, proc.stderr[-2000:]
    with sqlite3.connect(tmp_path / "a.sqlite") as db:
        rows = {r[0]: r[1:] for r in db.execute("select path, error_kind, error, errors from documents")}
    for name, p in made.items():
        kind, error, errors = rows[str(p)]
        assert kind == "unreadable" and errors == 1, (name, rows[str(p)])
        assert not _english_left(error), (name, error)
    read = {path for path, (kind, error, _) in rows.items() if kind is None and error is None}
    assert len(read) == len(good)  # a name that is not UTF-8 is stored escaped: counted, not looked up
    assert {str(p) for p in good if "\\udc" not in ascii(str(p))} <= read


def test_a_path_that_turned_into_a_folder_or_vanished_is_told_in_chinese(tmp_path):
    # what the reader meets when a listed file was replaced by a folder, or removed, before its turn
    (tmp_path / "a.docx").mkdir()
    from gwlint.model import ReadError
    from gwlint.readers import read_path

    with pytest.raises(ReadError) as folder:
        read_path(tmp_path / "a.docx")
    assert "文件夹" in folder.value.message
    with pytest.raises(ReadError) as gone:
        read_path(tmp_path / "gone.docx")
    assert "不存在" in gone.value.message and "移走或删除" in gone.value.message


# ---------------------------------------------------------------- round-13 inputs on every entry point

R13_UNREAD = {"r13_case_twin.docx": "名称只差大小写或斜杠", "r13_slash_twin.docx": "名称只差大小写或斜杠",
              "r13_case_twin.ofd": "名称只差大小写或斜杠", "dup_entry.docx": "两个部件同名",
              "r13_onechar_100k.docx": "逐字断开", "r13_onechar_100k.txt": "逐字断开",
              "r13_pages_10k.pdf": "超过 2000 页"}
R13_READ = {"r13_all_in_table.docx": {"GW803", "GW806"}, "r13_mixed_eol.txt": {"GW704", "GW803", "GW806"}}


@pytest.mark.parametrize("name", sorted(R13_UNREAD))
def test_round13_inputs_that_cannot_be_checked_get_one_chinese_gw001(name):
    import gwlint as api

    result = api.lint_bytes(hostile_gen.case(name), name)
    assert [f.code for f in result.findings] == ["GW001"] and R13_UNREAD[name] in result.error


@pytest.mark.parametrize("name", sorted(R13_READ))
def test_round13_inputs_that_are_drafts_are_checked(name):
    import gwlint as api

    result = api.lint_bytes(hostile_gen.case(name), name)
    assert result.error is None and R13_READ[name] <= {f.code for f in result.findings}
    # the 公文 laid out in a table is read as one: its 成文日期 is found (no GW708 for a missing date)
    assert "GW708" not in {f.code for f in result.findings}


@pytest.fixture(scope="module")
def r13_tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("r13")
    for name in [*R13_UNREAD, *R13_READ]:
        (root / "in" / name).parent.mkdir(exist_ok=True)
        (root / "in" / name).write_bytes(hostile_gen.case(name))
    return root


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "concise", "github", "full"])
def test_round13_inputs_in_a_batch_in_every_format(r13_tree, fmt):
    proc = gwlint("check", "--format", fmt, "-j", "2", "in", cwd=r13_tree, timeout=600)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    for name in R13_UNREAD:
        assert name in out and R13_UNREAD[name] in out, (fmt, name)
    if fmt == "json":
        found = json.loads(out)
        for name, codes in R13_READ.items():
            assert codes <= {f["code"] for f in found if f["path"].endswith(name)}


def test_round13_inputs_in_an_audit(r13_tree):
    import sqlite3

    proc = gwlint("audit", "run", "-j", "2", "--db", "a.sqlite", "in", cwd=r13_tree, timeout=600)
    assert b"Traceback" not in proc.stderr, proc.stderr[-2000:]
    with sqlite3.connect(r13_tree / "a.sqlite") as db:
        rows = {os.path.basename(r[0]): r[1:] for r in db.execute("select path, error_kind, error from documents")}
    for name, needle in R13_UNREAD.items():
        assert rows[name][0] == "unreadable" and needle in rows[name][1], (name, rows[name])
    for name in R13_READ:
        assert rows[name] == (None, None)


def test_round13_docx_inputs_get_word_comments_or_no_copy(r13_tree, tmp_path):
    proc = gwlint("check", "in/r13_all_in_table.docx", "--annotate", tmp_path / "批注.docx", cwd=r13_tree)
    assert proc.returncode == 1 and (tmp_path / "批注.docx").exists()
    xml = zipfile.ZipFile(tmp_path / "批注.docx").read("word/comments.xml").decode()
    assert "截至" in xml
    proc = gwlint("check", "in/r13_case_twin.docx", "--annotate", tmp_path / "双名.docx", cwd=r13_tree)
    assert proc.returncode == 1 and not (tmp_path / "双名.docx").exists() and b"Traceback" not in proc.stderr
    assert "名称只差大小写或斜杠" in (proc.stdout + proc.stderr).decode("utf-8")


def test_round13_inputs_through_serve():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from gwlint.config import Config
    from gwlint.serve.app import Settings, create_app

    with TestClient(create_app(Settings(workers=1, config=Config()))) as client:
        for name, needle in R13_UNREAD.items():
            r = client.post(f"/v1/check?filename={name}", content=hostile_gen.case(name))
            body = r.json()
            assert r.status_code == 200 and needle in body["error"], (name, body)
            assert [f["code"] for f in body["findings"]] == ["GW001"]
        r = client.post("/v1/annotate?filename=a.docx", content=hostile_gen.case("r13_case_twin.docx"))
        assert r.status_code != 200 or not r.content.startswith(b"PK")
        assert "名称只差大小写或斜杠" in r.text


def test_an_audit_does_not_follow_a_link_out_of_the_folders_it_was_given(tmp_path):
    import sqlite3

    (tmp_path / "tree").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "私人.txt").write_text(BURDEN, encoding="utf-8")
    (tmp_path / "tree" / "draft.txt").write_text(BURDEN, encoding="utf-8")
    os.symlink(tmp_path / "elsewhere" / "私人.txt", tmp_path / "tree" / "planted.txt")
    os.symlink("draft.txt", tmp_path / "tree" / "inside.txt")
    os.symlink(tmp_path / "elsewhere", tmp_path / "tree" / "shared")

    def audit(*roots: str) -> dict:
        db = tmp_path / f"{len(roots)}.sqlite"
        proc = gwlint("audit", "run", "-j", "2", "--db", db, *roots, cwd=tmp_path, timeout=600)
        assert b"Traceback" not in proc.stderr, proc.stderr[-2000:]
        with sqlite3.connect(db) as con:
            return {os.path.relpath(r[0], tmp_path): r[1:] for r in con.execute("select path, error_kind, error from documents")}

    rows = audit("tree")
    for link in ("tree/planted.txt", os.path.join("tree", "shared", "私人.txt")):
        kind, error = rows[link]
        assert kind == "unreadable" and "审计范围之外" in error, (link, rows[link])
    assert rows["tree/draft.txt"] == (None, None) and rows["tree/inside.txt"] == (None, None)
    # named too, the other folder is in the audit: the links to it are read
    rows = audit("tree", "elsewhere")
    assert rows["tree/planted.txt"] == (None, None)


# ---------------------------------------------------------------- look-alike radicals: read as the characters

@pytest.mark.parametrize("issuer, text", SPRINKLED, ids=[s[0] for s in SPRINKLED])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_radicals_that_look_like_characters_are_read_as_them(issuer, text, fmt):
    # text copied out of a PDF that Word or WPS exported carries Kangxi radicals (⼯ U+2F2F for 工, ⽇ for 日,
    # ⼀ for 一) and compatibility ideographs: the findings are those of the ordinary text, at the same places
    import gwlint as api
    from gwlint.visible import LOOKALIKES

    back = {}
    for cp, ch in LOOKALIKES.items():
        if 0x2F00 <= cp <= 0x2FD5:
            back.setdefault(ch, chr(cp))
    alike = "".join(back.get(c, c) if i % 2 else c for i, c in enumerate(text))
    assert alike != text

    def lint(t: str):
        data = t.encode() if fmt == "txt" else _docx(t)
        return api.lint_bytes(data, "a." + fmt).findings

    clean = sorted((f.code, f.line, f.column) for f in lint(text))
    seen = lint(alike)
    warned = [f for f in seen if f.code == "GW001"]
    assert len(warned) == 1 and warned[0].severity == "warning" and "形似汉字" in warned[0].message
    assert sorted((f.code, f.line, f.column) for f in seen if f.code != "GW001") == clean


def test_a_combining_accent_after_a_latin_letter_is_an_accent_and_stays():
    from gwlint.visible import INVISIBLE

    assert INVISIBLE.sub("", "Cafe\u0301 re\u0301sume\u0301 截\u0332止") == "Cafe\u0301 re\u0301sume\u0301 截止"


def test_the_audit_report_shows_bidi_overrides_of_excerpts_and_names_instead_of_obeying_them(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rlo.txt").write_text(hostile_gen.invisible_draft("\u202e"), encoding="utf-8")
    (tmp_path / "in" / "通知\u202etxt.exe.txt").write_text(BURDEN, encoding="utf-8")
    proc = gwlint("audit", "run", "-j", "2", "--db", "a.sqlite", "in", cwd=tmp_path, timeout=600)
    assert b"Traceback" not in proc.stderr
    proc = gwlint("audit", "report", "--db", "a.sqlite", "-o", "r.html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-1000:]
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "\u202e" not in page
    assert "截⟨U+202E⟩止" in page and "通知⟨U+202E⟩txt.exe.txt" in page

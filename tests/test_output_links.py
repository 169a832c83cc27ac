"""Output targets that are links, and outputs that fail beside others (the acceptance check of issues 12/13).

``-o`` onto a symlink writes the file the link names and keeps the link (replacing the link by a regular file
once turned ``/dev/stdout`` into a plain file for every program on the machine); a link into ``/proc/self/fd``
(what ``/dev/stdout`` is on Linux) is written through, never renamed over.  A failing extra output never costs
the results on standard output.
"""
from __future__ import annotations

import json
import os
import re

import pytest

from .test_outputs_hardening import clean_error, draft_txt, gw, sha


def test_output_onto_a_symlink_keeps_the_link_and_writes_its_target(tmp_path):
    draft = draft_txt(tmp_path)
    real = tmp_path / "reports" / "out.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(os.path.relpath(real, tmp_path))
    r = gw("check", draft, "--format", "json", "-o", link)
    assert r.returncode == 1, r.stderr.decode()
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert [f["code"] for f in json.loads(real.read_text(encoding="utf-8"))]
    assert not list(tmp_path.glob(".out.json.*")) and not list(real.parent.glob(".out.json.*"))


def test_output_onto_a_dangling_symlink_creates_its_target(tmp_path):
    draft = draft_txt(tmp_path)
    link = tmp_path / "out.sarif"
    link.symlink_to("made.sarif")
    r = gw("check", draft, "--output-format", f"sarif:{link}", "--format", "concise")
    assert r.returncode == 1, r.stderr.decode()
    assert link.is_symlink()
    assert json.loads((tmp_path / "made.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


@pytest.mark.parametrize("redirect", ["truncate", "append"])
def test_output_through_a_proc_fd_link_is_written_not_replaced(tmp_path, redirect):
    # what /dev/stdout is on Linux: a link to /proc/self/fd/1; here stdout is a regular file
    draft = draft_txt(tmp_path)
    stdout_link = tmp_path / "stdout"
    stdout_link.symlink_to("/proc/self/fd/1")
    captured = tmp_path / "captured.json"
    captured.write_text("" if redirect == "truncate" else "before\n", encoding="utf-8")
    with open(captured, "a" if redirect == "append" else "w", encoding="utf-8") as fh:
        r = gw_to(fh, "check", draft, "--format", "json", "-o", stdout_link)
    assert r.returncode == 1, r.stderr.decode()
    assert stdout_link.is_symlink() and os.readlink(stdout_link) == "/proc/self/fd/1"
    text = captured.read_text(encoding="utf-8")
    if redirect == "append":
        assert text.startswith("before\n")
        text = text[len("before\n"):]
    assert json.loads(text)
    assert not list(tmp_path.glob(".captured.json.*"))


def gw_to(fh, *args):
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "gwlint", *map(os.fsdecode, args)], stdout=fh,
                          stderr=subprocess.PIPE, env=env, timeout=300)


def test_output_through_a_proc_fd_link_into_a_pipe(tmp_path):
    draft = draft_txt(tmp_path)
    r = gw("check", draft, "--format", "json", "-o", "/proc/self/fd/1")
    assert r.returncode == 1, r.stderr.decode()
    assert json.loads(r.stdout)


def test_a_failing_extra_output_keeps_the_results_on_stdout(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    draft = draft_txt(tmp_path)
    good = tmp_path / "good.json"
    r = gw("check", draft, "--format", "concise", "--output-format", "sarif:/dev/full",
           "--output-format", f"json:{good}")
    clean_error(r, 2)
    assert "GW104" in r.stdout.decode("utf-8")
    assert json.loads(good.read_text(encoding="utf-8"))  # the other output is whole


def test_input_behind_a_symlinked_output_is_still_refused(tmp_path):
    draft = draft_txt(tmp_path)
    before = sha(draft)
    link = tmp_path / "report.json"
    link.symlink_to(draft.name)
    r = gw("check", draft, "--format", "json", "-o", link)
    clean_error(r, 2)
    assert sha(draft) == before and link.is_symlink()


def test_fix_of_a_symlinked_draft_keeps_the_link(tmp_path):
    real = tmp_path / "drafts" / "draft.txt"
    real.parent.mkdir()
    real.write_text("江西省农业农村厅关于做好春耕工作的通知\n各单位要于3月底前报送材料,谢谢。\n", encoding="utf-8")
    link = tmp_path / "draft.txt"
    link.symlink_to("drafts/draft.txt")
    r = gw("check", link, "--fix", "--format", "concise")
    assert r.returncode in (0, 1), r.stderr.decode()
    assert link.is_symlink()
    assert "材料，谢谢" in real.read_text(encoding="utf-8")


def test_annotated_copy_onto_a_symlink_keeps_the_link(tmp_path):
    from .test_outputs_hardening import SAMPLES

    src = tmp_path / "draft.docx"
    src.write_bytes((SAMPLES / "dept-directive.docx").read_bytes())
    link = tmp_path / "annotated.docx"
    link.symlink_to("out/annotated.docx")
    (tmp_path / "out").mkdir()
    r = gw("check", src, "--annotate", link, "--format", "concise")
    assert r.returncode == 1, r.stderr.decode()
    assert link.is_symlink() and (tmp_path / "out" / "annotated.docx").stat().st_size > 0


def test_a_revised_copy_that_cannot_be_written_is_exit_2(tmp_path):
    from .test_outputs_hardening import SAMPLES

    src = tmp_path / "draft.docx"
    src.write_bytes((SAMPLES / "dept-directive.docx").read_bytes())
    r = gw("check", src, "--fix-docx", tmp_path / "no-such-folder" / "fixed.docx", "--unsafe-fixes",
           "--format", "concise")
    err = clean_error(r, 2)
    assert "未生成修订副本" in err and "No such file" not in err
    assert "GW" in r.stdout.decode("utf-8")  # the findings are still shown


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif"])
def test_machine_formats_escape_c1_controls_and_bidi_overrides(tmp_path, fmt):
    # C1 CSI/OSC (U+009B, U+009D) and RLO in a draft: valid JSON keeps them, but only as \\u escapes, so a
    # terminal showing the JSON is neither driven nor reordered by the draft
    draft = tmp_path / "c1.txt"
    draft.write_text("江西省农业农村厅关于做好春耕工作的通知\n各设区市人民政府要于3月底前报送材料,\u009b2J\u009d0;x\u0007"
                     "\u202e倒序\u202c。\n", encoding="utf-8")
    r = gw("check", draft, "--format", fmt)
    assert r.returncode == 1, r.stderr.decode()
    out = r.stdout.decode("utf-8")
    assert not re.search("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
    data = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert "\u009b" in json.dumps(data, ensure_ascii=False)  # the data itself is unchanged

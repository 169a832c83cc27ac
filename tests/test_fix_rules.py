"""Every rule that proposes a fix: the same draft as .txt and .docx, fixed with --fix and as Word
tracked changes, gives the same text, and that text has none of the fixed findings left."""
from __future__ import annotations

import io

import pytest

from gwlint.api import lint_bytes
from gwlint.config import load_config
from gwlint.fixes import fix_text_bytes, fixable
from gwlint.revise import revise_bytes

from .drafts import render_draft
from .revisions import accept_all, paragraph_texts, reject_all, revisions

HEAD = ["@issuer_mark 江西省农业农村厅文件", "@doc_number 赣农字〔2026〕8号",
        "@title 江西省农业农村厅关于抓好春耕生产工作的通知", "@recipients 各设区市农业农村局，厅机关各处室："]
BODY = ["为抓好春耕生产，现将有关事项通知如下。", "@heading1 一、加强组织领导", "各地农业农村部门要把春耕生产摆上重要位置。",
        "@heading1 二、强化技术指导", "组织农技人员深入田间地头开展指导服务。"]
TAIL = ["@signature 江西省农业农村厅", "@date 2026年2月10日"]


def draft(head=None, body=None, tail=None, extra=()) -> str:
    head, body, tail = list(head or HEAD), list(body or BODY), list(tail or TAIL)
    return "\n".join(head + body + tail + list(extra)) + "\n"


def _with(lines, i, text):
    out = list(lines)
    out[i] = text
    return out


# code → (draft, {wrong paragraph: fixed paragraph}): one draft per rule and fix shape
CASES = {
    "GW701": (draft(head=_with(HEAD, 1, "@doc_number 赣农字[2026]08号")),
              {"赣农字[2026]08号": "赣农字〔2026〕8号"}),
    "GW702": (draft(tail=_with(TAIL, 1, "@date 2026年02月10日")), {"2026年02月10日": "2026年2月10日"}),
    "GW703-end": (draft(head=_with(HEAD, 2, "@title 江西省农业农村厅关于抓好春耕生产工作的通知。")),
                  {"江西省农业农村厅关于抓好春耕生产工作的通知。": "江西省农业农村厅关于抓好春耕生产工作的通知"}),
    "GW703-book": (draft(head=_with(HEAD, 2, "@title 江西省农业农村厅关于召开《全省春耕生产工作会议》的通知")),
                   {"江西省农业农村厅关于召开《全省春耕生产工作会议》的通知":
                    "江西省农业农村厅关于召开“全省春耕生产工作会议”的通知"}),
    "GW704-insert": (draft(head=["@title 江西省人民政府办公厅关于做好春季森林防火工作的通知",
                                 "@doc_number 赣府厅字〔2026〕12号", "@recipients 各市、县（区）人民政府，省政府各部门"],
                           tail=["@signature 江西省人民政府办公厅", "@date 2026年1月15日"]),
                     {"各市、县（区）人民政府，省政府各部门": "各市、县（区）人民政府，省政府各部门："}),
    "GW704-separator": (draft(head=_with(HEAD, 3, "@recipients 各设区市农业农村局；厅机关各处室：")),
                        {"各设区市农业农村局；厅机关各处室：": "各设区市农业农村局，厅机关各处室："}),
    "GW705": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "@heading1 一、加强组织领导",
                          "@heading2 （一）、压实责任。各地要落实。", "@heading2 （一）强化保障。各地要保障。"]),
              {"（一）、压实责任。各地要落实。": "（一）压实责任。各地要落实。",
               "（一）强化保障。各地要保障。": "（二）强化保障。各地要保障。"}),
    "GW706": (draft(body=BODY + ["@attachment_note 附件：春耕生产进度统计表。"],
                    extra=["@page_break", "@attachment_label 附件", "@attachment_title 春耕生产进度统计表", "略"]),
              {"附件：春耕生产进度统计表。": "附件：春耕生产进度统计表"}),
    "GW801": (draft(body=["为抓好春耕生产,现将有关事项通知如下:",
                          "各地(含赣江新区)要组织农技人员深入田间地头开展指导服务,及时解决生产中遇到的困难和问题,"
                          "确保春耕生产顺利推进,不误农时!"]),
              {"为抓好春耕生产,现将有关事项通知如下:": "为抓好春耕生产，现将有关事项通知如下：",
               "各地(含赣江新区)要组织农技人员深入田间地头开展指导服务,及时解决生产中遇到的困难和问题,确保春耕生产顺利推进,不误农时!":
               "各地（含赣江新区）要组织农技人员深入田间地头开展指导服务，及时解决生产中遇到的困难和问题，确保春耕生产顺利推进，不误农时！"}),
    "GW802": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "各地要开展“科技下乡“活动。"]),
              {"各地要开展“科技下乡“活动。": "各地要开展“科技下乡”活动。"}),
    "GW803": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "请于截止3月20日前报告进展，其它事项另行通知。"]),
              {"请于截止3月20日前报告进展，其它事项另行通知。": "请于截至3月20日前报告进展，其他事项另行通知。"}),
    "GW804": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "粮食播种面积增长10%-20%，26年3月底前完成。"]),
              {"粮食播种面积增长10%-20%，26年3月底前完成。": "粮食播种面积增长10%～20%，2026年3月底前完成。"}),
    "GW805": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "坚持以习近平为核心的党中央的坚强领导，增强“四个自信”。"]),
              {"坚持以习近平为核心的党中央的坚强领导，增强“四个自信”。": "坚持以习近平同志为核心的党中央的坚强领导，坚定“四个自信”。"}),
    "GW806": (draft(body=["为抓好春耕生产，现将有关事项通知如下。", "加强对春耕生产工作的的指导服务。"]),
              {"加强对春耕生产工作的的指导服务。": "加强对春耕生产工作的指导服务。"}),
}


def _lines(data: bytes, name: str) -> list[str]:
    return lint_bytes(data, name).lines


@pytest.mark.parametrize("case", sorted(CASES))
def test_fix_as_text_and_as_tracked_changes(case, tmp_path):
    code = case.split("-")[0]
    source, changes = CASES[case]
    cfg = load_config()
    txt = render_draft(source, "txt", tmp_path).read_bytes()
    docx = render_draft(source, "docx", tmp_path).read_bytes()
    before = _lines(txt, "d.txt")
    assert _lines(docx, "d.docx") == before  # the same draft in both formats
    assert all(wrong in before for wrong in changes)
    for data, name in ((txt, "d.txt"), (docx, "d.docx")):
        found = [f for f in fixable(lint_bytes(data, name).findings, unsafe=True) if f.code == code]
        assert found, (case, name)

    # text: --fix --unsafe-fixes
    fixed = fix_text_bytes(txt, "d.txt", cfg, unsafe=True)
    want = [changes.get(line, line) for line in before]
    assert fixed.result.lines == want
    assert code in {f.code for f in fixed.fixed}
    assert fixable(fixed.result.findings, unsafe=True) == []  # nothing fixable is left
    # applying again changes nothing
    assert fix_text_bytes(fixed.data, "d.txt", cfg, unsafe=True).data == fixed.data

    # Word: tracked changes; accepted they read as the fixed text, rejected as the draft
    revised, res = revise_bytes(docx, "d.docx", cfg, unsafe=True)
    assert res.revisions > 0 and not res.failed
    assert sorted(f.code for f in res.fixed) == sorted(f.code for f in fixed.fixed)
    accepted, rejected = accept_all(revised), reject_all(revised)
    assert _lines(accepted, "a.docx") == want
    assert _lines(rejected, "r.docx") == before
    assert paragraph_texts(accepted) == want  # python-docx re-opens it, and agrees
    assert paragraph_texts(rejected) == before
    assert not revisions(accepted) and not revisions(rejected)
    # gwlint reads the revised copy as accepted, and finds nothing more to fix there
    assert lint_bytes(revised, "v.docx").lines == want
    again, res2 = revise_bytes(revised, "v.docx", cfg, unsafe=True)
    assert res2.revisions == 0 and again == revised


@pytest.mark.parametrize("case", ["GW803", "GW806", "GW703-book", "GW805"])
def test_unsafe_fixes_wait_for_unsafe_fixes(case, tmp_path):
    source, _ = CASES[case]
    txt = render_draft(source, "txt", tmp_path).read_bytes()
    docx = render_draft(source, "docx", tmp_path).read_bytes()
    cfg = load_config()
    out = fix_text_bytes(txt, "d.txt", cfg)
    assert out.data == txt and not out.fixed
    revised, res = revise_bytes(docx, "d.docx", cfg)
    assert revised == docx and res.revisions == 0


def test_safe_fixes_leave_the_unsafe_ones(tmp_path):
    body = ["为抓好春耕生产,现将有关事项通知如下。", "请于截止3月20日前报告进展。"]
    source = draft(body=body, tail=_with(TAIL, 1, "@date 2026年02月10日"))
    txt = render_draft(source, "txt", tmp_path).read_bytes()
    out = fix_text_bytes(txt, "d.txt", load_config())
    assert sorted(f.code for f in out.fixed) == ["GW702", "GW801"]
    left = fixable(out.result.findings, unsafe=True)
    assert [f.code for f in left] == ["GW803"] and not fixable(out.result.findings)
    docx = render_draft(source, "docx", tmp_path).read_bytes()
    revised, res = revise_bytes(docx, "d.docx", load_config())
    assert _lines(accept_all(revised), "a.docx") == out.result.lines


def test_python_docx_reopens_and_resaves(tmp_path):
    import docx

    source, _ = CASES["GW801"]
    revised, _ = revise_bytes(render_draft(source, "docx", tmp_path).read_bytes(), "d.docx", load_config())
    d = docx.Document(io.BytesIO(revised))
    buf = io.BytesIO()
    d.save(buf)
    assert len(revisions(buf.getvalue())) == len(revisions(revised)) > 0
    # saved by another writer, the revisions still read (and accept) as the fixed text
    fixed = fix_text_bytes(render_draft(source, "txt", tmp_path).read_bytes(), "d.txt", load_config())
    assert lint_bytes(buf.getvalue(), "s.docx").lines == fixed.result.lines
    assert lint_bytes(accept_all(buf.getvalue()), "a.docx").lines == fixed.result.lines

"""A short document whose first body line ends in a hanging mark (issue 15, round 8, hS).

A line of 25 full-width glyphs and a half-width digit leaves no room for its closing mark (每周5天、), so the
mark hangs past the right edge.  With too few full lines to vote for the edge, that one mark must not push the
text block's right edge a glyph out: the 抄送 list wrapped under “抄送：” would no longer reach it and its
second line — often the one naming a leader — would become a paragraph of its own.  Each draft is rendered to
.txt, .docx and .pdf by gwlint.docgen.
"""
from __future__ import annotations

import pytest

from gwlint.api import inspect_path, lint_path

from .drafts import render_draft

FORMATS = ("txt", "docx", "pdf")

CASES = {
    # 县政府办公室: the wrapped 抄送 names offices only
    "county-office": ("""@title 铅山县人民政府办公室关于做好2026年中秋国庆期间安全生产工作的通知
@recipients 各乡镇人民政府，县政府各部门：
中秋国庆假期临近，全县道路客流和车流预计将增加约3成，为确保节日期间安全生产形势稳定，请各乡镇人民政府、县政府各部门立即组织开展安全隐患排查。
@signature 铅山县人民政府办公室
@date 2026年9月18日
@cc 抄送：上饶市人民政府办公室，上饶市应急管理局，县应急管理局，县公安局，县委办公室，县人大常委会办公室。
@printer 铅山县人民政府办公室 2026年9月18日印发
""", ["上饶市人民政府办公室", "上饶市应急管理局", "县应急管理局", "县公安局", "县委办公室", "县人大常委会办公室"]),
    # 市直部门: the leader on the 抄送's second line
    "city-dept-leader": ("""@title 赣州市自然资源局关于做好2026年汛期地质灾害防范工作的通知
@recipients 各县（市、区）自然资源局：
主汛期全市将迎来多轮强降雨过程，部分县区降雨偏多2成、请各县（市、区）自然资源局落实地质灾害隐患点巡查排查。
@signature 赣州市自然资源局
@date 2026年5月8日
@cc 抄送：江西省自然资源厅地质勘查管理处，市应急管理局，市水利局，市气象局，市政府分管副市长。
@printer 赣州市自然资源局办公室 2026年5月8日印发
""", ["江西省自然资源厅地质勘查管理处", "市应急管理局", "市水利局", "市气象局", "市政府分管副市长"]),
    # 设区市政府办公室 (the holdout4 full document's shape): a wrap inside a name (市法|院)
    "city-office-name-split": ("""@doc_number 徐政办发〔2026〕71号
@title 徐州市人民政府办公室关于做好2026年秋季学期义务教育阶段学校课后服务工作的通知
@recipients 各县（市、区）人民政府，市各委办局，市各直属单位：
秋季学期全市义务教育学校课后服务实现全覆盖，每周5天、每天不少于2小时。
各县（市、区）人民政府要将课后服务经费纳入财政预算，对参与课后服务的教师给予合理补助。
@signature 徐州市人民政府办公室
@date 2026年8月21日
@cc 抄送：市委各部委办，市人大常委会办公室，市政协办公室，市法院，市检察院。
@printer 徐州市人民政府办公室 2026年8月22日印发
""", ["市委各部委办", "市人大常委会办公室", "市政协办公室", "市法院", "市检察院"]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_wrapped_cc_list_stays_one_element(case, fmt, tmp_path):
    source, cc = CASES[case]
    ins = inspect_path(render_draft(source, fmt, tmp_path), limits=None)
    st, doc = ins.structure, ins.document
    assert st.cc_list == cc
    assert len(st.cc.lines) == 1 and doc.paragraphs[st.cc.lines[0] - 1].text.endswith(cc[-1] + "。")
    # the body paragraph whose first line ends in the hanging mark stays one paragraph
    body = next(line for line in source.splitlines() if not line.startswith("@"))
    assert any(p.text == body for p in doc.paragraphs)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_leader_on_the_second_cc_line_is_found(fmt, tmp_path):
    source, _ = CASES["city-dept-leader"]
    path = render_draft(source, fmt, tmp_path)
    found = [f for f in lint_path(path, limits=None).findings if f.code == "GW107"]
    assert len(found) == 1
    doc = inspect_path(path, limits=None).document
    assert doc.paragraphs[found[0].line - 1].text.startswith("抄送：")

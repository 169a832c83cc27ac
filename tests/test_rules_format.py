"""Family 7 (GB/T 9704 格式) on drafts written for these tests and on the real corpus."""
from __future__ import annotations

import glob

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import apply_table, load_config

from .conftest import CORPUS, POLICY, need

TITLE = "江西省人民政府办公厅关于做好春季森林防火工作的通知"


def draft(*, title: str = TITLE, number: str = "赣府厅字〔2026〕12号",
          recipients: str | None = "各市、县（区）人民政府，省政府各部门：",
          body: list[str] | None = None, signature: str = "江西省人民政府办公厅",
          date: str | None = "2026年1月15日", tail: list[str] | None = None) -> str:
    body = body if body is not None else [
        "为切实做好春季森林防火工作，经省政府同意，现将有关事项通知如下。",
        "一、加强火源管控。各地要严格落实野外用火管理制度。",
        "二、强化监测预警。省林业局要及时发布高火险天气警报。",
    ]
    lines = [title, number]
    if recipients is not None:
        lines.append(recipients)
    lines += body + [signature]
    if date is not None:
        lines.append(date)
    lines += tail or []
    return "\n".join(lines) + "\n"


def lint(text: str, code: str, name: str = "draft.txt"):
    cfg = load_config()
    apply_table(cfg, {"select": [code]}, "test")
    return lint_bytes(text.encode(), name, cfg).findings


def apply_fix(text: str, finding) -> str:
    """Apply a finding's fix to the draft (line-based), as a tracked change would."""
    lines = text.split("\n")
    f = finding.fix
    ln = lines[f.line - 1]
    lines[f.line - 1] = ln[:f.start] + f.replacement + ln[f.end:]
    return "\n".join(lines)


# ------------------------------------------------------------------ GW701
@pytest.mark.parametrize("bad,good", [
    ("赣府厅字[2026]12号", "赣府厅字〔2026〕12号"),
    ("赣府厅字（2026）12号", "赣府厅字〔2026〕12号"),
    ("赣府厅字【2026】12号", "赣府厅字〔2026〕12号"),
    ("赣府厅字〔2026〕第12号", "赣府厅字〔2026〕12号"),
    ("赣府厅字〔2026〕012号", "赣府厅字〔2026〕12号"),
    ("赣府厅字〔2026〕12", "赣府厅字〔2026〕12号"),
    ("赣府厅字〔2026年〕12号", "赣府厅字〔2026〕12号"),  # still read as the 文号, not the title
])
def test_gw701_own_number_is_fixed(bad, good):
    text = draft(number=bad)
    found = lint(text, "GW701")
    assert len(found) == 1, found
    f = found[0]
    assert f.severity == "error" and f.line == 2 and "发文字号" in f.message and good in f.message
    # the fix covers the bracketed year and the serial only: the 代字 is not touched
    assert f.fix.start == len("赣府厅字") and f.fix.replacement == good[len("赣府厅字"):]
    assert apply_fix(text, f).split("\n")[1] == good


def test_gw701_two_digit_year_has_no_guessed_fix():
    found = lint(draft(number="赣府厅字〔26〕12号"), "GW701")
    assert len(found) == 1 and "四位" in found[0].message and found[0].fix is None


@pytest.mark.parametrize("para,shown", [
    ("根据《国务院办公厅关于加强森林防火工作的通知》（国办发[2019]3号）要求，现通知如下。", "国办发[2019]3号"),
    # the 代字 runs on from the words before it: the finding still names the 代字 only
    ("依据国办发[2019]3号文件精神，现通知如下。", "国办发[2019]3号"),
    ("根据《国务院办公厅关于加强森林防火工作的通知》（国办发〔2019年〕3号）要求，现通知如下。", "国办发〔2019年〕3号"),
])
def test_gw701_cited_number_in_body(para, shown):
    text = draft(body=[para, "一、加强火源管控。"])
    found = lint(text, "GW701")
    assert len(found) == 1
    f = found[0]
    line = text.split("\n")[3]
    assert "引用的文号" in f.message and f.line == 4 and f"“{shown}”" in f.message
    assert line[f.column - 1:f.end_column - 1] == shown
    assert line[f.fix.start:f.fix.end] == shown[3:] and f.fix.replacement == "〔2019〕3号"
    assert "国办发〔2019〕3号" in apply_fix(text, f).split("\n")[3]


def test_gw701_silent_on_correct_numbers_and_order_numbers():
    body = ["根据《国务院关于印发个人所得税专项附加扣除暂行办法的通知》（国发〔2018〕41号），现通知如下。",
            "本办法自2019年1月1日起施行（2018—2035年规划期内有效）。",
            "《全省铜产业链提升行动方案（2026年）》确定的12个重点项目要按期开工。"]
    assert lint(draft(body=body), "GW701") == []
    # a 令 number is 第N号 by design
    assert lint("中华人民共和国国务院令\n第707号\n《条例》已经国务院常务会议通过，现予公布。\n总理　李克强\n2018年12月18日\n",
                "GW701") == []


# ------------------------------------------------------------------ GW702
@pytest.mark.parametrize("bad,good", [
    ("2026年01月05日", "2026年1月5日"),
    ("2026年1月05日", "2026年1月5日"),
    ("二〇二六年一月十五日", "2026年1月15日"),
])
def test_gw702_date_fixed(bad, good):
    text = draft(date=bad)
    found = lint(text, "GW702")
    assert len(found) == 1, found
    assert found[0].fix.replacement == good
    assert apply_fix(text, found[0]).split("\n")[-2] == good


def test_gw702_not_a_real_date_and_short_year():
    f = lint(draft(date="2026年2月30日"), "GW702")
    assert len(f) == 1 and "真实" in f[0].message and f[0].fix is None
    f = lint(draft(date="26年2月3日"), "GW702")
    assert len(f) == 1 and "全称" in f[0].message


def test_gw702_dash_date_where_the_date_belongs():
    f = lint(draft(date=None, tail=["2026-01-15"]), "GW702")
    assert len(f) == 1 and f[0].fix.replacement == "2026年1月15日"


def test_gw702_old_standard_dates_are_not_flagged():
    # GB/T 9704-1999 used 汉字 dates; documents before 2012-07-01 followed it
    assert lint(draft(date="二〇〇四年八月十二日"), "GW702") == []
    assert lint(draft(date="2026年1月15日"), "GW702") == []


# ------------------------------------------------------------------ GW703
def test_gw703_end_punctuation_removed_but_dunhao_inside_is_fine():
    text = draft(title=TITLE + "。")
    f = lint(text, "GW703")
    assert len(f) == 1 and f[0].fix.replacement == "" and apply_fix(text, f[0]).split("\n")[0] == TITLE
    assert lint(draft(title="江西省人民政府办公厅关于做好森林防火、安全生产工作的通知"), "GW703") == []


def test_gw703_guan_yu_dui_pifu_and_qingqiu_qingshi():
    text = draft(title="江西省人民政府关于对南昌市调整部分行政区划的批复", recipients="南昌市人民政府：")
    f = lint(text, "GW703")
    assert len(f) == 1 and "对" in f[0].message
    assert apply_fix(text, f[0]).split("\n")[0] == "江西省人民政府关于南昌市调整部分行政区划的批复"
    text = draft(title="江西省林业局关于请求拨付森林防火经费的请示", recipients="江西省人民政府：")
    f = lint(text, "GW703")
    assert len(f) == 1 and apply_fix(text, f[0]).split("\n")[0] == "江西省林业局关于拨付森林防火经费的请示"


def test_gw703_not_a_doc_type_and_mixed_types():
    f = lint(draft(title="江西省林业局春季森林防火工作方案"), "GW703")
    assert len(f) == 1 and "不是法定文种" in f[0].message
    f = lint(draft(title="江西省林业局关于森林防火经费的请示报告", recipients="江西省人民政府："), "GW703")
    assert len(f) == 1 and "混用" in f[0].message


def test_gw703_real_title_shapes_are_fine():
    for title in ("江西省人民政府关于印发春季森林防火工作方案的通知",
                  "国务院办公厅对十届全国人大四次会议第7240号建议的答复",
                  "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知",
                  "江西省人民政府办公厅转发省林业局关于加强森林防火工作意见的通知",
                  "江西省林业局关于征求森林防火条例修改意见的函"):
        assert lint(draft(title=title), "GW703") == [], title


@pytest.mark.parametrize("title,name", [
    ("江西省人民政府办公厅关于举办《第三届全省青年创新创业大赛》的通知", "第三届全省青年创新创业大赛"),
    ("江西省人民政府办公厅关于召开《全省森林防火工作会议》的通知", "全省森林防火工作会议"),
    ("江西省应急管理厅关于开展《2026年安全生产月》活动的通知", "2026年安全生产月"),
    # a slogan as the theme of an activity takes quotes
    ("江西省文明办关于开展《文明交通进万家》主题宣传活动的通知", "文明交通进万家"),
    ("抚州市总工会关于开展《劳动创造幸福》主题劳动竞赛的通知", "劳动创造幸福"),
])
def test_gw703_book_marks_around_an_activity(title, name):
    text = draft(title=title)
    f = lint(text, "GW703")
    assert len(f) == 1 and "书名号" in f[0].message, [x.message for x in f]
    fixes = f[0].fix.to_dict()["edits"]
    assert [x["end"] - x["start"] for x in fixes] == [1, 1] and not f[0].fix.safe
    line = text.split("\n")[0]
    for x in reversed(fixes):
        line = line[:x["start"]] + x["replacement"] + line[x["end"]:]
    assert line == title.replace(f"《{name}》", f"“{name}”")


@pytest.mark.parametrize("title", [
    "国务院关于印发《国务院工作规则》的通知",
    "江西省人民政府办公厅关于印发《2026年全省安全生产月活动方案》的通知",
    "江西省人民政府关于印发《全省森林防火规划（2021—2035年）》的通知",
    "江西省教育厅关于做好2026年度《半月谈》杂志征订工作的通知",  # a journal: a work
    "江西省人民政府办公厅关于贯彻《中华人民共和国森林法》的通知",
    "江西省人民政府办公厅关于印发《全省青年创新创业大赛实施办法》的通知",
    "江西省司法厅关于开展《中华人民共和国民法典》主题宣传活动的通知",
    "萍乡市委宣传部关于开展《觉醒年代》主题观影活动的通知",  # a work watched
])
def test_gw703_book_marks_around_documents_and_works_are_fine(title):
    assert lint(draft(title=title), "GW703") == []


def test_gw703_title_without_issuer_is_an_info_unless_a_header_names_it():
    text = draft(title="关于做好春季森林防火工作的通知")
    f = lint(text, "GW703")
    assert len(f) == 1 and f[0].severity == "info" and "发文机关" in f[0].message
    assert (f[0].line, f[0].column, f[0].end_column) == (1, 1, 3)
    headed = "江西省人民政府办公厅文件\n" + text
    assert lint(headed, "GW703") == []
    # a title that carries its issuer
    assert lint(draft(), "GW703") == []


# ------------------------------------------------------------------ GW704
def test_gw704_recipient_without_colon_gets_one():
    text = draft(recipients="各市、县（区）人民政府，省政府各部门")
    f = lint(text, "GW704")
    assert len(f) == 1 and f[0].fix.replacement == "："
    assert apply_fix(text, f[0]).split("\n")[2] == "各市、县（区）人民政府，省政府各部门："


def test_gw704_reply_without_recipient():
    f = lint(draft(title="江西省人民政府关于南昌市调整部分行政区划的批复", recipients=None), "GW704")
    assert len(f) == 1 and "主送机关" in f[0].message
    # a notice for public release may go without 主送
    assert lint(draft(recipients=None), "GW704") == []
    assert lint(draft(), "GW704") == []


@pytest.mark.parametrize("recipients,fixed", [
    # a 逗号 cuts 各市 from the 人民政府 it shares with 县（区）
    ("各市，县（区）人民政府，省政府各部门：", "各市、县（区）人民政府，省政府各部门："),
    ("各省，自治区，直辖市人民政府，国务院各部委、各直属机构：", None),
    # a 顿号 between two classes of collective recipients
    ("各市、县（区）人民政府、省政府各部门：", "各市、县（区）人民政府，省政府各部门："),
    ("省政府各部门、各设区市人民政府：", "省政府各部门，各设区市人民政府："),
    ("各市、县（区）人民政府；省政府各部门：", "各市、县（区）人民政府，省政府各部门："),
    ("各市、县（区）人民政府，省政府各部门，：", "各市、县（区）人民政府，省政府各部门："),
])
def test_gw704_separators_inside_the_recipients(recipients, fixed):
    text = draft(recipients=recipients)
    f = lint(text, "GW704")
    assert f, recipients
    out = text
    for v in sorted(f, key=lambda v: -v.fix.start):  # spans are disjoint: apply right to left
        out = apply_fix(out, v)
    want = fixed or "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    assert out.split("\n")[2] == want
    assert all(v.line == 3 and v.end_column - v.column <= 1 for v in f)


@pytest.mark.parametrize("recipients", [
    "各市、县（区）人民政府，省政府各部门：",
    "河北省人民政府、国家发展改革委：",  # named organs of two kinds: official copies use 顿号
    "科技部、新疆维吾尔自治区人民政府、新疆生产建设兵团：",
    "黑龙江省人民政府，教育部、外交部、财政部、体育总局：",
    "北京、天津、上海、河北、陕西省（自治区、直辖市）人民政府：",
    "各省、市、自治区人民政府，国务院有关部委、直属机构：",
    "江西省人民政府：",
    "邓乃扬、韩汝琦委员：",
    "各设区市人民政府，赣江新区管委会，省政府各部门：",
])
def test_gw704_real_recipient_shapes_are_fine(recipients):
    assert lint(draft(recipients=recipients), "GW704") == []


def test_gw704_recipients_ending_with_the_wrong_mark():
    text = draft(recipients="各市、县（区）人民政府，省政府各部门。")
    f = lint(text, "GW704")
    assert len(f) == 1 and "冒号" in f[0].message and f[0].fix.replacement == "："
    assert apply_fix(text, f[0]).split("\n")[2] == "各市、县（区）人民政府，省政府各部门："
    # a first sentence of the 正文 is not a 主送 line
    assert lint(draft(recipients="为切实做好春季森林防火工作，经省政府同意，现通知如下。"), "GW704") == []
    # (this draft then has no 主送 while its 正文 gives 各部门 tasks: only that is reported, not a wrong end mark)
    assert [x.message[:7] for x in lint(draft(recipients="各地区、各部门要认真贯彻落实。"), "GW704")] == ["通知应有主送机"]


def test_gw704_recipients_moved_to_the_banji():
    text = draft(recipients=None, tail=["主送：各市、县（区）人民政府、省政府各部门。",
                                        "抄送：省委各部门，省人大常委会办公厅。",
                                        "江西省人民政府办公厅秘书处 2026年1月15日印发"])
    f = lint(text, "GW704")
    assert len(f) == 1 and f[0].fix.replacement == "，"
    assert apply_fix(text, f[0]).split("\n")[-4] == "主送：各市、县（区）人民政府，省政府各部门。"


def test_gw704_every_recipient_line_of_the_corpus_is_clean():
    from gwlint.readers import read_path
    from gwlint.structure import analyze

    seen = 0
    for path in _corpus_files():
        gw = analyze(read_path(path))
        if gw.recipients is None:
            continue
        seen += 1
        assert not [f.message for f in lint_path(path, _gw704_only()).findings], path
    assert seen >= 55


def _gw704_only():
    cfg = load_config()
    apply_table(cfg, {"select": ["GW704"]}, "test")
    return cfg


# ------------------------------------------------------------------ GW705
def test_gw705_gap_repeat_and_double_marks():
    body = ["现将有关事项通知如下。", "一、总体要求", "（一）、加强领导。各地要加强领导。", "（二）压实责任。",
            "三、保障措施", "（一）加强督查。", "（一）严肃问责。"]
    text = draft(body=body)
    f = lint(text, "GW705")
    msgs = [x.message for x in f]
    assert len(f) == 3, msgs
    dbl = next(x for x in f if "不应再加" in x.message)
    assert dbl.fix.replacement == "" and apply_fix(text, dbl).split("\n")[5].startswith("（一）加强领导")
    gap = next(x for x in f if "跳号" in x.message)
    assert "二" in gap.message and gap.line == 8
    rep = next(x for x in f if "重复" in x.message)
    # the fix replaces the number only
    assert rep.line == 10 and rep.fix.replacement == "二" and apply_fix(text, rep).split("\n")[9] == "（二）严肃问责。"


def test_gw705_fixes_leave_half_width_brackets_to_gw801():
    body = ["现将有关事项通知如下。", "一、总体要求", "(一)、加强领导。", "(一)压实责任。"]
    text = draft(body=body)
    cfg = load_config()
    apply_table(cfg, {"select": ["GW705", "GW801"]}, "test")
    f = lint_bytes(text.encode(), "draft.txt", cfg).findings
    fixes = []
    for x in f:
        fixes += [(e.line, e.start, e.end, e.text) for e in x.fix.edits]
    spans = sorted(fixes)
    assert all(a[0] != b[0] or a[2] <= b[1] for a, b in zip(spans, spans[1:])), spans
    lines = text.split("\n")
    for ln, a, b, rep in sorted(fixes, key=lambda t: (t[0], -t[1])):
        lines[ln - 1] = lines[ln - 1][:a] + rep + lines[ln - 1][b:]
    assert lines[5:7] == ["（一）加强领导。", "（二）压实责任。"]


def test_gw705_continuous_numbering_across_sections_is_not_a_gap():
    body = ["现将有关事项通知如下。", "一、精减文件", "1.压减数量。", "2.改进文风。", "二、精减会议",
            "3.严控数量。", "4.无会月。", "三、精减督查", "1.统筹项目。", "2.突出重点。"]
    assert lint(draft(body=body), "GW705") == []


def test_arabic_marker_with_dunhao_is_gw804_not_gw705():
    # one problem, one code: "1、" is number usage (GB/T 15834 下脚点), GW804's; GW705 judges the sequence only
    body = ["现将有关事项通知如下。", "一、总体要求", "1、加强领导。", "2、压实责任。"]
    assert lint(draft(body=body), "GW705") == []
    f = lint(draft(body=body), "GW804")
    # one habit, one finding: an edit per item
    assert len(f) == 1 and f[0].severity == "info" and "等 2 处" in f[0].message
    assert [(e.line, e.text) for e in f[0].fix.edits] == [(6, "."), (7, ".")]
    assert apply_fix(draft(body=body), f[0]).split("\n")[5] == "1.加强领导。"
    # a gap in "1、" items is still GW705's, and reported once
    body = ["现将有关事项通知如下。", "一、总体要求", "1、加强领导。", "3、压实责任。"]
    assert len(lint(draft(body=body), "GW705")) == 1
    assert lint(draft(body=["现将有关事项通知如下。", "一、总体要求", "1.加强领导。", "2.压实责任。"]), "GW804") == []


# ------------------------------------------------------------------ GW706
def test_gw706_note_and_attachments_disagree():
    tail = ["附件1", "森林防火重点任务分工表", "略", "附件2", "森林防火值班表", "略"]
    body = ["现将有关事项通知如下。", "一、加强火源管控。", "附件：1.森林防火重点任务分工表", "2.森林防火应急预案"]
    f = lint(draft(body=body, tail=tail), "GW706")
    assert len(f) == 1 and "不一致" in f[0].message and "应急预案" in f[0].message
    body[3] = "2.森林防火值班表"
    assert lint(draft(body=body, tail=tail), "GW706") == []
    f = lint(draft(body=body[:3], tail=tail), "GW706")
    assert len(f) == 1 and "1 个附件" in f[0].message and "2 个" in f[0].message


def test_gw706_trailing_punctuation_after_name():
    body = ["现将有关事项通知如下。", "附件：森林防火值班表。"]
    text = draft(body=body)
    f = lint(text, "GW706")
    assert len(f) == 1 and f[0].fix.replacement == ""
    assert apply_fix(text, f[0]).split("\n")[4] == "附件：森林防火值班表"


def test_gw706_half_width_mark_after_a_name_has_one_fix_only():
    body = ["现将有关事项通知如下。", "附件：森林防火值班表,"]
    text = draft(body=body)
    cfg = load_config()
    apply_table(cfg, {"select": ["GW706", "GW801"]}, "test")
    f = lint_bytes(text.encode(), "draft.txt", cfg).findings
    assert [(x.code, x.fix.replacement) for x in f] == [("GW706", "")]
    # without GW706 the half-width comma is still reported, by GW801
    f = lint(text, "GW801")
    assert len(f) == 1 and f[0].fix.replacement == "，"


# ------------------------------------------------------------------ GW708
def test_gw708_missing_date_and_signature():
    f = lint(draft(date=None, signature="各地要认真落实。"), "GW708")
    assert any("成文日期" in x.message for x in f)
    assert lint(draft(), "GW708") == []


# ------------------------------------------------------------------ GW709
def test_gw709_request_rules():
    req = draft(title="江西省林业局关于拨付森林防火经费的请示", recipients="江西省人民政府：",
                body=["为做好森林防火工作，拟申请经费500万元。", "妥否，请批示。"], signature="江西省林业局")
    f = lint(req, "GW709")
    assert len(f) == 1 and "联系人" in f[0].message
    ok = req.replace("2026年1月15日\n", "2026年1月15日\n（联系人：张三，电话：0791-86200000）\n")
    assert lint(ok, "GW709") == []
    two = draft(title="江西省林业局关于拨付森林防火经费的请示", recipients="江西省人民政府，江西省财政厅：",
                body=["拟申请经费。", "（联系人：张三，电话：0791-86200000）"], signature="江西省林业局")
    assert any("一个上级机关" in x.message for x in lint(two, "GW709"))
    rep = draft(title="江西省林业局关于2025年森林防火工作情况的报告", recipients="江西省人民政府：",
                body=["2025年全省未发生重大森林火灾。", "明年拟增加经费，妥否，请批示。"], signature="江西省林业局")
    f = lint(rep, "GW709")
    assert len(f) == 1 and "夹带请示" in f[0].message


def _request(body: list[str], title: str = "江西省林业局关于拨付森林防火经费的请示") -> str:
    return draft(title=title, recipients="江西省人民政府：", signature="江西省林业局",
                 body=body, tail=["（联系人：张三，电话：0791-86200000）"])


def test_gw709_numbered_asks_are_two_matters():
    text = _request(["为做好森林防火工作，现将有关事项请示如下。",
                     "一、关于森林防火经费。恳请省政府批准安排专项经费500万元。",
                     "二、关于扑火队伍编制。恳请省政府同意增设专业扑火队伍编制50名。",
                     "妥否，请批示。"])
    f = lint(text, "GW709")
    assert len(f) == 1 and f[0].severity == "warning" and f[0].data["signal"] == "matters"
    assert "一文一事" in f[0].message and f[0].line == 6
    # sub-items under one 请示事项 heading count too
    sub = _request(["现将有关事项请示如下。", "一、基本情况", "今冬以来全省降水偏少。", "二、请示事项",
                    "（一）恳请省政府批准安排专项经费500万元。", "（二）拟请省财政厅追加扑火物资储备资金。",
                    "妥否，请批示。"])
    f = lint(sub, "GW709")
    assert len(f) == 1 and f[0].data["count"] == 2


def test_gw709_title_with_two_matters():
    f = lint(_request(["现将有关事项请示如下。", "妥否，请批示。"],
                      title="江西省林业局关于购置森林消防车辆和维修瞭望塔的请示"), "GW709")
    assert len(f) == 1 and f[0].data["signal"] == "title" and "购置森林消防车辆" in f[0].message


def test_gw709_second_ask_joined_by_bingqing_is_an_info():
    f = lint(_request(["恳请省政府批准设立森林防火专项资金，并请省财政厅按程序拨付首期资金。", "妥否，请批示。"]),
             "GW709")
    assert len(f) == 1 and f[0].severity == "info" and f[0].data["signal"] == "joined"


@pytest.mark.parametrize("body,title", [
    # one ask, with numbered background sections
    (["一、基本情况", "今冬以来全省降水偏少，群众多次请求解决防火通道问题。", "二、请示事项",
      "恳请省政府批准安排专项经费500万元。", "妥否，请批示。"], None),
    # one approval asked twice
    (["恳请省政府批准安排专项经费，并请尽快批复。", "妥否，请批示。"], None),
    # two verbs sharing one object is one matter
    (["恳请省政府批准。", "妥否，请批示。"], "江西省林业局关于调整和完善森林防火补助政策的请示"),
])
def test_gw709_one_matter_is_fine(body, title):
    kw = {"title": title} if title else {}
    assert lint(_request(body, **kw), "GW709") == []


# ------------------------------------------------------------------ corpus
def _corpus_files():
    files = sorted(glob.glob(str(need(CORPUS / "govcn") / "*.txt")))
    files.append(str(need(CORPUS / "govdoc-cn" / "397.pdf")))
    files.append(str(need(POLICY)))
    return files


def test_family7_is_nearly_silent_on_real_documents():
    cfg = load_config()
    apply_table(cfg, {"select": ["GW7"]}, "test")
    found = []
    for path in _corpus_files():
        found += [(path.rsplit("/", 1)[-1], f.code, f.line) for f in lint_path(path, cfg).findings]
    # the only one: 23.txt lists 附件2 as “…调查专家组意见” but the attachment is titled “…调查意见”
    assert found == [("23.txt", "GW706", 9)]  # the file's line (after the source line and a blank one)


# ------------------------------------------------------------------ issue 15 classes
@pytest.mark.parametrize("written,good", [("2026.5.18", "2026年5月18日"), ("2026-05-18", "2026年5月18日"),
                                          ("2026/5/18", "2026年5月18日"), ("2026年5月18号", "2026年5月18日")])
def test_gw702_a_date_written_otherwise_is_the_date_and_is_fixed(written, good):
    text = draft(date=written)
    f = lint(text, "GW702")
    assert len(f) == 1 and f[0].line == text.split("\n").index(written) + 1 and f[0].fix.replacement == good
    assert lint(text, "GW708") == []  # the 成文日期 is there, only written wrongly
    assert lint(apply_fix(text, f[0]), "GW702") == []


def test_gw702_dates_in_a_table_are_not_the_date():
    body = ["现将养护计划印发给你们。", "序号\t路线\t开工日期", "1\t县道X312线\t2026-07-01"]
    assert lint(draft(body=body), "GW702") == []


@pytest.mark.parametrize("recipients,count", [("各设区市交通运输局；省公路事业发展中心；省港航管理局：", 2),
                                              ("各乡（镇）人民政府；县直各单位：", 1)])
def test_gw704_semicolons_are_one_finding_with_every_edit(recipients, count):
    text = draft(recipients=recipients)
    f = lint(text, "GW704")
    assert len(f) == 1 and len(f[0].fix.edits) == count
    assert all(e.text == "，" for e in f[0].fix.edits)


def test_gw705_articles_after_their_chapter_on_one_line_are_continuous():
    body = ["第一章　总则　　第一条　为加强管理，制定本办法。", "第二条　本办法适用于本市。",
            "第二章　监督管理　　第三条　市城市管理部门应当建立信息平台。", "第四条　经营者应当公示收费标准。"]
    assert lint(draft(title="南昌市公共停车场管理办法", number="", recipients=None, body=body), "GW705") == []
    body[3] = "第五条　经营者应当公示收费标准。"
    f = lint(draft(title="南昌市公共停车场管理办法", number="", recipients=None, body=body), "GW705")
    assert len(f) == 1 and "第四条" in f[0].message


@pytest.mark.parametrize("ask", ["拟请市政府协调市财政局追加运维经费300万元。", "恳请省政府在2027年省级预算中安排维修资金1.5亿元。"])
def test_gw709_a_report_asking_for_money_carries_a_request(ask):
    rep = draft(title="江西省林业局关于2025年森林防火工作情况的报告", recipients="江西省人民政府：",
                body=["2025年全省未发生重大森林火灾。", ask, "特此报告。"], signature="江西省林业局")
    f = lint(rep, "GW709")
    assert len(f) == 1 and "夹带请示" in f[0].message


def test_gw709_a_report_with_suggestions_carries_no_request():
    rep = draft(title="江西省商务厅关于一季度外贸运行情况的报告", recipients="江西省人民政府：",
                body=["一季度全省外贸进出口增长7.3%。", "建议各地进一步加大外贸主体培育力度。",
                      "因统计口径调整，部分数据略有差异，敬请谅解。", "特此报告。"], signature="江西省商务厅")
    assert lint(rep, "GW709") == []


@pytest.mark.parametrize("body,line", [
    # 1. used as the second level, then （一） below it: the order of levels is inverted
    (["现将有关事项通知如下。", "一、扩大基地", "1.改造低产林。", "（一）摸底地块。", "（二）技术指导。"], 7),
    (["现将有关事项通知如下。", "一、总体要求", "（1）建立专班。", "（一）制定方案。", "（二）明确分工。"], 7),
    (["现将有关事项通知如下。", "1.总体要求", "一、加强领导。", "二、压实责任。"], 6),
])
def test_gw705_a_higher_level_below_a_lower_one(body, line):
    f = [x for x in lint(draft(body=body), "GW705") if "层级" in x.message]
    assert [x.line for x in f] == [line], [x.message for x in lint(draft(body=body), "GW705")]


@pytest.mark.parametrize("body", [
    ["现将有关事项通知如下。", "一、总体要求", "（一）加强领导", "1.建立专班。", "（1）明确分工。", "二、保障措施"],
    ["现将有关事项通知如下。", "一、扩大基地", "1.改造低产林。", "2.建设道路。", "二、强化保障", "（一）资金保障。"],
    ["现将有关事项通知如下。", "（一）加强领导。", "1.建立专班。", "（二）压实责任。"],
    # articles hold their own items: 第一条 before （一） is no inverted level
    ["现将有关事项通知如下。", "第一条 为规范管理，制定本办法。", "第二条 本办法适用于：", "（一）县直单位；", "（二）乡镇。"],
])
def test_gw705_proper_and_skipped_levels_are_silent(body):
    assert lint(draft(body=body), "GW705") == []


# ------------------------------------------------------------------ h15fmt classes (issue 15)
def test_gw704_halfwidth_colon_after_recipients_is_gw704_once():
    text = draft(recipients="各乡镇人民政府，县政府各部门:")
    f = lint(text, "GW704")
    assert len(f) == 1 and "“:”" in f[0].message and f[0].fix.replacement == "："
    assert apply_fix(text, f[0]).split("\n")[2] == "各乡镇人民政府，县政府各部门："
    # one problem, one code: GW801 leaves the 主送's end mark to GW704 when both run …
    both = load_config()
    apply_table(both, {"select": ["GW704", "GW801"]}, "test")
    assert [x.code for x in lint_bytes(text.encode(), "draft.txt", both).findings] == ["GW704"]
    # … and takes it back when GW704 is off
    assert len(lint(text, "GW801")) == 1
    # a pasted line whose other marks are half-width too is one width problem: GW801's alone
    pasted = draft(recipients="各乡镇人民政府,县政府各部门:")
    assert [x.code for x in lint_bytes(pasted.encode(), "draft.txt", both).findings] == ["GW801"]
    assert lint(draft(), "GW704") == []


def test_gw704_directed_notice_without_recipients():
    body = ["为确保春运安全，现就有关事项通知如下。", "一、各县（区）交通运输局要在1月20日前完成客运站安全检查。",
            "二、市交通运输局组织开展客运车辆安全抽查。"]
    f = lint(draft(title="南昌市交通运输局关于做好春运道路运输安全工作的通知", recipients=None, body=body), "GW704")
    assert len(f) == 1 and "主送机关" in f[0].message
    # a 通告 to the public, or a notice whose 正文 gives no unit a task, may go without one
    pub = ["为保障公共安全，现就有关事项通告如下。", "一、中心城区禁止燃放烟花爆竹。", "二、违反本通告规定的，由公安机关依法处理。"]
    assert lint(draft(title="景德镇市人民政府关于中心城区禁止燃放烟花爆竹的通告", recipients=None, body=pub), "GW704") == []
    assert lint(draft(recipients=None, body=pub[:1] + ["一、春节期间高速公路免费通行。"]), "GW704") == []


@pytest.mark.parametrize("title,fires", [
    ("江西省教育厅关于进一步加强义务教育阶段学生作业管理", True),
    ("安远县人民政府办公室关于做好2026年秋季森林防火工作", True),
    ("江西省教育厅关于进一步加强义务教育阶段学生作业管理的通知", False),
])
def test_gw703_title_without_genre_is_gw703_not_gw708(title, fires):
    text = draft(title=title, recipients="各设区市教育局：")
    f = lint(text, "GW703")
    assert (len(f) == 1 and "缺少文种" in f[0].message) if fires else f == []
    assert lint(text, "GW708") == []


@pytest.mark.parametrize("title,fires", [
    ("景德镇市民政局关于开展《最美敬老院》评选活动的通知", True),
    ("赣州市教育局关于举办《书香赣州·阅读之星》中小学生读书竞赛的通知", True),
    ("江西省人力资源和社会保障厅关于举办《2026年江西省职业技能大赛》的通知", True),
    ("江西省司法厅关于开展《民法典》宣传月活动的通知", False),
    ("江西省教育厅关于举办《红楼梦》读书竞赛的通知", False),
    ("江西省司法厅关于开展《中华人民共和国民法典》进社区宣传活动的通知", False),
    ("萍乡市司法局关于学习宣传贯彻《中华人民共和国行政复议法》和《萍乡市法治政府建设实施方案（2026—2030年）》的通知", False),
])
def test_gw703_book_marks_around_an_activity_name(title, fires):
    f = [x for x in lint(draft(title=title), "GW703") if "书名号" in x.message]
    assert len(f) == (1 if fires else 0)


# A verb before 请 (提请审批, 报请批准, 呈请批复) states that the matter is submitted; it is
# no second closing formula.  In a 报告 the same words are a smuggled request.
@pytest.mark.parametrize("lead", ["现提请审批。", "特报请审批。", "现呈请批复。", "现将有关情况转请审批。"])
def test_gw709_a_relayed_request_is_not_a_second_closing(lead):
    req = _request([f"拟在县城新建应急物资储备库1座，{lead}", "一、选址已完成。", "妥否，请批示。",
                    "（联系人：张三，电话：0791-86200000）"])
    assert lint(req, "GW709") == []
    rep = draft(title="江西省林业局关于2025年森林防火工作情况的报告", recipients="江西省人民政府：",
                body=["2025年全省未发生重大森林火灾。", f"明年防火经费需追加，{lead}"], signature="江西省林业局")
    assert any("夹带请示" in x.message for x in lint(rep, "GW709"))


def test_gw709_two_real_closings_still_count():
    req = _request(["请批准拨付经费500万元。妥否，请批示。", "另需维修办公楼，请审批。",
                    "（联系人：张三，电话：0791-86200000）"])
    assert any("2 处" in x.message for x in lint(req, "GW709"))


# ------------------------------------------------------------------ issue 15, holdout3/fmt classes (hfmt)
def test_gw706_labelled_attachments_without_a_note():
    tail = ["附件1", "招生工作日程安排", "5月31日前公布学区划分方案。", "附件2", "招生咨询电话", "袁州区教育局0795-3200000"]
    f = lint(draft(tail=tail), "GW706")
    assert len(f) == 1 and "没有附件说明" in f[0].message and f[0].line == 9
    # a carried document of a 印发 notice is no attachment
    carried = draft(title="江西省人民政府办公厅关于印发全省森林防火工作方案的通知",
                    body=["《全省森林防火工作方案》已经省政府同意，现印发给你们，请认真贯彻执行。"],
                    tail=["全省森林防火工作方案", "一、加强火源管控。各地要严格落实野外用火管理制度。"])
    assert lint(carried, "GW706") == []


def test_gw706_several_attachments_labelled_without_numbers():
    body = ["各设区市要按附件格式报送普查结果。", "附件：1.普查技术要求", "2.普查结果汇总表"]
    tail = ["附件", "普查技术要求", "普查以乡镇为单位。", "附件", "普查结果汇总表", "县（市、区）　普查面积"]
    f = lint(draft(body=body, tail=tail), "GW706")
    assert len(f) == 1 and "附件1" in f[0].message, [x.message for x in f]
    numbered = ["附件1", "普查技术要求", "普查以乡镇为单位。", "附件2", "普查结果汇总表", "县（市、区）　普查面积"]
    assert lint(draft(body=body, tail=numbered), "GW706") == []


def test_gw706_note_without_attachments_in_this_file_is_not_compared():
    body = ["各设区市要按附件格式报送。", "附件：1.排查技术要求", "2.排查台账"]
    assert lint(draft(body=body), "GW706") == []


def test_note_without_colon_before_a_numbered_list_is_the_note():
    from gwlint.readers import read_bytes
    from gwlint.structure import analyze

    body = ["各设区市要按附件格式报送。", "附件1.排查技术要求", "2.排查台账"]
    tail = ["附件1", "排查技术要求", "以乡镇为单位。", "附件2", "排查台账", "县　数量"]
    st = analyze(read_bytes(draft(body=body, tail=tail).encode(), "draft.txt"))
    assert st.attachment_names == ["排查技术要求", "排查台账"] and len(st.attachments) == 2


@pytest.mark.parametrize("rows", [
    # a Word table flattened one cell per line (.txt copy)
    ["序号", "法规名称", "学习重点", "1", "《建设工程质量管理条例》", "第二章 建设单位的质量责任",
     "2", "《建设工程安全生产管理条例》", "第四章 施工单位的安全责任"],
    # typed with tabs
    ["序号\t法规名称\t学习重点", "1\t《建设工程质量管理条例》\t第二章 建设单位的质量责任",
     "2\t《建设工程安全生产管理条例》\t第四章 施工单位的安全责任"],
])
def test_gw705_table_cells_are_no_headings(rows):
    body = ["现将学习清单公布如下。", *rows, "一、各设区市要组织学习。", "二、学习情况纳入考核。"]
    assert lint(draft(body=body), "GW705") == []
    # the document's own sequence is still checked
    gap = draft(body=["现将学习清单公布如下。", *rows, "一、各设区市要组织学习。", "三、学习情况纳入考核。"])
    assert [f.message for f in lint(gap, "GW705")] == ["序号跳号：上一项为“一、”，本项为“三、”，缺少“二”。"]

"""GW707 on .docx drafts rendered by gwlint.docgen, and families 7–8 on .docx/.pdf input."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.config import apply_table, load_config
from gwlint.docgen import parse_marked, plain_text
from gwlint.docgen.docx import write_docx

SOURCE = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅字〔2026〕12号
@title 江西省人民政府办公厅关于做好春季森林防火工作的通知
@recipients 各市、县（区）人民政府，省政府各部门：
为切实做好春季森林防火工作，经省政府同意，现将有关事项通知如下。
@heading1 一、加强火源管控
@heading2 （一）严格野外用火管理。各地要严格落实野外用火审批制度，严禁在林区内烧荒。
@heading2 （二）加强重点区域巡查。对林区、景区要加密巡查频次。
@heading1 二、强化监测预警
@heading3 1.及时发布预警。省林业局要会同省气象局及时发布高火险天气警报。
@heading3 2.做好应急值守。各地要落实24小时值班制度。
@signature 江西省人民政府办公厅
@date 2026年1月15日
@note （此件公开发布）
"""


def blocks(source: str = SOURCE):
    return parse_marked(source)


def lint(path, *codes):
    cfg = load_config()
    apply_table(cfg, {"select": list(codes) or ["GW707"]}, "test")
    return lint_path(path, cfg).findings


def make(tmp_path, name="draft.docx", source=SOURCE, **overrides):
    p = tmp_path / name
    write_docx(blocks(source), p, overrides=overrides or None)
    return p


def test_standard_layout_is_silent(tmp_path):
    assert lint(make(tmp_path)) == []


@pytest.mark.parametrize("font", ["仿宋", "FangSong", "方正仿宋_GBK"])
def test_font_aliases_are_accepted(tmp_path, font):
    assert lint(make(tmp_path, body_font=font)) == []


def test_one_margin_off_speaks(tmp_path):
    f = lint(make(tmp_path, top_margin_mm=30))
    assert len(f) == 1
    assert f[0].data["kind"] == "margins" and "上（天头）30.0 mm" in f[0].message
    # within the ±1 mm tolerance
    assert lint(make(tmp_path, "ok.docx", left_margin_mm=28.8)) == []


def test_paper_size(tmp_path):
    f = lint(make(tmp_path, page_width_mm=216, page_height_mm=279))
    kinds = {x.data["kind"] for x in f}
    assert "paper" in kinds


def test_body_font_reported_once_with_count(tmp_path):
    f = lint(make(tmp_path, body_font="宋体"))
    assert len(f) == 1
    v = f[0]
    assert v.data["kind"] == "body_font" and "宋体" in v.message
    # recipients, 3 body/heading-tail paragraphs, 2 level-3 headings, 署名, 日期 …
    assert v.data["count"] >= 6 and f"{v.data['count']} 段" in v.message


def test_body_size_and_title_font(tmp_path):
    f = lint(make(tmp_path, body_size_pt=14))
    assert {x.data["kind"] for x in f} == {"body_size"}
    f = lint(make(tmp_path, "t.docx", title_font="宋体"))
    assert [x.data["kind"] for x in f] == ["title_font"] and f[0].line == 3


def test_heading_fonts(tmp_path):
    f = lint(make(tmp_path, heading1_font="仿宋_GB2312"))
    assert [x.data["kind"] for x in f] == ["heading1_font"] and f[0].data["count"] == 2
    f = lint(make(tmp_path, "h2.docx", roles={"heading2": {"font": "黑体"}}))
    assert [x.data["kind"] for x in f] == ["heading2_font"]


def test_page_number(tmp_path):
    f = lint(make(tmp_path, page_number=False))
    assert len(f) == 1 and f[0].data["kind"] == "page_number" and "页码" in f[0].message


# 主送 moved to the 版记 (above 抄送, no line between them), then 抄送 and 印发
BANJI = (SOURCE + """@cc 主送：各市、县（区）人民政府，省政府各部门。
@cc 抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省军区，省法院，省检察院。
@printer 江西省人民政府办公厅秘书处 2026年1月15日印发
""").replace("@recipients 各市、县（区）人民政府，省政府各部门：\n", "")


def test_banji_written_per_the_standard_is_silent_and_reads_back_unchanged(tmp_path):
    from gwlint.readers import read_path

    p = make(tmp_path, source=BANJI)
    assert lint(p) == []
    # the 印发日期 sits on a right tab: the text is the same as the marked source's
    assert [x.text for x in read_path(p).paragraphs] == plain_text(blocks(BANJI)).splitlines()


def test_banji_rules_thick_thin_thick(tmp_path):
    import zipfile

    xml = zipfile.ZipFile(make(tmp_path, source=BANJI)).read("word/document.xml").decode()
    # empty paragraphs carrying the 版记 lines: 0.35 mm first and last, 0.25 mm between 抄送 and 印发
    import re

    widths = re.findall(r'<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="(\d+)" w:space="0" '
                        r'w:color="000000"/></w:pBdr>', xml)
    assert widths == ["8", "6", "8"]
    assert xml.index("主送：") < xml.index('w:sz="6" w:space="0"') < xml.index("秘书处")


def test_banji_size_and_font_one_finding_per_kind(tmp_path):
    f = lint(make(tmp_path, source=BANJI, roles={"cc": {"size_pt": 16}}))
    assert [(x.data["kind"], x.data["count"]) for x in f] == [("banji_size", 2)]
    assert "4号" in f[0].message and "16pt" in f[0].message and f[0].line == f[0].data["lines"][0]
    f = lint(make(tmp_path, "p.docx", source=BANJI, roles={"printer": {"font": "宋体"}}))
    assert [(x.data["kind"], x.data["count"]) for x in f] == [("banji_font", 1)] and "宋体" in f[0].message
    # the 版记 is not 正文: a 16 pt 正文 setting does not apply to it
    f = lint(make(tmp_path, "b.docx", source=BANJI, body_size_pt=14))
    assert {x.data["kind"] for x in f} == {"body_size"}


def test_gw707_is_silent_for_txt_and_pdf(tmp_path):
    txt = tmp_path / "draft.txt"
    txt.write_text(plain_text(blocks()), encoding="utf-8")
    assert lint(txt) == []
    from gwlint.docgen.pdf import write_pdf

    pdf = tmp_path / "draft.pdf"
    write_pdf(blocks(), pdf)
    assert lint(pdf) == []


BAD = SOURCE.replace("赣府厅字〔2026〕12号", "赣府厅字[2026]第12号").replace(
    "现将有关事项通知如下。", "现将有关事项通知如下,其它事项另行通知。").replace("2026年1月15日", "2026年01月15日")


@pytest.mark.parametrize("suffix", ["docx", "pdf", "txt"])
def test_format_and_language_findings_are_the_same_for_docx_pdf_txt(tmp_path, suffix):
    p = tmp_path / f"bad.{suffix}"
    if suffix == "docx":
        write_docx(blocks(BAD), p)
    elif suffix == "pdf":
        from gwlint.docgen.pdf import write_pdf

        write_pdf(blocks(BAD), p)
    else:
        p.write_text(plain_text(blocks(BAD)), encoding="utf-8")
    f = lint(p, "GW7", "GW8")
    got = sorted((x.code, x.fix.replacement if x.fix else None) for x in f)
    assert got == [("GW701", "〔2026〕12号"), ("GW702", "2026年1月15日"),
                   ("GW801", "，"), ("GW803", "其他")], [x.message for x in f]


NEW_CHECKS = """
@issuer_mark 江西省人民政府办公厅文件
@doc_number 赣府厅字〔2026〕12号
@title 江西省人民政府办公厅关于举办《全省森林防火技能大赛》的通知
@recipients 各市、县（区）人民政府、省政府各部门：
根据《全省森林防火规划（2021-2035年）》，经省政府同意，现将有关事项通知如下。
一、大赛由省林业局会同省通讯管理局组织，各地要于26年3月底前报名。
@signature 江西省人民政府办公厅
@date 2026年1月15日
"""


@pytest.mark.parametrize("suffix", ["docx", "pdf", "txt"])
def test_title_recipients_year_span_and_context_words_in_every_format(tmp_path, suffix):
    from tests.drafts import render_draft

    p = render_draft(NEW_CHECKS, suffix, tmp_path)
    f = lint(p, "GW703", "GW704", "GW803", "GW804")
    got = sorted((x.code, x.fix.replacement) for x in f)
    assert got == [("GW703", "“"), ("GW704", "，"), ("GW803", "通信"),
                   ("GW804", "2026"), ("GW804", "—")], [x.message for x in f]


# ------------------------------------------------------------------ issue 15: what is a heading in a .docx
NUMBERED = """
@issuer_mark 江西省水利厅文件
@doc_number 赣水防字〔2026〕21号
@title 江西省水利厅关于做好2026年水库安全度汛工作的通知
@recipients 各设区市水利局：
一、请各设区市水利局于4月15日前完成辖区内小型水库安全度汛责任人公示。
二、各设区市水利局要组织开展汛前检查，对病险水库一律降低水位运行。
（一）主汛期实行24小时值班，发现险情立即报告。
@heading1 第一章　总则
@heading1 1　工作原则
@signature 江西省水利厅
@date 2026年3月18日
"""


def test_numbered_sentences_set_as_body_and_other_heading_styles_are_silent(tmp_path):
    assert lint(make(tmp_path, source=NUMBERED)) == []


def test_a_heading_line_in_the_body_face_is_still_reported(tmp_path):
    source = NUMBERED.replace("@signature", "@heading1 三、保障措施\n@signature")
    f = lint(make(tmp_path, source=source, roles={"heading1": {"font": "仿宋_GB2312"}}))
    assert [x.data["kind"] for x in f] == ["heading1_font"] and f[0].data["lines"] == [10]


@pytest.mark.parametrize("font,fires", [("楷体_GB2312", False), ("黑体", False), ("仿宋_GB2312", False), ("宋体", True)])
def test_level_three_headings_may_be_set_off_in_any_heading_face(tmp_path, font, fires):
    # GB/T 9704 7.3.3: levels 3–4 "一般" in 仿宋; drafts set 1. headings off in 楷体 or 黑体 too (issue 15)
    f = lint(make(tmp_path, roles={"heading3": {"font": font}}))
    assert [x.data["kind"] for x in f] == (["body_font"] if fires else [])

"""公文 structure: classes of layout that real local documents use (issue 15 item 9).

Each class is written in several phrasings (issuers of every level, web copies and typeset drafts) with the
near-misses that must not be read as the element.  The drafts are plain text, one paragraph a line, as the
.txt reader gives them; the cross-format cases at the end render marked drafts to .docx and .pdf.
"""
from __future__ import annotations

import pytest

from gwlint.api import inspect_bytes

from .drafts import render_draft


def structure(text: str):
    ins = inspect_bytes(text.strip().encode("utf-8") + b"\n", "draft.txt", limits=None)
    assert ins.error is None, ins.error
    return ins.structure


def _recipients(st) -> list[str]:
    return st.recipient_list


BODY = "为进一步做好有关工作，经研究，现就有关事项通知如下。\n各有关单位要认真贯彻落实，确保各项任务按期完成。"


# ------------------------------------------------------------ 文号 in parentheses on its own line
@pytest.mark.parametrize("title, number_line, recipients, number", [
    ("江苏省人民政府办公厅关于加快推进数字乡村建设的通知", "（苏政办发〔2025〕12号）",
     "各市、县（市、区）人民政府，省各委办厅局，省各直属单位：", "苏政办发〔2025〕12号"),
    ("浙江省发展和改革委员会关于开展2026年重点项目集中开工活动的通知", "(浙发改投资〔2026〕31号)",
     "各市发展改革委（局）：", "浙发改投资〔2026〕31号"),
    ("赣州市人民政府关于印发赣州市城市更新行动方案的通知", "（赣市府发〔2026〕4号）",
     "各县（市、区）人民政府，市政府各部门，市直各单位：", "赣市府发〔2026〕4号"),
    # a 文号 with wrong brackets inside the parentheses is still the 文号 (GW701 reports its brackets)
    ("上饶市教育局关于做好2026年秋季学期开学工作的通知", "（饶教字[2026]58号）",
     "各县（市、区）教育局，市直各学校：", "饶教字[2026]58号"),
])
def test_parenthesised_doc_number_line_after_the_title(title, number_line, recipients, number):
    st = structure(f"{title}\n{number_line}\n{recipients}\n{BODY}\n")
    assert st.title.text == title
    assert st.doc_number is not None and st.doc_number.text == number
    assert st.recipients is not None and st.recipients.line == 3
    assert st.body_lines[0] == 4


def test_parenthesised_doc_number_after_a_title_wrapped_over_two_lines():
    st = structure("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和\n安徽省工业互联网创新发展行动计划的通知\n"
                   "（皖政办秘〔2021〕82号）\n各市人民政府，省政府各部门，各直属机构：\n" + BODY)
    assert st.title.text == "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划的通知"
    assert st.doc_number.text == "皖政办秘〔2021〕82号"
    assert _recipients(st) == ["各市人民政府", "省政府各部门", "各直属机构"]


def test_a_cited_number_in_parentheses_in_the_body_is_no_doc_number():
    st = structure("江西省人民政府办公厅关于做好防汛工作的通知\n各市、县（区）人民政府，省政府各部门：\n"
                   "根据《国务院办公厅关于加强防汛工作的通知》\n（国办发〔2026〕8号）\n要求，现就有关事项通知如下。\n"
                   "江西省人民政府办公厅\n2026年5月8日")
    assert st.doc_number is None
    assert st.recipients.line == 2


# ------------------------------------------------------------ orders (令)
def test_order_mark_number_and_signing_officer():
    st = structure("广东省人民政府令\n第318号\n《广东省城镇燃气管理规定》已经2026年2月20日省人民政府第十四届12次常务会议"
                   "通过，现予公布，自2026年5月1日起施行。\n省长　王××\n2026年3月1日")
    assert st.doc_number.text == "第318号" and st.doc_number.order
    assert st.issuer.name == "广东省人民政府" and st.doc_type == "令"
    assert st.signature is not None and st.signature.text.replace("\u3000", " ").split() == ["省长", "王××"]
    assert st.date_value.isoformat() == "2026-03-01"
    assert st.body_lines == [3]


@pytest.mark.parametrize("number_line", ["省政府令第232号", "江西省人民政府令第232号", "第232号"])
def test_web_copy_of_an_order_keeps_title_and_number_apart(number_line):
    text = ("江西省人民政府关于废止《江西省著名商标认定和保护办法》的决定\n" + number_line + "\n江西省人民政府令\n第232号\n"
            "《江西省人民政府关于废止〈江西省著名商标认定和保护办法〉的决定》已经2018年4月28日省人民政府第4次常务会议"
            "审议通过，现予公布，自公布之日起施行。\n省长\n2018年5月9日\n（此件主动公开）\n"
            "江西省人民政府关于废止《江西省著名商标认定和保护办法》的决定\n"
            "为了更好地服务改革，省政府决定废止《江西省著名商标认定和保护办法》。\n本决定自公布之日起施行。")
    st = structure(text)
    assert st.title.text == "江西省人民政府关于废止《江西省著名商标认定和保护办法》的决定"
    assert st.doc_number is not None and st.doc_number.order
    assert st.doc_number.text in ("省政府令第232号", "江西省人民政府令第232号", "第232号")
    assert st.issuer.name == "江西省人民政府"
    assert st.signature is not None and st.signature.text == "省长"
    assert st.recipients is None
    assert st.date_value.isoformat() == "2018-05-09"
    assert len(st.body_lines) == 1  # the 令 text; mark and number are its 版头


def test_city_order_signed_by_the_mayor():
    st = structure("南昌市人民政府令\n第179号\n《南昌市城市道路挖掘管理办法》已经市人民政府第45次常务会议审议通过，"
                   "现予公布，自2026年10月1日起施行。\n市长　李　明\n2026年8月20日")
    assert st.doc_number.text == "第179号" and st.issuer.level == "city"
    assert st.signature is not None and "李" in st.signature.text


def test_a_number_line_without_an_order_mark_is_not_read_as_doc_number():
    st = structure("江西省人民政府办公厅关于做好防汛工作的通知\n各市、县（区）人民政府，省政府各部门：\n" + BODY +
                   "\n第3号\n江西省人民政府办公厅\n2026年5月8日")
    assert st.doc_number is None


# ------------------------------------------------------------ ad-hoc issuers (领导小组, 指挥部, 专班)
@pytest.mark.parametrize("signature, level", [
    ("省局新冠肺炎疫情防控工作领导小组", "province"),
    ("南昌市防汛抗旱指挥部", "city"),
    ("江西省应对新冠肺炎疫情工作领导小组办公室", "province"),
    ("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", "province"),
    ("修水县城乡环境综合整治工作专班", "county"),
])
def test_ad_hoc_body_signing_the_document_is_its_issuer(signature, level):
    st = structure(f"关于做好汛期安全防范工作的通知\n各有关单位：\n{BODY}\n{signature}\n2026年6月3日")
    assert st.signature is not None and st.signature.text == signature
    assert st.issuer is not None
    assert (st.issuer.name, st.issuer.kind, st.issuer.level) == (signature, "other", level)


def test_ad_hoc_body_in_the_title_is_the_issuer():
    st = structure("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发实施意见的通知\n"
                   "（皖开放办〔2022〕6号）\n省有关单位：\n" + BODY +
                   "\n安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室\n2022年3月23日")
    assert (st.issuer.kind, st.issuer.level) == ("other", "province")
    assert st.doc_number.text == "皖开放办〔2022〕6号"


def test_a_collective_in_a_table_above_the_signature_is_not_signing():
    st = structure("江西省农业农村厅关于加强调度的通知\n各设区市农业农村局：\n" + BODY +
                   "\n序号\n填报项目\n填报部门\n1\n建设进度\n各设区市农业农村局\n江西省农业农村厅\n2026年4月8日")
    assert st.signature.text == "江西省农业农村厅"


# ------------------------------------------------------------ 署名
@pytest.mark.parametrize("lines, name", [
    (["安徽省推进“三地一区”建设领导小组", "改革开放新高地执行小组办公室"],
     "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"),
    (["中共江西省委全面深化改革委员会", "办公室"], "中共江西省委全面深化改革委员会办公室"),
])
def test_signature_of_one_issuer_wrapped_over_two_lines(lines, name):
    st = structure("关于做好有关工作的通知\n各有关单位：\n" + BODY + "\n" + "\n".join(lines) + "\n2026年3月23日")
    assert st.signature is not None and st.signature.lines == [5, 6]
    assert [o.name for o in st.issuers] == [name]


def test_joint_signature_stays_two_issuers():
    st = structure("江西省财政厅　江西省农业农村厅关于做好补贴发放工作的通知\n各设区市财政局、农业农村局：\n" + BODY +
                   "\n江西省财政厅\n江西省农业农村厅\n2026年4月30日")
    assert [o.name for o in st.issuers] == ["江西省财政厅", "江西省农业农村厅"]
    assert st.signature.text.split() == ["江西省财政厅", "江西省农业农村厅"]


def test_signature_followed_by_a_note_without_date():
    st = structure("江西省人民政府办公厅关于做好元旦期间安全生产工作的通知\n各市、县（区）人民政府，省政府各部门：\n" + BODY +
                   "\n江西省人民政府办公厅\n（此件公开发布）")
    assert st.signature is not None and st.signature.text == "江西省人民政府办公厅"
    assert st.date is None


# ------------------------------------------------------------ dates written wrongly are still the date
@pytest.mark.parametrize("date", ["2026.5.18", "2026-05-18", "2026/5/18", "2026年5月18号", "２０２６年５月１８日",
                                  "二〇二六年五月十八日"])
def test_a_wrongly_written_date_is_still_the_date(date):
    st = structure("南丰县人民政府办公室关于做好蜜桔花期病虫害防治工作的通知\n各乡（镇）人民政府，县政府有关部门：\n" + BODY +
                   f"\n南丰县人民政府办公室\n{date}")
    assert st.date is not None and st.date.text == date.replace(" ", "")
    assert st.date_value is not None and st.date_value.isoformat() == "2026-05-18"
    assert st.signature.text == "南丰县人民政府办公室"


def test_a_number_range_in_the_body_is_no_date():
    st = structure("南丰县人民政府办公室关于做好防治工作的通知\n各乡（镇）人民政府：\n" + BODY + "\n2026.5\n南丰县人民政府办公室\n"
                   "2026年5月18日")
    assert st.date.text == "2026年5月18日"


# ------------------------------------------------------------ marks without 文件 before the title
@pytest.mark.parametrize("mark, number, title", [
    ("南昌市人民政府", None, "南昌市人民政府关于在中心城区禁止燃放烟花爆竹的通告"),
    ("江西省教育厅", "赣教财函〔2026〕15号", "江西省教育厅关于商请安排2027年学前教育发展资金的函"),
    ("九江市财政局", "九财预函〔2026〕9号", "关于商请提供2026年度部门预算执行情况的函"),
])
def test_a_bare_name_mark_above_the_title(mark, number, title):
    head = f"{mark}\n" + (f"{number}\n" if number else "")
    st = structure(head + title + "\n" + BODY + f"\n{mark}\n2026年8月18日")
    assert st.title.text == title
    assert st.issuer_mark is not None and st.issuer_mark.text == mark
    assert (st.doc_number.text if st.doc_number else None) == number


def test_minutes_number_without_agency_code_is_the_doc_number():
    st = structure("江西省人民政府专题会议纪要\n〔2026〕27号\n研究鄱阳湖生态保护补偿有关问题的会议纪要\n"
                   "2026年9月8日，副省长王××主持召开专题会议，研究有关问题。\n一、会议原则同意有关方案。\n2026年9月10日")
    assert st.doc_number is not None and st.doc_number.text == "〔2026〕27号"
    assert st.title.text == "研究鄱阳湖生态保护补偿有关问题的会议纪要"


def test_title_ending_in_a_full_stop_is_the_title():
    st = structure("江西省商务厅关于开展2026年“赣品网上行”活动的通知。\n各设区市商务局：\n" + BODY)
    assert st.title.text == "江西省商务厅关于开展2026年“赣品网上行”活动的通知"
    assert st.title.end_punct == "。"
    assert st.recipients is not None


# ------------------------------------------------------------ chapters and articles on one line
def test_chapter_heading_sharing_a_line_with_its_first_article():
    st = structure("阿坝州政务数据资源管理暂行办法\n第一章　总则\n第一条　为加强政务数据资源管理，制定本办法。\n"
                   "第二条　本办法适用于全州政务数据资源管理。\n第二章　规划建设　　第三条　州数据资源主管部门应当统筹规划。\n"
                   "第四条　各县（市）人民政府应当做好本地区工作。")
    heads = [(h.style, h.number, h.line) for h in st.headings]
    assert heads == [("第一章", 1, 2), ("第一条", 1, 3), ("第一条", 2, 4), ("第一章", 2, 5), ("第一条", 3, 5),
                     ("第一条", 4, 6)]
    chapter, article = st.headings[3], st.headings[4]
    assert chapter.title == "规划建设"
    text = "第二章　规划建设　　第三条　州数据资源主管部门应当统筹规划。"
    assert text[article.start:].startswith("第三条") and article.marker == "第三条"
    assert article.title.startswith("州数据资源主管部门")


# ------------------------------------------------------------ h15fmt: more phrasings (issue 15 items 9, 10)
@pytest.mark.parametrize("mark_line, serial, issuer", [
    ("江西省人民政府令（第265号）", "265", "江西省人民政府"),
    ("九江市人民政府令(第37号)", "37", "九江市人民政府"),
])
def test_order_mark_and_number_on_one_line(mark_line, serial, issuer):
    st = structure(mark_line + "\n《江西省气象灾害防御办法》已经省人民政府常务会议审议通过，现予公布，自2026年7月1日起施行。"
                   "\n省长　叶××\n2026年4月20日")
    assert st.doc_number is not None and st.doc_number.order and st.doc_number.serial == serial
    assert st.issuer.name == issuer and st.doc_type == "令" and st.title is None


@pytest.mark.parametrize("lines, name", [
    (["上饶市防汛抗旱", "指挥部"], "上饶市防汛抗旱指挥部"),
    (["赣州市创建全国文明城市工作", "领导小组办公室"], "赣州市创建全国文明城市工作领导小组办公室"),
])
def test_signature_broken_before_the_organ_word(lines, name):
    st = structure("关于做好有关工作的通知\n各有关单位：\n" + BODY + "\n" + "\n".join(lines) + "\n2026年6月16日")
    assert st.signature is not None and st.signature.lines == [5, 6]
    assert [o.name for o in st.issuers] == [name]


@pytest.mark.parametrize("above", ["特此通知", "抚州市人民政府分管副市长"])
def test_a_line_above_the_signature_is_not_its_head(above):
    # a body line or a table cell above a complete name is no first half of it
    st = structure("关于做好有关工作的通知\n各有关单位：\n" + BODY + "\n" + above + "\n江西省农业农村厅\n2026年6月16日")
    assert st.signature.lines == [6] and st.signature.text == "江西省农业农村厅"


@pytest.mark.parametrize("title, recipients", [
    ("江西省教育厅关于进一步加强义务教育阶段学生作业管理", "各设区市教育局："),
    ("安远县人民政府办公室关于做好2026年秋季森林防火工作", "各乡（镇）人民政府，县直有关单位："),
])
def test_title_without_its_genre_is_still_the_title(title, recipients):
    st = structure(title + "\n" + recipients + "\n" + BODY + "\n江西省教育厅\n2026年9月1日")
    assert st.title is not None and st.title.text == title
    assert st.recipients is not None and st.recipients.line == 2


def test_a_sentence_naming_an_issuer_is_no_title():
    st = structure("江西省教育厅关于进一步加强义务教育阶段学生作业管理，现通知如下。\n" + BODY + "\n江西省教育厅\n2026年9月1日")
    assert st.title is None


def test_chapter_and_article_run_together_without_spaces():
    st = structure("萍乡市公共资源交易管理办法\n第一章 总则 第一条 为规范公共资源交易活动，制定本办法。\n"
                   "第二条 本办法适用于本市。\n第二章交易规则第三条 公共资源交易实行目录管理。\n第四条 交易目录由市编制。")
    heads = [(h.style, h.number) for h in st.headings]
    assert heads == [("第一章", 1), ("第一条", 1), ("第一条", 2), ("第一章", 2), ("第一条", 3), ("第一条", 4)]
    assert st.headings[3].title == "交易规则"


# ------------------------------------------------------------ the same structure from .txt, .docx and .pdf
CROSS_FORMAT = {
    "parenthesised-number": (
        "@title 湖南省人民政府办公厅关于进一步做好城乡居民医疗保险参保工作的通知\n@doc_number （湘政办发〔2026〕15号）\n"
        "@recipients 各市州、县市区人民政府，省政府各厅委、各直属机构：\n" + BODY +
        "\n@signature 湖南省人民政府办公厅\n@date 2026年3月4日\n",
        {"doc_number": "湘政办发〔2026〕15号", "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
         "issuer": ("湖南省人民政府办公厅", "government_office", "province"), "date": "2026-03-04"}),
    "order": (
        "@issuer_mark 江西省人民政府令\n@doc_number 第262号\n《江西省城市供水管理办法》已经2026年5月20日省人民政府第38次常务会议"
        "审议通过，现予公布，自2026年8月1日起施行。\n@signature 省长　叶××\n@date 2026年6月2日\n",
        {"doc_number": "第262号", "signature": "省长 叶××", "issuer": ("江西省人民政府", "government", "province"),
         "date": "2026-06-02"}),
    "ad-hoc-wrapped-signature": (
        "@title 关于做好汛期安全防范工作的通知\n@recipients 各有关单位：\n" + BODY +
        "\n@signature 安徽省推进“三地一区”建设领导小组\n@signature 改革开放新高地执行小组办公室\n@date 2026年6月3日\n",
        {"issuer": ("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", "other", "province"),
         "date": "2026-06-03", "recipients": ["各有关单位"]}),
    "dotted-date": (
        "@issuer_mark 南丰县人民政府办公室文件\n@doc_number 丰府办字〔2026〕22号\n"
        "@title 南丰县人民政府办公室关于做好蜜桔花期病虫害防治工作的通知\n@recipients 各乡（镇）人民政府，县政府有关部门：\n"
        + BODY + "\n@signature 南丰县人民政府办公室\n@date 2026.5.18\n",
        {"doc_number": "丰府办字〔2026〕22号", "signature": "南丰县人民政府办公室", "date": "2026-05-18",
         "issuer": ("南丰县人民政府办公室", "government_office", "county")}),
}


def _facts(st) -> dict:
    return {
        "doc_number": st.doc_number.text if st.doc_number else None,
        "recipients": st.recipient_list,
        "signature": st.signature.text.replace("\u3000", " ") if st.signature else None,
        "issuer": (st.issuer.name, st.issuer.kind, st.issuer.level) if st.issuer else None,
        "date": st.date_value.isoformat() if st.date_value else None,
    }


@pytest.mark.parametrize("name", sorted(CROSS_FORMAT))
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_classes_read_alike_in_every_format(name, fmt, tmp_path):
    from gwlint.api import inspect_path

    source, want = CROSS_FORMAT[name]
    ins = inspect_path(render_draft(source, fmt, tmp_path), limits=None)
    assert ins.error is None, ins.error
    got = _facts(ins.structure)
    assert {k: got[k] for k in want} == want


# ------------------------------------------------------------ a table cell is never a structural element (h15d)
TABLE_BODY = ("现将培训时间安排如下：\n培训内容\n培训时间\n规模以上工业统计制度解读\n2026年10月8日\n"
              "服务业统计方法制度解读\n2026年10月15日")


def test_a_date_cell_of_a_plain_text_table_is_no_date():
    st = structure(f"江西省统计局关于举办统计业务培训的通知\n赣统字〔2026〕31号\n各设区市统计局：\n{TABLE_BODY}\n"
                   "江西省统计局\n2026年9月20日")
    assert st.date.text == "2026年9月20日" and st.signature.text == "江西省统计局"


def test_a_text_without_date_keeps_its_table_dates_in_the_body():
    st = structure(f"江西省统计局关于举办统计业务培训的通知\n赣统字〔2026〕31号\n各设区市统计局：\n{TABLE_BODY}\n"
                   "江西省统计局")
    assert st.date is None and st.signature is not None and st.signature.text == "江西省统计局"


def test_a_text_without_date_closes_before_its_attachments():
    st = structure("江西省林业局关于公布2026年省级森林乡村名单的通知\n赣林字〔2026〕66号\n各设区市林业局：\n"
                   "经县级申报、市级推荐、省级审核，确定200个村为2026年省级森林乡村。\n附件：2026年省级森林乡村名单\n"
                   "江西省林业局\n附件\n2026年省级森林乡村名单\n南昌市：南昌县黄马乡罗渡村等18个村。")
    assert st.date is None and st.signature is not None and st.signature.text == "江西省林业局"
    assert len(st.attachments) == 1 and st.attachments[0].title.text == "2026年省级森林乡村名单"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_table_cells_of_docx_and_pdf_are_no_date_signature_or_heading(fmt, tmp_path):
    src = ("@doc_number 龙财预〔2026〕44号\n@title 龙岩市财政局关于报送2027年部门预算编制联系人的通知\n"
           "@recipients 市直各部门：\n请各部门确定预算编制联系人，按下表格式填写后报送市财政局预算科。\n"
           "@table 序号|单位名称|填表日期\n@table 一、|龙岩市财政局|2026年9月1日\n")
    ins = inspect_bytes(render_draft(src, fmt, tmp_path).read_bytes(), f"draft.{fmt}", limits=None)
    st = ins.structure
    assert st.date is None and st.signature is None
    assert not [h for h in st.headings if h.text.startswith("一")]

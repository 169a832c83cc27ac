"""Format and language classes of issue 15 round 7 (hD): each case is a marked draft rendered to
.txt and .docx by gwlint.docgen and linted with the default configuration."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.config import Config
from gwlint.docgen import parse_marked, plain_text
from gwlint.docgen.docx import write_docx
from gwlint.readers import read_path
from gwlint.structure import analyze

HEAD = "@issuer_mark 万年县人民政府文件\n@doc_number 万府发〔2026〕6号\n@title 万年县人民政府关于做好春季农村人居环境整治工作的通知\n"
BODY = "各乡镇人民政府要在4月30日前完成村庄清洁行动第一轮集中整治，县农业农村局负责督促指导。\n"
TAIL = "@signature 万年县人民政府\n@date 2026年3月12日\n"
RECIPIENTS = "@recipients 各乡镇人民政府，县直各单位：\n"


def _files(tmp_path, source: str):
    blocks = parse_marked(source)
    txt, docx = tmp_path / "d.txt", tmp_path / "d.docx"
    txt.write_text(plain_text(blocks), encoding="utf-8")
    write_docx(blocks, docx)
    return txt, docx


def _findings(path, code: str):
    return [f for f in lint_path(path, Config()).findings if f.code == code]


def _both(tmp_path, source: str, code: str) -> list[list]:
    return [_findings(p, code) for p in _files(tmp_path, source)]


@pytest.mark.parametrize("date, word", [("二0二六年三月十二日", "阿拉伯数字"), ("二O二六年三月十二日", "阿拉伯数字"),
                                        ("2026年3月", "缺少日")])
def test_flawed_date_is_one_gw702_not_a_missing_date(tmp_path, date, word):
    source = HEAD + RECIPIENTS + BODY + TAIL.replace("2026年3月12日", date)
    for path in _files(tmp_path, source):
        assert [word in f.message for f in _findings(path, "GW702")] == [True]
        assert _findings(path, "GW708") == []


def test_month_only_line_in_the_body_is_no_date(tmp_path):
    # 2026年3月 as the closing line without a 署名 above is not taken for the 成文日期
    source = HEAD + RECIPIENTS + BODY + "2026年3月\n"
    txt, _ = _files(tmp_path, source)
    assert analyze(read_path(txt)).date is None


def test_detachment_signature_is_a_signature(tmp_path):
    source = ("@doc_number ××公交〔2026〕9号\n@title ××市公安局交通管理支队关于做好汛期道路交通安全管理工作的通知\n"
              "@recipients 各大队：\n各大队要在6月10日前完成辖区易积水路段排查。\n"
              "@signature ××市公安局交通管理支队\n@date 2026年5月28日\n")
    txt, docx = _files(tmp_path, source)
    assert _findings(txt, "GW708") == []
    st = analyze(read_path(txt))
    assert st.doc_number is not None and st.signature is not None
    assert _findings(docx, "GW707") == []  # the 文号 is no title set in the wrong face


@pytest.mark.parametrize("rec, expected", [
    ("@recipients 各乡镇人民政府、街道办事处，县直各单位，\n", "不用“，”"),
    ("@recipients 各乡镇人民政府、街道办事处，县直各单位。\n", "不用“。”"),
    ("@recipients 各县（市）人民政府，州政府各委办局、各直属机构\n", "应加全角冒号"),
])
def test_recipient_end_mark(tmp_path, rec, expected):
    for found in _both(tmp_path, HEAD + rec + BODY + TAIL, "GW704"):
        assert [expected in f.message for f in found] == [True]


def test_recipients_wrapped_over_three_lines(tmp_path):
    rec = ("@recipients 各县市人民政府，经济开发区管委会，州人民政府各工作部门、各直属机构，\n"
           "@recipients 州属国有企业，中央、省驻州有关单位，\n@recipients 州内各高等院校、中等职业学校：\n")
    txt, docx = _files(tmp_path, HEAD + rec + BODY + TAIL)
    assert _findings(txt, "GW704") == [] and _findings(docx, "GW704") == []
    st = analyze(read_path(txt))
    assert len(st.recipients.lines) == 3 and st.recipient_list[-1] == "州内各高等院校、中等职业学校"


def test_angle_brackets_in_doc_number(tmp_path):
    source = HEAD.replace("万府发〔2026〕6号", "万府发〈2026〉6号") + RECIPIENTS + BODY + TAIL
    for found in _both(tmp_path, source, "GW701"):
        assert len(found) == 1 and "〈〉" in found[0].message


@pytest.mark.parametrize("title, fires", [("关于增加特困人员供养经费的请示函", True), ("关于增加特困人员供养经费的请示", False)])
def test_mixed_genre_qingshi_han(tmp_path, title, fires):
    source = (f"@title 万年县民政局{title}\n@recipients 万年县人民政府：\n恳请县政府增加供养经费120万元。\n妥否，请批示。\n"
              "@signature 万年县民政局\n@date 2026年9月3日\n@note （联系人：县民政局周××，电话：0793-3××××××）\n")
    txt, _ = _files(tmp_path, source)
    assert bool(_findings(txt, "GW703")) is fires


def _request(closing: str, title: str = "关于设立市急救中心分站的请示") -> str:
    return (f"@title 新余市卫生健康委员会{title}\n@recipients 新余市人民政府：\n我委拟在高新区设立市急救中心分站。\n"
            f"{closing}\n@signature 新余市卫生健康委员会\n@date 2026年4月2日\n"
            "@note （联系人：市卫生健康委医政科钟××，电话：0790-6××××××）\n")


def test_bingqing_second_ask_and_same_ask(tmp_path):
    second = _request("以上请示，请予批准，并请同意从市本级专项资金中安排开办经费200万元。")
    same = _request("以上请示，请予批准，并请批复。")
    assert len(_findings(_files(tmp_path, second)[0], "GW709")) == 1
    assert _findings(_files(tmp_path, same)[0], "GW709") == []


def test_qingshi_baogao_title_is_one_finding(tmp_path):
    txt, _ = _files(tmp_path, _request("妥否，请批示。", "关于设立市急救中心分站的请示报告"))
    assert len(_findings(txt, "GW703")) == 1
    assert _findings(txt, "GW709") == []


def test_table_cell_ranges_and_lunar_dates(tmp_path):
    source = (HEAD + RECIPIENTS + "正月十五元宵节期间预计每晚观众3万～5万人次，每个场地配备安保人员20—30名。\n"
              "@table 培训等级|补贴标准（元/人）\n@table 初级工|500-800\n@table 中级工|1000-1500\n" + TAIL)
    for found in _both(tmp_path, source, "GW804"):
        assert sorted(f.message for f in found) == ["数值范围“1000-1500”中的连接号应使用浪纹线“～”。",
                                                    "数值范围“500-800”中的连接号应使用浪纹线“～”。"]


@pytest.mark.parametrize("sentence, wrong", [
    ("深入贯彻习近平新时代特色社会主义思想。", "习近平新时代特色社会主义思想"),
    ("深入贯彻习近平中国特色社会主义新时代思想。", "习近平中国特色社会主义新时代思想"),
    ("以中国特色社会主义新时代思想为指导。", "中国特色社会主义新时代思想"),
    ("团结在以习近平同志为核心党中央周围。", "以习近平同志为核心党中央"),
    ("要深刻领会“两个确立”的决定性意义。", "深刻领会“两个确立”的决定性意义"),
    ("要全面、准确、完整贯彻新发展理念。", "全面、准确、完整贯彻新发展理念"),
    ("统筹推进“五位一体”战略布局。", "“五位一体”战略布局"),
    ("深化放管服改革。", "放管服"),
    ("编制十五五规划。", "十五五"),
])
def test_fixed_phrase_written_wrong(tmp_path, sentence, wrong):
    txt, _ = _files(tmp_path, HEAD + RECIPIENTS + sentence + "\n" + BODY + TAIL)
    found = _findings(txt, "GW805")
    assert len(found) == 1
    assert read_path(txt).paragraphs[found[0].line - 1].text[found[0].column - 1:found[0].end_column - 1] == wrong


def test_fixed_phrases_written_right_and_codes(tmp_path):
    body = ("坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，完整、准确、全面贯彻新发展理念，"
            "编制“十五五”规划，深化“放管服”改革。根据《关于印发工作要点的通知》（赣放管服办〔2026〕3号）执行。\n")
    txt, _ = _files(tmp_path, HEAD + RECIPIENTS + body + BODY + TAIL)
    assert _findings(txt, "GW805") == []


def test_two_closing_quotes_are_one_finding(tmp_path):
    txt, _ = _files(tmp_path, HEAD + RECIPIENTS + "各乡镇要深入开展”铁拳”行动。\n" + BODY + TAIL)
    found = _findings(txt, "GW802")
    assert len(found) == 1 and "应为左引号" in found[0].message


@pytest.mark.parametrize("sentence, fires", [("截止到目前，全县已完成改厕800户。", True), ("截至到6月底，全县已完成改厕800户。", True),
                                             ("截至目前，全县已完成改厕800户。", False),
                                             ("网上申报于5月31日截止，截止日期后不再受理。", False)])
def test_jiezhi_dao(tmp_path, sentence, fires):
    txt, _ = _files(tmp_path, HEAD + RECIPIENTS + sentence + "\n" + BODY + TAIL)
    assert bool(_findings(txt, "GW803")) is fires


def test_issuer_code_with_doubled_character(tmp_path):
    source = (HEAD.replace("万府发〔2026〕6号", "万农农字〔2026〕36号") + RECIPIENTS
              + "根据《关于印发农业主推技术的通知》（万农农字〔2026〕5号），各乡镇要在4月10日前完成育秧。\n" + TAIL)
    txt, _ = _files(tmp_path, source)
    assert _findings(txt, "GW806") == []
    txt, _ = _files(tmp_path, HEAD + RECIPIENTS + "各乡镇要加强对农业生产的的指导。\n" + TAIL)
    assert len(_findings(txt, "GW806")) == 1


def test_dense_short_notice(tmp_path):
    dense = ("各乡镇人民政府、县直各单位要高度重视，统一思想，提高认识，切实加强组织领导，认真贯彻落实，狠抓工作落实，"
             "确保各项工作落到实处，4月10日前完成应急物资储备检查。\n")
    concrete = "各乡镇人民政府要在4月10日前完成应急物资储备检查，县应急管理局负责抽查，请认真贯彻落实。\n"
    assert len(_findings(_files(tmp_path, HEAD + RECIPIENTS + dense + TAIL)[0], "GW501")) == 1
    assert _findings(_files(tmp_path, HEAD + RECIPIENTS + concrete + TAIL)[0], "GW501") == []


def _carrying_notice(docs: list[tuple[str, int]], annex: int = 0) -> str:
    """An 印发 notice of a 省政府办公厅 printing each carried document (title, paragraphs of
    about 100 字) inside the 正文, optionally followed by an attached 分工表."""
    names = "和".join(t for t, _ in docs)
    out = ["@issuer_mark 江西省人民政府办公厅文件", "@doc_number 赣府厅发〔2026〕9号",
           f"@title 江西省人民政府办公厅关于印发{names}的通知", "@recipients 各市、县（区）人民政府，省政府各部门：",
           "《" + "》和《".join(t for t, _ in docs) + "》已经省政府同意，现印发给你们，请认真组织实施。"]
    para = ("各设区市人民政府要在年底前完成社区养老服务设施建设，每个街道至少建成1个综合养老服务中心，"
            "省民政厅负责统筹指导，省财政厅按规定给予资金支持，确保各项任务按期完成并接受社会监督。")
    for title, n in docs:
        out += ["@page_break", f"@heading1 {title}"] + [para] * n
    out += ["@signature 江西省人民政府办公厅", "@date 2026年6月18日"]
    if annex:
        out += ["@page_break", "@attachment_label 附件", "@attachment_title 重点任务分工表"] + [para] * annex
    return "\n".join(out) + "\n"


def test_carried_documents_in_the_body_are_counted_each(tmp_path):
    # two carried documents of about 2,500 字 each: neither is over 4,000
    txt, _ = _files(tmp_path, _carrying_notice([("数字政府建设提升方案", 25), ("公共数据开放实施方案", 25)]))
    assert _findings(txt, "GW101") == []
    # one carried document of about 3,200 字 whose 分工表 of about 1,050 字 is attached: over 4,000 together
    txt, _ = _files(tmp_path, _carrying_notice([("养老服务体系建设提升行动方案", 36)], annex=12))
    found = _findings(txt, "GW101")
    assert len(found) == 1 and found[0].message.startswith("《养老服务体系建设提升行动方案》共")

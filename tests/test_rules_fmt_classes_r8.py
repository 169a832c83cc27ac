"""Format and language classes of issue 15 round 8 (hZ, holdout6): each case is a marked draft
rendered by gwlint.docgen to .txt (and .docx where the class is a .docx one) and linted with the
default configuration."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.config import Config
from gwlint.docgen import parse_marked, plain_text
from gwlint.docgen.docx import write_docx


def _txt(tmp_path, source: str):
    p = tmp_path / "d.txt"
    p.write_text(plain_text(parse_marked(source)), encoding="utf-8")
    return p


def _docx(tmp_path, source: str, overrides: dict | None = None):
    p = tmp_path / "d.docx"
    write_docx(parse_marked(source), p, overrides=overrides)
    return p


def _codes(path, code: str):
    return [f for f in lint_path(path, Config()).findings if f.code == code]


# ------------------------------------------------------------------ GW704: a 下行文 without 主送
NOTICE = ("@issuer_mark 抚州市临川区农业农村局文件\n@doc_number 临农字〔2026〕5号\n"
          "@title 抚州市临川区农业农村局关于做好春季动物防疫工作的通知\n{recipients}"
          "为做好春季动物防疫工作，区农业农村局决定在全区开展春季集中免疫。{body}\n"
          "@signature 抚州市临川区农业农村局\n@date 2026年3月5日\n")


@pytest.mark.parametrize("body", [
    "各乡镇、街道畜牧兽医站负责辖区内免疫注射。",  # a collective of stations, its task given by 负责
    "各乡镇农业综合服务中心按下表落实免疫任务。",  # 按 (下表) 落实
    "免疫工作于4月底前完成。（责任单位：各乡镇人民政府）",  # a 责任单位 note
])
def test_gw704_notice_giving_units_tasks_needs_recipients(tmp_path, body):
    src = NOTICE.format(recipients="", body=body)
    f = _codes(_txt(tmp_path, src), "GW704")
    assert len(f) == 1 and "主送机关" in f[0].message
    # the same notice with its 主送 is quiet
    assert _codes(_txt(tmp_path, NOTICE.format(recipients="@recipients 各乡镇人民政府、街道办事处：\n", body=body)),
                  "GW704") == []


def test_gw704_notice_to_the_public_without_unit_tasks_stays_quiet(tmp_path):
    src = NOTICE.format(recipients="", body="养殖户可到就近兽医站免费领取疫苗。")
    assert _codes(_txt(tmp_path, src), "GW704") == []


# ------------------------------------------------------------------ GW708: 版头 is no 署名
HEAD = ("@issuer_mark 上饶市人民政府办公室文件\n@doc_number 饶府办字〔2026〕45号\n"
        "@title 上饶市人民政府办公室关于做好2026年防汛工作的通知\n@recipients 各县（市、区）人民政府：\n"
        "各县（市、区）人民政府要在5月底前完成水库安全隐患排查。\n")


def test_gw708_banner_does_not_stand_in_for_the_signature(tmp_path):
    f = _codes(_txt(tmp_path, HEAD + "@date 2026年4月9日\n"), "GW708")
    assert len(f) == 1 and "缺少发文机关署名" in f[0].message and "版头" in f[0].message
    assert _codes(_txt(tmp_path, HEAD + "@signature 上饶市人民政府办公室\n@date 2026年4月9日\n"), "GW708") == []


@pytest.mark.parametrize("source", [
    # 命令 signed with the signer's 职务 and 签名章 (GB/T 9704-2012 7.3.5.3, 10.2)
    "@issuer_mark 江西省人民政府令\n@doc_number 第268号\n@title 江西省人民政府令\n"
    "《江西省生活垃圾分类管理办法》已经省人民政府常务会议审议通过，现予公布，自2026年7月1日起施行。\n"
    "@signature 省长　叶××\n@date 2026年5月20日\n",
    # 纪要 close with the date alone (10.3)
    "@issuer_mark 遂川县人民政府常务会议纪要\n@doc_number 第9期\n@title 县人民政府第9次常务会议纪要\n"
    "2026年6月18日，县长王××主持召开县人民政府第9次常务会议。纪要如下：\n"
    "一、会议同意县城区停车场建设项目采用特许经营方式实施。\n@date 2026年6月19日\n",
])
def test_gw708_minutes_and_orders_close_without_a_signature(tmp_path, source):
    assert _codes(_txt(tmp_path, source), "GW708") == []


# ------------------------------------------------------------------ GW707: 抄报 is part of the 版记
BANJI = ("@issuer_mark 株洲市生态环境局文件\n@doc_number 株环发〔2026〕14号\n"
         "@title 株洲市生态环境局关于开展夏季臭氧污染防治攻坚的通知\n@recipients 各县市区生态环境分局：\n"
         "各分局要加强涉挥发性有机物企业的执法检查。\n@signature 株洲市生态环境局\n@date 2026年5月22日\n{cc}")


@pytest.mark.parametrize("cc", [
    "@cc 抄报：市人民政府，省生态环境厅。\n",
    "@cc 抄报：市人民政府。\n@cc 抄送：市财政局，市自然资源和规划局。\n@printer 株洲市生态环境局办公室　　2026年5月22日印发\n",
])
def test_gw707_chaobao_line_is_banji_at_14pt(tmp_path, cc):
    src = BANJI.format(cc=cc)
    assert _codes(_docx(tmp_path, src), "GW707") == []
    # set in 3号 like the body, the 版记 is flagged as such, not as body text
    f = _codes(_docx(tmp_path, src, {"cc_size_pt": 16}), "GW707")
    assert len(f) == 1 and f[0].message.startswith("版记")


# ------------------------------------------------------------------ GW803: a wrong word cut by segmentation
@pytest.mark.parametrize("text, wrong", [
    ("各县（市）市场监督管理局要查处虚假宣传、价格欺诈及其它违法行为。", "其它"),
    ("各乡镇要配合对攻府投资项目开展审计。", "攻府"),
    ("该事项须提交县政府常务会议申议和表决。", "申议"),  # 申/议和: cut at its end
    ("各乡镇要及时回应在杜会上引起广泛关注的问题。", "杜会"),
])
def test_gw803_word_cut_from_a_fused_function_word(tmp_path, text, wrong):
    src = HEAD.replace("各县（市、区）人民政府要在5月底前完成水库安全隐患排查。", text) + \
        "@signature 上饶市人民政府办公室\n@date 2026年4月9日\n"
    f = _codes(_txt(tmp_path, src), "GW803")
    assert [x.data["wrong"] for x in f] == [wrong]


def test_gw803_fused_prefix_does_not_reach_real_compounds(tmp_path):
    text = "各乡镇及其他有关单位要同步署名登记，巡视组入住宾馆须自行付费，未必需要统一安排。"
    src = HEAD.replace("各县（市、区）人民政府要在5月底前完成水库安全隐患排查。", text) + \
        "@signature 上饶市人民政府办公室\n@date 2026年4月9日\n"
    assert [x.data["wrong"] for x in _codes(_txt(tmp_path, src), "GW803")] == ["入住"]


# ------------------------------------------------------------------ GW805: official formulations
@pytest.mark.parametrize("text, right", [
    ("为深度融入共建“一带一路”战略，", "“一带一路”倡议"),
    ("对接“一带一路”重大战略，", "“一带一路”倡议"),
    ("推进国家治理体系和能力现代化，", "国家治理体系和治理能力现代化"),
    ("铸牢中华民族共同意识，", "铸牢中华民族共同体意识"),
    ("以中国式现代化推进中华民族伟大复兴，", "以中国式现代化全面推进中华民族伟大复兴"),
])
def test_gw805_shortened_or_renamed_formulations(tmp_path, text, right):
    src = HEAD.replace("各县", text + "各县", 1) + "@signature 上饶市人民政府办公室\n@date 2026年4月9日\n"
    f = _codes(_txt(tmp_path, src), "GW805")
    assert len(f) == 1 and f"应为“{right}”" in f[0].message


def test_gw805_correct_and_local_formulations_stay_quiet(tmp_path):
    text = ("高质量共建“一带一路”，落实“一带一路”倡议，打造“一带一路”战略支点，推进国家治理体系和治理能力现代化，"
            "推进市域社会治理体系和治理能力现代化，铸牢中华民族共同体意识，实施区域协调发展战略。")
    src = HEAD.replace("各县", text + "各县", 1) + "@signature 上饶市人民政府办公室\n@date 2026年4月9日\n"
    assert _codes(_txt(tmp_path, src), "GW805") == []


# ------------------------------------------------------------------ a 公告's or 纪要's serial under its mark
@pytest.mark.parametrize("head, serial, title", [
    ("广西壮族自治区市场监督管理局", "2026年第6号", "广西壮族自治区市场监督管理局关于2026年第一季度食品安全监督抽检情况的公告"),
    ("遂川县人民政府常务会议纪要", "第9期", "县人民政府第9次常务会议纪要"),
])
def test_serial_under_the_mark_is_no_part_of_the_title(tmp_path, head, serial, title):
    src = (f"@issuer_mark {head}\n@doc_number {serial}\n@title {title}\n"
           "2026年第一季度共抽检食品样品3200批次。\n@signature 广西壮族自治区市场监督管理局\n@date 2026年4月20日\n")
    from gwlint.readers import read_path
    from gwlint.structure import analyze
    for path in (_txt(tmp_path, src), _docx(tmp_path, src)):
        st = analyze(read_path(path))
        assert st.title is not None and st.title.text == title
        assert st.doc_number is not None and st.doc_number.text == serial
    assert _codes(_docx(tmp_path, src), "GW707") == []
    assert _codes(_txt(tmp_path, src), "GW701") == []


def test_gw107_names_the_chaobao_line_by_its_label(tmp_path):
    src = BANJI.format(cc="@cc 抄报：市政府分管副市长。\n")
    for path in (_txt(tmp_path, src), _docx(tmp_path, src)):
        f = _codes(path, "GW107")
        assert [x.data["verb"] for x in f] == ["抄报"] and "版记抄报“市政府分管副市长”" in f[0].message


@pytest.mark.parametrize("issuer", ["江西省档案馆", "九江市水文站", "中共南昌市委党校", "萍乡市湘东区综合行政执法大队"])
def test_gw708_public_institution_signature_under_a_banner(tmp_path, issuer):
    src = (f"@issuer_mark {issuer}文件\n@doc_number 赣档馆字〔2026〕6号\n@title {issuer}关于征集重要档案资料的通知\n"
           "@recipients 各设区市档案馆：\n各设区市档案馆要在本地区同步开展征集。\n"
           f"@signature {issuer}\n@date 2026年2月28日\n")
    for path in (_txt(tmp_path, src), _docx(tmp_path, src)):
        assert _codes(path, "GW708") == []

"""Classes of issue 15 round 12 (h12l): which titles make an appointment notice (GW105), a
scoped collective and a two-character county beside a department as the subject of an order
(GW104), the material a GW106 message names, and a doubled character whose second copy opens a
word (GW806).  Each case is a marked draft rendered by gwlint.docgen and linted with the default
configuration."""
from __future__ import annotations

import pytest

from gwlint.analysis.tokens import opens_word
from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path), Config()).findings if f.code == code]


# ------------------------------------------------------------------ GW105: appointment titles
INFORM = ("@doc_number 赣人社字〔2026〕118号\n@title {title}\n@recipients 各设区市人民政府，省直有关单位：\n"
          "经评审委员会评审，王建国等326名同志具备正高级工程师任职资格，现予公布。\n"
          "@signature 江西省人力资源和社会保障厅\n@date 2026年11月25日\n")


@pytest.mark.parametrize("title, fires", [
    ("江西省人力资源和社会保障厅关于公布2026年度工程系列高级专业技术职务任职资格评审结果的通知", True),
    ("江西省人力资源和社会保障厅关于卫生系列高级专业技术职务评审委员会组成人员的通知", True),
    ("江西省人力资源和社会保障厅关于王建国等同志任职的通知", False),
    ("江西省人力资源和社会保障厅关于王建国职务任免的通知", False),
    ("江西省人力资源和社会保障厅关于刘志远等人员任免职务的通知", False),
    ("江西省人力资源和社会保障厅关于任命省职称评审专家的通知", False),
])
def test_only_an_appointment_title_exempts_an_informing_notice(tmp_path, title, fires):
    assert bool(_found(tmp_path, INFORM.format(title=title), "GW105")) is fires


# ------------------------------------------------------------------ GW104: subjects
ORDER = ("@doc_number 宿应急发〔2026〕31号\n@title {issuer}关于做好森林防灭火工作的通知\n"
         "@recipients 各县（区）人民政府，市直有关单位：\n一、萧县、市消防救援支队要在3月底前完成防火隔离带清理。\n"
         "二、其余各县（区）要组织对辖区林区开展一次全面排查。\n三、沿淮各县（区）人民政府要落实24小时值守。\n"
         "@signature {issuer}\n@date 2026年3月12日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_scoped_collective_and_county_beside_department_order_for_a_department(tmp_path, fmt):
    found = _found(tmp_path, ORDER.format(issuer="宿州市应急管理局"), "GW104", fmt)
    assert sorted(f.data["subject"] for f in found) == ["各县（区）", "各县（区）人民政府", "萧县"]


def test_same_sentences_from_the_government_office_are_no_gw104(tmp_path):
    assert not _found(tmp_path, ORDER.format(issuer="宿州市人民政府办公室"), "GW104")


def test_two_character_county_as_a_place_stays_no_subject(tmp_path):
    src = ORDER.format(issuer="宿州市应急管理局").replace(
        "一、萧县、市消防救援支队要", "一、在萧县、市消防救援支队驻地周边").replace(
        "二、其余各县（区）要组织对辖区林区开展一次全面排查。\n三、沿淮各县（区）人民政府要落实24小时值守。\n", "")
    assert not _found(tmp_path, src, "GW104")


# ------------------------------------------------------------------ GW106: the material named
REPORT = ("@doc_number 桂统字〔2026〕52号\n@title 广西壮族自治区统计局关于加强运行监测分析工作的通知\n"
          "@recipients 各市统计局：\n一、各市统计局于每季度结束后15日内，向自治区统计局报送本市服务业发展形势分析报告。\n"
          "二、各市统计局于2027年1月20日前报送2026年度规模以上工业企业运行情况报告。\n"
          "附件：疫木清理进度月报表\n@signature 广西壮族自治区统计局\n@date 2026年9月8日\n@page_break\n"
          "@attachment_title 疫木清理进度月报表\n@table 市|疫木数量（株）|已清理（株）\n@table 　|　|　\n"
          "填报说明：本表请于每月5日前报送自治区统计局。\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_message_names_the_material_whole(tmp_path, fmt):
    msgs = [f.message for f in _found(tmp_path, REPORT, "GW106", fmt)]
    assert any("报送本市服务业发展形势分析报告，" in m for m in msgs)
    assert any("报送2026年度规模以上工业企业运行情况报告，" in m for m in msgs)
    assert any("报送本表（疫木清理进度月报表）" in m for m in msgs)


# ------------------------------------------------------------------ GW806: doubled 在
@pytest.mark.parametrize("text, i, opens", [("在在建工地", 1, True), ("在在全省", 1, False), ("在在职人员", 1, True),
                                            ("的的监督", 1, False)])
def test_opens_word(text, i, opens):
    assert opens_word(text, i, 20) is opens


DOUBLE = ("@doc_number 吉建字〔2026〕44号\n@title 吉安市住房和城乡建设局关于加强建筑工地扬尘治理的通知\n"
          "@recipients 各县（市、区）住房和城乡建设局：\n{line}\n@signature 吉安市住房和城乡建设局\n@date 2026年4月2日\n")


@pytest.mark.parametrize("line, fires", [
    ("各县（市、区）住房和城乡建设局要督促施工单位在在建工地周边设置连续围挡。", False),
    ("各县（市、区）住房和城乡建设局要在在全市范围内开展扬尘治理检查。", True),
    ("各县（市、区）住房和城乡建设局要在在2026年6月底前完成整治。", True),
])
def test_doubled_zai(tmp_path, line, fires):
    assert bool(_found(tmp_path, DOUBLE.format(line=line), "GW806")) is fires

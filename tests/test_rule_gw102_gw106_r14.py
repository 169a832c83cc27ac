"""GW102 and GW106 classes of issue 15 round 14 (h14r) on real renderings (.txt and .docx):
unnumbered item marks (★ ■ ●) and 〇一、 as measures; enterprise groups as responsible units;
statistical surveys, event reports and national monitoring systems as lawful reports; several
demands of one sentence each with its own signature; dated entries into a system as submissions."""
from __future__ import annotations

import pytest

from gwlint.analysis.markers import match_marker
from gwlint.api import lint_path

from .drafts import render_draft

FORMATS = ("txt", "docx")

_POLICY_HEAD = """\
@doc_number 赣府厅发〔2026〕21号
@title 江西省人民政府办公厅关于印发江西省加快发展银发经济若干措施的通知
@recipients 各设区市人民政府，省政府各部门：
《江西省加快发展银发经济若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。
@attachment_note 附件：江西省加快发展银发经济若干措施
@signature 江西省人民政府办公厅
@date 2026年5月12日
@page_break
@attachment_label 附件
@attachment_title 江西省加快发展银发经济若干措施
"""


def _policy(*items: str) -> str:
    return _POLICY_HEAD + "\n".join(items) + "\n"


def _notice(*paragraphs: str, issuer: str = "宜春市生态环境局",
            recipients: str = "各县（市、区）生态环境局：") -> str:
    return "\n".join([f"@doc_number 宜环字〔2026〕37号", f"@title {issuer}关于做好有关工作的通知",
                      f"@recipients {recipients}", *paragraphs, f"@signature {issuer}", "@date 2026年5月19日"]) + "\n"


def _codes(source: str, fmt: str, tmp_path, code: str):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path)).findings if f.code == code]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark", ["★", "■", "●"])
def test_marked_items_are_measures(fmt, mark, tmp_path):
    src = _policy(f"{mark}扩大社区助餐服务供给。对新建社区食堂给予补助。（责任单位：省民政厅，各设区市人民政府）",
                  f"{mark}推动老旧小区适老化改造。每年完成适老化改造小区不少于300个。",
                  f"{mark}发展老年旅游产品。开发康养旅居线路。（责任单位：省文化和旅游厅）")
    fs = _codes(src, fmt, tmp_path, "GW102")
    items = [f for f in fs if not f.data.get("summary")]
    assert [f.data["measure"] for f in items] == [2]
    assert f"措施“{mark}推动老旧小区适老化改造”" in items[0].message
    assert any(f.data.get("summary") and f.data["missing"] == 1 and f.data["measures"] == 3 for f in fs)
    # every item named: quiet, also when the unit opens the item after its mark
    named = src.replace("每年完成", "省住房城乡建设厅要每年完成")
    assert _codes(named, fmt, tmp_path, "GW102") == []


def test_zero_padded_number_is_a_first_level_marker():
    m = match_marker("〇三、优化外贸企业融资服务。")
    assert (m.style, m.number, m.body) == ("一、", 3, 3)
    assert match_marker("〇、其他") is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_enterprise_groups_are_units_and_collectives_are_not(fmt, tmp_path):
    src = _policy("（1）下调港口作业包干费。集装箱港口作业包干费平均下调5%。（责任单位：江西省港口集团）",
                  "（2）建设城市充电设施。每年新增公共充电桩1000个。（市城投集团负责）",
                  "（3）落实购车激励。对个人购买新能源乘用车给予消费券支持。（责任单位：省商务厅，各设区市人民政府）")
    assert _codes(src, fmt, tmp_path, "GW102") == []
    generic = src.replace("（市城投集团负责）", "（责任单位：相关企业集团、省属国有企业）")
    fs = [f for f in _codes(generic, fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in fs] == [2]


@pytest.mark.parametrize("fmt", FORMATS)
def test_statistical_survey_cited_anywhere_is_lawful(fmt, tmp_path):
    data = "为及时掌握全市早稻生产情况，请各县（市、区）农业农村局于每周四前报送早稻栽插进度数据。"
    basis = "本项统计执行国家统计局批准的《农业农村部农业生产统计调查制度》，统计口径以该制度为准。"
    recips = "各县（市、区）农业农村局："
    assert _codes(_notice(data, basis, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106") == []
    assert len(_codes(_notice(data, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106")) == 1
    summary = "请各县（市、区）农业农村局于12月10日前将年度工作总结报送市局。"
    fs = _codes(_notice(data, basis, summary, issuer="吉安市农业农村局", recipients=recips), fmt, tmp_path, "GW106")
    assert [f.data["what"] for f in fs] == [["年度工作总结"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_event_report_is_no_paperwork(fmt, tmp_path):
    fire = ("凡发生过火面积10公顷以上的森林草原火灾，各县（区）林业局除按程序报告外，"
            "须在火灾扑灭后两小时内将火灾专报报送市局。")
    info = "各县（区）林业局须在事件确认后2小时内将突发事件信息专报报送市局。"
    assert _codes(_notice(fire, info, issuer="赣州市林业局", recipients="各县（区）林业局："), fmt, tmp_path,
                  "GW106") == []
    monthly = "请各县（区）林业局于每月3日前将上月森林火灾统计月报报送市局防火科。"
    assert len(_codes(_notice(monthly, issuer="赣州市林业局", recipients="各县（区）林业局："), fmt, tmp_path,
                      "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_demand_of_a_sentence_owns_its_signature(fmt, tmp_path):
    two = ("各县（市、区）生态环境局于6月10日前将自查报告上传至省生态环境监管平台，6月20日前报送整改方案，"
           "整改方案须由县（市、区）政府主要负责同志签字。")
    fs = _codes(_notice(two), fmt, tmp_path, "GW106")
    assert sorted((f.severity, tuple(f.data["what"])) for f in fs) == [
        ("error", ("整改方案",)), ("warning", ("整改方案",)), ("warning", ("自查报告",))]
    three = ("各县（市、区）生态环境局每周五前在省生态环境监管平台中更新整改进度，每季度末另行报送季度推进情况书面材料，"
             "12月10日前将年度整改总结上传至省生态环境监管平台。")
    fs = _codes(_notice(three), fmt, tmp_path, "GW106")
    assert [f.data["deadline"] for f in fs] == ["每周五前", "每季度末", "于12月10日前"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_dated_entry_into_a_system_is_a_submission(fmt, tmp_path):
    dated = "各县（市、区）生态环境局于11月5日前将检查结果和整改情况录入江西省生态环境监管信息系统。"
    assert len(_codes(_notice(dated), fmt, tmp_path, "GW106")) == 1
    undated = "各县（市、区）生态环境局要及时将检查结果录入江西省生态环境监管信息系统。"
    national = "各县（市、区）生态环境局于11月5日前将检查结果录入全国排污许可证管理信息平台。"
    assert _codes(_notice(undated, national), fmt, tmp_path, "GW106") == []

"""Classes of misses and false alarms found on holdout6 (issue 15, round 8, helper hX), fixed as
classes; the texts are written apart from the holdout6 drafts.

GW102: a public institution of a level (市急救中心, 自治区动物疫病预防控制中心, 州动物卫生监督所) is a
unit; a task table answers for the section holding it (二、主要任务 with only the table) and for the
measures its rows name, whatever its task header (攻坚任务) and with no 序号 column, in .txt too.
GW106: 上报上月…… (jieba read 报上); 填写附件表 and 表格……报省××处 in two sentences; 报局××股; a
sentence asking for a signature and for a submission with its own deadline is two findings.
GW107: a county-level city's 市长; 抄报 in the 版记; the issuer's own 局办公室 is no channel.
"""
from __future__ import annotations

import pytest

from gwlint.analysis.units import responsible_units
from gwlint.api import lint_bytes, lint_path
from gwlint.docgen import parse_marked, plain_text

from .drafts import render_draft


def found(text: str, code: str):
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", limits=None).findings if f.code == code]


def notice(issuer: str, title: str, number: str, recipients: str, *body: str, date: str = "2026年5月12日",
           after: tuple[str, ...] = ()) -> str:
    return "\n".join([f"{issuer}{title}", number, recipients, *body, issuer, date, *after]) + "\n"


# ------------------------------------------------------------ GW102
@pytest.mark.parametrize("note,name", [
    ("（市急救中心负责）", "市急救中心"),
    ("（自治区动物疫病预防控制中心负责）", "自治区动物疫病预防控制中心"),
    ("由州动物卫生监督所负责", "州动物卫生监督所"),
    ("（省耕地质量与肥料工作站负责）", "省耕地质量与肥料工作站"),
    ("（州农业综合行政执法支队牵头）", "州农业综合行政执法支队"),
])
def test_institutions_of_a_level_are_units(note, name):
    assert [u.name for u in responsible_units("加强监测，每年抽检样品2000批次。" + note)] == [name]


@pytest.mark.parametrize("text", ["建设区域医疗中心，完善急救站点。", "全市所有站点按期建成。",
                                  "城区急救站要加强值守。", "市县两级中心要加强协作。"])
def test_scopes_and_bare_words_are_no_institution(text):
    assert responsible_units(text) == []


def test_gw102_measure_closed_by_an_institution():
    body = ("为提升急救服务能力，制定以下措施。",
            "1.建设急救调度平台。升级指挥调度系统。（市急救中心负责）",
            "2.优化急救网络布局。相关单位要加快急救站点建设。",
            "3.开展公众急救培训。每年培训公众急救员2万人次。（市红十字会负责）")
    fs = found(notice("西安市卫生健康委员会", "关于提升院前医疗急救服务能力的实施方案", "市卫发〔2026〕58号",
                      "各区县卫生健康局：", *body), "GW102")
    assert len(fs) == 2 and sum(f.line == 6 for f in fs) == 1  # measure 2 and the summary


PLAN = """@title 赣州市人民政府办公室关于印发赣州市城市燃气安全专项整治方案的通知
@recipients 各县（市、区）人民政府，市政府各部门：
《赣州市城市燃气安全专项整治方案》已经市政府同意，现印发给你们，请认真组织实施。
@signature 赣州市人民政府办公室
@date 2026年5月12日
@page_break
@attachment_title 赣州市城市燃气安全专项整治方案
为消除城市燃气安全隐患，制定本方案。
@heading1 一、整治目标
到2026年底，燃气经营企业隐患全部整改到位。
@heading1 二、重点任务
{lead}
@table {header}
{rows}
"""


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("lead,header,others", [
    ("各项整治任务按下表分工推进。", "序号|整治任务|牵头单位|配合单位", ("各县（市、区）人民政府", "—", "市财政局")),
    ("主要任务和责任分工见下表。", "序号|任务|责任单位|完成时限", ("2026年7月", "2026年9月", "2026年12月")),
])
def test_gw102_section_holding_only_a_task_table(tmp_path, fmt, lead, header, others):
    rows = "\n".join(f"@table {n}|{task}|{unit}|{other}" for n, task, unit, other in [
        (1, "燃气经营企业安全检查", "市城市管理局、各县（市、区）人民政府", others[0]),
        (2, "餐饮场所用气整治", "市市场监管局", others[1]),
        (3, "老旧燃气管网改造", "市城市管理局", others[2])])
    draft = PLAN.format(lead=lead, header=header, rows=rows)
    path = render_draft(draft, fmt, tmp_path)
    assert [f for f in lint_path(path).findings if f.code in ("GW102", "GW105")] == []
    # the same section with the unit column left blank in one row: that row is reported
    blank = draft.replace("|餐饮场所用气整治|市市场监管局|", "|餐饮场所用气整治|—|")
    fs = [f for f in lint_path(render_draft(blank, fmt, tmp_path)).findings if f.code == "GW102"]
    assert len(fs) == 2 and any("餐饮场所用气整治" in f.message for f in fs)


@pytest.mark.parametrize("numbered", [True, False])
def test_gw102_txt_table_rows_name_shortened_measures(tmp_path, numbered):
    rows = [("新建农村生活污水处理设施120座", "各县（市、区）人民政府", "市生态环境局"),
            ("已建成300座设施运维排查", "各县（市、区）人民政府", "市生态环境局"),
            ("建立运维监管平台", "市生态环境局", "市数据局")]
    table = "\n".join(("@table 序号|重点任务|牵头单位|配合单位" if numbered else "@table 重点任务|牵头单位|配合单位",
                       *(f"@table {k}|{t}|{a}|{b}" if numbered else f"@table {t}|{a}|{b}"
                         for k, (t, a, b) in enumerate(rows, 1))))
    draft = PLAN.format(lead="", header="", rows="").split("@heading1 二、")[0] + "\n".join([
        "@heading1 二、工作任务",
        "1.新建农村生活污水处理设施120座，治理率提高到45%以上。",
        "2.对已建成的300座设施开展运维排查，正常运行率达到90%以上。",
        "3.建立农村生活污水治理设施运维监管平台。",
        "@heading1 三、分工安排", table]) + "\n"
    text = plain_text(parse_marked(draft))
    assert found(text, "GW102") == []
    # without the table the three measures name no unit
    assert len(found(plain_text(parse_marked(draft.split("@heading1 三、")[0])), "GW102")) == 4


# ------------------------------------------------------------ GW106
def dept_notice(*body: str, issuer: str = "内蒙古自治区工业和信息化厅", recipients: str = "各盟市工业和信息化局：") -> str:
    return notice(issuer, "关于推进工业领域设备更新的通知", "内工信字〔2026〕71号", recipients,
                  "为推动设备更新，现就有关事项通知如下。", *body)


def test_gw106_subject_and_shangbao_without_qing():
    fs = found(dept_notice("二、各盟市工业和信息化局每月5日前上报上月工作进展情况，重大问题随时报告。"), "GW106")
    assert len(fs) == 1 and fs[0].severity == "warning"


def test_gw106_fill_in_one_sentence_submit_in_the_next():
    body = "二、请认真填写附件《全民健身设施情况统计表》。表格于6月20日前报省体育局群体处。"
    assert len(found(dept_notice(body, issuer="江西省体育局", recipients="各设区市体育局："), "GW106")) == 1
    own = "二、检查时使用附件《现场检查记录表》逐台记录。记录表由检查单位留存备查，无需报送。"
    assert found(dept_notice(own, issuer="江西省体育局", recipients="各设区市体育局："), "GW106") == []


def test_gw106_to_a_division_of_the_issuer_by_its_short_form():
    body = "二、请各乡镇农业综合服务中心组织填写附件《秋粮播种面积统计表》。统计表于8月10日前报局种植业股。"
    assert len(found(dept_notice(body, issuer="安福县农业农村局", recipients="各乡镇农业综合服务中心："), "GW106")) == 1


def test_gw106_signature_and_submission_with_a_deadline_are_two_findings():
    body = "（二）自查报告经局主要负责同志签字并加盖公章后，于2026年10月31日前寄送省教育厅体卫艺处。"
    fs = found(dept_notice(body, issuer="贵州省教育厅", recipients="各市（州）教育局："), "GW106")
    assert sorted(f.severity for f in fs) == ["error", "warning"]
    # the signature alone, the material asked for elsewhere: one finding
    only = "（二）自查报告须经局主要负责同志签字并加盖公章。"
    fs = found(dept_notice(only, issuer="贵州省教育厅", recipients="各市（州）教育局："), "GW106")
    assert [f.severity for f in fs] == ["error"]


# ------------------------------------------------------------ GW107
def test_gw107_county_level_city_mayor_past_the_own_office():
    text = notice("瑞金市农业农村局", "关于规范农业灾情信息报送的通知", "瑞农字〔2026〕13号", "局属各单位：",
                  "发生较大以上农业灾情的，由局办公室汇总核实后形成灾情专报，直接报送市长、分管副市长。")
    assert len(found(text, "GW107")) == 1
    through = text.replace("直接报送市长", "经市政府办公室呈报市长")
    assert found(through, "GW107") == []


@pytest.mark.parametrize("cc", [("抄报：市政府分管副市长。",), ("抄报：区政府分管副区长。", "抄送：区政府办公室。")])
def test_gw107_chaobao_in_the_banji(cc):
    text = notice("成都市经济和信息化局", "关于开展工业企业数字化转型诊断的通知", "成经信发〔2026〕27号",
                  "各区（市）县经信部门：", "各区（市）县经信部门负责组织辖区企业申请诊断服务。", after=cc)
    fs = found(text, "GW107")
    assert len(fs) == 1 and "抄报" in fs[0].message
    assert found(text.replace("分管副市长", "办公室").replace("分管副区长", "办公室"), "GW107") == []

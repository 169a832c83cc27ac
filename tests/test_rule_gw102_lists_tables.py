"""GW102 (issue 15, round 9): items listed by 首先/其次 and 一是 with units item by item, the 各地各部门
written out with 和, divisions as plain subjects, 责任主体 task tables, schedule sections, and task tables
a PDF page break cuts — the same findings in .txt, .docx and .pdf."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.readers import read_path

from .drafts import finding_key, render_draft


def gw102(path):
    return [f for f in lint_path(path).findings if f.code == "GW102"]


def measures_flagged(path) -> list[str]:
    return [f.excerpt for f in gw102(path) if not f.data.get("summary")]


_PLAN = """\
@title 洛阳市人民政府办公室关于印发洛阳市养老服务体系建设实施方案的通知
@doc_number 洛政办〔2026〕21号
@recipients 各县（市、区）人民政府，市政府各部门：
《洛阳市养老服务体系建设实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。
@signature 洛阳市人民政府办公室
@date 2026年4月10日
@page_break
@attachment_title 洛阳市养老服务体系建设实施方案
@heading1 一、主要任务
（一）完善社区养老服务网络。{items}
（二）提升机构养老服务质量。推动公办养老机构改革。（责任单位：市民政局、市卫生健康委）
{more}"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("items, flagged", [
    # units given item by item after the task: the item without one is a gap
    ("一是推进街道养老服务中心建设，市民政局负责；二是建设社区老年助餐点，逐年扩大覆盖；"
     "三是开展家庭养老床位建设，各县（市、区）人民政府负责组织实施。", "二是建设社区老年助餐点"),
    ("首先，推进街道养老服务中心建设，市民政局负责；其次，建设社区老年助餐点，逐年扩大覆盖；"
     "再次，开展家庭养老床位建设，由各县（市、区）人民政府负责组织实施。", "其次，建设社区老年助餐点"),
    ("第一，推进街道养老服务中心建设，由市民政局牵头；第二，建设社区老年助餐点，逐年扩大覆盖。",
     "第二，建设社区老年助餐点"),
    # the first item opens with its subject, which goes on to the next (承前省略)
    ("一要各县（市、区）人民政府在7月底前完成设施清查；二要定期巡查养老服务设施。", None),
    # every item names its own unit
    ("首先，推进街道养老服务中心建设，市民政局负责；其次，建设社区老年助餐点，市商务局负责。", None),
])
def test_items_listed_inside_a_measure_with_units_item_by_item(fmt, items, flagged, tmp_path):
    found = measures_flagged(render_draft(_PLAN.format(items=items, more=""), fmt, tmp_path))
    if flagged is None:
        assert found == [], fmt
    else:
        assert len(found) == 1 and found[0].startswith(flagged), (fmt, found)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_schedule_sections_are_no_measures(fmt, tmp_path):
    items = "推进街道养老服务中心建设。（责任单位：市民政局）"
    for more in ("（三）实施工作步骤。2026年5月部署启动，6月至11月集中推进，12月总结评估。",
                 "（三）工作进度安排。2026年底前完成50%，2027年底前全面完成。"):
        assert measures_flagged(render_draft(_PLAN.format(items=items, more=more), fmt, tmp_path)) == [], (fmt, more)
    # a measure that merely starts with such words is still one
    more = "（三）推进计划生育服务管理改革。优化生育登记服务。"
    assert measures_flagged(render_draft(_PLAN.format(items=items, more=more), fmt, tmp_path)) \
        == ["（三）推进计划生育服务管理改革"], fmt


@pytest.mark.parametrize("text, names", [
    # a lower-government collective joined by 和 to the generic departments: 各地各部门 written out
    ("各县（市）和州直有关部门要加大推广力度。", []),
    ("各县（市）、州直有关部门要在主产区建设仓储设施。", []),
    ("各市（州）和省直有关部门要统筹资金。", []),
    # beside a named department it names both (a rejected longer match no longer hides 市财政局)
    ("由各县市区人民政府和市财政局共同负责落实补助资金。", ["各县（市、区）人民政府", "市财政局"]),
    # a division of a named bureau, or of the issuer, as the subject; the collective after 会同 assists
    ("推行企业新型学徒制，区人社局职业能力建设科会同各开发区管委会负责。", ["区人社局职业能力建设科"]),
    ("升级平台，新增行程规划功能，厅信息中心负责。", ["厅信息中心"]),
    ("规范港口收费，武汉市交通运输局港口管理科会同各港口企业负责。", ["武汉市交通运输局港口管理科"]),
    ("厅大气环境处每季度调度一次进展。", ["厅大气环境处"]),
])
def test_collectives_and_divisions_as_responsible_units(text, names):
    from gwlint.analysis.units import responsible_units

    assert [u.name for u in responsible_units(text)] == names


def test_a_division_before_fuze_tongzhi_is_no_unit():
    # 负责同志 is no predicate: the division in an attendance list is not read as a unit
    from gwlint.analysis.units import find_units

    assert not any(u.text.endswith("研究室") for u in find_units("论文入选作者，各设区市发展改革委研究室负责同志。"))
    # nor are the divisions of a collective (各设区市……研究室): the collective is the unit
    assert not any(u.text.endswith("研究室") for u in find_units("各设区市发展改革委研究室负责汇总材料。"))
    assert [u.text for u in find_units("，省发展改革委研究室负责汇总材料。")] == ["省发展改革委研究室"]


_TABLE_PLAN = """\
@title 佛山市市场监督管理局关于印发佛山市电梯安全筑底行动方案的通知
@doc_number 佛市监〔2026〕25号
@recipients 各区市场监督管理局，局机关各科室、直属各单位：
现将《佛山市电梯安全筑底行动方案》印发给你们，请认真贯彻落实。
@signature 佛山市市场监督管理局
@date 2026年5月6日
@page_break
@attachment_title 佛山市电梯安全筑底行动方案
为提升全市电梯安全水平，制定本方案。主要任务及分工如下。
@table 任务事项|工作内容|{header}|完成时限
@table 开展电梯安全隐患排查|对全市住宅电梯逐台排查，建立隐患清单|{blank}|2026年9月底
@table 推进老旧电梯更新改造|推动使用15年以上的住宅电梯更新改造|局特种设备安全监察科|2027年底
@table 推行电梯按需维保|在部分区开展按需维保试点|各相关单位|2026年12月底
@table 建设电梯应急处置平台|接入全市电梯困人报警信息|市特种设备检测研究院|2026年10月底
各区市场监督管理局要结合辖区实际，细化工作措施。
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("header", ["责任主体", "实施主体", "落实单位"])
def test_task_table_with_a_responsibility_column_under_other_headers(fmt, header, tmp_path):
    # a department's plan to its own system, shared out among its divisions by the table: checked row by row
    fs = gw102(render_draft(_TABLE_PLAN.format(header=header, blank="/"), fmt, tmp_path))
    rows = [f.excerpt for f in fs if f.data.get("table")]
    assert rows == ["开展电梯安全隐患排查", "推行电梯按需维保"], (fmt, header, rows)
    assert [f.message[:5] for f in fs if f.data.get("summary")] == ["2/4 条"]
    full = _TABLE_PLAN.format(header=header, blank="局特种设备安全监察科").replace("各相关单位", "局特种设备安全监察科")
    assert gw102(render_draft(full, fmt, tmp_path)) == [], (fmt, header)


_LONG_TABLE = """\
@title 竹山县人民政府办公室关于印发竹山县返乡创业三年行动方案的通知
@doc_number 竹政办发〔2026〕12号
@recipients 各乡镇人民政府，县政府各部门：
现将《竹山县返乡创业三年行动方案》印发给你们，请结合工作实际抓好落实。
@signature 竹山县人民政府办公室
@date 2026年4月8日
@page_break
@attachment_title 竹山县返乡创业三年行动方案
为支持外出务工人员返乡创业，带动群众就近就业，制定本方案。重点任务见下表。
@table 序号|重点任务|牵头单位|配合单位|完成时限
{rows}
各乡镇、各单位按上表分工抓好落实。
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_task_table_cut_by_a_page_break_is_one_table(fmt, tmp_path):
    units = ["县财政局", "县人社局", "县农业农村局", "县经信局", "县商务局"]
    rows = [f"@table {k}|落实返乡创业第{k}项扶持政策，做好政策宣传解读和兑现工作|{units[k % 5]}|县财政局|2026年{k % 12 + 1}月"
            for k in range(1, 31)]
    rows[24] = "@table 25|开展创业培训进乡村|/|/|每年12月前"
    path = render_draft(_LONG_TABLE.format(rows="\n".join(rows)), fmt, tmp_path)
    if fmt == "pdf":
        cells = [p for p in read_path(str(path)).paragraphs if p.kind == "table_cell"]
        assert len({p.page for p in cells}) >= 2  # the table does run over a page break
        assert {p.table[0] for p in cells} == {1}
        assert [p.table[1] for p in cells if p.table[2] == 1] == list(range(1, 32))
    fs = gw102(path)
    assert [f.excerpt for f in fs if f.data.get("table")] == ["开展创业培训进乡村"], fmt
    assert [f.message[:6] for f in fs if f.data.get("summary")] == ["1/30 条"], fmt

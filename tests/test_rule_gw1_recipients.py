"""GW104/GW105/GW107 on recipients and orders to lower governments (issue 15, round 7, hB).

Drafts written for these tests, rendered by gwlint.docgen to .txt, .docx and .pdf;
each class has a case that must fire and a near miss that must stay quiet."""
from __future__ import annotations

from functools import partial

import pytest

from gwlint.analysis.orgs import classify
from gwlint.api import lint_path

from .drafts import marked_doc, render_draft

FORMATS = ["txt", "docx", "pdf"]


def _lint(source: str, fmt: str, tmp_path):
    r = lint_path(render_draft(source, fmt, tmp_path))
    assert r.error is None
    return r


def _found(r, code):
    return [f for f in r.findings if f.code == code]


_doc = partial(marked_doc, docno="赣农字〔2026〕8号", date="2026年4月14日")


# ------------------------------------------------------------ GW104
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_orders_without_a_named_subject(fmt, tmp_path):
    src = _doc("江西省生态环境厅", "各设区市人民政府：", [
        "一、对整改进度滞后的县（市、区），必须在6月底前完成问题核查。",
        "二、请于7月15日前将本地区整改清单报送省生态环境厅。",
        "三、各设区市人民政府认真梳理问题清单，逐个核实进度，务必在9月底前全部销号。",
    ])
    found = _found(_lint(src, fmt, tmp_path), "GW104")
    assert [f.data["trigger"] for f in sorted(found, key=lambda f: f.line)] == ["必须", "请", "务必"]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw104_quiet_for_system_bureaus_with_an_insert_and_for_trade_unions(fmt, tmp_path):
    bureaus = _doc("河北省应急管理厅", "各市（含定州、辛集市）应急管理局，雄安新区应急管理局：", [
        "一、各地要对辖区内危险化学品企业开展全覆盖检查。", "二、各市局务必加强与公安部门的协作。"])
    assert _found(_lint(bureaus, fmt, tmp_path), "GW104") == []
    unions = _doc("黑龙江省总工会", "各市（地）总工会，省直各产业工会：", [
        "各市（地）总工会要在7月底前完成初赛选拔，每个项目推荐选手不超过3名。"], docno="黑工发〔2026〕24号")
    assert _found(_lint(unions, fmt, tmp_path), "GW104") == []


def test_gw104_collectives_without_renmin_zhengfu_are_lower_governments(tmp_path):
    src = _doc("内蒙古自治区林业和草原局", "各盟行政公署、市人民政府：", [
        "一、各盟市要在9月底前完成年度修复任务的种草补播。"], docno="内林草发〔2026〕52号")
    found = _found(_lint(src, "txt", tmp_path), "GW104")
    assert [f.data["subject"] for f in found] == ["各盟市"]


def test_mass_organisations_are_organs_of_kind_other():
    assert (classify("黑龙江省总工会").kind, classify("黑龙江省总工会").level) == ("other", "province")
    assert classify("南昌市妇联").kind == "other"
    assert classify("江西省农业农村厅").kind == "department"


# ------------------------------------------------------------ GW105
_OFFICE = "赣州市人民政府办公室"
_COUNTIES = "各县（市、区）人民政府，市政府各部门："


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、实施城乡供水一体化工程。（市水利局负责，各县（市、区）人民政府配合）",
    "一、符合条件的企业向所在县（市、区）商务主管部门提出申请。",
    "一、建立运行管护机制，市水利局负责指导，各县（市、区）人民政府予以配合。",
])
def test_gw105_counties_with_work_outside_a_subject(fmt, line, tmp_path):
    src = _doc(_OFFICE, _COUNTIES, [line, "二、市财政局负责落实资金。"], docno="赣市府办字〔2026〕57号")
    assert _found(_lint(src, fmt, tmp_path), "GW105") == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw105_still_fires_when_only_city_units_work(fmt, tmp_path):
    src = _doc(_OFFICE, _COUNTIES, ["一、实施城乡供水一体化工程。（市水利局负责，市财政局配合）",
                                    "二、市财政局负责落实资金。"], docno="赣市府办字〔2026〕57号")
    assert len(_found(_lint(src, fmt, tmp_path), "GW105")) == 1


def test_gw105_task_table_unit_column(tmp_path):
    rows = ["@table 序号|主要任务|责任单位|完成时限", "@table 1|改造老旧小区120个|市住房城乡建设局，各县（市、区）人民政府|2028年底",
            "@table 2|建设城市生命线安全监测平台|市大数据局|2027年6月"]
    src = _doc(_OFFICE, _COUNTIES, ["市财政局负责落实所需资金。主要任务分工如下：", *rows], docno="赣市府办字〔2026〕58号")
    assert _found(_lint(src, "docx", tmp_path), "GW105") == []
    src = src.replace("市住房城乡建设局，各县（市、区）人民政府", "市住房城乡建设局")
    assert len(_found(_lint(src, "docx", tmp_path), "GW105")) == 1


def test_county_level_city_read_from_its_recipients(tmp_path):
    src = _doc("宁国市人民政府", "各乡镇人民政府、街道办事处，市政府各部门：", [
        "一、城镇新增就业3200人以上。（市人社局负责，各乡镇人民政府、街道办事处配合）"], docno="宁政〔2026〕4号")
    assert _found(_lint(src, "txt", tmp_path), "GW105") == []
    from gwlint.analysis.structure import analyze
    from gwlint.readers import read_bytes

    def level(text):
        path = render_draft(text, "txt", tmp_path)
        return analyze(read_bytes(path.read_bytes(), path.name)).issuer.level

    # 宁国市 is a county-level city in the division table: that decides, whatever its 主送 says
    assert level(src) == "county"
    assert level(src.replace("各乡镇人民政府、街道办事处，市政府各部门：", "各县（市、区）人民政府，市政府各部门：")) == "county"
    # a 市 not in the table (岚溪市, invented) is read from its 主送: townships make it county-level, counties a 设区市
    other = src.replace("宁国市", "岚溪市").replace("宁政", "岚政")
    assert level(other) == "county"
    assert level(other.replace("各乡镇人民政府、街道办事处，市政府各部门：", "各县（市、区）人民政府，市政府各部门：")) == "city"


# ------------------------------------------------------------ GW107
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw107_copies_and_tables_to_leaders(fmt, tmp_path):
    src = _doc("江西省自然资源厅", "各设区市自然资源局：", [
        "周报由我厅每周五汇总编印，报省防汛抗旱指挥部办公室，同时抄报省政府分管副省长。",
        "@table 专报名称|频次|报送对象", "@table 地质灾害监测专报|每月一期|省政府分管副省长",
        "@table 形势分析|每季度一期|省政府办公厅",
    ], docno="赣自然资字〔2026〕66号",
        tail=["@cc 抄送：省政府分管副省长，自然资源部地质勘查管理司。", "@printer 江西省自然资源厅办公室 2026年4月14日印发"])
    found = _found(_lint(src, fmt, tmp_path), "GW107")
    assert sorted(f.data["verb"] for f in found) == sorted(["抄报", "报送对象", "抄送"])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw107_quiet_for_the_office_channel(fmt, tmp_path):
    src = _doc("江西省自然资源厅", "各设区市自然资源局：", [
        "周报由我厅每周五汇总编印，报省政府办公厅。",
        "@table 专报名称|频次|报送对象", "@table 形势分析|每季度一期|省政府办公厅",
    ], docno="赣自然资字〔2026〕67号",
        tail=["@cc 抄送：省政府办公厅，自然资源部地质勘查管理司。", "@printer 江西省自然资源厅办公室 2026年4月14日印发"])
    assert _found(_lint(src, fmt, tmp_path), "GW107") == []

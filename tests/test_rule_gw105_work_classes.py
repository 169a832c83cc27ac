"""GW105 on the holdout5 classes (issue 15, round 7, hE): who has work when lower
governments are named, qualified, partners, assessed, or told to implement; and when a
department keeps the work or a task table names only own-level units.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must
fire and a near miss that must stay quiet."""
from __future__ import annotations

from functools import partial

import pytest

from gwlint.analysis.orgs import classify
from gwlint.analysis.units import find_units

from .drafts import lint_codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]


_gw105 = partial(lint_codes, code="GW105")


_doc = partial(marked_doc, docno="x府办字〔2026〕8号")


_CITY_ONLY = "二、市财政局负责资金保障，9月底前拨付到位。"


# ------------------------------------------------------------ lower governments that do have work
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、各县市区要推行帮办代办，压减审批环节。",                          # collective without brackets
    "一、建设预制菜产业园。（诸城市、寿光市人民政府负责）",                  # named county-level cities
    "一、龙海区、长泰区人民政府负责沿江养殖场关停搬迁。",                    # named districts as subject
    "一、市农业农村局会同沿湖各县（区）人民政府开展回访。",                  # qualifier after 会同
    "一、市人社局将与各县（市、区）人民政府共同组织专场招聘会。",            # partner with 与……共同
    "一、考核对象为全市12个县（市、区）人民政府。",                          # numbered assessment object
])
def test_gw105_quiet_when_counties_have_work(fmt, line, tmp_path):
    src = _doc("潍坊市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", [line, _CITY_ONLY])
    assert _gw105(src, fmt, tmp_path) == []


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_fires_when_counties_only_mentioned(fmt, tmp_path):
    src = _doc("潍坊市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", [
        "全市各县（市、区）产业园区发展势头良好，诸城市、寿光市经验值得推广。",
        "一、市发展改革委负责制定园区发展规划。", _CITY_ONLY])
    found = _gw105(src, fmt, tmp_path)
    assert len(found) == 1 and found[0].data["idle_levels"] == ["county"]


# ------------------------------------------------------------ 请结合本地实际认真组织实施
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_local_implementation_is_work_for_every_recipient(fmt, tmp_path):
    body = ["现将《养老服务设施补短板行动方案》印发给你们，{}。",
            "一、新建社区养老服务设施50个。（责任单位：市民政局）",
            "二、对新建养老机构给予建设补助。（责任单位：市财政局）"]
    local = _doc("佛山市人民政府办公室", "各区人民政府，市政府各部门：",
                 [body[0].format("请结合本地实际认真组织实施"), *body[1:]])
    assert _gw105(local, fmt, tmp_path) == []
    # said to governments and departments together, 请认真贯彻执行 leaves the work where the text puts it
    generic = _doc("佛山市人民政府办公室", "各区人民政府，市政府各部门：",
                   [body[0].format("请认真贯彻执行"), *body[1:]])
    assert len(_gw105(generic, fmt, tmp_path)) == 1


# ------------------------------------------------------------ task table naming only own-level units
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_task_table_of_own_level_units(fmt, tmp_path):
    src = _doc("浙江省人民政府办公厅", "各市、县（市、区）人民政府，省政府直属各单位：", [
        "《若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。",
        "@table 序号|措施|责任单位",
        "@table 1|对入选学科给予专项经费支持|省财政厅、省教育厅",
        "@table 2|支持建设省级重点实验室|省科技厅",
        "本措施自印发之日起施行。"], docno="浙政办发〔2026〕20号")
    found = _gw105(src, fmt, tmp_path)
    assert len(found) == 1 and found[0].data["work_levels"] == []


# ------------------------------------------------------------ a department keeps the work
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_department_work_on_itself_and_a_third_party(fmt, tmp_path):
    body = ["省教育厅决定于10月至12月对全省本科高校新设专业开展办学质量评估。",
            "评估由省教育厅委托第三方评估机构实施。",
            "评估结论为不合格的专业，由其所在高校在一年内完成整改。"]
    src = _doc("江苏省教育厅", "各设区市人民政府：", body, docno="苏教高函〔2026〕27号")
    assert len(_gw105(src, fmt, tmp_path)) == 1
    asked = _doc("江苏省教育厅", "各设区市人民政府：",
                 [*body, "请各设区市人民政府督促本地区高校做好迎评工作。"], docno="苏教高函〔2026〕27号")
    assert _gw105(asked, fmt, tmp_path) == []


# ------------------------------------------------------------ names
def test_named_lower_governments_are_units():
    got = {u.text: u.reaches for u in find_units("（责任单位：钦州、防城港市人民政府，自治区交通运输厅）")
           if u.kind == "government"}
    assert got == {"钦州": ("city",), "防城港市人民政府": ("city",)}
    assert [u.text for u in find_units("二、由漳浦县人民政府负责污水处理设施改造。") if u.kind == "government"] \
        == ["漳浦县人民政府"]
    # function words are not part of a place name
    assert [u.text for u in find_units("县市场监管局决定于9月对各乡镇人民政府落实责任情况开展检查")
            if u.kind == "government"] == ["各乡镇人民政府"]
    assert [u.text for u in find_units("第四条各乡镇人民政府、街道办事处负责组织") if u.kind == "government"] \
        == ["各乡镇人民政府、街道办事处"]
    # 地方标准 is a kind of standard, not 地方 as an actor
    assert find_units("制定进口贸易促进地方标准5项以上") == []


def test_prefecture_bodies_and_region_short_names():
    assert (classify("锡林郭勒盟行政公署").kind, classify("锡林郭勒盟行政公署").level) == ("government", "city")
    assert classify("人民银行广西区分行").level == "province"
    assert classify("九江市濂溪区教育局").level == "county"


# issue 15 hU: a department that does all the work itself, with no third party, sends the notice to
# governments that have none; the inspected or assessed lower governments are read by characters
# (对部分|县（区）人民政府, 对全省|183|个|县（市、区）人民政府), whatever the tokens
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["省市场监督管理局决定于7月至9月开展电梯维护保养质量省级抽查。", "抽查结果由省市场监督管理局汇总后公布。"], True),
    (["省市场监督管理局决定于7月至9月开展电梯维护保养质量省级抽查。",
      "请各设区市人民政府组织辖区维保单位做好配合。"], False),
    (["省统计局将于8月对部分县（区）人民政府及其统计机构执行统计法情况开展执法检查。"], False),
    (["省民政厅决定对全省100个县（市、区）人民政府养老服务工作开展年度评价。"], False),
])
def test_gw105_department_keeping_all_the_work(fmt, body, fires, tmp_path):
    issuer = "省市场监督管理局" if "市场" in body[0] else "省统计局" if "统计" in body[0] else "省民政厅"
    src = _doc(f"江西{issuer}", "各设区市人民政府：", body, docno="赣x字〔2026〕8号")
    assert bool(_gw105(src, fmt, tmp_path)) is fires

"""GW102/GW105/GW202 on the holdout7 classes (issue 15, round 9, hB): collectives of the issuer's
own lower governments in other spellings (各镇街, 各街镇, 各镇乡, 各旗县区, 其他县市), named
governments after a qualifier (沿湖的……), assessment objects joined by 和, the street offices as
a recipient level, informing notices of departments (已完成……, 按照市政府……要求, a 直辖市's own
departments and firms), and a 直辖市's 区县 as the level right below it (GW202).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must fire and a
near miss that must stay quiet."""
from __future__ import annotations

import pytest

from gwlint.analysis.orgs import levels_down
from gwlint.analysis.units import find_units, subject_units

from .drafts import lint_codes as _codes, marked_doc as _doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ the collectives themselves
@pytest.mark.parametrize("text, name, level", [
    ("各镇街要加强商圈周边交通疏导。", "各镇街", "township"),
    ("各街镇负责整合网格巡查力量。", "各街镇", "township"),
    ("各镇乡、街道每季度组织一次清理。", "各镇乡、街道", "township"),
    ("各镇（街道）负责排查问题厕所。", "各镇（街道）", "township"),
    ("各旗县区负责落实基础母牛扩群补贴。", "各旗县区", "county"),
    ("各旗县市区负责核实禁牧面积。", "各旗县市区", "county"),
    ("三、其他县市参照本通知抓好落实。", "其他县市", "county"),
    ("各苏木乡镇负责组织牧民培训。", "各苏木乡镇", "township"),
    ("各区县（自治县）要加强监管。", "各区县（自治县）", "county"),
])
def test_lower_government_collectives_are_subjects(text, name, level):
    subj = subject_units(text)
    assert [u.text for u in subj] == [name]
    assert subj[0].kind == "government" and not subj[0].generic and subj[0].reaches == (level,)


def test_street_offices_are_no_government():
    u = [x for x in find_units("各街道办事处负责对辖区设施逐一摸排。") if x.text == "各街道办事处"]
    assert u and u[0].kind == "department" and u[0].reaches == ("township",)


@pytest.mark.parametrize("text, names", [
    ("一、沿湖的大理市、洱源县人民政府负责全面推行化肥农药减量。", ["大理市", "洱源县人民政府"]),
    ("沿黄的磴口县、杭锦后旗人民政府负责堤防巡查。", ["磴口县", "杭锦后旗人民政府"]),
])
def test_qualified_named_governments_share_the_head(text, names):
    subj = subject_units(text)
    assert [u.text for u in subj] == names
    assert all(u.reaches == ("county",) for u in subj)


def test_preposition_is_no_place_name():
    assert not [u for u in find_units("按照市政府关于城乡环卫一体化的工作要求，市城市管理局将调整线路。")
                if u.kind == "government"]


def test_item_numbered_inside_a_paragraph():
    subj = subject_units("坚持实绩导向。一、精简考核指标，市统计局负责。二、各县区要对本级考核事项进行清理。")
    assert "各县区" in [u.text for u in subj]


def test_municipality_levels():
    assert levels_down("北京市生态环境局", "province", "county") == 1
    assert levels_down("江西省生态环境厅", "province", "county") == 2
    assert levels_down("上海市住房和城乡建设管理委员会", "province", "township") == 2


# ------------------------------------------------------------ GW102: collectives name a unit
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_township_collectives_name_units(fmt, tmp_path):
    src = _doc("浏阳市人民政府", "各镇人民政府、街道办事处，市直各部门：", [
        "一、推进农村厕所革命。各镇（街道）负责排查问题厕所，年底前完成整改。",
        "二、治理生活污水。市生态环境局牵头完成30个行政村污水管网建设。",
        "三、整治村容村貌。各镇街要组织开展房前屋后清理行动。"], title="关于农村人居环境整治提升的实施方案")
    assert _codes(src, fmt, tmp_path, "GW102") == []
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw102_collective_beside_departments_stays_generic(fmt, tmp_path):
    src = _doc("浏阳市人民政府", "各镇人民政府、街道办事处，市直各部门：", [
        "一、推进农村厕所革命。各镇街、各有关部门要排查问题厕所，年底前完成整改。",
        "二、治理生活污水。市生态环境局牵头完成30个行政村污水管网建设。"], title="关于农村人居环境整治提升的实施方案")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert found and any("1/2" in f.message for f in found)


# ------------------------------------------------------------ GW105: who has work
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("重庆市江津区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：", "一、各镇街要在9月底前完成分类投放点改造。"),
    ("赤峰市人民政府", "各旗县区人民政府，市政府各部门：", "一、各旗县区负责落实基础母牛扩群补贴。"),
    ("大理州人民政府办公室", "各县市人民政府，州级各部门：", "一、沿湖的大理市、洱源县人民政府负责推行化肥减量。"),
    ("楚雄州人民政府", "各县、市人民政府，州直各部门：", "一、其余县、市参照本通知，结合辖区实际抓好落实。"),
])
def test_gw105_quiet_when_the_collective_works(fmt, issuer, recipients, line, tmp_path):
    src = _doc(issuer, recipients, [line, "二、本级财政局负责资金保障。"])
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_fires_when_towns_only_mentioned(fmt, tmp_path):
    src = _doc("重庆市江津区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：", [
        "全区各镇街垃圾分类工作取得明显成效。", "一、区城市管理局负责建设分类收运体系。"])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["recipients"] == ["各镇人民政府、街道办事处"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_assessed_objects_joined_by_he(fmt, tmp_path):
    src = _doc("浙江省人民政府", "各市、县（市、区）人民政府，省政府直属各单位：", [
        "第一条 为落实耕地保护目标责任，制定本办法。",
        "第二条 考核对象为各设区市人民政府和各县（市、区）人民政府。",
        "第三条 考核工作由省自然资源厅负责组织。"], title="关于印发耕地保护目标责任考核办法的通知")
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_street_offices_with_district_table_only(fmt, tmp_path):
    src = "\n".join([
        "@doc_number 长政办发〔2026〕31号", "@title 西安市长安区人民政府办公室关于做好区级重点项目前期工作的通知",
        "@recipients 各街道办事处，区政府各工作部门：", "现将任务分工通知如下。",
        "@table 序号|项目|牵头单位|配合单位|完成时限",
        "@table 1|综合管廊|区住建局|区发改委|2026年8月",
        "@table 2|污水处理厂扩建|区水务局|区生态环境分局|2026年10月",
        "@signature 西安市长安区人民政府办公室", "@date 2026年4月28日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["township"]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_street_offices_are_no_gw104_target(fmt, tmp_path):
    src = _doc("南昌市青山湖区民政局", "各街道办事处：", ["请各街道办事处于3月31日前将核查表报送区民政局。"])
    assert _codes(src, fmt, tmp_path, "GW104") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["县财政局将于7月10日前一次性拨付经费，各乡镇已于上月完成经费使用计划备案。"], True),  # past tense
    (["县财政局将于7月10日前一次性拨付经费，各乡镇要于7月底前完成经费使用计划备案。"], False),
])
def test_gw105_past_tense_is_no_work(fmt, body, fires, tmp_path):
    src = _doc("吉安县财政局", "各乡镇人民政府：", body, title="关于拨付村级组织运转经费的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) == fires


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_anzhao_shizhengfu_is_no_county(fmt, tmp_path):
    src = _doc("南昌市城市管理局", "各县（区）人民政府，各开发区管委会：", [
        "按照市政府关于城乡环卫一体化的工作要求，市城市管理局将于8月10日对主城区垃圾清运线路作临时调整。"],
        title="关于调整生活垃圾清运时间的通知")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extra, fires", [
    ("线路调整由公交企业负责实施。", True),
    ("请各区人民政府做好沿线站点周边交通组织。", False),
])
def test_gw105_municipal_department_and_firms(fmt, extra, fires, tmp_path):
    src = _doc("上海市交通委员会", "各区人民政府：", [
        f"市交通委决定自2026年9月1日起调整12条跨区公交线路。{extra}"], title="关于调整部分跨区公交线路的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW105")) == fires


# ------------------------------------------------------------ GW202: a 直辖市's districts
_MEETING = "关于召开全市大气污染防治工作会议的通知"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, line, fires", [
    ("北京市生态环境局", "请各区生态环境局主要负责同志参加，每单位限1人。", False),
    ("重庆市经济和信息化委员会", "请各区县经济信息委主要负责同志参会。", False),
    ("上海市住房和城乡建设管理委员会", "请各区建设管理委主要负责同志，各街道办事处、乡镇人民政府分管负责同志参加会议。", True),
    ("江西省生态环境厅", "请各县（市、区）生态环境局主要负责同志参加会议。", True),
])
def test_gw202_municipality_districts_one_level_down(fmt, issuer, line, fires, tmp_path):
    src = _doc(issuer, "各区生态环境局：", [f"定于5月14日上午9时召开全市大气污染防治工作会议。{line}"], title=_MEETING)
    assert bool(_codes(src, fmt, tmp_path, "GW202")) == fires


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_order_about_lower_places_is_their_work(fmt, tmp_path):
    src = _doc("上饶市交通运输局", "各县（市、区）人民政府：", [
        "对年度养护计划执行率低于80%的县（市、区），必须在次年一季度制定整改方案并落实养护资金。",
        "市交通运输局将把养护考核结果与资金安排挂钩。"], title="关于加强农村公路养护管理的通知")
    assert _codes(src, fmt, tmp_path, "GW104")  # the order itself (a department to lower governments)
    assert _codes(src, fmt, tmp_path, "GW105") == []

"""GW104/GW105 read whose work it is by structure (issue 15, round 14, h14w): a ……的 relative clause before a
government makes it the subject; an insert inside a collective's name (各市（含定州、辛集市）人民政府) is part of
the name; the issuer's own inspection of 各地's matters is no work for 各地; "nothing asked of the recipients"
is read from the predicates (leader division, a quoted regulation, topic headings); a subjectless 请于……前 with any
verb orders the recipients; the unit finder reads 部分县人民政府, 区属各医疗卫生单位 and 各市场监管所.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that must fire and near misses that
must stay quiet."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft

FORMATS = ["txt", "docx", "pdf"]


def _codes(source: str, fmt: str, tmp_path, code: str) -> list:
    r = lint_path(render_draft(source, fmt, tmp_path))
    assert r.error is None
    return [f for f in r.findings if f.code == code]


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ a ……的 relative clause before the subject
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "截至目前，仍存在林地图斑矛盾的各县（市、区）人民政府，在完成外业核实之后，须于9月底前处理到位。",
    "整改进度滞后于计划的设区市政府，如仍未落实到位的，应当于8月底前书面说明原因。",
    "尚未完成确权颁证的县（市、区）人民政府，要于10月底前全部完成。",
])
def test_gw104_relative_clause_subject(line, fmt, tmp_path):
    src = _doc("江西省自然资源厅", "各设区市人民政府，各县（市、区）人民政府：", ["现就有关事项通知如下。", line])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert len(found) == 1, [f.message for f in found]
    # the county level has work: not "sent too wide"
    if "县" in line:
        assert not _codes(src, fmt, tmp_path, "GW105")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "省自然资源厅将对仍存在大量矛盾图斑的各县（市、区）人民政府进行通报。",   # 对……的: the object of the issuer
    "已完成全部整改的各县（市、区）人民政府，自8月起不再报送整改月报。",        # relieved, no order
])
def test_gw104_relative_clause_no_order(line, fmt, tmp_path):
    src = _doc("江西省自然资源厅", "各县（市、区）人民政府：", ["现就有关事项通知如下。", line])
    assert not _codes(src, fmt, tmp_path, "GW104")
    assert not _codes(src, fmt, tmp_path, "GW105")  # bulletined or relieved: concerned all the same


# ------------------------------------------------------------ （含……） inside a collective's name
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_insert_is_part_of_the_name(fmt, tmp_path):
    body = ["经省政府同意，现就有关事项通知如下。", "一、各市人民政府负责组织本地排查整治，6月底前完成。",
            "二、省住房城乡建设厅负责督促指导。"]
    quiet = _doc("河北省人民政府办公厅", "各市（含定州、辛集市）人民政府，省政府有关部门：", body)
    assert not _codes(quiet, fmt, tmp_path, "GW105")
    wide = _doc("河北省人民政府办公厅", "各市（含定州、辛集市）人民政府，各县（市、区）人民政府，省政府有关部门：", body)
    found = _codes(wide, fmt, tmp_path, "GW105")
    # only the county governments listed apart are idle; 定州、辛集 inside the insert are counted with the cities
    assert len(found) == 1 and found[0].data["idle_levels"] == ["county"]
    assert "却发到各县（市、区）人民政府。" in found[0].message


# ------------------------------------------------------------ the issuer's own inspection of 各地's matters
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_inspection_of_places_matters(fmt, tmp_path):
    body = ["各市州卫生健康委要指导县级医共体完善内部管理制度。", "省卫生健康委将适时对各地项目进展情况进行抽查。"]
    assert len(_codes(_doc("湖北省卫生健康委员会", "各市、州人民政府：", body), fmt, tmp_path, "GW105")) == 1
    ranked = [*body[:1], "省卫生健康委将对各地项目进展情况进行督查，督查结果在全省排名通报。"]
    assert not _codes(_doc("湖北省卫生健康委员会", "各市、州人民政府：", ranked), fmt, tmp_path, "GW105")


# ------------------------------------------------------------ nothing asked of anyone, read from the predicates
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer,recipients,body", [
    ("江西省人民政府办公厅", "各设区市人民政府，省政府各部门：",
     ["根据工作需要，经省政府研究，对省政府领导同志工作分工作如下调整。", "张省长：领导省政府全面工作，负责审计方面工作。",
      "陈副省长：负责农业农村、水利方面工作，分管省农业农村厅、省水利厅。"]),
    ("湖南省应急管理厅", "各市州人民政府：",
     ["《湖南省安全生产条例》规定，县级以上人民政府应当加强安全生产技术服务体系建设。我厅组建了省级安全生产专家库。",
      "专家库实行动态管理，日常维护由省应急管理厅规划科承担。"]),
    ("泾县人民政府办公室", "各乡镇人民政府，县政府各部门：",
     ["县政务服务中心整体搬迁至新大楼。现将有关事项通知如下。", "一、搬迁时间。9月26日至9月30日暂停现场受理业务。",
      "二、恢复办理时间。10月8日起在新址恢复全部业务办理。"]),
])
def test_gw105_asks_nobody(issuer, recipients, body, fmt, tmp_path):
    assert len(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer,recipients,body", [
    # the towns are asked to report to the new leaders
    ("兴国县人民政府办公室", "各乡镇人民政府，县直各单位：",
     ["县政府领导同志工作分工调整如下。", "李县长：领导县政府全面工作。",
      "各乡镇人民政府要按照调整后的分工，及时向分管县领导报告有关工作。"]),
    # the quoted duty is the recipients' own: a reminder concerns them
    ("凉山彝族自治州水利局", "各县（市）人民政府：",
     ["《四川省水库大坝安全管理办法》规定，县级人民政府应当落实小型水库的安全管理责任人。",
      "州水利局将于汛前组织专家对病险水库除险加固项目开展技术复核。"]),
    # a topic heading, then a request to the towns
    ("崇义县人民政府办公室", "各乡镇人民政府，县直各单位：",
     ["县不动产登记中心整体搬迁，现将有关事项通知如下。", "一、搬迁时间。6月4日起在新址办理。",
      "二、宣传引导。请各乡镇人民政府做好搬迁信息宣传。"]),
    # the towns' people are the trainees: a place qualifying people is no mere place
    ("于都县农业农村局", "各乡镇人民政府：",
     ["县农业农村局定于4月10日在县农技中心举办水稻病虫害防治培训班。培训对象为各乡镇农技人员，每乡镇1名。"]),
    # people of the towns do things: the reading cannot place all of it
    ("平度市人民政府办公室", "各镇人民政府、街道办事处：",
     ["市政府主要领导定于9月下旬到部分镇街调研，调研时镇党委书记、镇长陪同。"]),
])
def test_gw105_someone_is_asked(issuer, recipients, body, fmt, tmp_path):
    assert not _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW105")


# ------------------------------------------------------------ 请于……前 + any verb
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line,fires", [
    ("请于每周一上午10时前通过“农事通”小程序上传育秧进度。", True),
    ("请在9月底前完成辖区内入河排污口的溯源和分类整治。", True),
    ("请于7月15日前，将本地区分解方案报送省农业农村厅。", True),
    ("如有修改意见，请于7月20日前与市水利局规划科联系。", False),   # asking for views
    ("请于7月20日前。", False),                                       # no predicate after the deadline
])
def test_gw104_qing_deadline_any_verb(line, fires, fmt, tmp_path):
    src = _doc("吉水县农业农村局", "各乡镇人民政府：", ["现就有关工作通知如下。", line])
    assert bool(_codes(src, fmt, tmp_path, "GW104")) == fires


# ------------------------------------------------------------ the unit finder, once for every rule
def test_units_read_by_the_finder():
    from gwlint.analysis.units import find_units

    def one(text):
        us = find_units(text)
        assert len(us) == 1, us
        return us[0]

    u = one("部分县人民政府要")
    assert (u.kind, u.level, u.source, u.generic) == ("government", "county", "actor", True)
    u = one("各市（含定州、辛集市）人民政府")
    assert (u.kind, u.reaches, u.end) == ("government", ("city",), 15)
    assert one("区属各医疗卫生单位").level == "township" and one("市属各医院").level == "county"
    assert one("各市场监管所").level == "township"
    assert not find_units("市场监督管理所")            # 市 opens 市场: no level word
    assert one("市中心医院").level == "city"            # 市中心 is 市 + 中心


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer,recipients,line", [
    ("绵阳市卫生健康委员会", "市属各医疗卫生单位：", "请各单位于4月15日前将医疗质量安全自查报告报送市卫生健康委医政科。"),
    ("信丰县市场监督管理局", "各市场监管所：", "各市场监管所于每周五前将辖区学校食堂检查情况汇总表报送县局。"),
])
def test_gw106_subordinate_units_are_lower(issuer, recipients, line, fmt, tmp_path):
    assert len(_codes(_doc(issuer, recipients, [line]), fmt, tmp_path, "GW106")) == 1

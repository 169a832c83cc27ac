"""GW104–GW107 on the holdout9 classes (issue 15, round 10, h9a): collectives of lower governments
in Inner Mongolia and the 兵团 (各旗区, 各盟行政公署、市人民政府, 各团场, 师市 departments), a 新区
管委会 writing to the 街道 and towns it governs, relief of a level (不再另行组织县级分会场), work handed
to a named own-level body (请县财政局……完成), 免于报送, a signature laid on a school head by 由,
a standing 登记表, and the leaders of a 盟 or 地区 (盟长, 行署专员).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must fire and a
near miss that must stay quiet."""
from __future__ import annotations

from functools import partial

import pytest

from gwlint.analysis.units import subject_units

from .drafts import lint_codes as _found, marked_doc

FORMATS = ["txt", "docx", "pdf"]


_doc = partial(marked_doc, docno="发〔2026〕8号", date="2026年12月4日")


@pytest.mark.parametrize("text, name, level", [
    ("各旗区须在4月1日前落实造林地块。", "各旗区", "county"),
    ("各旗市区要加强巡查。", "各旗市区", "county"),
    # 团镇合一: the 团场 are the township level too, beside the 师市's 街道办事处 (round 20, f20b)
    ("各团场要于2月底前将种植计划分解到连队。", "各团场", ("county", "township")),
    ("各师市负责组织实施。", "各师市", "city"),
    ("各自治县要加强监管。", "各自治县", "county"),
    ("各县（市）区要加强监管。", "各县（市）区", "county"),
    ("各苏木镇负责组织牧民培训。", "各苏木镇", "township"),
    ("各地州要加强监管。", "各地州", "city"),
])
def test_collectives_of_lower_governments(text, name, level):
    subj = subject_units(text)
    assert [u.text for u in subj] == [name]
    assert subj[0].kind == "government" and subj[0].reaches == (level if isinstance(level, tuple) else (level,))


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_qiqu_and_tuanchang(fmt, tmp_path):
    ordos = _doc("鄂尔多斯市林业和草原局", "各旗区人民政府：",
                 ["一、各旗区须在2027年4月1日前落实造林地块，不得在基本草原上造林。"])
    assert len(_found(ordos, fmt, tmp_path, "GW104")) == 1
    # the 旗区's bureaus are departments, not governments
    bureaus = _doc("鄂尔多斯市林业和草原局", "各旗区林业和草原局：",
                   ["一、各旗区林业和草原局须在2027年4月1日前落实造林地块。"])
    assert _found(bureaus, fmt, tmp_path, "GW104") == []
    aral = _doc("第一师阿拉尔市农业农村局", "各团场：", ["一、各团场要于2027年2月底前将种植计划分解到连队。"])
    assert len(_found(aral, fmt, tmp_path, "GW104")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_new_area_committee(fmt, tmp_path):
    # a 新区管委会 governing its 街道 and towns speaks as their government
    own = _doc("贵安新区管理委员会", "各街道办事处、乡镇人民政府，管委会各部门：",
               ["一、各街道、乡镇要在2027年3月底前完成山塘清淤。"])
    assert _found(own, fmt, tmp_path, "GW104") == []
    submit = "二、请各街道、镇于每月5日前将改造进度统计表报送{}。"
    own_report = _doc("西咸新区管理委员会", "各街道办事处、各镇人民政府，管委会各部门：",
                      ["一、各街道、镇要在2026年12月31日前完成改造任务。", submit.format("新区城市管理和交通局")])
    assert _found(own_report, fmt, tmp_path, "GW104") == [] and _found(own_report, fmt, tmp_path, "GW106") == []
    # the same demand from a department of a district government is a department's
    dept_report = _doc("西安市未央区城市管理和执法局", "各街道办事处、各镇人民政府：",
                       ["一、各街道、镇要在2026年12月31日前完成改造任务。", submit.format("区城市管理和执法局")])
    assert len(_found(dept_report, fmt, tmp_path, "GW106")) == 1
    # an 开发区管委会 ordering county governments is still not their government
    counties = _doc("赣州经济技术开发区管理委员会", "各县（区）人民政府：",
                    ["各县（区）要积极组织劳动者参加招聘活动。"])
    assert len(_found(counties, fmt, tmp_path, "GW104")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_league_and_bingtuan_informing(fmt, tmp_path):
    league = _doc("内蒙古自治区市场监督管理局", "各盟行政公署、市人民政府，自治区各有关部门：",
                  ["按照全国统一部署，自2027年1月1日起，12315热线归并至12345热线。", "特此通知。"])
    assert len(_found(league, fmt, tmp_path, "GW105")) == 1
    tasked = _doc("内蒙古自治区市场监督管理局", "各盟行政公署、市人民政府：",
                  ["按照全国统一部署，12315热线归并至12345热线。各盟市要做好热线归并后的工单转办。"])
    assert _found(tasked, fmt, tmp_path, "GW105") == []
    bingtuan = _doc("第八师石河子市人民政府办公室", "各团场，各街道办事处，师市各部门：",
                    ["一、租金标准调整由师市住房和城乡建设局负责执行。", "二、师市财政局负责将租金收入全额上缴。"])
    assert len(_found(bingtuan, fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_forward_tasks_only_own_bureaus(fmt, tmp_path):
    head = "现将《郑州市人民政府办公厅关于规范住宅专项维修资金管理的通知》转发给你们"
    only = _doc("中牟县人民政府办公室", "各乡镇人民政府、各街道办事处，县直有关单位：",
                [f"{head}。", "请县财政局按照文件要求，在2027年3月底前完成专项维修资金账户的清理归集工作。"])
    assert len(_found(only, fmt, tmp_path, "GW105")) == 1
    everyone = _doc("中牟县人民政府办公室", "各乡镇人民政府、各街道办事处，县直有关单位：",
                    [f"{head}，请结合实际认真贯彻执行。", "县财政局负责牵头做好账户清理。"])
    assert _found(everyone, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_relieved_level_is_concerned(fmt, tmp_path):
    body = ["经省政府同意，定于2027年5月8日召开全省防汛抗旱工作视频会议。",
            "各市、州政府主要负责同志在本地分会场参会，{}。"]
    relieved = _doc("湖北省人民政府办公厅", "各市、州、县人民政府：", [body[0], body[1].format("不再另行组织县级分会场")])
    assert _found(relieved, fmt, tmp_path, "GW105") == []
    silent = _doc("湖北省人民政府办公厅", "各市、州、县人民政府：", [body[0], body[1].format("请提前调试会议系统")])
    assert len(_found(silent, fmt, tmp_path, "GW105")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_mianyu_sign_by_you_and_standing_form(fmt, tmp_path):
    exempt = _doc("黑龙江省农业农村厅", "各市（地）农业农村局：",
                  ["一、结算数据从系统直接提取，各地免于报送结算汇总表。"])
    assert _found(exempt, fmt, tmp_path, "GW106") == []
    asked = _doc("黑龙江省农业农村厅", "各市（地）农业农村局：",
                 ["一、请各地于2027年1月10日前报送结算汇总表。"])
    assert len(_found(asked, fmt, tmp_path, "GW106")) == 1
    school = _doc("恩施州教育局", "各县（市）教育局，州直各学校：",
                  ["一、各校要在12月15日前完成电气线路检测。", "二、各校的消防安全自查表由校长签字确认后存档备查。"])
    signed = _found(school, fmt, tmp_path, "GW106")
    assert [f.severity for f in signed] == ["error"]
    station = _doc("宁乡市农业农村局", "各镇（街道）农业综合服务站：",
                   ["一、各站核实台账由经办人逐户填写。", "二、核实台账汇总后由站长签字确认后存档备查。"])
    assert [f.severity for f in _found(station, fmt, tmp_path, "GW106")] == ["error"]
    clerk = _doc("恩施州教育局", "各县（市）教育局，州直各学校：",
                 ["一、各校要在12月15日前完成电气线路检测。", "二、各校的消防安全自查表由检查人员填写后存档备查。"])
    assert _found(clerk, fmt, tmp_path, "GW106") == []
    monthly = _doc("格尔木市市场监督管理局", "各乡镇人民政府、各街道办事处：",
                   ["我局将组织执法人员逐户检查。", "注：各乡镇（街道）须在每月5日前将农村集体聚餐备案登记表报市市场监督管理局。"])
    assert len(_found(monthly, fmt, tmp_path, "GW106")) == 1
    once = _doc("格尔木市市场监督管理局", "各乡镇人民政府、各街道办事处：",
                ["我局将组织执法人员逐户检查。", "注：群众可在集体聚餐前到所在乡镇领取备案登记表。"])
    assert _found(once, fmt, tmp_path, "GW106") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw107_league_and_prefecture_leaders(fmt, tmp_path):
    for issuer, leader in (("阿勒泰地区文化体育广播电视和旅游局", "行署专员"), ("兴安盟发展和改革委员会", "盟长")):
        direct = _doc(issuer, "各县（市）有关部门：", [f"计划初稿由局规划科起草，直接送{leader}审阅后印发。"])
        found = _found(direct, fmt, tmp_path, "GW107")
        assert len(found) == 1 and "行政公署办公室" in found[0].message
        office = _doc(issuer, "各县（市）有关部门：", [f"计划初稿由局规划科起草，通过行署办公室呈报{leader}审阅后印发。"])
        assert _found(office, fmt, tmp_path, "GW107") == []


def test_bingtuan_division_is_prefecture_level():
    from gwlint.analysis.orgs import classify

    # 师市合一: the 师 is prefecture-level although 阿拉尔市 itself is a county-level city
    assert classify("第一师阿拉尔市农业农村局").level == "city"
    assert classify("第八师石河子市人民政府办公室").level == "city"
    assert classify("阿拉尔市农业农村局").level == "county"

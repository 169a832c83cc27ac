"""Classes of issue 15, round 16 (h16g): the policy family and GW709, in phrasings of their own.

- GW104/GW106: a subjectless 请 to lower governments only -- 请将……于……前通过……系统填报 (the object before the
  deadline), 请各地汇总后，于……前上传 (汇总, a verb jieba tags as a noun, before 后), 登录……小程序，……上传 (the
  platform in the clause before the verb) -- orders them and asks them for a report; with the 主送 mixing
  governments and departments, a 请 about 本部门 data speaks to the departments.
- GW106: 请于每月/每季度首月……前登录××平台，汇总审核辖区企业……数据后提交: the clause opening with 汇总/审核/对
  has no subject of its own, the enterprises are its object, the recipients submit.
- GW105: 各乡镇市场监管所 (a county bureau's stations) having work is no work for the town governments.
- GW709: two headed sections (一、关于…… 二、关于……) each asking for its own matter, even when an ask only names
  a resource (恳请安排补助资金3000万元); sections that serve one project are one matter.
- GW102: a generic lead (有关部门, 各有关单位, 相关单位, 各地) is not made good by a named partner, in a
  （牵头单位：……；配合单位：……） note or a division table's row; a named lead with a generic partner is fine.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         tail: list[str] | None = None) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日", *(tail or [])]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW104/GW106: subjectless 请 to lower governments
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "（二）请将整治台账于9月30日前通过全市城镇燃气安全监管系统填报。",
    "三、结果报送：请各地汇总后，于8月20日前上传至全市社会救助信息管理平台。",
    "三、工作安排。请于7月15日前登录“农田管护”微信小程序，逐个项目区上传摸排结果。",
    "三、请各县（市、区）汇总辖区排查情况后，于4月15日前通过全市应急管理综合平台提交。",
    "二、请通过“赣服通”平台于6月30日前上传摸排结果。",
])
def test_gw104_gw106_subjectless_request_to_governments(line, fmt, tmp_path):
    src = _doc("吉安市住房和城乡建设局", "各县（市、区）人民政府：", ["现将有关事项通知如下。", "（一）全面排查在用设施。", line])
    assert len(_codes(src, fmt, tmp_path, "GW104")) == 1
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1
    assert not _codes(src, fmt, tmp_path, "GW105")  # the governments have that work


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients,line", [
    # mixed 主送, the departments' own data
    ("各县（区）人民政府，市直各部门：", "二、请于6月20日前登录全市数据资源系统，更新本部门政务数据资源目录。"),
    # enterprises are asked
    ("各县（区）人民政府：", "二、请符合条件的企业于8月10日前在惠企政策兑现平台在线申报。"),
])
def test_gw104_request_not_to_governments(recipients, line, fmt, tmp_path):
    src = _doc("吉安市数据局", recipients, ["现将有关事项通知如下。", line])
    assert _codes(src, fmt, tmp_path, "GW104") == []
    assert _codes(src, fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ GW106: standing platform demand, verb-led clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "三、请于每月10日前登录全省食品生产监管平台，汇总审核辖区企业风险等级评定和检查数据后提交。",
    "（二）每季度首月15日前，请登录全市基层卫生信息管理系统，审核汇总辖区基层医疗卫生机构上季度监测数据后报送我委。",
    "二、请于每季度结束后10日内登录全县安全生产信息化平台，对辖区小微企业登记数据审核把关后提交。",
])
def test_gw106_platform_summary_by_lower_departments(line, fmt, tmp_path):
    src = _doc("宜春市市场监督管理局", "各县（市、区）市场监督管理局：", ["现将有关事项通知如下。", line])
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "二、监测企业每月10日前在外资企业运行监测平台自行填报上月经营数据，各地商务部门做好操作指导。",
    "二、监测数据由全市医保智能监管系统于每月5日前自动抓取生成，各地不另行报送。",
    "一、依据《农业农村统计调查制度》，请于每月3日前登录统计直报系统，审核汇总辖区上月农业生产数据后提交。",
    "一、我局将于每月10日前在就业创业服务平台汇总发布重点企业岗位需求信息。",
])
def test_gw106_platform_near_misses(line, fmt, tmp_path):
    src = _doc("宜春市商务局", "各县（市、区）商务局：", ["现将有关事项通知如下。", line])
    assert _codes(src, fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ GW105: a county bureau's stations
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("station,fires", [("各乡镇市场监管所", True), ("各镇司法所", True), ("各乡镇人民政府", False)])
def test_gw105_dispatched_stations_are_no_township_work(station, fires, fmt, tmp_path):
    src = _doc("安福县市场监督管理局", "各乡镇人民政府，县直有关单位：",
               ["我局决定开展学校食品安全专项检查。", "一、县局组织执法人员对全县学校食堂开展全覆盖检查。",
                f"二、{station}负责辖区校园周边食品经营户的日常巡查，发现问题及时处置。"])
    assert bool(_codes(src, fmt, tmp_path, "GW105")) == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing,gw104,gw105", [
    ("请各地周知。", 0, 1),  # told, nothing asked: sent too wide
    ("特此通知，请知悉。", 0, 1),
    ("请各地周知，并组织本地科普场馆同步开展开放活动。", 1, 0),  # told and given work
])
def test_gw105_informed_recipients_have_no_work(closing, gw104, gw105, fmt, tmp_path):
    src = _doc("江西省科学技术厅", "各设区市人民政府，省直有关单位：",
               ["我厅定于5月18日至24日举办2026年江西省科技活动周。", "一、我厅将在南昌举办启动仪式，组织省级科普基地集中开放。",
                "二、活动经费由我厅统筹安排。", closing])
    assert len(_codes(src, fmt, tmp_path, "GW104")) == gw104
    assert len(_codes(src, fmt, tmp_path, "GW105")) == gw105


# ------------------------------------------------------------ GW709: two headed sections, two matters
def _request(sections: list[str], title: str = "关于有关事项的请示") -> str:
    return _doc("永修县人民政府", "九江市人民政府：", [*sections, "以上请示妥否，请批示。"], title=title,
                tail=["@note （联系人：县政府办公室 张××，电话：0792-3××××××）"])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sections", [
    ["@heading2 （一）关于云山至柘林公路改建补助资金的问题",
     "该公路现状路面破损严重，已完成前期工作。恳请市政府在2026年市级交通专项资金中安排补助资金3000万元。",
     "@heading2 （二）关于设立县农产品质量安全检测中心的问题",
     "拟请市政府同意我县整合设立县农产品质量安全检测中心。"],
    ["@heading1 一、关于农村学校危旧校舍维修", "维修加固共需资金1360万元。恳请市政府安排专项资金1360万元。",
     "@heading1 二、关于城区学校教师编制", "城区学校缺编教师96名。恳请市政府核增教师编制60名。"],
    ["@heading1 一、云山至柘林公路改建补助资金问题", "该项目已完成前期工作。恳请市政府安排补助资金3000万元。",
     "@heading1 二、县农产品质量安全检测中心设立问题", "请求市政府批准设立县农产品质量安全检测中心。"],
])
def test_gw709_two_sections_two_matters(sections, fmt, tmp_path):
    found = [f for f in _codes(_request(sections), fmt, tmp_path, "GW709") if f.data.get("signal") == "matters"]
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sections", [
    ["@heading1 一、关于洪门水库灌区续建配套项目建设资金", "尚缺配套资金1.5亿元。恳请市政府安排配套资金5000万元。",
     "@heading1 二、关于洪门水库灌区续建配套项目建设用地", "需新增建设用地126亩。恳请市政府统筹解决用地指标126亩。"],
    ["@heading1 一、关于新校区建设资金", "恳请市政府将新校区建设列入2026年市本级政府投资计划，安排建设资金1.5亿元。",
     "@heading1 二、关于新校区建设用地", "拟请市政府同意将该地块划拨用于新校区建设。"],
    ["@heading1 一、项目建设资金问题", "码头项目尚缺资金2000万元。恳请市政府安排补助资金2000万元。",
     "@heading1 二、项目用地问题", "码头建设需用地45亩。恳请市政府协调解决用地指标45亩。"],
    ["@heading1 一、基本情况", "全市新发现松材线虫病疫点12个，疫情明显加重。",
     "@heading1 二、请示事项", "恳请市政府追加松材线虫病防治经费240万元。"],
])
def test_gw709_sections_of_one_matter(sections, fmt, tmp_path):
    assert _codes(_request(sections), fmt, tmp_path, "GW709") == []


# ------------------------------------------------------------ GW102: a generic lead with a named partner
def _plan(body: list[str], table: list[str] | None = None) -> str:
    lines = ["@doc_number 赣市府办字〔2026〕61号", "@title 赣州市人民政府办公室关于印发赣州市城市更新行动方案的通知",
             "@recipients 各县（市、区）人民政府，市政府各部门：", "《赣州市城市更新行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
             "@signature 赣州市人民政府办公室", "@date 2026年5月12日", "@page_break",
             "@attachment_title 赣州市城市更新行动方案", "为推动城市高质量发展，制定本方案。", *body, *(table or [])]
    return "\n".join(lines) + "\n"


_HEADS = ["@heading1 一、重点任务", "@heading2 （一）实施老旧小区改造。", "2028年底前完成老旧小区改造任务。",
          "@heading2 （二）完善城市排水防涝设施。", "新建改造雨水管网300公里。",
          "@heading2 （三）推进老旧街区活化利用。", "对中心城区老旧街区实施保护性改造。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead,partner,fires", [
    ("有关部门", "市商务局、市文化广电新闻出版旅游局", True),
    ("各地", "市住房城乡建设局", True),
    ("市商务局", "有关部门", False),
    ("各县（市、区）人民政府", "市商务局", False),
])
def test_gw102_generic_lead_row(lead, partner, fires, fmt, tmp_path):
    table = ["@heading1 二、重点任务分工", "@table 序号|重点任务|牵头单位|配合单位",
             "@table 1|实施老旧小区改造|市住房城乡建设局|市财政局", "@table 2|完善城市排水防涝设施|市城市管理局|市水利局",
             f"@table 3|老旧街区活化利用工程|{lead}|{partner}"]
    found = _codes(_plan(_HEADS, table), fmt, tmp_path, "GW102")
    measures = [f for f in found if not f.data.get("summary")]
    if fires:
        assert len(measures) == 1 and measures[0].excerpt.startswith("（三）推进老旧街区活化利用")
        assert [f.data["missing"] for f in found if f.data.get("summary")] == [1]
    else:
        assert found == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note,fires", [
    ("（牵头单位：各有关单位；配合单位：市财政局）", True),
    ("（责任单位：相关单位；配合单位：市自然资源局）", True),
    ("（有关部门牵头，市财政局配合）", True),
    ("（牵头单位：各地 配合单位：市发展改革委）", True),
    ("（牵头单位：各县（市、区）人民政府，配合单位：市财政局）", False),
    ("（牵头单位：市商务局；配合单位：各有关单位）", False),
])
def test_gw102_generic_lead_note(note, fires, fmt, tmp_path):
    body = [*_HEADS[:-1], f"对中心城区老旧街区实施保护性改造。{note}"]
    body = [ln + ("（牵头单位：市住房城乡建设局）" if ln.startswith(("2028", "新建")) else "") for ln in body]
    found = _codes(_plan(body), fmt, tmp_path, "GW102")
    assert bool(found) == fires
    if fires:
        assert [f.excerpt for f in found if not f.data.get("summary")] == ["（三）推进老旧街区活化利用"]

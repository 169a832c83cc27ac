"""Classes f22a fixed in round 22 (holdout25r's GW104/GW105/GW107 misses and false alarms), in phrasings of its own:

- GW105: a government's notice whose work falls only on its own departments and on institutions or firms of its
  own (州属各学校, 市属国有企业, 县人民医院), said without modals (州财政局对……落实……), names no body below it: the
  lower governments it is sent to have no work (holdout25r gw105-g03b/c).
- GW105: an event notice that says who attends by a label and a copula (本期培训对象为省政府各部门; 参会范围是……),
  naming only bodies of the issuer's level: the lower governments have no work (gw105-g04b).
- GW105: duties listed under a level's label -- a row 县级 | 负责……, a column 旗县级, a paragraph 县级：负责……
  -- are that level's work (gw105-g06c).
- GW105: a collective narrowed by a scope word (沿边县（市）, 试点县, 有关县区) as the object of 指导/督促/组织 has
  work, as 所辖县（市、区） has (gw105-g07c); a place word only locating a thing (在沿边18个县新建监测站) has none.
- GW105: a place asked through its people or itself (届时请街道分管负责同志随同察看; 由被督查县（区）分管负责同志
  介绍情况; 座谈会由所在镇乡街道负责召集; a cell 草庙镇分管负责同志) has work, unless waived (gw401-g13c/g15b).
- orgs: a 直辖市's district named 新区 (天津市滨海新区民政局), or one with 州 in its name (重庆市万州区……), and a
  district bureau whose name opens with 城市 (滨海新区城市管理委员会) are county-level: the 区人民政府办公室 copied is
  its own government, not a lower one (gw105-g08c).
- GW104: a prohibition opening the next sentence with no subject of its own (……各市人民政府统筹……管理。一律不准……;
  同时，不得……) is said to the subject before (gw104-g03b); not one with a doer of its own (严禁任何单位……).
- GW104: approval by the government told with its session (已经市人民政府第16届第45次常务会议研究同意) or with the
  government as subject (市人民政府已原则同意) authorises the department (gw104-g05b).
- GW107: a channel the sentence drops (不再另行报送市政府办公室) is no channel; a material formed by a unit in the
  sentence before (……形成快报。快报径送市长) is sent by that unit, 径送 going straight as 直送 does (gw107-g01b).
- GW106 (kept as it was when the district bureaus' levels were read right): a verb inside 以……为准 names a yardstick
  (GW302's), no report; a district bureau's own 管理所/管护站/执法中队 are its base units.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.analysis.orgs import classify

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         cc: str | None = None) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日",
                      tail=[f"@cc {cc}"] if cc else ())


# ------------------------------------------------------------ GW105: own departments and institutions only
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("宜宾市人民政府办公室", "各区县人民政府，市政府各部门：",
     ["市属国有企业今年研发投入增长不低于15%。", "市国资委在经营业绩考核中将研发投入视同利润加回。"], True),
    ("崇义县人民政府", "各乡镇人民政府，县直各单位：",
     ["县属国有林场今年完成人工造林2万亩。", "县林业局在林场年度考核中将造林成活率列为否决指标。", "县财政局按造林面积兑现补助。"], True),
    ("海东市人民政府", "各县（区）人民政府，市政府各部门，市属各医院：",
     ["今年市第一人民医院、市第二人民医院新增床位600张。", "市属各医院按照核定的床位组织招聘。",
      "市卫生健康委对新增床位落实绩效考核。"], True),
    ("海东市人民政府", "各县（区）人民政府，市政府各部门，市属各医院：",
     ["今年市第一人民医院、市第二人民医院新增床位600张。", "市属各医院按照核定的床位组织招聘。",
      "各县（区）人民政府配合做好医院周边交通组织。"], False),
    ("崇义县人民政府", "各乡镇人民政府，县直各单位：",
     ["县属国有林场今年完成人工造林2万亩。", "县林业局在林场年度考核中将造林成活率列为否决指标。",
      "各乡镇人民政府发动村民参与管护。"], False),
])
def test_gw105_own_level_and_institutions_only(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: who attends, told by a label and a copula
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["市政府办公室定于7月10日举办政务公开业务培训班。", "本期培训对象为市政府各部门、各直属机构。每个单位派1名分管同志参训。"], True),
    (["市政府办公室定于7月10日举办政务公开业务培训班。", "参训范围是市直各部门和市属国有企业，每单位1人。"], True),
    (["市政府办公室定于7月10日举办政务公开业务培训班。", "本次培训参训对象为市政府各部门办公室主任。"], True),
    (["市政府办公室定于7月10日举办政务公开业务培训班。",
      "本期培训对象为各县（区）人民政府办公室分管负责同志和市直各部门。每个单位派1名同志参训。"], False),
])
def test_gw105_attendance_told_by_copula(body, fires, fmt, tmp_path):
    src = _doc("六盘水市人民政府办公室", "各县（区）人民政府，市政府各部门、各直属机构：",
               [*body, "参训人员须于7月9日下午报到，不得替换。"], "关于举办2027年政务公开业务培训班的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: duties under a level's label
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["现将分级职责明确如下。", "@table 层级|职责", "@table 省级|省水利厅制定山洪灾害防御预案编制导则",
      "@table 市级|负责组织本市山洪灾害风险隐患排查", "@table 县级|负责危险区转移避险责任人落实和预警发布"], False),
    (["现将分级职责明确如下。", "@table 工作环节|省级|市级|县级",
      "@table 隐患排查|省水利厅制定导则|组织复核|逐村排查建立台账",
      "@table 转移避险|省应急管理厅统筹调度|指导演练|组织群众转移"], False),
    (["现将分级职责明确如下。", "省级：省水利厅制定山洪灾害防御预案编制导则。", "市级：组织本市山洪灾害风险隐患排查。",
      "县级：落实危险区转移避险责任人，及时发布预警。"], False),
    (["（一）省级职责：省水利厅制定山洪灾害防御预案编制导则。", "（二）市级职责：组织本市山洪灾害风险隐患排查。",
      "（三）县级职责：落实危险区转移避险责任人，及时发布预警。"], False),
    (["一、省级层面。省水利厅制定山洪灾害防御预案编制导则。", "二、市县层面。组织风险隐患排查，落实转移避险责任人。"], False),
    (["省水利厅组织编制县级山洪灾害防治项目清单，对市县水文站网开展评估。", "省财政厅安排专项资金2亿元。"], True),
])
def test_gw105_level_labels(body, fires, fmt, tmp_path):
    src = _doc("河北省人民政府办公厅", "各设区市人民政府，各县（市、区）人民政府，省政府各部门：", body)
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: a scoped collective as a pivot's object
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("（二）沿边各州（市）人民政府指导沿边县（市）建设边境动物防疫隔离带和检疫站。", False),
    ("（二）各州（市）人民政府督促试点县做好耕地质量提升项目建设。", False),
    ("（二）各州（市）人民政府组织有关县区开展森林火灾隐患排查。", False),
    ("（二）省林业和草原局今年在沿边18个县（市）新建监测站24个，各州（市）人民政府统筹做好站点用地保障。", True),
])
def test_gw105_scoped_pivot_objects(item, fires, fmt, tmp_path):
    src = _doc("云南省人民政府办公厅", "各州、市人民政府，各县（市、区）人民政府，省直各委、办、厅、局：",
               ["（一）省农业农村厅编制边境动物疫病防控规划。", item, "（三）省财政厅安排专项资金。"])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: the visited place asked to do something
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["调研组每到一个乡镇，将实地察看2个示范基地。届时请乡镇分管负责同志随同察看。"], False),
    (["调研期间将召开小型座谈会。座谈会由所在乡镇负责召集，请3至5名种粮大户参加。"], False),
    (["@table 日期|调研地点|陪同人员", "@table 9月14日|草庙镇东灶村|草庙镇分管负责同志",
      "@table 9月15日|新丰镇裕北村|新丰镇分管负责同志"], False),
    (["调研组直接到村、到田头察看，不要求所到乡镇负责同志陪同，不听汇报。"], True),
])
def test_gw105_visited_places_asked(body, fires, fmt, tmp_path):
    src = _doc("岳阳县农业农村局", "各乡镇人民政府：",
               ["为了解高标准农田建成后的管护情况，县农业农村局定于9月中旬开展专题调研。", *body,
                "调研结束后，县农业农村局形成调研报告。"], "关于开展高标准农田管护情况调研的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ orgs: districts of a 直辖市
@pytest.mark.parametrize("name, level", [
    ("天津市滨海新区民政局", "county"),
    ("上海市浦东新区商务委员会", "county"),
    ("天津市滨海新区城市管理委员会", "county"),
    ("重庆市万州区人力资源和社会保障局", "county"),
    ("万州区民政局", "county"),
    ("江西省赣江新区管委会", "province"),
    ("新余市城市管理局", "city"),
    ("河南省郑州市农业农村局", "city"),
])
def test_district_levels(name, level):
    assert classify(name).level == level


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_district_bureau_copies_its_own_government(fmt, tmp_path):
    src = _doc("天津市滨海新区城市管理委员会", "各街道、镇城市管理办公室，区城市管理综合执法大队：",
               ["区城市管理委员会在10月组织验收，验收合格的每个小区奖励5万元。", "区城市管理综合执法大队对混装混运的收运企业依法查处。"],
               cc="抄送：区人民政府办公室。")
    assert _codes(src, fmt, tmp_path, "GW105") == []


# ------------------------------------------------------------ GW104: a ban carried from the sentence before
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("二、严格管控。各市人民政府统筹辖区设施农业用地的布局和备案管理。一律不准以设施农业用地名义建设农家乐。", True),
    ("二、严格审批。各市（州）人民政府对本地区民办学校的设置审批负有属地管理责任。严禁以任何形式变相审批。", True),
    ("二、明确主体。各市人民政府已明确本级燃气管理部门。同时，不得将燃气经营许可审批下放至乡镇。", True),
    ("二、严格管控。各市人民政府统筹辖区设施农业用地的布局和备案管理。严禁任何单位和个人以设施农业名义建设农家乐。", False),
    ("二、严格管控。省自然资源厅统筹设施农业用地的备案管理。一律不准以设施农业用地名义建设农家乐。", False),
])
def test_gw104_ban_carried_from_sentence_before(item, fires, fmt, tmp_path):
    src = _doc("安徽省自然资源厅", "各市人民政府：",
               ["为规范设施农业用地管理，现就有关事项通知如下。", "一、省自然资源厅在门户网站公开政策问答。", item])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: approval told with the session or by the government
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("approval, fires", [
    ("以下事项已经市人民政府第16届第45次常务会议研究同意。", False),
    ("以下事项经区政府第12次常务会议审议通过。", False),
    ("市人民政府已原则同意我局提出的实施方案。", False),
    ("以下事项将报请市人民政府常务会议审议。", True),
])
def test_gw104_approval_with_session(approval, fires, fmt, tmp_path):
    src = _doc("佛山市人力资源和社会保障局", "各区人民政府：",
               ["为拓宽技能人才发展通道，现就有关事项通知如下。", approval,
                "1. 各区人民政府须在每年6月底前确定本区试点企业名单。"])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW107: a dropped channel; the producer of the material
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("text, fires", [
    ("市商务局每月10日前形成外贸监测专报。专报直接呈送市政府主要领导和分管领导，不再另行报送市政府办公室。", True),
    ("市发展改革委汇总梳理后，每周五形成重点项目建设快报。快报径送市长、常务副市长。", True),
    ("市发展改革委每周五形成重点项目建设快报，不经市政府办公室，直接报送分管副市长。", True),
    ("市统计局每月5日前形成经济运行分析。上述分析报送市长、分管副市长。", True),
    ("市发展改革委每周五形成重点项目建设快报。快报报送市人民政府办公室，经审核后呈报市政府主要领导。", False),
])
def test_gw107_dropped_channel_and_producer(text, fires, fmt, tmp_path):
    src = _doc("济宁市人民政府办公室", "各县（市、区）人民政府，市政府有关部门：",
               ["经市政府同意，建立市级重点项目周调度机制。", "各县（市、区）人民政府每周四更新项目进度。", text],
               "关于建立市级重点项目周调度机制的通知")
    found = _codes(src, fmt, tmp_path, "GW107")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a yardstick, and a district bureau's stations
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, text, fires", [
    ("新余市城市管理局", "各县（区）城市管理局：", "考评得分以各县（区）上传至考评系统的影像资料和工作留痕情况为准。", False),
    ("江门市蓬江区城市管理和综合执法局", "区环境卫生管理所，区市政设施管护站：",
     "台风季期间，区市政设施管护站每日17时前将当日道路设施巡查情况报送局城建科。", True),
])
def test_gw106_yardstick_and_district_stations(issuer, recipients, text, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, ["现就有关事项通知如下。", text]), fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

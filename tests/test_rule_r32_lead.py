"""Readings the lead fixed in round 32 (gaps of read sets left by earlier rounds), in surfaces of his own:

- GW303 "the work of the visited": a schedule's cell or an item's name whose topic ends in 工作
  (基层市场监管所食品安全监管工作检查指导) inspects a work of the visited, not things, though the topic holds a
  regulatory word (监管, 安全); 燃气安全检查指导 still inspects things.  (holdout33r gw303-g49b.)
- GW201: a meeting's own sentence may name it at length (注：全省春季传染病防控工作培训会于3月17日开始); a bare day
  reckoned from the document date (25日上午召开现场会) yields to a 时间 field that writes the month (观摩时间：……).
- GW102: a closing 责任单位： line of a run of items may end in more units after a comma (……、市市场监管局，各区县（市）
  人民政府。) and still answers for the whole run (a probe of the lead's own, not a set's).
- GW102: the government of the place a pilot or project lies in (由试点所在县（市、区）人民政府负责) is a unit; a short
  heading of a noun and 规模 (储备规模) states a target, no measure.
- GW104: 各镇（乡） is the township collective (各镇（乡）中心学校 are schools); a cell of a lifted demand (原做法 |
  调整后) orders nothing; a subject pointing back to a table (表中隐患点所在乡镇人民政府须……) is still the subject.
- GW105: 请各单位自行安排交通 in the notice of an event only own-level units and firms attend concerns those who attend.
- GW106: the issuer's own sections (我厅各处室新增报表，一律报厅办公室审核) are no 我厅 sending papers back to itself;
  a submit verb qualifying what is checked (对填报数据严格把关) asks nothing; 上传……汇总表 is a submission; in a 纪要
  addressed to nobody a sentence with no subject goes on with the lower unit the sentence before tasks.
- GW202: a principal leading the unit's own deputy (局长，并带领分管……工作的副局长) is principal and deputy both.
- GW301: the object of a pivot that conducts the inspection itself (分片指导各地开展汛前检查) is not inspected.
- GW303: an activity told as past (2026年度，按照……，……开展了……考核) or stopped (停止开展……考核) launches nothing.
- GW401: a 回执 whose columns the visited fill in with their 陪同人员 and 汇报人 asks for escort and report.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW303: a cell naming the work of the visited
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("乡镇农产品质量安全监管工作检查指导", True),
    ("基层消防安全网格化管理工作督导调研", True),
    ("县级食品安全执法工作调研督导", True),
    # things inspected, a way of working, a duty
    ("城镇燃气安全检查指导", False),
    ("加强校园食品安全工作检查指导", False),
    ("特种设备隐患排查检查指导", False),
])
def test_gw303_cell_naming_a_work(cell, fires, fmt, tmp_path):
    src = marked_doc("漳州市市场监督管理局", "局机关各科室、各直属单位：",
                     ["现将《漳州市市场监督管理局2027年重点工作安排》印发给你们，请认真抓好落实。",
                      "一、全年重点活动安排如下。",
                      "@table 时间|活动|牵头科室",
                      f"@table 4月|{cell}|综合科",
                      "@table 10月|年度工作总结|办公室"],
                     title="关于印发2027年重点工作安排的通知", docno="漳市监〔2027〕9号", date="2027年2月18日")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


def _probe(issuer, recips, body, fmt, tmp_path, code, **kw):
    return _codes(marked_doc(issuer, recips, body, **kw), fmt, tmp_path, code)


# ------------------------------------------------------------ GW201: the meeting's date, where it is written
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["为做好春季传染病防控，省疾控局举办全省春季传染病防控工作培训会。",
      "注：全省春季传染病防控工作培训会于3月17日上午9时开始，为期两天。"], True),
    (["为做好春季传染病防控，省疾控局举办全省春季传染病防控工作培训会。",
      "注：全省春季传染病防控工作培训会于4月17日上午9时开始，为期两天。"], False),
])
def test_gw201_long_meeting_name_dates_it(body, fires, fmt, tmp_path):
    found = _probe("甘肃省疾病预防控制局", "各市（州）疾病预防控制局：", body, fmt, tmp_path, "GW201",
                   title="关于举办全省春季传染病防控工作培训会的通知", docno="甘疾控发〔2027〕12号", date="2027年3月2日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("month, fires", [("3", True), ("4", False)])
def test_gw201_field_month_beats_reckoned_day(month, fires, fmt, tmp_path):
    found = _probe("江苏省水利厅", "各设区市水利（务）局：",
                   ["省水利厅决定召开全省农村水利工程标准化管理现场观摩会。", f"一、观摩时间：2027年{month}月24日—25日。",
                    "二、会议安排：24日全天现场观摩，25日上午在东台市召开现场会。"], fmt, tmp_path, "GW201",
                   title="关于召开全省农村水利工程标准化管理现场观摩会的通知", docno="苏水农〔2027〕9号", date="2027年3月4日")
    assert bool(found) == fires, [f.message for f in found]
    if fires:
        assert "3月24日" in found[0].message


# ------------------------------------------------------------ GW102: a place's government; a scale heading
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tail, fires", [
    ("由试点所在县（市、区）人民政府负责。", False),
    ("由项目所在地县级人民政府负责。", False),
    ("由企业所在设区市人民政府牵头。", False),
    ("积极稳妥推进。", True),
])
def test_gw102_place_government_is_a_unit(tail, fires, fmt, tmp_path):
    found = _probe("温州市人民政府办公室", "各县（市、区）人民政府，市政府直属各单位：",
                   ["@heading1 一、主要任务", "@heading2 （一）推进片区更新",
                    f"选取8个片区先行试点，统筹实施老旧小区改造和公共空间提升，{tail}",
                    "@heading2 （二）编制更新规划", "编制城市更新专项规划，市自然资源和规划局负责。"], fmt, tmp_path, "GW102",
                   title="关于推进城市更新试点的实施意见", docno="温政办发〔2027〕33号", date="2027年4月26日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["一、储备规模", "一、建设规模"])
def test_gw102_scale_heading_is_no_measure(heading, fmt, tmp_path):
    body = ["《阿拉善盟应急物资储备实施方案》已经盟行署同意，现印发给你们，请认真贯彻执行。",
            "@page_break", "@attachment_title 阿拉善盟应急物资储备实施方案",
            "为提升应急处置能力，建立健全盟级应急物资储备体系，制定本方案。",
            f"@heading1 {heading}", "盟级储备帐篷2000顶、折叠床6000张、发电机80台，2028年底前储备到位。",
            "@heading1 二、主要任务", "@table 序号|任务|牵头单位|配合单位|完成时限",
            "@table 1|制定盟级应急物资储备目录|盟应急管理局|盟发展改革委|2027年10月底前",
            "@table 2|安排物资采购资金|盟财政局|盟应急管理局|2027年12月底前",
            "@table 3|在重点苏木镇设立前置储备点6个|盟应急管理局|各旗（区）人民政府|2028年6月底前"]
    found = _probe("阿拉善盟行政公署办公室", "各旗（区）人民政府，盟行署各部门：", body, fmt, tmp_path, "GW102",
                   title="关于印发阿拉善盟应急物资储备实施方案的通知", docno="阿署办发〔2027〕31号", date="2027年8月30日")
    assert not found, [f.message for f in found]


# ------------------------------------------------------------ GW104
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recips, fires", [("各镇（乡）中心学校，市直各幼儿园：", False), ("各镇（乡）人民政府：", True)])
def test_gw104_zhen_xiang_collective(recips, fires, fmt, tmp_path):
    found = _probe("大理市教育体育局", recips, ["现将《大理市2027年学前教育工作要点》印发给你们，请结合实际抓好落实。"],
                   fmt, tmp_path, "GW104", title="关于印发2027年学前教育工作要点的通知", docno="大市教体发〔2027〕8号",
                   date="2027年2月22日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_lifted_demand_cell(fmt, tmp_path):
    body = ["州生态环境局对以各县（市）人民政府为对象的事项进行了清理。现将调整情况通知如下。",
            "@table 序号|原做法|调整后",
            "@table 1|每季度对各县（市）开展大气污染防治专项督查|停止开展",
            "@table 2|要求各县（市）人民政府每月报送生态环境保护工作进展|取消报送，数据从监测平台提取"]
    found = _probe("黔东南苗族侗族自治州生态环境局", "各县（市）人民政府，州直有关部门：", body, fmt, tmp_path, "GW104",
                   title="关于精简涉县事项的通知", docno="黔东南环发〔2027〕12号", date="2027年3月15日")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence", ["注：表中隐患点所在乡镇人民政府须于5月10日前逐点明确巡查责任人。",
                                      "上表所列乡镇人民政府要于5月10日前完成隐患点整改。"])
def test_gw104_subject_pointing_to_a_table(sentence, fmt, tmp_path):
    body = ["县应急管理局决定在全县开展一次汛前隐患点巡查。现将重点隐患点列表如下。",
            "@table 序号|隐患点名称|所在乡镇", "@table 1|漫水河村后山滑坡|漫水河镇", "@table 2|金竹坪沟|太阳乡", sentence]
    found = _probe("霍山县应急管理局", "各乡镇人民政府，县防指有关成员单位：", body, fmt, tmp_path, "GW104",
                   title="关于开展汛前隐患点巡查的通知", docno="霍应急〔2027〕16号", date="2027年4月15日")
    assert found, sentence


# ------------------------------------------------------------ GW105: 各单位 travelling to an own-level event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attendee, fires", [("市交通运输局、市商务局", True), ("各区市人民政府", False)])
def test_gw105_units_travelling_attend(attendee, fires, fmt, tmp_path):
    body = ["经市政府同意，定于10月14日召开全市港口物流降本增效现场推进会。现将有关事项通知如下。",
            "@heading1 一、参会人员", "@table 参会单位|参会人员", f"@table {attendee}|分管负责同志1名",
            "@table 山东港口烟台港集团有限公司|主要负责同志",
            "@heading1 二、有关要求", "会议不安排食宿，请各单位自行安排交通。"]
    found = _probe("烟台市人民政府办公室", "各区市人民政府，市政府有关部门：", body, fmt, tmp_path, "GW105",
                   title="关于召开全市港口物流降本增效现场推进会的通知", docno="烟政办字〔2027〕37号", date="2027年10月8日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("今后我厅各处室新增报表，一律报厅办公室审核，未经审核的各市可以不报。", False),
    ("我局各科室新增统计报表，须报局办公室审核后方可下发。", False),
    ("各市应急管理局要对填报数据严格把关，确保上报数据真实准确。", False),
    ("请各市应急管理局于6月10日前上传整治情况汇总表。", True),
    ("请各市应急管理局于6月10日前上传整治现场照片。", False),
])
def test_gw106_own_sections_checked_data_uploads(sentence, fires, fmt, tmp_path):
    found = _probe("山西省应急管理厅", "各市应急管理局：", ["为切实减轻基层负担，省厅对近年来的报表进行了清理。", sentence],
                   fmt, tmp_path, "GW106", title="关于规范基层报表的通知", docno="晋应急发〔2027〕15号", date="2027年5月10日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_minutes_sentence_goes_on_with_the_unit(fmt, tmp_path):
    src = "\n".join(["@doc_number 婺林纪〔2027〕3号", "@title 婺源县林业局局长办公会议纪要",
                     "2月24日下午，局长主持召开局长办公会议，专题研究林长制工作。纪要如下。",
                     "会议要求：一是各乡镇林业工作站要对辖区巡护情况进行季度梳理，形成季度工作情况。"
                     "季度工作情况每季度末月25日前报局资源林政股。",
                     "@signature 婺源县林业局办公室", "@date 2027年2月25日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW106")
    assert found and "各乡镇林业工作站" in found[0].message, [f.message for f in found]


# ------------------------------------------------------------ GW202: the principal leads the unit's deputy
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [("局长，并带领分管老旧小区改造工作的副局长", True), ("局长，并带领分管副局长", True),
                                         ("局长或分管副局长", False), ("分管副局长1名", False)])
def test_gw202_principal_leads_deputy(cell, fires, fmt, tmp_path):
    body = ["自治区住房和城乡建设厅定于2027年5月19日在昌吉市召开全区城镇老旧小区改造现场观摩会。有关事项通知如下。",
            "二、参加人员见下表。", "@table 参加单位|参加人员", f"@table 各地（州、市）住房和城乡建设局|{cell}",
            "@table 自治区住房和城乡建设厅|分管厅领导"]
    found = _probe("新疆维吾尔自治区住房和城乡建设厅", "各地（州、市）住房和城乡建设局：", body, fmt, tmp_path, "GW202",
                   title="关于召开全区城镇老旧小区改造现场观摩会的通知", docno="新建城〔2027〕41号", date="2027年4月28日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: who conducts the inspection
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("省水利厅将派出6个技术指导组，分片指导各地开展汛前检查和应急演练。", False),
    ("省水利厅将督促各省辖市组织开展汛前检查。", False),
    ("省水利厅将于5月对各省辖市人民政府度汛准备情况开展督查。", True),
])
def test_gw301_pivot_object_conducts(sentence, fires, fmt, tmp_path):
    found = _probe("河南省水利厅", "各省辖市人民政府：", ["为确保安全度汛，现就有关事项通知如下。", sentence], fmt, tmp_path,
                   "GW301", title="关于做好2027年度汛准备工作的通知", docno="豫水防〔2027〕11号", date="2027年4月22日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW303: a past or stopped assessment
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_past_and_stopped_assessment(fmt, tmp_path):
    body = ["2026年度，按照《山东省县级财政运行综合绩效评价办法》，省财政厅对136个县（市、区）人民政府开展了财政运行综合"
            "绩效考核。从执行情况看，基层反映负担较重。经研究，现将有关事项通知如下。",
            "一、停止开展县级财政运行综合绩效考核，不再组织打分排名，不再通报考核结果。",
            "二、县级“三保”支出情况统一通过监控系统提取。"]
    found = _probe("山东省财政厅", "各市财政局：", body, fmt, tmp_path, "GW303", title="关于调整县级财政运行监测方式的通知",
                   docno="鲁财预〔2027〕15号", date="2027年2月10日")
    assert not found, [f.message for f in found]


# ------------------------------------------------------------ GW401: a 回执 naming escorts and reporters
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("columns, fires", [("企业名称|汇报人（姓名、职务）|陪同人员（姓名、职务）|联系电话", True),
                                            ("企业名称|联系人|联系电话|需协调解决的问题", False)])
def test_gw401_receipt_columns(columns, fires, fmt, tmp_path):
    body = ["为深入了解区内企业生产经营中的困难，经济发展局决定在6月开展走访调研。现将有关事项通知如下。",
            "调研组分4个小组，每组每天走访3至4家企业。", "请各企业于6月5日前将回执发送至邮箱wkjfzj@126.com。",
            "@attachment_note 附件：走访调研回执"]
    tail = ["@attachment_label 附件", "@attachment_title 走访调研回执", f"@table {columns}",
            "@table " + "|".join([" "] * len(columns.split("|")))]
    found = _probe("芜湖经济技术开发区管理委员会经济发展局", "各有关企业：", body, fmt, tmp_path, "GW401",
                   title="关于开展走访调研的通知", docno="芜开经发〔2027〕22号", date="2027年5月28日", tail=tail)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: a closing note ending in more units
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["责任单位：市政务服务中心、市市场监管局，各区县（市）人民政府。",
                                  "责任单位：市政务服务中心、市市场监管局。"])
def test_gw102_closing_note_with_more_units(note, fmt, tmp_path):
    body = ["《2027年全市优化营商环境工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。", "@page_break",
            "@attachment_title 2027年全市优化营商环境工作要点", "@heading1 一、提升政务服务效能",
            "1.深化“一件事一次办”改革，新增集成服务事项20项。", "2.推行企业开办全程网办，企业开办时间压缩至1个工作日内。",
            "3.推进政务服务“跨省通办”，新增通办事项15项。", note, "@heading1 二、优化市场准入",
            "4.全面实施市场准入负面清单制度，清理隐性门槛。", "5.推进“证照分离”改革全覆盖。", "责任单位：市发展改革委、市市场监管局。"]
    found = _probe("常德市人民政府办公室", "各区县（市）人民政府，市直有关单位：", body, fmt, tmp_path, "GW102",
                   title="关于印发2027年全市优化营商环境工作要点的通知", docno="常政办〔2027〕6号", date="2027年3月10日")
    assert not found, [f.message for f in found]

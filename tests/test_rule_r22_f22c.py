"""Classes f22c fixed in round 22 (holdout25r's GW2/GW3/GW4 misses and false alarms), in phrasings of its own:

- GW201: a meeting's day told relative to the document date (下月中旬, 下个月中旬, 次月下旬, 下周三, 本月20日) in the
  会议时间 field, in a heading's section line, or in a sentence of the meeting's own noun (any ××会: 现场会安排在……)
  is reckoned from the 成文日期 as a date in a convening sentence is; a month written anywhere still wins.
- GW202: a unit's second leader asked in a sentence of its own that names no unit and goes on with a role
  (……主要负责同志参会。分管环保工作的负责同志一并参加), or in a paragraph or list item of its own saying they come
  together (同时, 一并, 陪同; the same unit named again or not: （一）各县（市）教育局局长。（二）各县（市）教育局分管
  学前教育的副局长同时参会) joins the first: both leaders are asked, unless the second only stands in for the first
  (因故不能参加的，由……代为参加); a plain item-by-item list stays a list (drafts/gw2/202-p71); a role word
  (分管学前教育的副局长) is no deadline breaker (……前); a form's header naming two roles side by side (回执: 单位 |
  主要负责同志（须到会） | 分管负责同志（须到会）) asks for both unless a cell makes one optional (或, 如有).
- GW301: a launch sent to departments that names no object is aimed at the lower governments the document names
  apart: after an object label (考核对象为, 注：参加本次评比的是……, 被考核单位：), in a table's 考核对象 column or row,
  or after a trigger told first (本次考核由……对各县（市、区）人民政府进行); a claim 以/代表 自治区（州、盟、旗）人民政府
  的名义 is a claim as 省政府's is.
- GW303: an ungraded 督查 that uses an inspection's means (暗访, 随机抽查, 调阅, 问题清单交办, 一地一单) is an inspection.
- GW401: a programme table copied one cell a line whose header ends with a column the list does not know (活动安排,
  活动) is found by its rows opening with a date; a meeting handed to the visited side after the word (座谈会由所在
  镇乡街道负责召集) and 调研点位 are asked of it; 不安排专门的汇报环节 is negated (的 after a plain modifier
  ends no attributive clause).
- Structure (GW706/GW705/GW707): a bracketed 附注 of any length under the 成文日期 is no unnamed attachment; a carried
  document's own 附件说明 (附件：1. …… / 2. ……) holds no headings; a 公告/通告's 发文机关标志 (××公告, ××通告) over
  its serial (2026年第9号, 第3号) or over the 关于……的公告 title is the 版头, not the title's first lines.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: str) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="x字〔2026〕8号", date=date)


# ------------------------------------------------------------ GW201: a day reckoned from the document date
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, date, fires", [
    (["经研究，决定召开全省春季森林防火工作会议。现将有关事项通知如下。", "@heading1 一、会议时间",
      "下月上旬，具体日期另行通知。"], "2026年2月24日", True),
    (["定于在长沙召开全省春季森林防火工作会议。", "时间：下周三上午9时，会期1天。"], "2026年2月26日", True),
    (["经研究，决定召开全省春季森林防火工作会议。现场会安排在下个月中旬，地点另行通知。"], "2026年2月20日", True),
    (["决定召开全省春季森林防火工作会议。", "1.会议时间：下月初（具体时间另行通知）。"], "2026年2月25日", True),
    (["决定召开全省春季森林防火工作会议，会议时间为次月下旬。"], "2026年2月16日", True),
    (["决定召开全省春季森林防火工作会议。", "注：会议本月20日上午9时开始，请提前报到。"], "2026年3月3日", True),
    # near-misses: April, the document's own February, a week across two months, a month written elsewhere
    (["决定召开全省春季森林防火工作会议。", "@heading1 一、会议时间", "下月上旬，具体日期另行通知。"], "2026年3月24日", False),
    (["定于召开全省春季森林防火工作会议。", "时间：月底，会期1天。"], "2026年2月10日", False),
    (["定于召开全省春季森林防火工作会议。", "会议安排在下周，具体时间另行通知。"], "2026年2月20日", False),
    (["决定召开全省春季森林防火工作会议。会议安排在下月中旬。", "@heading1 一、会议时间", "2026年4月8日上午。"],
     "2026年2月24日", False),
    (["定于召开全省春季森林防火工作会议。", "会议时间：下月10日前另行通知，会期2日。"], "2026年3月24日", False),
])
def test_gw201_relative_day(body, date, fires, fmt, tmp_path):
    src = _doc("江西省应急管理厅", "各设区市应急管理局：", body, "关于召开全省春季森林防火工作会议的通知", date)
    found = _codes(src, fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: a second leader asked apart
def _meeting(issuer: str, recipients: str, lines: list[str]) -> str:
    return _doc(issuer, recipients, ["定于2026年5月20日上午9时在省厅四楼会议室召开全省生态环境保护工作会议。现将有关事项通知如下。",
                                     *lines], "关于召开全省生态环境保护工作会议的通知", "2026年5月8日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, lines, fires", [
    ("江西省生态环境厅", "各设区市生态环境局：", ["@heading1 一、参会人员", "请各设区市生态环境局局长参会。分管副局长陪同参加。"], True),
    ("湖南省卫生健康委员会", "各市州卫生健康委：", ["各市州卫生健康委主任出席会议。另请分管疾控工作的副主任参加，并带齐有关材料。"], True),
    ("浦东新区生态环境局", "各镇人民政府、街道办事处：", ["请各镇、街道主要负责同志参会。", "分管环保工作的负责同志一并参加。"], True),
    ("江西省生态环境厅", "各设区市生态环境局：", ["@heading1 一、参会人员", "（一）各设区市生态环境局局长；",
                                         "（二）分管大气污染防治工作的副局长同时参加。"], True),
    ("赣州市人民政府办公室", "各县（市、区）人民政府：", ["请各县（市、区）人民政府县（市、区）长参会。同时，分管副县（市、区）长也要参加。"], True),
    ("黔南布依族苗族自治州教育局", "各县（市）教育局：", ["@heading1 二、参会人员", "（一）各县（市）教育局局长。",
                                              "（二）各县（市）教育局分管学前教育的副局长同时参会，并带来有关台账。"], True),
    # near-misses: waived, no attendance, a stand-in, another person's chore, one leader each
    ("江西省生态环境厅", "各设区市生态环境局：", ["请各设区市生态环境局局长参会。分管副局长无需参加。"], False),
    ("江西省生态环境厅", "各设区市生态环境局：", ["请各设区市生态环境局局长参会。分管副局长请做好本地值守。"], False),
    ("江西省生态环境厅", "各设区市生态环境局：", ["请各设区市生态环境局局长参会。局长因故不能参加的，可由分管副局长代为参加。"], False),
    ("浦东新区生态环境局", "各镇人民政府、街道办事处：", ["请各镇、街道主要负责同志参会。分管负责同志不再参加。"], False),
    ("江西省生态环境厅", "各设区市生态环境局：", ["请各设区市生态环境局分管负责同志参会。主要负责同志要加强统筹，确保会议精神落实。"], False),
    ("黔南布依族苗族自治州教育局", "各县（市）教育局：", ["@heading1 二、参会人员", "（一）各县（市）教育局局长。",
                                              "（二）局长因故不能参会的，由各县（市）教育局分管副局长代为参会。"], False),
    ("黔南布依族苗族自治州教育局", "各县（市）教育局：", ["@heading1 二、参会人员", "（一）各县（市）教育局局长。",
                                              "（二）州教育局分管学前教育的副局长。"], False),
    # round 29 ruling: the head and the deputy of the same bureaus listed as two items both attend -- escort attendance, as
    # the later sets label it (holdout32r gw202-g34c 一是……市长；二是……副市长, holdout33p gw202-g15a 第一类/第二类)
    ("江西省生态环境厅", "各设区市生态环境局：", ["@heading1 一、参会人员", "（一）各设区市生态环境局局长；",
                                         "（二）各设区市生态环境局分管负责同志。"], True),
])
def test_gw202_second_leader_apart(issuer, recipients, lines, fires, fmt, tmp_path):
    found = [f for f in _codes(_meeting(issuer, recipients, lines), fmt, tmp_path, "GW202")
             if "同时参加" in f.message]
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: the governments inspected named apart
def _inspect(issuer: str, recipients: str, body: list[str], title: str, date: str = "2026年10月20日") -> str:
    return _doc(issuer, recipients, body, title, date)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body, fires", [
    ("大连市水务局", "各区市县水务局：", "关于开展2026年度河湖长制工作考核的通知",
     ["市水务局决定开展2026年度河湖长制工作考核。考核对象、内容和结果运用见下表：",
      "@table 考核对象|考核内容|结果运用", "@table 各区市县人民政府|河长巡河履职、河道管护经费落实|按得分排名，在全市通报"], True),
    ("三台县住房和城乡建设局", "各乡镇村镇建设办公室：", "关于开展2026年度农房建设管理考核的通知",
     ["县住房城乡建设局决定开展2026年度农房建设管理考核。考核按下表安排进行：", "@table 项目|安排",
      "@table 考核对象|各乡镇人民政府", "@table 考核时间|11月下旬"], True),
    ("陆良县市场监督管理局", "各市场监督管理所：", "关于开展食品安全责任落实情况评比的通知",
     ["县市场监督管理局决定在下半年开展食品安全责任落实情况评比。", "各所汇总辖区材料，按百分制打分。",
      "注：参加本次评比的是全县各乡镇人民政府，评比结果在全县通报。"], True),
    ("赣州市应急管理局", "各县（市、区）应急管理局：", "关于开展2026年度安全生产目标责任考核的通知",
     ["考核时间为2027年1月上旬，采取现场抽查的方式。",
      "本次考核由市应急管理局对各县（市、区）人民政府进行，考核结果排名后通报全市。"], True),
    ("赣州市应急管理局", "各县（市、区）应急管理局：", "关于开展2026年度安全生产目标责任考核的通知",
     ["本次考核由市应急管理局代表市政府对各县（市、区）人民政府进行，考核结果排名后通报全市。"], True),
    ("内蒙古自治区林业和草原局", "各盟市林业和草原局：", "关于开展2026年草原禁牧督查的通知",
     ["本次督查以自治区人民政府的名义进行，由自治区林业和草原局组成督查组。督查对象为呼伦贝尔、通辽市人民政府。"], True),
    # near-misses: enterprises in the object column (the governments assist), system units, a filed inspection
    ("洛阳市应急管理局", "各县（市、区）应急管理局：", "关于开展危险化学品企业专项执法检查的通知",
     ["市应急管理局决定对全市危险化学品企业开展专项执法检查，按下表安排进行：", "@table 检查时段|检查对象|属地配合单位",
      "@table 6月8日—12日|吉利区、孟津区重大危险源企业|吉利区人民政府、孟津区人民政府"], False),
    ("大连市水务局", "各区市县水务局：", "关于开展2026年度河湖长制工作考核的通知",
     ["市水务局决定开展2026年度河湖长制工作考核。", "@table 考核对象|考核内容|结果运用",
      "@table 各区市县水务局|河长制办公室日常运转|作为水务系统评先依据"], False),
    ("大连市水务局", "各区市县水务局：", "关于开展2026年度河湖长制工作考核的通知",
     ["本次考核已列入市政府2026年度督查检查考核计划，并报市政府督查室备案。考核对象为各区市县人民政府。"], False),
    ("陆良县市场监督管理局", "各市场监督管理所：", "关于开展食品安全责任落实情况评比的通知",
     ["县市场监督管理局决定在下半年开展食品安全责任落实情况评比。", "注：参加本次评比的是各市场监督管理所。"], False),
])
def test_gw301_object_named_apart(issuer, recipients, title, body, fires, fmt, tmp_path):
    found = _codes(_inspect(issuer, recipients, body, issuer + title), fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW303: an ungraded inspection with an inspection's means
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("means, fires", [
    ("督查以暗访为主，不听取专题汇报。", False),
    ("督查发现的问题以“一地一单”方式反馈各地。", False),
    ("督查组调阅燃气经营许可和隐患台账。", False),
    ("督查发现的问题形成问题清单，逐一交办。", False),
    ("督查组走访企业，与基层干部座谈交流。", True),
])
def test_gw303_means_of_an_inspection(means, fires, fmt, tmp_path):
    src = _inspect("湖北省交通运输厅", "各市、州交通运输局：",
                   ["为了解各地交通运输安全生产情况，我厅决定开展2026年度交通运输安全生产综合督查。", means, "本次督查不搞排名。"],
                   "湖北省交通运输厅关于开展2026年度交通运输安全生产综合督查的通知")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: programme tables, handed-over meetings, negation
def _visit(body: list[str], issuer: str = "湘西土家族苗族自治州林业局", recipients: str = "泸溪县、永顺县林业局：") -> str:
    return _doc(issuer, recipients, ["为研究提高油茶林亩产的办法，州林业局将组织调研组赴泸溪县、永顺县开展调研。", *body],
                "关于开展油茶产业调研的通知", "2026年9月11日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["具体安排如下：", "@table 时间|地点|活动安排", "@table 9月22日上午|泸溪县|察看油茶低改示范基地",
      "@table 9月22日下午|泸溪县|听取泸溪县林业局油茶产业发展情况汇报", "调研结束后，调研组将形成调研报告。"], True),
    (["行程如下：", "@table 日期|地点|活动", "@table 9月22日上午|泸溪县|泸溪县林业局介绍油茶产业发展情况",
      "@table 9月23日|永顺县|察看高产油茶新造林基地", "调研结束后，调研组将形成调研报告。"], True),
    (["调研期间，每到一地将召开小型座谈会。座谈会由所在乡镇负责召集，请3至5名种植大户参加。"], True),
    (["调研点位由途经乡镇各推荐2个，以种植大户为主。"], True),
    (["调研组不安排专门的汇报环节，但请各县林业局准备汇报材料。"], True),
    # near-misses
    (["行程如下：", "@table 日期|地点|活动", "@table 9月22日上午|泸溪县|察看油茶低改示范基地",
      "@table 9月23日|永顺县|调研组向局党组汇报调研情况", "调研结束后，调研组将形成调研报告。"], False),
    (["调研组不安排专门的座谈和汇报环节，各县无需准备材料。"], False),
    (["调研期间召开小型座谈会，座谈对象由调研组自行邀请。"], False),
    (["调研点位由调研组随机确定，食宿自理。"], False),
])
def test_gw401_programme_and_handover(body, fires, fmt, tmp_path):
    found = _codes(_visit(body), fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW7: a long 附注, a carried document's own 附件说明, a 公告's 版头
def _long_note(note: str) -> str:
    return "\n".join([
        "@doc_number 晋政办发〔2026〕9号", "@title 山西省人民政府办公厅关于做好春季森林草原防火工作的通知",
        "@recipients 各市、县人民政府，省政府各部门：", "各地要严格落实24小时值班和领导带班制度。",
        "附件：春季森林草原防火重点任务安排表", "@signature 山西省人民政府办公厅", "@date 2026年3月4日", f"@note {note}",
        "@attachment_label 附件", "@attachment_title 春季森林草原防火重点任务安排表", "@table 序号|任务名称|数量",
        "@table 1|重点林区防火检查站|4", "@table 2|以水灭火蓄水池|17"]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", [
    "（此件公开发布。各地在执行中遇到的重大问题，请及时与省森林草原防灭火指挥部办公室联系。值班电话：0351-4023117，传真："
    "0351-4023118；省林业和草原局防火处电话：0351-7045721。防火期内各地防灭火指挥部办公室实行双岗值班。）",
    "（联系人：省林业和草原局防火处王强，电话：（0351）7045721；省应急管理厅火灾防治处李明，电话：（0351）5600972；"
    "请各地于本通知印发后将本级值班电话在当地主要媒体上向社会公布，方便群众报告火情。）",
])
def test_gw706_long_note_is_no_attachment(note, fmt, tmp_path):
    found = _codes(_long_note(note), fmt, tmp_path, "GW706")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note_lines", [
    ["附件：1. 县域商业体系建设重点项目清单", "2. 县域商业体系建设任务责任清单"],
    ["附件：1．重点项目清单", "2．任务责任清单", "3．资金安排表"],
])
def test_gw705_carried_attachment_note(note_lines, fmt, tmp_path):
    src = "\n".join([
        "@doc_number 漳政综〔2026〕33号", "@title 漳州市人民政府关于印发漳州市县域商业体系建设行动方案的通知",
        "@recipients 各县（区）人民政府，市直各单位：", "现将《漳州市县域商业体系建设行动方案》印发给你们，请认真贯彻执行。",
        "@signature 漳州市人民政府", "@date 2026年9月3日", "@attachment_title 漳州市县域商业体系建设行动方案",
        "@heading1 一、主要任务", "1. 完善县乡村三级物流配送体系。", "2. 改造提升乡镇商贸中心。", "3. 发展农村电商。",
        "4. 加强冷链物流设施建设。", "各项任务的责任单位详见附件2。", *note_lines]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW705")
    assert not found, [f.message for f in found]


def _bulletin(mark: str, number: str | None, title: str) -> str:
    head = [f"@issuer_mark {mark}"] + ([f"@doc_number {number}"] if number else []) + [f"@title {title}"]
    return "\n".join([*head, "根据有关规定，现将有关事项公告如下。", "一、本批次共抽检样品860批次，其中不合格24批次。",
                      "特此公告。", f"@signature {mark[:-2]}", "@date 2026年6月18日"]) + "\n"


@pytest.mark.parametrize("mark, number, title", [
    ("广西壮族自治区市场监督管理局公告", "2026年第9号", "广西壮族自治区市场监督管理局关于公布第二批食品安全抽检信息的公告"),
    ("温州市人民政府通告", "第3号", "温州市人民政府关于2026年瓯江禁渔期管理的通告"),
    ("天水市麦积区人民政府公告", None, "天水市麦积区人民政府关于征收集体土地补偿安置方案的公告"),
])
def test_gw707_bulletin_header_is_no_title(mark, number, title, tmp_path):
    found = _codes(_bulletin(mark, number, title), "docx", tmp_path, "GW707")
    assert not [f for f in found if "标题" in f.message], [f.message for f in found]


# ------------------------------------------------------------ GW202: a 回执's columns ask for two leaders of each unit
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, fires", [
    ("@table 单位|主要负责同志（须到会）|分管负责同志（须到会）|联系人及电话", True),
    ("@table 单位名称|局长|分管副局长|联系电话", True),
    ("@table 单位|主要负责同志（或分管负责同志）|联系人及电话", False),
    ("@table 单位|参会人员姓名|职务|联系电话", False),
    ("@table 单位|主要负责同志|分管负责同志（如有）|联系电话", False),
])
def test_gw202_receipt_role_columns(header, fires, fmt, tmp_path):
    src = "\n".join([
        "@doc_number 吴政办函〔2026〕93号", "@title 苏州市吴江区人民政府办公室关于召开全区工业企业“智改数转”推进会的通知",
        "@recipients 各区镇人民政府、街道办事处：",
        "经区政府同意，定于2026年6月18日下午3时在区行政中心召开全区工业企业“智改数转”推进会。",
        "参会人员按附件回执所列栏目填报，请于6月15日前将回执发送至区工业和信息化局邮箱。", "附件：参会回执",
        "@signature 苏州市吴江区人民政府办公室", "@date 2026年6月10日", "@attachment_label 附件",
        "@attachment_title 参会回执", header, "@table （单位名称）|（姓名、职务）|（姓名、职务）|（姓名、电话）"]) + "\n"
    found = [f for f in _codes(src, fmt, tmp_path, "GW202") if "同时参加" in f.message]
    assert bool(found) == fires, [f.message for f in found]

"""Readings f28b fixed in round 28 (GW106), each on surfaces of its own (other issuers, words, positions):

- "who signs -- is a title written for two kinds of unit a leader": 校（园）长, 院（站）长, 所（站）长, 乡（镇）长,
  站（场）长 -- the second kind in brackets -- is the leader 校长/园长, 院长/站长 … (holdout31r gw1/gw106-g64b: a
  receipt's column 校（园）长签字).  The base matched leader words whole (园）长 is none), in a form's column and
  in a sentence alike.  Innocent: a bracketed unit (学校（幼儿园）名称), a clerk's column, a parent signing, a
  negation, a government issuer, the issuer's own 局（办）长.  Base 078a0c30: 6 of 15 surfaces wrong (all guilty).
- "what is handed up -- a form named by a demonstrative": 此表/本表/该表/上表 as what a sentence is about (注：此表由
  各乡镇卫生院药房填写……，于每月3日前报县卫健局医政股; holdout31r gw1/gw106-g08c) or as the object of 将/把/a
  submission verb (把本表报……, jieba gluing 表报) is the document's own form -- a 报表.  The base took 表 after a
  one-character word for no name, so the sentence asked for nothing.  With it: a topic before 由 is no body's name
  (本表由各乡镇中心学校汇总: the schools submit, not "本表由各乡镇中心").  Innocent: the issuer's office compiling
  it, not/no longer handed up, kept for self-checks, already sent, a firm's form, a format or data note.
  Base 078a0c30: 5 of 15 surfaces wrong (all guilty).
- "who is a body named by its role": 各责任单位/各牵头单位/各承办单位/各实施单位 stand for the units the document's
  table column of that role names (责任单位 | 枝城镇人民政府: lower governments -> lower; holdout31r
  gw3/gw302-g52b); a role-named subject the reading cannot place (技术支撑单位 the issuer entrusted, 监理单位,
  评估单位, 施工单位; holdout31r gw1/gw106-g19c) is not taken for the 主送机关 (precision first: abstain), unless
  the 主送 calls itself so or it is under the recipients (各所属单位).  Innocent also: a column of firms or of
  same-level departments, a commission's 成员单位.  Base 078a0c30: 6 of 15 surfaces wrong.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; 17 of 45 surfaces fail on 078a0c30 (x3 formats)."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], form: str | None = None, rows: list[str] = (),
         after: list[str] = ()) -> str:
    tail = []
    if form:
        tail = ["@attachment_label 附件", f"@attachment_title {form}", *[f"@table {r}" for r in rows], *after]
        body = [*body, f"@attachment_note 附件：{form}"]
    return marked_doc(issuer, recipients, body, docno="综字〔2027〕12号", date="2027年5月20日", tail=tail)


def _errors(src, fmt, tmp_path):
    return [f for f in _codes(src, fmt, tmp_path, "GW106") if f.severity == "error"]


# ------------------------------------------------------------ a leader's title with a bracketed alternative
SIGN_CASES = [
    # guilty: a receipt's column (another issuer, another title)
    ("大连市金州区教育局", "区属各中小学校、幼儿园：", ["请各校（园）于7月8日前上传回执扫描件。"], "安全教育落实情况回执",
     ["学校（幼儿园）名称|开展时间|校（园）长签字", "　|　|　"], [], True),
    ("湘阴县卫生健康局", "各乡镇卫生院、社区卫生服务站：", ["各单位于6月10日前将自查表报县卫生健康局医政股。"],
     "医疗废物处置自查表", ["单位名称|存在问题|院（站）长签字", "　|　|　"], [], True),
    ("修水县应急管理局", "各乡镇人民政府：", ["请于9月30日前将汛后检查表报县应急管理局。"], "汛后检查表",
     ["乡镇|检查情况|乡（镇）长签字（盖章）", "　|　|　"], [], True),
    # guilty: in a sentence -- numbered item, split sentences, a 注 under the form
    ("大连市金州区教育局", "区属各中小学校、幼儿园：",
     ["一、开展安全自查。", "二、安全承诺书须由校（园）长签字，于7月1日前报区教育局安全科。"], None, [], [], True),
    ("湘阴县卫生健康局", "各乡镇卫生院、社区卫生服务站：",
     ["各单位对照清单开展自查。", "自查表由院（站）长签字确认后存档备查。"], None, [], [], True),
    ("宁乡市农业农村局", "各乡镇农业综合服务中心：", ["请各中心于10月15日前报送秋播进度表。"], "秋播进度表",
     ["乡镇|播种面积|完成比例", "　|　|　"], ["注：本表须经所（站）长签字后报送。"], True),
    ("铜鼓县林业局", "各乡镇林业工作站，县直各国有林场：", ["各单位于11月20日前将森林防火责任表报县林业局防火办。"],
     "森林防火责任表", ["单位|责任区域|站（场）长签字", "　|　|　"], [], True),
    # innocent: the bracket is the unit's, the signer a clerk or a parent; a negation; no signature
    ("大连市金州区教育局", "区属各中小学校、幼儿园：", ["请各校（园）于7月8日前上传回执扫描件。"], "安全教育落实情况回执",
     ["学校（幼儿园）名称|开展时间|填表人签字", "　|　|　"], [], False),
    ("大连市金州区教育局", "区属各中小学校、幼儿园：",
     ["告家长书由学生家长签字后交回校（园），由各校（园）留存。"], None, [], [], False),
    ("大连市金州区教育局", "区属各中小学校、幼儿园：",
     ["校（园）长要亲自部署暑期防溺水工作，逐班检查安全教育开展情况。"], None, [], [], False),
    ("湘阴县卫生健康局", "各乡镇卫生院、社区卫生服务站：",
     ["自查表由各单位留存，不需院（站）长签字，不再报送。"], None, [], [], False),
    ("湘阴县卫生健康局", "各乡镇卫生院、社区卫生服务站：", ["各单位于6月10日前将自查表报县卫生健康局医政股。"],
     "医疗废物处置自查表", ["院（站）名称|存在问题|联系电话", "　|　|　"], [], False),
    ("湘阴县人民政府", "各乡镇人民政府：",
     ["安全承诺书须由乡（镇）长签字，于7月1日前报县应急管理局。"], None, [], [], False),  # a government: not checked
    ("宁乡市农业农村局", "各乡镇农业综合服务中心：", ["各中心开展秋播进度调度。"], "秋播进度表",
     ["乡镇|播种面积|填报人（签字）", "　|　|　"], ["注：本表由经办人签字。"], False),
    ("大连市金州区教育局", "区属各中小学校、幼儿园：",
     ["局（办）长签字的请示件由局办公室统一归档。"], None, [], [], False),  # the issuer's own papers
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, form, rows, after, fires", SIGN_CASES)
def test_gw106_bracketed_leader_title(issuer, recipients, body, form, rows, after, fires, fmt, tmp_path):
    got = _errors(_doc(issuer, recipients, body, form, rows, after), fmt, tmp_path)
    assert bool(got) == fires, [(f.line, f.message[:60]) for f in got]


# ------------------------------------------------------------ a form named by a demonstrative
FORM_CASES = [
    # guilty
    ("平江县医疗保障局", "各乡镇卫生院：", ["为掌握医保基金使用情况，自7月起开展月度监测。"], "医保基金使用月度监测表",
     ["单位名称|住院人次|统筹基金支出", "　|　|　"], ["注：此表由各乡镇卫生院财务室填写，于每月5日前报县医保局基金股。"],
     "每月5日前"),
    ("平江县教育局", "各乡镇中心学校：", ["现就秋季学期学生资助有关工作通知如下。"], "学生资助发放情况表",
     ["学校|资助人数|发放金额", "　|　|　"], ["说明：本表由各乡镇中心学校汇总辖区学校后，于11月10日前报县教育局资助中心。"],
     "11月10日前"),
    ("修水县农业农村局", "各乡镇人民政府：", ["各乡镇组织做好秋粮收购进度调度。"], "秋粮收购进度表",
     ["乡镇|收购量|进度", "　|　|　"], ["上表由各乡镇农业综合服务中心填写，每季度末报县农业农村局粮食股。"], "秋粮收购进度表"),
    ("岳阳市卫生健康委员会", "各县（市、区）卫生健康局：",
     ["一、开展基层医疗机构服务能力评估。", "二、评估结果填入附件表格。该表请各县（市、区）卫生健康局于6月30日前报市卫生健康委基层卫生科。"],
     "基层医疗机构服务能力评估表", ["机构名称|评估等级", "　|　"], [], "6月30日前"),
    ("岳阳市卫生健康委员会", "各县（市、区）卫生健康局：",
     ["请各县（市、区）卫生健康局填写附件，并于每月10日前将此表报送市卫生健康委。"],
     "家庭医生签约服务月报表", ["县（市、区）|签约人数", "　|　"], [], "每月10日前"),
    ("南昌市西湖区民政局", "各街道办事处：", ["请各街道于每月25日前把本表报区民政局社会救助科。"],
     "低保对象动态管理月报表", ["街道|新增户数|退出户数", "　|　|　"], [], "每月25日前"),
    # innocent
    ("平江县医疗保障局", "各乡镇卫生院：", ["自7月起开展月度监测。"], "医保基金使用月度监测表",
     ["单位名称|住院人次", "　|　"], ["注：此表由县医保局基金股汇总后报县人民政府。"], None),
    ("南昌市西湖区民政局", "各街道办事处：", ["区民政局按月汇总低保对象变动情况。"], "低保对象动态管理月报表",
     ["街道|新增户数", "　|　"], ["注：本表由区民政局根据系统数据生成，不需各街道填报。"], None),
    ("南昌市西湖区民政局", "各街道办事处：", ["区民政局按月汇总低保对象变动情况。"], "低保对象动态管理月报表",
     ["街道|新增户数", "　|　"], ["本表所称低保对象，是指纳入城乡最低生活保障的家庭。"], None),
    ("平江县医疗保障局", "各乡镇卫生院：", ["自7月起开展月度监测。"], "医保基金使用月度监测表",
     ["单位名称|住院人次", "　|　"], ["注：此表不再报送，由各乡镇卫生院留存备查。"], None),
    ("平江县医疗保障局", "各乡镇卫生院：", ["自7月起开展月度监测。"], "医保基金使用月度监测表",
     ["单位名称|住院人次", "　|　"], ["注：此表供各乡镇卫生院自查使用，无需上报。"], None),
    ("平江县医疗保障局", "各乡镇卫生院：", ["自7月起开展月度监测。"], "医保基金使用月度监测表",
     ["单位名称|住院人次", "　|　"], ["注：此表已于5月底前由各乡镇卫生院报送县医保局。"], None),
    ("修水县市场监督管理局", "各乡镇人民政府：", ["各乡镇配合做好食品生产企业自查。"], "食品生产企业自查表",
     ["企业名称|自查结果", "　|　"], ["注：此表由食品生产企业填写，留存企业备查。"], None),
    ("修水县农业农村局", "各乡镇人民政府：", ["各乡镇组织做好秋粮收购进度调度。"], "秋粮收购进度表",
     ["乡镇|收购量", "　|　"], ["此表格式可根据实际调整。"], None),
    ("平江县教育局", "各乡镇中心学校：", ["现就秋季学期学生资助有关工作通知如下。"], "学生资助发放情况表",
     ["学校|资助人数", "　|　"], ["本表数据以学生资助管理信息系统为准。"], None),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, form, rows, after, snippet", FORM_CASES)
def test_gw106_demonstrative_form_handed_up(issuer, recipients, body, form, rows, after, snippet, fmt, tmp_path):
    got = [f for f in _codes(_doc(issuer, recipients, body, form, rows, after), fmt, tmp_path, "GW106")
           if f.severity != "error"]
    if snippet is None:
        assert not got, [(f.line, f.message[:60]) for f in got]
    else:
        assert any(snippet in f.message for f in got), [(f.line, f.message[:80]) for f in got]


# ------------------------------------------------------------ a body named by its role: who it is
ROLE_CASES = [
    # guilty: the role's table column names lower governments
    ("宜都市发展和改革局", "各乡镇人民政府，市直有关单位：", ["三、请各责任单位于每月5日前在“宜都市重点项目调度平台”填报上月进度。"],
     "重点项目清单", ["序号|项目名称|责任单位|计划完工", "1|枝城港码头二期|枝城镇人民政府|10月", "2|高坝洲生态修复|高坝洲镇人民政府|12月"], True),
    ("南昌市青山湖区住房和城乡建设局", "各街道办事处：",
     ["区住建局对老旧小区改造进度实行周调度。", "各牵头单位于每周五前将改造进度报区住建局城建科。"],
     "老旧小区改造任务表", ["小区名称|牵头单位|改造内容", "青山路小区|湖坊街道办事处|管网改造", "上海路小区|上海路街道办事处|加装电梯"], True),
    None,  # the third surface, set below
    # innocent: the role is cast as a same-level body, a firm, a third party the issuer entrusts
    ("宜都市发展和改革局", "各乡镇人民政府，市直有关单位：", ["三、请各责任单位于每月5日前在“宜都市重点项目调度平台”填报上月进度。"],
     "重点项目清单", ["序号|项目名称|责任单位|计划完工", "1|城区道路改造|宜都市住房和城乡建设局|10月", "2|城区供水管网|宜都市水利和湖泊局|12月"], False),
    ("福建省生态环境厅", "各设区市生态环境局：",
     ["省厅委托省环境科学研究院作为技术支撑单位，负责排口溯源。", "技术支撑单位于帮扶结束后20个工作日内向省厅提交溯源分析报告。"],
     None, [], False),
    ("株洲市交通运输局", "各县（市、区）交通运输局：",
     ["市局委托第三方对农村公路建设质量开展抽检。", "监理单位每月5日前向市局报送监理月报。"], None, [], False),
    ("湘潭市水利局", "各县（市、区）水利局：",
     ["市局聘请第三方开展水库安全鉴定。", "评估单位应于鉴定结束后15日内提交安全鉴定报告。"], None, [], False),
]
ROLE_CASES += [
    # guilty: another role column, split sentences; the 主送 called by the role; a body under the recipients
    ("长沙市岳麓区城市管理和综合执法局", "各街道办事处：",
     ["区城管执法局对背街小巷整治实行月调度。", "二、各承办单位每月25日前将整治进展报区城管执法局市容科。"],
     "背街小巷整治任务表", ["序号|巷道名称|承办单位", "1|桃子湖路|岳麓街道办事处", "2|枫林路|望月湖街道办事处"], True),
    ("萍乡市应急管理局", "各县（区）应急管理局，各成员单位：",
     ["各成员单位于每季度末将安全生产专项整治进展报市安委会办公室。"], None, [], False),  # the commission's members
    ("吉安市教育局", "各县（市、区）教育局，市直各学校：",
     ["各所属单位于每月5日前报送校园安全隐患排查台账。"], None, [], True),
    ("合肥市包河区发展和改革委员会", "各街道办事处，区直有关单位：", ["区发改委对重点民生项目实行月调度，任务见附件。"],
     "重点民生项目任务表", ["序号|项目|落实单位", "1|社区食堂建设|常青街道办事处", "2|口袋公园建设|方兴社区管委会"], True,
     ["注：各落实单位于每月3日前将上月进展报区发改委项目科。"]),
    # innocent: a contractor, a testing body, a third party cast by the text; a role column of firms
    ("赣州市交通运输局", "各县（市、区）交通运输局：",
     ["施工单位每月25日前向项目办报送工程进度月报。"], None, [], False),
    ("赣州市市场监督管理局", "各县（市、区）市场监督管理局：",
     ["检测机构应于抽样后20个工作日内提交检验报告。"], None, [], False),
    ("宜都市发展和改革局", "各乡镇人民政府，市直有关单位：", ["请各责任单位于每月5日前在平台填报上月进度。"],
     "重点项目清单", ["序号|项目名称|责任单位", "1|化工园污水提标|宜都兴发化工有限公司", "2|物流园二期|宜都港务集团有限公司"], False),
    ("九江市生态环境局", "各县（市、区）生态环境局：",
     ["市局委托江西省环境保护科学研究院作为技术服务单位，负责问题核查。", "技术服务单位每周五向市局报送核查进展。"],
     None, [], False),
]
ROLE_CASES[2] = ("修水县农业农村局", "各乡镇人民政府：", ["（二）各实施单位于每季度末将建设进度报县农业农村局。"],
                 "高标准农田建设任务分解表", ["序号|乡镇|实施单位|建设面积", "1|何市镇|何市镇人民政府|3000亩", "2|马坳镇|马坳镇人民政府|2000亩"], True)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ROLE_CASES)
def test_gw106_role_named_submitter(case, fmt, tmp_path):
    issuer, recipients, body, form, rows, fires, *after = case
    got = [f for f in _codes(_doc(issuer, recipients, body, form, rows, *after), fmt, tmp_path, "GW106")
           if f.severity != "error" and f.data.get("submitter") != "table"]
    assert bool(got) == fires, [(f.line, f.message[:60]) for f in got]

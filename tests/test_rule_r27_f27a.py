"""Readings f27a worked on in round 27 (GW104/GW105), each on surfaces of its own written before the fix.

- Reading A, "is this demand in the scope of a past or habitual frame": a sentence opened by a frame of time
  past (2023年以来，……; 近年来……; 以往……; 过去，……; 往年……) tells what the lower governments did or had to
  do, it orders nothing now -- a deadline set in it (各市每年6月底前向省财政厅报送……) or a modal in it (以往各县
  须于……前报送……) is no directive of the issuer (holdout30r gw105-g71a, GW104 false alarm).  A frame that
  starts now or later (自2027年起……; 今后……) or a frame separated from the demand by a clause of its own
  (今年以来，部分县区进度滞后，各县要……) leaves the demand an order.
  Base d32e0bae on these surfaces: see BASE_SCORE (16 of 45 wrong on the base; 1 after the fix, the xfail).
- Reading B, "whose words are 会议要求/会议强调/会议明确": a bare 会议 in a department's document is the
  meeting the document last told of; when the issuer itself convened it (……市住房和城乡建设局在五象新区召开……推进会;
  我厅召开……; the issuer's own 纪要) its 会议要求，各县人民政府要…… is the issuer's demand, not a higher body's
  reported (holdout30r gw104-g66a, GW104 miss).  A meeting of the government, the party committee or the State
  Council, a qualified 省政府常务会议, or no meeting told of at all keeps 会议 a reported source.
- Reading C, "is the 已 before a modal the clause's aspect": an 已 inside a ……的 modifier (各县人民政府对已列入
  年度计划的小区要……) says which things, not that the work is done; an 已 on the clause (各申报县已承诺须……;
  各市已明确要……) still tells what was done (holdout30r gw104-g66a, the same sentence).
- Reading D, "does a place do the work through its own people": a place named as the topic before 由 and its own
  official (被调研街道由分管副主任作情况介绍; 所到乡镇由分管副乡长陪同察看; 被调研县（区）由分管副县长汇报) is asked
  to do it, as 由被调研县分管负责同志介绍情况 is: that level has work, GW105 does not fire (holdout30r gw401-g34c).
  The place with another body's people after 由 (被调研街道由区人社局就业促进科同志作介绍; 所到乡镇由调研组自行察看)
  or a waiver (不需安排专人陪同) gives it none.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

BASE_SCORE = ("base d32e0bae, txt: reading A wrong on 5 of 16 (4 innocent past frames flagged, 1 guilty missed -- the xfail, still missed); B wrong on 4 of 10; C wrong on 3 of 8; D wrong on 4 of 11 -- 16 of 45 in all")


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于调整有关工作方式的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕5号", date="2027年4月8日")


_TAIL = "省厅将根据系统数据开展抽查，结果在门户网站公开。"

# ------------------------------------------------------------ reading A: past / habitual frame over a demand
PAST_INNOCENT = [
    # (issuer, recipients, body)
    ("河南省生态环境厅", "各省辖市人民政府，省直有关部门：",
     ["2023年以来，各省辖市每季度末前向省生态环境厅报送大气污染防治进展，平均每市每季度填报表格30余张。",
      "自2027年起，上述数据由监测平台自动汇集。", _TAIL]),
    ("湖北省水利厅", "各市、州、直管市人民政府：",
     ["近年来，各市、州人民政府每年11月底前将河湖长制工作总结报送省水利厅，材料多有重复。",
      "今年起，年度总结改由河湖长制信息系统生成，省水利厅据此汇总。"]),
    ("吉林省住房和城乡建设厅", "各市（州）人民政府：",
     ["一、基本情况", "2024年以来，各市（州）人民政府每月10日前向省住房城乡建设厅报送老旧小区改造进度表。",
      "二、调整内容", "进度数据改由全省工程项目管理平台按月提取，省住房城乡建设厅负责维护平台。"]),
    ("四川省农业农村厅", "各市（州）人民政府：",
     ["以往，各市（州）须于每月5日前报送春耕生产月报，层层加码现象较多。",
      "春耕生产数据今后从农情调度系统直接提取，省农业农村厅负责核对。"]),
    ("广西壮族自治区应急管理厅", "各设区市人民政府：",
     ["过去，各设区市人民政府在每年汛前完成防汛预案修订后报自治区应急管理厅备案。",
      "预案备案今后通过应急指挥平台在线完成，自治区应急管理厅负责平台运行。"]),
    ("江苏省交通运输厅", "各设区市人民政府：",
     ["往年各设区市人民政府均要于12月20日前报送农村公路年度养护计划。",
      "今年养护计划由省交通运输厅根据路况检测数据统一编制，在厅门户网站公布。"]),
    ("甘肃省财政厅", "各市州人民政府：",
     ["多年来，各市州人民政府于每年3月底前向省财政厅报送上年度债务风险评估报告。",
      "自2027年起，评估由省财政厅委托第三方机构根据债务系统数据完成，评估结果在省财政厅门户网站公开。"]),
    ("辽宁省民政厅", "各市人民政府：",
     ["根据2022年以来的做法，各市人民政府每半年向省民政厅报送一次养老服务机构检查情况。",
      "现改由全省养老服务信息平台实时汇集检查记录，省民政厅负责平台运行。"]),
]

PAST_GUILTY = [
    pytest.param("河南省生态环境厅", "各省辖市人民政府，省直有关部门：",
                 ["自2027年起，各省辖市每季度末前向省生态环境厅报送大气污染防治进展。", _TAIL],
                 marks=pytest.mark.xfail(strict=True, reason="a deadline 每季度末前 after a bare 各省辖市 is not read (sentences."
                                              "find_directives; base wrong too, left to the directive reading)")),
    ("湖北省水利厅", "各市、州、直管市人民政府：",
     ["近年来，河湖长制工作总结材料多有重复，基层负担较重。各市、州人民政府要于11月底前将精简后的工作总结报送省水利厅。"]),
    ("吉林省住房和城乡建设厅", "各市（州）人民政府：",
     ["一、基本情况", "2024年以来，全省老旧小区改造进度总体平稳，但部分项目开工滞后，各市（州）人民政府要于9月底前全部开工。"]),
    ("四川省农业农村厅", "各市（州）人民政府：",
     ["以往报送的春耕生产月报停止使用。", "各市（州）人民政府须于每月5日前通过农情调度系统报送春耕进度。"]),
    ("广西壮族自治区应急管理厅", "各设区市人民政府：",
     ["入汛以来，全区降雨偏多。", "各设区市人民政府要在6月30日前完成防汛预案修订，并报自治区应急管理厅备案。"]),
    ("江苏省交通运输厅", "各设区市人民政府：",
     ["今后，各设区市人民政府每年12月20日前报送农村公路年度养护计划。"]),
    ("甘肃省财政厅", "各市州人民政府：",
     ["多年来形成的做法继续保留：各市州人民政府于每年3月底前向省财政厅报送上年度债务风险评估报告。"]),
    ("辽宁省民政厅", "各市人民政府：",
     ["2022年以来的检查发现不少隐患。为此，各市人民政府要每半年向省民政厅报送一次养老服务机构检查情况。"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body", PAST_INNOCENT)
def test_gw104_past_frame_orders_nothing(issuer, recipients, body, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW104")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body", PAST_GUILTY)
def test_gw104_present_demand_after_a_past_frame(issuer, recipients, body, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW104")
    assert found


# ------------------------------------------------------------ reading B: whose meeting speaks in 会议要求
def _minutes(issuer: str, recipients: str, body: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, [f"现将《{title}》印发给你们。"], title=f"关于印发{title}的通知",
                      docno="综纪〔2027〕3号", date="2027年5月12日", tail=[f"@attachment_title {title}", *body])


MEETING_OWN = [
    ("南昌市住房和城乡建设局", "各县（区）人民政府，市直有关单位：",
     ["5月9日，市住房和城乡建设局在红谷滩召开全市城市更新推进会。纪要如下。",
      "一、关于项目开工。会议要求，各县（区）人民政府要在6月底前完成年度项目开工。"], "全市城市更新推进会会议纪要"),
    ("福建省应急管理厅", "各设区市人民政府，平潭综合实验区管委会：",
     ["4月20日，我厅召开全省防汛备汛工作视频调度会。",
      "会议强调，各设区市人民政府须于5月15日前完成山洪灾害危险区人员转移清单核定。"], "全省防汛备汛工作视频调度会纪要"),
    ("锡林郭勒盟林业和草原局", "各旗县市（区）人民政府：",
     ["2027年4月3日，盟林业和草原局组织召开春季造林调度会，听取各旗县市（区）进度汇报。",
      "2.会议明确，各旗县市（区）人民政府要于5月底前完成春季造林任务，逐地块建立管护台账。"], "春季造林调度会议纪要"),
    ("湖南省交通运输厅", "各市州人民政府：",
     ["5月8日，省交通运输厅召开全省农村公路工作会议。", "会议要求：",
      "各市州人民政府要把农村公路养护资金足额列入本级预算，务必于9月底前完成危桥改造。"], "全省农村公路工作会议纪要"),
    ("桂林市农业农村局", "各县（市、区）人民政府：",
     ["市农业农村局于3月2日召开春耕备耕工作推进会。会议提出，各县（市、区）人民政府必须在4月10日前完成高标准农田建设任务分解。"],
     "春耕备耕工作推进会纪要"),
]

MEETING_OTHER = [
    ("南昌市住房和城乡建设局", "各县（区）人民政府，市直有关单位：",
     ["5月9日，市人民政府召开全市城市更新推进会。会议要求，各县（区）人民政府要在6月底前完成年度项目开工。",
      "市住房和城乡建设局将按月通报进度。"], "全市城市更新推进会精神传达提纲"),
    ("福建省应急管理厅", "各设区市人民政府，平潭综合实验区管委会：",
     ["4月20日，国务院召开全国防汛抗旱工作电视电话会议。",
      "会议强调，各地要于汛前完成山洪灾害危险区人员转移清单核定。", "我厅将做好技术支撑。"], "全国防汛抗旱工作会议精神摘要"),
    ("锡林郭勒盟林业和草原局", "各旗县市（区）人民政府：",
     ["我局召开干部职工大会，传达盟委委员会议精神。",
      "盟委委员会议明确，各旗县市（区）人民政府要于5月底前完成春季造林任务。"], "盟委委员会议精神传达提纲"),
    ("湖南省交通运输厅", "各市州人民政府：",
     ["会议要求，各市州人民政府要把农村公路养护资金足额列入本级预算。", "省交通运输厅将开展抽查。"], "有关会议精神摘要"),
    ("桂林市农业农村局", "各县（市、区）人民政府：",
     ["3月2日，中共桂林市委召开农村工作会议。会议提出，各县（市、区）人民政府必须在4月10日前完成高标准农田建设任务分解。",
      "市农业农村局负责技术指导。"], "市委农村工作会议精神摘要"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, title", MEETING_OWN)
def test_gw104_own_meeting_demands(issuer, recipients, body, title, fmt, tmp_path):
    found = _codes(_minutes(issuer, recipients, body, title), fmt, tmp_path, "GW104")
    assert found


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, title", MEETING_OTHER)
def test_gw104_other_meeting_reported(issuer, recipients, body, title, fmt, tmp_path):
    found = _codes(_minutes(issuer, recipients, body, title), fmt, tmp_path, "GW104")
    assert not found, [f.message for f in found]


# ------------------------------------------------------------ reading C: 已 in a modifier or on the clause
DONE_GUILTY = [
    "各县（区）人民政府对已列入年度计划的小区要逐个明确开工时间。",
    "各设区市人民政府对已排查出的隐患须逐项建立整改台账。",
    "（三）各市人民政府对已完成竣工验收的项目，要在30日内拨付剩余资金。",
    "各县（市、区）人民政府对已经签约但未开工的项目必须明确专人跟踪。",
]
DONE_INNOCENT = [
    "各申报县在申报材料中已承诺须在年底前完工。",
    "各设区市人民政府已明确要在6月底前完成排查，目前进展顺利。",
    "截至5月底，各县（区）人民政府均已按要求完成隐患排查整改。",
    "各市人民政府已于4月底前完成竣工验收项目的资金拨付。",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", DONE_GUILTY)
def test_gw104_done_word_inside_a_modifier(line, fmt, tmp_path):
    src = _doc("山西省住房和城乡建设厅", "各市人民政府，各县（市、区）人民政府：", [line, "省住房和城乡建设厅将按季度通报进展。"])
    assert _codes(src, fmt, tmp_path, "GW104")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", DONE_INNOCENT)
def test_gw104_done_word_on_the_clause(line, fmt, tmp_path):
    src = _doc("山西省住房和城乡建设厅", "各市人民政府，各县（市、区）人民政府：", [line, "省住房和城乡建设厅将按季度通报进展。"])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert not found, [f.message for f in found]


# ------------------------------------------------------------ reading D: a place's own people after 由
def _visit(issuer: str, recipients: str, lines: list[str], title: str = "关于开展基层调研的通知") -> str:
    return marked_doc(issuer, recipients, lines, title=title, docno="调字〔2027〕4号", date="2027年8月20日")


PLACE_OWN = [
    ("北京市海淀区民政局", "各街道办事处、镇人民政府：",
     ["区民政局将于9月中旬对部分街道养老服务驿站运营情况开展调研。", "调研组由局分管负责同志带队。",
      "注：调研期间，被调研街道由分管副主任作本街道养老服务情况介绍，时间约15分钟。"]),
    ("泰和县农业农村局", "各乡镇人民政府：",
     ["县农业农村局将于9月上旬对秋粮收储情况开展督导。", "二、督导方式。所到乡镇由分管副乡长陪同察看收储点。"]),
    ("宜春市民政局", "各县（市、区）人民政府：",
     ["市民政局将于9月对部分县（市、区）社会救助工作开展调研。", "被调研县（市、区）由分管副县长汇报社会救助工作情况。"]),
    ("南城县卫生健康委员会", "各乡镇人民政府：",
     ["县卫生健康委将于10月对乡镇卫生院基本公共卫生服务开展调研。", "调研组将实地察看3个村卫生室。",
      "所在乡镇由分管同志全程陪同。"]),
    ("北京市朝阳区商务局", "各街道办事处、地区办事处：",
     ["区商务局将于9月下旬对部分街道便民商业网点建设开展调研。", "三、座谈安排。所到街道由主要负责同志主持座谈，邀请商户代表参加。"]),
]

PLACE_NONE = [
    ("北京市海淀区民政局", "各街道办事处、镇人民政府：",
     ["区民政局将于9月中旬对部分街道养老服务驿站运营情况开展调研。",
      "注：调研期间，被调研街道由区民政局养老服务科同志作情况介绍，不安排街道人员陪同、汇报。"]),
    ("泰和县农业农村局", "各乡镇人民政府：",
     ["县农业农村局将于9月上旬对秋粮收储情况开展督导。", "所到乡镇由督导组自行察看收储点，不要求乡镇人员陪同。"]),
    ("宜春市民政局", "各县（市、区）人民政府：",
     ["市民政局将于9月委托第三方机构对社会救助工作开展满意度调查。", "调查结束后，由第三方机构向市民政局报告调查结果。"]),
    ("南城县卫生健康委员会", "各乡镇人民政府：",
     ["县卫生健康委将于10月对乡镇卫生院基本公共卫生服务开展调研。", "调研点位由县卫生健康委统一安排，调研组由县卫生健康委分管副主任带队。"]),
    ("北京市朝阳区商务局", "各街道办事处、地区办事处：",
     ["区商务局将于9月下旬对部分街道便民商业网点开展调研。", "座谈会由区商务局主要负责同志主持，邀请商户代表参加，不安排街道汇报。"]),
    ("泰和县农业农村局", "各乡镇人民政府：",
     ["县农业农村局定于9月8日召开秋粮收储工作业务培训会。", "培训由县农业农村局分管副局长主持，县粮食收储公司负责同志授课。"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, lines", PLACE_OWN)
def test_gw105_place_works_through_its_people(issuer, recipients, lines, fmt, tmp_path):
    found = _codes(_visit(issuer, recipients, lines), fmt, tmp_path, "GW105")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, lines", PLACE_NONE)
def test_gw105_place_given_nothing(issuer, recipients, lines, fmt, tmp_path):
    assert _codes(_visit(issuer, recipients, lines), fmt, tmp_path, "GW105")

"""Classes the lead fixed in round 27 (holdout31r, read after its first sight), in surfaces of its own:

- GW102 (units): a bare closing note that lists only the issuer's own divisions by their short names -- （知识产权科）,
  （综合股、财务股）, （政策法规处）, （局办公室） -- names the responsible unit: no lexicon knows these names, their form
  (科, 股, 处, 办公室, 大队, 中队) says they are units.  A note of collectives (（有关科室）) or of no unit still leaves
  the measure without one.  Base d32e0bae: 4 of 4 innocent surfaces flagged.
- GW806: a doubled character inside the issuer's or a recipient's own name (缙云县壶镇镇人民政府: a town called 壶镇)
  is the name wherever the text writes it (title, body, 《》, signature); the same pair in another name is still a typo.
  Base: 3 of 3 innocent surfaces flagged.
- GW806 (elements): a contact line whose unit and person are parted by a space (联系人：就业促进处 乌云其其格) names a
  person; a space before the phone still ends the name.  Base: 2 of 2 innocent surfaces flagged.
- GW101 (structure): a 印发 notice carrying two documents printed one after the other without 附件 labels -- the
  second opens with a line that is its name, as the notice's 《》 or title gives it -- counts each on its own
  (issue 15 root cause 8); the first no longer swallows the second.  Base: 2 of 3 surfaces wrong.
- GW104 (facts): the subjectless closing request to lower governments may put its manner phrase in a comma clause of
  its own (请结合本地实际，认真贯彻落实; 请各地立足本地区实际，抓好贯彻落实) -- the rule's docs name 请结合实际认真贯彻落实
  as an order; approval (经市人民政府同意) and a request for comments stay quiet.  Base: 2 of 3 guilty surfaces missed.
- GW302 (predicates.practice_told): a practice told of a place named 某县/某市直部门 (某县农业部门要求村干部每天上传照片),
  or of the issuer's own past opening the sentence (过去我县……以台账计分), is a problem reported, no demand.
  Base: 2 of 2 innocent surfaces flagged.
- GW806 (data): 账账相符/账账核对/账账一致 -- the bookkeeping triad -- are fixed phrases.  Base: 2 of 2 flagged.
- GW102 (facts.procedural_measures): an item written ``label：text`` on one line whose label names an arrangement section
  (四、工作要求：检查人员按……执法) is procedural like the section; a measure with a label of its own still needs a unit.
  Base: 1 of 1 innocent flagged.
- GW202 (attendance, scope): who attended a meeting held already (……副局长参加了会议) is told, and a 报告 to the level
  above asks nobody to attend; a notice asking both still fires.  Base: 2 of 2 innocent flagged.
- GW301 (inspections.launches): a former plan (原计划/原定……开展督导评估) that the next sentence of its paragraph calls
  off (该项督导评估决定取消; 此项督查不再开展) launches nothing; one only moved (现调整为5月开展) still does.
  Base: 2 of 2 innocent flagged.
- GW303 (inspections.names_item + data): a 职责清单 cell 负责/承担……的督查指导 states a standing duty, no activity; a
  schedule cell naming its topic in up to 20 characters (基层综合性文化服务中心运行情况督导调研) names one.
  Base: 1 of 2 innocent flagged, 2 of 2 guilty missed.
- GW106 (submissions.submitter): a party word inside a preposition's phrase (按企业名称整理后报) is no subject: the
  material's owner named before (各县市区应急局将……清单，按企业名称……报市局) submits.  Base: 3 of 3 guilty missed.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes

_ISSUER = "厦门市海沧区市场监督管理局"


def _points(tags: list[str]) -> str:
    items = ["开展高价值发明专利培育，全年新增高价值发明专利150件。", "指导20家企业开展商标品牌建设。",
             "推进知识产权纠纷快速调解，调解成功率不低于70%。", "举办知识产权质押融资对接活动2场。"]
    body = ["@heading1 一、提升知识产权创造质量"]
    body += [f"（{n}）{item}{tag}" for n, item, tag in zip("一二三四", items, tags)]
    return plan_doc(_ISSUER, "各街道办事处，区直有关单位，局机关各科室：", "海沧区知识产权强区建设工作方案", body,
                    docno="海市监〔2027〕5号", date="2027年1月26日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tags, missing", [
    (["（知识产权科）", "（知识产权科、登记注册科）", "（法制科）", "（知识产权科、局办公室）"], 0),
    (["（综合股）", "（综合股、财务股）", "（执法大队）", "（政策法规处）"], 0),
    (["（有关科室）", "（知识产权科）", "（各科室）", "（法制科）"], 2),
    (["", "（知识产权科）", "（法制科）", "（执法一中队）"], 1),
])
def test_gw102_issuers_own_divisions_named_bare(tags, missing, fmt, tmp_path):
    found = [f for f in _codes(_points(tags), fmt, tmp_path, "GW102") if not (f.data or {}).get("summary")]
    assert len(found) == missing, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, body, fires", [
    ("缙云县壶镇镇人民政府", ["现将《壶镇镇2027年春季森林防火工作方案》印发给你们，请认真组织实施。"], False),
    ("缙云县壶镇镇人民政府", ["壶镇镇各村要在3月底前完成防火隔离带清理。"], False),
    ("缙云县壶镇镇人民政府", ["各村要在3月底前完成防火隔离带的的清理。"], True),
    ("缙云县新建镇人民政府", ["现将《壶镇镇2027年春季森林防火工作方案》印发给你们，请认真组织实施。"], True),
])
def test_gw806_doubled_character_in_own_name(issuer, body, fires, fmt, tmp_path):
    src = marked_doc(issuer, "各行政村，镇属各单位：", body, title="关于做好春季森林防火工作的通知",
                     docno="壶政〔2027〕9号", date="2027年2月20日")
    assert bool(_codes(src, fmt, tmp_path, "GW806")) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("contact, fires", [
    ("联系人：就业促进处 乌云其其格，联系电话：0471-6945726。", False),
    ("联系人：市局大气环境科\u3000乌云其其格，电话：0477-8361527。", False),
    ("联系人：乌云其其格 0477-8361527；请各地认真做好的的统计。", True),
])
def test_gw806_contact_person_after_a_space(contact, fires, fmt, tmp_path):
    src = marked_doc("内蒙古自治区人力资源和社会保障厅", "各盟市人力资源和社会保障局：",
                     ["请于5月10日前报送本地区就业见习基地名单。", contact], docno="内人社函〔2027〕3号")
    assert bool(_codes(src, fmt, tmp_path, "GW806")) is fires


# ------------------------------------------------------------ GW101: two carried documents printed one after the other
_TOPICS = ["储备库选址", "物资入库验收", "日常保管养护", "定期盘点核查", "轮换更新", "调拨申请", "运输保障", "发放登记",
           "回收处置", "经费保障", "信息系统", "监督检查"]


def _articles(doc: str, n: int) -> list[str]:
    return [f"第{k + 1}条　{doc}中的{_TOPICS[k % len(_TOPICS)]}工作，由承储单位按照职责分工组织实施，做到账物相符、"
            f"账账相符，每季度向主管部门书面报告一次执行情况，发现问题及时整改，确保物资质量完好、数量准确、"
            f"调用及时、使用规范，相关记录保存不少于五年。" for k in range(n)]


def _two_documents(first: int, second: int) -> str:
    a, b = "辽宁省省级救灾物资储备管理办法", "辽宁省省级救灾物资调拨使用规程"
    body = [f"《{a}》和《{b}》已经省人民政府同意，现印发给你们，请认真贯彻执行。"]
    return marked_doc("辽宁省人民政府办公厅", "各市人民政府，省政府各厅委、各直属机构：", body,
                      title=f"关于印发{a}和{b}的通知", docno="辽政办发〔2027〕23号", date="2027年4月9日",
                      tail=[f"@attachment_title {a}", *_articles(a, first), f"@attachment_title {b}", *_articles(b, second)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second, over", [(24, 24, []), (24, 44, [2]), (44, 10, [1])])
def test_gw101_each_carried_document_counted_on_its_own(first, second, over, fmt, tmp_path):
    found = _codes(_two_documents(first, second), fmt, tmp_path, "GW101")
    assert sorted(f.data.get("part") for f in found) == over, [f.message for f in found]


# ------------------------------------------------------------ GW104: 请结合实际，认真贯彻落实 with a comma inside
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, closing, fires", [
    ("各县市区人民政府：", "请结合本地实际，认真贯彻落实。", True),
    ("各县（市、区）人民政府：", "请各地立足本地区实际，抓好贯彻落实。", True),
    ("各旗县（市、区）人民政府：", "请对照通知要求，认真组织实施。", True),
    ("各县市区生态环境分局：", "请结合本地实际，认真贯彻落实。", False),
    ("各县市区人民政府：", "经市人民政府同意，现转发给你们，请结合本地实际，认真贯彻落实。", False),
    ("各县市区人民政府：", "请结合本地实际，于11月10日前反馈修改意见。", False),
])
def test_gw104_closing_request_with_a_manner_clause(recipients, closing, fires, fmt, tmp_path):
    src = marked_doc("株洲市生态环境局", recipients,
                     ["现将《湖南省生态环境厅关于加强秋冬季秸秆露天焚烧管控的通知》转发给你们。",
                      "市生态环境局将联合市农业农村局，每日通报卫星火点情况。", closing],
                     title="转发湖南省生态环境厅关于加强秋冬季秸秆露天焚烧管控的通知", docno="株环发〔2027〕46号")
    assert bool(_codes(src, fmt, tmp_path, "GW104")) is fires


# ------------------------------------------------------------ GW302: practice told with 某县…… or 过去……
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("检查也发现，个别地方“痕迹主义”仍有反弹。某县农业部门要求村干部每天在工作群上传下地工作照片，某市直部门在年度考核中以台账厚度打分。", False),
    ("过去我县对乡镇的年度考核中，有近三成指标以工作台账、会议记录和活动照片计分，乡镇干部花大量时间整理材料。", False),
    ("年度考核中，各乡镇的工作台账、会议记录和活动照片作为计分依据。", True),
    ("某些指标仍以工作台账和活动照片计分，请各乡镇于5月底前补齐。", True),
])
def test_gw302_practice_told_of_a_named_place_or_the_past(sentence, fires, fmt, tmp_path):
    src = marked_doc("安康市汉滨区人民政府办公室", "各镇人民政府、街道办事处，区直各部门：",
                     ["为切实减轻基层负担，现将有关情况通报如下。", sentence], title="关于基层减负工作情况的通报",
                     docno="汉政办发〔2027〕12号")
    assert bool(_codes(src, fmt, tmp_path, "GW302")) is fires


# ------------------------------------------------------------ GW806: 账账相符; GW102: an item labelled 工作要求：
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("第十三条　承储单位应当建立物资保管账目，做到账物相符、账账相符，定期盘点。", False),
    ("财务部门每月开展账账核对，做到账账一致。", False),
    ("承储单位应当建立物资保管账目，做到账物相符，定期盘点的的结果报主管部门。", True),
])
def test_gw806_bookkeeping_phrases(sentence, fires, fmt, tmp_path):
    src = marked_doc("辽宁省粮食和物资储备局", "各承储单位：", [sentence], docno="辽粮储〔2027〕7号")
    assert bool(_codes(src, fmt, tmp_path, "GW806")) is fires


def _action_plan(last: str) -> str:
    body = ["一、行动目标：7月至9月，对辖区冷链食品经营企业全覆盖检查一遍。",
            "二、开展冷库检查，逐户核对储存温度和进货查验记录。（各市场监督管理所）",
            "三、开展大型商超冷链食品抽样检验。（局食品经营安全监管科）", last]
    return plan_doc("上海市闵行区市场监督管理局", "各市场监督管理所，局机关各科室：", "冷链食品经营企业检查指导专项行动方案",
                    body, docno="闵市监发〔2027〕31号", date="2027年6月12日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("四、工作要求：检查人员按“双随机、一公开”要求执法，全程佩戴执法记录仪。", False),
    ("四、冷链追溯：推动进口冷链食品追溯码扫码全覆盖，建立问题产品快速下架机制。", True),
])
def test_gw102_item_labelled_as_a_section(last, fires, fmt, tmp_path):
    found = [f for f in _codes(_action_plan(last), fmt, tmp_path, "GW102") if not (f.data or {}).get("summary")]
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: who attended a meeting held already
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, sentence, fires", [
    ("潍坊市市场监督管理局", "各县（市、区）市场监督管理局：", "关于特种设备安全隐患排查整治情况的通报",
     "3月下旬，市局召开了全市动员会，各县（市、区）市场监督管理局局长和分管特种设备工作的副局长参加了会议。", False),
    ("重庆市渝北区人民政府", "重庆市人民政府：", "关于城市更新试点工作推进情况的报告",
     "6月上旬，区政府召开城市更新试点现场调度会，各街道党工委书记、办事处主任和分管副主任参加。", False),
    ("潍坊市市场监督管理局", "各县（市、区）市场监督管理局：", "关于召开特种设备安全隐患排查整治推进会的通知",
     "请各县（市、区）市场监督管理局局长和分管特种设备工作的副局长参加会议。", True),
])
def test_gw202_attendance_told_not_asked(issuer, recipients, title, sentence, fires, fmt, tmp_path):
    src = marked_doc(issuer, recipients, [sentence, "下一步，各地要持续抓好隐患整改。"], title=title, docno="潍市监〔2027〕9号")
    assert bool(_codes(src, fmt, tmp_path, "GW202")) is fires


# ------------------------------------------------------------ GW301: a former plan called off in the next sentence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["县教育局原计划于2027年3月对14个乡镇人民政府、街道办事处开展控辍保学督导评估。经局务会议研究，该项督导评估决定取消。",
      "各乡镇要继续做好控辍保学日常工作。"], False),
    (["县教育局原定于5月对各乡镇人民政府开展校园安全专项督查。此项督查不再开展，改由学校自查。"], False),
    (["县教育局原计划于3月对各乡镇人民政府开展督导评估，现调整为5月开展。请各乡镇做好准备。"], True),
    (["县教育局将于2027年3月对各乡镇人民政府开展控辍保学督导评估。评估结果在全县通报。"], True),
])
def test_gw301_former_plan_called_off(body, fires, fmt, tmp_path):
    src = marked_doc("崇义县教育局", "各乡镇人民政府，县直有关单位：", body, title="关于控辍保学工作的通知",
                     docno="崇教字〔2027〕6号")
    assert bool(_codes(src, fmt, tmp_path, "GW301")) is fires


# ------------------------------------------------------------ GW303: a duty cell; a schedule cell with a long topic
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("负责全市农技推广体系建设的督查指导", False),
    ("承担全市基层文化设施运行的检查指导", False),
    ("基层综合性文化服务中心运行情况督导调研", True),
    ("乡镇综合文化站免费开放情况督导调研", True),
])
def test_gw303_duty_cell_and_schedule_cell(cell, fires, fmt, tmp_path):
    body = ["为做好2027年文化工作，现将有关安排通知如下。", "@table 时间|工作内容|责任科室", f"@table 3月|{cell}|公共服务科",
            "@table 4月|文化惠民演出进基层|艺术科", "请各科室按照分工抓好落实。"]
    src = marked_doc("六盘水市文化广电旅游局", "局机关各科室，局属各单位：", body, title="关于2027年文化工作安排的通知",
                     docno="六文旅〔2027〕3号")
    assert bool(_codes(src, fmt, tmp_path, "GW303")) is fires


# ------------------------------------------------------------ GW106: a party word inside a manner phrase is no subject
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, sentence, fires", [
    ("各县市区应急管理局：", "于7月10日前，各县市区应急局将辖区内工贸企业底数清单，按企业名称整理后报市局安全生产基础科。", True),
    ("各县（区）民政局：", "于6月底前，各县（区）民政局将辖区民办养老机构统计表，按企业性质分类整理后报市民政局养老服务科。", True),
    ("各县市区应急管理局：", "各县市区应急局于7月10日前将辖区内工贸企业底数清单，按企业名称整理后报市局安全生产基础科。", True),
    ("各有关工贸企业：", "各企业于7月10日前将本单位有限空间台账，按作业类型整理后报属地应急管理部门。", False),
])
def test_gw106_party_word_in_a_manner_phrase(recipients, sentence, fires, fmt, tmp_path):
    src = marked_doc("潍坊市应急管理局", recipients, ["入伏以来，我市持续高温。", sentence], docno="潍应急函〔2027〕37号",
                     title="关于做好有限空间作业安全防范工作的通知")
    assert bool(_codes(src, fmt, tmp_path, "GW106")) is fires

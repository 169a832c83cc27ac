"""Readings the lead fixed in round 28 from holdout32's first sight (the kept drafts), in surfaces of its own:

- GW102 "is this document an event plan": a plan of any meeting named by its own head noun (……现场观摩会方案,
  ……调度会方案, ……培训班方案), not only the listed ones, arranges the event: its items are no measures; a plan of a
  body whose name ends in 会 (协会, 学会, 委员会) is no event plan.  "Is this heading an arrangement": a heading
  of two characters + 要求 (销号要求, 报送要求) says how, as 工作要求 does; 观摩人员/与会人员 are 参加人员.
- GW203/GW201 "whose event": the organiser named in the next paragraph that opens by naming the event again
  (……论坛将于11月举行。/ 论坛由湖北省医学会主办) is said of that event.
- structure "who issues a 纪要": a 版头 naming the body with its meeting (甘肃省水利厅会议纪要) gives the issuer.
- GW104 "is this unit a subject": a count of the units (4个市（州）人民政府, 上述3个县人民政府) opens the subject.
- GW104 "is this a deadline set": a deadline counted from this notice (于收到本通知后30日内, 自本通知印发之日起
  15个工作日内) opening a later clause of the subject's sentence sets the subject a deadline, modal or not; not
  past a new subject, after 已, or when the subject only qualifies a noun (……制定的整改方案).
- GW106 "who submits": 各机构 in a notice sent only to 卫生院、社区卫生服务中心 names the recipients.
- GW104 "is this a deadline set" (own probes, not from a draft): a deadline the sentence opens with, the subject right
  after it (于8月31日前，各市（州）人民政府完成……), as one right after the subject; not when told (已, 完成了).
- units "places sharing one 人民政府": a 州/盟/旗 before 、 (阿坝州、甘孜州人民政府; 鄂托克旗、乌审旗人民政府) is a
  government of the same level, as a 市/县/区 was.
- units "who is this" (own probes): short place names joined by 、 and counted (长沙、株洲、湘潭三市; 对九江、赣州两市……)
  are those governments; 所在地政府/事发地人民政府/当地政府 are the lower governments as 属地政府 is (GW105 no longer
  reports a notice whose only work for the cities is said so).
- GW105 "is this work" (own probes and the regressions they showed): a clause whose predicate tells a result (三市排名
  前三位, 位列全省第一, 获评……) sets no task; counted places take the level most of them have (敦煌、张掖、天水3个市:
  prefecture cities); 州、市人民政府 and 市、县人民政府 without 各 are the collectives 各州、市人民政府 are.
- GW302 (own probes): 调阅/翻阅 on the spot read the material as 查阅 does (考核组将现场调阅各村全年的工作台账); a ledger
  read with a licence (经营许可, 许可证) is the regulated party's, not a lower government's proof of work.
- GW104/GW106 "is this in the scope of the past": a year before the document's own, alone in the sentence's first clause
  (2026年，各县（市、区）按季度向我厅报送……; 2026年下半年，各市（州）人民政府须……), frames what was done then, as 以往 and
  2023年以来 do; the document's own year, a later clause turning to now (今年起改为……) and a year inside the object
  (2026年度项目进展，请……报送) do not (the 按季度 reading exposed holdout32 gw104-g03a, which 每季度 hit too).
- GW301 (read from holdout32r after its measurement): an inspection a government's own 督查局 of a 州/盟/旗 runs (此次督查由
  州人民政府督查局统一组织) is the government's; an inspection told in a past frame (2022年以来，省人社厅每年对各市（州）人民
  政府开展……考核) launches nothing.  GW302: 进货查验台账 and 供货商资质 are a business's own records.  GW104: a bare count
  before a level's government (三县人民政府要……, 上述两市政府) is those governments.  GW106: a past frame covers every demand
  of its sentence until a turn (今年起改为……).  GW102: a plan of the leaders' 调研/蹲点 visits is an event plan.
  GW106: 稿件 asked of the lower units is material (约稿), not when the public is asked (社会各界人士踊跃投稿); a platform update
  of 上月数据 is a report as one of 项目进度 is.
- GW106 "is this a report demand" (own probes): a frequency written 按季度/逐月 (按季度向市级报送), 每半月/每两周, and
  a deadline in a clause of its own (……报送，截止时间为7月10日) mark the demand as 每季度 and 于……前 do.

On the base (078a0c30) 16 of the 29 surfaces of the first six readings were wrong, and 16 of the 35 of the next seven; 6 of the 11 of the next two (read from holdout32r); 2 of the 4 of the last.  Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW102: event plans and arrangement headings
_ITEMS = ["一、时间：2027年10月26日至27日。", "二、路线：第一天观摩禄丰市、牟定县，第二天观摩南华县。",
          "三、观摩人员。", "（一）州级：州人民政府分管副州长，州住房城乡建设局主要负责同志。",
          "（二）县市：每个县市由分管副县市长带领住房城乡建设局主要负责同志参加。",
          "四、会务保障：州住房城乡建设局负责会务组织和车辆调度。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("plan, body, fires", [
    ("全州城乡人居环境提升现场观摩会方案", _ITEMS, False),
    ("全市秋冬季大气污染防治调度会方案", _ITEMS, False),
    ("全省基层农技人员能力提升培训班方案", _ITEMS, False),
    ("全州村级集体经济发展推进方案",
     ["一、扶持薄弱村。有关部门要加大对薄弱村的扶持力度。", "二、盘活资产。州农业农村局负责指导清产核资。"], True),
    ("州旅游协会会员服务提升方案",
     ["一、扩大会员服务。有关部门要为会员企业提供培训。", "二、规范收费。州民政局负责监督协会收费。"], True),
])
def test_gw102_event_plans_by_any_meeting_noun(plan, body, fires, fmt, tmp_path):
    src = plan_doc("楚雄彝族自治州人民政府办公室", "各县市人民政府，州级有关部门：", plan, body,
                   docno="楚政办函〔2027〕51号", date="2027年10月11日")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("三、销号要求。整改完成后，销号材料由各区汇总，于整改时限届满后5个工作日内报市水务局。", False),
    ("三、报送要求。每月5日前报送整改进展，逾期未报的予以通报。", False),
    ("三、加强水源保护。有关部门要加快补设水源保护区界标。", True),
])
def test_gw102_two_character_requirement_headings(item, fires, fmt, tmp_path):
    body = ["一、整改目标。2027年8月31日前，清单所列问题全部整改销号。",
            "二、更新消毒设备。崖州区人民政府负责更换次氯酸钠发生器。", item]
    src = plan_doc("三亚市人民政府办公室", "各区人民政府，市直有关单位：", "三亚市城乡供水安全专项检查问题整改方案", body,
                   docno="三府办〔2027〕33号", date="2027年6月10日")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: the organiser in the next paragraph
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["第九届楚天老年医学学术论坛将于2027年11月在武汉举行。", "论坛由湖北省医学会主办，协和医院承办，设三个分论坛。",
      "各医疗机构医务人员根据工作安排自愿参加。"], False),
    (["2027年长江中游文旅融合研讨会定于9月下旬在宜昌举办。", "本次研讨会由中国旅游协会主办，宜昌市文化和旅游局协办。"], False),
    (["第九届楚天老年医学学术论坛将于2027年11月在武汉举行。", "论坛由省卫生健康委与湖北省医学会联合主办。"], True),
    (["第九届楚天老年医学学术论坛将于2027年11月在武汉举行。", "各地要组织医务人员积极参加。",
      "此前的学术活动由湖北省医学会主办。"], True),
])
def test_gw203_organiser_said_in_the_next_paragraph(body, fires, fmt, tmp_path):
    src = marked_doc("湖北省卫生健康委员会", "各市、州卫生健康委：", body, title="关于老年医学学术论坛有关事项的通知",
                     docno="鄂卫通〔2027〕35号", date="2027年10月9日")
    found = _codes(src, fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ structure + GW104: a 纪要's 版头 names the issuer
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark, fires", [
    ("甘肃省水利厅会议纪要", True),
    ("河南省交通运输厅厅务会议纪要", True),
    ("甘肃省人民政府常务会议纪要", False),  # the government's own 纪要 may order its lower governments
])
def test_gw104_minutes_issuer_from_the_mark(mark, fires, fmt, tmp_path):
    body = mark.removesuffix("会议纪要").removesuffix("厅务").removesuffix("常务")
    src = "\n".join([f"@issuer_mark {mark}", "@doc_number 甘水纪〔2027〕11号", f"@title {body}河道采砂整治调度会议纪要",
                     "@recipients 兰州市、白银市、临夏回族自治州人民政府：",
                     "2027年7月22日，在兰州主持召开河道采砂整治调度会议。会议纪要如下。",
                     "会议明确了属地清理责任。各市（州）人民政府务必于8月20日前完成辖区内违规堆砂场的清运。",
                     "@date 2027年7月26日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: counted subjects, deadlines from this notice
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("4个县（市、区）人民政府务必于8月20日前完成清运。", True),
    ("上述3个县人民政府要于9月底前完成整改。", True),
    ("全市11个县（市、区）人民政府要在汛前完成河道清障。", True),
    ("对3个县人民政府要加强跟踪指导。", False),
    ("各县（市、区）人民政府逐项制定整改方案，明确责任人和完成时限，于收到本通知后30日内报送市生态环境局。", True),
    ("各县（市、区）人民政府对照问题清单建立台账，自本通知印发之日起15个工作日内报送市生态环境局。", True),
    ("各县（市、区）人民政府已逐项制定整改方案，于收到本通知后30日内报送市生态环境局。", False),
    ("各县（市、区）人民政府逐项制定整改方案，市生态环境局于收到本通知后30日内组织复核。", False),
    ("各县（市、区）人民政府制定的整改方案，于收到本通知后30日内报送市生态环境局。", False),
    ("各县（市、区）人民政府逐项制定整改方案，于收到通知后30日内报送了市生态环境局。", False),
])
def test_gw104_counted_subjects_and_notice_deadlines(sentence, fires, fmt, tmp_path):
    src = marked_doc("郴州市生态环境局", "各县（市、区）人民政府：", ["现将督察发现的主要问题反馈如下。", sentence],
                     title="关于反馈生态环境保护督察发现问题的通知", docno="郴环函〔2027〕72号", date="2027年6月18日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: 各机构 names institution recipients
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, sentence, fires", [
    ("西宁市城北区卫生健康局", "辖区各社区卫生服务中心、乡镇卫生院：", "请各机构于8月6日前将自查汇总表报区卫生健康局医政科。", True),
    ("大理市卫生健康局", "各乡镇卫生院：", "各机构于每季度末前将随访记录报市卫生健康局。", True),
    ("西宁市城北区卫生健康局", "辖区各社区卫生服务中心、乡镇卫生院：", "各机构的自查结果由区卫生健康局统一汇总。", False),
    ("西宁市城北区市场监督管理局", "辖区各药品零售企业：", "请各机构于8月6日前将自查汇总表报区市场监管局。", False),
])
def test_gw106_each_institution_is_the_recipients(issuer, recipients, sentence, fires, fmt, tmp_path):
    src = marked_doc(issuer, recipients, ["区里决定开展一次医疗废物管理自查。", sentence],
                     title="关于开展医疗废物管理自查的通知", docno="北卫健〔2027〕29号", date="2027年7月23日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: a fronted deadline; places sharing a 人民政府
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("于8月31日前，各市（州）人民政府完成隐患排查并报送排查报告。", True),
    ("收到本通知后15日内，各市（州）人民政府将排查结果报省厅。", True),
    ("阿坝州、甘孜州人民政府要加强高山峡谷区巡查。", True),
    ("8月底前，各市（州）人民政府已完成隐患排查。", False),
    ("8月底前，各市（州）人民政府排查的隐患点全部销号。", False),
    ("2026年8月底前，各市（州）人民政府完成了隐患排查。", False),
    ("阿坝州、甘孜州人民政府已加强高山峡谷区巡查。", False),
])
def test_gw104_fronted_deadline_and_shared_heads(sentence, fires, fmt, tmp_path):
    src = marked_doc("四川省自然资源厅", "各市（州）人民政府：", ["为做好汛期地质灾害防范，现就有关事项通知如下。", sentence],
                     title="关于做好汛期地质灾害隐患排查的通知", docno="川自然资函〔2027〕12号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, sentence, fires", [
    ("鄂尔多斯市林业和草原局", "各旗区林业和草原局：", "鄂托克旗、乌审旗林业和草原局要于9月底前完成草原围栏修缮。", False),
    ("鄂尔多斯市林业和草原局", "各旗区人民政府：", "鄂托克旗、乌审旗人民政府要于9月底前完成草原围栏修缮。", True),
])
def test_gw104_banner_places_sharing_a_government(issuer, recipients, sentence, fires, fmt, tmp_path):
    src = marked_doc(issuer, recipients, ["现就草原保护有关事项通知如下。", sentence],
                     title="关于做好草原围栏修缮的通知", docno="林草函〔2027〕5号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: frequencies and a deadline of its own clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("县级农业农村部门按季度向市级报送项目进展。", True),
    ("附件2的统计表由各市州汇总后报送省厅，截止时间为7月10日。", True),
    ("各县每两周报送一次工作进展。", True),
    ("每半月报送一次秸秆综合利用进展。", True),
    ("项目资金按季度拨付，年度结束后统一清算。", False),
    ("申报截止时间为7月10日，逾期不予受理。", False),
    ("省厅按季度向省政府报送工作进展。", False),
    ("每半年开展一次评估。", False),
])
def test_gw106_frequencies_and_deadline_clauses(sentence, fires, fmt, tmp_path):
    src = marked_doc("湖北省农业农村厅", "各市、州、县农业农村局：", ["为推进秸秆综合利用，现就有关事项通知如下。", sentence],
                     title="关于做好秸秆综合利用工作的通知", docno="鄂农函〔2027〕41号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: counted short names, 所在地政府
_SPRING = ["春运期间，省交通运输厅牵头做好运力调配。", "省公安厅加强道路交通秩序管理。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("长沙、株洲、湘潭三市要加强站场疏导。", False),
    ("春运期间发生重大突发事件的，所在地政府要第一时间报告。", False),
    ("滞留旅客较多时，由事发地人民政府组织临时安置。", False),
    ("省交通运输厅会同长沙、株洲、湘潭三市交通运输局加强站场疏导。", True),
])
def test_gw105_counted_places_and_place_of_event(last, fires, fmt, tmp_path):
    src = marked_doc("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：", [*_SPRING, last],
                     title="关于做好2027年春运工作的通知", docno="湘政办函〔2027〕3号", date="2027年1月8日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: results told, collectives without 各
_WAGES = ["省人力资源社会保障厅牵头开展欠薪线索排查。", "省住房城乡建设厅督促在建项目落实实名制管理。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("州、市人民政府对本行政区域内保障农民工工资支付工作负总责。", False),
    ("市、县人民政府要落实属地监管责任。", False),
    ("去年考核中，昆明、曲靖、玉溪三市排名前三位。", True),
    ("今年上半年，曲靖市位列全省第一，玉溪市获评省级示范市。", True),
    ("昆明、曲靖、玉溪三市要于6月底前完成欠薪线索清零。", False),
])
def test_gw105_results_told_and_bare_collectives(last, fires, fmt, tmp_path):
    src = marked_doc("云南省人民政府办公厅", "各州、市人民政府，省直各委、办、厅、局：", [*_WAGES, last],
                     title="关于进一步做好农民工工资支付工作的通知", docno="云政办函〔2027〕9号", date="2027年3月2日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: 调阅 on the spot
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("考核组将现场调阅各村全年的工作台账，作为评分依据。", True),
    ("考核组将现场翻阅各社区网格员的入户走访日志。", True),
    ("考核组现场核实，不调阅台账，不要求提供佐证材料。", False),
    ("督查组暗访餐饮场所和充装站，调阅燃气经营许可和隐患台账。", False),
])
def test_gw302_records_read_on_the_spot(sentence, fires, fmt, tmp_path):
    src = marked_doc("湖北省农业农村厅", "各市、州、县农业农村局：", ["为检验乡村振兴工作成效，省厅决定开展年度考核。", sentence],
                     title="关于开展2027年度乡村振兴考核的通知", docno="鄂农函〔2027〕50号", date="2027年10月9日")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104/GW106: a year before the document's own
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code, sentence, fires", [
    ("GW106", "2026年，各县（市、区）按季度向我厅报送项目进展，全省共实施县域项目120个。", False),
    ("GW106", "2026年下半年，各县（市、区）每月向我厅报送一次项目进展。", False),
    ("GW106", "2027年，各县（市、区）每季度向我厅报送项目进展。", True),
    ("GW106", "2026年度项目进展，请各县（市、区）于3月底前报送我厅。", True),
    ("GW104", "2026年下半年，各县（市、区）人民政府须每月报送项目进展。", False),
    ("GW104", "2027年，各县（市、区）人民政府须每月报送项目进展。", True),
])
def test_past_year_frames(code, sentence, fires, fmt, tmp_path):
    src = marked_doc("甘肃省商务厅", "各县（市、区）人民政府：", ["为推进县域商业体系建设，现将有关事项通知如下。", sentence],
                     title="关于推进县域商业体系建设的通知", docno="甘商函〔2027〕12号", date="2027年3月5日")
    found = _codes(src, fmt, tmp_path, code)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301/GW302: a 州 government's 督查局, past frames, business records
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code, body, fires", [
    ("GW301", ["州人民政府决定于9月对各县市重点项目推进情况开展专项督查。", "此次督查由州人民政府督查局统一组织，州发展改革委派员参加。"], False),
    ("GW301", ["州发展改革委决定于9月对各县市人民政府重点项目推进情况开展专项督查。", "督查结果在全州通报。"], True),
    ("GW301", ["一、停止单独考核。", "2022年以来，州发展改革委每年对各县市人民政府开展项目建设考核，今年起并入州政府综合考核，不再单独开展。"], False),
    ("GW302", ["州发展改革委将组织对各县市人民政府开展食品安全工作考核。", "考核组到超市查阅进货查验台账和票据，核对供货商资质。"], False),
    ("GW302", ["州发展改革委将组织对各县市人民政府开展项目建设考核。", "考核组现场查阅各县市项目推进工作台账，作为评分依据。"], True),
])
def test_gw301_gw302_government_teams_past_and_business_records(code, body, fires, fmt, tmp_path):
    src = marked_doc("昌吉回族自治州发展和改革委员会", "各县市人民政府：", body, title="关于重点项目建设有关事项的通知",
                     docno="昌州发改〔2027〕31号", date="2027年8月20日")
    found = _codes(src, fmt, tmp_path, code)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104 bare counts; GW106 a past frame over its sentence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code, sentence, fires", [
    ("GW104", "三县人民政府要在11月15日前完成整改。", True),
    ("GW104", "两县人民政府在接到本通知后15日内完成整改。", True),
    ("GW104", "去年三县人民政府已完成整改。", False),
    ("GW106", "2026年以来，各县（市、区）每月5日前报送低保月报表，每季度末报送临时救助统计表。", False),
    ("GW106", "2026年以来，各县（市、区）每月5日前报送低保月报表，今年起改为每季度末报送临时救助统计表。", True),
])
def test_bare_counts_and_past_frames_over_a_sentence(code, sentence, fires, fmt, tmp_path):
    src = marked_doc("郴州市民政局", "各县（市、区）人民政府：", ["现就有关事项通知如下。", sentence],
                     title="关于做好社会救助有关工作的通知", docno="郴民函〔2027〕8号", date="2027年3月2日")
    found = _codes(src, fmt, tmp_path, code)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_leaders_research_plan_is_an_event_plan(fmt, tmp_path):
    src = plan_doc("榕江县人民政府办公室", "各乡镇人民政府、街道办事处，县直各部门：", "2027年县领导蹲点调研工作方案",
                   ["（一）轻车简从，每次随行人员不超过2人。", "（二）所到乡镇（街道）无需迎送陪同、不听取汇报。",
                    "（三）调研中发现的问题由有关部门限时办理。"], docno="榕府办发〔2027〕3号", date="2027年2月20日")
    assert not _codes(src, fmt, tmp_path, "GW102")


# ------------------------------------------------------------ GW106: 约稿 and platform data
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各乡镇（街道）要安排专人负责活动信息的采写。稿件于每周五下班前发送至区文体旅游局邮箱。", True),
    ("请于每月10日前登录“城市更新项目管理系统”更新上月数据。", True),
    ("欢迎社会各界人士踊跃投稿，稿件于每周五前发送至邮箱。", False),
    ("请各乡镇（街道）动态更新本单位公共数据共享目录。", False),
])
def test_gw106_contributions_and_platform_data(sentence, fires, fmt, tmp_path):
    src = marked_doc("南平市建阳区文体旅游局", "各乡镇人民政府、街道办事处：", ["为办好建盏文化周，现就有关事项通知如下。", sentence],
                     title="关于做好建盏文化周宣传工作的通知", docno="建文体旅〔2027〕9号", date="2027年4月2日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

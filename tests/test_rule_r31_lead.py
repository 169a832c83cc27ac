"""Readings the lead fixed in round 31 (the open gaps of holdout33r, read in round 30), in surfaces of his own:

- GW106 "who sends it back": what goes back to the issuer (送回市局, 交回县局) is not sent by the issuer, even when the
  issuer opens an earlier clause (责任书由市局统一印制后寄送各单位，……签字后，于……前送回市局); its teams still
  report to it.  (holdout33r gw106-g63a.)
- GW106 "told, not asked": 要求 as a noun a determiner opens (该项备案要求执行三年来), a time inside a relative clause
  (各市每年报送的养护计划与……一致), a sentence telling a finding (会议认为，……每月要花两天填报), a verb dating what
  follows (问题清单反馈后30日内整改).  (holdout33r gw104-g16a, gw106-g10c, gw301-g41c.)
- GW104 "the agent after the modal": ……须在3个月内由你市组织公告 orders the agent 由 brings in; 应由……承担的费用
  and 不得由……承担 order nobody.  A bare 镇人民政府 after a relative clause (发生火情的镇人民政府要……) is a
  township government.  (holdout33r gw104-g03a, g64c.)
- GW202: a 常务副区长 is a deputy beside the 区长; a 股长 going along (随同参加) is a person.  (holdout33r g25b, g73c.)
- GW301: a quoted term ending in a ranked activity (开展“比拼擂台赛”) launches it when the results are ranked.
  (holdout33r gw301-g42b.)

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW106: papers going back to the issuer
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, warnings, errors", [
    ("承诺书由县局统一制发到各乡镇，经各乡镇人民政府主要负责同志签字后，于5月10日前交回县局安全股。", 1, 1),
    ("目标责任书由市局印制后发至各单位，一式两份，加盖公章后于3月31日前寄回市局法规科一份。", 1, 0),
    # the issuer's own teams still report to it
    ("县局组成3个核查组，各核查组核查结束后5日内形成核查报告，报县局安全股汇总。", 0, 0),
])
def test_gw106_papers_returned_to_the_issuer(sentence, warnings, errors, fmt, tmp_path):
    src = marked_doc("宁都县应急管理局", "各乡镇人民政府安全生产办公室，县直有关单位：",
                     ["为压实安全生产责任，县局决定签订2027年度安全生产目标责任书。", sentence],
                     title="关于签订2027年度安全生产目标责任书的通知", docno="宁应急发〔2027〕4号", date="2027年2月20日")
    found = _codes(src, fmt, tmp_path, "GW106")
    got = (sum(f.severity == "warning" for f in found), sum(f.severity == "error" for f in found))
    assert got == (warnings, errors), [f.message for f in found]


# ------------------------------------------------------------ GW106: told, not asked
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("这项报送要求执行两年来，各县每月报送的进度表与省平台中的数据基本一致，却增加了县乡两级的填报工作量。", False),
    ("座谈中大家认为，上述三张报表与省平台数据重复，乡镇工作人员每月要花三天时间整理填报。", False),
    ("调研发现，各县每季度要报送的台账有一半与系统数据重复。", False),
    ("整改清单反馈后15日内完成整改，整改情况纳入年度考核。", False),
    # a demand of its own is still one
    ("请各县（市、区）农业农村局于每月5日前报送进度表。", True),
    ("自查报告经审核后于6月10日前报送市局。", True),
])
def test_gw106_told_not_asked(sentence, fires, fmt, tmp_path):
    src = marked_doc("赣州市农业农村局", "各县（市、区）农业农村局：",
                     ["为减轻基层负担，现就规范高标准农田建设进度报送工作通知如下。", sentence],
                     title="关于规范高标准农田建设进度报送的通知", docno="赣市农字〔2027〕21号", date="2027年4月2日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: the agent after the modal
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("二、核定后的保护范围须在批复之日起60日内由你州组织向社会公布。", True),
    ("三、巡护站点建设用地要由各县人民政府负责落实。", True),
    ("二、核定后的保护范围须在60日内由你州组织开展全面的勘界立标。", True),  # a 的 further on is no relative clause
    ("二、应由县级人民政府承担的配套资金，按原渠道列支。", False),
    ("三、巡护经费不得由乡镇人民政府承担。", False),
    ("二、核定后的保护范围由省林业和草原局统一向社会公布。", False),
])
def test_gw104_agent_after_modal(sentence, fires, fmt, tmp_path):
    src = marked_doc("云南省林业和草原局", "楚雄彝族自治州人民政府：",
                     ["你州《关于调整紫溪山省级自然保护区范围的请示》收悉。经研究，现批复如下。",
                      "一、同意调整紫溪山省级自然保护区范围和功能区。", sentence],
                     title="关于同意调整紫溪山省级自然保护区范围的批复", docno="云林批〔2027〕8号", date="2027年3月18日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("发生险情的镇人民政府要在24小时内完成人员转移。", True),
    ("未完成任务的乡政府务必于6月底前补齐台账。", True),
    ("平安镇人民政府要在24小时内完成人员转移。", True),
    ("镇政府所在地的集镇积水点，由县住房和城乡建设局负责排查。", False),
])
def test_gw104_bare_township_government(sentence, fires, fmt, tmp_path):
    src = marked_doc("武隆区水利局", "各乡镇人民政府、街道办事处：",
                     ["入汛以来，我区降雨偏多，部分乡镇发生山洪险情。现就做好山洪灾害防御工作通知如下。", sentence],
                     title="关于做好山洪灾害防御工作的通知", docno="武水发〔2027〕16号", date="2027年6月3日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: deputies and section heads
def _meeting(rows: list[str], extra: str = "") -> str:
    lines = ["@doc_number 绵府办函〔2027〕41号", "@title 绵阳市人民政府办公室关于召开全市春季农业生产现场会的通知",
             "@recipients 各县（市、区）人民政府，市政府有关部门：",
             "经市政府同意，定于2027年4月22日在三台县召开全市春季农业生产现场会。参会人员如下。",
             "@table 参会单位|参会人员", *[f"@table {r}" for r in rows]]
    if extra:
        lines.append(extra)
    lines += ["@signature 绵阳市人民政府办公室", "@date 2027年4月12日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, extra, fires", [
    (["各县（市、区）人民政府|县（市、区）长、常务副县（市、区）长", "市农业农村局|分管负责同志1名"], "", True),
    (["各县（市、区）人民政府|常务副县（市、区）长", "市农业农村局|分管负责同志1名"], "", False),
    (["各县（市、区）人民政府|分管负责同志", "市农业农村局|局长"], "各县（市、区）农业农村局种植业股股长随同参加。", True),
    (["各县（市、区）人民政府|分管负责同志", "市农业农村局|局长"], "", False),
])
def test_gw202_deputies_and_section_heads(rows, extra, fires, fmt, tmp_path):
    found = _codes(_meeting(rows, extra), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: a quoted ranked activity
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("term, ranked, fires", [
    ("“项目建设擂台赛”", "每季度公布各县得分排名", True),
    ("“乡村振兴大比拼”", "每半年公布各县得分排名", True),
    ("“项目建设擂台赛”", "不打分、不排名，只交流经验", False),
])
def test_gw301_quoted_ranked_activity(term, ranked, fires, fmt, tmp_path):
    src = "\n".join([
        "@doc_number 信发改〔2027〕12号", f"@title 信阳市发展和改革委员会关于开展{term}活动的通知",
        "@recipients 各县（区）发展和改革委员会：",
        f"为营造比学赶超氛围，我委决定在全市开展{term}，比进度、比质量。有关安排如下。",
        "@table 项目|内容",
        "@table 参赛单位|光山、罗山、息县等8个县人民政府",
        f"@table 晾晒方式|{ranked}",
        "@signature 信阳市发展和改革委员会", "@date 2027年3月9日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW201: a programme's rows open with their date
def _programme(rows: list[str], header: str = "时间|内容|地点", content: str = "通报全省水土保持工作情况") -> str:
    return "\n".join([
        "@doc_number 甘水函〔2027〕31号", "@title 甘肃省水利厅关于召开全省水土保持工作座谈会的通知",
        "@recipients 各市（州）水务局：",
        f"为{content}，省水利厅决定召开全省水土保持工作座谈会。会议日程安排如下：",
        f"@table {header}", *[f"@table {r}" for r in rows],
        "参会人员为各市（州）水务局分管负责同志1名。",
        "@signature 甘肃省水利厅", "@date 2027年3月20日"]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, header, fires", [
    # the March row is the registration: the meeting is in April
    (["3月31日15时至19时|报到|兰州市宁卧庄宾馆大堂", "4月1日9时至11时30分|通报情况，交流发言|宁卧庄宾馆2号会议室"], "时间|内容|地点", False),
    (["3月30日|全天|参会人员签到|宁卧庄宾馆大堂", "4月1日|上午|座谈交流|宁卧庄宾馆2号会议室"], "日期|时间|内容|地点", False),
    # the meeting's own row is in March
    (["3月30日9时至11时30分|通报情况，交流发言|宁卧庄宾馆2号会议室", "3月30日14时|会议结束|—"], "时间|内容|地点", True),
    # an arrangement table: labels first (报到 | date, 会议 | date)
    (["报到|3月30日下午，宁卧庄宾馆大堂", "会议|3月31日全天，宁卧庄宾馆2号会议室", "返程|会议结束后自行返程"], "项目|安排", True),
])
def test_gw201_programme_rows_open_with_their_date(rows, header, fires, fmt, tmp_path):
    found = _codes(_programme(rows, header), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW201: routine work about a hazard is no emergency
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("content, fires", [
    ("讲解新修订的火灾统计口径和卫星热点核查流程", True),
    ("部署地震科普宣传和应急演练工作", True),
    ("研究处置3月18日发生的森林火灾善后工作", False),  # an event that has happened
])
def test_gw201_routine_hazard_work_is_no_emergency(content, fires, fmt, tmp_path):
    rows = ["3月25日9时至11时30分|通报情况，交流发言|宁卧庄宾馆2号会议室"]
    found = _codes(_programme(rows, content=content), fmt, tmp_path, "GW201")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: organs the 主送 names by themselves
def _conference(recipients: str, persons: str) -> str:
    return "\n".join([
        "@doc_number 闽教函〔2027〕58号", "@title 福建省教育厅关于召开全省职业教育工作会议的通知",
        f"@recipients {recipients}",
        "省教育厅定于2027年5月20日在福州召开全省职业教育工作会议。现将有关事项通知如下。",
        "@heading1 一、参会人员", persons,
        "@signature 福建省教育厅", "@date 2027年5月6日"]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, persons, fires", [
    ("各设区市教育局，平潭综合实验区社会事业局：",
     "（一）各设区市教育局、平潭综合实验区社会事业局局长和分管职业教育工作的副局长；", True),
    ("各设区市教育局，平潭综合实验区社会事业局：",
     "（一）各设区市教育局、平潭综合实验区社会事业局分管职业教育工作的副局长；", False),
    # two places sharing one department's name in the 主送 are addressed, at their own rank
    ("各盟市教育局，满洲里市、二连浩特市教育局：",
     "一是各盟市教育局分管负责同志1名；二是满洲里市、二连浩特市教育局分管负责同志1名。", False),
])
def test_gw202_organs_named_by_the_recipients(recipients, persons, fires, fmt, tmp_path):
    found = _codes(_conference(recipients, persons), fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: the issuer's own exhibits; a column told once
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, count", [
    ("街道将在社区服务中心统一制作创建成果展板，测评期间集中展示，供测评组查阅。", 0),
    ("本街道将统一制作工作成效展板，供考核组参观。", 0),
    ("各社区要制作创建成果展板，测评期间集中展示，供测评组查阅。", 1),
])
def test_gw302_the_issuers_own_exhibits(sentence, count, fmt, tmp_path):
    src = marked_doc("南宁市青秀区新竹街道办事处", "各社区居民委员会：",
                     ["全国文明城市年度测评组预计于9月下旬进入我市，现就迎检工作通知如下。", sentence],
                     title="关于做好全国文明城市年度测评迎检工作的通知", docno="新竹街办〔2027〕21号", date="2027年9月1日")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == count, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_sentence_and_proof_column_are_one_demand(fmt, tmp_path):
    src = "\n".join([
        "@doc_number 晋文旅发〔2027〕31号", "@title 晋中市文化和旅游局关于印发2027年公共文化服务重点任务清单的通知",
        "@recipients 各县（区、市）文化和旅游局：",
        "现将《2027年公共文化服务重点任务清单》印发给你们。年底考核时，市局对照清单逐项查看佐证资料，按完成情况计分。",
        "@table 序号|任务|完成时限|佐证资料",
        "@table 1|每个乡镇综合文化站全年开展群众文化活动不少于12场|2027年11月底|活动照片、签到表",
        "@table 2|村级文化活动室每周开放不少于30小时|全年|开放时间公示照片",
        "@signature 晋中市文化和旅游局", "@date 2027年3月10日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == 1, [f.message for f in found]


# ------------------------------------------------------------ GW303: the title's inspection of things
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, sentence, fires", [
    ("关于开展节前燃气安全检查的通知", "街道会同社区组成检查指导组，1月20日至25日逐户上门查看燃气管线和报警装置。", False),
    ("关于开展特种设备安全检查的通知", "局机关抽调人员组成3个检查指导组，逐家查看电梯维保记录。", False),
    # a work looked into, not things: the body's visit stays research under an inspection's name
    ("关于开展春季农业生产工作的通知", "局机关组成3个检查指导组赴各乡镇了解春耕进展，听取意见建议，不打分、不排名。", True),
])
def test_gw303_the_titles_inspection_of_things(title, sentence, fires, fmt, tmp_path):
    src = marked_doc("宜春市袁州区应急管理局", "各乡镇人民政府、街道办事处：", ["为做好有关工作，现将有关事项通知如下。", sentence],
                     title=title, docno="袁应急发〔2027〕3号", date="2027年1月10日")
    found = _codes(src, fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the visited choose what is shown
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("请各乡镇于4月10日前确定推荐项目，并将项目名称和联系人告县发展改革局。", True),
    ("请各乡镇于4月10日前选定推荐企业，报县发展改革局。", True),
    ("考察项目由县发展改革局根据项目库统一确定，不需乡镇推荐。", False),
])
def test_gw401_the_visited_choose_what_is_shown(sentence, fires, fmt, tmp_path):
    src = marked_doc("兴国县人民政府办公室", "各乡镇人民政府，县直有关单位：",
                     ["经县政府同意，定于2027年4月20日组织开展一季度重点项目观摩考察，由县领导带队，实地察看各乡镇重点项目。",
                      sentence],
                     title="关于组织开展一季度重点项目观摩考察的通知", docno="兴府办字〔2027〕18号", date="2027年4月1日")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ .txt programme tables: an unknown last column, parts named
def _training(rows: list[str], header: str, then: list[str] = ()) -> str:
    return "\n".join([
        "@doc_number 滇农函〔2027〕66号", "@title 云南省农业农村厅关于举办全省农村宅基地管理培训班的通知",
        "@recipients 各州（市）农业农村局：",
        "省农业农村厅定于2027年6月15日至17日在昆明举办全省农村宅基地管理培训班，日程安排见附件1。",
        "@attachment_note 附件：1．培训日程安排", "@attachment_note 2．报名回执",
        "@signature 云南省农业农村厅", "@date 2027年5月20日",
        "@page_break", "@attachment_label 附件1", "@attachment_title 培训日程安排",
        f"@table {header}", *[f"@table {r}" for r in rows], *then,
        "@page_break", "@attachment_label 附件2", "@attachment_title 报名回执",
        "@table 州（市）|姓名|职务|联系电话", "@table  | | | "]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, header, fires", [
    (["6月15日|上午|宅基地管理政策解读|省农业农村厅农村改革处", "6月15日|下午|“宅基地改革与乡村治理”专题研讨会|省农业农村厅农村改革处",
      "6月16日|上午|宅基地信息化管理平台操作|省农业农村厅信息中心"], "日期|时间|内容|主讲或组织", True),
    (["6月15日|上午|开班式：领导讲话|省农业农村厅农村改革处", "6月15日|下午|“宅基地改革与乡村治理”专题研讨会|省农业农村厅",
      "6月16日|上午|现场教学：参观宅基地改革试点村|晋宁区农业农村局"], "日期|时间|内容|主讲或组织", True),
    (["6月15日|上午|宅基地管理政策解读|省农业农村厅农村改革处", "6月16日|上午|宅基地信息化管理平台操作|省农业农村厅信息中心"],
     "日期|时间|内容|主讲或组织", False),
])
def test_gw203_txt_programme_tables(rows, header, fires, fmt, tmp_path):
    found = _codes(_training(rows, header), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: papers for an inspection team are GW302's
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, gw401, gw302", [
    ("市级考核组将于12月中旬抽取2个乡镇实地考核，各乡镇要为迎接考核准备书面汇报材料，12月10日前完成。", False, True),
    ("市级考核组将于12月中旬抽取2个乡镇实地考核，请所到乡镇主要负责同志全程陪同。", True, False),
    ("市调研组将于12月中旬赴各乡镇调研。各乡镇要准备书面汇报材料，12月10日前完成。", True, False),
])
def test_gw401_papers_for_an_inspection_team(sentence, gw401, gw302, fmt, tmp_path):
    src = marked_doc("信丰县农业农村局", "各乡镇人民政府：", ["为做好乡村振兴年度工作，现将有关事项通知如下。", sentence],
                     title="关于做好乡村振兴年度工作的通知", docno="信农发〔2027〕40号", date="2027年11月20日")
    assert bool(_codes(src, fmt, tmp_path, "GW401")) == gw401
    assert bool(_codes(src, fmt, tmp_path, "GW302")) == gw302


# ------------------------------------------------------------ demands.names_channel reads every occurrence
@pytest.mark.parametrize("doer, named", [
    ("区政府办公室", True),
    ("局办公室", False),
    ("局办公室、区政府办公室", True),  # the second office is the government's: the channel
    ("局办公室、局法规科", False),
])
def test_names_channel_reads_every_office(doer, named):
    from gwlint.analysis.demands import names_channel

    assert names_channel(doer, ["办公室", "办公厅"], ["局"]) == named


# ------------------------------------------------------------ a list of old demands lifted, in every format
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lift, count", [("取消", 0), ("停止执行", 0), ("保留", 1)])
def test_gw302_lifted_rows_of_a_numbered_list(lift, count, fmt, tmp_path):
    src = "\n".join([
        "@doc_number 滇府办函〔2027〕31号", "@title 云南省人民政府办公厅关于清理基层工作留痕要求的通知",
        "@recipients 各州、市人民政府，省直各部门：",
        "经省人民政府同意，对面向基层的各类留痕要求清理如下。",
        "@table 序号|原要求|提出单位|处理",
        f"@table 1|各村每月上传党员活动照片不少于5张作为考核依据|省直有关部门|{lift}",
        "@table 2|网格员每日在工作群发送巡查照片打卡|各地自行设置|取消",
        "@signature 云南省人民政府办公厅", "@date 2027年6月20日"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == count, [f.message for f in found]


# ------------------------------------------------------------ one reading of the government's coordination bodies
@pytest.mark.parametrize("name, body", [
    ("江西省安全生产委员会办公室", True),
    ("平湖市美丽村庄建设专项行动组", True),
    ("南昌市防汛抗旱指挥部", True),
    ("九江市乡村振兴工作领导小组办公室", True),
    ("中共江西省委全面深化改革委员会办公室", False),  # the party's
    ("江西省农业农村厅", False),  # a department
])
def test_government_coordination_body(name, body):
    """As the structure reads an issuer named so: 其他机关 (a department by name stays one)."""
    from gwlint.analysis.orgs import OrgInfo, government_coordination_body

    kind = "department" if name.endswith("厅") else "other"
    assert government_coordination_body(OrgInfo(name, kind, "city")) == body

"""Classes the lead fixed after the round-16 measurement of the class probes (holdout19r), in other phrasings:

- structure/GW704: a 主送 wrapped over two lines whose items end in 委、办、局 or name schools (各中小学、幼儿园)
  is one 主送 (quiet with its colon, GW704 at the last line's mark without it), not a missing 主送.
- GW804: a date range in Chinese numerals (五月二十日至六月二十日) is one finding with an edit per end; a bare
  month after a time preposition (在九月完成) is a date; 三月街 (a fair) is a name, after 今年 or 位于 alike.
- GW806: a contact person's name (联系人：……乌云其其格) holds no typo.
- GW501: a speech typed on below the 印发 sentence, under its own heading, is the speaker's text (GW103's
  business), not the notice's stock phrases.
- GW302: a sentence pointing to the proof list (评估内容和佐证材料见下表) is not a second demand beside the list.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: list[str], body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", *[f"@recipients {r}" for r in recipients],
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


_BODY = ["为做好汛期安全工作，现将有关事项通知如下。", "一、各单位于6月20日前完成隐患排查。",
         "二、县应急管理局会同县水利局开展抽查。"]


# ------------------------------------------------------------ 主送 over two lines
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second", [
    ("各乡镇人民政府，县政府各委、办、局，", "各直属单位："),
    ("各小学、幼儿园，", "县直属各中学、县职业中专："),
    ("市直各委、办、局，", "各县（市、区）教育局："),
    ("各设区市人民政府，省教育厅、省应急厅、", "省财政厅、省消防救援总队："),
])
def test_gw704_wrapped_recipients_with_short_organ_words_are_one(fmt, first, second, tmp_path):
    found = _codes(_doc("乐平市教育体育局", [first, second], _BODY, "关于做好汛期校园安全工作的通知"), fmt, tmp_path,
                   "GW704")
    assert found == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw704_wrapped_recipients_without_colon_reported_at_last_line(fmt, tmp_path):
    found = _codes(_doc("乐平市教育体育局", ["各小学、幼儿园，", "市青少年活动中心、市教研室、"], _BODY,
                        "关于做好汛期校园安全工作的通知"), fmt, tmp_path, "GW704")
    assert len(found) == 1 and "冒号" in found[0].message and "应有主送机关" not in found[0].message
    # at the second line's last mark, not the first line's 逗号
    assert found[0].excerpt == "、" and found[0].column == len("市青少年活动中心、市教研室") + 1


# ------------------------------------------------------------ Chinese-numeral Gregorian dates
def _dates(line: str) -> str:
    return _doc("黄梅县文化和旅游局", ["各乡镇综合文化站："], ["为丰富群众文化生活，现将有关事项通知如下。", line],
                "关于开展群众文化活动的通知")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw804_chinese_date_range_is_one_finding_with_two_edits(fmt, tmp_path):
    found = _codes(_dates("一、活动时间。七月十日至八月三十一日，各站组织不少于4场演出。"), fmt, tmp_path, "GW804")
    assert len(found) == 1
    assert found[0].data["right"] == "7月10日至8月31日"
    assert len(found[0].fix.edits) == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, right", [
    ("一、场馆改造工程在十月完成竣工验收。", "10月"),
    ("一、各站从六月开始每周开放不少于5天。", "6月"),
    ("一、每年十一月组织一次设施安全检查。", "11月"),
])
def test_gw804_bare_month_after_time_word(fmt, line, right, tmp_path):
    found = _codes(_dates(line), fmt, tmp_path, "GW804")
    assert [f.data["right"] for f in found] == [right]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、今年三月街民族节于4月1日开幕，各站组织群众参加。",
    "一、演出场地位于三月街北侧广场，由各站轮流使用。",
    "一、农历三月三前后组织山歌会，由各站自行安排。",
])
def test_gw804_names_holding_a_month_stay_quiet(fmt, line, tmp_path):
    assert _codes(_dates(line), fmt, tmp_path, "GW804") == []


# ------------------------------------------------------------ names in contact lines
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("contact, fires", [
    ("联系人：盟农牧局畜牧科其其格，电话：0482-8226135。", False),
    ("联系人：县民政局社会事务股李娜娜，联系电话：0716-4221305。", False),
    ("联系人：县民政局社会事务股李娜，电话：0716-4221305。请各单位的的确认名单。", True),
])
def test_gw806_contact_person_names(fmt, contact, fires, tmp_path):
    body = ["为做好春季防火工作，现将有关事项通知如下。", "一、各单位于4月10日前完成巡护人员培训。", contact]
    found = _codes(_doc("兴安盟农牧局", ["各旗县市农牧局："], body, "关于做好春季草原防火工作的通知"), fmt, tmp_path,
                   "GW806")
    assert bool(found) is fires


# ------------------------------------------------------------ a speech typed on below the 印发 sentence
_STOCK = ("全市上下要牢固树立抓基层强基础的鲜明导向，以高度的政治责任感，切实增强做好基层工作的责任感和紧迫感，"
          "深入贯彻落实上级部署，进一步加强组织领导，不断提高工作水平，确保取得实实在在的成效。")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("speech", [True, False])
def test_gw501_speech_typed_below_its_heading_is_not_counted(fmt, speech, tmp_path):
    if speech:
        body = ["现将市委常委、统战部部长王立新同志在全市统战工作会议上的讲话印发给你们，请结合实际认真学习。",
                "@heading1 在全市统战工作会议上的讲话", "同志们：", _STOCK,
                "第一，抓好民营经济人士教育培训，全年举办培训班4期。"]
        title = "关于印发王立新同志在全市统战工作会议上的讲话的通知"
    else:
        body = ["为做好今年统战工作，现将有关事项通知如下。", "一、全年举办民营经济人士培训班4期。", _STOCK]
        title = "关于做好2026年统战工作的通知"
    found = _codes(_doc("中共遵义市委统战部", ["各县（市、区）委统战部："], body, title), fmt, tmp_path, "GW501")
    assert bool(found) is not speech


# ------------------------------------------------------------ a pointer to the proof list
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("pointer", ["二、评估指标和佐证材料见下表。", "二、各项指标的佐证材料详见附表。"])
def test_gw302_pointer_to_proof_list_is_not_a_second_demand(fmt, pointer, tmp_path):
    body = ["为检验家庭医生签约服务成效，我委决定开展年度评估。", pointer,
            "@table 评估指标|分值|佐证材料", "@table 签约服务|40|签约协议、入户随访登记表、服务照片",
            "@table 群众满意度|60|第三方电话回访结果"]
    found = _codes(_doc("安顺市卫生健康委员会", ["各县（区）卫生健康局："], body, "关于开展家庭医生签约服务评估的通知"),
                   fmt, tmp_path, "GW302")
    assert len(found) == 1 and "照片" in found[0].message


# ------------------------------------------------------------ GW105: who has work
def _gw105(issuer: str, recipients: list[str], body: list[str], title: str, cc: str | None = None) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", *[f"@recipients {r}" for r in recipients],
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    if cc:
        lines += ["@cc " + cc]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing, fires", [
    ("希望获奖单位珍惜荣誉，全省水利系统职工以他们为榜样，爱岗敬业。", True),
    ("各市人民政府要组织基层水利站学习获奖单位的做法，10月底前完成岗位练兵。", False),
])
def test_gw105_results_notice_whose_participants_did_the_work(fmt, closing, fires, tmp_path):
    body = ["为提升基层水利工程运行管理水平，省水利厅于8月在九江市举办了全省水利工程运行管理技能竞赛。",
            "来自11个设区市的33支代表队、99名选手参加了闸门运行、堤防巡查和泵站操作3个项目的比赛。",
            "经过激烈角逐，竞赛评出团体一等奖2个、二等奖3个，个人一等奖3名。", closing]
    found = _codes(_gw105("江西省水利厅", ["各设区市人民政府，各设区市水利局："], body,
                          "关于全省水利工程运行管理技能竞赛结果的通报"), fmt, tmp_path, "GW105")
    assert bool(found) is fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("use, fires", [
    ("评估报告只反馈各县（区），用于查找短板，不排名、不通报，也不纳入年度考核。", True),
    ("评估结果在全市通报并排名，纳入对各县（区）人民政府的年度考核。", False),
])
def test_gw105_evaluation_by_a_third_party_that_burdens_nobody(fmt, use, fires, tmp_path):
    body = ["为了解全市智慧社区建设进展，本局委托第三方机构对各县（区）智慧社区建设情况开展评估。",
            "一、评估内容。社区服务事项网上可办率、社区数据共享应用和居民使用评价。",
            "二、评估方式。评估机构通过市智慧社区平台采集数据，辅以居民电话回访，不需要各县（区）报送材料。",
            f"三、结果使用。{use}"]
    found = _codes(_gw105("铜仁市民政局", ["各县（区）人民政府："], body, "关于开展智慧社区建设第三方评估的通知"),
                   fmt, tmp_path, "GW105")
    assert bool(found) is fires


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_governments_copied_only_while_departments_are_asked(fmt, tmp_path):
    body = ["我厅起草了《全省地质灾害防治“十五五”规划（征求意见稿）》，现送你们征求意见。",
            "请结合职责研究提出修改意见，于7月10日前反馈我厅规划处。"]
    found = _codes(_gw105("甘肃省自然资源厅", ["省直有关部门："], body, "关于征求地质灾害防治规划意见的函",
                          cc="抄送：各市（州）人民政府。"), fmt, tmp_path, "GW105")
    assert len(found) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("county, fires", [
    ("二、各县人民政府对小型灌区落实管护主体，县级财政安排维修养护经费。", False),
    ("二、省水利厅对小型灌区开展运行管理抽查。", True),
])
def test_gw105_county_subject_with_a_prepositional_object_has_work(fmt, county, fires, tmp_path):
    body = ["为做好小型灌区运行管护，现就有关事项通知如下。", "一、各市人民政府要在9月底前完成小型灌区普查。", county,
            "三、省财政厅统筹资金，对脱贫地区给予倾斜。"]
    found = _codes(_gw105("青海省人民政府办公厅", ["各市、县人民政府，", "省政府各委、办、厅、局："], body,
                          "关于做好小型灌区运行管护工作的通知"), fmt, tmp_path, "GW105")
    assert bool(found) is fires


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_sections_of_street_offices_are_no_government(fmt, tmp_path):
    body = ["为掌握重点商贸企业经营情况，本局将于7月走访辖区15家商贸企业开展调研。", "调研组自行联系企业，不需各街道派人陪同。"]
    found = _codes(_gw105("成都市锦江区商务局", ["各街道办事处经济发展办公室："], body, "关于开展重点商贸企业调研的通知"),
                   fmt, tmp_path, "GW105")
    assert found == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("四、属地协作。各县（区）农业农村局配合做好辖区样品采集，市农业执法支队负责案件查办。", True),
    ("四、属地责任。各县（区）人民政府要在8月底前完成辖区样品采集。", False),
    ("四、属地政府要组织乡镇配合做好样品采集。", False),
])
def test_gw105_run_in_topic_label_names_nobody(fmt, item, fires, tmp_path):
    body = ["为提升农产品质量安全水平，市农业农村局决定在6月至11月开展农产品质量安全抽检。",
            "一、抽检计划。市农业农村局制定年度抽检计划，覆盖全部规模以上生产主体。",
            "二、检测任务。市农产品质量检测中心按季度开展检测，结果在局网站公开。",
            "三、技术帮扶。市农业农村局组织专家对不合格主体上门指导。", item]
    found = _codes(_gw105("柳州市农业农村局", ["各县（区）人民政府，市直有关单位："], body,
                          "关于开展农产品质量安全抽检的通知"), fmt, tmp_path, "GW105")
    assert bool(found) is fires


# ------------------------------------------------------------ GW302: photos on every patrol round
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("网格员每月对辖区内的涉危企业和餐饮门店至少巡查两次，每次巡查须拍摄现场影像资料并留存备查。", True),
    ("以往一些乡镇要求护林员每次巡山都上传照片，基层负担较重，今后不再作此要求。", False),
    ("企业安全员每次巡检须拍摄设备照片，留存于企业安全台账。", False),
])
def test_gw302_patrol_photos_whoever_is_patrolled(fmt, line, fires, tmp_path):
    body = ["为加强基层网格化管理，现将有关事项通知如下。", "一、各乡镇要配齐网格员，每个网格不少于1人。", "二、" + line]
    found = _codes(_doc("淮安市清江浦区应急管理局", ["各街道办事处："], body, "关于加强网格员巡查工作的通知"), fmt,
                   tmp_path, "GW302")
    assert bool(found) is fires


# ------------------------------------------------------------ GW202: a zone committee calls its own streets
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("各街道办事处分管负责同志，各部门主要负责同志", False),  # the zone governs its streets directly
    ("各街道办事处主要负责同志和分管负责同志", True),  # head and deputy of the same unit, at any depth
])
def test_gw202_zone_committee_calls_its_streets(fmt, who, fires, tmp_path):
    body = ["为总结上半年科技创新工作，定于7月10日召开科技创新工作推进会。",
            f"一、参会人员：{who}。", "二、会议地点：光谷科技会展中心。"]
    found = _codes(_doc("武汉东湖新技术开发区管理委员会", ["各街道办事处，各部门："], body, "关于召开科技创新工作推进会的通知"),
                   fmt, tmp_path, "GW202")
    assert bool(found) is fires

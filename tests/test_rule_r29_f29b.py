"""Readings fixed by f29b in round 29 (GW106 report demands, GW107, GW102), in surfaces of their own (not the
wordings of the drafts they came from: holdout30–32r, the probes of /tmp/p29 classes C03–C05, C14):

- GW106 "is this table a demand" (C03): a table whose rows name no verb is a table of submissions when its time column
  is named for them (报送时间, 截稿时间), a column names who submits (报送单位), or the sentence leading to it asks for
  what it lists (约稿安排列表如下; 需交回……的材料见下表); a column title the lists do not know between the lead and a
  known cell (约稿栏目 | 篇幅 | 截稿时间) is the header's.  Not when the lead says the issuer itself reports (本局向市政府
  报送的事项) or compiles (旗应急管理局……按下表编报), nor when it says nothing is asked (不另向各地约稿).
- GW106 "whose demand is this" (C05, abstentions): the 原要求 column of a table of changes (原要求 | 调整后) and a row
  its change cell stops (取消报送) ask nothing; a change cell that still sets a time (改为每季度……报送一次) is the current
  demand.  The text a 转发 notice passes on asks in its own issuer's name.  A basis clause (按照……办法) between a past
  year and the subject keeps the past frame.  A case of another body's demand (其他部门要求基层填报……的，) is no demand.
  A push to a platform with no material, no 要/请, no time and no subject read is not taken for the recipients' by default.
  A material right after 按/对照 (按清单推进) is what the work goes by.
- GW106 "is this a material / a demand" (C04): a form's name cut into single characters (自|评|表); a 签到表 handed up
  monthly; a paragraph giving only the time and destination (11月10日前报……) after one whose last sentence makes the
  material (……形成书面小结。); 每旬第一个工作日 as a standing time; 登录平台，完成……数据的补录; 承诺书由……负责同志签署
  (the object as topic); a person who is no leader before 签字确认 (被核查人签字确认单) is no leader asked to sign;
  对填报数据的真实性 names no submission.
- GW107: a government's 总值班室 presenting to its leaders is their channel.  GW102: 州政府新闻办公室 is a department.
Drafts rendered by gwlint.docgen to .txt/.docx/.pdf (the tables' readings to .txt and .docx)."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

_ISSUER = "九江市生态环境局"
_RECIPS = "各县（市、区）生态环境局："
_TABLE_FORMATS = ["txt", "docx"]


def _doc(body, *, issuer=_ISSUER, recips=_RECIPS, title="关于做好有关工作的通知", date="2027年3月10日", tail=()):
    return marked_doc(issuer, recips, body, title=title, docno="九环字〔2027〕12号", date=date, tail=list(tail))


def _fires(src, fmt, tmp_path, code="GW106"):
    return _codes(src, fmt, tmp_path, code)


# ------------------------------------------------------------ C03: tables of submissions without verbs
@pytest.mark.parametrize("fmt", _TABLE_FORMATS)
@pytest.mark.parametrize("lead, header, rows, fires", [
    ("现将2027年环境信息约稿安排列表如下。", "约稿主题|报送时间|篇幅",
     ["大气污染防治新举措|每月15日前|1000字以内", "河湖长制落实情况|每季度末月10日前|1500字以内"], True),
    ("三、环境信息约稿安排见下表。", "约稿栏目|篇幅|截稿时间",
     ["治污攻坚一线|800字以内|每月18日前", "生态创建动态|1000字以内|双月10日前"], True),
    ("各阶段需交回市生态环境局的材料见下表。", "事项|报送单位|时间节点|接收科室",
     ["季度执法检查小结|各县（市、区）生态环境局|每季度结束后7日内|执法监督科",
      "年度环评审批统计|各县（市、区）生态环境局|2027年12月20日前|环评科"], True),
    # the issuer's own reports and its own publishing plan
    ("市局对本局向市委、市政府报送的事项进行了梳理，数据全部从市局业务系统提取。", "报送事项|报送时间|报送对象",
     ["全市空气质量分析|每月10日前|市政府办公室", "年度环境状况公报|次年5月前|市政府办公室"], False),
    ("简报全部利用局机关已有数据编写，不另向各地约稿。", "专刊|主题|出刊时间",
     ["春季专刊|春季大气污染防治|4月上旬", "秋冬专刊|秋冬季攻坚|11月下旬"], False),
])
def test_gw106_tables_of_submissions_without_verbs(lead, header, rows, fires, fmt, tmp_path):
    body = ["为及时掌握各地生态环境工作进展，现将有关事项通知如下。", lead, f"@table {header}",
            *[f"@table {r}" for r in rows], "联系人：市生态环境局办公室 张敏，电话：0792-8581234。"]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ C05: tables of changes
@pytest.mark.parametrize("fmt", _TABLE_FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("机动车检测监管|每月报送检测机构检查记录表|取消报送，数据从监管平台提取", False),
    ("机动车检测监管|每月报送检测机构检查记录表|改为每半年末月10日前报送一次", True),
])
def test_gw106_tables_of_changes(second, fires, fmt, tmp_path):
    body = ["为减轻基层负担，市生态环境局对面向县（市、区）的报送事项进行了清理，调整如下。",
            "@table 事项|原要求|调整后",
            "@table 扬尘污染治理|每周报送工地巡查照片和巡查台账|取消，改由市局随机抽查",
            f"@table {second}",
            "表外事项，市生态环境局不再新增报送要求。"]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ C05: not this document's demand
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("own, fires", [
    ("请结合实际认真贯彻落实。", False),
    ("请各县（市、区）生态环境局于11月20日前将排查结果报送市生态环境局。", True),
])
def test_gw106_forwarded_text_is_the_forwarded_issuer_s(own, fires, fmt, tmp_path):
    carried = "生态环境部办公厅关于开展地下水污染源排查的通知"
    src = marked_doc(_ISSUER, _RECIPS, [f"现将《{carried}》转发给你们，{own}", f"附件：{carried}"],
                     title=f"关于转发《{carried}》的通知", docno="九环字〔2027〕40号", date="2027年9月1日",
                     tail=["@page_break", "@attachment_label 附件", f"@attachment_title {carried}",
                           "各省、自治区、直辖市生态环境厅（局）：",
                           "各省级生态环境部门于12月15日前将本地区排查结果报部；县级排查结果于11月30日前报送上一级生态环境部门。",
                           "生态环境部办公厅"])
    found = _fires(src, fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("year, fires", [("2026年度", False), ("2027年", True)])
def test_gw106_basis_clause_inside_a_past_frame(year, fires, fmt, tmp_path):
    body = [f"{year}，按照市政府办公室印发的《九江市生态环境保护考核办法》，各县（市、区）须每季度向市生态环境局报送"
            "污染防治攻坚工作情况。", "考核结果已经市生态环境保护委员会审定。"]
    found = _fires(_doc(body, date="2027年2月8日"), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("四、其他部门、单位要求基层重复报送排污许可数据的，各地可以告知其从全国排污许可证管理信息平台提取。", False),
    ("四、确需补充排污许可数据的，各县（市、区）生态环境局要于每月5日前报送市生态环境局。", True),
])
def test_gw106_case_of_another_body_s_demand(sentence, fires, fmt, tmp_path):
    body = ["全市排污许可数据已全部纳入管理平台。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("检查采取暗访方式，发现问题当场拍照取证并推送至智慧环保平台。", False),
    ("各县（市、区）生态环境局要于每月5日前将巡查记录推送至智慧环保平台。", True),
])
def test_gw106_bare_push_with_no_subject_read(sentence, fires, fmt, tmp_path):
    body = ["市生态环境局决定自2027年5月起开展入河排污口巡查。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各责任部门按清单分工推进，遇到的困难及时提交局务会研究。", False),
    ("各县（市、区）生态环境局要于6月30日前将整改清单报送市生态环境局。", True),
])
def test_gw106_material_after_a_preposition(sentence, fires, fmt, tmp_path):
    body = ["现将《2027年重点减排项目责任清单》印发给你们。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ C04: materials and demands in odd positions
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("三、各县（市、区）生态环境局于12月10日前将自评表报市生态环境局综合科。", True),
    ("三、各县（市、区）生态环境局于每月5日前将上月执法检查签到表报市生态环境局执法支队。", True),
    ("三、各县（市、区）生态环境局按表中节点推进整治，遇到问题及时报告市生态环境局。", False),
])
def test_gw106_forms_named_by_characters(sentence, fires, fmt, tmp_path):
    body = ["市生态环境局决定开展2027年度生态环境保护工作考核。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("加盖公章后6月20日前送市生态环境局土壤科，同时发送电子版。", True),
    ("6月20日前报市生态环境局土壤科，同时发送电子版。", True),
    ("参加培训人员名单请于6月20日前反馈至市生态环境局土壤科。", False),
])
def test_gw106_demand_split_over_two_paragraphs(second, fires, fmt, tmp_path):
    body = ["一、排查范围。辖区内在产和关闭搬迁的重点监管企业地块。",
            "二、排查结果。本次排查的地块数量、风险等级和管控措施，由各县（市、区）生态环境局汇总辖区情况后形成书面报告。",
            second, "三、技术支持。市环境监测站负责技术指导。"]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("注：汛期各县（市、区）生态环境局每旬第一个工作日提交上一旬水环境质量工作动态一篇。", True),
    ("注：汛期各县（市、区）生态环境局的水环境质量工作动态由市局从监测平台提取。", False),
])
def test_gw106_first_working_day_of_a_period(sentence, fires, fmt, tmp_path):
    body = ["为做好2027年汛期水环境质量保障工作，现将有关事项通知如下。", "一、加强汛期水质监测。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("请于7月31日前登录“九江市污染源管理系统”，完成上半年监测数据的补录和核对。", True),
    ("请登录“九江市污染源管理系统”查看上半年监测数据。", False),
])
def test_gw106_entry_after_logging_in(sentence, fires, fmt, tmp_path):
    body = ["为掌握全市污染源监测情况，现将有关事项通知如下。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, severity", [
    ("承诺书由各县（市、区）生态环境局主要负责同志签署，加盖公章后扫描上传。", "error"),
    ("合作协议由双方法定代表人签署后生效。", None),
    ("各县（市、区）生态环境局须对填报数据的真实性作出书面承诺。", None),
    ("核查记录须附每户核查的现场照片和被核查人签字确认单。", None),
    ("核查记录须经本单位负责同志签字确认后报送市生态环境局。", "error"),
])
def test_gw106_who_signs(sentence, severity, fmt, tmp_path):
    body = ["为落实生态环境保护责任制，现将有关事项通知如下。", sentence]
    found = _fires(_doc(body), fmt, tmp_path)
    if severity is None:
        assert not found, [f.message for f in found]
    else:
        assert any(f.severity == severity for f in found), [f.message for f in found]


# ------------------------------------------------------------ GW107 and GW102
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("subject, fires", [
    ("省政府总值班室对各地报来的信息审核后，按程序呈报省政府领导同志。", False),
    ("各市人民政府可将重要情况直接报送省政府领导同志。", True),
])
def test_gw107_duty_office_presents_to_its_leaders(subject, fires, fmt, tmp_path):
    src = marked_doc("青海省人民政府办公厅", "各市、自治州人民政府，省政府各委、办、厅、局：",
                     ["为确保汛期信息畅通，现就有关事项通知如下。", "一、各地严格执行24小时值班制度。", f"注：{subject}"],
                     title="关于做好主汛期值班工作的通知", docno="青政办〔2027〕20号", date="2027年6月1日")
    found = _fires(src, fmt, tmp_path, "GW107")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing, fires", [
    ("州文化广播电视和旅游局、州政府新闻办公室按职责分工负责。", False),
    ("各县（市）和州直相关部门按职责负责。", True),
])
def test_gw102_government_news_office_is_a_department(closing, fires, fmt, tmp_path):
    from .drafts import plan_doc

    plan = "延边州促进乡村旅游发展若干措施"
    body = ["一、打造精品线路。推出3条乡村旅游精品线路。（州文化广播电视和旅游局负责）",
            f"二、开展宣传推广。组织参加旅游展会，在主要客源城市开展专场推介活动。{closing}",
            "三、加强要素保障。优先保障乡村旅游重点项目建设用地。（州自然资源局负责）"]
    src = plan_doc("延边朝鲜族自治州人民政府办公室", "各县（市）人民政府，州政府各部门：", plan, body,
                   docno="延州政办发〔2027〕9号", date="2027年4月2日")
    found = _fires(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]

"""Classes of misses and false alarms of holdout13r (issue 15, round 14, helper h14e), fixed as classes;
the texts are written apart from the holdout drafts.

GW201: a province-wide 培训会 is a meeting (第5条 "以任何名义"); 下周四 is reckoned from the document date.
GW203 (and every meeting rule): 取消举办/暂缓举办/停止举办 holds nothing.  GW303: an activity named an
inspection only in the title, or as the manner of a visit (采取检查的形式走访), whose text is all research.
GW401: the visited side written as 所到/所在/途经/被考察 + unit; 由厅××处人员陪同 is the team itself.
GW709 / structure: a contact line under the date without brackets is a 附注, not an attachment.
"""
from __future__ import annotations

import pytest

from gwlint.api import lint_bytes, lint_path

from .drafts import render_draft


def found(text: str, code: str):
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", limits=None).findings if f.code == code]


def found_in(marked: str, fmt: str, tmp_path, code: str):
    """The findings of ``code`` on a marked draft rendered as ``fmt``."""
    return [f for f in lint_path(render_draft(marked, fmt, tmp_path)).findings if f.code == code]


def notice(issuer: str, title: str, number: str, recipients: str, *body: str, date: str = "2027年3月3日",
           tail: tuple[str, ...] = ()) -> str:
    return "\n".join([f"{issuer}{title}", number, recipients, *body, issuer, date, *tail]) + "\n"


# ------------------------------------------------------------ GW201
def _training(when: str, *, date: str = "2027年3月3日", issuer: str = "江西省民政厅") -> str:
    return notice(issuer, "关于举办全省社会救助业务培训会的通知", "赣民字〔2027〕12号", "各设区市民政局：",
                  f"省民政厅拟于{when}在南昌举办全省社会救助业务培训会，会期1天。",
                  "请各设区市民政局选派业务骨干1名参加。", date=date)


@pytest.mark.parametrize("when", ["3月第二周", "三月下旬", "3月最后一周"])
def test_gw201_province_training_meeting_in_march(when):
    fs = found(_training(when), "GW201")
    assert len(fs) == 1 and "全省社会救助业务培训会" in fs[0].message


def test_gw201_training_meeting_in_april_or_by_a_city_is_quiet():
    assert found(_training("4月上旬"), "GW201") == []
    assert found(_training("3月18日", issuer="南昌市民政局").replace("全省", "全市"), "GW201") == []


def _next_week(day: str, date: str) -> str:
    return notice("江西省林业局", "关于召开全省森林防火工作调度会的通知", "赣林字〔2027〕8号", "各设区市林业局：",
                  f"经研究，定于{day}上午召开全省森林防火工作调度会。", "请各设区市林业局分管负责同志参会。", date=date)


def test_gw201_next_week_is_reckoned_from_the_date():
    # 2027-03-10 is a Wednesday: next Thursday is 3月18日; from 3月24日 it is 4月1日
    fs = found(_next_week("下周四", "2027年3月10日"), "GW201")
    assert len(fs) == 1 and fs[0].data["months"] == [3] and "下周四" in fs[0].message
    assert found(_next_week("下周四", "2027年3月24日"), "GW201") == []


def test_gw201_bare_next_week_only_when_the_whole_week_is_in_march():
    assert len(found(_next_week("下周", "2027年3月10日"), "GW201")) == 1   # 3月15日—21日
    assert found(_next_week("下周", "2027年3月25日"), "GW201") == []       # 3月29日—4月4日


@pytest.mark.parametrize("day,date,fires", [
    ("20日", "2027年3月5日", True), ("3日", "2027年2月25日", True),    # a day before the date's own: next month
    ("8日", "2027年3月26日", False), ("两周后", "2027年3月2日", True), ("10天后", "2027年3月25日", False),
    ("月底", "2027年3月5日", True), ("下旬", "2027年2月10日", False),
])
def test_gw201_days_without_a_month_are_reckoned_from_the_date(day, date, fires):
    assert len(found(_next_week(day, date), "GW201")) == (1 if fires else 0)


# ------------------------------------------------------------ GW203
@pytest.mark.parametrize("title,body", [
    ("关于取消举办全省乡村旅游发展论坛的通知", "经研究，原定于6月举办的全省乡村旅游发展论坛不再举办。"),
    ("关于暂缓举办全省数字经济峰会的通知", "经研究，决定暂缓举办全省数字经济峰会，恢复举办时间另行通知。"),
    ("关于终止举办全省数字经济峰会的通知", "已报名的单位无需参加，特此通知。"),
    ("关于调整会议活动安排的通知", "经研究，决定停止举办全省文旅融合研讨会，有关经验改为书面交流。"),
])
def test_gw203_a_cancelled_event_is_not_held(title, body):
    text = notice("江西省文化和旅游厅", title, "赣文旅字〔2027〕5号", "各设区市文化广电新闻出版旅游局：", body,
                  date="2027年5月6日")
    assert found(text, "GW203") == []


def test_gw203_a_postponed_event_is_still_held():
    text = notice("江西省文化和旅游厅", "关于延期举办全省乡村旅游发展论坛的通知", "赣文旅字〔2027〕6号",
                  "各设区市文化广电新闻出版旅游局：", "原定于6月举办的全省乡村旅游发展论坛延期至9月举办。",
                  date="2027年5月6日")
    assert len(found(text, "GW203")) == 1


# ------------------------------------------------------------ GW303
def test_gw303_inspection_named_only_in_the_title():
    text = notice("抚州市民政局", "关于开展全市养老服务政策落实情况督查的通知", "抚民字〔2027〕3号", "各县（区）民政局：",
                  "为掌握养老服务政策落实情况，市民政局将于6月到各县（区）走访部分社区，了解补贴发放情况，"
                  "听取老年人的意见建议。", date="2027年6月1日")
    fs = found(text, "GW303")
    assert len(fs) == 1 and fs[0].line == 1 and fs[0].data["label"] == "督查"


def test_gw303_title_inspection_with_rectification_is_an_inspection():
    text = notice("抚州市民政局", "关于开展全市养老服务政策落实情况督查的通知", "抚民字〔2027〕3号", "各县（区）民政局：",
                  "为掌握养老服务政策落实情况，市民政局将于6月到各县（区）走访部分社区，了解补贴发放情况。",
                  "督查发现的问题要限期整改。", date="2027年6月1日")
    assert found(text, "GW303") == []


@pytest.mark.parametrize("title,body,line", [
    ("关于茶产业发展情况检查的通知", "州农业农村局将于5月走访部分茶企，了解茶园管护、加工销售情况，听取经营主体的意见建议。", 1),
    ("关于做好茶产业发展有关工作的通知", "此次检查主要采取走访、座谈的方式，了解茶园管护情况，听取经营主体的意见建议。", 4),
])
def test_gw303_inspection_as_the_titles_matter_or_this_activity(title, body, line):
    fs = found(notice("黔东南州农业农村局", title, "黔东南农函〔2027〕4号", "各县（市）农业农村局：", body, date="2027年4月22日"),
               "GW303")
    assert [f.line for f in fs] == [line]


@pytest.mark.parametrize("manner", ["采取检查的形式", "以督导的方式", "通过考核的形式"])
def test_gw303_inspection_as_the_manner_of_a_visit(manner):
    text = notice("江西省教育厅", "关于了解课后服务开展情况的通知", "赣教函〔2027〕7号", "各设区市教育局：",
                  f"为准确了解课后服务实施中的困难，省教育厅拟于10月{manner}到部分中小学座谈，听取教师的意见建议。",
                  date="2027年9月1日")
    fs = found(text, "GW303")
    assert len(fs) == 1 and fs[0].line == 4


def test_gw303_manner_of_a_graded_inspection_is_quiet():
    text = notice("江西省教育厅", "关于开展课后服务检查的通知", "赣教函〔2027〕7号", "各设区市教育局：",
                  "省教育厅拟于10月采取检查的形式到部分中小学座谈，了解课后服务开展情况，听取教师的意见建议。",
                  "检查按细则打分，结果排名后通报。", date="2027年9月1日")
    assert found(text, "GW303") == []


# ------------------------------------------------------------ GW401
def _visit(escort: str, issuer: str = "吉安市人民政府办公室", recipients: str = "各县（市、区）人民政府：") -> str:
    return notice(issuer, "关于市领导开展乡村振兴专题调研的通知", "吉府办字〔2027〕6号", recipients,
                  f"市领导将于9月分赴各县（市、区）开展乡村振兴专题调研。调研期间，{escort}", date="2027年8月20日")


@pytest.mark.parametrize("escort", ["所到县（市、区）人民政府分管负责同志陪同。", "所在县（市、区）人民政府主要负责同志全程陪同。",
                                    "途经乡镇党委书记陪同。", "被调研县（市、区）的农业农村局分管负责同志随同。",
                                    "调研所到县（市、区）政府分管负责同志陪同。", "各调研点所在乡镇党委书记陪同。"])
def test_gw401_visited_side_written_as_where_the_team_goes(escort):
    assert len(found(_visit(escort), "GW401")) == 1


@pytest.mark.parametrize("escort", ["所到县（市、区）不安排陪同、不听汇报。", "所到县（市、区）由市政府办公室人员陪同。",
                                    "调研点所在乡镇不安排陪同。"])
def test_gw401_no_escort_or_the_teams_own_people(escort):
    assert found(_visit(escort), "GW401") == []


def test_gw401_escort_of_someone_else_under_a_visit_title():
    text = notice("万年县民政局", "关于开展特困人员供养服务调研的通知", "万民字〔2027〕4号", "各乡镇民政所：",
                  "县民政局将于5月赴各乡镇开展特困人员供养服务调研。",
                  "各乡镇民政所要落实照料服务，失能老人外出就医时由所在村（社区）工作人员陪同就医。", date="2027年4月20日")
    assert found(text, "GW401") == []


# ------------------------------------------------------------ GW709 / structure
def _request(*tail: str) -> str:
    return notice("兴国县人民政府", "关于将潋江镇列为市级特色小镇培育对象的请示", "兴府文〔2027〕31号", "赣州市人民政府：",
                  "潋江镇已编制特色小镇建设规划，恳请市政府批准将潋江镇列为市级特色小镇培育对象。", "妥否，请批示。",
                  date="2027年6月3日", tail=tail)


@pytest.mark.parametrize("tail", [
    ("联系人：县发展改革委　刘洋　　联系电话：0797-5321234",),
    ("联系人：县发展改革委　刘洋", "联系电话：0797-5321234"),
    ("（联系人：县发展改革委刘洋，", "电话：0797-5321234）"),
    ("（联系人及电话：刘洋，13907971234）",),
    ("（联系人：县发展改革委刘洋，电话：（0797）5321234）",),
])
def test_gw709_contact_note_in_other_shapes(tail):
    assert found(_request(*tail), "GW709") == []


def test_gw709_contact_without_phone_still_fires():
    fs = found(_request("联系人：县发展改革委　刘洋"), "GW709")
    assert len(fs) == 1 and "联系电话" in fs[0].message


def test_unbracketed_contact_line_is_a_note_not_an_attachment_in_docx(tmp_path):
    from gwlint.api import inspect_path

    src = "\n".join(["@doc_number 兴府文〔2027〕31号", "@title 兴国县人民政府关于将潋江镇列为市级特色小镇培育对象的请示",
                     "@recipients 赣州市人民政府：", "恳请市政府批准将潋江镇列为市级特色小镇培育对象。", "妥否，请批示。",
                     "@signature 兴国县人民政府", "@date 2027年6月3日",
                     "@note 联系人：县发展改革委　刘洋　　联系电话：0797-5321234"]) + "\n"
    path = render_draft(src, "docx", tmp_path)
    assert [f for f in lint_path(path).findings if f.code == "GW709"] == []
    ins = inspect_path(path, limits=None)
    assert ins.error is None, ins.error
    st = ins.structure
    assert st.attachments == [] and [n.text for n in st.notes] == ["联系人：县发展改革委刘洋联系电话：0797-5321234"]


# ------------------------------------------------------------ GW203 / GW302: what a table's cell says
# GW203: an event on the title meeting's programme (a time in the cell before, or in the cell itself);
# GW302: what a cell under a column of proof (证明材料, 佐证材料) names is proof to attach
_PROGRAMME = "\n".join([
    "@doc_number 赣商务函〔2027〕120号", "@title 江西省商务厅关于召开全省县域商业体系建设推进会的通知", "@recipients 各设区市商务局：",
    "省商务厅定于2027年9月17日至18日在抚州召开全省县域商业体系建设推进会。会议日程如下：", "@table 时间|内容",
    "@table 9月17日上午|通报全省县域商业体系建设进展", "@table {0}|{1}",
    "请各设区市商务局分管负责同志1人参会。", "@signature 江西省商务厅", "@date 2027年9月1日"]) + "\n"
_PROOF_TABLE = "\n".join([
    "@doc_number 九民字〔2027〕45号", "@title 九江市民政局关于开展城乡社区治理工作评估的通知", "@recipients 各县（市、区）民政局：",
    "市民政局将于11月对城乡社区治理工作进行评估，请各县（市、区）民政局组织社区按下表准备。",
    "@table 评估内容|评估要点|{0}", "@table 居民议事|每季度召开居民议事会|{1}",
    "@signature 九江市民政局", "@date 2027年10月12日"]) + "\n"


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("code,template,first,second,fires", [
    ("GW203", _PROGRAMME, "9月18日下午", "举办全省县域商业体系建设研讨会", True),
    ("GW203", _PROGRAMME, "下午2时30分，举办全省县域商业体系建设论坛", "邀请专家作案例分享", True),
    ("GW203", _PROGRAMME, "9月18日下午", "组织参会人员参加世界VR产业大会开幕论坛", False),
    ("GW302", _PROOF_TABLE, "证明材料", "居民议事会会议记录、工作台账各不少于5份", True),
    ("GW302", _PROOF_TABLE, "佐证材料", "活动照片及签到表", True),
    ("GW302", _PROOF_TABLE, "申领材料", "身份证复印件、近期免冠照片", False),
])
def test_table_cells(tmp_path, fmt, code, template, first, second, fires):
    assert len(found_in(template.format(first, second), fmt, tmp_path, code)) == (1 if fires else 0)


# ------------------------------------------------------------ GW202: one paragraph, one fault
def _attendance(line: str, extra: str = "会议在南昌集中召开，不设分会场。") -> str:
    return notice("江西省水利厅", "关于召开全省小型水库除险加固推进会的通知", "赣水字〔2027〕52号", "各设区市水利局：",
                  "省水利厅定于2027年10月20日在南昌召开全省小型水库除险加固推进会。", line, extra, date="2027年10月9日")


def test_gw202_county_levels_in_two_clauses_of_one_paragraph_are_one_finding():
    fs = found(_attendance("参会人员：各设区市水利局分管负责同志，各县（市、区）水利局分管负责同志；鄱阳县、都昌县水利局局长。"),
               "GW202")
    assert len(fs) == 1 and "鄱阳县、都昌县水利局局长" in fs[0].message


def test_gw202_enumerated_items_keep_a_finding_each():
    fs = found(_attendance("参会范围：一是各设区市水利局主要负责同志；二是各县（市、区）人民政府分管负责同志；"
                           "三是各县（市、区）水利局主要负责同志。"), "GW202")
    assert len(fs) == 2


def test_gw202_a_branch_venue_ruled_out_is_no_video_conference():
    line = "参会人员：各设区市水利局分管负责同志，各县（市、区）水利局分管负责同志。"
    assert len(found(_attendance(line), "GW202")) == 1
    assert found(_attendance(line, "各县（市、区）设分会场。"), "GW202") == []


# ------------------------------------------------------------ GW806: a particle typed before the word it opens
@pytest.mark.parametrize("sentence,fires", [
    ("部分企业负责人对新修订政策了了解不深。", True),
    ("各县（市、区）已了了解本地供水工程管护情况。", True),
    ("省商务厅对重点企业订单情况做了了解，也对用工需求进行了了解。", False),
    ("为了了解群众意见，各地除了了解诉求，还要做好解释。", False),
])
def test_gw806_particle_typed_twice_before_the_word_it_opens(sentence, fires):
    text = notice("铅山县应急管理局", "关于开展安全生产法律法规宣讲的通知", "铅应急字〔2027〕22号", "各乡镇人民政府：", sentence,
                  date="2027年5月18日")
    fs = found(text, "GW806")
    assert len(fs) == (1 if fires else 0)
    if fires:
        assert "“了了”" in fs[0].message and fs[0].fix is not None

"""Classes of misses and false alarms found on holdout7 (issue 15, round 9, helper hC), fixed as
classes; the texts are written apart from the holdout7 drafts.

GW104: a time phrase before the subject (汛期各省辖市必须); 各州、市 and 各镇 without 人民政府; a 对-topic
ending in a split or one-character level (对……的州、市，必须); a later clause opening with a
prepositional phrase or a short object topic carries the subject's order; an unclosed 《 stops at its
clause.  GW106: quoted platform names; a sign column naming the unit (乡镇主要负责同志签字).  GW201:
近期/即将 convene a meeting dated by the notice.  GW301: governments after a count (16个区政府).
GW203: an event the notice takes part in.  GW708: a 署名 ending in 室.  GW806: 萋萋.  GW401: one
programme table is one demand.
"""
from __future__ import annotations

import pytest

from gwlint.analysis.sentences import quoted_spans
from gwlint.api import lint_bytes, lint_path

from .drafts import render_draft


def found(text: str, code: str):
    return [f for f in lint_bytes(text.encode("utf-8"), "draft.txt", limits=None).findings if f.code == code]


def notice(issuer: str, title: str, number: str, recipients: str, *body: str, date: str = "2026年6月12日") -> str:
    return "\n".join([f"{issuer}{title}", number, recipients, *body, issuer, date]) + "\n"


def to_governments(*body: str, issuer: str = "云南省水利厅", recipients: str = "各州、市人民政府：") -> str:
    return notice(issuer, "关于做好水库安全度汛工作的通知", "云水发〔2026〕21号", recipients,
                  "为确保水库安全度汛，现就有关事项通知如下。", *body)


# ------------------------------------------------------------ GW104
@pytest.mark.parametrize("line", [
    "一、主汛期内各州、市必须落实水库防汛“三个责任人”。",
    "一、即日起，各州、市一律暂停病险水库蓄水。",
    "一、5月底前各州、市要完成小型水库安全鉴定。",
])
def test_gw104_time_phrase_before_the_subject(line):
    assert len(found(to_governments(line), "GW104")) == 1


def test_gw104_time_phrase_before_a_department_is_no_order():
    line = "一、主汛期内各州、市水利局必须落实水库防汛“三个责任人”。"
    assert found(to_governments(line, recipients="各州、市水利局："), "GW104") == []


@pytest.mark.parametrize("line,n", [
    ("一、对汛前检查发现问题较多的州、市，要在6月底前完成整改。", 1),
    ("一、对排名靠后的3个县，须约谈其分管负责同志。", 1),
    ("一、对安全鉴定不合格的老旧小区，要逐一建立台账。", 0),  # 小区 is no level of government
    ("一、对未落实责任人的企业，必须依法查处。", 0),
])
def test_gw104_topic_of_lower_places(line, n):
    assert len(found(to_governments(line), "GW104")) == n


@pytest.mark.parametrize("line,n", [
    ("一、各州、市人民政府组织开展水库隐患排查，对排查出的险情一律限期处置。", 1),
    ("一、各州、市人民政府摸清水库底数，建立问题清单，重大险情必须24小时内处置。", 1),
    ("一、各州、市人民政府完成了水库隐患排查，水库管理单位必须落实整改。", 0),  # another doer's order
])
def test_gw104_order_carried_into_a_later_clause(line, n):
    assert len(found(to_governments(line), "GW104")) == n


def test_gw104_a_county_department_asks_its_towns():
    text = notice("宁都县民政局", "关于开展困难群众排查的通知", "宁民字〔2026〕8号", "各镇人民政府：",
                  "请各镇确定1名分管负责同志，组织村（社区）开展入户排查。")
    assert len(found(text, "GW104")) == 1


def test_gw104_after_an_unclosed_title_mark():
    text = "根据《江西省水利工程条例，各县要在6月底前完成。"
    assert quoted_spans(text) == [(2, text.index("，"))]
    said = "他说“各县要在6月底前完成。"
    assert quoted_spans(said) == [(2, len(said))]  # an open quotation still runs on
    text = to_governments("根据《云南省水库大坝安全管理条例，各州、市要在6月底前完成大坝安全鉴定。")
    assert len(found(text, "GW104")) == 1


def test_gw105_topic_order_gives_the_recipients_work():
    text = to_governments("一、对汛前检查发现问题较多的州、市，要在6月底前完成整改。", "二、省水利厅将组织抽查。")
    assert found(text, "GW105") == []


# ------------------------------------------------------------ GW106 / GW302
def test_gw106_upload_to_a_quoted_platform_and_photos_of_progress():
    text = notice("德兴市农业农村局", "关于做好早稻生产调度的通知", "德农字〔2026〕12号", "各乡镇农业综合服务中心：",
                  "请各乡镇农业综合服务中心每周三将早稻插秧进度表和田间照片上传至“赣农宝”平台。")
    assert len(found(text, "GW106")) == 1
    assert len(found(text, "GW302")) == 1


SIGN_TABLE = """@title 抚州市教育局关于开展校园安全隐患排查的通知
@recipients 各县（区）教育局：
请于9月20日前将排查表报送市教育局安全科。
附件：校园安全隐患排查表
@signature 抚州市教育局
@date 2026年9月1日
@page_break
@attachment_label 附件
@attachment_title 校园安全隐患排查表
@table 单位|隐患数|已整改数|{column}
@table |||
"""


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("column,sign", [("县（区）教育局主要负责同志签字", True), ("学校校长签字", True),
                                         ("填表人签字", False), ("领取人签字", False)])
def test_gw106_sign_column_naming_the_unit(tmp_path, fmt, column, sign):
    path = render_draft(SIGN_TABLE.format(column=column), fmt, tmp_path)
    errors = [f for f in lint_path(path).findings if f.code == "GW106" and f.severity == "error"]
    assert len(errors) == (1 if sign else 0)


# ------------------------------------------------------------ GW201
def meeting_notice(sentence: str, date: str) -> str:
    return notice("江西省林业局", "关于召开全省松材线虫病防控工作视频会议的通知", "赣林字〔2026〕9号",
                  "各设区市林业局：", sentence, date=date)


@pytest.mark.parametrize("sentence,date,n", [
    ("近期以视频会议形式召开全省松材线虫病防控工作会议，具体时间另行通知。", "2026年3月6日", 1),
    ("省林业局即将召开全省松材线虫病防控工作会议，具体时间另行通知。", "2026年3月6日", 1),
    ("近期以视频会议形式召开全省松材线虫病防控工作会议，具体时间另行通知。", "2026年4月6日", 0),
    ("近日，省政府召开全省林长制工作会议，对松材线虫病防控作出部署。", "2026年3月6日", 0),
])
def test_gw201_near_future_meeting_dated_by_the_notice(sentence, date, n):
    assert len(found(meeting_notice(sentence, date), "GW201")) == n


# ------------------------------------------------------------ GW203
@pytest.mark.parametrize("title,sentence,n", [
    ("关于组织参加2026中国（南昌）数字经济论坛的通知", "2026中国（南昌）数字经济论坛将于9月10日在南昌举办，请各设区市推荐参会企业。", 0),
    ("关于做好数字经济论坛参会工作的通知", "2026中国（南昌）数字经济论坛将于9月10日在南昌举办。经与主办方协调，我厅可安排20家企业参会。", 0),
    ("关于举办2026江西数字经济论坛的通知", "我厅定于9月10日在南昌举办2026江西数字经济论坛，受邀专家作主题演讲。", 1),
])
def test_gw203_taking_part_in_another_event(title, sentence, n):
    text = notice("江西省工业和信息化厅", title, "赣工信字〔2026〕80号", "各设区市工业和信息化局：", sentence,
                  date="2026年8月20日")
    assert len(found(text, "GW203")) == n


# ------------------------------------------------------------ GW301
@pytest.mark.parametrize("line,n", [
    ("市住房城乡建设委定于10月对全市16个区政府老旧小区改造工作开展检查。", 1),
    ("根据已列入市政府年度督查检查考核计划的事项安排，市住房城乡建设委定于10月对全市16个区政府老旧小区改造工作开展检查。", 0),
])
def test_gw301_governments_after_a_count(line, n):
    text = notice("北京市住房和城乡建设委员会", "关于开展老旧小区改造工作检查的通知", "京建发〔2026〕40号",
                  "各区住房城乡建设委：", line, date="2026年8月20日")
    assert len(found(text, "GW301")) == n


# ------------------------------------------------------------ GW708
DRAFT_708 = """@doc_number 赣府研函〔2026〕6号
@title 江西省人民政府研究室关于征集2026年度重点调研课题的函
@recipients 省政府各部门：
请各部门结合职责提出1至2个调研课题建议，于4月10日前反馈我室。
@signature 江西省人民政府研究室
@date 2026年3月25日
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw708_signature_ending_in_shi(tmp_path, fmt):
    assert [f for f in lint_path(render_draft(DRAFT_708, fmt, tmp_path)).findings if f.code == "GW708"] == []
    unsigned = DRAFT_708.replace("@signature 江西省人民政府研究室\n", "")
    assert [f.code for f in lint_path(render_draft(unsigned, fmt, tmp_path)).findings].count("GW708") == 1


# ------------------------------------------------------------ GW806
@pytest.mark.parametrize("line,n", [
    ("以“白雪皑皑，溪水潺潺”为题开展摄影活动。", 0),
    ("以“芳草萋萋”为题开展摄影活动。", 0),
    ("请于于5月10日前报送作品。", 1),
])
def test_gw806_literary_reduplication(line, n):
    text = notice("婺源县文化广电新闻出版旅游局", "关于开展摄影采风活动的通知", "婺文旅字〔2026〕9号", "各乡镇综合文化站：", line)
    assert len(found(text, "GW806")) == n


# ------------------------------------------------------------ GW401
VISIT = """@title 江西省农业农村厅关于赴赣州市开展脐橙产业调研的通知
@recipients 赣州市农业农村局：
厅调研组定于8月5日至6日赴赣州市开展脐橙产业调研，日程安排如下。
@table 时间|内容|{columns}
@table 8月5日上午|听取市农业农村局工作汇报|{cells}
@table 8月5日下午|实地察看信丰县脐橙基地|{cells2}
@signature 江西省农业农村厅
@date 2026年7月24日
"""


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("columns,cells,cells2", [
    ("陪同人员", "赣州市农业农村局主要负责同志", "信丰县农业农村局分管负责同志"),
    ("陪同单位|汇报单位", "赣州市农业农村局|赣州市农业农村局", "信丰县农业农村局|信丰县农业农村局"),
])
def test_gw401_one_programme_table_is_one_demand(tmp_path, fmt, columns, cells, cells2):
    path = render_draft(VISIT.format(columns=columns, cells=cells, cells2=cells2), fmt, tmp_path)
    assert [f.code for f in lint_path(path).findings].count("GW401") == 1

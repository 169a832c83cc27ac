"""Round 13 (h13l): the classes of holdout12's GW102, GW106, GW2xx and GW3xx misses and false alarms,
each read on drafts written for this test (txt, docx and pdf where the reading depends on layout)."""
from __future__ import annotations

import pytest

from .drafts import lint_codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ GW106: a body of the party and its 党委
@pytest.mark.parametrize("fmt", FORMATS)
def test_party_department_report_demand_names_its_committee(fmt, tmp_path):
    src = marked_doc("中共江西省委宣传部", "各设区市委宣传部：", [
        "请于11月30日前将年度网络文明建设工作总结报送省委宣传部网络传播处。"], docno="赣宣字〔2026〕40号")
    found = lint_codes(src, fmt, tmp_path, "GW106")
    assert len(found) == 1
    assert "经省委同意" in found[0].message and "省政府" not in found[0].message


def test_party_department_with_its_committees_approval_is_not_flagged(tmp_path):
    src = marked_doc("中共江西省委宣传部", "各设区市委宣传部：", [
        "经省委同意，请于11月30日前将年度网络文明建设工作总结报送省委宣传部网络传播处。"], docno="赣宣字〔2026〕40号")
    assert lint_codes(src, "txt", tmp_path, "GW106") == []


def test_government_department_still_cites_its_government(tmp_path):
    src = marked_doc("广西壮族自治区水利厅", "各市水利局：", ["请于6月30日前将水毁工程修复进展情况报送自治区水利厅。"],
                     docno="桂水函〔2026〕8号")
    found = lint_codes(src, "txt", tmp_path, "GW106")
    assert len(found) == 1 and "经自治区人民政府同意" in found[0].message


# ------------------------------------------------------------ GW106: 书面报告 as a verb, 上传……至
@pytest.mark.parametrize("body, n", [
    ("各市（州）生态环境局每季度末将整改进展情况书面报告省生态环境厅。", 1),
    ("请各市（州）生态环境局于7月15日前完成排查并上传排查清单至省生态环境监管平台。", 1),
    ("各市（州）发现突发环境事件，须在1小时内将事件情况书面报告省生态环境厅。", 0),  # an event's report
    ("省生态环境厅将于年底前将整改情况书面报告省人民政府。", 0),  # the issuer reports upwards
    ("各市（州）生态环境局要在7月15日前完成排查，结果由监管平台自动汇总，不再另行上传清单。", 0),
])
def test_written_report_and_upload_with_object(body, n, tmp_path):
    src = marked_doc("贵州省生态环境厅", "各市（州）生态环境局：", [body], docno="黔环通〔2026〕7号")
    assert len(lint_codes(src, "txt", tmp_path, "GW106")) == n


# ------------------------------------------------------------ GW201: 党委 bodies convene 全省 meetings too
@pytest.mark.parametrize("fmt", FORMATS)
def test_party_department_march_meeting(fmt, tmp_path):
    src = marked_doc("中共江西省委统战部", "各设区市委统战部：", [
        "省委统战部决定召开全省民族工作会议，时间为3月19日上午9时，地点在省委统战部三楼会议室。"],
        title="关于召开全省民族工作会议的通知", docno="赣统字〔2026〕6号", date="2026年3月5日")
    found = lint_codes(src, fmt, tmp_path, "GW201")
    assert len(found) == 1 and "须经省委研究决定或省委主要领导同志批准" in found[0].message


def test_party_department_meeting_decided_by_its_committee(tmp_path):
    src = marked_doc("中共江西省委统战部", "各设区市委统战部：", [
        "经省委研究决定，定于3月19日召开全省民族工作会议。"],
        title="关于召开全省民族工作会议的通知", docno="赣统字〔2026〕6号", date="2026年3月5日")
    assert lint_codes(src, "txt", tmp_path, "GW201") == []


# ------------------------------------------------------------ GW202: a government leader pulled up with its department
@pytest.mark.parametrize("venue, n", [("同时到市分会场参会", 1), ("在当地分会场参会", 0)])
def test_county_leader_and_bureau_head_at_the_citys_venue(venue, n, tmp_path):
    src = marked_doc("江西省民政厅", "各设区市民政局：", [
        "定于6月10日召开全省养老服务视频推进会。各设区市民政局分管负责同志在市分会场参会；"
        f"各县（市、区）人民政府分管负责同志、民政局局长{venue}。"],
        title="关于召开全省养老服务视频推进会的通知", docno="赣民字〔2026〕9号")
    assert len(lint_codes(src, "txt", tmp_path, "GW202")) == n


@pytest.mark.parametrize("fmt", FORMATS)
def test_attendance_row_of_a_non_organ_unit_past_a_negating_remark(fmt, tmp_path):
    src = marked_doc("江西省国有资产监督管理委员会", "各省属企业：", [
        "定于7月3日在南昌召开省属企业安全生产工作会议。请按下表安排参会人员：",
        "@table 单位|参会人员|备注", "@table 各省属企业|主要负责人、分管安全负责人|不得请人代会",
        "会场设在省国资委十楼会议室。"], title="关于召开省属企业安全生产工作会议的通知", docno="赣国资字〔2026〕12号")
    assert len(lint_codes(src, fmt, tmp_path, "GW202")) == 1


# ------------------------------------------------------------ GW302: who produces the evidence, and is it removed
@pytest.mark.parametrize("body, n", [
    ("各县（市、区）要据此清理本地考核中的台账、照片等留痕要求，11月底前完成。", 0),
    ("已经印发的考评细则中涉及佐证材料的条款，一并废止。", 0),
    ("调研中发现的问题由市委办公室建立台账交办，办结情况在市委常委会会议上通报。", 0),
    ("请各县（区）卫生健康局督促基层医疗机构整理签约服务台账和随访照片，评价组现场查验。", 1),
])
def test_trace_demands_read_by_who_and_whether(body, n, tmp_path):
    src = marked_doc("大同市卫生健康委员会", "各县（区）卫生健康局：", [body], docno="同卫函〔2026〕6号")
    assert len(lint_codes(src, "txt", tmp_path, "GW302")) == n


# ------------------------------------------------------------ GW102: a notice that is itself the measures
@pytest.mark.parametrize("fmt", FORMATS)
def test_measures_notice_without_issuing_verb(fmt, tmp_path):
    src = marked_doc("宜春市人民政府", "市直各单位：", [
        "为促进消费，现提出以下措施，请认真贯彻执行。",
        "一、发放消费券。2026年发放消费券2000万元。（责任单位：市商务局）",
        "二、培育夜间消费街区。年内建成夜间消费街区3条。"],
        title="关于促进消费扩容提质的若干措施的通知", docno="宜府发〔2026〕3号")
    found = lint_codes(src, fmt, tmp_path, "GW102")
    assert len(found) == 2  # the measure and the summary


def test_notice_asking_for_plans_is_no_policy(tmp_path):
    src = marked_doc("宜春市商务局", "各县（市、区）商务局：", [
        "一、制定方案。各县（市、区）商务局要制定促消费工作方案。",
        "二、抓好落实。要加强督促指导。"], title="关于报送促消费工作方案的通知", docno="宜商字〔2026〕3号")
    assert lint_codes(src, "txt", tmp_path, "GW102") == []


# ------------------------------------------------------------ GW203: one event under two names
@pytest.mark.parametrize("second, n", [("本次务虚会不念稿，每人发言不超过5分钟。", 1),
                                       ("会议期间另举办一场青年干部论坛，交流基层经验。", 2)])
def test_one_event_two_names(second, n, tmp_path):
    src = marked_doc("萍乡市人民政府办公室", "各县（区）人民政府，市政府各部门：", [
        "市政府定于12月8日召开一次务虚会，研讨明年经济工作思路。", second],
        title="关于召开2027年经济工作研讨会的通知", docno="萍府办字〔2026〕88号")
    assert len(lint_codes(src, "txt", tmp_path, "GW203")) == n

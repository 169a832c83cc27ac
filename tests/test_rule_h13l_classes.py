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


# ------------------------------------------------------------ holdout13 classes
def test_approval_of_the_body_is_not_approval_of_the_march_meeting(tmp_path):
    src = marked_doc("江西省自然资源厅", "联席会议各成员单位：", [
        "经省政府批准设立的全省耕地保护联席会议，定于3月16日召开全省耕地保护联席会议全体会议。"],
        title="关于召开全省耕地保护联席会议全体会议的通知", docno="赣自然资字〔2027〕12号", date="2027年3月3日")
    assert len(lint_codes(src, "txt", tmp_path, "GW201")) == 1
    approved = src.replace("经省政府批准设立的全省耕地保护联席会议，定于", "经省政府批准，定于")
    assert lint_codes(approved, "txt", tmp_path, "GW201") == []


@pytest.mark.parametrize("who, n", [
    ("请各设区市组织市、县两级交通运输局分管负责同志到汉中参会。", 1),  # 市、县两级 in a name read as one
    ("请各旗县（市、区）人民政府分管负责同志及卫生健康局局长到盟市分会场参会。", 1),
    ("请各旗县（市、区）人民政府分管负责同志及卫生健康局局长在当地分会场参会。", 0),
])
def test_levels_pulled_up(who, n, tmp_path):
    src = marked_doc("陕西省交通运输厅", "各设区市交通运输局：", ["定于7月15日召开全省农村公路建设推进会。" + who],
                     title="关于召开全省农村公路建设推进会的通知", docno="陕交函〔2027〕5号")
    assert len(lint_codes(src, "txt", tmp_path, "GW202")) == n


@pytest.mark.parametrize("body, n", [
    ("各县（市、区）林业局要将巡护记录整理后于每周五前上传至市林业局护林工作群。", 1),
    ("请各县（市、区）林业局每周一上午通过政务微信报送上周巡护情况。", 1),
    ("市林业局建立护林工作群，用于发布火险预警，各县（市、区）林业局值班人员请于3月15日前入群。", 0),
    ("根据《吉安市森林防火巡护考评办法》，请各县（市、区）林业局于每月5日前报送上月巡护工作总结。", 1),
    ("依据《森林防火条例》，请各县（市、区）林业局于每月5日前报送上月火情统计。", 0),
])
def test_chat_groups_and_local_measures(body, n, tmp_path):
    src = marked_doc("吉安市林业局", "各县（市、区）林业局：", [body], docno="吉市林字〔2027〕15号")
    assert len(lint_codes(src, "txt", tmp_path, "GW106")) == n


@pytest.mark.parametrize("body, n", [
    ("考评时，培训是否开展以签到表和现场照片为准。", 1),
    ("验收组查看各小区资料盒，盒内须有居民议事会议记录和施工前后对比照片，资料不全的不予验收。", 1),
    ("所有涉企行政检查实行“亮码入企”，检查过程全程留痕、可追溯。", 0),
    ("验收以实地测量的渠道长度为准，不查阅工作台账。", 0),
])
def test_evaluation_by_paperwork(body, n, tmp_path):
    src = marked_doc("江西省人力资源和社会保障厅", "各设区市人力资源社会保障局：", [body], docno="赣人社字〔2027〕40号")
    assert len(lint_codes(src, "txt", tmp_path, "GW302")) == n


@pytest.mark.parametrize("closing, n", [
    ("以上第一至二项由市交通运输局牵头，会同市财政局组织实施；第三项由市商务局负责。", 0),
    ("上述第一、二项由市交通运输局负责。", 2),  # the third measure and the summary
])
def test_units_given_by_item_number(closing, n, tmp_path):
    src = marked_doc("九江市人民政府", "市政府各部门：", [
        "《九江市支持港口物流发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。"],
        title="关于印发九江市支持港口物流发展若干措施的通知", docno="九府发〔2027〕6号", tail=[
            "@page_break", "@attachment_title 九江市支持港口物流发展若干措施",
            "一、对新开通的内贸集装箱航线，每条给予50万元补助。",
            "二、对港口企业购置新能源装卸设备的，按投资额的10%给予奖励。",
            "三、对年吞吐量首次突破100万吨的物流企业给予一次性奖励20万元。", closing])
    assert len(lint_codes(src, "txt", tmp_path, "GW102")) == n


def test_leader_visit_asks_for_slides(tmp_path):
    src = marked_doc("北京市海淀区科学技术和信息化局", "有关企业：", [
        "我局领导将于10月走访部分专精特新企业。请企业提前准备20分钟汇报PPT，介绍研发投入。"],
        title="关于走访专精特新企业的通知", docno="海科信发〔2027〕3号")
    assert len(lint_codes(src, "txt", tmp_path, "GW401")) == 1

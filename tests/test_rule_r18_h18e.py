"""GW106 classes fixed by h18e in round 18 (holdout22's misses), in other phrasings than the drafts:

- a reducer word inside the object of a 将/把 that opens its clause after the demand's own clause
  (请各市于每月5日前，将……排查整治统计表报送……): the 把-construction of that demand, not a reduction;
  the adverb 将 of the issuer's own plan (市局将……压减报送频次) still reduces;
- a time counted from an earlier point of the sentence (统计截至每月25日，……于次日报送；于次月3日报送；
  于验收结束当日将……报送): a set time makes the plain statement a demand; an event's same-day report
  (发生事故的，……于当日报送) stays an event's report;
- counts jieba keeps whole (户数, 件数) reported on a standing time are standing reports like 人数;
- 书面报告 with its addressee before it (向省厅书面报告上季度工作情况) is the verb, as before an addressee
  (书面报告省厅); to the unit's own government (向本级政府书面报告) or after an event it asks nothing of the issuer;
- the document itself named by its kind (收到本通报后、接到本意见后、收到本方案后): the demand the document
  raises, not a report an event calls for (接到预警通报后……反馈 still is one).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_h14w_classes import _doc as _plain_doc


def _doc(issuer: str, recipients: str, body: list[str]) -> str:
    return _plain_doc(issuer, recipients, ["为做好有关工作，现就有关事项通知如下。", *body])


# ------------------------------------------------------------ reducer inside a clause-opening 将/把 object
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("江西省自然资源厅", "各设区市自然资源局：",
     "二、请各设区市自然资源局于每月8日前，将上月违法用地专项整治统计表报送省厅执法局。"),
    ("成都市城市管理委员会", "各区（市）县城市管理局：",
     "（三）各区（市）县城市管理局要在每季度末，把背街小巷环境治理台账报市城管委市容处。"),
    ("四川省发展和改革委员会", "各市（州）发展改革委：",
     "3.请各市（州）发展改革委于6月25日前，将煤炭消费压减情况报送省发展改革委能源处。"),
])
def test_gw106_reducer_inside_the_object_of_a_clause_opening_jiang(fmt, issuer, recipients, line, tmp_path):
    found = _codes(_doc(issuer, recipients, [line]), fmt, tmp_path, "GW106")
    assert len(found) == 1 and found[0].severity == "warning"


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_the_issuers_own_plan_to_reduce_stays_quiet(fmt, tmp_path):
    body = ["一、市局将于6月底前，全面清理现行地方统计报表，压减报送频次。",
            "二、各县（市、区）统计局能从联网直报平台提取的数据，不再另行报送。"]
    assert _codes(_doc("宜昌市统计局", "各县（市、区）统计局：", body), fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ a time counted from an earlier point
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("泰安市宁阳县农业农村局", "各乡镇（街道）农业综合服务中心：",
     "四、统计数据截至每月25日，各乡镇（街道）汇总的小麦一喷三防进度表于次日报送县农业农村局种植业股。"),
    ("陕西省民政厅", "各设区市民政局：", "（二）各设区市民政局于次月3日将上月养老机构消防安全检查情况汇总表报送省民政厅养老服务处。"),
    ("宁波市住房和城乡建设局", "各区（县、市）住房和城乡建设局：",
     "3.各区（县、市）住房和城乡建设局于每次验收结束当日将老旧小区改造验收记录表报送市住建局城建处。"),
])
def test_gw106_time_counted_from_an_earlier_point_is_a_deadline(fmt, issuer, recipients, line, tmp_path):
    assert len(_codes(_doc(issuer, recipients, [line]), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_a_standing_household_count_is_a_report(fmt, tmp_path):
    body = ["二、各县（市、区）民政局每周五前将本周入户核查件数和新增救助户数报市民政局社会救助科。"]
    assert len(_codes(_doc("大同市民政局", "各县（市、区）民政局：", body), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_an_events_same_day_report_and_a_past_one_stay_quiet(fmt, tmp_path):
    body = ["一、各地已于次日报送了汛前检查情况。",
            "三、市局检查组对抽中学校逐一检查，各县（市、区）教育局派员配合，检查情况在检查结束当天录入校园安全管理平台。",
            "二、发生溺水事故的，事发地教育局于当日将事故情况报送市教育局安全科。"]
    assert _codes(_doc("南通市教育局", "各县（市、区）教育局：", body), fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ the document named by its kind
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("湖北省交通运输厅", "各市、州交通运输局：",
     "三、被通报的市、州交通运输局要在收到本通报后10个工作日内，将整改情况书面报送省厅安全监督处。"),
    ("杭州市卫生健康委员会", "各区、县（市）卫生健康局：",
     "四、各区、县（市）卫生健康局接到本意见后20日内，将医疗机构自查报告报送市卫生健康委医政处。"),
    ("长沙市教育局", "各区县（市）教育局：",
     "（三）各区县（市）教育局在收到本方案后15日内，将实施计划报送市教育局基础教育处。"),
])
def test_gw106_demand_raised_by_the_document_itself(fmt, issuer, recipients, line, tmp_path):
    assert len(_codes(_doc(issuer, recipients, [line]), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_feedback_after_an_events_circular_stays_quiet(fmt, tmp_path):
    body = ["二、各州（市）林业和草原局接到卫星热点通报后2小时内，将核查结果反馈省森林草原防火指挥部办公室。"]
    assert _codes(_doc("云南省林业和草原局", "各州（市）林业和草原局：", body), fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ 向 + addressee + 书面报告
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("广东省生态环境厅", "各地级以上市生态环境局：",
     "三、各地级以上市生态环境局须在每半年结束后15日内向省厅书面报告臭氧污染防治工作进展。"),
    ("合肥市农业农村局", "各县（市）区农业农村局：", "（二）请各县（市）区农业农村局于11月30日前向我局书面报告秋冬种工作总结。"),
])
def test_gw106_written_report_with_its_addressee_before(fmt, issuer, recipients, line, tmp_path):
    assert len(_codes(_doc(issuer, recipients, [line]), fmt, tmp_path, "GW106")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_written_report_to_own_government_or_after_an_event_stays_quiet(fmt, tmp_path):
    body = ["一、各县（市）区农业农村局要定期向本级政府书面报告动物防疫工作情况。",
            "二、发生重大动物疫情的，各县（市）区农业农村局须在2小时内向市局书面报告疫情情况。"]
    assert _codes(_doc("合肥市农业农村局", "各县（市）区农业农村局：", body), fmt, tmp_path, "GW106") == []

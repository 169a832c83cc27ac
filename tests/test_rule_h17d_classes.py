"""Classes h17d fixed in round 17 (issue 15), on drafts rendered by gwlint.docgen to .txt/.docx/.pdf:

- GW106: a report on a standing daily time (每日10时前向县卫生健康委疾控股报送前一日发热病人筛查情况), also as a
  numbered sub-item （2）……, is a burden; a reply due after an operational event (在接到推送后2小时内反馈, 收到预警信息后
  ……反馈, 接到指令后……报) is an event's report, while one due after the notice itself (收到本通知后10日内报送自查报告)
  is still paperwork.
- GW302: others' practice reported to abolish it (部分地方要求河湖长每次巡河拍摄多张照片) is no demand; a task table's
  proof column (佐证资料, 完成佐证) asking photos and screenshots in its rows is one demand, told at its header.
- GW303: 听取基层干部群众意见 (without 的) is a research aim like 听取……的意见.
- GW202: 济源示范区, 航空港区 listed beside 各省辖市 are zones the province runs directly, no county level.
- GW303: 高质量发展 is no regulated thing, and ……工作督导 looks into a work: such a title is read with the whole notice."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW106 standing daily report
_HEALTH = ("攸县卫生健康委员会", "各乡镇卫生院，县人民医院，县中医院：", "关于做好呼吸道传染病防控工作的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines", [
    ["（二）规范信息报送", "2.疫情报告", "（1）各医疗机构要指定专人负责。",
     "（2）流行季节，各乡镇卫生院、县人民医院每日10时前向县卫生健康委疾控股报送前一日发热病人筛查情况，无发热病人的实行零报告。"],
    ["二、流感流行期间，各乡镇卫生院每日16时前报送当日门诊流感样病例监测情况。"],
    ["三、流行季节，各乡镇卫生院每天上午10时前报送前一天发热门诊筛查情况。"],
])
def test_gw106_standing_daily_report_of_subordinate_institutions(lines, fmt, tmp_path):
    issuer, recips, title = _HEALTH
    found = _codes(_doc(issuer, recips, ["为做好防控工作，现将有关事项通知如下。", *lines], title), fmt, tmp_path, "GW106")
    # the health centres submit, not the township governments
    assert len(found) == 1 and "要求各乡镇卫生院" in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_event_triggered_direct_report_stays_quiet(fmt, tmp_path):
    issuer, recips, title = _HEALTH
    body = ["为做好防控工作，现将有关事项通知如下。", "一、各医疗机构发现疑似病例后2小时内进行网络直报。",
            "二、托幼机构发生聚集性疫情后，所在乡镇卫生院须在1小时内电话报告县疾控中心。"]
    assert _codes(_doc(issuer, recips, body, title), fmt, tmp_path, "GW106") == []


# ------------------------------------------------------------ GW106 event-triggered replies
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "（三）卫星热点核查结果在接到推送后2小时内反馈市指挥部办公室。",
    "一、收到重污染天气预警信息后，各县（区）须在2小时内将管控措施落实情况反馈市生态环境局大气环境科。",
    "二、接到应急减排指令后，各县（区）要在1小时内将响应启动情况报市生态环境局。",
])
def test_gw106_reply_after_operational_event_is_no_paperwork(line, fmt, tmp_path):
    src = _doc("邢台市生态环境局", "各县（区）生态环境分局：", ["现将有关事项通知如下。", line],
               "关于做好重污染天气应对工作的通知")
    assert _codes(src, fmt, tmp_path, "GW106") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "三、请各分局于收到本通知后10日内将大气污染防治自查报告报送市生态环境局。",
    "（四）秋冬季期间，各县（区）每日16时前报送重污染天气应对日报告。",
])
def test_gw106_notice_triggered_or_daily_report_still_counts(line, fmt, tmp_path):
    src = _doc("邢台市生态环境局", "各县（区）生态环境分局：", ["现将有关事项通知如下。", line],
               "关于做好重污染天气应对工作的通知")
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1


# ------------------------------------------------------------ GW302 reported practice
_RIVER = ("湖北省河湖长制办公室", "各市（州）河湖长制办公室：", "关于规范巡河工作减轻基层负担的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "去年以来，部分地方要求河湖长每次巡河拍摄多张照片、填写纸质巡河记录，基层反映负担较重。为减轻基层负担，现就有关事项通知如下。",
    "近年来，有的地方要求河湖长每天在工作群打卡、上传巡河照片，一些地方存在以巡河日志篇数排名的做法，基层干部反映牵扯精力。",
])
def test_gw302_practice_reported_to_abolish_is_no_demand(line, fmt, tmp_path):
    issuer, recips, title = _RIVER
    body = [line, "一、巡河情况通过河湖长制信息系统自动记录。"]
    assert _codes(_doc(issuer, recips, body, title), fmt, tmp_path, "GW302") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_own_demand_beside_reported_practice_still_fires(fmt, tmp_path):
    issuer, recips, title = _RIVER
    body = ["去年以来，部分地方要求河湖长每次巡河拍摄多张照片，基层反映负担较重。",
            "二、各地要督促村级河湖长每次巡河通过APP上传巡河照片。"]
    found = _codes(_doc(issuer, recips, body, title), fmt, tmp_path, "GW302")
    assert len(found) == 1 and found[0].line == 5, [(f.line, f.message) for f in found]


# ------------------------------------------------------------ GW302 proof column of a task table
def _task_table(header: str, cells: list[str]) -> str:
    rows = [f"@table {i}|任务{i}|县市场监管局|6月底前|{c}" for i, c in enumerate(cells, 1)]
    return _doc("沭阳县政务服务管理办公室", "县卫生健康委，县市场监管局：",
                ["现将重点任务分解如下，请认真抓好落实。", f"@table 序号|重点任务|责任单位|完成时限|{header}", *rows],
                "关于推进重点事项的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header", ["佐证资料", "完成佐证", "证明材料"])
def test_gw302_task_table_proof_column_told_once_at_header(header, fmt, tmp_path):
    found = _codes(_task_table(header, ["系统截图和办件照片", "线上办理界面截图"]), fmt, tmp_path, "GW302")
    assert len(found) == 1 and found[0].excerpt.strip() == header and "此栏" in found[0].message, \
        [(f.excerpt, f.message) for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_deliverable_column_stays_quiet(fmt, tmp_path):
    src = _task_table("成果形式", ["新增事项清单", "制度文件"])
    assert _codes(src, fmt, tmp_path, "GW302") == []


# ------------------------------------------------------------ GW303 research aim without 的
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_supervision_whose_aims_are_listening_and_learning(fmt, tmp_path):
    body = ["经研究，决定于8月开展农村集体经济发展工作督导。",
            "督导组将了解各地村级集体经济发展情况，听取基层干部群众意见。"]
    src = _doc("延边州农业农村局", "各县（市）农业农村局：", body, "关于开展农村集体经济发展工作督导的通知")
    assert len(_codes(src, fmt, tmp_path, "GW303")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_supervision_with_rectification_stays_quiet(fmt, tmp_path):
    body = ["经研究，决定于8月开展农村集体经济发展工作督导。",
            "督导组将了解各地村级集体经济发展情况，听取基层干部群众意见，对发现的问题限期整改。"]
    src = _doc("延边州农业农村局", "各县（市）农业农村局：", body, "关于开展农村集体经济发展工作督导的通知")
    assert _codes(src, fmt, tmp_path, "GW303") == []


# ------------------------------------------------------------ GW202 zones run by the province beside the cities
_HENAN = ("河南省住房和城乡建设厅", "各省辖市、济源示范区、航空港区住房城乡建设主管部门：", "关于召开全省城市更新工作推进会的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who", [
    "各省辖市、济源示范区、航空港区住房城乡建设主管部门分管城市更新工作的负责同志和城市更新科（处）负责同志各1人",
    "各省辖市、济源示范区住房城乡建设局分管负责同志",
])
def test_gw202_directly_run_zones_are_listed_with_the_cities(who, fmt, tmp_path):
    issuer, recips, title = _HENAN
    body = [f"经研究，定于2026年9月16日在郑州召开全省城市更新工作推进会，请{who}参加。"]
    assert _codes(_doc(issuer, recips, body, title), fmt, tmp_path, "GW202") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw202_counties_beside_the_zones_still_fire(fmt, tmp_path):
    issuer, recips, title = _HENAN
    body = ["经研究，定于2026年9月16日在郑州召开全省城市更新工作推进会，请各省辖市、济源示范区及各县（市、区）"
            "住房城乡建设局分管负责同志参加。"]
    assert len(_codes(_doc(issuer, recips, body, title), fmt, tmp_path, "GW202")) == 1


# ------------------------------------------------------------ GW303 a work's 督导 in a field with a regulatory word
def _supervision(title: str, lines: list[str]) -> str:
    return _doc("赣州市发展和改革委员会", "各县（市、区）发展改革委：", lines, title)


_SECTIONS = ["经研究，定于7月中旬开展督导，现将有关事项通知如下。", "一、督导内容", "了解各地首位产业培育推进情况。",
             "二、督导方式", "采取实地察看、入企走访的方式，不听汇报、不要求陪同。", "三、督导成果", "督导结束后形成调研报告。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["关于开展县域经济高质量发展工作督导的通知", "关于开展粮食安全责任制落实工作督导的通知"])
def test_gw303_work_supervision_in_a_regulated_field_read_as_a_whole(title, fmt, tmp_path):
    assert len(_codes(_supervision(title, _SECTIONS), fmt, tmp_path, "GW303")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw303_safety_inspection_of_enterprises_stays_quiet(fmt, tmp_path):
    lines = ["为做好冬季安全生产工作，决定开展冬季安全生产检查。", "一、检查内容", "了解工贸企业落实安全生产主体责任情况。",
             "二、检查方式", "检查组深入企业实地查看，与企业负责人座谈。"]
    assert _codes(_supervision("关于开展冬季安全生产检查的通知", lines), fmt, tmp_path, "GW303") == []

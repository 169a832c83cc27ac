"""Readings g23b fixed in round 23 (holdout27r's GW104/GW106/GW302 misses and false alarms), in phrasings of its own:

- submissions (GW106): a time limit in hours or minutes counted from an event (扑灭后2小时内报送, 推送后1小时内反馈,
  接报后30分钟内报告), in a sentence or a table cell whose event stands in another column, is an incident report, not
  paperwork asked for; one counted from the notice itself (收到本通知后……) or a calendar deadline still is (gw106-g14c).
- negation (GW302): 不到/不去/不进 before a place (不到现场查阅台账, 不进村查看台账) is not going, and negates the check
  after it (gw105-g22b); 不到 in an attributive (照片不到3张的) negates nothing.
- inspections (GW302): a removal verb that ends the material's clause (……报送的台账和影像资料同时停止报送; ……其余台账一律
  取消) withdraws the demand the clause names (gw104-g05b).
- inspections (GW302): photos asked on every day's or week's patrol (每日巡山须拍摄现场照片不少于2张) prove the round
  as photos on every round do (gw302-g01c).
- directives (GW104): a subjectless 要求 after a clause telling that a body published a document (省人民政府办公厅印发
  《……》，要求各州（市）人民政府……) relays that document (gw104-g05a); 根据《……》，要求…… is the issuer's own demand.
- work (GW105): an attendance label written as a relative clause (参加观摩的单位为……) names the attendees (gw105-g01b).
- directives (GW104): a subject with a plain predicate, then a clause opening with a condition ending in 的 and a modal
  (各旗县市人民政府逐眼核对……，验收不合格的一律返工重装) carries the subject to that modal (gw104-g01c); not when the
  condition names an actor of its own (企业……的).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕23号", date="2027年6月14日")


# ------------------------------------------------------------ GW106: limits counted in hours from an event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["一、各县（区）应急管理局接到险情报告后，立即组织核查。", "二、险情排除后1小时内反馈处置结果。"], False),
    (["现将有关事项通知如下。", "@table 情形|处置要求|反馈时限", "@table 接到群众举报|到现场核实|核实后30分钟内报告核实情况",
      "@table 泄漏险情控制|设立警戒区|控制后2小时内报送处置情况"], False),
    (["现将有关事项通知如下。", "@table 情形|处置要求|反馈时限", "@table 季度统计|汇总辖区数据|每季度末5日前报送统计报表"], True),
    (["一、各县（区）应急管理局收到本通知后24小时内报送隐患排查情况。"], True),
])
def test_gw106_event_counted_hours(body, fires, fmt, tmp_path):
    src = _doc("赣州市应急管理局", "各县（区）应急管理局：", body)
    assert bool(_codes(src, fmt, tmp_path, "GW106")) == fires


# ------------------------------------------------------------ GW302: 不到现场 / a removal verb ending the clause
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("三、考评以群众满意度调查为主，考评组不到现场查阅台账，不组织集中汇报。", False),
    ("三、考评以群众满意度调查为主，考评组不进村查看工作台账和照片。", False),
    ("三、考评以群众满意度调查为主，考评组到现场查阅台账，听取集中汇报。", True),
    ("注：原要求各乡镇每月报送的工作台账和活动照片同时停止报送。", False),
    ("四、各村原有各类台账合并为一本综合台账，其余工作台账一律取消。", False),
    ("注：各乡镇每月报送工作台账和活动照片，作为年度考核依据。", True),
])
def test_gw302_negated_and_withdrawn(line, fires, fmt, tmp_path):
    src = _doc("固原市民政局", "各县（区）民政局：", ["现就社区服务考评有关事项通知如下。", line])
    assert bool(_codes(src, fmt, tmp_path, "GW302")) == fires


# ------------------------------------------------------------ GW302: photos on every day's patrol
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("（三）河道巡查员每日巡河须拍摄河面照片不少于3张，上传至河长制平台。", True),
    ("@table 巡查要求|河道巡查员每天巡查时拍照上传巡查轨迹", True),
    ("（三）河道巡查员每日巡河，发现问题拍照取证，移交执法部门处理。", False),
])
def test_gw302_daily_patrol_photos(line, fires, fmt, tmp_path):
    body = ["现就河湖日常管护有关事项通知如下。", *(["@table 事项|内容"] if line.startswith("@table") else []), line]
    src = _doc("南平市水利局", "各县（市、区）水利局：", body)
    assert bool(_codes(src, fmt, tmp_path, "GW302")) == fires


# ------------------------------------------------------------ GW104: relayed publication; a carried 的-condition
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("一、省人民政府办公厅印发《关于加强耕地保护的通知》，要求各市人民政府落实耕地保护目标责任。", False),
    ("（二）国务院办公厅下发了《关于加强耕地保护的通知》，明确要求各市人民政府落实耕地保护目标责任。", False),
    ("一、根据《关于加强耕地保护的通知》，要求各市人民政府落实耕地保护目标责任。", True),
    ("一、各市人民政府逐宗核对违法占地图斑，核实不到位的一律重新核查。", True),
    ("一、各市人民政府逐宗核对违法占地图斑，企业逾期未整改的一律依法查处。", False),
])
def test_gw104_relayed_and_carried(line, fires, fmt, tmp_path):
    src = _doc("河北省自然资源厅", "各市人民政府：", ["现就有关事项通知如下。", line])
    assert bool(_codes(src, fmt, tmp_path, "GW104")) == fires


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_carried_in_task_table(fmt, tmp_path):
    body = ["现将年度任务印发给你们。", "@table 任务|完成时限|完成要求",
            "@table 农村供水工程改造|2027年10月底|各县（区）人民政府逐村排查供水管网，水质不达标的必须限期整改"]
    src = _doc("六盘水市水务局", "各县（区）人民政府：", body)
    assert len(_codes(src, fmt, tmp_path, "GW104")) == 1


# ------------------------------------------------------------ GW105: a relative-clause attendance label
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_relative_clause_attendance_label(fmt, tmp_path):
    body = ["县农业农村局定于2027年5月20日举办高标准农田建设现场观摩活动。",
            "参加观摩的单位为县发展改革局、县财政局、县水利局。县农业龙头企业协会另组织10家企业随队观摩。",
            "活动当日8时在县农业农村局门口集合。"]
    src = _doc("崇仁县农业农村局", "各乡镇人民政府，县直有关单位：", body, title="关于举办高标准农田建设现场观摩活动的通知")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1

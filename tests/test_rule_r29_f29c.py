"""Readings f29c changed in round 29 (GW201–GW203, GW301–GW303, GW401), in surfaces of their own:

- predicates.told_not_asked, "is this demand of now": a table cell of a former column (事项 | 原要求 | 调整后) or of a
  row whose later cell lifts it (取消报送, 停止开展); others' practice reported (近期调研发现，一些社区要求……); a past
  frame opening the sentence that reaches the word across clauses (2026年度，按照……办法，……，市局每月组织暗访) unless
  a turn or a word of the future (将于, 拟) comes between.  Asked by GW301 (launches), GW302, GW401 and GW202.
- inspections.requirement_removed: 凡是以留痕材料计分的一律改为实地核查 replaces the old yardstick.
- GW302 material senses: 台账底数比对 is data, not proof.  negation: 整治前后对比照片 names a time, not a reduction.
- negation: a naming reducer (整治) after a launch verb in its clause (开展村容村貌整治“红黑榜”擂台比拼) is a noun.
- GW301: abstains when the notice's activity is research under a single inspection's name (GW303's reading, now
  inspections.research_named); sent to departments, a declared object must name the governments (考核对象为各县（市）
  农村公路养护工作 is the system's work); 实行 launches; 参赛对象为…… declares the inspected; a 先进旗县（市、区）人民政府
  评比 cell launches.
- GW401: waived_after (已准备的汇报材料不再提交); members joining the team (……研究院派员随行，院内两名规划师全程陪同);
  the visited side after 所到/途经 (所到旗县市农牧局局长陪同, 途经园区的管委会……陪同); 听取……情况介绍 in a programme.
- attendance: list lines of their own (一是……市长；/ 二是……副市长) ask both; a paragraph announcing the list
  (现将参会人员通知如下。) opens it; GW202 asks nothing of attendance told in the past (以往要求……的做法，……不再执行).
- meetings: a printed plan of an event (关于印发……消费节活动方案的通知) hosts it; a side event arranged on the
  programme (安排一场“……”专题研讨会); 每年举办一届“……论坛” in a plan's task table.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _fires(src: str, fmt: str, tmp_path, code: str) -> bool:
    return bool(_codes(src, fmt, tmp_path, code))


# ------------------------------------------------------------ told, not asked: former columns
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, cell, fires", [
    ("事项|原要求|调整后", "取消报送，改为随机实地察看", False),
    ("事项|调整前|调整后", "改为从平台提取数据", False),
    ("事项|原报送要求|处理意见", "取消报送，改为随机实地察看", False),
    ("事项|要求|备注", "每月5日前报送", True),
])
def test_gw302_former_column_cells(header, cell, fires, fmt, tmp_path):
    body = ["市局对面向各区的报送事项进行了梳理，调整如下。", f"@table {header}",
            f"@table 绿化养护|每月报送养护现场照片和养护工作台账|{cell}",
            "确需了解情况的，由业务科室电话沟通。"]
    src = marked_doc("绵阳市园林绿化局", "各区园林绿化局：", body, title="关于精简报送材料的通知",
                     docno="绵园函〔2027〕8号", date="2027年5月8日")
    assert _fires(src, fmt, tmp_path, "GW302") == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, fires", [("事项|原做法|调整后", False), ("事项|做法|说明", True)])
def test_gw301_former_practice_column(header, fires, fmt, tmp_path):
    body = ["经局务会研究，对以下事项作出调整。", f"@table {header}",
            "@table 河道保洁|每月对各乡镇人民政府开展督查并排名|由县水利局通过视频监控掌握情况"]
    src = marked_doc("宁都县水利局", "各乡镇水利站：", body, title="关于调整河道保洁工作方式的通知",
                     docno="宁水字〔2027〕6号", date="2027年3月22日")
    assert _fires(src, fmt, tmp_path, "GW301") == fires


# ------------------------------------------------------------ told, not asked: a past frame across clauses
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("2026年度，按照市政府办公室印发的考核办法，各区须每季度报送投放点位建设情况，市城市管理局每月组织暗访抽查各区人民政府。",
     False),
    ("近年来，垃圾分类工作取得进展，部分小区仍然混投混运，市城市管理局将于5月对各区人民政府开展暗访。", True),
    ("2027年度，按照市政府办公室印发的考核办法，各区须每季度报送投放点位建设情况，市城市管理局每月组织暗访抽查各区人民政府。",
     True),
])
def test_gw301_past_frame_reaches_the_launch(sentence, fires, fmt, tmp_path):
    src = marked_doc("包头市城市管理局", "各区人民政府：", [sentence, "请各区认真落实。"],
                     title="关于生活垃圾分类工作有关事项的通知", docno="包城管字〔2027〕6号", date="2027年2月8日")
    assert _fires(src, fmt, tmp_path, "GW301") == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("过去我县对乡镇的年度考核中，有近三成指标以工作台账和活动照片计分。今年起，凡是以留痕材料计分的一律改为实地核查。", False),
    ("区住房城乡建委负责提供违法建设台账底数比对。", False),
    ("近期调研发现，一些社区要求网格员每天上传巡查照片打卡。为此，现就有关事项通知如下。", False),
    ("年度考核以各乡镇报送的工作台账和活动照片计分。", True),
    ("各乡镇要将整治前后对比照片和工作台账报县农业农村局，作为评定成效的依据。", True),
])
def test_gw302_told_replaced_and_data(sentence, fires, fmt, tmp_path):
    src = marked_doc("崇义县农业农村局", "各乡镇人民政府：", ["现就村庄清洁行动有关事项通知如下。", sentence],
                     title="关于村庄清洁行动有关事项的通知", docno="崇农字〔2027〕9号", date="2027年4月2日")
    assert _fires(src, fmt, tmp_path, "GW302") == fires


# ------------------------------------------------------------ GW401: waived, own team, visited side, programme
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各县（区）按本通知执行，不组织迎送，已准备的汇报材料不再提交。", False),
    ("近年来，一些部门到基层调研存在层层陪同、准备汇报材料等问题。", False),
    ("调研组由厅规划处负责同志带队，厅产业处、省旅游规划设计研究院派员随行，院内两名规划师全程陪同调研组测绘驿站。", False),
    ("所到旗县市农牧局局长陪同，并介绍本地草畜平衡核定情况。", True),
    ("途经园区的管委会分管负责同志陪同，并介绍园区用地保障情况。", True),
    ("请各县（区）准备书面汇报材料，调研时提交。", True),
])
def test_gw401_waived_team_and_visited(sentence, fires, fmt, tmp_path):
    src = marked_doc("锡林郭勒盟农牧局", "各旗县市（区）农牧局：",
                     ["盟农牧局定于2027年8月中旬赴牧区开展草畜平衡落实情况调研。", sentence],
                     title="关于开展草畜平衡落实情况调研的通知", docno="锡农牧函〔2027〕21号", date="2027年8月2日")
    assert _fires(src, fmt, tmp_path, "GW401") == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell, fires", [
    ("听取被考察县商务局关于县域商业体系建设的情况介绍", True),
    ("考察龙游县县级物流配送中心", False),
])
def test_gw401_programme_hears_a_briefing(cell, fires, fmt, tmp_path):
    body = ["省商务厅定于2027年6月15日至16日赴衢州市部分县考察。日程安排如下。", "@table 时间|内容",
            "@table 6月15日上午|考察遂昌县乡镇商贸中心", f"@table 6月15日下午|{cell}", "考察组由厅流通处同志组成。"]
    src = marked_doc("浙江省商务厅", "衢州市商务局：", body, title="关于赴衢州开展县域商业体系建设考察的通知",
                     docno="浙商务函〔2027〕40号", date="2027年6月1日")
    assert _fires(src, fmt, tmp_path, "GW401") == fires


# ------------------------------------------------------------ GW301: research under a name; declared objects
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tail, gw301, gw303", [
    ("专项督导以实地走访和小范围座谈的方式进行。", False, True),
    ("督导发现的问题，各街道要限期整改。", True, False),
])
def test_gw301_abstains_on_research_under_a_name(tail, gw301, gw303, fmt, tmp_path):
    body = ["为深入了解专精特新企业在融资和用地中遇到的困难和问题，听取企业的意见建议，区科技创新局将于6月对各街道办事处开展专项督导。",
            tail]
    src = marked_doc("深圳市龙岗区科技创新局", "各街道办事处：", body, title="关于开展专精特新企业发展专项督导的通知",
                     docno="深龙科〔2027〕5号", date="2027年5月20日")
    assert _fires(src, fmt, tmp_path, "GW301") == gw301
    assert _fires(src, fmt, tmp_path, "GW303") == gw303


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("考核对象为各县（市）农村公路养护工作，考核数据从养护管理系统提取。", False),
    ("考核对象为各县（市）人民政府，考核数据从养护管理系统提取。", True),
    ("州交通运输局对全州8个县（市）人民政府农村公路养护目标完成情况实行季度考核。", True),
    ("参赛对象为全州8个县（市）人民政府，比拼结果排名晾晒。", True),
])
def test_gw301_declared_objects_sent_to_departments(sentence, fires, fmt, tmp_path):
    src = marked_doc("湘西土家族苗族自治州交通运输局", "各县（市）交通运输局：", ["州交通运输局决定开展农村公路养护考核。", sentence],
                     title="关于开展农村公路养护考核的通知", docno="州交函〔2027〕31号", date="2027年9月6日")
    assert _fires(src, fmt, tmp_path, "GW301") == fires


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("县住建局决定自2027年3月起在全县开展村容村貌整治“红黑榜”擂台比拼，每轮得分排名公布。", True),
    ("县住建局决定整治擂台比拼中的弄虚作假行为，排名一律以实地核查为准。", False),
])
def test_gw301_a_naming_reducer_inside_the_launched_name(sentence, fires, fmt, tmp_path):
    src = marked_doc("揭西县住房和城乡建设局", "各乡镇人民政府：", [sentence, "有关安排另行通知。"],
                     title="关于村容村貌整治有关事项的通知", docno="揭西建〔2027〕12号", date="2027年2月20日")
    assert _fires(src, fmt, tmp_path, "GW301") == fires


# ------------------------------------------------------------ GW202: list lines, past attendance
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["参会范围：", "一是各市人民政府市长；", "二是各市人民政府分管工业的副市长；"], True),
    (["省卫生健康委定于6月17日召开全省疾控体系改革推进会。现将参会人员通知如下。", "第一类：各市卫生健康委主任。",
      "第二类：各市卫生健康委分管疾病预防控制工作的副主任。"], True),
    (["参会人员：", "（一）各市人民政府主要负责同志或分管负责同志1人。", "（二）各市工业和信息化局规划科负责人1人。"], False),
    (["一、市直部门召开的业务工作会议，以往要求各市人民政府主要负责同志和分管负责同志同时参会的做法，自本通知印发之日起不再执行。",
      "二、今后每个市只请分管负责同志1人参加。"], False),
])
def test_gw202_list_lines_and_told_attendance(lines, fires, fmt, tmp_path):
    src = marked_doc("安徽省经济和信息化厅", "各市人民政府：", ["定于2027年7月9日在合肥召开全省新型工业化推进会。", *lines],
                     title="关于召开全省新型工业化推进会的通知", docno="皖经信函〔2027〕9号", date="2027年6月20日")
    assert _fires(src, fmt, tmp_path, "GW202") == fires


# ------------------------------------------------------------ GW203: side events of a hosted event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, item, fires", [
    ("关于印发2027年湖州市数字生活消费节活动方案的通知", "消费节期间，同期举办“数字消费新场景”发展论坛。", True),
    ("关于举办外贸企业出口合规培训班的通知", "第二天下午安排一场“外贸新业态合规”专题研讨会。", True),
    ("关于举办外贸企业出口合规培训班的通知", "培训期间不安排“外贸新业态合规”专题研讨会。", False),
    ("关于做好外贸企业出口合规工作的通知", "第二天下午安排一场“外贸新业态合规”专题研讨会。", False),
])
def test_gw203_side_events(title, item, fires, fmt, tmp_path):
    src = marked_doc("湖州市商务局", "各区县商务局：", ["现将有关事项通知如下。", item], title=title,
                     docno="湖商务〔2027〕15号", date="2027年4月10日")
    assert _fires(src, fmt, tmp_path, "GW203") == fires

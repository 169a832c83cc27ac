"""Classes f20c fixed in round 20 (issue 15), in other phrasings than the drafts that showed them:

- GW106: a recurring time tied to a school term, a year of school or a batch of work (每学年结束前1个月,
  每期研学活动结束后7个工作日内, 每批次……两周内) is a deadline: a procedure laid down with it is a demand.
- GW106: stopping a report (一律停止填报, 自即日起停止向市局报送, 暂停报送) lifts a duty, it asks nothing;
  a report asked in the next sentence is still asked.
- GW106: a plain-text table headed 完成节点/时间节点 | 工作任务 | 报送材料 is a table of materials; its lead
  sentence handing the work to the table (请……按下表节点推进) is where the demand is told.
- GW302: a sentence sending 佐证材料 after a table whose proof column (佐证资料（上传平台）) was told hands in
  what the column asked for: one demand; other records asked for there are a second.
- GW401: a programme's rows may open with clock hours (9时, 14时30分): 听取……汇报 in its cell is asked of the
  visited side; a site or route chosen by the visited side (现场点由所到街道提前确定) is staging, by the team not.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_lead20_classes import _doc


# ------------------------------------------------------------ GW106: deadlines tied to terms and batches
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、各校每学年结束前1个月，将本学年学生资助工作总结报送县教育体育局。", True),
    ("二、各校每期研学活动结束后7个工作日内，将活动开展情况统计表报送县教育体育局。", True),
    ("二、每批次评审结束后两周内，各校将评审结果汇总表上报县教育体育局。", True),
    ("二、各校于本学期结束前将学生资助工作总结报送县教育体育局。", True),
    ("二、各校每学期开学前2周，完成校舍安全隐患自查。", False),
])
def test_gw106_term_and_batch_deadlines(line, fires, fmt, tmp_path):
    src = _doc("某县教育体育局", "各中小学校：", ["为做好有关工作，现通知如下。", line], "关于做好学校有关工作的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW106") if f.severity != "error"]
    assert len(found) == int(fires), [f.message for f in found]


# ------------------------------------------------------------ GW106: a stopped report lifts a duty
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["一、保留的6张报表在厅网站公布，目录之外的报表一律停止填报。"], False),
    (["一、原农田建设周报自即日起停止向厅里报送，数据由平台自动生成。"], False),
    (["一、水利工程进度旬报暂停报送。"], False),
    (["一、原农田建设周报停止使用。请各市人民政府于每月5日前将新版进度统计表报送省厅。"], True),
])
def test_gw106_stopped_reports(lines, fires, fmt, tmp_path):
    src = _doc("某省农业农村厅", "各市人民政府：", ["为减轻基层负担，现将有关事项通知如下。", *lines],
               "关于清理涉农报表的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == int(fires), [f.message for f in found]


# ------------------------------------------------------------ GW106: a table led by 按下表节点
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header, cells, fires", [
    ("完成节点|工作任务|报送材料", ["8月15日前|完成摸底|摸底情况明细表", "9月30日前|完成整改|整改情况报告"], True),
    ("时间节点|工作任务|完成标志", ["8月15日前|完成摸底|台账建立", "9月30日前|完成整改|问题清零"], False),
])
def test_gw106_table_led_by_nodes(header, cells, fires, fmt, tmp_path):
    lead = "请各乡镇人民政府按下表节点推进整治工作。"
    src = _doc("某县住房和城乡建设局", "各乡镇人民政府：",
               ["为消除农村危房安全隐患，县住房和城乡建设局决定开展农村危房排查整治。", lead,
                f"@table {header}", *[f"@table {c}" for c in cells], "联系人：李明，电话：0791-8888888。"],
               "关于开展农村危房排查整治的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == int(fires), [f.message for f in found]
    if fires:
        assert found[0].excerpt.startswith(lead[:10]), found[0].excerpt  # told at the lead sentence
        assert "摸底情况明细表" in found[0].message


# ------------------------------------------------------------ GW302: the proof column sent afterwards
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header", ["佐证材料（上传平台）", "佐证材料（照片、签到表）"])  # a long note: still a header
@pytest.mark.parametrize("after, count", [
    ("各卫生院于12月10日前将佐证材料报送县卫生健康局。", 1),
    ("佐证材料统一通过县卫生健康信息平台上传。", 1),
    ("各卫生院年底另报送全年例会会议记录和工作台账，作为考核依据。", 2),
])
def test_gw302_proof_column_then_sent(header, after, count, fmt, tmp_path):
    src = _doc("某县卫生健康局", "各乡镇卫生院：",
               ["为推进基本公共卫生服务，具体任务如下：", f"@table 工作任务|完成时间|{header}",
                "@table 慢病患者随访|10月底前|随访现场照片", "@table 健康教育讲座|11月底前|讲座签到表", after],
               "关于做好基本公共卫生服务项目工作的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == count, [f.message for f in found]


# ------------------------------------------------------------ GW401: clock-hour programmes, sites chosen
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["日程如下：", "@table 时间|地点|内容", "@table 9时30分|东城街道|察看社区食堂；听取东城街道养老服务工作汇报",
      "@table 15时|西城街道|察看日间照料中心"], True),
    (["调研安排：现场点由所到街道提前确定，每个点停留不超过30分钟。"], True),
    (["调研安排：考察线路由被调研的街道办事处规划。"], True),
    (["调研安排：现场点由调研组随机确定，不提前通知。"], False),
    (["日程如下：", "@table 时间|地点|内容", "@table 9时30分|东城街道|察看社区食堂",
      "@table 15时|西城街道|察看日间照料中心"], False),
])
def test_gw401_programme_hours_and_sites(body, fires, fmt, tmp_path):
    src = _doc("某市民政局", "东城街道办事处，西城街道办事处：",
               ["市民政局定于6月20日开展社区养老服务调研。", *body], "关于开展社区养老服务调研的通知")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert len(found) == int(fires), [f.message for f in found]

"""Readings f29a changed in round 29 (holdout29r–holdout32r's GW105 false alarms on recipient lines, two GW104 misses),
in surfaces of its own:

- GW105 "does the lower level have no work": the rule said so by default whenever no reading placed work at a level it
  sends to.  Now a lower government the issuer names in its own words whose part no reading decided (对11个设区市人民政府
  ……开展擂台赛; 乡镇在……中遇到困难的，可……; 龙泉镇、石门镇负责……) leaves that level's work open and the rule abstains.
  Mentions that are read stay read: a word qualifying a noun (乡镇卫生院), waived or denied (各乡镇不安排陪同), told as done
  or as a result (三市排名前三位), a place the issuer acts in or a body it only tells (反馈各设区市), a quantified
  description (部分山区乡镇……), a sample's range (每个乡镇抽取2个点位), a bare cell of a list (所在地 | 九江市) unless the
  document inspects or assesses; a word qualifying the place's own office (所在乡镇的安全生产监管机构) stays open.  A duty lifted right after the body (乡镇无需另行组织自查) concerns it.  Where townships are
  sent the document, 乡镇/街道 without 各 and named towns (龙泉镇、) are read as township governments for this question.
- GW105 "whose plan takes it in": 纳入地方国民经济和社会发展年度计划 puts the work in the plans of every lower level sent to,
  as 纳入县级财政预算 does in the county's; not when told as done (已纳入).
- GW104 "whose meeting says 会议要求": a convening whose clause names no host (……，每月召开一次调度会) says nothing of whose
  meeting it is and no longer hides the issuer's own meeting of its 纪要.
- GW104 "is this a request for help": 推荐 qualifying the object of 填报/填写/录入/上传 (填报推荐项目基本情况) is no
  request to recommend; the request is the filling in.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


# ------------------------------------------------------------ GW105: township mentions left open
_CHECK = ["县民政局决定于9月对全县养老机构开展消防安全检查。", "检查由县民政局会同县消防救援大队组织实施，发现的隐患当场交办机构整改。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("乡镇在检查中发现重大隐患的，可直接与县民政局养老服务股联系。", False),
    ("二、现场引导。龙泉镇、石门镇负责各自辖区检查点的引导。", False),
    ("检查期间，乡镇无需另行组织自查。", False),
    ("检查结束后，县民政局将结果反馈各养老机构。", True),
    ("部分山区乡镇养老机构床位空置率较高。", True),
    ("乡镇卫生院的医养结合床位由县卫生健康局另行安排检查。", True),
    ("检查不打招呼，各乡镇不安排陪同，不准备汇报材料。", True),
    ("检查组进入机构前，电话告知所在乡镇的安全生产监管机构，便于后续跟踪。", False),
    ("检查组进入机构前，电话告知所在乡镇的卫生院，便于后续跟踪。", True),
])
def test_gw105_township_mentions_left_open(last, fires, fmt, tmp_path):
    src = marked_doc("彭泽县民政局", "各乡镇人民政府：", [*_CHECK, last],
                     title="关于开展2027年养老机构消防安全检查的通知", docno="彭民字〔2027〕21号", date="2027年8月20日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: city mentions left open or read
_AIR = ["今冬明春是细颗粒物高发期，省生态环境厅决定开展蓝天保卫战专项行动。", "监测数据全部取自国控和省控自动站，不另行向各地收集材料。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("（二）比拼方式。对11个设区市人民政府按季度开展空气质量改善擂台赛，结果在省厅网站晾晒。", False),
    ("去年专项行动中，南昌、九江、赣州三市排名前三位。", True),
    ("行动结束后，省生态环境厅将监测结果反馈各设区市，供改进工作参考。", True),
])
def test_gw105_city_mentions_left_open(last, fires, fmt, tmp_path):
    src = marked_doc("江西省生态环境厅", "各设区市人民政府：", [*_AIR, last],
                     title="关于开展2027年蓝天保卫战专项行动的通知", docno="赣环函〔2027〕40号", date="2027年10月12日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, head, title, fires", [
    ("省厅将组成督导组，按下表开展秋冬季扬尘治理督导检查，不听取汇报。", "督导对象", "关于开展2027年秋冬季扬尘治理督导检查的通知",
     False),
    ("经评审和公示，现将2027年度省级示范农家书屋名单予以公布。", "所在地", "关于公布2027年度省级示范农家书屋名单的通知", True),
])
def test_gw105_places_in_a_table(lead, head, title, fires, fmt, tmp_path):
    body = [lead, f"@table 序号|名称|{head}", "@table 1|第一组|九江市人民政府", "@table 2|第二组|上饶市人民政府",
            "联系人：王立新，电话：0791-86200001。"]
    src = marked_doc("江西省住房和城乡建设厅", "各设区市人民政府：", body, title=title, docno="赣建函〔2027〕77号",
                     date="2027年10月15日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: 纳入地方……计划
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("把冰雪旅游基础设施建设纳入地方国民经济和社会发展年度计划，合理安排建设时序。", False),
    ("冰雪旅游基础设施建设已纳入地方国民经济和社会发展年度计划。", True),
])
def test_gw105_taken_into_local_plans(last, fires, fmt, tmp_path):
    body = ["各市（州）人民政府要在2027年5月底前制定本地冰雪旅游发展年度计划。", "省文化和旅游厅要会同省发展改革委建立重点项目调度机制。",
            last]
    src = marked_doc("吉林省人民政府办公厅", "各市（州）人民政府，各县（市）人民政府，省政府各厅委、各直属机构：", body,
                     title="关于加快冰雪旅游发展的通知", docno="吉政办发〔2027〕9号", date="2027年3月18日")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: 会议要求 after a hostless convening
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("middle, fires", [
    ("二、关于管线迁改。市局牵头与各管线单位建立协调机制，每月召开一次调度会。", True),
    ("二、关于管线迁改。3月10日，市人民政府召开全市城建工作会议，研究管线迁改。", False),
])
def test_gw104_own_minutes_after_a_hostless_convening(middle, fires, fmt, tmp_path):
    body = ["2027年3月2日，宜宾市住房和城乡建设局召开城镇燃气管道更新改造推进会，现将会议议定事项纪要如下。",
            "一、关于年度计划。今年全市计划更新改造燃气管道120公里，目前已开工35公里。", middle,
            "三、关于开工进度。会议要求，各县（区）人民政府要在6月底前实现年度计划项目全部开工。"]
    src = marked_doc("宜宾市住房和城乡建设局", "各县（区）人民政府：", body, title="城镇燃气管道更新改造推进会会议纪要",
                     docno="宜住建纪〔2027〕2号", date="2027年3月6日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: 推荐 in the object of 填报
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("联系人：市文化和旅游局产业科　谭明，电话：0356-2021567。请于6月10日前通过“文旅项目管理平台”填报推荐项目的基本情况。",
     True),
    ("请于6月10日前录入推荐集聚区的申报材料。", True),
    ("请于6月10日前推荐1至2个集聚区。", False),
    ("请于6月10日前将推荐意见反馈市文化和旅游局产业科。", False),
])
def test_gw104_recommended_in_the_object(last, fires, fmt, tmp_path):
    body = ["为推动文旅产业集聚发展，市文化和旅游局决定开展2027年度市级文旅产业集聚区认定工作。",
            "一、认定条件。集聚区内文旅企业不少于20家，年营业收入5亿元以上。",
            "二、认定程序。市文化和旅游局组织专家评审，结果在市政府网站公示。", last]
    src = marked_doc("晋城市文化和旅游局", "各县（市、区）人民政府：", body,
                     title="关于开展2027年度市级文旅产业集聚区认定工作的通知", docno="晋市文旅发〔2027〕18号",
                     date="2027年5月20日")
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]

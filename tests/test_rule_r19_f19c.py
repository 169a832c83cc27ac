"""Classes f19c fixed in round 19 (issue 15), in other phrasings than the drafts that showed them:

- GW106: a time set by holidays, once or recurring (逢节假日前1日, 每逢法定节假日前一周, 在春节、国庆等长假前2个工作日)
  is a deadline; a self-inspection report the recipients form before the issuer's inspection (先行自查，形成自查报告，
  ……提供) is handed up to it (先行 orders the step, 提供 hands over what was formed); the schools and hospitals of a
  department's own system (每所学校……由校长签字) are its lower units; 交 before an addressee (交所在县教育局) submits.
- GW202: a training the notice holds (举办……培训班) asks for its trainees as a meeting does for attendees: the head
  and the deputy of one unit sent together to it is the escort the policy forbids (the levels trainees come from are
  not counted: a training serves those who do the work).
- Tables a .txt copy writes one cell a line: a heading (五、进度安排, （三）进度安排) or the table's title introduces
  the table as a lead sentence does, and is no column; 阶段, 组别 … name a first column; a date closing a full row of
  a date column (各区人民政府 | 2026年6月30日) with more text after it is a cell, not the 成文日期; rows of a
  programme may open with 第一组, 第2站.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that fire and near misses that stay quiet."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW106: times set by holidays
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("二要抓好值守。各县（区）林业局逢节假日前1日将节日期间防火值班表报市局防火办。", True),
    ("（二）各县（区）林业局在清明、五一等假日前3天将巡护安排表报送市林业局。", True),
    ("每逢重大节日前一周，各县（区）林业局将森林防火检查情况报送市局防火办。", True),
    ("各县（区）林业局在节前3天将值班表报送市林业局。", True),
    ("各县（区）林业局于汛前将防汛物资储备清单报送市林业局。", True),
    ("各县（区）林业局于重大活动前2日将安保方案报送市林业局。", True),
    ("各县（区）林业局在节假日前后加强巡护，值班表在本单位公示。", False),
    ("节假日期间发生火情后，立即报告市森林防火指挥部办公室。", False),
    ("市局在清明节前将全市森林防火检查安排通报各县（区）林业局。", False),
])
def test_gw106_holiday_times_are_deadlines(sentence, fires, fmt, tmp_path):
    src = _doc("某市林业局", "各县（区）林业局：", ["为做好节假日森林防火工作，现将有关事项通知如下。", sentence],
               "关于做好节假日期间森林防火工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: a self-inspection report handed to the inspection
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各县（区）先行自查，形成自查报告，并提供隐患排查照片作为佐证。", True),
    ("各县（区）先行开展自评，形成自评报告，评估组进驻时提供。", True),
    ("各县（区）先行自查，形成书面自查报告，连同问题清单一并提交市评估组。", True),
    ("各县（区）首先开展自查，形成自查报告，评估组进驻时提交。", True),
    ("各县（区）开展自评，形成自评报告，评估组到达前提供。", True),
    ("评估组进驻时，各县（区）做好配合，不另行准备汇报材料。", False),
    ("各县（区）先行自查，自查情况留存备查，不再另行报送。", False),
    ("市局将为各县（区）提供评估培训课件和操作手册。", False),
    ("请各县（区）按照评估组要求如实提供有关数据，不另行制作材料。", False),
])
def test_gw106_self_inspection_report_to_inspection(sentence, fires, fmt, tmp_path):
    src = _doc("某市卫生健康委员会", "各县（区）卫生健康局：",
               ["为掌握基层医疗卫生服务能力，市卫生健康委决定开展能力评估。", "@heading1 一、评估程序", sentence,
                "市评估组随后分赴各县（区）开展现场核查。"], "关于开展基层医疗卫生服务能力评估的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: the institutions of the issuer's own system
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, sentence, errors", [
    ("某省教育厅", "各市教育局：", "每所中小学校填写食品安全承诺书，由校长签字并加盖学校公章。", 1),
    ("某市卫生健康委员会", "各县（区）卫生健康局：", "各乡镇卫生院填写安全生产承诺书，由院长签字后存档。", 1),
    ("某市教育局", "各县（区）教育局：", "各幼儿园填写自查表，经园长签字确认后交所在县（区）教育局。", 1),
    ("某市市场监督管理局", "各县（区）市场监督管理局：", "承包学校食堂的企业签订承诺书，由企业负责人签字并加盖企业公章。", 0),
    ("某市教育局", "各县（区）教育局：", "家长签收回执由班主任留存，学生自愿参加。", 0),
])
def test_gw106_institutions_of_own_system_sign(issuer, recipients, sentence, errors, fmt, tmp_path):
    src = _doc(issuer, recipients, ["为保障师生安全，现将有关事项通知如下。", sentence], "关于做好秋季开学安全工作的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW106") if f.severity == "error"]
    assert len(found) == errors, [f.message for f in found]


# ------------------------------------------------------------ GW202: a training held is a meeting
_TRAINING = "关于举办全省政务服务业务培训班的通知"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, lines, fires", [
    (_TRAINING, ["请各设区市行政审批局局长和分管副局长参加培训。"], True),
    (_TRAINING, ["@heading1 二、参训人员", "各设区市行政审批局主要负责同志和分管负责同志。"], True),
    ("关于举办全省政务服务业务培训会的通知", ["各设区市行政审批局主要负责同志和分管负责同志均须参加培训。"], True),
    (_TRAINING, ["请各设区市行政审批局主要负责同志或分管负责同志参加培训，另派1名业务骨干参训。"], False),
    (_TRAINING, ["@heading1 二、参训人员", "各设区市行政审批局分管负责同志和业务科室负责人。"], False),
    # trainees from the levels that do the work: a training is no meeting that pulls levels up
    (_TRAINING, ["请各县（市、区）行政审批局分管负责同志和业务骨干各1名参加培训。"], False),
    ("关于做好政务服务事项清理工作的通知",
     ["各设区市要组织行政审批局主要负责同志和分管负责同志参加国务院办公厅举办的网络培训。"], False),
])
def test_gw202_training_is_a_meeting(title, lines, fires, fmt, tmp_path):
    src = _doc("江西省政务服务管理办公室", "各设区市行政审批局：",
               ["为提升政务服务能力，省政务服务办定于7月8日至9日在南昌举办全省政务服务业务培训班。"
                if "培训" in title else "为提升政务服务能力，现将有关事项通知如下。", *lines], title)
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: a topic heading above the sentence that asks
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, expected", [
    # the heading names the topic, the sentence under it asks: one finding, at the sentence
    (["@heading1 二、迎检资料准备", "各县（区）将创建工作资料汇编成册，并制作工作展板，迎接考核组检查。"], ["汇编成册"]),
    (["@heading1 二、迎检工作", "@heading2 （一）迎检材料整理", "各县（区）要将活动照片、会议记录装订成册，供考核组查阅。",
      "@heading2 （二）现场准备", "各县（区）做好点位整治。"], ["装订成册"]),
    # a heading whose section asks nothing more is the demand itself
    (["@heading1 二、迎检资料汇编", "@heading1 三、现场准备", "各县（区）做好点位整治。"], ["二、迎检资料汇编"]),
])
def test_gw302_topic_heading_told_at_its_sentence(lines, expected, fmt, tmp_path):
    src = _doc("某市文明办", "各县（区）文明办：", ["省文明办将于10月开展年度测评。现将迎检有关事项通知如下。", *lines],
               "关于做好文明城市测评迎检工作的通知")
    from gwlint.api import lint_path
    from .drafts import render_draft

    path = render_draft(src, fmt, tmp_path)
    text = path.read_text(encoding="utf-8") if fmt == "txt" else None
    found = [f for f in lint_path(path).findings if f.code == "GW302"]
    assert len(found) == len(expected), [f.message for f in found]
    if text is not None:
        rows = text.splitlines()
        assert all(e in rows[f.line - 1] for f, e in zip(found, expected)), [rows[f.line - 1] for f in found]


# ------------------------------------------------------------ a table a .txt copy writes one cell a line
# (introduced by a heading or its own title, its first column named unfamiliarly) reads as .docx/.pdf read it
_TASKS = ["@table 任务|具体措施|责任单位|完成时限", "@table 路面修复|分批修补破损路面|各区城市管理局|2026年7月31日",
          "@table 广告清理|拆除违规户外广告|市城管执法支队|2026年6月30日"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead", ["@heading1 二、任务分工", "@heading2 （二）任务分工", "任务分工如下："])
def test_gw708_date_cell_of_a_table_under_a_heading(lead, fmt, tmp_path):
    src = _doc("赣州市城市管理局", "各区城市管理局：", ["为改善人居环境，现将有关事项通知如下。", lead, *_TASKS,
                                                   "联系人：钟伟，电话：0797－8120365。"], "关于开展背街小巷环境整治的通知")
    assert not _codes(src, fmt, tmp_path, "GW708")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, first", [("@heading1 三、进度安排", "阶段"), ("@heading2 （三）进度安排", "步骤"),
                                         ("进度安排见下表。", "阶段")])
def test_gw302_proof_column_under_a_heading(lead, first, fmt, tmp_path):
    rows = [f"@table {first}|时间|主要工作|佐证资料", "@table 部署启动|5月1日至5月15日|制定方案|动员会签到表和会议照片",
            "@table 集中整治|5月16日至9月15日|开展检查|检查现场照片、检查记录表"]
    src = _doc("某省市场监督管理局", "各市州市场监督管理局：", ["为开展专项整治，现将有关事项通知如下。", lead, *rows,
                                                       "联系人：黄志强，电话：027－87119035。"], "关于开展专项整治的通知")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert len(found) == 1 and "此栏" in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("escort, fires", [("县农业农村局主要负责同志", True), ("不安排陪同", False)])
def test_gw401_grouped_schedule_table(escort, fires, fmt, tmp_path):
    head = "陪同人员" if fires else "方式"
    src = "\n".join(["@doc_number 赣农函〔2026〕97号", "@title 江西省农业农村厅关于开展高标准农田管护调研的通知",
                     "@recipients 有关设区市农业农村局：", "省农业农村厅将于6月中旬分组赴部分县开展调研，具体安排见附件。",
                     "附件：分组调研日程安排表", "@signature 江西省农业农村厅", "@date 2026年6月2日", "@attachment_label 附件",
                     "@attachment_title 分组调研日程安排表", f"@table 组别|日期|调研县|{head}",
                     f"@table 第一组|6月15日|南昌县、进贤县|{escort}", f"@table 第二组|6月16日|泰和县|{escort}"]) + "\n"
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]

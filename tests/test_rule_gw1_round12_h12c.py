"""GW104/GW105/GW107 on the holdout12 classes (issue 15, round 12, h12c).

GW105: work handed to lower governments without a modal (各区人民政府明确一名联络员; ……年内在……
各建成……), the bare 镇街 as a subject, lettered items (a）b）), meeting notices whose attendees
are one level only, and informing notices (competition results, a move, a visit that asks nothing).
GW104: 务请/烦请, lettered items, result-qualified subjects (排名后三位的……人民政府要……), and
issuers that are no government department (人大常委会办公厅, 政协办公厅, 党委部门, a 师市办公室).
GW107: 专报 straight to the leaders.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has a case that must fire
and a near miss that must stay quiet."""
from __future__ import annotations

import pytest

from gwlint.analysis.markers import body_start
from gwlint.analysis.orgs import classify, non_government_body

from .drafts import lint_codes as _codes, marked_doc as _doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ GW105: work without a modal
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("duty, quiet", [
    ("各区人民政府明确一名联络员与领导小组办公室对接。", True),
    ("各县（市、区）人民政府年内在城区各建成2个以上社区嵌入式服务综合体。", True),
    ("调整后的领导小组成员名单见附件。", False),  # nothing for the districts
])
def test_gw105_bare_verb_duty_is_work(fmt, duty, quiet, tmp_path):
    src = _doc("株洲市人民政府办公室", "各区人民政府，各县（市、区）人民政府，市政府各部门：" if "县" in duty
               else "各区人民政府，市政府各部门：",
               ["因人事变动，市政府决定调整市城市更新工作领导小组成员。", duty],
               title="关于调整市城市更新工作领导小组成员的通知")
    assert (_codes(src, fmt, tmp_path, "GW105") == []) is quiet


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("actor, quiet", [("镇街", True), ("区财政局", False)])
def test_gw105_bare_zhenjie_subject(fmt, actor, quiet, tmp_path):
    src = _doc("佛山市南海区人民政府", "各镇人民政府、街道办事处，区政府各部门：", [
        "一、拆除整理低效工业用地2000亩。（责任单位：区自然资源局）",
        f"二、{actor}负责辖区内改造项目的土地归集和权属协调。"], title="关于推进村级工业园改造的通知")
    assert (_codes(src, fmt, tmp_path, "GW105") == []) is quiet


# ------------------------------------------------------------ lettered items
def test_body_start_skips_letter_items():
    assert body_start("a）各市人民政府应当组织评估。") == 2
    assert body_start("（b）各市人民政府要推动更新。") == 3
    assert body_start("A级景区要做好接待。") == 0  # a grade, no item letter


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw104_lettered_items_and_wuqing(fmt, tmp_path):
    src = _doc("河南省自然资源厅", "各省辖市人民政府：", [
        "现就加快批而未供土地处置有关事项通知如下。",
        "务请各省辖市人民政府将批而未供土地处置纳入年度重点工作，撤并前须充分听取群众意见。",
        "a）各省辖市人民政府应当对批准满三年仍未供应的土地逐宗核查。",
        "b）各省辖市人民政府要于每季度末组织一次处置情况调度。"])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert len(found) == 3
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw104_request_for_views_stays_quiet(fmt, tmp_path):
    src = _doc("河南省自然资源厅", "各省辖市人民政府：", [
        "我厅起草了《河南省批而未供土地处置办法（征求意见稿）》。",
        "务请各省辖市人民政府于6月30日前反馈修改意见。"], title="关于征求意见的函")
    assert _codes(src, fmt, tmp_path, "GW104") == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("sentence, hits", [
    ("排名后三位的设区市人民政府要在8月31日前制定整改方案。", 1),
    ("排名后三位的设区市人民政府已于7月底前提交整改方案。", 0),
])
def test_gw104_result_qualified_subject(fmt, sentence, hits, tmp_path):
    src = _doc("江苏省生态环境厅", "各设区市人民政府：", ["现将上半年各设区市空气质量排名情况通报如下。", sentence])
    assert len(_codes(src, fmt, tmp_path, "GW104")) == hits


# ------------------------------------------------------------ GW104: who is a government department
@pytest.mark.parametrize("name, other", [
    ("湖南省人大常委会办公厅", True), ("江西省政协办公厅", True), ("湖南省委组织部", True), ("中共岳阳市委宣传部", True),
    ("江西省农业农村厅", False), ("南昌市城市管理委员会", False), ("湖南省卫生健康委员会", False),
])
def test_non_government_bodies(name, other):
    assert non_government_body(name) is other


def test_bingtuan_division_office_is_the_general_office():
    assert classify("第一师阿拉尔市办公室").kind == "government_office"
    assert classify("第三师图木舒克市住房和城乡建设局").kind == "department"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, hits", [
    ("湖南省人大常委会办公厅", "各市州人民政府：", 0),
    ("江西省政协办公厅", "各设区市人民政府：", 0),
    ("第一师阿拉尔市办公室", "各团镇，师市各部门：", 0),
    ("第一师阿拉尔市应急管理局", "各团镇：", 1),  # 团镇合一: the 团镇 are lower governments
    ("湖南省农业农村厅", "各市州人民政府：", 1),
])
def test_gw104_issuer_must_be_a_government_department(fmt, issuer, recipients, hits, tmp_path):
    subject = "各团镇" if "团镇" in recipients else recipients.split("，")[0].rstrip("：")
    src = _doc(issuer, recipients, [f"{subject}要组织有关部门在6月底前完成自查。"])
    assert len(_codes(src, fmt, tmp_path, "GW104")) == hits


# ------------------------------------------------------------ GW105: meetings and informing notices
_MEETING = ["经省人民政府同意，定于2026年6月18日在昆明召开全省招商推介工作会议。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, fires", [
    ("参会人员为各州、市人民政府分管负责同志，省投资促进局主要负责同志。会议不设分会场。", True),
    ("各州、市和各县（市、区）设分会场，各县（市、区）人民政府分管负责同志在本地分会场参会。", False),
])
def test_gw105_meeting_attendees_carry_the_work(fmt, who, fires, tmp_path):
    src = _doc("云南省人民政府办公厅", "各州、市人民政府，各县（市、区）人民政府，省直有关部门：", [*_MEETING, who],
               title="关于召开全省招商推介工作会议的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) is fires
    if fires:
        assert found[0].data["idle_levels"] == ["county"] and found[0].data["work_levels"] == ["city"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["2026年全区技能竞赛决赛于8月在南宁举行，共168名选手参加。经评审委员会评定，现将竞赛结果通报如下。",
      "柳州市代表队获团体一等奖，另有10个代表队获得优秀组织奖。"], True),
    (["市政府机关定于3月14日搬迁至市行政中心办公。", "机要文件交换地点调整为市行政中心1号楼一楼。"], True),
    (["市政府主要领导定于9月下旬随机走访部分果园和冷库。", "调研组自行前往，不陪同、不汇报、不安排接待。"], True),
    (["市政府主要领导定于9月下旬随机走访部分果园和冷库。", "请各县（市、区）人民政府确定一名联络员。"], False),
])
def test_gw105_informing_notices(fmt, body, fires, tmp_path):
    src = _doc("运城市人民政府办公室", "各县（市、区）人民政府：", body)
    assert bool(_codes(src, fmt, tmp_path, "GW105")) is fires


# ------------------------------------------------------------ GW107: 专报
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("route, fires", [
    ("由县应急管理局专报县长、分管副县长。", True),
    ("由县应急管理局专报县人民政府。", False),
])
def test_gw107_zhuanbao_to_leaders(fmt, route, fires, tmp_path):
    src = _doc("桃江县应急管理局", "各乡镇应急管理办公室：",
               ["各乡镇应急管理办公室每周对辖区隐患点巡查一次。", f"排查中发现需县级统筹的重大隐患，{route}"])
    assert bool(_codes(src, fmt, tmp_path, "GW107")) is fires

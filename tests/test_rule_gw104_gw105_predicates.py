"""GW104/GW105 read the work of lower governments by structure (issue 15, round 13, h13p): the
predicate after a government subject by its part of speech (jieba's dictionary tags), whatever the
verb; no work when the government only qualifies a noun, when the duty is declined, or when the
demand is another body's reported background or a past one; a relief still concerns the recipients.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has cases that must fire and near
misses that must stay quiet, in several phrasings."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft

FORMATS = ["txt", "docx", "pdf"]


def _codes(source: str, fmt: str, tmp_path, code: str) -> list:
    r = lint_path(render_draft(source, fmt, tmp_path))
    assert r.error is None
    return [f for f in r.findings if f.code == code]


def _doc(issuer: str, recipients: str, body: list[str], *, docno: str = "x字〔2026〕8号",
         title: str = "关于做好有关工作的通知") -> str:
    lines = [f"@doc_number {docno}", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


_OWN = "三、市财政局负责资金保障，9月底前拨付到位。"


# ------------------------------------------------------------ GW105: work however the verb is written
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、各县（市、区）人民政府6月底前摸清闲置校舍底数，逐处登记造册。",            # 摸清, 登记造册: on no list
    "一、各旗县区人民政府凡开工率低于60%的，由主要负责同志统筹调度，挂图督战。",    # after a 凡……的 condition
    "一、各县市区人民政府对被占用的国有房产依法收回腾退。",                          # 腾退 after a 对-phrase
    "一、各县区无需另行报送季度进度表，数据从平台调取。",                            # a relief concerns them
])
def test_gw105_quiet_when_counties_work_in_any_words(fmt, line, tmp_path):
    src = _doc("宜春市人民政府办公室", "各县（市、区）人民政府，市直有关单位：", [line, "二、市教育局负责统筹。", _OWN])
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、各县（市、区）的乡镇卫生院要储备防暑降温药品。",            # the counties qualify 卫生院 (的)
    "一、各乡镇卫生院要于5月底前完成老年人体检预约。",               # 卫生院 an institution (nt)
    "一、各县区经验做法值得总结推广。",                               # 经验: a noun phrase, no subject
    "一、各县区已于上月完成排查，隐患均已整改到位。",                 # done
    "一、调研期间各县区不安排陪同，不准备汇报材料。",                 # declined this time, nothing lifted
])
def test_gw105_fires_when_counties_have_no_work(fmt, line, tmp_path):
    src = _doc("宜春市人民政府办公室", "各县（市、区）人民政府，市直有关单位：", [line, "二、市教育局负责统筹。", _OWN])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["county"]


# ------------------------------------------------------------ GW104: subjects, conditions, reported demands
_DEPT, _CITIES = "四川省自然资源厅", "各市（州）人民政府："


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、各市（州）特别是列入试点的、任务超过500户的，要倒排工期，挂图作战。",
    "一、相关市（州）人民政府如在巡查中发现隐患返弹的，应当在15日内重新纳入治理清单。",
    "一、要求各涉农市（州）在春耕前完成撂荒地复耕。",
    "一、各重点市（州）已完成排查的，要于11月15日前公布结果。",
])
def test_gw104_fires_on_directives_in_other_shapes(fmt, line, tmp_path):
    src = _doc(_DEPT, _CITIES, [line, "二、省自然资源厅负责技术指导。"])
    assert len(_codes(src, fmt, tmp_path, "GW104")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "今年3月，省人民政府办公厅印发《防汛工作方案》，要求各市（州）在主汛期前务必完成隐患排查。目前均已完成。",
    "2025年，省人民政府在《实施意见》中要求各市（州）人民政府建立动态调整机制，目前各市（州）均已建立。",
    "此前要求各地按月报送的《地质灾害巡查进度表》同时停止使用。",
    "各乡镇卫生院要于5月底前完成职工体检，村卫生室须逐户核对名单。",
    "各试点县在创建方案中已承诺须于2027年底前建成监测站点。",
])
def test_gw104_quiet_on_reported_past_attributive_and_promised(fmt, line, tmp_path):
    src = _doc(_DEPT, _CITIES, [line, "省自然资源厅将会同各市（州）人民政府开展技术复核。"])
    assert _codes(src, fmt, tmp_path, "GW104") == []


def test_word_tags_drive_the_reading():
    """The same sentence shape reads as work or not by the word after the subject: a verb the lists
    never held (摸清) is a predicate, an institution noun (卫生院) makes the unit a modifier."""
    from gwlint.segment import word_tag

    assert word_tag("摸清").startswith("v") and word_tag("倒排").startswith("v")
    assert word_tag("卫生院") == "nt"


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_gw105_issuers_own_task_after_a_higher_document(fmt, tmp_path):
    """A higher body's document named before the issuer's own sentence (市人民政府印发《……》，各县……) does
    not make that sentence reported speech: the counties' work is the issuer's task for them."""
    src = _doc("宜春市水利局", "各县（市、区）人民政府：", [
        "市人民政府印发《2026年防汛工作方案》，各县（市、区）人民政府6月底前摸清小型水库隐患底数。",
        "市水利局负责技术指导。"])
    assert _codes(src, fmt, tmp_path, "GW105") == []
    src = _doc("宜春市水利局", "各县（市、区）人民政府：", [
        "今年3月，市人民政府印发《2026年防汛工作方案》，要求各县（市、区）在主汛期前完成小型水库隐患排查。",
        "市水利局将对病险水库开展技术复核。"])
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1  # only the higher body's demand names them


# ------------------------------------------------------------ round 13, holdout13 classes
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "领导小组办公室设在市民政局，负责领导小组日常工作。",
    "专班办公室设于市发展改革委，承担专班日常工作。",
    "联席会议办公室设在市人力资源社会保障局，具体负责组织协调。",
])
def test_gw105_fires_on_a_group_notice_whose_office_does_the_work(fmt, line, tmp_path):
    src = _doc("宁德市人民政府办公室", "各县（市、区）人民政府，市直各单位：", [
        "市人民政府决定调整市养老服务体系建设领导小组。",
        "组长：市长；成员：市民政局、市财政局主要负责同志。", line])
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1 and found[0].data["idle_levels"] == ["county"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_quiet_when_the_group_notice_also_tasks_the_counties(fmt, tmp_path):
    src = _doc("宁德市人民政府办公室", "各县（市、区）人民政府，市直各单位：", [
        "市人民政府决定调整市养老服务体系建设领导小组。",
        "领导小组办公室设在市民政局，负责领导小组日常工作。",
        "工程沿线的蕉城区、福安市人民政府负责入户告知。"])
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("审计结果报告已专报州长、常务副州长，现将副本送你办备案。", True),
    ("监测报告均已直报市长，现将主要指标送你办参阅。", True),
    ("审计结果报告已报州人民政府，现将副本送你办备案。", False),
    ("各县信访部门一般都及时报送县政府领导。", False),
])
def test_gw107_a_direct_report_told_as_done(fmt, line, fires, tmp_path):
    src = _doc("大理白族自治州审计局", "州人民政府办公室：", [line], title="关于报送有关情况的函")
    assert len(_codes(src, fmt, tmp_path, "GW107")) == (1 if fires else 0)

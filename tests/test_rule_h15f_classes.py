"""Classes D9–D18 of round 15 (issue 15, helper h15f): meetings, inspections, visits, format and
language.  Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; each class has positives and the
near-misses that must stay quiet, in phrasings that differ from the evaluation drafts."""
from __future__ import annotations

import pytest

from gwlint.analysis.divisions import short_name_ends_at
from gwlint.analysis.tokens import doubled_across_words

from .drafts import lint_codes, marked_doc


def _doc(body: list[str], *, issuer: str = "某市商务局", recipients: str = "各县（市、区）商务局：",
         title: str = "关于做好有关工作的通知", tail: list[str] = ()) -> str:
    return marked_doc(issuer, recipients, body, title=title, tail=tail)


# ------------------------------------------------------------ D16 GW803: 新县县委
@pytest.mark.parametrize("name, short", [("新县", True), ("沛县", True), ("芒市", True), ("永新县", False),
                                         ("东莞市", False)])
def test_short_county_names(name, short):
    assert short_name_ends_at("经" + name, len(name) + 1) is short


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw803_one_character_county_keeps_its_level(fmt, tmp_path):
    body = ["经和县县委常委会研究，歙县县委、萧县县委宣传部共同举办本次活动。"]
    assert lint_codes(_doc(body), fmt, tmp_path, "GW803") == []
    body = ["经永新县县委常委会研究，同意举办本次活动。"]
    assert len(lint_codes(_doc(body), fmt, tmp_path, "GW803")) == 1


# ------------------------------------------------------------ D17 GW806: 苗寨|寨老
@pytest.mark.parametrize("text, across", [("瑶寨寨主", True), ("把土楼楼群保护好", True), ("湖区区域", True),
                                          ("要在在汛前", False), ("商城的的物流", False)])
def test_doubled_across_words(text, across):
    i = next(k for k in range(len(text) - 1) if text[k] == text[k + 1])
    assert doubled_across_words(text, i) is across


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw806_each_copy_in_a_word(fmt, tmp_path):
    body = ["组织瑶寨寨主、苗寨寨老参加议事协商，把土楼楼群保护好，推进湖区区域协调发展。"]
    assert lint_codes(_doc(body), fmt, tmp_path, "GW806") == []
    body = ["组织瑶寨寨主参加议事协商，各乡镇要在在9月底前完成排查。"]
    assert len(lint_codes(_doc(body), fmt, tmp_path, "GW806")) == 1


# ------------------------------------------------------------ D14 GW703: an event under 《》
@pytest.mark.parametrize("matter, fires", [
    ("关于举办《童心向党》少儿艺术嘉年华的通知", True),
    ("关于开展《书香满城》阅读季活动的通知", True),
    ("关于举办《诗经》诵读节的通知", False),  # a work read at the festival (ends like a work)
    ("关于组织开展《平凡的世界》读书分享活动的通知", False),
    ("关于印发《2026年全民阅读节活动方案》的通知", False),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw703_event_names_in_book_marks(matter, fires, fmt, tmp_path):
    doc = _doc(["请各单位认真组织，于5月底前报送活动总结。"], issuer="某市文化广电旅游局", title=matter)
    hits = [f for f in lint_codes(doc, fmt, tmp_path, "GW703") if "书名号" in f.message]
    assert len(hits) == (1 if fires else 0)


# ------------------------------------------------------------ D18 GW401: 三、食宿安排 names a topic
_VISIT = "为了解秋粮生产情况，市农业农村局定于9月中旬组成调研组赴各县（市、区）开展调研。"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw401_topic_heading_then_the_teams_own_lodging(fmt, tmp_path):
    for heading, rest in (("三、食宿安排", "调研组食宿自行安排，不安排接待。"),
                          ("（三）接待和食宿", "调研组自行解决食宿，请勿安排陪同接待。"),
                          ("三、住宿安排", "调研组住宿由调研组自行联系，各地不作接待安排。")):
        doc = _doc([_VISIT, f"@heading1 {heading}" if "、" in heading else f"@heading2 {heading}", rest],
                   issuer="某市农业农村局", recipients="各县（市、区）农业农村局：")
        assert lint_codes(doc, fmt, tmp_path, "GW401") == [], heading
    doc = _doc([_VISIT, "@heading1 三、食宿安排", "请各县（市、区）农业农村局做好调研组食宿安排。"],
               issuer="某市农业农村局", recipients="各县（市、区）农业农村局：")
    assert len(lint_codes(doc, fmt, tmp_path, "GW401")) == 1


# ------------------------------------------------------------ D12 GW302: counts of traces scored
@pytest.mark.parametrize("sentence, fires", [
    ("走访记录的数量与驻村干部绩效奖金挂钩。", True),
    ("按各村上传照片数量排名通报。", True),
    ("每月上传帮扶照片不少于15张，完成情况纳入年度考评。", True),
    ("照片数量不作为考核依据，考核以实地查看为准。", False),
    ("帮扶照片由工作队留存归档，便于总结经验。", False),
    ("志愿服务时长和服务人次纳入年度考核。", False),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw302_counted_traces(sentence, fires, fmt, tmp_path):
    doc = _doc(["为加强驻村帮扶工作管理，现就有关事项通知如下。", sentence], issuer="某市乡村振兴局",
               recipients="各县（市、区）乡村振兴局：")
    assert len(lint_codes(doc, fmt, tmp_path, "GW302")) == (1 if fires else 0)


# ------------------------------------------------------------ D13 GW303: own branches, denied judgement
@pytest.mark.parametrize("said, fires", [
    ("本次检查重在帮助基层解决问题，不搞评比通报。", True),
    ("督导以了解情况为主，结果不通报。", True),
    ("督导结果不通报，发现的问题限期整改。", False),  # a real inspection: 整改
    ("督导结果在全系统通报。", False),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw303_branches_denied_judgement(said, fires, fmt, tmp_path):
    doc = _doc(["市局决定于6月对各分局开展窗口服务工作督导。", said], issuer="某市市场监督管理局",
               recipients="各分局：", title="关于开展窗口服务工作督导的通知")
    assert len(lint_codes(doc, fmt, tmp_path, "GW303")) == (1 if fires else 0)


# ------------------------------------------------------------ D9 GW202: inserts and visit escorts
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw202_insert_places_count_with_the_cities(fmt, tmp_path):
    meeting = "经研究，定于2026年5月20日在石家庄召开全省水利工作会议。"
    for who in ("各市（含定州、辛集市）水利局分管负责同志参加。",
                "各设区市（含省直管县）水利局主要负责同志参加。"):
        doc = _doc([meeting, who], issuer="某省水利厅", recipients="各市（含定州、辛集市）水利局：",
                   title="关于召开全省水利工作会议的通知")
        assert lint_codes(doc, fmt, tmp_path, "GW202") == [], who
    doc = _doc([meeting, "各市（含定州、辛集市）水利局、各县（市、区）水利局局长到石家庄主会场参加。"],
               issuer="某省水利厅", recipients="各市（含定州、辛集市）水利局：", title="关于召开全省水利工作会议的通知")
    assert len(lint_codes(doc, fmt, tmp_path, "GW202")) == 1


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw202_escort_of_a_visit_is_no_meeting_escort(fmt, tmp_path):
    body = ["省厅定于6月12日在岳阳召开渔业资源保护座谈会，会后赴部分县市区开展实地调研。",
            "请各市州农业农村局派一名熟悉情况的同志陪同。"]
    doc = _doc(body, issuer="某省农业农村厅", recipients="各市州农业农村局：", title="关于开展渔业资源保护专题调研的通知")
    assert lint_codes(doc, fmt, tmp_path, "GW202") == []
    assert len(lint_codes(doc, fmt, tmp_path, "GW401")) == 1
    # a bare 陪同 in a notice convening a meeting is still an escort to it
    body = ["定于6月12日在岳阳召开全省渔业资源保护工作会议。", "请各市州人民政府分管负责同志参加，市州农业农村局局长陪同。"]
    doc = _doc(body, issuer="湖南省人民政府办公厅", recipients="各市州人民政府：", title="关于召开全省渔业资源保护工作会议的通知")
    assert len(lint_codes(doc, fmt, tmp_path, "GW202")) == 1


# ------------------------------------------------------------ D11 GW203: organiser notes
@pytest.mark.parametrize("item, fires", [
    ("（二）智慧物流创新论坛（市发展改革委、市交通运输局联合主办）。", True),
    ("9月16日下午：跨境电商发展研讨会（市商务局承办）。", True),
    ("（二）物流企业招聘洽谈会（市人社局承办）。", False),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw203_organiser_note_hosts_an_event(item, fires, fmt, tmp_path):
    body = ["经研究，定于2026年9月16日在郑州举办第五届中国（郑州）物流博览会。", "（一）开幕式。", item]
    doc = _doc(body, issuer="郑州市商务局", title="关于举办第五届中国（郑州）物流博览会的通知")
    assert len(lint_codes(doc, fmt, tmp_path, "GW203")) == (1 if fires else 0)


# ------------------------------------------------------------ D15 GW707: body font told once
def test_gw707_wrong_body_font_is_one_finding(tmp_path):
    from gwlint.api import lint_path
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx

    def kinds(body_font, heading2=None):
        blocks = parse_marked(_doc(["为做好有关工作，现通知如下。", "（一）压实责任。各县（市、区）要明确专人负责。",
                                    "（二）加强调度。每月5日前报送上月工作进展。",
                                    *(["@heading2 （三）工作要求", "各地要按时报送有关材料。"] if heading2 else [])]))
        path = tmp_path / f"d-{body_font}-{heading2}.docx"
        write_docx(blocks, path, overrides={"body_font": body_font, **({"heading2_font": heading2} if heading2 else {})})
        return sorted(f.data.get("kind") for f in lint_path(path).findings if f.code == "GW707")

    assert kinds("宋体") == ["body_font"]
    assert kinds("宋体", "宋体") == ["body_font", "heading2_font"]  # a real heading line is its own fault
    assert kinds("仿宋_GB2312") == []


# ------------------------------------------------------------ D10 GW105 × GW301: governments as objects
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_assessed_governments_are_concerned_and_the_launch_is_reported(fmt, tmp_path):
    body = ["为推进全域旅游发展，经研究，决定在全省开展全域旅游“示范县”评比。",
            "（一）评比对象：全省各县（市、区）人民政府。",
            "（二）评比方式：根据统计数据综合评定，评比结果在全省通报。"]
    doc = _doc(body, issuer="河南省文化和旅游厅", recipients="各县（市、区）人民政府：",
               title="关于开展2026年度全域旅游“示范县”评比的通知")
    assert lint_codes(doc, fmt, tmp_path, "GW105") == []
    hits = lint_codes(doc, fmt, tmp_path, "GW301")
    assert len(hits) == 1 and hits[0].line == 2  # the title launches it, not the 评比对象 line

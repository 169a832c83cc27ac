"""Classes of issue 15 round 11 (h11a, holdout9/holdout10): a 纪要 printed without a 版头 keeps its
title; an attachment's title stops at the table under it; a schedule table with an unfamiliar column
name (观摩点位) is read in .txt too; a purpose adverbial's negation (为确保不发生……，) and a 利用 in the
inspected work do not hide a GW301 launch; research means and aims under a 督查 name (GW303); a
任务清单 is checked row by row (GW102); 街道办事处 are no lower government (GW104).  Each case is a
marked draft rendered by gwlint.docgen and linted with the default configuration."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft

FORMATS = ["txt", "docx", "pdf"]


def _lint(tmp_path, source: str, fmt: str):
    r = lint_path(render_draft(source, fmt, tmp_path), Config())
    assert r.error is None
    return r.findings


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in _lint(tmp_path, source, fmt) if f.code == code]


def _structure(tmp_path, source: str, fmt: str):
    from gwlint.analysis.structure import analyze
    from gwlint.readers import read_path

    return analyze(read_path(render_draft(source, fmt, tmp_path)))


# ------------------------------------------------------------------ GW708: a 纪要 without 版头
MINUTES = ("{docno}@title 景德镇市人民政府常务会议纪要\n"
           "3月4日，市长主持召开市政府第九次常务会议，研究城区供水管网改造等事项。现纪要如下：\n"
           "一、会议同意城区供水管网改造方案，由市城市管理局组织实施。\n"
           "二、会议要求市财政局在4月底前落实改造资金。\n"
           "出席：市长、副市长，市政府秘书长。\n@date 2026年3月6日\n")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("docno", ["@doc_number 景府纪〔2026〕9号\n", ""])
def test_minutes_title_without_banner_is_the_title(tmp_path, fmt, docno):
    # below the 文号, or straight above the first sentence, a line ending in 纪要 is the title, not a 版头
    src = MINUTES.format(docno=docno)
    assert _found(tmp_path, src, "GW708", fmt) == []


def test_untitled_minutes_lack_a_title_but_no_signature(tmp_path):
    # 纪要如下 says what the document is: a 纪要 is not signed, only its title is missing
    src = MINUTES.format(docno="@doc_number 景府纪〔2026〕9号\n").replace("@title 景德镇市人民政府常务会议纪要\n", "")
    f = _found(tmp_path, src, "GW708")
    assert [x.message for x in f] == ["缺少公文标题（发文机关＋事由＋文种）。"]


def test_notice_with_banner_like_line_after_docno_still_lacks_signature(tmp_path):
    # a notice that ends without a 署名 is still reported: only 纪要 close unsigned
    src = ("@doc_number 景府字〔2026〕9号\n@title 景德镇市人民政府关于做好城区供水管网改造工作的通知\n"
           "@recipients 各区人民政府，市直有关单位：\n城区供水管网改造由市城市管理局组织实施。\n@date 2026年3月6日\n")
    assert len(_found(tmp_path, src, "GW708")) == 1


# ------------------------------------------------------------------ GW706: attachment title above a table
ATTACHED = ("@doc_number 常科发〔2026〕18号\n@title 常德市科学技术局关于做好科技特派员服务工作的通知\n"
            "@recipients 各区县（市）科技局：\n今年全市将选派300名科技特派员深入乡村开展技术服务。\n"
            "@attachment_note 附件：1.{a}\n@attachment_note 2.{b}\n@signature 常德市科学技术局\n@date 2026年5月26日\n"
            "@page_break\n@attachment_label 附件1\n@attachment_title 科技特派员名单\n@table 序号|单位|姓名\n@table 1|鼎城区|王平\n"
            "@page_break\n@attachment_label 附件2\n@attachment_title 科技特派员服务需求表\n@table 序号|单位|需求\n@table 1| |\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_attachment_title_stops_at_the_table_header(tmp_path, fmt):
    src = ATTACHED.format(a="科技特派员名单", b="科技特派员服务需求表")
    titles = [a.title.text for a in _structure(tmp_path, src, fmt).attachments]
    assert titles == ["科技特派员名单", "科技特派员服务需求表"]
    assert _found(tmp_path, src, "GW706", fmt) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_swapped_attachments_name_the_real_titles(tmp_path, fmt):
    src = ATTACHED.format(a="科技特派员服务需求表", b="科技特派员名单")
    f = _found(tmp_path, src, "GW706", fmt)
    assert len(f) == 2
    assert "附件2标题“科技特派员服务需求表”" in f[1].message and "序号" not in f[1].message


# ------------------------------------------------------------------ GW401: schedule with an unfamiliar column
SCHEDULE = ("@doc_number 呼文旅体函〔2026〕26号\n@title 呼伦贝尔市文化旅游体育局关于开展冰雪旅游项目观摩调研的通知\n"
            "@recipients 根河市文化旅游体育局，额尔古纳市文化旅游体育局：\n"
            "市局定于12月15日至16日对冰雪旅游重点项目开展观摩调研，日程安排如下。\n"
            "@table 时间|观摩点位|{col}\n@table 12月15日上午|根河市冷极村|{a}\n@table 12月16日上午|额尔古纳市室韦镇|{b}\n"
            "@signature 呼伦贝尔市文化旅游体育局\n@date 2026年12月5日\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_escort_column_beside_an_unlisted_header_is_read_in_every_format(tmp_path, fmt):
    src = SCHEDULE.format(col="陪同单位", a="根河市文化旅游体育局", b="额尔古纳市文化旅游体育局")
    assert len(_found(tmp_path, src, "GW401", fmt)) == 1
    own = SCHEDULE.format(col="带队人员", a="市局产业发展科科长", b="市局副局长")
    assert _found(tmp_path, own, "GW401", fmt) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_unfamiliar_column_name_between_two_column_names(tmp_path, fmt):
    # 调研线路 is no known column name and does not end like one: between 时间 and 陪同单位 it is one
    src = SCHEDULE.format(col="陪同单位", a="根河市文化旅游体育局", b="额尔古纳市文化旅游体育局").replace("观摩点位", "调研线路")
    assert len(_found(tmp_path, src, "GW401", fmt)) == 1


# ------------------------------------------------------------------ GW301: purpose adverbial, 利用 in the object
INSPECTION = ("@doc_number 徐农发〔2026〕31号\n@title 徐州市农业农村局关于开展夏季秸秆禁烧工作检查的通知\n"
              "@recipients 各县（市、区）农业农村局：\n{text}\n@signature 徐州市农业农村局\n@date 2026年5月25日\n")


@pytest.mark.parametrize("text,count", [
    ("为确保夏收期间不发生秸秆焚烧，市农业农村局决定于6月对各县（市、区）人民政府秸秆禁烧工作开展检查，检查结果在全市通报。", 1),
    ("为切实做好秸秆禁烧工作，确保不出现火点，市农业农村局将于6月对各县（市、区）人民政府开展专项检查，检查结果在全市通报。", 1),
    ("市农业农村局决定于6月对各县（市、区）人民政府秸秆禁烧和综合利用工作开展检查，检查结果在全市通报。", 1),
    # the negation of the main clause still holds
    ("为减轻基层负担，市农业农村局今年不再对各县（市、区）人民政府秸秆禁烧工作开展检查。", 0),
    # a way of inspecting (利用 before the 对-object) is still no launch
    ("各地要利用卫星遥感监测等手段对秸秆焚烧火点开展检查。", 0),
])
def test_launch_behind_purpose_adverbial_or_with_utilisation_object(tmp_path, text, count):
    assert len(_found(tmp_path, INSPECTION.format(text=text), "GW301")) == count


def test_negation_stops_at_the_purpose_adverbial():
    from gwlint.analysis.negation import negated_before
    from gwlint.analysis.tokens import index_of

    text = "为确保不发生焚烧，市局将开展检查"
    tokens = list(index_of(text).tokens)
    pos = text.index("检查")
    assert negated_before(tokens, pos, 0, ["不"]) is None
    inside = "为确保不发生焚烧"
    assert negated_before(list(index_of(inside).tokens), inside.index("焚烧"), 0, ["不"]) == "不"
    later = "为切实做好禁烧工作，确保不出现火点，市局将开展检查"
    assert negated_before(list(index_of(later).tokens), later.index("检查"), 0, ["不"]) is None
    plain = "今年不开展检查"
    assert negated_before(list(index_of(plain).tokens), plain.index("检查"), 0, ["不"]) == "不"


# ------------------------------------------------------------------ GW303: research means and aim under 督查
RESEARCH = ("@doc_number 柳人社函〔2026〕52号\n@title 柳州市人力资源和社会保障局关于开展稳就业工作督查的通知\n"
            "@recipients 各县（区）人力资源和社会保障局：\n局里将组成督查组，于7月走访部分企业和零工市场，召开座谈会，"
            "了解企业用工中遇到的困难{more}。本次督查已列入市人民政府年度督查检查考核计划。\n"
            "@signature 柳州市人力资源和社会保障局\n@date 2026年6月24日\n")


@pytest.mark.parametrize("more,count", [
    ("", 1),
    ("，收集对就业政策的意见建议", 1),
    # an inspection's means: a real 督查
    ("，发现问题限期整改", 0),
    ("，督查结果在全市通报", 0),
])
def test_research_under_an_inspection_name(tmp_path, more, count):
    assert len(_found(tmp_path, RESEARCH.format(more=more), "GW303")) == count


# ------------------------------------------------------------------ GW102: 任务清单 rows
TASKS = ("@doc_number 韶府办函〔2026〕88号\n@title 韶关市人民政府办公室关于印发韶关市2027年北江保护重点任务清单的通知\n"
         "@recipients 各县（市、区）人民政府，市直有关单位：\n"
         "《韶关市2027年北江保护重点任务清单》已经市人民政府同意，现印发给你们，请认真抓好落实。\n"
         "@signature 韶关市人民政府办公室\n@date 2026年12月2日\n@title 韶关市2027年北江保护重点任务清单\n"
         "@table 序号|重点任务|牵头单位|配合单位\n@table 1|完成北江干流非法采砂点整治|市水务局|浈江区人民政府\n"
         "@table 2|建成北江水质自动监测站12个|/|{partner}\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_task_list_row_with_only_a_partner(tmp_path, fmt):
    assert _found(tmp_path, TASKS.format(partner="市生态环境局"), "GW102", fmt) == []
    f = _found(tmp_path, TASKS.format(partner="有关单位"), "GW102", fmt)
    assert len(f) == 2 and any("建成北江水质自动监测站" in x.excerpt for x in f)


# ------------------------------------------------------------------ GW104: 街道办事处 and 乡镇人民政府
ORDER = ("@doc_number 武应急〔2026〕41号\n@title {issuer}关于开展高层建筑消防安全隐患排查的通知\n@recipients {to}：\n"
         "{subject}须落实属地排查责任：①组织物业服务企业逐栋排查消防设施；②对疏散通道堵塞的督促当场清理。\n"
         "@signature {issuer}\n@date 2026年5月8日\n")


def test_street_offices_are_no_lower_government_but_townships_are(tmp_path):
    streets = ORDER.format(issuer="成都市武侯区应急管理局", to="各街道办事处", subject="各街道办事处")
    assert _found(tmp_path, streets, "GW104") == []
    towns = ORDER.format(issuer="成都市双流区应急管理局", to="各街道办事处、镇人民政府", subject="各街道办事处、镇人民政府")
    assert len(_found(tmp_path, towns, "GW104")) == 1

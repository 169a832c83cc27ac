"""Classes of issue 15 round 10 (h9b, holdout9): tables read the same from .txt, .docx and .pdf;
盟/地区 governments counted in a GW301 launch; research under a 考核 name (GW303); photos of the
work attached to a submission (GW302); clauses after a colon joined by ；(GW503); fixed terms with
their words in another order (GW805).  Each case is a marked draft rendered by gwlint.docgen and
linted with the default configuration."""
from __future__ import annotations

import pytest

from gwlint.analysis.fixed_phrases import near_matches
from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path), Config()).findings if f.code == code]


# ------------------------------------------------------------------ tables in .txt, .docx and .pdf
ATTENDEES = ("@doc_number 内林草发〔2027〕61号\n@title 内蒙古自治区林业和草原局关于召开全区林草防火工作会议的通知\n"
             "@recipients 各盟市林业和草原局：\n我局定于2027年5月18日在呼和浩特召开全区林草防火工作会议，会议安排如下。\n"
             "@table 会议时间|会议地点|参会人员\n@table 5月18日上午|内蒙古饭店|{who}\n"
             "会务联系人：王建华，电话0471-6961234。\n@signature 内蒙古自治区林业和草原局\n@date 2027年5月6日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_attendee_table_whose_other_headers_are_unlisted_reads_alike(tmp_path, fmt):
    # 会议时间 and 会议地点 are no listed header cells: written like column names, they widen the header
    two_levels = ATTENDEES.format(who="盟市林草局主要负责同志、旗县区政府分管负责同志")
    f = _found(tmp_path, two_levels, "GW202", fmt)
    assert len(f) == 1 and f[0].excerpt.startswith("盟市林草局")
    one = ATTENDEES.format(who="盟市林草局分管负责同志1名")
    assert _found(tmp_path, one, "GW202", fmt) == []


SCORES = ("@doc_number 天环发〔2027〕42号\n@title 天水市生态环境局关于开展2027年入河排污口整治成效考核的通知\n"
          "@recipients 各县（区）生态环境分局：\n为巩固入河排污口整治成果，我局决定开展整治成效考核，评分要求见下表。\n"
          "@table 考核内容|分值|佐证材料\n@table 排污口排查溯源|40|提供排查记录和溯源报告。\n"
          "@table 问题排污口整治|60|提供巡河记录、整改台账和整改前后对比照片，每项不少于3张。\n"
          "考核结果在全市生态环境系统内通报。\n@signature 天水市生态环境局\n@date 2027年5月10日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_scoring_table_with_sentence_cells_is_one_finding_in_every_format(tmp_path, fmt):
    # .txt: the unlisted 佐证材料 header widens the table and a cell ending in 。 is still a cell;
    # .pdf: the comma hanging past the cell's border (避头尾) stays in the cell
    f = _found(tmp_path, SCORES, "GW302", fmt)
    assert len(f) == 1 and f[0].excerpt == "提供巡河记录、整改台账和整改前后对比照片，每项不少于3张。"


def test_table_ends_at_a_heading_or_label_line(tmp_path):
    from gwlint.analysis.tables import build_tables

    class P:
        def __init__(self, text):
            self.text, self.table = text, None

    texts = ["有关安排见下表。", "会议时间", "参会人员", "5月18日", "各盟市林草局局长", "二、工作要求", "请按时参会。"]
    paras = [P(t) for t in texts]
    tables = build_tables(paras, list(range(1, len(texts) + 1)), ["参会人员"], numbered=False)
    assert len(tables) == 1 and [r.cells for r in tables[0].rows] == [["会议时间", "参会人员"],
                                                                       ["5月18日", "各盟市林草局局长"]]


# ------------------------------------------------------------------ GW301: 盟行政公署, counted 盟市
LEAGUE = ("@doc_number 内乡振发〔2027〕27号\n@title 内蒙古自治区乡村振兴局关于{title}的通知\n"
          "@recipients 各盟行政公署、市人民政府：\n为压实巩固拓展脱贫攻坚成果责任，我局决定于2027年6月对12个盟市开展督导。\n"
          "{extra}@signature 内蒙古自治区乡村振兴局\n@date 2027年5月20日\n")


@pytest.mark.parametrize("title", ["对各盟市巩固拓展脱贫攻坚成果开展督导", "巩固拓展脱贫攻坚成果有关工作"])
def test_gw301_counted_localities_are_the_governments_addressed(tmp_path, title):
    f = _found(tmp_path, LEAGUE.format(title=title, extra=""), "GW301")
    assert len(f) == 1 and "各盟行政公署、市人民政府" in f[0].message
    filed = "该事项已列入自治区2027年度督查检查考核计划并报自治区人民政府督查室备案。\n"
    assert _found(tmp_path, LEAGUE.format(title=title, extra=filed), "GW301") == []


def test_gw301_counted_bureaus_are_no_governments(tmp_path):
    src = LEAGUE.format(title="巩固拓展脱贫攻坚成果有关工作", extra="").replace(
        "@recipients 各盟行政公署、市人民政府：", "@recipients 各盟市乡村振兴局：").replace("12个盟市", "12个盟市乡村振兴局")
    assert _found(tmp_path, src, "GW301") == []


# ------------------------------------------------------------------ GW303: 考核 that is 座谈调研
ASSESS = ("@doc_number 吴卫健发〔2027〕36号\n@title 吴忠市卫生健康委员会关于开展基层医疗卫生服务能力考核的通知\n"
          "@recipients 各县（市、区）卫生健康局：\n{body}\n@signature 吴忠市卫生健康委员会\n@date 2027年6月28日\n")


def test_gw303_assessment_made_of_symposia_is_research(tmp_path):
    body = ("为深入了解基层医疗卫生服务现状，我委将于7月组织开展基层医疗卫生服务能力考核。"
            "考核组将与乡镇卫生院医务人员座谈，听取对基层卫生工作的意见建议。")
    f = _found(tmp_path, ASSESS.format(body=body), "GW303")
    assert len(f) == 1 and "考核" in f[0].message
    # the same 考核 scored and ranked is an assessment
    graded = body + "考核按评分细则打分，结果在全市排名通报。"
    assert _found(tmp_path, ASSESS.format(body=graded), "GW303") == []


# ------------------------------------------------------------------ GW302: 并附走访照片
VISITS = ("@doc_number 川民函〔2026〕301号\n@title 四川省民政厅关于开展困难群众冬季走访慰问工作的通知\n"
          "@recipients 各市（州）民政局：\n各地民政部门要对低保对象逐户走访，及时发放临时救助金。\n"
          "走访结束后，请于2027年1月20日前将走访慰问统计表报送我厅，{attach}\n"
          "@signature 四川省民政厅\n@date 2026年12月3日\n")


def test_gw302_photos_of_the_visits_attached_to_a_submission(tmp_path):
    f = _found(tmp_path, VISITS.format(attach="并附走访照片。"), "GW302")
    assert len(f) == 1 and "照片" in f[0].message
    # photos the submission need not carry
    assert _found(tmp_path, VISITS.format(attach="不另行报送走访照片。"), "GW302") == []


# ------------------------------------------------------------------ GW503: ；after a colon
DIVISION = ("@doc_number 岚政办发〔2026〕46号\n@title 日照市岚山区人民政府办公室关于做好冬季港口物流保障的通知\n"
            "@recipients 各街道办事处、镇人民政府，区直有关部门：\n{body}\n@signature 日照市岚山区人民政府办公室\n"
            "@date 2026年11月30日\n")
ITEMS = ["区港口物流中心负责协调日照港岚山港区在寒潮大风天气期间优先保障电煤、粮食和民生物资船舶靠泊作业",
         "区交通运输局负责组织运力，确保疏港公路冰雪天气下的车辆通行",
         "各街道办事处、镇人民政府负责疏港公路沿线村居的交通安全宣传，劝导农用车辆不上疏港公路",
         "区应急管理局负责会同气象部门及时发布大风、寒潮预警信息并督促港口企业落实防风措施"]


def test_gw503_clauses_after_a_colon_joined_by_semicolons_are_one_sentence(tmp_path):
    body = "现就冬季港口物流保障分工如下：" + "；".join(ITEMS) + "。"
    f = _found(tmp_path, DIVISION.format(body=body), "GW503")
    assert len(f) == 1 and "分号" in f[0].message
    # numbered items count one by one; items each in a paragraph of their own too
    numbered = "现就冬季港口物流保障分工如下：" + "；".join(f"（{n}）{x}" for n, x in zip("一二三四", ITEMS)) + "。"
    assert _found(tmp_path, DIVISION.format(body=numbered), "GW503") == []
    lines = "现就冬季港口物流保障分工如下：\n" + "；\n".join(ITEMS) + "。"
    assert _found(tmp_path, DIVISION.format(body=lines), "GW503") == []


# ------------------------------------------------------------------ GW805: words in another order
@pytest.mark.parametrize("wrong,right", [
    ("推动构建人类共同命运体", "人类命运共同体"),
    ("发展人民全过程民主", "全过程人民民主"),
    ("推进国家治理能力和治理体系现代化", "国家治理体系和治理能力现代化"),
    ("深入学习习近平中国特色社会主义新时代思想", "习近平新时代中国特色社会主义思想"),
    ("铸牢中华民族命运共同体意识", "铸牢中华民族共同体意识"),
])
def test_gw805_fixed_terms_with_words_swapped_or_added(wrong, right):
    hits = list(near_matches(wrong))
    assert hits and hits[0].canon.form.endswith(right)


@pytest.mark.parametrize("text", [
    "推动构建人类命运共同体、中国—中亚命运共同体，共建人类卫生健康共同体。",
    "坚持人与自然生命共同体理念，发展全过程人民民主，培育和践行社会主义核心价值观。",
    "促进中华民族共同体建设，铸牢中华民族共同体意识。",
])
def test_gw805_correct_terms_stay_quiet(text):
    assert list(near_matches(text)) == []


def test_gw805_word_order_message(tmp_path):
    src = ("@doc_number 博州政办发〔2026〕46号\n@title 博尔塔拉蒙古自治州人民政府办公室关于做好口岸服务保障的通知\n"
           "@recipients 阿拉山口市人民政府，州直有关部门：\n阿拉山口口岸是推动构建人类共同命运体的生动实践。\n"
           "@signature 博尔塔拉蒙古自治州人民政府办公室\n@date 2026年10月19日\n")
    f = _found(tmp_path, src, "GW805")
    assert len(f) == 1 and "颠倒词序" in f[0].message and f[0].excerpt == "人类共同命运体"

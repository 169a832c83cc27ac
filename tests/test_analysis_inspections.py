"""Unit tests of what the inspection rules share in the analysis layer:
sentences.words_except / token_in, units.reaches_below, positions.title_location,
and analysis.inspections (launches of an inspection, filings)."""
from __future__ import annotations

import pytest

from gwlint.analysis.context import Context
from gwlint.analysis.sentences import iter_sentences, token_in, words_except
from gwlint.config import Config
from gwlint.model import Document, Paragraph


def _ctx(*paras: str) -> Context:
    return Context(Document("t.txt", "txt", [Paragraph(t) for t in paras]), Config())


def _sent(text: str):
    return next(iter_sentences(_ctx(text), [1]))


def test_words_except_drops_words_inside_an_excluded_word():
    text = "省督查室将开展专项督查，不设考核办法以外的考核。"
    hits = words_except(_sent(text), ["督查", "考核"], ["督查室", "考核办"])
    # 督查 in 督查室 goes; 考核办 is no whole-token word inside 考核办法, so that 考核 stays
    assert [(text[a:b], a) for a, b, _w in hits] == [("督查", text.index("督查", 5)), ("考核", text.index("考核")),
                                                     ("考核", text.rindex("考核"))]


def test_words_except_ignores_quoted_words():
    text = "坚持“不以督查论英雄”，开展督查。"
    assert [a for a, _b, _w in words_except(_sent(text), ["督查"])] == [text.rindex("督查")]


def test_token_in_finds_whole_tokens_in_a_span():
    text = "调研期间，请各地安排陪同。"
    sent = _sent(text)
    assert token_in(sent, sent.start, text.index("陪同"), {"请", "要"}) == "请"
    assert token_in(sent, text.index("安排"), sent.end, {"请"}) is None


@pytest.mark.parametrize("name,issuer,below", [
    ("各设区市人民政府", "province", True),
    ("各设区市农业农村局", "province", True),
    ("省政府", "province", False),
    ("各地", "city", True),  # a city's 各地 are its counties
    ("国务院", "province", False),
])
def test_reaches_below(name, issuer, below):
    from gwlint.analysis.units import find_units, reaches_below

    (u,) = find_units(name)
    assert reaches_below(u, issuer) is below


def _notice(*body: str, recipients: str = "各设区市人民政府：") -> Context:
    return _ctx("赣农字〔2026〕8号", "江西省农业农村厅关于做好2026年春耕生产工作的通知", recipients, *body,
                "江西省农业农村厅", "2026年3月10日")


def _launches(ctx):
    from gwlint.analysis import inspections as insp
    from gwlint.rules.gw3.gw301_unfiled_inspection import UnfiledInspection

    s = ctx.settings(UnfiledInspection)
    return [(x.line, x.trigger, x.target, x.named) for x in insp.launches(ctx, s, ["各设区市人民政府"])], \
        insp.filed(ctx, s)


def test_a_launch_names_its_trigger_and_object():
    got, filed = _launches(_notice("我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。"))
    assert got == [(4, "督查", "各设区市人民政府", True)] and not filed


@pytest.mark.parametrize("sentence", [
    "请各设区市人民政府组织对辖区内企业开展安全检查。",  # another body's inspection
    "国家督导组将于5月对我省开展督导。",  # a higher body's team
    "要严格控制督查检查考核总量。",  # reduced, not launched
    "我厅将对辖区内危险化学品生产企业开展检查。",  # enterprises
])
def test_not_a_launch_of_lower_governments(sentence):
    got, _ = _launches(_notice(sentence))
    assert got == []


def test_a_filing_anywhere_covers_the_launch_but_a_rule_about_filing_does_not():
    _, filed = _launches(_notice("该督查事项已列入省政府2026年度督查检查考核计划。", "我厅将开展督查。"))
    assert filed
    _, filed = _launches(_notice("督查事项须报省政府督查室备案后方可组织实施。"))
    assert not filed


def test_title_location_points_into_the_title_line():
    from gwlint.analysis.positions import title_location

    ctx = _notice("正文。")
    title = ctx.gw.title
    k = title.text.index("春耕")
    assert title_location(ctx, k, k + 2) == (title.lines[0], k, k + 2)


# ------------------------------------------------------------ shared readers the fixes extended
@pytest.mark.parametrize("recipients,governments", [
    ("各设区市人民政府：", ["各设区市人民政府"]),
    ("各设区市住房和城乡建设局：", []),  # a bureau named after its locality
    ("各市文化和旅游局：", []),
    ("各县（市、区）农业综合服务中心：", []),
    ("各县（市、区）：", ["各县（市、区）"]),  # bare localities as 主送 are their governments
])
def test_lower_government_recipients_leave_bureaus_of_a_locality_out(recipients, governments):
    from gwlint.analysis.facts import lower_government_recipients

    gw = _notice("正文。", recipients=recipients).gw
    assert [r for r, _ in lower_government_recipients(gw, gw.recipient_list)] == governments


def test_a_reducer_ending_its_clause_has_no_object():
    from gwlint.analysis.negation import Vocabulary

    v = Vocabulary(frozenset({"不得"}), reducers=frozenset({"规范", "减少"}))
    text = "资料齐全规范，有会议记录。要规范会议记录，减少台账。"
    first, second = iter_sentences(_ctx(text), [1])
    assert v.negated(first, text.index("会议记录")) is None
    assert v.negated(second, text.rindex("会议记录")) == "规范"
    assert v.negated(second, text.index("台账")) == "减少"


def test_one_cell_per_line_rows_may_open_with_a_date():
    import re

    from gwlint.analysis.tables import build_tables

    doc = Document("t.txt", "txt", [Paragraph(t) for t in
                                    ["时间", "地点", "陪同人员", "4月8日上午", "鄱阳县", "县长", "4月9日", "南丰县", "副县长"]])
    assert build_tables(doc.paragraphs, list(range(1, 10)), ["时间", "地点", "陪同人员"]) == []  # no numbered rows
    (t,) = build_tables(doc.paragraphs, list(range(1, 10)), ["时间", "地点", "陪同人员"],
                        row_start=re.compile(r"\d{1,2}月\d{1,2}日(?:上午|下午)?"))
    assert [r.cells[2] for r in t.rows] == ["陪同人员", "县长", "副县长"] and t.rows[2].lines == [7, 8, 9]

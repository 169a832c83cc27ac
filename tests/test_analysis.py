"""Unit tests of the analysis layer (gwlint/analysis/)."""
from __future__ import annotations

import pytest

from gwlint.analysis.lexicon import DataError, expand, load_data
from gwlint.analysis.markers import body_start, chinese_to_int, is_content, match_marker, marker_text
from gwlint.analysis.negation import negated_before
from gwlint.analysis.sentences import aligned, find_directives, inside, quoted_spans
from gwlint.analysis.settings import Regex, check_value
from gwlint.analysis.tables import build_tables
from gwlint.analysis.tokens import TokenIndex, find_words
from gwlint.model import Document, Paragraph


# ------------------------------------------------------------ markers
@pytest.mark.parametrize("text,style,level,number,marker", [
    ("一、总体要求", "一、", 1, 1, "一、"),
    ("（二）加强领导。", "（一）", 2, 2, "（二）"),
    ("(三)、加强领导", "（一）", 2, 3, "(三)、"),
    ("3．强化保障", "1.", 3, 3, "3．"),
    ("（12）其他", "（1）", 4, 12, "（12）"),
    ("④强化督促检查。", "①", 4, 4, "④"),
    ("第十二条 本办法自印发之日起施行。", "第一条", 5, 12, "第十二条"),
    ("第三章 附则", "第一章", 0, 3, "第三章"),
    ("　　二十一、其他事项", "一、", 1, 21, "二十一、"),
])
def test_every_numbering_style_is_one_marker(text, style, level, number, marker):
    m = match_marker(text)
    assert (m.style, m.level, m.number, m.text(text)) == (style, level, number, marker)
    assert text[m.body:].strip() and not text[m.body].isspace()


@pytest.mark.parametrize("text", ["2019.5亿元", "10、20", "1.", "各地要加强领导。", "一二三四、不是序号"])
def test_not_markers(text):
    assert match_marker(text) is None


def test_numerals():
    assert [chinese_to_int(s) for s in ("一", "十二", "二十一", "一百零五", "①", "⑳", "7")] == [1, 12, 21, 105, 1, 20, 7]
    assert [marker_text(s, 3) for s in ("一、", "（一）", "1.", "（1）", "①", "第一条")] == \
        ["三、", "（三）", "3.", "（3）", "③", "第三条"]


def test_numbered_content_is_not_a_heading():
    assert not is_content("总体要求")
    assert not is_content("加强组织领导")
    assert is_content("请各设区市于3月20日前将春耕生产工作总结报送我厅")
    assert is_content("各地要结合实际细化措施")


def test_body_start_skips_marker_only_at_paragraph_start():
    text = "（一）各设区市人民政府要于3月底前完成。"
    assert text[body_start(text):].startswith("各设区市")
    assert body_start(text, 5) == 5


# ------------------------------------------------------------ tokens and words
def test_token_index_alignment():
    text = "参考核心工作台账"
    idx = TokenIndex.of(text)
    k = text.index("考核")
    assert not idx.aligned(k, k + 2)  # across 参考 | 核心
    t = text.index("台账")
    assert idx.aligned(t, t + 2)  # inside 工作台账
    assert aligned(idx.tokens, t, t + 2) and not aligned(idx.tokens, k, k + 2)


def test_word_finder_modes():
    text = "严格控制在3月召开，不得不召开"
    idx = TokenIndex.of(text)
    tail = [w for _, _, w in find_words(text, idx, ["控制", "不得"], mode="tail")]
    assert "控制" in tail and "不得" not in tail
    hits = find_words("认真贯彻落实", TokenIndex.of("认真贯彻落实"), ["贯彻落实", "落实"])
    assert [w for _, _, w in hits] == ["贯彻落实"]  # longest first, no overlap


def test_word_finder_lead_mode():
    """A two-word stock phrase: from a token start, ending on a token end or inside a
    word that begins at one of the phrase's inner words."""
    def lead(text, words):
        return [w for _, _, w in find_words(text, TokenIndex.of(text), words, mode="lead")]

    assert lead("要切实加强组织领导", ["切实加强"]) == ["切实加强"]  # 切实|加强组织领导 or 切实|加强
    assert lead("保障安全面提升", ["全面提升"]) == []  # 安全|面|提升: 全 starts no token
    assert lead("形成合力量", ["形成合力"]) == []  # 形成|合|力量: 力量 does not begin at an inner word
    assert lead("形成合力，", ["形成合力"]) == ["形成合力"]


def test_word_finder_is_linear():
    """Hits in a long text cost what hits in its parts cost (no per-position rescans)."""
    import time

    one = "各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。"
    long = one * 400
    idx = TokenIndex.of(long)
    t = time.perf_counter()
    hits = find_words(long, idx, ["工作措施", "时间节点", "要"])
    elapsed = time.perf_counter() - t
    assert len(hits) == 1200 and elapsed < 1.0


# ------------------------------------------------------------ sentences, quotes, directives
def test_quotes_and_inside():
    text = "“各地要报送”，《关于报送材料的通知》要求各地报送"
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["“各地要报送”", "《关于报送材料的通知》"]
    assert inside(1, spans) and not inside(text.index("要求"), spans)
    many = [(k * 10, k * 10 + 3) for k in range(50)]
    assert inside(101, many) and not inside(105, many)


def test_directive_after_any_marker():
    from gwlint.analysis.units import find_units
    from gwlint.segment import tokenize

    for marker in ("一、", "（一）", "1.", "（1）", "①", "第一条 ", ""):
        text = f"{marker}各设区市人民政府要于3月底前完成任务。"
        subjects = [(u.start, u.end) for u in find_units(text) if u.kind == "government"]
        found = find_directives(text, tokenize(text), subjects)
        assert found and found[0].trigger == "要", marker


# ------------------------------------------------------------ negation
def test_negation_reads_scope():
    from gwlint.segment import tokenize

    def neg(text, word):
        toks = tokenize(text)
        return negated_before(toks, text.index(word), 0, {"不得", "严禁"}, {"要", "请"},
                              weak={"未"}, reducers={"减少"})

    assert neg("不得要求基层报送材料", "报送") == "不得"
    assert neg("不得迟报，要于5日前报送", "报送") is None  # a fresh 要 resets
    assert neg("减少报送", "报送") == "减少"
    assert neg("人居环境整治工作总结报送", "报送") is None
    assert neg("未完成整改的问题清单报送", "报送") is None  # attributive 的



def test_negated_before_resumed_scan_reads_as_a_fresh_one():
    # positions asked in order resume the last scan; every answer must equal a scan from the start
    from gwlint.segment import tokenize

    text = ("为确保不发生火情，各地要加强巡查，不得迟报，严禁减少报送频次，未完成整改的问题清单要于5日前报送，"
            "减少报送，请各县报送工作总结，不得要求基层报送材料，整治工作台账要报送。")
    toks = tokenize(text)
    words = dict(weak={"未"}, reducers={"减少", "整治"})
    args = ({"不得", "严禁", "不"}, {"要", "请"})
    offsets = [t.start for t in toks] + [len(text)]
    resumed = [negated_before(toks, pos, 0, *args, **words) for pos in offsets]
    # asked backwards after a long scan: starts again rather than resuming past ``pos``
    assert negated_before(toks, text.index("迟报"), 0, *args, **words) == "不得"
    fresh = [negated_before(list(toks), pos, 0, *args, **words) for pos in offsets]  # a new list each: no resume
    assert resumed == fresh
    assert "严禁" in fresh and "减少" in fresh and None in fresh

def test_negator_in_window():
    from gwlint.analysis.negation import negator_in_window

    def rejected(text, phrase, window=4):
        idx = TokenIndex.of(text)
        return negator_in_window(text, idx, 0, text.index(phrase), ["不搞", "防止"], window)

    assert rejected("不搞高度重视式的表态", "高度重视") == "不搞"  # 不|搞: a word over two tokens
    assert rejected("防止只停留在层层落实上", "层层落实") == "防止"
    assert rejected("防止只停留在层层落实上", "层层落实", window=1) is None  # too far back
    assert rejected("各地要高度重视", "高度重视") is None


def test_clause_around():
    from gwlint.analysis.sentences import clause_around

    text = "各地要高度重视，进一步提高到90%。另起一句"
    a, b = clause_around(text, text.index("进一步"))
    assert text[a:b] == "进一步提高到90%"
    a, b = clause_around(text, text.index("另起"))
    assert text[a:b] == "另起一句"
def _clause_vocab():
    from gwlint.analysis.negation import Vocabulary

    return Vocabulary(frozenset({"不得", "严禁", "是否"}), reducers=frozenset({"控制", "避免", "整治", "降低", "减少", "不"}),
                      prefixes="不未")


@pytest.mark.parametrize("text,verb,word", [
    ("各部门不得以任何名义在3月召开全省性会议", "召开", "不得"),
    ("严格控制在3月召开全省性会议", "召开", "控制"),  # the tail of 严格控制
    ("避免3月召开全省性会议", "召开", "避免"),
    ("我厅不召开全省性会议", "召开", "不"),  # a one-character negator opening a token
    ("因工作需要，不得不于3月12日召开全省会议", "召开", None),  # 不得不 is no 不得
    ("全省城乡环境综合整治工作推进会定于3月12日在南昌召开", "召开", None),  # 会 between: a name's topic
    ("为控制会议规模我厅拟于3月20日以视频方式召开全省会议", "召开", None),  # 控制 governs 规模
])
def test_clause_negation_of_a_verb(text, verb, word):
    from gwlint.analysis.tokens import index_of

    v = text.index(verb)
    lo = text.rfind("，", 0, v) + 1
    assert _clause_vocab().negates_verb(text, index_of(text), lo, v, reach=12, breaks="会") == word


def test_clause_negation_skips_the_meetings_own_name():
    from gwlint.analysis.tokens import index_of

    text = "全省是否监测工作会议定于3月12日召开"
    v = text.index("召开")
    vocab = _clause_vocab()
    assert vocab.negates_verb(text, index_of(text), 0, v) == "是否"
    assert vocab.negates_verb(text, index_of(text), 0, v, skip=[(0, text.index("定于"))]) is None


@pytest.mark.parametrize("text,word", [
    ("降低参会人员级别", "降低"),
    ("为减少陪会", "减少"),
    ("县（市、区）政府主要负责同志不参加", "不"),
    ("不得要求主要负责同志参会", "不得"),
    ("为减少会议数量", None),  # the reducer's object is not attendance
    ("农村人居环境整治工作会议请各县主要负责同志参加", None),
])
def test_clause_negation_of_attendance_objects(text, word):
    from gwlint.analysis.tokens import index_of

    objects = ["参会", "参加", "陪会", "到会", "人员", "级别"]
    assert _clause_vocab().negates_object(text, index_of(text), 0, len(text), objects, reach=4) == word


def test_unnumbered_cell_per_line_tables_on_request():
    texts = ["参会单位", "参会人员", "各设区市人民政府", "分管负责同志", "赣江新区管委会", "主要负责同志",
             "联系人：张三，电话：0791-8888888。", "江西省商务厅"]
    paras = _doc(texts).paragraphs
    lines = list(range(1, len(texts) + 1))
    assert build_tables(paras, lines, {"参会单位", "参会人员"}) == []  # rows must be numbered by default
    (t,) = build_tables(paras, lines, {"参会单位", "参会人员"}, numbered=False)
    assert [r.cells for r in t.rows] == [["参会单位", "参会人员"], ["各设区市人民政府", "分管负责同志"],
                                         ["赣江新区管委会", "主要负责同志"]]


# ------------------------------------------------------------ lexicon and settings
def test_lexicon_deltas_are_explicit():
    base = load_data("lexicon.toml")["negators"]
    burdens = load_data("burdens.toml")["negators"]
    assert set(base) <= set(burdens) and "少报" in burdens
    assert expand({"extends": "negators", "remove": ["不得"], "add": ["不"]})[-1] == "不"
    with pytest.raises(DataError):
        expand({"extends": "negators", "remove": ["没有这个词"]})
    with pytest.raises(DataError):
        expand({"extends": "no_such_list"})


def test_setting_types():
    assert check_value(int, 3) is None and check_value(int, "abc") and check_value(int, True)
    assert check_value(list[str], ["a"]) is None and check_value(list[str], 3)
    assert check_value(Regex, "(") and check_value(list[Regex], ["a", "("])
    assert check_value(float, 16) is None


# ------------------------------------------------------------ tables
def _doc(lines, tables=None):
    paras = []
    for i, t in enumerate(lines, 1):
        p = Paragraph(t)
        if tables and i in tables:
            p.kind, p.table = "table_cell", tables[i]
        paras.append(p)
    return Document("t.txt", "txt", paras)


def test_one_table_builder_for_every_form():
    heads = ("序号", "报送材料", "报送时间")
    # docx/pdf cells
    doc = _doc(["序号", "报送材料", "1", "总结"], {1: (1, 1, 1), 2: (1, 1, 2), 3: (1, 2, 1), 4: (1, 2, 2)})
    (t,) = build_tables(doc.paragraphs, [1, 2, 3, 4], heads)
    assert t.kind == "cells" and t.header == ["序号", "报送材料"] and t.rows[1].cells == ["1", "总结"]
    # tab-separated text
    doc = _doc(["序号\t报送材料\t报送时间", "1\t总结\t3月20日"])
    (t,) = build_tables(doc.paragraphs, [1, 2], heads)
    assert t.kind == "tabs" and t.column(["报送材料"]) == 1
    # one cell per line
    doc = _doc(["序号", "报送材料", "报送时间", "1", "总结", "3月20日", "2", "报表", "4月1日", "其他说明"])
    (t,) = build_tables(doc.paragraphs, list(range(1, 11)), heads)
    assert t.kind == "lines" and [r.cells[1] for r in t.rows] == ["报送材料", "总结", "报表"]


@pytest.mark.parametrize("texts, cells", [
    # a .txt copy loses empty cells: a row ends where the next number comes early, padded at its end
    (["序号", "报送材料", "报送时间", "1", "总结", "2", "报表", "4月1日"], [["1", "总结", ""], ["2", "报表", "4月1日"]]),
    (["序号", "报送材料", "报送时间", "1", "总结", "3月20日", "2", "报表"], [["1", "总结", "3月20日"], ["2", "报表", ""]]),
    # a cell that happens to be the next number is a cell when the full width lines up
    (["序号", "报送材料", "份数", "1", "总结", "2", "2", "报表", "3"], [["1", "总结", "2"], ["2", "报表", "3"]]),
])
def test_cell_per_line_rows_that_lost_empty_cells(texts, cells):
    doc = _doc(texts)
    (t,) = build_tables(doc.paragraphs, list(range(1, len(texts) + 1)), ("序号", "报送材料", "报送时间", "份数"))
    assert [r.cells for r in t.rows[1:]] == cells


# ------------------------------------------------------------ sentences with their tokens
def _ctx(*paras: str):
    from gwlint.analysis.context import Context
    from gwlint.config import Config

    return Context(_doc(list(paras)), Config())


def test_sentences_carry_their_own_tokens_and_the_paragraph_quotes():
    from gwlint.analysis.sentences import clause_of, iter_sentences, sent_words, tokens_between

    text = "请各地于3月20日前报送总结。要坚持“少报材料”，报送材料。"
    sents = list(iter_sentences(_ctx(text), [1]))
    assert [s.body for s in sents] == ["请各地于3月20日前报送总结。", "要坚持“少报材料”，报送材料。"]
    first, second = sents
    assert all(first.start <= t.start < first.end for t in first.tokens)
    assert "".join(t.text for t in first.tokens) == first.body
    # quoted words are not the issuer's: only the second 材料 counts
    assert [(a, w) for a, _b, w in sent_words(second, ["材料"])] == [(text.rindex("材料"), "材料")]
    comma = text.index("，")
    assert clause_of(second, comma + 2) == (comma + 1, len(text))
    assert [t.text for t in tokens_between(first, first.start, first.start + 3)][:2] == ["请", "各地"]


def test_negation_settings_build_one_vocabulary():
    from dataclasses import dataclass

    from gwlint.analysis.negation import NegationSettings
    from gwlint.analysis.sentences import iter_sentences

    @dataclass(frozen=True)
    class S(NegationSettings):
        pass

    s = S(negators=["不得", "不再"], reducers=["减少"], reset_modals=["请"], reducer_breaks=["工作", "的"])
    assert s.vocabulary is s.vocabulary  # built once
    text = "不得要求基层报送材料。要减少报送频次。不再另行发文，请于5日前报送材料。"
    a, b, c = iter_sentences(_ctx(text), [1])
    assert s.vocabulary.negated(a, text.index("报送")) == "不得"
    assert s.vocabulary.negated(b, text.index("报送", b.start)) == "减少"
    assert s.vocabulary.negated(c, text.rindex("报送")) is None  # 请 starts a new demand


def test_alternation_of_pattern_lists():
    from gwlint.analysis.settings import alternation

    assert alternation([]) is None and alternation("") is None
    rx = alternation([r"\d+日前", "月底前"])
    assert rx is alternation([r"\d+日前", "月底前"])
    assert rx.search("于3月20日前").group(0) == "20日前" and rx.search("6月底前")


def test_tabs_kept_by_the_docx_reader_make_a_table(tmp_path):
    from gwlint.docgen import parse_marked
    from gwlint.docgen.docx import write_docx
    from gwlint.readers import read_path

    src = "@title 关于报送材料的通知\n序号\t报送材料\t报送时间\n1\t工作总结\t3月20日前\n2\t统计表\t每月5日前\n"
    path = tmp_path / "tabs.docx"
    write_docx(parse_marked(src), path)
    doc = read_path(path)
    row = next(p for p in doc.paragraphs if p.text.startswith("1"))
    assert row.text == "1 工作总结 3月20日前" and row.tabs == (1, 6)  # the text shows spaces
    tables = build_tables(doc.paragraphs, [p.line for p in doc.paragraphs])
    assert [r.cells for r in tables[0].rows] == [["序号", "报送材料", "报送时间"], ["1", "工作总结", "3月20日前"],
                                               ["2", "统计表", "每月5日前"]]
    assert tables[0].kind == "tabs"

"""GW501 empty-phrases, GW502 vague-measure, GW503 long-sentence (文风, 赣府发〔2019〕3号 第2条)."""
from __future__ import annotations

import glob
import re

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import Config
from gwlint.data import load_toml
from gwlint.docgen import parse_marked, plain_text
from gwlint.rules.style import find_phrases, split_points
from gwlint.segment import tokenize
from gwlint.textutil import word_count

from .conftest import CORPUS, POLICY, need
from .drafts import finding_key, render_draft

ALL_LEVELS = ["national", "province", "city", "county", "township"]


def cfg(**options) -> Config:
    c = Config(select=["GW5"])
    c.options.update(options)
    return c


def lint_draft(source: str, **options):
    text = plain_text(parse_marked(source))
    return lint_bytes(text.encode("utf-8"), "draft.txt", cfg(**options))


def codes(result, code):
    return [f for f in result.findings if f.code == code]


def phrases(text):
    return [p for _, _, p in find_phrases(text, tokenize(text), tuple(load_toml("style.toml")["phrases"]))]


# ------------------------------------------------------------ GW501
STOCK_NOTICE = """\
@title 江西省应急管理厅关于做好2026年汛期安全防范工作的通知
@doc_number 赣应急字〔2026〕7号
@recipients 各设区市应急管理局：
为认真贯彻落实省委、省政府关于防汛工作的决策部署，切实加强汛期安全防范，现将有关事项通知如下。
各地要高度重视，进一步提高思想认识，切实加强组织领导，全面加强隐患排查，不断提升应急处置能力，确保各项措施落到实处、取得实效。
6月30日前，各设区市应急管理局完成辖区内水库、尾矿库和地质灾害隐患点排查，排查结果报省应急管理厅。
要扎实推进应急物资储备，大力推进基层应急队伍建设，形成合力。
@signature 江西省应急管理厅
@date 2026年5月6日
"""

QUOTED_NOTICE = """\
@title 江西省应急管理厅关于做好2026年汛期安全防范工作的通知
@doc_number 赣应急字〔2026〕7号
@recipients 各设区市应急管理局：
省委常委会会议指出：“各地要高度重视，进一步提高思想认识，切实加强组织领导，全面加强隐患排查，不断提升应急处置能力，确保各项措施落到实处、取得实效。”
6月30日前，各设区市应急管理局完成辖区内水库、尾矿库和地质灾害隐患点排查，排查结果报省应急管理厅。
7月起每周五报送一次水库巡查记录，汛期结束后停止报送。
@signature 江西省应急管理厅
@date 2026年5月6日
"""


def test_phrase_matching_on_tokens():
    assert phrases("要全面加强监管，切实加强组织领导，进一步提高效率。") == ["全面加强", "切实加强", "进一步提高"]
    # jieba reads 安全|面|提升 and 形成|合|力量: the phrase is not there
    assert phrases("保障安全面提升") == []
    assert phrases("努力形成合力量") == []
    # quotations and titles are not the drafter's own words
    assert phrases("学习“高度重视、狠抓落实”的经验和《关于切实加强安全生产的通知》。") == []


def test_stock_heavy_notice_is_flagged_once_at_densest_paragraph():
    r = lint_draft(STOCK_NOTICE)
    fs = codes(r, "GW501")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "info"
    lines = r.lines
    densest = next(i for i, t in enumerate(lines, 1) if t.startswith("各地要高度重视"))
    assert (f.line, f.excerpt) == (densest, "高度重视")
    assert f.data["phrases"]["切实加强"] == 2
    assert f.data["count"] == sum(f.data["phrases"].values()) == 12
    assert f.data["densest_count"] == 7
    assert f.data["density"] > f.data["per_1000"] == 3.5
    assert "每千字" in f.message and "切实加强×2" in f.message and "超过提示阈值 3.5" in f.message


def test_quoted_phrases_and_short_counts_are_not_flagged():
    assert codes(lint_draft(QUOTED_NOTICE), "GW501") == []


def test_threshold_and_list_are_options():
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.per_1000": 100}), "GW501") == []
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.min_count": 13}), "GW501") == []
    # a user phrase is counted too
    f = codes(lint_draft(STOCK_NOTICE, **{"GW501.extra_phrases": ["有关事项"]}), "GW501")[0]
    assert f.data["phrases"]["有关事项"] == 1
    # a replaced list with nothing of the draft in it: silent
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.phrases": ["久久为功"]}), "GW501") == []


# ------------------------------------------------------------ GW502
POLICY_DRAFT = """\
@title 江西省人民政府办公厅关于加快推进高标准农田建设的实施意见
@doc_number 赣府厅发〔2026〕9号
@recipients 各市、县（区）人民政府，省政府各部门：
为加快推进高标准农田建设，现提出如下意见。
@heading1 一、总体要求
@heading2 （一）指导思想。坚持新发展理念，稳步提升粮食产能，增强农业综合生产能力。
@heading1 二、重点任务
@heading2 （一）加强技术指导服务。强化服务意识，提升服务水平，切实增强技术指导的针对性和实效性。
@heading2 （二）加快项目建设。2026年底前完成年度建设任务，严把工程质量关。
@heading2 （三）提升建设标准。新建高标准农田亩均投入逐步提高到3000元。
@heading2 （四）加强质量监督。有关部门要加强工程质量检查，发现问题及时整改。
@heading2 （五）完善管护机制。研究出台高标准农田建后管护办法，明确管护主体。
@heading2 （六）强化宣传引导。深入宣传“2026年高标准农田建设年”主题活动，营造良好社会环境。
@heading2 （七）规范资金使用。建设资金不得挤占挪用，不得用于楼堂馆所建设。
@heading2 （八）保护农田设施。农田水利设施是农业生产的基础，要加强保护，提高使用效率。
@heading1 三、保障措施
@heading2 （一）加强组织领导。强化统筹协调，形成工作合力。
@signature 江西省人民政府办公厅
@date 2026年3月2日
"""


def test_vague_measures_are_flagged_at_their_heading():
    r = lint_draft(POLICY_DRAFT)
    fs = codes(r, "GW502")
    titles = [r.lines[f.line - 1] for f in fs]
    # （一）no actor/time/number/output; （六）its only year is inside a quotation;
    # 三（一）is a task too.  （八）opens with a noun, not a task verb.
    assert [t[:12] for t in titles] == ["（一）加强技术指导服务。", "（六）强化宣传引导。深入", "（一）加强组织领导。强化"]
    assert [f.excerpt for f in fs] == ["（一）加强技术指导服务", "（六）强化宣传引导", "（一）加强组织领导"]
    assert all(f.severity == "info" and f.column == 1 for f in fs)
    assert "空头政策" in fs[0].message and "（一）" in fs[0].message
    assert fs[0].data == {"measure": 1, "style": "（一）", "actor": None, "time": None, "quantity": None,
                          "deliverable": None, "binding": None}


def test_vague_measure_scope():
    national = POLICY_DRAFT.replace("江西省人民政府办公厅", "国务院办公厅").replace("赣府厅发", "国办发")
    assert codes(lint_draft(national), "GW502") == []
    assert len(codes(lint_draft(national, **{"GW502.issuer_levels": ALL_LEVELS}), "GW502")) == 3
    # a notice that is not a policy document has no measures to check
    notice = POLICY_DRAFT.replace("实施意见", "通知")
    assert codes(lint_draft(notice), "GW502") == []


def test_vague_measure_word_lists_are_options():
    r = lint_draft(POLICY_DRAFT, **{"GW502.deliverables": ["主题活动"], "GW502.binding_words": []})
    titles = [r.lines[f.line - 1][:7] for f in codes(r, "GW502")]
    # the list is replaced: （五）出台……办法 no longer counts, （六）now has an output,
    # （七）lost its binding rule
    assert titles == ["（一）加强技术", "（五）完善管护", "（七）规范资金", "（一）加强组织"]


def test_generic_actor_is_left_to_gw102():
    r = lint_bytes(plain_text(parse_marked(POLICY_DRAFT)).encode("utf-8"), "draft.txt", Config(select=["GW102", "GW502"]))
    heads = {(f.code, r.lines[f.line - 1][:4]) for f in r.findings if not f.data.get("summary")}
    assert ("GW102", "（四）加") in heads and ("GW502", "（四）加") not in heads
    # every vague measure also lacks a responsible unit: GW502 adds that nothing else is checkable either
    assert {h for c, h in heads if c == "GW502"} <= {h for c, h in heads if c == "GW102"}


# ------------------------------------------------------------ GW503
LONG = ("各地要以推进政务服务标准化规范化便利化为主线，围绕企业和群众办事的难点堵点，"
        "全面梳理本地区依申请政务服务事项的办理条件、申请材料、办理流程和办理时限，统一编制办事指南，"
        "推动同一事项在不同地区无差别受理、同标准办理，并依托全省一体化在线政务服务平台实现网上申请、"
        "网上受理、网上审批和结果网上送达，同时完善线下窗口综合受理机制，加强窗口工作人员业务培训和作风建设，"
        "不断改善群众的办事体验。")
ENUMERATION = ("重点做好以下工作：梳理政务服务事项清单，统一事项名称、编码、依据和类型，逐项明确办理条件和申请材料；"
               "编制标准化办事指南，列明受理条件、申请材料、办理流程、办理时限、收费标准和咨询方式；"
               "优化线上线下办事流程，推动高频事项全程网办、就近可办、一次办好，减少申请材料和办理环节；"
               "建立办事指南动态更新机制，事项要素调整后五个工作日内完成同步更新。")
NOTE = "（2019年1月2日国务院令第1号公布，根据2020年3月4日国务院令第2号修订，" + "根据有关法律法规的规定进行相应修改和调整" * 6 + "）"
SENTENCE_DRAFT = f"""\
@title 江西省人民政府办公厅关于推进政务服务标准化的通知
@doc_number 赣府厅字〔2026〕3号
@recipients 各市、县（区）人民政府，省政府各部门：
{LONG}
{ENUMERATION}
{NOTE}
@signature 江西省人民政府办公厅
@date 2026年4月1日
"""


def test_long_sentence_flagged_with_length_and_split_hint():
    assert word_count(LONG) > 150 and all(word_count(s) <= 150 for s in ENUMERATION.split("；"))
    assert word_count(ENUMERATION) > 150 and word_count(NOTE) > 150
    r = lint_draft(SENTENCE_DRAFT)
    fs = codes(r, "GW503")
    assert len(fs) == 1  # the ；-enumeration and the bracketed note are not flagged
    f = fs[0]
    assert f.excerpt.startswith("各地要以推进") and f.data["chars"] == word_count(LONG)
    assert f.message.startswith(f"句子长 {word_count(LONG)} 字，超过 150 字的上限")
    # the split point is a comma about halfway through
    cut = f.data["split_after"][0]
    assert LONG[cut - 1] == "，" and abs(word_count(LONG[:cut]) - word_count(LONG) / 2) < 30
    assert f"“…{LONG[cut - 8:cut]}”之后断句" in f.message


def test_long_sentence_limit_is_an_option():
    fs = codes(lint_draft(SENTENCE_DRAFT, **{"GW503.max_chars": 40}), "GW503")
    pieces = [x for x in re.split("(?<=[。；])", LONG + ENUMERATION) if word_count(x) > 40]
    assert len(pieces) >= 3  # the long sentence and some enumeration items
    assert [f.excerpt[:10] for f in fs] == [x[:10] for x in pieces]
    assert all(f.data["chars"] > 40 and f.data["max_chars"] == 40 for f in fs)
    assert codes(lint_draft(SENTENCE_DRAFT, **{"GW503.max_chars": 400}), "GW503") == []


def test_options_from_a_config_file(tmp_path):
    # unquoted dotted keys in [options] are nested TOML tables; both spellings work
    (tmp_path / "gwlint.toml").write_text('select = ["GW5"]\n[options]\nGW503.max_chars = 400\n'
                                          '"GW501.per_1000" = 100\n', encoding="utf-8")
    src = tmp_path / "draft.txt"
    src.write_text(plain_text(parse_marked(SENTENCE_DRAFT + STOCK_NOTICE)), encoding="utf-8")
    codes_found = {f.code for f in lint_path(src).findings}
    assert "GW503" not in codes_found and "GW501" not in codes_found
    (tmp_path / "gwlint.toml").write_text('select = ["GW5"]\n', encoding="utf-8")
    assert {"GW501", "GW503"} <= {f.code for f in lint_path(src).findings}


def test_split_points_avoid_quotes_and_fall_back_to_enumeration_commas():
    text = "甲乙丙丁，“戊己，庚辛”壬癸子丑，寅卯辰巳午未。"
    # the comma inside the quotation (offset 8) is never a split point
    assert split_points(text, 0, len(text), 2, ["，", "、"]) == [17]
    assert split_points(text, 0, len(text), 3, ["，", "、"]) == [5, 17]
    listing = "甲乙、丙丁、戊己、庚辛。"
    assert split_points(listing, 0, len(listing), 2, ["，", "、"]) == [6]


# ------------------------------------------------------------ formats
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_findings_in_docx_and_pdf(fmt, tmp_path):
    source = POLICY_DRAFT.replace("（八）保护农田设施。", f"（八）保护农田设施。{LONG}")
    txt = [f for f in lint_path(render_draft(source, "txt", tmp_path), cfg()).findings]
    assert {f.code for f in txt} == {"GW502", "GW503"}
    other = lint_path(render_draft(source, fmt, tmp_path), cfg()).findings
    assert finding_key(other) == finding_key(txt)


# ------------------------------------------------------------ real documents
def _corpus():
    files = sorted(glob.glob(str(CORPUS / "govcn" / "*.txt")))
    if len(files) < 60:
        pytest.skip("shared corpus missing")
    return files


def test_policy_gets_modest_style_advice():
    r = lint_path(need(POLICY), cfg())
    by = {c: codes(r, c) for c in ("GW501", "GW502", "GW503")}
    assert by["GW501"] == []  # 2.6 stock phrases per 1000 字: below the threshold
    # only measure 6 (提倡开短会……, no actor, date, number or output) is vague
    assert [f.data["measure"] for f in by["GW502"]] == [6]
    assert 1 <= len(by["GW503"]) <= 3
    assert all(f.data["chars"] > 150 and word_count(f.excerpt) > 150 for f in by["GW503"]
               if not f.excerpt.endswith("……"))


def test_corpus_style_findings_stay_rare():
    files = _corpus()
    flagged, long_sentences = [], 0
    for path in files:
        r = lint_path(path, cfg())
        g1 = codes(r, "GW501")
        assert len(g1) <= 1
        if g1:
            flagged.append(g1[0])
        assert codes(r, "GW502") == []  # national documents are outside the default scope
        for f in codes(r, "GW503"):
            assert f.data["chars"] > 150
            long_sentences += 1
    # stock-phrase advice only for the few densest documents
    assert 1 <= len(flagged) <= 3
    assert all(f.data["density"] > 3.5 and f.data["count"] >= 8 for f in flagged)
    # fewer than one sentence in a hundred is over 150 字
    assert 20 <= long_sentences <= 60


def test_corpus_measures_in_scope_are_mostly_concrete():
    # widened to national documents, only a handful of task measures are vague
    vague = []
    for path in _corpus():
        r = lint_path(path, cfg(**{"GW502.issuer_levels": ALL_LEVELS}))
        vague.extend(codes(r, "GW502"))
    assert 1 <= len(vague) <= 15
    assert all(not any(f.data[k] for k in ("actor", "time", "quantity", "deliverable", "binding")) for f in vague)

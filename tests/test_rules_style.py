"""GW501 empty-phrases, GW502 vague-measure, GW503 long-sentence (文风, 赣府发〔2019〕3号 第2条)."""
from __future__ import annotations

import glob
import re

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import Config
from gwlint.analysis.lexicon import load_data as load_toml  # data files with lexicon deltas expanded
from gwlint.docgen import parse_marked, plain_text
from gwlint.analysis.tokens import TokenIndex
from gwlint.rules.gw5.gw501_empty_phrases import find_phrases
from gwlint.rules.gw5.gw503_long_sentence import awkward_points, citation_spans, counted_chars, split_points
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
    d = load_toml("rules/gw501.toml")
    return [p for _, _, p in find_phrases(text, TokenIndex.of(text), tuple(d["phrases"]), tuple(d["negators"]),
                                          d["negation_window"])]


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
    # the density thresholds, and the packed paragraph of a short text (its own floor, packed_min)
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.per_1000": 100}), "GW501")[0].data["packed"]
    # (its stacked clauses, stack_min, are an option of their own)
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.per_1000": 100, "GW501.packed_min": 99}), "GW501") != []
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.per_1000": 100, "GW501.packed_min": 99,
                                             "GW501.stack_min": 0}), "GW501") == []
    # a short text this dense (12 phrases in 189 字) has a floor of its own, short_min_count
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.min_count": 13}), "GW501") != []
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.min_count": 13, "GW501.short_min_count": 13,
                                             "GW501.packed_min": 99, "GW501.stack_min": 0}), "GW501") == []
    # a user phrase is counted too
    f = codes(lint_draft(STOCK_NOTICE, **{"GW501.extra_phrases": ["有关事项"]}), "GW501")[0]
    assert f.data["phrases"]["有关事项"] == 1
    # a replaced list with nothing of the draft in it: silent
    assert codes(lint_draft(STOCK_NOTICE, **{"GW501.phrases": ["久久为功"]}), "GW501") == []


def test_rejected_phrases_and_concrete_targets_are_not_counted():
    # the drafter is criticising the phrase, not using it
    assert phrases("不搞高度重视式的表态，坚决防止只停留在层层落实上。") == []
    assert phrases("不要把切实加强当作工作措施，力戒大力推进一类空话。") == []
    # 不能不 is emphasis, and a negator in another clause does not count
    assert phrases("对此不能不高度重视。") == ["高度重视"]
    assert phrases("防止出现新的隐患，切实加强巡查。") == ["切实加强"]
    # a figure that is the target makes the clause concrete; one that is not, does not
    assert phrases("将政务服务事项网上可办率进一步提高到90%。") == []
    assert phrases("进一步提高医保报销比例5个百分点。") == []
    assert phrases("进一步提高服务水平，完成率达到95%。") == ["进一步提高"]
    assert phrases("通报表扬大力推进工作许可制度改革等130项做法。") == ["大力推进"]
    assert phrases("大力推进5G基站建设。") == ["大力推进"]


CRITICAL_NOTICE = """\
@title 江西省人民政府办公厅关于进一步改进文风的通知
@doc_number 赣府厅字〔2026〕15号
@recipients 各市、县（区）人民政府，省政府各部门：
起草文件不搞高度重视式的表态，不要写切实加强、大力推进、扎实推进之类空话，力戒全面提升、不断完善的堆砌。
防止只停留在层层落实、狠抓落实上，杜绝取得实效、落到实处一类结尾。
2026年起，省政府办公厅每半年抽查一次各部门发文，抽查结果在全省通报。
@signature 江西省人民政府办公厅
@date 2026年5月8日
"""


def test_notice_that_rejects_stock_phrases_is_not_flagged():
    assert codes(lint_draft(CRITICAL_NOTICE), "GW501") == []
    # the same phrases used, not rejected: flagged
    used = (CRITICAL_NOTICE.replace("起草文件不搞高度重视式的表态，不要写", "各地要高度重视，")
            .replace("之类空话，力戒", "，").replace("的堆砌", "").replace("防止只停留在", "做到")
            .replace("杜绝取得实效、落到实处一类结尾", "确保取得实效、落到实处"))
    f = codes(lint_draft(used), "GW501")
    assert len(f) == 1 and f[0].data["count"] == 10


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
                          "deliverable": None, "binding": None, "items": None}


def test_vague_measure_scope():
    national = POLICY_DRAFT.replace("江西省人民政府办公厅", "国务院办公厅").replace("赣府厅发", "国办发")
    assert codes(lint_draft(national), "GW502") == []
    assert len(codes(lint_draft(national, **{"GW502.issuer_levels": ALL_LEVELS}), "GW502")) == 3
    # a 工作通知 that lays out numbered tasks is checked as well (rules.md: any numbered measure; issue 15:
    # ③加强作风建设 in a county's notice) …
    notice = POLICY_DRAFT.replace("实施意见", "通知")
    assert len(codes(lint_draft(notice), "GW502")) == 3
    # … but a notice that carries a norm in articles (办法) has no measures to check
    carried = POLICY_DRAFT.replace("加快推进高标准农田建设的实施意见", "印发江西省高标准农田建后管护办法的通知")
    assert codes(lint_draft(carried), "GW502") == []


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


FACILITY_DRAFT = """\
@title 江西省人民政府办公厅关于加快发展现代设施农业的实施意见
@doc_number 赣府厅发〔2026〕11号
@recipients 各市、县（区）人民政府，省政府各部门：
为加快发展现代设施农业，经省政府同意，现提出如下实施意见。
@heading1 一、基本原则
@heading2 （一）坚持因地制宜原则。根据各地资源禀赋，合理确定设施农业发展方向。
@heading1 二、重点任务
@heading2 （一）加强设施农业用地保障。汛前完成设施农业用地备案复核，保障合理用地需求。
@heading2 （二）推进老旧设施改造提升。一季度末启动老旧大棚改造，逐步提升设施装备水平。
@heading2 （三）强化科技支撑。按照赣府发〔2019〕3号文件精神，加强设施农业科技攻关，提升科技支撑能力。
@heading2 （四）推动5G技术应用。深化5G与设施农业融合，提升智能化水平。
@heading2 （五）提升设施农业效益。培育一批设施农业龙头企业，打造一批知名品牌。
@heading2 （六）强化人才支撑。千方百计想办法引进设施农业人才，营造良好人才发展环境。
@heading2 （七）加强督促检查。将设施农业发展情况纳入乡村振兴实绩考核。
@heading2 （八）落实“两个确保”。坚持粮食生产和设施农业发展两手抓。
@signature 江西省人民政府办公厅
@date 2026年3月20日
"""


def test_vague_measure_evidence_is_read_closely():
    r = lint_draft(FACILITY_DRAFT)
    fs = codes(r, "GW502")
    heads = [r.lines[f.line - 1][:3] for f in fs]
    # 汛前 / 一季度末 are deadlines, 纳入……考核 is a checkable arrangement, 坚持……原则 is a principle;
    # a cited 文号, the 5 of 5G, 一批 and 想办法 are no number or output
    assert heads == ["（三）", "（四）", "（五）", "（六）", "（八）"]
    assert all(not any(f.data[k] for k in ("actor", "time", "quantity", "deliverable", "binding")) for f in fs)
    # a quotation inside the measure title is nested as ‘…’ in the message
    assert "措施（八）“落实‘两个确保’”没有写明" in fs[-1].message


def test_ignore_words_are_an_option():
    r = lint_draft(FACILITY_DRAFT, **{"GW502.ignore_words": []})
    heads = [r.lines[f.line - 1][:3] for f in codes(r, "GW502")]
    assert "（五）" not in heads and "（六）" not in heads and "（三）" in heads


LISTED_DRAFT = """\
@title 江西省农业农村厅关于推进农业社会化服务高质量发展的实施方案
@doc_number 赣农发〔2026〕8号
@recipients 各设区市农业农村局，省供销合作社、省农业发展银行等有关单位：
为推进农业社会化服务高质量发展，制定本方案。
@heading1 一、重点任务
@heading2 （一）加强服务组织培育。培育壮大农业社会化服务组织，提升服务能力。
@heading2 （二）推进服务标准建设。完善服务规范，提升服务质量。
@heading2 （三）推动服务模式创新。坚持服务农户、服务小农，推动服务模式创新。
@attachment_note 附件：重点任务责任分工表
@signature 江西省农业农村厅
@date 2026年3月2日
@attachment_label 附件
@attachment_title 重点任务责任分工表
@table 序号|重点任务|责任单位
@table 1|加强服务组织培育|省农业农村厅合作经济指导处
@table 2|推进服务标准建设|省农业农村厅科技教育处
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_measures_named_in_the_responsibility_table_have_an_actor(fmt, tmp_path):
    # the table names 处室 of the 厅; only measure （三）, absent from it, is vague
    r = lint_path(render_draft(LISTED_DRAFT, fmt, tmp_path), cfg())
    fs = codes(r, "GW502")
    assert [f.data["measure"] for f in fs] == [3]
    assert "推动服务模式创新" in fs[0].message


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
    # the bracketed note is not flagged; the unnumbered ；-list after a colon is one sentence (GB/T 15834:
    # a 分号 parts clauses inside a sentence; only numbered items count one by one)
    assert len(fs) == 2 and fs[1].excerpt.startswith("重点做好以下工作") and "分号" in fs[1].message
    numbered = ENUMERATION.replace("：梳理", "：（一）梳理").replace("；编制", "；（二）编制") \
        .replace("；优化", "；（三）优化").replace("；建立", "；（四）建立")
    assert len(codes(lint_draft(SENTENCE_DRAFT.replace(ENUMERATION, numbered)), "GW503")) == 1
    f = fs[0]
    assert f.excerpt.startswith("各地要以推进") and f.data["chars"] == word_count(LONG)
    assert f.message.startswith(f"句子长 {word_count(LONG)} 字，超过 150 字的上限")
    # the split point is a comma about halfway through
    cut = f.data["split_after"][0]
    assert LONG[cut - 1] == "，" and abs(word_count(LONG[:cut]) - word_count(LONG) / 2) < 30
    assert f"“…{LONG[cut - 8:cut]}”之后断句" in f.message


def test_long_sentence_limit_is_an_option():
    fs = codes(lint_draft(SENTENCE_DRAFT, **{"GW503.max_chars": 40}), "GW503")
    pieces = [x for x in re.split("(?<=[。])", LONG + ENUMERATION) if word_count(x) > 40]
    assert len(pieces) == 2  # the long sentence and the ；-list after a colon (one sentence)
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


CITING = ("根据《江西省人民政府关于印发全省政府系统推动“三减三强两倡导”深化“五型”政府建设推进高质量跨越式发展"
          "若干措施（试行）的通知》（赣府发〔2019〕3号）和《江西省人民政府办公厅关于切实做好2026年粮食生产和"
          "重要农产品稳产保供工作的通知》（赣府厅字〔2026〕5号）的要求，结合我省实际，现将做好2026年春耕生产工作的"
          "有关事项通知如下。")
SPEECH = ("省委常委会会议强调：“要把粮食安全作为头等大事来抓，以习近平新时代中国特色社会主义思想为指导，"
          "认真落实党中央、国务院关于粮食生产的决策部署，坚持稳面积、增单产两手发力，扎实推进高标准农田建设，"
          "加快推进农业机械化和数字化转型，不断提升粮食综合生产能力和农业防灾减灾能力，为全面推进乡村全面振兴、"
          "加快建设农业强省提供坚实支撑，确保全年粮食播种面积和产量稳定在合理水平，坚决守住不发生规模性返贫底线。"
          "各地务必抓紧抓实。”")
ITEMS = ("今年春耕重点做好以下工作：一是落实早稻种植面积，各设区市要将早稻种植面积任务分解到县、乡、村和种植大户，"
         "二是推广集中育秧，每个产粮大县至少建成3个以上规模化集中育秧中心，三是加强农资保障，组织农资企业做好种子、"
         "化肥、农药等农资调运储备，四是强化技术指导，组织农技人员深入田间地头开展面对面指导，五是做好防灾减灾，"
         "密切关注倒春寒等灾害性天气，及时发布预警信息。")
TOPIC = ("对在省委、省政府中心工作和重大项目、重要工程、重点工作中，因主观努力不够导致任务没有完成，或工作质量不高，"
         "造成不良影响或严重后果，以及在行政审批等政务服务中敷衍塞责、效能低下，影响发展环境，"
         "服务对象和干部群众反映强烈的，要一查到底、严肃问责，着力解决等着干、混着干、浮着干等不良现象和不作为、"
         "慢作为、虚作为等突出问题，推动全省政府系统干部队伍作风持续好转。")
SPRING_DRAFT = f"""\
@title 江西省农业农村厅关于做好2026年春耕生产工作的通知
@doc_number 赣农字〔2026〕12号
@recipients 各设区市农业农村局：
{CITING}
{SPEECH}
@heading1 一、抓好早稻集中育秧和机插秧推广工作
{ITEMS}
{TOPIC}
@signature 江西省农业农村厅
@date 2026年2月20日
"""


def test_cited_titles_numbers_and_speech_do_not_count():
    assert word_count(CITING) > 150 and word_count(SPEECH.split("。")[0]) > 150
    spans = citation_spans(CITING)
    n = counted_chars(CITING, 0, len(CITING), spans)
    assert n < 80  # two titles and two 文号 make up most of the sentence
    r = lint_draft(SPRING_DRAFT)
    flagged = [f.excerpt[:6] for f in codes(r, "GW503")]
    assert "根据《江西省" not in flagged and "省委常委会" not in flagged
    # counted as written when the option is off
    raw = lint_draft(SPRING_DRAFT, **{"GW503.skip_citations": False})
    f = next(f for f in codes(raw, "GW503") if f.excerpt.startswith("根据《江西省"))
    assert f.data["chars"] == word_count(CITING) and "不计引用" not in f.message


def test_enumeration_in_one_sentence_gets_semicolon_advice():
    f = next(f for f in codes(lint_draft(SPRING_DRAFT), "GW503") if f.excerpt.startswith("今年春耕"))
    assert f.data["enumeration"] is True
    assert "句中“一是……二是……”等 5 项并列，建议各项之间改用分号分隔" in f.message
    # the cuts are the item starts 二是 … 五是
    line = lint_draft(SPRING_DRAFT).lines[f.line - 1]
    assert [line[p:p + 2] for p in f.data["split_after"]] == ["二是", "三是", "四是", "五是"]


def test_same_word_series_is_an_enumeration():
    awards = "国务院批准，" + "，".join(f"授予“第{k}项研究成果的发现与应用”等{k}项成果国家科学技术进步奖{k}等奖" for k in range(1, 8)) + "。"
    assert word_count(awards) > 150
    src = SPRING_DRAFT.replace(ITEMS, awards)
    f = next(f for f in codes(lint_draft(src), "GW503") if f.excerpt.startswith("国务院批准"))
    assert "句中“授予……”等 7 项并列" in f.message and len(f.data["split_after"]) == 6


def test_break_hint_keeps_frames_whole():
    f = next(f for f in codes(lint_draft(SPRING_DRAFT), "GW503") if f.excerpt.startswith("对在省委"))
    assert f.data["enumeration"] is False
    cut = f.data["split_after"][0]
    line = lint_draft(SPRING_DRAFT).lines[f.line - 1]
    # not inside the 对……反映强烈的 topic nor right after it: after 严肃问责
    assert line[:cut].endswith("要一查到底、严肃问责，")
    assert "“…到底、严肃问责，”之后断句" in f.message


def test_awkward_points():
    d = load_toml("rules/gw503.toml")
    args = (d["frame_openers"], d["frame_closers"], d["topic_openers"], d["means_openers"])

    def bad(text):
        return sorted(text[p - 2:p + 2] for p in awkward_points(text, 0, len(text), *args))

    # 按照……共同推进，……的要求： the clause boundary inside the frame
    assert bad("认真落实决策部署，按照依法治国、依法行政共同推进，法治国家、法治政府一体建设的要求，全面推行审核机制。") == ["进，法治"]
    # 哪里……，哪里……就到哪里去: the series started inside the clause before
    assert bad("坚持哪里任务重，哪里差距大，哪里矛盾多就到哪里去，定期深入一线。") == ["大，哪里", "重，哪里"]
    # a series of 坚持 is kept together, but may be broken before it
    assert bad("以新思想为指导，坚持稳中求进，坚持新发展理念，推动高质量发展。") == ["进，坚持"]
    # 通过……方式， and 以及
    assert bad("通过报刊、广播等方式，宣传政策，以及回应社会关切。") == ["式，宣传", "策，以及"]


# ------------------------------------------------------------ formats
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_findings_in_docx_and_pdf(fmt, tmp_path):
    source = POLICY_DRAFT.replace("（八）保护农田设施。", f"（八）保护农田设施。{LONG}")
    txt = [f for f in lint_path(render_draft(source, "txt", tmp_path), cfg()).findings]
    assert {f.code for f in txt} == {"GW502", "GW503"}
    other = lint_path(render_draft(source, fmt, tmp_path), cfg()).findings
    assert finding_key(other) == finding_key(txt)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_citations_and_enumerations_in_docx_and_pdf(fmt, tmp_path):
    txt = lint_path(render_draft(SPRING_DRAFT, "txt", tmp_path), cfg()).findings
    other = lint_path(render_draft(SPRING_DRAFT, fmt, tmp_path), cfg()).findings
    assert finding_key(other) == finding_key(txt)
    long = [f for f in other if f.code == "GW503"]
    assert [f.excerpt[:4] for f in long] == ["今年春耕", "对在省委"]
    assert [f.data["enumeration"] for f in long] == [True, False]


# ------------------------------------------------------------ real documents
def _corpus():
    files = sorted(glob.glob(str(CORPUS / "govcn" / "*.txt")))
    assert len(files) == 60, "tests/corpus/govcn is incomplete"
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
    # break hints keep the constructions whole: measure 19 before 坚持哪里……，哪里……,
    # measure 21 after 对……反映强烈的，要一查到底、严肃问责
    heads = {r.lines[f.line - 1][:f.data["split_after"][0]][-8:] for f in by["GW503"]}
    assert {"对事关稳定的重大矛盾靠前协调,"[-8:], "要一查到底、严肃问责,"[-8:]} <= heads


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
    assert 20 <= long_sentences <= 45


def test_corpus_citations_are_not_counted():
    # 国办发〔1994〕36号 circular: 《…》（国办发〔1994〕36号）和《…》（国办发〔1996〕2号）的精神，结合实际……
    path = need(CORPUS / "govcn" / "51.txt")
    r = lint_path(path, cfg())
    ln = next(i for i, t in enumerate(r.lines, 1) if t.startswith("（一）各地区、各有关部门应按照《"))
    assert word_count(r.lines[ln - 1]) > 150
    assert [f for f in codes(r, "GW503") if f.line == ln] == []
    raw = [f for f in codes(lint_path(path, cfg(**{"GW503.skip_citations": False})), "GW503") if f.line == ln]
    assert len(raw) == 1 and raw[0].data["chars"] > 150


def test_corpus_measures_in_scope_are_mostly_concrete():
    # widened to national documents, only a handful of task measures are vague
    vague = []
    for path in _corpus():
        r = lint_path(path, cfg(**{"GW502.issuer_levels": ALL_LEVELS}))
        vague.extend(codes(r, "GW502"))
    assert 1 <= len(vague) <= 15
    assert all(not any(f.data[k] for k in ("actor", "time", "quantity", "deliverable", "binding")) for f in vague)


def test_gw502_judges_a_departments_plan_for_its_own_system():
    """GW102 leaves a department's plan for its own system alone (no sharing out among
    departments); a slogan for a measure is still a slogan (GW502)."""
    text = "\n".join([
        "江西省林业局关于印发江西省古树名木保护工作方案的通知", "赣林字〔2026〕22号", "各设区市林业局，局属各单位：",
        "一、开展资源普查。2026年9月底前，各设区市林业局完成辖区古树名木资源补充调查。",
        "二、实行挂牌保护。省林业局在2026年底前为全省一级古树统一制作保护牌。",
        "三、提升管护水平。进一步强化保护意识，不断提升管护能力。",
        "江西省林业局", "2026年4月16日"]) + "\n"
    from gwlint.api import lint_bytes

    fs = lint_bytes(text.encode(), "d.txt").findings
    assert [f.code for f in fs if f.code == "GW102"] == []
    assert [f.data["measure"] for f in fs if f.code == "GW502"] == [3]


# ------------------------------------------------------------ h15fmt classes (issue 15)
CHAIN = ("各县（区）住房城乡建设局要在5月底前完成辖区内城镇燃气管道老化情况排查，建立问题管道清单和改造台账；"
         "要在6月底前制定本地区年度改造计划，明确改造范围、资金来源和完成时限；要督促燃气经营企业落实改造主体责任，"
         "对排查出的高风险管道立即采取停用或降压措施，确保改造期间群众用气安全和沿街商户生产经营秩序总体稳定。")


def _chain_draft(paragraph: str) -> str:
    return ("@title 抚州市住房和城乡建设局关于开展城镇燃气管道老化更新改造工作的通知\n@doc_number 抚建字〔2026〕21号\n"
            f"@recipients 各县（区）住房城乡建设局：\n{paragraph}\n@signature 抚州市住房和城乡建设局\n@date 2026年4月8日\n")


def test_clauses_joined_by_semicolons_are_one_sentence():
    # GB/T 15834-2011: a sentence ends at 。？！; a 分号 parts clauses inside it
    assert word_count(CHAIN) > 150 and all(word_count(x) <= 150 for x in CHAIN.split("；"))
    fs = codes(lint_draft(_chain_draft(CHAIN)), "GW503")
    assert len(fs) == 1 and fs[0].excerpt.startswith("各县（区）") and "分号" in fs[0].message
    assert [CHAIN[k - 1] for k in fs[0].data["split_after"]] == ["；", "；"]
    # the same clauses as sentences of their own are fine
    assert codes(lint_draft(_chain_draft(CHAIN.replace("；", "。"))), "GW503") == []
    # items of a marked enumeration count one by one
    marked = "一是" + CHAIN.replace("；要在6月", "；二是要在6月").replace("；要督促", "；三是要督促")
    assert codes(lint_draft(_chain_draft(marked)), "GW503") == []


@pytest.mark.parametrize("marker,style", [("③", "①"), ("⑶", "⑴"), ("3）", "1）"), ("3)", "1）"), ("(3)", "（1）")])
def test_vague_measure_in_every_numbering_style(marker, style):
    from gwlint.analysis.markers import match_marker

    assert match_marker(marker + "加强队伍建设。").style == style
    first, second = ("①", "②") if style == "①" else ("⑴", "⑵") if style == "⑴" else ("1）", "2）") \
        if style == "1）" else ("（1）", "（2）")
    src = ("@title 横峰县人民政府关于做好2026年秋季征兵工作的通知\n@doc_number 横府字〔2026〕18号\n"
           "@recipients 各乡镇人民政府，县直有关单位：\n为完成2026年秋季征兵任务，现就有关事项通知如下。\n"
           f"{first}各乡镇人民政府于8月10日前完成适龄青年兵役登记，登记率达到100%。\n"
           f"{second}县人民武装部会同县卫生健康委在8月下旬组织体格检查。\n"
           f"{marker}加强作风建设，树立良好形象。\n@signature 横峰县人民政府\n@date 2026年7月6日\n")
    fs = codes(lint_draft(src), "GW502")
    assert len(fs) == 1 and fs[0].excerpt.startswith(marker)
    # the same item with a time, or spelt out item by item, is no slogan
    assert codes(lint_draft(src.replace("加强作风建设，", "9月底前加强作风建设，")), "GW502") == []
    detail = "加强作风建设。一是严格执行廉洁征兵规定，二是公开征兵政策和流程，接受群众监督。"
    assert codes(lint_draft(src.replace("加强作风建设，树立良好形象。", detail)), "GW502") == []


def test_lists_joined_by_semicolons_count_item_by_item():
    # a series of short entries (statistics) and items marked 一要……二要…… are lists, not one run-on sentence
    stats = "其中，" + "；".join(f"第{k}类食品{40 + k}批次，合格{40 + k}批次" for k in range(1, 11)) + "。"
    assert word_count(stats) > 150
    assert codes(lint_draft(_chain_draft(stats)), "GW503") == []
    marked = "一要" + CHAIN.replace("；要在6月", "；二要在6月").replace("；要督促", "；三要督促")[:]
    assert codes(lint_draft(_chain_draft(marked)), "GW503") == []


def test_vague_measure_in_a_carried_work_arrangement():
    """A 印发 notice carrying a 工作安排 (or 工作要点) lists measures: GW502 reads the same
    policy forms as GW102 (lexicon.toml policy_types)."""
    for carried in ("2026年全省森林防火重点工作安排", "2026年全省森林防火工作要点"):
        src = (f"@title 江西省森林防火指挥部办公室关于印发{carried}的通知\n@recipients 各设区市森林防火指挥部办公室：\n"
               f"现将《{carried}》印发给你们，请结合实际抓好落实。\n@signature 江西省森林防火指挥部办公室\n"
               f"@date 2026年2月10日\n@page_break\n@attachment_title {carried}\n"
               "（一）开展火源管控。清明节前完成重点林区巡查1轮。（省林业局负责）\n"
               "（二）切实加强队伍建设。提高扑救能力，筑牢安全防线。\n")
        fs = codes(lint_draft(src), "GW502")
        assert len(fs) == 1 and "（二）" in fs[0].message, carried

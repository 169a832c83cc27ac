"""GW301 unfiled-inspection, GW302 trace-based-evaluation, GW303 research-as-inspection,
GW401 visit-with-escort (赣府发〔2019〕3号 第7–9、17条); word helpers in gwlint.sentences."""
from __future__ import annotations

import glob

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import Config
from gwlint.segment import tokenize
from gwlint.sentences import aligned, find_words, negated_before

from .conftest import CORPUS, POLICY, need
from .drafts import finding_key, render_draft

OURS = ("GW301", "GW302", "GW303", "GW401")


def cfg(**options) -> Config:
    c = Config()
    c.options.update(options)
    return c


def notice(body: list[str], *, issuer: str = "江西省农业农村厅", recipients: str = "各设区市人民政府：",
           title: str | None = None, number: str = "赣农字〔2026〕9号") -> str:
    title = title or f"{issuer}关于做好2026年春耕生产工作的通知"
    return "\n".join([title, number, recipients, *body, issuer, "2026年3月20日"]) + "\n"


def lint(text: str, **options):
    return lint_bytes(text.encode("utf-8"), "draft.txt", cfg(**options))


def found(text: str, code: str, **options):
    return [f for f in lint(text, **options).findings if f.code == code]


def one_body(sentence: str, code: str, **kw):
    return found(notice([sentence], **kw), code)


# ------------------------------------------------------------ helpers in gwlint.sentences
def test_aligned_and_find_words():
    text = "请参考核心指标，开展考核。"
    toks = tokenize(text)
    assert [w for _, _, w in find_words(text, toks, ["考核"])] == ["考核"]  # not inside 参考/核心
    k = text.index("考核", 5)
    assert aligned(toks, k, k + 2)
    text = "对督查中发现的问题建立工作台账。"
    toks = tokenize(text)
    a = text.index("台账")
    assert aligned(toks, a, a + 2)  # inside the compound 工作台账
    assert find_words(text, toks, ["台账"]) == [(a, a + 2, "台账")]


def test_negated_before_scope():
    neg = ["不得", "严禁", "不", "不用", "不需"]
    reset = ["要", "请", "需"]
    for text, word, expect in [
        ("不得要求基层提供照片。", "照片", "不得"),
        ("到基层调研不用陪同接待。", "陪同", "不用"),
        ("轻车简从，不需各地陪同。", "陪同", "不"),  # 不/需: the modal belongs to the negation
        ("不得迟报、漏报，请于6月底前报送台账。", "台账", None),  # 请 opens a new demand
        ("严禁弄虚作假，要如实报送照片。", "照片", None),
        ("请报送台账。", "台账", None),
    ]:
        toks = tokenize(text)
        assert negated_before(toks, text.index(word), 0, neg, reset) == expect, text


# ------------------------------------------------------------ GW301
@pytest.mark.parametrize("sentence", [
    "我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。",
    "我厅将于4月对各设区市春耕生产工作开展专项督查。",  # 各设区市 = the governments the notice goes to
    "我厅将派出督查组赴各市、县（区）开展春耕生产督导。",
    "省农业农村厅将组织对各设区市人民政府开展2026年度春耕生产工作考核。",
    "（一）开展专项督查。",
])
def test_gw301_department_launching_inspection_of_lower_governments(sentence):
    fs = one_body(sentence, "GW301")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "warning" and f.basis == "赣府发〔2019〕3号 第7条"
    assert f.line == 4 and f.excerpt.startswith(sentence[:10])
    assert "江西省农业农村厅是政府部门" in f.message and "备案" in f.message


def test_gw301_one_finding_per_document_at_first_launch():
    text = notice(["为推动春耕生产措施落实，现就有关事项通知如下。",
                   "我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。",
                   "督查采取明查暗访方式进行，督查结束后将通报督查结果。",
                   "11月，我厅将对各设区市人民政府开展年度考核。"])
    fs = found(text, "GW301")
    assert len(fs) == 1
    assert fs[0].line == 5 and fs[0].data["lines"] == [5, 7]


def test_gw301_points_at_the_sentence_naming_the_governments():
    text = notice(["（一）开展专项督查。", "我厅将于4月对各设区市人民政府春耕生产工作进行督查。"])
    fs = found(text, "GW301")
    assert len(fs) == 1 and fs[0].line == 5 and fs[0].data["target"] == "各设区市人民政府"


def test_gw301_title_launch_and_issued_scheme():
    fs = found(notice(["请各地认真做好春耕生产工作。"], title="江西省农业农村厅关于开展2026年春耕生产督导检查的通知"),
               "GW301")
    assert len(fs) == 1 and fs[0].line == 1 and fs[0].data["trigger"] == "督导"
    # a department issuing its own 考核办法 for the governments (第7条: 不得在部门文件中自行规定督查检查考核事项)
    fs = found(notice(["请各地认真做好春耕生产工作。"],
                      title="江西省农业农村厅关于印发《2026年度设区市春耕生产工作考核办法》的通知"), "GW301")
    assert len(fs) == 1 and fs[0].data["trigger"] == "考核"
    # forwarding a higher department's scheme is not the issuer's own item
    assert found(notice(["请各地认真做好春耕生产工作。"],
                        title="江西省农业农村厅关于转发农业农村部《春耕生产督导检查方案》的通知"), "GW301") == []


@pytest.mark.parametrize("claim", ["受省政府委托", "代表省政府", "以省政府名义"])
def test_gw301_error_when_claiming_the_governments_name(claim):
    text = notice(["为推动春耕生产各项措施落实，现就有关事项通知如下。",
                   f"{claim}，我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。"])
    fs = found(text, "GW301")
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "error" and f.line == 5 and claim in f.message
    assert f.excerpt.startswith(claim)


def test_gw301_filing_or_approval_exempts():
    base = "我厅将于4月对各设区市人民政府春耕生产工作开展专项督查"
    for extra in ["，该事项已列入省政府2026年度督查检查考核计划。",
                  "，方案已报省政府督查室备案。",
                  "，已报省政府办公厅审核同意。"]:
        assert one_body(base + extra, "GW301") == [], extra
    assert found(notice(["经省政府同意，现就春耕生产督查有关事项通知如下。", base + "。"]), "GW301") == []
    # a filed claim is authorised: no error either
    assert found(notice([f"受省政府委托，{base}，该事项已列入年度督查检查考核计划。"]), "GW301") == []


@pytest.mark.parametrize("sentence, kw", [
    # the department's own system: recipients and objects are 农业农村局
    ("我厅将于4月对各设区市农业农村局春耕生产工作开展专项督查。", {}),
    ("我厅将于4月对各设区市春耕生产工作开展专项督查。", {"recipients": "各设区市农业农村局："}),
    ("我厅将派出督查组赴各市、县（区）开展春耕生产督导。", {"recipients": "各设区市农业农村局："}),
    # forbidding or reducing is not launching
    ("严禁多头督查、重复检查，我厅今年不再单独开展春耕督查。", {}),
    ("任何部门不得打着省政府的旗号督查检查。", {}),
    ("对紧急突发事项需要开展临时性督查的要按程序报批后实施。", {}),
    # a lower government's own self-check, a higher body's inspection, cooperation
    ("各设区市人民政府要组织开展春耕生产自查。", {}),
    ("各设区市人民政府要组织开展春耕生产督查。", {}),
    ("国务院将于4月对各省开展大督查，我厅将做好配合。", {}),
    ("我厅将配合国务院督查组做好春耕生产督查工作。", {}),
    ("我厅将把春耕工作纳入省政府对设区市高质量发展综合考核。", {}),
    # objects that are not governments; law-based inspections; a weak 检查 without a government object
    ("我厅将组织开展全省农产品质量安全检查，对生产经营企业进行抽检。", {}),
    ("我厅将对全省农资经营企业开展专项督查。", {}),
    ("依据《中华人民共和国农产品质量安全法》，我厅将组织开展全省农产品质量安全专项督查。", {}),
    ("我厅将对全省春耕生产安全开展检查。", {}),
    # methods and principles, quotations
    ("坚持以工作实际进展为核心开展督查考核。", {}),
    ("要把“不能工作刚部署就开展督查检查考核”落到实处。", {}),
])
def test_gw301_negatives(sentence, kw):
    assert one_body(sentence, "GW301", **kw) == [], sentence


def test_gw301_government_and_office_issuers_are_out_of_scope():
    body = ["受省政府委托，将于4月对各设区市人民政府春耕生产工作开展专项督查。"]
    for issuer, number in [("江西省人民政府", "赣府字〔2026〕3号"), ("江西省人民政府办公厅", "赣府厅字〔2026〕3号")]:
        assert found(notice(body, issuer=issuer, number=number), "GW301") == [], issuer
    assert len(found(notice(body), "GW301")) == 1  # the same text from a department is flagged


def test_gw301_issuer_kinds_option():
    body = ["我厅将于4月对各设区市人民政府春耕生产工作开展专项督查。"]
    assert found(notice(body), "GW301", **{"GW301.issuer_kinds": ["party"]}) == []


@pytest.mark.parametrize("sentence, trigger", [
    ("我厅将于6月对各设区市人民政府耕地保护责任落实情况开展督察。", "督察"),
    ("我厅将会同有关部门对各设区市人民政府开展明查暗访，并对结果进行排名通报。", "暗访"),
    # an evaluation ranked and published grades the governments
    ("我厅将委托第三方机构对各县（市、区）人民政府县域商业体系建设情况开展评估，并对结果进行排名通报。", "评估"),
    ("我厅将对各设区市人民政府营商环境开展评价，评价结果纳入年度考核。", "评价"),
])
def test_gw301_more_kinds_of_inspection(sentence, trigger):
    fs = one_body(sentence, "GW301")
    assert len(fs) == 1 and fs[0].data["trigger"] == trigger, sentence


@pytest.mark.parametrize("sentence", [
    # an evaluation alone finds facts; ranking denied is no grading either
    "我厅将委托第三方机构对各县（市、区）人民政府县域商业体系建设情况开展评估。",
    "我厅将对各设区市人民政府县域商业体系建设情况开展评估，评估结果不排名、不通报。",
    # 督察 as part of a body's name
    "我厅将配合国家自然资源督察局做好耕地保护督察工作。",
])
def test_gw301_evaluation_and_ducha_negatives(sentence):
    assert one_body(sentence, "GW301") == [], sentence


def test_gw301_points_at_the_clause_naming_the_governments():
    text = notice(["我厅将组织开展全省县域营商环境评比，评比对象为各县（市、区）人民政府。"])
    fs = found(text, "GW301")
    assert len(fs) == 1 and fs[0].data["target"] == "各县（市、区）人民政府"


@pytest.mark.parametrize("first", [
    "各地要将春耕生产列入年度重点工作计划。",  # a work plan, not the 督查检查考核 plan
    "各设区市整改方案经本级人民政府同意后实施。",  # a lower government's approval
    "未列入年度督查检查考核计划的事项，一律不得开展督查。",  # the rule, not a filing
    "督查检查考核事项须报省政府督查室备案后方可组织实施。",
])
def test_gw301_statements_that_are_not_a_filing(first):
    text = notice([first, "我厅将于4月对各设区市人民政府春耕生产工作开展督查。"])
    fs = found(text, "GW301")
    assert len(fs) == 1 and fs[0].line == 5, first


def test_gw301_filed_in_the_inspection_plan():
    for first in ["该事项已列入省政府办公厅2026年度督查计划。",
                  "本次督查已列入年度督查检查考核计划，并已报省政府督查室备案。"]:
        assert found(notice([first, "我厅将于4月对各设区市人民政府春耕生产工作开展督查。"]), "GW301") == [], first


def test_gw301_preamble_with_legal_basis():
    launch = "我厅将于6月对各县（市、区）人民政府履行教育职责情况开展督导评估。"
    kw = {"issuer": "江西省教育厅", "number": "赣教督字〔2026〕4号",
          "recipients": "各设区市人民政府，各县（市、区）人民政府：",
          "title": "江西省教育厅关于开展2026年县级人民政府履行教育职责评价的通知"}
    assert len(found(notice([launch], **kw), "GW301")) == 1
    legal = "根据《教育督导条例》和《对省级人民政府履行教育职责的评价办法》，现就有关事项通知如下。"
    assert found(notice([legal, launch], **kw), "GW301") == []
    # a law cited only in a later paragraph does not found the whole document
    later = "各地要认真学习《教育督导条例》。"
    assert len(found(notice(["为推动教育优先发展，现就有关事项通知如下。", launch, "根据《教育督导条例》，" + later],
                            **kw), "GW301")) == 1



@pytest.mark.parametrize("sentence", [
    # the governments are the actors of their own inspection (请/由/督促 … 人民政府 + verb)
    "请各设区市人民政府组织对辖区内经营性自建房开展全面安全检查，建立问题清单。",
    "为抓好落实，各设区市人民政府要对本地区春耕生产开展督查。",
    "由各设区市人民政府负责对县级春耕生产开展督查。",
    # a higher body's team, or the issuer's own area as the object
    "根据国务院教育督导委员会办公室《关于开展对省级人民政府履行教育职责评价的通知》精神，国家督导组将于5月对我省开展实地督导。",
    "农业农村部督查组将随机抽取2个设区市开展实地核查和督查。",
    "国家考核组将于3月下旬对我省开展实地考核，请各设区市人民政府认真做好迎检准备。",
])
def test_gw301_another_body_inspects(sentence):
    assert one_body(sentence, "GW301", recipients="各设区市人民政府，各县（市、区）人民政府：") == [], sentence


@pytest.mark.parametrize("sentence", [
    "二是强化考核问效，我厅将于年底对各设区市人民政府河湖长制工作进行考核，考核结果作为专项资金分配的重要依据。",
    "本次考核由省农业农村厅负责组织实施，考核对象为各设区市人民政府。",
    "由省农业农村厅牵头，对各设区市人民政府春耕生产工作开展督查。",
])
def test_gw301_list_items_and_passive_launches(sentence):
    fs = one_body(sentence, "GW301")
    assert len(fs) == 1 and fs[0].line == 4, sentence


def test_gw301_city_department_and_its_filing():
    kw = {"issuer": "九江市教育局", "number": "九教字〔2026〕15号", "recipients": "各县（市、区）人民政府：",
          "title": "九江市教育局关于开展2026年县级人民政府履行教育职责督导的通知"}
    launch = "我局将于5月组成督导组，分赴各县（市、区）对县级人民政府履行教育职责情况开展实地督导，督导结果全市通报。"
    fs = found(notice([launch], **kw), "GW301")
    assert len(fs) == 1 and fs[0].data["trigger"] == "督导" and "九江市教育局是政府部门" in fs[0].message
    # the filing and approval it asks for are the city's own, not the province's
    assert "报市政府办公室（督查室）备案或经市政府同意" in fs[0].message and "省政府" not in fs[0].message
    filed = "本次督导已列入市政府2026年度督查检查考核计划，并已报市政府办公室备案。"
    assert found(notice([filed, launch], **kw), "GW301") == []


def test_gw301_forwarding_notice_with_the_issuers_own_assessment():
    kw = {"issuer": "江西省市场监督管理局", "number": "赣市监字〔2026〕21号",
          "title": "江西省市场监督管理局关于转发市场监管总局《关于加强食品安全工作的意见》的通知"}
    fwd = "现将市场监管总局《关于加强食品安全工作的意见》转发给你们，请结合实际认真贯彻落实。"
    assert found(notice([fwd], **kw), "GW301") == []
    own = "在此基础上，我局将于下半年对各设区市人民政府食品安全工作开展考核评比，考核结果向全省通报。"
    fs = found(notice([fwd, own], **kw), "GW301")
    assert len(fs) == 1 and fs[0].line == 5


# ------------------------------------------------------------ GW302
@pytest.mark.parametrize("sentence, words, mode", [
    ("请于6月30日前报送工作总结，并附工作台账、活动照片、会议记录等佐证材料。",
     ["台账", "照片", "会议记录", "佐证材料"], "submit"),
    ("各地要整理春耕工作台账、照片等资料，于6月底前报送省农业农村厅。", ["台账", "照片"], "submit"),
    ("各地要建立整改台账，于每月5日前报送。", ["台账"], "submit"),  # handed over: no longer a working record
    ("不得迟报、漏报，请于6月30日前报送工作台账。", ["台账"], "submit"),
    ("严禁弄虚作假，要如实报送工作台账和影像资料。", ["台账", "影像资料"], "submit"),
    ("督查组将查阅各地春耕工作台账和会议记录。", ["台账", "会议记录"], "evaluate"),
    ("考核时以台账完整程度计分。", ["台账"], "evaluate"),
    ("台账资料将作为年度考核的重要依据。", ["台账"], "evaluate"),
    ("各地要注重工作留痕。", ["工作留痕"], "demand"),
    # 整治/清理 name the work here; they do not reduce the material
    ("请于6月底前报送黑臭水体整治台账和整治前后对比照片。", ["台账", "照片"], "submit"),
    ("评估组将现场查阅各地整治工作台账、会议记录和影像资料。", ["台账", "会议记录", "影像资料"], "evaluate"),
    ("请将清理排查工作台账和现场照片一并上传至管理平台。", ["台账", "照片"], "submit"),
    ("各县（市、区）每季度上传不少于10张工作照片至信息平台。", ["照片"], "submit"),
    # points for material
    ("台账资料齐全的得5分，缺一项扣1分。", ["台账"], "evaluate"),
    ("请于6月底前报送活动开展情况及活动照片。", ["照片"], "submit"),
])
def test_gw302_positives(sentence, words, mode):
    fs = one_body(sentence, "GW302")
    assert len(fs) == 1, sentence
    f = fs[0]
    assert f.severity == "warning" and f.basis == "赣府发〔2019〕3号 第8条"
    assert f.data["evidence"] == words and f.data["mode"] == mode
    assert f.line == 4 and f.excerpt == sentence
    assert all(w in f.message for w in words)


@pytest.mark.parametrize("sentence", [
    # negation and quotation
    "不得要求基层提供会议记录、照片等佐证材料。",
    "不以留痕论英雄，不以台账论成效。",
    "不能简单以留痕多少评判工作好坏。",
    "坚决纠正“以台账论英雄”的做法。",
    # a ledger kept as a working record (建立、销号、留存备查) is not proof handed over
    "对排查发现的隐患要建立台账，逐项整改，整改完成一项销号一项。",
    "对督查中发现的问题建立工作台账，实行销号管理。",
    "各地要建立整改台账，台账留存备查。",
    "各地要整理春耕工作台账、照片等资料，每月5日前报送工作进展。",  # the report is the progress, not the ledger
    # material of regulated parties and legal records
    "申请人应当提交身份证明和近期照片。",
    "督查组将查阅企业安全生产台账。",
    "执法人员要做到执法全过程留痕。",
    # reducing the ledgers, right after the reducer
    "要减少工作台账报送，精简各类报表。",
    # contest entries are not proof of work
    "请各地组织开展摄影作品征集活动，于5月底前报送参赛照片。",
    "请于5月底前报送参展作品照片和作者简介。",
    # scoring that does not rest on the material
    "考核以群众满意度和实地核查结果计分，不看台账资料。",
])
def test_gw302_negatives(sentence):
    assert one_body(sentence, "GW302") == [], sentence



@pytest.mark.parametrize("sentence, words", [
    # the next clause says what the material is for
    ("二是留存工作照片，作为年终考核依据。", ["照片"]),
    ("各地要将会议记录、培训签到表、现场照片等资料整理归档，迎接省考核组检查。", ["会议记录", "签到表", "照片"]),
    ("各县（市、区）要完善帮扶台账和影像资料，以备省考核组查阅。", ["台账", "影像资料"]),
    # a scoring table written as lines; a deduction for a missing ledger
    ("3\t工作台账\t查阅工作台账是否齐全规范\t10分", ["台账"]),
    ("未建立工作台账的，扣2分。", ["台账"]),
])
def test_gw302_material_for_the_assessment(sentence, words):
    fs = one_body(sentence, "GW302", recipients="各设区市民政局：")
    assert len(fs) == 1, sentence
    assert fs[0].data["evidence"] == words and fs[0].data["mode"] == "evaluate"


@pytest.mark.parametrize("sentence, words", [
    ("各地务于6月20日前将工作台账、活动照片等佐证材料报送至省民政厅基层政权建设处。", ["台账", "照片", "佐证材料"]),
    ("请以电子版形式上传会议纪要和工作照片至考核系统。", ["会议纪要", "照片"]),
])
def test_gw302_submission_phrasings(sentence, words):
    fs = one_body(sentence, "GW302", recipients="各设区市民政局：")
    assert len(fs) == 1 and fs[0].data["evidence"] == words and fs[0].data["mode"] == "submit", sentence


@pytest.mark.parametrize("sentence", [
    # photos for publicity, a ledger kept as a working tool, material kept for reference
    "请于5月20日前报送2至3个社区治理典型案例，每个案例附2张高清照片，用于编印经验汇编宣传推广。",
    "各地要建立项目建设台账，每月更新一次，作为调度项目进度的基础。",
    "各地要建立整改台账，台账留存备查。",
    "检查组将重点检查各地是否建立隐患排查整改台账。",
    "不将台账资料、会议记录作为考核依据。",
])
def test_gw302_more_negatives(sentence):
    assert one_body(sentence, "GW302", recipients="各设区市民政局：") == [], sentence


def test_gw302_word_list_is_an_option():
    s = "请于6月30日前报送工作总结，并附活动照片。"
    assert len(one_body(s, "GW302")) == 1
    assert found(notice([s]), "GW302", **{"GW302.evidence": ["台账"]}) == []


# ------------------------------------------------------------ GW303
@pytest.mark.parametrize("sentence, label", [
    ("省林业局将于4月组织开展春季造林调研督导。", "调研督导"),
    ("省林业局将派员分赴各设区市检查指导春季造林工作。", "检查指导"),
    ("联席会议办公室将组织成员单位开展联合督导调研。", "督导调研"),
    ("调研督导组将于4月进驻各地。", "调研督导"),
    ("近期，省林业局将派员赴各地调研并督查春季造林工作。", "调研并督查"),
    ("由局领导带队，深入各县开展督查和调研。", "督查和调研"),
])
def test_gw303_positives(sentence, label):
    fs = one_body(sentence, "GW303")
    assert len(fs) == 1
    assert fs[0].severity == "info" and fs[0].data["label"] == label and label in fs[0].message
    assert fs[0].basis == "赣府发〔2019〕3号 第7条"


def test_gw303_title():
    fs = found(notice(["请各地做好准备。"], title="江西省农业农村厅关于开展2026年春耕生产调研督导的通知"), "GW303")
    assert len(fs) == 1 and fs[0].line == 1 and fs[0].excerpt == "调研督导"


@pytest.mark.parametrize("sentence", [
    "要加强对政策落实的督查指导。",  # a standing duty, not a visit
    "要督促检查指导各地做好工作。",
    "日常调研指导工作不得随意冠以督查、检查、督导、考核等名义。",
    "省林业局将于4月组织开展“调研督导”活动。",
    "省林业局将于4月组织开展春季造林调研。",
    "严禁以调研督导名义增加基层负担，不得组织开展调研督导。",
    # a regulatory inspection of enterprises
    "组织专家对林业企业开展安全生产检查指导。",
    # a standing body's powers (可), not a visit being launched
    "联席会议办公室可根据工作需要，组织成员单位开展联合督导调研。",
    # duties listed with a conjunction
    "对省级人民政府和有关部门开展粮食应急工作进行督查和指导。",
    "要定期进行督促、指导和检查。",
    "省林业局将组织开展春季造林调研，并召开座谈会。",
])
def test_gw303_negatives(sentence):
    assert one_body(sentence, "GW303") == [], sentence


# ------------------------------------------------------------ GW401
@pytest.mark.parametrize("sentence, asked", [
    ("调研期间，请各设区市安排一名分管负责同志全程陪同，并准备书面汇报材料。", ["陪同", "汇报材料"]),
    ("调研组将赴各地开展调研，请各地做好接待工作。", ["接待"]),
    ("调研组将赴各地开展调研，届时听取当地春耕工作汇报。", ["汇报"]),
    ("调研组将赴各地开展调研，请各地组织3至5家企业参加座谈。", ["座谈"]),
    ("调研组将赴各地开展调研，请各地提前报送汇报材料。", ["汇报材料"]),
    ("调研组将赴各地开展调研，不需要陪同，请各地准备汇报材料。", ["汇报材料"]),
])
def test_gw401_positives(sentence, asked):
    fs = one_body(sentence, "GW401")
    assert len(fs) == 1, sentence
    f = fs[0]
    assert f.severity == "warning" and f.basis == "赣府发〔2019〕3号 第17条"
    assert f.data["asked"] == asked and f.data["visit"] == "research"
    assert f.excerpt == sentence and "不用陪同接待" in f.message


def test_gw401_visit_notice_title_gives_the_context():
    s = "请各县（市、区）安排一名分管负责同志陪同。"
    assert one_body(s, "GW401") == []  # a sentence alone says nothing of a visit
    fs = found(notice([s], title="江西省农业农村厅关于开展2026年春耕生产调研的通知"), "GW401")
    assert len(fs) == 1 and fs[0].data["asked"] == ["陪同"]


VISIT = {"title": "江西省农业农村厅关于开展农村集体经济发展调研的通知", "recipients": "各设区市农业农村局："}


@pytest.mark.parametrize("sentence, asked", [
    # a programme written as plain statements: the visited side as subject
    ("调研期间，各设区市农业农村局分管负责同志全程陪同。", ["陪同"]),
    ("各县（市、区）农业农村局主要负责同志汇报工作情况，时间控制在15分钟以内。", ["汇报"]),
    ("请各地准备情况介绍材料，由县领导现场介绍情况。", ["情况介绍材料", "介绍情况"]),
    ("届时请各地安排1至2个现场点，并做好食宿安排。", ["现场点", "食宿"]),
])
def test_gw401_programme_of_a_visit_notice(sentence, asked):
    fs = found(notice(["我厅将于5月组织调研组赴部分县（市、区）开展调研。", sentence], **VISIT), "GW401")
    assert len(fs) == 1 and fs[0].line == 5, sentence
    assert fs[0].data["asked"] == asked



@pytest.mark.parametrize("sentence, asked", [
    ("调研采取听取汇报、召开座谈会、实地察看相结合的方式进行。", ["汇报"]),  # jieba: 听取汇报 is one token
    ("调研组一行5人，请各地协助安排住宿和用车。", ["住宿", "用车"]),
    ("陪同工作由各设区市农业农村局负责。", ["陪同"]),
    ("接待工作由各设区市农业农村局统筹安排。", ["接待"]),
])
def test_gw401_programme_more_phrasings(sentence, asked):
    fs = found(notice(["为了解农村集体经济发展情况，现将有关事项通知如下。", sentence], **VISIT), "GW401")
    assert len(fs) == 1 and fs[0].line == 5, sentence
    assert fs[0].data["asked"] == asked


@pytest.mark.parametrize("sentence", [
    "调研组成员食宿由调研组自行安排。",
    "陪同人员原则上不超过1人，由调研组根据需要确定。",
    "调研采取“四不两直”方式，不听汇报、不看材料，直接到企业了解情况。",
    "调研组将随机选取2个县，不提前通知，不需要地方陪同和汇报。",
])
def test_gw401_programme_more_negatives(sentence):
    fs = found(notice(["为了解农村集体经济发展情况，现将有关事项通知如下。", sentence], **VISIT), "GW401")
    assert fs == [], sentence


def test_gw401_during_an_inspection_visit():
    kw = {"title": "江西省交通运输厅关于开展农村公路建设督导的通知", "recipients": "各设区市交通运输局：",
          "issuer": "江西省交通运输厅", "number": "赣交字〔2026〕9号"}
    fs = found(notice(["督导期间，请各设区市交通运输局分管负责同志陪同，并安排好现场点。"], **kw), "GW401")
    assert len(fs) == 1 and fs[0].data["asked"] == ["陪同", "现场点"] and fs[0].data["visit"] == "inspection"
    assert fs[0].basis == "赣府发〔2019〕3号 第9条"


@pytest.mark.parametrize("sentence", [
    # the work itself, in a visit notice whose sentence does not speak of the visit
    "各地要做好节假日游客接待服务，提升景区承载能力。",
    "各地要做好来访群众接待工作。",
    "各设区市农业农村局要于6月底前汇报集体经济发展情况。",
    # the team lodges itself; the team reports
    "调研组食宿自理，请各地不要安排陪同。",
    "调研期间，调研组将向厅党组汇报调研情况。",
    # the reducer's object written as 对…的
    "调研期间要减少对基层的陪同接待。",
    "调研期间请各地简化对调研组的接待。",
])
def test_gw401_visit_notice_negatives(sentence):
    fs = found(notice(["为了解农村集体经济发展情况，现将有关事项通知如下。", sentence], **VISIT), "GW401")
    assert fs == [], sentence


def test_gw401_inspection_visit_uses_clause_9():
    fs = one_body("督查组将分赴各地督导，请各地安排专人陪同。", "GW401")
    assert len(fs) == 1
    assert fs[0].basis == "赣府发〔2019〕3号 第9条" and fs[0].data["visit"] == "inspection"


@pytest.mark.parametrize("sentence", [
    "调研组将赴各地开展调研，并召开企业座谈会。",  # the team's own symposium is research
    "调研组将赴各地开展调研，不打招呼、不听汇报、不用陪同接待。",
    "调研组将赴各地开展调研，轻车简从，不需各地陪同。",
    "调研组将赴各地开展调研，请各地不要安排陪同。",
    "调研组将赴各地开展调研，食宿自理，不安排接待。",
    "调研组将赴各地开展调研，调研结束后向省政府汇报调研情况。",  # the team reports upward
    "调研组将赴各地开展调研，请各设区市在信访接待日安排群众来访。",
    "下基层调研要减少陪同和随行人员，简化接待，轻车简从。",
    "请各地准备汇报材料，于3月20日前报送。",  # a report, no visit
    "主要负责同志要定期听取工作情况汇报。",
])
def test_gw401_negatives(sentence):
    assert one_body(sentence, "GW401") == [], sentence


# ------------------------------------------------------------ rule docs
@pytest.mark.parametrize("code", ["GW302", "GW303", "GW401"])
def test_doc_examples(code):
    from gwlint.rules import rule_by_code

    rule = rule_by_code(code)
    assert rule.basis.startswith("赣府发〔2019〕3号 第")
    assert len(found(notice([rule.bad]), code)) == 1
    assert found(notice([rule.good]), code) == []


# ------------------------------------------------------------ formats
DRAFT = """\
@issuer_mark 江西省农业农村厅文件
@doc_number 赣农字〔2026〕9号
@title 江西省农业农村厅关于做好2026年春耕生产工作的通知
@recipients 各设区市人民政府：
为推动春耕生产各项措施落实，现就有关事项通知如下。
@heading1 一、开展专项督查
我厅将于4月对各设区市人民政府春耕生产工作开展专项督查，督查组将分赴各地检查指导。
@heading1 二、做好调研准备
调研期间，请各设区市安排一名分管负责同志全程陪同，并准备书面汇报材料。
@heading1 三、按时报送材料
请于6月30日前报送工作总结，并附工作台账、活动照片、会议记录等佐证材料。对排查发现的隐患要建立台账，逐项整改销号。
@signature 江西省农业农村厅
@date 2026年3月20日
"""


def test_draft_findings_identical_across_formats(tmp_path):
    got = {}
    for fmt in ("txt", "docx", "pdf"):
        r = lint_path(render_draft(DRAFT, fmt, tmp_path), cfg())
        got[fmt] = finding_key([f for f in r.findings if f.code in OURS])
    assert sorted({k[0] for k in got["txt"]}) == list(OURS)
    assert len(got["txt"]) == 4
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


VISIT_DRAFT = """\
@issuer_mark 江西省生态环境厅文件
@doc_number 赣环字〔2026〕9号
@title 江西省生态环境厅关于开展农村黑臭水体整治调研的通知
@recipients 各设区市生态环境局：
我厅将于5月组织调研组赴部分县（市、区）开展调研，现将有关事项通知如下。
@heading1 一、调研安排
调研期间，各设区市生态环境局分管负责同志全程陪同。届时请各地安排1至2个现场点，并做好食宿安排。
@heading1 二、材料准备
请于6月底前报送黑臭水体整治台账和整治前后对比照片。台账资料齐全的得5分，缺一项扣1分。
各地要做好节假日游客接待服务。
@signature 江西省生态环境厅
@date 2026年3月20日
"""


def test_visit_draft_across_formats(tmp_path):
    got = {}
    for fmt in ("txt", "docx", "pdf"):
        r = lint_path(render_draft(VISIT_DRAFT, fmt, tmp_path), cfg())
        got[fmt] = finding_key([f for f in r.findings if f.code in OURS])
    codes = [k[0] for k in got["txt"]]
    assert codes.count("GW401") == 2 and codes.count("GW302") == 2 and len(codes) == 4
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


# ------------------------------------------------------------ real documents
def test_policy_itself_is_clean():
    r = lint_path(need(POLICY), cfg())
    assert [f for f in r.findings if f.code in OURS] == []


def test_policy_sentences_are_negatives():
    # the policy's own wording, put into a department's notice: still nothing to report
    text = need(POLICY).read_text(encoding="utf-8").splitlines()
    body = [ln for ln in text if ln[:2] in ("7.", "8.", "9.", "17")]
    assert len(body) == 4
    fs = [f for f in lint(notice(body)).findings if f.code in OURS]
    assert fs == []


def test_corpus_is_clean():
    files = sorted(glob.glob(str(need(CORPUS / "govcn") / "*.txt"))) + [str(need(CORPUS / "govdoc-cn" / "397.pdf"))]
    assert len(files) == 61
    fs = []
    for path in files:
        fs.extend(f for f in lint_path(path, cfg()).findings if f.code in OURS)
    assert [(f.path, f.code, f.line, f.excerpt) for f in fs] == []


def test_corpus_joint_research_power_versus_launch():
    # 国务院关于同意建立国务院职业教育工作部际联席会议制度的批复 states the office's powers (可…);
    # the same words launching a visit (将…) are labelled
    lines = (need(CORPUS / "govcn" / "55.txt")).read_text(encoding="utf-8").splitlines()
    sentence = next(s + "。" for ln in lines for s in ln.split("。") if "联合督导调研" in s)
    assert "可根据工作需要" in sentence
    assert one_body(sentence, "GW303") == []
    launched = sentence.replace("可根据工作需要", "将根据工作需要")
    fs = one_body(launched, "GW303")
    assert len(fs) == 1 and fs[0].data["label"] == "督导调研"

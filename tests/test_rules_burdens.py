"""GW103 speech-reissued, GW106 report-burden, GW107 direct-to-leader."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import Config
from gwlint.docgen import parse_marked, plain_text

from .conftest import CORPUS, POLICY, REPO, need, run_cli
from .drafts import finding_key, render_draft

CODES = ("GW103", "GW106", "GW107")
ALL_KINDS = ["department", "government_office", "government", "party", "mixed", "other"]


def cfg(**options) -> Config:
    c = Config()
    c.options.update(options)
    return c


def lint_text(text: str, **options):
    return lint_bytes(text.encode("utf-8"), "draft.txt", cfg(**options))


def found(text: str, code: str, **options):
    return [f for f in lint_text(text, **options).findings if f.code == code]


def dept(*body: str, issuer: str = "江西省农业农村厅", recipients: str = "各设区市农业农村局：",
         title: str = "关于做好2026年春耕生产有关工作的通知", number: str = "赣农字〔2026〕9号") -> str:
    """A department's notice with the given body paragraphs."""
    return "\n".join([f"{issuer}{title}", number, recipients,
                      "为做好春耕生产工作，现就有关事项通知如下。", *body, issuer, "2026年2月10日"]) + "\n"


def office(title: str, *body: str) -> str:
    return "\n".join([title, "赣府厅字〔2026〕3号", "各市、县（区）人民政府，省政府各部门：", *body,
                      "江西省人民政府办公厅", "2026年2月10日"]) + "\n"


# ------------------------------------------------------------ GW106 positives
@pytest.mark.parametrize("sentence,who,deadline,what", [
    ("请各设区市于3月20日前将春耕生产工作总结报送我厅。", "各设区市", "于3月20日前", "春耕生产工作总结"),
    ("各设区市农业农村局要于每月5日前填报春耕生产进度统计表。", "各设区市农业农村局", "每月5日前", "春耕生产进度统计表"),
    # no subject: the demand falls on the 主送机关
    ("请于4月30日前将本地区春耕生产工作方案报送我厅。", "主送机关（各设区市农业农村局）", "于4月30日前", "本地区春耕生产工作方案"),
    ("各地要制定实施方案，并报省农业农村厅备案。", "各地", "", "实施方案"),
    ("各县（市、区）农业农村局要及时上报撂荒地复耕进展情况。", "各县（市、区）农业农村局", "", "撂荒地复耕进展情况"),
    # a leader as the addressee makes 报 a submission verb
    ("请于每月5日前将项目推进情况材料报分管副省长。", "主送机关（各设区市农业农村局）", "每月5日前", "项目推进情况材料"),
    # 按照…要求 naming the issuer's own notice or a format is still the issuer's demand
    ("按照本通知要求，请于3月20日前报送工作总结。", "主送机关（各设区市农业农村局）", "于3月20日前", "工作总结"),
    ("按照附件格式要求，各设区市于3月20日前报送统计表。", "各设区市", "于3月20日前", "统计表"),
    ("按照要求，请各设区市于3月20日前报送工作总结。", "各设区市", "于3月20日前", "工作总结"),
    ("请各设区市推荐1至2个典型案例，于3月底前报送我厅。", "各设区市", "于3月底前", "典型案例"),
    ("各设区市要认真总结，形成总结报告，于12月10日前报送我厅。", "各设区市", "于12月10日前", "总结报告"),
    # …and so is a peer department's requirement
    ("按照省财政厅要求，请各设区市于3月20日前报送资金使用情况报告。", "各设区市", "于3月20日前", "资金使用情况报告"),
    # 按照…方案/会议要求 is the basis of the issuer's own demand, not reported speech
    ("按照工作方案要求，请各设区市于每月5日前报送整治进展情况。", "各设区市", "每月5日前", "整治进展情况"),
    ("根据我厅《关于开展撂荒地整治的通知》要求，请各设区市于6月底前报送整治工作总结。", "各设区市", "于6月底前",
     "整治工作总结"),
    # a topic word (整治, 防止, 未, 可) is no negation of the demand
    ("请各设区市将农村人居环境整治工作总结于6月底前报送我厅。", "各设区市", "于6月底前", "农村人居环境整治工作总结"),
    ("请各设区市将防止返贫动态监测帮扶工作台账于每月5日前报送我厅。", "各设区市", "每月5日前",
     "防止返贫动态监测帮扶工作台账"),  # the whole name, not the tail of 工作台账 (round 12, h12l)
    ("请各设区市将未完成整改的问题清单于5月10日前报送我厅。", "各设区市", "于5月10日前", "问题清单"),
    ("请各设区市将可复制可推广的经验做法于6月底前报送我厅。", "各设区市", "于6月底前", "经验做法"),
    # a form named in 书名号 is what is filled in; 将……排查情况报送 names what is submitted
    ("各设区市农业农村局要在每月5日前填报《高标准农田建设进度表》。", "各设区市农业农村局", "每月5日前",
     "《高标准农田建设进度表》"),
    ("请各设区市于4月10日前将辖区内农田周边安全隐患排查情况报送我厅。", "各设区市", "于4月10日前",
     "辖区内农田周边安全隐患排查情况"),  # the object of 将 whole (round 12, h12l)
    # a time counted back from an event (于调研前3天) is the deadline (round 19, f19c)
    ("请各设区市农业农村局于调研前3天将汇报材料报送我厅。", "各设区市农业农村局", "于调研前3天", "汇报材料"),    # a reducing verb inside the object of 将 reduces nothing (整治 is the topic)
    ("请各设区市每月5日前将校舍安全排查整治进展情况报送我厅。", "各设区市", "每月5日前", "校舍安全排查整治进展情况"),
    # 不再 of the first clause does not reach a clause with its own deadline
    ("各地不再单独报送季度工作总结，年度工作总结于12月20日前一并报送我厅。", "各地", "于12月20日前", "年度工作总结"),
    # the submitter's own government approving is no authorisation of the demand
    ("各设区市规划经本级人民政府同意后，于6月30日前报送我厅。", "各设区市", "于6月30日前", "规划"),
    # 企业 after 将 is the topic of what is submitted, not who submits
    ("请于6月底前将企业运行情况报送我厅。", "主送机关（各设区市农业农村局）", "于6月底前", "企业运行情况"),
    ("由各设区市农业农村局负责汇总本地区数据，于每季度首月10日前报送省农业农村厅。", "各设区市农业农村局",
     "每季度首月10日前", "本地区数据"),
])
def test_report_demands_on_lower_units(sentence, who, deadline, what):
    fs = found(dept(sentence), "GW106")
    assert len(fs) == 1, sentence
    f = fs[0]
    assert f.severity == "warning"
    assert f.data["who"] == who and f.data["deadline"] == deadline and what in f.data["what"]
    # the finding spans the sentence and says what to do
    assert f.line == 5 and f.excerpt == sentence
    assert who in f.message and what in f.message and deadline in f.message
    assert "经省政府同意" in f.message and "已有统计数据" in f.message


# forms are read by characters: how jieba cuts a form's name (目标|责任|表, 承诺|表, 销号|表报)
# must not decide whether it is a form, nor whether 报名表 is excluded
@pytest.mark.parametrize("sentence,form,what", [
    ("请各设区市于6月5日前将安全生产目标责任表报送我厅。", "目标责任表", "安全生产目标责任表"),
    ("请各设区市于5月10日前将目标承诺表报送我厅。", "目标承诺表", "目标承诺表"),
    ("请各设区市于6月底前将防汛责任人名单备案表报送我厅。", "备案表", "备案表"),
    ("请各设区市于每周五前将问题整改销号表报我厅。", "销号表", "销号表"),
])
def test_forms_whatever_their_segmentation(sentence, form, what):
    from gwlint.segment import lcut
    assert form not in lcut(sentence)  # the case this test is about: the name is cut up
    fs = found(dept(sentence), "GW106")
    assert len(fs) == 1, sentence
    assert any(what in w for w in fs[0].data["what"]), fs[0].data["what"]


@pytest.mark.parametrize("sentence", [
    "请参训人员于4月10日前填写培训报名表，发送至我厅邮箱。",
    "请于4月10日前将参会人员报名表报送我厅。",
    "推荐前应征求职工代表意见，公示结果表明无异议后方可确定。",
])
def test_sign_up_forms_and_other_words_in_biao_are_no_report(sentence):
    assert found(dept(sentence), "GW106") == []


def test_named_townships_asked_by_a_county_department():
    """issue 15 hU: 请叶坪镇、沙洲坝镇…报送 from a county-level department to those townships is a report
    demand on lower governments (GW106) and an order to them (GW104)."""
    text = dept("二、请叶坪镇、沙洲坝镇于6月30日前将景区安全自查报告报送市文化广电新闻出版旅游局。",
                issuer="瑞金市文化广电新闻出版旅游局", recipients="叶坪镇、沙洲坝镇人民政府：",
                title="关于做好红色旅游景区汛期安全工作的通知", number="瑞文旅字〔2026〕21号")
    fs = lint_text(text).findings
    assert sorted(f.code for f in fs if f.code in ("GW104", "GW106")) == ["GW104", "GW106"]


@pytest.mark.parametrize("sentence,word,signer,submits", [
    ("报送的方案和总结须经本级人民政府主要负责同志签字后，加盖公章报送我厅。", "签字", "本级人民政府主要负责同志", False),
    ("各设区市于3月20日前将总结报送我厅，并由主要负责同志签字确认。", "签字确认", "主要负责同志", True),
    ("请各设区市于3月20日前报送自查报告，报告须由党政主要负责同志签字背书。", "签字背书", "党政主要负责同志", True),
    ("各县（市、区）上报的统计表一律签字画押。", "签字画押", "负责同志", False),
])
def test_demand_that_leaders_sign_is_an_error(sentence, word, signer, submits):
    # the signature is an error of its own; a submission the same sentence asks for with its own deadline
    # is a second finding (签字要求与报送要求各算一条, tests/eval/README.md); 报送的方案 signs what an earlier
    # sentence asked for, 上报的统计表 asks for nothing
    fs = found(dept(sentence), "GW106")
    errors = [f for f in fs if f.severity == "error"]
    assert len(errors) == 1, sentence
    assert errors[0].data["sign"] == word and errors[0].data["signer"] == signer
    assert "画押" in errors[0].message and "删去签字要求" in errors[0].message
    assert [f.severity for f in fs if f is not errors[0]] == (["warning"] if submits else []), sentence


def test_a_clerk_signing_a_form_is_no_error():
    fs = found(dept("请各设区市于3月20日前报送春耕进度统计表，并由填报人签字。"), "GW106")
    assert [f.severity for f in fs] == ["warning"]


def test_one_finding_per_sentence_at_the_sentence():
    para = ("各设区市须于3月20日前报送工作方案，4月30日前报送工作总结，并填报进度统计表，每周五报送一次。"
            "逾期未报的，予以通报。请各设区市于5月10日前报送典型案例。")
    fs = found(dept(para), "GW106")
    assert len(fs) == 2
    first, second = fs
    assert first.excerpt.startswith("各设区市须于") and first.excerpt.endswith("每周五报送一次。")
    assert set(first.data["what"]) == {"工作方案", "工作总结", "进度统计表"}
    assert second.excerpt == "请各设区市于5月10日前报送典型案例。"
    assert first.column == 1 and second.column == para.index("请各设区市") + 1


# ------------------------------------------------------------ GW106 negatives
@pytest.mark.parametrize("sentence", [
    # forbidding, removing or limiting a burden
    "不得要求基层报送材料。",
    "各地不得以任何名义要求基层填报各类报表。",
    "各级政府除按规定向上级报告工作外，其他一律不报。",
    "已通过统计直报系统报送的数据，不再另行填报。",
    "原则上不再要求各地报送工作总结。",
    "要减少报送材料，切实减轻基层负担。",
    "确需基层报送材料的，一般只要求报送经济运行数据指标。",
    "未经省政府批准，不得要求下级政府上报材料报表，不得要求下级党政负责同志签字“画押”。",
    # a slogan in quotation marks
    "各设区市要坚持“少报材料、多干实事”，把精力用在抓落实上。",
    "开展“基层报表减负年”活动，不得新增报表。",
    # reported speech of a higher body
    "国务院办公厅通知要求，各地于3月20日前报送工作总结。",
    "会议强调，各地要按时报送工作总结。",
    # stated legal authorisation, or a higher body's requirement passed on
    "依据《中华人民共和国统计法》规定，请各设区市于每月5日前填报春耕生产进度统计表。",
    "请各设区市按照《农业统计调查制度》于每月5日前报送统计数据。",
    "按照省政府要求，请各设区市于3月20日前报送工作总结。",
    "按照农业农村部统一部署，请各设区市于3月20日前报送春播进度情况。",
    "按照省政府办公厅《关于做好春耕生产的通知》要求，请各设区市于3月20日前报送工作总结。",
    "请各设区市按照国家有关要求于3月20日前报送统计数据。",
    # the submission does not fall on lower units
    "我厅将于3月底前汇总各地材料后报省政府。",
    "省直有关部门要于3月20日前将本部门工作总结报省政府办公厅。",
    "企业应于每年3月底前报送年度报告。",
    "各设区市农业农村局要组织辖区内企业于3月底前报送年度报告。",
    "各地要指导督促企业按时报送安全生产情况报告。",
    "申报材料由项目单位报送所在设区市农业农村局。",
    # existing statistics, an optional submission, 总结/报告 used as verbs
    "各设区市农业农村局要于每月5日前通过全国农业农村统计直报系统报送春播进度数据。",
    "各地可于3月底前报送典型案例。",
    "各设区市要认真总结经验，及时报送工作信息。",
    "有关情况请及时报告我厅。",
    # nouns, not demands
    "严格执行材料报送、审核时限等工作要求。",
    "对各地报送的典型案例，我厅将择优推广。",
    "2025年，各设区市共上报典型案例120个。",
    "请于3月15日前将参会人员名单报送我厅。",
    "请于3月15日前将修改意见反馈我厅。",
    # forms for registering, replying, recommending are no report forms
    "请各设区市于5月10日前将报名表报送我厅科教处。",
    "请于3月10日前将参会回执表报送我厅。",
    "请各设区市于5月10日前填写学员推荐表并报送我厅。",
    # a reducing verb governs what follows it closely
    "要精简各类报表，严格控制报送频次。",
    "各地已经建设并使用的工作平台要与省级平台整合融合，避免数据重复录入、多头报送。",
    # a condition (确需…的) reaches the later clause with its deadline
    "不得要求基层重复填报报表，确需报送的，统一于每月5日前通过平台报送。",
    # a party named after 由 submits, whatever the deadline
    "申报材料由项目单位于5月31日前通过县级农业农村部门逐级报送我厅。",
    # a higher body's demand quoted without a comma: the issuer relays it in the same sentence
    "《通知》要求各地于7月10日前报送工作进展情况，请各设区市于7月5日前将有关情况报送我厅，由我厅汇总后上报农业农村部。",
    # a unit named by its role is not the 主送机关
    "对省政府领导同志批示件，承办单位要及时将办理情况报送省政府督查室。",
    # 报……同意/审定 is an approval step
    "实施方案须报省政府分管领导同意后印发实施。",
    "各设区市工作方案须报我厅审定后实施。",
])
def test_not_a_report_burden(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


def test_heading_naming_the_topic_is_not_the_demand():
    fs = found(dept("五、按时报送工作情况", "请各设区市于3月20日前报送工作总结。"), "GW106")
    assert [f.line for f in fs] == [6]


def test_government_approval_or_preamble_law_exempts_the_document():
    body = "请各设区市于3月20日前将春耕生产工作总结报送我厅。"
    assert found(dept(body), "GW106")
    text = dept(body).replace("为做好春耕生产工作，", "经省政府同意，为做好春耕生产工作，")
    assert found(text, "GW106") == []
    text = dept(body).replace("为做好春耕生产工作，", "根据《中华人民共和国农业法》，为做好春耕生产工作，")
    assert found(text, "GW106") == []


@pytest.mark.parametrize("sentence", [
    "未经省政府同意，不得擅自调整补助标准。",           # a prohibition, not an approval
    "确需调整的，须经省政府同意。",                     # a condition
    "各设区市整改方案经本级人民政府同意后实施。",       # a lower government's approval
])
def test_approval_that_is_no_approval_does_not_exempt(sentence):
    body = "请各设区市于3月20日前将春耕生产工作总结报送我厅。"
    assert len(found(dept(sentence, body), "GW106")) == 1, sentence


def test_requirement_items_are_demands():
    text = dept("二、报送要求", "（一）报送内容：农业产业化工作总结、龙头企业统计表。", "（二）报送时间：6月30日前。",
                "（三）报送方式：经本级政府主要负责同志签字并加盖公章后，报送我厅产业化处。",
                recipients="各设区市人民政府，各县（市、区）人民政府：")
    fs = found(text, "GW106")
    assert [(f.line, f.severity) for f in fs] == [(6, "warning"), (8, "error")]
    assert fs[0].data["what"] == ["农业产业化工作总结", "龙头企业统计表"]
    assert fs[1].data["signer"] == "本级政府主要负责同志"
    # the same items without the signature and with a legal basis
    ok = text.replace("经本级政府主要负责同志签字并加盖公章后，", "").replace(
        "为做好春耕生产工作，", "依据《中华人民共和国统计法》规定，为做好春耕生产工作，")
    assert found(ok, "GW106") == []


def test_only_departments_by_default():
    body = "请各设区市人民政府于3月20日前将春耕生产工作总结报送省政府办公厅。"
    text = office("江西省人民政府办公厅关于做好2026年春耕生产工作的通知", body)
    assert found(text, "GW106") == []
    fs = found(text, "GW106", **{"GW106.issuer_kinds": ["department", "government_office"]})
    assert len(fs) == 1 and fs[0].data["who"] == "各设区市人民政府"


def test_proxy_subject_follows_the_recipients():
    sentence = "各单位要于3月20日前将工作总结报送我厅。"
    fs = found(dept(sentence), "GW106")
    assert len(fs) == 1 and fs[0].data["who"].startswith("各单位（各设区市农业农村局")
    assert found(dept(sentence, recipients="省直有关单位："), "GW106") == []


def test_departments_own_report_to_the_government():
    report = "\n".join([
        "江西省农业农村厅关于2025年春耕生产工作情况的报告",
        "赣农字〔2026〕2号",
        "省人民政府：",
        "现将我厅2025年春耕生产工作总结报送省政府，请审阅。",
        "下一步，我厅将督促各设区市每月报送春耕进度情况，并于年底前报送工作总结。",
        "江西省农业农村厅",
        "2026年1月10日",
    ]) + "\n"
    assert found(report, "GW106") == []
    # not only because 报告 is skipped: the subject is the issuer itself
    assert found(report, "GW106", **{"GW106.skip_doc_types": []}) == []
    # the same promise in a notice to the cities is the issuer's own act
    assert found(dept("我厅将于3月底前将全省春耕工作总结报送省政府。"), "GW106") == []


def test_request_signer_line_is_not_a_signature_demand():
    req = "\n".join([
        "江西省农业农村厅关于申请春耕生产专项资金的请示",
        "赣农字〔2026〕5号",
        "签发人：张××",
        "省人民政府：",
        "请各设区市于3月20日前将资金需求报送我厅后，我厅汇总报省政府。",
        "妥否，请批示。",
        "江西省农业农村厅",
        "2026年2月1日",
    ]) + "\n"
    assert found(req, "GW106") == []


def test_a_real_corpus_demand_is_found_in_a_department_notice():
    """The national circular's own sentence (issued with the State Council's consent there)
    is a burden when a department writes it without authorisation."""
    src = need(CORPUS / "govcn" / "60.txt").read_text(encoding="utf-8")
    sentence = next(l.strip() for l in src.splitlines() if "形成试点工作总结报告并报送" in l)
    text = dept(sentence.replace("国务院办公厅", "我厅"), issuer="江西省政务服务管理办公室",
                recipients="各设区市人民政府：")
    fs = found(text, "GW106")
    assert len(fs) == 1 and "试点工作总结报告" in fs[0].data["what"]


def test_word_lists_are_options():
    sentence = "请各设区市于3月20日前将春耕生产工作总结报送我厅。"
    assert found(dept(sentence), "GW106")
    assert found(dept(sentence), "GW106", **{"GW106.materials": ["报表"]}) == []


# ------------------------------------------------------------ sample draft and formats
SAMPLE = REPO / "sample_docs" / "src" / "dept-directive.gw"


def test_sample_draft():
    text = plain_text(parse_marked(need(SAMPLE).read_text(encoding="utf-8")))
    fs = found(text, "GW106")
    assert [f.severity for f in fs] == ["warning", "error"]
    assert fs[0].data["who"] == "各设区市人民政府" and "春耕生产工作总结" in fs[0].data["what"]
    assert "主要负责同志" in fs[1].message
    assert not any("不得不" in f.excerpt or f.excerpt.startswith("五、") for f in fs)


DRAFT = "\n".join([
    "@issuer_mark 江西省农业农村厅文件",
    "@doc_number 赣农字〔2026〕11号",
    "@title 江西省农业农村厅关于报送2026年春耕生产工作情况的通知",
    "@recipients 各设区市农业农村局：",
    "为掌握全省春耕生产进展，现将有关事项通知如下。",
    "@heading1 一、报送内容",
    "请各设区市于3月20日前将春耕生产工作总结报送我厅，总结须经主要负责同志签字确认。"
    "各设区市农业农村局要于每月5日前填报春耕生产进度统计表。",
    "@heading1 二、报送方式",
    "春耕生产专报请直接报送省政府领导，不得迟报漏报。",
    "@signature 江西省农业农村厅",
    "@date 2026年2月10日",
]) + "\n"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_findings_in_docx_and_pdf(tmp_path, fmt):
    def key(path):
        return finding_key([f for f in lint_path(path).findings if f.code in CODES])

    txt = key(render_draft(DRAFT, "txt", tmp_path))
    # the first sentence asks for the 总结 by a deadline and for a leader's signature on it: two findings
    assert [k[0] for k in txt] == ["GW106", "GW106", "GW106", "GW107"]
    path = render_draft(DRAFT, fmt, tmp_path)
    assert key(path) == txt
    assert sorted(f.severity for f in lint_path(path).findings if f.code in CODES) == \
        ["error", "info", "warning", "warning"]


# ------------------------------------------------------------ GW107
@pytest.mark.parametrize("sentence,leader", [
    ("请各设区市于每月5日前将项目推进情况专报直接报送省政府领导。", "省政府领导"),
    ("各地要将专报直接呈送省政府主要领导同志。", "省政府主要领导同志"),
    ("重大项目进展情况请于每周五报分管副省长。", "分管副省长"),
    ("研究报告请径直向省政府领导个人报送。", "省政府领导"),
    ("有关情况请及时报送分管省领导。", "分管省领导"),
    ("各地形成的重要调研成果，请直接呈送省长、常务副省长。", "省长"),
    # a route through the office elsewhere in the document does not cover this sentence
    ("请于每月5日前将安全度汛情况直接报送分管副省长，不经省政府值班室。", "分管副省长"),
])
def test_direct_to_leader(sentence, leader):
    fs = found(dept(sentence), "GW107")
    assert len(fs) == 1, sentence
    assert fs[0].severity == "info" and fs[0].data["leader"] == leader
    assert fs[0].excerpt == sentence and "省政府办公厅" in fs[0].message


@pytest.mark.parametrize("issuer,sentence,leader,office", [
    # issue 15 (h15b): the government's name before the title, a named place before it
    ("广西壮族自治区商务厅", "重点任务推进情况，每季度由自治区商务厅直接报送自治区人民政府分管副主席。",
     "自治区人民政府分管副主席", "自治区人民政府办公厅"),
    ("柳州市工业和信息化局", "监测分析报告由市工业和信息化局形成后，每半月报送柳州市人民政府主要领导。",
     "柳州市人民政府主要领导", "市政府办公室"),
    ("陕西省交通运输厅", "项目推进中的重大问题，由省交通运输厅直接呈报省人民政府分管副省长。",
     "省人民政府分管副省长", "省政府办公厅"),
    ("宁夏回族自治区商务厅", "请各市商务局于每月5日前将专报直接报送自治区分管领导。", "自治区分管领导", "自治区人民政府办公厅"),
    ("宁夏回族自治区商务厅", "重大问题由我厅直接报送自治区副主席。", "自治区副主席", "自治区人民政府办公厅"),
])
def test_direct_to_a_leader_named_with_the_government(issuer, sentence, leader, office):
    fs = found(dept(sentence, issuer=issuer), "GW107")
    assert len(fs) == 1, sentence
    assert fs[0].data["leader"] == leader and office in fs[0].message


@pytest.mark.parametrize("sentence", [
    "外贸工作进展按季度报送自治区人民政府办公厅，经办公厅审核后呈自治区人民政府分管副主席。",
    "自治区人民政府分管副主席将于下半年听取专题汇报，汇报材料由自治区商务厅准备。",
    "请各市于每月5日前将专报报送自治区人民政府办公厅。",
    "会议由自治区政协主席主持。",
])
def test_not_direct_to_a_leader_named_with_the_government(sentence):
    assert found(dept(sentence, issuer="广西壮族自治区商务厅"), "GW107") == [], sentence


@pytest.mark.parametrize("sentence", [
    "请各设区市于每月5日前将项目推进情况专报报送省政府办公厅。",
    "专报经省政府办公厅审核后报送省政府领导。",
    # routed through the government's duty office or inspection office
    "较大以上突发事件信息由省厅值班室按规定时限，经省政府总值班室报省政府领导。",
    "险情信息由局值班室在30分钟内通过省政府总值班室报省政府领导。",
    "除省政府领导有明确要求外，不得直接向省政府领导报送专报。",
    "对省政府领导交办的事项，办理结果直接报送省政府领导。",
    "实施方案报省长审定后实施。",
    "人民群众反映的重要意见，信访部门都及时报送省政府领导。",
    "要充分发挥省政府领导小组的统筹作用。",
    "各地要“不把材料直送领导”，严格按程序报送。",
    # the leader asked for it himself (除省政府领导有明确要求外)
    "按省政府领导要求，请于5日内将核查情况直接报送省政府分管领导。",
    "根据省长批示要求，请于3日内将核查情况直接报送省长。",
    # an approval step
    "实施方案须报省政府分管领导同意后印发实施。",
])
def test_not_direct_to_leader(sentence):
    assert found(dept(sentence), "GW107") == [], sentence


# ------------------------------------------------------------ GW103
@pytest.mark.parametrize("title,body", [
    ("江西省人民政府办公厅关于印发××同志在全省优化营商环境大会上的讲话的通知",
     "现将××同志在全省优化营商环境大会上的讲话印发给你们，请认真学习贯彻。"),
    ("江西省人民政府办公厅关于转发国务院领导同志重要讲话的通知", "现将国务院领导同志重要讲话转发给你们，请结合实际抓好落实。"),
    ("江西省人民政府办公厅关于印发《××同志在全省春季农业生产工作会议上的讲话》的通知", "请认真学习贯彻。"),
])
def test_speech_issued_by_title(title, body):
    fs = found(office(title, body), "GW103")
    assert len(fs) == 1  # the title, not again for the sentence
    assert fs[0].line == 1 and fs[0].severity == "warning" and fs[0].data["where"] == "title"
    assert "讲话" in fs[0].data["speech"] and "不再印发文件" in fs[0].message


@pytest.mark.parametrize("sentence,speech", [
    ("现将××同志在全省项目建设推进会上的讲话予以印发，请各地各部门认真学习。", "××同志在全省项目建设推进会上的讲话"),
    ("现将省政府主要领导同志在省政府第8次常务会议上的讲话以文件形式印发，请抓好落实。",
     "省政府主要领导同志在省政府第8次常务会议上的讲话"),
    ("现将全省林长制工作会议领导讲话汇编印发给你们。", "全省林长制工作会议领导讲话汇编"),
])
def test_speech_issued_with_a_manner_word(sentence, speech):
    fs = found(office("江西省人民政府办公厅关于做好2026年春耕生产工作的通知", sentence), "GW103")
    assert [f.data["speech"] for f in fs] == [speech]


def test_speech_issued_by_a_city_office_in_a_manner_phrase():
    text = "\n".join(["南昌市人民政府办公室关于抓好文明城市创建工作的通知", "洪府厅字〔2026〕9号",
                      "各县（区）人民政府，市政府各部门：",
                      "现将王××同志的讲话以正式文件形式印发各县（区）和市直各部门。",
                      "南昌市人民政府办公室", "2026年2月10日"]) + "\n"
    fs = found(text, "GW103")
    assert [(f.line, f.data["speech"]) for f in fs] == [(4, "王××同志的讲话")]


def test_exchange_speeches_of_localities_are_no_leader_speech():
    ok = "现将南昌县等5个县（区）在全市经济工作会议上的典型发言印发给你们，供学习借鉴。"
    assert found(office("江西省人民政府办公厅关于做好春耕工作的通知", ok), "GW103") == []
    # a leader's 发言 still is
    bad = "现将市长在全市经济工作会议上的发言印发给你们。"
    assert len(found(office("江西省人民政府办公厅关于做好春耕工作的通知", bad), "GW103")) == 1


def test_speech_issued_in_the_body():
    sentence = "现将××同志在全省农村工作会议上的讲话摘要印发给你们，请结合实际认真贯彻落实。"
    fs = found(office("江西省人民政府办公厅关于做好2026年春耕生产工作的通知", sentence), "GW103")
    assert len(fs) == 1 and fs[0].line == 4 and fs[0].excerpt == sentence
    assert fs[0].data["speech"] == "××同志在全省农村工作会议上的讲话摘要"


@pytest.mark.parametrize("title,body", [
    ("江西省人民政府办公厅关于认真学习贯彻习近平总书记重要讲话精神的通知", "各地各部门要认真学习贯彻习近平总书记重要讲话精神。"),
    ("江西省人民政府办公厅关于印发学习贯彻全省经济工作会议上的讲话精神工作方案的通知",
     "现将《学习贯彻全省经济工作会议上的讲话精神工作方案》印发给你们。"),
    ("江西省人民政府办公厅关于做好春耕工作的通知", "为贯彻落实××同志在全省农村工作会议上的讲话要求，现将有关事项通知如下。"),
    ("江西省人民政府办公厅关于做好春耕工作的通知", "要深入学习领会、广泛宣传××同志在全省农村工作会议上的讲话。"),
    ("江西省人民政府办公厅关于印发《公开讲话管理办法》的通知", "现将《公开讲话管理办法》印发给你们，请认真遵照执行。"),
    ("江西省人民政府办公厅关于做好春耕工作的通知",
     "领导同志在会议上的讲话已印发会议材料或已公开发表的，原则上不再印发文件。"),
    # handed out at the meeting already, or a speech qualified as 印发的
    ("江西省人民政府办公厅关于做好春耕工作的通知", "各地各部门要对照会上印发的××同志讲话，逐条抓好落实。"),
    ("江西省人民政府办公厅关于做好春耕工作的通知", "会上已印发××同志在全省经济工作会议上的讲话，请认真学习。"),
    ("江西省人民政府办公厅关于做好春耕工作的通知", "会议印发了××同志在全省经济工作会议上的讲话。"),
])
def test_mentioning_a_speech_is_not_issuing_it(title, body):
    assert found(office(title, body), "GW103") == []


# ------------------------------------------------------------ the policy and the corpus
def test_policy_is_clean_even_with_every_issuer_kind():
    r = lint_path(need(POLICY), cfg(**{"GW106.issuer_kinds": ALL_KINDS, "GW106.skip_doc_types": []}))
    assert r.error is None
    assert [f for f in r.findings if f.code in CODES] == []


CORPUS_FILES = sorted(glob.glob(str(CORPUS / "govcn" / "*.txt"))) + [str(CORPUS / "govdoc-cn" / "397.pdf")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_corpus_has_no_burden_findings(path):
    # every issuer kind is checked here, so the sentence detector itself is exercised on the
    # State Council's circulars (which carry 经国务院同意 where they ask for reports)
    r = lint_path(need(Path(path)), cfg(**{"GW106.issuer_kinds": ALL_KINDS}))
    assert r.error is None
    assert [(f.code, f.line, f.excerpt) for f in r.findings if f.code in CODES] == []


@pytest.mark.parametrize("code,words", [
    ("GW103", ["会议材料", "讲话精神"]),
    ("GW106", ["画押", "按照本通知要求", "GW106.issuer_kinds"]),
    ("GW107", ["办公厅", "明确要求"]),
])
def test_rule_docs(code, words):
    r = run_cli("rule", code)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    for w in words:
        assert w in out


def test_city_department_and_the_city_government():
    def city(*body):
        return dept(*body, issuer="九江市教育局", recipients="各县（市、区）教育局，市直各学校：",
                    title="关于做好2026年秋季开学工作的通知", number="九教字〔2026〕15号")
    fs = found(city("各县（市、区）教育局务于11月30日前将年度目标任务完成情况报送市局，逾期视为未完成。"), "GW106")
    assert len(fs) == 1 and "经市政府同意" in fs[0].message
    assert fs[0].data["who"] == "各县（市、区）教育局" and fs[0].data["what"] == ["年度目标任务完成情况"]
    # the province's or the city government's requirement passed on; the city's own schools file online
    for ok in ("按照省教育厅要求，请各县（市、区）教育局于9月10日前报送秋季学期学生资助工作方案。",
               "按照市政府统一部署，各县（市、区）教育局要于9月底前报送校园安全隐患排查整治情况。",
               "我局将于每季度末将全市汇总情况报送市政府。"):
        assert found(city(ok), "GW106") == [], ok
    leader = found(city("专题调研报告请直接报送市长、分管副市长。"), "GW107")
    assert len(leader) == 1 and "市政府办公室" in leader[0].message


def test_peers_only_are_no_lower_units():
    text = dept("请省直有关单位于3月15日前将2026年工作要点报送我委。", "各单位报送的工作要点须经本单位主要负责同志审签。",
                issuer="江西省发展和改革委员会", recipients="省直有关单位：")
    assert found(text, "GW106") == []


# ------------------------------------------------------------ GW106: attachments named in the 附件说明
def _with_attachments(body: str, note: str) -> str:
    return ("江西省农业农村厅关于做好春耕生产统计工作的通知\n赣农字〔2026〕9号\n各设区市农业农村局：\n" + body
            + "\n附件：" + note + "\n江西省农业农村厅\n2026年2月10日\n")


@pytest.mark.parametrize("body,note,what", [
    ("请各设区市于3月20日前将附件1、附件2报送我厅。", "1.春耕生产进度统计表\n2.农资储备情况表",
     ["附件1（春耕生产进度统计表）", "附件2（农资储备情况表）"]),
    ("请各设区市认真填写附件，于3月20日前报送我厅。", "春耕生产进度统计表", ["附件（春耕生产进度统计表）"]),
])
def test_attachment_forms_are_materials(body, note, what):
    fs = found(_with_attachments(body, note), "GW106")
    assert [f.data["what"] for f in fs] == [what]
    assert what[0] in fs[0].message


@pytest.mark.parametrize("body,note", [
    ("请各设区市于3月10日前将附件报送我厅。", "参会回执"),          # a receipt, not a report
    ("请各设区市于3月10日前将附件报送我厅。", "培训报名表"),        # a registration form
    ("请各设区市于3月20日前将附件报送我厅。", "1.春耕生产进度统计表\n2.农资储备情况表"),  # which one is not said
    ("请各设区市参照附件1做好春耕生产。", "1.春耕生产技术指导意见\n2.统计表"),   # guidance, not a submission
])
def test_attachments_that_are_not_report_forms(body, note):
    assert found(_with_attachments(body, note), "GW106") == []


# ------------------------------------------------------------ GW106: a table of what to submit
TABLE_NOTICE = """@doc_number 赣农字〔2026〕28号
@title 江西省农业农村厅关于报送农机购置补贴实施情况的通知
@recipients 各设区市人民政府，各县（市、区）人民政府：
为掌握农机购置补贴实施情况，现将有关报送事项列表如下。
@table 序号|报送材料|报送时间|报送单位
@table 1|补贴资金使用情况|每季度末|各设区市人民政府
@table 2|年度工作总结|12月20日前|各县（市、区）人民政府
@signature 江西省农业农村厅
@date 2026年2月10日
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_submission_table_rows_are_demands(fmt, tmp_path):
    fs = [f for f in lint_path(render_draft(TABLE_NOTICE, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert len(fs) == 1, fmt  # one finding per table
    assert fs[0].data["what"] == ["补贴资金使用情况", "年度工作总结"]
    assert "各设区市人民政府、各县（市、区）人民政府" in fs[0].message
    assert fs[0].excerpt == "补贴资金使用情况"  # at the first row's material cell


@pytest.mark.parametrize("change", [
    ("各设区市人民政府\n", "省直有关单位\n"),                              # peers, not lower units…
    ("为掌握", "经省政府同意，为掌握"),                                       # approved
    # not a submission table (a task table); 工作任务 over 报送时间 | 报送单位 under 报送事项列表如下 asks for reports
    # all the same (round 29, f29b's table readings)
    ("报送事项列表如下。\n@table 序号|报送材料|报送时间|报送单位", "工作任务列表如下。\n@table 序号|工作任务|完成时间|责任单位"),
])
def test_tables_that_ask_nothing_of_lower_units(change, tmp_path):
    src = TABLE_NOTICE.replace(*change)
    if change[1] == "省直有关单位\n":
        src = src.replace("各县（市、区）人民政府\n@signature", "省直有关单位\n@signature")
    fs = [f for f in lint_path(render_draft(src, "docx", tmp_path), cfg()).findings if f.code == "GW106"]
    assert fs == [], change


# ------------------------------------------------------------ issue 15: classes read on real documents
@pytest.mark.parametrize("item", [
    "一、请各设区市于3月20日前将春耕生产工作总结报送我厅。",
    "（二）请各设区市农业农村局于5月15日前将撂荒地整治情况报送我厅。",
    "③各设区市农业农村局于每月8日前报送农机作业进度统计表。",
    "第六条 各设区市农业农村局应于每年1月31日前将上年度工作总结报送省农业农村厅。",
    "2.每季度结束后15日内，报送本地区农产品质量安全监测分析报告。",
    "一是各设区市农业农村局要在每年1月20日前将上年度工作总结报送我厅；二是要加强队伍建设。",
])
def test_numbered_whole_sentences_are_demands(item):
    fs = found(dept(item), "GW106")
    assert [f.line for f in fs] == [5], item
    assert fs[0].data["who"] != "" and fs[0].data["what"]


@pytest.mark.parametrize("item", [
    "二、报送要求",
    "（三）按时报送工作情况",
    "（一）我厅将于每季度结束后15日内汇总全省数据，形成分析报告报送省政府。",
    "①已通过系统实时采集的数据，不得要求基层重复填报。",
])
def test_numbered_topics_and_own_acts_are_no_demands(item):
    assert found(dept(item), "GW106") == [], item


def test_inline_enumerator_names_the_submitter():
    fs = found(dept("一是各县（市、区）农业农村局要于每月5日前报送农机作业进度；二是要加强调度。",
                    recipients="各设区市农业农村局，各县（市、区）农业农村局："), "GW106")
    assert [f.data["who"] for f in fs] == ["各县（市、区）农业农村局"]


@pytest.mark.parametrize("sentence,signer", [
    ("承诺书须由局主要负责同志签字并加盖公章。", "局主要负责同志"),
    ("复核数据实行负责人签字背书制度。", "负责人"),
    ("统计表经分管负责同志审核签字后，扫描件一并报送。", "分管负责同志"),
    ("各设区市农业农村局主要负责同志要在《耕地保护目标责任书》上签字，并于3月1日前报送我厅。",
     "各设区市农业农村局主要负责同志"),
    ("排查数据实行签字确认制度，各县（市、区）农业农村局局长对本地区数据的真实性负责。", "局长"),
])
def test_signature_demands_of_their_own_are_errors(sentence, signer):
    fs = found(dept("请各设区市于3月20日前将春耕生产工作总结报送我厅。", sentence), "GW106")
    assert [f.line for f in fs] == [5, 6], sentence
    sign = fs[1]
    assert sign.severity == "error" and signer in sign.data["signer"], sign.data
    assert "画押" in sign.message and "删去签字要求" in sign.message


@pytest.mark.parametrize("sentence", [
    "统计表由填报人签字，单位负责人审核。",
    "现场核查记录表由核查人员当场签字。",
    "不得要求基层医疗卫生机构负责人对评价数据签字背书。",
    "评价结果由我厅主要负责同志签字后印发。",
    "我厅主要负责同志将签字确认全省汇总结果后报送省政府。",
])
def test_signatures_that_are_no_burden(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


@pytest.mark.parametrize("sentence", [
    "一般性信息要在3天内报送，重要情况要在24小时内报送。",
    "各设区市农业农村局的运行数据要在每月结束后5个工作日内报送我厅。",
    "季度分析报告原则上在季度结束后10日内报送我厅。",
    "汛期内，各设区市农业农村局要于每周五12时前报送农业灾情周报。",
])
def test_standing_deadlines_are_demands(sentence):
    assert len(found(dept(sentence), "GW106")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "数据提供方须及时处理并予以反馈。",
    "数据提供方须在收到核查申请后3个工作日内完成核查，并将核查结果反馈申请方。",
    "平台运营单位应于每月5日前向省农业农村厅报送平台运行情况报告。",
    "运营单位应每季度报送数据使用情况。",
    "第三方评估机构要在评估工作结束后10日内提交评估报告。",
    "项目建设单位须每月5日前报送工程进度。",
    # to citizens, not upwards
    "对群众评价为“不满意”的事项，要在3个工作日内核实整改，并将整改情况反馈评价人。",
    "各设区市农业农村局要在接到投诉后7个工作日内将办理结果反馈举报人。",
    # the issuer reports to its own government
    "省农业农村厅将于每季度结束后10日内，将全省春耕工作情况报送省政府。",
    # a higher department's notice cited as the basis
    "按照《财政部关于开展2026年县级基本财力保障机制绩效评价工作的通知》（财预〔2026〕41号）要求，"
    "请各设区市于8月15日前报送绩效自评报告。",
    "根据国家卫生健康委、教育部《关于做好儿童青少年近视监测工作的通知》要求，各设区市要于11月15日前报送监测结果。",
])
def test_other_parties_citizens_and_higher_bases(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


def test_own_notice_as_basis_is_still_the_issuers_demand():
    s = "按照《江西省农业农村厅关于开展撂荒地整治的通知》要求，请各设区市于6月底前报送整治工作总结。"
    assert len(found(dept(s), "GW106")) == 1


@pytest.mark.parametrize("recipients,sentence", [
    ("各乡（镇）农业综合服务站：", "请各乡（镇）农业综合服务站于10月20日前将本乡（镇）调研报告报送县农业农村局。"),
    ("各乡（镇）林业工作站：", "各村要于每月底前将护林员巡护台账报送乡（镇）林业工作站。"),
    ("各街道办事处：", "请各街道办事处于3月31日前将辖区特困人员供养情况核查表报送区民政局。"),
    ("各乡（镇）农业综合服务站：", "请于10月20日前将本乡（镇）调研报告报送县农业农村局。"),
])
def test_township_units_are_below_a_county_department(recipients, sentence):
    fs = found(dept(sentence, issuer="南丰县农业农村局", recipients=recipients, number="丰农字〔2026〕18号"), "GW106")
    assert len(fs) == 1, sentence


@pytest.mark.parametrize("header,row", [
    ("序号|填报内容|截止时间|填报主体", "1|第一季度抽检完成情况|4月10日|各县（市、区）市场监督管理局"),
    ("序号|材料名称|提交时限|提交单位", "1|零工市场建设进展情况|每月10日前|各县（市、区）人力资源和社会保障局"),
    ("序号|填报项目|报送频次|填报部门", "1|高标准农田建设进度|每月5日前|各县（市、区）农业农村局"),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_submission_tables_with_other_headers(header, row, fmt, tmp_path):
    src = "\n".join(["@doc_number 赣农字〔2026〕28号", "@title 江西省农业农村厅关于做好有关材料报送工作的通知",
                     "@recipients 各设区市农业农村局，各县（市、区）农业农村局：", "为掌握工作进展，现将有关事项通知如下。",
                     f"@table {header}", f"@table {row}", "@signature 江西省农业农村厅", "@date 2026年2月10日"]) + "\n"
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert len(fs) == 1 and fs[0].data["submitter"] == "table", (fmt, header)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_table_and_the_sentence_leading_to_it_are_one_demand(fmt, tmp_path):
    src = TABLE_NOTICE.replace("为掌握农机购置补贴实施情况，现将有关报送事项列表如下。",
                               "请各设区市、县（市、区）人民政府按下表要求按时报送有关材料。")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert len(fs) == 1, [f.excerpt for f in fs]
    assert fs[0].excerpt.startswith("请各设区市")


@pytest.mark.parametrize("sentence,leader", [
    ("我厅汇总后于6月底前报送省政府分管副省长。", "省政府分管副省长"),
    ("由我厅汇总后报送省政府常务副省长。", "省政府常务副省长"),
    ("方案拟定后报市政府分管副市长审阅。", "市政府分管副市长"),
    ("遇有重大问题需要协调的，可直接报送省政府主要领导同志。", "省政府主要领导同志"),
    ("紧急情况可以直接呈送县政府县长。", "县政府县长"),
])
def test_direct_to_a_leader_named_with_the_government(sentence, leader):
    fs = found(dept(sentence), "GW107")
    assert [f.data["leader"] for f in fs] == [leader], sentence


@pytest.mark.parametrize("sentence", [
    "根据分管副省长关于“油茶低改进展要直接报我”的明确要求，我局每月将进展情况直接报送分管副省长。",
    "根据市长关于“重大项目前期进展每周报我一次”的明确要求，我委每周五将进展直接报送市长。",
    "按照分管副省长批示，核查情况直接报送分管副省长。",
    "年度计划调整方案报省政府分管副省长同意后实施。",
    "项目调度专报经省政府办公厅审核后呈送省政府领导。",
])
def test_leader_asked_or_proper_channel(sentence):
    assert found(dept(sentence), "GW107") == [], sentence


@pytest.mark.parametrize("body,speech", [
    ("现将局党组书记、局长罗××同志在全市农业农村工作会议上的讲话和《2026年全市农业农村工作要点》印发给你们。",
     "局党组书记、局长罗××同志在全市农业农村工作会议上的讲话"),
    ("现将《局长张××同志在全市应急管理工作会议上的讲话》和《2026年全市应急管理工作要点》一并印发给你们。",
     "局长张××同志在全市应急管理工作会议上的讲话"),
    ("现将《2026年市政府工作要点》及市长刘××同志在市政府第一次全体会议上的讲话印发给你们。",
     "市长刘××同志在市政府第一次全体会议上的讲话"),
])
def test_speech_issued_with_other_documents(body, speech):
    fs = found(office("江西省人民政府办公厅关于印发2026年工作要点的通知", body), "GW103")
    assert [f.data["speech"] for f in fs] == [speech]


def test_points_issued_while_a_speech_is_only_studied():
    body = ("现将《2026年全市农业农村工作要点》印发给你们，请结合学习局长李××同志在全市农业农村工作会议上的讲话精神，"
            "认真抓好落实。")
    assert found(office("江西省人民政府办公厅关于印发2026年工作要点的通知", body), "GW103") == []


TAB_NOTICE = "\n".join([
    "@doc_number 景商务字〔2026〕17号", "@title 景德镇市商务局关于做好2026年商贸流通统计工作的通知",
    "@recipients 各县（市、区）商务局：", "为准确反映全市商贸流通运行情况，现将有关事项列示如下。",
    "序号\t填报内容\t截止时间", "1\t限额以上商贸企业入库情况\t每月3日前", "2\t重点商贸企业经营情况分析\t每季度末月25日前",
    "@signature 景德镇市商务局", "@date 2026年3月12日"]) + "\n"


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_list_typed_with_tabs_is_a_table_in_txt_and_docx(fmt, tmp_path):
    fs = [f for f in lint_path(render_draft(TAB_NOTICE, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert [(f.data["submitter"], f.data["what"]) for f in fs] == [
        ("table", ["限额以上商贸企业入库情况", "重点商贸企业经营情况分析"])], fmt


@pytest.mark.parametrize("sentence", [
    "（1）请各设区市于4月15日前将春季动物防疫工作总结报送我厅畜牧兽医处。",
    "1、各设区市农业农村局每月底前报送农产品质量安全监管工作台账。",
    "第八条 各设区市农业农村局应当在每年12月15日前，向省农业农村厅报送年度执法工作报告。",
    "各设区市农业农村局于每周一上午10时前报送上周秸秆禁烧巡查情况。",
    "各地每月10日前报送上月农机安全生产月报。",
    "请各设区市汇总辖区内数据后，于季度结束后7个工作日内报送我厅。",
    "各设区市农业农村局要明确专人负责信息报送，突发情况须在2小时内报送我厅。",
    "自查报告需经各设区市农业农村局主要负责人签名确认。",
    "上报数据须由单位主要领导审核并亲笔签名。",
])
def test_more_phrasings_of_demands(sentence):
    assert len(found(dept(sentence), "GW106")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "各设区市要根据本地实际情况，于3月底前完成春播任务。",
    "对各地报送的情况，我厅将在10个工作日内予以反馈。",
    "各地要于每月5日前在平台上更新项目进展情况，系统自动生成统计报表，不再另行报送。",
    "承办企业应于合同签订后5日内报送实施方案。",
    "各地要在收到举报后3日内将核查结果告知举报人。",
    "请项目单位负责人签字确认后于5月底前提交申请材料。",
    "申请人须在申请表上签字并报送所在地农业农村部门。",
    # a signing system named as a topic, not imposed
    "各设区市要落实领导干部签字背书制度的有关规定，防止层层加码。",
    "各地要加强对签字背书制度执行情况的监督检查，坚决纠正形式主义做法。",
    "不得层层要求签字背书，不得以签字代替落实。",
])
def test_more_phrasings_that_are_no_burden(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


@pytest.mark.parametrize("sentence,fires", [
    ("专题调研报告请直接呈报市长。", True),
    ("请于每月5日前将情况送县政府分管副县长审阅。", True),
    ("典型案例同时报送省政府分管领导阅示。", True),
    ("各地都已将情况报送省政府分管领导。", False),      # a practice described
    ("报告已呈送省长审阅。", False),
    ("报送省政府领导的专报要严格把关、精简篇幅。", False),  # an attribute
    ("典型案例经省政府办公厅报送省政府领导。", False),
])
def test_more_phrasings_of_direct_reports(sentence, fires):
    assert bool(found(dept(sentence), "GW107")) is fires, sentence


# ------------------------------------------------------------ issue 15 (h15g1): 资料 and 送交, activities' organisers
@pytest.mark.parametrize("sentence", [
    "各设区市报送的过程性资料须按月份分类装订成册，一式两份，于12月10日前送省农业农村厅种植业处。",
    "请各设区市农业农村局于12月10日前将评估资料报送我厅。",
    "请各设区市农业农村局于6月底前将工作总结送交我厅种植业处。",
])
def test_gw106_materials_named_ziliao_and_songjiao(sentence):
    assert len(found(dept(sentence), "GW106")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "各设区市文化广电新闻出版旅游局要严格大型营业性演出审批，演出举办单位须提交安全工作方案。",
    "活动主办单位应于活动举办前20日向属地公安机关提交安全工作方案。",
    "请各设区市农业农村局做好资料归档工作。",
    "我厅将于12月10日前将评估资料送交省政府。",
])
def test_gw106_no_report_by_the_recipients(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_gw106_unnumbered_table_with_other_headers(fmt, tmp_path):
    # one cell per line in .txt, no row numbers: the 报送-specific header cells make it a table
    src = ("@title 南昌市统计局关于做好季度经济运行分析材料报送工作的通知\n@doc_number 洪统字〔2026〕14号\n"
           "@recipients 各县（区）统计局：\n为及时掌握全市经济运行情况，现将有关事项通知如下。\n"
           "@table 填报主体|填报内容|报送时限\n@table 各县（区）统计局|季度经济运行分析报告|每季度结束后15日内\n"
           "@signature 南昌市统计局\n@date 2026年3月2日\n")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path)).findings if f.code == "GW106"]
    assert len(fs) == 1, fmt
    # the same table listing the issuer's own schedule asks nobody for anything
    own = src.replace("填报主体|填报内容|报送时限", "发布主体|发布内容|发布时间").replace(
        "各县（区）统计局|季度经济运行分析报告", "市统计局|季度地区生产总值")
    (tmp_path / "own").mkdir()
    assert [f for f in lint_path(render_draft(own, fmt, tmp_path / "own")).findings if f.code == "GW106"] == [], fmt


@pytest.mark.parametrize("sentence", [
    "人员发生变动的，各设区市要及时调整，请于每年3月31日前将调整后的名单报送我厅。",
    "各设区市农业农村局每年6月30日前将调整后的责任人花名册报我厅备案。",
])
def test_lists_due_every_year_are_standing_reports(sentence):
    assert len(found(dept(sentence), "GW106")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "请于3月10日前将参会人员名单报送我厅。",  # a one-off attendance list is no work material
    "重点排污单位应当于每月10日前通过全国污染源监测平台报送上月自行监测数据。",  # a regulated party's duty
    "纳入全国碳市场的重点排放单位应当于每年3月31日前报送上年度排放报告。",
    "电梯维护保养单位应当于每月5日前上传维保记录。",
])
def test_one_off_lists_and_regulated_parties_are_no_burden(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


# ------------------------------------------------------------ issue 15, holdout3 classes (h15c)
@pytest.mark.parametrize("body", [
    # the subject is in the sentence before: the demand falls on the 主送机关; 责任书/承诺书 are materials
    ("各设区市林业局要逐级签订森林防火目标责任书。请于4月30日前将责任书报送省林业局防火处。",),
    ("各设区市局应签订监管责任承诺书，请于7月15日前将承诺书报送省局食品生产处。",),
])
def test_gw106_pledges_handed_up_without_a_subject(body):
    fs = found(dept(*body), "GW106")
    assert len(fs) == 1 and fs[0].severity == "warning", body


def school_notice(*body: str, recipients: str = "各中小学校，各幼儿园：") -> str:
    return dept(*body, issuer="遵义市汇川区教育体育局", recipients=recipients,
                title="关于做好2026年秋季开学工作的通知", number="汇教体发〔2026〕39号")


def test_gw106_schools_addressed_by_their_bureau_are_lower_units():
    # 各校 / 各学校 as the subject, 报 + an office by its short name (股) as the addressee
    assert len(found(school_notice("各校于10月12日前将秋季开学工作自查报告报区教体局基础教育股。"), "GW106")) == 1
    assert len(found(school_notice("各学校要于10月12日前将自查报告报送区教体局。"), "GW106")) == 1
    # jieba reads 自查|表报|区: the form still ends at 表 and 报 is the verb
    assert len(found(school_notice("各学校于9月10日前将开学工作自查表报区教体局安全股。"), "GW106")) == 1
    assert found(school_notice("各校要加强报表报送管理。"), "GW106") == []  # 报送管理: no demand
    # the headmaster's signature is an error of its own
    fs = found(school_notice("请各校于9月18日前将自查报告报送区教体局。", "自查报告须由校长签字并加盖学校公章。"), "GW106")
    assert sorted(f.severity for f in fs) == ["error", "warning"]
    # schools not addressed stay third parties: a bureau writing to lower bureaus
    assert found(dept("学校要于每月5日前向主管部门报送食堂食材采购台账。"), "GW106") == []


@pytest.mark.parametrize("sentence", [
    "各地已于2026年2月底前报送了省级文化和旅游消费示范县申报材料。",  # done, not asked
    "根据申报工作安排，各市已按要求报送了本地区推荐材料。",
    "截至2026年6月底，已有9个设区市报送复核意见和总结材料。",
    "各设区市农业农村局要按照整改方案倒排工期，确保反馈问题按时整改到位。",  # 反馈问题: a noun
    "有关数据通过农业农村统计直报系统获取，不另行要求各地报送。",  # 不另行 is one token
    "春耕进度数据由系统提取，各地不再另行报送材料。",
])
def test_gw106_done_noun_or_negated_reports_are_no_demand(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


def test_gw106_autonomous_region_department_reports_itself():
    text = dept("重点任务推进情况，每季度由自治区商务厅直接报送自治区人民政府分管副主席。",
                issuer="广西壮族自治区商务厅", recipients="各设区市商务局：", number="桂商务发〔2026〕31号")
    assert found(text, "GW106") == []
    # …while the recipients' own quarterly report is still a demand
    asked = text.replace("由自治区商务厅直接报送自治区人民政府分管副主席", "由各设区市商务局报送自治区商务厅")
    assert len(found(asked, "GW106")) == 1


@pytest.mark.parametrize("sentence", [
    "请各设区市于3月20日前将已完成的春耕生产工作总结报送我厅。",  # 已 inside the object
    "各设区市要在已有基础上于6月底前报送工作总结。",  # 已有 without a count
    "各设区市已签订目标责任书的，请于4月底前将责任书报我厅。",  # 已 in a condition clause
    "请各设区市于3月20日前将督察反馈问题整改情况报送我厅。",  # 反馈问题 inside the material
])
def test_gw106_still_asks_despite_done_or_noun_words(sentence):
    assert len(found(dept(sentence), "GW106")) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "前期，各县（市、区）均已报送自查报告。",
    "上述材料各地已按时报送。",  # 按时 is an adverb, not a fresh demand
    "此项数据无需各地另行报送。",
])
def test_gw106_more_done_and_negated_reports(sentence):
    assert found(dept(sentence), "GW106") == [], sentence


def test_gw106_leading_group_office_is_checked_like_a_department():
    text = dept("请各设区市创建办于7月5日前将上半年创建工作总结报送省创建办综合组。",
                issuer="江西省创建文明城市工作领导小组办公室", recipients="各设区市创建办：",
                number="赣创文办〔2026〕7号")
    assert len(found(text, "GW106")) == 1


def test_gw106_table_with_a_date_cell_in_txt(tmp_path):
    # one cell per line in .txt: a date cell (2026年8月10日) inside the table stays in the table
    src = ("@title 合肥市数据资源局关于开展政务数据资源普查的通知\n@doc_number 合数据〔2026〕16号\n"
           "@recipients 各县（市）区数据资源管理部门：\n为摸清全市政务数据资源底数，有关事项安排如下：\n"
           "@table 序号|填报内容|截止时间|填报主体\n"
           "@table 1|政务数据资源目录更新情况|2026年8月10日|各县（市）区数据资源管理部门\n"
           "@table 2|公共数据开放需求清单|2026年8月20日|各县（市）区数据资源管理部门\n"
           "联系人：李翔，电话：0551-63511234。\n@signature 合肥市数据资源局\n@date 2026年7月22日\n")
    for fmt in ("txt", "docx"):
        (tmp_path / fmt).mkdir()
        fs = [f for f in lint_path(render_draft(src, fmt, tmp_path / fmt)).findings if f.code == "GW106"]
        assert len(fs) == 1, fmt
        assert "公共数据开放需求清单" in fs[0].message, fmt


# ------------------------------------------------------------ GW106 classes of round 7 (hC, issue 15)
@pytest.mark.parametrize("sentence", [
    "二、各设区市农业农村局审核汇总后，于8月15日前上传至省农业项目管理平台。",
    "请各设区市农业农村局将自查报告于9月30日前上传到全省农业执法监管系统。",
    "各设区市农业农村局组织县级农业农村部门，将春耕生产进度表上传至省农业农村统计系统。",
])
def test_gw106_upload_to_a_platform_is_a_submission(sentence):
    assert len(found(dept(sentence), "GW106")) == 1


@pytest.mark.parametrize("sentence", [
    "基层农技人员要及时将服务记录录入全省农技推广信息平台。",  # 录入: data entry, not handing up
    "各设区市农业农村局要将政策解读材料上传至本级政府门户网站。",  # publication, no platform of the issuer
    "请各设区市于3月5日前将参会回执发送至厅办公室电子邮箱。",  # a meeting's paperwork
])
def test_gw106_entries_publications_and_receipts_stay_quiet(sentence):
    assert found(dept(sentence), "GW106") == []


def test_gw106_scans_and_results_with_a_deadline_are_materials():
    assert len(found(dept("请各设区市农业农村局将盖章扫描件于10月15日前报送厅科教处。"), "GW106")) == 1
    assert len(found(dept("各设区市农业农村局要在10月31日前完成普查，按附件格式报送普查结果。"), "GW106")) == 1
    # without a deadline 结果 is no standing material
    assert found(dept("普查结果由各设区市农业农村局报送。"), "GW106") == []


def test_gw106_signing_a_pledge_is_a_leader_signature():
    fs = found(dept("二、各设区市农业农村局主要负责同志签署春耕生产安全承诺书。"), "GW106")
    assert [f.severity for f in fs] == ["error"]
    # 签署 of an agreement is no signature demanded of a leader
    assert found(dept("二、各设区市农业农村局要与种子企业签署合作协议。"), "GW106") == []


def _table_draft(*rows: str, lead: str = "有关材料按下表报送。") -> str:
    table = "\n".join(f"@table {r}" for r in rows)
    return (f"@title 江西省商务厅关于做好外贸稳增长工作的通知\n@doc_number 赣商务字〔2026〕5号\n"
            f"@recipients 各设区市商务局：\n为稳住外贸基本盘，现通知如下。\n一、加强重点企业服务。\n二、{lead}\n"
            f"{table}\n三、加强出口信用保险服务。\n@signature 江西省商务厅\n@date 2026年7月3日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw106_table_headers_on_the_second_row_and_other_words(fmt, tmp_path):
    # a title row spanning the table, then 填报内容｜截止时间｜责任人; the lead sentence names no material
    src = _table_draft("下半年报送事项一览||", "填报内容|截止时间|责任人", "外贸企业运行监测表|每月5日前|分管负责同志",
                       lead="有关工作按下表落实。")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert len(fs) == 1 and "外贸企业运行监测表" in fs[0].message and "责任人" not in fs[0].message
    src = _table_draft("需提交材料|提交时间|接收处室", "全年外贸工作总结|12月10日前|厅外贸处", lead="有关工作按下表落实。")
    assert len([f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]) == 1
    # a task table (工作任务｜完成时限｜责任人) asks for nothing to be handed up
    src = _table_draft("工作任务|完成时限|责任人", "开展重点企业走访|7月15日前|分管负责同志", lead="有关工作按下表落实。")
    assert [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"] == []


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_gw106_a_leaders_sign_column_is_an_error_a_clerks_is_not(fmt, tmp_path):
    src = _table_draft("设区市|承诺事项|主要负责同志签字", "||", lead="请于5月10日前将承诺表报送厅外贸处。")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert sorted(f.severity for f in fs) == ["error", "warning"]
    src = _table_draft("设区市|出口额|填表人签字", "||", lead="请于5月10日前将统计表报送厅外贸处。")
    fs = [f for f in lint_path(render_draft(src, fmt, tmp_path), cfg()).findings if f.code == "GW106"]
    assert [f.severity for f in fs] == ["warning"]

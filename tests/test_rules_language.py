"""Family 8 (标点、数字、用词) on drafts written for these tests and on the real corpus."""
from __future__ import annotations

import glob
import tomllib

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.config import apply_table, load_config
from gwlint.data import data_path

from .conftest import CORPUS, POLICY, need
from .test_rules_format import apply_fix, draft


def body_draft(*paras: str) -> str:
    return draft(body=["为切实做好春季森林防火工作，现将有关事项通知如下。", *paras])


def lint(text: str, code: str, **options):
    cfg = load_config()
    table = {"select": [code]}
    if options:
        table["options"] = options
    apply_table(cfg, table, "test")
    return lint_bytes(text.encode(), "draft.txt", cfg).findings


BODY1 = 5  # line of the first paragraph passed to body_draft


# ------------------------------------------------------------------ GW801
def apply_all(text: str, fixes: list[dict]) -> str:
    """Apply disjoint edits (dicts as in a fix's "edits") right to left."""
    lines = text.split("\n")
    spans = sorted(((x["line"], x["start"], x["end"]) for x in fixes))
    assert all(a[0] != b[0] or a[2] <= b[1] for a, b in zip(spans, spans[1:])), "overlapping fixes"
    for x in sorted(fixes, key=lambda x: (x["line"], -x["start"])):
        ln = lines[x["line"] - 1]
        lines[x["line"] - 1] = ln[:x["start"]] + x["replacement"] + ln[x["end"]:]
    return "\n".join(lines)


def test_gw801_one_finding_per_paragraph_with_count_and_exact_fixes():
    para = "各地要加强监测,及时发布预警;对重点区域(林区、景区)要加密巡查:确保不漏一处!"
    text = body_draft(para)
    f = lint(text, "GW801")
    assert len(f) == 1
    v = f[0]
    assert v.line == BODY1 and v.data["count"] == 6 and "6 处" in v.message
    # one fix of exact one-character edits, one per mark
    edits = v.fix.to_dict()["edits"]
    assert [para[x["start"]] for x in edits] == [",", ";", "(", ")", ":", "!"]
    assert all(x["end"] - x["start"] == 1 for x in edits) and v.fix.safe
    assert apply_all(text, edits).split("\n")[BODY1 - 1] == \
        "各地要加强监测，及时发布预警；对重点区域（林区、景区）要加密巡查：确保不漏一处！"


def test_gw801_fixes_never_overlap_a_word_fix_in_between():
    text = body_draft("各地要加强监测,截止2026年3月底,其它事项另行通知!")
    cfg = load_config()
    apply_table(cfg, {"select": ["GW801", "GW803"]}, "test")
    f = lint_bytes(text.encode(), "draft.txt", cfg).findings
    assert sorted(x.code for x in f) == ["GW801", "GW803", "GW803"]
    fixes = [e for x in f for e in x.fix.to_dict()["edits"]]
    assert apply_all(text, fixes).split("\n")[BODY1 - 1] == "各地要加强监测，截至2026年3月底，其他事项另行通知！"


def test_gw801_leaves_the_title_end_to_gw703():
    text = draft(title="江西省人民政府办公厅关于做好春季森林防火工作的通知,")
    cfg = load_config()
    apply_table(cfg, {"select": ["GW703", "GW801"]}, "test")
    f = lint_bytes(text.encode(), "draft.txt", cfg).findings
    assert [(x.code, x.fix.replacement) for x in f] == [("GW703", "")]
    assert [x.fix.replacement for x in lint(text, "GW801")] == ["，"]


def test_gw801_numbers_urls_mail_english_and_doc_numbers_are_not_flagged():
    paras = ["全年完成投资1,500亿元，会议9:00开始，增长1.5%。",
             "详见http://www.jiangxi.gov.cn/art/2019/3/1/art_1.html?id=3,4，或发送邮件至fire@jxly.gov.cn。",
             "会议主题为“Forests, People and Climate (2026)”，另见附件。",
             "依据《通知》（国办发(2019)3号）执行。"]
    assert lint(body_draft(*paras), "GW801") == []


def test_gw801_straight_quotes_in_chinese():
    text = body_draft('开展"双随机、一公开"监管。')
    f = lint(text, "GW801")
    assert len(f) == 1
    assert apply_all(text, f[0].fix.to_dict()["edits"]).split("\n")[BODY1 - 1] == "开展“双随机、一公开”监管。"


# ------------------------------------------------------------------ GW802
def test_gw802_unpaired_marks():
    f = lint(body_draft("认真贯彻《中华人民共和国森林法，加强林区管理。"), "GW802")
    assert len(f) == 1 and "书名号" in f[0].message and f[0].line == BODY1
    f = lint(body_draft("各市（区要加强领导。"), "GW802")
    assert len(f) == 1 and "括号" in f[0].message


def test_gw802_double_quotes_balance_across_the_document():
    f = lint(body_draft("开展“双随机、一公开“监管。"), "GW802")
    assert len(f) == 1 and f[0].fix.replacement == "”"
    f = lint(body_draft("开展“双随机、一公开监管。", "各地要落实。"), "GW802")
    assert len(f) == 1 and "左引号" in f[0].message


def test_gw802_negatives():
    paras = ["（一）加强领导。各地要按照《森林法》《森林防火条例》（2008年修订）要求落实“党政同责”。",
             "1）各地要落实责任。",  # a list marker with one bracket
             "开展（“双随机、一公开”）监管（见附件）。"]
    assert lint(body_draft(*paras), "GW802") == []


def test_gw802_title_wrapped_over_two_lines_is_paired():
    text = "江西省人民政府关于贯彻《中华人民共和国\n森林法》的通知\n赣府发〔2026〕1号\n各设区市人民政府：\n现通知如下。\n江西省人民政府\n2026年1月5日\n"
    assert lint(text, "GW802") == []


# ------------------------------------------------------------------ GW803
@pytest.mark.parametrize("para,wrong,right", [
    ("截止2025年底，全省共建成防火隔离带500公里。", "截止", "截至"),
    ("其它事项另行通知。", "其它", "其他"),
    ("省政府已做出部署，各地要抓好落实。", "做出", "作出"),
    ("各地要建立隐患台帐，逐项销号。", "台帐", "台账"),
    ("对发现的问题要及时反应情况。", "反应", "反映"),
    ("严禁泄漏国家秘密。", "泄漏", "泄露"),
    ("这些问题急待解决。", "急待", "亟待"),
    ("要认真步署春季防火工作。", "步署", "部署"),
])
def test_gw803_confused_words_are_fixed(para, wrong, right):
    text = body_draft(para)
    f = lint(text, "GW803")
    assert len(f) == 1, [x.message for x in f]
    v = f[0]
    assert v.fix.replacement == right and text.split("\n")[BODY1 - 1][v.fix.start:v.fix.end] == wrong


@pytest.mark.parametrize("para", [
    "申报截止日期为2026年3月1日。",
    "报名于3月1日截止。",
    "严禁在林区烧荒，严禁鱼塘周边用火。",
    "周末来访人员须登记。",
    "化学品泄漏事故要及时处置。",
    "参加人员名单另行通知。",
])
def test_gw803_correct_usage_is_silent(para):
    assert lint(body_draft(para), "GW803") == []


@pytest.mark.parametrize("para,wrong,right", [
    ("各地要加快制订地方性法规。", "制订", "制定"),
    ("组织人员赴浙江考查森林防火经验。", "考查", "考察"),
    ("省林业局组织实地考查。", "考查", "考察"),
    ("对失实报道，省林业局已发表申明。", "申明", "声明"),
    ("规划经省政府常务会议审订通过。", "审订", "审定"),
    ("确保完成预订目标任务。", "预订", "预定"),
    ("全省生态建设取得了举世侧目的成就。", "侧目", "瞩目"),
    ("办理政协委员提出的议案。", "议案", "提案"),
    ("省通讯管理局要保障应急通信。", "通讯", "通信"),
])
def test_gw803_judgement_pairs_in_a_certain_context(para, wrong, right):
    text = body_draft(para)
    f = lint(text, "GW803")
    assert len(f) == 1, [x.message for x in f]
    v = f[0]
    assert v.fix.replacement == right and text.split("\n")[BODY1 - 1][v.fix.start:v.fix.end] == wrong


@pytest.mark.parametrize("para", [
    "各地要制订工作方案。",  # 制订方案: both forms are in use
    "通过笔试考查学生的学习效果。",
    "郑重申明理由。",
    "文稿由专家审订。",
    "提前预订会议室。",
    "他的做法令人侧目。",
    "向人大常委会提出议案。",
    "完善预警通讯系统，新华通讯社记者参加。",
    "人大代表的建议和政协委员的提案。",
])
def test_gw803_judgement_pairs_elsewhere_are_silent(para):
    assert lint(body_draft(para), "GW803") == []


def test_gw803_proposal_of_a_deputy_has_no_single_fix():
    f = lint(body_draft("办理人大代表提出的提案。"), "GW803")
    assert len(f) == 1 and f[0].fix is None and "议案" in f[0].message


def test_gw803_table_covers_the_66_pairs():
    data = tomllib.loads(data_path("confused_words.toml").read_text(encoding="utf-8"))
    ids = sorted(p["id"] for p in data["pair"])
    assert ids == list(range(1, 67))
    for p in data["pair"]:
        assert p.get("judgement") or p.get("match"), p["id"]


def test_gw803_formulation_with_a_start_date():
    assert len(lint(body_draft("深入开展打黑除恶专项斗争。"), "GW803")) == 1
    old = draft(body=["深入开展打黑除恶专项斗争。"], date="2010年5月4日")
    assert lint(old, "GW803") == []


# ------------------------------------------------------------------ GW804
def test_gw804_number_usage():
    text = body_draft("森林覆盖率提高10%-20%，19年3月底前完成，2026年03月05日起施行。")
    f = lint(text, "GW804")
    assert len(f) == 3, [x.message for x in f]
    line = text.split("\n")[BODY1 - 1]
    fixed = line
    for v in sorted(f, key=lambda v: -v.fix.start):
        fixed = fixed[:v.fix.start] + v.fix.replacement + fixed[v.fix.end:]
    assert fixed == "森林覆盖率提高10%～20%，2019年3月底前完成，2026年3月5日起施行。"


@pytest.mark.parametrize("para,fixed", [
    ("2014-2020年规划期内完成。", "2014—2020年规划期内完成。"),
    ("2014年-2020年规划期内完成。", "2014年—2020年规划期内完成。"),
    ("2021~2025年度预算。", "2021—2025年度预算。"),
    # a cited title typed with a hyphen: the State Council's own titles print —
    ("根据《社会信用体系建设规划纲要（2014-2020年）》，现通知如下。",
     "根据《社会信用体系建设规划纲要（2014—2020年）》，现通知如下。"),
])
def test_gw804_year_spans_take_the_yizixian(para, fixed):
    text = body_draft(para)
    f = lint(text, "GW804")
    assert len(f) == 1 and "一字线" in f[0].message
    assert apply_fix(text, f[0]).split("\n")[BODY1 - 1] == fixed


def test_gw804_year_spans_and_plain_numbers_are_fine():
    paras = ["《规划（2021—2035年）》实施以来，10年间增长1.5倍，第3-2号文件。",
             "2021～2025年每年安排资金。",  # GB/T 15835 accepts ～ for a range
             "《乡村振兴战略规划（2018－2022年）》",  # a title printed with the full-width hyphen
             "2025-2026学年，电话0791-2020，2020-2014年。"]
    assert lint(body_draft(*paras), "GW804") == []


def test_gw804_short_year_after_chinese_and_durations():
    text = body_draft("各地于26年3月底前完成整改。")
    f = lint(text, "GW804")
    assert len(f) == 1 and f[0].fix.replacement == "2026"
    assert lint(body_draft("他已连续工作19年3个月，历时20年3月完工。"), "GW804") == []


# ------------------------------------------------------------------ GW805
def test_gw805_phrasing_and_user_entries():
    text = body_draft("坚持以习近平为核心的党中央的坚强领导，增强“四个自信”。")
    f = lint(text, "GW805")
    assert len(f) == 2
    fixed = text.split("\n")[BODY1 - 1]
    for v in sorted(f, key=lambda v: -v.fix.start):
        fixed = fixed[:v.fix.start] + v.fix.replacement + fixed[v.fix.end:]
    assert fixed == "坚持以习近平同志为核心的党中央的坚强领导，坚定“四个自信”。"
    custom = body_draft("请省人社厅牵头落实。")
    assert lint(custom, "GW805") == []
    f = lint(custom, "GW805", phrasing=[{"wrong": "省人社厅", "right": "省人力资源社会保障厅"}])
    assert len(f) == 1 and f[0].fix.replacement == "省人力资源社会保障厅"


# ------------------------------------------------------------------ GW806
def test_gw806_repeated_chars():
    text = body_draft("加强对森林防火工作的的监督检查。")
    f = lint(text, "GW806")
    assert len(f) == 1
    assert apply_fix(text, f[0]).split("\n")[BODY1 - 1] == "加强对森林防火工作的监督检查。"
    ok = body_draft("各地要常常检查，层层压实责任，2025年年底前完成，人人参与，一一登记。")
    assert lint(ok, "GW806") == []


def test_gw806_aabb_forms_and_a_doubled_zai():
    # reduplicated AABB forms are deliberate, even when jieba splits them
    assert lint(body_draft("要实实在在抓落实，做到清清楚楚、明明白白、方方面面。"), "GW806") == []
    text = body_draft("各地要在在全省范围内开展检查。")
    f = lint(text, "GW806")
    assert len(f) == 1 and apply_fix(text, f[0]).split("\n")[BODY1 - 1] == "各地要在全省范围内开展检查。"


# ------------------------------------------------------------------ corpus
def test_family8_on_real_documents_only_reports_real_errors():
    files = sorted(glob.glob(str(need(CORPUS / "govcn") / "*.txt")))
    files += [str(need(CORPUS / "govdoc-cn" / "397.pdf")), str(need(POLICY))]
    cfg = load_config()
    apply_table(cfg, {"select": ["GW8"]}, "test")
    by_file: dict[str, list] = {}
    for path in files:
        for f in lint_path(path, cfg).findings:
            by_file.setdefault(path.rsplit("/", 1)[-1], []).append(f)
    policy = by_file.pop("ganfufa-2019-3.txt")
    # the policy is a web copy typed with half-width punctuation: one finding per paragraph
    hw = [f for f in policy if f.code == "GW801"]
    assert len(hw) == 26 and sum(f.data["count"] for f in hw) >= 200
    assert {f.code for f in policy} == {"GW801", "GW804"}  # and 2-3个 → 2～3个
    got = sorted((name, f.code, f.line) for name, fs in by_file.items() for f in fs)
    # 397.pdf cites 国发〔2014〕21号 as 规划纲要（2014-2020年）: the title prints 2014—2020年
    # (lines of .txt files are the files' own lines; 397.pdf's are paragraphs)
    # 做出 before an abstract object after a modifier: 做出信用承诺 (397.pdf), 做出评估和判断 (41.txt)
    # 23.txt (a geological survey) gives ranges with a hyphen: 480-560米, 1-5毫米 → ～
    assert got == [("07.txt", "GW801", 41), ("07.txt", "GW801", 42), ("23.txt", "GW804", 19),
                   ("23.txt", "GW804", 19), ("23.txt", "GW804", 21), ("23.txt", "GW804", 21), ("32.txt", "GW801", 19),
                   ("33.txt", "GW801", 18), ("397.pdf", "GW803", 26), ("397.pdf", "GW804", 7),
                   ("41.txt", "GW801", 25), ("41.txt", "GW801", 26), ("41.txt", "GW803", 100),
                   ("41.txt", "GW803", 102)]
    total = len(policy) + len(got) + 1  # + the one family-7 finding
    assert total <= len(files)


# ------------------------------------------------------------------ issue 15 classes (GW802, GW803, GW804)
@pytest.mark.parametrize("paras", [
    # a quotation over several paragraphs: each opens with “, only the last closes (GB/T 15834-2011 4.1.3.1)
    ["《条例》第十六条规定：", "“起草单位应当送审。", "“未经审核的，不得提交审议。”", "各地要严格落实。"],
    ["通知提出：", "“严格控制发文数量。", "“严格控制会议。", "“严格控制检查考核。”"],
])
def test_gw802_quotation_over_several_paragraphs_is_paired(paras):
    assert lint(body_draft(*paras), "GW802") == []


def test_gw802_an_opener_inside_a_paragraph_is_not_continued_by_the_next():
    f = lint(body_draft("各地要开展“无废城市建设，年底前完成摸底。", "“十四五”期间要持续推进。"), "GW802")
    assert len(f) == 1 and f[0].line == BODY1 and "左引号" in f[0].message


@pytest.mark.parametrize("para", ["依托“赣服通\"平台办理。", "通过\"赣政通”推送。", "基于“数据+场景\"双轮驱动。"])
def test_gw802_leaves_a_half_width_quote_to_gw801(para):
    text = body_draft(para, "各地要落实。")
    assert lint(text, "GW802") == []
    assert [f.code for f in lint(text, "GW801")] == ["GW801"]


def test_gw803_zuochu_before_a_misspelled_bushu():
    f = lint(body_draft("国家统计局年初已做出了统一布署，各设区市要认真落实。"), "GW803")
    assert sorted(x.data["wrong"] for x in f) == ["做出", "布署"]


@pytest.mark.parametrize("para,wrong", [
    ("到27年底，全市建成高标准农田300万亩。", "27"),
    ("截至25年末，累计完成投资80亿元。", "25"),
    ("26年上半年完成主体工程。", "26"),
])
def test_gw804_short_year_before_a_part_of_the_year(para, wrong):
    f = lint(body_draft(para), "GW804")
    assert len(f) == 1 and "年份不能简写" in f[0].message and wrong in f[0].message


@pytest.mark.parametrize("para", ["历时25年底蕴深厚。", "近20年末端治理成效明显。", "（赣市府办发〔２０１１〕４２号）已废止。",
                                  "２０２６年５月底前完成。"])
def test_gw804_durations_and_full_width_years_are_no_short_years(para):
    assert lint(body_draft(para), "GW804") == []


@pytest.mark.parametrize("para,span", [("5-8月为项目建设攻坚期。", "5-8月"), ("每年7－9月实行禁渔。", "7－9月")])
def test_gw804_span_of_months_takes_the_dash(para, span):
    f = lint(body_draft(para), "GW804")
    assert len(f) == 1 and span in f[0].message and f[0].fix.replacement == "—"


@pytest.mark.parametrize("para", ["联系电话：0798-8567321，传真：0798-12月。", "2026-5-8月", "8-5月的数据有误。",
                                  "GB/T 9704-2012", "1～3月累计完成投资。"])
def test_gw804_no_month_span(para):
    assert [f for f in lint(body_draft(para), "GW804") if "月份" in f.message] == []


# ------------------------------------------------------------------ holdout classes (GW803–GW806)
@pytest.mark.parametrize("para,wrong", [
    ("信访事项办结后应在15日内做出书面答复。", "做出"),
    ("县政府已做出停工整改决定。", "做出"),
    ("省委省政府对此做出专门部署。", "做出"),
])
def test_gw803_zuochu_before_an_abstract_object(para, wrong):
    f = lint(body_draft(para), "GW803")
    assert [x.data["wrong"] for x in f] == [wrong] and f[0].fix.replacement == "作出"


@pytest.mark.parametrize("para", [
    "合作社做出了新产品，销路很好。",
    "按照《关于做出书面答复有关事项的规定》执行。",  # a cited title is left as written
    "推荐《月亮和其它故事》《其它的风景》等作品参评。",
])
def test_gw803_quoted_titles_and_concrete_objects_are_silent(para):
    assert lint(body_draft(para), "GW803") == []


def test_gw803_outside_the_title_marks_still_fires():
    f = lint(body_draft("《水利工程管理办法》对其它事项未作规定。"), "GW803")
    assert [x.data["wrong"] for x in f] == ["其它"]


@pytest.mark.parametrize("para,wrong,right", [
    ("全县共排查危旧房屋三百二十七栋。", "三百二十七", "327"),
    ("今年新建农村公路四十五公里，改造桥梁十二座。", "四十五", "45"),
    ("累计发放补贴一千二百万元。", "一千二百", "1200"),
])
def test_gw804_chinese_numerals_in_counts(para, wrong, right):
    f = lint(body_draft(para), "GW804")
    assert f and f[0].data.get("wrong") == wrong and f[0].fix.replacement == right, [x.message for x in f]


@pytest.mark.parametrize("para", [
    "坚决打好三大攻坚战，编制“十四五”规划，做到两个维护。",
    "一是加强领导，二是压实责任；第一批试点共七个方面的任务。",
    "召开党的二十大和十四届全国人大二次会议精神学习会，三百多名干部参加，十几个单位、三四十人列席。",
    "全省千家万户受益，十万火急的事要马上办，进入世界五百强。",
])
def test_gw804_fixed_expressions_and_approximations_are_silent(para):
    assert lint(body_draft(para), "GW804") == []


@pytest.mark.parametrize("para,wrong,right", [
    ("由县人力资源与社会保障局牵头落实。", "人力资源与社会保障", "人力资源和社会保障"),
    ("请市住房与城乡建设局会同有关部门落实。", "住房与城乡建设", "住房和城乡建设"),
    ("省农业和农村厅、省卫生与健康委员会负责综合协调。", "农业和农村", "农业农村"),
])
def test_gw805_and_swapped_in_an_official_body(para, wrong, right):
    text = body_draft(para)
    f = lint(text, "GW805")
    assert f and text.split("\n")[BODY1 - 1][f[0].fix.start:f[0].fix.end] == wrong, [x.message for x in f]
    assert apply_fix(text, f[0]).split("\n")[BODY1 - 1] == para.replace(wrong, right)


@pytest.mark.parametrize("para", [
    "由县人力资源和社会保障局、县住房和城乡建设局牵头落实。",
    "统筹推进人力资源与社会保障事业发展，促进发展与改革协同。",
    "省发展和改革委员会、省农业农村厅、人力资源社会保障部、发展改革委负责综合协调。",
])
def test_gw805_standard_body_names_and_plain_phrases_are_silent(para):
    assert lint(body_draft(para), "GW805") == []


@pytest.mark.parametrize("para", [
    "截至目前，各乡镇已经上报了了全部整改台账。",
    "会议研究了了三项议题。",
    "县财政局下达了了年度资金计划。",
])
def test_gw806_doubled_le(para):
    text = body_draft(para)
    f = lint(text, "GW806")
    assert len(f) == 1 and apply_fix(text, f[0]).split("\n")[BODY1 - 1] == para.replace("了了", "了")


@pytest.mark.parametrize("para", [
    "对群众反映的问题，决不能不了了之。",
    "整改不能指望一了百了，要建立长效机制。",
    "对辖区风险点要心中了了分明，信访件不能一转了之、不了了之。",
])
def test_gw806_le_le_in_words_is_silent(para):
    assert lint(body_draft(para), "GW806") == []


def test_gw804_periods_and_articles_keep_chinese_numerals():
    assert lint(body_draft("申请人应在十五个工作日内补正，逾期二十个月不再受理。"), "GW804") == []
    arts = body_draft("第一条 为规范数据管理，制定本办法。", "第二条 各单位在三十个工作日内登记，每年抽查二十个单位。")
    assert lint(arts, "GW804") == []


# ------------------------------------------------------------ h15fmt classes (issue 15)
@pytest.mark.parametrize("para,fires", [
    ("经研究，省科学技术厅做出如下决定。", True),
    ("省政府已做出专门部署。", True),
    # 做出贡献 and 作出贡献 are both in use (the State Council's own texts write both): left alone
    ("为全省科技创新做出了突出贡献。", False),
    ("为国家发展做出了贡献。", False),
    ("为全市陶瓷产业发展作出了积极贡献的，予以表彰。", False),
    ("参赛企业要在6月底前做出参赛样品。", False),
])
def test_gw803_zuochu_only_before_abstract_acts(para, fires):
    f = lint(body_draft(para), "GW803")
    assert (len(f) == 1 and f[0].fix.replacement == "作出") if fires else f == []


@pytest.mark.parametrize("paras,fires", [
    (["市政府在有关文件中明确要求：“一、落实养护主体责任；", "“二、县道、乡道、村道分别由县、乡、村负责养护；", "“三、每年组织一次技术状况评定。”"], False),
    (["“一、落实养护主体责任；", "“二、每年组织一次技术状况评定。”"], False),
    # the opener is not continued: the next paragraph does not open with “
    (["市政府明确要求：“落实养护主体责任。", "各乡镇要在6月底前完成评定。"], True),
])
def test_gw802_quotation_over_paragraphs_may_have_a_lead_in(paras, fires):
    f = lint(body_draft(*paras), "GW802")
    assert len(f) == (1 if fires else 0)


# A plenary session is numbered by the Central Committee (届), not by the congress (大).
@pytest.mark.parametrize("wrong,right", [("党的二十大三中全会", "党的二十届三中全会"),
                                         ("十九大四中全会", "十九届四中全会"), ("党的十八大六中全会", "党的十八届六中全会")])
def test_gw805_plenum_numbered_by_congress(wrong, right):
    text = body_draft(f"各地要深入学习贯彻{wrong}精神。")
    f = lint(text, "GW805")
    assert len(f) == 1 and right.replace("党的", "") in f[0].message


@pytest.mark.parametrize("para", ["深入学习贯彻党的二十大和二十届三中全会精神。", "党的十八大以来，全省工作取得新成效。",
                                  "贯彻落实党的二十届四中全会精神。"])
def test_gw805_congress_and_plenum_written_right_are_silent(para):
    assert lint(body_draft(para), "GW805") == []


# Ranges take ～ whatever their unit (成、℃、天、毫米、户 …); phone numbers and year spans are not ranges of values.
@pytest.mark.parametrize("rng", ["偏多1-2成", "偏高1-2℃", "培训3-5天", "降水量50-100毫米", "每村20-30户", "提高1-2个百分点"])
def test_gw804_ranges_with_other_units(rng):
    f = lint(body_draft(f"预计今年{rng}，各地要做好准备。"), "GW804")
    assert len(f) == 1 and "～" in f[0].message


def test_gw804_phone_numbers_are_no_ranges():
    assert lint(body_draft("联系电话：0791-86765432，请于工作日联系。"), "GW804") == []


# One unclosed “ before a quotation that is closed is one problem, reported once at the unclosed opener.
@pytest.mark.parametrize("para,col", [("打造“赣品网上行品牌，决定开展“赣品网上行”活动。", 2),
                                      ("各地要按“放管服改革要求，开展“一件事一次办”试点。", 4)])
def test_gw802_unclosed_quote_before_a_closed_one_is_one_finding(para, col):
    f = lint(body_draft(para), "GW802")
    assert len(f) == 1 and "没有对应的右引号" in f[0].message and f[0].column - 1 == col


def test_gw802_a_wrong_way_closer_is_still_reported_once():
    f = lint(body_draft("开展“百日行动“，确保实效。"), "GW802")
    assert len(f) == 1 and "应为”" in f[0].message


# ------------------------------------------------------------------ issue 15, holdout3/fmt classes (hfmt)
def test_gw804_range_with_magnitude_on_both_ends():
    text = body_draft("对考核优秀的县给予1亿-3亿元奖补，对单个项目给予20万-50万元补助。")
    f = lint(text, "GW804")
    assert [(x.fix.replacement, "万" in x.message or "亿" in x.message) for x in f] == [("～", True)] * 2
    assert lint(body_draft("对单个项目给予20万～50万元补助，处3万元至5万元罚款。"), "GW804") == []


def test_gw804_percentage_in_words_is_a_statistic():
    text = body_draft("全市生产总值同比增长百分之七点八，税收占比达到百分之三十五。")
    f = lint(text, "GW804")
    assert [x.data["right"] for x in f] == ["7.8%", "35%"]
    assert lint(body_draft("做到问题产品百分之百下架。"), "GW804") == []


def test_gw805_core_formula_with_any_title_but_tongzhi():
    for wrong in ("以习近平总书记为核心的党中央", "以习近平主席为核心的党中央", "以习近平为核心的党中央"):
        f = lint(body_draft(f"要坚决维护{wrong}权威。"), "GW805")
        assert len(f) == 1 and "以习近平同志为核心的党中央" in f[0].message, wrong
    assert lint(body_draft("贯彻习近平总书记重要讲话精神，维护以习近平同志为核心的党中央权威。"), "GW805") == []


def test_gw806_preposition_before_a_word_starting_with_it_is_no_duplicate():
    ok = body_draft("要对对口支援项目实行清单管理，对对方提供的材料逐项核实，要要求乡镇按时完成。")
    assert lint(ok, "GW806") == []

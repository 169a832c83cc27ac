"""GW104 directive-to-lower-government and GW105 distribution-too-wide; sentence helpers."""
from __future__ import annotations

import glob

import pytest

from gwlint.api import lint_bytes, lint_path
from gwlint.docgen import parse_marked, plain_text
from gwlint.segment import tokenize
from gwlint.sentences import find_directives, quoted_spans
from gwlint.units import find_units

from .drafts import finding_key, render_draft
from .conftest import CORPUS, POLICY, REPO, need

SAMPLE = REPO / "sample_docs" / "src" / "dept-directive.gw"


def codes(result, *wanted):
    return [f for f in result.findings if f.code in wanted]


def lint_text(text: str):
    return lint_bytes(text.encode("utf-8"), "draft.txt")


def sample_text() -> str:
    return plain_text(parse_marked(need(SAMPLE).read_text(encoding="utf-8")))


def _variant(source: str, fmt: str, tmp_path):
    return lint_path(render_draft(source, fmt, tmp_path))


_key = finding_key


# ------------------------------------------------------------ sentence helpers
def _directives(text):
    subjects = [(u.start, u.end) for u in find_units(text) if u.kind == "government"]
    return find_directives(text, tokenize(text), subjects)


def test_directive_detector_positive_forms():
    for text, trigger in [
        ("各设区市人民政府要于3月底前将任务分解到县。", "要"),
        ("各县（市、区）人民政府必须把撂荒地复耕作为硬任务。", "必须"),
        ("各地在推进过程中务必守住耕地红线。", "务必"),
        ("各地一律不得设卡收费。", "一律"),
        ("现要求各地于4月底前完成整改。", "要求"),
        # the issuer's own text is not reported speech
        ("本通知要求各地于4月底前完成整改。", "要求"),
        ("党中央、国务院部署以来，各地要继续加大力度。", "要"),
    ]:
        ds = _directives(text)
        assert len(ds) == 1, text
        assert ds[0].trigger == trigger, text
        assert (ds[0].start, ds[0].end) == (0, len(text))


def test_directive_detector_negatives():
    for text in [
        "一些低洼田块不得不推迟翻耕。",
        "基层干部舍不得放下手中的农活，各地恨不得早一天完成。",
        "按照农业农村部春季农业生产工作要求，结合我省实际，现通知如下。",
        "按照要求各地已完成摸底。",
        "各地的有关要求已经落实。",
        "国务院办公厅通知指出：“各地要加强组织领导，确保任务落实。”",
        "各地无须另行报送材料。",
        "《关于各地要加强春耕生产的通知》已印发。",
        # reported speech of a higher body, without quotes
        "国务院要求各地于4月底前完成整改。",
        "《通知》指出，各地要加强组织领导。",
        "国务院办公厅通知明确，各地要加强组织领导。",
        "会议强调，各地要守住耕地红线。",
    ]:
        assert _directives(text) == [], text


def test_quoted_spans():
    text = "文件指出“各地要加强领导”，并印发《实施方案》。"
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["“各地要加强领导”", "《实施方案》"]


# ------------------------------------------------------------ GW104
def test_sample_draft_directive_sentences():
    text = sample_text()
    r = lint_text(text)
    fs = codes(r, "GW104")
    assert len(fs) == 7
    assert all(f.severity == "error" for f in fs)
    subjects = [f.data["subject"] for f in fs]
    assert subjects.count("各设区市人民政府") == 4 and subjects.count("各县（市、区）人民政府") == 3
    assert [f.data["trigger"] for f in fs] == ["要", "必须", "务必", "要", "应当", "要", "须"]
    for f in fs:
        assert "江西省农业农村厅" in f.message and "各设区市人民政府、各县（市、区）人民政府" in f.message
        assert f.excerpt.startswith(f.data["subject"])  # the finding spans the sentence
        assert "不得不" not in f.excerpt and "按照" not in f.excerpt
    # one finding per sentence, never two on the same span
    assert len({(f.line, f.column) for f in fs}) == 7


def test_sample_draft_identical_across_formats(tmp_path):
    src = need(SAMPLE).read_text(encoding="utf-8")
    got = {fmt: _key(codes(_variant(src, fmt, tmp_path), "GW104", "GW105")) for fmt in ("txt", "docx", "pdf")}
    assert len(got["txt"]) == 7
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


def test_government_approval_exempts():
    text = sample_text().replace("按照农业农村部", "经省人民政府同意，按照农业农村部")
    assert codes(lint_text(text), "GW104") == []
    text = sample_text().replace("按照农业农村部", "经省政府同意，按照农业农村部")
    assert codes(lint_text(text), "GW104") == []


def test_recipient_departments_are_fine():
    text = sample_text().replace("各设区市人民政府，各县（市、区）人民政府：", "各设区市农业农村局，各县（市、区）农业农村局：")
    text = text.replace("各设区市人民政府要", "各设区市农业农村局要").replace("各县（市、区）人民政府必须", "各县（市、区）农业农村局必须")
    assert codes(lint_text(text), "GW104") == []


def test_government_office_may_direct_lower_governments():
    text = sample_text().replace("江西省农业农村厅关于", "江西省人民政府办公厅关于").replace(
        "江西省农业农村厅文件", "江西省人民政府办公厅文件")
    r = lint_text(text)
    assert codes(r, "GW104") == []
    # the same sentences are still found as directives: only the issuer's kind differs
    assert len(codes(lint_text(sample_text()), "GW104")) == 7


def test_quoted_higher_document_is_not_an_order():
    text = "\n".join([
        "江西省农业农村厅关于转达国务院春耕生产电视电话会议精神的通知",
        "赣农字〔2026〕9号",
        "各设区市人民政府：",
        "国务院春耕生产电视电话会议强调：“各地要压实粮食安全党政同责，确保粮食播种面积稳定。”现将会议精神通报如下。",
        "有关要求请结合实际抓好落实。",
        "江西省农业农村厅",
        "2026年2月10日",
    ]) + "\n"
    assert codes(lint_text(text), "GW104") == []


# ------------------------------------------------------------ GW105
def _office(recipients: str, body: list[str]) -> str:
    return "\n".join([
        "江西省人民政府办公厅关于做好2026年政务数据共享工作的通知",
        "赣府厅字〔2026〕15号",
        recipients,
        "为做好政务数据共享工作，现就有关事项通知如下。",
        *body,
        "江西省人民政府办公厅",
        "2026年3月5日",
    ]) + "\n"


DEPT_ONLY = [
    "一、完善共享目录。省数据局要会同省发展改革委编制共享目录，6月底前发布。",
    "二、建设共享平台。省数据局负责平台建设和运维，省财政厅负责经费保障。",
    "三、加强安全管理。省公安厅要加强数据安全监测。",
]


def test_work_only_on_provincial_departments_but_sent_to_cities_and_counties():
    r = lint_text(_office("各市、县（区）人民政府，省政府各部门：", DEPT_ONLY))
    fs = codes(r, "GW105")
    assert len(fs) == 1
    assert fs[0].line == 3 and fs[0].severity == "warning"
    assert "各市、县（区）人民政府" in fs[0].message and "不发到市、县（区）政府" in fs[0].message


def test_work_on_cities_only_but_sent_to_counties():
    body = DEPT_ONLY + ["四、各设区市人民政府要明确本地区数据共享责任人，4月底前报省数据局备案。"]
    fs = codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105")
    assert len(fs) == 1 and fs[0].data["idle_levels"] == ["county"]
    assert "不发到县（市、区）政府" in fs[0].message


def test_distribution_matching_the_work_is_fine():
    # sent to departments only
    assert codes(lint_text(_office("省政府各部门：", DEPT_ONLY)), "GW105") == []
    # work also falls on 市县 (各地)
    body = DEPT_ONLY + ["四、各地要做好本地区数据目录梳理。"]
    assert codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105") == []
    # sent to 设区市 only, work on 设区市
    body = DEPT_ONLY + ["四、各设区市人民政府要明确本地区数据共享责任人。"]
    assert codes(lint_text(_office("各设区市人民政府，省政府各部门：", body)), "GW105") == []


def test_a_level_only_mentioned_has_no_work():
    # 各地 appears, but only as the source of experience: the work stays with provincial departments
    body = DEPT_ONLY + ["四、及时总结推广各地数据共享的好经验好做法。"]
    fs = codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105")
    assert len(fs) == 1 and fs[0].data["work_levels"] == []


def test_a_level_handed_a_task_by_a_pivot_verb_has_work():
    body = DEPT_ONLY + ["四、省数据局要督促各地做好本地区数据目录梳理。"]
    assert codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105") == []


def test_reply_to_one_named_government_is_not_too_wide():
    text = _office("南昌市人民政府：", DEPT_ONLY).replace("关于做好2026年政务数据共享工作的通知",
                                                          "关于南昌市政务数据共享有关问题的复函")
    assert codes(lint_text(text), "GW105") == []


def test_information_notice_without_work_is_not_judged():
    body = ["经研究，2026年清明节放假时间为4月4日至6日，共3天。", "节日期间请妥善安排值班。"]
    assert codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105") == []


def test_gw105_identical_across_formats(tmp_path):
    src = "\n".join(["@title 江西省人民政府办公厅关于做好2026年政务数据共享工作的通知",
                     "@doc_number 赣府厅字〔2026〕15号",
                     "@recipients 各市、县（区）人民政府，省政府各部门：",
                     "为做好政务数据共享工作，现就有关事项通知如下。",
                     *DEPT_ONLY,
                     "@signature 江西省人民政府办公厅", "@date 2026年3月5日"]) + "\n"
    got = {fmt: _key(codes(_variant(src, fmt, tmp_path), "GW104", "GW105")) for fmt in ("txt", "docx", "pdf")}
    assert [k[0] for k in got["txt"]] == ["GW105"]
    assert got["docx"] == got["txt"] and got["pdf"] == got["txt"]


# ------------------------------------------------------------ corpus and docs
CORPUS_FILES = sorted(glob.glob(str(CORPUS / "govcn" / "*.txt"))) + [
    str(CORPUS / "govdoc-cn" / "397.pdf"), str(POLICY)]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.rsplit("/", 1)[-1])
def test_corpus_has_no_gw104_gw105(path):
    r = lint_path(need(__import__("pathlib").Path(path)))
    assert r.error is None
    assert codes(r, "GW104", "GW105") == []


@pytest.mark.parametrize("code,words", [("GW104", ["第十六条", "经省政府同意"]), ("GW105", ["发送范围", "县(市、区)政府"])])
def test_rule_docs(code, words):
    from .conftest import run_cli
    r = run_cli("rule", code)
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    for w in words:
        assert w in out


# ------------------------------------------------------------ issue 15: subjects, leads, requests (GW104)
def _dept(recipients: str, body: list[str], title: str = "上饶市自然资源局关于开展耕地保护专项整治的通知") -> str:
    return "\n".join([title, "饶自然资字〔2026〕47号", recipients, *body, "上饶市自然资源局", "2026年6月5日"]) + "\n"


@pytest.mark.parametrize("sentence,trigger", [
    # the subject's clause only frames it (role, circumstance); the modal opens a later clause
    ("各县（市、区）人民政府是耕地保护的责任主体，主要负责同志亲自抓，要把任务分解到乡镇。", "要"),
    ("各县（市、区）在推进整改过程中，务必做到应改尽改。", "务必"),
    ("各县（市、区）人民政府对本辖区耕地保护负总责，要层层分解任务。", "要"),
    ("各区（县、市）人民政府对辖区整改工作负主体责任，须逐宗建立清单。", "须"),
    # …or, after a role, the next sentence
    ("各县（市、区）人民政府作为整改责任主体。要逐宗建立整改清单。", "要"),
    # …or the next sentence's 对-topic clause, then the modal
    ("各县（市、区）人民政府是辖区耕地保护的第一责任主体。对卫片发现的问题图斑，务必逐宗核实。", "务必"),
    # a 对-topic between the subject and the modal clause (一律 as the order)
    ("各县（市、区）对排查出的C级、D级危房，一律停止经营使用。", "一律"),
    ("各县（市、区）人民政府对辖区内的尾矿库，必须落实24小时值守。", "必须"),
    # enumeration leads, the lead itself demanding
    ("一是各县（市、区）人民政府要在6月底前完成核查。", "要"),
    ("二要各县（市、区）人民政府在7月底前完成清查登记。", "要"),
    # prohibiting and requesting verbs before the subject
    ("严禁各县（市、区）擅自调整耕地保护目标。", "严禁"),
    ("请各县（市、区）人民政府限期完成图斑核查。", "请"),
    # the bare 请……贯彻落实 to lower governments
    ("现将方案印发给你们，请结合实际认真贯彻落实。", "请"),
    ("请遵照执行。", "请"),
])
def test_gw104_directive_forms(sentence, trigger):
    fs = codes(lint_text(_dept("各县（市、区）人民政府：", [sentence])), "GW104")
    assert len(fs) == 1, sentence
    assert fs[0].data["trigger"] == trigger


@pytest.mark.parametrize("sentence", [
    "各地近年来的实践经验表明，要坚持治理与管护并重。",  # 各地 is no subject of 要
    "方案实施后，我局不再要求各县（市、区）另行报送月报。",
    "会议材料由局办公室统一印制，不另行要求各地准备交流材料。",
    "各级统计机构不得要求各县（市、区）人民政府重复填报数据。",
    "请于7月10日前将修改意见反馈我局。",  # asking for views
    "请各县（市、区）人民政府于7月10日前反馈修改意见。",
    "各县（区）自然资源分局要配合做好技术审查。",  # a department, not the government
    "各县（市、区）人民政府是耕地保护的责任主体，企业要落实复垦责任。",  # another subject's own modal
    "各县（市、区）人民政府是耕地保护的责任主体。对违法占地的企业，企业主管部门要依法处理。",
    "各县（市、区）对排查出的危房，已全部完成鉴定。",  # a fact, no order
])
def test_gw104_non_directives(sentence):
    assert codes(lint_text(_dept("各县（市、区）人民政府：", [sentence])), "GW104") == [], sentence


def test_gw104_relayed_document_of_a_转发_notice_is_not_the_issuers_order():
    text = "\n".join([
        "江西省农业农村厅关于转发《江西省人民政府办公厅关于做好早稻生产工作的通知》的通知",
        "赣农字〔2026〕33号",
        "各设区市人民政府：",
        "现将《江西省人民政府办公厅关于做好早稻生产工作的通知》转发给你们。我厅将组织专家服务团分片指导。",
        "附件：江西省人民政府办公厅关于做好早稻生产工作的通知",
        "江西省农业农村厅",
        "2026年3月2日",
        "附件",
        "江西省人民政府办公厅关于做好早稻生产工作的通知",
        "各市、县（区）人民政府：",
        "一、各设区市人民政府要将早稻种植面积任务分解到县。",
    ]) + "\n"
    assert codes(lint_text(text), "GW104") == []
    # the same text printed (印发) as the department's own document is its order
    own = text.replace("转发《", "印发《").replace("转发给你们", "印发给你们")
    assert codes(lint_text(own), "GW104")


def test_quoted_spans_curly_quote_closed_by_a_straight_one():
    text = "根据《“十四五\"规划》等文件，请结合实际认真贯彻落实。"
    spans = quoted_spans(text)
    assert not inside_any(text.index("请"), spans)


def inside_any(pos, spans):
    return any(a <= pos < b for a, b in spans)


# ------------------------------------------------------------ issue 15: who has work (GW105)
@pytest.mark.parametrize("line", [
    "四、由省住房城乡建设厅负责，南昌市、九江市人民政府和南昌县、进贤县人民政府抓好落实。",  # places sharing 人民政府
    "四、省城管局负责主干管网清淤；各市、县（区）人民政府负责辖区支管网清淤。",  # after a semicolon
    "四、考核对象为各市、县（区）人民政府。",  # the document is about them
])
def test_gw105_lower_work_in_other_forms(line):
    body = DEPT_ONLY + [line]
    assert codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105") == [], line


def test_gw105_norm_binding_the_whole_area_may_go_to_lower_governments():
    body = ["第一条　为规范政务数据共享，制定本办法。",
            "第二条　本省行政区域内行政机关之间共享政务数据，适用本办法。",
            "第三条　省数据局负责全省政务数据共享的统筹管理。",
            "第四条　本办法自印发之日起施行。"]
    text = _office("各市、县（区）人民政府，省政府各部门：", body).replace(
        "关于做好2026年政务数据共享工作的通知", "关于印发江西省政务数据共享管理办法的通知")
    assert codes(lint_text(text), "GW105") == []
    # without the scope clause the same articles are work of a provincial department only
    assert codes(lint_text(text.replace("第二条　本省行政区域内行政机关之间共享政务数据，适用本办法。\n", "")), "GW105")


def test_units_shared_heads_and_bracket_forms():
    names = [u.text for u in find_units("（责任单位：叶坪镇、沙洲坝镇人民政府，信州区、广丰区人民政府）")]
    assert names == ["叶坪镇", "沙洲坝镇人民政府", "信州区", "广丰区人民政府"]
    u, = find_units("各县（区）教育局要组织排查")
    assert u.kind == "department" and u.reaches == ("county",)
    u, = find_units("各乡（镇）要结合实际")
    assert u.kind == "government" and u.reaches == ("township",)
    assert [u.text for u in find_units("由叶坪镇人民政府负责")] == ["叶坪镇人民政府"]


def test_gw105_subject_with_a_deadline_has_work():
    body = DEPT_ONLY + ["四、各市、县（区）人民政府于10月底前完成辖区内政务数据目录梳理。"]
    assert codes(lint_text(_office("各市、县（区）人民政府，省政府各部门：", body)), "GW105") == []


def test_places_sharing_a_department_name_are_no_government():
    from gwlint.analysis.facts import _locality_of_a_body
    from gwlint.analysis.units import classify_recipient

    def governments(item):
        return [u.text for u in classify_recipient(item) if u.kind == "government" and not _locality_of_a_body(item, u)]

    assert governments("各设区市、赣江新区市场监管局") == []
    assert governments("各设区市、赣江新区管委会") == ["各设区市"]
    assert governments("各设区市、县（市、区）人民政府") == ["各设区市、县（市、区）人民政府"]


# ------------------------------------------------------------ issue 15 (h15g1): recipient forms and task predicates
def _local(issuer: str, recipients: str, body: list[str]) -> str:
    return "\n".join([f"{issuer}关于做好2026年公共机构节能工作的通知", "某府办字〔2026〕8号", recipients,
                      "为做好公共机构节能工作，现就有关事项通知如下。", *body, issuer, "2026年3月5日"])


CITY_DEPTS_ONLY = ["一、市机关事务管理局负责制定市直机关节能目标。", "二、市财政局负责保障节能改造经费。"]
COUNTY_DEPTS_ONLY = ["一、县机关事务管理局负责制定县直机关节能目标。", "二、县财政局负责保障节能改造经费。"]


@pytest.mark.parametrize("recipients", [
    "各区（市）人民政府，市直各单位：",
    "各区（县、市）人民政府，市政府各部门：",
    "各县（区、市）人民政府，市直有关单位：",
    "各区（市）、县人民政府，市政府各部门：",
])
def test_gw105_city_recipient_forms_without_county_work(recipients):
    assert codes(lint_text(_local("赣州市人民政府办公室", recipients, CITY_DEPTS_ONLY)), "GW105"), recipients


@pytest.mark.parametrize("recipients", [
    "各乡镇人民政府、街道办事处，县直各单位：",
    "各街道办事处、镇人民政府，区直有关单位：",
    "各乡镇人民政府，各开发区管委会，县直各单位：",
])
def test_gw105_township_recipient_forms_without_township_work(recipients):
    issuer = "南昌县人民政府办公室" if "县直" in recipients else "赣州市章贡区人民政府办公室"
    assert codes(lint_text(_local(issuer, recipients, COUNTY_DEPTS_ONLY)), "GW105"), recipients


@pytest.mark.parametrize("line", [
    "三、各县（市、区）参照执行。",
    "三、各区（县、市）人民政府参照本通知开展本级公共机构节能工作。",
    "三、各区（市）人民政府对本辖区公共机构节能工作负总责。",
    "三、各县（市、区）要结合实际制定本地实施方案。",
    "三、各区（市）认真抓好落实。",
    "三、各县（市、区）可参照本通知制定本地实施办法。",
])
def test_gw105_county_task_predicates(line):
    r = lint_text(_local("赣州市人民政府办公室", "各区（县、市）人民政府，市政府各部门：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == [], line


@pytest.mark.parametrize("line", [
    "三、各单位要严格按照清单履职。",  # the recipients as a whole, the townships among them
    "三、各村要在6月底前完成摸底。",  # villages' work is organised by the townships
    "三、各街道办事处、镇人民政府负责组织业主协商。",
    "三、各乡镇人民政府、街道办事处要结合实际制定方案，抓好落实。",
])
def test_gw105_township_work_in_other_forms(line):
    r = lint_text(_local("南昌县人民政府办公室", "各乡镇人民政府、街道办事处，县直各单位：", [*COUNTY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == [], line


def test_gw105_responsible_units_point_back_to_the_units_named():
    # issue 15 (h15k): 各责任单位 are the units the document names (here 县直 departments), not the recipients
    line = "三、各责任单位要在12月底前完成全部民生实事。"
    r = lint_text(_local("南昌县人民政府办公室", "各乡镇人民政府、街道办事处，县直各单位：", [*COUNTY_DEPTS_ONLY, line]))
    assert codes(r, "GW105")
    # a document that names no unit leaves 各责任单位 meaning whoever it is sent to
    r = lint_text(_local("南昌县人民政府办公室", "各乡镇人民政府、街道办事处，县直各单位：",
                         ["截至6月底，十件民生实事均按计划推进。", line]))
    assert codes(r, "GW105") == []


def test_gw105_work_on_villages_by_departments_is_no_township_work():
    line = "三、县农业农村局负责对各村集体经济组织财务收支开展审计。"
    r = lint_text(_local("南昌县人民政府办公室", "各乡镇人民政府，县直各单位：", [*COUNTY_DEPTS_ONLY, line]))
    assert codes(r, "GW105")


def test_gw105_own_level_departments_as_subject_are_work():
    body = ["一、市直部门报送市政府的请示，应当一文一事，由部门主要负责同志签发。",
            "二、涉及其他部门职责的事项，主办部门应当事先会签。"]
    assert codes(lint_text(_local("赣州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", body)), "GW105")
    # the document is about the counties: inspections that concern them
    body = ["一、市直部门开展涉及县（市、区）政府的督查检查考核事项，须列入市政府年度计划。"]
    assert codes(lint_text(_local("赣州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", body)), "GW105") == []


@pytest.mark.parametrize("line", [
    "三、市生态环境局将对各区（县、市）人民政府公共机构节能工作开展季度评估，评估结果在全市通报。",
    "三、市机关事务管理局对各区（市）人民政府节能目标完成情况进行考核排名。",
    "三、沿江各区（县、市）人民政府要在年底前完成岸线清理。",  # a scope word before the collective subject
    "三、有关区（县、市）人民政府负责本辖区试点工作。",
    "三、各区（县、市）人民政府参照本通知做好本级公共机构节能工作。",
])
def test_gw105_inspected_or_scoped_lower_governments_are_concerned(line):
    r = lint_text(_local("赣州市人民政府办公室", "各区（县、市）人民政府，市政府各部门：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == [], line


@pytest.mark.parametrize("line", [
    "三、市机关事务管理局对市直各单位节能工作开展督查。",  # the inspected are not the counties
    "三、市财政局对节能改造资金使用情况进行评估，各区（县、市）经验将在全市推广。",
])
def test_gw105_inspection_words_without_inspected_counties_still_fire(line):
    r = lint_text(_local("赣州市人民政府办公室", "各区（县、市）人民政府，市政府各部门：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105"), line


def test_gw105_county_work_concerns_the_cities_above_them():
    body = ["一、省农业农村厅负责制定示范村评定标准。",
            "二、各县（市、区）人民政府是示范村建设的责任主体，要在年底前完成示范村规划编制。"]
    r = lint_text(_local("江西省人民政府办公厅", "各市、县（区）人民政府，省政府有关部门：", body))
    assert codes(r, "GW105") == []
    # work only at the city level, sent to the counties too: the counties are idle
    body = ["一、省农业农村厅负责制定示范村评定标准。", "二、各设区市人民政府要在年底前完成示范村评定。"]
    r = lint_text(_local("江西省人民政府办公厅", "各市、县（区）人民政府，省政府有关部门：", body))
    assert [f.data["idle_levels"] for f in codes(r, "GW105")] == [["county"]]


# ------------------------------------------------------------ issue 15 (h15b): level lists, prepositional phrases
@pytest.mark.parametrize("item,levels", [
    ("各市、县（市、区）农业农村局", ("city", "county")),
    ("各市（州）卫生健康委", ("city",)),
    ("各区、县（市）市场监管局", ("county",)),
    ("各市（区）商务主管部门", ("city", "county")),
    ("各盟市、旗县（市、区）林业和草原局", ("city", "county")),
    ("各市、州、直管市、神农架林区卫生健康委", ("city",)),
    ("各县（区）、开发区住房城乡建设主管部门", ("county",)),
    ("各区县（市）教育局", ("county",)),
    ("各市州教育（体育）局", ("city",)),
    ("各县（自治县、市、区）卫生健康局", ("county",)),
])
def test_level_list_with_a_department_name_is_a_department_group(item, levels):
    from gwlint.analysis.units import classify_recipient

    units = classify_recipient(item)
    assert [(u.text, u.kind, u.reaches) for u in units] == [(item, "department", levels)]


@pytest.mark.parametrize("item,levels", [
    ("各县、区人民政府", ("county",)),
    ("各市（州）人民政府", ("city",)),
    ("各区、县（市）人民政府", ("county",)),
    ("各市州、县市区人民政府", ("city", "county")),
    ("各地级以上市人民政府", ("city",)),
    ("各旗、县、区人民政府", ("county",)),
    ("各区县（自治县）人民政府", ("county",)),
    ("各州（市）、县（市、区）人民政府", ("city", "county")),
])
def test_level_list_with_a_government_is_a_collective_of_governments(item, levels):
    from gwlint.analysis.units import classify_recipient

    units = classify_recipient(item)
    assert [(u.text, u.kind, u.reaches, u.relative) for u in units] == [(item, "government", levels, False)]


def test_level_list_with_a_government_office_is_an_office():
    from gwlint.analysis.units import classify_recipient

    units = classify_recipient("各市、县（市）人民政府办公室")
    assert [(u.kind, u.reaches) for u in units] == [("government_office", ("city", "county"))]


def test_related_governments_of_a_level_list_are_generic_governments():
    units = find_units("（责任单位：市经济和信息化局，相关县市区人民政府）")
    assert [(u.text, u.kind, u.generic) for u in units][-1] == ("相关县市区人民政府", "government", True)
    # 有关各设区市……: the scope word stays outside the name (it opens the clause, GW102 reads the unit)
    assert [u.text for u in find_units("有关各设区市人民政府要加强组织领导。")] == ["各设区市人民政府"]


@pytest.mark.parametrize("recipients,sentence", [
    ("各市（州）卫生健康委：", "各市（州）卫生健康委要认真组织学习，结合实际抓好贯彻。"),
    ("各区、县（市）市场监管局：", "各区、县（市）市场监管局要依法做好平台经营者的指导和服务工作。"),
    ("各市、县（市、区）农业农村局：", "现将讲话印发给你们，请认真贯彻落实。"),
    ("各盟市、旗县（市、区）林业和草原局：", "各盟市林业和草原局对重点林区必须加强巡护。"),
])
def test_gw104_department_groups_are_no_lower_government(recipients, sentence):
    assert codes(lint_text(_dept(recipients, [sentence])), "GW104") == [], recipients


@pytest.mark.parametrize("sentence,trigger", [
    # a prepositional phrase (对/按照/在……) between the subject and the modal, its object holding 的
    ("各县（市、区）人民政府对排查发现的隐患一律实行清单化管理。", "一律"),
    ("各县（市、区）人民政府按照“应划尽划”原则务必在7月底前完成方案编制。", "务必"),
    ("各县（市、区）人民政府在征收补偿安置工作中要依法保障被征地农民的合法权益。", "要"),
    # the second clause of a sentence whose first clause is an enterprise's duty
    ("屠宰企业应当如实记录进厂检查情况，各县（市、区）人民政府对检出问题产品的企业务必依法查处。", "务必"),
    # article numbering
    ("第三条　各县（市、区）人民政府严禁以河道清淤名义违规采砂。", "严禁"),
    # the phrase is a clause of its own; the modal opens the next one
    ("各县（市、区）人民政府根据本地实际情况，须于7月底前完成耕地恢复方案编制。", "须"),
    ("各县（市、区）人民政府针对群众反映的问题，要认真调查核实。", "要"),
])
def test_gw104_modal_after_a_prepositional_phrase(sentence, trigger):
    fs = codes(lint_text(_dept("各县（市、区）人民政府：", [sentence])), "GW104")
    assert len(fs) == 1, sentence
    assert fs[0].data["trigger"] == trigger


@pytest.mark.parametrize("sentence", [
    "对各县（市、区）人民政府在工作中形成的好经验，市水利局要及时总结推广。",  # the subject is in the phrase
    "在各县（市、区）人民政府的支持下，各采砂企业必须严格按照许可范围作业。",
    "各县（市、区）人民政府按照河湖长制工作部署，清理整治河湖问题1260个。",  # a fact, no modal
    "各县（市、区）人民政府对本行政区域河湖管理保护负总责。",  # a duty stated by law, no modal
    "各县（市、区）人民政府根据监测结果，市自然资源局要及时反馈核查意见。",  # the modal is another subject's
    "各县（市、区）人民政府结合本地实际，企业要配合做好整改。",
    "各县（市、区）人民政府对本通知有何意见建议，请于6月10日前反馈市自然资源局。",  # asking for views
])
def test_gw104_prepositional_phrase_non_directives(sentence):
    assert codes(lint_text(_dept("各县（市、区）人民政府：", [sentence])), "GW104") == [], sentence


@pytest.mark.parametrize("line", [
    "三、市工业和信息化局要会同各县（市、区）人民政府梳理中小企业需求清单。",
    "三、市人力资源和社会保障局联合各县（市、区）政府举办招聘活动。",
    "三、市财政局与各县（市、区）人民政府共同落实纾困资金。",
])
def test_gw105_counties_named_as_co_workers_have_work(line):
    r = lint_text(_local("九江市人民政府办公室", "各县（市、区）人民政府，市直各部门：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == [], line


def test_gw105_county_list_recipient_of_a_city_is_county_level():
    # 各县、区人民政府 are the counties themselves: with county work the document is not too wide
    line = "三、各县、区人民政府负责辖区内公共机构节能改造，6月底前完成。"
    r = lint_text(_local("芜湖市人民政府办公室", "各县、区人民政府，市政府各部门：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == []
    # without it, the counties are idle (not a township level that was never addressed)
    fs = codes(lint_text(_local("芜湖市人民政府办公室", "各县、区人民政府，市政府各部门：", CITY_DEPTS_ONLY)), "GW105")
    assert len(fs) == 1 and fs[0].data["idle_levels"] == ["county"]


def test_gw105_units_named_by_an_alias_still_carry_their_task():
    line = "三、相关行业主管部门和相关区政府（以下统称监管部门）落实各项重大决策，承担监管责任。"
    r = lint_text(_local("北京市经济和信息化局", "各区政府，各相关单位：", [*CITY_DEPTS_ONLY, line]))
    assert codes(r, "GW105") == []


@pytest.mark.parametrize("issuer,recipients,approver", [
    ("上饶市自然资源局", "各县（市、区）人民政府：", "请报经市政府同意"),
    ("江西省自然资源厅", "各设区市人民政府：", "请报经省政府同意"),
    ("北京市经济和信息化局", "各区政府：", "请报经市政府同意"),
    ("广西壮族自治区商务厅", "各设区市人民政府：", "请报经自治区人民政府同意"),
])
def test_gw104_names_the_issuers_own_government(issuer, recipients, approver):
    text = "\n".join([f"{issuer}关于开展专项整治的通知", "某字〔2026〕47号", recipients,
                      "各地要于6月底前完成排查。", issuer, "2026年6月5日"]) + "\n"
    fs = codes(lint_text(text), "GW104")
    assert len(fs) == 1 and approver in fs[0].message, issuer

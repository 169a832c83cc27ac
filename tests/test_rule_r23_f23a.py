"""Readings f23a fixed in round 23 (holdout26/26r/25p's GW104/GW105/GW107 misses and false alarms), in phrasings of
its own:

- subjects of demands (sentences.find_directives): a subject presented by an existential 有 at the end of its clause
  (涉及……的有寿光市、青州市等10个县市区人民政府，请……; 其中有……两个县（区）人民政府，须……) is the subject of the
  request or modal opening the next clause, and of the next sentence while that names no subject of its own
  (……。核实后确属未整改到位的，须抓紧……) -- GW104 orders, GW105 work (holdout26r gw104-g21b). Not a clause going
  on with a predicate of its own, nor a next clause that is the issuer's own act.
- clause subjects after an article's run-in short title (第七条 县级落实 各县（市、区）人民政府按照……): the words
  start after the title (markers.words_start), so the subject opens its clause (holdout25p gw102-q04c).
- units asked through the place: a place word after 由/请 qualified by 途经/沿途/涉及 and a predicate read by its part
  of speech after a distributive adverb (调研点位由途经乡镇各推荐2个) -- that level has work (holdout25p gw401-q02b).
- table columns: a .txt table (one cell per line) whose first column name is a qualified first-column name (工作环节,
  实施阶段) keeps its width, and a unit column that names a unit in every row is read as a task table's unit column
  though no task column is named (holdout26r gw105-g05c); a key-value label ending in 对象/范围 after any short word
  (比拼对象, 帮扶对象) names the document's objects (gw301-g21c).
- GW104: a demand told with a past time word (以往要求各地按月报送的疫情月报; 往年要求……) is a past demand, no order
  (holdout26r gw104-g04a).
- GW105: a pronoun 其 after a lead verb (便于其协助做好……; 督促其配合……) stands for the unit named last before it in
  its sentence, past a clause break and no other doer between (holdout26 gw503-g23b); not 责令其 after 经营者.
- GW105: 各单位 (every recipient) in the attendance label of an event notice whose quota table names only units of the
  issuer's level (参训人员：各单位负责项目工作的业务骨干，名额分配见附件) means the listed units: the lower governments
  sent the notice have no work (holdout26r gw105-g01c).
- GW107: a table with both 报送单位 (who sends) and 报送对象 (where it goes) reads the destination from 报送对象
  (holdout26r gw107-g10c, gw107-g21c).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕31号", date="2027年7月14日")


# ------------------------------------------------------------ a subject presented by 有
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line, orders", [
    ("江西省水利厅", "各设区市人民政府：",
     "经复核，病险水库除险加固进度滞后的有赣州市、吉安市两个设区市人民政府，请组织专家逐座分析滞后原因。", 1),
    ("赣州市农业农村局", "各县（市、区）人民政府：",
     "二、撂荒地复耕。其中有于都县、兴国县等6个县（市、区）人民政府，须在9月10日前完成复耕。", 1),
    ("赣州市农业农村局", "各县（市、区）人民政府：",
     "二、撂荒地复耕。目前仍有撂荒地未复耕的有于都县、兴国县等6个县（市、区）人民政府，要逐块建立台账。"
     "台账中确属无人耕种的，必须在9月10日前落实代耕主体。", 2),
])
def test_presented_subject_orders(issuer, recipients, line, orders, fmt, tmp_path):
    src = _doc(issuer, recipients, ["现就有关事项通知如下。", line, "联系人：张明，电话：0797-8123456。"])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert len(found) == orders, [f.message for f in found]
    assert not _codes(src, fmt, tmp_path, "GW105")  # the level presented has the work


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    # the issuer's own act follows the presented list: nobody below is asked anything
    "经复核，病险水库除险加固进度滞后的有赣州市、吉安市两个设区市人民政府，省水利厅将派专家组驻点指导。",
    # the list goes on with its own predicate: told, not presented as a subject
    "经复核，全省有赣州市、吉安市两个设区市人民政府已完成除险加固，省水利厅将予以通报表扬。",
])
def test_presented_subject_no_order(line, fmt, tmp_path):
    src = _doc("江西省水利厅", "各设区市人民政府：", ["现就有关事项通知如下。", line])
    assert not _codes(src, fmt, tmp_path, "GW104")


# ------------------------------------------------------------ an article's run-in short title
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("article, fires", [
    ("第六条 县级落实 各县（市、区）人民政府按照本办法制定配套措施，在本辖区组织实施。", False),
    ("第六条 配套政策 各县（市、区）人民政府结合财力对吸纳就业多的企业给予奖励。", False),
    ("第六条 资金监管 市审计局对补助资金使用情况开展审计。", True),
])
def test_article_title_before_subject(article, fires, fmt, tmp_path):
    src = _doc("宜春市人民政府办公室", "各县（市、区）人民政府，市政府各部门：",
               ["@attachment_title 宜春市小微企业稳岗补助办法", "第一条 为稳定就业，制定本办法。",
                "第二条 补助对象 在本市登记注册的小型、微型企业。",
                "第三条 补助标准 按上年度实际缴纳失业保险费的60%返还，由市人力资源社会保障局负责。",
                "第四条 资金来源 市财政局在失业保险基金中统筹安排。", "第五条 审核发放 市人力资源社会保障局按季度审核发放。",
                article, "第七条 本办法自印发之日起施行。"], "关于印发宜春市小微企业稳岗补助办法的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a place asked by 由/请, any verb
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("（三）调研安排：观摩点位由途经乡镇各推荐2个，以示范基地为主。", False),
    ("（三）调研安排：座谈对象由沿途街道分别推选3名种植大户。", False),
    ("（三）调研安排：观摩点位由调研组随机确定，途经乡镇不推荐、不陪同。", True),
])
def test_place_asked_any_verb(line, fires, fmt, tmp_path):
    src = _doc("临川区农业农村局", "各乡镇人民政府、街道办事处：",
               ["为推进高标准农田建后管护，区农业农村局将组织调研，有关安排如下。", "（一）调研时间：2027年8月中旬。",
                "（二）调研内容：管护主体落实和管护资金使用情况。", line, "联系人：区农业农村局 王芳，电话：0794-8211234。"],
               "关于开展高标准农田管护调研的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a .txt table with a qualified first column
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, cell, fires", [
    ("工作环节", "全县16个乡镇人民政府", False),
    ("实施阶段", "各乡镇人民政府", False),
    ("工作环节", "县住房城乡建设局", True),
])
def test_table_qualified_first_column(first, cell, fires, fmt, tmp_path):
    src = _doc("崇仁县人民政府办公室", "各乡镇人民政府，县直有关单位：",
               ["《崇仁县农村危房排查整治方案》已经县政府同意，现印发给你们。",
                "@attachment_title 崇仁县农村危房排查整治方案", "为消除农村住房安全隐患，制定本方案。",
                f"@table {first}|实施主体|时间安排", f"@table 逐户排查危房|{cell}|8月至9月",
                "@table 鉴定标准制定|县住房城乡建设局|8月", "@table 整治资金拨付|县财政局|10月至11月",
                "县住房城乡建设局负责方案实施的组织协调。"], "关于印发崇仁县农村危房排查整治方案的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a key-value label X对象
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label, cell, fires", [
    ("比拼对象", "全县22个乡镇人民政府", False),
    ("帮扶对象", "全县22个乡镇人民政府", False),
    ("比拼对象", "全县22个村卫生室", True),
])
def test_object_label_cell(label, cell, fires, fmt, tmp_path):
    src = _doc("南丰县卫生健康委员会", "各乡镇人民政府：",
               ["为提升基层医疗卫生服务水平，县卫生健康委决定开展村卫生室服务能力季度比拼活动，现将方案印发给你们。",
                "比拼以随机暗访为主，不提前通知，不需迎检。", "附件：村卫生室服务能力季度比拼方案",
                "@attachment_label 附件", "@attachment_title 村卫生室服务能力季度比拼方案", "@table 项目|内容",
                f"@table {label}|{cell}", "@table 比拼内容|基本药物配备、慢病随访、环境卫生",
                "@table 结果运用|按季度排名，在县电视台公布"], "关于开展村卫生室服务能力季度比拼活动的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW107: 报送对象 beside 报送单位
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("to, fires", [
    ("市政府分管副市长", True),
    ("州人民政府常务副州长", True),
    ("市政府办公室", False),
])
def test_gw107_destination_column_beside_sender(to, fires, fmt, tmp_path):
    src = _doc("抚州市人民政府办公室", "各县（区）人民政府，市政府各部门：",
               ["为及时掌握重点项目推进情况，现将报送安排通知如下。", "各责任单位按下表报送，材料一般不超过1000字。",
                "@table 报送事项|报送单位|报送时间|报送对象", f"@table 重点项目进度|市发展改革委|每月5日前|{to}",
                "@table 招商引资进展|市商务局|每月5日前|市政府办公室", "报送材料须经本单位主要负责同志审核。"],
               "关于建立重点项目进展情况报送机制的通知")
    found = _codes(src, fmt, tmp_path, "GW107")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: a demand of the past, told by 以往/往年
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("三、简化报表。以往要求各地按季度报送的防治进度表，自今年起由省厅从监测系统中直接提取。", False),
    ("三、简化报表。往年要求各设区市人民政府填报的病虫害发生面积统计表，今年不再填报。", False),
    ("三、加强调度。今年要求各设区市人民政府每季度末报送防治进度表。", True),
])
def test_gw104_past_demand_leads(line, fires, fmt, tmp_path):
    src = _doc("江西省林业局", "各设区市人民政府：",
               ["现就今年林业有害生物防治工作通知如下。", "一、省林业局会同各设区市人民政府开展春秋两季普查。", line])
    found = _codes(src, fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: 其 standing for a government named before
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("检查中发现的问题，由区市场监管局书面告知所在街道办事处或者镇人民政府，便于其协助做好商户解释工作。", False),
    ("检查中发现的问题，由区市场监管局书面告知所在镇人民政府，督促其配合做好商户搬迁安置。", False),
    ("检查中发现的问题，由区市场监管局书面告知经营者，责令其限期整改。", True),
])
def test_gw105_pronoun_for_a_government(line, fires, fmt, tmp_path):
    src = _doc("上海市静安区市场监督管理局", "各街道办事处、彭浦镇人民政府，区市场监管局各市场监管所：",
               ["区市场监管局定于9月至10月开展农贸市场计量器具专项检查。", "各市场监管所逐户检查电子秤、计价秤的检定情况。", line],
               "关于开展农贸市场计量器具专项检查的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: 各单位 in an attendance label of a quota notice
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label, rows, fires", [
    ("四、参会人员：各单位负责安全生产工作的业务骨干，名额分配见附件。",
     ["@table 县应急管理局、县消防救援大队|各3名", "@table 县交通运输局、县住房城乡建设局|各2名"], True),
    ("四、参训人员：各单位负责应急值守的同志，名额见附件。",
     ["@table 县应急管理局、县消防救援大队|各3名", "@table 县交通运输局、县住房城乡建设局|各2名"], True),
    ("四、参会人员：各单位、各乡镇负责安全生产工作的业务骨干，名额分配见附件。",
     ["@table 县应急管理局、县消防救援大队|各3名", "@table 县交通运输局、县住房城乡建设局|各2名"], False),
])
def test_gw105_whole_recipients_in_a_quota_notice(label, rows, fires, fmt, tmp_path):
    src = _doc("奉新县应急管理局", "各乡镇人民政府，县直各单位：",
               ["为提升应急处置能力，县应急管理局决定召开全县安全生产应急演练观摩会。", "一、时间：2027年9月16日上午。",
                "二、地点：县工业园区应急演练基地。", "三、内容：危险化学品泄漏事故应急处置演练。", label,
                "附件：观摩会名额分配表", "@attachment_label 附件", "@attachment_title 观摩会名额分配表", "@table 单位|名额",
                *rows], "关于召开全县安全生产应急演练观摩会的通知")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]

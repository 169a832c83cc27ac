"""Classes of round 16 (issue 15) in the style, meeting, inspection and language rules, in phrasings of
their own (helper h16e):

- GW804: Gregorian months and dates written in Chinese numerals (三月下旬, 六月底前, 十二月三十一日) in
  running text, table cells and deadlines; lunar dates, festival names, names holding a month, 一月一次,
  第三季度 and quoted titles stay quiet.

- GW501: a short notice whose closing paragraph is packed with stock phrases in their productive shapes
  (大力弘扬……精神, 牢固树立……理念, 以高度的政治责任感, 切实增强……的责任感和紧迫感, 不断提高……水平,
  确保取得实实在在的成效); one or two in a concrete paragraph, a quoted higher document and a carried speech
  stay quiet.

- GW704: a 主送 wrapped over two lines whose first ends with 、 or ， and the second with the colon is one
  主送; when the last line ends with 、 / ， / nothing and the body follows, the one finding is at that last line.

- GW302: one evaluation's proof materials listed (in a table column, or under a run-in label 佐证材料：) and
  then told again by how they are shown (上述佐证材料现场出示，不需报送; 考核组现场查看……佐证材料) are one
  finding, at the list; a later sentence that sends them up, or two evaluations with different materials, are
  two; the issuer checking platform data or its own records is none.  A text table's first cell may carry its
  row's own number (1.签约服务团队培训).

- GW303: a notice titled 检查/督查/督导 that is research over the whole notice (了解/掌握……情况, 听取……意见,
  座谈走访, 不听汇报, 形成调研报告供政策参考) is one finding; a real check (整改, 通报, 纳入考核) is none.

- GW502: the items a notice lists inside a time-boxed campaign it launches (自5月1日起……为期两个月的集中整治,
  即日起至6月30日开展专项行动) are the recipients' work within the period: quiet without their own subject or
  date; a measure of a 意见/方案 with no actor, deadline or quantity and no campaign around it is reported.

- GW102: a measure whose sentence opens with a named department told acting with no modal (区财政局按时公开……,
  区信访局通过……回应……, 市医保局、市财政局联合印发……, 3月底前，区民政局……) names its unit; a generic subject,
  no subject, or the unit only as object or topic (对区交通运输局……进行考核; 区交通运输局的预算要……公开) does not.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path

from .drafts import render_draft
from .test_rule_h14w_classes import FORMATS, _codes, _doc


# ------------------------------------------------------------ GW804 Chinese numerals in Gregorian dates
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, wrong", [
    ("全市早稻集中育秧于三月下旬全面启动。", "三月下旬"),
    ("各县（区）要在六月底前完成项目招标。", "六月底"),
    ("全部项目于十二月三十一日前完工。", "十二月三十一日"),
    ("今年十一月召开现场推进会。", "十一月"),
    ("@table 序号|活动|时间\n@table 1|广场舞展演|五月二十日\n@table 2|文艺汇演|2026年9月", "五月二十日"),
])
def test_gw804_chinese_gregorian_date(line, wrong, fmt, tmp_path):
    src = _doc("萍乡市农业农村局", "各县（区）农业农村局：", ["现就有关事项通知如下。", *line.split("\n")])
    found = _codes(src, fmt, tmp_path, "GW804")
    assert [f.excerpt for f in found] == [wrong], [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "农历三月初三前后举办“壮族三月三”歌圩，正月十五、腊月二十三的传统活动统筹安排。",
    "“五一”“十一”期间加强巡查，五四青年节、三八红旗手表彰由各地自行安排。",
    "大理三月街民族节于4月19日开幕，市场巡查一月一次，第三季度再开展一次检查。",
    "此前印发的《关于做好二〇二五年十二月三十一日前统计工作的通知》停止执行。",
])
def test_gw804_lunar_names_and_quotes_quiet(line, fmt, tmp_path):
    src = _doc("大理白族自治州商务局", "各县（市）商务局：", ["现就有关事项通知如下。", line])
    assert _codes(src, fmt, tmp_path, "GW804") == []


# ------------------------------------------------------------ GW501 a short notice's packed closing paragraph
_CONCRETE = ["为消除电动自行车火灾隐患，省局决定自7月1日至10月31日在全省开展专项整治。",
             "一、整治重点。一是生产企业未取得强制性产品认证的行为；二是销售企业销售无3C标志整车的行为；"
             "三是维修门店私拆限速装置、加装非原厂电池的行为。",
             "二、整治方式。各设区市局按照“双随机、一公开”抽取辖区销售企业，抽查比例不低于30%；"
             "对群众投诉举报集中的维修门店实行全覆盖检查，抽检样品由省产品质量监督检验研究院统一检验。",
             "三、案件查办。对检查发现的违法行为依法立案查处，省局对货值金额5万元以上的案件挂牌督办。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing", [
    "四、有关要求。各地要以强烈的政治责任感，牢固树立安全发展理念，大力弘扬敢于碰硬的斗争精神，切实增强做好专项整治的"
    "责任感和紧迫感，深入贯彻落实省委、省政府决策部署，不断提高质量安全监管水平，确保整治取得实实在在的成效。",
    "（四）工作要求。各地要以高度的政治责任感和历史使命感抓好整治。要牢牢树立“安全第一”的意识，全面贯彻落实"
    "各项部署。要进一步健全长效机制，不断提升监管效能，确保取得实实在在的效果。",
])
def test_gw501_packed_closing_paragraph(closing, fmt, tmp_path):
    src = _doc("江西省市场监督管理局", "各设区市市场监督管理局：", [*_CONCRETE, closing])
    found = _codes(src, fmt, tmp_path, "GW501")
    assert len(found) == 1 and found[0].data.get("packed"), [f.message for f in found]
    assert found[0].line == max(f.line for f in found)  # at the closing paragraph


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("closing", [
    # two stock phrases in a long concrete paragraph
    "四、有关要求。各地要进一步加强与公安、消防部门的沟通，对涉及电池改装的门店调取备案材料，7月15日前完成"
    "首轮检查，7月20日前由分管负责同志审核后提交，省局7月下旬组织10%比例的抽查，确保检查结论经得起检验。",
    # the stock phrases are a higher document's words, quoted
    "四、有关要求。市场监管总局通知要求：“各地要以强烈的政治责任感，牢固树立安全发展理念，大力弘扬斗争精神，"
    "切实增强责任感和紧迫感，深入贯彻落实决策部署，不断提高监管水平，确保取得实实在在的成效。”",
])
def test_gw501_concrete_or_quoted_closing_quiet(closing, fmt, tmp_path):
    src = _doc("江西省市场监督管理局", "各设区市市场监督管理局：", [*_CONCRETE, closing])
    assert _codes(src, fmt, tmp_path, "GW501") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw501_carried_speech_not_counted(fmt, tmp_path):
    lines = ["@doc_number 吉府办字〔2026〕12号", "@title 吉安市人民政府办公室关于印发王××同志在全市优化营商环境大会上的讲话的通知",
             "@recipients 各县（市、区）人民政府，市政府各部门：",
             "现将王××同志在全市优化营商环境大会上的讲话印发给你们，请结合实际认真抓好落实。",
             "@signature 吉安市人民政府办公室", "@date 2026年2月20日", "@page_break",
             "@attachment_title 在全市优化营商环境大会上的讲话", "@attachment_title 王××",
             "同志们：今天召开全市优化营商环境大会，主要任务是总结去年工作，部署今年任务。",
             "我们要以高度的政治责任感和历史使命感，牢固树立“人人都是营商环境”的理念，大力弘扬“店小二”精神，"
             "切实增强优化营商环境的责任感和紧迫感，深入贯彻落实省委、省政府决策部署，进一步优化政务服务，"
             "全面推进“一件事一次办”，不断提高企业满意度，确保取得实实在在的成效。"]
    assert _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW501") == []


# ------------------------------------------------------------ GW704 a 主送 over two lines
def _two_lines(first: str, second: str) -> str:
    lines = ["@doc_number 宜发改字〔2026〕77号", "@title 宜春市发展和改革委员会关于做好2026年价格监测工作的通知",
             f"@recipients {first}", f"@recipients {second}",
             "今年价格监测点调整为62个，各县（市、区）发展改革委要在7月15日前完成监测点信息更新。",
             "@signature 宜春市发展和改革委员会", "@date 2026年7月1日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second", [
    ("各县（市、区）发展改革委，宜春经济技术开发区经济发展局，", "市直有关单位、"),
    ("各县（市、区）发展改革委、宜春经济技术开发区经济发展局、", "市直有关单位，"),
    ("各县（市、区）人民政府，宜春经济技术开发区管委会，", "市政府各部门"),
])
def test_gw704_two_line_recipients_last_line_without_colon(first, second, fmt, tmp_path):
    r = lint_path(render_draft(_two_lines(first, second), fmt, tmp_path))
    found = [f for f in r.findings if f.code == "GW704"]
    assert len(found) == 1, [f.message for f in found]
    # at the last line (a PDF may join the two lines into one paragraph), at its end
    assert r.lines[found[0].line - 1].rstrip().endswith(second), r.lines


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second", [
    ("各县（市、区）发展改革委、宜春经济技术开发区经济发展局、", "市直有关单位："),
    ("各县（市、区）发展改革委，宜春经济技术开发区经济发展局，", "市直有关单位、市属国有企业："),
])
def test_gw704_two_line_recipients_with_colon_quiet(first, second, fmt, tmp_path):
    assert _codes(_two_lines(first, second), fmt, tmp_path, "GW704") == []


# ------------------------------------------------------------ GW302 one evaluation, one finding
def _evaluation(body: list[str]) -> str:
    return _doc("宜春市卫生健康委员会", "各县（市、区）卫生健康委：",
                ["根据市卫生健康委2026年度考核计划（已报市委督查室备案），现开展家庭医生签约服务年度考核。", *body],
                title="关于开展2026年家庭医生签约服务考核的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, listed", [
    (["考核内容为签约服务团队培训情况，各县（市、区）须提供签到表、培训照片、工作日志等佐证材料。",
      "考核组现场查看签到表、培训照片等佐证材料，不需报送。"], "须提供签到表"),
    (["二、佐证材料：签约服务团队培训的签到表、培训照片、工作日志。",
      "三、考核方式：考核组到县实地考核，上述佐证材料现场出示，各地不另行报送。"], "二、佐证材料："),
    (["@table 序号|考核项目|佐证材料", "@table 1|签约服务团队培训|签到表、培训照片、工作日志",
      "上述佐证材料在考核组现场考核时出示，不需报送。"], "签到表、培训照片、工作日志"),
])
def test_gw302_list_then_how_shown_is_one_finding(body, listed, fmt, tmp_path):
    r = lint_path(render_draft(_evaluation(body), fmt, tmp_path))
    found = [f for f in r.findings if f.code == "GW302"]
    assert len(found) == 1, [f.message for f in found]
    assert listed in r.lines[found[0].line - 1]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # the list is scored, then the proof is sent up: a demand of its own
    ["@table 考核项目|分值|评分依据", "@table 团队培训|20|查阅签到表、培训照片",
     "各县（市、区）于12月10日前将自评报告和佐证材料报送市卫生健康委。"],
    # two evaluations, each with its own materials
    ["一、服务效能评估：须提供活动照片、签到表作为佐证材料。", "二、安全工作考核：须提供值班日志、巡查记录作为佐证材料。"],
])
def test_gw302_two_demands_are_two_findings(body, fmt, tmp_path):
    assert len(_codes(_evaluation(body), fmt, tmp_path, "GW302")) == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_text_table_row_numbered_in_first_cell(fmt, tmp_path):
    body = ["@table 考核项目|分值|佐证材料", "@table 1.签约服务团队培训|20|签到表、培训照片、工作日志",
            "@table 2.重点人群随访|30|随访记录、入户照片"]
    # one finding per row (each row scores its own work), in every format
    assert len(_codes(_evaluation(body), fmt, tmp_path, "GW302")) == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "考核指标以医保信息平台的结算数据为准，由市局统一从平台调取核验，不要求各地提供台账、照片等佐证材料。",
    "评估依据市局全年督导记录和群众满意度电话回访结果，各县（区）无需准备台账、照片或其他佐证材料。",
])
def test_gw302_platform_or_own_records_quiet(line, fmt, tmp_path):
    assert _codes(_evaluation([line]), fmt, tmp_path, "GW302") == []


# ------------------------------------------------------------ GW303 research told over the whole notice
def _visit(title: str, body: list[str]) -> str:
    return _doc("江西省农业农村厅", "各设区市农业农村局：", body, title=f"关于开展{title}的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, body", [
    ("高标准农田建后管护工作督导", ["一、督导目的。了解各地高标准农田建后管护情况，听取基层干部和种粮大户的意见建议。",
                          "二、督导方式。采取座谈交流、入户走访的方式，不听取专题汇报，不要求准备材料。",
                          "三、督导成果。督导结束后形成调研报告，作为完善管护政策的参考。"]),
    ("农村人居环境整治检查", ["省厅定于10月派出工作组，实地了解农村厕所改造的真实情况，听取农户的意见。",
                        "工作组以入户走访为主，不听取汇报、不看材料。", "工作结束后形成报告，供省厅研究政策参考。"]),
])
def test_gw303_research_in_substance(title, body, fmt, tmp_path):
    assert len(_codes(_visit(title, body), fmt, tmp_path, "GW303")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    ["为掌握秋冬种进展，省厅将派出督查组赴各地座谈交流、实地察看。",
     "督查发现的问题，形成问题清单交各地限期整改，督查结果在全省通报。"],
    ["为了解秋冬种进展，听取基层意见建议，省厅将派出督查组赴各地座谈交流。", "督查结果纳入年度乡村振兴实绩考核。"],
])
def test_gw303_real_check_quiet(body, fmt, tmp_path):
    assert _codes(_visit("秋冬种工作督查", body), fmt, tmp_path, "GW303") == []


# ------------------------------------------------------------ GW502 items of a time-boxed campaign
_ITEMS = ["（一）规范经营秩序。在背街小巷合理设置便民疏导点，引导流动摊贩入点经营。",
          "（二）加强宣传引导。营造人人参与的良好氛围。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead", [
    "经研究，决定自5月1日起在全市开展为期两个月的背街小巷环境秩序集中整治，现将有关事项通知如下。",
    "经研究，决定即日起至6月30日在全市开展背街小巷环境秩序专项行动，现将有关事项通知如下。",
])
def test_gw502_campaign_items_quiet(lead, fmt, tmp_path):
    src = _doc("南昌市城市管理局", "各县（区）城市管理局：", [lead, *_ITEMS], title="关于开展背街小巷环境秩序整治的通知")
    assert _codes(src, fmt, tmp_path, "GW502") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw502_plan_item_without_campaign_reported(fmt, tmp_path):
    src = _doc("南昌市城市管理局", "各县（区）城市管理局：",
               ["为持续改善背街小巷环境秩序，提出如下意见。", *_ITEMS], title="关于加强背街小巷环境秩序管理的意见")
    found = _codes(src, fmt, tmp_path, "GW502")
    assert [f.excerpt[:4] for f in found] == ["（一）规", "（二）加"], [f.message for f in found]


# ------------------------------------------------------------ GW102 a named department acting with no modal
def _points(items: list[str]) -> str:
    lines = ["@doc_number 青山湖府办发〔2026〕9号",
             "@title 南昌市青山湖区人民政府办公室关于印发2026年青山湖区政务公开工作要点的通知",
             "@recipients 各镇人民政府、街道办事处，区政府各部门：",
             "现将《2026年青山湖区政务公开工作要点》印发给你们，请结合实际抓好落实。",
             "@signature 南昌市青山湖区人民政府办公室", "@date 2026年3月5日", "@page_break",
             "@attachment_title 2026年青山湖区政务公开工作要点", *items]
    return "\n".join(lines) + "\n"


_NAMED_ITEMS = ["（一）财政信息公开。区财政局按时公开部门预决算和“三公”经费，8月底前完成上年度决算公开。",
                "（二）民生政策公开。区民政局集中公开低保、特困供养政策和办理流程，每季度更新一次。",
                "（三）信访回应。3月底前，区信访局通过“赣服通”区级分厅回应群众关切，办理结果实时公开。",
                "（四）政策解读。区医保局、区财政局联合印发医保政策解读手册，6月底前发放到各社区。"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_named_department_acting_without_modal(fmt, tmp_path):
    assert _codes(_points(_NAMED_ITEMS), fmt, tmp_path, "GW102") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [
    "（二）民生政策公开。有关单位集中公开低保、特困供养政策和办理流程，每季度更新一次。",
    "（二）民生政策公开。集中公开低保、特困供养政策和办理流程，每季度更新一次。",
    "（二）民生政策公开。对区民政局的低保政策公开情况进行年度考核。",
    "（二）民生政策公开。区民政局的低保政策和办理流程要在区政府网站公开。",
    "（二）民生政策公开。区民政局支持的低保政策宣传项目优先安排。",  # the unit's verb makes a relative clause
])
def test_gw102_generic_subject_or_unit_as_object(item, fmt, tmp_path):
    items = [_NAMED_ITEMS[0], item, *_NAMED_ITEMS[2:]]
    found = [f for f in _codes(_points(items), fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.excerpt[:4] for f in found] == ["（二）民"], [f.message for f in found]

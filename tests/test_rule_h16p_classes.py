"""Classes of round 16, second wave (issue 15, helper h16p), in phrasings of their own:

- F1 GW102: lower governments' collective (各街道, 各区、县（市）, 各乡镇（街道）) beside a generic collective of
  departments in a sentence-final responsibility clause (……，由各街道和区有关部门组织实施。) is 各地各部门 written
  out, as it is in brackets; a named unit beside them, or the collective alone, names the unit.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes, _doc


def _plan(items: list[str], issuer: str = "杭州市人民政府", recipients: str = "各区、县（市）人民政府，市政府各部门：") -> str:
    lines = ["@doc_number 杭政发〔2026〕12号", f"@title {issuer}关于印发杭州市促进消费若干措施的通知",
             f"@recipients {recipients}", "现将《杭州市促进消费若干措施》印发给你们，请认真贯彻执行。",
             f"@signature {issuer}", "@date 2026年5月8日", "@page_break", "@attachment_title 杭州市促进消费若干措施",
             *items]
    return "\n".join(lines) + "\n"


_ITEMS = ["1. 发放消费券。全年发放数字消费券2亿元，由市商务局会同市财政局负责。",
          "2. 繁荣夜间经济。打造夜间消费集聚区10个，{clause}。",
          "3. 促进汽车消费。对购买新能源汽车的个人给予补贴，市商务局负责。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("clause, fires", [
    ("由各区、县（市）和市有关部门抓好落实", True),
    ("由各街道和区有关部门组织实施", True),
    ("各乡镇（街道）和市直相关单位按职责负责", True),
    ("由市商务局会同各区、县（市）负责", False),  # a named unit leads
    ("由各区、县（市）负责", False),  # the lower governments' collective alone
    ("由各街道负责", False),
])
def test_gw102_sentence_final_generic_pair(fmt, clause, fires, tmp_path):
    items = [i.replace("{clause}", clause) for i in _ITEMS]
    found = [f for f in _codes(_plan(items), fmt, tmp_path, "GW102") if not f.data.get("summary")]
    if fires:
        assert [f.data["measure"] for f in found] == [2] and "繁荣夜间" in found[0].excerpt
    else:
        assert found == []


# ------------------------------------------------------------ F2: a division table inside the carried document
_F2_MEASURES = ["（一）扩大企业吸纳就业。对吸纳高校毕业生就业的中小微企业给予一次性吸纳就业补贴。",
                "（二）支持创业带动就业。创业担保贷款额度个人最高提高至30万元。",
                "（三）加强困难群体就业帮扶。对就业困难人员实行实名制动态管理。",
                "各项举措的牵头单位和配合单位见下表。"]
_F2_ROWS = {1: "@table （一）扩大企业吸纳就业|市人力资源和社会保障局|市财政局、各县（市、区）人民政府",
            2: "@table （二）支持创业带动就业|市人力资源和社会保障局|人民银行赣州市分行",
            3: "@table （三）加强困难群体就业帮扶|市人力资源和社会保障局|市民政局"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("listed, missing", [((1, 2, 3), []), ((1, 3), [2]), ((2, 3), [1]), ((1, 2), [3])])
def test_gw102_division_table_after_the_measures(fmt, listed, missing, tmp_path):
    items = [*_F2_MEASURES, "@table 举措|牵头单位|配合单位", *(_F2_ROWS[k] for k in listed)]
    src = _plan(items, "赣州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：")
    found = _codes(src, fmt, tmp_path, "GW102")
    measures = [f for f in found if not f.data.get("summary")]
    # once per missing measure, at the measure (the row cells are no measures of their own)
    assert [f.data["measure"] for f in measures] == missing
    assert all(f.line < 12 for f in measures)
    summary = [f for f in found if f.data.get("summary")]
    assert [(f.data["missing"], f.data["measures"]) for f in summary] == ([(1, 3)] if missing else [])
    # the row cells repeating the measures' numbers are no headings out of sequence
    assert _codes(src, fmt, tmp_path, "GW705") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_division_table_generic_row(fmt, tmp_path):
    rows = [_F2_ROWS[1], _F2_ROWS[2], "@table （三）加强困难群体就业帮扶|各县（市、区）、市级有关部门|—"]
    src = _plan([*_F2_MEASURES, "@table 举措|牵头单位|配合单位", *rows], "赣州市人民政府办公室",
                "各县（市、区）人民政府，市政府各部门：")
    measures = [f for f in _codes(src, fmt, tmp_path, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in measures] == [3]
    assert "分工表中这一条也只写了泛指的单位" in measures[0].message


# ------------------------------------------------------------ F3: run-in section heads over a task table
def _sectioned(table_rows: list[str], header: str = "@table 序号|重点任务|责任单位|完成时限") -> str:
    items = ["一、发展目标。到2028年，全市建成县级物流配送中心13个，农村网络零售额年均增长10%以上。",
             "二、重点任务。围绕补齐农村商业设施短板，实施县域商业设施提升、物流配送体系建设两大工程，具体任务见下表。",
             header, *table_rows,
             "三、保障措施。加大财政资金支持，强化金融服务，加强用地保障。"]
    return _plan(items, "吉安市人民政府办公室", "各县（市、区）人民政府，市政府各部门：")


_F3_ROWS = ["@table 1|改造提升县城综合商贸服务中心|市商务局、各县（市、区）人民政府|2027年底",
            "@table 2|建设农产品冷链物流节点|{unit}|2028年6月",
            "@table 3|培育农村电商服务站点|市商务局|2028年底"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit, fires", [("市商务局、市农业农村局", False), ("—", True), ("", True), ("相关部门", True),
                                         ("/", True)])
def test_gw102_run_in_section_heads_over_a_task_table(fmt, unit, fires, tmp_path):
    rows = [r.replace("{unit}", unit) for r in _F3_ROWS]
    found = _codes(_sectioned(rows), fmt, tmp_path, "GW102")
    # 二、重点任务 and 三、保障措施 head sections: the tasks are the rows
    assert not [f for f in found if f.data.get("measure") is not None]
    rows_told = [f for f in found if f.data.get("table")]
    assert [f.excerpt for f in rows_told] == (["建设农产品冷链物流节点"] if fires else [])


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_short_last_row_of_a_text_table(fmt, tmp_path):
    """The last row of a table without 序号 whose unit cell is empty (a .txt copy drops the cell)."""
    rows = ["@table 城镇老旧小区改造|市住房城乡建设局|2027年底", "@table 推进片区综合开发||2027年6月"]
    found = _codes(_sectioned(rows, "@table 任务|责任单位|完成时间"), fmt, tmp_path, "GW102")
    assert [f.excerpt for f in found if f.data.get("table")] == ["推进片区综合开发"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_section_head_without_a_table_is_still_a_measure(fmt, tmp_path):
    items = ["一、发展目标。到2028年，全市建成县级物流配送中心13个。",
             "二、重点任务。改造提升县城综合商贸服务中心，建设农产品冷链物流节点，市商务局负责。",
             "三、保障措施。加大财政资金支持，强化金融服务，加强用地保障。"]
    found = _codes(_plan(items, "吉安市人民政府办公室"), fmt, tmp_path, "GW102")
    assert [f.data["measure"] for f in found if not f.data.get("summary")] == [3]


# ------------------------------------------------------------ F4: a zone's 管委会 office and its approval
def _zone(issuer: str, preamble: str, recipients: str = "各镇（街道）：") -> str:
    body = [preamble, "一、各镇（街道）要于5月20日前完成辖区内隐患排查，建立问题清单。",
            "二、各镇（街道）必须落实属地责任，明确一名分管负责同志。"]
    # a doc number of the zone's own (the shared helper's x字 reads into the issuer's name in .txt)
    return _doc(issuer, recipients, body, "关于做好安全生产隐患排查工作的通知").replace("x字〔2026〕8号", "新管字〔2026〕7号")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, preamble, fires", [
    ("赣江新区管委会办公室", "现就有关事项通知如下。", False),  # the zone government's office
    ("南昌高新技术产业开发区管理委员会办公室", "现就有关事项通知如下。", False),
    ("赣江新区经济发展局", "现就有关事项通知如下。", True),  # a department of the zone
    ("合肥经济技术开发区规划建设局", "经局党组研究，现就有关事项通知如下。", True),
    ("合肥经济技术开发区规划建设局", "已经开发区管委会同意，现就有关事项通知如下。", False),
    ("赣江新区经济发展局", "经新区管委会主任办公会议研究同意，现就有关事项通知如下。", False),
    ("南昌县农业农村局", "经县政府常务会议研究同意，现就有关事项通知如下。", False),
    ("南昌县农业农村局", "已经开发区管委会同意，现就有关事项通知如下。", True),  # no zone's own department
])
def test_gw104_zone_committee_office_and_approval(fmt, issuer, preamble, fires, tmp_path):
    found = _codes(_zone(issuer, preamble), fmt, tmp_path, "GW104")
    assert bool(found) is fires
    if fires and "开发区" in issuer:
        assert "请报经合肥经济技术开发区管委会同意" in found[0].message


# ------------------------------------------------------------ F8: a deadline set for the lower government, no modal
def _dept(line: str) -> str:
    return _doc("江西省林业局", "各设区市人民政府：", ["现就开展年度自评有关事项通知如下。", line], "关于开展林长制工作年度自评的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("二、各设区市人民政府于次年1月15日前将自评报告报送省林业局。", True),
    ("（二）各设区市人民政府3月底前完成林长巡林记录整理，逐级建立台账。", True),
    ("2. 各设区市在6月30日前组织开展森林督查问题整改。", True),
    ("各设区市人民政府于每年12月10日前，将林长制工作总结报送省林业局。", True),
    ("三、各设区市人民政府2027年底前全面完成林长制“一林一档”建设。", True),
    ("省林业局于2月底前将复核结果反馈各设区市人民政府。", False),  # the issuer's own deadline
    ("各设区市人民政府已于1月15日前完成自评并报送自评报告。", False),  # told, done
    ("各设区市人民政府3月底前报送的自评报告，省林业局将组织复核。", False),  # the subject qualifies a noun
    ("全省林长制工作现场推进会于3月20日在吉安市召开。", False),  # a date, no deadline
])
def test_gw104_deadline_without_modal(fmt, line, fires, tmp_path):
    found = _codes(_dept(line), fmt, tmp_path, "GW104")
    assert bool(found) is fires
    if fires:
        assert "限期" in found[0].message


# ------------------------------------------------------------ F6: a speech told in one paragraph, issued in the next
def _study(body: list[str]) -> str:
    return _doc("抚州市人民政府办公室", "各县（区）人民政府，市政府各部门：", body, "关于认真学习贯彻全市高质量发展大会精神的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("told, issued, fires", [
    ("市委书记张立新同志出席会议并发表重要讲话。", "现将讲话全文印发给你们，请认真学习贯彻。", True),
    ("市长刘峰同志作了题为《奋力推进高质量发展》的讲话。", "二、现将讲话文稿印发你们，请认真组织学习。", True),
    ("市长刘峰同志作了讲话。", "现将会议精神传达如下：各县（区）要抓好项目建设。", False),
    ("市长刘峰同志作了讲话。", "讲话已在《抚州日报》全文刊发，请自行组织学习，不再另行印发。", False),
])
def test_gw103_speech_told_then_issued(fmt, told, issued, fires, tmp_path):
    body = ["2月20日，市政府召开全市高质量发展大会，" + told, issued]
    found = _codes(_study(body), fmt, tmp_path, "GW103")
    assert len(found) == (1 if fires else 0)
    if fires:
        assert found[0].excerpt.startswith(issued.split("，")[0][:6])


# ------------------------------------------------------------ F7: heads and deputies written as job titles
def _meeting(people: str, label: str = "参会人员", kind: str = "现场观摩会") -> str:
    body = [f"经研究，定于2026年6月22日在泰和县召开全市高标准农田建设{kind}。现将有关事项通知如下。",
            "一、会议时间：6月22日上午8:30。", f"二、{label}：{people}。"]
    return _doc("吉安市农业农村局", "各县（市、区）农业农村局：", body, f"关于召开全市高标准农田建设{kind}的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label, people, fires", [
    ("参加观摩人员", "各县（市、区）农业农村局局长、分管农田建设的副局长和农田建设股股长", True),
    ("参会人员", "各县（市、区）农业农村局党组书记、分管副书记及党建办负责人", True),
    ("观摩人员", "各县（市、区）农业农村局主任、分管副主任", True),
    ("参加人员", "各县（市、区）农业农村局正职和分管副职", True),
    ("参加观摩人员", "各县（市、区）农业农村局分管耕地保护的副局长和耕地股股长", False),  # the deputy and an officer
    ("参加观摩人员", "各县（市、区）农业农村局局长", False),  # the head alone
])
def test_gw202_head_and_deputy_as_job_titles(fmt, label, people, fires, tmp_path):
    found = _codes(_meeting(people, label), fmt, tmp_path, "GW202")
    assert bool(found) is fires


# ------------------------------------------------------------ F5: records kept or shared are no report
def _enforcement(line: str) -> str:
    return _doc("江西省市场监督管理局", "各设区市、赣江新区市场监管局：", ["现就有关工作通知如下。", line],
                "关于规范行政执法全过程记录工作的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("一、作出行政处罚决定后，及时将违法失信信息推送至省公共信用信息平台，实施联合惩戒。", False),
    ("二、执法音像资料当日上传至执法音像记录管理系统，并保存六个月以上。", False),
    ("三、行政处罚决定按规定在国家企业信用信息公示系统公示。", False),
    ("二、各设区市市场监管局每月5日前将上月执法情况汇总表上传至全省执法监督平台。", True),
    ("一、各设区市市场监管局每月10日前通过省市场监管执法办案系统报送上月案件办理情况。", True),
])
def test_gw106_records_kept_or_shared(fmt, line, fires, tmp_path):
    src = _enforcement(line)
    assert bool(_codes(src, fmt, tmp_path, "GW106")) is fires
    assert _codes(src, fmt, tmp_path, "GW302") == []

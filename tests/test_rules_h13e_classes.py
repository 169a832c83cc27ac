"""Classes of issue 15 round 13 (h13e): a plan item named in quotes with its serial (GW301), a word of
ranking that names a yardstick (GW301), inspection words run together with research words or means
(GW303), a 主送 with 分号 and no colon (GW704), several attachments on one line of the 附件说明 (GW706), a
title with neither 关于 nor a 文种 (GW703, not GW708) and 对 before 对+a place abbreviation (GW806).
Each case is a marked draft rendered by gwlint.docgen and linted with the default configuration."""
from __future__ import annotations

import pytest

from gwlint.analysis.structure import _numbered_items
from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path), Config()).findings if f.code == code]


# ------------------------------------------------------------------ GW301
PLAN = ("@doc_number 湘应急函〔2027〕61号\n@title 湖南省应急管理厅关于开展2027年度安全生产督查的通知\n"
        "@recipients 各市州应急管理局：\n{basis}湖南省应急管理厅将于10月对部分县（市、区）人民政府开展督查。\n"
        "@signature 湖南省应急管理厅\n@date 2027年9月15日\n")


@pytest.mark.parametrize("basis, fires", [
    ("根据已列入省政府2027年度督查检查考核计划的“安全生产责任制落实情况督查”（第9项），", False),
    ("按照列入省政府2027年度督查检查考核计划的“危险化学品安全督查”，", False),
    ("列入省政府年度督查检查考核计划的督查事项须报省政府督查室备案。", True),
    ("", True),
])
def test_a_quoted_plan_item_with_its_serial_is_the_plan_followed(tmp_path, basis, fires):
    assert bool(_found(tmp_path, PLAN.format(basis=basis), "GW301")) is fires


ASSESS = ("@doc_number 赣交养字〔2027〕22号\n@title 江西省交通运输厅关于推进普通国省道养护提质的通知\n"
          "@recipients 各设区市人民政府：\n对养护工程实行清单化管理，{what}，每年组织一次第三方评估。\n"
          "2027年6月底前完成辖区国省道桥梁定期检测。（责任单位：各设区市人民政府）\n"
          "@signature 江西省交通运输厅\n@date 2027年3月9日\n")


@pytest.mark.parametrize("what, fires", [
    ("健全养护考核指标体系", False),
    ("制定养护考核办法", False),
    ("健全养护考核评价体系", False),
    ("评估结果纳入年度考核", True),
    ("评估结果在全省排名", True),
])
def test_a_ranking_word_naming_a_yardstick_ranks_no_one(tmp_path, what, fires):
    assert bool(_found(tmp_path, ASSESS.format(what=what), "GW301")) is fires


# ------------------------------------------------------------------ GW303
VISIT = ("@doc_number 黔卫健函〔2027〕58号\n@title 贵州省卫生健康委员会关于做好基层卫生服务工作的通知\n"
         "@recipients 各市（州）卫生健康局：\n9月起，委领导将开展基层医疗卫生机构{label}，了解药品配备的实际困难。\n{after}"
         "@signature 贵州省卫生健康委员会\n@date 2027年8月26日\n")


@pytest.mark.parametrize("label, after, fires", [
    ("巡查调研", "", True),
    ("走访督导", "", True),
    ("督查蹲点", "", True),
    ("督查走访", "督查发现的问题由属地限期整改。\n", False),
    ("走访调研", "", False),
])
def test_inspection_word_run_together_with_research(tmp_path, label, after, fires):
    assert bool(_found(tmp_path, VISIT.format(label=label, after=after), "GW303")) is fires


# ------------------------------------------------------------------ GW704
RECIPIENTS = ("@doc_number 川文旅函〔2027〕77号\n@title 四川省文化和旅游厅关于做好春节期间公共文化服务的通知\n"
              "@recipients {line}\n各公共图书馆要正常开放，合理安排开放时间。\n@signature 四川省文化和旅游厅\n@date 2027年1月18日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_semicolons_and_no_colon_are_one_finding_at_the_recipients(tmp_path, fmt):
    found = _found(tmp_path, RECIPIENTS.format(line="各市（州）文化广播电视和旅游局；省直属各文化单位"), "GW704", fmt)
    assert len(found) == 1 and "分号" in found[0].message and "冒号" in found[0].message
    assert [e.text for e in found[0].fix.edits] == ["，", "："]


def test_proper_recipients_stay_quiet(tmp_path):
    assert not _found(tmp_path, RECIPIENTS.format(line="各市（州）文化广播电视和旅游局，省直属各文化单位："), "GW704")


# ------------------------------------------------------------------ GW706
def test_numbered_names_on_one_line_are_split():
    assert _numbered_items("1.帮扶企业名单2.帮扶内容清单") == ["1.帮扶企业名单", "2.帮扶内容清单"]
    assert _numbered_items("1．资助政策要点；2．认定流程；3．拨付时间表") == ["1．资助政策要点", "2．认定流程", "3．拨付时间表"]
    assert _numbered_items("1.2027年1.5万元补助名单") == ["1.2027年1.5万元补助名单"]
    assert _numbered_items("帮扶企业名单") == ["帮扶企业名单"]


ATTACH = ("@doc_number 潭应急函〔2027〕19号\n@title 湘潭市应急管理局关于开展应急物资储备核查的通知\n"
          "@recipients 各县市区应急管理局：\n现将储备物资品目和核查要点印发给你们。\n@attachment_note 附件：{note}\n"
          "@signature 湘潭市应急管理局\n@date 2027年3月25日\n@page_break\n@attachment_label 附件1\n"
          "@attachment_title 应急物资储备品目\n折叠床、帐篷。\n@page_break\n@attachment_label 附件2\n"
          "@attachment_title 储备核查要点\n账实相符。\n")


@pytest.mark.parametrize("note, fires", [
    ("1.应急物资储备品目2.储备核查要点", False),
    ("1.应急物资储备品目　2.储备核查要点", False),
    ("1.应急物资储备品目", True),
])
def test_attachment_count_reads_every_number_of_a_line(tmp_path, note, fires):
    assert bool(_found(tmp_path, ATTACH.format(note=note), "GW706")) is fires


# ------------------------------------------------------------------ GW703 / GW708
TITLE = ("@doc_number 潍农发〔2027〕68号\n@title {title}\n@recipients 各县市区农业农村局：\n"
         "各县市区要做好重大动物疫病秋季集中免疫。\n@signature 潍坊市农业农村局\n@date 2027年9月10日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("title", ["潍坊市农业农村局2027年全市秋冬季疫病防控工作安排", "2027年全市秋冬季疫病防控任务安排"])
def test_title_without_guanyu_or_genre_is_a_title_format_defect(tmp_path, fmt, title):
    source = TITLE.format(title=title)
    assert _found(tmp_path, source, "GW703", fmt) and not _found(tmp_path, source, "GW708", fmt)


def test_no_title_at_all_is_still_a_missing_title(tmp_path):
    source = TITLE.replace("@title {title}\n", "")
    assert _found(tmp_path, source, "GW708") and not _found(tmp_path, source, "GW703")


# ------------------------------------------------------------------ GW806
DOUBLE = ("@doc_number 黑商函〔2027〕88号\n@title 黑龙江省商务厅关于做好边境贸易统计监测工作的通知\n"
          "@recipients 各市（地）商务局：\n各市（地）商务局要{text}。\n@signature 黑龙江省商务厅\n@date 2027年5月12日\n")


@pytest.mark.parametrize("text, fires", [
    ("对对俄贸易企业按月监测", False),
    ("落实对对澳供水的安全责任", False),
    ("对对困难企业按月监测", True),
    ("对对老旧设备按月监测", True),
    ("对对新就业群体开展服务", True),
])
def test_doubled_dui_before_an_abbreviated_place(tmp_path, text, fires):
    assert bool(_found(tmp_path, DOUBLE.format(text=text), "GW806")) is fires

"""Readings the lead fixed in round 29, in surfaces of his own:

- GW803 "is this 反应 a slip for 反映": 反应 heading a compound names the reaction itself (疑似预防接种异常反应情况,
  药品不良反应问题, 过敏反应情况) and is right as written; 反应情况/反应问题 after a person or body (群众反应情况,
  及时反应问题) is the slip.  (holdout30 gw1/gw106-g08b was a false alarm.)
- tables "how wide is this table" (holdout33 gw203-g29c/g30b, read after its first sight): a cell-per-line table whose
  header opens with 序号 is as wide as its first numbered row, whatever its columns are called and whether its cells
  are sentences, so .txt reads it as .docx does; GW203/GW201 "is this event held": a row another cell of which
  cancels it (停办, 取消, 不再举办) lists no event.
- GW104 "is this document approved" (holdout33 gw104-g72a): the word before 经……同意 is a negator or modal only
  when it is a word of its own (须经, 未经), not the end of one (本纪要经市人民政府同意印发; jieba cut 本纪|要).
- GW302 "is this a demand or a practice told" (holdout33 gw302-g48b): others' practice opened by a one-character level
  (部分镇仍要求……上传走访照片, 个别县……) is told as 部分乡镇 is.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("每周五12时前，各接种单位将本周接种人数和疑似预防接种异常反应情况报区卫生健康委。", False),
    ("各医疗机构要做好药品不良反应问题的监测和上报。", False),
    ("接种后留观30分钟，发现过敏反应情况的立即处置。", False),
    ("请各街道将群众反应情况及时报区信访局。", True),
    ("各社区要畅通渠道，及时反应问题和诉求。", True),
])
def test_gw803_reaction_compounds_are_right(sentence, fires, fmt, tmp_path):
    src = marked_doc("南宁市青秀区卫生健康局", "各街道社区卫生服务中心，辖区各医疗机构：",
                     ["为做好秋冬季疫苗接种工作，现将有关事项通知如下。", sentence])
    found = _codes(src, fmt, tmp_path, "GW803")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ tables: a 序号 table read the same in every format
_PLAN = ["2027年，全县文化和旅游工作以创建全域旅游示范区为牵引，推进文旅融合。主要任务分解如下。",
         "2027年重点工作任务分解表"]


def _plan_src(rows: list[str], header: str = "序号|工作任务|完成时间|责任股室（单位）") -> str:
    return "\n".join([
        "@doc_number 黎文旅发〔2027〕4号", "@title 黎平县文化和旅游局关于印发2027年工作要点的通知",
        "@recipients 局机关各股室，局属各单位：",
        "现将《黎平县文化和旅游局2027年工作要点》印发给你们，请结合职责抓好落实。",
        "@signature 黎平县文化和旅游局", "@date 2027年2月8日", "@page_break",
        "@attachment_title 黎平县文化和旅游局2027年工作要点", *_PLAN, f"@table {header}",
        *(f"@table {r}" for r in rows), "各股室、局属各单位对照分工，每季度末在局务会上通报进展。"]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows, header, fires", [
    # cells that are sentences (a comma inside) under 序号 | 工作任务: the row's 研讨会 is the plan's, as in .docx
    (["1|完成肇兴侗寨智慧旅游二期建设，上线分时预约系统|6月底|产业发展股",
      "2|举办侗族大歌传承发展研讨会，邀请省内外专家共同谋划保护项目|7月|办公室、产业发展股",
      "3|开展A级景区安全生产检查|全年|市场管理股"], "序号|工作任务|完成时间|责任股室（单位）", True),
    # an unfamiliar last column (处理意见) and rows that stop the events: nothing is held
    (["1|侗族大歌传承发展论坛|县文化馆|停办，相关议题并入全县文化工作会议",
      "2|全县茶旅融合年中务虚会|县农业农村局|停办",
      "3|“书香黎平”读书分享研讨会|县图书馆|取消，改为线上读书分享"], "序号|活动名称|原举办单位|处理意见", False),
    (["1|侗族大歌传承发展论坛|县文化馆|如期举办",
      "2|全县茶旅融合年中务虚会|县农业农村局|停办"], "序号|活动名称|原举办单位|处理意见", True),
])
def test_gw203_numbered_tables_read_alike_and_cancelled_rows(rows, header, fires, fmt, tmp_path):
    found = _codes(_plan_src(rows, header), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW104: an approval stated at the end of a 纪要
def _minutes_src(last: str) -> str:
    return "\n".join([
        "@doc_number 孝交字〔2027〕21号", "@title 孝感市交通运输局关于印发全市农村公路养护工作会议纪要的通知",
        "@recipients 各县（市、区）人民政府：", "现将《全市农村公路养护工作会议纪要》印发给你们。",
        "@attachment_note 附件：全市农村公路养护工作会议纪要", "@signature 孝感市交通运输局", "@date 2027年7月2日",
        "@page_break", "@attachment_label 附件", "@attachment_title 全市农村公路养护工作会议纪要",
        "2027年6月25日，市交通运输局在云梦县召开全市农村公路养护工作会议，副市长出席并讲话。现纪要如下。",
        "一、会议要求，各县（市、区）人民政府要把县道危桥改造列入年度计划，10月底前完成已列项目。",
        "二、会议明确，市交通运输局对养护项目实行季度通报。", last]) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, fires", [
    ("本纪要经市人民政府同意印发。", False),      # 纪要 ends in 要: no modal before 经
    ("本纪要已经市人民政府同意。", False),
    ("未经市人民政府同意，本纪要不作为考核依据。", True),  # 未经……同意: no approval
    ("会议纪要印发后，各县（市、区）须经市人民政府同意方可调整项目。", True),
])
def test_gw104_approval_closing_a_minutes(last, fires, fmt, tmp_path):
    found = _codes(_minutes_src(last), fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: others' practice named by a one-character level
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("一是留痕现象仍有反弹。部分镇仍要求村干部每天在工作群上传走访照片，个别村的走访记录本由驻村干部代写。", False),
    ("督查中看到，个别县要求乡镇每周报送工作台账和活动照片，基层疲于应付。", False),
    ("各镇要于每月5日前将上月入户走访照片和工作台账报县民政局备查。", True),
])
def test_gw302_practice_told_by_one_character_levels(sentence, fires, fmt, tmp_path):
    src = marked_doc("宁都县民政局", "各乡镇人民政府：",
                     ["为巩固基层减负成果，现将上半年督查发现的问题通报如下。", sentence,
                      "请各乡镇对照问题抓好整改。"], title="关于基层减负督查情况的通报", docno="宁民字〔2027〕9号",
                     date="2027年7月5日")
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]

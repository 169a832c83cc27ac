"""Classes of issue 15 round 12 (h12d): GW102 — a note naming all departments each for its own
share (市直各部门), postal and hospital units in a closing list, both documents of 印发A和B, an
issuer of no readable level; GW106 — a negator inside the object of 将 or inside a 《》 name,
event-relative deadlines, uploads to a shared folder, 党委 departments, a timed 书面报备.  Each
case is a marked draft rendered by gwlint.docgen and linted with the default configuration."""
from __future__ import annotations

import pytest

from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path), Config()).findings if f.code == code]


# ------------------------------------------------------------------ GW102
PLAN = ("@doc_number {no}\n@title {issuer}关于印发数据共享行动方案的通知\n@recipients 各县（区）人民政府，市直各部门：\n"
        "《数据共享行动方案》已经研究同意，现印发给你们，请认真组织实施。\n@attachment_note 附件：数据共享行动方案\n"
        "@signature {issuer}\n@date 2026年6月1日\n@page_break\n@attachment_label 附件\n@attachment_title 数据共享行动方案\n"
        "@heading1 一、编制数据目录\n9月底前完成本单位政务数据资源目录编制。{note}\n"
        "@heading1 二、升级共享平台\n12月底前完成共享平台升级。（责任单位：市数据局）\n"
        "@heading1 三、完善便民服务\n村级服务站配备邮政、医疗服务网点，市卫生健康委、{post}按职责负责。\n")


@pytest.mark.parametrize("note, post, missing", [
    ("（责任单位：市直各部门）", "市邮政公司、市医院", 0),
    ("（责任单位：市直各有关部门）", "市邮政公司、市医院", 1),
    ("（责任单位：各地各部门）", "市邮政公司、市医院", 1),
    ("（责任单位：市直各部门）", "有关单位", 0),  # 市卫生健康委 still names the third
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_whole_set_notes_and_enterprise_units(tmp_path, note, post, missing, fmt):
    src = PLAN.format(no="吉府办发〔2026〕8号", issuer="吉安市人民政府办公室", note=note, post=post)
    found = [f for f in _found(tmp_path, src, "GW102", fmt) if not f.data.get("summary")]
    assert len(found) == missing


def test_issuer_of_no_readable_level_is_checked(tmp_path):
    src = PLAN.format(no="青德园管发〔2026〕7号", issuer="青岛中德生态园管理委员会", note="", post="市医院")
    found = [f for f in _found(tmp_path, src, "GW102") if not f.data.get("summary")]
    assert [f.data["measure"] for f in found] == [1] and "××局" in found[0].message


TWO = ("@doc_number 修政发〔2026〕4号\n@title 修水县人民政府关于印发养老服务实施意见和工作方案的通知\n"
       "@recipients 各乡镇人民政府，县政府各部门：\n现将《关于发展养老服务的实施意见》《互助养老推进工作方案》印发给你们。\n"
       "@attachment_note 附件：1.关于发展养老服务的实施意见\n@attachment_note 2.互助养老推进工作方案\n"
       "@signature 修水县人民政府\n@date 2026年5月12日\n@page_break\n@attachment_label 附件1\n"
       "@attachment_title 关于发展养老服务的实施意见\n一、改造敬老院。完成5所敬老院改造。（责任单位：县民政局、各乡镇人民政府）\n"
       "二、落实供养待遇。按时发放基本生活费。（责任单位：县民政局）\n@page_break\n@attachment_label 附件2\n"
       "@attachment_title 互助养老推进工作方案\n一、建设互助点。每个行政村建成1个互助养老服务点。{tail}\n"
       "二、建立积分制度。推行时间银行积分兑换。（责任单位：县民政局）\n")


@pytest.mark.parametrize("tail, fires", [("", True), ("（责任单位：各乡镇人民政府）", False)])
def test_second_document_of_a_shortened_title_is_read(tmp_path, tail, fires):
    assert bool(_found(tmp_path, TWO.format(tail=tail), "GW102")) is fires


# ------------------------------------------------------------------ GW106
ASK = ("@doc_number 于卫健字〔2026〕12号\n@title {issuer}关于做好有关工作的通知\n@recipients {recipients}\n"
       "为做好有关工作，现通知如下。\n{sentence}\n@signature {issuer}\n@date 2026年3月18日\n")
BUREAU = ("于都县卫生健康委员会", "各乡镇卫生院，县妇幼保健院：")


@pytest.mark.parametrize("who, sentence, fires", [
    (BUREAU, "各乡镇卫生院于4月30日前将补种情况和未接种儿童名单报县卫生健康委疾病预防控制股。", True),
    (BUREAU, "各乡镇卫生院在开学第三天将补种情况和未接种儿童名单报县卫生健康委。", True),
    (BUREAU, "各乡镇卫生院于4月30日前将补种情况不再报送县卫生健康委。", False),
    (BUREAU, "各乡镇卫生院每月10日前更新《疫苗接种整治进度台账》，并上传至县卫生健康委共享文件夹。", True),
    (BUREAU, "因故不能按期完成的，须于9月5日前书面报备县卫生健康委。", True),
    (BUREAU, "因故不能按期完成的，请及时电话告知县卫生健康委。", False),
    (("中共吉安市委宣传部", "各县（市、区）委宣传部："), "请于11月30日前将年度工作总结报送市委宣传部。", True),
    (("中共吉安市委", "各县（市、区）委："), "请于11月30日前将年度工作总结报送市委办公室。", False),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_submission_classes(tmp_path, who, sentence, fires, fmt):
    issuer, recipients = who
    src = ASK.format(issuer=issuer, recipients=recipients, sentence=sentence)
    assert bool(_found(tmp_path, src, "GW106", fmt)) is fires

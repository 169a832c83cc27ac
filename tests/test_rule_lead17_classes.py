"""Classes the lead fixed in round 17, in other phrasings than the drafts that showed them:

- GW105: those a document evaluates are idle (the document goes too wide) where it says they need do nothing and
  nothing is ranked. An inspection (督查、检查、暗访、考核) judges those it inspects, so there the text must also
  waive ranking; an evaluation by data (评估、评价) that never mentions ranking ranks nobody.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW105: an inspection that waives materials only
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    ("广西壮族自治区林业局", "各市人民政府：", "关于开展林长制落实情况暗访的通知",
     ["自治区林业局将于9月对各市及所辖县（市、区）人民政府落实林长制情况开展暗访。",
      "暗访采取随机抽取林班、实地查看的方式，不召开座谈会，不要求各地准备汇报材料。"]),
    ("山东省水利厅", "各市人民政府：", "关于开展河湖管理保护专项督查的通知",
     ["省水利厅决定于10月对各市人民政府河湖管理保护工作开展专项督查。",
      "督查以实地查看为主，不听取汇报，无需各市提供书面材料。"]),
])
def test_gw105_inspection_without_ranking_waiver_concerns_the_inspected(fmt, issuer, recipients, title, body,
                                                                        tmp_path):
    assert _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    # the same inspection, ranking waived in words: the inspected have nothing to do with the document
    ("山东省水利厅", "各市人民政府：", "关于开展河湖管理保护专项督查的通知",
     ["省水利厅决定于10月对各市人民政府河湖管理保护工作开展专项督查。",
      "督查以实地查看为主，不听取汇报，无需各市提供书面材料，督查结果不排名、不通报。"]),
    # an evaluation by platform data that never speaks of ranking
    ("河南省自然资源厅", "各省辖市人民政府：", "关于开展耕地保护成效评价的通知",
     ["省自然资源厅将于11月委托第三方机构，依据国土变更调查平台数据，对各省辖市耕地保护成效进行评价，"
      "不到现场、不要求提供材料。"]),
])
def test_gw105_evaluation_that_burdens_and_ranks_nobody_goes_too_wide(fmt, issuer, recipients, title, body,
                                                                      tmp_path):
    assert len(_codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW105")) == 1

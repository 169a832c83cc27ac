"""Readings f31b changed in round 31 (the GW1xx failures of holdout34r/holdout35 by class), tested on probe drafts
(tests/r31_f31b_probes/, named <rule>-<class letter><n>-….gw; ``# expect:`` lines give the findings, none for a
near-miss):

- GW102 (facts.policy_measures, _article_assigns): a 新区/开发区 管委会's own departments are named after the zone
  (高新区经济运行局, 经开区建设局, 由高新区党群工作部负责) and share an article-form 细则's work out as the issuer's
  level; an article that gives its work to 相关部门 then names nobody.  若干政策 is a policy form.  A paragraph closed by a
  generic note (（各部门负责）, （相关部门负责）) is a prose line and shows the paragraph-by-paragraph sharing out.
  Names: 由+unit+verb (由镇财政所按季度拨付) acts; an office hosted by a named unit (联席会议办公室设在市商务局) names
  it; 市级各部门按照职责分工，对本部门……负责 (a comma after the lead) is each department's own share.
- GW106 (submissions, report_demands, handouts): a standing report named in a relative clause with its standing date
  (各所每月3日前报送的月报, 每周五12时前报送的周报) is a standing demand (a frequency alone, 每年报送的, or a date once,
  3月底前报送的, only describes the papers); the issuer's own meeting speaking in its minutes (会议明确/会议要求) is no
  relay; an application, module or 专区 of a platform is a destination (上传至“浙里办”××应用); a line only introducing
  a list (材料目录如下：) after a handout sentence goes on handing down; agricultural operators (经营主体, 家庭农场) are
  parties, and an attachment's table of what a party files (……提交申报材料（清单见附件）) asks nobody below.
- GW105 (orgs.classify, generic_actors, predicates.possessed_submission): an archives (档案馆) is a department of its
  level; 市各委办局、市各直属单位 are the level's own units; a collective opening its clause as the possessor of what
  the clause sends up (各地各部门的政务信息……报市政府办公室; 各县（区）的自查报告于……前报……) has work.

Each probe is rendered by gwlint.docgen to .txt/.docx/.pdf; only the probe's own rule is asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import FORMATS, assert_probe, probe_params

_PROBES = Path(__file__).parent / "r31_f31b_probes"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, code, expected", probe_params(_PROBES))
def test_probe(src, code, expected, fmt, tmp_path):
    assert_probe(src, code, expected, fmt, tmp_path)

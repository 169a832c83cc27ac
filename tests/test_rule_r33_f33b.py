"""Readings f33b changed in round 33, from the failures of holdout36 (GW104, GW105, GW106, GW707) and a real
document's over-report (tests/corpus/real32/ln-qianshan-xinxi), checked on probes of each class written before
the change (tests/r33_f33b_probes/, named <rule>-<class letter><n>.gw; ``# expect:`` lines give the findings,
none for a near-miss):

- GW104: a topic fronted before a subjectless 请 may be headed by a verbal noun or picked out by a demonstrative
  (整改工作|此项工作|本次排查工作请于……前完成); a 管委会 the 主送 names beside the lower governments, written out again
  after 和/及 (各旗县市（区）人民政府和乌拉盖管理区管委会对……一律……), stays in the subject.
- GW105: a bare collective with a （含……） insert (请各市（含定州、辛集市）于……) names the level of its governments, not
  县级市 as well; an evaluation that asks nothing and ranks nothing leaves the places it names (涉及各市的分析结论)
  idle; 各地各部门 as a clause's subject gives the lower governments work.
- GW106: a paper the issuer hands out in one sentence (or numbered item) and the units hand back (交回, 送回) in the
  next is one demand, with its signature; 场长 is a leader; a sentence after a numbered title presenting the
  table (二、约稿安排。现将……列表如下：) is the table's lead; a form filled in by a higher body's requirement and
  collected by 市局 to be passed up is relayed; the issuer's own sections (委基层卫生健康处) and universities in a
  table's 承担单位 column are no lower units; an application asked only of those who choose to apply (有推荐意向的)
  or listed under 申报材料 is no burden; the same leaders' signature asked again is one finding.
- GW707: a numbered line in the body face leading on to a table (四、……分工如下：) is body text, not a heading.

Each probe is rendered by gwlint.docgen to .txt/.docx/.pdf; only the probe's own rule is asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from gwlint.analysis.units import find_units

from .conftest import CORPUS
from .drafts import FORMATS, assert_probe, probe_params

_PROBES = Path(__file__).parent / "r33_f33b_probes"
REAL = CORPUS / "real32"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, code, expected", probe_params(_PROBES))
def test_probe(src, code, expected, fmt, tmp_path):
    assert_probe(src, code, expected, fmt, tmp_path)


@pytest.mark.parametrize("text, unit, reaches", [
    ("请各市（含定州、辛集市）和雄安新区于10月15日前", "各市（含定州、辛集市）", ("city",)),
    ("各县（含开发区）要于", "各县（含开发区）", ("county",)),
    ("请各市和雄安新区于10月15日前", "各市", ("city", "county")),  # no insert: 县级市 may be meant as well
])
def test_bare_collective_with_insert(text, unit, reaches):
    u = next(u for u in find_units(text) if u.text.startswith(unit[:2]))
    assert (u.text, u.reaches_for("province")) == (unit, reaches)


def test_real32_signing_restated_is_one_finding():
    from gwlint.api import lint_path

    r = lint_path(REAL / "ln-qianshan-xinxi.txt")
    assert r.error is None
    found = [f for f in r.findings if f.code == "GW106"]
    assert [f.line for f in found] == [11] and found[0].severity == "error"

"""Readings f26b fixed in round 26 (GW106), tested in surfaces written for this file (not from any eval set).

Reading A -- "whose report is it": a report handed in by the issuer's own people (a team the issuer forms or
sends: 3个抽查组, 暗访小组, 现场核查组; an ad hoc body of its own operation: 现场指挥部) goes to the issuer from
itself, not from the units below; a team a lower unit forms (各县（市、区）自查组), or a lower unit named as the
subject, still reports upwards.  Misreads found (holdout30 gw106-g17a, gw106-g73a):
  - the submitter reader skipped a clause-opening lead word (现 of 现将) even when it was only the first
    character of a longer word (现场指挥部 read as 场指挥部, so the body was lost and the 主送 assumed);
    a lead is now skipped only when it ends on a token boundary;
  - a team with a count (3个抽查组), a qualifier (现场核查组, 专项暗访小组) or another inspection word (抽查,
    复查, 巡察, 明查) was not read as the issuer's own; a team formed by 局机关/厅机关 (the issuer's own
    offices) was not read as formed by the issuer.
  Base 461e8aa9 score on the 16 surfaces below (one format): 5 of 8 innocent wrong, 0 of 8 guilty wrong.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

CITY = ("湛江市应急管理局", "各县（市、区）应急管理局：")
PROV = ("广东省交通运输厅", "各地级以上市交通运输局：")
COUNTY = ("崇义县市场监督管理局", "各乡镇市场监管所，县直有关单位：")


def _doc(who: tuple[str, str], body: list[str], tail: list[str] = ()) -> str:
    issuer, recipients = who
    return marked_doc(issuer, recipients, body, title="关于开展安全生产专项检查的通知", docno="综字〔2027〕8号",
                      date="2027年6月14日", tail=tail)


INTRO = "为排查消除重大隐患，定于7月开展专项检查。现将有关事项通知如下。"

# ------------------------------------------------------------ reading A: the issuer's own people report
INNOCENT = [
    # a counted team formed by the issuer's own offices
    (CITY, [INTRO, "一、组织方式。局机关组成4个抽查组，每组由1名局领导带队。",
            "二、结果运用。4个抽查组在抽查结束后5个工作日内各自形成抽查报告，交局安全监管科汇总。"]),
    # a qualified team (现场核查组), split sentences, provincial issuer
    (PROV, [INTRO, "厅里抽调业务骨干组成现场核查组。现场核查组于核查结束后3个工作日内提交核查报告，报厅安全监督处。"]),
    # an ad hoc body of the issuer's own operation, after a time clause
    (CITY, [INTRO, "检查期间发生险情的，由局领导任现场总指挥。",
            "险情处置结束后，现场指挥部在5个工作日内形成处置总结，报局应急领导小组办公室。"]),
    # a numbered item, another team word (暗访小组) with a qualifier
    (COUNTY, [INTRO, "（三）专项暗访小组于暗访结束后3日内形成暗访报告，报局办公室。"]),
    # a counted team of another inspection word (复查组)
    (PROV, [INTRO, "整改期满后，厅派出2个复查组。2个复查组于复查结束后10日内将复查报告报厅安全监督处。"]),
    # 现场工作组 in a table-like numbered line
    (CITY, [INTRO, "1.现场工作组每周五前将检查进展报局办公室。"]),
    # the team is the subject after a time adverbial
    (COUNTY, [INTRO, "检查结束后，各抽查组于5日内形成抽查报告，报局综合股汇总。"]),
    # 注：
    (PROV, [INTRO, "注：各明查组检查结束后3日内将检查报告报厅安全监督处。"]),
]

GUILTY = [
    # 现 as the lead of 现将/现请: the lower units asked
    (CITY, [INTRO, "现请各县（市、区）应急管理局于6月30日前将自查报告报市局。"]),
    # a team a lower unit forms reports upwards
    (CITY, [INTRO, "各县（市、区）要组成2个自查组。自查组于6月30日前形成自查报告，报市局安全监管科。"]),
    # a lower unit's named team
    (PROV, [INTRO, "各地级以上市督导组于督导结束后3日内形成督导报告，报省厅安全监督处。"]),
    # a 现场-word object, the subject the 主送
    (COUNTY, [INTRO, "二、请于7月10日前将现场检查发现问题的整改报告报局综合股。"]),
    # a lower unit forms a 现场 team in the same sentence
    (CITY, [INTRO, "各县（市、区）要成立现场核查组，于7月10日前将核查报告报市局。"]),
    # 由于 opening a sentence is not 由 + subject
    (PROV, [INTRO, "由于汛期临近，各地级以上市交通运输局须于6月20日前将隐患排查报告报省厅。"]),
    # a numbered item: a lower unit's offices form the team, the team's report goes up
    (PROV, [INTRO, "（二）各地级以上市交通运输局抽调人员组成3个抽查组，各抽查组于7月10日前将抽查报告报省厅。"]),
    # 现场 qualifier on a lower unit's report, in 注：
    (CITY, [INTRO, "注：各县（市、区）应急管理局现场检查结束后3日内将检查报告报市局。"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body", INNOCENT)
def test_gw106_own_people_report_to_issuer(who, body, fmt, tmp_path):
    found = _codes(_doc(who, body), fmt, tmp_path, "GW106")
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body", GUILTY)
def test_gw106_lower_units_still_report(who, body, fmt, tmp_path):
    found = _codes(_doc(who, body), fmt, tmp_path, "GW106")
    assert found, "no GW106"

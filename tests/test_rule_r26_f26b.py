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
  Base 461e8aa9 score on the 16 surfaces below (txt): 6 of 8 innocent wrong, 1 of 8 guilty wrong (a team formed
  by 各县（市、区） was read as the issuer's: the former's name was cut at its bracket).

Reading B -- "is a measure's actor named enough, does it need one" (GW102, holdout30 gw102-g17c):
  - every department answering for its own share (市直各部门对本部门主管行业领域……负监管责任) names the actor as
    much as 对本部门……负责 does: the share may be said with 负X责任/承担X责任, not only 负责;
  - an item titled as enforcement (严格责任追究) whose sentences are sanctions on a condition (对瞒报事故……的企业和
    人员，依法依规从严惩处) is procedural: the sanction verbs include 惩处/查处/处罚/惩戒, not only 追究/处理.
  Base 461e8aa9 score on the 12 surfaces below (txt): 6 of 6 innocent wrong, 0 of 6 guilty wrong.

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


# ------------------------------------------------------------ reading B: GW102's actor named enough / needed
def _measures(issuer: str, recipients: str, item: str) -> str:
    body = ["为坚决遏制重特大事故，结合本地实际，制定以下措施。",
            "一、开展隐患排查。全面排查重点企业重大隐患，建立清单逐项整改。（牵头单位：{a}应急管理局；配合单位：{a}公安局）",
            "二、整治运输车辆超载。在主要出口设置称重设施，对超载车辆禁止驶出。（责任单位：{a}交通运输局）",
            item,
            "四、推进联合执法。每季度开展一次联合执法，执法结果向社会公布。（牵头单位：{a}应急管理局）"]
    a = issuer[:3]
    return marked_doc(issuer, recipients, [b.replace("{a}", a) for b in body], title="关于进一步加强安全生产的若干措施",
                      docno="综字〔2027〕8号", date="2027年6月14日")


CITY_GOV = ("鄂州市人民政府", "各区人民政府，市人民政府各部门：")
COUNTY_GOV = ("崇义县人民政府", "各乡镇人民政府，县直各单位：")
PROV_GOV = ("青海省人民政府", "各市、自治州人民政府，省政府各委、办、厅、局：")

MEASURE_INNOCENT = [
    (COUNTY_GOV, "三、落实行业监管职责。县直各部门对本部门主管行业领域内的外包施工、爆破作业、危险化学品管理负监管责任。", "落实行业监管职责"),
    (PROV_GOV, "三、压实部门责任。省政府各部门对本部门牵头的改革事项和行业领域的安全生产承担主体责任。", "压实部门责任"),
    (CITY_GOV, "三、落实单位责任。市直各单位对本单位承担的建设项目负直接责任，按月调度推进。", "落实单位责任"),
    (CITY_GOV, "三、严格责任追究。对瞒报事故、弄虚作假的企业和人员，依法依规从严惩处。", "严格责任追究"),
    (COUNTY_GOV, "三、强化责任追究。对工作不力、造成重大损失的单位和个人，依法依规严肃查处。", "强化责任追究"),
    (PROV_GOV, "三、严肃追责问责。对虚报冒领补贴资金的，依法予以处罚；对失职渎职的，依纪依规惩戒。", "严肃追责问责"),
]
MEASURE_GUILTY = [
    (COUNTY_GOV, "三、落实行业监管职责。有关部门对主管行业领域内的外包施工、爆破作业负监管责任。", "落实行业监管职责"),
    (CITY_GOV, "三、压实部门责任。各部门要加强配合，共同负起行业安全监管责任。", "压实部门责任"),
    (PROV_GOV, "三、强化源头治理。对瞒报事故、弄虚作假的企业，依法依规从严惩处。", "强化源头治理"),
    (CITY_GOV, "三、严格责任追究。对瞒报事故的企业依法依规从严惩处。同时，每年安排5000万元专项资金支持企业安全改造。", "严格责任追究"),
    (COUNTY_GOV, "三、落实监管责任。相关单位对涉及露天矿山的外包施工负监管责任，并加强日常巡查。", "落实监管责任"),
    (PROV_GOV, "三、严格责任追究。对瞒报事故、弄虚作假的企业和人员，依法依规从严惩处。建立举报奖励制度，畅通举报渠道。", "严格责任追究"),
]


def _item_findings(who, item, title, fmt, tmp_path):
    found = _codes(_measures(*who, item), fmt, tmp_path, "GW102")
    return [f for f in found if title in f.message]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, item, title", MEASURE_INNOCENT)
def test_gw102_own_share_or_sanction_needs_no_named_unit(who, item, title, fmt, tmp_path):
    found = _item_findings(who, item, title, fmt, tmp_path)
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, item, title", MEASURE_GUILTY)
def test_gw102_generic_or_policy_item_still_needs_unit(who, item, title, fmt, tmp_path):
    found = _item_findings(who, item, title, fmt, tmp_path)
    assert found, "no GW102 on the item"

"""Classes h18g fixed in round 18 (issue 15), in other phrasings than the drafts that showed them:

- GW203: an activity the document launches (决定于……开展……宣传周活动, 关于开展……读书月活动的通知) or a meeting the
  issuer's own printed plan convenes (关于印发……筹备方案的通知) is the issuer's event: a forum held 期间/同期 is its
  side event; a forwarded (转发) document's events stay another's.
- GW302: enterprises named as the object of an inspection (各乡镇对辖区企业开展排查，每次排查都要全程留痕) are the
  inspected: the trace demanded in a later clause is the inspectors'; a material in the clause that names the
  enterprise (要求企业出示……台账) stays a regulated party's.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW203: side events of the issuer's own activity
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    ("江西省生态环境厅", "各设区市生态环境局：", "关于开展2026年六五环境日宣传活动的通知",
     ["省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动。",
      "（一）各设区市生态环境局组织环保设施向公众开放。",
      "（二）活动期间同期举办“美丽江西建设”生态文明论坛，邀请专家学者交流。"]),
    ("成都市武侯区人民政府办公室", "各街道办事处，区级各部门：", "关于印发2026年社区治理工作现场会筹备方案的通知",
     ["现将《2026年社区治理工作现场会筹备方案》印发给你们，请抓好落实。",
      "经区政府研究，定于2026年7月9日在玉林街道召开全区社区治理工作现场会。",
      "现场会同期举办社区营造研讨会，邀请高校学者点评。"]),
])
def test_gw203_forum_beside_the_issuers_own_activity_is_its_own(fmt, issuer, recipients, title, body, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW203")
    assert len(found) == 1 and found[0].data["kind"] in ("论坛", "研讨会")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body", [
    # the forwarded notice launches the activity and its forum: another's
    ("南昌市人民政府办公室", "各县（区）人民政府，市政府各部门：", "转发省生态环境厅关于开展2026年六五环境日宣传活动的通知",
     ["现将《江西省生态环境厅关于开展2026年六五环境日宣传活动的通知》转发给你们，请认真贯彻执行。",
      "省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动，活动期间同期举办“美丽江西建设”生态文明论坛。"]),
    # the activity is launched but no event is held beside it (a forum others hold, attended online)
    ("江西省生态环境厅", "各设区市生态环境局：", "关于开展2026年六五环境日宣传活动的通知",
     ["省生态环境厅决定于6月1日至7日开展六五环境日系列宣传活动。",
      "活动期间，各设区市生态环境局可组织干部在线收看生态环境部将在北京举办的生态文明论坛。"]),
])
def test_gw203_forwarded_or_attended_forum_is_not_the_issuers(fmt, issuer, recipients, title, body, tmp_path):
    assert _codes(_doc(issuer, recipients, body, title), fmt, tmp_path, "GW203") == []


# ------------------------------------------------------------ GW302: the inspected enterprise keeps no record
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    ["各县（区）生态环境局对辖区重点排污企业开展日常巡查，每轮巡查要做到全过程留痕，巡查记录纳入年度考核。"],
    ["3.各乡镇对辖区烟花爆竹经营商户逐户开展安全检查，检查要事事留痕，县安委办将查阅检查台账并据此排名通报。"],
])
def test_gw302_trace_of_those_who_inspect_enterprises_is_asked(fmt, body, tmp_path):
    doc = _doc("上饶市应急管理局", "各县（市、区）应急管理局：", body, "关于开展安全隐患排查的通知")
    assert len(_codes(doc, fmt, tmp_path, "GW302")) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", [
    # the enterprise's own ledger, asked in the clause that names it
    ["各县（市、区）应急管理局对辖区烟花爆竹经营企业开展安全检查，检查时要求企业出示进销存台账和安全培训记录。"],
    # an enforcement procedure's own record
    ["各县（市、区）应急管理局对辖区烟花爆竹经营企业开展执法检查，执法全过程留痕，做到程序合法。"],
])
def test_gw302_enterprise_ledgers_and_enforcement_records_stay_quiet(fmt, body, tmp_path):
    doc = _doc("上饶市应急管理局", "各县（市、区）应急管理局：", body, "关于开展安全隐患排查的通知")
    assert _codes(doc, fmt, tmp_path, "GW302") == []

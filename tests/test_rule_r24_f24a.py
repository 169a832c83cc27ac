"""Readings f24a fixed in round 24 (holdout27r/27/26r failures), each tested in phrasings of its own:

- meetings: an event the issuer's side organises, said by an organiser clause with the name right after it and no
  定于 (（二）由州自然资源局与州测绘地理信息学会联合主办……研讨交流会，9月在……召开; 由市人民政府主办……论坛), is
  held by the document (holdout27r gw203-g01c); an organiser clause naming the issuer's side (由银川市人民政府主办
  第五届……葡萄酒节) makes the document hold an event of its own, so 节会期间举办……论坛 is on its programme
  (gw203-g02c). Not: 参加由……主办的……论坛 (attributive), another province's government as organiser
  (由贵州省人民政府主办), a 学会/协会 alone, a past 已由……主办.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         tail: list[str] | None = None) -> str:
    lines = ["@doc_number 综字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}", *body,
             f"@signature {issuer}", "@date 2027年3月14日", *(tail or [])]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ meetings: events the issuer's side organises
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, body, fires", [
    ("赣州市商务局", ["一、重点工作", "（一）推进跨境电商综试区建设。", "（二）由市商务局与市电子商务协会共同主办赣南脐橙电商发展论坛，10月在信丰县举行。"], True),
    ("赣州市商务局", ["今年下半年，由市人民政府主办、市商务局承办第三届湾区产业合作研讨会，具体时间另行通知。"], True),
    ("六安市科学技术局", ["4.由我局联合主办“科创走廊”建设务虚会，安排在11月。"], True),
    ("赣州市商务局", ["请各县（市、区）商务局组织企业参加由市电子商务协会主办的赣南脐橙电商发展论坛。"], False),
    ("广西壮族自治区科学技术厅", ["博览会期间由贵州省人民政府主办多场平行论坛，请有意参加的单位报名。"], False),
    ("赣州市商务局", ["（二）由市电子商务协会主办赣南脐橙电商发展论坛，本局给予指导。"], False),
    ("赣州市商务局", ["去年由市商务局主办赣南脐橙电商发展论坛，效果良好。今年继续做好电商培训。"], False),
])
def test_gw203_event_of_own_organiser(issuer, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, "各县（市、区）有关部门：", body), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, fires", [
    ("为打响茶叶品牌，由普洱市人民政府主办第二届普洱茶文化节，11月在思茅区举行。", True),
    ("为打响茶叶品牌，由中国茶叶流通协会主办第二届普洱茶文化节，11月在思茅区举行。", False),
])
def test_gw203_side_event_of_own_festival(lead, fires, fmt, tmp_path):
    body = ["《第二届普洱茶文化节工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。"]
    tail = ["@attachment_title 第二届普洱茶文化节工作方案", lead, "一、活动安排",
            "1.开幕式。11月8日在思茅区举行。（责任单位：市文化旅游局）",
            "2.茶产业论坛。文化节期间，在宁洱县举办普洱茶产业高质量发展论坛。（责任单位：市农业农村局）"]
    found = _codes(_doc("普洱市人民政府办公室", "各县（区）人民政府，市直有关部门：", body,
                        "关于印发第二届普洱茶文化节工作方案的通知", tail), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]

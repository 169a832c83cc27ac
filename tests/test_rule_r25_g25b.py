"""Readings g25b fixed in round 25 (holdout29's GW105/GW401 false alarms), in phrasings of its own:

- units (GW105): a township's own organ named with the other township word in brackets and no 各 (街道（镇）养老服务
  中心, 镇（街道）综治中心, 乡（镇）农业综合服务站) is at the township level, as 各镇（街道）农业综合服务站 is: what it
  does is the townships' work, so the 街道办事处 and 镇人民政府 the notice goes to have work (holdout29 gw303-g54b);
  without such an organ (or with an organ of the issuer's own level only) they still have none.
- visited (GW401): the units a visit notice says form its team (由A、B、C组成联合调研组; A会同B组成联合督导组; 调研组由
  A牵头，B……组成) are the team's own side: an escort by their people (由B××科同志全程陪同; a 陪同人员 cell naming B,
  with or without its level word) is the team's, not the visited side's (holdout29 gw401-g41b); an escort by a unit
  below the issuer that is no member (由县农业农村局同志陪同, 由所到街道同志陪同) is still asked of the visited side.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕12号", date="2027年5月18日")


# ------------------------------------------------------------ GW105: a township's own organ, bracketed township word
_ELDER = ["根据市里的统一部署，今年全区对运营满一年的养老机构开展等级评定。",
          "养老机构自愿申请，6月30日前通过政务服务网提交申请。",
          "区民政局负责评定工作的统筹协调和结果审核，现场评审委托第三方评估机构实施。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # a district bureau; the organ in a sentence of its own, permissive 可以
    ("成都市武侯区民政局", "各街道办事处、各镇人民政府：",
     [*_ELDER, "街道（镇）养老服务中心可以为辖区养老机构准备申请材料提供咨询。"], False),
    # the other order, a numbered item, a duty verb
    ("成都市武侯区民政局", "各街道办事处、各镇人民政府：",
     [*_ELDER, "（三）现场核查。镇（街道）综治中心负责核实申请机构的消防和安全隐患排查情况。"], False),
    # a county bureau to 乡（镇） governments, the organ after a clause of the bureau's own
    ("会昌县农业农村局", "各乡（镇）人民政府：",
     ["今年全县开展高标准农田建后管护情况核查。", "县农业农村局负责制定核查方案，委托第三方机构实地核查。",
      "核查结果由县农业农村局汇总，乡（镇）农业综合服务站做好管护人员的登记造册。"], False),
    # near-misses: no organ of the townships, or only the district's own centre
    ("成都市武侯区民政局", "各街道办事处、各镇人民政府：", _ELDER, True),
    ("成都市武侯区民政局", "各街道办事处、各镇人民政府：",
     [*_ELDER, "区养老服务指导中心可以为养老机构准备申请材料提供咨询。"], True),
])
def test_gw105_township_own_organ_bracketed(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, "关于做好2027年度养老机构等级评定工作的通知"), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the team's member units escort it
_VISIT = "关于开展专题调研的通知"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    # members named before, escort by one of them without its level word, in a numbered discipline item
    ("赣州市人民政府办公室", "各县（市、区）人民政府：",
     ["为编制现代农业发展规划，市政府决定由市农业农村局、市发展改革委、市自然资源局组成联合调研组，于6月开展专题调研。",
      "（一）调研方式。调研组直接到田间地头和农户家中了解情况，不提前通知。",
      "（二）调研纪律。调研组轻车简从，统一乘车，由发展改革委农村经济科同志全程陪同联络。"], False),
    # 会同 … 组成 in one paragraph, the escort in a split sentence of another
    ("会昌县人民政府办公室", "各乡镇人民政府：",
     ["县教育体育局会同县卫生健康局组成联合调研组，于9月赴部分学校了解学生近视防控情况。",
      "调研期间，由卫生健康局疾控股同志陪同。调研组不听汇报，不搞座谈。"], False),
    # 调研组由A牵头，B参加; the escort by B with its level word
    # a programme table whose 陪同人员 cells name a member (the table in another paragraph than the team)
    ("桂林市文化广电和旅游局", "各县（市、区）文化广电和旅游局：",
     ["我局将于7月开展乡村旅游发展专题调研。", "调研组由局资源开发科牵头，市旅游发展服务中心派员参加。",
      "调研行程如下：", "@table 日期|地点|调研内容|陪同人员", "@table 7月8日|阳朔县|察看民宿集聚区|旅游发展服务中心李明",
      "@table 7月9日|龙胜县|察看梯田景区|旅游发展服务中心李明"], False),
    # near-misses: the escort by a unit below that is no member, or by the visited places
    ("赣州市人民政府办公室", "各县（市、区）人民政府：",
     ["为编制现代农业发展规划，市政府决定由市农业农村局、市发展改革委、市自然资源局组成联合调研组，于6月开展专题调研。",
      "（一）调研纪律。调研组轻车简从，统一乘车，由县农业农村局分管负责同志全程陪同。"], True),
    ("会昌县人民政府办公室", "各乡镇人民政府：",
     ["县教育体育局会同县卫生健康局组成联合调研组，于9月赴部分学校了解学生近视防控情况。",
      "调研期间，由所到乡镇分管负责同志陪同。"], True),
])
def test_gw401_escort_by_team_member(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, _VISIT), fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]

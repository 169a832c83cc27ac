"""Classes g24b fixed in round 24 (holdout28r's GW106 misses), in phrasings of its own:

- submissions: a weak submission verb of two characters that jieba splits (发|至, 报|至, 送|至) is that verb: a
  material sent 至 the issuer's office or mailbox is handed up (gw106-g51b); sent 至 the lower bodies it is no burden.
- submissions: 填报下表 / 将下表……报送 — the table printed below is the form asked for (gw106-g53c); 按下表要求报送,
  见下表 only point to the table's terms.
- submissions: 报 + a leader + 签批/审签/圈阅 (报市政府分管副市长签批同意后印发) is an approval step, as 报……同意 is: no
  material handed up, no signature asked of a body below (gw107-g13b).
- GW106: a numbered line with a title and a sentence after it (三、数据报送。各单位按下表提供……) is no bare title: the
  table of materials under it is found once, at that lead sentence, not at the table's row (gw106-g51c).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日")


# ------------------------------------------------------------ split weak verbs: 发|至
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("泉州市农业农村局", "各县（市、区）农业农村局：",
     ["各地要组织对辖区农药经营门店开展检查。", "检查台账和盖章扫描件请于7月5日前发至市农业农村局种植业科工作邮箱qzzzy@163.com。"],
     True),
    ("湖北省民政厅", "各市、州、县民政局：",
     ["一、摸底范围为全省城乡特困人员供养机构。", "二、各地汇总形成摸底情况表，于5月20日前发至省厅养老服务处邮箱。"],
     True),
    ("泉州市农业农村局", "各县（市、区）农业农村局：",
     ["检查发现的问题由市农业农村局列出清单，发至各县（市、区）农业农村局，实行销号管理。"], False),
])
def test_gw106_split_weak_verb(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ 填报下表: the table below is the form
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["一、各校组织人员对校舍开展排查。", "二、请各校于6月30日前填报下表，加盖公章后交县教育局基础教育股。",
      "@table 学校名称|排查项目|存在问题|整改措施"], True),
    (["各卫生院要对辖区重点人群开展随访。", "请各单位于每季度末填报下表后报送县卫生健康局。",
      "@table 单位名称|随访人数|上门服务人次"], True),
    (["一、各校组织人员对校舍开展排查。", "二、排查项目见下表，各校对照落实。",
      "@table 排查项目|排查重点", "@table 校舍|墙体裂缝、屋面渗漏"], False),
])
def test_gw106_fill_in_the_table_below(body, fires, fmt, tmp_path):
    issuer, recipients = ("于都县教育局", "各中小学、幼儿园：") if "校" in body[0] else ("安吉县卫生健康局", "各乡镇卫生院：")
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ a title line with its lead sentence
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_table_finding_at_the_lead_sentence(fmt, tmp_path):
    body = ["一、加强慢病管理。各卫生院对签约患者按季度随访。",
            "二、数据报送。各单位按下表提供慢病随访数据。",
            "@table 报送内容|报送时间|报送方式",
            "@table 当季随访人次、失访人数|每季度末5日前发送至县卫健局医政科邮箱|Excel电子表格",
            "三、县卫生健康局年底组织满意度回访。"]
    found = _codes(_doc("德清县卫生健康局", "各乡镇卫生院：", body), fmt, tmp_path, "GW106")
    assert len(found) == 1, [f.message for f in found]
    assert "按下表提供" in found[0].excerpt, found[0].excerpt


# ------------------------------------------------------------ 报……领导签批: an approval step, no signature asked below
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("方案修改完善后，报县政府分管副县长签批同意后印发实施。", False),
    ("实施细则报省政府领导审签后，由省农业农村厅印发。", False),
    ("各乡镇自查报告须经乡镇主要负责同志签字后报送县农业农村局。", True),
])
def test_gw106_leader_approval_is_no_signature(line, fires, fmt, tmp_path):
    issuer = "龙南县农业农村局" if "县" in line else "江西省农业农村厅"
    recipients = "各乡镇人民政府：" if "县" in line else "各设区市农业农村局："
    found = _codes(_doc(issuer, recipients, ["一、各地组织开展农田水利设施排查。", line]), fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]

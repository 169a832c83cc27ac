"""Classes f20d fixed in round 20 (issue 15), in other phrasings than the drafts that showed them:

- GW301: the 街道办事处 count as the township level (round 20 ruling, as for GW105): a department inspecting
  them -- named (对各街道办事处……考核), counted (对全区13个街道办事处……考评), by their short name (赴各街道……督查) or
  only through the 主送 (各街道办事处、地区办事处) -- inspects that level; filed, the government's own, or aimed at
  sites in the streets, it does not.
- GW105: those a department goes to inspect (赴各街道开展督查) are concerned by the document, as those it inspects
  with 对 are.
- GW301: 抽查, 巡查, 核查 and “回头看” (quoted: the word itself) inspect the governments they name as such
  (对各设区市人民政府……开展抽查), not the matters checked (对各设区市取水许可审批情况开展抽查, 对各地报送的数据进行核查);
  擂台赛 and 比拼 between governments, ranked (晾晒排名), are a 评比 -- and concern those competing (GW105).
- GW203: an event whose organiser the text names as another body -- above the issuer (由商务部……共同主办) or no
  government body (由论坛秘书处主办, 主办单位为中国茶叶学会) -- is not the issuer's event; with the issuer, its
  government or a department of its level among the organisers, or only an 承办 named, it is; a notice serving
  an event (关于做好……期间服务保障工作的通知) holds none.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", "@date 2027年6月14日"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ GW301: street offices are the township level
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, sentence, fires", [
    ("各街道办事处：", "区民政局将于9月对全区9个街道办事处养老服务工作开展考评，考评结果排名通报。", True),
    ("各街道办事处、地区办事处：", "区民政局每季度对各街道办事处社区养老服务工作进行考核，考核结果在全区通报。", True),
    ("各街道办事处：", "区民政局将分组赴各街道开展养老服务专项督查，督查结果纳入街道年度考核。", True),
    ("各街道办事处：", "该考核已列入区政府年度督查检查考核计划并报区政府督查室备案。区民政局将于9月对全区9个街道办事处"
                     "养老服务工作开展考评。", False),
    ("各街道办事处：", "区民政局将于9月对各街道辖区内的养老机构开展安全检查，发现问题责令限期整改。", False),
])
def test_gw301_street_offices(recipients, sentence, fires, fmt, tmp_path):
    src = _doc("杭州市上城区民政局", recipients, ["为推动工作落实，现将有关事项通知如下。", sentence],
               "关于开展有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]
    if fires:
        assert "街道" in ((found[0].data or {}).get("target", "")), found[0].data
        assert not _codes(src, fmt, tmp_path, "GW105")  # the inspected street offices are concerned


# ------------------------------------------------------------ GW203: another body's event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("2027全球数字经济大会峰会定于7月在本市举办，由联合国工业发展组织和中国信息通信研究院共同主办。", False),
    ("2027中国旅游投资论坛定于7月在本市举行，主办单位为中国旅游协会。", False),
    ("2027数字经济发展论坛定于7月在本市举行，由国家发展改革委主办。", False),
    ("定于7月10日举办2027数字经济发展论坛，由市发展改革委与市数字经济协会联合主办。", True),
    ("定于7月10日举办2027数字经济发展论坛，由市人民政府主办，某某大学承办。", True),
    ("定于7月10日举办2027数字经济发展论坛，由某某研究院承办。", True),
])
def test_gw203_named_organiser(sentence, fires, fmt, tmp_path):
    src = _doc("某某市发展和改革委员会", "各县（市、区）发展改革局：",
               [sentence, "请各县（市、区）发展改革局做好有关配合工作。"], "关于做好有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW105: a team going to those addressed inspects them
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, places, cc, fires", [
    ("宁波市海曙区综合行政执法局", "各街道办事处：", "各街道", None, False),  # (区综合行政执法局将于……: no 我局)
    ("宁波市综合行政执法局", "各区（县、市）综合行政执法局：", "各区（县、市）", "各区（县、市）人民政府", True),  # places only
])
def test_gw105_team_visits_addressed(issuer, recipients, places, cc, fires, fmt, tmp_path):
    lines = ["@doc_number x字〔2027〕8号", f"@title {issuer}关于开展市容秩序专项督查的通知", f"@recipients {recipients}",
             f"为巩固全国文明城市创建成果，{issuer[3:]}将于6月至8月分组赴{places}开展市容秩序专项督查，督查结果纳入年度综合考核。",
             "一、督查重点：占道经营、乱堆乱放、户外广告设置和门前三包落实情况。",
             "二、督查方式：每月随机抽取主次干道和背街小巷实地查看，发现问题拍照交办。",
             *(["三、各区（县、市）综合行政执法局要做好督查配合工作。"] if cc else []),
             f"@signature {issuer}", "@date 2027年5月20日", *([f"@cc 抄送：{cc}。"] if cc else [])]
    found = _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: a notice serving another's event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, fires", [
    ("关于做好2027世界数字经济论坛期间服务保障工作的通知", False),
    ("关于印发2027世界数字经济论坛安保维稳工作方案的通知", False),
    ("关于举办2027世界数字经济论坛的通知", True),
])
def test_gw203_support_notice(title, fires, fmt, tmp_path):
    src = _doc("某某市人民政府办公室", "各县（市、区）人民政府，市政府各部门：",
               ["2027世界数字经济论坛定于9月下旬在本市国际会展中心举办。",
                "一、市公安局负责会场安全保卫，市交通运输局做好交通组织。"], title)
    found = _codes(src, fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: the other words of inspection
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("省水利厅将于9月对各设区市人民政府河湖“清四乱”问题整改情况开展“回头看”，结果在全省通报。", True),
    ("省水利厅每季度对各设区市人民政府河长制落实情况进行随机抽查，抽查结果在全省通报。", True),
    ("省水利厅将组织巡查组对各设区市人民政府防汛责任落实情况开展巡查，巡查结果在全省通报。", True),
    ("省水利厅决定在各设区市人民政府之间开展节水型社会建设擂台赛，每季度晾晒排名。", True),
    ("省水利厅将于9月对全省在建水利工程的施工企业开展质量抽查，对不合格工程开展核查处置。", False),
    ("省水利厅将对各地报送的河湖名录数据进行核查，发现错漏的及时更正。", False),
    ("省水利厅每季度对各设区市取水许可审批情况开展抽查。", False),  # the matters checked: no government named
    ("省水利厅将于10月委托第三方机构对整改情况开展回头看。", False),
])
def test_gw301_inspection_words(sentence, fires, fmt, tmp_path):
    src = _doc("江西省水利厅", "各设区市人民政府：", ["为推动工作落实，现将有关事项通知如下。", sentence],
               "关于加强有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]
    if "擂台赛" in sentence:
        assert not _codes(src, fmt, tmp_path, "GW105")  # the governments competing are concerned

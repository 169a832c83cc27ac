"""Readings f30c changed in round 30, from the reviewer's verdicts on 21 real local-government documents
(tests/corpus/real30, see its README), and on probes of each class written before the change:

- GW106 "does the issuer relay a higher body's demand": a higher body named with its notice or file but no 《》
  (按环保部通知要求填报, 按省厅通知要求) is the demand's source, as 按照《××部……通知》要求 was; a sentence right after
  it giving the time and place for the same materials (请于……前将调查表报送我厅) carries that demand on; a 转发 notice
  collecting what it forwards for the higher body (以便我局及时汇总上报省农业厅) relays it.  按照上级要求, 按我局通知要求,
  按照本通知要求, a ministry named elsewhere, or an upward purpose in a notice of the issuer's own stay its demand.
  按……通知要求 after the subject (请各县局按我局通知要求……) is a basis to judge, no higher body speaking.
- GW106 "one demand, one finding": a material asked for in one sentence and its deadline in the next are one finding.
- GW106 "applications": the 申报材料 of a programme the units may choose to enter (申报……创建/试点/示范, 视为放弃……资格,
  自愿申报) are no burden; an assessment's application forms (考核评估申报材料) are.
- GW106 materials: 请点附表下载 names a file to fetch, no material (was the item “点附表”).
- Structure: a bare 省政府办公厅/省教育厅 in the title takes the province of the 文号's 代字 (苏政办发 → 江苏省) or of the
  署名, and no province when nothing tells (not Jiangxi by default); a bare 市人民政府 takes the 署名 ending with it.
- GW301: a township report whose sentence ends in the issuer's own purpose (……上报我局，以利进行年度工作考核) launches
  the issuer's assessment of the townships.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; the corpus files are read as they are."""
from __future__ import annotations

import pytest

from gwlint.api import inspect_bytes, lint_path

from .conftest import CORPUS
from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

REAL = CORPUS / "real30"


def _real(name: str, code: str) -> list:
    r = lint_path(REAL / f"{name}.txt")
    assert r.error is None
    return [f for f in r.findings if f.code == code]


# ------------------------------------------------------------ the real documents, as the reviewer judged them
def test_real30_relayed_and_optional_demands_are_quiet():
    # hn-hbt #5/#6 (按环保部通知要求 + its deadline), cq #7 (视为放弃创建资格), zjnyj #8 (汇总上报省农业厅), stxz stays quiet
    for name in ("hn-hbt-zhuanfa", "cq-nw-zhuanfa", "gd-zjnyj-zhuanfa", "gd-hbt-stxz"):
        assert _real(name, "GW106") == [], name


def test_real30_own_demands_still_fire():
    # zj-linhai-nlj: the department's own demands of the townships (#1–#4 TRUE) and its own annual assessment (§3)
    assert [(f.line, f.column) for f in _real("zj-linhai-nlj", "GW106")] == [(4, 159), (4, 229)]
    assert len(_real("zj-linhai-nlj", "GW104")) == 2
    gw301 = _real("zj-linhai-nlj", "GW301")
    assert [(f.line, f.column) for f in gw301] == [(4, 229)] and "各镇人民政府、街道办事处" in gw301[0].message


def test_real30_no_material_fetched_from_a_link(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text((REAL / "hn-hbt-zhuanfa.txt").read_text(encoding="utf-8").replace("按环保部通知要求", ""), encoding="utf-8")
    found = [f for f in lint_path(p).findings if f.code == "GW106"]
    # without the relay: one demand (填报调查表 … 请于3月15日前将调查表……报送我厅), no item 点附表
    assert len(found) == 1 and "点附表" not in found[0].message and "于2016年3月15日前" in found[0].message


@pytest.mark.parametrize("name, issuer", [
    ("js-szb-biaozhang", "江苏省人民政府办公厅"),  # 省政府办公厅 + 苏政办发, no 署名: not 江西
    ("hb-xianning-jueding", "咸宁市人民政府"),  # 市人民政府 in the title, 咸宁市人民政府 signs
    ("sd-lzb-jiuye", None),
])
def test_real30_issuer_place(name, issuer):
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    ins = inspect_bytes(text.encode("utf-8"), "draft.txt", limits=None)
    assert ins.error is None
    got = ins.structure.issuer.name if ins.structure.issuer else None
    if issuer is None:
        assert got is None or not got.startswith("江西"), got
    else:
        assert got == issuer


# ------------------------------------------------------------ GW106 probes: relayed or the issuer's own
_PROBES = [
    # a ministry's notice named without 《》, in the sentence (省厅 to the cities)
    ("江西省水利厅", "各设区市水利局：", ["现将水利部《关于开展小型水库安全状况调查的通知》转发给你们。",
                                   "请你局认真组织，按水利部通知要求填报本级调查表，并于5月10日前报送我厅。"], 0),
    # a ministry's file, a city bureau to the counties
    ("九江市农业农村局", "各县（市、区）农业农村局：",
     ["请各县（市、区）农业农村局按农业农村部文件要求，于5月10日前将耕地质量调查表报送我局。"], 0),
    # the relayed demand in one paragraph, its time and place in the next
    ("湖南省林业局", "各市州林业局：", ["现将国家林草局《关于开展古树名木普查的通知》转发给你们。",
                                 "请你局按国家林草局通知要求填报本级普查表。", "请于6月15日前将普查表纸质版和电子版报送我局。"], 0),
    # … but a material of the issuer's own asked next is its own demand
    ("湖南省林业局", "各市州林业局：", ["现将国家林草局《关于开展古树名木普查的通知》转发给你们。",
                                 "请你局按国家林草局通知要求填报本级普查表。", "请于6月15日前将本地古树保护工作总结报送我局。"], 1),
    # a 转发 notice collecting for the higher department
    ("赣州市自然资源局", "各县（市、区）自然资源局：",
     ["现将省自然资源厅《关于开展地质灾害隐患点核查的通知》转发给你们，请你们认真填写《地质灾害隐患点核查表》，"
      "并于7月1日前将核查表报送我局，以便我局及时汇总上报省自然资源厅。"], 0),
    # the same upward purpose in a notice of the issuer's own: its demand
    ("赣州市自然资源局", "各县（市、区）自然资源局：",
     ["为摸清全市地质灾害隐患底数，请你们认真填写地质灾害隐患点核查表，并于7月1日前报送我局，以便我局及时汇总上报市政府。"], 1),
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["请各县（市、区）农业农村局按照上级要求，于5月10日前将春耕工作总结报送我局。"], 1),
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["为落实农业农村部关于春耕生产的部署，做好全市春耕工作。",
                                              "请各县（市、区）农业农村局于5月10日前将春耕工作总结报送我局。"], 1),
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["请各县（市、区）农业农村局按我局通知要求，于5月10日前将春耕工作总结报送我局。"], 1),
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["请各县（市、区）农业农村局按照县政府通知要求，于5月10日前将春耕工作总结报送我局。"], 1),
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["请各县（市、区）农业农村局按省厅通知要求，于5月10日前将春耕工作总结报送我局。"], 0),
    # one demand over two paragraphs: one finding, with its deadline; no item 点附表
    ("九江市农业农村局", "各县（市、区）农业农村局：", ["请各县（市、区）农业农村局认真填报耕地质量调查表。",
                                              "请于5月10日前将调查表纸质版（加盖公章）和电子版报送我局（调查表请点附表下载）。"], 1),
    # applications to programmes the units may choose to enter
    ("江西省农业农村厅", "各设区市农业农村局：", ["农业农村部决定开展第二批国家现代农业示范区创建工作。",
                                         "请各设区市组织辖区内符合条件的县（市、区）做好申报工作，于6月15日前将申报材料报送我厅，"
                                         "逾期未报送的，视为放弃申报资格。"], 0),
    ("宜春市商务局", "各县（市、区）商务局：", ["我局拟开展电子商务进农村示范县创建工作，各县（市、区）自愿申报。",
                                       "请有意申报的县（市、区）于8月20日前将申报材料报送我局。"], 0),
    # … not when the submitting is graded (申报情况纳入年度考核)
    ("宜春市商务局", "各县（市、区）商务局：", ["我局拟开展电子商务进农村示范县创建工作，各县（市、区）自愿申报。",
                                       "请有意申报的县（市、区）于8月20日前将申报材料报送我局，申报情况纳入年度商务工作考核。"], 1),
    # an assessment's application forms are a burden
    ("宜春市商务局", "各县（市、区）商务局：", ["我局将对各县（市、区）商务工作开展年度考核评估。",
                                       "请各县（市、区）于8月20日前将考核评估申报材料和自评表报送我局。"], 1),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, n", _PROBES)
def test_gw106_relayed_own_and_optional(issuer, recipients, body, n, fmt, tmp_path):
    forwarding = body[0].startswith("现将") and "转发" in body[0]
    title = "关于转发上级通知的通知" if forwarding else "关于做好有关工作的通知"
    found = _codes(marked_doc(issuer, recipients, body, title=title, docno="字〔2026〕8号"), fmt, tmp_path, "GW106")
    assert len(found) == n, [f.message for f in found]
    assert all("点附表" not in f.message for f in found)
    if n and "点附表" in "".join(body):
        assert "于5月10日前" in found[0].message and "调查表" in found[0].message


# ------------------------------------------------------------ GW301: the issuer's own purpose after a report
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, last, fires", [
    ("各镇人民政府、街道办事处：", "项目实施结束后各镇（街）要及时将全年实施工作总结上报我局，以利进行年度工作考核。", True),
    ("各乡镇人民政府：", "请各乡镇于12月10日前将全年秸秆禁烧工作总结报送我局，我局将据此对各乡镇进行年度考核。", True),
    ("各乡镇农业综合服务站：", "请各站于12月10日前将全年工作总结报送我局，以利进行年度工作考核。", False),
    ("各乡镇人民政府：", "请各乡镇于12月10日前将全年工作总结报送我局，以便汇总上报县政府参加全县年度综合考核。", False),
    ("各乡镇人民政府：", "根据县政府年度综合考核办法，请各乡镇于12月10日前将全年工作总结报送我局。", False),
])
def test_gw301_purpose_of_a_report(recipients, last, fires, fmt, tmp_path):
    src = marked_doc("彭泽县农业农村局", recipients, ["现将2027年度植保工作任务分解下达给你们。", last],
                     title="关于下达2027年度植保工作任务的通知", docno="彭农字〔2027〕8号")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ structure: a bare name's place
def _issuer_of(title: str, docno: str, signature: str) -> str | None:
    text = (f"{title}\n{docno}\n各市人民政府，省政府各部门：\n为做好有关工作，现将有关事项通知如下。请各地认真贯彻落实。\n"
            f"{signature}\n2026年3月7日\n").replace("\n\n", "\n")
    ins = inspect_bytes(text.encode("utf-8"), "draft.txt", limits=None)
    assert ins.error is None
    return ins.structure.issuer.name if ins.structure.issuer else None


@pytest.mark.parametrize("title, docno, signature, issuer", [
    ("省政府办公厅关于表彰先进单位的通知", "鲁政办发〔2026〕19号", "", "山东省人民政府办公厅"),
    ("省政府办公厅关于表彰先进单位的通知", "赣府厅字〔2026〕19号", "", "江西省人民政府办公厅"),
    ("省政府办公厅关于表彰先进单位的通知", "", "", "省人民政府办公厅"),
    ("省政府办公厅关于表彰先进单位的通知", "", "湖南省人民政府办公厅", "湖南省人民政府办公厅"),
    ("省教育厅关于表彰先进单位的通知", "浙教办〔2026〕19号", "", "浙江省教育厅"),
    ("市人民政府关于聘任委员的决定", "浔府发〔2026〕3号", "九江市人民政府", "九江市人民政府"),
    ("市人民政府关于聘任委员的决定", "浔府发〔2026〕3号", "", "市人民政府"),
    ("江西省教育厅关于表彰先进单位的通知", "苏教办〔2026〕19号", "", "江西省教育厅"),  # written in full: kept
])
def test_bare_issuer_takes_its_place(title, docno, signature, issuer):
    assert _issuer_of(title, docno, signature) == issuer

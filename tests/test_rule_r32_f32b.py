"""Readings f32b changed in round 32, from the reviewer's verdicts on 21 real local-government documents
(tests/corpus/real32, see its README), and on probes of each class written before the change
(tests/r32_f32b_probes/, named <rule>-<class letter><n>-….gw; ``# expect:`` lines give the findings, none for a
near-miss):

- Issuers: a 地级市 of the division table stays a 设区市 even when its 主送 reaches the 镇、街道 directly (东莞、中山、
  嘉峪关、儋州 have no county level; their 镇 are one level down); the short names of the 议事协调机构 offices
  (省委文明办, 市文明办, 县安委办, 区食安办) are 其他机关 like their full names, not departments; a 街道办事处 is the
  派出机关 of its district's government at the township level (乡镇级人民政府); a joint title run together opens a new
  name at 中共 or at the first name's place (成都市发改委中共成都市委社会工作部成都市……), and inspect lists every issuer.
- GW104: government departments issuing jointly with a 党委 department are still departments; “经市领导同意” is no
  government's approval.
- GW105: a county, or a 地级市 without counties, sending to its 乡镇、街道 that have no work: the message says so.
- GW106: a page with no title, 版头 or 署名 names its issuer in its contact lines (千山区信息产业局电话：……); without a
  主送 the units a template names by a placeholder (千山区xx镇) are those asked; a subject of joined units (各部门、各镇)
  with one below the issuer is a lower one; the signer stops at 其/责成/具有.
- GW708: a text with no title is judged with one element of a document (a 主送 line, a date, a 署名, or an opening
  naming its 文种: 纪要如下); a text with none (a passage) and a title alone (an article) are not.
- GW804: spans of days (19日-21日, 9月19日-21日, 5月30日-6月2日, 1-5日) take the 一字线.

Each probe is rendered by gwlint.docgen to .txt/.docx/.pdf; only the probe's own rule is asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from gwlint.api import inspect_bytes, inspect_path, lint_path

from .conftest import CORPUS, run_cli
from .drafts import FORMATS, assert_probe, marked_doc, probe_params, render_draft
from .drafts import lint_codes as _codes

_PROBES = Path(__file__).parent / "r32_f32b_probes"
REAL = CORPUS / "real32"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, code, expected", probe_params(_PROBES))
def test_probe(src, code, expected, fmt, tmp_path):
    assert_probe(src, code, expected, fmt, tmp_path)


# ------------------------------------------------------------ issuer typing, in every format
def _issuers(src: str, fmt: str, tmp_path) -> list[tuple[str, str, str]]:
    ins = inspect_path(render_draft(src, fmt, tmp_path), limits=None)
    assert ins.error is None
    return [(o.name, o.kind, o.level) for o in ins.structure.issuers]


_BODY = ["一、市人力资源社会保障局负责落实阶段性降低失业保险费率政策。", "二、市财政局负责保障补贴资金。"]

_ISSUERS = [
    # 地级市 without counties: their 镇、街道 are right below them
    ("东莞市人民政府", "各镇人民政府（街道办事处），市府直属各单位：", ("东莞市人民政府", "government", "city")),
    ("中山市人民政府办公室", "各镇人民政府、街道办事处：", ("中山市人民政府办公室", "government_office", "city")),
    ("嘉峪关市人力资源和社会保障局", "各镇人民政府：", ("嘉峪关市人力资源和社会保障局", "department", "city")),
    ("儋州市人民政府", "各镇人民政府：", ("儋州市人民政府", "government", "city")),
    # near-miss: a county-level city writing to its townships is county-level
    ("宁国市人民政府", "各乡镇人民政府、街道办事处：", ("宁国市人民政府", "government", "county")),
    # the offices of 议事协调机构 by their short names, as by their full names
    ("省委文明办", "各设区市文明办：", ("省委文明办", "other", "province")),
    ("福建省精神文明建设委员会办公室", "各设区市文明办：", ("福建省精神文明建设委员会办公室", "other", "province")),
    ("宁都县安委办", "各乡镇人民政府：", ("宁都县安委办", "other", "county")),
    ("鹿城区食安办", "各街道办事处：", ("鹿城区食安办", "other", "county")),
    # a 街道办事处 governs at the township level
    ("鹿城区五马街道办事处", "各社区，有关单位：", ("鹿城区五马街道办事处", "government", "township")),
    ("南湖区新兴街道办", "各社区居委会：", ("南湖区新兴街道办", "government", "township")),
    # near-miss: the district government itself
    ("温州市鹿城区人民政府", "各街道办事处：", ("温州市鹿城区人民政府", "government", "county")),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, expected", _ISSUERS)
def test_issuer_typing(issuer, recipients, expected, fmt, tmp_path):
    src = marked_doc(issuer, recipients, _BODY, docno="府发〔2027〕3号", date="2027年3月18日")
    assert _issuers(src, fmt, tmp_path) == [expected]


_JOINT = ["成都市发展和改革委员会", "中共成都市委社会工作部", "成都市规划和自然资源局", "成都市住房和城乡建设局"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sep", [" ", ""])
def test_joint_issuers_named_in_the_title(sep, fmt, tmp_path):
    src = "\n".join([f"@title {sep.join(_JOINT)}关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
                     "@recipients 各区（市）县政府（管委会），市级有关部门：",
                     "经市领导同意，现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们，请结合实际认真贯彻落实。"]) + "\n"
    assert [n for n, _k, _l in _issuers(src, fmt, tmp_path)] == _JOINT


def test_levels_down_of_a_city_without_counties():
    from gwlint.analysis.orgs import levels_down

    assert levels_down("东莞市人民政府", "city", "township") == 1
    assert levels_down("中山市教育局", "city", "township") == 1
    assert levels_down("赣州市人民政府", "city", "township") == 2  # near-miss: a city with counties


# ------------------------------------------------------------ GW105: the message fits towns
@pytest.mark.parametrize("fmt", FORMATS)
def test_gw105_message_for_idle_towns(fmt, tmp_path):
    src = (_PROBES / "gw105-b1-city-without-counties-idle-towns.gw").read_text(encoding="utf-8")
    found = _codes(src, fmt, tmp_path, "GW105")
    assert len(found) == 1
    assert "一般不发到乡镇人民政府、街道办事处" in found[0].message and "市、县（区）政府" not in found[0].message


# ------------------------------------------------------------ the real documents, as the reviewer judged them
def _real(name: str, code: str | None = None) -> list:
    r = lint_path(REAL / f"{name}.txt")
    assert r.error is None
    return [f for f in r.findings if code is None or f.code == code]


def _real_issuers(name: str) -> list[tuple[str, str, str]]:
    ins = inspect_bytes((REAL / f"{name}.txt").read_bytes(), "draft.txt", limits=None)
    assert ins.error is None
    return [(o.name, o.kind, o.level) for o in ins.structure.issuers]


@pytest.mark.parametrize("name, issuers", [
    ("gd-dongguan-yijian", [("东莞市人民政府", "government", "city")]),
    ("fj-wmb-meeting", [("省委文明办", "other", "province")]),
    ("zj-wuma-jiandang", [("鹿城区五马街道办事处", "government", "township")]),
    ("sc-chengdu-fangan", [("成都市发展和改革委员会", "department", "city"), ("中共成都市委社会工作部", "party", "city"),
                           ("成都市规划和自然资源局", "department", "city"), ("成都市住房和城乡建设局", "department", "city")]),
    ("ln-qianshan-xinxi", [("千山区信息产业局", "department", "county")]),
])
def test_real32_issuers(name, issuers):
    assert _real_issuers(name) == issuers


def test_real32_inspect_lists_joint_issuers():
    out = run_cli("inspect", str(REAL / "sc-chengdu-fangan.txt")).stdout.decode("utf-8")
    assert "发文机关：成都市发展和改革委员会；中共成都市委社会工作部；成都市规划和自然资源局；成都市住房和城乡建设局" in out
    assert "机关类别：设区市级政府部门；设区市级党的机关；设区市级政府部门；设区市级政府部门" in out


def test_real32_gw105_wording_for_a_city_without_counties():
    gw105 = _real("gd-dongguan-yijian", "GW105")
    assert [f.line for f in gw105] == [5]
    assert "一般不发到乡镇人民政府、街道办事处" in gw105[0].message and "市、县（区）政府" not in gw105[0].message


def test_real32_misses_are_found():
    gw104 = _real("sc-chengdu-fangan", "GW104")
    assert [f.line for f in gw104] == [5] and "请报经市政府同意" in gw104[0].message
    gw106 = _real("ln-qianshan-xinxi", "GW106")
    # one signing demand restated (line 12's 具有所属部门领导签字的相片, line 14's repeated note): one finding (round 33)
    assert [f.line for f in gw106] == [11] and all(f.severity == "error" for f in gw106)
    assert "所属部门" in gw106[0].message
    gw804 = _real("gs-nmt-meeting", "GW804")
    assert [(f.line, f.column) for f in gw804] == [(8, 11), (8, 25)] and "19日-21日" in gw804[0].message


@pytest.mark.parametrize("name, lines", [
    ("gd-doumen-jiyao", [3, 8]), ("zj-mzt-peixun", [4, 10]), ("zj-ninghai-ducha", [4, 8]),
    ("fj-wmb-meeting", [4]), ("zj-wuma-jiandang", [4]),
])
def test_real32_untitled_documents_miss_their_title(name, lines):
    gw708 = _real(name, "GW708")
    assert [f.line for f in gw708] == lines
    assert "缺少公文标题" in gw708[0].message


@pytest.mark.parametrize("name", ["ln-qianshan-xinxi", "yn-guandu-cuoshi"])
def test_real32_passages_are_not_judged_for_elements(name):
    assert _real(name, "GW708") == []

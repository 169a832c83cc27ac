"""Organisations: classify an issuer or a unit name by kind and level.

Data comes from ``dictionaries/organizations.toml`` (named bodies with their
short forms) and ``dictionaries/regions.toml`` (provinces, 设区市 and their
县（市、区）); names not in the tables are classified by their form (…人民政府,
…办公厅, 省…厅), and what cannot be decided is ``other``/``unknown``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml
from .divisions import level_of as division_level

KINDS = ("government", "government_office", "department", "party", "other")
LEVELS = ("national", "province", "city", "county", "township", "unknown")
# the one-character level words and their levels: the ending of a listed place (各市、县), the level word a joined
# subject carries (各乡镇人民政府和县直有关单位), a tier of a short form (县乡两级)
LEVEL_CHARACTERS = (("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"), ("县", "county"),
                    ("区", "county"), ("旗", "county"), ("乡", "township"), ("镇", "township"))


@dataclass(frozen=True)
class OrgInfo:
    name: str  # canonical (full) name where known, else the text given
    kind: str
    level: str


@dataclass(frozen=True)
class _Tables:
    by_name: dict  # any name or short form -> OrgInfo
    provinces: dict  # full name / short name -> full name
    cities: dict  # 设区市 full name / short -> province
    counties: dict  # county full name -> city


@lru_cache(maxsize=1)
def tables() -> _Tables:
    by_name: dict[str, OrgInfo] = {}
    try:
        orgs = load_toml("organizations.toml").get("org", [])
    except FileNotFoundError:
        orgs = []
    for rec in orgs:
        info = OrgInfo(rec["name"], rec.get("kind", "other"), rec.get("level", "unknown"))
        for n in [rec["name"], *rec.get("short", [])]:
            by_name.setdefault(n, info)
    provinces: dict[str, str] = {}
    cities: dict[str, str] = {}
    counties: dict[str, str] = {}
    try:
        regions = load_toml("regions.toml")
    except FileNotFoundError:
        regions = {}
    for p in regions.get("province", []):
        provinces[p["name"]] = p["name"]
        if p.get("short"):
            provinces[p["short"]] = p["name"]
    for c in regions.get("city", []):
        cities[c["name"]] = c.get("province", "")
        if c["name"].endswith("市") and len(c["name"]) > 2:
            cities.setdefault(c["name"][:-1], c.get("province", ""))
        for county in c.get("counties", []):
            counties[county] = c["name"]
    return _Tables(by_name, provinces, cities, counties)


_GOV_OFFICE = re.compile(r"(人民政府|政府|行政公署)办公(厅|室)$")
_GOV_STAFF_OFFICE = re.compile(r"^(?P<p>.+?)(?:人民政府|政府)(?:研究室|参事室)$")
# 档案馆: since the 2018 reform the archives (省档案馆, 淮安市档案馆) is the body of its level that guides archives work
# and issues notices to the lower governments, as a department does (a 图书馆 or 博物馆 issues none)
_DEPT_SUFFIX = re.compile(
    r"(厅|委员会|委|总局|局|办公室|办|部|署|院|中心|行|会|所|处|管理局|监督管理局|档案馆)$"
)


def region_level(prefix: str) -> str:
    """Level of the administrative region that ``prefix`` names (江西省 → province)."""
    t = tables()
    p = prefix.strip()
    if not p:
        return "unknown"
    if p in ("国务院", "国家", "中央", "中华人民共和国", "全国"):
        return "national"
    if p in t.provinces or p in ("省", "自治区", "直辖市") or re.fullmatch(r".{2,8}(省|自治区)", p):
        return "province"
    if p in t.counties or p in ("县", "区", "县（市、区）", "县(市、区)"):
        return "county"
    if p in t.cities or p in ("市", "设区市", "州", "盟"):
        return "city"
    if re.fullmatch(r".{1,8}(县|区|旗)", p):
        return "county"
    if re.fullmatch(r".{1,10}((?<!城)乡|镇|街道)", p):
        return "township"
    if re.fullmatch(r".{1,8}(市|州|盟)", p):
        # a 市 inside a province prefix (江西省南昌市) is a 设区市 unless known as a county
        return "city"
    return "unknown"


def _split_region(name: str) -> tuple[str, str]:
    """Split 江西省南昌市农业农村局 into (江西省南昌市, 农业农村局) as best we can."""
    m = re.match(r"^(.*?(?:省|自治区|特别行政区|市|州|盟|县|区|旗|(?<!城)乡|镇|街道))", name)
    if not m:
        return "", name
    region = m.group(1)
    # 宁乡市, 安乡县, 乡宁县: a 乡/镇 inside a county's or city's own name, not a township
    if region.endswith(("乡", "镇")) and name[len(region):len(region) + 1] in ("市", "县", "区", "旗") \
            and not name.startswith("市场", len(region)):
        region += name[len(region)]
    elif region.endswith("州") and name[len(region):len(region) + 1] in ("区", "县", "市", "旗") \
            and division_level(name[:len(region) + 1]) is not None:
        region += name[len(region)]  # 万州区民政局: the district's own name, not the prefecture 万州
    # Greedily extend over nested regions: 江西省 + 南昌市 + 进贤县
    rest = name[len(region):]
    while True:
        m2 = re.match(r"^(.{1,8}?(?:市|州|盟|县|区|旗|(?<!城)乡|镇|街道))", rest)
        if not m2 or m2.group(1) == "市场" or rest.startswith(("人民政府", "政府")):
            break
        if m2.group(1) == "城市" and region.endswith(("区", "县", "旗")):
            break  # 蓬江区城市管理和综合执法局: no 市 lies below a district or county (城市 opens the bureau's name)
        cand = m2.group(1)
        # 万州区, 通州区: a 州 inside a district's own name (重庆市万州|区民政局 read 万州 as a prefecture)
        if cand.endswith("州") and rest[len(cand):len(cand) + 1] in ("区", "县", "市", "旗") \
                and division_level(cand + rest[len(cand)]) is not None:
            cand += rest[len(cand)]
        # a zone (赣江新区, 南昌经济技术开发区) is no division of the place before it; but 滨海新区, 浦东新区 are
        # districts of their 直辖市 (天津市滨海新区民政局: a district's department)
        if cand.endswith("区") and cand[:-1].endswith(("开发", "新", "示范", "试验", "保税")) \
                and division_level(cand) is None:
            break
        region += cand
        rest = rest[len(cand):]
    return region, rest


def split_region(name: str) -> tuple[str, str]:
    """(place, rest) of an organ's name: 江西省南昌市农业农村局 → (江西省南昌市, 农业农村局)."""
    return _split_region(name)


@lru_cache(maxsize=1)
def _region_names_longest_first() -> tuple[str, ...]:
    t = tables()
    names = {n for n in (*t.counties, *t.cities, *t.provinces) if len(n) >= 2}
    return tuple(sorted(names, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern | None:
    """The compiled pattern ``key`` of organizations.toml (bingtuan_division, bingtuan_body, bingtuan_corps,
    non_government_bodies, legislature_or_court_bodies), None when it is not configured."""
    try:
        rx = load_toml("organizations.toml").get(key)
    except FileNotFoundError:
        rx = None
    return re.compile(rx) if rx else None


@lru_cache(maxsize=1)
def _zones() -> tuple[re.Pattern | None, tuple[str, ...]]:
    try:
        d = load_toml("organizations.toml")
    except FileNotFoundError:
        return None, ()
    words = sorted(d.get("zone_suffixes", []), key=lambda w: (-len(w), w))
    rx = re.compile("^(?P<place>.*?)(?:" + "|".join(map(re.escape, words)) + ")$") if words else None
    return rx, tuple(d.get("national_new_areas", []))


def _zone_level(region: str) -> str | None:
    """Level of a development zone or new area by the place it is named after (岳阳经济技术开发区 →
    岳阳市 → city; 于都经济开发区 → county); a national new area counts as a 设区市."""
    rx, national = _zones()
    if rx is None or not region.endswith(("区",)):
        return None
    if region.endswith(national):
        return "city"
    m = rx.match(region)
    place = m.group("place") if m else ""
    if len(place) < 2:
        return None
    for suffix in ("", "市", "县", "区", "旗"):
        if (lv := division_level(place + suffix)) is not None:
            return lv
    return None


def _last_region_level(region: str) -> str:
    division = _pattern("bingtuan_division")
    if division is not None and division.match(region):
        return "city"  # 第八师石河子市: the 师 is prefecture-level, whatever the city's own rank
    if (lv := _zone_level(region)) is not None:
        return lv
    for full in _region_names_longest_first():
        if region.endswith(full):
            return region_level(full)
    # a division of another province by its full name (阿克苏市 is a county-level city, 喀什地区 a prefecture);
    # the longest known tail, of three characters or more (市和县: no 和县)
    for k in range(max(0, len(region) - 12), len(region) - 2):
        if (lv := division_level(region[k:])) is not None:
            return lv
    m = re.search(r"(省|自治区|特别行政区|市|州|盟|县|区|旗|(?<!城)乡|镇|街道)$", region)
    if not m:
        return "unknown"
    suffix = m.group(1)
    if suffix in ("省", "自治区", "特别行政区"):
        return "province"
    if suffix in ("县", "旗"):
        return "county"
    if suffix in ("乡", "镇", "街道"):
        return "township"
    if suffix == "区":
        if any(region[:-1].endswith(p) for p in tables().provinces if len(p) >= 2):
            return "province"  # 人民银行广西区分行: 广西区 is the autonomous region, not a district
        return "county"
    if suffix in ("州", "盟"):
        return "city"
    # …市: a 直辖市 is province level; a city directly under a province is 设区市.
    if region in ("北京市", "天津市", "上海市", "重庆市"):
        return "province"
    if re.search(r"(省|自治区).{1,6}市$", region):
        return "city"
    return "city"


@lru_cache(maxsize=1)
def _mass_suffixes() -> tuple[str, ...]:
    try:
        words = load_toml("organizations.toml").get("mass_organizations", [])
    except FileNotFoundError:
        words = []
    return tuple(sorted(words, key=len, reverse=True))


def non_government_body(name: str) -> bool:
    """``name`` is a body of the party, the 人大, the 政协, the 纪委 or the courts: read as a department by
    its ending (湖南省委组织部, 湖南省人大常委会办公厅), yet no department of a government."""
    rx = _pattern("non_government_bodies")
    return rx is not None and rx.search(re.sub(r"[\s\u3000]+", "", name)) is not None


def legislature_or_court(name: str) -> bool:
    """``name`` is an office of the 人大常委会 or the 政协, or a court or procuratorate: read as a department by its
    ending, yet neither a government's nor the party's body (a 人大 执法检查 is legal supervision, no inspection
    by a department)."""
    rx = _pattern("legislature_or_court_bodies")
    return rx is not None and rx.search(re.sub(r"[\s\u3000]+", "", name)) is not None


def outside_government_system(name: str) -> bool:
    """``name`` is no body of a government: the party, the 人大, the 政协, the courts, or a mass organisation
    (市总工会, 县妇联, 共青团××县委员会, 中国共产主义青年团××市委员会)."""
    n = re.sub(r"[\s\u3000]+", "", name or "")
    return non_government_body(n) or n.startswith(("共青团", "中国共产主义青年团")) \
        or mass_organization(_split_region(n)[1])


def mass_organization(name: str) -> bool:
    """``name`` (the part after its place) is a mass organisation: 总工会, 妇联, 科协, 团市委 …"""
    return name in _mass_suffixes()


@lru_cache(maxsize=4096)
def classify(name: str) -> OrgInfo:
    """Kind and level of an organisation name (issuer, 署名, unit in text)."""
    n = re.sub(r"[\s\u3000]+", "", name)
    n = re.sub(r"文件$", "", n)
    t = tables()
    if n in t.by_name:
        return t.by_name[n]
    if n in ("国务院", "中华人民共和国国务院"):
        return OrgInfo("国务院", "government", "national")
    if n == "国务院办公厅":
        return OrgInfo("国务院办公厅", "government_office", "national")
    if n.startswith(("中共", "中国共产党")) or re.search(r"(党委|党组|纪委|(省|市|县|区)委(办公厅|办公室)?)$", n):
        level = "national" if n.startswith(("中共中央", "中国共产党中央")) else _last_region_level(_split_region(n.removeprefix("中共").removeprefix("中国共产党"))[0])
        return OrgInfo(n, "party", level)
    if n.endswith(("行政公署", "行政公署办公室")):
        # the 行政公署 of a 盟 or 地区 is the government of a prefecture-level area (a body the
        # province sends out), not one of its departments
        return OrgInfo(n, "government_office" if n.endswith("办公室") else "government", "city")
    if _GOV_OFFICE.search(n):
        prefix = _GOV_OFFICE.split(n)[0]
        return OrgInfo(n, "government_office", "city" if n.startswith(prefix + "行政公署") else _prefix_level(prefix))
    if (m := _GOV_STAFF_OFFICE.match(n)) is not None:
        # 铜川市人民政府研究室, 省政府参事室: a government's own working office, neither a department of a line
        # nor its 办公厅 (other), of the government's level
        return OrgInfo(n, "other", _prefix_level(m.group("p")))
    if n.endswith(("街道办事处", "街道办")):
        # a 街道办事处 is the 派出机关 of its district's (or county-level city's) government and governs at the
        # township level as a 镇人民政府 does: no department (round 32, real32 zj-wuma-jiandang)
        return OrgInfo(n, "government", "township")
    if n.endswith("人民政府") or n.endswith("政府"):
        prefix = n[: -4] if n.endswith("人民政府") else n[:-2]
        return OrgInfo(n, "government", _prefix_level(prefix))
    if (body := _pattern("bingtuan_body")) is not None and body.match(n):
        # 第八师石河子市 signing as itself: the 师市 governs as a 设区市's government does
        return OrgInfo(n, "government", "city")
    if (corps := _pattern("bingtuan_corps")) is not None and corps.match(n):
        return OrgInfo(n, "government", "province")  # the 兵团 itself, of a province's rank
    if n.endswith("行政公署"):
        # a 盟's or 地区's 行政公署: the 派出机关 of the province-level government, governing like a 设区市's
        return OrgInfo(n, "government", "city")
    # 省发展改革委, 江西省农业农村厅, 南昌市财政局, 国家发展改革委办公厅
    region, rest = _split_region(n)
    if region and mass_organization(rest):
        return OrgInfo(n, "other", _prefix_level(region))  # 黑龙江省总工会: a mass organisation, not a department
    division = _pattern("bingtuan_division")
    if region and rest in ("办公室", "办公厅") and division is not None and division.match(region):
        # 第一师阿拉尔市办公室: the 师市's general office (师市合一), the counterpart of a 市人民政府办公室
        return OrgInfo(n, "government_office", "city")
    if n.startswith(("国家", "国务院")):
        base = n
        if base.endswith(("办公厅", "办公室")) and base[:-3] in t.by_name:
            inner = t.by_name[base[:-3]]
            return OrgInfo(n, inner.kind, inner.level)
        if _DEPT_SUFFIX.search(n):
            return OrgInfo(n, "department", "national")
    for suffix in ("办公厅", "办公室"):
        if n.endswith(suffix) and n[: -len(suffix)] in t.by_name:
            inner = t.by_name[n[: -len(suffix)]]
            if inner.kind == "department":
                return OrgInfo(n, "department", inner.level)
    if rest and _DEPT_SUFFIX.search(rest):
        return OrgInfo(n, "department", _prefix_level(region) if region else "unknown")
    if not region and _DEPT_SUFFIX.search(n) and n.endswith(("部", "委", "总局", "署")):
        return OrgInfo(n, "department", "national")
    return OrgInfo(n, "other", "unknown")


# Level words of a collective list of places (各市、县（市、区）, 各盟市、旗县（市、区）, 各市（地、州）):
# longest first, so that 设区市 is read before 市 and 县市区 before 县.
_LIST_LEVELS = (
    ("地级以上市", "city"), ("设区市", "city"), ("省辖市", "city"), ("地级市", "city"), ("直管市", "city"),
    ("县级市", "county"), ("县市区", "county"), ("市县区", "city+county"), ("自治州", "city"), ("自治县", "county"),
    ("自治旗", "county"), ("盟市", "city"), ("市州", "city"),
    ("市县", "city+county"), ("市地", "city"), ("旗县", "county"), ("县市", "county"), ("县区", "county"), ("区县", "county"),
    # functional areas and named districts: their level depends on the place (赣江新区 counts as a 设区市, an
    # 开发区 is often county-level); they add no level of their own to the list
    ("林区", ""), ("特区", ""), ("新区", ""), ("开发区", ""), ("管理区", ""),
    # 各省辖市、济源示范区、航空港区: zones the province runs directly, listed beside the cities
    ("示范区", ""), ("实验区", ""), ("港区", ""),
    # 各县（市、区、行委）: administrative and management committees listed with the counties (青海 行委)
    ("行委", ""), ("管委会", ""), ("管委", ""),
    ("街道", "township"), ("乡镇", "township"), ("镇街", "township"),
    # one character: the level words below a province, and 地 (市（地、州）)
    *((w, lv) for w, lv in LEVEL_CHARACTERS if lv != "province"), ("地", "city"),
)
_LIST_ITEM = re.compile(r"[^、（）]+")


def place_list_levels(region: str) -> tuple[str, ...]:
    """Levels a collective list of places covers (各市、县（市、区） → city, county), highest first.

    Each item of the list (split at 、 and brackets) is read by the level word it ends
    with; a named item (神农架林区, 省直管试点县) counts by its ending too.  A bracket
    qualifies the item before it: after a county (县（市、区）) its 市 are county-level
    cities; after a city (市（州）) its items count by their own words.  Empty when an
    item ends in no level word."""
    body = re.sub(r"^(?:有关|相关)?各?", "", region)
    out: list[str] = []
    head = None  # level of the item a bracket qualifies
    for m in _LIST_ITEM.finditer(body):
        item = m.group()
        level = next((lv for word, lv in _LIST_LEVELS if item.endswith(word)), None)
        if level is None:
            return ()
        if not level:
            continue
        inside = body.rfind("（", 0, m.start()) > body.rfind("）", 0, m.start())
        if inside and head == "county":
            level = "county"  # 县（市、区）, 区县（市）: county-level cities and districts
        elif not inside:
            head = level
        out.extend(level.split("+"))
    return tuple(lv for lv in LEVELS if lv in out)


def _prefix_level(prefix: str) -> str:
    if not prefix:
        return "unknown"
    if prefix in ("省", "自治区"):
        return "province"
    if prefix in ("市", "设区市"):
        return "city"
    if prefix in ("县", "区", "县（市、区）"):
        return "county"
    if prefix in ("国家", "国务院", "中央"):
        return "national"
    return _last_region_level(prefix)


_ORGAN_WORD = re.compile(r"人民政府|政府|行政公署")


def own_level_word(issuer_name: str, level: str) -> str:
    """The word a document's own units open with: 省 (江西省…), 自治区 (广西壮族自治区…), 市 (赣州市…,
    a 县级市 such as 瑞金市…, a 直辖市), 州 (湘西土家族苗族自治州…), 盟, 县, 区, 旗 — by the issuer's level."""
    name = issuer_name
    cut = _ORGAN_WORD.search(name)
    head = name[:cut.start()] if cut else name
    if level == "province":
        return "自治区" if "自治区" in head else "市" if head.startswith(("北京", "上海", "天津", "重庆")) else "省"
    if level == "city":
        if "自治州" in head or re.match(r"^[\u4e00-\u9fff]{2,6}州(?!市)", head):
            return "州"
        return "盟" if re.search(r"盟(?!市)", head[:8]) else "市"
    if level in ("county", "township"):
        tail = head.split("市")[-1] if "市" in head[:-1] else head
        hits = [ch for ch in tail if ch in "县区旗"]
        return hits[-1] if hits else "市"
    return ""


def levels_down(issuer_name: str, issuer_level: str, level: str) -> int:
    """How many administrative levels ``level`` lies below the issuer's.  A 直辖市 (北京, 上海, 天津,
    重庆) is a province with no 设区市 level: its 区、县 are the level right below it; so are the 市、县
    of a province that governs them all directly (海南, ``counties_direct`` in regions.toml)."""
    from .units import level_rank

    down = level_rank(level) - level_rank(issuer_level)
    if issuer_level == "province" and level_rank(level) > level_rank("city") \
            and (own_level_word(issuer_name or "", issuer_level) == "市"
                 or (issuer_name or "").startswith(_counties_direct())):
        down -= 1
    # 成都高新区管委会 (a city's zone) governs its 街道 directly, with no district level between; so does a
    # 地级市 without counties (东莞、中山、嘉峪关、儋州)
    if issuer_level == "city" and level == "township" and (_ZONE_COMMITTEE.search(issuer_name or "")
                                                           or _city_without_counties(issuer_name or "")):
        down -= 1
    return down


def _city_without_counties(issuer_name: str) -> bool:
    from .divisions import without_counties

    return without_counties(_split_region(re.sub(r"[\s\u3000]+", "", issuer_name))[0])


_ZONE_COMMITTEE = re.compile(r"(?:开发区|高新区|新区|经开区|园区|试验区|实验区|合作区)(?:管理委员会|管委会)")


@lru_cache(maxsize=1)
def _counties_direct() -> tuple[str, ...]:
    """Names (full and short) of the provinces whose 市、县 all answer to the province itself (海南)."""
    try:
        regions = load_toml("regions.toml")
    except FileNotFoundError:
        return ()
    return tuple(n for p in regions.get("province", []) if p.get("counties_direct")
                 for n in (p["name"], p.get("short")) if n)


# a department of a 新区/开发区 管委会 (赣江新区经济发展局, 合肥经济技术开发区规划建设局), not the committee itself
_ZONE_DEPARTMENT = re.compile(r"^(.{0,16}?(?:新区|开发区|高新区|经开区|示范区|试验区|管理区|合作区))(?!管委会|管理委员会)"
                              r"[\u4e00-\u9fff]{2,12}(?:局|委|办)$")


def own_government(issuer_name: str, level: str) -> str:
    """The government a department of this level answers to, in its short form (条例第十六条: the
    approval it needs): 国务院, 省政府, 自治区人民政府, 市政府 (a 直辖市 or a 县级市 too), 州政府, 县政府, 区政府."""
    if level == "national":
        return "国务院"
    zone = _ZONE_DEPARTMENT.match(issuer_name or "")
    if zone:  # 赣江新区经济发展局: the zone's 管委会 acts as its government
        return f"{zone.group(1)}管委会"
    word = own_level_word(issuer_name or "", level)
    if not word:
        return "本级政府"
    return "自治区人民政府" if word == "自治区" else f"{word}政府"


def own_party_committee(issuer_name: str, level: str) -> str:
    """The 党委 a 党委 department or office of this level answers to, in its short form: 省委,
    自治区党委, 市委 (a 直辖市 too), 州委, 盟委, 县委, 区委, 旗委."""
    word = own_level_word(re.sub(r"^(?:中共|中国共产党)", "", issuer_name or ""), level)
    if not word:
        return "本级党委"
    return "自治区党委" if word == "自治区" else f"{word}委"


@lru_cache(maxsize=1)
def _coordination_body() -> re.Pattern:
    d = load_toml("organizations.toml")

    def longest_first(key: str) -> str:
        return "|".join(sorted(map(re.escape, d.get(key, [])), key=lambda w: -len(w)))
    bodies, committees, shorts = (longest_first(k) for k in ("coordination_bodies", "coordination_committees",
                                                             "coordination_office_shorts"))
    alternatives = [x for x in (bodies, committees and f"(?:{committees})委员会") if x]
    return re.compile((rf"(?:{'|'.join(alternatives)})(?:办公室)?$" if alternatives else "(?!)")
                      + (rf"|(?:{shorts})$" if shorts else ""))


def coordination_body(name: str) -> bool:
    """``name`` (squeezed) ends as a 议事协调机构's or its office's (××领导小组办公室, 县防汛抗旱指挥部, ××工作专班,
    市安全生产委员会, 县安委办; organizations.toml ``coordination_*``): an ad-hoc body, which signs documents too."""
    return _coordination_body().search(name) is not None


def government_coordination_body(org) -> bool:
    """``org`` (an OrgInfo) is a 议事协调机构 of the government or its office (市安委会办公室, 县防汛抗旱指挥部,
    ××领导小组办公室), classed 其他机关 but acting within the government's system as a department does; a party
    body's (中共××委员会, ××工委) is not."""
    party = _pattern("coordination_party")
    name = org.name or ""
    return org.kind == "other" and coordination_body(name) and not (party is not None and party.search(name))


def level_assessment_body(name: str) -> bool:
    """``name`` is its level's own comprehensive assessment body (澄城县目标责任考核领导小组办公室, 瑞金市考核办,
    萍乡市绩效考核委员会办公室): it runs the annual assessment of the targets the level's 党委 and government set, on
    their behalf -- the level's own assessment, as its 督查室 runs the government's inspections; a sector's
    (××县安全生产目标考核领导小组办公室) is not (the whole name must be place + assessment body)."""
    rx = _pattern("level_assessment_bodies")
    return rx is not None and rx.fullmatch(re.sub(r"[\s\u3000]+", "", name or "")) is not None


def party_body(name: str) -> bool:
    """``name`` is a body of the party (中共江西省委组织部, 泉州市委宣传部, 自治区党委办公厅)."""
    rx = _pattern("party_bodies")
    return rx is not None and rx.search(re.sub(r"[\s\u3000]+", "", name or "")) is not None


def approving_body(issuer_name: str, kind: str, level: str) -> str:
    """Whose approval the issuer cites when it asks something of lower bodies: its 党委 for a body of
    the party (省委组织部 → 省委), else its government (条例第十六条)."""
    if kind == "party" or party_body(issuer_name):
        return own_party_committee(issuer_name, level)
    return own_government(issuer_name, level)

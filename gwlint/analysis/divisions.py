"""The prefecture- and county-level divisions of all of China (``dictionaries/divisions.tsv``).

regions.toml knows the provinces and Jiangxi's 设区市 and counties; this table adds every other
地级市/地区/自治州/盟 and 市辖区/县级市/县/自治县/旗/自治旗/林区/特区 with its real level, parent and
province, so that a bare 铜山区, 喀什地区 or 阿克苏市 is read as the place it is (阿克苏市 is a county-level
city, not a 设区市).  Loaded on first use (~3,200 rows), never at start-up.

Names that are also common words or zones (城区, 郊区, 矿区, 东区: a one-character stem before 区; the
words of regions.toml's ``[divisions] common_words``) are not read as places: precision first.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..data import data_path, load_toml

PREFECTURE_KINDS = frozenset({"地级市", "地区", "自治州", "盟"})


class Division(NamedTuple):
    name: str
    kind: str  # 地级市, 地区, 自治州, 盟; 市辖区, 县级市, 县, 自治县, 旗, 自治旗, 林区, 特区
    city: str  # the prefecture it belongs to ("" for a 直辖市's district or a province-governed 县级市)
    province: str
    former: bool

    @property
    def level(self) -> str:
        return "city" if self.kind in PREFECTURE_KINDS else "county"


@lru_cache(maxsize=1)
def _rows() -> dict[str, str]:
    """name -> the rest of its row(s), unparsed (rows of one name joined by a newline): one cheap pass."""
    out: dict[str, str] = {}
    try:
        text = data_path("divisions.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        name, _, rest = line.partition("\t")
        out[name] = f"{out[name]}\n{rest}" if name in out else rest
    # an autonomous division goes by its short name in its documents (延边州人民政府, 红河州财政局, 长阳县):
    # the stem before the ethnic names and the level character, as a name of its own unless another place has it
    for name, rest in list(out.items()):
        short = _autonomous_short(name)
        if short and short not in out and "\n" not in rest:
            out[short] = rest
    return out


_AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def _autonomous_short(name: str) -> str | None:
    """延边朝鲜族自治州 → 延边州, 红河哈尼族彝族自治州 → 红河州; None when no stem of two characters is left."""
    suffix = next((s for s in _AUTONOMOUS if name.endswith(s)), None)
    if suffix is None:
        return None
    stem = name[:-len(suffix)]
    groups = _ethnic_groups()
    while True:
        g = next((g for g in groups if stem.endswith(g) and len(stem) > len(g)), None)
        if g is None:
            break
        stem = stem[:-len(g)]
    return stem + _AUTONOMOUS[suffix] if len(stem) >= 2 and stem != name[:-len(suffix)] else None


@lru_cache(maxsize=1)
def _ethnic_groups() -> tuple[str, ...]:
    try:
        words = load_toml("regions.toml").get("divisions", {}).get("ethnic_groups", [])
    except FileNotFoundError:
        words = []
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _divisions(name: str) -> tuple[Division, ...]:
    rest = _rows().get(name)
    if rest is None:
        return ()
    out = []
    for row in rest.split("\n"):
        kind, city, province, status = row.split("\t")
        out.append(Division(name, kind, city, province, status == "former"))
    return tuple(out)


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    try:
        words = load_toml("regions.toml").get("divisions", {}).get("common_words", [])
    except FileNotFoundError:
        words = []
    return frozenset(words)


def common_word(name: str) -> bool:
    """A division's name that is also an ordinary word or zone (城区, 郊区, 东区, 新城区)."""
    return name in _common_words() or (len(name) <= 2 and name.endswith("区"))


def lookup(name: str, province: str | None = None) -> Division | None:
    """The division ``name`` names, the one in ``province`` first where several share it (朝阳区 of
    北京 and of 长春: a 吉林省 document means 长春's); None for an unknown name or a common word."""
    found = _divisions(name)
    if not found or common_word(name):
        return None
    if province:
        for d in found:
            if d.province == province:
                return d
    return found[0]


@lru_cache(maxsize=1)
def two_character_districts() -> frozenset[str]:
    """Districts whose whole name is two characters (城区, 郊区, 东区): common words too, so
    :func:`lookup` does not know them; they name a government only before 人民政府."""
    return frozenset(name for name in _rows() if len(name) == 2 and name.endswith("区")
                     and any(not d.former for d in _divisions(name)))


def known(name: str) -> bool:
    return lookup(name) is not None


def level_of(name: str) -> str | None:
    """city (地级) or county (县级) for a known name; the names several places share have one level."""
    d = lookup(name)
    return d.level if d is not None else None


@lru_cache(maxsize=256)
def province_of(name: str) -> str | None:
    """The province an organ's name places it in: by the province it opens with (江西省…, 新疆维吾尔自治区…),
    else by the division it opens with where that is one province's (铜山区… → 江苏省; 朝阳区… → None:
    北京's or 长春's), else by a province's short name (江西…).  None when the name tells no province."""
    from .orgs import tables

    t = tables()
    for full in set(t.provinces.values()):
        if name.startswith(full):
            return full
    for k in range(min(len(name), 12), 2, -1):
        found = _divisions(name[:k])
        if found and not common_word(name[:k]):
            provinces = {d.province for d in found}
            return provinces.pop() if len(provinces) == 1 else None
    for short, full in sorted(t.provinces.items(), key=lambda kv: -len(kv[0])):
        if len(short) >= 2 and name.startswith(short):
            return full
    return None


def elsewhere(name: str, home: str | None) -> bool:
    """``name`` is a division of another province than ``home`` and of none in it (光明区 in a Jiangxi
    document: Shenzhen's, not one of the issuer's lower governments)."""
    if not home:
        return False
    found = _divisions(name)
    return bool(found) and all(d.province != home for d in found)


@lru_cache(maxsize=1)
def _prefectures_with_counties() -> frozenset[str]:
    return frozenset(d.city for name in _rows() for d in _divisions(name) if d.city and not d.former)


def prefecture_at_end(region: str) -> Division | None:
    """The current prefecture-level division ``region`` ends with (广东省东莞市 → 东莞市), or None."""
    for k in range(max(0, len(region) - 12), len(region) - 2):
        d = lookup(region[k:])
        if d is not None:
            return d if d.level == "city" and not d.former else None
    return None


def without_counties(region: str) -> bool:
    """``region`` ends with a prefecture that has no county level (东莞市, 中山市, 嘉峪关市, 儋州市): its 镇 and
    街道 are right below the city."""
    d = prefecture_at_end(region)
    return d is not None and d.name not in _prefectures_with_counties()


@lru_cache(maxsize=1)
def prefectures() -> tuple[tuple[str, str], ...]:
    """(full name, province) of every current prefecture-level division (苏州市, 喀什地区, 锡林郭勒盟)."""
    out = []
    for name in _rows():
        if common_word(name):
            continue
        out.extend((d.name, d.province) for d in _divisions(name) if d.level == "city" and not d.former)
    return tuple(out)


def short_name_ends_at(text: str, end: int) -> bool:
    """``text[:end]`` ends with the whole name of a division whose stem is one character (新县, 沛县, 歙县,
    芒市): such a name keeps its level character before an organ's (新县县委 is 新县's 县委, not 县 typed
    twice), while a longer stem drops it (永新县委).  The longest name ending there decides: 永新县 is no 新县."""
    rows = _rows()
    for k in range(max(0, end - 12), end - 1):
        name = text[k:end]
        if name in rows and any(not d.former for d in _divisions(name)):
            return len(name) == 2
    return False


@lru_cache(maxsize=1)
def _prefecture_initials() -> dict[str, frozenset[str]]:
    """First character of every current prefecture-level division -> the provinces it opens one in."""
    out: dict[str, set[str]] = {}
    for name, province in prefectures():
        out.setdefault(name[0], set()).add(province)
    return {c: frozenset(p) for c, p in out.items()}


@lru_cache(maxsize=1)
def _shared_initials() -> frozenset[str]:
    """Characters that open two or more prefectures of one province (荆州、荆门; 黄石、黄冈)."""
    seen: dict[tuple[str, str], int] = {}
    for name, province in prefectures():
        seen[name[0], province] = seen.get((name[0], province), 0) + 1
    return frozenset(c for (c, _p), n in seen.items() if n >= 2)


def joined_city_abbreviations(text: str, i: int) -> bool:
    """``text[i:i+2]`` (one character twice) stands in a string of prefecture abbreviations naming a region
    (宜荆荆都市圈: 宜昌、荆州、荆门; 武鄂黄黄都市区: 武汉、鄂州、黄石、黄冈): the character opens two cities
    of one province, and every character from the pair to the region word opens a city (荆荆一体化 too)."""
    ch = text[i]
    if ch not in _shared_initials():
        return False
    words = load_toml("regions.toml").get("abbreviations", {}).get("city_group_words", [])
    initials = _prefecture_initials()
    end = i + 2
    while end < len(text) and text[end] in initials and not text.startswith(tuple(words), end):
        end += 1
    return bool(words) and text.startswith(tuple(words), end)

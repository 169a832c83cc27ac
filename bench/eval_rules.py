"""Recall and precision of gwlint's rules on the labelled drafts of ``tests/eval/``.

Every draft ``tests/eval/drafts/<group>/<id>.gw`` (gwlint.docgen's marked
format) carries its labels in comment lines (see ``tests/eval/README.md``)::

    # frame: 江西省农业农村厅（省直厅局）发给各设区市人民政府
    # expect: GW106 | 请各设区市农业农村局于3月10日前      ← a finding in the paragraph holding the snippet
    # expect: GW106 | 请按下表填报 || 第一季度抽检情况       ← either paragraph will do
    # expect: GW101                                        ← a document-level finding
    # near-miss: GW104                                     ← documentation: must stay quiet for GW104
    # eval: GW5                                            ← also count the GW5xx (info style) rules here

Each draft is rendered to .txt (``docgen.plain_text``), .docx and .pdf and linted
with the default configuration (all rules).  A finding matches an expectation of
the same code whose snippet occurs in the finding's paragraph (document-level
expectations match any finding of the code); each finding matches at most one
expectation.  Unmatched expectations are misses; every other finding of a counted
code (GW1xx–GW4xx, GW7xx, GW8xx, and GW5xx in drafts that opt in) is a false
alarm.  GW0xx findings (a rendering gwlint could not read) are always listed.

    python bench/eval_rules.py                      # all formats, all drafts
    python bench/eval_rules.py --format pdf --only GW1 -j 2 --json /tmp/eval.json
    python bench/eval_rules.py --set holdout        # the holdout drafts (tests/eval/holdout/)

Renderings are cached under ``--cache`` (default ``~/.cache/gwlint-eval``), keyed by
the draft's text and the source of gwlint.docgen, so reruns only lint.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import redirect_stderr
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

REPO = Path(__file__).resolve().parents[1]
DRAFTS = REPO / "tests" / "eval" / "drafts"
# Named draft sets: "drafts" (the development set), "holdout" and "holdout2" (drafts nobody tuned on).
SETS = {"drafts": DRAFTS, "holdout": REPO / "tests" / "eval" / "holdout",
        "holdout2": REPO / "tests" / "eval" / "holdout2",
        "holdout3": REPO / "tests" / "eval" / "holdout3",
        "holdout4": REPO / "tests" / "eval" / "holdout4",
        "holdout5": REPO / "tests" / "eval" / "holdout5",
        "holdout6": REPO / "tests" / "eval" / "holdout6",
        "holdout7": REPO / "tests" / "eval" / "holdout7",
        "holdout8": REPO / "tests" / "eval" / "holdout8",
        "holdout9": REPO / "tests" / "eval" / "holdout9",
        "holdout10": REPO / "tests" / "eval" / "holdout10",
        "holdout11": REPO / "tests" / "eval" / "holdout11",
        "holdout12": REPO / "tests" / "eval" / "holdout12",
        "holdout12r": REPO / "tests" / "eval" / "holdout12r",
        "holdout13": REPO / "tests" / "eval" / "holdout13",
        "holdout13r": REPO / "tests" / "eval" / "holdout13r",
        "holdout14r": REPO / "tests" / "eval" / "holdout14r",
        "holdout14": REPO / "tests" / "eval" / "holdout14",
        "holdout15r": REPO / "tests" / "eval" / "holdout15r",
        "holdout17r": REPO / "tests" / "eval" / "holdout17r",
        "holdout16": REPO / "tests" / "eval" / "holdout16",
        "holdout16r": REPO / "tests" / "eval" / "holdout16r",
        "holdout18": REPO / "tests" / "eval" / "holdout18",
        "holdout18r": REPO / "tests" / "eval" / "holdout18r",
        "holdout19r": REPO / "tests" / "eval" / "holdout19r",
        "holdout20": REPO / "tests" / "eval" / "holdout20",
        "holdout20r": REPO / "tests" / "eval" / "holdout20r",
        "holdout21r": REPO / "tests" / "eval" / "holdout21r",
        "holdout22": REPO / "tests" / "eval" / "holdout22",
        "holdout22r": REPO / "tests" / "eval" / "holdout22r",
        "holdout23": REPO / "tests" / "eval" / "holdout23",
        "holdout23r": REPO / "tests" / "eval" / "holdout23r",
        "holdout24": REPO / "tests" / "eval" / "holdout24",
        "holdout24r": REPO / "tests" / "eval" / "holdout24r",
        "holdout25": REPO / "tests" / "eval" / "holdout25",
        "holdout25r": REPO / "tests" / "eval" / "holdout25r",
        "holdout25p": REPO / "tests" / "eval" / "holdout25p",
        "holdout26": REPO / "tests" / "eval" / "holdout26",
        "holdout26r": REPO / "tests" / "eval" / "holdout26r",
        "holdout27": REPO / "tests" / "eval" / "holdout27",
        "holdout27r": REPO / "tests" / "eval" / "holdout27r",
        "holdout28": REPO / "tests" / "eval" / "holdout28",
        "holdout28r": REPO / "tests" / "eval" / "holdout28r",
        "holdout29": REPO / "tests" / "eval" / "holdout29",
        "holdout29r": REPO / "tests" / "eval" / "holdout29r",
        "holdout28p": REPO / "tests" / "eval" / "holdout28p",
        "holdout29p": REPO / "tests" / "eval" / "holdout29p",
        "holdout30": REPO / "tests" / "eval" / "holdout30",
        "holdout30r": REPO / "tests" / "eval" / "holdout30r",
        "holdout31": REPO / "tests" / "eval" / "holdout31",
        "holdout31r": REPO / "tests" / "eval" / "holdout31r",
        "holdout32": REPO / "tests" / "eval" / "holdout32",
        "holdout32r": REPO / "tests" / "eval" / "holdout32r",
        "holdout33": REPO / "tests" / "eval" / "holdout33",
        "holdout33r": REPO / "tests" / "eval" / "holdout33r",
        "holdout33p": REPO / "tests" / "eval" / "holdout33p",
        "holdout34": REPO / "tests" / "eval" / "holdout34",
        "holdout34r": REPO / "tests" / "eval" / "holdout34r",
        "holdout35": REPO / "tests" / "eval" / "holdout35",
        "holdout35r": REPO / "tests" / "eval" / "holdout35r",
        "holdout36": REPO / "tests" / "eval" / "holdout36",
        "holdout37": REPO / "tests" / "eval" / "holdout37"}
FORMATS = ("txt", "docx", "pdf")
# Families whose every finding is judged (an unexpected one is a false alarm).
COUNTED_FAMILIES = ("GW1", "GW2", "GW3", "GW4", "GW7", "GW8")
# Families judged only in drafts that opt in with ``# eval: GW5``.
OPT_IN_FAMILIES = ("GW5",)
# Rules that only look at one kind of file: their expectations apply there only.
FORMAT_ONLY = {"GW707": ("docx",)}

_LABEL = re.compile(r"^#\s*(frame|expect|near-miss|eval|docx)\s*:\s*(.*?)\s*$")
_CODE = re.compile(r"^GW\d{3}$")
_WS = re.compile(r"\s+")


# ---------------------------------------------------------------- labels

@dataclass
class Expect:
    code: str
    snippet: str | None  # None: a document-level finding
    source_line: int
    rows: frozenset = frozenset()  # paragraph lines of the labelled table row: a finding on any of them counts

    @property
    def alternatives(self) -> list[str]:
        """``a || b``: the finding may sit in the paragraph of either snippet (a demand
        stated in a table and in the sentence introducing it)."""
        return [a.strip() for a in self.snippet.split("||")] if self.snippet else []


@dataclass
class Draft:
    id: str  # "<group>/<name>" without .gw
    path: Path
    source: str
    frame: str = ""
    expects: list[Expect] = field(default_factory=list)
    near_misses: list[str] = field(default_factory=list)
    opt_in: list[str] = field(default_factory=list)  # family prefixes such as "GW5"
    docx_overrides: dict | None = None
    label_errors: list[str] = field(default_factory=list)

    def counted(self, code: str) -> bool:
        return code.startswith(COUNTED_FAMILIES) or any(code.startswith(f) for f in self.opt_in)


def parse_draft(path: Path, root: Path = DRAFTS) -> Draft:
    source = path.read_text(encoding="utf-8")
    draft = Draft(id=path.relative_to(root).with_suffix("").as_posix(), path=path, source=source)
    for n, raw in enumerate(source.splitlines(), 1):
        m = _LABEL.match(raw.strip())
        if not m:
            continue
        key, value = m.groups()
        if key == "frame":
            draft.frame = value
        elif key == "expect":
            code, sep, snippet = value.partition("|")
            code, snippet = code.strip(), snippet.strip()
            if not _CODE.match(code):
                draft.label_errors.append(f"line {n}: bad code {code!r}")
            if sep and (not snippet or any(not a.strip() for a in snippet.split("||"))):
                draft.label_errors.append(f"line {n}: empty snippet")
            draft.expects.append(Expect(code, snippet or None, n))
        elif key == "near-miss":
            for code in re.split(r"[,，\s]+", value):
                if code:
                    if not _CODE.match(code):
                        draft.label_errors.append(f"line {n}: bad code {code!r}")
                    draft.near_misses.append(code)
        elif key == "eval":
            for fam in re.split(r"[,，\s]+", value):
                if fam:
                    if not re.match(r"^GW\d{1,3}$", fam):
                        draft.label_errors.append(f"line {n}: bad family {fam!r}")
                    draft.opt_in.append(fam)
        elif key == "docx":
            try:
                draft.docx_overrides = json.loads(value)
            except json.JSONDecodeError as exc:
                draft.label_errors.append(f"line {n}: docx overrides are not JSON ({exc})")
    return draft


def load_drafts(root: Path = DRAFTS) -> list[Draft]:
    return [parse_draft(p, root) for p in sorted(root.rglob("*.gw"))]


def paragraphs(draft: Draft) -> list[str]:
    """The paragraphs of the draft's plain text (what snippets refer to)."""
    from gwlint.docgen import parse_marked, plain_text

    return plain_text(parse_marked(draft.source)).splitlines()


def squeeze(text: str) -> str:
    return _WS.sub("", text)


# ---------------------------------------------------------------- rendering and linting

def _docgen_version() -> str:
    import gwlint.docgen as dg

    h = hashlib.sha1()
    for p in sorted(Path(dg.__file__).parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def render(draft_source: str, fmt: str, overrides: dict | None, cache: Path | None, version: str) -> Path:
    from gwlint.docgen import parse_marked, plain_text

    key = hashlib.sha1(f"{version}\0{fmt}\0{json.dumps(overrides, sort_keys=True)}\0{draft_source}"
                       .encode()).hexdigest()[:20]
    folder = cache if cache is not None else Path(os.environ.get("TMPDIR", "/tmp")) / "gwlint-eval-nocache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.{fmt}"
    if cache is not None and path.exists():
        return path
    blocks = parse_marked(draft_source)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.part.{fmt}")
    if fmt == "txt":
        tmp.write_text(plain_text(blocks), encoding="utf-8")
    elif fmt == "docx":
        from gwlint.docgen.docx import write_docx

        if fmt == "docx" and overrides:
            write_docx(blocks, tmp, overrides=overrides)
        else:
            write_docx(blocks, tmp)
    else:
        from gwlint.docgen.pdf import write_pdf

        write_pdf(blocks, tmp)
    tmp.replace(path)  # atomic: parallel workers never read half a file
    return path


def _structure_summary(res) -> dict | None:
    st, doc = res.structure, res.document
    if st is None or doc is None:
        return None

    def txt(el):
        return el.text if el is not None else None

    # the title as written: a title ending in a stray mark (……的通知。) is still the title, mark kept apart
    title = st.title.text + st.title.end_punct if st.title is not None else None
    return {"doc_number": txt(st.doc_number), "title": title, "recipients": txt(st.recipients),
            "signature": txt(st.signature), "date": txt(st.date)}


def lint_one(task: tuple) -> dict:
    """Render one draft in one format and lint it (runs in worker processes)."""
    draft_id, source, fmt, overrides, cache, version = task
    from gwlint.config import Config
    from gwlint.engine import lint_file

    out: dict = {"draft": draft_id, "format": fmt}
    try:
        path = render(source, fmt, overrides if fmt == "docx" else None, cache, version)
    except Exception as exc:  # a draft docgen cannot render is a defect of the set
        out["render_error"] = f"{type(exc).__name__}: {exc}"
        return out
    err = io.StringIO()
    t0 = time.perf_counter()
    try:
        with redirect_stderr(err):
            res = lint_file(path, Config())
    except Exception as exc:  # gwlint itself crashed on this draft: every expectation is missed
        out["crash"] = f"{type(exc).__name__}: {exc}"
        return out
    out["seconds"] = time.perf_counter() - t0
    out["lines"] = res.lines
    out["findings"] = [
        {"code": f.code, "line": f.line, "column": f.column, "end_column": f.end_column,
         "severity": f.severity, "message": f.message}
        for f in res.findings
    ]
    out["stderr"] = err.getvalue().strip()
    out["structure"] = _structure_summary(res)
    return out


def _warm() -> None:
    from gwlint.segment import tokenizer

    tokenizer()


def run_all(drafts: list[Draft], formats: Iterable[str], jobs: int, cache: Path | None) -> list[dict]:
    version = _docgen_version()
    tasks = [(d.id, d.source, fmt, d.docx_overrides, cache, version) for d in drafts for fmt in formats]
    if jobs <= 1 or len(tasks) < 4:
        _warm()
        return [lint_one(t) for t in tasks]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        return list(pool.map(lint_one, tasks, chunksize=2))


# ---------------------------------------------------------------- matching

@dataclass
class Outcome:
    """Result of one draft in one format."""

    draft: str
    format: str
    caught: list[tuple[Expect, dict]] = field(default_factory=list)
    missed: list[Expect] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)  # findings with their paragraph text
    errors: list[str] = field(default_factory=list)  # render errors, GW0xx, rule crashes


def applies(code: str, fmt: str) -> bool:
    return fmt in FORMAT_ONLY.get(code, FORMATS)


def selected(code: str, only: list[str] | None) -> bool:
    return not only or any(code.startswith(o) for o in only)


def match(expects: list[Expect], findings: list[dict], lines: list[str]) -> tuple[list, list, list]:
    """Maximum matching of expectations to findings.

    Snippet expectations are matched first (a finding whose span covers the snippet
    preferred), then document-level ones take any finding of their code that is left.
    Returns (caught pairs, missed expectations, unmatched findings).
    """
    para = [squeeze(lines[f["line"] - 1]) if 1 <= f["line"] <= len(lines) else "" for f in findings]
    whole = {squeeze(x) for x in lines}  # snippets equal to a paragraph name that paragraph

    def overlaps(e: Expect, i: int) -> bool:
        f = findings[i]
        raw = lines[f["line"] - 1] if 1 <= f["line"] <= len(lines) else ""
        for alt in e.alternatives:
            pos = raw.find(alt)
            if pos >= 0 and pos < f["end_column"] - 1 and f["column"] - 1 < pos + len(alt):
                return True
        return False

    owner: dict[int, int] = {}  # finding index -> expectation index

    def candidates(k: int) -> list[int]:
        e = expects[k]
        if e.snippet is None:
            return [i for i, f in enumerate(findings) if f["code"] == e.code]
        alts = [squeeze(a) for a in e.alternatives]
        # a snippet that is a whole paragraph (a table cell: 佐证资料) names that paragraph only
        cands = [i for i, f in enumerate(findings) if f["code"] == e.code
                 and (f["line"] in e.rows or any((para[i] == a) if a in whole else (a in para[i]) for a in alts))]
        return sorted(cands, key=lambda i: (not overlaps(e, i), i))

    def augment(k: int, seen: set[int]) -> bool:
        for i in candidates(k):
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = k
                return True
        return False

    order = [k for k, e in enumerate(expects) if e.snippet is not None]
    order += [k for k, e in enumerate(expects) if e.snippet is None]
    for k in order:
        if expects[k].snippet is None:
            # document-level expectations never take a finding a snippet expectation holds
            free = [i for i in candidates(k) if i not in owner]
            if free:
                owner[free[0]] = k
        else:
            augment(k, set())
    matched = {k: i for i, k in owner.items()}
    caught = [(expects[k], findings[i]) for k, i in sorted(matched.items())]
    missed = [e for k, e in enumerate(expects) if k not in matched]
    unmatched = [f for i, f in enumerate(findings) if i not in owner]
    return caught, missed, unmatched


def judge(draft: Draft, result: dict, only: list[str] | None = None) -> Outcome:
    fmt = result["format"]
    out = Outcome(draft.id, fmt)
    if "render_error" in result or "crash" in result:
        out.errors.append(f"render: {result['render_error']}" if "render_error" in result
                          else f"gwlint crashed: {result['crash']}")
        out.missed = [e for e in draft.expects if applies(e.code, fmt) and selected(e.code, only)]
        return out
    if result.get("stderr"):
        out.errors.append(result["stderr"])
    lines = result["lines"]
    findings = []
    for f in result["findings"]:
        f = dict(f, paragraph=lines[f["line"] - 1] if 1 <= f["line"] <= len(lines) else "")
        if f["code"].startswith("GW0"):
            out.errors.append(f"{f['code']}: {f['message']}")
            continue
        if draft.counted(f["code"]) and selected(f["code"], only):
            findings.append(f)
    expects = [_with_row_cells(e, draft, lines) for e in draft.expects if applies(e.code, fmt) and selected(e.code, only)]
    out.caught, out.missed, out.false_alarms = match(expects, findings, lines)
    return out


def _table_rows(draft: Draft) -> list[list[str]]:
    return [[c.strip() for c in raw[len("@table "):].split("|")]
            for raw in draft.source.splitlines() if raw.startswith("@table ")]


def _with_row_cells(e: Expect, draft: Draft, lines: list[str]) -> Expect:
    """A table row is one place: a finding on any cell of the row whose cell the snippet names counts (督导对象 |
    各旗县市人民政府 -- the field and its value).  Only cells of four characters or more that sit in one paragraph."""
    if not e.snippet or "@table " not in draft.source:
        return e
    alts = e.alternatives
    extra = []
    rows: set[int] = set()
    for row in _table_rows(draft):
        if len(row) < 2 or not any(a and a in c for a in alts for c in row):
            continue
        for c in row:
            if len(c) >= 4 and not c.isdigit() and c not in alts and c not in extra \
                    and sum(c in ln for ln in lines) == 1:  # (a cell repeated row after row: placed by _row_lines)
                extra.append(c)
        rows |= _row_lines(row, alts, lines)
    if not extra and not rows:
        return e
    return Expect(e.code, " || ".join([*alts, *extra]), e.source_line, frozenset(rows))


def _row_lines(row: list[str], alts: list[str], lines: list[str]) -> set[int]:
    """The paragraph lines (1-based) of ``row`` in the rendering: its cells stand one per paragraph in row order
    (.txt and .docx alike); found from the labelled cell's own paragraph and kept only when every other cell of
    the row sits where it should (a cell repeated in other rows -- 主要负责同志 -- is placed by its row)."""
    for k, c in enumerate(row):
        if not any(a and a in c for a in alts):
            continue
        at = [i for i, ln in enumerate(lines) if ln.strip() == c.strip()]
        for i in at:
            start = i - k
            if start < 0 or start + len(row) > len(lines):
                continue
            if all(not x.strip() or lines[start + j].strip() == x.strip() for j, x in enumerate(row)):
                return {start + j + 1 for j in range(len(row))}
    return set()


# ---------------------------------------------------------------- report

@dataclass
class Tally:
    expected: int = 0
    caught: int = 0
    false_alarms: int = 0

    @property
    def missed(self) -> int:
        return self.expected - self.caught

    @property
    def recall(self) -> float | None:
        return self.caught / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        n = self.caught + self.false_alarms
        return self.caught / n if n else None

    def add(self, other: "Tally") -> None:
        self.expected += other.expected
        self.caught += other.caught
        self.false_alarms += other.false_alarms

    def to_dict(self) -> dict:
        return {"expected": self.expected, "caught": self.caught, "missed": self.missed,
                "false_alarms": self.false_alarms, "recall": self.recall, "precision": self.precision}


def tally(outcomes: list[Outcome]) -> dict[str, dict[str, Tally]]:
    """code -> format -> Tally (format "all" sums the formats)."""
    t: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for o in outcomes:
        for e, _ in o.caught:
            t[e.code][o.format].expected += 1
            t[e.code][o.format].caught += 1
        for e in o.missed:
            t[e.code][o.format].expected += 1
        for f in o.false_alarms:
            t[f["code"]][o.format].false_alarms += 1
    for code in t:
        total = Tally()
        for fmt in FORMATS:
            if fmt in t[code]:
                total.add(t[code][fmt])
        t[code]["all"] = total
    return t


def families(t: dict[str, dict[str, Tally]]) -> dict[str, dict[str, Tally]]:
    fam: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for code, per in t.items():
        for fmt, x in per.items():
            fam[code[:3] + "xx"][fmt].add(x)
            fam["total"][fmt].add(x)
    return fam


def _pct(x: float | None) -> str:
    return "   —  " if x is None else f"{100 * x:5.1f}%"


def _table(title: str, t: dict[str, dict[str, Tally]], formats: list[str], keys: list[str]) -> list[str]:
    cols = formats + (["all"] if len(formats) > 1 else [])
    out = [title, f"{'':8} {'fmt':5} {'exp':>4} {'caught':>6} {'miss':>4} {'FA':>4} {'recall':>7} {'precision':>9}"]
    for key in keys:
        for i, fmt in enumerate(cols):
            x = t[key].get(fmt, Tally())
            out.append(f"{key if i == 0 else '':8} {fmt:5} {x.expected:4} {x.caught:6} {x.missed:4} "
                       f"{x.false_alarms:4} {_pct(x.recall):>7} {_pct(x.precision):>9}")
    return out


def _short(text: str, n: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def signature(o: Outcome) -> tuple:
    """What must agree across formats: which expectations were caught, and how many
    false alarms of each code (rules that only read one format left out)."""
    caught = sorted((e.code, e.source_line) for e, _ in o.caught if e.code not in FORMAT_ONLY)
    fa: dict[str, int] = defaultdict(int)
    for f in o.false_alarms:
        if f["code"] not in FORMAT_ONLY:  # a rule of one format cannot agree with the others
            fa[f["code"]] += 1
    return tuple(caught), tuple(sorted(fa.items())), bool(o.errors)


def report(drafts: list[Draft], outcomes: list[Outcome], formats: list[str]) -> tuple[str, dict]:
    lines: list[str] = []
    t = tally(outcomes)
    fam = families(t)
    codes = sorted(t)
    lines += _table("Per rule", t, formats, codes)
    lines.append("")
    lines += _table("Per family", fam, formats, sorted(k for k in fam if k != "total") + ["total"])

    by_draft: dict[str, dict[str, Outcome]] = defaultdict(dict)
    for o in outcomes:
        by_draft[o.draft][o.format] = o

    # misses: the same expectation missed in several formats is listed once
    misses: dict[tuple, list[str]] = defaultdict(list)
    fas: dict[tuple, list[str]] = defaultdict(list)
    errors: dict[tuple, list[str]] = defaultdict(list)
    for o in outcomes:
        for e in o.missed:
            misses[(o.draft, e.code, e.snippet or "（文档级）", e.source_line)].append(o.format)
        for f in o.false_alarms:
            fas[(o.draft, f["code"], _short(squeeze(f["paragraph"]), 50))].append(o.format)
        for err in o.errors:
            errors[(o.draft, _short(err, 200))].append(o.format)

    lines += ["", f"Misses ({sum(len(v) for v in misses.values())} in all formats)"]
    for (draft, code, snippet, _), fmts in sorted(misses.items()):
        lines.append(f"  MISS {code} {draft} [{','.join(fmts)}] {_short(snippet)}")
    lines += ["", f"False alarms ({sum(len(v) for v in fas.values())} in all formats)"]
    for (draft, code, para), fmts in sorted(fas.items()):
        msg = next(f["message"] for o in by_draft[draft].values() for f in o.false_alarms
                   if f["code"] == code and _short(squeeze(f["paragraph"]), 50) == para)
        lines.append(f"  FA   {code} {draft} [{','.join(fmts)}] {para}")
        lines.append(f"         → {_short(msg, 110)}")
    if errors:
        lines += ["", "Errors (unrendered drafts, GW0xx findings, rule crashes)"]
        for (draft, err), fmts in sorted(errors.items()):
            lines.append(f"  ERR  {draft} [{','.join(fmts)}] {err}")

    differ: list[str] = []
    diff_lines: list[str] = []
    if len(formats) > 1:
        for draft, per in sorted(by_draft.items()):
            sigs = {fmt: signature(o) for fmt, o in per.items()}
            if len(set(sigs.values())) > 1:
                differ.append(draft)
                parts = []
                for fmt, (caught, fa, err) in sigs.items():
                    fa_s = ",".join(f"{c}×{n}" for c, n in fa) or "-"
                    parts.append(f"{fmt}: caught {len(caught)} FA {fa_s}{' ERR' if err else ''}")
                diff_lines.append(f"  DIFF {draft}: " + "; ".join(parts))
        lines += ["", f"Drafts whose result differs between formats ({len(differ)})", *diff_lines]

    n_exp = sum(len(d.expects) for d in drafts)
    lines += ["", f"{len(drafts)} drafts, {n_exp} expected findings, formats: {', '.join(formats)}"]

    data = {
        "formats": formats,
        "rules": {c: {f: x.to_dict() for f, x in per.items()} for c, per in sorted(t.items())},
        "families": {c: {f: x.to_dict() for f, x in per.items()} for c, per in sorted(fam.items())},
        "misses": [{"draft": d, "code": c, "snippet": s, "formats": f} for (d, c, s, _), f in sorted(misses.items())],
        "false_alarms": [{"draft": d, "code": c, "paragraph": p, "formats": f} for (d, c, p), f in sorted(fas.items())],
        "errors": [{"draft": d, "error": e, "formats": f} for (d, e), f in sorted(errors.items())],
        "format_differences": differ,
        "outcomes": [
            {"draft": o.draft, "format": o.format,
             "caught": [{"code": e.code, "snippet": e.snippet, "line": f["line"], "message": f["message"]}
                        for e, f in o.caught],
             "missed": [{"code": e.code, "snippet": e.snippet} for e in o.missed],
             "false_alarms": [{"code": f["code"], "line": f["line"], "paragraph": f["paragraph"],
                               "message": f["message"]} for f in o.false_alarms],
             "errors": o.errors}
            for o in outcomes
        ],
    }
    return "\n".join(lines), data


# ---------------------------------------------------------------- structure

def _marked_roles(draft: Draft) -> dict[str, str]:
    from gwlint.docgen import parse_marked

    roles: dict[str, str] = {}
    prev = None
    for b in parse_marked(draft.source):
        if b.role in ("doc_number", "title", "recipients", "signature", "date"):
            if b.role not in roles:
                roles[b.role] = b.text
            elif b.role == prev == "signature":  # a joint 署名 over several lines
                roles[b.role] += b.text
        prev = b.role
    return roles


def _norm_element(key: str, text: str | None) -> str:
    text = squeeze(text or "")
    if key == "doc_number":
        text = text.strip("（）()")
    return text


def structure_mismatches(drafts: list[Draft], results: list[dict]) -> list[str]:
    """Elements the draft marks (@doc_number, @title, @recipients, @signature, @date) that
    gwlint did not recognise as such — a structure misreading worth a look."""
    by_id = {d.id: d for d in drafts}
    out: dict[tuple, list[str]] = defaultdict(list)
    for r in results:
        st = r.get("structure")
        if st is None:
            continue
        for key, truth in _marked_roles(by_id[r["draft"]]).items():
            got = st.get(key)
            if _norm_element(key, got) != _norm_element(key, truth):
                out[(r["draft"], key, truth, got or "（未识别）")].append(r["format"])
    return [f"  {draft} {key}: marked {_short(truth, 40)!r}, read {_short(got, 40)!r} [{','.join(f)}]"
            for (draft, key, truth, got), f in sorted(out.items())]


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--format", choices=[*FORMATS, "all"], default="all")
    ap.add_argument("--only", action="append", metavar="PREFIX",
                    help="count only codes starting with PREFIX (GW1, GW104); repeatable")
    ap.add_argument("--set", choices=sorted(SETS), default="drafts", dest="draft_set",
                    help="named draft set: drafts (development, default), holdout, holdout2 … holdout12, holdout12r, holdout13, holdout13r, holdout14, holdout14r (the reserve of round 14: measured, never tuned on), holdout15r (class probes of round 14), holdout16 (hand-written held-out set of round 15), holdout16r (its reserve: measured, never tuned on), holdout17r (class probes of round 15), holdout18 (hand-written held-out set of round 16), holdout18r (its reserve: measured, never tuned on), holdout19r (class probes of round 16), holdout20 (hand-written held-out set of round 17), holdout20r (its reserve: measured, never tuned on), holdout21r (class probes of round 17), holdout22 (hand-written held-out set of round 18), holdout22r (its reserve: measured, never tuned on), holdout23 (hand-written held-out set of round 19), holdout23r (its reserve: measured, never tuned on), holdout24 (hand-written held-out set of round 20), holdout24r (its reserve: measured, never tuned on), holdout25 (hand-written held-out set of round 21, scenario groups: one draft of each group), holdout25r (its reserve: the other two drafts of each group and whole groups; measured, then the fixers' material of round 22), holdout25p (probes of holdout25r's failing classes by writers who read no code; the fixers of round 22 read them), holdout26 (scenario groups of round 22: one draft of each group), holdout26r (its reserve: measured, never tuned on), holdout27 (scenario groups of round 23), holdout27r (its reserve: measured at the end of round 23, then read), holdout28 (scenario groups of round 24), holdout28r (its reserve: measured, never tuned on), holdout28p (probes of families 2 and 3 by two writers who read no code, round 24), holdout29 (scenario groups of round 25), holdout29r (its reserve: measured, never tuned on), holdout29p (probes of families 1–4 by three writers who read no code, round 25), holdout30 (scenario groups of round 26), holdout30r (its reserve, read in round 26), holdout31 (scenario groups of round 27), holdout31r (its reserve, read in round 27), holdout32 (scenario groups of round 28), holdout32r (its reserve, read in round 28), holdout33 (scenario groups of round 29), holdout33r (its reserve, read in round 30), holdout33p (probes of the read sets' failing classes by a writer who read the failing drafts but no code, round 29), holdout34 (scenario groups of round 30), holdout34r (its reserve, read in round 31), holdout35 (scenario groups of round 31), holdout35r (its reserve, read in round 32), holdout36 (scenario groups of round 32, read in round 33), holdout37 (scenario groups of round 33: measured, never tuned on)")
    ap.add_argument("--drafts", type=Path, help="folder of .gw drafts (overrides --set)")
    ap.add_argument("--match", metavar="TEXT", action="append",
                    help="only drafts whose id contains TEXT (gw104, gw7/); repeatable")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the figures and every outcome as JSON")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                    / "gwlint-eval", help="folder for rendered .docx/.pdf files")
    ap.add_argument("--no-cache", action="store_true", help="render every draft afresh")
    ap.add_argument("--structure", action="store_true",
                    help="also list marked elements (文号/标题/主送/署名/日期) that gwlint read otherwise")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO))
    args.drafts = args.drafts or SETS[args.draft_set]
    drafts = load_drafts(args.drafts)
    if args.match:
        drafts = [d for d in drafts if any(m in d.id for m in args.match)]
    if not drafts:
        print(f"no drafts under {args.drafts}", file=sys.stderr)
        return 2
    bad = [f"{d.id}: {e}" for d in drafts for e in d.label_errors]
    if bad:
        print("label errors:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 2
    formats = list(FORMATS) if args.format == "all" else [args.format]
    t0 = time.perf_counter()
    results = run_all(drafts, formats, max(1, args.jobs), None if args.no_cache else args.cache)
    by_id = {d.id: d for d in drafts}
    outcomes = [judge(by_id[r["draft"]], r, args.only) for r in results]
    text, data = report(drafts, outcomes, formats)
    print(text)
    if args.structure:
        mism = structure_mismatches(drafts, results)
        print(f"\nStructure: marked elements read otherwise ({len(mism)})")
        print("\n".join(mism))
        data["structure_mismatches"] = mism
    print(f"({time.perf_counter() - t0:.1f} s, lint {sum(r.get('seconds', 0) for r in results):.1f} s, "
          f"{args.jobs} jobs)")
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

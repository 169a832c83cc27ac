"""bench/metamorphic.py: rewriting a draft's numbering style must not change any GW1xx–GW4xx result.

A fixed sample of labelled drafts (every fourth draft of ``tests/eval/drafts`` that
numbers items with （一）/（1） or 1./1、) is linted as written and with its numbering
rewritten (（一）→ (一), 1. → 1、 …), as .txt; no expectation may be lost and no
GW1xx–GW4xx code reported more often.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from .helpers import eval_bench

REPO = Path(__file__).resolve().parents[1]


def _meta():
    eval_bench()  # bench/eval_rules.py under the name metamorphic imports
    if "metamorphic" not in sys.modules:
        spec = importlib.util.spec_from_file_location("metamorphic", REPO / "bench" / "metamorphic.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["metamorphic"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["metamorphic"]


SOURCE = """# frame: 江西省南昌市人民政府办公室发给各县（区）人民政府
# expect: GW106 | 于3月10日前报送
@doc_number 洪府办字〔2026〕5号
@title 南昌市人民政府办公室关于做好春耕生产的通知
@recipients 各县（区）人民政府，市政府各部门：
@heading2 （一）加强监管。
各县（区）要于3月10日前报送进贤县、南昌县春耕情况。
1.落实责任，共5项。
@table 序号 | 事项
"""


def test_transformations_rewrite_text_not_labels():
    m = _meta()
    out = m.numbering_parens(SOURCE)
    assert "@heading2 (一)加强监管。" in out and "# frame: 江西省南昌市人民政府办公室发给各县（区）人民政府" in out
    assert "1、落实责任" in m.numbering_arabic(SOURCE)
    assert "（1）" not in SOURCE and m.numbering_circled(SOURCE) is None  # no ① and no （1）: nothing to swap
    joined = m.join_headings(SOURCE)
    assert "（一）加强监管。各县（区）要于3月10日前" in joined
    assert "３月１０日前" in m.fullwidth_digits(SOURCE) and "〔2026〕5号" in m.fullwidth_digits(SOURCE)
    moved = m.ProvinceMove("湖南省")(SOURCE)
    assert "株洲市人民政府办公室" in moved and "# frame: 江西省南昌市" in moved
    assert "南昌" not in moved.split("\n", 2)[2] and "进贤县" not in moved
    # a draft already naming a place of the target province cannot move there cleanly
    assert m.ProvinceMove("湖南省")(SOURCE.replace("春耕情况", "春耕情况（参照衡阳市做法）")) is None
    # a snippet follows its paragraph
    d = eval_bench().parse_draft(_write(SOURCE), root=Path("/"))
    t = next(t for t in m.transforms() if t.name == "fullwidth_digits")
    assert m.variant(d, t).expects[0].snippet == "于３月１０日前报送"


def _write(text: str) -> Path:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "x.gw"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sample():
    m, ev = _meta(), eval_bench()
    ts = [t for t in m.transforms() if t.name in ("numbering_parens", "numbering_arabic")]
    pairs = []
    for d in ev.load_drafts(ev.SETS["drafts"])[::4]:
        if not any(e.code.startswith(tuple(m.SCORED)) for e in d.expects) and not d.near_misses:
            continue
        for t in ts:
            v = m.variant(d, t)
            if v is not None:
                pairs.append((d, v))
                break
    return pairs[:40]


def test_numbering_style_keeps_every_result(sample):
    m, ev = _meta(), eval_bench()
    assert len(sample) >= 30
    version = ev._docgen_version()
    ev._warm()
    broken = []
    for d, v in sample:
        base = ev.judge(d, ev.lint_one((d.id, d.source, "txt", None, None, version)), m.SCORED)
        var = ev.judge(v, ev.lint_one((v.id, v.source, "txt", None, None, version)), m.SCORED)
        what, _ = m.compare(base, var)
        if what:
            broken.append(f"{d.id}: {'; '.join(what)}")
    assert not broken, "\n".join(broken)


def test_compare_sees_a_lost_finding(sample):
    """The comparison is not blind: dropping the paragraph a caught expectation names is a break."""
    m, ev = _meta(), eval_bench()
    version = ev._docgen_version()
    d = next(d for d, _ in sample if any(e.snippet and e.code.startswith("GW1") for e in d.expects))
    base = ev.judge(d, ev.lint_one((d.id, d.source, "txt", None, None, version)), m.SCORED)
    e = next(e for e, _ in base.caught if e.snippet)
    cut = "\n".join(ln for ln in d.source.split("\n")
                    if ln.startswith("#") or not any(a in ln for a in e.alternatives))
    var = ev.judge(d, ev.lint_one((d.id, cut, "txt", None, None, version)), m.SCORED)
    what, _ = m.compare(base, var)
    assert any(w.startswith("lost ") for w in what)

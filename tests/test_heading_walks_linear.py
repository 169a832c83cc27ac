"""Rules that relate a line to the headings before it do work linear in the document (issue 16).

GW705's inverted-order check walked from every 一、 back to the document's start, and GW105's work
levels looked for the heading above a line among all headings: both grew with headings × lines.  Time
on a shared machine is too noisy to assert; the number of calls (Python and C) made while a rule runs
is not: four times the document must cost about four times the calls, not sixteen.
"""
from __future__ import annotations

import sys

from gwlint.config import Config
from gwlint.context import LintContext
from gwlint.readers import read_bytes
from gwlint.rules import all_rules
from gwlint.segment import document_tokens

_DIGITS = "一二三四五六七八九"


def _chinese(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (_DIGITS[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (_DIGITS[ones - 1] if ones else "")


def _draft(sections: int) -> bytes:
    lines = ["江西省人民政府办公厅关于做好春季农业生产工作的通知", "各设区市人民政府，省政府各部门："]
    for k in range(sections):
        n = k % 99 + 1
        lines += [f"{_chinese(n)}、加强组织领导和统筹协调",
                  "各设区市人民政府要结合本地实际，细化工作措施，明确时间节点。",
                  "（一）明确工作目标。省农业农村厅负责做好技术指导。",
                  "（二）压实工作责任。各县（市、区）人民政府要于3月底前报送工作方案。"]
    lines += ["江西省人民政府办公厅", "2026年3月1日"]
    return "\n".join(lines).encode("utf-8")


def _calls(code: str, sections: int) -> tuple[int, list]:
    """Calls made while rule ``code`` checks the draft (the document's shared facts asked for by
    the rules before it are ready, as in the engine's order), and its findings."""
    cfg = Config()
    rules = [r for r in all_rules() if not r.engine_only]
    with document_tokens():
        ctx = LintContext(read_bytes(_draft(sections), "draft.txt"), cfg)
        ctx.gw
        for rule in rules:
            if rule.code == code:
                break
            list(rule().check(ctx))
        count = [0]

        def hook(frame, event, arg):
            if event in ("call", "c_call"):
                count[0] += 1

        sys.setprofile(hook)
        try:
            found = list(rule().check(ctx))
        finally:
            sys.setprofile(None)
    return count[0], found


def _assert_linear(code: str) -> list:
    small, _ = _calls(code, 60)
    large, found = _calls(code, 240)
    # linear: ~4 (3.2 GW105, 3.8 GW705); the walks to every earlier heading made it 9.2 and 10.9
    assert large < 6 * small, f"{code}: {small} calls at 60 sections, {large} at 240"
    return found


def test_gw705_inverted_order_walk_is_linear():
    _assert_linear("GW705")


def test_gw105_heading_above_each_line_is_found_in_linear_work():
    _assert_linear("GW105")


def test_gw705_still_finds_an_inverted_order():
    # 1. before （一） under the same 一、: the GB/T 9704 order of levels inverted
    text = ("江西省人民政府办公厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n一、加强组织领导\n"
            "1.明确工作目标。\n（一）压实工作责任。\n二、强化督促检查\n（一）定期调度。\n")
    with document_tokens():
        ctx = LintContext(read_bytes(text.encode("utf-8"), "draft.txt"), Config())
        rule = next(r for r in all_rules() if r.code == "GW705")
        found = list(rule().check(ctx))
    assert any("层级颠倒" in v.message and v.data.get("above") == "1." for v in found)

"""Linting time is linear in paragraph length (issue 12 D7).

One paragraph of 1,600 sentences must take about as long as 16 paragraphs of
100 sentences.  Before the analysis layer the ratio was above 7 (per-sentence
code scanned the whole paragraph); now it is about 1.  The bound here (3) is
generous so that a loaded machine does not fail it; bench/bench_linear.py
measures properly.
"""
from __future__ import annotations

import time

from gwlint.api import lint_bytes
from gwlint.config import Config

SENTENCES = ("各地要结合本地实际，细化工作措施，明确时间节点，确保各项任务按期完成。",
             "要加强林区野外用火管理，严禁在林区内烧荒、烧秸秆和上坟烧纸。")
HEAD = "江西省农业农村厅关于做好春季农业生产工作的通知\n各设区市人民政府：\n"


def _draft(paragraphs: int, sentences: int) -> bytes:
    body = ["".join(SENTENCES[k % 2] for k in range(sentences)) for _ in range(paragraphs)]
    return (HEAD + "\n".join(body) + "\n").encode("utf-8")


def _best(data: bytes, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        lint_bytes(data, "long.txt", Config())
        best = min(best, time.perf_counter() - t)
    return best


def test_one_long_paragraph_costs_what_many_short_ones_cost():
    lint_bytes(_draft(1, 10), "warm.txt", Config())
    one = _best(_draft(1, 1600))
    many = _best(_draft(16, 100))
    assert one < 3 * many, f"1 × 1600 sentences: {one:.2f} s; 16 × 100: {many:.2f} s"


CLAUSES = ("各地要结合本地实际", "细化工作措施", "明确时间节点", "各设区市人民政府要于3月底前报送材料", "严禁在林区内烧荒")


def test_one_run_on_sentence_costs_what_many_short_sentences_cost():
    # a draft whose 。 went missing: one sentence of 800 comma-separated clauses (9,000 字) once took
    # quadratic time in the long-sentence advice (20 s here, 15 minutes at 8,000 clauses)
    def draft(sentences: int, clauses: int) -> bytes:
        one = "，".join(CLAUSES[k % 5] for k in range(clauses)) + "。"
        return (HEAD + one * sentences + "\n").encode("utf-8")

    lint_bytes(draft(1, 10), "warm.txt", Config())
    one = _best(draft(1, 800))
    many = _best(draft(80, 10))
    assert one < 3 * many, f"1 × 800 clauses: {one:.2f} s; 80 × 10: {many:.2f} s"


def test_items_of_one_level_cost_linear_in_their_number():
    # a 实施意见 of thousands of items all numbered （一）… at one level once took quadratic time: the sections
    # above each item, its deeper items and its siblings were looked up by scanning every heading (61 s at
    # 1 M 字).  Eight times the items must cost about eight times as much (64 times when quadratic); each item
    # has fixed costs (its findings), so the items are compared with items, not with long paragraphs.
    def draft(items: int) -> bytes:
        body = [f"（一）加强第{i + 1}项工作。" + SENTENCES[0] * 2 for i in range(items)]
        return ("江西省农业农村厅关于加强春季农业生产的实施意见\n各设区市人民政府：\n" + "\n".join(body)
                + "\n江西省农业农村厅\n2026年3月1日\n").encode("utf-8")

    lint_bytes(draft(3), "warm.txt", Config())
    few = _best(draft(500), runs=1)
    many = _best(draft(4000), runs=1)
    assert many < 16 * few, f"4,000 items: {many:.2f} s; 500 items: {few:.2f} s"

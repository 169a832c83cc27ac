"""submissions._first_prefix_hit against its definition: the least verb position whose sentence prefix holds a
match of the incident / optional condition (one regex search per verb, as the filter was first written)."""
import random
import re

from gwlint.analysis.submissions import _first_prefix_hit
from gwlint.analysis.lexicon import load_data

PIECES = ["发现", "疫情", "后", "之后", "收到", "接到", "本通知", "文件", "通报", "扑灭", "火灾", "发生", "2", "小时",
          "内", "以内", "如", "有", "异议", "的", "，", "。", "；", "报送", "反馈", "各地", "情况", "市局", "推送",
          "核查", "结果", "一旦", "事故", "半", "个", "分钟", "函", "意见", "若对", "不同意见", "如需", "复核", "|"]


def _definition(rx, text, start, positions):
    hits = [a for a in positions if rx.search(text[start:a]) is not None]
    return min(hits) if hits else float("inf")


def test_threshold_equals_one_search_per_position():
    data = load_data("burdens.toml")["GW106"]
    patterns = [re.compile(data[k]) for k in ("incident_condition", "optional_condition")]
    rnd = random.Random(23)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(3, 40)))
        start = rnd.randint(0, min(3, len(text)))
        positions = [m.start() for m in re.finditer("报|反|推", text) if m.start() >= start] or [len(text)]
        for rx in patterns:
            assert _first_prefix_hit(rx, text, start, positions) == _definition(rx, text, start, positions), text

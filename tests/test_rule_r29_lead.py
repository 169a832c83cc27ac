"""Readings the lead fixed in round 29, in surfaces of his own:

- GW803 "is this 反应 a slip for 反映": 反应 heading a compound names the reaction itself (疑似预防接种异常反应情况,
  药品不良反应问题, 过敏反应情况) and is right as written; 反应情况/反应问题 after a person or body (群众反应情况,
  及时反应问题) is the slip.  (holdout30 gw1/gw106-g08b was a false alarm.)

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("每周五12时前，各接种单位将本周接种人数和疑似预防接种异常反应情况报区卫生健康委。", False),
    ("各医疗机构要做好药品不良反应问题的监测和上报。", False),
    ("接种后留观30分钟，发现过敏反应情况的立即处置。", False),
    ("请各街道将群众反应情况及时报区信访局。", True),
    ("各社区要畅通渠道，及时反应问题和诉求。", True),
])
def test_gw803_reaction_compounds_are_right(sentence, fires, fmt, tmp_path):
    src = marked_doc("南宁市青秀区卫生健康局", "各街道社区卫生服务中心，辖区各医疗机构：",
                     ["为做好秋冬季疫苗接种工作，现将有关事项通知如下。", sentence])
    found = _codes(src, fmt, tmp_path, "GW803")
    assert bool(found) == fires, [f.message for f in found]

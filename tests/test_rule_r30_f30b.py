"""Readings f30b changed in round 30 (holdout33's open failures by class), tested on the probe drafts written before
each change (tests/r30_f30b_probes/, named <class>-p*.gw for positives and <class>-n*.gw for near-misses):

- GW104 "does a subjectless 请 order the recipients": an object fronted as the clause's topic (整改结果请于……前报送;
  三、有关材料请于……前上传) no longer hides the order; a doer before 请 (申报企业请于……; 参训人员请于……) still does.
  报 alone after a deadline is a verb (请于……前报县应急管理局).
- GW106 "one table, one demand": rows of one numbered table each writing a submission out are told once; "who submits":
  the 主送机关 called by their head alone (各便民服务中心 for 各镇（街道）便民服务中心) and 所在单位 of staff the recipients
  were told to appoint (……要指定一名统计员。统计员所在单位……报区民政局) are the recipients.
- GW107 "whose meeting": a department's own minutes (局务会议纪要, 党组会议纪要) speak through their bare 会议, issuer
  read or not; a government's minutes (市政府常务会议纪要) are its leaders' own requirement.
- GW202 "escorts at a training": a leader bringing other units' leaders to a training's opening (开班式请……分管副市长带领
  市应急管理局局长出席) is an escort as at a meeting; 带领学员参观, 工作人员陪同 are not. "addressed at which rank":
  places a 主送 collective counts in its (含……) insert (各市（含定州、辛集市）……局) and their bureaus are addressed.
- GW105 "does the notice ask anybody": a verb with a localizer closing its clause (搬迁后，; 办理期间，) is a time, and
  the public (群众可通过……) no doer with work.
- GW302 "an entry's list": what the 申报材料 list of a selection (评选, 评比) asks to attach is proof of the work; a
  funding application's list and a photo contest's entries are not.

Each probe is rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

from pathlib import Path

import pytest

from .drafts import FORMATS, assert_probe, probe_params

_PROBES = Path(__file__).parent / "r30_f30b_probes"
_CODE = {"gw104": "GW104", "gw105": "GW105", "gw106s": "GW106", "gw106t": "GW106", "gw107": "GW107",
         "gw202i": "GW202", "gw202t": "GW202", "gw302": "GW302"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, code, expected", probe_params(_PROBES, lambda stem: _CODE[stem.split("-", 1)[0]]))
def test_probe(src, code, expected, fmt, tmp_path):
    assert_probe(src, code, expected, fmt, tmp_path)

"""``meetings._scan`` reads each sentence's convening verbs once per document (``_verb_sites``) for every
suffix list; held here to the old definition, which read them anew for each list (issue 16, round 23)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from gwlint.analysis import meetings as M
from gwlint.analysis.sentences import clause_start, inside, quoted_spans, sentence_spans
from gwlint.analysis.tokens import index_of
from gwlint.analysis.units import normalize
from gwlint.docmemo import document_scope

ROOT = Path(__file__).resolve().parent.parent


def _scan_reference(text, index, s, e, suffixes, quotes, *, title=False):
    """``_scan`` as it was before the verb sites were shared (035c5392)."""
    d = M.words()
    verbs = d.get("convene_verbs", [])
    if verbs and not M.holds_any(text, verbs, s, e):
        return
    vocab = M.vocabulary()
    past_words = d.get("past_markers", [])
    past_after = "".join(d.get("past_after_verb", []))
    floor = s
    prev_name = ""
    for m in re.finditer(M.alternation(d.get("convene_verbs", [])), text[s:e]):
        v, ve = s + m.start(), s + m.end()
        if inside(v, quotes) and not title:
            continue
        c0 = clause_start(text, v, s)
        past = any(p in text[max(c0, floor):v] for p in past_words) or (ve < len(text) and text[ve] in past_after)
        mk, mk_start = M._marker_before(text, max(floor, v - 60), v, d)
        when = text[mk_start + len(mk):v] if mk is not None else text[max(c0, floor):v]
        name = ""
        name_span = None
        nm = M._name_re(suffixes).match(text, ve)
        qm = M._QUOTED_NAME.match(text, ve, e) if nm is None else None
        if nm and nm.end() <= e:
            name = nm.group(0)
        elif qm is not None and M._suffix_end_re(suffixes).search(qm.group(1)):
            name = qm.group(1)
        elif mk_start is not None:
            b0 = clause_start(text, mk_start, s)
            piece = text[b0:mk_start].strip(" \u3000")
            if M._suffix_end_re(suffixes).search(piece):
                name = piece
                name_span = (b0, mk_start)
        if vocab.negates_verb(text, index, c0, v, skip=[name_span] if name_span else (),
                              reach=int(d.get("reducer_reach", 12)), breaks=d.get("reducer_breaks", "")) \
                or any(text.endswith(w, c0, v) for w in d.get("cancel_verbs", ())):
            continue
        name = name.strip(" \u3000").removeprefix("的")
        if "的" in name:
            name = re.sub(rf"^.*(?:{M.alternation(d.get('convene_verbs', []))})的", "", name)
        if not name and prev_name and mk is not None:
            name = prev_name
        if name:
            prev_name = name
        if past:
            floor = ve
        host = ""
        if mk_start is not None and name_span is None:
            host = text[clause_start(text, mk_start, s):mk_start].strip(" \u3000")
        places = M._PLACE.findall(text, mk_start + len(mk) if mk is not None else c0, ve)
        yield M._Convening(v, ve, mk, when, name, past, host, places[-1] if places else "")


def _suffix_lists():
    from gwlint.analysis.settings import settings_for
    from gwlint.config import load_config
    from gwlint.rules import all_rules

    cfg = load_config()
    out = set()
    for rule in all_rules():
        if rule.code in ("GW201", "GW202", "GW203"):
            s = settings_for(rule, cfg)
            for name in ("meeting_suffixes", "training_suffixes"):
                val = getattr(s, name, None)
                if val:
                    out.add(tuple(val))
            extra = getattr(s, "extra_meeting_suffixes", None)
            if extra:
                out.add(tuple(dict.fromkeys([*s.meeting_suffixes, *extra])))
    assert len(out) >= 2
    out.add(("会议", "会", "论坛", "培训班"))
    return sorted(out)


CRAFTED = [
    "原定于3月召开的全省工作会议不再召开，现定于4月9日召开全省安全生产工作会议。",
    "原定于2月24日召开的全省推进会延至3月18日召开，请各地做好准备。",
    "经研究，不召开全省现场会，改为于5月召开视频会议。",
    "暂缓召开全省座谈会，原定于6月举办的培训班推迟举办，另行通知。",
    "省政府定于7月6日在南昌举办全省培训班，培训期间同时举办“数字经济发展论坛”。",
    "取消举办原定于3月召开的论坛，已于2月召开的会议不再重复召开，决定于11月9日至15日开展宣传周活动。",
    "不再召开原定于3月召开的全省会议，4月召开全省推进会。",
]


def _texts():
    out = list(CRAFTED)
    for sub in ("tests/corpus", "sample_docs"):
        for p in sorted((ROOT / sub).rglob("*.txt")):
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                if any(v in line for v in ("召开", "举办", "举行", "开展")):
                    out.append(line)
    return out


def test_scan_equals_reference_for_every_suffix_list():
    lists = _suffix_lists()
    texts = _texts()
    assert len(texts) > 200
    seen = 0
    for raw in texts:
        text = normalize(raw)
        quotes = quoted_spans(text)
        index = index_of(text)
        spans = sentence_spans(text) + [(0, len(text))]
        for title in (False, True):
            with document_scope():  # one document: the sites shared across the lists, as in a lint
                for suffixes in lists:
                    for s, e in spans:
                        got = list(M._scan(text, index, s, e, suffixes, quotes, title=title))
                        want = list(_scan_reference(text, index, s, e, suffixes, quotes, title=title))
                        assert got == want, (raw, s, e, suffixes, title)
                        seen += len(got)
            for s, e in spans:  # outside a document scope: nothing kept, the same answers
                assert list(M._scan(text, index, s, e, lists[0], quotes)) == \
                    list(_scan_reference(text, index, s, e, lists[0], quotes))
    assert seen > 100


@pytest.mark.parametrize("raw", CRAFTED)
def test_negated_past_verb_keeps_the_floor(raw):
    """A negated verb leaves the floor where it was (the site is read again from the true floor)."""
    text = normalize(raw)
    quotes, index = quoted_spans(text), index_of(text)
    with document_scope():
        for suffixes in _suffix_lists():
            assert list(M._scan(text, index, 0, len(text), suffixes, quotes)) == \
                list(_scan_reference(text, index, 0, len(text), suffixes, quotes))

"""Unit recogniser and responsibility-note parser (gwlint/units.py) on real phrasing."""
from __future__ import annotations

import json

import pytest

from gwlint.units import find_notes, find_units, responsible_units, subject_units

from .conftest import CORPUS, need, run_cli


def _units(text):
    return [(u.text, u.kind, u.level, u.generic) for u in find_units(text)]


def test_named_bodies_and_short_forms():
    got = _units("省林业局要会同省应急管理厅加强火情监测，生态环境部、国家发展改革委按职责分工负责。")
    assert got == [
        ("省林业局", "department", "province", False),
        ("省应急管理厅", "department", "province", False),
        ("生态环境部", "department", "national", False),
        ("国家发展改革委", "department", "national", False),
    ]
    # canonical names come from organizations.toml
    assert find_units("国家发展改革委")[0].name == "国家发展和改革委员会"


def test_governments_at_each_level_and_generic_actors():
    got = _units("各设区市人民政府，各县（市、区）人民政府，各地各部门，有关部门，河北省人民政府")
    assert got == [
        ("各设区市人民政府", "government", "city", False),
        ("各县（市、区）人民政府", "government", "county", False),
        ("各地各部门", "mixed", "province", True),
        ("有关部门", "department", "province", True),
        ("河北省人民政府", "government", "province", False),
    ]


def test_half_width_brackets_keep_offsets():
    text = "各市、县(区)人民政府,省政府各部门:"
    us = find_units(text)
    assert [(u.text, u.start, u.end) for u in us] == [("各市、县(区)人民政府", 0, 11), ("省政府各部门", 12, 18)]
    assert us[0].reaches == ("city", "county") and us[1].generic


def test_local_departments_are_not_governments():
    u = find_units("各设区市农业农村局要加强指导")[0]
    assert (u.text, u.kind, u.level, u.generic) == ("各设区市农业农村局", "department", "city", False)
    g = find_units("各地有关部门要加强指导")[0]
    assert g.generic and g.kind == "department"


def test_city_and_county_departments_by_form():
    got = _units("南昌市发展改革委会同九江市濂溪区教育局负责，赣州市财政局配合。")
    assert got == [
        ("南昌市发展改革委", "department", "city", False),
        ("九江市濂溪区教育局", "department", "county", False),
        ("赣州市财政局", "department", "city", False),
    ]
    # a government office is not a department; an unknown place is not a region
    assert _units("南昌市人民政府办公室")[0][1] == "government_office"
    assert [u.text for u in find_units("超大城市财政局")] != ["超大城市财政局"]


def test_the_xiang_of_chengxiang_is_no_township():
    from gwlint.orgs import classify

    # 城乡 names a portfolio (住房城乡建设, 城乡规划), not a 乡 (township)
    assert (classify("南昌市住房城乡建设局").level, classify("南昌县城乡建设局").level) == ("city", "county")
    assert classify("住房城乡建设局").level == "unknown"
    assert classify("进贤县三里乡人民政府").level == "township"
    assert _units("九江市住房城乡建设局、各乡镇人民政府") == [
        ("九江市住房城乡建设局", "department", "city", False),
        ("各乡镇人民政府", "government", "township", False),
    ]


def test_pilot_city_governments_are_specific_actors():
    us = find_units("试点城市政府要加大资金统筹整合力度")
    assert [(u.text, u.kind, u.level, u.generic) for u in us] == [("试点城市政府", "government", "city", False)]
    assert [u.text for u in responsible_units("试点城市政府要加大资金统筹整合力度")] == ["试点城市政府"]


def test_token_boundaries_prevent_false_matches():
    # 各市 must not be found inside 各市场主体; 需经省政府 is not a place name
    assert find_units("各市场主体要依法经营") == []
    assert [u.text for u in find_units("需经省政府研究决定")] == ["省政府"]
    assert [u.text for u in find_units("今年河北省人民政府要")] == ["河北省人民政府"]
    # an ambiguous short form after a place prefix is not the national body
    assert all(u.level != "national" for u in find_units("市发展改革委要加强调度"))


def test_relative_actor_levels_follow_the_issuer():
    u = find_units("各地要加强领导")[0]
    assert u.reaches_for("province") == ("city", "county")
    assert u.reaches_for("national") == ("province", "city")


def test_note_forms_from_real_documents():
    cases = {
        "（生态环境部牵头，国家发展改革委、工业和信息化部参与）": ("lead-join", ["生态环境部"], 2),
        "（国家发展改革委、农业农村部指导）": ("guides", ["国家发展和改革委员会", "农业农村部"], 0),
        "（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）": ("responsible", ["国家税务总局", "财政部", "海关总署"], 0),
        "（责任单位：省农业农村厅；配合单位：省气象局）": ("labelled", ["江西省农业农村厅"], 1),
        "（牵头单位：省财政厅）": ("labelled", ["江西省财政厅"], 0),
        "（省发展改革委会同省财政厅负责）": ("together", ["江西省发展和改革委员会"], 1),
        "（负责部门：人力资源社会保障部、商务部；适用范围：所有自贸试验区）": ("labelled", ["人力资源和社会保障部", "商务部"], 0),
    }
    for text, (form, lead, npart) in cases.items():
        notes = find_notes("推进这项工作。" + text)
        assert len(notes) == 1, text
        n = notes[0]
        assert n.form == form, text
        assert [u.name for u in n.lead] == lead, text
        assert len(n.partners) == npart, text
        assert n.start == len("推进这项工作。") and n.end == len("推进这项工作。" + text)


def test_brackets_that_are_not_notes():
    assert find_notes("加大奖励力度（以下简称奖补资金），各地负责组织实施。") == []
    # a note naming only a generic actor is parsed, but names nobody responsible
    notes = find_notes("做好统计（由各地负责）。")
    assert [u.generic for n in notes for u in n.units] == [True]
    assert responsible_units("做好统计（由各地负责）。") == []


def test_subject_units_need_a_clause_initial_unit_and_a_predicate():
    assert [u.text for u in subject_units("省林业局要会同省应急管理厅加强火情监测。")] == ["省林业局"]
    assert [u.text for u in subject_units("2026年3月底前，省政务服务办要完成对接。")] == ["省政务服务办"]
    assert [u.text for u in subject_units("所需资金由省财政厅负责保障。")] == ["省财政厅"]
    # mentioned, but not the subject
    assert subject_units("及时向省林业局报告火情。") == []
    assert subject_units("省政府部门拟开展的督查事项，年初报审核。") == []


def test_responsible_units_drop_generic_actors():
    assert responsible_units("各地各部门要加强领导，有关部门要抓好落实。") == []
    names = [u.name for u in responsible_units("有关部门要抓好落实（省财政厅负责）。")]
    assert names == ["江西省财政厅"]


def test_inspect_lists_units_per_measure():
    path = need(CORPUS / "govcn" / "37.txt")
    r = run_cli("inspect", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    assert d["measures"] == 30
    assert all(m["units"] for m in d["measure_list"])
    assert "国家市场监督管理总局" in d["responsible_units"]


def test_inspect_text_names_units_or_their_absence():
    r = run_cli("inspect", str(need(CORPUS / "govcn" / "07.txt")))
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    assert "制定实施方案  责任单位：试点城市人民政府" in out
    assert "强化宣传引导  责任单位：（未明确）" in out


@pytest.mark.parametrize("text,names", [
    ("由市商务局负责，各县（市、区）人民政府抓好落实。", ["市商务局", "各县（市、区）人民政府"]),  # 抓好落实 is one token
    ("各乡（镇）人民政府作为建后管护的第一责任人。要明确专人负责。", ["各乡（镇）人民政府"]),  # a role
    ("一要各乡（镇）人民政府在7月底前完成清查登记。", ["各乡（镇）人民政府"]),  # the lead demands
    ("市商务局是全市电商发展的牵头部门。", ["市商务局"]),
    ("县农业农村局负责指导；乡（镇）人民政府负责日常监管。", ["县农业农村局", "乡（镇）人民政府"]),
])
def test_subject_units_issue15_forms(text, names):
    from gwlint.analysis.units import subject_units

    assert [u.text for u in subject_units(text)] == names


def test_subject_units_not_from_mentions():
    from gwlint.analysis.units import subject_units

    assert subject_units("借鉴信州区、广丰区人民政府的经验。") == []
    assert subject_units("市商务局是全市最早设立的部门之一。") == []


def _corpus_lines() -> list[str]:
    from gwlint.analysis.units import normalize

    lines = []
    for f in sorted((CORPUS / "local").glob("*.txt")) + sorted((CORPUS / "policy").glob("*.txt")):
        lines += [normalize(ln) for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def test_gated_unit_patterns_match_as_finditer():
    """The unit scan tries a pattern only near its required literals: the same matches as
    trying it everywhere, on real paragraphs, whole documents and tricky short strings."""
    from gwlint.analysis.units import _gated_finditer, lexicon

    lines = _corpus_lines()
    texts = lines + ["".join(lines[i:i + 50]) for i in range(0, len(lines), 50)] + [
        "南昌市人民政府", "南昌市南昌县人民政府", "市县区", "江西省南昌市财政局办公室", "九江海关驻瑞昌办事处",
        "各乡镇人民政府、街道办事处", "上饶市信州区沙溪镇政府", "自治区政府", "海关", "关海关", "镇政府", ""]
    gated = 0
    for rx, _spec, gates in lexicon().patterns:
        gated += bool(gates)
        for t in texts:
            want = [(m.span(), m.groupdict()) for m in rx.finditer(t)]
            assert [(m.span(), m.groupdict()) for m in _gated_finditer(rx, gates, t)] == want, (rx.pattern, t)
    assert gated >= 3  # the patterns that open with a CJK class are gated
    # a lookbehind before the literals ((?:^|(?<=[、，…]))(?P<region>城区|矿区…)) keeps `re` from skipping to them
    # itself: such a pattern is gated too
    names = {spec["name"]: gates for _rx, spec, gates in lexicon().patterns}
    assert names["two-character-district"] and names["named-lower-government-dictionary-place"]


def test_required_words_skip_only_patterns_that_cannot_match():
    """The unit scan skips a pattern when the paragraph holds none of the words its matches need (one pass
    over every pattern's words): a skipped pattern finds nothing in that text."""
    from gwlint.analysis.units import lexicon

    lex = lexicon()
    assert len(lex.pattern_words) == len(lex.patterns)
    skipped = 0
    for t in _corpus_lines() + ["南昌市人民政府", "城区人民政府", "市财政", ""]:
        present = {w for w in lex.required_words if w in t}
        for (rx, _spec, _gates), words in zip(lex.patterns, lex.pattern_words):
            if words and present.isdisjoint(words):
                skipped += 1
                assert rx.search(t) is None, (rx.pattern, t)
    assert skipped > 100


def test_each_unit_pattern_gate_alone_matches_as_finditer():
    """Every gate of every unit pattern is a necessary condition on its own (the scan picks the cheapest
    per text, so a wrong gate may hide behind a cheaper one): tried alone on real paragraphs and short
    strings, the same matches as finditer."""
    from gwlint.analysis.units import _gated_finditer, lexicon

    lines = _corpus_lines()
    texts = lines + ["由南昌县负责", "要求九江市抓好落实", "和萍乡市做好", "南昌县要加强", "（南昌县）负责",
                     "请景德镇市做好", "南昌县", "县", "市、区",
                     "会议的要求九江市抓好落实", "工作的督促南昌县做好", "的的责成萍乡市负责",  # after a two-character word
                     # an anchor (suffix and the lookahead after it) found where it overlaps another: 地区 and 区
                     "由阿里地区负责", "地区要", "喀什地区、和田地区要", "和林格尔县和托克托县负责", "请城区政府",
                     # a start is never tried before the run of ideographs the gate ends
                     "（南昌市）人民政府", "南昌、九江市人民政府", "2024年南昌市人民政府", "A市人民政府", "市政府",
                     "江西省赣州市章贡区财政局", "有关县人民政府", "3个县人民政府", "各县（市、区）人民政府",
                     # 政府 at an unbounded offset: only the pattern's characters (ideographs, 、（）) before it
                     "各设区市、县（市、区）人民政府", "各县，市政府", "各县市区和市直有关部门、县政府", "各县（区）政府办",
                     "各乡镇、街道人民政府负责", "请各县（市、区）、省直管县政府",
                     # a suffix and the literals right after it as one gate (市政府, 自治区人民政府): found where the
                     # suffix is part of a longer one, where two overlap, and not where only one part is there
                     "广西壮族自治区人民政府", "自治区政府办公厅", "区区政府", "市市人民政府", "县人民政府办",
                     "新区政府", "南昌市（县）政府", "市 政府", "上饶县人民政府办公室", "本县政府", "全市人民政府"]
    anchored = 0
    for rx, _spec, gates in lexicon().patterns:
        anchored += any(len(g) > 3 for g in gates)
        for gate in gates:
            for t in texts:
                want = [(m.span(), m.groupdict()) for m in rx.finditer(t)]
                assert [(m.span(), m.groupdict()) for m in _gated_finditer(rx, (gate,), t)] == want, \
                    (rx.pattern, gate, t)
    assert anchored >= 4  # the actor patterns' suffixes are anchored by the predicate after them


def test_last_break_in_a_window_is_the_breaks_read_by_bisection():
    """The gated scan finds the last character outside a pattern's run in the window before an occurrence
    by one match over the window; the definition is the text's every such offset, read by bisection."""
    import random
    from bisect import bisect_left

    from gwlint.analysis.units import _breaks, _last_break, lexicon

    runs = sorted({g[4] for _rx, _spec, gates in lexicon().patterns for g in gates if g[4] is not None})
    runs += ["", "、（）", "“”", "\n", "]^-\\"]  # metacharacters of a class too
    lines = _corpus_lines()
    rnd = random.Random(16)
    pool = "市县区各、（）()“”，。A1 \n]^-\\政府𠀀\u3000"
    texts = lines + ["".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 40))) for _ in range(3000)]
    checked = 0
    for run in runs:
        last = _last_break(run)
        for t in texts:
            breaks = _breaks(t, run)
            for _ in range(4):
                q = rnd.randrange(0, len(t) + 1)
                first = max(q - rnd.randrange(0, 16), 0)
                k = bisect_left(breaks, q)
                want = breaks[k - 1] + 1 if k and breaks[k - 1] >= first else None
                m = last(t, first, q) if first < q else None
                assert (m.end() if m is not None else None) == want, (run, t, first, q)
                checked += 1
    assert checked > 10000


def test_key_openings_are_the_first_characters_whose_pair_opens_a_key():
    """The lexicon walk visits the offsets whose two characters open a key, found by one pattern; the
    definition is every offset whose character opens a key, kept when its pair does too."""
    import random

    from gwlint.analysis.units import lexicon

    lex = lexicon()
    firsts = {k[0] for k in lex.entries if len(k) >= 2}
    lines = _corpus_lines()
    rnd = random.Random(16)
    pairs = sorted(lex.lengths2)
    # texts made of key openings, their characters and others, overlapping and cut short at the end
    pool = [p for p in pairs[::7]] + [p[0] for p in pairs[::5]] + list("、（）()的和1 \n")
    texts = lines + ["".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 30))) for _ in range(3000)]
    texts += [p[0] for p in pairs] + pairs + ["".join(pairs)]
    hits = 0
    for t in texts:
        want = [i for i, ch in enumerate(t) if ch in firsts and t[i:i + 2] in lex.lengths2]
        assert [m.start() for m in lex.key_openings.finditer(t)] == want, t
        hits += len(want)
    assert hits > 1000


def test_unit_init_is_the_generated_dataclass_init():
    """Unit's own __init__ (one instance dict instead of ten object.__setattr__) takes the declared fields with
    their defaults and makes the instance the generated one makes: same fields, equality, hash, replace."""
    import dataclasses
    import inspect

    from gwlint.analysis.units import Unit

    fields = dataclasses.fields(Unit)
    Twin = dataclasses.make_dataclass("Twin", [(f.name, f.type, dataclasses.field(default=f.default))
                                               if f.default is not dataclasses.MISSING else (f.name, f.type)
                                               for f in fields], frozen=True)
    params = list(inspect.signature(Unit).parameters.values())
    assert [(p.name, p.default) for p in params] == [(p.name, p.default)
                                                     for p in inspect.signature(Twin).parameters.values()]
    cases = [
        (("省财政厅", 0, 4, "江西省财政厅", "department", "province"), {}),
        (("各地", 3, 5, "各地", "mixed", "city", True, ("city", "county"), True, "actor"), {}),
        (("县局", 1, 3, "县局", "department", "county"), {"source": "pattern", "generic": True}),
        ((), {f.name: i for i, f in enumerate(fields)}),
    ]
    for args, kw in cases:
        u, t = Unit(*args, **kw), Twin(*args, **kw)
        assert vars(u) == vars(t) and list(vars(u)) == [f.name for f in fields]
        assert dataclasses.astuple(u) == dataclasses.astuple(t) and hash(u) == hash(Unit(*args, **kw))
        assert u == Unit(*args, **kw) and repr(u).removeprefix("Unit") == repr(t).removeprefix("Twin")
        v = dataclasses.replace(u, start=9, generic=not u.generic)
        assert (v.start, v.generic, v.text) == (9, not u.generic, u.text)
    with pytest.raises(dataclasses.FrozenInstanceError):
        u.start = 1


def test_a_suffix_and_the_literals_after_it_make_one_gate():
    """(?:省|市|县…)(?:人民政府|政府): a gate holds the concatenations (市政府, 自治区人民政府), searched as one anchor,
    so a 政府 after （区） or a 市 in 市场 opens no window; each gate alone is checked against finditer above."""
    from gwlint.analysis.units import lexicon

    gates = {spec["name"]: gates for _rx, spec, gates in lexicon().patterns}
    first = gates["regional-government"][0]
    assert {"市政府", "自治区人民政府", "县人民政府"} <= set(first[0]) and first[3]
    assert any("市人民政府" in g[0] for g in gates["named-lower-government"])


def test_units_of_normalised_text_use_the_texts_tokens():
    """Half-width marks (normalised before the lexicon scan) leave the units where the
    full-width text has them."""
    half = "省财政厅,省教育厅(牵头);各设区市人民政府:负责落实。"
    full = "省财政厅，省教育厅（牵头）；各设区市人民政府：负责落实。"
    assert [(u.name, u.start, u.end) for u in find_units(half)] == \
        [(u.name, u.start, u.end) for u in find_units(full)]
    assert [u.text for u in find_units(half)] == ["省财政厅", "省教育厅", "各设区市人民政府"]


# issue 15 hU: the lower governments' collective names its governments in any wording; beside a generic
# collective of departments and no named body it is 各地各部门 written out
@pytest.mark.parametrize("text, named", [
    ("各县（市、区）要聚焦主导产业。", ["各县（市、区）人民政府"]),
    ("各县市区要统筹实施县城补短板。", ["各县市区"]),
    ("各市县要推行帮办代办。", ["各市县"]),
    ("各市州要统筹推进物流配送中心建设。", ["各省辖市"]),
    ("各乡镇（街道）要落实村庄保洁员制度。", ["各乡镇人民政府"]),
    ("各县市区、各有关部门要建立诉求直通车。", []),
    ("推行帮办代办。（责任单位：各区（市）县、各部门）", []),
    ("推行帮办代办。（责任单位：市商务局，各县区、各有关部门）", ["市商务局", "各县市区"]),
    ("省直有关部门要加强衔接。各设区市要制定配套政策。", ["各设区市人民政府"]),
])
def test_lower_government_collectives_as_actors(text, named):
    from gwlint.analysis.units import responsible_units

    assert [u.name for u in responsible_units(text)] == named


# issue 15 hU: a named township or street without 人民政府 is a unit where it acts (clause start, after
# 请/由, in a list of such names, alone in a note), not where it is a place (在叶坪镇建设, 叶坪镇红井村)
@pytest.mark.parametrize("text, names", [
    ("叶坪镇要加快景区停车场建设。", ["叶坪镇"]),
    ("二、请叶坪镇、沙洲坝镇于6月30日前报送自查报告。", ["叶坪镇", "沙洲坝镇"]),
    ("由沙洲坝镇负责旧址周边整治。", ["沙洲坝镇"]),
    ("完成沿街立面整治。（责任单位：公园街道）", ["公园街道"]),
    ("（责任单位：叶坪镇、沙洲坝镇人民政府）", ["叶坪镇", "沙洲坝镇人民政府"]),
    ("于都县罗坳镇要加快产业园建设。", ["于都县罗坳镇"]),  # a township with its county, in a city's document
    ("在瑞金市叶坪镇建设游客中心。", []),
    ("在叶坪镇、沙洲坝镇各建设1个游客集散中心。", []),
    ("叶坪镇红井村要整治村容村貌。", []),
    ("主要街道要保持整洁，小城镇要完善功能，特色小镇要突出特色。", []),
])
def test_named_townships_where_they_act(text, names):
    assert [u.text for u in find_units(text)] == names


def test_township_after_qing_is_the_subject():
    assert [u.name for u in responsible_units("请云石山乡做好纪念园周边摊点规范管理。")] == ["云石山乡"]
    assert responsible_units("提请市政府审议后印发。") == []


# round 9: a named district, county-level city or two-character county without 人民政府 is a government
# where it acts, as named townships are; area words ending in 区/市 (园区, 中心城区, 开发区, 城市) are not
@pytest.mark.parametrize("text, names", [
    ("东湖区要在年底前完成老旧小区改造，西湖区负责完成管网更新。", ["东湖区", "西湖区"]),
    ("（责任单位：新建区、红谷滩区）", ["新建区", "红谷滩区"]),
    ("德兴市要加快铜产业园建设。", ["德兴市"]),
    ("沛县要在8月底前完成建设任务，丰县要同步完成验收。", ["沛县", "丰县"]),
    ("由沛县、丰县负责组织实施。", ["沛县", "丰县"]),
    ("中心城区要完成改造，工业园区要完善配套，高新区要加快建设。", []),
    ("全市要完成整治，县级市要同步推进，大中城市要先行先试。", []),
    ("全县要抓好落实，两县要加强协作，产粮大县要稳定面积。", []),
    ("在东湖区建设游客中心，东湖区百花洲片区要完成改造。", []),
    ("组织企业赴上海市松江区开展招商推介。", []),
])
def test_named_districts_and_cities_where_they_act(text, names):
    assert [u.text for u in find_units(text)] == names


def test_bare_city_name_level_follows_its_suffix():
    # a division of the national table has its own level (德兴市 is a county-level city of 上饶, 吉林市 a
    # prefecture; issue 15 round 10); a 市 of no division (a place word of jieba's only) is read by its suffix
    by_text = {u.text: u.reaches for u in find_units("东湖区要加快改造，德兴市要加快建设，吉林市要加快建设。")}
    assert by_text == {"东湖区": ("county",), "德兴市": ("county",), "吉林市": ("city",)}
    # a list closed by one 人民政府 is read as governments sharing it, each of the last one's level
    by_text = {u.text: u.reaches for u in find_units("东台市、建湖县人民政府要在6月底前制定方案。")}
    assert by_text == {"东台市": ("county",), "建湖县人民政府": ("county",)}


# round 9: the issuer's own development-zone committee by its short name is a unit, as 市商务局 is;
# 各开发区管委会 and 所在园区管委会 stay generic
@pytest.mark.parametrize("text, names", [
    ("高新区管委会负责园区道路建设。", ["高新区管委会"]),
    ("（责任单位：市工业园区管委会、市商务局）", ["市工业园区管委会", "市商务局"]),
    ("由县经济开发区管理委员会负责。", ["县经济开发区管理委员会"]),
    ("各工业园区管委会要加快标准厂房建设。", []),
    ("所在园区管委会要积极配合。", []),
])
def test_own_zone_committee_short_names(text, names):
    from gwlint.analysis.units import responsible_units

    assert [u.name for u in responsible_units(text)] == names

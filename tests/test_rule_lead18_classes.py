"""Classes the lead fixed in round 18 (from holdout22's first measurement), in other phrasings than the drafts that
showed them:

- GW703: a 《》 around a name that is itself a festival or season (《第十届……森林保护节》, 《……采摘季》) marks an event,
  not a work; a document's name ending so (《……文化节活动方案》) keeps its marks.
- GW705: a division table flattened one cell a line (.txt) whose header opens with 条款 (its rows open with 第二条…)
  repeats the articles, it does not continue them; a real gap in the articles is still one.
- GW803: 做出 + a modifier of any length joined by 的 + an abstract object (做出了暂停……的决定, 做出的安排) is 作出,
  one finding per 做出; a clause holding 做出's concrete object (做出突出贡献的……表彰决定) is not.
- GW804: a short year as a starting point (自25年起, 从24年开始); 自2025年起, 从业25年以来, 20年来 are not.
- GW805: a fixed phrase whose last character alone is wrong (共同体意思); 全面建设社会主义现代化强国 is its own phrase.
- Structure: a 署名 with its campus in brackets (中国地质大学（武汉）) is a 署名, so the date under it is found (GW708).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: bool = True) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", *(["@date 2026年6月14日"] if date else [])]
    return "\n".join(lines) + "\n"


_BODY = ["为做好有关工作，现就有关事项通知如下。", "请各单位按照通知要求认真组织实施。"]


# ------------------------------------------------------------ GW703: 《》 around a festival or season
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, fires", [
    ("关于举办《第十届张家界国际森林保护节》的通知", True),
    ("关于开展《2026年宾川柑橘采摘季》宣传推介的通知", True),
    ("关于举办《2026年“书香龙城”全民阅读季》的通知", True),
    ("关于印发《2026年泉州南音文化节活动方案》的通知", False),
    ("关于组织学习《中华人民共和国农村集体经济组织法》的通知", False),
])
def test_gw703_book_marks_around_an_event_name(title, fires, fmt, tmp_path):
    found = _codes(_doc("某市文化和旅游局", "各县（市、区）文化和旅游局：", _BODY, title), fmt, tmp_path, "GW703")
    marks = [f for f in found if "书名号" in f.message]
    assert len(marks) == (1 if fires else 0), [f.message for f in found]


# ------------------------------------------------------------ GW705: a flattened division table by article
_RULES = ["第一条　为规范城市道路挖掘管理，制定本细则。",
          "第二条　新建道路竣工后5年内不得挖掘。（责任单位：市住房和城乡建设局）",
          "第三条　挖掘施工单位应当设置围挡。（责任单位：市城市管理执法局）",
          "第四条　本细则自印发之日起施行。"]


def test_gw705_article_division_table_flattened_in_txt(tmp_path):
    table = ["@heading1 分工表", "@table 条款|工作内容|责任单位", "@table 第二条|挖掘审批|市住房和城乡建设局",
             "@table 第三条|施工现场监管|市城市管理执法局"]
    src = _doc("某市人民政府办公室", "市政府各部门：", [*_RULES, *table], "关于印发某市城市道路挖掘管理实施细则的通知")
    for fmt in FORMATS:
        assert _codes(src, fmt, tmp_path, "GW705") == [], fmt
    gap = [r for r in _RULES if not r.startswith("第三条")]
    found = _codes(_doc("某市人民政府办公室", "市政府各部门：", [*gap, *table], "关于印发某细则的通知"), "txt",
                   tmp_path, "GW705")
    assert len(found) == 1 and "第三条" in found[0].message, [f.message for f in found]


# ------------------------------------------------------------ GW803: 做出……的决定
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, n", [
    ("市应急管理局已做出了暂停辖区非煤矿山复产验收的决定，汛期结束后另行通知。", 1),
    ("各县（区）要对省安委会做出的安排逐项对照落实。", 1),
    ("经研究，县政府做出了对违规企业实施联合惩戒的决定。", 1),
    ("现将市政府对稳就业工作做出突出贡献的集体和个人的表彰决定转发给你们。", 0),
    ("各地要为乡村振兴做出新的更大贡献，市政府作出的部署要落实到位。", 0),
])
def test_gw803_zuochu_before_a_long_modifier(line, n, fmt, tmp_path):
    found = _codes(_doc("某市人民政府办公室", "各县（区）人民政府：", [line, _BODY[1]], "关于做好有关工作的通知"),
                   fmt, tmp_path, "GW803")
    assert len([f for f in found if "做出" in f.message]) == n, [f.message for f in found]


# ------------------------------------------------------------ GW804: 自25年起
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, years", [
    ("全市老旧小区加装电梯工作从24年开始试点，自25年起实行补助政策。", ["2024", "2025"]),
    ("该政策自23年以来已惠及群众1.2万人。", ["2023"]),
    ("自2025年起，对持证养老护理员发放岗位补贴；对从业25年以来一直在一线的护理员给予奖励，20年来队伍不断壮大。", []),
])
def test_gw804_short_year_as_a_starting_point(line, years, fmt, tmp_path):
    found = _codes(_doc("某市民政局", "各县（市、区）民政局：", [line, _BODY[1]], "关于做好有关工作的通知"),
                   fmt, tmp_path, "GW804")
    assert sorted(f.fix.edits[0].text for f in found if "简写" in f.message) == years, \
        [f.message for f in found]


# ------------------------------------------------------------ GW805: the last character of a fixed phrase
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("为铸牢中华民族共同体意思，市民族事务委员会决定开展示范创建。", True),
    ("要推进国家治理体系和治理能力现代话。", True),
    ("在全面建设社会主义现代化强国的新征程上，要铸牢中华民族共同体意识。", False),
])
def test_gw805_last_character_of_a_fixed_phrase(line, fires, fmt, tmp_path):
    found = _codes(_doc("某市民族事务委员会", "各县（市、区）民族事务局：", [line, _BODY[1]], "关于做好有关工作的通知"),
                   fmt, tmp_path, "GW805")
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ structure: a 署名 with its campus in brackets
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer", ["中国地质大学（武汉）", "华北电力大学（保定）", "中国石油大学（华东）"])
def test_signature_with_campus_in_brackets(issuer, fmt, tmp_path):
    body = ["暑期将至，请各学院在7月5日前召开安全教育主题班会。"]
    dated = _doc(issuer, "各学院，各部门：", body, "关于做好暑期学生安全教育的通知")
    assert _codes(dated, fmt, tmp_path, "GW708") == []
    undated = _doc(issuer, "各学院，各部门：", body, "关于做好暑期学生安全教育的通知", date=False)
    assert [f.message for f in _codes(undated, fmt, tmp_path, "GW708")] == ["缺少成文日期（署名下一行，用阿拉伯数字标全年月日）。"]


# ------------------------------------------------------------ GW707: an unnumbered heading whose name holds 、 in brackets
@pytest.mark.parametrize("line, fires", [
    ("@heading1 2026年度县（市、区）农村公路养护考核评分标准", False),
    ("@heading1 各县（市、区）要在11月底前完成考核，考核结果报市交通运输局。", True),  # a sentence set in 黑体
])
def test_gw707_unnumbered_heading_with_bracketed_list(line, fires, tmp_path):
    src = _doc("宜昌市交通运输局", "各县（市、区）交通运输局：", ["现将考核评分标准印发给你们。", line],
               "关于印发农村公路养护考核评分标准的通知")
    found = [f for f in _codes(src, "docx", tmp_path, "GW707") if "正文" in f.message]
    assert bool(found) is fires, [f.message for f in found]


# ------------------------------------------------------------ digits set off by spaces (pasted from WeChat/OA)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("spaced", [False, True])
def test_spaced_digits_in_a_standing_deadline_and_an_own_work_span(spaced, fmt, tmp_path):
    sp = " " if spaced else ""
    daily = (f"汛期各乡镇防指每日{sp}8{sp}时前将前{sp}24{sp}小时雨情、水情和巡堤人员上堤情况报县防办。")
    src = _doc("某县水利局", "各乡镇人民政府：", ["为做好防汛工作，现就有关事项通知如下。", daily], "关于做好汛期信息报送的通知")
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1
    # the issuer's own inspection over a spaced date span: its own work, so the governments get none (GW105)
    own = (f"市住房和城乡建设局于{sp}10{sp}月{sp}10{sp}日至{sp}11{sp}月{sp}15{sp}日对全市燃气经营企业开展安全检查。")
    src = _doc("某市住房和城乡建设局", "各区人民政府，各燃气经营企业：",
               ["入冬前是燃气设施安全检查的关键时期。", own, "各燃气经营企业要对照检查清单开展自查，建立隐患整改台账。"],
               "关于开展城镇燃气经营企业安全检查的通知")
    assert len(_codes(src, fmt, tmp_path, "GW105")) == 1


# ------------------------------------------------------------ GW102: a role note pasted with half-width brackets
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("(由项目属地镇(街道)负责)", False),
    ("（由项目属地镇(街道)负责）", False),
    ("(由有关部门负责)", True),
])
def test_gw102_role_note_in_halfwidth_brackets(note, fires, fmt, tmp_path):
    body = ["现将《某区2026年工程建设项目审批制度改革工作要点》印发给你们，请认真组织实施。",
            "@attachment_title 某区2026年工程建设项目审批制度改革工作要点",
            "(一)社会投资简易低风险项目全流程不超过20个工作日。(区住房城乡建设局负责)",
            "(二)工业用地出让时同步提供规划设计方案。(区自然资源局负责)",
            f"(三)项目开工前的水电气报装、临时占道等配套服务实行上门对接。{note}"]
    src = _doc("某区人民政府", "各镇人民政府、街道办事处，区有关单位：", body,
               "关于印发某区2026年工程建设项目审批制度改革工作要点的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW102") if "（三）" in f.message or "(三)" in f.message]
    assert bool(found) is fires, [f.message for f in _codes(src, fmt, tmp_path, "GW102")]


# ------------------------------------------------------------ more digits set off by spaces: the same finding either way
_SPACED_CASES = [
    # a deadline set for the governments (GW104), after 于 and between month and day
    ("GW104", "某省林业局", "各市人民政府：", "关于开展林长制工作自评的通知",
     ["为做好林长制年度评估，现就有关事项通知如下。",
      "各市人民政府于次年{s}1{s}月{s}15{s}日前将自评报告报送省林业局。"]),
    # a plan item opening with its month (GW203)
    ("GW203", "某市发展和改革委员会", "委机关各处室：", "关于印发2027年机关工作要点的通知",
     ["现将2027年机关工作要点印发给你们。",
      "五、加强自身建设。组织机关干部参加业务培训，12{s}月中旬召开委年度工作务虚会，研究谋划下一年度工作思路。（责任单位：办公室）"]),
    # a research programme's row opening with a date and a time (GW401)
    ("GW401", "某市工业和信息化局", "各区工业和信息化局：", "关于赴各区开展制造业调研的通知",
     ["市工业和信息化局定于6月赴各区开展制造业发展调研，现将行程安排如下。",
      "@table 时间|调研点|陪同单位", "@table 6{s}月{s}9{s}日上午{s}9:00|某动力电池生产基地|区工业和信息化局"]),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code, issuer, recipients, title, body", _SPACED_CASES)
def test_spaced_digits_read_as_written_without_spaces(code, issuer, recipients, title, body, fmt, tmp_path):
    counts = [len(_codes(_doc(issuer, recipients, [b.format(s=s) for b in body], title), fmt, tmp_path, code))
              for s in ("", " ")]
    assert counts[0] >= 1 and counts[1] == counts[0], counts


# ------------------------------------------------------------ GW704: the lower level's departments and the issuer's own
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("recipients, fires", [
    ("各市生态环境局、自治区有关部门：", True),
    ("市直有关单位、各县（市、区）卫生健康局：", True),
    ("各县（市、区）农业农村局、各开发区农业农村部门，市直有关单位：", False),
    ("各市生态环境局，自治区有关部门：", False),
])
def test_gw704_lower_and_own_level_departments_are_two_classes(recipients, fires, fmt, tmp_path):
    src = _doc("某自治区生态环境厅", recipients, _BODY, "关于做好秋冬季大气污染防治工作的通知")
    found = [f for f in _codes(src, fmt, tmp_path, "GW704") if "不同类别" in f.message]
    assert len(found) == (1 if fires else 0), [f.message for f in found]


# ------------------------------------------------------------ GW102: a department's plan to its own system sharing
# work with a peer department in the sentence itself (由市自然资源局负责……), not in a bracketed note
_OWN_PLAN = ["现将《某市林草生态保护修复实施方案》印发给你们，请认真组织实施。",
             "@attachment_title 某市林草生态保护修复实施方案",
             "@heading1 一、重点任务",
             "一是开展退化林修复。完成退化防护林修复3万亩，优先修复农田防护林网断带。",
             "二是推进草原生态修复。实施退化草原改良5万亩，草原确权与林地图斑衔接{peer}，各县（区）林业和草原局组织实施。",
             "三是加强林草防火。落实护林员网格化巡护，防火期内每日巡山不少于2次。",
             "@heading1 二、保障措施",
             "加强组织领导，各县（区）林业和草原局主要负责同志亲自抓。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("peer, items", [
    ("由市自然资源局负责", 2),  # shared with a peer: held to 逐条明确责任, 一是 and 三是 name nobody
    ("由市林业和草原局负责", 0),  # the issuer itself: its own plan to its own system
    ("由市林草种苗站负责", 0),  # a station under the issuer is no peer department
])
def test_gw102_own_system_plan_sharing_with_a_peer_in_the_sentence(peer, items, fmt, tmp_path):
    body = [b.format(peer=peer) for b in _OWN_PLAN]
    src = _doc("某市林业和草原局", "各县（区）林业和草原局：", body, "关于印发某市林草生态保护修复实施方案的通知")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert len([f for f in found if "措施“" in f.message]) == items, [f.message for f in found]
    assert not any("保障措施" in f.message for f in found)  # its body is a procedural item

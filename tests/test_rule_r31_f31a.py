"""Readings f31a changed in round 31, from the reviewer's verdicts on 20 real local-government documents
(tests/corpus/real31, see its README), and on probes of each class written before the change:

- Recipients: a body or post inside the township governments (各乡（镇）人民政府统计机构, ……统计站, ……便民服务中心,
  ……统计员) is their 对口 line, not the governments (GW104 quiet); bare 各乡镇人民政府 stays a government.
- Structure: the 版记 of the old standard — a 主题词 line, an 印发 line ending with its print run (（共印45份）) — is no
  text of the 正文, so the Chinese-numeral 成文日期 above it (also 二0一二年 with digit zeros) is read, and what is
  missing is the 署名; a bare 附： over an attachment is its label (one attachment, not an untitled extra one);
  附件一：…… / 附件二：…… lines before the date are the 附件说明 (no demand on a line naming an attachment).
- Issuers: a 版头 ××专项行动组文件 names an ad-hoc body; ××人民政府研究室/参事室 is the government's own working
  office (其他机关, the government's level); the committees among the 议事协调机构 (安全生产委员会, 食品安全委员会 …)
  and their offices are 其他机关 like a 领导小组办公室 — GW104 (government departments) leaves them, GW301 checks
  their inspections as it does a department's.
- 转发市安委会《……的通知》: the forwarded title is the 《》 title, not the body named before it.
- GW703: a page without its title opens at the 主送; the 正文 under it is no title (no 标题末尾标点).
- GW202: the meeting's organisers — the issuer's own office by its short name (区创建办主任、副主任) and the offices
  listed with it closing on their working staff (……、工作人员) — are no escorts.
- GW701: a reply's opening 你局黄民[2007]42号文收悉 cites a 文号 whatever its 代字 ends with.
- GW106: 定时上报, 每隔一周报送一期, 隔周报送 are standing report cadences (deadlines); 定时 with no report is none.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf; the corpus files are read as they are."""
from __future__ import annotations

import pytest

from gwlint.api import inspect_bytes, lint_path

from .conftest import CORPUS
from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes

REAL = CORPUS / "real31"


def _real(name: str, code: str | None = None) -> list:
    r = lint_path(REAL / f"{name}.txt")
    assert r.error is None
    return [f for f in r.findings if code is None or f.code == code]


def _inspect(text: str):
    ins = inspect_bytes(text.encode("utf-8"), "draft.txt", limits=None)
    assert ins.error is None
    return ins.structure


def _lint_text(text: str, tmp_path) -> list:
    p = tmp_path / "draft.txt"
    p.write_text(text, encoding="utf-8")
    r = lint_path(p)
    assert r.error is None
    return r.findings


# ------------------------------------------------------------ the real documents, as the reviewer judged them
def test_real31_false_findings_are_gone():
    assert _real("gz-shuicheng-tjj", "GW104") == []  # #1: 主送 the townships' statistics bodies
    assert _real("gz-shuicheng-tjj", "GW106") == []  # #2: anchored on an attachment-title line
    assert _real("zj-xiuzhou-meeting", "GW202") == []  # #6: the organising offices' own staff
    assert _real("ha-zhoukou-fangxun", "GW703") == []  # a body paragraph is no title
    assert _real("sh-jiading-awb", "GW104") == []  # #3: a 安委办 (其他机关) relaying the 市安委会's notice


def test_real31_true_findings_stay():
    assert [f.line for f in _real("xj-mulei-meeting", "GW202")] == [9]
    assert [f.line for f in _real("zj-pinghu-meeting", "GW202")] == [10]
    assert [f.line for f in _real("ha-xuchang-tongbao", "GW701")] == [3]
    assert [f.line for f in _real("hb-nyt-baosong", "GW701")] == [4]


def test_real31_misses_are_found():
    gw106 = _real("hb-nyt-baosong", "GW106")
    assert [f.line for f in gw106] == [6] and "定时报送粮棉油抗旱生产情况" in gw106[0].message
    gw701 = _real("sh-mzj-pifu", "GW701")
    assert [(f.line, f.column) for f in gw701] == [(6, 3)] and "黄民[2007]42号" in gw701[0].message


@pytest.mark.parametrize("name, line", [("gz-shuicheng-tjj", 13), ("sc-wenan-xunqi", 12)])
def test_real31_chinese_numeral_dates_are_read(name, line):
    gw708 = _real(name, "GW708")
    assert [f.line for f in gw708] == [line] and "缺少发文机关署名" in gw708[0].message
    assert not any("缺少成文日期" in f.message for f in gw708)


@pytest.mark.parametrize("name, issuer, category", [
    ("sn-tongchuan-pingxuan", "铜川市人民政府研究室", ("other", "city")),
    ("zj-pinghu-meeting", "平湖市美丽村庄建设专项行动组", ("other", "county")),
    ("sh-jiading-awb", "嘉定区安全生产委员会办公室", ("other", "county")),
    ("zj-xiuzhou-meeting", "秀洲区创建省级示范文明城区工作领导小组办公室", ("other", "county")),
])
def test_real31_issuers(name, issuer, category):
    st = _inspect((REAL / f"{name}.txt").read_text(encoding="utf-8"))
    assert st.issuer is not None and st.issuer.name == issuer
    assert (st.issuer.kind, st.issuer.level) == category


def test_real31_forwarded_title_and_attachments():
    st = _inspect((REAL / "sh-jiading-awb.txt").read_text(encoding="utf-8"))
    assert st.carried_title == "上海市安全生产委员会关于深入排查整治消防安全重大风险隐患的通知"
    st = _inspect((REAL / "hn-zhuzhou-tjj.txt").read_text(encoding="utf-8"))
    assert [a.title.text if a.title else None for a in st.attachments] == ["株洲市2008年妇女儿童状况综合统计报表制度"]


# ------------------------------------------------------------ GW104: bodies inside the township governments
_GW104 = [
    ("水城县统计局", "各乡（镇）人民政府统计机构：", ["现将《2027年度乡镇统计报表制度》印发给你们，请督促统计人员遵照执行。"], 0),
    ("湘潭县统计局", "各乡镇人民政府统计站：", ["请各乡镇人民政府统计站要于5月10日前完成一季度农业产值核算。"], 0),
    ("会昌县市场监督管理局", "各乡镇人民政府便民服务中心：", ["请你们要于6月底前完成辖区经营主体信息核对。"], 0),
    ("兴国县统计局", "各乡镇人民政府统计员：", ["现将《2027年度乡镇统计报表制度》印发给你们，请认真遵照执行。"], 0),
    # near-misses: the governments themselves
    ("水城县统计局", "各乡（镇）人民政府：", ["现将《2027年度乡镇统计报表制度》印发给你们，请督促统计人员遵照执行。"], 1),
    ("湘潭县农业农村局", "各乡镇人民政府、街道办事处：", ["各乡镇人民政府要于5月10日前完成撂荒地复耕。"], 1),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, n", _GW104)
def test_gw104_bodies_inside_township_governments(issuer, recipients, body, n, fmt, tmp_path):
    found = _codes(marked_doc(issuer, recipients, body, docno="统字〔2027〕3号", date="2027年3月20日"), fmt, tmp_path,
                   "GW104")
    assert len(found) == n, [f.message for f in found]


# ------------------------------------------------------------ the old 版记: 主题词, 印发 with its print run
_HEAD = ("关于印发《2011年度统计报表制度》的通知\n各乡镇统计站：\n现将《2011年度统计报表制度》印发给你们，请遵照执行。\n"
         "附件：1.2011年度农业统计报表制度\n2.2011年度工业统计报表制度\n")


@pytest.mark.parametrize("tail, date, signed", [
    ("二〇一一年三月二十日\n主题词：统计 报表 通知\n抄送：县人民政府办公室。\n德安县统计局办公室 2011年3月20日印发 （共印45份）\n",
     "二〇一一年三月二十日", False),
    ("二0一二年四月二十六日\n主题词：防汛 值班 通知\n抄送：区政府办，区防汛抗旱指挥部。\n", "二0一二年四月二十六日", False),
    ("2026年4月26日\n主题词：统计 通知\n", "2026年4月26日", False),
    ("德安县统计局\n二0一一年九月一日\n主题词：统计 通知\n", "二0一一年九月一日", True),
    ("德安县统计局\n二○一○年五月六日\n主题词：统计 报表\n德安县统计局办公室 2010年5月6日印发(共印30份)\n", "二○一○年五月六日", True),
    ("德安县统计局\n2026年3月5日\n主题词：统计 报表\n德安县统计局办公室 2026年3月5日印发（共印12份）\n", "2026年3月5日", True),
])
def test_old_banji_leaves_the_date(tail, date, signed, tmp_path):
    text = _HEAD + tail
    st = _inspect(text)
    assert st.date is not None and st.date.text == date
    assert (st.signature is not None) == signed
    gw708 = [f.message for f in _lint_text(text, tmp_path) if f.code == "GW708"]
    assert not any("缺少成文日期" in m for m in gw708)
    assert any("缺少发文机关署名" in m for m in gw708) != signed


def test_old_banji_no_date_is_still_missing(tmp_path):
    text = _HEAD + "德安县统计局\n主题词：统计 报表\n德安县统计局办公室 2011年3月20日印发 （共印45份）\n"
    assert any("缺少成文日期" in f.message for f in _lint_text(text, tmp_path) if f.code == "GW708")


# ------------------------------------------------------------ 附： over one attachment; 附件一：…… notes
def test_bare_fu_label_opens_one_attachment():
    text = ("关于印发《2008年综合统计报表制度》的通知\n各县市区统计局：\n现特制定《2008年综合统计报表制度》。请遵照执行。\n"
            "附：2008年综合统计报表制度\n株洲市统计局\n2008年5月6日\n附：\n2008年综合统计报表制度\n一、组织方式\n"
            "本报表制度为年度报表，由市统计局负责布置、收集、审核和汇总。\n")
    st = _inspect(text)
    assert [a.title.text if a.title else None for a in st.attachments] == ["2008年综合统计报表制度"]


@pytest.mark.parametrize("lines, names", [
    (["附件一：2027年度农业统计报表制度", "附件二：2027年度工业统计报表制度", "附件三：2027年度劳动工资统计报表制度"],
     ["2027年度农业统计报表制度", "2027年度工业统计报表制度", "2027年度劳动工资统计报表制度"]),
    (["附件1、春播进度统计表.xls", "附件2、旱情统计表.xls"], ["春播进度统计表.xls", "旱情统计表.xls"]),
    (["附件一：2027年度农业统计报表制度"], ["2027年度农业统计报表制度"]),
    # text of the 正文 after it, or numbers out of order: no such note
    (["附件一：2027年度农业统计报表制度", "请各乡镇统计站认真组织实施。"], None),
    (["附件二：2027年度农业统计报表制度", "附件一：2027年度工业统计报表制度"], None),
])
def test_numbered_attachment_note(lines, names):
    text = ("德安县统计局关于印发2027年度统计报表制度的通知\n各乡镇统计站：\n现将2027年度统计报表制度印发给你们，请遵照执行。\n"
            + "\n".join(lines) + "\n德安县统计局\n2027年3月20日\n")
    st = _inspect(text)
    assert (st.attachment_names or None) == names


# ------------------------------------------------------------ issuers
@pytest.mark.parametrize("head, issuer, kind, level", [
    ("九江市城乡环境整治推进组文件\n浔整组发〔2027〕3号\n关于召开现场推进会的通知\n", "九江市城乡环境整治推进组", "other", "city"),
    # a county-level city: its 主送 reaches the towns directly
    ("平湖市美丽村庄建设专项行动组文件\n平美组发〔2018〕8号\n关于召开现场会的通知\n各镇街道，市级机关有关部门：\n",
     "平湖市美丽村庄建设专项行动组", "other", "county"),
    ("赣州市人民政府研究室关于开展优秀调研成果评选的通知\n", "赣州市人民政府研究室", "other", "city"),
    ("江西省人民政府参事室关于征集参事建议选题的通知\n", "江西省人民政府参事室", "other", "province"),
    ("上饶市食品安全委员会办公室关于开展食品安全检查的通知\n", "上饶市食品安全委员会办公室", "other", "city"),
    ("九江市安全生产委员会关于开展安全生产大检查的通知\n", "九江市安全生产委员会", "other", "city"),
    # near-misses: departments named 委员会 stay departments
    ("九江市发展和改革委员会关于开展项目调度的通知\n", "九江市发展和改革委员会", "department", "city"),
    ("江西省卫生健康委员会办公室关于开展健康检查的通知\n", "江西省卫生健康委员会办公室", "department", "province"),
])
def test_issuer_kinds(head, issuer, kind, level):
    text = head + ("" if "：\n" in head else "各县（市、区）有关部门：\n") + "现将有关事项通知如下。请认真贯彻落实。\n2027年3月20日\n"
    st = _inspect(text)
    assert st.issuer is not None and (st.issuer.name, st.issuer.kind, st.issuer.level) == (issuer, kind, level)


@pytest.mark.parametrize("title, carried", [
    ("关于转发市安委会《上海市安全生产委员会关于深入排查整治火灾隐患的通知》的通知", "上海市安全生产委员会关于深入排查整治火灾隐患的通知"),
    ("关于转发省教育厅《江西省教育厅关于做好春季开学工作的通知》的通知", "江西省教育厅关于做好春季开学工作的通知"),
    ("关于印发《九江市春季造林工作方案》的通知", "九江市春季造林工作方案"),
    ("关于转发国务院办公厅关于做好春耕生产工作的通知的通知", "国务院办公厅关于做好春耕生产工作的通知"),
])
def test_forwarded_title(title, carried):
    st = _inspect(title + "\n各县（市、区）人民政府：\n现将通知转发给你们，请认真贯彻执行。\n九江市人民政府办公室\n2027年3月20日\n")
    assert st.carried_title == carried


# ------------------------------------------------------------ GW703: no title above the 主送
@pytest.mark.parametrize("text, fires", [
    ("各县（市、区）防汛抗旱指挥部：\n根据《中华人民共和国防洪法》关于防汛抗洪工作实行行政首长负责制的规定，现将全市重点防洪工程责任人予以通报。\n"
     "九江市防汛抗旱指挥部\n2027年5月10日\n", False),
    ("各乡镇人民政府：\n根据县政府关于开展秋冬季森林防火专项检查的部署，现将有关事项予以通知。\n德安县林业局\n2027年10月8日\n", False),
    ("各有关单位：\n经研究，现将市政府关于表彰2026年度安全生产先进单位的决定予以通报。\n九江市安全生产委员会办公室\n2027年1月8日\n",
     False),
    # near-miss: a title above the 主送 ending with a full stop
    ("九江市防汛抗旱指挥部关于重点防洪工程责任人的通报。\n各县（市、区）防汛抗旱指挥部：\n现将全市重点防洪工程责任人予以通报。\n"
     "九江市防汛抗旱指挥部\n2027年5月10日\n", True),
])
def test_gw703_no_title_below_recipients(text, fires, tmp_path):
    found = [f for f in _lint_text(text, tmp_path) if f.code == "GW703" and "末尾" in f.message]
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: the organisers' own staff
_MEETING = "定于3月5日召开全区迎检工作会议，现将有关事项通知如下：参加人员："


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, people, n", [
    ("浔阳区创建全国文明城市工作领导小组办公室", "各街道主要领导1名；区创建办主任、副主任。", 0),
    ("浔阳区创建全国文明城市工作领导小组办公室", "各街道主要领导1名；区宣传部、区创建办主任、副主任、工作人员。", 0),
    # a department's own meeting: its head and deputy host it
    ("九江市农业农村局", "各县（市、区）农业农村局分管负责同志1名；市农业农村局局长、副局长。", 0),
    # near-misses: the lower units' offices and another department are summoned
    ("浔阳区创建全国文明城市工作领导小组办公室", "各街道创建办主任、副主任。", 1),
    ("浔阳区创建全国文明城市工作领导小组办公室", "区财政局局长、副局长；区创建办工作人员。", 1),
    ("九江市农业农村局", "各县（市、区）农业农村局分管负责同志1名；市财政局局长、副局长。", 1),
    ("九江市农业农村局", "各县（市、区）农业农村局分管负责同志1名；县农业农村局局长、副局长。", 1),
])
def test_gw202_organisers_are_no_escorts(issuer, people, n, fmt, tmp_path):
    src = marked_doc(issuer, "各街道，区直各部门：", [_MEETING + people, "请各单位于3月4日前将参会人员名单报会务组。"],
                     title="关于召开迎检工作会议的通知", docno="字〔2027〕8号", date="2027年3月3日")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert len(found) == n, [f.message for f in found]


# ------------------------------------------------------------ GW701: the number a reply answers
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening, n", [
    ("你局黄民[2007]42号文收悉。", 1),
    ("你县修政[2027]8号请示收悉。", 1),
    ("贵厅湘农(2027)15号函已收悉。", 1),
    ("你局黄民〔2007〕42号文收悉。", 0),  # written right
    ("你局报来的材料[共12份]已收悉。", 0),
])
def test_gw701_reply_opening(opening, n, fmt, tmp_path):
    src = marked_doc("九江市民政局", "德安县民政局：", [opening + "经研究，同意你局所报事项。", "此复。"],
                     title="关于同意设立社区居委会的批复", docno="浔民字〔2027〕9号", date="2027年6月25日")
    found = [f for f in _codes(src, fmt, tmp_path, "GW701") if not f.data.get("own")]
    assert len(found) == n, [f.message for f in found]


# ------------------------------------------------------------ GW106: standing cadences
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, n", [
    (["请你们定时上报春播进度情况。"], 1),
    (["5月5日上报第一期，以后每隔一周报送一期工作进展情况，报送到厅种植业处。"], 1),
    (["请各市农业农村局隔周向我厅报送防汛救灾工作情况。"], 1),
    # near-misses: 定时 with no report; approval given; stopped
    (["请你们定时开展农情调度，做好春播技术指导。"], 0),
    (["经省政府同意，请你们定时上报春播进度情况。"], 0),
    (["今后不再定时上报春播进度情况，有关数据从农情调度系统提取。"], 0),
])
def test_gw106_standing_cadence(body, n, fmt, tmp_path):
    src = marked_doc("湖北省农业农村厅", "各市、州农业农村局：", body, title="关于报送春播生产情况的通知",
                     docno="鄂农函〔2027〕38号", date="2027年5月4日")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == n, [f.message for f in found]


# ------------------------------------------------------------ GW301: a coordination office's own inspection
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, extra, n", [
    ("宁德市安全生产委员会办公室", "", 1),
    ("宁德市食品安全委员会办公室", "", 1),
    ("宁德市安全生产委员会办公室", "本次检查已列入市政府2027年度督查检查考核计划。", 0),
])
def test_gw301_coordination_office(issuer, extra, n, fmt, tmp_path):
    src = marked_doc(issuer, "各县（市、区）人民政府：",
                     ["为防范遏制重特大事故，市安委办将于11月中旬对各县（市、区）人民政府安全生产工作开展检查。" + extra],
                     title="关于开展安全生产检查的通知", docno="宁安委办〔2027〕31号", date="2027年10月28日")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert len(found) == n, [f.message for f in found]

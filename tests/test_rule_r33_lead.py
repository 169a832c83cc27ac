"""Readings the lead fixed in round 33 (classes of holdout36, read this round), in surfaces of his own:

- GW202: a plain 单位 | 人员 table under a 参会人员 heading lists attendees as a 参会人员 table does; the place word
  inside a role title of a row's persons cell (乡镇长、分管……的副乡镇长) is no unit of its own; an aside after the
  unit (各旗县市（区）人民政府（管委会）由主要负责同志带队; ……人民政府（开发区管委会）请主要负责同志参会) does not part
  the unit from its persons.
- GW301: a plan's row with an 对象 column says whom its inspection is about: a row on 行政村 or 工地 inspects no
  government; the row naming 各乡镇人民政府 does.
- GW302: a patrol capture standing in a table's 原做法 column is the demand being lifted; two sentences of one paragraph
  naming the same papers (迎检资料按……分类整理。各社区……将迎检资料汇编成册) are one demand; an attachment titled as
  the entry's materials list (参评材料目录) of a selection lists proof as a 申报材料 heading does.
- GW401: lodging handed to the place's organs (由当地文化旅游部门就近安排) is asked of the visited side, also when
  another clause says the team pays (费用由调研组按标准结算); 食宿自理 and the team's own canteen meals stay quiet.
- GW805: 完整准确全面贯彻新发展理念 without 顿号 is the form of 中发〔2021〕36号's title, not an error.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _probe(issuer, recips, body, fmt, tmp_path, code, **kw):
    return _codes(marked_doc(issuer, recips, body, **kw), fmt, tmp_path, code)


# ------------------------------------------------------------ GW202
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("persons, fires", [
    ("镇长、分管烟叶生产工作的副镇长", True),
    ("乡镇长、分管农业农村工作的副乡镇长", True),
    ("分管负责同志", False),
    ("分管烟叶生产工作的副镇长", False),
])
def test_gw202_plain_attendance_table(persons, fires, fmt, tmp_path):
    found = _probe("武平县人民政府办公室", "各乡镇人民政府，县直有关单位：",
                   ["经县政府同意，定于2027年4月16日在十方镇召开全县烟叶生产现场推进会。现将有关事项通知如下：",
                    "@heading1 一、参会人员", "@table 单位|人员", f"@table 各乡镇人民政府|{persons}",
                    "@table 县农业农村局|分管负责同志", "二、请于4月15日前将参会人员名单报县农业农村局。"],
                   fmt, tmp_path, "GW202", title="关于召开全县烟叶生产现场推进会的通知", docno="武政办〔2027〕11号",
                   date="2027年4月8日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("各旗县市（区）人民政府（管委会）由主要负责同志带队参会。分管负责同志、林业和草原局局长一同参加。", True),
    ("各县（市、区）人民政府（开发区管委会）请主要负责同志参会，分管商务工作的副县（市、区）长一同参加。", True),
    ("各旗县市（区）人民政府（管委会）由分管负责同志参会。", False),
    ("各旗县市（区）人民政府（管委会）于6月5日前报送参会人员名单。", False),
])
def test_gw202_unit_aside(sentence, fires, fmt, tmp_path):
    found = _probe("锡林郭勒盟行政公署办公室", "各旗县市（区）人民政府（管委会），盟直有关部门：",
                   ["经盟行政公署同意，定于2027年6月10日在西乌珠穆沁旗召开全盟草原生态保护修复工作推进会。", sentence],
                   fmt, tmp_path, "GW202", title="关于召开全盟草原生态保护修复工作推进会的通知",
                   docno="锡署办发〔2027〕22号", date="2027年6月2日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("参会人员：各县（市）区由水务局局长带队。分管河湖工作的副局长一同参加。", True),
    ("参会人员：各县（市）区由水务局分管负责同志参加。", False),
    ("各县（市）区由水务局于5月15日前报送参会人员名单。", False),
])
def test_gw202_place_bureau_after_you(sentence, fires, fmt, tmp_path):
    found = _probe("银川市水务局", "各县（市）区水务局，市河湖管理中心：",
                   ["市水务局定于2027年5月20日召开全市河湖长制工作推进会。", sentence], fmt, tmp_path, "GW202",
                   title="关于召开全市河湖长制工作推进会的通知", docno="银水发〔2027〕33号", date="2027年5月11日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("3.试点城市所辖试点县（市、区）商务局由分管负责同志参会。", True),
    ("3.各试点城市商务局由分管负责同志参会。", False),
])
def test_gw202_bare_bureau_of_a_generic_county(item, fires, fmt, tmp_path):
    found = _probe("安徽省商务厅", "各市商务局：",
                   ["省商务厅定于2027年6月10日在芜湖市召开全省县域商业体系建设现场推进会。", "@heading1 二、参会人员",
                    "1.省商务厅分管负责同志。", item], fmt, tmp_path, "GW202",
                   title="关于召开全省县域商业体系建设现场推进会的通知", docno="皖商函〔2027〕88号", date="2027年5月28日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("row, fires", [
    ("每季度末|对各乡镇垃圾分类工作开展季度考核并排名通报|各乡镇人民政府|县城市管理局", True),
    ("每季度末|对垃圾分类工作开展季度考核并排名通报|城区各社区居民委员会|县城市管理局", False),
    ("4月|开展垃圾中转站安全专项检查|全县垃圾中转站|县城市管理局", False),
])
def test_gw301_plan_row_object(row, fires, fmt, tmp_path):
    found = _probe("崇义县城市管理局", "各乡镇人民政府，县直有关单位：",
                   ["现将《2027年城乡生活垃圾分类工作安排》印发给你们，请结合实际抓好落实。",
                    "@table 时间|工作内容|对象|责任单位", "@table 3月|开展垃圾分类宣传进社区活动|城区各社区|县城市管理局",
                    f"@table {row}", "联系人：县城市管理局环卫股李明，联系电话：0797-3812345。"],
                   fmt, tmp_path, "GW301", title="关于印发2027年城乡生活垃圾分类工作安排的通知",
                   docno="崇城管字〔2027〕4号", date="2027年2月20日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, fires", [
    (["@table 事项|原做法|调整后", "@table 日常巡查|每次巡查须拍照上传不少于2张|不再要求拍照，巡查轨迹由平台记录"], False),
    (["@table 事项|现做法|说明", "@table 日常巡查|每次巡查须拍照上传不少于2张|作为巡查到位的依据"], True),
])
def test_gw302_patrol_capture_in_former_column(lines, fires, fmt, tmp_path):
    found = _probe("扬州市江都区城市管理局", "各街道办事处：",
                   ["为规范网格巡查，现将网格员工作要求通知如下。", *lines],
                   fmt, tmp_path, "GW302", title="关于调整网格巡查工作要求的通知", docno="江城管〔2027〕6号",
                   date="2027年3月2日")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw302_one_paragraph_one_demand(fmt, tmp_path):
    found = _probe("徐州市泉山区人民政府办公室", "各街道办事处，区各有关部门：",
                   ["经区政府同意，现将全国文明城市年度测评迎检工作有关事项通知如下。",
                    "二、资料准备。迎检资料按测评体系的项目分类整理。各社区于9月10日前将迎检资料汇编成册，并制作展板1块。"],
                   fmt, tmp_path, "GW302", title="关于做好全国文明城市年度测评迎检工作的通知",
                   docno="泉政办发〔2027〕30号", date="2027年8月20日")
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title, heading, fires", [
    ("关于开展2027年度全市“五星级”城乡社区评选工作的通知", "参评材料目录", True),
    ("关于开展2027年度全市“五星级”城乡社区评选工作的通知", "申报材料清单", True),
    ("关于申报2027年县域商业体系建设项目资金的通知", "申报材料清单", False),
])
def test_gw302_entry_list_attachment(title, heading, fires, fmt, tmp_path):
    src = marked_doc("六盘水市民政局", "各县（市、特区、区）民政局：",
                     ["请各县（市、特区、区）民政局于10月15日前择优推荐，所需材料见附件。", f"@attachment_note 附件：{heading}"],
                     title=title, docno="六民发〔2027〕21号", date="2027年9月1日",
                     tail=["@page_break", "@attachment_label 附件", f"@attachment_title {heading}", "（一）推荐表。",
                           "（二）工作情况报告。", "（三）近三年的工作台账、会议记录和活动影像资料。"])
    found = _codes(src, fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("（三）食宿安排。调研组在所到州、县期间的住宿和工作餐由当地文化旅游部门就近安排，费用由调研组按标准自行结算。", True),
    ("调研期间的食宿由所到县有关部门统一安排，费用由调研组按标准结算。", True),
    ("调研组食宿自理，不需当地安排。", False),
    ("调研组在县城宾馆住宿，按规定标准交纳伙食费。", False),
])
def test_gw401_lodging_by_local_organs(sentence, fires, fmt, tmp_path):
    found = _probe("青海省文化和旅游厅", "海北藏族自治州、海南藏族自治州文化旅游局：",
                   ["省文化和旅游厅决定组织开展专题调研。现将有关事项通知如下。", "@heading1 一、调研安排",
                    "（一）调研时间。2027年7月20日至23日。", sentence],
                   fmt, tmp_path, "GW401", title="关于开展环青海湖地区文旅融合发展调研的通知",
                   docno="青文旅函〔2027〕118号", date="2027年7月12日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW805
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("phrase, fires", [
    ("完整准确全面贯彻新发展理念", False),
    ("完整、准确、全面贯彻新发展理念", False),
    ("完整、准确全面贯彻新发展理念", True),
    ("准确、完整、全面贯彻新发展理念", True),
])
def test_gw805_new_development_philosophy(phrase, fires, fmt, tmp_path):
    found = _probe("陕西省交通运输厅", "各设区市交通运输局：",
                   [f"以习近平新时代中国特色社会主义思想为指导，{phrase}，加快建设交通强省。"],
                   fmt, tmp_path, "GW805", title="关于印发交通运输高质量发展实施方案的通知", docno="陕交发〔2027〕5号",
                   date="2027年3月1日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ real33 (tests/corpus/real33, see its README)
from gwlint.api import inspect_bytes, lint_path  # noqa: E402

from .conftest import CORPUS, run_cli  # noqa: E402

REAL = CORPUS / "real33"


def _real(name: str, code: str) -> list:
    r = lint_path(REAL / f"{name}.txt")
    assert r.error is None
    return [f for f in r.findings if f.code == code]


def test_real33_list_item_over_the_signature_is_no_joint_issuer():
    ins = inspect_bytes((REAL / "gs-zhouqu-tongbao.txt").read_bytes(), "draft.txt", limits=None)
    assert [o.name for o in ins.structure.issuers] == ["舟曲县全域无垃圾专项治理领导小组办公室"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("last, joint", [("交通局", False), ("漳州市交通运输局", True)])
def test_joint_signer_lines_and_list_items(last, joint, fmt, tmp_path):
    """A unit standing under a numbered label is the list's item; a unit under a sentence signs jointly."""
    from gwlint.api import inspect_path

    from .drafts import render_draft
    lead = "2、职能单位末位排名" if not joint else "特此通知。"
    src = "\n".join(["@title 关于第一季度全市城乡环境卫生综合整治情况的通报", "@recipients 各县（市、区）人民政府，市直各单位：",
                     "经市政府同意，现将第一季度督查情况通报如下。", "1、县区末位排名", "芗城区", lead, last,
                     "@signature 漳州市城乡环境卫生综合整治领导小组办公室", "@date 2027年4月10日"]) + "\n"
    ins = inspect_path(render_draft(src, fmt, tmp_path), limits=None)
    names = [o.name for o in ins.structure.issuers]
    assert (last in names) == joint, names


def test_real33_inspect_names_attachments_the_text_lacks():
    out = run_cli("inspect", str(REAL / "sd-lzf-gengming.txt")).stdout.decode("utf-8")
    assert "附件：更名园区名单（附件说明所列，文中未附）" in out


def test_real33_gw105_on_a_notice_that_only_informs():
    gw105 = _real("sd-lzf-gengming", "GW105")
    assert [f.line for f in gw105] == [5]
    assert "本文只告知情况" in gw105[0].message and "本级部门（或下级对口部门" not in gw105[0].message


# ------------------------------------------------------------ GW804: a statute's amounts restated in its words
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("四、条例第六十二条将未按规定开展安全生产教育培训的罚款上限由五万元提高到十万元。", False),
    ("《湖南省安全生产条例》第三十条规定，违者处二万元以上十万元以下罚款。", False),
    ("依据《安全生产法》第九十七条，对该企业处以五万元罚款。", True),
    ("全市共发放安全生产奖补资金五万元。", True),
])
def test_gw804_statute_amounts(sentence, fires, fmt, tmp_path):
    found = _probe("长沙市应急管理局", "各区县（市）应急管理局：",
                   ["现将新修订条例的主要变化通知如下。", sentence], fmt, tmp_path, "GW804",
                   title="关于学习贯彻新修订安全生产条例的通知", docno="长应急发〔2027〕12号", date="2027年3月9日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: whose inspection, said in the next sentence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("督查由市政府督查室牵头组织，市水利局派员配合。", False),
    ("督查工作由市政府督查室统一组织，市水利局抽调人员参加。", False),
    ("督查由市水利局组织，各县（市）区水利局配合。", True),
])
def test_gw301_bare_word_names_the_team(second, fires, fmt, tmp_path):
    found = _probe("吉林市水利局", "各县（市）区水利局：",
                   ["根据市人民政府工作安排，7月中下旬将对各县（市）区人民政府河湖“清四乱”工作开展专项督查。" + second,
                    "一、督查组现场核查时，各县（市）区水利局安排熟悉情况的同志说明有关技术情况。"],
                   fmt, tmp_path, "GW301", title="关于配合做好河湖专项督查有关工作的通知", docno="吉市水发〔2027〕54号",
                   date="2027年7月2日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: what others did last year is told
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, fires", [
    ("去年同类调研中，部分区（市）县安排了区、镇、村多层级陪同和专题汇报，占用了基层不少时间。", False),
    ("请部分区（市）县安排分管负责同志陪同。", True),
])
def test_gw401_practice_told_with_le(sentence, fires, fmt, tmp_path):
    found = _probe("成都市农业农村局", "各区（市）县农业农村局：",
                   ["市农业农村局定于6月开展家庭农场发展情况调研。", sentence], fmt, tmp_path, "GW401",
                   title="关于开展家庭农场发展情况调研的通知", docno="成农函〔2027〕41号", date="2027年5月6日")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: a long noun + 主要/预期 + 目标 heading states targets
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading, body, fires", [
    ("一、经济社会发展主要预期目标", "地区生产总值增长6%左右，城镇新增就业25万人以上。", False),
    ("一、全市生态环境保护约束性指标", "细颗粒物平均浓度控制在35微克/立方米以内。", False),
    ("一、推动实现单位地区生产总值能耗下降目标", "组织实施重点行业节能降碳改造，依法依规淘汰落后产能。", True),
])
def test_gw102_long_target_heading(heading, body, fires, fmt, tmp_path):
    from .drafts import plan_doc
    src = plan_doc("武汉市人民政府办公厅", "各区人民政府，市人民政府各部门：", "2027年市《政府工作报告》目标任务责任分解方案",
                   [f"@heading1 {heading}", body,
                    "@heading1 二、加快建设国家科技创新中心", "建设东湖科学城，布局重大科技基础设施。（牵头单位：市科技局；责任单位：各区人民政府）",
                    "@heading1 三、扩大有效投资", "推进重大项目建设，完成固定资产投资目标。（牵头单位：市发展改革委）"],
                   docno="武政办〔2027〕1号", date="2027年1月22日")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]

"""Round 15 (h15e): classes C6–C12 of issue 15 — meetings and events listed in schedule tables and plans
(GW201, GW203), a postponement that convenes nothing, research in substance under the word 检查 (GW303), a
visit programme's 接待/汇报/陪同 columns (GW401), the cure sentences of GW302, counts of a legal text's structure
(GW804) and a particle typed twice before a word it opens (GW806).  The phrasings here are not those of the
drafts tests/eval/drafts/*/5xx written for the same classes."""
from __future__ import annotations

import pytest

from .drafts import lint_codes, marked_doc

FORMATS = ["txt", "docx", "pdf"]


# ------------------------------------------------------------ C6 GW201: a 全省 meeting in a plan's March row
def _meeting_plan(rows: list[str], *, issuer="江西省林业局", date="2027年1月12日", head="月份|会议|形式") -> str:
    return marked_doc(issuer, "各设区市林业局：", [
        "现将2027年上半年全省林业系统会议安排通知如下，请提前做好准备。",
        f"@table {head}", *(f"@table {r}" for r in rows),
        "会议通知另发，参会范围从严控制。"], title="关于2027年上半年会议安排的通知", docno="赣林字〔2027〕2号", date=date)


@pytest.mark.parametrize("fmt", FORMATS)
def test_march_row_of_a_meeting_plan(fmt, tmp_path):
    src = _meeting_plan(["3月|全省林业工作会议（视频）|视频会议", "5月|全省森林防火工作推进会|现场会议"])
    found = lint_codes(src, fmt, tmp_path, "GW201")
    assert len(found) == 1 and "全省林业工作会议" in found[0].message


@pytest.mark.parametrize("rows, n", [
    (["2027年3月下旬|召开全省国有林场改革工作会议|现场会议"], 1),  # the verb inside the cell
    (["4月初|全省林业工作会议|现场会议"], 0),  # out of March
    (["3月|参加全国林业工作会议|视频会议"], 0),  # attending another's meeting
    (["3月|传达贯彻中央农村工作会议精神全省视频会议|视频会议"], 0),  # conveying a central meeting
    (["3月中旬|全省林业执法骨干培训班|集中培训"], 0),  # a training course, not a meeting
])
def test_meeting_plan_rows(rows, n, tmp_path):
    assert len(lint_codes(_meeting_plan(rows), "txt", tmp_path, "GW201")) == n


def test_a_table_of_meetings_already_held_convenes_nothing(tmp_path):
    src = _meeting_plan(["3月|全省林业工作会议|现场会议"], date="2027年7月5日")
    assert lint_codes(src, "txt", tmp_path, "GW201") == []


def test_city_meetings_in_march_are_not_province_wide(tmp_path):
    src = marked_doc("九江市林业局", "各县（市、区）林业局：", [
        "现将第一季度会议安排通知如下。", "@table 时间|会议名称", "@table 3月中旬|全市林长制工作会议",
        "会议通知另发。"], title="关于第一季度会议安排的通知", docno="九林字〔2027〕3号", date="2027年1月20日")
    assert lint_codes(src, "txt", tmp_path, "GW201") == []


# ------------------------------------------------------------ C7 GW203: an event as a table row or a plan's item
@pytest.mark.parametrize("fmt", FORMATS)
def test_seminar_as_a_row_of_an_activity_table(fmt, tmp_path):
    src = marked_doc("江西省中医药管理局", "各设区市卫生健康委：", [
        "为弘扬中医药文化，省中医药管理局将于10月开展中医药文化宣传周活动，安排如下。",
        "@table 日期|活动内容|地点", "@table 10月20日|中医药文化进社区义诊|南昌市",
        "@table 10月22日|首届赣鄱中医药文化传承研讨会|樟树市", "请各设区市卫生健康委做好宣传。"],
        title="关于开展2026年中医药文化宣传周活动的通知", docno="赣中医药字〔2026〕30号", date="2026年9月20日")
    found = lint_codes(src, fmt, tmp_path, "GW203")
    assert len(found) == 1 and "首届赣鄱中医药文化传承研讨会" in found[0].message


def test_retreat_as_an_item_of_a_plan(tmp_path):
    src = marked_doc("抚州市人民政府办公室", "各县（区）人民政府，市政府各部门：", [
        "现将年末重点工作安排如下。", "1.开展年度工作总结。各县（区）人民政府于12月20日前完成总结。",
        "2.召开2027年工作务虚会。围绕明年发展思路集中研讨。", "3.做好岁末年初安全生产工作。各县（区）人民政府要落实值班制度。"],
        title="关于做好年末重点工作的通知", docno="抚府办字〔2026〕90号", date="2026年11月20日")
    found = lint_codes(src, "txt", tmp_path, "GW203")
    assert len(found) == 1 and "务虚会" in found[0].message


@pytest.mark.parametrize("body, n", [
    ("因故推迟举办，具体时间另行通知。已报名人员无需重新报名。", 0),  # puts it off: convenes nothing
    ("因故推迟至2026年11月18日在赣州举办，地点不变。", 1),  # the new date: still held
])
def test_postponed_forum(body, n, tmp_path):
    src = marked_doc("江西省商务厅", "各设区市商务局：", [f"原定于10月举办的2026江西开放型经济论坛{body}"],
                     title="关于2026江西开放型经济论坛推迟举办的通知", docno="赣商务字〔2026〕77号", date="2026年9月25日")
    assert len(lint_codes(src, "txt", tmp_path, "GW203")) == n


def test_forum_moved_online_convenes_nothing_new(tmp_path):
    src = marked_doc("江西省商务厅", "各设区市商务局：", [
        "根据工作安排，2026江西开放型经济论坛改为线上举办，时间不变，参会链接另行发送。"],
        title="关于2026江西开放型经济论坛改为线上举办的通知", docno="赣商务字〔2026〕78号", date="2026年9月25日")
    assert lint_codes(src, "txt", tmp_path, "GW203") == []


# ------------------------------------------------------------ C8 GW303: 检查 in the title, research in substance
def _check_notice(extra: list[str]) -> str:
    return marked_doc("宜春市民政局", "各县（市、区）民政局：", [
        "为推动社区养老服务提质增效，市局决定开展社区养老服务情况检查。",
        "@heading1 一、主要内容", "了解社区养老服务站运营情况，听取老年人和服务人员的意见建议。",
        "@heading1 二、方式", "检查组到社区养老服务站实地察看，与老年人座谈交流。", *extra],
        title="关于开展社区养老服务情况检查的通知", docno="宜民字〔2026〕41号", date="2026年8月3日")


@pytest.mark.parametrize("fmt", FORMATS)
def test_plain_inspection_word_for_a_research_visit(fmt, tmp_path):
    found = lint_codes(_check_notice([]), fmt, tmp_path, "GW303")
    assert len(found) == 1 and found[0].line == 2  # the title (line 1 is the 文号)


def test_real_inspection_with_a_problem_list(tmp_path):
    src = _check_notice(["@heading1 三、结果运用", "检查发现的问题形成问题清单，各地于30日内完成整改。"])
    assert lint_codes(src, "txt", tmp_path, "GW303") == []


@pytest.mark.parametrize("title, sections", [
    # aims and talks in different sections (the notice-wide reading), but a safety inspection is regulation
    ("关于开展冬季安全生产检查的通知", ["@heading1 一、主要内容", "了解企业安全生产责任落实情况。",
                                "@heading1 二、方式", "检查组到企业实地察看，与企业负责人座谈交流。"]),
    # the aim belongs to the 专题调研 of section one; the 检查 of section two is told by its visits only
    ("关于做好社区养老服务有关工作的通知", ["@heading1 一、开展专题调研", "上半年，市局赴各县开展专题调研，了解社区养老服务站运营情况。",
                                  "@heading1 二、组织年度检查", "下半年，检查组到各县走访社区养老服务站，具体安排另行通知。"]),
])
def test_notice_wide_reading_keeps_off(title, sections, tmp_path):
    src = marked_doc("宜春市民政局", "各县（市、区）民政局：", sections, title=title, docno="宜民字〔2026〕41号",
                     date="2026年3月3日")
    assert lint_codes(src, "txt", tmp_path, "GW303") == []


# ------------------------------------------------------------ C9 GW401: demand columns of a visit's programme
def _programme(head: str, rows: list[str], lead: str = "厅调研组将于9月赴吉安市开展灌区建设调研，日程如下。") -> str:
    return marked_doc("江西省水利厅", "吉安市水利局：", [lead, f"@table {head}", *(f"@table {r}" for r in rows),
                                                      "请做好相关准备。"],
                      title="关于赴吉安市开展灌区建设调研的通知", docno="赣水函〔2026〕66号", date="2026年8月25日")


@pytest.mark.parametrize("fmt", FORMATS)
def test_reception_column_naming_county_governments(fmt, tmp_path):
    src = _programme("日期|调研内容|接待单位", ["9月3日|察看泰和县灌区|泰和县人民政府", "9月4日|察看永丰县灌区|永丰县人民政府"])
    found = lint_codes(src, fmt, tmp_path, "GW401")
    assert len(found) == 1 and "接待" in found[0].message


def test_report_and_escort_columns_are_one_demand(tmp_path):
    src = _programme("时间|调研地点|汇报单位|陪同人员", ["9月3日|泰和县|泰和县人民政府|县水利局局长",
                                                "9月4日|永丰县|永丰县人民政府|县水利局局长"])
    found = lint_codes(src, "txt", tmp_path, "GW401")
    assert len(found) == 1 and "陪同" in found[0].message and "汇报" in found[0].message


def test_contact_column_is_no_escort(tmp_path):
    src = _programme("时间|调研地点|联系人", ["9月3日|泰和县|市水利局张明", "9月4日|永丰县|市水利局张明"],
                     lead="厅调研组将于9月赴吉安市开展灌区建设调研，不听汇报、不要陪同，日程如下。")
    assert lint_codes(src, "txt", tmp_path, "GW401") == []


# ------------------------------------------------------------ C10 GW302: evidence shown, not sent, is the cure
@pytest.mark.parametrize("sentence, n", [
    ("考核以实地核查为准，照片等过程资料不作为考核评分的依据。", 0),
    ("工作台账不得作为评价依据，考核组以现场察看结果为准。", 0),
    ("各地工作台账留存备查，现场查阅，不需另行报送。", 0),
    ("各地工作台账作为年度考核的依据，考核组逐项查阅。", 1),
])
def test_cure_sentences_stay_quiet(sentence, n, tmp_path):
    src = marked_doc("江西省农业农村厅", "各设区市农业农村局：", [
        "为做好2026年度高标准农田建设考核，现将有关事项通知如下。", sentence],
        title="关于开展2026年度高标准农田建设考核的通知", docno="赣农字〔2026〕70号", date="2026年11月3日")
    assert len(lint_codes(src, "txt", tmp_path, "GW302")) == n


# ------------------------------------------------------------ C11 GW804: a legal text's structure in Chinese numerals
@pytest.mark.parametrize("fmt", FORMATS)
def test_legal_structure_counts_and_statistics(fmt, tmp_path):
    src = marked_doc("江西省司法厅", "各设区市司法局：", [
        "修订后的《江西省人民调解条例》共六章三十八条，较原条例删除十二条。",
        "全年共培训人民调解员三百二十人。"],
        title="关于做好《江西省人民调解条例》宣传工作的通知", docno="赣司字〔2026〕12号", date="2026年6月3日")
    found = lint_codes(src, fmt, tmp_path, "GW804")
    assert [f.data.get("wrong") for f in found] == ["三百二十"]


def test_article_counts_under_a_legal_title(tmp_path):
    src = marked_doc("江西省司法厅", "各设区市司法局：", ["此次清理共涉及二十三条，请各地对照执行。"],
                     title="关于公布《江西省行政执法监督办法》清理结果的通知", docno="赣司字〔2026〕13号")
    assert lint_codes(src, "txt", tmp_path, "GW804") == []


# ------------------------------------------------------------ C12 GW806: 了 + 了X, 的 + 的X
@pytest.mark.parametrize("fmt", FORMATS)
def test_particle_typed_twice_before_the_word(fmt, tmp_path):
    src = marked_doc("江西省科学技术厅", "各设区市科技局：", [
        "请各设区市科技局详细了了解企业研发需求。", "请做好对申报材料的的确认。"],
        title="关于做好科技型企业服务工作的通知", docno="赣科字〔2026〕55号")
    assert len(lint_codes(src, fmt, tmp_path, "GW806")) == 2


@pytest.mark.parametrize("sentence", [
    "群众反映的的确是实情，各地要认真研究。",  # 反映的 + 的确
    "工作人员乘坐的的士在途中发生故障。",  # 乘坐的 + 的士
    "前期已对企业需求做了了解。",  # 做了 + 了解 as its object
    "调解员帮助当事人办完了了却心结的各项手续。",  # 了 ends 办完, 了却 opens a relative clause
    "问题整改不能不了了之，也不能了了数语应付。",
])
def test_particles_that_belong_where_they_stand(sentence, tmp_path):
    src = marked_doc("江西省科学技术厅", "各设区市科技局：", [sentence],
                     title="关于做好科技型企业服务工作的通知", docno="赣科字〔2026〕55号")
    assert lint_codes(src, "txt", tmp_path, "GW806") == []


@pytest.mark.parametrize("sentence, n", [
    ("各地要了了解辖区内企业的用工需求。", 1),  # a modal stands right before the verb
    ("本次共修改条款二十条，删除十一条。", 0),  # 条款: a legal text's structure
])
def test_modal_before_the_word_and_clause_counts(sentence, n, tmp_path):
    code = "GW806" if "了了" in sentence else "GW804"
    src = marked_doc("江西省科学技术厅", "各设区市科技局：", [sentence],
                     title="关于做好科技型企业服务工作的通知", docno="赣科字〔2026〕55号")
    assert len(lint_codes(src, "txt", tmp_path, code)) == n


@pytest.mark.parametrize("title, item", [
    ("关于2026年上半年工作情况的报告", "（二）举办全省商务发展论坛。吸引120家企业参加。"),  # a report's item: work done
    ("关于做好下半年工作的通知", "（二）举办了全省商务发展论坛。吸引120家企业参加。"),  # 举办了: past
])
def test_items_that_tell_past_events(title, item, tmp_path):
    src = marked_doc("江西省商务厅", "各设区市商务局：", ["上半年重点工作如下。", item], title=title,
                     docno="赣商务字〔2026〕99号", date="2026年6月30日")
    assert lint_codes(src, "txt", tmp_path, "GW203") == []

"""Classes of issue 15 round 11 (h11b, bench/metamorphic.py): a draft typed with half-width
punctuation, with spaces between a number and its unit (pasted from Word/WeChat) or with
full-width digits reads as the same draft typed right.  The analysis layer reads
:meth:`Context.reading` (half-width marks of Chinese text full-width, full-width digits ASCII,
same offsets); word lists allow the pasted space.  Each case is a marked draft rendered by
gwlint.docgen and linted with the default configuration (.txt and .docx)."""
from __future__ import annotations

import pytest

from gwlint.analysis.widths import reading
from gwlint.api import lint_path
from gwlint.config import Config

from .drafts import render_draft


def _found(tmp_path, source: str, code: str, fmt: str = "txt"):
    return [f for f in lint_path(render_draft(source, fmt, tmp_path), Config()).findings if f.code == code]


# ------------------------------------------------------------------ the reading text
@pytest.mark.parametrize("written, read", [
    ("签字背书制度,县级局长负责;", "签字背书制度，县级局长负责；"),
    ("对滞后的县(市、区),要约谈", "对滞后的县（市、区），要约谈"),
    ("派１名同志,共２０２６年", "派1名同志，共2026年"),
    ("(1)加强监管:", "（1）加强监管："),
    # Latin and numeric text keeps its marks
    ("资金1,000万元,于9:00前", "资金1,000万元，于9:00前"),
    ("见https://www.jiangxi.gov.cn/a.php?id=3!", "见https://www.jiangxi.gov.cn/a.php?id=3！"),
])
def test_reading_turns_chinese_half_width_marks_full_width(written, read):
    got = reading(written)
    assert got == read and len(got) == len(written)


# ------------------------------------------------------------------ half-width punctuation
SIGN = ("@doc_number 宁卫健字〔2026〕21号\n@title 宁都县卫生健康委员会关于做好项目月报工作的通知\n"
        "@recipients 各乡镇卫生院：\n一、各乡镇卫生院于每月5日前向县卫生健康委员会报送上月项目进展月报表。\n"
        "二、报表实行院长审核签字制度{comma}院长对报表数据的真实性负责。\n"
        "@signature 宁都县卫生健康委员会\n@date 2026年3月6日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("comma", ["，", ","])
def test_signing_system_before_a_comma_of_either_width(tmp_path, fmt, comma):
    found = _found(tmp_path, SIGN.format(comma=comma), "GW106", fmt)
    assert [f.severity for f in found if "签字" in f.excerpt] == ["error"]


TOPIC = ("@doc_number 内建城〔2026〕88号\n@title 内蒙古自治区住房和城乡建设厅关于加快推进城镇老旧小区改造的通知\n"
         "@recipients 各盟行政公署、市人民政府：\n一、对改造进度滞后的旗县{lp}市、区{rp}{comma}要由盟市人民政府开展约谈。\n"
         "二、自治区住房和城乡建设厅每季度通报一次改造进度。\n@signature 内蒙古自治区住房和城乡建设厅\n@date 2026年5月11日\n")


@pytest.mark.parametrize("marks", [("（", "）", "，"), ("(", ")", ",")])
def test_implicit_topic_of_lower_governments_with_half_width_brackets(tmp_path, marks):
    lp, rp, comma = marks
    found = _found(tmp_path, TOPIC.format(lp=lp, rp=rp, comma=comma), "GW104")
    assert len(found) == 1 and "对改造进度滞后" in found[0].excerpt


RELAYED = ("@doc_number 安水字〔2026〕12号\n@title 安远县水利局关于做好小型水库安全度汛工作的通知\n"
           "@recipients 各乡镇人民政府：\n依据《江西省水利工程条例》第二十四条规定{c}各乡镇人民政府对本行政区域内的"
           "小型水库安全负属地管理责任{c}应当落实水库巡查责任人。\n县水利局将于汛前会同各乡镇人民政府对小型水库开展安全检查。\n"
           "@signature 安远县水利局\n@date 2026年4月2日\n")


@pytest.mark.parametrize("c", ["，", ","])
def test_law_relayed_after_a_half_width_comma_is_no_order(tmp_path, c):
    assert _found(tmp_path, RELAYED.format(c=c), "GW104") == []


# ------------------------------------------------------------------ spaced and full-width digits
def _spaced(text: str) -> str:
    import re
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", text)


def _fullwidth(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _draft(head: str, body: str, tail: str, fn) -> str:
    return head + fn(body) + tail


COUNTED = ("@doc_number 景农字〔2026〕41号\n@title 景德镇市农业农村局关于开展耕地保护责任目标考核的通知\n"
           "@recipients 各县（市、区）农业农村局：\n", "市农业农村局定于2026年12月对全市9个县（市、区）人民政府耕地保护"
           "责任目标落实情况进行考核。\n", "@signature 景德镇市农业农村局\n@date 2026年9月14日\n")
SCORED = ("@doc_number 铅文旅字〔2026〕8号\n@title 铅山县文化广电新闻出版旅游局关于开展乡镇综合文化站评估定级的通知\n"
          "@recipients 各乡镇综合文化站：\n", "一、全年开展文化活动不少于12场，有会议记录和活动照片的得5分。\n二、工作台账齐全规范（10分）。\n",
          "@signature 铅山县文化广电新闻出版旅游局\n@date 2026年9月30日\n")
MARCH = ("@doc_number 赣教字〔2026〕9号\n@title 江西省教育厅关于调整全省职业教育工作会议时间的通知\n@recipients 各设区市教育局：\n",
         "我厅原定于2026年4月15日召开的全省职业教育工作会议，会议时间调整为2026年3月24日，会议地点不变。\n",
         "@signature 江西省教育厅\n@date 2026年3月2日\n")
DEADLINE = ("@doc_number 新环字〔2026〕52号\n@title 新余市生态环境局关于开展农村生活污水处理设施排查的通知\n"
            "@recipients 各县（区）人民政府：\n", "请于2026年10月31日前将排查结果和整改计划报送市生态环境局水生态环境科。\n",
            "@signature 新余市生态环境局\n@date 2026年9月8日\n")
ONE_EACH = ("@doc_number 鄂人社函〔2026〕30号\n@title 湖北省人力资源和社会保障厅关于召开全省技能人才评价工作座谈会的通知\n"
            "@recipients 各市、州、直管市、神农架林区人力资源和社会保障局：\n",
            "省人力资源和社会保障厅定于2026年8月6日在武汉召开全省技能人才评价工作座谈会，请各地人社局派1名分管负责同志参加。\n",
            "@signature 湖北省人力资源和社会保障厅\n@date 2026年7月28日\n")


@pytest.mark.parametrize("fn", [lambda t: t, _spaced, _fullwidth], ids=["plain", "spaced", "fullwidth"])
@pytest.mark.parametrize("parts, code, count", [
    (COUNTED, "GW301", 1), (SCORED, "GW302", 2), (MARCH, "GW201", 1), (DEADLINE, "GW104", 1),
    (ONE_EACH, "GW202", 0), (COUNTED, "GW105", 0),
], ids=["counted-governments", "scores", "march", "addressed-deadline", "one-each", "object-is-work"])
def test_numbers_read_alike_spaced_or_full_width(tmp_path, fn, parts, code, count):
    assert len(_found(tmp_path, _draft(*parts, fn), code)) == count


# ------------------------------------------------------------------ headings joined to or split from their items
def test_item_run_into_its_title_line_is_a_heading_of_its_own():
    from gwlint.analysis.structure import parse_headings

    heads = parse_headings("1.改造老化管网。（1）各县（市、区）人民政府要优先改造供水管网。", 7, 1)
    assert [(h.style, h.start, h.title) for h in heads] == [
        ("1.", 0, "改造老化管网"), ("（1）", 9, "各县（市、区）人民政府要优先改造供水管网")]
    # a sentence after the title is its content, not an item; an item of the same level is no sub-item
    assert len(parse_headings("（一）加强监管。各县要做好排查。", 7, 1)) == 1
    assert len(parse_headings("1.做好排查。2.做好整改。", 7, 1)) == 1


def test_marker_after_a_sentence_end_opens_the_clause():
    from gwlint.analysis.markers import body_start

    text = "1.明确管护主体。（1）各县要明确管护单位；②各市要考核，（3）不是新的分句"
    at = text.index("（1）")
    assert body_start(text, at) == at + 3
    assert body_start(text, text.index("②")) == text.index("②") + 1
    assert body_start(text, text.index("（3）")) == text.index("（3）")  # after a comma: no clause of its own


RUN_IN = ("@doc_number 上商务字〔2026〕19号\n@title 上饶市商务局关于印发上饶市县域商业体系建设实施方案的通知\n"
          "@recipients 各县（市、区）商务局：\n现将《上饶市县域商业体系建设实施方案》印发给你们，请认真组织实施。\n"
          "@signature 上饶市商务局\n@date 2026年4月16日\n@page_break\n@attachment_title 上饶市县域商业体系建设实施方案\n"
          "@heading1 一、重点任务\n（一）完善县乡村商业网络。{sep}1.改造提升乡镇商贸中心。（责任单位：市商务局）\n"
          "2.推动快递进村，行政村快递服务覆盖率达到95%以上。\n3.发展农村电商。（责任单位：市商务局、市农业农村局）\n")


@pytest.mark.parametrize("sep", ["", "\n"], ids=["one-line", "two-lines"])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_measures_read_alike_with_the_title_on_the_items_line(tmp_path, sep, fmt):
    found = _found(tmp_path, RUN_IN.format(sep=sep), "GW102", fmt)
    items = [f for f in found if not f.data.get("summary")]
    assert len(found) == 2 and len(items) == 1 and items[0].excerpt.startswith("2.推动快递进村")


BROKEN = ("@doc_number 湘农发〔2026〕58号\n@title 湖南省农业农村厅关于印发《农业机械化提升行动实施方案》的通知\n"
          "@recipients 各市州农业农村局：\n现将《农业机械化提升行动实施方案》印发给你们，请认真组织实施。\n"
          "@signature 湖南省农业农村厅\n@date 2026年3月12日\n@page_break\n@attachment_title 农业机械化提升行动实施方案\n"
          "@heading1 一、重点任务\n（一）建设全程机械化示范县。{sep}建设示范县20个。（厅农业机械化管理处负责）\n"
          "1.选好示范主体。优先选择农机合作社。\n2.推广成熟模式。明确技术路线。\n"
          "（二）推进农机装备补短板。{sep}新增小型机械5000台以上。\n1.组织机具选型。开展选型试验。\n"
          "2.做好购置补贴。优先补贴适用机具。\n")


@pytest.mark.parametrize("sep", ["", "\n"], ids=["run-in", "title-sentence-apart"])
def test_item_whose_first_sentence_stands_apart_is_still_the_measure(tmp_path, sep):
    items = [f for f in _found(tmp_path, BROKEN.format(sep=sep), "GW102") if not f.data.get("summary")]
    assert [f.excerpt[:4] for f in items] == ["（二）推"]


NOTE_APART = ("@doc_number 鹰科字〔2026〕11号\n@title 鹰潭市科学技术局关于印发支持科技型企业创新发展若干措施的通知\n"
              "@recipients 各县（区）科技局：\n现将《支持科技型企业创新发展若干措施》印发给你们，请认真抓好落实。\n"
              "@signature 鹰潭市科学技术局\n@date 2026年6月3日\n@page_break\n@attachment_title 支持科技型企业创新发展若干措施\n"
              "（1）对首次认定的高新技术企业给予10万元奖励。（市科技局高新技术科负责）\n"
              "（2）对新认定的市级工程技术研究中心给予20万元资助。（市科技局科研计划科负责）\n"
              "（3）组织研发费用加计扣除政策专题培训不少于5场。{sep}（市科技局会同市税务局负责）\n")


@pytest.mark.parametrize("sep", ["", "\n"])
def test_last_measures_note_broken_onto_its_own_line(tmp_path, sep):
    assert _found(tmp_path, NOTE_APART.format(sep=sep), "GW102") == []
    assert len(_found(tmp_path, NOTE_APART.format(sep=sep).replace("（市科技局会同市税务局负责）", ""), "GW102")) == 2


# ------------------------------------------------------------------ issuers in another province
@pytest.mark.parametrize("name, level", [
    ("衡阳经济技术开发区管理委员会", "city"),  # named after 衡阳市 without its 市
    ("赣州经济技术开发区管理委员会", "city"),
    ("于都经济开发区管委会", "county"),  # 于都县
    ("湘江新区管委会", "city"), ("四川天府新区管委会经济运行局", "city"),  # national new areas
    ("南沙新区管委会", "county"),  # a district of 广州, not a province's agency
    ("高新区管委会", "county"),  # no place named: as before
])
def test_zone_counts_at_the_level_of_its_place(name, level):
    from gwlint.analysis.orgs import classify

    assert classify(name).level == level


NEW_AREA = ("@doc_number 湘发改投资〔2026〕120号\n@title 湖南省发展和改革委员会关于召开全省重大项目建设推进会的通知\n"
            "@recipients 各市州人民政府，湘江新区管委会：\n经省人民政府同意，定于2026年5月20日在长沙召开全省重大项目建设推进会。"
            "参会单位及人员如下：\n@table 参会单位|参会人员\n@table 各市州人民政府|分管负责同志\n@table 湘江新区管委会|{who}\n"
            "@signature 湖南省发展和改革委员会\n@date 2026年5月8日\n")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_national_new_area_attends_at_city_level(tmp_path, fmt):
    assert _found(tmp_path, NEW_AREA.format(who="分管负责同志"), "GW202", fmt) == []
    assert len(_found(tmp_path, NEW_AREA.format(who="主要负责同志、分管负责同志"), "GW202", fmt)) == 1


# ------------------------------------------------------------------ unit names
@pytest.mark.parametrize("text, name", [
    ("由市公安局交通管理局会同市交通运输局负责。", "市公安局交通管理局"),
    ("并由县公安局交通管理大队负责。", "县公安局交通管理大队"),
    ("由省公安厅交通管理局负责。", "省公安厅交通管理局"),
])
def test_unit_opening_the_text_does_not_take_the_word_before(text, name):
    from gwlint.analysis.units import find_units

    first = find_units(text)[0]
    assert first.text == name and text[first.start:first.end] == name


@pytest.mark.parametrize("text, place", [("请安州区于5月底前完成整治。", "安州区"), ("由崇明区负责。", "崇明区"),
                                         ("请安塞区、宝塔区于5月31日前完成。", "安塞区")])
def test_district_is_not_merged_into_qing_or_you(text, place):
    from gwlint.analysis.tokens import index_of

    idx = index_of(text)
    at = text.index(place)
    assert idx.is_start(at) and idx.is_end(at + len(place))


def test_district_named_after_qing_gets_the_order(tmp_path):
    src = ("@doc_number 绵环函〔2026〕41号\n@title 绵阳市生态环境局关于加快督察反馈问题整改的通知\n"
           "@recipients 各县（市、区）人民政府：\n一、请安州区于6月30日前完成砂石加工企业整治。\n"
           "二、市生态环境局将于7月组织现场核查。\n@signature 绵阳市生态环境局\n@date 2026年5月12日\n")
    found = _found(tmp_path, src, "GW104")
    assert len(found) == 1 and "安州区" in found[0].excerpt


@pytest.mark.parametrize("office, code_count", [("市商务局计划财务科", 0), ("市商务局规划建设科", 0)])
def test_material_word_opening_an_office_name_is_no_material(tmp_path, office, code_count):
    src = ("@doc_number 吉商务字〔2026〕31号\n@title 吉安市商务局关于举办全市商务统计业务培训班的通知\n"
           "@recipients 各县（市、区）商务局：\n市商务局定于2026年5月20日举办培训班。\n"
           f"请于5月15日前将参训回执发送至{office}。\n@signature 吉安市商务局\n@date 2026年5月6日\n")
    assert len(_found(tmp_path, src, "GW106")) == code_count
    # the plan itself is a material
    planned = src.replace("将参训回执发送至", "将年度工作计划报送")
    assert len(_found(tmp_path, planned, "GW106")) == 1


@pytest.mark.parametrize("text, govs", [
    ("城区、矿区、郊区人民政府要在6月底前完成排查。", ["城区", "矿区", "郊区人民政府"]),
    ("（责任单位：东区、西区人民政府）", ["东区", "西区人民政府"]),
    ("由郊区人民政府负责。", ["郊区人民政府"]),
    ("中心城区、郊区人民政府", ["郊区人民政府"]),  # 中心城区 is a part of a city, no district
    ("在中心城区开展燃气管道改造。", []),
])
def test_two_character_districts_before_their_government(text, govs):
    from gwlint.analysis.units import find_units

    assert [u.text for u in find_units(text) if u.kind == "government"] == govs

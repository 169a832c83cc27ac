"""Classes the lead fixed after the round-16 measurement of the class probes (holdout19r), in other phrasings:

- structure/GW704: a 主送 wrapped over two lines whose items end in 委、办、局 or name schools (各中小学、幼儿园)
  is one 主送 (quiet with its colon, GW704 at the last line's mark without it), not a missing 主送.
- GW804: a date range in Chinese numerals (五月二十日至六月二十日) is one finding with an edit per end; a bare
  month after a time preposition (在九月完成) is a date; 三月街 (a fair) is a name, after 今年 or 位于 alike.
- GW806: a contact person's name (联系人：……乌云其其格) holds no typo.
- GW501: a speech typed on below the 印发 sentence, under its own heading, is the speaker's text (GW103's
  business), not the notice's stock phrases.
- GW302: a sentence pointing to the proof list (评估内容和佐证材料见下表) is not a second demand beside the list.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: list[str], body: list[str], title: str) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}{title}", *[f"@recipients {r}" for r in recipients],
             *body, f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


_BODY = ["为做好汛期安全工作，现将有关事项通知如下。", "一、各单位于6月20日前完成隐患排查。",
         "二、县应急管理局会同县水利局开展抽查。"]


# ------------------------------------------------------------ 主送 over two lines
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, second", [
    ("各乡镇人民政府，县政府各委、办、局，", "各直属单位："),
    ("各小学、幼儿园，", "县直属各中学、县职业中专："),
    ("市直各委、办、局，", "各县（市、区）教育局："),
])
def test_gw704_wrapped_recipients_with_short_organ_words_are_one(fmt, first, second, tmp_path):
    found = _codes(_doc("乐平市教育体育局", [first, second], _BODY, "关于做好汛期校园安全工作的通知"), fmt, tmp_path,
                   "GW704")
    assert found == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw704_wrapped_recipients_without_colon_reported_at_last_line(fmt, tmp_path):
    found = _codes(_doc("乐平市教育体育局", ["各小学、幼儿园，", "市青少年活动中心、市教研室、"], _BODY,
                        "关于做好汛期校园安全工作的通知"), fmt, tmp_path, "GW704")
    assert len(found) == 1 and "冒号" in found[0].message and "应有主送机关" not in found[0].message
    # at the second line's last mark, not the first line's 逗号
    assert found[0].excerpt == "、" and found[0].column == len("市青少年活动中心、市教研室") + 1


# ------------------------------------------------------------ Chinese-numeral Gregorian dates
def _dates(line: str) -> str:
    return _doc("黄梅县文化和旅游局", ["各乡镇综合文化站："], ["为丰富群众文化生活，现将有关事项通知如下。", line],
                "关于开展群众文化活动的通知")


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw804_chinese_date_range_is_one_finding_with_two_edits(fmt, tmp_path):
    found = _codes(_dates("一、活动时间。七月十日至八月三十一日，各站组织不少于4场演出。"), fmt, tmp_path, "GW804")
    assert len(found) == 1
    assert found[0].data["right"] == "7月10日至8月31日"
    assert len(found[0].fix.edits) == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, right", [
    ("一、场馆改造工程在十月完成竣工验收。", "10月"),
    ("一、各站从六月开始每周开放不少于5天。", "6月"),
    ("一、每年十一月组织一次设施安全检查。", "11月"),
])
def test_gw804_bare_month_after_time_word(fmt, line, right, tmp_path):
    found = _codes(_dates(line), fmt, tmp_path, "GW804")
    assert [f.data["right"] for f in found] == [right]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、今年三月街民族节于4月1日开幕，各站组织群众参加。",
    "一、演出场地位于三月街北侧广场，由各站轮流使用。",
    "一、农历三月三前后组织山歌会，由各站自行安排。",
])
def test_gw804_names_holding_a_month_stay_quiet(fmt, line, tmp_path):
    assert _codes(_dates(line), fmt, tmp_path, "GW804") == []


# ------------------------------------------------------------ names in contact lines
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("contact, fires", [
    ("联系人：盟农牧局畜牧科其其格，电话：0482-8226135。", False),
    ("联系人：县民政局社会事务股李娜娜，联系电话：0716-4221305。", False),
    ("联系人：县民政局社会事务股李娜，电话：0716-4221305。请各单位的的确认名单。", True),
])
def test_gw806_contact_person_names(fmt, contact, fires, tmp_path):
    body = ["为做好春季防火工作，现将有关事项通知如下。", "一、各单位于4月10日前完成巡护人员培训。", contact]
    found = _codes(_doc("兴安盟农牧局", ["各旗县市农牧局："], body, "关于做好春季草原防火工作的通知"), fmt, tmp_path,
                   "GW806")
    assert bool(found) is fires


# ------------------------------------------------------------ a speech typed on below the 印发 sentence
_STOCK = ("全市上下要牢固树立抓基层强基础的鲜明导向，以高度的政治责任感，切实增强做好基层工作的责任感和紧迫感，"
          "深入贯彻落实上级部署，进一步加强组织领导，不断提高工作水平，确保取得实实在在的成效。")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("speech", [True, False])
def test_gw501_speech_typed_below_its_heading_is_not_counted(fmt, speech, tmp_path):
    if speech:
        body = ["现将市委常委、统战部部长王立新同志在全市统战工作会议上的讲话印发给你们，请结合实际认真学习。",
                "@heading1 在全市统战工作会议上的讲话", "同志们：", _STOCK,
                "第一，抓好民营经济人士教育培训，全年举办培训班4期。"]
        title = "关于印发王立新同志在全市统战工作会议上的讲话的通知"
    else:
        body = ["为做好今年统战工作，现将有关事项通知如下。", "一、全年举办民营经济人士培训班4期。", _STOCK]
        title = "关于做好2026年统战工作的通知"
    found = _codes(_doc("中共遵义市委统战部", ["各县（市、区）委统战部："], body, title), fmt, tmp_path, "GW501")
    assert bool(found) is not speech


# ------------------------------------------------------------ a pointer to the proof list
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("pointer", ["二、评估指标和佐证材料见下表。", "二、各项指标的佐证材料详见附表。"])
def test_gw302_pointer_to_proof_list_is_not_a_second_demand(fmt, pointer, tmp_path):
    body = ["为检验家庭医生签约服务成效，我委决定开展年度评估。", pointer,
            "@table 评估指标|分值|佐证材料", "@table 签约服务|40|签约协议、入户随访登记表、服务照片",
            "@table 群众满意度|60|第三方电话回访结果"]
    found = _codes(_doc("安顺市卫生健康委员会", ["各县（区）卫生健康局："], body, "关于开展家庭医生签约服务评估的通知"),
                   fmt, tmp_path, "GW302")
    assert len(found) == 1 and "照片" in found[0].message

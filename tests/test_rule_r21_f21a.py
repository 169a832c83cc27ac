"""Classes f21a fixed in round 21 (holdout25's GW102/GW103 groups), in phrasings of its own:

- GW102: a responsibility note labelled with any word of a task table's unit column or a note-only label
  (责任主体：, 实施主体：, 承办单位：, 负责主体：, 责任人：) names the measure's unit as 责任单位： does — in
  brackets, after the sentence, or on the next line; a generic unit under such a label is still generic.
- GW102: a bare note naming a provincial party office (省委金融办, 自治区党委政法委) or a collective whose 各
  reaches over a 、 (各省辖市、省直管县（市）人民政府) is a note; beside one unit it knows, an item that ends like an
  organ's name (省红十字会, 中国铁路广州局集团有限公司) is a unit too.
- GW103: a speech pointed back to under another name (现将动员讲话印送你们), issued as 讲话要点摘要, or 摘发
  (one verb for jieba now); a speech issued as an attachment under a neutral word (现将……有关材料印发给你们 /
  附件：1．××同志在……会议上的讲话), told at its item of the 附件说明.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: str = "2027年3月20日") -> str:
    lines = ["@doc_number x字〔2027〕8号", f"@title {issuer}{title}", f"@recipients {recipients}",
             *body, f"@signature {issuer}", f"@date {date}"]
    return "\n".join(lines) + "\n"


def _plan(items: list[str]) -> str:
    return _doc("常德市人民政府办公室", "各区县（市）人民政府，市政府各部门：",
                ["《常德市城区内涝治理工作方案》已经市政府同意，现印发给你们，请认真组织实施。",
                 "@heading1 一、主要任务", *items], "关于印发常德市城区内涝治理工作方案的通知")


# ------------------------------------------------------------ GW102: other labels of a note
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("notes, missing", [
    (["责任主体：市住房和城乡建设局。", "责任主体：市水利局。", "责任主体：各区县（市）人民政府。"], 0),
    (["（实施主体：市住房和城乡建设局）", "（实施主体：市水利局）", "（实施主体：市城市管理局）"], 0),
    (["\n承办单位：市住房和城乡建设局。", "\n承办单位：有关单位。", "\n承办单位：市城市管理局。"], 1),
    (["负责主体：市住房和城乡建设局。", "责任人：市水利局局长。", "", ], 1),
])
def test_gw102_other_note_labels(notes, missing, fmt, tmp_path):
    tasks = ["（一）改造排水管网。2027年改造雨污合流管网60公里。", "（二）建设调蓄设施。汛前建成调蓄池3座。",
             "（三）清淤疏浚。汛前完成城区排水管渠清淤。"]
    items = []
    for task, note in zip(tasks, notes):
        items.extend((task + note).split("\n"))
    found = _codes(_plan(items), fmt, tmp_path, "GW102")
    assert len([f for f in found if "条措施未明确" not in f.message]) == missing, [f.message for f in found]


# ------------------------------------------------------------ GW102: bare notes of a party office or a joined collective
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("（省委金融办、人民银行湖南省分行）", False),
    ("（省自然资源厅，各设区市、县（市、区）人民政府）", False),
    ("（省自然资源厅，各市、县人民政府）", False),
    ("（省民政厅、省红十字会）", False),
    ("（省交通运输厅、中国铁路广州局集团有限公司）", False),
    ("（省红十字会）", True),
    ("（2027年底前完成）", True),
    ("（各有关方面）", True),
])
def test_gw102_bare_note_units(note, fires, fmt, tmp_path):
    src = _doc("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：",
               ["经省人民政府同意，现提出如下意见。", "@heading1 一、重点任务",
                "（一）发展普惠金融。支持金融机构开发适老化金融产品。（省地方金融管理局）",
                f"（二）保障养老设施用地。新建居住区按标准配建养老服务设施。{note}"],
               "关于发展银发经济的实施意见")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW103: a speech named again under another word
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["3月2日，县长杨光明同志在全县春耕生产培训班开班式上作动员讲话。现将动员讲话印送你们，请认真学习。"], True),
    (["现将李华副省长在全省安全生产会议上的讲话要点摘要印发给你们，请认真贯彻。"], True),
    (["现将李华副省长在全省安全生产会议上的讲话要点摘发给你们，请认真贯彻。"], True),
    (["县长杨光明同志在开班式上作动员讲话，讲话已在《惠水通讯》刊发，请自行学习。"], False),
    (["现将动员大会的会议精神传达如下。"], False),
])
def test_gw103_speech_named_again(body, fires, fmt, tmp_path):
    src = _doc("惠水县人民政府办公室", "各乡（镇）人民政府，县直各部门：",
               [*body, "各乡（镇）要在4月底前完成春耕备耕检查。"], "关于做好春耕生产有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW103")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW103: a speech issued as an attachment under a neutral word
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("first, fires", [
    ("1．陈志强同志在全市安全生产工作会议上的讲话", True),
    ("1．市长陈志强在全市安全生产工作会议上的讲话稿", True),
    ("1．南湖区在全市安全生产工作会议上的典型发言", False),
    ("1．全市安全生产工作会议议程", False),
])
def test_gw103_speech_as_attachment(first, fires, fmt, tmp_path):
    src = _doc("嘉兴市人民政府办公室", "各县（市、区）人民政府，市政府各部门：",
               ["现将全市安全生产工作会议有关材料印发给你们，请认真学习。",
                f"@attachment_note 附件：{first}", "@attachment_note 2．2027年全市安全生产工作要点"],
               "关于印发全市安全生产工作会议有关材料的通知")
    found = _codes(src, fmt, tmp_path, "GW103")
    assert bool(found) == fires, [f.message for f in found]

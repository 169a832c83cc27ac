"""Readings g25c fixed in round 25 (holdout29p's GW106/GW301/GW302 misses and false alarms), in surfaces of its own:

- negation: a weak negator (不, 未) still negates the object of its verb across the 的 that closes a 对-phrase
  (不纳入对各地的考核, 不作为对各乡镇的排名依据): the 的 ends no attributive clause.  An evaluation whose results
  are not ranked, published nor counted in an assessment is no assessment of the governments evaluated
  (holdout29p gw301-g87a); one counted in 对……的考核 still is.
- inspections, whose inspection: a launch that follows the arrangement of the government's own inspection office,
  or assists it (按照市政府督查室的工作安排……开展督查; 根据县人民政府督查室部署), or that the document says in a
  sentence of its own is run by that office (本次督导由省政府督查室统一组织), is the government's, not the
  department's (gw301-g81a).  A launch following the department's own plan stays the department's, and one done
  by the department on the office's entrustment (根据市人民政府督查室的委托，市水利局将……检查) is the department's.
- inspections, a contest between lower governments: 在各镇人民政府之间比拼 / 在各县（市、区）人民政府中间开展擂台赛
  launches the contest with no 开展 before the trigger (a cell of a work-plan table, a clause of prose), the
  governments inside 在……之间 its object (gw301-g80c); between departments or service centres it is no GW301 matter.
- trace evidence, what the material is for: the paragraph's next sentence pointing back at the material (据此,
  以此, 根据上述记录) and scoring, ranking or assessing by it makes the material a yardstick (……写明走访情况。
  街道党工委每季度据此逐人计分) (gw302-g82b); one pointing back to act on the matter (据此及时回应) does not.
- signatures: an attached form printed between the 附件说明 and the 署名 (no 附件1 label) is read for its leader's
  signature column as an attachment after the 署名 is (gw106-g95c); a clerk's column stays quiet.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         tail: list[str] = ()) -> str:
    # ``tail`` before the signature (a form's sign column)
    return marked_doc(issuer, recipients, [*body, *tail], title=title, docno="综字〔2027〕21号", date="2027年5月14日")


# ------------------------------------------------------------ negation across 对……的
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("江西省民政厅", "各设区市民政局：",
     ["为了解养老服务补贴政策的实际效果，省民政厅委托省社会科学院开展第三方评价。",
      "评价对象为各设区市人民政府落实养老服务补贴政策的情况。",
      "评价结果仅用于完善政策，不纳入对各设区市的年度考核，也不对外公布。"], False),
    ("绵阳市农业农村局", "各县（市、区）农业农村局：",
     ["（一）评估对象。各县（市、区）人民政府推进高标准农田建设的情况。",
      "（二）结果运用。评估结果不作为对各县（市、区）的排名依据，只用于改进市级项目安排。"], False),
    ("江西省民政厅", "各设区市民政局：",
     ["为了解养老服务补贴政策的实际效果，省民政厅委托省社会科学院开展第三方评价。",
      "评价对象为各设区市人民政府落实养老服务补贴政策的情况。",
      "评价结果纳入对各设区市的年度考核，并在全省通报。"], True),
])
def test_gw301_evaluation_not_counted_across_dui_de(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body, "关于开展评价工作的通知"), fmt, tmp_path, "GW301")) is fires


# ------------------------------------------------------------ the government's own inspection office runs it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("岳阳市应急管理局", "各县（市、区）应急管理局：",
     ["根据市人民政府督查室的统一部署，6月上旬将对各县（市、区）人民政府安全生产责任落实情况开展督查，市应急管理局派员参加。",
      "一、各县（市、区）应急管理局要提前梳理本地隐患整改台账。"], False),
    ("万载县自然资源局", "各乡镇自然资源所：",
     ["一、7月中旬，将对各乡镇人民政府耕地保护工作开展督导。",
      "二、本次督导由县政府督查室统一组织，县自然资源局抽调2名业务骨干参加。",
      "三、各乡镇自然资源所做好图斑核查资料准备。"], False),
    ("岳阳市应急管理局", "各县（市、区）应急管理局：",
     ["按照局党委的统一部署，6月上旬将对各县（市、区）人民政府安全生产责任落实情况开展督查。",
      "一、各县（市、区）应急管理局要提前梳理本地隐患整改台账。"], True),
    ("吉安市水利局", "各县（市、区）水利局：",
     ["根据市人民政府督查室的委托，市水利局将于5月对各县（市、区）人民政府水库安全度汛责任落实情况开展检查。",
      "请各县（市、区）水利局提前做好准备。"], True),
])
def test_gw301_inspection_of_the_government_office(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW301")) is fires


# ------------------------------------------------------------ a contest between lower governments
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("赣州市商务局", "各县（市、区）商务局：",
     ["现将2027年县域商业体系建设工作安排印发给你们。",
      "@table 时间|工作事项|具体安排",
      "@table 4月|项目申报|各县（市、区）商务局组织申报",
      "@table 每季度|擂台赛|在各县（市、区）人民政府之间开展擂台赛，按得分排名通报",
      "@table 12月|总结|市商务局汇总全年情况"], True),
    ("平江县林业局", "各乡镇林业站：",
     ["今年，县林业局继续推进森林防火网格化管理。",
      "每季度在全县各乡镇人民政府中间比拼防火工作，按得分排名，结果在全县晾晒。"], True),
    ("平江县林业局", "各乡镇林业站：",
     ["今年，县林业局继续推进森林防火网格化管理。",
      "每季度在全县各乡镇林业站之间比拼防火业务技能，按得分排名，结果在全县晾晒。"], False),
])
def test_gw301_contest_between_lower_governments(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW301")) is fires


# ------------------------------------------------------------ the next sentence scores by the material
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("修水县人民政府办公室", "各乡镇人民政府：",
     ["二、巡查记录。护林员每次巡山后在巡山日记中写明巡查路线和发现的问题。乡镇林业站每月据此计分，排名靠后的在全乡通报。"], True),
    ("南昌市青山湖区民政局", "各街道办事处：",
     ["（三）走访记录。社区工作者入户走访后，在走访记录本上逐户登记走访情况。",
      "区民政局每半年根据上述记录逐人考评，考评结果与绩效奖励挂钩。"], True),
    ("修水县人民政府办公室", "各乡镇人民政府：",
     ["二、巡查记录。护林员每次巡山后在巡山日记中写明巡查路线和发现的问题。乡镇林业站据此及时组织处置。"], False),
])
def test_gw302_next_sentence_scores_by_material(issuer, recipients, body, fires, fmt, tmp_path):
    assert bool(_codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW302")) is fires


# ------------------------------------------------------------ a form between the 附件说明 and the 署名
def _signed(codes) -> list:
    return [f for f in codes if "签字" in f.message and f.severity == "error"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, tail, fires", [
    ("上饶市信州区应急管理局", "各街道办事处安全办：",
     ["为压实汛期安全责任，现就签订防汛安全责任承诺有关事项通知如下。", "各街道安全办在6月1日前完成辖区防汛隐患自查。"],
     ["附件：防汛安全责任承诺表",
      "@table 单位名称|承诺事项|街道办事处主任签字",
      "@table （填写）|（填写）|（签字）"], True),
    ("南阳市卫生健康委员会", "各县（市、区）卫生健康委：",
     ["为掌握基层医疗机构药品配备情况，现将有关事项通知如下。", "各县（市、区）卫生健康委组织辖区乡镇卫生院对照附表自查。"],
     ["附：基层医疗机构药品配备自查表",
      "@table 机构名称|配备品种数|院长签名",
      "@table （填写）|（填写）|（签名）",
      "联系人：市卫生健康委基层卫生科 李华，电话：0377-63151234。"], True),
    ("上饶市信州区应急管理局", "各街道办事处安全办：",
     ["为压实汛期安全责任，现就签订防汛安全责任承诺有关事项通知如下。", "各街道安全办在6月1日前完成辖区防汛隐患自查。"],
     ["附件：防汛安全责任承诺表",
      "@table 单位名称|承诺事项|填表人签字",
      "@table （填写）|（填写）|（签字）"], False),
])
def test_gw106_sign_column_of_a_form_before_the_signature(issuer, recipients, body, tail, fires, fmt, tmp_path):
    assert bool(_signed(_codes(_doc(issuer, recipients, body, tail=tail), fmt, tmp_path, "GW106"))) is fires

"""Classes g24c fixed in round 24 (second wave, holdout28r's families 2-4), in phrasings of its own:

- GW302 (inspections.patrol_capture): photos demanded per record of a patrol (每条巡护记录须附不少于3张带定位水印的
  现场照片; 每份走访记录应上传2张以上入户照片) prove the round as photos per round do (holdout28r gw302-g69b);
  a record's photos of a found problem (发现问题拍照取证) stay a record of the matter.
- GW401 (the escort reading of the rule, escort_followers): 陪同 whose object is someone other than the team
  (由社工和志愿者陪同老人就医) in a sentence that speaks of no visit but by that word escorts someone else, even
  when the paragraph announces the visit (holdout28r gw401-g04a); 全程陪同, 陪同人员 in such a sentence still
  escort the team.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕21号", date="2027年5月11日")


# ------------------------------------------------------------ GW302: photos per record of a patrol
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("南漳县水利局", "各乡镇水利服务中心：",
     ["一、巡河要求。河道巡查员每周巡河不少于2次，在“河长通”填写巡河日志。",
      "二、日志要求。每篇巡河日志须附不少于4张带有经纬度和时间水印的河道照片，县水利局据此核发巡查补助。"], True),
    ("绩溪县民政局", "各乡镇人民政府：",
     ["为做好困难群众探访关爱，现就有关事项通知如下：",
      "（一）每月入户探访1次。每份入户记录应上传2张以上与探访对象的合影照片，由乡镇民政办汇总。"], True),
    ("南漳县水利局", "各乡镇水利服务中心：",
     ["一、巡河要求。河道巡查员每周巡河不少于2次，在“河长通”填写巡河日志。",
      "二、日志要求。每篇巡河日志须写明巡查河段和发现的问题，发现违法采砂的拍照取证后移交执法大队。"], False),
])
def test_gw302_photos_per_patrol_record(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body), fmt, tmp_path, "GW302")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: 陪同 of a service, in the visit's paragraph
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["今年以来，各区开展残疾人出行助行服务，由助残员陪同残疾人外出就诊、办事。为了解服务成效，市残联将于6月中旬赴各区调研。",
      "调研内容：助行服务的对象范围、助残员培训和服务满意度。"], False),
    (["部分社区由网格员陪同独居老人购物、就医，群众反映较好。市卫生健康委将于7月上旬开展实地调研。",
      "调研主要采取查阅资料和个别访谈方式。"], False),
    (["今年以来，各区开展残疾人出行助行服务。为了解服务成效，市残联将于6月中旬赴各区调研，请各区残联理事长全程陪同。",
      "调研内容：助行服务的对象范围和服务满意度。"], True),
])
def test_gw401_escort_of_a_service(body, fires, fmt, tmp_path):
    src = _doc("佛山市残疾人联合会", "各区残疾人联合会：", body, title="关于开展助行服务调研的通知")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: the event named as the topic, 由……主办 after it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, fires", [
    ("宜昌市经济和信息化局", "各县市区经济和信息化局，有关企业：",
     ["一、活动名称和主办单位", "2027长江经济带数字经济合作论坛，由宜昌市经济和信息化局与宜昌市软件行业协会共同主办，三峡国际会展中心承办。",
      "二、时间地点", "2027年10月12日，宜昌市三峡国际会展中心。"], True),
    ("黔南州农业农村局", "各县（市）农业农村局：",
     ["（一）“黔茶出山”2027黔南茶产业发展研讨会，由州农业农村局主办，都匀市茶文化研究会协办。", "（二）会议时间：2027年9月下旬。"], True),
    ("宜昌市经济和信息化局", "各县市区经济和信息化局，有关企业：",
     ["2026长江经济带数字经济合作论坛，由宜昌市经济和信息化局与宜昌市软件行业协会共同主办，已于去年10月成功举行。",
      "请各地总结参会企业的合作成果，于11月底前报送。"], False),
    ("宜昌市经济和信息化局", "各县市区经济和信息化局，有关企业：",
     ["2027长江经济带数字经济合作论坛，由湖北省经济和信息化厅主办，请各地组织企业报名参加。"], False),
])
def test_gw203_topic_named_event_own_organiser(issuer, recipients, body, fires, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title="关于做好有关活动的通知"), fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: attendees in a forwarded body's document
def _forwarding(issuer: str, recipients: str, own: list[str], other: str, other_body: list[str]) -> str:
    carried = f"{other}关于举办有关研讨会的通知"
    return marked_doc(issuer, recipients, [f"现将《{carried}》转发给你们，并提出以下意见。", *own, f"附件：{carried}"],
                      title=f"转发{carried}", docno="综字〔2027〕33号", date="2027年7月2日",
                      tail=["@attachment_label 附件", f"@attachment_title {carried}", *other_body, f"@signature {other}",
                            "@date 2027年6月28日"])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("src, fires", [
    (_forwarding("黄山市人力资源和社会保障局", "各区县人力资源和社会保障局：",
                 ["一、请各区县推荐1名业务骨干参加研讨会。", "二、市人社局汇总名单后统一报省人社厅。"],
                 "安徽省人力资源和社会保障厅",
                 ["各市人力资源和社会保障局，省直有关单位：", "省人社厅定于2027年8月中旬在合肥市举办全省就业服务研讨会。",
                  "参加人员：各市人力资源和社会保障局主要负责同志和分管负责同志，省直有关单位负责同志。"]), False),
    (_forwarding("黄山市人力资源和社会保障局", "各区县人力资源和社会保障局：",
                 ["一、请各区县人力资源和社会保障局主要负责同志和分管负责同志一同参加研讨会。", "二、市人社局汇总名单后统一报省人社厅。"],
                 "安徽省人力资源和社会保障厅",
                 ["各市人力资源和社会保障局，省直有关单位：", "省人社厅定于2027年8月中旬在合肥市举办全省就业服务研讨会。"]), True),
])
def test_gw202_forwarded_document_attendees(src, fires, fmt, tmp_path):
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW202: a head leads his own sections' heads, long names
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("2.各县（市、区）市场监督管理局，由局长带领本局食品生产安全监督管理股、市场监管综合行政执法大队负责同志参会。", True),
    ("（二）各县（市、区）市场监督管理局局长带领本局特种设备安全监察股和市场监管综合行政执法大队负责同志参加会议。", True),
    ("2.各县（市、区）市场监督管理局派1名分管负责同志参会，不得由他人代替。", False),
])
def test_gw202_head_leads_own_sections(line, fires, fmt, tmp_path):
    body = ["市市场监管局定于2027年6月20日召开全市食品安全监管工作会议。", "参会人员：", "1.市局各科室负责同志。", line]
    src = _doc("乌兰察布市市场监督管理局", "各县（市、区）市场监督管理局：", body, title="关于召开全市食品安全监管工作会议的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]

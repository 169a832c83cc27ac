"""Readings f23c fixed in round 23 (holdout26r/holdout26 meetings, events, inspections, visits, 纪要), each in
phrasings of its own:

- attendance (GW202): a role word right after a body named behind the unit's own role (……分管负责同志和农办主任,
  ……负责同志、教研室主任) heads that body, not the unit; one collective spelled two ways (各乡镇人民政府、街道办事处
  / 各乡镇（街道）) asked twice with a together-cue (一并, 一同) is one unit asked for two leaders (gw202-g01c).
- GW202: a negator in a clause after the escort's (……一同参加，不得请人代会) does not cancel the escort
  (gw202-g21b); one in the escort's own clause does (不得安排其他人员陪同).
- inspections (GW301): 整治 followed by a period or a quoted name and a trigger (人居环境整治季度“红黑榜”评比) names
  the work, it does not cancel the trigger (gw301-g21c); any trigger + 对象 heads an object column (测评对象);
  a launch with no 对-object in a document declaring government objects is aimed at them whatever its topic
  words (环境卫生, gw301-g01b); a bare locality naming a body of its own (乡镇（街道）人民调解委员会) is no
  government (gw302-g21a); a team formed in a clause naming no one below (组织3个暗访组) is sent where the
  next clause says (赴……景区开展暗访检查: entities, no government; holdout26 gw301-g22b).
- visited side (GW401): 座谈 organised or convened by the visited side after 由 (座谈会由被调研单位组织, 由所到县
  商务局通知企业参加); 就……情况作介绍 is a report; 被调研/所到 + a place's kind (被调研县区) is the visited side as
  subject, also in a short numbered line (3.被调研县区作……情况介绍), which is no topic heading.
- meetings (GW203): an event held by the sentence's own subject that is no government body (××协会拟于……举办……
  研讨会) is another's; the issuer's short name with 和 inside (市文化和旅游局) is still the issuer.
- GW708: a 纪要 dated in brackets under its title has its 成文日期.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕21号", date="2027年5月10日")


# ------------------------------------------------------------ GW202: a body's head; one collective two spellings
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["定于2027年5月20日在县行政中心召开全县防汛备汛工作会议。",
      "各乡镇人民政府、街道办事处分管水利的负责同志和农办主任参加会议。各乡镇（街道）主要负责同志一并参加。"], True),
    (["定于2027年5月20日在县行政中心召开全县防汛备汛工作会议。",
      "参会人员：各乡镇人民政府、街道办事处分管水利的负责同志和水利站站长；",
      "各乡镇（街道）党（工）委书记同时参会。"], True),
    # near-miss: the later ask stands in for the first (因故不能参加的), no two leaders together
    (["定于2027年5月20日在县行政中心召开全县防汛备汛工作会议。",
      "各乡镇人民政府、街道办事处分管水利的负责同志和农办主任参加会议。分管负责同志因故不能参加的，由各乡镇（街道）主要负责同志代为参加。"], False),
])
def test_gw202_same_collective_two_spellings(body, fires, fmt, tmp_path):
    src = _doc("彭泽县人民政府办公室", "各乡镇人民政府、街道办事处，县直有关单位：", body,
               "关于召开全县防汛备汛工作会议的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各县（区）农业农村局参会时由局长带领本局分管负责同志和种植业股负责人一同参加，不得请人代会。", True),
    ("参会时，各县（区）农业农村局由局长带领分管负责同志和农技推广站负责人一同出席，严禁无故缺席。", True),
    # near-miss: the escort itself declined in its own clause
    ("各县（区）农业农村局分管负责同志参加，不得由局长带领其他科室负责人陪同参会。", False),
])
def test_gw202_negator_after_the_escort(line, fires, fmt, tmp_path):
    src = _doc("宜春市农业农村局", "各县（市、区）农业农村局：",
               ["市农业农村局定于2027年5月18日在袁州区召开全市高标准农田建设现场推进会。", line],
               "关于召开全市高标准农田建设现场推进会的通知")
    found = _codes(src, fmt, tmp_path, "GW202")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW301: 整治 naming a work; objects declared apart
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["县住房和城乡建设局决定开展城乡环境整治月度“红黑榜”评比，每月排名后在县融媒体中心公布。"], True),
    (["@heading1 一、比拼安排", "（一）开展城乡环境整治季度比拼，比拼结果排名通报。"], True),
    (["为推动村容村貌持续改善，县住房和城乡建设局决定开展农村人居环境整治年度评比，评比结果排名通报。"], True),
    # near-miss: the same, listed in the plan and filed
    (["县住房和城乡建设局决定开展城乡环境整治月度“红黑榜”评比，每月排名后在县融媒体中心公布。",
      "该事项已列入县政府年度督查检查考核计划，并报县政府督查室备案。"], False),
])
def test_gw301_zhengzhi_names_the_work(body, fires, fmt, tmp_path):
    src = _doc("都昌县住房和城乡建设局", "各乡镇人民政府：", body, "关于做好城乡环境卫生工作的通知")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    # objects in a table under 考核对象, the launch's topic holds 卫生
    (["市卫生健康委决定从三季度起开展爱国卫生季度考核，按季度排名通报。考核对象见下表。",
      "@table 类别|考核对象", "@table 县市|德兴市人民政府、婺源县人民政府、弋阳县人民政府"], True),
    # a trigger + 对象 row (测评对象) in a two-column table
    (["市卫生健康委决定开展健康乡镇建设季度测评，测评结果按得分排名通报。",
      "@table 项目|内容", "@table 测评对象|各县（市、区）人民政府", "@table 测评方式|随机抽取点位实地察看"], True),
    # near-miss: the object named is a locality's own body, not its government
    (["市卫生健康委决定开展健康乡镇建设季度测评，测评结果按得分排名通报。",
      "测评对象为各县（市、区）卫生健康委推荐的乡镇（街道）爱国卫生运动委员会，每县推荐不超过3个。"], False),
])
def test_gw301_objects_declared_apart(body, fires, fmt, tmp_path):
    src = _doc("上饶市卫生健康委员会", "各县（市、区）卫生健康委：", body, "关于开展季度考核测评的通知")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    # the team formed in one clause, the places it goes to (enterprises, sites) in the next
    ("市应急管理局将于6月组织4个暗访组，赴全市38家危险化学品企业开展安全生产暗访检查。", False),
    ("县市场监管局将于7月组织2个督查组，分赴辖区各大型商场开展消防安全督查。", False),
    # near-miss: the team goes to the lower governments
    ("市应急管理局将于6月组织4个暗访组，赴各县（市、区）人民政府开展安全生产暗访检查。", True),
])
def test_gw301_team_formed_then_sent_to_entities(line, fires, fmt, tmp_path):
    src = _doc("鹰潭市应急管理局", "各县（市、区）人民政府：", [line], "关于开展安全生产检查的通知")
    found = _codes(src, fmt, tmp_path, "GW301")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW401: the visited side organises, introduces
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, fires", [
    (["调研期间，每个被调研单位召开一次职工座谈会。座谈会由被调研单位组织，时间控制在1小时。"], True),
    (["@table 项目|安排", "@table 调研时间|6月10日至12日", "@table 座谈安排|座谈会由所到县商务局召集企业代表参加，每次5家"], True),
    (["调研期间召开一次企业座谈会，请被调研企业负责人就本企业用工和技能培训情况作介绍。"], True),
    (["@heading1 一、调研内容", "1.企业用工保障情况。", "2.被调研县区作就业服务工作情况介绍。"], True),
    # near-miss: the team convenes its own 座谈
    (["调研期间召开一次企业座谈会，座谈会由调研组组织，不需各地陪同。"], False),
    (["@table 项目|安排", "@table 调研时间|6月10日至12日", "@table 座谈安排|座谈会由厅就业促进处召集，不需各地陪同"], False),
])
def test_gw401_visited_side_organises(body, fires, fmt, tmp_path):
    src = _doc("江西省人力资源和社会保障厅", "有关设区市人力资源和社会保障局：",
               ["为了解企业用工情况，省人力资源和社会保障厅将于6月中旬赴赣州、吉安开展就业形势调研。", *body],
               "关于开展就业形势专题调研的通知")
    found = _codes(src, fmt, tmp_path, "GW401")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: the sentence's own subject holds the event
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, line, fires", [
    ("九江市商务局", "九江市电子商务协会拟于6月举办直播电商发展论坛，现将有关信息转告如下，企业自愿报名参加。", False),
    ("九江市文化和旅游局", "省旅游学会拟于近期在庐山举办乡村旅游研讨会，请各县（市、区）文化和旅游局转告辖区民宿经营者。", False),
    # near-miss: the issuer itself holds it (its short name with 和 inside)
    ("九江市文化和旅游局", "市文化和旅游局拟于6月在庐山举办乡村旅游研讨会，请各县（市、区）文化和旅游局派员参加。", True),
])
def test_gw203_event_of_the_subject(issuer, line, fires, fmt, tmp_path):
    src = _doc(issuer, "各县（市、区）有关部门：", [line], "关于有关活动事项的函")
    found = _codes(src, fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW708: a 纪要 dated under its title
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("dated, fires", [(True, False), (False, True)])
def test_gw708_minutes_dated_under_title(dated, fires, fmt, tmp_path):
    lines = ["@issuer_mark 浮梁县人民政府常务会议纪要", "@doc_number 第12期", "@title 浮梁县人民政府常务会议纪要",
             *(["（2027年4月22日）"] if dated else []),
             "2027年4月21日上午，县长主持召开县政府常务会议，研究城区供水管网改造工作。现将会议议定事项纪要如下。",
             "一、关于城区供水管网改造", "会议同意将城区供水管网改造列入今年民生实事项目，由县住房和城乡建设局负责实施。",
             "出席：王某某、李某某、张某某"]
    found = _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW708")
    assert bool(found) == fires, [f.message for f in found]

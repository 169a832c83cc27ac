"""Readings g25a fixed in round 25 (holdout29's failures), each in surfaces of its own:

- GW101 (facts.carried_documents): a carried document (方案) that lists a table in its own 附件说明 (附件：××分工表,
  附件：1．…… 2．……) owns that attachment: the limit applies to the 方案 with its table, not to the notice with
  the table (holdout29 gw101-g16b).  A table the notice itself lists stays the notice's.
- GW103 (_told_speech): a leader's speech told under another word (并就……工作作动员部署, 作了全面部署, 作总结,
  致辞) is the speech a later 现将动员讲话印送/讲话稿印发 points back to (gw103-g22b); 工作总结/工作部署 as nouns tell
  no speech, and 现将会议精神传达如下 prints none.
- GW106 (submissions destination pattern): a platform whose whole name stands in quotes (上传至“××管理平台”) is a
  destination as 上传至“××”平台 is (gw106-g24c); a credit platform in quotes is still no report.
- GW106 (submissions.formed_teams): a team the issuer itself forms in the text (局组成3个工作组, 市局抽调……组成联合
  工作组, 本局成立片区工作组) reports to the issuer from its own people, whatever its name (gw106-g27c); a team
  the recipients form (各县区要组成工作组) reports from below.
- GW106 (submissions._previous_party): a sentence with no subject of its own goes on with the third party the sentence
  before it opens with (排污单位是执行报告的责任主体。年度执行报告应在……提交) (gw106-g09b); after a sentence on a lower
  unit (各县区生态环境局是监管主体。抽查报告于……报送) the recipients still report.
- GW102 (responsibility running_cost_title_pattern): a 保障措施 item titled 保障经费投入/加大资金投入/强化资金支持 that only
  says the running costs go into the budget is procedural (gw102-g18b); one that sets up a fund is a measure.
- docgen .docx: a heading's face follows its numbering (一、 黑体, （一） 楷体) whatever its mark, so a plan printed in
  the 正文 with 一、 items marked @heading2 is no GW707 (gw102-g61a in .docx).

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         number: str = "综字〔2027〕8号") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno=number, date="2027年6月14日")


def _sub(tmp_path, name) -> object:
    d = tmp_path / str(name)
    d.mkdir(exist_ok=True)
    return d


# ------------------------------------------------------------ GW101: a carried plan owns the table it lists
_PARA = "各地要坚持问题导向，统筹资源力量，完善工作机制，压实属地责任，推动各项任务落地见效，切实提升群众获得感和满意度。"  # 56 字
_ROW = "|{n}|围绕重点领域补短板强弱项，推进项目建设和运行管护，按年度目标抓好落实并开展评估|省发展改革委|省财政厅，各市人民政府|2028年底前"


def _plan_notice(own_list: bool, rows: int, listing: str) -> str:
    plan = "江西省城乡冷链物流设施补短板三年行动方案"
    table = "江西省城乡冷链物流设施补短板三年行动重点任务分工表"
    body = [f"《{plan}》已经省政府同意，现印发给你们，请认真贯彻执行。"]
    if own_list:
        body.append(f"附件：1．{plan}")
        body.append(f"2．{table}")
    tail = [f"@attachment_title {plan}", *[f"（{k}）{_PARA}" for k in range(1, 53)]]
    if not own_list:
        tail.append(listing.format(table=table))
    tail += ["@attachment_label 附件", f"@attachment_title {table}", "@table 序号|重点任务|牵头单位|配合单位|完成时限",
             *["@table " + _ROW.format(n=k).lstrip("|") for k in range(1, rows + 1)]]
    return marked_doc("江西省人民政府办公厅", "各市、县（区）人民政府，省政府各部门：", body, title=f"关于印发{plan}的通知",
                      docno="赣府办字〔2027〕21号", date="2027年3月8日", tail=tail)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("listing", ["附件：{table}", "附件：1．{table}", "附件：《{table}》"])
def test_gw101_plan_owns_the_table_it_lists(listing, fmt, tmp_path):
    found = _codes(_plan_notice(False, 24, listing), fmt, tmp_path, "GW101")
    assert len(found) == 1 and "行动方案" in found[0].message, [f.message for f in found]
    # the same table listed by the notice itself stays the notice's: neither part is over the limit
    assert not _codes(_plan_notice(True, 24, ""), fmt, _sub(tmp_path, "own"), "GW101")


# ------------------------------------------------------------ GW103: a speech told under another word
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("told, issued", [
    ("副市长王建军出席会议，并就下半年安全生产工作作动员部署。", "现将动员讲话印发给你们，请认真学习贯彻。"),
    ("县长李红梅同志对今冬明春森林防火工作作了全面部署。", "现将讲话稿印送各乡镇，请结合实际抓好落实。"),
    ("会议由副厅长主持，厅长张志强作总结。", "现将总结讲话印发你们，请认真组织学习。"),
])
def test_gw103_speech_told_under_another_word(told, issued, fmt, tmp_path):
    src = _doc("江山市应急管理局", "各乡镇人民政府、街道办事处：", [f"6月10日，全市召开工作推进会。{told}", issued,
                                                      "各地要对照任务清单，逐项抓好落实。"])
    assert len(_codes(src, fmt, tmp_path, "GW103")) == 1
    # no speech printed (会议精神传达如下), or 工作总结 a noun: quiet
    for k, (told2, issued2) in enumerate([("区长在会上就今年老旧小区改造工作作了部署。", "现将会议精神传达如下。"),
                                         ("各乡镇交流了工作总结。", "现将会议纪要印发给你们。")]):
        quiet = _doc("江山市应急管理局", "各乡镇人民政府、街道办事处：", [f"6月10日，全市召开工作推进会。{told2}", issued2])
        assert not _codes(quiet, fmt, _sub(tmp_path, str(k)), "GW103")


# ------------------------------------------------------------ GW106: a platform named wholly in quotes
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line", [
    ("长沙市雨花区教育局", "区属各中小学、幼儿园：", "各校自查后，整改报告请于6月20日前上传至“雨花区教育安全管理平台”。"),
    ("南平市市场监督管理局", "各县（市、区）市场监督管理局：", "二、各县局汇总辖区检查情况，于每月5日前上传至“南平市食品安全智慧监管系统”。"),
    ("黄山市文化和旅游局", "各区县文化和旅游局：", "各区县完成评估后，请于7月10日前上传至“黄山市文旅项目管理平台”。"),
])
def test_gw106_quoted_platform_name(issuer, recipients, line, fmt, tmp_path):
    src = _doc(issuer, recipients, ["现就有关事项通知如下。", line])
    assert len(_codes(src, fmt, tmp_path, "GW106")) == 1
    # a credit platform in quotes shares information, no report
    quiet = _doc("南平市市场监督管理局", "各县（市、区）市场监督管理局：",
                 ["现就有关事项通知如下。", "行政处罚信息于作出决定后7个工作日内推送至“南平市公共信用信息平台”。"])
    assert not _codes(quiet, fmt, _sub(tmp_path, "credit"), "GW106")


# ------------------------------------------------------------ GW106: teams the issuer forms report to it
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("formed, reports", [
    ("二、工作方式。局组成3个工作组分片开展现场查看。", "各工作组结束后3日内形成工作报告，报局办公室汇总。"),
    ("局抽调业务骨干成立2个工作组，分赴各校开展检查。", "工作组于检查结束后5日内形成检查报告，报局安全科。"),
    ("本局成立4个片区联络组，分片联系各学校。", "各片区联络组每周五前将联系情况报局办公室。"),
])
def test_gw106_issuer_own_teams(formed, reports, fmt, tmp_path):
    src = _doc("潍坊市寒亭区教育和体育局", "区属各学校：", ["现将有关事项通知如下。", formed, reports])
    assert not _codes(src, fmt, tmp_path, "GW106")
    # teams the recipients form report from below
    lower = _doc("潍坊市生态环境局", "各区生态环境分局：", ["现将有关事项通知如下。", "各分局要组成2个工作组开展排查。",
                                                    "各工作组于排查结束后5日内形成排查报告，报市局执法支队。"])
    assert len(_codes(lower, fmt, _sub(tmp_path, "lower"), "GW106")) == 1


# ------------------------------------------------------------ GW106: the party the sentence before opens with
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line", [
    "一、排污单位是执行报告的责任主体。年度执行报告应于次年1月31日前通过全国排污许可证管理信息平台提交。",
    "三、受托评估机构负责现场核查。评估报告于10月31日前提交市局。",
    "重点排污企业是自行监测的责任主体。监测报告须于每月5日前通过“宝鸡市污染源监控平台”提交。",
])
def test_gw106_previous_sentence_party(line, fmt, tmp_path):
    src = _doc("宝鸡市生态环境局", "各县区生态环境分局：", ["现就有关事项通知如下。", line])
    assert not _codes(src, fmt, tmp_path, "GW106")
    # after a sentence on the lower units themselves, the recipients report
    lower = _doc("宝鸡市生态环境局", "各县区生态环境分局：",
                 ["现就有关事项通知如下。", "各县区生态环境分局是抽查工作的责任主体。抽查报告须于10月31日前报送市局。"])
    assert len(_codes(lower, fmt, _sub(tmp_path, "lower"), "GW106")) == 1


# ------------------------------------------------------------ GW102: running costs under 保障措施, other titles
def _plan(item: str) -> str:
    plan = "抚州市农村寄递物流体系建设实施方案"
    return marked_doc("抚州市人民政府", "各县（区）人民政府，市政府各部门：", [f"现将《{plan}》印发给你们，请认真抓好落实。"],
                      title=f"关于印发{plan}的通知", docno="抚府发〔2027〕6号", date="2027年5月17日", tail=[
        f"@attachment_title {plan}",
        "@heading1 一、重点任务",
        "（一）建设县级寄递公共配送中心。2027年底前每个县建成1个县级配送中心。（责任单位：市商务局）",
        "（二）完善村级寄递服务站点。依托村邮站、便民超市建设村级站点。（责任单位：市邮政管理局）",
        "@heading1 二、保障措施",
        "（一）加强组织领导。成立工作专班，统筹推进各项任务。", item])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [
    "（二）保障经费投入。所需经费纳入年度财政预算。",
    "（二）加大资金投入。工作经费列入部门预算，按规定使用。",
    "（二）强化资金支持。实施方案所需经费由同级财政预算安排。",
])
def test_gw102_running_costs_other_titles(item, fmt, tmp_path):
    assert not _codes(_plan(item), fmt, tmp_path, "GW102")
    # an item that sets up a fund is a measure whatever its title
    found = _codes(_plan("（二）加大资金投入。设立农村寄递发展专项资金，每年安排2000万元，纳入年度财政预算。"), fmt,
                   _sub(tmp_path, "fund"), "GW102")
    assert any("加大资金投入" in f.message for f in found), [f.message for f in found]


# ------------------------------------------------------------ docgen: a heading's face follows its numbering
@pytest.mark.parametrize("marks", [("@heading1", "@heading2", "@heading2"), ("@heading2", "@heading2", "@heading1")])
def test_docx_heading_face_follows_numbering(marks, tmp_path):
    title, first, second = marks
    src = _doc("定西市人民政府办公室", "各县区人民政府，市政府各部门：", [
        "《定西市村庄清洁行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
        f"{title} 定西市村庄清洁行动方案", "为巩固村庄环境治理成果，制定本方案。",
        f"{first} 一、重点任务", f"{second} （一）开展集中清理。每季度集中清理一次房前屋后柴草堆。",
        f"{first} 二、保障措施", "市农村人居环境整治工作专班每半年开展一次观摩评比。"])
    assert not _codes(src, "docx", tmp_path, "GW707")

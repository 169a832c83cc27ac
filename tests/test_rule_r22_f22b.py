"""Classes f22b fixed in round 22 (holdout25r's GW102/GW103/GW106 misses and false alarms), in phrasings of its own:

- GW106: 报/送 before the issuer's own short name in a region word other than 省市县区 (报州局食品安全协调科, 送盟局
  草原管理科, 报旗局综合股) is a submission; an issuer of an autonomous prefecture, a league or a banner calls itself so.
- GW106: an ad-hoc body's office (工作专班办公室, 工作组办公室) issues like a department, at the level of its last known
  place (厦门市同安区…… → county); a one-cell-per-line table whose header names a receiver (接收人, 接收, 受理科室) is
  counted right; the finding stands at the time cell that writes the submission out (每日17时前报送……).
- GW106: 书面报告/报告 taking its material as object with no addressee (一个月内，书面报告整改落实情况; 一个月内报告
  整改落实情况) or with 向 + addressee before it (向市局报告) is a submission;
  a deadline in weeks or months (一个月内, 两周内, 3个月内) is a deadline.
- GW106 (near-miss) and GW103: a table or list that follows a sentence handing materials down (现将培训班有关材料印送
  你们 / 将会议有关资料汇编下发，资料目录如下：) lists what the issuer sends, no report form; a leader's speech among
  those items is a speech issued (GW103).
- GW102: a task article with no note between two noted articles of its chapter is an omission (第六条); frame articles
  (目的, 适用范围, 所称, 施行) are no measures even in a 若干规定; 【责任单位：……】 is a note; （××管委会负责）
  names a unit by its organ ending; 第四条 融资担保 市财政局安排…… has its subject after the title; an article of
  sanctions only (违规处理) is a rule of the norm.
- GW102 (false alarms): short names of autonomous divisions (延边州人民政府), a body under a known organ (省交通运输厅
  公路事业发展中心), 各县（市、区）交通运输局、财政局 (the 、 inside brackets), a carried document's own 附件说明 items
  (2. ……责任清单) and a 强化保障 section's 加强组织领导 are no unnamed measures; （××委托第三方机构实施） is a note.
- GW106 (near-misses): 向本级人民政府书面报告 has its own addressee; a team named as the actor (由……服务团队当面反馈,
  综合协调组……形成清单) is no lower unit.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, date: str = "2027年3月20日") -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="青专办〔2027〕8号", date=date)


# ------------------------------------------------------------ GW106: the issuer's own short name after 报/送
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, line, fires", [
    ("延边朝鲜族自治州农业农村局", "各县（市）农业农村局：",
     "（二）请各县（市）局于每季度末月20日前将本季度秸秆禁烧工作情况报州局种植业科。", True),
    ("锡林郭勒盟林业和草原局", "各旗县市（区）林业和草原局：",
     "各旗县市（区）林业和草原局于每月5日前将草原巡护台账送盟局草原管理科。", True),
    ("阿拉善左旗教育局", "各苏木镇中心学校：",
     "各校于6月30日前将安全隐患排查台账报旗局安全股。", True),
    ("延边朝鲜族自治州农业农村局", "各县（市）农业农村局：",
     "秸秆禁烧工作方案报州政府同意后印发。", False),
])
def test_gw106_own_short_name_addressee(issuer, recipients, line, fires, fmt, tmp_path):
    src = _doc(issuer, recipients, ["为做好有关工作，现就有关事项通知如下。", line], "关于做好有关工作的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: an ad-hoc office, a receiver column, the time cell
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, header, row, fires", [
    ("南宁市青秀区背街小巷整治工作专班办公室", "报送事项|时间要求|接收人",
     "整治进度|每周五12时前报送本周完成点位数|专班综合组", True),
    ("南宁市青秀区背街小巷整治工作专班办公室", "填报内容|时限|接收",
     "每日巡查情况|每日17时前填报当日巡查点位数|专班值班室", True),
    ("南宁市青秀区背街小巷整治工作组办公室", "报送事项|时间要求|受理科室",
     "整治进度|每周五12时前报送本周完成点位数|综合组", True),
    ("南宁市青秀区背街小巷整治工作专班办公室", "推送事项|推送时间|推送对象",
     "全区整治进度排名|每日18时前|各街道工作组", False),
])
def test_gw106_ad_hoc_office_table(issuer, header, row, fires, fmt, tmp_path):
    src = _doc(issuer, "各街道背街小巷整治工作组：",
               ["为掌握全区背街小巷整治进度，现将有关安排通知如下。", f"@table {header}", f"@table {row}",
                "联系人：李明，电话：0771-1234567。"], "关于建立整治进度报送制度的通知")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]
    if fires:
        assert "区政府" in found[0].message  # the office sits in the district: its government approves


# ------------------------------------------------------------ GW106: 书面报告 with its object, a deadline in weeks or months
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各区（县、市）交通运输局要督促问题企业整改。接到本通报之日起一个月内，书面报告整改落实情况。", True),
    ("各区（县、市）交通运输局要督促企业整改，接到本通报后一个月内报告整改落实情况。", True),
    ("各区（县、市）交通运输局要督促企业整改，一个月内向市局报告整改落实情况。", True),
    ("各区（县、市）交通运输局要督促企业整改，整改报告格式见附件。", False),
    ("各区（县、市）交通运输局要督促企业整改，两周内书面报送整改方案。", True),
    ("（三）自本通知印发之日起3个月内，各区（县、市）交通运输局书面报告专项整治工作总结。", True),
    ("各区（县、市）交通运输局要督促企业整改，形成书面报告的格式另行通知。", False),
    ("各区（县、市）交通运输局要督促企业一个月内整改到位，不再另行书面报告整改情况。", False),
    ("各区（县、市）交通运输局要定期向本级人民政府书面报告整改落实情况。", False),
    ("驾驶员体检结果在体检后1个月内由企业安全服务团队当面反馈。", False),
])
def test_gw106_written_report_without_addressee(line, fires, fmt, tmp_path):
    src = _doc("宁波市交通运输局", "各区（县、市）交通运输局：",
               ["11月，市交通运输局对全市客运企业开展了安全检查。现将检查情况通报如下。", line],
               "关于冬季道路运输安全检查情况的通报")
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW103 / GW106: materials handed down in a table or a list
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, items, speech", [
    ("为方便未参训人员学习，现将培训班有关材料印送你们。",
     ["@table 序号|材料名称|页数", "@table 1|王建国同志在开班式上的动员讲话|10", "@table 2|政策解读课件|30"], True),
    ("经市人民政府同意，将会议有关资料汇编下发，资料目录如下：",
     ["（一）上半年项目落地情况通报", "（二）市长王建国同志在推进会上的总结讲话", "（三）下半年重点项目清单"], True),
    ("为方便未参训人员学习，现将培训课件印送你们。",
     ["@table 序号|课件名称|主讲人", "@table 1|新课标下的大单元教学设计|陈立新教授", "@table 2|作业设计与管理|王芳研究员"],
     False),
])
def test_handed_down_lists(lead, items, speech, fmt, tmp_path):
    src = _doc("四川省人力资源和社会保障厅", "各市（州）人力资源社会保障局：",
               ["全省基层劳动保障监察员培训班已于10月21日至23日在成都举办。", lead, *items],
               "关于印送培训班材料的函")
    assert bool(_codes(src, fmt, tmp_path, "GW103")) == speech
    assert not _codes(src, fmt, tmp_path, "GW106")  # a list of what is handed down is no report form


# ------------------------------------------------------------ GW102: articles of a norm that shares work out by notes
def _articles(arts: list[str], kind: str = "暂行办法") -> str:
    return _doc("重庆市渝北区人民政府办公室", "各镇人民政府、街道办事处，区政府各部门：",
                [f"《渝北区支持数字经济发展{kind}》已经区政府同意，现印发给你们，请认真遵照执行。",
                 f"@attachment_title 渝北区支持数字经济发展{kind}", *arts],
                f"关于印发渝北区支持数字经济发展{kind}的通知")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("arts, kind, missing", [
    (["第一条 为推动数字经济发展，制定本办法。", "第二条 落户奖励。对新落户企业给予奖励。（区经济信息委负责）",
      "第三条 人才支持。对引进的高级人才给予安居补贴。", "第四条 融资支持。对贷款给予贴息。（区金融发展中心负责）",
      "第五条 本办法自印发之日起施行。"], "暂行办法", ["第三条"]),
    (["第一条 为推动数字经济发展，制定本细则。", "第二条 落户奖励。对新落户企业给予奖励。【责任单位：区经济信息委】",
      "第三条 人才支持。对引进的高级人才给予安居补贴。", "第四条 融资支持。对贷款给予贴息。【责任单位：区金融发展中心】"],
     "实施细则", ["第三条"]),
    (["第一条 为推动数字经济发展，制定本规定。", "第二条 本规定适用于在本区注册的数字经济企业。",
      "第三条 落户奖励 对新落户企业给予奖励，由区经济信息委负责。",
      "第四条 人才支持 对引进的高级人才给予安居补贴。", "第五条 融资支持 对贷款给予贴息，由区金融发展中心负责。"],
     "若干规定", ["第四条"]),
    (["第一条 落户奖励。对新落户企业给予奖励。（区经济信息委负责）",
      "第二条 办公用房。对入驻企业给予租金补贴。（仙桃数据谷管委会负责）",
      "第三条 融资担保 区财政局安排风险补偿资金，对首贷损失给予补偿。",
      "第四条 违规处理。对骗取补贴的，依法追回资金并追究责任。",
      "第五条 融资支持。对贷款给予贴息。（区金融发展中心负责）"], "暂行办法", []),
    (["@heading1 第一章 总则", "第一条 为推动数字经济发展，制定本办法。", "@heading1 第二章 扶持措施",
      "第二条 落户奖励。对新落户企业给予奖励。（区经济信息委负责）", "第三条 研发支持。对研发投入给予补助。（区科技局负责）",
      "第四条 人才安居。对引进的高级人才给予安居补贴。", "@heading1 第三章 申报程序",
      "第五条 申请。企业按年度提出申请，并提交有关证明材料。", "第六条 审核。申请材料经审核后予以公示，公示期5个工作日。",
      "@heading1 第四章 附则", "第七条 本办法自印发之日起施行。"], "暂行办法", ["第四条"]),
    (["第一条 河湖巡查。区级河湖长每季度巡河不少于1次，镇级河湖长每月不少于1次。",
      "第二条 清理四乱。清理河道乱占、乱采、乱堆、乱建问题。（责任单位：区水利局、区规划自然资源局）",
      "第三条 水污染防治。严格入河排污口监管。（区生态环境局负责）",
      "第四条 采砂管理。依法打击非法采砂行为。（区水利局负责）"], "河湖长制工作规定", []),
])
def test_gw102_articles(arts, kind, missing, fmt, tmp_path):
    found = [f for f in _codes(_articles(arts, kind), fmt, tmp_path, "GW102") if "条措施未明确" not in f.message]
    assert sorted(f.data["measure"] for f in found) == [_num(m) for m in missing], \
        [f.message for f in found]


def _num(article: str) -> int:
    return "一二三四五六七八九十".index(article[1]) + 1


# ------------------------------------------------------------ GW102: units the notes name, items that are no measures
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", [
    "（省文化和旅游厅，吉林市、延边州人民政府）",
    "（省交通运输厅公路事业发展中心）",
    "（各县（市、区）交通运输局、财政局）",
    "（红河州财政局、临夏州农业农村局）",
    "（省文化和旅游厅委托第三方机构实施）",
])
def test_gw102_units_in_notes(note, fmt, tmp_path):
    src = _doc("吉林省人民政府办公厅", "各市（州）人民政府，省政府各厅委办：",
               ["《冰雪经济发展行动方案》已经省政府同意，现印发给你们，请认真贯彻执行。",
                "@attachment_title 冰雪经济发展行动方案", "@heading1 一、重点任务",
                "（一）建设冰雪度假区。提升滑雪度假区接待能力。（省文化和旅游厅）",
                f"（二）办好冰雪节庆。办好雾凇冰雪节。{note}",
                "（三）发展冰雪装备。引进装备企业。（省工业和信息化厅）",
                "@heading1 二、强化保障", "（四）加强组织领导。建立冰雪经济发展联席会议制度，每半年召开一次会议。"],
               "关于印发冰雪经济发展行动方案的通知")
    found = _codes(src, fmt, tmp_path, "GW102")
    assert not found, [f.message for f in found]


_INNER_NOTE_PLAN = """@doc_number 漳政综〔2027〕8号
@title 漳州市人民政府关于印发漳州市农村物流建设行动方案的通知
@recipients 各县（区）人民政府，市直各单位：
现将《漳州市农村物流建设行动方案》印发给你们，请认真贯彻执行。
@signature 漳州市人民政府
@date 2027年3月20日
@attachment_title 漳州市农村物流建设行动方案
@heading1 一、主要任务
1. 完善县乡村三级物流配送体系，推动快递、邮政共同配送。
2. 改造提升乡镇商贸中心，引导连锁商超向乡镇延伸。
3. 发展农村电商，培育农产品电商品牌。
各项任务的责任单位详见附件2，各责任单位要细化年度计划。
@attachment_note 附件：1. 农村物流重点项目清单
@attachment_note {second}
@attachment_label 附件1
@attachment_title 农村物流重点项目清单
@table 序号|项目名称|总投资（万元）
@table 1|平和县电商物流产业园|18000
@attachment_label 附件2
@attachment_title 农村物流任务责任清单
@table 序号|任务|责任单位
@table 1|完善县乡村三级物流配送体系|市商务局、市邮政管理局
@table 2|改造提升乡镇商贸中心|市商务局
@table 3|发展农村电商|市商务局、市农业农村局
"""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second", ["2. 农村物流任务责任清单", "2．农村物流任务责任分工表"])
def test_gw102_inner_attachment_note_is_no_measure(second, fmt, tmp_path):
    found = _codes(_INNER_NOTE_PLAN.format(second=second), fmt, tmp_path, "GW102")
    assert not found, [f.message for f in found]

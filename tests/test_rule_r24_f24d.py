"""Classes f24d fixed in round 24 (holdout28p's probes of families 2 and 3), in phrasings of its own:

- GW301 (inspections.object_label_rx): the object of an inspection told by a label naming the activity by any of
  its trigger words (暗访对象为, 测评对象为, 暗访的对象是, 评价范围 | ……, 参评单位为) names the lower governments
  inspected, wherever it stands (numbered item, next sentence, table row, 注：); the finding points there
  (holdout28p gw301-g80b/c).  Not when the object named is no government (暗访对象为定点医药机构).
- GW301 (inspections._target): a department's own name says nothing of what it inspects (县卫生健康局/县医疗保障局
  ……组织暗访: no 卫生/医疗 inspected); a 卫生院 after 对 still is (gw301-g80c).
- GW301 (inspections.ranked_anywhere): an 评估/评价/测评 whose scores are ranked (测评得分……排序; a 结果运用 row
  按总分由高到低排名) grades those it evaluates, as 评价结果……通报 did (gw301-g80b); not when the scores are
  said not to be ranked.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str, attachment: list[str] | None = None) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕8号", date="2027年6月14日",
                      tail=["@page_break", "@attachment_label 附件", *attachment] if attachment else ())


_SCORE_TABLE = ["@attachment_title 2027年度安全生产工作评价细则", "@table 项目|内容", "@table 评价范围|各县（市、区）人民政府",
                "@table 评价内容|隐患排查治理（50分）；应急演练（50分）"]


# ------------------------------------------------------------ GW301: the object told by a label of any trigger
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, title, attachment", [
    # a numbered item, 测评对象为, ranked by 得分 in the next item
    ("四川省林业和草原局", "各市（州）人民政府，省直有关部门：",
     ["为推动林长制落地见效，省林业和草原局决定于2027年10月开展年度测评。", "一、测评安排",
      "（一）测评对象为各市（州）人民政府，采取资料审核和实地核查相结合的方式。", "（二）测评得分按由高到低排序，在全省通报。"],
     "关于开展2027年度林长制工作测评的通知", None),
    # split sentences, 暗访的对象是, the issuer's name holding 医疗
    ("泸县医疗保障局", "各镇人民政府，县直有关单位：",
     ["县医疗保障局从5月起每季度组织一次明查暗访。", "暗访的对象是全县各镇人民政府，重点看医保经办服务站点运行情况。",
      "暗访结果按得分排名，排名末位的在全县通报。"], "关于开展医保经办服务明查暗访的通知", None),
    # a table row 评价范围, the ranking in the 结果运用 row
    ("唐山市应急管理局", "各县（市、区）人民政府，市直有关部门：",
     ["市应急管理局决定开展2027年度安全生产工作评价，评价细则见附件。"], "关于开展安全生产工作评价的通知",
     [*_SCORE_TABLE, "@table 结果运用|按总分由高到低排名，以市应急管理局文件印发"]),
    # 注： 参评单位为, the issuer's name holding 卫生
    ("江北区卫生健康委员会", "各街道办事处，区级有关部门：",
     ["区卫生健康委将于12月组织年度爱国卫生工作考评。", "注：参评单位为全区12个街道办事处。"],
     "关于开展爱国卫生工作考评的通知", None),
])
def test_gw301_object_label_of_any_trigger(issuer, recipients, body, title, attachment, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title, attachment), fmt, tmp_path, "GW301")
    assert found, "no GW301"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, body, title, attachment", [
    # the object declared is no government
    ("泸县医疗保障局", "各镇人民政府，县直有关单位：",
     ["县医疗保障局从5月起每季度组织一次明查暗访。", "暗访对象为全县定点医药机构，重点看医保结算是否规范。",
      "暗访结果按得分排名，排名末位的在全县通报。"], "关于开展定点医药机构明查暗访的通知", None),
    # the scores are not ranked
    ("唐山市应急管理局", "各县（市、区）人民政府，市直有关部门：",
     ["市应急管理局决定开展2027年度安全生产工作评价，评价细则见附件。"], "关于开展安全生产工作评价的通知",
     [*_SCORE_TABLE, "@table 结果运用|得分只作为改进工作的参考，不排名、不通报"]),
    # 卫生院 after 对 is what is inspected, whatever the issuer's name
    ("泸县卫生健康局", "各镇人民政府，县直有关单位：",
     ["县卫生健康局决定于10月对各镇卫生院开展年度绩效考核，考核得分在全县排名通报。"], "关于开展乡镇卫生院绩效考核的通知", None),
])
def test_gw301_object_label_near_misses(issuer, recipients, body, title, attachment, fmt, tmp_path):
    found = _codes(_doc(issuer, recipients, body, title, attachment), fmt, tmp_path, "GW301")
    assert not found, [f.message for f in found]


# ------------------------------------------------------------ GW303: the label's object after a verb choosing it
def _plain(issuer: str, recipients: str, title: str, body: list[str]) -> str:
    return marked_doc(issuer, recipients, body, title=f"关于{title}的通知", docno="综字〔2027〕8号", date="2027年6月14日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, title, body, fires", [
    ("江苏省住房和城乡建设厅", "各设区市住房城乡建设局：", "开展建筑施工安全检查",
     ["省厅将组成4个组，于7月中旬随机选取20个在建工地进行检查指导，现场查看脚手架、起重机械和临边防护。"], False),
    ("沭阳县民政局", "各乡镇民政办，县直有关单位：", "开展养老机构消防安全检查",
     ["二、检查安排", "（一）县民政局于11月下旬分2个组，抽取部分养老机构开展检查指导，重点查看消防通道和用电安全。"], False),
    ("长治市商务局", "各县（区）商务局：", "开展成品油市场检查",
     ["市商务局将于9月开展成品油市场检查，安排如下。", "@table 时间|内容", "@table 9月上旬|各县（区）商务局对辖区加油站开展自查",
      "@table 9月下旬|市商务局随机抽查部分加油站开展检查指导"], False),
    ("浙江省市场监督管理局", "各市、县（市、区）市场监督管理局：", "开展节前商超食品安全检查",
     ["省局组成3个组，1月下旬赴嘉兴、湖州等地，随机抽取大型超市开展检查指导，现场查看临期食品处置。"], False),
    # places chosen, no regulated party: research under an inspection's name still
    ("甘肃省教育厅", "各市（州）教育局：", "开展乡村教育振兴调研督导",
     ["为深入了解乡村学校办学中的困难，听取基层意见建议，省教育厅将于5月随机抽取部分县（市、区）开展调研督导，走访乡村学校、召开座谈会。"],
     True),
])
def test_gw303_object_chosen_by_a_verb(issuer, recipients, title, body, fires, fmt, tmp_path):
    found = _codes(_plain(issuer, recipients, title, body), fmt, tmp_path, "GW303")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW203: the forwarded original's events are another's
_FWD = {
    "m1": ["@doc_number 柳政办函〔2027〕31号",
           "@title 柳州市人民政府办公室转发自治区商务厅关于举办中国—东盟跨境电商合作论坛的通知",
           "@recipients 各县、区人民政府，市直有关部门：",
           "现将《广西壮族自治区商务厅关于举办中国—东盟跨境电商合作论坛的通知》转发给你们，请各县、区组织辖区跨境电商企业报名参会。",
           "附件：广西壮族自治区商务厅关于举办中国—东盟跨境电商合作论坛的通知",
           "@signature 柳州市人民政府办公室", "@date 2027年8月20日", "@page_break", "@attachment_label 附件",
           "@attachment_title 广西壮族自治区商务厅关于举办中国—东盟跨境电商合作论坛的通知",
           "各市人民政府办公室，自治区直属有关单位：",
           "我厅定于2027年9月20日在南宁国际会展中心举办中国—东盟跨境电商合作论坛，请各市组织企业参加。",
           "广西壮族自治区商务厅", "2027年8月10日"],
    # no page break before the carried document, a ministry's 我部
    "m4": ["@doc_number 湘农办〔2027〕40号",
           "@title 湖南省农业农村厅办公室转发农业农村部办公厅关于举办全国智慧农业创新发展研讨会的通知",
           "@recipients 各市州农业农村局：",
           "现将《农业农村部办公厅关于举办全国智慧农业创新发展研讨会的通知》转发给你们，请各市州推荐1至2家企业参会。",
           "附件：农业农村部办公厅关于举办全国智慧农业创新发展研讨会的通知",
           "@signature 湖南省农业农村厅办公室", "@date 2027年8月20日", "@attachment_label 附件",
           "@attachment_title 农业农村部办公厅关于举办全国智慧农业创新发展研讨会的通知",
           "各省、自治区、直辖市农业农村厅（局、委）：",
           "我部定于2027年9月16日在长沙举办全国智慧农业创新发展研讨会，现将有关事项通知如下。",
           "农业农村部办公厅", "2027年8月12日"],
    # a printed plan of its own holds its own forum
    "m3": ["@doc_number 柳商发〔2027〕31号", "@title 柳州市商务局关于印发《2027年柳州跨境电商发展工作方案》的通知",
           "@recipients 各县、区商务主管部门：", "现将《2027年柳州跨境电商发展工作方案》印发给你们，请认真贯彻落实。",
           "@signature 柳州市商务局", "@date 2027年8月20日", "@page_break", "@attachment_label 附件",
           "@attachment_title 2027年柳州跨境电商发展工作方案",
           "我局定于2027年9月20日在柳州国际会展中心举办柳州跨境电商发展论坛，邀请企业参加。"],
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("key, fires", [("m1", False), ("m4", False), ("m3", True)])
def test_gw203_forwarded_original_is_anothers(key, fires, fmt, tmp_path):
    found = _codes("\n".join(_FWD[key]) + "\n", fmt, tmp_path, "GW203")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW302: proof named in the note of a form's proof header
_RECEIPT = ["@doc_number 武林函〔2027〕15号", "@title 武平县林业局关于开展森林防火宣传月活动的通知",
            "@recipients 各乡（镇）林业站，县直有关单位：", "县林业局定于3月在全县开展森林防火宣传月活动，各林业站组织进村入户宣传。",
            "请于2027年4月5日前将回执报县林业局防火办。", "附件：森林防火宣传月活动开展情况回执", "@signature 武平县林业局",
            "@date 2027年2月26日", "@page_break", "@attachment_label 附件", "@attachment_title 森林防火宣传月活动开展情况回执"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lines, count", [
    # a reply form's header, another proof word, no cell filled
    ([*_RECEIPT, "@table 单位|宣传场次|发放资料份数|支撑材料（活动照片不少于3张、入户宣传登记表）", "@table 　|　|　|　"], 1),
    # a zone's office, the form in the body after a numbered heading
    (["@doc_number 西经管办〔2027〕9号", "@title 西安经济技术开发区管委会办公室关于开展垃圾分类宣传周活动的通知",
      "@recipients 各街道办事处，管委会各部门：", "管委会定于6月第二周开展垃圾分类宣传周活动，各街道组织社区开展入户宣传。",
      "二、信息报送", "活动结束后3个工作日内，各街道填写下表报管委会城管局。",
      "@table 街道|入户户数|佐证资料（宣传现场照片、居民签字表）"], 1),
    # a scoring table's proof column: its cells are told, the header's note not again
    (["@doc_number 昌州教发〔2027〕61号", "@title 昌吉州教育局关于开展语言文字规范化评估的通知", "@recipients 各县市教育局：",
      "现开展2027年评估工作。评估指标和要求见下表。", "@table 序号|评估指标|分值|佐证材料（照片、台账）",
      "@table 1|教师普通话水平达标率|30|教师普通话测试等级名册", "@table 2|校园语言文字环境建设|20|校园环境照片",
      "@signature 昌吉回族自治州教育局", "@date 2027年5月12日"], 1),
])
def test_gw302_proof_in_a_header_note(lines, count, fmt, tmp_path):
    found = _codes("\n".join(lines) + "\n", fmt, tmp_path, "GW302")
    assert len(found) == count, [f.message for f in found]

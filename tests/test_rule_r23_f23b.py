"""Readings f23b fixed in round 23 (holdout26/26r GW102 and GW803 failures), each in surfaces of its own:

- units.responsible_units(answering=True): partners given in running text to a lead that is only a generic
  collective (……，由相关单位牵头，区财政局、区商务委配合; 相关部门负责，县财政局配合; 并由有关单位牵头组织实施，……做好配合)
  join the lead and do not stand in for it -- the note forms read without brackets (holdout26r gw102-g03c).  A
  named lead (由区商务委牵头，有关单位配合; 由区商务委会同区财政局负责) still names the unit.
- facts.role_noted: a member named by the post he holds towards the villages or the cases -- 包/挂/联/驻 + 村、片、
  点、案、户、企业 + (的) + (本级党委、政府的) 领导、干部、委员、班子成员 (挂村的镇党委委员包片推进; 各村包村领导
  带领……; 由联点的县领导督促……) -- is as determinate as a name in a township's own plan (gw102-g06a).
- units: the villages and communities under a township or street office (各村（社区）, 各社区居委会, 各行政村, 各村（居）
  民委员会) are a determinate set, each answering for its own share, as the lower governments' collectives are; beside a
  generic collective of departments (各村（社区）、镇有关部门) they are the 各地各部门 written out (gw501-g21b).
- units: a division of the issuer written without its prefix, opening a clause before 负责/牵头/会同 (危化品安全监管处会同
  市应急指挥中心负责; 综合规划科负责) is a unit as it is inside a note; 各处室 is not (holdout26 gw102-g06b); 外事 in an
  own-level department's name (州外事办) is no 外 of 市外 (holdout26r gw102-g23c, a table cell).
- facts.task_measures: a policy part without numbered items whose sections are titles without numbers, the paragraphs
  under them mostly closed by notes naming units: each paragraph is a measure, the one without a note unassigned
  (holdout26r gw102-g01b).
- GW106 readings: 小结 is a material as 总结 is (本回执连同整治工作小结……报市局; gw106-g01b); a mailbox after 发送至 (an
  address or ××邮箱) is where a recurring form is handed up, not in a meeting's business (gw106-g21a); 汇总后 with only
  a time and a channel before the verb, the check set by the sentence before (排查表按县填写。请各市汇总后，于……前通过
  ……系统上传; holdout26 gw104-g02c); a table presented as the list of what to hand up (报送材料清单如下：) has its
  finding on that lead (gw106-g01a); the attachment table of a relayed demand (按照自治区党委、政府……的要求，请……按附表
  ……报送) is that relayed demand (holdout26 gw106-g15c).
- GW803: 登陆 whose object within its clause is a site, platform, system or account is 登录 (登陆××厅网站); 做出 with an
  abstract object after a modifier joined by 的 (做出取消其评审资格的处理) is 作出 (gw803-g31c).  Typhoons landing stay.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes


def _plan(issuer: str, recipients: str, plan: str, items: list[str]) -> str:
    return plan_doc(issuer, recipients, plan, items, docno="综发〔2027〕11号", date="2027年5月20日")


# ------------------------------------------------------------ GW102: generic lead, named partners in running text
_COUNTY = ("上犹县人民政府", "各乡镇人民政府，县直各单位：", "上犹县农村电商提升行动方案")
_ITEMS = [
    "一、建设县级电商公共服务中心。整合快递分拣、直播带货和培训功能，2027年底前建成运营，由县商务局负责。",
    "二、培育网络销售主体。对年网络零售额首次突破500万元的企业给予10万元奖励，县商务局会同县财政局负责。",
    "三、{third}",
    "四、完善农产品上行物流。开通茶叶、脐橙寄递专线，由县交通运输局会同县邮政分公司负责。",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("third, fires", [
    ("打造直播电商基地。对入驻基地的直播团队给予场租减免，由相关单位牵头，县财政局、县人社局配合。", True),
    ("打造直播电商基地。对入驻基地的直播团队给予场租减免，相关部门负责，县财政局配合。", True),
    ("打造直播电商基地。对入驻基地的直播团队给予场租减免，并由有关单位牵头组织实施，县财政局、县人社局做好配合。", True),
    ("打造直播电商基地。对入驻基地的直播团队给予场租减免，由县商务局牵头，有关单位配合。", False),
    ("打造直播电商基地。对入驻基地的直播团队给予场租减免，由县人社局会同县财政局负责。", False),
])
def test_gw102_generic_lead_partners_in_running_text(third, fires, fmt, tmp_path):
    issuer, recipients, plan = _COUNTY
    items = [x.format(third=third) for x in _ITEMS]
    found = _codes(_plan(issuer, recipients, plan, items), fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]
    if fires:  # the item and the document-level count
        assert any("三、" in f.message for f in found), [f.message for f in found]


# ------------------------------------------------------------ GW102: members named by their post towards villages
_TOWN = ("赣县区王母渡镇人民政府", "各村（居）民委员会，镇直各单位：", "王母渡镇油茶低产林改造实施方案")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("fourth, fires", [
    ("四、开展技术培训。各村挂点干部组织油茶种植户参加修剪、施肥培训，每季度不少于一次。", False),
    ("四、开展技术培训。由联片的镇班子成员督促各村组织油茶种植户参加培训，每季度不少于一次。", False),
    ("四、开展技术培训。分包村的镇领导干部带领农技人员进村入户指导修剪、施肥，每季度不少于一次。", False),
    ("四、开展技术培训。组织油茶种植户参加修剪、施肥培训，每季度不少于一次。", True),
])
def test_gw102_township_members_by_post(fourth, fires, fmt, tmp_path):
    issuer, recipients, plan = _TOWN
    items = ["一、摸清低产林底数。对全镇油茶林逐块登记，建立改造台账，镇农业综合服务中心负责。",
             "二、实施品种改良。对低产油茶林实施高接换冠，由镇林业工作站会同镇农业综合服务中心负责。",
             "三、落实改造补助。按每亩800元标准兑现补助，镇财政所负责资金拨付。", fourth]
    found = _codes(_plan(issuer, recipients, plan, items), fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: the villages and communities of a township
_STREET = ("南昌市西湖区朝农街道办事处", "各社区居民委员会，街道各科室：", "朝农街道老旧小区电动自行车充电设施建设方案")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("third, fires", [
    ("3.组织入户宣传。逐户发放安全用电告知书，劝导居民不在楼道充电。（责任单位：各社区居委会）", False),
    ("3.组织入户宣传。各村（社区）负责逐户发放安全用电告知书，劝导居民不在楼道充电。", False),
    ("3.组织入户宣传。逐户发放安全用电告知书，劝导居民不在楼道充电。（责任单位：各社区、街道有关部门）", True),
])
def test_gw102_communities_under_a_street_office(third, fires, fmt, tmp_path):
    issuer, recipients, plan = _STREET
    items = ["1.摸排充电需求。对辖区32个老旧小区逐一摸排电动自行车数量和充电需求。（责任单位：街道城市管理科）",
             "2.建设集中充电点。每个小区至少建成一处集中充电棚，10月底前完工。（责任单位：街道经济发展科）", third,
             "4.开展消防检查。每月对充电棚开展一次消防检查。（责任单位：街道应急管理办公室）"]
    found = _codes(_plan(issuer, recipients, plan, items), fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW803: 登陆 a site, 做出……的处理
def _notice(body: list[str]) -> str:
    return marked_doc("江西省人力资源和社会保障厅", "各设区市人力资源和社会保障局：", body, title="关于公布技工院校评估结果的通知",
                      docno="赣人社字〔2027〕40号", date="2027年9月2日")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("line, fires", [
    ("各院校可于9月10日后登陆江西省技工教育管理平台下载评估报告。", True),
    ("请学生本人登陆省人社厅官网“办事大厅”栏目查询。", True),
    ("对评估中弄虚作假的2所院校，评估专家组已做出撤销其评估等次的处理。", True),
    ("对评估中弄虚作假的2所院校，评估专家组已作出撤销其评估等次的处理。", False),
    ("台风“杜苏芮”登陆前，各院校已将住校学生转移到安全场所。", False),
])
def test_gw803_login_and_zuochu(line, fires, fmt, tmp_path):
    found = _codes(_notice(["2027年全省技工院校办学水平评估工作已经结束。", line]), fmt, tmp_path, "GW803")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: a division of the issuer named without its prefix
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second, fires", [
    ("二、开展隐患排查。对全市加油站开展油气回收装置专项检查，综合规划科会同市消防救援支队负责。", False),
    ("二、开展隐患排查。对全市加油站开展油气回收装置专项检查，执法监督处负责组织实施。", False),
    ("二、开展隐患排查。对全市加油站开展油气回收装置专项检查，各处室按职责负责。", True),
])
def test_gw102_bare_division_subject(second, fires, fmt, tmp_path):
    items = ["一、完善监测预警。将全市重大危险源企业接入预警平台。（责任单位：局风险监测处）", second,
             "三、强化应急演练。每半年组织一次联合演练。（责任单位：局应急救援处）",
             "四、加强执法培训。每季度组织一次执法业务培训。（责任单位：市应急管理综合行政执法支队）"]
    found = _codes(_plan("抚州市应急管理局", "各县（区）应急管理局，局机关各科室：", "抚州市成品油安全专项整治方案", items),
                   fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW102: sections titled without numbers
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("missing, fires", [
    ("支持景区在暑期延长开放时间，推出夜游产品。", True),
    ("支持景区在暑期延长开放时间，推出夜游产品。（责任单位：市文化广电旅游局）", False),
])
def test_gw102_untitled_sections(missing, fires, fmt, tmp_path):
    items = ["为促进假日消费，制定本方案。", "@heading1 扩大文旅消费",
             "举办消费季活动，发放文旅消费券1000万元。（责任单位：市商务局、市财政局）", missing,
             "@heading1 改善消费环境", "开展预付卡消费专项整治。（责任单位：市市场监管局）",
             "@heading1 优化交通保障", "增开节假日景区公交专线。（责任单位：市交通运输局）"]
    found = _codes(_plan("赣州市商务局", "各县（市、区）商务局，市直有关单位：", "赣州市假日消费提振方案", items),
                   fmt, tmp_path, "GW102")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ GW106: where and what a lower unit is asked to hand up
def _dept(issuer: str, recipients: str, body: list[str], att: list[str] | None = None) -> str:
    return marked_doc(issuer, recipients, [*body, *(["附件：有关情况统计表"] if att else [])], title="关于开展有关工作的通知",
                      docno="综函〔2027〕21号", date="2027年4月8日",
                      tail=["@attachment_label 附件", "@attachment_title 有关情况统计表", *att] if att else ())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body, att, fires", [
    # a 注 asking for a 小结 with the table (小结 is a material as 总结 is)
    (["全市开展燃气安全专项整治。"], ["@table 县（区）|检查企业数|发现隐患数", "@table ||",
                              "注：各县（区）专项整治工作小结，于5月31日前加盖公章后报市住建局城建科。"], True),
    # a recurring scan sent to a mailbox (a literal address after 发送至)
    (["全市开展燃气安全专项整治。"], ["@table 县（区）|检查企业数|发现隐患数", "@table ||",
                              "注：各县（区）住建局于每月5日前将本表加盖公章的扫描件发送至jxrq2027@163.com。"], True),
    # a meeting's business sent to a mailbox is none
    (["定于4月20日召开全市燃气安全工作会议，请作交流发言的县（区）于会前3天将发言材料发送至市住建局城建科邮箱。"], None, False),
    # 汇总后, a time and a channel, then the verb; the check set by the sentence before
    (["全市开展燃气用户安全排查。"], ["@table 序号|县（区）|用户数|隐患数", "@table 1|||",
                                 "注：排查表按乡镇分别填写。请各县（区）住建局汇总后，于5月10日前通过全市燃气安全监管系统上传。"], True),
    # the table hands up what a relayed demand asks: no demand of the issuer's own
    (["按照省住房城乡建设厅关于建立燃气安全按月调度机制的要求，请各县（区）住建局按附表所列内容和时间报送有关情况。"],
     ["@table 报送内容|报送时间|报送方式", "@table 燃气隐患整改数|每月5日前|通过省燃气安全监管平台报送"], False),
])
def test_gw106_notes_mailboxes_compiled_relayed(body, att, fires, fmt, tmp_path):
    src = _dept("抚州市住房和城乡建设局", "各县（区）住房和城乡建设局：", body, att)
    found = _codes(src, fmt, tmp_path, "GW106")
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw106_table_presented_as_list(fmt, tmp_path):
    src = _dept("抚州市住房和城乡建设局", "各县（区）住房和城乡建设局：",
                ["全市开展燃气安全专项整治。", "各县（区）需报送的材料清单如下：",
                 "@table 报送材料|报送时间|报送方式", "@table 整治工作总结|6月30日前|燃气安全监管系统",
                 "@table 隐患整改台账|6月30日前|燃气安全监管系统", "联系人：市住建局城建科 李明，电话：0794-8226001。"])
    found = _codes(src, fmt, tmp_path, "GW106")
    assert len(found) == 1, [f.message for f in found]
    # the finding stands on the lead presenting the table, not on its first row
    assert "清单如下" in found[0].excerpt, found[0].excerpt

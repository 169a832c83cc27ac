"""Readings f26a touched in round 26 (issue 15), each on surfaces written before the code changed.

1. "Is a demand current, or one the sentence stops?" (GW104; holdout30 gw104-g65a).  A 要求 inside a relative
   clause (要求……的 + noun) whose head the same sentence stops, abolishes or drops (……的周报表，自……起停止使用;
   ……的台账同时废止; ……的月报今后不再报送) is a demand of the past being lifted, whatever time word (今年1月前,
   去年, 年初, 上半年) or none precedes it; not a directive of the issuer.  Near-misses: a relative clause whose head
   the sentence upholds (……的整改任务，必须按期完成; ……的台账，不得取消), a stop word inside the modifier
   (对停止使用的设备进行登记), a stop in a later clause about something else, a directive after the stopped one.
   Base 461e8aa9: 8 of 8 innocent surfaces wrong (GW104 fired), 0 of 8 guilty ones wrong.
2. "Who does the work: a lower level named without 各" (GW105; holdout29r gw106-g11c, holdout30 gw401-g31b).  A bare
   collective (乡镇, 镇街, 县区, 镇（街道）) right after a pivot verb (督促乡镇落实……, 指导县区建立……) does the work; one
   relieved of it (不再要求镇街报送……) is concerned, as 各镇街 is; a table cell listing persons (陪同人员 | 所在区政府分管
   负责同志、区工信局局长; 所到镇政府主要负责同志) gives that level the work of attending.  Near-misses: the collective
   qualifying a noun (指导乡镇卫生院, 组织县区公路站站长, 督促乡镇敬老院), a place (在乡镇设立), another lead (根据县区
   反映), a prohibition on others (市直部门不得要求镇街报送), a cell of the issuer's and firms' people only.
   Base 461e8aa9: 7 of 8 concerned surfaces wrong (GW105 fired), 0 of 7 idle ones wrong.
3. "Is 由 an agent marker or the start of a path" (GW105; holdout29r gw105-g70a, a MISS).  由 + a place + place words
   + a verb of moving (经办大厅由沈阳市和平区南京南街迁至……; 由锦州市凌河区解放路迁往……) names where a thing moves
   from: the place does no work.  Near-misses: 由 + a body + a verb (由沈阳市人民政府负责……; 由沈阳市负责将档案迁至
   新址; 由大连市组织……，迁至新址后……).  Base 461e8aa9: 1 of 5 path surfaces wrong (the others the unit reading
   misses anyway), 0 of 5 agent ones.
4. "Whose work: the bodies work is split among" (GW105; the reading behind holdout30 gw107-g13c).  Tasks, quotas or
   targets 分解到/下达到/分配给/分解至 a lower collective (造林任务已下达到各县（区）; 目标任务分配给各乡镇) are that level's
   work, the split done or not.  Near-misses: split among the issuer's own departments, funds to named departments or
   project units, materials 寄送到 others, a place word qualifying another noun; a body coordinated with the first
   (分解到市直各部门和各县（区）) is split among too (holdout30 gw107-g13c).  Base 461e8aa9: 2 of 6 concerned surfaces wrong, 0 of 5 idle.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc
from .drafts import lint_codes as _codes


def _doc(issuer: str, recipients: str, body: list[str], title: str = "关于做好有关工作的通知",
         tail: list[str] = ()) -> str:
    return marked_doc(issuer, recipients, body, title=title, docno="综字〔2027〕18号", date="2027年7月14日",
                      tail=tail)


_PROV = ("江西省生态环境厅", "各设区市人民政府：")
_PROV2 = ("湖南省农业农村厅", "各市州人民政府，各县（市、区）人民政府：")
_COUNTY = ("来安县农业农村局", "各乡镇人民政府：")
_CITY = ("遵义市水务局", "各县（市、区）人民政府：")


# ------------------------------------------------------------ 1. a demand stopped by its own sentence
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body, tail, fires", [
    # innocent: the demand is the head of what is stopped
    (_PROV, ["上半年督察整改进展总体顺利。", "今年1月前要求各设区市同步填写的整改进展周报表，自本通知印发之日起停止使用。"], (), False),
    (_PROV2, ["一、春播进度统一从农情调度系统提取。", "二、去年要求各县（市、区）人民政府每周报送的春播进度表同时废止。"], (), False),
    (_COUNTY, ["秸秆禁烧工作进入常态化管理。", "年初要求各乡镇人民政府每日报送的禁烧巡查记录，即日起取消，改由网格员在系统中填报。"], (), False),
    (_CITY, ["汛期信息统一由市防汛指挥系统自动汇总。", "原先要求各县（市、区）人民政府按旬报送的水情分析材料，今后不再报送。"], (), False),
    (_PROV2, ["现将有关事项通知如下。", "三、2026年要求各市州人民政府按月报送的《耕地保护工作台账》，自2027年8月起作废。"], (), False),
    (_CITY, ["现将有关事项通知如下。", "附件：调整事项清单"],
     ["@attachment_label 附件", "@attachment_title 调整事项清单", "@table 序号|调整事项",
      "@table 1|上半年要求各县（市、区）人民政府每周报送的河长巡河日志汇总表停止报送"], False),
    (_COUNTY, ["现将有关事项通知如下。", "各乡镇农技站继续做好技术服务。",
               "注：春耕期间要求各乡镇人民政府填写的农资储备日报表，自5月1日起停止使用。"], (), False),
    (_PROV, ["督察整改转入常态化调度。", "此后，一季度要求各设区市人民政府报送的纸质销号材料一律不再报送，以系统记录为准。"], (), False),
    # guilty: a demand upheld, a stop that is not the demand's, or a directive besides the stopped one
    (_PROV, ["现将有关事项通知如下。", "要求各设区市人民政府于6月底前完成的整改任务，必须按期完成。"], (), True),
    (_PROV, ["现将有关事项通知如下。", "各设区市人民政府要停止使用原整改进展周报表，统一通过系统报送。"], (), True),
    (_PROV2, ["现将有关事项通知如下。", "要求各市州人民政府建立的隐患台账，不得取消，须每月更新。"], (), True),
    (_CITY, ["原整改进展周报表停止使用后，要求各县（市、区）人民政府每月5日前通过系统报送整改进展。"], (), True),
    (_CITY, ["现将有关事项通知如下。",
             "年初要求各县（市、区）人民政府填写的周报表停止使用后，各县（市、区）人民政府要于每月5日前在系统中更新整改进展。"], (), True),
    (_PROV, ["现将有关事项通知如下。", "要求各设区市人民政府务必于7月底前完成整改，逾期未完成的，取消评优资格。"], (), True),
    (_COUNTY, ["现将有关事项通知如下。", "二、要求各乡镇人民政府对停止使用的老旧农机进行登记。"], (), True),
    (_PROV2, ["现将有关事项通知如下。",
              "要求各市州人民政府报送的耕地保护台账，须于每月5日前报送，原纸质台账同时停止使用。"], (), True),
])
def test_gw104_demand_stopped_by_its_sentence(who, body, tail, fires, fmt, tmp_path):
    found = _codes(_doc(*who, body, tail=list(tail)), fmt, tmp_path, "GW104")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ 2. a bare collective handed or relieved of a duty
_TX = ("泰兴市民政局", "各镇人民政府、街道办事处：")
_LA = ("来安县农业农村局", "各乡镇人民政府：")
_LZ = ("柳州市交通运输局", "各县（区）人民政府：")
_OWN = "市民政局将于12月底前形成情况报告，报市人民政府。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body, tail, fires", [
    # the lower level is handed a duty or relieved of one: concerned, GW105 quiet
    (_TX, ["一、清单外事项，市直部门一律不得转嫁社区。", "二、原则上不再要求镇街报送社区减负工作总结，有关情况由市民政局通过平台掌握。",
           f"三、{_OWN}"], (), False),
    (_LA, ["县农业农村局负责制定秸秆禁烧巡查方案。", "县农业农村局督促乡镇落实秸秆禁烧网格化管理，每周通报火点情况。"], (), False),
    (_LZ, ["市交通运输局负责编制农村公路养护计划。", "二、市交通运输局指导县区建立农村公路养护台账，年底前完成。"], (), False),
    (_LA, ["县农业农村局负责农机购置补贴审核。", "今年起不再要求乡镇单独填报农机保有量季报，数据从系统提取。"], (), False),
    (_TX, ["市民政局负责统筹。", "注：今后不再要求镇（街道）另行报送养老机构安全检查台账。"], (), False),
    (_LZ, ["市交通运输局负责统筹。", "附件：任务分工表"],
     ["@attachment_label 附件", "@attachment_title 任务分工表", "@table 任务|做法",
      "@table 农村公路养护|市交通运输局督促县区落实养护资金"], False),
    # the place only qualifies an institution, a station or a place, or the duty is forbidden to others:
    # no work below, GW105 fires
    (("柳州市人民政府办公室", "各县（区）人民政府，市直有关部门："),
     ["市长定于6月中旬赴柳江区、鹿寨县调研工业经济运行，具体日程见附件。", "市工业和信息化局负责联系企业。",
      "附件：调研日程安排表"],
     ["@attachment_label 附件", "@attachment_title 调研日程安排表", "@table 时间|地点|陪同人员",
      "@table 6月15日上午|柳江区新兴工业园|所在区政府分管负责同志、区工信局局长",
      "@table 6月15日下午|鹿寨县经济开发区|所在县政府分管负责同志、县工信局局长"], False),
    (("滁州市来安县人民政府办公室", "各乡镇人民政府，县直有关单位："),
     ["县长定于9月上旬赴各乡镇察看秋粮收储，日程如下。"],
     ["@table 日期|察看点|陪同人员", "@table 9月3日|半塔镇粮站|所到镇政府主要负责同志",
      "@table 9月4日|张山镇粮站|县粮食和物资储备局局长，所到镇政府主要负责同志"], False),
    (("柳州市人民政府办公室", "各县（区）人民政府，市直有关部门："),
     ["市长定于6月中旬赴市工业园区调研，具体日程见附件。", "市工业和信息化局负责联系企业。"],
     ["@table 时间|地点|陪同人员", "@table 6月15日上午|市高新区工业园|市工信局科长、企业负责人",
      "@table 6月15日下午|市阳和工业园|所在企业负责人"], True),
    (_LA, ["县卫生健康局指导乡镇卫生院做好疫苗接种。", "县农业农村局负责技术培训。"], (), True),
    (_LA, ["县农业农村局在乡镇设立农机服务站，年底前建成。", "县财政局负责资金保障。"], (), True),
    (_LZ, ["根据县区反映的情况，市交通运输局组织修复水毁路段。", "市财政局负责资金保障。"], (), True),
    (_TX, ["市民政局督促乡镇敬老院落实消防安全管理。", f"{_OWN}"], (), True),
    (_TX, ["市直部门不得要求镇街报送清单外的统计报表。", f"{_OWN}"], (), True),
    (_LZ, ["市交通运输局组织县区公路站站长参加业务培训。", "市财政局负责资金保障。"], (), True),
])
def test_gw105_bare_collective_handed_or_relieved(who, body, tail, fires, fmt, tmp_path):
    found = _codes(_doc(*who, body, tail=list(tail)), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ 3. 由 opening a path (由A迁至B), not an agent
_LN = ("辽宁省人力资源和社会保障厅", "各市人民政府，省直各单位：")
_HALL = "新址办公时间为工作日上午8时30分至11时30分，咨询电话：024-12333。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body, tail, fires", [
    # a place after 由 is where something moves from: nobody's work, GW105 fires
    (_LN, ["因办公用房调整，省社会保险事业服务中心经办大厅将由沈阳市和平区南京南街迁至沈阳市沈河区青年大街286号。", _HALL], (), True),
    (_LN, ["一、省社保中心档案库房由大连市中山区人民路搬至大连市甘井子区。", f"二、{_HALL}"], (), True),
    (_LN, ["为方便群众办事，现将有关事项通知如下。", _HALL, "附件：迁址事项"],
     ["@attachment_label 附件", "@attachment_title 迁址事项", "@table 事项|安排",
      "@table 办公地点|由锦州市凌河区解放路迁往锦州市太和区中央大街"], True),
    (_LN, [_HALL, "注：咨询窗口已由鞍山市铁东区胜利路迁到鞍山市铁西区。"], (), True),
    (("柳州市人力资源和社会保障局", "各县（区）人民政府，市直各单位："),
     ["市社保经办大厅自10月8日起由鹿寨县城中路搬迁至柳州市政务服务中心二楼。", "咨询电话：0772-12333。"], (), True),
    # a body after 由 does the work: GW105 quiet
    (_LN, ["经办大厅迁至沈阳市沈河区青年大街286号。", "由沈阳市人民政府负责做好新址周边交通疏导。"], (), False),
    (_LN, ["经办大厅迁至新址办公。", "迁址期间，由各市人民政府做好群众解释工作。"], (), False),
    (_LN, ["经办大厅迁至新址。", "由大连市组织做好档案迁移，迁至新址后由省社保中心统一管理。"], (), False),
    (_LN, ["经办大厅迁至新址。", "由沈阳市负责将档案迁至新址，10月7日前完成。"], (), False),
    (_LN, ["经办大厅迁至新址。", "新址启用后，由各市人民政府组织参保单位到新址办理。"], (), False),
])
def test_gw105_you_opening_a_path(who, body, tail, fires, fmt, tmp_path):
    found = _codes(_doc(*who, body, tail=list(tail)), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]


# ------------------------------------------------------------ 4. work distributed to a body (分解到各市州)
_QH = ("青海省人民政府办公厅", "各市州人民政府，省政府各部门：")
_OWNQ = "推进计划报省政府办公厅，由省政府办公厅汇总形成全省重点任务推进总表。"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who, body, tail, fires", [
    # the tasks are split among the lower governments: they carry them, GW105 quiet
    (_QH, ["一、报告提出的68项重点任务，已按职能分解到省政府各部门和各市州。", f"二、{_OWNQ}"], (), False),
    (("柳州市人民政府办公室", "各县（区）人民政府，市直有关部门："),
     ["今年全市植树造林任务已下达到各县（区），市林业和园林局负责技术服务。"], (), False),
    (_QH, [_OWNQ, "附件：任务分解表"],
     ["@attachment_label 附件", "@attachment_title 任务分解表", "@table 任务|分解情况",
      "@table 高标准农田建设|已分解到各市州"], False),
    (("来安县人民政府办公室", "各乡镇人民政府，县直各单位："),
     ["县农业农村局负责技术指导。", "注：全县秸秆综合利用目标任务分配给各乡镇。"], (), False),
    (_QH, ["二、将减排指标分解至各市州，年底前完成。", _OWNQ], (), False),
    (("柳州市人民政府办公室", "各县（区）人民政府，市直各部门："),
     ["今年市政府工作报告确定的重点任务已分解到市直各部门和各县（区），市政府办公室负责督办。"], (), False),
    # distributed to the issuer's own departments or to things, or no task distributed: GW105 fires
    (_QH, ["一、报告提出的68项重点任务，已按职能分解到省政府各部门。", f"二、{_OWNQ}"], (), True),
    (_QH, ["一、宣传材料已寄送到省直各部门，供参考。", f"二、{_OWNQ}"], (), True),
    (_QH, ["一、重点任务经费已分配到省发展改革委、省财政厅。", f"二、{_OWNQ}"], (), True),
    (_QH, ["一、省财政厅负责将资金分解到项目单位。", f"二、{_OWNQ}"], (), True),
    (_QH, ["一、各市州经验做法由省政府办公厅汇编成册。", f"二、{_OWNQ}"], (), True),
])
def test_gw105_work_distributed_to(who, body, tail, fires, fmt, tmp_path):
    found = _codes(_doc(*who, body, tail=list(tail)), fmt, tmp_path, "GW105")
    assert bool(found) == fires, [f.message for f in found]

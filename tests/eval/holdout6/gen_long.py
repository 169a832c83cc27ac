"""Generate the long drafts of holdout6 (long/*.gw) from hand-written word lists.

Written by ho6 (issue 15, holdout6) without reading the rule code or holdout5's generator.
Each document is assembled from a heading list and sentence frames filled with the document's
own nouns; measures carry a responsible unit except the ones listed in ``missing``.
The 字数 (Word-style count over 标题…成文日期 plus attachments) is printed so that the GW101
labels (省政府普发 ≤ 5000, 省政府办公厅普发 ≤ 4000) are set with a clear margin.

    python tests/eval/holdout6/gen_long.py        # rewrites tests/eval/holdout6/long/
"""
from __future__ import annotations

import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "long"
NOT_COUNTED = ("@issuer_mark", "@doc_number", "@note", "@cc", "@printer", "@page_break", "#")

FRAMES = [
    "围绕{a}，加快{v}{b}，到{yr}年{a}覆盖率达到{pct}%以上。",
    "支持有条件的地区先行先试，在{a}领域探索{b}新模式，对成效明显的按规定给予资金支持。",
    "完善{a}标准体系，推动{b}规范化、标准化发展，年内制修订地方标准{k}项以上。",
    "建立{a}动态监测机制，定期评估{b}实施效果，根据评估结果及时调整优化政策措施。",
    "每年新增{a}{k}个以上，到{yr}年累计带动{b}{m}家。",
    "鼓励社会资本参与{a}建设运营，探索{b}市场化运作模式，形成多元投入格局。",
    "加强{a}与{b}的统筹衔接，推动资源共享、优势互补、协同发展。",
    "对符合条件的{a}项目，在用地、用能、环境容量等方面给予优先保障。",
    "引导金融机构加大对{a}的信贷投放，开发适合{b}特点的金融产品，降低融资成本。",
    "总结推广{a}的好经验好做法，形成一批可复制、可推广的{b}范例。",
    "依托高等院校和职业院校开设{a}相关专业，每年培养{b}专业人才{m}人以上。",
    "推进{a}数字化改造，运用大数据、物联网等技术提升{b}智能化水平。",
    "优化{a}空间布局，引导{b}向园区集中、向优势区域集聚。",
    "落实{a}相关税费优惠政策，对{b}给予一次性奖励，最高不超过{k}00万元。",
]
OWN_FRAMES = [  # the issuing department's own work (for notices sent to lower governments)
    "{who}将完善{a}技术规范，组织专家对{b}开展技术服务，每年服务不少于{k}0次。",
    "{who}将安排专项资金{k}000万元，支持{a}和{b}项目建设。",
    "{who}将依托省级信息平台开展{a}监测，监测数据向{b}主体免费开放。",
    "{who}将会同有关单位编制{a}技术指南，推广{b}先进适用技术。",
    "{who}将在{yr}年前建成{a}省级示范点{k}个，为{b}提供可借鉴的样板。",
    "{who}将联合科研院所开展{a}关键技术攻关，推动{b}成果转化应用。",
    "{who}将制定{a}工作指引，明确{b}的技术路线和操作规程。",
    "{who}将组织{a}专题培训{k}期，培训{b}一线技术人员{m}人次。",
]


def count_zi(lines: list[str]) -> int:
    """Word-style 字数: CJK characters and full-width punctuation 1 each, a Latin/digit run 1."""
    text = "".join(l.split(" ", 1)[1] if l.startswith("@") else l
                   for l in lines if l.strip() and not l.startswith(NOT_COUNTED))
    text = re.sub(r"[A-Za-z0-9.%]+", "x", text)
    return len(re.sub(r"\s", "", text))


def measure_body(rng: random.Random, nouns: list[str], frames=FRAMES, who: str = "", n: int = 3) -> str:
    out = []
    for frame in rng.sample(frames, n):
        a, b = rng.sample(nouns, 2)
        out.append(frame.format(a=a, b=b, v=rng.choice(["建设", "培育", "完善", "提升"]), who=who,
                                yr=rng.choice([2027, 2028, 2030]), pct=rng.choice([60, 70, 80, 90]),
                                k=rng.randint(2, 9), m=rng.choice([100, 200, 500, 1000])))
    return "".join(out)


def policy(spec: dict) -> tuple[list[str], int]:
    """A policy document (意见/方案), optionally inside a 印发 notice, grown to spec["target"] 字."""
    extra = 0
    while True:
        lines, zi = _policy(spec, extra)
        if zi >= spec["target"] or extra > 200:
            return lines, zi
        extra += 1


def _policy(spec: dict, extra: int) -> tuple[list[str], int]:
    rng = random.Random(spec["seed"])
    lines = [f"# frame: {spec['frame']}", "# written by ho6 (issue 15, holdout6)"]
    lines += [f"# {c}" for c in spec.get("comments", [])]
    body: list[str] = []
    expects: list[str] = []
    numerals = "一二三四五六七八九十"
    sub = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）",
           "（十一）", "（十二）", "（十三）", "（十四）", "（十五）", "（十六）", "（十七）", "（十八）"]
    body.append(spec["goal"])
    missing, idx = 0, 0
    for i, (section, headings) in enumerate(spec["sections"]):
        body.append(f"@heading1 {numerals[i + 1]}、{section}")
        for j, h in enumerate(headings):
            idx += 1
            total = sum(len(h) for _, h in spec["sections"])
            n = spec.get("sentences", 3) + extra // total + (1 if idx <= extra % total else 0)
            text = measure_body(rng, spec["nouns"], n=min(n, len(FRAMES)))
            head = f"{sub[j]}{h}。"
            if idx in spec.get("missing", ()):
                missing += 1
                body += [f"@heading2 {head}", text]
                expects.append(f"# expect: GW102 | {head} || {text[:40]}")
            else:
                units = "、".join(rng.sample(spec["units"], rng.choice([1, 2])))
                if spec.get("local") and rng.random() < 0.45:
                    units += "，" + spec["local"]
                body += [f"@heading2 {head}", f"{text}（责任单位：{units}）"]
    if missing:
        expects.append("# expect: GW102")
    lines += expects + [f"# {l}" for l in spec.get("labels", [])]
    head = [f"@issuer_mark {spec['issuer_mark']}", f"@doc_number {spec['number']}", f"@title {spec['title']}",
            f"@recipients {spec['recipients']}"]
    if spec.get("plan_title"):
        doc = head + [spec["notice"], f"@signature {spec['signature']}", f"@date {spec['date']}", "@page_break",
                      f"@attachment_title {spec['plan_title']}", spec["intro"]] + body
    else:
        doc = head + [spec["intro"]] + body + [f"@signature {spec['signature']}", f"@date {spec['date']}"]
    doc += spec.get("tail", [])
    return lines + doc, count_zi(doc)


def notice(spec: dict) -> tuple[list[str], int]:
    """A department notice: numbered items of the department's own work, with inserted paragraphs."""
    for paras in range(1, 8):
        lines, zi = _notice(spec, paras)
        if zi >= spec["target"]:
            break
    return lines, zi


def _notice(spec: dict, paras: int) -> tuple[list[str], int]:
    rng = random.Random(spec["seed"])
    lines = [f"# frame: {spec['frame']}", "# written by ho6 (issue 15, holdout6)"]
    lines += [f"# {l}" for l in spec["labels"]]
    doc = [f"@issuer_mark {spec['issuer_mark']}", f"@doc_number {spec['number']}", f"@title {spec['title']}",
           f"@recipients {spec['recipients']}", spec["intro"]]
    numerals = "一二三四五六七八九十"
    for i, h in enumerate(spec["items"]):
        doc.append(f"@heading1 {numerals[i]}、{h}")
        for _ in range(paras):
            doc.append(measure_body(rng, spec["nouns"], OWN_FRAMES, who=spec["who"], n=3))
        doc += spec["insert"].get(i, [])
    doc += [f"@signature {spec['signature']}", f"@date {spec['date']}"]
    return lines + doc, count_zi(doc)


JX_GOV_LOCAL = "各市、县（区）人民政府"

DOCS = {
    "gw101-p01-jx-gov-manufacturing-opinion": (policy, dict(
        seed=61, frame="江西省人民政府（省政府）普发的意见，发给各市、县（区）人民政府，省政府各部门；字数超过省政府普发类5000字上限；第9条措施没有责任单位",
        comments=["GW101：按 rules.md 的数法（标题至成文日期），本篇字数见 gen_long.py 的输出，明显超过5000。"],
        labels=["expect: GW101"], missing=(9,),
        issuer_mark="江西省人民政府文件", number="赣府发〔2026〕15号",
        title="江西省人民政府关于加快建设制造业强省的意见",
        recipients="各市、县（区）人民政府，省政府各部门：",
        intro="制造业是立省之本、强省之基。为加快建设制造业强省，推动制造业高端化、智能化、绿色化发展，现提出如下意见。",
        goal="@heading1 一、总体目标\n到2030年，全省制造业增加值占地区生产总值比重稳定在30%以上，规模以上工业企业研发经费投入强度达到2%，培育营业收入超千亿元产业集群10个以上，制造业综合实力迈入全国第一方阵。",
        sections=[("重点任务", ["培育壮大电子信息产业集群", "做强有色金属精深加工", "提升装备制造产业能级", "发展壮大新能源产业",
                              "推动石化产业转型升级", "加快建材产业绿色化改造", "推进纺织服装产业提质", "发展现代轻工产业",
                              "培育航空产业新增长点", "推动生物医药产业创新发展", "促进食品产业精深加工", "发展壮大新材料产业",
                              "推动中小企业专精特新发展", "推进产业数字化转型"]),
                  ("保障措施", ["加大财政支持", "强化金融服务", "保障要素供给", "加强人才支撑", "优化营商环境"])],
        nouns=["产业集群", "链主企业", "专精特新企业", "工业互联网平台", "智能工厂", "绿色工厂", "首台（套）装备",
               "产业园区", "技术创新中心", "中试基地", "制造业数字化转型", "配套企业", "产业链供应链"],
        units=["省工业和信息化厅", "省发展改革委", "省科技厅", "省财政厅", "省商务厅", "省自然资源厅", "省人力资源社会保障厅",
               "省地方金融管理局", "省市场监管局"], local=JX_GOV_LOCAL, sentences=4,
        target=5700, signature="江西省人民政府", date="2026年4月16日")),
    "gw101-p02-jx-office-county-health-plan": (policy, dict(
        seed=62, frame="江西省人民政府办公厅（省政府办公厅）印发行动方案，发给各市、县（区）人民政府，省政府各部门；通知与方案合计字数超过办公厅普发类4000字上限；第6条没有责任单位",
        labels=["expect: GW101"], missing=(6,),
        issuer_mark="江西省人民政府办公厅文件", number="赣府厅发〔2026〕20号",
        title="江西省人民政府办公厅关于印发江西省县域医疗卫生服务能力提升行动方案的通知",
        recipients="各市、县（区）人民政府，省政府各部门：",
        notice="《江西省县域医疗卫生服务能力提升行动方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。",
        plan_title="江西省县域医疗卫生服务能力提升行动方案",
        intro="为推动优质医疗资源扩容下沉和区域均衡布局，提升县域医疗卫生服务能力，制定本方案。",
        goal="@heading1 一、工作目标\n到2028年，县域内就诊率达到90%以上，每个县（市、区）至少有1所县级医院达到三级医院服务能力，乡镇卫生院和社区卫生服务中心服务能力全部达到国家基本标准。",
        sections=[("重点任务", ["提升县级医院综合能力", "加强乡镇卫生院建设", "筑牢村级医疗卫生网底", "建设县域医疗次中心",
                              "推进紧密型县域医共体建设", "加强县域公共卫生服务", "发展县域中医药服务", "推进县域卫生信息化"]),
                  ("保障措施", ["加强人才队伍建设", "完善投入保障机制", "深化医保支付改革"])],
        nouns=["县级医院", "乡镇卫生院", "村卫生室", "县域医共体", "远程医疗", "家庭医生", "急诊急救", "慢病管理",
               "中医馆", "检查检验结果互认", "基层卫生人才", "医疗设备"],
        units=["省卫生健康委", "省财政厅", "省医保局", "省发展改革委", "省人力资源社会保障厅", "省中医药管理局", "省数据局"],
        local=JX_GOV_LOCAL, sentences=4, target=4600, signature="江西省人民政府办公厅", date="2026年5月26日")),
    "gw101-p03-jx-office-logistics-opinion": (policy, dict(
        seed=63, frame="江西省人民政府办公厅（省政府办公厅）的实施意见，发给各市、县（区）人民政府，省政府各部门；字数超过办公厅普发类4000字上限；第4、12条没有责任单位",
        labels=["expect: GW101"], missing=(4, 12),
        issuer_mark="江西省人民政府办公厅文件", number="赣府厅发〔2026〕26号",
        title="江西省人民政府办公厅关于推进现代物流业高质量发展的实施意见",
        recipients="各市、县（区）人民政府，省政府各部门：",
        intro="现代物流是延伸产业链、提升价值链、打造供应链的重要支撑。为推进我省现代物流业高质量发展，降低全社会物流成本，经省人民政府同意，现提出如下实施意见。",
        goal="@heading1 一、发展目标\n到2030年，全省社会物流总费用与地区生产总值的比率降至13%左右，培育5A级物流企业20家以上，建成国家物流枢纽5个以上。",
        sections=[("重点任务", ["建设国家物流枢纽", "完善多式联运体系", "发展冷链物流", "提升城乡配送效率",
                              "培育骨干物流企业", "发展航空物流", "推进赣江航道物流", "发展国际物流",
                              "推动物流与制造业融合", "建设智慧物流平台", "发展绿色物流", "完善应急物流体系"]),
                  ("保障措施", ["强化用地保障", "加大资金支持", "优化交通管理"])],
        nouns=["物流枢纽", "多式联运", "冷链物流", "城乡配送", "铁路专用线", "航空货运", "内河港口", "物流园区",
               "供应链服务", "智慧物流", "甩挂运输", "中欧班列"],
        units=["省发展改革委", "省交通运输厅", "省商务厅", "省自然资源厅", "省公安厅", "省财政厅", "省邮政管理局", "南昌铁路局集团公司"],
        local=JX_GOV_LOCAL, sentences=4, target=5250, signature="江西省人民政府办公厅", date="2026年8月4日")),
    "gw101-n01-jx-office-fire-opinion": (policy, dict(
        seed=64, frame="江西省人民政府办公厅（省政府办公厅）的实施意见，发给各市、县（区）人民政府，省政府各部门；字数在办公厅普发类4000字上限以内；第3、7条没有责任单位",
        labels=["near-miss: GW101"], missing=(3, 7),
        issuer_mark="江西省人民政府办公厅文件", number="赣府厅发〔2026〕41号",
        title="江西省人民政府办公厅关于加强农村消防工作的实施意见",
        recipients="各市、县（区）人民政府，省政府各部门：",
        intro="为加强农村消防工作，有效预防和减少农村火灾事故，经省人民政府同意，现提出如下实施意见。",
        goal="@heading1 一、工作目标\n到2028年，全省行政村消防水源、消防通道和消防宣传全面覆盖，乡镇专职消防队全部达标，农村火灾起数和亡人数明显下降。",
        sections=[("主要任务", ["完善农村消防规划", "建设农村消防水源", "建强乡镇消防队伍", "整治农村电气火灾隐患",
                              "推广独立式火灾报警器", "加强农村消防宣传"]),
                  ("保障措施", ["落实经费保障", "加强组织协调"])],
        nouns=["乡镇专职消防队", "村级微型消防站", "消防水源", "农村电气线路", "独立式火灾报警器", "消防通道",
               "农村自建房", "消防安全网格", "防火隔离带", "消防志愿者"],
        units=["省消防救援总队", "省应急管理厅", "省住房城乡建设厅", "省财政厅", "省农业农村厅", "国网江西省电力有限公司"],
        local=JX_GOV_LOCAL, sentences=3, target=3350, signature="江西省人民政府办公厅", date="2026年10月21日")),
    "clean-jx-eco-dept-watershed-plan": (policy, dict(
        seed=65, frame="江西省生态环境厅（省直厅局）印发工作方案，发给各设区市生态环境局；每条措施都有责任单位；部门发文没有配置字数上限",
        labels=["near-miss: GW101, GW102, GW104, GW105, GW106"],
        issuer_mark="江西省生态环境厅文件", number="赣环水字〔2026〕33号",
        title="江西省生态环境厅关于印发江西省重点流域水生态保护修复工作方案的通知",
        recipients="各设区市生态环境局，赣江新区生态环境局：",
        notice="现将《江西省重点流域水生态保护修复工作方案》印发给你们，请结合实际抓好落实。",
        plan_title="江西省重点流域水生态保护修复工作方案",
        intro="为推动重点流域水生态环境持续改善，守护好一江清水，制定本方案。",
        goal="@heading1 一、工作目标\n到2030年，全省地表水国考断面水质优良比例保持在95%以上，重点湖泊水生植被覆盖度明显提升，鄱阳湖水生生物多样性稳中向好。",
        sections=[("重点任务", ["开展流域水生态本底调查", "推进入河排污口整治", "加强饮用水水源保护", "修复重点湖泊水生植被",
                              "建设河湖生态缓冲带", "治理城镇生活污水", "防治农业面源污染", "推进工业园区污水治理",
                              "保护水生生物多样性", "推进美丽河湖建设", "加强流域生态流量保障", "推进水生态监测能力建设",
                              "开展流域生态环境风险防控", "推动跨界流域联防联治"]),
                  ("保障措施", ["强化资金保障", "强化科技支撑", "强化信息公开"])],
        nouns=["入河排污口", "生态缓冲带", "水生植被", "饮用水水源地", "城镇污水管网", "农业面源污染", "工业园区污水处理",
               "水生生物", "美丽河湖", "生态流量", "水质自动监测站", "湿地保护"],
        units=["省生态环境厅水生态环境处", "省生态环境监测中心", "省生态环境科学研究与规划院", "省生态环境厅自然生态保护处",
               "省生态环境厅土壤生态环境处", "省生态环境厅环境应急与事故调查中心"], sentences=4,
        target=5450, signature="江西省生态环境厅", date="2026年3月31日")),
    "clean-zhuzhou-gov-rail-opinion": (policy, dict(
        seed=66, frame="株洲市人民政府（设区市政府）的意见，发给各县市区人民政府，市政府各局委办；每条措施都有责任单位，县市区有工作；设区市政府没有配置字数上限",
        labels=["near-miss: GW101, GW102, GW105"],
        issuer_mark="株洲市人民政府文件", number="株政发〔2026〕5号",
        title="株洲市人民政府关于推进先进轨道交通装备产业集群发展的意见",
        recipients="各县市区人民政府，市政府各局委办、各直属机构：",
        intro="先进轨道交通装备产业是我市的主导产业。为推动产业集群迈向世界级，现提出如下意见。",
        goal="@heading1 一、发展目标\n到2030年，全市轨道交通装备产业产值突破3000亿元，本地配套率达到75%以上，培育产值过百亿元企业10家。",
        sections=[("重点任务", ["做强整车制造", "提升关键零部件配套能力", "发展城轨及市域车辆", "拓展检修运维服务",
                              "培育磁浮和智能轨道产业", "建设产业创新平台", "推动产业链上下游协同", "开拓国际市场",
                              "发展工业设计服务", "推进产业园区提质", "培育本地配套企业", "推动产业数字化转型"]),
                  ("保障措施", ["加强资金引导", "强化人才支撑", "优化审批服务"])],
        nouns=["整车企业", "关键零部件", "检修运维", "磁浮交通", "创新平台", "配套企业", "产业园区", "工业设计",
               "海外订单", "智能制造", "标准体系", "试验验证"],
        units=["市工业和信息化局", "市发展改革委", "市科技局", "市商务局", "市财政局", "市人力资源社会保障局", "市自然资源和规划局"],
        local="各县市区人民政府", sentences=4, target=4700, signature="株洲市人民政府", date="2026年2月9日")),
    "clean-jx-gov-transport-development-plan": (policy, dict(
        seed=67, frame="江西省人民政府（省政府）印发综合立体交通网发展规划，发给各市、县（区）人民政府，省政府各部门；发展规划不受字数上限限制，规划各项任务写明责任单位，市县有工作",
        labels=["near-miss: GW101, GW102, GW105"],
        issuer_mark="江西省人民政府文件", number="赣府发〔2026〕21号",
        title="江西省人民政府关于印发江西省综合立体交通网发展规划（2026—2035年）的通知",
        recipients="各市、县（区）人民政府，省政府各部门：",
        notice="现将《江西省综合立体交通网发展规划（2026—2035年）》印发给你们，请认真组织实施。",
        plan_title="江西省综合立体交通网发展规划（2026—2035年）",
        intro="本规划依据《国家综合立体交通网规划纲要》编制，规划期为2026年至2035年，是指导全省综合交通发展的中长期规划。",
        goal="@heading1 一、规划目标\n到2035年，基本建成便捷顺畅、经济高效、安全可靠、绿色集约的现代化综合立体交通网，实现设区市1小时通达省会、县城30分钟上高速。",
        sections=[("主要任务", ["构建高速铁路网", "完善普速铁路网", "优化高速公路网", "提升普通国省道",
                              "建设四好农村路", "打造赣江高等级航道", "建设内河港口体系", "完善机场布局",
                              "建设综合交通枢纽", "发展城市群交通", "推进交通数字化", "推动交通绿色低碳",
                              "提升交通安全水平", "推动交通与旅游融合"]),
                  ("实施保障", ["加强规划衔接", "强化资金保障", "加强用地保障"])],
        nouns=["高速铁路", "普速铁路", "高速公路", "普通国省道", "农村公路", "高等级航道", "内河港口", "支线机场",
               "综合交通枢纽", "城际铁路", "智慧交通", "旅游公路"],
        units=["省交通运输厅", "省发展改革委", "省自然资源厅", "省财政厅", "省生态环境厅", "南昌铁路局集团公司", "省港口集团"],
        local=JX_GOV_LOCAL, sentences=4, target=5500, signature="江西省人民政府", date="2026年9月15日")),
    "gw104-zhejiang-agri-nonpoint-notice": (notice, dict(
        seed=68, frame="浙江省农业农村厅（省直厅局）发给各市、县（市、区）人民政府的长篇通知，未说经省政府同意；各条主要写本厅工作，两处向下级政府下达要求",
        labels=["expect: GW104 | 各市、县（市、区）人民政府要将农业面源污染治理", "expect: GW104 | 各地务必在2027年6月底前",
                "near-miss: GW101, GW102, GW105, GW106"],
        issuer_mark="浙江省农业农村厅文件", number="浙农发〔2026〕45号",
        title="浙江省农业农村厅关于深入推进农业面源污染治理的通知",
        recipients="各市、县（市、区）人民政府：",
        intro="农业面源污染治理是改善农村生态环境、促进农业绿色发展的重要举措。为深入推进农业面源污染治理，现就有关事项通知如下。",
        who="省农业农村厅",
        items=["推进化肥减量增效", "推进农药减量控害", "推进畜禽粪污资源化利用", "推进水产养殖尾水治理",
               "推进农膜和农药包装废弃物回收", "推进秸秆综合利用", "推进农田退水治理", "加强监测评价"],
        insert={2: ["各市、县（市、区）人民政府要将农业面源污染治理纳入乡村振兴实绩考核内容，落实属地管理责任。"],
                3: ["对规模以上水产养殖场，各地务必在2027年6月底前完成尾水处理设施建设，实现尾水达标排放或循环利用。"]},
        nouns=["化肥减量", "统防统治", "畜禽粪污", "水产养殖尾水", "农膜回收", "秸秆还田", "农田退水", "生态沟渠",
               "测土配方施肥", "绿色防控", "有机肥替代", "面源污染监测"],
        target=3600, signature="浙江省农业农村厅", date="2026年6月29日")),
    "gw106-chengdu-housing-safety-notice": (notice, dict(
        seed=69, frame="成都市住房和城乡建设局（市直部门）发给各区（市）县住建主管部门的长篇通知；要求按月报送治理进展，并要求责任书由主要负责人签字",
        labels=["expect: GW106 | 每月25日前将本月治理进展", "expect: GW106 | 责任书须经各区（市）县住建主管部门主要负责人签字",
                "near-miss: GW101, GW104, GW105"],
        issuer_mark="成都市住房和城乡建设局文件", number="成住建发〔2026〕80号",
        title="成都市住房和城乡建设局关于开展房屋市政工程安全生产治理行动的通知",
        recipients="各区（市）县住建主管部门，成都东部新区、成都高新区、成都天府新区住建主管部门：",
        intro="为有效防范遏制房屋市政工程生产安全事故，市住房和城乡建设局决定在全市开展房屋市政工程安全生产治理行动。现将有关事项通知如下。",
        who="市住房和城乡建设局",
        items=["深化危大工程专项治理", "强化起重机械安全管理", "加强高处作业防护", "整治施工临时用电",
               "推进智慧工地建设", "提升从业人员安全素质"],
        insert={4: ["治理期间，请各区（市）县住建主管部门每月25日前将本月治理进展和问题整改情况报送市住房和城乡建设局安全监管处。"],
                5: ["治理行动责任书须经各区（市）县住建主管部门主要负责人签字。"]},
        nouns=["危大工程", "塔式起重机", "施工升降机", "高处作业", "临时用电", "智慧工地", "安全教育", "深基坑",
               "高支模", "施工现场", "安全员", "特种作业人员"],
        target=3000, signature="成都市住房和城乡建设局", date="2026年4月13日")),
    "gw101-p04-jx-gov-tourism-measures": (policy, dict(
        seed=70, frame="江西省人民政府（省政府）印发若干措施，发给各市、县（区）人民政府，省政府各部门；通知与措施合计字数超过省政府普发类5000字上限；第5条没有责任单位",
        labels=["expect: GW101"], missing=(5,),
        issuer_mark="江西省人民政府文件", number="赣府字〔2026〕33号",
        title="江西省人民政府关于印发江西省推动文化和旅游深度融合发展若干措施的通知",
        recipients="各市、县（区）人民政府，省政府各部门：",
        notice="现将《江西省推动文化和旅游深度融合发展若干措施》印发给你们，请认真贯彻执行。",
        plan_title="江西省推动文化和旅游深度融合发展若干措施",
        intro="为深入推进文化和旅游深度融合发展，打响“江西风景独好”品牌，制定如下措施。",
        goal="@heading1 一、发展目标\n到2030年，全省旅游总收入突破1.5万亿元，建成世界级旅游景区2个、国家级旅游度假区8个以上，文化和旅游产业增加值占地区生产总值比重达到6%。",
        sections=[("主要措施", ["打造红色旅游首选地", "建设世界级山水旅游目的地", "擦亮陶瓷文化旅游名片", "发展乡村旅游",
                              "培育文旅消费新场景", "推进旅游演艺提质", "发展研学旅游", "建设智慧旅游体系",
                              "提升旅游公共服务", "发展康养旅游", "推动非遗活化利用", "扩大入境旅游市场",
                              "培育文旅市场主体", "加强文旅品牌营销"]),
                  ("保障措施", ["加大财政支持", "强化用地保障", "加强人才培养", "优化市场环境"])],
        nouns=["红色旅游", "旅游度假区", "乡村民宿", "旅游演艺", "研学基地", "智慧景区", "非遗工坊", "康养旅游",
               "文旅消费", "入境旅游", "文创产品", "旅游公共服务"],
        units=["省文化和旅游厅", "省发展改革委", "省财政厅", "省自然资源厅", "省交通运输厅", "省商务厅", "省教育厅"],
        local=JX_GOV_LOCAL, sentences=4, target=5650, signature="江西省人民政府", date="2026年6月30日")),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, (build, spec) in DOCS.items():
        lines, zi = build(spec)
        text = "\n".join(lines).replace("\\n", "\n")
        (OUT / f"{name}.gw").write_text(text + "\n", encoding="utf-8")
        print(f"{name}: {zi} 字")


if __name__ == "__main__":
    main()

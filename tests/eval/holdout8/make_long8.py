"""Build the long documents of holdout8 (tests/eval/holdout8/long/).

Written by ho8 (issue 15, holdout8) with its own word lists; it shares nothing with the
generators of earlier sets.  Each document is assembled from topic word lists: chapters of
numbered measures, every measure a few clauses with figures and, unless a document wants a
gap there, a responsibility note.  The labels of each document are written beside its recipe
below (the issues are injected on purpose and labelled by the spec, not by gwlint's output).
Run ``python tests/eval/holdout8/make_long8.py`` to rewrite long/*.gw (deterministic).
"""
from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent / "long"
CN = "一二三四五六七八九十"

# Clause pools per topic: (measure heading, object phrase).  {n} and {y} are filled with figures.
TOPICS = {
    "manufacturing": [
        ("推进产业链强链补链", "电子信息、工程机械和轨道交通装备产业链"),
        ("实施智能化改造", "规模以上工业企业生产线"),
        ("培育专精特新企业", "细分领域的中小企业"),
        ("建设先进制造业集群", "国家级和省级先进制造业集群"),
        ("提升工业设计能力", "工业设计中心和设计服务机构"),
        ("扩大技术改造投资", "企业设备更新和工艺升级项目"),
        ("推动绿色低碳转型", "钢铁、有色、建材等重点行业"),
        ("加强质量品牌建设", "制造业企业的质量管理体系"),
        ("发展工业互联网", "工业互联网平台和标识解析节点"),
        ("促进产融合作", "制造业中长期贷款和信用贷款"),
        ("保障工业用地", "标准地出让和工业用地弹性年期供应"),
        ("培养产业技能人才", "产业工人技能培训和高技能人才"),
    ],
    "elderly": [
        ("完善居家社区养老服务网络", "街道综合养老服务中心和社区养老服务站"),
        ("推进医养康养结合", "养老机构与医疗机构签约合作"),
        ("发展农村互助养老", "村级互助养老服务点"),
        ("加强失能老年人照护", "护理型床位和家庭养老床位"),
        ("建设老年助餐体系", "社区老年食堂和助餐点"),
        ("推进适老化改造", "特殊困难老年人家庭和老旧小区公共设施"),
        ("培育养老服务市场主体", "连锁化、品牌化养老服务企业"),
        ("加强养老服务人才队伍建设", "养老护理员职业技能培训"),
        ("发展银发经济", "老年用品和智慧健康养老产品"),
        ("强化养老服务综合监管", "养老机构消防、食品和资金安全"),
    ],
    "grassland": [
        ("落实草原禁牧和草畜平衡", "禁牧区和草畜平衡区"),
        ("实施退化草原修复", "重度退化草原和沙化草原"),
        ("推进人工饲草地建设", "青贮玉米和苜蓿种植基地"),
        ("发展现代家庭牧场", "标准化家庭牧场和牧民合作社"),
        ("加强草原防火", "草原防火物资储备库和扑火队伍"),
        ("防控草原有害生物", "草原鼠害、虫害监测点"),
        ("推进草原确权承包", "草原承包经营权确权登记"),
        ("强化草原执法监管", "非法开垦、非法征占用草原行为"),
        ("建设草原监测网络", "草原生态定位监测站"),
    ],
    "safety": [
        ("开展危险化学品安全整治", "化工园区和危险化学品生产企业"),
        ("整治城镇燃气安全隐患", "燃气管道、餐饮场所和瓶装液化石油气"),
        ("加强道路运输安全管理", "“两客一危”车辆和重型货车"),
        ("排查建筑施工安全风险", "深基坑、高支模和起重机械"),
        ("推进矿山安全治理", "地下矿山和尾矿库"),
        ("提升消防安全水平", "高层建筑、大型商业综合体和老旧场所"),
        ("加强水上交通安全", "渡口渡船和内河客运船舶"),
        ("严格特种设备监管", "电梯、锅炉和压力容器"),
        ("强化校园安全管理", "中小学和幼儿园周边环境"),
        ("提升应急救援能力", "专业救援队伍和应急物资储备"),
    ],
    "ecology": [
        ("深化大气污染治理", "挥发性有机物排放企业和工业炉窑"),
        ("推进重点流域水环境治理", "入河排污口和城镇污水管网"),
        ("加强土壤污染风险管控", "重点监管单位和受污染耕地"),
        ("提升固体废物利用水平", "一般工业固体废物和建筑垃圾"),
        ("开展生态保护修复", "历史遗留废弃矿山和河湖岸线"),
        ("推进减污降碳协同", "重点行业企业的清洁生产审核"),
        ("加强农业面源污染防治", "畜禽养殖粪污和农田退水"),
        ("强化环境执法监管", "排污许可证持证单位"),
        ("完善生态环境监测网络", "空气质量自动监测站和水质自动监测站"),
        ("防范生态环境风险", "尾矿库、化工园区和饮用水水源地"),
    ],
    "digital": [
        ("建设城市数据底座", "城市运行管理服务平台和数据中台"),
        ("推进政务服务网上办", "高频政务服务事项"),
        ("发展数字产业", "软件和信息技术服务企业"),
        ("建设新型基础设施", "5G基站、千兆光网和算力中心"),
        ("推进数字乡村建设", "益农信息社和农村电商服务站"),
        ("打造智慧交通", "智能信号灯和公交电子站牌"),
        ("建设智慧医疗", "互联网医院和区域检查结果互认平台"),
        ("发展智慧教育", "中小学智慧教室和数字教育资源"),
        ("加强网络和数据安全", "关键信息基础设施和公共数据"),
        ("培育数字人才", "数字技能人才和数字工匠"),
    ],
}

CLAUSE_A = [
    "聚焦{obj}，{y}年底前完成{n}个以上项目建设",
    "围绕{obj}，每年安排专项资金不少于{m}亿元",
    "对{obj}实施清单化管理，逐项明确建设内容和完成时限",
    "以{obj}为重点，到{y}年实现覆盖率达到{p}%",
    "支持{obj}提档升级，年内新增{n}家示范单位",
    "建立{obj}动态监测机制，每季度分析一次运行情况",
]
CLAUSE_B = [
    "对符合条件的项目按实际投资的{p}%给予补助，单个项目最高不超过{m}00万元",
    "推行“一项目一专班”服务模式，协调解决用地、用能和融资问题",
    "引导社会资本参与建设运营，形成政府引导、市场运作的投入机制",
    "将完成情况纳入年度目标管理，实行季度调度、年终评估",
    "优先在基础条件较好的地方开展试点，成熟后在全省推广",
    "鼓励金融机构开发专属信贷产品，贷款利率在同期市场报价利率基础上适当下浮",
    "编制技术导则和建设规范，统一建设标准和验收要求",
    "完善用地、用电、用水等要素保障，对重点项目实行要素跟着项目走",
]
CLAUSE_C = [
    "确保{y}年取得明显成效",
    "形成一批可复制可推广的经验做法",
    "切实提高群众获得感和满意度",
    "力争主要指标进入全国前列",
    "推动相关工作走在前列",
    "为高质量发展提供有力支撑",
]


class Writer:
    def __init__(self, seed: int, topic: str, units: list[str]):
        self.rnd = random.Random(seed)
        self.items = list(TOPICS[topic])
        self.rnd.shuffle(self.items)
        self.units = units
        self.used: set[str] = set()

    def _fill(self, template: str, obj: str) -> str:
        r = self.rnd
        return template.format(obj=obj, n=r.randint(3, 60), m=r.randint(1, 9), y=r.choice([2026, 2027, 2028]), p=r.choice([10, 15, 20, 30, 80, 90, 95]))

    def measure(self, k: int, unit: str | None) -> tuple[str, str]:
        head, obj = self.items[k % len(self.items)]
        r = self.rnd
        while True:
            parts = [self._fill(r.choice(CLAUSE_A), obj), self._fill(r.choice(CLAUSE_B), obj), self._fill(r.choice(CLAUSE_C), obj)]
            text = "，".join(parts) + "。"
            if text not in self.used:
                self.used.add(text)
                break
        if unit:
            text += f"（责任单位：{unit}）"
        if k >= len(self.items):
            head = ["持续", "进一步", "全面", "深入"][(k // len(self.items) - 1) % 4] + head
        return head, text

    def pick_units(self) -> str:
        return "、".join(self.rnd.sample(self.units, 2))


PREFACE = {
    "manufacturing": "制造业是实体经济的根基。为加快建设现代化产业体系，推动制造业高端化、智能化、绿色化发展，结合本地实际，提出如下意见。",
    "elderly": "为积极应对人口老龄化，加快完善覆盖城乡、布局均衡的养老服务体系，更好满足老年人多层次养老服务需求，制定本方案。",
    "grassland": "草原是北方重要的生态安全屏障。为持续巩固草原生态保护成果，促进草原生态保护与畜牧业协调发展，制定本方案。",
    "safety": "为深入推进安全生产治本攻坚，有效防范遏制重特大事故，保障人民群众生命财产安全，制定本方案。",
    "ecology": "为深入打好污染防治攻坚战，持续改善生态环境质量，推动经济社会发展全面绿色转型，制定本方案。",
    "digital": "为加快数字政府和数字经济建设，以数字化转型整体驱动生产方式、生活方式和治理方式变革，制定本规划。",
}


def build(r: dict) -> str:
    w = Writer(r["seed"], r["topic"], r["units"])
    lines = [f"# frame: {r['frame']}", "# written by ho8 (issue 15, holdout8) with make_long8.py"]
    body: list[str] = []
    expects: list[str] = []
    gaps = set(r.get("gaps", ()))
    k = 0
    for c, (chapter, count) in enumerate(r["chapters"]):
        body.append(f"@heading1 {CN[c]}、{chapter}")
        for i in range(count):
            unit = None if k in gaps else (r["lower"] if (r.get("lower") and k % 4 == 1) else w.pick_units())
            head, text = w.measure(k, unit)
            label = f"（{CN[i]}）{head}" if i < 10 else f"（十{CN[i - 10]}）{head}"
            body.append(f"@heading2 {label}")
            body.append(text)
            if k in gaps:
                expects.append(f"# expect: GW102 | {label} || {text}")
            k += 1
    body.extend(r.get("extra_body", []))
    if gaps:
        expects.append("# expect: GW102")
    expects.extend(r.get("expects", []))
    lines.extend(expects)
    if r.get("near"):
        lines.append("# near-miss: " + ", ".join(r["near"]))
    lines.extend(f"# {c}" for c in r.get("comments", []))
    head = [f"@doc_number {r['number']}", f"@title {r['title']}", f"@recipients {r['recipients']}"]
    head.extend(r.get("intro", []))
    if r.get("attachment_title"):
        head.append(f"@attachment_title {r['attachment_title']}")
    head.append(PREFACE[r["topic"]])
    tail = [f"@signature {r['issuer']}", f"@date {r['date']}"]
    return "\n".join(lines + head + body + tail) + "\n"


RECIPES = [
    dict(name="gw101-p01-hunan-gov-manufacturing", seed=801, topic="manufacturing",
         frame="湖南省人民政府（省政府）实施意见，主送各市州、县市区人民政府，省政府各厅委、各直属机构；正文约5900字，超过省政府普发类5000字上限；两条措施没有责任单位",
         number="湘政发〔2026〕9号", title="湖南省人民政府关于加快推进新型工业化的实施意见",
         recipients="各市州、县市区人民政府，省政府各厅委、各直属机构：", issuer="湖南省人民政府", date="2026年4月7日",
         units=["省工业和信息化厅", "省发展改革委", "省科技厅", "省财政厅", "省自然资源厅", "省人力资源社会保障厅", "省市场监管局", "省地方金融管理局"],
         lower="各市州、县市区人民政府",
         chapters=[("总体要求", 2), ("壮大优势产业", 16), ("强化创新驱动", 14), ("优化要素保障", 16), ("加强组织实施", 6)],
         gaps=[9, 27], expects=["# expect: GW101"], near=["GW105"]),
    dict(name="gw101-p02-sichuan-office-elderly", seed=802, topic="elderly",
         frame="四川省人民政府办公厅实施方案，主送各市（州）人民政府，省政府各部门、各直属机构；约4800字，超过省政府办公厅普发类4000字上限；一条措施没有责任单位",
         number="川办发〔2026〕31号", title="四川省人民政府办公厅关于印发四川省完善基本养老服务体系实施方案的通知",
         intro=["现将《四川省完善基本养老服务体系实施方案》印发给你们，请认真贯彻执行。"], attachment_title="四川省完善基本养老服务体系实施方案",
         recipients="各市（州）人民政府，省政府各部门、各直属机构：", issuer="四川省人民政府办公厅", date="2026年6月19日",
         units=["省民政厅", "省卫生健康委", "省财政厅", "省住房城乡建设厅", "省医保局", "省人力资源社会保障厅", "省自然资源厅"],
         lower="各市（州）人民政府",
         chapters=[("健全服务网络", 12), ("提升服务质量", 12), ("强化要素支撑", 12), ("保障措施", 6)],
         gaps=[14], expects=["# expect: GW101"], near=["GW105", "GW106"]),
    dict(name="gw101-p03-nmg-office-grassland", seed=803, topic="grassland",
         frame="内蒙古自治区人民政府办公厅实施方案，主送各盟行政公署、市人民政府，自治区各委、办、厅、局；约4700字，超过办公厅4000字上限；一条措施没有责任单位",
         number="内政办发〔2026〕27号", title="内蒙古自治区人民政府办公厅关于印发巩固草原生态保护修复成果实施方案的通知",
         intro=["现将《巩固草原生态保护修复成果实施方案》印发给你们，请认真贯彻执行。"], attachment_title="巩固草原生态保护修复成果实施方案",
         recipients="各盟行政公署、市人民政府，自治区各委、办、厅、局：", issuer="内蒙古自治区人民政府办公厅", date="2026年5月6日",
         units=["自治区林草局", "自治区农牧厅", "自治区自然资源厅", "自治区财政厅", "自治区应急管理厅", "自治区公安厅"],
         lower="各盟行政公署、市人民政府",
         chapters=[("严格保护草原", 12), ("加快修复退化草原", 12), ("转变畜牧业生产方式", 12), ("强化保障", 6)],
         gaps=[21], expects=["# expect: GW101"], near=["GW105"]),
    dict(name="gw101-p04-jiangxi-gov-safety", seed=804, topic="safety",
         frame="江西省人民政府印发三年行动方案的通知，主送各设区市、县（区）人民政府，省政府各部门；方案全文约5500字，超过5000字；两条措施没有责任单位",
         number="赣府发〔2026〕12号", title="江西省人民政府关于印发江西省安全生产治本攻坚三年行动方案的通知",
         recipients="各设区市、县（区）人民政府，省政府各部门：", issuer="江西省人民政府", date="2026年3月16日",
         intro=["现将《江西省安全生产治本攻坚三年行动方案》印发给你们，请认真贯彻执行。"],
         attachment_title="江西省安全生产治本攻坚三年行动方案",
         units=["省应急管理厅", "省住房城乡建设厅", "省交通运输厅", "省市场监管局", "省消防救援总队", "省教育厅", "省公安厅"],
         lower="各设区市、县（区）人民政府",
         chapters=[("重点行业领域整治", 16), ("安全责任体系", 13), ("基础能力建设", 14), ("组织保障", 6)],
         gaps=[5, 30], expects=["# expect: GW101"], near=["GW105"]),
    dict(name="clean-01-fujian-gov-digital-under", seed=805, topic="digital",
         frame="福建省人民政府实施意见，主送各设区市人民政府，平潭综合实验区管委会，省人民政府各部门；约4300字（未超过5000字），每条措施有责任单位",
         number="闽政〔2026〕14号", title="福建省人民政府关于加快数字福建建设的实施意见",
         recipients="各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：", issuer="福建省人民政府", date="2026年7月13日",
         units=["省数据管理局", "省发展改革委", "省工业和信息化厅", "省通信管理局", "省卫健委", "省教育厅", "省交通运输厅"],
         lower="各设区市人民政府、平潭综合实验区管委会",
         chapters=[("夯实数字底座", 10), ("赋能千行百业", 10), ("提升治理效能", 10), ("强化保障", 5)],
         near=["GW101", "GW102", "GW105"]),
    dict(name="clean-02-guangdong-dept-ecology", seed=806, topic="ecology",
         frame="广东省生态环境厅印发本系统工作方案的通知，主送各地级以上市生态环境局，厅机关各处室；约6100字（部门文件没有字数上限），措施都有责任处室",
         number="粤环发〔2026〕5号", title="广东省生态环境厅关于印发2026年全省生态环境保护重点工作方案的通知",
         recipients="各地级以上市生态环境局，厅机关各处室、各直属单位：", issuer="广东省生态环境厅", date="2026年2月11日",
         intro=["现将《2026年全省生态环境保护重点工作方案》印发给你们，请结合实际抓好落实。"],
         attachment_title="2026年全省生态环境保护重点工作方案",
         units=["厅大气环境处", "厅水生态环境处", "厅土壤生态环境处", "厅固体废物与化学品处", "厅执法监督局", "厅监测处", "各地级以上市生态环境局"],
         chapters=[("打好蓝天保卫战", 12), ("打好碧水保卫战", 12), ("打好净土保卫战", 12), ("提升治理能力", 12), ("工作要求", 4)],
         near=["GW101", "GW102", "GW104", "GW106"]),
    dict(name="clean-03-gov-digital-plan-exempt", seed=807, topic="digital",
         frame="贵州省人民政府印发“十五五”数字经济发展规划的通知，主送各市、自治州人民政府，各县（市、区）人民政府，省政府各部门；约6300字，发展规划不受字数上限限制",
         number="黔府发〔2026〕3号", title="贵州省人民政府关于印发贵州省“十五五”数字经济发展规划的通知",
         recipients="各市、自治州人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：", issuer="贵州省人民政府", date="2026年1月26日",
         intro=["现将《贵州省“十五五”数字经济发展规划》印发给你们，请认真组织实施。"],
         attachment_title="贵州省“十五五”数字经济发展规划",
         units=["省大数据局", "省发展改革委", "省工业和信息化厅", "省科技厅", "省通信管理局", "省财政厅", "省教育厅"],
         lower="各市、自治州人民政府，各县（市、区）人民政府",
         chapters=[("发展基础", 4), ("重点任务", 20), ("重大工程", 14), ("保障措施", 10)],
         near=["GW101", "GW102", "GW105"]),
    dict(name="city-gov-elderly-gaps", seed=808, topic="elderly",
         frame="洛阳市人民政府工作方案，主送各县（市、区）人民政府，市人民政府各部门；约5300字（设区市政府没有配置字数上限），两条措施没有责任单位",
         number="洛政〔2026〕18号", title="洛阳市人民政府关于印发洛阳市养老服务体系建设三年行动工作方案的通知",
         intro=["现将《洛阳市养老服务体系建设三年行动工作方案》印发给你们，请认真贯彻执行。"], attachment_title="洛阳市养老服务体系建设三年行动工作方案",
         recipients="各县（市、区）人民政府，市人民政府各部门，各有关单位：", issuer="洛阳市人民政府", date="2026年5月21日",
         units=["市民政局", "市卫生健康委", "市财政局", "市住房城乡建设局", "市医保局", "市人社局"],
         lower="各县（市、区）人民政府",
         chapters=[("完善服务网络", 12), ("提升服务能力", 12), ("强化要素保障", 12), ("组织实施", 5)],
         gaps=[7, 22], near=["GW101", "GW105"]),
    dict(name="dept-grassland-directives", seed=809, topic="grassland",
         frame="甘肃省林业和草原局印发实施方案的通知，主送甘南州、张掖市、武威市、酒泉市人民政府；以市州为主语的指令两处、报送要求一处",
         number="甘林草发〔2026〕41号", title="甘肃省林业和草原局关于印发祁连山草原生态修复实施方案的通知",
         recipients="甘南州、张掖市、武威市、酒泉市人民政府：", issuer="甘肃省林业和草原局", date="2026年6月8日",
         intro=["现将《祁连山草原生态修复实施方案》印发给你们。各市州要在7月底前编制本地区草原修复年度实施计划，明确修复地块和责任人。",
                "各市州必须将草原修复任务分解落实到县、乡两级，不得将修复任务层层转嫁给牧户。",
                "请于12月10日前将年度修复任务完成情况报省林业和草原局草原管理处。"],
         attachment_title="祁连山草原生态修复实施方案",
         units=["省林草局草原管理处", "省林草局生态修复处", "省林草局规划财务处", "省林草局森林草原防火处"],
         lower="甘南州、张掖市、武威市、酒泉市人民政府",
         chapters=[("修复任务", 8), ("管护措施", 8), ("保障措施", 4)],
         expects=["# expect: GW104 | 各市州要在7月底前编制本地区草原修复年度实施计划",
                  "# expect: GW104 | 各市州必须将草原修复任务分解落实到县、乡两级",
                  "# expect: GW106 | 请于12月10日前将年度修复任务完成情况报省林业和草原局草原管理处",
                  "# expect: GW104 | 请于12月10日前将年度修复任务完成情况报省林业和草原局草原管理处"],
         near=["GW102", "GW105"]),
    dict(name="county-gov-safety-wide", seed=810, topic="safety",
         frame="沛县人民政府工作方案，主送各镇人民政府、街道办事处，县各有关部门；任务只落在县直部门，镇、街道没有工作；一条措施没有责任单位",
         number="沛政发〔2026〕21号", title="沛县人民政府关于印发沛县安全生产专项整治工作方案的通知",
         intro=["现将《沛县安全生产专项整治工作方案》印发给你们，请认真贯彻执行。"], attachment_title="沛县安全生产专项整治工作方案",
         recipients="各镇人民政府、街道办事处，县各有关部门：", issuer="沛县人民政府", date="2026年4月25日",
         units=["县应急管理局", "县住房城乡建设局", "县交通运输局", "县市场监管局", "县消防救援大队", "县教育局"],
         chapters=[("整治重点", 10), ("工作措施", 6)],
         gaps=[12], expects=["# expect: GW105"], near=["GW104", "GW101"]),
]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for r in RECIPES:
        (HERE / f"{r['name']}.gw").write_text(build(r), encoding="utf-8")


if __name__ == "__main__":
    main()

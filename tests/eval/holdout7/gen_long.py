"""Write the long drafts of holdout7 (long/*.gw) and print their sizes.

Written by ho7 (issue 15, holdout7) with its own word lists and sentence patterns; it shares
nothing with the generators of earlier sets.  Each document is a sequence of chapters whose
measures are assembled from a topic's vocabulary by a seeded random generator, so a rerun
writes the same text.  The labels (# expect / # near-miss) are written here too: the GW101
labels follow the 字数 printed for each document (Word's count: a CJK character or full-width
mark is 1, a run of ASCII letters/digits is 1), with 500 or more to spare from the limit.

    python tests/eval/holdout7/gen_long.py
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "long"
NUM = "一二三四五六七八九十"


def cn(n: int) -> str:
    """1..99 as a Chinese numeral."""
    if n <= 10:
        return NUM[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUM[tens - 1]) + "十" + (NUM[ones - 1] if ones else "")


def word_count(text: str) -> int:
    """Word/WPS 字数: each CJK character or full-width mark 1, each ASCII alphanumeric run 1."""
    text = re.sub(r"\s+", "", text)
    return len(re.findall(r"[A-Za-z0-9.%]+|[^A-Za-z0-9.%]", text))


@dataclass
class Topic:
    """The vocabulary one document's measures are made of."""

    actions: list[str]  # verb + object, e.g. 建设区域性冷链集配中心
    targets: list[str]  # measurable results
    means: list[str]  # how it is done
    effects: list[str]  # what it achieves
    places: list[str]
    supports: list[str]
    units: list[str]  # responsible units of the issuer's level
    local: str  # the lower governments' collective, e.g. 各设区市人民政府
    chapters: list[str] = field(default_factory=list)


OPENERS = ("到{y}年，", "{y}年起，", "力争用{n}年时间，", "“十五五”期间，")
PATTERNS = (
    "{opener}{place}{target}。",
    "围绕{place}，{action}，{mean}，{effect}。",
    "{mean}，{action}，以此{effect2}。",
    "对{place}符合条件的项目，{support}。",
    "坚持分类施策，{action}；同时{mean}，{effect}。",
    "在{place}先行开展试点，{action}，试点成熟后在全省推广。",
    "{action}，{opener}{target}。",
)


class Writer:
    def __init__(self, seed: int, topic: Topic):
        self.rng = random.Random(seed)
        self.t = topic
        self.used: set[str] = set()

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def sentence(self) -> str:
        for _ in range(200):
            pattern = self.pick(list(PATTERNS))
            s = pattern.format(
                opener=self.pick(list(OPENERS)).format(y=self.rng.choice((2027, 2028, 2029, 2030)),
                                                        n=self.rng.choice(("两", "三", "五"))),
                place=self.pick(self.t.places), target=self.pick(self.t.targets),
                action=self.pick(self.t.actions), mean=self.pick(self.t.means),
                effect=self.pick(self.t.effects), effect2=self.pick(self.t.effects),
                support=self.pick(self.t.supports))
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError("vocabulary too small")

    def units(self) -> str:
        lead, *rest = self.rng.sample(self.t.units, 3)
        if self.rng.random() < 0.35:
            return f"（责任单位：{lead}、{rest[0]}，{self.t.local}）"
        if self.rng.random() < 0.5:
            return f"（牵头单位：{lead}；配合单位：{rest[0]}、{rest[1]}）"
        return f"（{lead}会同{rest[0]}负责）"

    def measure(self, label: str, title: str, body: list[str], owner: str | None = "auto") -> str:
        text = "".join(body)
        if owner == "auto":
            return f"{label}{title}。{text}{self.units()}"
        if owner is None:  # no responsible unit at all
            return f"{label}{title}。{text}"
        return f"{label}{title}。{owner}{text}"


def chapters(w: Writer, spec: list[tuple[str, list[str]]], words: int, missing: dict[str, str | None]) -> list[str]:
    """@heading1 chapters of numbered measures, about ``words`` 字 in all: every measure starts
    with two sentences and the measures take one more in turn until the size is reached.
    ``missing`` maps a measure title to the generic actor it gets instead of a responsible unit
    (None: no actor)."""
    bodies = {(i, j): [w.sentence(), w.sentence()] for i, (_, titles) in enumerate(spec) for j in range(len(titles))}
    units = {key: w.units() for key in bodies}
    order = list(bodies)
    k = 0
    while sum(word_count("".join(b) + units[key]) for key, b in bodies.items()) < words:
        bodies[order[k % len(order)]].append(w.sentence())
        k += 1
    lines: list[str] = []
    for i, (head, titles) in enumerate(spec):
        lines.append(f"@heading1 {cn(i + 1)}、{head}")
        for j, title in enumerate(titles):
            label, text = f"（{cn(j + 1)}）", "".join(bodies[(i, j)])
            if title in missing:
                actor = missing[title]
                lines.append(f"{label}{title}。{text}" if actor is None else f"{label}{title}。{actor}{text}")
            else:
                lines.append(f"{label}{title}。{text}{units[(i, j)]}")
    return lines


def write(name: str, header: list[str], head: list[str], body: list[str], tail: list[str],
          labels: list[str], limit: int | None) -> None:
    text_lines = head + body + tail
    counted = "\n".join(re.sub(r"^@\w+ ", "", x) for x in text_lines
                        if not x.startswith(("@doc_number", "@issuer_mark", "@recipients", "@signature",
                                             "@date", "@title", "@cc", "@printer")))
    n = word_count(counted)
    chars = sum(len(re.sub(r"^@\w+ ", "", x)) for x in text_lines if not x.startswith("@table"))
    print(f"{name}: 字数 {n}, paragraph characters {chars}" + (f" (limit {limit})" if limit else ""))
    out = header + ["# written by ho7 (issue 15, holdout7)", f"# 字数（gen_long.py 计）：{n}"] + labels + text_lines
    (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- vocabularies
MANUFACTURING = Topic(
    actions=["建设一批智能制造示范工厂", "推动规模以上工业企业设备更新", "培育专精特新中小企业", "打造汽车零部件配套集群",
             "建设工业互联网标识解析二级节点", "推进传统产业绿色化改造", "引进产业链关键环节项目", "发展高端数控机床和工业机器人",
             "推广首台（套）重大技术装备", "建设中试验证平台", "开展质量品牌提升行动", "推动光电子信息产业扩能"],
    targets=["规模以上工业增加值年均增长7%以上", "制造业增加值占地区生产总值比重稳定在30%左右", "新增国家级专精特新“小巨人”企业100家",
             "建成省级以上智能制造示范工厂200家", "数字化研发设计工具普及率达到85%", "培育营业收入超千亿元企业5家",
             "重点行业单位增加值能耗下降10%", "新增上市制造业企业30家"],
    means=["用好技术改造专项资金", "实行“链长制”推进机制", "建立重点项目清单化管理", "推行“标准地”供地",
           "发挥产业投资基金引导作用", "组织产需对接和供需撮合", "完善首台（套）保险补偿", "推进产学研协同攻关"],
    effects=["带动上下游企业协同发展", "提升产业链供应链韧性", "增强企业核心竞争力", "加快形成新质生产力",
             "促进产业集聚发展", "稳住工业经济基本盘"],
    places=["武汉都市圈", "襄阳、宜昌两个省域副中心城市", "长江沿线产业带", "汉江生态经济带", "各类开发区", "县域特色产业集群"],
    supports=["按设备投资额的10%给予补助，单个项目最高1000万元", "给予贷款贴息支持", "优先保障用地用能指标",
              "按研发投入增量的5%给予奖励", "纳入省级重大项目库统筹推进"],
    units=["省经济和信息化厅", "省发展改革委", "省科技厅", "省财政厅", "省自然资源厅", "省商务厅", "省市场监管局",
           "省地方金融管理局", "省人力资源社会保障厅", "省生态环境厅"],
    local="各市、州、县人民政府")

ELDERLY = Topic(
    actions=["建设县级特困人员供养服务设施", "发展社区嵌入式养老服务", "推进居家适老化改造", "培育养老服务连锁品牌",
             "建设社区老年助餐点", "推动医养结合机构建设", "发展农村互助养老", "建设智慧养老服务平台",
             "开展失能老年人照护服务", "扩大普惠养老床位供给", "推动养老服务人才培养", "发展银发经济新业态"],
    targets=["每个县（市、区）至少建成1所县级特困人员供养服务设施", "社区养老服务设施覆盖率达到95%",
             "养老机构护理型床位占比达到65%", "完成特殊困难老年人家庭适老化改造5万户", "新增社区老年助餐点1000个",
             "培训养老护理员3万人次", "农村互助养老服务点覆盖60%的行政村"],
    means=["整合闲置校舍和村级用房", "引入专业化运营机构", "实行公建民营", "推行“时间银行”互助模式",
           "用好福利彩票公益金", "推动医疗机构与养老机构签约合作", "健全服务质量标准体系"],
    effects=["让老年人就近享受服务", "提升养老服务可及性", "减轻家庭照护负担", "增强农村养老保障能力", "促进养老服务提质增效"],
    places=["南昌、赣州、九江等人口集中城市", "赣南等原中央苏区", "老年人口比例较高的县（市、区）", "城市老旧小区",
            "偏远山区乡镇", "革命老区"],
    supports=["按每张床位1万元给予一次性建设补助", "给予运营补贴", "纳入政府购买服务目录", "减免相关行政事业性收费",
              "优先安排中央预算内投资"],
    units=["省民政厅", "省卫生健康委", "省发展改革委", "省财政厅", "省人力资源社会保障厅", "省住房城乡建设厅",
           "省自然资源厅", "省医保局", "省教育厅", "省市场监管局"],
    local="各设区市、县（市、区）人民政府")

WATER = Topic(
    actions=["实施城乡供水一体化工程", "推进灌区续建配套与现代化改造", "建设中小河流防洪治理工程", "推进病险水库除险加固",
             "建设数字孪生流域", "开展幸福河湖建设", "推进农村供水规模化发展", "实施地下水超采治理",
             "推进水土流失综合治理", "建设山洪灾害监测预警设施", "推进再生水利用配置", "开展河湖“清四乱”常态化"],
    targets=["农村自来水普及率达到92%", "新增和恢复有效灌溉面积200万亩", "完成病险水库除险加固500座",
             "治理中小河流2000公里", "水土流失治理面积3000平方公里", "城市再生水利用率达到25%", "建成幸福河湖300条"],
    means=["统筹中央和省级水利资金", "推行工程建设“一张图”管理", "实行河湖长制", "引入社会资本参与建设运营",
           "推行合同节水管理", "建立工程运行管护经费保障机制"],
    effects=["保障群众饮水安全", "提升防洪减灾能力", "筑牢长江上游生态屏障", "促进水资源集约节约利用", "助力粮食稳产增产"],
    places=["川东北丘陵地区", "成都平原", "攀西地区", "川西北生态示范区", "都江堰灌区", "岷江、沱江流域"],
    supports=["按工程投资的30%给予省级补助", "优先安排地方政府专项债券", "给予贷款贴息", "纳入省级重点项目"],
    units=["省水利厅", "省发展改革委", "省财政厅", "省自然资源厅", "省生态环境厅", "省农业农村厅", "省住房城乡建设厅",
           "省林草局", "省应急管理厅", "省气象局"],
    local="各市（州）、县（市、区）人民政府")

COUNTY = Topic(
    actions=["培育县域首位产业", "建设县城产业平台", "推进县域商业体系建设", "发展农产品精深加工",
             "推动县城补短板强弱项", "培育壮大村级集体经济", "建设特色农产品优势区", "发展县域文旅融合",
             "推进县域金融服务下沉", "建设返乡创业园"],
    targets=["县域地区生产总值年均增长6.5%以上", "培育主营业务收入超百亿元的首位产业县30个",
             "农产品加工业产值与农业总产值之比达到2.8∶1", "村级集体经济年经营性收入全部超过10万元",
             "县城常住人口城镇化率提高5个百分点"],
    means=["实行“一县一策”", "建立省市县联动推进机制", "发挥县级政府投融资平台作用", "开展县域营商环境评价",
           "推动省级审批权限下放", "用好乡村振兴衔接资金"],
    effects=["壮大县域经济实力", "带动农民就近就业增收", "促进城乡融合发展", "提升县城综合承载能力"],
    places=["赣南苏区县", "鄱阳湖生态经济区各县", "昌九、昌抚一体化沿线县", "罗霄山区县", "赣东北开放合作区各县"],
    supports=["每年安排省级县域经济发展专项资金给予支持", "按新增税收省级分成部分给予奖励", "优先保障新增建设用地计划",
              "给予一次性奖补"],
    units=["省发展改革委", "省工业和信息化厅", "省财政厅", "省自然资源厅", "省农业农村厅", "省商务厅",
           "省文化和旅游厅", "省人力资源社会保障厅", "省地方金融管理局", "省乡村振兴局"],
    local="各设区市、县（市、区）人民政府")

TOURISM = Topic(
    actions=["培育冰雪旅游精品线路", "建设长城国家文化公园河北段", "打造京津冀休闲旅游环线", "推进A级旅游景区提质升级",
             "发展乡村民宿集群", "培育夜间文化和旅游消费集聚区", "开展文旅市场服务质量提升行动", "推动旅游演艺提档升级",
             "建设智慧旅游服务平台", "发展研学旅游基地", "培育红色旅游经典景区", "发展康养度假产品"],
    targets=["全省接待游客人次年均增长8%", "新增国家5A级旅游景区3家", "培育省级旅游休闲街区30个",
             "乡村旅游重点村达到300个", "创建国家级夜间文化和旅游消费集聚区10个", "旅游总收入突破1万亿元"],
    means=["编制专项规划", "制定服务标准", "组织线上线下推广活动", "引入知名文旅企业运营", "推行电子票务和分时预约",
           "开展从业人员技能培训"],
    effects=["丰富文旅产品供给", "提升游客满意度", "扩大文旅消费", "擦亮“这么近，那么美，周末到河北”品牌"],
    places=["张家口崇礼", "承德避暑山庄周边", "秦皇岛滨海地区", "太行山沿线", "大运河沿线", "西柏坡红色旅游区"],
    supports=["给予省级旅游发展资金支持", "按门票收入增量给予奖励", "优先推荐申报国家级品牌"],
    units=["厅资源开发处", "厅市场管理处", "厅产业发展处", "厅公共服务处", "厅宣传推广处", "厅科技教育处",
           "厅文物保护处", "省文化和旅游发展中心"],
    local="各市（含定州、辛集市）文化广电和旅游局")

DIGITAL = Topic(
    actions=["建设自治区一体化政务大数据体系", "推进“一网通办”服务提质", "建设城市运行管理平台", "推进政务数据共享开放",
             "建设算力枢纽节点", "发展数字农业应用场景", "推动公共数据授权运营", "推广电子证照应用"],
    targets=["政务服务事项网上可办率达到98%", "高频事项“跨省通办”全覆盖", "数据中心标准机架达到10万架",
             "电子证照互通互认率达到90%"],
    means=["统一技术标准", "实行数据目录清单管理", "建立共享需求响应机制", "加强数据安全防护"],
    effects=["让群众办事少跑腿", "提升政府治理效能", "释放数据要素价值"],
    places=["银川市", "中卫市云计算基地", "石嘴山市", "吴忠市", "固原市"],
    supports=["按建设投资给予补助", "纳入自治区信息化项目统筹"],
    units=["自治区数据局", "自治区发展改革委", "自治区财政厅", "自治区政务服务中心", "自治区工业和信息化厅", "自治区党委网信办"],
    local="各市、县（区）人民政府")

PLAN = Topic(
    actions=["建设滇中城市群", "推进沿边开放经济带建设", "发展绿色铝和光伏产业", "建设高原特色农业现代化基地",
             "推进澜沧江—湄公河合作", "建设国际康养旅游示范区", "推进综合交通枢纽建设", "发展数字经济核心产业",
             "推进九大高原湖泊保护治理", "建设面向南亚东南亚辐射中心", "推动边境口岸提质", "发展生物医药产业"],
    targets=["全省地区生产总值年均增长6%左右", "城镇化率达到58%", "森林覆盖率稳定在65%以上",
             "铁路营运里程达到7000公里", "口岸进出口货运量年均增长10%", "数字经济核心产业增加值占比达到8%"],
    means=["强化规划引领", "推进重大项目滚动实施", "完善区域协调机制", "深化要素市场化配置改革", "扩大高水平对外开放"],
    effects=["筑牢西南生态安全屏障", "增强区域发展协调性", "提升开放型经济水平", "促进各民族共同富裕"],
    places=["滇中地区", "滇西边境地区", "滇东北地区", "滇西南沿边地区", "昆明、玉溪、曲靖三市", "大理、丽江、迪庆旅游环线"],
    supports=["统筹省级预算内投资予以支持", "优先纳入省级重大项目清单"],
    units=["省发展改革委", "省工业和信息化厅", "省交通运输厅", "省自然资源厅", "省生态环境厅", "省商务厅", "省文化和旅游厅"],
    local="各州、市人民政府")

SAFETY = Topic(
    actions=["开展重大事故隐患专项排查整治", "推进危险化学品企业安全改造", "强化城镇燃气安全管理", "整治自建房安全隐患",
             "加强消防安全重点单位管理", "推进工贸企业有限空间作业治理", "开展道路运输安全整治", "推进矿山安全改造"],
    targets=["较大以上事故起数同比下降", "重大事故隐患动态清零", "安全生产标准化达标企业比例提高10个百分点"],
    means=["实行隐患清单化管理", "推行安全生产责任保险", "开展执法检查", "组织专家指导服务"],
    effects=["坚决遏制重特大事故", "提升本质安全水平"],
    places=["珠三角地区", "粤东西北地区", "各类工业园区", "城乡结合部"],
    supports=["给予安全改造补助"],
    units=["省应急管理厅", "省住房城乡建设厅", "省交通运输厅", "省消防救援总队"],
    local="各地级以上市人民政府")


def gov_header(frame: str, number: str, title: str, recipients: str) -> tuple[list[str], list[str]]:
    return [f"# frame: {frame}"], [f"@doc_number {number}", f"@title {title}", f"@recipients {recipients}"]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for old in HERE.glob("*.gw"):
        old.unlink()

    # 1. Hubei provincial government opinion, far over 5000 字, one measure with only a generic actor.
    w = Writer(71, MANUFACTURING)
    header, head = gov_header("湖北省人民政府（省政府普发类）的意见，主送各市、州、县人民政府，省政府各部门；正文约5800字，超过5000字；一条措施只写“各地各部门”",
                              "鄂政发〔2026〕8号", "湖北省人民政府关于推进制造业高质量发展的意见",
                              "各市、州、县人民政府，省政府各部门：")
    head.append("制造业是实体经济的主体。为推动全省制造业高质量发展，加快建设全国重要先进制造业基地，提出如下意见。")
    spec = [("总体要求", ["明确发展目标"]),
            ("提升产业链现代化水平", ["实施产业链提升工程", "培育先进制造业集群", "推进产业基础再造", "发展战略性新兴产业"]),
            ("推动数字化绿色化转型", ["推进智能化改造", "推进数字化转型", "推进绿色化改造", "推进工业互联网创新应用"]),
            ("增强企业创新能力", ["强化企业创新主体地位", "建设制造业创新中心", "加快科技成果转化"]),
            ("壮大市场主体", ["培育领军企业", "发展专精特新企业", "促进大中小企业融通"]),
            ("强化要素保障", ["加强用地保障", "加强金融支持", "加强人才支撑", "降低企业成本"])]
    body = chapters(w, spec, 5700, {"推进绿色化改造": "各地各部门要"})
    body.append("各地、各有关部门要按照本意见要求，结合实际制定具体落实措施，确保各项任务落地见效。")
    write("gw101-p01-hubei-gov-manufacturing-opinion.gw", header, head, body,
          ["@signature 湖北省人民政府", "@date 2026年5月20日"],
          ["# expect: GW101", "# expect: GW102 | （三）推进绿色化改造", "# expect: GW102"], 5000)

    # 2. Jiangxi general office issuing a plan of about 4800 字 (limit 4000); a half-width comma.
    w = Writer(72, ELDERLY)
    header, head = gov_header("江西省人民政府办公厅（办公厅普发类）印发养老服务方案的通知，方案约4800字，超过4000字；一处半角逗号",
                              "赣府厅发〔2026〕21号", "江西省人民政府办公厅关于印发江西省养老服务体系建设三年行动方案的通知",
                              "各设区市、县（市、区）人民政府，省政府各部门：")
    head += ["《江西省养老服务体系建设三年行动方案》已经省政府同意，现印发给你们，请结合实际认真组织实施。",
             "@signature 江西省人民政府办公厅", "@date 2026年6月18日",
             "@attachment_title 江西省养老服务体系建设三年行动方案",
             "为积极应对人口老龄化，健全覆盖城乡的养老服务体系，制定本方案。"]
    spec = [("完善基本养老服务", ["建立基本养老服务清单", "提升特困供养服务能力", "加强失能老年人照护"]),
            ("发展居家社区养老", ["建设社区养老服务网络", "推进老年助餐服务", "实施居家适老化改造", "发展家庭养老床位"]),
            ("补齐农村养老短板", ["提升乡镇敬老院服务", "发展农村互助养老", "开展留守老年人关爱"]),
            ("提高服务质量", ["推进医养结合", "加强人才队伍建设", "发展智慧养老"])]
    body = chapters(w, spec, 4650, {})
    body[5] = body[5].replace("，", ",", 1)
    comma_snippet = body[5].split(",")[0][-8:] + ","
    write("gw101-p02-jx-office-elderly-care-plan.gw", header, head, body, [],
          ["# expect: GW101", f"# expect: GW801 | {comma_snippet}"], 4000)

    # 3. Sichuan general office opinion, about 6200 字; two measures without a responsible unit.
    w = Writer(73, WATER)
    header, head = gov_header("四川省人民政府办公厅（办公厅普发类）的意见，主送各市（州）、县（市、区）人民政府，省政府各部门；约6200字；两条措施没有责任单位",
                              "川办发〔2026〕30号", "四川省人民政府办公厅关于加快推进水网建设的实施意见",
                              "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构，有关单位：")
    head.append("为加快构建四川水网，提升水安全保障能力，经省政府同意，提出如下实施意见。")
    spec = [("完善水资源配置体系", ["推进骨干水源工程建设", "实施引调水工程", "推进城乡供水一体化", "加强应急备用水源建设"]),
            ("提升防洪减灾能力", ["加快病险水库除险加固", "推进中小河流治理", "完善山洪灾害防御体系", "提升城市防洪排涝能力"]),
            ("复苏河湖生态环境", ["推进幸福河湖建设", "加强水土保持", "推进地下水保护"]),
            ("推进智慧水利建设", ["建设数字孪生流域", "完善水利监测感知网"]),
            ("深化水利改革", ["推进水价改革", "创新水利投融资机制", "加强工程运行管护"])]
    body = chapters(w, spec, 6000, {"推进地下水保护": None, "创新水利投融资机制": "有关部门要"})
    write("gw101-p03-sichuan-office-water-network-opinion.gw", header, head, body,
          ["@signature 四川省人民政府办公厅", "@date 2026年7月3日"],
          ["# expect: GW101", "# expect: GW102 | （三）推进地下水保护", "# expect: GW102 | （二）创新水利投融资机制",
           "# expect: GW102"], 4000)

    # 4. Jiangxi provincial government measures, about 5600 字.
    w = Writer(74, COUNTY)
    header, head = gov_header("江西省人民政府（省政府普发类）的若干措施，主送各设区市、县（市、区）人民政府，省政府各部门；约5600字；一条措施只写“各地”",
                              "赣府发〔2026〕11号", "江西省人民政府关于印发推动县域经济高质量发展若干措施的通知",
                              "各设区市、县（市、区）人民政府，省政府各部门：")
    head += ["现将《推动县域经济高质量发展若干措施》印发给你们，请认真贯彻执行。",
             "@signature 江西省人民政府", "@date 2026年4月22日",
             "@attachment_title 推动县域经济高质量发展若干措施"]
    spec = [("做强县域主导产业", ["培育首位产业", "建设产业平台", "发展农产品加工", "推动产业集群发展"]),
            ("提升县城承载能力", ["补齐县城设施短板", "完善县城公共服务", "推进县域商业体系建设", "推动县城绿色发展"]),
            ("激发县域发展活力", ["扩大县级经济管理权限", "强化县域金融服务", "支持返乡入乡创业", "壮大村级集体经济"]),
            ("强化要素支撑", ["加大财政支持", "保障用地需求", "加强人才引育", "推进文旅融合"])]
    body = chapters(w, spec, 5500, {"强化县域金融服务": "各地要"})
    write("gw101-p04-jx-gov-county-economy-measures.gw", header, head, body, [],
          ["# expect: GW101", "# expect: GW102 | （二）强化县域金融服务", "# expect: GW102"], 5000)

    # 5. Clean: Jiangxi provincial government opinion of about 4300 字 (under 5000).
    w = Writer(75, COUNTY)
    header, head = gov_header("江西省人民政府（省政府普发类）的意见，约4300字，未超过5000字；每条措施都有责任单位，下级政府有工作",
                              "赣府发〔2026〕15号", "江西省人民政府关于支持赣南苏区县域产业振兴的意见",
                              "各设区市、县（市、区）人民政府，省政府各部门：")
    head.append("为支持赣南等原中央苏区县域产业振兴，提出如下意见。")
    spec = [("壮大特色产业", ["发展脐橙产业", "发展稀土新材料产业", "发展家具产业"]),
            ("完善产业平台", ["提升开发区能级", "建设标准厂房", "完善物流设施"]),
            ("强化政策支持", ["加大资金支持", "强化用地保障", "加强人才支持", "优化金融服务"])]
    body = chapters(w, spec, 4200, {})
    write("clean-jx-gov-soviet-area-industry-opinion.gw", header, head, body,
          ["@signature 江西省人民政府", "@date 2026年8月5日"],
          ["# near-miss: GW101, GW102, GW105"], 5000)

    # 6. Clean: Hebei department plan of about 5600 字 (departments have no length limit).
    w = Writer(76, TOURISM)
    header, head = gov_header("河北省文化和旅游厅（省直厅局，不在字数上限之列）印发的行动方案，约5600字，主送各市文化广电和旅游局；每条措施都有厅内处室或直属单位负责",
                              "冀文旅发〔2026〕25号", "河北省文化和旅游厅关于印发河北省旅游业提质增效三年行动方案的通知",
                              "各市（含定州、辛集市）文化广电和旅游局，雄安新区公共服务局，厅机关各处室、各直属单位：")
    head += ["现将《河北省旅游业提质增效三年行动方案》印发给你们，请认真抓好落实。",
             "@signature 河北省文化和旅游厅", "@date 2026年3月31日",
             "@attachment_title 河北省旅游业提质增效三年行动方案"]
    spec = [("丰富旅游产品供给", ["打造冰雪旅游品牌", "建设国家文化公园", "发展乡村旅游", "培育研学旅游", "发展康养旅游"]),
            ("提升旅游服务品质", ["推进景区提质", "规范旅游市场秩序", "建设智慧旅游", "完善公共服务"]),
            ("扩大旅游消费", ["发展夜间经济", "开展主题推广", "培育旅游演艺", "推动文旅融合"]),
            ("夯实发展基础", ["培育市场主体", "加强人才培养", "推进区域协作"])]
    body = chapters(w, spec, 5500, {})
    write("clean-hebei-dept-tourism-action-plan.gw", header, head, body, [],
          ["# near-miss: GW101, GW102, GW104"], None)

    # 7. Clean: Ningxia general office plan, about 3300 字.
    w = Writer(77, DIGITAL)
    header, head = gov_header("宁夏回族自治区人民政府办公厅（办公厅普发类）的实施方案，约3300字，未超过4000字；每条措施都有责任单位",
                              "宁政办发〔2026〕19号", "宁夏回族自治区人民政府办公厅关于印发数字政府建设实施方案的通知",
                              "各市、县（区）人民政府，自治区政府各部门、各直属机构：")
    head += ["《数字政府建设实施方案》已经自治区人民政府同意，现印发给你们，请认真组织实施。",
             "@signature 宁夏回族自治区人民政府办公厅", "@date 2026年5月6日",
             "@attachment_title 数字政府建设实施方案"]
    spec = [("夯实数字基础", ["建设政务云", "统一数据资源体系"]),
            ("提升服务效能", ["优化“一网通办”", "推广电子证照", "推进“跨省通办”"]),
            ("强化治理能力", ["建设城市运行平台", "推进数据开放"])]
    body = chapters(w, spec, 3200, {})
    write("clean-ningxia-office-digital-government-plan.gw", header, head, body, [],
          ["# near-miss: GW101, GW102"], 4000)

    # 8. Yunnan provincial development plan (exempt from GW101), with two language slips.
    w = Writer(78, PLAN)
    header, head = gov_header("云南省人民政府印发区域发展规划的通知，约5800字；发展规划不受5000字限制；文中一处“其它”、一处用连字符的百分数范围",
                              "云政发〔2026〕6号", "云南省人民政府关于印发云南省区域协调发展规划（2026—2030年）的通知",
                              "各州、市人民政府，省直各委、办、厅、局：")
    head += ["现将《云南省区域协调发展规划（2026—2030年）》印发给你们，请认真贯彻执行。",
             "@signature 云南省人民政府", "@date 2026年3月27日",
             "@attachment_title 云南省区域协调发展规划（2026—2030年）",
             "本规划是指导全省区域协调发展的纲领性文件，规划期为2026年至2030年。"]
    spec = [("优化区域发展布局", ["做强滇中城市群", "建设沿边开放带", "推动滇西一体化", "振兴滇东北地区"]),
            ("构建现代产业体系", ["发展绿色能源产业", "发展高原特色农业", "发展文旅康养产业", "发展数字经济"]),
            ("完善基础设施网络", ["建设综合交通网", "建设现代水网", "建设能源网", "建设信息网"]),
            ("筑牢生态安全屏障", ["保护高原湖泊", "推进生物多样性保护", "推进国土绿化"]),
            ("扩大高水平开放", ["建设口岸经济带", "深化区域合作"])]
    body = chapters(w, spec, 5600, {})
    body.append("规划实施中涉及的其它事项，由省发展改革委商有关部门研究提出意见，报省人民政府审定。")
    body.append("到2030年，滇中城市群经济总量占全省比重提高到60%-65%，由省发展改革委会同各州、市人民政府组织实施。")
    write("gw101-n01-yunnan-gov-regional-plan-exempt.gw", header, head, body, [],
          ["# near-miss: GW101", "# expect: GW803 | 规划实施中涉及的其它事项", "# expect: GW804 | 60%-65%"], 5000)

    # 9. Guangdong emergency management department notice: reports and proof material demanded.
    w = Writer(79, SAFETY)
    header, head = gov_header("广东省应急管理厅（省直厅局）的通知，主送各地级以上市应急管理局；要求报送总结并附照片台账",
                              "粤应急〔2026〕92号", "广东省应急管理厅关于深入开展安全生产治本攻坚行动的通知",
                              "各地级以上市应急管理局，厅机关各处室、各直属单位：")
    head.append("为深入推进安全生产治本攻坚，防范遏制重特大事故，现就有关工作通知如下。")
    spec = [("重点任务", ["排查整治重大隐患", "加强危化品安全", "强化燃气安全", "整治自建房隐患", "加强消防安全"]),
            ("工作措施", ["推进执法检查", "推行责任保险", "开展专家服务"])]
    body = chapters(w, spec, 2200, {})
    body += ["@heading1 三、工作要求",
             "各地级以上市应急管理局要于2026年12月15日前将年度治本攻坚行动工作总结报送厅安全协调处，并附排查整治工作台账和现场照片。"]
    write("gw106-guangdong-dept-safety-campaign-notice.gw", header, head, body,
          ["@signature 广东省应急管理厅", "@date 2026年5月29日"],
          ["# expect: GW106 | 年度治本攻坚行动工作总结报送", "# expect: GW302 | 年度治本攻坚行动工作总结报送"], None)


if __name__ == "__main__":
    main()

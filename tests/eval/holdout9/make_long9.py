"""Generate the long drafts of holdout9 (tests/eval/holdout9/long/).

Written by ho9 (issue 15, round 10) with its own word lists; it shares nothing with the
generators of earlier sets.  Each document is built from numbered measures assembled from
per-theme phrase lists; a seeded random generator keeps the output stable.
Run:  python tests/eval/holdout9/make_long9.py   (rewrites long/*.gw)
"""
from __future__ import annotations

import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "long"
CN = "一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


def word_count(text: str) -> int:
    """Word/WPS-like 字数: CJK chars and full-width punctuation 1 each, a Latin/digit run 1."""
    text = re.sub(r"[A-Za-z0-9.%]+", "A", text)
    return sum(1 for ch in text if not ch.isspace())


THEMES = {
    "grassland": {
        "objects": ["天然草原禁牧休牧", "退化草原人工种草", "草原鼠虫害绿色防控", "牧区饲草料基地", "草畜平衡核查",
                    "牧民定居点配套设施", "草原防火隔离带", "草种繁育基地", "季节性轮牧制度", "草原生态监测站点",
                    "牧区冬春棚圈", "草原承包经营权确权", "草原生态保护补助奖励", "退牧还草围栏", "沙化草原综合治理",
                    "牧区人畜饮水工程", "草原执法队伍", "天然打草场", "舍饲半舍饲养殖", "牧区农牧民合作社"],
        "verbs": ["全面落实", "统筹推进", "分区实施", "稳步扩大", "规范开展", "加快建设", "持续完善", "集中整治"],
        "targets": ["到2028年，项目区草原综合植被盖度提高3个百分点", "每年完成治理面积不少于80万亩",
                    "重点县覆盖率达到90%以上", "年内建成示范点30个", "三年内实现牧区全覆盖",
                    "2027年底前完成首批任务的70%", "单位面积产草量提高15%", "受益牧户达到2.6万户"],
        "methods": ["以嘎查村为单元编制实施计划，逐户明确面积和补助标准", "采取政府补助、牧民投工投劳相结合的方式组织实施",
                    "优先安排在生态脆弱区和水源涵养区", "引入第三方机构开展成效评估，评估结果向社会公开",
                    "推行“合作社＋牧户”的组织模式，统一采购、统一作业", "建立项目库，实行滚动管理、动态调整",
                    "结合卫星遥感监测成果确定重点区域", "对完成任务的牧户按面积兑付补助资金"],
        "supports": ["所需资金从中央草原生态保护补助奖励资金和本级财政预算中统筹安排。",
                     "相关技术规程由行业主管部门另行制定并公开发布。",
                     "实施中注意保护牧民合法权益，不得强迫牧民转让承包草原。",
                     "项目竣工后及时组织验收，验收合格后移交嘎查村管护。",
                     "对工作成效明显的地区，在下一年度资金分配中予以倾斜。",
                     "建设标准参照国家有关技术规范执行，不搞层层加码。"],
    },
    "water": {
        "objects": ["城乡供水一体化", "小型水库除险加固", "中小河流治理", "灌区续建配套与节水改造", "地下水超采综合治理",
                    "农村供水工程标准化管理", "山洪灾害监测预警", "水土流失综合治理", "河湖管理范围划界",
                    "城市节水型社会建设", "再生水利用设施", "水资源刚性约束制度", "农业水价综合改革",
                    "淤地坝安全运行", "抗旱应急水源", "数字孪生流域", "堤防达标建设", "水文站网"],
        "verbs": ["加快推进", "全面实施", "分类推进", "系统开展", "有序推进", "持续推进", "着力完善", "统筹实施"],
        "targets": ["到2028年，农村自来水普及率达到95%", "年内完成病险水库除险加固86座",
                    "治理河长1200公里", "新增高效节水灌溉面积60万亩", "地下水开采量压减1.5亿立方米",
                    "重点防洪县城防洪标准达到50年一遇", "新增水土流失治理面积900平方公里", "再生水利用率达到30%"],
        "methods": ["按照“建大、并中、减小”的思路整合现有供水工程", "实行项目法人责任制、招标投标制和工程监理制",
                    "建立县级统管、专业化管护的运行机制", "按流域统一规划、分段实施、整体验收",
                    "推行工程建设与管护机制同步设计、同步实施", "依托水利一张图实现工程信息动态更新",
                    "对已完工项目开展运行效果后评价", "探索政府和社会资本合作模式吸引社会投资"],
        "supports": ["所需资金通过中央预算内投资、地方政府专项债券和银行贷款等渠道统筹解决。",
                     "工程建设严格执行质量终身责任制。",
                     "具体实施方案由行业主管部门会同有关方面另行制定。",
                     "工程管护经费纳入本级财政预算予以保障。",
                     "建设过程中注意保护沿河生态，不得裁弯取直、过度硬化。",
                     "完成情况纳入年度高质量发展综合绩效评价。"],
    },
    "border": {
        "objects": ["边境口岸通关便利化", "边民互市贸易", "跨境物流通道", "边境旅游试验区", "沿边产业园区",
                    "口岸查验设施", "跨境电商综合试验区", "边境小额贸易", "国际道路运输", "边境村寨基础设施",
                    "兴边富民行动", "口岸城市功能", "跨境金融服务", "边境地区公共服务", "进口资源落地加工",
                    "边境经济合作区", "国际班列集结中心", "口岸智慧化改造"],
        "verbs": ["大力发展", "加快建设", "持续优化", "规范发展", "积极拓展", "稳步推进", "全面提升", "统筹推进"],
        "targets": ["到2028年，口岸进出口货运量年均增长8%", "整体通关时间压缩三分之一",
                    "互市贸易落地加工率达到60%", "新开通国际道路运输线路6条", "培育外贸实体企业200家",
                    "边境村道路硬化率达到100%", "年接待出入境游客突破300万人次", "建成标准化查验场地12个"],
        "methods": ["推行“提前申报”“两步申报”等通关模式", "建立口岸收费目录清单制度并向社会公布",
                    "支持互市商品在区内落地加工后销往内地", "整合口岸管理部门数据，实现“一次申报、一次查验、一次放行”",
                    "对符合条件的外贸企业给予物流费用补贴", "引导金融机构开展跨境人民币结算业务",
                    "推动边境村寨水电路讯网一体建设", "与毗邻国家地方政府建立定期会晤机制"],
        "supports": ["涉及的补贴资金按照“谁受益、谁负担”的原则分级承担。",
                     "有关支持政策执行期限至2028年12月31日。",
                     "实施中遇到的重大问题及时报告。",
                     "具体操作办法由主管部门会同海关、边检等单位另行制定。",
                     "建设项目优先纳入本级重点项目库，享受用地用林保障。",
                     "政策实施效果每年评估一次，根据评估结果动态调整。"],
    },
}


def measures(rng: random.Random, theme: str, n: int, units: list[str], start: int = 1,
             missing: frozenset[int] = frozenset(), generic: frozenset[int] = frozenset()):
    """n numbered measures as (heading_text, paragraph); missing: no unit; generic: only 有关部门."""
    t = THEMES[theme]
    objs = t["objects"][:]
    rng.shuffle(objs)
    out = []
    for i in range(n):
        k = start + i
        obj = objs[i % len(objs)]
        verb = rng.choice(t["verbs"])
        head = f"（{cn_num(k)}）{verb}{obj}"
        m1, m2 = rng.sample(t["methods"], 2)
        s1, s2 = rng.sample(t["supports"], 2)
        body = f"{rng.choice(t['targets'])}。{m1}，{m2}。{s1}{s2}"
        if k in missing:
            para = f"{head}。{body}"
        elif k in generic:
            para = f"{head}。有关部门要{rng.choice(t['methods'])}。{body}"
        else:
            para = f"{head}。{body}（责任单位：{rng.choice(units)}）"
        out.append((head, para))
    return out


def build(spec: dict) -> str:
    rng = random.Random(spec["seed"])
    lines = [f"# frame: {spec['frame']}"]
    lines += spec["labels"]
    lines += [f"@doc_number {spec['doc_number']}", f"@title {spec['title']}", f"@recipients {spec['recipients']}"]
    lines += spec["intro"]
    if spec.get("carrier"):
        lines += [f"@signature {spec['signature']}", f"@date {spec['date']}", f"@title {spec['carrier']}"]
        lines += spec["carrier_intro"]
    k = 1
    for part, (heading, count) in enumerate(spec["parts"], 1):
        lines.append(f"@heading1 {cn_num(part)}、{heading}")
        for head, para in measures(rng, spec["theme"], count, spec["units"], start=k,
                                   missing=spec.get("missing", frozenset()),
                                   generic=spec.get("generic", frozenset())):
            lines.append(para)
        k += count
    lines += spec.get("closing", [])
    if not spec.get("carrier"):
        lines += [f"@signature {spec['signature']}", f"@date {spec['date']}"]
    return "\n".join(lines) + "\n"


def counted(text: str) -> int:
    body = [ln.split(" ", 1)[1] if ln.startswith("@") else ln for ln in text.splitlines()
            if not ln.startswith("#") and not ln.startswith("@doc_number")]
    return word_count("".join(body))


def heads(spec: dict) -> dict[int, str]:
    rng = random.Random(spec["seed"])
    out, k = {}, 1
    for heading, count in spec["parts"]:
        for i, (head, _) in enumerate(measures(rng, spec["theme"], count, spec["units"], start=k,
                                               missing=spec.get("missing", frozenset()),
                                               generic=spec.get("generic", frozenset()))):
            out[k + i] = head
        k += count
    return out


WB = "# written by ho9 (issue 15, holdout9)"
PROV_UNITS_NM = ["自治区林业和草原局", "自治区农牧厅", "自治区财政厅", "自治区林业和草原局、自治区财政厅",
                 "自治区农牧厅，各盟行政公署、市人民政府", "各盟行政公署、市人民政府", "自治区自然资源厅、自治区林业和草原局"]
PROV_UNITS_GS = ["省水利厅", "省水利厅、省财政厅", "省发展改革委、省水利厅", "省水利厅，各市州人民政府",
                 "各市州人民政府", "省农业农村厅、省水利厅", "省自然资源厅，各市州人民政府"]
PROV_UNITS_GX = ["自治区商务厅", "南宁海关、自治区商务厅", "自治区交通运输厅", "自治区发展改革委，防城港市、崇左市、百色市人民政府",
                 "各市、县人民政府", "自治区财政厅、自治区商务厅", "人民银行广西壮族自治区分行"]
CITY_UNITS = ["市水务局", "市水务局、市财政局", "市发展和改革委员会", "各县（市、区）人民政府", "市自然资源和规划局，各县（市、区）人民政府",
              "市农业农村局、市水务局"]
DEPT_UNITS = ["厅规划计划处", "厅草原管理处", "厅财务处", "自治区草原工作站", "厅科技处", "自治区林业和草原监测规划院"]

SPECS = [
    dict(name="gov-office-grassland-over4000", seed=901, theme="grassland",
         frame="内蒙古自治区人民政府办公厅印发实施方案（约4,600字，超过办公厅普发类4,000字），第（五）项没有责任单位",
         doc_number="内政办发〔2026〕71号",
         title="内蒙古自治区人民政府办公厅关于印发内蒙古自治区草原生态保护修复三年行动实施方案的通知",
         recipients="各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位：",
         intro=["《内蒙古自治区草原生态保护修复三年行动实施方案》已经自治区人民政府同意，现印发给你们，请认真贯彻落实。"],
         signature="内蒙古自治区人民政府办公厅", date="2026年11月20日",
         carrier="内蒙古自治区草原生态保护修复三年行动实施方案",
         carrier_intro=["为筑牢我国北方重要生态安全屏障，推动草原生态持续向好，制定本方案。"],
         parts=[("加强草原保护", 11), ("推进草原修复", 10), ("完善支持政策", 10)], units=PROV_UNITS_NM,
         missing=frozenset({5}), labels=["# expect: GW101", "@GW102 5", "# expect: GW102",
                                         "# near-miss: GW104, GW105, GW106"], size=(4400, 5200)),
    dict(name="gov-yijian-water-over5000", seed=902, theme="water",
         frame="甘肃省人民政府意见（约5,700字，超过省政府普发类5,000字），第（十二）项只写“有关部门”",
         doc_number="甘政发〔2026〕42号",
         title="甘肃省人民政府关于加快构建现代水网的意见",
         recipients="各市、自治州人民政府，兰州新区管委会，省政府各部门，中央在甘各单位：",
         intro=["为加快构建现代水网，全面提升水安全保障能力，现提出如下意见。"],
         signature="甘肃省人民政府", date="2026年11月16日",
         parts=[("完善水资源配置体系", 14), ("提升防洪减灾能力", 14), ("强化水生态保护", 14)], units=PROV_UNITS_GS,
         generic=frozenset({12}), labels=["# expect: GW101", "@GW102 12", "# expect: GW102",
                                          "# near-miss: GW104, GW105, GW106"], size=(5500, 6300)),
    dict(name="gov-office-border-over4000", seed=903, theme="border",
         frame="广西壮族自治区人民政府办公厅印发若干措施（约4,500字，超过办公厅普发类4,000字），第（三）（十七）项没有责任单位",
         doc_number="桂政办发〔2026〕88号",
         title="广西壮族自治区人民政府办公厅关于印发推动沿边开放高质量发展若干措施的通知",
         recipients="各市、县人民政府，自治区人民政府各组成部门、各直属机构：",
         intro=["《推动沿边开放高质量发展若干措施》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。"],
         signature="广西壮族自治区人民政府办公厅", date="2026年11月23日",
         carrier="推动沿边开放高质量发展若干措施",
         carrier_intro=["为深入推进沿边开放，建设面向东盟的开放合作高地，制定以下措施。"],
         parts=[("提升口岸功能", 11), ("做强沿边产业", 11), ("强化要素保障", 11)], units=PROV_UNITS_GX,
         missing=frozenset({3, 17}), labels=["# expect: GW101", "@GW102 3", "@GW102 17", "# expect: GW102",
                                              "# near-miss: GW104, GW105, GW106"], size=(4300, 5200)),
    dict(name="gov-grassland-over5000", seed=904, theme="grassland",
         frame="青海省人民政府印发方案（约5,600字，超过5,000字），两项没有责任单位",
         doc_number="青政〔2026〕55号",
         title="青海省人民政府关于印发青海省草原生态保护补助奖励政策实施方案的通知",
         recipients="各市、自治州人民政府，省政府各委、办、厅、局：",
         intro=["现将《青海省草原生态保护补助奖励政策实施方案》印发给你们，请认真组织实施。"],
         signature="青海省人民政府", date="2026年11月27日",
         carrier="青海省草原生态保护补助奖励政策实施方案",
         carrier_intro=["为落实国家新一轮草原生态保护补助奖励政策，保护草原生态，促进牧民增收，制定本方案。"],
         parts=[("禁牧补助", 14), ("草畜平衡奖励", 13), ("绩效管理", 13)],
         units=["省林业和草原局", "省农业农村厅", "省财政厅", "省林业和草原局、省财政厅", "各市、自治州人民政府",
                "省林业和草原局，各市、自治州人民政府"],
         missing=frozenset({8, 23}), labels=["# expect: GW101", "@GW102 8", "@GW102 23", "# expect: GW102",
                                              "# near-miss: GW104, GW105, GW106"], size=(5500, 6400)),
    dict(name="clean-gov-water-under5000", seed=905, theme="water",
         frame="海南省人民政府意见（约4,600字，未超过省政府普发类5,000字），每项措施都有责任单位；干净的长文稿",
         doc_number="琼府〔2026〕70号",
         title="海南省人民政府关于推进城乡供水一体化的意见",
         recipients="各市、县、自治县人民政府，省政府直属各单位：",
         intro=["为保障城乡居民饮水安全，推进城乡供水同源、同网、同质、同价，现提出如下意见。"],
         signature="海南省人民政府", date="2026年11月19日",
         parts=[("完善水源保障", 12), ("建设供水管网", 11), ("健全运行管理", 11)],
         units=["省水务厅", "省水务厅、省财政厅", "各市、县、自治县人民政府", "省水务厅，各市、县、自治县人民政府",
                "省生态环境厅、省水务厅", "省发展改革委"],
         labels=["# near-miss: GW101, GW102, GW104, GW105, GW106"], size=(4400, 4850)),
    dict(name="clean-dept-grassland-6000", seed=906, theme="grassland",
         frame="内蒙古自治区林业和草原局印发本系统工作方案（约6,000字；部门发文没有字数上限），括注只写局内处室和直属单位；干净的长文稿",
         doc_number="内林草发〔2026〕133号",
         title="内蒙古自治区林业和草原局关于印发全区林草系统草原监测评价工作方案的通知",
         recipients="局机关各处室，局属各单位：",
         intro=["现将《全区林草系统草原监测评价工作方案》印发给你们，请认真组织实施。"],
         signature="内蒙古自治区林业和草原局", date="2026年11月21日",
         carrier="全区林草系统草原监测评价工作方案",
         carrier_intro=["为摸清草原资源底数，提高草原监测评价的科学性，制定本方案。"],
         parts=[("监测体系建设", 15), ("监测任务", 14), ("成果应用", 14)], units=DEPT_UNITS,
         labels=["# near-miss: GW101, GW102, GW104, GW105, GW106"], size=(5800, 6500)),
    dict(name="clean-city-water-5500", seed=907, theme="water",
         frame="新疆克拉玛依市人民政府印发方案（约5,400字；设区市没有字数上限），每项都有责任单位；干净的长文稿",
         doc_number="克政发〔2026〕36号",
         title="克拉玛依市人民政府关于印发克拉玛依市节水型城市建设实施方案的通知",
         recipients="各区人民政府，市政府各部门、各直属机构：",
         intro=["现将《克拉玛依市节水型城市建设实施方案》印发给你们，请认真组织实施。"],
         signature="克拉玛依市人民政府", date="2026年11月24日",
         carrier="克拉玛依市节水型城市建设实施方案",
         carrier_intro=["为落实以水定城、以水定产要求，建设节水型城市，制定本方案。"],
         parts=[("强化用水总量控制", 14), ("推进重点领域节水", 13), ("完善节水保障", 13)],
         units=["市水务局", "市水务局、市财政局", "市发展和改革委员会", "各区人民政府", "市自然资源局，各区人民政府",
                "市农业农村局、市水务局"],
         labels=["# near-miss: GW101, GW102, GW104, GW105, GW106"], size=(5200, 6200)),
    dict(name="clean-gov-guihua-border", seed=908, theme="border",
         frame="云南省人民政府印发发展规划（约5,800字，发展规划不受篇幅限制），每项都有责任单位；干净的长文稿",
         doc_number="云政发〔2026〕49号",
         title="云南省人民政府关于印发云南省沿边开发开放发展规划（2026—2035年）的通知",
         recipients="各州、市人民政府，省直各委、办、厅、局：",
         intro=["现将《云南省沿边开发开放发展规划（2026—2035年）》印发给你们，请认真贯彻执行。"],
         signature="云南省人民政府", date="2026年11月26日",
         carrier="云南省沿边开发开放发展规划（2026—2035年）",
         carrier_intro=["本规划是指导全省沿边地区开发开放的中长期发展规划，规划期为2026—2035年。"],
         parts=[("建设开放通道", 15), ("发展沿边产业", 14), ("建设美丽边疆", 14)],
         units=["省商务厅", "昆明海关、省商务厅", "省交通运输厅", "省发展改革委，边境州、市人民政府",
                "各州、市人民政府", "省财政厅、省商务厅"],
         labels=["# near-miss: GW101, GW102, GW104, GW105, GW106"], size=(5300, 6400)),
    dict(name="gov-office-water-under4000", seed=909, theme="water",
         frame="江西省人民政府办公厅印发方案（约3,500字，未超过4,000字），第（四）项没有责任单位",
         doc_number="赣府厅发〔2026〕39号",
         title="江西省人民政府办公厅关于印发江西省农村供水保障提升行动方案的通知",
         recipients="各市、县（区）人民政府，省政府各部门：",
         intro=["《江西省农村供水保障提升行动方案》已经省政府同意，现印发给你们，请认真组织实施。"],
         signature="江西省人民政府办公厅", date="2026年11月17日",
         carrier="江西省农村供水保障提升行动方案",
         carrier_intro=["为提升农村供水保障水平，制定本方案。"],
         parts=[("提升供水能力", 9), ("加强运行管护", 8), ("强化保障措施", 8)],
         units=["省水利厅", "省水利厅、省财政厅", "各设区市人民政府", "省水利厅，各县（市、区）人民政府",
                "各县（市、区）人民政府", "省卫生健康委、省水利厅"],
         missing=frozenset({4}), labels=["@GW102 4", "# expect: GW102", "# near-miss: GW101, GW104, GW105, GW106"],
         size=(3200, 3750)),
]


def render(spec: dict) -> str:
    text = build(spec)
    hs = heads(spec)
    out = []
    for ln in text.splitlines():
        if ln.startswith("@GW102 "):
            out.append(f"# expect: GW102 | {hs[int(ln.split()[1])]}")
        else:
            out.append(ln)
        if ln.startswith("# frame:"):
            out.append(WB)
    return "\n".join(out) + "\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for spec in SPECS:
        text = render(spec)
        n = counted(text)
        lo, hi = spec["size"]
        if not lo <= n <= hi:
            print("OUT OF RANGE", spec["name"], n, (lo, hi))
        (OUT / f"{spec['name']}.gw").write_text(text, encoding="utf-8")
        print(spec["name"], n)


if __name__ == "__main__":
    main()

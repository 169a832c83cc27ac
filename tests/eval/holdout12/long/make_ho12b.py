"""Generate the long drafts of holdout12/long (ho12b, issue 15 round 12).

Own word lists and sentence frames; each document kind has its own structure
(考核办法 with a scoring table, 规划, 实施方案 with a timetable, 意见, 工作要点,
应急预案, 管理办法, 三年行动方案).  Deterministic: rerun to rebuild the files.
Usage: python make_ho12b.py  (writes *.gw beside this script and prints 字数)
"""
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HDR = "# written by ho12 (issue 15, holdout12)"

# --- word lists ---------------------------------------------------------
OBJECTS = ["县域商业体系", "冷链物流网络", "农村寄递物流", "社区嵌入式服务设施", "城市地下管网", "中小河流治理工程",
           "高标准农田", "智慧养老平台", "职业技能培训基地", "公共实训中心", "县级医院能力", "中小学校舍",
           "农产品产地市场", "工业互联网标识解析节点", "算力调度平台", "新能源汽车充电网络", "老旧厂区",
           "低效工业用地", "城市更新片区", "文化街区", "乡村公路养护体系", "水土保持示范区", "林下经济基地"]
VERBS = ["完善", "提升", "补齐", "优化", "改造", "布局", "统筹建设", "分类推进", "稳妥实施", "梯次推进"]
TARGETS = ["覆盖率提高到{n}%以上", "新建{n}个示范点", "年均增长{n}%左右", "累计完成投资{n}亿元",
           "服务人次达到{n}万", "建成{n}个标准化站点", "培育{n}家骨干企业", "改造{n}公里管线"]
HOWS = ["采取“先建后补、以奖代补”的方式", "按照“一县一策”的思路", "依托现有设施改造提升",
        "引导社会资本参与建设运营", "结合城市体检结果滚动实施", "以县为单位整体推进",
        "实行项目清单化管理", "推行“建管一体”模式"]
EXTRA = ["对符合条件的项目优先安排地方政府专项债券。", "建立项目储备库，成熟一个推进一个。",
         "每年对实施情况开展一次评估，评估结果向社会公开。", "鼓励金融机构开发与项目收益相匹配的信贷产品。",
         "对群众反映集中的问题建立销号清单，逐项解决。", "支持有条件的地方先行先试，形成可复制的经验。",
         "加强与周边地区的衔接，避免重复建设。", "严格落实工程质量终身责任制。",
         "对运营满三年且绩效良好的设施给予一次性奖励。", "推动设施共建共享，提高使用效率。",
         "新建项目同步配套建设信息化监测终端。", "将建设运营情况纳入相关部门年度目标管理。",
         "探索“公建民营”“民办公助”等多种运营方式。", "优先吸纳本地农村劳动力参与项目建设。",
         "对跨区域项目实行联合审批，压缩审批时限。", "建立专家咨询制度，提高项目论证质量。"]
DEPTS = ["省发展改革委", "省财政厅", "省自然资源厅", "省住房城乡建设厅", "省交通运输厅", "省农业农村厅",
         "省商务厅", "省工业和信息化厅", "省民政厅", "省人力资源社会保障厅", "省卫生健康委", "省教育厅",
         "省生态环境厅", "省水利厅", "省文化和旅游厅", "省市场监管局", "省数据局", "省林业局"]
CITY_DEPTS = ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房和城乡建设局", "市交通运输局",
              "市农业农村局", "市商务局", "市工业和信息化局", "市民政局", "市人力资源和社会保障局",
              "市卫生健康委", "市教育局", "市生态环境局", "市水利局", "市文化广电旅游局", "市市场监管局"]
NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
        "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六",
        "二十七", "二十八", "二十九", "三十"]


def count_zi(text):
    """Word/WPS-like 字数: CJK chars and full-width marks 1 each, Latin/digit runs 1 each."""
    n = 0
    for run in re.findall(r"[A-Za-z0-9.%]+|[^\sA-Za-z0-9.%]", text):
        n += 1
    return n


def measure(rng, depts, i):
    obj = rng.choice(OBJECTS)
    obj2 = rng.choice([o for o in OBJECTS if o != obj])
    e1, e2, e3 = rng.sample(EXTRA, 3)
    s = (f"{rng.choice(VERBS)}{obj}。{rng.choice(HOWS)}，到2028年{obj}"
         f"{rng.choice(TARGETS).format(n=rng.randint(3, 90))}。同步{rng.choice(VERBS)}{obj2}，"
         f"{rng.choice(HOWS)}，{rng.choice(TARGETS).format(n=rng.randint(2, 60))}。{e1}{e2}{e3}")
    lead, *co = rng.sample(depts, 3)
    return obj, s, lead, co


class Doc:
    def __init__(self, name, frame, labels):
        self.name, self.frame, self.labels, self.lines = name, frame, labels, []

    def add(self, line):
        self.lines.append(line)

    def text_for_count(self):
        out = []
        for ln in self.lines:
            m = re.match(r"@(\w+) ?(.*)", ln)
            if m:
                if m.group(1) in ("doc_number", "issuer_mark", "cc", "printer", "note", "page_break", "signer_line"):
                    continue
                body = m.group(2).replace("|", "")
            else:
                body = ln
            out.append(body)
        return "".join(out)

    def write(self):
        head = [f"# frame: {self.frame}", HDR] + self.labels
        zi = count_zi(self.text_for_count())
        head.append(f"# 字数（生成脚本按 Word 规则计，正文加附件）：{zi}")
        for lab in self.labels:
            if lab.startswith("# expect:") and "|" in lab:
                for alt in lab.split("|", 1)[1].split("||"):
                    hits = [ln for ln in self.lines if alt.strip() in ln]
                    assert len(hits) == 1, (self.name, alt, len(hits))
        (HERE / self.name).write_text("\n".join(head + self.lines) + "\n", encoding="utf-8")
        return zi


def fill_measures(doc, rng, depts, target, style, start_heading=1):
    """Add numbered measures until the document reaches `target` 字."""
    k = 0
    while count_zi(doc.text_for_count()) < target:
        obj, s, lead, co = measure(rng, depts, k)
        tag = f"（牵头单位：{lead}；配合单位：{'、'.join(co)}）"
        if style == "heading2":
            doc.add(f"@heading2 （{NUMS[k]}）{rng.choice(VERBS)}{obj}")
            doc.add(s + tag)
        elif style == "yishi":
            doc.add(f"{['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][k % 10]}是{s}{tag}")
        elif style == "num":
            doc.add(f"@heading3 {k + 1}.{rng.choice(VERBS)}{obj}")
            doc.add(s + tag)
        k += 1
    return k


# --- document builders ------------------------------------------------------
def kaohe(rng):
    d = Doc("clean-01-kaohe-banfa.gw",
            "陕西省水利厅（省直厅局）印发河湖长制考核办法（条文式）及评分表，考核已列入省政府年度督查检查考核计划；主送各市水利局；约1200字，厅局无字数限制，干净",
            ["# near-miss: GW101, GW102, GW301, GW302, GW106"])
    d.add("@doc_number 陕水发〔2026〕21号")
    d.add("@title 陕西省水利厅关于印发陕西省河湖长制工作考核办法的通知")
    d.add("@recipients 各设区市水利（水务）局，杨凌示范区水务局，韩城市水务局：")
    d.add("《陕西省河湖长制工作考核办法》已列入省政府2026年度督查检查考核计划，现印发给你们，请结合实际认真执行。")
    d.add("@attachment_note 附件：陕西省河湖长制工作考核办法")
    d.add("@signature 陕西省水利厅")
    d.add("@date 2026年4月15日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 陕西省河湖长制工作考核办法")
    arts = ["为推动河湖长制从“有名”向“有实”转变，根据国家有关规定，结合我省实际，制定本办法。",
            "本办法适用于对各设区市、杨凌示范区、韩城市河湖长制工作的年度考核。",
            "考核坚持客观公正、注重实效、简便易行的原则，以水质监测、卫星遥感和实地抽查结果为主要依据，不要求被考核单位另行提供材料。",
            "考核内容包括河湖长履职、河湖“清四乱”、水质达标、水域岸线管理、公众满意度五个方面，满分100分。",
            "考核由省河长制办公室组织实施，采取日常监测与年终抽查相结合的方式，年终抽查每市不少于5条河流。",
            "考核数据由省水利厅从河湖长制信息管理系统和水质自动监测站直接提取。",
            "考核结果分为优秀、良好、合格、不合格四个等次，90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
            "考核结果报省总河长审定后通报，并抄送省委组织部作为领导班子综合考核的参考。",
            "对考核中弄虚作假的，取消当年评优资格，并按规定追究责任。",
            "河湖长巡河履职以河湖长制信息管理系统记录的巡河轨迹为准，系统记录与实地抽查不一致的，以实地抽查为准。",
            "河湖“清四乱”以省水利厅每季度组织的卫星遥感解译成果为基础，新增问题自推送之日起计算整改时限。",
            "水质达标以生态环境部门公布的国控、省控断面年均水质类别为准，因上游来水超标导致不达标的，经核实后不扣分。",
            "水域岸线管理以河道管理范围划界成果为依据，抽查点位由省河长制办公室随机确定，抽查前不通知被考核单位。",
            "公众满意度调查委托第三方机构实施，每市抽样不少于400个有效样本，调查问卷由省河长制办公室统一设计。",
            "年度内发生重大涉河违法事件并造成恶劣社会影响的，考核等次不得评为优秀。",
            "被考核单位对考核结果有异议的，可在通报后15个工作日内向省河长制办公室提出复核申请，复核结果为最终结果。",
            "考核工作人员应当严格遵守工作纪律，不得接受被考核单位的宴请和礼品，不得增加基层负担。",
            "省河长制办公室应当在每年1月底前公布上一年度考核结果，并将结果抄送各设区市总河长。",
            "考核结果为优秀的，在安排河湖管护专项资金时给予倾斜；考核结果为不合格的，由省总河长约谈该市总河长。",
            "连续两年考核结果为不合格的，暂停该市新增涉河建设项目审批，直至整改到位。",
            "对考核中发现的突出问题，省河长制办公室以“一河一单”形式交办，交办事项在省河长制信息管理系统中跟踪办理，不要求另行报送纸质材料。",
            "各设区市可以参照本办法对所辖县（市、区）开展考核，但不得增加考核指标，不得要求基层重复提供数据。",
            "因自然灾害等不可抗力导致考核指标无法完成的，经省河长制办公室核实后，相应指标不扣分。",
            "省河长制办公室每年对考核指标和评分标准进行评估，根据河湖管理保护工作重点的变化适时调整，调整后的指标在考核年度开始前公布。"]
    zh = NUMS
    for i, a in enumerate(arts):
        d.add(f"第{zh[i]}条　{a}")
    d.add("附表：河湖长制工作考核评分表")
    d.add("@table 考核项目|分值|扣分标准|考核方式")
    rows = [("河湖长巡河履职", 20, "系统记录的巡河次数未达到规定频次的，每人次扣0.5分", "系统提取"),
            ("河湖“清四乱”", 25, "卫星遥感发现的新增问题未在30日内整改的，每处扣1分", "遥感比对"),
            ("水质达标", 30, "国控、省控断面水质未达到年度目标的，每个断面扣3分", "自动监测"),
            ("水域岸线管理", 15, "抽查发现侵占岸线未依法处理的，每处扣2分", "实地抽查"),
            ("公众满意度", 10, "按第三方电话抽样调查的满意率折算得分", "第三方调查")]
    for r in rows:
        d.add("@table " + "|".join(str(x) for x in r))
    d.add(f"第{zh[len(arts)]}条　本办法由省水利厅负责解释，自印发之日起施行。")
    return d


def guihua(rng):
    d = Doc("clean-02-guihua-shengzf.gw",
            "贵州省人民政府（省政府普发类，限5000字）印发数字经济发展规划，全文超过5000字，但发展规划不受字数限制；主送市县政府，市县有任务；干净",
            ["# near-miss: GW101, GW102, GW105"])
    d.add("@doc_number 黔府发〔2026〕8号")
    d.add("@title 贵州省人民政府关于印发贵州省数字经济发展规划（2026—2030年）的通知")
    d.add("@recipients 各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：")
    d.add("现将《贵州省数字经济发展规划（2026—2030年）》印发给你们，请各市、自治州人民政府和各县（市、区、特区）人民政府结合本地实际抓好落实。")
    d.add("@attachment_note 附件：贵州省数字经济发展规划（2026—2030年）")
    d.add("@signature 贵州省人民政府")
    d.add("@date 2026年5月20日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 贵州省数字经济发展规划（2026—2030年）")
    d.add("@heading1 一、发展基础")
    d.add("“十四五”以来，我省算力基础设施规模持续扩大，数据中心机架数量居全国前列，数字经济增速连续多年保持较快增长，为下一阶段发展打下了基础。")
    d.add("@heading1 二、总体要求")
    d.add("到2030年，全省数字经济增加值占地区生产总值比重明显提高，算力调度能力和数据要素市场化配置水平走在西部前列。")
    d.add("@heading1 三、重点任务")
    chapters = ["建设全国一体化算力网络枢纽节点", "培育数据要素市场", "推动产业数字化转型", "提升数字政府效能", "夯实数字安全屏障"]
    k = 0
    ci = 0
    while count_zi(d.text_for_count()) < 5900:
        if k % 3 == 0 and ci < len(chapters):
            d.add(f"@heading2 （{NUMS[ci]}）{chapters[ci]}")
            ci += 1
            j = 0
        obj = rng.choice(OBJECTS)
        j += 1
        d.add(f"@heading3 {j}.{rng.choice(VERBS)}{obj}")
        d.add(f"{rng.choice(HOWS)}，{rng.choice(VERBS)}{obj}，到2030年{rng.choice(TARGETS).format(n=rng.randint(5, 80))}。"
              f"{rng.choice(EXTRA)}{rng.choice(EXTRA)}{rng.choice(EXTRA)}")
        k += 1
    d.add("@heading1 四、保障措施")
    d.add("各市、自治州人民政府和各县（市、区、特区）人民政府要把数字经济发展纳入本地经济社会发展总体安排，省发展改革委、省数据局负责规划实施的统筹协调和年度评估。")
    return d


def drop_unit(d, nth):
    """Remove the responsibility note of the nth measure and label it (GW102 mixed in)."""
    idx = [i for i, ln in enumerate(d.lines) if "（牵头单位：" in ln][nth]
    d.lines[idx] = d.lines[idx][:d.lines[idx].index("（牵头单位：")]
    head = d.lines[idx - 1].split(" ", 1)[1]
    d.labels[:0] = [f"# expect: GW102 | {head}", "# expect: GW102"]
    d.labels = [x for x in d.labels if x != "# near-miss: GW102, GW105"] + ["# near-miss: GW105"]


def shishi_fangan(rng, name, frame, labels, issuer, docno, recips, target, over_text, drop=None):
    d = Doc(name, frame, labels)
    d.add(f"@doc_number {docno}")
    d.add(f"@title {issuer}关于印发{over_text}的通知")
    d.add(f"@recipients {recips}")
    d.add(f"《{over_text.strip('《》')}》已经省人民政府同意，现印发给你们，请各市、县（市、区）人民政府和省直有关部门认真组织实施。")
    d.add(f"@attachment_note 附件：{over_text}")
    d.add(f"@signature {issuer}")
    d.add("@date 2026年6月12日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add(f"@attachment_title {over_text}")
    d.add("@heading1 一、工作目标")
    d.add("通过三年集中攻坚，补齐县域基础设施和公共服务短板，形成布局合理、功能完善、运行高效的县域发展格局。")
    d.add("@heading1 二、重点任务")
    fill_measures(d, rng, DEPTS + ["各市、县（市、区）人民政府"], target - 700, "heading2")
    if drop:
        drop_unit(d, drop)
    d.add("@heading1 三、实施步骤")
    d.add("@table 阶段|时间|主要工作|责任单位")
    d.add("@table 动员部署|2026年7月底前|制定市级实施细则，建立项目清单|各市人民政府")
    d.add("@table 集中实施|2026年8月至2028年6月|按年度计划推进项目建设，实行季度调度|各县（市、区）人民政府")
    d.add("@table 总结评估|2028年7月至12月|开展第三方评估，总结推广经验|省发展改革委")
    d.add("@heading1 四、保障措施")
    d.add("省发展改革委会同省财政厅统筹安排资金，各市、县（市、区）人民政府落实主体责任，省直有关部门按职责加强指导。")
    return d


def yijian(rng):
    d = Doc("long-04-yijian-shengzf.gw",
            "福建省人民政府（省政府普发类，限5000字）的意见，全文约5600字，超过字数限制；第八条措施漏写责任单位（混入 GW102）",
            ["# expect: GW101", "# near-miss: GW102, GW105"])
    d.add("@doc_number 闽政〔2026〕12号")
    d.add("@title 福建省人民政府关于推动县域经济高质量发展的意见")
    d.add("@recipients 各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：")
    d.add("县域是推动高质量发展的重要单元。为加快补齐县域发展短板，提出以下意见。")
    d.add("@heading1 一、总体要求")
    d.add("到2030年，县域经济总量占全省比重稳步提升，形成一批特色鲜明的产业集群和经济强县。")
    d.add("@heading1 二、主要任务")
    fill_measures(d, rng, DEPTS + ["各市、县（区）人民政府"], 5450, "heading2")
    drop_unit(d, 7)
    d.add("@heading1 三、组织保障")
    d.add("各市、县（区）人民政府要制定具体落实措施，省发展改革委负责统筹协调和跟踪评估。")
    d.add("@signature 福建省人民政府")
    d.add("@date 2026年7月3日")
    return d


def gongzuo_yaodian(rng):
    d = Doc("clean-05-gongzuo-yaodian.gw",
            "广东省韶关市人民政府办公室（设区市政府办公室，无字数限制）印发年度工作要点，约4800字，“一是……二是……”与分工均写明；干净",
            ["# near-miss: GW101, GW102, GW105"])
    d.add("@doc_number 韶府办〔2026〕9号")
    d.add("@title 韶关市人民政府办公室关于印发韶关市2026年生态文明建设工作要点的通知")
    d.add("@recipients 各县（市、区）人民政府，市政府各部门、各直属机构：")
    d.add("《韶关市2026年生态文明建设工作要点》已经市人民政府同意，现印发给你们，请各县（市、区）人民政府和市政府各部门按照分工抓好落实。")
    d.add("@attachment_note 附件：韶关市2026年生态文明建设工作要点")
    d.add("@signature 韶关市人民政府办公室")
    d.add("@date 2026年2月26日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 韶关市2026年生态文明建设工作要点")
    parts = ["筑牢北部生态屏障", "推进绿色低碳转型", "提升城乡人居环境", "深化生态文明体制改革"]
    depts = CITY_DEPTS + ["各县（市、区）人民政府"]
    for pi, p in enumerate(parts):
        d.add(f"@heading1 {NUMS[pi]}、{p}")
        for q in range(7):
            if count_zi(d.text_for_count()) > 1200 * (pi + 1):
                break
            obj, s, lead, co = measure(rng, depts, 0)
            d.add(f"{NUMS[q]}是{s}建立{obj}工作专班，按季度调度进度。（责任单位：{lead}、{co[0]}）")
    return d


def yuan(rng):
    d = Doc("long-06-yingji-yuan.gw",
            "四川省阿坝州汶川县人民政府（县政府）印发突发地质灾害应急预案，约3400字；预案中一级标题跳号（五、之后是七、），另有一处“截止”误用（应为“截至”）",
            ["# expect: GW705 | 七、后期处置", "# near-miss: GW101, GW102"])
    d.add("@doc_number 汶府发〔2026〕7号")
    d.add("@title 汶川县人民政府关于印发汶川县突发地质灾害应急预案的通知")
    d.add("@recipients 各乡镇人民政府，县级各部门：")
    d.add("《汶川县突发地质灾害应急预案》已经县人民政府同意，现印发给你们，请各乡镇人民政府和县级各部门认真贯彻执行。")
    d.add("@attachment_note 附件：汶川县突发地质灾害应急预案")
    d.add("@signature 汶川县人民政府")
    d.add("@date 2026年4月27日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 汶川县突发地质灾害应急预案")
    secs = [("一、总则", "本预案适用于本县行政区域内因自然因素或人为活动引发的危害人民生命财产安全的崩塌、滑坡、泥石流等突发地质灾害的应对工作。"),
            ("二、组织体系", "县人民政府设立县地质灾害应急指挥部，县长任指挥长，分管副县长任副指挥长，指挥部办公室设在县自然资源局。"),
            ("三、监测预警", "县自然资源局会同县气象局开展地质灾害气象风险预警，预警信息通过短信、应急广播发布到隐患点群测群防员。"),
            ("四、应急响应", "地质灾害应急响应分为四级，灾情发生后，乡镇人民政府立即组织受威胁群众撤离，并在1小时内向县指挥部办公室报告。"),
            ("五、应急保障", "县财政局保障应急处置资金，县应急管理局负责救援队伍和物资调配，县卫生健康局负责医疗救治。"),
            ("七、后期处置", "应急处置结束后，县自然资源局组织灾情调查评估，乡镇人民政府负责受灾群众安置和生活救助。")]
    fillers = ["各乡镇人民政府对辖区隐患点逐一落实监测责任人和撤离路线，每年汛前组织一次避险演练。",
               "县交通运输局负责抢通受损道路，县住房城乡建设局负责组织房屋安全鉴定。",
               "县应急管理局负责组织专业救援力量，必要时请求上级支援。",
               "县公安局负责灾区治安维护和交通管制，县民政局负责受灾群众基本生活保障。"]
    for h, t in secs:
        d.add(f"@heading1 {h}")
        d.add(t)
        for _ in range(3):
            d.add(rng.choice(fillers))
    while count_zi(d.text_for_count()) < 3300:
        d.lines.insert(-4, rng.choice(fillers))
    d.add("截止2026年4月，全县已查明地质灾害隐患点137处，全部落实群测群防员。")
    d.labels.insert(1, "# expect: GW803 | 截止2026年4月，全县已查明")
    d.add("@heading1 八、附则")
    d.add("本预案由县自然资源局负责解释，自印发之日起施行。")
    return d


def ting_fangan(rng):
    d = Doc("long-07-ting-fangan-mixed.gw",
            "湖南省商务厅（省直厅局）发给各市州人民政府的县域商业体系建设实施方案，约4000字；厅局向下级政府下指令、要求报送（不是政府同意后印发）",
            ["# expect: GW104 | 各市州人民政府要把县域商业体系建设纳入",
             "# expect: GW106 | 请各市州于每季度末次月5日前报送",
             "# expect: GW104 | 请各市州于每季度末次月5日前报送",
             "# near-miss: GW101, GW102"])
    d.add("@doc_number 湘商流通〔2026〕31号")
    d.add("@title 湖南省商务厅关于印发湖南省县域商业体系建设实施方案的通知")
    d.add("@recipients 各市州人民政府：")
    d.add("为加快补齐农村商业设施短板，我厅制定了《湖南省县域商业体系建设实施方案》，现印发给你们。各市州人民政府要把县域商业体系建设纳入本地乡村振兴重点任务，明确分管负责同志。")
    d.add("请各市州于每季度末次月5日前报送项目建设进度表，年底前报送年度工作总结。")
    d.add("@attachment_note 附件：湖南省县域商业体系建设实施方案")
    d.add("@signature 湖南省商务厅")
    d.add("@date 2026年5月9日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 湖南省县域商业体系建设实施方案")
    d.add("@heading1 一、主要目标")
    d.add("到2027年，全省县域商业设施明显改善，县城综合商贸服务中心和乡镇商贸中心基本全覆盖。")
    d.add("@heading1 二、重点任务")
    fill_measures(d, rng, ["省商务厅", "省财政厅", "省农业农村厅", "省供销社", "省邮政管理局", "省交通运输厅"], 3800, "num")
    d.add("@heading1 三、工作要求")
    d.add("省商务厅会同省财政厅对资金使用情况开展绩效评价，评价结果作为下一年度资金分配的依据。")
    return d


def banfa_ban(rng):
    d = Doc("clean-08-bangongting-banfa.gw",
            "宁夏回族自治区人民政府办公厅（办公厅普发类，限4000字）印发条文式管理办法，全文约3600字，低于限制；干净",
            ["# near-miss: GW101, GW102, GW105"])
    d.add("@doc_number 宁政办规发〔2026〕4号")
    d.add("@title 宁夏回族自治区人民政府办公厅关于印发宁夏回族自治区政府投资项目代建管理办法的通知")
    d.add("@recipients 各市、县（区）人民政府，自治区政府各部门、各直属机构：")
    d.add("《宁夏回族自治区政府投资项目代建管理办法》已经自治区人民政府同意，现印发给你们，请各市、县（区）人民政府对本级政府投资项目参照执行。")
    d.add("@attachment_note 附件：宁夏回族自治区政府投资项目代建管理办法")
    d.add("@signature 宁夏回族自治区人民政府办公厅")
    d.add("@date 2026年8月18日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 宁夏回族自治区政府投资项目代建管理办法")
    clauses = ["代建单位应当具备与项目规模相适应的工程管理能力，通过公开招标方式择优确定。",
               "项目单位与代建单位应当签订代建合同，明确投资控制、质量安全和工期责任。",
               "代建管理费按照项目建设投资的一定比例计取，具体标准由自治区财政厅会同自治区发展改革委制定。",
               "代建项目实行投资限额管理，超出批准概算的，应当按程序报原审批部门审核。",
               "代建单位不得将代建项目转包或者违法分包。",
               "项目竣工验收合格后，代建单位应当在三个月内办理资产移交手续。",
               "审计机关依法对代建项目进行审计监督。"]
    zh = NUMS + ["三十一", "三十二", "三十三", "三十四", "三十五", "三十六", "三十七", "三十八", "三十九", "四十",
                 "四十一", "四十二", "四十三", "四十四", "四十五"]
    chapters = {1: "第二章　代建单位的确定", 9: "第三章　代建过程管理", 18: "第四章　监督管理"}
    d.add("@heading1 第一章　总则")
    d.add("第一条　为规范政府投资项目代建管理，提高投资效益，根据《政府投资条例》，制定本办法。")
    i = 1
    while count_zi(d.text_for_count()) < 3500:
        if i in chapters:
            d.add("@heading1 " + chapters[i])
        a, b = rng.sample(EXTRA, 2)
        d.add(f"第{zh[i]}条　{rng.choice(clauses)}{a}{b}")
        i += 1
    d.add("@heading1 第五章　附则")
    d.add(f"第{zh[i]}条　本办法自2026年10月1日起施行。")
    return d


def zizhiqu_yijian(rng):
    d = Doc("clean-09-yijian-zizhiqu.gw",
            "内蒙古自治区人民政府（省级政府普发类，限5000字）实施意见，约4700字，低于限制；“一是……二是……”写在段内，每段有责任单位；干净",
            ["# near-miss: GW101, GW102, GW105"])
    d.add("@doc_number 内政发〔2026〕15号")
    d.add("@title 内蒙古自治区人民政府关于加快发展现代畜牧业的实施意见")
    d.add("@recipients 各盟行政公署、市人民政府，各旗县（市、区）人民政府，自治区各委、办、厅、局，各大企业、事业单位：")
    d.add("为推动畜牧业由大到强转变，结合自治区实际，提出如下实施意见。")
    d.add("@heading1 一、总体目标")
    d.add("到2030年，全区牛羊肉产量稳定增长，奶业振兴取得明显成效，畜牧业全产业链产值显著提升。")
    d.add("@heading1 二、重点任务")
    depts = ["自治区农牧厅", "自治区发展改革委", "自治区财政厅", "自治区自然资源厅", "自治区商务厅",
             "自治区林草局", "各盟行政公署、市人民政府", "各旗县（市、区）人民政府"]
    k = 0
    while count_zi(d.text_for_count()) < 4300:
        d.add(f"@heading2 （{NUMS[k]}）{rng.choice(VERBS)}{rng.choice(OBJECTS)}")
        parts = []
        for j in range(3):
            obj = rng.choice(OBJECTS)
            a, b = rng.sample(EXTRA, 2)
            parts.append(f"{['一', '二', '三'][j]}是{rng.choice(VERBS)}{obj}，{rng.choice(HOWS)}，到2030年{rng.choice(TARGETS).format(n=rng.randint(4, 70))}。{a}{b}")
        lead, *co = rng.sample(depts, 3)
        d.add("".join(parts) + f"（责任单位：{lead}、{co[0]}）")
        k += 1
    d.add("@heading1 三、保障措施")
    d.add("各盟行政公署、市人民政府和各旗县（市、区）人民政府要将现代畜牧业发展纳入重要议事日程，自治区农牧厅负责统筹推进和督促落实。")
    d.add("@signature 内蒙古自治区人民政府")
    d.add("@date 2026年9月7日")
    return d


def xingdong(rng):
    d = Doc("long-10-xingdong-fangan-city.gw",
            "河北省保定市人民政府（设区市政府，无字数限制）三年行动方案，约4000字，其中两项措施没有责任单位（“1.”式编号）",
            ["# expect: GW102", "# near-miss: GW101"])
    d.add("@doc_number 保政发〔2026〕10号")
    d.add("@title 保定市人民政府关于印发保定市制造业数字化转型三年行动方案（2026—2028年）的通知")
    d.add("@recipients 各县（市、区）人民政府，市政府各部门：")
    d.add("现将《保定市制造业数字化转型三年行动方案（2026—2028年）》印发给你们，请各县（市、区）人民政府和市政府各部门认真贯彻执行。")
    d.add("@attachment_note 附件：保定市制造业数字化转型三年行动方案（2026—2028年）")
    d.add("@signature 保定市人民政府")
    d.add("@date 2026年3月30日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 保定市制造业数字化转型三年行动方案（2026—2028年）")
    d.add("@heading1 一、行动目标")
    d.add("到2028年，全市规模以上工业企业数字化转型覆盖率明显提高，建成一批智能工厂和数字化车间。")
    d.add("@heading1 二、重点行动")
    depts = CITY_DEPTS + ["各县（市、区）人民政府"]
    k = 0
    missing = []
    while count_zi(d.text_for_count()) < 3800:
        obj, s, lead, co = measure(rng, depts, k)
        head = f"{k + 1}.{rng.choice(VERBS)}{obj}"
        d.add(f"@heading3 {head}")
        if k in (2, 5):
            d.add(s)
            missing.append(head + "\n")
        else:
            d.add(s + f"（牵头单位：{lead}；配合单位：{'、'.join(co)}）")
        k += 1
    d.add("@heading1 三、保障措施")
    d.add("市工业和信息化局负责统筹协调，各县（市、区）人民政府落实属地责任，市财政局统筹安排专项资金。")
    for m in missing:
        d.labels.insert(0, f"# expect: GW102 | {m.strip()}")
    return d


def banting_yijian(rng):
    d = Doc("long-11-bangongting-yijian-over.gw",
            "甘肃省人民政府办公厅（办公厅普发类，限4000字）的指导意见，“1.”式分项，约4700字，超过字数限制；第3项漏写责任单位（混入 GW102）",
            ["# expect: GW101", "# near-miss: GW102, GW105"])
    d.add("@doc_number 甘政办发〔2026〕40号")
    d.add("@title 甘肃省人民政府办公厅关于推进河西走廊新能源就地消纳的指导意见")
    d.add("@recipients 各市、自治州人民政府，兰州新区管委会，各县（市、区）人民政府，省政府各部门：")
    d.add("为提高河西走廊新能源就地消纳能力，经省人民政府同意，提出以下意见。")
    d.add("@heading1 一、工作目标")
    d.add("到2028年，河西五市新能源就地消纳比例明显提高，弃风弃光率控制在合理水平。")
    d.add("@heading1 二、重点任务")
    depts = DEPTS + ["各市、自治州人民政府", "各县（市、区）人民政府", "国网甘肃省电力公司"]
    fill_measures(d, rng, depts, 4550, "num")
    drop_unit(d, 2)
    d.add("@heading1 三、保障措施")
    d.add("各市、自治州人民政府和各县（市、区）人民政府要建立新能源消纳项目推进机制，省发展改革委负责统筹调度。")
    d.add("@signature 甘肃省人民政府办公厅")
    d.add("@date 2026年10月21日")
    return d


def cuoshi(rng):
    d = Doc("long-12-shengzf-cuoshi-over.gw",
            "四川省人民政府（省政府普发类，限5000字）印发若干措施，措施用“1.”在段首逐段编号，约5800字，超过字数限制；每条有责任单位；末段“做出突出成绩”（做出 + 名词，规范）",
            ["# expect: GW101",
             "# lead (round 12): 做出 + 名词（做出成绩）是规范用法（GW803 的依据与 confused_words.toml 都这样定），不再标 GW803；另加一句“截止2026年10月底”作本篇的 GW803",
             "# near-miss: GW102, GW105"])
    d.add("@doc_number 川府发〔2026〕22号")
    d.add("@title 四川省人民政府关于印发支持县域商贸流通高质量发展若干措施的通知")
    d.add("@recipients 各市（州）人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：")
    d.add("现将《支持县域商贸流通高质量发展若干措施》印发给你们，请各市（州）人民政府和各县（市、区）人民政府认真贯彻执行。")
    d.add("@attachment_note 附件：支持县域商贸流通高质量发展若干措施")
    d.add("@signature 四川省人民政府")
    d.add("@date 2026年11月9日")
    d.add("@page_break")
    d.add("@attachment_label 附件")
    d.add("@attachment_title 支持县域商贸流通高质量发展若干措施")
    d.add("为补齐县域商贸流通短板，推动消费提质扩容，制定以下措施。")
    depts = DEPTS + ["各市（州）人民政府", "各县（市、区）人民政府"]
    k = 0
    while count_zi(d.text_for_count()) < 5700:
        obj, s, lead, co = measure(rng, depts, k)
        s2 = measure(rng, depts, k)[1]
        d.add(f"{k + 1}.{s}{s2}（责任单位：{lead}、{co[0]}，各县（市、区）人民政府）")
        k += 1
    # lead (round 12): the GW803 of this document, in place of 做出成绩 (a near-miss)
    d.add("截止2026年10月底，全省县域商贸流通网点已覆盖所有乡镇。")
    d.labels.insert(1, "# expect: GW803 | 截止2026年10月底")
    d.add("对在县域商贸流通工作中做出突出成绩的单位和个人，按照国家和省有关规定给予表彰。")
    d.add("本措施自印发之日起施行，有效期至2028年12月31日。")
    return d


def main():
    rng = random.Random(20261205)
    docs = [kaohe(rng), guihua(rng),
            shishi_fangan(rng, "long-03-bangongting-fangan-over.gw",
                          "山东省人民政府办公厅（办公厅普发类，限4000字）印发县域补短板三年实施方案（含实施步骤时间表），全文约4650字，超过字数限制；第五项任务漏写责任单位（混入 GW102）",
                          ["# expect: GW101", "# near-miss: GW102, GW105"],
                          "山东省人民政府办公厅", "鲁政办发〔2026〕17号",
                          "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：",
                          5050, "山东省县域补短板强弱项三年实施方案（2026—2028年）", drop=4),
            yijian(rng), gongzuo_yaodian(rng), yuan(rng), ting_fangan(rng), banfa_ban(rng),
            zizhiqu_yijian(rng), xingdong(rng), banting_yijian(rng), cuoshi(rng)]
    for d in docs:
        print(d.name, d.write())


if __name__ == "__main__":
    main()

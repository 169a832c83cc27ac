"""Generate the GW101 drafts of holdout3 (long bodies from a pool of distinct task sentences)."""
import random, re, pathlib
OUT = pathlib.Path(__file__).resolve().parent / 'gw1'
AREAS = ["粮食生产","生猪稳产保供","高标准农田建设","农村供水保障","城乡冷链物流","县域商业体系","农村公路养护","乡村旅游","农村电商","农产品质量安全",
 "中小企业融资","专精特新企业培育","工业园区标准化厂房","制造业技术改造","数字经济核心产业","跨境电子商务","外贸新业态","服务业扩大开放","现代物流枢纽","消费品以旧换新",
 "养老服务设施","婴幼儿照护服务","基层医疗卫生服务","公共卫生应急","义务教育优质均衡","职业教育产教融合","高校毕业生就业","农民工返乡创业","城镇老旧小区改造","保障性租赁住房",
 "城市排水防涝","燃气管网更新","生活垃圾分类","污水处理提质增效","森林资源保护","长江岸线整治","重点流域水质","大气污染联防联控","土壤污染风险管控","新能源汽车充电设施",
 "政务服务“一网通办”","公共数据共享","工程建设项目审批","市场主体信用监管","安全生产隐患排查","自然灾害监测预警","应急物资储备","基层治理网格化","法律援助服务","文化惠民工程"]
VERBS = ["完善","健全","优化","加快","深化","强化","推进","规范","提升","拓展"]
MIDS = ["工作机制","政策体系","服务网络","管理制度","建设标准","保障措施","考核办法","协调机制","要素保障","监测体系"]
TAILS = ["确保各项目标任务按期完成","切实增强人民群众获得感","推动工作取得实实在在的成效","形成一批可复制可推广的经验","为全省高质量发展提供有力支撑",
 "做到底数清、情况明、措施实","防止出现新的风险隐患","不断提升工作的精细化水平","推动政策红利直达基层","着力补齐短板弱项"]
DEPTS = ["省发展改革委","省财政厅","省工业和信息化厅","省农业农村厅","省商务厅","省教育厅","省卫生健康委","省人力资源社会保障厅","省住房城乡建设厅","省生态环境厅",
 "省交通运输厅","省水利厅","省自然资源厅","省应急管理厅","省市场监管局","省民政厅","省文化和旅游厅","省林业局","省数据局","省司法厅"]
CN = "一二三四五六七八九十"
def cn(n):
    if n <= 10: return CN[n-1]
    if n < 20: return "十" + (CN[n-11] if n > 10 else "")
    return CN[n//10-1] + "十" + (CN[n%10-1] if n % 10 else "")
def para(rng, i, area, lower):
    v1, v2 = rng.sample(VERBS, 2); m1, m2 = rng.sample(MIDS, 2)
    n = rng.randint(3, 60); pct = rng.randint(5, 30); year = 2026 + rng.randint(0, 2)
    d = rng.sample(DEPTS, 2)
    s = (f"（{cn(i)}）{v1}{area}{m1}。围绕{area}的突出问题，{v2}{m2}，到{year}年底{area}相关指标较上年提高{pct}%以上，"
         f"新建或改造提升示范项目{n}个，{rng.choice(TAILS)}。对工作推进中遇到的困难，要建立清单、逐项销号，{rng.choice(TAILS)}。"
         f"（责任单位：{d[0]}、{d[1]}{lower}）")
    return s
def count(text):
    return len(re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", text)) + len(re.findall(r"[A-Za-z0-9]+", text))
def body(seed, target, lower="，各市、县（区）人民政府", start=0):
    rng = random.Random(seed); areas = AREAS[:]; rng.shuffle(areas); out = []; i = 0
    while count("".join(out)) < target:
        i += 1; out.append(para(rng, i, areas[(i - 1 + start) % len(areas)], lower))
    return out
def write(name, head, paras, tail=""):
    text = head.rstrip("\n") + "\n" + "\n".join(paras) + "\n" + tail
    (OUT / name).write_text(text)
    body_only = [l for l in text.splitlines() if not l.startswith(("#", "@"))]
    print(name, count("".join(body_only)))

# ---- the drafts (run this file to regenerate gw1/gw101-*.gw)
H = "@recipients 各市、县（区）人民政府，省政府各部门：\n"
write("gw101-p01-office-4600.gw", """# frame: 江西省人民政府办公厅（省政府办公厅）普发通知，主送各市、县（区）人民政府和省政府各部门；正文约4600字，超过办公厅4000字上限
# expect: GW101
@doc_number 赣府厅发〔2026〕19号
@title 江西省人民政府办公厅关于扎实做好2026年下半年民生实事工作的通知
""" + H + "为确保全年民生实事项目如期完成，经省政府同意，现就做好下半年有关工作通知如下。",
 body(101, 4550), "@signature 江西省人民政府办公厅\n@date 2026年7月8日\n")
write("gw101-p02-province-gov-5600.gw", """# frame: 江西省人民政府（省政府）普发通知，正文约5600字，超过省政府5000字上限
# expect: GW101
@doc_number 赣府发〔2026〕14号
@title 江西省人民政府关于推动经济持续回升向好的通知
""" + H + "为巩固和增强经济回升向好态势，现就有关事项通知如下。",
 body(102, 5550), "@signature 江西省人民政府\n@date 2026年6月19日\n")
write("gw101-p03-title-guihua-xuke-not-exempt.gw", """# frame: 江西省人民政府办公厅（省政府办公厅）通知，标题含“规划许可”但本身不是规划，不豁免；正文约4500字
# expect: GW101
@doc_number 赣府厅发〔2026〕27号
@title 江西省人民政府办公厅关于全面推行工程建设项目规划许可告知承诺制的通知
""" + H + "为深化工程建设项目审批制度改革，经省政府同意，现就全面推行规划许可告知承诺制及相关配套工作通知如下。",
 body(103, 4450), "@signature 江西省人民政府办公厅\n@date 2026年9月1日\n")
rng_body = body(104, 2900)
tbl = []
rng = random.Random(1040)
for i, a in enumerate(AREAS[:30], 1):
    d = rng.sample(DEPTS, 2)
    tbl.append(f"@table {i}|{a}{rng.choice(VERBS)}{rng.choice(MIDS)}，{rng.choice(TAILS)}|{d[0]}、{d[1]}，各市、县（区）人民政府|2026年{rng.randint(6,12)}月底前")
write("gw101-p04-body-plus-annex-table.gw", """# frame: 江西省人民政府办公厅（省政府办公厅）通知，正文约2950字，附件任务清单约1500字；正文和附件合计超过4000字（各自都不超过）
# expect: GW101
@doc_number 赣府厅字〔2026〕63号
@title 江西省人民政府办公厅关于抓好省政府工作报告重点任务落实的通知
""" + H + "为确保省政府工作报告确定的重点任务落到实处，经省政府同意，现就有关事项通知如下。",
 rng_body, "附件：2026年省政府工作报告重点任务清单\n@signature 江西省人民政府办公厅\n@date 2026年3月10日\n@page_break\n@attachment_label 附件\n@attachment_title 2026年省政府工作报告重点任务清单\n@table 序号|任务内容|责任单位|完成时限\n" + "\n".join(tbl) + "\n")
write("gw101-p05-gov-carried-doc-5500.gw", """# frame: 江西省人民政府（省政府）印发一个文件，所载文件约5500字（一件），超过5000字上限
# expect: GW101
@doc_number 赣府发〔2026〕21号
@title 江西省人民政府关于印发江西省推进县域经济高质量发展三年行动的通知
""" + H + "现将《江西省推进县域经济高质量发展三年行动》印发给你们，请认真贯彻执行。\n@signature 江西省人民政府\n@date 2026年8月4日\n@page_break\n@attachment_title 江西省推进县域经济高质量发展三年行动",
 body(105, 5500))
write("gw101-n01-office-3700.gw", """# frame: 江西省人民政府办公厅（省政府办公厅）普发通知，正文约3700字，在4000字以内
# near-miss: GW101
@doc_number 赣府厅发〔2026〕22号
@title 江西省人民政府办公厅关于进一步做好稳就业工作的通知
""" + H + "为切实做好稳就业工作，经省政府同意，现就有关事项通知如下。",
 body(111, 3600), "@signature 江西省人民政府办公厅\n@date 2026年7月21日\n")
write("gw101-n02-gov-4600.gw", """# frame: 江西省人民政府（省政府）普发通知，正文约4600字，超过办公厅上限但在省政府5000字以内
# near-miss: GW101
@doc_number 赣府发〔2026〕17号
@title 江西省人民政府关于加快推进新型工业化的通知
""" + H + "为加快推进新型工业化，现就有关事项通知如下。",
 body(112, 4500), "@signature 江西省人民政府\n@date 2026年7月1日\n")
write("gw101-n03-development-plan-exempt.gw", """# frame: 江西省人民政府（省政府）印发五年规划纲要（事关长远和全局的发展规划，豁免），所载纲要约6000字
# near-miss: GW101
@doc_number 赣府发〔2026〕25号
@title 江西省人民政府关于印发江西省国民经济和社会发展第十五个五年规划纲要的通知
""" + H + "现将《江西省国民经济和社会发展第十五个五年规划纲要》印发给你们，请认真组织实施。\n@signature 江西省人民政府\n@date 2026年9月15日\n@page_break\n@attachment_title 江西省国民经济和社会发展第十五个五年规划纲要",
 body(113, 6000))
write("gw101-n04-department-no-limit.gw", """# frame: 江西省发展和改革委员会（省直厅局，未配置字数上限）通知，正文约5300字
# near-miss: GW101
@doc_number 赣发改综合〔2026〕311号
@title 江西省发展和改革委员会关于做好2026年省重点建设项目推进工作的通知
@recipients 各设区市发展改革委，赣江新区经济发展局，省直有关单位：
为加快省重点建设项目推进，现就有关事项通知如下。""",
 body(114, 5300, lower=""), "@signature 江西省发展和改革委员会\n@date 2026年5月27日\n")
p1 = body(115, 2500); p2 = body(116, 2500, start=25)
write("gw101-n05-two-carried-docs.gw", """# frame: 江西省人民政府办公厅（省政府办公厅）一件通知印发两个文件，各约2600字，分别计算都不超过4000字（合计超过）
# near-miss: GW101
@doc_number 赣府厅发〔2026〕33号
@title 江西省人民政府办公厅关于印发江西省城市更新行动工作要点和江西省乡村建设行动工作要点的通知
""" + H + "《江西省城市更新行动工作要点》《江西省乡村建设行动工作要点》已经省政府同意，现印发给你们，请认真贯彻执行。\n@signature 江西省人民政府办公厅\n@date 2026年4月29日\n@page_break\n@attachment_title 江西省城市更新行动工作要点",
 p1 + ["@page_break", "@attachment_title 江西省乡村建设行动工作要点"] + p2)

"""GW105 distribution-too-wide — 文件发到没有工作的下级政府 (赣府发〔2019〕3号 第1条).

source: policy/ganfufa-2019-3.txt 第1条 “主要工作由省政府部门贯彻落实的文件一般不发到市、县(区)政府，
主要工作由设区市政府和省政府部门贯彻落实的文件一般不发到县(市、区)政府”.
Which levels carry work is the shared fact :func:`gwlint.analysis.facts.work_levels`.
"""
from __future__ import annotations

from typing import Iterator

from ...analysis.facts import (appointment_notice, binding_norm, informing_only, lower_government_recipients,
                               roster_notice, unresolved_mentions, work_levels)
from ...analysis.predicates import asks_nobody
from ...findings import Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_1


class DistributionTooWide(Rule):
    code = "GW105"
    name = "distribution-too-wide"
    severity = "warning"
    basis = BASIS_1
    summary = "主送、抄送的下级人民政府在文中没有工作：工作只落在省政府部门却发到市、县政府，或只落在设区市却发到县（市、区）政府。"
    why = ("报告什么：主送、抄送的下级人民政府在文中没有工作。gwlint 以文中的责任单位、句子主语（各地要……、"
           "由各设区市负责……）、指令句主语和“督促各地……”“指导市县……”一类交办对象、“会同各县（市、区）人民政府……”"
           "“与各地共同……”一类合作方、“各地各部门的政务信息统一……报市政府办公室”一类所领材料由它报送的统称判断工作落在哪一级"
           "（档案馆按本级部门检查；“市各委办局”“市各直属单位”是本级单位）。通报、公告一类告知性的部门文件同样适用本条：文中没有交给"
           "主送的下级政府的工作，就不应发给它们（改发对口部门）。以下情形，主送的下级政府没有工作：\n"
           "- 任务分工表只列本级单位、部门自己承担全部工作（省市场监管局决定开展抽查，结果由省局公布），或把其余交给"
           "企业、高校或第三方（委托第三方机构……；由其限期整改）；\n"
           "- 部门文件只把工作交给下级对口部门（请各地商务主管部门……）：应只发对口部门；\n"
           "- 只告知情况（窗口迁址、调整专班成员、废止文件并列出文件名称、通报竞赛结果、“不陪同、不汇报”的调研安排）、"
           "不交办任何工作的通知；\n"
           "- 只通报已完成的评估结果、不提要求；\n"
           "- 会议通知请谁参会，谁那一级就有工作：只请设区市政府负责同志参会、却发到县（市、区）政府的，县级没有工作；"
           "召开、举办会议、培训、观摩的通知只请本级部门和企业参加（参会范围、参加单位 | 名额表、附件名额分配表）的，"
           "主送的下级政府没有工作；“参加观摩的为……”“参训的是……”“观摩范围：……”写明的参加单位同参会范围一栏；\n"
           "- 文中没有任何情态词、“请”“要求”，也没有以谓语开头的句子（没有交给读者的任务），各分句的主语都是发文机关"
           "自己、本级或上级机关、名单中的事物或“某某副省长：负责……”一类标签（调整领导同志工作分工、公布专家库名单），"
           "且没有点到下级单位；\n"
           "- 调整议事协调机构组成人员的通知（调整县防汛抗旱指挥部成员）只要求成员单位报备人员变动、正文没有点到下级政府"
           "的：不是成员的下级政府没有工作；\n"
           "- 文中写明评估不需被评估的下级政府做任何事（不到现场、不要求提供材料）、又不排名通报的；发文机关自己"
           "（本局委托第三方……）评估、写明不需要被评对象报送材料且不排名、不通报、不纳入考核的。\n\n"
           "读不定的不报：文中点到主送的某一级下级政府（不带“各”的“乡镇”“街道”、点名的镇也算，如“赤湖镇、……负责各自"
           "考察点的接待”“乡镇在建设中遇到困难的，可……”“对14个市州人民政府按季度开展擂台赛”“检查对象 | 涪城区人民政府”），"
           "却既读不出它做什么，也读不出它不做什么的，这一级有没有工作没有读定，不报。以下算已经读定、没有工作：作定语"
           "（乡镇卫生院、各市补贴资金；但“所在街道的安全生产主管科室”是街道自己的机构）、免除或这次不要求（不必各乡镇"
           "安排陪同；各县不作任何接待安排；紧跟“无需”“不再”的是免除原有义务，与它有关）、做完的事或结果（已于……完成；"
           "三市排名前三位）、发文机关行事的地点或只告知的对象（在……两市开展；赴各设区市检查；结果反馈各市（州））、"
           "“部分山区乡镇……”一类描述、“每个乡镇抽取2个点位”一类抽样范围、名单表格中只写地名的一格（所在地 | 九江市；"
           "督查、考核的文件除外）。\n\n"
           "谁算下级政府、算哪一级：\n"
           "- 点名的下级政府（诸城市、寿光市人民政府负责；由漳浦县人民政府负责）、带限定语的（沿湖各县（区）人民政府、"
           "试点县政府）、不加括号的统称（各县市区要……；各区（市）县政府；各镇街、各旗县区负责……；其他县市参照执行）"
           "都算有工作；\n"
           "- “各单位要……”指全体主送机关（其中的下级政府也有任务）；“各责任单位要……”“各牵头单位应……”回指文中列明"
           "的责任单位，不另算（文中没有列明任何单位时才指全体主送机关）；\n"
           "- “各村要……”“各街道办事处负责……”的工作由乡镇（街道）组织，算乡镇一级；只发到各街道办事处的文件按乡镇"
           "一级计；“各街道办事处经济发展办公室”一类街道的内设机构不是街道本身（作主送时）；但文中“各街道、镇安全监管"
           "机构”“各镇（街道）农业综合服务站”“街道（镇）养老服务中心”一类乡镇、街道自己的机构（不带“各”也是）承担的"
           "工作，是乡镇一级的工作；\n"
           "- 瑞金市、宁国市一类县级市按县级计；“各市（含定州、辛集市）人民政府”括注中的直管市算在“各市”里，不是另发到"
           "县级；\n"
           "- 不是下级政府：“各街道中心校”“各乡镇卫生院”是学校、医院；“各市场监管所”“各司法所”一类县级部门派驻的站所"
           "和“区属各医疗卫生单位”“市属各医院”一类所属单位也不是，交给它们的工作不算下级政府的；“全省高速公路预计日均"
           "车流量……”中的“全省”只是定语，“加油站”“收费站”是设施，都不是承担工作的单位。\n\n"
           "算有工作、与文件有关（不算过宽）：\n"
           "- 主语后的谓语按词性认，不论用什么动词（各旗县区人民政府……摸清底数、倒排工期；属地政府兜底化解）；\n"
           "- 被调研、所到的地方由它自己的负责人做事的（被调研街道由分管副主任作情况介绍；所到乡镇由分管副乡长陪同察看），"
           "那一级有工作；\n"
           "- “参照执行”“结合实际制定……”“对本辖区……负总责”“抓好落实”也是交给下级的任务；“请结合本地实际认真组织实施”，"
           "或主送全是下级政府时的“请认真贯彻执行”，也是交给每个主送机关的工作（主送里还有本级部门时，“请认真贯彻执行”"
           "不算，看文中把工作交给了谁）；主送全是下级政府时，不写主语的“请组织……”“请督促……”是交给主送机关的工作，"
           "不论用什么动词；\n"
           "- 责任括注里列出的每个政府（（市人社局负责，各乡镇人民政府、街道办事处配合））、任务分工表“责任单位”"
           "“配合单位”栏里的政府、分句开头的政府（……县公安局配合，各乡镇人民政府做好帮办代办服务）、群众和企业提出申请"
           "的地方（向所在县（区）商务主管部门提出申请）、不写主语的“请于……前报送”；\n"
           "- “组织所辖县（市、区）逐村摸排”“督促指导辖区内县区……”一类交办对象、“由市县两级分担”“县乡两级要……”"
           "“属地政府负责”一类层级简称、没有列出的层级简称（由区镇两级分担；区、镇（街道）两级共同承担）、逐个分派的"
           "“每个设区市推荐……”“每个乡镇要……”，那一级都有工作；\n"
           "- 考核、评价的对象（考核对象为各县（市、区）人民政府）：“对12个县区……进行考核”“按乡镇排名”中不带“各”的"
           "被考核对象、表格中“督导对象 | 全县19个乡镇人民政府”一格、“对全县12个乡镇人民政府……开展考核”中被考核的乡镇；"
           "评比、评选的对象写成称号的（开展……先进县（市、区）评比、评选示范乡镇）、评选称号写在动词之后的（本次评选设"
           "“无废示范镇街”5个；对获评“……示范乡镇”的给予奖补）同样；督查、考核的文件中“每个县（市、区）随机抽查5个小区”"
           "是督查各县；\n"
           "- 写明适用于本行政区域的条款式办法、规定；\n"
           "- 通报点名表扬、批评的主送政府与通报有关；“无需”“不再”“免于”是免除原有的义务，与主送的下级政府有关。\n\n"
           "不算工作：\n"
           "- 只是提到某一级（“各地经验”“全省各地”）；\n"
           "- 做完的事（“各乡镇已于上月完成……”；……参加了比赛、我厅组织编制了……）；\n"
           "- “各地不安排陪同”：这次不要求做的事；\n"
           "- “对各地资金清算情况开展抽查”中的“各地”只是所查事项的定语（不排名、不通报），发文机关自己抽查，不是交给"
           "下级政府的工作；评估写明不排名、不通报的，评估中的打分、评分不算评判被评的下级政府；督查、考核以外的文件中"
           "“每个设区市抽查企业不少于10家”只是抽样范围；\n"
           "- 引用的条例、上级文件规定的职责（《……条例》规定，县级人民政府应当……）不是本文交办的工作，但规定的正是主送"
           "机关那一级的职责时，算提醒它们履行，与它们有关（转述上级文件“要求各县（市）人民政府……于2027年6月底前……”、"
           "期限在发文日期之后的同样；没有写明日期的期限（在主汛期前）可能已过，文中说这一级已经完成的（目前各市均已建立；"
           "14个市州已全部完成排查）也不再是提醒）；\n"
           "- 发文机关自己举办的活动（关于举办……的通知；省商务厅定于……举办），“活动内容”下以谓语开头的条目（邀请50家"
           "名店现场制作……）是介绍活动，不是交给读者的任务（活动方案中的同样条目是任务）；\n"
           "- “如有疑问，请联系……”一类礼貌用语。\n\n"
           "不报：任免、聘任的通知按惯例普发；国务院办公厅调整议事协调机构组成人员的通知按惯例发到各省；印发领导讲话的"
           "通知交全体主送机关学习贯彻，不算过宽。\n\n"
           "依据：第1条“严格控制文件发送范围，主要工作由省政府部门贯彻落实的文件一般不发到市、县(区)政府，"
           "主要工作由设区市政府和省政府部门贯彻落实的文件一般不发到县(市、区)政府。”"
           "同一原则下推一级：县级政府，或东莞、中山、嘉峪关、儋州这类不设县、直接管辖镇街的地级市，主送乡镇人民政府、"
           "街道办事处而乡镇（街道）一级没有工作的，同样提示（提示语说“一般不发到乡镇人民政府、街道办事处”）。"
           "告知性通知里“搬迁后，……不变”“办理期间，……”这类以时间状语开头的分句、“因……实施改造”“鉴于……”这类说原因的分句、"
           "“新增2个企业专区窗口”这类说新增数量的分句、发文机关自己行事的分句之后接着说它做什么的分句（我局已……立案调查，"
           "责令其限期整改）、“群众（参保单位和个人）可通过……办理”这类说被服务的公众的分句，都不是交给谁的工作；文中只有这类告知、却主送下级政府的，同样报发送过宽。"
           "第三十二轮补充：只请本级部门和企业参加的会议通知里，“请各单位自行安排交通”一类会务安排说的是参会单位，不是交给主送的下级政府的工作；烟台、青岛一类的“各区市人民政府”是县一级。"
           "第三十三轮补充：不带“人民政府”的“各市（含定州、辛集市）”（请各市（含定州、辛集市）和雄安新区于……前报送回执）与“各市（含定州、辛集市）人民政府”一样只指设区市一级，括注中的直管市算在“各市”里；写明不需被评对象做任何事、又不排名通报的评估中，“涉及各市的分析结论反馈各设区市人民政府”一类点到的被评地方没有工作；“各地各部门”“各地区各部门”作主语（各地各部门原则上只保留一种……专报）时，其中的下级政府有工作。")
    bad = ("江西省人民政府办公厅关于……的通知，主送“各市、县（区）人民政府，省政府各部门”，"
           "正文各条均为“省发展改革委负责”“省财政厅负责”。")
    good = "主送改为“省政府有关部门”（或列出承担任务的省直部门），不再发到市、县（区）人民政府。"
    fix_title = "按工作实际落在的层级确定主送、抄送范围，删去没有任务的下级政府"
    Settings = NoSettings
    data_file = "directives.toml"
    examples = (
        Example("一、省发展改革委负责制定春耕生产资金安排方案。\n二、省财政厅负责及时拨付补助资金。", fires=True,
                frame="office_circular", note="工作都在省直部门，却发到市、县（区）政府"),
        Example("一、省发展改革委负责制定春耕生产资金安排方案。\n二、各设区市、县（市、区）人民政府要组织好春耕生产。",
                fires=False, frame="office_circular"),
        Example("一、考核对象为各市、县（区）人民政府。\n二、考核由省发展改革委组织实施，每年开展一次。",
                fires=False, frame="office_circular", note="文件的对象是市、县政府"),
        Example("一、省发展改革委负责制定春耕生产资金安排方案。\n二、各市、县（区）参照执行。",
                fires=False, frame="office_circular", note="参照执行是交给市、县的任务"),
        Example("一、省自然资源厅将对各市、县（区）人民政府耕地保护工作开展督查，督查结果通报。",
                fires=False, frame="office_circular", note="督查、考核的对象与文件有关"),
        Example("一、各县（市、区）人民政府要在年底前完成示范村规划编制。\n二、省农业农村厅负责业务指导。",
                fires=False, frame="office_circular", note="县级有任务，设区市在其上组织督促，不算过宽"),
        Example("一、省农业农村厅要会同各市、县（区）人民政府完成示范村规划编制。\n二、省财政厅负责资金保障。",
                fires=False, frame="office_circular", note="会同、联合的下级政府也承担这项工作"),
        Example("一、改造农村公路危桥300座。（省交通运输厅负责，各县（市、区）人民政府配合）\n"
                "二、省财政厅负责资金保障。", fires=False, frame="office_circular",
                note="责任括注中配合的县级政府也有工作；设区市在其上组织督促"),
        Example("一、符合条件的企业向所在县（市、区）商务主管部门提出申请。\n二、省商务厅负责审核。",
                fires=False, frame="office_circular", note="县级受理申请"),
        Example("省农业农村厅决定于7月对全省种子经营门店开展质量抽查，抽查结果由省农业农村厅公布。",
                fires=True, frame="dept_to_cities", note="部门自己做完全部工作，设区市政府没有任务"),
        Example("因办公场所改造，省市场监管局登记窗口自8月1日起迁至省政务服务中心新址办公，咨询电话不变。",
                fires=True, frame="dept_to_cities", note="只告知情况、不交办工作的通知"),
        Example("省农业农村厅决定于7月对全省种子经营门店开展质量抽查。请各设区市人民政府组织辖区门店做好配合。",
                fires=False, frame="dept_to_cities"),
        Example("一、省发展改革委负责制定春耕生产资金安排方案。\n二、各县（市、区）人民政府6月底前摸清撂荒地底数，逐地块倒排复耕工期。",
                fires=False, frame="office_circular", note="工作不论用什么动词写（按词性读出谓语），县级都有任务"),
        Example("根据工作需要，经省政府研究，对省政府领导同志工作分工作如下调整。\n张省长：领导省政府全面工作。\n"
                "李副省长：负责农业农村、水利方面工作，分管省农业农村厅、省水利厅。", fires=True, frame="office_circular",
                note="调整领导分工：谁负责什么由标签读出，没有交给任何人的任务，市、县没有工作"),
        Example("《地质灾害防治条例》规定，县级人民政府应当组织对隐患点巡回检查。我厅遴选了12家技术支撑单位，名单在厅门户网站公开。",
                fires=True, frame="dept_to_cities", note="引用条例规定的县级职责是背景，主送的设区市没有工作"),
        Example("仍有撂荒地未复耕的各县（市、区）人民政府，在春播开始之前，要全部复耕到位。\n二、省农业农村厅负责业务指导。",
                fires=False, frame="office_circular", note="“……的”定语说明是哪些县级政府，它们是主语，县级有任务"),
        Example("一、省发展改革委负责制定春耕生产资金安排方案。\n二、各县（市、区）的乡镇农技站要开展育秧技术培训。",
                fires=True, frame="office_circular", note="县（市、区）只是农技站的定语，工作在省直部门和农技站"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        from ...analysis.units import classify_recipient, level_rank

        gw = ctx.gw
        issuer = gw.issuer
        if issuer is None or issuer.level in (None, "unknown") or issuer.kind == "other":
            return
        where = gw.recipients if gw.recipients is not None else gw.cc
        if where is None:
            return
        # only collectives (各设区市人民政府, 市、县（区）人民政府): a reply or letter to one
        # named government (四川省人民政府：) goes to the body that asked, not "too wide"
        recips = [(item, lvs) for item, lvs in lower_government_recipients(gw, [*gw.recipient_list, *gw.cc_list],
                                                                                street_offices=True)
                  if any(u.source == "actor" for u in classify_recipient(item))]
        if not recips:
            return
        if appointment_notice(gw):
            return  # 任免、聘任通知按惯例普发
        if binding_norm(ctx):
            return  # 本省行政区域内……适用本办法: binds the lower governments too
        reached = {lv for _, lvs in recips for lv in lvs}
        # only whether a level sent to lies below the deepest working one matters: the reading may stop once
        # work reaches the deepest of them (no level sent to can be idle then)
        assigns, levels = work_levels(ctx, issuer.level, until=max(map(level_rank, reached), default=None))
        if not assigns and not informing_only(ctx) and not asks_nobody(ctx) and not roster_notice(ctx):
            return  # work the reading cannot place: stay quiet rather than guess
        # the policy narrows downwards only: work at the counties concerns the 设区市 above them too
        # (they organise and supervise it), so only levels below the lowest working one are idle
        deepest = max((level_rank(lv) for lv in levels), default=None)
        idle = sorted((lv for lv in reached if lv not in levels and (deepest is None or level_rank(lv) > deepest)),
                      key=level_rank)
        if not idle:
            return
        # a lower government named in the issuer's words whose part no reading decided: its work is left open
        # (one that may also be of a working level, 各市人民政府 of both 市 and 县级市, is read as that one)
        if any(set(lvs) & set(idle) and not set(lvs) & levels
               for lvs in (u.reaches_for(issuer.level) for _, u in unresolved_mentions(ctx, issuer.level))):
            return
        names = "、".join(r for r, lvs in recips if any(lv in idle for lv in lvs))
        if idle == ["township"]:
            # the policy names 市、县 政府; the same narrowing holds one level down (a county, or a 地级市 without
            # counties such as 东莞、中山, writing to its 镇 and 街道)
            has = "本级部门（或下级对口部门、所属单位）" if not levels else "、".join(
                {"city": "设区市", "county": "县（市、区）", "province": "省级"}.get(lv, lv)
                for lv in sorted(levels, key=level_rank)) + "一级"
            msg = (f"主送/抄送{names}，但文中的工作都由{issuer.name if not levels else ''}{has}承担，没有交给乡镇（街道）的任务。"
                   f"乡镇（街道）没有工作的文件一般不发到乡镇人民政府、街道办事处，请收窄发送范围。")
        elif not levels:
            # a notice that only informs (更名, 通报) gives no one work: say so, not that departments carry it
            what = f"文中的工作都由{issuer.name}本级部门（或下级对口部门、所属单位）承担" if assigns else "本文只告知情况"
            msg = (f"主送/抄送{names}，但{what}，没有交给下级政府的任务。主要工作由本级政府部门贯彻落实、"
                   f"或只需知悉的文件一般不发到市、县（区）政府，请收窄发送范围（只需知悉的可公开发布或只发有关单位）。")
        else:
            label = {"city": "设区市", "county": "县（市、区）", "township": "乡镇", "province": "省级"}
            has = "、".join(label.get(lv, lv) for lv in sorted(levels, key=level_rank))
            lack = "、".join(label.get(lv, lv) for lv in idle)
            msg = (f"文中的工作落在{has}一级，没有{lack}一级的任务，却发到{names}。"
                   f"主要工作由设区市政府和省政府部门贯彻落实的文件一般不发到县（市、区）政府，请收窄发送范围。")
        line = where.line
        yield Violation(msg, line=line, start=0, end=None,
                        data={"idle_levels": idle, "work_levels": sorted(levels, key=level_rank),
                              "recipients": [r for r, _ in recips]})

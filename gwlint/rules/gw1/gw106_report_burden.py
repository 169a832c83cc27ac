"""GW106 report-burden — 未经授权要求下级报送材料报表、负责同志签字“画押” (赣府发〔2019〕3号 第3条).

source: policy/ganfufa-2019-3.txt 第3条 “未经法定授权或省政府批准，任何部门不能要求下级政府上报材料报表，
不得要求下级党政负责同志签字‘画押’”.
What a sentence demands (submission, materials, submitter, deadline, signature) is read by
:mod:`gwlint.analysis.report_demands`; the rule decides whose documents are checked and words the findings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ...analysis import demands as dm, report_demands as rd, signatures as sg, submissions as sb
from ...analysis.facts import (approval_statement, governs_townships, governs_townships_only,
                               lower_government_recipients, preamble_matches, relayed_lines)
from ...analysis.orgs import approving_body
from ...analysis.sentences import iter_sentences
from ...analysis.settings import alternation
from ...findings import Violation
from ..base import Example, Regex, Rule
from . import BASIS_3


@dataclass(frozen=True)
class Settings(rd.BurdenSettings):
    issuer_kinds: list[str] = field(default_factory=list)  # checked issuers (departments)
    office_issuers: list[Regex] = field(default_factory=list)  # ××领导小组办公室: checked like departments
    skip_doc_types: list[str] = field(default_factory=list)  # 请示, 报告 …: no demands downwards
    approval_patterns: list[Regex] = field(default_factory=list)  # 经省政府领导同意 anywhere
    party_approval_patterns: list[Regex] = field(default_factory=list)  # 经省委同意: for a body of the party
    preamble_legal_basis: list[Regex] = field(default_factory=list)  # the opening founds on a law


def _message(who: str, deadline: str, asked: str, gov: str, lead: str = "要求", these: str = "这项") -> str:
    return (f"{lead}{who}{deadline}报送{asked}，文中没有写明法定授权或经{gov}同意。未经法定授权或{gov}批准，"
            f"部门不能要求下级政府和基层上报材料报表：请写明依据（如依据《××》规定、经{gov}同意），"
            f"或改用已有统计数据、信息共享，或删去{these}报送要求。")


class ReportBurden(Rule):
    code = "GW106"
    name = "report-burden"
    severity = "warning"
    basis = BASIS_3
    summary = ("政府部门发文要求下级政府、下级单位或基层报送材料、报表、总结、报告（请于……前报送、填报……表、报送……材料），"
               "文中没有写明法定授权或经政府同意；要求下级负责同志签字（签字确认、签字背书、“画押”）的为 error。")
    why = ("第3条：“下决心解决各类报表材料过多过滥问题，严格控制各种总结和报告……未经法定授权或省政府批准，"
           "任何部门不能要求下级政府上报材料报表，不得要求下级党政负责同志签字‘画押’；确需基层报送材料的，"
           "一般只要求报送经济运行数据指标、重大政策贯彻执行和重点工作推进落实情况、正反两方面典型等。”"
           "只检查政府部门和党委工作部门（市委宣传部等）的发文（配置项 GW106.issuer_kinds；人民政府、党委及其办公厅默认不检查；街道办事处是区政府的派出机关、不是一级政府，向社区要材料照样检查；没有标题、版头和署名的页面，发文机关按只写出一个机关的联系方式一行认出（千山区信息产业局电话：……）；没有主送机关时，文中模板用占位符写出的报送单位（标题以“千山区xx局或千山区xx镇”开题）就是被要求的一方，其中的乡镇在发文机关之下；并列的主语（各部门、各镇）中有一个在发文机关之下，就是下级报送；联合发文的，发文机关中有一个在检查范围内即检查），"
           "且报送的一方须在发文机关之下（各地、各设区市、各县（市、区）、下级部门、基层，或没有写主语而主送下级）。"
           "句中援引法律法规（依据《××法》规定）、统计调查制度，写明经省政府同意，或“按照国务院/省委省政府……要求”"
           "转达上级要求的，视为有依据；“按照本通知要求”“按照附件格式要求”仍是本机关的要求；“定时上报”“每隔一周报送一期”“隔周报送”与“每周”一样是常设的报送期限（“及时上报”不算期限）；文中任一处援引统计调查制度、统计报表制度（或不带“统计”二字、经国家统计局批准执行的《××调查制度》）的，"
           "按制度报送的统计数据、报表也有依据（同时要的工作总结、汇报材料不算）。"
           "禁止、压减、限定报送的句子（不得要求基层报送材料、其他一律不报、不再另行填报、原则上不再要求……），"
           "引号内的文字，转述上级文件的话，部门向本级政府报告工作、发文机关自己承诺报送，都不是负担；发文机关自己派出的督导组、检查组、帮扶组、工作组（各督导组督导结束后3日内形成督导报告，报局办公室汇总）向本机关报告也不是。每周、每旬、每月按时报送的工作动态、存在问题（每周五12时前报送本周项目开复工和存在问题；每周五将……困难和问题汇总，报……），按时填入引号中写明的系统（每月25日前将项目进展情况填入“××调度系统”），都是常设的报送要求。"
           "单字“报”“送”之后用简称写的机关或其内设机构（报县教体局基础教育股、报市局安全协调科）也是报送对象；“书面报告”的报送对象可在前面（向省厅书面报告上季度工作情况）。"
           "请示的“签发人”不是签字要求。带序号的整句（一、请……报送我厅。（二）…… ① 第×条）照样是要求，"
           "只有“五、报送要求”一类短标题不算；签字要求单独成句（承诺书须由局主要负责同志签字）或写成制度"
           "（实行签字背书制度）的，也是 error；报送事项写在表格里的（表头如报送材料/填报内容、报送单位/填报主体，"
           "含用制表符排成的清单），每张表提示一次，表前引导句已提示的不重复；企业、数据提供方、运营单位等"
           "第三方的义务，反馈给评价人、举报人、本人（学生家长、患者）的，发文机关把结果向各县（市、区）反馈、通报的，“按照《财政部……通知》要求”转达上级部门要求的，都不提示。"
           "“此表/本表/上表由各乡镇卫生院填写，于每月3日前报……”“把本表报……”中的此表、本表是文中印发的报表，也是报送的材料；"
           "校（园）长、院（站）长、站（所）长一类兼写两类单位的职务也是负责人（“校（园）长签字”一栏为 error）；"
           "“各责任单位”“各牵头单位”等按职能称呼的单位，按文中表格同名一栏所列单位判断是否下级；文中委托的技术支撑单位、"
           "监理单位、评估单位等以职能称呼又不在主送机关之列的，不提示。"
           "已经报送过的（各地已于2月底前报送了……；已有9个市报送）是叙事，不是要求；“督察反馈问题”里的“反馈”不是报送。"
           "主管部门直接主送的学校、医院、幼儿园是它的下级单位（各校于……前将自查报告报区教体局基础教育股；"
           "自查报告须由校长签字）；议事协调机构的办事机构（××领导小组办公室）发文与部门一样检查。"
           "“上传至××平台”“在（登录、通过）××平台、小程序、APP上传/填报/录入”也是报送（“及时录入××系统”是业务登记，不算；限期录入的，如“11月5日前将检查结果录入××信息系统”，算报送；不写去向、只写“上传”的，限期上传总结、报告、台账一类材料的算报送，如“12月15日前上传年度工作总结”，“上传照片”不算），"
           "汇总后上传可以不写材料名；“登录××平台，汇总审核辖区企业……数据后提交”中以“汇总”“审核”“对”开头的分句没有自己的主语，报送的是主送机关；核查、摸底后报送的花名册（上一句写逐户核对、本句以“审核无误后”“比对完成后”开头接着报送的也是），盖章扫描件、复印件，有期限的普查、检查结果都是材料。"
           "表头可在第二行（第一行是表名），“需提交材料”“责任人”一类也是报送表的表头；没有材料列、而“时间要求”一栏写明报送"
           "（数据项目|填报口径|时间要求：每月3日前登录平台汇总审核后提交）的表同样是报送表，提示在写明报送的格子；"
           "正文“按附表时间报送”的，附表的时间栏就是期限。只写一项、栏目名竖排在首列的两列表（填报内容|……；填报时间|请于每月10日前登录……；"
           "审核要求|……，上面可有“事项|说明”一行）按横排表读：首列是栏目名，不是报送的材料，整张表提示一次，提示在写明时间的那一格。核查、核对之后“汇总后报送”的，交上来的是汇总结果，不写材料名也算；"
           "每日、每周、每月按时报送的人数、数量（每日10时前报送前一日就诊人数）是常设报表，一次报来的参会人数不算。"
           "下级负责同志“签署承诺书”、附表中“主要负责同志签字”“签字人”一栏也是签字要求（error，每篇一次；填表人、经办人签字不算）。"
           "以事件为条件的即时报告（发生事故后立即报告；火灾扑灭后两小时内报送火灾专报；事件确认后报送突发事件信息专报）"
           "是法定的报告义务，不提示；接到、收到一件业务上的事（卫星热点推送、预警信息、应急指令）后限时反馈的同样不提示，"
           "由本通知引起的（收到本通知后10日内报送自查报告；文件以文种自称的，如收到本通报、本意见、本方案后）仍是材料要求；"
           "从前文时点起算的时间（统计截至11月20日，……于次日报送；于次月5日报送；于检查结束当日报送）也是期限；按期报送的火灾统计月报、灾情周报、"
           "每日10时前报送的筛查情况照样提示。一句里平台填报与书面报送交替写的几项"
           "（每周在平台更新进度，每季度末另报书面材料，年底前再上传总结）各算一条，签字要求算在它所在的那一项上。"
           "把案件数据推送、上传到公开或业务记录的系统（将违法信息推送至公共信用信息平台；执法音像资料当日上传至执法音像记录管理系统"
           "并保存六个月；行政处罚决定按规定公示）是信息公示、信用信息共享或执法记录，不是向发文机关报送材料；“通过××系统报送”仍是报送。"
           "表格中没有自己主语的一格（评估结束后15个工作日内提交评估报告）说的是本行“承担单位”“实施主体”“责任单位”一栏写的单位，"
           "受托机构、企业、发文机关自己的工作组提交的不提示；表前写明“停止报送的报表清单如下”“以下报表不再报送”，或一行的处理方式写"
           "“停止”“取消”“不再报送”的报表不是要求；句首时间状语之后的主语（今后我厅新增的报表，一律报省政府办公厅审核）是发文机关自己；"
           "把问题清单“反馈各区应急管理局”“送交各县（市、区）农业农村局”是发下去，其后的整改期限不是报送。"
           "表格各行不写报送动词、只在时间栏写“每月20日前”“每季度结束后10日内”的，时间栏以报送命名（报送时间、截稿时间）、"
           "表中有“报送单位”一栏，或表前一句要的就是表中所列（现将约稿安排列表如下；需交回××局的材料见下表）时，同样是报送表"
           "（提示在表前这一句；表前只是“三、××安排见下表。”一类标题的，提示在第一行的时间格）；表前一句说的是发文机关自己向上报送"
           "（本局向市委、市政府报送的事项）或由发文机关编报的，不提示。对照表中“原要求”一栏写的是旧要求，“调整后”写“取消”“停止”的"
           "整行不是要求，“调整后”仍写限期报送的（改为每季度首月5日前报送一次）是现行要求。转发通知所附的上级文件原文是上级的要求；"
           "“其他部门要求基层重复填报……的，”是假设别人的要求，不提示。"
           "上级机关写明是要求的来源时，不带书名号的说法（按环保部通知要求填报、按省厅文件要求报送）也是转达上级部门的要求；"
           "紧接其后一句为同一材料写期限和去向的（请于3月15日前将调查表报送我厅），仍是这项上级要求；转发通知中写明汇总后报给"
           "上级机关的（以便我局及时汇总上报省农业厅），是替上级收集，不提示；“按照上级要求”“按照本通知要求”“按我局通知要求”"
           "或只在别处提到部委的，仍是本机关的要求。上一句要求填报某种材料、下一句为同一材料写期限的，是一项要求，只提示一次。"
           "申报参加创建、试点、示范、评选的申报材料、申请书（句中或标题写明申报……创建、试点、示范，或文中写明逾期未报送视为放弃、"
           "自愿申报），下级可以选择不申报，不提示；考核、检查的申报材料、自评表仍提示。“请点附表下载”中的附表是下载的文件，不是报送的材料。一段只写期限和去向（11月10日前报县教育局××中心）、"
           "紧接在写明由谁形成什么材料的一段之后的，两段合为一条要求。签署的宾语在前作话题（承诺书由各县局主要负责同志签署）的也是签字要求；"
           "签字确认之前写的是群众、当事人（被核查人签字确认单）的，不是要求负责同志签字。没有材料、没有“要、请”、没有期限、"
           "也读不出主语的“推送至××平台”，不按主送机关的报送提示。"
           "同一张带序号的表格中几行各写一项报送频次（每月5日前报送……；每旬末报送……），是一张表的一项要求，只提示一次；主送机关的简称（主送“各街道（镇）农业综合服务中心”，文中“各农业综合服务中心于……报送”）和主送机关被要求指定的人员的“所在单位”（各中心要明确一名信息员……信息员所在单位于……报区农业农村局）都是主送机关报送。"
           "交回、送回发文机关的材料由主送机关交回，即使前一分句以发文机关为主语（责任书由市局统一印制后寄送各单位，……签字后，于2月28日前送回市局）；发文机关派出的督导组、工作组向它报告仍不提示。带指示词的名词“要求”（该项备案要求执行三年来）、定语里的时间（各市每年报送的养护计划与系统数据一致）、“会议认为，……”“调研发现，……”一类讲情况的句子、“问题清单反馈后30日内整改”中日期所依的“反馈后”，都不是报送要求。"
           "以定语写出的常设报表带固定时点（各市场监管所每月3日前报送的月报，自8月起实行所长签字确认制度）仍是常设报送要求；只写频次（各市每年报送的养护计划）"
           "或一次性时间（各地3月底前报送的自查报告）的定语只是描述材料。发文机关自己的会议纪要中“会议明确”“会议要求”是发文机关自己的要求，不是转达。"
           "上传至平台中的应用、模块、专区（上传至“浙里办”企业信用培育应用）也是报送。印送材料的句子之后只引出清单的一行（材料目录如下：）所接的表是发下去的材料。"
           "经营主体、家庭农场、种养大户等申报补助的是第三方；文中写明由第三方提交、清单见附件的，附件中的材料表不提示。"
           "第三十二轮补充：发文机关自己的处室、科室作主语（今后我厅各处室新增报表，一律报厅办公室审核）是本机关内部的规矩；“对填报数据严格把关”“确保上报数据真实准确”把关的是报来的东西，不是又一项报送；只写“上传”的，上传的是汇总表、统计表一类为上报汇成的表时也算报送；没有主送的会议纪要中，没有主语的一句（季度工作情况每季度末月25日前报局资源林政股）接着上一句交办任务的下级单位读。"
           "第三十三轮补充：发文机关在前一句（或前一条）印制、发放的材料，下一句（下一条）由主送单位签字后交回、送回、寄回的（责任书由县局统一印制，1月12日前发放到各单位。各单位收到后由中心主任、场长签字……，于……前送回县局），交回与签字各算一条，与写在同一句里一样；林场场长也是负责人，局属、市属各林场是下级单位；编号标题之后另有一句“现将……列表如下：”引出报送表的，提示在这一句；“按照《……通知》要求……填写《……调查表》”转达上级要求、下一句为调查表写期限和去向的，以及转发通知中“以便市局（县局、省厅）汇总审核后按时上报……”替上级收集的，不提示；表中“承担单位”一栏是发文机关自己的处室（委基层卫生健康处、局办公室）或受托的大学、学院的，不提示；只对有意申报的一方提出的报送（有推荐意向的，请于……前将推荐汇总表和建设方案报送……）、附表中“申报材料”一栏所列的材料，在自愿申报的创建、试点、示范中都是申报材料，不提示；同一篇中不带材料、重申前面已提出的同一签字的（所属部门领导签字；领导公出的由副职领导签字；具有所属部门领导签字的相片）只提示一次。")
    bad = ("江西省农业农村厅通知（主送各设区市人民政府）：“请各设区市于3月20日前将春耕生产工作总结报送我厅，"
           "报送的总结须经本级人民政府主要负责同志签字。”")
    good = ("“依据《中华人民共和国统计法》和《农业统计调查制度》，春耕进度数据从农业农村统计直报系统中提取，"
            "不再另行报送。”；或报经省政府同意并在文中注明。")
    fix_title = "写明法定依据或经省政府同意；能用已有统计数据、信息共享解决的不再要求报送；删去签字“画押”要求"
    Settings = Settings
    data_file = "burdens.toml"
    examples = (
        Example("请各设区市于3月20日前将春耕生产工作总结报送我厅。", fires=True),
        Example("请各设区市于3月20日前将春耕生产工作总结报送我厅，总结须经本级人民政府主要负责同志签字确认。",
                fires=True, note="签字“画押”为 error"),
        Example("一、请各设区市于3月20日前将春耕生产工作总结报送我厅。\n（二）春耕进度实行负责人签字背书制度。",
                fires=True, note="带序号的整句是要求；签字背书制度单独成句"),
        Example("依据《中华人民共和国统计法》规定，请各设区市于每月5日前填报春耕生产进度统计表。", fires=False),
        Example("各地已于2月底前报送了春耕生产工作总结。", fires=False, note="已经报送过，是叙事"),
        Example("各设区市局要签订监管责任承诺书，请于7月15日前将承诺书报送省局。", fires=True,
                note="前一句写明主体，报送句不再写主语"),
        Example("数据提供方须在收到核查申请后3个工作日内完成核查，并将核查结果反馈申请人。", fires=False,
                note="第三方的义务，反馈给申请人"),
        Example("各设区市审核汇总后，于8月15日前上传至省农业项目管理平台。", fires=True, note="上传至平台也是报送"),
        Example("基层农技人员要及时将服务记录录入全省农技推广信息平台。", fires=False, note="录入系统是业务登记"),
        Example("请各设区市人民政府于3月20日前将春耕生产工作总结报送省政府办公厅。", fires=False,
                frame="office_circular", note="省政府办公厅代表政府行文，默认不检查"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        s: Settings = ctx.settings(type(self))
        gw = ctx.gw
        issuer = gw.issuer
        if not _issuers_in_scope(gw, s):
            return
        if gw.doc_type in s.skip_doc_types and not gw.forwarding:
            return
        if governs_townships(gw, lower_government_recipients(gw, gw.recipient_list)) or governs_townships_only(gw):
            return  # a 新区管委会 asking its own 街道 and towns speaks as their government (GW104 alike)
        if approval_statement(ctx) is not None or preamble_matches(ctx, alternation(s.preamble_legal_basis)):
            return
        gov = approving_body(issuer.name, issuer.kind, issuer.level)  # 省委 for 省委组织部, 省政府 for a 厅
        approval = alternation(s.approval_patterns + (s.party_approval_patterns if gov.endswith("委") else []))
        if approval is not None and any(approval.search(ctx.reading(ln)) for ln in gw.content_lines):
            return
        recips = sb.lower_recipients(ctx, s.lower_words, s.subordinate_institutions)
        topics = rd.topic_ends(ctx, s)
        found: list[Violation] = []
        relayed = relayed_lines(gw)  # the text a 转发 notice passes on asks in its own issuer's name
        # the sentence before (in its paragraph or ending the one before): the materials it relays from a higher body
        # and its own finding (请……按环保部通知要求填报调查表。请于3月15日前将调查表报送我厅。: one demand, its time next)
        prev_sent, prev_found = None, None
        for sent in iter_sentences(ctx, [ln for ln in gw.content_lines if ln not in relayed]):
            if rd.heading_only(s, sent, topics):
                prev_sent, prev_found = None, None
                continue  # a heading (五、按时报送工作情况) names a topic, the demand follows it
            hits = rd.burdens(ctx, s, sent, recips)
            earlier_sent, earlier_found = prev_sent, prev_found
            prev_sent, prev_found = sent, None
            earlier_relayed = None  # read when a demand needs it: a run-on sentence's points are many
            if not hits:
                signed = rd.sign_demand(ctx, s, sent, recips)
                if signed is not None and any(f.severity == "error" and sg.same_signing(s, (signed[1], signed[2]),
                                                                                     (f.data["signer"], f.data["sign"]))
                                              for f in found):
                    continue  # the same leaders' signature asked again (领导公出的由副职领导签字): one demand restated
                if signed is not None:
                    who, signer, word = signed
                    found.append(Violation(
                        f"要求{signer}“{word}”。不得要求下级党政负责同志签字“画押”：请删去签字要求，"
                        f"材料的真实性由报送单位负责，不需负责同志签字背书。",
                        line=sent.line, start=sent.start, end=sent.end, severity="error",
                        data={"who": who.text, "what": [], "deadline": dm.deadline(s, sent), "submitter": who.kind,
                              "sign": word, "signer": signer}))
                continue
            for hit in hits:  # two demands of one sentence (更新平台……，每季度末另报书面材料) are two findings
                who, what, deadline, sign = hit.who, hit.what, hit.deadline, hit.sign
                if not sign and rd.statistics_survey(ctx, s, what):
                    continue  # data of a statistical survey system the document founds on
                if not sign and earlier_sent is not None and earlier_relayed is None:
                    earlier_relayed = rd.relayed_materials(ctx, s, earlier_sent)
                if not sign and rd.same_materials(what, earlier_relayed or []):
                    continue  # the time and place of the higher body's demand the sentence before relays
                if not sign and earlier_found is not None and rd.same_materials(what, earlier_found.data["what"]):
                    # (请认真填报调查表。请于……前将调查表报送我局。: one demand, its time given next; found where it opens)
                    if deadline and not earlier_found.data["deadline"]:
                        k = found.index(earlier_found)
                        found[k] = Violation(_message(earlier_found.data["who"], deadline, "、".join(earlier_found.data["what"]), gov),
                                             line=earlier_found.line, start=earlier_found.start, end=earlier_found.end,
                                             data={**earlier_found.data, "deadline": deadline})
                    continue
                if not sign and rd.programme_application(ctx, s, sent, what):
                    continue  # 申报……示范区创建，逾期未报送的视为放弃: an application the units may choose to make
                asked = "、".join(what) if what else "材料"
                data = {"who": who.text, "what": what, "deadline": deadline, "submitter": who.kind}
                # a submission with its own deadline and a leader's signature on it are two demands (签字要求与报送要求
                # 各算一条); without a deadline the sentence signs what another asks for (报送的方案须经……签字后报送我厅)
                if not sign or deadline:
                    found.append(Violation(_message(who.text, deadline, asked, gov), line=sent.line, start=sent.start,
                                           end=sent.end, data=data))
                    prev_found = found[-1] if not sign else None
                if sign:
                    signer, word = sign
                    found.append(Violation(
                        f"要求{signer}在报送的{asked}上“{word}”。不得要求下级党政负责同志签字“画押”：请删去签字要求，"
                        f"材料的真实性由报送单位负责，不需负责同志签字背书。",
                        line=sent.line, start=sent.start, end=sent.end, severity="error",
                        data={**data, "sign": word, "signer": signer}))
        drop = sb.restated_in_attachment(ctx, [f for f in found if f.severity != "error"])  # 按附件……填报
        demands = sb.table_demands(ctx, s, recips)
        # a numbered title that only hands its terms to the table of materials below it (三、有关工作材料按下表时间
        # 提交。): the table's rows say what is asked, the finding is theirs (请按下表要求报送 keeps its own)
        # (三、数据上报安排。各单位按下表提供……: a sentence after the title makes the line the table's lead)
        titles = {h.line for h in gw.headings if not h.content and not ctx.reading(h.line).partition("。")[2].strip()}
        heads_at = {h.line for h in gw.headings}
        heads = {_lead_line(gw, t) for t in demands}
        drop |= {f.line for f in found if f.line in heads and f.line in titles and f.severity != "error"
                 and sb.per_table(ctx.reading(f.line))}
        # a row's cell that writes the submission out (每月5日前……汇总后报送) is the table's demand: one finding,
        # its lead sentence's or the table's own below
        cells = {ln for t in demands for ln in t.cells}
        found = [f for f in found if f.line not in drop and (f.line not in cells or f.severity == "error")]
        # rows of one table each writing their own submission out (每月5日前报送整改进展 | 每旬末报送处置进度): the table
        # asks once, at its first such row
        table_of, asked_in = sb.table_of_lines(ctx), set()
        found = [f for f in found if f.severity == "error" or table_of.get(f.line) is None
                 or not (table_of[f.line] in asked_in or asked_in.add(table_of[f.line]))]
        lead_lines = {f.line for f in found}
        body = set(gw.body_lines)
        asked = [f for f in found if f.severity != "error"]
        yield from found
        if recips and not any(f.severity == "error" for f in found):
            yield from _sign_columns(ctx, s, recips)
        for t in demands:
            if t.header_line in relayed or rd.statistics_survey(ctx, s, t.asked):
                continue
            if rd.programme_application(ctx, s, None, t.asked, t.what_header):
                continue  # 申报材料 | 提交时间 of a creation the units may choose to apply for
            if t.first not in body and (sb.points_to_attachment(ctx, asked) or rd.relayed_to_attachment(ctx, s)
                                        or sb.asks_for_attachment(f for f in asked if f.line in body)
                                        or sb.party_attachment(ctx, s, recips)):
                # 请按附件要求按月报送, 按附件表格式报送: the attachment's table is that demand (relayed or not);
                # 经营主体……提交申报材料（清单见附件）: a party's filing
                continue
            # the sentence leading to the table (请按下表要求报送) already asks for what it lists
            if _lead_line(gw, t) in lead_lines:
                continue
            items = "、".join(t.asked[:4]) + (f"等{len(t.asked)}项" if len(t.asked) > 4 else "")
            # a lead sentence handing the work to the table's terms (请各街道办事处按下表时间节点推进排查工作) is where
            # the demand is addressed; else the first row asking for a material
            lead = _lead_line(gw, t)
            at = sb.table_finding_line(ctx, s, t, lead if lead in body else None, heads_at, titles)
            yield Violation(_message("、".join(t.whos), "", items, gov, "表中要求", "这些"), line=at,
                            data={"who": "、".join(t.whos), "what": t.asked, "deadline": "", "submitter": "table"})


def _lead_line(gw, t: sb.TableDemand) -> int | None:
    """The content line right before the table (its lead sentence, 请按下表要求报送)."""
    before = [ln for ln in gw.content_lines if ln < t.header_line]
    return before[-1] if before else None


def _sign_columns(ctx, s: Settings, recips: list[str]) -> Iterator[Violation]:
    """The first form cell asking the lower units' leaders to sign (主要负责同志签字 of an attached
    承诺表), when the text itself asked for no signature: one finding."""
    hit = sg.sign_column(ctx, s)
    if hit is not None:
        ln, cell = hit
        who = sb.recipients_label(recips, None)
        yield Violation(f"表格要求{who}的负责同志签字（“{cell}”）。不得要求下级党政负责同志签字“画押”：请删去签字栏，"
                        f"材料的真实性由报送单位负责，不需负责同志签字背书。", line=ln, severity="error",
                        data={"who": who, "what": [], "deadline": "", "submitter": "table", "sign": cell, "signer": cell})


def _issuers_in_scope(gw, s: Settings) -> bool:
    """The issuers as a whole are checked: one of them is a department (``issuer_kinds``), a leading group's
    office (××领导小组办公室) or a 党委 department (市委宣传部), and the level is known.  Joint issuers
    (省委宣传部 and 省文明办, a 厅 and a 党委部门, two 厅局) ask as one body: any checked signatory makes
    their demand a burden."""
    if not gw.issuers or gw.issuer.level in (None, "unknown"):
        return False
    rx = alternation(s.office_issuers)  # (a 街道办事处 is typed a government: the 派出机关 is checked all the same)
    return any(o.kind in s.issuer_kinds or (rx is not None and o.kind in ("other", "party", "government")
                                            and rx.search(o.name or "")) for o in gw.issuers)


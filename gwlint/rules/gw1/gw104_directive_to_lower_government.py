"""GW104 directive-to-lower-government — 部门不得向下级政府发指令 (赣府发〔2019〕3号 第1条; 条例第十六条).

source: policy/ganfufa-2019-3.txt 第1条 “省政府各部门不得向下级政府发送指令性文件”.
Directive sentences, approval statements and recipients below the issuer are
shared facts (:mod:`gwlint.analysis.facts`); words: ``dictionaries/directives.toml``.
"""
from __future__ import annotations

from typing import Iterator

from ...analysis.facts import (addressed_directives, approval_statement, directive_hits, governs_townships,
                               government_department_issuer, government_departments, lower_government_recipients)
from ...analysis.orgs import own_government
from ...findings import Violation
from ..base import Example, NoSettings, Rule
from . import BASIS_1


class DirectiveToLowerGovernment(Rule):
    code = "GW104"
    name = "directive-to-lower-government"
    severity = "error"
    basis = BASIS_1
    summary = "政府部门的文件主送下级人民政府，并以下级人民政府或“各地”为主语提出指令性要求（要、必须、务必、不得……）。"
    why = ("第1条：“省政府各部门不得向下级政府发送指令性文件。”《党政机关公文处理工作条例》第十六条："
           "除办公厅（室）外，其他部门和单位不得向下级党委、政府发布指令性公文或者在公文中向下级党委、政府"
           "提出指令性要求；需经政府审批的事项，经本级政府同意后可以由部门行文，文中须注明已经政府同意；"
           "部门可以向下级政府的相关部门行文。写给单个下级政府的批复、函、通报中称它为“你市”“你县”的（你市要……；请你县于……前……）同样是以它为主语的指令。“不得不”“舍不得”“按照……要求”不是指令，引述上级文件的原文、"
           "转发的上级文件原文、“不再要求各地……”也不算；“是……责任主体，要……”“一要各地……”“严禁各地……”"
           "“请各地……”（征求意见、请予配合的除外）和主送下级政府时的“请结合实际认真贯彻落实”都是指令；"
           "主语后先有介词短语的（各设区市人民政府对排查出的隐患一律……）、先有条件分句的（各县市区特别是……的，要……；"
           "相关县市人民政府如……的，应当……）也是；主语前有说明是哪些政府的“……的”定语的（仍存在矛盾图斑的各县市区人民政府，在……之后，须……；排名靠后的设区市政府要……）也是；转述上级机关已有的要求（省人民政府办公厅印发《……》，要求各市州……）、"
           "过去的要求（此前要求各地……的表格同时停止使用）和转述以前印发的文件所提要求的（2024年，我厅印发《……》，……，要求各市须……）不是本部门的指令，以过去的时间开头、讲过去做法的句子（2023年以来，各市每年6月底前向省财政厅报送……；以往，各县须于……前报送……）也不是；发文机关自己召开的会议，“会议要求，各县（市、区）人民政府……要……”是本部门的指令（会议纪要印发给下级政府时同样；其间提到的“每半月召开一次调度会”一类没写由谁召开的会议不改变这一点）；“各乡镇卫生院要……”的主语是卫生院，不是政府。“各市（州）卫生健康委”"
           "“各区、县（市）市场监管局”一类“层级列举＋部门名称”是部门，不是下级政府；“各市（含定州、辛集市）商务局”"
           "中的括注是插入说明，主送仍是部门。不写主语的“请于……前将……报送……”“请将……于……前通过……系统填报”“请于……前通过……上传……”“请在……前完成……”“整改结果请于……前报送……”（宾语提到“请”之前作话题的也是；给主送的下级政府定期限，不论用什么动词，写在联系人一段之后的也是；“填报推荐村基本信息”中的“推荐”是所填对象的定语，仍是指令；主送兼有部门、所说的是“本部门”“本系统”的事的除外）、“请各地汇总后，于……前上传……”、"
           "以下级地方为话题的“对……的县（市、区），必须……”、主语后先有一个不带情态词的分句"
           "（各县（市、区）人民政府认真梳理……，逐个核实进度，必须……）也是指令；“各省辖市”“各市州”“各盟市”"
           "“各地州市”“各自治州”不写“人民政府”也是下级政府。工会、共青团、妇联、科协、残联等群团组织，党委部门（省委组织部、市委宣传部），人大常委会、政协的办公厅（室）不是政府部门，本条不适用；议事协调机构及其办公室（××领导小组办公室、××指挥部、××安委会办公室、××食安办）"
           "不是政府工作部门（机关类别为其他机关），本条也不检查；政府部门与党委部门联合行文的（市发展改革委、市委社会工作部、市住房城乡建设局联合印发），政府部门仍受本条约束。“经市领导同意”“经分管副市长同意”是领导个人审签，不是本级人民政府同意，不能代替“经市政府同意”。“各乡（镇）人民政府统计机构”“各乡镇人民政府统计站”“……便民服务中心”“……统计员”"
           "是乡镇政府里的对口机构、岗位，不是乡镇政府本身。"
           "直接管理街道、乡镇的新区、开发区管委会主送所辖街道、乡镇时代行政府职能，不报；开发区管委会主送县级人民政府仍是部门行文。"
           "管委会办公室与政府办公室一样代管委会行文；新区、开发区的部门（新区经济发展局）写明“已经开发区管委会同意”“经管委会研究同意”"
           "的，与“经区政府（常务会议）研究同意”一样是经政府同意。主语后紧接给它定的期限、不用情态词的（各设区市人民政府于次年1月15日前"
           "将自评报告报送省林业局；各县（市、区）人民政府3月底前完成……）是限期，也是指令；发文机关自己的期限、已经做完的事（已于……前完成）不算。"
           "情态词在前、“由”引出下级政府在后（调整后的界线须在3个月内由你市组织向社会公告；此项工作要由各县人民政府负责落实）也是指令；“应由县级人民政府承担的费用”“不得由乡镇人民政府承担”不是。不带“各”、前有定语的“镇人民政府”“乡政府”（发生险情的镇人民政府要……）是乡镇一级的政府。"
           "第三十二轮补充：“各镇（乡）”是乡镇一级的统称，“各镇（乡）中心学校”是学校；减负通知对照表中“原做法”一栏、或本行“调整后”取消了的旧要求是告知，不是指令；回指表格、名单的主语（表中隐患点所在乡镇人民政府须……；上表所列乡镇人民政府要……）仍是下级政府。"
           "第三十三轮补充：提到“请”之前作话题的宾语可以是动名词或带指示词的（整改工作请于9月30日前全部完成；此项工作、本次排查工作请于……前完成），仍是不写主语的指令；主送中与下级政府并列的新区、开发区、管理区管委会在文中写出全称与政府并列作主语（各旗县市（区）人民政府和乌拉盖管理区管委会对排查出的火险隐患一律……；……人民政府及乌拉盖管理区管理委员会务必……）时，主语仍是下级政府。")
    bad = "江西省农业农村厅通知，主送各设区市人民政府：“各设区市人民政府要于3月底前将早稻播种面积任务分解到县。”"
    good = ("报经省政府同意后行文并注明：“经省政府同意，现就……通知如下。”；或改为主送各设区市农业农村局："
            "“各设区市农业农村局要于3月底前将早稻播种面积任务分解到县。”")
    fix_title = "报经本级人民政府同意并在文中注明“经省政府同意”，或改由政府（办公厅）行文，或改为主送下级政府的相关部门"
    Settings = NoSettings
    data_file = "directives.toml"
    examples = (
        Example("各设区市人民政府要于3月底前将早稻播种面积任务分解到县。", fires=True),
        Example("经省政府同意，现就有关事项通知如下。各设区市人民政府要于3月底前将早稻播种面积任务分解到县。",
                fires=False, note="写明经省政府同意"),
        Example("各设区市农业农村局要于3月底前将早稻播种面积任务分解到县。", fires=False, frame="dept_to_depts"),
        Example("各设区市人民政府要于3月底前将早稻播种面积任务分解到县。", fires=False, frame="office_circular",
                note="省政府办公厅代表政府行文"),
        Example("各设区市人民政府是春耕生产的责任主体。要把早稻播种面积任务分解到县。", fires=True,
                note="主语所在的句子只交代身份，指令在下一句"),
        Example("现将《2026年早稻生产技术指导意见》印发给你们，请结合实际认真贯彻落实。", fires=True,
                note="不写主语的“请……贯彻落实”，主送的是下级政府"),
        Example("我厅不再要求各地报送春耕生产进度周报，有关数据从农情调度系统提取。", fires=False,
                note="取消要求，不是指令"),
        Example("各设区市人民政府对排查发现的撂荒地一律建立台账，逐块明确复耕措施。", fires=True,
                note="主语后先是介词短语（对……的……），情态词在其后"),
        Example("请于3月10日前将本地区早稻播种面积分解方案报送省农业农村厅。", fires=True,
                note="不写主语、给主送的下级政府定期限的报送要求"),
        Example("对春耕进度滞后的县（市、区），必须在3月底前完成督促整改。", fires=True,
                note="以下级地方为话题、不写主语的指令，要办的是主送的设区市政府"),
        Example("各设区市人民政府认真梳理撂荒地，逐块核实，务必在3月底前全部复耕。", fires=True,
                note="情态词在主语所在句子的后一个分句"),
        Example("其余各设区市人民政府要于3月底前完成早稻播种面积任务分解。", fires=True,
                note="“其余”“沿江”“有关”一类限定词后的下级政府仍是主语"),
        Example("仍有撂荒地未复耕的各设区市人民政府，在春播开始之前，必须全部复耕到位。", fires=True,
                note="主语前是说明哪些政府的“……的”定语，主语与情态词之间隔着时间分句"),
        Example("各设区市人民政府报送的材料，必须真实准确。", fires=False,
                note="“各设区市人民政府报送的”只是定语，不是主语"),
        Example("各设区市人民政府特别是早稻种植面积超过50万亩的，要倒排育秧工期，3月底前摸清撂荒地底数。",
                fires=True, note="主语后是“特别是……的”条件分句，情态词在下一分句"),
        Example("今年2月，省人民政府办公厅印发《春耕生产工作方案》，要求各设区市在3月底前完成早稻播种面积分解。"
                "目前各地均已完成。", fires=False, note="转述上级已有的要求作背景，不是本部门的指令"),
        Example("此前要求各地按周报送的《春耕生产进度表》同时停止使用。", fires=False,
                note="“此前要求……”是过去的要求，停止使用是免除"),
        Example("各乡镇农技站要于3月底前完成早稻育秧技术培训。", fires=False,
                note="“各乡镇”只是“农技站”的定语，主语不是政府（按词性读出）"),
        Example("各市（州）农业农村局要于3月底前将早稻播种面积任务分解到县。", fires=False,
                recipients="各市（州）、县（市、区）农业农村局：", note="层级列举＋部门名称是一组部门，不是人民政府"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        gw = ctx.gw
        if not government_department_issuer(gw):
            return
        recips = lower_government_recipients(gw, gw.recipient_list)
        if not recips or governs_townships(gw, recips):
            return  # a 新区管委会 to its own 街道 and towns speaks as their government
        if approval_statement(ctx) is not None:
            return
        issuer = gw.issuer
        names = "、".join(r for r, _ in recips)
        hits = sorted([*directive_hits(ctx, issuer.level), *addressed_directives(ctx)], key=lambda h: (h[0], h[1].start))
        seen = set()
        government = own_government(issuer.name, issuer.level)  # the same for every finding
        # a joint document: the government departments among its issuers (a 党委 department beside them is not one)
        who = issuer.name if len(gw.issuers) == 1 else "、".join(o.name for o in government_departments(gw))
        for ln, d in hits:
            if (ln, d.start) in seen:
                continue
            seen.add((ln, d.start))
            said = (f"此句以“{d.subject}”为主语，限期（{d.trigger}）下达任务" if d.trigger.endswith("前") else
                    f"此句以“{d.subject}”为主语，用“{d.trigger}”下达任务") if d.subject else \
                f"此句用“{d.trigger}……”要求主送的下级人民政府执行"
            spans = [[d.subject_start, d.subject_end]] if d.subject else []
            yield Violation(
                f"{who}是政府部门，不能向下级人民政府（{names}）提出指令性要求：{said}。"
                f"请报经{government}同意并注明，或改由政府（办公厅）行文，或改为主送对口部门。",
                line=ln, start=d.start, end=d.end,
                data={"subject": d.subject or names, "trigger": d.trigger, "recipients": [r for r, _ in recips],
                      "highlights": [*spans, [d.trigger_start, d.trigger_start + len(d.trigger)]]},
            )

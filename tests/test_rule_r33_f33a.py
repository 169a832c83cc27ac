"""Readings f33a changed in round 33 (issue 15), each on probes written before the change, positives and near-misses:

- GW102 (facts.announced_division): a sentence announcing the measures' division table (各项重点任务的牵头单位、配合单位和
  完成时限见下表; 见附件2; 见任务分工表) whose table has a 牵头单位/责任单位 column and rows worded by content covers the
  measures of its section and the plan's 保障措施; a table told for projects or a schedule, a table without a unit column,
  or a scope with numbers (第（一）项、第（二）项任务) does not cover the others; a table whose rows name the measures one
  by one still goes by its rows.
- GW102 (facts.task_rows / tables.realign): a .txt row that lost its merged 类别 cell puts its units-only cell back under
  责任单位; a row whose 责任单位 cell is really empty stays blank.
- units: a clause-start township organ right after an item's number (1.街道法律服务工作站组织……); a bare township station at a
  clause start (司法所负责……); 由 + a named unit after a clause's short topic is the agent (劳动报酬纠纷由街道劳动保障服务中心受理),
  a generic one (由有关单位统一组织) and 由于 are not.
- GW102 (facts._listed_sections): a top section listing its tasks inline (第一，……；第二，……; 首先，……其次，……) beside
  numbered sections, giving units item by item, reports its unnamed item; 保障措施, 工作要求 written so stay quiet.

Drafts rendered by gwlint.docgen; every case in .txt, a few in .docx and .pdf too."""
from __future__ import annotations

import pytest

from .drafts import lint_codes as _codes

CASES = {
    'p1a-announced-county': ('GW102', False, '@doc_number 修府发〔2027〕8号\n@title 修水县人民政府关于印发修水县茶产业提升三年行动方案的通知\n@recipients 各乡镇人民政府，县政府各部门：\n《修水县茶产业提升三年行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n@signature 修水县人民政府\n@date 2027年3月10日\n@page_break\n@attachment_label 附件\n@attachment_title 修水县茶产业提升三年行动方案\n为推动茶产业提质增效，制定本方案。\n@heading1 一、主要任务\n（一）扩大优质茶园面积。新建和改造标准化茶园，推广良种良法，到2029年全县茶园面积达到20万亩。\n（二）提升加工水平。引导茶企更新加工设备，建设清洁化生产线，推动初制茶厂整合提升。\n（三）打响区域品牌。统一使用“宁红茶”区域公用品牌，组织茶企参加省内外茶事活动。\n（四）培育经营主体。扶持龙头企业做大做强，支持茶叶专业合作社规范发展。\n上述各项任务的牵头单位、配合单位和完成时限见下表。\n@table 序号|工作任务|牵头单位|配合单位|完成时限\n@table 1|新建标准化茶园2万亩，改造低产茶园3万亩|县农业农村局|各乡镇人民政府|2029年底\n@table 2|建设清洁化生产线10条|县工信局|县农业农村局|2028年底\n@table 3|组织茶企参加茶博会等活动|县商务局|县农业农村局|每年\n@table 4|认定县级龙头企业5家|县农业农村局|县市场监管局|2029年底\n@heading1 二、保障措施\n（一）加强组织领导。成立县茶产业发展领导小组，统筹推进各项工作。'),
    'p1b-annex-city': ('GW102', False, '@doc_number 萍府办发〔2027〕12号\n@title 萍乡市人民政府办公室关于印发萍乡市县域商业体系建设实施方案的通知\n@recipients 各县（区）人民政府，萍乡经济技术开发区管委会，市政府各部门：\n《萍乡市县域商业体系建设实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@attachment_note 附件：1.萍乡市县域商业体系建设实施方案\\n2.重点任务分工表\n@signature 萍乡市人民政府办公室\n@date 2027年4月2日\n@page_break\n@attachment_label 附件1\n@attachment_title 萍乡市县域商业体系建设实施方案\n@heading1 一、重点任务\n1.完善县域商业网点。改造提升县城综合商贸服务中心，建设乡镇商贸中心。\n2.发展农村物流配送。整合快递、邮政和供销物流资源，推进共同配送。\n3.提升农产品上行能力。建设农产品产地冷藏保鲜设施，培育农村电商主体。\n各项任务的责任单位和完成时限见附件2。\n@heading1 二、工作要求\n各县（区）要按照方案抓好落实。\n@page_break\n@attachment_label 附件2\n@attachment_title 重点任务分工表\n@table 序号|任务内容|责任单位|完成时限\n@table 1|改造县城综合商贸服务中心6个，建设乡镇商贸中心20个|市商务局|2028年底\n@table 2|建设县级物流配送中心3个|市商务局、市邮政管理局|2028年底\n@table 3|建设产地冷藏保鲜设施50个|市农业农村局|2027年底'),
    'p1c-province-plain': ('GW102', False, '@doc_number 赣农字〔2027〕20号\n@title 江西省农业农村厅关于印发全省农机装备补短板行动方案的通知\n@recipients 各设区市农业农村局，厅机关各处室：\n现将《全省农机装备补短板行动方案》印发给你们，请认真抓好落实。\n@signature 江西省农业农村厅\n@date 2027年5月6日\n@page_break\n@attachment_label 附件\n@attachment_title 全省农机装备补短板行动方案\n@heading1 一、重点任务\n（一）推进丘陵山区适用农机研发。组织开展丘陵山区小型农机装备攻关。\n（二）加快农机试验鉴定。优化鉴定流程，缩短鉴定周期。\n（三）扩大先进农机应用。开展农机新装备新技术示范推广。\n为确保各项任务落实，重点任务分工如下表：\n@table 序号|任务|牵头处室|配合单位|完成时间\n@table 1|组织丘陵山区小型农机装备攻关|农业机械化管理处|省农机试验鉴定站|2028年底\n@table 2|优化农机鉴定流程|省农机试验鉴定站|农业机械化管理处|2027年底\n@table 3|开展农机新装备示范推广|农业机械化管理处|省农业技术推广中心|每年'),
    'p1d-other-purpose': ('GW102', True, '@doc_number 修府发〔2027〕9号\n@title 修水县人民政府关于印发修水县茶产业提升三年行动方案的通知\n@recipients 各乡镇人民政府，县政府各部门：\n《修水县茶产业提升三年行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n@signature 修水县人民政府\n@date 2027年3月10日\n@page_break\n@attachment_label 附件\n@attachment_title 修水县茶产业提升三年行动方案\n@heading1 一、主要任务\n（一）扩大优质茶园面积。新建和改造标准化茶园，推广良种良法，到2029年全县茶园面积达到20万亩。\n（二）提升加工水平。引导茶企更新加工设备，建设清洁化生产线，推动初制茶厂整合提升。\n（三）打响区域品牌。统一使用“宁红茶”区域公用品牌，组织茶企参加省内外茶事活动。\n2027年拟实施的茶产业重点项目见下表。\n@table 序号|项目名称|建设内容|项目业主|完成时限\n@table 1|宁红茶加工园|建设厂房2万平方米|江西宁红集团有限公司|2028年底\n@table 2|漫江万亩茶园|新建茶园1万亩|漫江乡人民政府|2029年底'),
    'p1e-no-unit-col': ('GW102', True, '@doc_number 萍府办发〔2027〕13号\n@title 萍乡市人民政府办公室关于印发萍乡市县域商业体系建设实施方案的通知\n@recipients 各县（区）人民政府，市政府各部门：\n《萍乡市县域商业体系建设实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 萍乡市人民政府办公室\n@date 2027年4月2日\n@page_break\n@attachment_label 附件\n@attachment_title 萍乡市县域商业体系建设实施方案\n@heading1 一、重点任务\n1.完善县域商业网点。改造提升县城综合商贸服务中心，建设乡镇商贸中心。\n2.发展农村物流配送。整合快递、邮政和供销物流资源，推进共同配送。\n3.提升农产品上行能力。建设农产品产地冷藏保鲜设施，培育农村电商主体。\n各项任务的进度安排见下表。\n@table 序号|任务内容|完成时限\n@table 1|改造县城综合商贸服务中心6个|2028年底\n@table 2|建设县级物流配送中心3个|2028年底\n@table 3|建设产地冷藏保鲜设施50个|2027年底'),
    'p1f-some': ('GW102', True, '@doc_number 修府发〔2027〕10号\n@title 修水县人民政府关于印发修水县茶产业提升三年行动方案的通知\n@recipients 各乡镇人民政府，县政府各部门：\n《修水县茶产业提升三年行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n@signature 修水县人民政府\n@date 2027年3月10日\n@page_break\n@attachment_label 附件\n@attachment_title 修水县茶产业提升三年行动方案\n@heading1 一、主要任务\n（一）扩大优质茶园面积。新建和改造标准化茶园，推广良种良法，到2029年全县茶园面积达到20万亩。\n（二）提升加工水平。引导茶企更新加工设备，建设清洁化生产线，推动初制茶厂整合提升。\n（三）强化品牌营销。统一使用“宁红茶”区域公用品牌，组织茶企参加省内外茶事活动。\n其中，第（一）项、第（二）项任务的牵头单位和完成时限见下表。\n@table 序号|工作任务|牵头单位|完成时限\n@table 1|新建标准化茶园2万亩，改造低产茶园3万亩|县农业农村局|2029年底\n@table 2|建设清洁化生产线10条|县工信局|2028年底'),
    'p1g-annex-untitled': ('GW102', False, '@doc_number 景府办字〔2027〕21号\n@title 景德镇市人民政府办公室关于印发景德镇市陶瓷文化旅游融合发展实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《景德镇市陶瓷文化旅游融合发展实施方案》已经市政府同意，现印发给你们。方案中各项任务的牵头单位和完成时限见附件2，请认真组织实施。\n@attachment_note 附件：1.景德镇市陶瓷文化旅游融合发展实施方案\\n2.2027年重点工作推进表\n@signature 景德镇市人民政府办公室\n@date 2027年6月2日\n@page_break\n@attachment_label 附件1\n@attachment_title 景德镇市陶瓷文化旅游融合发展实施方案\n@heading1 一、主要任务\n（一）打造陶瓷文化旅游精品线路。串联陶溪川、御窑厂、三宝村等景点，推出研学游、体验游线路。\n（二）培育陶瓷文创业态。支持陶瓷工作室、创意集市发展，办好春秋两季陶瓷市集。\n@heading1 二、保障措施\n（一）加大资金支持。设立陶瓷文化旅游发展专项资金，每年安排3000万元，支持精品线路和文创项目。\n@page_break\n@attachment_label 附件2\n@attachment_title 2027年重点工作推进表\n@table 序号|工作内容|牵头单位|完成时限\n@table 1|推出陶瓷研学游、体验游线路10条|市文化广电旅游局|2027年10月底\n@table 2|办好春秋两季陶瓷市集|市陶瓷文化旅游集团|2027年11月底\n@table 3|设立陶瓷文化旅游发展专项资金|市财政局|2027年7月底'),
    'p1h-annex-no-unit': ('GW102', True, '@doc_number 景府办字〔2027〕22号\n@title 景德镇市人民政府办公室关于印发景德镇市陶瓷文化旅游融合发展实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《景德镇市陶瓷文化旅游融合发展实施方案》已经市政府同意，现印发给你们。方案中各项任务的责任分工和完成时限见附件2，请认真组织实施。\n@attachment_note 附件：1.景德镇市陶瓷文化旅游融合发展实施方案\\n2.2027年重点工作推进表\n@signature 景德镇市人民政府办公室\n@date 2027年6月2日\n@page_break\n@attachment_label 附件1\n@attachment_title 景德镇市陶瓷文化旅游融合发展实施方案\n@heading1 一、主要任务\n（一）打造陶瓷文化旅游精品线路。串联陶溪川、御窑厂、三宝村等景点，推出研学游、体验游线路。\n（二）培育陶瓷文创业态。支持陶瓷工作室、创意集市发展，办好春秋两季陶瓷市集。\n@heading1 二、保障措施\n（一）加大资金支持。设立陶瓷文化旅游发展专项资金，每年安排3000万元，支持精品线路和文创项目。\n@page_break\n@attachment_label 附件2\n@attachment_title 2027年重点工作推进表\n@table 序号|工作内容|完成时限\n@table 1|推出陶瓷研学游、体验游线路10条|2027年10月底\n@table 2|办好春秋两季陶瓷市集|2027年11月底'),
    'p1i-support-no-table': ('GW102', True, '@doc_number 景府办字〔2027〕23号\n@title 景德镇市人民政府办公室关于印发景德镇市陶瓷文化旅游融合发展实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《景德镇市陶瓷文化旅游融合发展实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 景德镇市人民政府办公室\n@date 2027年6月2日\n@page_break\n@attachment_label 附件\n@attachment_title 景德镇市陶瓷文化旅游融合发展实施方案\n@heading1 一、主要任务\n（一）打造陶瓷文化旅游精品线路。串联陶溪川、御窑厂、三宝村等景点，推出研学游、体验游线路。（责任单位：市文化广电旅游局）\n（二）培育陶瓷文创业态。支持陶瓷工作室、创意集市发展，办好春秋两季陶瓷市集。（责任单位：市陶瓷文化旅游集团）\n@heading1 二、保障措施\n（一）加大资金支持。设立陶瓷文化旅游发展专项资金，每年安排3000万元，支持精品线路和文创项目。'),
    'p1j-named-table-end': ('GW102', False, '@doc_number 安农发〔2027〕6号\n@title 安远县农业农村局关于印发安远县高标准农田建后管护工作方案的通知\n@recipients 各乡镇人民政府，县直有关单位：\n现将《安远县高标准农田建后管护工作方案》印发给你们，请认真抓好落实。\n@signature 安远县农业农村局\n@date 2027年3月20日\n@page_break\n@attachment_label 附件\n@attachment_title 安远县高标准农田建后管护工作方案\n@heading1 一、主要任务\n@heading2 （一）落实管护主体\n按照“谁受益、谁管护”的原则，明确每个项目区的管护主体和管护人员。\n@heading2 （二）开展定期巡查\n对沟渠、机耕道、泵站等设施每月巡查一次，发现损毁及时修复。\n具体任务和责任单位见本方案任务分工表。\n@heading1 二、保障措施\n@heading2 （一）加强组织领导\n成立县高标准农田建后管护工作专班。\n安远县高标准农田建后管护任务分工表\n@table 序号|工作任务|牵头单位|配合单位|完成时限\n@table 1|签订管护协议，明确管护人员|各乡镇人民政府|县农业农村局|2027年5月底\n@table 2|组织设施月度巡查|县农业农村局|县水利局|每月'),
    'p2a-merged': ('GW102', False, '@doc_number 抚府发〔2027〕4号\n@title 抚州市人民政府关于印发2027年市政府重点工作任务分解方案的通知\n@recipients 各县（区）人民政府，市政府各部门：\n现将《2027年市政府重点工作任务分解方案》印发给你们，请认真抓好落实。\n@signature 抚州市人民政府\n@date 2027年2月20日\n@page_break\n@attachment_label 附件\n@attachment_title 2027年市政府重点工作任务分解方案\n围绕全年目标，重点抓好以下工作。\n@table 序号|类别|重点任务|责任单位|完成时限\n@table 1|一、扩大有效投资|实施500万元以上项目800个|市发展改革委|全年\n@table 2||争取专项债券额度60亿元|市财政局、市发展改革委|9月底前\n@table 3||开工建设抚州高铁新区综合管廊|市城投集团|12月底前\n@table 4|二、提振消费|开展“抚州消费季”活动|市商务局|全年\n@table 5||培育限上商贸企业100家|市商务局、市统计局|12月底前'),
    'p2b-blank': ('GW102', True, '@doc_number 抚府发〔2027〕5号\n@title 抚州市人民政府关于印发2027年市政府重点工作任务分解方案的通知\n@recipients 各县（区）人民政府，市政府各部门：\n现将《2027年市政府重点工作任务分解方案》印发给你们，请认真抓好落实。\n@signature 抚州市人民政府\n@date 2027年2月20日\n@page_break\n@attachment_label 附件\n@attachment_title 2027年市政府重点工作任务分解方案\n围绕全年目标，重点抓好以下工作。\n@table 序号|重点任务|责任单位|完成时限\n@table 1|实施500万元以上项目800个|市发展改革委|全年\n@table 2|争取专项债券额度60亿元|市财政局、市发展改革委|9月底前\n@table 3|开工建设抚州高铁新区综合管廊||12月底前\n@table 4|开展“抚州消费季”活动|市商务局|全年'),
    'p2c-partner': ('GW102', False, '@doc_number 抚府发〔2027〕6号\n@title 抚州市人民政府关于印发2027年市政府重点工作任务分解方案的通知\n@recipients 各县（区）人民政府，市政府各部门：\n现将《2027年市政府重点工作任务分解方案》印发给你们，请认真抓好落实。\n@signature 抚州市人民政府\n@date 2027年2月20日\n@page_break\n@attachment_label 附件\n@attachment_title 2027年市政府重点工作任务分解方案\n围绕全年目标，重点抓好以下工作。\n@table 序号|领域|工作任务|牵头单位|配合单位|完成时限\n@table 1|科技创新|新增高新技术企业60家|市科技局|市税务局|12月底前\n@table 2||建设省级重点实验室2个|市科技局||12月底前\n@table 3||引进高层次人才100名|市委人才办|市人力资源社会保障局|全年\n@table 4|城乡建设|改造城镇老旧小区50个|市住房城乡建设局||10月底前\n@table 5||新建改建农村公路300公里|市交通运输局|各县（区）人民政府|12月底前'),
    'p2d-nonumber': ('GW102', False, '@doc_number 抚府发〔2027〕7号\n@title 抚州市人民政府关于印发2027年市政府重点工作任务分解方案的通知\n@recipients 各县（区）人民政府，市政府各部门：\n现将《2027年市政府重点工作任务分解方案》印发给你们，请认真抓好落实。\n@signature 抚州市人民政府\n@date 2027年2月20日\n@page_break\n@attachment_label 附件\n@attachment_title 2027年市政府重点工作任务分解方案\n围绕全年目标，重点抓好以下工作。\n@table 领域|重点任务|牵头单位|完成时限\n@table 科技创新|新增高新技术企业60家|市科技局|12月底前\n@table |建设省级重点实验室2个|市科技局|12月底前\n@table |引进高层次人才100名|市委人才办|全年\n@table 城乡建设|改造城镇老旧小区50个|市住房城乡建设局|10月底前\n@table |新建改建农村公路300公里|市交通运输局|12月底前'),
    'p3a-town-numbered': ('GW102', False, '@doc_number 黄镇发〔2027〕5号\n@title 黄陂镇人民政府关于印发黄陂镇2027年农村人居环境整治工作方案的通知\n@recipients 各村（居）民委员会，镇直各单位：\n现将《黄陂镇2027年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。\n@signature 黄陂镇人民政府\n@date 2027年3月1日\n@page_break\n@attachment_title 黄陂镇2027年农村人居环境整治工作方案\n@heading1 一、重点任务\n1.镇农业综合服务中心组织技术人员指导各村开展农村改厕，年内完成改厕300户。\n2．镇村镇建设办公室牵头，对全镇主干道两侧乱搭乱建开展集中清理。\n3.生活垃圾清运由镇环卫所统一负责，做到日产日清。\n4.农户改厕补贴申请由镇财政所审核，审核通过后按季度拨付。'),
    'p3b-town-generic': ('GW102', True, '@doc_number 黄镇发〔2027〕6号\n@title 黄陂镇人民政府关于印发黄陂镇2027年农村人居环境整治工作方案的通知\n@recipients 各村（居）民委员会，镇直各单位：\n现将《黄陂镇2027年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。\n@signature 黄陂镇人民政府\n@date 2027年3月1日\n@page_break\n@attachment_title 黄陂镇2027年农村人居环境整治工作方案\n@heading1 一、重点任务\n1.镇农业综合服务中心组织技术人员指导各村开展农村改厕，年内完成改厕300户。\n2．镇村镇建设办公室牵头，对全镇主干道两侧乱搭乱建开展集中清理。\n3.生活垃圾清运由有关单位统一组织，做到日产日清。\n4.农户改厕补贴申请由相关部门审核，审核通过后按季度拨付。'),
    'p3c-street-reason': ('GW102', True, '@doc_number 朝街发〔2027〕3号\n@title 朝阳街道办事处关于印发朝阳街道2027年老旧小区消防安全整治方案的通知\n@recipients 各社区居委会，街道各科室：\n现将《朝阳街道2027年老旧小区消防安全整治方案》印发给你们，请认真抓好落实。\n@signature 朝阳街道办事处\n@date 2027年4月1日\n@page_break\n@attachment_title 朝阳街道2027年老旧小区消防安全整治方案\n@heading1 一、整治任务\n1.街道应急管理办公室组织消防专干对辖区老旧小区逐栋检查，建立隐患台账。\n2.由于辖区老旧小区多，要加快电动自行车集中充电设施建设，年内新增充电桩200个。\n3.街道综合行政执法队对占用消防通道的违停车辆依法处置。'),
    'p3d-county-dept': ('GW102', False, '@doc_number 瑞人社发〔2027〕9号\n@title 瑞金市人力资源和社会保障局关于印发2027年根治欠薪冬季专项行动方案的通知\n@recipients 各乡镇人民政府，市直有关单位：\n现将《2027年根治欠薪冬季专项行动方案》印发给你们，请认真组织实施。\n@signature 瑞金市人力资源和社会保障局\n@date 2027年11月5日\n@page_break\n@attachment_title 2027年根治欠薪冬季专项行动方案\n@heading1 一、主要措施\n1.农民工欠薪投诉由市劳动保障监察大队受理，做到件件有回应。\n2.在建工程项目工资专用账户由市住房和城乡建设局督促开设，未开设的不得开工。\n3.市劳动人事争议仲裁院对欠薪争议案件开辟绿色通道，快立快审。'),
    'p4a-city-yishi': ('GW102', True, '@doc_number 吉府办字〔2027〕30号\n@title 吉安市人民政府办公室关于印发吉安市井冈蜜柚产业提质增效实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《吉安市井冈蜜柚产业提质增效实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 吉安市人民政府办公室\n@date 2027年3月8日\n@page_break\n@attachment_label 附件\n@attachment_title 吉安市井冈蜜柚产业提质增效实施方案\n@heading1 一、工作目标\n到2029年，全市井冈蜜柚优质果率达到80%以上。\n@heading1 二、主要任务\n一是改造低产果园，每年改造5万亩，市农业农村局负责；二是推广绿色防控技术，建设病虫害绿色防控示范区10个；三是建设冷链仓储设施，新增冷库库容2万吨，由市商务局牵头、市供销社配合。\n@heading1 三、实施步骤\n（一）动员部署（3月）。制定年度计划。\n（二）组织实施（4月至11月）。按计划推进各项任务。'),
    'p4b-all-named': ('GW102', False, '@doc_number 吉府办字〔2027〕31号\n@title 吉安市人民政府办公室关于印发吉安市井冈蜜柚产业提质增效实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《吉安市井冈蜜柚产业提质增效实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 吉安市人民政府办公室\n@date 2027年3月8日\n@page_break\n@attachment_label 附件\n@attachment_title 吉安市井冈蜜柚产业提质增效实施方案\n@heading1 一、工作目标\n到2029年，全市井冈蜜柚优质果率达到80%以上。\n@heading1 二、主要任务\n一是改造低产果园，每年改造5万亩，市农业农村局负责；二是推广绿色防控技术，建设病虫害绿色防控示范区10个，市林业局负责；三是建设冷链仓储设施，新增冷库库容2万吨，由市商务局牵头、市供销社配合。\n@heading1 三、实施步骤\n（一）动员部署（3月）。制定年度计划。\n（二）组织实施（4月至11月）。按计划推进各项任务。'),
    'p4c-frame-list': ('GW102', False, '@doc_number 吉府办字〔2027〕32号\n@title 吉安市人民政府办公室关于印发吉安市井冈蜜柚产业提质增效实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《吉安市井冈蜜柚产业提质增效实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 吉安市人民政府办公室\n@date 2027年3月8日\n@page_break\n@attachment_label 附件\n@attachment_title 吉安市井冈蜜柚产业提质增效实施方案\n@heading1 一、主要任务\n（一）改造低产果园。每年改造5万亩。（责任单位：市农业农村局）\n（二）建设冷链仓储设施。新增冷库库容2万吨。（责任单位：市商务局）\n@heading1 二、工作要求\n一是提高思想认识，把蜜柚产业作为富民产业抓紧抓实；二是加强组织协调，定期调度工作进展，市农业农村局负责；三是加强宣传引导，营造良好氛围。'),
    'p4d-shouxian': ('GW102', True, '@doc_number 永民发〔2027〕11号\n@title 永新县民政局关于印发永新县2027年养老服务体系建设实施方案的通知\n@recipients 各乡镇人民政府，县直有关单位：\n现将《永新县2027年养老服务体系建设实施方案》印发给你们，请认真组织实施。\n@signature 永新县民政局\n@date 2027年2月26日\n@page_break\n@attachment_label 附件\n@attachment_title 永新县2027年养老服务体系建设实施方案\n@heading1 一、重点任务\n首先，推进特困人员供养服务设施改造，年内完成3所敬老院提升改造，由县民政局负责；其次，完善社区养老服务设施，新建社区养老服务站10个；最后，加强养老护理员培训，全年培训200人次，县人力资源和社会保障局负责。\n@heading1 二、实施步骤\n（一）部署阶段（3月）。制定实施计划。\n（二）推进阶段（4月至11月）。全面推进建设任务。'),
    'p4e-support-inline': ('GW102', False, '@doc_number 吉府办字〔2027〕33号\n@title 吉安市人民政府办公室关于印发吉安市井冈蜜柚产业提质增效实施方案的通知\n@recipients 各县（市、区）人民政府，市政府各部门：\n《吉安市井冈蜜柚产业提质增效实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n@signature 吉安市人民政府办公室\n@date 2027年3月8日\n@page_break\n@attachment_label 附件\n@attachment_title 吉安市井冈蜜柚产业提质增效实施方案\n@heading1 一、主要任务\n（一）改造低产果园。每年改造5万亩。（责任单位：市农业农村局）\n（二）建设冷链仓储设施。新增冷库库容2万吨。（责任单位：市商务局）\n@heading1 二、保障措施\n一是加强组织领导，成立市井冈蜜柚产业发展领导小组，办公室设在市农业农村局；二是加强宣传引导，营造良好氛围。'),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_probe_txt(name, tmp_path):
    code, fires, src = CASES[name]
    found = _codes(src + "\n", "txt", tmp_path, code)
    assert bool(found) is fires, [f.message for f in found]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", ["p1a-announced-county", "p1f-some", "p1j-named-table-end", "p2a-merged",
                                  "p3a-town-numbered", "p4a-city-yishi"])
def test_probe_other_formats(name, fmt, tmp_path):
    code, fires, src = CASES[name]
    found = _codes(src + "\n", fmt, tmp_path, code)
    assert bool(found) is fires, [f.message for f in found]


def test_numbered_scope_reports_only_the_measure_left_out(tmp_path):
    """第（一）项、第（二）项任务的牵头单位见下表: the third measure is reported, once, with the summary."""
    found = _codes(CASES["p1f-some"][2] + "\n", "txt", tmp_path, "GW102")
    items = [f for f in found if not (f.data or {}).get("summary")]
    assert len(items) == 1 and "强化品牌营销" in items[0].message, [f.message for f in found]


def test_listed_section_reports_its_item_once(tmp_path):
    """首先，……；其次，……；最后，……: the unnamed item is reported once, not once per named sibling."""
    found = _codes(CASES["p4d-shouxian"][2] + "\n", "txt", tmp_path, "GW102")
    items = [f for f in found if not (f.data or {}).get("summary")]
    assert len(items) == 1 and "其次" in items[0].message, [f.message for f in found]


def test_merged_category_rows_keep_their_units(tmp_path):
    """A blank 责任单位 cell is still found when other rows lost their merged 类别 cell."""
    src = CASES["p2a-merged"][2].replace("|市城投集团|", "||")
    found = _codes(src + "\n", "txt", tmp_path, "GW102")
    assert any("综合管廊" in f.message for f in found), [f.message for f in found]

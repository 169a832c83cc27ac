"""Readings s26a fixed in round 26 (second wave; holdout30r GW102 false alarms), in surfaces of its own.

One reading, three misreadings of it -- GW102's "is this numbered item of a plan a measure, and does it name its
unit" (gwlint.analysis.facts.procedural_measures / task_measures, units' leading-group pattern):

- units: a town's or street's own leading group (镇茶产业发展工作领导小组统筹推进……, 由街道平安建设领导小组负责,
  乡人居环境整治领导小组) is a specific unit, as a county's is; the level words 镇/乡/街道 were missing from the
  leading-group pattern's closed list (holdout30r gw102-g62a).  A collective's (各乡镇领导小组) stays generic.
- facts: an item titled by any two-character noun + 目标/指标 (募集目标, 销售目标, 招商指标, 回收目标) says what is to be
  reached, no task, as the listed 投资目标/年度目标 do: the list is made an open class, a title opening with a
  task verb (明确目标, 分解指标, 锁定目标) staying a task (gw104-g67c).
- facts: an item that only says where the division is (五、各项任务的牵头单位、配合单位和完成时限见下表; 具体分工
  详见附件2) is no measure, as an item titled 任务分工 is not; the table's rows are (gw105-g06a).

A second reading -- GW106's "which column of a table of work holds the doer" (submissions.table_demands):

- a table with no 报送单位 column but a doer column (承担单位, 责任单位, 实施主体, 执行单位: the columns
  submissions._row_cells already reads a cell's doer from) asks nothing of the 主送机关 in a row whose doer is read
  and is no body below (a contractor, 受托检验机构, a city centre of the issuer's level); a row naming the lower
  governments, a base unit, or no doer the reading knows keeps the 主送机关 (holdout30r gw106-g17b).

Base (db56dcba) score on these surfaces, counted per case in txt: leading groups 4 of 5 innocent wrong, 0 of 4
guilty wrong; targets 5 of 5 innocent wrong, 0 of 4 guilty wrong; pointers 4 of 4 innocent wrong, 0 of 3 guilty
wrong; table doer column 3 of 4 innocent wrong, 0 of 4 guilty wrong.  Drafts rendered by gwlint.docgen to
.txt/.docx/.pdf.
"""
from __future__ import annotations

import pytest

from .drafts import FORMATS, marked_doc, plan_doc
from .drafts import lint_codes as _codes


def _plan(issuer: str, recipients: str, plan: str, body: list[str]) -> str:
    return plan_doc(issuer, recipients, plan, body, docno="政发〔2027〕5号", date="2027年3月9日")


_TOWN_ITEMS = [
    "一、推广杀虫灯诱杀。在投产茶园布设太阳能杀虫灯。（责任单位：镇农业农村办）",
    "二、开展统防统治。组建植保服务队统一施药。（镇农业农村办负责）",
    "三、建立虫情监测点。在两个片区各设一个测报点。（责任单位：镇综合信息指挥室）",
]


# ------------------------------------------------------------ a town's or street's own leading group
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, last, fires", [
    ("平水镇人民政府", "各行政村（社区），镇属各单位：",
     "四、保障措施。镇茶产业发展工作领导小组统筹推进本方案实施；对推诿扯皮的，依规依纪追究相关人员责任。", False),
    ("花桥街道办事处", "各社区居委会，街道各科室：",
     "四、强化统筹。由街道平安建设领导小组负责统筹调度，每月通报一次进展。", False),
    ("石门乡人民政府", "各村民委员会，乡直各单位：",
     "四、整治村庄环境。乡人居环境整治领导小组组织开展垃圾清运和河塘清淤。", False),
    ("城关镇人民政府", "各村（居）委会，镇直各单位：",
     "四、推进项目建设。开工建设冷链仓储中心一处。（责任单位：镇重点项目建设领导小组）", False),
    ("东湖街道办事处", "各社区，街道各部门：",
     "四、做好宣传动员。街道创建全国文明城市工作领导小组组织志愿者入户宣传。", False),
    # guilty: no unit, or a collective's generic body
    ("平水镇人民政府", "各行政村（社区），镇属各单位：",
     "四、扩大绿色防控覆盖面。有关单位要推广生物农药，扩大统防统治面积。", True),
    ("石门乡人民政府", "各村民委员会，乡直各单位：",
     "四、整治村庄环境。有关方面要组织开展垃圾清运和河塘清淤。", True),
    ("花桥街道办事处", "各社区居委会，街道各科室：",
     "四、强化统筹调度。相关部门要加强统筹调度，每月通报一次进展。", True),
    ("城关镇人民政府", "各村（居）委会，镇直各单位：",
     "四、推进项目建设。开工建设冷链仓储中心一处。（责任单位：各有关单位）", True),
])
def test_gw102_town_leading_group_is_a_unit(issuer, recipients, last, fires, fmt, tmp_path):
    town = issuer.replace("人民政府", "").replace("办事处", "")
    src = _plan(issuer, recipients, f"{town}2027年重点工作实施方案", [*_TOWN_ITEMS, last])
    assert bool(_codes(src, fmt, tmp_path, "GW102")) is fires


_COUNTY_ITEMS = [
    "二、岗位募集。依托行业协会走访重点企业，挖掘管理、技术类岗位。（责任单位：县人力资源社会保障局）",
    "三、补贴落实。按月足额发放见习补贴。（责任单位：县财政局）",
    "四、岗位发布。在政务小程序开设专区，岗位信息实时更新。（责任单位：县大数据中心）",
]


# ------------------------------------------------------------ a target item: any noun + 目标/指标
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, first, fires", [
    ("修文县人民政府办公室", "各乡镇人民政府，县直各部门：",
     "一、募集目标。全年募集就业见习岗位不少于600个，其中数字经济岗位占比不低于30%。", False),
    ("修文县人民政府办公室", "各乡镇人民政府，县直各部门：",
     "一、销售目标：全年农产品网络销售额达到5亿元，同比增长15%以上。", False),
    ("黔西市人民政府", "各乡镇人民政府、街道办事处，市直各部门：",
     "一、招商指标。全年引进亿元以上项目20个，到位资金不低于50亿元。", False),
    ("黔西市人民政府", "各乡镇人民政府、街道办事处，市直各部门：",
     "一、2027年回收目标。废旧农膜回收率达到85%以上。", False),
    ("修文县人民政府办公室", "各乡镇人民政府，县直各部门：",
     "一、减量目标。化肥使用量较上年减少3%，农药使用量零增长。", False),
    # guilty: a task titled by a verb, or no target at all, with no unit
    ("修文县人民政府办公室", "各乡镇人民政府，县直各部门：",
     "一、明确目标。有关部门要将募集任务分解到月、落实到企业。", True),
    ("黔西市人民政府", "各乡镇人民政府、街道办事处，市直各部门：",
     "一、分解指标。相关单位要把招商任务分解到各园区。", True),
    ("黔西市人民政府", "各乡镇人民政府、街道办事处，市直各部门：",
     "一、扩大见习规模。有关部门要动员更多企业提供见习岗位。", True),
    ("修文县人民政府办公室", "各乡镇人民政府，县直各部门：",
     "一、锁定目标。各有关单位要对照年度任务逐月调度。", True),
])
def test_gw102_target_item_is_no_measure(issuer, recipients, first, fires, fmt, tmp_path):
    src = _plan(issuer, recipients, "2027年青年就业见习行动方案", [first, *_COUNTY_ITEMS])
    assert bool(_codes(src, fmt, tmp_path, "GW102")) is fires


def _table(lead: str) -> list[str]:
    return ["@table 任务|牵头单位|配合单位|完成时限",
            "@table 改造低效果园|县农业农村委|各乡镇人民政府|2027年10月",
            f"@table 建设冷链设施|{lead}|县农业农村委|2027年6月",
            "@table 打造区域品牌|县市场监管局|县农业农村委|2027年12月"]


# ------------------------------------------------------------ an item pointing to the division table
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("pointer, lead, fires", [
    ("四、各项任务的牵头单位、配合单位和完成时限见下表。", "县商务委", False),
    ("四、责任单位及完成时限详见下表。", "县商务委", False),
    ("四、各项任务分工见下表：", "县商务委", False),
    ("四、上述任务的责任分工列入下表。", "县商务委", False),
    # guilty: the pointer stands, but the table's row names only a generic unit; or the item is a task
    ("四、各项任务的牵头单位、配合单位和完成时限见下表。", "有关部门", True),
    ("四、责任单位及完成时限详见下表。", "相关单位", True),
    ("四、加强分工协作。有关部门要密切配合，形成工作合力。", "县商务委", True),
])
def test_gw102_pointer_to_division_is_no_measure(pointer, lead, fires, fmt, tmp_path):
    body = ["一、改造低效果园。对树龄老化的果园实施高接换种。", "二、建设冷链设施。在主产区布局产地冷藏保鲜设施。",
            "三、打造区域品牌。统一使用地理标志和包装标识。", pointer, *_table(lead)]
    src = _plan("巫山县人民政府办公室", "各乡镇人民政府、街道办事处，县政府各部门：", "柑橘产业提质增效行动方案", body)
    assert bool(_codes(src, fmt, tmp_path, "GW102")) is fires


# ------------------------------------------------------------ GW106: the doer column of a table of work
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("issuer, recipients, header, row, fires", [
    ("修文县农业农村局", "各乡镇人民政府，局机关各股室：", "工作环节|承担单位|时间要求",
     "第三方评估|县农业发展研究中心（受托评估机构）|验收后15个工作日内提交评估报告", False),
    ("修文县农业农村局", "各乡镇人民政府，局机关各股室：", "工作环节|实施主体|完成时限",
     "样品检测|中标检测公司|抽样后20个工作日内提交检测报告", False),
    ("黔西市市场监督管理局", "各市场监督管理所，局机关各科室：", "任务|责任单位|时间要求",
     "检验并出具结果|黔西市食品检验检测中心（受托检验机构）|每季度末提交检验报告", False),
    ("黔西市卫生健康局", "各乡镇卫生院，局机关各股室：", "环节|执行单位|时限",
     "数据核验|市卫生健康信息中心（受托机构）|每月5日前报送核验报告", False),
    # guilty: the doer column names the lower governments, or no doer the reading knows
    ("修文县农业农村局", "各乡镇人民政府，局机关各股室：", "工作环节|承担单位|时间要求",
     "自查整改|各乡镇人民政府|验收后15个工作日内提交自查报告", True),
    ("黔西市市场监督管理局", "各市场监督管理所，局机关各科室：", "任务|责任单位|时间要求",
     "不合格食品核查处置|各市场监督管理所|每季度末提交核查处置报告", True),
    ("修文县农业农村局", "各乡镇人民政府，局机关各股室：", "工作环节|承担单位|时间要求",
     "自查整改|乡镇农业服务中心|验收后15个工作日内提交自查报告", True),
    ("修文县农业农村局", "各乡镇人民政府，局机关各股室：", "工作环节|备注|时间要求",
     "自查整改|按季度|验收后15个工作日内提交自查报告", True),
])
def test_gw106_table_doer_column(issuer, recipients, header, row, fires, fmt, tmp_path):
    body = ["今年继续开展专项抽查，抽检费用由本级财政保障，具体安排如下：", f"@table {header}", f"@table {row}",
            "联系人：王丽，电话：0851-86811234。"]
    src = marked_doc(issuer, recipients, body, title="关于印发2027年专项抽查工作安排的通知", docno="政发〔2027〕5号",
                     date="2027年3月9日")
    assert bool(_codes(src, fmt, tmp_path, "GW106")) is fires

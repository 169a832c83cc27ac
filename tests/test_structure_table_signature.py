"""A table that is the last thing before the 署名 (issue 15, round 7, hG).

A .txt copy of a Word table has one cell a line, so its last cell (a unit name such as 市财政局, a 完成时限
date, a number) stands right above the 署名.  It must stay a cell of the table: no second signer, no 成文日期
taken from the table.  A real 联合发文 署名 of two lines after such a table is still two signers.
Each draft is rendered to .txt, .docx and .pdf by gwlint.docgen.
"""
from __future__ import annotations

import pytest

from gwlint.api import inspect_path

from .drafts import render_draft

FORMATS = ("txt", "docx", "pdf")

# the 正文 long enough for the PDF reader to find the text block's edges
INTRO = ("为贯彻落实上级有关部署要求，进一步压实工作责任，确保各项任务按时保质完成，经研究，现将有关事项通知如下，"
         "请各责任单位对照任务分工，结合本地本部门实际认真组织实施，工作中遇到的问题及时报告。")

CASES = {
    # 3 columns ending in a unit name (设区市政府办公室)
    "unit-3col": ("""@doc_number 佛府办〔2026〕19号
@title 佛山市人民政府办公室关于印发佛山市养老服务设施补短板行动方案的通知
@recipients 各区人民政府，市政府各部门、各直属机构：
{intro}
@table 序号|任务|责任单位
@table 1|新建社区嵌入式养老服务设施50个|市民政局
@table 2|对新建养老机构给予一次性建设补助|市财政局、市民政局
@table 3|推进医养结合机构建设|市卫生健康局
@signature 佛山市人民政府办公室
@date 2026年8月5日
""", ["佛山市人民政府办公室"], "2026年8月5日"),
    # 2 columns, the table under a 附件 heading placed before the 署名 (省直厅局)
    "unit-2col-attachment-heading": ("""@title 江西省教育厅关于开展2026年中小学校安全隐患排查的通知
@recipients 各设区市教育局，赣江新区社会发展局：
{intro}
@heading1 附件
@table 序号|责任处室
@table 1|省教育厅基础教育处
@table 2|省教育厅安全稳定处
@signature 江西省教育厅
@date 2026年3月2日
""", ["江西省教育厅"], "2026年3月2日"),
    # 4 columns ending in a 完成时限 date, the unit name before it (县政府)
    "date-4col": ("""@title 南昌县人民政府关于做好2026年防汛备汛工作的通知
@recipients 各乡镇人民政府，县政府各部门：
{intro}
@table 序号|重点任务|责任单位|完成时限
@table 1|开展水库山塘汛前检查|县水利局|2026年4月30日
@table 2|储备防汛物资|县应急管理局|2026年5月15日
@signature 南昌县人民政府
@date 2026年4月2日
""", ["南昌县人民政府"], "2026年4月2日"),
    # 5 columns ending in a government's name (盟市 level: 自治区首府)
    "unit-5col": ("""@title 呼和浩特市人民政府办公室关于印发城市道路绿化提升工作方案的通知
@recipients 各旗、县、区人民政府，市各委、办、局：
{intro}
@table 序号|任务|牵头单位|配合单位|责任单位
@table 1|实施主干道补植|市林草局|市城管局|新城区人民政府
@table 2|建设口袋公园|市住建局|市自然资源局|赛罕区人民政府
@signature 呼和浩特市人民政府办公室
@date 2026年3月20日
""", ["呼和浩特市人民政府办公室"], "2026年3月20日"),
    # 3 columns ending in a number (市直部门), a count 2 in a cell is no row number
    "number-3col": ("""@title 赣州市财政局关于下达2026年农村公路养护补助资金的通知
@recipients 各县（市、区）财政局：
{intro}
@table 序号|县（市、区）|养护里程（公里）
@table 1|章贡区|2
@table 2|南康区|3
@table 3|赣县区|260
@signature 赣州市财政局
@date 2026年6月12日
""", ["赣州市财政局"], "2026年6月12日"),
    # the last row's empty 完成时限 cell (dropped in .txt): the row ends before the 署名 and 成文日期
    "lost-last-cell": ("""@title 南昌县人民政府关于做好2026年防汛备汛工作的通知
@recipients 各乡镇人民政府，县政府各部门：
{intro}
@table 序号|重点任务|责任单位|完成时限
@table 1|开展水库山塘汛前检查|县水利局|2026年4月30日
@table 2|储备防汛物资|县应急管理局|
@signature 南昌县人民政府
@date 2026年4月2日
""", ["南昌县人民政府"], "2026年4月2日"),
    # no 序号 column: the last cell (a 报送对象) is no issuer the title names (市直部门)
    "unnumbered-3col": ("""@title 九江市商务局关于报送外贸运行监测专报的通知
@recipients 各县（市、区）商务局：
{intro}
@table 专报名称|频次|报送对象
@table 重点外贸企业运行监测专报|每月一期|市政府分管副市长
@table 外贸形势分析|每季度一期|市政府办公室
@signature 九江市商务局
@date 2026年5月6日
""", ["九江市商务局"], "2026年5月6日"),
    # no 序号 column and a title without issuers: a 联合发文 署名 stays two signers
    "joint-unnumbered-untitled-issuers": ("""@title 关于做好2026年养老服务补贴发放工作的通知
@recipients 各区民政局、财政局：
{intro}
@table 任务|责任单位
@table 核定补贴对象|区民政局
@table 拨付补贴资金|区财政局
@signature 佛山市民政局
@signature 佛山市财政局
@date 2026年8月5日
""", ["佛山市民政局", "佛山市财政局"], "2026年8月5日"),
    # the title names one issuer, a 附件说明 of two items stands over a 联合发文 署名: both are signers
    "joint-after-attachment-note": ("""@title 江西省农业农村厅关于下达2026年高标准农田建设任务的通知
@recipients 各设区市农业农村局、财政局：
{intro}
附件：1．2026年高标准农田建设任务表
2．高标准农田建设项目管理要求
@signature 江西省农业农村厅
@signature 江西省财政厅
@date 2026年2月10日
""", ["江西省农业农村厅", "江西省财政厅"], "2026年2月10日"),
    # 联合发文 after a table ending in a unit name: both lines are signers, the table's last cell is not
    "joint-after-unit-table": ("""@title 佛山市民政局 佛山市财政局关于做好2026年养老服务补贴发放工作的通知
@recipients 各区民政局、财政局：
{intro}
@table 序号|任务|责任单位
@table 1|核定补贴对象|区民政局
@table 2|拨付补贴资金|区财政局
@signature 佛山市民政局
@signature 佛山市财政局
@date 2026年8月5日
""", ["佛山市民政局", "佛山市财政局"], "2026年8月5日"),
    # 联合发文 with the body ending in a sentence (no table)
    "joint-no-table": ("""@title 江西省农业农村厅 江西省财政厅关于下达2026年高标准农田建设任务的通知
@recipients 各设区市农业农村局、财政局：
{intro}
@signature 江西省农业农村厅
@signature 江西省财政厅
@date 2026年2月10日
""", ["江西省农业农村厅", "江西省财政厅"], "2026年2月10日"),
}


# Short documents (issue 15, round 8, hS): a one-line 正文 before the table, so that in the .pdf the right-aligned
# 署名 and 成文日期 lines outnumber the running lines; they must not be taken for the text block's edges
SHORT_CASES = {
    # 联合发文: two 署名 lines and the date start right of the page centre, the 正文 is one line
    "short-joint-city-depts": ("""@title 佛山市民政局 佛山市财政局关于做好2026年养老服务补贴发放工作的通知
@recipients 各区民政局、财政局：
现将任务分工通知如下，请抓好落实。
@table 序号|任务|责任单位
@table 1|核定补贴对象|区民政局
@table 2|拨付补贴资金|区财政局
@signature 佛山市民政局
@signature 佛山市财政局
@date 2026年8月5日
""", ["佛山市民政局", "佛山市财政局"], "2026年8月5日"),
    # 省直厅局联合发文 with a 文号, the table ending in an amount
    "short-joint-province-depts": ("""@doc_number 赣教财字〔2026〕3号
@title 江西省教育厅 江西省财政厅关于下达2026年学生资助补助资金的通知
@recipients 各设区市教育局、财政局：
现将补助资金下达给你们，请及时拨付。
@table 序号|设区市|金额（万元）
@table 1|南昌市|1200
@table 2|九江市|980
@signature 江西省教育厅
@signature 江西省财政厅
@date 2026年2月6日
""", ["江西省教育厅", "江西省财政厅"], "2026年2月6日"),
    # 盟行署办公室, no 主送 line: the 正文 line is the only running line
    "short-no-recipients": ("""@title 锡林郭勒盟行政公署办公室关于调整值班电话的通知
现将调整后的值班电话通知如下。
@table 序号|值班岗位|电话
@table 1|总值班室|0479-8220001
@signature 锡林郭勒盟行政公署
@signature 锡林郭勒盟行政公署办公室
@date 2026年1月9日
""", ["锡林郭勒盟行政公署", "锡林郭勒盟行政公署办公室"], "2026年1月9日"),
    # three 自治州 departments with long names: their 署名 lines start in the left half of the page and
    # differ by two glyphs, like a first-line indent (the title names all three)
    "short-three-long-signers": ("""@title 黔东南苗族侗族自治州民政局 黔东南苗族侗族自治州财政局 黔东南苗族侗族自治州医疗保障局关于下达2026年医疗救助资金的通知
@recipients 各县（市）民政局、财政局、医疗保障局：
现将资金下达给你们，请及时拨付。
@table 序号|县（市）|金额（万元）
@table 1|凯里市|300
@table 2|黄平县|120
@signature 黔东南苗族侗族自治州民政局
@signature 黔东南苗族侗族自治州财政局
@signature 黔东南苗族侗族自治州医疗保障局
@date 2026年5月6日
""", ["黔东南苗族侗族自治州民政局", "黔东南苗族侗族自治州财政局", "黔东南苗族侗族自治州医疗保障局"], "2026年5月6日"),
}
CASES.update(SHORT_CASES)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_table_before_the_signature_keeps_its_last_cell(case, fmt, tmp_path):
    source, signers, date = CASES[case]
    ins = inspect_path(render_draft(source.format(intro=INTRO), fmt, tmp_path), limits=None)
    st, doc = ins.structure, ins.document
    assert st.signature is not None
    lines = [doc.paragraphs[ln - 1].text.strip() for ln in st.signature.lines]
    assert lines == signers
    assert st.date is not None and st.date.text == date
    last_cell = [c for c in source.strip().splitlines()[-3 - len(signers) + 1].split("|") if c][-1]
    assert all(last_cell not in doc.paragraphs[ln - 1].text for ln in st.signature.lines + st.date.lines)

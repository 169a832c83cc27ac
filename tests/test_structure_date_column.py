"""A table whose last column holds dates, copied to text one cell a line, at the end of a draft (issue 15, round 8, hS).

With no 序号 column to tell its rows and no 署名 under it, the last cell (填表日期 2026年9月1日) was read from the
.txt as the 成文日期 while the .docx and .pdf readers knew it for a table cell; GW702 also took it for a 成文日期
written wrongly (2026.3.2) in every format.  The header row names the date column, and the date closes a full
row in that column: a table cell.  A real 成文日期 under such a table, or under a 署名, stays the 成文日期.
Each draft is rendered to .txt, .docx and .pdf by gwlint.docgen.
"""
from __future__ import annotations

import pytest

from gwlint.api import inspect_path, lint_path

from .drafts import render_draft

FORMATS = ("txt", "docx", "pdf")

CASES = {
    # 市直部门, 3 columns, the draft ends with the table (no 署名, no 成文日期)
    "no-signature-standard-date": ("""@title 龙岩市财政局关于报送2027年部门预算编制联系人的通知
@recipients 市直各部门：
请各部门确定预算编制联系人，并按下表格式填写后报送市财政局预算科。
@table 单位名称|联系人|填表日期
@table 龙岩市财政局|张敏|2026年9月1日
""", None),
    # the date cell written 2026.3.2: no 成文日期 to find fault with
    "no-signature-dotted-date": ("""@title 抚州市人力资源和社会保障局关于报送2026年技能培训联络员的通知
@recipients 各县（区）人力资源和社会保障局：
请各县（区）人力资源和社会保障局确定一名技能培训联络员，并按下表格式填写后报送市人社局职业能力建设科。
@table 单位名称|联络员|填报日期
@table 临川区人力资源和社会保障局|王某|2026.3.2
""", None),
    # two rows, the date column in the middle (县直部门)
    "two-rows-middle-column": ("""@title 都昌县教育体育局关于报送校车安全管理员名单的通知
@recipients 各乡镇中心学校：
请各乡镇中心学校按下表格式填写后报送县教体局安全股。
@table 学校|填报日期|管理员
@table 都昌县第一小学|2026年3月2日|李某
@table 都昌县第二小学|2026年3月3日|刘某
""", None),
    # the 成文日期 under the table (the 署名 left out): still the 成文日期, the cell above it is not
    "date-under-date-column": ("""@title 景德镇市住房和城乡建设局关于开展2026年城镇燃气安全排查的通知
@recipients 各区住房和城乡建设局：
请各区住房和城乡建设局按下表要求完成城镇燃气安全排查。
@table 排查内容|责任单位|完成时间
@table 餐饮场所燃气设施|各区住房和城乡建设局|2026年6月30日
@date 2026年5月12日
""", "2026年5月12日"),
    # 2 columns ending in a date, then the 署名 and the 成文日期: the 署名 is no cell of the table's grid
    "signature-after-two-columns": ("""@title 萍乡市应急管理局关于做好2026年防汛演练工作的通知
@recipients 各县（区）应急管理局：
请各县（区）应急管理局按下表时间完成防汛演练。
@table 演练内容|完成时间
@table 山洪灾害避险转移演练|2026年5月20日
@signature 萍乡市应急管理局
@date 2026年4月28日
""", "2026年4月28日"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_date_column_cell_is_no_date_of_writing(case, fmt, tmp_path):
    source, date = CASES[case]
    path = render_draft(source, fmt, tmp_path)
    st = inspect_path(path, limits=None).structure
    assert (st.date.text if st.date is not None else None) == date
    assert not [f for f in lint_path(path, limits=None).findings if f.code == "GW702"]

"""Classes of round 18 (h18a, issue 15), from leftovers of the held-out sets, in phrasings of their own:

- GW102: a task table row whose 牵头 names only places as a whole (各县（市、区）, 各县市区) over named 配合单位 has
  no lead (their governments named, or the places alone, still lead); a department's plan shares its tasks out
  when the table names its bureaus or divisions by its full name (省水利厅河湖管理处).
- The unit finder reads the short names of coordinating bodies and their offices (市安委会办公室, 县减灾委办公室,
  市防指, 县乡村振兴领导小组办公室) as units, so a note naming them names a unit.
- An item titled as enforcement (实行考核奖惩, 严格责任追究) whose sentences are all sanctions is no measure, in
  a 保障措施 section or not; a real measure there (加大资金支持) still needs its unit.
- Lower departments as a whole beside a generic collective (各区县文化和旅游局及市直有关单位) are 各地各部门 spelled
  out; a bare （各部门负责） names no set (市直各部门 does).
- The lower governments as the 责任主体 of the whole document cover no single measure where the others name
  their units; a norm in articles that shares work out by notes holds its articles that say who answers.

Drafts rendered by gwlint.docgen to .txt/.docx/.pdf."""
from __future__ import annotations

import pytest

from .test_rule_h14w_classes import FORMATS, _codes
from .test_rule_h17a_classes import _measure_findings


def _notice(issuer: str, recipients: str, name: str, body: list[str]) -> str:
    lines = ["@doc_number x字〔2026〕8号", f"@title {issuer}关于印发{name}的通知", f"@recipients {recipients}",
             f"现将《{name}》印发给你们，请认真贯彻落实。", f"@attachment_title {name}", *body,
             f"@signature {issuer}", "@date 2026年6月14日"]
    return "\n".join(lines) + "\n"


def _rows(found) -> list:
    return sorted(f.data["row"] for f in found if f.data.get("table"))


# ------------------------------------------------------------ GW102: a table lead of places as a whole
_TASKS = ["一、新建乡镇污水管网。2026年新建乡镇污水管网300公里。",
          "二、整治黑臭水体。完成农村黑臭水体整治40条。",
          "三、建设污泥处置中心。建成市级污泥集中处置中心1座。",
          "任务分工如下：", "@table 序号|工作任务|牵头单位|配合单位|完成时限",
          "@table 1|乡镇管网建设|市住房和城乡建设局|市发展改革委|2026年12月"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead, partner, fires", [
    ("各县（市、区）", "市生态环境局、市水利局", True),
    ("各县市区", "市生态环境局", True),
    ("各县（市、区）人民政府", "市生态环境局、市水利局", False),  # the governments named: each leads its area
    ("各县（市、区）", "", False),  # the places alone, no named partner: each its own area
])
def test_gw102_places_as_a_whole_lead_no_named_partner(fmt, lead, partner, fires, tmp_path):
    body = [*_TASKS, f"@table 2|黑臭水体整治|{lead}|{partner}|2026年12月",
            "@table 3|污泥处置中心建设|市城市管理局|市财政局|2027年6月"]
    found = _codes(_notice("湘潭市人民政府办公室", "各县市区人民政府，市政府各部门：", "湘潭市水环境治理提升方案", body),
                   fmt, tmp_path, "GW102")
    assert (_rows(found) == [2] or _measure_findings(found) == [2]) if fires else found == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_department_table_naming_its_bureaus_shares_out(fmt, tmp_path):
    body = ["（一）整治河湖乱占。汛前完成重点河段清理。", "（二）加固小型水库。完成病险水库除险加固80座。",
            "（三）修订防御预案。5月底前完成。", "@table 序号|任务|牵头单位|配合单位|完成时限",
            "@table 1|河湖乱占整治|湖北省水利厅河湖管理处|湖北省水利厅水政监察总队|2026年5月",
            "@table 2|小型水库加固|有关单位|湖北省水利厅运行管理处|2026年12月",
            "@table 3|防御预案修订|湖北省水利厅水旱灾害防御处|湖北省水利厅办公室|2026年5月"]
    found = _codes(_notice("湖北省水利厅", "各市、州水利局，厅机关各处室：", "湖北省水旱灾害防御能力提升方案", body),
                   fmt, tmp_path, "GW102")
    assert _measure_findings(found) == [2] or _rows(found) == [2]


# ------------------------------------------------------------ units: coordinating bodies by their short names
@pytest.mark.parametrize("text", ["市安委会办公室", "县减灾委办公室", "市防指", "县森防指", "区创文办",
                                  "县乡村振兴领导小组办公室", "市食安委办公室"])
def test_coordinating_body_short_name_is_a_unit(text):
    from gwlint.analysis.units import find_notes, find_units

    assert [u.text for u in find_units(text)] == [text]
    notes = find_notes(f"开展专项整治。（{text}负责）")
    assert [u.text for n in notes for u in n.lead] == [text]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", ["（市安委会办公室负责）", "（市减灾委办公室牵头，市应急管理局配合）", "（市防指负责）"])
def test_gw102_note_naming_a_coordinating_office_names_a_unit(fmt, note, tmp_path):
    body = ["1.修订自然灾害救助应急预案。（市应急管理局负责）", f"2.汛前完成地质灾害隐患点全面排查。{note}",
            "3.新建应急避难场所20个。（市应急管理局负责）"]
    found = _codes(_notice("梅州市人民政府办公室", "各县（市、区）人民政府，市政府各部门：", "2026年梅州市防灾减灾工作要点", body),
                   fmt, tmp_path, "GW102")
    assert found == []


# ------------------------------------------------------------ sanction items are no measures; real ones are
_OWN = ["（一）开展风险评估。每季度评估一次。（责任单位：市卫生健康委医政科）",
        "（二）开展全员培训。每年培训不少于8学时。（责任单位：市卫生健康委科教科）"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item, fires", [
    ("（三）实行考核奖惩。工作情况纳入年度考核，发生院感暴发事件的，年度考核实行一票否决。", False),
    ("（三）严格责任追究。对防控措施不落实导致事件的，依法依规追究有关人员的责任。", False),
    ("（三）强化人才支撑。每年选派50名骨干到省级医院进修。", True),
    ("（三）实行考核奖惩。建设院感监测信息平台，年底前二级以上医院全部接入。", True),  # titled so, but a task
])
def test_gw102_sanction_item_is_no_measure(fmt, item, fires, tmp_path):
    found = _codes(_notice("泰安市卫生健康委员会", "各县（市、区）卫生健康局：", "泰安市院感防控提升工作方案", [*_OWN, item]),
                   fmt, tmp_path, "GW102")
    assert _measure_findings(found) == ([3] if fires else [])


# ------------------------------------------------------------ collectives: lower bureaus, bare 各部门
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note, fires", [
    ("（责任单位：各区县文化和旅游局及市直有关单位）", True),
    ("（责任单位：各区县文化和旅游局和相关单位）", True),
    ("（各部门负责）", True),
    ("（责任单位：市文化和旅游局资源开发科、各区县文化和旅游局）", False),
    ("（市直各部门负责）", False),
])
def test_gw102_collectives_without_a_named_body(fmt, note, fires, tmp_path):
    body = ["1.创建乡村旅游重点村10个。（责任单位：市文化和旅游局资源开发科）",
            f"2.推进旅游民宿提质，新增等级民宿50家。{note}",
            "3.举办乡村旅游节庆活动12场。（责任单位：市文化和旅游局市场科）"]
    found = _codes(_notice("池州市文化和旅游局", "各区县文化和旅游局，市直有关单位：", "池州市乡村旅游提质工作方案", body),
                   fmt, tmp_path, "GW102")
    assert _measure_findings(found) == ([2] if fires else [])


# ------------------------------------------------------------ overall frame; norms in articles
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("noted, fires", [(True, True), (False, False)])
def test_gw102_lower_governments_overall_cover_no_single_measure(fmt, noted, fires, tmp_path):
    def note(unit: str) -> str:
        return f"（责任单位：{unit}）" if noted else ""
    body = [f"（一）发展现代物流。建设物流枢纽3个。{note('省发展改革委')}",
            f"（二）提升商贸流通。建设便民生活圈100个。{note('省商务厅')}",
            "（三）发展生产性服务业。培育服务型制造示范企业50家。",
            f"（四）壮大养老服务。新增护理型床位1万张。{note('省民政厅')}",
            "各设区市人民政府是发展现代服务业的责任主体，要制定具体措施，确保各项任务落地见效。"]
    found = _codes(_notice("湖南省人民政府办公厅", "各市州人民政府，省政府各厅委、各直属机构：", "湖南省现代服务业发展实施方案", body),
                   fmt, tmp_path, "GW102")
    assert _measure_findings(found) == ([3] if fires else [])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("notes, fires", [(True, True), (False, False)])
def test_gw102_norm_in_articles_sharing_work_out(fmt, notes, fires, tmp_path):
    body = ["第一条　为落实河湖长制，制定本规定。",
            "第二条　市级河湖长每年巡河不少于2次。",
            "第三条　清理河道乱占乱建问题。" + ("（责任单位：市水利局、市自然资源局）" if notes else ""),
            "第四条　严格入河排污口监管。" + ("（市生态环境局会同市住房和城乡建设局负责）" if notes else ""),
            "第五条　建设河湖视频监控系统，由有关部门负责。",
            "第六条　本规定自印发之日起施行。"]
    found = _codes(_notice("通化市水利局", "各县（市、区）水利局，市河湖长制成员单位：", "通化市河湖长制工作规定", body),
                   fmt, tmp_path, "GW102")
    items = [f.message for f in found if not f.data.get("summary")]
    assert (len(items) == 1 and "第五条" in items[0]) if fires else found == []


# ------------------------------------------------------------ the plan in the 正文, its division table attached
def _plan_in_body(lead: str, row3: str) -> str:
    lines = ["@doc_number x政发〔2026〕10号", "@title 柳州市人民政府关于印发柳州市文旅产业提质行动计划的通知",
             "@recipients 各县（区）人民政府，市人民政府各组成部门：", "现将《柳州市文旅产业提质行动计划》印发给你们，请认真贯彻执行。",
             "@attachment_title 柳州市文旅产业提质行动计划",
             "一、丰富夜间消费业态。打造夜间文旅消费集聚区5个。", "二、发展研学旅游。建设研学实践教育基地20个。",
             "三、推动景区提档升级。新创建国家4A级以上旅游景区6家。", "四、培育文旅市场主体。新增规上文旅企业40家。",
             "附件：重点任务分工表", "@attachment_label 附件", "@attachment_title 重点任务分工表",
             "@table 序号|重点任务|牵头单位|配合单位|时限",
             "@table 1|夜间消费集聚区建设|市文化广电和旅游局|市商务局|2026年12月",
             "@table 2|研学旅游基地建设|市教育局|市文化广电和旅游局|2026年12月",
             f"@table 3|{row3}|{lead}|市文化广电和旅游局、市大数据发展局|2027年6月",
             "@table 4|文旅市场主体培育|市文化广电和旅游局|市市场监管局|2026年12月",
             "@signature 柳州市人民政府", "@date 2026年3月18日"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("row3", ["景区创建与智慧化", "4A景区创建"])
def test_gw102_row_of_a_body_plan_told_at_its_measure(fmt, row3, tmp_path):
    found = _codes(_plan_in_body("各县（区）", row3), fmt, tmp_path, "GW102")
    assert _measure_findings(found) == [3] and _rows(found) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gw102_body_plan_with_named_leads_is_quiet(fmt, tmp_path):
    assert _codes(_plan_in_body("市文化广电和旅游局", "景区创建与智慧化"), fmt, tmp_path, "GW102") == []

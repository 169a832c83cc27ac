"""What a sentence asks to be submitted, and who is to submit it.

Read from a :class:`~gwlint.analysis.sentences.Sent` with the words of a
:class:`SubmissionSettings` (a rule's ``Settings`` derives from it):

* :func:`submissions` — submission verbs used as verbs (报送, 填报; 报/送 only before
  an addressee: 报我厅, 报省政府办公厅 — not 报省政府同意后印发; :func:`destination_verbs`:
  上传至××平台);
* :func:`materials` — what is submitted: materials (总结, 台账, 进展情况 …), forms
  (…统计表, 《…进度表》), 附件1 standing for an attached form, 情况 after 将/把;
* :func:`nearest` / :func:`names` — the materials of the submission verbs, named with
  the words that qualify them (春耕生产工作方案);
* :func:`submitter` — who submits: the subject of the clause or of an earlier one
  (请/由/要求 + unit), a party the subject organises (组织企业报送), the issuer under its
  short name (省农业农村厅, 市局), else the 主送机关; :func:`below` — is a unit under the
  issuer; :func:`lower_recipients` — the 主送机关 under it;
* :func:`table_demands` — tables whose material column (报送材料, 填报内容 …; the header on
  the first or, under a title row, the second row) asks units below the issuer for materials.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .lexicon import load_data
from .demands import DemandSettings, strip_marker
from .sentences import Sent, clause_of, clause_spans, inside, sent_words, tokens_between
from .settings import Regex, alternation
from .units import find_units

# a reference to an attachment in the text: 附件1, 附件 2, 附件（not 附件说明 or 附件格式）
_ATTACHMENT_REF = re.compile(r"附件\s*(\d{1,2})?(?![说格式中所])")
# tokens that end a material's name read backwards: dates, and 将/把 glued to the word
# before them by jieba (于调研前3天将汇报材料报送: 天将)
_NAME_STOP = re.compile(r"\d|月|日|[将把]$")
# words kept before a material's name (本季度文化和旅游市场运行分析报告 is six)
_NAME_TOKENS = 8
_NAME_CHARS = 20  # ……and at most this long: jieba's cut (本|地区) is no place to end a name
_THIS_FORM = re.compile(r"[本此该上下]表")
PUNCT = frozenset("，,、；;：:。．.！？!?（）()“”《》\"'‘’ \u3000")


@dataclass(frozen=True)
class SubmissionSettings(DemandSettings):
    """The words of submissions: verbs, materials, submitters."""

    submit_verbs: list[str] = field(default_factory=list)  # 报送, 上报, 填报 …
    weak_submit_verbs: list[str] = field(default_factory=list)  # 报, 送: only before an addressee
    provide_verbs: list[str] = field(default_factory=list)  # 提供: only of materials, not to a beneficiary
    self_references: list[str] = field(default_factory=list)  # 我厅, 本局 …
    approval_after: list[str] = field(default_factory=list)  # 报…同意/审定: an approval step
    attributive_after: list[str] = field(default_factory=list)  # 报送的方案: no demand
    noun_uses: list[Regex] = field(default_factory=list)  # 反馈问题: the verb inside a noun phrase
    public_addressees: list[str] = field(default_factory=list)  # 反馈评价人: to citizens, not upwards
    downward_verbs: list[str] = field(default_factory=list)  # 反馈各市人民政府核对: sent down when lower governments follow
    leader_patterns: list[Regex] = field(default_factory=list)  # 报分管副省长: an addressee
    addressee_patterns: list[Regex] = field(default_factory=list)  # 报县教体局基础教育股: an office by its short name
    materials: list[str] = field(default_factory=list)  # 材料, 总结, 台账 …
    verb_like_materials: list[str] = field(default_factory=list)  # 报告, 总结 as verbs
    office_heads: list[str] = field(default_factory=list)  # 处, 科: 计划|财务科 names an office, not a material
    timed_materials: list[str] = field(default_factory=list)  # 信息: a material only with a deadline
    standing_materials: list[str] = field(default_factory=list)  # 名单: a material only when due every year/month
    standing_deadline: Regex = ""  # 每年3月31日前, 每季度末
    former_relative: Regex = ""  # 原定于……报送的: a standing report of before, named to be changed
    lifted_relative: Regex = ""  # ……报送的纸质报表一并取消: the sentence lifts the standing report it names
    worked_list: Regex = ""  # 核查, 摸底: the 名单 is the product of a check the document launches
    report_verb_before: list[str] = field(default_factory=list)  # 及时报告: a verb
    summary_object_after: list[str] = field(default_factory=list)  # 总结经验: a verb
    table_suffix: str = "表"  # 统计表, 汇总表 …
    table_exclude: list[str] = field(default_factory=list)  # 报名表, 代表 …
    standing_forms: list[str] = field(default_factory=list)  # 登记表: a report when due every month
    quoted_material_suffixes: list[str] = field(default_factory=list)  # 《…进度表》
    disposal_materials: list[str] = field(default_factory=list)  # 将…排查情况报送
    lower_words: list[str] = field(default_factory=list)  # 基层, 市县 …
    recipient_proxies: list[str] = field(default_factory=list)  # 各单位, 你单位: the 主送机关
    subordinate_institutions: list[str] = field(default_factory=list)  # 学校, 医院 addressed by their department
    institution_systems: dict = field(default_factory=dict)  # 学校 → 教育: the departments whose system runs them
    non_government_parties: list[str] = field(default_factory=list)  # 企业, 申请人 …
    named_body_pattern: list[Regex] = field(default_factory=list)  # ××指挥部, 承办单位
    own_team_pattern: Regex = ""  # 各督导组, 检查组: the issuer's own teams (at a clause start)
    own_section_pattern: Regex = ""  # 厅机关各处室, 本局各科室: the issuer's own sections (group ``self``)
    subject_markers: list[str] = field(default_factory=list)  # 请/由/要求 + the submitter
    phrase_stop_words: list[str] = field(default_factory=list)  # where a material's name stops
    pivot_verbs: list[str] = field(default_factory=list)  # 组织/督促 企业 报送
    object_verbs: list[str] = field(default_factory=list)  # 汇总/审核/对 辖区企业……: a clause with no subject
    manner_adverbs: list[str] = field(default_factory=list)  # 逐户, 逐一 before such a verb
    subject_lead: list[str] = field(default_factory=list)  # 同时, 请 … before the subject
    table_material_headers: list[str] = field(default_factory=list)  # 报送材料 column
    table_submitter_headers: list[str] = field(default_factory=list)  # 报送单位 column
    table_header_cells: list[str] = field(default_factory=list)  # header cells of a one-cell-per-line table
    table_material_header_patterns: list[Regex] = field(default_factory=list)  # 填报内容, 提交材料 …
    table_submitter_header_patterns: list[Regex] = field(default_factory=list)  # 填报主体, 提交单位 …
    table_time_header_patterns: list[Regex] = field(default_factory=list)  # 截止时间, 报送周期 …
    table_party_header_patterns: list[Regex] = field(default_factory=list)  # 接收人, 受理科室, 联系电话 …
    handout_verbs: list[str] = field(default_factory=list)  # 印送, 印发: a table led by 现将……印送你们 is handed down
    destination_submissions: list[Regex] = field(default_factory=list)  # 上传至…平台: verb + 至/到 + where
    timed_entries: list[Regex] = field(default_factory=list)  # 限期录入××系统: an entry the issuer reads, by a date
    incident_condition: Regex = ""  # 发现疫情……须……报告: a report an event calls for, no paperwork
    compiled_lead: Regex = ""  # 汇总后, 审核汇总后 right before the verb: the compilation is what is handed up
    compiled_work: Regex = ""  # 核查, 核对, 统计 before it: the check whose results are compiled
    compiled_not: Regex = ""  # 申请, 推荐 before it: applications or nominations passed on, no report
    incident_reports: Regex = ""  # 火灾专报, 事故快报: a report named by its event, wherever the event is told
    optional_condition: Regex = ""  # 如有异议, 对……有异议的: an objection the reader may raise, nothing demanded
    speech_material_lead: Regex = ""  # 发言|材料, 讲话|稿: a speaker's text for a meeting, meeting logistics
    stopped_row: Regex = ""  # a row's cell opening 停止/取消/不再……: the material it lists is no longer asked for
    stopped_lead: Regex = ""  # 停止报送的报表清单如下: the table led by it lists what is dropped
    former_column_headers: list[str] = field(default_factory=list)  # 原要求, 调整前: the former requirement's column
    change_column_headers: list[str] = field(default_factory=list)  # 调整后, 处理方式: what becomes of it
    table_submission_time_headers: Regex = ""  # 报送时间, 截稿时间: a time column named for what is handed up
    table_asking_leads: Regex = ""  # 约稿, 需交回……材料: a lead sentence asking for what its table lists
    meeting_mail_words: list[str] = field(default_factory=list)  # 会前, 回执 …: a meeting's business sent to a mailbox

    @cached_property
    def time_rxs(self) -> tuple[re.Pattern, ...]:
        """A deadline (11月5日前) or a standing time (每月10日前, 每日10时前): either says when things are due."""
        return tuple(r for r in (self.deadline_rx, alternation(self.standing_deadline)) if r is not None)

    @cached_property
    def meeting_mail(self) -> re.Pattern:
        return re.compile("|".join(map(re.escape, self.meeting_mail_words)) or "(?!)")

    @cached_property
    def compiled_rxs(self) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
        """:func:`compiled`'s patterns: the lead right before the verb, the lead before a time and a channel, what
        names something else handed up (将/把, ``compiled_not``), the check; None without a lead or a check."""
        if not self.compiled_lead or not self.compiled_work:
            return None
        other = f"[将把]|{self.compiled_not}" if self.compiled_not else "[将把]"
        return (re.compile(f"(?:{self.compiled_lead})$"),
                re.compile(f"(?:{self.compiled_lead})(?=(?:{_TIME_CHANNEL})$)"), re.compile(other),
                re.compile(self.compiled_work))


@dataclass
class Who:
    """Who is to submit: ``kind`` unit | self | proxy | lower | party | other | implicit."""

    kind: str
    text: str
    lower: bool  # below the issuer


# a run-in topic label before the word (三、材料要求：, （二）报送材料：) and its colon after it
_RUN_IN_LABEL = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)[^，。；：:]{0,4}$")
_LABEL_END = re.compile(r"[^，。；：:]{0,4}[：:]")


def _to_lower_governments(text: str, at: int) -> bool:
    """A collective of lower governments right at ``at`` (反馈|各市人民政府核对, 反馈给各县（市、区）): the addressee
    of the verb before it, which then sends down what the issuer made (初步结果), not up."""
    first = next(iter(find_units(text[at:at + 24])), None)
    # their departments alike (问题清单反馈各区应急管理局, 反馈各县（市、区）教育局): the results go down to them
    return (first is not None and first.start == 0 and first.kind in ("government", "department", "mixed")
            and first.name.startswith("各"))


def _owned_material(s: SubmissionSettings, text: str, at: int, pos: int) -> bool:
    """企业|的销售额、库存数据……: a party followed by 的 and a material before the verb at ``pos`` owns what is
    submitted (企业的负责人 is no material: the party still acts)."""
    if not s.materials:
        return False
    mats = "|".join(map(re.escape, sorted(s.materials, key=lambda w: (-len(w), w))))
    if not text.startswith("的", at):
        # 辖区内限额以上商贸企业|月度经营数据按下表要求报送: a compound naming the data, no verb inside it
        m = re.match(r"(?:(?![将把于在每对向按由从为的])[\u4e00-\u9fff]){0,4}?(?:" + mats + ")", text[at:pos])
        verbs = (*s.submit_verbs, *s.weak_submit_verbs, *s.demand_markers)
        return m is not None and not any(v in m.group(0) for v in verbs)
    m = re.match(r"的[^，。；：将把于在每\d]{0,16}?(?:" + mats + ")", text[at:pos])
    return m is not None


def _lower_governments_before(text: str, at: int) -> bool:
    """向各县（市、区）|反馈, 向各地|反馈: the collective of lower governments (or of their departments) named
    by 向 right before the verb is its addressee, so the issuer sends results down, not up."""
    k = text.rfind("向", max(0, at - 24), at)
    if k < 0:
        return False
    seg = text[k + 1:at]
    if seg in ("各地", "各级", "各单位", "各部门"):
        return True
    first = next(iter(find_units(seg)), None)
    return (first is not None and first.start == 0 and first.end == len(seg) and first.name.startswith("各")
            and first.kind in ("government", "department", "mixed"))


def below(unit, issuer_level: str) -> bool:
    """A government or department under the issuer's level, or the villages and communities."""
    from .units import level_rank

    if unit.kind == "other" and unit.source == "actor":
        return issuer_level != "unknown"  # the villages and communities (各村（社区）) are below every government
    if unit.kind not in ("government", "department", "mixed", "government_office"):
        return False
    return any(lv != "unknown" and level_rank(lv) > level_rank(issuer_level)
               for lv in unit.reaches_for(issuer_level))


def restated_in_attachment(ctx, found) -> set[int]:
    """Attachment lines of the findings (``line``, ``data["deadline"]``) that restate a body demand: a body
    line sending the reader to the attachment with no deadline of its own (按附件填报说明的要求做好数据填报)
    asks for what the attachment's note says (本表请于……前报送); a dated body demand stands on its own, and an
    attachment note with the same deadline as a body demand pointing to the attachment restates it (请各单位于
    每月5日前报送……统计表见附件 / 本表由各单位每月5日前报……)."""
    body = set(ctx.gw.body_lines)
    if points_to_attachment(ctx, found):
        return {f.line for f in found if f.line not in body}
    dated = {f.data.get("deadline") for f in found if f.line in body and "附件" in ctx.reading(f.line)}
    return {f.line for f in found if f.line not in body and f.data.get("deadline") in dated} if dated else set()


def points_to_attachment(ctx, found) -> bool:
    """A body finding with no deadline of its own sends the reader to the attachment (按附件要求按月报送):
    what the attachment lists (its note, its 报送内容 table) is the same demand."""
    body = set(ctx.gw.body_lines)
    return any(f.line in body and (not f.data.get("deadline") or _FREQUENCY.match(f.data["deadline"]))
               and re.search("附件|附表", ctx.reading(f.line)) for f in found)


# a deadline that is only how often (每季度, 按月): the attachment's table says when (每季度末, 每月5日前)
_FREQUENCY = re.compile(r"[于在]?(?:每|按|逐)(?:半|两|双)?个?(?:月|周|旬|季度|季|半年|年|年度)(?:末|底)?"
                        r"(?:向[^，。；]{1,12}?)?(?:报送|上报|填报|报)?$")


def party_attachment(ctx, s: SubmissionSettings, recips: list[str]) -> bool:
    """A body sentence has a party outside the government (经营主体, 企业, 申请人) hand in what the attachment lists
    (经营主体于……前向所在镇乡农业服务中心提交申报材料（清单见附件）): the attachment's table of materials is that
    party's filing, asked of nobody below."""
    from .sentences import iter_sentences

    def find() -> bool:
        for sent in iter_sentences(ctx, ctx.gw.body_lines):
            if not re.search("附件|附表", sent.text[sent.start:sent.end]):
                continue
            for a, _b, _v in submissions(ctx, s, sent):
                who = submitter(ctx, s, sent, a, recips)
                if who is not None and who.kind == "party" and not who.lower:
                    return True
        return False

    return ctx.memo("party_attachment", find)


def asks_for_attachment(found) -> bool:
    """A body finding whose material is the attachment itself (于7月10日前按附件表格式报送……: 附件表): the
    attachment's table (报送内容|报送时间) lists that demand again, with or without a deadline of its own."""
    return any(str(w).startswith("附件") for f in found for w in f.data.get("what", ()))


def _own_system(ctx, s: SubmissionSettings, institutions: list[str], recips: list[str]) -> bool:
    """The institutions (学校, 医院) belong to the system of an issuer that writes to its lower departments: the
    schools of a 教育厅 writing to 各市教育局 are its lower units as the bureaus are (a 市场监管局's are not)."""
    if not recips:
        return False
    sectors = [w for x in institutions for w in s.institution_systems.get(x, ())]
    return any(w in (o.name or "") for o in ctx.gw.issuers for w in sectors)


def _addressed_institutions(ctx, s: SubmissionSettings, cell: str, recips: list[str]) -> bool:
    """A 报送主体 cell naming schools, hospitals … (市直属各学校) the notice is sent to, or of the issuer's own
    system: lower units, as the subject of a sentence is (submitter's ``party`` reading)."""
    inst = [x for x in s.subordinate_institutions if x in cell]
    return bool(inst) and not any(w in cell for w in s.non_government_parties if w not in inst) \
        and (any(x in r for r in recips for x in inst) or _own_system(ctx, s, inst, recips))


def lower_recipients(ctx, lower_words=(), institutions=()) -> list[str]:
    """The 主送机关 under the issuer (also those named by a word of the levels below
    every issuer: 各乡（镇）农业综合服务站, 各街道办事处; and the schools, hospitals … a
    department addresses directly: 各中小学校)."""
    from .units import classify_recipient

    level = ctx.gw.issuer.level
    lower = tuple(lower_words)
    if not ctx.gw.recipient_list:
        return _placeholder_units(ctx, level)
    return [r for r in ctx.gw.recipient_list
            if any(below(u, level) for u in classify_recipient(r)) or (lower and r.startswith(lower))
            or any(w in r for w in institutions)]


# a template's placeholder for the units that fill it in and send it (以“千山区xx镇”开题; 落款：××乡镇人民政府)
_PLACEHOLDER_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?[市区县旗])?(?:××|ＸＸ|XX|xx|ｘｘ|Xx)(?:乡镇|乡|镇|街道|村|社区)"
                               r"(?:人民政府|政府|办事处)?")


def _placeholder_units(ctx, level: str) -> list[str]:
    """A text with no 主送 (a page of requirements, 特此对各部门信息报送做出以下要求) asks those its templates name by
    a placeholder (各文章以“千山区xx局或千山区xx镇”开头): the townships among them are below a county's or a city's
    issuer, the units its subject-less demands are for."""
    from .units import level_rank

    if level_rank(level) >= level_rank("township"):
        return []
    out: list[str] = []
    for ln in ctx.gw.content_lines:
        for m in _PLACEHOLDER_UNIT.finditer(ctx.reading(ln)):
            if m.group(0) not in out:
                out.append(m.group(0))
    return out


# (word in the name, word the organ calls itself by): 延边朝鲜族自治州市场监督管理局 → 州市场监督管理局, 州局;
# 锡林郭勒盟林业和草原局 → 盟林业和草原局, 盟局; 阿拉善左旗教育局 → 旗教育局, 旗局
_REGION_PREFIX = {"province": (("省", "省"), ("自治区", "自治区"), ("市", "市")),
                  "city": (("自治州", "州"), ("地区", "地区"), ("盟", "盟"), ("市", "市")),
                  "county": (("县", "县"), ("区", "区"), ("自治旗", "旗"), ("旗", "旗"), ("市", "市")),
                  "township": (("乡", "乡"), ("镇", "镇"))}


def own_short_names(gw) -> tuple[str, ...]:
    """How the issuer names itself in its own text: its name from the level's region word
    on (江西省农业农村厅 → 省农业农村厅, 上饶市行政审批局 → 市行政审批局), and the short
    form 省厅/市局/县局; a 直辖市 (重庆市生态环境局) names itself 市生态环境局."""
    out: list[str] = []
    for o in gw.issuers:
        name = o.name or ""
        for prefix, says in _REGION_PREFIX.get(o.level or "", ()):
            k = name.find(prefix)
            if 0 < k < len(name) - 2:
                out.append(says + name[k + len(prefix):])
                if name[-1] in "厅局":
                    out.append(says + name[-1])
                break
    return tuple(sorted(set(out), key=lambda w: (-len(w), w)))


def own_self_names(ctx) -> tuple[str, ...]:
    """How the issuer names itself as the subject of its own acts, the longest first: its names and short names
    (市局, 省农业农村厅), 本/我 + its last character (本局, 我厅), and 街道 for a 街道办事处 (街道将统一制作展板)."""
    def find() -> tuple[str, ...]:
        out = set(own_short_names(ctx.gw))
        for o in ctx.gw.issuers:
            name = o.name or ""
            if not name:
                continue
            out.update({name, "本" + name[-1], "我" + name[-1]})
            if name.endswith("街道办事处"):
                out.update({"街道", "街道办", "街道办事处", "本街道", "我街道"})
        return tuple(sorted(out, key=lambda w: (-len(w), w)))
    return ctx.memo("submissions.own_self_names", find)
def _bare_self_names(gw) -> set[str]:
    """The issuer's self names as its sections and demands write them: its last character (厅, 局), 本/我 + it, and its
    short names (省厅, 市局); a 委员会 calls itself 委 (委基层卫生健康处, 本委)."""
    out = set(own_short_names(gw))
    for o in gw.issuers:
        if o.name:
            out.update(p + o.name[-1] for p in ("", "本", "我"))
            if o.name.endswith("委员会"):
                out.update(("委", "本委", "我委"))
    return out


def _own_section_cell(s: "SubmissionSettings", gw, cell: str) -> bool:
    """A table cell naming one of the issuer's own sections (委基层卫生健康处, 局办公室, 市局农田建设科): its work is the
    issuer's, nobody's below."""
    if not cell:
        return False
    for w in sorted(_bare_self_names(gw), key=len, reverse=True):
        if w and cell.startswith(w) and _SECTION_TAIL.fullmatch(cell, len(w)):
            return True
    return False


# what follows the issuer's self name in one of its sections' names (基层卫生健康处, 机关各处室, 办公室)
_SECTION_TAIL = re.compile(r"(?:机关)?(?:各|有关|相关)?[\u4e00-\u9fff]{0,12}?(?:处室|科室|股室|处|科|股|室)")


def recipients_label(recips: list[str], word: str | None) -> str:
    names = "、".join(recips[:3]) + ("等" if len(recips) > 3 else "")
    return f"{word}（{names}）" if word else f"主送机关（{names}）"


# ------------------------------------------------------------ verbs
_REGION_CHARS = "省市县区州盟旗"


def submissions(ctx, s: SubmissionSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, verb) of submission verbs used as verbs (not 报送的方案); weak ones
    (报, 送) only before an addressee."""
    # 反馈评价人, 答复申请人: what goes to citizens or firms is no submission upwards
    public = tuple(sorted(s.public_addressees, key=len, reverse=True))
    nouns = alternation(s.noun_uses)
    out = [(a, b, v) for a, b, v in sent_words(sent, s.submit_verbs)
           if (not any(sent.text.startswith(x, b) for x in s.attributive_after) or _standing_relative(s, sent, a, b))
           and not (nouns is not None and nouns.match(sent.text, a))
           and not (public and sent.text.startswith(public, b + sent.text.startswith("给", b)))
           and not (v in s.downward_verbs and (_to_lower_governments(sent.text, b + sent.text.startswith("给", b))
                                                or _lower_governments_before(sent.text, a)))]
    weak_words = set(s.weak_submit_verbs)
    # 报/送 as a whole token only: 转送, 报表 are other words; jieba glues 报 to a region
    # word (报县|教体局): the verb is its first character then
    weak = []
    for t in sent.tokens:
        if not sent.start <= t.start < sent.end or inside(t.start, sent.quotes):
            continue
        if t.text in weak_words:
            weak.append((t.start, t.end, t.text))
        elif len(t.text) == 2 and t.text[0] in weak_words and t.text[1] in _REGION_CHARS:
            weak.append((t.start, t.start + 1, t.text[0]))
        elif _glued_form(s, t.text, weak_words):
            weak.append((t.start + 1, t.end, t.text[1]))  # …自查表报区教体局: jieba reads 表报 as one word
    # a weak verb of several tokens (书面|说明, 书面|报告, 发|至 when jieba splits it): the same verb
    seen = {a for a, _b, _v in weak}
    weak = sorted([*weak, *((a, b, v) for a, b, v in sent_words(sent, [w for w in weak_words if len(w) > 1])
                            if a not in seen and not any(x < b and a < y for x, y, _w in out))])
    if weak and sent.line is not None:
        ends = {u.start: u.end for u in ctx.units(sent.line)}
        leaders = alternation(s.leader_patterns)
        offices = alternation(s.addressee_patterns)
        # 报省政府同意, 报省委、省政府审定: the approval may follow a list of bodies
        approvals = re.compile("(?:[、和及与][\u4e00-\u9fff]{1,12}?)*?(?:"
                               + "|".join(map(re.escape, s.approval_after)) + ")") if s.approval_after else None
        for a, b, v in weak:
            b += 2 if sent.text.startswith("所在", b) else 0  # 交所在县（区）教育局: the addressee of each unit
            m = leaders.match(sent.text, b) if leaders is not None else None
            o = offices.match(sent.text, b) if offices is not None else None
            # the issuer by the name it calls itself (报州局食品安全协调科, 送盟局草原管理科): its divisions follow
            own = next((b + len(x) for x in own_short_names(ctx.gw) if sent.text.startswith(x, b)), None)
            meeting = s.meeting_mail.search(sent.text, sent.start, sent.end)
            if meeting is not None and meeting.group(0) == "回执" and _report_receipt(ctx, s) is not None \
                    and not s.meeting_mail.search(sent.text.replace("回执", "\0\0"), sent.start, sent.end):
                meeting = None  # 将回执发送至……邮箱, the 回执 attached being 活动开展情况回执: a report, no meeting's
            mail = _MAILBOX.match(sent.text, b) if v.endswith("至") and meeting is None else None
            targets = [b + len(x) for x in s.self_references if sent.text.startswith(x, b)] \
                + ([own] if own is not None else []) + ([mail.end()] if mail else []) \
                + ([ends[b]] if b in ends else []) + ([m.end()] if m else []) + ([o.end()] if o else [])
            spoken = v.startswith("书面") or v == "报告"  # 书面报告/报告 as a verb: the addressee may come first
            if not targets and spoken and _addressed_before(sent, a, ends, offices, s.self_references):
                out.append((a, b, v))  # 向省厅书面报告上季度工作情况: the addressee stands before the verb
                continue
            # a bare 报告 takes its material only right after a time limit or at a clause's start (一个月内报告整改
            # 落实情况); after a noun (执行报告提交情况) it is one, after 按月 a habit named (按月报告进度)
            if not targets and spoken and (v != "报告" or sent.text[a - 1:a] in ("内", "前", "，", ",", "")) \
                    and _object_follows(s, sent, b) \
                    and "向" not in sent.text[clause_of(sent, a)[0]:a]:  # 向本级党委政府书面报告: its own addressee
                out.append((a, b, v))  # 一个月内，书面报告整改落实情况: the verb takes its material, the issuer receives it
                continue
            # 报省政府（分管领导）同意后印发: an approval step, not materials handed up
            if targets and not (approvals is not None and any(approvals.match(sent.text, t) for t in targets)):
                out.append((a, b, v))
    out.extend(_provisions(s, sent))
    out.extend(destination_verbs(s, sent, {a for a, _, _ in out}))
    if s.incident_condition and out:
        # 发现疫情……将……情况书面报告市林业局: an event's report (a statutory duty), not materials asked for
        cut = _first_prefix_hit(re.compile(s.incident_condition), sent.text, sent.start, [a for a, _, _ in out])
        out = [(a, b, v) for a, b, v in out if a < cut]
    if s.incident_condition and out and sent.line is not None:
        # 接到卫星热点推送 | 1小时内反馈核查结果: the row's event, in the cell before, calls for the report (no 后
        # there: the column says "when")
        before = _row_before(ctx, s).get(sent.line)
        if before and re.search(s.incident_condition, before + "后"):
            out = []
    if s.optional_condition and out:
        # 如有异议，请于5个工作日内将书面意见反馈我局: results sent down for checking; an objection is the
        # reader's option, no report asked for
        cut = _first_prefix_hit(re.compile(s.optional_condition), sent.text, sent.start, [a for a, _, _ in out])
        out = [(a, b, v) for a, b, v in out if a < cut]
    if s.incident_reports and out:
        # 将火灾专报报送……: the report an event calls for, named in the verb's clause
        rx = re.compile(s.incident_reports)
        out = [(a, b, v) for a, b, v in out if rx.search(sent.text, *clause_of(sent, a)) is None]
    if out and "以" in sent.body:
        # 考评得分以各区上传至考评系统的影像资料为准: a verb inside the object of 以……为准 names the yardstick
        # (GW302's question), no material asked for
        spans = [m.span(1) for m in _YARDSTICK.finditer(sent.text, sent.start, sent.end)]
        out = [(a, b, v) for a, b, v in out if not any(x <= a < y for x, y in spans)]
    return sorted(out)


def _first_prefix_hit(rx: re.Pattern, text: str, start: int, positions: list[int]) -> float:
    """The least of ``positions`` whose prefix ``text[start:a]`` holds a match of ``rx`` (inf if none does).

    A prefix that holds a match keeps it when it grows (the conditions' patterns look behind, and ahead only
    before more characters they must match), so the answer is a threshold found by bisection: a run-on sentence
    with hundreds of verbs costs a few scans of it, not one scan per verb."""
    ps = sorted(set(positions))
    lo, hi = 0, len(ps)  # invariant: ps[hi:] hold a match, ps[:lo] do not
    while lo < hi:
        mid = (lo + hi) // 2
        if rx.search(text[start:ps[mid]]) is None:
            lo = mid + 1
        else:
            hi = mid
    return ps[lo] if lo < len(ps) else float("inf")


_YARDSTICK = re.compile(r"以([^，。；：:]{2,40}?)为(?:准|依据|凭据|凭证)")


# a report formed in an earlier clause (形成自查报告，并提供……): what 提供 then hands over
_FORMED = re.compile(r"(?:形成|撰写|编制|起草|整理)[^，。；]{0,12}?(?:报告|总结|材料|清单)")


def _provisions(s: SubmissionSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, verb) of 提供 handing over a report the sentence has the unit form: the verb closing its
    clause (形成自查报告，检查组进驻时提供) or a report formed in an earlier clause (形成自查报告，并提供排查照片
    作为佐证).  Evidence asked for on its own (须提供活动照片作为佐证材料) is GW302's; what is provided for
    someone (为企业提供), truthfully to an inspection (如实提供有关数据), or a provider (提供方, 提供的材料) is no
    report handed up."""
    if not s.provide_verbs:
        return []
    out = []
    for a, b, v in sent_words(sent, s.provide_verbs):
        ca, cb = clause_of(sent, a)
        if sent.text.startswith(("的", "方", "者", "单位", "人", "给"), b) \
                or re.search(r"为|如实|向(?:社会|公众|群众|企业|基层|服务对象)", sent.text[ca:a]):
            continue
        closes = not sent.text[b:cb].strip(" \u3000，,；;。．.")
        if closes or _FORMED.search(sent.text, sent.start, ca):
            out.append((a, b, v))
    return out


# what parts a material from the verb before it (a clause break, or 的格式/要求/模板: the form of something else)
_FORM_GAP = re.compile(r"[，,；;：:、（(“”]|的(?:格式|要求|模板)")


def _object_follows(s: SubmissionSettings, sent: Sent, b: int) -> bool:
    """A material is the object right after the verb ending at ``b``, in its clause (书面报告|整改落实情况,
    书面报送|自查报告): the verb is used as one, whoever receives it (not 书面报告的格式, 形成书面报告)."""
    if sent.text.startswith(("的", "之", "、", "和", "及"), b):
        return False
    cb = clause_of(sent, b)[1]
    for a2, b2, _w in sent_words(sent, [*s.materials, *s.disposal_materials], mode="tail"):
        if b <= a2 and b2 <= cb and b2 - b <= 16 and not _FORM_GAP.search(sent.text[b:a2]):
            return True
    return False


def _addressed_before(sent: Sent, a: int, unit_ends: dict, offices, selfs) -> bool:
    """向 + an addressee right before ``a`` (向省厅书面报告, 向市局书面报送, 向我局书面报告)."""
    k = sent.text.rfind("向", clause_of(sent, a)[0], a)
    if k < 0:
        return False
    seg = sent.text[k + 1:a]
    return seg in selfs or unit_ends.get(k + 1) == a or (offices is not None and offices.fullmatch(seg) is not None)


# through a record system still a report (通过……执法信息系统报送)
_REPORT_VERBS = ("报送", "上报", "提交", "填报")


@lru_cache(maxsize=1)
def _record_destinations() -> re.Pattern | None:
    rx = load_data("burdens.toml").get("record_destinations")
    return re.compile(rx) if rx else None


def record_destination(text: str) -> bool:
    """``text`` names a system that keeps or shares records (公共信用信息平台, 执法音像记录管理系统): data entered
    there is a legal publicity, credit-sharing or enforcement record, not materials handed up to the issuer."""
    rx = _record_destinations()
    return rx is not None and rx.search(text) is not None


def destination_verbs(s: SubmissionSettings, sent: Sent, taken=(), destined_only: bool = False
                      ) -> list[tuple[int, int, str]]:
    """(start, end, verb) of verbs that hand materials up by where they go: 上传至……平台,
    发送至……邮箱 (the verb alone, 上传照片, 录入系统, is no submission), or through what
    (通过……系统上传).  ``destined_only``: only verbs followed by their destination (上传至……),
    which say that something is handed up even with no material named."""
    rx = alternation(s.destination_submissions)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(sent.text, sent.start, sent.end):
        groups = m.groupdict()
        if groups.get("verb") not in _REPORT_VERBS and record_destination(m.group(0)):
            continue  # 将处罚信息推送至公共信用信息平台, 音像资料上传至执法记录系统: kept or shared, not handed up
        if groups.get("verb") or groups.get("put"):  # 通过……系统上传, 上传……清单至……系统: named by its object
            if destined_only:
                continue
            key = "verb" if groups.get("verb") else "put"
            a, verb = m.start(key), m.group(key)
        else:
            a, verb = m.start(), re.split("[至到]", m.group(0), maxsplit=1)[0]
        if a not in taken and not inside(a, sent.quotes):
            out.append((a, a + len(verb), verb))
    if not destined_only:
        out.extend(_timed_entries(s, sent, taken, {a for a, _, _ in out}))
    return out


def _timed_entries(s: SubmissionSettings, sent: Sent, *taken_sets) -> list[tuple[int, int, str]]:
    """(start, end, verb) of entries into a platform or system by a date or on a cadence (11月5日前将检查结果
    录入××系统; 每月10日前登录××系统，录入……数据): the issuer reads what is entered there, as a report.  An
    entry with no time set (及时将服务日志录入系统) is the unit's own record keeping."""
    seg = sent.text[sent.start:sent.end]
    if not s.timed_entries or ("入" not in seg and "上传" not in seg and "补录" not in seg and "登" not in seg):
        # the verbs: 录入, 导入, 填入, 补录, 上传; 登录 a platform, then 完成……的填报
        return []
    times = s.time_rxs
    out = []
    for rx in filter(None, map(alternation, s.timed_entries)):  # one at a time: each names its group "verb"
        for m in rx.finditer(sent.text, sent.start, sent.end):
            a, b = m.span("verb")
            if any(a in t for t in taken_sets) or any(a == x for x, _, _ in out) or inside(a, sent.quotes):
                continue
            lo, hi = clause_of(sent, m.start())[0], clause_of(sent, a)[1]
            if any(r.search(sent.text, lo, hi) for r in times):
                out.append((a, b, m.group("verb")))
    return sorted(out)


# ------------------------------------------------------------ materials
def compiled(s: SubmissionSettings, sent: Sent, points) -> set[int]:
    """Where submission verbs stand that hand up the compiled results of a check the sentence sets (……逐户核查，
    汇总后报送市局; 逐一核实……，审核汇总后报……股): what the units found is the material, named or not.  A
    compilation of opinions, reply slips or attendees (提出修改意见，汇总后反馈) is none."""
    rxs = s.compiled_rxs
    if rxs is None:
        return set()
    # (other: 将报名表汇总后报送: what 将 names is what goes up, and must be a material itself; 企业提出申请，……审核汇总后
    # 报送: applications passed on up the line are an administrative procedure, not a report)
    rx, lead, other, work = rxs
    text = sent.text
    led = [a for a, _, _ in points
           if rx.search(text, max(sent.start, a - 10), a) or lead.search(text, max(sent.start, a - 60), a)]
    if not led:
        return set()
    # the check may be set by the sentence before, in the same paragraph (排查表按县（市、区）分别填写。请各市（州）汇总后，
    # 于……前通过……系统上传): a 注 under the form it compiles
    before = max(text.rfind(ch, 0, max(sent.start - 1, 0)) for ch in "。！？") + 1 if sent.start else 0
    return {a for a in led if not other.search(text[sent.start:a]) and work.search(text[before:a])}


# between 汇总后 and its verb only a time and a channel (汇总后，于7月20日前通过××管理信息系统上传)
_TIME_CHANNEL = (r"[，,]?(?:[于在][^，。；]{1,16}?前[，,]?)?(?:(?:通过|登录|登陆|在|使用)[^，。；]{1,30}?"
                 r"(?:平台|系统|小程序|APP|App|客户端)”?(?:上|中|内)?)?(?:统一|及时|再)?")


def _standing_relative(s: SubmissionSettings, sent: Sent, a: int, b: int) -> bool:
    """``报送的`` in a relative clause that dates it on a standing schedule (各市场监管所每月3日前报送的……月报,
    每周五12时前报送的周报): the standing report the units keep sending, a standing demand the sentence regulates.
    A frequency alone (各市每年报送的养护计划) or a date once (各地3月底前报送的自查报告) only describes the papers."""
    if not s.standing_deadline or not sent.text.startswith("的", b):
        return False
    ca = clause_of(sent, a)[0]
    # 原定于每季度首月15日前报送的纸质报表一并取消; 原要求每月25日前报送的统计表，改由……: a former or lifted report
    if (s.former_relative and re.search(s.former_relative, sent.text[ca:a])) \
            or (s.lifted_relative and re.search(s.lifted_relative, sent.text[b:sent.end])):
        return False
    # the date right before the verb (每月3日前报送的, 每周五12时前向县卫健委报送的): at most a few characters between
    return any(a - 12 <= ca + m.end() <= a and not re.search(r"[，。；：,;:]", sent.text[ca + m.end():a])
               for m in re.finditer(s.standing_deadline, sent.text[ca:a]))


def recurring(s: SubmissionSettings, sent: Sent) -> bool:
    """The sentence sets a recurring date (每季度末通过……报送, 每年3月31日前): like a deadline, it makes
    a procedure laid down for the units a demand."""
    return bool(s.standing_deadline) and re.search(s.standing_deadline, sent.text[sent.start:sent.end]) is not None


# the sentence hands its terms to the table below it (按下表要求报送, 按下表时间要求填报, 按照下表所列时限上报) or to
# the attached one (按附表时间报送, 按附件2时限要求报送)
_PER_TABLE = re.compile(r"按(?:照)?(?P<where>下表|附表\d*|附件\d*(?:表格?)?)[^，。；]{0,8}?(?:要求|时间|时限|频次)")


def per_table(text: str) -> bool:
    """The text hands its terms to the table below it (按下表要求报送, 按下表时间要求填报)."""
    return _PER_TABLE.search(text) is not None


# a lead sentence handing the work to the table below it, whatever it names there (按下表节点推进, 对照下表抓好落实),
# or presenting it as the list of what is to be handed up (各地报送材料清单如下：; 具体报送事项见下表。)
_TO_TABLE = re.compile(r"(?:按|按照|对照|依照|参照)(?:下表|下列表格|如下表格)|(?:报送|上报|填报|提交|报备)[^，。；：]{0,12}"
                       r"(?:清单|事项|材料|内容|要求|安排)[^，。；：]{0,4}(?:如下[：:]?$|见下表)")


def to_table(text: str) -> bool:
    """The text hands the work to the table below it (请各街道办事处按下表时间节点推进排查工作)."""
    return _TO_TABLE.search(text) is not None


def table_scheduled(ctx, s: SubmissionSettings, sent: Sent) -> bool:
    """The sentence leaves its time to the table right below it (数据按下表要求报送), whose time column
    (时间要求, 报送时间, 完成时限) sets dates (每月3日前……提交): like a date in the sentence, it makes the
    procedure laid down a demand.  A table of standards whose time column only dates the work itself is read the
    same way here; the sentence must still hand something up."""
    from .tables import tables

    m = _PER_TABLE.search(sent.text, sent.start, sent.end) if sent.line is not None else None
    if m is None or s.deadline_rx is None:
        return False
    is_time = _full(s.table_time_header_patterns)
    lines = _gaps_filled(ctx.gw)
    after = [ln for ln in lines if ln > sent.line]
    if m.group("where") != "下表":  # the attached table: the first one after the 正文
        body = set(ctx.gw.body_lines)
        after = [ln for ln in after if ln not in body]
    if not after:
        return False
    heads = sorted(set(s.table_header_cells) | {c for ln in after[:12] if is_time(c := ctx.reading(ln).strip())})
    for table in tables(ctx, lines, heads, numbered=False):
        if table.rows[0].lines[0] < after[0] or (m.group("where") == "下表" and table.rows[0].lines[0] != after[0]):
            continue  # not the table right below the sentence (or, attached, not after the 正文)
        col = next((i for i, c in enumerate(table.rows[0].cells) if is_time(c.strip())), None)
        return col is not None and any(col < len(r.cells) and any(x.search(r.cells[col]) for x in s.time_rxs)
                                       for r in table.rows[1:])
    return False


def _worked_list(ctx, s: SubmissionSettings, sent: Sent) -> bool:
    """The sentence or the title names a check or survey (核查后的花名册; 关于开展低保对象动态核查的通知):
    the 名单 handed up is its product, work done for the issuer, not a list of participants.  So does the
    sentence before it in the paragraph when this one goes on from that work by a step done (……逐户核对补奖面积。
    审核无误后……连同花名册……送旗农牧和科技局草原站)."""
    if not s.worked_list:
        return False
    title = ctx.gw.title.text if ctx.gw.title is not None else ""
    if re.search(s.worked_list, sent.text[sent.start:sent.end]) or re.search(s.worked_list, title):
        return True
    if not _STEP_DONE.match(sent.text, sent.start):
        return False
    from .sentences import para_sentences, previous_sentence

    prev = previous_sentence(ctx, sent)
    if prev is None and sent.line is not None and not sent.text[:sent.start].strip(" \u3000\t"):
        # the step opens its paragraph: the work is told at the end of the paragraph before (not a heading)
        content = list(ctx.gw.content_lines)
        k = content.index(sent.line) if sent.line in content else 0
        if k and not any(h.line == content[k - 1] for h in ctx.gw.headings):
            prev = next(iter(reversed(list(para_sentences(ctx, content[k - 1])))), None)
    return prev is not None and re.search(s.worked_list, prev.text[prev.start:prev.end]) is not None


# a sentence opening with a step done (审核无误后，核对完成后，汇总后): it goes on from the work told before it
_STEP_DONE = re.compile(r"\s*[^，。；]{1,8}?(?:无误|完成|结束)?后")


def _office_name(sent: Sent, b: int, heads: tuple[str, ...]) -> bool:
    """The word ending at ``b`` opens an office's name: the next few tokens close one (计划|财务科,
    规划|建设|科), so the word qualifies it and is nothing submitted."""
    at = b
    for t in tokens_between(sent, b, b + _OFFICE_REACH)[:3]:
        if t.start != at or not _CJK_WORD.fullmatch(t.text):
            return False
        at = t.end
        # 规划|发展|处, and 规划|处 where 处 stands alone: the word opens an office's name
        if (2 <= at - b or t.text in heads) and at - b <= _OFFICE_REACH and t.text.endswith(heads):
            return True
    return False


_OFFICE_REACH = 5  # characters of an office's name after the word (three tokens at most): 财务科, 建设|处, 发展|处
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


# a form named as a file to fetch: 请点附表下载, 点击附件, 附表下载
_CLICKED = re.compile(r"(?:点击|点|单击)$")
_DOWNLOADED = re.compile(r"(?:中|内)?(?:下载|获取)")


def materials(ctx, s: SubmissionSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, name) of what the sentence names as material to submit."""
    adverbs = set(s.report_verb_before)
    verb_like = set(s.verb_like_materials)
    timed = set(s.timed_materials)
    # 信息, 结果 with a deadline or a standing time (每日10时前报送……筛查情况), or handed up through a platform
    # (在××APP录入核实结果)
    if timed and not any(r.search(sent.text, sent.start, sent.end) for r in s.time_rxs) and not destination_verbs(s, sent):
        timed = set()
    standing = set(s.standing_materials)
    if standing and not recurring(s, sent) and not _worked_list(ctx, s, sent):
        standing = set()
    out = []
    # per-sentence lookups built once: a run-on sentence of thousands of clauses stays linear
    first_ending: dict[int, object] | None = None
    seps: list[int] | None = None
    # a material word heads its compound (工作台账, 灾情周报), not modifies it (信息系统, 数据库)
    heads = tuple(s.office_heads)
    # a word inside a unit's name (规划 of 各市规划和自然资源局) names the unit, not a material (the positions
    # the paragraph's units cover, one set per paragraph as names() keeps it)
    inner = ctx.memo(("submission_unit_positions", sent.line),
                     lambda: _covered((u.start, u.end) for u in ctx.units(sent.line))) \
        if sent.line is not None else set()
    speech = re.compile(f"(?:{s.speech_material_lead})$") if s.speech_material_lead else None
    for a, b, w in sent_words(sent, [*s.materials, *s.standing_materials], mode="tail"):
        if w in s.timed_materials and w not in timed:
            continue
        if speech is not None and speech.search(sent.text, max(sent.start, a - 6), a):
            continue  # 发言材料, 讲话稿: what a speaker brings to a meeting, sent ahead like a reply slip
        if _RUN_IN_LABEL.match(sent.text, sent.start, a) and _LABEL_END.match(sent.text, b):
            continue  # 三、材料要求：…… names the topic of what follows, not a material
        if heads and _office_name(sent, b, heads):
            continue
        if a in inner and b in inner:
            continue
        if _BY_INSTRUMENT.search(sent.text, max(sent.start, a - 4), a):
            continue  # 各责任部门按清单分工推进: what the work goes by, not what is handed up
        if w in s.standing_materials and w not in standing:
            continue
        if w in verb_like:
            if first_ending is None:
                first_ending = {}
                for t in sent.tokens:
                    first_ending.setdefault(t.end, t)
                seps = [i for i in range(sent.start, sent.end) if sent.text[i] in "，,；;：:"]
            prev = first_ending.get(a)
            if prev is not None and prev.text in adverbs:
                continue
            j = bisect_left(seps, a)
            ca = seps[j - 1] + 1 if j else sent.start
            # 向省政府报告 (a verb), not 向省政府报送年度工作报告 (the object of another verb);
            # the pattern spans at most 21 characters before the word
            lead = re.search(r"向[^，。；]{1,20}$", sent.text[max(ca, a - 21):a])
            if w == "报告" and lead and not any(v in lead.group(0) for v in s.submit_verbs):
                continue
            if w == "总结" and any(sent.text.startswith(x, b) for x in s.summary_object_after):
                continue
        out.append((a, b, w))
    # 填报《××进度表》: a form named in 书名号 is what is filled in, not a cited document
    q_suffixes = tuple(s.quoted_material_suffixes)
    for qa, qb in sent.quotes:
        name = sent.text[qa + 1:qb].rstrip("》")
        if sent.start <= qa < sent.end and sent.text[qa] == "《" and q_suffixes and name.endswith(q_suffixes):
            out.append((qa, qb, name))
    # 将附件1报送我厅 / 填写附件并报送: the attachment the 附件说明 names, when it is a form or report
    out.extend(_attachment_refs(ctx, s, sent, [x[0] for x in out]))
    # 将……排查情况报送我局: 情况 between 将/把 and a submission verb is the thing submitted
    disposal = set(s.disposal_materials)
    if disposal:
        lead = next((t for t in sent.tokens if sent.start <= t.start < sent.end and t.text in ("将", "把")), None)
        if lead is not None:
            taken = _covered(out)
            for t in sent.tokens:
                if lead.end <= t.start < sent.end and t.text in disposal and not inside(t.start, sent.quotes) \
                        and t.start not in taken:
                    out.append((t.start, t.end, t.text))
    if s.table_suffix:
        out.extend(_forms(s, sent, bool(standing) or recurring(s, sent)))
    if any(w in s.weak_submit_verbs for _, _, w in out):
        # ……情况书面报告省厅: 书面报告 before an addressee is the verb, not a second material
        verbs = {(a, b) for a, b, _ in submissions(ctx, s, sent)}
        out = [x for x in out if (x[0], x[1]) not in verbs]
    # （调查表请点附表下载）: a file to fetch, not what is handed up
    out = [x for x in out if not (_CLICKED.search(sent.text, max(sent.start, x[0] - 3), x[0])
                                  or _DOWNLOADED.match(sent.text, x[1]))]
    return sorted(out)


# a preposition right before a material word makes it the measure of the work (按清单推进, 对照方案落实), not its object
_BY_INSTRUMENT = re.compile(r"(?:按|按照|依据|依照|对照|根据|参照)$")


def _forms(s: SubmissionSettings, sent: Sent, standing: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, word) of forms: words ending in 表 (统计表, 目标责任表), read by
    characters rather than by how jieba cut the name.  表 must end a token (not 表彰,
    表明) and, when it is a token of its own (自查|表, 承诺|表) or glued to a weak verb
    (自查|表报), follow a word; the excluded words (报名表, 代表) are matched on the
    characters ending at 表, so 参会报名表 is excluded whether or not it is one token.
    The span is the token's own (:func:`names` adds the words before it)."""
    suffix = s.table_suffix
    # a form filed once (登记表) is no report, but one due every month (每月5日前报……登记表) is
    excl = tuple(w for w in s.table_exclude if not (standing and w in s.standing_forms))
    weak_words = set(s.weak_submit_verbs)
    text = sent.text
    out = []
    prev = prev2 = None
    for t in sent.tokens:
        if not sent.start <= t.start < sent.end:
            continue
        word = t.text if t.text.endswith(suffix) else \
            t.text[0] if _glued_form(s, t.text, weak_words) else None
        if word is not None and not inside(t.start, sent.quotes):
            end = t.start + len(word)
            # 表 alone names nothing: it needs the word before it (自查|表), not punctuation or 此
            named = len(word) > len(suffix) or (
                prev is not None and prev.end == t.start and len(prev.text) >= 2
                and all("\u4e00" <= ch <= "\u9fff" for ch in prev.text)) or _table_below(s, sent, prev, t) \
                or _own_form(s, sent, prev, t) or _split_name(sent, prev2, prev, t)
            if named and not text.endswith(excl, sent.start, end):
                out.append((t.start, end, word))
        prev2, prev = prev, t
    return out


# one character before 表 that points at a table or counts it (下表, 附表, 列表, 每表, 一张表), not a name's last character
_NOT_NAME_ENDS = frozenset("下上此本该附列见每各全填张份个一制按将把从向对在于以及和与或等其")


def _split_name(sent: Sent, prev2, prev, t) -> bool:
    """A form's name jieba cut into single characters (自|评|表, 调|查|表): the two characters glued before 表 name
    it, as 自查表 would; not a pointer or a count before it (附|表, 下|表, 每|表)."""
    if prev is None or prev2 is None or prev.end != t.start or prev2.end != prev.start or len(prev.text) != 1 \
            or len(prev2.text) != 1:
        return False  # (交通管理站|按|表中: a word, then a function character)
    if prev.text in _NOT_NAME_ENDS or not sent.start <= prev2.start:
        return False
    return all("\u4e00" <= ch <= "\u9fff" for ch in prev.text + prev2.text[-1:])


# a mailbox after 发送至/报至/送至 (发送至hbmzylfw@163.com, 发至省厅养老服务处邮箱): where the issuer receives what is
# handed up; what is sent must still be a material (参会回执 is none)
_MAILBOX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[^，。；：\s]{0,16}?(?:电子)?邮箱")
# …but a meeting's business sent to a mailbox (请作交流发言的市将材料于会前5天发送至厅××处邮箱; 回执发至……邮箱) is no report:
# SubmissionSettings.meeting_mail_words


def _table_below(s: SubmissionSettings, sent: Sent, prev, t) -> bool:
    """下|表 as the object of a submission verb (请各校填报下表, 将下表报送): the table printed below is the
    form asked for — not a pointer to it (按下表要求报送, 见下表), whose table names the terms."""
    if prev is None or prev.text != "下" or prev.end != t.start or t.text != s.table_suffix:
        return False
    before = sent.text[sent.start:prev.start]
    return before.endswith(tuple(s.submit_verbs)) or (
        before.endswith(("将", "把")) and bool(sent_words(sent, s.submit_verbs, t.end)))


# 此表/本表/该表/上表: the document's own form pointed at
_DEMONSTRATIVES = frozenset("此本该上")
# what may open a sentence before the form it is about: a note's label, a number (注：此表……; 2. 本表……)
_FORM_TOPIC_LEAD = re.compile(r"\s*(?:(?:注|说明|备注|填表说明|附注)\s*\d{0,2}\s*[:：]|[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．]|\s)*")


def _own_form(s: SubmissionSettings, sent: Sent, prev, t) -> bool:
    """此|表 (本表, 该表, 上表) as what the sentence is about (注：此表由各卫生院填写……报县卫健局) or as the object of
    将/把 or of a submission verb (将此表报送, 报送本表): the document's own form is asked for, a 报表 like any other."""
    if prev is None or prev.text not in _DEMONSTRATIVES or prev.end != t.start or not t.text.startswith(s.table_suffix):
        return False  # 表 alone or glued to the verb after it (把|本|表报|区民政局)
    before = sent.text[sent.start:prev.start]
    if _FORM_TOPIC_LEAD.fullmatch(before):
        return True
    return before.endswith(("将", "把", *s.submit_verbs))


def _glued_form(s: SubmissionSettings, word: str, weak_words) -> bool:
    """表报/表送: jieba glues a form's last character to the weak verb after it (自查|表报|区教体局)."""
    return len(word) == 2 and bool(s.table_suffix) and word[0] == s.table_suffix and word[1] in weak_words


def _attachment_refs(ctx, s: SubmissionSettings, sent: Sent, taken: list[int]) -> list[tuple[int, int, str]]:
    """附件/附件1 standing for an attached form or report, named as the 附件说明 names it."""
    names = ctx.gw.attachment_names
    if not names:
        return []
    out = []
    for m in _ATTACHMENT_REF.finditer(sent.text, sent.start, sent.end):
        if inside(m.start(), sent.quotes) or m.start() in taken:
            continue
        if m.group(1):
            k = int(m.group(1))
        elif len(names) == 1:
            k = 1
        else:
            continue  # 附件 of several: which one is not said
        if not 1 <= k <= len(names):
            continue
        name = names[k - 1].rstrip("。；;，, ")
        is_form = bool(s.table_suffix) and name.endswith(s.table_suffix) and not name.endswith(tuple(s.table_exclude))
        if is_form or name.endswith(tuple(s.materials)):
            out.append((m.start(), m.end(), name))
    receipt = _report_receipt(ctx, s) if "回执" in sent.body else None
    if receipt is not None:
        # 将回执发送至……: the 回执 attached, when it reports the work (全民健身月活动开展情况回执)
        for m in re.finditer("回执", sent.text[:sent.end]):
            if m.start() >= sent.start and not inside(m.start(), sent.quotes) and m.start() not in taken:
                out.append((m.start(), m.end(), receipt))
    return out


def _report_receipt(ctx, s: SubmissionSettings) -> str | None:
    """The one attached 回执 that reports the work done (全民健身月活动开展情况回执, ××整治进展情况回执): a report
    asked for in the form of a reply slip -- not a 参会回执 or 报名回执, meeting business."""
    names = [n.rstrip("。；;，, ") for n in ctx.gw.attachment_names or () if n.rstrip("。；;，, ").endswith("回执")]
    if len(names) != 1 or s.meeting_mail.search(names[0][:-2]):
        return None
    return names[0] if names[0][:-2].endswith(tuple(s.materials)) else None


def _covered(spans) -> set[int]:
    """Every position inside one of ``spans`` ((start, end, …) tuples)."""
    out: set[int] = set()
    for sp in spans:
        out.update(range(sp[0], sp[1]))
    return out


def _clause_of(clauses: list[tuple[int, int]], starts: list[int], pos: int) -> int | None:
    """Index of the clause holding ``pos`` (clauses sorted and disjoint)."""
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < clauses[i][1] else None


# a clause that is only a time adverbial (在检查结束后, 在此期间, 在督查过程中)
_TIME_ADVERBIAL = re.compile(r"在[^，,；;]*?(?:后|前|时|期间|之际|以来|过程中|之后|之前|以后|以前)$")


def nearest(sent: Sent, found, verbs) -> list:
    """Materials in the clauses of the submission ``verbs``; else in the nearest clause
    before them (not a time adverbial: 在接到信息报告后，…)."""
    clauses = clause_spans(sent.text, sent.start, sent.end)
    starts = [x for x, _ in clauses]
    idx = {_clause_of(clauses, starts, a) for a, _, _ in verbs} - {None}
    where = [_clause_of(clauses, starts, m[0]) for m in found]
    near = [m for m, i in zip(found, where) if i in idx]
    if near or not idx:
        return near or found
    by_clause: dict[int, list] = {}
    for m, i in zip(found, where):
        if i is not None:
            by_clause.setdefault(i, []).append(m)
    for i in range(min(idx) - 1, -1, -1):
        x, y = clauses[i]
        body = sent.text[x:y].strip(" \u3000，,；;")
        if _TIME_ADVERBIAL.match(body) or re.search(r"接到|收到", body):
            continue  # 在接到信息报告后: when, not what (在××系统中审核……数据 names what is done and handed up)
        if i in by_clause:
            return by_clause[i]
    return []


def names(ctx, s: SubmissionSettings, sent: Sent, found) -> list[str]:
    """Names of the materials asked for, each with the words that qualify it (at most four)."""
    stop = set(s.submit_verbs) | set(s.weak_submit_verbs) | set(s.demand_markers) | set(s.phrase_stop_words)
    out: list[str] = []
    # the submitter named before it (各设区市规划) is not part of the material's name
    # (one set per paragraph, not one per sentence: a paragraph of many sentences stays linear)
    in_unit = ctx.memo(("submission_unit_positions", sent.line),
                       lambda: _covered((u.start, u.end) for u in ctx.units(sent.line))) \
        if sent.line is not None else set()
    # the sentence's tokens are contiguous and ordered: the token ending at or before k is found by bisection
    tokens = [t for t in sent.tokens if t.start >= sent.start]
    ends = [t.end for t in tokens]
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for a, b, w in found:
        if sent.text.startswith("附件", a) and w != sent.text[a:b]:
            name = f"{sent.text[a:b]}（{w}）"  # 附件1（春耕生产进度统计表）
            if name not in seen:
                seen.add(name)
                spans.append((a, b, name))
            continue
        j = bisect_right(ends, a) - 1
        k = a
        if j + 1 < len(tokens) and tokens[j + 1].start < a:
            k = tokens[j + 1].start  # the material word ends a longer token (分析|报告 in 分析报告): the whole token
        n = 0
        while j >= 0:
            t = tokens[j]
            year = t.text.isdigit() and sent.text.startswith("年", k)  # 2026|年度|……情况报告: the year is named
            if t.end != k or ((n >= _NAME_TOKENS or b - t.start > _NAME_CHARS) and not year) or t.text in stop or t.text in PUNCT \
                    or (_NAME_STOP.search(t.text) and not year) or t.start in in_unit:
                break
            k = t.start
            n += 0 if year else 1
            j -= 1
        spans.append((k, b, sent.text[k:b]))
    # 运行情况 inside ……运行情况报告: one material, named from the first word of either
    merged: list[tuple[int, int, str]] = []
    for k, b, name in sorted(spans, key=lambda x: (x[1], x[0])):
        if name.endswith("）") and name.startswith("附件"):
            merged.append((k, b, name))
            continue
        while merged and not merged[-1][2].startswith("附件") and k < merged[-1][1] <= b:
            k = min(k, merged.pop()[0])
        merged.append((k, b, sent.text[k:b]))
    out: list[str] = []
    for _k, _b, name in sorted(merged):
        name = _this_form(ctx, sent, name)
        if name not in out:
            out.append(name)
    # 进度 inside 进度统计表: keep the longer name (only the first four kept are needed)
    kept = []
    for x in out:
        if not any(x != y and x in y for y in out):
            kept.append(x)
            if len(kept) == 4:
                break
    return kept


def _this_form(ctx, sent: Sent, name: str) -> str:
    """本表 in the notes of an attached form is that form: named by its attachment title."""
    if not _THIS_FORM.fullmatch(name) or sent.line is None:
        return name
    for att in ctx.gw.attachments:
        if sent.line in att.lines and att.title is not None and att.title.text.strip():
            return f"{name}（{att.title.text.strip()}）"
    return name


# ------------------------------------------------------------ who submits
_CHANNEL_CLAUSE = re.compile(r"(?:登录|登陆|通过|使用|利用)[^，。；]{0,30}?(?:平台|系统|小程序|APP|App|app|客户端)”?[，,]?$")
# the place or channel opening a clause (在××系统中, 通过全市市场主体信用平台, 登录××网后): an adverbial, whose
# words (市场主体, 企业) are no subject of the clause
_CHANNEL_LEAD = re.compile(r"(?:在|通过|登录|登陆|使用|利用|依托|借助)[^，。；]{0,30}?"
                           r"(?:平台|系统|小程序|APP|App|app|客户端|网站|网上|网(?=中|内))”?(?:上|中|内)?后?[，,]?")


def _skip_leads(text: str, k: int, leads, bounds: frozenset[int] | set[int] | None = None) -> int:
    """``k`` moved past the lead words (同时, 请, 现 …) opening a clause.  With ``bounds`` (the token edges of the
    sentence) a lead is skipped only when it ends on one: 现 of 现将/现请 is a lead, of 现场指挥部 the start of
    the subject."""
    moved = True
    while moved:
        moved = False
        for w in leads:
            if w and text.startswith(w, k) and (bounds is None or k + len(w) in bounds):
                k += len(w)
                moved = True
                break
        while k < len(text) and text[k] in "，, \u3000":
            k += 1
    return k


def _party_after(seg: str, parties) -> str | None:
    """A party (企业 …) within a few characters of the start of ``seg``, no punctuation between."""
    for w in parties:
        j = seg.find(w)
        if 0 <= j <= 8 and not any(ch in PUNCT for ch in seg[:j]):
            return seg[:j + len(w)]
    return None


_TO_SELF_LEAD = re.compile(r"(?:至|到|给|回)?")
_RELATIVE_LEAD = re.compile(r"[^，。；：:,;\s的]{1,12}的")


_UNIT_JOIN = re.compile(r"、|和|及|以及|与")


def submitter(ctx, s: SubmissionSettings, sent: Sent, pos: int, recips: list[str]) -> Who | None:
    """Who is to submit what stands at ``pos``: the subject of its clause or of an earlier
    clause of the sentence (after 请/由/要求 …); else the 主送机关 ``recips``."""
    issuer = ctx.gw.issuer
    text = sent.text
    units = {u.start: u for u in ctx.units(sent.line)} if sent.line is not None else {}
    own = {o.name for o in ctx.gw.issuers}
    short = own_short_names(ctx.gw)
    proxies = sorted(s.recipient_proxies, key=len, reverse=True)
    selfs = sorted(s.self_references, key=len, reverse=True)
    lowers = sorted(s.lower_words, key=len, reverse=True)
    leads = sorted(s.subject_lead, key=len, reverse=True)
    named = alternation(s.named_body_pattern)
    own_team = alternation(s.own_team_pattern)
    own_sections = alternation(s.own_section_pattern)
    # the issuer's self names, and its last character alone (厅, 局: 厅机关各处室; 委 of a 委员会)
    self_names = {*own_self_names(ctx), *_bare_self_names(ctx.gw)}
    formed = formed_teams(ctx, s)
    foreign = foreign_teams(ctx, s)  # 各市局组成3个抽查组……各抽查组: a lower unit's teams
    teams = re.compile("(?:各|每个|每一|该|本|这些|上述)?" + _TEAM_COUNT + "(?:" + "|".join(map(re.escape, formed)) + ")") \
        if formed else None
    clauses = [(a, b) for a, b in clause_spans(text, sent.start, sent.end) if a <= pos]
    opening = frozenset(s.object_verbs)
    acts = {t.start for t in sent.tokens if t.text in opening}
    edges = {t.start for t in sent.tokens} | {t.end for t in sent.tokens}
    manner = tuple(s.manner_adverbs)

    def at(k: int) -> Who | None:
        if (lead := _CHANNEL_LEAD.match(text, k, pos)) is not None:
            k = lead.end()
        if k not in units and (rel := _RELATIVE_LEAD.match(text, k, pos)) is not None and rel.end() in units:
            k = rel.end()  # 排名后两位的县（区）人民政府须……: a unit qualified by a short relative clause is the subject
        # 各单位/你单位 stand for the 主送机关 whatever the unit lexicon says of them
        for w in proxies:
            if text.startswith(w, k):
                return Who("proxy", recipients_label(recips, w), bool(recips))
        # 今后厅机关各处室新增报表，一律报厅办公室审核: its own sections, read before its self names (我厅各处室 is
        # no 我厅 sending papers back to itself)
        if own_sections is not None and (m := own_sections.match(text, k, pos)) is not None \
                and m.group("self") in self_names:
            return Who("self", m.group(0), False)
        if short and text.startswith(short, k):
            return Who("self", next(w for w in short if text.startswith(w, k)), False)
        u = units.get(k)
        if u is not None:
            if u.name in own:
                return Who("self", u.text, False)
            # 各乡镇卫生院: the institutions of the place submit, not its government
            inst = next((w for w in s.subordinate_institutions if text.startswith(w, u.end)), "")
            cast = _role_column(ctx, u.text) if u.generic and not inst else None
            if cast is not None:  # 各责任单位 where a table's 责任单位 column names them: those units
                return Who("unit", u.text, any(below(x, issuer.level) for x in cast))
            if not inst and not below(u, issuer.level):
                # 各部门、各镇每月报送……: a subject of units joined by 、/和/及 submits as a whole; one member below
                # the issuer (the 镇 of a district department's 各部门、各镇) makes the demand one on lower units
                j, last = u.end, u
                while (join := _UNIT_JOIN.match(text, j)) is not None and (nxt := units.get(join.end())) is not None:
                    if nxt.name not in own and below(nxt, issuer.level):
                        return Who("unit", text[u.start:nxt.end], True)
                    j, last = nxt.end, nxt
            return Who("unit", u.text + inst, below(u, issuer.level))
        for w in selfs:
            if text.startswith(w, k):
                return Who("self", w, False)
        if own_team is not None and (m := own_team.match(text, k, pos)) is not None \
                and not any(t in m.group(0) for t in foreign):
            return Who("self", m.group(0), False)  # 各督导组……形成督导报告，报局办公室: the issuer reporting to itself
        if teams and (m := teams.match(text, k, pos)) is not None:
            return Who("self", m.group(0), False)  # 局组成3个工作组……各工作组……报局办公室: a team it formed
        for w in lowers:
            if text.startswith(w, k):
                return Who("lower", w, True)
        if k in acts or any(text.startswith(w, k) and k + len(w) in acts for w in manner):
            # 汇总审核辖区企业……数据后提交, 在××平台中逐户核查辖区个体工商户……: the clause opens with its verb
            # (after a channel and a manner adverb), the party is its object
            return None
        body = named.match(text, k, pos) if named is not None else None
        by = next((t.end for t in sent.tokens if t.text == "由" and body is not None and k < t.start < body.end()), None)
        # 本表由各乡镇中心学校汇总: the topic is done by whom 由 brings in (when the reading knows them; else the
        # phrase stays someone else's, 分析报告由局办公室汇总)
        if by is not None and (after := at(by)) is not None:
            return after
        # 将医疗机构自查报告报送……: a body inside the object of 将/把 owns the material, the subject is earlier
        if body is not None and text[k] not in "将把" and not _owned_material(s, text, body.end(), pos):
            cast = _role_column(ctx, body.group(0))
            if cast is not None:  # 各责任单位 where a table's 责任单位 column names them: those units
                return Who("unit", body.group(0), any(below(u, issuer.level) for u in cast))
            if _recipients_short(body.group(0), recips):
                return Who("proxy", recipients_label(recips, body.group(0)), True)
            return Who("other", body.group(0), False)
        for w in s.non_government_parties:
            # 企业, 试点企业, 纳入碳市场的重点排放单位 … as the subject (a few characters may qualify it)
            j = text.find(w, k, min(k + 14, pos))
            # …but not across 将/于 (请于6月底前将企业运行情况报送: the enterprises are the topic), nor inside a
            # preposition's phrase (按企业名称整理后报: a manner, the subject is earlier)
            if j >= 0 and _owned_material(s, text, j + len(w), pos):
                continue  # 辖区重点商贸企业的销售额数据……提交: the enterprises own the data, the clause has no subject
            if j >= 0 and not any(ch in PUNCT for ch in text[k:j]) and not re.search(r"[将把于]", text[k:j]) \
                    and not re.match(r"[按依对以向与]", text[k:j]):
                # 各学校要……报送: the schools the department addresses are its lower units
                inst = [x for x in s.subordinate_institutions if x in w]
                addressed = bool(inst) and (any(w in r for r in recips) or _own_system(ctx, s, inst, recips))
                # 各机构 in a notice sent only to 社区卫生服务中心、乡镇卫生院: the generic head names the recipients
                addressed = addressed or (w.endswith("机构") and text.startswith("各", k) and bool(recips)
                                          and all(any(x in r for x in s.subordinate_institutions) for r in recips))
                by = [t.end for t in sent.tokens if t.text == "由" and k <= t.start < j]
                return Who("party", text[(by[-1] if by else k):j + len(w)], addressed)  # 本表由各校: 各校
        role = _ROLE_BODY.match(text, k, pos)
        if role is not None and not any(t.text == "由" and k < t.start < role.end() for t in sent.tokens):
            return _role_body(ctx, role.group(0), recips)
        return None

    # 组织/督促企业…报送: the enterprises submit, whoever organises them
    pivots = set(s.pivot_verbs)
    ca = clauses[-1][0] if clauses else sent.start
    if len(clauses) > 1 and _CHANNEL_CLAUSE.search(text, clauses[-2][0], clauses[-2][1]):
        ca = clauses[-2][0]  # 组织企业登录××平台，于……前填写……表: whoever logs in fills the form in
    for t in sent.tokens:
        if ca <= t.start and t.end <= pos and t.text in pivots:
            party = _party_after(text[t.end:pos], s.non_government_parties)
            if party is not None:
                # 各市教育局组织抽样学校……填写评估表: schools a lower unit organises are public institutions
                # below the issuer, not third parties (企业 stay parties)
                lower = False
                if any(x in party for x in s.subordinate_institutions):
                    k = ca + len(text[ca:t.start]) - len(strip_marker(text[ca:t.start])) if ca == sent.start else ca
                    organiser = at(_skip_leads(text, k, leads, edges))
                    lower = organiser is not None and organiser.lower
                return Who("party", party, lower)
    markers = set(s.subject_markers)
    issuer_names = {*self_names, *selfs, *own}

    def sends(who: Who | None, b: int) -> bool:
        # 责任书由市局统一印制后寄送各单位，……签字后，于……前送回市局: what goes back to the issuer is not sent by it, so
        # the issuer by name as the subject of an earlier clause (its own step before) is not the submitter (its
        # teams and sections, 各督导组……报局办公室, still report to it)
        if who is None:
            return False
        if b > pos:
            return True
        verb_end = next((t.end for t in sent.tokens if t.start == pos), pos)
        to = _TO_SELF_LEAD.match(text, verb_end).end()
        if who.kind != "self" or who.text not in issuer_names:
            # 承诺书由县教体局统一下发。各校收到后……交回县教体局: a body of no lower level that hands the paper out (by a
            # short name the issuer's names miss) is where it goes back to, not who sends it
            return who.lower or not who.text or not text.startswith(who.text, to)
        return not any(text.startswith(w, to) for w in issuer_names if w)

    for a, b in reversed(clauses):
        end = min(b, pos)
        k = a + len(text[a:b]) - len(strip_marker(text[a:b])) if a == sent.start else a
        who = at(_skip_leads(text, k, leads, edges))
        if sends(who, b):
            return who
        # 请各设区市…, 由各地汇总后…, 要求各县（市、区）… inside the clause
        for t in sent.tokens:
            if a <= t.start and t.end <= end and t.text in markers:
                who = at(_skip_leads(text, t.end, leads, edges))
                if sends(who, b):
                    return who
    prev = _previous_party(ctx, s, sent, at, recips)
    if prev is not None:
        return prev
    row = _row_doer(ctx, s, sent.line) if sent.line is not None else None
    if row is not None:
        return row  # a cell with no subject of its own (评估结束后……提交评估报告) is said of its row's 承担单位
    if recips:
        return Who("implicit", recipients_label(recips, None), True)
    return None


def _previous_party(ctx, s: SubmissionSettings, sent: Sent, at, recips: list[str]) -> Who | None:
    """The party a sentence with no subject of its own goes on with: the third party (企业, 排污单位, 受托机构)
    the sentence before it in the same paragraph opens with (排污单位是执行报告的责任主体。年度执行报告应在……
    提交; 评估机构负责现场核查。评估报告于……前提交).  Only a party that is not the issuer's lower unit: a
    sentence after 各县区要…… still asks the 主送机关."""
    from .sentences import previous_sentence

    if sent.line is None or sent.start == 0:
        return None
    prev = previous_sentence(ctx, sent)
    if prev is None:
        return None
    text = sent.text
    issuer = ctx.gw.issuer
    if not recips and issuer is not None:
        # a 纪要 addressed to nobody (会议要求：一是各乡镇林业工作站要……形成季度工作情况。季度工作情况每季度末月25日前报局
        # 资源林政股): the sentence goes on with the lower unit the sentence before gives its duty
        for u in ctx.units(sent.line):
            if prev.start <= u.start < prev.end and below(u, issuer.level) and _SUBJECT_FOLLOW.match(text, u.end):
                return Who("unit", u.text, True)
    k = prev.start + len(text[prev.start:prev.end]) - len(strip_marker(text[prev.start:prev.end]))
    k += len(text[k:prev.end]) - len(text[k:prev.end].lstrip(" \u3000"))
    who = at(k)
    if who is None or who.kind not in ("party", "other") or who.lower or not text.startswith(who.text, k):
        return None
    # a named body (各服务中心) is a third party only when a party word names it (受托评估机构) and it is not
    # one the notice is addressed to
    if who.kind == "other" and (not any(w in who.text for w in s.non_government_parties)
                                or any(who.text.lstrip("各") in r for r in recips)):
        return None
    # the party is the subject of that sentence: it opens it, undated, and its predicate follows (是……的责任主体,
    # 负责……, 对……负责, 应当……), not 一是5月底前完成机构自查 (a party inside the object)
    end = k + len(who.text)
    return who if not re.search(r"\d", who.text) and _SUBJECT_FOLLOW.match(text, end) else None


_SUBJECT_FOLLOW = re.compile(r"(?:是|为|作为|负责|承担|对|应当|应|须|必须|要|需|依法|按照|按|履行|落实|自行|每)")


_FORMS_TEAM = re.compile(r"(?P<who>[^，。；：、\s（）()]{0,16}?)(?:组成|成立|组建|派出|抽调[^，。；]{0,16}?组成)"
                         r"(?:\d+|[一二三四五六七八九十两]+)?个?(?P<team>[\u4e00-\u9fff]{0,6}?组)(?![长员织])")
_TEAM_COUNT = "(?:(?:\\d+|[一二三四五六七八九十两]+)个)?"  # 3个抽查组, 两个复查组: the teams counted
_TEAM_SUBJECT_TAIL = re.compile(r"(?:将|拟|要|会|统一|分别|适时|随机|抽调[^，。]{0,12})+$")


def formed_teams(ctx, s: SubmissionSettings) -> tuple[str, ...]:
    """Names of the teams the issuer itself forms in the text (局组成3个工作组, 局机关组成3个抽查组, 省厅将派出5个督查组,
    成立专项核查组): what they hand in later (各工作组……形成工作报告，报局办公室) goes to the issuer from its own
    people, not from the units below.  A team a lower unit forms (各县区要组成工作组) is not one of them."""
    return _team_formers(ctx, s)[0]


def foreign_teams(ctx, s: SubmissionSettings) -> tuple[str, ...]:
    """Names of the teams another body forms in the text (各县（市、区）要组成自查组, 各市局抽调人员组成3个抽查组) and
    the issuer does not: their reports come from that body, whatever the team is called."""
    return _team_formers(ctx, s)[1]


def _team_formers(ctx, s: SubmissionSettings) -> tuple[tuple[str, ...], tuple[str, ...]]:
    def find() -> tuple[tuple[str, ...], tuple[str, ...]]:
        gw = ctx.gw
        own = {o.name for o in gw.issuers if o.name}
        selfs = {*s.self_references, *own_short_names(gw), *own}
        bare = {o.name[-1] for o in gw.issuers if o.name and o.name[-1] in "厅局委办"}
        level = gw.issuer.level if gw.issuer is not None else "unknown"
        out: set[str] = set()
        other: set[str] = set()
        for ln in gw.content_lines:
            text = strip_marker(ctx.doc.paragraphs[ln - 1].text)
            for m in _FORMS_TEAM.finditer(text):
                team = re.sub(r"^(?:若干|多|几)个?", "", m.group("team"))
                if len(team) < 2 or team == "小组":
                    continue
                who = _TEAM_SUBJECT_TAIL.sub("", m.group("who"))
                who = re.sub(r"^(?:由|在|经)", "", who)
                who = re.sub(r"(?:机关|里)$", "", who)  # 局机关组成3个抽查组, 厅里抽调……组成: the issuer's own offices
                # 各县（市、区）要组成……: a unit whose name the match cut at its bracket is the subject
                cut = m.start("who") > 0 and text[m.start("who") - 1] in "）)"
                if cut:
                    other.add(team)
                    continue
                if not who or who in selfs or who in bare:
                    out.add(team)
                elif who.startswith("各") or any(below(u, level) for u in find_units(who)):
                    other.add(team)  # formed by the units below, not merely by someone the reader cannot place
        # longest first, then by word: the teams feed a regex, whose key the start cache must see the same each run
        return (tuple(sorted(out, key=lambda w: (-len(w), w))),
                tuple(sorted(other - out, key=lambda w: (-len(w), w))))

    return ctx.memo(("formed_teams", id(s)), find)


@lru_cache(maxsize=1)
def _doer_columns() -> frozenset[str]:
    """Headers of a column naming who does a row's work (责任单位, 承担单位, 实施主体, 报送单位 …): built once,
    not per header cell asked about."""
    d = load_data("responsibility.toml")
    return frozenset((*d.get("unit_columns", []), *d.get("row_doer_columns", [])))


def row_doer(ctx, line: int) -> str | None:
    """The cell of the row's unit column (责任单位, 承办单位, 实施主体, 报送单位 …) when ``line`` is another cell
    of a table's row: who does what that cell says (汇总后报区政府分管领导审阅 | 区政府办公室)."""
    return _row_cells(ctx).get(line)


def _row_cells(ctx) -> dict[int, str]:
    """Line of a table cell -> the cell of its row's unit column (see :func:`row_doer`)."""
    def find() -> dict[int, str]:
        from .facts import list_heads
        from .tables import tables

        cols = _doer_columns()
        heads = {*list_heads(ctx), *cols}
        out: dict[int, str] = {}
        for t in [*tables(ctx, ctx.gw.content_lines, heads), *tables(ctx, ctx.gw.content_lines, heads, numbered=False)]:
            col = next((i for i, c in enumerate(t.header) if c in cols), None)
            if col is None:
                continue
            for r in t.rows[1:]:
                if col < len(r.cells) and r.cells[col].strip():
                    for i, ln in enumerate(r.lines):
                        if i != col and ln != r.lines[col]:
                            out.setdefault(ln, r.cells[col].strip())
        return out

    return ctx.memo("submission_row_cells", find)



# a body named by its role opening a clause (技术支撑单位于……提交, 评估机构应当……): who the document casts in it
_ROLE_BODY = re.compile(r"(?:各)?[\u4e00-\u9fff]{2,6}?(?:单位|机构)(?=[于在应须要将按对向把每，,]|\d)")


def _role_body(ctx, name: str, recips: list[str]) -> Who:
    """Who a body named by its role is: the units of a table column headed by the role (责任单位 | 枝城镇人民政府),
    the 主送机关 when they are called so (主送 各成员单位), a body under the recipients (所属单位, 下属单位) -- else
    someone the reading cannot place (受委托的技术支撑单位, 评估机构), not taken for a lower unit."""
    cast = _role_column(ctx, name)
    if cast is not None:
        return Who("unit", name, any(below(u, ctx.gw.issuer.level) for u in cast))
    bare = re.sub(r"^(?:各)", "", name)
    if any(bare in r for r in recips) or re.search(r"[属下]", bare):
        return Who("proxy", recipients_label(recips, name), bool(recips))
    if recips and _staff_unit(ctx, name, recips):
        return Who("proxy", recipients_label(recips, name), True)
    return Who("other", name, False)


def _recipients_short(name: str, recips: list[str]) -> bool:
    """``name`` (各农业综合服务中心) is the 主送机关 (各街道（镇）农业综合服务中心) called by their head alone."""
    head = re.sub(r"^(?:各|有关|相关)+", "", name)
    return len(head) >= 4 and name.startswith("各") and any(r.endswith(head) for r in recips)


_STAFF_UNIT = re.compile(r"^(?:各)?(?P<staff>[\u4e00-\u9fff]{2,6}?)所在单位$")


def _staff_unit(ctx, name: str, recips: list[str]) -> bool:
    """``name`` is the units of staff the 主送机关 were told to name (各农业综合服务中心要明确一名信息员。信息员所在单位于
    ……报送): 所在单位 of persons an earlier clause has the recipients (by their name, their head or a proxy) appoint.
    Persons the text gives no such owner (申报人所在单位) stay someone the reading cannot place."""
    m = _STAFF_UNIT.match(name)
    if m is None:
        return False
    appoint = re.compile(r"(?:明确|确定|指定|配备|落实|设立|安排)[^。；，]{0,4}?" + re.escape(m.group("staff")))
    for ln in ctx.gw.content_lines:
        text = ctx.reading(ln)
        for a in appoint.finditer(text):
            cs = max(text.rfind(ch, 0, a.start()) for ch in "，。；：") + 1
            owner = re.sub(r"(?:要|须|应当|应|需|均|都|还)+$", "", strip_marker(text[cs:a.start()]).strip())
            if owner in recips or owner in ("各单位", "你单位") or _recipients_short(owner, recips):
                return True
    return False


def _role_column(ctx, role: str) -> list | None:
    """The units a body called by its role (各责任单位, 牵头单位, 承办单位) stands for: the cells of the document's
    table column headed by that role (责任单位 | 枝城镇人民政府 …), when they name units the reading knows;
    None otherwise (the role stays someone the reading cannot place)."""
    role = re.sub(r"^(?:各|有关|相关|上述|以上)+", "", role)

    def find() -> dict[str, list]:
        from .facts import list_heads
        from .tables import tables

        cols = _doer_columns()
        heads = {*list_heads(ctx), *cols}
        out: dict[str, list] = {}
        for t in [*tables(ctx, ctx.gw.content_lines, heads), *tables(ctx, ctx.gw.content_lines, heads, numbered=False)]:
            for i, head in enumerate(t.header):
                if head.strip() in cols:
                    out.setdefault(head.strip(), []).extend(
                        u for r in t.rows[1:] if i < len(r.cells) for u in find_units(r.cells[i].strip()))
        return out

    units = ctx.memo("submission_role_columns", find).get(role)
    return [u for u in units if u.level not in (None, "unknown")] or None if units else None


# the columns of a table of reports an event calls for (报告情形 | 报告时限 | 报告方式; 反馈时限)
_REPORT_HEAD = re.compile(r"(?:报告|反馈|报送|上报)(?:情形|情况|事项|时限|时间|方式|要求|渠道)")


def _row_before(ctx, s: SubmissionSettings) -> dict[int, str]:
    """Line of a table cell -> the cell before it in its row, in the tables of submissions (a header cell written
    like 报送时限, 报告方式 finds a one-cell-a-line table): the condition a row's report answers (报告情形 |
    报告时限 | 报告方式)."""
    def find() -> dict[int, str]:
        from .tables import tables

        tests = [_full(p) for p in (s.table_material_header_patterns, s.table_submitter_header_patterns,
                                    s.table_time_header_patterns)]
        lines = list(ctx.gw.content_lines)
        heads = set(s.table_header_cells) | {c for ln in lines for c in (ctx.reading(ln).strip(),)
                                             if len(c) <= 8 and (any(t(c) for t in tests) or _REPORT_HEAD.fullmatch(c))}
        out: dict[int, str] = {}
        for t in tables(ctx, lines, sorted(heads), numbered=False):
            for r in t.rows[1:]:
                for i in range(1, len(r.lines)):
                    if r.lines[i] != r.lines[i - 1] and r.cells[i - 1].strip():
                        out.setdefault(r.lines[i], r.cells[i - 1].strip())
        return out

    return ctx.memo("submission_row_before", find)


def _row_doer(ctx, s: SubmissionSettings, line: int) -> Who | None:
    """The doer its row's unit cell names for a cell sentence with no subject: a unit (below the issuer or
    not), the issuer itself, or a third party (受托评估机构, 各A级旅游景区 as 企业 …); None when the cell
    names nobody the reading knows (the 主送机关 then)."""
    cell = _row_cells(ctx).get(line)
    if not cell:
        return None
    issuer = ctx.gw.issuer
    own = {o.name for o in ctx.gw.issuers}
    short = own_short_names(ctx.gw)
    units = find_units(cell)
    if units and units[0].start == 0:
        u = units[0]
        if u.name in own or (short and cell.startswith(short)):
            return Who("self", u.text, False)
        return Who("unit", cell, any(below(x, issuer.level) for x in units))
    if short and cell.startswith(short):
        return Who("self", cell, False)
    own_team = alternation(s.own_team_pattern)
    if own_team is not None and own_team.match(cell):
        return Who("self", cell, False)
    if any(w in cell for w in s.non_government_parties):
        inst = [x for x in s.subordinate_institutions if x in cell]
        return Who("party", cell, bool(inst))
    return None


@dataclass(frozen=True)
class ChangedRow:
    """A row of a table of changes (事项 | 原要求 | 调整后): the line and text of its former requirement's cell and of
    the cell saying what becomes of it."""

    former_line: int
    former: str
    after_line: int
    after: str
    header_line: int


def changed_rows(ctx, s: SubmissionSettings) -> list[ChangedRow]:
    """The rows of the document's tables of changes: a column headed as the former requirement (原要求, 调整前)
    beside one headed as what becomes of it (调整后, 处理方式)."""
    former_heads, after_heads = set(s.former_column_headers), set(s.change_column_headers)
    if not former_heads or not after_heads:
        return []

    def find() -> list[ChangedRow]:
        from .tables import tables

        heads = sorted({*s.table_header_cells, *former_heads, *after_heads})
        out: list[ChangedRow] = []
        for t in tables(ctx, ctx.gw.content_lines, heads, numbered=False):
            fi = next((i for i, c in enumerate(t.header) if c in former_heads), None)
            ai = next((i for i, c in enumerate(t.header) if c in after_heads), None)
            if fi is None or ai is None:
                continue
            for r in t.rows[1:]:
                if max(fi, ai) < len(r.cells) and r.lines[fi] != r.lines[ai]:
                    out.append(ChangedRow(r.lines[fi], r.cells[fi].strip(), r.lines[ai], r.cells[ai].strip(),
                                          t.rows[0].lines[0]))
        return out

    return ctx.memo(("submission_changed_rows", id(s)), find)


def dropped_cells(ctx, s: SubmissionSettings) -> frozenset[int]:
    """Lines of table cells that ask for nothing though written like a demand: the former requirement of a table
    of changes (原要求 | 调整后: 每月报送巡查台账 | 取消报送，改由……察看; 每月报送统计表 | 改为每季度报送一次), and
    what the change cell itself stops (取消报送)."""
    stop = alternation(s.stopped_row)
    out: set[int] = set()
    for r in changed_rows(ctx, s):
        out.add(r.former_line)
        if stop is not None and stop.match(r.after):
            out.add(r.after_line)
    return frozenset(out)


_FORMER_VERB = re.compile(r"^.{0,10}?(?:报送|上报|填报|提交|报)")


def changed_demands(ctx, s: SubmissionSettings) -> list[tuple[ChangedRow, str]]:
    """Rows of a table of changes whose change cell still asks for the former material on a time of its own
    (每月报送分类收运量统计表 | 改为每季度首月5日前报送一次): (row, the material as the former cell names it)."""
    stop = alternation(s.stopped_row)
    out = []
    for r in changed_rows(ctx, s):
        if (stop is not None and stop.match(r.after)) or not _submits_in_cell(s, r.after):
            continue
        m = _FORMER_VERB.match(r.former)
        what = r.former[m.end():].strip("，。；、 ") if m else r.former
        if what:
            out.append((r, what))
    return out


# ------------------------------------------------------------ tables of what to submit
@dataclass
class TableDemand:
    """A table whose rows ask for materials: ``header_line`` is the line of its header,
    ``first`` the line of the first material asked of a unit below the issuer."""

    header_line: int
    first: int
    whos: list[str]
    asked: list[str]
    cells: frozenset[int] = frozenset()  # the lines of its rows' cells
    timed: int | None = None  # the line of the first asked row's time cell (每月5日前), if it gives a time
    what_header: str = ""  # the header cell of the materials' column (申报材料, 报送材料)


def _full(patterns):
    rx = alternation(patterns)
    return (lambda c: rx.fullmatch(c) is not None) if rx is not None else (lambda c: False)


def _gaps_filled(gw) -> list[int]:
    """The content lines with the lines between them that structure read as the 成文日期
    though no 署名 precedes them: a table written one cell per line (.txt) keeps its date
    cell (2026年8月10日) inside the table."""
    lines = list(gw.content_lines)
    if not lines:
        return []
    kept = set(lines)
    sig = set(gw.signature.lines) if gw.signature is not None else set()
    if gw.date is not None and not any(ln - 1 in sig for ln in gw.date.lines):
        kept.update(ln for ln in gw.date.lines if lines[0] < ln < lines[-1])
    return sorted(kept)


def table_of_lines(ctx) -> dict[int, int]:
    """The content lines that are cells of a table, each mapped to the table's number in reading order (a plain-text
    table written a cell a line is found by its 序号 column)."""
    from .tables import NUMBER_HEADS, tables

    def make() -> dict[int, int]:
        found = tables(ctx, _gaps_filled(ctx.gw), NUMBER_HEADS)
        return {ln: k for k, t in enumerate(found) for r in t.rows for ln in r.lines}

    return ctx.memo("submissions_table_of_lines", make)


def table_demands(ctx, s: SubmissionSettings, recips: list[str]) -> list[TableDemand]:
    """Tables among the content whose material column (报送材料, 填报内容 …) asks lower units
    (its 报送单位 column, else the 主送机关 ``recips``) for materials."""
    from .tables import as_record, field_name, record_runs, tables
    from .units import find_units

    is_what, is_who, is_time = (_full(s.table_material_header_patterns), _full(s.table_submitter_header_patterns),
                                _full(s.table_time_header_patterns))
    what_heads, who_heads = set(s.table_material_headers), set(s.table_submitter_headers)
    lines = _gaps_filled(ctx.gw)
    # header cells of a one-cell-per-line table: the listed ones and any cell written like them
    is_party = _full(s.table_party_header_patterns)
    heads = set(s.table_header_cells)
    for ln in lines:
        cell = ctx.reading(ln).strip()
        if len(cell) <= 8 and (is_what(cell) or is_who(cell) or is_time(cell) or is_party(cell)):
            heads.add(cell)
    level = ctx.gw.issuer.level
    from .handouts import issuing_lines

    handing = set(issuing_lines(ctx, s.handout_verbs))
    content = list(ctx.gw.content_lines)
    out = []
    # a plain-text table (one cell per line) need not number its rows: its header cells are
    # 报送-specific (填报主体/填报内容/报送时限), so short cells after them are its rows
    # a table of one item, its fields down the first column (填报内容 | ……; 填报时间 | 请于每月10日前……), read in every
    # format as the table of columns it stands for: one row under a header of the field names
    known = heads.__contains__
    # (its lines, one cell a line, are that item rather than a table of columns whose rows then hold field names --
    # 事项 | 说明 | 填报内容 over ……| 填报时间 | ……; a table of columns whose rows hold none keeps its lines:
    # 完成节点 | 工作任务 | 报送材料 over 8月15日前 | 完成摸底 | …… is no item 完成节点: 工作任务, 报送材料: 8月15日前)
    runs = record_runs(ctx.doc.paragraphs, lines, known)
    built = tables(ctx, lines, sorted(heads), numbered=False)
    misread = [t for t in built if t.kind != "cells" and any(field_name(c.strip(), known) for r in t.rows[1:] for c in r.cells)]
    at = {ln for t in built if t.kind != "cells" and t not in misread for r in t.rows for ln in r.lines}
    runs = [(a, t) for a, t in runs if not at.intersection(ln for r in t.rows for ln in r.lines)]
    claimed = {ln for _, t in runs for r in t.rows for ln in r.lines}
    shaped = [(min(ln for r in t.rows for ln in r.lines), as_record(t, known) or t) for t in built
              if t.kind == "cells" or not claimed.intersection(ln for r in t.rows for ln in r.lines)]
    shaped = sorted(shaped + runs, key=lambda x: x[0])
    for start, table in shaped:
        k = bisect_left(content, start)
        before = content[k - 1:k] if k else []
        if before and before[-1] in handing:
            continue  # 现将培训班有关材料印送你们 + 序号|材料名称|页数: what the issuer hands down, nothing asked back
        stop_lead, stop_row = alternation(s.stopped_lead), alternation(s.stopped_row)
        if before and stop_lead is not None and stop_lead.search(ctx.reading(before[-1])):
            continue  # 停止报送的报表清单如下 + 报表名称|原报送频次|处理方式: the reports it lists are dropped
        if before and _own_reports(ctx, s, ctx.reading(before[-1])):
            continue  # 市局对本局向市委、市政府报送的事项进行了梳理 + 报送事项|报送时间|报送对象: the issuer's own reports
        # the header may be the second row, under a title row spanning the table (××报送事项一览表)
        hi = wi = ti = None
        for hi, row in enumerate(table.rows[:2]):
            header = [c.strip() for c in row.cells]
            wi = next((i for i, c in enumerate(header) if c in what_heads or is_what(c)), None)
            if wi is not None:
                break
        timed = False  # the rows' time cells are the deadlines of what the table asks for, verb or not
        if wi is None:
            # 数据项目|填报口径|时间要求 with 每月3日前登录平台……提交 in the time column: the submission is written
            # in the row (the lead sentence only said 按下表要求办理), the item it names is the material
            hi, header = 0, [c.strip() for c in table.rows[0].cells]
            ti = next((i for i, c in enumerate(header) if is_time(c)), None)
            if ti is None:
                continue
            if not any(_submits_in_cell(s, r.cells[ti]) for r in table.rows[1:] if ti < len(r.cells)):
                # no cell writes the submission out, but the table is one of submissions: its time column is named
                # for them (报送时间, 截稿时间), a column names who submits (报送单位), or the sentence leading to it
                # asks for them (现将约稿安排列表如下; 需交回州卫健局的材料见下表): each row's time is a deadline
                named = alternation(s.table_submission_time_headers)
                timed = (named is not None and named.fullmatch(header[ti]) is not None) \
                    or any((is_who(c) or c in who_heads) and re.search("报|交", c) for c in header) \
                    or (bool(before) and asks_by_table(s, ctx.reading(before[-1])))
                if not timed:
                    continue
            skip = {ti} | {i for i, c in enumerate(header) if is_who(c) or c in who_heads or is_party(c)}
            wi = next((i for i, c in enumerate(header) if i not in skip and c not in ("序号", "编号")), None)
            if wi is None:
                continue
        if stop_row is not None and any(stop_row.match(c) for i, c in enumerate(header) if i != wi):
            continue  # 表格名称 | 原填报频次 | 停用后数据来源: a column telling what replaces each -- all dropped
        ui = next((i for i, c in enumerate(header) if c in who_heads or is_who(c)), None)
        # no 报送单位 column, but one saying who does each row's work (承担单位, 责任单位, 实施主体: the same columns
        # _row_cells reads a cell's doer from): a row whose doer is read and is no body below asks nothing of them
        doers = _doer_columns()
        doer = None if ui is not None else next((i for i, c in enumerate(header) if i != wi and c in doers), None)
        # the cell that writes the submission out (每日17时前报送当日……) is where the row asks, unless the sentence
        # leading to the table asks for it already (数据按下表要求报送: the rows name what it asks for)
        tc = tcol = ti if ti is not None else next((i for i, c in enumerate(header) if i != wi and is_time(c)), None)
        # (a table of one item is no list of materials: its cell that writes the submission out is that item's demand)
        if ti is None and before and any(v in ctx.reading(before[-1]) for v in s.submit_verbs) \
                and table.kind != "record":
            tc = None
        asked: list[str] = []
        whos: list[str] = []
        first = when = None
        for row in table.rows[hi + 1:]:
            what = row.cells[wi].strip() if wi < len(row.cells) else ""
            cell_ok = _timed_cell if timed else _submits_in_cell
            if not what or (ti is not None and not (ti < len(row.cells) and cell_ok(s, row.cells[ti]))):
                continue  # (不需报送, 自行留存: that row asks nothing)
            if stop_row is not None and any(stop_row.match(c.strip()) for i, c in enumerate(row.cells) if i != wi):
                continue  # 停止，平台提取; 取消; 不再报送: the row drops the material
            if ui is not None:
                who = row.cells[ui].strip() if ui < len(row.cells) else ""
                if not any(below(u, level) for u in find_units(who)) and not who.startswith(tuple(s.lower_words)) \
                        and not _addressed_institutions(ctx, s, who, recips):
                    continue
            elif recips:
                cell = row.cells[doer].strip() if doer is not None and doer < len(row.cells) else ""
                if _own_section_cell(s, ctx.gw, cell):
                    continue  # 运用 | 提出政策建议 | 委基层卫生健康处 | 政策建议报告: the issuer's own section reports
                named = find_units(cell) if cell else []
                if cell and not cell.startswith(tuple(s.lower_words)) and not any(below(u, level) for u in named) \
                        and not any(x in cell for x in s.subordinate_institutions) \
                        and (named or any(w in cell for w in s.non_government_parties)):
                    continue  # 检验并出具结果 | 区食品药品检验检测中心（受委托检验机构）: the contractor reports
                who = recipients_label(recips, None)
            else:
                continue
            asked.append(what)
            if who not in whos:
                whos.append(who)
            # (one item's time field that gives a time is where it is asked for: 请于每月10日前登录……更新上月数据)
            spelled = tc is not None and tc < len(row.cells) and (
                _submits_in_cell(s, row.cells[tc]) or (table.kind == "record" and _timed_cell(s, row.cells[tc])))
            first = first or row.lines[tc if spelled else wi]
            tk = tcol
            if when is None and tk is not None and tk < len(row.cells) and _timed_cell(s, row.cells[tk]):
                when = row.lines[tk]
        if asked:
            cells = frozenset(ln for row in table.rows for ln in row.lines)
            out.append(TableDemand(table.rows[hi].lines[0], first, whos, asked, cells, when,
                                   header[wi] if wi < len(header) else ""))
    # a table of changes whose change cell still asks on a time of its own (改为每季度首月5日前报送一次): the current
    # demand, of the 主送机关, at that cell
    changed: dict[int, TableDemand] = {}
    for r, what in changed_demands(ctx, s) if recips else ():
        t = changed.get(r.header_line)
        if t is None:
            changed[r.header_line] = TableDemand(r.header_line, r.after_line, [recipients_label(recips, None)], [what],
                                                 frozenset({r.former_line, r.after_line}))
        else:
            t.asked.append(what)
    out.extend(t for t in changed.values() if t.header_line not in {d.header_line for d in out})
    return out


def _own_reports(ctx, s: SubmissionSettings, lead: str) -> bool:
    """The sentence leading to a table speaks of what the issuer itself reports upwards (本局向市委、市政府报送的
    事项; 我厅向省政府报送的材料) or has the issuer for its subject (旗应急管理局……按下表编报汛期信息): the table
    lists the issuer's own reports, nobody below is asked."""
    own = sorted({*s.self_references, *own_short_names(ctx.gw), *(o.name for o in ctx.gw.issuers if o.name)},
                 key=len, reverse=True)
    verbs = [v for v in s.submit_verbs if len(v) > 1]
    if not own or not verbs:
        return False
    rx = _reports_up_rx(tuple(own), tuple(verbs))
    # 旗应急管理局根据各苏木镇报告情况，按下表编报汛期信息。: the issuer, the lead's subject, compiles the reports
    return rx.search(lead) is not None or strip_marker(lead).lstrip(" \u3000").startswith(tuple(own))


@lru_cache(maxsize=64)
def _reports_up_rx(own: tuple, verbs: tuple) -> re.Pattern:
    # once per issuer: asked for each table lead, and ``re``'s own cache of 512, which the analysis outgrows,
    # drops it between documents (compiled again, with its CJK classes, at a few ms each)
    return re.compile("(?:" + "|".join(map(re.escape, own)) + ")向[^，。；]{1,20}?(?:"
                      + "|".join(map(re.escape, verbs)) + ")")


def _timed_cell(s: SubmissionSettings, cell: str) -> bool:
    """A time cell of a table of submissions that gives a time (每月20日前, 每季度结束后10日内), not one that
    waives the row (不需报送)."""
    return not re.search(r"(?:不|无|免|毋)[需须必用再]?(?:另行|单独|再)?(?:报|提交|填)", cell) \
        and any(r.search(cell) for r in s.time_rxs)


# a lead sentence presenting the table under it (……安排见下表。; 现将……列表如下。)
_POINTS_BELOW = re.compile(r"(?:见|如)下表[。：:]?$|列表如下[。：:]?$")


def table_finding_line(ctx, s: SubmissionSettings, t: TableDemand, lead: int | None, heading_lines: set[int],
                       titles: set[int]) -> int:
    """Where a table's demand is reported: the body line ``lead`` right before it when that sentence asks for what
    the rows list (现将约稿安排列表如下; 需交回……的材料见下表); the header when a numbered heading only points to the
    table (三、约稿安排见下表。; 三、重点约稿。围绕以下选题约稿：), whose header names what the rows ask; else the first
    row asking for a material (a cell that writes the submission out keeps it)."""
    text = ctx.reading(lead) if lead is not None else ""
    presents = (asks_by_table(s, text) or bool(_POINTS_BELOW.search(text))) and not to_table(text)
    # 二、约稿安排。……现将2027年约稿安排列表如下：: a sentence after the numbered title presents the table and asks for
    # what it lists -- that sentence is the lead, as in a paragraph of its own
    rest = text.partition("。")[2].strip() if lead in heading_lines else ""
    own_lead = bool(rest) and bool(_POINTS_BELOW.search(rest)) and asks_by_table(s, rest)
    if lead is not None and lead in heading_lines and presents and t.first != t.timed and not own_lead:
        return t.header_line
    if lead is not None and lead not in titles and (to_table(text) or asks_by_table(s, text)):
        return lead
    return t.first


def asks_by_table(s: SubmissionSettings, lead: str) -> bool:
    """The sentence leading to a table asks for what it lists (现将约稿安排列表如下; 需交回州卫健局的材料见下表;
    报送安排见附表), not one that hands down (印发) or stops them (停止报送)."""
    rx = alternation(s.table_asking_leads)
    return rx is not None and any(not re.search(r"(?:不|无需|不再|免)[^，。；]{0,6}$", lead[:m.start()])
                                  for m in rx.finditer(lead))  # (不另向各地约稿: nothing asked)


def _submits_in_cell(s: SubmissionSettings, cell: str) -> bool:
    """A time cell that hands something up (每月3日前登录平台汇总审核后提交), not one that only dates the
    work (10月底前完成) or waives the report (不需报送, 不需另行报送进度)."""
    for v in s.submit_verbs:
        k = cell.find(v)
        if k >= 0 and not re.search(r"(?:不|无|免|毋)[需须必用再]?(?:另行|单独|再)?$", cell[max(0, k - 5):k]):
            return any(r.search(cell) for r in s.time_rxs)
    return False

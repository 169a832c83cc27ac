"""The visited side of a visit (调研、督查下基层): who a clause names as escorting or reporting.

A visit notice's demand is made of the visited side: a unit below the issuer (各设区市商务局陪同), the
visited place's own (当地生态环境局, 所到旗市区人民政府, 被考察设区市的商务局), or its leaders (镇党委书记、镇长陪同);
not of the team's own people (由厅农村水利水电处人员陪同, 由市政府办公室人员陪同).  Words: the rule's
settings (``dictionaries/inspections.toml`` ``[GW401]``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .markers import body_start
from .negation import NegationSettings
from .orgs import own_level_word
from .sentences import Sent, tokens_between
from .settings import Regex
from .units import find_units, reaches_below


@dataclass(frozen=True)
class VisitedSideSettings(NegationSettings):
    visited_officials: Regex = "(?!)"  # 镇党委书记、镇长: the visited side's leaders as a clause subject
    visit_time_lead: Regex = "(?!)"  # 调研时, 调研期间, 届时 before that subject
    visited_local_words: list[str] = field(default_factory=list)  # 当地, 所在地 …: the visited place's own unit
    visited_local_lead: Regex = ""  # 调研, 各调研点 … before 所到/所在: whose place it is
    own_side_words: list[str] = field(default_factory=list)  # 厅领导 … in such a column: the team itself
    own_side_prefixes: list[str] = field(default_factory=list)  # 厅种植业处: a cell opening with the issuer's 厅
    assigned_pattern: Regex = ""  # 陪同工作由(各设区市商务局)负责, 现场点由(所到街道、镇提前)确定
    visited_place_words: list[str] = field(default_factory=list)  # 街道, 镇 … after 所到: the visited places
    visited_organ_ends: list[str] = field(default_factory=list)  # 当地文化旅游部门: the place's organs by kind
    label_max_len: int = 0  # 座谈组织 on a line of its own: the label of the value on the next line (0: none)
    guest_words: list[str] = field(default_factory=list)  # 考察, 参观 …: the guests' once the document receives guests
    staging_patterns: list[Regex] = field(default_factory=list)  # 确定察看企业: the places to be visited, picked
    own_section_words: list[str] = field(default_factory=list)  # 处, 室, 人员 …: a section or a person after a short prefix
    handed_verbs: list[str] = field(default_factory=list)  # 安排, 落实 …: 请所在县统一安排 hands a topic on
    handed_waivers: list[str] = field(default_factory=list)  # 自行, 勿 …: 请调研组自行安排 hands nothing on
    asking_frames: list[Regex] = field(default_factory=list)  # 调研组现场询问时, 遇调研组提问: the team asking
    prepared_suffixes: list[str] = field(default_factory=list)  # 材料, 提纲 …: a report word naming a prepared text
    escort_headers: list[str] = field(default_factory=list)  # a table or 回执 column of escorts (陪同人员)
    report_headers: list[str] = field(default_factory=list)  # a column of those who report (汇报单位)
    reception_headers: list[str] = field(default_factory=list)  # a column of those who receive (接待单位)

    def column_demands(self, cell: str) -> list[str]:
        """The demands (陪同, 汇报, 接待) a header cell of a programme or a 回执 names, by its opening words
        (陪同人员（姓名、职务）, 汇报单位, 接待领导): a column the visited side fills in with its people."""
        return [word for word, opens in (("陪同", self.escort_headers), ("汇报", self.report_headers),
                                         ("接待", self.reception_headers)) if cell.startswith(tuple(opens))]

    @cached_property
    def own_prefixes_longest(self) -> tuple[str, ...]:
        """``own_side_prefixes``, the longest first (ties by the word: one order in every process)."""
        return tuple(sorted(set(self.own_side_prefixes), key=lambda w: (-len(w), w)))

    @cached_property
    def local_words_longest(self) -> tuple[str, ...]:
        """``visited_local_words``, the longest first (ties by the word)."""
        return tuple(sorted(set(self.visited_local_words), key=lambda w: (-len(w), w)))

    @cached_property
    def own_section(self) -> re.Pattern:
        """A section or a person of the issuer's own after its short prefix (委基层卫生健康处人员, 厅办公室同志), not
        a verb (委托各县……, 局部地区……)."""
        words = "|".join(map(re.escape, self.own_section_words)) or "(?!)"
        return re.compile(rf"[\u4e00-\u9fff]{{0,14}}?(?:{words})")

    @cached_property
    def asking_rx(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p) for p in self.asking_frames)

    @cached_property
    def handed_verbs_re(self) -> re.Pattern:
        return re.compile("|".join(map(re.escape, self.handed_verbs)) or "(?!)")


# local words that name a place (当地, 所在地), not a visit's object: 当地村民 is no visited unit
_PLACE_ONLY = ("当地", "所在地", "所到地")


def below_issuer(ctx, unit) -> bool:
    issuer = ctx.gw.issuer
    return issuer is not None and issuer.level not in (None, "unknown") and reaches_below(unit, issuer.level)


def by_own_side(ctx, s: VisitedSideSettings, sent: Sent, ca: int, a: int, cb: int | None = None) -> bool:
    """The clause gives the word to the issuer's own people: 由厅农村水利水电处人员陪同, 由我局派员陪同; with
    ``cb`` (the clause's end) also after the word (现场点由调研组随机确定)."""
    # the clause opens with a unit of the issuer's level or above (省农业农村厅负责确定调研点位 in the notice of the
    # 省政府办公厅): the team's side arranging its own visit, not the visited side
    opener = next(iter(find_units(sent.text[body_start(sent.text, ca):a])), None)
    if opener is not None and opener.start == 0 and opener.level not in (None, "unknown") and not below_issuer(ctx, opener):
        return True
    # the clause's subject is the team's own side the unit finder does not know (调研由委领导带队，委基层卫生健康处人员陪同)
    head = sent.text[body_start(sent.text, ca):a]
    if (opener is None or opener.start > 0 or opener.level in (None, "unknown")) \
            and own_side_opening(ctx, s, head, subject=True):
        return True
    # ……、四川省旅游规划设计研究院派员随行，院内两名规划师全程陪同: 院内 points back to a member of the team
    m = _INSIDE_ANAPHOR.match(head)
    if m is not None and any(x.endswith(m.group(1)) and sent.text.rfind(x, sent.start, ca) >= 0
                             for x in team_members(ctx)):
        return True
    return given_to_own_side(ctx, s, sent, ca, a, cb)


# a subject naming a unit of the sentence by its suffix: 院内两名规划师, 该处同志, 处里人员
_INSIDE_ANAPHOR = re.compile(r"(?:该|其|本)?(院|处|所|中心|站|科|局)(?:内|里|的)?(?=[\u4e00-\u9fff\d])")


def given_to_own_side(ctx, s: VisitedSideSettings, sent: Sent, ca: int, a: int, cb: int | None = None) -> bool:
    """The clause hands the word at ``a`` through 由 to the team's own people: 由厅种植业管理处人员陪同; 情况介绍也由
    该处同志进行 after 由厅种植业管理处人员陪同 (该处 the unit of that suffix the sentence named last)."""
    k = next((t for t in tokens_between(sent, ca, a) if t.text == "由"), None)
    if k is None and cb is not None:
        k = next((t for t in tokens_between(sent, a, cb) if t.text == "由"), None)
    if k is None:
        return False
    after = sent.text[k.end:max(a, cb or a)] if k.start > a else sent.text[k.end:a]
    if own_side_opening(ctx, s, after):
        return True
    # 由该处同志…: the unit of that suffix the sentence named last before it (由厅种植业管理处人员陪同，情况介绍也由该处
    # 同志进行) -- the team's own side when that unit is
    m = _ANAPHOR.match(after)
    if m is None:
        return False
    e = sent.text.rfind(m.group(1), sent.start, k.start)
    if e < 0:
        return False
    # the name ending there, opening on a word of the sentence, is the team's own side
    return any(own_side_opening(ctx, s, sent.text[t.start:e + len(m.group(1))])
               for t in sent.tokens if e - 16 <= t.start < e and _NAME_RUN.fullmatch(sent.text[t.start:e]))


# an anaphor naming a unit by its suffix: 该处, 该科, 该局, 该中心 (not 该地, 该村 -- places)
_ANAPHOR = re.compile(r"该(处|科|局|站|中心|所|室|委|厅)")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff（）()]+")


def own_side_opening(ctx, s: VisitedSideSettings, text: str, subject: bool = False) -> bool:
    """``text`` opens with the visiting team's own side: its words (厅领导, 我局, 调研组), the issuer's names, the
    units the document says form the team (:func:`team_members`), its short prefixes (厅种植业处) or its own
    level's word (区政府办公室 in a district's notice; not 市（州）, 市县 below a province).  ``subject``: ``text``
    is a clause's subject, not what follows 由 or a table cell, so a short prefix must be followed by a section or
    a person (委基层卫生健康处人员陪同; not 委托各县陪同)."""
    if any(text.startswith(w) for w in s.own_side_words) or any(text.startswith(o.name) for o in ctx.gw.issuers if o.name):
        return True
    if text.startswith(team_members(ctx)):  # 由海洋发展局渔业科同志陪同, the 局 one of the team's members
        return True
    prefix = next((p for p in s.own_prefixes_longest if text.startswith(p)), None)
    if prefix is not None and (not subject or s.own_section.match(text, len(prefix))):
        return True
    # 由市政府办公室人员陪同 in a city's notice: the issuer's own level
    issuer = ctx.gw.issuer
    if issuer is None or issuer.level in (None, "unknown"):
        return False
    own = own_level_word(issuer.name, issuer.level)
    # (a subject: not 市场监管所, 县属医院, 县城 -- the places visited)
    return bool(own) and text.startswith(own) and not re.match(rf"{own}[（(、县区州]", text) \
        and (not subject or (s.own_section.match(text, len(own)) is not None
                             and not re.match(rf"{own}[场民域城内外属]", text)))


# a team formed of units: 由A、B组成联合调研组; A会同B组成联合督导组; 调研组由A牵头，B各派1名同志组成; 调研组由X带队，Y参加
_TEAM_FORMED = re.compile(r"组成(?:联合|专项|专题)?[\u4e00-\u9fff]{0,8}?组")
_TEAM_OF = re.compile(r"(?:调研|督查|督导|检查|考察|指导|视察|工作)[\u4e00-\u9fff]{0,4}?组(?:成员)?由([^。；]{2,80}?)(?:组成|参加)")
_TEAM_SPLIT = re.compile(r"[、，,]|会同|联合|牵头|带队|参加|抽调|共同")
# a member's name: an office or body up to its own suffix (海洋发展局 of 海洋发展局渔业科同志, 区政府办公室; 省文化和旅游厅
# whole, 华南环境科学研究所 not cut at 科), then another after 和/及/与 (厅农田建设管理处和省耕地质量监测保护中心)
_TEAM_JOINED = re.compile(r"(?:组[^。；]{0,30}?[，,])([^。；：:！？，,]{2,60}?)(?:各)?(?:派员|派人|抽调[^，。；]{0,4}?)?(?:随行|随同前往|一同前往)")
_MEMBER = re.compile(r"[\u4e00-\u9fff（）()]{1,16}?(?:办公室|委员会|研究院|研究所|局|委|厅|中心|院(?!所)|站|处|科(?![学技研])|股)")
_AND = re.compile(r"[和及与]")
_LEVEL_PREFIX = re.compile(r"^(?:自治区|新区|省|市|州|盟|县|区|旗|厅|局|委)")
_NOT_MEMBER = ("各", "有关", "相关", "所", "当地", "被", "途经", "属地")


def team_members(ctx) -> tuple[str, ...]:
    """The units the document says form its visiting team (由海洋发展局、发展改革局、自然资源局组成联合调研组;
    市教育局会同市财政局组成联合督导组; 调研组由厅农田建设管理处和省耕地质量监测保护中心人员组成): their people are
    the team's own, whatever their level (由海洋发展局渔业科同志全程陪同).  Units named as the visited side (各县
    农业农村局, 所在镇) are not members."""
    def make() -> tuple[str, ...]:
        out: list[str] = []
        for ln in ctx.gw.content_lines:
            text = ctx.reading(ln)
            if "组" not in text:
                continue
            chunks = [m.group(1) for m in _TEAM_OF.finditer(text)]
            # 调研组由……带队，厅产业发展处、××研究院派员随行: those joining the team's journey are its members
            # (not a place visited: 雅安市文化广播电视和旅游局派员随行 is the visited side going along)
            chunks += [m.group(1) for m in _TEAM_JOINED.finditer(text)
                       if not any(below_issuer(ctx, u) for u in find_units(m.group(1)))]
            for m in _TEAM_FORMED.finditer(text):
                head = re.split(r"[。；：:！？]", text[max(0, m.start() - 80):m.start()])[-1]
                # 新区管委会决定由A、B组成…: after the last 由; else the last clause (3月中旬，省教育厅、省体育局组成…)
                chunks.append(head.rsplit("由", 1)[1] if "由" in head else re.split(r"[，,]", head)[-1])
            for chunk in chunks:
                for piece in _TEAM_SPLIT.split(chunk):
                    at = 0
                    while (k := _MEMBER.match(piece.strip(), at)) is not None:
                        name = k.group(0)
                        if len(name) >= 3 and not name.startswith(_NOT_MEMBER):
                            out.append(name)
                            # 市发展改革委 of the team is the 发展改革委 its escort is named by (由发展改革委农经科同志陪同)
                            bare = _LEVEL_PREFIX.sub("", name, count=1)
                            if len(bare) >= 3 and bare != name:
                                out.append(bare)
                        if not _AND.match(piece.strip(), k.end()):
                            break
                        at = k.end() + 1
        return tuple(sorted(set(out), key=lambda x: (-len(x), x)))
    return ctx.memo("visited.team_members", make)


def assigned_below(ctx, s: VisitedSideSettings, sent: Sent, b: int, cb: int) -> bool:
    """After the word, the clause hands it to the visited side: a unit below the issuer (陪同工作由各设区市
    商务局负责), or the visited places' own, named by 所到/所在/途经 whatever their level (现场点由所到街道、镇
    提前确定; 调研点由所在县（市、区）文体旅局选定) -- not the team (由调研组随机确定)."""
    m = re.compile(s.assigned_pattern).search(sent.text, b, cb) if s.assigned_pattern else None
    if m is None:
        return False
    who = m.group(1)
    local = next((w for w in s.local_words_longest if who.startswith(w)), None)
    if local is not None:
        rest = who[len(local):]
        return bool(find_units(rest)) or rest.startswith(tuple(s.visited_place_words)) \
            or any(w in rest for w in s.visited_organ_ends)  # (由当地文化旅游部门就近安排: an adverb may follow)
    units = find_units(who)
    return bool(units) and units[0].start == 0 and below_issuer(ctx, units[0])


# what may stand between a topic word and its clause's end: more topics, no verb (现场察看点和食宿，; 用餐等事宜，)
_TOPIC_TAIL = re.compile(r"(?:[和及与、][\u4e00-\u9fff]{1,8}?)*(?:等)?(?:事宜|工作|问题|事项|安排)?[，,]")


def handed_on(ctx, s: VisitedSideSettings, sent: Sent, b: int, cb: int) -> bool:
    """The word is a topic ending its clause with no verb (检查组在各区期间的现场察看点和食宿，) and the next clause
    hands it to the visited side (由各区应急管理局统一安排): :func:`assigned_below` over that clause."""
    from .sentences import clause_end

    m = _TOPIC_TAIL.match(sent.text, b, cb)
    if m is None or m.end() != cb or cb >= sent.end or not sent.text.startswith(("由", "请"), cb):
        return False
    e = clause_end(sent.text, cb, sent.end)
    if sent.text.startswith("请", cb):
        # 调研组在各地的用餐，请所在县（市、区）统一安排: asked of the recipients (not 请调研组自行安排)
        asked = sent.text[cb + 1:e]
        v = s.handed_verbs_re.search(asked)  # not 请勿安排陪同接待
        return v is not None and not s.vocabulary.negated(sent, cb + 1 + v.start()) \
            and not own_side_opening(ctx, s, asked) and not any(w in asked for w in s.handed_waivers)
    return assigned_below(ctx, s, sent, cb, e + 1 if e < sent.end else sent.end)



def visited_officials(s: VisitedSideSettings, sent: Sent, ca: int, a: int) -> bool:
    """The clause before the word is the visited side's leaders, after an optional time lead
    (调研时镇党委书记、镇长陪同)."""
    head = sent.text[body_start(sent.text, ca):a]
    lead = re.match(s.visit_time_lead, head)
    if lead:
        head = head[lead.end():]
    head = head[_past_local_lead(s, head, 0, len(head)):]
    m = re.match(s.visited_officials, head)
    return m is not None and not head[m.end():].strip("全程一起共同随同")


def _past_local_lead(s: VisitedSideSettings, text: str, i: int, end: int) -> int:
    """Past the visit named before a local word (调研所到县政府, 各调研点所在乡镇), else ``i``."""
    m = re.compile(s.visited_local_lead).match(text, i, end) if s.visited_local_lead else None
    if m and m.end() > i and any(text.startswith(w, m.end()) for w in s.visited_local_words):
        return m.end()
    return i


def lower_subject(ctx, s: VisitedSideSettings, sent: Sent, ca: int, a: int) -> bool:
    """The clause's subject is a unit below the issuer (各设区市商务局陪同) or the visited place's
    own (督导期间当地生态环境局主要负责同志全程陪同): in a visit programme, a statement of what the
    visited side does is a demand."""
    lead = body_start(sent.text, ca)
    m = re.match(s.visit_time_lead, sent.text[lead:a])
    if m:
        lead += m.end()
    lead = _past_local_lead(s, sent.text, lead, a)
    # the longest: 所在地县政府 is 所在地 + a unit, not 所在 + 地县政府
    local = next((w for w in s.local_words_longest if sent.text.startswith(w, lead)), None)
    if local is not None:
        # 当地生态环境局, 所到旗市区人民政府, 被考察设区市的商务局: the visited place's unit, whatever its level
        rest = sent.text[lead + len(local):a]
        u = next(iter(find_units(rest)), None)
        if u is None:  # 被调研旗市作……介绍, 所到学校安排……: the visited places named by their kind, as assigned_below reads them
            return local not in _PLACE_ONLY and rest.startswith(tuple(s.visited_place_words))
        # (所到旗县市农牧局: a level word the unit finder leaves before 县市农牧局 is part of the places' collective)
        return u.start == 0 or re.fullmatch(r"[^，。；]{1,10}的|[市州盟县区旗]{1,2}", rest[:u.start]) is not None
    # 每个镇（街道）选择2个服务站, 每县推荐1个村: a distributive subject is the collective 各镇（街道）, 各县
    rest = sent.text[lead:a]
    if (dm := _EACH.match(rest)) is not None:
        rest = "各" + rest[dm.end():]
    for u in find_units(rest):
        return u.start == 0 and below_issuer(ctx, u)
    return False


_EACH = re.compile(r"每(?:一)?个?(?=[\u4e00-\u9fff])")


def fronted_demand(ctx, s: VisitedSideSettings, sent: Sent, b: int, cb: int) -> bool:
    """The thing ending at ``b`` is the topic of a demand on the visited side that follows it (有关书面材料请所到县（市）
    农业农村局提前备好; 汇报材料由所到设区市……准备; 情况介绍材料，请被调研县……送调研组): 请/由 right after it, or
    opening the next clause, then a subject :func:`lower_subject` reads as the visited side's, its clause not
    negated (汇报材料请各地一律不要准备)."""
    m = _FRONTED.match(sent.text, b, min(sent.end, cb + 1))
    if m is None:
        return False
    k = m.end()
    end = next((i for i in range(k, sent.end) if sent.text[i] in "，,；;。"), sent.end)
    return lower_subject(ctx, s, sent, k, end) and s.vocabulary.negated(sent, end) is None


# what may stand between a fronted object and its demand: nothing, 等, a comma opening the demand's own clause
_FRONTED = re.compile(r"(?:等)?[，,]?(?:请|由|均由|统一由)")


def answers_asking(s: VisitedSideSettings, sent: Sent, a: int, word: str) -> bool:
    """The spoken report word at ``a`` (介绍情况, 汇报) answers the team's own questions on the spot: a frame of the team
    asking (调研组现场询问时, 问到具体情况时, 遇调研组提问, 对调研组提出的问题) stands before it in its sentence, in its
    clause or the one before (调研组现场询问时，由当班的社区工作者如实介绍情况) -- the visited side answering, no
    report prepared for the visit.  A prepared text (情况介绍材料, 汇报提纲) is never one; nor a report asked before the
    asking (请……介绍工作情况，回答调研组的询问) or after it is over (询问结束后，请……汇报)."""
    if word.endswith(tuple(s.prepared_suffixes)):
        return False
    for rx in s.asking_rx:
        for m in rx.finditer(sent.text, sent.start, a):
            between = sent.text[m.end():a]
            if not any(c in between for c in "；;。：:") and between.count("，") + between.count(",") <= 1:
                return True
    return False


def visited_side_cell(ctx, s: VisitedSideSettings, cell: str) -> bool:
    """An escort cell naming the visited side: a unit below the issuer, or people named by
    office (分管副局长, 工业和信息化局局长) with no unit of the issuer's level or above and no
    word of the team's own side (厅领导, 我局); not one that waives the escort (不安排陪同)."""
    from .negation import waiver_before

    if waiver_before(cell, len(cell), reach=len(cell)) is not None:
        return False  # 不安排陪同, 所到街镇无需陪同: the cell waives the escort, it names nobody
    units = find_units(cell)
    if any(below_issuer(ctx, u) for u in units):
        return True
    if any(u.level != "unknown" for u in units) or any(w in cell for w in s.own_side_words) \
            or cell.startswith(tuple(s.own_side_prefixes)) or any(o.name in cell for o in ctx.gw.issuers) \
            or own_side_opening(ctx, s, cell, subject=True):  # 区政府办公室社会事业科人员 in a district's notice
        return False
    return cell not in ("无", "—", "-", "/")


def receipt_columns(ctx, s: VisitedSideSettings) -> tuple[int, int, int, list[str]] | None:
    """(line, start, end, words) of the first column of a 回执 the visited side fills in that asks it to name its
    escorts or reporters (回执 | 企业名称 | 汇报人（姓名、职务） | 陪同人员（姓名、职务）): filling the column in is
    the demand (:meth:`VisitedSideSettings.column_demands`)."""
    for att in ctx.gw.attachments:
        if att.title is None or "回执" not in att.title.text:
            continue
        first, asked = None, []
        for ln in att.lines:
            text = ctx.reading(ln)
            cell = text.strip(" \u3000|")
            if not cell or len(cell) > 16:
                continue
            for word in s.column_demands(cell):
                if word not in asked:
                    asked.append(word)
                    k = text.find(cell)
                    first = first or (ln, k, k + len(cell))
        if first is not None:
            return (*first, asked)
    return None


def topic_headings(ctx, visited: tuple[str, ...] = ()) -> dict[int, int]:
    """Headings that only name a topic (三、食宿安排, （二）接待, run in: 四、食宿安排。调研组……): they name what
    follows (调研组食宿自行安排 may well follow) and ask no one anything. Line → end of the label."""
    out = {}
    for h in ctx.gw.headings:
        # 2.各市科技局主要负责同志作15分钟工作情况介绍。 (3.被调研旗市作……介绍) names a unit or the visited: a demand
        if h.part == 0 and not h.content and h.start == 0 and not re.search(r"[，。；：:]", h.title) \
                and not find_units(h.title) and not h.title.startswith(visited):
            text = ctx.text(h.line).strip()
            label = (h.marker + h.title).strip()
            if text == label or text.startswith(label + "。"):
                out[h.line] = len(label) + 1
    return out


# a short run-in label opening the sentence (工作要求：调研组……): the topic, not the subject
_RUN_IN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")


def team_own(ctx, s, sent: Sent) -> bool:
    """The sentence is the visiting team's own discipline: it opens with the team (调研组成员要……; after a run-in
    label: 工作要求：调研组轻车简从……), asks no one (no 请) and names no unit below the issuer that it does not
    relieve (……，不需各村安排人员陪同 asks the village nothing).  ``s`` names the team (team_subjects and
    team_subject_pattern)."""
    from .negation import waiver_before
    from .sentences import clause_start, token_in

    k = body_start(sent.text, sent.start)
    m = _RUN_IN_LABEL.match(sent.text, k)
    # the team opens the sentence (调研组成员：……) or the words after its label
    opens = [sent.text[x:sent.end] for x in ((k,) if m is None else (k, m.end()))]
    body = next((b for b in opens if b.startswith(tuple(s.team_subjects)) or re.match(s.team_subject_pattern, b)), None)
    if body is None or token_in(sent, sent.start, sent.end, {"请"}):
        return False  # a word 请, not 宴请
    return not any(below_issuer(ctx, u) and not waiver_before(body, u.start, clause_start(body, u.start, 0),
                                                              forbidding=True)
                   for u in find_units(body))


def row_labels(ctx, s: VisitedSideSettings, words: list[str]) -> dict[int, str]:
    """Line of a value → the label before it, when a label holding one of ``words`` stands on a line of its own
    (a table written one cell a line, 项目 | 安排: 座谈组织 | 由所到市商务局通知企业代表参加; a run-in title line): the
    value is said of the label (座谈组织由所到市商务局……), as a tab-separated row reads at once.  A label is short,
    without punctuation or digits; a value is not, and opens with a word (not a number, a date or 注).  The label line itself names a topic
    and asks nothing."""
    if not words:
        return {}
    out = {}
    lines = list(ctx.gw.content_lines)
    for prev, ln in zip(lines, lines[1:]):
        label, value = ctx.reading(prev).strip(), ctx.reading(ln).strip()
        # a column's header over a row opening with its number or date (陪同人员 | 6月16日), a note (注：) is no value
        if _label(label, s.label_max_len) and any(w in label for w in words) and not _label(value, s.label_max_len) \
                and re.match(r"[\u4e00-\u9fff]", value) and not value.startswith("注"):
            out[ln] = label
    return out


def _label(text: str, most: int) -> bool:
    return 0 < len(text) <= most and re.search(r"[\d０-９。，,；;：:、！？“”《》（）()\s]", text) is None


def label_hits(labels: dict[int, str], sent: Sent, words: list[str]) -> list[tuple[int, int, str]]:
    """The words of the row's label (:func:`row_labels`) as hits at the start of the value's first sentence."""
    label = labels.get(sent.line)
    if label is None or sent.text[:sent.start].strip():
        return []
    return [(sent.start, sent.start, w) for w in words if w in label]


def guests_received(ctx, s: VisitedSideSettings, guests: re.Pattern | None) -> re.Pattern | None:
    """``guests`` (来访投资考察团 …), and the visit words (考察, 参观) too when the title or a line of the document
    receives such guests: 考察团分三路考察……, 考察安排 then tell the guests' visit, not the issuer's."""
    if guests is None or not s.guest_words:
        return guests
    title = ctx.gw.title.text if ctx.gw.title is not None else ""
    if not any(guests.search(x) for x in (title, *(ctx.reading(ln) for ln in ctx.gw.content_lines))):
        return guests
    return _with_words(guests.pattern, tuple(s.guest_words))


@lru_cache(maxsize=64)
def _with_words(pattern: str, words: tuple[str, ...]) -> re.Pattern:
    return re.compile(f"{pattern}|" + "|".join(map(re.escape, words)))

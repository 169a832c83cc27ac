"""What a 请示 asks its superior for: the asks of its body (恳请市政府批准……; 一是请求市政府支持……) and the
matters they concern, for 一文一事 (条例第十五条).

An ask is a marker (恳请, 拟请, or 请求/请 right before the superior it addresses) and, within its clause,
an ask verb (批准, 同意, 安排 …); its object runs to the end of its sentence (。；), or, when nothing follows the
verb (……需资金1.2亿元，恳请省财政予以安排), is what its sentence said before the marker. Asks group into one
matter when a later one points back (安排该项目用地指标), opens nothing of its own (予以批准, 在以下方面给予支持),
follows one that announces them (恳请市政府给予以下支持：), seeks a resource for no purpose of its own (活动经费) or for
a name the other also carries (……抽水蓄能电站项目前期经费), or shares with it a name that is itself a matter (……项目,
《……方案》); two asks that approve different things — even for one body (吉州工业园区扩区 and 吉州工业园区申报
省级高新区) — are two matters. Asks already made (已恳请) and asks inside quotes are no asks of the document. Only the first
ask of a sentence counts: a 并请 clause of the same sentence is GW709's cautious "joined" signal."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import load_data
from .sentences import inside

_HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Ask:
    line: int
    start: int  # the marker
    end: int  # after the ask verb
    verb: str
    obj: str  # the words after the verb, to the end of the sentence


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_data("requests.toml")


@lru_cache(maxsize=8)
def _ask_re(markers: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    d = _data()
    addressed = f"(?:{_alt(d.get('addressed_markers', []))})(?={d['addressee']})" if d.get("addressee") else None
    opener = "|".join(x for x in (_alt(markers), addressed) if x)
    return re.compile(f"(?:{opener})[^，。；！？：]{{0,30}}?(?P<verb>{_alt(verbs)})")


def asks(ctx, markers, verbs) -> list[Ask]:
    """The body's asks of a 请示, at most one per sentence, in order (quoted titles and asks already made
    left out)."""
    key = ("request_asks", tuple(markers), tuple(verbs))
    return ctx.memo(key, lambda: _asks(ctx, tuple(markers), tuple(verbs)))


def _asks(ctx, markers, verbs) -> list[Ask]:
    rx = _ask_re(markers, verbs)
    done = tuple(_data().get("done_before", []))
    fillers = _data().get("closing_fillers", [])
    empty = set(_data().get("empty_objects", []))
    placing = frozenset(_data().get("placing_verbs", []))
    out = []
    for ln in ctx.gw.body_lines:
        text = ctx.reading(ln)
        quotes = ctx.quotes(ln)
        for a, b in ctx.sentences(ln):
            for m in rx.finditer(text, a, b):
                if inside(m.start(), quotes) or text[max(a, m.start() - 2):m.start()].endswith(done):
                    continue
                obj = text[m.end():b].rstrip("。；！？ ")
                k = max(text.rfind("将", m.start(), m.start("verb")), text.rfind("把", m.start(), m.start("verb")))
                if m.group("verb") in placing and k >= 0:
                    obj = text[k + 1:b].rstrip("。；！？ ")  # 恳请将……项目纳入重大项目: the project is what is asked for
                for w in fillers:
                    obj = obj.removesuffix(w)
                if not _HAN.search(obj) or obj in empty:
                    # ……实验室建设需资金1.2亿元，恳请省财政予以安排: what is asked stands before the marker
                    obj = text[a:m.start()].strip("，, 　")
                out.append(Ask(ln, m.start(), m.end(), m.group("verb"), obj))
                break
    return out


def _bare_resource(obj: str) -> bool:
    """The ask seeks a resource and names nothing it is for (安排活动经费200万元, 给予政策和资金支持): it serves
    the matter asked before."""
    d = _data()
    nouns = d.get("resource_nouns", [])
    k = min((obj.find(w) for w in nouns if w in obj), default=-1)
    if k < 0:
        return False
    before = obj[:k]
    for w in sorted(d.get("generic_purposes", []), key=len, reverse=True):
        before = before.replace(w, "")
    return not _HAN.search(before)


def _points(obj: str) -> str | None:
    """"ahead" when the object announces the asks that follow (在以下方面给予支持), "back" when it points to a
    matter named before (予以批准, 安排该项目用地指标), None when it names a matter of its own."""
    d = _data()
    if any(w in obj for w in d.get("ahead_references", [])):
        return "ahead"
    if not _HAN.search(obj) or any(w in obj[:12] for w in d.get("back_references", [])) or _bare_resource(obj):
        return "back"
    return None


def _shared_name(a: str, b: str, n: int) -> str | None:
    """The longest run of ``n`` or more Chinese characters that both texts hold."""
    best = None
    for run in _HAN.findall(a):
        for i in range(len(run) - n + 1):
            k = n
            while i + k <= len(run) and run[i:i + k] in b:
                k += 1
            if k - 1 >= n and (best is None or k - 1 > len(best)):
                best = run[i:i + k - 1]
    return best


def _serves(a: Ask, b: Ask) -> bool:
    """Both asks concern one named matter (……新校区建设项目 立项 and 纳入重点项目; 《……实施方案》 批准 and 印发), or
    one of them seeks a resource for a name the other also carries."""
    d = _data()
    name = _shared_name(a.obj, b.obj, int(d.get("shared_name_chars", 4)))
    if name is None:
        return False
    for head in d.get("matter_heads", []):
        k = name.find(head)
        if k >= 2:  # a name before the head: 抚州一中新校区建设项目, not 项目立项
            return True
    nouns = d.get("resource_nouns", [])

    def seeks(x: Ask) -> bool:
        k = x.obj.find(name) + len(name)
        return any(w in x.obj[k:k + 8] for w in nouns)

    return seeks(a) or seeks(b)


def matters(ctx, markers, verbs) -> list[list[Ask]]:
    """The asks of a 请示 grouped by the matter they concern, leaving out groups that name no matter of their
    own (a closing 恳请予以批准 whose matter the text told before); see the module's doc."""
    groups: list[list[Ask]] = []
    announced = None  # 恳请市政府在以下方面给予支持：the asks after it are its parts
    sections: set[int] = set()  # the headed sections the asks so far stand in
    for x in asks(ctx, markers, verbs):
        points = _points(x.obj)
        head = _section(ctx, x.line)
        if announced is None and head is not None and head.line not in sections:
            # 二、关于……检测中心的问题 …… 恳请安排补助资金3000万元: the first ask of a section that names a
            # matter (关于……) asks for that matter, not for what an earlier section asked (……将新校区建设列入
            # 投资计划 under 一、关于新校区建设资金 is the school's funding)
            named = _heading_matter(head.title)
            if named is not None:
                x, points = replace(x, obj=named), None
        if head is not None:
            sections.add(head.line)
        if announced is not None:
            announced.append(x)
            continue
        home = next((g for g in groups if any(_serves(x, y) for y in g)), None)
        if home is None and points is not None and groups:
            home = groups[-1]
        if home is not None:
            home.append(x)
        else:
            groups.append([x])
            home = groups[-1]
        if points == "ahead":
            announced = home
    return [g for g in groups if any(_points(x.obj) is None for x in g)]


def matter_heading(ctx, ask: Ask):
    """The heading of the section an ask stands in when that heading names a matter of its own
    (二、关于县城第二中学扩建用地指标的问题): the reader sees the second matter there, where it opens."""
    head = _section(ctx, ask.line)
    return head if head is not None and _heading_matter(head.title or "") is not None else None


def _section(ctx, line: int):
    """The heading of the 正文 section holding ``line`` (the last heading at or above it), or None."""
    heads = [h for h in ctx.gw.headings if h.part == 0 and h.line <= line and not h.content]
    return heads[-1] if heads else None


def _heading_matter(title: str) -> str | None:
    """The matter a section heading names (一、关于追加防汛经费的问题 → 追加防汛经费; 二、检测中心设立问题), or
    None when it names none of its own (一、基本情况, 二、关于资金问题, 三、请示事项)."""
    d = _data()
    lead = next((w for w in d.get("section_matter_leads", []) if title.startswith(w)), "")
    name = title[len(lead):].rstrip("。：:；; ")
    tail = next((w for w in sorted(d.get("section_matter_tails", []), key=len, reverse=True) if name.endswith(w)), "")
    if not lead and not tail:
        return None  # 一、基本情况: a topic, no matter
    name = name.removesuffix(tail) if tail else name
    return name if len("".join(_HAN.findall(name))) >= 4 and _points(name) is None else None

"""Signatures asked of someone: which words of a sentence ask for one, and who signs.

Read from a :class:`~gwlint.analysis.sentences.Sent` with the words of a :class:`SignSettings`
(GW106's ``Settings`` derives from it; words in ``dictionaries/burdens.toml``):

* :func:`signs` — sign words asking for a signature (签字确认, 签字背书; 签署 only before its
  object, 签署承诺书), not a signing system named as a topic (签字背书制度的有关规定);
* :func:`signer` — the leader who signs, with the words that qualify him (本级人民政府主要负责同志);
* :func:`pledge_signed` — a leader named signing a pledge (主要负责同志签署承诺书);
* :func:`sign_column` — a form's cell asking a leader to sign (主要负责同志签字, 签字人), not a clerk.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sentences import Sent, inside, sent_words
from .settings import Regex, alternation
from .submissions import PUNCT, SubmissionSettings

# a signing system named as a topic (签字背书制度的有关规定, 签字背书制度执行情况), not imposed
_SYSTEM_TOPIC = re.compile(r"[^，。；：]{0,6}?(?:制度|机制|责任制)(?![，。；：]|$)")
# one title for two kinds of unit, the second kind in brackets: 校（园）长, 院（站）长, 乡（镇）长
_ALT_TITLE = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{1,2})[）)]([\u4e00-\u9fff]{1,2})")


@dataclass(frozen=True)
class SignSettings(SubmissionSettings):
    """The words of signatures."""

    sign_words: list[str] = field(default_factory=list)  # 签字, 签字背书 …
    object_sign_words: dict = field(default_factory=dict)  # 签署 → its object: 签署承诺书 only
    object_sign_passive: dict = field(default_factory=dict)  # 签署 → its object as the topic: 承诺书由……签署
    strong_sign_words: list[str] = field(default_factory=list)  # 画押: a burden without a leader named
    leader_words: list[str] = field(default_factory=list)  # 主要负责同志 … who signs
    sign_column: Regex = ""  # a form's column for a leader's signature: 主要负责同志签字, 签字人
    clerk_sign_column: Regex = ""  # 填表人签字, 经办人签名: the clerk signs, no leader
    sign_system_patterns: list[Regex] = field(default_factory=list)  # 实行签字背书制度
    signer_rank_words: list[str] = field(default_factory=list)  # 主要, 副职: one leadership, whichever of it signs


def same_signing(s: SignSettings, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (signer, sign word) pairs ask the same leaders for the same signature: the signer read without the rank
    words (所属部门领导, and its 副职领导 signing in the leader's absence, are one leadership)."""
    if a[1] != b[1]:
        return False
    ranks = sorted(s.signer_rank_words, key=len, reverse=True)

    def key(signer: str) -> str:
        for w in ranks:
            signer = signer.replace(w, "")
        return signer
    return key(a[0]) == key(b[0])


def signs(s: SignSettings, sent: Sent) -> list[tuple[int, int, str]]:
    """Sign words of the sentence that ask for a signature; a word of ``object_sign_words``
    only before its object (签署承诺书, not 签署合作协议)."""
    out = []
    for h in sent_words(sent, [*s.sign_words, *s.object_sign_words]):
        if _SYSTEM_TOPIC.match(sent.text, h[1], sent.end):
            continue
        obj = s.object_sign_words.get(h[2])
        topic = s.object_sign_passive.get(h[2])
        if obj and not re.match(obj, sent.text[h[1]:sent.end]) and not (
                topic and re.search(f"(?:{topic})$", sent.text[sent.start:h[0]])):
            continue  # (承诺书由各县（市）局主要负责同志签署: the object is the topic, 由 brings in the signer)
        out.append(h)
    return out


# a person who is no leader written right before the sign word (被核查人, 居民, 当事人, 学生家长)
_SIGNED_BY_PERSON = re.compile(r"(?:人|者|员|户|群众|居民|家长|学生|患者|对象|本人)(?:本人)?(?:亲自|逐一|当面)?$")


def signer(s: SignSettings, sent: Sent, word: str, pos: int) -> tuple[int, int, str] | None:
    """Who must sign, as (start, end, phrase): the leader named last before the sign word
    (else anywhere in the sentence) with the words qualifying it, or 负责同志 for 画押/签字背书."""
    leaders = sorted(sent_words(sent, s.leader_words) + [h for h in alternative_titles(s, sent.text, sent.start, sent.end)
                                                         if not inside(h[0], sent.quotes)])
    if not leaders:
        # 画押/签字背书 asked of nobody named is asked of the leaders; a person named right before the word who is no
        # leader (被核查人签字确认单, 居民签字确认, 当事人签字) signs as himself: nothing is read
        if word not in s.strong_sign_words or _SIGNED_BY_PERSON.search(sent.text, max(sent.start, pos - 8), pos):
            return None
        return pos, pos, "负责同志"
    before = [h for h in leaders if h[1] <= pos]
    a, b, _w = before[-1] if before else leaders[0]
    # the leader phrase as written: 本级人民政府主要负责同志
    stop = set(s.phrase_stop_words)
    k = a
    for t in reversed(sent.tokens):
        if t.end > k:
            continue
        if t.end != k or t.start < sent.start or t.text in PUNCT or t.text in stop or b - t.start > 20:
            break
        k = t.start
    return k, b, sent.text[k:b]


def alternative_titles(s: SignSettings, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Leader titles written for two kinds of unit at once, the second in brackets (校（园）长, 院（站）长,
    所（站）长): (start, end, title as read) where the title with either kind is a leader word (校长, 站长)."""
    words = set(s.leader_words)
    out = []
    for m in _ALT_TITLE.finditer(text, lo, hi):
        x, y, z = m.groups()
        for tail in (z, z[:1]):
            if x + tail in words or y + tail in words:
                out.append((m.start(), m.start(3) + len(tail), x + tail))
                break
    return out


def plain_titles(s: SignSettings, text: str) -> str:
    """``text`` with each leader title written for two kinds of unit read as the first (校（园）长 -> 校长)."""
    for a, b, title in reversed(alternative_titles(s, text, 0, len(text))):
        text = text[:a] + title + text[b:]
    return text


def assigned_signer(sent: Sent, k: int) -> bool:
    """The signer is brought in by 由 (自查表由校长签字确认后存档): the notice lays the signature on
    them, as a 要/须 would."""
    return re.search(r"由[^，。；：]{0,10}$", sent.text[sent.start:k]) is not None


def pledge_signed(s: SignSettings, sent: Sent) -> bool:
    """A leader named signing a pledge (二、各设区市局主要负责同志签署安全承诺书。): a demand, even
    when it is short enough to read as a numbered heading."""
    return any(w in s.object_sign_words for _a, _b, w in signs(s, sent)) and bool(sent_words(sent, s.leader_words))


def signing_system(s: SignSettings, sent: Sent) -> bool:
    """A leader's signature laid down as a rule (二、报表实行院长签字背书制度。): a demand, even
    when it is short enough to read as a numbered heading."""
    rx = alternation(s.sign_system_patterns)
    if rx is not None and rx.search(sent.text, sent.start, sent.end) \
            and any(w in sent.text[sent.start:sent.end] for w in s.leader_words):
        return True
    # 二、自查表由校长签字确认后存档备查。: the same rule written as who signs what
    for a, _b, w in signs(s, sent):
        who = signer(s, sent, w, a)
        if who is not None and who[0] < a and assigned_signer(sent, who[0]):
            return True
    return False


def sign_column(ctx, s: SignSettings) -> tuple[int, str] | None:
    """(line, cell) of the first cell among the content that asks a leader to sign (a column
    主要负责同志签字 or 签字人 of an attached 承诺表; not 填表人签字)."""
    col, clerk = alternation(s.sign_column), alternation(s.clerk_sign_column)
    if col is None:
        return None
    for ln in _form_lines(ctx.gw):
        for cell in ctx.reading(ln).split("\t"):
            cell = plain_titles(s, cell.strip())
            if col.fullmatch(cell) and not (clerk is not None and clerk.match(cell)):
                return ln, cell
    return None


def _form_lines(gw) -> list[int]:
    """The content lines, and the lines printed between the 附件说明 and the 署名 that no part holds: an attached
    form set right under its note (附件：……确认表 / 学校名称 | …… | 校长签字), before the 署名, is the form asked for."""
    lines = list(gw.content_lines)
    note, sig = gw.attachment_note, gw.signature
    if note is None or sig is None or not sig.lines or sig.lines[0] <= note.lines[-1]:
        return lines
    held = set(lines)
    return lines + [ln for ln in range(note.lines[-1] + 1, sig.lines[0]) if ln not in held]

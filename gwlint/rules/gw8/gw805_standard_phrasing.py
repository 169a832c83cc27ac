"""GW805 standard-phrasing — fixed political and institutional wordings (dictionaries/phrasing.toml)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Iterator

from ...analysis.fixed_phrases import forms_in, near_matches, unquoted
from ...analysis.literals import present_words, required_words
from ...analysis.lexicon import load_data
from ...findings import UNSAFE, Fix, Violation
from ..base import Example, Rule, RuleSettings


def _entry_problem(e: Any) -> str | None:
    if not isinstance(e, dict) or not isinstance(e.get("wrong"), str) or not e.get("wrong") \
            or not isinstance(e.get("right"), str):
        return f"条目 {e!r} 应为 {{ wrong = \"…\", right = \"…\" }}"
    if e.get("regex"):
        try:
            re.compile(e["wrong"])
        except re.error as exc:
            return f"条目 wrong = {e['wrong']!r} 不是有效的正则表达式（{exc}）"
    return None


def _resolve(path: str, base: str | None) -> Path:
    p = Path(path)
    if not p.is_absolute() and base:
        p = Path(base).parent / p
    return p


@dataclass(frozen=True)
class Settings(RuleSettings):
    phrasing: list[dict] = field(default_factory=list)  # extra [[phrase]] entries: {wrong, right, note, regex}
    phrasing_file: str = ""  # a TOML file of [[phrase]] tables (relative to the config file)

    aliases: ClassVar[dict[str, str]] = {"phrasing": "phrasing", "phrasing_file": "phrasing_file"}

    @classmethod
    def validate_extra(cls, values: dict[str, Any], base: str | None) -> None:
        for e in values.get("phrasing", []):
            problem = _entry_problem(e)
            if problem:
                raise ValueError(f"phrasing 中的{problem}")
        path = values.get("phrasing_file")
        if path:
            p = _resolve(path, base)
            try:
                entries = _phrase_file(str(p), p.stat().st_mtime_ns)
            except OSError as exc:
                raise ValueError(f"无法读取 phrasing_file {p}：{exc.strerror}") from None
            except Exception as exc:  # tomllib.TOMLDecodeError
                raise ValueError(f"phrasing_file {p} 不是有效的 TOML：{exc}") from None
            for e in entries:
                problem = _entry_problem(e)
                if problem:
                    raise ValueError(f"phrasing_file {p} 中的{problem}")


@lru_cache(maxsize=16)
def _phrase_file(path: str, mtime_ns: int) -> tuple[dict, ...]:
    from ...data import load_toml_file

    return tuple(e for e in load_toml_file(path).get("phrase", []) if isinstance(e, dict) and e.get("wrong"))


def _phrases(ctx, s: Settings) -> list[dict]:
    """Built-in entries, then the config's `phrasing` list and `phrasing_file`."""
    entries = list(load_data("phrasing.toml").get("phrase", []))
    entries.extend(_bodies())
    entries.extend(e for e in s.phrasing if isinstance(e, dict) and e.get("wrong") and "right" in e)
    if s.phrasing_file:
        p = _resolve(s.phrasing_file, ctx.config.source)
        try:
            entries.extend(_phrase_file(str(p), p.stat().st_mtime_ns))
        except OSError:
            pass  # checked at config load; a file removed since is no reason to stop
    return entries


_BODY_SUFFIX = "(?:部|厅|局|委员会|委)"


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict, ...]:
    """[[body]] names as phrase entries: a joiner the official name lacks, before a body suffix."""
    out = []
    for b in load_data("phrasing.toml").get("body", []):
        first, second = b["parts"]
        joiner = b.get("joiner", "")
        # dropping 和 is the official short form (人力资源社会保障部, 发展改革委), not an error
        wrong = [j for j in ("与", "和", "及") if j != joiner]
        rx = f"{re.escape(first)}({'|'.join(wrong)}){re.escape(second)}(?={_BODY_SUFFIX})"
        out.append({"wrong": rx, "regex": True, "right": first + joiner + second,
                    "note": f"机构名称的规范写法是“{first + joiner + second}”"})
    return tuple(out)


# False runs every entry and form on every line (tests/test_skip_absent.py compares the two)
SKIP_ABSENT = True


_CHUNK = 1000  # characters per stretch whose words choose the entries its lines are searched for


def _chunks(ctx) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    size = 0
    for ln in ctx.text_lines:
        text = ctx.text(ln)
        chunk.append((ln, text))
        size += len(text) + 1
        if size >= _CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


@lru_cache(maxsize=256)
def _compile(wrong: str, regex: bool) -> re.Pattern:
    return re.compile(wrong if regex else re.escape(wrong))


class StandardPhrasing(Rule):
    code = "GW805"
    name = "standard-phrasing"
    severity = "warning"
    basis = "党和国家重要提法的规范表述；dictionaries/phrasing.toml"
    summary = "按规范提法表（dictionaries/phrasing.toml，可在配置 options.phrasing 中扩充）检查重要政治提法和机构名称的写法：表中列出的错误写法、与规范提法只差一两个字（漏字、换字）的写法，以及没加引号的缩略语（“放管服”“十五五”）。"
    why = ("“以习近平同志为核心的党中央”“习近平新时代中国特色社会主义思想”“增强‘四个意识’、坚定‘四个自信’、"
           "做到‘两个维护’”等是固定表述，不能增删改字、颠倒词序或错配动词（人类共同命运体、人民全过程民主一类词序颠倒同样提示）。本单位的规范简称可加入配置。")
    bad = "坚决维护以习近平为核心的党中央权威，增强“四个自信”"
    good = "坚决维护以习近平同志为核心的党中央权威，坚定“四个自信”"
    fix_title = "改为规范提法"
    Settings = Settings
    data_file = "phrasing.toml"
    examples = (
        Example("要坚决维护以习近平为核心的党中央权威。", fires=True),
        Example("要坚决维护以习近平同志为核心的党中央权威。", fires=False),
        Example("省人社厅要会同省财政厅做好补贴发放工作。", fires=True,
                options=(("phrasing", [{"wrong": "省人社厅", "right": "省人力资源社会保障厅"}]),),
                note="配置中加入的本省规范简称"),
    )

    def check(self, ctx) -> Iterator[Violation]:
        entries = _phrases(ctx, ctx.settings(type(self)))
        if not SKIP_ABSENT:
            for ln in ctx.text_lines:
                yield from self._lint_line(ctx, ln, ctx.text(ln), entries, None)
            return
        # one look at the whole text first: an entry or fixed phrase whose required words the
        # document lacks cannot match any of its lines, and most drafts lack nearly all of them
        whole = "\n".join(ctx.text(ln) for ln in ctx.text_lines)
        words = [required_words(_compile(e["wrong"], bool(e.get("regex")))) for e in entries]
        every = tuple(sorted(set().union(*words)))
        present = present_words(whole, every)  # one scan for all the words
        kept = [(e, ws) for e, ws in zip(entries, words) if not ws or not present.isdisjoint(ws)]
        forms = forms_in(whole)
        # then per stretch of about _CHUNK characters: a long document holds most entries somewhere,
        # and running all of them on every line made the cost grow faster than the length
        chunks = list(_chunks(ctx))
        for chunk in chunks:
            if len(chunks) == 1:  # the chunk is the whole text, asked already
                local, local_forms = [e for e, _ in kept], forms
            else:
                text = "\n".join(t for _, t in chunk)
                here = present_words(text, every)
                local = [e for e, ws in kept if not ws or not here.isdisjoint(ws)]
                local_forms = forms_in(text, forms) if forms else forms
            for ln, line in chunk:
                yield from self._lint_line(ctx, ln, line, local, local_forms)

    def _lint_line(self, ctx, ln: int, text: str, entries: list[dict], forms) -> Iterator[Violation]:
        taken: list[tuple[int, int]] = []  # one finding for one stretch of text
        for v in self._line(ctx, ln, text, entries, forms):
            end = len(text) if v.end is None else v.end
            if any(a < end and v.start < b for a, b in taken):
                continue
            taken.append((v.start, end))
            yield v

    def _line(self, ctx, ln: int, text: str, entries: list[dict], forms) -> Iterator[Violation]:
        for v in self._listed(ln, text, entries):
            yield v
        for m in near_matches(text, forms):
            form = m.canon.form
            how = "不能颠倒词序" if sorted(text[m.start:m.end]) == sorted(form) else "不能增删改字"
            yield Violation(f"“{text[m.start:m.end]}”应为“{form}”（固定提法，{how}）。" + (m.canon.note or ""),
                            ln, m.start, m.end,
                            fix=Fix.replace(ln, m.start, m.end, form, f"改为“{form}”", applicability=UNSAFE))
        for m in unquoted(text, forms):
            form = m.canon.form
            yield Violation(f"缩略语{form}应加引号，写作“{form}”。", ln, m.start, m.end,
                            fix=Fix.replace(ln, m.start, m.end, f"“{form}”", "加引号", applicability=UNSAFE))

    def _listed(self, ln: int, text: str, entries: list[dict]) -> Iterator[Violation]:
        for e in entries:
            rx = _compile(e["wrong"], bool(e.get("regex")))
            for m in rx.finditer(text):
                rep = m.expand(e["right"]) if e.get("regex") else e["right"]
                if rep == m.group(0):
                    continue
                msg = f"“{m.group(0)}”应为“{rep}”。" + (e.get("note", "") + "。" if e.get("note") else "")
                yield Violation(msg, ln, m.start(), m.end(), severity=e.get("severity"),
                                fix=Fix.replace(ln, m.start(), m.end(), rep, f"改为“{rep}”", applicability=UNSAFE))

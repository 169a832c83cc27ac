"""Typed rule settings, and the check of ``[options]`` against them at config load.

A rule declares its settings as a dataclass deriving from :class:`RuleSettings`::

    @dataclass(frozen=True)
    class Settings(RuleSettings):
        issuer_levels: list[str] = field(default_factory=list)   # who is checked
        max_chars: int = 120
        pattern: Regex = ""                                       # compiled on validation

The defaults of each field come from the rule's data file (``data_file``, a file of
``dictionaries/``; a key of the same name at its top level, or in its ``[GWnnn]``
table), so thresholds and word lists stay data; the dataclass gives their types.
The config overrides them as ``[options] "GWnnn.key" = value``.

:func:`validate_options` runs when a config is loaded (``gwlint.config``): an
unknown rule or key, a value of the wrong type, a regex that does not compile or a
word-list file that cannot be read is a :class:`~gwlint.config.ConfigError` (exit 2)
with a "did you mean" — never a rule that silently stops working.

Rules whose family has not moved to typed settings yet get a schema inferred from
their data file (every key of the file, typed by its default value).
"""
from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar


class Regex(str):
    """A setting holding a regular expression (checked and compiled at config load)."""


@lru_cache(maxsize=512)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern | None:
    from .literals import searchable  # searched across whole paragraphs: behind its opening characters

    return searchable("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def alternation(patterns) -> re.Pattern | None:
    """One compiled regex matching any of ``patterns`` (a ``list[Regex]`` setting, or
    one pattern), or None when there is none; compiled once per distinct list."""
    if isinstance(patterns, str):
        patterns = (patterns,) if patterns else ()
    return _alternation(tuple(patterns or ()))


@dataclass(frozen=True)
class RuleSettings:
    """Base class of a rule's typed settings."""

    # option names accepted without the code prefix (GW805: "phrasing")
    aliases: ClassVar[dict[str, str]] = {}

    @classmethod
    def validate_extra(cls, values: dict[str, Any], base: str | None) -> None:
        """Checks beyond the types (a file that must parse); raise ValueError."""


@dataclass(frozen=True)
class NoSettings(RuleSettings):
    """A rule with nothing to configure."""


def _config_error(msg: str) -> Exception:
    from ..config import ConfigError

    return ConfigError(msg)


# ------------------------------------------------------------ types
def _type_name(tp: Any) -> str:
    names = {int: "整数", float: "数字", str: "字符串", bool: "true/false", Regex: "正则表达式（字符串）",
             dict: "表"}
    origin = typing.get_origin(tp)
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return f"{_type_name(arg)}列表"
    return names.get(tp, getattr(tp, "__name__", str(tp)))


def check_value(tp: Any, value: Any) -> str | None:
    """None when ``value`` fits type ``tp``; else what is wrong (in Chinese)."""
    origin = typing.get_origin(tp)
    if tp is Any:
        return None
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        if isinstance(value, str) and arg in (str, Regex):
            value = [value]  # a single word is accepted where a list of words is
        if not isinstance(value, list):
            return f"应为{_type_name(tp)}"
        for v in value:
            err = check_value(arg, v)
            if err:
                return f"列表中的“{v}”{err}"
        return None
    if origin is dict or tp is dict:
        return None if isinstance(value, dict) else "应为表"
    if tp is bool:
        return None if isinstance(value, bool) else "应为 true 或 false"
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool):
            return "应为整数"
        return None if value >= 0 else "不能为负数"  # every numeric setting is a count, length or threshold
    if tp is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return "应为数字"
        return None if value >= 0 else "不能为负数"
    if tp is Regex:
        if not isinstance(value, str):
            return "应为正则表达式（字符串）"
        try:
            re.compile(value)
        except re.error as exc:
            return f"不是有效的正则表达式（{exc}）"
        return None
    if tp is str:
        return None if isinstance(value, str) else "应为字符串"
    if typing.get_origin(tp) is typing.Union:
        errs = [check_value(a, value) for a in typing.get_args(tp)]
        return None if any(e is None for e in errs) else errs[0]
    return None


def _infer_type(value: Any) -> Any:
    if isinstance(value, bool):
        return bool
    if isinstance(value, int):
        return int
    if isinstance(value, float):
        return float
    if isinstance(value, str):
        return str
    if isinstance(value, list):
        if value and all(isinstance(v, str) for v in value):
            return list[str]
        return list
    if isinstance(value, dict):
        return dict
    return Any


# ------------------------------------------------------------ schema of a rule
@dataclass(frozen=True)
class Schema:
    code: str
    fields: dict[str, Any]  # key -> type
    aliases: dict[str, str]
    settings_class: type | None


def _regex_like(key: str) -> bool:
    return key.endswith(("_pattern", "_patterns", "_re", "regex"))


@lru_cache(maxsize=None)
def schema_of(rule: type) -> Schema:
    cls = getattr(rule, "Settings", None)
    if cls is not None and dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        fields = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
        return Schema(rule.code, fields, dict(cls.aliases), cls)
    # a family not yet on typed settings: every key of its data file, typed by its value
    fields: dict[str, Any] = {}
    data_file = getattr(rule, "data_file", None)
    if data_file:
        from .lexicon import load_data

        data = load_data(data_file)
        for k, v in data.items():
            if isinstance(v, dict) and re.fullmatch(r"GW\d{3}", k):
                continue
            fields[k] = _infer_type(v)
        for k, v in (data.get(rule.code) or {}).items():
            fields[k] = _infer_type(v)
        for k, tp in list(fields.items()):
            if _regex_like(k):
                fields[k] = list[Regex] if tp in (list, list[str]) else Regex
    return Schema(rule.code, fields, {}, None)


def _suggest(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"（是否想写“{close[0]}”？）" if close else ""


def validate_options(options: dict[str, Any], where: str, base: str | None = None) -> None:
    """Raise ConfigError for the first option that no rule knows or whose value is wrong."""
    from ..rules import all_rules, rule_by_code

    aliases = {a: (r, k) for r in all_rules() for a, k in schema_of(r).aliases.items()}
    per_rule: dict[type, dict[str, Any]] = {}
    for key, value in options.items():
        if key in aliases:
            rule, field_name = aliases[key]
        else:
            code, _, field_name = str(key).partition(".")
            is_code = re.fullmatch(r"GW\d{3}", code.upper()) is not None
            rule = rule_by_code(code) if is_code else None
            if is_code and rule is None:
                hint = _suggest(code.upper(), [r.code for r in all_rules()])
                raise _config_error(f"{where}：options 中的“{key}”：没有规则 {code.upper()}{hint}")
            if rule is None or not field_name:
                known = [r.code for r in all_rules()] + list(aliases)
                hint = _suggest(code.upper() if field_name else str(key), known)
                raise _config_error(f"{where}：options 中有未知的设置“{key}”{hint}。"
                                    "设置写作“规则代码.键名”，如 \"GW503.max_chars\" = 120")
        schema = schema_of(rule)
        if field_name not in schema.fields:
            hint = _suggest(field_name, schema.fields)
            have = "、".join(sorted(schema.fields)) if schema.fields else "（无可配置项）"
            raise _config_error(f"{where}：规则 {rule.code} 没有设置“{field_name}”{hint}。可用的设置：{have}")
        err = check_value(schema.fields[field_name], value)
        if err:
            raise _config_error(f"{where}：设置“{key}”{err}，现为 {value!r}")
        per_rule.setdefault(rule, {})[field_name] = value
    for rule, values in per_rule.items():
        cls = schema_of(rule).settings_class
        if cls is not None:
            try:
                cls.validate_extra(values, base)
            except ValueError as exc:
                raise _config_error(f"{where}：规则 {rule.code} 的设置有误：{exc}") from None


# ------------------------------------------------------------ resolving settings
def _defaults(rule: type) -> dict[str, Any]:
    from .lexicon import load_data

    data_file = getattr(rule, "data_file", None)
    if not data_file:
        return {}
    data = load_data(data_file)
    out = {k: v for k, v in data.items() if not (isinstance(v, dict) and re.fullmatch(r"GW\d{3}", k))}
    out.update(data.get(rule.code) or {})
    return out


def option_values(rule: type, options: dict[str, Any]) -> dict[str, Any]:
    """The options of ``rule`` in a config's flat ``options`` (aliases resolved)."""
    schema = schema_of(rule)
    out: dict[str, Any] = {}
    prefix = rule.code + "."
    for key, value in options.items():
        if key.startswith(prefix):
            out[key[len(prefix):]] = value
        elif key in schema.aliases:
            out[schema.aliases[key]] = value
    return out


_CACHE: dict[tuple, Any] = {}


def settings_for(rule: type, config) -> Any:
    """The rule's Settings instance: dataclass defaults < data file < config options."""
    cls = getattr(rule, "Settings", None)
    if cls is None:
        return None
    options = option_values(rule, config.options)
    key = (rule, repr(sorted(options.items())))
    got = _CACHE.get(key)
    if got is not None:
        return got
    schema = schema_of(rule)
    values = {k: v for k, v in _defaults(rule).items() if k in schema.fields}
    for k, v in options.items():
        if k not in schema.fields:
            raise _config_error(f"规则 {rule.code} 没有设置“{k}”{_suggest(k, schema.fields)}")
        err = check_value(schema.fields[k], v)
        if err:
            raise _config_error(f"设置“{rule.code}.{k}”{err}")
        values[k] = v
    for k, tp in schema.fields.items():
        if k in values and typing.get_origin(tp) is list and isinstance(values[k], str):
            values[k] = [values[k]]
    obj = cls(**values)
    if len(_CACHE) > 512:
        _CACHE.clear()
    _CACHE[key] = obj
    return obj

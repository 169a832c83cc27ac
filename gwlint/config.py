"""Configuration: ``gwlint.toml`` / ``.gwlint.toml`` / ``[tool.gwlint]`` in
``pyproject.toml``, found by walking up from the linted file; CLI options win.

Profiles hold the policy numbers (length limits, the no-meeting month …).
Built-in profiles live in ``dictionaries/profiles/``; a config may define its
own under ``[profiles.NAME]`` (same keys) and select it with ``profile``.
"""
from __future__ import annotations

import copy
import fnmatch
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import data_dir, load_toml, load_toml_file
from .findings import SEVERITIES

DEFAULT_PROFILE = "jiangxi-2019"
# "the file was not read" / "the PDF has no text layer": never switched off by a selection
ALWAYS_ON = ("GW001", "GW002")
CONFIG_NAMES = ("gwlint.toml", ".gwlint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration mistake: exit code 2 with this message."""


_RULES: list = []  # the gwlint.rules package once imported (it imports this module)


def _rule_matches():
    """:func:`gwlint.rules.matches` without an import statement per ask (asked for every rule and finding)."""
    if not _RULES:
        from . import rules

        _RULES.append(rules)
    return _RULES[0].matches


@dataclass
class LengthClass:
    name: str
    limit: int
    issuer_kind: list[str]
    issuer_level: list[str]
    general_distribution: bool | None = None
    title_pattern: str | None = None
    exclude: list[tuple[str, str]] = field(default_factory=list)

    def matches(self, kind: str | None, level: str | None, general: bool, title: str | None) -> bool:
        if kind not in self.issuer_kind or level not in self.issuer_level:
            return False
        if (kind, level) in self.exclude:
            return False
        if self.general_distribution is not None and self.general_distribution != general:
            return False
        if self.title_pattern and not (title and re.search(self.title_pattern, title)):
            return False
        return True


@dataclass
class Profile:
    name: str
    title: str
    basis: str
    length_classes: list[LengthClass]
    length_exempt_pattern: str | None
    no_meeting_months: list[int]
    targets: dict[str, float]
    length_basis: str = ""
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, name: str, d: dict) -> "Profile":
        check_profile(name, d)
        try:
            classes = [
                LengthClass(
                    name=c["class"], limit=int(c["limit"]),
                    issuer_kind=list(c.get("issuer_kind", [])),
                    issuer_level=list(c.get("issuer_level", [])),
                    general_distribution=c.get("general_distribution"),
                    title_pattern=c.get("title_pattern"),
                    exclude=[tuple(x) for x in c.get("exclude", [])],
                )
                for c in d.get("length_limit", [])
            ]
            months = [int(m) for m in d.get("no_meeting_months", [])]
            for c in classes:
                if c.title_pattern:
                    re.compile(c.title_pattern)
            if d.get("length_exempt", {}).get("title_pattern"):
                re.compile(d["length_exempt"]["title_pattern"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"配置方案“{name}”格式有误：{exc}") from None
        except re.error as exc:
            raise ConfigError(f"配置方案“{name}”中的 title_pattern 不是有效的正则表达式：{exc}") from None
        if any(not 1 <= m <= 12 for m in months):
            raise ConfigError(f"配置方案“{name}”的 no_meeting_months 应为 1–12 的月份")
        return cls(
            name=name, title=d.get("title", name), basis=d.get("basis", ""),
            length_classes=classes,
            length_exempt_pattern=d.get("length_exempt", {}).get("title_pattern"),
            no_meeting_months=months, targets=dict(d.get("targets", {})),
            length_basis=d.get("length_basis", ""), raw=d,
        )


def _kind(v: Any) -> str:
    """The TOML type of a value, for messages."""
    if isinstance(v, bool):
        return "布尔值"
    if isinstance(v, (int, float)):
        return f"数字 {v!r}"
    if isinstance(v, str):
        return f"字符串 {v!r}"
    if isinstance(v, list):
        return "数组"
    if isinstance(v, dict):
        return "表"
    return type(v).__name__


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_profile(name: str, d: Any) -> None:
    """Every key of a profile has the type the rules expect; a mistake is a ConfigError naming the key
    (never a traceback, never a rule that silently stops working)."""
    where = f"配置方案“{name}”"
    if not isinstance(d, dict):
        raise ConfigError(f"{where}应为表（[profiles.{name}] 下的键值），现为{_kind(d)}")

    def bad(key: str, want: str) -> ConfigError:
        return ConfigError(f"{where}的 {key} 应为{want}，现为{_kind(d[key]) if key in d else '空'}")

    for key in ("name", "title", "basis", "length_basis", "no_meeting_basis", "extends"):
        if key in d and not isinstance(d[key], str):
            raise bad(key, "字符串")
    if "no_meeting_months" in d and not (isinstance(d["no_meeting_months"], list)
                                         and all(_is_int(m) for m in d["no_meeting_months"])):
        raise bad("no_meeting_months", "月份数组，如 [3]")
    if "targets" in d and not (isinstance(d["targets"], dict) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in d["targets"].values())):
        raise bad("targets", "表，值为数字，如 documents_reduction = 0.1")
    if "length_exempt" in d:
        ex = d["length_exempt"]
        if not isinstance(ex, dict) or not isinstance(ex.get("title_pattern", ""), str):
            raise bad("length_exempt", "表，如 [profiles.NAME.length_exempt] title_pattern = \"规划|纲要\"")
    limits = d.get("length_limit", [])
    if not isinstance(limits, list) or not all(isinstance(c, dict) for c in limits):
        raise bad("length_limit", "表数组（每类写一个 [[profiles.NAME.length_limit]]）")
    for i, c in enumerate(limits, 1):
        at = f"{where}的第 {i} 个 length_limit"
        if not isinstance(c.get("class"), str):
            raise ConfigError(f"{at}缺少 class（类别名称，字符串）")
        if not _is_int(c.get("limit")) or c["limit"] <= 0:
            raise ConfigError(f"{at}（{c['class']}）的 limit 应为正整数（字数上限）")
        for key in ("issuer_kind", "issuer_level"):
            if key in c and not _str_list(c[key]):
                raise ConfigError(f"{at}（{c['class']}）的 {key} 应为字符串数组")
        if "general_distribution" in c and not isinstance(c["general_distribution"], bool):
            raise ConfigError(f"{at}（{c['class']}）的 general_distribution 应为 true 或 false")
        if "title_pattern" in c and not isinstance(c["title_pattern"], str):
            raise ConfigError(f"{at}（{c['class']}）的 title_pattern 应为字符串（正则表达式）")
        if "exclude" in c and not (isinstance(c["exclude"], list)
                                   and all(_str_list(x) and len(x) == 2 for x in c["exclude"])):
            raise ConfigError(f"{at}（{c['class']}）的 exclude 应为 [机关类别, 层级] 数组，"
                              "如 [[\"government\", \"national\"]]")


@lru_cache(maxsize=None)
def builtin_profiles() -> dict[str, dict]:
    out = {}
    for p in sorted((data_dir() / "profiles").glob("*.toml")):
        d = load_toml(f"profiles/{p.name}")
        out[d.get("name", p.stem)] = d
    return out


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)  # per-rule overrides
    min_severity: str = "info"
    fail_on: str = "warning"
    profile_name: str = DEFAULT_PROFILE
    user_profiles: dict[str, dict] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)  # rule settings
    # per-file budget (gwlint.guard): seconds of wall time, bytes of memory; None = no limit
    timeout: float | None = 60.0
    max_memory: int | None = 2 << 30
    source: str | None = None  # config file it came from
    _profile: Profile | None = field(default=None, repr=False)

    @property
    def profile(self) -> Profile:
        if self._profile is None or self._profile.name != self.profile_name:
            self._profile = resolve_profile(self.profile_name, self.user_profiles, self.source)
        return self._profile

    @property
    def limits(self):
        """The per-file budget as :class:`gwlint.guard.Limits`."""
        from .guard import Limits

        return Limits(time=self.timeout, memory=self.max_memory)

    def enabled(self, code: str, path: str | None = None) -> bool:
        matches = _rule_matches()
        if code in ALWAYS_ON:
            # a file that was not checked never passes as clean: no selection drops these;
            # only an explicit ignore of GW002 ("GW002", "GW00", "GW0") silences the scan warning
            return code == "GW001" or not any(s.startswith("GW0") for s in self.ignore + self.file_ignores(path)
                                                if matches(code, [s]))
        sel = matches(code, self.select + self.extend_select)
        ign = matches(code, self.ignore + self.file_ignores(path))
        return sel > 0 and sel > ign

    def file_ignores(self, path: str | None) -> list[str]:
        if not path or not self.per_file_ignores:
            return []
        out: list[str] = []
        p = Path(path).as_posix()
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(p, pattern) or fnmatch.fnmatch(Path(p).name, pattern) or \
                    fnmatch.fnmatch(p, f"*/{pattern}"):
                out.extend(codes)
        return out

    def severity_of(self, code: str, default: str) -> str:
        return self.severity.get(code, default)

    def option(self, key: str, default: Any) -> Any:
        return self.options.get(key, default)

    def copy(self) -> "Config":
        c = copy.copy(self)
        c.select, c.extend_select, c.ignore = list(self.select), list(self.extend_select), list(self.ignore)
        c.severity, c.options = dict(self.severity), dict(self.options)
        c._profile = None
        return c


def _user_profile(name: str, user_profiles: dict[str, dict], chain: list[str]) -> dict:
    """A user profile merged over everything it extends (a built-in profile of the name first, as before)."""
    base = user_profiles[name]
    check_profile(name, base)
    parent = base.get("extends")
    if not parent:
        return base
    if parent in builtin_profiles():
        merged = copy.deepcopy(builtin_profiles()[parent])
    elif parent in user_profiles:
        if parent in chain:
            raise ConfigError(f"配置方案的继承（extends）形成循环：{' → '.join([*chain, parent])}")
        merged = copy.deepcopy(_user_profile(parent, user_profiles, [*chain, parent]))
    else:
        raise ConfigError(f"配置方案“{name}”继承的“{parent}”不存在")
    merged.update(base)
    return merged


def resolve_profile(name: str, user_profiles: dict[str, dict], source: str | None) -> Profile:
    if name in user_profiles:
        return Profile.from_dict(name, _user_profile(name, user_profiles, [name]))
    if name in builtin_profiles():
        return Profile.from_dict(name, builtin_profiles()[name])
    if name.endswith(".toml"):
        p = Path(name)
        if source and not p.is_absolute():
            p = Path(source).parent / p
        try:
            data = load_toml_file(p)
        except OSError as exc:
            raise ConfigError(f"无法读取配置方案文件 {p}：{exc.strerror}") from None
        except ValueError as exc:  # tomllib.TOMLDecodeError, UnicodeDecodeError
            raise ConfigError(f"配置方案文件 {p} 不是有效的 TOML：{exc}") from None
        return Profile.from_dict(p.stem, data)
    known = ", ".join(sorted(set(builtin_profiles()) | set(user_profiles)))
    raise ConfigError(f"未知的配置方案（profile）“{name}”。可用：{known}")


_KEYS = {"select", "extend-select", "ignore", "per-file-ignores", "severity", "min-severity", "fail-on",
         "profile", "profiles", "options", "timeout", "max-memory"}


def _codes(value: Any, key: str, where: str) -> list[str]:
    from .rules import is_valid_selector

    if isinstance(value, str):
        value = [v for v in re.split(r"[,\s]+", value) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}：{key} 应为规则代码列表，例如 [\"GW1\", \"GW801\"]")
    bad = [v for v in value if not is_valid_selector(v)]
    if bad:
        raise ConfigError(f"{where}：{key} 中有未知的规则代码或前缀：{', '.join(bad)}")
    return [v.upper() for v in value]


def apply_table(cfg: Config, table: dict, where: str) -> Config:
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}：未知的配置项 {', '.join(sorted(unknown))}")
    if "select" in table:
        cfg.select = _codes(table["select"], "select", where)
    if "extend-select" in table:
        cfg.extend_select = _codes(table["extend-select"], "extend-select", where)
    if "ignore" in table:
        cfg.ignore = _codes(table["ignore"], "ignore", where)
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where}：per-file-ignores 应为 {{\"通配符\" = [\"代码\"]}} 表")
        cfg.per_file_ignores = {k: _codes(v, f"per-file-ignores.{k}", where) for k, v in pfi.items()}
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict) or any(v not in SEVERITIES for v in sev.values()):
            raise ConfigError(f"{where}：severity 应为 {{GW104 = \"warning\"}}，级别为 info/warning/error")
        for code in sev:
            _codes([code], "severity", where)
        cfg.severity.update({k.upper(): v for k, v in sev.items()})
    for key, attr in (("min-severity", "min_severity"), ("fail-on", "fail_on")):
        if key in table:
            if table[key] not in SEVERITIES:
                raise ConfigError(f"{where}：{key} 应为 info、warning 或 error")
            setattr(cfg, attr, table[key])
    if "timeout" in table or "max-memory" in table:
        from .guard import Limits

        try:
            lim = Limits.parse(table.get("timeout", cfg.timeout), table.get("max-memory", cfg.max_memory))
        except ValueError as exc:
            raise ConfigError(f"{where}：timeout 应为秒数（如 60、90s，0 表示不限），max-memory 应为内存大小"
                              f"（如 2GiB、512MiB，0 表示不限）：{exc}") from None
        cfg.timeout, cfg.max_memory = lim.time, lim.memory
    if "profiles" in table:
        if not isinstance(table["profiles"], dict):
            raise ConfigError(f"{where}：profiles 应为表")
        for name, prof in table["profiles"].items():
            try:
                check_profile(name, prof)
            except ConfigError as exc:
                raise ConfigError(f"{where}：{exc}") from None
        cfg.user_profiles.update(table["profiles"])
    if "profile" in table:
        if not isinstance(table["profile"], str):
            raise ConfigError(f"{where}：profile 应为配置方案名称（字符串），现为{_kind(table['profile'])}")
        cfg.profile_name = table["profile"]
    if "options" in table:
        if not isinstance(table["options"], dict):
            raise ConfigError(f"{where}：options 应为表")
        cfg.options.update(_flatten_options(table["options"]))
        from .analysis.settings import validate_options

        validate_options(cfg.options, where, cfg.source)
    cfg._profile = None
    return cfg


def _flatten_options(opts: dict) -> dict:
    """``GW503.max_chars = 120`` unquoted is a nested table in TOML: key it as
    "GW503.max_chars", the way rules ask for it.  Rule codes nest; other tables
    (a rule's own mapping value) stay as they are."""
    out = {}
    for k, v in opts.items():
        if isinstance(v, dict) and re.fullmatch(r"GW\d{3}", str(k).upper()):
            for sub, val in v.items():
                out[f"{str(k).upper()}.{sub}"] = val
        else:
            out[k] = v
    return out


def read_config_file(path: Path) -> dict | None:
    """The gwlint table of a config file, or None when a pyproject has none."""
    try:
        data = load_toml_file(path)
    except OSError as exc:
        raise ConfigError(f"无法读取配置文件 {path}：{exc.strerror}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError, UnicodeDecodeError
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML：{exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"配置文件 {path}：tool 应为表，现为{_kind(tool)}")
        data = tool.get("gwlint")
        if data is None:
            return None
        if not isinstance(data, dict):
            raise ConfigError(f"配置文件 {path}：[tool.gwlint] 应为表，现为{_kind(data)}")
    return data


def find_config_file(directory: Path) -> Path | None:
    """The nearest config file at or above ``directory``.

    Not cached: a long-running process (the HTTP service) must see config files
    that are created or edited while it runs; batch callers cache per folder.
    """
    for d in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            cand = d / name
            try:
                found = cand.is_file()
            except OSError:  # a folder that cannot be searched (no x permission): no config there
                found = False
            if found:
                if name == "pyproject.toml" and read_config_file(cand) is None:
                    continue
                return cand
    return None


def resolved(path: str | Path) -> Path:
    """``Path.resolve()`` that never raises: a symlink loop (RuntimeError on Python
    3.11) or an unreadable link resolves as far as it can, else to the absolute path."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:
        return False


def load_config(path: str | Path | None = None, *, for_file: str | Path | None = None) -> Config:
    """Config from an explicit file, or found by walking up from ``for_file``."""
    cfg = Config()
    cfg_path: Path | None = None
    if path is not None:
        cfg_path = Path(path)
        if not cfg_path.is_file():
            raise ConfigError(f"配置文件不存在：{cfg_path}")
    elif for_file is not None:
        start = resolved(for_file)
        cfg_path = find_config_file(start if _is_dir(start) else start.parent)
    if cfg_path is not None:
        table = read_config_file(cfg_path) or {}
        cfg.source = str(cfg_path)
        apply_table(cfg, table, str(cfg_path))
    cfg.profile  # validate early: a bad profile is a configuration error
    return cfg

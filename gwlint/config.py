"""Configuration: ``gwlint.toml`` / ``.gwlint.toml`` / ``[tool.gwlint]`` in
``pyproject.toml``, found by walking up from the linted file; CLI options win.

Profiles hold the policy numbers (length limits, the no-meeting month …).
Built-in profiles live in ``dictionaries/profiles/``; a config may define its
own under ``[profiles.NAME]`` (same keys) and select it with ``profile``.
"""
from __future__ import annotations

import copy
import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import data_dir, load_toml, load_toml_file
from .findings import SEVERITIES

DEFAULT_PROFILE = "jiangxi-2019"
CONFIG_NAMES = ("gwlint.toml", ".gwlint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration mistake: exit code 2 with this message."""


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
    source: str | None = None  # config file it came from
    _profile: Profile | None = field(default=None, repr=False)

    @property
    def profile(self) -> Profile:
        if self._profile is None or self._profile.name != self.profile_name:
            self._profile = resolve_profile(self.profile_name, self.user_profiles, self.source)
        return self._profile

    def enabled(self, code: str, path: str | None = None) -> bool:
        from .rules import matches

        sel = matches(code, self.select + self.extend_select)
        ign = matches(code, self.ignore + self._file_ignores(path))
        return sel > 0 and sel > ign

    def _file_ignores(self, path: str | None) -> list[str]:
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


def resolve_profile(name: str, user_profiles: dict[str, dict], source: str | None) -> Profile:
    if name in user_profiles:
        base = user_profiles[name]
        parent = base.get("extends")
        if parent:
            merged = copy.deepcopy(builtin_profiles().get(parent) or user_profiles.get(parent) or {})
            if not merged:
                raise ConfigError(f"配置方案“{name}”继承的“{parent}”不存在")
            merged.update(base)
            base = merged
        return Profile.from_dict(name, base)
    if name in builtin_profiles():
        return Profile.from_dict(name, builtin_profiles()[name])
    if name.endswith(".toml"):
        p = Path(name)
        if source and not p.is_absolute():
            p = Path(source).parent / p
        try:
            return Profile.from_dict(p.stem, load_toml_file(p))
        except OSError as exc:
            raise ConfigError(f"无法读取配置方案文件 {p}：{exc.strerror}") from None
    known = ", ".join(sorted(set(builtin_profiles()) | set(user_profiles)))
    raise ConfigError(f"未知的配置方案（profile）“{name}”。可用：{known}")


_KEYS = {"select", "extend-select", "ignore", "per-file-ignores", "severity", "min-severity", "fail-on",
         "profile", "profiles", "options"}


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
    if "profiles" in table:
        if not isinstance(table["profiles"], dict):
            raise ConfigError(f"{where}：profiles 应为表")
        cfg.user_profiles.update(table["profiles"])
    if "profile" in table:
        cfg.profile_name = str(table["profile"])
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
    except Exception as exc:  # tomllib.TOMLDecodeError
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML：{exc}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("gwlint")
    return data


def find_config_file(directory: Path) -> Path | None:
    """The nearest config file at or above ``directory``.

    Not cached: a long-running process (the HTTP service) must see config files
    that are created or edited while it runs; batch callers cache per folder.
    """
    for d in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            cand = d / name
            if cand.is_file():
                if name == "pyproject.toml" and read_config_file(cand) is None:
                    continue
                return cand
    return None


def load_config(path: str | Path | None = None, *, for_file: str | Path | None = None) -> Config:
    """Config from an explicit file, or found by walking up from ``for_file``."""
    cfg = Config()
    cfg_path: Path | None = None
    if path is not None:
        cfg_path = Path(path)
        if not cfg_path.is_file():
            raise ConfigError(f"配置文件不存在：{cfg_path}")
    elif for_file is not None:
        start = Path(for_file).resolve()
        cfg_path = find_config_file(start if start.is_dir() else start.parent)
    if cfg_path is not None:
        table = read_config_file(cfg_path) or {}
        cfg.source = str(cfg_path)
        apply_table(cfg, table, str(cfg_path))
    cfg.profile  # validate early: a bad profile is a configuration error
    return cfg

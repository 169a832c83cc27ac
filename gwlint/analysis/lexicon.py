"""The shared grammar words (``dictionaries/lexicon.toml``) and rule data files that extend them.

A rule's data file may write a word list as an explicit delta of a lexicon list::

    negators = { extends = "negators", add = ["少报", "免报"], remove = ["不要"] }

:func:`load_data` expands every such table (at the top level and inside
``[GWnnn]`` tables) into a plain list: the lexicon's words without ``remove``,
then ``add``.  So the differences between two rules' negators are written down,
not hidden in two copied lists that drift apart.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

LEXICON_FILE = "lexicon.toml"


class Lexicon:
    """Read access to ``lexicon.toml``."""

    def __init__(self, data: dict) -> None:
        self.data = data

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def words(self, key: str) -> list:
        val = self.data.get(key)
        if val is None:
            raise KeyError(f"lexicon.toml has no list {key!r}")
        return list(val)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from ..data import load_toml

    return Lexicon(load_toml(LEXICON_FILE))


class DataError(ValueError):
    """A data file extends a lexicon list that does not exist, or is malformed."""


def expand(value: Any, where: str = "") -> Any:
    """``value`` with ``{extends, add, remove}`` tables turned into lists (recursively)."""
    if isinstance(value, dict):
        if "extends" in value:
            extra = set(value) - {"extends", "add", "remove"}
            if extra:
                raise DataError(f"{where}: unknown keys {sorted(extra)} next to 'extends'")
            base_name = value["extends"]
            try:
                base = lexicon().words(base_name)
            except KeyError as exc:
                raise DataError(f"{where}: {exc.args[0]}") from None
            remove = value.get("remove", [])
            unknown = [w for w in remove if w not in base]
            if unknown:
                raise DataError(f"{where}: removes words that {base_name!r} does not have: {unknown}")
            out = [w for w in base if w not in remove]
            out.extend(w for w in value.get("add", []) if w not in out)
            return out
        return {k: expand(v, f"{where}.{k}" if where else k) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """A data file of ``dictionaries/`` with its lexicon deltas expanded (cached)."""
    from ..data import load_toml

    return expand(load_toml(name), name)

"""Access to the data files in ``dictionaries/`` (shipped inside the wheel)."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir() -> Path:
    # In the wheel the folder is gwlint/dictionaries; in a source checkout
    # (editable install, tests) it sits beside the package.
    for cand in (_HERE / "dictionaries", _HERE.parent / "dictionaries"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("gwlint data folder 'dictionaries' not found")


def data_path(name: str) -> Path:
    return data_dir() / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict:
    with open(data_path(name), "rb") as fh:
        return tomllib.load(fh)


def load_toml_file(path: str | Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)

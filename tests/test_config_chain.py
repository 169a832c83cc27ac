"""Profiles that extend profiles, and budgets written as numbers in TOML: a chain keeps every ancestor's data,
a cycle or a negative budget is an exit-2 message at start (never a profile quietly missing its limits)."""
from __future__ import annotations

import pytest

from gwlint.config import ConfigError, load_config

from .test_outputs_hardening import clean_error, draft_txt, gw


def config(tmp_path, text):
    (tmp_path / "gwlint.toml").write_text(text, encoding="utf-8")
    return load_config(tmp_path / "gwlint.toml")


def test_a_chain_of_profiles_keeps_the_builtin_limits(tmp_path):
    base = load_config(None).profile
    cfg = config(tmp_path, 'profile = "child"\n[profiles.mid]\nextends = "jiangxi-2019"\nname = "中间"\n'
                           '[profiles.child]\nextends = "mid"\n')
    assert [c.limit for c in cfg.profile.length_classes] == [c.limit for c in base.length_classes]
    assert cfg.profile.length_classes


@pytest.mark.parametrize("text", [
    'profile = "x"\n[profiles.x]\nextends = "x"\n',
    'profile = "x"\n[profiles.x]\nextends = "y"\n[profiles.y]\nextends = "x"\n',
])
def test_a_cycle_of_profiles_is_a_config_error(tmp_path, text):
    with pytest.raises(ConfigError, match="循环"):
        config(tmp_path, text).profile
    draft = draft_txt(tmp_path)
    assert "循环" in clean_error(gw("check", draft, cwd=tmp_path), 2)


@pytest.mark.parametrize("text", ["timeout = -1\n", "max-memory = -5\n", 'timeout = "-3"\n'])
def test_a_negative_budget_is_a_config_error(tmp_path, text):
    (tmp_path / "gwlint.toml").write_text(text, encoding="utf-8")
    draft = draft_txt(tmp_path)
    clean_error(gw("check", draft, cwd=tmp_path), 2)

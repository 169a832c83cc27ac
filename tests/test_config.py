from __future__ import annotations

import pytest

from gwlint.config import ConfigError, load_config

from .conftest import run_cli
from .drafts import office_circular


def test_config_found_by_walking_up_from_the_file(tmp_path):
    (tmp_path / "gwlint.toml").write_text('ignore = ["GW101"]\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    draft = sub / "long.txt"
    draft.write_text(office_circular(32), encoding="utf-8")
    cfg = load_config(for_file=draft)
    assert cfg.source == str(tmp_path / "gwlint.toml") and not cfg.enabled("GW101")
    assert run_cli(str(draft)).returncode == 0
    # the command line wins over the file
    assert run_cli(str(draft), "--select", "GW101").returncode == 1


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.gwlint]\nprofile = "national-2024"\n',
                                             encoding="utf-8")
    cfg = load_config(for_file=tmp_path / "x.docx")
    assert cfg.profile.name == "national-2024"


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(for_file=tmp_path / "x.docx").profile.name == "jiangxi-2019"


def test_prefix_selection_longest_wins():
    cfg = load_config()
    from gwlint.config import apply_table

    apply_table(cfg, {"select": ["GW1"], "ignore": ["GW10"], "extend-select": ["GW101"]}, "t")
    assert cfg.enabled("GW101")
    assert not cfg.enabled("GW102") and not cfg.enabled("GW201")
    # GW001/GW002 are not rules one opts into: a selection never drops them (issue 12, D3)
    assert cfg.enabled("GW001") and cfg.enabled("GW002")


@pytest.mark.parametrize("body,needle", [
    ('select = ["GW9"]\n', "GW9"),
    ('colour = true\n', "colour"),
    ('min-severity = "fatal"\n', "min-severity"),
    ('profile = "nowhere"\n', "nowhere"),
    ('select = [\n', "TOML"),
])
def test_bad_config_is_a_clear_error(tmp_path, body, needle):
    f = tmp_path / "gwlint.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(f)
    assert needle in str(exc.value)
    draft = tmp_path / "d.txt"
    draft.write_text(office_circular(2), encoding="utf-8")
    r = run_cli(str(draft))
    assert r.returncode == 2 and b"Traceback" not in r.stderr

"""Rule options are checked against the rules' settings when the config is loaded
(issue 12 D13, issue 14): a mistake is exit 2 at start, never a skipped rule."""
from __future__ import annotations

import pytest

from gwlint.config import ConfigError, load_config

from .conftest import run_cli

DRAFT = "江西省农业农村厅关于做好春耕工作的通知\n各设区市人民政府：\n各设区市人民政府要于3月底前报送材料。\n"


@pytest.mark.parametrize("toml,needle", [
    ('[options]\nGW503.max_chars = "abc"\n', "应为整数"),
    ('[options]\nGW503.max_char = 400\n', "max_chars"),  # did you mean
    ('[options]\nGW503.max_chars = -3\n', "不能为负数"),  # a negative length would flag every sentence
    ('[options]\nGW999.foo = 1\n', "没有规则 GW999"),
    ('[options]\nfoo = 1\n', "未知的设置"),
    ('[options]\n"GW102.issuer_levels" = 3\n', "应为字符串列表"),
    ('[options]\n"GW703.doubled_re" = ["("]\n', "不是有效的正则表达式"),
    ('[options]\nphrasing = [{ wrong = "(", right = "x", regex = true }]\n', "不是有效的正则表达式"),
    ('[options]\nphrasing = [{ wrong = "省人社厅" }]\n', "right"),
    ('[options]\nphrasing_file = "missing.toml"\n', "无法读取"),
    ('[options]\nphrasing_file = "bad.toml"\n', "不是有效的 TOML"),
    ('profile = "x"\n[profiles.x]\nextends = "jiangxi-2019"\n[[profiles.x.length_limit]]\nclass = "c"\nlimit = 10\n'
     'issuer_kind = ["department"]\nissuer_level = ["province"]\ntitle_pattern = "("\n', "title_pattern"),
])
def test_bad_options_are_config_errors(tmp_path, toml, needle):
    (tmp_path / "bad.toml").write_text("x = [[\n", encoding="utf-8")
    (tmp_path / "gwlint.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        load_config(tmp_path / "gwlint.toml")


def test_cli_exits_2_before_linting(tmp_path):
    (tmp_path / "gwlint.toml").write_text('[options]\nGW503.max_chars = "abc"\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    r = run_cli("check", str(tmp_path / "draft.txt"))
    assert r.returncode == 2
    assert "GW503.max_chars" in r.stderr.decode() and "内部错误" not in r.stderr.decode()


@pytest.mark.parametrize("toml", [
    '[options]\nGW503.max_chars = 400\n',
    '[options]\n"GW106.issuer_kinds" = ["department", "government_office"]\n',
    '[options]\nphrasing = [{ wrong = "省人社厅", right = "省人力资源社会保障厅" }]\n',
    '[options]\nGW707.body_size_pt = 16\n',  # an integer where a number is expected
    '[options]\n"GW102.issuer_levels" = "province"\n',  # one word for a list of words
])
def test_good_options_load(tmp_path, toml):
    (tmp_path / "gwlint.toml").write_text(toml, encoding="utf-8")
    load_config(tmp_path / "gwlint.toml")


def test_options_reach_the_rule(tmp_path):
    from gwlint.api import lint_bytes

    (tmp_path / "gwlint.toml").write_text(
        '[options]\nphrasing = [{ wrong = "省人社厅", right = "省人力资源社会保障厅" }]\n', encoding="utf-8")
    cfg = load_config(tmp_path / "gwlint.toml")
    text = DRAFT.replace("报送材料", "向省人社厅报送材料")
    found = [f for f in lint_bytes(text.encode(), "d.txt", cfg).findings if f.code == "GW805"]
    assert found and found[0].fix.replacement == "省人力资源社会保障厅"

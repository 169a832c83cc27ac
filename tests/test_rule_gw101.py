from __future__ import annotations

from gwlint.api import lint_bytes
from gwlint.config import Config, apply_table, load_config
from gwlint.textutil import word_count

from .drafts import office_circular


def _lint(text: str, **table):
    cfg = load_config()
    if table:
        apply_table(cfg, table, "test")
    return [f for f in lint_bytes(text.encode(), "draft.txt", cfg).findings if f.code == "GW101"]


def _body_count(text: str) -> int:
    lines = text.splitlines()[3:-3]
    return sum(word_count(x) for x in lines)


def test_office_circular_over_4000_is_flagged_with_count_limit_and_class():
    text = office_circular(32)
    count = _body_count(text)
    assert count > 4000
    found = _lint(text)
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error"
    assert f"{count} 字" in f.message and "4000" in f.message and "省政府办公厅普发类文件" in f.message
    assert f.line == 1  # anchored on the title
    assert f.data == {"count": count, "limit": 4000, "class": "省政府办公厅普发类文件", "part": 0}


def test_office_circular_under_limit_is_clean():
    text = office_circular(25)
    assert _body_count(text) < 4000
    assert _lint(text) == []


def test_province_government_limit_is_5000():
    text = office_circular(32, issuer="江西省人民政府")
    assert 4000 < _body_count(text) < 5000
    assert _lint(text) == []
    assert len(_lint(office_circular(40, issuer="江西省人民政府"))) == 1


def test_department_and_single_recipient_are_not_limited_by_jiangxi_profile():
    assert _lint(office_circular(40, issuer="江西省林业局")) == []
    # not 普发: a reply to one government
    assert _lint(office_circular(40, recipients="南昌市人民政府：", doc_type="函")) == []


def test_plans_are_exempt():
    assert _lint(office_circular(40, title_matter="印发江西省林业发展规划", doc_type="通知")) == []


def test_national_profile_limits_departments():
    text = office_circular(40, issuer="江西省林业局", title_matter="进一步加强林业资源保护", doc_type="意见")
    assert _body_count(text) > 5000
    found = _lint(text, profile="national-2024")
    assert len(found) == 1 and "5000" in found[0].message and "地方和部门文件" in found[0].message
    assert found[0].basis.startswith("《整治形式主义为基层减负若干规定》")
    # 部署专项工作 → 4000
    text = office_circular(32, issuer="江西省林业局", title_matter="开展森林防火专项整治行动")
    found = _lint(text, profile="national-2024")
    assert len(found) == 1 and "4000" in found[0].message


def test_user_profile_in_config(tmp_path):
    (tmp_path / "gwlint.toml").write_text(
        'profile = "mycity"\n[profiles.mycity]\nextends = "jiangxi-2019"\n'
        '[[profiles.mycity.length_limit]]\nclass = "市政府办公室普发类文件"\nissuer_kind = ["government_office"]\n'
        'issuer_level = ["province", "city"]\nlimit = 3000\n', encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text(office_circular(25), encoding="utf-8")
    from gwlint.api import lint_path

    found = [f for f in lint_path(draft).findings if f.code == "GW101"]
    assert len(found) == 1 and "3000" in found[0].message and "市政府办公室普发类文件" in found[0].message


# ------------------------------------------------------------ issue 15 (root cause 8)
def _marked(title: str, body: int, attachments: list[tuple[str | None, str, int]]) -> str:
    """An office circular (``body`` paragraphs) with attachments (label, title, paragraphs)."""
    from gwlint.docgen import parse_marked, plain_text

    from .drafts import BODY_SENTENCES

    def paras(n, shift=0):
        return ["".join(BODY_SENTENCES[(i + k + shift) % len(BODY_SENTENCES)] for k in range(4)) for i in range(n)]

    src = [f"@title {title}", "@doc_number 赣府厅字〔2026〕12号", "@recipients 各市、县（区）人民政府，省政府各部门：",
           *paras(body), "@signature 江西省人民政府办公厅", "@date 2026年1月15日"]
    for label, name, n in attachments:
        src += ["@page_break", *([f"@attachment_label {label}"] if label else []), f"@attachment_title {name}",
                *paras(n, 1)]
    return plain_text(parse_marked("\n".join(src)))


def test_body_and_its_annex_are_counted_together():
    text = _marked("江西省人民政府办公厅关于做好春季森林防火工作的通知", 22,
                   [("附件", "2026年森林防火重点区域清单", 8)])
    found = _lint(text)
    assert len(found) == 1 and "正文及附件合计" in found[0].message and found[0].data["part"] == 0
    assert _lint(_marked("江西省人民政府办公厅关于做好春季森林防火工作的通知", 18,
                         [("附件", "2026年森林防火重点区域清单", 6)])) == []


def test_two_carried_documents_count_separately():
    title = "江西省人民政府办公厅关于印发江西省县域商业网络建设行动方案和江西省支持县域商业发展若干措施的通知"
    text = _marked(title, 1, [(None, "江西省县域商业网络建设行动方案", 16), (None, "江西省支持县域商业发展若干措施", 16)])
    assert _lint(text) == []  # about 2200 字 each, 4400 together
    text = _marked(title, 1, [(None, "江西省县域商业网络建设行动方案", 16), (None, "江西省支持县域商业发展若干措施", 32)])
    found = _lint(text)
    assert len(found) == 1 and "江西省支持县域商业发展若干措施" in found[0].message


def test_two_carried_documents_quoted_in_the_title_count_separately():
    # 《A》和《B》, 《A》《B》, 《A》及《B》: the title's outer marks are stripped, the inner ones still part the names
    a, b = "江西省县域商业网络建设行动方案", "江西省支持县域商业发展若干措施"
    for joined in (f"《{a}》和《{b}》", f"《{a}》《{b}》", f"《{a}》及《{b}》", f"《{a}》、《{b}》"):
        title = f"江西省人民政府办公厅关于印发{joined}的通知"
        assert _lint(_marked(title, 1, [(None, a, 16), (None, b, 16)])) == [], joined
        found = _lint(_marked(title, 1, [(None, a, 32), (None, b, 16)]))
        assert len(found) == 1 and a in found[0].message and b not in found[0].message, joined

def test_a_title_mentioning_a_plan_is_not_a_plan():
    assert len(_lint(office_circular(32, title_matter="全面推行建设工程规划许可告知承诺制"))) == 1
    assert _lint(office_circular(40, title_matter="印发江西省国土空间规划纲要", doc_type="通知")) == []

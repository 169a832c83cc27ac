"""The fix model: edits applied together, resolved by the engine, never by rules."""
from gwlint.findings import Edit, Finding, Fix, UNSAFE
from gwlint.fixes import apply_to_lines, edits_of, resolve


def finding(code, fix):
    return Finding(path="d.txt", code=code, name="x", severity="warning", message="m", line=fix.line,
                   column=1, end_line=fix.line, end_column=1, fix=fix)


def test_overlapping_fixes_resolved_safe_first_then_code_then_position():
    comma = finding("GW801", Fix([Edit(1, 3, 4, "，"), Edit(1, 8, 9, "；")]))
    delete = finding("GW703", Fix.replace(1, 3, 4, ""))  # same character as the comma
    word = finding("GW803", Fix.replace(1, 5, 7, "截至", applicability=UNSAFE))
    chosen = resolve([comma, delete, word])
    # GW703 sorts before GW801; the whole GW801 fix waits; unsafe is left out by default
    assert chosen == [delete]
    assert resolve([comma, delete, word], unsafe=True) == [delete, word]
    assert resolve([comma, word], unsafe=True) == [comma, word]


def test_insertions_conflict_only_when_they_touch():
    a = finding("GW704", Fix.replace(2, 4, 4, "："))
    b = finding("GW801", Fix.replace(2, 4, 5, "，"))
    c = finding("GW806", Fix.replace(2, 6, 7, ""))
    assert resolve([a, b, c]) == [a, c]


def test_apply_is_idempotent_over_resolved_edits():
    lines = ["各地要加强监测,截止3月底,其它事项另行通知!", "第二行"]
    fixes = [finding("GW801", Fix([Edit(1, 7, 8, "，"), Edit(1, 13, 14, "，"), Edit(1, 22, 23, "！")])),
             finding("GW803", Fix.replace(1, 8, 10, "截至", applicability=UNSAFE)),
             finding("GW803", Fix.replace(1, 14, 16, "其他", applicability=UNSAFE))]
    out = apply_to_lines(lines, edits_of(resolve(fixes, unsafe=True)))
    assert out == ["各地要加强监测，截至3月底，其他事项另行通知！", "第二行"]
    assert apply_to_lines(out, []) == out

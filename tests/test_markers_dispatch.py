"""match_marker tries only the styles whose marker can open with the paragraph's first character
(markers.OPENERS): every style is held to its openers code point by code point, and the answers
are those of trying every style in turn."""
from __future__ import annotations

import sys

from gwlint.analysis import markers
from gwlint.analysis.markers import OPENERS, STYLES, Marker, chinese_to_int, match_marker


def _opens(style: str, ch: str) -> bool:
    chars = OPENERS[style]
    return ch in chars if chars else ch.isdecimal()


def test_every_style_opens_only_with_its_openers():
    assert set(OPENERS) == {style for style, _, _ in STYLES}
    for style, _, rx in STYLES:
        # the style's own marker after its first character, or the whole marker after it (a lead that
        # only opens a longer marker: 〇一、): any opener completes one of them
        rest = style[1:] + "x"
        wrong = [c for c in map(chr, range(sys.maxunicode + 1))
                 if not 0xD800 <= ord(c) <= 0xDFFF
                 and (rx.match(c + rest) is not None or rx.match(c + style + "x") is not None) != _opens(style, c)]
        assert wrong == [], (style, wrong[:10])


def _every_style(text: str) -> Marker | None:
    """The answer of trying every style in order (match_marker before the dispatch)."""
    lead = len(text) - len(text.lstrip(" \u3000\t"))
    t = text[lead:]
    for style, level, rx in STYLES:
        m = rx.match(t)
        if not m:
            continue
        num = chinese_to_int(m.group("n"))
        if style in ("1.", "1）") and (num is None or num > 99 or len(t) <= m.end()):
            return None
        if style == "一、" and len(m.group("n").lstrip("〇○零")) > 3:
            return None
        written = t[:m.end()].rstrip()
        return Marker(style, level, num, lead, lead + len(written), lead + m.end(), m.groupdict().get("extra"))
    return None


def test_answers_as_every_style_tried():
    from pathlib import Path

    texts = ["", "   ", "\u3000\u3000一、总体要求", "（三）加强督导", "(3)做好宣传", "3.做好宣传", "３．做好宣传",
             "10、20", "2019.5", "1.", "①建立台账", "⑴统一标准", "2）开展培训", "第十二条　本办法", "第三章 附则",
             "十一、其他", "一二三四、", "〇三、优化服务", "○一、总体要求", "二是加强", "各设区市人民政府："]
    root = Path(__file__).resolve().parent / "corpus"
    for path in sorted(root.rglob("*.txt")):
        texts.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    assert len(texts) > 200
    for t in texts:
        assert match_marker(t) == _every_style(t), t
        assert markers.body_start(t) == (_every_style(t).body if _every_style(t) is not None
                                         else len(t) - len(t.lstrip(" \u3000\t")))

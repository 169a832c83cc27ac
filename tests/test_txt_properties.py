"""Property tests (Hypothesis) for the text reader: any bytes give a document or a ReadError,
never another exception; whatever decodes is read back exactly; a damaged file never reads
as clean."""
from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gwlint.model import ReadError
from gwlint.readers import read_bytes
from gwlint.readers.txt import decode, read_txt

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text as drafts have it: Chinese, ASCII, full-width punctuation, line breaks, the odd symbol
hanzi = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
draft_chars = st.one_of(hanzi, st.sampled_from(list("，。、；：？！“”（）《》〔〕—…0123456789abcXYZ \n\t")),
                        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
draft_text = st.text(draft_chars, max_size=400)

def _gb2312_hanzi() -> list[str]:
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


# the 6,763 common hanzi of GB2312 (drafts are written in them; rare ones are judged as mojibake)
common_hanzi = st.sampled_from(_gb2312_hanzi())
gb_text = st.text(st.one_of(common_hanzi, st.sampled_from(list("，。、；：（）《》\n"))), min_size=1, max_size=300)


def _lines(text: str) -> list[str]:
    # physical lines as editors count them: LF, CRLF or CR end a line (not a form feed or U+2028); at a line's
    # edges a form feed, vertical tab or line separator is blank like a space (a line of page breaks is no paragraph)
    # — unless the text has no LF or CR at all: then U+2028, U+2029 and NEL are its line ends
    blank = " \t\r\u3000\ufeff\x0b\x0c\x85\u2028\u2029"
    ends = r"\r\n|\r|\n" if re.search(r"[\r\n]", text) else "[\u2028\u2029\x85]"
    return [ln.strip(blank) for ln in re.split(ends, text) if ln.strip(blank)]


@SETTINGS
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x5f\x6c\x41")  # D19: UTF-16 with an odd byte count
@example(b"\xff\xfe\x00\xd8")  # a lone surrogate
def test_any_bytes_read_or_refused(data):
    try:
        doc = read_txt(data, "x.txt")
    except ReadError as exc:
        assert exc.message
        return
    for p in doc.paragraphs:
        assert p.text and p.text == p.text.strip(" \t\r\u3000\ufeff") and "\n" not in p.text
    assert [p.line for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))


@SETTINGS
@given(draft_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32"]))
def test_unicode_encodings_round_trip(text, encoding):
    data = ("\ufeff" + text).encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    got, _, problems = decode(data)
    assert got.lstrip("\ufeff") == text.lstrip("\ufeff") and problems == []


@SETTINGS
@given(gb_text)
def test_gbk_round_trips(text):
    data = text.encode("gbk")
    try:
        data.decode("utf-8")
        return  # also valid UTF-8 (rare for Chinese): read as UTF-8, which is not this property
    except UnicodeDecodeError:
        pass
    got, encoding, problems = decode(data)
    assert (got, encoding, problems) == (text, "gb18030", [])


@SETTINGS
@given(st.text(hanzi, min_size=2, max_size=200), st.sampled_from(["utf-16", "utf-32"]), st.integers(1, 3))
def test_cut_wide_encodings_never_read_as_clean(text, encoding, cut):
    data = text.encode(encoding)
    unit = 2 if encoding == "utf-16" else 4
    if cut >= unit:
        cut = 1
    damaged = data[:-cut]
    try:
        doc = read_bytes(damaged, "x.txt")
    except ReadError:
        return  # refusing it is fine too
    assert doc.read_problems, "a truncated file must be reported (GW001), never pass as clean"


@SETTINGS
@given(st.text(common_hanzi, min_size=30, max_size=300))
def test_big5_is_never_read_as_mojibake(text):
    traditional = text.encode("big5", errors="ignore")
    try:
        traditional.decode("utf-8")
        return
    except UnicodeDecodeError:
        pass
    try:
        got, encoding, _ = decode(traditional)
    except ReadError as exc:
        assert "Big5" in exc.message or "编码" in exc.message
        return
    # Big5 bytes decode as GB18030 to something like ﹁チ現┎快: refused, never linted as a draft
    assert got == traditional.decode("big5"), (encoding, got[:40])


@SETTINGS
@given(draft_text)
def test_lines_are_the_non_empty_lines(text):
    if "<!--" in text or "\x00" in text:
        return  # suppression markers are cut out of lines (tests/test_suppress.py)
    try:
        doc = read_txt(text.encode("utf-8"), "x.txt")
    except ReadError:
        return
    assert [p.text for p in doc.paragraphs] == _lines(text)


def test_bom_table_is_complete():
    # UTF-32 LE's BOM begins with UTF-16 LE's: the longer one must be tried first
    assert codecs.BOM_UTF32_LE.startswith(codecs.BOM_UTF16_LE)
    text = "江西省人民政府办公厅关于做好春季森林防火工作的通知\n"
    assert decode(text.encode("utf-32"))[0] == text


def test_a_draft_broken_only_by_line_separators_is_read_line_by_line():
    # some exporters end lines with U+2028/U+2029/NEL and never with LF: read as one line, the whole draft was
    # one paragraph and its 主送, 署名 and date were never found
    for sep in ("\u2028", "\u2029", "\x85"):
        text = sep.join(["某某市人民政府办公室关于做好防汛工作的通知", "各县（区）人民政府：",
                         "　　现将有关事项通知如下。", "", "某某市人民政府办公室", "2026年6月1日", ""])
        doc = read_bytes(text.encode("utf-8"), "draft.txt")
        assert [p.text for p in doc.paragraphs][:2] == ["某某市人民政府办公室关于做好防汛工作的通知", "各县（区）人民政府："]
        assert [p.source_line for p in doc.paragraphs] == [1, 2, 3, 5, 6]
        assert doc.paragraphs[2].source_column == 2  # the two full-width spaces cut
    # with LF present, a U+2028 inside a line stays a soft break of that line
    doc = read_bytes("标题\n第一行\u2028续行\n".encode("utf-8"), "draft.txt")
    assert [p.text for p in doc.paragraphs] == ["标题", "第一行\u2028续行"]

from gwlint.textutil import display_width, word_count


def test_word_count_counts_like_word():
    assert word_count("关于做好工作的通知") == 9
    assert word_count("现将有关事项通知如下：") == 11  # full-width colon counts
    assert word_count("2019年") == 2  # a number run is one word
    assert word_count("压减10%以上") == 5
    assert word_count("GDP增长6.5%") == 4  # GDP, 增, 长, 6.5%
    assert word_count("“赣服通”") == 5
    assert word_count("赣府发〔2019〕3号") == 8  # 赣 府 发 〔 2019 〕 3 号
    assert word_count("a , b") == 2  # stray half-width punctuation is not a word
    assert word_count("  \u3000 ") == 0


def test_display_width_cjk_is_two_columns():
    assert display_width("abc") == 3
    assert display_width("公文") == 4
    assert display_width("（一）") == 6


def test_word_count_classifies_every_character_as_documented():
    """Each code point alone and between other characters: CJK and full-width marks
    count 1, whitespace 0, a run of other characters 1 if it has a letter or digit."""
    import sys

    from gwlint.textutil import is_cjk, is_fullwidth_punct

    def expected(text: str) -> int:
        n, run, alnum = 0, False, False
        for ch in text:
            if is_cjk(ch) or is_fullwidth_punct(ch) or ch.isspace():
                n += (run and alnum) + (not ch.isspace())
                run = alnum = False
            else:
                run, alnum = True, alnum or ch.isalnum()
        return n + (run and alnum)

    for o in range(sys.maxunicode + 1):
        if o % 7 and not (0x3000 <= o <= 0xA000) and o > 0x3000:
            continue  # every 7th code point outside the CJK blocks; all of them below and inside
        ch = chr(o)
        for text in (ch, "a" + ch + "-", "-" + ch + "-", "中" + ch + " "):
            assert word_count(text) == expected(text), hex(o)
    assert word_count("GB/T 9704—2012《党政机关公文格式》，共 3 条；v2.0 -- ok") == expected(
        "GB/T 9704—2012《党政机关公文格式》，共 3 条；v2.0 -- ok")
